'use client';
import type { PoolComparison } from '@/lib/go/poolsim';
import type { RustPoolResult } from '@/lib/rust/poolsim';
import { fmtBytes, fmtInt } from './format';

/** The readouts: Go with and without the pool, and the Rust counterparts on the same workload. */
export function Totals({ go, rust }: { go: PoolComparison; rust: { freelist: RustPoolResult; clear: RustPoolResult; none: RustPoolResult } }) {
  const { pool, none } = go;
  return (
    <div className="pl-table-scroll" tabIndex={0} role="region" aria-label="Totals table">
      <table className="pl-totals">
        <caption>Totals</caption>
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">Go, sync.Pool</th>
            <th scope="col">Go, no pool</th>
            <th scope="col">Rust, free list</th>
            <th scope="col">Rust, clear() reuse</th>
            <th scope="col">Rust, new each time</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Heap allocations</th>
            <td>{fmtInt(pool.mallocs)}</td>
            <td>{fmtInt(none.mallocs)}</td>
            <td>{fmtInt(rust.freelist.allocs)}</td>
            <td>{fmtInt(rust.clear.allocs)}</td>
            <td>{fmtInt(rust.none.allocs)}</td>
          </tr>
          <tr>
            <th scope="row">Bytes allocated</th>
            <td>{fmtBytes(pool.totalAlloc)}</td>
            <td>{fmtBytes(none.totalAlloc)}</td>
            <td>{fmtBytes(rust.freelist.allocBytes)}</td>
            <td>{fmtBytes(rust.clear.allocBytes)}</td>
            <td>{fmtBytes(rust.none.allocBytes)}</td>
          </tr>
          <tr>
            <th scope="row">GC cycles</th>
            <td>{fmtInt(pool.numGC)}</td>
            <td>{fmtInt(none.numGC)}</td>
            <td>no GC</td>
            <td>no GC</td>
            <td>no GC</td>
          </tr>
          <tr>
            <th scope="row">Pool.New calls</th>
            <td>{fmtInt(pool.news)}</td>
            <td>–</td>
            <td>–</td>
            <td>–</td>
            <td>–</td>
          </tr>
          <tr>
            <th scope="row">Boxes made by Put</th>
            <td>{fmtInt(pool.boxes)}</td>
            <td>–</td>
            <td>–</td>
            <td>–</td>
            <td>–</td>
          </tr>
          <tr>
            <th scope="row">The pool’s own allocations</th>
            <td>{fmtInt(pool.poolOverheadAllocs)}</td>
            <td>–</td>
            <td>{rust.freelist.allocs - rust.clear.allocs > 0 ? fmtInt(rust.freelist.allocs - rust.clear.allocs) : '0'}</td>
            <td>0</td>
            <td>–</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
