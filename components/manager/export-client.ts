/**
 * The manager's end of the export port: asks for an export and receives the file whole, either
 * handed over in Cache Storage (`take`, when the page can: no 90 MB copy through messages) or as
 * streamed chunks assembled into a Blob, so a file far bigger than one message (100,000 sites are
 * about 90 MB) arrives whole. Every message is parsed before use; a closed port or an error rejects.
 */
import { ExportServerMessage } from '../../lib/messaging/messages';
import { mimeFor } from '../shared/download';
import type { ExportedFile, ExportPort, ExportRequest } from './api';

/** Takes a file handed over in Cache Storage by its key (lib/browser/file-transfer.ts). */
export type TakeFile = (key: string) => Promise<Blob | null>;

export function receiveExport(
  port: ExportPort,
  request: ExportRequest,
  onProgress?: (done: number, total: number) => void,
  take?: TakeFile,
): Promise<ExportedFile> {
  return new Promise<ExportedFile>((resolve, reject) => {
    const parts: string[] = [];
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      port.disconnect();
      outcome();
    };
    port.onMessage((raw) => {
      const parsed = ExportServerMessage.safeParse(raw);
      if (!parsed.success) return finish(() => reject(new Error('the extension sent a message this page does not understand')));
      const m = parsed.data;
      if (m.type === 'chunk') {
        parts.push(m.data);
        onProgress?.(m.done, m.total);
      } else if (m.type === 'progress') onProgress?.(m.done, m.total);
      else if (m.type === 'error') finish(() => reject(new Error(m.message)));
      else if (m.stored === undefined) {
        finish(() => resolve({ blob: new Blob(parts, { type: mimeFor(m.filename) }), filename: m.filename, count: m.count }));
      } else {
        const key = m.stored;
        finish(() => {
          const taken = take ? take(key) : Promise.resolve(null);
          taken.then(
            (blob) => (blob ? resolve({ blob: new Blob([blob], { type: mimeFor(m.filename) }), filename: m.filename, count: m.count }) : reject(new Error('the exported file could not be picked up'))),
            reject,
          );
        });
      }
    });
    port.onDisconnect(() => finish(() => reject(new Error('the connection to the extension closed before the file was complete'))));
    port.post({ type: 'start', ...request, ...(take ? { transfer: 'cache' as const } : {}) });
  });
}
