/**
 * The one place DC Lens reports a failure it can't hand to the user. Aborted work (a page left, a
 * scan superseded, a tab gone) is normal and stays silent; anything else is logged once with what
 * was being done, so it shows in the browser console instead of disappearing in a `.catch`.
 */

/** True for the failures that only mean "nobody wants this result any more". */
export function isAbort(error: unknown): boolean {
  if (error instanceof DOMException && (error.name === 'AbortError' || error.name === 'TimeoutError')) return true;
  if (error instanceof Error && error.name === 'AbortError') return true;
  return false;
}

/** Logs `error` with the task it interrupted, unless it is an abort. */
export function report(task: string, error: unknown): void {
  if (isAbort(error)) return;
  console.error(`DC Lens: ${task} failed`, error);
}

/** For promise chains: `work().catch(reportFailure('scan'))`. */
export function reportFailure(task: string): (error: unknown) => void {
  return (error) => report(task, error);
}
