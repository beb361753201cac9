// Layer: one line per series (solid arena, dashed general-purpose, dotted live), with point markers
// in three shapes so the series differ without colour.
import { line, symbol, symbolCircle, symbolSquare, symbolTriangle, type Selection } from 'd3';
import type { ArenaStep } from '@/lib/arena/simulate';
import { SERIES, type Frame, type SeriesKey } from './frame';

const SHAPES = { arenaHeld: symbolCircle, gpaHeld: symbolSquare, liveBytes: symbolTriangle } as const;
/** Markers only while they stay apart. */
const MAX_MARKED_STEPS = 60;

export function drawLines(g: Selection<SVGGElement, unknown, null, undefined>, f: Frame, steps: ArenaStep[]): void {
  const path = (k: SeriesKey) => line<ArenaStep>().x((_, i) => f.px(i)).y((s) => f.py(s[k]))(steps) ?? '';
  g.selectAll('path.arl-line').data(SERIES).join('path').attr('class', (k) => `arl-line arl-${k}`).attr('d', (k) => path(k));
  const marks = steps.length <= MAX_MARKED_STEPS ? SERIES.flatMap((k) => steps.map((s, i) => ({ k, i, v: s[k] }))) : [];
  g.selectAll('path.arl-mark').data(marks).join('path').attr('class', (d) => `arl-mark arl-${d.k}`)
    .attr('transform', (d) => `translate(${f.px(d.i)},${f.py(d.v)})`).attr('d', (d) => symbol(SHAPES[d.k], 36)() ?? '');
}

export { SHAPES };
