'use client';
import { usePg } from './context';

/** What went wrong with the opening link. Plain text only: the messages never carry link content. */
export function LinkAlert() {
  const error = usePg((s) => s.linkError);
  const warnings = usePg((s) => s.linkWarnings);
  const dismiss = usePg((s) => s.dismissLink);
  if (!error && warnings.length === 0) return null;
  return (
    <div className="pg-alert" role="alert">
      <p>
        {error ? `${error} Showing the default example instead.` : `Part of this link could not be used: ${warnings.join('; ')}.`}
      </p>
      <button type="button" className="secondary pg-small" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}
