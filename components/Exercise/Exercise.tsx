// What lessons write: <Exercise id="append-once" />. A server component, rendered at build time: it
// reads the exercise from content/lessons/<lesson>/exercises/<id>/ (an unknown id fails the build)
// and hands it, with the run workers' URLs, to the widget, which loads after the page.

import { checkLabels } from '@/lib/exercises/evaluate';
import { exportableChecks } from '@/lib/exercises/export';
import { exerciseById } from '@/lib/exercises/load';
import { loadWorkerUrls } from '@/lib/playground/worker-files';
import { ExerciseLazy } from './lazy';

export function Exercise({ id, headingLevel = 3 }: { id: string; headingLevel?: 2 | 3 }) {
  const ex = exerciseById(id);
  return (
    <ExerciseLazy exercise={ex} workers={loadWorkerUrls()} headingLevel={headingLevel} labels={checkLabels(ex)} exportable={exportableChecks(ex).length > 0} />
  );
}
