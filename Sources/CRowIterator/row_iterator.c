/*
** row_iterator.c -- the iterator behind Lua's db.rows (see row_iterator.h).
**
** Errors are raised with luaL_error from the iterators, which Lua calls directly:
** no Swift frame lies between the raise and the protected call that catches it.
*/
#include <lua5.4/lauxlib.h>

#include "row_iterator.h"

struct RowCursor {
  sqlite3_stmt *stmt;  /* NULL once the run that made it has ended */
  int columns;
  int self_ref;        /* registry slot keeping this cursor alive until closed */
  int exhausted;       /* the rows have ended (or failed): SQLite would start over */
  lua_Integer rows;    /* rows returned so far */
};

/* Steps `cursor`: 1 with a row ready, 0 at the end (and ever after, like an
** exhausted ipairs); raises on an error. */
static int step(lua_State *L, RowCursor *cursor) {
  if (cursor->exhausted) return 0;
  sqlite3_stmt *stmt = cursor->stmt;
  if (stmt == NULL)
    return luaL_error(L, "this iterator belongs to a statement that has finished");
  int rc = sqlite3_step(stmt);
  if (rc != SQLITE_ROW) cursor->exhausted = 1;
  if (rc == SQLITE_DONE) return 0;
  if (rc != SQLITE_ROW)
    return luaL_error(L, "db: %s: %s", sqlite3_sql(stmt), sqlite3_errmsg(sqlite3_db_handle(stmt)));
  cursor->rows++;
  return 1;
}

/*
** Pushes a column's value; NULL as nil. The value is SQLite's unprotected
** one for the current row: read through sqlite3_value_* it is only unsafe
** across threads, and a run's connection is used by one thread at a time.
** One lookup per column instead of one per accessor.
*/
static void push_value(lua_State *L, sqlite3_value *value, int type) {
  switch (type) {
    case SQLITE_INTEGER:
      lua_pushinteger(L, (lua_Integer)sqlite3_value_int64(value));
      break;
    case SQLITE_FLOAT:
      lua_pushnumber(L, (lua_Number)sqlite3_value_double(value));
      break;
    case SQLITE_NULL:
      lua_pushnil(L);
      break;
    default: {                                       /* text or blob */
      const void *bytes = sqlite3_value_blob(value);
      size_t count = (size_t)sqlite3_value_bytes(value);
      lua_pushlstring(L, bytes ? (const char *)bytes : "", count);
      break;
    }
  }
}

/* Pushes a sequence of the statement's column names. */
static void push_names(lua_State *L, sqlite3_stmt *stmt, int columns) {
  lua_createtable(L, columns, 0);                    /* [-0, +1, m] names */
  for (int i = 0; i < columns; i++) {
    lua_pushstring(L, sqlite3_column_name(stmt, i)); /* [-0, +1, m] */
    lua_rawseti(L, -2, i + 1);                       /* [-1, +0, m] */
  }
}

/* Pushes the current row as a table keyed by the names at index `names`;
** NULL columns are absent. */
static void push_row_table(lua_State *L, sqlite3_stmt *stmt, int columns, int names) {
  lua_createtable(L, 0, columns);                    /* [-0, +1, m] the row */
  for (int i = 0; i < columns; i++) {
    sqlite3_value *value = sqlite3_column_value(stmt, i);
    int type = sqlite3_value_type(value);
    if (type == SQLITE_NULL) continue;
    lua_rawgeti(L, names, i + 1);                    /* [-0, +1, -] row, name */
    push_value(L, value, type);                      /* [-0, +1, m] row, name, value */
    lua_rawset(L, -3);                               /* [-2, +0, m] row[name] = value */
  }
}

/* Upvalues: 1 the cursor (full userdata), 2 the column names (a sequence). */
static int next_table(lua_State *L) {
  RowCursor *cursor = (RowCursor *)lua_touserdata(L, lua_upvalueindex(1));
  if (!step(L, cursor)) {
    lua_pushnil(L);
    return 1;
  }
  push_row_table(L, cursor->stmt, cursor->columns, lua_upvalueindex(2));   /* [-0, +1, m] */
  return 1;
}

/* Upvalue: 1 the cursor. The row number comes first, so that a NULL first
** column does not end the loop (as with ipairs). */
static int next_values(lua_State *L) {
  RowCursor *cursor = (RowCursor *)lua_touserdata(L, lua_upvalueindex(1));
  if (!step(L, cursor)) {
    lua_pushnil(L);
    return 1;
  }
  sqlite3_stmt *stmt = cursor->stmt;
  luaL_checkstack(L, cursor->columns + 1, "too many columns");   /* [-0, +0, v] */
  lua_pushinteger(L, cursor->rows);
  for (int i = 0; i < cursor->columns; i++) {
    sqlite3_value *value = sqlite3_column_value(stmt, i);
    push_value(L, value, sqlite3_value_type(value));             /* [-0, +1, m] */
  }
  return cursor->columns + 1;
}

RowCursor *row_cursor_push(lua_State *L, sqlite3_stmt *stmt, RowShape shape) {
  int columns = sqlite3_column_count(stmt);
  RowCursor *cursor = (RowCursor *)lua_newuserdatauv(L, sizeof(RowCursor), 0);  /* [-0, +1, m] */
  cursor->stmt = stmt;
  cursor->columns = columns;
  cursor->exhausted = 0;
  cursor->rows = 0;
  lua_pushvalue(L, -1);                              /* [-0, +1, -] */
  cursor->self_ref = luaL_ref(L, LUA_REGISTRYINDEX); /* [-1, +0, m] */
  if (shape == ROW_AS_VALUES) {
    lua_pushcclosure(L, next_values, 1);             /* [-1, +1, m] the iterator */
    return cursor;
  }
  push_names(L, stmt, columns);                      /* [-0, +1, m] cursor, names */
  lua_pushcclosure(L, next_table, 2);                /* [-2, +1, m] the iterator */
  return cursor;
}

int row_push_all(lua_State *L, sqlite3_stmt *stmt) {
  int columns = sqlite3_column_count(stmt);
  push_names(L, stmt, columns);                      /* [-0, +1, m] names */
  int names = lua_gettop(L);
  lua_newtable(L);                                   /* [-0, +1, m] names, rows */
  lua_Integer count = 0;
  int rc;
  while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    push_row_table(L, stmt, columns, names);         /* [-0, +1, m] names, rows, row */
    lua_rawseti(L, -2, ++count);                     /* [-1, +0, m] rows[count] = row */
  }
  if (rc != SQLITE_DONE) {
    lua_settop(L, names - 1);                        /* [-2, +0, -] */
    lua_pushnil(L);                                  /* [-0, +1, -] */
    return rc;
  }
  lua_remove(L, names);                              /* [-1, +0, -] rows */
  return rc;
}

int row_cursor_exhausted(const RowCursor *cursor) { return cursor->exhausted; }

void row_cursor_close(lua_State *L, RowCursor *cursor) {
  cursor->stmt = NULL;
  luaL_unref(L, LUA_REGISTRYINDEX, cursor->self_ref);
}
