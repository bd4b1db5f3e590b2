// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { cardCss } from '../../../components/card/styles';
import { compactCss } from '../../../modules/compact-css';

/** Selector → declarations, read with the browser's own parser (jsdom's CSSOM). */
function rules(css: string): string[] {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  // jsdom keeps a selector's spacing as written: compare without spaces around punctuation.
  const out = [...style.sheet!.cssRules].map((r) => r.cssText.replace(/\s+/g, ' ').replace(/\s*([,>+{}:;()])\s*/g, '$1'));
  style.remove();
  return out;
}

describe('the card stylesheet compacted for the content script', () => {
  it('keeps every rule as the readable source has it', () => {
    const compact = compactCss(cardCss);
    expect(compact.length).toBeLessThan(cardCss.length);
    expect(rules(compact)).toEqual(rules(cardCss));
  });

  it('keeps spaces inside strings and between selector parts', () => {
    expect(compactCss(".a  .b > c {\n  content: '▸ ';\n  margin: 0 auto; /* why */\n}")).toBe(".a .b>c{content:'▸ ';margin:0 auto}");
  });
});
