import { runGo } from '@/lib/go/interp';
import { runRust } from '@/lib/rust/interp';
import type { RunOptions, RunResult } from './result';

export type Language = 'go' | 'rust';

/** Runs a program in the language's simulated runtime: the one entry point for the CLI and the worker. */
export function runProgram(lang: Language, source: string, opts: RunOptions = {}): RunResult {
  return lang === 'go' ? runGo(source, opts) : runRust(source, opts);
}

/** The --json shape of the scenario runner (no trace: it is for the browser). */
export function scenarioJson(r: RunResult) {
  return { stdout: r.stdout, exitCode: r.exitCode, stats: r.stats, gc: r.gc, sites: r.sites };
}
