'use client';
// One quantity over scheduler steps for the bounded pool (solid) and a goroutine per request (dashed).

import { line, scaleLinear } from 'd3';
import { useRef } from 'react';
import { useWidth } from '@/components/hooks/useWidth';
import type { WorkerPoolSample } from '@/lib/go/workerpool';
import { fmtInt } from './format';

const HEIGHT = 170;
const M = { top: 10, right: 16, bottom: 34, left: 72 };

export function SeriesChart({
  bounded,
  unbounded,
  value,
  format,
  label,
}: {
  bounded: WorkerPoolSample[];
  unbounded: WorkerPoolSample[] | null;
  value: (s: WorkerPoolSample) => number;
  format: (n: number) => string;
  label: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const width = Math.max(280, useWidth(box, 560));
  const all = unbounded ? [...bounded, ...unbounded] : bounded;
  const x = scaleLinear()
    .domain([0, Math.max(1, ...all.map((s) => s.step))])
    .range([M.left, width - M.right]);
  const y = scaleLinear()
    .domain([0, Math.max(1, ...all.map(value))])
    .nice()
    .range([HEIGHT - M.bottom, M.top]);
  const path = line<WorkerPoolSample>()
    .x((s) => x(s.step))
    .y((s) => y(value(s)));
  return (
    <div className="pl-chart" ref={box}>
      <svg viewBox={`0 0 ${width} ${HEIGHT}`} role="img" aria-label={label}>
        {y.ticks(3).map((t) => (
          <g key={t}>
            <line x1={M.left} x2={width - M.right} y1={y(t)} y2={y(t)} className="pl-grid" />
            <text x={M.left - 6} y={y(t)} dy="0.32em" textAnchor="end" className="pl-tick">
              {format(t)}
            </text>
          </g>
        ))}
        {x.ticks(5).filter(Number.isInteger).map((t) => (
          <text key={t} x={x(t)} y={HEIGHT - M.bottom + 14} textAnchor="middle" className="pl-tick">
            {fmtInt(t)}
          </text>
        ))}
        <line x1={M.left} x2={width - M.right} y1={HEIGHT - M.bottom} y2={HEIGHT - M.bottom} className="pl-axis" />
        {unbounded && <path d={path(unbounded) ?? ''} className="pl-line pl-line-none" />}
        <path d={path(bounded) ?? ''} className="pl-line pl-line-pool" />
        <text x={(M.left + width - M.right) / 2} y={HEIGHT - 4} textAnchor="middle" className="pl-axis-title">
          Scheduler steps
        </text>
      </svg>
    </div>
  );
}
