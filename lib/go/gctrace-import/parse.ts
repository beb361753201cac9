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
  /** Wall-clock ms of the phases: sweep termination, concurrent mark, mark termination (five phases before go1.7). */
  wallMs: number[];
  /** CPU ms: sweep termination, assist, background, idle, mark termination (seven figures before go1.7). */
  cpuMs: number[];
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

const CYCLE =
  /gc (\d+) @(\d+(?:\.\d+)?)s (\d+)%: ([\d.]+(?:\+[\d.]+)*) ms clock, ([\d.]+(?:[+/][\d.]+)*) ms cpu, (\d+)->(\d+)->(\d+) MB, (\d+) MB goal, (?:(\d+) MB stacks, (\d+) ?MB globals, )?(\d+) P( \(forced\))?$/;
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

const num = (s: string): number => Number(s);

function cycleFrom(m: RegExpExecArray, line: number): GctraceCycle | null {
  const wallMs = m[4].split('+').map(num);
  const cpuMs = m[5].split(/[+/]/).map(num);
  // Modern lines: 3 clock phases and a+b/c/d+e; go1.5/1.6: 5 and 7 figures.
  if (!((wallMs.length === 3 && cpuMs.length === 5) || (wallMs.length === 5 && cpuMs.length === 7))) return null;
  return {
    line,
    n: num(m[1]),
    atSeconds: num(m[2]),
    cpuPercent: num(m[3]),
    wallMs,
    cpuMs,
    heapStart: num(m[6]) * MiB,
    heapEnd: num(m[7]) * MiB,
    heapMarked: num(m[8]) * MiB,
    goal: num(m[9]) * MiB,
    stacks: m[10] === undefined ? null : num(m[10]) * MiB,
    globals: m[11] === undefined ? null : num(m[11]) * MiB,
    procs: num(m[12]),
    forced: m[13] !== undefined,
  };
}

/** Parses a whole log (gctrace lines mixed with anything else). Never throws. */
export function parseGctrace(text: string): GctraceParseResult {
  const out: GctraceParseResult = { cycles: [], runtime: [], unparsed: [], ignored: [], totalLines: 0 };
  const lines = text.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  out.totalLines = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const t = raw.endsWith('\r') ? raw.slice(0, -1).trim() : raw.trim();
    const line = i + 1;
    if (t === '') continue;
    if (t.charCodeAt(0) === 103 /* g */ && t.startsWith('gc ')) {
      const m = CYCLE.exec(t);
      const c = m && m.index === 0 ? cycleFrom(m, line) : null;
      if (c) out.cycles.push(c);
      else out.unparsed.push({ line, text: raw });
      continue;
    }
    if (LOOKS_LIKE_GC.test(t)) {
      if (t === 'GC forced') out.runtime.push({ line, kind: 'periodic-gc', text: t });
      else if (PACER.test(t)) out.runtime.push({ line, kind: 'pacer', text: t });
      else if (SCAVENGER.some((r) => r.test(t))) out.runtime.push({ line, kind: 'scavenger', text: t });
      else out.unparsed.push({ line, text: raw });
      continue;
    }
    // Program output written without a newline before the runtime's line: "…partialgc 7 @…".
    const at = t.search(CYCLE_START);
    if (at > 0) {
      const m = CYCLE.exec(t.slice(at));
      const c = m && m.index === 0 ? cycleFrom(m, line) : null;
      if (c) out.cycles.push(c);
      else out.unparsed.push({ line, text: raw });
      continue;
    }
    out.ignored.push({ line, text: raw });
  }
  return out;
}

/** The cpuMs figures of a go1.7+ line by name (null for the go1.5/1.6 seven-figure form). */
export function cpuPhases(c: GctraceCycle): { sweepTerm: number; assist: number; background: number; idle: number; markTerm: number } | null {
  if (c.cpuMs.length !== 5) return null;
  const [sweepTerm, assist, background, idle, markTerm] = c.cpuMs;
  return { sweepTerm, assist, background, idle, markTerm };
}
