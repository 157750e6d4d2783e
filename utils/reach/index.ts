export { assessReach, type ReachAssessment } from './assessReach';
export { readRole, type RoleKind, type RoleReading } from './hiringRole';
export { readSharedHistory, type SharedHistory } from './sharedHistory';
export { ASK_NOUN } from './reachReasons';
