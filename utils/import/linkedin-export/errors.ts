import type { Bilingual } from '../../model/finding';

export const IMPORT_ERROR_CODES = [
  'no-files',
  'not-linkedin-export',
  'zip-corrupt',
  'zip-truncated',
  'zip-unsupported',
  'unknown-header',
  'entry-too-large',
  'archive-too-large',
  'file-too-large',
  'row-too-large',
  'cancelled',
  'write-failed',
  'read-failed',
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

/** Why an import stopped: nothing was written. `file` names the file at fault when there is one. */
export interface ImportFailure {
  code: ImportErrorCode;
  message: Bilingual;
  file?: string;
  /** For developers (console, bug reports), never shown as the message. */
  detail?: string;
}

const MESSAGES: Record<ImportErrorCode, (file: string) => Bilingual> = {
  'no-files': () => ({
    en: 'Choose the ZIP file LinkedIn sent you, or the CSV files inside it.',
    fr: 'Choisissez le fichier ZIP envoyé par LinkedIn, ou les fichiers CSV qu’il contient.',
  }),
  'not-linkedin-export': (f) => ({
    en: `${f || 'This file'} is not a LinkedIn data export: none of its files has the columns of Connections, messages, Invitations, Recommendations, Endorsements, Profile or Notes.`,
    fr: `${f || 'Ce fichier'} n’est pas un export de données LinkedIn : aucun de ses fichiers n’a les colonnes de Connections, messages, Invitations, Recommendations, Endorsements, Profile ou Notes.`,
  }),
  'zip-corrupt': (f) => ({
    en: `${f || 'The ZIP file'} is damaged and cannot be read. Download the archive from LinkedIn again.`,
    fr: `${f || 'Le fichier ZIP'} est endommagé et illisible. Téléchargez de nouveau l’archive depuis LinkedIn.`,
  }),
  'zip-truncated': (f) => ({
    en: `${f || 'The ZIP file'} is incomplete (the download was probably interrupted). Download the archive from LinkedIn again.`,
    fr: `${f || 'Le fichier ZIP'} est incomplet (le téléchargement a sans doute été interrompu). Téléchargez de nouveau l’archive depuis LinkedIn.`,
  }),
  'zip-unsupported': (f) => ({
    en: `${f || 'The ZIP file'} uses encryption or a compression method Relais cannot read. Use the ZIP exactly as LinkedIn sent it.`,
    fr: `${f || 'Le fichier ZIP'} est chiffré ou utilise une compression que Relais ne sait pas lire. Utilisez le ZIP tel que LinkedIn l’a envoyé.`,
  }),
  'unknown-header': (f) => ({
    en: `${f || 'A file'} does not have the columns of a LinkedIn export file. If you edited it in a spreadsheet, use the original file from the ZIP.`,
    fr: `${f || 'Un fichier'} n’a pas les colonnes d’un fichier d’export LinkedIn. Si vous l’avez modifié dans un tableur, utilisez le fichier d’origine du ZIP.`,
  }),
  'entry-too-large': (f) => ({
    en: `${f || 'A file in the ZIP'} expands to far more data than a LinkedIn export holds; Relais refused to unpack it.`,
    fr: `${f || 'Un fichier du ZIP'} se décompresse en bien plus de données qu’un export LinkedIn n’en contient ; Relais a refusé de le décompresser.`,
  }),
  'archive-too-large': () => ({
    en: 'The archive expands to more data than Relais will unpack at once; nothing was imported.',
    fr: 'L’archive se décompresse en plus de données que Relais n’accepte d’un coup ; rien n’a été importé.',
  }),
  'file-too-large': (f) => ({
    en: `${f || 'This file'} is too large to be a LinkedIn export file; nothing was imported.`,
    fr: `${f || 'Ce fichier'} est trop volumineux pour être un fichier d’export LinkedIn ; rien n’a été importé.`,
  }),
  'row-too-large': (f) => ({
    en: `${f || 'A file'} holds a row of more than 1 MB, which no LinkedIn export has: the file is damaged.`,
    fr: `${f || 'Un fichier'} contient une ligne de plus de 1 Mo, ce qu’aucun export LinkedIn ne contient : le fichier est endommagé.`,
  }),
  cancelled: () => ({
    en: 'Import cancelled: nothing was changed.',
    fr: 'Import annulé : rien n’a été modifié.',
  }),
  'write-failed': () => ({
    en: 'The import could not be saved; your data is exactly as it was. Try again.',
    fr: 'L’import n’a pas pu être enregistré ; vos données sont exactement comme avant. Réessayez.',
  }),
  'read-failed': (f) => ({
    en: `${f || 'The files'} could not be read; nothing was changed. Try again with the ZIP as LinkedIn sent it.`,
    fr: `${f || 'Les fichiers'} n’ont pas pu être lus ; rien n’a été modifié. Réessayez avec le ZIP tel que LinkedIn l’a envoyé.`,
  }),
};

/** Thrown inside the pipeline, turned into an {@link ImportFailure} at its edge (runImport never throws). */
export class ImportError extends Error {
  readonly code: ImportErrorCode;
  readonly file?: string;

  constructor(code: ImportErrorCode, file?: string, cause?: unknown) {
    super(MESSAGES[code](file ?? '').en, { cause });
    this.name = 'ImportError';
    this.code = code;
    this.file = file;
  }

  toFailure(): ImportFailure {
    return importFailure(this.code, this.file);
  }
}

export function importFailure(code: ImportErrorCode, file?: string): ImportFailure {
  return { code, message: MESSAGES[code](file ?? ''), ...(file ? { file } : {}) };
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ImportError('cancelled');
}
