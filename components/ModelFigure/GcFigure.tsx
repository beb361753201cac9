// What lessons write for a figure the GC model determines (the other models have their files beside this one): <GcFigure preset="steady" measure="cycles" />
// or with a lab link's query (q="v=1&live=1&…"). Server components, rendered at build time from the
// same model the GC lab runs (lib/gclab), so a model fix cannot leave a lesson's number behind.

import { Predict } from '@/components/Predict/Predict';
import { fmtGcMeasure, GC_MEASURE_WHAT, gcMeasure, type GcFigureSpec } from '@/lib/gclab/figures';

export function GcFigure(props: GcFigureSpec) {
  return <span className="model-figure">{fmtGcMeasure(props.measure, gcMeasure(props))}</span>;
}

/** Predict-then-reveal on a GC figure: the answer is computed here, at build time. */
export function GcPredict({ question, unit, ...spec }: GcFigureSpec & { question: string; unit?: string }) {
  const v = gcMeasure(spec);
  const value = spec.measure === 'cycles' ? v : Math.round(v * 10) / 10;
  return <Predict question={question} unit={unit} given={{ value, what: GC_MEASURE_WHAT[spec.measure] }} />;
}
