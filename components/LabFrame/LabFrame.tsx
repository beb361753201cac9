'use client';
// The one frame every lab shares: title, the opening link's problems, presets, the controls beside
// the chart (stacked below it in a narrow column, the main controls first, then the chart, then the
// rest), the share link and what the model leaves out. A lab brings its controls, output and notes.

import type { ReactNode } from 'react';
import { LabAlert } from './LabAlert';
import { LabPresets, type LabPreset } from './LabPresets';
import { LabShare } from './LabShare';
import './LabFrame.css';

export interface LabFrameProps {
  idBase: string;
  title: string;
  /** 2 on a lab's own page, 3 inside a lesson section. */
  headingLevel?: 2 | 3;
  /** What in the opening link could not be used (plain text, never HTML). */
  linkErrors?: string[];
  onDismissErrors?: () => void;
  presets?: { options: LabPreset[]; value: string | null; onChoose: (id: string) => void };
  /** The controls a reader changes first: before the chart when the column is narrow. */
  primary?: ReactNode;
  /** The other controls: beside the chart, or after it when narrow. */
  controls: ReactNode;
  /** The chart, readouts and the table twin. */
  output: ReactNode;
  share: { href: string; flush: () => void };
  /** The model's simplifications, as list items. */
  notes: ReactNode;
  className?: string;
}

export function LabFrame({ idBase, title, headingLevel = 2, linkErrors = [], onDismissErrors, presets, primary, controls, output, share, notes, className }: LabFrameProps) {
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  return (
    <section className={`lab ${className ?? ''}`} aria-labelledby={`${idBase}-title`}>
      <Heading id={`${idBase}-title`} className="lab-title">
        {title}
      </Heading>
      {linkErrors.length > 0 && <LabAlert errors={linkErrors} onDismiss={onDismissErrors} />}
      <div className="lab-grid">
        <div className="lab-primary">
          {presets && <LabPresets idBase={idBase} {...presets} />}
          {primary}
        </div>
        <div className="lab-output">{output}</div>
        <div className="lab-controls">{controls}</div>
      </div>
      <LabShare idBase={idBase} href={share.href} flush={share.flush} />
      <aside className="lab-notes" aria-labelledby={`${idBase}-notes`}>
        <h3 id={`${idBase}-notes`}>What this model leaves out</h3>
        <ul>{notes}</ul>
      </aside>
    </section>
  );
}
