import type { ReactNode } from 'react';

const paths = {
  first: 'M3 2h2v12H3zM14 2v12L6 8z',
  back: 'M13 2v12L4 8z',
  play: 'M4 2v12l10-6z',
  pause: 'M3 2h4v12H3zM9 2h4v12H9z',
  next: 'M3 2v12l9-6zM12 2h2v12h-2z',
  missed: 'M3 1h2v14H3zM5 2h9l-2.5 3.5L14 9H5z',
  last: 'M2 2v12l8-6zM11 2h2v12h-2z',
} as const;

export type IconName = keyof typeof paths;

/** A player control's icon, drawn (not a font glyph, which some projectors' machines lack). */
export function ControlIcon({ name }: { name: IconName }): ReactNode {
  return (
    <svg
      className="control-icon"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      <path d={paths[name]} fill="currentColor" />
    </svg>
  );
}
