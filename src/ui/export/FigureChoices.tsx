import type { ReactNode } from 'react';
import type { FigureSize, FigureView } from '../../core/figure/figureTypes.ts';

const SIZES: readonly { value: FigureSize; label: string }[] = [
  { value: 'a4-landscape', label: 'A4 landscape' },
  { value: 'a4-portrait', label: 'A4 portrait' },
];

const VIEWS: readonly { value: FigureView; label: string }[] = [
  { value: 'frequency', label: 'Journeys and missed points' },
  { value: 'time', label: 'Time: median waits and moves' },
];

/** A group of radio buttons (one choice of a few). */
function Choices<T extends string>(props: {
  name: string;
  legend: string;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
}): ReactNode {
  return (
    <fieldset className="export-fieldset">
      <legend>{props.legend}</legend>
      {props.options.map((o) => (
        <label key={o.value} className="export-choice">
          <input
            type="radio"
            name={props.name}
            value={o.value}
            checked={props.value === o.value}
            onChange={() => {
              props.onChange(o.value);
            }}
          />{' '}
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

/** The figure's page (A4 landscape or portrait) and what its map shows (as the explorer's display switch). */
export function FigureChoices(props: {
  id: string;
  size: FigureSize;
  onSize: (size: FigureSize) => void;
  view: FigureView;
  onView: (view: FigureView) => void;
  /** Only A4 landscape (the "before / after" figure: two maps side by side). */
  landscapeOnly?: boolean;
}): ReactNode {
  return (
    <>
      <Choices
        name={`${props.id}-size`}
        legend="Page"
        options={props.landscapeOnly ? SIZES.slice(0, 1) : SIZES}
        value={props.size}
        onChange={props.onSize}
      />
      <Choices
        name={`${props.id}-view`}
        legend="Map shows"
        options={VIEWS}
        value={props.view}
        onChange={props.onView}
      />
    </>
  );
}
