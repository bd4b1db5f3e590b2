/** String helpers of the lexicon compiler (lexicon.ts): words of a normalised string without cutting them out. */

/** Where each word of a normalised string starts and ends: what split(' ') would cut, without the strings. */
export class WordBounds {
  start = new Int32Array(16);
  end = new Int32Array(16);
  count = 0;

  /** Reads `norm`'s words (norm non-empty, one space between words) and returns this. */
  of(norm: string): this {
    let n = 0;
    let from = 0;
    for (;;) {
      if (n === this.start.length) this.grow();
      const space = norm.indexOf(' ', from);
      this.start[n] = from;
      this.end[n++] = space < 0 ? norm.length : space;
      if (space < 0) break;
      from = space + 1;
    }
    this.count = n;
    return this;
  }

  word(norm: string, k: number): string {
    return norm.slice(this.start[k], this.end[k]);
  }

  private grow(): void {
    const start = new Int32Array(this.start.length * 2);
    const end = new Int32Array(this.end.length * 2);
    start.set(this.start);
    end.set(this.end);
    this.start = start;
    this.end = end;
  }
}

/** list.indexOf(x) among its first `count` items. */
export function indexIn(list: readonly string[], count: number, x: string): number {
  for (let k = 0; k < count; k++) if (list[k] === x) return k;
  return -1;
}

/**
 * `norm` without the first whole-word run of `name` ("microsoft bangkok campus" less "microsoft"
 * is "bangkok campus"), or `norm` itself: both normalised, so the words left keep one space
 * between them. Made only when the name is there (most aliases do not hold it).
 */
export function withoutWords(norm: string, name: string): string {
  for (let at = norm.indexOf(name); at >= 0; at = norm.indexOf(name, at + 1)) {
    const end = at + name.length;
    if ((at > 0 && norm.charCodeAt(at - 1) !== 32) || (end < norm.length && norm.charCodeAt(end) !== 32)) continue;
    if (at === 0) return end === norm.length ? '' : norm.slice(end + 1);
    return end === norm.length ? norm.slice(0, at - 1) : `${norm.slice(0, at - 1)} ${norm.slice(end + 1)}`;
  }
  return norm;
}
