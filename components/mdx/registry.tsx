import type { MDXComponents } from 'mdx/types';
import { Callout } from './Callout';
import { Predict } from '@/components/Predict/Predict';
import { SliceGrowthLab } from '@/components/SliceGrowthLab/lazy';

// Every component a lesson may use, by the name lessons write. Interactive widgets are
// registered through their lazy wrappers so a lesson's first load stays small.
export const lessonComponents: MDXComponents = {
  Callout,
  Predict,
  SliceGrowthLab,
};
