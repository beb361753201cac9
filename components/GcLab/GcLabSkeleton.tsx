// Stand-in while the lab's code loads: the shared frame's boxes (preset and settings A, then the rest).

import { LabSkeleton } from '@/components/LabFrame/LabSkeleton';
import './GcLab.css';

export function GcLabSkeleton({ title = 'GC pacer lab', headingLevel = 2 }: { title?: string; headingLevel?: 2 | 3 }) {
  return <LabSkeleton className="gcl" title={title} headingLevel={headingLevel} primaryFields={4} fields={6} />;
}
