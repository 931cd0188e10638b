/**
 * CSV as Excel reads and writes it: fields quoted when they hold the separator, a quote or a line
 * break; CRLF between rows. Reading accepts a comma or a semicolon (Excel in a Vietnamese locale writes
 * semicolons), LF or CRLF, and quoted fields over several lines.
 */
export function parseCsv(text: string): string[][] {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const separator = (firstLine.match(/;/g) ?? []).length > (firstLine.match(/,/g) ?? []).length ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === separator) {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (quoted) throw new Error('unterminated quote');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((cells) => cells.some((cell) => cell.trim() !== '')).map((cells) => cells.map(fromSpreadsheetSafe));
}

/** What a spreadsheet would run as a formula: a cell starting with = + - @ (or a tab, a carriage return). */
const FORMULA = /^[=+\-@\t\r]/;

/** A cell a spreadsheet shows as text: a leading apostrophe, which Excel hides (read back without it). */
function spreadsheetSafe(cell: string): string {
  return FORMULA.test(cell) ? `'${cell}` : cell;
}

function fromSpreadsheetSafe(cell: string): string {
  return cell.startsWith("'") && FORMULA.test(cell.slice(1)) ? cell.slice(1) : cell;
}

export function stringifyCsv(rows: string[][]): string {
  return (
    rows
      .map((cells) =>
        cells
          .map(spreadsheetSafe)
          .map((cell) => (/[",\r\n;]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell))
          .join(','),
      )
      .join('\r\n') + '\r\n'
  );
}
