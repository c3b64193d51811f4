"""Mends of reviewer A's final read of dev27s and dev27r (mend27a); every
sentence here is invented.

1. A name ending in علي before a demonstrative glued to بـ or لـ ("الوزير
   محمد علي بهذه الخطوة"): علي folds to the preposition على, and the glued
   demonstrative (lexicon.GLUED_DEMONSTRATIVES, in NP_STOP since dev27s)
   made it one; على takes no بـ or لـ after it, so Ali is the name's.
2. A post in construct through a glued demonstrative before the name ("وقال
   المدير العام لهذه الشركة X Y"): inside a post with no name yet, the
   demonstrative and its definite noun are the post's, the name next.
3. A family name that is a plural of people (dev27r's break) before a title
   joined by و ("X التجار والوزير Y") or before إلى جانب ("X الشباب إلى
   جانب …"): the name's, not the verb's object.
4. After the particle of a subjectless opening verb, a noun that takes no
   genitive ("وعلق على تويتر الممثل X": a platform, a noun with a pronoun,
   an adverb of على) leaves the title and name after it the verb's subject
   (dev27s's object region ends at the noun).
"""

from __future__ import annotations

import pytest

from tests.extraction.helpers import quote_exactly

_WORDS = "إنها بداية جيدة"


def _check(text, words, speaker, role):
    q = quote_exactly(text, words)
    assert (q.speaker, q.role, q.date) == (speaker, role, None)
    assert text[q.start : q.end] == words


class TestAliBeforeAGluedDemonstrative:
    """علي before بهذه, لذلك … stays the name's."""

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            (
                f"وأشاد رئيس الوزراء محمد علي بهذه الخطوة، قائلا «{_WORDS}».",
                "محمد علي",
                "رئيس الوزراء",
            ),
            (f"وأشاد الرئيس حسن علي لذلك، قائلا «{_WORDS}».", "حسن علي", "الرئيس"),
            (
                f"وأشادت الوزيرة فاطمة علي بهذه الخطوة، قائلة «{_WORDS}».",
                "فاطمة علي",
                "الوزيرة",
            ),
            (f"وقال رئيس الوزراء محمد علي لهذه القناة: «{_WORDS}».", "محمد علي", "رئيس الوزراء"),
            (f"وقال الوزير محمد علي بذلك، «{_WORDS}».", "محمد علي", "الوزير"),
        ],
    )
    def test_the_name_keeps_ali(self, text, speaker, role):
        _check(text, _WORDS, speaker, role)

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            # (no demonstrative: as before)
            (
                f"وأشاد رئيس الوزراء محمد علي بالخطوة، قائلا «{_WORDS}».",
                "محمد علي",
                "رئيس الوزراء",
            ),
            # (another name before the demonstrative: still cut there)
            (f"وأشاد الوزير سامي فرح بهذه الخطوة، قائلا «{_WORDS}».", "سامي فرح", "الوزير"),
            # (the preposition after a title: no name)
            (f"وعلق الوزير على ذلك، قائلا «{_WORDS}».", "الوزير", "الوزير"),
        ],
    )
    def test_near_misses(self, text, speaker, role):
        _check(text, _WORDS, speaker, role)


class TestPostInConstructThroughAGluedDemonstrative:
    """ "المدير العام لهذه الشركة X Y": the post goes on to the name."""

    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            (
                "وقال المدير العام لهذه الشركة أحمد حسن: «الأرباح ارتفعت».",
                "الأرباح ارتفعت",
                "أحمد حسن",
                "المدير العام لهذه الشركة",
            ),
            (
                "وقال المسؤول المكلف بهذه المهمة سعيد كريم: «العمل سينتهي قريبا».",
                "العمل سينتهي قريبا",
                "سعيد كريم",
                "المسؤول المكلف بهذه المهمة",
            ),
            (
                "وقالت المديرة التنفيذية لهذه المؤسسة سلمى يوسف إن «الأرباح ارتفعت».",
                "الأرباح ارتفعت",
                "سلمى يوسف",
                "المديرة التنفيذية لهذه المؤسسة",
            ),
            (
                "وقال الرئيس المؤسس لهذا النادي كمال عيسى: «الأرباح ارتفعت».",
                "الأرباح ارتفعت",
                "كمال عيسى",
                "الرئيس المؤسس لهذا النادي",
            ),
        ],
    )
    def test_the_name_after_the_post_speaks(self, text, words, speaker, role):
        _check(text, words, speaker, role)

    @pytest.mark.parametrize(
        "text, words",
        [
            # (no name after the demonstrative's noun: the verb's complement)
            (f"وأشاد الوزير بهذه الخطوة، قائلا «{_WORDS}».", _WORDS),
            ("وأشاد الوزير بهذه الخطوة مؤكدا أن «الأمور تسير جيدا».", "الأمور تسير جيدا"),
            ("وقال الوزير لهذه الصحيفة إن «الأسعار سترتفع».", "الأسعار سترتفع"),
            ("وقال الوزير لهذه الصحيفة مساء أمس إن «الأسعار سترتفع».", "الأسعار سترتفع"),
            ("ورحب الوزير بهذه المبادرة معتبرا أنها «خطوة جيدة».", "خطوة جيدة"),
        ],
    )
    def test_near_misses(self, text, words):
        _check(text, words, "الوزير", "الوزير")


class TestPeoplePluralFamilyNameBeforeAnotherSubject:
    """ "X التجار والوزير Y", "X الشباب إلى جانب …": a family name."""

    @pytest.mark.parametrize(
        "text, speaker",
        [
            ("وقال محمد التجار والوزير أحمد حسن إن «الوضع تحت السيطرة».", "محمد التجار"),
            ("وقال علي الشباب إلى جانب الوزير أحمد حسن إن «الوضع تحت السيطرة».", "علي الشباب"),
            ("وقال سامي الشباب والنائبة سلمى يوسف إن «الوضع تحت السيطرة».", "سامي الشباب"),
            (
                "وقال كريم التجار إلى جانب رئيس البلدية أحمد حسن إن «الوضع تحت السيطرة».",
                "كريم التجار",
            ),
        ],
    )
    def test_the_family_name_stays(self, text, speaker):
        _check(text, "الوضع تحت السيطرة", speaker, None)

    @pytest.mark.parametrize(
        "then",
        [
            # (dev27r's own: the people called on, before إلى/على or a
            # definite noun joined by و that is no title)
            "ودعا أحمد حسن الأهالي والتجار إلى الهدوء، قائلا",
            "ودعا أحمد حسن الشباب إلى المشاركة، قائلا",
            "وحث أحمد حسن الشباب على المشاركة، قائلا",
        ],
    )
    def test_near_misses(self, then):
        text = f"أكد الوزير أحمد حسن أن الموسم كان صعبا.\n{then} «الوضع تحت السيطرة».\n"
        _check(text, "الوضع تحت السيطرة", "أحمد حسن", "الوزير")


class TestNounWithNoGenitiveAfterTheOpeningVerbsParticle:
    """ "وعلق على تويتر الممثل X": a platform, a noun with a pronoun or an
    adverb of على after the particle takes no genitive; the title and name
    after it are the verb's subject, who speaks."""

    _BEFORE = "انتقد المخرج كريم يوسف لجنة المهرجان.\n"
    _WORDS = "إنه لا يستحق الجائزة هذا العام"

    @pytest.mark.parametrize(
        "then",
        [
            "وعلق على تويتر الممثل سامي فرح قائلا",
            "وعلق على فيسبوك الممثل سامي فرح قائلا",
            "وعلق على حسابه الممثل سامي فرح قائلا",
            "وعلق على عجل الممثل سامي فرح قائلا",
        ],
    )
    def test_the_subject_after_it_speaks(self, then):
        text = f"{self._BEFORE}{then} «{self._WORDS}».\n"
        _check(text, self._WORDS, "سامي فرح", "الممثل")

    @pytest.mark.parametrize(
        "then",
        [
            # (a bare noun in construct with the person: dev27s's object)
            "وعلق على اختيار الممثل سامي فرح قائلا",
            "وعلق على مشاركة الممثل سامي فرح قائلا",
            # (a long vowel before ه: no pronoun)
            "وأشار إلى اتجاه الممثل سامي فرح قائلا",
            "وعلق على الممثل سامي فرح قائلا",
        ],
    )
    def test_near_misses(self, then):
        text = f"{self._BEFORE}{then} «{self._WORDS}».\n"
        _check(text, self._WORDS, "كريم يوسف", "المخرج")
