/**
 * The worker script's first module (index.ts imports it before anything else): asks for the wake
 * file's bytes before the rest of the bundle is evaluated. The browser answers the origin-private
 * file system's first request (its directory) while the worker's one thread evaluates the script's
 * top level (20–40 ms on a woken worker), so the wake file's read (wake-file.ts) waits less after it.
 * Only the worker's own script imports this: tests that build a CatalogState read the file when they ask.
 */
import { readAhead } from './file-bytes';
import { WAKE_FILE_NAME } from './wake-name';

readAhead(WAKE_FILE_NAME);
