#!/usr/bin/env python
"""Throughput and memory of the quotation extractor on one core.

    .venv/bin/python bench/extract.py                     # 3000 articles
    .venv/bin/python bench/extract.py --articles 5000 --json
    .venv/bin/python bench/extract.py --corpus texts      # the stored articles
    pypy3 bench/extract.py                                # under PyPy (3.9)

Two corpora, both streamed (never held in memory).  ``--corpus generated``
(the default): seed-sized articles (~2.5k characters) made by recombining the
seed article's sentences with template sentences whose speakers, roles, month
systems, years, quote marks and spellings vary.  Its vocabulary is tiny (427
distinct tokens over 1,500 articles), so the engine's per-word tables
(``words._WordTable``, filled on first sight) never miss there and their
benefit is overstated.  ``--corpus texts``: the repo's real-styled article
texts, ``tests/extraction/data/*.txt`` (385 files, ~1 MB; ~1,480 characters,
~2.66 kB, an article; 17.5k distinct tokens, ~45 new ones an article), read
in sorted order and cycled to ``--articles``: compare them by MB/s.  The
first cycle meets the new words (``articles_per_second_first_cycle`` times
it apart); 17.5k tokens pass words._TOKEN_KIND_LIMIT (16k), so the token
tables also start a new generation about once a cycle.  Both corpora warm up on
the same 20 generated articles, so the texts' words start unknown.  The
output names the corpus and counts its distinct tokens (``distinct_words``:
the engine's tokens of the folded text, over the ``--articles`` timed).

Throughput is measured without tracemalloc; the memory check then runs the
stream twice more under tracemalloc, for N and 4N articles, and reports both
peaks: a flat peak means memory does not grow with the corpus (with
``texts``, the per-word tables grow with the words met).
``calibration_seconds`` times a fixed pure-Python loop on the same core, so
that figures from different (or differently loaded) machines can be
compared.  ``articles_per_second_after_500`` leaves out the first 500
articles, while a JIT (PyPy) is still compiling.  PyPy has no tracemalloc:
there the peaks are None and only the process's peak RSS after each memory
stream (``max_rss_kb``, reported under CPython too) tells whether it grows.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import resource
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from claims.extraction import extract  # noqa: E402
from claims.extraction.normalize import fold_with_offsets  # noqa: E402
from claims.extraction.words import _TOKEN  # noqa: E402

SEED = REPO / "seeds" / "wikileaks-aqim-cables.ar.txt"
# The real-styled article texts of --corpus texts.
TEXTS = REPO / "tests" / "extraction" / "data"
CORPORA = ("generated", "texts")
# Share of sentences taken from the seed; the rest come from the templates,
# which are denser in quotes.  0.7 gives about the seed's density (12 quotes
# in 2,473 characters).
SEED_SHARE = 0.7

NAMES = [
    ("ستيفان غومبرتز", "مدير قسم افريقيا في وزارة الخارجية الفرنسية"),
    ("جانيت دوغلاس", "المسؤولة عن قسم افريقيا في وزارة الخارجية البريطانية"),
    ("عدنان منصور", "وزير الخارجية اللبناني"),
    ("سهام بن سدرين", "رئيسة هيئة الحقيقة والكرامة"),
    ("مصطفى الخلفي", "الناطق الرسمي باسم الحكومة المغربية"),
    ("ماجد الأنصاري", "المتحدث باسم الخارجية القطرية"),
    ("روبرت غوديك", "السفير الأمريكي في تونس"),
    ("غسان سلامة", "المبعوث الأممي إلى ليبيا"),
]
MONTHS = [
    "جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت",
    "يناير", "فبراير", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
    "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب",
    "يوليوز", "غشت", "شتنبر", "نونبر", "دجنبر", "شباط/فبراير",
]  # fmt: skip
MARKS = [('"', '"'), ("«", "»"), ("“", "”"), ("»", "«")]
CUES = ["قال", "وقال", "اكد", "وأكد", "أوضح", "واوضح", "كتب", "أضاف", "صرح"]
QUOTES = [
    "الوضع الأمني في المنطقة يتطلب تنسيقا أكبر بين جميع الأطراف",
    "لن نقبل بأي تدخل في شؤوننا الداخلية مهما كانت الظروف",
    "التعاون الاقتصادي هو الطريق الوحيد لمواجهة التهديدات",
    "الحكومة ستعلن عن إجراءات جديدة خلال الأسابيع المقبلة",
    "ما يحدث في الساحل يهدد استقرار الضفتين",
]
TEMPLATES = [
    "{cue} {role} {name} في {day} {month} {year} إن {o}{quote}{c}.",
    "وفي {month} {year}، {cue} {name}، {role}، أن {o}{quote}{c}.",
    "{o}{quote}{c}، {cue} {role} {name}.",
    "ونقلت وكالة الأنباء الفرنسية عن مصدر دبلوماسي قوله إن {o}{quote}{c}.",
    "وجاء في برقية تعود إلى {month} {year} أن {o}{quote}{c}. وأضافت {o}{quote2}{c}.",
    "وانتقد {role} {name} الحكومة قائلا: {quote}.",
    "وأعلن تنظيم {o}القاعدة{c} مسؤوليته عن الهجوم في {month} {year}.",
]


def _seed_sentences() -> list[str]:
    text = SEED.read_text(encoding="utf-8") if SEED.exists() else ""
    # split after a period, or before a conjunction + cue after a closing mark
    parts = re.split(r'(?<=\.)\s+|(?<=["»”])\s+(?=و)', text)
    return [p.strip() for p in parts if len(p.strip()) > 40]


def articles(count: int, *, seed: int = 42, size: int = 2500) -> Iterator[str]:
    """``count`` generated articles of about ``size`` characters each."""
    rng = random.Random(seed)
    pool = _seed_sentences()
    for _ in range(count):
        parts: list[str] = []
        length = 0
        while length < size:
            if pool and rng.random() < SEED_SHARE:
                sentence = rng.choice(pool)
            else:
                name, role = rng.choice(NAMES)
                o, c = rng.choice(MARKS)
                sentence = rng.choice(TEMPLATES).format(
                    cue=rng.choice(CUES),
                    role=role,
                    name=name,
                    day=rng.randint(1, 28),
                    month=rng.choice(MONTHS),
                    year=rng.randint(2003, 2015),
                    o=o,
                    c=c,
                    quote=rng.choice(QUOTES),
                    quote2=rng.choice(QUOTES),
                )
            parts.append(sentence)
            length += len(sentence) + 1
        yield " ".join(parts)


def text_files(directory: Path = TEXTS) -> list[Path]:
    """The ``*.txt`` files of ``directory``, sorted by name; FileNotFoundError
    (naming the directory) when it is missing or holds none."""
    directory = Path(directory)
    if not directory.is_dir():
        raise FileNotFoundError(
            f"texts corpus: no directory {directory} (the repo's tests/extraction/data/; "
            "pass --texts-dir, or use --corpus generated)"
        )
    files = sorted(directory.glob("*.txt"))
    if not files:
        raise FileNotFoundError(f"texts corpus: no *.txt file in {directory}")
    return files


def texts(count: int, *, directory: Path = TEXTS) -> Iterator[str]:
    """The first ``count`` texts of ``directory``'s ``*.txt`` files in sorted
    order, cycled as often as needed, each read when its turn comes.  The
    directory is checked at once (not at the first ``next``)."""
    files = text_files(directory)

    def stream() -> Iterator[str]:
        for i in range(count):
            yield files[i % len(files)].read_text(encoding="utf-8")

    return stream()


def corpus(name: str, count: int, *, texts_dir: Path = TEXTS) -> Iterator[str]:
    """``count`` articles of the corpus ``name`` (one of CORPORA)."""
    if name == "generated":
        return articles(count)
    if name == "texts":
        return texts(count, directory=texts_dir)
    raise ValueError(f"unknown corpus {name!r} (one of {', '.join(CORPORA)})")


def add_corpus_arguments(parser: argparse.ArgumentParser) -> None:
    """--corpus and --texts-dir, shared with bench/ab_extract.py."""
    parser.add_argument(
        "--corpus",
        choices=CORPORA,
        default="generated",
        help="generated: seed sentences recombined with templates (default; tiny "
        "vocabulary); texts: the stored article texts tests/extraction/data/*.txt "
        "in sorted order, cycled to the article count",
    )
    parser.add_argument(
        "--texts-dir",
        type=Path,
        default=TEXTS,
        metavar="DIR",
        help="the *.txt files of --corpus texts (default tests/extraction/data)",
    )


def check_corpus(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Exit through ``parser.error`` when --corpus texts has no texts."""
    if args.corpus == "texts":
        try:
            text_files(args.texts_dir)
        except FileNotFoundError as error:
            parser.error(str(error))


def distinct_words(stream: Iterable[str]) -> int:
    """Distinct tokens (the engine's split of the folded text) in ``stream``."""
    seen: set[str] = set()
    for text in stream:
        seen.update(_TOKEN.findall(fold_with_offsets(text)[0]))
    return len(seen)


WARM = 500  # articles left out of the rate after warm-up


def throughput(count: int, name: str = "generated", texts_dir: Path = TEXTS) -> dict:
    # --corpus texts: the first cycle (each stored article once) is timed apart
    cycle = len(text_files(texts_dir)) if name == "texts" else None
    n_chars = n_bytes = n_quotes = 0
    start = time.process_time()
    wall = time.perf_counter()
    warm = first = None
    for i, text in enumerate(corpus(name, count, texts_dir=texts_dir)):
        if i == WARM:
            warm = time.process_time()
        if i == cycle:
            first = time.process_time()
        n_quotes += len(extract(text))
        n_chars += len(text)
        n_bytes += len(text.encode("utf-8"))
    end = time.process_time()
    cpu = end - start
    wall = time.perf_counter() - wall
    result = {
        "articles": count,
        "mean_chars": round(n_chars / count),
        "mean_bytes": round(n_bytes / count),
        "quotes": n_quotes,
        "cpu_seconds": round(cpu, 3),
        "wall_seconds": round(wall, 3),
        "articles_per_second": round(count / cpu, 1),
        "articles_per_second_after_500": round((count - WARM) / (end - warm), 1)
        if warm is not None
        else None,
        "mb_per_second": round(n_bytes / cpu / 1e6, 3),
    }
    if cycle is not None:
        result["articles_per_second_first_cycle"] = round(
            min(count, cycle) / ((first if first is not None else end) - start), 1
        )
    return result


def calibration() -> float:
    """CPU seconds of a fixed pure-Python loop (10M additions), to compare
    figures taken on different or differently loaded machines."""
    start = time.process_time()
    total = 0
    for i in range(10_000_000):
        total += i
    return round(time.process_time() - start, 3)


def peak_memory(count: int, name: str = "generated", texts_dir: Path = TEXTS) -> int | None:
    try:
        import tracemalloc
    except ImportError:  # PyPy
        for text in corpus(name, count, texts_dir=texts_dir):
            extract(text)
        return None
    tracemalloc.start()
    for text in corpus(name, count, texts_dir=texts_dir):
        extract(text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def max_rss_kb() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def pin_one_core() -> int | None:
    """Pin this process to the first core it may use; that core, or None."""
    if hasattr(os, "sched_setaffinity"):
        core = sorted(os.sched_getaffinity(0))[0]
        os.sched_setaffinity(0, {core})
        return core
    # PyPy 3.9 has no os.sched_setaffinity: taskset does the same
    status = Path("/proc/self/status")
    if not status.exists():
        return None
    allowed = re.search(r"Cpus_allowed_list:\s*(\d+)", status.read_text())
    if not allowed:
        return None
    core = int(allowed.group(1))
    done = subprocess.run(
        ["taskset", "-pc", str(core), str(os.getpid())], capture_output=True, check=False
    )
    return core if done.returncode == 0 else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=3000, help="articles timed (default 3000)")
    parser.add_argument(
        "--memory-articles",
        type=int,
        default=250,
        help="N of the memory check, which runs N then 4N articles (default 250)",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    add_corpus_arguments(parser)
    args = parser.parse_args(argv)
    check_corpus(parser, args)
    core = pin_one_core()
    for text in articles(20):  # warm up caches and imports (both corpora alike)
        extract(text)
    timed = throughput(args.articles, args.corpus, args.texts_dir)
    result = {"corpus": args.corpus}
    if args.corpus == "texts":
        result["corpus_files"] = len(text_files(args.texts_dir))
    # counted after the timing, so that folding the texts warms up nothing
    result["distinct_words"] = distinct_words(
        corpus(args.corpus, args.articles, texts_dir=args.texts_dir)
    )
    result.update(timed)
    result["calibration_seconds"] = calibration()
    small, large = args.memory_articles, 4 * args.memory_articles
    peaks, rss = {}, {}
    for n in (small, large):
        peaks[str(n)] = peak_memory(n, args.corpus, args.texts_dir)
        rss[str(n)] = max_rss_kb()
    result["tracemalloc_peak_bytes"] = peaks
    result["max_rss_kb"] = rss
    result["python"] = f"{platform.python_implementation()} {platform.python_version()}"
    result["pinned_to_core"] = core
    result["machine"] = f"{platform.machine()}, {os.cpu_count()} CPUs, {platform.system()}"
    result["load_average"] = os.getloadavg() if hasattr(os, "getloadavg") else None
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        for key, value in result.items():
            print(f"{key:>24}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
