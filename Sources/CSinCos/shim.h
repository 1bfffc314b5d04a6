/// glibc's sincos for the sweep's sine model: sin and cos of one argument from one
/// argument reduction. A GNU extension, declared in <math.h> only under _GNU_SOURCE,
/// which Swift's Glibc module lacks; gd uses it only where a test has shown its results
/// are the separate sin and cos bit for bit (SinCosTests).
#ifndef GD_CSINCOS_SHIM_H
#define GD_CSINCOS_SHIM_H

#if defined(__linux__)
#include <features.h> /* defines __GLIBC__ on glibc */
#endif
#if defined(__GLIBC__)
extern void sincos(double x, double *sine, double *cosine);
#define GD_HAS_SINCOS 1
#else
#define GD_HAS_SINCOS 0
#endif

/// sin(x) into *sine and cos(x) into *cosine; 1 when glibc's sincos computed them, 0 when
/// this platform has none (the caller then calls sin and cos itself).
static inline int gd_sincos(double x, double *sine, double *cosine) {
#if GD_HAS_SINCOS
    sincos(x, sine, cosine);
    return 1;
#else
    (void)x; (void)sine; (void)cosine;
    return 0;
#endif
}

#endif
