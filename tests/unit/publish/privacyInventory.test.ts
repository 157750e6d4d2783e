import { describe, expect, it } from 'vitest';
import { DERIVED_TABLES, fieldLabelKey, LOCAL_STORAGE_ITEMS, storedSettings, storedTables } from '../../../components/welcome/privacyInventory';
import { SCHEMA_VERSIONS } from '../../../utils/db/schema';
import { en } from '../../../utils/i18n/en';
import { fr } from '../../../utils/i18n/fr';
import { DEFAULT_SETTINGS } from '../../../utils/model/settings';

const inBoth = (key: string) => key in en && key in fr;

describe('the privacy page lists what the code stores', () => {
  it('every table of the database, no more, no less', () => {
    const latest = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1];
    const tables = Object.entries(latest.stores).filter(([, spec]) => spec !== null).map(([name]) => name);
    expect([...storedTables().map((t) => t.table), ...DERIVED_TABLES.map((t) => t.table)].sort()).toEqual(tables.sort());
  });

  it('says in both languages what the tables made from the others hold', () => {
    for (const { label } of DERIVED_TABLES) expect(inBoth(label), label).toBe(true);
  });

  it('every field of every table has words in English and French (a new field in the model fails here until described)', () => {
    const missing: string[] = [];
    for (const { table, fields } of storedTables()) {
      expect(inBoth(`privacy.table.${table}`), table).toBe(true);
      for (const field of fields) if (!fieldLabelKey(table, field, inBoth)) missing.push(`${table}.${field}`);
    }
    expect(missing).toEqual([]);
  });

  it('contacts list their notes and interactions the message text: the sensitive fields are named', () => {
    const fieldsOf = (name: string) => storedTables().find((t) => t.table === name)!.fields;
    expect(fieldsOf('contacts')).toEqual(expect.arrayContaining(['name', 'notes', 'headline', 'mutualNames']));
    expect(fieldsOf('interactions')).toEqual(expect.arrayContaining(['text', 'threadUrl']));
  });

  it('every setting, with words in both languages', () => {
    expect(storedSettings().sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
    for (const name of storedSettings()) expect(inBoth(`privacy.setting.${name}`), name).toBe(true);
  });

  it('the working notes in browser storage have words in both languages', () => {
    for (const { label } of LOCAL_STORAGE_ITEMS) expect(inBoth(label), label).toBe(true);
  });
});
