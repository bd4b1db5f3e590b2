import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkJson, checkJsonSliced, type JsonSchema } from '../../../lib/messaging/json-check';
import { checkJsonInterpreted } from './json-check-interpreted';
import { CONTENT_RECEIVES, contentSchemas } from '../../../lib/messaging/content-schema-source';
import committed from '../../../lib/messaging/content-schemas.json';
import { DEFAULT_SETTINGS, parseSettings, settingsSchema } from '../../../lib/settings';

const mention = {
  start: 10, end: 36, text: 'fifth data center in Tokyo', status: 'new', entityId: null, kind: 'facility', confidence: 0.9,
  facts: { operator: 'Alibaba Cloud', location: 'Tokyo', capacityMW: null, gpus: null, investment: null, ordinal: 'fifth', name: null, date: null },
  operatorIds: ['alibaba-cloud'], country: 'JP', candidates: ['alibaba-cloud-tokyo-dc-5'],
};

describe('content-script message checks', () => {
  it('the committed JSON Schemas are generated from the current zod schemas', () => {
    expect(committed).toEqual(JSON.parse(JSON.stringify(contentSchemas())));
  });

  it('agree with zod on valid and broken detect replies', () => {
    const zod = CONTENT_RECEIVES['reply:detect'];
    const schema = (committed as Record<string, JsonSchema>)['reply:detect'];
    const broken = [
      { mentions: [{ ...mention, status: 'maybe' }] },
      { mentions: [{ ...mention, start: -1 }] },
      { mentions: [{ ...mention, facts: { ...mention.facts, gpus: '60,000' } }] },
      { mentions: [{ ...mention, entityId: 'Not A Slug!' }] },
      { mentions: [{ ...mention, candidates: 'x' }] },
      { mentions: 'none' },
      {},
    ];
    expect(checkJson(schema, { mentions: [mention] })).toBeNull();
    expect(zod.safeParse({ mentions: [mention] }).success).toBe(true);
    for (const b of broken) {
      expect(zod.safeParse(b).success).toBe(false);
      expect(checkJson(schema, b), JSON.stringify(b)).not.toBeNull();
    }
  });

  it('agree with zod on arbitrary mutations of a mention (property)', () => {
    const zod = CONTENT_RECEIVES['reply:detect'];
    const schema = (committed as Record<string, JsonSchema>)['reply:detect'];
    const keys = Object.keys(mention) as (keyof typeof mention)[];
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.anything(), (key, value) => {
        const candidate = { mentions: [{ ...mention, [key]: value }] };
        // Refinements JSON Schema can't express don't occur in the mention schema.
        expect(checkJson(schema, candidate) === null).toBe(zod.safeParse(candidate).success);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses schema keywords it does not implement instead of passing them', () => {
    expect(checkJson({ type: 'string', contentEncoding: 'base64' }, 'x')).toMatch(/not supported/);
    // Also deep inside a schema, once a value reaches it.
    const nested = { type: 'object', properties: { a: { type: 'array', items: { type: 'string', contentEncoding: 'base64' } } } };
    expect(checkJson(nested, { a: [] })).toBeNull();
    expect(checkJson(nested, { a: ['x'] })).toBe('$.a[0]: schema keyword contentEncoding is not supported');
  });

  it('compiled once per schema node, gives the verdict and the message the interpreting checker gave (property)', () => {
    const schemas = Object.entries(committed as Record<string, JsonSchema>);
    const keys = Object.keys(mention) as (keyof typeof mention)[];
    const factKeys = Object.keys(mention.facts) as (keyof typeof mention.facts)[];
    // Strings just over each length limit, and numbers at the bounds, besides anything at all.
    const edges = ['x'.repeat(3), 'x'.repeat(41), 'x'.repeat(121), 'x'.repeat(201), 'x'.repeat(301), 'x'.repeat(1001), 'A-b', -1, 0, 1, 1.5, 2 ** 53];
    const field = fc.oneof(fc.anything(), fc.constantFrom(...edges), fc.array(fc.constantFrom(...edges, 'ok-id'), { maxLength: 3 }), fc.constant(Array(21).fill('ok-id')));
    const reply = fc.oneof(
      fc.anything(),
      fc.record({ key: fc.constantFrom(...keys), value: field }).map(({ key, value }) => ({ mentions: [mention, { ...mention, [key]: value }] })),
      fc.record({ key: fc.constantFrom(...factKeys), value: field }).map(({ key, value }) => ({ mentions: [{ ...mention, facts: { ...mention.facts, [key]: value } }] })),
      fc.dictionary(fc.string(), fc.anything()).map((extra) => ({ ...DEFAULT_SETTINGS, ...extra })),
    );
    fc.assert(
      fc.property(fc.constantFrom(...schemas), reply, ([, schema], value) => {
        expect(checkJson(schema, value)).toBe(checkJsonInterpreted(schema, value));
      }),
      { numRuns: 3000 },
    );
    let refused = 0;
    for (const [, schema] of schemas) {
      for (const value of [null, 1, 'x', [], {}, { mentions: [{ ...mention, confidence: 2 }] }, { mentions: [{ ...mention, extra: 1 }] }]) {
        const e = checkJson(schema, value, '$x');
        expect(e).toBe(checkJsonInterpreted(schema, value, '$x'));
        if (e) refused++;
      }
    }
    expect(refused).toBeGreaterThan(20);
  });

  it('the CLI generator reports the committed file as up to date', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/gen-content-schemas.ts', '--check'], { encoding: 'utf8' });
    expect(out).toMatch(/up to date/);
  });
});

describe('settings', () => {
  it('falls back per field exactly like the zod schema', () => {
    const samples: unknown[] = [
      undefined, null, 'x', {}, { enabled: false }, { hoverDelayMs: 99999, theme: 'dark' }, { disabledSites: ['a.com', 3] },
      { markStyle: 'highlight', hoverDelayMs: 120.5 }, { enabled: 'yes', markStyle: 'none', hoverDelayMs: 0 },
    ];
    for (const s of samples) expect(parseSettings(s)).toEqual(settingsSchema().parse(typeof s === 'object' && s !== null ? s : {}));
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
  });
  it("takes its defaults, field by field, from the zod schema's .catch() values", () => {
    expect(DEFAULT_SETTINGS).toEqual(settingsSchema().parse({}));
    expect(Object.keys(DEFAULT_SETTINGS).sort()).toEqual(Object.keys(settingsSchema().shape).sort());
  });
});

describe('checkJsonSliced', () => {
  const schema = ((committed as Record<string, JsonSchema>)['reply:detect'].properties as Record<string, JsonSchema>).mentions;
  it('gives the same verdict as one pass, yielding between slices of a long array', async () => {
    const many = Array.from({ length: 300 }, (_, i) => ({ ...mention, start: i, end: i + 5 }));
    let clock = 0;
    let yields = 0;
    const now = () => (clock += 1);
    const yieldToPage = async () => void yields++;
    expect(await checkJsonSliced(schema, many, yieldToPage, now, 8)).toBeNull();
    expect(yields).toBeGreaterThan(10);
    const broken = [...many];
    broken[250] = { ...mention, status: 'maybe' };
    const sliced = await checkJsonSliced(schema, broken, yieldToPage, now, 8);
    expect(sliced).toBe(checkJson(schema, broken));
    expect(sliced).toMatch(/\$\[250\]\.status/);
  });
});
