"""Phenomena found by the fresh author's set F31 (``articles_blind36.py``).

Every article here is written for the test, in sentences that are not in
F31's data files; each test fails without the rule it names.
"""

from claims.extraction import extract, parse_date
from tests.extraction.helpers import one, same_name


def test_mauritanian_month_names_are_months():
    # Mauritanian outlets print August as أغشت and December as دجمبر
    assert parse_date("نواكشوط، 12 أغشت 2011") == ("2011-08-12", "day")
    text = (
        "وتقول البرقية، التي أرسلها السفير في 3 دجمبر 2009، إن "
        '"الحكومة لا تملك خطة واضحة لتأمين الطريق إلى الشرق".\n'
    )
    q = one(text, "لا تملك خطة")
    assert q.date == "2009-12-03", q


def test_a_year_may_carry_the_letter_of_the_gregorian_era():
    # "الموافق 9 مارس 2024م": Yemeni and Gulf outlets mark the Gregorian year
    # with م beside the Hijri one
    assert parse_date("السبت 28 شعبان 1445هـ الموافق 9 مارس 2024م") == ("2024-03-09", "day")
    assert parse_date("خلال عام 2019م") == ("2019", "year")
    assert parse_date("بلغت 2024مليون") == (None, None)


def test_a_day_glued_to_a_preposition_starts_the_date():
    # "مؤرخة بـ7 مارس 2010": the day number carries بـ/لـ, the date keeps its day
    text = (
        "وتنقل البرقية، المؤرخة بـ7 مارس 2010، عن وزير الداخلية قوله إن "
        '"الحدود الشرقية أصبحت ممرا مفتوحا للمهربين".\n'
    )
    q = one(text, "الحدود الشرقية")
    assert q.date == "2010-03-07", q


def test_a_name_in_marks_of_the_quotes_own_family_inside_it_is_one_quote():
    # «… برنامج «الأمل الأخضر» …»: the inner pair names a programme; the
    # quote goes on after it and closes with the second closer
    text = (
        "وقال مدير الزراعة في الولاية: «سنوزع البذور عبر برنامج «الأمل الأخضر» "
        "على كل المزارعين قبل موسم الأمطار».\n"
    )
    quotes = extract(text)
    assert [q.text for q in quotes] == [
        "سنوزع البذور عبر برنامج «الأمل الأخضر» على كل المزارعين قبل موسم الأمطار"
    ], quotes


def test_a_quarter_named_in_marks_stays_in_the_apposition_role():
    # "وهو بائع متجول من حي «الرمال»،": the quarter's name in marks is part of
    # the description of the man, not where the role stops
    text = (
        "وقال سالم ولد عبد الله، وهو بائع متجول من حي «الرمال»، للموقع: "
        "«لم نر صهريجا واحدا منذ أسبوعين».\n"
    )
    q = one(text, "لم نر صهريجا")
    assert same_name(q.speaker, "سالم ولد عبد الله"), q
    assert q.role == "بائع متجول من حي «الرمال»", q


def test_marks_after_a_label_noun_ending_a_long_that_subject_are_its_predicate():
    # "أن ما بقي من عناصر الحزب «…».": الحزب closes the subject of the
    # cue's that-clause, nothing follows the marks: the speaker's words, not
    # the party's name
    text = "ويرى المراقبون أن ما بقي من أنصار الحزب «أقل من أن يغير النتيجة».\n"
    q = one(text, "أقل من أن")
    assert q.speaker == "المراقبون", q


def test_where_a_post_is_held_glued_to_bi_keeps_the_place_and_the_name_in_commas():
    # "مدير مكتب الصحة بمديرية خور مكسر، الدكتور X،": بـ + an indefinite
    # directorate after the title is where the post is held, not a companion
    # met; the place's name runs to the comma, the person follows
    text = (
        "وقال مدير مكتب الصحة بمديرية خور مكسر، الدكتور كريم سالم بامطرف، "
        'إن "المراكز الصحية استقبلت ضعف عدد المرضى هذا الشهر".\n'
    )
    q = one(text, "المراكز الصحية")
    assert same_name(q.speaker, "كريم سالم بامطرف"), q
    assert q.role == "مدير مكتب الصحة بمديرية خور مكسر", q


def test_a_place_named_in_an_indefinite_title_chain_makes_it_definite():
    # "عضو مجلس محافظة كربلاء سامي X": the province's own name is definite,
    # so the words after it are the member's name, not a relative clause of
    # an unnamed member
    text = 'وقال عضو مجلس محافظة كربلاء سامي جواد الخفاجي إن "المشروع متوقف منذ عامين".\n'
    q = one(text, "المشروع متوقف")
    assert same_name(q.speaker, "سامي جواد الخفاجي"), q
    assert q.role == "عضو مجلس محافظة كربلاء", q


def test_a_tribe_in_a_title_takes_its_own_name_before_the_place_and_the_person():
    # "شيخ قبيلة بني هلال في الجوف الشيخ X": بني هلال is the tribe's name,
    # the title's genitive, so the title goes on with في and the person is
    # the name after the honorific
    text = (
        "وقال شيخ قبيلة بني هلال في الجوف الشيخ منصور سالم العبيدي للصحيفة إن "
        '"الطريق مقطوع منذ أسبوع ولم يصل أي مسؤول".\n'
    )
    q = one(text, "الطريق مقطوع")
    assert same_name(q.speaker, "منصور سالم العبيدي"), q
    assert q.role == "شيخ قبيلة بني هلال في الجوف", q


def test_a_compound_first_name_counts_as_one_word_of_the_name():
    # "عبد الرزاق حمدي الجبوري": عبد + the article is one first name, so the
    # family name with the article is the third word of the name, not an
    # object after a full name
    text = 'وقال الخبير الزراعي عبد الرزاق حمدي الجبوري للقناة إن "الموسم خسر نصف محصوله".\n'
    q = one(text, "الموسم خسر")
    assert q.speaker == "عبد الرزاق حمدي الجبوري", q


def test_protests_in_the_plural_are_a_gathering_the_lead_dates():
    # "شهدت … يوم السبت 6 سبتمبر 2025 مظاهرات …": the plural is a gathering
    # like "وقفة" or "مسيرة"; what is said at it takes the lead's date
    text = (
        "شهدت مدينة المكلا، يوم السبت 6 سبتمبر 2025، مظاهرات حاشدة تنديدا بارتفاع الأسعار.\n\n"
        'وقال رئيس النقابة المحلية سالم عوض بن دغار إن "الرواتب لم تعد تكفي لشراء الخبز".\n'
    )
    q = one(text, "الرواتب لم تعد")
    assert q.date == "2025-09-06", q


def test_a_weekday_before_a_hijri_date_is_the_gregorian_days_weekday():
    # "مساء الاثنين 12 رمضان 1446هـ الموافق 10 مارس 2025م" then "مساء الاثنين"
    # again: the weekday named before the Hijri date is the day the
    # Gregorian date after الموافق falls on, so a later bare weekday counts
    # from it
    text = (
        "قطعت المؤسسة المحلية، مساء الاثنين 12 رمضان 1446هـ الموافق 10 مارس 2025م، "
        "المياه عن ثلاثة أحياء في المدينة.\n\n"
        "وفي وقت لاحق من مساء الاثنين، أصدرت إدارة المياه بيانا أكدت فيه أن "
        '"الضخ سيعود خلال يومين على الأكثر".\n'
    )
    q = one(text, "الضخ سيعود")
    assert q.date == "2025-03-10", q


def test_a_protester_telling_the_outlet_speaks_at_the_protest():
    # "وقال أحد المعتصمين لـ«…»": words told to the outlet are apart from a
    # gathering, except a participant's, interviewed at it
    text = (
        "نظم عشرات العمال، صباح الأربعاء 5 نوفمبر 2025، وقفة احتجاجية أمام مقر الشركة.\n\n"
        'وقال أحد المعتصمين، ويدعى صالح حسين باوزير، لـ"الموقع": "لم نتقاض أجورنا منذ '
        'ثلاثة أشهر".\n'
    )
    q = one(text, "لم نتقاض")
    assert q.date == "2025-11-05", q


def test_an_outlet_named_by_its_last_word_after_li_is_the_addressee():
    # "وقال لبلادي نيوز:": a web outlet's name ends with نيوز/ميديا/أونلاين;
    # glued to لـ after the verb it is who was told, the subject is the
    # speaker of the sentence before
    text = (
        "أما المحامي كريم سعيد الربيعي، فاعتبر أن القرار متسرع، وقال لبلادي نيوز: "
        '"سنطعن فيه أمام المحكمة الاتحادية".\n'
    )
    q = one(text, "سنطعن فيه")
    assert same_name(q.speaker, "كريم سعيد الربيعي"), q


def test_a_relative_clause_dating_the_document_dates_the_words_written_in_it():
    # "في البرقية الثانية، التي تعود إلى 3 مايو 2009، أن": the relative tells
    # when the cable was written, so its date is the words' (a relative about
    # the speaker, "النقابي الذي سجن سنة 2008", still dates nothing)
    text = (
        "وكتب القائم بالأعمال حينها جون برادلي في البرقية الثانية، التي تعود إلى 3 مايو 2009، "
        'أن "الجيش لم يعد يسيطر على الطريق الساحلي".\n'
    )
    q = one(text, "الجيش لم يعد")
    assert q.date == "2009-05-03", q


def test_a_cue_verb_whose_object_after_its_subject_is_the_name_withheld_is_no_cue():
    # "ونقل الدبلوماسي عن ضابط كبير، لم يذكر التقرير اسمه، قوله:": the aside
    # withholds the officer's name; its verb cues nothing, the relay does
    text = (
        "ونقل الدبلوماسي عن ضابط كبير، لم يذكر التقرير اسمه، قوله: "
        '"الحدود الجنوبية خارج السيطرة منذ الربيع".\n'
    )
    q = one(text, "الحدود الجنوبية")
    assert same_name(q.speaker, "ضابط كبير"), q


def test_a_family_name_alone_is_the_person_whose_name_it_ends():
    # "الراشدي" alone spells like "راشد", the middle name of the man quoted
    # first; the family name is the man whose name it ends
    text = (
        'وقال خالد راشد المنصوري إن "المفاوضات لم تبدأ بعد".\n\n'
        'ونقل التقرير عن سعيد حمدان الراشدي قوله إن "الاتفاق جاهز للتوقيع".\n\n'
        'وتابع الراشدي: "ننتظر موافقة الطرف الآخر فقط".\n'
    )
    q = one(text, "ننتظر موافقة")
    assert same_name(q.speaker, "سعيد حمدان الراشدي"), q


def test_someone_quoted_undated_after_a_cable_takes_the_account_off_the_cable():
    # a dated cable, the embassy's comment in it, then a researcher's
    # reaction quoted undated: a man quoted in the cables, reacting next, is
    # no longer in the cable's account
    text = (
        "وفي لقاء تصفه البرقية بالودي، قال الشيخ سالم مبارك الحارثي، أحد وجهاء شبوة، "
        'للدبلوماسيين إن "القبائل لن تسلم سلاحها للدولة". أما البرقية الثانية، المؤرخة '
        'في مارس 2010، فتنقل عن وزير الداخلية قوله إن "الجيش منهك". وعلقت السفارة في '
        'البرقية ذاتها بأن "الحكومة تبالغ في وصف الخطر". وفي قراءته للوثائق، قال الباحث '
        'كمال يوسف العامري إن ما ورد فيها "ليس جديدا على أحد". فيما رفض الشيخ الحارثي، '
        'الذي تواصل معه الموقع هاتفيا، التعليق، مكتفيا بالقول: "قلت ما قلته أمام الناس '
        'قبل سنوات".\n'
    )
    q = one(text, "قلت ما قلته")
    assert q.date is None, q


def test_a_member_is_one_person_not_a_construct_plural():
    # "عضو" ends in و like "مسؤولو" (officials of, in construct), but the و
    # is its own: an unnamed member is singular, so "قال" after him agrees
    text = (
        "والتقى الوفد عضوا في البرلمان. وقال عضو في لجنة المالية بالبرلمان "
        'إن "الموازنة لن تمر قبل نهاية الشهر". وأضاف: "نحتاج إلى توافق أوسع".\n'
    )
    q = one(text, "نحتاج إلى توافق")
    assert same_name(q.speaker, "عضو في لجنة المالية بالبرلمان"), q


def test_an_unnamed_companion_met_is_the_pronoun_relayed_after_it():
    # "لقاء جمع السفير X بمسؤول في وزارة الدفاع، نقلت عنه قوله": the
    # companion glued to بـ is the last man mentioned, the relay's pronoun
    text = (
        "وتروي البرقية لقاء جمع السفير الأمريكي توماس رايلي بمسؤول في وزارة الدفاع، "
        'نقلت عنه قوله: "الجيش لا يريد مواجهة مع القبائل".\n'
    )
    q = one(text, "الجيش لا يريد")
    assert same_name(q.speaker, "مسؤول في وزارة الدفاع"), q


def test_then_after_a_title_before_a_name_is_the_then_official_not_a_time_move():
    # "السفير البريطاني حينها جون هاريس": حينها describes the post held at the
    # time, before the name; it moves no narrative time, so the dated cable
    # of the sentence dates its quote
    text = (
        "وتتناول البرقية، وهي مؤرخة في 4 مايو 2007، لقاء جمع السفير البريطاني حينها "
        "جون هاريس بمسؤول في الرئاسة، نقلت عنه قوله: "
        '"الانتخابات ستجري في موعدها مهما حصل".\n'
    )
    q = one(text, "الانتخابات ستجري")
    assert q.date == "2007-05-04", q


def test_a_fathers_name_after_walad_may_end_with_a_title_word():
    # "أحمد ولد سيدي الشيخ، …،": in a Mauritanian name the father's name
    # after ولد (two words here) may end with الشيخ; it is the man's name,
    # not his title
    text = 'وقال أحمد ولد سيدي الشيخ، رئيس جمعية المنمين، إن "المراعي جفت قبل موعدها بشهرين".\n'
    q = one(text, "المراعي جفت")
    assert q.speaker == "أحمد ولد سيدي الشيخ", q
    assert q.role == "رئيس جمعية المنمين", q


def test_a_that_subject_with_a_long_role_in_commas_before_its_verb():
    # "أن X، أحد أعيان مدينة … في الشمال، قال له": the apposition runs to
    # nine words; the subject after أن is the named man, and a name that
    # ends with a title word after ولد opens no new sentence
    text = (
        "وتنقل البرقية عن دبلوماسي زار المنطقة أن محمد ولد اعل الشيخ، أحد أعيان مدينة "
        'أطار في ولاية آدرار بالشمال، قال له: "الشباب لا يجدون عملا هنا".\n'
    )
    q = one(text, "الشباب لا يجدون")
    assert q.speaker == "محمد ولد اعل الشيخ", q
    assert q.role == "أحد أعيان مدينة أطار في ولاية آدرار بالشمال", q


def test_the_definite_singular_of_the_plural_a_person_was_one_of_is_that_person():
    # "X، أحد زعماء العشائر في المنطقة، …" then "وأضاف الزعيم القبلي:": the
    # singular of the plural in "أحد زعماء" names the man again, with his role
    text = (
        'وقال حمد سالم العنزي، أحد زعماء العشائر في المنطقة، إن "الطريق مغلق منذ '
        'أسبوع".\n\n'
        'وأضاف الزعيم القبلي: "لن نفتحه قبل أن تفي الحكومة بوعودها".\n'
    )
    q = one(text, "لن نفتحه")
    assert same_name(q.speaker, "حمد سالم العنزي"), q
    assert q.role == "أحد زعماء العشائر في المنطقة", q


def test_the_definite_singular_of_a_sound_plural_is_the_person_too():
    # "X، أحد المعتصمين أمام الوزارة، …" then "وتابع المعتصم الشاب:": no title,
    # the singular of "المعتصمين" with an adjective is the same man
    text = (
        'وقال سعيد ولد محمد، أحد المعتصمين أمام الوزارة، إن "الرواتب متأخرة منذ '
        'أربعة أشهر".\n\n'
        'وتابع المعتصم الشاب: "لن نغادر قبل أن نقابل الوزير".\n'
    )
    q = one(text, "لن نغادر")
    assert same_name(q.speaker, "سعيد ولد محمد"), q


def test_where_a_named_protester_stood_is_no_part_of_his_role():
    # "أحد المتظاهرين في ساحة الحرية، ويدعى X،": the square is where the
    # protest stood; the role is the participation
    text = (
        'وقال أحد المتظاهرين في ساحة الحرية، ويدعى ماجد سالم الحكيمي، للموقع: "نريد رواتبنا فقط".\n'
    )
    q = one(text, "نريد رواتبنا")
    assert same_name(q.speaker, "ماجد سالم الحكيمي"), q
    assert q.role == "أحد المتظاهرين", q


def test_an_outlet_by_its_last_word_after_a_name_is_the_addressee():
    # "المحامي حسن لبلادي نيوز:": after the speaker's title and name, لـ + a
    # word and the word a web outlet's name ends with is whom he told, no
    # part of his name
    text = 'وقال المحامي حسن لبلادي نيوز: "سنطعن في القرار أمام المحكمة".\n'
    q = one(text, "سنطعن في القرار")
    assert q.speaker == "حسن", q


def test_ali_inside_a_name_given_by_yudaa_is_the_name():
    # "ويدعى صالح علي باوزير،": علي between the name's words, before the
    # comma that closes it, is the name Ali, not the preposition
    text = (
        'وقال أحد الصيادين في الميناء، ويدعى صالح علي باوزير، للموقع: "البحر لم يعد يعطينا شيئا".\n'
    )
    q = one(text, "البحر لم يعد")
    assert same_name(q.speaker, "صالح علي باوزير"), q
