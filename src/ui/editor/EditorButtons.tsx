import { useCallback, useId, useRef, useState, type ReactNode } from 'react';
import { firstSightDetail } from '../../core/discover/firstSightDetail.ts';
import type { Problem } from '../../core/problems.ts';
import { useCohortController } from '../data/CohortData.tsx';
import type { ProfileChoice } from '../data/cohortClientTypes.ts';
import { discoverDraft, type DraftResult } from '../data/discoverDraft.ts';
import { COHORT_ACCEPT } from '../data/OpenCohortButton.tsx';
import { MappingDialog } from '../mapping/MappingDialog.tsx';
import { missingColumns } from '../mapping/missingColumns.ts';
import { useView, useViewSend } from '../state/ViewStore.tsx';
import './editor.css';
import { useEditorSend } from './EditorStore.tsx';
import { logAndProfile } from './logAndProfile.ts';

/**
 * "Edit pathway" (opens the editor beside the map, or closes it) and "Start from data" (a draft pathway
 * discovered from an event log, with the log as its cohort, opened in the editor). A log that is not
 * in the §2 columns can be chosen together with its import profile; without one, the mapping dialog
 * opens in discovery mode to ask for its columns' roles and time format.
 */
export function EditorButtons(): ReactNode {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const controller = useCohortController();
  const editing = useView((v) => v.sideTab === 'edit');
  const sendView = useViewSend();
  const sendEditor = useEditorSend();
  const [mapping, setMapping] = useState<File | null>(null);
  const previewFile = useCallback(
    (file: File) => {
      if (!controller) throw new Error('no cohort controller');
      return controller.previewFile(file);
    },
    [controller],
  );
  const discover = async (log: File, profile?: File): Promise<DraftResult | null> => {
    if (!controller) return null;
    const found = await discoverDraft(controller, log, profile);
    if (!found.ok) return found;
    sendEditor({ type: 'load', pathway: found.pathway, notes: found.notes });
    sendView({ type: 'service.clear' });
    // A log of many services is readable at once: the sliders start at the busiest (the user moves them).
    sendView({ type: 'detail.set', ...firstSightDetail(found.pathway) });
    sendView({ type: 'sideTab.set', tab: 'edit' });
    return found;
  };
  const start = async (files: readonly File[]) => {
    const chosen = logAndProfile(files);
    if (!chosen || !controller) return;
    const found = await discover(chosen.log, chosen.profile);
    if (!found || found.ok) return;
    const toMap = !chosen.profile && missingColumns(found.problems);
    controller.showLoad(chosen.log.name, toMap || found.cancelled ? 'cancelled' : found.problems);
    // Not in Pathway Lens's columns: the dialog asks which column is which (nothing loaded changes).
    if (toMap) setMapping(chosen.log);
  };
  /** The dialog's profile: the draft discovered with it, or the log's problems for the dialog to list. */
  const applyMapping = async (log: File, choice: ProfileChoice): Promise<readonly Problem[] | null> => {
    const profile = new File([JSON.stringify(choice.profile)], choice.file ?? 'log.profile.json', {
      type: 'application/json',
    });
    const found = await discover(log, profile);
    if (!found) return null;
    if (found.ok) {
      setMapping(null);
      return null;
    }
    controller?.showLoad(log.name, 'cancelled');
    return found.problems;
  };
  return (
    <>
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
          data-testid="start-from-data"
          onClick={() => input.current?.click()}
        >
          Start from data
        </button>
        <span id={`${id}-hint`} className="visually-hidden">
          Choose an event log (CSV, JSON or XES): a draft pathway is discovered from it and opened in the
          editor. If its columns are not Pathway Lens&apos;s, a dialog asks which column is which (or choose
          its import profile with it). The file stays on this computer.
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
      {mapping ? (
        <MappingDialog
          file={mapping}
          previewFile={previewFile}
          onClose={() => {
            setMapping(null);
          }}
          onApply={(choice) => applyMapping(mapping, choice)}
        />
      ) : null}
    </>
  );
}
