// The results of the self-assessment page: a chart per domain of the levels reached against
// the levels needed (inline SVG with a title and description), a table with the same numbers,
// the list of gaps, and the learning plan. Built with DOM calls only: no innerHTML.
import { listNames } from '../framework/syllabus.ts';
import { routes } from '../framework/routes.ts';
import { syllabusRoute } from '../framework/syllabus-routes.ts';
import { withBase } from '../framework/site-address.ts';
import {
  hoursText,
  levelsText,
  type Assessment,
  type CompetencyResult,
  type DomainSummary,
} from '../self-assessment/browser.ts';
import { el, svg } from './dom.ts';

/** One sentence on where the learner stands overall. */
export function summaryText(a: Assessment): string {
  const names = listNames(a.archetypes.map((x) => x.name));
  const { competencies, met, gaps, unanswered, hours } = a.totals;
  const standing =
    gaps === 0
      ? `You can show the level needed in all ${competencies} competencies.`
      : `You can show the level needed in ${met} of ${competencies} competencies; ${gaps} ${gaps === 1 ? 'has a gap' : 'have gaps'}, with ${hoursText(hours)} of study left.`;
  const open =
    unanswered > 0
      ? ` ${unanswered === 1 ? 'One competency you have not answered yet counts' : `The ${unanswered} competencies you have not answered yet count`} as "Not yet".`
      : '';
  return `${names} need ${competencies} competencies. ${standing}${open}`;
}

/** The chart, its table, and the list of gaps. */
export function results(a: Assessment, base: string): Node[] {
  return [
    el(
      'div',
      { class: 'sa-chart-and-table' },
      el(
        'figure',
        { class: 'sa-chart' },
        el('figcaption', {}, 'Levels you reach and levels needed, by domain'),
        ...a.domains.map(chartRow),
        el(
          'p',
          { class: 'sa-key', 'aria-hidden': 'true' },
          el('span', { class: 'sa-key-you' }, 'You'),
          ' ',
          el('span', { class: 'sa-key-needed' }, 'Needed'),
        ),
      ),
      table(a.domains),
    ),
    el('h3', { id: 'sa-gaps' }, 'Gaps'),
    a.totals.gaps === 0
      ? el('p', {}, 'None: you can show every level your archetypes need.')
      : el(
          'ul',
          { class: 'sa-gaps' },
          ...a.items
            .filter((i) => i.gap > 0)
            .map((i) =>
              el(
                'li',
                {},
                el('a', { href: withBase(base, routes.competency(i.id)) }, i.title),
                `: ${i.current ? `${i.current.name} now` : 'not yet started'}, ${i.needed.name} needed (${i.gap} ${i.gap === 1 ? 'level' : 'levels'} to go).`,
              ),
            ),
        ),
  ];
}

function chartRow(d: DomainSummary): Node {
  const id = `sa-chart-${d.id}`;
  const width = (value: number) => (d.needed === 0 ? 0 : (100 * value) / d.needed);
  return el(
    'div',
    { class: 'sa-chart-row' },
    el(
      'p',
      { class: 'sa-chart-label', 'aria-hidden': 'true' },
      d.name,
      el('span', {}, ` ${levelsText(d.current, d.needed)}`),
    ),
    svg(
      'svg',
      {
        role: 'img',
        'aria-labelledby': `${id}-title ${id}-desc`,
        viewBox: '0 0 100 22',
        preserveAspectRatio: 'none',
        class: 'sa-bars',
      },
      svg('title', { id: `${id}-title` }, d.name),
      svg('desc', { id: `${id}-desc` }, `You reach ${levelsText(d.current, d.needed)} needed.`),
      svg('rect', { class: 'sa-bar-you', x: 0, y: 1, width: width(d.current), height: 8 }),
      svg('rect', { class: 'sa-bar-needed', x: 0, y: 13, width: 100, height: 8 }),
    ),
  );
}

function table(domains: DomainSummary[]): Node {
  return el(
    'table',
    { class: 'sa-table' },
    el('caption', {}, 'Levels you reach and levels needed, by domain'),
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', { scope: 'col' }, 'Domain'),
        el('th', { scope: 'col' }, 'You'),
        el('th', { scope: 'col' }, 'Needed'),
        el('th', { scope: 'col' }, 'Hours left'),
      ),
    ),
    el(
      'tbody',
      {},
      ...domains.map((d) =>
        el(
          'tr',
          { 'data-domain': d.id },
          el('th', { scope: 'row' }, d.name),
          el('td', {}, d.current),
          el('td', {}, d.needed),
          el('td', {}, d.hours),
        ),
      ),
    ),
  );
}

/** The learning plan: the outcomes still to reach, with their hours and where to read more. */
export function plan(a: Assessment, base: string): Node[] {
  const route = syllabusRoute(a.archetypes.map((x) => x.id));
  const todo = a.items.filter((i) => i.gap > 0);
  return [
    el(
      'p',
      { class: 'sa-plan-total' },
      'Study hours left: ',
      el('strong', { 'data-plan-hours': String(a.totals.hours) }, hoursText(a.totals.hours)),
      todo.length > 0 ? `, for ${todo.length} ${todo.length === 1 ? 'competency' : 'competencies'}.` : '.',
    ),
    el(
      'p',
      {},
      'Your syllabus: ',
      el(
        'a',
        { href: withBase(base, route.editions.learner.page) },
        `${listNames(a.archetypes.map((x) => x.name))}, learner's edition`,
      ),
      '.',
    ),
    ...(todo.length === 0
      ? [el('p', {}, 'Nothing left to learn for these archetypes: well done.')]
      : todo.map((i) => planItem(i, base))),
  ];
}

function planItem(item: CompetencyResult, base: string): Node {
  return el(
    'div',
    { class: 'sa-plan-item', 'data-competency': item.id },
    el('h3', {}, el('a', { href: withBase(base, routes.competency(item.id)) }, item.title)),
    el(
      'p',
      { class: 'sa-meta' },
      `From ${item.current ? item.current.name : 'the start'} to ${item.needed.name}: ${hoursText(item.hours)}.`,
    ),
    ...item.toReach.map((step) =>
      el(
        'div',
        { class: 'sa-plan-step' },
        el('p', {}, el('strong', {}, step.name), `, ${hoursText(step.hours)}:`),
        el('ul', {}, ...step.outcomes.map((o) => el('li', {}, o))),
      ),
    ),
  );
}
