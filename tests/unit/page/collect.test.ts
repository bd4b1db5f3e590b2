// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { BLOCK_SEPARATOR, TextCollector, collectText, quoteAt } from '../../../lib/page/collect';
import { rangeFor } from '../../../lib/page/ranges';

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('collectText', () => {
  it('reads article prose and skips code, form fields, editors, hidden parts and DC Lens UI', () => {
    const body = page(`
      <h1>Alibaba Cloud Opens Fifth Tokyo Data Center</h1>
      <p>Alibaba Cloud has launched its <b>fifth</b> data center in Tokyo.</p>
      <pre><code>eighth data center in Osaka</code></pre>
      <script>var x = "data center in Busan";</script><style>.a{}</style>
      <textarea>LD14 data centre in Slough</textarea><input value="data center news">
      <div contenteditable="true">Colossus 3 in Memphis</div>
      <div hidden>secret data center</div><span aria-hidden="true">icon data center</span>
      <div data-dc-lens="card">DC Lens card text</div>`);
    const { text } = collectText(body);
    expect(text).toContain('Alibaba Cloud Opens Fifth Tokyo Data Center');
    expect(text).toContain('its fifth data center in Tokyo.');
    for (const hidden of ['Osaka', 'Busan', 'Slough', 'data center news', 'Memphis', 'secret', 'icon', 'DC Lens card']) {
      expect(text).not.toContain(hidden);
    }
  });

  it('separates blocks so sentences of two paragraphs are never joined', () => {
    const { text } = collectText(page('<p>the Tokyo</p><p>data center</p><li>one</li><li>two</li>'));
    expect(text).toBe(`the Tokyo${BLOCK_SEPARATOR}data center${BLOCK_SEPARATOR}one${BLOCK_SEPARATOR}two`);
  });

  it('maps offsets back to DOM ranges, across inline elements', () => {
    const body = page('<p>Alibaba Cloud has launched its <b>fifth</b> data center in Tokyo.</p>');
    const collected = collectText(body);
    const start = collected.text.indexOf('fifth data center in Tokyo');
    const range = rangeFor(collected, start, start + 'fifth data center in Tokyo'.length)!;
    expect(range.toString()).toBe('fifth data center in Tokyo');
    expect(range.startContainer.parentElement!.tagName).toBe('B');
  });

  it('reads in resumable slices with the same result as one pass', () => {
    const html = Array.from({ length: 3000 }, (_, i) => `<p>Paragraph ${i} about the <a href="#">Ulsan</a> build.</p>`).join('');
    const once = collectText(page(html));
    let clock = 0;
    const sliced = new TextCollector(document.body, () => (clock += 1));
    let steps = 0;
    while (!sliced.step(5)) steps++;
    expect(steps).toBeGreaterThan(1);
    expect(sliced.result().text).toBe(once.text);
    expect(sliced.result().starts).toEqual(once.starts);
  });
});

describe('quoteAt', () => {
  it('keeps the exact words with a little context on each side, whitespace folded', () => {
    const text = 'SK Telecom and AWS will build a 103-megawatt AI data center in the\n southern city of Ulsan.';
    const start = text.indexOf('103-megawatt');
    const end = text.indexOf('Ulsan') + 5;
    const q = quoteAt(text, start, end, 10);
    expect(q.exact).toBe('103-megawatt AI data center in the southern city of Ulsan');
    expect(q.prefix).toBe('l build a ');
    expect(q.suffix).toBe('.');
  });
});
