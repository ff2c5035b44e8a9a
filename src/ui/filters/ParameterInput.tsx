import { useId, useState, type ReactNode } from 'react';
import type { DurationUnit } from '../../core/analysis/parameters.ts';

/**
 * A whole number of days (or hours) with a slider, a box and a choice of unit, its limits in its hint,
 * and a message in words when what is typed is not allowed (the last valid value stays in force
 * meanwhile).
 */
export function ParameterInput(props: {
  /** Short name, e.g. "W". */
  symbol: string;
  label: string;
  value: number;
  min: number;
  max: number;
  /** The message for an invalid value, or undefined when valid. */
  check: (value: number) => string | undefined;
  onChange: (value: number) => void;
  /** The unit of `value`, `min` and `max` (default days). */
  unit?: DurationUnit;
  /** Offers days or hours (acute pathways) when given. */
  onUnitChange?: (unit: DurationUnit) => void;
  disabled?: boolean;
}): ReactNode {
  const unit = props.unit ?? 'days';
  const id = useId();
  const [draft, setDraft] = useState<{ text: string; from: number } | null>(null);
  // A draft is abandoned when the value changes from elsewhere (a link, a reset).
  const text = draft && draft.from === props.value ? draft.text : String(props.value);
  const parsed = text.trim() === '' ? NaN : Number(text);
  const error = draft && draft.from === props.value ? props.check(parsed) : undefined;
  const commit = (next: string) => {
    const n = next.trim() === '' ? NaN : Number(next);
    if (props.check(n) === undefined && n !== props.value) {
      setDraft(null);
      props.onChange(n);
    } else {
      setDraft({ text: next, from: props.value });
    }
  };
  return (
    <div className={error ? 'parameter is-invalid' : 'parameter'}>
      <label className="parameter__label" htmlFor={`${id}-box`}>
        <abbr title={props.label}>{props.symbol}</abbr>{' '}
        <span className="parameter__words">{props.label}</span>
      </label>
      <input
        className="parameter__slider"
        type="range"
        aria-label={`${props.label} (slider)`}
        min={props.min}
        max={props.max}
        step={1}
        value={Number.isFinite(parsed) && !error ? parsed : props.value}
        disabled={props.disabled}
        onChange={(event) => {
          commit(event.target.value);
        }}
      />
      <input
        id={`${id}-box`}
        className="parameter__box"
        type="number"
        inputMode="numeric"
        min={props.min}
        max={props.max}
        step={1}
        value={text}
        disabled={props.disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          commit(event.target.value);
        }}
        onBlur={() => {
          setDraft(null);
        }}
      />
      {props.onUnitChange ? (
        <select
          className="parameter__unit parameter__unit-select"
          aria-label={`${props.label}: unit`}
          value={unit}
          disabled={props.disabled}
          onChange={(event) => {
            setDraft(null);
            props.onUnitChange?.(event.target.value === 'hours' ? 'hours' : 'days');
          }}
        >
          <option value="days">days</option>
          <option value="hours">hours</option>
        </select>
      ) : (
        <span className="parameter__unit">{unit}</span>
      )}
      <span
        id={`${id}-hint`}
        className={error ? 'parameter__error' : 'visually-hidden'}
        role={error ? 'alert' : undefined}
      >
        {error ?? `From ${String(props.min)} to ${String(props.max)} ${unit}.`}
      </span>
    </div>
  );
}
