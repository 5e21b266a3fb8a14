/*
** clua_pool.h -- small blocks for the counting allocator.
**
** Most of what a script allocates is small and short-lived: a table and its
** node array per row of a loop, closures, short strings. Blocks of up to
** CLUA_POOL_MAX bytes come from per-size free lists carved out of 64 KB
** slabs, so taking or returning one is a few instructions instead of a trip
** through malloc. Lua passes every block's size back to the allocator, so the
** list a block belongs to is known from that size alone. Slabs go back to
** the system when the state closes; until then a freed block serves only its
** own size class, so the memory cap counts slabs, not blocks.
*/
#ifndef CLUA_POOL_H
#define CLUA_POOL_H

#include <stddef.h>

#define CLUA_POOL_GRAIN 16
#define CLUA_POOL_MAX 128
#define CLUA_POOL_CLASSES (CLUA_POOL_MAX / CLUA_POOL_GRAIN)
#define CLUA_POOL_SLAB (64 * 1024)

typedef struct clua_PoolBlock {
  struct clua_PoolBlock *next;
} clua_PoolBlock;

typedef struct clua_Pool {
  clua_PoolBlock *free_blocks[CLUA_POOL_CLASSES];
  void *slabs;             /* each slab starts with the pointer to the next */
  char *bump;              /* the unused part of the newest slab */
  char *bump_end;
} clua_Pool;

/* The size class of a block of `size` bytes (1 ... CLUA_POOL_MAX). */
static inline size_t clua_pool_class(size_t size) { return (size - 1) / CLUA_POOL_GRAIN; }

/*
** A block of `size` bytes (1 ... CLUA_POOL_MAX) from its free list or the
** newest slab; NULL when the pool needs a new slab (clua_pool_grow).
*/
static inline void *clua_pool_alloc(clua_Pool *pool, size_t size) {
  size_t cls = clua_pool_class(size);
  clua_PoolBlock *block = pool->free_blocks[cls];
  if (block != NULL) {
    pool->free_blocks[cls] = block->next;
    return block;
  }
  size_t block_size = (cls + 1) * CLUA_POOL_GRAIN;
  if ((size_t)(pool->bump_end - pool->bump) < block_size) return NULL;
  void *carved = pool->bump;
  pool->bump += block_size;
  return carved;
}

/* Adds a slab of CLUA_POOL_SLAB bytes; 0 when out of memory. */
int clua_pool_grow(clua_Pool *pool);

/* Returns a block that clua_pool_alloc gave for `size` bytes. */
static inline void clua_pool_free(clua_Pool *pool, void *block, size_t size) {
  size_t cls = clua_pool_class(size);
  clua_PoolBlock *freed = (clua_PoolBlock *)block;
  freed->next = pool->free_blocks[cls];
  pool->free_blocks[cls] = freed;
}

/* Frees every slab. */
void clua_pool_release(clua_Pool *pool);

#endif
