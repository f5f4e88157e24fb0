import { describe, expect, it } from 'vitest';
import { scaleMarkdown } from '../scale-report.ts';
import { REPORT } from './scale-fixtures.ts';

describe('scaleMarkdown', () => {
  const markdown = scaleMarkdown(REPORT);

  it('describes the machine and the code', () => {
    expect(markdown).toContain('Test CPU, 2 cores, 16.0 GiB memory, linux x64; Node v24.0.0');
    expect(markdown).toContain('commit `0123456789ab` (commit)');
    expect(markdown).toContain('in 500.0 s.');
  });

  it('has one column per size, with the ratios to bare Starlight', () => {
    expect(markdown).toContain('|  | 1x | 10x | 100x |');
    expect(markdown).toContain(
      '| Full build (`npm run build`), from clean caches | 24.0 s (CPU 24.0 s; 2 runs) | 120.0 s (CPU 120.0 s; 2 runs) | not run |',
    );
    expect(markdown).toContain(
      '| Ours / bare Starlight: without compiling PDFs, full | 1.20x, 2.40x | 2.00x, 4.00x |  |',
    );
    expect(markdown).toContain(
      '| Rebuild after one competency changed | 6.00 s; 20 PDFs compiled (32 list `developing-ai-models`) |',
    );
  });

  it('shows each phase of ours beside bare Starlight, and what ours adds', () => {
    expect(markdown).toContain(
      '| Phase of `astro build` | 1x ours | 1x bare | 1x ours − bare | 10x ours | 10x bare | 10x ours − bare |',
    );
    expect(markdown).toMatch(
      /\| Pagefind search index \| 2\.00 s \| 1\.67 s \| 0\.33 s \| 10\.0 s \| 5\.00 s \| 5\.00 s \|/,
    );
    expect(markdown).toContain(
      '| Whole build (median) | 12.0 s | 10.0 s | 2.00 s | 60.0 s | 30.0 s | 30.0 s |',
    );
  });

  it('flags missed targets', () => {
    expect(markdown).toMatch(
      /\| 10x: build without compiling PDFs within 1\.5x of bare Starlight \| 2\.00x \| \*\*no\*\* \|/,
    );
  });

  it('names uncommitted changes when it measured a working tree', () => {
    const dirty = scaleMarkdown({
      ...REPORT,
      code: { commit: 'abc', source: 'working tree', uncommitted: ['src/pdf/template.ts'] },
    });
    expect(dirty).toContain('(working tree plus uncommitted changes to src/pdf/template.ts)');
  });
});
