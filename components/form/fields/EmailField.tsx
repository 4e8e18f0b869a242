import { InputField } from './InputField';
import type { FieldProps } from './types';

export const EmailField = (props: FieldProps<string>) => <InputField {...props} type="email" />;
