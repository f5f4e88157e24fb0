import { describe, expect, it } from 'vitest';
import { diffFrameworks, unchanged } from '../../src/authoring/framework-diff.ts';
import { diffFailureMarkdown, diffMarkdown, DIFF_MARKER } from '../../src/authoring/diff-markdown.ts';
import { buildFramework } from '../../src/framework/index.ts';
import { exportSample } from '../exports/sample.ts';

const before = buildFramework(exportSample());

function edited(change: (input: ReturnType<typeof exportSample>) => void) {
  const input = exportSample();
  change(input);
  return buildFramework(input);
}

describe('diffFrameworks', () => {
  it('finds nothing between a framework and itself', () => {
    const diff = diffFrameworks(before, buildFramework(exportSample()));
    expect(diff.archetypes.every(unchanged)).toBe(true);
    expect(diff.recommendations).toEqual([]);
  });

  it('reports an added competency under each archetype that needs it, with its level', () => {
    const after = edited((input) => {
      input.competencies.push({
        ...input.competencies[1]!,
        id: 'fresh',
        title: 'Fresh',
        levels: { users: 'high' },
      });
    });
    const diff = diffFrameworks(before, after);
    const users = diff.archetypes.find((a) => a.id === 'users')!;
    expect(users.added).toEqual([{ id: 'fresh', title: 'Fresh', level: 'High' }]);
    expect(diff.archetypes.filter((a) => a.added.length > 0).map((a) => a.id)).toEqual(['users']);
    expect(diff.competencyCount).toEqual({ before: 3, after: 4 });
  });

  it('reports a competency an archetype no longer needs as removed, and a new level as re-levelled', () => {
    const after = edited((input) => {
      input.competencies.find((c) => c.id === 'procure')!.levels = { drivers: 'low' };
    });
    const diff = diffFrameworks(before, after);
    const drivers = diff.archetypes.find((a) => a.id === 'drivers')!;
    const users = diff.archetypes.find((a) => a.id === 'users')!;
    expect(drivers.relevelled).toEqual([
      { id: 'procure', title: 'Buy AI, "safely", with care', from: 'High', to: 'Low' },
    ]);
    expect(users.removed).toEqual([{ id: 'procure', title: 'Buy AI, "safely", with care', level: 'Low' }]);
  });

  it('reports competencies merged into another as merged, not removed', () => {
    const after = edited((input) => {
      const basics = input.competencies.find((c) => c.id === 'basics')!;
      input.competencies = input.competencies.filter((c) => c.id !== 'use');
      basics.replaces = ['use'];
    });
    const users = diffFrameworks(before, after).archetypes.find((a) => a.id === 'users')!;
    expect(users.merged).toEqual([
      {
        id: 'use',
        title: 'Two\nlines, and "quotes"',
        level: 'High',
        into: { id: 'basics', title: 'basics' },
      },
    ]);
    expect(users.removed).toEqual([]);
  });

  it('separates rewording (title, outcomes, text) from other changes (hours to the level needed, domain)', () => {
    const after = edited((input) => {
      const use = input.competencies.find((c) => c.id === 'use')!;
      use.title = 'Use it well';
      use.progression['high']!.outcomes = ['One', 'Three'];
      use.progression['low']!.hours = 2;
    });
    const users = diffFrameworks(before, after).archetypes.find((a) => a.id === 'users')!;
    expect(users.reworded).toEqual([
      {
        id: 'use',
        title: 'Use it well',
        fields: ['title', 'outcomes'],
        oldTitle: 'Two\nlines, and "quotes"',
      },
    ]);
    expect(users.changed).toEqual([
      { id: 'use', title: 'Use it well', fields: [{ field: 'hours', from: '3', to: '4' }] },
    ]);
  });

  it('reports recommendations added, removed and changed', () => {
    const after = edited((input) => {
      input.recommendations[0]!.summary = 'Teach it better.';
      input.recommendations.push({
        ...input.recommendations[0]!,
        id: 'new-one',
        number: 2,
        title: 'New one',
      });
    });
    expect(diffFrameworks(before, after).recommendations).toEqual([
      { change: 'changed', id: 'teach-it', number: 1, title: 'Teach it', fields: ['summary'] },
      { change: 'added', id: 'new-one', number: 2, title: 'New one', fields: [] },
    ]);
    expect(diffFrameworks(after, before).recommendations.at(-1)).toMatchObject({
      change: 'removed',
      id: 'new-one',
    });
  });

  it('treats everything as added when there was no framework before', () => {
    const diff = diffFrameworks(undefined, before);
    expect(diff.edition.before).toBeUndefined();
    expect(diff.archetypes.find((a) => a.id === 'users')!.added).toHaveLength(3);
  });

  it('lists files that still hold TODO placeholders', () => {
    const after = edited((input) => {
      input.competencies[0]!.title = 'TODO: write me';
      input.competencies[0]!.file = 'content/competencies/basics.mdx';
    });
    expect(diffFrameworks(before, after).placeholders).toEqual(['content/competencies/basics.mdx']);
  });
});

describe('diffMarkdown', () => {
  it('renders a pull-request comment, escaping text from content', () => {
    const after = edited((input) => {
      input.competencies.push({
        ...input.competencies[1]!,
        id: 'fresh',
        title: 'Use *AI* | <b>well</b>',
        levels: { users: 'high', drivers: 'low' },
      });
      input.competencies.find((c) => c.id === 'procure')!.levels = { drivers: 'low', users: 'low' };
      input.recommendations[0]!.title = 'Teach it now';
    });
    expect(diffMarkdown(diffFrameworks(before, after), 'main')).toMatchSnapshot();
  });

  it('says so when nothing changed, and starts with the marker the workflow looks for', () => {
    const text = diffMarkdown(diffFrameworks(before, before), 'origin/main');
    expect(text.startsWith('## Framework changes since')).toBe(true);
    expect(text.endsWith(`${DIFF_MARKER}\n`)).toBe(true);
    expect(text).toContain('No competency, level or recommendation changed');
  });
});

describe('diffFailureMarkdown', () => {
  it('explains, in the comment itself, which side fails the checks and where', () => {
    const text = diffFailureMarkdown('main', 'at main', [
      { file: 'content/levels/x.mdx', line: 3, message: 'Something is *wrong*', code: 'invalid-value' },
    ]);
    expect(text.startsWith('## Framework changes since')).toBe(true);
    expect(text.endsWith(`${DIFF_MARKER}\n`)).toBe(true);
    expect(text).toContain('The content at main does not pass `npm run check` (1 error)');
    expect(text).toContain('- `content/levels/x.mdx:3` Something is \\*wrong\\* (`invalid-value`)');
  });
});
