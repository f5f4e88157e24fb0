import { describe, expect, it } from 'vitest';
import { compareCourse, parseCourseMap, type CourseRow } from '../../src/course-map/index.ts';
import { courseSample, DRIVERS_COURSE } from './sample.ts';

const framework = courseSample();

function rows(text: string): CourseRow[] {
  const parsed = parseCourseMap(text, framework);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems, null, 2));
  return parsed.map.rows;
}

// Expected numbers are worked out by hand from the table in sample.ts.
describe('compareCourse for Drivers', () => {
  const coverage = compareCourse(framework, ['drivers'], rows(DRIVERS_COURSE));
  const item = (id: string) => coverage.items.find((i) => i.competency.id === id)!;

  it('lists every competency Drivers need, in syllabus order (foundational first, then by domain)', () => {
    expect(coverage.items.map((i) => i.competency.id)).toEqual([
      'ai-basics',
      'clinical-safety',
      'strategy',
      'monitoring',
      'business-case',
      'data-quality',
      'procurement',
    ]);
  });

  it('gives each competency its status, highest level taught and hours', () => {
    const summary = coverage.items.map((i) => [
      i.competency.id,
      i.status,
      i.needed.id,
      i.highestTaught?.id,
      i.hoursTaught,
      i.frameworkHours,
    ]);
    expect(summary).toEqual([
      ['ai-basics', 'covered', 'awareness', 'awareness', 2, 2],
      ['clinical-safety', 'covered', 'working-knowledge', 'practitioner', 7.5, 4],
      ['strategy', 'covered', 'awareness', 'awareness', 1, 1],
      ['monitoring', 'covered', 'working-knowledge', 'working-knowledge', 0, 3],
      ['business-case', 'missing', 'practitioner', undefined, 0, 6],
      ['data-quality', 'covered', 'working-knowledge', 'working-knowledge', 4.5, 4],
      ['procurement', 'below', 'practitioner', 'working-knowledge', 6, 7],
    ]);
  });

  it('names the modules that teach each competency, with their rows', () => {
    expect(item('procurement').modules).toEqual([
      {
        module: 'Buying AI',
        level: { id: 'working-knowledge', name: 'Working knowledge', rank: 2 },
        hours: 4,
        row: 5,
      },
      {
        module: 'Buying AI workshop',
        level: { id: 'awareness', name: 'Awareness', rank: 1 },
        hours: 2,
        row: 6,
      },
    ]);
    expect(item('monitoring').hoursNotGiven).toBe(1);
    expect(item('business-case').modules).toEqual([]);
  });

  it('totals statuses and hours, and lists rows without hours', () => {
    expect(coverage.counts).toEqual({ missing: 1, below: 1, covered: 5 });
    expect(coverage.hours).toEqual({ framework: 27, taught: 21, beyond: 2 });
    expect(coverage.rowsWithoutHours).toEqual([8]);
    expect(coverage.notInEdition).toEqual([]);
  });

  it('lists what the course teaches beyond the syllabus', () => {
    expect(coverage.beyond).toEqual([
      {
        competency: { id: 'using-tools', title: 'Using tools' },
        modules: [
          {
            module: 'Tools for everyone',
            level: expect.objectContaining({ id: 'practitioner' }),
            hours: 2,
            row: 10,
          },
        ],
        hoursTaught: 2,
      },
    ]);
  });
});

describe('compareCourse for combined archetypes', () => {
  it('needs the highest level any chosen archetype needs, as their syllabus does', () => {
    const coverage = compareCourse(framework, ['drivers', 'shapers'], rows(DRIVERS_COURSE));
    const needed = Object.fromEntries(coverage.items.map((i) => [i.competency.id, [i.needed.id, i.status]]));
    expect(needed).toEqual({
      'ai-basics': ['awareness', 'covered'],
      // Shapers need expert: what covered Drivers is now below.
      'clinical-safety': ['expert', 'below'],
      strategy: ['expert', 'below'],
      monitoring: ['working-knowledge', 'covered'],
      'business-case': ['practitioner', 'missing'],
      'data-quality': ['working-knowledge', 'covered'],
      // Drivers' practitioner beats Shapers' working knowledge.
      procurement: ['practitioner', 'below'],
    });
    expect(coverage.counts).toEqual({ missing: 1, below: 3, covered: 3 });
    // 2 + 14 + 11 + 3 + 6 + 4 + 7
    expect(coverage.hours.framework).toBe(47);
    expect(coverage.items.find((i) => i.competency.id === 'strategy')!.neededBy).toEqual([
      'shapers',
      'drivers',
    ]);
  });

  it('counts a competency one archetype needs as needed, not beyond the syllabus', () => {
    const coverage = compareCourse(framework, ['users', 'drivers'], rows(DRIVERS_COURSE));
    expect(coverage.beyond).toEqual([]);
    expect(coverage.items.find((i) => i.competency.id === 'using-tools')!.status).toBe('covered');
    expect(coverage.items.find((i) => i.competency.id === 'data-quality')!.needed.id).toBe(
      'working-knowledge',
    );
  });

  it('refuses an unknown archetype or none, as syllabus() does', () => {
    expect(() => compareCourse(framework, [], [])).toThrow(/archetype/);
    expect(() => compareCourse(framework, ['creators'], [])).toThrow(/archetype/);
  });
});

describe('compareCourse edge cases', () => {
  it('reports every competency missing for a course with no rows', () => {
    const coverage = compareCourse(framework, ['drivers'], []);
    expect(coverage.counts).toEqual({ missing: 7, below: 0, covered: 0 });
    expect(coverage.hours.taught).toBe(0);
  });

  it('keeps rows naming a competency the edition lacks out of the coverage, and says which', () => {
    const coverage = compareCourse(
      framework,
      ['drivers'],
      [{ row: 2, module: 'Costs', competency: 'lifetime-costs', level: 'awareness', hours: 1, notes: '' }],
    );
    expect(coverage.notInEdition).toEqual([2]);
    expect(coverage.counts.missing).toBe(7);
  });

  it('adds hours without floating-point noise', () => {
    const tenths = [0.1, 0.2].map((hours, i) => ({
      row: i + 2,
      module: `M${i}`,
      competency: 'ai-basics',
      level: 'awareness',
      hours,
      notes: '',
    }));
    expect(compareCourse(framework, ['drivers'], tenths).items[0]!.hoursTaught).toBe(0.3);
  });
});
