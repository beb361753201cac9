'use client';
// Bytes allocated against requests, with the pool (solid) and without (dashed); d3 computes the scales and paths.

import { line, scaleLinear } from 'd3';
import { useRef } from 'react';
import { useWidth } from '@/components/hooks/useWidth';
import type { PoolSample } from '@/lib/go/poolsim';
import { fmtBytes, fmtInt } from './format';

const HEIGHT = 220;
const M = { top: 12, right: 16, bottom: 40, left: 72 };

export function BytesChart({ pool, none, requests, label }: { pool: PoolSample[]; none: PoolSample[]; requests: number; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  const width = Math.max(280, useWidth(box, 560));
  const x = scaleLinear().domain([0, requests]).range([M.left, width - M.right]);
  const maxY = Math.max(1, ...none.map((s) => s.totalAlloc), ...pool.map((s) => s.totalAlloc));
  const y = scaleLinear().domain([0, maxY]).nice().range([HEIGHT - M.bottom, M.top]);
  const path = line<PoolSample>()
    .x((s) => x(s.request))
    .y((s) => y(s.totalAlloc));
  return (
    <div className="pl-chart pl-chart-bytes" ref={box}>
      <svg viewBox={`0 0 ${width} ${HEIGHT}`} role="img" aria-label={label}>
        {y.ticks(4).map((t) => (
          <g key={t}>
            <line x1={M.left} x2={width - M.right} y1={y(t)} y2={y(t)} className="pl-grid" />
            <text x={M.left - 6} y={y(t)} dy="0.32em" textAnchor="end" className="pl-tick">
              {fmtBytes(t)}
            </text>
          </g>
        ))}
        {x.ticks(5).filter(Number.isInteger).map((t) => (
          <text key={t} x={x(t)} y={HEIGHT - M.bottom + 14} textAnchor="middle" className="pl-tick">
            {fmtInt(t)}
          </text>
        ))}
        <line x1={M.left} x2={width - M.right} y1={HEIGHT - M.bottom} y2={HEIGHT - M.bottom} className="pl-axis" />
        <path d={path(none) ?? ''} className="pl-line pl-line-none" />
        <path d={path(pool) ?? ''} className="pl-line pl-line-pool" />
        <text x={(M.left + width - M.right) / 2} y={HEIGHT - 6} textAnchor="middle" className="pl-axis-title">
          Requests
        </text>
      </svg>
    </div>
  );
}

export function LineSwatch({ which }: { which: 'pool' | 'none' }) {
  return (
    <svg className="pl-swatch" width="28" height="10" viewBox="0 0 28 10" aria-hidden="true" focusable="false">
      <line x1="1" y1="5" x2="27" y2="5" className={`pl-line pl-line-${which}`} />
    </svg>
  );
}
