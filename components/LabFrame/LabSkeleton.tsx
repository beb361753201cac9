// Stand-in while a lab's code loads: the frame's boxes at the same sizes, greyed, so nothing jumps.

import './LabFrame.css';

export function Bone({ kind }: { kind: 'label' | 'input' | 'text' | 'table' }) {
  return <div className={`lab-bone lab-bone-${kind}`} />;
}

function Field() {
  return (
    <div className="lab-field">
      <Bone kind="label" />
      <Bone kind="input" />
    </div>
  );
}

export function LabSkeleton({ title, headingLevel = 2, primaryFields = 1, fields = 4, className }: { title: string; headingLevel?: 2 | 3; primaryFields?: number; fields?: number; className?: string }) {
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  const many = (n: number) => Array.from({ length: n }, (_, i) => <Field key={i} />);
  return (
    <section className={`lab lab-skeleton ${className ?? ''}`} aria-busy="true">
      <Heading className="lab-title">{title}</Heading>
      <p className="visually-hidden" role="status">
        Loading the simulator…
      </p>
      <div className="lab-grid" aria-hidden="true">
        <div className="lab-primary">{many(primaryFields)}</div>
        <div className="lab-output">
          <div className="lab-chart" />
          <Bone kind="text" />
          <Bone kind="text" />
          <Bone kind="table" />
        </div>
        <div className="lab-controls">{many(fields)}</div>
      </div>
      <div className="lab-share" aria-hidden="true">
        <Bone kind="input" />
      </div>
    </section>
  );
}
