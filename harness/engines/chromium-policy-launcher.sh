#!/bin/sh
# Starts Chromium in a private mount namespace where the managed-policy directory is one of our
# own, so an enterprise policy reaches this browser process and no other Chromium on the machine.
# Playwright runs this as the browser executable; every exec keeps the process id and the
# DevTools pipe file descriptors.
set -e
exec unshare --mount --propagation private -- sh -c '
  mount --bind "$CORSMATRIX_POLICY_DIR" "$CORSMATRIX_POLICY_MOUNT" || exit 71
  exec "$CORSMATRIX_REAL_CHROMIUM" "$@"
' chromium "$@"
