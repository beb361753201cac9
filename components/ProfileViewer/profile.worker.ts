// Parses a profile file off the main thread: the page posts the bytes (transferred), gets back the
// model or a message. Nothing leaves the machine.
import { ProfileError } from '@/lib/profile/errors';
import { readProfileAsync, type ReadResult } from '@/lib/profile/read';

export type ParseRequest = { id: number; name: string; bytes: ArrayBuffer };
export type ParseResponse = { id: number; ok: true; result: ReadResult; ms: number } | { id: number; ok: false; message: string };

self.onmessage = async (e: MessageEvent<ParseRequest>) => {
  const { id, name, bytes } = e.data;
  const t0 = performance.now();
  try {
    const result = await readProfileAsync(new Uint8Array(bytes));
    (self as unknown as Worker).postMessage({ id, ok: true, result, ms: performance.now() - t0 } satisfies ParseResponse);
  } catch (err) {
    const message = err instanceof ProfileError ? `${name}: ${err.message}` : `${name}: could not be read (${(err as Error).message})`;
    (self as unknown as Worker).postMessage({ id, ok: false, message } satisfies ParseResponse);
  }
};
