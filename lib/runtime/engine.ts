// One language's engine, loaded on its own: the command-line runner imports only the engine of the
// file it runs (half the code to load), as each playground worker does.
import type { Diagnostic, RunOptions, RunResult } from './result';

export interface LangEngine {
  run(source: string, opts?: RunOptions): RunResult;
  check(source: string): Diagnostic[];
}

export async function loadEngine(lang: 'go' | 'rust'): Promise<LangEngine> {
  if (lang === 'go') {
    const { runGo, checkGo } = await import('../go/interp');
    return { run: runGo, check: checkGo };
  }
  const { runRust, checkRust } = await import('../rust/interp');
  return { run: runRust, check: checkRust };
}
