export * from './case/index.ts';
export { toCsv, UTF8_BOM } from './csv.ts';
export { CSV_COLUMNS, frameworkCsv } from './framework-csv.ts';
export { frameworkJson, frameworkJsonSchema } from './framework-json.ts';
export {
  FRAMEWORK_JSON_CHANGES,
  FRAMEWORK_JSON_VERSION,
  FRAMEWORK_SCHEMA_PATH,
  frameworkExportSchema,
  type FrameworkExport,
} from './framework-json-schema.ts';
export { jsonText } from './json-text.ts';

export { uuidV5 } from './uuid-v5.ts';
