import { useId, type ReactNode } from 'react';
import { METHODS } from '../../core/compare/compareGroups.ts';
import {
  DIFFERENCE_CLASSES,
  DIFFERENCE_FILL,
  DIFFERENCE_INK,
  DIFFERENCE_LINE,
  differenceClassText,
} from '../../core/compare/differenceScale.ts';
import './compare.css';

const mark = (c: number) => (c > 0 ? '▲' : c < 0 ? '▼' : '=');

function Line({ colour, dashed, width }: { colour: string; dashed?: boolean; width: number }): ReactNode {
  return (
    <svg className="difference-legend__line" viewBox="0 0 48 16" aria-hidden="true" focusable="false">
      <path
        d="M2 8H46"
        style={{ stroke: colour, strokeWidth: width, ...(dashed ? { strokeDasharray: '7 4' } : {}) }}
      />
    </svg>
  );
}

/**
 * The key to the difference map: the seven classes of change (each with its mark, so the scale reads in
 * greyscale and without colour), the lines, what "not a finding" and "hidden" mean, and the intervals.
 */
export function DifferenceLegend(props: {
  from: string;
  to: string;
  /** Under the map: the scale and the lines only, the rest in the Key tab. */
  compact?: boolean;
}): ReactNode {
  const { from, to, compact } = props;
  const id = useId();
  return (
    <section
      className={compact ? 'difference-legend difference-legend--compact' : 'difference-legend'}
      aria-labelledby={`${id}-title`}
    >
      <h3 id={`${id}-title`} className="difference-legend__title">
        {compact ? 'Key' : `Key: ${to} compared with ${from}`}
      </h3>
      <ul className="difference-legend__classes">
        {DIFFERENCE_CLASSES.map((c) => (
          <li key={c} className="difference-legend__class">
            <span
              className="difference-legend__swatch"
              style={{ background: DIFFERENCE_FILL[c], color: DIFFERENCE_INK[c] }}
              aria-hidden="true"
            >
              {mark(c)}
            </span>
            {differenceClassText(c)}
          </li>
        ))}
      </ul>
      <ul className="difference-legend__lines">
        <li>
          <Line colour={DIFFERENCE_LINE.more} width={5} /> more journeys made the move (solid)
        </li>
        <li>
          <Line colour={DIFFERENCE_LINE.fewer} width={5} dashed /> fewer made it (dashed)
        </li>
        <li>
          <Line colour={DIFFERENCE_LINE.neutral} width={1.5} /> little change, not a finding, or hidden
        </li>
      </ul>
      {compact ? (
        <p className="difference-legend__note">
          Box fill: change in the share of journeys reaching the service. More in the Key tab.
        </p>
      ) : (
        <p className="difference-legend__note">
          A box’s fill and its first line: the change in the share of journeys that reached the service, in
          percentage points (pts). “missed”: the change in missed early-intervention points per 100 journeys.
          Wider lines changed more. <strong>Not a finding</strong>: a group has fewer than 5 journeys.{' '}
          <strong>Hidden (&lt;5)</strong>: it rests on a count from 1 to 4 (disclosure control). 95% intervals
          (in the summary): shares, {METHODS.share.text}; rates, {METHODS.per100.text}.
        </p>
      )}
    </section>
  );
}
