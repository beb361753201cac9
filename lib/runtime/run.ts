import { runGo } from '@/lib/go/interp';
import { runRust } from '@/lib/rust/interp';
import type { RunOptions, RunResult } from './result';

export type Language = 'go' | 'rust';

/** Runs a program in the language's simulated runtime, both engines loaded (tests and benchmarks; the CLI and the workers load one engine). */
export function runProgram(lang: Language, source: string, opts: RunOptions = {}): RunResult {
  return lang === 'go' ? runGo(source, opts) : runRust(source, opts);
}

export { scenarioJson } from './scenario-json';
