/*
** clua_sandbox.c -- the allow-listed libraries every environment copies.
** The per-environment copies and wrappers are built by the host's Lua
** prelude; this file prepares the pristine tables they are copied from.
*/
#include "clua.h"

static const char *const removed_globals[] = {"dofile", "loadfile", "print", NULL};
static const char *const allowed_os[] = {"time", "date", "clock", NULL};

/* [-0, +0, e] Opens `name` with `open` and leaves it as a global. */
static void open_library(lua_State *L, const char *name, lua_CFunction open) {
  luaL_requiref(L, name, open, 1);  /* [-0, +1, e] */
  lua_pop(L, 1);
}

/* [-0, +0, e] Keeps only the allowed fields of os. */
static void restrict_os(lua_State *L) {
  lua_newtable(L);                            /* the reduced os */
  lua_getglobal(L, "os");                     /* full os */
  for (int i = 0; allowed_os[i] != NULL; i++) {
    lua_getfield(L, -1, allowed_os[i]);       /* os[name] */
    lua_setfield(L, -3, allowed_os[i]);       /* reduced[name] = os[name] */
  }
  lua_pop(L, 1);                              /* pop full os */
  lua_setglobal(L, "os");                     /* os = reduced */
}

/* [-0, +0, e] Replaces the pattern functions with the budgeted matcher. */
static void replace_string_functions(lua_State *L) {
  static const luaL_Reg matcher[] = {
    {"find", clua_str_find}, {"match", clua_str_match},
    {"gmatch", clua_str_gmatch}, {"gsub", clua_str_gsub},
    {"dump", NULL}, {NULL, NULL}
  };
  lua_getglobal(L, "string");        /* string */
  for (const luaL_Reg *r = matcher; r->name != NULL; r++) {
    if (r->func) lua_pushcfunction(L, r->func);
    else lua_pushnil(L);             /* string.dump is removed */
    lua_setfield(L, -2, r->name);
  }
  lua_pop(L, 1);
}

/* [-0, +0, e] Hides the string metatable from getmetatable. */
static void seal_string_metatable(lua_State *L) {
  lua_pushliteral(L, "");
  if (lua_getmetatable(L, -1)) {     /* "", mt */
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 1);                   /* pop mt */
  }
  lua_pop(L, 1);                     /* pop "" */
}

int clua_opensandbox(lua_State *L) {
  open_library(L, LUA_GNAME, luaopen_base);
  open_library(L, LUA_STRLIBNAME, luaopen_string);
  open_library(L, LUA_TABLIBNAME, luaopen_table);
  open_library(L, LUA_MATHLIBNAME, luaopen_math);
  open_library(L, LUA_UTF8LIBNAME, luaopen_utf8);
  open_library(L, LUA_COLIBNAME, luaopen_coroutine);
  open_library(L, LUA_OSLIBNAME, luaopen_os);
  for (int i = 0; removed_globals[i] != NULL; i++) {
    lua_pushnil(L);
    lua_setglobal(L, removed_globals[i]);
  }
  restrict_os(L);
  replace_string_functions(L);
  seal_string_metatable(L);
  return 0;
}

int clua_passthrough_unless_tripped(lua_State *L) {
  if (clua_limits(L)->tripped != CLUA_TRIP_NONE) return clua_raise_trip(L);
  return lua_gettop(L);
}
