import type { Metadata } from 'next';
import { ProgressOverview } from '@/components/progress/ProgressOverview';
import { ProgressTransfer } from '@/components/progress/ProgressTransfer';
import { loadLessons, trackSummaries } from '@/lib/content/lessons';

export const metadata: Metadata = { title: 'Your progress', description: 'Lessons done, exercises completed and predictions made, kept in this browser; export and import them as a file.' };

export default function ProgressPage() {
  const tracks = trackSummaries(loadLessons());
  return (
    <>
      <h1>Your progress</h1>
      <ProgressOverview tracks={tracks} />
      <ProgressTransfer />
    </>
  );
}
