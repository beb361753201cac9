'use client';
// Gets by tier, one stacked bar per GC interval (or group of them). React draws the SVG from d3's scales;
// each tier has its own fill pattern as well as its colour.

import { scaleBand, scaleLinear } from 'd3';
import { useRef } from 'react';
import { useWidth } from '@/components/hooks/useWidth';
import { TIER_GROUPS, type TierGroup } from '@/lib/go/poolsim';
import type { TierBin } from './bins';
import { fmtInt } from './format';

const HEIGHT = 260;
const M = { top: 12, right: 12, bottom: 40, left: 56 };

/** The patterns, also used by the legend's swatches. */
export function TierPatterns({ idBase }: { idBase: string }) {
  return (
    <defs>
      <pattern id={`${idBase}-p-private`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" className="pl-t-private" />
      </pattern>
      <pattern id={`${idBase}-p-shared`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" className="pl-t-bg" />
        <rect width="3" height="6" className="pl-t-shared" />
      </pattern>
      <pattern id={`${idBase}-p-steal`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" className="pl-t-bg" />
        <path d="M0 0L6 6M6 0L0 6" className="pl-t-steal-line" />
      </pattern>
      <pattern id={`${idBase}-p-victim`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" className="pl-t-bg" />
        <circle cx="3" cy="3" r="2" className="pl-t-victim" />
      </pattern>
      <pattern id={`${idBase}-p-new`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" className="pl-t-bg" />
        <rect width="6" height="3" className="pl-t-new" />
      </pattern>
    </defs>
  );
}

export function TierSwatch({ idBase, tier }: { idBase: string; tier: TierGroup }) {
  return (
    <svg className="pl-swatch" width="18" height="14" viewBox="0 0 18 14" aria-hidden="true" focusable="false">
      <rect x="0.5" y="0.5" width="17" height="13" fill={`url(#${idBase}-p-${tier})`} className="pl-bar-edge" />
    </svg>
  );
}

export function TierChart({ idBase, bins, label }: { idBase: string; bins: TierBin[]; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  const width = Math.max(280, useWidth(box, 560));
  const x = scaleBand<number>()
    .domain(bins.map((_, i) => i))
    .range([M.left, width - M.right])
    .padding(0.15);
  const maxY = Math.max(1, ...bins.map((b) => b.total));
  const y = scaleLinear().domain([0, maxY]).nice().range([HEIGHT - M.bottom, M.top]);
  const ticks = y.ticks(5).filter((t) => Number.isInteger(t));
  const every = Math.max(1, Math.ceil(bins.length / 8));
  return (
    <div className="pl-chart" ref={box}>
      <svg viewBox={`0 0 ${width} ${HEIGHT}`} role="img" aria-label={label}>
        <TierPatterns idBase={idBase} />
        {ticks.map((t) => (
          <g key={t}>
            <line x1={M.left} x2={width - M.right} y1={y(t)} y2={y(t)} className="pl-grid" />
            <text x={M.left - 6} y={y(t)} dy="0.32em" textAnchor="end" className="pl-tick">
              {fmtInt(t)}
            </text>
          </g>
        ))}
        {bins.map((b, i) => {
          let acc = 0;
          return (
            <g key={i} className="pl-bar">
              {TIER_GROUPS.map((t) => {
                const v = b.tiers[t];
                if (v === 0) return null;
                const y0 = y(acc);
                acc += v;
                const y1 = y(acc);
                return <rect key={t} x={x(i)} width={x.bandwidth()} y={y1} height={Math.max(0.5, y0 - y1)} fill={`url(#${idBase}-p-${t})`} className="pl-bar-edge" />;
              })}
            </g>
          );
        })}
        {bins.map((b, i) =>
          i % every === 0 ? (
            <text key={i} x={(x(i) ?? 0) + x.bandwidth() / 2} y={HEIGHT - M.bottom + 14} textAnchor="middle" className="pl-tick">
              {b.gcFrom === b.gcTo ? b.gcFrom : `${b.gcFrom}–${b.gcTo}`}
            </text>
          ) : null,
        )}
        <line x1={M.left} x2={width - M.right} y1={HEIGHT - M.bottom} y2={HEIGHT - M.bottom} className="pl-axis" />
        <text x={(M.left + width - M.right) / 2} y={HEIGHT - 6} textAnchor="middle" className="pl-axis-title">
          GC cycles before the Gets
        </text>
        <text transform={`translate(14 ${(HEIGHT - M.bottom + M.top) / 2}) rotate(-90)`} textAnchor="middle" className="pl-axis-title">
          Gets
        </text>
      </svg>
    </div>
  );
}
