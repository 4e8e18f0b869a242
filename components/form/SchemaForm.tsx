import { Fragment, useId, useState, type ComponentType } from 'react';
import type { FieldDef, FieldKind } from '@/schemas/form-definition';
import { say, text, type Text } from '@/schemas/i18n';
import { CapturesField } from './fields/CapturesField';
import { CheckboxField } from './fields/CheckboxField';
import { CheckboxGroupField } from './fields/CheckboxGroupField';
import { DateField } from './fields/DateField';
import { DatetimeJstField } from './fields/DatetimeJstField';
import { EmailField } from './fields/EmailField';
import { MailListField } from './fields/MailListField';
import { MultilineField } from './fields/MultilineField';
import { RadioField } from './fields/RadioField';
import { SelectField } from './fields/SelectField';
import { TextField } from './fields/TextField';
import type { CaptureChoice, FieldProps, PageOptionsState } from './fields/types';
import { valueAt, type Values } from '@/schemas/paths';
import { MessageList } from './MessageList';
import type { FormMessage } from './validate';

type Naming = 'label' | 'legend' | 'self';

/** Erases a field component's value type: the dispatcher hands each kind the value at its path. */
const kind = <V,>(component: ComponentType<FieldProps<V>>, naming: Naming) => ({
  component: component as unknown as ComponentType<FieldProps<unknown>>,
  naming,
});

/** How a kind is drawn and what names it: a <label>, a fieldset <legend>, or the control itself. */
const kinds: Record<FieldKind, { component: ComponentType<FieldProps<unknown>>; naming: Naming }> = {
  text: kind(TextField, 'label'),
  multiline: kind(MultilineField, 'label'),
  email: kind(EmailField, 'label'),
  mailList: kind(MailListField, 'label'),
  datetimeJst: kind(DatetimeJstField, 'label'),
  date: kind(DateField, 'label'),
  checkbox: kind(CheckboxField, 'self'),
  checkboxGroup: kind(CheckboxGroupField, 'legend'),
  radio: kind(RadioField, 'legend'),
  select: kind(SelectField, 'label'),
  captures: kind(CapturesField, 'legend'),
};

export interface FieldBadge {
  label: Text;
  reason?: Text;
  warn?: boolean;
}

export interface SchemaFormProps {
  /** The visible fields, in order (getVisibleFields). */
  fields: FieldDef[];
  values: Values;
  messages: Map<string, FormMessage[]>;
  onChange: (path: string, value: unknown) => void;
  /** A rule's fix was accepted: the whole values object is replaced. */
  onApplyFix: (apply: (values: Values) => Values) => void;
  captures?: CaptureChoice[];
  /** A note beside a field's label: 自動検出, or 要確認 with its reason under the field. */
  badges?: Map<string, FieldBadge>;
  /** Options vendor pages listed, for fields whose options are the page's own (FieldDef.pageOptions). */
  pageOptions?: (field: FieldDef) => PageOptionsState | undefined;
  /** Today, for dates a vendor accepts only from some day on (FieldDef.earliestDate). */
  now?: Date;
}

/** Draws any vendor form from its field definitions: one component per input kind. */
export function SchemaForm({
  fields,
  values,
  messages,
  onChange,
  onApplyFix,
  captures,
  badges,
  pageOptions,
  now,
}: SchemaFormProps) {
  const formId = useId();
  return fields.map((field, index) => {
    const section = field.section && say(field.section);
    const previous = fields[index - 1]?.section;
    const startsSection = section && (!previous || say(previous) !== section);
    return (
      <Fragment key={field.path}>
        {startsSection && <h3 className="section">{section}</h3>}
        <FieldRow
          field={field}
          baseId={`${formId}-${field.path}`}
          value={valueAt(values, field.path)}
          messages={messages.get(field.path) ?? []}
          onChange={onChange}
          onApplyFix={onApplyFix}
          captures={captures}
          badge={badges?.get(field.path)}
          pageOptions={field.pageOptions ? pageOptions?.(field) : undefined}
          earliest={now && field.earliestDate?.(now)}
        />
      </Fragment>
    );
  });
}

/** 必須 and 自動検出/要確認, beside the label, not in it: the field's accessible name stays its label. */
function FieldMarks({ required, badge }: { required?: boolean; badge?: FieldBadge }) {
  return (
    <>
      {required && (
        <span aria-hidden="true" className="badge required">
          {say(text('必須', 'required'))}
        </span>
      )}
      {badge && (
        <span aria-hidden="true" className={badge.warn ? 'badge warn' : 'badge'}>
          {say(badge.label)}
        </span>
      )}
    </>
  );
}

interface FieldRowProps {
  field: FieldDef;
  baseId: string;
  badge?: FieldBadge;
  value: unknown;
  messages: FormMessage[];
  onChange: SchemaFormProps['onChange'];
  onApplyFix: SchemaFormProps['onApplyFix'];
  captures?: CaptureChoice[];
  pageOptions?: PageOptionsState;
  earliest?: FieldProps<unknown>['earliest'];
}

function FieldRow({
  field,
  baseId,
  value,
  messages,
  onChange,
  onApplyFix,
  captures,
  badge,
  pageOptions,
  earliest,
}: FieldRowProps) {
  const { component: Control, naming } = kinds[field.kind];
  const id = `${baseId}-input`;
  const helpId = field.help ? `${baseId}-help` : undefined;
  const messagesId = messages.length ? `${baseId}-messages` : undefined;
  const describedBy = [helpId, messagesId].filter(Boolean).join(' ') || undefined;
  const invalid = messages.some((m) => m.level === 'error');
  // The vendor's explanation stays one click away: the form fits a screen, the help is still there.
  const [helpShown, setHelpShown] = useState(false);
  const label = say(field.label);
  const marks = <FieldMarks required={field.required || field.requiredMessage !== undefined} badge={badge} />;
  const helpToggle = helpId && (
    <button
      type="button"
      className="help-toggle"
      aria-expanded={helpShown}
      aria-controls={helpId}
      aria-label={say(text('説明', 'Help'))}
      onClick={() => setHelpShown(!helpShown)}
    >
      ?
    </button>
  );
  const control = (
    <Control
      field={field}
      id={id}
      value={value}
      onChange={(next: unknown) => onChange(field.path, next)}
      invalid={invalid}
      describedBy={naming === 'legend' ? undefined : describedBy}
      captures={captures}
      pageOptions={pageOptions}
      earliest={earliest}
    />
  );
  const notes = (
    <>
      {badge?.reason && <div className="help warn">{say(badge.reason)}</div>}
      {helpId && (
        <div id={helpId} className="help" hidden={!helpShown}>
          {say(field.help!)}
        </div>
      )}
      {messagesId && <MessageList id={messagesId} messages={messages} onApplyFix={onApplyFix} />}
    </>
  );
  if (naming === 'legend') {
    return (
      <fieldset
        className="field"
        data-path={field.path}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
      >
        <legend className="label">
          {label}
          {marks}
        </legend>
        {helpToggle}
        {control}
        {notes}
      </fieldset>
    );
  }
  return (
    <div className="field" data-path={field.path}>
      {naming === 'label' && (
        <div className="label-row">
          <label htmlFor={id}>{label}</label>
          {marks}
          {helpToggle}
        </div>
      )}
      {control}
      {naming !== 'label' && helpToggle}
      {notes}
    </div>
  );
}
