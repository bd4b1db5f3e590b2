/**
 * What the manager's components need from the extension, as plain functions: the entrypoint wires
 * them to messages and the import port; components never touch browser APIs.
 */
import type { Operator } from '../../lib/catalog/schema';
import type { SiteSavePayloadInput } from '../../lib/forms/payload';
import type { ImportClientMessage, RequestOf, ResponseOf } from '../../lib/messages';

/** The import port, reduced to what the import panel uses. Incoming messages are raw: parse them. */
export interface ImportPort {
  post(message: ImportClientMessage): void;
  onMessage(listener: (raw: unknown) => void): void;
  onDisconnect(listener: () => void): void;
  disconnect(): void;
}

export interface ManagerApi {
  stats(): Promise<ResponseOf<'catalog.stats'>>;
  operators(): Promise<Operator[]>;
  list(request: RequestOf<'catalog.list'>): Promise<ResponseOf<'catalog.list'>>;
  site(id: string): Promise<ResponseOf<'site.get'>>;
  save(site: SiteSavePayloadInput): Promise<ResponseOf<'site.save'>>;
  remove(id: string): Promise<void>;
  restore(id: string): Promise<void>;
  exportCatalog(request: RequestOf<'export'>): Promise<ResponseOf<'export'>>;
  connectImport(): ImportPort;
}

export type Stats = ResponseOf<'catalog.stats'>;
export type SiteDetailData = ResponseOf<'site.get'>;
