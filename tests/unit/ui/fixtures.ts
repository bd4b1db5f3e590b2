import { render } from 'preact';
import { afterEach, beforeEach } from 'vitest';
import type { Operator, Site } from '../../../lib/catalog/schema';
import { EMPTY_FACTS } from '../../../lib/detect/types';
import type { MentionSummary } from '../../../lib/messaging/messages';

const at = '2026-01-21T00:00:00.000Z';

export function operator(id: string, name: string, aliases: string[] = []): Operator {
  return { id, name, aliases, kind: 'hyperscale_cloud', footprint: {}, sources: [], origin: 'seed', createdAt: at, updatedAt: at };
}

export const OPERATORS: Operator[] = [
  operator('aws', 'Amazon Web Services', ['AWS', 'Amazon']),
  operator('alibaba-cloud', 'Alibaba Cloud', ['Aliyun']),
  operator('microsoft', 'Microsoft', ['Microsoft Azure', 'Azure']),
  operator('xai', 'xAI'),
];

export function mention(over: Partial<MentionSummary> = {}): MentionSummary {
  return {
    id: 'k3x9qa.4.30',
    start: 100,
    end: 140,
    text: 'its fifth data center in Tokyo',
    status: 'new',
    entityId: null,
    kind: 'facility',
    confidence: 0.8,
    facts: { ...EMPTY_FACTS, operator: 'Alibaba Cloud', location: 'Tokyo, Japan', ordinal: 'fifth' },
    operatorIds: ['alibaba-cloud'],
    country: 'JP',
    candidates: [],
    quote: { exact: 'its fifth data center in Tokyo', prefix: 'Alibaba Cloud said it will open', suffix: 'next year.' },
    ...over,
  };
}

export function site(over: Partial<Site> = {}): Site {
  return {
    id: 'xai-colossus-1',
    name: 'Colossus',
    aliases: ['Colossus 1'],
    kind: 'facility',
    operatorIds: ['xai'],
    codes: [],
    status: 'operational',
    place: { city: 'Memphis', admin: 'Tennessee', country: 'US', worldRegion: 'north-america', lat: 35.06, lon: -90.09, precision: 'site' },
    capacity: { operationalMW: 150, plannedMW: 300, asOf: '2025-06', note: 'turbines + grid' },
    gpus: { count: 200000, chip: 'H100/H200', asOf: '2025-06' },
    investment: { text: '$7 billion', amount: 7e9, currency: 'USD', usd: 7e9 },
    dates: { opened: '2024-09' },
    sources: [
      { url: 'https://epoch.ai/data/gpu-clusters', title: 'Epoch AI GPU clusters' },
      { url: 'https://example.org/colossus', title: 'Second source' },
    ],
    credits: ['Epoch AI (CC BY 4.0)'],
    notes: 'Built in 122 days.',
    origin: 'seed',
    createdAt: at,
    updatedAt: at,
    ...over,
  };
}

/** The element a jsdom test renders into: in the document during each test, emptied (effects cleaned up) and removed after it. */
export function renderRoot(): HTMLElement {
  const root = document.createElement('div');
  beforeEach(() => document.body.append(root));
  afterEach(() => {
    render(null, root);
    root.remove();
  });
  return root;
}
