"""Findings of the second session of 2026-12-05's closing review."""

from claims.extraction.engine import _Extractor


def test_own_occasion_of_the_first_sentence_reads_no_token_before_the_text():
    """A document head opening the text's first sentence is that sentence's
    own occasion: no أنّ stands before it.  (The test looked at the token
    before it, which for the text's first token was the text's last one, so
    a text ending in أن made the first sentence's statement vanish.)"""
    for last in ("إن", "كلاما"):
        ex = _Extractor(f"بيان الوزارة صدر صباحا. وقال الناطق باسمها {last}")
        ex.run()
        assert ex.tells_own_occasion(0), last


def test_a_document_after_that_is_still_no_occasion_of_its_own():
    """Near miss: after أنّ the document is what he talks about."""
    ex = _Extractor("أكد الوزير أن بيان الحكومة صدر صباحا. وقال الناطق كلاما")
    ex.run()
    assert not ex.tells_own_occasion(0)
