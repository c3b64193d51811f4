"""Phenomena found by the fresh author's set F28 (``articles_blind33.py``).

Every article here is written for the test, in sentences that are not in
F28's data files; each test fails without the rule it names.
"""

from tests.extraction.helpers import one, quotes_of, same_name


def test_a_body_in_construct_with_an_indefinite_noun_is_the_role_not_the_name():
    # "المدير التنفيذي لنقابة عمال الموانئ X": the union (لـ + a body) in
    # construct with an indefinite noun and its definite genitive is the
    # post's; the name follows it
    text = (
        "أعلن عمال الموانئ الإضراب صباح الأحد.\n\n"
        "وقال المدير التنفيذي لنقابة عمال الموانئ الكويتية سامي حسن العبيدي إن "
        'الإضراب "سيستمر حتى تحقيق المطالب كاملة".\n'
    )
    q = one(text, "سيستمر حتى")
    assert same_name(q.speaker, "سامي حسن العبيدي"), q
    assert q.role == "المدير التنفيذي لنقابة عمال الموانئ الكويتية", q


def test_the_phrase_after_a_resumptive_in_it_is_the_subject_of_any_verb_before_anna():
    # "في مؤتمر صحفي أكد فيه X أن …": the relative clause's verb, "in it"
    # (the occasion), then its subject and أنّ; not the occasion as speaker
    text = (
        "وفي مؤتمر صحفي عقده ظهر الأحد، أكد فيه المتحدث باسم وزارة النقل "
        'فهد سالم العتيبي أن القرار "نهائي ولا رجعة فيه".\n'
    )
    q = one(text, "نهائي ولا رجعة")
    assert same_name(q.speaker, "فهد سالم العتيبي"), q
    assert q.role == "المتحدث باسم وزارة النقل", q


def test_a_conjunction_of_time_before_a_verb_is_no_subject():
    # "، بعدما أكد أن «…»": بعدما (after) opens a time clause; the verb
    # with no subject after it is the one who spoke before, not "بعدما"
    text = (
        'قال رئيس البلدية خالد عمر الزين إن المشروع "سيكتمل قبل نهاية العام". '
        "وانسحب الزين من الاجتماع، بعدما أكد أن المقاول «لم يلتزم بالجدول "
        "الزمني المتفق عليه».\n"
    )
    q = one(text, "لم يلتزم بالجدول")
    assert same_name(q.speaker, "خالد عمر الزين"), q


def test_the_family_name_of_someone_met_before_describing_something_is_the_subject():
    # "ووصف الزين الخطة بأنها «…»": a definite noun before the object and
    # بأنها is the describer when it is the family name of a person named
    # before, not the thing described with the subject elided
    text = (
        'قال رئيس البلدية خالد عمر الزين إن المشروع "سيكتمل قبل نهاية العام". '
        "وقال وزير الأشغال منصور علي الهاجري: «الميزانية لا تسمح بأكثر من ذلك». "
        "ووصف الزين الخطة الحكومية بأنها «حبر على ورق منذ سنوات».\n"
    )
    q = one(text, "حبر على ورق")
    assert same_name(q.speaker, "خالد عمر الزين"), q


def test_a_vision_named_in_marks_is_no_quotation():
    # "ضمن رؤية «قطر الوطنية 2030»": a national vision's name in marks after
    # the noun رؤية is a label, like a plan or a strategy
    text = (
        "وأوضح الوزير أن المشروع يندرج ضمن رؤية «قطر الوطنية 2030» لتنويع الاقتصاد. "
        "وقال: «سنطلق المرحلة الثانية مطلع الربيع المقبل».\n"
    )
    quotes = quotes_of(text)
    assert [q.text for q in quotes] == ["سنطلق المرحلة الثانية مطلع الربيع المقبل"], quotes


def test_a_centre_heading_the_subject_before_its_verb_is_a_body():
    # "وكان مركز الخليج للأبحاث قد حذر من أن": a centre and its name, the
    # pluperfect's subject between كان and قد, not the last speaker
    text = (
        'وقال وزير الطاقة سالم أحمد العلي: "لن نرفع الأسعار هذا العام". '
        "وكان مركز البحرين للدراسات الاستراتيجية قد حذر من أن "
        '"الطلب على الكهرباء سيتضاعف خلال عقد".\n'
    )
    q = one(text, "الطلب على الكهرباء")
    assert same_name(q.speaker, "مركز البحرين للدراسات الاستراتيجية"), q
    assert q.speaker_kind == "organization", q


def test_a_document_issued_by_a_body_and_dated_before_qad_is_the_pluperfect_subject():
    # "وكان تقرير صادر عن هيئة X في مايو 2024 قد أكد أن": the issuer after
    # "صادر عن" is part of the subject, and the date between the subject and
    # قد is when, no part of it; the body speaks, at that date
    text = (
        'وقال وزير الطاقة سالم أحمد العلي: "لن نرفع الأسعار هذا العام". '
        "وكان تقرير صادر عن هيئة الكهرباء والماء في مايو 2024 قد أكد أن "
        '"الشبكة تعمل بأقصى طاقتها في الصيف".\n'
    )
    q = one(text, "الشبكة تعمل")
    assert same_name(q.speaker, "هيئة الكهرباء والماء"), q
    assert q.date == "2024-05", q


def test_right_after_the_ruling_the_account_is_back_at_the_dated_session():
    # "وعقب النطق بالحكم، قال المحامي X لـ«…»": after the case's history
    # (a complaint dated otherwise, told from a document), the words said
    # right after the ruling are of the session the lead dates, and so are
    # the other party's words told next
    text = (
        "أصدرت محكمة الجنايات في جلستها المنعقدة يوم الأربعاء 14 مايو 2025 حكما "
        "بسجن موظف سابق في بلدية المدينة ثلاث سنوات بتهمة الرشوة.\n\n"
        "وبحسب الشكوى التي قدمها أحد المقاولين في يناير 2024، فإن الموظف طلب مبلغا "
        "ماليا مقابل تسريع معاملة ترخيص.\n\n"
        "وعقب النطق بالحكم، قال المحامي سالم راشد النعيمي، وكيل الدفاع، لـ«الصحيفة»: "
        "«سنستأنف الحكم خلال المدة القانونية».\n\n"
        "في المقابل، رأت المحامية هند علي الكعبي، ممثلة المقاول، أن الحكم «رسالة واضحة "
        "لكل من يستغل منصبه».\n"
    )
    q = one(text, "سنستأنف الحكم")
    assert same_name(q.speaker, "سالم راشد النعيمي"), q
    assert q.date == "2025-05-14", q
    q = one(text, "رسالة واضحة")
    assert q.date == "2025-05-14", q


def test_on_the_sidelines_of_the_forum_the_account_is_back_at_its_date():
    # "«…»، يقول X، …، الذي التقته «الصحيفة» على هامش الملتقى": after an
    # aside dated otherwise, a farmer met on the sidelines of the forum the
    # lead dates speaks on its day
    text = (
        "انطلقت يوم الأحد 9 مارس 2025 أعمال ملتقى المزارعين السنوي بمشاركة مئات "
        "المنتجين.\n\n"
        "وكانت دراسة أعدتها الجامعة في أكتوبر 2024 قد رصدت تراجع المساحات المزروعة "
        "بنحو الخمس.\n\n"
        "«المياه هي همنا الأول قبل الأسعار»، يقول حمد سعيد المري، مزارع من الشمال، "
        "الذي التقته «الصحيفة» على هامش الملتقى.\n"
    )
    q = one(text, "المياه هي همنا")
    assert same_name(q.speaker, "حمد سعيد المري"), q
    assert q.date == "2025-03-09", q


def test_words_of_an_earlier_session_take_no_date_of_the_session_told():
    # "وكان الدفاع قد طلب، في جلسة سابقة، …، إذ قال المحامي إن …": a
    # previous session, not the dated one the lead tells of
    text = (
        "قضت المحكمة الابتدائية في جلستها المنعقدة يوم الخميس 6 فبراير 2025 بتبرئة "
        "مدير مدرسة من تهمة التزوير.\n\n"
        "وكان الدفاع قد طلب، في جلسة سابقة، استدعاء خبير خطوط، إذ قال المحامي فهد "
        "ناصر الدوسري إن التوقيع «لا يشبه توقيع موكله في أي من الوثائق».\n"
    )
    q = one(text, "لا يشبه توقيع")
    assert same_name(q.speaker, "فهد ناصر الدوسري"), q
    assert q.date is None, q


def test_the_one_given_the_floor_speaks_after_fa_qala():
    # "ومنحت المحكمة الخبير الكلمة، فقال:", "وأعطى رئيس الجلسة الكلمة
    # للمتهم الثاني، فقال:": the verb of saying with no subject is the one
    # given the floor, not the last speaker
    text = (
        'وقال رئيس المحكمة القاضي خليفة سعيد البلوشي: "الجلسة علنية". '
        'ومنحت الهيئة الخبير الحسابي الكلمة، فقال: "رأيته يخرج من المكتب مساء ذلك اليوم". '
        "ثم أعطى رئيس الجلسة الكلمة الأخيرة للمتهمة الثانية، فقالت: "
        '"لم أكن أعرف شيئا عن تلك التحويلات".\n'
    )
    q = one(text, "رأيته يخرج")
    assert same_name(q.speaker, "الخبير الحسابي"), q
    q = one(text, "لم أكن أعرف")
    assert same_name(q.speaker, "المتهمة الثانية"), q


def test_a_title_and_initials_in_brackets_name_the_person_by_the_initials():
    # "المتهمة الثانية (س.م.ك)": court reports name a defendant by initials
    # in brackets after the title; they are the name, the title the role
    text = (
        'وقالت المتهمة الثانية (س.م.ك) أمام الهيئة إن التحويلات "تمت كلها بعلم المدير وتوقيعه".\n'
    )
    q = one(text, "تمت كلها")
    assert q.speaker == "س.م.ك", q
    assert q.role == "المتهمة الثانية", q


def test_at_the_end_of_the_meeting_the_account_is_back_at_its_date():
    # "وفي ختام الاجتماع"، "بعد انتهاء الجلسة": the end of the gathering the
    # lead dates, after an aside dated otherwise
    text = (
        "عقد مجلس إدارة الغرفة اجتماعه الدوري يوم الثلاثاء 11 نوفمبر 2025 برئاسة "
        "رئيس الغرفة.\n\n"
        "وكانت الغرفة قد رفعت في يونيو 2024 مذكرة إلى الحكومة بشأن الرسوم.\n\n"
        "وبعد انتهاء الاجتماع، قال نائب رئيس الغرفة خالد سعيد الراشد لـ«الصحيفة»: "
        "«اتفقنا على تأجيل الزيادة إلى العام المقبل».\n"
    )
    q = one(text, "اتفقنا على تأجيل")
    assert same_name(q.speaker, "خالد سعيد الراشد"), q
    assert q.date == "2025-11-11", q
