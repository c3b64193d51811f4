"""A statement in one pair of marks over several paragraphs, the paragraphs
set apart by blank lines (fourth session of 2026-12-05, lead16).

``quotes._closed_paragraphs_on`` lets a quote that opened its line run on
over up to five paragraphs to its closing mark.  It counted every line
break toward those five, so the same statement laid out as scrapers often
deliver it, with a blank line (or a line holding only spaces or a no-break
space) between the paragraphs, was cut to its first paragraph.  Blank
lines are layout, not paragraphs: they no longer count.  Invented texts.
"""

from __future__ import annotations

import pytest

from claims.extraction import extract

PARAGRAPHS = [
    "إننا نرفض هذا القرار رفضا قاطعا.",
    "ونطالب الحكومة بالتراجع عنه فورا.",
    "وسنواصل نضالنا حتى النهاية",
]
LEAD = "وأصدر الحزب بيانا جاء فيه:\n"
TAIL = '.\nوقال رئيس الحزب سمير عادل إن "الرسالة وصلت".'


def _statement(separator: str, paragraphs=PARAGRAPHS) -> tuple[str, str]:
    body = separator.join(paragraphs)
    return LEAD + '"' + body + '"' + TAIL, body


@pytest.mark.parametrize(
    "separator",
    ["\n", "\n\n", "\n\n\xa0\n\n", "\n \n \n", "\n\n\n\n\n\n", "\r\n\r\n"],
    ids=["line", "blank", "no-break-space", "spaces", "many-blank", "crlf"],
)
def test_statement_over_paragraphs_is_one_quote_whatever_the_blank_lines(separator):
    text, body = _statement(separator)
    quotes = extract(text)
    assert [q.text for q in quotes] == [body, "الرسالة وصلت"]
    assert quotes[0].speaker == "الحزب"
    assert text[quotes[0].start : quotes[0].end] == body


def test_woman_speaker_statement_with_guillemets_and_blank_lines():
    body = (
        "لن نقبل بأي تسوية على حساب الضحايا.\n\n\xa0\n\n"
        "ولن نسكت عن الانتهاكات.\n\n\xa0\n\n"
        "وسنلجأ إلى القضاء الدولي."
    )
    text = "وقالت المحامية ليلى حداد في تصريح صحفي:\n«" + body + "»\nوانتهت الجلسة دون قرار."
    quotes = extract(text)
    assert [q.text for q in quotes] == [body]
    assert quotes[0].speaker == "ليلى حداد"


def test_near_miss_more_than_five_written_paragraphs_still_end_the_reach():
    # six written paragraphs after the opening one: beyond the reach, with
    # or without blank lines between them, as before
    many = [f"الفقرة رقم {n} من النص الطويل." for n in range(1, 8)]
    for separator in ("\n", "\n\n"):
        text, body = _statement(separator, many)
        assert body not in [q.text for q in extract(text)]


def test_near_miss_a_blank_line_does_not_join_two_separate_quotes():
    # two quotes, each closed on its own line, stay two
    text = 'وقال الوزير كريم ناصر: "سنفتح الملف من جديد".\n\n\xa0\n\nوأضاف: "لا أحد فوق القانون".'
    assert [q.text for q in extract(text)] == ["سنفتح الملف من جديد", "لا أحد فوق القانون"]
