/**
 * A web address or e-mail address printed in the text ("Read more at https://example.com/news/
 * kestrel-fenwick-campus", a markdown link's target, "<www.example.com/…>") is page furniture, not
 * prose: a slug that spells a site's name there is no mention of it.
 */

/** The longest address a mention is looked for inside. */
const MAX_ADDRESS = 300;

const ADDRESS = /^[(<[]?(?:[a-z][a-z+.-]*:\/\/|www\.)|@[\w-]+\.\w/i;

/** Whether pos falls inside a web or e-mail address: the run of non-space text around it names one. */
export function insideAddress(text: string, pos: number): boolean {
  let from = pos;
  const limit = Math.max(0, pos - MAX_ADDRESS);
  while (from > limit && !isSpace(text.charCodeAt(from - 1))) from--;
  let to = pos;
  const end = Math.min(text.length, pos + MAX_ADDRESS);
  while (to < end && !isSpace(text.charCodeAt(to))) to++;
  const run = text.slice(from, to);
  return ADDRESS.test(run) || run.includes('://');
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 160;
}
