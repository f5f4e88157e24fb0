import { escapeHtml } from '../text/escape-html.ts';
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
 * A course-map report as one self-contained HTML document (styles inline, no scripts, nothing
 * fetched), to save or send. The same sections as the Markdown report. Module names, notes and
 * ids come from a file anyone can write, so every text is escaped.
 */
export function reportHtml(report: CourseMapReport): string {
  const { coverage } = report;
  const title = reportTitle(report);
  const changes = editionLines(report);
  const body = [
    `<h1>${escapeHtml(title)}</h1>`,
    list(summaryLines(report)),
    ...STATUSES.map((status) => statusSection(status, coverage.items)),
    coverage.beyond.length
      ? `<h2>Beyond the syllabus</h2>${table(
          ['Competency', 'Modules', 'Hours taught'],
          coverage.beyond.map((b) => [
            competencyCell(b.competency),
            list(b.modules.map(teachingText)),
            String(b.hoursTaught),
          ]),
        )}`
      : '',
    changes.length ? `<h2>Changed since the map was made</h2>${list(changes)}` : '',
  ];
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body { font-family: system-ui, sans-serif; line-height: 1.5; margin: 2rem auto; max-width: 70rem; padding: 0 1rem; color: #1a1a1a; }
table { border-collapse: collapse; width: 100%; margin-bottom: 1.5rem; }
th, td { border: 1px solid #999; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #eee; }
td ul { margin: 0; padding-left: 1.2rem; }
code { font-size: 0.9em; }
</style>
</head>
<body>
${body.filter((part) => part !== '').join('\n')}
</body>
</html>
`;
}

function statusSection(status: CoverageStatus, all: readonly CoverageItem[]): string {
  const items = all.filter((item) => item.status === status);
  if (items.length === 0) return '';
  const heading = `<h2>${escapeHtml(STATUS_TITLES[status])} (${items.length})</h2><p>${escapeHtml(STATUS_MEANINGS[status])}</p>`;
  if (status === 'missing') {
    return `${heading}${table(
      ['Competency', 'Level needed', 'Framework hours'],
      items.map((item) => [
        competencyCell(item.competency),
        escapeHtml(item.needed.name),
        String(item.frameworkHours),
      ]),
    )}`;
  }
  return `${heading}${table(
    ['Competency', 'Level needed', 'Highest taught', 'Modules', 'Hours taught', 'Framework hours'],
    items.map((item) => [
      competencyCell(item.competency),
      escapeHtml(item.needed.name),
      escapeHtml(item.highestTaught?.name ?? ''),
      list(item.modules.map(teachingText)),
      String(item.hoursTaught),
      String(item.frameworkHours),
    ]),
  )}`;
}

function competencyCell(competency: { id: string; title: string }): string {
  return `${escapeHtml(competency.title)} <code>${escapeHtml(competency.id)}</code>`;
}

function list(lines: readonly string[]): string {
  return `<ul>${lines.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>`;
}

/** A table; cells must be escaped already. */
function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const head = headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
  const body = rows.map((cells) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');
  return `<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}
