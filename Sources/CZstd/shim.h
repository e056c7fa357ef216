#ifndef RECALL_CZSTD_SHIM_H
#define RECALL_CZSTD_SHIM_H

/* The system zstd (Debian: libzstd-dev), which Anki compresses its newer collections with. */
#include <zstd.h>

#endif
