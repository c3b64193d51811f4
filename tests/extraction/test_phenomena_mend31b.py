"""Findings of review B (rev34, kw33, kw33b on main), mended (mend31b).
Every sentence here is invented; one class per rule."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import said_by


class TestTitleAfterOutletAfterSayingVerb:
    """ "وقالت الصحيفة الناطقة باسم الحزب إن «…»": after قال and its kin,
    which take no object, a title after a definite outlet is its adjective
    ("the paper speaking for the party"), never the verb's object as after
    وصف/اتهم; neither is a title followed by باسم. The speaker was cut to
    the outlet alone."""

    @pytest.mark.parametrize(
        "text, fragment, speaker",
        [
            pytest.param(
                "وقالت الصحيفة الناطقة باسم الحزب إن «الوزير سيستقيل قريبا».",
                "الوزير سيستقيل",
                "الصحيفة الناطقة باسم الحزب",
                id="the-paper-speaking-for-the-party",
            ),
            pytest.param(
                'وأضافت الإذاعة الناطقة باسم الجيش أن "القوات تقدمت نحو المدينة".',
                "القوات تقدمت",
                "الإذاعة الناطقة باسم الجيش",
                id="the-radio-of-the-army-added",
            ),
            pytest.param(
                "وقالت الوكالة الناطقة باسم الحكومة: «الانتخابات في موعدها».",
                "الانتخابات في موعدها",
                "الوكالة الناطقة باسم الحكومة",
                id="the-agency-of-the-government-colon",
            ),
        ],
    )
    def test_the_title_is_the_outlets(self, text, fragment, speaker):
        assert said_by(text, fragment)[0] == speaker

    @pytest.mark.parametrize(
        "text, fragment, speaker",
        [
            pytest.param(
                "ووصفت البرقية الوزير بأنه «رجل المرحلة».",
                "رجل المرحلة",
                "البرقية",
                id="a-cable-describes-the-minister",
            ),
            pytest.param(
                "ووصفت الوكالة الوزير بأنه «رجل المرحلة».",
                "رجل المرحلة",
                "الوكالة",
                id="an-agency-describes-the-minister",
            ),
        ],
    )
    def test_the_object_after_describe_stays_out(self, text, fragment, speaker):
        assert said_by(text, fragment)[0] == speaker
