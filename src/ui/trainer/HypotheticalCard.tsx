import type { ReactNode } from 'react';
import type { Pathway } from '../../core/pathway/types.ts';
import { activityWords } from '../../core/trainer/activityWords.ts';
import type { WhatIf } from '../../core/trainer/playerMachine.ts';

/**
 * The narration of a what-if branch: marked HYPOTHETICAL in words, where it left the real case, and
 * each move taken, with what the service it reaches does.
 */
export function HypotheticalCard({
  whatIf,
  pathway,
  realStepNumber,
}: {
  whatIf: WhatIf;
  pathway: Pathway;
  realStepNumber: number;
}): ReactNode {
  const byId = new Map(pathway.services.map((s) => [s.id as string, s]));
  const label = (id: string) => byId.get(id)?.label ?? id;
  const lastMove = whatIf.moves.at(-1);
  const here = lastMove ? byId.get(lastMove.to) : undefined;
  return (
    <article className="hypothetical" aria-labelledby="hypothetical-title" data-testid="hypothetical">
      <p className="hypothetical__flag">Hypothetical — not what happened</p>
      <h2 id="hypothetical-title" className="hypothetical__title">
        What if, at step {realStepNumber}, …
      </h2>
      <ol className="hypothetical__moves">
        {whatIf.moves.map((m, i) => (
          <li key={i}>
            {label(m.from)} <span aria-hidden="true">→</span>
            <span className="visually-hidden"> to</span> <strong>{label(m.to)}</strong> (
            {activityWords[m.activity].noun})
          </li>
        ))}
      </ol>
      {here ? (
        <p className="hypothetical__about">
          <strong>{here.label}</strong> ({here.agency}): {here.description}
        </p>
      ) : null}
    </article>
  );
}
