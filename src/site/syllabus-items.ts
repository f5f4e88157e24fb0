// The HTML of one competency in a syllabus web page, in each edition. Every syllabus for a
// combination of archetypes lists competencies that other syllabi list too, at the same level:
// each is written once and the same HTML reused, rather than rendered again for every page.
import { escapeHtml } from '../text/escape-html.ts';
import {
  LEARNER_TEXT,
  neededByText,
  rolesNote,
  stepLabel,
  stepsArithmetic,
  type Syllabus,
  type SyllabusItem,
} from '../framework/index.ts';
import { BoundedMemo } from '../markdown/bounded-memo.ts';
import { urls } from './urls.ts';

// More than the framework's competencies times levels times the archetype sets a competency
// can be needed by, so a build keeps all it uses; bounded for a long-running dev server.
const written = new BoundedMemo<string>(20_000);

/**
 * A competency in the provider's edition: the level reached, the hours' arithmetic, who needs
 * it (in a syllabus for several archetypes), the outcomes of each level and the assessment ideas.
 */
export function providerItemHtml(item: SyllabusItem, syllabus: Syllabus, levelCount: number): string {
  const neededBy = syllabus.archetypes.length > 1 ? neededByText(item, syllabus) : '';
  const key = `provider|${item.competency.id}|${item.level.id}|${levelCount}|${neededBy}`;
  return written.get(key, () => {
    const { competency: c, level } = item;
    const note = rolesNote(item);
    return [
      `<div class="syllabus-competency" data-pagefind-ignore>`,
      heading(item),
      `<p class="syllabus-facts"><span><strong>Up to:</strong> <a class="level-tag" data-rank="${level.rank}" href="${escapeHtml(urls.level(level.id))}">${escapeHtml(level.name)}<span class="sr-only">, level ${level.rank} of ${levelCount}</span></a></span>`,
      ` <span><strong>Study time:</strong> ${escapeHtml(stepsArithmetic(item))}</span>`,
      note ? ` <span>${escapeHtml(note)}</span>` : '',
      `</p>`,
      neededBy ? `<p>${escapeHtml(neededBy)}.</p>` : '',
      ...item.steps.map(
        (step) => `<p><strong>${escapeHtml(stepLabel(step, item))}:</strong></p>${list(step.outcomes)}`,
      ),
      `<p><strong>Assessment ideas:</strong></p>${list(c.assessment)}`,
      `</div>`,
    ].join('');
  });
}

/** A competency in the learner's edition: how far and how long, then what the learner will be able to do at each level. */
export function learnerItemHtml(item: SyllabusItem): string {
  return written.get(`learner|${item.competency.id}|${item.level.id}`, () =>
    [
      `<div class="syllabus-competency">`,
      heading(item),
      `<p>${escapeHtml(LEARNER_TEXT.reach(item))}</p>`,
      ...item.steps.map(
        (step) =>
          (item.steps.length > 1
            ? `<p><strong>${escapeHtml(LEARNER_TEXT.stepLead(step.level.name))}</strong></p>`
            : '') + list(step.outcomes),
      ),
      `</div>`,
    ].join(''),
  );
}

function heading(item: SyllabusItem): string {
  const c = item.competency;
  return `<h3 id="competency-${escapeHtml(c.id)}"><a href="${escapeHtml(urls.competency(c.id))}">${escapeHtml(c.title)}</a></h3>`;
}

function list(items: readonly string[]): string {
  return `<ul>${items.map((text) => `<li>${escapeHtml(text)}</li>`).join('')}</ul>`;
}
