import { describe, expect, it } from 'vitest';
import { medianPhases, phaseTimes, PHASES } from '../phases.ts';

const LINES = [
  [300, '18:53:38 [ai-confidence-framework] ✔ Checked 126 files: no problems found.'],
  [3000, '18:53:41 [content] Syncing content'],
  [4500, '18:53:41 [build] Collecting build info...'],
  [7000, ' generating static routes '],
  [11000, '18:53:47 [starlight:pagefind] Building search index with Pagefind...'],
  [12500, '18:53:49 [starlight:pagefind] Finished building search index in 1.52s.'],
].map(([ms, text]) => ({ ms: ms as number, text: text as string }));

describe('phaseTimes', () => {
  it('splits a build at the lines Astro prints as each phase starts, the last ending with the run', () => {
    expect(phaseTimes(LINES, 13_800)).toEqual([3000, 1500, 2500, 4000, 1500, 1300]);
  });

  it('leaves a phase out when its line never came', () => {
    const times = phaseTimes(
      LINES.filter((l) => !l.text.includes('Pagefind')),
      13_800,
    );
    expect(times[3]).toBeUndefined();
    expect(times[0]).toBe(3000);
  });

  it('has a median per phase over several runs', () => {
    expect(
      medianPhases([
        [1, 2, 3, 4, 5, 6],
        [3, 2, 1, 4, 5, undefined],
        [2, 2, 2, 4, 5, 8],
      ]),
    ).toEqual([2, 2, 2, 4, 5, 7]);
    expect(PHASES).toHaveLength(6);
  });
});
