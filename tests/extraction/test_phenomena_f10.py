"""Phenomena found by the fresh author's set F10 (``articles_blind15.py``).

Every article here is written for the test, in sentences that are not in
F10's data files; each test fails without the rule it names.
"""

from claims.extraction import normalize
from tests.extraction.helpers import one, quotes_of


def _texts(text):
    return [normalize(q.text) for q in quotes_of(text)]


def test_a_name_led_by_its_bare_label_noun_where_a_noun_stands_is_no_quote():
    # after a preposition, glued or not, and as the subject of أنّ with its
    # verb right after the marks: a programme, a decree, a party
    text = (
        'وطالب المحتجون بالاستفادة من "برنامج الدعم الاستثنائي لفائدة الأسر المتضررة" '
        "في القرى. "
        'وكان التجار قد أضربوا ضد ما عرف يومها بـ"قانون الضريبة الموحدة على المحلات" قبل سحبه. '
        'ويذكر أن "حركة البناء الوطني" شاركت في الانتخابات السابقة. '
        'وقال رئيس الجمعية محمد الطاهري إن "الدعم لم يصل إلى مستحقيه في القرى".'
    )
    texts = _texts(text)
    for name in (
        "برنامج الدعم الاستثنائي لفائدة الأسر المتضررة",
        "قانون الضريبة الموحدة على المحلات",
        "حركة البناء الوطني",
    ):
        assert normalize(name) not in texts, texts
    one(text, "الدعم لم يصل")


def test_a_body_named_in_marks_inside_the_apposition_is_part_of_the_role():
    # "NAME، منسق «تنسيقية …»،": the title's genitive is a name in marks
    text = (
        'وقال محمد العلوي، منسق "تنسيقية المعطلين بالجهة"، في تصريح للموقع: "لن نتراجع عن مطالبنا".'
    )
    q = one(text, "لن نتراجع")
    assert q.speaker == "محمد العلوي", q
    assert normalize(q.role) == normalize('منسق "تنسيقية المعطلين بالجهة"'), q


def test_a_title_then_an_honorific_and_a_name_in_commas_is_learnt_outside_speech():
    # "غير أن TITLE …، الحاج X، يرى أن …" with no quote: the man and his post
    # are learnt, so his surname after the next quote has the role
    text = (
        "غير أن رئيس الجمعية الوطنية لمنتجي الزيتون، الحاج صالح بوعزيز، يرى أن الأزمة أعمق. "
        '"الفلاح يبيع بأقل من سعر الكلفة"، يقول بوعزيز.'
    )
    q = one(text, "الفلاح يبيع")
    assert q.speaker == "صالح بوعزيز", q
    assert normalize(q.role) == normalize("رئيس الجمعية الوطنية لمنتجي الزيتون"), q


def test_the_number_of_a_university_is_part_of_the_post():
    # "بجامعة الجزائر 3، الدكتور X،": the number ends the post, not the phrase
    text = (
        "ويرى أستاذ القانون الدستوري بجامعة قسنطينة 1، الدكتور رياض بن عمار، "
        'أن "التعديل لم يكن ضروريا".'
    )
    q = one(text, "التعديل لم يكن")
    assert q.speaker == "رياض بن عمار", q
    assert normalize(q.role) == normalize("أستاذ القانون الدستوري بجامعة قسنطينة 1"), q


def test_a_lead_that_says_which_day_today_is_dates_today_later():
    # "… اليوم الأربعاء 3 ديسمبر 2025 …" in the lead, no dateline: a later
    # "صباح اليوم", "اليوم" is that day
    text = (
        "قررت السلطات المحلية إغلاق الطريق الساحلية اليوم الجمعة 5 ديسمبر 2025 "
        "بسبب ارتفاع منسوب المياه.\n\n"
        'وقال أحمد الزواري، وهو تاجر بالسوق المركزية، للإذاعة صباح اليوم: "المحلات غمرتها المياه".'
    )
    q = one(text, "المحلات غمرتها")
    assert q.date == "2025-12-05", q


def test_a_protest_lead_dates_the_words_given_on_its_sidelines():
    # "نظم … صباح الخميس 4 دجنبر 2025 وقفة احتجاجية": a protest is a
    # gathering, the date nearest it (not the earthquake's) is its date, and
    # a statement to the outlet "على هامش الوقفة" is given there; an
    # anonymous source and a written question are not
    text = (
        "نظم العشرات من ضحايا فيضانات 12 مارس 2024، صباح الاثنين 1 دجنبر 2025، "
        "وقفة احتجاجية أمام مقر العمالة.\n\n"
        "وقال رشيد البقالي، رئيس جمعية الضحايا، في تصريح للجريدة على هامش الوقفة: "
        '"لم نتوصل بأي تعويض".\n\n'
        'في المقابل، أكد مصدر مسؤول بالعمالة أن "التعويضات ستصرف قريبا".\n\n'
        "وكانت النائبة سعاد المرابط قد وجهت سؤالا كتابيا إلى الوزير تساءلت فيه: "
        '"متى ستصرف التعويضات؟".'
    )
    assert one(text, "لم نتوصل").date == "2025-12-01"
    assert one(text, "التعويضات ستصرف").date is None
    assert one(text, "متى ستصرف").date is None


def test_a_date_in_the_speakers_relative_clause_is_not_the_quotes():
    # "قال X، النقابي السابق الذي سجن سنة 2008، إن": the year tells of the
    # man, not of his words, nor of the documents the sentence opens with;
    # "النقابي" (the unionist) is a title
    text = (
        "وفي تعليق على هذه التسريبات قال سالم الهمامي، النقابي السابق بالمظيلة "
        'الذي اعتقل سنة 2010، إن "الوثائق تؤكد روايتنا".'
    )
    q = one(text, "الوثائق تؤكد")
    assert q.date is None, q
    assert normalize(q.role) == normalize("النقابي السابق بالمظيلة"), q


def test_a_title_possessed_by_the_body_just_named_takes_its_name():
    # "عبرت الجمعية … عن دعمها، وقال رئيسها X": her president is the
    # association's; not "رئيسة X" (a woman president, ة folded to ه)
    text = (
        "ومن جهتها عبرت الجمعية التونسية لحماية المستهلك عن رفضها للقرار، "
        'وقال رئيسها كمال الدريدي إن "الأسعار خط أحمر".\n\n'
        'وقالت رئيسة الهيئة سلمى العياري إن "القانون واضح".'
    )
    q = one(text, "الأسعار خط")
    assert q.speaker == "كمال الدريدي", q
    assert normalize(q.role) == normalize("رئيس الجمعية التونسية لحماية المستهلك"), q
    q = one(text, "القانون واضح")
    assert q.speaker == "سلمى العياري", q


def test_the_governor_walī_is_not_and_to():
    # "والي" folds like "و + إلى" (and to): as a phrase head it is the title
    text = (
        'واعتبرت النقابة أن "الوضع خطير". أما والي سوسة، كريم الجلاصي، فقد صرح '
        'بأن "الملف سيعرض على الوزارة".'
    )
    q = one(text, "الملف سيعرض")
    assert q.speaker == "كريم الجلاصي", q
    assert normalize(q.role) == normalize("والي سوسة"), q


def test_a_document_of_a_body_in_construct_speaks_for_the_body():
    # "تقرير لجنة المالية", "بيان وزارة الصحة": the body is the genitive
    text = 'وأكد تقرير لجنة المالية أن "تقديرات النمو مبالغ فيها".'
    q = one(text, "تقديرات النمو")
    assert normalize(q.speaker) == normalize("لجنة المالية"), q


def test_a_document_of_a_body_in_construct_as_the_subject_before_an_aside():
    # "تقرير لجنة …، الذي تلاه مقررها النائب X، نبه إلى أن": not the reader
    text = (
        "وناقش النواب مشروع القانون. غير أن تقرير لجنة الفلاحة والتجارة، الذي تلاه "
        'مقررها النائب سمير الورغي، نبه إلى أن "عددا من الفصول غير دستوري".'
    )
    q = one(text, "عددا من الفصول")
    assert normalize(q.speaker) == normalize("لجنة الفلاحة والتجارة"), q
