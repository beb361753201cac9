'use client';
// One parsing worker for the page, a promise per file, and a time budget: a file that takes too long
// has its worker terminated (the tab stays responsive) and gets a message.
import type { ParseRequest, ParseResponse } from './profile.worker';
import type { ReadResult } from '@/lib/profile/read';

export const PARSE_BUDGET_MS = 20_000;

let worker: Worker | null = null;
let next = 1;
const waiting = new Map<number, { resolve: (r: ReadResult) => void; reject: (e: Error) => void; timer: ReturnType<typeof setTimeout> }>();

function get(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./profile.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (e: MessageEvent<ParseResponse>) => {
    const w = waiting.get(e.data.id);
    if (!w) return;
    waiting.delete(e.data.id);
    clearTimeout(w.timer);
    if (e.data.ok) w.resolve(e.data.result);
    else w.reject(new Error(e.data.message));
  };
  worker.onerror = (e) => {
    e.preventDefault();
    fail('the profile reader stopped unexpectedly');
  };
  return worker;
}

function fail(message: string) {
  worker?.terminate();
  worker = null;
  for (const [, w] of waiting) {
    clearTimeout(w.timer);
    w.reject(new Error(message));
  }
  waiting.clear();
}

export function parseProfile(name: string, bytes: ArrayBuffer): Promise<ReadResult> {
  const id = next++;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(`${name}: reading took longer than ${PARSE_BUDGET_MS / 1000} s and was stopped`), PARSE_BUDGET_MS);
    waiting.set(id, { resolve, reject, timer });
    get().postMessage({ id, name, bytes } satisfies ParseRequest, [bytes]);
  });
}
