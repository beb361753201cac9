import type { Metadata } from 'next';
import { PathBuilder } from '@/components/onboarding/PathBuilder';
import { loadLessons, trackSummaries } from '@/lib/content/lessons';

export const metadata: Metadata = { title: 'Build an onboarding path', description: 'Pick Heaplab lessons, put them in order, name the path and send the link.' };

export default function NewPathPage() {
  return (
    <>
      <h1>Build an onboarding path</h1>
      <p className="lead">
        Pick lessons, put them in order and give the path a title. The link holds all of it: whoever opens it sees the
        lessons in your order, with their own progress through them. Nothing is sent anywhere.
      </p>
      <PathBuilder tracks={trackSummaries(loadLessons())} />
    </>
  );
}
