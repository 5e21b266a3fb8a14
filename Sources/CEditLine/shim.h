/*
** shim.h -- Debian's libedit (BSD editline) for the console: line
** editing with history (histedit.h) and the readline compatibility API
** for tab completion.
*/
#ifndef REDPROP_CEDITLINE_SHIM_H
#define REDPROP_CEDITLINE_SHIM_H

#include <stdio.h>
#include <histedit.h>
#include <editline/readline.h>

#endif
