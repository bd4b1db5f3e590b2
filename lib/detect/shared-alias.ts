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
  for (let i = 0; i + 1 < hits.length; i++) {
    let j = i + 1;
    while (j < hits.length && hits[j].start === hits[i].start && hits[j].end === hits[i].end) j++;
    if (j - i > 1) {
      const run = hits.slice(i, j).map((h, k) => ({ h, k, far: nearestOwnOperator(h, operators, siteOperators(h.ref)) }));
      run.sort((a, b) => a.far - b.far || a.k - b.k);
      run.forEach((r, k) => (hits[i + k] = r.h));
    }
    i = j - 1;
  }
}

/** Characters between the hit and the closest mention of one of its operators (Infinity if none). */
function nearestOwnOperator(hit: Hit, operators: readonly Hit[], own: readonly number[]): number {
  let best = Infinity;
  for (const o of operators) {
    if (!own.includes(o.ref)) continue;
    const far = o.end <= hit.start ? hit.start - o.end : o.start >= hit.end ? o.start - hit.end : 0;
    if (far < best) best = far;
  }
  return best;
}
