import { useEffect, useId, useRef, type ReactNode } from 'react';
import type { Problem } from '../../core/problems.ts';
import { exactCount } from '../common/format.ts';
import './data.css';

/** How many problems are listed; the rest are counted. */
export const PROBLEMS_SHOWN = 50;

/**
 * Why a file was refused: a table of file, row, column and message (which says what is allowed), the
 * first `PROBLEMS_SHOWN` of them and how many more. Takes focus when it appears, so keyboard and
 * screen-reader users hear it; the cohort loaded before stays on screen.
 */
export function ProblemsPanel(props: {
  fileName: string;
  problems: readonly Problem[];
  keptCohort: string | null;
  onDismiss: () => void;
  /** What the user can do about it beside closing (e.g. map the file's columns and values). */
  action?: ReactNode;
}): ReactNode {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [props.problems]);
  const shown = props.problems.slice(0, PROBLEMS_SHOWN);
  const more = props.problems.length - shown.length;
  // The importer says when it stopped listing (PL205); count it as a note, not a row.
  return (
    <section className="problems" aria-labelledby={`${id}-title`} data-testid="problems-panel">
      <div className="problems__header">
        <h2 id={`${id}-title`} tabIndex={-1} ref={heading}>
          <svg className="problems__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d="M8 0.8 15.4 14.6H0.6Z" />
            <path className="problems__mark" d="M7.1 5.2h1.8v4.6H7.1zM7.1 11h1.8v1.8H7.1z" />
          </svg>
          {props.fileName} was not opened: {exactCount(props.problems.length)}{' '}
          {props.problems.length === 1 ? 'problem' : 'problems'}
        </h2>
        {props.action}
        <button type="button" className="button problems__close" onClick={props.onDismiss}>
          Close
        </button>
      </div>
      <p className="problems__kept">
        {props.keptCohort
          ? `Nothing was lost: the map still shows ${props.keptCohort}. Fix the file and open it again.`
          : 'Fix the file and open it again.'}
      </p>
      <div className="problems__scroll" tabIndex={0} role="region" aria-label="Problems found">
        <table className="data-table problems__table">
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col" className="is-numeric">
                Row
              </th>
              <th scope="col">Column</th>
              <th scope="col">Problem and how to fix it</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((p, i) => (
              <tr key={i}>
                <td>{p.file ?? props.fileName}</td>
                <td className="is-numeric">{p.row ?? '—'}</td>
                <td>{p.column ?? '—'}</td>
                <td>
                  {p.message} <span className="problems__code">[{p.code}]</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {more > 0 ? (
        <p className="problems__more">
          and {exactCount(more)} more {more === 1 ? 'problem' : 'problems'} not listed.
        </p>
      ) : null}
    </section>
  );
}
