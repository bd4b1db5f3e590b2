/**
 * What the popup's components need from the extension, as plain async functions: the entrypoint
 * wires them to messages, tests can pass fakes, and components never touch browser APIs.
 */
import type { CandidateLine } from '../../lib/ui/candidates';
import type { SiteSavePayloadInput } from '../../lib/ui/payload';
import type { Evidence, ResponseOf } from '../../lib/messaging/messages';

export interface PopupApi {
  saveSite(site: SiteSavePayloadInput, evidence: Evidence): Promise<ResponseOf<'site.save'>>;
  linkSite(siteId: string, evidence: Evidence): Promise<void>;
  candidates(ids: readonly string[]): Promise<CandidateLine[]>;
}
