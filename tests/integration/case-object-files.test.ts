import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCaseObjectFiles } from '../../src/integration/case-object-files.ts';
import { caseFiles, jsonText } from '../../src/exports/index.ts';
import { buildFramework } from '../../src/framework/index.ts';
import { exportSample } from '../exports/sample.ts';
import { SITE } from '../exports/helpers.ts';

describe('writeCaseObjectFiles', () => {
  it('writes every CASE object file, as the endpoints serve it, and not the package or the document', () => {
    const framework = buildFramework(exportSample());
    const folder = mkdtempSync(join(tmpdir(), 'case-files-'));
    const count = writeCaseObjectFiles(folder, framework, SITE);

    const files = caseFiles(framework, SITE);
    const objects = files.filter((f) => f.collection !== 'CFPackages' && f.collection !== 'CFDocuments');
    expect(count).toBe(objects.length);
    for (const file of objects)
      expect(readFileSync(join(folder, file.path), 'utf8'), file.path).toBe(jsonText(file.body));
    const written = readdirSync(join(folder, 'case/v1p1'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name));
    expect(written.sort()).toEqual(objects.map((f) => join(folder, f.path)).sort());
    rmSync(folder, { recursive: true });
  });
});
