'use client';
import { IntField, type IntFieldClasses } from '@/components/fields/IntField';
import { usePool } from './context';
import { LIMITS } from '@/lib/poollab/state';

const FIELD: IntFieldClasses = { field: 'lab-field', hint: 'lab-note-small', bad: 'pl-hint' };

/** `main`: how objects go into the pool and when the GC runs; `rest`: the workload's size. */
export function Controls({ idBase, part }: { idBase: string; part: 'main' | 'rest' }) {
  const lab = usePool((s) => s.lab);
  const set = usePool((s) => s.set);
  const viewPicker = (
    <fieldset className="lab-field pl-radios">
      <legend>Simulate</legend>
      <label>
        <input type="radio" name={`${idBase}-view`} checked={lab.view === 'pool'} onChange={() => set('view', 'pool')} /> sync.Pool
      </label>
      <label>
        <input type="radio" name={`${idBase}-view`} checked={lab.view === 'workers'} onChange={() => set('view', 'workers')} /> worker pools
      </label>
    </fieldset>
  );
  if (part === 'main' && lab.view === 'workers')
    return (
      <form className="pl-controls" onSubmit={(e) => e.preventDefault()} aria-label="Worker pool settings">
        {viewPicker}
        <IntField id={`${idBase}-workers`} label="Workers (N)" value={lab.workers} min={LIMITS.workers.min} max={LIMITS.workers.max} classes={FIELD} onCommit={(v) => set('workers', v!)} />
        <IntField
          id={`${idBase}-capacity`}
          label="Channel capacity (C)"
          value={lab.capacity}
          min={LIMITS.capacity.min}
          max={LIMITS.capacity.max}
          classes={FIELD}
          onCommit={(v) => set('capacity', v!)}
        />
        <IntField
          id={`${idBase}-work`}
          label="Work per request (Gosched calls)"
          value={lab.work}
          min={LIMITS.work.min}
          max={LIMITS.work.max}
          classes={FIELD}
          onCommit={(v) => set('work', v!)}
        />
        <IntField
          id={`${idBase}-gap`}
          label="Producer’s Gosched calls between requests"
          value={lab.gap}
          min={LIMITS.gap.min}
          max={LIMITS.gap.max}
          classes={FIELD}
          onCommit={(v) => set('gap', v!)}
        />
      </form>
    );
  if (part === 'main')
    return (
      <form className="pl-controls" onSubmit={(e) => e.preventDefault()} aria-label="Pool settings">
        {viewPicker}
        <fieldset className="lab-field pl-radios">
          <legend>Put</legend>
          <label>
            <input type="radio" name={`${idBase}-put`} checked={lab.put === 'pointer'} onChange={() => set('put', 'pointer')} /> a pointer (<code>*[]byte</code>)
          </label>
          <label>
            <input type="radio" name={`${idBase}-put`} checked={lab.put === 'value'} onChange={() => set('put', 'value')} /> the value (<code>[]byte</code>, boxed)
          </label>
        </fieldset>
        <fieldset className="lab-field pl-radios">
          <legend>GC</legend>
          <label>
            <input type="radio" name={`${idBase}-gc`} checked={lab.gc === 'pacer'} onChange={() => set('gc', 'pacer')} /> paced by GOGC
          </label>
          <label>
            <input type="radio" name={`${idBase}-gc`} checked={lab.gc === 'forced'} onChange={() => set('gc', 'forced')} /> forced (GOGC off, runtime.GC())
          </label>
        </fieldset>
        {lab.gc === 'pacer' ? (
          <IntField id={`${idBase}-gogc`} label="GOGC" value={lab.gogc} min={LIMITS.gogc.min} max={LIMITS.gogc.max} classes={FIELD} onCommit={(v) => set('gogc', v!)} />
        ) : (
          <IntField
            id={`${idBase}-every`}
            label="runtime.GC() every … requests"
            value={lab.every}
            min={LIMITS.every.min}
            max={LIMITS.every.max}
            classes={FIELD}
            onCommit={(v) => set('every', v!)}
          />
        )}
      </form>
    );
  return (
    <form className="pl-controls" onSubmit={(e) => e.preventDefault()} aria-label="Workload">
      {lab.view === 'pool' ? (
        <div className="lab-field">
          <label htmlFor={`${idBase}-procs`}>GOMAXPROCS</label>
          <select id={`${idBase}-procs`} value={lab.procs} onChange={(e) => set('procs', Number(e.target.value))}>
            {Array.from({ length: LIMITS.procs.max }, (_, i) => i + 1).map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <p className="lab-note-small">GOMAXPROCS 1: the worker pools run on one P, in the runtime’s own order.</p>
      )}
      <IntField id={`${idBase}-requests`} label="Requests" value={lab.requests} min={LIMITS.requests.min} max={LIMITS.requests.max} classes={FIELD} onCommit={(v) => set('requests', v!)} />
      <IntField id={`${idBase}-perreq`} label="Objects per request" value={lab.perReq} min={LIMITS.perReq.min} max={LIMITS.perReq.max} classes={FIELD} onCommit={(v) => set('perReq', v!)} />
      <IntField
        id={`${idBase}-size`}
        label="Object size (bytes)"
        value={lab.size}
        min={LIMITS.size.min}
        max={LIMITS.size.max}
        hint="Each object is a make([]byte, size)."
        classes={FIELD}
        onCommit={(v) => set('size', v!)}
      />
    </form>
  );
}
