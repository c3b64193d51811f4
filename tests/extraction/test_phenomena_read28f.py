"""What mend28f changed, as tests on invented texts: the first item fuzz28
found but did not fix (spaces before a line break).  Every sentence here is
invented for the test.
"""

import re
from dataclasses import replace

import pytest

from claims.extraction.engine import extract
from tests.extraction.test_fuzz_templates import quotes_keeping_the_contract


def _stripped(text: str) -> tuple[str, list[int]]:
    """``text`` without the spaces and tabs that end its lines, and for each
    character kept its offset in ``text``."""
    dropped = {i for m in re.finditer(r"[ \t]+(?=\r?\n|\Z)", text) for i in range(*m.span())}
    back = [i for i in range(len(text)) if i not in dropped]
    return "".join(text[i] for i in back), back


def _as_read_stripped(text: str) -> list:
    """The quotes of ``text`` without its lines' end spaces, the offsets
    mapped back to ``text``."""
    plain, back = _stripped(text)
    out = []
    for q in extract(plain):
        a, b = back[q.start], back[q.end - 1] + 1
        out.append(replace(q, text=text[a:b], start=a, end=b))
    return out


class TestSpacesAtALinesEndAreNotRead:
    """Spaces or tabs before a line break (a page pasted from the web, a
    form's padding, an editor that keeps them) are not part of what a line
    says: a text reads as the same text without them, the offsets its own.
    The rules that read a line by its last character (a question line
    ending in "؟", then its answer) saw the space instead and lost the
    answer. A span never starts or ends on such a space; spaces inside a
    line, or inside a quote that runs over a line break, stay as written."""

    @pytest.mark.parametrize(
        ("text", "answer", "speaker"),
        [
            (
                "س: هل ستشاركون في الانتخابات المقبلة؟ \n- نعم سنشارك بقوة في كل الدوائر!",
                "نعم سنشارك بقوة في كل الدوائر!",
                None,
            ),
            (
                "س: متى تنتهي الأشغال في الطريق؟\t\nالمهندس: ستنتهي الأشغال في الصيف المقبل",
                "ستنتهي الأشغال في الصيف المقبل",
                None,
            ),
            (
                "س: لماذا تأخر افتتاح المستشفى الجديد؟  \n"
                "مدير الصحة: بسبب نقص المعدات الطبية في المخازن   ",
                "بسبب نقص المعدات الطبية في المخازن",
                "مدير الصحة",
            ),
        ],
    )
    def test_the_answer_after_the_question_line_is_found(self, text, answer, speaker):
        got = quotes_keeping_the_contract(text)
        assert [(q.text, q.speaker) for q in got] == [(answer, speaker)]
        assert got == _as_read_stripped(text)
        assert text[got[0].start : got[0].end] == answer

    @pytest.mark.parametrize(
        "text",
        [
            "س: ما رأيك في الموسم الجديد؟  \r\nج: الفريق جاهز تماما للمنافسة هذا العام \r\n",
            "وقال الوزير: \n- الحكومة ستدعم المزارعين هذا العام  \n- الأسعار ستنخفض قريبا ",
            "وأكد المدرب في المؤتمر الصحفي:\t\n«سنلعب للفوز في كل مباراة» \t\n \nوانتهى اللقاء.",
        ],
    )
    def test_a_text_reads_as_without_its_lines_end_spaces(self, text):
        got = quotes_keeping_the_contract(text)
        assert got
        assert got == _as_read_stripped(text)
        for q in got:
            assert q.text == q.text.strip()

    @pytest.mark.parametrize(
        ("text", "quotes"),
        [
            # near misses: spaces inside a line, or inside a quote that runs
            # over a line break, are kept as written
            (
                'قال المدير  إن  «العمل  مستمر  بلا توقف»\nوأضاف: "لن نتراجع  أبدا"',
                ["العمل  مستمر  بلا توقف", "لن نتراجع  أبدا"],
            ),
            (
                'قال الوزير: "الوضع مستقر  \nفي كل المحافظات" \nوأضاف أن «الحل قريب جدا»',
                ["الوضع مستقر  \nفي كل المحافظات", "الحل قريب جدا"],
            ),
        ],
    )
    def test_spaces_inside_lines_are_kept(self, text, quotes):
        assert [q.text for q in quotes_keeping_the_contract(text)] == quotes
