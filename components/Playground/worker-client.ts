// The one place the run worker is constructed (bundlers look for this exact pattern).
import type { WorkerLike } from '@/lib/playground/run-client';

export function createRunWorker(): WorkerLike {
  return new Worker(new URL('./run.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;
}
