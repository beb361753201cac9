// What lessons write for a slice's or Vec's growth: <GrowthFigure lang="go" elem="int" n="100000" measure="allocations" />,
// and <GrowthPredict …>. Server components, computed at build time from the growth model.

import { Predict } from '@/components/Predict/Predict';
import { GROWTH_MEASURE_WHAT, growthMeasure, type GrowthFigureSpec } from '@/lib/growth/figures';

export function GrowthFigure(props: GrowthFigureSpec) {
  return <span className="model-figure">{growthMeasure(props).toLocaleString('en-US')}</span>;
}

export function GrowthPredict({ question, unit, ...spec }: GrowthFigureSpec & { question: string; unit?: string }) {
  return <Predict question={question} unit={unit} given={{ value: growthMeasure(spec), what: GROWTH_MEASURE_WHAT[spec.measure] }} />;
}
