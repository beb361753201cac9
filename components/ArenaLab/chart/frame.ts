// Scales and sizes of the arena lab's chart: x = step (two per request), y = bytes.
import { scaleLinear } from 'd3';
import type { ArenaStep } from '@/lib/arena/simulate';

export const FALLBACK_WIDTH = 640;
export type SeriesKey = 'arenaHeld' | 'gpaHeld' | 'liveBytes';
export const SERIES: readonly SeriesKey[] = ['arenaHeld', 'gpaHeld', 'liveBytes'];

export interface Frame {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  px: (step: number) => number;
  py: (bytes: number) => number;
  yTicks: number[];
  xTicks: number[];
}

export function makeFrame(width: number, steps: ArenaStep[]): Frame {
  const height = Math.round(Math.max(240, Math.min(400, width * 0.6)));
  const margin = { top: 12, right: 16, bottom: 40, left: 64 };
  const maxY = Math.max(1, ...steps.map((s) => Math.max(s.arenaHeld, s.gpaHeld, s.liveBytes)));
  const x = scaleLinear().domain([0, Math.max(1, steps.length - 1)]).range([margin.left, width - margin.right]);
  const y = scaleLinear().domain([0, maxY]).nice().range([height - margin.bottom, margin.top]);
  const xTicks = x.ticks(Math.min(8, steps.length)).filter((t) => Number.isInteger(t));
  return { width, height, margin, px: (v) => x(v), py: (v) => y(v), yTicks: y.ticks(5), xTicks };
}
