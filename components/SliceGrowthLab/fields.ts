import type { IntFieldClasses } from '@/components/fields/IntField';

/** The lab's look for the shared whole-number field. */
export const SGL_FIELD: IntFieldClasses = { field: 'sgl-field', hint: 'sgl-note', bad: 'sgl-hint' };
