// Stand-in while the playground's code loads: the same boxes, with the default example's code
// already in the editor's place.

import './Playground.css';

export function PlaygroundSkeleton({ code }: { code: string }) {
  return (
    <section className="pg pg-skeleton" aria-label="Playground" aria-busy="true">
      <p className="visually-hidden" role="status">
        Loading the playground…
      </p>
      <div className="pg-top">
        <div className="pg-left">
          <div className="pg-toolbar" aria-hidden="true">
            <div className="pg-bone pg-bone-input" />
            <div className="pg-bone pg-bone-input" />
          </div>
          <div className="pg-editor">
            <pre className="pg-code-pre">{code}</pre>
          </div>
        </div>
        <div className="pg-right" aria-hidden="true">
          <div className="pg-bone pg-bone-input" />
          <div className="pg-bone pg-bone-text" />
        </div>
      </div>
    </section>
  );
}
