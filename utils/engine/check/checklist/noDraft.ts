import { both } from '../../../rules/makeFinding';

export const NO_DRAFT = both('No message being written.', 'Aucun message en cours d’écriture.');
