'use client';
import { IntField, type IntFieldClasses } from '@/components/fields/IntField';
import { usePool } from './context';
import { LIMITS } from './state';

const FIELD: IntFieldClasses = { field: 'lab-field', hint: 'lab-note-small', bad: 'pl-hint' };

/** `main`: how objects go into the pool and when the GC runs; `rest`: the workload's size. */
export function Controls({ idBase, part }: { idBase: string; part: 'main' | 'rest' }) {
  const lab = usePool((s) => s.lab);
  const set = usePool((s) => s.set);
  if (part === 'main')
    return (
      <form className="pl-controls" onSubmit={(e) => e.preventDefault()} aria-label="Pool settings">
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
