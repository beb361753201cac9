'use client';
// An icicle of allocation stacks (callers on top). Zoom by clicking a frame or with the "Zoom to"
// list; search highlights frames and says what share they cover. Frames narrower than a pixel are
// folded (and counted); past SVG_LIMIT rectangles the drawing switches to a canvas.
import { useEffect, useMemo, useRef } from 'react';
import { flameTree, layoutFlame, searchFlame, type FlameNode, type FlameRect } from '@/lib/profile/flame';
import type { Profile } from '@/lib/profile/model';
import { useWidth } from '@/components/hooks/useWidth';
import { useViewer } from './context';
import { fmtValue, pct } from './format';

const ROW = 18;
export const SVG_LIMIT = 3000;

function findPath(root: FlameNode, path: string[]): FlameNode {
  let n = root;
  for (const name of path) {
    const c = n.children.find((x) => x.name === name);
    if (!c) break;
    n = c;
  }
  return n;
}

export function FlameGraph({ profile, typeIndex }: { profile: Profile; typeIndex: number }) {
  const box = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const width = useWidth(box, 800);
  const zoom = useViewer((s) => s.zoom);
  const setZoom = useViewer((s) => s.setZoom);
  const query = useViewer((s) => s.query);
  const setQuery = useViewer((s) => s.setQuery);
  const t = profile.sampleTypes[typeIndex];
  const root = useMemo(() => flameTree(profile, typeIndex), [profile, typeIndex]);
  const focus = useMemo(() => findPath(root, zoom), [root, zoom]);
  const layout = useMemo(() => layoutFlame(focus, width), [focus, width]);
  const found = useMemo(() => searchFlame(root, query), [root, query]);
  const height = (layout.maxDepth + 1) * ROW;
  const useCanvas = layout.rects.length > SVG_LIMIT;
  const pathOf = (r: FlameRect) => {
    // The path from the root: zoom path + names from focus down to this node.
    const names: string[] = [];
    const walk = (n: FlameNode, acc: string[]): boolean => {
      if (n === r.node) {
        names.push(...acc);
        return true;
      }
      return n.children.some((c) => walk(c, [...acc, c.name]));
    };
    walk(focus, []);
    return [...zoom, ...names];
  };

  useEffect(() => {
    const c = canvas.current;
    if (!useCanvas || !c) return;
    const ctx = c.getContext('2d');
    if (!ctx) return;
    const css = getComputedStyle(c);
    ctx.clearRect(0, 0, c.width, c.height);
    ctx.font = `11px ${css.fontFamily}`;
    for (const r of layout.rects) {
      const x = r.x * width;
      const w = r.w * width;
      ctx.fillStyle = found.matches.has(r.node) ? css.getPropertyValue('--pv-match') : r.depth % 2 ? css.getPropertyValue('--pv-a') : css.getPropertyValue('--pv-b');
      ctx.fillRect(x, r.depth * ROW, Math.max(1, w - 1), ROW - 1);
      if (w > 40) {
        ctx.fillStyle = css.getPropertyValue('--pv-text');
        ctx.fillText(r.node.name.slice(0, Math.floor(w / 7)), x + 3, r.depth * ROW + 13);
      }
    }
  }, [useCanvas, layout, width, found]);

  const label = `Flame graph of ${t.type}: ${layout.rects.length} frames drawn${layout.hidden ? `, ${fmtValue(layout.hidden, t)} in frames narrower than a pixel folded` : ''}. The table of top functions below holds the same figures.`;
  return (
    <div className="pv-flame">
      <div className="pv-flame-bar">
        <div className="pv-field">
          <label htmlFor="pv-search">Search functions</label>
          <input id="pv-search" type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </div>
        <div className="pv-field">
          <label htmlFor="pv-zoom">Zoom to</label>
          <select id="pv-zoom" value={focus === root ? '' : zoom.join('\u0000')} onChange={(e) => setZoom(e.target.value ? e.target.value.split('\u0000') : [])}>
            <option value="">everything</option>
            {root.children.flatMap((c) => [c, ...c.children]).slice(0, 60).map((n) => {
              const p = root.children.includes(n) ? [n.name] : [root.children.find((c) => c.children.includes(n))!.name, n.name];
              return (
                <option key={p.join('\u0000')} value={p.join('\u0000')}>
                  {p.join(' → ')} ({pct(n.value, root.value)})
                </option>
              );
            })}
          </select>
        </div>
        {zoom.length > 0 && (
          <button type="button" className="secondary" onClick={() => setZoom([])}>
            Reset zoom
          </button>
        )}
      </div>
      <p className="pv-note" role="status">
        {`Zoomed on ${focus.name}: ${fmtValue(focus.value, t)} (${pct(focus.value, root.value)}). Click a frame to zoom.`}
        {query && ` ${found.matches.size} frames match “${query}”, covering ${fmtValue(found.value, t)} (${pct(found.value, root.value)}).`}
      </p>
      <div ref={box} className="pv-flame-box" style={{ height }}>
        {useCanvas ? (
          <canvas
            ref={canvas}
            width={width}
            height={height}
            role="img"
            aria-label={label}
            onClick={(e) => {
              const rect = e.currentTarget.getBoundingClientRect();
              const x = (e.clientX - rect.left) / width;
              const d = Math.floor((e.clientY - rect.top) / ROW);
              const hit = layout.rects.find((r) => r.depth === d && x >= r.x && x < r.x + r.w);
              if (hit) setZoom(pathOf(hit));
            }}
          />
        ) : (
          <svg width={width} height={height} role="img" aria-label={label}>
            {layout.rects.map((r, i) => (
              <g key={i} transform={`translate(${r.x * width},${r.depth * ROW})`} onClick={() => setZoom(pathOf(r))} className={`pv-frame${found.matches.has(r.node) ? ' pv-match' : ''}${r.depth % 2 ? ' pv-odd' : ''}`}>
                <rect width={Math.max(1, r.w * width - 1)} height={ROW - 1} />
                <title>{`${r.node.name}${r.node.file ? ` (${r.node.file})` : ''}: ${fmtValue(r.node.value, t)}, ${pct(r.node.value, root.value)}`}</title>
                {r.w * width > 40 && (
                  <text x={3} y={13}>
                    {r.node.name.slice(0, Math.floor((r.w * width) / 7))}
                  </text>
                )}
              </g>
            ))}
          </svg>
        )}
      </div>
    </div>
  );
}
