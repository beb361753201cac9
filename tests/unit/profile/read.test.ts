// Real profiles (scripts/calibrate/profiles.sh) read back with the figures the real tools print:
// `go tool pprof -top` for every sample type of Go heap and allocs profiles (every allocation
// recorded, and the default 512 KiB sampling), DHAT's own summary, and ms_print's snapshot table.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readProfile } from '@/lib/profile/read';
import { top, totals } from '@/lib/profile/model';

const DIR = join(__dirname, '..', '..', 'fixtures', 'profiles');
const file = (n: string) => new Uint8Array(readFileSync(join(DIR, n)));
const text = (n: string) => readFileSync(join(DIR, n), 'utf8');
const num = (s: string) => Number(s.replace(/[B,]/g, ''));

/** `pprof -top` as printed: the total, then rows of flat and cum per function ("(inline)" rows merged). */
function pprofTop(t: string) {
  const total = num(/of (\S+) total/.exec(t)![1]);
  const rows = new Map<string, { flat: number; cum: number }>();
  for (const line of t.split('\n')) {
    const m = /^\s*(\S+)\s+\S+%\s+\S+%\s+(\S+)\s+\S+%\s+(.+)$/.exec(line);
    if (!m) continue;
    const name = m[3].replace(/ \(inline\)$/, '');
    const r = rows.get(name) ?? { flat: 0, cum: 0 };
    r.flat += num(m[1]);
    r.cum = Math.max(r.cum, num(m[2]));
    rows.set(name, r);
  }
  return { total, rows };
}

describe('Go pprof profiles, as go tool pprof -top reads them', () => {
  for (const kind of ['heap', 'allocs']) {
    for (const rate of [1, 524288]) {
      const name = `go-${kind}-rate${rate}`;
      it(`${name}: every sample type's total and every function's flat and cum`, () => {
        const { profile } = readProfile(file(`${name}.pb.gz`));
        expect(profile.format).toBe('pprof');
        expect(profile.sampleTypes.map((s) => s.type)).toEqual(['alloc_objects', 'alloc_space', 'inuse_objects', 'inuse_space']);
        expect(profile.meta.period).toBe(rate);
        const t = totals(profile);
        for (const [i, idx] of ['alloc_objects', 'alloc_space', 'inuse_objects', 'inuse_space'].entries()) {
          const want = pprofTop(text(`${name}.${idx}.top.txt`));
          expect([t.allocObjects, t.allocBytes, t.inuseObjects, t.inuseBytes][i], idx).toBe(want.total);
          const mine = new Map(top(profile, i).map((r) => [r.function, r]));
          expect(want.rows.size).toBeGreaterThan(2);
          for (const [fn, r] of want.rows) {
            expect(mine.get(fn)?.flat, `${idx} flat ${fn}`).toBe(r.flat);
            expect(mine.get(fn)?.cum, `${idx} cum ${fn}`).toBe(r.cum);
          }
        }
      });
    }
  }

  it('names the program’s own lines: makeBuffers allocates on the line of its make', () => {
    const { profile } = readProfile(file('go-allocs-rate1.pb.gz'));
    const row = top(profile, 1).find((r) => r.function === 'main.makeBuffers')!;
    expect(row.file).toMatch(/profiles\/main\.go$/);
    const src = readFileSync(join(__dirname, '..', '..', '..', 'scripts', 'calibrate', 'go', 'profiles', 'main.go'), 'utf8').split('\n');
    expect(src[row.line - 1]).toContain('make([]byte, size)');
  });
});

describe('DHAT (valgrind 3.19) and massif', () => {
  it('DHAT: totals at the end, at the global peak and overall, as DHAT printed them', () => {
    const { profile } = readProfile(file('rust.dhat.json'));
    const summary = text('rust.dhat.stderr.txt');
    const pair = (label: string) => {
      const m = new RegExp(`${label}\\s+([\\d,]+) bytes in ([\\d,]+) blocks`).exec(summary)!;
      return [num(m[1]), num(m[2])];
    };
    const sum = (i: number) => profile.samples.reduce((t, s) => t + s.values[i], 0);
    expect([sum(1), sum(0)]).toEqual(pair('Total:'));
    expect([sum(5), sum(4)]).toEqual(pair('At t-gmax:'));
    expect([sum(3), sum(2)]).toEqual(pair('At t-end:'));
    expect(totals(profile)).toEqual({ allocObjects: pair('Total:')[1], allocBytes: pair('Total:')[0], inuseObjects: pair('At t-end:')[1], inuseBytes: pair('At t-end:')[0] });
    // The program's own functions are there, with their files and lines.
    const grow = top(profile, 1).find((r) => r.function.includes('grow_vec'));
    expect(grow?.cum).toBeGreaterThan(0);
  });

  it('massif: every snapshot of ms_print’s table, and the peak it marks', () => {
    const { profile, massif } = readProfile(file('rust.massif.out'));
    const table = text('rust.massif.ms_print.txt')
      .split('\n')
      .map((l) => /^\s+(\d+)\s+([\d,]+)\s+([\d,]+)\s+([\d,]+)\s+([\d,]+)\s+([\d,]+)\s*$/.exec(l))
      .filter((m): m is RegExpExecArray => !!m)
      .map((m) => m.slice(1).map(num));
    expect(table.length).toBe(massif!.snapshots.length);
    for (const [n, time, total, useful, extra, stacks] of table) {
      const s = massif!.snapshots[n];
      expect([s.time, s.heapBytes + s.extraBytes + s.stacksBytes, s.heapBytes, s.extraBytes, s.stacksBytes]).toEqual([time, total, useful, extra, stacks]);
    }
    const peakLine = /Detailed snapshots: \[.*?(\d+) \(peak\)/.exec(text('rust.massif.ms_print.txt'))!;
    expect(massif!.snapshots[massif!.peak].n).toBe(Number(peakLine[1]));
    expect(totals(profile).inuseBytes).toBe(massif!.snapshots[massif!.peak].heapBytes);
  });
});

describe('writing profile.proto', () => {
  it('round-trips a real profile: same sample types, totals and top', async () => {
    const { encodePprof, readPprof } = await import('@/lib/profile/pprof');
    const { profile } = readProfile(file('go-allocs-rate1.pb.gz'));
    const again = readPprof(encodePprof(profile, { period: 1 }));
    expect(again.sampleTypes).toEqual(profile.sampleTypes);
    expect(totals(again)).toEqual(totals(profile));
    for (let i = 0; i < 4; i++) expect(top(again, i)).toEqual(top(profile, i));
  });
});
