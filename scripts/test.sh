#!/usr/bin/env bash
# Every test: the typecheck, the harness's own tests and every scenario in every engine.
set -euo pipefail
cd "$(dirname "$0")/.."
npx tsc --noEmit
npx playwright test "$@"
