import { useId, useState, type ReactNode } from 'react';
import { useCohortController, useCohortData } from '../data/CohortData.tsx';
import { useDevice, useDeviceState } from '../persistence/DeviceData.tsx';
import { defaultSettings } from '../persistence/settings.ts';
import { useViewSend } from '../state/ViewStore.tsx';

/**
 * "Data on this device": the consent to keep a user's cohort in this browser, and the action that
 * removes everything the app keeps here (with a confirmation).
 */
export function DeviceDataControls(): ReactNode {
  const device = useDevice();
  const controller = useCohortController();
  const send = useViewSend();
  const keep = useDeviceState((s) => s.keep, false);
  const meta = useCohortData((d) => d.meta, null);
  const [confirming, setConfirming] = useState(false);
  const id = useId();
  if (!device || !controller) return null;
  const userCohort = meta !== null && !meta.synthetic;
  return (
    <section className="device-data" aria-labelledby={`${id}-title`} data-testid="device-data">
      <h2 id={`${id}-title`} className="visually-hidden">
        Data on this device
      </h2>
      {userCohort ? (
        <label className="device-data__keep">
          <input
            type="checkbox"
            checked={keep}
            aria-describedby={`${id}-keep-hint`}
            onChange={(event) => {
              void device.setKeep(controller, event.target.checked);
            }}
          />{' '}
          Keep this cohort on this device
          <span id={`${id}-keep-hint`} className="device-data__hint">
            {' '}
            (saved in this browser only, never sent anywhere; a reload restores it)
          </span>
        </label>
      ) : null}
      {confirming ? (
        <span className="device-data__confirm" role="group" aria-label="Confirm clearing">
          <span>Remove your settings and any kept cohort from this browser?</span>{' '}
          <button
            type="button"
            className="device-data__danger"
            onClick={() => {
              setConfirming(false);
              send({ type: 'settings.apply', settings: defaultSettings });
              void device.clearAll();
            }}
          >
            Yes, clear all data
          </button>{' '}
          <button
            type="button"
            onClick={() => {
              setConfirming(false);
            }}
          >
            Cancel
          </button>
        </span>
      ) : (
        <button
          type="button"
          className="device-data__clear"
          onClick={() => {
            setConfirming(true);
          }}
        >
          Clear all data from this device
        </button>
      )}
    </section>
  );
}
