"""Review B's R2 on dev34r's 3fa731fe (rule 3, engine.run), after mend34b's
f91b0b0c, mended by mend34d. Every sentence here is invented.

The head of state's post in construct with the state ("رئيس الجمهورية",
"رئيسة الدولة"), no name, after a speaker named with no post, was merged
into that speaker even when the post is the subject of its own new verb of
saying with its own quote ("وقال خالد سالم إن «…». وقال رئيس الجمهورية
إن «…»"), and the speaker's earlier quote took the role too. A person the
text names in full (a given name, then the family name) with no post, then
"وقال رئيس الجمهورية إن «…»": two people, as at base. The post is still
the speaker's where the sentence carries on his words (أضاف/تابع …, or a
participle after the post: "وأكد رئيس الجمهورية على …، قائلا: «…»"), and
where the speaker is named by his family name alone ("قال الزبيدي"), as the
press names a head of state it need not introduce (dev34r's and mend34b's
cases).
"""

from __future__ import annotations

import pytest

from tests.extraction.helpers import one


def _check(text: str, fragment: str, speaker: str, role: str | None) -> None:
    q = one(text, fragment)
    assert (q.speaker, q.role) == (speaker, role)


_SALEM = (
    "وقال خالد سالم إن «الأسعار مرتفعة جدا». "
    "وقال رئيس الجمهورية في خطاب متلفز إن «الحكومة ستخفض الأسعار»."
)
_SOUAD = "وقالت سعاد خالد إن «الأسعار مرتفعة جدا». وقالت رئيسة الدولة إن «الحكومة ستخفض الأسعار»."
_HADDAD = (
    "قال سمير الحداد لوكالة الأنباء: «المصانع أغلقت أبوابها».\n"
    "وأعلن رئيس الجمهورية أن «الدولة ستدعم المصانع المتضررة»."
)


class TestTheHeadOfStateSpeaksForHimself:
    @pytest.mark.parametrize(
        "text, fragment, speaker, role",
        [
            pytest.param(_SALEM, "الحكومة ستخفض", "رئيس الجمهورية", "رئيس الجمهورية", id="r2-pres"),
            pytest.param(_SALEM, "الأسعار مرتفعة", "خالد سالم", None, id="r2-pres-earlier-quote"),
            pytest.param(_SOUAD, "الحكومة ستخفض", "رئيسة الدولة", "رئيسة الدولة", id="r2-state"),
            pytest.param(_SOUAD, "الأسعار مرتفعة", "سعاد خالد", None, id="r2-state-earlier-quote"),
            pytest.param(
                _HADDAD, "الدولة ستدعم", "رئيس الجمهورية", "رئيس الجمهورية", id="announced"
            ),
            pytest.param(_HADDAD, "المصانع أغلقت", "سمير الحداد", None, id="announced-earlier"),
        ],
    )
    def test_another_person(self, text: str, fragment: str, speaker: str, role: str | None) -> None:
        _check(text, fragment, speaker, role)

    @pytest.mark.parametrize(
        "text, fragment, speaker, role",
        [
            pytest.param(
                "قال خالد سالم: «بلادنا تجاوزت أصعب مرحلة».\n"
                "وأكد رئيس الجمهورية على أهمية الوحدة الوطنية، قائلا: «لن نسمح بتقسيم البلاد».",
                "لن نسمح",
                "خالد سالم",
                "رئيس الجمهورية",
                id="carries-on-with-a-participle",
            ),
            pytest.param(
                "قالت سعاد خالد: «المرأة شريكة في البناء».\n"
                "وأضافت رئيسة الدولة أن «المستقبل للشباب».",
                "المستقبل للشباب",
                "سعاد خالد",
                "رئيسة الدولة",
                id="goes-on",
            ),
            pytest.param(
                "قال الحداد: «المصانع أغلقت أبوابها».\n"
                "وأعلن رئيس الجمهورية أن «الدولة ستدعم المصانع المتضررة».",
                "الدولة ستدعم",
                "الحداد",
                "رئيس الجمهورية",
                id="family-name-alone",
            ),
        ],
    )
    def test_near_misses_the_speaker_holds_it(
        self, text: str, fragment: str, speaker: str, role: str
    ) -> None:
        _check(text, fragment, speaker, role)
