import type { ReactNode } from 'react';

/**
 * The mark of a missed early-intervention point wherever the explorer shows one: a bold ring with an
 * exclamation mark, so it reads without colour (greyscale print, washed-out projector).
 */
export function MissedMark({ className }: { className?: string | undefined }): ReactNode {
  return (
    <svg className={className} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="2.5" />
      <path d="M7 3.8h2v5.2H7zM7 10.3h2v2H7z" fill="currentColor" />
    </svg>
  );
}
