import { Fragment, useId, type ComponentType } from 'react';
import type { FieldDef, FieldKind } from '@/schemas/form-definition';
import { say } from '@/schemas/i18n';
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
import type { CaptureChoice, FieldProps } from './fields/types';
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

export interface SchemaFormProps {
  /** The visible fields, in order (getVisibleFields). */
  fields: FieldDef[];
  values: Values;
  messages: Map<string, FormMessage[]>;
  onChange: (path: string, value: unknown) => void;
  /** A rule's fix was accepted: the whole values object is replaced. */
  onApplyFix: (apply: (values: Values) => Values) => void;
  captures?: CaptureChoice[];
}

/** Draws any vendor form from its field definitions: one component per input kind. */
export function SchemaForm({ fields, values, messages, onChange, onApplyFix, captures }: SchemaFormProps) {
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
        />
      </Fragment>
    );
  });
}

function FieldRow({
  field,
  baseId,
  value,
  messages,
  onChange,
  onApplyFix,
  captures,
}: {
  field: FieldDef;
  baseId: string;
  value: unknown;
  messages: FormMessage[];
  onChange: SchemaFormProps['onChange'];
  onApplyFix: SchemaFormProps['onApplyFix'];
  captures?: CaptureChoice[];
}) {
  const { component: Control, naming } = kinds[field.kind];
  const id = `${baseId}-input`;
  const helpId = field.help ? `${baseId}-help` : undefined;
  const messagesId = messages.length ? `${baseId}-messages` : undefined;
  const describedBy = [helpId, messagesId].filter(Boolean).join(' ') || undefined;
  const invalid = messages.some((m) => m.level === 'error');
  const label = (
    <>
      {say(field.label)}
      {field.required && (
        <span aria-hidden="true" className="required">
          {' '}
          *
        </span>
      )}
    </>
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
    />
  );
  const notes = (
    <>
      {helpId && (
        <div id={helpId} className="help">
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
        <legend className="label">{label}</legend>
        {control}
        {notes}
      </fieldset>
    );
  }
  return (
    <div className="field" data-path={field.path}>
      {naming === 'label' && <label htmlFor={id}>{label}</label>}
      {control}
      {notes}
    </div>
  );
}
