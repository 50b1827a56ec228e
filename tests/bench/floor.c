/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* floor.c: the floor of `make bench`: the cheapest way to write the files
 * of a built output tree.  Reads every regular file under SRC into memory,
 * then writes them under DST (which must not exist) with plain
 * open/write/close, creating each folder once, and prints the seconds
 * the writing took.  Reading is left out of the time on purpose: sipdoc's
 * whole run is compared with this writing alone. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

struct file {
	char	*rel;
	char	*data;
	size_t	 len;
};

static struct file *files;
static size_t nfiles, cap;
static size_t srclen;

static int
collect(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
	struct file *f;
	FILE *in;

	(void)ftw;
	if (type != FTW_F || !S_ISREG(st->st_mode))
		return 0;
	if (nfiles == cap) {
		cap = cap ? cap * 2 : 4096;
		files = realloc(files, cap * sizeof(*files));
		if (files == NULL)
			return -1;
	}
	f = &files[nfiles++];
	f->rel = strdup(path + srclen);
	f->len = (size_t)st->st_size;
	f->data = malloc(f->len + 1);
	in = fopen(path, "rb");
	if (f->rel == NULL || f->data == NULL || in == NULL ||
	    fread(f->data, 1, f->len, in) != f->len)
		return -1;
	fclose(in);
	return 0;
}

/* mkdir -p of PATH's folder, when it is not the folder of the previous
 * file (the files of a folder come together). */
static int
mkdirs(char *path)
{
	static char last[4096];
	char *slash = strrchr(path, '/'), *s;
	size_t len = slash != NULL ? (size_t)(slash - path) : 0;

	if (len == strlen(last) && strncmp(path, last, len) == 0)
		return 0;
	for (s = strchr(path + 1, '/'); s != NULL; s = strchr(s + 1, '/')) {
		*s = '\0';
		if (mkdir(path, 0777) != 0 && errno != EEXIST)
			return -1;
		*s = '/';
	}
	snprintf(last, sizeof(last), "%.*s", (int)len, path);
	return 0;
}

int
main(int argc, char **argv)
{
	struct timespec t0, t1;
	char path[4096];
	size_t i;
	int fd;

	if (argc != 3) {
		fputs("usage: floor SRC DST\n", stderr);
		return 2;
	}
	srclen = strlen(argv[1]);
	if (nftw(argv[1], collect, 64, FTW_PHYS) != 0) {
		perror(argv[1]);
		return 1;
	}
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (i = 0; i < nfiles; i++) {
		snprintf(path, sizeof(path), "%s%s", argv[2], files[i].rel);
		if (mkdirs(path) != 0 ||
		    (fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0666)) < 0 ||
		    write(fd, files[i].data, files[i].len) !=
		    (ssize_t)files[i].len || close(fd) != 0) {
			perror(path);
			return 1;
		}
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	printf("%.3f\n", (double)(t1.tv_sec - t0.tv_sec) +
	    (double)(t1.tv_nsec - t0.tv_nsec) / 1e9);
	return 0;
}
