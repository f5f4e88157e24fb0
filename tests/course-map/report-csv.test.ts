import { describe, expect, it } from 'vitest';
import { UTF8_BOM } from '../../src/exports/csv.ts';
import {
  courseMapReport,
  parseCourseMap,
  REPORT_CSV_COLUMNS,
  reportCsv,
} from '../../src/course-map/index.ts';
import { courseSample, DRIVERS_COURSE } from './sample.ts';

const framework = courseSample();

function csvOf(text: string): string[] {
  const parsed = parseCourseMap(text, framework);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const csv = reportCsv(courseMapReport(framework, ['drivers'], parsed.map));
  expect(csv.startsWith(UTF8_BOM)).toBe(true);
  return csv.slice(UTF8_BOM.length).split('\r\n');
}

describe('reportCsv', () => {
  it('has a row per needed competency in syllabus order, then those beyond the syllabus', () => {
    const lines = csvOf(DRIVERS_COURSE);
    expect(lines[0]).toBe(REPORT_CSV_COLUMNS.join(','));
    expect(lines.slice(1, -1).map((line) => line.split(',').slice(0, 3).join(','))).toEqual([
      'ai-basics,Ai basics,Covered',
      'clinical-safety,Clinical safety,Covered',
      'strategy,Strategy,Covered',
      'monitoring,Monitoring,Covered',
      'business-case,Business case,Missing',
      'data-quality,Data quality,Covered',
      'procurement,Procurement,Below the level needed',
      'using-tools,Using tools,Beyond the syllabus',
    ]);
    expect(lines[2]).toBe(
      'clinical-safety,Clinical safety,Covered,Working knowledge,Practitioner,"Safety first (Practitioner, 5 hours; row 7); Capstone project (Working knowledge, 2.5 hours; row 11)",7.5,4',
    );
  });

  it('neutralises module names that a spreadsheet would run as formulas', () => {
    const lines = csvOf('module,competency,level,hours\n"=HYPERLINK(""http://x"")",ai-basics,awareness,1\n');
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://x"") (Awareness`);
  });
});
