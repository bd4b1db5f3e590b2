/** An in-memory stand-in for navigator.storage.getDirectory() (the origin-private file system), for the background's file tests. */
import { vi } from 'vitest';

export function fakeFileSystem(): Map<string, ArrayBuffer> {
  const files = new Map<string, ArrayBuffer>();
  const dir = {
    async getFileHandle(name: string, options: { create?: boolean } = {}) {
      if (!files.has(name) && !options.create) throw new DOMException('not found', 'NotFoundError');
      return {
        getFile: async () => new Blob([files.get(name) ?? new ArrayBuffer(0)]),
        createWritable: async () => {
          let written = new ArrayBuffer(0);
          return {
            write: async (data: ArrayBuffer) => void (written = data.slice(0)),
            close: async () => void files.set(name, written),
          };
        },
      };
    },
    async removeEntry(name: string) {
      if (!files.delete(name)) throw new DOMException('not found', 'NotFoundError');
    },
    async *keys() {
      yield* [...files.keys()];
    },
  };
  vi.stubGlobal('navigator', { storage: { getDirectory: async () => dir } });
  return files;
}
