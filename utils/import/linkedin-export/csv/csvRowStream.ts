import Papa from 'papaparse';

export type CsvDelimiter = ',' | ';' | '\t';

/** A re-saved file may use the spreadsheet's list separator (`;` in French locales). */
export const DELIMITERS: CsvDelimiter[] = [',', ';', '\t'];

function isBlank(row: readonly string[]): boolean {
  return row.every((c) => c.trim() === '');
}

/**
 * CSV rows from text that arrives in pieces (inflated ZIP chunks, slices of a file), so that a
 * file of tens of MB never has to be one string nor one long task. PapaParse's own parser reads
 * the quoting (2026 files quote every field and hold line breaks inside CONTENT); this keeps the
 * incomplete last row of each piece for the next one. Line ends are normalised to `\n` first
 * (spreadsheets re-save with CRLF, 2026 contents hold CRLF), so the texts read back with `\n`.
 */
export class CsvRowStream {
  private readonly parser: Papa.Parser;
  private pending = '';
  private heldCR = false;
  private crOnly: boolean | undefined;

  constructor(
    delimiter: CsvDelimiter,
    private readonly onRows: (rows: string[][]) => void,
  ) {
    this.parser = new Papa.Parser({ delimiter, newline: '\n', quoteChar: '"' });
  }

  push(piece: string): void {
    if (!piece) return;
    let text = (this.heldCR ? '\r' : '') + piece;
    this.heldCR = text.endsWith('\r');
    if (this.heldCR) text = text.slice(0, -1);
    // Old Mac spreadsheets end lines with a lone CR: decided once, on the first piece.
    this.crOnly ??= text.includes('\r') && !text.includes('\n');
    text = this.crOnly ? text.replace(/\r/g, '\n') : text.replace(/\r\n/g, '\n');
    this.pending += text;
    const result = this.parser.parse(this.pending, 0, true) as { data: string[][]; meta: { cursor: number } };
    this.pending = this.pending.slice(result.meta.cursor);
    this.emit(result.data);
  }

  end(): void {
    if (this.heldCR) this.pending += '\n';
    this.heldCR = false;
    if (this.pending) {
      const result = this.parser.parse(this.pending, 0, false) as { data: string[][] };
      this.pending = '';
      this.emit(result.data);
    }
  }

  private emit(rows: string[][]): void {
    const kept = rows.filter((r) => !isBlank(r));
    if (kept.length) this.onRows(kept);
  }
}

/** All rows of a small text at once (the head of a file, tests). */
export function parseRowsSync(text: string, delimiter: CsvDelimiter, complete = true): string[][] {
  const rows: string[][] = [];
  const stream = new CsvRowStream(delimiter, (r) => rows.push(...r));
  stream.push(text.replace(/^\uFEFF/, ''));
  if (complete) stream.end();
  return rows;
}
