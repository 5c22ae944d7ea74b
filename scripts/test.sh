#!/usr/bin/env bash
# Runs every test of the solution, after installing what the tests need (scripts/install.sh --tests: quick when
# everything is there). Extra arguments go to 'dotnet test' (e.g. -c Release --no-build).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh --tests
dotnet test InterviewBot.sln "$@"
