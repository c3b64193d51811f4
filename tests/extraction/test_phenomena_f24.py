"""Phenomena found by the fresh author's set F24 (``articles_blind29.py``).

Every article here is written for the test, in sentences that are not in
F24's data files; each test fails without the rule it names.
"""

from claims.extraction import extract
from tests.extraction.helpers import one, same_name


def test_the_owner_of_a_shop_in_apposition_is_a_description_not_an_honorific():
    # "صاحب المطعم": صاحب honours only before السمو/الجلالة/المعالي; before
    # any other noun it is the owner, and the apposition describes the man
    # named before it, who speaks through the verb after his gesture
    text = (
        "في السوق القديم، يرتب أبو سمير الحلبي، صاحب المطعم، الكراسي على الرصيف "
        "ويقول إن الحال تغير: «الزبائن قلوا إلى النصف منذ الصيف الماضي».\n"
    )
    q = one(text, "الزبائن قلوا")
    assert same_name(q.speaker, "أبو سمير الحلبي"), q
    assert q.role == "صاحب المطعم", q


def test_a_title_without_the_article_reads_its_genitives_outside_speech():
    # "لم يخف وكيل وزارة X لشؤون Y المهندس فلان أن …": no saying verb
    # before the name, yet the construct title keeps its genitive with لـ,
    # and the surname later is the same person with the whole title
    text = (
        "لم يخف وكيل وزارة الصحة والسكان لشؤون المستشفيات الدكتور ماجد الغامدي "
        "أن العام كان صعبا على الجميع.\n\n"
        "«أنهينا تجهيز ثلاثة مستشفيات جديدة في الجنوب»، يقول الغامدي في حديثه.\n"
    )
    q = one(text, "أنهينا تجهيز")
    assert same_name(q.speaker, "ماجد الغامدي"), q
    assert q.role == "وكيل وزارة الصحة والسكان لشؤون المستشفيات", q


def test_a_title_word_before_bin_is_a_first_name():
    # "الأمين سلطان بن ناصر X": سلطان before بن is the man's first name, not
    # the sultan titling "بن ناصر X"
    text = (
        "استقبل المدير سلطان بن ناصر الكعبي الوفد في مكتبه ظهر الأحد.\n\n"
        "«سنفتح باب التسجيل الأسبوع المقبل»، يقول الكعبي.\n"
    )
    q = one(text, "سنفتح باب")
    assert same_name(q.speaker, "سلطان بن ناصر الكعبي"), q
    assert q.role == "المدير", q


def test_three_words_in_marks_right_after_a_verb_that_is_no_saying_are_its_object():
    # "يقرّ المجلس «…» بعد …": a law's name right after the verb that passes
    # it, with the sentence going on after the marks, is no quotation
    text = (
        "الأعيان يقرّون «قانون ضريبة الدخل» بعد نقاش طويل\n\n"
        'وقال رئيس اللجنة المالية سمير الطراونة إن "القانون يخفف العبء عن الطبقة الوسطى".\n'
    )
    quotes = extract(text)
    assert [q.text for q in quotes] == ["القانون يخفف العبء عن الطبقة الوسطى"], quotes


def test_a_headline_run_into_an_agency_dateline_ends_before_the_place():
    # "وزير X: … عمان - بترا: أكد وزير X فلان أن …" (lines run together): the
    # headline's words end before the dateline's place, dash and agency, and
    # the colon after the agency opens the lead, not a second headline
    text = (
        "وزير المياه: لا انقطاع للمياه في الصيف المقبل عمان - بترا: اكد وزير المياه "
        'رائد سليم الحموري امس ان "المخزون المائي يكفي حتى نهاية الصيف المقبل"'
    )
    quotes = extract(text)
    assert [q.text for q in quotes] == [
        "لا انقطاع للمياه في الصيف المقبل",
        "المخزون المائي يكفي حتى نهاية الصيف المقبل",
    ], quotes
    assert same_name(quotes[1].speaker, "رائد سليم الحموري"), quotes[1]


def test_words_after_a_colon_that_run_into_marks_after_a_preposition_are_no_speech():
    # "كشفت X المزدوج: خطاب يتحدث عن «…» و«…»": the colon opens a
    # description whose sentence goes on through the marks; cut before them
    # after a preposition, the words are not an utterance
    text = (
        "لم تكشف الأزمة ضعف الحكومة بقدر ما كشفت خطابها المزدوج: خطاب للناس يتحدث عن "
        "«الإصلاح» و«الشفافية»، وخطاب للمانحين يعد ويطلب.\n"
    )
    assert extract(text) == [], extract(text)


def test_a_fronted_document_with_its_reference_in_parentheses_starts_a_sentence():
    # "… كلامه وفي برقية لاحقة (09XXX214) أرسلت في شباط 2009، …" with the
    # full stops dropped: the parenthesised reference does not stop the
    # search for the adverbial's date, so the later cable starts a sentence
    # and dates its quote, not the earlier cable of the sentence before
    text = (
        "كتب القائم بالأعمال الأميركي جون ميلر في برقية مؤرخة في 21 تشرين الأول 2008 أن "
        '"الجيش ما زال المؤسسة الوحيدة الموثوقة" ولاحظ ميلر أن محدّثه "بدا متعباً أكثر من '
        'أي وقت مضى"، وأنه طلب ألا يُنقل كلامه وفي برقية لاحقة (09ROME214) أُرسلت في شباط '
        "2009، أي قبل أربعة أشهر من الانتخابات، يروي ديبلوماسي أميركي لقاءً مع وزير سابق "
        "قال فيه إن «الانتخابات لن تغيّر شيئاً في البلاد»"
    )
    q = one(text, "الانتخابات لن")
    assert q.date == "2009-02", q


def test_a_titled_subject_opening_the_sentence_before_its_verb_beats_the_last_speaker():
    # "نقيب X في Y فلان يؤكد أن …": subject-verb order with a long title;
    # the verb has no subject after it, and its subject is the sentence's
    # opening phrase, not the previous quote's speaker
    text = (
        "يقول أبو رامي، بائع الخضار: «الناس لا تشتري إلا نصف ما كانت تشتريه».\n\n"
        "نقيب أصحاب المطاعم في الجنوب سامر العلي يؤكد أن الأزمة "
        "«مرتبطة بأسعار النقل قبل أي شيء آخر».\n"
    )
    q = one(text, "مرتبطة بأسعار")
    assert same_name(q.speaker, "سامر العلي"), q
    assert q.role == "نقيب أصحاب المطاعم في الجنوب", q


def test_a_saying_verb_opening_its_sentence_after_a_newcomer_subject_is_his():
    # "يقف سائق الحافلة X قرب المحطة. يقول: «…»": the sentence before
    # brought in a titled person as its verb's subject since the last quote;
    # the subjectless verb opening the next sentence is his, not the last
    # speaker's
    text = (
        "يقول أبو رامي، بائع الخضار: «الناس لا تشتري إلا نصف ما كانت تشتريه».\n\n"
        "عند المحطة، يقف سائق الحافلة سليم الخطيب قرب مركبته الفارغة. يقول: "
        "«المازوت صار أغلى من الركاب أنفسهم».\n"
    )
    q = one(text, "المازوت صار")
    assert same_name(q.speaker, "سليم الخطيب"), q
    assert q.role == "سائق الحافلة", q


def test_amam_written_with_its_hamza_is_in_front_of_not_an_imam():
    # "أمام فرن صغير": the preposition, which folds like "إمام" (imam); with
    # its hamza above it introduces nobody, so "صغير" is no speaker
    text = (
        "تقول أم سمير، بائعة الخضار: «الناس لا تشتري إلا القليل هذه الأيام».\n\n"
        "تصطف النساء في طابور طويل أمام فرن صغير منذ الفجر ويقول: "
        "«الخبز صار حلما لكل عائلة فقيرة».\n"
    )
    q = one(text, "الخبز صار")
    assert q.speaker is None or "صغير" not in q.speaker, q


def test_the_bloc_or_district_a_deputy_sits_for_after_his_name_completes_the_title():
    # "النائب X عن كتلة «…»", "النائب X عن الدائرة الثانية": what the deputy
    # sits for, after the name, is part of the role
    text = (
        '"الموازنة لا تلبي حاجات المحافظات"، قال النائب خالد الزعبي عن كتلة «الإصلاح». '
        'وقالت النائبة ريم العلي عن الدائرة الثانية إن "الحكومة تأخرت كثيرا في تقديم الموازنة".\n'
    )
    q = one(text, "الموازنة لا تلبي")
    assert same_name(q.speaker, "خالد الزعبي"), q
    assert q.role == "النائب عن كتلة «الإصلاح»", q
    q = one(text, "الحكومة تأخرت")
    assert q.role == "النائبة عن الدائرة الثانية", q


def test_the_judicial_honorific_a_few_words_on_opens_the_name():
    # "رئيس نيابة الأموال العامة وغسل الأموال المستشار X": المستشار, the
    # honorific of judges and prosecutors, opens the name; the coordinated
    # genitive before it is the post's
    text = (
        "واوضح رئيس نيابة الاموال العامة وغسل الاموال المستشار خالد راشد المناعي "
        'ان النيابة "احالت المتهمين الى المحكمة بعد استكمال التحقيقات"\n'
    )
    q = one(text, "احالت المتهمين")
    assert same_name(q.speaker, "خالد راشد المناعي"), q
    assert q.role == "رئيس نيابة الاموال العامة وغسل الاموال", q


def test_abbara_an_names_the_subject_the_next_verb_of_saying_goes_on_with():
    # "عبّر X عن ارتياحه …، وقال إن": the verb عبّر (not the preposition
    # "عبر") names the subject of its sentence; the subjectless "وقال" after
    # it is X's, not the previous quote's speaker's
    text = (
        'وقال نائب طلب عدم ذكر اسمه إن "التصويت كان محسوما قبل الجلسة".\n\n'
        "من جهته، عبّر رئيس غرفة التجارة سمير النابلسي عن ترحيبه بالقرار، وقال في "
        'بيان إن التجار "ينتظرون هذا القرار منذ سنوات طويلة".\n'
    )
    q = one(text, "ينتظرون هذا القرار")
    assert same_name(q.speaker, "سمير النابلسي"), q


def test_a_bare_saying_verb_before_its_colon_after_a_newcomer_subject_with_the_stop_dropped():
    # "… يقف سائق الحافلة X قرب مركبته يقول: «…»" (the full stop dropped):
    # a bare present verb of saying before its colon opens a new sentence,
    # and the titled person brought in as the subject of the verb before it
    # speaks
    text = (
        "يقول أبو رامي، بائع الخضار: «الناس لا تشتري إلا نصف ما كانت تشتريه»\n"
        "عند المحطة، يقف سائق الحافلة سليم الخطيب قرب مركبته الفارغة يقول: "
        "«المازوت صار أغلى من الركاب أنفسهم»"
    )
    q = one(text, "المازوت صار")
    assert same_name(q.speaker, "سليم الخطيب"), q


def test_a_definite_noun_after_wasafa_before_bi_annahu_is_the_object_described():
    # "ووصف الاتفاق بأنه «…»", "ويصف العلاقة مع X بأنها «…»": the definite
    # noun with no title is what is described; the elided subject is the
    # speaker met before
    text = (
        'وقال وزير الخارجية سامي العلي إن "المفاوضات مستمرة رغم الصعوبات الكثيرة". '
        'ويصف العلاقة مع دول الجوار بأنها "شراكة استراتيجية لا غنى عنها للطرفين".\n'
    )
    q = one(text, "شراكة استراتيجية")
    assert same_name(q.speaker, "سامي العلي"), q


def test_the_person_named_in_a_fronted_when_clause_answers():
    # "وحين عرضنا هذه الأرقام على X، أجاب: «…»": in an interview the
    # person the writer's question went to answers, not the last speaker
    text = (
        "يقول الوزير فهد الحربي في حواره: «المشاريع تسير وفق الجدول الزمني المعتمد».\n\n"
        "لكن الخبير الاقتصادي سعد المالكي يقول: «الأرقام المعلنة لا تعكس الواقع في الميدان».\n\n"
        "وحين عرضنا هذه الملاحظات على الحربي، أجاب: «نحن ننشر أرقامنا كاملة ونقبل المساءلة».\n"
    )
    q = one(text, "نحن ننشر")
    assert same_name(q.speaker, "فهد الحربي"), q


def test_a_relative_clause_on_the_occasion_of_speech_dates_the_quote():
    # "أقر في الجلسة التي عقدت في 3 مارس 2022 بأنه «…»": the relative clause
    # dates the occasion the words were said at, not another event
    text = (
        "وكان الشاهد قد أقر في الجلسة التي عقدت في 3 مارس 2022 بأنه "
        '"رأى المتهم يغادر المكان قبل منتصف الليل بقليل".\n'
    )
    q = one(text, "رأى المتهم")
    assert q.date == "2022-03-03", q


def test_the_one_driven_to_act_after_dafaa_is_the_participles_agent():
    # "ما دفع X إلى التدخل قائلا:": the participle is the act of the person
    # the clause drove to it, not of the clause's first subject
    text = (
        'وقال النائب فادي السعيد إن "الحكومة تتهرب من المساءلة". واحتدم النقاش حين '
        "رد عليه نائب آخر، ما دفع رئيس اللجنة سامر العلي إلى التدخل قائلا: "
        '"النقاش على البنود وليس على الأشخاص".\n'
    )
    q = one(text, "النقاش على البنود")
    assert same_name(q.speaker, "سامر العلي"), q
    assert q.role == "رئيس اللجنة", q
