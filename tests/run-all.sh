#!/usr/bin/env bash
# Every test the project has: unit + component (Vitest), lint, type check, the Firefox build checked by
# web-ext lint (0 errors required), the production bundles within their gzip budgets, then end-to-end tests in real Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== unit and component tests"
npx vitest run

echo "== lint (ESLint + Prettier)"
npm run lint

echo "== type check"
npx tsc --noEmit
npx tsc -p tests/fixtures/zendesk-form

echo "== Firefox build + web-ext lint"
node tests/lint-firefox.mjs

echo "== size budgets (gzip) of the production builds"
npx tsx tests/size-budgets.ts

echo "== end-to-end tests in Chromium"
npx vitest run -c vitest.e2e.config.ts
