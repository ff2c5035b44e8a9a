import type { ReactNode } from 'react';
import type { JourneyDetail, JourneyEventView } from '../../core/analysis/viewModel.ts';
import type { Pathway } from '../../core/pathway/types.ts';
import { activityShapes, serviceLabel } from './activityShapes.ts';
import { concernLabeller, formatEventTime, formatFromCrisis } from './timelineWords.ts';

/**
 * The details of the event under the pointer or in focus. A visual repeat of the focused row of the
 * event table (which screen readers read), so hidden from them.
 */
export function EventTooltip({
  event,
  detail,
  pathway,
  x,
  y,
  width,
}: {
  event: JourneyEventView;
  detail: JourneyDetail;
  pathway: Pathway;
  x: number;
  y: number;
  width: number;
}): ReactNode {
  const concernsLabel = concernLabeller(pathway);
  const flip = x > width - 300;
  return (
    <div
      className={`timeline__tooltip${flip ? ' is-flipped' : ''}`}
      style={{ left: `${String(x)}px`, top: `${String(y)}px` }}
      aria-hidden="true"
    >
      <p className="timeline__tooltip-title">
        {activityShapes[event.activity].label} · {serviceLabel(pathway, event.service)}
      </p>
      <p>
        {formatEventTime(event, detail.timeBase)}
        {event.dayFromCrisis !== null ? ` (${formatFromCrisis(event.dayFromCrisis)})` : ''}
      </p>
      {event.concerns.length > 0 ? <p>Concerns: {event.concerns.map(concernsLabel).join(', ')}</p> : null}
      {event.missed ? <p className="timeline__tooltip-missed">Missed early-intervention point</p> : null}
      {event.move === 'off' ? <p>Off the pathway: no route leads here</p> : null}
      {event.note ? <p className="timeline__tooltip-note">Trainer note: {event.note}</p> : null}
    </div>
  );
}
