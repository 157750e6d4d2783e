import type { Bilingual, Finding, RuleId } from '../model/finding';
import { PRINCIPLES } from './principles';

/** A finding of `rule`, with the principle it comes from attached. */
export function makeFinding(rule: RuleId, fields: Omit<Finding, 'rule' | 'principle'>): Finding {
  return { rule, ...fields, principle: PRINCIPLES[rule] };
}

export function both(en: string, fr: string): Bilingual {
  return { en, fr };
}

/** "3 days" / "3 jours", "1 day" / "1 jour". */
export function days(n: number): Bilingual {
  const k = Math.max(0, Math.floor(n));
  return { en: `${k} day${k === 1 ? '' : 's'}`, fr: `${k} jour${k > 1 ? 's' : ''}` };
}
