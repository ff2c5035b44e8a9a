import { lazy, Suspense, useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Pathway } from '../../core/pathway/types.ts';
import { useCohortData } from '../data/CohortData.tsx';
import { useView } from '../state/ViewStore.tsx';
import { useFigureSource } from './useFigureSource.ts';
import './export.css';

// The dialog (and the figure engine) load when first opened; the PDF libraries only when a PDF is made.
const ExportDialog = lazy(() => import('./ExportDialog.tsx'));

/** The shipped cohort as the explorer names it: the only cohort an embed link can show. */
export const EMBEDDABLE_COHORT = 'coventry/cohort.csv';

/**
 * "Export figure" for the explorer's toolbar: opens the export dialog on the current view (the loaded
 * cohort's overlay under the view's filters, W and H). Disabled until a cohort is loaded and analysed.
 * Needs the explorer's `ViewStoreProvider` and `CohortDataProvider` above it.
 */
export function ExportButton({ pathway }: { pathway: Pathway }): ReactNode {
  const meta = useCohortData((d) => d.meta, null);
  const filters = useView((v) => v.filters);
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const source = useFigureSource(pathway);
  const embed = useMemo(
    () => (meta?.synthetic && meta.file === EMBEDDABLE_COHORT && !source?.compare ? { filters } : null),
    [meta, filters, source],
  );
  const onClose = useCallback(() => {
    setOpen(false);
    button.current?.focus();
  }, []);
  return (
    <>
      <button
        type="button"
        ref={button}
        className="button export-open"
        disabled={!source}
        aria-haspopup="dialog"
        onClick={() => {
          setOpen(true);
        }}
      >
        <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path
            d="M8 1v9M4.5 6.5 8 10l3.5-3.5M2 11v3h12v-3"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.8"
          />
        </svg>
        Export figure
      </button>
      {open && source ? (
        <Suspense fallback={null}>
          <ExportDialog {...source} embed={embed} onClose={onClose} />
        </Suspense>
      ) : null}
    </>
  );
}
