import { describe, expect, it } from 'vitest';
import { bodyHtml } from '../../src/components/syllabus/body-html.ts';

describe('bodyHtml', () => {
  it('moves headings down so a guide body fits under the syllabus heading that includes it', () => {
    expect(bodyHtml('## Part\n\nText with [a link](/x/).', 2)).toBe(
      '<h4>Part</h4>\n<p>Text with <a href="/x/">a link</a>.</p>',
    );
  });

  it('leaves out MDX imports and expressions and escapes text', () => {
    const html = bodyHtml('import X from "./x.js"\n\nA {1 + 1} \\<b\\> & c', 0);
    expect(html).toBe('<p>A  &#x3C;b> &#x26; c</p>');
  });
});
