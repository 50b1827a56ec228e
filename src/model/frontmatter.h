/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* frontmatter.h: the YAML front matter of a content file, read with libyaml,
 * and typed accessors that report problems at the value's position.
 *
 * fm_open() splits FILE's text into front matter and body and parses the
 * front matter; the caller releases it with fm_close().  Each field of
 * FIELDS may appear once; any other key is an error. */
#ifndef SIPDOC_FRONTMATTER_H
#define SIPDOC_FRONTMATTER_H

#include <stddef.h>
#include <yaml.h>

struct fm {
	const char	*path;
	yaml_document_t	 doc;
	int		 have_doc;
	int		 line0;		/* file line of YAML line 0 */
	const char	*body;		/* text after the closing --- */
	int		 body_line;	/* file line where body starts */
};

struct fm_field {
	const char	*name;
	int		 required;
	yaml_node_t	*value;		/* set by fm_open(); NULL if absent */
	int		 line;		/* the key's file line */
};

int	 fm_open(struct fm *, const char *path, const char *text,
	    struct fm_field *fields, size_t nfields);
void	 fm_close(struct fm *);

/* Accessors: each returns 0, or reports at the value and returns -1. */
int	 fm_string(struct fm *, yaml_node_t *, char **out);
int	 fm_int(struct fm *, yaml_node_t *, int lo, int hi, int *out);
int	 fm_int_list(struct fm *, yaml_node_t *, int lo, int hi, int **out,
	    size_t *n);
int	 fm_string_list(struct fm *, yaml_node_t *, char ***out, size_t *n);
int	 fm_date(struct fm *, yaml_node_t *, char **out);
void	 fm_error(struct fm *, yaml_node_t *, const char *fmt, ...)
	    __attribute__((format(printf, 3, 4)));
int	 fm_line(const struct fm *, const yaml_node_t *);
int	 fm_col(const struct fm *, const yaml_node_t *);

#endif
