"""Phenomena found by the fresh author's set F16 (``articles_blind21.py``).

Every article here is written for the test, in sentences that are not in
F16's data files; each test fails without the rule it names.
"""

from tests.extraction.helpers import one, same_name


def test_the_proceedings_of_a_body_dated_in_the_lead_date_its_speakers():
    # "انعقدت يوم … أشغال المجلس": Maghrebi reports call a meeting's
    # sittings its أشغال (or its دورة); what is said there takes the lead's date
    text = (
        "انعقدت يوم الخميس 5 جوان 2025 بمقر الولاية أشغال المجلس الجهوي للتنمية "
        "برئاسة والي الجهة.\n\n"
        "وقال رئيس المجلس: «المشاريع المعطلة ستنطلق قبل موفى السنة».\n"
    )
    q = one(text, "المشاريع المعطلة")
    assert q.date == "2025-06-05", q


def test_an_adverb_after_a_bare_title_is_not_the_name():
    # "توقف الأمين العام مطولا عند …، مؤكدا أن «…»": an indefinite adverb in
    # -ًا after the title is no name; the title is the person named before
    text = (
        "افتتح المؤتمر الأمين العام للنقابة فتحي الزغلامي.\n\n"
        "وتحدث الأمين العام مطولا عن الأجور، مؤكدا أن «التفاوض هو الطريق الوحيد "
        "لحل الأزمة».\n"
    )
    q = one(text, "التفاوض هو الطريق")
    assert same_name(q.speaker, "فتحي الزغلامي"), q


def test_a_bare_weekday_counts_back_from_a_full_date_that_named_its_weekday():
    # "اختتم المجلس مساء الأحد 12 أكتوبر 2025 دورته التي انطلقت صباح السبت"
    # then "في كلمته صباح السبت": the weekday is the Saturday before that
    # Sunday; "مساء الأحد" again is the Sunday itself
    text = (
        "اختتمت الجمعية مساء الأحد 12 أكتوبر 2025 مؤتمرها الذي انطلق صباح السبت.\n\n"
        'وقال رئيس الجمعية في كلمته صباح السبت إن "الجمعية تحتاج الى دماء جديدة". '
        'وأكد البيان الختامي، الذي تلي مساء الأحد، أن "المؤتمر نجح في تحقيق أهدافه".\n'
    )
    q = one(text, "دماء جديدة")
    assert q.date == "2025-10-11", q
    q = one(text, "تحقيق أهدافه")
    assert q.date == "2025-10-12", q


def test_the_next_day_counts_from_the_last_full_date():
    # "صباح اليوم الموالي", "في اليوم التالي": the day after the last full
    # date told before
    text = (
        "صادق البرلمان يوم الثلاثاء 4 مارس 2025 على مشروع القانون.\n\n"
        "وفي ندوة صحفية عقدها في اليوم الموالي، قال وزير المالية إن «القانون "
        "سيدخل حيز التنفيذ في غضون شهر».\n"
    )
    q = one(text, "حيز التنفيذ")
    assert q.date == "2025-03-05", q


def test_a_name_in_apposition_never_opens_with_a_preposition():
    # "X: «…»" (a headline), then "يقدم X، المدير السابق للتخطيط بالوزارة
    # والخبير في سياسات النقل، قراءة …": the complement of the title coordinated last is the role's;
    # no name opens with في
    text = (
        "كريم الشابي: «النقل العمومي يحتضر»\n\n"
        "في حوار مع موقعنا، يقدم كريم الشابي، المدير السابق للتخطيط بالوزارة والخبير في "
        "سياسات النقل، قراءة في أزمة القطاع.\n\n"
        "ويوضح المدير السابق بالوزارة: «الأسطول لم يتجدد منذ عشر سنوات».\n"
    )
    q = one(text, "الأسطول لم يتجدد")
    assert same_name(q.speaker, "كريم الشابي"), q


def test_a_title_coordinated_in_a_role_alone_is_that_person():
    # "X، المدير السابق بالوزارة والخبير في …" then "يقول الخبير": the
    # bare second title is the person it describes
    text = (
        "كريم الشابي: «النقل العمومي يحتضر»\n\n"
        "في حوار مع موقعنا، يقدم كريم الشابي، المدير السابق للتخطيط بالوزارة والخبير في "
        "سياسات النقل، قراءة في أزمة القطاع.\n\n"
        "«الأسطول لم يتجدد منذ عشر سنوات»، يقول الخبير.\n"
    )
    q = one(text, "الأسطول لم يتجدد")
    assert same_name(q.speaker, "كريم الشابي"), q
    assert q.role and "والخبير في سياسات النقل" in q.role, q


def test_explain_is_a_verb_of_saying():
    # "ويشرح: «…»": شرح introduces speech like أوضح
    text = (
        'قال الخبير المالي حسان الكبير إن "الدينار سيتراجع هذا العام". '
        'ويشرح: "العجز التجاري يتسع والاحتياطي يتآكل بسرعة".\n'
    )
    q = one(text, "العجز التجاري")
    assert same_name(q.speaker, "حسان الكبير"), q


def test_a_relative_pronoun_after_a_name_in_apposition_is_its_subject():
    # "لقاء مع والي الجهة، X، الذي أكد لهم أن «…»": the relative clause's
    # verb has the person before it as its subject
    text = (
        "وتحدثت الوثيقة عن لقاء جمع دبلوماسيين بوالي قابس آنذاك، منصف العكاري، "
        'الذي أكد لهم أن "الجهة تعيش على المصانع وحدها".\n'
    )
    q = one(text, "تعيش على المصانع")
    assert same_name(q.speaker, "منصف العكاري"), q
    assert q.role == "والي قابس آنذاك", q


def test_the_brother_and_sister_honorifics_are_not_part_of_the_name():
    # "الأخ X": the union's honorific before a name, as السيد; the name
    # alone later resolves to the full mention and its role
    text = (
        "ترأس الاجتماع الأخ منصور الحمروني، الكاتب العام للجامعة العامة للتعليم.\n\n"
        'وقال الأخ الحمروني: "لن نتراجع عن مطالبنا".\n'
    )
    q = one(text, "لن نتراجع")
    assert q.role == "الكاتب العام للجامعة العامة للتعليم", q


def test_a_date_of_another_moment_does_not_end_the_account_of_a_dated_meeting():
    # "اتفاقيات ممضاة منذ سنة 2022" inside the account of a meeting dated in
    # the lead tells of another moment; what is said next is still said there
    text = (
        "عقد المكتب التنفيذي للنقابة يوم الاثنين 3 مارس 2025 اجتماعا بمقرها.\n\n"
        'وقال الكاتب العام إن "المفاوضات متوقفة". وذكّر الكاتب العام بأن الوزارة لم '
        'تطبق الاتفاق الممضى منذ سنة 2021، وقال: "لن نقبل بتأجيل جديد".\n'
    )
    q = one(text, "تأجيل جديد")
    assert q.date == "2025-03-03", q


def test_a_source_who_asks_not_to_be_named_speaks_apart_from_the_dated_meeting():
    # "قال أحد الأعضاء، طلب عدم ذكر اسمه، إن …": anonymity is asked of the
    # reporter, so the words are not dated by the meeting the lead tells of
    text = (
        "عقد المجلس البلدي يوم الخميس 6 مارس 2025 جلسته العادية.\n\n"
        'وقال رئيس المجلس إن "الميزانية صودق عليها". وقال أحد الأعضاء، طلب عدم ذكر '
        'اسمه، إن "التصويت جرى تحت الضغط".\n'
    )
    q = one(text, "تحت الضغط")
    assert q.date is None, q


def test_a_statement_named_after_a_quote_does_not_take_it_from_the_meeting():
    # "أصدر المجلس بيانا أكد فيه «…»، وجاء في البيان أن …": the statement
    # named after the quote is the next quote's source, not this one's
    text = (
        "عقد المجلس الوطني للحزب يوم الأحد 9 مارس 2025 دورته العادية.\n\n"
        "وفي ختام أشغاله، أصدر المجلس بيانا أكد فيه «رفضه لكل أشكال التطبيع»، "
        "وجاء في البيان أن الحزب «سيشارك في الانتخابات القادمة».\n"
    )
    q = one(text, "أشكال التطبيع")
    assert q.date == "2025-03-09", q


def test_a_definite_description_takes_up_the_anonymous_source_met_before():
    # "عن مسؤول تونسي رفيع قوله" then "ويضيف المسؤول التونسي، وفق البرقية:":
    # the definite description is the source met indefinite
    text = (
        "ينقل السفير الأمريكي جون ميلر عن مسؤول تونسي رفيع في وزارة الداخلية قوله إن "
        "«الحدود الجنوبية تحت المراقبة». ويضيف المسؤول التونسي، وفق البرقية: "
        "«لا نملك ما يكفي من الدوريات».\n"
    )
    q = one(text, "ما يكفي من الدوريات")
    assert same_name(q.speaker, "مسؤول تونسي رفيع"), q


def test_a_relaying_document_dated_in_two_calendars_before_the_particle():
    # "تنقل برقية من السفارة … تعود إلى شباط/فبراير 2010 عن X قوله": the
    # author, the date in two calendars, then عن and the one relayed
    text = (
        "وتنقل برقية من السفارة الأمريكية بعمان تعود إلى آذار/مارس 2009 عن دبلوماسي "
        "أردني قوله إن «الأردن لا يريد أن يكون طرفا في أي محور».\n"
    )
    q = one(text, "طرفا في أي محور")
    assert same_name(q.speaker, "دبلوماسي أردني"), q
    assert q.date == "2009-03", q


def test_a_verb_after_an_indefinite_object_and_a_comma_has_it_for_subject():
    # "التقى مستشارا في الرئاسة، أبلغه أن «…»": a clause with no relative
    # pronoun and no conjunction describes the indefinite noun before it
    text = (
        "وتكشف برقية أن السفير الأمريكي روبرت كينغ التقى مستشارا في رئاسة الحكومة، "
        "أبلغه أن «المملكة لن تغير موقفها من الملف»."
        "\n"
    )
    q = one(text, "لن تغير موقفها")
    assert same_name(q.speaker, "مستشار في رئاسة الحكومة"), q


def test_a_describing_clause_with_its_label_in_marks_is_not_the_cue():
    # "وينقل X عن محدثه، في نبرة وصفتها البرقية بـ«الحادة»، قوله: «…»": the
    # describing verb already has its label; the relay cue quotes the words
    text = (
        "التقى السفير توماس كينغ وزيرا سابقا في بيته. وينقل كينغ عن محدثه، في نبرة "
        "وصفتها البرقية بـ«الساخرة»، قوله: «الحكومة لا تحكم شيئا».\n"
    )
    q = one(text, "لا تحكم شيئا")
    assert same_name(q.speaker, "محدثه"), q


def test_a_known_family_name_then_a_definite_noun_is_the_name_and_the_object():
    # "وصفت الكعبي النقاشات بأنها «…»" after "نجيبة الكعبي": the family name
    # alone is the person named before; the definite noun after it is the
    # verb's object, not the rest of her name
    text = (
        "وتلت البيان الناطقة باسم الهيئة، سلمى الدريدي، في ختام الجلسة.\n\n"
        'ووصفت الدريدي المداولات بأنها "هادئة"، مضيفة: "القرار اتخذ بالإجماع".\n'
    )
    q = one(text, "اتخذ بالإجماع")
    assert q.role == "الناطقة باسم الهيئة", q


def test_ali_before_a_word_and_an_apposition_is_the_name_where_ya_stands_for_alif():
    # "علي X، تاجر في السوق المعروفة بـ"سوق الجمعة"، قال": in text that
    # writes ى as ي the name Ali looks like the preposition; a word, a comma,
    # an apposition and another comma before the verb make it the subject
    text = (
        'قال والي الجهة ان "الاسواق مراقبة". '
        'علي الورفلي، تاجر في السوق المعروفة محليا بـ"سوق الجمعة"، قال للاذاعة: '
        '"الاسعار تضاعفت منذ بداية الشهر".\n'
    )
    q = one(text, "الاسعار تضاعفت")
    assert same_name(q.speaker, "علي الورفلي"), q
    assert q.role and q.role.startswith("تاجر في السوق"), q
