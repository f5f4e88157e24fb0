/**
 * Text made safe for HTML element content and quoted attribute values, for the places that
 * write HTML as strings (syllabus items, the dev problems page, course-map reports) rather than
 * through Astro, which escapes by itself.
 */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}
