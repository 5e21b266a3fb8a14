/*
** clua_pattern.c -- the host's Lua pattern matcher, with a step budget.
**
** Lua's count hook never fires while a C function runs, so the stock
** string.find/match/gmatch/gsub can backtrack for as long as a hostile
** pattern likes (string.rep("a*", 40) .. "b" against forty a's needs
** ages). Debian's liblua cannot be patched, so the host installs these
** four functions instead. They implement the pattern language of Lua
** 5.4.4 (reference manual, section 6.4.1) with the same results, the
** same errors and the same recursion cap, and they charge their work to
** the state's limits through clua_charge.
**
** A "step" is one pattern item tried at one subject position: each pass
** of the main loop of do_match (its entry and every item it consumes
** iteratively), each character a repetition scans, and each chunk of a
** byte comparison. Every PAT_CHUNK steps the chunk is charged; when a
** limit has tripped the matcher raises the limit's error right there.
** All memory is Lua's (luaL_Buffer, userdata), so the longjmp leaks
** nothing.
*/
#include <ctype.h>
#include <stddef.h>
#include <string.h>

#include "clua.h"

#define PAT_ESC         '%'
#define PAT_SPECIALS    "^$*+?.([%-"   /* chars that make find non-plain */
#define PAT_MAXCAPTURES 32             /* LUA_MAXCAPTURES of the stock build */
#define PAT_MAXDEPTH    200            /* MAXCCALLS of the stock lstrlib.c */
#define PAT_CAP_OPEN    (-1)           /* capture length: not closed yet */
#define PAT_CAP_POS     (-2)           /* capture length: position capture */
#define PAT_CHUNK       1024           /* steps per clua_charge */
#define PAT_CMPCHUNK    256            /* bytes compared per step */

#define uchar(c) ((unsigned char)(c))

typedef struct Capture {
  const char *init;
  ptrdiff_t len;        /* a length, PAT_CAP_OPEN or PAT_CAP_POS */
} Capture;

typedef struct Matcher {
  const char *src_init;   /* subject */
  const char *src_end;    /* its end (the terminating '\0') */
  const char *p_end;      /* end of the pattern */
  lua_State *L;
  int depth;              /* recursion levels still allowed */
  int level;              /* captures in use */
  long long fuel;         /* steps left before the next charge */
  Capture capture[PAT_MAXCAPTURES];
} Matcher;


/* ---- the budget ---------------------------------------------------- */

/* Charges every chunk the fuel has gone through; raises once a limit trips. */
static void refuel (Matcher *m) {
  long long chunks = (PAT_CHUNK - m->fuel) / PAT_CHUNK;  /* fuel <= 0 */
  m->fuel += chunks * PAT_CHUNK;
  if (clua_charge(m->L, chunks * PAT_CHUNK))
    clua_raise_trip(m->L);
}

#define step(m)  do { if (--(m)->fuel <= 0) refuel(m); } while (0)

static void spend (Matcher *m, size_t n) {
  m->fuel -= (long long)n;
  if (m->fuel <= 0) refuel(m);
}

/*
** Adds the steps of an unfinished chunk straight to the counter, so that
** many short calls are charged too; the next tick or charge checks it.
*/
static void settle (Matcher *m) {
  clua_limits(m->L)->instr_used += PAT_CHUNK - m->fuel;
  m->fuel = PAT_CHUNK;
}

/* memcmp in chunks, one step each: a long back-reference is not free. */
static int same_bytes (Matcher *m, const char *a, const char *b, size_t n) {
  while (n > PAT_CMPCHUNK) {
    if (memcmp(a, b, PAT_CMPCHUNK) != 0) return 0;
    a += PAT_CMPCHUNK; b += PAT_CMPCHUNK; n -= PAT_CMPCHUNK;
    step(m);
  }
  return memcmp(a, b, n) == 0;
}

static void matcher_init (Matcher *m, lua_State *L, const char *s, size_t ls,
                          const char *p, size_t lp) {
  m->L = L;
  m->src_init = s;
  m->src_end = s + ls;
  m->p_end = p + lp;
  m->depth = PAT_MAXDEPTH;
  m->level = 0;
  m->fuel = PAT_CHUNK;
}


/* ---- single-character classes ------------------------------------ */

/*
** Does byte c belong to class %cl? The <ctype.h> functions, not tables,
** so that the answer follows the C locale exactly as the stock one does.
*/
static int class_test (int c, int cl) {
  int in;
  switch (tolower(cl)) {
    case 'a': in = isalpha(c); break;
    case 'c': in = iscntrl(c); break;
    case 'd': in = isdigit(c); break;
    case 'g': in = isgraph(c); break;
    case 'l': in = islower(c); break;
    case 'p': in = ispunct(c); break;
    case 's': in = isspace(c); break;
    case 'u': in = isupper(c); break;
    case 'w': in = isalnum(c); break;
    case 'x': in = isxdigit(c); break;
    case 'z': in = (c == 0); break;   /* deprecated, still accepted */
    default: return cl == c;          /* %x for a non-letter x is x itself */
  }
  if (isupper(cl)) in = !in;          /* %A is the complement of %a */
  return in;
}

/*
** Is c in the set whose '[' is at p and whose closing ']' is at last?
** class_end has already checked the syntax. A '-' is a range only when
** a char follows it inside the set ("[a-]" holds 'a' and '-').
*/
static int set_test (int c, const char *p, const char *last) {
  int member = 1;   /* what to answer when c is listed */
  if (p[1] == '^') {
    member = 0;
    p++;
  }
  for (p++; p < last; p++) {
    if (*p == PAT_ESC) {
      p++;
      if (class_test(c, uchar(*p))) return member;
    }
    else if (p[1] == '-' && p + 2 < last) {
      if (uchar(p[0]) <= c && c <= uchar(p[2])) return member;
      p += 2;
    }
    else if (uchar(*p) == c) return member;
  }
  return !member;
}

/*
** The end of the single-char class at p: past "%x", past "[...]" or past
** one ordinary char. The first char of a set (after an optional '^')
** never closes it, so "[]]" is the set of ']'.
*/
static const char *class_end (Matcher *m, const char *p) {
  if (*p == PAT_ESC) {
    if (p + 1 == m->p_end)
      luaL_error(m->L, "malformed pattern (ends with '%%')");
    return p + 2;
  }
  if (*p == '[') {
    p++;
    if (*p == '^') p++;
    for (;;) {
      if (p == m->p_end)
        luaL_error(m->L, "malformed pattern (missing ']')");
      if (*p == PAT_ESC && p + 1 < m->p_end)
        p++;   /* an escaped char, e.g. "%]", does not close the set */
      p++;
      if (*p == ']') return p + 1;   /* may read the pattern's '\0' */
    }
  }
  return p + 1;
}

/* Does the subject char at s match the class [p, ep)? Never past the end. */
static int single_test (Matcher *m, const char *s, const char *p,
                        const char *ep) {
  int c;
  if (s >= m->src_end) return 0;
  c = uchar(*s);
  switch (*p) {
    case '.': return 1;
    case PAT_ESC: return class_test(c, uchar(p[1]));
    case '[': return set_test(c, p, ep - 1);
    default: return uchar(*p) == c;
  }
}


/* ---- the matcher ----------------------------------------------------- */

static const char *do_match (Matcher *m, const char *s, const char *p);

/* "%bxy" with p at x: from s, a balanced run from x to its y. */
static const char *balance (Matcher *m, const char *s, const char *p) {
  const char *t;
  int open = 1;
  if (p >= m->p_end - 1)
    luaL_error(m->L, "malformed pattern (missing arguments to '%%b')");
  if (s >= m->src_end || *s != *p) return NULL;
  for (t = s + 1; t < m->src_end; t++) {
    if (*t == p[1]) {          /* the closer first: "%bxx" pairs up */
      if (--open == 0) break;
    }
    else if (*t == *p) open++;
  }
  spend(m, (size_t)(t - s));   /* one step per scanned char */
  return (t < m->src_end) ? t + 1 : NULL;
}

/* "%1".."%9": the text of an earlier, closed capture again. */
static const char *back_reference (Matcher *m, const char *s, int digit) {
  int l = digit - '1';
  size_t len;
  if (l < 0 || l >= m->level || m->capture[l].len == PAT_CAP_OPEN)
    luaL_error(m->L, "invalid capture index %%%d", l + 1);
  /* a position capture (-2) turns huge here: it never matches */
  len = (size_t)m->capture[l].len;
  if ((size_t)(m->src_end - s) < len) return NULL;
  return same_bytes(m, m->capture[l].init, s, len) ? s + len : NULL;
}

/* '*' (and '+' after its first char): longest run first, then shorter. */
static const char *expand_max (Matcher *m, const char *s, const char *p,
                               const char *ep) {
  ptrdiff_t n = 0;
  while (single_test(m, s + n, p, ep)) {
    step(m);
    n++;
  }
  for (; n >= 0; n--) {
    const char *r = do_match(m, s + n, ep + 1);
    if (r != NULL) return r;
  }
  return NULL;
}

/* '-': shortest run first, one more char per failure of the rest. */
static const char *expand_min (Matcher *m, const char *s, const char *p,
                               const char *ep) {
  for (;;) {
    const char *r = do_match(m, s, ep + 1);
    if (r != NULL) return r;
    if (!single_test(m, s, p, ep)) return NULL;
    s++;
  }
}

static const char *open_capture (Matcher *m, const char *s, const char *p,
                                 ptrdiff_t kind) {
  const char *r;
  int l = m->level;
  if (l >= PAT_MAXCAPTURES)
    luaL_error(m->L, "too many captures");
  m->capture[l].init = s;
  m->capture[l].len = kind;
  m->level = l + 1;
  r = do_match(m, s, p);
  if (r == NULL) m->level--;   /* backtracking: forget it */
  return r;
}

static const char *close_capture (Matcher *m, const char *s, const char *p) {
  const char *r;
  int l = m->level - 1;
  while (l >= 0 && m->capture[l].len != PAT_CAP_OPEN)   /* innermost open */
    l--;
  if (l < 0)
    luaL_error(m->L, "invalid pattern capture");
  m->capture[l].len = s - m->capture[l].init;
  r = do_match(m, s, p);
  if (r == NULL) m->capture[l].len = PAT_CAP_OPEN;   /* reopen it */
  return r;
}

/*
** Matches pattern p (up to p_end) at subject position s; the end of the
** match or NULL. Items that need no backtracking are consumed by the
** loop; the others recurse, and the recursion, not the loop, is what
** the depth cap limits, exactly as in the stock matcher, so "pattern too
** complex" fires on the same patterns. Errors are raised lazily, when
** the faulty item is reached.
*/
static const char *do_match (Matcher *m, const char *s, const char *p) {
  if (m->depth-- == 0)
    luaL_error(m->L, "pattern too complex");
  for (;;) {
    const char *ep;
    step(m);
    if (p == m->p_end) break;   /* the whole pattern matched */
    if (*p == '(') {
      if (p[1] == ')')
        s = open_capture(m, s, p + 2, PAT_CAP_POS);
      else
        s = open_capture(m, s, p + 1, PAT_CAP_OPEN);
      break;
    }
    if (*p == ')') {
      s = close_capture(m, s, p + 1);
      break;
    }
    if (*p == '$' && p + 1 == m->p_end) {   /* a '$' elsewhere is a char */
      if (s != m->src_end) s = NULL;
      break;
    }
    if (*p == PAT_ESC) {
      int k = p[1];   /* may be the pattern's '\0' */
      if (k == 'b') {
        s = balance(m, s, p + 2);
        if (s == NULL) break;
        p += 4;
        continue;
      }
      if (k == 'f') {
        int before, here;
        p += 2;
        if (*p != '[')
          luaL_error(m->L, "missing '[' after '%%f' in pattern");
        ep = class_end(m, p);
        /* the subject's edges count as '\0' on either side */
        before = (s == m->src_init) ? 0 : uchar(s[-1]);
        here = (s < m->src_end) ? uchar(*s) : 0;
        if (set_test(before, p, ep - 1) || !set_test(here, p, ep - 1)) {
          s = NULL;
          break;
        }
        p = ep;
        continue;
      }
      if (k >= '0' && k <= '9') {
        s = back_reference(m, s, k);
        if (s == NULL) break;
        p += 2;
        continue;
      }
    }
    /* a single-char class with an optional '*', '+', '-' or '?' */
    ep = class_end(m, p);
    if (!single_test(m, s, p, ep)) {
      if (*ep == '*' || *ep == '?' || *ep == '-') {   /* zero times is fine */
        p = ep + 1;
        continue;
      }
      s = NULL;
      break;
    }
    if (*ep == '?') {
      const char *r = do_match(m, s + 1, ep + 1);
      if (r != NULL) {
        s = r;
        break;
      }
      p = ep + 1;   /* the rest did not match after it: try without */
      continue;
    }
    if (*ep == '+') {
      s = expand_max(m, s + 1, p, ep);
      break;
    }
    if (*ep == '*') {
      s = expand_max(m, s, p, ep);
      break;
    }
    if (*ep == '-') {
      s = expand_min(m, s, p, ep);
      break;
    }
    s++;   /* exactly once */
    p = ep;
  }
  m->depth++;
  return s;
}


/* ---- captures -------------------------------------------------------- */

/*
** Capture i of the match [s, e). Capture 0 of a pattern without
** captures is the whole match. A position capture is pushed as an
** integer and PAT_CAP_POS returned; otherwise *cap and the length are.
*/
static ptrdiff_t get_capture (Matcher *m, int i, const char *s, const char *e,
                              const char **cap) {
  if (i >= m->level) {
    if (i != 0)
      luaL_error(m->L, "invalid capture index %%%d", i + 1);
    *cap = s;
    return e - s;
  }
  *cap = m->capture[i].init;
  if (m->capture[i].len == PAT_CAP_OPEN)
    luaL_error(m->L, "unfinished capture");
  else if (m->capture[i].len == PAT_CAP_POS)
    lua_pushinteger(m->L, (m->capture[i].init - m->src_init) + 1);
  return m->capture[i].len;
}

static void push_capture (Matcher *m, int i, const char *s, const char *e) {
  const char *cap;
  ptrdiff_t len = get_capture(m, i, s, e, &cap);
  if (len != PAT_CAP_POS)   /* a position is already pushed */
    lua_pushlstring(m->L, cap, (size_t)len);
}

/* Pushes all captures; the whole match if there are none and s is given. */
static int push_captures (Matcher *m, const char *s, const char *e) {
  int i;
  int n = (m->level == 0 && s != NULL) ? 1 : m->level;
  luaL_checkstack(m->L, n, "too many captures");
  for (i = 0; i < n; i++)
    push_capture(m, i, s, e);
  return n;
}


/* ---- find and match ------------------------------------------------- */

/* A 1-based init (negative counts from the end) as a 1-based position. */
static size_t start_position (lua_Integer pos, size_t len) {
  if (pos > 0) return (size_t)pos;
  if (pos == 0) return 1;
  if (pos < -(lua_Integer)len) return 1;   /* before the start: clip */
  return len + (size_t)pos + 1;
}

/* Does p (which may hold '\0's) lack every magic character? */
static int no_specials (const char *p, size_t lp) {
  size_t i;
  for (i = 0; i < lp; i++) {
    if (p[i] != '\0' && strchr(PAT_SPECIALS, p[i]) != NULL) return 0;
  }
  return 1;
}

/* The first occurrence of p in s, for plain find. */
static const char *plain_find (Matcher *m, const char *s, size_t ls,
                               const char *p, size_t lp) {
  const char *last;
  if (lp == 0) return s;   /* the empty string is everywhere */
  if (lp > ls) return NULL;
  last = s + (ls - lp);    /* the last place p can start */
  while (s <= last) {
    const char *hit = (const char *)memchr(s, *p, (size_t)(last - s) + 1);
    if (hit == NULL) return NULL;
    step(m);
    if (same_bytes(m, hit + 1, p + 1, lp - 1)) return hit;
    s = hit + 1;
  }
  return NULL;
}

static int find_aux (lua_State *L, int find) {
  size_t ls, lp;
  const char *s = luaL_checklstring(L, 1, &ls);
  const char *p = luaL_checklstring(L, 2, &lp);
  size_t init = start_position(luaL_optinteger(L, 3, 1), ls) - 1;
  Matcher m;
  if (init > ls) {   /* starts after the end: nothing to find */
    luaL_pushfail(L);
    return 1;
  }
  if (find && (lua_toboolean(L, 4) || no_specials(p, lp))) {
    const char *hit;
    matcher_init(&m, L, s, ls, p, lp);
    hit = plain_find(&m, s + init, ls - init, p, lp);
    settle(&m);
    if (hit != NULL) {
      lua_pushinteger(L, (hit - s) + 1);
      lua_pushinteger(L, (lua_Integer)((size_t)(hit - s) + lp));
      return 2;
    }
  }
  else {
    const char *s1 = s + init;
    int anchor = (*p == '^');
    if (anchor) {
      p++;
      lp--;
    }
    matcher_init(&m, L, s, ls, p, lp);
    do {
      const char *e;
      m.level = 0;
      e = do_match(&m, s1, p);
      if (e != NULL) {
        settle(&m);
        if (find) {
          lua_pushinteger(L, (s1 - s) + 1);
          lua_pushinteger(L, e - s);
          return push_captures(&m, NULL, NULL) + 2;
        }
        return push_captures(&m, s1, e);
      }
    } while (s1++ < m.src_end && !anchor);
    settle(&m);
  }
  luaL_pushfail(L);
  return 1;
}

int clua_str_find (lua_State *L) {
  return find_aux(L, 1);
}

int clua_str_match (lua_State *L) {
  return find_aux(L, 0);
}


/* ---- gmatch ------------------------------------------------------- */

/* The iterator's state, a userdata; subject and pattern are upvalues. */
typedef struct Iterator {
  const char *src;         /* where the next search starts */
  const char *p;
  const char *lastmatch;   /* end of the last match: no empty match there */
  Matcher m;
} Iterator;

static int gmatch_next (lua_State *L) {
  Iterator *it = (Iterator *)lua_touserdata(L, lua_upvalueindex(3));
  const char *src;
  it->m.L = L;   /* the iterator may run in another coroutine */
  it->m.depth = PAT_MAXDEPTH;   /* an earlier error may have left it low */
  it->m.fuel = PAT_CHUNK;
  for (src = it->src; src <= it->m.src_end; src++) {
    const char *e;
    it->m.level = 0;
    e = do_match(&it->m, src, it->p);
    if (e != NULL && e != it->lastmatch) {
      it->src = it->lastmatch = e;
      settle(&it->m);
      return push_captures(&it->m, src, e);
    }
  }
  settle(&it->m);
  return 0;
}

/*
** As in stock 5.4, a leading '^' is no anchor here: do_match takes it as
** an ordinary char.
*/
int clua_str_gmatch (lua_State *L) {
  size_t ls, lp;
  const char *s = luaL_checklstring(L, 1, &ls);
  const char *p = luaL_checklstring(L, 2, &lp);
  size_t init = start_position(luaL_optinteger(L, 3, 1), ls) - 1;
  Iterator *it;
  lua_settop(L, 2);   /* subject and pattern become upvalues: kept alive */
  it = (Iterator *)lua_newuserdatauv(L, sizeof(Iterator), 0);
  if (init > ls) init = ls + 1;   /* past the end; no overflow in s + init */
  matcher_init(&it->m, L, s, ls, p, lp);
  it->src = s + init;
  it->p = p;
  it->lastmatch = NULL;
  lua_pushcclosure(L, gmatch_next, 3);
  return 1;
}


/* ---- gsub --------------------------------------------------------------- */

/* Appends the replacement string (argument 3) with its %0-%9 and %%. */
static void add_template (Matcher *m, luaL_Buffer *b, const char *s,
                          const char *e) {
  lua_State *L = m->L;
  size_t l;
  const char *t = lua_tolstring(L, 3, &l);
  const char *end = t + l;
  const char *esc;
  while ((esc = (const char *)memchr(t, PAT_ESC, (size_t)(end - t))) != NULL) {
    int c = uchar(esc[1]);   /* a trailing '%' sees the string's '\0' */
    luaL_addlstring(b, t, (size_t)(esc - t));
    if (c == PAT_ESC)
      luaL_addchar(b, PAT_ESC);
    else if (c == '0')
      luaL_addlstring(b, s, (size_t)(e - s));
    else if (isdigit(c)) {
      const char *cap;
      ptrdiff_t len = get_capture(m, c - '1', s, e, &cap);
      if (len == PAT_CAP_POS)
        luaL_addvalue(b);   /* the position get_capture pushed */
      else
        luaL_addlstring(b, cap, (size_t)len);
    }
    else
      luaL_error(L, "invalid use of '%c' in replacement string", PAT_ESC);
    t = esc + 2;
  }
  luaL_addlstring(b, t, (size_t)(end - t));
}

/*
** Appends the replacement of the match [s, e) given by argument 3, of
** type tr. A false or nil from a table or function keeps the match.
** Returns whether the subject changed.
*/
static int add_value (Matcher *m, luaL_Buffer *b, const char *s,
                      const char *e, int tr) {
  lua_State *L = m->L;
  if (tr == LUA_TFUNCTION) {
    int n;
    lua_pushvalue(L, 3);
    n = push_captures(m, s, e);
    lua_call(L, n, 1);
  }
  else if (tr == LUA_TTABLE) {
    push_capture(m, 0, s, e);   /* the first capture is the key */
    lua_gettable(L, 3);
  }
  else {   /* a string or a number */
    add_template(m, b, s, e);
    return 1;
  }
  if (!lua_toboolean(L, -1)) {
    lua_pop(L, 1);
    luaL_addlstring(b, s, (size_t)(e - s));
    return 0;
  }
  if (!lua_isstring(L, -1))
    return luaL_error(L, "invalid replacement value (a %s)",
                      luaL_typename(L, -1));
  luaL_addvalue(b);
  return 1;
}

int clua_str_gsub (lua_State *L) {
  size_t srcl, lp;
  const char *src = luaL_checklstring(L, 1, &srcl);
  const char *p = luaL_checklstring(L, 2, &lp);
  const char *lastmatch = NULL;   /* no empty match right after a match */
  int tr = lua_type(L, 3);
  lua_Integer max_n = luaL_optinteger(L, 4, (lua_Integer)srcl + 1);
  int anchor = (*p == '^');
  lua_Integer n = 0;
  int changed = 0;
  Matcher m;
  luaL_Buffer b;
  luaL_argexpected(L, tr == LUA_TNUMBER || tr == LUA_TSTRING ||
                   tr == LUA_TFUNCTION || tr == LUA_TTABLE, 3,
                   "string/function/table");
  luaL_buffinit(L, &b);
  if (anchor) {
    p++;
    lp--;
  }
  matcher_init(&m, L, src, srcl, p, lp);
  while (n < max_n) {
    const char *e;
    m.level = 0;
    e = do_match(&m, src, p);
    if (e != NULL && e != lastmatch) {
      n++;
      changed = add_value(&m, &b, src, e, tr) | changed;
      src = lastmatch = e;
    }
    else if (src < m.src_end)
      luaL_addchar(&b, *src++);   /* no match here: keep one char */
    else
      break;
    if (anchor) break;
  }
  settle(&m);
  if (!changed)
    lua_pushvalue(L, 1);   /* the subject itself, as stock does */
  else {
    luaL_addlstring(&b, src, (size_t)(m.src_end - src));
    luaL_pushresult(&b);
  }
  lua_pushinteger(L, n);
  return 2;
}


/* ---- the table for differential tests ----------------------------- */

int clua_pushmatcher (lua_State *L) {
  static const luaL_Reg funcs[] = {
    {"find", clua_str_find}, {"match", clua_str_match},
    {"gmatch", clua_str_gmatch}, {"gsub", clua_str_gsub},
    {NULL, NULL}
  };
  lua_createtable(L, 0, 4);
  luaL_setfuncs(L, funcs, 0);
  return 1;
}
