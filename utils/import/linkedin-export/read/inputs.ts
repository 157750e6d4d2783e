import { ImportError } from '../errors';
import { blobSource, readPieces, startsWithZipSignature } from '../zip/byteSource';
import { inflateZipEntry, type InflateBudget } from '../zip/zipEntry';
import { readZipDirectory } from '../zip/zipDirectory';

/** One file to read: a CSV chosen directly or an entry of a ZIP. */
export interface Input {
  name: string;
  /** Size to expect, for progress (declared by the ZIP, or the file's size). */
  size: number;
  fromZip: string | null;
  /** Its bytes in pieces, from the start (a file may be read again in another encoding). */
  open(): AsyncGenerator<Uint8Array>;
}

export function nameOf(file: Blob, i: number): string {
  return (file as File).name || `file-${i + 1}`;
}

/** The files to read: each CSV chosen, and every entry of each ZIP chosen. */
export async function listInputs(files: readonly Blob[], budget: InflateBudget, signal?: AbortSignal): Promise<Input[]> {
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
