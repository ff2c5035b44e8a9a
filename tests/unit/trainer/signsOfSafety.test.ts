import { describe, expect, it } from 'vitest';
import { allowedMoves } from '../../../src/core/trainer/allowedMoves.ts';
import { caseSummary } from '../../../src/core/trainer/caseSummary.ts';
import { earlyHelpRoutes } from '../../../src/core/trainer/earlyHelpRoutes.ts';
import { commandForKey, shortcuts } from '../../../src/core/trainer/keyCommands.ts';
import { pathwaySnapshotAt } from '../../../src/core/trainer/pathwaySnapshotAt.ts';
import { signsOfSafety } from '../../../src/core/trainer/signsOfSafety.ts';
import { caseById, cases, loaded, pathway } from './coventry.ts';

describe('signsOfSafety', () => {
  it('frames a missed point at school with the audit notes and what the case shows', () => {
    const sos = signsOfSafety(pathway, caseById('C01'), 0)!;
    expect(sos.serviceLabel).toBe('School');
    expect(sos.workingWell[0]).toEqual({
      text: 'School saw the signs and recorded them (self-harm, parental conflict).',
      source: 'case',
    });
    expect(sos.workingWell).toContainEqual({
      text: 'Relationships and a trusted adult matter most to children.',
      source: 'audit',
    });
    expect(sos.worriedAbout.slice(0, 2).map((i) => i.text)).toEqual([
      'No referral, assessment or intervention outside crisis care followed within 28 days, nor before the crisis.',
      'The child reached crisis 157 days later (Rise 24-hour crisis line).',
    ]);
    expect(sos.worriedAbout.filter((i) => i.source === 'audit').length).toBe(2);
    expect(sos.needsToHappen[0]?.text).toBe(
      'Act on the concern within 28 days: School could have taken one of the 5 early-help routes below.',
    );
    expect(sos.needsToHappen).toContainEqual({ text: 'A schools self-assessment.', source: 'audit' });
    expect(sos.crisisAfterDays).toBe(157);
    expect(sos.earlyHelpRoutes.map((r) => r.to)).toEqual([
      'mhst',
      'school_nurse',
      'early_help',
      'mash',
      'gp',
    ]);
  });

  it('says when a response came only later, and honours W', () => {
    const sos = signsOfSafety(pathway, caseById('C04'), 2)!;
    expect(sos.worriedAbout[0]?.text).toBe(
      'No referral, assessment or intervention followed within 28 days; the next, a referral to Early Help, came 168 days later.',
    );
    expect(signsOfSafety(pathway, caseById('C05'), 1)!.worriedAbout[0]?.text).toBe(
      'No referral, assessment or intervention outside crisis care followed within 28 days, nor before the crisis.',
    );
    // A response between the missed point and the crisis is named, with an article that fits.
    const early = signsOfSafety(
      pathway,
      {
        ...caseById('C01'),
        steps: caseById('C01').steps.map((st, i) =>
          i === 1 ? { ...st, activity: 'assessment' as const } : st,
        ),
      },
      0,
    )!;
    expect(early.worriedAbout[0]?.text).toBe(
      'No referral, assessment or intervention followed within 28 days; the next, an assessment at School, came 35 days later.',
    );
    const w = signsOfSafety(pathway, caseById('C04'), 2, {
      windowDays: 14 as never,
      horizonDays: 365 as never,
    })!;
    expect(w.worriedAbout[0]?.text).toMatch(/within 14 days/);
  });

  it('works for a service the audit said nothing about (voluntary sector)', () => {
    const sos = signsOfSafety(pathway, caseById('C05'), 0)!;
    expect(sos.serviceLabel).toBe('Coventry & Warwickshire Mind and voluntary sector');
    expect(sos.workingWell.every((i) => i.source === 'case')).toBe(true);
    expect(sos.earlyHelpRoutes.map((r) => r.to)).toEqual(['early_help', 'gp']);
  });

  it('is undefined past the end of a case', () => {
    expect(signsOfSafety(pathway, caseById('C05'), 99)).toBeUndefined();
  });
});

describe('earlyHelpRoutes and allowedMoves', () => {
  it('early-help routes leave out crisis services', () => {
    expect(earlyHelpRoutes(pathway, 'gp').map((r) => r.to)).toEqual([
      'rise_community',
      'eating_disorder',
      'neurodevelopmental',
      'early_help',
      'vcs',
    ]);
  });

  it('allowed moves are the routes the machine accepts from where the case is', () => {
    const at = (id: string, i: number) => pathwaySnapshotAt(loaded.machine, caseById(id).steps, i);
    expect(allowedMoves(pathway, at('C01', 0)).map((m) => `${m.to}.${m.activity}`)).toEqual([
      'mhst.referral',
      'school_nurse.contact',
      'early_help.referral',
      'mash.referral',
      'gp.contact',
      'crisis_line.contact',
    ]);
    const gp = allowedMoves(pathway, at('C05', 1));
    expect(gp.find((m) => m.to === 'ed')).toMatchObject({
      crisis: true,
      activityRequired: false,
      event: { type: 'go.ed.contact' },
    });
    // Nowhere to go before the case starts.
    expect(allowedMoves(pathway, pathwaySnapshotAt(loaded.machine, [], -1))).toEqual([]);
  });
});

describe('caseSummary', () => {
  it('sums a case up in one line from the data', () => {
    expect(caseSummary(caseById('C01'), pathway)).toBe(
      'First concerns at School (self-harm, parental conflict); crisis 157 days later; 3 missed points; 11 steps',
    );
    expect(caseSummary(caseById('C02'), pathway)).toBe(
      'First concerns at Dimensions / online support (anxiety, parental conflict); crisis 169 days later; no missed points; 12 steps',
    );
    expect(cases.map((c) => caseSummary(c, pathway))).toHaveLength(10);
  });
});

describe('keyboard shortcuts', () => {
  it('maps keys to player events', () => {
    expect(commandForKey('ArrowRight')).toEqual({ type: 'next' });
    expect(commandForKey('ArrowLeft')).toEqual({ type: 'prev' });
    expect(commandForKey('PageDown')).toEqual({ type: 'next' });
    expect(commandForKey(' ')).toEqual({ type: 'toggle' });
    expect(commandForKey('N')).toEqual({ type: 'nextMissed' });
    expect(commandForKey('n')).toEqual({ type: 'nextMissed' });
    expect(commandForKey('Home')).toEqual({ type: 'home' });
    expect(commandForKey('End')).toEqual({ type: 'end' });
    expect(commandForKey('x')).toBeUndefined();
    expect(shortcuts.map((s) => s.display)).toEqual(['→', '←', 'Space', 'N', 'Home', 'End', 'S', 'Esc']);
  });
});
