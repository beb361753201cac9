'use client';
// The phone-sized stand-in for Monaco: a plain, labelled textarea.

export function PlainEditor({ id, label, value, onChange, onRun }: { id: string; label: string; value: string; onChange: (v: string) => void; onRun: () => void }) {
  return (
    <>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <textarea
        id={id}
        className="pg-textarea"
        value={value}
        spellCheck={false}
        autoCapitalize="off"
        autoCorrect="off"
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            onRun();
          }
        }}
      />
    </>
  );
}
