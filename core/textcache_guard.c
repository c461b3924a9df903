/* SPDX-License-Identifier: ISC */
/* textcache_guard.c: a search cache truncated while it is mapped.
 *
 * The cache is mapped shared; when another process truncates the file,
 * touching a page past the new end raises SIGBUS, which would kill the
 * reader (its place unsaved).  Each mapping is registered here; a SIGBUS
 * whose address falls in one is answered by mapping zero pages over the
 * rest of it, and the faulting read goes on, reading zeros (the reader
 * already treats the file as untrusted: zeros are no hits or a damaged
 * entry).  The mapping is marked, and textcache_intact() then tells the
 * caller to drop what it found and open the cache again (a rebuild).  No
 * longjmp: nothing the interrupted code allocated is lost, and it works on
 * whichever thread faulted.  A SIGBUS elsewhere goes to the handler that
 * was there before. */
#include "config.h"

#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "textcache_int.h"

/* Mappings open at once: the reader's, an update's old one, a preload. */
#define TC_GUARD_SLOTS	8

static struct {
	volatile uintptr_t	 base;	/* 0: free */
	volatile size_t		 size;
	volatile sig_atomic_t	 hit;
} tc_guard[TC_GUARD_SLOTS];
static struct sigaction tc_guard_old;
static long tc_guard_page;

static void
tc_guard_on_sigbus(int sig, siginfo_t *si, void *uc)
{
	uintptr_t a = (uintptr_t)si->si_addr, base, page;
	size_t i, size;

	for (i = 0; i < TC_GUARD_SLOTS; i++) {
		base = tc_guard[i].base;
		size = tc_guard[i].size;
		if (base == 0 || a < base || a >= base + size)
			continue;
		page = a & ~((uintptr_t)tc_guard_page - 1);
		if (mmap((void *)page, base + size - page, PROT_READ,
		    MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) !=
		    MAP_FAILED) {
			tc_guard[i].hit = 1;
			return;
		}
	}
	/* Not the cache's: whatever was there before. */
	if (tc_guard_old.sa_flags & SA_SIGINFO)
		tc_guard_old.sa_sigaction(sig, si, uc);
	else if (tc_guard_old.sa_handler != SIG_DFL &&
	    tc_guard_old.sa_handler != SIG_IGN)
		tc_guard_old.sa_handler(sig);
	else
		sigaction(SIGBUS, &tc_guard_old, NULL);	/* faults again: dies */
}

/* Ours, ahead of any handler installed since the last time (the reader
 * installs its own after the first mapping). */
static void
tc_guard_install(void)
{
	struct sigaction sa, cur;

	if (sigaction(SIGBUS, NULL, &cur) != 0 ||
	    ((cur.sa_flags & SA_SIGINFO) && cur.sa_sigaction == tc_guard_on_sigbus))
		return;
	memset(&sa, 0, sizeof sa);
	sigemptyset(&sa.sa_mask);
	sa.sa_sigaction = tc_guard_on_sigbus;
	sa.sa_flags = SA_SIGINFO | SA_NODEFER;
	tc_guard_old = cur;
	sigaction(SIGBUS, &sa, NULL);
}

int
tc_guard_add(const char *base, size_t size)
{
	int i;

	if (tc_guard_page == 0)
		tc_guard_page = sysconf(_SC_PAGESIZE);
	tc_guard_install();
	for (i = 0; i < TC_GUARD_SLOTS; i++)
		if (tc_guard[i].base == 0) {
			tc_guard[i].size = size;
			tc_guard[i].hit = 0;
			tc_guard[i].base = (uintptr_t)base;
			return i;
		}
	return -1;
}

void
tc_guard_remove(int slot)
{
	if (slot >= 0 && slot < TC_GUARD_SLOTS)
		tc_guard[slot].base = 0;
}

bool
tc_guard_hit(int slot)
{
	return slot >= 0 && slot < TC_GUARD_SLOTS && tc_guard[slot].hit;
}
