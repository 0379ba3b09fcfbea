/*
 * The target process of the same-target benchmarks (TargetProcessBench, psutil_bench.py --pid):
 * a fixed shape every implementation reads, so a row compares the code and not the process.
 *
 *   target THREADS FILES SOCKETS MAPPINGS
 *
 * THREADS - 1 extra threads blocked in pause(), FILES regular files open (read-only, all on this
 * program's own executable, which exists as long as it runs), SOCKETS TCP sockets listening on 127.0.0.1 (ephemeral ports), MAPPINGS anonymous
 * mappings of one page each, every one touched and separated by a PROT_NONE page so the kernel
 * cannot merge them. Prints "ready" once all of it exists, then sleeps until killed.
 */
#include <netinet/in.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <fcntl.h>
#include <unistd.h>

static void *blocked(void *unused) {
  (void) unused;
  for (;;) pause();
  return NULL;
}

static void die(const char *what) {
  perror(what);
  exit(1);
}

int main(int argc, char **argv) {
  if (argc != 5) {
    fprintf(stderr, "usage: %s THREADS FILES SOCKETS MAPPINGS\n", argv[0]);
    return 2;
  }
  int threads = atoi(argv[1]), files = atoi(argv[2]), sockets = atoi(argv[3]);
  int mappings = atoi(argv[4]);
  long page = sysconf(_SC_PAGESIZE);

  for (int i = 0; i < files; i++) {
    if (open("/proc/self/exe", O_RDONLY) < 0) die("open");
  }

  for (int i = 0; i < sockets; i++) {
    int s = socket(AF_INET, SOCK_STREAM, 0);
    if (s < 0) die("socket");
    struct sockaddr_in addr;
    memset(&addr, 0, sizeof addr);
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (bind(s, (struct sockaddr *) &addr, sizeof addr) < 0) die("bind");
    if (listen(s, 1) < 0) die("listen");
  }

  /* one reservation, then every other page made readable and writable: MAPPINGS separate vmas */
  char *area = mmap(NULL, (size_t) page * (2 * mappings + 1), PROT_NONE,
                    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (area == MAP_FAILED) die("mmap");
  for (int i = 0; i < mappings; i++) {
    char *one = area + (size_t) page * (2 * i + 1);
    if (mprotect(one, page, PROT_READ | PROT_WRITE) < 0) die("mprotect");
    one[0] = 1;
  }

  for (int i = 1; i < threads; i++) {
    pthread_t t;
    if (pthread_create(&t, NULL, blocked, NULL) != 0) die("pthread_create");
  }

  printf("ready\n");
  fflush(stdout);
  for (;;) pause();
}
