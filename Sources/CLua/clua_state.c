/*
** clua_state.c -- state creation, the counting allocator, the count hook,
** the Ctrl-C flag and the trampoline for Swift functions.
** None of these run Swift code that a longjmp could skip.
*/
#define _POSIX_C_SOURCE 200809L
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "clua.h"
#include "clua_pool.h"

static volatile sig_atomic_t interrupt_requested = 0;

static double monotonic_seconds(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* The allocator's userdata: the limits (first, so clua_limits can cast) and the pool. */
typedef struct StateData {
  clua_Limits limits;
  clua_Pool pool;
} StateData;

/*
** The memory cap counts what the process holds for the state: large blocks
** by their size, small ones by the pool's slabs. It refuses growth past the
** cap only while Lua code runs: a Swift frame pushing values must never see
** an allocation fail, so it may overshoot, and the next hook tick or
** Lua-side allocation raises.
*/
static int within_cap(clua_Limits *lim, size_t more) {
  if (lim->mem_limit == 0 || lim->host_depth != 0 || lim->mem_used + more <= lim->mem_limit) return 1;
  if (lim->tripped == CLUA_TRIP_NONE) lim->tripped = CLUA_TRIP_MEMORY;
  return 0;
}

/* A new block of `size` bytes, from the pool when small; NULL when refused or out of memory. */
static void *take_block(StateData *data, size_t size) {
  clua_Limits *lim = &data->limits;
  if (size > CLUA_POOL_MAX) {
    if (!within_cap(lim, size)) return NULL;
    void *block = malloc(size);
    if (block != NULL) lim->mem_used += size;
    return block;
  }
  void *block = clua_pool_alloc(&data->pool, size);
  if (block != NULL) return block;
  if (!within_cap(lim, CLUA_POOL_SLAB) || !clua_pool_grow(&data->pool)) return NULL;
  lim->mem_used += CLUA_POOL_SLAB;
  return clua_pool_alloc(&data->pool, size);
}

static void give_back_block(StateData *data, void *block, size_t size) {
  if (size <= CLUA_POOL_MAX) {
    clua_pool_free(&data->pool, block, size);
  } else {
    free(block);
    data->limits.mem_used -= size;
  }
}

/*
** Moves a block to a new size. Growing returns NULL when refused or out of
** memory. Shrinking never fails, as Lua requires: when no new block can be
** had, the old one stays, and is later returned under its new, smaller size
** (to the pool when small: a malloc block kept that way is only freed, and
** uncounted, at close).
*/
static void *move_block(StateData *data, void *block, size_t old, size_t size) {
  int old_pooled = old <= CLUA_POOL_MAX, new_pooled = size <= CLUA_POOL_MAX;
  if (old_pooled && new_pooled && clua_pool_class(old) == clua_pool_class(size)) return block;
  if (!old_pooled && !new_pooled) {
    clua_Limits *lim = &data->limits;
    if (size > old && !within_cap(lim, size - old)) return NULL;
    void *moved = realloc(block, size);
    if (moved == NULL) return size <= old ? block : NULL;
    lim->mem_used = lim->mem_used - old + size;
    return moved;
  }
  void *moved = take_block(data, size);
  if (moved == NULL) return size <= old ? block : NULL;
  memcpy(moved, block, old < size ? old : size);
  give_back_block(data, block, old);
  return moved;
}

/* Lua passes a block's size back with it (osize), which tells the pool's
** blocks from malloc's. A new block's osize is its type, not a size. */
static void *counting_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
  StateData *data = (StateData *)ud;
  if (nsize == 0) {
    if (ptr) give_back_block(data, ptr, osize);
    return NULL;
  }
  return ptr ? move_block(data, ptr, osize, nsize) : take_block(data, nsize);
}

clua_Limits *clua_limits(lua_State *L) {
  void *ud = NULL;
  lua_getallocf(L, &ud);
  return (clua_Limits *)ud;
}

/* Decides whether a limit has tripped; sticky once set. */
static int check_limits(clua_Limits *lim) {
  if (lim->tripped != CLUA_TRIP_NONE) return lim->tripped;
  if (interrupt_requested || lim->interrupt) {
    interrupt_requested = 0;
    lim->interrupt = 0;
    lim->tripped = CLUA_TRIP_INTERRUPT;
  } else if (lim->instr_limit != 0 && lim->instr_used > lim->instr_limit) {
    lim->tripped = CLUA_TRIP_INSTRUCTIONS;
  } else if (lim->mem_limit != 0 && lim->mem_used > lim->mem_limit) {
    lim->tripped = CLUA_TRIP_MEMORY;
  } else if (lim->deadline != 0 && monotonic_seconds() > lim->deadline) {
    lim->tripped = CLUA_TRIP_TIME;
  }
  return lim->tripped;
}

const char *clua_trip_message(lua_State *L, char *buf, size_t size) {
  clua_Limits *lim = clua_limits(L);
  switch (lim->tripped) {
    case CLUA_TRIP_MEMORY:
      snprintf(buf, size, "memory limit of %zu MB exceeded",
               lim->mem_limit / (1024 * 1024));
      return buf;
    case CLUA_TRIP_INSTRUCTIONS:
      snprintf(buf, size, "instruction limit of %lld exceeded", lim->instr_limit);
      return buf;
    case CLUA_TRIP_TIME:
      snprintf(buf, size, "time limit exceeded");
      return buf;
    case CLUA_TRIP_INTERRUPT:
      snprintf(buf, size, "interrupted");
      return buf;
    default:
      return NULL;
  }
}

/* Raises the tripped limit's message, prefixed with the position of the
** function at `level` (0 inside a hook, 1 inside a C function). */
static int raise_trip_at(lua_State *L, int level) {
  char buf[96];
  const char *msg = clua_trip_message(L, buf, sizeof buf);
  luaL_where(L, level);                              /* [-0, +1, m] */
  lua_pushstring(L, msg ? msg : "limit exceeded");   /* [-0, +1, m] */
  lua_concat(L, 2);                                  /* [-2, +1, m] */
  return lua_error(L);
}

int clua_raise_trip(lua_State *L) { return raise_trip_at(L, 1); }

/*
** Once a limit trips, the hook fires on every instruction of the running
** thread, so even code resumed after a pcall cannot progress.
*/
static void count_hook(lua_State *L, lua_Debug *ar) {
  (void)ar;
  clua_Limits *lim = clua_limits(L);
  lim->instr_used += CLUA_HOOK_STEP;
  if (check_limits(lim) != CLUA_TRIP_NONE) {
    lua_sethook(L, count_hook, LUA_MASKCOUNT, 1);
    raise_trip_at(L, 0);
  }
}

int clua_charge(lua_State *L, long long steps) {
  clua_Limits *lim = clua_limits(L);
  lim->instr_used += steps;
  return check_limits(lim) != CLUA_TRIP_NONE;
}

lua_State *clua_newstate(clua_Dispatch dispatch, void *host) {
  StateData *data = (StateData *)calloc(1, sizeof(StateData));
  if (data == NULL) return NULL;
  clua_Limits *lim = &data->limits;
  lim->dispatch = dispatch;
  lim->host = host;
  lim->host_depth = 1;  /* Swift holds the state until it calls into Lua */
  lua_State *L = lua_newstate(counting_alloc, data);
  if (L == NULL) {
    clua_pool_release(&data->pool);
    free(data);
    return NULL;
  }
  /* Threads created later (coroutines) copy this hook from their parent. */
  lua_sethook(L, count_hook, LUA_MASKCOUNT, CLUA_HOOK_STEP);
  /* Scripts make many short-lived tables (a row per step of db.rows): a
  ** generational collector seldom walks the long-lived library tables. */
  lua_gc(L, LUA_GCGEN, 0, 0);
  return L;
}

void clua_close(lua_State *L) {
  StateData *data = (StateData *)clua_limits(L);
  lua_close(L);
  clua_pool_release(&data->pool);
  free(data);
}

void clua_reset_limits(lua_State *L, size_t mem_limit, long long instr_limit,
                       double seconds) {
  clua_Limits *lim = clua_limits(L);
  lim->mem_limit = mem_limit;
  lim->instr_limit = instr_limit;
  lim->instr_used = 0;
  lim->deadline = seconds > 0 ? monotonic_seconds() + seconds : 0;
  lim->tripped = CLUA_TRIP_NONE;
  lim->interrupt = 0;
  lua_sethook(L, count_hook, LUA_MASKCOUNT, CLUA_HOOK_STEP);
}

/* ---- Ctrl-C ---------------------------------------------------------- */

static struct sigaction previous_sigint;

static void on_sigint(int sig) {
  (void)sig;
  interrupt_requested = 1;
}

void clua_install_interrupt_handler(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_sigint;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGINT, &sa, &previous_sigint);
}

void clua_restore_interrupt_handler(void) { sigaction(SIGINT, &previous_sigint, NULL); }
void clua_request_interrupt(void) { interrupt_requested = 1; }
int clua_interrupt_pending(void) { return interrupt_requested; }
void clua_clear_interrupt(void) { interrupt_requested = 0; }
void clua_interrupt_state(lua_State *L) { clua_limits(L)->interrupt = 1; }

/* ---- Swift functions ------------------------------------------------- */

/*
** Runs the Swift function named by upvalue 1. Swift reports an error by
** returning -1 with the message on top; it is raised here, after the
** Swift frame has returned, prefixed with the caller's position.
*/
static int trampoline(lua_State *L) {
  clua_Limits *lim = clua_limits(L);
  lua_Integer id = lua_tointeger(L, lua_upvalueindex(1));
  lim->host_depth++;
  int n = lim->dispatch(L, lim->host, id);
  lim->host_depth--;
  if (n >= 0) return n;
  if (n == -1 && lua_type(L, -1) == LUA_TSTRING) {
    luaL_where(L, 1);        /* [-0, +1, m] "chunk:line: " */
    lua_insert(L, -2);       /* move it below the message */
    lua_concat(L, 2);        /* [-2, +1, m] */
  }
  return lua_error(L);
}

void clua_pushhostfunction(lua_State *L, lua_Integer id) {
  lua_pushinteger(L, id);              /* [-0, +1, -] upvalue: the id */
  lua_pushcclosure(L, trampoline, 1);  /* [-1, +1, m] */
}

/* ---- calling and loading -------------------------------------------- */

/* Message handler: the error message followed by a traceback. */
static int traceback_handler(lua_State *L) {
  const char *msg = lua_tostring(L, 1);
  if (msg == NULL) {
    if (luaL_callmeta(L, 1, "__tostring") && lua_type(L, -1) == LUA_TSTRING)
      return 1;  /* a printable error object: keep it as is */
    msg = lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));
  }
  luaL_traceback(L, L, msg, 1);  /* [-0, +1, m] */
  return 1;
}

int clua_pcall(lua_State *L, int nargs, int nresults) {
  clua_Limits *lim = clua_limits(L);
  int base = lua_gettop(L) - nargs;   /* the function's index */
  int saved_depth = lim->host_depth;
  lim->host_depth = 0;                /* Lua code allocates under the cap */
  lua_pushcfunction(L, traceback_handler);
  lua_insert(L, base);                /* handler below the function */
  int status = lua_pcall(L, nargs, nresults, base);
  lua_remove(L, base);                /* drop the handler */
  lim->host_depth = saved_depth;
  return status;
}

int clua_loadtext(lua_State *L, const char *buf, size_t len, const char *name) {
  return luaL_loadbufferx(L, buf, len, name, "t");
}

int clua_openstock(lua_State *L) {
  luaL_openlibs(L);
  return 0;
}
