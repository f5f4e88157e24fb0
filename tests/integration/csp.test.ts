import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { policyFor, withCsp } from '../../src/integration/csp.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const PAGE =
  '<!DOCTYPE html><html><head><meta charset="utf-8"/><script>inline()</script><script type="module" src="/a.js"></script><style>p{}</style></head><body></body></html>';

describe('Content-Security-Policy', () => {
  it('allows scripts from the site and exactly the inline scripts and styles of the page', () => {
    const policy = policyFor(PAGE);
    expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' ${hash('inline()')}`);
    expect(policy).toContain(`style-src 'self' ${hash('p{}')}`);
    expect(policy).not.toContain("'unsafe-inline' ");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("default-src 'self'");
  });

  it('puts the policy first in <head>, before any script', () => {
    const html = withCsp(PAGE);
    expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(html.indexOf('<script'));
    expect(html.indexOf('<head><meta http-equiv="Content-Security-Policy"')).toBeGreaterThan(0);
  });
});
