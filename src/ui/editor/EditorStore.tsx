import { createActorContext } from '@xstate/react';
import { createContext, useCallback, useContext, type ReactNode } from 'react';
import type { ActorRefFrom } from 'xstate';
import {
  editorMachine,
  type EditorContext,
  type EditorEvent,
} from '../../core/pathwayEditor/editorMachine.ts';
import type { PathwayEdit } from '../../core/pathwayEditor/pathwayEdits.ts';
import type { Pathway } from '../../core/pathway/types.ts';

/** The screen's one pathway editor actor (its draft, history and problems). */
const EditorActorContext = createActorContext(editorMachine);

export type EditorActor = ActorRefFrom<typeof editorMachine>;

/** Whether the screen has an editor (the explorer's screen does; a story of another part may not). */
const HasEditor = createContext(false);

/** Provides an editor actor starting from `pathway` (the screen's pathway, or a story's). */
export function EditorStoreProvider(props: { pathway: Pathway; children: ReactNode }): ReactNode {
  return (
    <EditorActorContext.Provider options={{ input: { pathway: props.pathway } }}>
      <HasEditor.Provider value={true}>{props.children}</HasEditor.Provider>
    </EditorActorContext.Provider>
  );
}

/** True below an `EditorStoreProvider`: the editor's tab and buttons are shown only then. */
export const useHasEditor = (): boolean => useContext(HasEditor);

export const useEditorActor = (): EditorActor => EditorActorContext.useActorRef();

/** Selects a part of the editor's state; re-renders only when it changes. */
export function useEditor<T>(select: (context: EditorContext) => T): T {
  return EditorActorContext.useSelector((snapshot) => select(snapshot.context));
}

/** The pathway being edited (possibly invalid while a field is retyped). */
export const useDraftPathway = (): Pathway => useEditor((c) => c.present.pathway);

/** Sends an event to the editor. */
export function useEditorSend(): (event: EditorEvent) => void {
  const actor = EditorActorContext.useActorRef();
  return useCallback(
    (event: EditorEvent) => {
      actor.send(event);
    },
    [actor],
  );
}

/** Sends one edit; `coalesce` merges it with the previous edit of the same key into one undo step. */
export function useEdit(): (edit: PathwayEdit, coalesce?: string) => void {
  const send = useEditorSend();
  return useCallback(
    (edit: PathwayEdit, coalesce?: string) => {
      send({ type: 'edit', edit, coalesce });
    },
    [send],
  );
}
