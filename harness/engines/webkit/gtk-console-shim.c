/*
 * Loaded into MiniBrowser with LD_PRELOAD (harness/engines/webkit/gtk-console.ts).
 *
 * Under --automation, MiniBrowser gives its views an ephemeral website data manager, and WebCore
 * writes console messages to stderr only for pages of a non-ephemeral session. This replaces the
 * ephemeral manager with a persistent one in a fresh directory per browser launch, so the
 * engine's own CORS messages reach stderr, while each WebDriver session still starts with no
 * cookies, cache or storage. The directory is removed by the harness when the engine closes.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>

typedef void *(*data_manager_new)(const char *first_property, ...);

void *webkit_website_data_manager_new_ephemeral(void) {
  data_manager_new create = (data_manager_new)dlsym(RTLD_DEFAULT, "webkit_website_data_manager_new");
  const char *base = getenv("CORSMATRIX_WEBKIT_DATA_DIR");
  char template[4096];
  snprintf(template, sizeof template, "%s/session-XXXXXX", base ? base : "/tmp");
  char *dir = mkdtemp(template);
  if (create == NULL || dir == NULL) {
    fprintf(stderr, "corsmatrix shim: cannot create a data manager in %s\n", template);
    abort();
  }
  char data[4200], cache[4200];
  snprintf(data, sizeof data, "%s/data", dir);
  snprintf(cache, sizeof cache, "%s/cache", dir);
  return create("base-data-directory", data, "base-cache-directory", cache, NULL);
}
