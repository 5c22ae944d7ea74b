// Validates a Teams app manifest against the schema Microsoft ships in @microsoft/app-manifest (installed by
// scripts/install.sh into tools/teams), offline: the schema version comes from the manifest's $schema.
//   node manifest/validate.mjs manifest/manifest.json
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, "..", "tools", "teams", "package.json"));
const packageDir = dirname(require.resolve("@microsoft/app-manifest/package.json"));
const { AppManifestUtils } = require("@microsoft/app-manifest");

const file = process.argv[2];
if (!file) {
  console.error("usage: node manifest/validate.mjs MANIFEST.json");
  process.exit(2);
}
let manifest;
try {
  manifest = JSON.parse(readFileSync(file, "utf8"));
} catch (e) {
  console.error(`error: ${file}: ${e.message}`);
  process.exit(2);
}
const version = /\/teams\/(v[\d.]+|vDevPreview)\/MicrosoftTeams\.schema\.json$/.exec(manifest.$schema ?? "")?.[1];
if (!version) {
  console.error(`error: ${file}: $schema is not a Teams manifest schema URL`);
  process.exit(2);
}
const schema = JSON.parse(readFileSync(join(packageDir, "build", "json-schemas", "teams", version, "MicrosoftTeams.schema.json"), "utf8"));
const failures = await AppManifestUtils.validateAgainstSchema(manifest, schema);
if (failures.length > 0) {
  for (const f of failures) console.error(`invalid: ${f}`);
  process.exit(1);
}
console.log(`${file}: valid against the Teams manifest schema ${version}`);
