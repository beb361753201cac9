// Mirrors rustc 1.95.0 library/alloc/src/collections/btree/ (node.rs: node layouts, splitpoint, insert,
// split, merge, steal; map.rs / map/entry.rs: insert, remove, clear; remove.rs, fix.rs: rebalancing after a
// remove; navigate.rs: the order IntoIter / Drop free nodes in) as far as node allocations go.
// BTreeSet<T> is BTreeMap<T, SetValZST> (a zero-sized value). Checked against real runs:
// tests/fixtures/calibration/rust-hashmap.json ("btree"), scripts/calibrate/rust/hashmap.rs.
//
// * B = 6: a node holds up to CAPACITY = 11 keys; every node but the root keeps MIN_LEN = 5.
// * LeafNode<K, V> { parent: Option<NonNull<_>>, parent_idx: u16, len: u16, keys: [K; 11], vals: [V; 11] }
//   (default repr, fields reordered: no padding inside), InternalNode = #[repr(C)] { data: LeafNode,
//   edges: [ptr; 12] } (+ 96 bytes). BTreeMap<u32, u32>: leaf 104 B, internal 200 B.
// * BTreeMap::new() allocates nothing; the first insert allocates the root leaf. An insert into a full
//   node splits it (splitpoint: the new right node is allocated), the middle key goes up, possibly
//   splitting the parent in turn; a root split allocates a new internal root (push_internal_level).
// * A remove that leaves a non-root node under MIN_LEN steals from or merges with a sibling (the left one
//   if there is one); a merge frees the right node and may cascade up; an emptied internal root is freed
//   (pop_internal_level). Removing the last key keeps the (empty) root leaf allocated.
// * clear() and drop free every node, in post-order (each node after all its children, left to right),
//   as IntoIter's deallocating_next / deallocating_end walk the tree.
//
// The shape of the tree depends on the keys' order, so the model keeps the keys (any values a compare
// function orders) but no values.

import { rustLayout, type RustType } from './types';

export const B = 6;
export const CAPACITY = 2 * B - 1;
export const MIN_LEN = B - 1; // MIN_LEN_AFTER_SPLIT
const KV_IDX_CENTER = B - 1;
const EDGE_IDX_LEFT_OF_CENTER = B - 1;
const EDGE_IDX_RIGHT_OF_CENTER = B;
const PTR = 8;

export interface SizeAlign {
  size: number;
  align: number;
}

const roundUp = (n: number, a: number): number => Math.ceil(n / a) * a;

/** Layout::new::<LeafNode<K, V>>(). */
export function leafNodeLayout(key: SizeAlign, val: SizeAlign): SizeAlign {
  const align = Math.max(PTR, key.align, val.align);
  return { size: roundUp(PTR + 2 + 2 + CAPACITY * key.size + CAPACITY * val.size, align), align };
}

/** Layout::new::<InternalNode<K, V>>(): the leaf part, then 2 * B edge pointers. */
export function internalNodeLayout(key: SizeAlign, val: SizeAlign): SizeAlign {
  const leaf = leafNodeLayout(key, val);
  return { size: roundUp(roundUp(leaf.size, PTR) + 2 * B * PTR, leaf.align), align: leaf.align };
}

/** splitpoint(edge_idx): the middle KV index and where the new key goes (left or right node, edge index). */
export function splitpoint(edge_idx: number): [middle_kv_idx: number, side: 'left' | 'right', insert_idx: number] {
  if (edge_idx < EDGE_IDX_LEFT_OF_CENTER) return [KV_IDX_CENTER - 1, 'left', edge_idx];
  if (edge_idx === EDGE_IDX_LEFT_OF_CENTER) return [KV_IDX_CENTER, 'left', edge_idx];
  if (edge_idx === EDGE_IDX_RIGHT_OF_CENTER) return [KV_IDX_CENTER, 'right', 0];
  return [KV_IDX_CENTER + 1, 'right', edge_idx - (KV_IDX_CENTER + 1 + 1)];
}

export interface BTreeEvent {
  kind: 'alloc' | 'dealloc';
  node: 'leaf' | 'internal';
  bytes: number;
  align: number;
}

interface BNode<K> {
  keys: K[];
  /** null for a leaf */
  edges: BNode<K>[] | null;
  parent: BNode<K> | null;
}

const defaultCompare = <K>(a: K, b: K): number => (a < b ? -1 : a > b ? 1 : 0);

/** BTreeMap<K, V> / BTreeSet<K> (value size 0): node allocations of insert, remove, clear and drop. */
export class BTreeMapModel<K = number> {
  readonly leaf: SizeAlign;
  readonly internal: SizeAlign;
  /** Every allocator call so far, oldest first. */
  readonly log: BTreeEvent[] = [];
  private root: BNode<K> | null = null;
  private length = 0;

  constructor(
    key: SizeAlign,
    val: SizeAlign,
    private readonly compare: (a: K, b: K) => number = defaultCompare,
  ) {
    this.leaf = leafNodeLayout(key, val);
    this.internal = internalNodeLayout(key, val);
  }

  get len(): number {
    return this.length;
  }

  /** Levels below the root (0: the root is a leaf); -1 when nothing is allocated. */
  get height(): number {
    let h = -1;
    for (let n = this.root; n; n = n.edges ? n.edges[0]! : null) h++;
    return h;
  }

  /** Allocated nodes: [leaves, internal nodes]. */
  nodeCounts(): [number, number] {
    let leaves = 0;
    let internals = 0;
    const walk = (n: BNode<K>) => {
      if (n.edges) {
        internals++;
        n.edges.forEach(walk);
      } else leaves++;
    };
    if (this.root) walk(this.root);
    return [leaves, internals];
  }

  /** Bytes of all live nodes. */
  allocBytes(): number {
    const [l, i] = this.nodeCounts();
    return l * this.leaf.size + i * this.internal.size;
  }

  /** Keys in order (for checks). */
  keys(): K[] {
    const out: K[] = [];
    const walk = (n: BNode<K>) => {
      n.keys.forEach((k, i) => {
        if (n.edges) walk(n.edges[i]!);
        out.push(k);
      });
      if (n.edges) walk(n.edges[n.keys.length]!);
    };
    if (this.root) walk(this.root);
    return out;
  }

  private newNode(internal: boolean): BNode<K> {
    const l = internal ? this.internal : this.leaf;
    this.log.push({ kind: 'alloc', node: internal ? 'internal' : 'leaf', bytes: l.size, align: l.align });
    return { keys: [], edges: internal ? [] : null, parent: null };
  }

  private freeNode(n: BNode<K>): void {
    const l = n.edges ? this.internal : this.leaf;
    this.log.push({ kind: 'dealloc', node: n.edges ? 'internal' : 'leaf', bytes: l.size, align: l.align });
  }

  // search_node: Found(i) or GoDown(i) by linear search.
  private search(key: K): { node: BNode<K>; idx: number; found: boolean } | null {
    let node = this.root;
    while (node) {
      let idx = 0;
      for (; idx < node.keys.length; idx++) {
        const c = this.compare(key, node.keys[idx]!);
        if (c === 0) return { node, idx, found: true };
        if (c < 0) break;
      }
      if (!node.edges) return { node, idx, found: false };
      node = node.edges[idx]!;
    }
    return null;
  }

  /** Whether `key` is present. */
  contains(key: K): boolean {
    return !!this.search(key)?.found;
  }

  /** BTreeMap::insert (and entry(key).or_insert…): returns the allocator calls. A present key: none. */
  insert(key: K): BTreeEvent[] {
    const start = this.log.length;
    const pos = this.search(key);
    if (pos?.found) return [];
    this.length++;
    if (!pos) {
      const root = this.newNode(false);
      root.keys.push(key);
      this.root = root;
      return this.log.slice(start);
    }
    // insert_recursing: insert into the leaf, then carry each split's middle KV up.
    let split = this.insertInto(pos.node, pos.idx, key, null);
    while (split) {
      const parent = split.left.parent;
      if (!parent) {
        // push_internal_level: a new root above the old one, then push (kv, right).
        const root = this.newNode(true);
        root.edges!.push(split.left, split.right);
        root.keys.push(split.kv);
        split.left.parent = root;
        split.right.parent = root;
        this.root = root;
        break;
      }
      split = this.insertInto(parent, parent.edges!.indexOf(split.left), split.kv, split.right);
    }
    return this.log.slice(start);
  }

  // Handle<Edge>::insert for a leaf (edge == null) or an internal node: insert_fit, or split + insert_fit.
  private insertInto(
    node: BNode<K>,
    idx: number,
    key: K,
    edge: BNode<K> | null,
  ): { left: BNode<K>; kv: K; right: BNode<K> } | null {
    const fit = (n: BNode<K>, i: number) => {
      n.keys.splice(i, 0, key);
      if (edge) {
        n.edges!.splice(i + 1, 0, edge);
        edge.parent = n;
      }
    };
    if (node.keys.length < CAPACITY) {
      fit(node, idx);
      return null;
    }
    const [middle, side, insert_idx] = splitpoint(idx);
    // Handle<KV>::split: a new node of the same kind takes the keys (and edges) right of the middle.
    const right = this.newNode(!!node.edges);
    const kv = node.keys[middle]!;
    right.keys = node.keys.slice(middle + 1);
    node.keys = node.keys.slice(0, middle);
    if (node.edges) {
      right.edges = node.edges.slice(middle + 1);
      node.edges = node.edges.slice(0, middle + 1);
      for (const e of right.edges) e.parent = right;
    }
    right.parent = node.parent;
    fit(side === 'left' ? node : right, insert_idx);
    return { left: node, kv, right };
  }

  /** BTreeMap::remove: the allocator calls (merges free nodes); none if the key is absent. */
  remove(key: K): BTreeEvent[] {
    const start = this.log.length;
    const pos = this.search(key);
    if (!pos?.found) return [];
    this.length--;
    let emptiedInternalRoot = false;
    if (!pos.node.edges) {
      emptiedInternalRoot = this.removeLeafKV(pos.node, pos.idx);
    } else {
      // remove_internal_kv: take the predecessor from its leaf, then put it where `key` is now.
      let leaf = pos.node.edges[pos.idx]!;
      while (leaf.edges) leaf = leaf.edges[leaf.edges.length - 1]!;
      const pred = leaf.keys[leaf.keys.length - 1]!;
      emptiedInternalRoot = this.removeLeafKV(leaf, leaf.keys.length - 1);
      const now = this.search(key)!;
      now.node.keys[now.idx] = pred;
    }
    if (emptiedInternalRoot) {
      // pop_internal_level: the first child becomes the root; the old root is freed.
      const top = this.root!;
      this.root = top.edges![0]!;
      this.root.parent = null;
      this.freeNode(top);
    }
    return this.log.slice(start);
  }

  // remove_leaf_kv; returns true if the root became an empty internal node.
  private removeLeafKV(node: BNode<K>, idx: number): boolean {
    node.keys.splice(idx, 1);
    if (node.keys.length >= MIN_LEN || !node.parent) return false;
    const parent = node.parent;
    const pidx = parent.edges!.indexOf(node);
    // choose_parent_kv: the left sibling if there is one, else the right one.
    const kvIdx = pidx > 0 ? pidx - 1 : 0;
    if (this.canMerge(parent, kvIdx)) this.merge(parent, kvIdx);
    else if (pidx > 0) this.bulkStealLeft(parent, kvIdx, 1);
    else this.bulkStealRight(parent, kvIdx, 1);
    // The leaf (or the merged node) is still a child of `parent`: fix it and its ancestors.
    return !this.fixNodeAndAffectedAncestors(parent);
  }

  // fix_node_and_affected_ancestors: false if the root is an empty internal node.
  private fixNodeAndAffectedAncestors(start: BNode<K>): boolean {
    let node = start;
    for (;;) {
      const len = node.keys.length;
      if (len >= MIN_LEN) return true;
      const parent = node.parent;
      if (!parent) return len > 0;
      const pidx = parent.edges!.indexOf(node);
      const kvIdx = pidx > 0 ? pidx - 1 : 0;
      if (this.canMerge(parent, kvIdx)) {
        this.merge(parent, kvIdx);
        node = parent;
        continue;
      }
      if (pidx > 0) this.bulkStealLeft(parent, kvIdx, MIN_LEN - len);
      else this.bulkStealRight(parent, kvIdx, MIN_LEN - len);
      return true;
    }
  }

  private canMerge(parent: BNode<K>, kvIdx: number): boolean {
    return parent.edges![kvIdx]!.keys.length + 1 + parent.edges![kvIdx + 1]!.keys.length <= CAPACITY;
  }

  // do_merge: left ++ parent KV ++ right into the left child; the right child is freed.
  private merge(parent: BNode<K>, kvIdx: number): void {
    const left = parent.edges![kvIdx]!;
    const right = parent.edges![kvIdx + 1]!;
    left.keys.push(parent.keys[kvIdx]!, ...right.keys);
    parent.keys.splice(kvIdx, 1);
    parent.edges!.splice(kvIdx + 1, 1);
    if (left.edges) {
      for (const e of right.edges!) e.parent = left;
      left.edges.push(...right.edges!);
    }
    this.freeNode(right);
  }

  // bulk_steal_left: the left child's last `count` KVs rotate through the parent into the right child.
  private bulkStealLeft(parent: BNode<K>, kvIdx: number, count: number): void {
    const left = parent.edges![kvIdx]!;
    const right = parent.edges![kvIdx + 1]!;
    const moved = left.keys.splice(left.keys.length - count, count);
    right.keys.unshift(...moved.slice(1), parent.keys[kvIdx]!);
    parent.keys[kvIdx] = moved[0]!;
    if (left.edges) {
      const edges = left.edges.splice(left.edges.length - count, count);
      for (const e of edges) e.parent = right;
      right.edges!.unshift(...edges);
    }
  }

  // bulk_steal_right: the right child's first `count` KVs rotate through the parent into the left child.
  private bulkStealRight(parent: BNode<K>, kvIdx: number, count: number): void {
    const left = parent.edges![kvIdx]!;
    const right = parent.edges![kvIdx + 1]!;
    const moved = right.keys.splice(0, count);
    left.keys.push(parent.keys[kvIdx]!, ...moved.slice(0, count - 1));
    parent.keys[kvIdx] = moved[count - 1]!;
    if (left.edges) {
      const edges = right.edges!.splice(0, count);
      for (const e of edges) e.parent = left;
      left.edges.push(...edges);
    }
  }

  /**
   * FromIterator / From<[_; N]>: bulk_build_from_sorted_iter (alloc's btree/append.rs bulk_push, then
   * fix_right_border_of_plentiful) on an empty tree: a root leaf, each key pushed at the right edge;
   * a full leaf sends the key up to the lowest open ancestor (a new root when none) with a fresh
   * right subtree under it. `keys` are sorted and deduplicated.
   */
  bulkBuild(keys: K[]): BTreeEvent[] {
    const start = this.log.length;
    if (this.root) throw new Error('bulkBuild on a non-empty tree');
    this.root = this.newNode(false);
    let cur = this.root;
    for (const k of keys) {
      if (cur.keys.length < CAPACITY) cur.keys.push(k);
      else {
        let test = cur;
        let h = 0;
        let open: BNode<K>;
        for (;;) {
          const p = test.parent;
          if (!p) {
            open = this.newNode(true); // push_internal_level
            open.edges!.push(test);
            test.parent = open;
            this.root = open;
            break;
          }
          if (p.keys.length < CAPACITY) {
            open = p;
            break;
          }
          test = p;
          h++;
        }
        let right = this.newNode(false);
        for (let i = 0; i < h; i++) {
          const r = this.newNode(true);
          r.edges!.push(right);
          right.parent = r;
          right = r;
        }
        open.keys.push(k);
        open.edges!.push(right);
        right.parent = open;
        cur = right;
        while (cur.edges) cur = cur.edges[cur.edges.length - 1]!;
      }
      this.length++;
    }
    for (let n = this.root; n.edges; ) {
      const kv = n.keys.length - 1;
      const right = n.edges[kv + 1]!;
      if (right.keys.length < MIN_LEN) this.bulkStealLeft(n, kv, MIN_LEN - right.keys.length);
      n = right;
    }
    return this.log.slice(start);
  }

  /** Drop (or into_iter run to the end): frees every node in post-order. The map is then new(). */
  drop(): BTreeEvent[] {
    const start = this.log.length;
    const walk = (n: BNode<K>) => {
      if (n.edges) n.edges.forEach(walk);
      this.freeNode(n);
    };
    if (this.root) walk(this.root);
    this.root = null;
    this.length = 0;
    return this.log.slice(start);
  }

  /** BTreeMap::clear: drops the whole tree (the next insert allocates a new root leaf). */
  clear(): BTreeEvent[] {
    return this.drop();
  }
}

/** A BTreeMap<key, value>, or with value omitted a BTreeSet<key>, laid out as rustc lays out the types. */
export function btreeFor<K = number>(key: RustType, value?: RustType, compare?: (a: K, b: K) => number): BTreeMapModel<K> {
  const k = rustLayout(key);
  const v = value ? rustLayout(value) : { size: 0, align: 1 };
  return new BTreeMapModel<K>({ size: k.size, align: k.align }, { size: v.size, align: v.align }, compare);
}
