/**
 * What a woken worker answers its first page with before it opens IndexedDB: a small file in the
 * origin-private file system naming the build, the records revision, the files holding the
 * detector index and the resolver stored for that revision (cache-store.ts), and the pages where a
 * person linked a mention (user-links.ts). Opening IndexedDB on a wake costs 0.1–0.5 s with the
 * seed and 1–3 s with 100,000 sites on this project's machine (Chromium reopens the origin's
 * database files); reading these files takes a few milliseconds.
 *
 * The file may only ever say what the database holds. Every write to sites, operators or
 * sightings runs inside `lease` (write-lease.ts puts every such transaction there), which deletes
 * the file before the write starts and keeps it from being written until the write has ended;
 * `keep` writes it again only while no write runs and only for copies made for the database's
 * current revision (its `make` checks that). A worker killed mid-write leaves no file, so its
 * next wake takes the IndexedDB path.
 */
import { z } from 'zod';
import { lazySchema } from '../../lib/lazy-schema';
import { readFileBytes, removeFile, takeReadAhead, writeFileBytes } from './file-bytes';
import { WAKE_FILE_NAME as NAME } from './wake-name';

const WakeSchema = lazySchema(() =>
  z.object({
    format: z.literal('dc-lens-wake'),
    version: z.literal(1),
    build: z.string().max(200),
    /** The records revision (lib/catalog/validate-on-write.ts) the copies were made for. */
    revision: z.string().min(1).max(100),
    /** Files of the cache store (cache-store.ts) holding the detector index and the resolver. */
    index: z.string().min(1).max(400),
    resolver: z.string().min(1).max(400),
    /** Every page address with a stored sighting: only there may a person's link change a mark. */
    linkedUrls: z.array(z.string().max(10_000)).max(1_000_000),
  }),
);

export type Wake = z.infer<typeof WakeSchema>;

export class WakeFile {
  /** Writes running now (inside `lease`). */
  private writes = 0;
  /** Renewed by every lease: a wake read or a `keep` begun before a write must not be used after it. */
  private generationCount = 0;
  /** Whether a file may exist: unknown at start (a previous life may have left one). */
  private mayExist = true;
  /** Whether `read` ran before: only the first may take the read begun at start. */
  private readBefore = false;
  /** File operations, one at a time in the order asked. */
  private chain: Promise<unknown> = Promise.resolve();

  get generation(): number {
    return this.generationCount;
  }

  /** Whether a write holds the lease now (the database's write guard asks). */
  get writing(): boolean {
    return this.writes > 0;
  }

  /**
   * The file when it is valid and of `build`, else null. The first read of a worker takes the read
   * its script began (wake-start.ts), unless a lease came first: nothing of this worker wrote the file
   * before that.
   */
  async read(build: string): Promise<Wake | null> {
    const ahead = this.generationCount === 0 && !this.readBefore ? takeReadAhead(NAME) : undefined;
    this.readBefore = true;
    const bytes = await (ahead ?? readFileBytes(NAME));
    if (!bytes) return null;
    try {
      const wake = WakeSchema.safeParse(JSON.parse(new TextDecoder().decode(bytes)));
      return wake.success && wake.data.build === build ? wake.data : null;
    } catch {
      return null;
    }
  }

  /** Runs `write` once the file is gone; no file is written until it ended. */
  async lease<T>(write: () => Promise<T>): Promise<T> {
    this.writes++;
    this.generationCount++;
    try {
      await this.then(async () => {
        if (!this.mayExist) return;
        if (!(await removeFile(NAME))) throw new Error('DC Lens: the wake file could not be removed before a catalog write');
        this.mayExist = false;
      });
      return await write();
    } finally {
      this.writes--;
    }
  }

  /**
   * Writes the file from `make` (null: nothing to keep), unless a write began since this call or
   * runs now. `make` checks that the copies are of the database's current revision.
   */
  keep(make: () => Promise<Wake | null>): Promise<void> {
    const generation = this.generationCount;
    const stale = () => this.writes > 0 || generation !== this.generationCount;
    return this.then(async () => {
      if (stale()) return;
      const wake = await make();
      if (!wake || stale()) return;
      // Set before writing: a lease from now on waits for this write, then removes the file.
      this.mayExist = true;
      await writeFileBytes(NAME, new TextEncoder().encode(JSON.stringify(WakeSchema.parse(wake))).buffer);
    });
  }

  private then(op: () => Promise<void>): Promise<void> {
    const next = this.chain.then(op);
    this.chain = next.catch(() => undefined);
    return next;
  }
}
