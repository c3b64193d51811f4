#!/usr/bin/env python
"""Extract the bench's first N articles with the package under ROOT, for
instruction counts under valgrind (load-independent):

    for n in 100 300; do
      PYTHONHASHSEED=0 valgrind --tool=cachegrind --cache-sim=no \\
          --cachegrind-out-file=/dev/null .venv/bin/python bench/vg_extract.py ROOT $n
    done   # instructions per article: (I(300) - I(100)) / 200

    .venv/bin/python bench/vg_extract.py ROOT N [CORPUS]

CORPUS (optional third argument) is ``bench/extract.py``'s ``--corpus``:
``generated`` (the default, the call above) or ``texts`` (the stored article
texts tests/extraction/data/*.txt in sorted order, cycled; with them the
per-word tables meet new words in every article, as on real text).

Both runs build the same 300 articles and warm up on their first 20, so
start-up and corpus building cancel out in the difference.
``PYTHONHASHSEED=0``: with a random seed the count moves by ~0.3 % (string
hashes change dict probing).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

CORPORA = ("generated", "texts")  # bench/extract.py's CORPORA
if len(sys.argv) not in (3, 4) or (len(sys.argv) == 4 and sys.argv[3] not in CORPORA):
    sys.exit(f"usage: {sys.argv[0]} ROOT N [{'|'.join(CORPORA)}] (CORPUS default generated)")
root, count = str(Path(sys.argv[1]).resolve()), int(sys.argv[2])
name = sys.argv[3] if len(sys.argv) == 4 else "generated"
sys.path.insert(0, root)
from claims.extraction import extract  # noqa: E402

assert sys.modules["claims.extraction"].__file__.startswith(root)
spec = importlib.util.spec_from_file_location("bench_extract", Path(__file__).parent / "extract.py")
bench = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench)  # (its own import of claims finds ROOT's, already loaded)
try:
    texts = list(bench.corpus(name, 300))
except FileNotFoundError as error:
    sys.exit(str(error))
for text in texts[:20]:
    extract(text)
for text in texts[:count]:
    extract(text)
