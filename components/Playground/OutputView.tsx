// The program's output without the store: exit code, the budget message when a budget stopped it,
// stdout, stderr. The playground shows it from its store (./OutputPanel); the skeleton shows a
// link's first result with it before the playground has loaded.

import type { RunView } from '@/lib/playground/protocol';

const EXIT_MEANING: Record<number, string> = {
  0: 'finished normally',
  1: 'did not compile',
  2: 'Go panic',
  101: 'Rust panic',
  3: 'stopped by a budget',
};

function One({ view, which, idBase }: { view: RunView; which: string | null; idBase: string }) {
  const r = view.result;
  const heading = which ? `Output of ${which}` : 'Output';
  const hid = `${idBase}-out-${which ?? 'a'}`;
  return (
    <section className="pg-output" aria-labelledby={hid}>
      <h3 id={hid}>{heading}</h3>
      <p className="pg-exit">
        Exit code {r.exitCode} ({EXIT_MEANING[r.exitCode] ?? 'ended'})
      </p>
      {r.budget && <p className="pg-budget">{r.budget.message}</p>}
      <h4>stdout</h4>
      {r.stdout ? <pre className="pg-stream" tabIndex={0}>{r.stdout}</pre> : <p className="pg-note">(nothing printed)</p>}
      {r.stderr && (
        <>
          <h4>stderr</h4>
          <pre className="pg-stream pg-stderr" tabIndex={0}>
            {r.stderr}
          </pre>
        </>
      )}
    </section>
  );
}

export function OutputView({ a, b, idBase }: { a: RunView; b: RunView | null; idBase: string }) {
  return (
    <div className={b ? 'pg-pair' : undefined}>
      <One view={a} which={b ? 'A' : null} idBase={idBase} />
      {b && <One view={b} which="B" idBase={idBase} />}
    </div>
  );
}
