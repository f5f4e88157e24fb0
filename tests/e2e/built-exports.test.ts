// Runs after `npm run build` with the browser tests (no browser needed): the CASE package and
// document, which Astro writes, and the object files, which the build writes beside them
// (src/integration/case-object-files.ts), come from two runs of the same code and must agree.
// Built without SITE_URL, the uris are `urn:uuid:` names; with it, addresses under the site.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CFPackage } from '../../src/exports/index.ts';
import { builtAddress, DIST } from './support/site.ts';

const CASE = `${DIST}case/v1p1/`;
const address = builtAddress();

/** The built file a CASE uri stands for: the file at its address, or the one named after its `urn:uuid:`. */
function fileOf(uri: string): string {
  if (uri.startsWith('urn:uuid:')) {
    const id = uri.slice('urn:uuid:'.length);
    const folder = readdirSync(CASE).find((collection) => existsSync(`${CASE}${collection}/${id}.json`));
    return folder ? `${CASE}${folder}/${id}.json` : `(no file for ${uri})`;
  }
  expect(uri.startsWith(address.site!), uri).toBe(true);
  return `${DIST}${new URL(uri).pathname.slice(address.base.length)}`;
}

/** The built file at a CASE uri, parsed. */
function atUri(uri: string): unknown {
  return JSON.parse(readFileSync(fileOf(uri), 'utf8'));
}

function builtPackage(): CFPackage {
  if (!existsSync(CASE)) throw new Error('No CASE files in dist/: run `npm run build` first.');
  const [name] = readdirSync(`${CASE}CFPackages`);
  return JSON.parse(readFileSync(`${CASE}CFPackages/${name}`, 'utf8')) as CFPackage;
}

describe('the built CASE files', () => {
  it('are exactly the files at the uris they give, each with the identifier its uri names', () => {
    builtPackage();
    const files = readdirSync(CASE, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => `${entry.parentPath}/${entry.name}`);
    const texts = files.map((file) => readFileSync(file, 'utf8'));
    const uris = new Set(texts.flatMap((text) => [...text.matchAll(/"uri": "([^"]+)"/g)].map((m) => m[1]!)));
    expect(uris.size).toBeGreaterThan(500);

    // Rubric criteria and levels are served in their rubric's file: their uris share its path
    // (or, as urn:uuid: names, have no file of their own).
    // As urn:uuid: names, the package (named after its document) has no file of its own name.
    const paths = [...new Set([...uris].map(fileOf))].filter((path) => !path.startsWith('(no file'));
    const named = address.site ? files : files.filter((file) => !file.includes('/CFPackages/'));
    expect([...named].sort()).toEqual(paths.sort());
    files.forEach((file, i) => {
      const object = JSON.parse(texts[i]!) as { identifier?: string; CFDocument?: { identifier: string } };
      // A package has no identifier of its own: it is named after its document.
      const identifier = object.identifier ?? object.CFDocument?.identifier;
      expect(file.endsWith(`/${identifier}.json`), file).toBe(true);
    });
  });

  it('serve each object of the package as the package has it', () => {
    const pkg = builtPackage();
    const { title, identifier, uri } = pkg.CFDocument;
    const inDocument = { CFDocumentURI: { title, identifier, uri } };
    for (const item of pkg.CFItems) expect(atUri(item.uri), item.uri).toEqual({ ...item, ...inDocument });
    for (const association of pkg.CFAssociations)
      expect(atUri(association.uri), association.uri).toEqual({ ...association, ...inDocument });
    for (const definition of Object.values(pkg.CFDefinitions).flat())
      expect(atUri(definition.uri), definition.uri).toEqual(definition);
    for (const rubric of pkg.CFRubrics) expect(atUri(rubric.uri), rubric.uri).toEqual(rubric);
  });
});

describe('the built site', () => {
  it("names no web address but the site's in any page or export", () => {
    const files = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) =>
      /\.(html|json|csv|xml)$/.test(f),
    );
    expect(files.length).toBeGreaterThan(200);
    const leaks = files.filter((file) =>
      /localhost|127\.0\.0\.1/.test(readFileSync(`${DIST}${file}`, 'utf8')),
    );
    expect(leaks).toEqual([]);
  });
});
