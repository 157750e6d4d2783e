import type { MessageKey } from './en';

/** Textes de l'interface en français. */
export const fr: Record<MessageKey, string> = {
  'popup.title': 'Relais',
  'popup.recent': 'Contacts récents',
  'popup.empty': 'Rien d’enregistré pour l’instant. Envoyez un message ou une invitation sur LinkedIn : ils apparaîtront ici.',
  'popup.lastInteraction': 'Dernier : {kind}, {when}',
  'popup.noInteraction': 'Aucun échange pour l’instant',
  'page.unrecognised': 'Relais ne sait pas lire cette page ({reason}) : il n’y enregistre rien.',
  'page.unsupported': 'Cet onglet n’est pas LinkedIn : pas de liste de vérification ici.',
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
