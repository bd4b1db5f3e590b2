/**
 * The rows of the card's fact list, built as plain data so the wording is tested without a DOM
 * and the component only lays them out.
 */
import type { MentionFacts, Site } from '../catalog/schema';
import { formatAsOf, formatPartialDate } from './dates';
import { formatCount, formatGpus, formatMW, formatUsd } from './numbers';
import { placeLine, placePrecisionNote, placeWorldRegionLabel } from './place';

export interface FactRow {
  key: string;
  label: string;
  value: string;
  /** Smaller lines under the value: dates of the figure, chip, notes. */
  details: string[];
}

function row(key: string, label: string, value: string, ...details: Array<string | null | undefined>): FactRow {
  return { key, label, value, details: details.filter((d): d is string => !!d) };
}

const MAX_ALIASES = 4;

/** A catalog site's facts. Operational and planned figures are separate rows, never summed. */
export function siteFactRows(site: Site): FactRow[] {
  const rows: FactRow[] = [];
  const { place, capacity, gpus, investment, dates } = site;

  const where = placeLine(place);
  if (where) rows.push(row('place', 'Place', where, placeWorldRegionLabel(place), placePrecisionNote(place, site.kind)));
  else {
    const region = placeWorldRegionLabel(place);
    if (region) rows.push(row('place', 'Place', region));
  }

  const capacityAsOf = formatAsOf(capacity.asOf);
  if (capacity.operationalMW !== undefined) {
    rows.push(row('capacity-operational', 'Capacity now', formatMW(capacity.operationalMW), capacityAsOf, capacity.note));
  }
  if (capacity.plannedMW !== undefined) {
    rows.push(
      row(
        'capacity-planned',
        'Capacity planned',
        formatMW(capacity.plannedMW),
        capacity.operationalMW === undefined ? capacityAsOf : null,
        capacity.operationalMW === undefined ? capacity.note : null,
      ),
    );
  }

  const gpuAsOf = formatAsOf(gpus.asOf);
  if (gpus.count !== undefined) rows.push(row('gpus', 'GPUs now', formatGpus(gpus.count), gpus.chip, gpuAsOf));
  if (gpus.plannedCount !== undefined) {
    rows.push(row('gpus-planned', 'GPUs planned', formatGpus(gpus.plannedCount), gpus.count === undefined ? gpus.chip : null));
  }
  if (gpus.count === undefined && gpus.plannedCount === undefined && gpus.chip) rows.push(row('chip', 'Chips', gpus.chip));

  const usd = investment.usd !== undefined ? formatUsd(investment.usd) : null;
  if (investment.text) {
    rows.push(row('investment', 'Investment', investment.text, usd ? `≈ ${usd} (USD estimate)` : null, formatAsOf(investment.asOf)));
  } else if (usd) {
    rows.push(row('investment', 'Investment', usd, 'USD estimate', formatAsOf(investment.asOf)));
  }

  if (dates.announced) rows.push(row('announced', 'Announced', formatPartialDate(dates.announced)));
  if (dates.groundbreaking) rows.push(row('groundbreaking', 'Groundbreaking', formatPartialDate(dates.groundbreaking)));
  if (dates.opened) rows.push(row('opened', 'Opened', formatPartialDate(dates.opened)));
  if (dates.expected) rows.push(row('expected', 'Expected', formatPartialDate(dates.expected)));

  if (site.regionCode) rows.push(row('region-code', 'Region code', site.regionCode));
  if (site.zones !== undefined) rows.push(row('zones', 'Zones', formatCount(site.zones, 'availability zone', 'availability zones')));

  const aliases = site.aliases.filter((a) => a !== site.regionCode && a !== site.name);
  if (aliases.length) {
    const shown = aliases.slice(0, MAX_ALIASES).join(', ');
    const more = aliases.length - MAX_ALIASES;
    rows.push(row('aliases', 'Also called', more > 0 ? `${shown} +${more} more` : shown));
  }
  return rows;
}

/** What the detector read in the article, for a mention the catalog does not have (facts made readable: written.ts). */
export function extractedFactRows(facts: MentionFacts): FactRow[] {
  const rows: FactRow[] = [];
  if (facts.name) rows.push(row('name', 'Name', facts.name));
  if (facts.operator) rows.push(row('operator', 'Operator', facts.operator));
  if (facts.location) rows.push(row('location', 'Location', facts.location));
  if (facts.capacityMW !== null) rows.push(row('capacity', 'Capacity', formatMW(facts.capacityMW)));
  if (facts.gpus !== null) rows.push(row('gpus', 'GPUs', formatGpus(facts.gpus)));
  if (facts.investment) rows.push(row('investment', 'Investment', facts.investment));
  if (facts.ordinal) rows.push(row('ordinal', 'Order', facts.ordinal));
  if (facts.date) rows.push(row('date', 'Date', facts.date));
  return rows;
}
