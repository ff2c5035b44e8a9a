import type { ReactNode } from 'react';
import type { Problem } from '../../core/problems.ts';
import './compare.css';

/**
 * Why the comparison asked for could not be made (a date outside the range, a column the cohort does not
 * have, an empty group, an overlay with no journeys), and that the one on screen stays. Props only.
 */
export function CompareRefusal(props: {
  problems: readonly Problem[];
  /** The comparison still on screen, in words, or null when none was made yet. */
  kept: string | null;
}): ReactNode {
  return (
    <div className="compare-refusal" role="alert" data-testid="compare-refusal">
      <p className="compare-refusal__title">
        <svg className="compare-refusal__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="M8 0.8 15.4 14.6H0.6Z" />
          <path className="compare-refusal__mark" d="M7.1 5.2h1.8v4.6H7.1zM7.1 11h1.8v1.8H7.1z" />
        </svg>
        That comparison could not be made:
      </p>
      <ul className="compare-refusal__list">
        {props.problems.map((p, i) => (
          <li key={i}>
            {p.column ? <span className="compare-refusal__where">{p.column}: </span> : null}
            {p.message} <span className="compare-refusal__code">[{p.code}]</span>
          </li>
        ))}
      </ul>
      <p className="compare-refusal__kept">
        {props.kept ? `Still shown: ${props.kept}` : 'Choose another split above.'}
      </p>
    </div>
  );
}
