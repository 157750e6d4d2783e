/** A header cell as the export may write it: `"FROM"`, ` From `, `from`, with a BOM in front. */
export function normaliseHeaderCell(cell: string): string {
  return cell
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/^["']+|["']+$/g, '')
    .trim()
    .replace(/[\s_]+/g, ' ')
    .toLowerCase();
}

export type RowReader = (row: readonly string[], column: string) => string;

/**
 * Reads cells by column name, never by position: the columns of every file came and went over the
 * years (URL in Connections since 2023, RECIPIENT PROFILE URLS, ATTACHMENTS, draft flags…).
 * A missing column reads as ''. Cells are trimmed.
 */
export function columnReader(header: readonly string[]): RowReader {
  const index = new Map<string, number>();
  header.forEach((cell, i) => {
    const name = normaliseHeaderCell(cell);
    if (name && !index.has(name)) index.set(name, i);
  });
  return (row, column) => {
    const i = index.get(column);
    if (i === undefined) return '';
    const v = row[i];
    return v === undefined ? '' : v.trim();
  };
}

export function hasColumns(header: readonly string[], columns: readonly string[]): boolean {
  const names = new Set(header.map(normaliseHeaderCell));
  return columns.every((c) => names.has(c));
}
