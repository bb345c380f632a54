#!/usr/bin/env bash
# Build dist/daybreak/ (one folder, PyInstaller) and smoke-test the frozen app.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
py="$root/.venv/bin/python"
[ -x "$py" ] || { echo "Run packaging/install.sh first." >&2; exit 1; }
"$py" -c "import PyInstaller" 2>/dev/null || "$py" -m pip install --quiet "pyinstaller>=6.10,<7"
cd "$here"
"$py" -m PyInstaller daybreak.spec --noconfirm --distpath "$root/dist" --workpath "$root/build/pyinstaller"
app="$root/dist/daybreak/daybreak"
echo "Built $app ($(du -sh "$root/dist/daybreak" | cut -f1))"

# Smoke: the core path and the window, from the frozen binary, in a throwaway data folder.
export DAYBREAK_HOME=$(mktemp -d) QT_QPA_PLATFORM=offscreen
"$app" actions "$root/tests/fixtures/transcripts/standup.txt" --date 2026-11-18 --json > "$DAYBREAK_HOME/out.json"
grep -q '"Update the API docs for the new filters"' "$DAYBREAK_HOME/out.json"
start=$(date +%s.%N)
DAYBREAK_QUIT_AFTER_MS=1500 "$app"
echo "Smoke test passed: actions worked and the window opened and closed ($(echo "$(date +%s.%N) - $start" | bc) s with a 1.5 s stay)."
