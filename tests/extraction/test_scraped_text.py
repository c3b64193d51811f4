"""Text as scrapers deliver it: paragraphs run together and, as in the seed
article, sentences without their full stops.  The engine must not fail on it
and should attribute nearly as well as on clean text."""

import re

import pytest

from tests.extraction.articles import gold_with_offsets
from tests.extraction.test_articles import (
    ARTICLES,
    FIELDS,
    _evaluate,
    _right_answers,
    _scorer,
    extract,
)

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


# How far below the clean articles' scores (F1, speaker, role, date) the
# scraped ones may fall: just over the gap the engine leaves (run together:
# 0.001 / 0.002 / 0.002 / 0.007; no stops: 0.007 / 0.009 / 0.008 / 0.015, over
# all wired sets when written). At f279b01, before the scraped-text rules, the
# no-stops gap was 0.015 / 0.066 / 0.058 / 0.067.  The no-stops role bar was
# raised to 0.016 with the rolef session's relative-clause rule: it gave a
# role to a clean quote whose speaker the no-stops text loses (a topic name
# after a sentence with no stop), so the clean score rose alone (gap 0.0151).
# The no-stops speaker bar was raised to 0.016 the same way with the spkp
# session's rule on a document glued to بـ after a title: it gave a clean
# court report's question to the judge, where the no-stops text has no cue
# for it at all (gap 0.0153).
GAPS = {
    False: {"f1": 0.005, "speaker": 0.008, "role": 0.008, "date": 0.015},
    True: {"f1": 0.012, "speaker": 0.016, "role": 0.016, "date": 0.025},
}
# Quote by quote, the share of the right speakers, roles and dates of the
# clean articles that the scraped ones may lose (13 of about 2,500
# run-together, 53 without stops, when written).
LOSS = {False: 0.007, True: 0.025}


@pytest.mark.parametrize("drop_stops", [False, True], ids=["run-together", "no-stops"])
def test_attribution_on_scraped_text_meets_the_bar(monkeypatch, drop_stops):
    score = _scorer()
    clean = _evaluate(score, sorted(ARTICLES))
    degraded = {n: scraped(t, g, drop_stops=drop_stops) for n, (t, g) in ARTICLES.items()}
    monkeypatch.setattr("tests.extraction.test_articles.ARTICLES", degraded)
    result = _evaluate(score, sorted(degraded))
    for field, gap in GAPS[drop_stops].items():
        assert result[field] >= clean[field] - gap, (field, clean[field], result)


@pytest.mark.parametrize("drop_stops", [False, True], ids=["run-together", "no-stops"])
def test_scraped_text_keeps_the_clean_texts_right_attributions(monkeypatch, drop_stops):
    """The bars hide a rule that fixes one scraped quote and breaks another:
    what the engine gets right on a clean article, quote by quote, it keeps
    on the scraped one, but for a small share."""
    score = _scorer()
    right = {n: _right_answers(score, n) for n in sorted(ARTICLES)}
    degraded = {n: scraped(t, g, drop_stops=drop_stops) for n, (t, g) in ARTICLES.items()}
    monkeypatch.setattr("tests.extraction.test_articles.ARTICLES", degraded)
    lost, total = [], 0
    for name, fields in right.items():
        now = _right_answers(score, name)
        for field in FIELDS:
            total += len(fields[field])
            lost += [(name, field, i) for i in sorted(set(fields[field]) - set(now[field]))]
    assert len(lost) <= LOSS[drop_stops] * total, (len(lost), total, lost)
