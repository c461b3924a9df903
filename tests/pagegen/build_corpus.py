#!/usr/bin/env python3
# SPDX-License-Identifier: ISC
"""build_corpus.py: a corpus of generated pages for training or evaluation.

    build_corpus.py --split train|heldout --pages N [--jobs J] [--first-seed S] OUT

builds N pages (issues of two pages, so N rounded up to even) round-robin
over the split's families (families.py): issue k is family k mod F with
seed S + k div F, so the same arguments give the same files, whatever
--jobs is.  Each issue goes to OUT/<family>-<seed>/<date>/ (see
pagegen.py); OUT/corpus.json lists the issues, and the time taken goes to
stderr.  Issues are built by J worker processes (default 2), each of
which loads Pango, the fonts and the prose once.
"""
import argparse
import json
import multiprocessing
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.dont_write_bytecode = True
import families as F  # noqa: E402


def plan(split, pages, first_seed):
    fams = F.TRAINING if split == 'train' else F.HELD_OUT
    issues = -(-pages // 2)
    return [(fams[k % len(fams)], first_seed + k // len(fams)) for k in range(issues)]


def work(job):
    import pagegen
    fam, seed, out = job
    d = pagegen.build_issue(fam, seed, out)
    return fam, seed, os.path.relpath(d, out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--split', choices=('train', 'heldout'), required=True)
    ap.add_argument('--pages', type=int, required=True)
    ap.add_argument('--jobs', type=int, default=2)
    ap.add_argument('--first-seed', type=int, default=1)
    ap.add_argument('out')
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    jobs = [(f, s, a.out) for f, s in plan(a.split, a.pages, a.first_seed)]
    t0 = time.time()
    if a.jobs > 1:
        # fork: workers inherit nothing mutable that matters; each issue's
        # randomness is seeded by its family and seed alone
        with multiprocessing.get_context('fork').Pool(a.jobs) as pool:
            done = pool.map(work, jobs, chunksize=1)
    else:
        done = [work(j) for j in jobs]
    dt = time.time() - t0
    with open(os.path.join(a.out, 'corpus.json'), 'w', encoding='utf-8') as f:
        json.dump(dict(split=a.split, pages=2 * len(done), first_seed=a.first_seed,
                       issues=[dict(family=fam, seed=s, dir=d) for fam, s, d in done]),
                  f, ensure_ascii=False, indent=1)
        f.write('\n')
    print('%d pages in %.1f s: %.2f pages/s (%d jobs)' % (
        2 * len(done), dt, 2 * len(done) / dt, a.jobs), file=sys.stderr)


if __name__ == '__main__':
    main()
