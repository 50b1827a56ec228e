/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* main.c: parses the command line and runs one command. */
#include "system.h"

#include <getopt.h>

#include "build/options.h"
#include "build/project.h"
#include "cmd/build.h"
#include "cmd/extract.h"
#include "cmd/init.h"
#include "cmd/local.h"
#include "cmd/serve.h"
#include "cmd/show.h"
#include "cmd/status.h"
#include "l10n/i18n.h"
#include "util/diag.h"
#include "util/stdout.h"
#include "util/xalloc.h"

enum {
	OPT_TEMPLATES = 256, OPT_ALLOW_FUZZY, OPT_BASE_URL, OPT_LOCALEDIR,
	OPT_HREFLANG_MIN, OPT_FONTDIR, OPT_FAIL_UNDER, OPT_PAPER
};

/* Options as given; --format means output formats for build, check and
 * serve, and the report's format for status. */
struct cli {
	struct options		 o;
	int			 fail_under;
	int			 port;
	unsigned		 given;		/* GIVEN_* (local.h) */
};

static const struct option long_options[] = {
	{"content", required_argument, NULL, 'C'},
	{"templates", required_argument, NULL, OPT_TEMPLATES},
	{"output", required_argument, NULL, 'o'},
	{"lang", required_argument, NULL, 'l'},
	{"format", required_argument, NULL, 'f'},
	{"allow-fuzzy", no_argument, NULL, OPT_ALLOW_FUZZY},
	{"base-url", required_argument, NULL, OPT_BASE_URL},
	{"hreflang-min", required_argument, NULL, OPT_HREFLANG_MIN},
	{"localedir", required_argument, NULL, OPT_LOCALEDIR},
	{"fontdir", required_argument, NULL, OPT_FONTDIR},
	{"paper", required_argument, NULL, OPT_PAPER},
	{"fail-under", required_argument, NULL, OPT_FAIL_UNDER},
	{"port", required_argument, NULL, 'p'},
	{"quiet", no_argument, NULL, 'q'},
	{"help", no_argument, NULL, 'h'},
	{"version", no_argument, NULL, 'V'},
	{NULL, 0, NULL, 0}
};

static void
usage(void)
{
	printf(_("Usage: %s [OPTION]... COMMAND [ARGUMENT]...\n"), PACKAGE);
	fputs(_("Render the reference of SIP response codes.\n\n"), stdout);
	/* TRANSLATORS: keep the command names and the options as they are;
	   align the descriptions at column 23. */
	fputs(_("Commands:\n"
	    "  build               render the site, the man pages and the PDF "
	    "handbooks,\n"
	    "                      writing only the files that changed\n"
	    "  check               validate content, catalogs and templates; "
	    "write nothing\n"
	    "  show CODE           one code, for the terminal\n"
	    "  compare CODE CODE   two codes side by side, for the terminal\n"
	    "  status              translation state of each language\n"
	    "  extract [FILE]      write the content template (POT)\n"
	    "  init DIR            start a project of your own in DIR: a copy "
	    "of the\n"
	    "                      content and templates, with a README\n"
	    "  serve               build the site, serve it on 127.0.0.1 and "
	    "rebuild it,\n"
	    "                      reloading the open page, whenever a file "
	    "changes\n\n"),
	    stdout);
	fputs(_("In a folder that holds content/, commands use it (and "
	    "templates/, if there\nis one); elsewhere the installed "
	    "data.\n\n"), stdout);
	fputs(_("Options:\n"
	    "  -C, --content=DIR   content folder (default: see above)\n"
	    "      --templates=DIR HTML templates folder (default: see above)\n"
	    "  -o, --output=DIR    output folder of build and serve (default: "
	    "out)\n"
	    "  -l, --lang=LIST     languages, comma-separated (default: all)\n"
	    "  -f, --format=LIST   build: html,man,pdf,json (default: all);\n"
	    "                      serve: the same (default: html);\n"
	    "                      status: text or json (default: text)\n"
	    "  -p, --port=PORT     serve: the port on 127.0.0.1 (default: "
	    "8080)\n"
	    "      --fail-under=PERCENT\n"
	    "                      status: fail when a language is less "
	    "translated\n"
	    "      --allow-fuzzy   show outdated translations, marked as such\n"
	    "      --fontdir=DIR   groff fonts for PDF (default: installed)\n"
	    "      --paper=SIZE    paper of the PDF handbooks: a4 or letter "
	    "(default: a4)\n"
	    "      --base-url=URL  site address for canonical links "
	    "(default: /)\n"
	    "      --hreflang-min=PERCENT\n"
	    "                      list a language as hreflang alternate when "
	    "at least\n"
	    "                      PERCENT of the page is translated "
	    "(default: 100)\n"
	    "  -q, --quiet         print nothing but diagnostics\n"
	    "  -h, --help          display this help and exit\n"
	    "  -V, --version       output version information and exit\n\n"),
	    stdout);
	if (PACKAGE_BUGREPORT[0] != '\0')
		printf(_("Report bugs to: %s\n"), PACKAGE_BUGREPORT);
}

static void
version(void)
{
	printf("%s %s\n", PACKAGE, PACKAGE_VERSION);
	/* TRANSLATORS: the copyright notice; keep "(C)" or use the sign. */
	printf(_("Copyright (C) %s The sipdoc authors\n"), "2026");
	fputs(_("License GPLv3+: GNU GPL version 3 or later "
	    "<https://gnu.org/licenses/gpl.html>\n"
	    "This is free software: you are free to change and redistribute "
	    "it.\nThere is NO WARRANTY, to the extent permitted by law.\n"),
	    stdout);
}

static int
parse_paper(const char *s, const char **out)
{
	if (strcmp(s, "a4") != 0 && strcmp(s, "letter") != 0) {
		diag(DIAG_ERROR, NULL, 0, 0,
		    _("'%s' is not a paper size: a4 or letter"), s);
		return -1;
	}
	*out = s;
	return 0;
}

static int
parse_percent(const char *s, int *out)
{
	char *end;
	long v = strtol(s, &end, 10);

	if (*s == '\0' || *end != '\0' || v < 0 || v > 100) {
		diag(DIAG_ERROR, NULL, 0, 0,
		    _("'%s' is not a percentage from 0 to 100"), s);
		return -1;
	}
	*out = (int)v;
	return 0;
}

static int
parse_port(const char *s, int *out)
{
	char *end;
	long v = strtol(s, &end, 10);

	if (*s == '\0' || *end != '\0' || v < 0 || v > 65535) {
		diag(DIAG_ERROR, NULL, 0, 0,
		    _("'%s' is not a port number from 0 to 65535"), s);
		return -1;
	}
	*out = (int)v;
	return 0;
}

static int
run_extract(const struct options *o, int argc, char **argv)
{
	struct project p;
	char *def = NULL;
	int rc = project_load(&p, o, 0, NULL, 0);

	if (rc == 0) {
		if (argc < 1)
			def = xasprintf("%s/po/sipdoc-content.pot", o->content);
		rc = extract_pot(p.c, argc >= 1 ? argv[0] : def);
	}
	free(def);
	project_free(&p);
	return rc;
}

static int
run_status(struct cli *cli)
{
	struct status_opts so = { 0, cli->fail_under };
	const char *f = cli->o.formats;
	struct options o = cli->o;

	if (f != NULL && strcmp(f, "json") == 0)
		so.json = 1;
	else if (f != NULL && strcmp(f, "text") != 0) {
		diag(DIAG_ERROR, NULL, 0, 0, _("unknown format in '%s'"), f);
		return -1;
	}
	o.formats = NULL;
	return status_run(&o, &so);
}

static int
run_term(struct cli *cli, int argc, char **argv)
{
	int codes[2], i;
	char *end;

	for (i = 0; i < argc; i++) {
		long v = strtol(argv[i], &end, 10);

		if (*end != '\0' || v < 100 || v > 699) {
			diag(DIAG_ERROR, NULL, 0, 0,
			    _("'%s' is not a SIP response code"), argv[i]);
			return -1;
		}
		codes[i] = (int)v;
	}
	return cmd_show(&cli->o, codes, (size_t)argc);
}

static int
run_command(struct cli *cli, int argc, char **argv)
{
	const char *cmd = argv[0];

	if (strcmp(cmd, "build") == 0 && argc == 1)
		return cmd_build(&cli->o);
	if (strcmp(cmd, "check") == 0 && argc == 1)
		return cmd_check(&cli->o);
	if (strcmp(cmd, "status") == 0 && argc == 1)
		return run_status(cli);
	if ((strcmp(cmd, "show") == 0 && argc == 2) ||
	    (strcmp(cmd, "compare") == 0 && argc == 3))
		return run_term(cli, argc - 1, argv + 1);
	if (strcmp(cmd, "extract") == 0 && argc <= 2)
		return run_extract(&cli->o, argc - 1, argv + 1);
	if (strcmp(cmd, "init") == 0 && argc == 2)
		return cmd_init(&cli->o, argv[1]);
	if (strcmp(cmd, "serve") == 0 && argc == 1)
		return cmd_serve(&cli->o, cli->port);
	diag(DIAG_ERROR, NULL, 0, 0, _("unknown command or wrong arguments: "
	    "'%s' (see --help)"), cmd);
	return -1;
}

int
main(int argc, char **argv)
{
	struct cli cli = {
		.o = {
			.content = PKGDATADIR "/content",
			.templates = PKGDATADIR "/templates",
			.out = "out",
			.base_url = "/",
			.fontdir = PKGDATADIR "/font",
			.hreflang_min = 100,
		},
		.fail_under = -1,
		.port = 8080,
	};
	struct options *o = &cli.o;
	const char *localedir = getenv("SIPDOC_LOCALEDIR");
	int c;

	i18n_init(localedir != NULL ? localedir : LOCALEDIR);
	atexit(close_stdout);
	while ((c = getopt_long(argc, argv, "C:o:l:f:p:qhV", long_options,
	    NULL)) != -1) {
		switch (c) {
		case 'C':
			o->content = optarg;
			cli.given |= GIVEN_CONTENT;
			break;
		case OPT_TEMPLATES:
			o->templates = optarg;
			cli.given |= GIVEN_TEMPLATES;
			break;
		case 'o': o->out = optarg; break;
		case 'l': o->langs = optarg; break;
		case 'f': o->formats = optarg; break;
		case OPT_ALLOW_FUZZY: o->allow_fuzzy = 1; break;
		case OPT_BASE_URL: o->base_url = optarg; break;
		case OPT_LOCALEDIR:
			i18n_init(optarg);
			cli.given |= GIVEN_LOCALEDIR;
			break;
		case OPT_FONTDIR:
			o->fontdir = optarg;
			cli.given |= GIVEN_FONTDIR;
			break;
		case OPT_PAPER:
			if (parse_paper(optarg, &o->paper) != 0)
				return EXIT_FAILURE;
			break;
		case 'p':
			if (parse_port(optarg, &cli.port) != 0)
				return EXIT_FAILURE;
			break;
		case OPT_HREFLANG_MIN:
			if (parse_percent(optarg, &o->hreflang_min) != 0)
				return EXIT_FAILURE;
			break;
		case OPT_FAIL_UNDER:
			if (parse_percent(optarg, &cli.fail_under) != 0)
				return EXIT_FAILURE;
			break;
		case 'q': o->quiet = 1; break;
		case 'h': usage(); return EXIT_SUCCESS;
		case 'V': version(); return EXIT_SUCCESS;
		default:
			fprintf(stderr, _("Try '%s --help' for more "
			    "information.\n"), PACKAGE);
			return 2;
		}
	}
	if (optind >= argc) {
		diag(DIAG_ERROR, NULL, 0, 0, _("no command given (see --help)"));
		return 2;
	}
	local_apply(o, cli.given);
	if (run_command(&cli, argc - optind, argv + optind) != 0)
		return EXIT_FAILURE;
	return diag_exit_status();
}
