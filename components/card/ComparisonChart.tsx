import { useId, useRef, useState } from 'preact/hooks';
import type { TargetedKeyboardEvent } from 'preact';
import {
  OPERATOR_METRICS,
  SITE_METRICS,
  availableMetrics,
  barsSummary,
  operatorBars,
  topSiteBars,
  type OperatorMetric,
} from '../../lib/format/bars';
import { formatCount } from '../../lib/format/numbers';
import { formatRank } from '../../lib/format/rank';
import { BarChart } from './BarChart';
import { MetricToggle } from './MetricToggle';
import type { CardComparison, ScopeData } from './types';

export interface ComparisonChartProps {
  comparison: CardComparison;
  /** Whether the subject is a catalog site (ranks shown) or a new mention (operator only). */
  hasSite: boolean;
}

const SCOPE_NAMES: Record<ScopeData['scope'], string> = { city: 'City', country: 'Country', 'world-region': 'World region' };
const OPERATOR_NOTE = "this site's operator";

/**
 * The first measure most operators in the scope have a value for (and the subject too, when it
 * is there): a chart of MW where only two university clusters report MW says little about Tokyo.
 */
function defaultMetric(available: OperatorMetric[], operators: ScopeData['operators']): OperatorMetric {
  const known = (m: OperatorMetric, o: ScopeData['operators'][number]) => OPERATOR_METRICS[m].get(o) !== null;
  const subject = operators.find((o) => o.isSubject);
  const useful = available.find((m) => operators.filter((o) => known(m, o)).length * 2 >= operators.length && (!subject || known(m, subject)));
  // Else the count of the subject's own kind: a cloud compares regions, a company its facilities.
  const own: OperatorMetric = subject && subject.regions !== null && subject.facilities === null ? 'regions' : 'facilities';
  return useful ?? (available.includes(own) ? own : (available[0] ?? own));
}

/** One place's competitors: ranks in words, operators as bars, the largest sites on demand. */
function ScopePanel({ scope, hasSite, metric, onMetric }: { scope: ScopeData; hasSite: boolean; metric: OperatorMetric | null; onMetric: (m: OperatorMetric) => void }) {
  const available = availableMetrics(OPERATOR_METRICS, scope.operators);
  const current = metric && available.includes(metric) ? metric : defaultMetric(available, scope.operators);
  const measure = OPERATOR_METRICS[current];
  const bars = operatorBars(scope.operators, current);
  const ranks = hasSite
    ? [formatRank(scope.rankByMW, 'MW', scope.label), formatRank(scope.rankByGpus, 'GPUs', scope.label)].filter((r): r is string => !!r)
    : [];
  const siteMetric = availableMetrics(SITE_METRICS, scope.topSites)[0];
  const siteBars = siteMetric ? topSiteBars(scope.topSites, siteMetric) : [];
  const chartTitle = `Operators in ${scope.label} by ${measure.title}`;
  return (
    <>
      {ranks.length > 0 && (
        <ul class="dcl-ranks">
          {ranks.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
      <div class="dcl-chart-head">
        <p class="dcl-muted" title={`${SCOPE_NAMES[scope.scope]}: ${scope.label}`}>
          {formatCount(scope.operators.length, 'operator', 'operators')}
        </p>
        <MetricToggle label={`Measure operators in ${scope.label} by`} options={available.map((k) => ({ key: k, label: OPERATOR_METRICS[k].label }))} selected={current} onSelect={onMetric} />
      </div>
      <BarChart
        caption={chartTitle}
        summary={barsSummary(chartTitle, bars, OPERATOR_NOTE)}
        nameLabel="Operator"
        valueLabel={measure.label}
        rows={bars}
        subjectNote={OPERATOR_NOTE}
      />
      {siteMetric && siteBars.length > 0 && (
        <details class="dcl-details">
          <summary>{`Largest sites in ${scope.label}`}</summary>
          <BarChart
            caption={`Largest sites in ${scope.label} by ${SITE_METRICS[siteMetric].title}`}
            summary={barsSummary(`Largest sites in ${scope.label} by ${SITE_METRICS[siteMetric].title}`, siteBars, 'this site')}
            nameLabel="Site"
            valueLabel={SITE_METRICS[siteMetric].label}
            rows={siteBars}
            subjectNote="this site"
          />
        </details>
      )}
    </>
  );
}

/** Competitors per place (city, country, world region) as tabs with a bar chart each. */
export function ComparisonChart({ comparison, hasSite }: ComparisonChartProps) {
  const scopes = comparison.scopes.filter((s) => s.operators.length > 0);
  const [selected, setSelected] = useState(0);
  const [metric, setMetric] = useState<OperatorMetric | null>(null);
  const tabs = useRef<Array<HTMLButtonElement | null>>([]);
  const id = useId();
  if (!scopes.length) return null;
  const index = Math.min(selected, scopes.length - 1);
  const scope = scopes[index];

  const select = (i: number) => {
    const next = (i + scopes.length) % scopes.length;
    setSelected(next);
    tabs.current[next]?.focus();
  };
  const onKeyDown = (e: TargetedKeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: scopes.length - 1 };
    if (e.key in moves) {
      e.preventDefault();
      select(moves[e.key]);
    }
  };

  return (
    <div class="dcl-comparison">
      {scopes.length > 1 && (
        <div class="dcl-tabs" role="tablist" aria-label="Compare within" onKeyDown={onKeyDown}>
          {scopes.map((s, i) => (
            <button
              type="button"
              role="tab"
              key={s.scope}
              id={`${id}-tab-${i}`}
              aria-selected={i === index}
              aria-controls={`${id}-panel`}
              tabIndex={i === index ? 0 : -1}
              title={`${SCOPE_NAMES[s.scope]}: ${s.label}`}
              ref={(el) => {
                tabs.current[i] = el;
              }}
              onClick={() => setSelected(i)}
            >
              {s.label}
            </button>
          ))}
        </div>
      )}
      <div
        class="dcl-panel"
        id={`${id}-panel`}
        role={scopes.length > 1 ? 'tabpanel' : undefined}
        aria-labelledby={scopes.length > 1 ? `${id}-tab-${index}` : undefined}
        data-scope={scope.scope}
      >
        <ScopePanel scope={scope} hasSite={hasSite} metric={metric} onMetric={setMetric} />
      </div>
    </div>
  );
}
