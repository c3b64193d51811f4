"""Phenomena found by the fresh author's set F22 (``articles_blind27.py``).

Every article here is written for the test, in sentences that are not in
F22's data files; each test fails without the rule it names.
"""

from tests.extraction.helpers import one, same_name


def test_a_manner_adverbial_after_the_object_pronoun_is_no_subject():
    # "قال له بصراحة:": the pronoun of the one spoken to, then how it was
    # said; the speaker is the person the clause is about, not "بصراحة"
    text = (
        "والتقى المراسل بالنقيب المتقاعد سمير الحداد، الذي قال له بوضوح: "
        '"لن نعود إلى الثكنات قبل أن تتغير القيادة".\n'
    )
    q = one(text, "لن نعود إلى الثكنات")
    assert same_name(q.speaker, "سمير الحداد"), q


def test_a_clause_opening_conjunction_is_no_subject():
    # "فيما أضاف:": فيما (while) opens the clause, it is never the subject
    # before the verb; the verb with no subject goes on with the last speaker
    text = (
        'وقال رئيس البلدية سامي حداد: "أغلقنا الطريق الساحلي حتى إشعار آخر". '
        'فيما أضاف: "الفرق الفنية تعمل ليلا ونهارا لإصلاح الجسر".\n'
    )
    q = one(text, "الفرق الفنية")
    assert same_name(q.speaker, "سامي حداد"), q


def test_a_title_with_a_possessive_takes_no_genitive_before_the_name():
    # "جارها X Y", "نظيره X Y": the possessive makes the title definite; the
    # word after it opens the name, it is not the title's genitive
    text = (
        'وقالت هدى سالم، إحدى الساكنات: "انقطعت المياه عنا منذ أسبوع كامل". '
        'وقال جارها كمال يوسف: "نشتري الماء من الباعة المتجولين بأسعار مضاعفة".\n'
    )
    q = one(text, "نشتري الماء")
    assert q.speaker == "كمال يوسف", q


def test_a_topic_in_an_with_its_conjunction_is_no_subject():
    # "وعن الأسعار، وهي …، قال:" / "وعن الأسعار قال:": the topic the
    # interviewee was asked about (عن with its و), never the speaker
    text = (
        'وقال وزير التجارة نادر العلي: "الأسواق مستقرة رغم الظروف الصعبة". '
        "وعن الأسعار، وهي الشغل الشاغل للمواطنين منذ أشهر، قال: "
        '"سنراقب المحلات يوميا ولن نتهاون مع المخالفين".\n'
        'وعن الاستيراد قال: "فتحنا الباب أمام الشركات الصغيرة أيضا".\n'
    )
    assert same_name(one(text, "سنراقب المحلات").speaker, "نادر العلي")
    assert same_name(one(text, "فتحنا الباب").speaker, "نادر العلي")


def test_a_body_in_marks_after_a_title_and_fi_is_no_quotation_and_stays_in_the_subject():
    # "أن قياديا في «حركة النهضة» أبلغ X أن «…»": the party a title belongs
    # to, in marks, is a name; the anonymous source before the verb is its
    # subject, the person after it the addressee
    text = (
        "وتكشف البرقية أن مسؤولاً في «الجبهة الشعبية الموحدة» أبلغ مساعدة "
        "السفير للشؤون الاقتصادية أن «الانتخابات المقبلة لن تغير شيئا في موازين القوى».\n"
    )
    from claims.extraction import extract

    quotes = extract(text)
    assert [q.text for q in quotes] == ["الانتخابات المقبلة لن تغير شيئا في موازين القوى"]
    assert quotes[0].speaker == "مسؤول في «الجبهة الشعبية الموحدة»", quotes[0]


def test_a_plan_named_in_marks_after_carrying_it_out_is_no_quotation():
    # "ماضية في تنفيذ "الخطة الوطنية …"": the plan's name, led by its label
    # noun, is the object of a verbal noun of carrying out, not words said
    text = (
        "وأكد المدير العام سامر خليل أن الهيئة ماضية في تنفيذ "
        '"الاستراتيجية الوطنية للنقل المستدام 2035" رغم نقص التمويل.\n'
    )
    from claims.extraction import extract

    assert extract(text) == []


def test_three_words_right_before_their_cue_are_a_quotation():
    # "«…»، يقول ضاحكاً": a cue right after the marks introduces them even
    # when its subject is left out; the words are a quotation
    text = (
        'وقالت الطبيبة منى سعيد: "نستقبل عشرات الحالات يوميا في قسم الطوارئ". '
        "«الصبر مفتاح الفرج»، يقول مبتسما.\n"
    )
    assert one(text, "الصبر مفتاح الفرج") is not None


def test_a_topic_turned_to_with_amma_in_the_sentence_before_speaks_next():
    # "أما كومار، فلا يعرف … . «…»، يقول ضاحكاً": after the last quote the
    # text turns to another person with أما; a cue with no subject in the next
    # sentence is theirs, not the last speaker's
    text = (
        'وقال المهندس وليد ناصر: "المشروع تأخر بسبب الأمطار الغزيرة". '
        "أما السائق سليم، فلم يغادر مقعده منذ الفجر. "
        "«لا أحد يدفع لنا أجر الساعات الإضافية»، يقول بمرارة.\n"
    )
    assert same_name(one(text, "لا أحد يدفع").speaker, "سليم")


def test_a_title_word_after_a_party_in_la_is_its_adjective_in_the_role():
    # "بالأمين العام لحركة معارضة ناشئة، X، الذي قال": معارضة describes the
    # movement; the role is the whole glued title with its genitive
    text = (
        "والتقى الوفد بالأمين العام لحركة معارضة ناشئة، كريم السعدي، الذي قال له: "
        '"لن نشارك في انتخابات نعرف نتيجتها مسبقا".\n'
    )
    q = one(text, "لن نشارك")
    assert same_name(q.speaker, "كريم السعدي"), q
    assert q.role == "الأمين العام لحركة معارضة ناشئة", q


def test_a_verb_after_an_indefinite_object_and_a_name_withholding_aside_is_the_objects():
    # "لقاءه بدبلوماسي أوروبي، لم تكشف البرقية اسمه، قال له إن": a verb
    # with no conjunction after the indefinite object (glued to بـ) and the
    # aside describes that object; the object speaks, not the teller
    text = (
        "ويروي السفير الأمريكي جيمس كارتر في البرقية لقاءه بدبلوماسي أوروبي، "
        "لم تكشف البرقية اسمه، قال له إن "
        '"العقوبات لن تغير سلوك النظام ما دامت الحدود مفتوحة".\n'
    )
    q = one(text, "العقوبات لن تغير")
    assert q.speaker == "دبلوماسي أوروبي", q


def test_an_accusative_source_with_an_accusative_adjective_before_its_place_is_anonymous():
    # "أن مسؤولا كبيرا في وزارة المالية قال للسفير إن": title and adjective in
    # the accusative, then where the source works: an unnamed source, named in
    # the nominative
    text = (
        "وتذكر الوثيقة أن مسؤولا كبيرا في وزارة المالية قال للسفير إن "
        '"الدين العام سيتجاوز قريبا كل الخطوط الحمراء".\n'
    )
    q = one(text, "الدين العام")
    assert q.speaker == "مسؤول كبير في وزارة المالية", q


def test_a_supervisor_in_the_accusative_after_but_is_an_unnamed_source_before_its_verb():
    # "لكن مشرفاً في شركة …، طلب عدم ذكر اسمه، قال": مشرف (supervisor) is
    # a head of unnamed sources, like مسؤول; the clause opens with it
    text = (
        'وقال العامل حسن يوسف: "نعمل اثنتي عشرة ساعة في اليوم". '
        "لكن مشرفاً في مصنع للنسيج، طلب عدم ذكر اسمه، قال للصحيفة: "
        '"الإدارة تحترم ساعات العمل المحددة في العقود".\n'
    )
    q = one(text, "الإدارة تحترم")
    assert q.speaker.startswith("مشرف في"), q


def test_a_first_name_with_a_noun_genitive_and_nisba_in_commas_opens_its_clause():
    # "عمر، عامل بناء سوداني، يرى أن «…»": a vox pop named by a first name,
    # described by an indefinite noun with its genitive and a nisba, then
    # the verb
    text = (
        'وقالت المهندسة رنا خليل: "المشروع يسير وفق الجدول". '
        'سامي، حارس عمارة مصري، يرى أن "الطرق الجديدة أخطر من القديمة".\n'
    )
    q = one(text, "الطرق الجديدة")
    assert same_name(q.speaker, "سامي"), q
    assert q.role == "حارس عمارة مصري", q


def test_shouted_is_a_cue_and_from_inside_ends_the_title():
    # "صاح المتهم الأول من داخل القفص:": صاح (shouted) introduces words
    # said; "من داخل" tells where from, it is no name after the title
    text = (
        "وبعد النطق بالحكم صاح المتهم الثاني من داخل قفص الاتهام: "
        '"لم أسرق شيئا، كل الأوراق مزورة".\n'
    )
    q = one(text, "لم أسرق شيئا")
    assert q.speaker == "المتهم الثاني", q


def test_a_relative_day_between_the_relaying_agency_and_an_does_not_cut_the_relay():
    # "ونقلت وكالة X أمس عن Y قوله:": the day it was relayed sits between
    # the agency and عن; the speaker is still the one relayed
    text = (
        "وكان الوزير السابق فؤاد الخطيب قد التقى السفير مرتين. "
        'ونقلت وكالة الأنباء الفرنسية أمس عن الخطيب قوله: "لم ألتق أحدا خارج الإطار الرسمي".\n'
    )
    q = one(text, "لم ألتق أحدا")
    assert same_name(q.speaker, "فؤاد الخطيب"), q


def test_a_discourse_opener_before_the_first_verb_does_not_hide_its_subject():
    # "في المقابل دافع الوزير X عن …، ورد على النواب قائلا:", "من جهتها
    # أصدرت الهيئة بيانا أكدت فيه أن": the opener, then the verb and its
    # subject, who goes on speaking
    text = (
        'وقال النائب ماجد الروسان إن "الضريبة الجديدة ظالمة". '
        "في المقابل دافع وزير المالية عمر الزعبي عن القرار، ورد على النواب قائلا: "
        '"الإيرادات لا تغطي الرواتب". '
        "من جهتها أصدرت نقابة التجار بيانا أكدت فيه أن "
        '"الأسواق لن تتحمل أي زيادة إضافية".\n'
    )
    assert same_name(one(text, "الإيرادات لا تغطي").speaker, "عمر الزعبي")
    assert one(text, "الأسواق لن تتحمل").speaker == "نقابة التجار"


def test_the_sentence_after_a_dated_cable_that_quoted_nothing_takes_its_date():
    # "في البرقية X، المؤرخة في DATE، يروي السفير لقاءه بمسؤول أمني. يقول
    # المسؤول إن «…»": the unnamed person the cable's sentence met speaks in
    # the next sentence, in the cable: its date
    text = (
        "في البرقية 09AMMAN455، المؤرخة في 12 آذار 2009، يروي السفير الأمريكي "
        "لقاءه بمسؤول أمني رفيع لم تذكر البرقية اسمه. يقول المسؤول إن "
        '"الحدود الشمالية باتت أكثر هدوءا من أي وقت مضى".\n'
    )
    q = one(text, "الحدود الشمالية")
    assert q.date == "2009-03-12", q


def test_what_someone_said_introduces_the_quote_after_the_colon():
    # "ولفتني ما قاله الوزير X في برنامج «…»: «…»": قاله (said it) is the cue,
    # its subject after it, the quote its object
    text = (
        "ولفت انتباهي ما قالته الوزيرة السابقة هدى المصري، أمس، في برنامج «لقاء الأسبوع»: "
        '"الإصلاح يبدأ من المدرسة لا من البرلمان".\n'
    )
    q = one(text, "الإصلاح يبدأ")
    assert same_name(q.speaker, "هدى المصري"), q


def test_words_relayed_right_after_the_dated_session_take_its_date():
    # "ونقلت وكالة X عن النائب Y قوله عقب الجلسة إن": told to an agency,
    # but right after the session the lead dated by the dateline's اليوم
    text = (
        "عمان - الأحد، 3 آذار 2024 - عقد مجلس النواب اليوم الأحد جلسة لمناقشة "
        'قانون الضريبة. وقال النائب سعد الحديد إن "القانون يرهق الطبقة الوسطى". '
        "ونقلت وكالة الأنباء الرسمية عن رئيس اللجنة المالية النائب خالد العموش "
        'قوله عقب الجلسة إن اللجنة "ستعيد النظر في الشرائح قبل التصويت".\n'
    )
    assert one(text, "يرهق الطبقة").date == "2024-03-03"
    assert one(text, "ستعيد النظر").date == "2024-03-03"


def test_who_writes_with_no_subject_in_a_dated_cable_is_its_teller():
    # "في البرقية …، المؤرخة في …، يروي السفير X … . يقول الوزير إن «…». …
    # يكتب أن محدثه «…»": writing in the cable is its writer's, not the last
    # speaker's
    text = (
        "في البرقية 07CAIRO812، المؤرخة في 5 أيار 2007، يروي السفير الأمريكي "
        "فرانك ريتشاردز لقاءه بنائب سابق. يقول النائب إن "
        '"الحزب الحاكم لن يسمح بأي منافسة حقيقية". '
        "وفي خلاصة البرقية، يكتب أن محدثه "
        '"صادق في تشخيصه لكنه متشائم أكثر مما يجب".\n'
    )
    q = one(text, "صادق في تشخيصه")
    assert same_name(q.speaker, "فرانك ريتشاردز"), q


def test_the_embassy_concluding_a_paragraph_after_a_cables_quotes_takes_its_date():
    # "وفي برقية … أرسلت في DATE، يظهر النائب X … «…»، قال X. ¶ وتخلص
    # السفارة في تعليقها على اللقاء إلى أن «…»": the embassy's conclusion is
    # the cable's, a paragraph on
    text = (
        "وفي برقية ثانية أرسلت في نيسان/أبريل 2008، يظهر النائب وليد حمدان وهو يشرح "
        'للدبلوماسيين حسابات التحالف. "الانتخابات ستحسم في الشمال"، قال حمدان.\n\n'
        "وتخلص السفارة في تعليقها على اللقاء إلى أن "
        '"التحالف يدخل المعركة مشتتا ويعول على أخطاء خصومه".\n'
    )
    q = one(text, "التحالف يدخل")
    assert q.date == "2008-04", q
