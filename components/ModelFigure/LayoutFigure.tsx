// What lessons write for a type's size: <LayoutFigure lang="rust" type="Option<Box<u64>>" />, and
// <LayoutPredict …>. Server components, computed at build time from the layout models.

import { Predict } from '@/components/Predict/Predict';
import { layoutMeasure, type LayoutFigureSpec } from '@/lib/types/layout-figures';

export function LayoutFigure(props: LayoutFigureSpec) {
  return <span className="model-figure">{layoutMeasure(props).toLocaleString('en-US')}</span>;
}

export function LayoutPredict({ question, unit = 'bytes', ...spec }: LayoutFigureSpec & { question: string; unit?: string }) {
  return <Predict question={question} unit={unit} given={{ value: layoutMeasure(spec), what: `${spec.measure === 'align' ? 'alignment' : 'size'} of ${spec.type}, from the layout model` }} />;
}
