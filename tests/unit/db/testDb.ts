import { RelaisDB } from '../../../utils/db/database';

let n = 0;
/** A fresh, empty database on fake-indexeddb for one test. */
export function freshDb(): RelaisDB {
  n += 1;
  return new RelaisDB(`relais-test-${process.pid}-${n}-${Math.random().toString(36).slice(2)}`);
}
