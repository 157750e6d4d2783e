import { cooperative, type Pause } from '../cooperative';
import { ImportError, throwIfAborted } from '../errors';
import { DEFAULT_LIMITS, type ImportLimits } from '../limits';
import { emptyArchive, type LeftOutFile, type ParsedArchive } from '../parse/archive';
import type { InflateBudget } from '../zip/zipEntry';
import { listInputs, nameOf, type Input } from './inputs';
import { readInput, type InputResult } from './readInput';

export interface ReadOptions {
  signal?: AbortSignal;
  limits?: ImportLimits;
  /** Share of the reading done, 0–1, and the file being read. */
  onProgress?: (fraction: number, file: string, bytes: { done: number; total: number }) => void;
  pause?: Pause;
  sliceMs?: number;
}

/** Problems of one file that leave that file out, not the whole archive (when something else is read). */
const FILE_PROBLEMS = new Set<string>(['unknown-header', 'row-too-large'] satisfies LeftOutFile['reason'][]);

/**
 * One file, decoded the way its bytes say: UTF-8; UTF-8 with the few damaged bytes replaced when
 * it is mostly valid; else Windows-1252, as a spreadsheet re-saves it. Each try starts the file again.
 */
async function readDecoded(input: Input, limits: ImportLimits, tick: () => Promise<void>, report: (bytes: number) => void): Promise<InputResult> {
  try {
    return await readInput(input, limits, 'utf-8', tick, report);
  } catch (e) {
    if (!(e instanceof TypeError)) throw e;
  }
  const lenient = await readInput(input, limits, 'utf-8-lenient', tick, report);
  if (lenient.outcome !== 'read' || lenient.decoder.mostlyValid()) return lenient;
  return readInput(input, limits, 'windows-1252', tick, report);
}

/**
 * Reads the chosen files (a ZIP as downloaded, or CSV files one by one) into plain records. Files
 * are recognised by their header, not their name; other files are ignored quietly. A file in a
 * layout Relais does not know, or damaged, is left out and named while the rest is read; only
 * when nothing at all can be read does the import stop. Works piece by piece: a ZIP entry is
 * inflated, decoded and parsed in short tasks, and nothing is kept but records.
 */
export async function readExport(files: readonly Blob[], options: ReadOptions = {}): Promise<ParsedArchive> {
  const { signal, onProgress } = options;
  if (!files.length) throw new ImportError('no-files');
  const budget: InflateBudget = { limits: options.limits ?? DEFAULT_LIMITS, used: 0 };
  const tick = cooperative(signal, options.pause, options.sliceMs);
  const inputs = await listInputs(files, budget, signal);
  const archive = emptyArchive();
  const total = inputs.reduce((s, x) => s + Math.max(x.size, 1), 0) || 1;
  let done = 0;
  let unattributed = false;
  const problems: ImportError[] = [];
  for (const input of inputs) {
    throwIfAborted(signal);
    const report = (bytes: number) => onProgress?.(Math.min(1, (done + bytes) / total), input.name, { done: Math.min(total, done + bytes), total });
    try {
      const result = await readDecoded(input, budget.limits, tick, report);
      if (result.outcome === 'read') {
        result.parser.finishInto(archive);
        const { replaced, encoding } = result.decoder;
        if (replaced) archive.files[archive.files.length - 1].replacedCharacters = replaced;
        if (encoding === 'windows-1252') archive.files[archive.files.length - 1].encoding = encoding;
      } else if (result.outcome === 'unknown') archive.ignoredFiles.push(input.name);
      else if (result.outcome === 'unattributed') {
        unattributed = true;
        archive.ignoredFiles.push(input.name);
        archive.leftOut.unattributedRecommendations += 1;
      }
    } catch (e) {
      if (!(e instanceof ImportError) || !FILE_PROBLEMS.has(e.code)) throw e;
      problems.push(e);
      archive.leftOutFiles.push({ name: input.name, reason: e.code as LeftOutFile['reason'] });
    }
    done += Math.max(input.size, 1);
    onProgress?.(Math.min(1, done / total), input.name, { done: Math.min(total, done), total });
  }
  if (!archive.files.length) {
    if (problems.length) throw problems[0];
    if (unattributed) return archive;
    const direct = inputs.filter((x) => !x.fromZip);
    // CSV files chosen one by one that are none of the export's: their header is what is wrong.
    if (direct.length && direct.length === inputs.length) throw new ImportError('unknown-header', direct[0].name);
    throw new ImportError('not-linkedin-export', files.map(nameOf).join(', '));
  }
  return archive;
}
