import { SIMPLIFICATIONS as PACER } from '@/lib/go/pacer';
import { POOL_SIMPLIFICATIONS } from '@/lib/go/pool';
import { INTERP_SIMPLIFICATIONS as GO } from '@/lib/go/interp/simplifications';
import { INTERP_SIMPLIFICATIONS as RUST } from '@/lib/rust/interp/simplifications';
import type { Lang } from '@/lib/playground/settings';
import { usePg } from './context';

const groups: Record<Lang, { title: string; items: readonly string[] }[]> = {
  go: [
    { title: 'The program', items: GO },
    { title: 'The GC pacer and heap', items: PACER },
    { title: 'sync.Pool', items: POOL_SIMPLIFICATIONS },
  ],
  rust: [{ title: 'The program', items: RUST }],
};

/** What the simulated runtime leaves out, for the language on screen (the lists live beside the models). */
export function ModelNotes() {
  const lang = usePg((s) => s.lang);
  return (
    <details className="pg-model-notes">
      <summary>What this simulation leaves out ({lang === 'go' ? 'Go 1.23' : 'Rust 1.95'})</summary>
      {groups[lang].map((g) => (
        <section key={g.title} aria-label={g.title}>
          <h3>{g.title}</h3>
          <ul>{g.items.map((s) => <li key={s}>{s}</li>)}</ul>
        </section>
      ))}
    </details>
  );
}
