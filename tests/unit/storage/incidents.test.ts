import { describe, expect, it } from 'vitest';
import {
  currentIncident,
  INCIDENT_JOIN_WINDOW_MS,
  incidentOfCapture,
  listIncidents,
  readIncidentSnapshot,
  resumeIncident,
  startIncident,
  storeIncident,
} from '@/storage/incidents';
import { database } from '@/storage/db';

const capture = (createdAt: string, facts: { pageUrl?: string; selectionText?: string } = {}) => ({
  createdAt,
  pageUrl: facts.pageUrl ?? 'https://app.example.jp/login',
  title: '業務システム - ログインエラー',
  selectionText: facts.selectionText,
});

/** As the capture pipeline does: read before the grab, choose, store (there with the capture). */
async function incidentForCapture(c: ReturnType<typeof capture>) {
  const choice = incidentOfCapture(await readIncidentSnapshot(new Date(c.createdAt)), c);
  await storeIncident(choice);
  return choice.incident;
}

async function stored(id: string, createdAt: string, incidentId: string) {
  await (
    await database()
  ).captures.add({
    id,
    createdAt,
    pageUrl: 'https://app.example.jp/login',
    title: 't',
    mimeType: 'image/png',
    width: 1,
    height: 1,
    bytes: 1,
    stamped: true,
    redacted: false,
    image: new Blob(['x']),
    incidentId,
  });
}

describe('incidents', () => {
  it('a first capture starts an incident that knows when, where and what', async () => {
    const incident = await incidentForCapture(capture('2026-11-22T01:15:00.000Z', { selectionText: 'AADSTS50105' }));
    expect(incident).toMatchObject({
      occurredAt: '2026-11-22T01:15:00.000Z',
      pageUrl: 'https://app.example.jp/login',
      selectionText: 'AADSTS50105',
    });
    expect((await currentIncident()).id).toBe(incident.id);
  });

  it('a capture soon after joins the incident and keeps its first moment and text', async () => {
    const first = await incidentForCapture(capture('2026-11-22T01:15:00.000Z', { selectionText: '最初のエラー' }));
    await stored('c1', '2026-11-22T01:15:00.000Z', first.id);
    const second = await incidentForCapture(
      capture('2026-11-22T01:40:00.000Z', { selectionText: '二つ目', pageUrl: 'https://other.example.jp/' }),
    );
    expect(second.id).toBe(first.id);
    expect(second).toMatchObject({ occurredAt: '2026-11-22T01:15:00.000Z', selectionText: '最初のエラー' });
  });

  it('a capture long after the last one is a new incident; the earlier one stays listed', async () => {
    const first = await incidentForCapture(capture('2026-11-22T01:15:00.000Z'));
    await stored('c1', '2026-11-22T01:15:00.000Z', first.id);
    const later = new Date(Date.parse('2026-11-22T01:15:00.000Z') + INCIDENT_JOIN_WINDOW_MS + 60_000).toISOString();
    const second = await incidentForCapture(capture(later));
    expect(second.id).not.toBe(first.id);
    expect(second.occurredAt).toBe(later);
    expect((await listIncidents()).map((i) => i.id)).toEqual([second.id, first.id]);
    await resumeIncident(first.id);
    expect((await currentIncident()).id).toBe(first.id);
  });

  it('an incident started long ago is joined while its newest capture is recent, among older ones', async () => {
    const first = await incidentForCapture(capture('2026-11-22T01:00:00.000Z'));
    await stored('c1', '2026-11-22T01:00:00.000Z', first.id);
    await stored('c2', '2026-11-22T01:50:00.000Z', first.id);
    await stored('other', '2026-11-22T02:30:00.000Z', 'another-incident');
    const third = await incidentForCapture(capture('2026-11-22T02:45:00.000Z'));
    expect(third.id).toBe(first.id);
  });

  it('「新しい問い合わせ」 started before any capture learns its moment from the first one', async () => {
    const started = await startIncident({}, new Date('2026-11-22T01:10:00.000Z'));
    expect(started.occurredAt).toBeUndefined();
    const joined = await incidentForCapture(capture('2026-11-22T01:15:00.000Z', { selectionText: 'エラー' }));
    expect(joined).toMatchObject({ id: started.id, occurredAt: '2026-11-22T01:15:00.000Z', selectionText: 'エラー' });
  });
});
