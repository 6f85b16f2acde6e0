#!/usr/bin/env bash
# Every test: the typecheck, the harness's own tests and every scenario in every engine, then a
# check of the matrix the run wrote (its shape, and no unchecked difference between engines).
set -euo pipefail
cd "$(dirname "$0")/.."
npx tsc --noEmit
npx playwright test "$@"
npx tsx scripts/verify-report.ts
