import { DEFAULT_SETTINGS, type Settings } from '../model/settings';

const intIn = (v: unknown, min: number, max: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

/**
 * Settings read from storage (possibly written by an older version, another device through sync,
 * or damaged) repaired field by field: every valid field is kept, each invalid one falls back to
 * its default alone. Never replaces the whole object by the defaults.
 */
export function repairSettings(input: unknown): { settings: Settings; repaired: string[] } {
  const raw = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  const d = DEFAULT_SETTINGS;
  const repaired: string[] = [];
  const pick = <K extends keyof Settings>(key: K, ok: (v: unknown) => boolean): Settings[K] => {
    if (key in raw && ok(raw[key])) return raw[key] as Settings[K];
    if (key in raw) repaired.push(key);
    return structuredClone(d[key]);
  };
  const cadenceRaw = (raw.cadenceDays && typeof raw.cadenceDays === 'object' ? raw.cadenceDays : {}) as Record<string, unknown>;
  const cadenceDays = { ...d.cadenceDays };
  for (const tier of ['close', 'regular', 'weak'] as const) {
    if (intIn(cadenceRaw[tier], 1, 3650)) cadenceDays[tier] = cadenceRaw[tier] as number;
    else if ('cadenceDays' in raw) repaired.push(`cadenceDays.${tier}`);
  }
  const sitesRaw = (raw.sites && typeof raw.sites === 'object' ? raw.sites : {}) as Record<string, unknown>;
  const settings: Settings = {
    cadenceDays,
    updateDelayDays: pick('updateDelayDays', (v) => intIn(v, 0, 365)),
    promiseDelayDays: pick('promiseDelayDays', (v) => intIn(v, 0, 365)),
    dailyOutreachLimit: pick('dailyOutreachLimit', (v) => intIn(v, 1, 1000)),
    quietDays: pick('quietDays', (v) => Array.isArray(v) && v.length < 7 && v.every((x) => intIn(x, 0, 6)) && new Set(v).size === v.length),
    digestHour: pick('digestHour', (v) => intIn(v, 0, 23)),
    language: pick('language', (v) => v === 'auto' || v === 'en' || v === 'fr'),
    notifications: pick('notifications', (v) => typeof v === 'boolean'),
    sites: { linkedin: typeof sitesRaw.linkedin === 'boolean' ? sitesRaw.linkedin : d.sites.linkedin },
    importReminderWindowDays: pick('importReminderWindowDays', (v) => intIn(v, 1, 3650)),
    remindWholeChain: pick('remindWholeChain', (v) => typeof v === 'boolean'),
    keepInTouchMinExchanges: pick('keepInTouchMinExchanges', (v) => intIn(v, 0, 100)),
  };
  return { settings, repaired };
}
