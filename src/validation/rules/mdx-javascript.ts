import type { Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import { issueAt } from '../issue.ts';
import type { Issue } from '../issue.ts';
import type { ParsedEntry } from '../parse-entry.ts';
import { nodePlace } from './node-place.ts';

/**
 * JavaScript in a body: `import` and `export` lines, `{...}` expressions, and expressions in
 * element attributes. MDX runs them on the machine that builds the site (a pull request's
 * build included), so content must hold none; it is text, and the site adds the rest.
 */
export function javascriptIn(entry: Pick<ParsedEntry, 'file' | 'body'>): Issue[] {
  const issues: Issue[] = [];
  const at = (node: Nodes) => nodePlace(entry.file, node);
  visit(entry.body!, (node: Nodes) => {
    if (node.type === 'mdxjsEsm') {
      issues.push(
        issueAt('mdx-javascript', at(node), 'An import or export line is JavaScript, not content.'),
      );
    } else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      issues.push(issueAt('mdx-javascript', at(node), 'A {…} expression is JavaScript, not content.'));
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const scripted = node.attributes.some(
        (attribute) => attribute.type === 'mdxJsxExpressionAttribute' || typeof attribute.value === 'object',
      );
      if (scripted) {
        issues.push(
          issueAt(
            'mdx-javascript',
            at(node),
            `The <${node.name ?? ''}> element has a {…} JavaScript attribute.`,
          ),
        );
      }
    }
  });
  return issues;
}
