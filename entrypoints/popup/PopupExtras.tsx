import { QuickActions } from '../../components/actions/QuickActions';
import { DueList } from '../../components/due/DueList';
import { RecentContacts } from '../../components/RecentContacts';
import { getDb } from '../../utils/db/database';
import type { ContactCheck } from '../../utils/engine/check/types';
import type { UiLang } from '../../utils/i18n';
import type { Settings } from '../../utils/model/settings';

// What the popup shows below the checklist, loaded once the checklist is painted: these parts
// read the database themselves, and Dexie with the engine they pull in is most of the popup's
// code — the checklist, computed by the background, needs none of it.

export function DueSection({ lang, settings, ready }: { lang: UiLang; settings: Settings; ready: boolean }) {
  return <DueList lang={lang} db={getDb()} settings={settings} ready={ready} />;
}

export function ActionsSection({ lang, check, now, promiseDays }: { lang: UiLang; check: ContactCheck; now: number; promiseDays?: number }) {
  return <QuickActions lang={lang} db={getDb()} check={check} now={now} promiseDays={promiseDays} />;
}

export function RecentSection({ lang, now }: { lang: UiLang; now: number }) {
  return <RecentContacts db={getDb()} lang={lang} now={now} />;
}
