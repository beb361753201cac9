// Stand-in while the lab's code loads: the shared frame's boxes (3 main fields, 4 others).

import { LabSkeleton } from '@/components/LabFrame/LabSkeleton';
import './SliceGrowthLab.css';

export function SliceGrowthSkeleton({ title = 'Slice and Vec growth', headingLevel = 2 }: { title?: string; headingLevel?: 2 | 3 }) {
  return <LabSkeleton className="sgl" title={title} headingLevel={headingLevel} primaryFields={3} fields={4} />;
}
