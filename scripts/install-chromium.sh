#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests of the HTML report (tests/browser.test.ts).
# Needs root (CI and the dev machines run as root); does nothing when chromium is already there.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then exit 0; fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
chromium --version
