import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface CheckboxOption {
  readonly value: string;
  readonly label: string;
}

/**
 * A compact multiple choice: a disclosure button ("Concerns: any") that opens a list of checkboxes.
 * Built on `<details>`, so it opens with Enter or Space and needs no script to be usable; Escape closes
 * it and returns focus to its button.
 */
export function CheckboxMenu(props: {
  label: string;
  options: readonly CheckboxOption[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  /** Words for "no filter". */
  anyText?: string;
}): ReactNode {
  const id = useId();
  const ref = useRef<HTMLDetailsElement>(null);
  const chosen = new Set(props.selected);
  const picked = props.options.filter((o) => chosen.has(o.value));
  const summaryText =
    picked.length === 0
      ? (props.anyText ?? 'any')
      : picked.length <= 1
        ? (picked[0]?.label ?? '')
        : `${String(picked.length)} chosen`;
  const onKeyDown = (event: KeyboardEvent<HTMLDetailsElement>) => {
    if (event.key === 'Escape' && ref.current?.open) {
      ref.current.open = false;
      ref.current.querySelector('summary')?.focus();
      event.stopPropagation();
    }
  };
  return (
    <details className="checkbox-menu" ref={ref} onKeyDown={onKeyDown}>
      <summary className="checkbox-menu__button">
        <span className="checkbox-menu__label">{props.label}:</span>{' '}
        <span className="checkbox-menu__value">{summaryText}</span>
      </summary>
      <fieldset className="checkbox-menu__panel">
        <legend className="visually-hidden">{props.label}</legend>
        {props.options.length === 0 ? <p className="checkbox-menu__empty">None in this cohort.</p> : null}
        {props.options.map((o) => (
          <label key={o.value} className="checkbox-menu__option" htmlFor={`${id}-${o.value}`}>
            <input
              id={`${id}-${o.value}`}
              type="checkbox"
              checked={chosen.has(o.value)}
              onChange={(event) => {
                const next = props.options
                  .map((x) => x.value)
                  .filter((v) => (v === o.value ? event.target.checked : chosen.has(v)));
                props.onChange(next);
              }}
            />
            {o.label}
          </label>
        ))}
        {picked.length > 0 ? (
          <button
            type="button"
            className="checkbox-menu__clear"
            onClick={() => {
              props.onChange([]);
            }}
          >
            Clear
          </button>
        ) : null}
      </fieldset>
    </details>
  );
}
