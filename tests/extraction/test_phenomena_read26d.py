"""Final mend mend26d: the narrator's aside after words said without marks
(sentences.aside_at) and a meeting's date after the people's concern
(dating.event_owns_date). Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import one, only_quote, quotes_of


class TestMend26dAsideLeavesTheSpeakersWe:
    """After words said without marks, "، ولعل هذا/ذلك …" is the narrator's
    guess and "، كما جاء/ورد في …" his source only when no "we" of the
    speaker follows to the end of the sentence ("ما يدفعنا", "علينا"), and,
    for كما جاء في, only when what follows في is a text that reports words
    (a cable, a letter, a statement, an interview), not what the speaker
    acts on (a constitution, a programme)."""

    @pytest.mark.parametrize(
        "text",
        [
            "وقال المحافظ: الأزمة المالية عميقة جدا، ولعل هذا ما يدفعنا إلى الإسراع في الحلول.",
            "وقالت الوزيرة للنواب: الوضع في المستشفيات صعب، ولعل ذلك يفرض علينا مراجعة الخطة.",
            "وقال رئيس البلدية: سنطبق القرار بحزم، كما جاء في الدستور الجديد للبلاد.",
            "وقال النقيب للصحفيين: سنمضي في الإضراب، كما ورد في برنامج النقابة، "
            "ولن نتراجع عنه أبدا.",
        ],
    )
    def test_the_words_go_on(self, text: str) -> None:
        words = text.split(": ", 1)[1].rstrip(".")
        assert one(text, words[:12]).text == words

    @pytest.mark.parametrize(
        ("text", "words"),
        [
            (
                "وقال المحافظ: الأزمة المالية عميقة جدا، ولعل هذا هو ما دفع الحكومة "
                "إلى التحرك بعد شهر.",
                "الأزمة المالية عميقة جدا",
            ),
            (
                "وكتب القنصل لوزيره: الحدود مغلقة منذ أيام، كما جاء في رسالة أخرى بعثها "
                "في الشهر نفسه.",
                "الحدود مغلقة منذ أيام",
            ),
            (
                "ويقول الملحق العسكري: الجيش منهك بعد الحرب، كما ورد في تقرير السفارة "
                "عن تلك المرحلة.",
                "الجيش منهك بعد الحرب",
            ),
        ],
    )
    def test_the_narrators_aside_still_ends_them(self, text: str, words: str) -> None:
        assert one(text, words).text == words


class TestMend26dConcernIsNoEventOfTheMet:
    """A meeting's date stays the meeting's when the event between the
    meeting verb and the date is what the people met are concerned with or
    in charge of (a participle of concern before it: "المهتمين
    بالانتخابات", "المكلفين بـ…", "المسؤولين عن …") or is tied by a
    preposition of topic (حول، بشأن، عن): no event they suffered, took part
    in or won."""

    @pytest.mark.parametrize(
        "text",
        [
            "والتقى الوزير الصحفيين المهتمين بالانتخابات يوم 5 مايو 2020، وقال لهم إن "
            "«الاقتراع في موعده».",
            "والتقى المحافظ المسؤولين عن الانتخابات يوم 5 مايو 2020، وقال لهم إن «الاستعداد تام».",
            "واستقبلت الوزيرة الناشطين المهتمين بالمظاهرات يوم 5 مايو 2020، وقالت لهم إن "
            "«الحوار مفتوح».",
            "والتقى الوزير الخبراء حول الانتخابات يوم 5 مايو 2020، وقال لهم إن «الموعد ثابت».",
        ],
    )
    def test_the_date_is_the_meetings(self, text: str) -> None:
        assert only_quote(text).date == "2020-05-05"

    @pytest.mark.parametrize(
        "text",
        [
            "والتقى الوزير المصابين خلال المظاهرات يوم 5 مايو 2020، وقال لهم إن «الدولة معكم».",
            "واستقبل الرئيس الفائزين بكأس أفريقيا يوم 5 مايو 2020، وقال لهم إن «البلاد فخورة بكم».",
            "والتقى المحافظ ضحايا الفيضانات يوم 5 مايو 2020، وقال لهم إن «التعويض قادم».",
        ],
    )
    def test_an_event_they_lived_keeps_its_date(self, text: str) -> None:
        assert only_quote(text).date is None


class TestMend26dSpanOfManyDays:
    """A span of days before the date told moves the clause's time by it,
    however the days are counted: eight and nine in the plural ("ثمانية
    أيام"), eleven to ninety-nine spelled in the singular accusative
    ("عشرين يوما", "خمسة عشر يوما"), a hundred and more in figures in the
    singular genitive ("100 يوم")."""

    @pytest.mark.parametrize(
        ("span", "date"),
        [
            ("بعد ثلاثين يوما على", "2021-02-10"),
            ("بعد أربعة عشر يوما على", "2021-01-25"),
            ("بعد 120 يوم على", "2021-05-11"),
            ("بعد تسعة أيام على", "2021-01-20"),
            ("قبل عشرين يوما من", "2020-12-22"),
            # near misses: already read, or no span
            ("بعد 15 يوما على", "2021-01-26"),
            ("بعد أيام على", "2021-01-11"),
            ("خلال ثلاثين يوما من", "2021-01-11"),
        ],
    )
    def test_the_span_moves_the_date(self, span: str, date: str) -> None:
        text = f"وقالت الوزيرة {span} انطلاق الحملة في 11 يناير 2021 إن «العمل مستمر»."
        assert only_quote(text).date == date


class TestMend26dCountedThingsBeforeTheColon:
    """After a verb of stating (أكد، أوضح) and a long titled subject, things
    counted right before the colon ("على ثلاثة أمور:", "بأربعة شروط:",
    "نقاطا عدة:") are the verb's object heading a list, not the end of the
    subject: the colon opens no words said. A title's own words before the
    colon still do."""

    @pytest.mark.parametrize(
        "text",
        [
            "وأكد الدكتور فادي الحلبي مدير عام الهيئة الوطنية للمياه بالمنطقة الوسطى "
            "على ثلاثة أمور: السدود والآبار والقنوات في القرى.",
            "وأوضحت المهندسة رنا الصباغ رئيسة مصلحة الأشغال بالبلدية الكبرى ضرورة "
            "الالتزام بأربعة شروط: السلامة والجودة والكلفة والمدة في كل مشروع.",
            "وأكد العميد نادر السعدي قائد الحرس الوطني بالمحافظة الجنوبية الشرقية "
            "نقاطا عدة: التدريب والتجهيز والانضباط والتنسيق مع الشرطة.",
            "وأكد اللواء نادر السعدي قائد الحرس الوطني بالمحافظة الجنوبية الشرقية "
            "على 5 محاور: التدريب والتجهيز والانضباط والتنسيق مع الشرطة.",
        ],
    )
    def test_no_words_said(self, text: str) -> None:
        assert quotes_of(text) == []

    def test_a_title_before_the_colon_still_opens_them(self) -> None:
        text = (
            "وأكد الدكتور فادي الحلبي مدير عام الهيئة الوطنية للمياه بالمنطقة الوسطى: "
            "المياه متوفرة لكل القرى طوال فصل الصيف."
        )
        assert [(q.text, q.speaker) for q in quotes_of(text)] == [
            ("المياه متوفرة لكل القرى طوال فصل الصيف", "فادي الحلبي")
        ]
