import type { ReactNode } from 'react';
import { pathwayLookups } from '../../core/pathway/pathwayLookups.ts';
import type { Pathway } from '../../core/pathway/types.ts';
import { useSelectedServiceId, useView, useViewSend } from '../state/ViewStore.tsx';
import { focusText } from '../summary/summaryModel.ts';

/** What narrows the journey list beyond the filters (a summary number, a route, the selected service), each clearable. */
export function FocusChips({ pathway }: { pathway: Pathway }): ReactNode {
  const send = useViewSend();
  const focus = useView((v) => v.focus);
  const service = useSelectedServiceId();
  const serviceLabel = service === null ? undefined : pathwayLookups(pathway).service.get(service)?.label;
  if (!focus && !serviceLabel) return null;
  return (
    <ul className="focus-chips" aria-label="The list shows only journeys">
      {focus ? (
        <li className="focus-chip">
          <span>{focusText(focus, pathway)}</span>
          <button
            type="button"
            className="button focus-chip__clear"
            onClick={() => {
              send({ type: 'focus.set', focus: null });
            }}
          >
            Show all
            <span className="visually-hidden"> journeys, not only those {focusText(focus, pathway)}</span>
          </button>
        </li>
      ) : null}
      {serviceLabel ? (
        <li className="focus-chip">
          <span>through {serviceLabel} (selected on the map)</span>
          <button
            type="button"
            className="button focus-chip__clear"
            onClick={() => {
              send({ type: 'service.clear' });
            }}
          >
            Clear<span className="visually-hidden"> the selected service {serviceLabel}</span>
          </button>
        </li>
      ) : null}
    </ul>
  );
}
