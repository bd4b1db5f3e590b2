/**
 * What every extension context that runs zod does first (background, popup, manager): import this
 * module before any other, since ES modules evaluate in import order.
 *
 * - zod 4 probes `new Function('')` when it builds its first object schema, to decide whether it may
 *   compile fast parsers. The extension's CSP forbids eval, so Firefox logs each probe as a
 *   Content-Security-Policy error even though zod catches the throw. JIT off before any schema
 *   exists skips the probe; interpreted parsing is fast enough for messages.
 * - Any CSP violation in our own pages is a bug (an eval, an inline style or script slipped in), so
 *   it is reported as an error with what was blocked, where tests and users can see it.
 */
import { z } from 'zod';
import { report } from './report';

z.config({ jitless: true });

globalThis.addEventListener?.('securitypolicyviolation', (event) => {
  const e = event as SecurityPolicyViolationEvent;
  report('content security policy', new Error(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`));
});
