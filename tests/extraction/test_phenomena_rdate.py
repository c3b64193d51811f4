"""Phenomena found reading the date and quote-finding misses of the real
development sets (rdate).

Every article here is written for the test, in sentences that are not in
those sets; each test fails without the rule it names.
"""

from tests.extraction.helpers import one, quotes_of


def test_today_and_its_weekday_with_the_date_in_brackets_date_the_lead():
    # "اليوم الأحد (14 نيسان 2024)": the lead tells which day "today" is,
    # its date in brackets; the account after it is of that day
    text = (
        "أخبار المحافظات\n"
        "نفى مصدر في شرطة المحافظة، اليوم الأحد (9 حزيران 2024)، وقوع إصابات في "
        "حادث السوق الشعبي.\n"
        'وقال المصدر في حديث لـ"الوكالة"، إن "الحريق اندلع في مخزن للأقمشة '
        'وتمت السيطرة عليه خلال ساعة".\n'
    )
    q = one(text, "الحريق اندلع")
    assert q.date == "2024-06-09", q


def test_a_weekday_counts_back_from_a_date_given_in_brackets_after_its_weekday():
    # "أمس الخميس (16 يوليو 2015)" then "قال ليل الأربعاء": the narrative
    # counts in weekdays from the date in brackets after its weekday
    text = (
        "أعلن مسؤول في الميناء أمس الخميس (9 يوليو/ تموز 2015) أن «السفن عادت "
        "إلى الرسو».\n"
        "وكان وزير النقل سالم العامري قال مساء الأربعاء للصحافيين إن الطواقم "
        "«ستستأنف العمل خلال أيام».\n"
    )
    q = one(text, "ستستأنف العمل")
    assert q.date == "2015-07-08", q


def test_a_cue_after_a_comma_leaves_the_that_clause_before_it():
    # "شدد X أن …، وقال الوزير أمس …": the أنّ clause ends where a verb of
    # saying opens a clause of its own after a comma; its "أمس" dates it
    text = (
        "الأحد 14 مايو 2023\n"
        "أكد وزير الزراعة نادر السالم أن الموسم الماضي كان أصعب من المتوقع، "
        "وقال الوزير أمس في لقاء مع المزارعين: «لقد تجاوزنا مرحلة الجفاف».\n"
    )
    q = one(text, "تجاوزنا مرحلة الجفاف")
    assert q.date == "2023-05-13", q


def test_the_date_a_remembrance_names_is_not_the_statements():
    # "خلال منتدى لإحياء ذكرى مجازر 8 ماي 1945 قال X": the date is of the
    # event remembered, not of the forum where the words were said
    text = (
        "وخلال ندوة خصصت لإحياء ذكرى مجازر، 8 ماي، 1945 قال المؤرخ سليم بن عمار "
        "«لا بد من فتح الأرشيف كاملا أمام الباحثين».\n"
    )
    q = one(text, "فتح الأرشيف")
    assert q.date is None, q


def test_a_statement_in_the_clause_after_a_dated_statement_is_of_its_time():
    # "دعا X، مساء الاثنين 7 مارس 2022، إلى … فيما اعتبره «…»": the date is
    # in the clause of the sentence's first verb, the words quoted later in
    # the sentence are of that statement
    text = (
        "دعا رئيس البلدية كمال الفارسي، مساء الاثنين 7 مارس/آذار 2022، إلى مراجعة "
        "عقود النظافة فيما اعتبره «إهدارا صريحا للمال العام».\n"
    )
    q = one(text, "إهدارا صريحا")
    assert q.date == "2022-03-07", q


def test_a_cue_told_in_the_that_clause_of_a_dated_verb_takes_not_its_date():
    # "ذكرت الصحيفة يوم … أن الوزير قال «…»": the day is of the report,
    # not of the words it reports
    text = (
        "ذكرت صحيفة محلية يوم الخميس 16 يوليو 2015 أن الوزير سامر الحلبي قال "
        "لمقربين منه «الحكومة لن تصمد طويلا».\n"
    )
    q = one(text, "الحكومة لن تصمد")
    assert q.date is None, q


def test_while_after_a_dated_quote_goes_on_in_its_sentence():
    # "أكد X يوم … أن «…» فيما قال Y: «…»": the quote's closing mark does
    # not end the sentence's time; Y speaks at the time X's verb was dated
    text = (
        "أكد مصدر في الهلال الأحمر للصحافيين يوم الخميس 16 يوليو 2015 أن «القافلة "
        "وصلت إلى البلدة» فيما قال رئيس البلدية سامر الحلبي: «الطريق ما زال خطرا».\n"
    )
    q = one(text, "الطريق ما زال خطرا")
    assert q.date == "2015-07-16", q


def test_unclosed_words_end_before_a_participle_of_saying_after_a_comma():
    # "أكدت الشركة أنها “لم ترفع الأسعار، مشددة على …": the mark is never
    # closed; the participle after the comma is the narrator's, not hers
    text = (
        "وأكدت الشركة الوطنية للكهرباء في بيان أنها “لم ترفع أسعار الاشتراك هذا "
        "العام، مشددة على ضرورة استقاء الأخبار من مصادرها الرسمية.\n"
    )
    q = one(text, "لم ترفع أسعار")
    assert q.text == "لم ترفع أسعار الاشتراك هذا العام", q


def test_words_after_a_colon_run_on_to_the_lone_mark_that_closes_them():
    # "قال X: … . … ».": no opening mark, the closing one ends the words,
    # which the first full stop did not
    text = (
        "قال المدرب فهد العتيبي: لا بد أن نلعب مباريات كهذه بتركيز أكبر. لقد قدمنا "
        "شوطا أول جيدا، لكننا افتقدنا الحلول في الهجوم». وغادر الفريق الملعب.\n"
    )
    q = one(text, "لا بد أن نلعب")
    assert q.text.endswith("افتقدنا الحلول في الهجوم"), q


def test_words_in_marks_coordinated_with_a_quotation_are_quoted_too():
    # "مرددات «…» و«…»": the second cry, joined by و to the first, is words
    # said as the first is, though no cue stands right before it
    text = (
        "وعقب النطق بالحكم، صرخت أمهات المتهمين، مرددات «حسبنا الله في من ظلمنا» "
        "و«الله ينتقم منكم»، ووقعت حالات إغماء بينهن.\n"
    )
    q = one(text, "الله ينتقم منكم")
    assert q.text == "الله ينتقم منكم", q


def test_the_same_statement_named_again_keeps_its_date():
    # "وجاء في ذات البيان «…»": the statement quoted just before, dated
    # there, even when the text named it again in between without a date
    text = (
        "قالت وزارة الصحة في بيان يوم الأربعاء 4 مايو 2022 إن «الوضع الوبائي "
        "مستقر»، وفق بلاغ الوزارة.\n"
        "وجاء في ذات البيان أن «حملة التلقيح ستتواصل في كل الولايات».\n"
    )
    q = one(text, "حملة التلقيح ستتواصل")
    assert q.date == "2022-05-04", q


def test_a_source_named_in_marks_after_according_to_is_no_quote():
    # "وبحسب "الرأي"، فإن …": the outlet named right after its preposition
    text = (
        'وبحسب "الرأي"، فإن الوزارة ستعلن قرارها الأسبوع المقبل.\n'
        'وقال وزير التربية سالم العنزي إن "القرار نهائي".\n'
    )
    texts = [q.text for q in quotes_of(text)]
    assert "الرأي" not in texts, texts


def test_a_name_in_marks_before_a_negated_verb_is_the_thats_subject():
    # "فإن "الأجهزة الرقابية" لم تفصح": the that-clause's subject named in
    # marks, its verb negated after them
    text = 'وقالت الصحيفة إن "الأجهزة الرقابية" لم تفصح عن نتائج التحقيق حتى الآن.\n'
    texts = [q.text for q in quotes_of(text)]
    assert "الأجهزة الرقابية" not in texts, texts


def test_an_account_after_a_colon_that_hands_over_to_marks_is_no_quote():
    # "ويقول: طلب X من Y أن ينقل "…"": the colon opens the writer's account,
    # whose verb of conveying hands over to the words in marks
    text = (
        "ويمضي الموقع في عرض البرقية ويقول: طلب الوزير من السفير الأمريكي أن ينقل "
        '"رغبة بلاده القوية في توسيع التعاون العسكري خلال العام المقبل".\n'
    )
    texts = [q.text for q in quotes_of(text)]
    assert texts == ["رغبة بلاده القوية في توسيع التعاون العسكري خلال العام المقبل"], texts


def test_a_cable_told_of_before_its_date_takes_the_date_given_later():
    # "أفادت برقية أن X قال «…»" … "وبحسب البرقية التي تحمل تاريخ …": the
    # cable the lead quotes is dated two sentences on
    text = (
        "أفادت برقية أميركية نشرها موقع ويكيليكس أن وزير المالية سالم الدوسري قال "
        "لدبلوماسي أميركي «الإصلاحات لن تمر هذا العام».\n"
        "وكانت الحكومة قد وعدت بخطة تقشف شاملة.\n"
        "وبحسب البرقية التي تحمل تاريخ 12 آذار/مارس 2009 فإن الوزير أبدى تشاؤما كبيرا.\n"
    )
    q = one(text, "الإصلاحات لن تمر")
    assert q.date == "2009-03-12", q
