// What lessons write for a figure of the growth model: <GrowthFigure lang="rust" type="u8" n="26" step="2" measure="newBytes" />
// (a String grown one byte at a time: its second allocation), and <GrowthPredict …>. Server components.

import { Predict } from '@/components/Predict/Predict';
import { GROWTH_MEASURE_WHAT, growthMeasure, type GrowthFigureSpec } from '@/lib/growth/figures';

export function GrowthFigure(props: GrowthFigureSpec) {
  return <span className="model-figure">{growthMeasure(props).toLocaleString('en-US')}</span>;
}

export function GrowthPredict({ question, unit, ...spec }: GrowthFigureSpec & { question: string; unit?: string }) {
  return <Predict question={question} unit={unit} given={{ value: growthMeasure(spec), what: GROWTH_MEASURE_WHAT[spec.measure] }} />;
}
