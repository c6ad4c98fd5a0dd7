#!/usr/bin/env bash
# The Linux bundle on a clean Debian (debootstrap --variant=minbase), not on the build machine: first with nothing
# installed, where the self-test must fail and name the missing system libraries, then with exactly the packages
# README.md lists for Debian/Ubuntu, where every check must pass. Needs root, debootstrap and Debian's mirror;
# without them it says so and skips (exit 0). Run after packaging/check_bundle.sh built dist/.
set -euo pipefail
cd "$(dirname "$0")/.."
tarball=$(ls dist/reader-app-*-linux-*.tar.gz 2>/dev/null | head -1 || true)
[ -n "$tarball" ] || { echo "FAIL clean system: no bundle in dist/ (run packaging/check_bundle.sh first)"; exit 1; }
if [ "$(id -u)" != "0" ] || ! command -v debootstrap >/dev/null 2>&1; then
  echo "skip clean system: needs root and debootstrap (apt-get install debootstrap)"; exit 0
fi
packages=$(sed -n '/| Debian, Ubuntu |/p' README.md | sed -E 's/.*apt-get install ([^`]*)`.*/\1/')
[ -n "$packages" ] || { echo "FAIL clean system: README.md names no Debian packages"; exit 1; }
root=$(mktemp -d /tmp/reader-clean-XXXXXX)
cleanup() { umount "$root/proc" 2>/dev/null || true; rm -rf "$root" "$root.log" "$root.apt.log"; }
trap cleanup EXIT
if ! timeout 900 debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian >"$root.log" 2>&1; then
  echo "skip clean system: debootstrap could not fetch a Debian base ($(tail -1 "$root.log"))"; exit 0
fi
cp /etc/resolv.conf "$root/etc/resolv.conf"
mount --bind /proc "$root/proc"
mkdir -p "$root/opt" && tar -xzf "$tarball" -C "$root/opt"
exe=$(cd "$root" && ls -d opt/reader-app-*/reader-app)
selftest() { chroot "$root" /bin/sh -c "cd /tmp && HOME=/tmp QT_QPA_PLATFORM=offscreen timeout 300 /$exe --self-test"; }

bare=$(selftest 2>&1 || true)
if grep -q "^self-test passed" <<<"$bare" || ! grep -q "apt-get install" <<<"$bare"; then
  echo "FAIL clean system: with no packages the self-test should fail and name what to install:"; echo "$bare"; exit 1
fi
echo "ok   clean system, nothing installed: the self-test names what is missing ($(grep -o 'sudo apt-get install [^)]*' <<<"$bare" | head -1))"
# shellcheck disable=SC2086
if ! chroot "$root" /bin/sh -c "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $packages" >"$root.apt.log" 2>&1; then
  echo "skip clean system: could not install README's packages ($(tail -1 "$root.apt.log"))"; exit 0
fi
selftest
echo "ok   clean system with README's packages ($packages): the bundle's self-test passed"
