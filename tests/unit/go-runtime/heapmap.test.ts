import { describe, expect, it } from 'vitest';
import { buildHeapMap } from '@/lib/go/heapmap';
import { class_to_nelems, makeSpanClass } from '@/lib/go/mcache';
import { class_to_size, pageSize } from '@/lib/go/sizeclasses';
import { runProgram } from '@/lib/runtime/run';

const sum = (t: Record<string, number>) => Object.values(t).reduce((a, b) => a + b, 0);

describe('the Go heap as a memory map', () => {
  it('lays out a span of one size class: objects, rounding to the class, free slots and the tail', () => {
    const spc = makeSpanClass(5, false); // 48 B
    const base = 1 << 20;
    const cacheBase = new Float64Array(136);
    const cacheAllocCount = new Int32Array(136);
    cacheBase[spc] = base;
    cacheAllocCount[spc] = 3;
    const map = buildHeapMap({ spanLog: [base, 1, spc], cacheBase, cacheAllocCount, objects: [{ addr: base, size: 40, slotBytes: 48 }, { addr: base + 96, size: 48, slotBytes: 48 }] });
    const row = map.rows[0];
    expect(row.capacity).toBe(pageSize);
    expect(row.blocks.map((b) => [b.start, b.end, b.state])).toEqual([
      [0, 40, 'live'],
      [40, 48, 'rounding'],
      [48, 96, 'free'], // slot 1 was handed out and freed by a GC
      [96, 144, 'live'],
      [144, class_to_nelems[5] * 48, 'free'], // not handed out yet
      [class_to_nelems[5] * 48, pageSize, 'waste'],
    ]);
    expect(class_to_size[5]).toBe(48);
    expect(sum(map.totals)).toBe(pageSize);
  });

  it('maps a real run: every span byte is accounted for, and the live bytes are the objects not yet swept', () => {
    const src = `package main

import "fmt"

type node struct {
	next *node
	val  [5]int
}

func main() {
	var head *node
	for i := 0; i < 1000; i++ {
		head = &node{next: head}
		if i%3 == 0 {
			_ = make([]byte, 100)
		}
	}
	big := make([]byte, 100000) // over 64 KiB: on the heap even though it does not escape
	fmt.Println(len(big), head != nil)
}
`;
    const r = runProgram('go', src, { heapMap: true });
    expect(r.exitCode).toBe(0);
    const map = r.heapMap!;
    expect(map.spans).toBeGreaterThan(5);
    const spanBytes = map.rows.reduce((t, row) => t + row.capacity, 0);
    expect(sum(map.totals)).toBe(spanBytes);
    // 48-byte nodes: a class-5 span with pointers holds 170 of them; 1000 nodes fill 6 spans.
    const nodeSpans = map.rows.filter((row) => row.label.includes('class 5 (48 B)') && !row.label.includes('no pointers'));
    expect(nodeSpans).toHaveLength(Math.ceil(1000 / class_to_nelems[5]));
    expect(map.rows.some((row) => row.label.startsWith('span') && row.label.includes('large object'))).toBe(true);
    for (const row of map.rows) for (let i = 1; i < row.blocks.length; i++) expect(row.blocks[i].start).toBe(row.blocks[i - 1].end);
  });

  it('is left out unless asked for', () => {
    expect(runProgram('go', 'package main\nfunc main() {}\n').heapMap).toBeUndefined();
  });
});
