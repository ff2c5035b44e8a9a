import type { ReactNode } from 'react';
import type { JourneyDetail } from '../../core/analysis/viewModel.ts';
import { ActivityIcon } from './ActivityMark.tsx';
import { activityShapes, type ServiceKind } from './activityShapes.ts';
import type { TimelineLane } from './timelineModel.ts';

const kindWords: Record<ServiceKind, string> = {
  early: 'Early-intervention service',
  crisis: 'Crisis service',
  other: 'Other service',
};
const kindOrder: readonly ServiceKind[] = ['early', 'crisis', 'other'];
const activityOrder = Object.keys(activityShapes);

/** A legend icon in a small square SVG. */
function LegendIcon({ children }: { children: ReactNode }): ReactNode {
  return (
    <svg className="timeline-legend__icon" viewBox="-11 -11 22 22" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

/** The key to the timeline: the shapes this journey uses, the colours of its lanes' services, its marks. */
export function TimelineLegend({
  detail,
  lanes,
  hasCrisis,
}: {
  detail: JourneyDetail;
  lanes: readonly TimelineLane[];
  hasCrisis: boolean;
}): ReactNode {
  const activities = [...new Set(detail.eventsList.map((e) => e.activity))].sort(
    (a, b) => activityOrder.indexOf(a) - activityOrder.indexOf(b),
  );
  const kinds = [...new Set(lanes.map((l) => l.kind))].sort(
    (a, b) => kindOrder.indexOf(a) - kindOrder.indexOf(b),
  );
  const missed = detail.eventsList.some((e) => e.missed);
  return (
    <div className="timeline-legend" role="group" aria-label="Key to the timeline">
      <ul className="timeline-legend__row" aria-label="Shapes: the activity">
        {activities.map((a) => (
          <li key={a}>
            <ActivityIcon activity={a} />
            {activityShapes[a].label}
          </li>
        ))}
      </ul>
      <ul className="timeline-legend__row" aria-label="Colours and marks">
        {kinds.map((k) => (
          <li key={k}>
            <svg className="timeline-legend__swatch" viewBox="0 0 24 12" aria-hidden="true" focusable="false">
              <rect
                className={`timeline-mark timeline-mark--${k}`}
                x={0.5}
                y={0.5}
                width={23}
                height={11}
                rx={5.5}
              />
            </svg>
            {kindWords[k]}
          </li>
        ))}
        {missed ? (
          <li>
            <LegendIcon>
              <circle className="timeline__missed-ring" r={8.5} />
            </LegendIcon>
            Missed early-intervention point (labelled)
          </li>
        ) : null}
        {hasCrisis ? (
          <li>
            <LegendIcon>
              <line className="timeline__crisis-line" x1={0} x2={0} y1={-10} y2={10} />
            </LegendIcon>
            First crisis
          </li>
        ) : null}
      </ul>
    </div>
  );
}
