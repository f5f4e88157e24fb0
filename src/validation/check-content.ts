import { byCodePoint } from '../framework/order.ts';
import { COLLECTION_NAMES, type CollectionName } from '../schemas/index.ts';
import type { FrameworkSettings } from '../schemas/framework.ts';
import { issueAt } from './issue.ts';
import { checkFile, type FileResult } from './check-file.ts';
import { FRAMEWORK_FILE, type ContentFile } from './content-file.ts';
import { fileIssue } from './file-issues.ts';
import type { Issue } from './issue.ts';
import { RULES, type CheckedEntry, type RuleContext, type UnfinishedEntry } from './rules/index.ts';

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
  return combineResults(
    files,
    files.map((file) => checkFile(file, today)),
  );
}

/**
 * The report from each file's own check (`results[i]` is `checkFile(files[i], today)`, made here or
 * on another thread; see check-in-parallel.ts) and the cross-entry rules run on all of them.
 */
export function combineResults(files: readonly ContentFile[], results: readonly FileResult[]): Report {
  const entries = Object.fromEntries(
    COLLECTION_NAMES.map((name) => [name, []]),
  ) as unknown as RuleContext['entries'];
  const missing = files.find((file) => file.problem === 'missing');
  if (missing || files.length === 0) {
    const issue = missing
      ? fileIssue(missing)
      : issueAt('content-missing', { file: 'content/', line: 1, column: 1 }, 'The content/ folder is empty.');
    return { issues: [issue], fileCount: 0, entries, settings: undefined };
  }

  const issues: Issue[] = [];
  const knownIds = Object.fromEntries(
    COLLECTION_NAMES.map((name) => [name, new Set<string>()]),
  ) as RuleContext['knownIds'];
  const incomplete = new Set<CollectionName>();
  const unfinished: UnfinishedEntry[] = [];
  let settings: FrameworkSettings | undefined;
  for (const result of results) {
    issues.push(...result.issues);
    for (const id of result.known?.ids ?? []) knownIds[result.known!.collection].add(id);
    for (const name of result.incomplete) incomplete.add(name);
    if (result.entry) (entries[result.entry.collection] as CheckedEntry[]).push(result.entry);
    if (result.unfinished) unfinished.push(result.unfinished);
    settings ??= result.settings;
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
  const reported = new Set(issues.map((issue) => `${issue.file}:${issue.line}:${issue.column}`));
  const context: RuleContext = { entries, unfinished, reported, knownIds, incomplete, settings };
  for (const rule of RULES) issues.push(...rule(context));
  return {
    issues: sortIssues(withoutPlaceholderEchoes(issues)),
    fileCount: files.length,
    entries,
    settings,
  };
}

/**
 * A line that still holds `npm run new`'s TODO placeholder gets that one problem: the value is
 * not written yet, so "must be a number" or "no such domain" about the same line would only
 * repeat it. Once the author writes the value, any real problem with it is reported.
 */
function withoutPlaceholderEchoes(issues: Issue[]): Issue[] {
  const placeholders = new Set(
    issues.filter((issue) => issue.code === 'placeholder-text').map((issue) => `${issue.file}:${issue.line}`),
  );
  return issues.filter(
    (issue) => issue.code === 'placeholder-text' || !placeholders.has(`${issue.file}:${issue.line}`),
  );
}

function sortIssues(issues: Issue[]): Issue[] {
  return [...issues].sort(
    (a, b) =>
      byCodePoint(a.file, b.file) || a.line - b.line || a.column - b.column || byCodePoint(a.code, b.code),
  );
}
