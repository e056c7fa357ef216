#ifndef RECALL_CREADLINE_SHIM_H
#define RECALL_CREADLINE_SHIM_H

#include <stdio.h>
#include <readline/readline.h>
#include <readline/history.h>

/* Swift 6 cannot touch readline's mutable globals directly, so each hook is set here. */

typedef char *(*recall_completion_generator)(const char *, int);

static inline void recall_rl_set_completion(rl_completion_func_t *function) {
    rl_attempted_completion_function = function;
}

static inline void recall_rl_set_completion_over(int over) {
    rl_attempted_completion_over = over;
}

static inline char **recall_rl_completion_matches(const char *text, recall_completion_generator generator) {
    return rl_completion_matches(text, generator);
}

static inline void recall_rl_set_readline_name(const char *name) {
    rl_readline_name = name;
}

static inline void recall_rl_clear_line(void) {
    rl_replace_line("", 0);
    rl_crlf();
    rl_on_new_line();
    rl_redisplay();
}

static inline int recall_rl_point(void) {
    return rl_point;
}

static inline const char *recall_rl_line_buffer(void) {
    return rl_line_buffer;
}

static inline void recall_rl_set_catch_signals(int value) {
    rl_catch_signals = value;
}

static inline void recall_rl_resize_terminal(void) {
    rl_resize_terminal();
}

static inline int recall_rl_screen_width(void) {
    int rows = 0, cols = 0;
    rl_get_screen_size(&rows, &cols);
    return cols;
}

#endif
