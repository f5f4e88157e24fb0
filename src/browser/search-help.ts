// Help around Starlight's search box, run in the reader's browser (see
// src/components/overrides/Search.astro): the shortcut in the button's name, a button that
// folds the filters away on narrow screens, and an error with "Try again" when the search
// index cannot be loaded.
import { BASE } from '../site/urls.ts';

/** How long a search may show "Searching…" before the reader is told something is wrong. */
const PATIENCE_MS = 8000;

/** How long the search box may take to appear once the dialog is open (its code loads then). */
const LOAD_PATIENCE_MS = 4000;

export function startSearchHelp(): void {
  const button = document.querySelector<HTMLButtonElement>('site-search button[data-open-modal]');
  // The visible text exactly as it renders ("Ctrl" and "K" sit in adjacent <kbd>s), since
  // WCAG 2.5.3 checks that the name contains what is shown.
  const hint = button?.querySelector('kbd')?.textContent?.replace(/\s+/g, ' ').trim();
  if (button && hint)
    button.setAttribute('aria-label', `${button.getAttribute('aria-label') ?? 'Search'} ${hint}`);

  const container = document.querySelector<HTMLElement>('site-search .search-container');
  const results = container?.querySelector<HTMLElement>('#starlight__search');
  if (!container || !results) return;
  addFiltersToggle(container, results);
  watchForFailure(container, results);
}

/** The button that shows or hides the filters; CSS shows it, and hides the filters, on narrow screens only. */
function addFiltersToggle(container: HTMLElement, results: HTMLElement): void {
  const toggle = document.createElement('button');
  toggle.type = 'button';
  toggle.className = 'search-filters-toggle';
  toggle.setAttribute('aria-expanded', 'false');
  toggle.textContent = 'Show filters';
  toggle.addEventListener('click', () => {
    const open = !container.hasAttribute('data-filters-open');
    container.toggleAttribute('data-filters-open', open);
    toggle.setAttribute('aria-expanded', String(open));
    toggle.textContent = open ? 'Hide filters' : 'Show filters';
  });
  container.insertBefore(toggle, results);
}

/**
 * Watches each search: if the index cannot be fetched, or the results have not come after a
 * while, shows why and a "Try again" button (which runs the search again, or reloads the page
 * when the search box itself never loaded).
 */
function watchForFailure(container: HTMLElement, results: HTMLElement): void {
  const error = document.createElement('div');
  error.className = 'search-error';
  error.setAttribute('role', 'alert');
  error.hidden = true;
  const message = document.createElement('span');
  message.textContent = 'Search could not load. Check your internet connection, then try again.';
  const retry = document.createElement('button');
  retry.type = 'button';
  retry.textContent = 'Try again';
  error.append(message, retry);
  container.insertBefore(error, results);

  const input = () => results.querySelector<HTMLInputElement>('.pagefind-ui__search-input');
  let timer: number | undefined;
  const check = async () => {
    window.clearTimeout(timer);
    if (!(input()?.value.trim() ?? '')) return;
    if (!(await indexReachable())) return fail();
    timer = window.setTimeout(() => {
      if (/Searching/i.test(results.querySelector('.pagefind-ui__message')?.textContent ?? '')) fail();
    }, PATIENCE_MS);
  };
  const fail = () => {
    error.hidden = false;
  };
  results.addEventListener('input', () => void check());
  // The search box's own code loads when the dialog first opens; if that fails (offline), there
  // is no box to type in, so say so instead of showing an empty dialog.
  const dialog = container.closest('dialog');
  if (dialog) {
    new MutationObserver(() => {
      if (!dialog.open) return;
      window.setTimeout(() => {
        if (dialog.open && !input()) fail();
      }, LOAD_PATIENCE_MS);
    }).observe(dialog, { attributes: true, attributeFilter: ['open'] });
  }
  // A browser remembers a script that failed to load and will not fetch it again, so once the
  // index or the search box's code failed, only a fresh page can search: reload it, and type the
  // reader's words into the search box again there (resumeSearch).
  retry.addEventListener('click', async () => {
    error.hidden = true;
    if (!(await indexReachable())) return fail();
    sessionStorage.setItem(RESUME_KEY, input()?.value ?? '');
    location.reload();
  });
  resumeSearch(input);
}

/** Where "Try again" keeps the reader's words across the reload. */
const RESUME_KEY = 'search-retry';

/** After "Try again" reloaded the page: opens the search and runs the reader's search again. */
function resumeSearch(input: () => HTMLInputElement | null): void {
  const words = sessionStorage.getItem(RESUME_KEY);
  if (words === null) return;
  sessionStorage.removeItem(RESUME_KEY);
  const button = document.querySelector<HTMLButtonElement>('site-search button[data-open-modal]');
  const started = Date.now();
  const step = () => {
    if (Date.now() - started > LOAD_PATIENCE_MS) return;
    if (button?.disabled) return void window.setTimeout(step, 50);
    if (!input()) {
      if (!button?.closest('site-search')?.querySelector('dialog')?.open) button?.click();
      return void window.setTimeout(step, 50);
    }
    const box = input()!;
    box.value = words;
    box.dispatchEvent(new Event('input', { bubbles: true }));
    box.focus();
  };
  step();
}

async function indexReachable(): Promise<boolean> {
  try {
    const response = await fetch(`${BASE}pagefind/pagefind-entry.json`, { cache: 'no-store' });
    return response.ok;
  } catch {
    return false;
  }
}
