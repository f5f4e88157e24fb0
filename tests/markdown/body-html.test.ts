import { describe, expect, it } from 'vitest';
import { bodyHtml } from '../../src/markdown/body-html.ts';

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

  it('gives each offset its own headings when the same body is asked for again', () => {
    const body = '## Part\n\nText.';
    expect(bodyHtml(body, 1)).toBe('<h3>Part</h3>\n<p>Text.</p>');
    expect(bodyHtml(body, 2)).toBe('<h4>Part</h4>\n<p>Text.</p>');
    expect(bodyHtml(body, 1)).toBe('<h3>Part</h3>\n<p>Text.</p>');
  });
});
