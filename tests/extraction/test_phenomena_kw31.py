"""Known weaknesses taken up by kw31 (from the top of the list in the
eighth session of 2026-12-06). Every sentence here is invented.

Pinned, already right on main (1aefe2ae) when taken up:

- dev28s's Maghrebi coach as "الناخب الوطني" ("وأضاف الناخب الوطني
  قائلا:"): the national coach named before goes on under that name, and
  with nobody named the post itself speaks.
- dev28s's when-clause subject speaking in the same sentence ("قال النائب
  X إنه غادر القاعة حين تحدث الوزير Y وقال إن «…»"): Y, the subject of the
  when-clause whose verb of saying is joined to it by و, says the words;
  the main subject's participle after a comma, or the when-clause set off
  by commas, keeps X.

Rule 1 (speakers.subject_after_that): أنّ with its pronoun glued ("إنهم",
"بأنهم", "فإنه") has that pronoun for its clause's subject; the words
after it are its predicate, no subject of a verb that follows them
("وفي رده على من قال إنهم خسروا المعركة قال الوزير X إن «…»" gave the
speaker "خسروا المعركة": the phrase after أنهم was read as the one who
says the words of the verb after it). The bare أنّ keeps its named subject
("أن الوزير X قال إن «…»").
"""

from __future__ import annotations

import pytest

from .helpers import quote_exactly

_LEAD = "القاهرة - أصدرت الوزارة تقريرا جديدا عن الأوضاع في الجنوب.\n\n"
_SPORT = "الرباط - تعادل المنتخب الوطني مع نظيره التونسي أمس في مباراة ودية.\n\n"


class TestKw31NationalSelectorPinned:
    """الناخب الوطني: the national coach named before goes on (pinned)."""

    @pytest.mark.parametrize(
        ("text", "speaker", "role"),
        [
            pytest.param(
                "وقال مدرب المنتخب المغربي رشيد بنعلي إن «الفريق جاهز». وأضاف الناخب "
                "الوطني قائلا: «اللاعبون قدموا مباراة كبيرة».",
                "رشيد بنعلي",
                "مدرب المنتخب المغربي",
                id="coach-of-the-team-before",
            ),
            pytest.param(
                "وقال المدرب وليد بنحمو إن «الفريق جاهز». وأضاف الناخب الوطني قائلا: "
                "«اللاعبون قدموا مباراة كبيرة».",
                "وليد بنحمو",
                "المدرب",
                id="bare-coach-before",
            ),
            pytest.param(
                "وقال وليد بنحمو إن «الفريق جاهز». وأضاف الناخب الوطني قائلا: "
                "«اللاعبون قدموا مباراة كبيرة».",
                "وليد بنحمو",
                "الناخب الوطني",
                id="no-post-before",
            ),
        ],
    )
    def test_the_coach_named_before_goes_on(self, text, speaker, role):
        q = quote_exactly(_SPORT + text, "اللاعبون قدموا مباراة كبيرة")
        assert q.speaker == speaker
        assert q.role == role

    @pytest.mark.parametrize(
        ("text", "speaker", "role"),
        [
            pytest.param(
                "وأضاف الناخب الوطني قائلا: «اللاعبون قدموا مباراة كبيرة».",
                "الناخب الوطني",
                "الناخب الوطني",
                id="nobody-named",
            ),
            pytest.param(
                "وقال الناخب الوطني وليد بنحمو إن «الفريق جاهز». وأضاف بنحمو: "
                "«اللاعبون قدموا مباراة كبيرة».",
                "وليد بنحمو",
                "الناخب الوطني",
                id="named-with-the-post",
            ),
        ],
    )
    def test_near_misses(self, text, speaker, role):
        q = quote_exactly(_SPORT + text, "اللاعبون قدموا مباراة كبيرة")
        assert q.speaker == speaker
        assert q.role == role


class TestKw31WhenClauseSubjectSpeaksPinned:
    """… حين تحدث الوزير Y وقال إن «…»: Y, the when-clause's subject (pinned)."""

    @pytest.mark.parametrize(
        ("text", "speaker", "role"),
        [
            pytest.param(
                "قال النائب سمير حداد إنه غادر القاعة حين تحدث الوزير كمال عيسى وقال "
                "إن «الميزانية لن تتغير».",
                "كمال عيسى",
                "الوزير",
                id="hina-then-wa-qala-inna",
            ),
            pytest.param(
                "وأوضح النائب سمير حداد أنه كان حاضرا عندما وقف رئيس الحكومة كمال عيسى "
                "وقال إن «الميزانية لن تتغير».",
                "كمال عيسى",
                "رئيس الحكومة",
                id="indama-post-of-two-words",
            ),
            pytest.param(
                "وذكرت النائبة سلمى حداد أنها كانت في القاعة حين دخل الوزير كمال عيسى "
                "وقال: «الميزانية لن تتغير».",
                "كمال عيسى",
                "الوزير",
                id="feminine-main-subject-colon",
            ),
        ],
    )
    def test_the_when_clause_subject_speaks(self, text, speaker, role):
        q = quote_exactly(_LEAD + text, "الميزانية لن تتغير")
        assert q.speaker == speaker
        assert q.role == role

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param(
                "قال النائب سمير حداد إنه غادر القاعة حين تحدث الوزير كمال عيسى، مضيفا "
                "أن «الميزانية لن تتغير».",
                id="main-subject-participle",
            ),
            pytest.param(
                "وقال النائب سمير حداد، حين تحدث الوزير كمال عيسى، إن «الميزانية لن تتغير».",
                id="when-clause-in-commas",
            ),
        ],
    )
    def test_near_misses(self, text):
        q = quote_exactly(_LEAD + text, "الميزانية لن تتغير")
        assert q.speaker == "سمير حداد"
        assert q.role == "النائب"


class TestKw31ThatWithItsPronounNamesNoSubject:
    """… على من قال إنهم خسروا المعركة قال الوزير X إن «…»: X, not the
    predicate after أنهم."""

    @pytest.mark.parametrize(
        ("text", "words", "speaker", "role"),
        [
            pytest.param(
                "وفي رده على من قال إنهم خسروا المعركة قال الوزير هشام ناصر إن «البلاد باقية».",
                "البلاد باقية",
                "هشام ناصر",
                "الوزير",
                id="innahum-then-qala-inna",
            ),
            pytest.param(
                "وفي رده على من يقولون إنهم خسروا قال الوزير هشام ناصر: «البلاد باقية».",
                "البلاد باقية",
                "هشام ناصر",
                "الوزير",
                id="innahum-one-word-colon",
            ),
            pytest.param(
                "وتعليقا على من قالوا بأنهم سيقاطعون الانتخابات قال رئيس اللجنة نبيل "
                "فهمي: «الأبواب مفتوحة للجميع».",
                "الأبواب مفتوحة للجميع",
                "نبيل فهمي",
                "رئيس اللجنة",
                id="bi-annahum-post-of-two-words",
            ),
        ],
    )
    def test_the_main_verbs_subject_speaks(self, text, words, speaker, role):
        q = quote_exactly(_LEAD + text, words)
        assert q.speaker == speaker
        assert q.role == role

    @pytest.mark.parametrize(
        ("text", "words", "speaker", "role"),
        [
            pytest.param(
                "وأوضح المتحدث أن الوزير سامي عادل قال إن «الاتفاق سيوقع قريبا».",
                "الاتفاق سيوقع قريبا",
                "سامي عادل",
                "الوزير",
                id="bare-that-named-subject",
            ),
            pytest.param(
                "وذكر المصدر أن المدير العام كريم سعد أبلغ الموظفين أن «الرواتب ستصرف غدا».",
                "الرواتب ستصرف غدا",
                "كريم سعد",
                "المدير العام",
                id="bare-that-subject-tells",
            ),
            pytest.param(
                "وفي رده على من قال إنهم خسروا المعركة، قال الوزير هشام ناصر إن «البلاد باقية».",
                "البلاد باقية",
                "هشام ناصر",
                "الوزير",
                id="comma-before-the-main-verb",
            ),
        ],
    )
    def test_near_misses(self, text, words, speaker, role):
        q = quote_exactly(_LEAD + text, words)
        assert q.speaker == speaker
        assert q.role == role
