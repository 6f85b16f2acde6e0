#!/usr/bin/env bash
# Installs everything corsmatrix needs on Debian or Ubuntu: npm dependencies from the lockfile,
# then the browsers. Playwright's own builds where they can be downloaded; otherwise Debian's
# Chromium, Firefox ESR and WebKitGTK (MiniBrowser + WebKitWebDriver) with Xvfb.
# Safe to run again: it installs only what is missing.
#
#   CORSMATRIX_BROWSERS=system   skip the download attempt and use the distribution's browsers
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'corsmatrix setup: %s\n' "$*"; }

if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  SUDO=(sudo)
else
  SUDO=(missing)
fi

as_root() {
  if [ "${SUDO[0]:-}" = missing ]; then
    say "needs root to run: $*"
    say "run this script as root or with password-less sudo, or run that command yourself and try again"
    exit 77
  fi
  "${SUDO[@]}" "$@"
}

say "installing npm dependencies from package-lock.json"
npm ci --no-audit --no-fund --loglevel=error

# Playwright's own builds, where this machine can download them.
if [ "${CORSMATRIX_BROWSERS:-}" != system ]; then
  if timeout 600 npx playwright install chromium firefox webkit >/tmp/corsmatrix-playwright-install.log 2>&1; then
    say "Playwright's own Chromium, Firefox and WebKit are installed"
  else
    say "Playwright's browser downloads are not reachable here ($(tail -n 1 /tmp/corsmatrix-playwright-install.log)); using the distribution's browsers"
  fi
fi

# The distribution's browsers: the fallback for each engine, and Xvfb for WebKitGTK. gcc builds
# the small shim that lets WebKitGTK print its console messages under WebDriver.
packages=(chromium firefox-esr webkit2gtk-driver xvfb xauth gcc libc6-dev)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
  if ! command -v apt-get >/dev/null 2>&1; then
    say "cannot install ${missing[*]}: no apt-get; install them with your system's package manager"
    exit 78
  fi
  say "installing ${missing[*]} from the distribution"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  say "the distribution's chromium, firefox-esr, webkit2gtk-driver, xvfb and gcc are already installed"
fi

# CORS libraries in other languages (harness/libraries/flask-cors.ts): their runtimes and packages
# from the distribution. Optional: where they cannot be installed, those libraries' cells are not
# measured, with the reason, and the rest runs.
library_packages=(python3-flask-cors)
missing=()
for package in "${library_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ "${#missing[@]}" -eq 0 ]; then
  say "the libraries in other languages are installed: ${library_packages[*]}"
elif command -v apt-get >/dev/null 2>&1 && [ "${SUDO[0]:-}" != missing ]; then
  say "installing ${missing[*]} from the distribution (CORS libraries in other languages)"
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null ||
    { "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq && "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; }
else
  say "not installing ${missing[*]} (no apt-get, or no root): those libraries' cells will say not measured"
fi

# Mount point for the chromium-legacy-method-case project's private policy directory (see
# harness/engines/chromium/variants.ts). It stays empty: the policy is mounted over it per process.
if [ ! -d /etc/chromium/policies/managed ]; then
  as_root mkdir -p /etc/chromium/policies/managed
fi

say "done. Run the tests with: npm test"
