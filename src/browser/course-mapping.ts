// The course-mapping page, run in the reader's browser: it fetches the share of the framework
// the course-map core reads (/course-map/framework-data.json, from this site), reads the file
// the reader chooses or drops with file.arrayBuffer(), and shows the same report as
// `npm run map`, or every problem in the file. Nothing is sent anywhere. Archetypes chosen are
// kept in the address (?a=drivers,users), as on the syllabus builder.
// The course-map modules one by one: their index also exports what only the command line uses.
import { MAX_MAP_BYTES } from '../course-map/decode.ts';
import { frameworkFromData, type CourseMapData } from '../course-map/framework-data.ts';
import { parseCourseMap } from '../course-map/parse-course-map.ts';
import type { MapProblem } from '../course-map/problems.ts';
import { reportCsv } from '../course-map/report-csv.ts';
import { reportHtml } from '../course-map/report-html.ts';
import { courseMapReport } from '../course-map/report.ts';
import { columnLetter } from '../course-map/problems.ts';
import type { Framework } from '../framework/index.ts';
import { listNames, syllabusSlug } from '../framework/syllabus.ts';
import type { ArchetypeId } from '../schemas/index.ts';
import { urls } from '../site/urls.ts';
import { reportView } from './course-map-report.ts';
import { el } from './dom.ts';

export async function startCourseMapping(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-course-mapper]');
  if (!root) return;
  const $ = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const ui = {
    boxes: [...root.querySelectorAll<HTMLInputElement>('input[name="a"]')],
    input: $<HTMLInputElement>('#course-map-file'),
    zone: $('[data-drop-zone]'),
    templateLink: $('[data-template-link]'),
    status: $('[data-status]'),
    problems: $('[data-problems]'),
    report: $('[data-report]'),
    body: $('[data-report-body]'),
  };
  let framework: Framework;
  try {
    const response = await fetch(urls.courseMapData());
    if (!response.ok) throw new Error(String(response.status));
    framework = frameworkFromData((await response.json()) as CourseMapData);
  } catch {
    return; // The page keeps saying that the comparison needs its script; templates still work.
  }
  document.querySelector('[data-needs-script]')?.setAttribute('hidden', '');

  let file: { name: string; bytes: Uint8Array } | undefined;
  let blobUrls: string[] = [];
  const chosen = () => ui.boxes.filter((box) => box.checked).map((box) => box.value as ArchetypeId);

  const show = () => {
    for (const url of blobUrls) URL.revokeObjectURL(url);
    blobUrls = [];
    const ids = chosen();
    showTemplateLink(ui.templateLink, framework, ids);
    ui.problems.replaceChildren();
    ui.body.replaceChildren();
    ui.report.hidden = true;
    if (!file) return say(ui.status, 'Choose your course map file to see the report.');
    const parsed = parseCourseMap(file.bytes, framework);
    if (!parsed.ok) {
      say(ui.status, '');
      ui.problems.replaceChildren(...problemsView(file.name, parsed.problems));
      return;
    }
    if (ids.length === 0)
      return say(ui.status, `${file.name} is read. Tick one or more archetypes to compare it with.`);
    const report = courseMapReport(framework, ids, parsed.map);
    const download = (text: string, type: string, extension: string, label: string) => {
      const url = URL.createObjectURL(new Blob([text], { type }));
      blobUrls.push(url);
      // Not prefetched: Astro's prefetch would ask for the blob: URL as a <link>, which the
      // Content-Security-Policy (default-src 'self') rightly blocks; the download itself is allowed.
      const name = `course-map-report-${syllabusSlug(ids)}.${extension}`;
      return el('a', { href: url, download: name, 'data-astro-prefetch': 'false' }, label);
    };
    const downloads = el(
      'p',
      { class: 'map-downloads' },
      'Download this report: ',
      download(reportHtml(report), 'text/html;charset=utf-8', 'html', 'as a web page (HTML)'),
      ' or ',
      download(reportCsv(report), 'text/csv;charset=utf-8', 'csv', 'as a spreadsheet (CSV)'),
      '.',
    );
    ui.body.replaceChildren(...reportView(report, downloads));
    ui.report.hidden = false;
    const c = report.coverage.counts;
    say(
      ui.status,
      `Report ready: ${c.covered} covered, ${c.below} below the level needed, ${c.missing} missing, for ${listNames(report.coverage.archetypes.map((a) => a.name))}.`,
    );
  };

  const load = async (chosenFile: File | undefined) => {
    if (!chosenFile) return;
    say(ui.status, `Reading ${chosenFile.name}…`);
    // A file over the limit is refused by the parser from its first bytes beyond it, unread.
    const bytes = new Uint8Array(await chosenFile.slice(0, MAX_MAP_BYTES + 1).arrayBuffer());
    file = { name: chosenFile.name, bytes };
    show();
  };

  const wanted = new URLSearchParams(location.search).get('a')?.split(',') ?? [];
  for (const box of ui.boxes) {
    box.checked = wanted.includes(box.value);
    box.addEventListener('change', () => {
      const address = new URL(location.href);
      if (chosen().length) address.searchParams.set('a', chosen().join(','));
      else address.searchParams.delete('a');
      history.replaceState(null, '', address);
      show();
    });
  }
  ui.input.addEventListener('change', () => void load(ui.input.files?.[0]));
  ui.zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    ui.zone.setAttribute('data-dragging', '');
  });
  ui.zone.addEventListener('dragleave', () => ui.zone.removeAttribute('data-dragging'));
  ui.zone.addEventListener('drop', (event) => {
    event.preventDefault();
    ui.zone.removeAttribute('data-dragging');
    void load(event.dataTransfer?.files[0]);
  });
  root.querySelector('form')?.addEventListener('submit', (event) => event.preventDefault());
  root.hidden = false;
  show();
}

function say(status: HTMLElement, text: string): void {
  status.replaceChildren(...(text ? [el('p', {}, text)] : []));
}

/** The link to the template for the archetypes ticked (prebuilt for every combination). */
function showTemplateLink(target: HTMLElement, framework: Framework, ids: readonly ArchetypeId[]): void {
  if (ids.length === 0) return target.replaceChildren('Tick the archetypes to get the template for them.');
  const names = listNames(framework.archetypes.filter((a) => ids.includes(a.id)).map((a) => a.name));
  target.replaceChildren(
    'Template for this selection: ',
    el(
      'a',
      { href: urls.courseMapTemplate(syllabusSlug(ids)), download: '', 'data-astro-prefetch': 'false' },
      `course map template for ${names}`,
    ),
    ' (CSV).',
  );
}

/** Every problem in the file, at its row and column, with how to fix it; nothing is compared. */
function problemsView(name: string, problems: readonly MapProblem[]): HTMLElement[] {
  const count = `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}`;
  return [
    el('h3', { id: 'map-problems' }, `${count} in ${name}`),
    el(
      'p',
      {},
      `Fix ${problems.length === 1 ? 'it' : 'them'} in your spreadsheet, save it as CSV UTF-8 and choose the file again. Nothing was compared.`,
    ),
    el(
      'ol',
      { class: 'map-problem-list' },
      ...problems.map((p) =>
        el(
          'li',
          { 'data-row': String(p.row), 'data-column': String(p.column) },
          el('strong', {}, `Row ${p.row}, column ${columnLetter(p.column)}`),
          ' ',
          el('code', {}, `${p.row}:${p.column}`),
          ': ',
          p.message,
          el('br'),
          el('span', { class: 'hint' }, `How to fix it: ${p.hint}`),
        ),
      ),
    ),
  ];
}
