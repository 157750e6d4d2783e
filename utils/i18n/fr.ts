import { checks } from './fr/checks';
import { actions } from './fr/actions';
import { due } from './fr/due';
import { dashboard } from './fr/dashboard';
import { options } from './fr/options';
import { backup } from './fr/backup';
import { welcome } from './fr/welcome';
import { linkedinImport } from './fr/import';
import type { MessageKey } from './en';

/** Textes de l'interface en français, un fichier par surface sous ./fr. */
export const fr: Record<MessageKey, string> = {
  ...checks,
  ...actions,
  ...due,
  ...dashboard,
  ...options,
  ...backup,
  ...welcome,
  ...linkedinImport,
};
