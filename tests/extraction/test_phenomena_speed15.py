"""Speed changes with the same output (third session of 2026-12-05): what
scan_np reads of a word by a call or a slice for every word of a phrase is
looked up in a per-word table (_BARE_NOUN_ADJECTIVE for _describes_bare_noun,
_THEIR_NOUN for a noun with "their" after a definite plural). Each test below
goes through a rule the table now gates and must still fire, with near
misses where it must not; the tables are checked against the tests they
replace. The texts and names are invented."""

from itertools import product

from claims.extraction import extract
from claims.extraction.phrases import (
    _GIVEN_NAMES,
    _NOUN_ADJECTIVES,
    _THEIR,
    _THEIR_NOUN,
    _describes_bare_noun,
)


def _said(text):
    return [(q.speaker, q.role, q.cue) for q in extract(text)]


def _describes_bare_noun_as_written(t, nxt):
    # the test as it was written before its table (scan_np called it for the
    # word after every word of a name)
    return (
        nxt in _NOUN_ADJECTIVES
        or (
            t[-1:] == "ه"
            and nxt[:2] != "ال"
            and nxt not in _GIVEN_NAMES
            and (
                (nxt[-2:] == "يه" and len(nxt) >= 6)
                # (kw18c: a nisba of five, after a noun that is no given name)
                or (nxt[-2:] == "يه" and len(nxt) == 5 and nxt.isalpha() and t not in _GIVEN_NAMES)
                or (
                    nxt[0] == "م"
                    and nxt[-1] == "ه"
                    and len(nxt) >= 5
                    and nxt[-3] not in "اوي"
                    and t not in _GIVEN_NAMES
                )
            )
        )
    )


def test_an_adjective_of_any_bare_noun_after_a_name():
    text = "وافتتح الوزير كريم العبيدي محطة جديدة لتحلية المياه، وقال إن «العطش لن يعود»."
    assert _said(text) == [("كريم العبيدي", "الوزير", "وقال")]


def test_a_relative_adjective_after_a_feminine_bare_noun_after_a_name():
    text = (
        "وافتتح الوزير كريم العبيدي مدرسة ابتدائية في بلدة الوادي الأخضر، "
        "وقال إن «التعليم حق للجميع»."
    )
    assert _said(text) == [("كريم العبيدي", "الوزير", "وقال")]


def test_a_participle_after_a_feminine_bare_noun_after_a_name():
    text = "وأطلق الوزير كريم العبيدي حملة منظمة لتنظيف الشواطئ، وقال إن «البحر أمانة»."
    assert _said(text) == [("كريم العبيدي", "الوزير", "وقال")]


def test_near_miss_a_family_name_with_the_article_stays_in_the_name():
    text = "وقالت الناشطة رحمة طلحة الحجازية إن «الحملة مستمرة»."
    assert _said(text) == [("رحمة طلحة الحجازية", "الناشطة", "وقالت")]


def test_near_miss_a_participle_shape_with_a_long_vowel_stays_in_the_name():
    text = "وقالت الناشطة رحمة عطية مسعودة إن «الحملة مستمرة»."
    assert _said(text) == [("رحمة عطية مسعودة", "الناشطة", "وقالت")]


def test_the_table_answers_as_the_test_it_replaces():
    words = [
        "جديده",
        "جديد",
        "ابتدائيه",
        "ميدانيه",
        "فتحيه",
        "الحجازيه",
        "منظمه",
        "متسرعه",
        "مسعوده",
        "منيره",
        "مباركه",
        "محطه",
        "حمله",
        "عطيه",
        "العبيدي",
        "كريم",
        "م",
        "ه",
        "يه",
        "ال",
    ]
    words += sorted(_GIVEN_NAMES)[:40] + sorted(_NOUN_ADJECTIVES)
    for t, nxt in product(words, repeat=2):
        assert _describes_bare_noun(t, nxt) == _describes_bare_noun_as_written(t, nxt), (t, nxt)


def test_their_after_a_definite_plural_ends_the_subject():
    text = "وأعلنت الممرضات رفضهن للقرار، وقلن إن «الأجور لا تكفي»."
    assert _said(text) == [("الممرضات", None, "وقلن")]


def test_near_miss_an_adjective_of_the_plural_stays_in_the_subject():
    text = "وقالت الممرضات المضربات إن «الأجور لا تكفي»."
    assert _said(text) == [("الممرضات المضربات", None, "وقالت")]


def test_their_table_answers_as_the_test_it_replaces():
    for w in ("رفضهن", "غضبهم", "الهم", "منهم", "لهم", "المتهم", "قلقهم", "تحفظهن", "رفضها", "ه"):
        assert _THEIR_NOUN[w] == (w[-2:] in _THEIR and len(w) >= 5 and w[:2] != "ال"), w
