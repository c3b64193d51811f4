"""Phenomena found by the fresh author's set F3 (``articles_blind8.py``).

Every article here is written for the test, in sentences that are not in
F3's data files; each test fails without the rule it names.
"""

from claims.extraction import normalize
from tests.extraction.helpers import one, quotes_of, same_name


def test_answer_label_of_a_transcript_is_not_the_speaker():
    # "س: …؟ / ج: …": the answers are the interviewee's, introduced in the
    # lead; the label ج (or الجواب) is never a name
    text = (
        "قالت وزيرة البيئة الأردنية، الدكتورة سلمى الخوري، إن الحكومة «ماضية في خطتها».\n\n"
        "س: كيف تقيمين الوضع البيئي اليوم؟\n"
        "ج: الوضع صعب لكننا نعمل بلا توقف على معالجة مصادر التلوث في المدن.\n\n"
        "س: وماذا عن التمويل؟\n"
        "الجواب: التمويل متوفر جزئيا من المانحين ومن الموازنة العامة للدولة.\n"
    )
    for fragment in ("الوضع صعب", "التمويل متوفر"):
        q = one(text, fragment)
        assert same_name(q.speaker, "سلمى الخوري"), q
        assert normalize(q.role) == normalize("وزيرة البيئة الأردنية")


def test_manner_adverbial_after_the_cue_is_not_the_speaker():
    # "وتقول بنبرة حادة:", "يضيف محدثنا بمرارة": the adverbial is no name;
    # محدثنا/محدثتنا ("our interlocutor") is the person last introduced
    text = (
        "تقف المعلمة سعاد بن يوسف أمام باب المدرسة، وتقول بنبرة حادة: «لم نتقاض رواتبنا منذ "
        "شهرين كاملين». وتضيف محدثتنا: «الوزارة لا ترد على رسائلنا ولا على مكالماتنا». "
        "ويؤكد السائق كريم العياشي أن الطريق «مقطوع منذ أسبوع». «نحن ندفع الثمن وحدنا "
        "دائما»، يضيف محدثنا بمرارة."
    )
    q = one(text, "لم نتقاض")
    assert same_name(q.speaker, "سعاد بن يوسف"), q
    assert normalize(q.role) == normalize("المعلمة")
    q = one(text, "لا ترد على رسائلنا")
    assert same_name(q.speaker, "سعاد بن يوسف"), q
    q = one(text, "ندفع الثمن")
    assert q.speaker == "كريم العياشي", q
    assert normalize(q.role) == normalize("السائق")


def test_names_with_ould_and_a_title_word_next_to_the_link():
    # Mauritanian names: a title word next to ولد/بنت is part of the name
    # ("محمد الأمين ولد X", "سيدي ولد الشيخ", "الشيخ ولد أحمدو" as a first name)
    text = (
        'وقال الصياد محمد الأمين ولد الطالب إن "الأسعار لم تعد تغطي تكاليف الوقود". '
        'وقال الأمين العام للاتحاد، الشيخ ولد سيديا، إن "الاتحاد سيرفع الأمر إلى الوزارة". '
        'وقال الشاب أحمد ولد الشيخ إن "البحر لم يعد يكفي الجميع".'
    )
    q = one(text, "لم تعد تغطي")
    assert q.speaker == "محمد الأمين ولد الطالب", q
    q = one(text, "سيرفع الأمر")
    assert q.speaker == "الشيخ ولد سيديا", q
    assert normalize(q.role) == normalize("الأمين العام للاتحاد")
    q = one(text, "لم يعد يكفي")
    assert q.speaker == "أحمد ولد الشيخ", q


def test_a_person_introduced_in_the_narrative_speaks_for_a_bare_verb():
    # "يجلس الصياد X على …. يرفع رأسه نحو … ويقول:": no subject after the
    # cue; the first verb's object (رأسه نحو) is not a name with a role, and
    # the person introduced by a title in the sentence before speaks
    text = (
        "يجلس المزارع حسن العلوي تحت شجرة الزيتون في طرف حقله. يرفع رأسه نحو السماء "
        'الصافية ويقول: "لم تمطر منذ أربعة أشهر، والآبار جفت كلها".'
    )
    q = one(text, "لم تمطر")
    assert q.speaker == "حسن العلوي", q
    assert normalize(q.role) == normalize("المزارع")


def test_professions_and_descriptions_before_a_name_are_the_role():
    # "المواطن X", "بائعة السمك X", "الصيدلي X", "مقرر اللجنة X"
    text = (
        'وقال المواطن عبدالله الحربي لـ«الصحيفة»: "الشارع مغلق منذ شهر". '
        'ويؤكد الصيدلي سمير حداد أن الأدوية "نفدت من الرفوف". '
        'وقالت بائعة الخضار نادية بنت علي: "الزبائن لم يعودوا يشترون".'
    )
    q = one(text, "الشارع مغلق")
    assert q.speaker == "عبدالله الحربي", q
    assert normalize(q.role) == normalize("المواطن")
    q = one(text, "نفدت من الرفوف")
    assert q.speaker == "سمير حداد" and normalize(q.role) == normalize("الصيدلي"), q
    q = one(text, "الزبائن لم يعودوا")
    assert q.speaker == "نادية بنت علي" and normalize(q.role) == normalize("بائعة الخضار"), q


def test_names_in_marks_after_an_event_noun_or_as_the_object_of_a_subject_verb():
    # "فعاليات "ملتقى …"": an event's name; "رأت الحكومة "…" في …": the
    # object right after the verb's subject, the sentence going on
    text = (
        'وقال رئيس الغرفة، خلال افتتاحه فعاليات "ملتقى صيدا للتجارة" في دورته الرابعة، إن '
        'القطاع "يحتاج إلى دعم عاجل من الحكومة". كيف رأت الحكومة الجديدة "الإصلاح المالي '
        'الشامل" في لبنان؟'
    )
    texts = [q.text for q in quotes_of(text)]
    assert texts == ["يحتاج إلى دعم عاجل من الحكومة"], texts


def test_the_vehicle_of_a_statement_is_not_a_later_speaker():
    # "أعلنت الكتلة، في بيان وزعته، أن …": the statement (بيان) is no speaker
    # for a later participle; "انسحب X من القاعة، قائلا:": the bare name of
    # a person introduced before is the clause's subject; "النائب عن كتلة
    # "…" X": the bloc's name in marks stays in the role
    text = (
        'وقال النائب عن كتلة "الإصلاح" خالد الرواشدة إن "الموازنة لا تلبي مطالب الناس". '
        'وأعلنت كتلة "المستقبل" النيابية، في بيان وزعته على الصحفيين، أن نوابها "سيصوتون '
        'ضد المشروع". وبعد التصويت على المشروع بأغلبية 70 نائبا، انسحب الرواشدة من القاعة، '
        "قائلا: هذا يوم أسود في تاريخ المجلس."
    )
    q = one(text, "لا تلبي مطالب")
    assert q.speaker == "خالد الرواشدة", q
    assert normalize(q.role) == normalize('النائب عن كتلة "الإصلاح"')
    q = one(text, "سيصوتون")
    assert q.speaker_kind == "organization", q
    q = one(text, "يوم أسود")
    assert q.speaker == "خالد الرواشدة", q


def test_unions_chambers_and_associations_are_organizations():
    text = (
        'وقالت الباحثة سلمى بنت أحمد إن المخزون "تراجع كثيرا". وكانت الاتحادية الوطنية للصيد '
        'قد طالبت، في رسالة إلى الرئاسة، بـ"وقف فوري لكل التراخيص الجديدة"، '
        'معتبرة أن "الصيد التقليدي يعيل آلاف الأسر". وأكدت النقابة المستقلة لعمال النقل '
        'أن الإضراب "سيستمر حتى تلبية المطالب".'
    )
    q = one(text, "يعيل آلاف")
    assert q.speaker_kind == "organization", q
    assert same_name(q.speaker, "الاتحادية الوطنية للصيد")
    q = one(text, "سيستمر حتى")
    assert q.speaker_kind == "organization", q


def test_dateline_after_a_headline_dates_today_and_yesterday():
    # an agency release: the dateline is on the first line after the
    # headline; "اليوم", "مساء اليوم" and "أمس" count from it
    text = (
        "وزارة الصحة: حملة تطعيم جديدة في المحافظات\n\n"
        "الرياض، 3 مارس 2024 (واس) - أكد وزير الصحة فهد الجلاجل اليوم أن الحملة "
        '"ستشمل جميع المحافظات دون استثناء". وكان وكيل الوزارة سامي العتيبي قد قال '
        'خلال لقاء عقد أمس إن "اللقاحات متوفرة بكميات كافية".'
    )
    q = one(text, "ستشمل جميع")
    assert (q.date, q.date_precision) == ("2024-03-03", "day"), q
    q = one(text, "اللقاحات متوفرة")
    assert q.date == "2024-03-02", q


def test_cable_dates_past_an_explained_date_and_an_arrest_warrant():
    # "المؤرخة في 18 مارس 2009، أي بعد أيام من صدور مذكرة التوقيف": "أي بعد
    # أيام" explains the date (no move in time), and "مذكرة التوقيف" is a
    # warrant, not a new undated memo
    text = (
        "أما البرقية الثانية، المؤرخة في 20 مايو 2009، أي بعد أسابيع من صدور مذكرة "
        'الاعتقال بحق الوزير، فتنقل عن مسؤول أمني رفيع أن القرار "اتخذ في عجلة". '
        'وتقول البرقية إن الحكومة "تراهن على الوقت".'
    )
    assert one(text, "اتخذ في عجلة").date == "2009-05-20"
    assert one(text, "تراهن على الوقت").date == "2009-05-20"


def test_relative_after_a_role_with_a_body_named_in_marks_and_family_names():
    # "لقاءها بالدكتور X، رئيس حزب «…» المعارض، الذي قال لها": the antecedent
    # is X (not the adjective المعارض); "حسن عبد الرحيم النور", "حمد بن ناصر
    # المعمري": the family name after a linked name
    text = (
        "تروي المستشارة في السفارة، ليندا مور، لقاءها بالدكتور سالم عبد الكريم النعيمي، "
        'رئيس حزب «الوحدة الوطنية» المعارض، الذي قال لها: "الانتخابات محسومة سلفا". '
        'وقال الشيخ خالد بن سعيد المحروقي إن "التدريب هو الأساس".'
    )
    q = one(text, "الانتخابات محسومة")
    assert q.speaker == "سالم عبد الكريم النعيمي", q
    assert normalize(q.role) == normalize("رئيس حزب «الوحدة الوطنية» المعارض")
    assert one(text, "التدريب هو").speaker == "خالد بن سعيد المحروقي"
    # but not the verb's object after a linked name (not a nisba, no comma)
    text = 'وانتقد الوزير سالم بن راشد الحكومة السابقة بشدة، وقال إن "الوضع صعب جدا الآن".'
    assert one(text, "الوضع صعب").speaker == "سالم بن راشد"


def test_gulf_three_part_name_ending_in_a_nisba():
    # "سعيد راشد المهيري، رئيس …": the family name is the third word, with
    # the article; the bare "المهيري" later takes the full name and role
    text = (
        'كشف خالد سالم الكعبي، رئيس غرفة تجارة الفجيرة، أن الصادرات "ارتفعت بنسبة كبيرة". '
        'وقال الكعبي إن الغرفة "ستطلق منصة جديدة العام المقبل".'
    )
    q = one(text, "ارتفعت بنسبة")
    assert q.speaker == "خالد سالم الكعبي", q
    q = one(text, "ستطلق منصة")
    assert q.speaker == "خالد سالم الكعبي", q
    assert normalize(q.role) == normalize("رئيس غرفة تجارة الفجيرة")


def test_role_with_a_coordinated_genitive_and_a_long_name_after_an_honorific():
    # "مديرة إدارة الدراسات والتصاميم في الأمانة المهندسة X": a و-genitive
    # keeps the role open; "أما الباحثة في المعهد …، الدكتورة مريم بنت اعل
    # سالم، فترى": the honorific does not count toward the name's length
    text = (
        "وأوضح مدير إدارة المشاريع والصيانة في البلدية المهندس فهد عبدالله باحمدان أن "
        '"الأعمال ستنتهي قريبا". أما الباحثة في مركز الدراسات الاستراتيجية، الدكتورة '
        'فاطمة بنت محمد ولد سالم، فترى أن الأرقام "مقلقة جدا هذا العام". وتضيف الباحثة أن "الحل '
        'في الاستثمار".'
    )
    q = one(text, "الأعمال ستنتهي")
    assert q.speaker == "فهد عبدالله باحمدان", q
    assert normalize(q.role) == normalize("مدير إدارة المشاريع والصيانة في البلدية")
    for fragment in ("مقلقة جدا", "الحل في"):
        q = one(text, fragment)
        assert q.speaker == "فاطمة بنت محمد ولد سالم", q
        assert normalize(q.role) == normalize("الباحثة في مركز الدراسات الاستراتيجية")


def test_coordinated_verb_of_an_organisation_and_an_anonymous_wholesaler():
    # "رحبت الغرفة بالقرار، وقالت في بيان": the coordinated verb's subject
    # is the organisation of the first verb; "وحمّل موزع بالجملة …، قائلا:":
    # an indefinite trade (موزع، مستورد) is an anonymous source
    text = (
        'وقال الوزير أحمد سالم إن القرار "نهائي ولا رجعة فيه أبدا". من جانبها، رحبت غرفة '
        'تجارة دبي بالقرار، وقالت في بيان أصدرته إنها "تدعم كل توجه يخدم الاقتصاد". '
        "وحمّل موزع بالجملة في وهران، فضّل عدم الكشف عن اسمه، المسؤولية للإدارة، قائلا: "
        "نحن ننتظر شهرين للحصول على تأشيرة واحدة."
    )
    q = one(text, "تدعم كل توجه")
    assert q.speaker_kind == "organization", q
    assert same_name(q.speaker, "غرفة تجارة دبي")
    q = one(text, "ننتظر شهرين")
    assert q.speaker_kind == "anonymous", q
    assert same_name(q.speaker, "موزع بالجملة في وهران")


def test_the_ministry_and_its_statement_are_the_body_named_before():
    # "أعلنت وزارة الصحة اليوم …" then "وقالت الوزارة في بيان لها" (the same
    # body, so the same date) and "وأضاف البيان" (the statement's issuer)
    text = (
        "الدوحة، 5 مايو 2024 (قنا) - أعلنت وزارة الصحة العامة اليوم أن الحملة "
        '"حققت أهدافها كاملة". وقالت الوزارة في بيان لها إن "نسبة التطعيم تجاوزت التوقعات". '
        'وأضاف البيان أن "المرحلة الثانية ستبدأ الشهر المقبل".'
    )
    for fragment in ("نسبة التطعيم", "المرحلة الثانية"):
        q = one(text, fragment)
        assert q.speaker == "وزارة الصحة العامة", q
        assert q.date == "2024-05-05", q


def test_coordinated_verb_after_kana_subject_qad_and_a_programme_in_marks():
    # "وكانت وزارة الفلاحة قد أطلقت برنامج "…" لترويج …، وأكدت في بلاغ أن":
    # the subject between كانت and قد; the programme's marks open no clause
    text = (
        'وقال الخبير سامي العياري إن الموسم "صعب جدا على الفلاحين الصغار". وكانت وزارة '
        'التجارة قد أطلقت برنامج "خبز تونس أولا" لدعم المخابز، وأكدت في بلاغ أن '
        '"الأسعار لن ترتفع قبل نهاية السنة".'
    )
    q = one(text, "الأسعار لن ترتفع")
    assert q.speaker == "وزارة التجارة", q
    assert q.speaker_kind == "organization"


def test_a_relayed_source_goes_on_and_a_second_quote_of_a_dated_cable_sentence():
    # "ونقل X عن رجل أعمال قوله: «…». وأضاف رجل الأعمال: «…»": the same
    # account goes on, with the cable's date; a second quote in the sentence
    # that dates the cable (after its subject line in marks) takes it too
    text = (
        "في برقية مؤرخة في 3 آذار 2008، كتب السفير جون ميلر أن الإصلاح "
        '"لم يصل إلى الطبقة الوسطى بعد".\n\n'
        'ونقل ميلر عن رجل أعمال حلبي قوله: "لا أحد يستثمر هنا دون شريك نافذ". وأضاف رجل '
        'الأعمال: "القواعد معروفة للجميع ولا أحد يجرؤ على مخالفتها".\n\n'
        'وفي برقية لاحقة (09DAMASCUS883) مؤرخة في 9 أيار 2009، وتحمل عنوان "سوريا: المصارف '
        'الخاصة تتوسع في المدن الكبرى"، '
        'تنقل السفارة عن مسؤول مصرفي رفيع قوله إن البنوك "تعرف أن القروض الجديدة محفوفة '
        'بالمخاطر".'
    )
    assert one(text, "القواعد معروفة").date == "2008-03-03"
    assert one(text, "القروض الجديدة").date == "2009-05-09"


def test_a_text_ending_on_ala_hadd_has_no_cue_there():
    # found by the fuzz test: "على حد" with nothing after it raised a KeyError
    from claims.extraction import extract

    found = extract('"الوضع صعب جدا هذه الأيام" على حد')
    assert [q.text for q in found] == ["الوضع صعب جدا هذه الأيام"]


def test_professor_is_an_honorific_not_part_of_the_name():
    # "أما البروفيسور X، رئيس …، فيحذر": the honorific is neither name nor role
    text = (
        "أما البروفيسور كريم بوزيد، رئيس مصلحة الجراحة بمستشفى بني مسوس، فيحذر من أن "
        '"النقص سيؤدي إلى تأجيل العمليات". وتقول الأستاذة سعاد مرابط إن "الوضع صعب".'
    )
    q = one(text, "تأجيل العمليات")
    assert q.speaker == "كريم بوزيد", q
    assert normalize(q.role) == normalize("رئيس مصلحة الجراحة بمستشفى بني مسوس")
    assert one(text, "الوضع صعب").speaker == "سعاد مرابط"


def test_a_circumstantial_clause_after_the_cue_is_not_a_cue():
    # "ويقول وهو يشير برأسه نحو …:": يشير is the manner of saying, not a cue
    # whose subject would be برأسه; "وهي تقول:" after another verb is the cue;
    # الفلاح/الفلاحة is a title like المزارع
    text = (
        "يقف المزارع حسن الهمامي وسط حقله المحترق. ويقول وهو يشير برأسه نحو الأشجار "
        'اليابسة: "خسرنا كل شيء هذا الموسم ولا أحد يسأل عنا". وتقف الفلاحة فاطمة المرزوقي '
        'أمام بيتها وهي تقول: "لم يبق لنا شيء نبيعه في السوق".'
    )
    q = one(text, "خسرنا كل شيء")
    assert q.speaker == "حسن الهمامي", q
    q = one(text, "لم يبق لنا")
    assert q.speaker == "فاطمة المرزوقي", q
    assert normalize(q.role) == normalize("الفلاحة")


def test_relative_after_a_definite_title_glued_to_ba():
    # "التقى السفير بالمعارض البارز X، الذي قال له": the antecedent is X,
    # the companion's title is not the ambassador's role, and "وأضاف
    # المعارض" is X again
    text = (
        'والتقى السفير الأمريكي بالمعارض البارز حسن الترابي، الذي قال له: "النظام لن يصمد '
        'طويلا أمام الضغوط". وأضاف المعارض: "الانتخابات لن تغير شيئا في البلاد".'
    )
    for fragment in ("النظام لن يصمد", "الانتخابات لن تغير"):
        q = one(text, fragment)
        assert q.speaker == "حسن الترابي", q
        assert normalize(q.role) == normalize("المعارض البارز")


def test_asked_is_a_cue_not_a_name():
    # "وسأل: "…"", "وسألت النائبة X الوزير: "…"": سأل is a reporting verb
    text = (
        'وقال النائب خالد المومني إن "الحكومة فشلت في إدارة الملف الاقتصادي". وسأل: "أين '
        'ذهبت أموال المنحة يا دولة الرئيس؟". وسألت النائبة ديما طهبوب الوزير: "متى سيتم '
        'تعيين الخريجين في الوزارات؟".'
    )
    assert one(text, "أين ذهبت").speaker == "خالد المومني"
    q = one(text, "متى سيتم")
    assert q.speaker == "ديما طهبوب", q
    assert normalize(q.role) == normalize("النائبة")


def test_dateline_with_the_agency_between_slashes():
    # "القاهرة في 3 مارس 2024 /أ ش أ/ -": the MENA style of dateline
    text = (
        "وزير الري: لا تهاون مع التعديات\n\n"
        "القاهرة في 3 مارس 2024 /أ ش أ/ - أكد وزير الموارد المائية والري هاني سويلم اليوم "
        'أن الوزارة "لن تتهاون مع أي تعديات على مجرى النيل".'
    )
    assert one(text, "لن تتهاون").date == "2024-03-03"


def test_a_role_that_takes_the_whole_phrase_before_a_parenthesis_does_not_crash():
    # found by a fuzz run over F3's words: a title chunk that reads to the
    # end of the phrase (a body in marks after عن/في + body) with a "(" in it
    # left the name's end past the phrase (IndexError)
    from claims.extraction import extract

    text = (
        "أ أكتوبر حسن الجواب ناصر اليوم النائب النقابة « . ( » - الرحيم ش البيان الذي قال ) "
        'مسقط الوزارة وتابع فعاليات على قائلا بيان ) س نحو " - وقال ولد أما برنامج أطلقت '
        "النقابة مذكرة سأل وأضاف 14"
    )
    for q in extract(text):
        assert text[q.start : q.end] == q.text
