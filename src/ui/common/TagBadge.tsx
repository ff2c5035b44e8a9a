import type { ReactNode } from 'react';
import { CRISIS, EARLY_INTERVENTION } from '../../core/pathway/types.ts';
import { tagText } from './tags.ts';

/** The diamond of early intervention. */
export function EarlyIcon(): ReactNode {
  return (
    <svg className="badge__icon" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      <path d="M6 0.5 11.5 6 6 11.5 0.5 6Z" />
    </svg>
  );
}

/** The warning triangle of crisis. */
export function CrisisIcon(): ReactNode {
  return (
    <svg className="badge__icon" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      <path d="M6 0.6 11.6 11H0.4Z" />
      <path className="badge__icon-mark" d="M5.3 4h1.4v3.6H5.3zM5.3 8.4h1.4v1.3H5.3z" />
    </svg>
  );
}

/**
 * A tag as a badge. The two tags the analysis depends on have their own shape as well as their own
 * colour and words, so they read in greyscale, on a washed-out projector and for colour-blind viewers:
 * a diamond for early intervention, a warning triangle for crisis. `compact` shows the shape only (the
 * words stay for screen readers and in a tooltip), where the cohort overlay needs the room.
 */
export function TagBadge({ tag, compact = false }: { tag: string; compact?: boolean }): ReactNode {
  const words = tag === EARLY_INTERVENTION ? 'Early intervention' : tag === CRISIS ? 'Crisis' : tagText(tag);
  const icon = tag === EARLY_INTERVENTION ? <EarlyIcon /> : tag === CRISIS ? <CrisisIcon /> : null;
  const kind =
    tag === EARLY_INTERVENTION ? 'badge--early' : tag === CRISIS ? 'badge--crisis' : 'badge--plain';
  if (compact && icon) {
    return (
      <span className={`badge badge--compact ${kind}`} title={words}>
        {icon}
        <span className="visually-hidden">{words}</span>
      </span>
    );
  }
  return (
    <span className={`badge ${kind}`}>
      {icon}
      {words}
    </span>
  );
}
