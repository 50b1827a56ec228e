/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* search.h: the full-text search index of a language, which the site's
 * script (templates/site.js) loads when a reader starts typing.  It is a
 * script, so that it loads from file:// too, calling
 *
 *   sipdocIndex({
 *     "lang": "ru",
 *     "word": CLASS, "upper": CLASS,    the tables of words.h, as
 *                                       regular-expression classes
 *     "docs": [DOC, ...],               every code, then every curated note
 *     "stems": {STEM: "word word", ...},       the words of the language
 *     "stems_en": {...}                 English words (not in English)
 *   })
 *
 * DOC is {"u": page, "k": class digit (0 for a note), "n": code ("" for a
 * note), "r": reason phrase ("" for a note), "w": [first,
 * end] (the body paragraphs of "When you see it", which say what a code
 * is the answer to; left out for notes), "f": [title, summary, headings,
 * body]}: four fields in the order they rank, each a list of paragraphs:
 * the code with its reason phrase and earlier ones; the summary and when
 * to send it; headings (a note: its two codes with their reason phrases);
 * every other paragraph and list item.  A paragraph is a string, or a
 * one-string list when it is English text shown in another language.
 * Code spans are in backquotes.
 *
 * The script splits paragraphs into words as words.h says; a word that is
 * not exact stands for its stem, which "stems" (or "stems_en", for an
 * English paragraph) lists when it differs from the word.  The build
 * reduced every word with the language's Snowball stemmer, so the script
 * maps a typed word to its stem by lookup, and an unknown one to the
 * longest stem it begins with; a language without a stemmer has every
 * word as its own stem, and is searched by whole words and prefixes.
 * The index shows no UI string: the script takes those from the page. */
#ifndef SIPDOC_SEARCH_H
#define SIPDOC_SEARCH_H

struct hctx;
struct sink;

/* Writes the index of the context's language into SINK, a document at a
 * time. */
void	html_search_index(const struct hctx *, struct sink *);

#endif
