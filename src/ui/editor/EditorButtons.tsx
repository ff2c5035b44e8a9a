import { useId, useRef, type ReactNode } from 'react';
import { useCohortController } from '../data/CohortData.tsx';
import { discoverDraft } from '../data/discoverDraft.ts';
import { COHORT_ACCEPT } from '../data/OpenCohortButton.tsx';
import { useView, useViewSend } from '../state/ViewStore.tsx';
import './editor.css';
import { logAndProfile } from './logAndProfile.ts';
import { firstSightDetail } from '../../core/discover/firstSightDetail.ts';
import { useEditorSend } from './EditorStore.tsx';

/**
 * "Edit pathway" (opens the editor beside the map, or closes it) and "Start from data" (a draft pathway
 * discovered from an event log, with the log as its cohort, opened in the editor). A log that is not
 * in the §2 columns can be chosen together with its import profile.
 */
export function EditorButtons(): ReactNode {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const controller = useCohortController();
  const editing = useView((v) => v.sideTab === 'edit');
  const sendView = useViewSend();
  const sendEditor = useEditorSend();
  const start = async (files: readonly File[]) => {
    const chosen = logAndProfile(files);
    if (!chosen || !controller) return;
    const found = await discoverDraft(controller, chosen.log, chosen.profile);
    if (!found) return;
    sendEditor({ type: 'load', pathway: found.pathway, notes: found.notes });
    sendView({ type: 'service.clear' });
    // A log of many services is readable at once: the sliders start at the busiest (the user moves them).
    sendView({ type: 'detail.set', ...firstSightDetail(found.pathway) });
    sendView({ type: 'sideTab.set', tab: 'edit' });
  };
  return (
    <span className="editor-buttons">
      <button
        type="button"
        aria-pressed={editing}
        data-testid="edit-pathway"
        onClick={() => {
          sendView({ type: 'sideTab.set', tab: editing ? 'summary' : 'edit' });
        }}
      >
        Edit pathway
      </button>
      <button
        type="button"
        disabled={!controller}
        aria-describedby={`${id}-hint`}
        onClick={() => input.current?.click()}
      >
        Start from data
      </button>
      <span id={`${id}-hint`} className="visually-hidden">
        Choose an event log (CSV, JSON or XES), and its import profile if its columns are not Pathway
        Lens&apos;s: a draft pathway is discovered from it and opened in the editor. The file stays on this
        computer.
      </span>
      <input
        ref={input}
        className="visually-hidden"
        type="file"
        multiple
        accept={COHORT_ACCEPT}
        tabIndex={-1}
        aria-label="Event log to start from"
        data-testid="start-from-data-input"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          void start(files);
        }}
      />
    </span>
  );
}
