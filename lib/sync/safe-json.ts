/**
 * Reading untrusted JSON: bytes → text → value, with messages a person can act on.
 *
 * Engines word JSON errors differently (V8 gives a position, Firefox a line and column, some
 * neither), so on failure we locate the error ourselves with a small scanner. The scanner only runs
 * when JSON.parse has already failed, so the fast path stays the engine's parser.
 */

export type SafeJsonResult =
  | { ok: true; value: unknown }
  | { ok: false; code: 'empty' | 'not-text' | 'not-json' | 'forbidden-key' | 'too-deep'; message: string };

/**
 * Deeper than any DC Lens file (a catalog nests about 5 levels), shallow enough that no code
 * walking the value recursively can run out of stack.
 */
export const MAX_JSON_DEPTH = 64;

/**
 * Keys that can reach an object's prototype when a parsed value is later merged or spread by
 * careless code. No DC Lens record has such a field, so refusing them costs nothing legitimate.
 */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Decodes UTF-8 bytes strictly (a binary file must not turn into replacement characters). */
export function decodeUtf8(bytes: Uint8Array): { ok: true; text: string } | { ok: false; message: string } {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, message: 'Not a text file: the bytes are not valid UTF-8.' };
  }
}

/**
 * The first problem of a parsed value: too deep, or a forbidden key. Iterative, so a hostile
 * nesting cannot overflow the stack here (JSON.parse itself is iterative in every engine we run
 * in; a reviver is not, which is why none is used).
 */
function checkParsed(root: unknown): { depth: number } | { key: string } | null {
  const stack: { value: unknown; depth: number }[] = [{ value: root, depth: 0 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_JSON_DEPTH) return { depth: depth + 1 };
    if (Array.isArray(value)) {
      for (const v of value) if (v !== null && typeof v === 'object') stack.push({ value: v, depth: depth + 1 });
      continue;
    }
    for (const key in value) {
      if (FORBIDDEN_KEYS.has(key)) return { key };
      const v = (value as Record<string, unknown>)[key];
      if (v !== null && typeof v === 'object') stack.push({ value: v, depth: depth + 1 });
    }
  }
  return null;
}

/** How deep the text nests, scanning brackets outside strings (for the message only). */
export function nestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) max = Math.max(max, ++depth);
    else if (c === 93 || c === 125) depth--;
  }
  return max;
}

function tooDeep(depth: number): SafeJsonResult {
  return {
    ok: false,
    code: 'too-deep',
    message: `The file nests deeper than ${MAX_JSON_DEPTH} levels (it goes ${depth.toLocaleString('en-US')} levels deep); a DC Lens catalog nests only a few levels, so this is not a catalog file.`,
  };
}

export function parseJsonSafely(text: string): SafeJsonResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, code: 'empty', message: 'The file is empty.' };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (e) {
    // An engine that does recurse runs out of stack on deep nesting: say so, not "stack size".
    if (e instanceof RangeError) return tooDeep(nestingDepth(body));
    return { ok: false, code: 'not-json', message: describeJsonError(body, e) };
  }
  const problem = checkParsed(value);
  if (problem === null) return { ok: true, value };
  if ('depth' in problem) return tooDeep(nestingDepth(body));
  const at = findForbiddenKeyPath(body);
  return {
    ok: false,
    code: 'forbidden-key',
    message: `Refused: the file contains a "${problem.key}" key${at ? ` at ${at}` : ''}, which DC Lens never writes.`,
  };
}

function describeJsonError(text: string, engineError: unknown): string {
  const found = findJsonSyntaxError(text);
  if (found === null) {
    const detail = engineError instanceof Error ? engineError.message : String(engineError);
    return `Not a JSON file: ${detail}`;
  }
  if (found.truncated) {
    return `Not a JSON file: unexpected end of input at position ${found.position} — the file may be truncated.`;
  }
  const { line, column } = lineAndColumn(text, found.position);
  const ch = text.slice(found.position, found.position + 1);
  return (
    `Not a JSON file: expected ${found.expected} but found ${JSON.stringify(ch)} ` +
    `at line ${line}, column ${column} (position ${found.position}).`
  );
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < position; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: position - lineStart + 1 };
}

/** Where a forbidden key sits, e.g. `sites[3].place`, found by a second (plain) parse. */
function findForbiddenKeyPath(text: string): string | undefined {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch {
    return undefined;
  }
  // Iterative, so a hostile, deeply nested file cannot overflow the stack here.
  const stack: { value: unknown; path: string }[] = [{ value: root, path: '' }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: `${path}[${i}]` });
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return path === '' ? 'the top level' : path;
    }
    for (const key of Object.keys(value).reverse()) {
      stack.push({ value: (value as Record<string, unknown>)[key], path: path ? `${path}.${key}` : key });
    }
  }
  return undefined;
}

export interface JsonSyntaxError {
  position: number;
  /** True when the text ended where more was expected. */
  truncated: boolean;
  expected: string;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * Finds the first JSON syntax error, or null when the text is valid JSON (RFC 8259). Iterative,
 * with an explicit stack, for the same reason as above.
 */
export function findJsonSyntaxError(s: string): JsonSyntaxError | null {
  const n = s.length;
  let i = 0;
  const stack: ('[' | '{')[] = [];
  type State = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'after-value';
  let state: State = 'value';
  const fail = (expected: string): JsonSyntaxError => ({ position: i, truncated: i >= n, expected });
  const skipWs = () => {
    while (i < n) {
      const c = s.charCodeAt(i);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) break;
      i++;
    }
  };
  /** Consumes a string starting at the opening quote; returns an error or null. */
  const scanString = (): JsonSyntaxError | null => {
    i++;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (c === 34) {
        i++;
        return null;
      }
      if (c < 0x20) return fail('a closing quote (raw control characters must be escaped)');
      if (c === 92) {
        const e = s[i + 1];
        if (e === undefined) {
          i = n;
          return fail('an escape sequence');
        }
        if ('"\\/bfnrt'.includes(e)) i += 2;
        else if (e === 'u') {
          for (let k = 2; k < 6; k++) {
            if (i + k >= n) {
              i = n;
              return fail('four hex digits');
            }
            if (!/[0-9a-fA-F]/.test(s[i + k])) {
              i += k;
              return fail('a hex digit');
            }
          }
          i += 6;
        } else {
          i++;
          return fail('a valid escape sequence');
        }
        continue;
      }
      i++;
    }
    return fail('a closing quote');
  };
  const scanScalar = (): JsonSyntaxError | null => {
    for (const lit of ['true', 'false', 'null']) {
      if (s.startsWith(lit, i)) {
        i += lit.length;
        return null;
      }
      const rest = s.slice(i);
      if (rest.length < lit.length && lit.startsWith(rest) && rest.length > 0) {
        i = n;
        return fail(lit);
      }
    }
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(s);
    if (m === null) {
      // A lone "-" at the very end is a number that was cut off.
      if (s[i] === '-' && i + 1 >= n) i = n;
      return fail('a value');
    }
    i += m[0].length;
    // "1." / "1e" / "01": the digit after it is missing (at the end: the file was cut off).
    if (i < n && /[.eE0-9]/.test(s[i])) {
      if (s[i] === '.' || s[i] === 'e' || s[i] === 'E') i++;
      return fail('a digit');
    }
    return null;
  };

  for (;;) {
    skipWs();
    switch (state) {
      case 'value':
      case 'value-or-close': {
        if (i >= n) return fail('a value');
        const c = s[i];
        if (state === 'value-or-close' && c === ']') {
          i++;
          stack.pop();
          state = 'after-value';
        } else if (c === '{') {
          i++;
          stack.push('{');
          state = 'key-or-close';
        } else if (c === '[') {
          i++;
          stack.push('[');
          state = 'value-or-close';
        } else if (c === '"') {
          const err = scanString();
          if (err) return err;
          state = 'after-value';
        } else {
          const err = scanScalar();
          if (err) return err;
          state = 'after-value';
        }
        break;
      }
      case 'key':
      case 'key-or-close': {
        if (i >= n) return fail('a property name');
        if (state === 'key-or-close' && s[i] === '}') {
          i++;
          stack.pop();
          state = 'after-value';
          break;
        }
        if (s[i] !== '"') return fail('a property name in double quotes');
        const err = scanString();
        if (err) return err;
        skipWs();
        if (i >= n || s[i] !== ':') return fail("':'");
        i++;
        state = 'value';
        break;
      }
      case 'after-value': {
        const top = stack[stack.length - 1];
        if (top === undefined) return i >= n ? null : fail('the end of the file');
        if (i >= n) return fail(top === '[' ? "',' or ']'" : "',' or '}'");
        const c = s[i];
        if (c === ',') {
          i++;
          state = top === '[' ? 'value' : 'key';
        } else if ((top === '[' && c === ']') || (top === '{' && c === '}')) {
          i++;
          stack.pop();
        } else {
          return fail(top === '[' ? "',' or ']'" : "',' or '}'");
        }
        break;
      }
    }
  }
}
