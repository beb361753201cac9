// The `npm run gctrace` tool's pure part: flags, the --json object and the text report.

import { parseBytes } from '../../runtime/cli-args';
import { fitWorkload, type GctraceFit } from './fit';
import { parseGctrace, type GctraceParseResult } from './parse';
import { replay, replayError, type ReplayError, type ReplayResult, type ReplaySettings } from './replay';

export const GCTRACE_USAGE = 'usage: npm run -s gctrace -- FILE|- [--json] [--whatif-gogc N|off] [--whatif-memlimit BYTES|512MiB|off]';

export interface GctraceArgs {
  file: string;
  json: boolean;
  whatif: ReplaySettings;
}

export function parseGctraceArgs(argv: string[]): GctraceArgs {
  let file: string | undefined;
  let json = false;
  const whatif: ReplaySettings = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--json') json = true;
    else if (flag === '--whatif-gogc') {
      const v = value();
      if (v === 'off') whatif.gcPercent = 'off';
      else if (/^\d+$/.test(v)) whatif.gcPercent = Number(v);
      else throw new Error(`invalid --whatif-gogc "${v}": use a percentage or off`);
    } else if (flag === '--whatif-memlimit') {
      const v = value();
      whatif.memoryLimit = v === 'off' ? null : parseBytes(v);
    } else if (a === '-' || !a.startsWith('-')) {
      if (file !== undefined) throw new Error(`one log at a time (got ${file} and ${a})`);
      file = a;
    } else throw new Error(`unknown option ${a}`);
  }
  if (file === undefined) throw new Error(GCTRACE_USAGE);
  return { file, json, whatif };
}

export interface GctraceReport {
  parsed: GctraceParseResult;
  fit: GctraceFit | null;
  observedReplay: ReplayError | null;
  whatif: ReplayResult | null;
}

/** Parse, fit, and replay under the what-if settings (the observed ones when none are given). */
export function analyzeGctrace(text: string, whatif: ReplaySettings = {}): GctraceReport {
  const parsed = parseGctrace(text);
  if (parsed.cycles.length === 0) return { parsed, fit: null, observedReplay: null, whatif: null };
  const fit = fitWorkload(parsed.cycles);
  const observed = replay(fit);
  const changed = whatif.gcPercent !== undefined || whatif.memoryLimit !== undefined;
  return { parsed, fit, observedReplay: replayError(fit, observed), whatif: changed ? replay(fit, whatif) : observed };
}

/** The --json object: heap figures in bytes (gctrace's MB × 2^20, rounded down by the runtime). */
export function gctraceJson(r: GctraceReport) {
  const { fit } = r;
  return {
    cycles: r.parsed.cycles.map((c) => ({
      n: c.n,
      atSeconds: c.atSeconds,
      cpuPercent: c.cpuPercent,
      heapStart: c.heapStart,
      heapEnd: c.heapEnd,
      heapMarked: c.heapMarked,
      goal: c.goal,
      forced: c.forced,
    })),
    unparsed: r.parsed.unparsed.map((u) => ({ line: u.line, text: u.text })),
    fit: fit && {
      liveBytes: Math.round(fit.liveBytes),
      stacksBytes: Math.round(fit.stacksBytes),
      globalsBytes: Math.round(fit.globalsBytes),
      allocBytesTotal: fit.allocBytesTotal,
      allocBytesPerSecond: Math.round(fit.allocBytesPerSecond),
      markBytesPerGcCpuNs: Number(fit.markRate.toFixed(3)),
      gcPercent: fit.gcPercent,
      memoryLimit: fit.memoryLimit,
      procs: fit.procs,
      forcedCycles: fit.forcedCycles,
      goalError: Number(fit.goalError.toFixed(4)),
      replayOnObserved: r.observedReplay && {
        observedCycles: r.observedReplay.observed.cycles,
        predictedCycles: r.observedReplay.predicted.cycles,
        cyclesError: Number(r.observedReplay.cyclesError.toFixed(4)),
        observedPeakHeapBytes: r.observedReplay.observed.peakHeapBytes,
        predictedPeakHeapBytes: r.observedReplay.predicted.peakHeapBytes,
        peakHeapError: Number(r.observedReplay.peakHeapError.toFixed(4)),
      },
    },
    whatif: r.whatif && {
      gcCycles: r.whatif.gcCycles,
      peakHeapBytes: r.whatif.peakHeapBytes,
      gcCpuFraction: Number(r.whatif.gcCpuFraction.toFixed(5)),
    },
  };
}

const ms = (us: number) => String(us / 1000);
const mib = (b: number) => `${(b / 2 ** 20).toFixed(1)} MiB`;
const pct = (x: number) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(0)}%`;
const setting = (s: ReplayResult['settings']) => `GOGC=${s.gcPercent} GOMEMLIMIT=${s.memoryLimit === null ? 'off' : mib(s.memoryLimit)} GOMAXPROCS=${s.gomaxprocs}`;

/** The readable report: a table of the cycles, then the fit, the replay's error and the what-if. */
export function gctraceText(r: GctraceReport): string {
  const out: string[] = [];
  const head = ['n', '@s', 'gc%', 'wall ms', 'cpu ms (assist/bg/idle)', 'start MB', 'end MB', 'marked MB', 'goal MB', 'P', ''];
  const rows = r.parsed.cycles.map((c) => {
    return [
      String(c.n),
      c.atSeconds.toFixed(3),
      String(c.cpuPercent),
      `${ms(c.clockSweepTermUs)}+${ms(c.clockMarkUs)}+${ms(c.clockMarkTermUs)}`,
      `${ms(c.cpuAssistUs)}/${ms(c.cpuBackgroundUs)}/${ms(c.cpuIdleUs)}`,
      String(c.heapStart / 2 ** 20),
      String(c.heapEnd / 2 ** 20),
      String(c.heapMarked / 2 ** 20),
      String(c.goal / 2 ** 20),
      String(c.procs),
      c.forced ? 'forced' : '',
    ];
  });
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const fmt = (row: string[]) => row.map((s, i) => (i >= 4 && i <= 9 ? s.padStart(w[i]) : s.padEnd(w[i]))).join('  ').trimEnd();
  out.push(fmt(head), ...rows.map(fmt));
  const p = r.parsed;
  out.push('', `${p.cycles.length} cycles, ${p.runtime.length} other runtime lines, ${p.ignored.length} program lines ignored, ${p.unparsed.length} gc lines not understood (MB figures are rounded down).`);
  for (const u of p.unparsed) out.push(`  line ${u.line}: ${u.text}`);
  const { fit } = r;
  if (!fit) return out.join('\n') + '\n';
  out.push(
    '',
    `fit: live heap ${mib(fit.liveBytes)}, roots ${mib(fit.stacksBytes + fit.globalsBytes)}, ${mib(fit.allocBytesTotal)} allocated (${mib(fit.allocBytesPerSecond)}/s), ` +
      `GOGC=${fit.gcPercent}${fit.memoryLimit === null ? '' : ` GOMEMLIMIT≈${mib(fit.memoryLimit)}`}, goals explained within ${(fit.goalError * 100).toFixed(1)}%`,
  );
  const e = r.observedReplay!;
  out.push(
    `replay on the observed settings: ${e.predicted.cycles} cycles (observed ${e.observed.cycles}, ${pct(e.cyclesError)}), ` +
      `peak heap ${mib(e.predicted.peakHeapBytes)} (observed ${mib(e.observed.peakHeapBytes)}, ${pct(e.peakHeapError)})`,
  );
  const wi = r.whatif!;
  out.push(`what-if ${setting(wi.settings)}: ${wi.gcCycles} cycles, peak heap ${mib(wi.peakHeapBytes)}, GC CPU ${(wi.gcCpuFraction * 100).toFixed(1)}%`);
  return out.join('\n') + '\n';
}
