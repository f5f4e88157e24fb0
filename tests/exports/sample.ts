import type { FrameworkInput } from '../../src/framework/index.ts';
import { sampleInput } from '../framework/sample.ts';

/**
 * The shared sample framework (tests/framework/sample.ts) with awkward text for the exports:
 * commas, quotes and line breaks in titles, a recommendation and a persona.
 */
export function exportSample(): FrameworkInput {
  const input = sampleInput([
    {
      id: 'basics',
      domain: 'second',
      tier: 'foundational',
      levels: { shapers: 'low', drivers: 'low', users: 'low' },
    },
    {
      id: 'procure',
      domain: 'second',
      tier: 'specialist',
      levels: { drivers: 'high', users: 'low' },
      title: 'Buy AI, "safely", with care',
    },
    {
      id: 'use',
      domain: 'first',
      tier: 'specialist',
      levels: { users: 'high' },
      title: 'Two\nlines, and "quotes"',
    },
  ]);
  const reviewed = { ...input.levels[0]!, body: '', file: 'content/x.mdx' };
  input.recommendations = [
    {
      id: 'teach-it',
      number: 1,
      title: 'Teach it',
      summary: 'Teach it well.',
      audience: ['education-providers'],
      asks: ['curriculum'],
      type: 'next-step',
      priority: true,
      archetypes: ['users'],
      competencies: ['use', 'basics'],
      basedOn: { report: ['title', 'summary'] },
      sources: reviewed.sources,
      lastReviewed: '2026-03-01',
      nextReviewDue: '2027-03-01',
      body: '',
      file: 'content/recommendations/teach-it.mdx',
    },
  ];
  input.personas = [
    {
      id: 'nurse',
      name: 'A nurse',
      archetypes: ['users'],
      role: 'Nurse',
      setting: 'A ward',
      responsibilities: ['Uses AI'],
      journey: [{ step: 'Course' }],
      sources: reviewed.sources,
      lastReviewed: reviewed.lastReviewed,
      nextReviewDue: reviewed.nextReviewDue,
      body: '',
      file: 'content/personas/nurse.mdx',
    },
  ];
  return input;
}
