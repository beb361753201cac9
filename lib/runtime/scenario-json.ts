import type { RunResult } from './result';

/** The --json shape of the scenario runner (no trace: it is for the browser). */
export function scenarioJson(r: RunResult) {
  return { stdout: r.stdout, exitCode: r.exitCode, stats: r.stats, gc: r.gc, sites: r.sites };
}
