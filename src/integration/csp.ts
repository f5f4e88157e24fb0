import { createHash } from 'node:crypto';

/**
 * The site's Content-Security-Policy, apart from the hashes of each page's inline scripts and
 * styles: everything from this site only, no plugins, no inline script except those hashes.
 * Pagefind's search runs WebAssembly ('wasm-unsafe-eval'); Starlight and Pagefind set a few
 * style="" attributes (icon sizes, hidden hints), which only style-src-attr allows.
 */
const DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "style-src-attr 'unsafe-inline'",
];

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;
const INLINE_STYLE = /<style[^>]*>([\s\S]*?)<\/style>/g;

/** The policy for one page: the fixed directives plus the hashes of its own inline code. */
export function policyFor(html: string): string {
  const hashes = (pattern: RegExp) => [
    ...new Set([...html.matchAll(pattern)].map((m) => `'${sha256(m[1]!)}'`)),
  ];
  return [
    ...DIRECTIVES,
    ["script-src 'self' 'wasm-unsafe-eval'", ...hashes(INLINE_SCRIPT)].join(' '),
    ["style-src 'self'", ...hashes(INLINE_STYLE)].join(' '),
  ].join('; ');
}

/** The page with its policy in a <meta> at the very start of <head>, before any script runs. */
export function withCsp(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(html)}">`;
  return html.replace(/<head>/, `<head>${meta}`);
}

function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
