"""Quote spans on messy page text (the spans round): marks left open,
closers with no opener, marks lost inside a quote, names in marks.

Every article here is written for the test, in invented sentences; each
test fails without the rule it names.
"""

from tests.extraction.helpers import one, quotes_of


def test_unclosed_speech_ends_where_a_participle_reports_again():
    # "أن “… مشيرا إلى أن …": the opener never closed; the narrator's
    # participle of saying and its that-clause, with no comma before them,
    # report the rest
    text = (
        "أكد وزير المالية سامي الحداد أن “الحكومة لن ترفع الضرائب هذا العام "
        "مشيرا إلى أن الميزانية متوازنة.\n"
    )
    q = one(text, "الحكومة لن ترفع")
    assert q.text == "الحكومة لن ترفع الضرائب هذا العام", q
    assert q.speaker == "سامي الحداد", q
    text = (
        'وأضاف رئيس البلدية خالد العمري: "سنفتح الطريق أمام السيارات قبل نهاية الشهر '
        "مؤكدا أنه تابع الأشغال بنفسه.\n"
    )
    q = one(text, "سنفتح الطريق")
    assert q.text == "سنفتح الطريق أمام السيارات قبل نهاية الشهر", q
    # (speech after a colon with no marks ends there too)
    text = (
        "وقال الوزير سامي الحداد: الحكومة لن ترفع الضرائب هذا العام مشيرا إلى أن "
        "الميزانية متوازنة.\n"
    )
    q = one(text, "الحكومة لن ترفع")
    assert q.text == "الحكومة لن ترفع الضرائب هذا العام", q
    # "بالقول إن" hands over words of its own; a participle with no
    # that-clause after it may be the speaker's
    text = "وقال الوزير سامي الحداد إن “الحكومة ستبقى مستمعة للجميع مؤكدة التزامها بالحوار.\n"
    q = one(text, "ستبقى مستمعة")
    assert q.text.endswith("مؤكدة التزامها بالحوار"), q


def test_unclosed_speech_ends_at_a_second_that_clause_of_the_narrator():
    # "قال إن “… الجزائر، وأن …": the words hold no أنّ and no word that
    # takes one, so "وأن" goes on with the narrator's verb before the mark
    text = (
        "وقال وزير المالية سامي الحداد إن “الحكومة لن ترفع الضرائب هذا العام، "
        "وأن الميزانية متوازنة رغم الأزمة.\n"
    )
    q = one(text, "الحكومة لن ترفع")
    assert q.text == "الحكومة لن ترفع الضرائب هذا العام", q
    text = (
        'وذكرت النقابة في بيانها أن "المفاوضات مع الوزارة وصلت إلى طريق مسدود، '
        "وأنها ستدعو إلى إضراب عام الأسبوع المقبل.\n"
    )
    q = one(text, "المفاوضات مع الوزارة")
    assert q.text == "المفاوضات مع الوزارة وصلت إلى طريق مسدود", q
    # "يجب …، وأن نحافظ": a word in the quote takes أنْ; "وإن كانت": even if
    text = "وقال الوزير سامي الحداد إن “على الحكومة حماية الفقراء، وأن تحافظ على الدعم.\n"
    q = one(text, "حماية الفقراء")
    assert q.text.endswith("وأن تحافظ على الدعم"), q
    text = "وقال الوزير سامي الحداد إن “الحكومة ستمضي في الإصلاح، وإن كانت الظروف صعبة.\n"
    q = one(text, "ستمضي في الإصلاح")
    assert q.text.endswith("وإن كانت الظروف صعبة"), q
    text = "وقال الوزير سامي الحداد إن “نؤكد أن الحكومة ماضية، وأن الشعب معها.\n"
    q = one(text, "الحكومة ماضية")
    assert q.text.endswith("وأن الشعب معها"), q


def test_the_comma_before_the_narrator_is_no_part_of_unclosed_speech():
    text = (
        "أوضح وزير المالية سامي الحداد أن “الحكومة لن ترفع الضرائب هذا العام، "
        "وأضاف أن الميزانية متوازنة.\n"
    )
    q = one(text, "الحكومة لن ترفع")
    assert q.text == "الحكومة لن ترفع الضرائب هذا العام", q
    assert len(quotes_of(text)) == 1
    # (a comma inside the words stays)
    text = 'أوضح الوزير سامي الحداد أن "الحكومة، رغم الأزمة، لن ترفع الضرائب.\n'
    q = one(text, "رغم الأزمة")
    assert q.text == "الحكومة، رغم الأزمة، لن ترفع الضرائب", q


def test_a_for_clause_goes_on_in_words_said_where_the_text_keeps_its_stops():
    # "… جانبا فالقدس قد وحدتنا …": ف with a definite noun after a word
    # opens the speaker's "for …" clause, not a sentence of the narrator's,
    # when a full stop ends the sentence later on the line
    text = "وقال رئيس الحكومة سامي الحداد: لا داعي للقلق فالمخزون يكفي لستة أشهر على الأقل.\n"
    q = one(text, "لا داعي للقلق")
    assert q.text == "لا داعي للقلق فالمخزون يكفي لستة أشهر على الأقل", q
    text = (
        'وأضاف الوزير مخاطبا الحاضرين: " لنترك الخلافات جانبا فالوطن يحتاج إلينا '
        "جميعا في هذه المرحلة.\n"
    )
    q = one(text, "لنترك الخلافات")
    assert q.text == "لنترك الخلافات جانبا فالوطن يحتاج إلينا جميعا في هذه المرحلة", q
    # text whose stops were dropped: the narrator's sentence opens there
    text = (
        "وقال رئيس الحكومة سامي الحداد: لا داعي للقلق من نقص الوقود فالمبعوث "
        "الأممي يزور المدينة غدا\n"
    )
    q = one(text, "لا داعي للقلق")
    assert q.text == "لا داعي للقلق من نقص الوقود", q


def test_an_opener_never_closed_at_a_paragraphs_start_quotes_the_paragraph():
    # "\n“في … . يجب … . لا …\n": the opener opens its paragraph and no
    # mark closes it; its sentences are the words said, up to a sentence
    # with a cue (the narrator's) or a comma before the narrator's verb
    text = (
        "وتحدث الوزير سامي الحداد عن الميزانية العامة للدولة، قائلا إنها متوازنة.\n"
        "“الحكومة لن ترفع الضرائب هذا العام. نحن ملتزمون بحماية الفقراء. لا يمكن "
        "أن نتراجع عن ذلك.\n"
        "وفي سياق آخر تحدث عن الاستثمار.\n"
    )
    q = one(text, "الحكومة لن ترفع")
    assert q.text.endswith("بحماية الفقراء. لا يمكن أن نتراجع عن ذلك"), q
    text = (
        "وزار رئيس البلدية خالد العمري الحي القديم أمس.\n"
        '"هذه المنازل تحتاج إلى ترميم عاجل قبل الشتاء. سنبدأ الأشغال الشهر المقبل، '
        "قال العمري للصحفيين.\n"
    )
    q = one(text, "هذه المنازل")
    assert q.text == ("هذه المنازل تحتاج إلى ترميم عاجل قبل الشتاء. سنبدأ الأشغال الشهر المقبل"), q
    # the narrator's next sentence, with its cue, is no part of them
    text = (
        "وتحدث الوزير سامي الحداد عن الميزانية العامة للدولة.\n"
        '"الحكومة لن ترفع الضرائب هذا العام. وأكد الوزير أن الميزانية متوازنة.\n'
    )
    q = one(text, "الحكومة لن ترفع")
    assert q.text == "الحكومة لن ترفع الضرائب هذا العام", q
    # a heading of a few words in a mark never closed is none
    assert quotes_of("«الربيع العربي في الذاكرة\nصدر حديثا كتاب جديد عن دار النشر.\n") == []


def test_a_quote_whose_inner_quote_lost_its_closer_runs_to_the_one_mark():
    # 'إن "… تصفها بأنها "…" حسب تعبيره.': the outer quote introduced as
    # speech, a term in marks inside it, one closing mark for both, then the
    # sentence's end or the narrator's source
    text = (
        'وقال الوزير سامي الحداد إن "المعارضة، وفي أحسن الأحوال، تكرر ما تكتبه '
        'الصحف من أحاديث تصفها بأنها "مجرد إشاعات لا أساس لها" حسب تعبيره.\n'
    )
    q = one(text, "المعارضة")
    assert q.text.startswith("المعارضة، وفي أحسن الأحوال"), q
    assert q.text.endswith("مجرد إشاعات لا أساس لها"), q
    assert len(quotes_of(text)) == 1
    text = 'وأضاف الوزير: "الحكومة لن ترفع الضرائب، وسنواصل دعم "الخبز والوقود للعائلات الفقيرة".\n'
    q = one(text, "الحكومة لن ترفع")
    assert q.text.endswith("الخبز والوقود للعائلات الفقيرة"), q
    assert len(quotes_of(text)) == 1
    # a second quote the narrator's verb introduces pairs on its own
    text = 'وقال الوزير: "لن نتراجع عن القرار، وقد أبلغنا الشركاء" ثم أضاف "سنعلن التفاصيل غدا".\n'
    assert [q.text for q in quotes_of(text)] == [
        "لن نتراجع عن القرار، وقد أبلغنا الشركاء",
        "سنعلن التفاصيل غدا",
    ]


def test_the_source_a_relay_names_in_marks_is_no_quote():
    # "نقلا عن «ويكيليكس»": up to three words in marks after نقلا عن name
    # the source, not words said
    text = "كما نشرت صحيفة الأفق نقلا عن «ويكيليكس» برقية صادرة عن السفارة في بيروت.\n"
    assert quotes_of(text) == []
    text = "وقالت الصحيفة نقلا عن «مصادر مطلعة» إن الوزير سيستقيل قريبا.\n"
    assert quotes_of(text) == []
    # longer words after the relay are the words it relays
    text = "ونقلت الوكالة عن الوزير قوله نقلا عن «الحكومة لن تتراجع عن قرارها أبدا».\n"
    assert len(quotes_of(text)) == 1
