import { useState, type ReactNode } from 'react';
import { useDraftPathway, useEdit } from './EditorStore.tsx';

/** The pathway's concern codes: their labels editable, removable, and a form to add one. */
export function ConcernsEditor(): ReactNode {
  const pathway = useDraftPathway();
  const edit = useEdit();
  const [label, setLabel] = useState('');
  return (
    <section className="editor-concerns" aria-labelledby="editor-concerns-title">
      <h3 id="editor-concerns-title">Concern codes ({pathway.concerns.length})</h3>
      <form
        className="editor-inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (label.trim() === '') return;
          edit({ kind: 'concern.add', label: label.trim() });
          setLabel('');
        }}
      >
        <label>
          <span>New concern code</span>
          <input
            type="text"
            value={label}
            onChange={(e) => {
              setLabel(e.target.value);
            }}
          />
        </label>
        <button type="submit" disabled={label.trim() === ''}>
          Add concern
        </button>
      </form>
      <ul className="editor-concern-list">
        {pathway.concerns.map((c) => (
          <li key={c.id}>
            <label className="editor-field">
              <span>
                <code>{c.id}</code>
              </span>
              <input
                type="text"
                value={c.label}
                onChange={(e) => {
                  edit({ kind: 'concern.set', concern: c.id, label: e.target.value }, `concern:${c.id}`);
                }}
              />
            </label>
            <button
              type="button"
              aria-label={`Remove concern ${c.label}`}
              onClick={() => {
                edit({ kind: 'concern.remove', concern: c.id });
              }}
            >
              <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
