import type { ReactNode } from 'react';
import './synthetic.css';

/** The words the screen shows wherever the shipped cohort's figures appear. */
export const SYNTHETIC_TITLE = 'Synthetic cohort';
export const SYNTHETIC_REST = '— invented journeys, not real children';
export const SYNTHETIC_WORDS = `${SYNTHETIC_TITLE} ${SYNTHETIC_REST}`;

/**
 * Says that the figures come from the synthetic cohort. With a cohort of ten, no real child's journey may
 * appear on screen, so the shipped one is invented and must say so wherever it is shown.
 */
export function SyntheticNotice({ compact = false }: { compact?: boolean }): ReactNode {
  return (
    <p className={compact ? 'synthetic-notice synthetic-notice--compact' : 'synthetic-notice'}>
      <svg className="synthetic-notice__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <circle cx="8" cy="8" r="7" />
        <path className="synthetic-notice__mark" d="M7 7h2v5H7zM7 3.8h2v2H7z" />
      </svg>
      {SYNTHETIC_WORDS}
    </p>
  );
}
