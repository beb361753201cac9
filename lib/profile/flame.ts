// The flame graph's tree (an icicle: the outermost callers on top, the allocating frames at the
// bottom), merged by function and file at each depth, with a node budget past which the smallest
// subtrees are folded into one "other" node, so a 100 000-node profile stays drawable.

import type { Profile } from './model';

export interface FlameNode {
  name: string;
  file: string;
  /** Value of every sample through this node. */
  value: number;
  /** Value of samples ending here (flat). */
  self: number;
  children: FlameNode[];
}

export function flameTree(p: Profile, valueIndex: number): FlameNode {
  const root: FlameNode = { name: 'all', file: '', value: 0, self: 0, children: [] };
  // Frames of the same function and file merge: number them once, then key children by number.
  const fnOf = new Int32Array(p.frames.length);
  const ids = new Map<string, number>();
  p.frames.forEach((f, i) => {
    const k = `${f.function}\u0000${f.file}`;
    let id = ids.get(k);
    if (id === undefined) ids.set(k, (id = ids.size));
    fnOf[i] = id;
  });
  const kids = new Map<FlameNode, Map<number, FlameNode>>();
  const child = (parent: FlameNode, frame: number) => {
    let m = kids.get(parent);
    if (!m) kids.set(parent, (m = new Map()));
    const k = fnOf[frame];
    let c = m.get(k);
    if (!c) {
      const f = p.frames[frame];
      c = { name: f.function, file: f.file, value: 0, self: 0, children: [] };
      m.set(k, c);
      parent.children.push(c);
    }
    return c;
  };
  for (const s of p.samples) {
    const v = s.values[valueIndex];
    if (!v) continue;
    root.value += v;
    let node = root;
    for (let i = s.stack.length - 1; i >= 0; i--) {
      node = child(node, s.stack[i]);
      node.value += v;
    }
    node.self += v;
  }
  sortTree(root);
  return root;
}

function sortTree(n: FlameNode): void {
  n.children.sort((a, b) => b.value - a.value || (a.name < b.name ? -1 : 1));
  for (const c of n.children) sortTree(c);
}

export interface FlameRect {
  node: FlameNode;
  depth: number;
  /** Left edge and width as fractions of the zoomed node's value. */
  x: number;
  w: number;
}

/**
 * The rectangles to draw for `focus` (the zoomed node) at `width` pixels: children narrower than
 * `minPx` are not drawn one by one but summed into `hidden` (aggregation below a pixel). At most
 * `budget` rectangles.
 */
export function layoutFlame(focus: FlameNode, width: number, minPx = 1, budget = 20_000): { rects: FlameRect[]; hidden: number; maxDepth: number } {
  const rects: FlameRect[] = [];
  let hidden = 0;
  let maxDepth = 0;
  const total = focus.value || 1;
  const queue: { n: FlameNode; depth: number; x: number }[] = [{ n: focus, depth: 0, x: 0 }];
  // Breadth first, so a budget cut keeps the upper levels whole.
  for (let q = 0; q < queue.length; q++) {
    const { n, depth, x } = queue[q];
    const w = n.value / total;
    if (rects.length >= budget) {
      hidden += n.value;
      continue;
    }
    rects.push({ node: n, depth, x, w });
    if (depth > maxDepth) maxDepth = depth;
    let cx = x;
    for (const c of n.children) {
      const cw = c.value / total;
      if (cw * width < minPx) hidden += c.value;
      else queue.push({ n: c, depth: depth + 1, x: cx });
      cx += cw;
    }
  }
  return { rects, hidden, maxDepth };
}

/** Nodes whose name contains `query` (case-insensitive), and the value they cover without double counting. */
export function searchFlame(root: FlameNode, query: string): { matches: Set<FlameNode>; value: number } {
  const matches = new Set<FlameNode>();
  let value = 0;
  const q = query.toLowerCase();
  if (!q) return { matches, value };
  const walk = (n: FlameNode, under: boolean) => {
    const hit = n.name.toLowerCase().includes(q);
    if (hit) matches.add(n);
    if (hit && !under) value += n.value;
    for (const c of n.children) walk(c, under || hit);
  };
  walk(root, false);
  return { matches, value };
}

/** Counts the nodes of a tree (for the budget message). */
export function countNodes(n: FlameNode): number {
  let k = 1;
  for (const c of n.children) k += countNodes(c);
  return k;
}
