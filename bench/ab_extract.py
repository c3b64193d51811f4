#!/usr/bin/env python
"""One-process A/B of two versions of the extractor (CPU time per article).

    .venv/bin/python bench/ab_extract.py ROOT_A ROOT_B [--articles 1000] [--rounds 4]

ROOT_A and ROOT_B are checkouts holding ``claims/extraction`` (e.g. ``git
archive`` copies of two commits).  Both versions are imported into this
process; each of the bench's first N articles (``bench/extract.py``'s
generator, from this checkout) is extracted by both, alternating which goes
first, and each version's CPU time is summed.  Load on a shared machine slows
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("root_a")
    parser.add_argument("root_b")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=4)
    args = parser.parse_args()
    extract_a = load(str(Path(args.root_a).resolve()))
    extract_b = load(str(Path(args.root_b).resolve()))
    spec = importlib.util.spec_from_file_location("bench_extract", BENCH)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)  # (imports this checkout's claims: unused)
    texts = list(bench.articles(args.articles))
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
