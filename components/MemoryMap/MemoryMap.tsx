'use client';
// A memory map: one row per chunk (or span), the objects inside it as blocks, free space, unused
// tails and garbage told apart by colour and pattern, a detail budget past which blocks are merged,
// and a table twin. Rows share one scale: a chunk twice the size is drawn twice as long. An optional step slider moves through snapshots with the arrow keys.

import { useMemo } from 'react';
import { layoutMap, STATES, type BlockState, type DrawRow, type MapRow } from './aggregate';
import './MemoryMap.css';

export type { MapRow, MapBlock } from './aggregate';

export const STATE_LABEL: Record<BlockState, string> = {
  live: 'live objects',
  kept: 'kept (outlive their scope)',
  garbage: 'dead, still held',
  free: 'free, still usable',
  rounding: 'rounding (slot past the object)',
  waste: 'unused tail (never used)',
};

export interface MemoryMapStep {
  value: number;
  max: number;
  onChange: (v: number) => void;
  /** What step i is, in words (also the slider's value text). */
  describe: (i: number) => string;
}

export interface MemoryMapProps {
  idBase: string;
  /** Names the map and its table ("Arena chunks after request 3"). */
  caption: string;
  rows: MapRow[];
  fmtBytes: (n: number) => string;
  /** Most blocks drawn in all before neighbours are merged. */
  budget?: number;
  /** Most rows drawn; the rest are summed in a sentence. */
  maxRows?: number;
  step?: MemoryMapStep;
  /** What a row is called ("chunk"). */
  rowNoun?: string;
  /** The states this map can show, for its legend and table (default: all but rounding). */
  states?: readonly BlockState[];
  /** Other names for some states ("allocated, not yet collected"). */
  labels?: Partial<Record<BlockState, string>>;
}

const DEFAULT_STATES: readonly BlockState[] = STATES.filter((s) => s !== 'rounding');

function Patterns({ idBase }: { idBase: string }) {
  const p = (s: BlockState) => `${idBase}-p-${s}`;
  return (
    <svg width="0" height="0" aria-hidden="true" focusable="false" style={{ position: 'absolute' }}>
      <defs>
        <pattern id={p('live')} width="8" height="8" patternUnits="userSpaceOnUse">
          <rect className="mmap-p-live-bg" width="8" height="8" />
        </pattern>
        <pattern id={p('kept')} width="8" height="8" patternUnits="userSpaceOnUse">
          <rect className="mmap-p-kept-bg" width="8" height="8" />
          <circle className="mmap-p-kept-dot" cx="4" cy="4" r="1.6" />
        </pattern>
        <pattern id={p('garbage')} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect className="mmap-p-garbage-bg" width="8" height="8" />
          <line className="mmap-p-garbage-line" x1="0" y1="0" x2="0" y2="8" />
        </pattern>
        <pattern id={p('free')} width="8" height="8" patternUnits="userSpaceOnUse">
          <rect className="mmap-p-free-bg" width="8" height="8" />
        </pattern>
        <pattern id={p('rounding')} width="6" height="6" patternUnits="userSpaceOnUse">
          <rect className="mmap-p-rounding-bg" width="6" height="6" />
          <path className="mmap-p-rounding-line" d="M0 3H6" />
        </pattern>
        <pattern id={p('waste')} width="6" height="6" patternUnits="userSpaceOnUse">
          <rect className="mmap-p-waste-bg" width="6" height="6" />
          <path className="mmap-p-waste-line" d="M0 0L6 6M6 0L0 6" />
        </pattern>
      </defs>
    </svg>
  );
}

function rowText(r: DrawRow, fmtBytes: (n: number) => string, label: (s: BlockState) => string): string {
  const parts = STATES.filter((s) => r.bytes[s] > 0).map((s) => `${label(s)} ${fmtBytes(r.bytes[s])}`);
  return `${r.label}, ${fmtBytes(r.capacity)}: ${parts.join(', ')}`;
}

export function MemoryMap({ idBase, caption, rows, fmtBytes, budget = 600, maxRows = 24, step, rowNoun = 'chunk', states = DEFAULT_STATES, labels }: MemoryMapProps) {
  const view = useMemo(() => layoutMap(rows, budget, maxRows), [rows, budget, maxRows]);
  const label = (s: BlockState) => labels?.[s] ?? STATE_LABEL[s];
  const fillOf = (s: BlockState) => `url(#${idBase}-p-${s})`;
  // Rows are drawn to one scale, so a chunk twice the size is twice as long (at least a sliver).
  const widest = Math.max(1, ...view.rows.map((r) => r.capacity));
  const widthOf = (cap: number) => `${Math.max(2, (cap / widest) * 100)}%`;
  const stepId = `${idBase}-mmap-step`;
  return (
    <figure className="mmap" aria-labelledby={`${idBase}-mmap-cap`}>
      <Patterns idBase={idBase} />
      {step && (
        <div className="lab-field">
          <label htmlFor={stepId}>Memory map step</label>
          <input
            id={stepId}
            type="range"
            min={0}
            max={step.max}
            step={1}
            value={step.value}
            aria-valuetext={step.describe(step.value)}
            onChange={(e) => step.onChange(Number(e.target.value))}
          />
        </div>
      )}
      <figcaption id={`${idBase}-mmap-cap`}>{caption}</figcaption>
      {view.rows.length === 0 ? (
        <p className="mmap-more">No {rowNoun}s held at this step.</p>
      ) : (
        <ol className="mmap-rows">
          {view.rows.map((r) => (
            <li key={r.id} className="mmap-row">
              <span aria-hidden="true">{r.label}</span>
              <svg viewBox="0 0 1000 10" preserveAspectRatio="none" role="img" aria-label={rowText(r, fmtBytes, label)} style={{ width: widthOf(r.capacity) }}>
                {r.blocks.map((b, i) => (
                  <rect
                    key={i}
                    className="mmap-edge"
                    x={(b.start / r.capacity) * 1000}
                    width={Math.max(0.5, ((b.end - b.start) / r.capacity) * 1000)}
                    y={0}
                    height={10}
                    fill={fillOf(b.state)}
                  />
                ))}
              </svg>
            </li>
          ))}
        </ol>
      )}
      {view.hiddenRows > 0 && (
        <p className="mmap-more">
          {view.hiddenRows} more {rowNoun}
          {view.hiddenRows === 1 ? '' : 's'} not drawn:{' '}
          {STATES.filter((s) => view.hiddenBytes[s] > 0)
            .map((s) => `${label(s)} ${fmtBytes(view.hiddenBytes[s])}`)
            .join(', ')}
          .
        </p>
      )}
      {view.aggregated && <p className="mmap-more">Too many objects to draw one by one: neighbouring blocks are merged (the table has the exact bytes).</p>}
      <ul className="mmap-legend" aria-label="Memory map legend">
        {states.map((s) => (
          <li key={s}>
            <svg className="mmap-swatch" viewBox="0 0 32 16" aria-hidden="true" focusable="false">
              <rect width="32" height="16" fill={fillOf(s)} />
            </svg>
            {label(s)}
          </li>
        ))}
      </ul>
      <details className="sgl-data">
        <summary>Show the {rowNoun} table</summary>
        <div className="mmap-table-scroll" tabIndex={0} role="region" aria-label={`${rowNoun} table`}>
          <table>
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{rowNoun[0].toUpperCase() + rowNoun.slice(1)}</th>
                <th scope="col">Size</th>
                {states.map((s) => (
                  <th key={s} scope="col">
                    {label(s)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {view.rows.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{r.label}</th>
                  <td>{fmtBytes(r.capacity)}</td>
                  {states.map((s) => (
                    <td key={s}>{fmtBytes(r.bytes[s])}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
