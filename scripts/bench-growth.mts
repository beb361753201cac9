// Times the slice-growth model behind the lab (the widget recomputes on every slider step).
import { simulateGrowth, type GrowthSpec } from '../lib/growth/simulate';

const cases: [string, GrowthSpec][] = [
  ['go []int append, n=1e6', { lang: 'go', elemSize: 8, hasPointers: false, n: 1e6, strategy: 'append' }],
  ['go []*int batch 3, n=1e6', { lang: 'go', elemSize: 8, hasPointers: true, n: 1e6, strategy: 'batch', chunk: 3 }],
  ['rust u64 push, n=1e6', { lang: 'rust', elemSize: 8, hasPointers: false, n: 1e6, strategy: 'append' }],
  ['rust u64 reserve_exact(1), n=1e6', { lang: 'rust', elemSize: 8, hasPointers: false, n: 1e6, strategy: 'reserveExact', chunk: 1 }],
  ['rust u8 push + shrink_to_fit, n=1e8', { lang: 'rust', elemSize: 1, hasPointers: false, n: 1e8, strategy: 'shrinkToFit' }],
];

console.log('\nSlice-growth model (median of 9 runs)');
for (const [name, spec] of cases) {
  const times: number[] = [];
  for (let i = 0; i < 9; i++) {
    const t0 = performance.now();
    simulateGrowth(spec);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(`${name.padEnd(40)} ${times[4].toFixed(2).padStart(8)} ms`);
}
