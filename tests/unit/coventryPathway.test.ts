import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePathway } from '../../src/core/pathway/validatePathway.ts';
import { CRISIS, EARLY_INTERVENTION, type Pathway } from '../../src/core/pathway/types.ts';

const file = fileURLToPath(new URL('../../pathway-data/coventry/pathway.json', import.meta.url));

/** CONTRACT §1: ids that data written for the Coventry pathway relies on. */
const requiredServices = [
  'school',
  'gp',
  'school_nurse',
  'vcs',
  'digital',
  'police',
  'early_help',
  'mhst',
  'rise_community',
  'eating_disorder',
  'neurodevelopmental',
  'mash',
  'social_care',
  'crisis_line',
  'ed',
  'acute_liaison',
  'ward14',
  'home_treatment',
  'tier4',
];
const earlyIntervention = ['school', 'gp', 'school_nurse', 'vcs', 'digital', 'police'];
const crisis = ['crisis_line', 'ed', 'acute_liaison', 'ward14', 'home_treatment', 'tier4'];
const requiredConcerns = [
  'self_harm',
  'suicidal_ideation',
  'low_mood',
  'anxiety',
  'eating',
  'parental_conflict',
  'attachment',
  'neurodevelopmental',
  'school_attendance',
  'substance_use',
  'exploitation',
];

function load(): Pathway {
  const result = parsePathway(readFileSync(file, 'utf8'), 'pathway-data/coventry/pathway.json');
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.value;
}

describe('the Coventry pathway (pathway-data/coventry/pathway.json)', () => {
  it('parses and validates without problems', () => {
    const result = parsePathway(readFileSync(file, 'utf8'), 'pathway.json');
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('has the id, version and levels in order from community to inpatient', () => {
    const p = load();
    expect(p.id).toBe('coventry');
    expect(p.version).toBe('1.0.0');
    expect(p.levels.map((l) => l.id)).toEqual([
      'universal',
      'targeted',
      'safeguarding',
      'crisis',
      'inpatient',
    ]);
  });

  it('has every service id of CONTRACT §1', () => {
    const ids = new Set(load().services.map((s) => s.id as string));
    for (const id of requiredServices) expect(ids.has(id), `service ${id}`).toBe(true);
  });

  it('tags exactly the contract services early-intervention and crisis', () => {
    const p = load();
    const tagged = (tag: string) =>
      p.services
        .filter((s) => s.tags.includes(tag))
        .map((s) => s.id as string)
        .sort();
    expect(tagged(EARLY_INTERVENTION)).toEqual([...earlyIntervention].sort());
    expect(tagged(CRISIS)).toEqual([...crisis].sort());
  });

  it('has every concern code of CONTRACT §1', () => {
    const ids = new Set(load().concerns.map((c) => c.id as string));
    for (const id of requiredConcerns) expect(ids.has(id), `concern ${id}`).toBe(true);
  });

  it('puts every service in a defined level and gives it a description', () => {
    const p = load();
    const levels = new Set(p.levels.map((l) => l.id as string));
    for (const s of p.services) {
      expect(levels.has(s.level), `${s.id}.level = ${s.level}`).toBe(true);
      expect(s.description.trim().length, `${s.id}.description`).toBeGreaterThan(0);
    }
  });

  it('gives each swimlane distinct column hints', () => {
    const p = load();
    for (const level of p.levels) {
      const columns = p.services.filter((s) => s.level === level.id).map((s) => s.column);
      expect(
        columns.every((c) => c !== undefined),
        `columns of ${level.id}`,
      ).toBe(true);
      expect(new Set(columns).size, `columns of ${level.id}`).toBe(columns.length);
    }
  });

  it('has routes whose ends are all defined services, with no duplicate route', () => {
    const p = load();
    const ids = new Set(p.services.map((s) => s.id as string));
    expect(p.routes.length).toBeGreaterThanOrEqual(45);
    for (const r of p.routes) {
      expect(ids.has(r.from), `route from ${r.from}`).toBe(true);
      expect(ids.has(r.to), `route to ${r.to}`).toBe(true);
    }
    const keys = p.routes.map((r) => `${r.from}>${r.to}>${r.activity ?? ''}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives acute liaison a 48-hour assessment target', () => {
    const liaison = load().services.find((s) => s.id === 'acute_liaison');
    expect(liaison?.targets?.some((t) => t.hours === 48)).toBe(true);
  });
});
