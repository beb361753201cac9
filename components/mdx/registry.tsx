import type { MDXComponents } from 'mdx/types';
import { Callout } from './Callout';

// Every component a lesson may use, by the name lessons write. Interactive widgets are
// registered through their lazy wrappers so a lesson's first load stays small.
export const lessonComponents: MDXComponents = {
  Callout,
};
