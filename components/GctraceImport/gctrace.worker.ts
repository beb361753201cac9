// Parses, fits and replays a gctrace log off the main thread. Nothing leaves the machine.
import type { ReplaySettings } from '@/lib/go/gctrace-import';
import { analyzeForPage, type GctraceAnalysis } from './analyze';

export type AnalyzeRequest = { id: number; text: string; whatif: ReplaySettings };
export type AnalyzeResponse = { id: number; ok: true; result: GctraceAnalysis } | { id: number; ok: false; message: string };

self.onmessage = (e: MessageEvent<AnalyzeRequest>) => {
  const { id, text, whatif } = e.data;
  try {
    (self as unknown as Worker).postMessage({ id, ok: true, result: analyzeForPage(text, whatif) } satisfies AnalyzeResponse);
  } catch (err) {
    (self as unknown as Worker).postMessage({ id, ok: false, message: (err as Error).message } satisfies AnalyzeResponse);
  }
};
