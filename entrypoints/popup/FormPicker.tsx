import type { FormDefinition } from '@/schemas/form-definition';
import { say, text } from '@/schemas/i18n';
import { formEntries, loadForm } from '@/schemas/catalog';
import { vendors } from '@/schemas/vendors';

interface Props {
  form?: FormDefinition;
  /** The form was suggested because the target page is its vendor's. */
  forPage: boolean;
  onPick(form: FormDefinition): void;
}

/** The forms, grouped by vendor, with the chosen form's description. */
export function FormPicker({ form, forPage, onPick }: Props) {
  return (
    <div className="field">
      <label htmlFor="form-picker">{say(text('問い合わせフォーム', 'Support form'))}</label>
      <select
        id="form-picker"
        value={form?.id ?? ''}
        disabled={!form}
        onChange={(e) => void loadForm(e.target.value).then((picked) => picked && onPick(picked))}
      >
        {vendors.map((vendor) => (
          <optgroup key={vendor.id} label={say(vendor.name)}>
            {formEntries
              .filter((candidate) => candidate.vendor === vendor.id)
              .map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {say(candidate.title)}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
      {forPage && form && (
        <span className="help">{say(text('このページのベンダー向けのフォームです', "This page's vendor form"))}</span>
      )}
      {form?.description && <span className="help">{say(form.description)}</span>}
    </div>
  );
}
