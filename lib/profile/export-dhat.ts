// A simulated Rust run's allocation stacks as DHAT's JSON, the file valgrind's DHAT (dh_main.c,
// valgrind 3.19) and dhat-rs write and DHAT's viewer (dh_view.html) opens: dhatFileVersion 2, heap
// mode, one program point per allocation stack with its totals (tb/tbk, a realloc counting as one
// more block of its new size), lifetimes (tl), its max (mb/mbk), what was live at the global peak
// (gb/gbk) and at the end (eb/ebk); frames in ftbl as valgrind prints them, "[root]" first. No
// access counts (bkacc false, as dhat-rs writes). Times are the run's virtual nanoseconds.

import { AllocRecorder, type AllocProfile } from '../runtime/alloc-profile';

export function exportDhat(ap: AllocProfile, cmd = 'main.rs'): string {
  const ftbl = ['[root]'];
  const fIdx = new Map<number, number>();
  const fid = (frame: number) => {
    let i = fIdx.get(frame);
    if (i === undefined) {
      const f = ap.frames[frame];
      i = ftbl.length;
      ftbl.push(`${f.function} (${f.file}:${f.line})`);
      fIdx.set(frame, i);
    }
    return i;
  };
  const pps = ap.buckets
    .filter((b) => b.allocObjects > 0)
    .map((b) => ({
      tb: b.allocBytes,
      tbk: b.allocObjects,
      tl: Math.round(b.lifetime),
      mb: b.maxBytes,
      mbk: b.maxBlocks,
      gb: b.gmaxBytes,
      gbk: b.gmaxBlocks,
      eb: b.curBytes,
      ebk: b.curBlocks,
      fs: AllocRecorder.stackFrames(ap, b.stack).map(fid),
    }));
  // DHAT's own layout: one field per line, program points one per line.
  const head = { dhatFileVersion: 2, mode: 'heap', verb: 'Allocated', bklt: true, bkacc: false, tu: 'ns (simulated)', Mtu: 'ms', tuth: 500, cmd, pid: 1, te: Math.round(ap.endTime), tg: Math.round(ap.peakTime) };
  const lines = Object.entries(head).map(([k, v], i) => `${i ? ',' : '{'}${JSON.stringify(k)}:${JSON.stringify(v)}`);
  lines.push(',"pps":', ' [' + pps.map((p) => JSON.stringify(p)).join('\n ,') + '\n ]');
  lines.push(',"ftbl":', ' [' + ftbl.map((f) => JSON.stringify(f)).join('\n ,') + '\n ]');
  lines.push('}');
  return lines.join('\n') + '\n';
}
