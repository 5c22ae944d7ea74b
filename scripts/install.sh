#!/usr/bin/env bash
# Installs everything the build, the tests and the README's commands need, on a fresh machine.
# Idempotent: safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v dotnet >/dev/null 2>&1; then
  echo "install: the .NET 10 SDK is required (dotnet not found on PATH)" >&2
  exit 1
fi
dotnet --version

# Debian's Chromium: the browser test opens report.html in it (Playwright drives it; no browser download).
if ! [ -x /usr/bin/chromium ]; then
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "install: /usr/bin/chromium is missing; run: sudo apt-get install chromium" >&2
    exit 1
  fi
fi

dotnet restore InterviewBot.sln
