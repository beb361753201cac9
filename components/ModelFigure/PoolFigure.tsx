// What lessons write for a figure the pool models determine: <PoolFigure preset="boxing" measure="mallocs" />,
// and <PoolPredict …> for a predict-then-reveal question. Server components, computed at build time.

import { Predict } from '@/components/Predict/Predict';
import { fmtPoolMeasure, POOL_MEASURE_WHAT, poolMeasure, type PoolFigureSpec } from '@/lib/go/pool-figures';

export function PoolFigure(props: PoolFigureSpec) {
  return <span className="model-figure">{fmtPoolMeasure(props.measure, poolMeasure(props))}</span>;
}

export function PoolPredict({ question, unit, ...spec }: PoolFigureSpec & { question: string; unit?: string }) {
  const v = poolMeasure(spec);
  return <Predict question={question} unit={unit} given={{ value: /KiB$/.test(spec.measure) ? Math.round(v * 10) / 10 : v, what: POOL_MEASURE_WHAT[spec.measure] }} />;
}
