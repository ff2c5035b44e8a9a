import { lazy, Suspense, useCallback, type ReactNode } from 'react';
import type { Pathway } from '../../core/pathway/types.ts';
import { useCohortData } from '../data/CohortData.tsx';
import type { TimelineMode } from '../journeys/timelineScale.ts';
import { useView, useViewSend } from '../state/ViewStore.tsx';

const JourneyTimeline = lazy(() =>
  import('../journeys/JourneyTimeline.tsx').then((m) => ({ default: m.JourneyTimeline })),
);

/** The selected journey's timeline (below the journey list), with a button to close it (clears the selection). */
export function TimelineDrawer({ pathway }: { pathway: Pathway }): ReactNode {
  const send = useViewSend();
  // The selected journey's detail (the controller clears it when the selection changes).
  const detail = useCohortData((d) => d.detail, null);
  const synthetic = useCohortData((d) => d.meta?.synthetic ?? false, false);
  const mode = useView((v) => v.timelineMode);
  const onModeChange = useCallback(
    (m: TimelineMode) => {
      send({ type: 'timeline.mode', mode: m });
    },
    [send],
  );
  if (!detail) return null;
  return (
    <section
      className="timeline-drawer"
      aria-label={`Timeline of journey ${detail.id}`}
      data-testid="timeline-drawer"
    >
      <button
        type="button"
        className="button timeline-drawer__close"
        onClick={() => {
          send({ type: 'journey.select', journeyId: null });
        }}
      >
        Close<span className="visually-hidden"> the timeline of journey {detail.id}</span>
      </button>
      <Suspense fallback={<p className="side__loading">Loading the timeline…</p>}>
        <JourneyTimeline
          detail={detail}
          pathway={pathway}
          mode={mode}
          onModeChange={onModeChange}
          synthetic={synthetic}
          headingLevel={2}
        />
      </Suspense>
    </section>
  );
}
