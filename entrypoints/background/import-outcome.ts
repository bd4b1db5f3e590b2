/**
 * The truth about an import after its port closed (worker stopped, manager closed): imports still
 * writing in this worker are "running"; otherwise the import record written in the import's own
 * transaction says "applied", and its absence says "not applied" (a stopped worker's transaction
 * never commits).
 */
import type { CatalogService } from '@/lib/catalog/service';
import type { ResponseOf } from '@/lib/messaging/messages';

const running = new Set<string>();

/** Marks `id` running while `work` runs. */
export async function whileRunning<T>(id: string, work: () => Promise<T>): Promise<T> {
  running.add(id);
  try {
    return await work();
  } finally {
    running.delete(id);
  }
}

export async function importOutcome(service: Pick<CatalogService, 'importRecord'>, id: string): Promise<ResponseOf<'import.outcome'>> {
  if (running.has(id)) return { state: 'running' };
  const record = await service.importRecord(id);
  return record ? { state: 'applied', applied: record.applied, at: record.at } : { state: 'not-applied' };
}
