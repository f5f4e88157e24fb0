import { describe, expect, it } from 'vitest';
import { legacyFramework } from '../../src/authoring/legacy-content.ts';
import { hoursUpTo } from '../../src/framework/index.ts';
import { checkContent, toFrameworkInput } from '../../src/validation/index.ts';
import { readContent } from '../../src/validation/read-content.ts';
import { fixture, TODAY } from '../helpers.ts';

const SOURCE = `sources:
  - title: A source
    url: https://example.org/
lastReviewed: 2026-01-15
nextReviewDue: 2027-01-15`;

/** A framework written for the model before edition 2026.2: one set of outcomes and hours, provenance labels. */
function legacyFiles() {
  const current = readContent(fixture('valid-levelled')).filter(
    (f) =>
      !f.path.startsWith('content/competencies/') &&
      !f.path.startsWith('content/levels/') &&
      !f.path.startsWith('content/archetypes/'),
  );
  const level = (id: string, rank: number) => ({
    path: `content/levels/${id}.mdx`,
    text: `---\nid: ${id}\nname: ${id}\nrank: ${rank}\ndescriptor: The ${id} level.\nprovenance: project\n${SOURCE}\n---\n\nBody.\n`,
  });
  const archetype = (id: string, order: number) => ({
    path: `content/archetypes/${id}.mdx`,
    text: `---\nid: ${id}\nname: ${id}\norder: ${order}\nsummary: S.\nexampleRoles: [R]\nresponsibilities: [R]\nprovenance: report\n${SOURCE}\n---\n\nBody.\n`,
  });
  return [
    ...current,
    level('awareness', 1),
    level('working-knowledge', 2),
    level('practitioner', 3),
    archetype('users', 1),
    archetype('drivers', 2),
    {
      path: 'content/competencies/what-ai-is.mdx',
      text: `---\nid: what-ai-is\ntitle: Explain what AI is\nkind: knowledge\ndomain: foundations\ntier: specialist\nlevels:\n  users: awareness\n  drivers: practitioner\noutcomes:\n  - Describe AI\n  - Name a tool\nhours: 3\nassessment: [Quiz]\nprovenance: project\n${SOURCE}\n---\n\nBody.\n`,
    },
    {
      path: 'content/competencies/reporting-incidents.mdx',
      text: `---\nid: reporting-incidents\ntitle: Report incidents\nkind: skill\ndomain: foundations\ntier: specialist\nlevels:\n  users: working-knowledge\noutcomes:\n  - Report it\n  - Record it\nhours: 1.5\nassessment: [Report]\nprovenance: project\n${SOURCE}\n---\n\nBody.\n`,
    },
  ];
}

describe('legacyFramework', () => {
  const current = toFrameworkInput(checkContent(readContent(fixture('valid-levelled')), TODAY))!.settings;

  it('reads content of the earlier model, which does not pass the check any more', () => {
    const files = legacyFiles();
    expect(toFrameworkInput(checkContent(files, TODAY))).toBeUndefined();
    const framework = legacyFramework(files, current)!;
    expect(framework.competencies.map((c) => c.id).sort()).toEqual(['reporting-incidents', 'what-ai-is']);
  });

  it('keeps every archetype at the hours the competency had, whatever its level', () => {
    const framework = legacyFramework(legacyFiles(), current)!;
    const what = framework.competencies.find((c) => c.id === 'what-ai-is')!;
    expect(what.requirements.map((r) => [r.archetype, hoursUpTo(what, r.level)])).toEqual([
      ['users', 3],
      ['drivers', 3],
    ]);
    expect(what.steps.map((s) => [s.level.id, s.outcomes])).toEqual([
      ['awareness', ['Describe AI', 'Name a tool']],
    ]);
  });

  it('gives up on content of neither model', () => {
    const broken = legacyFiles().map((f) =>
      f.path.endsWith('what-ai-is.mdx')
        ? { ...f, text: f.text!.replace('kind: knowledge', 'kind: opinion') }
        : f,
    );
    expect(legacyFramework(broken, current)).toBeUndefined();
  });
});
