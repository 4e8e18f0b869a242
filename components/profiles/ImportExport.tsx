import { useRef, useState } from 'react';
import { compactJstMinute } from '@/schemas/jst';
import { say, text } from '@/schemas/i18n';
import type { Profile } from '@/schemas/profile';
import { applyImport, checkImport, exportProfiles, type ImportPlan } from '@/storage/profile-files';
import { downloadBlob } from '@/utils/download';

/** Export every profile to a JSON file; import one back after showing what it will change. */
// eslint-disable-next-line max-lines-per-function -- export, file reading, preview and apply share one import state; most lines are markup
export function ImportExport({ profiles }: { profiles: Profile[] }) {
  const fileInput = useRef<HTMLInputElement>(null);
  const [plan, setPlan] = useState<ImportPlan>();
  const [errors, setErrors] = useState<string[]>([]);
  const [status, setStatus] = useState('');

  function exportAll() {
    const blob = new Blob([exportProfiles(profiles)], { type: 'application/json' });
    downloadBlob(blob, `profiles-${compactJstMinute(new Date())}.json`);
  }

  async function readFile(file: File | undefined) {
    setPlan(undefined);
    setErrors([]);
    setStatus('');
    if (!file) return;
    const check = await checkImport(await file.text());
    if (check.ok) setPlan(check.plan);
    else setErrors(check.errors);
    if (fileInput.current) fileInput.current.value = '';
  }

  async function apply() {
    if (!plan) return;
    try {
      await applyImport(plan);
      setStatus(
        say(
          text(`${plan.profiles.length}件のプロファイルを取り込みました`, `Imported ${plan.profiles.length} profiles`),
        ),
      );
    } catch (error) {
      setErrors([
        say(
          text(
            '取り込みに失敗しました。プロファイルは変更されていません: ',
            'Import failed; your profiles are unchanged: ',
          ),
        ) + String(error),
      ]);
    }
    setPlan(undefined);
  }

  return (
    <section aria-labelledby="import-export-heading">
      <h3 id="import-export-heading">{say(text('エクスポート / インポート', 'Export / import'))}</h3>
      <div className="row">
        <button type="button" onClick={exportAll} disabled={profiles.length === 0}>
          {say(text('すべてのプロファイルをエクスポート', 'Export all profiles'))}
        </button>
        <label className="row">
          {say(text('ファイルからインポート:', 'Import from a file:'))}
          <input
            ref={fileInput}
            type="file"
            accept="application/json,.json"
            onChange={(e) => void readFile(e.target.files?.[0])}
          />
        </label>
      </div>
      {errors.length > 0 && (
        <div role="alert" className="notice error">
          <p>
            {say(
              text(
                'このファイルは取り込めません。プロファイルは変更していません。',
                'This file cannot be imported. Your profiles are unchanged.',
              ),
            )}
          </p>
          <ul>
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      {plan && (
        <div className="import-preview" aria-label={say(text('インポートの内容', 'What the import will do'))}>
          <p>
            {say(
              text(
                `追加 ${plan.added.length}件・置き換え ${plan.replaced.length}件`,
                `${plan.added.length} to add, ${plan.replaced.length} to replace`,
              ),
            )}
          </p>
          <ul>
            {plan.added.map((p) => (
              <li key={p.id}>
                {say(text('追加', 'Add'))}: {p.name}
              </li>
            ))}
            {plan.replaced.map(({ before, after }) => (
              <li key={after.id}>
                {say(text('置き換え', 'Replace'))}: {before.name} → {after.name}
              </li>
            ))}
          </ul>
          <div className="row">
            <button type="button" className="primary" onClick={() => void apply()}>
              {say(text('取り込む', 'Import'))}
            </button>
            <button type="button" onClick={() => setPlan(undefined)}>
              {say(text('やめる', 'Cancel'))}
            </button>
          </div>
        </div>
      )}
      {status && (
        <p role="status" className="ok">
          {status}
        </p>
      )}
    </section>
  );
}
