/**
 * Per-campus editorial choices for Epoch's Frontier Data Centers rows: the name and aliases news
 * uses, companies Epoch leaves out (developers such as Crusoe or QTS), and the town to geocode when
 * Epoch gives no coordinates. Keyed by Epoch's name in the Aug-2026 release.
 */
export interface EpochOverride {
  id?: string;
  name?: string;
  aliases?: string[];
  /** Added after Epoch's owner/users. */
  operatorIds?: string[];
  city?: string;
  /** US state code or region name. */
  admin?: string;
  /** A nearby town GeoNames knows when `city` is too small; the pin is then only 'region' precise. */
  geocodeNear?: string;
}

export const EPOCH_OVERRIDES: Record<string, EpochOverride> = {
  'Colossus 1': { id: 'epoch-xai-colossus-1', name: 'xAI Colossus 1', aliases: ['Colossus', 'Colossus 1', 'xAI Colossus', 'Colossus Memphis'], city: 'Memphis', admin: 'TN' },
  'Colossus 2': { id: 'epoch-xai-colossus-2', name: 'xAI Colossus 2', aliases: ['Colossus 2', 'Colossus II'], city: 'Memphis', admin: 'TN' },
  'Microsoft Fairwater Atlanta': { aliases: ['Fairwater Atlanta', 'Fairwater 2'], operatorIds: ['qts'], city: 'Fayetteville', admin: 'GA' },
  'Microsoft Fairwater Wisconsin': { aliases: ['Fairwater', 'Fairwater Wisconsin', 'Microsoft Fairwater'], city: 'Mount Pleasant', admin: 'WI' },
  'Anthropic-Amazon New Carlisle': { id: 'epoch-project-rainier-new-carlisle', name: 'Project Rainier (New Carlisle)', aliases: ['Project Rainier', 'Anthropic-Amazon New Carlisle', 'AWS New Carlisle', 'Amazon New Carlisle'], city: 'New Carlisle', admin: 'IN' },
  'Meta Prometheus': { aliases: ['Prometheus'], city: 'New Albany', admin: 'OH' },
  'Meta Hyperion': { aliases: ['Hyperion'], city: 'Holly Ridge', admin: 'LA', geocodeNear: 'Rayville' },
  'Google Pryor (North)': { name: 'Google Pryor', aliases: ['Google Mayes County'], city: 'Pryor', admin: 'OK' },
  'OpenAI Stargate Abilene': { id: 'epoch-stargate-abilene', name: 'Stargate Abilene', aliases: ['OpenAI Stargate Abilene', 'Lancium Clean Campus'], operatorIds: ['crusoe', 'lancium'], city: 'Abilene', admin: 'TX' },
  'Crusoe Abilene Expansion': { operatorIds: ['crusoe'], city: 'Abilene', admin: 'TX' },
  'OpenAI Stargate Shackelford': { id: 'epoch-stargate-shackelford', name: 'Stargate Shackelford County', aliases: ['OpenAI Stargate Shackelford', 'Stargate Shackelford'], operatorIds: ['vantage-data-centers'], admin: 'TX', geocodeNear: 'Albany' },
  'OpenAI Stargate Lordstown': { id: 'epoch-stargate-lordstown', name: 'Stargate Lordstown', aliases: ['OpenAI Stargate Lordstown'], city: 'Lordstown', admin: 'OH', geocodeNear: 'Warren' },
  'OpenAI Stargate Michigan': { id: 'epoch-stargate-michigan', name: 'Stargate Michigan', aliases: ['OpenAI Stargate Michigan', 'Stargate Saline Township'], operatorIds: ['related-digital'], city: 'Saline Township', admin: 'MI', geocodeNear: 'Saline' },
  'OpenAI Stargate Milam': { id: 'epoch-stargate-milam', name: 'Stargate Milam County', aliases: ['OpenAI Stargate Milam', 'Stargate Milam'], admin: 'TX', geocodeNear: 'Rockdale' },
  'OpenAI Stargate New Mexico': { id: 'epoch-stargate-new-mexico', name: 'Stargate New Mexico', aliases: ['OpenAI Stargate New Mexico', 'Project Jupiter'], admin: 'NM', geocodeNear: 'Santa Teresa' },
  'OpenAI Stargate Wisconsin': { id: 'epoch-stargate-wisconsin', name: 'Stargate Wisconsin', aliases: ['OpenAI Stargate Wisconsin', 'Stargate Port Washington'], operatorIds: ['vantage-data-centers'], city: 'Port Washington', admin: 'WI' },
  'OpenAI Stargate UAE': { id: 'epoch-stargate-uae', name: 'Stargate UAE', aliases: ['OpenAI Stargate UAE', 'UAE Stargate'], city: 'Abu Dhabi' },
  'Microsoft Project Osmium': { aliases: ['Project Osmium'], city: 'Cumming', admin: 'IA', geocodeNear: 'Des Moines' },
  'Coreweave Helios': { name: 'CoreWeave Helios', aliases: ['Galaxy Helios'], operatorIds: ['galaxy-digital'], city: 'Afton', admin: 'TX', geocodeNear: 'Dickens' },
  'CoreWeave Ellendale ND': { name: 'CoreWeave Ellendale', aliases: ['Polaris Forge 1'], operatorIds: ['applied-digital'], city: 'Ellendale', admin: 'ND' },
  'Core42 Lake Mariner': { operatorIds: ['terawulf'], city: 'Barker', admin: 'NY', geocodeNear: 'Lockport' },
  'Anthropic Lake Mariner': { operatorIds: ['terawulf'], city: 'Barker', admin: 'NY', geocodeNear: 'Lockport' },
  'Goodnight': { id: 'epoch-crusoe-goodnight', name: 'Crusoe Goodnight', operatorIds: ['crusoe'], city: 'Claude', admin: 'TX', geocodeNear: 'Amarillo' },
  'QTS Richmond 1': { operatorIds: ['qts'], city: 'Sandston', admin: 'VA' },
  'QTS Richmond 2': { operatorIds: ['qts'], city: 'Sandston', admin: 'VA' },
  'QTS Richmond 3': { operatorIds: ['qts'], city: 'Sandston', admin: 'VA' },
  'QTS Cedar Rapids': { operatorIds: ['qts'], city: 'Fairfax', admin: 'IA', geocodeNear: 'Cedar Rapids' },
  'QTS Eagle Mountain': { operatorIds: ['qts'], city: 'Eagle Mountain', admin: 'UT' },
  'Meta-QTS Hillsboro 2': { operatorIds: ['qts'], city: 'Hillsboro', admin: 'OR' },
  'xAI QTS Atlanta': { operatorIds: ['qts'], city: 'Atlanta', admin: 'GA' },
  'STACK Infrastructure NVA02': { operatorIds: ['stack-infrastructure'], city: 'Manassas', admin: 'VA' },
  'Stream Phoenix': { operatorIds: ['stream-data-centers'], city: 'Goodyear', admin: 'AZ' },
  'Vantage TX1': { operatorIds: ['vantage-data-centers'], city: 'San Antonio', admin: 'TX' },
  'DayOne Nusajaya': { operatorIds: ['dayone'], city: 'Nusajaya', admin: 'Johor', geocodeNear: 'Johor Bahru' },
  'Start Campus Sines Data Campus': { name: 'Start Campus Sines', operatorIds: ['start-campus'], city: 'Sines' },
  'Southgate Melbourne': { city: 'Melbourne' },
  'Microsoft-Nebius New Jersey': { name: 'Nebius Vineland', city: 'Vineland', admin: 'NJ' },
  'Microsoft Narvik Norway': { name: 'Nscale Narvik', city: 'Narvik' },
  'CoreWeave Norway': { city: 'Øvrebø', geocodeNear: 'Kristiansand' },
  'Google Mesa': { city: 'Mesa', admin: 'AZ' },
  'Google Kansas City East': { city: 'Kansas City', admin: 'MO' },
  'Google Storey County': { admin: 'NV', geocodeNear: 'Reno' },
  'AWS New Albany': { city: 'New Albany', admin: 'OH' },
  'Meta Huntsville': { city: 'Toney', admin: 'AL', geocodeNear: 'Huntsville' },
  'Meta Aiken': { city: 'Trenton', admin: 'SC', geocodeNear: 'Aiken' },
  'Meta Sarpy': { city: 'Springfield', admin: 'NE' },
  'Meta Cheyenne': { city: 'Cheyenne', admin: 'WY' },
  'Google Papillion': { city: 'Papillion', admin: 'NE' },
  'Google Waltham Cross': { city: 'Waltham Cross' },
  'Google Arcola': { city: 'Sterling', admin: 'VA' },
  'Oracle Batam': { city: 'Batam' },
  'Huawei Horinger': { city: 'Horinger', admin: 'Inner Mongolia', geocodeNear: 'Hohhot' },
  'Huawei Wuhu': { city: 'Wuhu' },
  'VNET Bayin Ulanqab': { city: 'Ulanqab' },
  'Alibaba Zhangbei': { city: 'Zhangbei', admin: 'Hebei', geocodeNear: 'Zhangjiakou' },
  'Amazon Madison Mega Site': { city: 'Canton', admin: 'MS' },
  'Amazon Ridgeland': { city: 'Ridgeland', admin: 'MS' },
  'Google Omaha': { city: 'Omaha', admin: 'NE' },
  'Anthropic Barber Lake': {},
  'Google Bristow': { city: 'Bristow', admin: 'VA', geocodeNear: 'Manassas' },
  'Google The Dalles': { city: 'The Dalles', admin: 'OR' },
  'Google Cedar Rapids': { city: 'Cedar Rapids', admin: 'IA' },
  'CoreWeave Chester VA': { name: 'CoreWeave Chester', city: 'Chester', admin: 'VA' },
  'CoreWeave Marble NC': { name: 'CoreWeave Marble', city: 'Marble', admin: 'NC', geocodeNear: 'Murphy' },
  'CoreWeave Denton TX': { name: 'CoreWeave Denton', city: 'Denton', admin: 'TX' },
  'CoreWeave Muskogee OK': { name: 'CoreWeave Muskogee', city: 'Muskogee', admin: 'OK' },
};
