"""Known weaknesses taken from the top of the list (kw35). Every sentence
here is invented; one class per rule."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import one, quote_exactly, quotes_of

_WORDS = "الحزب لن يشارك في الحكومة المقبلة"
_LONG_PARTY = "حزب التجمع الوطني الديمقراطي من أجل العمل والحريات"
_LONG_FRONT = "جبهة العمل الوطني الديمقراطي من أجل التغيير والتنمية"
_TEN_WORDS = "هيئة التنسيق الوطنية لقوى التغيير الديمقراطي وحلفائها في الداخل"


class TestBodysLongNameAfterLam:
    """dev32s's "the width after لـ": "الأمين العام لـ«…»" read a body's
    name in marks after لـ up to seven words only, so a party's long name
    (eight to ten words, headed by a body's noun) ended the post before
    it, the holder's name lost ("السيد" or the bare title speaking), and a
    name of ten words was even taken for words said. Now read up to ten
    words as after في and باسم, the holder's honorific and name after it
    still read."""

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            pytest.param(
                f"وقال الأمين العام لـ«{_LONG_PARTY}» السيد سمير الخطيب إن «{_WORDS}».",
                "سمير الخطيب",
                f"الأمين العام لـ«{_LONG_PARTY}»",
                id="honorific-then-name",
            ),
            pytest.param(
                f"وقال رئيس المكتب السياسي لـ«{_LONG_FRONT}» الدكتور نادر المصري إن «{_WORDS}».",
                "نادر المصري",
                f"رئيس المكتب السياسي لـ«{_LONG_FRONT}»",
                id="long-post-and-doctor",
            ),
            pytest.param(
                f"وقال الأمين العام لـ«{_LONG_PARTY}» إن «{_WORDS}».",
                f"الأمين العام لـ«{_LONG_PARTY}»",
                f"الأمين العام لـ«{_LONG_PARTY}»",
                id="no-name",
            ),
            pytest.param(
                f"وقال الأمين العام لـ«{_TEN_WORDS}» السيد سمير الخطيب إن «{_WORDS}».",
                "سمير الخطيب",
                f"الأمين العام لـ«{_TEN_WORDS}»",
                id="ten-words",
            ),
            pytest.param(
                f"وقال القيادي في «{_TEN_WORDS}» السيد سمير الخطيب إن «{_WORDS}».",
                "سمير الخطيب",
                f"القيادي في «{_TEN_WORDS}»",
                id="ten-words-after-fi",
            ),
        ],
    )
    def test_the_holder_speaks(self, text: str, speaker: str, role: str) -> None:
        q = quote_exactly(text, _WORDS)
        assert (q.speaker, q.role) == (speaker, role), text

    def test_ten_words_in_the_post_are_no_quote(self) -> None:
        text = f"وقال الأمين العام لـ«{_TEN_WORDS}» السيد سمير الخطيب إن «{_WORDS}»."
        assert [q.text for q in quotes_of(text)] == [_WORDS]

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f"وقال الأمين العام لـ«حزب التجمع الوطني» السيد سمير الخطيب إن «{_WORDS}».",
                "سمير الخطيب",
                id="a-short-name",
            ),
            pytest.param(
                f"وقال المتحدث باسم الوزارة لـ«الشروق» إن «{_WORDS}».",
                "المتحدث باسم الوزارة",
                id="an-outlet-told",
            ),
            pytest.param(
                "وقال المتحدث الرسمي لـ«برنامج المسائية على القناة الأولى في "
                f"التلفزيون الرسمي» إن «{_WORDS}».",
                "المتحدث الرسمي",
                id="a-long-name-of-no-body-told",
            ),
        ],
    )
    def test_near_misses(self, text: str, speaker: str) -> None:
        assert quote_exactly(text, _WORDS).speaker == speaker, text


class TestBodysNameInMarksKeepsItsWords:
    """A masculine title with the article takes no genitive, so a definite
    feminine word after a definite word opens the verb's object and ends
    the title (classify). Inside a body's name in marks after the title
    the words agree among themselves: "الأمين العام لـ«هيئة التنسيق
    الوطنية …»" was cut to "الأمين العام لـ«هيئة التنسيق"."""

    @pytest.mark.parametrize(
        "body",
        [
            pytest.param("هيئة التنسيق الوطنية لقوى التغيير", id="hayat-al-tansiq"),
            pytest.param("حزب الاتحاد الديمقراطية الجديدة", id="feminine-adjective"),
            pytest.param("مجلس التعاون الخليجية للتنمية", id="majlis"),
        ],
    )
    def test_the_post_keeps_the_name(self, body: str) -> None:
        text = f"وقال الأمين العام لـ«{body}» إن «{_WORDS}»."
        q = quote_exactly(text, _WORDS)
        assert (q.speaker, q.role) == (f"الأمين العام لـ«{body}»", f"الأمين العام لـ«{body}»")

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f"وانتقد السفير الأميركي في الرباط المسؤولين المغاربة، قائلا: «{_WORDS}».",
                "السفير الأميركي في الرباط",
                id="an-object-with-no-marks",
            ),
            pytest.param(
                f"وقال الأمين العام لـ«الحركة الوطنية» إن «{_WORDS}».",
                "الأمين العام لـ«الحركة الوطنية»",
                id="a-definite-body",
            ),
        ],
    )
    def test_near_misses(self, text: str, speaker: str) -> None:
        assert quote_exactly(text, _WORDS).speaker == speaker, text


class TestHoldersFamilyNameWithTheArticleAfterMarks:
    """After a title with no name and a body's name in marks glued to لـ,
    the holder's name of two or three words read only with no article:
    "الأمين العام لـ«حزب الأمة» سمير الخطيب:" gave the bare title, the
    name lost. A family name with the article last, right before أنّ, a
    colon, a comma or a mark, now ends the holder's name."""

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            pytest.param(
                f"وقال الأمين العام لـ«حزب الأمة» سمير الخطيب: «{_WORDS}».",
                "سمير الخطيب",
                "الأمين العام لـ«حزب الأمة»",
                id="colon",
            ),
            pytest.param(
                f"وقال رئيس المكتب السياسي لـ«حماس» نادر الحسيني إن «{_WORDS}».",
                "نادر الحسيني",
                "رئيس المكتب السياسي لـ«حماس»",
                id="that",
            ),
            pytest.param(
                f"وقال الأمين العام لـ«{_LONG_PARTY}» سمير الخطيب: «{_WORDS}».",
                "سمير الخطيب",
                f"الأمين العام لـ«{_LONG_PARTY}»",
                id="a-long-body",
            ),
        ],
    )
    def test_the_holder_speaks(self, text: str, speaker: str, role: str) -> None:
        q = quote_exactly(text, _WORDS)
        assert (q.speaker, q.role) == (speaker, role), text

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f"وقال الأمين العام لـ«حزب الأمة» أمس الخميس إن «{_WORDS}».",
                "الأمين العام لـ«حزب الأمة»",
                id="a-date",
            ),
            pytest.param(
                f"وقال المتحدث باسم الوزارة لـ«الشروق» سمير الخطيب إن «{_WORDS}».",
                "المتحدث باسم الوزارة",
                id="an-outlet-after-a-complete-post",
            ),
        ],
    )
    def test_near_misses(self, text: str, speaker: str) -> None:
        assert one(text, _WORDS).speaker == speaker, text
