import { useState, type ReactNode } from 'react';
import { activities, type Activity } from '../../core/pathway/types.ts';
import { useDraftPathway, useEdit } from './EditorStore.tsx';

/** The pathway's routes (from → to, with the activity a route may require), removable; and a form to add one. */
export function RoutesEditor(): ReactNode {
  const pathway = useDraftPathway();
  const edit = useEdit();
  const first = pathway.services[0]?.id ?? '';
  const [from, setFrom] = useState<string>(first);
  const [to, setTo] = useState<string>(pathway.services[1]?.id ?? first);
  const [activity, setActivity] = useState<Activity | ''>('');
  const label = new Map(pathway.services.map((s) => [s.id as string, s.label]));
  const name = (id: string) => label.get(id) ?? id;
  const known = (id: string) => label.has(id);
  const options = pathway.services.map((s) => (
    <option key={s.id} value={s.id}>
      {s.label}
    </option>
  ));
  return (
    <section className="editor-routes" aria-labelledby="editor-routes-title">
      <h3 id="editor-routes-title">Routes ({pathway.routes.length})</h3>
      <form
        className="editor-route-form"
        onSubmit={(event) => {
          event.preventDefault();
          edit({ kind: 'route.add', from, to, ...(activity ? { activity } : {}) });
        }}
      >
        <label className="editor-field">
          <span>From</span>
          <select
            value={known(from) ? from : ''}
            onChange={(e) => {
              setFrom(e.target.value);
            }}
          >
            {options}
          </select>
        </label>
        <label className="editor-field">
          <span>To</span>
          <select
            value={known(to) ? to : ''}
            onChange={(e) => {
              setTo(e.target.value);
            }}
          >
            {options}
          </select>
        </label>
        <label className="editor-field">
          <span>Activity at the destination</span>
          <select
            value={activity}
            onChange={(e) => {
              setActivity(e.target.value as Activity | '');
            }}
          >
            <option value="">any</option>
            {activities.map((a) => (
              <option key={a} value={a}>
                {a.replace(/_/g, ' ')}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Add route</button>
      </form>
      <ul className="editor-route-list">
        {pathway.routes.map((r, i) => {
          const words = `${name(r.from)} to ${name(r.to)}${r.activity ? ` (${r.activity.replace(/_/g, ' ')})` : ''}`;
          return (
            <li key={`${r.from}>${r.to}>${r.activity ?? ''}>${String(i)}`}>
              <span>
                {name(r.from)} <span aria-hidden="true">→</span>
                <span className="visually-hidden"> to </span> {name(r.to)}
                {r.activity ? <span className="editor-hint"> ({r.activity.replace(/_/g, ' ')})</span> : null}
              </span>
              <button
                type="button"
                aria-label={`Remove route ${words}`}
                onClick={() => {
                  edit({ kind: 'route.remove', index: i });
                }}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
