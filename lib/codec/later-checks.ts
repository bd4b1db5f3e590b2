/**
 * The whole-column checks of stored copies (every string column's offsets, every dictionary code,
 * every sorted table's key order), which a woken worker may run after its first answer instead of
 * before it: at 100,000 sites they cost a wake 60–100 ms on this project's machine. Inside
 * `checkingLater`, `check` keeps each test for the caller to run with `verify()`; anywhere else it
 * runs the test at once, as before.
 *
 * What they guard is what is read, not memory: a damaged column reads garbage strings or
 * undefined (typed arrays clamp), a table out of order misses keys. So answers given before
 * `verify()` can only be wrong when the copy is damaged, and the caller must then drop the copy
 * and have what it answered asked again (entrypoints/background/catalog-state.ts). The shape
 * checks (types, lengths, bounds of the whole) still run when a copy is adopted.
 */

let kept: Array<() => void> | null = null;

/** Runs `test` (which throws on damage) now, or keeps it for `verify()` inside `checkingLater`. */
export function check(test: () => void): void {
  if (kept) kept.push(test);
  else test();
}

/** `adopt()`, with the checks it asks for kept for `verify()` (which throws what the first failing one threw). */
export function checkingLater<T>(adopt: () => T): { value: T; verify: () => void } {
  const outer = kept;
  const mine: Array<() => void> = [];
  kept = mine;
  try {
    return {
      value: adopt(),
      verify: () => {
        for (const test of mine) test();
      },
    };
  } finally {
    kept = outer;
  }
}
