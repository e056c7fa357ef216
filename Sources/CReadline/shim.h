#ifndef RECALL_CREADLINE_SHIM_H
#define RECALL_CREADLINE_SHIM_H

#include <stdio.h>
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <stdlib.h>
#include <termios.h>
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

/*
 SIGTERM, SIGHUP or SIGQUIT while readline waits: readline has the terminal in raw mode, and with
 rl_catch_signals off the default action would leave it so. The handler puts back the settings
 saved before readline first ran (tcsetattr and write are async-signal-safe), turns bracketed paste
 off, and re-raises the signal with its default action, so the exit status still names it. Every
 acknowledged answer is already in the journal, which is appended and synced after each answer.
*/
/* Storage inside a function: Swift's importer emits no definition for a file-scope static struct. */
static inline struct termios *recall_saved_termios(void) {
    static struct termios saved;
    return &saved;
}
static volatile sig_atomic_t recall_have_saved_termios = 0;
static volatile sig_atomic_t recall_paste_mode_to_reset = 0;

static void recall_on_termination(int signal_number) {
    if (recall_have_saved_termios) tcsetattr(STDIN_FILENO, TCSANOW, recall_saved_termios());
    if (recall_paste_mode_to_reset) {
        static const char reset[] = "\033[?2004l\r\n";
        ssize_t written = write(STDOUT_FILENO, reset, sizeof reset - 1);
        (void)written;
    }
    signal(signal_number, SIG_DFL);
    raise(signal_number);
}

static inline void recall_rl_install_termination_handling(void) {
    if (tcgetattr(STDIN_FILENO, recall_saved_termios()) == 0) recall_have_saved_termios = 1;
    const char *term = getenv("TERM");
    recall_paste_mode_to_reset = isatty(STDOUT_FILENO) && term != NULL && strcmp(term, "dumb") != 0;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = recall_on_termination;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND;
    sigaction(SIGTERM, &action, NULL);
    sigaction(SIGHUP, &action, NULL);
    sigaction(SIGQUIT, &action, NULL);
    /* A parent may have started us with these blocked (Foundation's Process passes its thread's mask on). */
    sigset_t handled;
    sigemptyset(&handled);
    sigaddset(&handled, SIGTERM);
    sigaddset(&handled, SIGHUP);
    sigaddset(&handled, SIGQUIT);
    pthread_sigmask(SIG_UNBLOCK, &handled, NULL);
}

/*
 A line that opens with text to edit: the text waits here until readline's pre-input hook, which
 runs once the prompt is shown, puts it on the line. Storage inside a function, as above.
*/
static inline char **recall_prefill_storage(void) {
    static char *text = NULL;
    return &text;
}

static inline int recall_rl_insert_prefill(void) {
    char **text = recall_prefill_storage();
    if (*text != NULL) {
        rl_insert_text(*text);
        free(*text);
        *text = NULL;
        rl_redisplay();
    }
    return 0;
}

/* The text the next readline() call starts with (NULL or "" for none). */
static inline void recall_rl_set_prefill(const char *text) {
    char **stored = recall_prefill_storage();
    free(*stored);
    *stored = (text != NULL && *text != '\0') ? strdup(text) : NULL;
    rl_pre_input_hook = recall_rl_insert_prefill;
}

static inline const char *recall_rl_variable(const char *name) {
    return rl_variable_value(name);
}

#endif
