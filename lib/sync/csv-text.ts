/**
 * CSV text as RFC 4180 writes it (CRLF, fields quoted when they hold a comma, a quote or a line
 * break), plus the guard against formula injection: spreadsheets run a cell that starts with
 * = + - @ (or a tab / carriage return) as a formula, so such text cells are written with a
 * leading apostrophe, which spreadsheets show as text and which reading strips again.
 */

const DANGEROUS_START = /^'*[=+\-@\t\r]/;

/** Text cell → cell a spreadsheet will not execute. Reversible by `unguardCell`. */
export function guardCell(text: string): string {
  // Apostrophes already in front get one more, so reading back removes exactly the one we add.
  return DANGEROUS_START.test(text) ? `'${text}` : text;
}

export function unguardCell(text: string): string {
  return text.startsWith("'") && DANGEROUS_START.test(text.slice(1)) ? text.slice(1) : text;
}

function quoteField(field: string): string {
  return /[",\r\n]/.test(field) || field !== field.trim() ? `"${field.replace(/"/g, '""')}"` : field;
}

export function writeCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(quoteField).join(',')).join('\r\n') + '\r\n';
}

export type CsvReadResult = { ok: true; rows: string[][] } | { ok: false; message: string };

/**
 * Reads CSV text: quoted fields with "" escapes and line breaks, CRLF or LF, a leading BOM.
 * Blank lines are skipped (spreadsheets leave them at the end).
 */
export function readCsv(text: string): CsvReadResult {
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let line = 1;
  const endRow = () => {
    row.push(field);
    field = '';
    if (!(row.length === 1 && row[0] === '')) rows.push(row);
    row = [];
  };
  while (i < s.length) {
    const c = s[i];
    if (c === '"' && field === '') {
      const startLine = line;
      i++;
      for (;;) {
        if (i >= s.length) return { ok: false, message: `Line ${startLine}: a quoted field is never closed.` };
        if (s[i] === '"') {
          if (s[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (s[i] === '\n') line++;
        field += s[i++];
      }
      if (i < s.length && s[i] !== ',' && s[i] !== '\n' && s[i] !== '\r') {
        return { ok: false, message: `Line ${line}: text after a closing quote; quotes inside a field must be doubled ("").` };
      }
    } else if (c === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\r' || c === '\n') {
      endRow();
      i += c === '\r' && s[i + 1] === '\n' ? 2 : 1;
      line++;
    } else {
      field += c;
      i++;
    }
  }
  if (field !== '' || row.length > 0) endRow();
  return { ok: true, rows };
}
