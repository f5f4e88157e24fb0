import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from '../schemas/index.ts';
import { frameworkSchema, type FrameworkSettings } from '../schemas/framework.ts';
import { issueAt } from './catalogue.ts';
import { FRAMEWORK_FILE, type ContentFile } from './content-file.ts';
import type { Issue } from './issue.ts';
import { parseEntry, parseYaml } from './parse-entry.ts';
import { RULES, type CheckedEntry, type RuleContext } from './rules/index.ts';
import { placeholderIssues } from './rules/placeholders.ts';
import { unsafeHtmlIn } from './rules/unsafe-html.ts';
import { schemaIssues } from './schema-issues.ts';

/** The outcome of checking all content: every issue, sorted by file and line. */
export interface Report {
  issues: Issue[];
  /** How many files were checked. */
  fileCount: number;
  /** Valid entries per collection, for statistics. */
  entries: RuleContext['entries'];
  settings: FrameworkSettings | undefined;
}

/**
 * Checks every content file against its collection's schema and the cross-entry rules.
 * Pure: the caller reads the files (see read-content.ts) and passes today's date.
 */
export function checkContent(files: readonly ContentFile[], today: string): Report {
  const issues: Issue[] = [];
  const entries = Object.fromEntries(
    COLLECTION_NAMES.map((name) => [name, []]),
  ) as unknown as RuleContext['entries'];
  const knownIds = Object.fromEntries(
    COLLECTION_NAMES.map((name) => [name, new Set<string>()]),
  ) as RuleContext['knownIds'];
  const incomplete = new Set<CollectionName>();
  let settings: FrameworkSettings | undefined;

  for (const file of files) {
    const start = { file: file.path, line: 1, column: 1 };
    if (file.text === undefined) {
      const folder = collectionOf(file.path);
      if (folder) incomplete.add(folder);
      const code = file.problem === 'encoding' ? 'file-encoding' : 'file-unreadable';
      issues.push(
        issueAt(
          code,
          start,
          code === 'file-encoding' ? 'The file is not UTF-8 text.' : 'The file cannot be read.',
        ),
      );
      continue;
    }
    if (file.path === FRAMEWORK_FILE) {
      const parsed = parseYaml(file.path, file.text.replace(/^\uFEFF/, ''));
      issues.push(...parsed.issues);
      if (parsed.data !== undefined) {
        const result = schemaIssues({ ...parsed, body: undefined, bodyText: '' }, frameworkSchema);
        issues.push(...result.issues);
        settings = result.data;
      }
      continue;
    }
    const collection = collectionOf(file.path);
    if (!collection) {
      issues.push(
        issueAt(
          'unknown-collection',
          start,
          `"${file.path}" is not inside a content collection folder.`,
          `Move it into one of: ${COLLECTION_NAMES.map((c) => `content/${c}/`).join(', ')}; or delete it.`,
        ),
      );
      continue;
    }
    if (!file.path.endsWith('.mdx')) {
      issues.push(
        issueAt('wrong-extension', start, `"${file.path}" is not an .mdx file, so the site would ignore it.`),
      );
      continue;
    }
    const parsed = parseEntry(file.path, file.text);
    issues.push(...parsed.issues, ...placeholderIssues(file.path, file.text));
    if (parsed.body) issues.push(...unsafeHtmlIn({ file: file.path, body: parsed.body }));
    const rawId = (parsed.data as { id?: unknown } | undefined)?.id;
    knownIds[collection].add(typeof rawId === 'string' ? rawId : stem(file.path));
    if (parsed.data === undefined) {
      incomplete.add(collection);
      continue;
    }
    const result = schemaIssues(parsed, COLLECTIONS[collection]);
    issues.push(...result.issues);
    if (result.data !== undefined) {
      const entry = {
        collection,
        file: file.path,
        data: result.data,
        body: parsed.body,
        bodyText: parsed.bodyText,
        locate: parsed.locate,
      };
      (entries[collection] as CheckedEntry[]).push(entry as CheckedEntry);
    } else {
      incomplete.add(collection);
    }
  }
  if (!files.some((file) => file.path === FRAMEWORK_FILE)) {
    issues.push(
      issueAt(
        'missing-field',
        { file: FRAMEWORK_FILE, line: 1, column: 1 },
        `${FRAMEWORK_FILE} is missing.`,
        'Create it with title, edition, published, publisher and licence.',
      ),
    );
  }
  const context: RuleContext = { entries, knownIds, incomplete, settings, today };
  for (const rule of RULES) issues.push(...rule(context));
  return {
    issues: sortIssues(issues),
    fileCount: files.length,
    entries,
    settings,
  };
}

function collectionOf(path: string): CollectionName | undefined {
  const folder = path.split('/')[1];
  return COLLECTION_NAMES.find((name) => name === folder && path.split('/').length > 2);
}

function stem(path: string): string {
  return path
    .split('/')
    .pop()!
    .replace(/\.[^.]+$/, '');
}

function sortIssues(issues: Issue[]): Issue[] {
  return [...issues].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code),
  );
}
