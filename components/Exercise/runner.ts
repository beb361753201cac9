'use client';
// One run client for every exercise on the page (one Go and one Rust worker at most), created on
// first use with the workers the page was built with.

import { RunClient } from '@/lib/playground/run-client';
import type { WorkerUrls } from '@/lib/playground/worker-files';
import { createRunWorker, setWorkerUrls } from '@/components/Playground/worker-client';

let client: RunClient | null = null;

export function exerciseClient(workers: WorkerUrls): RunClient {
  if (!client) {
    setWorkerUrls(workers);
    client = new RunClient(createRunWorker);
  }
  return client;
}

/** Tests replace the client (a fake worker) and reset it between cases. */
export function setExerciseClient(c: RunClient | null): void {
  client = c;
}
