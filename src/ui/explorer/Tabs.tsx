import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface TabSpec<K extends string> {
  readonly key: K;
  readonly label: ReactNode;
  readonly panel: () => ReactNode;
}

/**
 * Tabs in the ARIA pattern: a tab list (Left/Right/Home/End move between tabs and select them), one panel
 * shown. Only the shown panel is rendered, so a hidden journey list costs nothing.
 */
export function Tabs<K extends string>(props: {
  label: string;
  tabs: readonly TabSpec<K>[];
  selected: K;
  onSelect: (key: K) => void;
  className?: string;
}): ReactNode {
  const id = useId();
  const list = useRef<HTMLDivElement>(null);
  const index = Math.max(
    0,
    props.tabs.findIndex((t) => t.key === props.selected),
  );
  const current = props.tabs[index];
  const onKeyDown = (event: KeyboardEvent) => {
    const n = props.tabs.length;
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % n
        : event.key === 'ArrowLeft'
          ? (index - 1 + n) % n
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? n - 1
              : -1;
    if (next < 0) return;
    event.preventDefault();
    const tab = props.tabs[next];
    if (!tab) return;
    props.onSelect(tab.key);
    list.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]')[next]?.focus();
  };
  return (
    <div className={`tabs ${props.className ?? ''}`}>
      <div className="tabs__list" role="tablist" aria-label={props.label} ref={list} onKeyDown={onKeyDown}>
        {props.tabs.map((t, i) => (
          <button
            key={t.key}
            type="button"
            role="tab"
            id={`${id}-tab-${t.key}`}
            className="tabs__tab"
            aria-selected={i === index}
            aria-controls={`${id}-panel`}
            tabIndex={i === index ? 0 : -1}
            onClick={() => {
              props.onSelect(t.key);
            }}
          >
            {t.label}
          </button>
        ))}
      </div>
      {current ? (
        <div
          className="tabs__panel"
          role="tabpanel"
          id={`${id}-panel`}
          aria-labelledby={`${id}-tab-${current.key}`}
          tabIndex={0}
        >
          {current.panel()}
        </div>
      ) : null}
    </div>
  );
}
