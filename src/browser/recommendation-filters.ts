// The recommendations page's filters, run in the reader's browser: "who acts" shows only that
// group, "what it asks for" only the recommendations that ask for it; the choice is kept in the
// page's address (?audience=employers&asks=training), so a filtered list can be shared.

export function startRecommendationFilters(): void {
  const form = document.querySelector<HTMLFormElement>('#recommendation-filters');
  const status = document.querySelector<HTMLElement>('#recommendation-status');
  if (!form || !status) return;
  const audience = form.querySelector<HTMLSelectElement>('#filter-audience')!;
  const asks = form.querySelector<HTMLSelectElement>('#filter-asks')!;
  const groups = [...document.querySelectorAll<HTMLElement>('.recommendation-group')];

  const params = new URLSearchParams(location.search);
  const choose = (select: HTMLSelectElement, value: string | null) => {
    if (value && [...select.options].some((o) => o.value === value)) select.value = value;
  };
  choose(audience, params.get('audience'));
  choose(asks, params.get('asks'));
  form.hidden = false;

  const apply = () => {
    const shown = new Set<string>();
    for (const group of groups) {
      const inGroup = !audience.value || group.dataset['audience'] === audience.value;
      let visible = 0;
      for (const item of group.querySelectorAll<HTMLElement>('li[data-recommendation]')) {
        const match =
          inGroup && (!asks.value || (item.dataset['asks'] ?? '').split(' ').includes(asks.value));
        item.hidden = !match;
        if (match) {
          visible++;
          shown.add(item.dataset['recommendation']!);
        }
      }
      group.hidden = visible === 0;
    }
    status.textContent =
      shown.size === 0
        ? 'No recommendation matches: choose another option.'
        : `${shown.size} ${shown.size === 1 ? 'recommendation' : 'recommendations'}.`;
    const query = new URLSearchParams();
    if (audience.value) query.set('audience', audience.value);
    if (asks.value) query.set('asks', asks.value);
    const search = query.toString();
    history.replaceState(null, '', search ? `?${search}` : location.pathname);
  };
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  apply();
}
