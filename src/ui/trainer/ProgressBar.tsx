import type { ReactNode } from 'react';

/**
 * How far through the case the player is: a progressbar (step n of N) with a mark at every missed
 * early-intervention point. The marks are drawn, and also counted in words.
 */
export function ProgressBar({
  index,
  total,
  missed,
  label = 'Progress through the case',
}: {
  index: number;
  total: number;
  missed: readonly number[];
  label?: string;
}): ReactNode {
  const fraction = total <= 1 ? 1 : index / (total - 1);
  const at = (i: number) => `${String(total <= 1 ? 100 : (i / (total - 1)) * 100)}%`;
  const seen = missed.filter((i) => i <= index).length;
  return (
    <div className="progress">
      <div
        className="progress__track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={1}
        aria-valuemax={total}
        aria-valuenow={index + 1}
        aria-valuetext={`Step ${String(index + 1)} of ${String(total)}`}
      >
        <div className="progress__fill" style={{ width: `${String(fraction * 100)}%` }} />
        {missed.map((i) => (
          <span
            key={i}
            className={`progress__missed${i <= index ? ' is-passed' : ''}`}
            style={{ left: at(i) }}
            aria-hidden="true"
          />
        ))}
      </div>
      <p className="progress__text">
        Step {index + 1} of {total}
        {missed.length > 0
          ? ` · missed points: ${String(seen)} of ${String(missed.length)} reached`
          : ' · no missed points in this case'}
      </p>
    </div>
  );
}
