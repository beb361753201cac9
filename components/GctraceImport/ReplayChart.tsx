'use client';
// The observed heap (solid, a dot per cycle) with the replay's prediction over it: under the observed
// settings (thin) and under the what-if settings (dashed). Layers: axes, then one path per series.

import { format, line, scaleLinear, select } from 'd3';
import { useEffect, useMemo, useRef } from 'react';
import { useWidth } from '@/components/hooks/useWidth';
import type { GctraceCycle } from '@/lib/go/gctrace-import';
import type { ReplayCurve } from './analyze';

type Pt = { t: number; b: number };
const MiB = 2 ** 20;

function observedPoints(cs: GctraceCycle[]): Pt[] {
  const out: Pt[] = [];
  for (const c of cs) {
    const t1 = c.atSeconds + (c.clockSweepTermUs + c.clockMarkUs + c.clockMarkTermUs) / 1e6;
    out.push({ t: c.atSeconds, b: c.heapStart }, { t: t1, b: c.heapEnd }, { t: t1, b: c.heapMarked });
  }
  return out;
}

function curvePoints(c: ReplayCurve): Pt[] {
  return c.cycles.flatMap((x) => [
    { t: x.t, b: x.heapStart },
    { t: x.t, b: x.heapEnd },
    { t: x.t, b: x.heapMarked },
  ]);
}

export function ReplayChart({ observed, fitted, whatif, label }: { observed: GctraceCycle[]; fitted: ReplayCurve | null; whatif: ReplayCurve | null; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  const g = useRef<SVGGElement>(null);
  const width = useWidth(box, 640);
  const height = Math.max(220, Math.round(width * 0.45));
  const series = useMemo(() => {
    const s: { cls: string; pts: Pt[] }[] = [{ cls: 'gti-observed', pts: observedPoints(observed) }];
    if (fitted) s.push({ cls: 'gti-fitted', pts: curvePoints(fitted) });
    if (whatif) s.push({ cls: 'gti-whatif', pts: curvePoints(whatif) });
    return s;
  }, [observed, fitted, whatif]);
  useEffect(() => {
    if (!g.current) return;
    const m = { top: 12, right: 12, bottom: 40, left: 60 };
    const maxT = Math.max(1e-3, ...series.flatMap((s) => s.pts.map((p) => p.t)));
    const maxB = Math.max(MiB, ...series.flatMap((s) => s.pts.map((p) => p.b))) * 1.08;
    const x = scaleLinear().domain([0, maxT]).range([m.left, width - m.right]);
    const y = scaleLinear().domain([0, maxB / MiB]).range([height - m.bottom, m.top]).nice();
    const root = select(g.current);
    root
      .selectAll('line.gti-grid')
      .data(y.ticks(5))
      .join('line')
      .attr('class', 'gti-grid')
      .attr('x1', m.left)
      .attr('x2', width - m.right)
      .attr('y1', (d) => y(d))
      .attr('y2', (d) => y(d));
    root
      .selectAll('text.gti-ytick')
      .data(y.ticks(5))
      .join('text')
      .attr('class', 'gti-tick gti-ytick')
      .attr('x', m.left - 6)
      .attr('y', (d) => y(d))
      .attr('dy', '0.32em')
      .attr('text-anchor', 'end')
      .text((d) => format('~s')(d));
    root
      .selectAll('text.gti-xtick')
      .data(x.ticks(Math.max(2, Math.floor(width / 90))))
      .join('text')
      .attr('class', 'gti-tick gti-xtick')
      .attr('x', (d) => x(d))
      .attr('y', height - m.bottom + 16)
      .attr('text-anchor', 'middle')
      .text((d) => format('~g')(d));
    root
      .selectAll('text.gti-axis-title')
      .data([
        { text: 'time since the program started (s)', x: (m.left + width - m.right) / 2, y: height - 6, r: 0 },
        { text: 'heap (MiB)', x: -(m.top + height - m.bottom) / 2, y: 14, r: -90 },
      ])
      .join('text')
      .attr('class', 'gti-axis-title')
      .attr('text-anchor', 'middle')
      .attr('transform', (d) => (d.r ? `rotate(${d.r})` : null))
      .attr('x', (d) => d.x)
      .attr('y', (d) => d.y)
      .text((d) => d.text);
    root
      .selectAll('path.gti-series')
      .data(series)
      .join('path')
      .attr('class', (d) => `gti-series ${d.cls}`)
      .attr('d', (d) =>
        line<Pt>()
          .x((p) => x(p.t))
          .y((p) => y(p.b / MiB))(d.pts),
      );
    root
      .selectAll('circle.gti-dot')
      .data(observed.length <= 2000 ? observed : [])
      .join('circle')
      .attr('class', 'gti-dot')
      .attr('r', 2.5)
      .attr('cx', (c) => x(c.atSeconds))
      .attr('cy', (c) => y(c.heapStart / MiB));
  }, [series, observed, width, height]);
  return (
    <div ref={box} className="gti-chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
        <g ref={g} />
      </svg>
    </div>
  );
}
