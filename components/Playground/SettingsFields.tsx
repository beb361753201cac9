'use client';
// GOGC, GOMEMLIMIT, GOMAXPROCS and GODEBUG=gctrace=1 for program A, or for B in compare mode.

import { LIMITS, type Settings } from '@/lib/playground/settings';
import { usePg } from './context';
import { IntField, type IntFieldClasses } from '@/components/fields/IntField';

const PG_FIELD: IntFieldClasses = { field: 'pg-field', hint: 'pg-field-hint', bad: 'pg-field-hint pg-bad' };

export function SettingsFields({ idBase, which }: { idBase: string; which: 'a' | 'b' }) {
  const lang = usePg((s) => s.lang);
  const settings = usePg((s) => (which === 'a' ? s.settings : s.compare?.settings));
  const setSettings = usePg((s) => s.setSettings);
  if (!settings) return null;
  const id = `${idBase}-${which}`;
  const set = (patch: Partial<Settings>) => setSettings(which, { ...settings, ...patch });
  const off = settings.gogc === 'off';
  const title = which === 'a' ? 'Go runtime settings' : 'Go runtime settings for B';
  if (lang !== 'go') {
    return which === 'a' ? <p className="pg-note">Rust has no garbage collector: GOGC, GOMEMLIMIT and GOMAXPROCS apply to Go programs only.</p> : null;
  }
  return (
    <fieldset className={`pg-settings pg-settings-${which}`}>
      <legend>{title}</legend>
      <div className="pg-gogc">
        <IntField
        classes={PG_FIELD}
          id={`${id}-gogc`}
          label={which === 'a' ? 'GOGC (%)' : 'GOGC for B (%)'}
          value={off ? null : (settings.gogc as number)}
          min={LIMITS.gogc.min}
          max={LIMITS.gogc.max}
          allowEmpty={off}
          disabled={off}
          onCommit={(v) => v !== null && set({ gogc: v })}
        />
        <label className="pg-check">
          <input type="checkbox" checked={off} onChange={(e) => set({ gogc: e.target.checked ? 'off' : 100 })} /> GOGC=off
        </label>
      </div>
      <IntField
        classes={PG_FIELD}
        id={`${id}-memlimit`}
        label={which === 'a' ? 'GOMEMLIMIT (MiB)' : 'GOMEMLIMIT for B (MiB)'}
        value={settings.memlimitMiB}
        min={LIMITS.memlimitMiB.min}
        max={LIMITS.memlimitMiB.max}
        allowEmpty
        hint="Empty: no limit."
        onCommit={(v) => set({ memlimitMiB: v })}
      />
      <IntField
        classes={PG_FIELD}
        id={`${id}-procs`}
        label={which === 'a' ? 'GOMAXPROCS' : 'GOMAXPROCS for B'}
        value={settings.gomaxprocs}
        min={LIMITS.gomaxprocs.min}
        max={LIMITS.gomaxprocs.max}
        onCommit={(v) => v !== null && set({ gomaxprocs: v })}
      />
      <label className="pg-check" htmlFor={`${id}-gctrace`}>
        <input
          type="checkbox"
          id={`${id}-gctrace`}
          checked={!!settings.gctrace}
          aria-describedby={`${id}-gctrace-hint`}
          onChange={(e) => set({ gctrace: e.target.checked })}
        />{' '}
        {which === 'a' ? 'Print gctrace' : 'Print gctrace for B'}
      </label>
      <p className="pg-field-hint" id={`${id}-gctrace-hint`}>
        GODEBUG=gctrace=1: a line per GC cycle in the output&apos;s stderr.
      </p>
    </fieldset>
  );
}
