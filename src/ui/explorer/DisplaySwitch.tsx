import type { ReactNode } from 'react';
import type { MainView, OverlayMode } from '../state/viewState.ts';
import { useView, useViewSend } from '../state/ViewStore.tsx';
import { Segmented } from '../common/Segmented.tsx';
import { CompareToggle } from '../compare/CompareToggle.tsx';
import '../filters/filters.css';

const modes = [
  { value: 'frequency', label: 'Frequency' },
  { value: 'time', label: 'Time' },
] as const;
const views = [
  { value: 'map', label: 'Map' },
  { value: 'table', label: 'Table' },
] as const;

/** The overlay's measure (frequency: journeys; time: median days), the map or its table, and compare mode. */
export function DisplaySwitch({ hasCohort }: { hasCohort: boolean }): ReactNode {
  const send = useViewSend();
  const mode = useView((v) => v.overlayMode);
  const view = useView((v) => v.mainView);
  return (
    // A landmark of its own, as the filters beside it: nothing on the page is outside one (axe "region").
    <section className="display-switch" aria-label="Display">
      <Segmented<OverlayMode>
        label="Show"
        options={modes}
        value={mode}
        disabled={!hasCohort}
        onChange={(m) => {
          send({ type: 'overlay.mode', mode: m });
        }}
      />
      <div className="display-switch__row">
        <Segmented<MainView>
          label="View"
          options={views}
          value={view}
          onChange={(v) => {
            send({ type: 'mainView.set', view: v });
          }}
        />
        <CompareToggle />
      </div>
    </section>
  );
}
