import type { KeyboardEvent, ReactNode } from 'react';
import { plural } from '../common/format.ts';
import { useCohortData } from '../data/CohortData.tsx';
import { ConcernsEditor } from './ConcernsEditor.tsx';
import { EditorProblems } from './EditorProblems.tsx';
import { useEditor, useEditorSend } from './EditorStore.tsx';
import { LevelsBoard } from './LevelsBoard.tsx';
import { PathwayFields } from './PathwayFields.tsx';
import { RoutesEditor } from './RoutesEditor.tsx';
import { SavePathway } from './SavePathway.tsx';
import { ServiceEditor } from './ServiceEditor.tsx';
import './editor.css';

/** Undo and redo, with their keys (Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y anywhere in the editor). */
function UndoRedo(): ReactNode {
  const send = useEditorSend();
  const past = useEditor((c) => c.past.length);
  const future = useEditor((c) => c.future.length);
  return (
    <span className="editor-history" role="group" aria-label="History">
      <button
        type="button"
        aria-keyshortcuts="Control+Z"
        disabled={past === 0}
        onClick={() => {
          send({ type: 'undo' });
        }}
      >
        Undo
      </button>
      <button
        type="button"
        aria-keyshortcuts="Control+Shift+Z Control+Y"
        disabled={future === 0}
        onClick={() => {
          send({ type: 'redo' });
        }}
      >
        Redo
      </button>
    </span>
  );
}

/** Where the draft came from (a discovery's notes) and what the edits leave out of the cohort. */
function EditorNotes(): ReactNode {
  const notes = useEditor((c) => c.notes);
  const left = useCohortData((d) => d.leftOut, null);
  if (notes.length === 0 && !left) return null;
  return (
    <div className="editor-notes" data-testid="editor-notes">
      {notes.map((n, i) => (
        <p key={i}>{n}</p>
      ))}
      {left ? (
        <p role="status">
          {plural(left.events, 'event')} of the cohort {left.events === 1 ? 'is' : 'are'} at services removed
          in the editor and left out of the analysis
          {left.journeys > 0 ? ` (${plural(left.journeys, 'journey')} with no other event)` : ''}; undo the
          removal to bring them back.
        </p>
      ) : null}
    </div>
  );
}

/**
 * The pathway editor ("Edit pathway"): every change is checked at once and shown on the map, with
 * undo and redo; Save pathway downloads the file when it is valid.
 */
export function EditorPanel(): ReactNode {
  const send = useEditorSend();
  const onKeyDown = (event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey)) return;
    const key = event.key.toLowerCase();
    const inText = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement;
    // In a text field the browser's own undo edits the text; the editor's undo is one step away (Esc, then Ctrl+Z).
    if (inText) return;
    if (key === 'z' || key === 'y') {
      event.preventDefault();
      send({ type: key === 'y' || event.shiftKey ? 'redo' : 'undo' });
    }
  };
  return (
    <section
      className="editor"
      aria-labelledby="editor-title"
      onKeyDown={onKeyDown}
      data-testid="pathway-editor"
    >
      <div className="editor__bar">
        <h2 id="editor-title">Edit pathway</h2>
        <UndoRedo />
      </div>
      <SavePathway />
      <EditorNotes />
      <EditorProblems />
      <LevelsBoard />
      <ServiceEditor />
      <RoutesEditor />
      <ConcernsEditor />
      <PathwayFields />
    </section>
  );
}
