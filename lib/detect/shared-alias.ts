/**
 * One alias, several sites: cloud providers reuse region codes ("ap-southeast-1" is an AWS, an
 * Alibaba Cloud and a Huawei Cloud region), so the main pass finds one hit per site at the same
 * span. Whoever reads a span takes its first hit; this puts first the site whose own operator the
 * article names nearest to it, so "AWS launched ap-southeast-5" opens the AWS region.
 */
import type { Hit } from './context';

/**
 * Reorders, in place, each run of hits that share a span (`hits` sorted by position) by the
 * distance to the nearest operator hit of their own site's operators. Runs the article gives no
 * operator for keep their order.
 */
export function orderSharedSpans(hits: Hit[], operators: readonly Hit[], siteOperators: (site: number) => readonly number[]): void {
  let byRef: Map<number, OperatorRuns> | null = null;
  for (let i = 0; i + 1 < hits.length; i++) {
    let j = i + 1;
    while (j < hits.length && hits[j].start === hits[i].start && hits[j].end === hits[i].end) j++;
    if (j - i > 1) {
      byRef ??= operatorRuns(operators);
      const refs = byRef;
      const run = hits.slice(i, j).map((h, k) => ({ h, k, far: nearestOwnOperator(h, refs, siteOperators(h.ref)) }));
      run.sort((a, b) => a.far - b.far || a.k - b.k);
      run.forEach((r, k) => (hits[i + k] = r.h));
    }
    i = j - 1;
  }
}

/**
 * One operator's hits in position order, with the largest end so far: a long page names thousands
 * of operators, and a scan of all of them per shared span grew with the square of the page.
 */
interface OperatorRuns {
  starts: number[];
  maxEnds: number[];
}

function operatorRuns(operators: readonly Hit[]): Map<number, OperatorRuns> {
  const byRef = new Map<number, OperatorRuns>();
  for (const o of operators) {
    let r = byRef.get(o.ref);
    if (!r) byRef.set(o.ref, (r = { starts: [], maxEnds: [] }));
    const n = r.maxEnds.length;
    r.starts.push(o.start);
    r.maxEnds.push(n > 0 && r.maxEnds[n - 1] > o.end ? r.maxEnds[n - 1] : o.end);
  }
  return byRef;
}

/** Characters between the hit and the closest mention of one of its operators (Infinity if none). */
function nearestOwnOperator(hit: Hit, byRef: Map<number, OperatorRuns>, own: readonly number[]): number {
  let best = Infinity;
  for (const ref of own) {
    const r = byRef.get(ref);
    if (!r) continue;
    // The first hit starting at or after the hit's end is the nearest after it; every one before
    // it is at 0 (overlapping) or ends before the hit, the nearest being the largest end.
    let lo = 0;
    let hi = r.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (r.starts[mid] < hit.end) lo = mid + 1;
      else hi = mid;
    }
    if (lo < r.starts.length && r.starts[lo] - hit.end < best) best = r.starts[lo] - hit.end;
    if (lo > 0) {
      const far = hit.start - r.maxEnds[lo - 1];
      const d = far > 0 ? far : 0;
      if (d < best) best = d;
    }
  }
  return best;
}
