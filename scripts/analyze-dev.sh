#!/usr/bin/env bash
# Development helper: build into a private folder and run `readout analyze` from it, so that
# several people can build and measure at once without touching dist/.
#   scripts/analyze-dev.sh NAME [analyze args…]   (NAME: your scratch folder under .tmp/)
set -euo pipefail
cd "$(dirname "$0")/.."
name=$1; shift
npx tsc -p tsconfig.build.json --outDir ".tmp/$name/dist" >&2 || true
node --input-type=module -e "const m = await import('./.tmp/$name/dist/cli/index.js'); await m.main(['node','readout','analyze', ...process.argv.slice(1)]);" -- "$@"
