import { useId, useState, type ReactNode } from 'react';
import { DROP } from '../../core/profile/preview/mappingDraft.ts';
import type { ExportPreview } from '../../core/profile/preview/previewExport.ts';
import { valueKey } from '../../core/profile/valueMap.ts';
import { exactCount, plural } from '../common/format.ts';

/** A target a value can be mapped to: an id of the pathway (a service, an activity) with its words. */
export interface Target {
  readonly id: string;
  readonly label: string;
}

const ROWS_SHOWN = 200;

/**
 * The distinct values of a column with their counts, each mapped onto the pathway's ids with a select
 * (the list is narrowed by the search box), "Map all remaining to…" and drop. Values left unmapped are
 * refused by the import, grouped with their rows, so nothing is silently read as something else.
 */
/** The choices for a value: drop its rows, or one of the pathway's ids. */
function TargetOptions(props: { targets: readonly Target[] }): ReactNode {
  return (
    <>
      <option value={DROP}>Drop (skip the rows)</option>
      {props.targets.map((t) => (
        <option key={t.id} value={t.id}>
          {t.label}
        </option>
      ))}
    </>
  );
}

export function ValueMap(props: {
  title: string;
  preview: ExportPreview;
  column: string | undefined;
  map: Readonly<Record<string, string>>;
  targets: readonly Target[];
  onChange: (map: Record<string, string>) => void;
}): ReactNode {
  const id = useId();
  const [search, setSearch] = useState('');
  const [remaining, setRemaining] = useState(DROP);
  const col = props.preview.columns.find((c) => c.name === props.column);
  if (!col) return null;
  const byKey = new Map(Object.entries(props.map).map(([k, v]) => [valueKey(k), v]));
  const q = search.trim().toLowerCase();
  const shown = col.values.filter((v) => q === '' || v.value.toLowerCase().includes(q));
  const unmapped = col.values.filter((v) => !byKey.has(valueKey(v.value)));
  const set = (value: string, target: string) => {
    const next = Object.fromEntries(
      Object.entries(props.map).filter(([k]) => valueKey(k) !== valueKey(value)),
    );
    if (target !== '') next[value] = target;
    props.onChange(next);
  };
  return (
    <section className="mapping__section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        {props.title}: “{col.name}”
      </h3>
      <p className={unmapped.length > 0 ? 'mapping__bad' : 'mapping__good'} role="status">
        {unmapped.length === 0
          ? `All ${exactCount(col.values.length)} values are mapped.`
          : `${exactCount(unmapped.length)} of ${exactCount(col.values.length)} values are not mapped yet (${plural(
              unmapped.reduce((n, v) => n + v.count, 0),
              'row',
            )}).`}
        {col.complete ? '' : ' The column has more values than were counted.'}
      </p>
      <div className="mapping__fields">
        <label>
          <span>Search {props.title.toLowerCase()} values</span>
          <input
            type="search"
            value={search}
            onChange={(event) => {
              setSearch(event.target.value);
            }}
          />
        </label>
        <label>
          <span>Map all remaining {props.title.toLowerCase()} values to</span>
          <select
            value={remaining}
            onChange={(event) => {
              setRemaining(event.target.value);
            }}
          >
            <TargetOptions targets={props.targets} />
          </select>
        </label>
        <button
          type="button"
          className="button"
          disabled={unmapped.length === 0}
          onClick={() => {
            const next = { ...props.map };
            for (const v of unmapped) next[v.value] = remaining;
            props.onChange(next);
          }}
        >
          Map {exactCount(unmapped.length)} remaining
        </button>
      </div>
      <div
        className="mapping__scroll mapping__scroll--values"
        role="region"
        aria-label={`${props.title} values`}
        tabIndex={0}
      >
        <table className="data-table mapping__values">
          <thead>
            <tr>
              <th scope="col">Value in the file</th>
              <th scope="col" className="is-numeric">
                Rows
              </th>
              <th scope="col" className="is-numeric">
                First row
              </th>
              <th scope="col">Read as</th>
            </tr>
          </thead>
          <tbody>
            {shown.slice(0, ROWS_SHOWN).map((v) => {
              const target = byKey.get(valueKey(v.value)) ?? '';
              return (
                <tr key={v.value} className={target === '' ? 'is-unmapped' : undefined}>
                  <th scope="row">{v.value}</th>
                  <td className="is-numeric">{exactCount(v.count)}</td>
                  <td className="is-numeric">{v.firstRow}</td>
                  <td>
                    <select
                      aria-label={`${props.title} for “${v.value}”`}
                      value={target}
                      onChange={(event) => {
                        set(v.value, event.target.value);
                      }}
                    >
                      <option value="">Not mapped (an error)</option>
                      <TargetOptions targets={props.targets} />
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {shown.length > ROWS_SHOWN ? (
        <p className="mapping__hint">
          {exactCount(shown.length - ROWS_SHOWN)} more values: search to find one, or map all remaining.
        </p>
      ) : null}
    </section>
  );
}
