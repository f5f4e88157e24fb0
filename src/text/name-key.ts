/**
 * A name as people type it, reduced to what identifies it: lower case, with runs of spaces,
 * underscores and hyphens as one hyphen, so that "Working knowledge", "working_knowledge" and
 * "working-knowledge" are one key. The checker's guesses (src/validation/nearest.ts) and the
 * course-map reader (src/course-map/) both match names this way.
 */
export function nameKey(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-')
    .replace(/^-|-$/g, '');
}
