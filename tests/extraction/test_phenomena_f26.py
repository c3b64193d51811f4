"""Phenomena found by the fresh author's set F26 (``articles_blind31.py``).

Every article here is written for the test, in sentences that are not in
F26's data files; each test fails without the rule it names.
"""

from claims.extraction import extract
from tests.extraction.helpers import one, same_name


def test_a_system_named_in_marks_is_a_label_not_a_quotation():
    # "منظومة «…»": a state information system named in marks, like a
    # programme or a platform, is a name and no one's words
    text = (
        "وأشاد نواب من الأغلبية بتعميم العمل بمنظومة «الفوترة الإلكترونية الموحدة» "
        "على كل المؤسسات.\n\n"
        "وقال الوزير سمير بن عمار إن «المنظومة ستختصر آجال الخلاص إلى النصف».\n"
    )
    quotes = extract(text)
    assert [q.text for q in quotes] == ["المنظومة ستختصر آجال الخلاص إلى النصف"], quotes
    assert same_name(quotes[0].speaker, "سمير بن عمار"), quotes[0]


def test_a_participle_of_saying_after_the_verb_is_its_manner_not_its_subject():
    # "وأضافت متسائلة: «…»": the participle tells how she went on; the
    # verb has no subject of its own and continues the last speaker
    text = (
        "وقالت النائبة سميرة العياري: «المستشفى الجهوي بلا طبيب قلب منذ عام».\n"
        "وأضافت متسائلة: «إلى متى ينتظر المرضى في الممرات؟».\n"
    )
    q = one(text, "إلى متى ينتظر")
    assert same_name(q.speaker, "سميرة العياري"), q
    assert q.role == "النائبة", q


def test_in_it_after_a_document_issued_by_someone_is_the_issuer():
    # "نشرت الصحيفة رسالة صادرة عن X جاء فيها أن «…»": the clause after
    # the indefinite document describes it, so "فيها" is the letter and its
    # issuer speaks, not the paper that published it
    text = (
        "ونشرت يومية محلية أمس رسالة صادرة عن وزارة الداخلية إلى الولاة جاء فيها "
        "أن «الانتخابات البلدية ستجرى في موعدها دون أي تأجيل».\n"
    )
    q = one(text, "الانتخابات البلدية")
    assert same_name(q.speaker, "وزارة الداخلية"), q


def test_a_testimony_noun_in_construct_names_its_witness():
    # "فينقل شهادة طبيبة شابة …، وقالت:": the testimony is the woman's;
    # its noun heads the phrase but she is the one who speaks
    text = (
        "أما التقرير الثاني فينقل شهادة طبيبة شابة رفضت الكشف عن اسمها، "
        "وقالت: «نستقبل عشر حالات كل ليلة ولا نملك سريرا واحدا».\n"
    )
    q = one(text, "نستقبل عشر حالات")
    assert same_name(q.speaker, "طبيبة شابة"), q


def test_a_plural_noun_in_construct_coordinated_in_a_title_goes_on_with_the_body():
    # "وزير العدل وحقوق الإنسان X", "رئيسة لجنة التربية وشؤون الشباب X":
    # وحقوق/وشؤون with their genitive are part of the ministry's or the
    # committee's name; the person's name comes after them
    text = (
        'وقال وزير العدل وحقوق الإنسان عبد اللطيف المنصوري إن "القانون سيعرض على البرلمان".\n'
        "وقالت رئيسة لجنة التربية وشؤون الشباب والرياضة منى الطرابلسي: "
        "«اللجنة ستستمع إلى الوزير الأسبوع المقبل».\n"
    )
    q = one(text, "القانون سيعرض")
    assert same_name(q.speaker, "عبد اللطيف المنصوري"), q
    assert q.role == "وزير العدل وحقوق الإنسان", q
    q = one(text, "اللجنة ستستمع")
    assert same_name(q.speaker, "منى الطرابلسي"), q
    assert q.role == "رئيسة لجنة التربية وشؤون الشباب والرياضة", q


def test_a_body_with_its_adjective_takes_its_purpose_with_lam_before_a_name_in_commas():
    # "رئيس الجمعية الوطنية لمكافحة التصحر، X:": the verbal noun with لـ
    # names what the body is for; the name set off by commas is the person
    text = (
        "وقال رئيس الجمعية الوطنية لمكافحة التصحر، رضا الكافي: "
        "«الواحات تخسر كل سنة مئات الهكتارات».\n"
    )
    q = one(text, "الواحات تخسر")
    assert same_name(q.speaker, "رضا الكافي"), q
    assert q.role == "رئيس الجمعية الوطنية لمكافحة التصحر", q


def test_a_title_in_a_document_is_where_the_person_writes_not_a_post():
    # "وتضيف السفيرة في الوثيقة نفسها": في + a document after a bare title
    # says where she writes, not where she serves; her role stays the one
    # she was introduced with
    text = (
        "وكتبت السفيرة الأمريكية مارغريت سكوبي أن «الحكومة تخشى الشارع أكثر مما تخشى المعارضة». "
        "وتضيف السفيرة في الوثيقة نفسها: «الإصلاح مؤجل إلى ما بعد الانتخابات».\n"
    )
    q = one(text, "الإصلاح مؤجل")
    assert same_name(q.speaker, "مارغريت سكوبي"), q
    assert q.role == "السفيرة الأمريكية", q


def test_an_adjective_after_an_indefinite_title_and_its_genitive_is_no_name():
    # "صاحب مصنع صغير", "مديرة مدرسة خاصة": the title, its indefinite
    # genitive and the adjective all describe an unnamed source
    text = (
        'وقال صاحب مصنع صغير في الضاحية الجنوبية إن "الكهرباء تنقطع كل يوم".\n'
        "وتقول مديرة مدرسة خاصة: «نصف التلاميذ لم يدفعوا الرسوم هذا العام».\n"
    )
    q = one(text, "الكهرباء تنقطع")
    assert q.speaker.startswith("صاحب مصنع صغير"), q
    q = one(text, "نصف التلاميذ")
    assert q.speaker == "مديرة مدرسة خاصة", q


def test_according_to_what_a_document_says_is_an_aside_like_according_to_it():
    # "وأضاف الوزير، حسب ما جاء في المحضر، أن «…»": "according to what is
    # in the minutes" is a source set off by commas, as "بحسب المحضر" is;
    # the verb's subject still speaks
    text = (
        "وقال وزير الفلاحة عمر بن سالم إن «الموسم سيكون صعبا». "
        "وأضاف الوزير، حسب ما جاء في محضر الجلسة، أن «السدود لم تتجاوز ثلث طاقتها».\n"
    )
    q = one(text, "السدود لم تتجاوز")
    assert same_name(q.speaker, "عمر بن سالم"), q


def test_bil_suaal_after_a_verb_makes_its_subject_the_asker():
    # "ثم توجه القاضي إلى الشاهد بالسؤال: «…؟»": like "بالقول", the
    # verbal noun of asking after the clause's verb is a cue; the subject
    # asks, on the hearing's date
    text = (
        "نظرت الدائرة الجنائية بالمحكمة الابتدائية بصفاقس يوم الثلاثاء 4 مارس 2025 "
        "في قضية تهريب الوقود.\n\n"
        "وبعد سماع الشاهد الأول، توجه رئيس الدائرة إلى المتهم بالسؤال: "
        "«من كان يسلمك الشاحنات في الحدود؟».\n"
    )
    q = one(text, "من كان يسلمك")
    assert same_name(q.speaker, "رئيس الدائرة"), q
    assert q.date == "2025-03-04", q


def test_one_of_the_statements_read_out_is_their_owners_and_undated():
    # "تلا القاضي مقتطفات من أقوال المتهم X، ومنها قوله: «…»": the
    # statement is the defendant's, not the reader's, and it was made
    # earlier (before the investigating judge), not on the hearing's date
    text = (
        "نظرت الدائرة الجنائية بالمحكمة الابتدائية بتونس، يوم الاثنين 10 فيفري 2025، "
        "في قضية صفقات شركة النقل، والمتهم فيها مديرها العام السابق منير الجلاصي.\n\n"
        "وتلا رئيس الجلسة فقرات من أقوال الجلاصي أمام الباحث الابتدائي، ومنها قوله: "
        "«كل الصفقات مرت عبر لجنة الشراءات».\n"
    )
    q = one(text, "كل الصفقات مرت")
    assert same_name(q.speaker, "منير الجلاصي"), q
    assert q.date is None, q


def test_a_verb_and_its_titled_subject_before_a_colon_are_no_label():
    # "وتوجه رئيس الجلسة إلى الشاهد: «…؟»": a clause of its own, not a
    # transcript's label; its subject asks, not the previous speaker
    text = (
        "وقال المحامي رضا القروي: «موكلي كان خارج البلاد يوم الحادثة».\n"
        "وتوجه رئيس الجلسة إلى الشاهد: «هل رأيت المتهم تلك الليلة؟».\n"
    )
    q = one(text, "هل رأيت المتهم")
    assert q.speaker == "رئيس الجلسة", q


def test_the_question_as_object_ends_the_subject_before_it():
    # "وأعاد القاضي السؤال بصيغة أخرى:": السؤال is what he repeats, no
    # part of his name
    text = (
        "وقال المحامي رضا القروي: «موكلي كان خارج البلاد يوم الحادثة».\n"
        "وأعاد القاضي السؤال على الشاهد: «هل رأيت المتهم تلك الليلة؟».\n"
    )
    q = one(text, "هل رأيت المتهم")
    assert q.speaker == "القاضي", q


def test_a_plural_taken_from_something_after_a_title_is_the_verbs_object():
    # "تلا رئيس الجلسة فقرات من محضر البحث": the extracts are what he
    # reads, not his name; "رئيس الجلسة" later is the title alone
    text = (
        "وتلا رئيس الجلسة فقرات من محضر البحث الأولي.\n"
        "ثم قال رئيس الجلسة: «سنستمع الآن إلى الشهود».\n"
    )
    q = one(text, "سنستمع الآن")
    assert q.speaker == "رئيس الجلسة", q


def test_a_person_named_again_to_open_the_sentence_before_goes_on():
    # "X، الذي غادر الحزب …، لم يستغرب ما نشر. وقال:": the man quoted at
    # the start, named again with an aside in commas, says the next words,
    # not the last man quoted
    text = (
        "قال المعارض منصف الورتاني للسفير إن «الانتخابات محسومة سلفا». "
        "وقال المحامي كريم السعيدي إن «القضاء غير مستقل».\n\n"
        "منصف الورتاني، الذي غادر الحزب منذ سنوات، لم يستغرب ما نشر. "
        "وقال للصحيفة: «كنا نعرف ذلك منذ البداية».\n"
    )
    q = one(text, "كنا نعرف ذلك")
    assert same_name(q.speaker, "منصف الورتاني"), q
    assert q.role == "المعارض", q


def test_a_compound_first_name_before_an_apposition_registers_the_person():
    # "يتحفظ عبد الرزاق الحمامي، صاحب معصرة بالجهة، على …": a compound
    # first name (عبد + a word with the article) and a surname, then the
    # role in commas; the surname later has that role
    text = (
        "في المقابل، يتحفظ عبد الرزاق الحمامي، صاحب معصرة زيتون بالجهة، على اتهامات العمال. "
        "«الأسعار لا تغطي كلفة الإنتاج»، يقول الحمامي.\n"
    )
    q = one(text, "الأسعار لا تغطي")
    assert same_name(q.speaker, "عبد الرزاق الحمامي"), q
    assert q.role == "صاحب معصرة زيتون بالجهة", q


def test_an_occasion_of_its_own_before_a_participle_of_saying_stops_the_cables_date():
    # "وعلقت X على البرقية في تصريح لـ«…» قائلة:": told to the outlet now,
    # a reaction to the leak; the participle's clause is its verb's, so the
    # cable's date quoted just before does not carry over
    text = (
        "وفي برقية مؤرخة في 3 مارس 2008، نقلت السفارة عن وزير سابق قوله إن "
        "«الحزب الحاكم لا يقبل أي منافسة». "
        "وعلقت الباحثة سناء المرزوقي على البرقية في تصريح لـ«المغرب» قائلة: "
        "«هذا ما كان يعرفه الجميع».\n"
    )
    q = one(text, "الحزب الحاكم")
    assert q.date == "2008-03-03", q
    q = one(text, "هذا ما كان يعرفه")
    assert same_name(q.speaker, "سناء المرزوقي"), q
    assert q.date is None, q


def test_the_diplomat_by_his_title_relays_within_the_cable_last_dated():
    # a new paragraph, "وينقل الدبلوماسي عن مسؤول … قوله:": the diplomat
    # named by his title alone is the writer of the cable just dated; the
    # words he relays are of that cable's date
    text = (
        "وفي برقية مؤرخة في 12 جانفي 2007، يكتب القائم بالأعمال روبرت غودوين أن "
        "«الحكومة قلقة من الوضع في الجنوب».\n\n"
        "وينقل الدبلوماسي عن مسؤول أمني رفيع، التقاه في مكتبه، قوله: "
        "«الحدود مع الجار صارت مفتوحة للمهربين».\n"
    )
    q = one(text, "الحدود مع الجار")
    assert q.speaker == "مسؤول أمني رفيع", q
    assert q.date == "2007-01-12", q


def test_a_bodys_own_dated_report_is_the_one_the_report_refers_to_next():
    # "رصدت الرابطة، في تقريرها الصادر في ماي 2024، …. ويقول التقرير:":
    # the report with its owner's suffix, dated right after, is "the report"
    # quoted next, not a statement dated earlier in the article
    text = (
        "وكانت وزارة الداخلية قد أصدرت يوم 2 مارس 2024 بلاغا أكدت فيه أن "
        "«كل التجاوزات ستتم متابعتها».\n\n"
        "غير أن الرابطة التونسية للدفاع عن حقوق الإنسان رصدت، في تقريرها الصادر في "
        "ماي 2024، عشرات الشكاوى. ويقول التقرير: «الإفلات من العقاب ما زال القاعدة».\n"
    )
    q = one(text, "الإفلات من العقاب")
    assert q.date == "2024-05", q


def test_a_verb_and_its_circumstance_before_a_colon_is_the_person_just_named():
    # "تغلق سعاد محلها. تضحك وهي تعد النقود: «…»": no verb of saying; the
    # feminine verb and "وهي" take up the woman named in the sentence
    # before, not the man quoted last
    text = (
        "«نبدأ العمل قبل الفجر»، تقول سعاد الورفلي، بائعة خبز في السوق المركزية.\n\n"
        "«الأسعار ارتفعت والزبائن قلوا»، يقول منير الطرابلسي، صاحب محل مجاور.\n\n"
        "في المساء، تغلق سعاد محلها الصغير. تضحك وهي تعد النقود: «يوم آخر مر بسلام».\n"
    )
    q = one(text, "يوم آخر مر")
    assert same_name(q.speaker, "سعاد الورفلي"), q


def test_bi_before_a_name_with_a_hamza_is_the_preposition():
    # "لقائه بإبراهيم X، رئيس …، الذي قال": بـ glued to a name that begins
    # with a hamza is "with", no part of the name (but "باسم" is a name)
    text = (
        "وتروي السفيرة في البرقية تفاصيل لقائها بإبراهيم العمري، رئيس نقابة الأطباء، "
        "الذي قال لها: «لن نتراجع عن الإضراب».\n"
    )
    q = one(text, "لن نتراجع")
    assert q.speaker == "إبراهيم العمري", q
    assert q.role == "رئيس نقابة الأطباء", q


def test_rifqa_ends_a_name():
    # "X رفقة ثلاثة إطارات": accompanied by, never part of the name
    text = (
        "ومثل أمام المحكمة المدير السابق للشركة سامي الفقي رفقة ثلاثة من معاونيه.\n"
        "وقال الفقي: «أنا بريء من كل ما نسب إلي».\n"
    )
    q = one(text, "أنا بريء")
    assert q.speaker == "سامي الفقي", q


def test_a_document_in_the_accusative_is_the_verbs_object_not_part_of_the_issuer():
    # "أصدرت الهيئة بيانا جاء فيه أن …": بيانا is what the body issued; the
    # body, not "الهيئة بيانا", speaks in it
    text = (
        "وأصدرت الهيئة بلاغا جاء فيه أن «التسجيل في القائمات الانتخابية يتواصل إلى نهاية الشهر».\n"
    )
    q = one(text, "التسجيل في القائمات")
    assert q.speaker == "الهيئة", q


def test_what_is_praised_with_bi_after_the_subject_is_no_name():
    # "أشادت وزيرة المرأة بجهود الجمعيات، مؤكدة أن …": the efforts praised,
    # glued to بـ after the title and its genitive, are the verb's object;
    # the minister speaks (a name with بـ, "بشرى", still reads as a name)
    text = (
        "وأشادت وزيرة المرأة بجهود الجمعيات المحلية، مؤكدة أن «الشراكة أعطت نتائج».\n"
        "ورحبت وزيرة الثقافة بشرى العلوي بالقرار قائلة: «إنه انتصار للمبدعين».\n"
    )
    q = one(text, "الشراكة أعطت")
    assert q.speaker == "وزيرة المرأة", q
    q = one(text, "إنه انتصار")
    assert q.speaker == "بشرى العلوي", q
