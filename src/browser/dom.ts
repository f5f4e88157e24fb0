// Building elements for scripts that show text from outside the site (a reader's file): text
// goes in as text nodes only, never as HTML, so nothing in it can become markup or script.

type Child = Node | string | number | null | undefined | false;

/** An element with attributes and children; strings and numbers become text nodes. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'number' ? String(child) : child);
  }
  return element;
}
