"""A review's mend (rev22, seventh session of 2026-12-05).

After جاء, the agent of a noun of saying, then where he said it opened by
a comma that no second comma closes before أنّ ('وجاء تأكيد الحكومة، في
بيان رسمي أن', 'وجاء تأكيد الوزارة، في بيان نشرته أمس أن'): kw21b's
speakers.where_said read the phrase only in two commas, and the words had
no speaker. A comma before the phrase alone sets it off as well. Not the
people warned ('وجاء تحذير المواطنين، في البيان من أن'), nor after a noun
glued to بـ ('ورحبت النقابة بإعلان الحكومة، في بيانها أن': the subject
keeps the words).
"""

from __future__ import annotations

from tests.extraction.helpers import one

V = "«التفاوض هو السبيل الوحيد لإنهاء الخلاف القائم منذ سنوات»"


def test_the_agent_after_came_then_a_phrase_after_one_comma() -> None:
    for sentence, who in (
        (f"وجاء تأكيد الحكومة، في بيان رسمي أن {V}.", "الحكومة"),
        (f"وجاء تأكيد الوزارة، في بيان نشرته أمس أن {V}.", "الوزارة"),
        (f"وجاء تأكيد النقابة، خلال اجتماعها الطارئ أن {V}.", "النقابة"),
        (f"وجاء تأكيد وزير الداخلية، في تصريح صحفي أن {V}.", "وزير الداخلية"),
    ):
        q = one(sentence, "التفاوض هو السبيل")
        assert (q.speaker or q.role) == who, (sentence, q.speaker, q.role)


def test_near_misses_the_people_warned_or_after_ba() -> None:
    for sentence, who in (
        (f"وجاء تحذير المواطنين، في البيان من أن {V}.", None),
        (f"ورحبت النقابة بإعلان الحكومة، في بيانها أن {V}.", "النقابة"),
        (f"ورحبت الرابطة بإعلان الحكومة، خلال اجتماعها أمس أن {V}.", "الرابطة"),
    ):
        q = one(sentence, "التفاوض هو السبيل")
        assert q.speaker == who, (sentence, q.speaker)
