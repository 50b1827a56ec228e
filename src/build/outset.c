/* outset.c: stages output files in memory and commits only the changed
 * ones, each through a temporary file and rename(). */
#include "system.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/buf.h"
#include "util/diag.h"
#include "build/outset.h"
#include "util/textio.h"
#include "util/xalloc.h"

struct outfile {
	char	*rel;
	char	*data;
	size_t	 len;
};

struct outset {
	char		*root;
	struct outfile	*files;
	size_t		 n, cap;
};

struct outset *
outset_new(const char *root)
{
	struct outset *o = xcalloc(1, sizeof(*o));

	o->root = xstrdup(root);
	return o;
}

void
outset_free(struct outset *o)
{
	size_t i;

	if (o == NULL)
		return;
	for (i = 0; i < o->n; i++) {
		free(o->files[i].rel);
		free(o->files[i].data);
	}
	free(o->files);
	free(o->root);
	free(o);
}

void
outset_add(struct outset *o, const char *rel, struct buf *b)
{
	struct outfile *f;

	if (o->n == o->cap)
		o->files = xreallocarray(o->files,
		    o->cap = o->cap ? o->cap * 2 : 1024, sizeof(*o->files));
	f = &o->files[o->n++];
	f->rel = xstrdup(rel);
	f->len = b->len;
	f->data = buf_detach(b);
}

/* mkdir -p for the folder that will hold PATH. */
static int
mkdir_parents(const char *path)
{
	char *p = xstrdup(path);
	char *s;
	int rc = 0;

	for (s = strchr(p + 1, '/'); s != NULL; s = strchr(s + 1, '/')) {
		*s = '\0';
		if (mkdir(p, 0777) != 0 && errno != EEXIST) {
			diag_errno(p, _("cannot create folder"));
			rc = -1;
			break;
		}
		*s = '/';
	}
	free(p);
	return rc;
}

static int
file_same(const char *path, const char *data, size_t len)
{
	struct stat st;
	size_t n;
	char *old;
	int same;

	if (stat(path, &st) != 0 || (size_t)st.st_size != len)
		return 0;
	old = file_slurp(path, &n);
	same = old != NULL && n == len && memcmp(old, data, len) == 0;
	free(old);
	return same;
}

static int
write_all(int fd, const char *data, size_t len)
{
	ssize_t w;

	while (len > 0) {
		w = write(fd, data, len);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		data += w;
		len -= (size_t)w;
	}
	return 0;
}

int
file_update(const char *path, const char *data, size_t len)
{
	char *tmp;
	int fd;

	if (file_same(path, data, len))
		return 0;
	if (mkdir_parents(path) != 0)
		return -1;
	tmp = xasprintf("%s.tmp%ld", path, (long)getpid());
	fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
	if (fd < 0 || write_all(fd, data, len) != 0 || close(fd) != 0) {
		diag_errno(path, _("cannot write"));
		if (fd >= 0)
			unlink(tmp);
		free(tmp);
		return -1;
	}
	if (rename(tmp, path) != 0) {
		diag_errno(path, _("cannot replace"));
		unlink(tmp);
		free(tmp);
		return -1;
	}
	free(tmp);
	return 1;
}

char *
outset_existing(const struct outset *o, const char *rel, size_t *n)
{
	char *path = xasprintf("%s/%s", o->root, rel);
	char *data = file_slurp(path, n);

	free(path);
	return data;
}

int
outset_commit(struct outset *o, size_t *written, size_t *unchanged)
{
	size_t i;
	char *path;
	int r;

	*written = *unchanged = 0;
	for (i = 0; i < o->n; i++) {
		path = xasprintf("%s/%s", o->root, o->files[i].rel);
		r = file_update(path, o->files[i].data, o->files[i].len);
		free(path);
		if (r < 0)
			return -1;
		if (r > 0)
			(*written)++;
		else
			(*unchanged)++;
	}
	return 0;
}
