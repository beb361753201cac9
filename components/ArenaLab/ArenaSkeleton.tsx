// Stand-in while the lab's code loads: the shared frame's boxes (3 main fields, 6 others).
import { LabSkeleton } from '@/components/LabFrame/LabSkeleton';

export function ArenaSkeleton({ title = 'Arenas and the general-purpose allocator', headingLevel = 2 }: { title?: string; headingLevel?: 2 | 3 }) {
  return <LabSkeleton className="sgl arl" title={title} headingLevel={headingLevel} primaryFields={4} fields={6} />;
}
