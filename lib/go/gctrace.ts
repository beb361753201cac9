// Mirrors go1.23.5 src/runtime/mgc.go (gcMarkTermination's gctrace line, itoaDiv, fmtNSAsMS).

/** One GC cycle, with the fields GODEBUG=gctrace=1 prints (times in ns, sizes in bytes). */
export interface GcCycleRecord {
  /** memstats.numgc after this cycle (gctrace "gc N"). */
  n: number;
  /** work.tSweepTerm: the cycle started (sweep termination STW began). */
  startTime: number;
  /** work.tMark: concurrent mark began (world restarted). */
  markTime: number;
  /** work.tMarkTerm: marking finished, mark termination STW began. */
  markTermTime: number;
  /** work.tEnd: the world restarted after mark termination. */
  endTime: number;
  /** work.heap0: heapLive when the cycle started (H0). */
  heapStart: number;
  /** work.heap1: heapLive at mark termination (H1). */
  heapEnd: number;
  /** work.heap2 = heapMarked: bytes marked live (H2). */
  heapMarked: number;
  /** lastHeapGoal: the goal this cycle aimed at (G). */
  goal: number;
  /** The trigger point in force when the cycle started. */
  trigger: number;
  /** gcController.triggered (= heapStart). */
  triggered: number;
  forced: boolean;
  procs: number;
  stackScan: number;
  globalsScan: number;
  /** CPU ns: STW sweep termination (×procs), assists, background (dedicated+fractional), idle, STW mark termination (×procs). */
  cpu: { sweepTerm: number; assist: number; background: number; idle: number; markTerm: number };
  /** memstats.gc_cpu_fraction after this cycle (since the start of the run). */
  gcCpuFraction: number;
  /** The cons/mark estimate this cycle's runway was computed from. */
  consMark: number;
  /** cons/mark measured in this cycle (null when heapLive did not grow during mark). */
  measuredConsMark: number | null;
  /** Runway (bytes) this cycle's trigger was computed from. */
  runway: number;
  /** Goal and trigger committed for the next cycle. */
  nextGoal: number;
  nextTrigger: number;
}

/** itoaDiv: val with dec digits after the decimal point. */
export function itoaDiv(val: number, dec: number): string {
  const s = String(Math.trunc(val)).padStart(dec + 1, '0');
  return dec === 0 ? s : `${s.slice(0, s.length - dec)}.${s.slice(s.length - dec)}`;
}

/** fmtNSAsMS: two significant digits, at most three decimals; whole ms from 10 ms. */
export function fmtNSAsMS(ns: number): string {
  ns = Math.max(0, Math.trunc(ns));
  if (ns >= 10e6) return itoaDiv(Math.trunc(ns / 1e6), 0);
  let x = Math.trunc(ns / 1e3);
  if (x === 0) return '0';
  let dec = 3;
  while (x >= 100) {
    x = Math.trunc(x / 10);
    dec--;
  }
  return itoaDiv(x, dec);
}

const mb = (b: number): number => Math.floor(b / 2 ** 20);

/**
 * The gctrace line of a cycle: `gc N @Ts P%: a+b+c ms clock, d+e/f/g+h ms cpu, H0->H1->H2 MB,
 * G MB goal, S MB stacks, X MB globals, K P [(forced)]`. `runtimeInitTime` is the time origin.
 */
export function formatGctrace(r: GcCycleRecord, runtimeInitTime = 0): string {
  const util = Math.trunc(r.gcCpuFraction * 100);
  const clock = [r.markTime - r.startTime, r.markTermTime - r.markTime, r.endTime - r.markTermTime].map(fmtNSAsMS).join('+');
  const c = r.cpu;
  const cpu = `${fmtNSAsMS(c.sweepTerm)}+${fmtNSAsMS(c.assist)}/${fmtNSAsMS(c.background)}/${fmtNSAsMS(c.idle)}+${fmtNSAsMS(c.markTerm)}`;
  const at = itoaDiv(Math.trunc((r.startTime - runtimeInitTime) / 1e6), 3);
  return (
    `gc ${r.n} @${at}s ${util}%: ${clock} ms clock, ${cpu} ms cpu, ` +
    `${mb(r.heapStart)}->${mb(r.heapEnd)}->${mb(r.heapMarked)} MB, ${mb(r.goal)} MB goal, ` +
    `${mb(r.stackScan)} MB stacks, ${mb(r.globalsScan)} MB globals, ${r.procs} P${r.forced ? ' (forced)' : ''}`
  );
}
