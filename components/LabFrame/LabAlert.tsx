'use client';

/** Says which parts of the opening link were unusable. The messages are plain text, never HTML. */
export function LabAlert({ errors, onDismiss }: { errors: string[]; onDismiss?: () => void }) {
  return (
    <div className="lab-alert" role="alert">
      <p>This link could not be fully read: {errors.join('; ')}. Showing defaults for those settings.</p>
      {onDismiss && (
        <button type="button" className="secondary" onClick={onDismiss}>
          Dismiss
        </button>
      )}
    </div>
  );
}
