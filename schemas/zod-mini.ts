// zod/mini with the extension's messages and settings (schemas/zod-locale.ts): import it from here.
import './zod-locale';
export * from 'zod/mini';
