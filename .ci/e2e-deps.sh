#!/usr/bin/env bash
# Installs the Debian packages that the in-editor (e2e) and Neovim test tiers need, when missing:
#   chromium     the browser that playwright-core drives (/usr/bin/chromium)
#   libkrb5-dev  headers for code-server's native "kerberos" module
#   pkg-config   used when building code-server's native modules
#   neovim       runs the README's Neovim snippet (npm run test:neovim; Debian 12 has 0.7.2)
# For CI on a fresh Debian 12 machine (run as root, or with sudo available).
# Then: npm run e2e:setup (Node 24 + code-server into .cache/e2e) and npm run test:e2e.
set -euo pipefail

packages=(chromium libkrb5-dev pkg-config neovim)
missing=()
for pkg in "${packages[@]}"; do
  if ! dpkg -s "$pkg" 2>/dev/null | grep -q '^Status: install ok installed'; then
    missing+=("$pkg")
  fi
done

if [ "${#missing[@]}" -eq 0 ]; then
  echo "e2e-deps: ${packages[*]} already installed"
  exit 0
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    sudo=(sudo)
  else
    echo "e2e-deps: need root (or sudo) to install: ${missing[*]}" >&2
    exit 1
  fi
fi

echo "e2e-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -q
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"

for pkg in "${missing[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || { echo "e2e-deps: $pkg did not install" >&2; exit 1; }
done
[ -x /usr/bin/chromium ] || { echo "e2e-deps: /usr/bin/chromium is missing after the install" >&2; exit 1; }
echo "e2e-deps: done"
