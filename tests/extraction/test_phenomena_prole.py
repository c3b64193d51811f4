"""Phenomena of roles and name boundaries found by probing on invented
news text: the one asked after a verb of asking and its subject ("وسأل
المذيع وزير الخارجية X", "وسأل الصحفي رئيس الوزراء: «…؟»، فأجاب Y"),
whose post is his and never the asker's.

Every article here is written for the test, in invented sentences; each
positive test fails without the rule it names.
"""

from claims.extraction import extract
from tests.extraction.helpers import one


def test_the_one_asked_after_the_asker_keeps_his_own_post():
    # "وسأل المذيع وزير الخارجية X": a definite title, then a post in
    # construct with its name: the asker and the one asked, two people; the
    # answer's speaker has the post he was asked with, not "المذيع وزير …"
    text = (
        "وسأل المذيع وزير الخارجية المصري سامح شكري عن السد، فأجاب شكري: «لن نقبل بالأمر الواقع».\n"
    )
    q = one(text, "لن نقبل")
    assert (q.speaker, q.role) == ("سامح شكري", "وزير الخارجية المصري")
    text = (
        "وسألت المذيعة وزير الزراعة الأردني خالد حنيفات: «هل ترتفع أسعار الخضار؟»، "
        "فأجاب: «الأسعار ستستقر بعد الموسم».\n"
    )
    assert one(text, "هل ترتفع").speaker == "المذيعة"
    q = one(text, "الأسعار ستستقر")
    assert (q.speaker, q.role) == ("خالد حنيفات", "وزير الزراعة الأردني")


def test_a_name_answering_a_question_put_to_a_post_holds_that_post():
    # "وسأل الصحفي رئيس الوزراء العراقي: «…؟»، فأجاب السوداني": the name
    # met first after the question is the one asked, no holder of the
    # asker's title
    text = (
        "وسأل الصحفي رئيس الوزراء العراقي: «هل ستنسحب القوات الأجنبية هذا العام؟»، "
        "فأجاب السوداني: «الجدول الزمني سيتم الاتفاق عليه».\n"
    )
    assert one(text, "هل ستنسحب").speaker == "الصحفي"
    q = one(text, "الجدول الزمني")
    assert (q.speaker, q.role) == ("السوداني", "رئيس الوزراء العراقي")
    text = (
        "وسألت المراسلة وزيرة الخارجية الليبية: «متى تجرى الانتخابات؟»، "
        "فردت المنقوش: «حين تتوفر الشروط».\n"
    )
    q = one(text, "حين تتوفر")
    assert (q.speaker, q.role) == ("المنقوش", "وزيرة الخارجية الليبية")


def test_a_name_after_a_bare_question_takes_no_asker_post():
    # the asker's title asked nobody named by a post: the one who answers
    # keeps what the text gives him, never the asker's title
    text = "وسأل المذيع: «هل ستنخفض الأسعار؟»، فأجاب الوزير محمد العلي: «نعمل على ذلك منذ أشهر».\n"
    q = one(text, "نعمل على ذلك")
    assert (q.speaker, q.role) == ("محمد العلي", "الوزير")
    # a nameless post told before a name, no question: the name holds it
    text = (
        "قال وزير المالية الكويتي إن «العجز سيتراجع». "
        "وأضاف أنور الفارس في مؤتمر صحفي: «لا ضرائب جديدة».\n"
    )
    q = one(text, "لا ضرائب")
    assert (q.speaker, q.role) == ("أنور الفارس", "وزير المالية الكويتي")
    assert len(extract(text)) == 2
