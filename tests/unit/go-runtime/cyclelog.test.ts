import { describe, expect, it } from 'vitest';
import { Col, CycleLog } from '@/lib/go/cyclelog';

function write(log: CycleLog, n: number) {
  const o = log.add();
  log.rows[o + Col.n] = n;
  log.rows[o + Col.heapMarked] = n * 1000;
  log.rows[o + Col.forced] = n % 2;
  log.rows[o + Col.measuredConsMark] = n % 3 === 0 ? NaN : n / 10;
}

describe('CycleLog', () => {
  it('keeps every row as it grows', () => {
    {
      const log = new CycleLog();
      for (let n = 1; n <= 2000; n++) write(log, n);
      expect(log.length).toBe(2000);
      for (const i of [0, 1, 63, 64, 511, 512, 513, 1999]) {
        expect(log.at(i, Col.n)).toBe(i + 1);
        const r = log.get(i);
        expect(r.heapMarked).toBe((i + 1) * 1000);
        expect(r.forced).toBe((i + 1) % 2 === 1);
        expect(r.measuredConsMark).toBe((i + 1) % 3 === 0 ? null : (i + 1) / 10);
      }
      expect(log.toArray().map((r) => r.n)).toEqual(Array.from({ length: 2000 }, (_, i) => i + 1));
    }
  });

  it('clear starts again from the first row, and get refuses rows past the end', () => {
    const log = new CycleLog();
    write(log, 5);
    log.clear();
    write(log, 7);
    expect(log.length).toBe(1);
    expect(log.get(0).n).toBe(7);
    expect(() => log.get(1)).toThrow(RangeError);
  });
});
