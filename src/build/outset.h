/* outset.h: the files of one build, kept in memory until everything has
 * rendered, then written only where they differ from what is on disk.
 * Each file is replaced atomically (written beside it, then renamed), so a
 * failed build leaves the previous output as it was and no file is ever
 * half-written.  The outset owns the data given to outset_add(). */
#ifndef SIPDOC_OUTSET_H
#define SIPDOC_OUTSET_H

#include <stddef.h>

struct buf;
struct outset;

struct outset *outset_new(const char *root);
void	 outset_free(struct outset *);
/* Adds ROOT/REL with the contents of B (B is emptied). */
void	 outset_add(struct outset *, const char *rel, struct buf *b);
/* The current contents of ROOT/REL on disk, or NULL; the caller frees. */
char	*outset_existing(const struct outset *, const char *rel, size_t *n);
/* Writes what changed; returns -1 after a diagnostic. */
int	 outset_commit(struct outset *, size_t *written, size_t *unchanged);

/* Writes one file atomically if its contents differ: 1 written, 0 same,
 * -1 error (reported). */
int	 file_update(const char *path, const char *data, size_t len);

#endif
