"""Review B R9 (parts on dev36rd's e25963f9): a participle with its own
subject in the post (phrases._participle_own_subject).

"رئيس البرلمان المجمدة أشغاله X" was read as one post, but only with the
feminine participle: the masculine, as Arabic allows before a plural
subject ("رئيس البرلمان المجمد أشغاله راشد X"), ended the phrase at the
participle and the post spoke unnamed, the name lost. The masculine is now
the post's word too when a given name (words._GIVEN_NAMES) follows the
noun: without one, "وهنأ رئيس الاتحاد المدرب لاعبيه" (the coach and his
players, objects of the verb) is not read on.

Near misses pin the conditions the review found unpinned (here and in the
classes below): a given name written with a true ه after the participle
("المكلفة أسامه حمدان") is the name, not the participle's subject,
feminine or masculine.
"""

from __future__ import annotations

import pytest

from tests.extraction.helpers import one


def _check(text: str, fragment: str, speaker: str, role: str | None) -> None:
    q = one(text, fragment)
    assert (q.speaker, q.role) == (speaker, role), text


class TestAMasculineParticipleWithItsOwnSubject:
    @pytest.mark.parametrize(
        "text, fragment, speaker, role",
        [
            pytest.param(
                "وقال رئيس البرلمان المجمد أشغاله راشد الغنوشي إن «الانقلاب فشل».",
                "الانقلاب فشل",
                "راشد الغنوشي",
                "رئيس البرلمان المجمد أشغاله",
                id="frozen-masculine",
            ),
            pytest.param(
                "وقال رئيس المجلس المنحل أعماله سمير الحداد إن «الأزمة ستنتهي قريبا».",
                "الأزمة ستنتهي",
                "سمير الحداد",
                "رئيس المجلس المنحل أعماله",
                id="dissolved-masculine",
            ),
            pytest.param(
                "أكد رئيس البرلمان المعلق نشاطه محمد الأمين، أن «الأزمة ستنتهي قريبا».",
                "الأزمة ستنتهي",
                "محمد الأمين",
                "رئيس البرلمان المعلق نشاطه",
                id="suspended-masculine",
            ),
            pytest.param(
                "وقال رئيس البرلمان المجمد عضويته سمير الحداد إن «القرار ظالم».",
                "القرار ظالم",
                "سمير الحداد",
                "رئيس البرلمان المجمد عضويته",
                id="membership-frozen",
            ),
        ],
    )
    def test_post(self, text: str, fragment: str, speaker: str, role: str) -> None:
        _check(text, fragment, speaker, role)

    @pytest.mark.parametrize(
        "text, fragment, speaker, role",
        [
            pytest.param(
                # a given name written with a true ه after the participle: the
                # name, not its subject (pins ``noun not in _GIVEN_NAMES``)
                "وقال رئيس اللجنة المكلفة أسامه حمدان إن «القرار ظالم».",
                "القرار ظالم",
                "أسامه حمدان",
                "رئيس اللجنة المكلفة",
                id="a-given-name-in-true-ha",
            ),
            pytest.param(
                # the masculine, a given name after it: still the name
                "وقال رئيس اللجنة المكلف أسامه محمد إن «القرار ظالم».",
                "القرار ظالم",
                "أسامه محمد",
                "رئيس اللجنة المكلف",
                id="masculine-a-given-name-in-true-ha",
            ),
            pytest.param(
                # the coach and his players, no given name after: not read on
                "وهنأ رئيس الاتحاد المدرب لاعبيه بالفوز، وقال إن «الموسم كان صعبا».",
                "الموسم كان",
                "رئيس الاتحاد المدرب",
                "رئيس الاتحاد المدرب",
                id="the-coach-and-his-players",
            ),
            pytest.param(
                "قال رئيس النادي المدرب لاعبيه الشباب إن «الموسم كان صعبا».",
                "الموسم كان",
                "رئيس النادي المدرب",
                "رئيس النادي المدرب",
                id="no-given-name-after",
            ),
            pytest.param(
                "وقال رئيس الوزراء المكلف تشكيل الحكومة سمير الحداد إن «القرار ظالم».",
                "القرار ظالم",
                "سمير الحداد",
                "رئيس الوزراء المكلف تشكيل الحكومة",
                id="charged-with-forming",
            ),
        ],
    )
    def test_near_miss(self, text: str, fragment: str, speaker: str, role: str) -> None:
        _check(text, fragment, speaker, role)


class TestAnHonorificAfterAPossessedTitleIsTheName:
    """possessed_title (review B R9, the unit's nisba on e25963f9): the
    article word after "رئيسها", "عضو مكتبها" is read as the post's
    adjective when it is no title head, or (a unit) a nisba; an honorific or
    rank (words._HONORIFICS_OR_RANKS, "الدكتور", "الشيخ") is the name's,
    never the post's: "رئيسها الدكتور X" was "الرئيس الدكتور للجبهة"."""

    @pytest.mark.parametrize(
        "text, fragment, speaker, role",
        [
            pytest.param(
                "عقدت الجبهة الشعبية مؤتمرا صحفيا في غزة. وقال عضو مكتبها الدكتور "
                "سمير الحداد إن «الإضراب سيستمر».",
                "الإضراب سيستمر",
                "سمير الحداد",
                "عضو مكتب الجبهة الشعبية",
                id="unit-doctor",
            ),
            pytest.param(
                "عقدت الجبهة الشعبية مؤتمرا صحفيا في غزة. وقال رئيسها الدكتور سمير "
                "الحداد إن «الإضراب سيستمر».",
                "الإضراب سيستمر",
                "سمير الحداد",
                "رئيس الجبهة الشعبية",
                id="head-doctor",
            ),
            pytest.param(
                "اجتمع الاتحاد العام للعمال أمس. وقال رئيسه الدكتور سمير الحداد إن "
                "«الإضراب سيستمر».",
                "الإضراب سيستمر",
                "سمير الحداد",
                "رئيس الاتحاد العام",
                id="his-head-doctor",
            ),
            pytest.param(
                "عقدت الجمعية الوطنية مؤتمرا صحفيا. وقالت رئيستها الدكتورة سهيلة "
                "الحسن إن «الإضراب سيستمر».",
                "الإضراب سيستمر",
                "سهيلة الحسن",
                "رئيسة الجمعية الوطنية",
                id="her-head-doctor",
            ),
        ],
    )
    def test_name(self, text: str, fragment: str, speaker: str, role: str) -> None:
        _check(text, fragment, speaker, role)

    @pytest.mark.parametrize(
        "text, fragment, speaker, role",
        [
            pytest.param(
                # a title head after the unit, no nisba: not the unit's
                # adjective (pins the unit's ``toks[j][-1] == "ي"``)
                "عقدت الجبهة الشعبية مؤتمرا صحفيا في غزة. وقال عضو مكتبها الوزير "
                "سمير الحداد إن «الإضراب سيستمر».",
                "الإضراب سيستمر",
                "سمير الحداد",
                "عضو مكتب الجبهة الشعبية",
                id="unit-minister",
            ),
            pytest.param(
                "اجتمع الاتحاد العام للعمال أمس. وقال رئيس مجلسه النائب سمير الحداد "
                "إن «الإضراب سيستمر».",
                "الإضراب سيستمر",
                "سمير الحداد",
                "رئيس مجلس الاتحاد العام",
                id="unit-deputy",
            ),
            pytest.param(
                "عقدت الحركة الشعبية مؤتمرا صحفيا في غزة. وقال عضو قيادتها المهندس "
                "سمير الحداد إن «الإضراب سيستمر».",
                "الإضراب سيستمر",
                "سمير الحداد",
                "عضو قيادة الحركة الشعبية",
                id="unit-engineer",
            ),
            pytest.param(
                # an adjective of the post is still read as one
                "عقدت الجبهة الشعبية مؤتمرا صحفيا في غزة. وقال رئيسها الجديد سمير "
                "الحداد إن «الإضراب سيستمر».",
                "الإضراب سيستمر",
                "سمير الحداد",
                "الرئيس الجديد للجبهة الشعبية",
                id="a-new-head",
            ),
        ],
    )
    def test_near_miss(self, text: str, fragment: str, speaker: str, role: str) -> None:
        _check(text, fragment, speaker, role)


class TestPersonsInThePluralWithNoCountry:
    """Review B R9 (rev39's f5c742e4, unpinned: ``words[i] in _COUNTRIES``):
    after "رئيس نقابة عمال", only a country is read on as the body's name; a
    given name there opens the holder's name, which rev39's near miss (a
    name of two words) did not reach."""

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            pytest.param(
                "قال رئيس نقابة عمال محمد سمير الحداد إن «العمال لن يقبلوا».",
                "محمد سمير الحداد",
                "رئيس نقابة عمال",
                id="workers-then-a-name-of-three",
            ),
            pytest.param(
                "قال رئيس اتحاد طلاب سمير محمد الحداد إن «العمال لن يقبلوا».",
                "سمير محمد الحداد",
                "رئيس اتحاد طلاب",
                id="students-then-a-name-of-three",
            ),
        ],
    )
    def test_near_miss(self, text: str, speaker: str, role: str) -> None:
        _check(text, "العمال لن", speaker, role)
