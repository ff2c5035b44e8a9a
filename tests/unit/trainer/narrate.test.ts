import { describe, expect, it } from 'vitest';
import { formatWhen, relativeToCrisis } from '../../../src/core/trainer/formatWhen.ts';
import { narrate } from '../../../src/core/trainer/narrate.ts';
import type { CaseStep } from '../../../src/core/trainer/playerCase.ts';
import { caseById, pathway } from './coventry.ts';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

describe('formatWhen', () => {
  it('writes calendar days as "Tue 3 March 2020", whatever the machine locale and time zone', () => {
    expect(formatWhen(day('2020-03-03'), 'calendar')).toBe('Tue 3 March 2020');
    expect(formatWhen(day('2019-09-16'), 'calendar')).toBe('Mon 16 September 2019');
    expect(formatWhen(day('2020-02-29'), 'calendar')).toBe('Sat 29 February 2020');
  });
  it('adds the time of day when the data gave one', () => {
    expect(formatWhen(day('2020-03-03') + 14.5 / 24, 'calendar')).toBe('Tue 3 March 2020, 14:30');
  });
  it('writes offsets as "Day 12"', () => {
    expect(formatWhen(12, 'offset')).toBe('Day 12');
    expect(formatWhen(0, 'offset')).toBe('Day 0');
  });
  it('says how far a step is from the first crisis', () => {
    expect(relativeToCrisis(-157)).toBe('157 days before the first crisis');
    expect(relativeToCrisis(-1)).toBe('1 day before the first crisis');
    expect(relativeToCrisis(0)).toBe('the day of the first crisis');
    expect(relativeToCrisis(12)).toBe('12 days after the first crisis');
    expect(relativeToCrisis(null)).toBeUndefined();
  });
});

describe('narrate', () => {
  it('narrates a missed point at school from the data, with the trainer note', () => {
    const step = caseById('C01').steps[0]!;
    const n = narrate(step, pathway, 'calendar');
    expect(n.when).toBe('Mon 16 September 2019');
    expect(n.relative).toBe('157 days before the first crisis');
    expect(n.serviceLabel).toBe('School');
    expect(n.agency).toBe('Education');
    expect(n.happened).toBe('School noted a concern about the child.');
    expect(n.concerns).toEqual(['Self-harm', 'Parental conflict']);
    expect(n.pathway).toEqual({ kind: 'first', text: 'The first time this case is known to the pathway.' });
    expect(n.missed).toBe(true);
    expect(n.missedText).toMatch(/^Missed early-intervention point/);
    expect(n.note).toBe(
      'Head of year notices cuts on arms; logged on the school system but no referral made',
    );
    expect(n.text).toBe(
      'Mon 16 September 2019, 157 days before the first crisis. School — Education. School noted a concern about the child. ' +
        'Concerns: Self-harm, parental conflict. The first time this case is known to the pathway. ' +
        'Missed early-intervention point: concerns were seen here, no referral, assessment or intervention followed in time, and a crisis came later. ' +
        "Trainer's note: Head of year notices cuts on arms; logged on the school system but no referral made",
    );
  });

  it('says what happened in words for each activity', () => {
    const c = caseById('C02');
    expect(narrate(c.steps[2]!, pathway, 'calendar').happened).toBe(
      'The child was referred to Rise community CAMHS.',
    );
    expect(narrate(c.steps[3]!, pathway, 'calendar').happened).toBe(
      'The child did not attend an appointment with Rise community CAMHS.',
    );
    expect(narrate(caseById('C06').steps[3]!, pathway, 'calendar').happened).toBe(
      'The child declined the offer of help from Early Help.',
    );
    expect(narrate(caseById('C01').steps[7]!, pathway, 'calendar').happened).toBe(
      "The child was admitted to Ward 14 (UHCW children's ward).",
    );
  });

  it('says whether a move followed the pathway', () => {
    const c = caseById('C04');
    expect(narrate(c.steps[1]!, pathway, 'calendar').pathway).toEqual({
      kind: 'on',
      text: 'On pathway: an expected route from GP (primary care) to Neurodevelopmental (ASD/ADHD) assessment.',
    });
    expect(narrate(c.steps[2]!, pathway, 'calendar').pathway).toEqual({
      kind: 'off',
      text: 'Off pathway: the pathway has no route from Neurodevelopmental (ASD/ADHD) assessment to School.',
    });
    expect(narrate(c.steps[4]!, pathway, 'calendar').pathway.kind).toBe('stay');
    // A route that exists for another activity: school → early help is for a referral.
    const step: CaseStep = { ...c.steps[3]!, from: 'school', activity: 'contact', move: 'off' };
    expect(narrate(step, pathway, 'calendar').pathway.text).toBe(
      'Off pathway: the route from School to Early Help is for a referral, not a contact.',
    );
  });

  it('narrates day offsets and journeys without a crisis', () => {
    const step: CaseStep = {
      row: 2,
      time: 12,
      dayFromCrisis: null,
      service: 'gp',
      from: undefined,
      activity: 'contact',
      concerns: [],
      missed: false,
      move: 'none',
      note: undefined,
    };
    const n = narrate(step, pathway, 'offset');
    expect(n.when).toBe('Day 12');
    expect(n.relative).toBeUndefined();
    expect(n.text).toBe(
      'Day 12. GP (primary care) — Primary care. The child was in contact with GP (primary care). No concerns recorded. The first time this case is known to the pathway.',
    );
    expect(n.crisis).toBe(false);
  });
});
