import { describe, expect, it } from 'vitest';
import { scaleMarkdown } from '../../src/bench/scale/scale-report.ts';
import { REPORT } from './scale-fixtures.ts';

describe('scaleMarkdown', () => {
  const markdown = scaleMarkdown(REPORT);

  it('describes the machine, the code and the budget', () => {
    expect(markdown).toContain('Test CPU, 2 cores, 16.0 GiB memory, linux x64; Node v24.0.0');
    expect(markdown).toContain('commit `0123456789ab` (commit)');
    expect(markdown).toContain('in 500.0 s (budget 540.0 s)');
  });

  it('has one column per size and says which figures are estimates', () => {
    expect(markdown).toContain('|  | 1x | 10x | 100x |');
    expect(markdown).toContain('| Full build (`npm run build`) | 20.0 s (CPU 20.0 s; 2 runs) | ≈ 75.0 s |');
    expect(markdown).toContain(
      '| Our build / bare Starlight: full, without PDFs | 2.0x, 1.0x | 3.8x (estimate), 2.5x |',
    );
    expect(markdown).toContain(
      'largest (690 competencies) alone 2.50 s (CPU 2.50 s); all 31 one after another ≈ 25.0 s',
    );
    expect(markdown).toContain(
      '| Syllabus PDFs | add 10.0 s to the build (24 compiled beside Astro, 7 by the pages); largest (69 competencies) alone 1.00 s',
    );
    expect(markdown).toContain('| Build without PDFs | 10.0 s (CPU 10.0 s; 2 runs) |');
    // The 1x builds made the PDFs (the largest was also compiled alone); the others left them out.
    expect(markdown).toContain(
      '| PDF files | 31, 1.0 MiB (largest 64 KiB) | left out; the largest alone 10.0 MiB |',
    );
  });

  it('flags growth over the target and missed targets', () => {
    expect(markdown).toContain('| Build without PDFs | 5.0x | 14.0x |');
    expect(markdown).toMatch(/\| Build without PDFs: 100x \/ 10x ≤ 12 \| 14\.0x \| \*\*no\*\* \|/);
  });

  it('names uncommitted changes when it measured a working tree', () => {
    const dirty = scaleMarkdown({
      ...REPORT,
      code: { commit: 'abc', source: 'working tree', uncommitted: ['src/pdf/template.ts'] },
    });
    expect(dirty).toContain('(working tree plus uncommitted changes to src/pdf/template.ts)');
  });
});
