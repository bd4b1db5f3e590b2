/**
 * The export file's JSON Schema, generated from the zod schemas so the two cannot drift apart.
 * Written to docs/export.schema.json by scripts/gen-json-schema.ts; a unit test fails when the
 * committed file is out of date.
 */
import { z } from 'zod';
import {
  DatedFact, HttpUrl, Id, MentionFactsSchema, OperatorSchema, Origin, PartialDate, SightingSchema, SiteSchema,
  SourceSchema, Timestamp,
} from '../catalog/schema';
import { EXPORT_FORMAT, EXPORT_VERSION, ExportFileSchema, MAX_FILE_BYTES } from './format';
import { ExportFilterSchema } from './select';

/** Parts named once under $defs, so the schema reads like the model (and stays small). */
const NAMED: [z.ZodType, string][] = [
  [Id, 'Id'], [HttpUrl, 'HttpUrl'], [Timestamp, 'Timestamp'], [PartialDate, 'PartialDate'], [Origin, 'Origin'],
  [SourceSchema, 'Source'], [DatedFact, 'DatedFact'], [OperatorSchema, 'Operator'], [SiteSchema, 'Site'],
  [MentionFactsSchema, 'MentionFacts'], [SightingSchema, 'Sighting'], [ExportFilterSchema, 'ExportFilter'],
];

export function exportJsonSchema(): Record<string, unknown> {
  // A local registry: naming must not leak into zod's global registry other code may use.
  const names = z.registry<{ id: string }>();
  for (const [schema, id] of NAMED) names.add(schema, { id });
  const generated = z.toJSONSchema(ExportFileSchema, {
    io: 'input',
    target: 'draft-2020-12',
    metadata: names,
    override: (ctx) => {
      // The http(s)-only rule is a zod refinement, which JSON Schema cannot carry as such;
      // state it as a pattern so other tools refuse javascript: and data: links too.
      if (ctx.zodSchema === HttpUrl) {
        ctx.jsonSchema.pattern = '^\\s*[Hh][Tt][Tt][Pp][Ss]?://';
        ctx.jsonSchema.description = 'An http(s) URL. Other schemes (javascript:, data:, file:) are refused.';
      }
    },
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: 'DC Lens catalog file',
    description:
      `A DC Lens catalog export (format "${EXPORT_FORMAT}", version ${EXPORT_VERSION}). Readers refuse files over ` +
      `${MAX_FILE_BYTES / (1024 * 1024)} MB and object keys named __proto__, constructor or prototype. ` +
      'Strings are plain text, never HTML. See docs/export-format.md.',
    ...rest,
  };
}

export function exportJsonSchemaText(): string {
  return `${JSON.stringify(exportJsonSchema(), null, 2)}\n`;
}
