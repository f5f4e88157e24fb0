import { describe, expect, it } from 'vitest';
import {
  archetypeSelection,
  courseMapReport,
  hasGaps,
  parseCourseMap,
  problemsText,
  reportHtml,
  reportMarkdown,
  type CourseMapReport,
} from '../../src/course-map/index.ts';
import { rowsText } from '../../src/course-map/report-wording.ts';
import { courseSample, DRIVERS_COURSE } from './sample.ts';

const framework = courseSample();

function report(text: string, archetypes = ['drivers'] as const): CourseMapReport {
  const parsed = parseCourseMap(text, framework);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return courseMapReport(framework, archetypes, parsed.map);
}

const HOSTILE = `module,competency,level,hours,notes,framework_edition
"<script>alert(1)</script> | *bold* ""quoted""",ai-basics,awareness,1,,2025.1
Costs & <b>more</b>,strategy,awareness,1,,2025.1
Costs,lifetime-costs,awareness,1,,2025.1
Gone,<img src=x onerror=alert(1)>,awareness,1,,2025.1
`;

describe('reportMarkdown', () => {
  it('shows the summary, a table per status with the modules, and what is beyond the syllabus', () => {
    expect(reportMarkdown(report(DRIVERS_COURSE))).toMatchSnapshot();
  });

  it('escapes module names and ids from the file', () => {
    const text = reportMarkdown(report(HOSTILE));
    expect(text).not.toContain('<script>');
    expect(text).not.toContain('<img');
    expect(text).toContain('&lt;script>alert(1)&lt;/script> \\| \\*bold\\* "quoted"');
    expect(text).toContain('lifetime-costs (row 4) was merged into business-case (Business case)');
  });
});

describe('reportHtml', () => {
  it('is one document with nothing fetched and no script', () => {
    const html = reportHtml(report(DRIVERS_COURSE));
    expect(html).toMatch(/^<!doctype html>\n<html lang="en-GB">/);
    expect(html).not.toMatch(/<script|<link|src=|href=/i);
    expect(html).toContain('<h2>Below the level needed (1)</h2>');
    expect(html).toContain('<li>Buying AI (Working knowledge, 4 hours; row 5)</li>');
  });

  it('escapes every text from the file', () => {
    const html = reportHtml(report(HOSTILE));
    expect(html).not.toMatch(/<script|<img|<b>/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; | *bold* &quot;quoted&quot;');
    expect(html).toContain('Costs &amp; &lt;b&gt;more&lt;/b&gt;');
    // An id is read as ids are written, spaces as hyphens.
    expect(html).toContain('&lt;img-src=x-onerror=alert(1)&gt;');
  });
});

describe('report summary', () => {
  it('says what the map leaves out: hours, modules, the edition', () => {
    const text = reportMarkdown(
      report(
        'module,competency,level,hours\n,ai-basics,awareness,\nA,strategy,awareness,\nB,strategy,awareness,\n',
      ),
    );
    expect(text).toContain("- Rows 3 and 4 give no hours, so the course's hours are a lower bound.");
    expect(text).toContain('- Row 2 has no module yet, so teach nothing.');
    expect(text).toContain('The map does not say which edition it was made against');
  });

  it('fails --strict only when something is below or missing', () => {
    expect(hasGaps(report(DRIVERS_COURSE))).toBe(true);
    const everything =
      'module,competency,level,hours\nAll,ai-basics,awareness,2\nAll,strategy,awareness,1\nAll,clinical-safety,working-knowledge,4\nAll,monitoring,working-knowledge,3\nAll,business-case,practitioner,6\nAll,data-quality,working-knowledge,4\nAll,procurement,practitioner,7\n';
    expect(hasGaps(report(everything))).toBe(false);
  });
});

describe('problemsText', () => {
  it('places each problem as file:row:column with its hint, and says nothing was compared', () => {
    const parsed = parseCourseMap('module,competency,level,hours\nA,nope,awareness,x\n', framework);
    if (parsed.ok) throw new Error('Expected problems.');
    expect(problemsText('course.csv', parsed.problems)).toMatchSnapshot();
  });
});

describe('archetypeSelection', () => {
  it('reads ids or names, in any case and order, into framework order', () => {
    expect(archetypeSelection(framework, 'Users, DRIVERS')).toEqual({ ids: ['drivers', 'users'] });
  });

  it('lists the archetypes for an unknown or missing one', () => {
    expect(archetypeSelection(framework, 'driver')).toEqual({
      error:
        'Unknown archetype "driver" (did you mean drivers?). The archetypes are: shapers (Shapers), drivers (Drivers), users (Users).',
    });
    expect(archetypeSelection(framework, undefined)).toEqual({
      error:
        'Name one or more archetypes with --archetypes: shapers (Shapers), drivers (Drivers), users (Users).',
    });
  });
});

describe('rowsText', () => {
  it('writes runs of rows as ranges, so a whole template stays one line', () => {
    expect(rowsText([4])).toBe('Row 4');
    expect(rowsText([3, 4])).toBe('Rows 3 and 4');
    expect(rowsText([2, 3, 4, 5, 9, 11, 12])).toBe('Rows 2-5, 9, 11 and 12');
  });
});
