import { checks } from './en/checks';
import { actions } from './en/actions';
import { due } from './en/due';
import { dashboard } from './en/dashboard';
import { options } from './en/options';
import { backup } from './en/backup';
import { welcome } from './en/welcome';
import { linkedinImport } from './en/import';

/** English UI strings, one file per surface under ./en (keys shared with ./fr). */
export const en = {
  ...checks,
  ...actions,
  ...due,
  ...dashboard,
  ...options,
  ...backup,
  ...welcome,
  ...linkedinImport,
} as const;

export type MessageKey = keyof typeof en;
