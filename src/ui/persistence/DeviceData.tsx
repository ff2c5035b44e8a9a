import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { DeviceData } from './device.ts';
import type { DeviceState } from './deviceStorage.ts';
import './device.css';

const DeviceContext = createContext<DeviceData | null>(null);

export function DeviceDataProvider(props: { device: DeviceData; children: ReactNode }): ReactNode {
  return <DeviceContext.Provider value={props.device}>{props.children}</DeviceContext.Provider>;
}

/** The page's device data (null in stories and tests without one). */
export function useDevice(): DeviceData | null {
  return useContext(DeviceContext);
}

const noSubscribe = () => () => undefined;

/** Selects a part of what the device keeps (the notice, the consent to keep the cohort). */
export function useDeviceState<T>(select: (state: DeviceState) => T, fallback: T): T {
  const device = useContext(DeviceContext);
  return useSyncExternalStore(device ? device.store.subscribe : noSubscribe, () =>
    device ? select(device.store.get()) : fallback,
  );
}

/** A dismissible note about the data on this device (restored, or unreadable and removed); in the live load status. */
export function DeviceNotice(): ReactNode {
  const device = useContext(DeviceContext);
  const notice = useDeviceState((s) => s.notice, null);
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
