import { describe, expect, it } from 'vitest';
import type { EventEmitter } from 'node:events';
import { createRequire } from 'node:module';
import { serverFrame } from '../../server/protocol';

// ws exports its receiver, but its type definitions do not declare it.
const { Receiver } = createRequire(import.meta.url)('ws') as { Receiver: new (options: { isServer: boolean }) => EventEmitter & { write(chunk: Buffer): void } };

/** What ws's own receiver (the one a Node client uses) reads from these bytes. */
function received(bytes: Buffer): Promise<{ data: Buffer; isBinary: boolean }> {
  return new Promise((resolve, reject) => {
    const receiver = new Receiver({ isServer: false });
    receiver.on('message', (data: Buffer, isBinary: boolean) => resolve({ data, isBinary }));
    receiver.on('error', reject);
    receiver.write(bytes);
  });
}

describe('a broadcast frame', () => {
  it.each([0, 1, 125, 126, 65535, 65536, 300_000])('of %i bytes is one whole binary message to a websocket client', async (length) => {
    const message = Uint8Array.from({ length }, (_, index) => (index * 7) & 0xff);
    const { data, isBinary } = await received(serverFrame(message));
    expect(isBinary).toBe(true);
    expect(data.equals(Buffer.from(message))).toBe(true);
  });

  it('frames a view into a larger buffer by its own bytes only', async () => {
    const backing = Uint8Array.from({ length: 64 }, (_, index) => index);
    const { data } = await received(serverFrame(backing.subarray(10, 20)));
    expect([...data]).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
  });
});
