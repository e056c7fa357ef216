#ifndef RECALL_CREADLINE_SHIM_H
#define RECALL_CREADLINE_SHIM_H

#include <stdio.h>
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
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

/*
 Ctrl-C: readline's own handling would kill the process. Instead a SIGINT interrupts read(); our
 getc function then clears a line in progress, or, on an empty line, ends input as Ctrl-D does
 while noting that it was an interrupt.
*/
static volatile sig_atomic_t recall_sigint_pending = 0;
static volatile sig_atomic_t recall_sigint_ended_input = 0;

static inline void recall_on_sigint(int signal_number) {
    (void)signal_number;
    recall_sigint_pending = 1;
}

static inline int recall_getc(FILE *stream) {
    for (;;) {
        unsigned char c;
        ssize_t result = read(fileno(stream), &c, 1);
        if (result == 1) return c;
        if (result == 0) return EOF;
        if (errno != EINTR) return EOF;
        if (recall_sigint_pending) {
            recall_sigint_pending = 0;
            if (rl_end == 0) {
                recall_sigint_ended_input = 1;
                return EOF;
            }
            rl_replace_line("", 0);
            rl_point = 0;
            rl_redisplay();
        }
    }
}

static inline void recall_rl_install_interrupt_handling(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = recall_on_sigint;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0; /* no SA_RESTART: read() must return EINTR */
    sigaction(SIGINT, &action, NULL);
    rl_catch_signals = 0;
    rl_getc_function = recall_getc;
}

/* Whether the last NULL from readline() came from Ctrl-C on an empty line; clears the note. */
static inline int recall_rl_take_interrupt(void) {
    int value = recall_sigint_ended_input;
    recall_sigint_ended_input = 0;
    return value;
}

static inline const char *recall_rl_variable(const char *name) {
    return rl_variable_value(name);
}

#endif
