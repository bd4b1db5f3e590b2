#!/usr/bin/env node
/**
 * The content script runs on every page: its budget is 30 KB gzipped (gzip -9). npm test fails
 * when the built script goes over it, so the budget holds between bench runs too.
 *
 *   node scripts/check-content-size.mjs [extension folder, default .output/chrome-mv3]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = 30 * 1024;
const dir = process.argv[2] ?? '.output/chrome-mv3';
const file = join(dir, 'content-scripts/content.js');
const gz = gzipSync(readFileSync(file), { level: 9 }).length;
if (gz >= BUDGET) {
  console.error(`${file}: ${gz} B gzipped, over the ${BUDGET} B budget by ${gz - BUDGET + 1} B`);
  process.exit(1);
}
console.log(`${file}: ${gz} B gzipped (budget ${BUDGET} B, ${BUDGET - gz} B to spare)`);
