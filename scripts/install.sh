#!/usr/bin/env bash
# Installs everything the build, the tests and the README's commands need, on a fresh machine.
# Idempotent: safe to run again. Today the foundation needs only the .NET SDK and NuGet packages.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v dotnet >/dev/null 2>&1; then
  echo "install: the .NET 10 SDK is required (dotnet not found on PATH)" >&2
  exit 1
fi
dotnet --version
dotnet restore InterviewBot.sln
