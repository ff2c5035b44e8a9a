import type { ReactNode } from 'react';
import type { Pathway } from '../../core/pathway/types.ts';
import { caseSummary } from '../../core/trainer/caseSummary.ts';
import type { PlayerCase } from '../../core/trainer/playerCase.ts';
import { serializeTrainerHash } from '../../core/trainer/trainerUrl.ts';

/** The cases to present, one line each, with a link to step through and one to present. */
export function CaseChooser({
  cases,
  pathway,
  unknownId,
}: {
  cases: readonly PlayerCase[];
  pathway: Pathway;
  unknownId?: string | undefined;
}): ReactNode {
  return (
    <main className="chooser" data-testid="case-chooser">
      <h2 className="chooser__title">Choose a case to present</h2>
      {unknownId ? (
        <p className="chooser__problem" role="alert">
          There is no case “{unknownId}” in this cohort. Choose one of these.
        </p>
      ) : null}
      <p className="chooser__intro">
        Each case is a child’s journey through the pathway, step by step. The player stops at every missed
        early-intervention point. These cases are <strong>synthetic</strong>: invented for training, not real
        children.
      </p>
      <ul className="chooser__list">
        {cases.map((c) => (
          <li key={c.id} className="chooser__case">
            <a className="chooser__open" href={serializeTrainerHash({ caseId: c.id, presenter: false })}>
              Case {c.id}
            </a>
            <span className="chooser__summary">{caseSummary(c, pathway)}</span>
            <a
              className="chooser__present"
              href={serializeTrainerHash({ caseId: c.id, presenter: true })}
              aria-label={`Present case ${c.id}`}
            >
              Present
            </a>
          </li>
        ))}
      </ul>
    </main>
  );
}
