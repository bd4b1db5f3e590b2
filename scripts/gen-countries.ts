/**
 * Regenerates lib/geo/countries.generated.ts from the `i18n-iso-countries` dev dependency, so the
 * extension ships a plain table and never needs that package at runtime.
 *
 *   npx tsx scripts/gen-countries.ts
 */
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const en = require('i18n-iso-countries/langs/en.json') as { countries: Record<string, string | string[]> };

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(repoRoot, 'lib/geo/countries.generated.ts');

/** Display names where the ISO short name is not what news writes. */
const DISPLAY: Record<string, string> = {
  US: 'United States', GB: 'United Kingdom', CN: 'China', RU: 'Russia', TW: 'Taiwan', IR: 'Iran',
  KR: 'South Korea', CZ: 'Czechia', NL: 'Netherlands', MK: 'North Macedonia', PS: 'Palestine',
  TZ: 'Tanzania', CI: "Côte d'Ivoire", GM: 'Gambia', CG: 'Republic of the Congo',
  CD: 'Democratic Republic of the Congo', LA: 'Laos', SY: 'Syria', MD: 'Moldova', BN: 'Brunei',
  VA: 'Vatican City', FM: 'Micronesia', FK: 'Falkland Islands', TR: 'Türkiye', AX: 'Åland Islands',
  PN: 'Pitcairn Islands', VG: 'British Virgin Islands', VI: 'U.S. Virgin Islands', MO: 'Macao',
  RE: 'Réunion', MF: 'Saint Martin', SX: 'Sint Maarten',
};

/** Names news uses that the ISO list lacks. */
const HAND_ALIASES: Record<string, string[]> = {
  US: ['United States', 'United States of America', 'US', 'U.S.', 'USA', 'U.S.A.', 'America'],
  GB: ['UK', 'U.K.', 'Britain', 'Great Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland'],
  AE: ['UAE', 'U.A.E.', 'the Emirates', 'Emirates'],
  KR: ['Korea', 'Republic of Korea', 'S. Korea', 'ROK'],
  KP: ['DPRK', 'N. Korea'],
  CN: ['China', 'Mainland China', 'PRC', "People's Republic of China", 'Chinese mainland'],
  TW: ['Taiwan', 'Republic of China'],
  HK: ['Hong Kong', 'Hong Kong SAR', 'HKSAR'],
  MO: ['Macau', 'Macao SAR'],
  RU: ['Russia', 'Russian Federation'],
  SA: ['Saudi', 'KSA', 'Kingdom of Saudi Arabia'],
  VN: ['Viet Nam'],
  LA: ["Lao People's Democratic Republic", 'Lao PDR'],
  SY: ['Syrian Arab Republic'],
  MD: ['Moldova, Republic of'],
  BN: ['Brunei Darussalam'],
  CZ: ['Czech Republic'],
  NL: ['Holland'],
  TR: ['Turkey', 'Türkiye', 'Turkiye'],
  CI: ['Ivory Coast'],
  CV: ['Cabo Verde'],
  SZ: ['Swaziland'],
  MM: ['Burma'],
  TL: ['East Timor'],
  VA: ['Vatican', 'Holy See'],
  CD: ['DR Congo', 'DRC', 'Congo-Kinshasa'],
  CG: ['Congo-Brazzaville'],
  MK: ['Macedonia'],
  NZ: ['Aotearoa'],
  BO: ['Plurinational State of Bolivia'],
  VE: ['Bolivarian Republic of Venezuela'],
  IE: ['Republic of Ireland'],
  PH: ['the Philippines'],
  BS: ['The Bahamas'],
};

/** World regions as DC Lens groups them (business-news convention, not strict UN M49). */
const REGION_OF: Record<string, string[]> = {
  'north-america': ['US', 'CA', 'BM', 'GL', 'PM', 'UM'],
  'latin-america': [
    'MX', 'GT', 'BZ', 'SV', 'HN', 'NI', 'CR', 'PA', 'CU', 'DO', 'HT', 'JM', 'PR', 'BS', 'BB', 'TT', 'AG', 'DM',
    'GD', 'KN', 'LC', 'VC', 'AI', 'AW', 'BQ', 'CW', 'SX', 'MF', 'BL', 'GP', 'MQ', 'KY', 'TC', 'VG', 'VI', 'MS',
    'AR', 'BO', 'BR', 'CL', 'CO', 'EC', 'FK', 'GF', 'GY', 'PY', 'PE', 'SR', 'UY', 'VE', 'GS',
  ],
  europe: [
    'AD', 'AL', 'AT', 'AX', 'BA', 'BE', 'BG', 'BY', 'CH', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FO', 'FR',
    'GB', 'GG', 'GI', 'GR', 'HR', 'HU', 'IE', 'IM', 'IS', 'IT', 'JE', 'LI', 'LT', 'LU', 'LV', 'MC', 'MD', 'ME',
    'MK', 'MT', 'NL', 'NO', 'PL', 'PT', 'RO', 'RS', 'RU', 'SE', 'SI', 'SJ', 'SK', 'SM', 'UA', 'VA', 'XK', 'TR',
    'GE', 'AM', 'AZ',
  ],
  'middle-east': ['AE', 'SA', 'QA', 'KW', 'BH', 'OM', 'YE', 'IQ', 'IR', 'IL', 'PS', 'JO', 'LB', 'SY'],
  africa: [
    'DZ', 'AO', 'BJ', 'BW', 'BF', 'BI', 'CV', 'CM', 'CF', 'TD', 'KM', 'CG', 'CD', 'CI', 'DJ', 'EG', 'GQ', 'ER',
    'SZ', 'ET', 'GA', 'GM', 'GH', 'GN', 'GW', 'KE', 'LS', 'LR', 'LY', 'MG', 'MW', 'ML', 'MR', 'MU', 'YT', 'MA',
    'MZ', 'NA', 'NE', 'NG', 'RE', 'RW', 'SH', 'ST', 'SN', 'SC', 'SL', 'SO', 'ZA', 'SS', 'SD', 'TZ', 'TG', 'TN',
    'UG', 'EH', 'ZM', 'ZW', 'IO',
  ],
};

const regionByCode = new Map<string, string>();
for (const [region, codes] of Object.entries(REGION_OF)) {
  for (const c of codes) {
    if (!(c in en.countries)) throw new Error(`unknown code ${c} in REGION_OF`);
    if (regionByCode.has(c)) throw new Error(`${c} listed twice in REGION_OF`);
    regionByCode.set(c, region);
  }
}

const rows = Object.keys(en.countries)
  .sort()
  .map((code) => {
    const raw = en.countries[code];
    const isoNames = Array.isArray(raw) ? raw : [raw];
    const name = DISPLAY[code] ?? isoNames[0];
    const seen = new Set([name.toLowerCase()]);
    const aliases: string[] = [];
    for (const a of [...isoNames, ...(HAND_ALIASES[code] ?? [])]) {
      if (seen.has(a.toLowerCase())) continue;
      seen.add(a.toLowerCase());
      aliases.push(a);
    }
    // Everything not listed (East, South, Southeast and Central Asia, Oceania, Antarctica) is Asia-Pacific.
    return { code, name, aliases, worldRegion: regionByCode.get(code) ?? 'asia-pacific' };
  });

// An alias two countries share ("Congo") would resolve arbitrarily, so it is dropped from both.
const aliasCount = new Map<string, number>();
for (const r of rows) for (const a of [r.name, ...r.aliases]) aliasCount.set(a.toLowerCase(), (aliasCount.get(a.toLowerCase()) ?? 0) + 1);
for (const r of rows) r.aliases = r.aliases.filter((a) => aliasCount.get(a.toLowerCase()) === 1);

const body = rows
  .map((r) => `  { code: '${r.code}', name: ${JSON.stringify(r.name)}, aliases: ${JSON.stringify(r.aliases)}, worldRegion: '${r.worldRegion}' },`)
  .join('\n');

writeFileSync(
  out,
  `// GENERATED by scripts/gen-countries.ts from i18n-iso-countries (MIT) + hand aliases. Do not edit.\n` +
    `import type { CountryRecord } from './country-types';\n\n` +
    `export const COUNTRY_ROWS: readonly CountryRecord[] = [\n${body}\n];\n`,
);
console.log(`wrote ${rows.length} countries to ${path.relative(repoRoot, out)}`);
