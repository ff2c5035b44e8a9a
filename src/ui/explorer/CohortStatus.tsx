import type { ReactNode } from 'react';
import { exactCount } from '../common/format.ts';
import { SYNTHETIC_REST, SYNTHETIC_TITLE } from '../common/SyntheticNotice.tsx';
import '../data/data.css';
import { useCohortController, useCohortData } from '../data/CohortData.tsx';
import { LoadProgress } from '../data/LoadProgress.tsx';
import { OpenCohortButton } from '../data/OpenCohortButton.tsx';
import { ProblemsPanel } from '../data/ProblemsPanel.tsx';
import { useMapping } from '../mapping/MappingHost.tsx';
import { DeviceNotice } from '../persistence/DeviceData.tsx';

/** The loaded cohort in the title bar: its name and size, the synthetic badge, and the button to open another. */
export function CohortBadge({ exportSlot }: { exportSlot?: ReactNode }): ReactNode {
  const controller = useCohortController();
  const mapping = useMapping();
  const meta = useCohortData((d) => d.meta, null);
  return (
    <div className="cohort-badge" data-testid="cohort-badge">
      {meta?.synthetic ? (
        <p className="synthetic-flag" data-testid="synthetic-flag">
          <svg className="synthetic-flag__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <circle cx="8" cy="8" r="7" />
            <path className="synthetic-flag__mark" d="M7 7h2v5H7zM7 3.8h2v2H7z" />
          </svg>
          <span>
            <span className="synthetic-flag__title">{SYNTHETIC_TITLE}</span>
            <span className="synthetic-flag__words"> {SYNTHETIC_REST}</span>
          </span>
        </p>
      ) : meta ? (
        <p className="cohort-badge__name">
          <span className="visually-hidden">Cohort: </span>
          <span className="cohort-badge__file">{meta.file.split('/').pop()}</span>{' '}
          <span className="cohort-badge__size">
            {exactCount(meta.journeys)} {meta.journeys === 1 ? 'journey' : 'journeys'}
          </span>
        </p>
      ) : null}
      <OpenCohortButton
        disabled={!controller}
        onFile={(file) => {
          // A file without the §2 columns opens the mapping dialog.
          void (mapping ? mapping.openFile(file) : controller?.loadFile(file));
        }}
      />
      {exportSlot}
    </div>
  );
}

/** Under the filters: the progress of a file being loaded, why a file was refused, or that a load was cancelled. */
export function LoadStatus(): ReactNode {
  const controller = useCohortController();
  const mapping = useMapping();
  const loading = useCohortData((d) => d.loading, null);
  const refused = useCohortData((d) => d.refused, null);
  const cancelled = useCohortData((d) => d.cancelled, null);
  const error = useCohortData((d) => d.error, null);
  const meta = useCohortData((d) => d.meta, null);
  if (!controller) return null;
  const kept = meta
    ? `${meta.file.split('/').pop() ?? meta.file} (${exactCount(meta.journeys)} journeys)`
    : null;
  return (
    <div className="load-status" aria-live="polite">
      {loading ? (
        <LoadProgress
          fileName={loading.fileName}
          fraction={loading.fraction}
          onCancel={() => {
            controller.cancel();
          }}
        />
      ) : null}
      {cancelled && !loading ? (
        <p className="load-status__note">
          Opening {cancelled} was cancelled{kept ? `; the map still shows ${kept}` : ''}.{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              controller.dismissRefusal();
            }}
          >
            Dismiss
          </button>
        </p>
      ) : null}
      {refused ? (
        <ProblemsPanel
          fileName={refused.fileName}
          problems={refused.problems}
          keptCohort={kept}
          onDismiss={() => {
            controller.dismissRefusal();
          }}
          action={
            mapping && refused.file ? (
              <button
                type="button"
                className="button problems__map"
                onClick={() => {
                  if (refused.file) mapping.map(refused.file, refused.profile);
                }}
              >
                Map columns and values…
              </button>
            ) : undefined
          }
        />
      ) : null}
      <DeviceNotice />
      {error ? <p className="load-status__error">Something went wrong in the analysis: {error}</p> : null}
    </div>
  );
}
