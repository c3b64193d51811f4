"""Residual constructions over all wired test articles (F3, F4 and the
older sets), each a general rule of news writing.

Every article here is written for the test, in sentences that are not in
the data files; each test fails without the rule it names.
"""

from claims.extraction import normalize
from tests.extraction.helpers import one, quotes_of, same_name


def test_a_dated_gathering_in_the_lead_dates_what_its_speakers_say():
    # a lead with no quote tells of a meeting on a given day; the speakers
    # quoted after it, with no date of their own, spoke there; a statement
    # issued in a document ("في بيان") is apart from it, and so is what
    # follows a new date
    text = (
        "عقد المجلس البلدي لمدينة نابل يوم الخميس 6 مارس 2025 اجتماعا استثنائيا "
        "لمناقشة أزمة النفايات.\n\n"
        'وقال رئيس البلدية كمال الورتاني إن "الشاحنات معطلة منذ أسابيع".\n\n'
        'من جهته، اعتبر المستشار البلدي سمير القاسمي أن "الحل في التعاقد مع '
        'شركة خاصة".\n\n'
        'وقالت جمعية حماية البيئة، في بيان لها، إن "الوضع يهدد صحة السكان".\n\n'
        "وكان الوالي قد زار المدينة في 2 فيفري 2025، وقال أحد الأهالي إن "
        '"الزيارة لم تغير شيئا".'
    )
    assert one(text, "الشاحنات معطلة").date == "2025-03-06"
    assert one(text, "الحل في التعاقد").date == "2025-03-06"
    assert one(text, "الوضع يهدد").date is None
    assert one(text, "الزيارة لم تغير").date != "2025-03-06"


def test_a_dated_lead_that_quotes_is_no_gathering_for_later_speakers():
    # the lead itself quotes its speaker: the gathering is his, later
    # speakers are not dated by it
    text = (
        "قال وزير الفلاحة خلال اجتماع مجلس الوزراء يوم الإثنين 3 مارس 2025 إن "
        '"الموسم سيكون جيدا".\n\n'
        'من جانبه، أكد رئيس اتحاد الفلاحين أن "الأسعار مرتفعة جدا".'
    )
    assert one(text, "الموسم سيكون").date == "2025-03-03"
    assert one(text, "الأسعار مرتفعة").date is None


def test_honorific_name_with_title_in_apposition_outside_speech_is_learnt():
    # "بإشراف السيد X، والي الجهة،": a person named outside speech, after
    # an honorific, with the title set off by commas; "السيد الوالي" later
    # is that person
    text = (
        "افتتح صباح أمس بمقر الولاية معرض الصناعات التقليدية، بحضور السيد "
        "منير الهمامي، والي القيروان، وعدد من الحرفيين.\n\n"
        'وحسب السيد الوالي فإن "المعرض سيصبح موعدا سنويا".'
    )
    q = one(text, "المعرض سيصبح")
    assert q.speaker == "منير الهمامي", q
    assert normalize(q.role) == normalize("والي القيروان")


def test_apposition_about_one_of_many_is_a_description_not_the_name():
    # "المحامي X، دفاع أحد المتهمين،": an apposition with "أحد"/"إحدى"
    # describes the person named before the comma; it is no name
    text = (
        "أما المحامي الأستاذ كريم بناني، دفاع أحد المتهمين، فاعتبر أن "
        '"المحاضر باطلة". وقال بناني للصحافيين: "سنستأنف الحكم".'
    )
    q = one(text, "المحاضر باطلة")
    assert q.speaker == "كريم بناني", q
    assert normalize(q.role) == normalize("دفاع أحد المتهمين")
    q = one(text, "سنستأنف")
    assert q.speaker == "كريم بناني", q
    assert normalize(q.role) == normalize("دفاع أحد المتهمين")


def test_participle_skips_the_object_clause_after_an_apposition():
    # "وطالب ممثل الادعاء، المدعي العام X، بسجن المتهم، مؤكدا": the clause
    # after the subject's apposition is the main verb's object, not a new
    # verb with its own subject
    text = (
        "وطلب محامي الدولة، نائب المستشار القانوني هشام الكعبي، رفض الدعوى، "
        'مؤكدا أن "العقود سليمة".'
    )
    q = one(text, "العقود سليمة")
    assert q.speaker == "هشام الكعبي", q


def test_the_fuller_title_of_title_and_titled_apposition_is_the_role():
    # "ممثل الادعاء، نائب المدعي العام الأول X": of the title before the
    # comma and the title of the name in apposition, the fuller is the role
    text = 'وقال ممثل الادعاء، نائب المدعي العام الأول هشام الكعبي، إن "الأدلة قاطعة".'
    q = one(text, "الأدلة قاطعة")
    assert q.speaker == "هشام الكعبي", q
    assert normalize(q.role) == normalize("نائب المدعي العام الأول")


def test_indefinite_noun_and_where_from_in_apposition_is_the_role():
    # "وقفت أم X، ربة منزل من حي …، تنتظر …، وقالت:": an ordinary person
    # named by a kunya or a first name, described by an indefinite noun and
    # where he or she is from; the coordinated verb shares the first verb's
    # subject, not the expert quoted before
    text = (
        'وقال الخبير الاقتصادي الدكتور نبيل السعدي إن "الأسعار سترتفع".\n\n'
        "في سوق الخضار، جلست أم سامي، عاملة نظافة من حي التضامن، تنتظر الزبائن، "
        'وقالت: "ما عاد أحد يشتري مثل زمان".'
    )
    q = one(text, "ما عاد أحد")
    assert q.speaker == "أم سامي", q
    assert normalize(q.role) == normalize("عاملة نظافة من حي التضامن")


def test_sajjala_reports_what_follows():
    # "سجّل X أن": "noted", a reporting verb of the Moroccan press
    text = 'وسجّل الخبير الفلاحي عمر بنعلي أن "المحصول تراجع بالنصف".'
    q = one(text, "المحصول تراجع")
    assert q.speaker == "عمر بنعلي", q


def test_words_relayed_inside_an_account_leave_the_account_with_its_teller():
    # "قائلا إن الأخير قال له: «…»": the third person's words are his, but
    # the next verb with no subject goes on with the one who relays them
    text = (
        'يقول النائب فادي الخوري إن "المرحلة صعبة".\n\n'
        "ويروي لقاءه بوزير المالية، مضيفا أن الأخير قال له: "
        '"الخزينة فارغة تماما".\n\n'
        'ويؤكد أن كتلته "لن تصوت على الموازنة".'
    )
    assert one(text, "الخزينة فارغة").speaker == "وزير المالية"
    q = one(text, "لن تصوت")
    assert q.speaker == "فادي الخوري", q


def test_a_title_right_before_its_verb_is_no_name_with_the_verb():
    # "أن الوزير قال له: «…»": the verb after the title is no name
    text = 'ويروي لقاءه بوزير المالية، مضيفا أن الوزير قال له: "الخزينة فارغة تماما".'
    q = one(text, "الخزينة فارغة")
    assert q.speaker != "قال", q
    assert "وزير" in q.speaker, q


def test_the_envoy_met_in_a_dated_cable_comments_a_paragraph_later():
    # a cable dated in its sentence tells of a meeting with the ambassador;
    # a paragraph later the ambassador's own comment is the cable's, so it
    # takes the cable's date
    text = (
        "تكشف برقية صادرة عن السفارة الأمريكية في عمان بتاريخ 5 حزيران 2009 "
        "تفاصيل لقاء جمع السفير روبرت ميلر بوزير المالية سامر الخطيب. ويقول "
        'الخطيب، بحسب البرقية، إن "العجز سيتفاقم".\n\n'
        'في المقابل، يرى ميلر أن "الوزير يبالغ في تشاؤمه".'
    )
    assert one(text, "العجز سيتفاقم").date == "2009-06-05"
    q = one(text, "الوزير يبالغ")
    assert q.speaker == "روبرت ميلر", q
    assert q.date == "2009-06-05", q


def test_a_comment_clause_with_hasabama_is_no_subject():
    # "وأضاف X، حسبما نقلت عنه وكالة …، أن": "عنه" is the main verb's
    # subject; "حسبما" is no name
    text = (
        'وقال وزير الخارجية سامي العلي إن "المفاوضات مستمرة". وأضاف العلي، '
        'حسبما نقلت عنه وكالة الأنباء الرسمية، أن "الاتفاق قريب".'
    )
    q = one(text, "الاتفاق قريب")
    assert q.speaker == "سامي العلي", q


def test_declining_to_comment_then_saying_only():
    # "رفض X التعليق على ما ورد في التقرير، واكتفى بالقول": "ما ورد في"
    # is the object of the comment, no citing cue; "التعليق" ends the
    # subject's title; the coordinated verb shares the first verb's subject
    text = (
        "ورفض الناطق باسم وزارة الداخلية التعليق على ما ورد في التقرير، "
        'واكتفى بالقول إن "الوزارة تحترم القانون".'
    )
    q = one(text, "الوزارة تحترم")
    assert q.speaker == "الناطق باسم وزارة الداخلية", q
    assert normalize(q.role) == normalize("الناطق باسم وزارة الداخلية")


def test_a_relaying_womans_verb_does_not_make_the_source_a_woman():
    # "نقلت السفيرة X عن الوزير Y قوله": the feminine verb is the relayer's;
    # the minister stays a man, and "وأكد" after his quote is his
    text = (
        "وفي برقية أخرى، نقلت السفيرة الأمريكية جين كارتر عن وزير الخارجية "
        'سالم الراشد قوله إن "الحدود آمنة". وأكد سعادته أن "الجيش مستعد".'
    )
    q = one(text, "الجيش مستعد")
    assert q.speaker == "سالم الراشد", q


def test_a_noun_with_a_possessive_suffix_is_no_speaker():
    # "أبدى المسؤولون قلقهم": the object "قلقهم" is nobody a later verb
    # with no subject could refer to
    text = (
        "وكشف التقرير أن مسؤولين محليين أبدوا قلقهم من تراجع الموسم السياحي.\n\n"
        'وأضاف: "الفنادق شبه فارغة منذ شهرين".'
    )
    q = one(text, "الفنادق شبه")
    assert q.speaker != "قلقهم", q


def test_aqqaba_on_a_reply_is_a_cue_but_aqiba_a_meeting_is_not():
    # "وعقّب X على رد الوزير:": X comments (and "رد" after على is the noun,
    # no cue of the minister); "وعقب الاجتماع" is "after the meeting"
    text = (
        "وقال وزير النقل خالد المطيري: «المشروع سينجز في موعده».\n\n"
        "وعقّب النائب سالم العتيبي على رد الوزير: «سمعنا هذه الوعود من قبل».\n\n"
        "وعقب الاجتماع، قال المطيري: «سنعمل بجد»."
    )
    q = one(text, "سمعنا هذه الوعود")
    assert q.speaker == "سالم العتيبي", q
    assert one(text, "سنعمل بجد").speaker == "خالد المطيري"


def test_a_statement_read_out_is_its_owners():
    # "تلا القاضي تصريح المتهم X، …، الذي جاء فيه:": the words are the
    # defendant's, not the judge's who reads them out
    text = (
        "وافتتح رئيس المحكمة القاضي سمير بناني الجلسة بقراءة تصريح المتهم "
        "الأول كريم العلوي، المدير السابق للمستشفى، الذي جاء فيه: "
        '"لم أوقع أي صفقة خارج القانون".\n\n'
        'وفي كلمته الأخيرة، قال المتهم العلوي: "أنا بريء".'
    )
    q = one(text, "لم أوقع أي صفقة")
    assert q.speaker == "كريم العلوي", q
    assert normalize(q.role) == normalize("المدير السابق للمستشفى")
    q = one(text, "أنا بريء")
    assert q.speaker == "كريم العلوي", q
    assert normalize(q.role) == normalize("المدير السابق للمستشفى")


def test_pluperfect_subject_holds_the_posts_place():
    # "وكانت السفيرة الأمريكية في بغداد X قد كتبت": the subject between
    # كان and قد holds "في بغداد"; it is no reason to fall back on the
    # agency that relayed the last quote
    text = (
        'ونقلت وكالة رويترز عن مسؤولين أمنيين قولهم إن "الضربات استهدفت مخازن".\n\n'
        "وكانت السفيرة البريطانية في عمان سارة جونز قد كتبت على منصة إكس: "
        '"بلادنا لا تسعى إلى التصعيد".'
    )
    q = one(text, "بلادنا لا تسعى")
    assert q.speaker == "سارة جونز", q
    assert normalize(q.role) == normalize("السفيرة البريطانية في عمان")


def test_his_counterpart_is_a_man():
    # "نظيره المصري X": "his counterpart", with a true ه, is no woman (unlike
    # "نظيرته" or "السفيرة"); the participle after his quote is his
    text = (
        'قال وزير الخارجية التركي مراد أوزتورك إن "الحل يمر عبر الحوار".\n\n'
        "جاء ذلك في مؤتمر صحفي مع نظيره الأردني سامي الخطيب.\n\n"
        'بدوره، قال الخطيب إن "الأردن يرفض التهجير"، لافتا إلى أن '
        '"العلاقات تشهد زخما".'
    )
    q = one(text, "العلاقات تشهد")
    assert q.speaker == "سامي الخطيب", q


def test_gulf_family_name_in_bal_before_the_apposition():
    # "محمد بالهول الفلاسي، الخبير الاقتصادي،": "بالهول" is a family name,
    # not "بـ" + the article; the apposition after the full name is the role
    text = "وقال الدكتور سالم بالهول المهيري، الخبير الاقتصادي، إن «الأسعار مستقرة»."
    q = one(text, "الأسعار مستقرة")
    assert q.speaker == "سالم بالهول المهيري", q
    assert normalize(q.role) == normalize("الخبير الاقتصادي")


def test_imam_with_hamza_below_is_a_title_not_in_front_of():
    # "إمام" (imam) folds like "أمام" (in front of); written with its hamza
    # below it is the title
    text = 'وقال إمام المسجد الكبير الشيخ سالم العتيبي إن "المصلين يعانون من الزحام".'
    q = one(text, "المصلين يعانون")
    assert q.speaker == "سالم العتيبي", q
    assert normalize(q.role) == normalize("إمام المسجد الكبير")


def test_a_title_in_the_dual_names_two_persons():
    # "المقدم من النائبين X وY،": two persons with one title; "النائب X'"
    # and the bare family name later are them, with the title
    text = (
        "ناقش المجلس أمس الاستجواب المقدم من النائبين سالم خالد العجمي "
        "وفهد ناصر المطيري، بشأن ملف الكهرباء.\n\n"
        "وقال النائب العجمي: «الانقطاعات لم تتوقف».\n\n"
        "«الوزارة تتهرب من المسؤولية»، قال المطيري."
    )
    q = one(text, "الانقطاعات")
    assert q.speaker == "سالم خالد العجمي", q
    assert normalize(q.role) == normalize("النائب")
    q = one(text, "الوزارة تتهرب")
    assert q.speaker == "فهد ناصر المطيري", q
    assert normalize(q.role) == normalize("النائب")


def test_as_usual_or_as_follows_after_a_verb_is_no_speaker():
    # "وقال كالعادة:", "وقالت كعادتها:", "وقال كالتالي:": a manner adverb in
    # ك after the verb ends the (empty) subject, so the verb goes on with the
    # person named before, not with a "speaker" كالتالي or التالي
    text = (
        "التقى الوزير محمد العلي بالصحفيين. "
        'وقال كالعادة: "لن نتراجع عن الإصلاحات مهما كان الثمن".\n'
        "وتحدثت النائبة سلمى العبيدي عن الموازنة، "
        'وقالت كعادتها: "الأرقام لا تعكس الواقع في المحافظات".\n'
        "وعقد رئيس البلدية كمال الورتاني ندوة صحفية، "
        'وقال كالتالي: "الحكومة لا تخفي شيئا عن الشعب".\n'
    )
    assert same_name(one(text, "لن نتراجع").speaker, "محمد العلي")
    assert same_name(one(text, "الأرقام لا تعكس").speaker, "سلمى العبيدي")
    assert same_name(one(text, "لا تخفي شيئا").speaker, "كمال الورتاني")


def test_to_after_a_title_is_the_verbs_goal_unless_the_title_is_an_envoys():
    # "عاد الوزير إلى المنصة، وقال": إلى after a minister is where he went,
    # no part of his title and no name; after an envoy it is the post
    # ("المبعوث الأممي إلى ليبيا")
    text = (
        "التقى الوزير محمد العلي بالصحفيين. ثم عاد الوزير إلى المنصة، "
        'وقال: "الحكومة لا تخفي شيئا عن الشعب".\n'
        'وقال المبعوث الأممي إلى ليبيا غسان سلامة إن "الحوار هو الطريق الوحيد".\n'
    )
    q = one(text, "لا تخفي شيئا")
    assert same_name(q.speaker, "محمد العلي"), q
    q = one(text, "الحوار هو الطريق")
    assert same_name(q.speaker, "غسان سلامة"), q
    assert "إلى ليبيا" in q.role, q


def test_unmarked_speech_after_a_saying_verb_goes_on_to_a_phrase_in_marks():
    # "قائلا: إن الحكومة ماضية في "الإصلاح الشامل" …": after a verb of saying
    # and its colon, words that reach a phrase in marks after a preposition
    # are still speech (only after "كشفت X:" and the like does the colon open
    # a description)
    text = (
        "وانتقد النائب سامي الخطيب الحكومة قائلا: إن الحكومة ماضية في "
        '"الإصلاح الشامل" دون أي حوار مع النقابات.\n'
        'وقال الوزير محمد العلي: نحن ملتزمون بالدفاع عن "حقوق العمال" في كل الظروف.\n'
    )
    q = one(text, "إن الحكومة ماضية")
    assert same_name(q.speaker, "سامي الخطيب"), q
    q = one(text, "نحن ملتزمون بالدفاع")
    assert same_name(q.speaker, "محمد العلي"), q


def test_a_report_of_a_body_ends_before_the_verbs_min_or_a_verb_of_issuing():
    # "وحذر تقرير للبنك الدولي من أن": من before أن is the verb's complement,
    # no part of the author's name; "صدر أمس" after it is the report's own
    # relative clause
    text = (
        'وحذر تقرير للبنك الدولي من أن "الدين العام سيتجاوز عتبة الخطر خلال عامين".\n'
        "وتوقع تقرير لصندوق النقد الدولي صدر أمس أن "
        '"يتباطأ النمو في المنطقة إلى أقل من اثنين في المائة".\n'
    )
    assert one(text, "الدين العام").speaker == "البنك الدولي"
    assert one(text, "يتباطأ النمو").speaker == "صندوق النقد الدولي"


def test_a_name_in_apposition_after_a_title_may_end_at_the_colon():
    # "وقالت وزيرة المالية، X: «…»": the name set off by a comma ends at the
    # colon before the words, as it would at a second comma
    text = 'وقالت وزيرة المالية، سهام البوغديري: "الدين العام تحت السيطرة في الوقت الحالي".\n'
    q = one(text, "الدين العام")
    assert same_name(q.speaker, "سهام البوغديري"), q
    assert q.role == "وزيرة المالية", q
    # (a manner in the commas is no name: "قال المتهم X، بصوت متهدج:")
    text = 'وقال المتهم رشيد الفيلالي، بصوت متهدج: "لم أسرق درهما واحدا من المال العام".\n'
    assert same_name(one(text, "لم أسرق").speaker, "رشيد الفيلالي")


def test_a_bare_head_with_the_same_is_the_last_speaker_with_that_head():
    # "وأضاف المسؤول نفسه": "the same official" is the last speaker with that
    # head noun, named or not, not an older one; a generic head ("المصدر
    # ذاته") that no speaker had is the one quoted last
    text = (
        'وقال المسؤول الحكومي سامي العلي إن "الميزانية جاهزة". '
        'وقال مسؤول أمني إن "الوضع هادئ". وأضاف المسؤول نفسه أن "الحدود مؤمنة".\n'
        'وقال الدبلوماسي الفرنسي جان دوبون إن "باريس قلقة". '
        'وقال دبلوماسي أوروبي إن "الحل بعيد". وأضاف الدبلوماسي ذاته أن "الحوار متعثر".\n'
        'وقال السفير أحمد الحسن إن "العلاقات جيدة". وأضاف المصدر ذاته أن "الزيارة مؤجلة".\n'
    )
    assert one(text, "الحدود مؤمنة").speaker == "مسؤول أمني"
    assert one(text, "الحوار متعثر").speaker == "دبلوماسي أوروبي"
    assert same_name(one(text, "الزيارة مؤجلة").speaker, "أحمد الحسن")


def test_the_asker_speaks_the_question_after_asked_him_and_the_one_asked_answers():
    # "وسأله القاضي: «…؟»، فرد: «…»": the question in marks right after
    # "سأله X:" is X's, the answer after ف is the one asked (the suffix's
    # referent); with no question in marks ("وسأله X عن …، فرد:") the one
    # asked still answers
    text = (
        'وقال المتهم رشيد الفيلالي إن "التهم ملفقة". وسأله القاضي: '
        '"هل تعترف بالتهم الموجهة إليك؟"، فرد: "لم أفعل شيئا".\n'
        'وقالت المتهمة سلمى العبيدي إن "الملف فارغ". فسألها رئيس الجلسة: '
        '"لماذا وقعت على الصفقة؟". فأجابت: "كنت أنفذ التعليمات".\n'
        'وقال المتهم كمال الورتاني إن "الاتهام باطل". وسأله رئيس الدائرة عن '
        'الجهة التي أمرته، فرد: "كانت تعليمات شفاهية".\n'
    )
    q = one(text, "هل تعترف")
    assert q.speaker == "القاضي", q
    assert same_name(one(text, "لم أفعل").speaker, "رشيد الفيلالي")
    q = one(text, "لماذا وقعت")
    assert q.speaker == "رئيس الجلسة", q
    assert same_name(one(text, "كنت أنفذ").speaker, "سلمى العبيدي")
    assert same_name(one(text, "تعليمات شفاهية").speaker, "كمال الورتاني")


def test_a_name_with_a_role_in_apposition_is_who_says_the_next_subjectless_words():
    # "NAME، ROLE، …" with no cue: a person the writer met (a vox pop), named
    # with what he is; a verb of saying with no subject after it ("«…»،
    # يقول", "الذي قال") is his, not the last speaker's
    text = (
        'وقال وزير الفلاحة نزار القاسمي إن "المحصول سيكون وفيرا هذا العام".\n\n'
        "وفي سوق الجملة، لا يبدو كريم الحداد، صاحب شاحنة لنقل الخضر، مقتنعا بذلك. "
        "«الأسعار تضاعفت والزبائن يشترون نصف ما كانوا يشترونه»، يقول وهو يفرغ الصناديق.\n\n"
        "وجلسنا في مقهى قريب مع وليد، خريج معهد الفنون منذ سنة 2019، الذي قال لنا: "
        '"لم أجد عملا في اختصاصي إلى اليوم".\n'
    )
    q = one(text, "الأسعار تضاعفت")
    assert same_name(q.speaker, "كريم الحداد"), q
    assert q.role == "صاحب شاحنة لنقل الخضر", q
    q = one(text, "لم أجد عملا")
    assert same_name(q.speaker, "وليد"), q
    assert q.role == "خريج معهد الفنون منذ سنة 2019", q


def test_a_verb_after_the_quote_and_its_subject_run_into_the_next_verb_is_no_subject():
    # "«…»، تقول X  وتتابع: «…»" with the full stop dropped (scraped text):
    # the next verb's subject before it is X, not "تقول X"
    text = (
        "وترى الباحثة سلوى الغربي أن الأزمة أعمق  «الحكومة تعالج النتائج وتترك الأسباب "
        "كما هي منذ سنوات»، تقول الغربي  وتضيف: «لا أحد يريد فتح ملف الدعم بجدية»\n"
    )
    q = one(text, "لا أحد يريد")
    assert same_name(q.speaker, "سلوى الغربي"), q


def test_ali_before_inna_is_the_name_not_the_preposition():
    # folded, "علي" is both the name Ali and the preposition على; إنّ follows
    # قال and never على, so "قال X علي إن" names "X علي" (with the hamza
    # below, after any verb), while "أكد X على أن" stays X + على أنّ
    text = (
        'وقال وزير الفلاحة محمد علي إن "الموسم سيكون جيدا هذا العام".\n\n'
        'وأوضح المدير العام حسن علي إن "الشحنات وصلت في موعدها".\n\n'
        'وأكد رئيس الاتحاد منير الصغير على أن "الإضراب قائم في موعده".\n\n'
        'وقال النائب ياسين علي ان "القانون لن يمر بهذه الصيغة".\n'
    )
    assert one(text, "الموسم سيكون").speaker == "محمد علي"
    assert one(text, "الموسم سيكون").role == "وزير الفلاحة"
    assert one(text, "الشحنات وصلت").speaker == "حسن علي"
    assert one(text, "الإضراب قائم").speaker == "منير الصغير"
    assert one(text, "القانون لن يمر").speaker == "ياسين علي"


def test_headlines_of_other_articles_left_by_a_scraper_are_no_quotations():
    # a page's "read also" pointers: the headline in marks on the label's
    # line, and the list of headlines under a bare label, up to the first
    # line that is the article again (a quote with its speaker)
    text = (
        'إقرأ أيضاً: "وزير المالية: الدين تحت السيطرة"\n'
        'وقال وزير المالية سمير بن علي إن "العجز سينخفض هذا العام".\n\n'
        "مواضيع ذات صلة:\n\n"
        "- «الحكومة تعلن عن خطة جديدة لدعم الفلاحين»\n\n"
        "2. «نقابة الأطباء تدعو إلى إضراب عام الأسبوع المقبل».\n\n"
        "«لن نقترض من الخارج هذه السنة»، يقول الوزير.\n\n"
        "وكان الوزير قد دعا إلى أن نقرأ أيضا «كل التقارير» قبل الحكم على الوضع.\n"
    )
    found = [q.text for q in quotes_of(text)]
    assert found == ["العجز سينخفض هذا العام", "لن نقترض من الخارج هذه السنة"], found


def test_the_occasion_of_presiding_dates_the_statement_before_it():
    # "جاء ذلك خلال ترؤسه …": the occasion of the statement before it, with
    # its day; the word tables hold folded words (ترؤسه is تروسه)
    text = (
        'أكد وزير الفلاحة سمير الطيب أن "الموسم سيكون جيدا". جاء ذلك خلال ترؤسه '
        "يوم الاثنين 12 مايو 2025 مجلس إدارة الديوان.\n"
    )
    assert one(text, "الموسم سيكون").date == "2025-05-12"


def test_a_bare_related_label_without_a_colon_covers_its_whole_list():
    # "اقرأ أيضا" alone on its line: the label never runs onto the bullet
    # line under it, so every headline of the list is skipped, not the first
    text = (
        "اقرأ أيضا\n"
        "- «الحكومة تعلن عن خطة جديدة لدعم الفلاحين»\n"
        "- «نقابة الأطباء تدعو إلى إضراب عام الأسبوع المقبل»\n\n"
        "وقال وزير الصحة إن «المستشفيات جاهزة لكل الطوارئ».\n"
    )
    assert [q.text for q in quotes_of(text)] == ["المستشفيات جاهزة لكل الطوارئ"]
