/* stdout.h: close standard output at exit and report write errors (such
 * as a full disk) instead of losing them. */
#ifndef SIPDOC_STDOUT_H
#define SIPDOC_STDOUT_H

void	close_stdout(void);

#endif
