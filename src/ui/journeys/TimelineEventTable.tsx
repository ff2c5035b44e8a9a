import { useState, type ReactNode } from 'react';
import type { JourneyDetail } from '../../core/analysis/viewModel.ts';
import type { Pathway } from '../../core/pathway/types.ts';
import { ActivityIcon } from './ActivityMark.tsx';
import { activityShapes, serviceKind, serviceLabel } from './activityShapes.ts';
import { MissedMark } from './MissedMark.tsx';
import { concernLabeller, formatEventTime, formatFromCrisis } from './timelineWords.ts';

/**
 * Every event of the journey as a table: the timeline's text alternative. Always in the page for screen
 * readers; shown on request, or while a row has keyboard focus (which shows its mark on the chart).
 */
export function TimelineEventTable({
  id,
  detail,
  pathway,
  synthetic,
  active,
  onActive,
}: {
  id: string;
  detail: JourneyDetail;
  pathway: Pathway;
  synthetic: boolean;
  active: number | null;
  onActive: (index: number | null) => void;
}): ReactNode {
  const [shown, setShown] = useState(false);
  const concernsLabel = concernLabeller(pathway);
  return (
    <>
      <div className="timeline__table-toggle">
        <button
          type="button"
          className="button toggle-button"
          aria-expanded={shown}
          aria-controls={`${id}-events`}
          onClick={() => {
            setShown((s) => !s);
          }}
        >
          {shown ? 'Hide the event table' : `Show the ${String(detail.eventsList.length)} events as a table`}
        </button>
      </div>
      <div id={`${id}-events`} className={`timeline__events${shown ? '' : ' is-collapsed'}`}>
        <table className="data-table timeline__table">
          <caption>
            Events of journey {detail.id}
            {synthetic ? ' (synthetic)' : ''}: focus a row to show it on the timeline
          </caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">From first crisis</th>
              <th scope="col">Service</th>
              <th scope="col">Activity</th>
              <th scope="col">Concerns</th>
              <th scope="col">Missed point</th>
              <th scope="col">Trainer note</th>
            </tr>
          </thead>
          <tbody>
            {detail.eventsList.map((e) => (
              <tr
                key={e.index}
                tabIndex={0}
                className={`${e.missed ? 'is-missed' : ''}${e.index === active ? ' is-active' : ''}`}
                onFocus={() => {
                  onActive(e.index);
                }}
                onBlur={() => {
                  onActive(null);
                }}
                onMouseEnter={() => {
                  onActive(e.index);
                }}
              >
                <th scope="row">{formatEventTime(e, detail.timeBase)}</th>
                <td>{formatFromCrisis(e.dayFromCrisis)}</td>
                <td>{serviceLabel(pathway, e.service)}</td>
                <td>
                  <span className="timeline__table-activity">
                    <ActivityIcon activity={e.activity} kind={serviceKind(pathway, e.service)} />
                    {activityShapes[e.activity].label}
                  </span>
                </td>
                <td>{e.concerns.map(concernsLabel).join(', ')}</td>
                <td>
                  {e.missed ? (
                    <span className="timeline__table-missed">
                      <MissedMark className="timeline__facts-icon" />
                      Missed
                    </span>
                  ) : (
                    ''
                  )}
                </td>
                <td>{e.note ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
