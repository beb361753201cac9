'use client';
import { useLab } from './context';

/** Says which parts of the opening link were unusable. The messages are plain text, never HTML. */
export function LinkAlert() {
  const errors = useLab((s) => s.linkErrors);
  const dismiss = useLab((s) => s.dismissErrors);
  if (errors.length === 0) return null;
  return (
    <div className="sgl-alert" role="alert">
      <p>
        This link could not be fully read: {errors.join('; ')}. Showing defaults for those settings.
      </p>
      <button type="button" className="secondary" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}
