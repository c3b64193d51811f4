"""Mends of the sixth session's review (mend26a, 2026-12-06).

1. A cleft ("الوزير هو من قال", "he is the one who said"; review A item 1):
   dev26s made its verb a cue, but the subject phrase took the pronoun and
   من as a name ("هو من", with the title as its role). The pronoun of a
   cleft (هو، هي، هم, or ليس before it), من and a verb of saying end a
   noun phrase (scan_np), and subject_before reads the subject before the
   pronoun; the pronoun glued to أنّ/إنّ ("أنه هو من قال") or none before
   it leaves the subject elided, resolved as after "أنه قال".
2. A title word inside a four-word name ("نبيل قائد حسن المنصوري"; review
   A item 3): rev29 kept the title word between two given names in the
   name, but the given name after it was then read as a noun with its
   definite genitive, the verb's object, and the family name was lost. A
   given name after such a title word goes on to the family name.
3. "Described it" with a broken plural after the pronoun ("التي وصفها
   الخبراء بأنها"; review B item 2): kw28b read وصف's noun after the
   pronoun as a second object unless it was a plural in ون/ين/ات. وصف
   takes its second object with بـ: a noun followed by a word glued to بـ
   (past one adjective with the article) is the subject.
4. A caption in brackets between a post and its holder's name ("وزيرة
   الصحة (يسار الصورة) X Y"; review C item 4): kw28b ended the phrase at
   the caption, losing the name. Two name words after the caption read on
   as the holder's name, and the caption is no part of the role.
5. The name Ali last in brackets after one source of a body ("مسؤول في
   الوزارة (X علي)"; review A item 9): علي, folded as the preposition is,
   failed the bracket's name words. Last before the closing bracket, after
   another word, it is the name (a preposition never ends the brackets).

Every sentence here is invented.
"""

from __future__ import annotations

import pytest

from tests.extraction.helpers import quotes_of, said_by

Q = "«الجسر الجديد سيفتح أمام المارة قبل حلول الصيف المقبل»."


def _said(lead: str) -> tuple[str | None, str | None]:
    return said_by(f"{lead} {Q}", "الجسر الجديد")


def _only(text: str) -> tuple[str | None, str | None]:
    quotes = quotes_of(text)
    assert len(quotes) == 1, quotes
    return quotes[0].speaker, quotes[0].role


class TestMend26aCleftSubject:
    """A cleft's pronoun and من are no name: the subject before the pronoun
    said the words, or the one the that-clause is about."""

    @pytest.mark.parametrize(
        ("text", "who", "role"),
        [
            ("وأكد الرئيس أنه هو من قال إن «المفاوضات وصلت إلى نهايتها».", "الرئيس", "الرئيس"),
            ("وقالت هالة منصور إنها هي من قالت «المفاوضات وصلت إلى نهايتها».", "هالة منصور", None),
            ("وأوضح المتحدث أنه ليس هو من قال «المفاوضات وصلت إلى نهايتها».", "المتحدث", "المتحدث"),
            ('وأكد مصدر أن الوزير هو من قال "المفاوضات وصلت إلى نهايتها".', "الوزير", "الوزير"),
            ("الوزير هو من قال إن «المفاوضات وصلت إلى نهايتها».", "الوزير", "الوزير"),
            ("وأكد مصدر أن الوزيرة هي من قالت «المفاوضات وصلت إلى نهايتها».", "الوزيرة", "الوزيرة"),
            ("الوزير ليس هو من قال إن «المفاوضات وصلت إلى نهايتها».", "الوزير", "الوزير"),
        ],
        ids=["that-he", "that-she", "not-he", "that-the-minister", "opening", "feminine", "not"],
    )
    def test_the_subject_speaks(self, text, who, role) -> None:
        assert _only(text) == (who, role)

    @pytest.mark.parametrize(
        ("text", "who", "role"),
        [
            # a name before the pronoun, as before
            (
                'وأكد مصدر أن الوزير كريم داود هو من قال "المفاوضات وصلت إلى نهايتها".',
                "كريم داود",
                "الوزير",
            ),
            # "whoever said": the one who says the whole sentence
            (
                'وقال النائب كريم داود إن كل من قال "المفاوضات وصلت إلى نهايتها" يكذب.',
                "كريم داود",
                "النائب",
            ),
        ],
        ids=["named", "whoever"],
    )
    def test_near_misses(self, text, who, role) -> None:
        assert _only(text) == (who, role)


class TestMend26aTitleWordInAFourWordName:
    """A given name after a title word that is a name's own goes on to the
    family name with the article."""

    @pytest.mark.parametrize(
        ("lead", "who", "role"),
        [
            ("وقال نبيل قائد حسن المنصوري إن", "نبيل قائد حسن المنصوري", None),
            ("وقال محمد أمين سالم الحسني إن", "محمد أمين سالم الحسني", None),
            ("وقال أحمد قائد محمد المنصوري إن", "أحمد قائد محمد المنصوري", None),
            ("وقال العقيد نبيل قائد حسن المنصوري إن", "نبيل قائد حسن المنصوري", "العقيد"),
        ],
        ids=["qaid", "amin", "qaid-before-muhammad", "ranked"],
    )
    def test_the_whole_name_speaks(self, lead, who, role) -> None:
        assert _said(lead) == (who, role)

    @pytest.mark.parametrize(
        ("lead", "who", "role"),
        [
            # given names only, as before
            ("وقال نبيل قائد حسن علي إن", "نبيل قائد حسن علي", None),
            # a post after a name, as before
            ("قال سمير حسن قائد الجيش إن", "سمير حسن", "قائد الجيش"),
        ],
        ids=["given-names-only", "post-after-a-name"],
    )
    def test_near_misses(self, lead, who, role) -> None:
        assert _said(lead) == (who, role)


class TestMend26aDescribedByAPluralWithBa:
    """After "التي وصفها", a noun followed by what it describes the thing as
    (glued to بـ) is the subject, a broken plural too."""

    @pytest.mark.parametrize(
        ("subject", "who"),
        [
            ("الخبراء", "الخبراء"),
            ("النشطاء", "النشطاء"),
            ("العلماء", "العلماء"),
            ("الخبراء الاقتصاديون", "الخبراء الاقتصاديون"),
        ],
        ids=["experts", "activists", "scholars", "with-an-adjective"],
    )
    def test_the_plural_speaks(self, subject, who) -> None:
        text = f"وتحدث الوزير عن الخطة التي وصفها {subject} بأنها «طموحة أكثر من اللازم»."
        speaker, _role = _only(text)
        assert speaker == who

    def test_a_second_object_stays(self) -> None:
        # "described it the best solution": a definite thing, no بـ after it
        text = (
            "وأشاد الوزير بالإجراءات التي وصفها الحل الأمثل للأزمة، وقال إن «الأوضاع ستتحسن قريبا»."
        )
        assert _only(text) == ("الوزير", "الوزير")


class TestMend26aNameAfterACaption:
    """A caption in brackets between a post and two name words: the name
    holds the post, the caption is no part of the role."""

    @pytest.mark.parametrize(
        ("lead", "who", "role"),
        [
            ("وقالت وزيرة الصحة (يسار الصورة) سلمى حداد إن", "سلمى حداد", "وزيرة الصحة"),
            ("وقال مدير المستشفى (وسط الصورة) منير حداد إن", "منير حداد", "مدير المستشفى"),
            ("وقالت وزيرة الصحة (يمين الصورة) سلمى حداد للصحفيين إن", "سلمى حداد", "وزيرة الصحة"),
        ],
        ids=["left", "middle", "right-told"],
    )
    def test_the_name_holds_the_post(self, lead, who, role) -> None:
        assert _said(lead) == (who, role)

    @pytest.mark.parametrize(
        ("lead", "post"),
        [
            ("وقالت وزيرة الصحة (يسار الصورة) إن", "وزيرة الصحة"),
            ("وقال المدير (يسار الصورة) للصحفيين إن", "المدير"),
            ("وقال رئيس البلدية (صورة أرشيفية) في مؤتمر صحفي إن", "رئيس البلدية"),
        ],
        ids=["no-name", "told", "occasion"],
    )
    def test_near_misses(self, lead, post) -> None:
        assert _said(lead) == (post, post)


class TestMend26aAliInBrackets:
    """علي last in the brackets after one source of a body or a post is the
    name Ali, the holder's."""

    @pytest.mark.parametrize(
        ("lead", "who", "role"),
        [
            ("وقال مسؤول في الوزارة (محمد علي) إن", "محمد علي", "مسؤول في الوزارة"),
            ("وقال مدير الشركة (محمد علي) إن", "محمد علي", "مدير الشركة"),
            ("وقال المتحدث باسم الخارجية (حسن علي) إن", "حسن علي", "المتحدث باسم الخارجية"),
        ],
        ids=["source", "post", "spokesman"],
    )
    def test_the_name_speaks(self, lead, who, role) -> None:
        assert _said(lead) == (who, role)

    def test_ali_alone_is_no_name(self) -> None:
        # one word in the brackets: not this rule, as before
        who, _role = _said("وقال مسؤول في الوزارة (علي) إن")
        assert who == "مسؤول في الوزارة (علي)"
