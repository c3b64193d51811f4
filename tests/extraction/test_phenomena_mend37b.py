"""Mends of review B's findings R1, R2 and R9 (mend37b, 2026-12-07) on the
rev40 rules: أما's person past a word glued to لـ, an occasion fronted
after a cable, words told to an outlet after a cable. Every sentence and
name here is invented."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import one


class TestANewSubjectInLamAfterAmmasPerson:
    """ "أما المتهم سامي حداد، فقالت لجنة التحقيق إن «…»": after أما's
    person, a body or a post whose head begins with ل ("لجنة", "لاعب"), a
    given name in ل ("لبيب"), or any subject after a feminine verb that a
    man's post cannot take, is the فـ verb's own subject, the one who
    speaks; أما's topic was made the speaker (R1)."""

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                "أما المتهم سامي حداد، فقالت لجنة التحقيق إن «الأدلة ضده قوية».",
                "لجنة التحقيق",
                id="a-committee",
            ),
            pytest.param(
                "أما المتهم الثاني في القضية، فقالت لجنة التحقيق: «الأدلة ضده قوية».",
                "لجنة التحقيق",
                id="a-committee-colon",
            ),
            pytest.param(
                "أما الوزير سامي حداد، فقال لاعب المنتخب كريم يوسف إن «الأدلة ضده قوية».",
                "كريم يوسف",
                id="a-player",
            ),
            pytest.param(
                "أما الرئيس السابق، فقال لبيب حداد إن «الأدلة ضده قوية».",
                "لبيب حداد",
                id="a-given-name-in-lam",
            ),
            pytest.param(
                "أما المحامي سامي حداد، فقالت لمياء يوسف: «الأدلة ضده قوية».",
                "لمياء يوسف",
                id="a-womans-name-in-lam",
            ),
        ],
    )
    def test_the_verbs_subject_speaks(self, text, speaker) -> None:
        assert one(text, "الأدلة").speaker == speaker, text

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                "أما أبو محمد، وهو من سكان الحي، فقال لعنب بلدي: «الأدلة ضده قوية».",
                "أبو محمد",
                id="an-outlet",
            ),
            pytest.param(
                "أما المحامية سارة يوسف، فقالت لتوت بلدي إن «الأدلة ضده قوية».",
                "سارة يوسف",
                id="a-woman-and-her-feminine-verb",
            ),
            pytest.param(
                "أما سارة يوسف، فقالت لعنب بلدي: «الأدلة ضده قوية».",
                "سارة يوسف",
                id="a-name-and-a-feminine-verb",
            ),
            pytest.param(
                "أما الوزير سامي حداد، فقال لحسن الداودي: «الأدلة ضده قوية».",
                "لحسن الداودي",
                id="a-lam-first-name",
            ),
        ],
    )
    def test_near_miss(self, text, speaker) -> None:
        assert one(text, "الأدلة").speaker == speaker, text

    @pytest.mark.parametrize(
        "subject",
        [
            pytest.param("لوران فابيوس", id="a-foreign-name"),
            pytest.param("لعرايشي سالم", id="a-family-name-in-lam"),
        ],
    )
    def test_a_verb_of_its_own_after_the_fa_clause(self, subject) -> None:
        """ "أما الوزير X فغادر القاعة، وقال لـ… Y": the verb with و after
        the فـ clause has a subject of its own (R10: the فـ is pinned)."""
        text = f"أما الوزير سامي حداد فغادر القاعة غاضبا، وقال {subject} إن «الجلسة انتهت»."
        assert one(text, "الجلسة").speaker == subject


_CABLE = (
    "كشفت برقية أرسلتها السفارة الأمريكية في صنعاء في 17 أغسطس 2009 أن الوزير عبدالكريم "
    "ناصر الحيمي قال للسفير إن «التنظيم يستغل غياب الدولة». "
)


class TestATalkWithTheCablesEnvoyFronted:
    """ "وفي حديث للسفير الأمريكي، قال الحيمي إن «…»": after a cable that
    told of him, a talk or call fronted with the cable's envoy or embassy
    is the meeting the cable tells, its date (it took none); an interview
    or a dialogue (مقابلة, حوار) with an outlet fronted is his own, no cable
    date (it took the cable's) (R2)."""

    @pytest.mark.parametrize(
        "opening",
        [
            pytest.param("وفي حديث للسفير الأمريكي، قال الحيمي إن", id="talk-to-the-envoy"),
            pytest.param("وفي حديث للسفير، أوضح الحيمي أن", id="talk-bare-envoy"),
            pytest.param("وفي اتصال هاتفي مع السفير، قال الحيمي إن", id="call-with-the-envoy"),
            pytest.param("وفي تصريح للسفارة، قال الحيمي إن", id="statement-to-the-embassy"),
        ],
    )
    def test_the_cables_date(self, opening) -> None:
        quote = one(f"{_CABLE}{opening} «تلك المرحلة شهدت أخطاء».", "تلك")
        assert (quote.speaker, quote.date) == ("عبدالكريم ناصر الحيمي", "2009-08-17")

    @pytest.mark.parametrize(
        "opening",
        [
            pytest.param("وفي مقابلة مع «القدس العربي»، قال الحيمي إن", id="interview"),
            pytest.param("وفي حوار مع «القدس العربي»، قال الحيمي إن", id="dialogue"),
            pytest.param("وفي حديث لـ«الشرق الأوسط»، قال الحيمي إن", id="talk-to-an-outlet"),
        ],
    )
    def test_his_own_occasion(self, opening) -> None:
        quote = one(f"{_CABLE}{opening} «تلك المرحلة شهدت أخطاء».", "تلك")
        assert (quote.speaker, quote.date) == ("عبدالكريم ناصر الحيمي", None)


class TestWordsToAnOutletNamedOtherwise:
    """ "وقال الوزير لصحيفة «…» إن", "وقال الحيمي أمس لصحيفة", "وأكد
    الحيمي، في حديثه لصحيفة «…»، أن": after a cable that told of him,
    words told to an outlet after his post, a day of now or his own talk
    are the outlet's, no cable date (they took it) (R9)."""

    @pytest.mark.parametrize(
        "opening",
        [
            pytest.param("وقال الوزير لصحيفة «الشرق الأوسط» إن", id="after-his-post"),
            pytest.param("وقال الحيمي أمس لصحيفة «الشرق الأوسط» إن", id="after-yesterday"),
            pytest.param("وأكد الحيمي، في حديثه لصحيفة «الشرق الأوسط»، أن", id="in-his-talk-to"),
            pytest.param("وقال الحيمي في تصريحاته للصحيفة إن", id="in-his-statements"),
        ],
    )
    def test_no_cable_date(self, opening) -> None:
        quote = one(f"{_CABLE}{opening} «تلك المرحلة شهدت أخطاء».", "تلك")
        assert (quote.speaker, quote.date) == ("عبدالكريم ناصر الحيمي", None)

    @pytest.mark.parametrize(
        "opening",
        [
            pytest.param("وقال الوزير للسفير إن", id="post-told-the-envoy"),
            pytest.param("وقال الحيمي في حديثه للسفير إن", id="his-talk-to-the-envoy"),
            pytest.param("وقال الحيمي أمس لنظيره إن", id="yesterday-to-his-counterpart"),
        ],
    )
    def test_near_miss(self, opening) -> None:
        quote = one(f"{_CABLE}{opening} «تلك المرحلة شهدت أخطاء».", "تلك")
        assert quote.date == "2009-08-17"


@pytest.mark.parametrize(
    "opening",
    [
        pytest.param("وفي حوار مطول ضمن برنامج «ضيف الصباح»، قال حداد:", id="dialogue-in-a-show"),
        pytest.param("وفي مقابلة مطولة ضمن البرنامج، قال حداد:", id="interview-in-the-show"),
    ],
)
def test_the_interview_that_dated_him_fronted(opening) -> None:
    """ "وفي حوار مطول ضمن برنامج «…»، قال X:": an interview fronted with no
    one it is with (مع, لـ) is the one his earlier words were dated by, its
    date (R2's near miss)."""
    text = (
        "أكد وزير الفلاحة سامي حداد، صباح اليوم الإثنين 12 يناير 2026، أن المجلس صادق "
        f"على المخطط بعد «نقاشات طويلة». {opening} «المخطط يعطي الجهة نصيبها»."
    )
    assert one(text, "المخطط يعطي").date == "2026-01-12"
