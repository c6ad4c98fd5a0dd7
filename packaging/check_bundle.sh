#!/usr/bin/env bash
# Build the Linux one-folder bundle (and its tarball), then run the bundle's self-test with no display.
# Exits non-zero if the build, the tarball or any self-test check fails. About a minute on 2 cores.
#
# Needs the active Python to have the app and the build tools: pip install -e ".[packaging]"
# (PyInstaller and Pillow). CI: bash packaging/check_bundle.sh
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-python3}

"$python" packaging/build.py

exe=dist/reader-app/reader-app
version=$("$python" -c 'import sys; sys.path.insert(0, "packaging"); import build_assets; print(build_assets.app_version())')
tarball=$(ls dist/reader-app-"$version"-linux-*.tar.gz)
listing=$(tar -tzf "$tarball")
for member in reader-app reader-app.desktop reader-app.png install.sh _internal/resources/MANIFEST; do
  grep -qx "[^/]*/$member" <<<"$listing" || { echo "FAIL tarball: $member missing from $tarball"; exit 1; }
done
echo "ok   tarball: $tarball ($(du -h "$tarball" | cut -f1)) has the app, its .desktop entry, icon and installer"

# A scratch HOME: the self-test already keeps to a temp folder, this makes sure of it.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
HOME=$scratch XDG_CONFIG_HOME=$scratch/config XDG_DATA_HOME=$scratch/data QT_QPA_PLATFORM=offscreen \
  timeout 300 "$exe" --self-test

# The same bundle on a real X server, when Xvfb is here (CI installs it): the window system the user's desktop
# gives, not only offscreen, so a missing system library shows as the self-test's "desktop platform" line.
if command -v xvfb-run >/dev/null 2>&1; then
  HOME=$scratch XDG_CONFIG_HOME=$scratch/config XDG_DATA_HOME=$scratch/data \
    timeout 300 xvfb-run -a "$exe" --self-test
else
  echo "skip desktop platform on a real X server: xvfb-run is not installed"
fi
