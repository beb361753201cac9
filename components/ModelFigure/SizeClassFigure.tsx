// What lessons write for a Go allocation's real size: <SizeClassFigure bytes="100" />, with
// pointers="true" for a pointerful object and measure="usable|waste|header|pages"; and <SizeClassPredict …>
// for a predict-then-reveal question. Server components, computed at build time from lib/go/msize.ts.

import { Predict } from '@/components/Predict/Predict';
import { SIZE_CLASS_MEASURE_WHAT, sizeClassMeasure, type SizeClassFigureSpec } from '@/lib/go/size-figures';

export function SizeClassFigure(props: SizeClassFigureSpec) {
  return <span className="model-figure">{sizeClassMeasure(props).toLocaleString('en-US')}</span>;
}

export function SizeClassPredict({ question, unit = 'bytes', ...spec }: SizeClassFigureSpec & { question: string; unit?: string }) {
  return <Predict question={question} unit={unit} given={{ value: sizeClassMeasure(spec), what: SIZE_CLASS_MEASURE_WHAT[spec.measure ?? 'block'] }} />;
}
