// Mirrors go1.23.5 src/runtime/mgclimit.go (gcCPULimiterState): a leaky bucket that fills with GC
// CPU time and drains with mutator time; when full, assists are turned off (mgcmark.go
// gcAssistAlloc) so the heap may overshoot its goal rather than let the GC take over 50% of the CPU.

/** capacityPerProc: 1 CPU-second of bucket per P. */
export const capacityPerProc = 1e9;

export class gcCPULimiterState {
  fill = 0;
  capacity: number;
  /** Cumulative GC CPU time that did not fit in the bucket (gc/limiter/last-enabled and overflow). */
  overflow = 0;
  enabled = false;
  /** memstats.numgc + 1 when the limiter last turned on (0: never). */
  lastEnabledCycle = 0;
  nprocs: number;

  constructor(nprocs: number) {
    this.nprocs = nprocs;
    this.capacity = nprocs * capacityPerProc;
  }

  limiting(): boolean {
    return this.enabled;
  }

  /** resetCapacity (GOMAXPROCS change). */
  resetCapacity(nprocs: number, numgc: number): void {
    this.nprocs = nprocs;
    this.capacity = nprocs * capacityPerProc;
    if (this.fill > this.capacity) {
      this.fill = this.capacity;
      this.enabled = true;
      this.lastEnabledCycle = numgc + 1;
    } else if (this.fill < this.capacity) {
      this.enabled = false;
    }
  }

  /**
   * updateLocked for a window: `totalTime` = wall ns × nprocs, `gcTime` = assists plus 25% of the
   * total while the GC is enabled (STW pauses count the whole window), `idleTime` = idle Ps and idle
   * mark workers, taken out of the total.
   */
  update(totalTime: number, gcTime: number, idleTime: number, numgc: number): void {
    this.accumulate(totalTime - idleTime - gcTime, gcTime, numgc);
  }

  accumulate(mutatorTime: number, gcTime: number, numgc: number): void {
    const headroom = this.capacity - this.fill;
    const enabled = headroom === 0;
    const change = gcTime - mutatorTime;
    if (change > 0 && headroom <= change) {
      this.overflow += change - headroom;
      this.fill = this.capacity;
      if (!enabled) {
        this.enabled = true;
        this.lastEnabledCycle = numgc + 1;
      }
      return;
    }
    if (change < 0 && this.fill <= -change) this.fill = 0;
    else this.fill -= -change;
    if (change !== 0 && enabled) this.enabled = false;
  }
}
