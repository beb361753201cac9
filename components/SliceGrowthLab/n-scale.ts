// The element-count slider moves along a stepped, roughly logarithmic scale: 1, 1.2, 1.5, 2, 2.5, 3, 4, 5,
// 6, 8 per decade. A value typed into the number box that is not a step sits at the step below it.

const MANTISSAS = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8];

export const N_STEPS: readonly number[] = (() => {
  const out: number[] = [];
  for (let p = 1; p < 1_000_000; p *= 10) for (const m of MANTISSAS) if (m * p >= 1) out.push(Math.round(m * p));
  out.push(1_000_000);
  return [...new Set(out)];
})();

/** Slider position for a value: the last step not above it (0 for values below 1). */
export function stepIndexFor(n: number): number {
  let i = 0;
  while (i + 1 < N_STEPS.length && N_STEPS[i + 1] <= n) i++;
  return i;
}
