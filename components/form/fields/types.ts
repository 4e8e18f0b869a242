import type { FieldDef } from '@/schemas/form-definition';

/** A capture the captures field can attach. */
export interface CaptureChoice {
  id: string;
  title: string;
  createdAt: string;
}

/** What every field component receives from SchemaForm. */
export interface FieldProps<V> {
  field: FieldDef;
  /** The control's id; the label points at it. */
  id: string;
  value: V | undefined;
  onChange: (value: V) => void;
  invalid: boolean;
  /** Ids of the help text and messages. */
  describedBy?: string;
  captures?: CaptureChoice[];
}
