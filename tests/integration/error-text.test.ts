import { describe, expect, it } from 'vitest';
import { errorText } from '../../src/integration/error-text.ts';

describe('errorText', () => {
  it('drops stack frames and repeated lines from a tool error', () => {
    const error = new Error(
      'Build failed with 2 errors:\n[plugin astro:build]\nError: No cached metadata for "x.astro"\n    at LoadPluginContextImpl.handler (file:///a.js:109:19)\n    at plugin (file:///b.mjs:1790:30)\n[plugin astro:build]\nError: No cached metadata for "x.astro"',
    );
    expect(errorText(error)).toBe(
      'Build failed with 2 errors:\n[plugin astro:build]\nError: No cached metadata for "x.astro"',
    );
  });

  it('accepts things thrown that are not errors', () => {
    expect(errorText('plain text')).toBe('plain text');
  });
});
