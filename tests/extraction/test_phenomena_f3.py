"""Phenomena found by the fresh author's set F3 (``articles_blind8.py``).

Every article here is written for the test, in sentences that are not in
F3's data files; each test fails without the rule it names.
"""

from claims.extraction import normalize
from tests.extraction.helpers import one, same_name


def test_answer_label_of_a_transcript_is_not_the_speaker():
    # "س: …؟ / ج: …": the answers are the interviewee's, introduced in the
    # lead; the label ج (or الجواب) is never a name
    text = (
        "قالت وزيرة البيئة الأردنية، الدكتورة سلمى الخوري، إن الحكومة «ماضية في خطتها».\n\n"
        "س: كيف تقيمين الوضع البيئي اليوم؟\n"
        "ج: الوضع صعب لكننا نعمل بلا توقف على معالجة مصادر التلوث في المدن.\n\n"
        "س: وماذا عن التمويل؟\n"
        "الجواب: التمويل متوفر جزئيا من المانحين ومن الموازنة العامة للدولة.\n"
    )
    for fragment in ("الوضع صعب", "التمويل متوفر"):
        q = one(text, fragment)
        assert same_name(q.speaker, "سلمى الخوري"), q
        assert normalize(q.role) == normalize("وزيرة البيئة الأردنية")
