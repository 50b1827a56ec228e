/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* outdir.c: writing into the output folder: folders opened once and kept,
 * one temporary file renamed into place per output, the journal, stale
 * files removed with the folders they leave empty. */
#include "system.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "build/outdir.h"
#include "build/spare.h"
#include "util/buf.h"
#include "util/diag.h"
#include "util/fmt.h"
#include "util/xalloc.h"

#define TMP_NAME	".sipdoc-tmp"	/* of the engine's thread; writers: TMP_NAME.N */
#define WRITERS_MAX		8	/* writer threads, at most */
#define JOURNAL_NAME	".sipdoc-journal"
#define LOCK_NAME	".sipdoc-lock"
#define STAGE		".sipdoc-stage"
#define MANIFEST_TMP	".sipdoc-manifest.tmp"

struct dirslot {
	char	*rel;		/* "html/ru" */
	int	 fd;
	int	 created;	/* by this build: it held nothing before */
};

struct outdir {
	char		*root;
	int		 fd;
	int		 lock;
	int		 no_tmpfile;	/* the file system has no O_TMPFILE */
	int		 no_exchange;	/* nor RENAME_EXCHANGE */
	char		 tmp[24];	/* its temporary file's name */
	int		 quiet;		/* keep failures for outdir_report() */
	const char	*err_what;	/* the first failure kept */
	int		 err_errno;
	char		*err_rel;
	int		 journal;	/* -1 until the first install */
	struct dirslot	 dirs[32];
	size_t		 ndirs;
	struct spares	*sp;		/* replaced files, kept (spare.h) */
};

char *
outdir_name(const struct outdir *od, const char *rel)
{
	return xasprintf("%s/%s", od->root, rel);
}

void
outdir_errno(struct outdir *od, const char *rel, const char *what)
{
	int e = errno;
	char *name;

	if (od->quiet) {
		if (od->err_what == NULL) {
			od->err_what = what;
			od->err_errno = e;
			od->err_rel = xstrdup(rel);
		}
		return;
	}
	name = outdir_name(od, rel);
	errno = e;
	diag_errno(name, _(what));
	free(name);
}

int
outdir_report(struct outdir *od)
{
	if (od->err_what == NULL)
		return 0;
	od->quiet = 0;
	errno = od->err_errno;
	outdir_errno(od, od->err_rel, od->err_what);
	free(od->err_rel);
	od->err_rel = NULL;
	od->err_what = NULL;
	return 1;
}

/* mkdir -p of ROOT, one component at a time. */
static int
mkdir_p(const char *root)
{
	char *p = xstrdup(root);
	char *s = p;
	int rc = 0;

	for (;;) {
		s = strchr(s + 1, '/');
		if (s != NULL)
			*s = '\0';
		if (mkdir(p, 0777) != 0 && errno != EEXIST) {
			diag_errno(p, _("cannot create folder"));
			rc = -1;
			break;
		}
		if (s == NULL)
			break;
		*s = '/';
	}
	free(p);
	return rc;
}

static void dirs_forget(struct outdir *);

struct outdir *
outdir_open(const char *root)
{
	struct outdir *od;

	if (mkdir_p(root) != 0)
		return NULL;
	od = xcalloc(1, sizeof(*od));
	od->root = xstrdup(root);
	od->journal = od->lock = -1;
	fmt_snprintf(od->tmp, sizeof(od->tmp), "%s", TMP_NAME);
	od->fd = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (od->fd < 0) {
		diag_errno(root, _("cannot open folder"));
		goto fail;
	}
	od->lock = openat(od->fd, LOCK_NAME, O_RDWR | O_CREAT | O_NOFOLLOW |
	    O_CLOEXEC, 0666);
	if (od->lock < 0) {
		outdir_errno(od, LOCK_NAME, N_("cannot write"));
		goto fail;
	}
	if (flock(od->lock, LOCK_EX | LOCK_NB) != 0) {
		diag(DIAG_ERROR, root, 0, 0, _("another sipdoc build is "
		    "writing into this folder"));
		goto fail;
	}
	od->sp = spares_new(od->fd, od->tmp);
	return od;
fail:
	outdir_close(od);
	return NULL;
}

struct outdir *
outdir_clone(const struct outdir *src, int n)
{
	struct outdir *od = xcalloc(1, sizeof(*od));

	fmt_snprintf(od->tmp, sizeof(od->tmp), "%s.%d", TMP_NAME,
	    n % WRITERS_MAX);
	od->root = xstrdup(src->root);
	od->journal = od->lock = -1;
	od->fd = dup(src->fd);
	od->quiet = 1;
	od->sp = spares_new(od->fd, od->tmp);
	return od;
}

struct outdir *
outdir_open_ro(const char *root)
{
	int fd = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	struct outdir *od;

	if (fd < 0)
		return NULL;
	od = xcalloc(1, sizeof(*od));
	od->root = xstrdup(root);
	od->journal = od->lock = -1;
	fmt_snprintf(od->tmp, sizeof(od->tmp), "%s", TMP_NAME);
	od->fd = fd;
	return od;
}

void
outdir_close(struct outdir *od)
{
	if (od == NULL)
		return;
	dirs_forget(od);
	spares_free(od->sp);
	free(od->err_rel);
	if (od->journal >= 0)
		close(od->journal);
	if (od->lock >= 0)
		close(od->lock);
	if (od->fd >= 0)
		close(od->fd);
	free(od->root);
	free(od);
}

int
outdir_fd(const struct outdir *od)
{
	return od->fd;
}

int
outdir_path_ok(const char *rel)
{
	const char *p = rel;

	if (*p == '\0')
		return 0;
	for (;;) {
		size_t n = 0;

		/* [A-Za-z0-9._-]: tested, not looked up in a set (a
		   manifest's thousands of paths are checked on every build) */
		while (((p[n] | 32) >= 'a' && (p[n] | 32) <= 'z') ||
		    (p[n] >= '0' && p[n] <= '9') || p[n] == '.' ||
		    p[n] == '_' || p[n] == '-')
			n++;
		if (n == 0 || p[0] == '.')
			return 0;
		if (p[n] == '\0')
			return 1;
		if (p[n] != '/')
			return 0;
		p += n + 1;
	}
}

static void
dirs_forget(struct outdir *od)
{
	size_t i;

	spares_release(od->sp);		/* kept by their folders' slots */
	for (i = 0; i < od->ndirs; i++) {
		if (od->dirs[i].fd >= 0)
			close(od->dirs[i].fd);
		free(od->dirs[i].rel);
	}
	od->ndirs = 0;
}

/* Opens DIR (relative to the root) without following symbolic links,
 * creating what is missing when CREATE is set.  Returns -1 with errno set
 * (ENOENT when it does not exist and CREATE is not set). */
static int
dir_walk(struct outdir *od, const char *dir, int create, int *created)
{
	char *p = xstrdup(dir), *comp = p, *slash;
	int fd = dup(od->fd), next;

	*created = 0;
	while (fd >= 0 && comp != NULL && *comp != '\0') {
		slash = strchr(comp, '/');
		if (slash != NULL)
			*slash = '\0';
		next = openat(fd, comp, O_RDONLY | O_DIRECTORY | O_NOFOLLOW |
		    O_CLOEXEC);
		*created = 0;
		if (next < 0 && errno == ENOENT && create &&
		    (mkdirat(fd, comp, 0777) == 0 || errno == EEXIST)) {
			*created = errno != EEXIST;
			next = openat(fd, comp, O_RDONLY | O_DIRECTORY |
			    O_NOFOLLOW | O_CLOEXEC);
		}
		close(fd);
		fd = next;
		comp = slash != NULL ? slash + 1 : NULL;
	}
	free(p);
	return fd;
}

/* The folder of REL, opened; *base: REL's last component.  -1 with errno
 * set when the folder cannot be opened (or is missing and !CREATE). */
/* The slot of REL's folder, opened (created when CREATE).  A folder that
 * is not there when first asked for gets a slot without a descriptor:
 * nothing can be in it but what this build writes. */
static struct dirslot *
dir_slot(struct outdir *od, const char *rel, int create, const char **base)
{
	const char *slash = strrchr(rel, '/');
	size_t len = slash != NULL ? (size_t)(slash - rel) : 0;
	struct dirslot *ds = NULL;
	size_t i;
	int created = 0;

	*base = slash != NULL ? slash + 1 : rel;
	for (i = 0; i < od->ndirs && ds == NULL; i++)
		if (strlen(od->dirs[i].rel) == len &&
		    strncmp(od->dirs[i].rel, rel, len) == 0)
			ds = &od->dirs[i];
	if (ds != NULL && (ds->fd >= 0 || !create))
		return ds;
	if (ds == NULL) {
		if (od->ndirs == ARRAY_LEN(od->dirs))
			dirs_forget(od);
		ds = &od->dirs[od->ndirs++];
		ds->rel = xstrndup(rel, len);
		ds->fd = -1;
		ds->created = 0;
	}
	ds->fd = len == 0 ? dup(od->fd) : dir_walk(od, ds->rel, create,
	    &created);
	if (ds->fd < 0 && errno != ENOENT && errno != ENOTDIR) {
		free(ds->rel);
		*ds = od->dirs[--od->ndirs];
		return NULL;
	}
	if (ds->fd < 0 || created)
		ds->created = 1;
	return ds;
}

static int
dir_of(struct outdir *od, const char *rel, int create, const char **base)
{
	struct dirslot *ds = dir_slot(od, rel, create, base);

	if (ds != NULL && ds->fd < 0)
		errno = ENOENT;
	return ds != NULL ? ds->fd : -1;
}

static void
fstate_of(const struct stat *st, struct fstate *fs)
{
	fs->size = (long long)st->st_size;
	fs->mtime = (long long)st->st_mtim.tv_sec * 1000000000LL +
	    st->st_mtim.tv_nsec;
}

int
outdir_stat(struct outdir *od, const char *rel, struct fstate *fs)
{
	const char *base;
	struct stat st;
	struct dirslot *ds = dir_slot(od, rel, 0, &base);

	fs->size = -1;
	fs->mtime = 0;
	if (ds == NULL)
		return -1;
	if (ds->created)
		return 0;	/* nothing there but what this build writes */
	if (fstatat(ds->fd, base, &st, AT_SYMLINK_NOFOLLOW) != 0)
		return errno == ENOENT ? 0 : -1;
	if (S_ISREG(st.st_mode))
		fstate_of(&st, fs);
	return 0;
}

/* Reads up to N bytes at OFF of FD into BUF; how many, or -1. */
static ssize_t
read_at(int fd, char *buf, size_t n, off_t off)
{
	size_t got = 0;
	ssize_t r;

	while (got < n) {
		r = pread(fd, buf + got, n - got, off + (off_t)got);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			return -1;
		if (r == 0)
			break;
		got += (size_t)r;
	}
	return (ssize_t)got;
}

/* Opens REL for reading, or -1. */
static int
open_existing(struct outdir *od, const char *rel)
{
	const char *base;
	int dfd = dir_of(od, rel, 0, &base);

	if (dfd < 0)
		return -1;
	return openat(dfd, base, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
}

int
outdir_same(struct outdir *od, const char *rel, const char *data, size_t len)
{
	char chunk[65536];
	size_t off = 0;
	ssize_t n;
	int fd = open_existing(od, rel), same = fd >= 0;

	while (same && off < len) {
		n = read_at(fd, chunk, sizeof(chunk), (off_t)off);
		same = n > 0 && (size_t)n <= len - off &&
		    memcmp(chunk, data + off, (size_t)n) == 0;
		off += n > 0 ? (size_t)n : 0;
	}
	if (same)
		same = read_at(fd, chunk, 1, (off_t)len) == 0;
	if (fd >= 0)
		close(fd);
	return same;
}

int
outdir_fstate(struct outdir *od, int fd, struct fstate *fs)
{
	struct stat st;

	if (spares_trim(od->sp, fd) != 0 || fstat(fd, &st) != 0)
		return -1;
	fstate_of(&st, fs);
	return 0;
}

int
outdir_new_file(struct outdir *od, const char *rel)
{
	const char *base;
	struct dirslot *ds = dir_slot(od, rel, 1, &base);
	int fd;

	if (ds == NULL || ds->fd < 0) {
		char *dir = xstrndup(rel, strlen(rel) - strlen(base) - 1);

		if (ds != NULL)
			errno = ENOENT;
		outdir_errno(od, dir, N_("cannot create folder"));
		free(dir);
		return -1;
	}
	if (!od->no_tmpfile) {
		if ((fd = spares_take(od->sp, ds)) >= 0)
			return fd;
		fd = openat(ds->fd, ".", O_TMPFILE | O_RDWR | O_CLOEXEC, 0666);
		if (fd >= 0) {
			spares_learn(od->sp, fd);
			return fd;
		}
		if (errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL)
			goto fail;
		od->no_tmpfile = 1;
	}
	/* No unnamed files here: the one named temporary file. */
	fd = openat(od->fd, od->tmp, O_RDWR | O_CREAT | O_TRUNC | O_NOFOLLOW |
	    O_CLOEXEC, 0666);
	if (fd >= 0)
		return fd;
fail:
	outdir_errno(od, rel, N_("cannot write"));
	return -1;
}

int
outdir_new_direct(struct outdir *od, const char *rel)
{
	const char *base;
	char *path = xasprintf("%s/%s", STAGE, rel);
	int dfd = dir_of(od, path, 1, &base), fd = -1;

	if (dfd >= 0)
		fd = openat(dfd, base, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW |
		    O_CLOEXEC, 0666);
	if (fd < 0)
		outdir_errno(od, rel, N_("cannot write"));
	free(path);
	return fd;
}

int
outdir_close_direct(struct outdir *od, int fd, const char *rel)
{
	if (close(fd) == 0)
		return 0;
	outdir_errno(od, rel, N_("cannot write"));
	return -1;
}

int
outdir_top_exists(struct outdir *od, const char *top)
{
	struct stat st;

	return fstatat(od->fd, top, &st, AT_SYMLINK_NOFOLLOW) == 0;
}

/* Removes everything under the folder NAME of DFD, then the folder: it is
 * the build's own (the staging folder), so nothing in it is followed. */
static void
remove_tree(int dfd, const char *name)
{
	int fd = openat(dfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW |
	    O_CLOEXEC);
	DIR *d = fd >= 0 ? fdopendir(fd) : NULL;
	struct dirent *de;

	if (d == NULL) {
		if (fd >= 0)
			close(fd);
		unlinkat(dfd, name, 0);
		return;
	}
	while ((de = readdir(d)) != NULL) {
		if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
			continue;
		if (unlinkat(fd, de->d_name, 0) != 0)
			remove_tree(fd, de->d_name);
	}
	closedir(d);
	unlinkat(dfd, name, AT_REMOVEDIR);
}

int
outdir_unstage(struct outdir *od, const char *top)
{
	char *path = xasprintf("%s/%s", STAGE, top);
	int rc = renameat(od->fd, path, od->fd, top);

	if (rc != 0)
		outdir_errno(od, top, N_("cannot replace"));
	free(path);
	dirs_forget(od);
	unlinkat(od->fd, STAGE, AT_REMOVEDIR);
	return rc;
}

void
outdir_unstage_abort(struct outdir *od)
{
	dirs_forget(od);
	remove_tree(od->fd, STAGE);
}

/* Gives the unnamed file FD the name BASE in DFD: with the descriptor
 * itself where the system allows it (CAP_DAC_READ_SEARCH), else through
 * /proc. */
static int
link_unnamed(int fd, int dfd, const char *base)
{
	char proc[64];

	if (linkat(fd, "", dfd, base, AT_EMPTY_PATH) == 0)
		return 0;
	if (errno != ENOENT && errno != EPERM && errno != EINVAL)
		return -1;
	fmt_snprintf(proc, sizeof(proc), "/proc/self/fd/%d", fd);
	return linkat(AT_FDCWD, proc, dfd, base, AT_SYMLINK_FOLLOW);
}

/* Renames the complete file FD, named NAME in the root, to REL (DS,
 * BASE), keeping what it replaces for another file (spare.h). */
static int
place_named(struct outdir *od, int fd, const char *name,
    struct dirslot *ds, const char *base, const char *rel)
{
	int held = -1, rc;
	struct stat st;

	/* The new file and the old swap names (spare.h); where the file
	   system cannot, or nothing is there, a rename.  What was there and
	   is not a file (a folder, say) is swapped back: a rename says
	   that it cannot replace it. */
	if (!od->no_tmpfile && !od->no_exchange) {
		if (renameat2(od->fd, name, ds->fd, base, RENAME_EXCHANGE) ==
		    0) {
			if (fstatat(od->fd, name, &st, AT_SYMLINK_NOFOLLOW) ==
			    0 && S_ISREG(st.st_mode)) {
				spares_swapped(od->sp, fd, name, ds);
				close(fd);
				return 0;
			}
			renameat2(od->fd, name, ds->fd, base,
			    RENAME_EXCHANGE);
		} else
			od->no_exchange = errno == EINVAL || errno == ENOSYS;
	}
	if (!od->no_tmpfile)
		held = spares_hold(od->sp, ds->fd, base);
	if ((rc = renameat(od->fd, name, ds->fd, base)) != 0) {
		outdir_errno(od, rel, N_("cannot replace"));
		if (!spares_drop(od->sp, fd))
			close(fd);
		unlinkat(od->fd, name, 0);
	} else {
		spares_placed(od->sp, fd);
		close(fd);
	}
	spares_keep(od->sp, held, ds, rc == 0);
	return rc;
}

int
outdir_place(struct outdir *od, int fd, const char *rel)
{
	const char *base;
	struct dirslot *ds = dir_slot(od, rel, 1, &base);
	char name[40];

	if (ds == NULL || ds->fd < 0) {
		if (ds != NULL)
			errno = ENOENT;
		outdir_errno(od, rel, N_("cannot write"));
	} else if (od->no_tmpfile)
		return place_named(od, fd, od->tmp, ds, base, rel);
	else if (spares_name(od->sp, fd, name, sizeof(name))) {
		if (spares_trim(od->sp, fd) == 0)
			return place_named(od, fd, name, ds, base, rel);
		outdir_errno(od, rel, N_("cannot write"));
	} else if (link_unnamed(fd, ds->fd, base) == 0) {
		close(fd);
		return 0;
	} else if (errno != EEXIST)
		outdir_errno(od, rel, N_("cannot write"));
	/* Something is there: replace it, by a rename from the root. */
	else if (link_unnamed(fd, od->fd, od->tmp) != 0)
		outdir_errno(od, rel, N_("cannot write"));
	else
		return place_named(od, fd, od->tmp, ds, base, rel);
	outdir_discard(od, fd);
	return -1;
}

void
outdir_discard(struct outdir *od, int fd)
{
	if (spares_drop(od->sp, fd))
		return;
	close(fd);
	if (od->no_tmpfile)
		unlinkat(od->fd, od->tmp, 0);
}

int
outdir_serial(const struct outdir *od)
{
	return od->no_tmpfile;
}

int
outdir_same_fd(struct outdir *od, const char *rel, int tmp)
{
	char a[65536], b[65536];
	off_t off = 0;
	ssize_t na, nb;
	int fd = open_existing(od, rel), same = 0;

	if (fd < 0)
		return 0;
	for (;;) {
		na = read_at(tmp, a, sizeof(a), off);
		nb = read_at(fd, b, sizeof(b), off);
		if (na < 0 || na != nb || memcmp(a, b, (size_t)na) != 0)
			break;
		if (na == 0) {
			same = 1;
			break;
		}
		off += na;
	}
	close(fd);
	return same;
}

int
outdir_journal(struct outdir *od, const char *rel, const char *text,
    size_t len)
{
	if (od->journal < 0)
		od->journal = openat(od->fd, JOURNAL_NAME, O_WRONLY | O_CREAT |
		    O_APPEND | O_NOFOLLOW | O_CLOEXEC, 0666);
	errno = 0;
	if (od->journal < 0 || write(od->journal, text, len) !=
	    (ssize_t)len) {
		if (errno == 0)
			errno = ENOSPC;
		outdir_errno(od, rel, N_("cannot write"));
		return -1;
	}
	return 0;
}

/* Whether NAME is one of the temporary names: TMP_NAME, then ".N" (a
 * writer's) and "-K" (a kept file's, spare.h), each optional. */
static int
tmp_name(const char *name)
{
	const char *p = name + strlen(TMP_NAME);

	if (strncmp(name, TMP_NAME, strlen(TMP_NAME)) != 0)
		return 0;
	if (*p == '.' && p[1] >= '0' && p[1] <= '9')
		p += 1 + strspn(p + 1, "0123456789");
	if (*p == '-' && p[1] >= '0' && p[1] <= '9')
		p += 1 + strspn(p + 1, "0123456789");
	return *p == '\0';
}

/* Removes the temporary files a killed build left in the root. */
static void
remove_tmp(struct outdir *od)
{
	int fd = openat(od->fd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	DIR *d = fd >= 0 ? fdopendir(fd) : NULL;
	struct dirent *de;

	if (d == NULL) {
		if (fd >= 0)
			close(fd);
		return;
	}
	while ((de = readdir(d)) != NULL)
		if (tmp_name(de->d_name))
			unlinkat(od->fd, de->d_name, 0);
	closedir(d);
}

char *
outdir_recover(struct outdir *od)
{
	struct buf b = {0};
	char chunk[8192];
	ssize_t n;
	int fd;

	remove_tmp(od);
	unlinkat(od->fd, MANIFEST_TMP, 0);
	remove_tree(od->fd, STAGE);
	fd = openat(od->fd, JOURNAL_NAME, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0)
		return NULL;
	while ((n = read(fd, chunk, sizeof(chunk))) > 0)
		buf_put(&b, chunk, (size_t)n);
	close(fd);
	return buf_detach(&b);
}

void
outdir_journal_done(struct outdir *od)
{
	if (od->journal >= 0)
		close(od->journal);
	od->journal = -1;
	unlinkat(od->fd, JOURNAL_NAME, 0);
}

int
outdir_remove(struct outdir *od, const char *rel)
{
	char *dir = xstrdup(rel), *slash;
	const char *base;
	int dfd = dir_of(od, rel, 0, &base), rc = 0;

	if (dfd < 0 || unlinkat(dfd, base, 0) != 0) {
		if (errno != ENOENT) {
			outdir_errno(od, rel, N_("cannot remove"));
			rc = -1;
		}
	}
	/* The folders it leaves empty, deepest first; the cached
	   descriptors of folders may name removed ones now. */
	dirs_forget(od);
	while (rc == 0 && (slash = strrchr(dir, '/')) != NULL) {
		*slash = '\0';
		if (unlinkat(od->fd, dir, AT_REMOVEDIR) != 0)
			break;
	}
	free(dir);
	return rc;
}
