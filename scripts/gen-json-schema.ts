/** Writes docs/export.schema.json from the zod schemas. Run: npx tsx scripts/gen-json-schema.ts */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportJsonSchemaText } from '../lib/sync/json-schema';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'export.schema.json');
writeFileSync(out, exportJsonSchemaText());
console.log(`wrote ${out}`);
