import { useMemo } from 'react';
import { simplifyMap, type SimplifiedMap } from '../../core/analysis/simplifyMap.ts';
import type { Pathway } from '../../core/pathway/types.ts';
import { useCohortData } from '../data/CohortData.tsx';
import { drawnOffPathway } from '../map/overlayToFlow.ts';
import { useView } from '../state/ViewStore.tsx';
import { exactCount } from '../common/format.ts';

/**
 * What the simplification sliders hide on the map, for the current overlay (`simplifyMap`), shared by
 * the map, its toolbar and the key, so that they agree. Null without an overlay or at full detail.
 */
export function useSimplifiedMap(pathway: Pathway): SimplifiedMap | null {
  const summary = useCohortData((d) => d.overlay?.summary ?? null, null);
  const detail = useView((v) => v.detail);
  return useMemo(() => {
    if (!summary || (detail.services >= 100 && detail.moves >= 100)) return null;
    return simplifyMap(pathway, summary, detail, drawnOffPathway(summary));
  }, [pathway, summary, detail]);
}

/** What the sliders hide, in words: "Hidden: 3 services under 1,549 journeys, 26 moves under 526 …". */
export function hiddenText(s: SimplifiedMap | null): string | null {
  if (!s || (s.hiddenServices.size === 0 && s.hiddenMoves.size === 0)) return null;
  const parts: string[] = [];
  const n = (k: number, one: string, many: string) => `${exactCount(k)} ${k === 1 ? one : many}`;
  if (s.hiddenServices.size > 0)
    parts.push(
      `${n(s.hiddenServices.size, 'service', 'services')} under ${exactCount(s.serviceThreshold)} journeys`,
    );
  if (s.hiddenMoves.size > 0)
    parts.push(`${n(s.hiddenMoves.size, 'move', 'moves')} under ${exactCount(s.moveThreshold)}`);
  return `Hidden: ${parts.join(', ')}; never any with missed points or off the pathway. The table lists all.`;
}

/** The same, in a few words for the bar above the map: "3 services and 26 moves hidden (the Key says which)". */
export function hiddenShortText(s: SimplifiedMap | null): string | null {
  if (!s || (s.hiddenServices.size === 0 && s.hiddenMoves.size === 0)) return null;
  const n = (k: number, one: string, many: string) => `${exactCount(k)} ${k === 1 ? one : many}`;
  const parts = [
    ...(s.hiddenServices.size > 0 ? [n(s.hiddenServices.size, 'service', 'services')] : []),
    ...(s.hiddenMoves.size > 0 ? [n(s.hiddenMoves.size, 'move', 'moves')] : []),
  ];
  return `${parts.join(' and ')} hidden (the Key says which)`;
}
