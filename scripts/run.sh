#!/usr/bin/env bash
# Quick start: installs what is missing, builds, and opens vramscope.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default -j "$(nproc)" --target vramscope vramscope-fakerunner
# Watches runners found on this machine; without any, the simulated one.
exec ./build/default/src/app/vramscope --demo-if-none "$@"
