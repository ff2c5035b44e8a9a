import { useId, type ReactNode } from 'react';
import { canSave, EDITED_FILE, hasUnsavedChanges } from '../../core/pathwayEditor/editorMachine.ts';
import { downloadWithin } from '../export/saveAndCopy.ts';
import { useDevice, useDeviceState } from '../persistence/DeviceData.tsx';
import { useEditor, useEditorSend } from './EditorStore.tsx';

/** The pathway file's text, as `pathway-lens discover` writes it. */
export const pathwayFileText = (pathway: unknown): string => `${JSON.stringify(pathway, null, 2)}\n`;

/**
 * Save pathway: downloads `pathway.json` when the pathway is valid; while it is not, the button stays
 * focusable but says (and its description lists) what must be fixed first. With the user's consent the
 * pathway is also kept in this browser, and comes back on the next visit.
 */
export function SavePathway(): ReactNode {
  const id = useId();
  const valid = useEditor(canSave);
  const problems = useEditor((c) => c.problems.length);
  const unsaved = useEditor(hasUnsavedChanges);
  const pathway = useEditor((c) => c.present.pathway);
  const validPathway = useEditor((c) => c.valid.pathway);
  const send = useEditorSend();
  const device = useDevice();
  const keep = useDeviceState((s) => s.keepPathway, false);
  return (
    <div className="editor-save">
      <button
        type="button"
        className="editor-save__button"
        aria-disabled={!valid}
        aria-describedby={`${id}-why`}
        data-testid="save-pathway"
        onClick={() => {
          if (!valid) return;
          downloadWithin(null)({
            name: EDITED_FILE,
            blob: new Blob([pathwayFileText(pathway)], { type: 'application/json' }),
          });
          send({ type: 'saved' });
        }}
      >
        Save pathway
      </button>
      <span id={`${id}-why`} className={valid ? 'editor-hint' : 'editor-save__blocked'}>
        {valid
          ? unsaved
            ? `Downloads ${EDITED_FILE}; there are unsaved changes.`
            : `Downloads ${EDITED_FILE}.`
          : `Fix the ${problems === 1 ? 'problem' : `${String(problems)} problems`} listed below first: an invalid pathway cannot be saved.`}
      </span>
      {device ? (
        <label className="editor-check">
          <input
            type="checkbox"
            checked={keep}
            onChange={(e) => {
              void device.setKeepPathway(e.target.checked, validPathway);
            }}
          />{' '}
          Keep this pathway on this device
          <span className="editor-hint"> (in this browser only; the last valid version)</span>
        </label>
      ) : null}
    </div>
  );
}
