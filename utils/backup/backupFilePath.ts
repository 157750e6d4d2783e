/** The folder, in the user's Downloads, where automatic backups are written. */
export const AUTO_BACKUP_FOLDER = 'Relais';

/**
 * `relais-backup-2026-11-25.json` in a folder named `Relais`, with the number a browser adds when
 * the name is taken (Chrome `relais-backup-2026-11-25 (1).json`, Firefox `…-25(1).json`). Any
 * separator, since the browser reports the full path of the system it runs on.
 */
const BACKUP_NAME = /^relais-backup-\d{4}-\d{2}-\d{2}(?: ?\(\d{1,4}\))?\.json$/;

const partsOf = (path: string) => path.split(/[\\/]/).filter(Boolean);

/**
 * Whether a path the downloads API reports is one of Relais's automatic backups: the exact file
 * name and the folder it is written to. Only such a file may ever be deleted.
 */
export function isAutoBackupPath(path: string): boolean {
  const parts = partsOf(path);
  return parts.length >= 2 && parts[parts.length - 2] === AUTO_BACKUP_FOLDER && BACKUP_NAME.test(parts[parts.length - 1]);
}

/**
 * Whether the file the browser wrote (`reported`, a full path) is the one asked for as `asked`
 * (`relais-backup-2026-11-25.json`), allowing for the number the browser adds to a taken name.
 */
export function isFileAskedFor(reported: string, asked: string): boolean {
  if (!isAutoBackupPath(reported)) return false;
  const name = partsOf(reported).pop() ?? '';
  const stem = (partsOf(asked).pop() ?? '').replace(/\.json$/, '');
  return stem.length > 0 && name.startsWith(stem) && /^(?: ?\(\d{1,4}\))?\.json$/.test(name.slice(stem.length));
}

/** Two paths the browser reported for the same file (its separators aside). */
export const samePath = (a: string, b: string) => partsOf(a).join('/') === partsOf(b).join('/');
