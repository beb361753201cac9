'use client';
// React owns the <svg> and one <g> per layer; d3 draws inside each layer from an effect.

import { select } from 'd3';
import { useEffect, useMemo, useRef } from 'react';
import { drawAxes } from './axes';
import { FALLBACK_WIDTH, makeFrame, type ChartSeries } from './frame';
import { drawMarkers } from './markers';
import { drawReference } from './reference';
import { drawSteps } from './steps';
import { useWidth } from '@/components/hooks/useWidth';

export interface GrowthChartProps {
  series: ChartSeries[];
  n: number;
  log: boolean;
  /** Text alternative: what the chart shows, in a sentence or two. */
  label: string;
}

export function GrowthChart({ series, n, log, label }: GrowthChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const axes = useRef<SVGGElement>(null);
  const reference = useRef<SVGGElement>(null);
  const steps = useRef<SVGGElement>(null);
  const markers = useRef<SVGGElement>(null);
  const width = useWidth(box, FALLBACK_WIDTH);
  const frame = useMemo(() => makeFrame(width, n, series, log), [width, n, series, log]);

  useEffect(() => {
    if (axes.current) drawAxes(select(axes.current), frame);
  }, [frame]);
  useEffect(() => {
    if (reference.current) drawReference(select(reference.current), frame);
  }, [frame]);
  useEffect(() => {
    if (steps.current) drawSteps(select(steps.current), frame, series);
  }, [frame, series]);
  useEffect(() => {
    if (markers.current) drawMarkers(select(markers.current), frame, series);
  }, [frame, series]);

  return (
    <div className="sgl-chart" ref={box}>
      <svg viewBox={`0 0 ${frame.width} ${frame.height}`} role="img" aria-label={label} preserveAspectRatio="xMidYMid meet">
        <g ref={axes} className="sgl-layer-axes" />
        <g ref={reference} className="sgl-layer-reference" />
        <g ref={steps} className="sgl-layer-steps" />
        <g ref={markers} className="sgl-layer-markers" />
      </svg>
    </div>
  );
}
