import { toJstMinute } from '@/schemas/jst';
import { momentText } from '@/components/moment';
import { useLive } from '@/storage/live';
import { say, text } from '@/schemas/i18n';
import { formEntryById } from '@/schemas/catalog';
import { sendStatesOfIncident } from '@/storage/history';
import { draftsOfIncident, listIncidents } from '@/storage/incidents';
import type { IncidentRow } from '@/storage/schema';

interface Props {
  incident: IncidentRow;
  /** The form open below: its chip is marked as current. */
  formId: string;
  onOpenForm(formId: string): void;
  onNew(): void;
  onResume(incidentId: string): void;
}

const stateNames = {
  draft: text('下書き', 'draft'),
  filled: text('入力済み', 'filled'),
  mailed: text('メール作成済み', 'mail made'),
  sent: text('送信済み', 'sent'),
};

/** 「11月22日 10時15分 · example.jp」: when and where, or that neither is known yet. */
function describeIncident(incident: IncidentRow): string {
  const when = incident.occurredAt ? momentText(incident.occurredAt) : say(text('日時未確定', 'time not known yet'));
  let where = incident.title ?? '';
  if (!where && incident.pageUrl) {
    try {
      where = new URL(incident.pageUrl).host;
    } catch {
      where = incident.pageUrl;
    }
  }
  return where ? `${when} · ${where}` : when;
}

/**
 * The incident the popup works on, the tickets written for it so far (one per vendor form), and
 * the ways to start another or go back to an earlier one.
 */
export function IncidentHeader({ incident, formId, onOpenForm, onNew, onResume }: Props) {
  const drafts = useLive(() => draftsOfIncident(incident.id), [incident.id]);
  const earlier = useLive(
    async () => (await listIncidents()).filter((i) => i.id !== incident.id).slice(0, 10),
    [incident.id],
  );
  // What the user said about each ticket after its fill or mail (「送信しましたか?」).
  const sendStates = useLive(() => sendStatesOfIncident(incident.id), [incident.id]);
  return (
    <section className="incident" aria-label={say(text('問い合わせ', 'Incident'))}>
      <p className="incident-summary">
        <strong>{say(text('この問い合わせ', 'This incident'))}:</strong>{' '}
        <span data-testid="incident-summary">{describeIncident(incident)}</span>
      </p>
      {drafts && drafts.length > 0 && (
        <ul className="incident-drafts row" aria-label={say(text('この問い合わせの下書き', "This incident's drafts"))}>
          {drafts.map((d) => {
            const form = formEntryById(d.formId);
            if (!form) return null;
            const state = say(stateNames[sendStates?.get(d.formId) ?? 'draft']);
            return (
              <li key={d.id}>
                <button
                  type="button"
                  className="chip"
                  aria-current={d.formId === formId ? 'true' : undefined}
                  onClick={() => onOpenForm(d.formId)}
                >
                  {say(form.title)} · {state} {toJstMinute(new Date(d.updatedAt)).slice(11)}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="row">
        <button type="button" onClick={onNew}>
          {say(text('新しい問い合わせ', 'New incident'))}
        </button>
        {earlier && earlier.length > 0 && (
          <select
            aria-label={say(text('以前の問い合わせを開く', 'Open an earlier incident'))}
            value=""
            onChange={(e) => e.target.value && onResume(e.target.value)}
          >
            <option value="">{say(text('以前の問い合わせ…', 'Earlier incidents…'))}</option>
            {earlier.map((i) => (
              <option key={i.id} value={i.id}>
                {describeIncident(i)}
              </option>
            ))}
          </select>
        )}
      </div>
    </section>
  );
}
