import type { z } from 'zod';
import type { FrameworkSettings } from '../../schemas/framework.ts';
import type { COLLECTIONS, CollectionName } from '../../schemas/index.ts';
import type { Issue } from '../issue.ts';
import type { ParsedEntry } from '../parse-entry.ts';

/** An entry whose frontmatter passed its schema. */
export interface CheckedEntry<C extends CollectionName = CollectionName> {
  collection: C;
  file: string;
  data: z.output<(typeof COLLECTIONS)[C]>;
  bodyText: string;
  locate: ParsedEntry['locate'];
}

/**
 * An entry whose frontmatter did not pass its schema but could be read: its references are
 * still checked, so that an author sees every problem in one run, not field problems first
 * and reference problems after fixing them.
 */
export interface UnfinishedEntry {
  collection: CollectionName;
  file: string;
  /** The frontmatter as read, unchecked: rules must test each value's type. */
  data: Record<string, unknown>;
  locate: ParsedEntry['locate'];
}

/** Everything a cross-entry rule may look at. */
export interface RuleContext {
  entries: { [C in CollectionName]: CheckedEntry<C>[] };
  /** Entries that failed their schema but could be read (see UnfinishedEntry). */
  unfinished: UnfinishedEntry[];
  /** Places (`file:line:column`) that already have a problem, so a rule does not report another there. */
  reported: Set<string>;
  /** Ids of every entry that exists, valid or not, so one broken file does not cascade. */
  knownIds: Record<CollectionName, Set<string>>;
  /** Collections in which some file failed to read or to pass its schema; rules that count entries skip them. */
  incomplete: Set<CollectionName>;
  settings: FrameworkSettings | undefined;
}

export type Rule = (context: RuleContext) => Issue[];
