import { describe, expect, it } from 'vitest';
import { checkEdition, parseCourseMap, type CourseMap } from '../../src/course-map/index.ts';
import { courseSample } from './sample.ts';

const framework = courseSample();
const HEADER = 'module,competency,level,hours,framework_edition\n';

function map(text: string): CourseMap {
  const parsed = parseCourseMap(text, framework);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.map;
}

describe('checkEdition', () => {
  it('reports nothing for a map of the current edition', () => {
    expect(checkEdition(framework, map(`${HEADER}Intro,ai-basics,awareness,1,2026.2\n`))).toEqual({
      mapEdition: '2026.2',
      currentEdition: '2026.2',
      differs: false,
      merged: [],
      retired: [],
    });
  });

  it('names where a merged id went (a competency lists it in `replaces`)', () => {
    const check = checkEdition(
      framework,
      map(`${HEADER}Costs,lifetime-costs,awareness,1,2025.1\nMore costs,lifetime-costs,awareness,1,2025.1\n`),
    );
    expect(check.differs).toBe(true);
    expect(check.merged).toEqual([
      { id: 'lifetime-costs', into: { id: 'business-case', title: 'Business case' }, rows: [2, 3] },
    ]);
    expect(check.retired).toEqual([]);
  });

  it('reports other ids the edition lacks as retired, with a close current id when there is one', () => {
    const check = checkEdition(
      framework,
      map(`${HEADER}Old,old-topic,awareness,1,2025.1\nData,data-qualities,awareness,1,2025.1\n`),
    );
    expect(check.retired).toEqual([
      { id: 'old-topic', rows: [2], suggestion: undefined },
      { id: 'data-qualities', rows: [3], suggestion: 'data-quality' },
    ]);
  });

  it('says when the map does not record its edition', () => {
    const check = checkEdition(
      framework,
      map('module,competency,level,hours\nIntro,ai-basics,awareness,1\n'),
    );
    expect(check).toMatchObject({ mapEdition: undefined, differs: false });
  });
});
