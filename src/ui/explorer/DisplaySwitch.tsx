import type { ReactNode } from 'react';
import type { MainView, OverlayMode } from '../state/viewState.ts';
import { useView, useViewSend } from '../state/ViewStore.tsx';
import '../filters/filters.css';

function Segmented<T extends string>(props: {
  label: string;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
  disabled?: boolean;
}): ReactNode {
  return (
    <div className="segmented" role="group" aria-label={props.label}>
      <span className="segmented__label" aria-hidden="true">
        {props.label}
      </span>
      {props.options.map((o) => (
        <button
          key={o.value}
          type="button"
          className="segmented__option"
          aria-pressed={o.value === props.value}
          disabled={props.disabled}
          onClick={() => {
            props.onChange(o.value);
          }}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}

const modes = [
  { value: 'frequency', label: 'Frequency' },
  { value: 'time', label: 'Time' },
] as const;
const views = [
  { value: 'map', label: 'Map' },
  { value: 'table', label: 'Table' },
] as const;

/** The overlay's measure (frequency: journeys; time: median days) and the map or its table. */
export function DisplaySwitch({ hasCohort }: { hasCohort: boolean }): ReactNode {
  const send = useViewSend();
  const mode = useView((v) => v.overlayMode);
  const view = useView((v) => v.mainView);
  return (
    <div className="display-switch">
      <Segmented<OverlayMode>
        label="Show"
        options={modes}
        value={mode}
        disabled={!hasCohort}
        onChange={(m) => {
          send({ type: 'overlay.mode', mode: m });
        }}
      />
      <Segmented<MainView>
        label="View"
        options={views}
        value={view}
        onChange={(v) => {
          send({ type: 'mainView.set', view: v });
        }}
      />
    </div>
  );
}
