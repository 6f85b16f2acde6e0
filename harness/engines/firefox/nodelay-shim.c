// LD_PRELOAD shim for Firefox over WebDriver BiDi (harness/engines/firefox/nodelay.ts): sets
// TCP_NODELAY on every TCP connection the process accepts. In Firefox the only one is the remote
// agent's WebDriver BiDi connection; pages only ever connect out, so their traffic is untouched.
#define _GNU_SOURCE
#include <dlfcn.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

static void set_nodelay(int fd) {
  if (fd < 0) return;
  struct sockaddr_storage address;
  socklen_t length = sizeof address;
  if (getsockname(fd, (struct sockaddr *)&address, &length) != 0) return;
  if (address.ss_family != AF_INET && address.ss_family != AF_INET6) return;
  int one = 1;
  setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
}

int accept(int socket, struct sockaddr *address, socklen_t *length) {
  static int (*real)(int, struct sockaddr *, socklen_t *);
  if (!real) real = dlsym(RTLD_NEXT, "accept");
  int fd = real(socket, address, length);
  set_nodelay(fd);
  return fd;
}

int accept4(int socket, struct sockaddr *address, socklen_t *length, int flags) {
  static int (*real)(int, struct sockaddr *, socklen_t *, int);
  if (!real) real = dlsym(RTLD_NEXT, "accept4");
  int fd = real(socket, address, length, flags);
  set_nodelay(fd);
  return fd;
}
