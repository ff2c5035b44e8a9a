import { assign, setup } from 'xstate';
import type { Pathway } from '../pathway/types.ts';
import { validatePathway } from '../pathway/validatePathway.ts';
import type { Problem } from '../problems.ts';
import { draftOf, type EditDraft } from './editDraft.ts';
import { applyEdit, type PathwayEdit } from './pathwayEdits.ts';

/** How many steps back undo can go. */
export const HISTORY_LIMIT = 200;

/** The file name problems name while editing (and Save pathway downloads). */
export const EDITED_FILE = 'pathway.json';

export interface EditorContext {
  /** The draft being edited (always the newest: undo makes an older one the present). */
  readonly present: EditDraft;
  readonly past: readonly EditDraft[];
  readonly future: readonly EditDraft[];
  /** The key of the last edit when it may merge with the next (typing in one field is one undo step). */
  readonly coalesce: string | null;
  /** The schema's and the references' problems of the present pathway; empty when it is valid. */
  readonly problems: readonly Problem[];
  /**
   * The newest valid draft (the present one when it is valid): what the map shows and the worker
   * analyses, so that a label emptied while it is retyped never breaks the map.
   */
  readonly valid: EditDraft;
  /** Why the last edit was not made (a level that still has services…), until the next event. */
  readonly refused: string | null;
  /** The pathway as last saved (downloaded), to say whether there are unsaved changes. */
  readonly saved: Pathway | null;
  /** What the user should know about where the pathway came from (a discovery's notes). */
  readonly notes: readonly string[];
}

export type EditorEvent =
  /** `coalesce`: edits with the same key one after another make one undo step (typing in a field). */
  | { readonly type: 'edit'; readonly edit: PathwayEdit; readonly coalesce?: string | undefined }
  | { readonly type: 'undo' }
  | { readonly type: 'redo' }
  /** Start again from another pathway (a discovered draft, a file): the history is cleared. */
  | { readonly type: 'load'; readonly pathway: Pathway; readonly notes?: readonly string[] | undefined }
  /** The present pathway was saved as a file. */
  | { readonly type: 'saved' };

const problemsOf = (d: EditDraft): readonly Problem[] => {
  const result = validatePathway(d.pathway, EDITED_FILE);
  return result.ok ? [] : result.problems;
};

/** The problems of a draft, and the newest valid draft after it. */
function checked(d: EditDraft, valid: EditDraft): Pick<EditorContext, 'problems' | 'valid'> {
  const problems = problemsOf(d);
  return { problems, valid: problems.length === 0 ? d : valid };
}

function startFrom(pathway: Pathway, notes: readonly string[] = []): EditorContext {
  const present = draftOf(pathway);
  return {
    present,
    valid: present,
    past: [],
    future: [],
    coalesce: null,
    problems: problemsOf(present),
    refused: null,
    saved: null,
    notes,
  };
}

/**
 * The pathway editor's state: the draft, its undo and redo history and its live validation. Pure (no
 * DOM, no timers): the UI sends events and renders the snapshot; the tests drive it in Node. Every
 * edit is validated at once with the schema's messages; an invalid pathway can still be edited (a
 * label is empty while it is typed) but `canSave` is false until it is valid again.
 */
export const editorMachine = setup({
  types: {
    context: {} as EditorContext,
    events: {} as EditorEvent,
    input: {} as { readonly pathway: Pathway },
  },
}).createMachine({
  id: 'pathwayEditor',
  context: ({ input }) => startFrom(input.pathway),
  initial: 'editing',
  states: {
    editing: {
      on: {
        edit: {
          actions: assign(({ context, event }) => {
            const outcome = applyEdit(context.present, event.edit);
            if ('refused' in outcome) return { refused: outcome.refused, coalesce: null };
            const merge = event.coalesce !== undefined && event.coalesce === context.coalesce;
            const past = merge ? context.past : [...context.past, context.present].slice(-HISTORY_LIMIT);
            return {
              present: outcome.draft,
              past,
              future: [],
              coalesce: event.coalesce ?? null,
              ...checked(outcome.draft, context.valid),
              refused: null,
            };
          }),
        },
        undo: {
          guard: ({ context }) => context.past.length > 0,
          actions: assign(({ context }) => {
            const present = context.past[context.past.length - 1] ?? context.present;
            return {
              present,
              past: context.past.slice(0, -1),
              future: [context.present, ...context.future],
              coalesce: null,
              ...checked(present, context.valid),
              refused: null,
            };
          }),
        },
        redo: {
          guard: ({ context }) => context.future.length > 0,
          actions: assign(({ context }) => {
            const present = context.future[0] ?? context.present;
            return {
              present,
              past: [...context.past, context.present],
              future: context.future.slice(1),
              coalesce: null,
              ...checked(present, context.valid),
              refused: null,
            };
          }),
        },
        load: { actions: assign(({ event }) => startFrom(event.pathway, event.notes)) },
        saved: { actions: assign(({ context }) => ({ saved: context.present.pathway, coalesce: null })) },
      },
    },
  },
});

/** The present pathway may be saved: it is valid. */
export const canSave = (c: EditorContext): boolean => c.problems.length === 0;

/** The present pathway differs from the one last saved (or none was saved and it was edited). */
export const hasUnsavedChanges = (c: EditorContext): boolean =>
  c.saved ? c.saved !== c.present.pathway : c.past.length > 0;
