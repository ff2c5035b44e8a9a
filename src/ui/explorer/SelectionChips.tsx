import type { ReactNode } from 'react';
import { missedRates, rateText } from '../../core/analysis/missedRates.ts';
import type { Pathway } from '../../core/pathway/types.ts';
import { serializeTrainerHash } from '../../core/trainer/trainerUrl.ts';
import { exactCount } from '../common/format.ts';
import { useCohortData } from '../data/CohortData.tsx';
import { useSelectedServiceId, useView, useViewSend } from '../state/ViewStore.tsx';
import { focusText } from '../summary/summaryModel.ts';

function Chip(props: { label: string; what: string; onRemove: () => void; action?: ReactNode }): ReactNode {
  return (
    <li className="selection-chip">
      <span>{props.label}</span>
      {props.action}
      <button type="button" className="selection-chip__remove" onClick={props.onRemove}>
        <span aria-hidden="true">×</span>
        <span className="visually-hidden">Remove the selection: {props.what}</span>
      </button>
    </li>
  );
}

/**
 * The one selection the map and the list show, as removable chips above the map: a service ("School ·
 * 11 missed · 38%"), a journey ("Journey C04 · 3 missed"), a route or a summary number. Choosing another
 * replaces it, unless "Combine" is pressed; then the chips add up.
 */
export function SelectionChips({ pathway }: { pathway: Pathway }): ReactNode {
  const send = useViewSend();
  const serviceId = useSelectedServiceId();
  const journeyId = useView((v) => v.selectedJourneyId);
  const focus = useView((v) => v.focus);
  const combine = useView((v) => v.combine);
  const summary = useCohortData((d) => d.overlay?.summary ?? null, null);
  const detail = useCohortData((d) => d.detail, null);
  const service = pathway.services.find((s) => s.id === serviceId);
  const chips: ReactNode[] = [];
  if (service) {
    const missed = summary?.missedPointsByService[service.id] ?? 0;
    const rate = summary ? missedRates(pathway, summary).find((r) => r.service === service.id) : undefined;
    const label = [
      service.label,
      ...(missed > 0 ? [`${exactCount(missed)} missed`] : []),
      ...(rate && missed > 0 ? [rateText(rate.per100)] : []),
    ].join(' · ');
    chips.push(
      <Chip
        key="service"
        label={label}
        what={service.label}
        onRemove={() => {
          send({ type: 'service.clear' });
        }}
      />,
    );
  }
  if (journeyId) {
    const missed = detail?.id === journeyId ? detail.missedPoints : undefined;
    const label = `Journey ${journeyId}${missed !== undefined ? ` · ${exactCount(missed)} missed` : ''}`;
    chips.push(
      <Chip
        key="journey"
        label={label}
        what={`journey ${journeyId}`}
        action={
          <a className="selection-chip__action" href={serializeTrainerHash({ journeyId, presenter: false })}>
            Step through in the trainer
          </a>
        }
        onRemove={() => {
          send({ type: 'journey.select', journeyId: null });
        }}
      />,
    );
  }
  if (focus) {
    const text = focusText(focus, pathway);
    const label =
      focus.kind === 'variant' ? `Route: ${text.replace(/^that took the route /, '')}` : `Journeys ${text}`;
    chips.push(
      <Chip
        key="focus"
        label={label}
        what={label}
        onRemove={() => {
          send({ type: 'focus.set', focus: null });
        }}
      />,
    );
  }
  return (
    <div className="selection-bar">
      <span className="selection-bar__label" id="selection-label">
        Selected:
      </span>
      {chips.length === 0 ? (
        <span className="selection-bar__none">
          nothing (choose a service, a journey, a route or a number)
        </span>
      ) : (
        <ul className="selection-chips" aria-labelledby="selection-label">
          {chips}
        </ul>
      )}
      <button
        type="button"
        className="toggle-button selection-bar__combine"
        aria-pressed={combine}
        onClick={() => {
          send({ type: 'combine.set', on: !combine });
        }}
      >
        Combine selections
      </button>
    </div>
  );
}
