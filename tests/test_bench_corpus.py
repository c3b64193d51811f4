"""bench/extract.py's corpora (--corpus generated|texts), shared with
bench/ab_extract.py and bench/vg_extract.py: no timing, only what they yield."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from itertools import islice
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"


def _module(name: str):
    spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCH / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bench = _module("extract")


def test_texts_yield_the_stored_files_in_sorted_order():
    files = sorted(bench.TEXTS.glob("*.txt"))
    assert len(files) > 100
    assert bench.text_files() == files
    got = list(bench.texts(5))
    assert got == [f.read_text(encoding="utf-8") for f in files[:5]]
    assert list(bench.corpus("texts", 5)) == got


def test_texts_cycle(tmp_path):
    for name, body in (("b.txt", "باء"), ("a.txt", "ألف"), ("c.txt", "جيم"), ("d.md", "x")):
        (tmp_path / name).write_text(body, encoding="utf-8")
    assert list(bench.texts(7, directory=tmp_path)) == ["ألف", "باء", "جيم"] * 2 + ["ألف"]
    assert list(bench.texts(0, directory=tmp_path)) == []
    # the stored texts: the first again after the last
    n = len(bench.text_files())
    first, again = islice(bench.texts(n + 1), 0, None, n)
    assert first == again


def test_generated_is_the_old_generator():
    assert list(bench.corpus("generated", 3)) == list(bench.articles(3))


def test_missing_texts_directory_is_a_clear_error(tmp_path, capsys):
    missing = tmp_path / "nowhere"
    with pytest.raises(FileNotFoundError, match="nowhere"):
        bench.texts(3, directory=missing)  # at once, not at the first next()
    with pytest.raises(FileNotFoundError, match=r"no \*\.txt"):
        bench.texts(3, directory=tmp_path)
    with pytest.raises(SystemExit) as exit_:
        bench.main(["--corpus", "texts", "--texts-dir", str(missing)])
    assert exit_.value.code == 2
    assert "texts corpus: no directory" in capsys.readouterr().err


def test_unknown_corpus_is_rejected(capsys):
    with pytest.raises(ValueError, match="unknown corpus"):
        bench.corpus("wiki", 1)
    with pytest.raises(SystemExit) as exit_:
        bench.main(["--corpus", "wiki"])
    assert exit_.value.code == 2
    assert "invalid choice: 'wiki'" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_:
        _module("ab_extract").main(["a", "b", "--corpus", "wiki"])
    assert exit_.value.code == 2
    assert "invalid choice: 'wiki'" in capsys.readouterr().err
    done = subprocess.run(
        [sys.executable, str(BENCH / "vg_extract.py"), ".", "1", "wiki"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert "usage:" in done.stderr


def test_distinct_words():
    assert bench.distinct_words(["قال الوزير: نعم.", "قال الوزير"]) == 5
    assert bench.distinct_words(bench.articles(50)) < 500
