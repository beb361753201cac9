// Sizes the layout models determine, for lessons: a Go type (amd64, lib/go/types.ts) or a Rust type
// (rustc 1.95's field reordering and niches, lib/rust/types.ts), both held to real compilers by the
// go-layout and rust-layout calibration fixtures. Rendered at build time; a type the models cannot
// parse fails the build.

import { goLayout, parseGoType } from '../go/types';
import { parseRustType, rustLayout } from '../rust/types';

export interface LayoutFigureSpec {
  lang: 'go' | 'rust';
  type: string;
  measure?: 'size' | 'align';
}

export function layoutMeasure(spec: LayoutFigureSpec): number {
  const l = spec.lang === 'go' ? goLayout(parseGoType(spec.type)) : rustLayout(parseRustType(spec.type));
  return spec.measure === 'align' ? l.align : l.size;
}
