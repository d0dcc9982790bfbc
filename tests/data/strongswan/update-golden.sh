#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
#
# Refreshes the strongSwan/Libreswan golden files: re-renders every case under
# tests/data/strongswan/<case>/ from its input.json (tst_strongswanrenderer with
# VPNAAS_UPDATE_GOLDEN=1 writes the outputs instead of comparing them, and removes files a
# case no longer renders), checks them once more, and lists what changed.
#
# Usage:  tests/data/strongswan/update-golden.sh [BUILD_DIR]
#         BUILD_DIR is a configured build tree (default: build/dev), e.g.
#         cmake --preset dev && tests/data/strongswan/update-golden.sh build/dev
#
# Then review every change with `git diff -- tests/data/strongswan` before committing: a
# changed golden file is a change in the configuration users will run. To add a case, create
# tests/data/strongswan/<case>/input.json (format in README.md) and run this script.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
build=${1:-$root/build/dev}
test="$build/tests/unit/tst_strongswanrenderer"

cmake --build "$build" --target tst_strongswanrenderer
VPNAAS_UPDATE_GOLDEN=1 "$test" golden
"$test" golden
git -C "$root" status --short -- tests/data/strongswan
echo "Now review the changes: git diff -- tests/data/strongswan"
