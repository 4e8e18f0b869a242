import { InputField } from './InputField';
import type { FieldProps } from './types';

/** 'YYYY-MM-DD', the shape of <input type="date">. */
export const DateField = (props: FieldProps<string>) => <InputField {...props} type="date" />;
