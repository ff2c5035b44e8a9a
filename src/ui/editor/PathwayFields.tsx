import type { ReactNode } from 'react';
import type { MetaField } from '../../core/pathwayEditor/pathwayEdits.ts';
import { useDraftPathway, useEdit } from './EditorStore.tsx';

const fields: readonly { field: MetaField; label: string }[] = [
  { field: 'title', label: 'Title' },
  { field: 'area', label: 'Area' },
  { field: 'source', label: 'Source' },
  { field: 'version', label: 'Version' },
];

/** The pathway's own fields: title, area, source and version. */
export function PathwayFields(): ReactNode {
  const pathway = useDraftPathway();
  const edit = useEdit();
  return (
    <fieldset className="editor-fields">
      <legend>Pathway</legend>
      {fields.map(({ field, label }) => (
        <label key={field} className="editor-field">
          <span>{label}</span>
          <input
            type="text"
            value={pathway[field]}
            onChange={(e) => {
              edit({ kind: 'meta.set', field, value: e.target.value }, `meta:${field}`);
            }}
          />
        </label>
      ))}
    </fieldset>
  );
}
