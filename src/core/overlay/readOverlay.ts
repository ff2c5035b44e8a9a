import { z } from 'zod';
import { checkParameters } from '../analysis/parameters.ts';
import type { CohortSummary } from '../analysis/summariseAnalysis.ts';
import type { FigureInput } from '../figure/figureTypes.ts';
import type { Days, Pathway } from '../pathway/types.ts';
import { schemaProblem } from '../schemaProblems.ts';
import { fail, ok, problem, type Problem, type Result } from '../problems.ts';
import { overlayProblems } from './overlayProblems.ts';
import type { AggregateOverlay } from './overlayTypes.ts';

const count = z.number().int().min(0);
const days = z.number().min(0);
const byService = z.record(z.string(), count);

const summarySchema = z.looseObject({
  journeys: count,
  events: count,
  reachedCrisis: count,
  missedPoints: count,
  journeysWithMissedPoints: count,
  missedPointsByService: byService,
  serviceJourneys: byService,
  transitions: z.array(
    z.looseObject({
      from: z.string(),
      to: z.string(),
      count,
      journeys: count,
      onPathway: z.boolean(),
      medianDays: days.nullable(),
    }),
  ),
  acuteLiaison48h: z.looseObject({ referrals: count, withinTarget: count }),
  targets: z.array(
    z.looseObject({
      service: z.string(),
      hours: z.number().positive(),
      label: z.string(),
      referrals: count,
      withinTarget: count,
      medianDays: days.nullable(),
    }),
  ),
  medianLeadTimeDays: days.nullable(),
  medianWaitDays: z.record(z.string(), days),
});

const overlaySchema = z.looseObject({
  overlay: z.literal(1),
  pathway: z.string().min(1),
  parameters: z.looseObject({ windowDays: z.number(), horizonDays: z.number() }),
  summary: summarySchema.optional(),
  cohort: z
    .looseObject({
      leadTimeJourneys: count.optional(),
      periodStart: z.union([z.string(), z.number()]).nullable().optional(),
      periodEnd: z.union([z.string(), z.number()]).nullable().optional(),
      synthetic: z.boolean().optional(),
    })
    .optional(),
  problems: z
    .array(z.looseObject({ column: z.string(), value: z.string(), rows: count, firstRow: count.nullable() }))
    .optional(),
});

/** Service ids the summary names that the pathway does not have, and counts that cannot be. */
function fitProblems(s: CohortSummary, pathway: Pathway, file: string | undefined): Problem[] {
  const known = new Set<string>(pathway.services.map((x) => x.id));
  const out: Problem[] = [];
  const say = (column: string, message: string) => out.push(problem('PL412', message, { file, column }));
  const check = (column: string, id: string) => {
    if (!known.has(id))
      say(
        column,
        `${JSON.stringify(id)} is not a service of pathway ${pathway.id}; open the overlay with the pathway it was computed for.`,
      );
  };
  for (const key of ['missedPointsByService', 'serviceJourneys', 'medianWaitDays'] as const)
    for (const id of Object.keys(s[key])) check(`summary.${key}.${id}`, id);
  s.transitions.forEach((t, i) => {
    check(`summary.transitions[${i}].from`, t.from);
    check(`summary.transitions[${i}].to`, t.to);
    if (t.journeys > t.count)
      say(`summary.transitions[${i}].journeys`, `${t.journeys} journeys cannot make ${t.count} moves.`);
  });
  s.targets.forEach((t, i) => {
    check(`summary.targets[${i}].service`, t.service);
    if (t.withinTarget > t.referrals)
      say(
        `summary.targets[${i}].withinTarget`,
        `${t.withinTarget} within target is more than the ${t.referrals} referrals.`,
      );
  });
  for (const key of ['reachedCrisis', 'journeysWithMissedPoints'] as const)
    if (s[key] > s.journeys) say(`summary.${key}`, `${s[key]} is more than the ${s.journeys} journeys.`);
  for (const [id, n] of Object.entries(s.serviceJourneys))
    if (n > s.journeys) say(`summary.serviceJourneys.${id}`, `${n} is more than the ${s.journeys} journeys.`);
  return out;
}

/**
 * Reads an aggregate overlay file (CONTRACT §8) for a pathway: JSON, then its shape, then its fit with the
 * pathway (same pathway id, known services, counts that can be). An overlay that carries the problems a
 * SQL script found is refused with those problems, worded as the importer words them. Never throws.
 */
export function readOverlay(
  text: string,
  file: string | undefined,
  pathway: Pathway,
): Result<AggregateOverlay> {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return fail([
      problem(
        'PL410',
        `${(e as Error).message}. An overlay is the JSON text of the script's overlay column.`,
        { file },
      ),
    ]);
  }
  const parsed = overlaySchema.safeParse(json);
  if (!parsed.success)
    return fail(
      parsed.error.issues.map((i) => schemaProblem(i, json, file, { type: 'PL411', value: 'PL411' })),
    );
  const o = parsed.data;
  if (o.pathway !== pathway.id)
    return fail([
      problem(
        'PL412',
        `the overlay was computed for pathway ${JSON.stringify(o.pathway)}; open it with that pathway (this one is ${JSON.stringify(pathway.id)}).`,
        { file, column: 'pathway' },
      ),
    ]);
  const bad = checkParameters(o.parameters);
  if (bad) return fail([problem('PL411', bad, { file, column: 'parameters' })]);
  if (o.problems && o.problems.length > 0) return fail(overlayProblems(o.problems, { file, pathway }));
  if (!o.summary)
    return fail([problem('PL411', 'is required (object) but missing.', { file, column: 'summary' })]);
  const summary = o.summary as unknown as CohortSummary;
  const misfit = fitProblems(summary, pathway, file);
  if (misfit.length > 0) return fail(misfit);
  return ok({
    overlay: 1,
    pathway: o.pathway,
    parameters: { windowDays: o.parameters.windowDays, horizonDays: o.parameters.horizonDays },
    summary,
    cohort: {
      leadTimeJourneys: o.cohort?.leadTimeJourneys,
      periodStart: o.cohort?.periodStart ?? null,
      periodEnd: o.cohort?.periodEnd ?? null,
      ...(o.cohort?.synthetic ? { synthetic: true } : {}),
    },
  });
}

/** What the board-paper figure is drawn from, for an overlay: the summary as the analysis would give it. */
export function overlayFigureInput(overlay: AggregateOverlay, pathway: Pathway, name: string): FigureInput {
  const { cohort } = overlay;
  return {
    pathway,
    summary: overlay.summary,
    parameters: {
      windowDays: overlay.parameters.windowDays as Days,
      horizonDays: overlay.parameters.horizonDays as Days,
    },
    cohortInfo: {
      name,
      synthetic: cohort.synthetic === true,
      journeys: overlay.summary.journeys,
      ...(cohort.periodStart === null ? {} : { periodStart: cohort.periodStart }),
      ...(cohort.periodEnd === null ? {} : { periodEnd: cohort.periodEnd }),
    },
    leadTimeJourneys: cohort.leadTimeJourneys,
  };
}
