#!/bin/sh
# Starts a program in a private mount namespace where one path is replaced by a file or
# directory of our own, so a setting reaches this program (and its children) and nothing else
# on the machine: Chromium's managed-policy directory, or /etc/hosts for WebKitGTK. Playwright
# and the WebDriver launcher run this as the executable; every exec keeps the process id and the
# inherited file descriptors (Playwright's DevTools pipe, the driver's stdio).
set -e
exec unshare --mount --propagation private -- sh -c '
  mount --bind "$CORSMATRIX_BIND_SOURCE" "$CORSMATRIX_BIND_TARGET" || exit 71
  exec "$CORSMATRIX_EXEC" "$@"
' private-mount "$@"
