#!/bin/sh
# Install Reader for the current user from the unpacked tarball: no root, nothing outside ~/.local.
# Usage: ./install.sh            (run from the unpacked folder)
#        ./install.sh --remove   (take it out again; your library in ~/.local/share/reader-app stays)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
target=$HOME/.local/opt/reader-app
if [ "${1:-}" = "--remove" ]; then
    rm -rf "$target" "$HOME/.local/bin/reader-app" "$data/applications/reader-app.desktop" \
        "$data/icons/hicolor/256x256/apps/reader-app.png"
    echo "Reader removed (the library in $data/reader-app was left alone)"
    exit 0
fi
rm -rf "$target"
mkdir -p "$target" "$HOME/.local/bin" "$data/applications" "$data/icons/hicolor/256x256/apps"
cp -a "$here/." "$target/"
ln -sf "$target/reader-app" "$HOME/.local/bin/reader-app"
# The menu entry needs the full path: ~/.local/bin is not on every desktop session's PATH.
sed "s|^Exec=.*|Exec=$target/reader-app|" "$here/reader-app.desktop" > "$data/applications/reader-app.desktop"
cp "$here/reader-app.png" "$data/icons/hicolor/256x256/apps/reader-app.png"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data/applications" || true
echo "Reader installed in $target; start it from the applications menu or with: reader-app"
