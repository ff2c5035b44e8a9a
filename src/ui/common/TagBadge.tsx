import type { ReactNode } from 'react';
import { CRISIS, EARLY_INTERVENTION } from '../../core/pathway/types.ts';
import { tagText } from '../map/describe.ts';

/**
 * A tag as a badge. The two tags the analysis depends on have their own shape as well as their own
 * colour and words, so they read in greyscale, on a washed-out projector and for colour-blind viewers:
 * a diamond for early intervention, a warning triangle for crisis.
 */
export function TagBadge({ tag }: { tag: string }): ReactNode {
  if (tag === EARLY_INTERVENTION) {
    return (
      <span className="badge badge--early">
        <svg className="badge__icon" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
          <path d="M6 0.5 11.5 6 6 11.5 0.5 6Z" />
        </svg>
        Early intervention
      </span>
    );
  }
  if (tag === CRISIS) {
    return (
      <span className="badge badge--crisis">
        <svg className="badge__icon" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
          <path d="M6 0.6 11.6 11H0.4Z" />
          <path className="badge__icon-mark" d="M5.3 4h1.4v3.6H5.3zM5.3 8.4h1.4v1.3H5.3z" />
        </svg>
        Crisis
      </span>
    );
  }
  return <span className="badge badge--plain">{tagText(tag)}</span>;
}
