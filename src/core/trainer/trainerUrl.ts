/** What a trainer link opens: a shipped case or a journey of the explorer's cohort, at a step (1-based, as shown on screen), maybe in the presenter view. */
export interface TrainerLink {
  readonly caseId?: string | undefined;
  /**
   * A journey of the cohort loaded in the explorer (the user's own), played instead of a shipped case;
   * its data never leaves the explorer's worker.
   */
  readonly journeyId?: string | undefined;
  /** 1-based step number. */
  readonly step?: number | undefined;
  readonly presenter: boolean;
}

export const TRAINER_HASH = '#/trainer';

const CASE_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/** True when a location hash belongs to trainer mode (`#/trainer`, `#/trainer?…`, `#/trainer/`). */
export function isTrainerHash(hash: string): boolean {
  return hash === TRAINER_HASH || hash.startsWith(`${TRAINER_HASH}?`) || hash.startsWith(`${TRAINER_HASH}/`);
}

/**
 * Reads a trainer link such as `#/trainer?case=C04&step=5&presenter=1`. Returns undefined for a hash that
 * is not trainer mode. Values that make no sense (a step of 0 or "abc", a case id with spaces) are
 * dropped rather than guessed at, so a mistyped link still opens trainer mode.
 */
export function parseTrainerHash(hash: string): TrainerLink | undefined {
  if (!isTrainerHash(hash)) return undefined;
  const q = hash.indexOf('?');
  const params = new URLSearchParams(q >= 0 ? hash.slice(q + 1) : '');
  const rawCase = params.get('case')?.trim();
  const rawJourney = params.get('journey')?.trim();
  const rawStep = params.get('step')?.trim();
  const step = rawStep !== undefined && /^\d{1,6}$/.test(rawStep) ? Number(rawStep) : undefined;
  const presenter = params.get('presenter');
  return {
    caseId: rawCase !== undefined && CASE_ID.test(rawCase) ? rawCase : undefined,
    // A cohort's journey ids are pseudonyms of any form; only an empty or very long one is dropped.
    journeyId:
      rawJourney !== undefined && rawJourney !== '' && rawJourney.length <= 200 ? rawJourney : undefined,
    step: step !== undefined && step >= 1 ? step : undefined,
    presenter: presenter === '1' || presenter === 'true',
  };
}

/** Writes a trainer link; the inverse of `parseTrainerHash` for valid links. */
export function serializeTrainerHash(link: TrainerLink): string {
  const params = new URLSearchParams();
  if (link.caseId !== undefined) params.set('case', link.caseId);
  if (link.journeyId !== undefined) params.set('journey', link.journeyId);
  if ((link.caseId !== undefined || link.journeyId !== undefined) && link.step !== undefined)
    params.set('step', String(link.step));
  if (link.presenter) params.set('presenter', '1');
  const query = params.toString();
  return query ? `${TRAINER_HASH}?${query}` : TRAINER_HASH;
}
