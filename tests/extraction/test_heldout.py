"""The held-out sets stay out of the tests, the wired ones stay in, and the
scoring command refuses a set it does not know."""

import pytest

from tests.extraction import heldout
from tests.extraction import test_articles as ta
from tests.extraction.test_articles import ARTICLES


@pytest.fixture(autouse=True)
def _articles_left_as_they_were(monkeypatch):
    """heldout.main() adds the sets it scores to test_articles.ARTICLES; a
    test's invented sets must not stay there for the tests run after it (the
    baseline check would find articles it has no record of)."""
    monkeypatch.setattr(ta, "ARTICLES", dict(ta.ARTICLES))


def test_no_held_out_article_is_wired_into_the_tests():
    held = {name for articles in heldout.held_out_sets().values() for name in articles}
    assert held and not held & set(ARTICLES)


def test_every_wired_fresh_set_is_in_the_tests_and_none_is_also_held_out():
    assert not set(heldout.WIRED) & set(heldout.HELD_OUT)
    wired = heldout.held_out_sets(sorted(heldout.WIRED))
    assert len(wired) == len(heldout.WIRED)
    for name, articles in wired.items():
        assert articles and set(articles) <= set(ARTICLES), name


def test_an_unknown_set_is_refused_by_name(monkeypatch, capsys):
    monkeypatch.setattr("sys.argv", ["heldout", "--sets", "F16,F99"])
    with pytest.raises(SystemExit) as exit_:
        heldout.main()
    assert exit_.value.code == 2
    assert "unknown set F99" in capsys.readouterr().err


def _gold_dir(tmp_path, gold_source, texts):
    set_dir = tmp_path / "s1"
    set_dir.mkdir()
    (set_dir / "gold.py").write_text(gold_source, encoding="utf-8")
    for slug, text in texts.items():
        (set_dir / f"{slug}.txt").write_text(text, encoding="utf-8")
    return tmp_path


GOLD_SOURCE = """from tests.extraction.articles_blind import q
GOLD = {"a1": [q("الوضع صعب لكنه ليس كارثيا", "نزار يعيش", "وزير المالية")]}
"""


def _two_articles(tmp_path, text, speaker1, speaker2):
    """Two articles with the same text, whose gold gives its quote to
    ``speaker1`` in the first and to ``speaker2`` in the second."""
    gold = f"""from tests.extraction.articles_blind import q
GOLD = {{
    "a1": [q("الوضع صعب لكنه ليس كارثيا", "{speaker1}")],
    "a2": [q("الوضع صعب لكنه ليس كارثيا", "{speaker2}")],
}}
"""
    return _gold_dir(tmp_path, gold, {"a1": text, "a2": text})


def test_a_directory_of_gold_sets_is_scored_with_its_misses(tmp_path, monkeypatch, capsys):
    root = _gold_dir(
        tmp_path,
        GOLD_SOURCE,
        {"a1": 'وقال وزير المالية نزار يعيش أمس إن "الوضع صعب لكنه ليس كارثيا".'},
    )
    assert list(heldout.directory_sets(root)) == ["s1"]
    monkeypatch.setattr("sys.argv", ["heldout", "--dir", str(root), "--misses"])
    heldout.main()
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].split() == ["s1", "1", "1.000", "/", "1.000", "/", "1.000", "/", "1.000"]


def test_a_quote_the_engine_misses_is_listed_by_misses(tmp_path, monkeypatch, capsys):
    # the text has no quotation at all: the gold quote is not found
    root = _gold_dir(tmp_path, GOLD_SOURCE, {"a1": "الوضع صعب لكنه ليس كارثيا في رأي الوزير."})
    monkeypatch.setattr("sys.argv", ["heldout", "--dir", str(root), "--misses"])
    heldout.main()
    out = capsys.readouterr().out
    assert "s1/a1 not found الوضع صعب لكنه ليس كارثيا None" in out


def test_a_wrong_speaker_is_listed_with_the_gold_speaker(tmp_path, monkeypatch, capsys):
    # the gold gives the minister's words to someone else: the miss names
    # both what the engine said and what the gold says
    text = 'وقال وزير المالية نزار يعيش أمس إن "الوضع صعب لكنه ليس كارثيا".'
    root = _two_articles(tmp_path, text, "سامي حسن", "ليلى خليل")
    monkeypatch.setattr("sys.argv", ["heldout", "--dir", str(root), "--misses"])
    heldout.main()
    out = capsys.readouterr().out
    assert "speaker الوضع صعب لكنه ليس كارثيا نزار يعيش (gold: سامي حسن)" in out
    assert "(gold: ليلى خليل)" in out


def test_reach_counts_wrong_speakers_the_text_names_near_the_quote(tmp_path, monkeypatch, capsys):
    # the gold gives the quote to someone else than the minister: once to a
    # person the text names right after the quote, once to one it never names
    text = 'وقال وزير المالية نزار يعيش أمس إن "الوضع صعب لكنه ليس كارثيا"، بحضور سامي حسن.'
    root = _two_articles(tmp_path, text, "سامي حسن", "ليلى خليل")
    monkeypatch.setattr("sys.argv", ["heldout", "--dir", str(root), "--reach"])
    heldout.main()
    out = capsys.readouterr().out
    assert "wrong speakers 2: named near the quote 1, in the text 1" in out


@pytest.mark.parametrize(
    ("gold_source", "texts", "reason"),
    [
        (GOLD_SOURCE, {}, "article 'a1' has no a1.txt"),
        ("GOLD = None\n", {}, "defines no GOLD dict"),
    ],
)
def test_a_broken_gold_directory_is_refused_with_the_reason(
    tmp_path, monkeypatch, capsys, gold_source, texts, reason
):
    root = _gold_dir(tmp_path, gold_source, texts)
    monkeypatch.setattr("sys.argv", ["heldout", "--dir", str(root)])
    with pytest.raises(SystemExit) as exit_:
        heldout.main()
    assert exit_.value.code == 2
    assert reason in capsys.readouterr().err


def test_a_directory_without_gold_sets_is_refused(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr("sys.argv", ["heldout", "--dir", str(tmp_path)])
    with pytest.raises(SystemExit):
        heldout.main()
    assert "no */gold.py under" in capsys.readouterr().err


def test_interval_spans_what_another_sample_of_the_articles_could_give(
    tmp_path, monkeypatch, capsys
):
    # two articles, the speaker right in one and wrong in the other: a sample
    # of two drawn with replacement may hold either twice (0.0 or 1.0)
    text = 'وقال وزير المالية نزار يعيش أمس إن "الوضع صعب لكنه ليس كارثيا".'
    root = _two_articles(tmp_path, text, "نزار يعيش", "ليلى خليل")
    monkeypatch.setattr("sys.argv", ["heldout", "--dir", str(root), "--interval"])
    heldout.main()
    out = capsys.readouterr().out.splitlines()
    assert out[-2].split()[2:5] == ["1.000", "/", "0.500"]
    assert "f1 1.000–1.000, speaker 0.000–1.000," in out[-1]


def test_interval_of_articles_all_right_is_a_point(tmp_path, monkeypatch, capsys):
    text = 'وقال وزير المالية نزار يعيش أمس إن "الوضع صعب لكنه ليس كارثيا".'
    root = _gold_dir(tmp_path, GOLD_SOURCE, {"a1": text})
    monkeypatch.setattr("sys.argv", ["heldout", "--dir", str(root), "--interval"])
    heldout.main()
    last = capsys.readouterr().out.splitlines()[-1]
    assert last.split(": ", 1)[1] == (
        "f1 1.000–1.000, speaker 1.000–1.000, role 1.000–1.000, date 1.000–1.000"
    )


def test_without_interval_no_interval_is_printed(tmp_path, monkeypatch, capsys):
    text = 'وقال وزير المالية نزار يعيش أمس إن "الوضع صعب لكنه ليس كارثيا".'
    root = _gold_dir(tmp_path, GOLD_SOURCE, {"a1": text})
    monkeypatch.setattr("sys.argv", ["heldout", "--dir", str(root)])
    heldout.main()
    assert "interval" not in capsys.readouterr().out
