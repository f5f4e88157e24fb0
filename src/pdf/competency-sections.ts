import {
  HOURS_TEXT,
  hoursByPart,
  hoursTableRows,
  rowTotal,
  withUnit,
  type ChartRow,
  levelsUsed,
  moduleTitle,
  neededByText,
  PROVIDER_TEXT,
  rolesNote,
  SECTION_TITLES,
  stepLabel,
  stepsArithmetic,
  type Syllabus,
  type SyllabusItem,
} from '../framework/index.ts';
import { escapeText, typstString } from './escape.ts';
import { bullets, field, heading, paragraphs, strong, table } from './markup.ts';
import type { SharedParts } from './shared-parts.ts';

// The sections of the provider's edition that list competencies: what the syllabus is, how its
// hours add up, the foundational programme and the modules.

/** "About this syllabus": who it is for, its size, the levels it reaches, its review dates. */
export function aboutSection(s: Syllabus, parts: SharedParts): string {
  return paragraphs([
    heading(1, SECTION_TITLES.provider.about),
    escapeText(PROVIDER_TEXT.purpose(s)),
    escapeText(PROVIDER_TEXT.size(s)),
    heading(2, 'Who it is for'),
    bullets(
      s.archetypes.map(
        (a) =>
          `${strong(escapeText(`${a.name}:`))} ${escapeText(a.summary)} ${escapeText(`Example roles: ${a.exampleRoles.join(', ')}.`)}`,
      ),
      parts,
    ),
    heading(2, 'Levels'),
    escapeText(PROVIDER_TEXT.levels),
    bullets(
      levelsUsed(s).map((level) => `${strong(escapeText(`${level.name}:`))} ${escapeText(level.descriptor)}`),
      parts,
    ),
  ]);
}

/** "How the hours add up": the totals with what they cover, and a table by part. */
export function hoursSection(s: Syllabus): string {
  const { rows, total } = hoursTableRows(s);
  return paragraphs([
    heading(1, SECTION_TITLES.provider.hours),
    escapeText(HOURS_TEXT.total(s)),
    bullets([HOURS_TEXT.foundational(s), HOURS_TEXT.specialist(s)].map(escapeText)),
    s.hours.clinicalOnly + s.hours.nonClinicalOnly > 0 ? escapeText(HOURS_TEXT.roles(s)) : '',
    escapeText(PROVIDER_TEXT.hoursLead),
    hoursChart(s),
    table(
      ['Part', 'Competencies', 'Foundational hours', 'Specialist hours'],
      [...rows, total].map((row) => [
        row.part,
        String(row.competencies),
        String(row.foundational),
        String(row.specialist),
      ]),
    ),
    escapeText(HOURS_TEXT.estimate),
  ]);
}

// The chart's colours: those of the site's light theme (src/styles/theme.css,
// --chart-foundational and --chart-specialist), as print is on white.
const CHART_FILL: Record<string, string> = { foundational: 'rgb("#1d5e53")', specialist: 'rgb("#b35c1e")' };

/**
 * Where the hours go, as a figure of stacked bars drawn with Typst's own shapes, tagged with
 * alternative text that gives every number (the table that follows gives them too).
 */
export function hoursChart(s: Syllabus): string {
  const chart = hoursByPart(s);
  const max = Math.max(1, ...chart.rows.map(rowTotal));
  const name = (key: string) => chart.keys.find((k) => k.key === key)!.name.toLowerCase();
  const describe = (row: ChartRow) => {
    const parts = row.segments
      .filter((p) => p.value > 0)
      .map((p) => `${withUnit(p.value, chart.unit)} ${name(p.key)}`);
    return `${row.label}: ${withUnit(rowTotal(row), chart.unit)}${parts.length > 1 ? ` (${parts.join(', ')})` : ''}`;
  };
  const alt = `Bar chart of the study hours by part of the syllabus. ${chart.rows.map(describe).join('; ')}.`;
  const cells = chart.rows.flatMap((row) => {
    const boxes = row.segments
      .filter((p) => p.value > 0)
      .map(
        (p) => `box(width: ${((p.value / max) * 100).toFixed(2)}%, height: 9pt, fill: ${CHART_FILL[p.key]})`,
      );
    return [
      `[${escapeText(row.label)}]`,
      `stack(dir: ltr, ${boxes.join(', ')}${boxes.length === 1 ? ',' : ''})`,
      `[${escapeText(withUnit(rowTotal(row), chart.unit))}]`,
    ];
  });
  const key = chart.keys
    .map((k) => `box(width: 8pt, height: 8pt, fill: ${CHART_FILL[k.key]}) + [ ${escapeText(k.name)}]`)
    .join(' + h(1.5em) + ');
  return `#figure(alt: ${typstString(alt)}, caption: [${escapeText('Where the hours go, by part')}], kind: image, block(width: 100%, {
  align(left, ${key})
  v(4pt)
  grid(columns: (14em, 1fr, 6em), row-gutter: 5pt, column-gutter: 8pt, align: (left, left + horizon, right), ${cells.join(', ')})
}))`;
}

/** The foundational competencies every archetype shares. */
export function foundationSection(s: Syllabus, parts: SharedParts): string {
  if (s.foundation.length === 0) return '';
  return paragraphs([
    heading(1, SECTION_TITLES.provider.foundation),
    escapeText(PROVIDER_TEXT.foundation(s)),
    ...s.foundation.map((item) => competency(item, s, parts)),
  ]);
}

/** One section per module, in domain order. */
export function moduleSections(s: Syllabus, parts: SharedParts): string {
  return paragraphs(
    s.modules.map((module, index) =>
      paragraphs([
        heading(1, moduleTitle(module, index)),
        parts.include(escapeText(module.domain.summary)),
        escapeText(PROVIDER_TEXT.module(module)),
        ...module.items.map((item) => competency(item, s, parts)),
      ]),
    ),
  );
}

/**
 * One competency: its title, the level reached and the hours' arithmetic, who needs it, the
 * outcomes of each level and the assessment ideas. Each piece is a shared part (see
 * shared-parts.ts): a level's outcomes read the same in every syllabus that reaches it, so a
 * build lays each distinct piece out once.
 */
function competency(item: SyllabusItem, s: Syllabus, parts: SharedParts): string {
  const { competency: c, level } = item;
  const note = rolesNote(item);
  return paragraphs([
    parts.include(heading(2, c.title)),
    parts.include(
      [
        field('Up to', level.name),
        field('Study time', stepsArithmetic(item)),
        ...(note ? [escapeText(`${note}.`)] : []),
      ].join(' #linebreak() '),
    ),
    s.archetypes.length > 1 ? escapeText(`${neededByText(item, s)}.`) : '',
    ...item.steps.map((step) =>
      parts.include(
        paragraphs([strong(escapeText(`${stepLabel(step, item)}:`)), bullets(step.outcomes.map(escapeText))]),
      ),
    ),
    parts.include(
      paragraphs([strong(escapeText('Assessment ideas:')), bullets(c.assessment.map(escapeText))]),
    ),
  ]);
}
