// Runs after `npm run build` with the browser tests (no browser needed): the CASE package and
// document, which Astro writes, and the object files, which the build writes beside them
// (src/build/case-object-files.ts), come from two runs of the same code and must agree.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CFPackage } from '../../src/exports/index.ts';
import { DIST } from './support/site.ts';

const CASE = `${DIST}case/v1p1/`;

/** The built file at a CASE uri, parsed. */
function atUri(uri: string): unknown {
  return JSON.parse(readFileSync(`${DIST}${new URL(uri).pathname.slice(1)}`, 'utf8'));
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

    // Rubric criteria and levels are served in their rubric's file: their uris share its path.
    const paths = [...new Set([...uris].map((uri) => `${DIST}${new URL(uri).pathname.slice(1)}`))];
    expect([...files].sort()).toEqual(paths.sort());
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
