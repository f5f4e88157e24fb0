import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from '../schemas/index.ts';
import { frameworkSchema, type FrameworkSettings } from '../schemas/framework.ts';
import { issueAt } from './issue.ts';
import { FRAMEWORK_FILE, type ContentFile } from './content-file.ts';
import { fileIssue } from './file-issues.ts';
import type { Issue } from './issue.ts';
import { parseEntry, parseYaml } from './parse-entry.ts';
import type { CheckedEntry, UnfinishedEntry } from './rules/index.ts';
import { javascriptIn } from './rules/mdx-javascript.ts';
import { placeholderIssues } from './rules/placeholders.ts';
import { reviewDateIssues } from './rules/review-dates.ts';
import { goesIntoPdfs, unprintableIssues } from './rules/unprintable.ts';
import { unsafeHtmlIn } from './rules/unsafe-html.ts';
import { schemaIssues } from './schema-issues.ts';
import { textIssues } from './text-issues.ts';

/** What checking one content file on its own found. */
export interface FileResult {
  issues: Issue[];
  /** The entry, when its frontmatter passed its collection's schema. */
  entry?: CheckedEntry;
  /** The entry as read, when its frontmatter is a group of fields that did not pass the schema. */
  unfinished?: UnfinishedEntry;
  /** The ids the file stands for (its `id` and its file name), so references to it do not cascade. */
  known?: { collection: CollectionName; ids: string[] };
  /** Collections whose counts are unreliable because of this file (it failed, or sits in the wrong place). */
  incomplete: CollectionName[];
  /** The framework settings, from a valid framework.yaml. */
  settings?: FrameworkSettings;
}

/**
 * Checks one content file: that it is readable text in the right place, then its
 * frontmatter against its collection's schema, its review dates against `today` (YYYY-MM-DD),
 * and its body for unsafe HTML, placeholders and characters the PDFs cannot print.
 * Cross-entry rules run later, on all results.
 */
export function checkFile(file: ContentFile, today: string): FileResult {
  const start = { file: file.path, line: 1, column: 1 };
  const collection = collectionOf(file.path);
  const fail = (issues: Issue[]): FileResult =>
    collection
      ? { issues, known: { collection, ids: [stem(file.path)] }, incomplete: [collection] }
      : { issues, incomplete: [] };

  if (file.text === undefined) return fail([fileIssue(file)]);
  if (file.path === FRAMEWORK_FILE) return checkSettings(file.path, file.text);
  if (!collection) {
    return fail([
      issueAt(
        'unknown-collection',
        start,
        `"${file.path}" is not inside a content collection folder.`,
        `Move it into one of: ${COLLECTION_NAMES.map((c) => `content/${c}/`).join(', ')}; or delete it.`,
      ),
    ]);
  }
  // The site reads only the files directly inside a collection folder (the guide excepted).
  if (collection !== 'guide' && file.path.split('/').length > 3) {
    return fail([
      issueAt(
        'unexpected-folder',
        start,
        `The file is in a subfolder of content/${collection}/, so the site would ignore it.`,
      ),
    ]);
  }
  if (!file.path.endsWith('.mdx')) {
    return fail([
      issueAt('wrong-extension', start, `"${file.path}" is not an .mdx file, so the site would ignore it.`),
    ]);
  }
  const unreadable = textIssues(file.path, file.text);
  if (unreadable.length > 0) return fail(unreadable);

  const parsed = parseEntry(file.path, file.text);
  const issues = [...parsed.issues, ...placeholderIssues(file.path, file.text)];
  if (goesIntoPdfs(file.path)) issues.push(...unprintableIssues(file.path, file.text));
  if (parsed.body) {
    issues.push(...unsafeHtmlIn({ file: file.path, body: parsed.body }));
    issues.push(...javascriptIn({ file: file.path, body: parsed.body }));
  }
  const rawId = (parsed.data as { id?: unknown } | undefined)?.id;
  const known = { collection, ids: typeof rawId === 'string' ? [rawId, stem(file.path)] : [stem(file.path)] };
  if (parsed.data === undefined) return { issues, known, incomplete: [collection] };

  const result = schemaIssues(parsed, COLLECTIONS[collection]);
  if (result.data !== undefined) {
    const entry = {
      collection,
      file: file.path,
      data: result.data,
      bodyText: parsed.bodyText,
      locate: parsed.locate,
    } as CheckedEntry;
    return {
      issues: [...issues, ...result.issues, ...reviewDateIssues(entry, today)],
      entry,
      known: { collection, ids: known.ids.slice(0, 1) },
      incomplete: [],
    };
  }
  // An entry of another collection reports one clear problem instead of a field-by-field list.
  const home = COLLECTION_NAMES.find(
    (name) => name !== collection && COLLECTIONS[name].safeParse(parsed.data).success,
  );
  if (home) {
    const name = file.path.split('/').pop()!;
    const wrong = issueAt(
      'wrong-collection',
      start,
      `This is an entry of ${home} (its fields match content/${home}/), but it is in content/${collection}/.`,
      `Move it to content/${home}/${name}.`,
    );
    return {
      issues: [...issues, wrong],
      known: { ...known, collection: home },
      incomplete: [collection, home],
    };
  }
  const data = parsed.data;
  const unfinished =
    data !== null && typeof data === 'object' && !Array.isArray(data)
      ? { collection, file: file.path, data: data as Record<string, unknown>, locate: parsed.locate }
      : undefined;
  return {
    issues: [...issues, ...result.issues],
    known,
    incomplete: [collection],
    ...(unfinished ? { unfinished } : {}),
  };
}

function checkSettings(file: string, text: string): FileResult {
  const unreadable = textIssues(file, text);
  if (unreadable.length > 0) return { issues: unreadable, incomplete: [] };
  const parsed = parseYaml(file, text.replace(/^\uFEFF/, ''));
  const issues = [...parsed.issues, ...unprintableIssues(file, text)];
  if (parsed.data === undefined) return { issues, incomplete: [] };
  const result = schemaIssues({ ...parsed, body: undefined, bodyText: '' }, frameworkSchema);
  return {
    issues: [...issues, ...result.issues],
    incomplete: [],
    ...(result.data ? { settings: result.data } : {}),
  };
}

/** The collection a path is in, by its folder: `content/<collection>/...`. */
export function collectionOf(path: string): CollectionName | undefined {
  const parts = path.split('/');
  return parts.length > 2 ? COLLECTION_NAMES.find((name) => name === parts[1]) : undefined;
}

function stem(path: string): string {
  return path
    .split('/')
    .pop()!
    .replace(/\.[^.]+$/, '');
}
