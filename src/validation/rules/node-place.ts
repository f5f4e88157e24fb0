import type { Nodes } from 'mdast';
import type { Place } from '../issue.ts';

/** Where a node of a body's syntax tree starts in its file (line 1, column 1 if unknown). */
export function nodePlace(file: string, node: Nodes): Place {
  return { file, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}
