#!/usr/bin/env bash
# One media load run: the server in its own process (Release), SESSIONS real-time sessions of two speakers streaming
# for SECONDS measured seconds from a load generator in another process. Prints the report; its last line is
#   sessions=N p99_ms=X server_cpu_ms_per_session_s=Y late_frames=Z alloc_bytes_per_frame=W
#   bash scripts/media-load.sh 1000 20          # extra arguments go to the generator (e.g. --chunk-ms 40, --url … --api-key …)
set -euo pipefail
cd "$(dirname "$0")/.."
sessions=${1:?usage: media-load.sh SESSIONS SECONDS [generator options]}
seconds=${2:?usage: media-load.sh SESSIONS SECONDS [generator options]}
shift 2
# More sockets than the default 1,024 descriptors: two per session (the client's and the server's end).
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
dotnet build bench/InterviewBot.Benchmarks -c Release -v quiet -nologo > /dev/null
bench=bench/InterviewBot.Benchmarks/bin/Release/net10.0
dotnet "$bench/InterviewBot.Benchmarks.dll" media --sessions "$sessions" --seconds "$seconds" --server "$bench/InterviewBot.Server.dll" "$@"
