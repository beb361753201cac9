// What lessons write for a figure of a playground example's run: <RunFigure example="reuse-string" side="b" measure="heapAllocs" />,
// and <RunPredict …> for a predict-then-reveal question. Server components: the engine runs at build time.

import { Predict } from '@/components/Predict/Predict';
import { RUN_MEASURE_WHAT, runMeasure, type RunFigureSpec } from '@/lib/playground/example-figures';

export function RunFigure(props: RunFigureSpec) {
  return <span className="model-figure">{runMeasure(props).toLocaleString('en-US')}</span>;
}

export function RunPredict({ question, unit, ...spec }: RunFigureSpec & { question: string; unit?: string }) {
  return <Predict question={question} unit={unit} given={{ value: runMeasure(spec), what: RUN_MEASURE_WHAT[spec.measure] }} />;
}
