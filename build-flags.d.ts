/** True only in the E2E test build (wxt.config.ts `define`); absent in unit tests. */
declare const __E2E_BUILD__: boolean | undefined;
