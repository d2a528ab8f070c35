#!/usr/bin/env bash
# README command 1: set up what is missing, then run the whole system (scripts/start.ts).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec bash scripts/run.sh node scripts/start.ts
