"""What is quoted (dev8c, 2026-12-04).

Three words in marks inside the that-clause of a verb of saying with no
subject of its own, a participle going on from the sentence before
("مؤكدا أن البلاد ستبقى «وجهة مفضلة للمستثمرين» في المنطقة", "مضيفا أن
كلام المعارضين هو من قبيل «التمني لا الوعد»"), after the clause's subject
and its verb, a copula pronoun or an adverb: the clause's predicate in the
speaker's words, kept as with a verb that has its subject (they were let
go as a name).  Not right after أنّ ("مؤكدا أن «حركة الشباب الوطني»
رفضت", the clause's subject named in marks), nor after a definite noun
("مضيفا أن الحزب «التجمع الوطني للأحرار» سيشارك", a name in apposition).

Every sentence here is invented. The positive tests fail before the rule
they test; the negative ones hold the near misses where it must not fire.
"""

import pytest

from claims.extraction import extract
from tests.extraction.helpers import said

_LEAD = "وقال الوزير سمير النجار إن «المفاوضات تتقدم ببطء». "


@pytest.mark.parametrize(
    "text, start",
    [
        (
            _LEAD + "مؤكدا أن البلاد ستبقى دائما «وجهة مفضلة للمستثمرين» في المنطقة.",
            "وجهة مفضلة",
        ),
        (
            _LEAD + "مضيفا أن كلام المعارضين هو من قبيل «التمني لا الوعد» ليس إلا.",
            "التمني لا الوعد",
        ),
        (
            _LEAD + "مشددا على أن أهم ما حققته الحكومة هو «تحرير الأسعار تدريجيا» خلال العام.",
            "تحرير الأسعار",
        ),
    ],
)
def test_three_words_in_a_subjectless_cue_that_clause_are_said(text, start):
    q = said(text, start)
    assert q.speaker == "سمير النجار"


@pytest.mark.parametrize(
    "text, name",
    [
        (_LEAD + "مؤكدا أن «حركة الشباب الوطني» رفضت العرض.", "حركة الشباب الوطني"),
        (_LEAD + "مضيفا أن الحزب «التجمع الوطني للأحرار» سيشارك في الحكومة.", "التجمع الوطني"),
        (_LEAD + "مشيرا إلى أن الوفد شارك في «منتدى الشباب العربي» بالقاهرة.", "منتدى الشباب"),
    ],
)
def test_a_name_in_marks_in_the_that_clause_is_no_quote(text, name):
    assert not [q for q in extract(text) if q.text.startswith(name)]
