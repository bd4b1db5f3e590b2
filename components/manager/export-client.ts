/**
 * The manager's end of the export port: asks for an export and assembles the streamed chunks into
 * a Blob, so a file far bigger than one message (100,000 sites are about 77 MB) arrives whole.
 * Every message is parsed before use; a closed port or an error rejects.
 */
import { ExportServerMessage } from '../../lib/messages';
import { mimeFor } from '../shared/download';
import type { ExportedFile, ExportPort, ExportRequest } from './api';

export function receiveExport(port: ExportPort, request: ExportRequest, onProgress?: (done: number, total: number) => void): Promise<ExportedFile> {
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
      } else if (m.type === 'error') finish(() => reject(new Error(m.message)));
      else {
        finish(() => resolve({ blob: new Blob(parts, { type: mimeFor(m.filename) }), filename: m.filename, count: m.count }));
      }
    });
    port.onDisconnect(() => finish(() => reject(new Error('the connection to the extension closed before the file was complete'))));
    port.post({ type: 'start', ...request });
  });
}
