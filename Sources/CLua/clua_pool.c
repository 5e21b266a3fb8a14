/*
** clua_pool.c -- slabs for the small-block pool (see clua_pool.h).
*/
#include <stdlib.h>

#include "clua_pool.h"

#define SLAB_SIZE (64 * 1024)
/* Blocks start after the slab's link, aligned as malloc aligns. */
#define SLAB_HEADER 16

void *clua_pool_refill(clua_Pool *pool, size_t cls) {
  size_t size = (cls + 1) * CLUA_POOL_GRAIN;
  if (pool->bump == NULL || (size_t)(pool->bump_end - pool->bump) < size) {
    char *slab = (char *)malloc(SLAB_SIZE);
    if (slab == NULL) return NULL;
    *(void **)slab = pool->slabs;
    pool->slabs = slab;
    pool->bump = slab + SLAB_HEADER;
    pool->bump_end = slab + SLAB_SIZE;
  }
  void *block = pool->bump;
  pool->bump += size;
  return block;
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
