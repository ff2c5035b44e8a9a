import type { ReactNode } from 'react';

/**
 * A row of buttons of which one is pressed (e.g. "Show: Frequency | Time"), with a visible label. Its
 * styles (`.segmented`) are in the toolbar's stylesheet, `filters/filters.css`.
 */
export function Segmented<T extends string>(props: {
  label: string;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
  disabled?: boolean;
}): ReactNode {
  return (
    <div className="segmented" role="group" aria-label={props.label}>
      <span className="segmented__label" aria-hidden="true">
        {props.label}
      </span>
      {props.options.map((o) => (
        <button
          key={o.value}
          type="button"
          className="segmented__option"
          aria-pressed={o.value === props.value}
          disabled={props.disabled}
          onClick={() => {
            props.onChange(o.value);
          }}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}
