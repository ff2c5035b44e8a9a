import type { ReactNode } from 'react';
import type { Pathway } from '../../core/pathway/types.ts';
import { ProblemsPanel } from '../data/ProblemsPanel.tsx';
import { usePathwayFiles } from './PathwayFiles.tsx';

/** Why a pathway file was refused, in the same panel as a refused cohort; the shown pathway stays. */
export function PathwayProblems({ pathway }: { pathway: Pathway }): ReactNode {
  const files = usePathwayFiles();
  if (!files?.refused) return null;
  return (
    <ProblemsPanel
      fileName={files.refused.fileName}
      problems={files.refused.problems}
      keptCohort={`“${pathway.title}”`}
      onDismiss={files.dismiss}
    />
  );
}
