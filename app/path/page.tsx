import type { Metadata } from 'next';
import { PathView } from '@/components/onboarding/PathView';
import { lessonRef, loadLessons } from '@/lib/content/lessons';
import { tracks } from '@/lib/content/tracks';

export const metadata: Metadata = { title: 'Onboarding path', description: 'A list of Heaplab lessons in order, with your progress through them.' };

// The link's title and lessons are in the query string, read in the browser (lib/content/onboarding.ts).
export default function PathPage() {
  const lessons = loadLessons().map(lessonRef);
  const trackTitles = Object.fromEntries(tracks.map((t) => [t.id, t.title]));
  return <PathView lessons={lessons} trackTitles={trackTitles} />;
}
