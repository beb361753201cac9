// Stand-in while the widget's code loads: the same boxes from the same data, buttons disabled. What
// needs the checker (the checks' sentences, whether there is a file to export) was worked out at
// build time (Exercise.tsx), so none of lib/exercises is in the page's first load.

import { ChecksList, editorHeight, ExerciseHeader, KeysHint, Prose } from './parts';
import type { ExerciseProps } from './ExerciseWidget';
import './Exercise.css';

export function ExerciseSkeleton({ exercise: ex, headingLevel = 3, labels, exportable }: ExerciseProps) {
  const titleId = `ex-${ex.id}-title`;
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  return (
    <section className="ex ex-skeleton" aria-labelledby={titleId} aria-busy="true">
      <ExerciseHeader ex={ex} headingLevel={headingLevel} titleId={titleId} done={false} />
      <div className="ex-prompt">
        <Prose text={ex.prompt} />
      </div>
      <div className="ex-editor" style={{ height: editorHeight(ex) }}>
        <pre className="ex-code-pre" aria-label="The exercise's code (loading)">
          {ex.start}
        </pre>
      </div>
      <KeysHint />
      <div className="ex-actions">
        <button type="button" disabled>
          Check
        </button>
        <button type="button" className="secondary" disabled>
          Run
        </button>
        <p className="ex-status" role="status">
          Loading the exercise…
        </p>
      </div>
      <section className="ex-feedback" aria-label="Checks">
        <Sub className="ex-sub">Checks</Sub>
        <ChecksList rows={labels} />
      </section>
      <div className="ex-more">
        <button type="button" className="secondary" disabled>
          Show hint 1 of {ex.hints.length}
        </button>
        <button type="button" className="secondary" disabled>
          Show the solution
        </button>
        <button type="button" className="secondary" disabled>
          Start over
        </button>
      </div>
      {exportable && (
        <p className="ex-export">
          <span className="ex-export-stub">▸ Try it on your machine</span>
        </p>
      )}
    </section>
  );
}
