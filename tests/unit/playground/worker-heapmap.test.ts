// The run worker's "heapMap" request: a Go program runs again and the answer is its heap's spans.
import { describe, expect, it } from 'vitest';
import { checkGo } from '@/lib/go/interp';
import { checkRust } from '@/lib/rust/interp';
import { DEFAULT_SETTINGS } from '@/lib/playground/settings';
import { handleRequest, type Engine } from '@/lib/playground/worker-core';
import { runProgram } from '@/lib/runtime/run';

const engine: Engine = { run: (lang, src, opts) => runProgram(lang, src, opts), check: (lang, src) => (lang === 'go' ? checkGo(src) : checkRust(src)) };
const GO = 'package main\n\nvar keep [][]byte\n\nfunc main() {\n\tfor i := 0; i < 10; i++ {\n\t\tkeep = append(keep, make([]byte, 100))\n\t}\n}\n';

describe("the worker's memory-map request", () => {
  it('answers a Go run with its spans: ten 100-byte buffers in 112-byte slots', () => {
    const { res } = handleRequest({ id: 5, type: 'heapMap', lang: 'go', source: GO, settings: DEFAULT_SETTINGS }, engine);
    if (res.type !== 'heapMap') throw new Error(`unexpected ${res.type}`);
    const span = res.map.rows.find((r) => r.label.includes('(112 B), no pointers'));
    expect(span).toBeDefined();
    const live = span!.blocks.filter((b) => b.state === 'live');
    expect(live.reduce((t, b) => t + b.count, 0)).toBe(10);
    expect(live.reduce((t, b) => t + b.end - b.start, 0)).toBe(1000);
    expect(span!.blocks.filter((b) => b.state === 'rounding').reduce((t, b) => t + b.end - b.start, 0)).toBe(120);
  });

  it('says why a Rust run has no memory map', () => {
    const { res } = handleRequest({ id: 6, type: 'heapMap', lang: 'rust', source: 'fn main() {}\n', settings: DEFAULT_SETTINGS }, engine);
    expect(res.type).toBe('error');
    if (res.type === 'error') expect(res.message).toMatch(/size-class spans/);
  });
});
