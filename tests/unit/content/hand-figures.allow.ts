// Figures a lesson types by hand, each held to the model it comes from (`equals`) or named as an input
// the lesson chose (`input`). A figure found in a lesson's prose and missing here fails the content test:
// render it with a figure component (components/ModelFigure/) or add it here with its model value.
import { maxTinySize } from '@/lib/go/msize';
import { threshold } from '@/lib/go/slice';
import { _MaxSmallSize } from '@/lib/go/sizeclasses';

export type HandFigure = { text: string } & ({ equals: () => number } | { input: string });

export const HAND_FIGURES: Record<string, HandFigure[]> = {
  'reading-profiles': [{ text: '16 bytes', equals: () => maxTinySize }],
  'testing-memory': [{ text: '256 elements', equals: () => threshold }],
  'slice-growth': [
    { text: '32 KiB', equals: () => _MaxSmallSize },
    { text: 'capacity 5', input: 'make([]int, 0, 5) in the example' },
    { text: '256 elements', equals: () => threshold },
    { text: '1 000 elements', input: 'a length to try in the lab' },
  ],
};
