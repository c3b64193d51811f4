"""Speed changes with the same output (speed15b, third session of
2026-12-05): the whole text's test for a comma then words in the first person
(find_saying_after_comma) is one pattern per comma, each opening on its
literal, instead of one pattern opening on a class of both commas. The rule
must still fire after either comma, and the split test must agree with the
pattern it stands for. The texts and names are invented."""

from claims.extraction import extract
from claims.extraction.sentences import _COMMA_THEN_WE, _comma_then_we


def _quotes(text):
    return [(q.text, q.speaker) for q in extract(text)]


def test_first_person_words_after_the_arabic_comma_still_a_quote() -> None:
    text = "وقال المدير سامر العبيدي، نحن ماضون في تطوير شبكة الطرق الريفية.\n"
    got = _quotes(text)
    assert got and got[0][0].startswith("نحن ماضون في تطوير")
    assert "سامر العبيدي" in got[0][1]


def test_first_person_words_after_the_latin_comma_still_a_quote() -> None:
    text = "وأضاف المدير سامر العبيدي, لن نقبل بأي تأخير في صرف الرواتب.\n"
    got = _quotes(text)
    assert got and got[0][0].startswith("لن نقبل بأي تأخير")


def test_near_miss_no_first_person_after_the_comma() -> None:
    text = "وقال المدير سامر العبيدي، في كلمة ألقاها بالمناسبة، إن المشروع تأخر.\n"
    assert all(not q[0].startswith("في كلمة") for q in _quotes(text))


def test_split_test_agrees_with_the_pattern() -> None:
    cases = [
        "قال، نحن هنا",
        "قال،نحن هنا",
        "قال, ولا شيء",
        "قال ,فلن نعود",
        "قال، لاجئون",
        "قال, لدينا ",
        "قال لا شيء",
        "1,000 لا ",
        "قال،  نحن هنا",
        "",
        "،",
        "، علينا",
        "، علينا ",
    ]
    for text in cases:
        assert _comma_then_we(text) == (_COMMA_THEN_WE.search(text) is not None), text
