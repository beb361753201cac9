import type { MDXComponents } from 'mdx/types';
import { lessonComponents } from '@/components/mdx/registry';

// The one MDX component map: every interactive piece a lesson may use is registered in
// components/mdx/registry.tsx.
export function useMDXComponents(components: MDXComponents): MDXComponents {
  return { ...components, ...lessonComponents };
}
