import { useLive } from '@/storage/live';
import { say, text } from '@/schemas/i18n';
import { database } from '@/storage/db';

const fieldNames: Record<string, ReturnType<typeof text>> = {
  body: text('本文', 'Body'),
  subject: text('件名', 'Subject'),
};

/** Fields the user pointed at on pages we could not read by label; each can be forgotten. */
export function RememberedFieldsSettings() {
  const rows = useLive((db) => db.pageFields.orderBy('page').toArray(), []);
  if (!rows) return null;
  return (
    <section aria-labelledby="remembered-fields-title">
      <h2 id="remembered-fields-title">{say(text('記憶した入力欄', 'Remembered fields'))}</h2>
      {rows.length === 0 ? (
        <p className="muted">{say(text('記憶した入力欄はありません。', 'No remembered fields.'))}</p>
      ) : (
        <ul>
          {rows.map((row) => {
            const name = fieldNames[row.field] ? say(fieldNames[row.field]!) : row.field;
            return (
              <li key={`${row.page} ${row.field}`} className="row">
                <span>{row.page}</span>
                <strong>{name}</strong>
                <code className="muted">{row.selector}</code>
                <button
                  type="button"
                  className="danger"
                  aria-label={`${say(text('記憶を削除', 'Forget'))}: ${row.page} ${name}`}
                  onClick={() => void database().then((db) => db.pageFields.delete([row.page, row.field]))}
                >
                  {say(text('記憶を削除', 'Forget'))}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
