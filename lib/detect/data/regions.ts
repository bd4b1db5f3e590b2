/**
 * First-level regions and larger areas news uses as places, which the city gazetteer does not
 * have: US states, provinces and states of the countries where data centers cluster, and world
 * regions. Hand-written; country = ISO 3166-1 alpha-2 ('' for areas spanning countries).
 */
export interface RegionRow {
  name: string;
  country: string;
  kind: 'admin' | 'area';
  aliases?: string[];
  /** US postal code, for "Abilene, Texas" disambiguation. */
  code?: string;
}

const US_STATES: Array<[string, string]> = [
  ['Alabama', 'AL'], ['Alaska', 'AK'], ['Arizona', 'AZ'], ['Arkansas', 'AR'], ['California', 'CA'],
  ['Colorado', 'CO'], ['Connecticut', 'CT'], ['Delaware', 'DE'], ['Florida', 'FL'], ['Georgia', 'GA'],
  ['Hawaii', 'HI'], ['Idaho', 'ID'], ['Illinois', 'IL'], ['Indiana', 'IN'], ['Iowa', 'IA'], ['Kansas', 'KS'],
  ['Kentucky', 'KY'], ['Louisiana', 'LA'], ['Maine', 'ME'], ['Maryland', 'MD'], ['Massachusetts', 'MA'],
  ['Michigan', 'MI'], ['Minnesota', 'MN'], ['Mississippi', 'MS'], ['Missouri', 'MO'], ['Montana', 'MT'],
  ['Nebraska', 'NE'], ['Nevada', 'NV'], ['New Hampshire', 'NH'], ['New Jersey', 'NJ'], ['New Mexico', 'NM'],
  ['New York State', 'NY'], ['North Carolina', 'NC'], ['North Dakota', 'ND'], ['Ohio', 'OH'], ['Oklahoma', 'OK'],
  ['Oregon', 'OR'], ['Pennsylvania', 'PA'], ['Rhode Island', 'RI'], ['South Carolina', 'SC'],
  ['South Dakota', 'SD'], ['Tennessee', 'TN'], ['Texas', 'TX'], ['Utah', 'UT'], ['Vermont', 'VT'],
  ['Virginia', 'VA'], ['Washington State', 'WA'], ['West Virginia', 'WV'], ['Wisconsin', 'WI'], ['Wyoming', 'WY'],
  ['District of Columbia', 'DC'],
];

const ADMIN: Array<[string, string, string[]?]> = [
  // Canada
  ['Ontario', 'CA'], ['Quebec', 'CA', ['Québec']], ['Alberta', 'CA'], ['British Columbia', 'CA'], ['Manitoba', 'CA'],
  ['Saskatchewan', 'CA'], ['Nova Scotia', 'CA'], ['New Brunswick', 'CA'], ['Newfoundland', 'CA'],
  // Australia
  ['New South Wales', 'AU'], ['Queensland', 'AU'], ['Western Australia', 'AU'], ['South Australia', 'AU'],
  ['Tasmania', 'AU'], ['Northern Territory', 'AU'],
  // India
  ['Maharashtra', 'IN'], ['Tamil Nadu', 'IN'], ['Telangana', 'IN'], ['Karnataka', 'IN'], ['Uttar Pradesh', 'IN'],
  ['Gujarat', 'IN'], ['Andhra Pradesh', 'IN'], ['West Bengal', 'IN'], ['Kerala', 'IN'], ['Haryana', 'IN'],
  ['Odisha', 'IN'], ['Rajasthan', 'IN'],
  // China
  ['Inner Mongolia', 'CN'], ['Ningxia', 'CN'], ['Guizhou', 'CN'], ['Gansu', 'CN'], ['Hebei', 'CN'],
  ['Guangdong', 'CN'], ['Zhejiang', 'CN'], ['Jiangsu', 'CN'], ['Anhui', 'CN'], ['Sichuan', 'CN'],
  ['Xinjiang', 'CN'], ['Qinghai', 'CN'], ['Shanxi', 'CN'], ['Shaanxi', 'CN'], ['Fujian', 'CN'], ['Hubei', 'CN'],
  ['Hunan', 'CN'], ['Yunnan', 'CN'], ['Shandong', 'CN'], ['Henan', 'CN'], ['Liaoning', 'CN'], ['Heilongjiang', 'CN'],
  // Elsewhere
  ['Johor', 'MY'], ['Selangor', 'MY'], ['Bavaria', 'DE'], ['Hesse', 'DE'], ['Brandenburg', 'DE'],
  ['North Rhine-Westphalia', 'DE'], ['Catalonia', 'ES'], ['Aragon', 'ES'], ['Andalusia', 'ES'], ['Lombardy', 'IT'],
  ['Piedmont', 'IT'], ['Scotland', 'GB'], ['Wales', 'GB'], ['England', 'GB'], ['Northern Ireland', 'GB'],
  ['Flanders', 'BE'], ['Wallonia', 'BE'], ['Jutland', 'DK'], ['Lapland', 'FI'], ['Île-de-France', 'FR', ['Ile-de-France']],
  ['Hauts-de-France', 'FR'], ['Groningen Province', 'NL'], ['North Holland', 'NL'], ['Jalisco', 'MX'],
  ['Querétaro', 'MX', ['Queretaro']], ['Nuevo León', 'MX', ['Nuevo Leon']], ['Rio Grande do Sul', 'BR'],
  ['Ceará', 'BR', ['Ceara']], ['Gauteng', 'ZA'], ['Western Cape', 'ZA'], ['Lagos State', 'NG'],
  ['Riyadh Province', 'SA'], ['Eastern Province', 'SA'], ['Hokkaido', 'JP'], ['Kyushu', 'JP'], ['Kansai', 'JP'],
  ['Chiba', 'JP'], ['Osaka Prefecture', 'JP'], ['Gyeonggi', 'KR', ['Gyeonggi Province']], ['Gangwon', 'KR'],
  ['Jeolla', 'KR'], ['Taoyuan', 'TW'], ['West Java', 'ID'], ['Riau Islands', 'ID'], ['Bali', 'ID'],
];

const AREAS: Array<[string, string, string[]?]> = [
  ['Asia-Pacific', '', ['Asia Pacific', 'APAC']], ['Southeast Asia', '', ['South-East Asia']], ['East Asia', ''],
  ['South Asia', ''], ['Central Asia', ''], ['Middle East', '', ['the Middle East', 'MENA']], ['Gulf', '', ['the Gulf', 'Persian Gulf']],
  ['Europe', ''], ['Western Europe', ''], ['Eastern Europe', ''], ['Northern Europe', ''], ['Nordics', '', ['Nordic region', 'the Nordics', 'Scandinavia']],
  ['Africa', ''], ['Sub-Saharan Africa', ''], ['North Africa', ''], ['West Africa', ''], ['East Africa', ''],
  ['Latin America', '', ['LatAm']], ['South America', ''], ['Central America', ''], ['North America', ''],
  ['Asia', ''], ['Oceania', ''], ['Caribbean', ''],
  ['Northern Virginia', 'US', ['NoVA']], ['Silicon Valley', 'US'], ['Midwest', 'US', ['the Midwest']],
  ['Pacific Northwest', 'US'], ['Sun Belt', 'US'], ['Permian Basin', 'US'], ['Bay Area', 'US', ['San Francisco Bay Area']],
  ['Dallas-Fort Worth', 'US', ['DFW']], ['Greater Tokyo', 'JP'], ['Greater Sydney', 'AU'], ['Greater London', 'GB'],
  ['Loudoun County', 'US'], ['Prince William County', 'US'], ['Maricopa County', 'US'], ['Shackelford County', 'US'],
];

export const REGION_ROWS: RegionRow[] = [
  ...US_STATES.map(([name, code]): RegionRow => ({
    name,
    country: 'US',
    kind: 'admin',
    code,
    aliases: name === 'Washington State' ? ['Washington state'] : undefined,
  })),
  ...ADMIN.map(([name, country, aliases]): RegionRow => ({ name, country, kind: 'admin', aliases })),
  ...AREAS.map(([name, country, aliases]): RegionRow => ({ name, country, kind: 'area', aliases })),
];

/** Adjectives of nationality, read as the country ("second Japanese region" -> Japan). */
export const DEMONYMS: Array<[string, string]> = [
  ['Japanese', 'JP'], ['Korean', 'KR'], ['South Korean', 'KR'], ['Chinese', 'CN'], ['Indian', 'IN'], ['Indonesian', 'ID'],
  ['Malaysian', 'MY'], ['Thai', 'TH'], ['Vietnamese', 'VN'], ['Philippine', 'PH'], ['Singaporean', 'SG'], ['Taiwanese', 'TW'],
  ['Australian', 'AU'], ['New Zealand', 'NZ'], ['American', 'US'], ['Canadian', 'CA'], ['Mexican', 'MX'], ['Brazilian', 'BR'],
  ['Chilean', 'CL'], ['Colombian', 'CO'], ['Argentine', 'AR'], ['Peruvian', 'PE'], ['British', 'GB'], ['Irish', 'IE'],
  ['French', 'FR'], ['German', 'DE'], ['Dutch', 'NL'], ['Belgian', 'BE'], ['Spanish', 'ES'], ['Portuguese', 'PT'],
  ['Italian', 'IT'], ['Swiss', 'CH'], ['Austrian', 'AT'], ['Polish', 'PL'], ['Czech', 'CZ'], ['Swedish', 'SE'],
  ['Norwegian', 'NO'], ['Danish', 'DK'], ['Finnish', 'FI'], ['Icelandic', 'IS'], ['Greek', 'GR'], ['Turkish', 'TR'],
  ['Israeli', 'IL'], ['Saudi', 'SA'], ['Emirati', 'AE'], ['Qatari', 'QA'], ['Kuwaiti', 'KW'], ['Omani', 'OM'],
  ['Bahraini', 'BH'], ['Egyptian', 'EG'], ['Moroccan', 'MA'], ['Nigerian', 'NG'], ['Kenyan', 'KE'], ['South African', 'ZA'],
  ['Ghanaian', 'GH'], ['Russian', 'RU'], ['Ukrainian', 'UA'], ['Pakistani', 'PK'], ['Bangladeshi', 'BD'],
];

/** Common English names of cities that GeoNames spells otherwise ("Frankfurt am Main"). */
export const CITY_ALIASES: Array<[string, string, string]> = [
  ['Frankfurt', 'Frankfurt am Main', 'DE'], ['New York', 'New York City', 'US'], ['Bangalore', 'Bengaluru', 'IN'],
  ['Bombay', 'Mumbai', 'IN'], ['Gurgaon', 'Gurugram', 'IN'], ['Saigon', 'Ho Chi Minh City', 'VN'], ['Washington, D.C.', 'Washington', 'US'],
  ['Washington DC', 'Washington', 'US'], ['Hong Kong', 'Hong Kong', 'HK'], ['Kuala Lumpur', 'Kuala Lumpur', 'MY'],
];
