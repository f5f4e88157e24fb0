import ts from 'typescript';

/** What the JSDoc of one schema object says: about the object and about each field. */
export interface ObjectDocs {
  /** The JSDoc above the declaration, for example "Frontmatter of `content/levels/<id>.mdx`: ...". */
  description: string | undefined;
  /** Field name to its one-line JSDoc, in declaration order (spread objects included in place). */
  fields: Record<string, string>;
}

/** Docs per exported variable name, for example `competencySchema` or `reviewedFields`. */
export type FieldDocs = Record<string, ObjectDocs>;

/**
 * Reads the JSDoc comments of the schema modules (src/schemas/*.ts), so that the field
 * descriptions written there for authors are the only ones: JSON Schemas, CONTRIBUTING.md
 * and `npm run new` all reuse them. Handles `z.object({...})`, `z.strictObject({...})` and
 * plain object literals, and resolves `...spread` of another documented object.
 * Pure: takes each file's text.
 */
export function fieldDocs(sources: Record<string, string>): FieldDocs {
  const raw = new Map<string, { description: string | undefined; parts: Array<[string, string] | string> }>();
  for (const [name, text] of Object.entries(sources)) {
    const file = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true);
    for (const statement of file.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      for (const declaration of statement.declarationList.declarations) {
        const literal = objectLiteralOf(declaration.initializer);
        if (!ts.isIdentifier(declaration.name) || !literal) continue;
        raw.set(declaration.name.text, {
          description: docOf(statement),
          parts: literal.properties.flatMap((property): Array<[string, string] | string> => {
            if (ts.isSpreadAssignment(property))
              return ts.isIdentifier(property.expression) ? [property.expression.text] : [];
            const key = property.name && propertyName(property.name);
            return key ? [[key, docOf(property) ?? '']] : [];
          }),
        });
      }
    }
  }
  const resolved: FieldDocs = {};
  const resolve = (name: string, seen: Set<string>): Record<string, string> => {
    const entry = raw.get(name);
    if (!entry || seen.has(name)) return {};
    const fields: Record<string, string> = {};
    for (const part of entry.parts) {
      if (typeof part === 'string') Object.assign(fields, resolve(part, new Set([...seen, name])));
      else fields[part[0]] = part[1];
    }
    return fields;
  };
  for (const [name, entry] of raw) {
    resolved[name] = { description: entry.description, fields: resolve(name, new Set()) };
  }
  return resolved;
}

/** The object literal that defines a schema: `{...}` itself or the argument of `z.object({...})`. */
function objectLiteralOf(node: ts.Expression | undefined): ts.ObjectLiteralExpression | undefined {
  if (!node) return undefined;
  if (ts.isObjectLiteralExpression(node)) return node;
  if (
    ts.isCallExpression(node) &&
    ts.isPropertyAccessExpression(node.expression) &&
    ['object', 'strictObject', 'looseObject'].includes(node.expression.name.text)
  ) {
    const argument = node.arguments[0];
    return argument && ts.isObjectLiteralExpression(argument) ? argument : undefined;
  }
  return undefined;
}

function propertyName(name: ts.PropertyName): string | undefined {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined;
}

function docOf(node: ts.Node): string | undefined {
  const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  const text = docs
    .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text || undefined;
}
