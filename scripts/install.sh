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

# Debian packages the tests need: Chromium (the browser tests open report.html and the Teams emulator in it;
# Playwright drives it, no browser download), Node.js and npm (the Teams emulator), espeak-ng and sox
# (scripts/make-interview-audio.sh speaks the audio test interview).
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
command -v espeak-ng >/dev/null 2>&1 || missing+=(espeak-ng)
command -v sox >/dev/null 2>&1 || missing+=(sox)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "install: missing ${missing[*]}; run: sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi

# Microsoft 365 Agents Playground (Microsoft's Teams emulator), and the Teams app manifest schemas, pinned by tools/teams/package-lock.json:
# the end-to-end test drives the bot through it.
(cd tools/teams && npm ci --no-audit --no-fund --silent)
# Azurite (Microsoft's Azure Storage emulator): the blob storage tests run against it.
(cd tools/storage && npm ci --no-audit --no-fund --silent)

dotnet restore InterviewBot.sln
# The bicep compiler (NuGet package with the native binary) for scripts/bicep.sh.
dotnet restore tools/bicep/bicep.csproj
