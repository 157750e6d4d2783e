export { graphOf, recommendersUpChain, contactsDownChain, introducedContacts, type IntroGraph, type IntroSource, type ChainLink } from './graph';
export { stepsSince, sortedByTime } from './steps';
export { owedUpdates, isUpdate, isUpdateTo, interactionLookup, type OwedUpdate, type InteractionSource, type OwedUpdateOptions } from './owedUpdates';
