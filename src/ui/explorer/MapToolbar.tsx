import { useId, type ReactNode } from 'react';
import type { Pathway } from '../../core/pathway/types.ts';
import { useCohortData } from '../data/CohortData.tsx';
import { useView, useViewSend } from '../state/ViewStore.tsx';
import { hiddenShortText, hiddenText, useSimplifiedMap } from './useSimplifiedMap.ts';

function DetailSlider(props: { label: string; value: number; onChange: (value: number) => void }): ReactNode {
  const id = useId();
  return (
    <div className="detail-slider">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="range"
        min={0}
        max={100}
        step={5}
        value={props.value}
        aria-valuetext={`${String(props.value)}% shown, busiest first`}
        onChange={(e) => {
          props.onChange(Number(e.currentTarget.value));
        }}
      />
      <output htmlFor={id} className="detail-slider__value">
        {props.value}%
      </output>
    </div>
  );
}

/**
 * Above the map: the simplification sliders (as Disco's activities and paths sliders: the busiest
 * services and moves first, never one with missed points or off the pathway) with what they hide in
 * words, and the presentation scale.
 */
export function MapToolbar({ pathway }: { pathway: Pathway }): ReactNode {
  const send = useViewSend();
  const detail = useView((v) => v.detail);
  const presentation = useView((v) => v.presentation);
  const hasOverlay = useCohortData((d) => d.overlay !== null, false);
  const simplified = useSimplifiedMap(pathway);
  const hidden = hiddenShortText(simplified);
  return (
    <div className="map-toolbar" role="group" aria-label="Map detail">
      {hasOverlay ? (
        <>
          <DetailSlider
            label="Services"
            value={detail.services}
            onChange={(services) => {
              send({ type: 'detail.set', services });
            }}
          />
          <DetailSlider
            label="Moves"
            value={detail.moves}
            onChange={(moves) => {
              send({ type: 'detail.set', moves });
            }}
          />
        </>
      ) : null}
      <button
        type="button"
        className="toggle-button map-toolbar__present"
        aria-pressed={presentation}
        onClick={() => {
          send({ type: 'presentation.set', on: !presentation });
        }}
      >
        Presentation scale
      </button>
      {hidden ? (
        <p className="map-toolbar__hidden" role="status" title={hiddenText(simplified) ?? undefined}>
          {hidden}
        </p>
      ) : null}
    </div>
  );
}
