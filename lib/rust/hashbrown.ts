// Mirrors hashbrown 0.16.1 src/raw/mod.rs (the version rustc 1.95.0's std vendors for
// std::collections::HashMap / HashSet; HashSet<T> is HashMap<T, ()>) on x86_64, where the SSE2 group
// makes Group::WIDTH 16, and the std/hashbrown wrappers over it (hashbrown src/map.rs, rustc_entry.rs;
// rustc 1.95.0 library/std/src/collections/hash/map.rs). Checked against real runs:
// tests/fixtures/calibration/rust-hashmap.json (scripts/calibrate/rust/hashmap.rs).
//
// One allocation per table, never realloc'd:
//
//   [padding][T; buckets] | ctrl[buckets + Group::WIDTH]       align = max(align_of::<T>(), 16)
//   data rounded up to the control bytes' alignment ^ ctrl
//
// * capacity_to_buckets: cap < 15 → 4, 8 or 16 buckets (at least min_cap 14 for 0–1-byte T, 7 for
//   2–3-byte T, else 3); otherwise next_power_of_two(cap * 8 / 7) (load factor 7/8).
// * bucket_mask_to_capacity: buckets - 1 for ≤ 8 buckets, else buckets / 8 * 7.
// * new() / with_capacity(0) allocate nothing (the static empty singleton, 1 "bucket").
// * HashMap::insert calls reserve(1) *before* looking the key up, so overwriting an existing key in a
//   table with growth_left == 0 grows it too; entry() looks up first and reserves only when vacant.
// * reserve(n) with n > growth_left → reserve_rehash: if items + n <= full_capacity / 2 the table is
//   rehashed in place (no allocation: it only turns tombstones back into EMPTY), else resized to
//   capacity max(items + n, full_capacity + 1): allocate the new table, move, free the old one.
// * remove never frees. The slot becomes EMPTY (growth_left + 1) unless it sits in a run of ≥ 16
//   non-EMPTY control bytes (then DELETED: a tombstone that keeps growth_left down). Tables of ≤ 16
//   buckets always have an EMPTY byte in every 16-byte window, so they never get tombstones.
// * shrink_to(n) / shrink_to_fit() (= shrink_to(0)): target max(len, n); 0 frees the table; else
//   it resizes when capacity_to_buckets(target) < buckets (alloc new, free old).
// * clear() keeps the allocation (and does nothing at all when len == 0, tombstones included);
//   drain() always resets the control bytes. clone() allocates the same number of buckets.
// * extend(iter) reserves size_hint().0 on an empty map, else (size_hint().0 + 1) / 2;
//   collect() / from_iter() = new() + extend.
//
// What RandomState's seed decides. Sizes never depend on it, except through removes: whether a slot
// becomes a tombstone, and whether a later insert lands on one (no growth_left change) or on an EMPTY
// slot, depend on where the hashes put entries. So after removes in a table of ≥ 32 buckets,
// `capacity()` (= len + growth_left) and the point at which the next resize happens vary from run to
// run (real runs of the same program differ). RawTableModel takes those outcomes as hints (default:
// EMPTY slots, i.e. no tombstones: the common case at low load); with `positions: true` and a hash
// per key it follows control bytes exactly as hashbrown does, so with the hashes a real run used
// (e.g. BuildHasherDefault<DefaultHasher> = SipHash-1-3 with keys 0, 0, see siphash.ts) it
// reproduces that run's allocator calls and capacities.

import { rustLayout, type RustType } from './types';

export const Group_WIDTH = 16; // sse2.rs: Group = __m128i
export const EMPTY = 0xff; // Tag::EMPTY
export const DELETED = 0x80; // Tag::DELETED
const ISIZE_MAX = 2 ** 63 - 1;
const USIZE_LIMIT = 2 ** 64;

/** hashbrown's `Hash table capacity overflow` panic (Fallibility::Infallible::capacity_overflow). */
export class HashCapacityOverflow extends Error {
  constructor(message = 'Hash table capacity overflow') {
    super(message);
    this.name = 'HashCapacityOverflow';
  }
}

/** TableLayout: size_of::<T>() and the control bytes' alignment max(align_of::<T>(), Group::WIDTH). */
export interface TableLayout {
  readonly size: number;
  readonly ctrl_align: number;
}

/** TableLayout::new::<T>() for T of `elemSize` bytes aligned to `elemAlign` (T = (K, V) for a map). */
export function TableLayout_new(elemSize: number, elemAlign: number): TableLayout {
  return { size: elemSize, ctrl_align: elemAlign > Group_WIDTH ? elemAlign : Group_WIDTH };
}

function next_power_of_two(n: number): number {
  let p = 1;
  while (p < n) p *= 2;
  return p;
}

/** Buckets for `cap` items (cap > 0), or null on overflow (cap * 8 overflows usize). */
export function capacity_to_buckets(cap: number, table_layout: TableLayout): number | null {
  if (cap < 15) {
    // Small tables: at least one EMPTY bucket, and buckets * size >= ctrl_align (Group::WIDTH 16).
    const min_cap = table_layout.size <= 1 ? 14 : table_layout.size <= 3 ? 7 : 3;
    const c = Math.max(min_cap, cap);
    return c < 4 ? 4 : c < 8 ? 8 : 16;
  }
  if (cap * 8 >= USIZE_LIMIT) return null; // cap.checked_mul(8)?
  const adjusted_cap = Math.floor((cap * 8) / 7);
  return next_power_of_two(adjusted_cap);
}

/** Items a table of bucket_mask + 1 buckets holds: one bucket kept free up to 8, else 1/8. */
export function bucket_mask_to_capacity(bucket_mask: number): number {
  if (bucket_mask < 8) return bucket_mask;
  return ((bucket_mask + 1) / 8) * 7;
}

/** The allocation's Layout and where the control bytes start, or null if it overflows isize. */
export function calculate_layout_for(
  table_layout: TableLayout,
  buckets: number,
): { size: number; align: number; ctrl_offset: number } | null {
  const { size, ctrl_align } = table_layout;
  const data = size * buckets;
  if (data >= USIZE_LIMIT) return null;
  const ctrl_offset = Math.ceil(data / ctrl_align) * ctrl_align;
  const len = ctrl_offset + buckets + Group_WIDTH;
  if (len > ISIZE_MAX - (ctrl_align - 1)) return null;
  return { size: len, align: ctrl_align, ctrl_offset };
}

/** Bytes of the table allocation for `buckets` buckets (0 for the unallocated singleton). */
export function tableBytes(table_layout: TableLayout, buckets: number): number {
  if (buckets <= 1) return 0;
  const l = calculate_layout_for(table_layout, buckets);
  if (!l) throw new HashCapacityOverflow();
  return l.size;
}

/** One allocator call: hashbrown only ever allocates or frees whole tables (no realloc). */
export interface TableEvent {
  kind: 'alloc' | 'dealloc';
  bytes: number;
  align: number;
  buckets: number;
}

/** A key in positions mode: its full 64-bit hash and an identity the caller chooses (=== is Eq). */
export interface KeyRef {
  hash: bigint;
  id: number;
}

/** Outcome hints for counts mode (ignored in positions mode, where the control bytes decide). */
export interface InsertHint {
  /** the key is already present (insert overwrites the value; entry finds it) */
  existing?: boolean;
  /** the new entry lands on a tombstone (only possible while the table has tombstones) */
  reusesTombstone?: boolean;
}
export interface RemoveHint {
  /** the slot becomes a tombstone (only possible in tables of ≥ 32 buckets) */
  tombstone?: boolean;
}

// Positions mode: control bytes (buckets + Group::WIDTH, the tail mirroring the first group), and per
// bucket the low 32 bits of the hash (h1), the tag (h2) and the caller's id.
interface Slots {
  ctrl: Uint8Array;
  lo: Uint32Array;
  tag: Uint8Array;
  id: Float64Array;
}

const isFull = (c: number): boolean => (c & 0x80) === 0;
const h2 = (hash: bigint): number => Number((hash >> 57n) & 0x7fn); // Tag::full
const h1lo = (hash: bigint): number => Number(hash & 0xffffffffn); // h1 (masked by bucket_mask < 2^32)

function newSlots(buckets: number): Slots {
  const ctrl = new Uint8Array(buckets + Group_WIDTH);
  ctrl.fill(EMPTY);
  return { ctrl, lo: new Uint32Array(buckets), tag: new Uint8Array(buckets), id: new Float64Array(buckets) };
}

/**
 * hashbrown's RawTable<T> as far as the allocator and capacity go. Counts mode (default) keeps
 * bucket_mask, items, growth_left and the number of tombstones; positions mode (`positions: true`)
 * also keeps control bytes and per-bucket hashes, and needs a KeyRef for every keyed operation.
 * Every method returns the allocator calls it made (also appended to `log`).
 */
export class RawTableModel {
  readonly table_layout: TableLayout;
  readonly elemSize: number;
  readonly elemAlign: number;
  bucket_mask = 0;
  items = 0;
  growth_left = 0;
  /** DELETED control bytes (tombstones): buckets - items - tombstones are EMPTY. */
  tombstones = 0;
  /** Every allocator call so far, oldest first. */
  readonly log: TableEvent[] = [];
  /**
   * The control byte the last insert / entry took or the last remove left: 'tombstone' (DELETED)
   * or 'empty' (EMPTY); null if it found the key present / absent. Shows where growth_left went.
   */
  lastSlot: 'empty' | 'tombstone' | null = null;
  private slots: Slots | null;
  readonly positions: boolean;

  /** RawTable::with_capacity(capacity) (0: RawTable::new(), no allocation). */
  constructor(elemSize: number, elemAlign: number, opts: { capacity?: number; positions?: boolean } = {}) {
    for (const [what, n] of [['elemSize', elemSize], ['elemAlign', elemAlign]] as const) {
      if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${what} must be a non-negative integer, got ${n}`);
    }
    this.elemSize = elemSize;
    this.elemAlign = elemAlign;
    this.table_layout = TableLayout_new(elemSize, elemAlign);
    this.positions = opts.positions ?? false;
    this.slots = null;
    const capacity = opts.capacity ?? 0;
    checkCount('capacity', capacity);
    if (capacity > 0) this.installNew(capacity);
  }

  /** Number of buckets (1 for the unallocated empty singleton). */
  get buckets(): number {
    return this.bucket_mask + 1;
  }

  get len(): number {
    return this.items;
  }

  /** HashMap::capacity(): len + growth_left (drops below the nominal capacity while tombstones exist). */
  capacity(): number {
    return this.items + this.growth_left;
  }

  /** Bytes of the current allocation (0 when unallocated). */
  allocBytes(): number {
    return tableBytes(this.table_layout, this.buckets);
  }

  /** Control bytes (positions mode only; a copy). */
  ctrlBytes(): Uint8Array | null {
    return this.slots ? this.slots.ctrl.slice() : null;
  }

  // --- allocation -------------------------------------------------------------------------------

  private record(kind: TableEvent['kind'], buckets: number): TableEvent {
    const l = calculate_layout_for(this.table_layout, buckets);
    if (!l) throw new HashCapacityOverflow();
    const ev: TableEvent = { kind, bytes: l.size, align: l.align, buckets };
    this.log.push(ev);
    return ev;
  }

  /** RawTableInner::fallible_with_capacity: buckets for `capacity` (> 0), allocated and all EMPTY. */
  private allocFor(capacity: number): { bucket_mask: number; slots: Slots | null } {
    const buckets = capacity_to_buckets(capacity, this.table_layout);
    if (buckets === null) throw new HashCapacityOverflow();
    this.record('alloc', buckets);
    return { bucket_mask: buckets - 1, slots: this.positions ? newSlots(buckets) : null };
  }

  // with_capacity into an unallocated table.
  private installNew(capacity: number): void {
    const t = this.allocFor(capacity);
    this.bucket_mask = t.bucket_mask;
    this.slots = t.slots;
    this.items = 0;
    this.growth_left = bucket_mask_to_capacity(t.bucket_mask);
    this.tombstones = 0;
  }

  // drop_inner_table / free_buckets.
  private free(): void {
    if (this.bucket_mask !== 0) this.record('dealloc', this.buckets);
    this.bucket_mask = 0;
    this.items = 0;
    this.growth_left = 0;
    this.tombstones = 0;
    this.slots = null;
  }

  private since(start: number): TableEvent[] {
    return this.log.slice(start);
  }

  // --- control bytes (positions mode) -----------------------------------------------------------

  private set_ctrl(index: number, ctrl: number): void {
    const s = this.slots!;
    const index2 = ((index - Group_WIDTH) & this.bucket_mask) + Group_WIDTH;
    s.ctrl[index] = ctrl;
    s.ctrl[index2] = ctrl;
  }

  // find_insert_index: first EMPTY or DELETED bucket on the triangular probe sequence.
  private find_insert_index(s: Slots, mask: number, lo: number): number {
    let pos = lo & mask;
    let stride = 0;
    for (;;) {
      for (let b = 0; b < Group_WIDTH; b++) {
        if (!isFull(s.ctrl[pos + b]!)) {
          const index = (pos + b) & mask;
          return this.fix_insert_index(s, index);
        }
      }
      stride += Group_WIDTH;
      pos = (pos + stride) & mask;
    }
  }

  // In tables smaller than a group the trailing EMPTY bytes can point at a full bucket: rescan group 0.
  private fix_insert_index(s: Slots, index: number): number {
    if (isFull(s.ctrl[index]!)) {
      for (let b = 0; b < Group_WIDTH; b++) if (!isFull(s.ctrl[b]!)) return b;
    }
    return index;
  }

  // find_inner: the bucket holding `key`, or -1.
  private find(key: KeyRef): number {
    const s = this.slots;
    if (!s || this.bucket_mask === 0) return -1;
    const mask = this.bucket_mask;
    const tag = h2(key.hash);
    let pos = h1lo(key.hash) & mask;
    let stride = 0;
    for (;;) {
      let sawEmpty = false;
      for (let b = 0; b < Group_WIDTH; b++) {
        const c = s.ctrl[pos + b]!;
        if (c === tag) {
          const index = (pos + b) & mask;
          if (s.id[index] === key.id) return index;
        } else if (c === EMPTY) sawEmpty = true;
      }
      if (sawEmpty) return -1;
      stride += Group_WIDTH;
      if (stride > mask) return -1;
      pos = (pos + stride) & mask;
    }
  }

  // record_item_insert_at + writing the bucket.
  private insertAt(index: number, key: KeyRef): void {
    const s = this.slots!;
    const old = s.ctrl[index]!;
    if (old === EMPTY) this.growth_left--;
    else this.tombstones--;
    this.lastSlot = old === EMPTY ? 'empty' : 'tombstone';
    const tag = h2(key.hash);
    this.set_ctrl(index, tag);
    s.lo[index] = h1lo(key.hash);
    s.tag[index] = tag;
    s.id[index] = key.id;
    this.items++;
  }

  // RawTableInner::erase: EMPTY if an EMPTY byte is within the 16 bytes around the slot, else DELETED.
  private eraseAt(index: number): void {
    const s = this.slots!;
    const index_before = (index - Group_WIDTH) & this.bucket_mask;
    let leading = 0; // empty_before.leading_zeros(): non-EMPTY bytes just before `index`
    for (let b = Group_WIDTH - 1; b >= 0 && s.ctrl[index_before + b] !== EMPTY; b--) leading++;
    let trailing = 0; // empty_after.trailing_zeros(): non-EMPTY bytes from `index` on
    for (let b = 0; b < Group_WIDTH && s.ctrl[index + b] !== EMPTY; b++) trailing++;
    if (leading + trailing >= Group_WIDTH) {
      this.set_ctrl(index, DELETED);
      this.tombstones++;
      this.lastSlot = 'tombstone';
    } else {
      this.set_ctrl(index, EMPTY);
      this.growth_left++;
      this.lastSlot = 'empty';
    }
    this.items--;
  }

  // --- growth -----------------------------------------------------------------------------------

  /** RawTable::reserve: nothing unless additional > growth_left, then reserve_rehash. */
  reserve(additional: number): TableEvent[] {
    checkCount('additional', additional);
    const start = this.log.length;
    if (additional > this.growth_left) this.reserve_rehash(additional);
    return this.since(start);
  }

  /** reserve_rehash_inner: rehash in place if items + additional fit in half the table, else resize. */
  private reserve_rehash(additional: number): void {
    const new_items = this.items + additional;
    if (!Number.isSafeInteger(new_items)) throw new HashCapacityOverflow();
    const full_capacity = bucket_mask_to_capacity(this.bucket_mask);
    if (new_items <= Math.floor(full_capacity / 2)) this.rehash_in_place();
    else this.resize(Math.max(new_items, full_capacity + 1));
  }

  /** resize_inner: a new table for `capacity` items, entries moved in bucket order, old table freed. */
  private resize(capacity: number): void {
    const t = this.allocFor(capacity);
    if (this.positions) {
      const old = this.slots;
      const s = t.slots!;
      if (old) {
        for (let i = 0; i <= this.bucket_mask; i++) {
          if (!isFull(old.ctrl[i]!)) continue;
          const index = this.find_insert_index(s, t.bucket_mask, old.lo[i]!);
          const index2 = ((index - Group_WIDTH) & t.bucket_mask) + Group_WIDTH;
          s.ctrl[index] = s.ctrl[index2] = old.tag[i]!;
          s.lo[index] = old.lo[i]!;
          s.tag[index] = old.tag[i]!;
          s.id[index] = old.id[i]!;
        }
      }
    }
    const items = this.items;
    if (this.bucket_mask !== 0) this.record('dealloc', this.buckets);
    this.bucket_mask = t.bucket_mask;
    this.slots = t.slots;
    this.items = items;
    this.growth_left = bucket_mask_to_capacity(t.bucket_mask) - items;
    this.tombstones = 0;
  }

  /** rehash_in_place: tombstones become EMPTY again; entries may move. No allocation. */
  private rehash_in_place(): void {
    const s = this.slots;
    if (s) {
      const buckets = this.buckets;
      const mask = this.bucket_mask;
      // prepare_rehash_in_place: FULL → DELETED, EMPTY/DELETED → EMPTY (per aligned group), then mirror.
      for (let i = 0; i < Math.max(buckets, Group_WIDTH); i++) s.ctrl[i] = isFull(s.ctrl[i]!) ? DELETED : EMPTY;
      if (buckets < Group_WIDTH) s.ctrl.copyWithin(Group_WIDTH, 0, buckets);
      else s.ctrl.copyWithin(buckets, 0, Group_WIDTH);
      const probeIndex = (pos: number, lo: number) => ((pos - (lo & mask)) & mask) / Group_WIDTH | 0;
      outer: for (let i = 0; i < buckets; i++) {
        if (s.ctrl[i] !== DELETED) continue;
        for (;;) {
          const lo = s.lo[i]!;
          const tag = s.tag[i]!;
          const new_i = this.find_insert_index(s, mask, lo);
          if (probeIndex(i, lo) === probeIndex(new_i, lo)) {
            this.set_ctrl(i, tag); // already in the right group
            continue outer;
          }
          const prev = s.ctrl[new_i]!;
          this.set_ctrl(new_i, tag);
          if (prev === EMPTY) {
            this.set_ctrl(i, EMPTY);
            s.lo[new_i] = lo;
            s.tag[new_i] = tag;
            s.id[new_i] = s.id[i]!;
            continue outer;
          }
          // prev was DELETED (an entry not rehashed yet): swap and rehash the one now at i.
          [s.lo[i], s.lo[new_i]] = [s.lo[new_i]!, lo];
          [s.tag[i], s.tag[new_i]] = [s.tag[new_i]!, tag];
          [s.id[i], s.id[new_i]] = [s.id[new_i]!, s.id[i]!];
        }
      }
    }
    this.growth_left = bucket_mask_to_capacity(this.bucket_mask) - this.items;
    this.tombstones = 0;
  }

  // --- keyed operations -------------------------------------------------------------------------

  private needKey(key: KeyRef | undefined, op: string): KeyRef {
    if (!key) throw new Error(`RawTableModel.${op}: positions mode needs a KeyRef`);
    return key;
  }

  // Places a new entry after the reserve (insert_at_index / insert_no_grow).
  private place(key: KeyRef | undefined, hint: InsertHint | undefined): void {
    if (this.positions) {
      const k = this.needKey(key, 'insert');
      this.insertAt(this.find_insert_index(this.slots!, this.bucket_mask, h1lo(k.hash)), k);
    } else if (hint?.reusesTombstone && this.tombstones > 0) {
      this.tombstones--;
      this.items++;
      this.lastSlot = 'tombstone';
    } else {
      this.growth_left--;
      this.items++;
      this.lastSlot = 'empty';
    }
  }

  /**
   * HashMap::insert / HashSet::insert: reserve(1) first (even if the key turns out to be present),
   * then overwrite or add.
   */
  insert(key?: KeyRef, hint?: InsertHint): TableEvent[] {
    const start = this.log.length;
    this.lastSlot = null;
    this.reserve(1);
    const existing = this.positions ? this.find(this.needKey(key, 'insert')) >= 0 : !!hint?.existing;
    if (!existing) this.place(key, hint);
    return this.since(start);
  }

  /** HashMap::entry(k) (+ or_insert… when vacant): look up first; reserve(1) only if vacant. */
  entry(key?: KeyRef, hint?: InsertHint): TableEvent[] {
    const start = this.log.length;
    this.lastSlot = null;
    const existing = this.positions ? this.find(this.needKey(key, 'entry')) >= 0 : !!hint?.existing;
    if (!existing) {
      this.reserve(1);
      this.place(key, hint);
    }
    return this.since(start);
  }

  /** Whether `key` is present (positions mode). */
  contains(key: KeyRef): boolean {
    return this.find(key) >= 0;
  }

  /** HashMap::remove: true if an entry was removed. Never allocates or frees. */
  remove(key?: KeyRef, hint?: RemoveHint): boolean {
    this.lastSlot = null;
    if (this.positions) {
      const index = this.find(this.needKey(key, 'remove'));
      if (index < 0) return false;
      this.eraseAt(index);
      return true;
    }
    if (this.items === 0) return false;
    this.items--;
    if (hint?.tombstone && this.buckets > Group_WIDTH) {
      this.tombstones++;
      this.lastSlot = 'tombstone';
    } else {
      this.growth_left++;
      this.lastSlot = 'empty';
    }
    return true;
  }

  /**
   * HashMap::retain: erases, in bucket order, the entries `keep` rejects (positions mode: by id;
   * counts mode: pass the number removed and how many of them became tombstones).
   */
  retain(keep: ((id: number) => boolean) | number, tombstones = 0): number {
    let removed = 0;
    if (typeof keep === 'function') {
      const s = this.slots;
      if (!s) return 0;
      for (let i = 0; i < this.buckets; i++) {
        if (isFull(s.ctrl[i]!) && !keep(s.id[i]!)) {
          this.eraseAt(i);
          removed++;
        }
      }
      return removed;
    }
    checkCount('removed', keep);
    for (let i = 0; i < keep && this.items > 0; i++, removed++) this.remove(undefined, { tombstone: i < tombstones });
    return removed;
  }

  /** The ids in bucket order (iteration order of iter() / retain; positions mode). */
  ids(): number[] {
    const s = this.slots;
    const out: number[] = [];
    if (s) for (let i = 0; i < this.buckets; i++) if (isFull(s.ctrl[i]!)) out.push(s.id[i]!);
    return out;
  }

  // --- whole-table operations -------------------------------------------------------------------

  /**
   * Extend::extend's reservation for an iterator whose size_hint().0 is `lowerBound` (the caller then
   * inserts each item). FromIterator (collect, HashMap::from([...])) is new() + extend.
   */
  extendReserve(lowerBound: number): TableEvent[] {
    checkCount('lowerBound', lowerBound);
    return this.reserve(this.items === 0 ? lowerBound : Math.floor((lowerBound + 1) / 2));
  }

  /** shrink_to(min_size): to max(len, min_size) items; 0 frees the table. */
  shrink_to(min_size: number): TableEvent[] {
    checkCount('min_size', min_size);
    const start = this.log.length;
    const target = Math.max(this.items, min_size);
    if (target === 0) {
      this.free();
      return this.since(start);
    }
    const min_buckets = capacity_to_buckets(target, this.table_layout);
    if (min_buckets === null || min_buckets >= this.buckets) return this.since(start);
    if (this.items === 0) {
      // Fast path: a fresh table, then the old one is freed.
      const t = this.allocFor(target);
      if (this.bucket_mask !== 0) this.record('dealloc', this.buckets);
      this.bucket_mask = t.bucket_mask;
      this.slots = t.slots;
      this.growth_left = bucket_mask_to_capacity(t.bucket_mask);
      this.tombstones = 0;
    } else {
      this.resize(target);
    }
    return this.since(start);
  }

  /** shrink_to_fit() = shrink_to(0). */
  shrink_to_fit(): TableEvent[] {
    return this.shrink_to(0);
  }

  // clear_no_drop: every control byte EMPTY, growth_left back to full capacity.
  private clear_no_drop(): void {
    if (this.slots) this.slots.ctrl.fill(EMPTY);
    this.items = 0;
    this.growth_left = bucket_mask_to_capacity(this.bucket_mask);
    this.tombstones = 0;
  }

  /** clear(): drops the entries, keeps the allocation; a no-op on an empty table (even with tombstones). */
  clear(): TableEvent[] {
    if (this.items !== 0) this.clear_no_drop();
    return [];
  }

  /** drain() run to completion (or dropped): like clear(), but always resets the control bytes. */
  drain(): TableEvent[] {
    this.clear_no_drop();
    return [];
  }

  /** Clone: a table of the same bucket count (control bytes and tombstones copied); its `log` has the alloc. */
  clone(): RawTableModel {
    const c = new RawTableModel(this.elemSize, this.elemAlign, { positions: this.positions });
    if (this.bucket_mask === 0) return c;
    c.record('alloc', this.buckets);
    c.bucket_mask = this.bucket_mask;
    c.items = this.items;
    c.growth_left = this.growth_left;
    c.tombstones = this.tombstones;
    if (this.slots) {
      const s = this.slots;
      c.slots = { ctrl: s.ctrl.slice(), lo: s.lo.slice(), tag: s.tag.slice(), id: s.id.slice() };
    }
    return c;
  }

  /** Drop: frees the table if allocated. The model is then an empty new() table. */
  drop(): TableEvent[] {
    const start = this.log.length;
    this.free();
    return this.since(start);
  }
}

function checkCount(what: string, n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${what} must be a non-negative integer, got ${n}`);
}

/**
 * The table of a HashMap<key, value> (T = (K, V)) or, with value omitted, a HashSet<key> (T = K), laid
 * out as rustc lays out those types; `capacity` as with_capacity.
 */
export function hashTableFor(
  key: RustType,
  value?: RustType,
  opts: { capacity?: number; positions?: boolean } = {},
): RawTableModel {
  const l = rustLayout(value ? { kind: 'tuple', elems: [key, value] } : key);
  return new RawTableModel(l.size, l.align, opts);
}
