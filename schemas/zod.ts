// zod with the extension's messages and settings (schemas/zod-locale.ts): import zod from here.
import './zod-locale';
export * from 'zod';
