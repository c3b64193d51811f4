"""Mid-session review (rev23, eighth session of 2026-12-05): wrong answers a
rule of this session made (right at its start, wrong after). Every sentence
here is invented.

1. e6c29b78's one relayed put first ('وعن وزارة الخارجية نقلت الوكالة
   تأكيدها أن') read any body after وعن as the speaker, whatever the
   pronoun of the noun of saying: 'وعن الحكومة الجديدة نقلت الصحيفة قوله'
   (about the new government, the paper relayed HIS words) gave the
   government. A body whose head is feminine (ة) is no 'he': with a
   masculine pronoun it is what was talked about, and the outlet relays
   as before. Not with the feminine pronoun ('… تأكيدها'), nor a masculine
   body ('وعن المجلس الوطني … قوله').
"""

from __future__ import annotations

from tests.extraction.helpers import one

V = "«المشروع سيخدم آلاف الأسر في المنطقة خلال السنوات المقبلة»."
BEFORE = "وقال الوزير سامي الخطيب: «لن نتراجع أبدا عن مطالبنا المشروعة في هذه المرحلة»."


def _said(lead: str) -> tuple[str | None, str | None]:
    q = one(f"{lead} {V}", "المشروع سيخدم")
    return q.speaker, q.via


def test_a_feminine_body_put_first_with_his_pronoun_is_a_topic() -> None:
    for lead in (
        f"{BEFORE} وعن الحكومة الجديدة نقلت الصحيفة قوله:",
        f"{BEFORE} وعن الحكومة الجديدة، نقلت الصحيفة قوله إن",
        f"{BEFORE} وعن وزارة المالية نقلت الصحيفة تأكيده أن",
        f"{BEFORE} وعن الشركة الوطنية نقلت الصحيفة قوله:",
    ):
        assert _said(lead)[0] == "الصحيفة", (lead, _said(lead))


def test_near_misses_a_body_of_its_own_pronoun_put_first() -> None:
    for lead, who in (
        ("وعن الحكومة الجديدة نقلت الصحيفة قولها:", "الحكومة الجديدة"),
        ("وعن وزارة المالية نقلت الصحيفة تأكيدها أن", "وزارة المالية"),
        ("وعن المجلس الوطني نقلت الصحيفة قوله:", "المجلس الوطني"),
    ):
        assert _said(lead) == (who, "الصحيفة"), (lead, _said(lead))
