// The self-assessment page in the reader's browser. Answers are kept only in this browser's
// storage (under a key naming the saved format and the edition) and in files the learner saves;
// nothing is sent anywhere. Text from a loaded file is only ever shown as text.
import {
  assess,
  FILE_KIND,
  FILE_VERSION,
  MAX_FILE_BYTES,
  readSaved,
  saveText,
  type Answers,
  type AssessmentData,
  type ReadResult,
} from '../self-assessment/browser.ts';
import type { ArchetypeId } from '../schemas/index.ts';
import { el } from './dom.ts';
import { questions } from './self-assessment-form.ts';
import { plan, results, summaryText } from './self-assessment-results.ts';

type PageData = AssessmentData & { base: string };
type Loaded = Extract<ReadResult, { ok: true }>;

const KEY_PREFIX = `${FILE_KIND}:v${FILE_VERSION}:`;
/** How much of an unknown id from a file is shown. */
const SHOWN_ID = 80;
const SHOWN_IDS = 20;

export function startSelfAssessment(): void {
  const root = document.querySelector<HTMLElement>('[data-self-assessment]');
  const source = document.getElementById('self-assessment-data');
  if (!root || !source) return;
  const data = JSON.parse(source.textContent ?? '') as PageData;
  const key = `${KEY_PREFIX}${data.edition}`;
  const find = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
  const form = find<HTMLFormElement>('[data-form]');
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="archetype"]')];
  const parts = {
    intro: find<HTMLElement>('[data-questions-intro]'),
    questions: find<HTMLElement>('[data-questions]'),
    summary: find<HTMLElement>('[data-summary]'),
    results: find<HTMLElement>('[data-results]'),
    plan: find<HTMLElement>('[data-plan]'),
    message: find<HTMLElement>('[data-message]'),
  };
  const empty = {
    intro: parts.intro.textContent,
    summary: parts.summary.textContent,
    plan: [...parts.plan.childNodes],
  };

  let archetypes: ArchetypeId[] = [];
  let answers: Answers = {};

  const showQuestions = () => {
    for (const box of boxes) box.checked = archetypes.includes(box.value as ArchetypeId);
    if (archetypes.length === 0) {
      parts.intro.textContent = empty.intro;
      parts.questions.replaceChildren();
      return;
    }
    parts.intro.textContent =
      'For each competency, read what a learner can do at each level, then choose the highest level you can already show. Choose "Not yet" if you cannot show the first level.';
    parts.questions.replaceChildren(...questions(data, assess(data, archetypes, answers), answers));
  };
  const showResults = () => {
    if (archetypes.length === 0) {
      parts.summary.textContent = empty.summary;
      parts.results.replaceChildren();
      parts.plan.replaceChildren(...empty.plan);
      return;
    }
    const assessment = assess(data, archetypes, answers);
    parts.summary.textContent = summaryText(assessment);
    const scale = data.levels.map((l) => `${l.name} ${l.rank}`).join(', ');
    parts.results.replaceChildren(
      el('p', { class: 'sa-meta' }, `Each competency counts the rank of its level: ${scale}.`),
      ...results(assessment, data.base),
    );
    parts.plan.replaceChildren(...plan(assessment, data.base));
  };
  const keep = () => {
    try {
      if (archetypes.length === 0 && Object.keys(answers).length === 0) localStorage.removeItem(key);
      else localStorage.setItem(key, saveText(data.edition, archetypes, answers));
    } catch {
      say(
        'This browser would not keep your answers (its storage may be turned off). Save them to a file instead.',
      );
    }
  };
  const say = (text: string, ...more: Node[]) => parts.message.replaceChildren(el('p', {}, text), ...more);

  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    if (input.name === 'archetype') {
      archetypes = boxes.filter((b) => b.checked).map((b) => b.value as ArchetypeId);
      showQuestions();
    } else if (input.type === 'radio' && input.name.startsWith('c-')) {
      answers = { ...answers, [input.name.slice(2)]: input.value };
    }
    keep();
    showResults();
  });

  find('[data-print]').addEventListener('click', () => window.print());

  find('[data-save]').addEventListener('click', () => {
    const blob = new Blob([saveText(data.edition, archetypes, answers)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = el('a', { href: url, download: `self-assessment-${data.edition}.json`, hidden: '' });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    say('Your answers were saved to a file in your downloads. Keep it somewhere private.');
  });

  find('[data-forget]').addEventListener('click', () => {
    try {
      for (const stored of Object.keys(localStorage))
        if (stored.startsWith(KEY_PREFIX)) localStorage.removeItem(stored);
    } catch {
      // Storage that cannot be read holds nothing of ours.
    }
    archetypes = [];
    answers = {};
    showQuestions();
    showResults();
    say('Your answers were forgotten: this browser no longer keeps any of them.');
  });

  const fileInput = find<HTMLInputElement>('[data-load]');
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (!file) return;
    const result: ReadResult =
      file.size > MAX_FILE_BYTES
        ? { ok: false, message: 'This file is too large to be a saved self-assessment. Nothing was changed.' }
        : readSaved(data, await file.text());
    if (!result.ok) return say(result.message);
    use(result);
    keep();
    say(
      `Your answers were loaded from the file${result.edition === data.edition ? '' : ` (saved for edition ${result.edition})`}.`,
      ...changes(result),
    );
  });

  const use = (loaded: Loaded) => {
    archetypes = loaded.archetypes;
    answers = loaded.answers;
    showQuestions();
    showResults();
  };

  // What this browser kept: this edition's answers, or an earlier edition's brought up to date.
  const restore = () => {
    let stored: string | null = null;
    let fromKey = key;
    try {
      stored = localStorage.getItem(key);
      if (stored === null) {
        fromKey = Object.keys(localStorage).find((k) => k.startsWith(KEY_PREFIX)) ?? key;
        stored = localStorage.getItem(fromKey);
      }
    } catch {
      return;
    }
    if (stored === null) return;
    const result = readSaved(data, stored);
    if (!result.ok) return;
    use(result);
    if (fromKey !== key) {
      localStorage.removeItem(fromKey);
      keep();
      say(
        `Your answers were kept from edition ${result.edition} of the framework and brought up to date.`,
        ...changes(result),
      );
    }
  };

  root.hidden = false;
  restore();
  // A link from an archetype's page or syllabus (?a=drivers,users) chooses its archetypes,
  // unless this browser already holds a choice of the reader's own.
  if (archetypes.length === 0) {
    const wanted = new URLSearchParams(location.search).get('a')?.split(',') ?? [];
    archetypes = boxes.filter((b) => wanted.includes(b.value)).map((b) => b.value as ArchetypeId);
  }
  showQuestions();
  showResults();
}

/** What loading changed, as text: merged competencies carried over, answers no longer used. */
function changes(loaded: Loaded): Node[] {
  const nodes: Node[] = [];
  if (loaded.carriedOver.length > 0) {
    nodes.push(
      el(
        'p',
        {},
        `${loaded.carriedOver.length} ${loaded.carriedOver.length === 1 ? 'answer was' : 'answers were'} carried over to a competency that now includes an earlier one.`,
      ),
    );
  }
  if (loaded.noLongerUsed.length > 0) {
    const shown = loaded.noLongerUsed.slice(0, SHOWN_IDS);
    const more = loaded.noLongerUsed.length - shown.length;
    nodes.push(
      el(
        'p',
        {},
        `${loaded.noLongerUsed.length} ${loaded.noLongerUsed.length === 1 ? 'answer is' : 'answers are'} no longer used, because this edition has no such competency or level:`,
      ),
      el(
        'ul',
        { class: 'sa-unused' },
        ...shown.map((u) => el('li', {}, el('code', {}, short(u.id)))),
        more > 0 ? el('li', {}, `and ${more} more`) : null,
      ),
    );
  }
  return nodes;
}

function short(text: string): string {
  return text.length > SHOWN_ID ? `${text.slice(0, SHOWN_ID)}…` : text;
}
