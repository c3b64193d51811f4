"""Known weaknesses taken up by kw30 (from the top of the list in the
seventh session of 2026-12-06). Every sentence here is invented.

Rule 1 (phrases.cue_at): after في, the masculine verbal noun of relaying
with its owner's pronoun, "في نقله عن X", is read as the feminine and the
plural are ("في نقلها عن X", dev27s): the one relayed after عن, a person, a
title, a source or an outlet, said the words, as after "نقلا عن". The
spelling "نقله" is also the verb with its resumptive pronoun ("بحسب ما
نقله X"), a relay only after ما, and that test returned before the
prepositional cue was tried, so a masculine document ("وتابع التقرير في
نقله عن X «…»") kept the words. Near misses: carrying him by a way ("في
نقله عن طريق البحر"), the verb with no في ("رفض نقله عن مكانه"), the
resumptive after ما.
"""

from __future__ import annotations

import pytest

from .helpers import quote_exactly

_LEAD = "القاهرة - أصدرت الوزارة تقريرا جديدا عن الأوضاع في الجنوب.\n\n"


class TestKw30InHisRelayingFrom:
    """في نقله عن X «…»: X's words, as with نقلها and نقلا عن."""

    @pytest.mark.parametrize(
        ("text", "words", "speaker", "role"),
        [
            pytest.param(
                "وتابع التقرير في نقله عن السفير سامي الحلواني «إن الحكومة لن تتراجع».",
                "إن الحكومة لن تتراجع",
                "سامي الحلواني",
                "السفير",
                id="report-ambassador-named",
            ),
            pytest.param(
                "وأضاف البيان في نقله عن مصدر أمني: «لم تسجل أي إصابات في صفوف المدنيين».",
                "لم تسجل أي إصابات في صفوف المدنيين",
                "مصدر أمني",
                "مصدر أمني",
                id="statement-unnamed-source-colon",
            ),
            pytest.param(
                "وذكر المحضر في نقله عن القاضي كريم منصور أن «الجلسة مؤجلة إلى الشهر المقبل».",
                "الجلسة مؤجلة إلى الشهر المقبل",
                "كريم منصور",
                "القاضي",
                id="minutes-judge-that",
            ),
            pytest.param(
                "وتابعت الوثيقة في نقله عن الوزيرة ليلى حداد «لن نقبل بهذا الحل أبدا».",
                "لن نقبل بهذا الحل أبدا",
                "ليلى حداد",
                "الوزيرة",
                id="feminine-document-masculine-pronoun",
            ),
        ],
    )
    def test_the_one_relayed_speaks(self, text, words, speaker, role):
        q = quote_exactly(_LEAD + text, words)
        assert q.speaker == speaker
        assert q.role == role

    @pytest.mark.parametrize(
        ("text", "words", "speaker", "role"),
        [
            pytest.param(
                "وأكد الوزير ماجد العلي أن الجيش ساهم في نقله عن طريق البحر: «العملية نجحت».",
                "العملية نجحت",
                "ماجد العلي",
                "الوزير",
                id="carried-by-sea",
            ),
            pytest.param(
                "ورفض الطبيب نادر الخطيب نقله عن سريره، وقال «حالته لا تسمح بذلك».",
                "حالته لا تسمح بذلك",
                "نادر الخطيب",
                "الطبيب",
                id="the-verb-with-no-fi",
            ),
            pytest.param(
                "وقال الوزير ماهر يوسف، بحسب ما نقله عنه المتحدث، «لن نتراجع عن الإصلاح».",
                "لن نتراجع عن الإصلاح",
                "ماهر يوسف",
                "الوزير",
                id="resumptive-after-ma",
            ),
        ],
    )
    def test_near_misses(self, text, words, speaker, role):
        q = quote_exactly(_LEAD + text, words)
        assert q.speaker == speaker
        assert q.role == role
