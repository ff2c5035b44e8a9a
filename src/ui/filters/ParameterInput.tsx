import { useId, useState, type ReactNode } from 'react';

/**
 * A whole number of days with a slider and a box, its limits in its label, and a message in words when
 * what is typed is not allowed (the last valid value stays in force meanwhile).
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
  disabled?: boolean;
}): ReactNode {
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
      <span className="parameter__unit">days</span>
      <span
        id={`${id}-hint`}
        className={error ? 'parameter__error' : 'visually-hidden'}
        role={error ? 'alert' : undefined}
      >
        {error ?? `From ${String(props.min)} to ${String(props.max)} days.`}
      </span>
    </div>
  );
}
