import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { collectionJsonSchema } from '../../src/authoring/collection-schemas.ts';
import { readFieldDocs } from '../../src/authoring/schema-sources.ts';
import { validator } from '../exports/helpers.ts';
import { fixture } from '../helpers.ts';

const docs = readFieldDocs();

function frontmatter(path: string): unknown {
  const text = readFileSync(path, 'utf8');
  return parse(text.split(/^---$/m)[1]!, { schema: 'core' });
}

describe('collection JSON Schemas', () => {
  it('accept the frontmatter of a valid entry and describe each field with its JSDoc', () => {
    const schema = collectionJsonSchema('competencies', docs);
    const validate = validator().compile(schema);
    const data = frontmatter(`${fixture('valid-minimal')}content/competencies/what-ai-is.mdx`);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect((schema['properties'] as any).tier.description).toMatch(/foundational \(needed by all five/);
  });

  it('reject a misspelt field and a value outside a closed list, as npm run check does', () => {
    const validate = validator().compile(collectionJsonSchema('archetypes', docs));
    const data = frontmatter(`${fixture('unknown-field')}content/archetypes/users.mdx`);
    expect(validate(data)).toBe(false);
    expect(validate.errors!.map((e) => e.keyword)).toContain('additionalProperties');
  });

  it('make fields with defaults optional, since authors may leave them out', () => {
    const schema = collectionJsonSchema('competencies', docs);
    expect(schema['required']).not.toContain('confidenceFactors');
    expect(schema['required']).toContain('levels');
  });

  it('describe content/framework.yaml too', () => {
    const validate = validator().compile(collectionJsonSchema('framework', docs));
    expect(validate(parse(readFileSync(`${fixture('valid-minimal')}content/framework.yaml`, 'utf8')))).toBe(
      true,
    );
  });
});
