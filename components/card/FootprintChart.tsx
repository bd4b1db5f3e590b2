import { useState } from 'preact/hooks';
import { FOOTPRINT_METRICS, availableMetrics, barsSummary, footprintAsOf, footprintBars, type FootprintMetric } from '../../lib/format/bars';
import { BarChart } from './BarChart';
import { MetricToggle } from './MetricToggle';
import type { FootprintData } from './types';

export interface FootprintChartProps {
  footprints: FootprintData[];
}

const NOTE = "this site's operator";

/** The operator's worldwide footprint beside its competitors'. */
export function FootprintChart({ footprints }: FootprintChartProps) {
  const available = availableMetrics(FOOTPRINT_METRICS, footprints);
  const [metric, setMetric] = useState<FootprintMetric | null>(null);
  if (!available.length) return null;
  const current = metric && available.includes(metric) ? metric : available[0];
  const measure = FOOTPRINT_METRICS[current];
  const bars = footprintBars(footprints, current);
  const title = `Operators worldwide by ${measure.title}`;
  const asOf = footprintAsOf(footprints);
  return (
    <div class="dcl-footprint">
      <div class="dcl-chart-head">
        <p class="dcl-muted">{asOf ? `Worldwide, ${asOf}` : 'Worldwide'}</p>
        <MetricToggle label="Measure footprints by" options={available.map((k) => ({ key: k, label: FOOTPRINT_METRICS[k].label }))} selected={current} onSelect={setMetric} />
      </div>
      <BarChart caption={title} summary={barsSummary(title, bars, NOTE)} nameLabel="Operator" valueLabel={measure.label} rows={bars} subjectNote={NOTE} />
    </div>
  );
}
