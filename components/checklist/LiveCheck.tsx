import type { AskCheck, ContactCheck, ConversationCheck } from '../../utils/engine/check/types';
import { relativeTime, t, type UiLang } from '../../utils/i18n';
import type { PromiseMention } from '../../utils/model/draft';
import type { RuleId } from '../../utils/model/finding';
import { ASK_NOUN } from '../../utils/reach/reachReasons';
import { displayName } from '../../utils/people/displayName';
import { FindingItem } from './FindingItem';

/** Rules the sections below already speak for; the rest go under "Other points". */
const COVERED: readonly RuleId[] = ['ask-beyond-reach', 'recommender-not-named', 'cold-without-recommendation', 'recommender-not-informed', 'promise-due', 'ask-without-give'];

/** The live check of the side panel: everything Relais knows about whom the draft is for, and what it asks. */
export function LiveCheck({ lang, check, now }: { lang: UiLang; check: ConversationCheck; now: number }) {
  const writing = !!check.draft?.text.trim();
  return (
    <>
      <p class="draft-line" role="status">
        {writing ? t(lang, 'checklist.draftIn', { surface: t(lang, `checklist.surface.${check.draft!.surface}`) }) : t(lang, 'panel.noDraft')}
      </p>
      {check.contacts.map((c) => (
        <ContactLive key={c.contact.id} lang={lang} c={c} writing={writing} toThem={check.source === 'draft'} now={now} promised={check.draft?.analysis?.promises ?? []} />
      ))}
    </>
  );
}

interface LiveProps {
  lang: UiLang;
  c: ContactCheck;
  writing: boolean;
  toThem: boolean;
  now: number;
  /** Promises the draft makes ("I will send you the deck tomorrow"). */
  promised: readonly PromiseMention[];
}

function ContactLive({ lang, c, writing, toThem, now, promised }: LiveProps) {
  const name = displayName(c.contact);
  const item = (id: string) => c.checklist.find((i) => i.id === id);
  const recommended = item('recommended-by');
  const giveFinding = c.findings.find((f) => f.rule === 'ask-without-give');
  const others = c.findings.filter((f) => !COVERED.includes(f.rule));
  return (
    <article class="contact-live" data-contact-id={c.contact.id}>
      <h2>{t(lang, toThem ? 'checklist.for' : 'checklist.forProfile', { name })}</h2>
      {c.contact.headline && <p class="muted">{c.contact.headline}</p>}
      {!c.known && <p class="notice">{t(lang, 'checklist.newContact', { name })}</p>}

      <section data-section="recommended-by">
        <h3>{t(lang, 'panel.recommendedBy')}</h3>
        {c.recommenders.length ? (
          <ul>
            {c.recommenders.map((r) => (
              <li key={r.id}>
                <span class="name">{r.name}</span>
                {r.named !== null && <span class={r.named ? 'ok' : 'bad'}> — {t(lang, r.named ? 'panel.named.yes' : 'panel.named.no')}</span>}
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">{t(lang, 'panel.noRecommender', { name })}</p>
        )}
        {recommended?.ok === false && (
          <p class="warn">
            {recommended.reason[lang]}
            {recommended.hint && <span class="hint"> → {recommended.hint[lang]}</span>}
          </p>
        )}
      </section>

      {writing && (
        <section data-section="asks">
          <h3>{t(lang, 'panel.asks')}</h3>
          {c.asks.length ? (
            <ul>
              {c.asks.map((a) => (
                <AskLine key={a.ask} lang={lang} a={a} />
              ))}
            </ul>
          ) : (
            <p class="muted">{t(lang, 'panel.asks.none')}</p>
          )}
        </section>
      )}

      <section data-section="owed">
        <h3>{t(lang, 'panel.owed')}</h3>
        {c.owed.length ? (
          <ul>
            {c.owed.map((o) => (
              <li key={o.key} class={o.isDue || (o.toThisContact && writing) ? 'warn' : undefined}>
                {o.reason[lang]}
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">{t(lang, 'panel.owed.none')}</p>
        )}
      </section>

      <section data-section="promises">
        <h3>{t(lang, 'panel.promises')}</h3>
        {writing &&
          promised.map((p) => (
            <p key={p.text} class="draft-promise">
              {t(lang, 'panel.promise.inDraft', { text: clip(p.text) })}
            </p>
          ))}
        {c.openSteps.length ? (
          <ul>
            {c.openSteps.map((s) => (
              <li key={s.id ?? s.createdAt} class={s.due <= now ? 'warn' : undefined}>
                <span class="name">{t(lang, `panel.promise.kind.${s.kind}`)}</span> — <q>{s.text.slice(0, 200)}</q>{' '}
                <span class="muted">({t(lang, 'panel.promise.due', { when: relativeTime(lang, s.due, now) })})</span>
              </li>
            ))}
          </ul>
        ) : (
          !(writing && promised.length) && <p class="muted">{t(lang, 'panel.promises.none', { name })}</p>
        )}
      </section>

      <section data-section="reciprocity">
        <h3>{t(lang, 'panel.reciprocity')}</h3>
        <p>
          {t(lang, 'panel.ledger', { asked: c.ledger.asked, gave: c.ledger.gave, received: c.ledger.received })}
          {c.ledger.draftAsks && ` ${t(lang, 'panel.ledger.draft')}`}
        </p>
        {giveFinding && (
          <p class="warn">
            {giveFinding.reason[lang]}
            {giveFinding.action && <span class="hint"> → {giveFinding.action.label[lang]}</span>}
          </p>
        )}
      </section>

      <section data-section="other">
        <h3>{t(lang, 'panel.findings')}</h3>
        {others.length ? (
          <ul class="findings">
            {others.map((f) => (
              <FindingItem key={f.key} lang={lang} finding={f} />
            ))}
          </ul>
        ) : (
          <p class="muted">{t(lang, 'panel.findings.none')}</p>
        )}
        {c.failures.length > 0 && <p class="muted">{t(lang, 'panel.ruleFailed', { rule: c.failures.map((f) => f.rule).join(', ') })}</p>}
      </section>
    </article>
  );
}

function AskLine({ lang, a }: { lang: UiLang; a: AskCheck }) {
  const reasons = a.reasons.map((r) => r[lang]).join(lang === 'fr' ? ' ; ' : '; ');
  return (
    <li class={`ask ${a.verdict}`} data-ask={a.ask} data-verdict={a.verdict}>
      <span class="name">{capitalise(ASK_NOUN[a.ask][lang], lang)}</span> — <span class="verdict">{t(lang, `panel.verdict.${a.verdict}`)}</span>
      {reasons && <span class="reasons"> ({reasons})</span>}
      {a.cues.map((cue) => (
        <span key={cue} class="cue">
          {t(lang, 'panel.ask.why', { cue })}
        </span>
      ))}
      {a.hint && a.verdict !== 'within' && (
        <span class="hint">
          {t(lang, 'panel.instead')} {a.hint[lang]}
        </span>
      )}
    </li>
  );
}

function clip(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 160 ? `${t.slice(0, 159)}…` : t;
}

function capitalise(text: string, lang: UiLang): string {
  return text ? text.charAt(0).toLocaleUpperCase(lang) + text.slice(1) : text;
}
