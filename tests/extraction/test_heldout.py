"""The held-out sets stay out of the tests, the wired ones stay in, and the
scoring command refuses a set it does not know."""

import pytest

from tests.extraction import heldout
from tests.extraction.test_articles import ARTICLES


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
