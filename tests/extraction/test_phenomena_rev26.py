"""Mid-session review (rev26, third session of 2026-12-06): sentences near
the rules landed this session that the rules got wrong, mended.

1. A single mark (‘) never closed on its line is a stray only when the pair
   of marks inside it comes after a colon, the words a participle or a verb
   of saying brings ("‘إلى أنها …، قائلة: “…”", d988fa23).  A name or a
   term in marks inside it ("وقال المدير ‘إن شركة “النور” ستوظف …") is no
   such pair: the single mark's words are the quote, as at the session's
   start (the term was filed alone, or nothing).

2. "اليوم" told in passing dates the words by the page's day (11dd9005),
   but not the same day or that day ("في نفس اليوم", "ذات اليوم", "في ذلك
   اليوم") nor the day of another year ("في مثل هذا اليوم"): another day,
   which gives no date, as at the start.

3. A verbal noun of telling after a verb of saying and a preposition is the
   verb's object (c5c1a1de), but not before "من جهته/جانبه/ناحيته" (the
   turn to a body that speaks: "وقالت الدعوة من جهتها إن"); and the object
   also before a preposition glued to بـ/لـ ("وجدد المطالبة بوقف القتال"،
   "وجدد الدعوة لوقف …") and for النداء.

Every sentence here is invented for the test.
"""

from claims.extraction import extract, normalize
from tests.extraction.helpers import quotes_of


def _texts(text: str) -> list[str]:
    return [normalize(q.text) for q in quotes_of(text)]


# -- 1. a term in marks inside a single mark never closed ----------------------


def test_term_in_marks_inside_an_unclosed_single_mark_keeps_its_quote():
    cases = (
        (
            "وقال المدير ‘إن الشركة ستوظف “مئة عامل” خلال هذا العام في مصانعها الجديدة.",
            "إن الشركة ستوظف “مئة عامل” خلال هذا العام في مصانعها الجديدة",
        ),
        (
            "وقال المدير ‘إن شركة “النور” ستوظف مئة عامل خلال هذا العام في مصانعها الجديدة.",
            "إن شركة “النور” ستوظف مئة عامل خلال هذا العام في مصانعها الجديدة",
        ),
        (
            "وأكد الوزير أن ‘الحكومة لن تتراجع عن “خطة الإصلاح الوطني” مهما كانت الضغوط.",
            "الحكومة لن تتراجع عن “خطة الإصلاح الوطني” مهما كانت الضغوط",
        ),
    )
    for text, words in cases:
        assert _texts(text) == [normalize(words)], text


def test_words_after_a_colon_inside_an_unclosed_single_mark_still_a_quote():
    text = "وأكد الوزير ‘أن الحكومة لن تتراجع عن قرارها، مضيفا: “الإصلاح مستمر مهما كانت الضغوط”."
    assert _texts(text) == [normalize("الإصلاح مستمر مهما كانت الضغوط")]


# -- 2. the same day, that day ------------------------------------------------

_STAMP = "03-05-2022 02:10 PM\n"


def _dates(text: str) -> list[str | None]:
    return [q.date for q in extract(text)]


def test_same_or_that_day_gives_no_date():
    for when in ("في نفس اليوم", "ذات اليوم", "في ذلك اليوم", "في مثل هذا اليوم من العام الماضي"):
        text = (
            _STAMP + f'قال النائب سامر الخطيب إن الاجتماع الذي عقد {when} "لم يقدم أي حل للأزمة".'
        )
        assert _dates(text) == [None], text


def test_today_told_in_passing_still_the_pages_day():
    for when in ("صباح اليوم", "اليوم", "ظهر اليوم"):
        text = (
            _STAMP + f'قال النائب سامر الخطيب إن الاجتماع الذي عقد {when} "لم يقدم أي حل للأزمة".'
        )
        assert _dates(text) == ["2022-05-03"], text


# -- 3. a verbal noun of telling after a verb of saying -----------------------

_FIRST = "قال وزير الخارجية سامي الحداد إن «المفاوضات مستمرة».\n"


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract(text)]


def test_told_masdar_before_a_glued_preposition_is_the_object():
    for clause in (
        "وجدد المطالبة بوقف القتال",
        "وجدد الدعوة لوقف إطلاق النار",
        "وجدد النداء إلى الأطراف كافة",
    ):
        text = _FIRST + clause + "، قائلا: «لا بديل عن الحل السياسي»."
        assert _speakers(text) == ["سامي الحداد", "سامي الحداد"], text


def test_body_that_speaks_then_its_turn_keeps_the_speaker():
    for body in ("الدعوة", "الدعوة السلفية"):
        text = f"وقالت {body} من جهتها إن «الحل السياسي هو الوحيد»."
        assert _speakers(text) == [body], text
