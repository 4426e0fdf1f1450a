#!/usr/bin/env bash
# Set up, then run the main job on the bundled sample articles and show what was stored.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/eventwire run src/eventwire/data/sample --db sample.duckdb
.venv/bin/eventwire stats --db sample.duckdb
