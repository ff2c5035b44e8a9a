import type { ReactNode } from 'react';
import type { Service, ServiceTarget } from '../../core/pathway/types.ts';
import { useEdit } from './EditorStore.tsx';

/** A service's targets ("Assessed within 48 hours"): a label and, optionally, the hours; add and remove. */
export function TargetsFields({ service }: { service: Service }): ReactNode {
  const edit = useEdit();
  const targets = service.targets ?? [];
  const set = (next: readonly ServiceTarget[], coalesce?: string) => {
    edit({ kind: 'service.targets', service: service.id, targets: next }, coalesce);
  };
  return (
    <fieldset className="editor-targets">
      <legend>Targets</legend>
      {targets.length === 0 ? <p className="editor-hint">No targets.</p> : null}
      <ul>
        {targets.map((t, i) => (
          <li key={i} className="editor-target">
            <label className="editor-field">
              <span>Target {i + 1}</span>
              <input
                type="text"
                value={t.label}
                onChange={(e) => {
                  set(
                    targets.map((x, j) => (j === i ? { ...x, label: e.target.value } : x)),
                    `target:${service.id}:${String(i)}:label`,
                  );
                }}
              />
            </label>
            <label className="editor-field editor-field--hours">
              <span>Hours</span>
              <input
                type="number"
                min={0}
                step="any"
                value={t.hours ?? ''}
                onChange={(e) => {
                  const v = e.target.value;
                  const hours = v === '' ? undefined : Number(v);
                  set(
                    targets.map((x, j) =>
                      j === i ? { label: x.label, ...(hours === undefined ? {} : { hours }) } : x,
                    ),
                    `target:${service.id}:${String(i)}:hours`,
                  );
                }}
              />
            </label>
            <button
              type="button"
              aria-label={`Remove target ${String(i + 1)}`}
              onClick={() => {
                set(targets.filter((_, j) => j !== i));
              }}
            >
              <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        onClick={() => {
          set([...targets, { label: 'New target', hours: 48 }]);
        }}
      >
        Add target
      </button>
    </fieldset>
  );
}
