import type { MDXComponents } from 'mdx/types';
import { Callout } from './Callout';
import { Exercise } from '@/components/Exercise/Exercise';
import { Predict } from '@/components/Predict/Predict';
import { PoolLab } from '@/components/PoolLab/lazy';
import { SliceGrowthLab } from '@/components/SliceGrowthLab/lazy';

// Every component a lesson may use, by the name lessons write. Interactive widgets are
// registered through their lazy wrappers so a lesson's first load stays small. Exercise is a
// server component that reads the exercise's data at build time and renders its lazy widget.
export const lessonComponents: MDXComponents = {
  Callout,
  Exercise,
  PoolLab,
  Predict,
  SliceGrowthLab,
};
