import type { FieldDef } from '@/schemas/form-definition';
import type { Text } from '@/schemas/i18n';

/** A capture the captures field can attach. */
export interface CaptureChoice {
  id: string;
  title: string;
  createdAt: string;
}

/**
 * A select's options as the vendor page listed them (FieldDef.pageOptions), or, before any page
 * was read, where to read them.
 */
export type PageOptionsState =
  | { kind: 'learned'; options: { value: string; label: string }[]; origin: string; learnedAt: string }
  | { kind: 'unknown'; requestPage?: string };

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
  pageOptions?: PageOptionsState;
  /** The first date the vendor accepts, and why (FieldDef.earliestDate). */
  earliest?: { date: string; why: Text };
}
