"""Review of the sixth session of 2026-12-04 (rev10b: the reviewer rev10 of
that session; test_phenomena_rev10.py is an earlier session's).

Words said without marks after a colon go on over "..", the pause Arabic
news prints inside a sentence (e5788a94); the test that let them go on
read any stop after a stop as that pause, so a question or an exclamation
closed by two stops ("؟!", "!!") ran on into the narrator's next sentence.
Only a full stop after a full stop ("..", "...") is the pause; "؟!" and
"!!" end the words, as a single stop does.

A verb of saying with the pronoun that takes up ما ("أكده", "أعلنه") is a
cue after ما alone or glued to the word before it, the same table as the
relay's "نقله" (words._WHAT_RELAYED): "وحسبما أعلنه X" too (before, the
list 6bd513c3 added left out the forms with و). Not "السالف ذكره".

Every sentence here is invented. The positive tests fail before the change
they test; the negative ones hold the near misses where it must not fire.
"""

import pytest

from tests.extraction.helpers import said


@pytest.mark.parametrize(
    "text, words",
    [
        # a question closed by "؟!", then the narrator
        (
            "وقال الوزير للصحفيين: هل نقبل بهذا الظلم؟! ثم غادر القاعة مسرعا نحو سيارته.",
            "هل نقبل بهذا الظلم",
        ),
        # an exclamation closed by "!!", then the narrator
        (
            "وقال النائب في الجلسة: هذا عار على الجميع!! ثم انسحب من القاعة مع زملائه.",
            "هذا عار على الجميع",
        ),
    ],
)
def test_two_stops_of_a_question_or_an_exclamation_end_unmarked_words(text, words):
    # construction: "؟!" / "!!" after words said without marks
    q = said(text, words[:8])
    assert q.text.startswith(words) and "ثم" not in q.text, q


@pytest.mark.parametrize(
    "text, words",
    [
        (
            "وقال الوزير للصحفيين: نتابع الملف يوميا.. ولن نتنازل عن حقوقنا. ثم غادر القاعة.",
            "نتابع الملف يوميا.. ولن نتنازل عن حقوقنا",
        ),
        (
            "وقال الوزير للصحفيين: نتابع الملف يوميا... ولن نتنازل عن حقوقنا. ثم غادر القاعة.",
            "نتابع الملف يوميا... ولن نتنازل عن حقوقنا",
        ),
    ],
)
def test_two_or_three_full_stops_still_go_on(text, words):
    # near miss: the pause of full stops still goes on to the next stop
    assert said(text, words[:8]).text == words


def test_a_resumptive_cue_after_and_as_what_is_a_cue():
    # construction: "وحسبما أعلنه X" (ما glued to حسب, and و before it):
    # the resumptive cue after ما in any of its fused forms, one table with
    # the relay's "نقله" (words._WHAT_RELAYED)
    q = said(
        "«المتهم سيمثل أمام المحكمة الأسبوع المقبل»، وحسبما أعلنه القاضي سامر الحداد.",
        "المتهم سيمثل",
    )
    assert (q.speaker, q.role) == ("سامر الحداد", "القاضي"), q


def test_a_mention_after_a_participle_is_still_no_cue():
    # near miss: "السالف ذكره", no ما before it: a noun, his mention
    q = said(
        "وعرض الفيلم السالف ذكره أمس، وقال المخرج إن «العمل استغرق سنوات طويلة».",
        "العمل استغرق",
    )
    assert (q.speaker, q.cue) == ("المخرج", "وقال"), q
