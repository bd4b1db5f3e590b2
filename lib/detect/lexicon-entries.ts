/**
 * Per pattern, its (type, ref) entries in the order added, each pair once: lists linked through
 * typed arrays that double when full (number arrays grown by push were copied by every scavenge).
 */
export class EntryLists {
  first = new Int32Array(1024);
  last = new Int32Array(1024);
  type = new Uint8Array(1024);
  ref = new Int32Array(1024);
  next = new Int32Array(1024);
  lists = 0;
  count = 0;

  newList(): number {
    if (this.lists === this.first.length) {
      this.first = grown(this.first);
      this.last = grown(this.last);
    }
    this.first[this.lists] = -1;
    this.last[this.lists] = -1;
    return this.lists++;
  }

  addOnce(list: number, type: number, ref: number): void {
    for (let e = this.first[list]; e >= 0; e = this.next[e]) if (this.type[e] === type && this.ref[e] === ref) return;
    const e = this.count++;
    if (e === this.type.length) {
      this.type = grown(this.type);
      this.ref = grown(this.ref);
      this.next = grown(this.next);
    }
    this.type[e] = type;
    this.ref[e] = ref;
    this.next[e] = -1;
    if (this.last[list] < 0) this.first[list] = e;
    else this.next[this.last[list]] = e;
    this.last[list] = e;
  }

  hasType(list: number, a: number, b: number): boolean {
    for (let e = this.first[list]; e >= 0; e = this.next[e]) if (this.type[e] === a || this.type[e] === b) return true;
    return false;
  }
}

function grown<T extends Int32Array | Uint8Array>(a: T): T {
  const b = new (a.constructor as new (n: number) => T)(a.length * 2);
  b.set(a);
  return b;
}
