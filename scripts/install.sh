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

# Debian packages the tests need: Chromium (the browser test opens report.html in it; Playwright drives it,
# no browser download), espeak-ng and sox (scripts/make-interview-audio.sh speaks the audio test interview).
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
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

dotnet restore InterviewBot.sln
