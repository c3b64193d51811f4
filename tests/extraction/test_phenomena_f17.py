"""Phenomena found by the fresh author's set F17 (``articles_blind22.py``).

Every article here is written for the test, in sentences that are not in
F17's data files; each test fails without the rule it names.
"""

from tests.extraction.helpers import one, same_name


def test_the_engineer_abbreviation_with_a_space_opens_the_name():
    # "مدير … م. فلان": the abbreviated honorific (engineer) followed by a
    # space is no full stop; the name after it is the speaker
    text = (
        'عمان 3-4-2025 - قال مدير شركة الكهرباء الوطنية م. سامي حداد، اليوم الخميس، إن "الأحمال '
        'بلغت ذروة غير مسبوقة هذا الأسبوع". وأضاف حداد أن "الشبكة ستصمد رغم الضغط".\n'
    )
    q = one(text, "الأحمال بلغت")
    assert same_name(q.speaker, "سامي حداد"), q
    assert q.role == "مدير شركة الكهرباء الوطنية", q
    q = one(text, "الشبكة ستصمد")
    assert q.role == "مدير شركة الكهرباء الوطنية", q


def test_a_title_glued_to_fa_opens_a_sentence_whose_subject_speaks_next():
    # "فوزير X فلان، الذي …، لم يخف … . وقال:": the subject fronted with فـ
    # is a person mentioned; the next verb with no subject is his
    text = (
        "بدا الاجتماع متوترا منذ بدايته. فرئيس البلدية خالد منصور، الذي وصل متأخرا، "
        'لم يخف استياءه من الأرقام. وقال للحاضرين: "لن نوقع على موازنة لا تكفي لجمع النفايات".\n'
    )
    q = one(text, "لن نوقع")
    assert same_name(q.speaker, "خالد منصور"), q
    assert q.role == "رئيس البلدية", q


def test_muawin_is_a_title():
    # "معاون وزير X، الدكتور فلان، أوضح": معاون (assistant, deputy: Syrian
    # usage) heads a title like نائب and مساعد
    text = (
        "معاون وزير النقل لشؤون الطيران، الدكتور سامر العلي، أوضح أن الرحلات "
        '"ستعود إلى جدولها الطبيعي خلال أسبوعين".\n'
    )
    q = one(text, "ستعود إلى جدولها")
    assert same_name(q.speaker, "سامر العلي"), q
    assert q.role == "معاون وزير النقل لشؤون الطيران", q


def test_and_replied_with_a_title_ends_an_unmarked_quote_without_a_full_stop():
    # "مضيفة: … طوال العام ورد وزير X على …": in text whose full stops were
    # dropped, "and replied" with a title for its subject is the narrator's,
    # not the speaker's words, and its participle quotes the minister
    text = (
        'وقالت النائب سلمى العبادي ان اللجنه "تتجاهل هموم المواطنين"، مضيفه: لا يمكن ان تبقى '
        "الاسعار بهذا الارتفاع طوال العام ورد وزير الماليه خالد الحمود علي مداخلات النواب "
        'قائلا ان "الضرائب لم تتغير منذ سنوات طويله"\n'
    )
    q = one(text, "لا يمكن ان تبقى")
    assert q.text.endswith("طوال العام"), q
    q = one(text, "الضرائب لم تتغير")
    assert same_name(q.speaker, "خالد الحمود"), q
    assert q.role == "وزير الماليه", q


def test_a_family_name_with_the_article_third_before_an_adjunct_after_a_saying_verb():
    # "وقال النائب فلان فلان الفلاني خلال الجلسة ان": a verb of saying takes
    # no object before its adjunct either, so the article word is the family
    # name, and the surname alone later is the same person with their title
    text = (
        'وقال النائب احمد خليل العواملة خلال جلسة الموازنة ان "العجز تضاعف في ثلاث سنوات" '
        'واضاف العواملة ان "الحكومة لم تقدم اي خطة لخفضه"\n'
    )
    q = one(text, "العجز تضاعف")
    assert same_name(q.speaker, "احمد خليل العواملة"), q
    q = one(text, "لم تقدم اي خطة")
    assert q.role == "النائب", q


def test_a_construct_chain_of_indefinite_nouns_ends_at_its_first_definite_one():
    # "نقيب أصحاب مكاتب السياحة فلان الفلاني": after a construct title, the
    # indefinite nouns up to the first definite one are its genitive chain;
    # the name follows
    text = (
        'وقال نقيب أصحاب مكاتب السياحة سامر الحوراني للصحيفة إن "الحجوزات تراجعت '
        'إلى النصف منذ بداية الموسم"\n'
    )
    q = one(text, "الحجوزات تراجعت")
    assert same_name(q.speaker, "سامر الحوراني"), q
    assert q.role == "نقيب أصحاب مكاتب السياحة", q


def test_a_dated_statement_recalled_after_the_speakers_words_dates_only_itself():
    # "اعتبر X أن «…»، مذكرا بأن الهيئة حذرت في بيان بتاريخ … من أن «…»":
    # the date is the statement's; neither X's words before it nor his next
    # ones ("وتابع X:") are of that date
    text = (
        "ورأى رئيس اتحاد المزارعين، كمال الراعي، أن القرار «جاء متأخرا سنة كاملة»، "
        "مذكرا بأن الاتحاد حذر في بيان بتاريخ 3 أيار 2024 من أن «الجفاف سيضرب المحاصيل "
        "الشتوية». وتابع الراعي: «المزارع وحده يدفع ثمن التأخير في كل موسم».\n"
    )
    q = one(text, "جاء متأخرا")
    assert q.date is None, q
    q = one(text, "الجفاف سيضرب")
    assert q.date == "2024-05-03", q
    q = one(text, "المزارع وحده")
    assert q.date is None, q


def test_the_subject_of_a_pluperfect_opening_speaks_for_its_later_verbs():
    # "وكانت السلطة قد أعلنت في بيان …، قالت إنها «…»": the body named
    # after وكانت … قد is the subject of the sentence's verbs that name
    # none, not the person quoted or mentioned before
    text = (
        'وقالت الناشطة ريم الحسن إن "المخيمات تعاني منذ أشهر". وتوصي بذلك منظمة الأمم المتحدة '
        "للطفولة. وكانت سلطة الإغاثة قد أعلنت في بيان عن برنامج للدعم، قالت إنه "
        '"سيشمل ألفي عائلة في الأشهر الثلاثة المقبلة".\n'
    )
    q = one(text, "سيشمل ألفي عائلة")
    assert same_name(q.speaker, "سلطة الإغاثة"), q


def test_a_day_of_the_current_month_takes_the_year_of_the_dateline():
    # "في 2 تموز الجاري": of the current month, however far from the
    # dateline that gives its year
    text = (
        "عمان 20-8-2025 - أعلنت وزارة المياه، اليوم الأربعاء، عن جدول جديد لتوزيع المياه "
        "على الأحياء الشرقية من العاصمة، بعد أسابيع من الشكاوى المتكررة من السكان "
        "والبلديات والنواب الذين طالبوا بحلول عاجلة لانقطاع المياه عن آلاف المنازل في "
        "ذروة الصيف الحالي. وتشهد المملكة منذ سنوات تراجعا في الموارد المائية بسبب قلة "
        "الأمطار وارتفاع الطلب مع تزايد عدد السكان، فيما تعتمد الحكومة على مشاريع التحلية "
        "والنقل من الجنوب لسد العجز المتزايد في الصيف. وتعد المملكة من أفقر دول العالم "
        "مائيا وفق تقديرات المنظمات الدولية المختصة بالمياه والبيئة والتنمية في المنطقة.\n"
        "وكان الأمين العام للوزارة، عمر سلامة، قد قال في مؤتمر صحافي "
        'عقده في 5 آب الجاري إن "الأزمة ستنتهي قبل نهاية الشهر".\n'
    )
    q = one(text, "الأزمة ستنتهي")
    assert q.date == "2025-08-05", q


def test_the_outlets_meeting_ends_an_apposition_with_he_or_she():
    # "يقول أبو علي، وهو بائع خضار في الخمسين التقته «الصحيفة» في السوق،":
    # the relative clause with no الذي after the indefinite noun (the outlet
    # met him) is no part of his role
    text = (
        "«البضاعة تفسد قبل أن تباع»، يقول أبو علي، وهو بائع خضار في الخمسين من عمره "
        "التقته «الصحيفة» في سوق الهال، ثم يضيف: «لم أر الأسواق بهذا الركود من قبل».\n"
    )
    q = one(text, "البضاعة تفسد")
    assert q.role == "بائع خضار في الخمسين من عمره", q


def test_a_verb_agreeing_with_the_relative_before_it_has_its_object_after_it():
    # "تقرير الصندوق، الذي قدّر حجم العجز بنحو …، وحذّر من أن «…»": the
    # relative pronoun is the subject of the verb that agrees with it; the
    # indefinite noun after the verb is its object, no speaker
    text = (
        "ويتفق ذلك مع دراسة المعهد الوطني للإحصاء الصادرة الشهر الماضي، التي قدرت نسبة "
        "البطالة بنحو 18 في المئة، وحذرت من أن «الشباب سيهاجرون بأعداد غير مسبوقة».\n"
    )
    q = one(text, "الشباب سيهاجرون")
    assert q.speaker and "نسبة" not in q.speaker, q


def test_a_day_after_that_dates_the_event_reported_not_the_statement():
    # "قال X إن المجلس اجتمع مساء الأحد، موضحا: …": the day after أنّ is
    # when the council met; the words told to the outlet are not dated by it
    text = (
        'رام الله 16-7-2025 - قال محافظ رام الله، اليوم الأربعاء، إن "الأزمة ستحل خلال '
        'أيام قليلة".\n'
        "وقال رئيس المجلس القروي، سمير عودة، إن المجلس اجتمع بشكل "
        "طارئ مساء الأحد، موضحا: «لا نملك ما ندفع به ثمن الصهاريج بعد اليوم».\n"
    )
    q = one(text, "لا نملك ما ندفع")
    assert q.date is None, q


def test_words_given_on_an_occasion_of_their_own_do_not_take_the_speakers_earlier_date():
    # "واكتفى بالقول في اتصال هاتفي: «…»": the speaker quoted before from a
    # dated cable now speaks on a phone call; the cable's date stays with it
    text = (
        "وفي برقية مؤرخة في 12 أيار 2009، نقل السفير عن النائب سالم الفارس قوله: "
        "«الحكومة لن تصمد حتى نهاية العام».\n"
        "وقال الناطق باسم الحكومة، عمر الزين، أمس إن «هذه الوثائق لا تعني شيئا اليوم».\n"
        "أما الفارس، فرفض الخوض في الكلام المنسوب إليه، واكتفى بالقول في اتصال هاتفي: "
        "«لا أذكر ما قلته في تلك الأيام».\n"
    )
    q = one(text, "الحكومة لن تصمد")
    assert q.date == "2009-05-12", q
    q = one(text, "لا أذكر ما قلته")
    assert q.date is None, q


def test_a_relaying_verb_with_wa_ends_an_unmarked_quote_without_a_full_stop():
    # "قائلا: … نفسها ونقلت وكالة الأنباء عن مصدر قوله": with the full stop
    # dropped, the narrator resumes at the relay; its source is the speaker
    text = (
        "واعتبر المحلل المالي سامي النمري ان الارقام مقلقة، قائلا: ما نراه اليوم "
        "كان متوقعا منذ سنوات طويلة ونقلت وكالة الانباء الرسمية عن مصدر حكومي قوله ان "
        '"العجز سينخفض في العام المقبل"\n'
    )
    q = one(text, "ما نراه اليوم")
    assert q.text.endswith("منذ سنوات طويلة"), q
    q = one(text, "العجز سينخفض")
    assert q.speaker == "مصدر حكومي", q


def test_an_event_named_again_with_the_article_takes_the_date_of_the_words_said_at_it():
    # "وأضاف X خلال زيارة ميدانية …: «…»" (dated) … "وخلال الزيارة، قالت
    # المواطنة …": the visit told of before; what is said at it has its date
    text = (
        "غزة 3-9-2025 - قال وزير الصحة، اليوم الأربعاء، إن «المستشفيات تعمل بربع طاقتها». "
        "وأضاف الوزير خلال زيارة ميدانية لمستشفى الشفاء: «نحتاج إلى الوقود قبل الدواء».\n"
        "ويعاني القطاع من نقص حاد في المستلزمات الطبية منذ أشهر.\n"
        "وخلال الزيارة، قالت الممرضة سناء عوض للوزير: «نعمل منذ ثلاثين ساعة بلا انقطاع».\n"
    )
    q = one(text, "نعمل منذ ثلاثين")
    assert q.date == "2025-09-03", q


def test_an_accusative_object_or_adverb_after_a_bodys_name_is_no_part_of_it():
    # "أصدرت نقابة X بيانا، قالت فيه", "جاء رد غرفة التجارة سريعا": the
    # object or the adverb in the accusative ends the body's name
    text = (
        'أصدرت نقابة المعلمين بيانا أمس، قالت فيه إن "الإضراب سيستمر حتى تحقيق المطالب".\n'
        "وجاء رد غرفة التجارة سريعاً، إذ رأت الغرفة أن القرار «سيضر بصغار التجار قبل غيرهم».\n"
    )
    q = one(text, "الإضراب سيستمر")
    assert q.speaker == "نقابة المعلمين", q


def test_the_plural_of_a_participle_in_mim_with_the_article_is_a_group():
    # "والمحتجون: «…»" in a headline, "وقال المحتجون إن": the sound plural
    # of a participle is a group, not a person's name, so the singular
    # verb of the next sentence is not theirs
    text = (
        "غضب في الشارع.. والمتظاهرون: «لن نعود إلى البيوت قبل الإفراج عن المعتقلين» "
        "تواصلت الاحتجاجات أمس في العاصمة. فرئيس الحكومة سليم عواد، الذي عاد من باريس، "
        "لم يعلق. وقال للصحافيين: «سنحاور الجميع دون شروط مسبقة».\n"
    )
    q = one(text, "لن نعود إلى البيوت")
    assert q.speaker_kind == "group", q
    q = one(text, "سنحاور الجميع")
    assert same_name(q.speaker, "سليم عواد"), q


def test_a_present_verb_with_fa_after_the_topics_comma_answers_amma_in_text_without_stops():
    # "… صغيرا أما البرقية الثالثة، المؤرخة في …، فتتناول …": with the full
    # stop dropped, أما and its ف-verb after the topic's comma open a new
    # sentence, whose own date dates what is said in it
    text = (
        "وفي برقية أخرى تعود إلى أيار 2008، نقل دبلوماسي أميركي عن تاجر من البصرة قوله إن "
        "«الأسواق خاوية منذ أشهر طويلة» ووصف التاجر الوضع بأنه «موت بطيء»، وفق البرقية التي "
        "أشارت إلى أنه يملك متجرا صغيرا أما البرقية الثالثة، المؤرخة في 9 تموز/يوليو 2009، "
        "فتتناول لقاء جمع دبلوماسيين في السفارة بالنائب سامر العلي، الذي قال لهم: «الحكومة "
        "لن تكمل ولايتها إذا استمر الانقسام»\n"
    )
    q = one(text, "الحكومة لن تكمل")
    assert q.date == "2009-07-09", q


def test_words_on_an_occasion_of_their_own_in_a_dated_cables_paragraph_are_not_of_its_date():
    # the same, its paragraphs run together: "واكتفى بالقول في اتصال هاتفي"
    # is no account of the cable told a few sentences before
    text = (
        "وفي برقية مؤرخة في 12 أيار 2009، كتب السفير أنه التقى النائب سالم الفارس الذي قال "
        "له: «الحكومة لن تصمد حتى نهاية العام». وقال الناطق باسم الحكومة، عمر الزين، أمس إن "
        "«هذه الوثائق لا تعني شيئا اليوم». أما الفارس، فرفض الخوض في الكلام المنسوب إليه، "
        "واكتفى بالقول في اتصال هاتفي: «لا أذكر ما قلته في تلك الأيام».\n"
    )
    q = one(text, "الحكومة لن تصمد")
    assert q.date == "2009-05-12", q
    q = one(text, "لا أذكر ما قلته")
    assert q.date is None, q


def test_a_title_after_several_words_past_that_opens_a_sentence_whose_stop_was_dropped():
    # "قالوا إن كلفة ريهم تضاعفت تقريبا معاون الوزير، الدكتور X، أوضح":
    # with the full stop dropped, the words after أنّ are not the subject of
    # the verb after the name in commas; the title opens its subject
    text = (
        "لم يمر قرار وزارة الزراعة الأخير برفع أسعار الأسمدة بهدوء، إذ تلقّت «الصحيفة» عشرات "
        "الشكاوى من مزارعين قالوا إن كلفة ريّهم الشهري تضاعفت تقريباً معاون وزير الزراعة "
        "لشؤون الري، الدكتور كمال الراعي، أوضح في تصريح لـ«الصحيفة» أن الوزارة «لم تكن قادرة "
        "على تثبيت الأسعار أكثر من ذلك»\n"
    )
    q = one(text, "لم تكن قادرة")
    assert same_name(q.speaker, "كمال الراعي"), q
