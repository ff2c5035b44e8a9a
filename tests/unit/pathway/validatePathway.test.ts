import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/core/problems.ts';
import { parsePathway, validatePathway } from '../../../src/core/pathway/validatePathway.ts';
import { root } from '../helpers.ts';

const minimal = JSON.parse(readFileSync(root + 'tests/fixtures/pathways/minimal.json', 'utf8')) as Record<
  string,
  unknown
>;
/** A deep copy of the minimal pathway with one change. */
function broken(change: (p: any) => void): unknown {
  const p = structuredClone(minimal);
  change(p);
  return p;
}
function problemsOf(input: unknown) {
  const r = validatePathway(input, 'pathway.json');
  if (r.ok) throw new Error('expected the pathway to be refused');
  return r.problems.map((p) => ({ code: p.code, column: p.column, message: p.message }));
}

describe('validatePathway', () => {
  it('accepts a file with just the contract fields', () => {
    expect(validatePathway(minimal).ok).toBe(true);
  });

  it('refuses text that is not JSON, naming the file', () => {
    const r = parsePathway('{ "id": "x", ', 'broken.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(formatProblem(r.problems[0]!)).toMatch(/^broken\.json: .*JSON.*\[PL100\]$/);
  });

  it('names a missing field', () => {
    expect(problemsOf(broken((p) => delete p.title))).toEqual([
      { code: 'PL101', column: 'title', message: 'is required (string) but missing.' },
    ]);
  });

  it('names a field of the wrong type with its value', () => {
    expect(problemsOf(broken((p) => (p.services[1].tags = 'early-intervention')))).toEqual([
      { code: 'PL101', column: 'services[1].tags', message: '"early-intervention" should be array.' },
    ]);
  });

  it('lists the allowed activities of a route', () => {
    const [p] = problemsOf(broken((p) => (p.routes[0].activity = 'refer')));
    expect(p).toMatchObject({ code: 'PL104', column: 'routes[0].activity' });
    expect(p!.message).toContain('"refer" is not allowed; allowed: concern, contact, referral');
  });

  it('refuses ids that cannot name a state', () => {
    const [p] = problemsOf(broken((p) => (p.services[0].id = 'school.main')));
    expect(p).toMatchObject({ code: 'PL101', column: 'services[0].id' });
    expect(p!.message).toContain('must start with a letter');
  });

  it('refuses a route to an unknown service, naming the allowed ids', () => {
    expect(problemsOf(broken((p) => p.routes.push({ from: 'gp', to: 'camhs' })))).toEqual([
      {
        code: 'PL103',
        column: 'routes[3].to',
        message: 'service "camhs" is not defined in services; allowed: school, gp, ed.',
      },
    ]);
  });

  it('refuses a service in an unknown level', () => {
    expect(problemsOf(broken((p) => (p.services[2].level = 'tier5')))).toEqual([
      {
        code: 'PL103',
        column: 'services[2].level',
        message: 'level "tier5" is not defined in levels; allowed: universal, crisis.',
      },
    ]);
  });

  it('refuses duplicate ids in services, levels and concerns', () => {
    const problems = problemsOf(
      broken((p) => {
        p.services.push({ ...p.services[0] });
        p.levels.push({ id: 'crisis', label: 'Again' });
        p.concerns.push({ id: 'self_harm', label: 'Again' });
      }),
    );
    expect(problems.map((p) => [p.code, p.column])).toEqual([
      ['PL102', 'levels[2].id'],
      ['PL102', 'services[3].id'],
      ['PL102', 'concerns[1].id'],
    ]);
  });

  it('accepts cycles of routes (children step down and back up)', () => {
    expect(validatePathway(broken((p) => p.routes.push({ from: 'gp', to: 'school' }))).ok).toBe(true);
  });

  it('never throws, whatever it is given', () => {
    for (const input of [null, 42, 'text', [], {}, { levels: null }, { services: [null] }]) {
      expect(validatePathway(input).ok).toBe(false);
    }
  });
});
