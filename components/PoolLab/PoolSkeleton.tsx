// Stand-in while the lab's code loads: the shared frame's boxes (4 main fields, 4 others).

import { LabSkeleton } from '@/components/LabFrame/LabSkeleton';
import './PoolLab.css';

export function PoolSkeleton({ title = 'sync.Pool and its Rust counterparts', headingLevel = 2 }: { title?: string; headingLevel?: 2 | 3 }) {
  return <LabSkeleton className="pl" title={title} headingLevel={headingLevel} primaryFields={4} fields={4} />;
}
