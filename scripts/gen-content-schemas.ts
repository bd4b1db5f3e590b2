/**
 * Writes lib/messaging/content-schemas.json: JSON Schemas, generated from the zod schemas of
 * lib/messaging/messages.ts, for the messages the content script receives. The content script checks them
 * with lib/messaging/json-check.ts instead of bundling zod. `--check` exits 1 when the committed
 * file is out of date (the unit tests run it).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { contentSchemas } from '../lib/messaging/content-schema-source';

const out = resolve(import.meta.dirname, '../lib/messaging/content-schemas.json');
const text = `${JSON.stringify(contentSchemas())}\n`;
if (process.argv.includes('--check')) {
  const same = readFileSync(out, 'utf8') === text;
  console.log(same ? 'content-schemas.json is up to date' : 'content-schemas.json is out of date: run npx tsx scripts/gen-content-schemas.ts');
  process.exit(same ? 0 : 1);
}
writeFileSync(out, text);
console.log(`wrote ${out} (${text.length} bytes)`);
