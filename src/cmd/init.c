/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* init.c: `sipdoc init DIR` (init.h): copies the content and templates
 * into a temporary folder beside DIR, writes the README, and renames the
 * folder to DIR; on any failure it removes what it wrote. */
#include "system.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "build/options.h"
#include "build/outdir.h"
#include "cmd/init.h"
#include "util/buf.h"
#include "util/diag.h"
#include "util/textio.h"
#include "util/xalloc.h"

static int copy_tree(const char *src, const char *dst);

/* Writes DATA as the new file PATH (it may not exist yet). */
static int
write_new(const char *path, const char *data, size_t len)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);

	if (fd < 0 || fd_write_all(fd, data, len) != 0) {
		diag_errno(path, _("cannot write"));
		if (fd >= 0)
			close(fd);
		return -1;
	}
	if (close(fd) != 0) {
		diag_errno(path, _("cannot write"));
		return -1;
	}
	return 0;
}

static int
copy_file(const char *src, const char *dst)
{
	size_t n;
	char *data = file_slurp(src, &n);
	int rc;

	if (data == NULL) {
		diag_errno(src, _("cannot read"));
		return -1;
	}
	rc = write_new(dst, data, n);
	free(data);
	return rc;
}

/* One entry of a folder being copied: folders are copied whole, regular
 * files byte for byte; hidden names (editors' files, a build's state) and
 * anything else are left out. */
static int
copy_entry(const char *src, const char *dst, const char *name)
{
	char *s = xasprintf("%s/%s", src, name);
	char *d = xasprintf("%s/%s", dst, name);
	struct stat st;
	int rc = 0;

	if (stat(s, &st) != 0) {
		diag_errno(s, _("cannot read"));
		rc = -1;
	} else if (S_ISDIR(st.st_mode))
		rc = copy_tree(s, d);
	else if (S_ISREG(st.st_mode))
		rc = copy_file(s, d);
	free(s);
	free(d);
	return rc;
}

static int
copy_tree(const char *src, const char *dst)
{
	DIR *dir = opendir(src);
	struct dirent *de;
	int rc = 0;

	if (dir == NULL) {
		diag_errno(src, _("cannot open folder"));
		return -1;
	}
	if (mkdir(dst, 0777) != 0) {
		diag_errno(dst, _("cannot create folder"));
		closedir(dir);
		return -1;
	}
	while (rc == 0 && (de = readdir(dir)) != NULL)
		if (de->d_name[0] != '.')
			rc = copy_entry(src, dst, de->d_name);
	closedir(dir);
	return rc;
}

/* Removes the temporary folder PATH and everything init wrote in it. */
static void
remove_tree(const char *path)
{
	DIR *dir = opendir(path);
	struct dirent *de;
	struct stat st;

	while (dir != NULL && (de = readdir(dir)) != NULL) {
		char *p;

		if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
			continue;
		p = xasprintf("%s/%s", path, de->d_name);
		if (lstat(p, &st) == 0 && S_ISDIR(st.st_mode))
			remove_tree(p);
		else
			unlink(p);
		free(p);
	}
	if (dir != NULL)
		closedir(dir);
	rmdir(path);
}

/* DIR may be created: it does not exist, or is an empty folder (which
 * rename() replaces). */
static int
dir_free(const char *dir)
{
	DIR *d;
	struct dirent *de;
	int empty = 1;

	if ((d = opendir(dir)) == NULL)
		return errno == ENOENT ? 0 : -1;
	while (empty && (de = readdir(d)) != NULL)
		empty = strcmp(de->d_name, ".") == 0 ||
		    strcmp(de->d_name, "..") == 0;
	closedir(d);
	return empty ? 0 : -1;
}

/* The temporary folder beside DIR: ".NAME.sipdoc-init-XXXXXX" in DIR's
 * parent, so that rename() can move it into place. */
static char *
temp_beside(const char *dir)
{
	char *copy = xstrdup(dir), *slash, *tmp;
	size_t n = strlen(copy);

	while (n > 1 && copy[n - 1] == '/')
		copy[--n] = '\0';
	slash = strrchr(copy, '/');
	if (slash == NULL)
		tmp = xasprintf(".%s.sipdoc-init-XXXXXX", copy);
	else {
		*slash = '\0';
		tmp = xasprintf("%s/.%s.sipdoc-init-XXXXXX",
		    slash == copy ? "" : copy, slash + 1);
	}
	free(copy);
	if (mkdtemp(tmp) == NULL) {
		diag_errno(dir, _("cannot create folder"));
		free(tmp);
		return NULL;
	}
	return tmp;
}

/* mkdtemp() makes a private folder; the project gets the mode mkdir()
 * would have given it. */
static mode_t
umask_now(void)
{
	mode_t m = umask(0);

	umask(m);
	return m;
}

/* Fills the temporary folder TMP: the content, the templates, README.md. */
static int
init_fill(const struct options *o, const char *tmp)
{
	struct buf readme = {0};
	char *content = xasprintf("%s/content", tmp);
	char *templates = xasprintf("%s/templates", tmp);
	char *path = xasprintf("%s/README.md", tmp);
	int rc = copy_tree(o->content, content);

	if (rc == 0)
		rc = copy_tree(o->templates, templates);
	if (rc == 0) {
		init_readme(&readme);
		rc = write_new(path, readme.s, readme.len);
	}
	buf_free(&readme);
	free(content);
	free(templates);
	free(path);
	return rc;
}

int
cmd_init(const struct options *o, const char *dir)
{
	char *tmp;
	int rc;

	if (dir_free(dir) != 0) {
		diag(DIAG_ERROR, dir, 0, 0,
		    _("the project folder must be new or empty"));
		return -1;
	}
	if ((tmp = temp_beside(dir)) == NULL)
		return -1;
	rc = init_fill(o, tmp);
	if (rc == 0 && chmod(tmp, 0777 & ~umask_now()) != 0) {
		diag_errno(tmp, _("cannot create folder"));
		rc = -1;
	}
	if (rc == 0 && rename(tmp, dir) != 0) {
		diag_errno(dir, _("cannot create folder"));
		rc = -1;
	}
	if (rc != 0)
		remove_tree(tmp);
	else if (!o->quiet)
		/* TRANSLATORS: %s is the folder of the new project. */
		printf(_("A new project in %s: run 'sipdoc serve' in it to "
		    "see the site, 'sipdoc build' to build it.\n"), dir);
	free(tmp);
	return rc;
}
