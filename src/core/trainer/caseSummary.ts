import { CRISIS, type Pathway } from '../pathway/types.ts';
import { days } from './formatWhen.ts';
import type { PlayerCase } from './playerCase.ts';

/**
 * One line about a case for the chooser, from the data alone: where concerns were first seen, how
 * long before the crisis, how many missed points, how many steps.
 * e.g. "First concerns at School (self-harm, parental conflict); crisis 157 days later; 3 missed points; 11 steps".
 */
export function caseSummary(kase: PlayerCase, pathway: Pathway): string {
  const byId = new Map(pathway.services.map((s) => [s.id as string, s]));
  const lower = (label: string) => label.charAt(0).toLowerCase() + label.slice(1);
  const concernLabel = new Map(pathway.concerns.map((c) => [c.id as string, lower(c.label)]));
  const first = kase.steps.find((s) => s.concerns.length > 0);
  const crisis = kase.steps.find((s) => byId.get(s.service)?.tags.includes(CRISIS));
  const parts: string[] = [];
  if (first) {
    const what = first.concerns.map((c) => concernLabel.get(c) ?? c).join(', ');
    parts.push(`First concerns at ${byId.get(first.service)?.label ?? first.service} (${what})`);
  }
  if (crisis) {
    parts.push(
      kase.leadTimeDays !== null && kase.leadTimeDays > 0
        ? `crisis ${days(kase.leadTimeDays)} later`
        : `crisis at ${byId.get(crisis.service)?.label ?? crisis.service}`,
    );
  } else parts.push('no crisis');
  const m = kase.missedPoints;
  parts.push(m === 0 ? 'no missed points' : `${String(m)} missed ${m === 1 ? 'point' : 'points'}`);
  parts.push(`${String(kase.steps.length)} steps`);
  const line = parts.join('; ');
  return line.charAt(0).toUpperCase() + line.slice(1);
}
