// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { BLOCK_SEPARATOR, TextCollector, collectText, isShown, quoteAt } from '../../../lib/page/collect';
import { crossesBlock, rangeFor } from '../../../lib/page/ranges';

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

  it('stops a slice once about as many characters as asked were read, and reads on to the same text', () => {
    const html = Array.from({ length: 3000 }, (_, i) => `<p>Paragraph ${i} about the <a href="#">Ulsan</a> build.</p>`).join('');
    const once = collectText(page(html));
    const collector = new TextCollector(document.body, () => 0);
    expect(collector.step(5, 2000)).toBe(false);
    // The check runs every 64 nodes: a little past the mark, far from the page's 100k characters.
    expect(collector.read).toBeGreaterThanOrEqual(2000);
    expect(collector.read).toBeLessThan(4000);
    while (!collector.step(5, 2000));
    expect(collector.result().text).toBe(once.text);
  });
});

describe('TextCollector sections', () => {
  const paragraphs = (n: number) => Array.from({ length: n }, (_, i) => `<p>Paragraph ${i} about the <a href="#">Ulsan</a> build${'.'.repeat(i % 7)}</p>`).join('');

  /** Reads the body in slices of 3 clock ticks, taking sections of `max` chars as they are ready. */
  function sections(max: number) {
    let clock = 0;
    const collector = new TextCollector(document.body, () => (clock += 1));
    const out: Array<{ start: number; text: string; whileReading: boolean }> = [];
    const drain = (rest: boolean, whileReading: boolean) => {
      for (let s = collector.take(max, rest); s; s = collector.take(max, rest)) out.push({ ...s, whileReading });
    };
    while (!collector.step(3)) drain(false, true);
    drain(true, false);
    return { out, whole: collector.result().text };
  }

  it('hands out the whole text once, in order, cut only at block boundaries, each within the limit', () => {
    page(paragraphs(400));
    const { out, whole } = sections(500);
    expect(out.length).toBeGreaterThan(10);
    expect(out.some((s) => s.whileReading)).toBe(true);
    expect(out.map((s) => s.text).join(BLOCK_SEPARATOR)).toBe(whole);
    for (const s of out) {
      expect(s.text.length).toBeLessThanOrEqual(500);
      expect(whole.slice(s.start, s.start + s.text.length)).toBe(s.text);
      const after = whole.slice(s.start + s.text.length, s.start + s.text.length + BLOCK_SEPARATOR.length);
      expect(after === '' || after === BLOCK_SEPARATOR).toBe(true);
    }
  });

  it('keeps a block longer than the limit whole, and gives a short page as one section at the end', () => {
    page(`<p>${'word '.repeat(300)}</p><p>tail</p>`);
    const long = sections(100);
    expect(long.out.map((s) => s.text.length)).toEqual([1500, 4]);
    page(paragraphs(5));
    const short = sections(100_000);
    expect(short.out).toEqual([{ start: 0, text: short.whole, whileReading: false }]);
  });

  it('peeks at the untaken text up to its last block boundary without taking it', () => {
    page(paragraphs(200));
    let clock = 0;
    const collector = new TextCollector(document.body, () => (clock += 1));
    collector.step(3);
    const look = collector.peek()!;
    const partial = collector.result().text;
    expect(look.start).toBe(0);
    expect(partial.startsWith(look.text)).toBe(true);
    expect(partial.slice(look.text.length, look.text.length + 2)).toBe(BLOCK_SEPARATOR);
    expect(collector.peek()).toEqual(look);
    while (!collector.step(3));
    expect(collector.take(Infinity, true)!.text).toBe(collector.result().text);
    expect(collector.peek()).toBeNull();
  });

  it('peeks at most maxChars: up to the last block boundary within them, however much was read', () => {
    page(paragraphs(200));
    const collector = new TextCollector(document.body);
    collector.step();
    const whole = collector.result().text;
    expect(collector.read).toBe(whole.length);
    const look = collector.peek(500)!;
    expect(look.start).toBe(0);
    expect(look.text.length).toBeLessThanOrEqual(500);
    expect(whole.startsWith(look.text + BLOCK_SEPARATOR)).toBe(true);
    // The next block ends past the limit: the look stopped at the last boundary it could.
    expect(whole.indexOf(BLOCK_SEPARATOR, look.text.length + 1)).toBeGreaterThan(500);
    expect(collector.peek()!.text.length).toBeGreaterThan(look.text.length);
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

describe('collectText: blocks, links and hidden parts', () => {
  it('folds newlines inside a text node to spaces, so a newline always means a block boundary', () => {
    const body = page('<p>Alibaba Cloud has launched its fifth\n   data center in\nTokyo.</p><p>Next</p>');
    (body.firstChild!.firstChild as Text).appendData('\r\u2028');
    const collected = collectText(body);
    expect(collected.text).toBe('Alibaba Cloud has launched its fifth    data center in Tokyo.  \n\nNext');
    const start = collected.text.indexOf('fifth');
    const end = collected.text.indexOf('Tokyo') + 5;
    expect(rangeFor(collected, start, end)!.toString()).toBe('fifth\n   data center in\nTokyo');
  });

  it('keeps links and icons inside prose in the sentence', () => {
    const { text } = collectText(page(
      '<p>Both <a href="#a">AWS</a> and <a href="#b">Azure</a> <b>expand</b> in <a href="#c">Tokyo</a><svg><text>x</text></svg>, said <span aria-hidden="true">*</span>analysts <code>v2</code> today.</p>',
    ));
    expect(text).toBe('Both AWS and Azure expand in Tokyo, said analysts  today.');
  });

  it('puts links with nothing but whitespace between them apart (a menu)', () => {
    const { text } = collectText(page('<nav><a href="#1">Japan</a><a href="#2">East</a>\n  <a href="#3">Tokyo Region</a></nav>'));
    // (The whitespace after a link is kept until it is known whether words or a link follow.)
    expect(text).toMatch(/^Japan\n\nEast *\n\nTokyo Region$/);
  });

  it('reads display from styles: block spans and flex items are apart, display:none is skipped', () => {
    const body = page(`<style>.b { display: block } .row { display: flex } .gone { display: none }</style>
      <p><span class="b">Korea</span><span class="b">Central</span></p>
      <div class="row"><span>Japan</span><span>East</span></div>
      <p>Visible <span class="gone">secret</span>words</p>`);
    const { text } = collectText(body);
    expect(text).toContain(`Korea${BLOCK_SEPARATOR}Central`);
    expect(text).toContain(`Japan${BLOCK_SEPARATOR}East`);
    expect(text).toContain('Visible words');
    expect(text).not.toContain('secret');
  });

  it('remembers the outermost hidden subtrees, which a script may reveal later', () => {
    const body = page(`<style>.later { display: none }</style>
      <p>Shown</p><div class="later"><p>Paywalled <b>text</b></p></div>
      <section hidden><p>Hidden section</p></section><div aria-hidden="true"><p>Behind a layer</p></div>`);
    const collector = new TextCollector(body);
    collector.step();
    expect(collector.result().text).toBe('Shown');
    expect(collector.hidden.map((el) => el.tagName)).toEqual(['DIV', 'SECTION', 'DIV']);
    const later = collector.hidden[0];
    later.classList.remove('later');
    expect(isShown(later)).toBe(true);
    expect(collectText(later).text).toBe('Paywalled text');
  });

  it('reads nothing under a hidden root and reports the root', () => {
    const body = page('<p>The article</p>');
    body.style.display = 'none';
    const collector = new TextCollector(body);
    expect(collector.step()).toBe(true);
    expect(collector.result().text).toBe('');
    expect(collector.hidden).toEqual([body]);
    body.style.display = '';
    expect(isShown(body)).toBe(true);
  });
});

describe('crossesBlock', () => {
  it('is true only for spans over a block separator', () => {
    const text = `rail strike in Japan${BLOCK_SEPARATOR}Tokyo stocks rise`;
    const at = text.indexOf('Japan');
    expect(crossesBlock(text, at, text.indexOf('Tokyo') + 5)).toBe(true);
    expect(crossesBlock(text, at, at + 5)).toBe(false);
  });
});
