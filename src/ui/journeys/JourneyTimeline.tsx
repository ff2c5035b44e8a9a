import { useId, useMemo, useRef, useState, type ReactNode } from 'react';
import type { JourneyDetail } from '../../core/analysis/viewModel.ts';
import type { Pathway } from '../../core/pathway/types.ts';
import { EventTooltip } from './EventTooltip.tsx';
import { serializeTrainerHash } from '../../core/trainer/trainerUrl.ts';
import { daysText } from '../common/format.ts';
import { MissedMark } from './MissedMark.tsx';
import { TimelineChart } from './TimelineChart.tsx';
import { TimelineEventTable } from './TimelineEventTable.tsx';
import { timelineLayout } from './timelineLayout.ts';
import { TimelineLegend } from './TimelineLegend.tsx';
import { canLookBack } from './timelineModel.ts';
import type { TimelineMode } from './timelineScale.ts';
import { useElementSize } from '../common/useElementSize.ts';
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

/**
 * One journey's events on a time axis: a lane per service visited (in the map's order, tinted by level),
 * each event a mark whose shape is its activity, missed early-intervention points ringed and labelled, and
 * the first crisis as a line. By date or aligned on the first crisis. The SVG is one image with a title
 * and a description in words; the event table below gives every detail to screen readers and keyboards
 * (focusing a row shows its mark and trainer note on the chart). Where things go is `timelineLayout`.
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
  const frameWidth = useElementSize(frameRef, 'width', 900);
  // Below 560 pixels the chart keeps its size and the frame scrolls sideways (and can then be focused to scroll).
  const width = Math.max(560, frameWidth);
  const [active, setActive] = useState<number | null>(null);
  const Heading = `h${String(headingLevel)}` as 'h3';

  const layout = useMemo(() => timelineLayout(detail, pathway, mode, width), [detail, pathway, mode, width]);
  // The chart is at least as wide as its widest label: the frame scrolls sideways when it is wider.
  const scrolls = frameWidth < layout.width;
  const { drawn } = layout;
  const lookBackPossible = canLookBack(detail);
  const activeMark = active === null ? undefined : layout.marks.find((m) => m.e.index === active);
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
        <a
          className="timeline__trainer"
          href={serializeTrainerHash({ journeyId: detail.id, presenter: false })}
        >
          Step through in the trainer
        </a>
        <div className="timeline__modes" role="group" aria-label="Time axis">
          <button
            type="button"
            className="button toggle-button"
            aria-pressed={drawn === 'date'}
            onClick={() => {
              onModeChange('date');
            }}
          >
            By date
          </button>
          <button
            type="button"
            className="button toggle-button"
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
        {detail.leadTimeDays !== null ? ` ${daysText(detail.leadTimeDays)} after the first concern` : ''}
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
        <TimelineChart
          id={id}
          detail={detail}
          pathway={pathway}
          layout={layout}
          modeWords={modeWords}
          active={active}
          onActive={setActive}
        />
        {activeMark ? (
          <EventTooltip
            event={activeMark.e}
            detail={detail}
            pathway={pathway}
            x={activeMark.x}
            y={activeMark.y}
            width={layout.width}
          />
        ) : null}
      </div>
      <TimelineLegend detail={detail} lanes={layout.lanes} hasCrisis={layout.crisis !== undefined} />
      <TimelineEventTable
        id={id}
        detail={detail}
        pathway={pathway}
        synthetic={synthetic}
        active={active}
        onActive={setActive}
      />
    </section>
  );
}
