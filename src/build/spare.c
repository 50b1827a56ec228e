/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* spare.c: replaced files kept and written again (spare.h). */
#include "system.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "build/spare.h"
#include "util/fmt.h"
#include "util/xalloc.h"

#define KEEP	8		/* kept files: a writer's batch (writer.c) */
#define SLOTS	(2 * KEEP + 2)	/* hidden names: kept, taken, held */

struct spare {
	int		 fd;
	int		 slot;
	off_t		 size;	/* what the file held */
	int		 trimmed;	/* cut at what was written */
	const void	*dir;
};

struct spares {
	int		 root;
	char		 tmp[24];
	unsigned char	 used[SLOTS];
	struct spare	 kept[KEEP];
	size_t		 nkept;
	struct spare	 taken[SLOTS];
	size_t		 ntaken;
	mode_t		 mode;
	int		 mode_known;
};

struct spares *
spares_new(int root, const char *tmp)
{
	struct spares *sp = xcalloc(1, sizeof(*sp));

	sp->root = root;
	fmt_snprintf(sp->tmp, sizeof(sp->tmp), "%s", tmp);
	return sp;
}

static void
slot_name(const struct spares *sp, int slot, char *name, size_t n)
{
	fmt_snprintf(name, n, "%s-%d", sp->tmp, slot);
}

static int
slot_get(struct spares *sp)
{
	int i;

	for (i = 0; i < SLOTS; i++)
		if (!sp->used[i]) {
			sp->used[i] = 1;
			return i;
		}
	return -1;
}

/* Removes the hidden name SLOT and gives the slot back. */
static void
slot_remove(struct spares *sp, int slot)
{
	char name[40];

	slot_name(sp, slot, name, sizeof(name));
	unlinkat(sp->root, name, 0);
	sp->used[slot] = 0;
}

/* Closes and removes the N files of V. */
static void
remove_all(struct spares *sp, struct spare *v, size_t *n)
{
	size_t i;

	for (i = 0; i < *n; i++) {
		close(v[i].fd);
		slot_remove(sp, v[i].slot);
	}
	*n = 0;
}

void
spares_release(struct spares *sp)
{
	if (sp != NULL)
		remove_all(sp, sp->kept, &sp->nkept);
}

void
spares_free(struct spares *sp)
{
	if (sp == NULL)
		return;
	spares_release(sp);
	remove_all(sp, sp->taken, &sp->ntaken);	/* a build that failed */
	free(sp);
}

void
spares_learn(struct spares *sp, int fd)
{
	struct stat st;

	if (!sp->mode_known && fstat(fd, &st) == 0) {
		sp->mode = st.st_mode & 07777;
		sp->mode_known = 1;
	}
}

int
spares_take(struct spares *sp, const void *dir)
{
	struct spare s;

	if (sp->nkept > 0 && sp->kept[sp->nkept - 1].dir != dir)
		spares_release(sp);	/* the build has left their folder */
	if (sp->nkept == 0)
		return -1;
	s = sp->kept[--sp->nkept];
	sp->taken[sp->ntaken++] = s;
	return s.fd;
}

static struct spare *
taken_of(struct spares *sp, int fd)
{
	size_t i;

	for (i = 0; i < sp->ntaken; i++)
		if (sp->taken[i].fd == fd)
			return &sp->taken[i];
	return NULL;
}

int
spares_name(struct spares *sp, int fd, char *name, size_t n)
{
	const struct spare *s = taken_of(sp, fd);

	if (s == NULL)
		return 0;
	slot_name(sp, s->slot, name, n);
	return 1;
}

int
spares_trim(struct spares *sp, int fd)
{
	struct spare *s = taken_of(sp, fd);
	off_t end;

	if (s == NULL || s->trimmed)
		return 0;
	if ((end = lseek(fd, 0, SEEK_CUR)) < 0)
		return -1;
	if (end < s->size && ftruncate(fd, end) != 0)
		return -1;
	/* Nothing written nor cut: the time of the change is still now. */
	if (end == 0 && s->size == 0 && futimens(fd, NULL) != 0)
		return -1;
	s->size = end;
	s->trimmed = 1;
	return 0;
}

static void
taken_forget(struct spares *sp, struct spare *s)
{
	*s = sp->taken[--sp->ntaken];
}

int
spares_drop(struct spares *sp, int fd)
{
	struct spare *s = taken_of(sp, fd);

	if (s == NULL)
		return 0;
	close(fd);
	slot_remove(sp, s->slot);
	taken_forget(sp, s);
	return 1;
}

void
spares_placed(struct spares *sp, int fd)
{
	struct spare *s = taken_of(sp, fd);

	if (s != NULL) {
		sp->used[s->slot] = 0;	/* the name went with the rename */
		taken_forget(sp, s);
	}
}

int
spares_hold(struct spares *sp, int dfd, const char *base)
{
	char name[40];
	int slot;

	if (!sp->mode_known || sp->nkept == KEEP || (slot = slot_get(sp)) < 0)
		return -1;
	slot_name(sp, slot, name, sizeof(name));
	if (linkat(dfd, base, sp->root, name, 0) != 0) {
		sp->used[slot] = 0;
		return -1;
	}
	return slot;
}

/* Whether the file FD, named only by us, may be written again: see
 * spare.h. */
static int
reusable(const struct spares *sp, int fd, off_t *size)
{
	struct stat st;

	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_nlink != 1 ||
	    st.st_uid != geteuid() || (st.st_mode & 07777) != sp->mode)
		return 0;
	*size = st.st_size;
#ifdef F_SETLEASE
	if (fcntl(fd, F_SETLEASE, F_WRLCK) != 0)
		return 0;
	fcntl(fd, F_SETLEASE, F_UNLCK);
	return 1;
#else
	return 0;
#endif
}

void
spares_swapped(struct spares *sp, int fd, const char *name, const void *dir)
{
	struct spare *s = taken_of(sp, fd);
	int room = sp->mode_known && sp->nkept < KEEP, h;
	char slot[40];

	if (s != NULL) {		/* its hidden name: a slot of ours */
		h = s->slot;
		taken_forget(sp, s);
		if (room)
			spares_keep(sp, h, dir, 1);
		else
			slot_remove(sp, h);
		return;
	}
	if (room && (h = slot_get(sp)) >= 0) {	/* a name of the root's */
		slot_name(sp, h, slot, sizeof(slot));
		if (renameat(sp->root, name, sp->root, slot) == 0) {
			spares_keep(sp, h, dir, 1);
			return;
		}
		sp->used[h] = 0;
	}
	unlinkat(sp->root, name, 0);
}

void
spares_keep(struct spares *sp, int h, const void *dir, int replaced)
{
	char name[40];
	struct spare s = {0};

	if (h < 0)
		return;
	slot_name(sp, h, name, sizeof(name));
	s.fd = replaced ? openat(sp->root, name, O_RDWR | O_NOFOLLOW |
	    O_CLOEXEC) : -1;
	s.slot = h;
	s.dir = dir;
	if (s.fd >= 0 && reusable(sp, s.fd, &s.size)) {
		sp->kept[sp->nkept++] = s;
		return;
	}
	if (s.fd >= 0)
		close(s.fd);
	slot_remove(sp, h);
}
