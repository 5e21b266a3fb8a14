/*
** clua.h -- the C side of RedProperty's Lua host.
**
** Swift imports Debian's liblua5.4 through this header. Everything here
** exists because Swift cannot do it itself: Lua's macros, the functions
** that must never run Swift code (the count hook, the counting
** allocator), and the trampoline that raises a Swift function's error
** only after the Swift frame has returned (no longjmp crosses Swift).
**
** Stack effects use the manual's notation [-o, +p, x]: pops o, pushes p,
** x = '-' cannot raise, 'm' raises only on memory errors, 'e' may raise.
*/
#ifndef CLUA_H
#define CLUA_H

#include <stddef.h>
#include <lua5.4/lua.h>
#include <lua5.4/lauxlib.h>
#include <lua5.4/lualib.h>

/* Why a script was stopped (clua_Limits.tripped). */
enum {
  CLUA_TRIP_NONE = 0,
  CLUA_TRIP_MEMORY = 1,
  CLUA_TRIP_INSTRUCTIONS = 2,
  CLUA_TRIP_TIME = 3,
  CLUA_TRIP_INTERRUPT = 4
};

/* Instructions between two ticks of the count hook. */
#define CLUA_HOOK_STEP 1000

/*
** The host's dispatcher: runs Swift function `id` of `host` on the
** arguments on L's stack. Returns the number of results it pushed, or
** after pushing an error value: -1 to raise it with the caller's position
** prepended, -2 to raise it as it is (the trampoline raises it).
*/
typedef int (*clua_Dispatch)(lua_State *L, void *host, lua_Integer id);

/* Per-state limits and bookkeeping; the allocator's userdata. */
typedef struct clua_Limits {
  size_t mem_used;
  size_t mem_limit;          /* bytes; 0 = no cap */
  int host_depth;            /* > 0 while Swift runs: allocations may overshoot */
  long long instr_used;
  long long instr_limit;     /* 0 = no cap */
  double deadline;           /* CLOCK_MONOTONIC seconds; 0 = none */
  int tripped;               /* CLUA_TRIP_*; sticky until clua_reset_limits */
  volatile int interrupt;    /* set by clua_interrupt_state; read by the hook */
  clua_Dispatch dispatch;
  void *host;
} clua_Limits;

/* A new state with the counting allocator and the count hook installed;
** NULL when out of memory. The libraries are not opened. */
lua_State *clua_newstate(clua_Dispatch dispatch, void *host);
/* Closes L and frees its limits block. */
void clua_close(lua_State *L);
clua_Limits *clua_limits(lua_State *L);
/* Clears counters and the tripped flag and sets new caps before a run. */
void clua_reset_limits(lua_State *L, size_t mem_limit, long long instr_limit,
                       double seconds);
/* The message for a tripped limit ("time limit of 5 s exceeded"), or NULL. */
const char *clua_trip_message(lua_State *L, char *buf, size_t size);
/* Checks the limits from inside a C function that runs long without
** executing Lua code (the pattern matcher). Charges `steps` to the
** instruction budget. Returns non-zero when a limit is tripped: the
** caller must then raise with clua_raise_trip. */
int clua_charge(lua_State *L, long long steps);
/* [-0, +1, e] Raises the error for the tripped limit. */
int clua_raise_trip(lua_State *L);

/* Ctrl-C: a SIGINT handler that only sets a process-wide flag the hook
** of every state reads; clua_interrupt_state asks one state to stop. */
void clua_install_interrupt_handler(void);
void clua_restore_interrupt_handler(void);
void clua_request_interrupt(void);
int clua_interrupt_pending(void);
void clua_clear_interrupt(void);
void clua_interrupt_state(lua_State *L);

/* [-0, +1, m] Pushes Swift function `id` as a C closure over the trampoline. */
void clua_pushhostfunction(lua_State *L, lua_Integer id);

/* [-(nargs+1), +(nres|1), -] Calls with a traceback message handler,
** allocations capped as for Lua code even when called from Swift. */
int clua_pcall(lua_State *L, int nargs, int nresults);
/* [-0, +1, -] Loads a text chunk (binary chunks are refused). */
int clua_loadtext(lua_State *L, const char *buf, size_t len, const char *name);
/* [-0, +0, e] Opens the libraries the sandbox allows, replaces the
** pattern functions of `string`, removes string.dump, and seals the
** string metatable. Call once through clua_pcall with the C function
** clua_opensandbox. */
int clua_opensandbox(lua_State *L);
/* [-n, +n, e] Returns its arguments, or raises if a limit has tripped;
** the sandbox's pcall/xpcall/coroutine.resume pass their results
** through it so a tripped limit cannot be swallowed. */
int clua_passthrough_unless_tripped(lua_State *L);
/* [-0, +0, e] Opens every stock library, unsandboxed: the reference that
** differential tests and benchmarks compare the sandbox against. */
int clua_openstock(lua_State *L);

/* The host's pattern matcher (clua_pattern.c), with a step budget. */
int clua_str_find(lua_State *L);
int clua_str_match(lua_State *L);
int clua_str_gmatch(lua_State *L);
int clua_str_gsub(lua_State *L);
/* [-0, +1, m] Pushes a table {find, match, gmatch, gsub} of the host's
** matcher, for differential tests against the stock string library. */
int clua_pushmatcher(lua_State *L);

/* Macros Swift cannot import. */
static inline void clua_pop(lua_State *L, int n) { lua_pop(L, n); }
static inline int clua_registryindex(void) { return LUA_REGISTRYINDEX; }
static inline const char *clua_tolstring(lua_State *L, int i, size_t *len) {
  return lua_tolstring(L, i, len);
}
static inline int clua_isinteger(lua_State *L, int i) { return lua_isinteger(L, i); }
static inline void clua_insert(lua_State *L, int i) { lua_insert(L, i); }

#endif
