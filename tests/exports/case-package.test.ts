import { describe, expect, it } from 'vitest';
import { buildFramework } from '../../src/framework/index.ts';
import { caseFiles, caseId, casePackage, CASE_NAMESPACE, type CFPackage } from '../../src/exports/index.ts';
import { exportSample } from './sample.ts';
import { parseSiteUrl } from '../../src/framework/site-address.ts';
import { NO_SITE } from '../helpers.ts';
import { fixtureFramework, readJson, SITE, validator } from './helpers.ts';

const packageSchema = validator().compile(readJson('case-v1p1-package.schema.json'));
const sample = casePackage(buildFramework(exportSample()), SITE);

function find(pkg: CFPackage, humanCode: string) {
  return pkg.CFItems.find((item) => item.humanCodingScheme === humanCode)!;
}

describe('casePackage', () => {
  it('validates against the CASE 1.1 package schema', () => {
    for (const pkg of [sample, casePackage(fixtureFramework(), SITE)]) {
      expect(packageSchema(JSON.parse(JSON.stringify(pkg))), JSON.stringify(packageSchema.errors)).toBe(true);
    }
  });

  it('the schema rejects a field CASE does not define, a bad UUID and an unknown association type', () => {
    const bad = structuredClone(sample) as any;
    bad.CFItems[0].colour = 'blue';
    bad.CFItems[1].identifier = 'NOT-A-UUID';
    bad.CFAssociations[0].associationType = 'isFriendOf';
    expect(packageSchema(bad)).toBe(false);
    const paths = packageSchema.errors!.map((e) => e.instancePath);
    expect(paths).toEqual(
      expect.arrayContaining(['/CFItems/0', '/CFItems/1/identifier', '/CFAssociations/0/associationType']),
    );
  });

  it('describes the framework edition in the CFDocument', () => {
    expect(sample.CFDocument).toMatchObject({
      caseVersion: '1.1',
      version: '1',
      title: 'Sample',
      creator: 'Tests',
      language: 'en',
      lastChangeDateTime: '2026-03-01T00:00:00+00:00',
    });
  });

  it('makes every uri absolute under the site URL, and every identifier a lowercase UUIDv5', () => {
    const text = JSON.stringify(sample);
    const uris = [...text.matchAll(/"uri":"([^"]+)"/g)].map((m) => m[1]!);
    expect(uris.length).toBeGreaterThan(20);
    // Rubric criteria and levels are served inside their rubric's file: their uris point into it.
    for (const uri of uris)
      expect(uri).toMatch(
        /^https:\/\/example\.org\/framework\/case\/v1p1\/CF\w+\/[0-9a-f-]{36}\.json(#[0-9a-f-]{36})?$/,
      );
    const ids = [...text.matchAll(/"identifier":"([^"]+)"/g)].map((m) => m[1]!);
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('builds the tree with isChildOf: origin = child, destination = parent, siblings numbered', () => {
    const childOf = (humanCode: string) =>
      sample.CFAssociations.find(
        (a) =>
          a.associationType === 'isChildOf' &&
          a.originNodeURI.identifier === find(sample, humanCode).identifier,
      )!;
    expect(childOf('procure').destinationNodeURI.identifier).toBe(find(sample, 'second').identifier);
    expect(childOf('first-sub').destinationNodeURI.identifier).toBe(find(sample, 'first').identifier);
    expect(childOf('first').destinationNodeURI.identifier).toBe(sample.CFDocument.identifier);
    expect([childOf('first').sequenceNumber, childOf('second').sequenceNumber]).toEqual([1, 2]);
    const tree = sample.CFAssociations.filter((a) => a.associationType === 'isChildOf');
    expect(tree).toHaveLength(sample.CFItems.length);
  });

  it("groups each archetype's pathway: hasSkillLevel from competency to level, in a grouping", () => {
    const users = sample.CFDefinitions.CFAssociationGroupings.find((g) => g.title === 'Users pathway')!;
    const pathway = sample.CFAssociations.filter(
      (a) => a.CFAssociationGroupingURI?.identifier === users.identifier,
    );
    expect(pathway.every((a) => a.associationType === 'hasSkillLevel')).toBe(true);
    expect(pathway.map((a) => [a.originNodeURI.title, a.destinationNodeURI.title, a.sequenceNumber])).toEqual(
      [
        ['Two\nlines, and "quotes"', 'High', 1],
        ['basics', 'Low', 2],
        ['Buy AI, "safely", with care', 'Low', 3],
      ],
    );
    expect(sample.CFDefinitions.CFAssociationGroupings).toHaveLength(3);
  });

  it('links recommendations with isRelatedTo to the archetypes and competencies they concern', () => {
    const recommendation = find(sample, 'teach-it');
    expect(recommendation.CFItemType).toBe('Recommendation');
    const targets = sample.CFAssociations.filter(
      (a) => a.associationType === 'isRelatedTo' && a.originNodeURI.identifier === recommendation.identifier,
    ).map((a) => a.destinationNodeURI.title);
    expect(targets).toEqual(['Users', 'Two\nlines, and "quotes"', 'basics']);
  });

  it('types items with CFItemTypes defined in the package', () => {
    const types = new Set(sample.CFDefinitions.CFItemTypes.map((t) => t.identifier));
    for (const item of sample.CFItems) expect(types.has(item.CFItemTypeURI.identifier)).toBe(true);
    expect(find(sample, 'procure').CFItemType).toBe('Knowledge');
  });

  it('gives every association end an item or the document that is in the package', () => {
    const nodes = new Set([sample.CFDocument.identifier, ...sample.CFItems.map((i) => i.identifier)]);
    for (const a of sample.CFAssociations) {
      expect(nodes.has(a.originNodeURI.identifier)).toBe(true);
      expect(nodes.has(a.destinationNodeURI.identifier)).toBe(true);
    }
  });

  it('has no two objects with the same identifier', () => {
    const ids = [
      sample.CFDocument.identifier,
      ...sample.CFItems,
      ...sample.CFAssociations,
      ...sample.CFDefinitions.CFItemTypes,
      ...sample.CFDefinitions.CFAssociationGroupings,
      ...sample.CFDefinitions.CFLicenses,
    ].map((o) => (typeof o === 'string' ? o : o.identifier));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('CASE identifiers', () => {
  it('are the same on every build', () => {
    const again = casePackage(buildFramework(exportSample()), SITE);
    expect(JSON.stringify(again)).toBe(JSON.stringify(sample));
  });

  it('do not change when an entry is reworded, and do not depend on the site URL', () => {
    const input = exportSample();
    input.competencies.find((c) => c.id === 'procure')!.title = 'A new title';
    const edited = casePackage(buildFramework(input), parseSiteUrl('https://elsewhere.example/'));
    expect(find(edited, 'procure').identifier).toBe(find(sample, 'procure').identifier);
    expect(find(edited, 'procure').fullStatement).toBe('A new title');
    const ids = (pkg: CFPackage) => pkg.CFAssociations.map((a) => a.identifier).sort();
    expect(ids(edited)).toEqual(ids(sample));
  });

  it('derive from the fixed project namespace and the entry id', () => {
    expect(find(sample, 'procure').identifier).toBe(caseId('competency/procure'));
    expect(CASE_NAMESPACE).toBe('d65f6c14-1508-4bf8-af18-97e040161150');
  });
});

describe('CFRubrics', () => {
  it('holds the levelled outcomes: one criterion per competency, one level per level it describes', () => {
    const [rubric] = sample.CFRubrics;
    const framework = buildFramework(exportSample());
    expect(rubric!.CFRubricCriteria!.map((c) => c.CFItemURI!.identifier)).toEqual(
      framework.competencies.map((c) => find(sample, c.id).identifier),
    );
    expect(rubric!.CFRubricCriteria!.map((c) => c.position)).toEqual(
      framework.competencies.map((_, i) => i + 1),
    );
    const procure = rubric!.CFRubricCriteria!.find((c) => c.description === 'Buy AI, "safely", with care')!;
    expect(procure.rubricId).toBe(rubric!.identifier);
    expect(procure.CFRubricCriterionLevels!.map((l) => [l.quality, l.position, l.rubricCriterionId])).toEqual(
      [
        ['Low', 1, procure.identifier],
        ['High', 2, procure.identifier],
      ],
    );
    expect(procure.CFRubricCriterionLevels![1]!.description).toBe(
      'At high, a learner can:\n- procure high one\n- procure high two\nStudy time from the level below: 2 hours.',
    );
  });

  it('keeps the hasSkillLevel association of each archetype that needs a competency', () => {
    const procure = find(sample, 'procure');
    const levels = sample.CFAssociations.filter(
      (a) => a.associationType === 'hasSkillLevel' && a.originNodeURI.identifier === procure.identifier,
    ).map((a) => a.destinationNodeURI.title);
    expect(levels.sort()).toEqual(['High', 'Low']);
  });
});

describe('caseFiles', () => {
  it('serves a file at the address of every uri in the package', () => {
    const files = caseFiles(buildFramework(exportSample()), SITE);
    const served = new Set(files.map((f) => `${SITE.site}${f.path}`));
    expect(served.size).toBe(files.length);
    const uris = [...JSON.stringify(sample).matchAll(/"uri":"([^"]+)"/g)].map((m) => m[1]!);
    for (const uri of uris) expect(served.has(uri.replace(/#.*$/, '')), uri).toBe(true);
    const item = files.find((f) => f.collection === 'CFItems')!.body as Record<string, unknown>;
    expect(item['CFDocumentURI']).toMatchObject({ identifier: sample.CFDocument.identifier });
    const document = files.find((f) => f.collection === 'CFDocuments')!.body as Record<string, unknown>;
    expect(document['CFPackageURI']).toMatchObject({
      uri: `${SITE.site}case/v1p1/CFPackages/${sample.CFDocument.identifier}.json`,
    });
  });
});

describe('CASE files of a site whose address the build was not told', () => {
  it('use urn:uuid: URIs, unique and valid, that name no web address', () => {
    const pkg = casePackage(buildFramework(exportSample()), NO_SITE);
    const uris = [...JSON.stringify(pkg).matchAll(/"uri":"([^"]+)"/g)].map((m) => m[1]!);
    expect(uris.length).toBeGreaterThan(10);
    for (const uri of uris) expect(uri).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(pkg.CFDocument.officialSourceURL).toBeUndefined();
    expect(packageSchema(pkg), JSON.stringify(packageSchema.errors)).toBe(true);
  });
});
