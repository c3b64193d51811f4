"""Text as scrapers deliver it: paragraphs run together and, as in the seed
article, sentences without their full stops.  The engine must not fail on it
and should attribute nearly as well as on clean text."""

import re

import pytest

from tests.extraction.articles import gold_with_offsets
from tests.extraction.test_articles import ARTICLES, _evaluate, _scorer, extract

_STOP = re.compile(r"\.(?=\s)")


def scraped(text, gold, *, drop_stops):
    """The article with every newline made a space and, with ``drop_stops``,
    every full stop before a space outside the gold quotes made a space too;
    the gold with its texts cut from the new text (offsets do not move)."""
    spans = [(g["start"], g["end"]) for g in gold_with_offsets(text, gold)]
    chars = list(text.replace("\n", " "))
    if drop_stops:
        for m in _STOP.finditer(text):
            if not any(a <= m.start() < b for a, b in spans):
                chars[m.start()] = " "
    out = "".join(chars)
    return out, [{**g, "text": out[a:b]} for g, (a, b) in zip(gold, spans, strict=True)]


@pytest.mark.parametrize("drop_stops", [False, True], ids=["run-together", "no-stops"])
@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_scraped_text_never_fails(name, drop_stops):
    text, _ = scraped(*ARTICLES[name], drop_stops=drop_stops)
    for q in extract(text):
        assert text[q.start : q.end] == q.text


def test_attribution_on_scraped_text_meets_the_bar(monkeypatch):
    score = _scorer()
    degraded = {n: scraped(t, g, drop_stops=True) for n, (t, g) in ARTICLES.items()}
    monkeypatch.setattr("tests.extraction.test_articles.ARTICLES", degraded)
    result = _evaluate(score, sorted(degraded))
    assert result["f1"] >= 0.98, result
    assert result["speaker"] >= 0.85, result
    assert result["role"] >= 0.8, result
