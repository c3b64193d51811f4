"""Quotes and dates (dev8f, 2026-12-04).

An Arabic month in the English order, its day then a comma and its year,
as WordPress prints its "F j, Y" stamp on Arabic pages: "سبتمبر 7, 2023",
"سبتمبر 7، 2023" under the headline dates the story ("اليوم الخميس"), as
"7 سبتمبر 2023" did (the month alone was read, no date).  The comma is
required: "في مارس 18 شخصا" is a month and a count, no date.

A name in marks right after the verb, told before in the article, then a
comma and a long occasion before the colon ("وقال "النجار"، خلال حديثه في
الندوة الاقتصادية التي نظمتها غرفة "التجارة والصناعة" مساء الخميس: "…""), is the
verb's subject, no words said, as it was with a shorter occasion (the look
for the colon stopped fourteen tokens on).  Marks that name no one met
("وقال "لا تراجع"، …") are still his words.

Words said with no marks after a verb of saying and its colon go on past
a line break when the line ends with a word no sentence ends with (a
preposition, أنّ, a conjunction, or a pronoun with و that opens a clause
whose predicate is on the next line: "… في مباراة السبت، ونحن\nواثقون
…"), the next line following at once: the page wrapped the paragraph.  A
line that ends on a word that may end a sentence, or a blank line, still
ends them.

Every sentence here is invented. The positive tests fail before the rule
they test; the negative ones hold the near misses where it must not fire.
"""

import pytest

from claims.extraction import extract
from tests.extraction.helpers import said


@pytest.mark.parametrize("stamp", ["سبتمبر 7, 2023", "سبتمبر 7، 2023"])
def test_an_arabic_month_in_the_english_order_dates_the_story(stamp):
    text = (
        "الزراعي: موسم القمح سيكون وفيرا\n\n"
        f"  • 204\n  • {stamp}\n\n"
        "قال النائب سامر الزراعي، اليوم الخميس، إن «موسم القمح سيكون وفيرا هذا العام».\n\n"
        "وأضاف أن «الحكومة ستشتري المحصول بسعر مجز».\n"
    )
    assert said(text, "موسم القمح").date == "2023-09-07"
    assert said(text, "الحكومة ستشتري").date == "2023-09-07"


def test_a_month_then_a_count_is_no_date():
    text = (
        "قال مدير المستشفى سامر الزراعي إن «الطواقم تعمل بلا توقف»، مشيرا إلى أن "
        "المستشفى استقبل في مارس 18 مصابا و2023 مراجعا منذ بداية العام."
    )
    assert said(text, "الطواقم تعمل").date is None


def test_a_name_in_marks_after_the_verb_before_a_long_occasion_is_its_subject():
    text = (
        "التقى الوزير سامح النجار نظيره الأردني في عمان.\n\n"
        'وقال "النجار"، خلال حديثه في الندوة الاقتصادية التي نظمتها غرفة '
        '"التجارة والصناعة" مساء الخميس: "نحن ماضون في الإصلاح مهما كانت الصعوبات".'
    )
    found = [q.text for q in extract(text)]
    assert found == ["نحن ماضون في الإصلاح مهما كانت الصعوبات"]
    assert said(text, "نحن ماضون").speaker == "سامح النجار"


def test_words_in_marks_after_the_verb_that_name_no_one_met_are_said():
    # the same long occasion, but the marks hold no name told before: his words
    text = (
        "التقى الوزير سامح النجار نظيره الأردني في عمان.\n\n"
        'وقال "لا تراجع"، خلال حديثه في الندوة الاقتصادية التي نظمتها غرفة '
        '"التجارة والصناعة" مساء الخميس، ثم غادر القاعة.'
    )
    assert said(text, "لا تراجع").speaker == "سامح النجار"


def test_words_said_without_marks_go_on_past_a_wrapped_line():
    text = (
        "قال المدرب سامر الزراعي إن «المباراة صعبة».\n"
        "وتابع الزراعي: سنلعب بتشكيلة هجومية في مباراة السبت، ونحن\n"
        "واثقون من قدرة الفريق رغم غياب بعض اللاعبين.\n"
        "من جهته قال اللاعب خالد العلي إن «الفريق جاهز»."
    )
    q = said(text, "سنلعب بتشكيلة")
    assert q.text.endswith("رغم غياب بعض اللاعبين")
    assert q.speaker == "سامر الزراعي"


@pytest.mark.parametrize(
    "second_line",
    [
        # the line ends on a word a sentence may end with
        "وتابع الزراعي: سنلعب بتشكيلة هجومية في مباراة السبت\nونحن واثقون من قدرة الفريق.",
        # a blank line between: a new paragraph
        "وتابع الزراعي: سنلعب بتشكيلة هجومية في مباراة السبت، ونحن\n\nواثقون من قدرة الفريق.",
    ],
)
def test_words_said_without_marks_end_with_their_line(second_line):
    text = "قال المدرب سامر الزراعي إن «المباراة صعبة».\n" + second_line
    q = said(text, "سنلعب بتشكيلة")
    assert "واثقون" not in q.text
