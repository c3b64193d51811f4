"""Phenomena found by the fresh author's set F5 (``articles_blind10.py``).

Every article here is written for the test, in sentences that are not in
F5's data files; each test fails without the rule it names.
"""

from claims.extraction import normalize
from tests.extraction.helpers import one


def test_title_with_a_regional_post_glued_to_b_before_the_name():
    # Tunisian and Algerian titles name where the post is held after the
    # title's genitive: "المندوب الجهوي للفلاحة بصفاقس X", "المدير الجهوي
    # للصحة بسوسة العميد X", "رئيس الجمعية الجهوية لمربي الماشية بباجة X"
    text = (
        'وقال المندوب الجهوي للفلاحة بالمهدية كريم العياري إن الصابة "ستكون قياسية هذا '
        'الموسم رغم قلة الأمطار".\n\n'
        'وأكد المدير الجهوي للصحة بسوسة العميد رضا الجلاصي أن المستشفى "سيستقبل كل '
        'الحالات دون استثناء".\n\n'
        'وقالت رئيسة الجمعية الجهوية لمربي الماشية بباجة الزهرة بن عمر إن "الأعلاف '
        'أصبحت أغلى من الماشية نفسها".'
    )
    q = one(text, "ستكون قياسية")
    assert q.speaker == "كريم العياري", q
    assert normalize(q.role) == normalize("المندوب الجهوي للفلاحة بالمهدية")
    q = one(text, "سيستقبل كل")
    assert q.speaker == "رضا الجلاصي", q
    assert normalize(q.role) == normalize("المدير الجهوي للصحة بسوسة")
    q = one(text, "الأعلاف أصبحت")
    assert q.speaker == "الزهرة بن عمر", q
    assert normalize(q.role) == normalize("رئيسة الجمعية الجهوية لمربي الماشية بباجة")


def test_coordinated_title_with_its_place_before_the_name():
    # "الباحث والمحاضر بالجامعة اللبنانية X": the second title's place
    text = (
        "ويرى المحلل السياسي والمحاضر بالجامعة الأردنية سامر الخطيب أن الحكومة «لن "
        "تصمد أمام الضغط الشعبي طويلا»."
    )
    q = one(text, "لن تصمد")
    assert q.speaker == "سامر الخطيب", q
    assert normalize(q.role) == normalize("المحلل السياسي والمحاضر بالجامعة الأردنية")


def test_weekday_before_a_date_without_its_year_tells_the_year():
    # "يوم الخميس 27 نوفمبر" far from the lead's full date: the weekday
    # matches the narrative's year
    text = (
        "صادق مجلس الوزراء يوم الثلاثاء 3 جوان 2025 على مشروع قانون المالية "
        "التعديلي، بعد نقاش دام عدة ساعات حول الموارد والنفقات الجديدة.\n\n"
        "وتتواصل في الأثناء المشاورات بين الكتل النيابية حول التعديلات المقترحة، "
        "في ظل خلاف حاد حول الضرائب الجديدة على الشركات الصغرى والمتوسطة، وحول "
        "حجم الاقتراض الداخلي الذي تعول عليه الحكومة لسد العجز.\n\n"
        "ويرى عدد من المتابعين للشأن الاقتصادي أن الحكومة مطالبة بإصلاحات عميقة "
        "في منظومة الدعم وفي المؤسسات العمومية، وأن الحلول الظرفية لم تعد كافية "
        "لمواجهة تراجع النمو وارتفاع نسبة البطالة لدى الشباب وحاملي الشهادات العليا "
        "في الجهات الداخلية التي تعاني منذ سنوات من نقص الاستثمار العمومي والخاص.\n\n"
        "وقال وزير الاقتصاد كمال الصغير، خلال الجلسة العامة المنعقدة يوم الخميس 12 "
        "جوان، إن الحكومة «لن ترفع الأسعار قبل نهاية السنة»."
    )
    q = one(text, "لن ترفع")
    assert q.date == "2025-06-12", q


def test_web_timestamp_with_a_bar_is_a_dateline():
    # "السبت 18 أكتوبر 2025 | 10:35" heading a radio's web report fixes اليوم
    text = (
        "الأحد 9 مارس 2025 | 08:10\n\n"
        "قال رئيس البلدية سامي الغربي في تصريح اليوم إن الأشغال «ستنتهي قبل الصيف»."
    )
    q = one(text, "ستنتهي قبل")
    assert q.date == "2025-03-09", q


def test_weekday_of_a_date_told_is_not_relative_to_the_dateline():
    # "تعليق الدروس يوم الاثنين 20 أكتوبر": the weekday belongs to the date of
    # the decision told, not a "Monday" counted back from the dateline
    text = (
        "الجمعة 7 نوفمبر 2025 | 12:00\n\n"
        "قررت الإدارة تأجيل الامتحانات إلى يوم الاثنين 17 نوفمبر، وفق بلاغ جاء فيه: "
        "«تقرر تأجيل الامتحانات حفاظا على سلامة الجميع»."
    )
    q = one(text, "تقرر تأجيل")
    assert q.date != "2025-11-03", q


def test_lead_gathering_dated_by_the_timestamp_dates_the_account():
    # a web timestamp, a headline quote, then a lead "… اليوم الثلاثاء …
    # خلال زيارة …": the quotes of the visit take the timestamp's day, but
    # not a reaction given to the outlet afterwards
    text = (
        "الثلاثاء 4 مارس 2025 - 11:00\n\n"
        'وزير الفلاحة: "الموسم سيكون جيدا"\n\n'
        "أعلن وزير الفلاحة سليم العيادي، اليوم الثلاثاء، عن إجراءات جديدة لدعم "
        "الفلاحين، خلال زيارة عمل إلى ولاية جندوبة.\n\n"
        'وقال العيادي إن "الدولة ستتكفل بنصف كلفة البذور هذا الموسم".\n\n'
        'وفي أول رد فعل، قال رئيس نقابة الفلاحين نور الدين الحاج إن "الإجراءات '
        'جاءت متأخرة كثيرا".'
    )
    q = one(text, "ستتكفل بنصف")
    assert q.date == "2025-03-04", q
    q = one(text, "جاءت متأخرة")
    assert q.date is None, q


def test_pluperfect_subject_title_first_then_name_in_commas():
    # "وكان ROLE، NAME، قد صرح": the role may hold a complement with عن or a
    # body's name in marks; the subject is not the last speaker
    text = (
        'وقال الوزير علي منصوري إن "المشروع سيكتمل في الصيف".\n\n'
        'وكان النائب عن ولاية وهران، سمير بلحاج، قد تساءل في جلسة سابقة: "أين '
        'ذهبت الأموال المرصودة؟".\n\n'
        'وكان المدير العام لشركة "سونلغاز"، كريم داودي، قد صرح في وقت سابق أن '
        '"الربط بالكهرباء سيتأخر قليلا".'
    )
    q = one(text, "أين ذهبت")
    assert q.speaker == "سمير بلحاج", q
    assert normalize(q.role) == normalize("النائب عن ولاية وهران")
    q = one(text, "الربط بالكهرباء")
    assert q.speaker == "كريم داودي", q


def test_speaker_named_again_later_in_a_dated_account_keeps_its_date():
    # the minister quoted at a dated visit, other voices without a date in
    # between, then "قال الوزير X" again: the same visit
    text = (
        "وقال وزير النقل سعيد حمدي، خلال زيارة تفقد إلى ميناء عنابة يوم الاثنين 3 "
        'مارس 2025، إن "الأشغال ستنتهي قبل الصيف".\n\n'
        'ويقول أحد العمال: "لم نتقاض أجورنا منذ شهرين".\n\n'
        'ويضيف عامل آخر: "نحن ننتظر الوعود منذ سنوات".\n\n'
        'وتقول إحدى الساكنات: "الطريق مغلق منذ الشتاء".\n\n'
        'وتضيف جارتها: "أطفالنا يمشون ساعة كل صباح".\n\n'
        'ويقول سائق شاحنة: "ننتظر ساعات أمام البوابة".\n\n'
        'ويقول صاحب مقهى: "الزبائن لم يعودوا يأتون".\n\n'
        'وردا على سؤال للصحفيين، قال حمدي: "المقاولات المتأخرة ستدفع غرامات".'
    )
    q = one(text, "المقاولات المتأخرة")
    assert q.date == "2025-03-03", q


def test_maghrebi_first_name_with_the_article_after_a_title():
    # "وزير الصحة الطاهر القلال": الطاهر opens the name, so the bare title
    # "الوزير" later is that person
    text = (
        "استقبل رئيس الحكومة أمس وزير التجارة الحبيب العوادي، بحضور عدد من "
        "المسؤولين.\n\n"
        'وقال الوزير إن "الأسعار ستعرف استقرارا خلال الأشهر القادمة".'
    )
    q = one(text, "الأسعار ستعرف")
    assert q.speaker == "الحبيب العوادي", q
    assert normalize(q.role) == normalize("وزير التجارة")


def test_verbal_noun_glued_to_b_after_a_bare_title_is_the_object():
    # "تعهد الوزير بتقديم «…»": بتقديم is what he pledged, not a name
    text = (
        "وقال وزير النقل سعيد حمدي إن «الخط سيفتح قريبا». وفي ختام الجلسة، تعهد "
        "الوزير بتقديم «تقرير شامل عن المشروع»، قائلا: لن نخفي شيئا عن المواطنين."
    )
    q = one(text, "لن نخفي شيئا")
    assert q.speaker == "سعيد حمدي", q


def test_a_statement_speaks_for_its_issuer():
    # "وجاء في البيان:" after the sentence that told who issued it: a body
    # that speaks in it, or the body after the verb that opens a clause
    text = (
        'وفي بيان وصلت "الشروق" نسخة منه، طالبت النقابة الوطنية للأطباء بـ"فتح '
        'حوار جدي". وجاء في البيان: "لن نتراجع عن الإضراب ما لم تستجب الوزارة".\n\n'
        "وفي سياق آخر، قررت المندوبية الجهوية للتربية بسوسة غلق المدارس، وفق بلاغ "
        'نشرته جاء فيه: "تقرر غلق المؤسسات التربوية حفاظا على سلامة التلاميذ".'
    )
    q = one(text, "لن نتراجع")
    assert normalize("النقابة الوطنية") in normalize(q.speaker), q
    q = one(text, "تقرر غلق")
    assert normalize("المندوبية الجهوية") in normalize(q.speaker), q


def test_what_a_text_says_after_that_is_the_subject_not_a_cue():
    # "اعتبر X أن ما ورد في التقرير «…»": ما ورد في is the subject of أن, the
    # words in marks are X's
    text = (
        "وقال الباحث في العلوم السياسية كريم المنصوري إن ما جاء في التقرير «لا يعكس "
        "الواقع على الأرض»."
    )
    q = one(text, "لا يعكس")
    assert q.speaker == "كريم المنصوري", q


def test_document_author_in_a_relative_clause_set_off_by_commas():
    # "وتقول البرقية، التي كتبها السفير X، إن «…»": the author speaks
    text = (
        "وتقول البرقية، التي كتبها السفير البريطاني في عمان جون وليامز، إن الحكومة «لا "
        "تملك خطة واضحة للإصلاح»."
    )
    q = one(text, "لا تملك")
    assert q.speaker == "جون وليامز", q
    assert normalize(q.role) == normalize("السفير البريطاني في عمان")


def test_present_tense_of_sajjala_is_a_cue():
    # "ويسجل التقرير أن «…»", "وتسجل البرقية أن «…»": notes
    text = (
        "وقال الوزير سامي الخياط إن «الإصلاحات تسير بنسق جيد». ويسجل التقرير أن "
        "الحكومة «تأخرت كثيرا في تنفيذ الإصلاحات الموعودة»."
    )
    q = one(text, "تأخرت كثيرا")
    assert q.speaker == "التقرير", q


def test_indefinite_apposition_after_a_first_name_is_the_role():
    # vox pops: "وتضيف سميرة، موظفة في قطاع الصحة:", "أما عم الهادي، متقاعد،
    # فقال": what the person does, not a title, after a bare first name
    text = (
        'وتقول نادية، موظفة في شركة خاصة: "الأطفال يصلون متعبين كل صباح".\n\n'
        'أما كمال، متقاعد، فقال: "الطريق لم تصلح منذ سنوات".\n\n'
        'ويقول سامي، مبتسما، إن "الأمل موجود رغم كل شيء".'
    )
    q = one(text, "الأطفال يصلون")
    assert q.speaker == "نادية", q
    assert normalize(q.role) == normalize("موظفة في شركة خاصة")
    q = one(text, "الطريق لم")
    assert q.speaker == "كمال", q
    assert normalize(q.role) == normalize("متقاعد")
    q = one(text, "الأمل موجود")
    assert q.role is None, q


def test_subject_after_however_that_is_taken_up_by_the_next_verb():
    # "غير أن X يرى أن …، ويقول: «…»": X, not the last one quoted
    text = (
        'وقال رئيس الجمعية كريم بن يوسف إن "المياه متوفرة". وقال المندوب الجهوي '
        'سمير العياري إن "التوزيع عادي". غير أن بن يوسف يرى أن المشكل أعمق، '
        'ويقول: "الشبكة قديمة ولم تصلح منذ سنوات".'
    )
    q = one(text, "الشبكة قديمة")
    assert q.speaker == "كريم بن يوسف", q


def test_compound_first_name_with_al_amin_and_he_apposition_before_a_colon():
    # "ويقول محمد الأمين، وهو أستاذ … من بوفاريك:": the name is محمد الأمين
    # (not the title الأمين), the apposition after وهو the role
    text = 'ويقول محمد الأمين، وهو موظف في البلدية من تيزي وزو: "ننتظر منذ سنة ولا أحد يجيبنا".'
    q = one(text, "ننتظر منذ")
    assert q.speaker == "محمد الأمين", q
    assert normalize(q.role) == normalize("موظف في البلدية من تيزي وزو")


def test_municipality_name_ending_with_the_article_before_the_name():
    # "رئيس بلدية حمام الأنف سامي الورغي": the place ends with its article
    # word, the person's name follows
    text = (
        'وأكد رئيس النيابة الخصوصية لبلدية حمام الأنف سامي الورغي أن الأشغال "ستنطلق خلال '
        'الأسابيع القادمة". وقال الورغي: "لا نملك الإمكانيات الكافية".'
    )
    q = one(text, "ستنطلق خلال")
    assert q.speaker == "سامي الورغي", q
    assert normalize(q.role) == normalize("رئيس النيابة الخصوصية لبلدية حمام الأنف")
    q = one(text, "لا نملك")
    assert normalize(q.role) == normalize("رئيس النيابة الخصوصية لبلدية حمام الأنف")
