// Folding the competency matrix by domain, run in the reader's browser (see
// src/components/LevelMatrix.astro): each domain's header gets a button that hides its
// competencies, leaving the domain's summary row (how many it needs at each level per
// archetype); two buttons above the table fold or unfold every domain. Without JavaScript
// every row stays in view and no button is shown.

export function startMatrixFolding(): void {
  for (const table of document.querySelectorAll<HTMLTableElement>('table[data-matrix]')) {
    const folds = [...table.tBodies].flatMap((body) => {
      const header = body.querySelector<HTMLTableCellElement>('tr.matrix-domain th');
      return header ? [addFold(body, header)] : [];
    });
    const all = document.querySelector<HTMLElement>(`[data-matrix-fold-all="${table.dataset['matrix']}"]`);
    if (!all) continue;
    all.hidden = false;
    for (const button of all.querySelectorAll<HTMLButtonElement>('button[data-fold]')) {
      const open = button.dataset['fold'] === 'expand';
      button.addEventListener('click', () => folds.forEach((fold) => fold(open)));
    }
  }
}

/** Adds a domain's button and returns a function that shows (true) or hides its competencies. */
function addFold(body: HTMLTableSectionElement, header: HTMLTableCellElement): (open: boolean) => void {
  const name = header.querySelector('a')?.textContent?.trim() ?? '';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'matrix-fold';
  button.setAttribute('aria-controls', body.id);
  const label = document.createElement('span');
  const domain = document.createElement('span');
  domain.className = 'sr-only';
  domain.textContent = ` in ${name}`;
  button.append(label, domain);
  header.append(button);
  const set = (open: boolean) => {
    for (const row of body.querySelectorAll<HTMLTableRowElement>('tr.matrix-row')) row.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    label.textContent = open ? 'Hide competencies' : 'Show competencies';
  };
  button.addEventListener('click', () => set(button.getAttribute('aria-expanded') !== 'true'));
  set(true);
  return set;
}
