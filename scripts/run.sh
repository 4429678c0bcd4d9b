#!/usr/bin/env bash
# Installs everything on a fresh machine and starts Policy Lens. Where no display or no Electron
# binary exists (these build machines: the binary cannot be downloaded here), it runs the CLI on a
# sample folder instead and prints the topic matrix. Usage: bash scripts/run.sh [FOLDER]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/ensure-node.sh
source scripts/lib/ensure-deps.sh
npm run build >/dev/null
folder="${1:-../shared/seeds}"

electron_binary() {
  node -e "const p=require('node:path'),f=require('node:fs');const d=path=>f.existsSync(path);const t=p.join('node_modules','electron','path.txt');if(!d(t))process.exit(1);const b=p.join('node_modules','electron','dist',f.readFileSync(t,'utf8'));process.exit(d(b)?0:1)" 2>/dev/null
}
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] || [ "$(uname -s)" != Linux ]; then
  if electron_binary || timeout 120 npx --no-install install-electron >/dev/null 2>&1; then
    exec npx electron . "$folder"
  fi
  echo "policy-lens: the Electron binary is not installed and could not be downloaded; running the CLI instead." >&2
else
  echo "policy-lens: no display; running the CLI instead of the window." >&2
fi
db="${POLICY_LENS_DB:-}"
db_args=()
[ -n "$db" ] && db_args=(--db "$db")
node bin/policy-lens.js index "$folder" "${db_args[@]}"
node bin/policy-lens.js matrix "${db_args[@]}"
