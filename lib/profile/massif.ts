// valgrind massif's output file (massif.out.PID, written by ms_main.c; ms_print reads the same):
// a header (desc, cmd, time_unit), then snapshots with the heap, its allocator overhead and stacks,
// some of them with an allocation tree ("n<children>: <bytes> <frame>", one space per level).

import { LIMITS, ProfileError } from './errors';
import { FrameTable, type Profile } from './model';
import { trimAllocatorFrames } from './trim';
import { parseValgrindFrame } from './valgrind-frame';

export interface MassifTree {
  bytes: number;
  label: string;
  children: MassifTree[];
}

export interface MassifSnapshot {
  n: number;
  time: number;
  heapBytes: number;
  extraBytes: number;
  stacksBytes: number;
  kind: 'empty' | 'detailed' | 'peak';
  tree: MassifTree | null;
}

export interface Massif {
  cmd: string;
  desc: string;
  timeUnit: string;
  snapshots: MassifSnapshot[];
  /** Index of the peak snapshot (heap_tree=peak), or of the largest heap+extra if none is marked. */
  peak: number;
}

const TREE_LINE = /^( *)n(\d+): (\d+) (.*)$/;

export function parseMassif(text: string): Massif {
  const lines = text.split('\n');
  if (lines.length > LIMITS.nodes) throw new ProfileError(`the massif file has more than ${LIMITS.nodes} lines`);
  const head: Record<string, string> = {};
  let i = 0;
  for (; i < lines.length && !lines[i].startsWith('#'); i++) {
    const m = /^(desc|cmd|time_unit): ?(.*)$/.exec(lines[i]);
    if (m) head[m[1]] = m[2];
  }
  if (head.cmd === undefined || head.time_unit === undefined) throw new ProfileError('this is not a massif output file (no cmd: and time_unit: header)');
  const snapshots: MassifSnapshot[] = [];
  const fail = (what: string) => {
    throw new ProfileError(`massif file, line ${i + 1}: ${what}`);
  };
  while (i < lines.length) {
    const line = lines[i];
    if (line === '' || line.startsWith('#')) {
      i++;
      continue;
    }
    const sm = /^snapshot=(\d+)$/.exec(line);
    if (!sm) fail(`expected snapshot=N, found "${line.slice(0, 60)}"`);
    const fields: Record<string, string> = {};
    i++;
    while (i < lines.length && /^(#|time=|mem_heap_B=|mem_heap_extra_B=|mem_stacks_B=|heap_tree=)/.test(lines[i])) {
      const kv = /^(\w+)=(.*)$/.exec(lines[i]);
      if (kv) fields[kv[1]] = kv[2];
      i++;
      if (kv && kv[1] === 'heap_tree') break;
    }
    const numf = (k: string) => {
      const v = Number(fields[k]);
      if (fields[k] === undefined || !Number.isFinite(v) || v < 0) fail(`snapshot ${sm![1]} has no valid ${k}`);
      return v;
    };
    const kind = fields.heap_tree as MassifSnapshot['kind'];
    if (kind !== 'empty' && kind !== 'detailed' && kind !== 'peak') fail(`snapshot ${sm![1]}: heap_tree=${fields.heap_tree ?? '(missing)'}`);
    let tree: MassifTree | null = null;
    if (kind !== 'empty') {
      // Read the indented tree with a stack of open nodes.
      const stack: { node: MassifTree; depth: number; want: number }[] = [];
      while (i < lines.length) {
        const tm = TREE_LINE.exec(lines[i]);
        if (!tm) break;
        const depth = tm[1].length;
        const node: MassifTree = { bytes: Number(tm[3]), label: tm[4], children: [] };
        while (stack.length && stack[stack.length - 1].depth >= depth) stack.pop();
        if (stack.length) stack[stack.length - 1].node.children.push(node);
        else if (tree) fail('a second tree root');
        else tree = node;
        if (depth > LIMITS.depth) fail('the tree is too deep');
        stack.push({ node, depth, want: Number(tm[2]) });
        i++;
      }
      if (!tree) fail(`snapshot ${sm![1]} says heap_tree=${kind} but has no tree`);
    }
    snapshots.push({ n: Number(sm![1]), time: numf('time'), heapBytes: numf('mem_heap_B'), extraBytes: numf('mem_heap_extra_B'), stacksBytes: numf('mem_stacks_B'), kind, tree });
  }
  if (snapshots.length === 0) throw new ProfileError('the massif file has no snapshots');
  let peak = snapshots.findIndex((s) => s.kind === 'peak');
  if (peak < 0) peak = snapshots.reduce((b, s, k) => (s.heapBytes + s.extraBytes > snapshots[b].heapBytes + snapshots[b].extraBytes ? k : b), 0);
  return { cmd: head.cmd, desc: head.desc ?? '', timeUnit: head.time_unit, snapshots, peak };
}

/**
 * The peak snapshot's tree as a profile of in-use bytes. Massif's tree grows from the allocation
 * functions outwards (the root's children call malloc, their children call them), so a node's path
 * from the root is already a leaf-first stack; a node's bytes not passed on to its children (the
 * depth limit, or massif's "below threshold" lines) are a sample ending at that node.
 */
export function massifProfile(m: Massif): Profile {
  const table = new FrameTable();
  const samples: { stack: number[]; values: number[] }[] = [];
  const tree = m.snapshots[m.peak].tree;
  const walk = (node: MassifTree, path: number[]) => {
    const own = node.bytes - node.children.reduce((t, c) => t + c.bytes, 0);
    const id = table.id(parseValgrindFrame(node.label));
    const stack = [...path, id];
    if (own > 0) samples.push({ stack, values: [own] });
    for (const c of node.children) walk(c, stack);
  };
  // The root is "(heap allocation functions) malloc/new/new[], --alloc-fns, etc.": not a frame.
  if (tree) for (const c of tree.children) walk(c, []);
  const s = m.snapshots[m.peak];
  const profile: Profile = {
    format: 'massif',
    sampleTypes: [{ type: 'inuse_space', unit: 'bytes' }],
    heapIndex: { allocObjects: null, allocBytes: null, inuseObjects: null, inuseBytes: 0 },
    frames: table.frames,
    samples,
    meta: { cmd: m.cmd, timeUnit: m.timeUnit, peakSnapshot: s.n, peakTime: s.time, peakHeapBytes: s.heapBytes, peakExtraBytes: s.extraBytes },
  };
  profile.meta.droppedAllocatorFrames = trimAllocatorFrames(profile);
  return profile;
}
