// Layer: a marker where each reallocation happened. Past MAX_MARKERS they are merged per pixel cell,
// since thousands of overlapping symbols cost time and show nothing more.

import { symbol, symbolCircle, symbolSquare, type Selection } from 'd3';
import type { ChartSeries, Frame } from './frame';

export const MAX_MARKERS = 2000;
const CELL = 4; // px

export interface Marker {
  key: 'a' | 'b';
  x: number;
  y: number;
  count: number;
  title: string;
}

export function layoutMarkers(f: Frame, series: ChartSeries[]): { markers: Marker[]; aggregated: boolean } {
  const total = series.reduce((t, s) => t + s.marks.length, 0);
  const aggregated = total > MAX_MARKERS;
  const markers: Marker[] = [];
  for (const s of series) {
    const cells = new Map<string, Marker & { from: number; to: number }>();
    for (const m of s.marks) {
      const x = f.px(m.atLen);
      const y = f.py(m.newCap);
      if (!aggregated) {
        markers.push({ key: s.key, x, y, count: 1, title: `${s.name}: at len ${m.atLen}, cap ${m.oldCap} → ${m.newCap}` });
        continue;
      }
      const id = `${Math.round(x / CELL)}:${Math.round(y / CELL)}`;
      const c = cells.get(id);
      if (c) {
        c.count++;
        c.to = m.atLen;
      } else cells.set(id, { key: s.key, x, y, count: 1, title: '', from: m.atLen, to: m.atLen });
    }
    for (const c of cells.values()) {
      c.title = c.count === 1 ? `${s.name}: reallocation at len ${c.from}` : `${s.name}: ${c.count} reallocations, len ${c.from}–${c.to}`;
      markers.push(c);
    }
  }
  return { markers, aggregated };
}

const shapes = {
  a: symbol(symbolCircle, 36),
  b: symbol(symbolSquare, 36),
};

export function drawMarkers(g: Selection<SVGGElement, unknown, null, undefined>, f: Frame, series: ChartSeries[]): void {
  const { markers, aggregated } = layoutMarkers(f, series);
  g.attr('data-aggregated', aggregated ? 'true' : null);
  g.selectAll('path.sgl-marker')
    .data(markers)
    .join((enter) => {
      const p = enter.append('path');
      p.append('title');
      return p;
    })
    .attr('class', (d) => `sgl-marker sgl-s-${d.key}`)
    .attr('d', (d) => shapes[d.key]() ?? '')
    .attr('transform', (d) => `translate(${d.x},${d.y})`)
    .select('title')
    .text((d) => d.title);
}
