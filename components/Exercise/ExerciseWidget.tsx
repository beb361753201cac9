'use client';
// A graded exercise: the learner edits the starting program, runs it in the simulated runtime and
// checks it against the exercise's checks (lib/exercises/evaluate). Failed checks say what is off
// and where, in the list and as markers on the lines; hints open one at a time; the solution can
// be read, and put in the editor only with an undo; the attempt is kept as a draft; passing every
// check records the exercise as completed (lib/progress). "Try it on your machine" offers the
// same checks as a real test file (lib/exercises/export).

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { checkLabels, evaluate, type Grade } from '@/lib/exercises/evaluate';
import type { Exercise } from '@/lib/exercises/types';
import type { RunView } from '@/lib/playground/protocol';
import { StoppedError, WorkerCrashError, WorkerStartError } from '@/lib/playground/run-client';
import { LANG_NAME } from '@/lib/playground/settings';
import type { WorkerUrls } from '@/lib/playground/worker-files';
import type { Diagnostic } from '@/lib/runtime/result';
import { setExerciseDone } from '@/lib/progress/progress';
import { progressChanged, useProgress } from '@/components/progress/useProgress';
import { exerciseDrafts } from './draft';
import { ExerciseEditor } from './ExerciseEditor';
import { ExportBox } from './ExportBox';
import { HintButton, HintList } from './Hints';
import { ChecksList, editorHeight, ExerciseHeader, KeysHint, Prose, type CheckRow } from './parts';
import { exerciseClient } from './runner';
import './Exercise.css';

export interface ExerciseProps {
  exercise: Exercise;
  workers: WorkerUrls;
  headingLevel?: 2 | 3;
  /** What each check wants, in order (checkLabels), for the skeleton. */
  labels: { id: string; label: string }[];
  /** Whether there is a test file to export (the skeleton draws its disclosure). */
  exportable: boolean;
}

type Phase = 'idle' | 'running' | 'checking' | 'done' | 'failed';

interface Last {
  view: RunView;
  /** The code that ran. */
  code: string;
  grade: Grade | null;
}

const EXIT: Record<number, string> = { 0: 'finished normally', 1: 'did not compile', 2: 'Go panic', 101: 'Rust panic', 3: 'stopped by a budget' };

export default function ExerciseWidget({ exercise: ex, workers, headingLevel = 3 }: ExerciseProps) {
  const idBase = `ex-${ex.id}`;
  const titleId = `${idBase}-title`;
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  const lang = ex.language;
  const drafts = useMemo(() => exerciseDrafts(lang, ex.id), [lang, ex.id]);
  const client = useMemo(() => exerciseClient(workers), [workers]);

  const [code, setCodeState] = useState(() => drafts.load() ?? ex.start);
  const [undo, setUndo] = useState<string | null>(() => drafts.loadUndo());
  const [undoNote, setUndoNote] = useState<string | null>(null);
  const [phase, setPhase] = useState<Phase>('idle');
  const [failure, setFailure] = useState<string | null>(null);
  const [last, setLast] = useState<Last | null>(null);
  const [line, setLine] = useState<number | null>(null);
  const [solutionOpen, setSolutionOpen] = useState(false);
  const done = ex.id in useProgress().exercises;
  const seq = useRef(0);
  const startStdout = useRef<string | undefined>(undefined);
  const checkRef = useRef<HTMLButtonElement>(null);
  const [hintsShown, setHintsShown] = useState(0);

  const setCode = useCallback(
    (next: string) => {
      setCodeState(next);
      setLine(null);
      // The draft follows every edit; the starting program itself needs none.
      drafts.save(next === ex.start ? null : next);
    },
    [drafts, ex.start],
  );

  /** Replaces the learner's code (solution, start over), keeping what it replaces for Undo. */
  const replaceCode = (next: string, note: string) => {
    if (next === code) return;
    drafts.saveUndo(code);
    setUndo(code);
    setUndoNote(note);
    setCode(next);
  };

  const undoReplace = () => {
    if (undo === null) return;
    setCode(undo);
    drafts.saveUndo(null);
    setUndo(null);
    setUndoNote(null);
  };

  const needsStart = ex.checks.some((c) => c.kind === 'stdout' && c.sameAsStart);

  const run = useCallback(
    (grade: boolean) => {
      const my = ++seq.current;
      const source = code;
      setPhase(grade ? 'checking' : 'running');
      setFailure(null);
      void (async () => {
        try {
          const view = await client.run(lang, source, ex.settings);
          if (source === ex.start) startStdout.current = view.result.stdout;
          if (grade && needsStart && startStdout.current === undefined) {
            startStdout.current = (await client.run(lang, ex.start, ex.settings)).result.stdout;
          }
          if (my !== seq.current) return;
          const g = grade ? evaluate(ex, source, view.result, { startStdout: startStdout.current, live: view.live }) : null;
          setLast((prev) => ({ view, code: source, grade: g ?? (prev && prev.code === source ? prev.grade : null) }));
          setPhase('done');
          if (g?.passed) {
            setExerciseDone(localStorage, ex.id, true);
            progressChanged();
          }
        } catch (e) {
          if (my !== seq.current) return;
          setPhase('failed');
          if (e instanceof StoppedError) setFailure('Stopped.');
          else if (e instanceof WorkerStartError || e instanceof WorkerCrashError) setFailure(e.message);
          else setFailure(`The simulator failed on this program: ${e instanceof Error ? e.message : String(e)}`);
        }
      })();
    },
    [client, code, ex, lang, needsStart],
  );

  const check = useCallback(() => run(true), [run]);
  const runOnly = useCallback(() => run(false), [run]);
  const focusCheck = useCallback(() => checkRef.current?.focus(), []);

  // Warm the worker once the page is idle, so the first Check does not wait for the engine to load.
  useEffect(() => {
    const w = window as Window & { requestIdleCallback?: (cb: () => void) => number };
    const start = () => client.warm(lang);
    if (w.requestIdleCallback) w.requestIdleCallback(start);
    else setTimeout(start, 200);
  }, [client, lang]);

  const current = last && last.code === code ? last : null;
  const grade = current?.grade ?? null;
  const stale = last !== null && last.code !== code;
  const rows: CheckRow[] = checkLabels(ex).map((l) => ({ ...l, outcome: grade?.outcomes.find((o) => o.id === l.id) }));

  // Markers: the checker's complaints at their lines, compile errors as errors. Only while the code is
  // the code that was checked (an edit makes them stale).
  const diagnostics = useMemo((): Diagnostic[] => {
    if (!current) return [];
    const ds: Diagnostic[] = current.view.result.diagnostics.filter((d) => d.severity === 'error');
    if (current.grade) {
      for (const o of current.grade.outcomes) {
        if (o.status !== 'fail' || o.id === 'runs') continue;
        for (const d of o.details) if (d.line) ds.push({ line: d.line, column: 1, endLine: d.line, endColumn: 1000, message: `${o.label}: ${d.text}`, severity: 'warning' });
      }
    }
    return ds;
  }, [current]);

  const passedCount = grade ? grade.outcomes.filter((o) => o.status === 'pass').length : 0;
  const firstFail = grade?.outcomes.find((o) => o.status === 'fail');
  const status =
    phase === 'running'
      ? 'Running…'
      : phase === 'checking'
        ? 'Checking…'
        : phase === 'failed'
          ? (failure ?? 'The run failed.')
          : grade && !stale
            ? grade.passed
              ? `All ${grade.outcomes.length} checks pass. Exercise complete${done ? ' (recorded in this browser)' : ''}.`
              : `${passedCount} of ${grade.outcomes.length} checks pass. ${firstFail ? firstFail.message : ''}`
            : stale
              ? 'You changed the code since the last run: Check again.'
              : last
                ? 'Ran. Check grades it.'
                : 'Not checked yet.';

  const lineButton = (l: number) => (
    <button type="button" className="ex-linkish" onClick={() => setLine(l)} aria-label={`Highlight line ${l} in the editor`}>
      line {l}
    </button>
  );

  const r = current?.view.result;
  return (
    <section className={`ex${done ? ' ex-done' : ''}`} aria-labelledby={titleId} data-exercise={ex.id}>
      <ExerciseHeader ex={ex} headingLevel={headingLevel} titleId={titleId} done={done} />
      <div className="ex-prompt">
        <Prose text={ex.prompt} />
      </div>
      <ExerciseEditor
        id={ex.id}
        lang={lang}
        label={`${LANG_NAME[lang]} code of the exercise “${ex.title}”`}
        code={code}
        height={editorHeight(ex)}
        onChange={setCode}
        onRun={check}
        onEscape={focusCheck}
        diagnostics={diagnostics}
        notes={current?.view.lines ?? NO_NOTES}
        currentLine={line}
      />
      <KeysHint id={`${idBase}-keys`} />
      <div className="ex-actions">
        <button type="button" ref={checkRef} onClick={check} aria-keyshortcuts="Control+Enter Meta+Enter" aria-describedby={`${idBase}-keys`}>
          Check
        </button>
        <button type="button" className="secondary" onClick={runOnly}>
          Run
        </button>
        <p className={`ex-status${phase === 'failed' ? ' ex-bad' : ''}`} role="status">
          {status}
        </p>
      </div>
      <section className="ex-feedback" aria-label="Checks">
        <Sub className="ex-sub">Checks{stale && grade ? ' (for the code as it was when you checked it)' : ''}</Sub>
        <ChecksList rows={stale ? checkLabels(ex) : rows} lineAction={lineButton} />
      </section>
      {r && (
        <section className="ex-output" aria-label="Output">
          <Sub className="ex-sub">Output</Sub>
          <p className="ex-exit">
            Exit code {r.exitCode} ({EXIT[r.exitCode] ?? 'ended'}); {r.stats.heapAllocs.toLocaleString('en-US')} heap allocations, {r.stats.gcCycles} GC cycles.
          </p>
          {r.stdout ? (
            <pre className="ex-stream" tabIndex={0} aria-label="Standard output">
              {r.stdout}
            </pre>
          ) : (
            <p className="muted">(nothing printed)</p>
          )}
          {r.stderr && (
            <pre className="ex-stream ex-stderr" tabIndex={0} aria-label="Standard error">
              {r.stderr}
            </pre>
          )}
        </section>
      )}
      <div className="ex-more">
        <HintButton total={ex.hints.length} shown={hintsShown} onMore={() => setHintsShown((n) => Math.min(n + 1, ex.hints.length))} listId={`${idBase}-hints`} />
        <button type="button" className="secondary" aria-expanded={solutionOpen} aria-controls={`${idBase}-solution`} onClick={() => setSolutionOpen((o) => !o)}>
          {solutionOpen ? 'Hide the solution' : 'Show the solution'}
        </button>
        <button type="button" className="secondary" onClick={() => replaceCode(ex.start, 'Your code was replaced by the starting program.')} disabled={code === ex.start}>
          Start over
        </button>
      </div>
      <HintList hints={ex.hints} shown={hintsShown} id={`${idBase}-hints`} heading={Sub} />
      {undo !== null && (
        <p className="ex-undo" role="status">
          {undoNote ?? 'Your earlier code was replaced.'}{' '}
          <button type="button" className="secondary" onClick={undoReplace}>
            Undo: bring my code back
          </button>
        </p>
      )}
      <div id={`${idBase}-solution`} className="ex-solution" hidden={!solutionOpen}>
        {solutionOpen && (
          <>
            <Sub className="ex-sub">A solution</Sub>
            <pre className="ex-stream" tabIndex={0} aria-label="The reference solution">
              {ex.solution}
            </pre>
            <button type="button" className="secondary" onClick={() => replaceCode(ex.solution, 'Your code was replaced by the solution.')} disabled={code === ex.solution}>
              Put the solution in the editor
            </button>
          </>
        )}
      </div>
      <ExportBox ex={ex} code={code} idBase={idBase} />
    </section>
  );
}

const NO_NOTES: never[] = [];
