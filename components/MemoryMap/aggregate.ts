// Turns rows of used blocks into what the memory map draws: the gaps become free space (or, in a row
// that will never be allocated from again, an unused tail), and past a detail budget neighbouring
// blocks are merged so the map stays readable and cheap. Pure.

export type BlockState = 'live' | 'kept' | 'garbage' | 'free' | 'rounding' | 'waste';

export interface MapBlock {
  start: number;
  end: number;
  /** Gaps between blocks are free (or waste, in a closed row); a block may also say so itself. */
  state: BlockState;
  /** Objects in the block. */
  count: number;
  /** Bytes of padding (alignment, rounding) inside the block. */
  pad?: number;
}

export interface MapRow {
  id: string;
  label: string;
  capacity: number;
  blocks: MapBlock[];
  /** Nothing more will be allocated here (a full chunk): its gaps are waste, not free space. */
  closed?: boolean;
}

export interface DrawBlock {
  start: number;
  end: number;
  state: BlockState;
  count: number;
  /** How many original blocks this one stands for (1 unless aggregated). */
  merged: number;
}

export interface DrawRow {
  id: string;
  label: string;
  capacity: number;
  blocks: DrawBlock[];
  bytes: Record<BlockState, number>;
}

export interface MapView {
  rows: DrawRow[];
  /** Rows past the budget, summed. */
  hiddenRows: number;
  hiddenBytes: Record<BlockState, number>;
  /** Whether neighbouring blocks were merged to stay within the budget. */
  aggregated: boolean;
}

export const STATES: readonly BlockState[] = ['live', 'kept', 'garbage', 'free', 'rounding', 'waste'];
const zero = (): Record<BlockState, number> => ({ live: 0, kept: 0, garbage: 0, free: 0, rounding: 0, waste: 0 });

function fill(row: MapRow): DrawBlock[] {
  const sorted = [...row.blocks].sort((a, b) => a.start - b.start);
  const out: DrawBlock[] = [];
  let at = 0;
  const gap = row.closed ? 'waste' : 'free';
  for (const b of sorted) {
    if (b.start > at) out.push({ start: at, end: b.start, state: gap, count: 0, merged: 1 });
    out.push({ start: b.start, end: b.end, state: b.state, count: b.count, merged: 1 });
    at = Math.max(at, b.end);
  }
  if (at < row.capacity) out.push({ start: at, end: row.capacity, state: gap, count: 0, merged: 1 });
  return out;
}

/** Neighbours in the same state become one block. */
function mergeSame(blocks: DrawBlock[]): DrawBlock[] {
  const out: DrawBlock[] = [];
  for (const b of blocks) {
    const last = out[out.length - 1];
    if (last && last.state === b.state && last.end === b.start) {
      last.end = b.end;
      last.count += b.count;
      last.merged += b.merged;
    } else out.push({ ...b });
  }
  return out;
}

/** Blocks narrower than minWidth bytes join their left neighbour (taking the larger state's name). */
function mergeNarrow(blocks: DrawBlock[], minWidth: number): DrawBlock[] {
  const out: DrawBlock[] = [];
  for (const b of blocks) {
    const last = out[out.length - 1];
    if (last && (b.end - b.start < minWidth || last.end - last.start < minWidth)) {
      if (b.end - b.start > last.end - last.start) last.state = b.state;
      last.end = b.end;
      last.count += b.count;
      last.merged += b.merged;
    } else out.push({ ...b });
  }
  return out;
}

/**
 * At most `budget` blocks are drawn in all: rows are kept whole while they fit (the rest are summed in
 * hiddenBytes), same-state neighbours are merged first, then blocks under 1/budget of a row.
 */
export function layoutMap(rows: MapRow[], budget: number, maxRows: number): MapView {
  let aggregated = false;
  const drawn: DrawRow[] = [];
  const hiddenBytes = zero();
  let hiddenRows = 0;
  const perRow = Math.max(4, Math.floor(budget / Math.max(1, Math.min(rows.length, maxRows))));
  for (const [i, row] of rows.entries()) {
    let blocks = fill(row);
    const bytes = zero();
    for (const b of blocks) bytes[b.state] += b.end - b.start;
    if (i >= maxRows) {
      hiddenRows++;
      for (const s of STATES) hiddenBytes[s] += bytes[s];
      continue;
    }
    if (blocks.length > perRow) {
      aggregated = true;
      blocks = mergeSame(blocks);
      if (blocks.length > perRow) blocks = mergeNarrow(blocks, row.capacity / perRow);
    }
    drawn.push({ id: row.id, label: row.label, capacity: row.capacity, blocks, bytes });
  }
  return { rows: drawn, hiddenRows, hiddenBytes, aggregated };
}
