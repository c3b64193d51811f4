"""Inputs whose time grew faster than their length, found by the hostile
inputs of fuzz14 (second session of 2026-12-05) next to the template fuzz:
marks nested deep or left open, a bare title in every sentence, a long
sentence of words in apostrophes with its stops lost.  Each is reduced to a
minimal invented text, and its growth measured as the lines of the engine's
Python run (a count, not a time, so the test does not depend on the
machine): for a text four times longer, a linear path runs about four
times the lines, a quadratic one sixteen.  The near misses pin what the
faster paths must still read.
"""

from tests.extraction.test_fuzz_templates import (
    LINEAR_GROWTH,
    growth,
    quotes_keeping_the_contract,
)


def _nested(k: int) -> str:
    return "وقال المنسق: " + "«المرحلة " * k + "»" * k + "."


def test_marks_nested_deep_are_read_in_linear_time():
    # "«المرحلة «المرحلة … »»»": the span's edge marks were trimmed one a
    # pass, each pass pairing all the span's marks again (quadratic), and
    # each opener counted the marks after it to the line's end (another
    # factor): 64 KB took minutes; past a few passes every mark at either
    # edge goes at once, and the count is one pass from the end
    assert growth(_nested, 25) < LINEAR_GROWTH
    (q,) = quotes_keeping_the_contract(_nested(25))
    assert q.text[:7] == "المرحلة" and q.text[-7:] == "المرحلة"


def _unclosed(k: int) -> str:
    return "وقال المنسق: " + " ".join(f"«المرحلة {i}" for i in range(k)) + "."


def test_openers_never_closed_on_a_line_are_read_in_linear_time():
    # each opener of the family of the open quote counted the marks after
    # it to the line's end (none closing): quadratic in the line's marks
    assert growth(_unclosed, 25) < LINEAR_GROWTH


def test_a_name_in_marks_nested_in_a_quote_is_still_read():
    # near miss: an opener of the quote's own family nested in it closes
    # before the quote does, and the quote runs over it
    text = "وقال المنسق: «إن مشروع «الأمل الأخضر» سينطلق في الربيع المقبل»."
    (q,) = quotes_keeping_the_contract(text)
    assert q.text == "إن مشروع «الأمل الأخضر» سينطلق في الربيع المقبل"
    assert q.speaker == "المنسق"


def _title_each(k: int) -> str:
    return " ".join(f'وقال المحافظ إن "الموسم {i} كان صعبا على الفلاحين". ' for i in range(k))


def _title_open(k: int) -> str:
    return 'وقال المحافظ إن "' * k


def test_a_bare_title_in_every_sentence_is_read_in_linear_time():
    # the bare title's mentions were filtered and moved past rank words for
    # each quote it names (titled_before), and each quote of one speaker
    # looked on to the next quote of another (posts_told_after): both
    # quadratic in the quotes; the mentions are now filed once per title by
    # the word after them, the next other speaker found in one pass
    assert growth(_title_each, 25) < LINEAR_GROWTH
    assert growth(_title_open, 25) < LINEAR_GROWTH


def test_a_bare_title_still_goes_back_to_the_one_named_after_it_each_time():
    # near miss: the title named before, in the first sentence, is each
    # quote's speaker
    text = "التقى المحافظ رامي العطار، رئيس لجنة الري، بالمزارعين أمس. " + " ".join(
        f'وقال المحافظ إن "الموسم {i} كان صعبا على الفلاحين".' for i in range(5)
    )
    quotes = quotes_keeping_the_contract(text)
    assert [q.speaker for q in quotes] == ["رامي العطار"] * 5


def _apostrophes(k: int) -> str:
    return " ".join(f"'الصنف{i}'" for i in range(k))


def test_a_long_sentence_of_words_in_apostrophes_is_read_in_linear_time():
    # no stop, no comma: each label in marks looked back for its clause's
    # start to the sentence's, quadratic in its length (64 KB, 56 s); the
    # search now stops 300 tokens back
    assert growth(_apostrophes, 150) < LINEAR_GROWTH


def test_the_subject_of_the_clauses_first_verb_still_speaks():
    # near miss: the verb before the participle, its subject named
    text = "وانتقد الوزير سامر النجار خطة المعارضة قائلا: «هذه الخطة لا تخدم أحدا»."
    (q,) = quotes_keeping_the_contract(text)
    assert q.speaker == "سامر النجار"


def test_a_bidi_mark_spaced_off_between_two_titles_is_no_word_of_the_post():
    # template fuzz, seed 1519 (bidi marks after spaces): "المحافظ ‏ الرئيس",
    # a rank or title before a post read as the post alone, "‏ الرئيس",
    # which has a space and folds to one word; its last word was read as
    # a nisba (IndexError)
    text = "وأوضح المحافظ \u200f الرئيس أن «الطريق ستفتح غدا»."
    (q,) = quotes_keeping_the_contract(text)
    assert q.text == "الطريق ستفتح غدا"
    assert q.speaker == "المحافظ \u200f الرئيس"


def test_a_post_with_a_nisba_still_names_the_one_who_holds_it():
    # near miss: the post said with its nisba after the person named with
    # it is still that person's
    text = (
        "وصل وزير الخارجية الموريتاني سيدي ولد حامد إلى الرباط أمس. "
        "وقال وزير الخارجية الموريتانية إن «المحادثات كانت مثمرة»."
    )
    (q,) = quotes_keeping_the_contract(text)
    assert q.speaker == "سيدي ولد حامد"
