"""Phenomena behind residual misses of the older wired sets (F3–F24 and the
unprefixed articles), taken as general constructions of Arabic news writing.

Every article here is written for the test, in sentences that are not in the
wired data files; each test fails without the rule it names.
"""

from tests.extraction.helpers import one, same_name


def test_where_a_person_lives_completes_the_role_of_a_wahuwa_aside():
    # "وهي ممرضة تقيم في حي …:": a residence verb after the description does
    # not end the role as another present verb does ("يعمل في …")
    text = (
        "أمام المستوصف المغلق، تقول نادية الحسيني، وهي ممرضة سابقة تقيم في حي "
        "الزيتون: «ننتظر الطبيب منذ الصباح ولم يأت أحد».\n"
    )
    q = one(text, "ننتظر الطبيب")
    assert same_name(q.speaker, "نادية الحسيني"), q
    assert q.role == "ممرضة سابقة تقيم في حي الزيتون", q


def test_a_residence_clause_may_run_to_the_end_of_its_sentence():
    # "«…»، يقول X، وهو … يسكن في … فوق …. ويضيف:": the sentence ends the
    # aside, prepositions and all
    text = (
        "«البرد هذا العام أقسى من كل عام»، يقول سعيد البناني، وهو حارس ليلي يسكن "
        "في كوخ خشبي فوق سطح العمارة. ويضيف: «لا مدفأة عندي».\n"
    )
    q = one(text, "لا مدفأة")
    assert same_name(q.speaker, "سعيد البناني"), q
    assert q.role == "حارس ليلي يسكن في كوخ خشبي فوق سطح العمارة", q


def test_how_long_in_years_stays_in_a_wahuwa_aside():
    # "وهو سائق منذ 12 سنة:": "سنة" after منذ and a number is a duration,
    # not the start of a date that ends the phrase
    text = "وفي المحطة، يقول كمال، وهو سائق أجرة منذ 12 سنة: «لم أر الطريق بهذا السوء من قبل».\n"
    q = one(text, "لم أر الطريق")
    assert same_name(q.speaker, "كمال"), q
    assert q.role == "سائق أجرة منذ 12 سنة", q


def test_a_verb_coordinated_with_the_cue_is_not_its_subject():
    # "سألناه …، فضحك وقال:": the gesture before "وقال" is a verb, not a
    # name; the speaker is the man quoted before
    text = (
        "يقول الحاج مبروك السالمي، وهو صياد في الميناء القديم: «البحر لم يعد "
        "يعطي كما كان».\n"
        "سألناه إن كان سيترك المهنة، فضحك وقال: «وماذا أعمل غيرها؟».\n"
    )
    q = one(text, "وماذا أعمل")
    assert same_name(q.speaker, "مبروك السالمي"), q


def test_a_reply_after_fi_is_a_noun_and_leaves_the_verb_its_subject():
    # "وقالت الهيئة، في رد مقتضب على …، إن": ردّ after في is the reply, no
    # verb with a subject ("مقتضب") of its own
    text = (
        "وقالت هيئة الرقابة المالية، في رد مقتضب على استفسارات الصحيفة، إن "
        "«التحقيق ما زال جاريا».\n"
    )
    q = one(text, "التحقيق ما زال")
    assert same_name(q.speaker, "هيئة الرقابة المالية"), q


def test_a_possessed_statement_after_jaa_fi_speaks_for_its_owner():
    # "وجاء في بيانها أن «…»": the suffix of the statement is the speaker,
    # resolved by agreement (the league, not the man quoted last)
    text = (
        "وقالت الرابطة إن «العقوبة نهائية». وقال رئيس النادي سمير العتيبي إن "
        "«الفريق سيعود أقوى». وجاء في بيانها أن «اللاعب تجاوز حدود الروح الرياضية».\n"
    )
    q = one(text, "اللاعب تجاوز")
    assert same_name(q.speaker, "الرابطة"), q


def test_after_however_the_body_before_the_verb_is_its_subject():
    # "غير أن اللجنة ردت الطعن، وأضافت:": after غير أن the body is the
    # subject of ردّ and the appeal its object, so the next verb is the body's
    text = "غير أن اللجنة ردت الطعن، وأضافت: «الملف أغلق نهائيا».\n"
    q = one(text, "الملف أغلق")
    assert same_name(q.speaker, "اللجنة"), q


def test_a_run_in_dateline_without_a_date_is_not_the_lead_verbs_subject():
    # "إربد - الرأي انتقدت النائب X …، وقالت": scraped text runs the dateline
    # (place, dash, outlet) into the lead; the lead's first verb and its
    # subject follow the outlet's word (the verb tells a woman under a
    # masculine title, so the subject is read from the lead's clause)
    text = (
        "إربد - الرأي  انتقدت النائب هدى العتوم خطة وزارة النقل في الشمال، "
        'وقالت في مداخلتها إن "الطرق الزراعية منسية منذ سنوات"'
    )
    q = one(text, "الطرق الزراعية")
    assert same_name(q.speaker, "هدى العتوم"), q


def test_a_verb_right_after_an_indefinite_person_met_is_a_relative_on_him():
    # "التقى السفير بمسؤول عراقي سابق قال له إن": with no و and no الذي,
    # the verb after the indefinite person met describes him: he speaks
    text = "وفي البرقية، التقى السفير بمسؤول عراقي سابق قال له إن «الانتخابات ستؤجل مرة أخرى».\n"
    q = one(text, "الانتخابات ستؤجل")
    assert q.speaker == "مسؤول عراقي سابق", q
    assert q.speaker_kind == "anonymous", q


def test_a_meeting_with_an_indefinite_person_who_said_in_it():
    # "يروي دبلوماسي لقاء مع نائب سابق من الشمال قال فيه إن": فيه is the
    # meeting, the person met (and where he is from) speaks in it
    text = (
        "وفي برقية أخرى، يروي دبلوماسي بريطاني لقاء مع نائب سابق من الشمال قال فيه "
        "إن «الجيش لن يتدخل هذه المرة».\n"
    )
    q = one(text, "الجيش لن يتدخل")
    assert same_name(q.speaker, "نائب سابق من الشمال"), q


def test_a_glued_bi_before_an_anonymous_head_is_no_part_of_the_speaker():
    # "جمعه برجل أعمال من حلب، قال له": the man met, without the بـ
    text = "يروي السفير عشاء جمعه برجل أعمال من حلب، قال له إن «التجارة مع الجوار متوقفة».\n"
    q = one(text, "التجارة مع الجوار")
    assert q.speaker == "رجل أعمال من حلب", q


def test_a_document_whose_date_is_withheld_is_no_speaker_and_speaks_as_the_topic():
    # "أما برقية ثانية لم يكشف الموقع تاريخها فتتناول …، وجاء فيها أن":
    # withholding a date reports no speech; "فيها" is the document أما
    # made the topic of the sentence
    text = (
        'وقال مسؤول أمني إن "الحدود مراقبة". أما برقية ثانية لم يكشف الموقع تاريخها '
        'فتتناول ملف المياه، وجاء فيها أن "السدود لن تكفي الموسم المقبل".\n'
    )
    q = one(text, "السدود لن تكفي")
    assert q.speaker_kind == "document", q
    assert same_name(q.speaker, "برقية"), q


def test_a_full_title_then_a_family_name_is_the_person_who_holds_it():
    # "رئيس اللجنة المالية العمري": the title again with the family name of
    # the man named with it before, not the last man titled رئيس
    text = (
        "افتتح رئيس اللجنة المالية خالد العمري الجلسة بحضور رئيس الوزراء بشر "
        "المومني. واحتدم النقاش بين النواب، ما دفع رئيس اللجنة المالية العمري "
        "إلى التدخل قائلا: «الموازنة لن تمر بهذه الأرقام».\n"
    )
    q = one(text, "الموازنة لن تمر")
    assert same_name(q.speaker, "خالد العمري"), q


def test_it_is_noted_that_a_body_had_published_a_report_in_which():
    # "يذكر أن جمعية «X» كانت قد أصدرت تقريرا …، جاء فيه أن": the narrator's
    # aside, then the body that issued the report speaks in it (not the
    # person quoted last)
    text = (
        "وقال النائب سامي الدباغ إن «الحكومة تأخرت». يذكر أن جمعية «رقابة» كانت "
        "قد أصدرت الشهر الماضي تقريرا عن الصفقات العمومية، جاء فيه أن «ثلث العقود "
        "أبرم دون مناقصة».\n"
    )
    q = one(text, "ثلث العقود")
    assert same_name(q.speaker, "جمعية «رقابة»"), q


def test_it_is_noted_that_also_in_a_sentence_run_on_without_its_stop():
    # scraped text, the full stop before "يذكر أن" dropped: the body after
    # the narrator's aside still speaks in its report
    text = (
        "وقال النائب سامي الدباغ إن «الحكومة تأخرت» وأجلت اللجنة النظر في الملف "
        "يذكر أن جمعية «رقابة» كانت قد أصدرت تقريرا عن الصفقات العمومية، جاء فيه "
        "أن «ثلث العقود أبرم دون مناقصة»"
    )
    q = one(text, "ثلث العقود")
    assert same_name(q.speaker, "جمعية «رقابة»"), q


def test_a_fronted_place_after_a_statement_opens_a_sentence_in_text_without_stops():
    # "… «…»   أمام باب الطوارئ، وقفت أم سامر، …، وقالت:": with the stop
    # dropped after the doctor's words, the place and its comma start the
    # next sentence, whose verb's subject speaks (not the doctor)
    text = (
        "وقالت الطبيبة المقيمة رانيا عوض: «الأقسام ممتلئة منذ أسبوع»   أمام باب "
        "الطوارئ، وقفت أم سامر، ربة منزل من الميدان، تحمل طفلها، وقالت: «ننتظر "
        "منذ الصباح ولا أحد يجيب»"
    )
    q = one(text, "ننتظر منذ الصباح")
    assert same_name(q.speaker, "أم سامر"), q


def test_an_unnamed_source_after_a_statement_opens_a_sentence_in_text_without_stops():
    # "… «…»   أحد موظفي الوزارة، ممن …، لخص الأمر بعبارة قاسية:": the
    # source opens the next sentence; the object and the manner after the
    # verb are no subject
    text = (
        "وكتب الصندوق في تقريره أن «الدين يسير في مسار خطير»   أحد موظفي الوزارة، "
        "ممن تحدثنا إليهم وطلب عدم ذكر اسمه، لخص الأمر بعبارة قاسية: «نحن نؤجل "
        "الأزمة فقط»"
    )
    q = one(text, "نحن نؤجل")
    assert same_name(q.speaker, "أحد موظفي الوزارة"), q
