#!/usr/bin/env bash
# Builds and lints every bicep file in infra/ with the compiler from NuGet (Azure.Bicep.CommandLine.linux-x64,
# fetched by scripts/install.sh) and fails on any warning; writes the ARM templates to out/infra/.
set -euo pipefail
cd "$(dirname "$0")/.."
packages=${NUGET_PACKAGES:-$(dotnet nuget locals global-packages --list | sed -E 's/^global-packages: //')}
bicep="$packages/azure.bicep.commandline.linux-x64/0.49.2/tools/bicep"
[ -x "$bicep" ] || { echo "bicep.sh: $bicep is missing; run scripts/install.sh" >&2; exit 1; }
mkdir -p out/infra
log=$(mktemp)
for file in infra/main.bicep infra/modules/*.bicep; do
  "$bicep" build "$file" --outfile "out/infra/$(basename "${file%.bicep}").json" 2>>"$log"
  "$bicep" lint "$file" 2>>"$log"
done
"$bicep" build-params infra/main.bicepparam --outfile out/infra/main.parameters.json 2>>"$log"
if [ -s "$log" ]; then
  sort -u "$log" >&2
  echo "bicep.sh: warnings or errors (treated as errors)" >&2
  exit 1
fi
echo "bicep: $(ls infra/modules/*.bicep | wc -l) modules and main.bicep build and lint clean -> out/infra/"
