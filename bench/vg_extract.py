#!/usr/bin/env python
"""Extract the bench's first N articles with the package under ROOT, for
instruction counts under valgrind (load-independent):

    for n in 100 300; do
      PYTHONHASHSEED=0 valgrind --tool=cachegrind --cache-sim=no \\
          --cachegrind-out-file=/dev/null .venv/bin/python bench/vg_extract.py ROOT $n
    done   # instructions per article: (I(300) - I(100)) / 200

Both runs build the same 300 articles and warm up on 20, so start-up and
corpus generation cancel out in the difference.  ``PYTHONHASHSEED=0``: with a
random seed the count moves by ~0.3 % (string hashes change dict probing).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

root, count = str(Path(sys.argv[1]).resolve()), int(sys.argv[2])
sys.path.insert(0, root)
from claims.extraction import extract  # noqa: E402

assert sys.modules["claims.extraction"].__file__.startswith(root)
spec = importlib.util.spec_from_file_location("bench_extract", Path(__file__).parent / "extract.py")
bench = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench)  # (its own import of claims finds ROOT's, already loaded)
texts = list(bench.articles(300))
for text in texts[:20]:
    extract(text)
for text in texts[:count]:
    extract(text)
