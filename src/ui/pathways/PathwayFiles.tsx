import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Pathway } from '../../core/pathway/types.ts';
import { parsePathway } from '../../core/pathway/validatePathway.ts';
import { problem, type Problem } from '../../core/problems.ts';
import type { RefusedFile } from '../data/cohortDataTypes.ts';
import { useViewSend } from '../state/ViewStore.tsx';

/** A pathway file is a few hundred kilobytes at most; anything far larger is not one. */
export const MAX_PATHWAY_BYTES = 5 * 1024 * 1024;

/** Opening pathway files: the one in progress is checked, and a refused one is kept to be listed. */
export interface PathwayFiles {
  /** Reads and validates a pathway file; shows it when valid, lists its problems when not. */
  readonly open: (file: File) => Promise<boolean>;
  /** The last pathway file refused, with its problems (the shown pathway stays). */
  readonly refused: RefusedFile | null;
  readonly dismiss: () => void;
}

const Context = createContext<PathwayFiles | null>(null);

/** Reads a pathway file's text: a validated pathway, or the problems (file, field, what is allowed). */
export async function readPathwayFile(
  file: Blob & { readonly name: string },
): Promise<{ ok: true; pathway: Pathway } | { ok: false; problems: readonly Problem[] }> {
  if (file.size > MAX_PATHWAY_BYTES) {
    const mb = (n: number) => `${String(Math.round(n / (1024 * 1024)))} MB`;
    return {
      ok: false,
      problems: [
        problem(
          'PL100',
          `the file is ${mb(file.size)}; a pathway file is at most ${mb(MAX_PATHWAY_BYTES)}.`,
          {
            file: file.name,
          },
        ),
      ],
    };
  }
  const r = parsePathway(await file.text(), file.name);
  return r.ok ? { ok: true, pathway: r.value } : { ok: false, problems: r.problems };
}

/**
 * Gives the page "Open pathway file": a valid pathway is sent to the view (`pathway.open`), so the
 * explorer shows it and the link names it; a refused one is listed like a refused cohort.
 */
export function PathwayFilesProvider({ children }: { children: ReactNode }): ReactNode {
  const send = useViewSend();
  const [refused, setRefused] = useState<RefusedFile | null>(null);
  const open = useCallback(
    async (file: File) => {
      const r = await readPathwayFile(file);
      if (!r.ok) {
        setRefused({ fileName: file.name, problems: r.problems });
        return false;
      }
      setRefused(null);
      send({ type: 'pathway.open', pathway: r.pathway });
      return true;
    },
    [send],
  );
  const dismiss = useCallback(() => {
    setRefused(null);
  }, []);
  const value = useMemo(() => ({ open, refused, dismiss }), [open, refused, dismiss]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

/** The page's pathway files (null outside a provider: stories of parts of the screen). */
export function usePathwayFiles(): PathwayFiles | null {
  return useContext(Context);
}
