import {
  createContext,
  useContext,
  useEffect,
  useId,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { useCohortController, useCohortData } from '../data/CohortData.tsx';
import { useView, useViewSend } from '../state/ViewStore.tsx';
import type { DeviceData } from './device.ts';
import { writeSettings } from './deviceStorage.ts';
import { defaultSettings } from './settings.ts';
import './device.css';

const DeviceContext = createContext<DeviceData | null>(null);

export function DeviceDataProvider(props: { device: DeviceData; children: ReactNode }): ReactNode {
  return <DeviceContext.Provider value={props.device}>{props.children}</DeviceContext.Provider>;
}

const noSubscribe = () => () => undefined;

function useDeviceState<T>(device: DeviceData | null, select: (d: DeviceData['store']) => T, fallback: T): T {
  return useSyncExternalStore(device ? device.store.subscribe : noSubscribe, () =>
    device ? select(device.store) : fallback,
  );
}

/** Saves the settings whenever they change (needs a view store; does nothing without a device). */
export function SettingsSync(): null {
  const device = useContext(DeviceContext);
  const windowDays = useView((v) => v.windowDays);
  const horizonDays = useView((v) => v.horizonDays);
  const overlayMode = useView((v) => v.overlayMode);
  const mainView = useView((v) => v.mainView);
  const filters = useView((v) => v.filters);
  useEffect(() => {
    if (device) writeSettings({ windowDays, horizonDays, overlayMode, mainView, filters });
  }, [device, windowDays, horizonDays, overlayMode, mainView, filters]);
  return null;
}

/** A dismissible note about the data on this device (restored, or unreadable and removed); in the live load status. */
export function DeviceNotice(): ReactNode {
  const device = useContext(DeviceContext);
  const notice = useDeviceState(device, (s) => s.get().notice, null);
  if (!device || !notice) return null;
  return (
    <div className="device-notice" data-testid="device-notice">
      <p>
        {notice}{' '}
        <button
          type="button"
          className="link-button"
          onClick={() => {
            device.dismissNotice();
          }}
        >
          Dismiss
        </button>
      </p>
    </div>
  );
}

/**
 * "Data on this device": the consent to keep a user's cohort in this browser, and the action that
 * removes everything the app keeps here (with a confirmation).
 */
export function DeviceDataControls(): ReactNode {
  const device = useContext(DeviceContext);
  const controller = useCohortController();
  const send = useViewSend();
  const keep = useDeviceState(device, (s) => s.get().keep, false);
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
              send({ type: 'view.restore', view: { ...defaultSettings } });
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
