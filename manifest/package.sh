#!/usr/bin/env bash
# Packages the Teams app for upload (Teams admin center, or "Upload a custom app"):
#   manifest/package.sh --bot-app-id GUID --domain bot.example.com [--app-id GUID] [--out out/interviewbot-teams.zip]
# --bot-app-id is the Azure Bot's Microsoft App ID; --domain the server's public host name (the bot's messaging
# endpoint and the meeting tab live there); --app-id the Teams app's own id (default: a new GUID on first use,
# kept in out/teams-app-id so later packages update the same app). The result is validated against the schema.
set -euo pipefail
cd "$(dirname "$0")/.."

bot=""; domain=""; app=""; out="out/interviewbot-teams.zip"
while [ $# -gt 0 ]; do
  case $1 in
    --bot-app-id) bot=$2; shift 2 ;;
    --domain) domain=$2; shift 2 ;;
    --app-id) app=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    *) echo "usage: $0 --bot-app-id GUID --domain HOST [--app-id GUID] [--out FILE.zip]" >&2; exit 2 ;;
  esac
done
guid='^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
[[ $bot =~ $guid ]] || { echo "error: --bot-app-id must be the bot's Microsoft App ID (a GUID)" >&2; exit 2; }
[[ $domain =~ ^[A-Za-z0-9.-]+$ ]] || { echo "error: --domain must be a host name such as bot.example.com" >&2; exit 2; }
mkdir -p "$(dirname "$out")" out
if [ -z "$app" ]; then
  [ -f out/teams-app-id ] || cat /proc/sys/kernel/random/uuid > out/teams-app-id
  app=$(cat out/teams-app-id)
fi
[[ $app =~ $guid ]] || { echo "error: --app-id must be a GUID" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sed -e "s/00000000-0000-4000-8000-00000000a001/$app/g" \
    -e "s/00000000-0000-4000-8000-00000000b001/$bot/g" \
    -e "s/interviewbot\.example\.com/$domain/g" manifest/manifest.json > "$work/manifest.json"
cp manifest/color.png manifest/outline.png "$work/"
node manifest/validate.mjs "$work/manifest.json"
rm -f "$out"
(cd "$work" && zip -q -X "package.zip" manifest.json color.png outline.png)
mv "$work/package.zip" "$out"
echo "wrote $out (app $app, bot $bot, domain $domain)"
