'use client';

export interface LabPreset {
  id: string;
  label: string;
  /** One sentence on what the preset shows. */
  description?: string;
}

/** A lab's presets: choosing one replaces the settings (the share link follows). */
export function LabPresets({ idBase, options, value, onChoose }: { idBase: string; options: LabPreset[]; value: string | null; onChoose: (id: string) => void }) {
  const id = `${idBase}-preset`;
  const current = options.find((o) => o.id === value);
  return (
    <div className="lab-field lab-presets">
      <label htmlFor={id}>Preset</label>
      <select id={id} value={value ?? ''} onChange={(e) => e.target.value && onChoose(e.target.value)}>
        {!current && <option value="">Custom settings</option>}
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
      {current?.description && <p className="lab-note-small">{current.description}</p>}
    </div>
  );
}
