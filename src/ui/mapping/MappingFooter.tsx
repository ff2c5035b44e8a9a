import type { ReactNode } from 'react';
import { OpenCohortButton } from '../data/OpenCohortButton.tsx';

/**
 * The mapping dialog's actions: Load profile and Save profile (the JSON of the command line's `--map`),
 * what was last done, the offer to remember the mapping for a pathway, and the action that uses it.
 */
export function MappingFooter(props: {
  ready: boolean;
  note: string;
  onLoadProfile: (file: File) => void;
  onSave: () => void;
  /** Offer to remember the mapping for this pathway (its title) on this device. */
  rememberFor?: string | undefined;
  remember: boolean;
  onRemember: (remember: boolean) => void;
  applyLabel: string;
  /** The file is being opened with the mapping: the action waits. */
  busy: boolean;
  onApply: () => void;
}): ReactNode {
  return (
    <footer className="mapping__footer">
      <OpenCohortButton
        label="Load profile"
        hint="A .profile.json file saved from this dialog or written for the command line's --map."
        accept=".json,application/json"
        testId="profile-file-input"
        inputLabel="Profile file"
        onFile={props.onLoadProfile}
      />
      <button type="button" className="button" disabled={!props.ready} onClick={props.onSave}>
        Save profile
      </button>
      <span role="status" className="mapping__note">
        {props.note}
      </span>
      {props.rememberFor !== undefined ? (
        <label className="mapping__remember">
          <input
            type="checkbox"
            checked={props.remember}
            onChange={(event) => {
              props.onRemember(event.target.checked);
            }}
          />
          Remember this mapping for {props.rememberFor} on this device
        </label>
      ) : null}
      <button
        type="button"
        className="button mapping__apply"
        disabled={!props.ready}
        aria-disabled={props.busy}
        onClick={() => {
          // Not disabled while busy, so that focus stays on it for a keyboard user.
          if (!props.busy) props.onApply();
        }}
      >
        {props.applyLabel}
      </button>
    </footer>
  );
}
