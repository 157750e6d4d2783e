import { CsvRowStream, DELIMITERS, parseRowsSync, type CsvDelimiter } from '../csv/csvRowStream';
import { ImportError } from '../errors';
import { HEAD_BYTES, type ImportLimits } from '../limits';
import { createFileParser, type ArchiveFileParser } from '../parse/fileParsers';
import { findHeader, kindOfFileName, type ExportFileKind } from './fileKinds';
import type { Input } from './inputs';
import { PieceDecoder, type TextEncodingChoice } from './pieceDecoder';

/** What reading one file gave: records to keep (not yet in the archive), or why there are none. */
export type InputResult =
  | { outcome: 'read'; parser: ArchiveFileParser; decoder: PieceDecoder }
  | { outcome: 'unknown' | 'empty' | 'unattributed' };

function detect(head: string, complete: boolean): { kind: ExportFileKind; index: number; header: string[]; delimiter: CsvDelimiter } | null {
  for (const delimiter of DELIMITERS) {
    const rows = parseRowsSync(head, delimiter, complete);
    const found = findHeader(rows);
    if (found) return { ...found, header: rows[found.index], delimiter };
  }
  return null;
}

/**
 * Reads one file in one encoding: its head to recognise it, then the rest piece by piece through
 * its parser. Throws `unknown-header` for a file named as one Relais reads whose columns are not
 * a layout it knows, `row-too-large` for a damaged file, a TypeError when strict UTF-8 fails.
 */
export async function readInput(
  input: Input,
  limits: ImportLimits,
  encoding: TextEncodingChoice,
  tick: () => Promise<void>,
  report: (bytes: number) => void,
): Promise<InputResult> {
  const decoder = new PieceDecoder(encoding);
  const pieces = input.open();
  let head = '';
  let bytes = 0;
  let ended = false;
  try {
    while (head.length < HEAD_BYTES) {
      const next = await pieces.next();
      if (next.done) {
        head += decoder.decode();
        ended = true;
        break;
      }
      bytes += next.value.length;
      head += decoder.decode(next.value);
    }
    head = head.replace(/^\uFEFF/, '');
    const found = detect(head, ended);
    if (!found) {
      if (!head.trim()) return { outcome: 'empty' };
      // A file named as one Relais reads but with other columns: damaged, re-made by hand, or a layout not known yet.
      if (kindOfFileName(input.name)) throw new ImportError('unknown-header', input.name);
      return { outcome: 'unknown' };
    }
    if (input.size > limits.maxFileBytes) throw new ImportError(input.fromZip ? 'entry-too-large' : 'file-too-large', input.name);
    const parser = createFileParser(found.kind, found.header, input.name);
    if (!parser) return { outcome: 'unattributed' };
    let skip = found.index + 1;
    const stream = new CsvRowStream(
      found.delimiter,
      (rows) => {
        if (skip) {
          const drop = Math.min(skip, rows.length);
          skip -= drop;
          rows = rows.slice(drop);
        }
        if (rows.length) parser.add(rows);
      },
      { fileName: input.name },
    );
    stream.push(head);
    while (!ended) {
      await tick();
      const next = await pieces.next();
      if (next.done) {
        stream.push(decoder.decode());
        break;
      }
      bytes += next.value.length;
      report(bytes);
      stream.push(decoder.decode(next.value));
    }
    stream.end();
    return { outcome: 'read', parser, decoder };
  } finally {
    await pieces.return(undefined);
  }
}
