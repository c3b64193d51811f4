"""Who said it, and as what (dev8b, 2026-12-04).

وإذ opening a clause ("وإذ اعتبر أن «…»، رأى أن «…»": while he held that
…, he saw that …) is a conjunction of time and circumstance, never a name
before the verb: the speaker before goes on, as after إذ alone.  A subject
named after the verb ("وإذ اعتبرت الوزيرة X أن") still speaks.
"""

from __future__ import annotations

from tests.extraction.helpers import said


def test_wa_idh_opening_a_clause_is_no_name() -> None:
    text = (
        'قال وزير الزراعة كمال ناصر في مؤتمر صحفي إن "الموسم واعد". '
        'وإذ اعتبر ان "الري يحتاج إلى دعم عاجل"، رأى أنه "من الضروري '
        'تحديث السدود الصغيرة".'
    )
    for start in ("الري يحتاج", "من الضروري"):
        q = said(text, start)
        assert q.speaker == "كمال ناصر"
        assert q.role == "وزير الزراعة"


def test_wa_idh_leaves_a_subject_named_after_the_verb() -> None:
    # near miss: the verb after وإذ names its own subject, who speaks
    text = (
        'قال وزير الزراعة كمال ناصر إن "الموسم واعد". وإذ اعتبرت وزيرة '
        'المالية سلمى راشد أن "الدعم مكلف"، رأت أنه "من الأفضل تأجيله".'
    )
    for start in ("الدعم مكلف", "من الأفضل"):
        assert said(text, start).speaker == "سلمى راشد"
