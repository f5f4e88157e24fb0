// The course-mapping page's report, built as elements: the same sections and sentences as the
// HTML report of `npm run map` (src/course-map/report-wording.ts), with links to competency
// pages and a matrix of competencies and modules. Every text from the file (module names, ids)
// goes in through el(), as text.
import {
  STATUSES,
  type CoverageItem,
  type CoverageStatus,
  type Teaching,
} from '../course-map/compare-course.ts';
import type { CourseMapReport } from '../course-map/report.ts';
import {
  editionLines,
  STATUS_MEANINGS,
  STATUS_TITLES,
  summaryLines,
  teachingText,
} from '../course-map/report-wording.ts';
import { hoursText } from '../framework/syllabus-wording.ts';
import { urls } from '../site/urls.ts';
import { el } from './dom.ts';

/** The report's sections, headed h3 (the page's "Your report" is h2). */
export function reportView(report: CourseMapReport, downloads: HTMLElement): HTMLElement[] {
  const { coverage } = report;
  const changes = editionLines(report);
  return [
    el('h3', { id: 'report-summary' }, 'Summary'),
    counts(report),
    el('ul', {}, ...summaryLines(report).map((line) => el('li', {}, line))),
    downloads,
    ...STATUSES.flatMap((status) => statusSection(status, coverage.items)),
    ...(coverage.beyond.length ? beyondSection(report) : []),
    ...(changes.length
      ? [
          el('h3', { id: 'report-changed' }, 'Changed since the map was made'),
          el('ul', {}, ...changes.map((line) => el('li', {}, line))),
        ]
      : []),
    ...matrixSection(report),
  ];
}

function counts(report: CourseMapReport): HTMLElement {
  const { counts, items } = report.coverage;
  const figure = (label: string, value: number, status: string) =>
    el('div', { class: 'map-count', 'data-count': status }, el('dt', {}, label), el('dd', {}, value));
  return el(
    'dl',
    { class: 'map-counts' },
    figure('Competencies needed', items.length, 'needed'),
    ...STATUSES.map((status) => figure(STATUS_TITLES[status], counts[status], status)),
  );
}

function statusSection(status: CoverageStatus, all: readonly CoverageItem[]): HTMLElement[] {
  const items = all.filter((item) => item.status === status);
  if (items.length === 0) return [];
  const id = `report-${status}`;
  const headers =
    status === 'missing'
      ? ['Competency', 'Level needed', 'Framework hours']
      : ['Competency', 'Level needed', 'Highest taught', 'Modules', 'Hours taught', 'Framework hours'];
  const rows = items.map((item) =>
    status === 'missing'
      ? [competencyHeader(item.competency), item.needed.name, hoursText(item.frameworkHours)]
      : [
          competencyHeader(item.competency),
          item.needed.name,
          item.highestTaught?.name ?? '',
          moduleList(item.modules),
          hoursText(item.hoursTaught),
          hoursText(item.frameworkHours),
        ],
  );
  return [
    el('h3', { id }, `${STATUS_TITLES[status]} (${items.length})`),
    el('p', {}, STATUS_MEANINGS[status]),
    table(
      `${id}-caption`,
      `${STATUS_TITLES[status]}: competencies, levels, modules and hours`,
      headers,
      rows,
    ),
  ];
}

function beyondSection(report: CourseMapReport): HTMLElement[] {
  const rows = report.coverage.beyond.map((b) => [
    competencyHeader(b.competency),
    moduleList(b.modules),
    hoursText(b.hoursTaught),
  ]);
  return [
    el('h3', { id: 'report-beyond' }, 'Beyond the syllabus'),
    el('p', {}, 'The course also teaches these competencies, which the archetypes chosen do not need.'),
    table(
      'report-beyond-caption',
      'Competencies beyond the syllabus',
      ['Competency', 'Modules', 'Hours taught'],
      rows,
    ),
  ];
}

/**
 * Competencies down the side, modules across: each cell the level (and hours) a module
 * teaches a competency to. Modules in the order the file first names them.
 */
function matrixSection(report: CourseMapReport): HTMLElement[] {
  const { items, beyond } = report.coverage;
  const lines = [
    ...items.map((item) => ({
      competency: item.competency,
      needed: item.needed.name,
      modules: item.modules,
    })),
    ...beyond.map((b) => ({ competency: b.competency, needed: 'Not needed', modules: b.modules })),
  ];
  const modules = [
    ...new Set(
      lines
        .flatMap((l) => l.modules)
        .sort((a, b) => a.row - b.row)
        .map((m) => m.module),
    ),
  ];
  if (modules.length === 0) return [];
  const cell = (taught: Teaching[]) =>
    taught.map((t) => `${t.level.name}${t.hours === undefined ? '' : `, ${hoursText(t.hours)}`}`).join('; ');
  const rows = lines.map((line) => [
    competencyHeader(line.competency),
    line.needed,
    ...modules.map((module) => cell(line.modules.filter((m) => m.module === module))),
  ]);
  return [
    el('h3', { id: 'report-matrix' }, 'Modules and competencies'),
    el(
      'p',
      {},
      'Each competency the syllabus needs (then those beyond it), with the level each module teaches it to. An empty cell: the module does not teach it.',
    ),
    table(
      'report-matrix-caption',
      'Which module teaches which competency, to which level and in how many hours',
      ['Competency', 'Level needed', ...modules],
      rows,
      'map-matrix',
    ),
  ];
}

type CellContent = string | HTMLElement;

/** A table in a scrolling region, its first cell of each row a row header. */
function table(
  captionId: string,
  caption: string,
  headers: readonly string[],
  rows: readonly (readonly CellContent[])[],
  className = '',
): HTMLElement {
  return el(
    'div',
    {
      class: 'table-scroll',
      role: 'region',
      'aria-labelledby': captionId,
      tabindex: '0',
      'data-table': captionId,
    },
    el(
      'table',
      className ? { class: className } : {},
      el('caption', { id: captionId }, caption),
      el('thead', {}, el('tr', {}, ...headers.map((text) => el('th', { scope: 'col' }, text)))),
      el(
        'tbody',
        {},
        ...rows.map(([first, ...rest]) =>
          el(
            'tr',
            {},
            el('th', { scope: 'row' }, first ?? ''),
            ...rest.map((content) => el('td', {}, content)),
          ),
        ),
      ),
    ),
  );
}

/** A competency the framework has: its title, linked to its page. */
function competencyHeader(competency: { id: string; title: string }): HTMLElement {
  return el('a', { href: urls.competency(competency.id) }, competency.title);
}

function moduleList(modules: readonly Teaching[]): HTMLElement {
  return el('ul', {}, ...modules.map((m) => el('li', {}, teachingText(m))));
}
