#!/usr/bin/env bash
# Runs the bot with Microsoft's Teams emulator (Agents Playground), both on loopback, no Azure needed:
# open http://127.0.0.1:56150, install the bot in the group chat ("Mock an Activity"), type "demo" in the
# personal chat. Authentication is off (Development environment) and the server says so at start.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x tools/teams/node_modules/.bin/agentsplayground ] || { echo "run scripts/install.sh first (it installs the emulator)" >&2; exit 1; }
# On a machine without a desktop the emulator's attempt to open a browser would end it: give it a no-op.
noop=$(mktemp -d)
ln -s /bin/true "$noop/xdg-open"
ASPNETCORE_ENVIRONMENT=Development dotnet run --project src/InterviewBot.Server --urls http://127.0.0.1:3978 &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$noop"' EXIT
PATH="$noop:$PATH" tools/teams/node_modules/.bin/agentsplayground -e http://127.0.0.1:3978/api/messages -c msteams --dt -p 56150
