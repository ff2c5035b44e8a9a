import { useId, useMemo, useRef, useState, type ReactNode } from 'react';
import type { JourneyDetail, JourneyEventView } from '../../core/analysis/viewModel.ts';
import type { Pathway } from '../../core/pathway/types.ts';
import { ActivityIcon, ActivityMark } from './ActivityMark.tsx';
import { MissedMark } from './MissedMark.tsx';
import {
  activityShapes,
  canLookBack,
  concernLabeller,
  dodge,
  effectiveMode,
  estimateTextWidth,
  eventDay,
  firstCrisisEvent,
  formatEventTime,
  formatFromCrisis,
  missedLabel,
  serviceKind,
  serviceLabel,
  stackLabels,
  timelineDomain,
  timelineLanes,
  timelineScale,
  timelineSummary,
  wrapLabel,
  type ServiceKind,
  type TimelineMode,
} from './timelineModel.ts';
import { useElementWidth } from './useElementWidth.ts';
import './journeys.css';

export interface JourneyTimelineProps {
  readonly detail: JourneyDetail;
  readonly pathway: Pathway;
  /** By date, or aligned on the first crisis ("look back": −365 … 0 days). */
  readonly mode: TimelineMode;
  readonly onModeChange: (mode: TimelineMode) => void;
  /** Labels the journey as synthetic (the shipped cohort). */
  readonly synthetic: boolean;
  /** The heading level of the timeline's title, to fit the page's outline. Default 3. */
  readonly headingLevel?: 2 | 3 | 4 | undefined;
}

/** Geometry in CSS pixels: the SVG is drawn at its real size, so text is the size given here. */
const G = {
  labelWidth: 230,
  right: 30,
  laneHeight: 50,
  labelRow: 30,
  labelHeight: 24,
  axisHeight: 64,
  fontSize: 15,
  markSize: 230,
  dodgeStep: 12,
} as const;

const kindWords: Record<ServiceKind, string> = {
  early: 'Early-intervention service',
  crisis: 'Crisis service',
  other: 'Other service',
};

interface TopLabel {
  readonly key: string;
  readonly text: string;
  readonly x: number;
  readonly left: number;
  readonly width: number;
  readonly kind: 'missed' | 'crisis';
  readonly event: JourneyEventView;
}

function EventTooltip({
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
    // A visual repeat of the focused row of the event table (which screen readers read), so hidden from them.
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

/**
 * One journey's events on a time axis: a lane per service visited (in the map's order, tinted by level),
 * each event a mark whose shape is its activity, missed early-intervention points ringed and labelled, and
 * the first crisis as a line. By date or aligned on the first crisis. The SVG is one image with a title
 * and a description in words; the event table below gives every detail to screen readers and keyboards
 * (focusing a row shows its mark and trainer note on the chart).
 */
export function JourneyTimeline({
  detail,
  pathway,
  mode,
  onModeChange,
  synthetic,
  headingLevel = 3,
}: JourneyTimelineProps): ReactNode {
  const id = useId();
  const frameRef = useRef<HTMLDivElement>(null);
  const frameWidth = useElementWidth(frameRef, 900);
  // Below 560 pixels the chart keeps its size and the frame scrolls sideways (and can then be focused to scroll).
  const width = Math.max(560, frameWidth);
  const scrolls = frameWidth < width;
  const [active, setActive] = useState<number | null>(null);
  const [tableShown, setTableShown] = useState(false);
  const Heading = `h${String(headingLevel)}` as 'h3';

  const drawn = effectiveMode(detail, mode);
  const lookBackPossible = canLookBack(detail);
  const concernsLabel = useMemo(() => concernLabeller(pathway), [pathway]);
  const lanes = useMemo(() => timelineLanes(detail, pathway), [detail, pathway]);
  const laneOf = useMemo(() => new Map(lanes.map((l, i) => [l.service, i])), [lanes]);
  const crisis = firstCrisisEvent(detail);

  const plotLeft = G.labelWidth;
  const plotRight = width - G.right;
  const scale = useMemo(
    () => timelineScale(timelineDomain(detail, drawn), [plotLeft, plotRight], drawn, detail.timeBase),
    [detail, drawn, plotLeft, plotRight],
  );

  // Labels above the lanes: the first crisis, then every missed point, stacked so none overlaps.
  const topLabels = useMemo(() => {
    const items: TopLabel[] = [];
    const place = (event: JourneyEventView, text: string, kind: TopLabel['kind']) => {
      const x = scale.x(eventDay(event, drawn));
      const w = estimateTextWidth(text, G.fontSize - 1, true) + 18;
      const left = Math.max(plotLeft - 20, Math.min(x - 10, plotRight - w));
      items.push({ key: `${kind}-${String(event.index)}`, text, x, left, width: w, kind, event });
    };
    if (crisis) place(crisis, `First crisis: ${formatEventTime(crisis, detail.timeBase)}`, 'crisis');
    for (const e of detail.eventsList)
      if (e.missed) place(e, missedLabel(e, pathway, concernsLabel), 'missed');
    const rows = stackLabels(items, 10);
    return items.map((it, i) => ({ ...it, row: rows[i] as number }));
  }, [crisis, detail, pathway, concernsLabel, scale, drawn, plotLeft, plotRight]);

  const labelRows = topLabels.reduce((n, l) => Math.max(n, l.row + 1), 0);
  const lanesTop = 10 + labelRows * G.labelRow + 8;
  const lanesBottom = lanesTop + lanes.length * G.laneHeight;
  const height = lanesBottom + G.axisHeight;
  const laneY = (service: string) => lanesTop + (laneOf.get(service) ?? 0) * G.laneHeight + G.laneHeight / 2;
  // Row 0 sits just above the lanes; higher rows go up.
  const labelTop = (row: number) => lanesTop - 8 - (row + 1) * G.labelRow + (G.labelRow - G.labelHeight);

  const marks = useMemo(() => {
    const byLane = new Map<string, { e: JourneyEventView; x: number }[]>();
    for (const e of detail.eventsList) {
      const list = byLane.get(e.service) ?? [];
      list.push({ e, x: scale.x(eventDay(e, drawn)) });
      byLane.set(e.service, list);
    }
    const out: { e: JourneyEventView; x: number; y: number }[] = [];
    for (const [service, list] of byLane) {
      const slots = dodge(
        list.map((m) => m.x),
        14,
      );
      list.forEach((m, i) => out.push({ ...m, y: laneY(service) + (slots[i] ?? 0) * G.dodgeStep }));
    }
    return out.sort((a, b) => a.e.index - b.e.index);
    // laneY depends only on lanesTop and laneOf.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [detail, scale, drawn, lanesTop, laneOf]);

  const activeMark = active === null ? undefined : marks.find((m) => m.e.index === active);
  const activities = [...new Set(detail.eventsList.map((e) => e.activity))].sort(
    (a, b) => Object.keys(activityShapes).indexOf(a) - Object.keys(activityShapes).indexOf(b),
  );
  const kinds = [...new Set(lanes.map((l) => l.kind))].sort(
    (a, b) => (['early', 'crisis', 'other'] as const).indexOf(a) - ['early', 'crisis', 'other'].indexOf(b),
  );
  const missedCount = detail.eventsList.filter((e) => e.missed).length;
  const modeWords = drawn === 'lookback' ? 'aligned on the first crisis' : 'by date';

  return (
    <section className="timeline" aria-labelledby={`${id}-title`}>
      <div className="timeline__header">
        <Heading id={`${id}-title`} className="timeline__title">
          Journey {detail.id}: timeline {modeWords}
        </Heading>
        {synthetic ? (
          <span className="synthetic-badge" title="Invented for demonstration: not a real child's journey">
            Synthetic
          </span>
        ) : null}
        <div className="timeline__modes" role="group" aria-label="Time axis">
          <button
            type="button"
            className="toggle-button"
            aria-pressed={drawn === 'date'}
            onClick={() => {
              onModeChange('date');
            }}
          >
            By date
          </button>
          <button
            type="button"
            className="toggle-button"
            aria-pressed={drawn === 'lookback'}
            aria-describedby={lookBackPossible ? undefined : `${id}-nolookback`}
            disabled={!lookBackPossible}
            onClick={() => {
              onModeChange('lookback');
            }}
          >
            Look back from first crisis
          </button>
        </div>
      </div>
      <p className="timeline__facts">
        {detail.reachedCrisis ? `Reached crisis` : 'Did not reach a crisis service'}
        {detail.leadTimeDays !== null ? ` ${String(detail.leadTimeDays)} days after the first concern` : ''}
        {' · '}
        <span className={missedCount > 0 ? 'timeline__facts-missed' : undefined}>
          {missedCount > 0 ? <MissedMark className="timeline__facts-icon" /> : null}
          {missedCount} missed early-intervention {missedCount === 1 ? 'point' : 'points'}
        </span>
        {synthetic ? ' · synthetic journey, not a real child' : ''}
      </p>
      {!lookBackPossible ? (
        <p id={`${id}-nolookback`} className="timeline__note">
          This journey reached no crisis service, so there is no first crisis to look back from.
        </p>
      ) : null}
      <div
        ref={frameRef}
        className="timeline__frame"
        {...(scrolls
          ? {
              tabIndex: 0,
              role: 'region',
              'aria-label': `Timeline of journey ${detail.id} (scrolls sideways)`,
            }
          : {})}
      >
        <svg
          className="timeline__svg"
          width={width}
          height={height}
          role="img"
          aria-labelledby={`${id}-svg-title`}
          aria-describedby={`${id}-svg-desc`}
          onMouseLeave={() => {
            setActive(null);
          }}
        >
          <title id={`${id}-svg-title`}>{`Timeline of journey ${detail.id}, ${modeWords}`}</title>
          <desc id={`${id}-svg-desc`}>{timelineSummary(detail, pathway, drawn)}</desc>
          {/* Lanes, one per service visited, tinted by level as on the map. */}
          {lanes.map((lane, i) => {
            const y = lanesTop + i * G.laneHeight;
            const lines = wrapLabel(lane.label, 26, 2);
            return (
              <g key={lane.service} className={`timeline__lane lane--${String(lane.levelIndex % 5)}`}>
                <rect
                  className="timeline__lane-bg"
                  x={0}
                  y={y}
                  width={width - G.right + 10}
                  height={G.laneHeight}
                />
                <rect className="timeline__lane-stripe" x={0} y={y} width={6} height={G.laneHeight} />
                <text
                  className="timeline__lane-label"
                  x={14}
                  y={y + G.laneHeight / 2 - (lines.length - 1) * 9 + 5}
                >
                  {lines.map((line, k) => (
                    <tspan key={k} x={14} dy={k === 0 ? 0 : 18}>
                      {line}
                    </tspan>
                  ))}
                </text>
              </g>
            );
          })}
          {/* Grid and axis. */}
          {scale.ticks.map((t) => (
            <g key={t.day} className="timeline__tick">
              <line x1={t.x} x2={t.x} y1={lanesTop} y2={lanesBottom} className="timeline__grid" />
              <line x1={t.x} x2={t.x} y1={lanesBottom} y2={lanesBottom + 6} className="timeline__tick-line" />
              <text x={t.x} y={lanesBottom + 24} textAnchor="middle" className="timeline__tick-label">
                {t.label}
              </text>
            </g>
          ))}
          <line className="timeline__axis" x1={plotLeft} x2={plotRight} y1={lanesBottom} y2={lanesBottom} />
          <text
            className="timeline__axis-title"
            x={(plotLeft + plotRight) / 2}
            y={lanesBottom + 52}
            textAnchor="middle"
          >
            {scale.title}
          </text>
          {/* The first crisis: a line through every lane. */}
          {crisis ? (
            <line
              className="timeline__crisis-line"
              x1={scale.x(eventDay(crisis, drawn))}
              x2={scale.x(eventDay(crisis, drawn))}
              y1={lanesTop - 8}
              y2={lanesBottom}
            />
          ) : null}
          {/* Leader lines from labels to their marks, under the labels. */}
          {topLabels.map((l) => (
            <line
              key={`${l.key}-leader`}
              className={`timeline__leader timeline__leader--${l.kind}`}
              x1={l.x}
              x2={l.x}
              y1={labelTop(l.row) + G.labelHeight}
              y2={l.kind === 'crisis' ? lanesTop - 8 : laneY(l.event.service) - 16}
            />
          ))}
          {topLabels.map((l) => (
            <g key={l.key} className={`timeline__label timeline__label--${l.kind}`}>
              <rect x={l.left} y={labelTop(l.row)} width={l.width} height={G.labelHeight} rx={4} />
              <text x={l.left + 8} y={labelTop(l.row) + G.labelHeight / 2 + 5}>
                {l.text}
              </text>
            </g>
          ))}
          {/* The events. */}
          {marks.map(({ e, x, y }) => (
            <g
              key={e.index}
              transform={`translate(${x.toFixed(1)} ${y.toFixed(1)})`}
              className={`timeline__event${e.index === active ? ' is-active' : ''}`}
              onMouseEnter={() => {
                setActive(e.index);
              }}
            >
              {/* A wider transparent target for the pointer. */}
              <circle className="timeline__hit" r={16} />
              {e.missed ? <circle className="timeline__missed-ring" r={15} /> : null}
              {e.index === active ? <circle className="timeline__active-ring" r={19} /> : null}
              <ActivityMark activity={e.activity} kind={serviceKind(pathway, e.service)} size={G.markSize} />
            </g>
          ))}
        </svg>
        {activeMark ? (
          <EventTooltip
            event={activeMark.e}
            detail={detail}
            pathway={pathway}
            x={activeMark.x}
            y={activeMark.y}
            width={width}
          />
        ) : null}
      </div>
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
              <svg
                className="timeline-legend__swatch"
                viewBox="0 0 24 12"
                aria-hidden="true"
                focusable="false"
              >
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
          {missedCount > 0 ? (
            <li>
              <svg
                className="timeline-legend__icon"
                viewBox="-11 -11 22 22"
                aria-hidden="true"
                focusable="false"
              >
                <circle className="timeline__missed-ring" r={8.5} />
              </svg>
              Missed early-intervention point (labelled)
            </li>
          ) : null}
          {crisis ? (
            <li>
              <svg
                className="timeline-legend__icon"
                viewBox="-11 -11 22 22"
                aria-hidden="true"
                focusable="false"
              >
                <line className="timeline__crisis-line" x1={0} x2={0} y1={-10} y2={10} />
              </svg>
              First crisis
            </li>
          ) : null}
        </ul>
      </div>
      <div className="timeline__table-toggle">
        <button
          type="button"
          className="toggle-button"
          aria-expanded={tableShown}
          aria-controls={`${id}-events`}
          onClick={() => {
            setTableShown((s) => !s);
          }}
        >
          {tableShown
            ? 'Hide the event table'
            : `Show the ${String(detail.eventsList.length)} events as a table`}
        </button>
      </div>
      {/* Always in the page for screen readers; shown on request, or while a row has keyboard focus. */}
      <div id={`${id}-events`} className={`timeline__events${tableShown ? '' : ' is-collapsed'}`}>
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
                  setActive(e.index);
                }}
                onBlur={() => {
                  setActive(null);
                }}
                onMouseEnter={() => {
                  setActive(e.index);
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
    </section>
  );
}
