/** The evidence a save or link carries: where the mention was read, its words and its facts. */
import type { Evidence } from '../messaging/messages';
import type { MentionSummary } from '../messaging/messages';
import type { PageRef } from './draft';

export function evidenceFromMention(mention: Pick<MentionSummary, 'quote' | 'facts'>, page: PageRef): Evidence {
  return {
    url: page.url.slice(0, 2048),
    title: page.title.slice(0, 500),
    quote: { exact: mention.quote.exact, prefix: mention.quote.prefix, suffix: mention.quote.suffix },
    facts: mention.facts,
  };
}
