// The browse page's filters, run in the reader's browser. Pagefind's filter API finds the
// competencies that match (no search term needed) and counts what each choice would show;
// this script shows the matching rows of the server-rendered list and keeps the URL shareable.
import { FILTER_KEYS, levelKeyFor } from '../site/search-filters.ts';
import { BASE } from '../site/urls.ts';

interface PagefindResult {
  data: () => Promise<{ url: string }>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (term: string | null, options: { filters: Record<string, string> }) => Promise<PagefindSearch>;
}

export async function startBrowse(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('#browse-filters');
  const status = document.querySelector<HTMLElement>('#browse-status');
  const rows = [...document.querySelectorAll<HTMLElement>('#browse-list li[data-url]')];
  if (!form || !status) return;
  let pagefind: Pagefind;
  try {
    const path = `${BASE}pagefind/pagefind.js`;
    pagefind = (await import(/* @vite-ignore */ path)) as Pagefind;
    await pagefind.options({ baseUrl: BASE });
  } catch {
    return; // No index (for example in `npm run dev`): the full list stays as it is.
  }
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-facet]')];
  const labels = new Map(
    selects.flatMap((s) => [...s.options].map((o) => [o, o.textContent ?? ''] as const)),
  );
  readQuery(selects);
  form.hidden = false;

  // Counts over all competencies, for when only the built-in `type` filter applies (Pagefind
  // then returns no per-filter counts with its results).
  const totals = (await pagefind.filters()) as Record<string, Record<string, number>>;
  let latest = 0;
  const update = async () => {
    const request = ++latest;
    const filters = chosenFilters(selects);
    const search = await pagefind.search(null, { filters });
    const urls = new Set(
      (await Promise.all(search.results.map((r) => r.data()))).map((d) => normalise(d.url)),
    );
    if (request !== latest) return; // A newer choice was made while this one was loading.
    for (const row of rows) row.hidden = !urls.has(row.dataset['url'] ?? '');
    const counts = Object.keys(filters).length > 1 ? search.filters : totals;
    updateCounts(selects, labels, counts, filters);
    status.textContent = `Showing ${urls.size} of ${rows.length} competencies.`;
    writeQuery(selects);
  };
  form.addEventListener('change', () => void update());
  form.addEventListener('reset', () => setTimeout(() => void update(), 0));
  await update();
}

/** The Pagefind filters for the current choices; a level is read for the chosen archetype. */
function chosenFilters(selects: HTMLSelectElement[]): Record<string, string> {
  const filters: Record<string, string> = { [FILTER_KEYS.type]: 'Competency' };
  const archetype = selects.find((s) => s.name === 'archetype')?.value;
  for (const select of selects) {
    if (!select.value) continue;
    const key = select.name === 'level' && archetype ? levelKeyFor(archetype) : select.dataset['facet']!;
    filters[key] = select.value;
  }
  return filters;
}

/** Puts "(n)" after every option: how many competencies that choice would show. */
function updateCounts(
  selects: HTMLSelectElement[],
  labels: Map<HTMLOptionElement, string>,
  counts: Record<string, Record<string, number>>,
  filters: Record<string, string>,
) {
  const archetype = filters[FILTER_KEYS.archetype];
  for (const select of selects) {
    const key = select.name === 'level' && archetype ? levelKeyFor(archetype) : select.dataset['facet']!;
    for (const option of select.options) {
      if (!option.value) continue;
      const count = select.value ? undefined : (counts[key]?.[option.value] ?? 0);
      option.textContent = count === undefined ? labels.get(option)! : `${labels.get(option)} (${count})`;
    }
  }
}

function readQuery(selects: HTMLSelectElement[]) {
  const query = new URLSearchParams(location.search);
  for (const select of selects) {
    const value = query.get(select.name);
    if (value && [...select.options].some((o) => o.value === value)) select.value = value;
  }
}

function writeQuery(selects: HTMLSelectElement[]) {
  const query = new URLSearchParams();
  for (const select of selects) if (select.value) query.set(select.name, select.value);
  const search = query.toString();
  history.replaceState(null, '', search ? `?${search}` : location.pathname);
}

function normalise(url: string): string {
  return new URL(url, location.origin).pathname.replace(/index\.html$/, '');
}
