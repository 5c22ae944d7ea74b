#!/usr/bin/env bash
# Three servers on this machine in one Orleans cluster, with Azurite as Azure Storage (membership, grain state,
# reminders, journals, artefacts). Ctrl-C stops everything. Needs scripts/install.sh to have run (Azurite).
#   bash scripts/cluster-local.sh          # nodes on http://127.0.0.1:8081, :8082, :8083; API key "dev-key"
set -euo pipefail
cd "$(dirname "$0")/.."
data=$(mktemp -d -t interviewbot-cluster-XXXX)
pids=()
stop() { kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; echo "stopped; data kept in $data"; }
trap stop EXIT INT TERM

tools/storage/node_modules/.bin/azurite --silent --skipApiVersionCheck --location "$data/azurite" \
  --blobPort 10000 --queuePort 10001 --tablePort 10002 > "$data/azurite.log" 2>&1 &
pids+=($!)
# Azurite's documented development account: public, not a secret.
azurite='DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;QueueEndpoint=http://127.0.0.1:10001/devstoreaccount1;TableEndpoint=http://127.0.0.1:10002/devstoreaccount1;'

dotnet build src/InterviewBot.Server -c Release -v quiet -nologo > "$data/build.log"
key=$(head -c 32 /dev/urandom | base64)   # one media-token key for all nodes: a client may reconnect to any of them
for n in 1 2 3; do
  InterviewBot__Storage__Kind=blob InterviewBot__Storage__ConnectionString="$azurite" \
  InterviewBot__Cluster__Mode=azure InterviewBot__Cluster__ConnectionString="$azurite" \
  InterviewBot__Cluster__AdvertisedAddress=127.0.0.1 InterviewBot__Cluster__SiloPort=1111$n InterviewBot__Cluster__GatewayPort=3000$n \
  InterviewBot__Media__ApiKey=dev-key InterviewBot__Media__TokenKey="$key" InterviewBot__Coach__DataDirectory="$data/node$n" \
  bash -c 'cd src/InterviewBot.Server/bin/Release/net10.0 && exec dotnet InterviewBot.Server.dll "$@"' node \
    --urls "http://127.0.0.1:808$n" --environment Development > "$data/node$n.log" 2>&1 &
  pids+=($!)
done
for n in 1 2 3; do
  for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:808$n/readyz" > /dev/null && break; sleep 0.5; done
  echo "node $n: http://127.0.0.1:808$n  /readyz $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:808$n/readyz")  log $data/node$n.log"
done
echo "cluster up; create a session on any node (POST /api/sessions with 'Authorization: Bearer dev-key'), stream to any. Ctrl-C stops."
wait
