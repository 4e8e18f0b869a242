import { describe, expect, it, vi } from 'vitest';
import { database } from '@/storage/db';
import { addRedactedCopy, countUnattached, listCaptures, replaceCaptureImage, saveCapture } from '@/storage/captures';
import { loadDraft, saveDraft } from '@/storage/drafts';
import { incidentOfCapture, listIncidents, readIncidentSnapshot, startIncident } from '@/storage/incidents';
import { getSetting, setSetting } from '@/storage/settings';
import { setLocale } from '@/schemas/i18n';
import { captureRow } from './rows';

describe('capture storage', () => {
  it('a write that hits the storage quota says so and leaves earlier captures intact', async () => {
    await saveCapture(captureRow('first', '2026-11-21T01:00:00.000Z'));
    await saveCapture(captureRow('second', '2026-11-21T02:00:00.000Z'));
    vi.spyOn((await database()).captures, 'add').mockRejectedValueOnce(new DOMException('quota', 'QuotaExceededError'));
    await expect(saveCapture(captureRow('third', '2026-11-21T03:00:00.000Z'))).rejects.toThrow(
      '保存容量が足りないため、キャプチャを保存できませんでした',
    );
    expect((await listCaptures()).map((c) => c.id)).toEqual(['second', 'first']);
  });

  it('a capture that cannot be stored leaves its incident as it was: no new incident, the current one unchanged', async () => {
    const earlier = await startIncident({}, new Date('2026-11-21T00:00:00.000Z'));
    const at = '2026-11-21T03:00:00.000Z';
    const choice = incidentOfCapture(await readIncidentSnapshot(new Date(at)), { ...captureRow('late', at) });
    expect(choice.started).toBe(true); // three hours later: the capture would start a new incident
    vi.spyOn((await database()).captures, 'add').mockRejectedValueOnce(new DOMException('quota', 'QuotaExceededError'));
    await expect(saveCapture(captureRow('late', at), choice)).rejects.toThrow('保存容量が足りないため');
    expect(await listIncidents()).toEqual([earlier]);
    expect(await getSetting('incident.current')).toBe(earlier.id);
    expect(await listCaptures()).toEqual([]);
  });

  it('a capture stored with its incident lands in it, and that incident becomes current', async () => {
    const at = '2026-11-21T03:00:00.000Z';
    const choice = incidentOfCapture(await readIncidentSnapshot(new Date(at)), captureRow('first', at));
    await saveCapture(captureRow('first', at), choice);
    const [stored] = await listCaptures();
    expect(stored?.incidentId).toBe(choice.incident.id);
    expect(await getSetting('incident.current')).toBe(choice.incident.id);
    expect((await listIncidents()).map((i) => i.pageUrl)).toEqual(['https://help.iij.ad.jp/first']);
  });

  it('a failed redaction write keeps the original image, with an English message in English', async () => {
    setLocale('en');
    const original = captureRow('first', '2026-11-21T01:00:00.000Z');
    await saveCapture(original);
    vi.spyOn((await database()).captures, 'update').mockRejectedValueOnce(new Error('disk I/O'));
    const redacted = { image: new Blob(['x']), mimeType: 'image/png', width: 1, height: 1, bytes: 1, redacted: true };
    await expect(replaceCaptureImage('first', redacted)).rejects.toThrow(
      'The capture could not be saved. Please try again. Your earlier captures are intact.',
    );
    const [kept] = await listCaptures();
    expect(kept?.redacted).toBe(false);
    expect(kept?.bytes).toBe(4);
  });

  it('counts captures on no draft (the toolbar badge); one capture may go with several drafts', async () => {
    await saveCapture(captureRow('a', '2026-11-21T01:00:00.000Z'));
    await saveCapture(captureRow('b', '2026-11-21T02:00:00.000Z'));
    await saveCapture(captureRow('c', '2026-11-21T03:00:00.000Z'));
    expect(await countUnattached()).toBe(3);
    await saveDraft({ formId: 'iij-login-inquiry', incidentId: 'i', values: {}, captureIds: ['a', 'b'] });
    await saveDraft({ formId: 'pentio-request', incidentId: 'i', values: {}, captureIds: ['b'] });
    expect(await countUnattached()).toBe(1);
  });

  it('puts a redacted copy in the original’s place on every draft that sends it', async () => {
    await saveCapture(captureRow('a', '2026-11-21T01:00:00.000Z'));
    await saveDraft({ formId: 'iij-login-inquiry', incidentId: 'i', values: {}, captureIds: ['a'] });
    await saveDraft({ formId: 'pentio-request', incidentId: 'i', values: {}, captureIds: ['x', 'a'] });
    const [original] = await listCaptures();
    const copy = await addRedactedCopy(original!, {
      image: new Blob(['red']),
      mimeType: 'image/png',
      width: 1,
      height: 1,
      bytes: 3,
    });
    expect((await loadDraft('iij-login-inquiry', 'i'))?.captureIds).toEqual([copy.id]);
    expect((await loadDraft('pentio-request', 'i'))?.captureIds).toEqual(['x', copy.id]);
    expect((await listCaptures()).map((c) => c.id).sort()).toEqual(['a', copy.id].sort());
  });
});

describe('capture settings', () => {
  it('default to stamping, 30 days and quality 0.85', async () => {
    expect([
      await getSetting('capture.stamp'),
      await getSetting('capture.retentionDays'),
      await getSetting('capture.quality'),
    ]).toEqual([true, 30, 0.85]);
  });

  it('reject a retention period of 0 days in Japanese and keep the old value', async () => {
    await setSetting('capture.retentionDays', 14);
    await expect(setSetting('capture.retentionDays', 0)).rejects.toThrow('保存期間は1日以上にしてください');
    expect(await getSetting('capture.retentionDays')).toBe(14);
  });

  it('read a stored value that no longer parses as the default', async () => {
    await (await database()).settings.put({ key: 'capture.quality', value: 'high' });
    expect(await getSetting('capture.quality')).toBe(0.85);
  });
});
