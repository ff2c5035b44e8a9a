import { describe, expect, it } from 'vitest';
import {
  isTrainerHash,
  parseTrainerHash,
  serializeTrainerHash,
} from '../../../src/core/trainer/trainerUrl.ts';

describe('trainer links', () => {
  it('reads a case, a step and the presenter view', () => {
    expect(parseTrainerHash('#/trainer?case=C04&step=5&presenter=1')).toEqual({
      caseId: 'C04',
      step: 5,
      presenter: true,
    });
    expect(parseTrainerHash('#/trainer?case=C01')).toEqual({
      caseId: 'C01',
      step: undefined,
      presenter: false,
    });
    expect(parseTrainerHash('#/trainer')).toEqual({ caseId: undefined, step: undefined, presenter: false });
    expect(parseTrainerHash('#/trainer?presenter=true&case=C10')).toEqual({
      caseId: 'C10',
      step: undefined,
      presenter: true,
    });
  });

  it('is not fooled by other hashes', () => {
    expect(parseTrainerHash('')).toBeUndefined();
    expect(parseTrainerHash('#service=school')).toBeUndefined();
    expect(parseTrainerHash('#/trainers')).toBeUndefined();
    expect(isTrainerHash('#/trainer/')).toBe(true);
    expect(isTrainerHash('#/')).toBe(false);
  });

  it('drops values that make no sense rather than guessing', () => {
    expect(parseTrainerHash('#/trainer?case=C04&step=0')).toEqual({
      caseId: 'C04',
      step: undefined,
      presenter: false,
    });
    expect(parseTrainerHash('#/trainer?case=C04&step=abc')).toMatchObject({ step: undefined });
    expect(parseTrainerHash('#/trainer?case=C04&step=-3')).toMatchObject({ step: undefined });
    expect(parseTrainerHash('#/trainer?case=C04&step=2.5')).toMatchObject({ step: undefined });
    expect(parseTrainerHash('#/trainer?case=%3Cscript%3E')).toMatchObject({ caseId: undefined });
    expect(parseTrainerHash('#/trainer?case=C04&presenter=0')).toMatchObject({ presenter: false });
  });

  it('writes links that read back the same', () => {
    const links = [
      { caseId: 'C04', step: 5, presenter: true },
      { caseId: 'C01', step: undefined, presenter: false },
      { caseId: undefined, step: undefined, presenter: false },
      { caseId: 'J-12.a', step: 120, presenter: false },
    ];
    for (const link of links) expect(parseTrainerHash(serializeTrainerHash(link))).toEqual(link);
    expect(serializeTrainerHash({ caseId: 'C04', step: 5, presenter: true })).toBe(
      '#/trainer?case=C04&step=5&presenter=1',
    );
    expect(serializeTrainerHash({ caseId: undefined, step: undefined, presenter: false })).toBe('#/trainer');
  });
});
