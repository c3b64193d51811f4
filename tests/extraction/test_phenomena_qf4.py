"""Phenomena of quote finding found on real news (development sets kept
outside the repository, fourth round): short words in marks that are a
clause of the speaker's, marks typed wrong, names in marks that are not
quotes, and the words after a bare title that are no name.

Every article here is written for the test, in invented sentences; each test
fails without the rule it names.
"""

from tests.extraction.helpers import one, same_name


def test_a_derived_verbal_noun_with_a_pronoun_suffix_after_a_bare_title_is_no_name():
    # "جدد الوزير استبعاده رفع الضرائب": the verb's object after a bare
    # title, never a name; a later "وقال الوزير" is the minister named before
    text = (
        "وأعلن وزير المالية سامر الخطيب مساء الأحد عن خطة جديدة. "
        "وجدد الوزير استبعاده رفع الضرائب هذا العام.\n"
        'وقال الوزير إن "الأسعار ستبقى كما هي".'
    )
    q = one(text, "الأسعار ستبقى")
    assert q.speaker == "سامر الخطيب", q
    text = (
        "وأكدت وزيرة الصحة ليلى منصور أن المستشفيات جاهزة. "
        "وأكدت الوزيرة استعدادها لزيارة الجنوب.\n"
        'وقالت الوزيرة إن "الأدوية متوفرة".'
    )
    assert one(text, "الأدوية متوفرة").speaker == "ليلى منصور"
    text = (
        "وأكدت وزيرة الصحة ليلى منصور أن المستشفيات جاهزة. "
        "وأعلنت الوزيرة اعتزامها زيارة الجنوب.\n"
        'وقالت الوزيرة إن "الأدوية متوفرة".'
    )
    assert one(text, "الأدوية متوفرة").speaker == "ليلى منصور"


def test_a_name_of_that_shape_without_a_suffix_stays_a_name():
    q = one('وأكد الوزير اسامه القاسم أن "الطريق سيفتح قريبا".', "الطريق سيفتح")
    assert same_name(q.speaker, "اسامه القاسم"), q
