import type { SiteKind } from './types';
export interface LexiconSite { id: string; name: string; aliases: string[]; kind: SiteKind; operatorIds: string[]; city?: string; country?: string; regionCode?: string }
export interface LexiconOperator { id: string; name: string; aliases: string[] }
