"""Roles by reference found in the real development sets (local only, never
committed): a person's capacity told at another mention of the same person.

Every article here is written for the test, in sentences that are not in
those sets; each test fails without the rule it names.
"""

from tests.extraction.helpers import one


def test_a_bare_definite_title_is_the_person_introduced_with_it_in_construct():
    # "قنصل المغرب في ليون، X،" then "وأضاف القنصل": the title alone with
    # the article is the one introduced with it in construct, with his post
    text = (
        "أكد قنصل المغرب في ليون، هشام الدباغ، أن القنصلية ستفتح أبوابها يوم السبت.\n"
        "وأضاف القنصل: «سنستقبل المواطنين دون موعد مسبق طيلة الصيف».\n"
    )
    q = one(text, "سنستقبل المواطنين")
    assert q.speaker == "هشام الدباغ", q
    assert q.role == "قنصل المغرب في ليون", q


def test_the_bare_president_is_not_the_head_of_a_party_named_before():
    # "الرئيس" alone is the head of state, not "رئيس الحزب X" told before
    text = (
        "قال رئيس حزب الأمل سمير الجبالي إن الانتخابات ستجرى في موعدها.\n"
        "وقال الرئيس في خطاب متلفز: «لن نؤجل أي استحقاق دستوري».\n"
    )
    q = one(text, "لن نؤجل أي استحقاق")
    assert q.speaker != "سمير الجبالي", q


def test_a_name_after_a_titles_comma_at_the_sentences_end_is_the_titled_person():
    # "أجرت القناة مقابلة مع رئيس المجلس البلدي، X." then "وقال X": the name
    # set off after the title's comma, ending the sentence, is the person
    # the title describes, for the later mention
    text = (
        "وأجرت الإذاعة حوارا مطولا مع رئيس المجلس البلدي للمدينة، سمير الحربي.\n"
        'وقال الحربي إن "أشغال الطريق ستنتهي قبل الشتاء".\n'
    )
    q = one(text, "أشغال الطريق")
    assert q.speaker == "سمير الحربي", q
    assert q.role == "رئيس المجلس البلدي للمدينة", q


def test_a_post_coordinated_after_the_post_of_a_name_is_the_same_persons():
    # "X نائب رئيس الحكومة ووزير النقل" then "وتابع وزير النقل والمواصلات":
    # the second post, joined with و to the post told after the name and
    # with no name of its own, is the same person's; the later mention by
    # that post (its full name) is that person, with both posts
    text = (
        "أكد الدكتور سامي الكافي نائب رئيس الحكومة ووزير النقل أن الطرقات آمنة.\n"
        'وتابع وزير النقل والمواصلات: "لا خوف على المسافرين هذا الصيف".\n'
    )
    q = one(text, "لا خوف على المسافرين")
    assert q.speaker == "سامي الكافي", q
    assert q.role == "نائب رئيس الحكومة ووزير النقل", q


def test_a_post_with_a_name_after_it_is_a_second_person():
    # "X رئيس الحزب ووزير المالية Y": a name after the second post, two people
    text = 'وقال سامي الكافي رئيس الحزب ووزير المالية عادل الشريف إن "الوضع صعب".\n'
    q = one(text, "الوضع صعب")
    assert q.role == "رئيس الحزب", q
