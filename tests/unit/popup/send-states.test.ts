import { describe, expect, it } from 'vitest';
import { addHistory, answerSent, sendStatesOfIncident, unansweredSend } from '@/storage/history';

describe('send states of an incident', () => {
  it('a fill or mail waits for its answer; 送信した is final for the form; other incidents do not count', async () => {
    const fill = await addHistory({ formId: 'a', incidentId: 'i1', action: 'fill', status: 'unanswered', text: '' });
    await addHistory({ formId: 'b', incidentId: 'i1', action: 'eml', status: 'unanswered', text: '' });
    await addHistory({ formId: 'c', incidentId: 'i1', action: 'copy', text: '' });
    await addHistory({ formId: 'a', incidentId: 'i2', action: 'fill', status: 'sent', text: '' });
    expect(await sendStatesOfIncident('i1')).toEqual(
      new Map([
        ['a', 'filled'],
        ['b', 'mailed'],
      ]),
    );
    expect((await unansweredSend('i1', 'a'))?.id).toBe(fill);
    await answerSent(fill, true, new Date('2026-11-24T02:00:00Z'));
    expect(await unansweredSend('i1', 'a')).toBeUndefined();
    // A later fill of a sent ticket does not take its 送信済み away.
    await addHistory({ formId: 'a', incidentId: 'i1', action: 'fill', status: 'unanswered', text: '' });
    expect((await sendStatesOfIncident('i1')).get('a')).toBe('sent');
  });
});
