// Grades one run of a learner's program against an exercise's checks. Pure: the same code runs on
// the page (on the run the worker sent back), in the content test and in Node. Every failed check
// says what is off and where: which lines allocate, how much, and in which GC cycle.

import { fmtBytes, fmtInt, plural } from '@/lib/playground/format';
import { liveHeap } from '@/lib/playground/heap';
import { describeSettings } from '@/lib/playground/settings';
import type { RunResult, Site } from '@/lib/runtime/result';
import { Ev } from '@/lib/runtime/trace';
import { functionLines, matchingLines, type LineRange } from './scope';
import { RUNS_CHECK_ID, type Check, type Exercise } from './types';

export type Status = 'pass' | 'fail' | 'skipped';

export interface Detail {
  /** 1-based source line the detail is about (shown as an editor marker), if any. */
  line?: number;
  text: string;
}

export interface Outcome {
  id: string;
  /** What the check wants ("squares makes at most 1 heap allocation"). */
  label: string;
  status: Status;
  /** What was measured and how it compares ("squares made 12 heap allocations (24.6 KiB); at most 1 is allowed."). */
  message: string;
  details: Detail[];
}

export interface Grade {
  /** Every check passed. */
  passed: boolean;
  outcomes: Outcome[];
}

export interface EvalContext {
  /** What the starting program printed (needed by `stdout` checks with `sameAsStart`). */
  startStdout?: string;
  /** Live heap after each trace event, when the caller already has it (the worker computes it). */
  live?: Float64Array;
}

type Ex = Pick<Exercise, 'language' | 'checks' | 'settings'>;

/** Go counts heap objects; Rust counts calls to the allocator that obtain memory. */
const allocWord = (lang: Exercise['language'], n: number) => (lang === 'rust' ? plural(n, 'allocator call') : plural(n, 'heap allocation'));

/** The sentence a check stands for, before anything has run. */
export function checkLabel(check: Check, ex: Ex): string {
  if (check.label) return check.label;
  const scope = 'func' in check && check.func ? `${check.func}` : 'The program';
  switch (check.kind) {
    case 'allocs': {
      const what = ex.language === 'rust' ? `allocator ${check.max === 1 ? 'call' : 'calls'} (alloc or realloc)` : `heap ${check.max === 1 ? 'allocation' : 'allocations'}`;
      return `${scope} makes at most ${fmtInt(check.max)} ${what}${check.perIteration ? ` per iteration (over ${fmtInt(check.perIteration)} iterations)` : ''}`;
    }
    case 'heapBytes':
      return `${scope} allocates at most ${fmtBytes(check.max)}`;
    case 'peakHeap':
      return `The live heap never exceeds ${fmtBytes(check.max)}`;
    case 'gcCycles':
      return check.max === 0 ? `No GC cycle runs (at ${describeSettings(ex.settings)})` : `At most ${plural(check.max, 'GC cycle')} (at ${describeSettings(ex.settings)})`;
    case 'stdout':
      if (check.sameAsStart) return "The output is the same as the starting program's";
      {
        const text = (check.equals ?? '').replace(/\n$/, '');
        return text.length <= 60 && !text.includes('\n') ? `The output is exactly “${text}”` : 'The output is exactly the expected text';
      }
    case 'source':
      return check.label;
  }
}

/** The labels of every check, the implicit "runs" first (the widget lists them before the first run). */
export function checkLabels(ex: Ex): { id: string; label: string }[] {
  return [{ id: RUNS_CHECK_ID, label: 'The program compiles and runs to its end' }, ...ex.checks.map((c) => ({ id: c.id, label: checkLabel(c, ex) }))];
}

/** Grades a finished run of `source`. */
export function evaluate(ex: Ex, source: string, result: RunResult, ctx: EvalContext = {}): Grade {
  const labels = new Map(checkLabels(ex).map((l) => [l.id, l.label]));
  const runs = runsOutcome(result, labels.get(RUNS_CHECK_ID)!);
  const outcomes: Outcome[] = [runs];
  const facts = runs.status === 'pass' ? new RunFacts(ex, source, result, ctx.live) : null;
  for (const check of ex.checks) {
    const label = labels.get(check.id)!;
    if (check.kind === 'source') outcomes.push(sourceOutcome(check, ex, source, label));
    else if (!facts) outcomes.push({ id: check.id, label, status: 'skipped', message: 'Not checked: the program has to run to its end first.', details: [] });
    else outcomes.push(facts.outcome(check, label, ctx));
  }
  return { passed: outcomes.every((o) => o.status === 'pass'), outcomes };
}

/** Heap allocations and bytes made by the lines of one function (or the whole program): what an `allocs` or `heapBytes` check measures. */
export function allocationsIn(lang: Exercise['language'], source: string, result: RunResult, func?: string): { count: number; bytes: number } | null {
  const range = func ? functionLines(source, lang, func) : 'program';
  if (range === null) return null;
  let count = 0;
  let bytes = 0;
  for (const s of result.sites) {
    if (s.kind !== 'heap' || (range !== 'program' && (s.line < range.from || s.line > range.to))) continue;
    count += s.count;
    bytes += s.bytes;
  }
  return { count, bytes };
}

function runsOutcome(r: RunResult, label: string): Outcome {
  const base = { id: RUNS_CHECK_ID, label };
  const errors = r.diagnostics.filter((d) => d.severity === 'error');
  if (r.exitCode === 1 || errors.length > 0) {
    return {
      ...base,
      status: 'fail',
      message: `It does not compile: ${plural(errors.length, 'error')}.`,
      details: errors.slice(0, 5).map((d) => ({ line: d.line, text: `Line ${d.line}: ${d.code ? `error[${d.code}]: ` : ''}${d.message}` })),
    };
  }
  if (r.budget) return { ...base, status: 'fail', message: r.budget.message, details: [] };
  if (r.exitCode !== 0) {
    const first = r.stderr.split('\n').find((l) => l.trim()) ?? `exit status ${r.exitCode}`;
    const at = /:(\d+)(?::\d+)?\b/.exec(first);
    return { ...base, status: 'fail', message: `It stopped with exit status ${r.exitCode}: ${first}`, details: at ? [{ line: Number(at[1]), text: `Line ${at[1]}: ${first}` }] : [] };
  }
  return { ...base, status: 'pass', message: 'It compiles and runs to its end.', details: [] };
}

function sourceOutcome(check: Extract<Check, { kind: 'source' }>, ex: Ex, source: string, label: string): Outcome {
  const lines = matchingLines(source, ex.language, check.forbid);
  if (lines.length === 0) return { id: check.id, label, status: 'pass', message: 'Nothing in the code that this check rules out.', details: [] };
  return {
    id: check.id,
    label,
    status: 'fail',
    message: `${plural(lines.length, 'line')} still ${lines.length === 1 ? 'does' : 'do'} what this check rules out.`,
    details: lines.map((line) => ({ line, text: `Line ${line}: ${check.message}` })),
  };
}

interface LineAllocs {
  line: number;
  count: number;
  bytes: number;
  reasons: string[];
}

/** What the checks read from one run, computed once. */
class RunFacts {
  private gcStarts: number[] = [];
  private liveArr: Float64Array | undefined;
  constructor(
    private ex: Ex,
    private source: string,
    private r: RunResult,
    live?: Float64Array,
  ) {
    this.liveArr = live;
    const t = r.trace;
    for (let i = 0; i < t.length; i++) if (t.kind[i] === Ev.GcStart) this.gcStarts.push(i);
  }

  private get live(): Float64Array {
    this.liveArr ??= liveHeap(this.r.trace);
    return this.liveArr;
  }

  /** The GC cycle in force at trace event i: 0 before the first cycle, k once cycle k has started. */
  private cycleAt(i: number): number {
    let k = 0;
    while (k < this.gcStarts.length && this.gcStarts[k] < i) k++;
    return k;
  }

  private scope(func: string | undefined): LineRange | null | 'program' {
    return func ? functionLines(this.source, this.ex.language, func) : 'program';
  }

  private inScope(range: LineRange | 'program', line: number): boolean {
    return range === 'program' || (line >= range.from && line <= range.to);
  }

  /** Heap allocations per line within the range, most first. */
  private allocsByLine(range: LineRange | 'program'): LineAllocs[] {
    const by = new Map<number, LineAllocs>();
    for (const s of this.r.sites as Site[]) {
      if (s.kind !== 'heap' || !this.inScope(range, s.line)) continue;
      const e = by.get(s.line) ?? { line: s.line, count: 0, bytes: 0, reasons: [] };
      e.count += s.count;
      e.bytes += s.bytes;
      if (!e.reasons.includes(s.reason)) e.reasons.push(s.reason);
      by.set(s.line, e);
    }
    return [...by.values()].sort((a, b) => b.count - a.count || b.bytes - a.bytes || a.line - b.line);
  }

  private epochs: Map<number, Map<number, number>> | null = null;

  /** "all before the first GC cycle" or "7 before the first GC cycle, 5 in GC cycle 1". */
  private cyclesOfLine(line: number): string {
    if (!this.epochs) {
      // One pass: for each line, how many of its allocations fell in each GC cycle.
      this.epochs = new Map();
      const t = this.r.trace;
      let cycle = 0;
      for (let i = 0; i < t.length; i++) {
        const k = t.kind[i];
        if (k === Ev.GcStart) cycle++;
        else if (k === Ev.Alloc || k === Ev.Realloc) {
          const m = this.epochs.get(t.line[i]) ?? new Map<number, number>();
          m.set(cycle, (m.get(cycle) ?? 0) + 1);
          this.epochs.set(t.line[i], m);
        }
      }
    }
    const per = this.epochs.get(line);
    if (!per) return '';
    const parts = [...per.entries()].sort((a, b) => a[0] - b[0]);
    if (parts.length === 1) return parts[0][0] === 0 ? 'all before the first GC cycle' : `all in GC cycle ${parts[0][0]}`;
    return parts.map(([c, n]) => (c === 0 ? `${fmtInt(n)} before the first GC cycle` : `${fmtInt(n)} in GC cycle ${c}`)).join(', ');
  }

  private lineDetails(lines: LineAllocs[]): Detail[] {
    return lines.slice(0, 6).map((l) => {
      const reasons = l.reasons.length <= 2 ? l.reasons.join('; ') : `${l.reasons[0]}, …, ${l.reasons[l.reasons.length - 1]}`;
      // Which GC cycle the allocations fell in, when there was a GC at all.
      const when = this.gcStarts.length > 0 ? this.cyclesOfLine(l.line) : '';
      const what = `${allocWord(this.ex.language, l.count)}, ${fmtBytes(l.bytes)}${when ? ` (${when})` : ''}: ${reasons}.`;
      // Line 0 is the runtime's own work (the GC's background worker), not a line of the program.
      return l.line > 0 ? { line: l.line, text: `Line ${l.line}: ${what}` } : { text: `The runtime: ${what}` };
    });
  }

  /** The line of the last allocation before trace event i (what pushed the heap over a GC trigger). */
  private lineBefore(i: number): number {
    const t = this.r.trace;
    for (let k = i - 1; k >= 0; k--) if ((t.kind[k] === Ev.Alloc || t.kind[k] === Ev.Realloc) && t.line[k] > 0) return t.line[k];
    return 0;
  }

  outcome(check: Exclude<Check, { kind: 'source' }>, label: string, ctx: EvalContext): Outcome {
    const base = { id: check.id, label };
    const pass = (message: string, details: Detail[] = []): Outcome => ({ ...base, status: 'pass', message, details });
    const fail = (message: string, details: Detail[] = []): Outcome => ({ ...base, status: 'fail', message, details });
    switch (check.kind) {
      case 'allocs':
      case 'heapBytes': {
        const range = this.scope(check.func);
        if (range === null) return fail(`There is no function ${check.func} any more: this check measures it.`);
        const lines = this.allocsByLine(range);
        const count = lines.reduce((s, l) => s + l.count, 0);
        const bytes = lines.reduce((s, l) => s + l.bytes, 0);
        const who = check.func ?? 'The program';
        const measured = `${who} made ${allocWord(this.ex.language, count)}, ${fmtBytes(bytes)} in all`;
        if (check.kind === 'heapBytes') {
          const ok = bytes <= check.max;
          return ok ? pass(`${who} allocated ${fmtBytes(bytes)}.`) : fail(`${who} allocated ${fmtBytes(bytes)}; at most ${fmtBytes(check.max)} is allowed.`, this.lineDetails(lines));
        }
        const per = check.perIteration ? count / check.perIteration : count;
        const perText = check.perIteration ? `, ${Number(per.toPrecision(3))} per iteration` : '';
        if (per <= check.max) return pass(`${measured}${perText}.`);
        return fail(`${measured}${perText}; at most ${fmtInt(check.max)} ${check.perIteration ? 'per iteration ' : ''}${check.max === 1 ? 'is' : 'are'} allowed.`, this.lineDetails(lines));
      }
      case 'peakHeap': {
        const live = this.live;
        let at = -1;
        let peak = 0;
        for (let i = 0; i < live.length; i++)
          if (live[i] > peak) {
            peak = live[i];
            at = i;
          }
        // The engine's own peak (it also counts what the trace folded past its budget).
        peak = Math.max(peak, this.r.stats.peakHeapBytes);
        if (peak <= check.max) return pass(`The live heap peaked at ${fmtBytes(peak)}.`);
        const line = at >= 0 ? this.r.trace.line[at] : 0;
        const cycle = at >= 0 ? this.cycleAt(at) : 0;
        const when = this.gcStarts.length === 0 ? '' : cycle === 0 ? ', before the first GC cycle' : `, in GC cycle ${cycle}`;
        const details: Detail[] = line > 0 ? [{ line, text: `Line ${line}: the peak of ${fmtBytes(peak)} is reached here${when}.` }] : [];
        // The lines that allocated a noticeable share of it, biggest first.
        const big = this.allocsByLine('program')
          .filter((l) => l.line > 0 && l.bytes >= peak / 20)
          .sort((a, b) => b.bytes - a.bytes);
        details.push(...this.lineDetails(big).slice(0, 3));
        return fail(`The live heap peaked at ${fmtBytes(peak)}${line > 0 ? ` (line ${line}${when})` : ''}; at most ${fmtBytes(check.max)} is allowed.`, details);
      }
      case 'gcCycles': {
        const n = this.r.stats.gcCycles;
        const at = describeSettings(this.ex.settings);
        if (n <= check.max) return pass(`${n === 0 ? 'No GC cycle ran' : `${plural(n, 'GC cycle')} ran`} at ${at}.`);
        const details: Detail[] = this.r.gc.slice(0, 6).map((g, k) => {
          const idx = this.gcStarts[k];
          const line = idx === undefined ? 0 : this.r.trace.line[idx] || this.lineBefore(idx);
          const where = line > 0 ? `started after an allocation at line ${line}` : 'started';
          return {
            ...(line > 0 ? { line } : {}),
            text: `GC cycle ${g.n} ${where}: the heap had reached ${fmtBytes(g.heapStart)} (goal ${fmtBytes(g.goal)}); ${fmtBytes(g.heapMarked)} was still live.`,
          };
        });
        return fail(`${plural(n, 'GC cycle')} ran at ${at}; at most ${fmtInt(check.max)} ${check.max === 1 ? 'is' : 'are'} allowed.`, details);
      }
      case 'stdout': {
        const want = check.sameAsStart ? ctx.startStdout : check.equals;
        if (want === undefined) return { ...base, status: 'skipped', message: "Not checked: the starting program's output is not known yet.", details: [] };
        const got = this.r.stdout;
        if (got === want) return pass('Same output.');
        const a = got.split('\n');
        const b = want.split('\n');
        let k = 0;
        while (k < a.length && k < b.length && a[k] === b[k]) k++;
        const show = (s: string | undefined) => (s === undefined ? 'nothing' : `“${s.length > 80 ? `${s.slice(0, 80)}…` : s}”`);
        return fail(`Output line ${k + 1} is ${show(a[k])}; expected ${show(b[k])}.`);
      }
    }
  }
}
