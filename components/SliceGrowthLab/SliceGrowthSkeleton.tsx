// Stand-in while the lab's code loads: the same boxes at the same sizes, greyed, so nothing jumps.

import './SliceGrowthLab.css';

function Bone({ kind }: { kind: 'label' | 'input' | 'text' | 'table' }) {
  return <div className={`sgl-bone sgl-bone-${kind}`} />;
}

function Field() {
  return (
    <div className="sgl-field">
      <Bone kind="label" />
      <Bone kind="input" />
    </div>
  );
}

export function SliceGrowthSkeleton({ title = 'Slice and Vec growth', headingLevel = 2 }: { title?: string; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  return (
    <section className="sgl sgl-skeleton" aria-busy="true">
      <Heading className="sgl-title">{title}</Heading>
      <p className="visually-hidden" role="status">
        Loading the simulator…
      </p>
      <div className="sgl-grid" aria-hidden="true">
        <div className="sgl-controls">
          <Field />
          <Field />
          <Field />
          <Field />
          <Field />
          <Bone kind="input" />
          <Field />
        </div>
        <div className="sgl-output">
          <div className="sgl-chart" />
          <Bone kind="text" />
          <Bone kind="text" />
          <Bone kind="table" />
          <Bone kind="text" />
        </div>
      </div>
      <div className="sgl-share" aria-hidden="true">
        <Bone kind="input" />
      </div>
    </section>
  );
}
