// A page that names someone more briefly than Relais knows them (an invitation dialog's "Julie")
// never shortens the name; a different name (a new surname) still replaces it.
import { describe, expect, it } from 'vitest';
import { recordCapture } from '../../../utils/db/recordCapture';
import { recordPageSeen } from '../../../utils/db/recordPageSeen';
import { extendsName, fullestName } from '../../../utils/people/fullestName';
import type { CapturePayload, PageSeenPayload } from '../../../utils/messaging/payloads';
import { freshDb } from './testDb';

const NOW = Date.UTC(2026, 11, 8, 10, 0);
const JULIE = 'https://www.linkedin.com/in/julie-petit-5b2c8a/';
const ID = 'linkedin:in/julie-petit-5b2c8a';

const invite = (name: string, captureId = 'cap_julie01'): CapturePayload => ({
  captureId, kind: 'invite-sent', at: NOW, text: '', surface: 'invitation', recipients: [{ name, profileUrl: JULIE }],
});
const profileSeen = (name: string): PageSeenPayload => ({ kind: 'profile', name, profileUrl: JULIE, mutualNames: [], hiring: false, openToWork: false });

describe('names of one person', () => {
  it('"Julie Petit" extends "Julie", case and accents aside; other names do not', () => {
    expect(extendsName('Julie Petit', 'julie')).toBe(true);
    expect(extendsName('Élodie Martin', 'Elodie')).toBe(true);
    expect(extendsName('Julie', 'Julie Petit')).toBe(false);
    expect(extendsName('Julien Petit', 'Julie')).toBe(false);
    expect(fullestName('Julie', 'Julie Petit', 'Marc Dupont')).toBe('Julie Petit');
    expect(fullestName('', 'Julie')).toBe('Julie');
  });

  it('an invitation naming only "Julie" lands on the contact known as "Julie Petit", who keeps her full name', async () => {
    const db = freshDb();
    await recordPageSeen(db, profileSeen('Julie Petit'), NOW - 60_000);
    const result = await recordCapture(db, invite('Julie'), NOW);
    expect(result.contactIds).toEqual([ID]);
    expect((await db.contacts.get(ID))?.name).toBe('Julie Petit');
    expect(await db.interactions.where('contactId').equals(ID).count()).toBe(1);
  });

  it('the full name seen later replaces the first name seen first', async () => {
    const db = freshDb();
    await recordCapture(db, invite('Julie'), NOW);
    await recordPageSeen(db, profileSeen('Julie Petit'), NOW + 60_000);
    expect((await db.contacts.get(ID))?.name).toBe('Julie Petit');
  });

  it('a different name is taken (she changed her surname)', async () => {
    const db = freshDb();
    await recordPageSeen(db, profileSeen('Julie Petit'), NOW);
    await recordPageSeen(db, profileSeen('Julie Moreau'), NOW + 60_000);
    expect((await db.contacts.get(ID))?.name).toBe('Julie Moreau');
  });
});
