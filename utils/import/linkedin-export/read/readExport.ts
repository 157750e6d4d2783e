import { emptyArchive, type ParsedArchive } from '../parse/archive';
import { blobSource, readPieces, startsWithZipSignature } from '../zip/byteSource';
import { cooperative, type Pause } from '../cooperative';
import { CsvRowStream, DELIMITERS, parseRowsSync, type CsvDelimiter } from '../csv/csvRowStream';
import { ImportError, throwIfAborted } from '../errors';
import { createFileParser } from '../parse/fileParsers';
import { findHeader, kindOfFileName, type ExportFileKind } from './fileKinds';
import { DEFAULT_LIMITS, HEAD_BYTES, type ImportLimits } from '../limits';
import { inflateZipEntry, type InflateBudget } from '../zip/zipEntry';
import { readZipDirectory } from '../zip/zipDirectory';

export interface ReadOptions {
  signal?: AbortSignal;
  limits?: ImportLimits;
  /** Share of the reading done, 0–1, and the file being read. */
  onProgress?: (fraction: number, file: string) => void;
  pause?: Pause;
}

/** One file to read: a CSV chosen directly or an entry of a ZIP. */
interface Input {
  name: string;
  /** Size to expect, for progress (declared by the ZIP, or the file's size). */
  size: number;
  fromZip: string | null;
  open(): AsyncGenerator<Uint8Array>;
}

type Outcome = 'read' | 'unknown' | 'empty' | 'unattributed';

function nameOf(file: Blob, i: number): string {
  return (file as File).name || `file-${i + 1}`;
}

async function listInputs(files: readonly Blob[], budget: InflateBudget, signal?: AbortSignal): Promise<Input[]> {
  const inputs: Input[] = [];
  for (const [i, file] of files.entries()) {
    const name = nameOf(file, i);
    const source = blobSource(file);
    if ((await startsWithZipSignature(source)) || /\.zip$/i.test(name)) {
      for (const entry of await readZipDirectory(source, name)) {
        // Folders, and the resource forks macOS adds when a user re-zips an unzipped export.
        if (entry.name.endsWith('/') || /(^|\/)(__MACOSX|\.DS_Store)/.test(entry.name)) continue;
        inputs.push({ name: entry.name, size: entry.size, fromZip: name, open: () => inflateZipEntry(source, entry, budget, signal) });
      }
    } else {
      if (file.size > budget.limits.maxFileBytes) throw new ImportError('file-too-large', name);
      inputs.push({ name, size: file.size, fromZip: null, open: () => readPieces(source) });
    }
  }
  return inputs;
}

/**
 * Reads the chosen files (a ZIP as downloaded, or CSV files one by one) into plain records. Files
 * are recognised by their header, not their name; other files are ignored quietly. Works piece by
 * piece: a ZIP entry is inflated, decoded and parsed in short tasks, and nothing is kept but records.
 */
export async function readExport(files: readonly Blob[], options: ReadOptions = {}): Promise<ParsedArchive> {
  const { signal, onProgress } = options;
  if (!files.length) throw new ImportError('no-files');
  const budget: InflateBudget = { limits: options.limits ?? DEFAULT_LIMITS, used: 0 };
  const tick = cooperative(signal, options.pause);
  const inputs = await listInputs(files, budget, signal);
  const archive = emptyArchive();
  const total = inputs.reduce((s, x) => s + Math.max(x.size, 1), 0) || 1;
  let done = 0;
  const outcomes: Outcome[] = [];
  for (const input of inputs) {
    throwIfAborted(signal);
    const report = (bytes: number) => onProgress?.(Math.min(1, (done + bytes) / total), input.name);
    let outcome: Outcome;
    try {
      outcome = await readInput(input, archive, budget.limits, tick, report, 'utf-8');
    } catch (e) {
      if (!(e instanceof TypeError)) throw e;
      // Not UTF-8: a spreadsheet re-saved it in its own code page (Windows-1252 in Western locales).
      outcome = await readInput(input, archive, budget.limits, tick, report, 'windows-1252');
    }
    outcomes.push(outcome);
    if (outcome === 'unknown' || outcome === 'unattributed') archive.ignoredFiles.push(input.name);
    done += Math.max(input.size, 1);
    onProgress?.(Math.min(1, done / total), input.name);
  }
  if (!archive.files.length && !outcomes.includes('unattributed')) {
    const direct = inputs.filter((x) => !x.fromZip);
    // CSV files chosen one by one that are none of the export's: their header is what is wrong.
    if (direct.length && direct.length === inputs.length) throw new ImportError('unknown-header', direct[0].name);
    throw new ImportError('not-linkedin-export', files.map(nameOf).join(', '));
  }
  return archive;
}

async function readInput(
  input: Input,
  archive: ParsedArchive,
  limits: ImportLimits,
  tick: () => Promise<void>,
  report: (bytes: number) => void,
  encoding: string,
): Promise<Outcome> {
  const decoder = new TextDecoder(encoding, { fatal: true });
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
      head += decoder.decode(next.value, { stream: true });
    }
    head = head.replace(/^\uFEFF/, '');
    const found = detect(head, ended);
    if (!found) {
      if (!head.trim()) return 'empty';
      // A file named as one Relais reads but with other columns: damaged or re-made by hand.
      if (kindOfFileName(input.name)) throw new ImportError('unknown-header', input.name);
      return 'unknown';
    }
    if (input.size > limits.maxFileBytes) throw new ImportError(input.fromZip ? 'entry-too-large' : 'file-too-large', input.name);
    const parser = createFileParser(found.kind, found.header, input.name);
    if (!parser) {
      archive.leftOut.unattributedRecommendations += 1;
      return 'unattributed';
    }
    let skip = found.index + 1;
    const stream = new CsvRowStream(found.delimiter, (rows) => {
      if (skip) {
        const drop = Math.min(skip, rows.length);
        skip -= drop;
        rows = rows.slice(drop);
      }
      if (rows.length) parser.add(rows);
    });
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
      stream.push(decoder.decode(next.value, { stream: true }));
    }
    stream.end();
    parser.finishInto(archive);
    return 'read';
  } finally {
    await pieces.return(undefined);
  }
}

function detect(head: string, complete: boolean): { kind: ExportFileKind; index: number; header: string[]; delimiter: CsvDelimiter } | null {
  for (const delimiter of DELIMITERS) {
    const rows = parseRowsSync(head, delimiter, complete);
    const found = findHeader(rows);
    if (found) return { ...found, header: rows[found.index], delimiter };
  }
  return null;
}
