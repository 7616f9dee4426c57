#!/bin/sh
# System packages of `make windows` and `make windows-check` (Debian 12): Wine 8 (64-bit
# with its 32-bit half, which Inno Setup's compiler and setup loader need), Xvfb for the
# window's screenshot, MinGW for the Wine stand-in DLLs, osslsigncode for the interpreter's
# signatures, npm for Inno Setup's package, the DejaVu fonts for Vietnamese letters.
# Quiet and quick when everything is there; as root it installs what is missing.
set -u
PACKAGES="wine wine64 wine32:i386 xvfb xauth gcc-mingw-w64-x86-64 osslsigncode \
fonts-dejavu-core"
command -v npm >/dev/null 2>&1 || PACKAGES="$PACKAGES npm"

missing=""
for p in $PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "make windows needs these Debian packages:$missing" >&2
  echo "Install them (as root) with: sh installer/windows-deps.sh" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
echo "Installing the packages of the Windows build:$missing"
dpkg --print-foreign-architectures | grep -qx i386 || dpkg --add-architecture i386
# A mirror may serve a security index of one architecture late (a size mismatch): apt then
# keeps the other indexes, and the pin below copes with the versions it leaves unequal.
apt-get update -qq >/dev/null 2>&1 || true
install() {
  apt-get install -y -qq --no-install-recommends "$@" $missing >/dev/null
}
# wine32:i386 needs its i386 libraries at the very versions of the amd64 ones; when the
# i386 security index is missing, prefer the release's versions over the security suite's.
PIN=$(mktemp)
printf 'Package: *\nPin: release n=bookworm-security\nPin-Priority: 400\n' > "$PIN"
for attempt in 1 2 3; do
  if install || install -o Dir::Etc::Preferences="$PIN"; then
    rm -f "$PIN"
    exit 0
  fi
  echo "apt-get failed (attempt $attempt; the dpkg lock may be busy); trying again" >&2
  sleep 20
done
rm -f "$PIN"
echo "apt-get could not install:$missing" >&2
exit 1
