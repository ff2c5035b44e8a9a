import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Pathway } from '../../core/pathway/types.ts';
import type { ProfileChoice } from '../data/cohortClientTypes.ts';
import type { CohortController } from '../data/cohortController.ts';
import { readRememberedProfile, rememberProfile } from '../persistence/profileMemory.ts';
import { MappingDialog } from './MappingDialog.tsx';
import { missingColumns } from './missingColumns.ts';

/** Opening a user's export: as a §2 cohort, or through the mapping dialog. */
export interface Mapping {
  /** Opens a file as a cohort; a file without the §2 columns opens the mapping dialog. */
  readonly openFile: (file: File) => Promise<boolean>;
  /** Opens the mapping dialog for a file (from a refusal, or on request). */
  readonly map: (file: File, initial?: ProfileChoice) => void;
}

const Context = createContext<Mapping | null>(null);

/**
 * The explorer's mapping dialog: opened when a file lacks the §2 columns (with the profile remembered
 * for this pathway, if any, to start from) or when asked; its profile opens the file through the worker,
 * and is remembered for the pathway on this device when the user asks.
 */
export function MappingHost(props: {
  pathway: Pathway;
  controller: CohortController;
  children: ReactNode;
}): ReactNode {
  const { pathway, controller } = props;
  const [open, setOpen] = useState<{ file: File; initial?: ProfileChoice | undefined } | null>(null);
  const map = useCallback(
    (file: File, initial?: ProfileChoice) => {
      setOpen({ file, initial: initial ?? readRememberedProfile(pathway.id) ?? undefined });
    },
    [pathway],
  );
  const openFile = useCallback(
    async (file: File) => {
      if (await controller.loadFile(file)) return true;
      const refused = controller.store.get().refused;
      if (refused?.file === file && missingColumns(refused.problems)) map(file);
      return false;
    },
    [controller, map],
  );
  const previewFile = useCallback((file: File) => controller.previewFile(file), [controller]);
  const value = useMemo(() => ({ openFile, map }), [openFile, map]);
  return (
    <Context.Provider value={value}>
      {props.children}
      {open ? (
        <MappingDialog
          file={open.file}
          pathway={pathway}
          previewFile={previewFile}
          initial={open.initial}
          canRemember
          onClose={() => {
            setOpen(null);
          }}
          onApply={(choice, remember) => {
            setOpen(null);
            if (remember) rememberProfile(pathway.id, choice);
            void controller.loadFile(open.file, choice);
          }}
        />
      ) : null}
    </Context.Provider>
  );
}

/** The explorer's mapping (null outside a host: stories of parts of the screen). */
export function useMapping(): Mapping | null {
  return useContext(Context);
}
