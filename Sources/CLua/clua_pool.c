/*
** clua_pool.c -- slabs for the small-block pool (see clua_pool.h).
*/
#include <stdlib.h>

#include "clua_pool.h"

/* Blocks start after the slab's link, aligned as malloc aligns. */
#define SLAB_HEADER 16

int clua_pool_grow(clua_Pool *pool) {
  char *slab = (char *)malloc(CLUA_POOL_SLAB);
  if (slab == NULL) return 0;
  *(void **)slab = pool->slabs;
  pool->slabs = slab;
  pool->bump = slab + SLAB_HEADER;
  pool->bump_end = slab + CLUA_POOL_SLAB;
  return 1;
}

void clua_pool_release(clua_Pool *pool) {
  void *slab = pool->slabs;
  while (slab != NULL) {
    void *next = *(void **)slab;
    free(slab);
    slab = next;
  }
  *pool = (clua_Pool){0};
}
