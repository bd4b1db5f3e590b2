/**
 * Preact's hooks schedule their after-paint work with requestAnimationFrame raced against a 100 ms
 * timeout. A test file that ends within that window tears jsdom down first, and the timeout then
 * calls a cancelAnimationFrame that no longer exists (an unhandled error that fails the run).
 * Files running in a DOM wait for those timers before their environment goes away.
 */
import { afterAll } from 'vitest';

if (typeof window !== 'undefined') afterAll(() => new Promise<void>((done) => setTimeout(done, 150)));
