/*
** row_iterator.h -- the iterator behind Lua's db.rows, in C.
**
** A million-row loop calls its iterator a million times; in C each call is
** sqlite3_step plus the column accessors straight into a fresh Lua table,
** with no Swift frame, no boxing and no reference counting per row. db.query
** builds its rows the same way, all at once.
*/
#ifndef REDPROP_ROW_ITERATOR_H
#define REDPROP_ROW_ITERATOR_H

#include <lua5.4/lua.h>
#include <sqlite3.h>

typedef struct RowCursor RowCursor;

/* What each step of the iterator returns. */
typedef enum RowShape {
  ROW_AS_TABLE,   /* the row as a table keyed by column name (NULL columns absent) */
  ROW_AS_VALUES   /* the row's number, then each column's value (NULL as nil) */
} RowShape;

/*
** Pushes a generic-for iterator over the rows of `stmt` (prepared, arguments
** bound): each call steps once and returns the row in `shape`, or nil at the
** end. The caller keeps `stmt` alive and calls row_cursor_close before
** finalizing it; the cursor stays alive until then, and afterwards the
** iterator refuses to step with a clear error. Call only from a host frame:
** it allocates.
*/
RowCursor *row_cursor_push(lua_State *L, sqlite3_stmt *stmt, RowShape shape);

/*
** Pushes every row of `stmt` as a sequence of tables keyed by column name
** (db.query). Meant for a host frame, so it never raises: returns SQLITE_DONE
** with the rows pushed, or SQLite's error code with nil pushed.
*/
int row_push_all(lua_State *L, sqlite3_stmt *stmt);

/* Whether the cursor's rows have ended: it returns nil from now on without
** its statement, which the caller may then close early. */
int row_cursor_exhausted(const RowCursor *cursor);

/* Detaches the statement from the cursor and lets Lua collect it. */
void row_cursor_close(lua_State *L, RowCursor *cursor);

#endif
