import type { ReactNode } from 'react';
import './data.css';

/**
 * The progress of a file being read and checked, with a cancel button. Cancelling keeps the cohort that
 * was loaded before.
 */
export function LoadProgress(props: {
  fileName: string;
  fraction: number | null;
  onCancel: () => void;
}): ReactNode {
  const percent = props.fraction === null ? null : Math.round(props.fraction * 100);
  return (
    <div className="load-progress" role="group" aria-label={`Loading ${props.fileName}`}>
      <span className="load-progress__text">
        {percent === null ? 'Reading' : 'Checking'} <strong>{props.fileName}</strong>…
      </span>
      <progress
        className="load-progress__bar"
        max={100}
        {...(percent === null ? {} : { value: percent })}
        aria-label={`Loading ${props.fileName}`}
      />
      <span className="load-progress__percent" aria-hidden="true">
        {percent === null ? '' : `${String(percent)}%`}
      </span>
      <button type="button" className="button load-progress__cancel" onClick={props.onCancel}>
        Cancel
      </button>
    </div>
  );
}
