import type { ReactNode } from 'react';
import type { JourneyDetail } from '../../core/analysis/viewModel.ts';
import type { Pathway } from '../../core/pathway/types.ts';
import { ActivityMark } from './ActivityMark.tsx';
import { serviceKind } from './activityShapes.ts';
import { TIMELINE_GEOMETRY as G, type TimelineLayout } from './timelineLayout.ts';
import { wrapLabelWidth } from './timelineModel.ts';
import { timelineSummary } from './timelineWords.ts';

/**
 * The timeline's SVG, drawn from its layout: a lane per service (tinted by level, as on the map), the
 * axis, the first crisis as a line, the labels of the crisis and the missed points with their leader
 * lines, and a mark per event. One image with a title and a description in words.
 */
export function TimelineChart({
  id,
  detail,
  pathway,
  layout,
  modeWords,
  active,
  onActive,
}: {
  /** Prefix of the SVG's title and description ids. */
  id: string;
  detail: JourneyDetail;
  pathway: Pathway;
  layout: TimelineLayout;
  modeWords: string;
  /** The event (its index in the journey) under the pointer or in focus. */
  active: number | null;
  onActive: (index: number | null) => void;
}): ReactNode {
  const { width, height, lanes, lanesTop, lanesBottom, scale, plotLeft, plotRight, crisisX } = layout;
  return (
    <svg
      className="timeline__svg"
      width={width}
      height={height}
      role="img"
      aria-labelledby={`${id}-svg-title`}
      aria-describedby={`${id}-svg-desc`}
      onMouseLeave={() => {
        onActive(null);
      }}
    >
      <title id={`${id}-svg-title`}>{`Timeline of journey ${detail.id}, ${modeWords}`}</title>
      <desc id={`${id}-svg-desc`}>{timelineSummary(detail, pathway, layout.drawn)}</desc>
      {/* Lanes, one per service visited, tinted by level as on the map. */}
      {lanes.map((lane, i) => {
        const y = lanesTop + i * G.laneHeight;
        // The full name, wrapped to the label column (at most three lines fit a lane): never cut.
        const lines = wrapLabelWidth(lane.label, G.labelWidth - 22, 15);
        const step = lines.length > 2 ? 15 : 18;
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
              y={y + G.laneHeight / 2 - ((lines.length - 1) * step) / 2 + 5}
            >
              {lines.map((line, k) => (
                <tspan key={k} x={14} dy={k === 0 ? 0 : step}>
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
      {crisisX !== undefined ? (
        <line
          className="timeline__crisis-line"
          x1={crisisX}
          x2={crisisX}
          y1={lanesTop - 8}
          y2={lanesBottom}
        />
      ) : null}
      {/* Leader lines from labels to their marks, under the labels. */}
      {layout.topLabels.map((l) => (
        <line
          key={`${l.key}-leader`}
          className={`timeline__leader timeline__leader--${l.kind}`}
          x1={l.x}
          x2={l.x}
          y1={l.top + G.labelHeight}
          y2={l.leaderTo}
        />
      ))}
      {layout.topLabels.map((l) => (
        <g key={l.key} className={`timeline__label timeline__label--${l.kind}`}>
          <rect x={l.left} y={l.top} width={l.width} height={G.labelHeight} rx={4} />
          <text x={l.left + 8} y={l.top + G.labelHeight / 2 + 5}>
            {l.text}
          </text>
        </g>
      ))}
      {/* The events. */}
      {layout.marks.map(({ e, x, y }) => (
        <g
          key={e.index}
          transform={`translate(${x.toFixed(1)} ${y.toFixed(1)})`}
          className={`timeline__event${e.index === active ? ' is-active' : ''}`}
          onMouseEnter={() => {
            onActive(e.index);
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
  );
}
