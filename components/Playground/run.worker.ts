// The run worker: the real engines, off the main thread. Results go back with their typed-array
// buffers transferred, not copied.

import { checkGo } from '@/lib/go/interp';
import { checkRust } from '@/lib/rust/interp';
import { runProgram } from '@/lib/runtime/run';
import type { Diagnostic } from '@/lib/runtime/result';
import type { WorkerRequest } from '@/lib/playground/protocol';
import { handleRequest, type Engine } from '@/lib/playground/worker-core';

const engine: Engine = {
  run: runProgram,
  check: (lang, source): Diagnostic[] => (lang === 'go' ? checkGo(source) : checkRust(source)),
};

const ctx = self as unknown as { onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null; postMessage(m: unknown, t: Transferable[]): void };

ctx.onmessage = (e) => {
  const { res, transfer } = handleRequest(e.data, engine);
  ctx.postMessage(res, transfer);
};
