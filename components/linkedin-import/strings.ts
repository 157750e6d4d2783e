import type { ImportPhase } from '../../utils/import/linkedin-export/runImport';

export type ImportUiLang = 'en' | 'fr';

const STRINGS = {
  en: {
    label: 'Import my LinkedIn data export',
    howTo: 'On LinkedIn: Settings → Data privacy → Get a copy of your data. Then choose the ZIP you receive (or the CSV files inside it).',
    drop: 'or drop the ZIP or CSV files here',
    dropping: 'Drop to import',
    progress: 'Import progress',
    cancel: 'Cancel',
    cancelling: 'Cancelling…',
    done: 'LinkedIn export imported.',
    failed: 'Nothing was imported.',
  },
  fr: {
    label: 'Importer mon export LinkedIn',
    howTo: 'Sur LinkedIn : Paramètres → Confidentialité des données → Obtenir une copie de vos données. Choisissez ensuite le ZIP reçu (ou les fichiers CSV qu’il contient).',
    drop: 'ou déposez ici le ZIP ou les fichiers CSV',
    dropping: 'Déposez pour importer',
    progress: 'Progression de l’import',
    cancel: 'Annuler',
    cancelling: 'Annulation…',
    done: 'Export LinkedIn importé.',
    failed: 'Rien n’a été importé.',
  },
} as const;

export function strings(lang: ImportUiLang) {
  return STRINGS[lang] ?? STRINGS.en;
}

const PHASES: Record<ImportUiLang, Record<ImportPhase, string>> = {
  en: { reading: 'Reading the archive', matching: 'Matching people', writing: 'Saving', done: 'Done' },
  fr: { reading: 'Lecture de l’archive', matching: 'Rapprochement des personnes', writing: 'Enregistrement', done: 'Terminé' },
};

export function phaseLabel(phase: ImportPhase, lang: ImportUiLang): string {
  return (PHASES[lang] ?? PHASES.en)[phase];
}
