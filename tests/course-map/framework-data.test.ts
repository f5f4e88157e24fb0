import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/exports/csv.ts';
import { archetypeCombinations } from '../../src/framework/index.ts';
import {
  courseMapData,
  courseMapReport,
  courseMapTemplate,
  frameworkFromData,
  parseCourseMap,
} from '../../src/course-map/index.ts';
import { loadProjectFramework } from '../e2e/support/framework.ts';
import { courseSample, DRIVERS_COURSE } from './sample.ts';

/** The framework as the browser gets it: through JSON, then rebuilt. */
const throughJson = (framework: Parameters<typeof courseMapData>[0]) =>
  frameworkFromData(JSON.parse(JSON.stringify(courseMapData(framework))));

describe('courseMapData and frameworkFromData', () => {
  const project = loadProjectFramework();
  const rebuilt = throughJson(project);

  it('gives the same template for every combination of archetypes', () => {
    for (const ids of archetypeCombinations(project)) {
      expect(courseMapTemplate(rebuilt, ids)).toBe(courseMapTemplate(project, ids));
    }
  });

  it('gives the same report for every combination, from a map naming every competency at every level', () => {
    const rows = project.competencies.flatMap((c, i) =>
      c.steps.map((s, j) => [`Module ${i % 7}`, i % 2 ? c.title : c.id, s.level.name, (i + j) % 3 || '']),
    );
    const text = toCsv([['module', 'competency', 'level', 'hours'], ...rows]);
    const full = parseCourseMap(text, project);
    const light = parseCourseMap(text, rebuilt);
    expect(light).toEqual(full);
    if (!full.ok || !light.ok) throw new Error('the map should read');
    for (const ids of archetypeCombinations(project)) {
      expect(courseMapReport(rebuilt, ids, light.map)).toEqual(courseMapReport(project, ids, full.map));
    }
  });

  it('gives the same problems and the same merged ids (sample framework)', () => {
    const sample = courseSample();
    const light = throughJson(sample);
    const bad =
      'module,competency,level,hours\nA,clinical-safty,expert,x\nB,ai-basics,expert,1\nC,strategy,wizard,-1\n';
    expect(parseCourseMap(bad, light)).toEqual(parseCourseMap(bad, sample));
    const merged = `${DRIVERS_COURSE}Old costs,lifetime-costs,awareness,1,,2026.2\n`;
    const [a, b] = [parseCourseMap(merged, sample), parseCourseMap(merged, light)];
    if (!a.ok || !b.ok) throw new Error('the map should read');
    expect(courseMapReport(light, ['drivers'], b.map)).toEqual(courseMapReport(sample, ['drivers'], a.map));
  });

  it('is small enough to fetch on a page: a few tens of KB, not the megabytes of the whole graph', () => {
    expect(JSON.stringify(courseMapData(project)).length).toBeLessThan(60_000);
  });
});
