import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { offerFile, takeOffered } from '../../../lib/browser/file-offer';
import { TransferKeySchema, transferTime } from '../../../lib/sync/transfer-key';

/**
 * BroadcastChannel as browsers deliver it between contexts of one origin: to every other open
 * channel of the name, later, never to the sender; a Blob crosses as a handle to the same bytes.
 * (Node's own cannot clone a Blob.)
 */
class FakeChannel {
  static open = new Set<FakeChannel>();
  onmessage: ((event: MessageEvent) => void) | null = null;
  constructor(readonly name: string) {
    FakeChannel.open.add(this);
  }
  postMessage(data: unknown): void {
    for (const other of FakeChannel.open) {
      if (other !== this && other.name === this.name) setTimeout(() => FakeChannel.open.has(other) && other.onmessage?.({ data } as MessageEvent), 0);
    }
  }
  close(): void {
    FakeChannel.open.delete(this);
  }
}

beforeEach(() => vi.stubGlobal('BroadcastChannel', FakeChannel));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('a chosen file offered to the background by reference', () => {
  it('is given once to whoever asks with its key', async () => {
    const at = Date.parse('2026-11-22T10:00:00Z');
    const key = offerFile(new Blob(['{"sites":[]}']), at);
    expect(TransferKeySchema.safeParse(key).success).toBe(true);
    expect(transferTime(key!)).toBe(at);
    expect(await (await takeOffered(key!))?.text()).toBe('{"sites":[]}');
    // Taken: a second ask gets no answer.
    expect(await takeOffered(key!, 200)).toBeNull();
    // Nothing left on offer: the manager's channel is closed again.
    expect(FakeChannel.open.size).toBe(0);
  });

  it('gives each file to its own key, in any order', async () => {
    const a = offerFile(new Blob(['a']))!;
    const b = offerFile(new Blob(['b']))!;
    expect(await (await takeOffered(b))?.text()).toBe('b');
    expect(await (await takeOffered(a))?.text()).toBe('a');
  });

  it('answers nothing for a key never offered, a stale offer or a key that is not one', async () => {
    const t = Date.now();
    const old = offerFile(new Blob(['old']), t - 11 * 60_000)!;
    // Offering again sweeps what nobody took in ten minutes.
    const recent = offerFile(new Blob(['recent']), t)!;
    expect(await takeOffered(old, 200)).toBeNull();
    expect(await takeOffered('transfer-1795000000000-0f0e0d0c-aaaa', 200)).toBeNull();
    expect(await takeOffered('../seed-catalog.json')).toBeNull();
    expect(await (await takeOffered(recent))?.text()).toBe('recent');
  });

  it('says when this context has no BroadcastChannel, so the caller sends chunks', async () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    expect(offerFile(new Blob(['x']))).toBeNull();
    expect(await takeOffered('transfer-1795000000000-0f0e0d0c-aaaa')).toBeNull();
  });
});
