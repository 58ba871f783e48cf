#!/bin/sh
# Compiles apps/, libs/, infra/ and the benchmark into dist/ with SWC (no type-check: `npm test` runs tsc), then
# copies the data files next to the code. Called directly by `npm start` to spare a second npm process.
set -e
cd "$(dirname "$0")/../.."
node_modules/.bin/swc apps libs infra test/bench -d dist --extensions .ts --ignore '**/*.spec.ts,libs/*/test/**' --quiet
node infra/scripts/copy-assets.js
