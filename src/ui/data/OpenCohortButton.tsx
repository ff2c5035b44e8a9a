import { useId, useRef, type ReactNode } from 'react';
import './data.css';

/** The file types the importer reads (CONTRACT §2). */
export const COHORT_ACCEPT = '.csv,.json,.xes,.tsv,.txt,text/csv,application/json';

/**
 * "Open cohort file": a real button (Tab, Enter) that opens the browser's file chooser. The file input
 * itself is hidden from sight but not from the page, so automation (and assistive technology that
 * prefers it) can still use it.
 */
export function OpenCohortButton(props: {
  onFile: (file: File) => void;
  disabled?: boolean;
  /** Another kind of file (a pathway, a profile): its button's words, hint, types and test id. */
  label?: string;
  hint?: string;
  accept?: string;
  testId?: string;
  /** The file input's name (default: the label without "Open"). */
  inputLabel?: string;
}): ReactNode {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  return (
    <span className="open-cohort">
      <button
        type="button"
        className="open-cohort__button"
        disabled={props.disabled}
        onClick={() => input.current?.click()}
        aria-describedby={`${id}-hint`}
      >
        <svg className="open-cohort__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="M1.5 3.5h5l1.5 2h6.5v8h-13Z" />
        </svg>
        {props.label ?? 'Open cohort file'}
      </button>
      <span id={`${id}-hint`} className="visually-hidden">
        {props.hint ??
          'CSV, JSON or XES event log. You can also drop a file anywhere on the page. It stays on this computer.'}
      </span>
      <input
        ref={input}
        className="visually-hidden"
        type="file"
        accept={props.accept ?? COHORT_ACCEPT}
        tabIndex={-1}
        aria-label={
          props.inputLabel ??
          (props.label
            ? props.label.replace(/^Open /, '').replace(/^./, (c) => c.toUpperCase())
            : 'Cohort file')
        }
        data-testid={props.testId ?? 'cohort-file-input'}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Reset, so that choosing the same file again (after fixing it) loads it again.
          event.target.value = '';
          if (file) props.onFile(file);
        }}
      />
    </span>
  );
}
