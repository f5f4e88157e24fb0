import type { Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import { issueAt } from '../issue.ts';
import type { Issue } from '../issue.ts';
import type { ParsedEntry } from '../parse-entry.ts';
import { nodePlace } from './node-place.ts';

/** Elements that run code or embed other documents. */
const UNSAFE_ELEMENTS = new Set([
  'script',
  'iframe',
  'object',
  'embed',
  'frame',
  'frameset',
  'applet',
  'base',
  'meta',
  'link',
  'style',
  'form',
]);
const SCRIPT_URL = /^\s*(?:javascript|vbscript|data\s*:\s*text\/html)\s*:?/i;

/** Unsafe HTML in one entry's body: scripts, embeds, inline event handlers or javascript: links. */
export function unsafeHtmlIn(entry: Pick<ParsedEntry, 'file' | 'body'>): Issue[] {
  const issues: Issue[] = [];
  const at = (node: Nodes) => nodePlace(entry.file, node);
  visit(entry.body!, (node: Nodes) => {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const name = (node.name ?? '').toLowerCase();
      if (UNSAFE_ELEMENTS.has(name)) {
        issues.push(issueAt('unsafe-html', at(node), `A <${name}> element is not allowed in content.`));
      }
      for (const attribute of node.attributes) {
        if (attribute.type !== 'mdxJsxAttribute') continue;
        if (/^on/i.test(attribute.name)) {
          issues.push(
            issueAt(
              'unsafe-html',
              at(node),
              `The event handler attribute \`${attribute.name}\` is not allowed.`,
            ),
          );
        } else if (typeof attribute.value === 'string' && SCRIPT_URL.test(attribute.value)) {
          issues.push(
            issueAt('unsafe-html', at(node), `The \`${attribute.name}\` attribute holds a script URL.`),
          );
        }
      }
    } else if (
      (node.type === 'link' || node.type === 'image' || node.type === 'definition') &&
      SCRIPT_URL.test(node.url)
    ) {
      issues.push(issueAt('unsafe-html', at(node), `The link target "${node.url}" runs a script.`));
    } else if (node.type === 'html') {
      issues.push(issueAt('unsafe-html', at(node), 'Raw HTML is not allowed in content.'));
    }
  });
  return issues;
}
