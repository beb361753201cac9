import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mheap, plainHeapLive } from '@/lib/go/mheap';
import { class_to_nelems, makeSpanClass, tinySpanClass } from '@/lib/go/mcache';
import { class_to_allocnpages, class_to_size } from '@/lib/go/sizeclasses';
import { roundupsize } from '@/lib/go/msize';

const alloc = (h: mheap, size: number, noscan: boolean, p = 0) => ({ ...h.mallocgc(size, noscan, p) });

describe('mallocgc: size classes and large objects', () => {
  it('charges the size-class slot, with the malloc header for pointerful objects > 512 B', () => {
    const h = new mheap();
    expect(alloc(h, 8, false)).toMatchObject({ objBytes: 8, sizeclass: 1, tiny: false, large: false });
    expect(alloc(h, 17, false)).toMatchObject({ objBytes: 24, sizeclass: 3 });
    expect(alloc(h, 1024, true)).toMatchObject({ objBytes: 1024, sizeclass: 32 });
    // 1024 B pointerful + 8 B header = 1032 -> class 33 (1152); the object starts after the header.
    const p = alloc(h, 1024, false);
    expect(p).toMatchObject({ objBytes: 1152, sizeclass: 33 });
    expect(p.addr % 8).toBe(0);
    expect(alloc(h, 512, false)).toMatchObject({ objBytes: 512, sizeclass: 26 }); // bitmap in span, no header
    expect(alloc(h, 32760, false)).toMatchObject({ objBytes: 32768, sizeclass: 67, large: false });
  });

  it('agrees with roundupsize for every non-tiny small size', () => {
    const h = new mheap();
    for (let size = 16; size <= 32760; size += 7) {
      for (const noscan of [true, false]) {
        const r = h.mallocgc(size, noscan);
        const header = !noscan && size > 512 ? 8 : 0;
        expect(r.objBytes - header).toBe(roundupsize(size, noscan));
      }
    }
  });

  it('rounds large objects to whole pages and counts them in heapLive exactly', () => {
    const h = new mheap();
    const r = alloc(h, 40000, true);
    expect(r).toMatchObject({ objBytes: 40960, sizeclass: 0, large: true, shouldhelpgc: true });
    expect(h.gcController.heapLive).toBe(40960);
    // 32761..32768 are large (> maxSmallSize - mallocHeaderSize) and take 4 pages.
    expect(alloc(h, 32761, false)).toMatchObject({ objBytes: 32768, large: true });
    expect(h.gcController.heapLive).toBe(40960 + 32768);
  });

  it('returns zerobase for size 0 and counts nothing', () => {
    const h = new mheap();
    expect(alloc(h, 0, false)).toMatchObject({ addr: 0, objBytes: 0 });
    expect(h.readMemStats()).toMatchObject({ Mallocs: 0, TotalAlloc: 0 });
    expect(() => h.mallocgc(-1, true)).toThrow(RangeError);
    expect(() => h.mallocgc(1.5, true)).toThrow(RangeError);
    expect(() => h.mallocgc(8, true, 1)).toThrow(RangeError);
  });

  it('gives distinct addresses to live objects', () => {
    const h = new mheap();
    const seen = new Set<number>();
    for (let i = 0; i < 3000; i++) seen.add(h.mallocgc([8, 24, 48, 1024, 40000][i % 5], false).addr);
    expect(seen.size).toBe(3000);
  });
});

describe('heapLive at span granularity', () => {
  it('adds a whole span at refill (tail waste included), nothing until the span is full', () => {
    const h = new mheap();
    const first = alloc(h, 24, true);
    expect(first.shouldhelpgc).toBe(true); // refill of the empty span
    expect(h.gcController.heapLive).toBe(8192); // 341 × 24 B + 8 B tail
    for (let i = 1; i < 341; i++) expect(h.mallocgc(24, true).shouldhelpgc).toBe(false);
    expect(h.gcController.heapLive).toBe(8192);
    expect(h.mallocgc(24, true).shouldhelpgc).toBe(true);
    expect(h.gcController.heapLive).toBe(16384);
  });

  it('uses class_to_allocnpages spans (class 35: 1408 B, 2 pages, 11 objects)', () => {
    const h = new mheap();
    expect(class_to_nelems[35]).toBe(11);
    alloc(h, 1400, true);
    expect(h.gcController.heapLive).toBe(16384);
  });

  it('keeps scan and noscan objects in separate spans, and each P its own mcache', () => {
    const h = new mheap(2);
    h.mallocgc(64, true);
    h.mallocgc(64, false);
    h.mallocgc(64, true, 1);
    expect(h.gcController.heapLive).toBe(3 * 8192);
    expect(makeSpanClass(2, true)).toBe(tinySpanClass);
  });

  it('ReadMemStats flushes the mcaches: unused slots leave heapLive', () => {
    const h = new mheap();
    h.mallocgc(8, false);
    h.mallocgc(8, false);
    expect(h.gcController.heapLive).toBe(8192);
    const ms = h.readMemStats();
    expect(h.gcController.heapLive).toBe(16);
    expect(ms).toMatchObject({ Mallocs: 2, TotalAlloc: 16, HeapAlloc: 16, Frees: 0 });
    // The next allocation refills again.
    expect(h.mallocgc(8, false).shouldhelpgc).toBe(true);
    expect(h.gcController.heapLive).toBe(16 + 8192);
  });

  it('mark termination flushes stale spans without undoing heapLive', () => {
    const h = new mheap();
    h.mallocgc(8, false);
    h.gcStart();
    h.mallocgc(8, false);
    expect(h.bytesMarkedBlack).toBe(8);
    h.gcController.heapLive = 8; // resetLive(heapMarked)
    h.gcMarkTermination();
    expect(h.gcController.heapLive).toBe(8);
    expect(h.gcBlackenEnabled).toBe(false);
    expect(h.readMemStats(false)).toMatchObject({ Mallocs: 2, TotalAlloc: 16 });
  });
});

describe('tiny allocator', () => {
  it('packs noscan objects < 16 B into 16-byte blocks; Mallocs counts each object, TotalAlloc each block', () => {
    const h = new mheap();
    const first = alloc(h, 1, true);
    expect(first).toMatchObject({ tiny: true, objBytes: 16, sizeclass: 2 });
    for (let i = 1; i < 16; i++) {
      const r = alloc(h, 1, true);
      expect(r).toMatchObject({ tiny: true, objBytes: 0, tinyBlock: first.tinyBlock, addr: first.addr + i });
    }
    const next = alloc(h, 1, true);
    expect(next.tinyBlock).not.toBe(first.tinyBlock);
    const ms = h.readMemStats();
    expect(ms.Mallocs).toBe(17);
    expect(ms.TotalAlloc).toBe(32);
    // mstats.go counts the 15 objects placed in an existing block as freed at once.
    expect(ms.Frees).toBe(15);
    expect(ms.HeapObjects).toBe(2);
  });

  it('aligns the offset by size: 8 if size%8==0, 4 if size%4==0, 2 if even', () => {
    const h = new mheap();
    const a = alloc(h, 1, true);
    const b = alloc(h, 8, true); // off 1 -> 8
    expect(b.addr - a.tinyBlock).toBe(8);
    const c = alloc(h, 4, true); // off 16: does not fit -> new block (4 < 16: it becomes the tiny block)
    expect(c.objBytes).toBe(16);
    const d = alloc(h, 12, true); // 12%4==0: off 4 -> 16, fits
    expect(d).toMatchObject({ tinyBlock: c.tinyBlock, addr: c.tinyBlock + 4, objBytes: 0 });
    const e = alloc(h, 2, true);
    expect(e.objBytes).toBe(16); // full block
    const f = alloc(h, 3, true); // odd: no alignment, off 2
    expect(f.addr - e.tinyBlock).toBe(2);
  });

  it('keeps the old block when the new one would have less room left', () => {
    const h = new mheap();
    const a = alloc(h, 4, true); // tinyoffset 4
    const b = alloc(h, 14, true); // 4+14 > 16: new block, but 14 < 4 is false: keep the old block
    expect(b.objBytes).toBe(16);
    expect(b.tinyBlock).not.toBe(a.tinyBlock);
    const c = alloc(h, 4, true);
    expect(c).toMatchObject({ tinyBlock: a.tinyBlock, addr: a.tinyBlock + 4, objBytes: 0 });
  });

  it('pointerful and >= 16 B objects bypass it; ReadMemStats drops the current block', () => {
    const h = new mheap();
    expect(alloc(h, 8, false).tiny).toBe(false);
    expect(alloc(h, 16, true)).toMatchObject({ tiny: false, sizeclass: 2 });
    const a = alloc(h, 1, true);
    h.readMemStats();
    expect(alloc(h, 1, true).tinyBlock).not.toBe(a.tinyBlock);
  });
});

describe('sweep frees', () => {
  it('updates Frees and HeapAlloc with class bytes; rejects more frees than allocations', () => {
    const h = new mheap();
    h.mallocgc(100, true); // class 9: 112 B
    h.mallocgc(40000, true);
    h.free(9);
    h.free(0, 40960);
    expect(h.readMemStats()).toMatchObject({ Mallocs: 2, Frees: 2, TotalAlloc: 112 + 40960, HeapAlloc: 0 });
    expect(() => h.free(9)).toThrow(RangeError);
    expect(() => h.free(0, 8192)).toThrow(RangeError);
    expect(() => h.free(0, 100)).toThrow(RangeError);
  });
});

describe('properties', () => {
  type Op = { kind: 'alloc'; size: number; noscan: boolean; p: number } | { kind: 'free'; i: number } | { kind: 'read' } | { kind: 'gc' };
  const op: fc.Arbitrary<Op> = fc.oneof(
    { weight: 8, arbitrary: fc.record({ kind: fc.constant('alloc' as const), size: fc.oneof(fc.integer({ min: 0, max: 64 }), fc.integer({ min: 0, max: 70000 })), noscan: fc.boolean(), p: fc.integer({ min: 0, max: 1 }) }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('free' as const), i: fc.nat() }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'read' as const }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'gc' as const }) },
  );

  it('heapLive >= 0, HeapAlloc <= TotalAlloc, Frees <= Mallocs, and the counters match a reference model', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 300 }), (ops) => {
        const h = new mheap(2, new plainHeapLive());
        const live: { sizeclass: number; bytes: number }[] = [];
        let mallocs = 0;
        let total = 0;
        let freedBytes = 0;
        let frees = 0;
        for (const o of ops) {
          if (o.kind === 'alloc') {
            const r = h.mallocgc(o.size, o.noscan, o.p);
            if (o.size > 0) mallocs++;
            total += r.objBytes;
            if (r.objBytes > 0) live.push({ sizeclass: r.sizeclass, bytes: r.objBytes });
            else if (r.tiny) frees++; // tiny objects in an existing block count as freed at once
          } else if (o.kind === 'free') {
            if (live.length === 0) continue;
            const [x] = live.splice(o.i % live.length, 1);
            h.free(x.sizeclass, x.bytes);
            freedBytes += x.bytes;
            frees++;
          } else if (o.kind === 'read') {
            h.readMemStats();
          } else {
            h.gcStart();
            h.gcController.heapLive = live.reduce((s, x) => s + x.bytes, 0);
            h.gcMarkTermination();
          }
          expect(h.gcController.heapLive).toBeGreaterThanOrEqual(0);
          const ms = h.readMemStats(false);
          expect(ms.HeapAlloc).toBeLessThanOrEqual(ms.TotalAlloc);
          expect(ms.Frees).toBeLessThanOrEqual(ms.Mallocs);
          expect(ms).toMatchObject({ Mallocs: mallocs, TotalAlloc: total, Frees: frees, HeapAlloc: total - freedBytes });
        }
        // After a flush the controller's internal totalAlloc agrees with the consistent stats.
        const ms = h.readMemStats();
        expect(h.gcController.totalAlloc).toBe(ms.TotalAlloc);
        expect(h.gcController.totalAlloc - h.gcController.totalFree).toBe(ms.HeapAlloc);
      }),
      { numRuns: 150 },
    );
  });

  it('after a flush, heapLive = allocated slot bytes + tail waste of every span cached', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 40000 }), fc.boolean()), { maxLength: 300 }), (reqs) => {
        const h = new mheap();
        let bytes = 0;
        const perSpanClass = new Map<number, number>();
        for (const [size, noscan] of reqs) {
          const r = h.mallocgc(size, noscan);
          bytes += r.objBytes;
          if (r.objBytes > 0 && !r.large) {
            const spc = makeSpanClass(r.sizeclass, noscan);
            perSpanClass.set(spc, (perSpanClass.get(spc) ?? 0) + 1);
          }
        }
        expect(h.gcController.heapLive).toBeGreaterThanOrEqual(bytes);
        h.readMemStats();
        let tails = 0;
        for (const [spc, count] of perSpanClass) {
          const c = spc >> 1;
          const spans = Math.ceil(count / class_to_nelems[c]);
          tails += spans * (class_to_allocnpages[c] * 8192 - class_to_nelems[c] * class_to_size[c]);
        }
        expect(h.gcController.heapLive).toBe(bytes + tails);
      }),
      { numRuns: 100 },
    );
  });
});
