#!/usr/bin/env python
"""One-process A/B of two versions of the extractor (CPU time per article).

    .venv/bin/python bench/ab_extract.py ROOT_A ROOT_B [--articles 1000] [--rounds 4]
        [--corpus {generated,texts}] [--texts-dir DIR]

ROOT_A and ROOT_B are checkouts holding ``claims/extraction`` (e.g. ``git
archive`` copies of two commits).  Both versions are imported into this
process; each of the bench's first N articles (``bench/extract.py``'s
corpus, from this checkout: ``--corpus generated``, the default, or
``texts``, the stored article texts tests/extraction/data/*.txt in sorted
order, cycled to N) is extracted by both, alternating which goes first, and
each version's CPU time is summed.  Both warm up on the first 20 articles;
with ``texts`` the per-word tables meet most of the texts' words for the
first time in round 0, and know them in the later rounds.  Load on a shared machine slows
both alike, so the ratio B/A (median over the rounds) is steadier than
bench/extract.py's articles/s; an identical-code A/B gives ~0.99-1.01.
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent / "extract.py"


def load(root: str):
    """``extract`` of the package under ``root`` (a fresh import)."""
    for name in [k for k in sys.modules if k == "claims" or k.startswith("claims.")]:
        del sys.modules[name]
    sys.path.insert(0, root)
    try:
        import claims.extraction as package
    finally:
        sys.path.remove(root)
    assert package.__file__.startswith(str(Path(root).resolve())), package.__file__
    return package.extract


def load_bench():
    """bench/extract.py as a module (it imports this checkout's claims, which
    ``load`` then drops from sys.modules: only its corpora are used)."""
    spec = importlib.util.spec_from_file_location("bench_extract", BENCH)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    return bench


def main(argv: list[str] | None = None) -> int:
    bench = load_bench()
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("root_a", help="checkout holding version A's claims/extraction")
    parser.add_argument("root_b", help="checkout holding version B's claims/extraction")
    parser.add_argument("--articles", type=int, default=1000, help="articles (default 1000)")
    parser.add_argument("--rounds", type=int, default=4, help="rounds (default 4)")
    bench.add_corpus_arguments(parser)
    args = parser.parse_args(argv)
    bench.check_corpus(parser, args)
    texts = list(bench.corpus(args.corpus, args.articles, texts_dir=args.texts_dir))
    extract_a = load(str(Path(args.root_a).resolve()))
    extract_b = load(str(Path(args.root_b).resolve()))
    print(f"corpus {args.corpus}: {len(texts)} articles")
    for text in texts[:20]:  # warm up the per-word tables
        extract_a(text)
        extract_b(text)
    clock = time.process_time
    ratios = []
    for r in range(args.rounds):
        cpu = {"A": 0.0, "B": 0.0}
        for i, text in enumerate(texts):
            order = (("A", extract_a), ("B", extract_b))
            for name, fn in order if (i + r) % 2 else order[::-1]:
                start = clock()
                fn(text)
                cpu[name] += clock() - start
        ratios.append(cpu["B"] / cpu["A"])
        per = {k: round(v / len(texts) * 1e6) for k, v in cpu.items()}
        print(f"round {r}: A {per['A']} us/article, B {per['B']} us/article, B/A {ratios[-1]:.3f}")
    print(f"median B/A {statistics.median(ratios):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
