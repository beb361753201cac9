// What lessons write for a figure the arena models determine: <ArenaFigure preset="outlives" measure="arenaPeakKiB" />,
// and <ArenaPredict …> for a predict-then-reveal question. Server components, computed at build time.

import { Predict } from '@/components/Predict/Predict';
import { ARENA_MEASURE_WHAT, arenaMeasure, fmtArenaMeasure, type ArenaFigureSpec } from '@/lib/arena/figures';

export function ArenaFigure(props: ArenaFigureSpec) {
  return <span className="model-figure">{fmtArenaMeasure(props.measure, arenaMeasure(props))}</span>;
}

export function ArenaPredict({ question, unit, ...spec }: ArenaFigureSpec & { question: string; unit?: string }) {
  const v = arenaMeasure(spec);
  return <Predict question={question} unit={unit} given={{ value: /KiB$/.test(spec.measure) ? Math.round(v * 10) / 10 : v, what: ARENA_MEASURE_WHAT[spec.measure] }} />;
}
