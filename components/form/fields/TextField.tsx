import { InputField } from './InputField';
import type { FieldProps } from './types';

export const TextField = (props: FieldProps<string>) => <InputField {...props} type="text" />;
