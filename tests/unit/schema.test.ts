import { describe, expect, it } from 'vitest';
import { HttpUrl, SiteSchema } from '../../lib/catalog/schema';

const base = {
  id: 'aws-ap-northeast-1',
  name: 'AWS Asia Pacific (Tokyo)',
  kind: 'region',
  operatorIds: ['aws'],
  origin: 'seed',
  createdAt: '2026-01-21T00:00:00.000Z',
  updatedAt: '2026-01-21T00:00:00.000Z',
};

describe('SiteSchema', () => {
  it('fills defaults for a minimal site', () => {
    const site = SiteSchema.parse(base);
    expect(site.aliases).toEqual([]);
    expect(site.status).toBe('unknown');
    expect(site.place).toEqual({});
  });
  it('refuses javascript: and data: links in sources', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'not a url']) {
      expect(HttpUrl.safeParse(url).success).toBe(false);
      expect(SiteSchema.safeParse({ ...base, sources: [{ url }] }).success).toBe(false);
    }
    expect(HttpUrl.safeParse('https://aws.amazon.com/about-aws/global-infrastructure/').success).toBe(true);
  });
  it('refuses ids that are not slugs and sites without an operator', () => {
    expect(SiteSchema.safeParse({ ...base, id: '__proto__' }).success).toBe(false);
    expect(SiteSchema.safeParse({ ...base, operatorIds: [] }).success).toBe(false);
  });
});
