import type { MDXComponents } from 'mdx/types';
import { ArenaLab } from '@/components/ArenaLab/lazy';
import { ArenaFigure, ArenaPredict } from '@/components/ModelFigure/ArenaFigure';
import { Callout } from './Callout';
import { Exercise } from '@/components/Exercise/Exercise';
import { GcFigure, GcPredict } from '@/components/ModelFigure/GcFigure';
import { GcLab } from '@/components/GcLab/lazy';
import { GctraceImport } from '@/components/GctraceImport/lazy';
import { GrowthFigure, GrowthPredict } from '@/components/ModelFigure/GrowthFigure';
import { PoolFigure, PoolPredict } from '@/components/ModelFigure/PoolFigure';
import { ProfileFigure, ProfilePredict } from '@/components/ModelFigure/ProfileFigure';
import { RunFigure, RunPredict } from '@/components/ModelFigure/RunFigure';
import { LayoutFigure, LayoutPredict } from '@/components/ModelFigure/LayoutFigure';
import { PlaygroundLink } from '@/components/PlaygroundLink/PlaygroundLink';
import { Predict } from '@/components/Predict/Predict';
import { PoolLab } from '@/components/PoolLab/lazy';
import { SizeClassFigure, SizeClassPredict } from '@/components/ModelFigure/SizeClassFigure';
import { SliceGrowthLab } from '@/components/SliceGrowthLab/lazy';

// Every component a lesson may use, by the name lessons write. Interactive widgets are
// registered through their lazy wrappers so a lesson's first load stays small. Exercise is a
// server component that reads the exercise's data at build time and renders its lazy widget.
export const lessonComponents: MDXComponents = {
  ArenaFigure,
  ArenaLab,
  ArenaPredict,
  Callout,
  Exercise,
  GcFigure,
  GcLab,
  GcPredict,
  GctraceImport,
  GrowthFigure,
  GrowthPredict,
  LayoutFigure,
  LayoutPredict,
  PlaygroundLink,
  PoolFigure,
  PoolLab,
  PoolPredict,
  Predict,
  ProfileFigure,
  ProfilePredict,
  RunFigure,
  RunPredict,
  SizeClassFigure,
  SizeClassPredict,
  SliceGrowthLab,
};
