// lib/rust/bump.ts against bumpalo 3.12.0's source (src/lib.rs): constants, chunk sizes, downward
// bumping with alignment, reset and drop. The interpreter programs using Bump are checked against
// real runs in corpus.test.ts and differential.test.ts.
import { describe, expect, it } from 'vitest';
import { BumpModel, DEFAULT_CHUNK_SIZE_WITHOUT_FOOTER, FOOTER_SIZE, OVERHEAD, type BumpEvent } from '@/lib/rust/bump';
import { main, run } from './helpers';

function logged(capacity = 0) {
  const log: string[] = [];
  const b = new BumpModel(capacity, (e: BumpEvent) => log.push(`${e.kind === 'alloc' ? 'a' : 'd'}${e.size}`));
  return { b, log };
}

describe('bumpalo 3.12.0 model', () => {
  it('constants: footer 48, overhead 64, first chunk 448 usable bytes', () => {
    expect(FOOTER_SIZE).toBe(48);
    expect(OVERHEAD).toBe(64); // (16 + 48 + 15) & !15
    expect(DEFAULT_CHUNK_SIZE_WITHOUT_FOOTER).toBe(448); // 512 - 64
  });
  it('Bump::new allocates nothing; chunks double, then round to pages', () => {
    const { b, log } = logged();
    expect(log).toEqual([]);
    expect(b.allocatedBytes()).toBe(0);
    for (let i = 0; i < 3000; i++) b.allocLayout(8, 8);
    // 448+48, 960+48, 1984+48, 4032+48 (powers of two with OVERHEAD), then 8128+48 (page strategy)…
    expect(log).toEqual(['a496', 'a1008', 'a2032', 'a4080', 'a8176', 'a16368']);
    expect(b.allocatedBytes()).toBe(448 + 960 + 1984 + 4032 + 8128 + 16320);
  });
  it('bumps downward and rounds down to the alignment', () => {
    const { b } = logged();
    expect(b.allocLayout(1, 1)).toBe(447);
    expect(b.allocLayout(8, 8)).toBe(432); // 447 - 8 = 439 → 432
    expect(b.allocLayout(3, 4)).toBe(428);
  });
  it('a request larger than the doubled chunk gets a chunk big enough for it', () => {
    const { b, log } = logged();
    b.allocLayout(1, 1);
    b.allocLayout(5000, 1);
    expect(log).toEqual(['a496', `a${Math.ceil((5008 + 64) / 4096) * 4096 - 64 + 48}`]);
  });
  it('with_capacity rounds like a first chunk; reset keeps only the newest chunk (3.12.0 counts its footer)', () => {
    const { b, log } = logged(5000);
    expect(log).toEqual(['a8176']);
    expect(b.allocatedBytes()).toBe(8128);
    for (let i = 0; i < 2000; i++) b.allocLayout(8, 8);
    expect(log).toEqual(['a8176', 'a16368']);
    b.reset();
    expect(log).toEqual(['a8176', 'a16368', 'd8176']);
    expect(b.allocatedBytes()).toBe(16368);
    b.drop();
    expect(log).toEqual(['a8176', 'a16368', 'd8176', 'd16368']);
  });
  it('in the interpreter: values moved into the arena are never dropped', () => {
    const r = run(main('    let bump = Bump::new();\n    let s = bump.alloc(String::from("leak"));\n    s.push_str("ed");\n    println!("{} {}", s, bump.allocated_bytes());', 'use bumpalo::Bump;'));
    expect(r.stdout).toBe('leaked 448\n');
    expect(r.stats.frees).toBe(1); // the chunk; the String's buffer leaks
  });
});
