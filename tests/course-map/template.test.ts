import { describe, expect, it } from 'vitest';
import { UTF8_BOM } from '../../src/exports/csv.ts';
import {
  compareCourse,
  courseMapTemplate,
  parseCourseMap,
  TEMPLATE_COLUMNS,
} from '../../src/course-map/index.ts';
import { courseSample } from './sample.ts';

const framework = courseSample();

describe('courseMapTemplate', () => {
  const template = courseMapTemplate(framework, ['drivers', 'shapers']);
  const lines = template.slice(UTF8_BOM.length).split('\r\n');

  it('is CSV from the project writer: a byte order mark, CRLF, the template columns', () => {
    expect(template.startsWith(UTF8_BOM)).toBe(true);
    expect(lines[0]).toBe(TEMPLATE_COLUMNS.join(','));
    expect(lines.at(-1)).toBe('');
  });

  it('has one row per needed competency, in syllabus order, at the highest level needed', () => {
    expect(lines.slice(1, -1)).toEqual([
      ',ai-basics,Ai basics,awareness,,,2026.2',
      ',clinical-safety,Clinical safety,expert,,,2026.2',
      ',strategy,Strategy,expert,,,2026.2',
      ',monitoring,Monitoring,working-knowledge,,,2026.2',
      ',business-case,Business case,practitioner,,,2026.2',
      ',data-quality,Data quality,working-knowledge,,,2026.2',
      ',procurement,Procurement,practitioner,,,2026.2',
    ]);
  });

  it('reads back as a map with nothing taught yet', () => {
    const parsed = parseCourseMap(template, framework);
    expect(parsed).toEqual({
      ok: true,
      map: { edition: '2026.2', rows: [], unfilled: [2, 3, 4, 5, 6, 7, 8] },
    });
  });

  it('once filled in, covers everything the archetypes need', () => {
    // What a course lead does in a spreadsheet: a module name in column A of every row.
    const filled = template.replace(/\r\n,/g, '\r\nWhole course,');
    const parsed = parseCourseMap(filled, framework);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.map.rows).toHaveLength(7);
    const coverage = compareCourse(framework, ['drivers', 'shapers'], parsed.map.rows);
    expect(coverage.counts).toEqual({ missing: 0, below: 0, covered: 7 });
  });
});
