// Reads GODEBUG=gctrace=1 output. The line is printed by gcMarkTermination (go1.23.5
// src/runtime/mgc.go); the scavenger's by printScavTrace (mgcscavenge.go); "GC forced" by
// forcegchelper (proc.go). Older formats accepted (see tests/fixtures/gctrace/older-formats.txt):
//   go1.18–1.23  gc N @Ts P%: a+b+c ms clock, d+e/f/g+h ms cpu, H0->H1->H2 MB, G MB goal, S MB stacks, X MB globals, K P
//   go1.7–1.17   the same without "S MB stacks, X MB globals, " (stacks/globals came with the 1.18 pacer)
//   go1.5–1.6    five clock phases and seven CPU figures, otherwise as 1.7
// Heap figures are printed as bytes>>20, so every byte figure here is MB-rounded down.

const MiB = 2 ** 20;

/** One GC cycle as gctrace printed it. Byte figures are the printed MB × 2^20 (rounded down by the runtime). */
export interface GctraceCycle {
  /** 1-based line number in the input. */
  line: number;
  n: number;
  atSeconds: number;
  /** GC CPU share since the program started, whole percent. */
  cpuPercent: number;
  /**
   * Times in whole µs: fmtNSAsMS prints ms with at most three decimals, so µs are exact (and small
   * integers keep 100 000 parsed lines cheap). Wall clock of the phases: STW sweep termination,
   * concurrent mark, STW mark termination.
   */
  clockSweepTermUs: number;
  clockMarkUs: number;
  clockMarkTermUs: number;
  /** CPU µs: sweep termination (× Ps), mark assists, background workers, idle workers, mark termination (× Ps). */
  cpuSweepTermUs: number;
  cpuAssistUs: number;
  cpuBackgroundUs: number;
  cpuIdleUs: number;
  cpuMarkTermUs: number;
  /**
   * go1.5/1.6 lines only: their five clock and seven CPU figures as printed (ms). The fields above then
   * hold sweep termination, the sum of scan + sync + mark, mark termination (clock) and sweep
   * termination, the mark's assist/background/idle with scan + sync added to background, mark
   * termination (CPU).
   */
  go15?: { clockMs: number[]; cpuMs: number[] };
  heapStart: number;
  heapEnd: number;
  heapMarked: number;
  goal: number;
  /** Scannable stacks and globals (go1.18+; null in older lines). */
  stacks: number | null;
  globals: number | null;
  procs: number;
  /** runtime.GC() (or debug.FreeOSMemory) started it. */
  forced: boolean;
}

/** A runtime line that is not a cycle: scavenger report, periodic "GC forced", gcpacertrace. */
export interface GctraceRuntimeLine {
  line: number;
  kind: 'scavenger' | 'periodic-gc' | 'pacer';
  text: string;
}

export interface GctraceLine {
  line: number;
  text: string;
}

export interface GctraceParseResult {
  cycles: GctraceCycle[];
  runtime: GctraceRuntimeLine[];
  /** Lines that look like GC output but did not match any known format. */
  unparsed: GctraceLine[];
  /** Program output (anything else), not counting empty lines. */
  ignored: GctraceLine[];
  totalLines: number;
}

/** Where a cycle line may start inside a line that program output ran into. */
const CYCLE_START = /gc \d+ @\d/;
const SCAVENGER = [
  // go1.21–1.23
  /^scav \d+ KiB work \(bg\), \d+ KiB work \(eager\), \d+ KiB now, \d+% util(?: \(forced\)| \[controller reset\])?$/,
  // go1.17–1.20, and go1.14–1.16 with the scavenge generation first
  /^scav (?:\d+ )?\d+ KiB work, \d+ KiB total, \d+% util(?: \(forced\)| \[controller reset\])?$/,
  // go1.13 and older (scvgN: before go1.12)
  /^scvg\d*: (?:\d+ [KM]B released|inuse: \d+, idle: \d+, sys: \d+, released: \d+, consumed: \d+ \(MB\))$/,
];
const PACER = /^pacer: /;
const LOOKS_LIKE_GC = /^(?:gc\b|gc #|GC forced|scav|scvg|pacer:)/;

// A cursor over the whole text, kept in module variables: cycle lines are read in place by hand,
// without a string per line, because splitting and one regular expression per line were too slow
// for 100 000 lines (scripts/bench-gctrace.mts).
const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9];
let S = '';
let I = 0;

function lit(t: string): boolean {
  if (!S.startsWith(t, I)) return false;
  I += t.length;
  return true;
}

/** Digits as a number (NaN when there are none). */
function int(): number {
  let v = 0;
  const start = I;
  for (let c = S.charCodeAt(I); c >= 48 && c <= 57; c = S.charCodeAt(++I)) v = v * 10 + (c - 48);
  return I === start ? NaN : v;
}

/** Digits with an optional fraction ("0.015", "12"): one correctly rounded division, as Number() gives. */
function dec(): number {
  const w = int();
  if (Number.isNaN(w) || S.charCodeAt(I) !== 46 /* . */) return w;
  I++;
  const f0 = I;
  const f = int();
  if (Number.isNaN(f)) return NaN;
  const digits = I - f0;
  const scale = digits < POW10.length ? POW10[digits] : 10 ** digits;
  return (w * scale + f) / scale;
}

/** The figures of the last list() (at most 8; a line with more is not a cycle line). */
const CLOCK = new Float64Array(8);
const CPU = new Float64Array(8);

/** Decimals separated by '+' (and '/' when `slash`) into `into`; their count, or -1. */
function list(slash: boolean, into: Float64Array): number {
  for (let k = 0; ; k++) {
    const v = dec();
    if (Number.isNaN(v) || k === into.length) return -1;
    into[k] = v;
    const c = S.charCodeAt(I);
    if (c !== 43 && !(slash && c === 47)) return k + 1;
    I++;
  }
}

/** Reads `gc N @Ts P%: … P [(forced)]` from text[from] to text[end]; null when it is not one. */
function readCycle(text: string, from: number, end: number, line: number): GctraceCycle | null {
  S = text;
  I = from;
  if (!lit('gc ')) return null;
  const n = int();
  if (Number.isNaN(n) || !lit(' @')) return null;
  const atSeconds = dec();
  if (Number.isNaN(atSeconds) || !lit('s ')) return null;
  const cpuPercent = int();
  if (Number.isNaN(cpuPercent) || !lit('%: ')) return null;
  const nClock = list(false, CLOCK);
  if (nClock < 0 || !lit(' ms clock, ')) return null;
  const nCpu = list(true, CPU);
  if (nCpu < 0 || !lit(' ms cpu, ')) return null;
  // Modern lines: 3 clock phases and a+b/c/d+e; go1.5/1.6: 5 and 7 figures.
  const modern = nClock === 3 && nCpu === 5;
  if (!modern && !(nClock === 5 && nCpu === 7)) return null;
  const h0 = int();
  if (!lit('->')) return null;
  const h1 = int();
  if (!lit('->')) return null;
  const h2 = int();
  if (!lit(' MB, ')) return null;
  const goal = int();
  if (!lit(' MB goal, ')) return null;
  let k = int();
  let stacks: number | null = null;
  let globals: number | null = null;
  if (lit(' MB stacks, ')) {
    stacks = k;
    globals = int();
    if (!lit(' MB globals, ') && !lit('MB globals, ')) return null;
    k = int();
  }
  if (!lit(' P')) return null;
  const forced = lit(' (forced)');
  if (I !== end) return null;
  if (Number.isNaN(h0 + h1 + h2 + goal + k + (stacks ?? 0) + (globals ?? 0))) return null;
  const rec: GctraceCycle = {
    line,
    n,
    atSeconds,
    cpuPercent,
    clockSweepTermUs: us(CLOCK[0]),
    clockMarkUs: us(modern ? CLOCK[1] : CLOCK[1] + CLOCK[2] + CLOCK[3]),
    clockMarkTermUs: us(CLOCK[nClock - 1]),
    cpuSweepTermUs: us(CPU[0]),
    cpuAssistUs: us(CPU[nCpu - 4]),
    cpuBackgroundUs: us(modern ? CPU[2] : CPU[1] + CPU[2] + CPU[4]),
    cpuIdleUs: us(CPU[nCpu - 2]),
    cpuMarkTermUs: us(CPU[nCpu - 1]),
    heapStart: h0 * MiB,
    heapEnd: h1 * MiB,
    heapMarked: h2 * MiB,
    goal: goal * MiB,
    stacks: stacks === null ? null : stacks * MiB,
    globals: globals === null ? null : globals * MiB,
    procs: k,
    forced,
  };
  if (!modern) rec.go15 = { clockMs: Array.from(CLOCK.subarray(0, 5)), cpuMs: Array.from(CPU.subarray(0, 7)) };
  return rec;
}

const us = (ms: number): number => Math.round(ms * 1000);
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 13;
/** The line as written, without its CR. */
const rawLine = (text: string, from: number, nl: number): string => text.slice(from, nl > from && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl);

/** Parses a whole log (gctrace lines mixed with anything else). Never throws. */
export function parseGctrace(text: string): GctraceParseResult {
  const out: GctraceParseResult = { cycles: [], runtime: [], unparsed: [], ignored: [], totalLines: 0 };
  const len = text.length;
  let line = 0;
  for (let start = 0; start < len; ) {
    let nl = text.indexOf('\n', start);
    if (nl < 0) nl = len;
    line++;
    const ls = start;
    let ts = start;
    let te = nl;
    start = nl + 1;
    while (ts < te && isSpace(text.charCodeAt(ts))) ts++;
    while (te > ts && isSpace(text.charCodeAt(te - 1))) te--;
    if (ts === te) continue;
    if (text.charCodeAt(ts) === 103 /* g */ && text.startsWith('gc ', ts)) {
      const c = readCycle(text, ts, te, line);
      if (c) out.cycles.push(c);
      else {
        const split = nl < len ? readSplitCycle(text.slice(ts, te), text, nl + 1, line) : null;
        if (split) {
          out.cycles.push(split.cycle);
          out.ignored.push({ line, text: split.output });
          start = split.next;
          line++;
        } else out.unparsed.push({ line, text: rawLine(text, ls, nl) });
      }
      continue;
    }
    const t = text.slice(ts, te);
    if (LOOKS_LIKE_GC.test(t)) {
      if (t === 'GC forced') out.runtime.push({ line, kind: 'periodic-gc', text: t });
      else if (PACER.test(t)) out.runtime.push({ line, kind: 'pacer', text: t });
      else if (SCAVENGER.some((r) => r.test(t))) out.runtime.push({ line, kind: 'scavenger', text: t });
      else out.unparsed.push({ line, text: rawLine(text, ls, nl) });
      continue;
    }
    // Program output written without a newline before the runtime's line: "…partialgc 7 @…".
    const at = t.search(CYCLE_START);
    if (at > 0) {
      const c = readCycle(text, ts + at, te, line);
      if (c) out.cycles.push(c);
      else out.unparsed.push({ line, text: rawLine(text, ls, nl) });
      continue;
    }
    out.ignored.push({ line, text: rawLine(text, ls, nl) });
  }
  out.totalLines = line;
  return out;
}

/**
 * A gc line the program's own output cut in two: the runtime prints the line in several writes, so
 * a whole line of program output can land inside it ("… 33->33->progress: 144 MiB …" then "16 MB,
 * 34 MB goal, …" on the next line). Tries every cut of `head` joined to the next line.
 */
function readSplitCycle(head: string, text: string, from: number, line: number): { cycle: GctraceCycle; output: string; next: number } | null {
  let nl = text.indexOf('\n', from);
  if (nl < 0) nl = text.length;
  const tail = text.slice(from, nl).trim();
  if (tail === '' || tail.startsWith('gc ')) return null;
  for (let k = head.length - 1; k > 3; k--) {
    const joined = head.slice(0, k) + tail;
    const cycle = readCycle(joined, 0, joined.length, line);
    if (cycle) return { cycle, output: head.slice(k), next: nl + 1 };
  }
  return null;
}

/** GC CPU µs of the mark phase (assists, background and idle workers). */
export const markCpuUs = (c: GctraceCycle): number => c.cpuAssistUs + c.cpuBackgroundUs + c.cpuIdleUs;
