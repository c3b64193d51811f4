"""Scores of the fresh-author sets kept out of the tests, the honest guess of
the engine's score on articles nobody tuned it on.

    python -m tests.extraction.heldout            # per set and pooled
    python -m tests.extraction.heldout --scraped  # also as scrapers deliver text
    python -m tests.extraction.heldout --sets F16,F17  # any fresh-author sets
    python -m tests.extraction.heldout --dir DIR       # gold sets kept outside the repo

``--dir`` scores every ``DIR/<set>/gold.py`` (a ``GOLD = {slug: [q(...),
...]}`` dict in this package's format, ``q`` from ``articles_blind``) against
the texts ``DIR/<set>/<slug>.txt``: a way to score articles that may not be
committed (real news text, which is not ours to publish).  ``--reach``
counts the wrong speakers whose right answer the text names near the quote.
``--interval`` adds a 95 % interval to each pooled figure, by resampling
the articles (a few hundred quotes move by several points from one sample
of articles to another).  ``--misses`` lists
each set's misses too (a set whose misses are read is no longer held out).

Each set was written by an author who never ran or read the engine, its gold
committed before any run, and no rule was written from its misses (so do not
print them while writing rules: a set whose misses are read is no longer
held out).  Scored with ../shared/gold/score.py's rules, as test_articles.py.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import random
from pathlib import Path

from tests.extraction import test_articles as ta
from tests.extraction.test_scraped_text import scraped

HELD_OUT = {
    "F2": ("articles_blind7", "BLIND_ARTICLES_7"),
    "F7": ("articles_blind12", "BLIND_ARTICLES_12"),
    "F8": ("articles_blind13", "BLIND_ARTICLES_13"),
    "F9": ("articles_blind14", "BLIND_ARTICLES_14"),
    "F12": ("articles_blind17", "BLIND_ARTICLES_17"),
    "F13": ("articles_blind18", "BLIND_ARTICLES_18"),
    "F14": ("articles_blind19", "BLIND_ARTICLES_19"),
    "F19": ("articles_blind24", "BLIND_ARTICLES_24"),
    "F25": ("articles_blind30", "BLIND_ARTICLES_30"),
    "F27": ("articles_blind32", "BLIND_ARTICLES_32"),
    "F30": ("articles_blind35", "BLIND_ARTICLES_35"),
    "F32": ("articles_blind37", "BLIND_ARTICLES_37"),
    "F33": ("articles_blind38", "BLIND_ARTICLES_38"),
}
# The fresh-author sets that were fixed and wired into test_articles.py: their
# first sight is history (docs/extraction.md), their score now is no estimate
# of unseen text; ``--sets`` scores any of them with the held-out ones.
WIRED = {
    f"F{n}": (f"articles_blind{n + 5}", f"BLIND_ARTICLES_{n + 5}")
    for n in (1, 3, 4, 5, 6, 10, 11, 15, 16, 17, 18, 20, 21, 22, 23, 24, 26, 28, 29, 31, 34, 35)
}


def held_out_sets(names: list[str] | None = None) -> dict[str, dict]:
    known = {**HELD_OUT, **WIRED}
    return {
        name: getattr(importlib.import_module(f"tests.extraction.{module}"), const)
        for name, (module, const) in (
            HELD_OUT.items() if names is None else ((n, known[n]) for n in names)
        )
    }


def directory_sets(root: Path) -> dict[str, dict]:
    """The gold sets under ``root``: ``{set: {"set/slug": (text, gold)}}``."""
    if not root.is_dir():
        raise ValueError(f"--dir: {root} is not a directory")
    sets = {}
    for gold_file in sorted(root.glob("*/gold.py")):
        name = gold_file.parent.name
        spec = importlib.util.spec_from_file_location(f"_gold_{name}", gold_file)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        gold = getattr(module, "GOLD", None)
        if not isinstance(gold, dict):
            raise ValueError(f"--dir: {gold_file} defines no GOLD dict")
        articles = {}
        for slug, quotes in gold.items():
            text_file = gold_file.parent / f"{slug}.txt"
            if not text_file.is_file():
                raise ValueError(f"--dir: {gold_file}: article {slug!r} has no {text_file.name}")
            articles[f"{name}/{slug}"] = (text_file.read_text(encoding="utf-8"), quotes)
        sets[name] = articles
    if not sets:
        raise ValueError(f"--dir: no */gold.py under {root}")
    return sets


def _required(articles: dict) -> int:
    return sum(1 for _, gold in articles.values() for g in gold if not g.get("optional"))


def _figures(result: dict) -> str:
    return " / ".join(f"{result[k]:.3f}" for k in ("f1", "speaker", "role", "date"))


# The bootstrap behind --interval: resamples of the articles, and its seed
# (fixed, so that the same sets print the same interval).
RESAMPLES, SEED = 2000, 20261203


def interval(score, names) -> dict[str, tuple[float, float]]:
    """Per figure, the 2.5th and 97.5th percentiles of its value over
    RESAMPLES samples of the articles drawn with replacement: how far the
    figure could move on another sample of articles like these."""
    tallies = [ta._tally(score, name)[0] for name in names]
    rng = random.Random(SEED)
    draws = [
        ta._rates([tallies[rng.randrange(len(tallies))] for _ in tallies]) for _ in range(RESAMPLES)
    ]
    low, high = round(RESAMPLES * 0.025), round(RESAMPLES * 0.975) - 1
    out = {}
    for key in ("f1", "speaker", "role", "date"):
        values = sorted(d[key] for d in draws)
        out[key] = (values[low], values[high])
    return out


def _interval_line(bounds: dict[str, tuple[float, float]]) -> str:
    return "      95 % interval over articles: " + ", ".join(
        f"{key} {lo:.3f}–{hi:.3f}" for key, (lo, hi) in bounds.items()
    )


# Where a wrong speaker's right answer could come from: the gold speaker's
# words (or an alias) this many characters before the quote or after it.
REACH_BEFORE, REACH_AFTER = 400, 200


def speaker_reach(score, names) -> tuple[int, int, int]:
    """Of the found quotes whose speaker is wrong, how many there are, and in
    how many the gold speaker's words (normalised as score.py does) stand in
    the text near the quote, and anywhere in it: the share a step that picks
    among the text's own mentions could get right."""
    wrong = near = anywhere = 0
    for name in names:
        text = ta.ARTICLES[name][0]
        folded = score.norm(text)
        for verdict in ta._judge(score, name)[1].values():
            if not verdict["found"] or verdict["speaker"]:
                continue
            gold = verdict["gold"]
            spellings = [score.norm(s) for s in (gold["speaker"], *gold.get("aliases", ())) if s]
            window = score.norm(
                text[max(0, gold["start"] - REACH_BEFORE) : gold["end"] + REACH_AFTER]
            )
            wrong += 1
            near += any(s and s in window for s in spellings)
            anywhere += any(s and s in folded for s in spellings)
    return wrong, near, anywhere


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--scraped",
        action="store_true",
        help="also score each article with its paragraphs run together, and with "
        "its full stops dropped too",
    )
    parser.add_argument(
        "--sets",
        metavar="F16,F17,…",
        help="score these fresh-author sets (held out or wired) instead of the held-out ones",
    )
    parser.add_argument(
        "--dir",
        metavar="DIR",
        type=Path,
        help="score the gold sets DIR/<set>/gold.py with their DIR/<set>/<slug>.txt "
        "instead of the held-out ones",
    )
    parser.add_argument(
        "--misses",
        action="store_true",
        help="also list each set's misses (article, field, quote, prediction, and the "
        "gold's value)",
    )
    parser.add_argument(
        "--reach",
        action="store_true",
        help="also count, per set, the wrong speakers whose gold speaker is named in the "
        f"text {REACH_BEFORE} characters before the quote to {REACH_AFTER} after it, "
        "and anywhere in the text",
    )
    parser.add_argument(
        "--interval",
        action="store_true",
        help="also print a 95 %% interval for each pooled figure (bootstrap over the "
        f"articles, {RESAMPLES} resamples)",
    )
    args = parser.parse_args()
    names = None
    if args.sets:
        names = [n.strip() for n in args.sets.split(",") if n.strip()]
        unknown = [n for n in names if n not in HELD_OUT and n not in WIRED]
        if unknown:
            parser.error(
                f"--sets: unknown set {', '.join(unknown)}; known: "
                + ", ".join(sorted({*HELD_OUT, *WIRED}, key=lambda n: int(n[1:])))
            )
    score = ta._scorer()
    if args.dir is not None:
        try:
            sets = directory_sets(args.dir)
        except (ValueError, SyntaxError) as exc:
            parser.error(str(exc))
    else:
        sets = held_out_sets(names)
    every = {}
    print("set   quotes  F1 / speaker / role / date")
    for name, articles in sets.items():
        every.update(articles)
        ta.ARTICLES.update(articles)
        result = ta._evaluate(score, sorted(articles))
        print(f"{name:<5} {_required(articles):>6}  {_figures(result)}")
        if args.misses:
            for *miss, gold in result["misses"]:
                told = () if gold is None else (f"(gold: {gold})",)
                print("     ", *miss, *told)
        if args.reach:
            wrong, near, anywhere = speaker_reach(score, sorted(articles))
            print(
                f"      wrong speakers {wrong}: named near the quote {near}, in the text {anywhere}"
            )
    print(f"{'all':<5} {_required(every):>6}  {_figures(ta._evaluate(score, sorted(every)))}")
    if args.interval:
        print(_interval_line(interval(score, sorted(every))))
    if args.reach:
        wrong, near, anywhere = speaker_reach(score, sorted(every))
        print(f"      wrong speakers {wrong}: named near the quote {near}, in the text {anywhere}")
    if args.scraped:
        for drop_stops, label in ((False, "run together"), (True, "no stops")):
            ta.ARTICLES.update(
                {n: scraped(t, g, drop_stops=drop_stops) for n, (t, g) in every.items()}
            )
            print(f"all, {label}:  {_figures(ta._evaluate(score, sorted(every)))}")
            ta.ARTICLES.update(every)


if __name__ == "__main__":
    main()
