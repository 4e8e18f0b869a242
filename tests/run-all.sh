#!/usr/bin/env bash
# Every test the project has: unit + component (Vitest), lint, type check, the store packages (built,
# web-ext lint with 0 errors and only explained warnings), the production bundles within their gzip
# ceilings, then end-to-end tests in real Chromium and Firefox.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== unit and component tests"
npx vitest run

echo "== lint (ESLint + Prettier)"
npm run lint

echo "== type check"
npx tsc --noEmit
npx tsc -p tests/fixtures/zendesk-form

echo "== store packages (npm run zip) + web-ext lint"
node tests/store-packages.mjs

echo "== size budgets (gzip) of the production builds"
npx tsx tests/size-budgets.ts

echo "== end-to-end tests in Chromium and Firefox"
npx vitest run -c vitest.e2e.config.ts
