/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* self.c: the digest of sipdoc itself (self.h). */
#include "system.h"

#include <elf.h>
#include <link.h>
#include <pthread.h>

#include "util/self.h"
#include "util/textio.h"

static pthread_once_t once = PTHREAD_ONCE_INIT;
static struct digest self;

/* The GNU build ID of the program (the linker's digest of the file it
 * wrote), from its note segments: the first object dl_iterate_phdr()
 * reports is the program itself. */
static int
build_id(struct dl_phdr_info *info, size_t size, void *arg)
{
	struct hasher *h = arg;
	int i;

	(void)size;
	for (i = 0; i < info->dlpi_phnum; i++) {
		const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
		const char *p = (const char *)(info->dlpi_addr + ph->p_vaddr);
		const char *end = p + ph->p_memsz;

		if (ph->p_type != PT_NOTE)
			continue;
		while (p + sizeof(ElfW(Nhdr)) <= end) {
			const ElfW(Nhdr) *n = (const ElfW(Nhdr) *)p;
			const char *name = p + sizeof(*n);
			const char *desc = name + ((n->n_namesz + 3) & ~3U);

			if (desc + n->n_descsz > end)
				break;
			if (n->n_type == NT_GNU_BUILD_ID && n->n_namesz == 4 &&
			    memcmp(name, "GNU", 4) == 0 && n->n_descsz > 0) {
				hasher_put(h, desc, n->n_descsz);
				return 1;
			}
			p = desc + ((n->n_descsz + 3) & ~3U);
		}
	}
	return -1;	/* the program has none: stop all the same */
}

static void
self_make(void)
{
	struct hasher h;
	size_t n;
	char *exe;

	hasher_init(&h);
	hasher_str(&h, PACKAGE_VERSION);
	if (dl_iterate_phdr(build_id, &h) != 1 &&
	    (exe = file_slurp("/proc/self/exe", &n)) != NULL) {
		hasher_put(&h, exe, n);
		free(exe);
	}
	self = hasher_end(&h);
}

const struct digest *
self_digest(void)
{
	pthread_once(&once, self_make);
	return &self;
}
