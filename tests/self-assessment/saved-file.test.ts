import { describe, expect, it } from 'vitest';
import { buildFramework } from '../../src/framework/index.ts';
import { assessmentData, iCan, readSaved, saveText } from '../../src/self-assessment/index.ts';
import { sampleInput } from '../framework/sample.ts';

const data = assessmentData(
  buildFramework(
    sampleInput([
      {
        id: 'basics',
        domain: 'first',
        tier: 'foundational',
        levels: { users: 'high', drivers: 'high', shapers: 'low' },
      },
      {
        id: 'data-use',
        domain: 'second',
        tier: 'specialist',
        levels: { users: 'high' },
        replaces: ['old-data'],
      },
    ]),
  ),
);

describe('readSaved', () => {
  it('reads back what saveText wrote', () => {
    const text = saveText('1', ['drivers', 'users'], { basics: 'low', 'data-use': 'not-yet' });
    expect(readSaved(data, text)).toEqual({
      ok: true,
      edition: '1',
      archetypes: ['drivers', 'users'],
      answers: { basics: 'low', 'data-use': 'not-yet' },
      carriedOver: [],
      noLongerUsed: [],
    });
  });

  it('brings answers from an earlier edition to this one', () => {
    const result = readSaved(data, saveText('0.9', ['users'], { 'old-data': 'high', gone: 'low' }));
    expect(result).toMatchObject({
      ok: true,
      edition: '0.9',
      answers: { 'data-use': 'high' },
      carriedOver: [{ from: 'old-data', to: 'data-use' }],
      noLongerUsed: [{ id: 'gone', level: 'low' }],
    });
  });

  it('drops unknown archetypes and puts the rest in framework order', () => {
    const text = JSON.stringify({
      ...JSON.parse(saveText('1', [], {})),
      archetypes: ['users', 'wizards', 'shapers'],
    });
    expect(readSaved(data, text)).toMatchObject({ ok: true, archetypes: ['shapers', 'users'] });
  });

  it.each([
    ['text that is not JSON', 'hello', /not a JSON file/],
    ['JSON of another kind', '{"answers": {}}', /not a saved self-assessment from this site/],
    ['a list', '[1, 2]', /not a saved self-assessment from this site/],
    [
      'another format version',
      '{"kind": "ai-confidence-self-assessment", "version": 2}',
      /format this page does not know/,
    ],
    [
      'answers that are not text',
      '{"kind": "ai-confidence-self-assessment", "version": 1, "edition": "1", "archetypes": [], "answers": {"basics": 2}}',
      /damaged/,
    ],
    ['a very large file', `"${'x'.repeat(1024 * 1024)}"`, /too large/],
  ])('refuses %s with a message, changing nothing', (_, text, message) => {
    const result = readSaved(data, text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(message);
      expect(result.message).toMatch(/Nothing was changed\.$/);
    }
  });
});

describe('iCan', () => {
  it('turns an outcome into the learner’s own statement', () => {
    expect(iCan('Explain how a model learns')).toBe('I can explain how a model learns');
    expect(iCan('Name whom to ask for help when you are unsure in your field')).toBe(
      'I can name whom to ask for help when I am unsure in my field',
    );
    expect(iCan('Fill a gap you have found in your own knowledge')).toBe(
      'I can fill a gap I have found in my own knowledge',
    );
    expect(iCan('Justify why you accepted an output')).toBe('I can justify why I accepted an output');
    expect(iCan('DTAC: check it')).toBe('I can DTAC: check it');
  });
});
