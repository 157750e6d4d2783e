import type { Finding } from '../model/finding';
import { DAY, finiteOr } from './calendar';
import type { RuleContext } from './context';
import { isFirstContact } from './firstContact';
import { both, days, makeFinding } from './makeFinding';
import { displayName } from '../people/displayName';

/** The draft would be the third message in a row that this person has not answered. */
export const UNANSWERED_LIMIT = 3;
/** This many near-duplicates to other people in the window make the draft a mass mailing. */
export const SIMILAR_LIMIT = 3;

/**
 * Do not become « un spam vivant » (seed 002): many similar messages in a short time, too many
 * first messages in a day, or message after message to someone who does not answer.
 */
export function livingSpam(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const name = displayName(ctx.contact);
  const { outreach, draft } = ctx;

  if (draft && outreach && isFirstContact(ctx)) {
    const limit = finiteOr(ctx.settings.dailyOutreachLimit, 15);
    const wouldBe = outreach.firstMessagesToday + 1;
    if (limit > 0 && wouldBe > limit)
      out.push(
        makeFinding('living-spam', {
          key: `living-spam:${ctx.contact.id}:daily`,
          severity: 'medium',
          contactId: ctx.contact.id,
          dueAt: ctx.now,
          reason: both(
            `This would be your ${ordinalEn(wouldBe)} first message to someone new today; your limit is ${limit}.`,
            `Ce serait votre ${wouldBe}e premier message à une nouvelle personne aujourd’hui ; votre limite est de ${limit}.`,
          ),
          action: slowDown(),
          details: { count: wouldBe, limit },
        }),
      );
  }

  if (draft && outreach && outreach.similarToDraft >= SIMILAR_LIMIT)
    out.push(
      makeFinding('living-spam', {
        key: `living-spam:${ctx.contact.id}:similar`,
        severity: 'medium',
        contactId: ctx.contact.id,
        dueAt: ctx.now,
        reason: both(
          `You sent ${outreach.similarToDraft} near-identical messages to ${outreach.similarPeople} people in the last ${days(outreach.windowDays).en}. Write this one for ${name}.`,
          `Vous avez envoyé ${outreach.similarToDraft} messages presque identiques à ${outreach.similarPeople} personnes ces ${days(outreach.windowDays).fr}. Écrivez celui-ci pour ${name}.`,
        ),
        action: slowDown(),
        details: { count: outreach.similarToDraft, people: outreach.similarPeople, windowDays: outreach.windowDays },
      }),
    );

  const unanswered = unansweredInARow(ctx);
  const total = unanswered.count + (draft ? 1 : 0);
  if (total >= UNANSWERED_LIMIT) {
    const span = unanswered.firstAt !== undefined ? days((ctx.now - unanswered.firstAt) / DAY) : undefined;
    const over = span ? { en: ` over ${span.en}`, fr: ` en ${span.fr}` } : { en: '', fr: '' };
    out.push(
      makeFinding('living-spam', {
        key: `living-spam:${ctx.contact.id}:unanswered:${unanswered.count}`,
        severity: draft ? 'medium' : 'low',
        contactId: ctx.contact.id,
        dueAt: ctx.now,
        reason: draft
          ? both(
              `${name} has not answered your last ${unanswered.count} message${unanswered.count > 1 ? 's' : ''}${over.en}; this would be the ${ordinalEn(total)}.`,
              `${name} n’a pas répondu à vos ${unanswered.count} derniers messages${over.fr} ; ce serait le ${total}e.`,
            )
          : both(
              `${name} has not answered your last ${unanswered.count} messages${over.en}.`,
              `${name} n’a pas répondu à vos ${unanswered.count} derniers messages${over.fr}.`,
            ),
        action: slowDown(),
        details: { count: unanswered.count },
      }),
    );
  }
  return out;
}

/** Your messages and invitations to this person since they last answered. */
function unansweredInARow(ctx: RuleContext): { count: number; firstAt?: number } {
  let lastReply = Number.isFinite(ctx.contact.lastReplyAt) ? ctx.contact.lastReplyAt! : -Infinity;
  for (const i of ctx.interactions) if (i?.kind === 'message-received' && i.at > lastReply) lastReply = i.at;
  let count = 0;
  let firstAt: number | undefined;
  for (const i of ctx.interactions)
    if (i && (i.kind === 'message-sent' || i.kind === 'invite-sent') && i.at > lastReply) {
      count++;
      firstAt = firstAt === undefined ? i.at : Math.min(firstAt, i.at);
    }
  return { count, firstAt };
}

function slowDown() {
  return {
    kind: 'slow-down' as const,
    label: both('Fewer, better messages: wait, or make this one personal', 'Moins de messages, mais mieux : attendez, ou personnalisez celui-ci'),
  };
}

function ordinalEn(n: number): string {
  const t = n % 100;
  if (t >= 11 && t <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}
