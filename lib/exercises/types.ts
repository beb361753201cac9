// A graded exercise, as the pages and the checker see it. The data lives in content/ beside its
// lesson (content/lessons/<lesson>/exercises/<id>/exercise.json plus the start and solution
// programs); lib/exercises/load.ts reads and validates it at build time. Pure types: no React, no Node.

import type { Lang, Settings } from '@/lib/playground/settings';

export type { Lang };

interface CheckBase {
  /** Unique within the exercise; `startFails` names checks by it. */
  id: string;
  /** Overrides the generated sentence saying what the check wants. */
  label?: string;
}

/**
 * Heap allocations (Go: objects malloc'd; Rust: alloc and realloc calls), in one function's lines or
 * in the whole program. With `perIteration`, the count is divided by that many iterations first.
 */
export interface AllocsCheck extends CheckBase {
  kind: 'allocs';
  func?: string;
  max: number;
  perIteration?: number;
}

/** Bytes allocated (Go: size-class bytes; Rust: bytes requested by alloc and realloc), in a function or the program. */
export interface HeapBytesCheck extends CheckBase {
  kind: 'heapBytes';
  func?: string;
  max: number;
}

/** The most heap live at any moment of the run, in bytes. */
export interface PeakHeapCheck extends CheckBase {
  kind: 'peakHeap';
  max: number;
}

/** GC cycles over the whole run, at the exercise's settings (GOGC, GOMEMLIMIT). Go only. */
export interface GcCyclesCheck extends CheckBase {
  kind: 'gcCycles';
  max: number;
}

/** What the program prints: the same as the starting program, or a given text. */
export interface StdoutCheck extends CheckBase {
  kind: 'stdout';
  sameAsStart?: boolean;
  equals?: string;
}

/** Something the source must not contain (e.g. `\.clone\(\)`: a borrow error fixed without a clone). */
export interface SourceCheck extends CheckBase {
  kind: 'source';
  /** A JavaScript regular expression, matched line by line outside comments and strings. */
  forbid: string;
  /** What the check wants, in the learner's words ("Fixed without a .clone()"). */
  label: string;
  /** Said next to each line that matches. */
  message: string;
}

export type Check = AllocsCheck | HeapBytesCheck | PeakHeapCheck | GcCyclesCheck | StdoutCheck | SourceCheck;
export type CheckKind = Check['kind'];

/** How the exported test calls the code under test ("Try it on your machine"). */
export interface ExportSpec {
  /** A call expression, e.g. `squares(1000)`: the same call the program's main makes once. */
  call: string;
  /** Go: the call's result type (a typed sink keeps the result alive without an interface conversion). */
  resultType?: string;
}

export interface Exercise {
  /** Globally unique slug; the progress record and the draft are kept under it. */
  id: string;
  /** The lesson the exercise belongs to (the folder it lives in). */
  lesson: string;
  title: string;
  language: Lang;
  /** What to do. Paragraphs separated by blank lines; `code` in backticks. */
  prompt: string;
  start: string;
  solution: string;
  /** The settings every run and check of this exercise uses. */
  settings: Settings;
  /** Opened one at a time, in order. */
  hints: string[];
  checks: Check[];
  /** The checks the starting program fails (the content test holds the data to it). */
  startFails: string[];
  export?: ExportSpec;
}

/** The implicit first check of every exercise: the program compiles and runs to its end. */
export const RUNS_CHECK_ID = 'runs';
