"""Text as scrapers deliver it: paragraphs run together (no line breaks) and
full stops dropped, as in the maintainers' seed article ("… في بلاد المغرب
الاسلامي وفي نهاية الصيف، اقرت فرنسا …").

Every text here is written for the test; each test fails without the rule it
names.
"""

from tests.extraction.helpers import one, quotes_of, same_name


def test_a_clause_opener_after_a_closing_quote_starts_a_sentence():
    # "«…» أما X فحمّل … محذرا": with no stop after the quote, أما still
    # opens a new sentence, whose participle belongs to its own subject
    text = (
        'وقال وزير التجارة أحمد السالمي إن "الأسعار ستنخفض خلال الأسابيع المقبلة" '
        "أما رئيس جمعية المستهلكين خالد العمري فحمّل التجار المسؤولية، "
        'محذرا من أن "الطلب المفرط يغذي المضاربة في الأسواق"'
    )
    q = one(text, "الطلب المفرط")
    assert same_name(q.speaker, "خالد العمري"), q.speaker


def test_a_verb_with_waw_after_a_closing_quote_starts_a_sentence():
    # "وأضافت: «…» ورفض X التعليق، مكتفيا بالقول": a new sentence at و+verb
    # right after the quote; the participle takes X, not the speaker before
    text = (
        "وكتبت السفيرة جين برنارد في برقيتها أن الوزير «يرى أن الحوار ممكن» "
        "وأضافت: «لكن الوزير حذر من أن الصبر ليس بلا حدود» "
        "ورفض الناطق باسم وزارة الخارجية التعليق على الوثائق، مكتفيا بالقول "
        "إنها «لا تستحق الرد»"
    )
    q = one(text, "لا تستحق الرد")
    assert "الناطق" in (q.speaker or ""), q.speaker


def test_a_reporting_verb_with_its_own_subject_after_a_word_starts_a_sentence():
    # "… يوم الأحد 12 / 8 / 1445هـ وأضاف سموه: «…»": no stop before و+verb,
    # but the verb has a subject of its own (not "ويقول:" or "وأضاف أن",
    # whose subject is the one before)
    text = (
        'أكد أمير المنطقة الأمير سعود بن خالد أن "المنطقة تشهد نقلة نوعية"، وذلك '
        "خلال ترؤسه اجتماع مجلس المنطقة يوم الأحد 12 / 8 / 1445هـ وأضاف سموه: "
        '"نريد أن تكون المنطقة وجهة سياحية طوال العام"'
    )
    q = one(text, "وجهة سياحية")
    assert same_name(q.speaker, "سعود بن خالد"), q.speaker


def test_a_fronted_adverbial_with_its_comma_after_a_word_starts_a_sentence():
    # "… خطة جديدة للنقل وبعد الجلسة، تلا X المقررات، وقال إن": the cue
    # without a subject takes the subject of its own sentence
    text = (
        "عقد مجلس الوزراء جلسته الأسبوعية في القصر الحكومي وأقر خلالها خطة جديدة "
        "للنقل العمومي وبعد الجلسة، تلا وزير الإعلام سامي الخوري المقررات، وقال إن "
        '"الحكومة ملتزمة بتنفيذ الخطة قبل نهاية العام"'
    )
    q = one(text, "ملتزمة بتنفيذ")
    assert same_name(q.speaker, "سامي الخوري"), q.speaker


def test_unmarked_speech_ends_where_the_account_resumes_with_a_reporting_verb():
    # "قائلا: … واعتبر في تصريح …": without its full stop the unmarked quote
    # would swallow the next verb and its quote would lose its speaker
    text = (
        "وانسحب النائب رامي البطاينة من القاعة بعد التصويت، قائلا: هذا يوم "
        'حزين لكل العمال في البلاد واعتبر في تصريح للصحيفة أن "الحكومة كسبت '
        'التصويت لكنها خسرت الشارع"'
    )
    found = quotes_of(text)
    unmarked = one(text, "يوم حزين")
    assert unmarked.text.endswith("في البلاد"), unmarked.text
    marked = one(text, "كسبت التصويت")
    assert same_name(marked.speaker, "رامي البطاينة"), marked.speaker
    assert len(found) == 2, [q.text for q in found]


def test_a_dateline_after_a_headline_run_into_it_dates_the_day_words():
    # "… (headline) الخليل 2-12-2025 وفا- حذر …": no line break before the
    # place, the agency's dash still makes the date a dateline, and "اليوم"
    # is its day
    text = (
        "مسؤولون يحذرون من أزمة عطش في المدينة الخليل 2-12-2025 وفا- حذر "
        "مسؤولون محليون، اليوم الثلاثاء، من تفاقم أزمة المياه في المحافظة. "
        'وقال رئيس البلدية سامر العلي في مؤتمر صحفي عقده اليوم إن "الكميات '
        'التي تصل إلى المدينة انخفضت إلى النصف"'
    )
    q = one(text, "انخفضت إلى النصف")
    assert q.date == "2025-12-02", q.date


def test_a_run_in_dateline_ends_its_sentence():
    # "تونس (الشروق) – 25 نوفمبر 2023 شهدت الجلسة … أمس الجمعة": with no
    # line break after it, the dateline is still no adverbial of the lead;
    # "أمس" counts from it
    text = (
        "تونس (الشروق) – 25 نوفمبر 2023 شهدت الجلسة العامة المخصصة لميزانية "
        "وزارة النقل أمس الجمعة نقاشا حادا، إذ اعتبر النائب سامي الفقي أن "
        "«الحافلات في الجهات الداخلية تعيش وضعا كارثيا»"
    )
    q = one(text, "وضعا كارثيا")
    assert q.date == "2023-11-24", q.date


def test_a_source_phrase_closed_by_fa_inna_starts_a_sentence():
    # "… الوطنية وحسب السيد الوالي فإن «…»": the lead before it is a
    # sentence of its own, whose dated gathering dates what is said at it
    text = (
        "انعقد صباح اليوم الأربعاء 15 ماي 2024 بمقر الولاية اجتماع المجلس "
        "الجهوي للتنمية بحضور ممثلي الإدارات الجهوية والمنظمات الوطنية "
        "وحسب السيد الوالي فإن «المخزون الحالي من البذور يكفي الفلاحين» "
        "وأفاد المندوب الجهوي للفلاحة، السيد رضا الجربي، أن «نسبة امتلاء "
        "السدود لا تتجاوز 30 بالمائة»"
    )
    q = one(text, "المخزون الحالي")
    assert q.date == "2024-05-15", q.date


def test_a_dated_gathering_before_the_first_quote_in_its_sentence_dates_the_rest():
    # "شهدت الغرفة يوم الثلاثاء 25 نونبر 2025 جلسة … وافتتح القاضي …
    # الذي جاء فيه: «…»": the lead runs on into the first quotation's
    # sentence, and still dates what is said at the hearing afterwards
    text = (
        "شهدت غرفة الجنايات بمحكمة الاستئناف، يوم الثلاثاء 25 نونبر 2025، جلسة "
        "طويلة في ملف الصفقات العمومية وافتتح القاضي رشيد الإدريسي الجلسة بتلاوة "
        "تصريح المتهم الرئيسي الذي جاء فيه: «لم أوقع على أي سند طلب». "
        "وقال المحامي يوسف الشرقاوي، من هيئة الدفاع: «موكلي وقع على المحاضر "
        "تحت الضغط»."
    )
    q = one(text, "تحت الضغط")
    assert q.date == "2025-11-25", q.date


def test_a_headline_run_into_the_lead_ends_at_the_leads_verb():
    # "X لـ«…»: لا نريد … بغداد: حمزة مصطفى قال X إن «…»": the headline's
    # unmarked quote stops before the byline's place and the lead's verb,
    # which keeps its subject
    text = (
        "وزير الخارجية العراقي لـ«الشرق الأوسط»: لا نريد أن نكون ساحة للصراع "
        "بغداد: حمزة مصطفى قال وزير الخارجية العراقي فؤاد حسين إن بلاده "
        "«لا تريد أن تكون ساحة لتصفية الحسابات بين الدول»"
    )
    head = one(text, "لا نريد أن نكون")
    assert head.text.endswith("للصراع"), head.text
    q = one(text, "لتصفية الحسابات")
    assert same_name(q.speaker, "فؤاد حسين"), q.speaker


def test_a_colon_far_into_run_together_text_heads_no_headline_quote():
    # a text whose lines run together and whose first word is a title: a
    # colon after the headline's first words ("وفيما يلي نص الحوار:") is no
    # headline speaker's quote
    text = (
        "وزير المالية: الإصلاح الجبائي أولوية قال وزير المالية سمير العبيدي إن "
        "«الإصلاح الجبائي سيطبق مطلع العام المقبل». وفيما يلي نص الحوار الذي "
        "أجرته معه الصحيفة في مكتبه بالعاصمة: كيف تقيمون الوضع الاقتصادي اليوم؟"
    )
    texts = [q.text for q in quotes_of(text)]
    assert not any("كيف تقيمون" in t for t in texts), texts


def test_a_byline_run_into_the_lead_is_no_quotation():
    # "كتب - أحمد سعيد: شهدت الجلسة …، إذ قال النائب X إن «…»": the byline's
    # colon opens no unmarked quote that would swallow the lead's cue
    text = (
        "كتب - أحمد سعيد: شهدت الجلسة العامة لمجلس النواب، أمس الثلاثاء، "
        "مناقشات ساخنة حول قانون الإيجار، إذ قال النائب مصطفى الشريف إن "
        "«القانون بصيغته الحالية يهدد ملايين الأسر»"
    )
    found = quotes_of(text)
    assert len(found) == 1, [q.text for q in found]
    assert same_name(found[0].speaker, "مصطفى الشريف"), found[0].speaker


def test_speaker_labels_run_together_each_head_their_quote():
    # "… المداخلات: النائب X: «…» النائبة Y: «…»": with no line breaks, a
    # label right after the colon or the last quote still names its speaker
    text = (
        "شهدت جلسة مجلس الأمة أمس مناقشة ساخنة لتقرير ديوان المحاسبة وهذه أبرز "
        'المداخلات: النائب مهند العتيبي: "التقرير يكشف هدرا بالملايين" '
        'النائبة جنان السالم: "نريد جدولا زمنيا لمعالجة الملاحظات"'
    )
    assert same_name(one(text, "هدرا بالملايين").speaker, "مهند العتيبي")
    assert same_name(one(text, "جدولا زمنيا").speaker, "جنان السالم")


def test_a_waw_word_after_a_statement_quote_starts_a_sentence():
    # "ويتابع: «…» وتشاركه الرأي جارته X، …، إذ تقول إن «…»": after a
    # quoted statement, a word with و opens the next sentence; its cue does
    # not go on with the speaker before
    text = (
        "يقف الصياد سالم عمر أمام قاربه الذي لم يبحر منذ أسابيع يقول سالم "
        '(58 عاما) للصحيفة: "لم نصطد شيئا هذا الشهر"، ويتابع: "الوزارة تعدنا '
        'ثم تنسانا" وتشاركه الرأي جارته زينب عبد الكريم، وهي أرملة تعيل ستة '
        'أطفال، إذ تقول إن "أسعار الوقود تضاعفت مرتين"'
    )
    q = one(text, "أسعار الوقود")
    assert same_name(q.speaker, "زينب عبد الكريم"), q.speaker


def test_a_quote_right_after_a_statement_quote_starts_a_sentence():
    # "… إلى أن «…» «هذه الوثائق مزورة»، هكذا علق X": the second quote
    # opens a sentence, whose speaker comes after it
    text = (
        'وأشار مسؤول في الخارجية، طلب عدم الكشف عن اسمه، إلى أن "الإدارة '
        'تدرس كل الخيارات" "هذه الوثائق مزورة"، هكذا علق المتحدث باسم '
        "الخارجية المصرية حسام زكي"
    )
    q = one(text, "الوثائق مزورة")
    assert same_name(q.speaker, "حسام زكي"), q.speaker


def test_a_titled_subject_before_its_verb_in_a_run_on_sentence():
    # "… في العاصمة النائبة X رأت من جهتها أن «…»": no stop before the
    # paragraph's subject, which opens at its title
    text = (
        "وكان المبعوث الأوروبي كارل شميت قد نقل إلى الحكومة رسالة مفادها أن "
        '"بروكسل لن تنتظر طويلا"، بحسب ما أفاد مصدر دبلوماسي في العاصمة '
        'النائبة سلوى الحكيم رأت من جهتها أن "الأحزاب تتعامل مع الانتخابات '
        'كغنيمة"'
    )
    q = one(text, "كغنيمة")
    assert same_name(q.speaker, "سلوى الحكيم"), q.speaker


def test_fa_with_a_definite_noun_after_a_word_starts_a_sentence():
    # "… المفاوضات الجارية اليوم فالمبعوث الأميركي يكرر أن «…»": the
    # subject before the verb opens at ف
    text = (
        "يروي الوزير الأسبق هنري كيسنجر في مذكراته أن السادات قال له: "
        '"أريد أن أنهي حالة الحرب" تذكرت هذه العبارة وأنا أتابع المفاوضات '
        'الجارية اليوم فالمبعوث الأميركي الحالي يكرر في كل مناسبة أن "الحل '
        'في متناول اليد"'
    )
    q = one(text, "في متناول اليد")
    assert "المبعوث" in (q.speaker or ""), q.speaker


def test_a_fronted_subject_in_commas_in_a_run_on_sentence():
    # "… بين المخيمات وقراها رئيس المجلس المحلي في البلدة، محمود X، قال إن":
    # no stop before the paragraph's subject and its apposition in commas
    text = (
        'ويقول المزارع أبو سامر للموقع: "رجعنا لأن الأرض أرضنا" وتشهد البلدات '
        "حركة عودة متزايدة منذ مطلع العام بين المخيمات وقراها الأصلية رئيس "
        "المجلس المحلي في البلدة، محمود الحسن، قال إن "
        '"نصف البيوت مدمرة كليا"'
    )
    q = one(text, "نصف البيوت")
    assert same_name(q.speaker, "محمود الحسن"), q.speaker


def test_a_verb_and_its_titled_subject_before_a_participle_in_a_run_on_sentence():
    # "… وتطاير الحصى واستهل النائب X مرافعته بالقول: «…»": in a sentence
    # run on from the ones before, the participle's subject is the titled
    # subject of the nearest و+verb, not the first verb's of the long run
    text = (
        "شهدت جلسة مجلس الأمة أمس مناقشة ساخنة لاستجواب وزير النقل سمير "
        "العلوي، المقدم من النائبين خالد سالم المطيري وعادل يوسف البدري، بشأن "
        'ملف صيانة الطرق وعقود "الخلطة الإسفلتية" وتطاير الحصى على الطرق '
        "السريعة في المناطق الجنوبية واستهل النائب المطيري مرافعته بالقول: "
        "«المواطن يدفع ثمن الزجاج المكسور كل يوم»"
    )
    q = one(text, "الزجاج المكسور")
    assert "المطيري" in (q.speaker or ""), q.speaker


def test_a_date_after_a_quote_in_the_next_run_on_sentence_is_not_its_date():
    # "«…» وفي برقية لاحقة مؤرخة في 3 أيار 2009، تنقل …": with no stop
    # after the quote, the date of the next sentence is no date of the quote
    text = (
        'وفي برقية مؤرخة في 12 آذار 2009، تقول السفيرة ديبورا جونز إن "الحكومة '
        'تدرك حجم المشكلة" وتعلق جونز في ختام البرقية: "البرلمان يعطل كل شيء" '
        "وفي برقية لاحقة مؤرخة في 3 أيار 2009، تنقل القائمة بالأعمال عن نائب "
        'إسلامي قوله إن "الحكومة ضعيفة"'
    )
    q = one(text, "البرلمان يعطل")
    assert q.date != "2009-05-03", q.date
    assert one(text, "الحكومة ضعيفة").date == "2009-05-03"


def test_interview_answers_on_one_line_with_their_questions():
    # "… الإضراب العام؟ ج: … س: كيف …؟ ج: … وفي ختام الحوار،": the lines
    # of a transcript run together; each answer runs from its marker to the
    # next question's marker or to where the narrator resumes
    text = (
        "قال رئيس نقابة المعلمين سامي الورتاني، في حوار خص به الإذاعة، إن "
        'النقابة "لن تقبل بأي مساس بالأجور". س: هل أنتم مستعدون للإضراب؟ ج: '
        "الإضراب حق دستوري، ونحن لا نلوح به للمناورة. س: كيف تقيمون علاقتكم "
        "بالوزارة؟ ج: العلاقة تمر بفترة فتور، لكن النقابة منفتحة على كل "
        'المبادرات. وفي ختام الحوار، شدد الورتاني على أن "النقابة قوة توازن".'
    )
    first = one(text, "الإضراب حق دستوري")
    assert first.text.endswith("للمناورة"), first.text
    second = one(text, "العلاقة تمر بفترة فتور")
    assert second.text.endswith("المبادرات"), second.text
    assert same_name(second.speaker, "سامي الورتاني"), second.speaker


def test_dash_answers_after_questions_on_one_line():
    # "* كيف …؟ - «…» * هل …؟ - …": marked and unmarked answers after
    # their questions, the lines run together
    text = (
        "تحدثت رئيسة الجمعية نائلة الحمروني عن واقع الحقوق. * كيف تقيمين "
        'الوضع اليوم؟ - "هناك تراجع واضح في الحريات". * هل تخشون على '
        "المكاسب؟ - المكاسب ليست مهددة بنص قانوني، لكنها مهددة بخطاب شعبوي."
    )
    q = one(text, "ليست مهددة")
    assert same_name(q.speaker, "نائلة الحمروني"), q.speaker
    assert same_name(one(text, "تراجع واضح").speaker, "نائلة الحمروني")


def test_a_run_in_dateline_with_the_outlet_and_the_weekday_before_its_date():
    # "… (headline) الجزائر - البلاد، السبت 6 ديسمبر 2025 أعلن X، أمس،": the
    # dash before the outlet's name marks the dateline; "أمس" counts from it
    text = (
        'رئيس حزب الوفاء: "لن نكون ديكورا في الانتخابات" الجزائر - البلاد، '
        "السبت 6 ديسمبر 2025 أعلن رئيس حزب الوفاء عبد الحميد قرقاح، أمس، عن "
        'مشاركة حزبه في الانتخابات المحلية، مؤكدا أن الحزب "لن يكون ديكورا '
        'في هذه الاستحقاقات"'
    )
    q = one(text, "في هذه الاستحقاقات")
    assert q.date == "2025-12-05", q.date


def test_a_dated_adverbial_without_its_comma_starts_a_sentence():
    # "قائلا: … السلطة وفي برقية أخرى بتاريخ 12 جوان 2009 كتب X أن «…»":
    # the unmarked quote ends before the dated adverbial, whose date then
    # dates the next quote
    text = (
        "وعلق السفير على ذلك قائلا: لا نرى أي دليل على تدخل خارجي بل غضبا "
        "محليا حقيقيا وفي برقية أخرى بتاريخ 12 جوان 2009 كتب السفير روبرت "
        'هاريسون أن "المقربين من القصر يتحكمون في الاقتصاد"'
    )
    unmarked = one(text, "لا نرى أي دليل")
    assert unmarked.text.endswith("حقيقيا"), unmarked.text
    assert one(text, "المقربين من القصر").date == "2009-06-12"


def test_unmarked_speech_ends_before_the_narrators_pluperfect():
    # "قائلا: … البعيدة وكانت الوزارة قد ذكرت في تقريرها أن «…»"
    text = (
        "وأشار الصياد سالم العريمي إلى أن البرنامج ساعده، قائلا: نحتاج إلى أن "
        "يصل الدعم إلى عدد أكبر من الصيادين في القرى البعيدة وكانت الوزارة قد "
        'ذكرت في تقريرها السنوي أن القطاع "يوفر أكثر من 58 ألف فرصة عمل"'
    )
    unmarked = one(text, "نحتاج إلى أن")
    assert unmarked.text.endswith("البعيدة"), unmarked.text
    assert "الوزارة" in (one(text, "فرصة عمل").speaker or "")


def test_an_answer_marker_at_the_end_of_a_one_line_transcript_never_fails():
    # a run-in answer marker with nothing after it ("… ما؟ ج:")
    for text in ("س: ما رأيك؟ ج: ", "كيف ترى ذلك؟ ج:", "ما الحل؟ المطيري:"):
        assert quotes_of(text) == []


def test_wa_dhalik_after_a_statement_keeps_its_sentence_and_date():
    # "أن «…» وذلك خلال إشرافه يوم …": with no comma before وذلك, the words
    # after the statement still tell where and when it was said
    text = (
        "أكد رئيس النقابة الجهوية للأطباء كمال الورتاني أن «المستشفيات العمومية "
        "تعاني نقصا حادا في الإطارات» وذلك خلال ندوة صحفية يوم الخميس 13 مارس "
        "2025 بمدينة قابس"
    )
    q = one(text, "المستشفيات العمومية")
    assert q.date == "2025-03-13", q.date
