"""Phenomena found by the fresh author's set F17 (``articles_blind22.py``).

Every article here is written for the test, in sentences that are not in
F17's data files; each test fails without the rule it names.
"""

from tests.extraction.helpers import one, same_name


def test_the_engineer_abbreviation_with_a_space_opens_the_name():
    # "مدير … م. فلان": the abbreviated honorific (engineer) followed by a
    # space is no full stop; the name after it is the speaker
    text = (
        'عمان 3-4-2025 - قال مدير شركة الكهرباء الوطنية م. سامي حداد، اليوم الخميس، إن "الأحمال '
        'بلغت ذروة غير مسبوقة هذا الأسبوع". وأضاف حداد أن "الشبكة ستصمد رغم الضغط".\n'
    )
    q = one(text, "الأحمال بلغت")
    assert same_name(q.speaker, "سامي حداد"), q
    assert q.role == "مدير شركة الكهرباء الوطنية", q
    q = one(text, "الشبكة ستصمد")
    assert q.role == "مدير شركة الكهرباء الوطنية", q
