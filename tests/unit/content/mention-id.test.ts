import { describe, expect, it } from 'vitest';
import { mentionBaseId, uniqueMentionId } from '../../../entrypoints/content/mention-id';
import { MentionIdSchema } from '../../../lib/messaging/messages';

const PARA = 'Quillfeather Cloud opens its fifth data center in Tokyo next spring.';
const MENTION = 'its fifth data center in Tokyo';
const idIn = (text: string, occurrence = 0) => {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(MENTION, start + 1);
  return mentionBaseId(text, start, start + MENTION.length);
};

describe('mention ids', () => {
  it('are the same when the page is read whole or only the changed part, and whatever comes before', () => {
    const whole = `Menu\n\nHeadline\n\n${PARA}\n\nMore text.`;
    const part = PARA;
    const rerendered = `Menu\n\nBreaking: a new headline, longer than before\n\nAd\n\n${PARA}\n\nOther footer`;
    expect(idIn(part)).toBe(idIn(whole));
    expect(idIn(rerendered)).toBe(idIn(whole));
  });

  it('differ for another mention, another place in the block, or a changed block', () => {
    const base = idIn(PARA);
    expect(idIn(`${PARA} ${MENTION}.`, 1)).not.toBe(idIn(`${PARA} ${MENTION}.`));
    expect(idIn(PARA.replace('next spring', 'next year'))).not.toBe(base);
    expect(mentionBaseId(PARA, 0, 18)).not.toBe(base);
  });

  it('have the declared wire format', () => {
    const text = `${PARA}\n\n${'x'.repeat(5000)} ${MENTION}`;
    const repeated = uniqueMentionId(idIn(PARA), (id) => !id.endsWith('~12'));
    expect(repeated.endsWith('~12')).toBe(true);
    for (const id of [idIn(PARA), idIn(text), repeated]) {
      expect(MentionIdSchema.safeParse(id).success).toBe(true);
    }
    expect(MentionIdSchema.safeParse('0').success).toBe(false);
    expect(MentionIdSchema.safeParse('<img src=x>.1.2').success).toBe(false);
  });

  it('give a repeated block "~2", "~3" in marking order', () => {
    const base = idIn(`${PARA}\n\n${PARA}`);
    expect(idIn(`${PARA}\n\n${PARA}`, 1)).toBe(base);
    const live = new Set<string>();
    const take = () => {
      const id = uniqueMentionId(base, (x) => live.has(x));
      live.add(id);
      return id;
    };
    expect([take(), take(), take()]).toEqual([base, `${base}~2`, `${base}~3`]);
    live.delete(`${base}~2`);
    expect(take()).toBe(`${base}~2`);
  });

  it('hash each block once when given a map', () => {
    const hashes = new Map<number, string>();
    const text = `${PARA}\n\n${PARA}`;
    mentionBaseId(text, 27, 57, hashes);
    mentionBaseId(text, 0, 18, hashes);
    expect(hashes.size).toBe(1);
    expect(mentionBaseId(text, 27, 57, hashes)).toBe(mentionBaseId(text, 27, 57));
  });
});
