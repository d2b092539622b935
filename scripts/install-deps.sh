#!/usr/bin/env bash
# Installs what vramscope needs to build, test and run on Debian 12.
# Skips apt entirely when everything is already there.
set -euo pipefail

packages=(
    cmake ninja-build g++ ccache libbenchmark-dev
    qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6svg6
    libxkbcommon-dev libgl1-mesa-dev
    clang libclang-rt-14-dev
    xvfb xauth
    prometheus
    qtkeychain-qt6-dev libsecret-1-0
    gnome-keyring dbus-daemon libsecret-tools
)

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
# With recommends: they bring the fonts and platform bits the headless GUI
# tests and screenshots render with, as on the machines this was built on.
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
