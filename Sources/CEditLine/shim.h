/// Shim between Swift and libedit's native API (<histedit.h>).
///
/// `el_set`, `el_get` and `history` are C-variadic, which Swift cannot call,
/// so each call form gd uses gets one small non-variadic wrapper here.
/// Only libedit is included: GNU readline's <readline/readline.h> shares an
/// include guard with libedit's compatibility header and must never be pulled in.
#ifndef GD_CEDITLINE_SHIM_H
#define GD_CEDITLINE_SHIM_H

#include <histedit.h>
#include <stdio.h>
#include <wchar.h>

/// glibc declares wcwidth only under _XOPEN_SOURCE, which Swift's Glibc module lacks.
extern int wcwidth(wchar_t c);

/// Terminal cells one character takes under the current LC_CTYPE (-1: not printable).
static inline int gd_wcwidth(unsigned int c) {
    return wcwidth((wchar_t)c);
}

/// A key function added with EL_ADDFN: returns one of the CC_* codes.
typedef unsigned char (*gd_el_func_t)(EditLine *, int);
/// A prompt function for EL_PROMPT: returns the prompt text (owned by the caller).
typedef char *(*gd_el_prompt_t)(EditLine *);

/// el_init on the process's stdin/stdout/stderr.
/// Wrapped because Swift 6 rejects the C globals `stdin`/`stdout` as shared mutable state.
static inline EditLine *gd_el_init(const char *prog) {
    return el_init(prog, stdin, stdout, stderr);
}

/// An empty prompt for a prompt function that has nothing better to return.
static inline char *gd_empty_string(void) {
    static char empty[1] = "";
    return empty;
}

static inline int gd_el_set_prompt(EditLine *e, gd_el_prompt_t f) {
    return el_set(e, EL_PROMPT, f);
}

/// "emacs" or "vi".
static inline int gd_el_set_editor(EditLine *e, const char *mode) {
    return el_set(e, EL_EDITOR, mode);
}

/// 1: libedit installs its own handlers during el_gets (tty restore on
/// SIGINT/SIGTSTP, redraw on SIGCONT, resize on SIGWINCH) and passes each
/// signal on to the handler that was there before.
static inline int gd_el_set_signal(EditLine *e, int on) {
    return el_set(e, EL_SIGNAL, on);
}

/// Attaches a history so that arrows and Ctrl-R search it.
static inline int gd_el_set_hist(EditLine *e, History *h) {
    return el_set(e, EL_HIST, history, h);
}

static inline int gd_el_set_addfn(EditLine *e, const char *name, const char *help, gd_el_func_t f) {
    return el_set(e, EL_ADDFN, name, help, f);
}

/// Binds one key sequence (e.g. "^I", "\\e[1;5C") to a named editor function.
static inline int gd_el_set_bind(EditLine *e, const char *key, const char *fn) {
    return el_set(e, EL_BIND, key, fn, (const char *)NULL);
}

static inline int gd_el_set_clientdata(EditLine *e, void *data) {
    return el_set(e, EL_CLIENTDATA, data);
}

static inline void *gd_el_get_clientdata(EditLine *e) {
    void *data = NULL;
    return el_get(e, EL_CLIENTDATA, &data) == 0 ? data : NULL;
}

/// Terminal width in columns as libedit knows it (kept current on resize); 80 if unknown.
static inline int gd_el_columns(EditLine *e) {
    int cols = 0;
    if (el_get(e, EL_GETTC, "co", &cols, (void *)NULL) != 0 || cols <= 0)
        return 80;
    return cols;
}

/// Writes text to libedit's output stream and flushes it, so that it is
/// ordered correctly with libedit's own (stdio-buffered) drawing.
static inline void gd_el_print(EditLine *e, const char *text) {
    FILE *out = NULL;
    if (el_get(e, EL_GETFP, 1, &out) != 0 || out == NULL)
        out = stdout;
    fputs(text, out);
    fflush(out);
}

static inline int gd_history_setsize(History *h, int size) {
    HistEvent ev;
    return history(h, &ev, H_SETSIZE, size);
}

/// 1: H_ENTER skips a line equal to the newest entry.
static inline int gd_history_setunique(History *h, int on) {
    HistEvent ev;
    return history(h, &ev, H_SETUNIQUE, on);
}

static inline int gd_history_enter(History *h, const char *line) {
    HistEvent ev;
    return history(h, &ev, H_ENTER, line);
}

/// Number of entries loaded, or -1 (missing file, unreadable, or not libedit's format).
static inline int gd_history_load(History *h, const char *path) {
    HistEvent ev;
    return history(h, &ev, H_LOAD, path);
}

/// Number of entries written, or -1.
static inline int gd_history_save_fp(History *h, FILE *fp) {
    HistEvent ev;
    return history(h, &ev, H_SAVE_FP, fp);
}

static inline int gd_history_clear(History *h) {
    HistEvent ev;
    return history(h, &ev, H_CLEAR);
}

#endif
