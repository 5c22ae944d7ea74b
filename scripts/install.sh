#!/usr/bin/env bash
# Installs everything the build, the tests and the README's commands need, on a fresh machine.
# Idempotent and quick when everything is there: each step is skipped when what it installs is present and current.
#   bash scripts/install.sh           # everything (also the bicep compiler for scripts/bicep.sh)
#   bash scripts/install.sh --tests   # what the tests need (scripts/test.sh runs this itself)
set -euo pipefail
cd "$(dirname "$0")/.."
only_tests=false
[ "${1:-}" = "--tests" ] && only_tests=true

if ! command -v dotnet >/dev/null 2>&1; then
  echo "install: the .NET 10 SDK is required (dotnet not found on PATH)" >&2
  exit 1
fi

# Debian packages the tests need: Chromium (the browser tests open report.html and the Teams emulator in it;
# Playwright drives it, no browser download), Node.js and npm (the Teams emulator), espeak-ng and sox
# (scripts/make-interview-audio.sh speaks the audio test interview).
missing_packages() {
  missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
  command -v espeak-ng >/dev/null 2>&1 || missing+=(espeak-ng)
  command -v sox >/dev/null 2>&1 || missing+=(sox)
}
apt_install() {
  # Two checkouts installing at once (worktrees, parallel CI jobs) would race for apt's lock and one would fail:
  # take our own lock first, look again (the other run may have installed everything), and let apt wait for its
  # lock rather than give up.
  exec 9>/tmp/interviewbot-install.lock
  flock 9
  missing_packages
  [ ${#missing[@]} -eq 0 ] && return 0
  "$@" apt-get -o DPkg::Lock::Timeout=600 update -qq
  "$@" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq "${missing[@]}" >/dev/null
}
missing_packages
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    apt_install
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    apt_install sudo
  else
    echo "install: missing ${missing[*]}; run: sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi

# npm ci only when node_modules was not installed from this very lock file (a stamp of its hash is kept there).
npm_tools() {
  local dir=$1 lock
  lock=$(sha256sum < "$dir/package-lock.json")
  if [ "$lock" != "$(cat "$dir/node_modules/.installed-lock" 2>/dev/null)" ]; then
    (cd "$dir" && npm ci --no-audit --no-fund --silent)
    echo "$lock" > "$dir/node_modules/.installed-lock"
  fi
}
# Microsoft 365 Agents Playground (Microsoft's Teams emulator), and the Teams app manifest schemas, pinned by
# tools/teams/package-lock.json: the end-to-end tests drive the bot through it.
npm_tools tools/teams
# Azurite (Microsoft's Azure Storage emulator): the blob storage and cluster tests run against it.
npm_tools tools/storage

# The bicep compiler (NuGet package with the native binary): scripts/bicep.sh and the ARM template tests use it.
dotnet restore tools/bicep/bicep.csproj -v quiet -nologo >/dev/null
$only_tests || dotnet restore InterviewBot.sln -v quiet -nologo
echo "install: ready"
