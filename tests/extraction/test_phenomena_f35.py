"""Phenomena found by the fresh author's set F35 (``articles_blind40.py``).

Every article here is written for the test, in sentences that are not in
F35's data files; each test fails without the rule it names.
"""

from tests.extraction.helpers import one


def test_a_three_word_name_ending_with_the_article_before_the_post():
    # Gulf names: first name, father's name, then the family name with the
    # article; the post follows with no comma, with or without the article
    text = (
        'وقال حمد سالم النعيمي مدير عام بلدية عجمان: "سننجز الطريق الدائري قبل '
        'نهاية الصيف".\n\n'
        'وأوضح راشد عبدالله الهاجري الرئيس التنفيذي لمجموعة الموانئ أن "حجم '
        'المناولة ارتفع بنسبة كبيرة".\n'
    )
    q = one(text, "سننجز الطريق")
    assert q.speaker == "حمد سالم النعيمي", q
    assert q.role.startswith("مدير عام بلدية عجمان"), q
    q = one(text, "حجم المناولة")
    assert q.speaker == "راشد عبدالله الهاجري", q
    assert q.role.startswith("الرئيس التنفيذي"), q
