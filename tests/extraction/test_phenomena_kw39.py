"""Known weaknesses taken by kw39 (from the top of the seventh session's
list). Every sentence here is invented.

Warning of, after an unnamed source (phrases.scan_np, phrases._indefinite_nisbas,
_Phrases.warns): after a verb of warning (words' _WARN_OF, "حذر", "نبه"), an
unnamed source ("مصدر", "مسؤول", "مصادر") and up to two nisbas with no article
("أمني", "طبية"), من before no body, place or post opens what he warns of,
no word of the source's description. Before, only a bare verbal noun in
construct right after the source ended it, and "مصدر أمني من التصعيد" spoke.
"""

from __future__ import annotations

import pytest

from tests.extraction.helpers import one


def _check(text: str, fragment: str, speaker: str, role: str | None) -> None:
    q = one(text, fragment)
    assert (q.speaker, q.role) == (speaker, role)


class TestWarnedOfAfterAnUnnamedSource:
    @pytest.mark.parametrize(
        "text, fragment, speaker",
        [
            pytest.param(
                "وحذر مصدر أمني من التصعيد قائلا: «الوضع خطير».",
                "الوضع خطير",
                "مصدر أمني",
                id="a-definite-verbal-noun",
            ),
            pytest.param(
                "وحذرت مصادر عسكرية من عواقب الهجوم، وقالت: «الرد سيكون قاسيا».",
                "الرد سيكون",
                "مصادر عسكرية",
                id="a-plural-source-and-a-broken-plural",
            ),
            pytest.param(
                "ونبه مصدر طبي من نقص الأدوية، وقال: «المخزون ينفد».",
                "المخزون ينفد",
                "مصدر طبي",
                id="a-short-nisba",
            ),
            pytest.param(
                "وحذر مسؤول من التصعيد قائلا: «الوضع خطير».",
                "الوضع خطير",
                "مسؤول",
                id="no-nisba",
            ),
            pytest.param(
                "وحذر مسؤول حكومي من خطورة الوضع، وقال: «لا أحد في مأمن».",
                "لا أحد",
                "مسؤول حكومي",
                id="a-noun-in-construct",
            ),
            pytest.param(
                "وحذر مصدر أمني من مغبة التصعيد، مضيفا: «الوضع خطير».",
                "الوضع خطير",
                "مصدر أمني",
                id="before-a-participle",
            ),
        ],
    )
    def test_source_alone(self, text: str, fragment: str, speaker: str) -> None:
        _check(text, fragment, speaker, speaker)

    @pytest.mark.parametrize(
        "text, fragment, speaker",
        [
            pytest.param(
                "وقال مصدر أمني من مديرية الأمن: «الوضع هادئ».",
                "الوضع هادئ",
                "مصدر أمني من مديرية الأمن",
                id="no-warning-a-body",
            ),
            pytest.param(
                "وأكد مسؤول عسكري من القيادة أن «الوضع تحت السيطرة».",
                "تحت السيطرة",
                "مسؤول عسكري من القيادة",
                id="no-warning-a-definite-body",
            ),
            pytest.param(
                "وقال مصدر دبلوماسي من السفارة: «المفاوضات متعثرة».",
                "المفاوضات متعثرة",
                "مصدر دبلوماسي من السفارة",
                id="no-warning-an-embassy",
            ),
            pytest.param(
                "حذر مصدر دبلوماسي من أن «الحرب قادمة».",
                "الحرب قادمة",
                "مصدر دبلوماسي",
                id="warning-that",
            ),
        ],
    )
    def test_near_misses(self, text: str, fragment: str, speaker: str) -> None:
        _check(text, fragment, speaker, speaker)
