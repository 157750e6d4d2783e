export * from './types';
export * from './settings';
export * from './finding';
export * from './contactId';
export * from './draft';
