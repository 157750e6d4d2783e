import type { due as en } from '../en/due';

/** Textes de l'interface en français : due. */
export const due: Record<keyof typeof en, string> = {
  'due.title': 'À faire',
  'due.empty': 'Rien à faire. Tout le monde a eu de vos nouvelles.',
  'due.category.update': 'Nouvelles dues à vos recommandeurs',
  'due.category.promise': 'Promesses et prochaines étapes',
  'due.category.keep-warm': 'Garder le contact',
  'due.writeTo': 'Écrire à {name}',
  'due.done': 'Marquer comme fait',
  'due.informed': 'C’est fait',
  'due.snooze': 'Reporter d’une semaine',
  'due.dismiss': 'Ignorer',
  'due.more': 'Encore {n} dans le tableau de bord.',
  'due.failed': 'Non enregistré : {error}',
  'kind.message-sent': 'message envoyé',
  'kind.message-received': 'message reçu',
  'kind.invite-sent': 'invitation envoyée',
  'kind.meeting': 'rendez-vous',
  'kind.call': 'appel',
  'kind.outcome': 'résultat',
  'kind.update-sent': 'nouvelles transmises',
  'kind.give': 'coup de main donné',
  'kind.received-give': 'coup de main reçu',
};
