/* sitemap.h: what the site tells search engines: sitemap.xml, listing
 * every page of every language with its date and the same hreflang
 * alternates as its HTML head, and robots.txt pointing at it. */
#ifndef SIPDOC_SITEMAP_H
#define SIPDOC_SITEMAP_H

struct site;

/* Stages html/sitemap.xml and html/robots.txt in the site's outset. */
void	sitemap_render(const struct site *);

#endif
