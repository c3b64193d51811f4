"""Phenomena found by the fresh author's set F23 (``articles_blind28.py``).

Every article here is written for the test, in sentences that are not in
F23's data files; each test fails without the rule it names.
"""

from tests.extraction.helpers import one


def test_a_definite_noun_coordinated_with_a_title_opens_an_apposition_role():
    # "X، المؤسس والرئيس التنفيذي لـ…،": the first word of the apposition
    # (founder) is not a title word, the one coordinated with it is
    text = (
        "يتحدث كريم الحداد، المؤسس والرئيس التنفيذي لشركة «سحاب» المختصة في "
        "الحوسبة، عن مستقبل القطاع. ويقول الحداد: «السوق المحلية صغيرة ولا بد من "
        "التصدير».\n"
    )
    q = one(text, "السوق المحلية صغيرة")
    assert q.role and q.role.startswith("المؤسس والرئيس التنفيذي"), q


def test_an_aside_on_the_role_after_a_name_without_a_comma():
    # "يقول X وهو تاجر …، ويضيف": وهو/وهي right after the name, with no
    # comma before it, gives what the person does, as "X، وهو …،" does
    text = (
        '"السوق راكدة منذ اسبوعين"، تقول سلوى الماجري وهي بائعة خضار بالسوق '
        'المركزية، وتضيف "الحرفاء لم يعودوا يشترون كالسابق".\n'
    )
    q = one(text, "الحرفاء لم يعودوا")
    assert q.role == "بائعة خضار بالسوق المركزية", q


def test_a_three_word_predicate_in_marks_after_that_and_its_subject():
    # "واعتبر أن X «…».": with a pronoun for the speaker, three words in
    # marks after the subject of the that-clause, nothing after them, are
    # the speaker's words (the predicate), not a name
    text = (
        "ووصفت النقابة القرار بأنه «خطوة إلى الوراء في مسار الحوار»، واعتبرت أن اللجان الجهوية "
        "«لا تملك صلاحيات». وطالبت بفتح حوار عاجل.\n"
    )
    q = one(text, "لا تملك صلاحيات")
    assert "النقابة" in (q.speaker or ""), q


def test_a_name_in_marks_as_the_subject_of_that_before_its_verb_is_no_quote():
    # "كشف أن «X» تستعد لـ…": the marks name the that-clause's subject, the
    # present verb after them is its predicate
    from claims.extraction import extract

    text = "وكشف المدير العام كمال الزين أن «نقل.كم» تستعد لدخول السوق المغربية قبل نهاية السنة.\n"
    assert not [q for q in extract(text) if "نقل" in q.text]


def test_an_indefinite_object_before_a_colon_opens_no_speech():
    # "لكن الأرقام تقول شيئا آخر: …": the verb's object (something), then
    # the writer's own words spelling it out, not a quotation
    from claims.extraction import extract

    text = (
        "وعدت الحكومة بخفض العجز، لكن الأرقام الرسمية تقول شيئا آخر: العجز "
        "ارتفع للسنة الثالثة على التوالي.\n"
    )
    assert not [q for q in extract(text) if "العجز ارتفع" in q.text]


def test_a_debate_opened_on_a_day_dates_what_is_said_at_it():
    # "افتتح المجلس يوم … النقاش العام حول …": a debate is a sitting; the
    # words said at it take its date
    text = (
        "افتتح المجلس البلدي يوم الخميس 6 مارس 2025 النقاش العام حول مشروع "
        "المخطط المروري الجديد.\n\n"
        "وقال رئيس البلدية كمال السعيدي أمام المستشارين إن «المخطط سيخفف الضغط "
        "على وسط المدينة».\n"
    )
    q = one(text, "المخطط سيخفف الضغط")
    assert q.date == "2025-03-06", q


def test_a_document_issue_date_cited_in_passing_keeps_the_hearing_date():
    # "وحسب القرار الصادر في أكتوبر …": the date a document was issued does
    # not move the account off the hearing the lead dates
    text = (
        "نظرت الدائرة الجنائية بالمحكمة الابتدائية يوم الثلاثاء 11 مارس 2025 في "
        "قضية الصفقات العمومية للبلدية.\n\n"
        "وحسب قرار ختم البحث الصادر في جانفي 2025، فإن المتهمين «خالفوا "
        "إجراءات المنافسة عمدا وبصفة متكررة».\n\n"
        "وقال المتهم الأول أمام المحكمة: «كل الصفقات مرت على لجنة الشراءات "
        "بصفة عادية».\n"
    )
    q = one(text, "كل الصفقات مرت")
    assert q.date == "2025-03-11", q


def test_formerly_closing_a_post_in_apposition_does_not_move_the_time():
    # "X، رئيسة المصلحة بالبلدية سابقا،": the adjective "former" after a
    # post, not "previously"; the hearing still dates her words
    text = (
        "نظرت الدائرة الجنائية بالمحكمة الابتدائية يوم الثلاثاء 11 مارس 2025 في "
        "قضية الصفقات العمومية للبلدية.\n\n"
        "أما المتهمة الثانية ليلى الحامدي، رئيسة مصلحة الصفقات بالبلدية سابقا، "
        "فقد أكدت أنها «طبقت التعليمات المكتوبة حرفيا دون أي تجاوز».\n"
    )
    q = one(text, "طبقت التعليمات")
    assert q.date == "2025-03-11", q


def test_without_and_its_noun_after_the_verb_is_no_speaker():
    # "فأجابت دون تردد:": how she answered, not who; the speaker is the one
    # the verb agrees with, the woman of the interview
    text = (
        "وقالت المهندسة سلمى العبيدي: «القطاع يحتاج إلى تمويل أكبر». وسألناها عن "
        "المستقبل، فأجابت دون تردد: «السوق ستتضاعف خلال عامين».\n"
    )
    q = one(text, "السوق ستتضاعف")
    assert q.speaker == "سلمى العبيدي", q


def test_a_participle_of_coming_from_a_place_stays_in_the_title():
    # "الفلاح القادم من بني خلاد X Y": the title, where the person comes
    # from (a two-word place), then the name
    text = 'ويرى البائع القادم من بني خلاد رضا الماجري ان الحرفاء "لا يفهمون كلفة الانتاج".\n'
    q = one(text, "لا يفهمون كلفة")
    assert q.speaker == "رضا الماجري", q
    assert q.role == "البائع القادم من بني خلاد", q


def test_a_feminine_attache_is_a_title():
    # "الملحقة الثقافية X": the feminine of ملحق heads a title
    text = "وقالت الملحقة الثقافية سارة بنيت إن «البرنامج سيتوسع ليشمل ثلاث جامعات».\n"
    q = one(text, "البرنامج سيتوسع")
    assert q.speaker == "سارة بنيت", q
    assert q.role == "الملحقة الثقافية", q


def test_a_mission_and_its_city_after_fi_then_the_name_in_commas():
    # "المستشار التجاري بالسفارة الفرنسية في تونس، X،": where the title is
    # held, with the city after في, then the name in commas
    text = (
        "وكتب المستشار التجاري بالسفارة الفرنسية في تونس، جان دوبوا، أن «المناخ "
        "الاستثماري يتحسن ببطء شديد».\n"
    )
    q = one(text, "المناخ الاستثماري")
    assert q.speaker == "جان دوبوا", q


def test_the_verbal_noun_of_relaying_with_the_relayers_pronoun():
    # "وعلقت الصحيفة على القرار بنقلها عن X قوله إن": بنقلها is the relay,
    # the person after عن speaks
    text = (
        "وعلقت الصحيفة على القرار بنقلها عن المحلل السياسي كريم البحري قوله إن "
        "الحكومة «تراهن على الوقت أكثر مما تراهن على الإصلاح».\n"
    )
    q = one(text, "تراهن على الوقت")
    assert q.speaker == "كريم البحري", q


def test_our_interlocutor_is_the_interviewee_not_a_body_quoted_since():
    # "وتقول ضيفتنا:": the person interviewed, even after a bank's
    # statement was quoted in between
    text = (
        "تتحدث سلمى العبيدي، المديرة العامة لشركة «نور»، عن السوق. وكان البنك "
        "المركزي قد أعلن في بلاغ أنه «سيطلق برنامجا جديدا للمؤسسات الصغرى قبل "
        "نهاية السنة». وتقول ضيفتنا: «ننتظر هذا البرنامج منذ سنوات طويلة».\n"
    )
    q = one(text, "ننتظر هذا البرنامج")
    assert q.speaker == "سلمى العبيدي", q
