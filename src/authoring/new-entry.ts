import { stringify } from 'yaml';
import { PLACEHOLDER } from '../validation/rules/placeholders.ts';
import { nearest } from '../validation/nearest.ts';
import { ARCHETYPE_IDS, COLLECTION_NAMES, ID_PATTERN, type CollectionName } from '../schemas/index.ts';
import { TEMPLATES, type Draft, type NewEntryContext } from './templates.ts';

export type { NewEntryContext } from './templates.ts';

export type NewEntryResult =
  { ok: true; path: string; text: string; placeholders: string[] } | { ok: false; message: string };

/**
 * A new entry of `collection` with id `id`, filled in from the collection's template: every
 * field present, with a comment listing the values allowed where there is a choice, dates
 * from today, and everything an author must decide or write marked TODO (so the entry cannot
 * pass the check until it is done). Refuses unknown collections, malformed ids and ids whose
 * file already exists, saying why and what to do.
 */
export function newEntry(collection: string, id: string, context: NewEntryContext): NewEntryResult {
  if (!(COLLECTION_NAMES as readonly string[]).includes(collection)) {
    const guess = nearest(collection, COLLECTION_NAMES);
    return fail(
      `"${collection}" is not a collection.${guess ? ` Did you mean "${guess}"?` : ''} Use one of: ${COLLECTION_NAMES.join(', ')}.`,
    );
  }
  const name = collection as CollectionName;
  if (!ID_PATTERN.test(id)) {
    const slug = slugify(id);
    return fail(
      `"${id}" is not a valid id: use lowercase letters and digits, with single hyphens between words, for example "automation-bias".${slug && slug !== id ? ` Try "${slug}".` : ''}`,
    );
  }
  if (name === 'archetypes' && !(ARCHETYPE_IDS as readonly string[]).includes(id)) {
    return fail(`The archetypes are fixed: ${ARCHETYPE_IDS.join(', ')}. "${id}" is not one of them.`);
  }
  const path = `content/${name}/${id}.mdx`;
  if (context.exists(path)) {
    return fail(
      `${path} already exists. Edit it, or choose another id: npm run new never overwrites a file.`,
    );
  }
  const draft = TEMPLATES[name](id, context);
  const text = `---\n${frontmatter(draft)}---\n\n${draft.body.trim()}\n`;
  return { ok: true, path, text, placeholders: placeholdersIn(text) };
}

/**
 * The fields as YAML, each under its comment. An optional field without a value is written
 * as a comment only, so the author sees it exists.
 */
function frontmatter(draft: Draft): string {
  return Object.entries(draft.fields)
    .map(([key, { value, comment }]) => {
      const note = comment ? `# ${comment}\n` : '';
      return value === undefined ? note : `${note}${stringify({ [key]: value }, { lineWidth: 0 })}`;
    })
    .join('');
}

/** The lines of `text` that still hold a placeholder, as `line N: ...`, for the author's to-do list. */
export function placeholdersIn(text: string): string[] {
  return text
    .split('\n')
    .flatMap((line, index) => (PLACEHOLDER.test(line) ? [`line ${index + 1}: ${line.trim()}`] : []));
}

function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function fail(message: string): NewEntryResult {
  return { ok: false, message };
}
