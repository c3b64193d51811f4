#!/usr/bin/env python
"""Byte-identity check of two versions of the extractor.

    .venv/bin/python bench/same_output.py ROOT_A ROOT_B [--texts REPO] [--bench 3000]
    .venv/bin/python bench/same_output.py ROOT ROOT --python-b pypy3   # PyPy vs CPython

ROOT_A and ROOT_B hold ``claims/extraction``.  The texts come from REPO's
tests and bench (default: ROOT_B if it has them, else this checkout): every
tests/extraction article (ARTICLES, held_out_sets(), every WIRED set), each
as is, run together and without full stops (``scraped``), and the bench's
first N articles (every tests/extraction/data/*.txt is among the articles).
Exit status 1 and the first differences on any mismatch.

``--python-b PYTHON`` runs ROOT_B under another interpreter (e.g. PyPy, which
speaks Python 3.9): this process gathers the texts and runs ROOT_A, and a
child ``PYTHON same_output.py --worker ROOT_B`` reads the texts as JSON on its
standard input and writes ROOT_B's outputs as JSON on its standard output.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
import time
from itertools import chain
from pathlib import Path

from ab_extract import load  # (this script's directory is on sys.path)


def purge():
    for name in [
        k for k in sys.modules if k in ("claims", "tests") or k.startswith(("claims.", "tests."))
    ]:
        del sys.modules[name]


def texts_of(repo: str, n_bench: int) -> list[tuple[str, str]]:
    purge()
    sys.path.insert(0, repo)
    try:
        from tests.extraction import heldout
        from tests.extraction.test_articles import ARTICLES
        from tests.extraction.test_scraped_text import scraped

        sets = {"ARTICLES": ARTICLES}
        for name, arts in heldout.held_out_sets().items():
            sets[name] = arts
        for name, arts in heldout.held_out_sets(sorted(heldout.WIRED)).items():
            sets[name] = arts
        out = []
        for set_name, arts in sets.items():
            for name, (text, gold) in arts.items():
                out.append((f"{set_name}/{name}", text))
                out.append((f"{set_name}/{name}/run", scraped(text, gold, drop_stops=False)[0]))
                out.append((f"{set_name}/{name}/nostop", scraped(text, gold, drop_stops=True)[0]))
        spec = importlib.util.spec_from_file_location(
            "bench_extract", Path(repo) / "bench" / "extract.py"
        )
        bench = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(bench)
        for i, text in enumerate(bench.articles(n_bench)):
            out.append((f"bench/{i}", text))
    finally:
        sys.path.remove(repo)
        purge()
    return out


def run(root: str, texts) -> list[str]:
    extract = load(root)
    return [
        json.dumps([q.as_dict() for q in extract(t)], ensure_ascii=False, sort_keys=True)
        for _, t in texts
    ]


_TEXTS: list = []


def _job(args):
    root, lo, hi = args
    return run(root, _TEXTS[lo:hi])


def run_parallel(roots, texts, jobs):
    """Outputs of every root over the texts, in ``jobs`` forked processes."""
    import multiprocessing

    global _TEXTS
    _TEXTS = texts
    step = -(-len(texts) // jobs)
    tasks = [(r, lo, lo + step) for r in roots for lo in range(0, len(texts), step)]
    with multiprocessing.get_context("fork").Pool(len(tasks)) as pool:
        parts = pool.map(_job, tasks, chunksize=1)
    n = len(parts) // len(roots)
    return [list(chain.from_iterable(parts[k * n : (k + 1) * n])) for k in range(len(roots))]


def start_elsewhere(python: str, root: str, texts) -> subprocess.Popen:
    """``run(root, texts)`` started in a child process of the interpreter
    ``python``; ``finish`` reads its outputs."""
    with tempfile.TemporaryFile() as f:
        f.write(json.dumps([t for _, t in texts], ensure_ascii=False).encode("utf-8"))
        f.seek(0)
        return subprocess.Popen(
            [python, str(Path(__file__).resolve()), "--worker", root],
            stdin=f,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )


def finish(child: subprocess.Popen) -> list[str]:
    out, err = child.communicate()
    if child.returncode:
        sys.exit(f"{child.args[0]} failed:\n{err.decode('utf-8', 'replace')[-3000:]}")
    return json.loads(out.decode("utf-8"))


def worker(root: str) -> int:
    """``--worker ROOT``: texts (JSON) in, ``run``'s outputs (JSON) out; runs
    on Python 3.9 too."""
    texts = json.loads(sys.stdin.buffer.read().decode("utf-8"))
    out = run(root, [("", t) for t in texts])
    sys.stdout.buffer.write(json.dumps(out, ensure_ascii=False).encode("utf-8"))
    return 0


def main() -> int:
    if len(sys.argv) == 3 and sys.argv[1] == "--worker":
        return worker(str(Path(sys.argv[2]).resolve()))
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("root_a", help="a directory holding claims/extraction (e.g. a git archive)")
    p.add_argument("root_b", help="the other version's directory")
    p.add_argument(
        "--texts",
        default=None,
        help="the checkout whose tests and bench give the texts (default: ROOT_B "
        "if it has tests/extraction, else this checkout)",
    )
    p.add_argument(
        "--bench", type=int, default=3000, help="how many bench articles to add (default 3000)"
    )
    p.add_argument("--jobs", type=int, default=1, help="processes per root")
    p.add_argument(
        "--python-b",
        default=None,
        help="run ROOT_B under this interpreter (e.g. pypy3) in a child process",
    )
    a = p.parse_args()
    root_a, root_b = (str(Path(r).resolve()) for r in (a.root_a, a.root_b))
    repo = a.texts or (
        root_b
        if (Path(root_b) / "tests" / "extraction").is_dir()
        else str(Path(__file__).resolve().parents[1])
    )
    t0 = time.time()
    texts = texts_of(str(Path(repo).resolve()), a.bench)
    if a.python_b:  # (both at once: the child on the other core)
        child = start_elsewhere(a.python_b, root_b, texts)
        out_a = run(root_a, texts)
        out_b = finish(child)
    elif a.jobs > 1:
        out_a, out_b = run_parallel([root_a, root_b], texts, a.jobs)
    else:
        out_a = run(root_a, texts)
        out_b = run(root_b, texts)
    bad = [i for i, (x, y) in enumerate(zip(out_a, out_b, strict=True)) if x != y]
    n_quotes = sum(s.count('"start"') for s in out_a)
    print(f"{len(texts)} texts, {n_quotes} quotes (A), {time.time() - t0:.0f} s; texts from {repo}")
    if a.python_b:
        print(f"A: {sys.executable} (Python {sys.version.split()[0]}); B: {a.python_b}")
    for i in bad[:5]:
        print("DIFF", texts[i][0])
        print("  A:", out_a[i][:600])
        print("  B:", out_b[i][:600])
    print("DIFFERENT:", len(bad) if bad else "none -- identical")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
