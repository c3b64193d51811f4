"""The role the engine gives a speaker: the title or capacity the text
gives him, and no more of the words around it.

Every article here is invented for the test.
"""

from tests.extraction.helpers import one


def test_addressee_glued_to_lam_after_a_bare_definite_title():
    # a bare title with the article, then one word glued to لـ and the words
    # said: the one spoken to, no genitive of the title
    q = one('وقال القاضي للدفاع: "التزم بموضوع القضية ولا تخرج عنه أبدا".', "التزم بموضوع")
    assert (q.speaker, q.role) == ("القاضي", "القاضي"), q
    q = one('وقال المدرب للاعبيه إن "المباراة المقبلة صعبة جدا علينا".', "المباراة المقبلة")
    assert (q.speaker, q.role) == ("المدرب", "المدرب"), q
    q = one('وقالت المحامية للمحكمة: "موكلي بريء من كل التهم الموجهة إليه".', "موكلي بريء")
    assert (q.speaker, q.role) == ("المحامية", "المحامية"), q


def test_bare_title_told_something_is_the_person_introduced_with_it():
    q = one(
        "قاطع القاضي كمال حسين الدباغ، رئيس محكمة جنايات الإسكندرية، أمس، "
        "أحد المحامين عن المتهمين في القضية.\n\n"
        'وقال القاضي للدفاع: "التزم بموضوع القضية ولا تخرج عنه أبدا".',
        "التزم بموضوع",
    )
    assert (q.speaker, q.role) == ("كمال حسين الدباغ", "رئيس محكمة جنايات الإسكندرية"), q


def test_genitive_glued_to_lam_stays_with_the_title():
    # after an adjective, before more words, after an indefinite title or
    # before a name in commas, the word glued to لـ is the post's genitive
    q = one('وقال الأمين العام للحزب: "سنشارك في الانتخابات المقبلة بقوائم كاملة".', "سنشارك")
    assert q.role == "الأمين العام للحزب", q
    q = one(
        'وقال المستشار للشؤون الاقتصادية: "سنشارك في الانتخابات المقبلة بقوائم كاملة".',
        "سنشارك",
    )
    assert q.role == "المستشار للشؤون الاقتصادية", q
    q = one('وقال مستشار للرئيس إن "الحكومة ستشارك في الانتخابات المقبلة".', "الحكومة ستشارك")
    assert q.speaker == "مستشار للرئيس", q
    q = one(
        'وقال المستشار للرئيس، كمال الدباغ، إن "الحكومة ستشارك في الانتخابات المقبلة".',
        "الحكومة ستشارك",
    )
    assert (q.speaker, q.role) == ("كمال الدباغ", "المستشار للرئيس"), q
    q = one('وقال المبعوث للأمم المتحدة إن "الحكومة ستشارك في الانتخابات المقبلة".', "الحكومة")
    assert q.role == "المبعوث للأمم المتحدة", q
