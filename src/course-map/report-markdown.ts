import { escapeMarkdown } from '../authoring/markdown.ts';
import { STATUSES, type CoverageItem, type CoverageStatus } from './compare-course.ts';
import type { CourseMapReport } from './report.ts';
import {
  editionLines,
  reportTitle,
  STATUS_MEANINGS,
  STATUS_TITLES,
  summaryLines,
  teachingText,
} from './report-wording.ts';

/**
 * A course-map report as Markdown (the command line's default, and what a pull request or an
 * issue shows): a heading, the summary, a table per status (gaps first) with the modules that
 * teach each competency, what the course teaches beyond the syllabus, and what changed since
 * the map's edition. Every text from the map is escaped, so a module name shows as written.
 */
export function reportMarkdown(report: CourseMapReport): string {
  const { coverage } = report;
  const sections = [
    `# ${escapeMarkdown(reportTitle(report))}`,
    summaryLines(report)
      .map((line) => `- ${escapeMarkdown(line)}`)
      .join('\n'),
    ...STATUSES.flatMap((status) => statusSection(status, coverage.items)),
  ];
  if (coverage.beyond.length) {
    sections.push(
      '## Beyond the syllabus',
      table(
        ['Competency', 'Modules', 'Hours taught'],
        coverage.beyond.map((b) => [
          competencyCell(b.competency),
          b.modules.map((m) => escapeMarkdown(teachingText(m))).join('; '),
          String(b.hoursTaught),
        ]),
      ),
    );
  }
  const changes = editionLines(report);
  if (changes.length) {
    sections.push(
      '## Changed since the map was made',
      changes.map((line) => `- ${escapeMarkdown(line)}`).join('\n'),
    );
  }
  return `${sections.join('\n\n')}\n`;
}

function statusSection(status: CoverageStatus, all: readonly CoverageItem[]): string[] {
  const items = all.filter((item) => item.status === status);
  if (items.length === 0) return [];
  const heading = `## ${STATUS_TITLES[status]} (${items.length})`;
  if (status === 'missing') {
    return [
      heading,
      STATUS_MEANINGS[status],
      table(
        ['Competency', 'Level needed', 'Framework hours'],
        items.map((item) => [
          competencyCell(item.competency),
          escapeMarkdown(item.needed.name),
          String(item.frameworkHours),
        ]),
      ),
    ];
  }
  return [
    heading,
    STATUS_MEANINGS[status],
    table(
      ['Competency', 'Level needed', 'Highest taught', 'Modules', 'Hours taught', 'Framework hours'],
      items.map((item) => [
        competencyCell(item.competency),
        escapeMarkdown(item.needed.name),
        escapeMarkdown(item.highestTaught?.name ?? ''),
        item.modules.map((m) => escapeMarkdown(teachingText(m))).join('; '),
        String(item.hoursTaught),
        String(item.frameworkHours),
      ]),
    ),
  ];
}

function competencyCell(competency: { id: string; title: string }): string {
  return `${escapeMarkdown(competency.title)} (${escapeMarkdown(competency.id)})`;
}

/** A GitHub Markdown table; cells must be escaped already. */
function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  return [headers, headers.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}
