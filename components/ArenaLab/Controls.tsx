'use client';
import { ARENA_KINDS, KIND_LABELS, LIMITS } from '@/lib/arena/workload';
import { IntField } from '@/components/fields/IntField';
import { SGL_FIELD } from '@/components/SliceGrowthLab/fields';
import { useArena } from './context';

/** `main` (arena, objects, size) comes before the chart in a narrow column; `rest` after it. */
export function Controls({ idBase, part }: { idBase: string; part: 'main' | 'rest' }) {
  const w = useArena((s) => s.workload);
  const set = useArena((s) => s.set);
  if (part === 'main')
    return (
      <form className="sgl-controls" onSubmit={(e) => e.preventDefault()} aria-label="Arena and objects">
        <fieldset className="sgl-field sgl-radios arl-kinds">
          <legend>Arena</legend>
          {ARENA_KINDS.map((k) => (
            <label key={k}>
              <input type="radio" name={`${idBase}-kind`} value={k} checked={w.kind === k} onChange={() => set({ kind: k })} /> {KIND_LABELS[k]}
            </label>
          ))}
        </fieldset>
        <IntField id={`${idBase}-objects`} label="Objects per request" value={w.objects} min={LIMITS.objects.min} max={LIMITS.objects.max} classes={SGL_FIELD} onCommit={(v) => v !== null && set({ objects: v })} />
        <IntField id={`${idBase}-size`} label="Object size (bytes)" value={w.size} min={LIMITS.size.min} max={LIMITS.size.max} classes={SGL_FIELD} onCommit={(v) => v !== null && set({ size: v })} />
      </form>
    );
  return (
    <form className="sgl-controls" onSubmit={(e) => e.preventDefault()} aria-label="Requests and lifetimes">
      <IntField id={`${idBase}-requests`} label="Requests" value={w.requests} min={LIMITS.requests.min} max={LIMITS.requests.max} classes={SGL_FIELD} onCommit={(v) => v !== null && set({ requests: v })} />
      <fieldset className="sgl-field sgl-radios">
        <legend>Arena lifetime</legend>
        <label>
          <input type="radio" name={`${idBase}-scope`} value="request" checked={w.scope === 'request'} onChange={() => set({ scope: 'request' })} /> One per request
        </label>
        <label>
          <input type="radio" name={`${idBase}-scope`} value="program" checked={w.scope === 'program'} onChange={() => set({ scope: 'program' })} /> One for the program
        </label>
      </fieldset>
      <IntField
        id={`${idBase}-keep`}
        label="Objects that outlive each request"
        value={w.keep}
        min={LIMITS.keep.min}
        max={Math.min(LIMITS.keep.max, w.objects)}
        hint="An arena frees all or nothing: one kept object keeps the whole arena."
        classes={SGL_FIELD}
        onCommit={(v) => v !== null && set({ keep: v })}
      />
      <IntField id={`${idBase}-large`} label="Large allocations per request" value={w.large} min={LIMITS.large.min} max={LIMITS.large.max} classes={SGL_FIELD} onCommit={(v) => v !== null && set({ large: v })} />
      <IntField id={`${idBase}-large-size`} label="Large allocation size (bytes)" value={w.largeSize} min={LIMITS.largeSize.min} max={LIMITS.largeSize.max} classes={SGL_FIELD} onCommit={(v) => v !== null && set({ largeSize: v })} />
      {w.kind === 'go' && (
        <label className="sgl-check">
          <input type="checkbox" checked={w.pointers} onChange={(e) => set({ pointers: e.target.checked })} /> Objects hold pointers
        </label>
      )}
    </form>
  );
}
