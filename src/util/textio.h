/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* textio.h: whole-file reading, split into lines, with UTF-8 checked.
 * textfile_read() reports problems through diag() and returns -1; on success
 * the caller frees with textfile_free(). */
#ifndef SIPDOC_TEXTIO_H
#define SIPDOC_TEXTIO_H

#include <stddef.h>

struct textfile {
	char	*data;		/* the file, NUL-terminated */
	size_t	 size;
	char	*copy;		/* lines[] point into this copy */
	char	**lines;	/* without their newline: textfile_lines() */
	size_t	 nlines;
};

/* Reads PATH as text: a UTF-8 byte order mark is skipped and CRLF line
 * ends are read as LF (files saved by Windows editors), so positions in
 * diagnostics are what an editor shows. */
int	textfile_read(struct textfile *, const char *path);
/* The same of DATA (SIZE bytes, malloc'd with room for a NUL, which TF
 * takes), quietly: -1 when it is not UTF-8 text, and TF holds DATA
 * normalized (textfile_free() frees it). */
int	textfile_of(struct textfile *, char *data, size_t size);
/* Splits TF into its lines (lines[], nlines), once: a file read as a
 * table or searched line by line asks for them. */
void	textfile_lines(struct textfile *);
void	textfile_free(struct textfile *);

/* Removes a leading byte order mark and the CR of every CRLF from the
 * SIZE bytes of DATA (NUL-terminated again); returns the new size. */
size_t	text_normalize(char *data, size_t size);

/* Whether PATH, its symbolic links resolved, is inside the folder ROOT:
 * 0, or -1 after a diagnostic naming both.  Nothing from outside the
 * content and templates folders is ever read into the output. */
int	file_inside(const char *path, const char *root);

/* Reads a whole file; returns NULL (errno set) when it cannot. */
char	*file_slurp(const char *path, size_t *sizep);
/* Writes LEN bytes of DATA to FD, whole (again after EINTR and short
 * writes); returns 0, or -1 with errno set. */
int	fd_write_all(int fd, const char *data, size_t len);

struct buf;

/* The code point at *P (NUL-terminated), advancing *P past it; -1, with
 * one byte consumed, when the bytes there are not valid UTF-8. */
long	utf8_next(const unsigned char **p);
/* Appends code point CP as UTF-8. */
void	utf8_put(struct buf *, long cp);

/* Offset of the first invalid UTF-8 byte, or (size_t)-1 when valid. */
size_t	utf8_invalid(const char *s, size_t n);

#endif
