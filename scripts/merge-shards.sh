#!/usr/bin/env bash
# The merge-and-gate step of a sharded catalogue run (docs/ci/github-actions.yml): merges the
# shards' blob reports into one matrix with corsmatrix's reporter, then applies the gates a
# one-machine run applies (scripts/verify-report.ts). Playwright's merge-reports alone exits 0.
#
#   npm run merge-shards -- <directory of the shards' blob reports>
set -euo pipefail
blobs="$(realpath "${1:?usage: npm run merge-shards -- <directory of the blob reports of the shards>}")"
cd "$(dirname "$0")/.."
npx playwright merge-reports --reporter ./harness/report/reporter.ts "$blobs"
npx tsx scripts/verify-report.ts
