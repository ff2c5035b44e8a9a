import { useId, useMemo, useState, type ReactNode } from 'react';
import { CANDIDATE_FORMATS, previewTimes } from '../../core/profile/preview/guessTimeFormats.ts';
import type { ExportPreview } from '../../core/profile/preview/previewExport.ts';
import { exactCount } from '../common/format.ts';

const SHOWN = 6;

/** Formats as the box shows them: separated by ` | `. */
export const formatsText = (formats: readonly string[]): string => formats.join(' | ');
export const formatsOf = (text: string): string[] =>
  text
    .split('|')
    .map((f) => f.trim())
    .filter((f) => f !== '');

/**
 * The time format of the time column, with a live preview: the first values as they are read, and how
 * many of the column's distinct values no format reads (with the first of them and their rows).
 */
export function TimeFormat(props: {
  preview: ExportPreview;
  column: string | undefined;
  formats: readonly string[];
  zone: string;
  onChange: (change: { formats?: string[]; zone?: string }) => void;
  /** The day-offset column, when times are whole days from a reference day instead. */
  dayColumn?: string | undefined;
}): ReactNode {
  const id = useId();
  // What is typed stays as typed (spaces, a trailing |) while the box has focus; the formats go out parsed.
  const [typed, setTyped] = useState<string | null>(null);
  const col = props.preview.columns.find((c) => c.name === props.column);
  const values = useMemo(() => col?.values ?? [], [col]);
  const read = useMemo(
    () =>
      previewTimes(
        values.map((v) => v.value),
        props.formats,
        props.zone,
      ),
    [values, props.formats, props.zone],
  );
  if (!col) {
    return (
      <section className="mapping__section" aria-labelledby={`${id}-title`}>
        <h3 id={`${id}-title`}>Time</h3>
        <p className="mapping__hint">
          {props.dayColumn
            ? `Day offsets in “${props.dayColumn}”: whole days (may be negative), no format needed.`
            : 'Choose the column that holds the time of each event.'}
        </p>
      </section>
    );
  }
  const failing = 'error' in read ? [] : values.filter((v) => read.failing.includes(v.value));
  const failingRows = failing.reduce((n, v) => n + v.count, 0);
  return (
    <section className="mapping__section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Time: “{col.name}”</h3>
      <div className="mapping__fields">
        <label>
          <span>Format (several separated by |)</span>
          <input
            type="text"
            list={`${id}-formats`}
            value={typed ?? formatsText(props.formats)}
            aria-describedby={`${id}-result`}
            onChange={(event) => {
              setTyped(event.target.value);
              props.onChange({ formats: formatsOf(event.target.value) });
            }}
            onBlur={() => {
              setTyped(null);
            }}
          />
          <datalist id={`${id}-formats`}>
            {CANDIDATE_FORMATS.map((f) => (
              <option key={f} value={f} />
            ))}
          </datalist>
        </label>
        <label>
          <span>Time zone of local times</span>
          <input
            type="text"
            value={props.zone}
            onChange={(event) => {
              props.onChange({ zone: event.target.value });
            }}
          />
        </label>
      </div>
      <p
        id={`${id}-result`}
        className={failing.length > 0 || 'error' in read ? 'mapping__bad' : 'mapping__good'}
        role="status"
      >
        {'error' in read
          ? read.error
          : failing.length === 0
            ? `Every one of ${exactCount(values.length)} distinct values is read${col.complete ? '' : ' (of those counted)'}.`
            : `${exactCount(failing.length)} distinct ${failing.length === 1 ? 'value is' : 'values are'} not read (${exactCount(failingRows)} rows), e.g. “${failing[0]?.value ?? ''}” on row ${String(failing[0]?.firstRow ?? '')}.`}
      </p>
      {'error' in read ? null : (
        <table className="data-table mapping__times">
          <caption className="visually-hidden">The first values as the format reads them</caption>
          <thead>
            <tr>
              <th scope="col">In the file</th>
              <th scope="col">Read as (UTC)</th>
            </tr>
          </thead>
          <tbody>
            {read.values.slice(0, SHOWN).map((v) => (
              <tr key={v.value}>
                <td>{v.value}</td>
                <td>{v.read ?? <strong className="mapping__bad">not read</strong>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
