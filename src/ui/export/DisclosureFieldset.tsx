import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { DisclosureSettings } from '../../core/disclosure/disclosureSettings.ts';

export const UNSUPPRESS_WARNING = 'Counts below 5 will be shown. Do not publish.';

/**
 * Disclosure control: suppression of counts below 5 is on; switching it off asks for confirmation first
 * (the warning takes focus, and "Keep suppression" is the first choice), then the figure says it is not
 * for publication. Rounding to the nearest 5 is a second, independent choice.
 */
export function DisclosureFieldset({
  id,
  disclosure,
  onChange,
}: {
  id: string;
  disclosure: DisclosureSettings;
  onChange: (change: (d: DisclosureSettings) => DisclosureSettings) => void;
}): ReactNode {
  const [confirming, setConfirming] = useState(false);
  const keepButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) keepButton.current?.focus();
  }, [confirming]);
  const suppressed = disclosure.suppress;
  return (
    <fieldset className="export-fieldset">
      <legend>Disclosure control</legend>
      <label className="export-choice">
        <input
          type="checkbox"
          checked={suppressed}
          aria-describedby={`${id}-suppress-help`}
          onChange={(e) => {
            if (e.target.checked) {
              setConfirming(false);
              onChange((d) => ({ ...d, suppress: true }));
            } else {
              setConfirming(true);
            }
          }}
        />{' '}
        Suppress counts below 5 (shown as “&lt;5”)
      </label>
      <p id={`${id}-suppress-help`} className="export-help">
        NHS practice for small numbers: on for every figure that leaves this screen.
      </p>
      {confirming ? (
        <div className="export-warning" role="group" aria-labelledby={`${id}-warning`}>
          <p id={`${id}-warning`} className="export-warning__text" role="alert">
            <strong>{UNSUPPRESS_WARNING}</strong> The figure will be marked “not for publication”. With small
            numbers a reader may recognise a child.
          </p>
          <div className="export-warning__actions">
            <button
              type="button"
              ref={keepButton}
              className="button export-button export-button--primary"
              onClick={() => {
                setConfirming(false);
              }}
            >
              Keep suppression
            </button>
            <button
              type="button"
              className="button export-button export-button--danger"
              onClick={() => {
                setConfirming(false);
                onChange((d) => ({ ...d, suppress: false }));
              }}
            >
              Show counts below 5
            </button>
          </div>
        </div>
      ) : null}
      {!suppressed ? (
        <p className="export-unsuppressed" data-testid="unsuppressed-note">
          <strong>Suppression is off.</strong> The figure shows counts below 5 and says it is not for
          publication.
        </p>
      ) : null}
      <label className="export-choice">
        <input
          type="checkbox"
          checked={disclosure.roundTo === 5}
          onChange={(e) => {
            onChange((d) => ({ ...d, roundTo: e.target.checked ? 5 : 0 }));
          }}
        />{' '}
        Round other counts to the nearest 5
      </label>
    </fieldset>
  );
}
