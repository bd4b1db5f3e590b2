/**
 * What the manager's components need from the extension, as plain functions: the entrypoint wires
 * them to messages and the import port; components never touch browser APIs.
 */
import type { Operator } from '../../lib/catalog/schema';
import type { SiteSavePayloadInput } from '../../lib/ui/payload';
import type { SourceState } from '../../lib/sync/subscription';
import type { ExportClientMessage, ImportClientMessage, RequestOf, ResponseOf } from '../../lib/messaging/messages';

/** A port to the background, reduced to what the panels use. Incoming messages are raw: parse them. */
export interface PagePort<Out> {
  post(message: Out): void;
  onMessage(listener: (raw: unknown) => void): void;
  onDisconnect(listener: () => void): void;
  disconnect(): void;
}
export type ImportPort = PagePort<ImportClientMessage>;
export type ExportPort = PagePort<ExportClientMessage>;

export type ExportRequest = Omit<ExportClientMessage, 'type'>;
/** An export as the manager receives it: the file assembled from the streamed parts. */
export interface ExportedFile {
  blob: Blob;
  filename: string;
  count: number;
}

export interface ManagerApi {
  stats(): Promise<ResponseOf<'catalog.stats'>>;
  operators(): Promise<Operator[]>;
  list(request: RequestOf<'catalog.list'>): Promise<ResponseOf<'catalog.list'>>;
  site(id: string): Promise<ResponseOf<'site.get'>>;
  save(site: SiteSavePayloadInput): Promise<ResponseOf<'site.save'>>;
  remove(id: string): Promise<void>;
  restore(id: string): Promise<void>;
  /** Streams an export from the background; `onProgress` gets records read of the total. */
  exportCatalog(request: ExportRequest, onProgress?: (done: number, total: number) => void): Promise<ExportedFile>;
  connectImport(): ImportPort;
  /** Offers a file to the background by reference (lib/browser/file-offer.ts); its key, or null when that is not possible here (send chunks). */
  offerFile(file: Blob): string | null;
  /** What became of an import (see import.outcome). */
  importOutcome(id: string): Promise<ResponseOf<'import.outcome'>>;
  newImportId(): string;
  /** The import being applied, kept across a closed manager so its outcome is shown on return. */
  rememberImport(pending: PendingImport | null): void;
  pendingImport(): PendingImport | null;
  sources(): Promise<SourceState[]>;
  /** Asks for the host permission of the URL's origin (from the user's click); loopback needs none. */
  allowOrigin(url: string): Promise<{ ok: true } | { ok: false; message: string }>;
  addSource(url: string): Promise<ResponseOf<'sources.add'>>;
  updateSource(id: string): Promise<SourceState>;
  removeSource(id: string): Promise<ResponseOf<'sources.remove'>>;
}

export interface PendingImport {
  id: string;
  fileName: string;
}

export type Stats = ResponseOf<'catalog.stats'>;
export type SiteDetailData = ResponseOf<'site.get'>;
