'use client';
// massif: the heap over time (useful heap, allocator overhead and stacks stacked), the peak marked,
// the snapshots as a table, and the peak snapshot's allocation tree.
import { area, max, scaleLinear, stack } from 'd3';
import { useMemo, useRef } from 'react';
import type { Massif, MassifTree } from '@/lib/profile/massif';
import { useWidth } from '@/components/hooks/useWidth';
import { fmtValue } from './format';

const H = 220;
const M = { top: 10, right: 12, bottom: 28, left: 64 };
const BYTES = { type: 'bytes', unit: 'bytes' };
const KEYS = ['heapBytes', 'extraBytes', 'stacksBytes'] as const;
const NAMES = { heapBytes: 'useful heap', extraBytes: 'allocator overhead', stacksBytes: 'stacks' };

function Tree({ node }: { node: MassifTree }) {
  return (
    <li>
      {fmtValue(node.bytes, BYTES)} — {node.label}
      {node.children.length > 0 && (
        <ul>
          {node.children.map((c, i) => (
            <Tree key={i} node={c} />
          ))}
        </ul>
      )}
    </li>
  );
}

export function MassifView({ massif }: { massif: Massif }) {
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box, 700);
  const s = massif.snapshots;
  const peak = s[massif.peak];
  const paths = useMemo(() => {
    const x = scaleLinear([0, max(s, (d) => d.time) || 1], [M.left, width - M.right]);
    const y = scaleLinear([0, max(s, (d) => d.heapBytes + d.extraBytes + d.stacksBytes) || 1], [H - M.bottom, M.top]).nice();
    const layers = stack<(typeof s)[number]>().keys(KEYS)(s);
    const a = area<[number, number] & { data: (typeof s)[number] }>()
      .x((d) => x(d.data.time))
      .y0((d) => y(d[0]))
      .y1((d) => y(d[1]));
    return { x, y, layers: layers.map((l) => ({ key: l.key, d: a(l as never) ?? '' })) };
  }, [s, width]);
  const label = `Heap over time, ${s.length} snapshots (time in ${massif.timeUnit === 'i' ? 'instructions' : massif.timeUnit}); peak ${fmtValue(peak.heapBytes + peak.extraBytes, BYTES)} at snapshot ${peak.n}. The table below lists every snapshot.`;
  return (
    <div>
      <div ref={box}>
        <svg width={width} height={H} role="img" aria-label={label} className="pv-massif">
          {paths.layers.map((l) => (
            <path key={l.key} d={l.d} className={`pv-layer pv-${l.key}`} />
          ))}
          <line x1={paths.x(peak.time)} x2={paths.x(peak.time)} y1={M.top} y2={H - M.bottom} className="pv-peak" />
          <text x={paths.x(peak.time) + 4} y={M.top + 10} className="pv-axis-text">
            peak
          </text>
          {paths.y.ticks(4).map((v) => (
            <text key={v} x={M.left - 6} y={paths.y(v) + 4} textAnchor="end" className="pv-axis-text">
              {fmtValue(v, BYTES)}
            </text>
          ))}
          <line x1={M.left} x2={width - M.right} y1={H - M.bottom} y2={H - M.bottom} className="pv-axis" />
        </svg>
        <ul className="pv-legend">
          {KEYS.map((k) => (
            <li key={k}>
              <span className={`pv-swatch pv-${k}`} aria-hidden="true" /> {NAMES[k]}
            </li>
          ))}
        </ul>
      </div>
      <details className="pv-details">
        <summary>Snapshots as a table</summary>
        <div className="pv-scroll">
          <table className="pv-table">
            <caption>Every massif snapshot (like ms_print’s table)</caption>
            <thead>
              <tr>
                <th scope="col">n</th>
                <th scope="col">time</th>
                <th scope="col">total</th>
                <th scope="col">useful heap</th>
                <th scope="col">extra heap</th>
                <th scope="col">stacks</th>
              </tr>
            </thead>
            <tbody>
              {s.map((d) => (
                <tr key={d.n}>
                  <th scope="row">
                    {d.n}
                    {d.kind === 'peak' ? ' (peak)' : ''}
                  </th>
                  <td>{d.time.toLocaleString('en-US')}</td>
                  <td>{fmtValue(d.heapBytes + d.extraBytes + d.stacksBytes, BYTES)}</td>
                  <td>{fmtValue(d.heapBytes, BYTES)}</td>
                  <td>{fmtValue(d.extraBytes, BYTES)}</td>
                  <td>{fmtValue(d.stacksBytes, BYTES)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      {peak.tree && (
        <details className="pv-details" open>
          <summary>The peak snapshot’s allocation tree</summary>
          <ul className="pv-tree">
            <Tree node={peak.tree} />
          </ul>
        </details>
      )}
    </div>
  );
}
