import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  defaultGlobalsScan,
  defaultNonHeap,
  defaultNonHeapMemory,
  defaultStackScan,
  gcControllerState,
  maxInt64,
  SIMPLIFICATIONS,
  type GcControllerConfig,
} from '@/lib/go/pacer';
import { fmtNSAsMS, formatGctrace, itoaDiv, type GcCycleRecord } from '@/lib/go/gctrace';

const MiB = 1 << 20;
const roots = defaultStackScan + defaultGlobalsScan; // 167208

/** A controller that has finished one cycle with `marked` bytes marked (heapLive = marked). */
function afterCycle(cfg: GcControllerConfig, marked: number, heapAlloc = marked): gcControllerState {
  const c = new gcControllerState(cfg);
  c.heapLive = marked;
  c.totalAlloc = heapAlloc;
  c.startCycle(0, { heapScanWork: marked });
  c.endCycle(marked, 1_000_000);
  return c;
}

describe('heap goal (commit + heapGoalInternal)', () => {
  it('GOGC goal: heapMarked + (heapMarked + stacks + globals) * GOGC / 100, integer math', () => {
    expect(roots).toBe(167208);
    expect(afterCycle({ gcPercent: 100 }, 16 * MiB).heapGoal()).toBe(16777216 + 16777216 + 167208);
    // 50%: floor((16777216 + 167208) / 2) = 8472212
    expect(afterCycle({ gcPercent: 50 }, 16 * MiB).heapGoal()).toBe(16777216 + 8472212);
    // 33%: floor(16944424 * 33 / 100) = 5591659 (5591659.92)
    expect(afterCycle({ gcPercent: 33 }, 16 * MiB).heapGoal()).toBe(16777216 + 5591659);
  });

  it('floor: heapMinimum = 4 MiB * GOGC / 100', () => {
    const c = afterCycle({ gcPercent: 100 }, 1 * MiB); // 1 MiB + 1 MiB + roots < 4 MiB
    expect(c.heapMinimum).toBe(4 * MiB);
    expect(c.heapGoal()).toBe(4 * MiB);
    expect(afterCycle({ gcPercent: 200 }, 1 * MiB).heapGoal()).toBe(8 * MiB);
    // The first cycle: nothing marked yet, the goal is heapMinimum.
    expect(new gcControllerState({ gcPercent: 100 }).heapGoal()).toBe(4 * MiB);
  });

  it('floor: sweepDistMinTrigger = heapLive at commit + 1 MiB (smalllive, GOGC=50)', () => {
    const marked = 1258291; // 1.2 MiB
    const c = afterCycle({ gcPercent: 50 }, marked);
    // gogc goal 1258291 + floor(1425499 / 2) = 1971040 < heapMinimum 2 MiB < marked + 1 MiB
    expect(c.heapMinimum).toBe(2 * MiB);
    expect(c.sweepDistMinTrigger).toBe(marked + MiB);
    expect(c.heapGoal()).toBe(marked + MiB);
  });

  it('minRunway: during a cycle the goal is at least triggered + 64 KiB', () => {
    const c = afterCycle({ gcPercent: 100 }, 16 * MiB);
    const goal = c.heapGoal();
    c.heapLive = goal - 10;
    c.startCycle(2_000_000);
    expect(c.heapGoal()).toBe(goal - 10 + 65536);
  });

  it('limit below the GOGC goal: goal = limit - nonHeap - 3% headroom, without sweep or runway floors', () => {
    const c = afterCycle({ gcPercent: 100, memoryLimit: 64 * MiB }, 40 * MiB);
    // 67108864 - 2726298 = 64382566; headroom floor(64382566/100)*3 = 1931475
    expect(defaultNonHeapMemory).toBe(2726298);
    expect(c.memoryLimitHeapGoal()).toBe(62451091);
    expect(c.heapGoal()).toBe(62451091);
    c.heapLive = 62451091 - 10;
    c.startCycle(2_000_000);
    expect(c.heapGoal()).toBe(62451091); // no minRunway in the memory-limit regime
  });

  it('the default non-heap grows by 0.3 MiB a P past the first; a configured one stays', () => {
    expect(new gcControllerState({ gomaxprocs: 1 }).nonHeapMemory).toBe(2726298);
    expect(new gcControllerState({ gomaxprocs: 2 }).nonHeapMemory).toBe(2726298 + 314573);
    expect(defaultNonHeap(4)).toBe(2726298 + 3 * 314573);
    expect(new gcControllerState({ gomaxprocs: 4, nonHeapMemory: 5 * MiB }).nonHeapMemory).toBe(5 * MiB);
    // The goal under a 64 MiB limit at GOMAXPROCS=2: 67108864 - 3040871 = 64067993, less 3% (1922037).
    const c = afterCycle({ gcPercent: 100, memoryLimit: 64 * MiB, gomaxprocs: 2 }, 40 * MiB);
    expect(c.memoryLimitHeapGoal()).toBe(62145956);
  });

  it('the default non-heap holds a 160-byte mspan for every 8 KiB page of the peak heap', () => {
    const c = new gcControllerState({ memoryLimit: 64 * MiB });
    c.update(10 * MiB + 100, 0);
    expect(c.nonHeapMemory).toBe(2726298 + 160 * 1280);
    c.update(-4 * MiB, 0); // mspans are never returned: the peak counts
    expect(c.nonHeapMemory).toBe(2726298 + 160 * 1280);
    expect(c.memoryLimitHeapGoal()).toBe(64 * MiB - c.nonHeapMemory - Math.floor((64 * MiB - c.nonHeapMemory) / 100) * 3);
    c.setGOMAXPROCS(2);
    expect(c.nonHeapMemory).toBe(defaultNonHeap(2, 10 * MiB + 100));
    const fixed = new gcControllerState({ nonHeapMemory: 3 * MiB });
    fixed.update(100 * MiB, 0);
    expect(fixed.nonHeapMemory).toBe(3 * MiB);
  });

  it('headroom has a 1 MiB minimum; overage over the limit lowers the goal', () => {
    const c = afterCycle({ gcPercent: 100, memoryLimit: 20 * MiB }, 10 * MiB);
    c.totalAlloc = 0;
    // 20971520 - 2726298 = 18245222; 3% = 547356 < 1 MiB
    expect(c.memoryLimitHeapGoal()).toBe(18245222 - MiB);
    c.totalAlloc = 19 * MiB; // mappedReady = 19922944 + 2726298 = 22649242: 1677722 B over the limit
    expect(c.memoryLimitHeapGoal()).toBe(20971520 - (2726298 + 1677722) - MiB);
  });

  it('goal - headroom < headroom: goal = headroom; never below heapMarked', () => {
    const limit = defaultNonHeapMemory + 1.5 * MiB;
    const c = afterCycle({ gcPercent: 100, memoryLimit: limit }, 0, 0);
    expect(c.memoryLimitHeapGoal()).toBe(MiB);
    const d = afterCycle({ gcPercent: 100, memoryLimit: limit }, 3 * MiB, 0);
    expect(d.memoryLimitHeapGoal()).toBe(3 * MiB);
  });

  it('nonHeap + overage >= limit: goal = heapMarked (back-to-back GCs)', () => {
    const c = afterCycle({ gcPercent: 100, memoryLimit: 2 * MiB }, 5 * MiB);
    expect(c.memoryLimitHeapGoal()).toBe(5 * MiB);
    expect(c.heapGoal()).toBe(5 * MiB);
    expect(c.trigger()).toBe(5 * MiB);
    expect(c.shouldStartGC(5 * MiB)).toBe(true);
  });

  it('GOGC=off with a limit: only the limit goal applies', () => {
    const c = afterCycle({ gcPercent: -1, memoryLimit: 64 * MiB }, 8 * MiB);
    expect(c.gcPercent).toBe(-1);
    expect(c.heapGoal()).toBe(c.memoryLimitHeapGoal());
    expect(c.heapGoal()).toBe(67108864 - 2726298 - 1931475);
    expect(c.shouldStartGC(8 * MiB)).toBe(false);
    expect(c.shouldStartGC(62 * MiB)).toBe(true);
  });

  it('GOGC=off without a limit: no heap-triggered GC at any size', () => {
    const c = new gcControllerState({ gcPercent: -1 });
    expect(c.memoryLimit).toBe(maxInt64);
    expect(c.shouldStartGC(2 ** 50)).toBe(false);
    expect(new gcControllerState({ gcPercent: -5, memoryLimit: Infinity }).shouldStartGC(2 ** 50)).toBe(false);
  });
});

describe('trigger', () => {
  it('with no cons/mark estimate yet, triggers at 61/64 of the way (maxTrigger)', () => {
    const c = afterCycle({ gcPercent: 100 }, 16 * MiB);
    c.consMark = 0;
    c.commit(false);
    const goal = c.heapGoal();
    expect(c.trigger()).toBe(16 * MiB + Math.floor((goal - 16 * MiB) / 64) * 61);
  });

  it('large runway: clamps to 45/64 of the way (minTrigger)', () => {
    const c = afterCycle({ gcPercent: 100 }, 16 * MiB);
    c.consMark = 10;
    c.commit(false);
    const goal = c.heapGoal();
    expect(c.trigger()).toBe(16 * MiB + Math.floor((goal - 16 * MiB) / 64) * 45);
  });

  it('runway in between: trigger = goal - runway, runway = consMark * 3 * (heapScan + stacks + globals)', () => {
    const c = afterCycle({ gcPercent: 100 }, 16 * MiB);
    c.consMark = 0.05;
    c.commit(false);
    expect(c.runway).toBe(Math.trunc(((0.05 * 0.75) / 0.25) * (c.lastHeapScan + c.lastStackScan + c.globalsScan)));
    expect(c.trigger()).toBe(c.heapGoal() - c.runway);
  });

  it('big heaps: maxTrigger is goal - 4 MiB when that is higher than 61/64', () => {
    const c = afterCycle({ gcPercent: 100 }, 200 * MiB);
    c.consMark = 0;
    c.commit(false);
    expect(c.trigger()).toBe(c.heapGoal() - 4 * MiB);
  });

  it('never starts a GC while one is running', () => {
    const c = afterCycle({ gcPercent: 100 }, 16 * MiB);
    c.heapLive = 100 * MiB;
    c.startCycle(0);
    expect(c.shouldStartGC()).toBe(false);
  });
});

describe('cycles', () => {
  it('endCycle resets heapLive to heapMarked and records gctrace fields', () => {
    const c = new gcControllerState({ gcPercent: 100 });
    c.heapLive = 3_900_000;
    const tMark = c.startCycle(5_000_000, { heapScanWork: 3_000_000 });
    expect(tMark).toBe(5_010_000);
    c.heapLive = 4_100_000;
    c.advanceMark(10_000_000);
    expect(c.markWorkRemaining()).toBe(0);
    const rec = c.endCycle(3_500_000, c.markDoneTime());
    expect(rec).toMatchObject({ n: 1, heapStart: 3_900_000, heapEnd: 4_100_000, heapMarked: 3_500_000, goal: 4 * MiB, forced: false, procs: 1 });
    expect(c.heapLive).toBe(3_500_000);
    expect(c.heapMarked).toBe(3_500_000);
    expect(rec.measuredConsMark).toBeGreaterThan(0);
    expect(c.consMark).toBe(rec.measuredConsMark);
    expect(rec.endTime).toBe(rec.markTermTime + 10_000);
  });

  it('cons/mark: with rates Ra (alloc) and Rs (mark) at GOMAXPROCS=1 the runtime formula measures Ra/Rs', () => {
    const c = new gcControllerState({ gcPercent: 100, markRate: 40 });
    c.heapLive = 4 * MiB;
    let now = c.startCycle(0, { heapScanWork: 4 * MiB });
    // The mutator allocates 1 B/ns of its CPU, i.e. 0.75 B per wall ns beside the 25% worker.
    while (c.markDoneTime() < 0) {
      now += 1024 / 0.75;
      c.heapLive += 1024;
      c.advanceMark(now);
    }
    const rec = c.endCycle(4 * MiB, c.markDoneTime());
    expect(rec.measuredConsMark!).toBeCloseTo(1 / 40, 2);
  });

  it('fractional and dedicated workers as startCycle computes them', () => {
    const util = (procs: number) => {
      const c = new gcControllerState({ gomaxprocs: procs });
      c.startCycle(0);
      return [c.dedicatedMarkWorkersNeeded, +c.fractionalUtilizationGoal.toFixed(4)];
    };
    expect(util(1)).toEqual([0, 0.25]);
    expect(util(2)).toEqual([0, 0.25]);
    expect(util(3)).toEqual([0, 0.25]);
    expect(util(4)).toEqual([1, 0]);
    expect(util(6)).toEqual([1, 0.0833]);
    expect(util(8)).toEqual([2, 0]);
  });

  it('assists: a mutator far past the goal pays scan work for its allocation', () => {
    const c = afterCycle({ gcPercent: 100, memoryLimit: 2 * MiB, markRate: 64 }, 16 * MiB);
    c.heapLive = 16 * MiB + 8192;
    const tMark = c.startCycle(0, { heapScanWork: 16 * MiB });
    // No background credit yet: the goroutine does gcOverAssistWork (64 KiB) itself at 64 B/ns.
    expect(c.gcAssistAlloc(1024, tMark)).toBe(65536 / 64);
    expect(c.assistTime).toBe(1024);
    expect(c.gcAssistBytes).toBeGreaterThan(0);
    // Later the background workers have built up credit: the next assist steals it and costs nothing.
    // (The fractional worker kept running beside the assist: all its work since tMark is credit.)
    c.gcAssistBytes = -1;
    c.advanceMark(tMark + 100_000);
    expect(c.bgScanCredit).toBe(100_000 * 0.25 * 64);
    expect(c.gcAssistAlloc(0, tMark + 100_000)).toBe(0);
    expect(c.bgScanCredit).toBe(100_000 * 0.25 * 64 - 65536);
  });

  it('idle Ps join the mark only once their thread wakes (idleWakeNs)', () => {
    // GOMAXPROCS=2, one goroutine: fractional goal 0.25 on each P, the other P idle.
    const work = (idleWakeNs: number | undefined, until: number) => {
      const c = afterCycle({ gcPercent: 100, gomaxprocs: 2, markRate: 1 }, 16 * MiB);
      const tMark = c.startCycle(0, { heapScanWork: 16 * MiB, mutatorPs: 1, idleWakeNs });
      c.advanceMark(tMark + until);
      return { done: c.bgScanCredit, idle: c.idleMarkTime, fractional: c.fractionalMarkTime };
    };
    // Before the wake: only the running P's fractional share (0.25 CPU), no idle worker.
    expect(work(100_000, 100_000)).toEqual({ done: 25_000, idle: 0, fractional: 25_000 });
    // After it: both Ps' fractional shares and the idle P's remaining 0.75.
    const later = work(100_000, 200_000);
    expect(later.idle).toBe(75_000);
    expect(later.fractional).toBe(25_000 + 50_000);
    expect(later.done).toBe(25_000 + 125_000);
    // Default: the idle P joins at once.
    expect(work(undefined, 100_000).done).toBe(125_000);
  });

  it('SetGCPercent commits a new goal at once', () => {
    const c = afterCycle({ gcPercent: 100 }, 16 * MiB);
    c.heapLive = 20 * MiB;
    expect(c.setGCPercent(200)).toBe(100);
    expect(c.heapGoal()).toBe(16 * MiB + 2 * (16 * MiB + roots));
    expect(c.setMemoryLimit(-1)).toBe(maxInt64);
  });

  it('goal >= heapMarked for any configuration', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1, max: 1000 }),
        fc.option(fc.integer({ min: 0, max: 2 ** 40 }), { nil: undefined }),
        fc.integer({ min: 0, max: 2 ** 36 }),
        fc.integer({ min: 0, max: 2 ** 36 }),
        (gcPercent, memoryLimit, marked, heapAlloc) => {
          const c = afterCycle({ gcPercent, memoryLimit }, marked, heapAlloc);
          expect(c.heapGoal()).toBeGreaterThanOrEqual(marked);
          expect(c.memoryLimitHeapGoal()).toBeGreaterThanOrEqual(marked);
          const t = c.trigger();
          expect(t).toBeGreaterThanOrEqual(Math.min(marked, c.heapGoal()));
          expect(t).toBeLessThanOrEqual(c.heapGoal());
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('gctrace', () => {
  it('formats times like itoaDiv/fmtNSAsMS', () => {
    expect(itoaDiv(5, 3)).toBe('0.005');
    expect(itoaDiv(1234, 3)).toBe('1.234');
    expect(fmtNSAsMS(999)).toBe('0');
    expect(fmtNSAsMS(15_000)).toBe('0.015');
    expect(fmtNSAsMS(290_000)).toBe('0.29');
    expect(fmtNSAsMS(1_234_567)).toBe('1.2');
    expect(fmtNSAsMS(12_345_678)).toBe('12');
  });

  it('prints a record as the runtime prints the line', () => {
    const rec: GcCycleRecord = {
      n: 4, startTime: 4_200_000, markTime: 4_203_000, markTermTime: 4_493_000, endTime: 4_494_000,
      heapStart: 33 * MiB + 5, heapEnd: 34 * MiB - 1, heapMarked: 17 * MiB, goal: 33 * MiB + 999, trigger: 0, triggered: 0,
      forced: false, procs: 1, stackScan: 13528, globalsScan: 153680,
      cpu: { sweepTerm: 3000, assist: 220_000, background: 0, idle: 0, markTerm: 1000 },
      gcCpuFraction: 0.1899, consMark: 0, measuredConsMark: null, runway: 0, nextGoal: 0, nextTrigger: 0,
    };
    expect(formatGctrace(rec)).toBe(
      'gc 4 @0.004s 18%: 0.003+0.29+0.001 ms clock, 0.003+0.22/0/0+0.001 ms cpu, 33->33->17 MB, 33 MB goal, 0 MB stacks, 0 MB globals, 1 P',
    );
    expect(formatGctrace({ ...rec, forced: true })).toMatch(/ 1 P \(forced\)$/);
  });

  it('lists its simplifications', () => {
    expect(SIMPLIFICATIONS.length).toBeGreaterThan(5);
  });
});
