"""Quote marks as real web text writes them (the real-article sets r1-r5).

Every article here is written for the test, in sentences that are not in
the real articles; each test fails without the rule it names.
"""

from tests.extraction.helpers import one, quotes_of


def test_two_apostrophes_are_one_quote_mark():
    # ''…'': a page that typed each mark as two apostrophes (Algerian
    # press), also glued to a clitic (ب''…'')
    text = (
        "وقال وزير النقل كريم بلعيد، أمس، إن ''المشروع سينطلق قبل نهاية السنة''، "
        "مضيفا ''لن نقبل بأي تأخير في الإنجاز''. ووصف الوزير الاتفاق ب''الخطوة المهمة''.\n"
    )
    q = one(text, "المشروع سينطلق قبل")
    assert q.text == "المشروع سينطلق قبل نهاية السنة", q
    assert q.speaker == "كريم بلعيد" and q.role == "وزير النقل", q
    q = one(text, "لن نقبل بأي تأخير")
    assert q.text == "لن نقبل بأي تأخير في الإنجاز" and q.speaker == "كريم بلعيد", q


def test_an_html_entity_left_as_text_is_a_quote_mark():
    # quot;…quot; (and &quot;): the entity of the mark, printed as text,
    # glued to the words on both sides
    text = (
        "وقال رئيس البلدية سمير الدوسري في مؤتمر صحفي إن quot;الطريق الجديد سيفتح "
        "الشهر المقبلquot;. وأكد أن &quot;الأشغال تسير وفق الجدول&quot;.\n"
    )
    q = one(text, "الطريق الجديد")
    assert q.text == "الطريق الجديد سيفتح الشهر المقبل", q
    assert q.speaker == "سمير الدوسري", q
    q = one(text, "الأشغال تسير")
    assert q.text == "الأشغال تسير وفق الجدول", q


def test_a_backslash_before_a_mark_is_no_part_of_the_quote():
    # \"…\": an escaped mark left by a feed; the backslash is not quoted
    text = 'وقال النائب فادي الخوري إن \\"الحكومة لم تف بوعودها للمزارعين\\" مشيرا إلى الأزمة.\n'
    q = one(text, "الحكومة لم تف")
    assert q.text == "الحكومة لم تف بوعودها للمزارعين", q


def test_doubled_single_quotes_and_a_double_prime_close():
    # ‘‘…‘‘ (the same glyph twice on both sides) and “…″ (a double prime
    # typed for the closing mark)
    text = (
        "وقالت الناطقة باسم الجمعية ليلى الحسني إن ‘‘الدعم لم يصل إلى القرى النائية‘‘، "
        "وأضافت أن “المتطوعين يعملون ليلا ونهارا″، داعية إلى التبرع.\n"
    )
    q = one(text, "الدعم لم يصل")
    assert q.text == "الدعم لم يصل إلى القرى النائية", q
    q = one(text, "المتطوعين يعملون")
    assert q.text == "المتطوعين يعملون ليلا ونهارا", q
    assert len(quotes_of(text)) == 2


def test_several_names_in_marks_of_the_quotes_own_family_inside_it():
    # «… «X» … «Y» …»: two names in guillemets inside a quote in
    # guillemets, the last one closing right before the quote («…»»)
    text = (
        "وقال المدير العام للشركة هشام الزيدي إن «عقد «النور» سيوقع مع بلدية "
        "الساحل قبل عقد «الأمل» الذي تأخر بسبب «الظروف الطارئة»». وغادر القاعة.\n"
    )
    q = one(text, "سيوقع مع بلدية")
    assert q.text.startswith("عقد «النور» سيوقع") and q.text.endswith("«الظروف الطارئة»"), q
    assert q.speaker == "هشام الزيدي", q
    assert len(quotes_of(text)) == 1


def test_a_mark_glued_to_that_and_spaced_from_the_words_opens():
    # "وأوضح X ان" …"": the opening mark typed right after أنّ with the
    # space on its other side (it reads as a closer by its sides alone)
    text = (
        'وأوضح النائب سالم العبيدي ان" اللجنة ستستدعي الوزير الأسبوع المقبل"، '
        'مشيرا إلى أن" الملف لن يغلق قبل ذلك".\n'
    )
    q = one(text, "اللجنة ستستدعي")
    assert q.text == "اللجنة ستستدعي الوزير الأسبوع المقبل", q
    assert q.speaker == "سالم العبيدي" and q.role == "النائب", q
    q = one(text, "الملف لن يغلق")
    assert q.text == "الملف لن يغلق قبل ذلك" and q.speaker == "سالم العبيدي", q


def test_a_quote_never_closed_ends_at_the_full_stop():
    # "مضيفا: «… .. … . وبحسب …": the opening mark after the cue's colon
    # is never closed; the words run to the full stop (not to "..")
    text = (
        "وأشاد وزير الزراعة نبيل الطاهر بالموسم، مضيفا: «نحن راضون عن النتائج.. ونأمل "
        "أن يتحسن المحصول العام المقبل. وبحسب أرقام الوزارة ارتفع الإنتاج بعشرة في المئة.\n"
    )
    q = one(text, "نحن راضون")
    assert q.text == "نحن راضون عن النتائج.. ونأمل أن يتحسن المحصول العام المقبل", q
    assert q.speaker == "نبيل الطاهر" and q.role == "وزير الزراعة", q
    assert len(quotes_of(text)) == 1


def test_a_quote_never_closed_after_that_runs_to_the_line_end():
    # "أن "…\n": after أنّ the opening mark is left open to the end of the
    # paragraph; a mark left open after a plain noun is no quote
    text = (
        'وقال المتحدث باسم الشرطة علي المنصوري إن "الدوريات ستتواصل في الأحياء الشرقية '
        "حتى عودة الهدوء\n"
        'وأشار إلى أن الأحياء المعنية هي، "حي الزهور وحي النخيل وحي السلام.\n'
    )
    q = one(text, "الدوريات ستتواصل")
    assert q.text == "الدوريات ستتواصل في الأحياء الشرقية حتى عودة الهدوء", q
    assert q.speaker == "علي المنصوري", q
    assert len(quotes_of(text)) == 1


def test_a_closing_mark_never_opened_after_a_verb_of_saying():
    # "وقال لقد …”." and "قوله: …”": the closing mark with no opener; the
    # words start right after the verb (or the colon)
    text = (
        "وتحدث رئيس النادي مراد القاسمي عن الموسم المقبل. وقال لقد تعاقدنا مع ثلاثة لاعبين "
        "جدد وننتظر وصول المدرب”.\n"
        "ونقلت الصحيفة عن القاسمي قوله في الاجتماع: لن نبيع أي لاعب قبل نهاية البطولة”.\n"
    )
    q = one(text, "لقد تعاقدنا")
    assert q.text == "لقد تعاقدنا مع ثلاثة لاعبين جدد وننتظر وصول المدرب", q
    assert q.speaker == "مراد القاسمي", q
    q = one(text, "لن نبيع أي لاعب")
    assert q.text == "لن نبيع أي لاعب قبل نهاية البطولة", q
    assert q.speaker == "مراد القاسمي", q


def test_a_closing_mark_never_opened_after_a_name_in_marks():
    # "وقال X في برنامج «…» على قناة «…» نحن …»": the words start after
    # the last name in marks that follows the verb
    text = (
        "وقال وزير الصحة فارس النعيمي في برنامج «حديث الساعة» على قناة «الوطن» نحن "
        "مستعدون لاستقبال الحالات الجديدة في كل المستشفيات»، داعيا إلى الهدوء.\n"
    )
    q = one(text, "نحن مستعدون")
    assert q.text == "نحن مستعدون لاستقبال الحالات الجديدة في كل المستشفيات", q
    assert q.speaker == "فارس النعيمي", q


def test_parentheses_after_a_verb_of_saying_are_quote_marks():
    # "وأضاف (…)." (Sudanese press): parentheses right after the verb
    # hold its words; an aside in parentheses after a verb is no quote
    text = (
        "واستقبل والي الولاية حسن الطيب وفد المزارعين. وأضاف (سنوفر التقاوي والأسمدة "
        "لكل المزارعين قبل بداية الموسم). وقال (في إشارة إلى الجفاف الأخير) إن الحكومة "
        "ستعوض المتضررين.\n"
    )
    q = one(text, "سنوفر التقاوي")
    assert q.text == "سنوفر التقاوي والأسمدة لكل المزارعين قبل بداية الموسم", q
    assert q.speaker == "حسن الطيب", q
    assert len(quotes_of(text)) == 1


def test_a_name_met_before_in_marks_right_after_the_verb_is_its_subject():
    # "وأضاف «X»، خلال …: «…»", "وأضافت «Y» إن …": some outlets set a
    # name in marks; right after the verb, named before in the article,
    # with the verb's words still to come, it is the subject, not a quote
    text = (
        "قال النائب مجدي عبد الرحيم إن الميزانية لا تكفي. وأضاف «عبد الرحيم»، خلال "
        "الجلسة العامة: «نطالب بزيادة مخصصات الصحة والتعليم».\n"
        "ونشرت صحيفة «الرقيب» تقريرا عن الجلسة. وأضافت «الرقيب» إن النواب غادروا "
        "القاعة قبل التصويت.\n"
    )
    texts = [q.text for q in quotes_of(text)]
    assert "عبد الرحيم" not in texts and "الرقيب" not in texts, texts
    q = one(text, "نطالب بزيادة")
    assert q.speaker == "مجدي عبد الرحيم", q


def test_two_words_in_marks_after_a_verb_and_an_adverb_of_manner():
    # "مضيفا بحزم «…»": the word between the participle and two words in
    # marks says how they were said; it is no subject whose object they are
    text = "ورفض رئيس الاتحاد أنور السالمي مطالب المحتجين، مضيفا بحزم «لن نتراجع».\n"
    q = one(text, "لن نتراجع")
    assert q.speaker == "أنور السالمي", q


def test_two_words_in_marks_closing_the_sentence_of_a_verb_of_saying():
    # "قال لـX عن Y «…».": who it was said to and about, then two words in
    # marks that close the sentence: what was said; marks after a
    # preposition there still name something
    text = (
        "وذكر التقرير أن المدرب سامي العلوي قال للاعبين عن المباراة المقبلة «لا تستسلموا».\n"
        "وقال العلوي في «الملعب الكبير».\n"
    )
    q = one(text, "لا تستسلموا")
    assert q.speaker == "سامي العلوي", q
    assert len(quotes_of(text)) == 1


def test_a_quote_goes_on_across_a_wrapped_line():
    # text hard-wrapped at a fixed width: a line that ends mid-sentence (no
    # full stop, no colon) inside an open quote only wraps it, and the
    # quote closes on a following line; a line that ends a sentence still
    # ends an unclosed quote
    text = (
        "وقال رئيس النقابة سمير الحداد خلال اجتماع المجلس: “لن نوقع على أي اتفاق\n"
        "لا يضمن حقوق العمال في الأجور والتقاعد، ولن نتراجع عن\n"
        "مطالبنا مهما طال الإضراب”.\n"
        "وأضاف الحداد: “الحكومة تتحمل المسؤولية كاملة.\n"
        "ونشرت النقابة بيانا عن الاجتماع.\n"
    )
    q = one(text, "لن نوقع على أي اتفاق")
    assert q.text == (
        "لن نوقع على أي اتفاق\nلا يضمن حقوق العمال في الأجور والتقاعد، ولن نتراجع عن\n"
        "مطالبنا مهما طال الإضراب"
    ), q
    assert q.speaker == "سمير الحداد", q
    q = one(text, "الحكومة تتحمل")
    assert q.text == "الحكومة تتحمل المسؤولية كاملة", q


def test_straight_apostrophes_with_a_space_inside_the_marks():
    # ' …؟'، and ' …': apostrophes used as quote marks, typed with a space
    # between the opening mark and the words (or the words and the closing one)
    text = (
        "وتساءل الناشط ماهر الصالح:' متى تعود الكهرباء إلى الأحياء الشرقية؟'، "
        "مؤكدا ان ' الأهالي لن يصبروا أكثر من ذلك '.\n"
    )
    q = one(text, "متى تعود الكهرباء")
    assert q.text == "متى تعود الكهرباء إلى الأحياء الشرقية؟", q
    q = one(text, "الأهالي لن يصبروا")
    assert q.text == "الأهالي لن يصبروا أكثر من ذلك", q
    assert len(quotes_of(text)) == 2


def test_a_mark_within_the_first_words_after_a_colon_holds_the_words_said():
    # "وقال: إن الهيئة تؤكد «…»", "المدير: القطاع الصحي «…»": the colon's
    # first words run into marks; what the marks hold was said, the words
    # before them frame it and are no quote of their own
    text = (
        "مدير المستشفى: القطاع الصحي الحكومي “على حافة الانهيار الكامل”\n\n"
        "وقال المدير العام للمستشفى وليد الشامي في مؤتمر صحفي: إن الإدارة تؤكد "
        "«حاجتها العاجلة إلى الأدوية والأجهزة الطبية قبل حلول الشتاء».\n"
    )
    texts = [q.text for q in quotes_of(text)]
    assert texts == [
        "على حافة الانهيار الكامل",
        "حاجتها العاجلة إلى الأدوية والأجهزة الطبية قبل حلول الشتاء",
    ], texts


def test_a_verb_on_an_earlier_line_introduces_no_colon_on_a_later_one():
    # a headline with a verb, then a page stamp "label : time - date": the
    # stamp's colon is no speech of the headline's verb
    text = (
        "الوزارة تنفي إغلاق المدارس في الجنوب\n\n"
        "آخر تحديث : 09:30 - 2024/03/11\n\n"
        "نفت وزارة التربية اليوم إغلاق المدارس، وقال الناطق باسمها سالم العبيدي إن "
        "«الدروس مستمرة في كل المدارس دون انقطاع».\n"
    )
    texts = [q.text for q in quotes_of(text)]
    assert texts == ["الدروس مستمرة في كل المدارس دون انقطاع"], texts


def test_unmarked_speech_goes_on_through_a_short_name_in_marks():
    # "قائلا: … بـ“كأس الدوري”، وأشكر …": after a verb of saying and its
    # colon, a name in marks inside the words does not end them
    text = (
        "وتحدث مدرب الفريق كمال الزين بعد المباراة قائلا: نهنئ جماهيرنا بالفوز "
        "بـ“كأس الدوري الممتاز” بعد موسم صعب وطويل جدا.\n"
    )
    q = one(text, "نهنئ جماهيرنا")
    assert q.text == "نهنئ جماهيرنا بالفوز بـ“كأس الدوري الممتاز” بعد موسم صعب وطويل جدا", q
    assert len(quotes_of(text)) == 1


def test_the_words_right_after_saying_with_no_colon_are_speech():
    # "وتابع قائلا نحن …، مشيرا إلى …": قائلا takes no object but the words
    # said, so they follow it even with no colon and no marks, up to the
    # narrator's next cue; "قائلا له"/"قائلا إن" open no direct speech
    text = (
        "وختم رئيس الجمعية فريد الساعدي كلمته قائلا نحن لن نتخلى عن حقوق الفلاحين "
        "مهما كانت الضغوط، مشيرا إلى أن الجمعية ستواصل عملها.\n"
        "ثم التفت إلى الصحفيين قائلا لهم إن الحوار مستمر.\n"
    )
    q = one(text, "نحن لن نتخلى")
    assert q.text == "نحن لن نتخلى عن حقوق الفلاحين مهما كانت الضغوط", q
    assert q.speaker == "فريد الساعدي", q
    assert len(quotes_of(text)) == 1


def test_a_colon_after_a_speaker_with_a_long_apposition():
    # "قال X، رئيس … (ten words and more): إن …": the verb of saying is
    # further back than a speaker without apposition would put it
    text = (
        "قال سليم الحداد، رئيس الاتحاد الوطني لنقابات عمال الموانئ البحرية: إن "
        "الإضراب سيستمر حتى تلبية كل المطالب.\n"
    )
    q = one(text, "الإضراب سيستمر")
    assert q.speaker == "سليم الحداد", q


def test_a_middle_dot_typed_for_the_full_stop_ends_the_sentence():
    # "… ارتفعت· وركّزت …": an outlet that ends its sentences with a middle
    # dot; unmarked speech after a colon ends there, as at a full stop
    text = (
        "وقال المدير الإقليمي للشركة نبيل الشريف في رسالته: الأرباح تراجعت هذا العام· "
        "وتناولت الرسالة خطط التوسع في الجنوب والوسط خلال العامين المقبلين·\n"
    )
    q = one(text, "الأرباح تراجعت")
    assert q.text == "الأرباح تراجعت هذا العام", q


def test_a_mark_never_closed_after_a_verb_of_saying_its_subject_and_an_adverbial():
    # "وقال X في هذا السياق ” …": the opener comes after the verb's subject
    # and an adverbial, with no colon or أنّ, and is never closed: the
    # verb's words up to the full stop
    text = (
        "وقال الوزير عادل الحمدي في هذا السياق ” لم نتلق أي طلب رسمي من البلدية "
        "حتى الآن بشأن المشروع.\n"
    )
    q = one(text, "لم نتلق أي طلب")
    assert q.text == "لم نتلق أي طلب رسمي من البلدية حتى الآن بشأن المشروع", q
    assert q.speaker == "عادل الحمدي", q


def test_a_title_in_marks_that_closes_its_sentence_is_no_quote():
    # "… الندوة التي حملت عنوان «…»." at the end of its sentence or line: the
    # event's title, however long, not words said
    text = (
        "وتحدث الوزير رامي الكيلاني في الندوة التي حملت عنوان «مستقبل الطاقة "
        "المتجددة في المنطقة العربية خلال العقد المقبل».\n"
        "وقال الكيلاني: إن الاستثمار في الطاقة الشمسية أولوية وطنية.\n"
    )
    texts = [q.text for q in quotes_of(text)]
    assert texts == ["إن الاستثمار في الطاقة الشمسية أولوية وطنية"], texts
