#!/usr/bin/env bash
# Set up graphkit and build the demo graph from seeds/ into outputs/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/graphkit build seeds/ --out outputs/
