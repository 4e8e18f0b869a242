import { browser } from 'wxt/browser';
import { say, text } from '@/schemas/i18n';
import type { FieldProps, PageOptionsState } from './types';

const texts = {
  choose: text('選択してください', 'Choose'),
  notOnPage: text('(ページの選択肢にない値)', '(not among the page’s options)'),
  learned: (origin: string, at: string) =>
    text(
      `選択肢は ${origin} のリクエストページから読み取りました(${at})。`,
      `Options as ${origin}’s request page lists them (read ${at}).`,
    ),
  unknown: text(
    '選択肢はヘルプセンターのリクエストページから読み取ります。リクエストページを一度開いてから、ここに戻ってください(入力中の内容は保存されています)。',
    'The options come from the help center’s request page. Open the request page once, then come back (your draft is kept).',
  ),
  open: text('リクエストページを開く', 'Open the request page'),
};

/** Options from the form definition, or the vendor page's own (FieldDef.pageOptions). */
function optionsOf(props: FieldProps<string>): { value: string; label: string }[] {
  if (props.field.pageOptions) return props.pageOptions?.kind === 'learned' ? props.pageOptions.options : [];
  return (props.field.options ?? []).map((o) => ({ value: o.value, label: say(o.label) }));
}

function PageOptionsNote({ state }: { state: PageOptionsState | undefined }) {
  if (state?.kind === 'learned')
    return <p className="muted page-options">{say(texts.learned(state.origin, state.learnedAt.slice(0, 10)))}</p>;
  return (
    <p className="notice page-options" role="note">
      {say(texts.unknown)}{' '}
      {state?.requestPage && (
        <button type="button" onClick={() => void browser.tabs.create({ url: state.requestPage })}>
          {say(texts.open)}
        </button>
      )}
    </p>
  );
}

export function SelectField(props: FieldProps<string>) {
  const { field, id, value, onChange, invalid, describedBy } = props;
  const options = optionsOf(props);
  // A value the page no longer lists stays in the draft and shows as such, never silently dropped.
  const stale =
    value && !options.some((o) => o.value === value) ? [{ value, label: `${value} ${say(texts.notOnPage)}` }] : [];
  return (
    <>
      <select
        id={id}
        value={value ?? ''}
        aria-required={field.required}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">{say(texts.choose)}</option>
        {[...options, ...stale].map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {field.pageOptions && <PageOptionsNote state={props.pageOptions} />}
    </>
  );
}
