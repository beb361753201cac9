export function Callout({ kind = 'note', title, children }: { kind?: 'note' | 'warn'; title?: string; children: React.ReactNode }) {
  return (
    <aside className={`callout ${kind}`} aria-label={title ?? (kind === 'warn' ? 'Caution' : 'Note')}>
      {title && <strong>{title}</strong>}
      {children}
    </aside>
  );
}
