#!/usr/bin/env bash
# Put Daybreak in the current user's app launcher (~/.local), or take it out again.
#
#   packaging/install-desktop.sh              # after packaging/install.sh, or a build in dist/
#   packaging/install-desktop.sh --uninstall
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
id=io.github.daybreak.Daybreak
data=${XDG_DATA_HOME:-$HOME/.local/share}
bin=$HOME/.local/bin
config=${XDG_CONFIG_HOME:-$HOME/.config}

if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$data/applications/$id.desktop" "$data/metainfo/$id.metainfo.xml" "$bin/daybreak" \
        "$config/autostart/$id.desktop"
  rm -f "$data/icons/hicolor/scalable/apps/$id.svg"
  for f in "$data"/icons/hicolor/*/apps/$id.png; do rm -f "$f"; done
  command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
  echo "Daybreak removed from the launcher (your data in ~/.local/share/daybreak is kept)."
  exit 0
fi

if [ -x "$root/dist/daybreak/daybreak" ]; then
  target="$root/dist/daybreak/daybreak"          # the PyInstaller build
elif [ -x "$root/.venv/bin/daybreak" ]; then
  target="$root/.venv/bin/daybreak"              # packaging/install.sh
else
  echo "Install Daybreak first (packaging/install.sh or packaging/build.sh)." >&2
  exit 1
fi
mkdir -p "$data/applications" "$data/metainfo" "$data/icons/hicolor/scalable/apps" "$bin"
ln -sf "$target" "$bin/daybreak"
sed "s|^Exec=daybreak|Exec=$bin/daybreak|" "$here/linux/$id.desktop" > "$data/applications/$id.desktop"
cp "$here/linux/$id.metainfo.xml" "$data/metainfo/"
cp "$here/icons/daybreak.svg" "$data/icons/hicolor/scalable/apps/$id.svg"
for dir in "$here"/icons/hicolor/*/apps; do
  size=$(basename "$(dirname "$dir")")
  mkdir -p "$data/icons/hicolor/$size/apps"
  cp "$dir/$id.png" "$data/icons/hicolor/$size/apps/"
done
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
echo "Daybreak is in your app launcher ($target)."
