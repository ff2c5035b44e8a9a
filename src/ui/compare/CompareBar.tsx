import { useId, useRef, useState, type ReactNode } from 'react';
import type { CohortMeta } from '../../core/analysis/cohortMeta.ts';
import type { CompareChoice } from '../../core/compare/compareCohort.ts';
import { dayText, isoDay } from '../common/dates.ts';
import { exactCount } from '../common/format.ts';
import { Segmented } from '../common/Segmented.tsx';
import { COHORT_ACCEPT } from '../data/OpenCohortButton.tsx';
import type { CompareShow } from '../state/viewState.ts';
import { splitColumnsOf, suggestedDate } from './compareChoices.ts';
import '../filters/filters.css';
import './compare.css';

export interface CompareBarProps {
  /** The cohort open (its journeys' start dates, its columns). */
  readonly meta: CohortMeta | null;
  /** The comparison the view names. */
  readonly choice: CompareChoice;
  /** The second file open, if any. */
  readonly second: CohortMeta | null;
  readonly secondLoading: string | null;
  readonly show: CompareShow;
  /** The groups of the comparison shown, and the one set against the first. */
  readonly groups: readonly string[];
  readonly group: number;
  readonly onApply: (choice: CompareChoice) => void;
  readonly onSecondFile: (file: File) => void;
  readonly onShow: (show: CompareShow) => void;
  readonly onGroup: (group: number) => void;
  readonly onClose: () => void;
}

const kinds = [
  { value: 'date', label: 'date' },
  { value: 'column', label: 'column' },
  { value: 'file', label: 'second file' },
] as const;

const shows = [
  { value: 'groups', label: 'Side by side' },
  { value: 'difference', label: 'Difference' },
] as const;

/**
 * How the cohort is compared: split by a date (with the range of journey starts beside it), by a column,
 * or set against a second file; then the groups side by side or their difference. Props only: the draft
 * of the form is its own until "Compare" applies it to the view.
 */
export function CompareBar(props: CompareBarProps): ReactNode {
  const id = useId();
  const { meta, choice, second } = props;
  const fileInput = useRef<HTMLInputElement>(null);
  const columns = splitColumnsOf(meta);
  const [kind, setKind] = useState<CompareChoice['kind']>(choice.kind);
  const [date, setDate] = useState(choice.kind === 'date' ? choice.value : suggestedDate(meta));
  const [column, setColumn] = useState(
    choice.kind === 'column' ? choice.value : (columns[0]?.value ?? 'service'),
  );
  const starts = meta?.timeBase === 'calendar' ? meta.starts : null;
  const apply = () => {
    if (kind === 'date') props.onApply({ kind, value: date });
    else if (kind === 'column') props.onApply({ kind, value: column });
    else if (second) props.onApply({ kind, value: second.file });
    else fileInput.current?.click();
  };
  return (
    <form
      className="compare-bar"
      // The app's own messages (the range, what to do) say what is wrong with a split, not the browser's.
      noValidate
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        apply();
      }}
    >
      <h2 id={`${id}-title`} className="visually-hidden">
        Compare groups of journeys
      </h2>
      <fieldset className="compare-bar__kind">
        <legend className="compare-bar__legend">Compare by</legend>
        {kinds.map((k) => (
          <label key={k.value} className="compare-bar__choice">
            <input
              type="radio"
              name={`${id}-kind`}
              value={k.value}
              checked={kind === k.value}
              onChange={() => {
                setKind(k.value);
              }}
            />{' '}
            {k.label}
          </label>
        ))}
      </fieldset>
      <div className="compare-bar__view">
        <Segmented<CompareShow> label="Show" options={shows} value={props.show} onChange={props.onShow} />
        {props.groups.length > 2 ? (
          <label className="compare-bar__group">
            <span className="compare-bar__label">Set against {props.groups[0]}:</span>{' '}
            <select
              className="compare-bar__field"
              value={props.group}
              onChange={(e) => {
                props.onGroup(Number(e.target.value));
              }}
            >
              {props.groups.slice(1).map((g, i) => (
                <option key={g} value={i + 1}>
                  {g}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <button type="button" className="button compare-bar__close" onClick={props.onClose}>
          <span aria-hidden="true">×</span> Close<span className="visually-hidden"> the comparison</span>
        </button>
      </div>
      <div className="compare-bar__input">
        {kind === 'date' ? (
          <>
            <label htmlFor={`${id}-date`} className="compare-bar__label">
              Journeys starting before
            </label>
            <input
              id={`${id}-date`}
              type="date"
              className="compare-bar__field"
              value={date}
              min={starts ? isoDay(starts.first) : undefined}
              max={starts ? isoDay(starts.last) : undefined}
              aria-describedby={`${id}-range`}
              required
              onChange={(e) => {
                setDate(e.target.value);
              }}
            />
            <span id={`${id}-range`} className="compare-bar__hint">
              {starts
                ? `Journeys start ${dayText(starts.first)} – ${dayText(starts.last)}; each goes by its first event.`
                : 'This file has no dates of journeys to split by.'}
            </span>
          </>
        ) : kind === 'column' ? (
          <>
            <label htmlFor={`${id}-column`} className="compare-bar__label">
              One group per value of
            </label>
            <select
              id={`${id}-column`}
              className="compare-bar__field"
              value={column}
              onChange={(e) => {
                setColumn(e.target.value);
              }}
            >
              {columns.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </select>
          </>
        ) : (
          <>
            <button
              type="button"
              className="button"
              onClick={() => fileInput.current?.click()}
              aria-describedby={`${id}-second`}
            >
              {second ? 'Another second file…' : 'Choose second file…'}
            </button>
            <span id={`${id}-second`} className="compare-bar__hint">
              {props.secondLoading
                ? `Reading ${props.secondLoading}…`
                : second
                  ? `${second.file}: ${exactCount(second.journeys)} journeys. It stays on this computer.`
                  : 'A cohort file of the same pathway (CSV, JSON or XES). It stays on this computer.'}
            </span>
            <input
              ref={fileInput}
              className="visually-hidden"
              type="file"
              accept={COHORT_ACCEPT}
              tabIndex={-1}
              aria-label="Second cohort file"
              data-testid="second-file-input"
              onChange={(event) => {
                const file = event.target.files?.[0];
                event.target.value = '';
                if (file) props.onSecondFile(file);
              }}
            />
          </>
        )}
        <button type="submit" className="button button--primary compare-bar__apply">
          Compare
        </button>
      </div>
    </form>
  );
}
