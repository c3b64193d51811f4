"""speed29: front-end speed changes; each must keep the output as it was.

These are correctness guards, no timings: the early exits read a text with
no line break exactly as the full tests did."""

from __future__ import annotations

from claims.extraction import extract
from claims.extraction.engine import _unwrapped


class TestOneLineTextSkipsLineScans:
    """A text with no line break skips _unwrapped's scans and extract()'s
    tests of spaces before a line break; a text with one still has them."""

    def test_one_line_text_is_returned_as_is(self) -> None:
        text = 'قال المهندس سامر الخطيب إن "المشروع يتقدم ببطء" في المدينة.'
        assert _unwrapped(text) is text

    def test_one_line_quote_read(self) -> None:
        text = 'وقال الوزير كمال النجار: "سنفتح الطريق الأسبوع المقبل".'
        got = extract(text)
        assert [q.text for q in got] == ["سنفتح الطريق الأسبوع المقبل"]
        assert got[0].speaker == "كمال النجار"

    def test_space_before_line_break_still_read_as_plain(self) -> None:
        # (near miss: a space before the line break, the path that maps the
        # offsets back, gives the quote its place in the text as written)
        text = 'وقال الوزير كمال النجار: "سنفتح الطريق الأسبوع المقبل". \nوانتهى اللقاء.'
        got = extract(text)
        assert [q.text for q in got] == ["سنفتح الطريق الأسبوع المقبل"]
        assert text[got[0].start : got[0].end] == got[0].text

    def test_wrapped_column_still_joined(self) -> None:
        # (near miss: ten short lines ending mid-sentence are still read as
        # one paragraph)
        words = "كان الوفد قد وصل إلى العاصمة صباح اليوم في زيارة"
        text = "\n".join([words] * 12)
        got = _unwrapped(text)
        assert "\n" not in got and len(got) == len(text)
