import { FULL_DETAIL, type MapDetail } from '../analysis/simplifyMap.ts';
import type { Pathway } from '../pathway/types.ts';

/** How many services and moves a map shows readably at first sight (Coventry's hand-drawn map has 19 and 35). */
export const FIRST_SIGHT = { services: 20, moves: 40 } as const;

/**
 * The simplification sliders' first setting for a pathway discovered from a log: everything when it
 * is small, else the share that keeps about `FIRST_SIGHT` services and moves (the busiest; the sliders
 * never hide moves with missed points or off the pathway). The user moves the sliders from there.
 */
export function firstSightDetail(pathway: Pick<Pathway, 'services' | 'routes'>): MapDetail {
  const percent = (keep: number, of: number) =>
    of <= keep ? 100 : Math.max(1, Math.floor((keep / of) * 100));
  const services = percent(FIRST_SIGHT.services, pathway.services.length);
  const moves = percent(FIRST_SIGHT.moves, pathway.routes.length);
  return services === 100 && moves === 100 ? FULL_DETAIL : { services, moves };
}
