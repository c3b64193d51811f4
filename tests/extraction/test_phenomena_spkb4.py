"""Phenomena of speakers by reference found on real news (development sets
kept outside the repository, fourth round): the subject a verb of saying
with none of its own takes up, the person a bare title or a pronoun stands
for, read as a class of words, not one construction.

Every article here is written for the test, in invented sentences; each test
fails without the rule it names.
"""

from tests.extraction.helpers import one


def test_a_verb_of_going_on_before_the_cue_is_no_subject():
    # "وتابع يقول: «…»", "ومضت تقول": the verb the present of saying goes on
    # from was read as the verb's subject before it (the speaker "وتابع")
    said = 'وقال وزير المالية سمير داود إن "الميزانية متوازنة هذا العام". '
    for going_on in ("وتابع يقول:", "وأضاف يقول", "ومضى يقول:", "ثم راح يقول:"):
        text = said + going_on + ' "لن نرفع الضرائب على المواطنين أبدا".\n'
        q = one(text, "لن نرفع")
        assert q.speaker == "سمير داود", (going_on, q)
        assert q.role == "وزير المالية", (going_on, q)
    text = (
        'وقالت وزيرة الصحة سلمى داود إن "المستشفيات جاهزة". '
        'وتابعت تقول: "لن نغلق أي قسم في الشتاء".\n'
    )
    assert one(text, "لن نغلق").speaker == "سلمى داود"


def test_a_subject_before_the_present_of_saying_stays():
    # the negative: a noun before the verb is still its subject
    text = (
        'وقال وزير المالية سمير داود إن "الميزانية متوازنة هذا العام". '
        'والنواب يقولون: "لن نقبل رفع الضرائب على المواطنين".\n'
    )
    assert one(text, "لن نقبل").speaker == "النواب"


def test_the_speaker_is_the_spokesman_met_since():
    # "قال متحدث باسم الرئاسة إن …. وأضاف المتحدث «…»": "the speaker" with
    # no quote before is the spokesman met since (named by his post, with
    # the article or not), not the person named before him
    for post in ("متحدث باسم الرئاسة", "المتحدث باسم الرئاسة"):
        text = (
            "وصل الرئيس سمير داود إلى باريس أمس. "
            f"وقال {post} إن الزيارة ناجحة. "
            'وأضاف المتحدث "الرئيس سيلتقي نظيره الفرنسي غدا في قصر الإليزيه".\n'
        )
        assert one(text, "سيلتقي نظيره").speaker == post, post
    text = (
        "وصلت الوزيرة سلمى داود إلى باريس أمس. "
        "وقالت متحدثة باسم الوزارة إن الزيارة ناجحة. "
        'وأضافت المتحدثة "الوزيرة ستلتقي نظيرتها الفرنسية غدا".\n'
    )
    assert one(text, "ستلتقي نظيرتها").speaker == "متحدثة باسم الوزارة"


def test_the_speaker_after_a_quote_is_still_the_one_quoted():
    # the negative: with a quote since the spokesman, "the speaker" is the
    # one last quoted
    text = (
        "قال متحدث باسم الوزارة إن الوضع هادئ. "
        'وقال الوزير سمير داود "الحكومة تتابع الوضع عن كثب في كل المدن". '
        'وأكد المتحدث في ذات الصدد "لن نسمح بأي فوضى في الشوارع".\n'
    )
    assert one(text, "لن نسمح").speaker == "سمير داود"


def test_an_interrogative_is_no_word_of_the_name_before_it():
    # "تصريحات صادمة لمدير المستشفى فماذا قال؟": the interrogative was read
    # as the director's name, and every later "مدير المستشفى" and subjectless
    # "وقال" spoke as "فماذا"
    text = (
        "تصريحات صادمة لمدير المستشفى فماذا قال؟\n\n"
        "أعلن مدير المستشفى أن الوقود غير كاف. "
        'وقال: "نحتاج إلى ثمانية آلاف لتر على الأقل يوميا".\n'
    )
    assert one(text, "نحتاج إلى").speaker == "مدير المستشفى"
    text = (
        "وزيرة الصحة وهل تعود المدارس؟\n\n"
        "أعلنت وزيرة الصحة أن الوضع تحسن. "
        'وقالت: "نتوقع عودة التلاميذ إلى المدارس قريبا".\n'
    )
    assert one(text, "نتوقع عودة").speaker == "وزيرة الصحة"


def test_a_name_before_the_interrogative_is_kept():
    # the negative: the name the headline gives before it stays the name
    text = (
        "تصريحات صادمة لمدير المستشفى خالد يوسف فماذا قال؟\n\n"
        "أعلن مدير المستشفى أن الوقود غير كاف. "
        'وقال: "نحتاج إلى ثمانية آلاف لتر على الأقل يوميا".\n'
    )
    q = one(text, "نحتاج إلى")
    assert q.speaker == "خالد يوسف", q
    assert q.role == "مدير المستشفى", q


_CHAIN = (
    "قال وزير المالية سمير داود إن الميزانية متوازنة هذا العام. "
    "{} "
    "وقال إن التعويض سيشمل كل أسرة فقيرة. "
    "وأشار إلى أن الحكومة تعمل على خفض النفقات. "
    'وقال: "لن نرفع الضرائب على الفقراء أبدا".\n'
)


def test_a_chain_of_subjectless_verbs_of_saying_goes_on_with_its_opener():
    # "قال الوزير X إن …. وأضاف أن …. وقال إن …. وأشار إلى أن …. وقال: «…»":
    # the verbs with no subject, one a sentence, go on with the minister
    # named four sentences back; the quote spoke as a noun of the clauses
    # ("سيتم توفير" read as a name) or as the person a that-clause names
    for added in (
        "وأضاف في حديثه للتلفزيون أن الدعم سيصل إلى المواطنين وسيتم توفير المبالغ خلال أيام.",
        "وأضاف أن رئيس الحكومة خالد يوسف وافق على الخطة.",
    ):
        q = one(_CHAIN.format(added), "لن نرفع")
        assert q.speaker == "سمير داود", (added, q)
        assert q.role == "وزير المالية", (added, q)
    text = (
        "قالت وزيرة المالية سلمى داود إن الميزانية متوازنة هذا العام. "
        "وأضافت أن الوزير خالد يوسف وافق على الخطة. "
        "وقالت إن التعويض سيشمل كل أسرة فقيرة. "
        "وأشارت إلى أن الحكومة تعمل على خفض النفقات. "
        'وقالت: "لن نرفع الضرائب على الفقراء أبدا".\n'
    )
    assert one(text, "لن نرفع").speaker == "سلمى داود"


def test_a_chain_opened_by_another_speaker_goes_on_with_him():
    # the negative: a verb of saying with its own subject opens a new chain
    text = _CHAIN.format("وقال النائب خالد يوسف إن المعارضة ترفض الخطة.")
    assert one(text, "لن نرفع").speaker == "خالد يوسف"


def test_a_person_brought_in_by_the_name_he_is_called_speaks_next():
    # "أن ضابطا يدعى X أجرى مكالمات …، وقال في إحداها «…»": the person the
    # noun and يدعى bring in outside any cue is a mention the verb with no
    # subject takes up (the feminine main clause's paper cannot say "وقال");
    # the quote spoke as a president named before
    text = (
        "أيد الرئيس خالد يوسف القرار. وأشارت الصحيفة إلى أن ضابطا يدعى سمير داود "
        "أجرى اتصالات بعدد من الصحفيين، وقال في أحدها "
        '"يجب أن ندين القرار علنا أمام الجميع".\n'
    )
    q = one(text, "يجب أن ندين")
    assert q.speaker == "سمير داود", q
    assert q.role == "ضابط", q
    text = (
        "وقالت الشرطة إن شابا يدعى محمد عبد الله سلم نفسه، "
        'وقال "لم أقصد إيذاء أحد في تلك الليلة".\n'
    )
    assert one(text, "لم أقصد").speaker == "محمد عبد الله"


def test_the_verb_claims_is_no_name_given():
    # the negative: "يدعي" (claims) before a that-clause or a definite noun
    # brings in nobody
    for claim in ("إن الحزب يدعي الحرص على المواطنين.", "إن كل من يدعي أن الوضع سيئ كاذب."):
        text = f'قال الوزير خالد يوسف {claim} وأضاف "سنكشف الحقيقة للجميع قريبا جدا".\n'
        assert one(text, "سنكشف الحقيقة").speaker == "خالد يوسف", claim


def test_the_subject_of_a_pluperfect_verb_of_saying_goes_on_without_qad():
    # "وكان X أكد أن …، وقال: «…»": the pluperfect written without قد, its
    # subject between كان and the verb of saying, speaks for the verb joined
    # to it, not the last speaker
    for verb in ("أكد", "أعلن"):
        text = (
            'قال الوزير خالد يوسف "الاقتصاد ينمو بسرعة". '
            f"وكان الوزير سمير داود {verb} أن الميزانية متوازنة، "
            'وقال: "لن نرفع الضرائب هذا العام أبدا".\n'
        )
        q = one(text, "لن نرفع")
        assert q.speaker == "سمير داود", (verb, q)
        assert q.role == "الوزير", (verb, q)


def test_a_was_sentence_with_no_verb_of_saying_keeps_the_last_speaker():
    # the negative: كان opening a sentence with no verb of saying before the cue
    text = (
        'قال الوزير خالد يوسف "الاقتصاد ينمو بسرعة". '
        'وكان الجو حارا في العاصمة أمس، وقال: "لن نرفع الضرائب هذا العام أبدا".\n'
    )
    assert one(text, "لن نرفع").speaker == "خالد يوسف"


def test_the_honorific_pronoun_takes_the_person_of_its_own_sentence():
    # "وكان صاحب السمو الشيخ X، …، أكد أن …، وقال سموه: «…»": the person the
    # honorific introduces in the pronoun's sentence, not one with the same
    # honorific who spoke before
    for apposition in ("، نائب رئيس الدولة،", " قد"):
        text = (
            'وقال الشيخ سالم بن خالد رئيس الدولة "شكرا لأخي الشيخ حمد على جهوده". '
            f"وكان الشيخ حمد بن راشد{apposition} أكد أن البلاد قوية، "
            'وقال سموه: "نحن ماضون في طريق التنمية مهما كانت الصعوبات".\n'
        )
        assert one(text, "نحن ماضون").speaker == "حمد بن راشد", apposition


def test_the_honorific_pronoun_without_an_honorific_in_its_sentence():
    # the negative: with none in its sentence, the person met with it before
    text = (
        'وقال الشيخ سالم بن خالد رئيس الدولة "شكرا لكل العاملين على جهودهم". '
        "وكان الوزير خالد يوسف أكد أن البلاد قوية، "
        'وقال سموه: "نحن ماضون في طريق التنمية مهما كانت الصعوبات".\n'
    )
    assert one(text, "نحن ماضون").speaker == "سالم بن خالد"


def test_a_noun_with_our_is_no_source():
    # "وفق إمكانياتنا", "وفق خطتنا": after a prepositional cue, a noun with
    # the suffix "our" on its feminine ending or plural is the speaker's own
    # word, not a source the verbs with no subject after it take up
    for ours in ("إمكانياتنا", "خطتنا"):
        text = (
            "وفي المؤتمر الصحفي تحدث المدرب سمير داود عن المباراة، وقال إن "
            f"اللاعبين قدموا ما لديهم وفق {ours}. "
            'هناك مثل شعبي يقول: "احذر الوحش الجريح".\n'
        )
        assert one(text, "احذر الوحش").speaker == "سمير داود", ours


def test_a_body_after_according_to_is_still_the_source():
    # the negative: a body after the prepositional cue speaks
    text = (
        "وفي المؤتمر الصحفي تحدث المدرب سمير داود عن المباراة. "
        'وحسب وزارة الرياضة فإن "الملعب سيكون جاهزا قبل المباراة".\n'
    )
    assert one(text, "الملعب سيكون").speaker == "وزارة الرياضة"


def test_a_verbal_noun_after_the_verb_of_a_joined_clause_names_no_subject():
    # "…، واستنكر وصف X للضابط بالكذاب، وقال «…»": the bare past form of a
    # verb of saying right after the verb opening a clause joined by و is
    # that verb's object, a verbal noun; X was the subject the verb with no
    # subject after it took up, not the speaker the sentence is about
    for clause in ("واستنكر وصف يوسف للخطة بالفاشلة", "وانتقد رد يوسف على الخطة"):
        text = (
            f'قال الوزير سمير داود: "الخطة ناجحة جدا"، {clause}، '
            'وقال "سيعرف الجميع الحقيقة قريبا".\n'
        )
        assert one(text, "سيعرف الجميع").speaker == "سمير داود", clause


def test_the_verb_itself_joined_by_and_keeps_its_subject():
    # the negative: "ووصف X الخطة": the verb joined by و has its subject
    text = (
        'قال الوزير سمير داود: "الخطة ناجحة جدا"، ووصف النائب خالد يوسف الخطة '
        'بالفاشلة، وقال "لن تنجح أبدا في أي مكان".\n'
    )
    assert one(text, "لن تنجح").speaker == "خالد يوسف"


def test_a_noun_in_ta_marbuta_is_no_verb_with_the_pronoun_him():
    # "…، وصفة مرادفة للعلم": the noun "and an attribute", folded like
    # "وصفه" (he described him), was read as a verb of saying whose subject
    # ("مرادفة") the participle with no subject two sentences later took up
    for adjective in ("مرادفة", "ملازمة"):
        text = (
            "قال الرئيس سمير داود إن المدينة أصبحت هوية للبلاد، "
            f"وصفة {adjective} للعلم والكرم.\n\n"
            "داود الذي افتتح المهرجان أشار إلى أن السكان جعلوها منارة للعلم.\n\n"
            'وأكد أن المهرجان مهم، مضيفا "نحن مصممون على تحقيق هذه الأهداف".\n'
        )
        assert one(text, "نحن مصممون").speaker == "سمير داود", adjective


def test_the_verb_with_the_pronoun_him_and_a_participle_in_ta_marbuta_stay_cues():
    # the negatives: "ووصفه الوزير X بأنه «…»" and the feminine participle
    # "مضيفة" are verbs of saying still
    text = (
        "قال الرئيس سمير داود إن المدينة أصبحت منارة للعلم. "
        'ووصفه الوزير خالد يوسف بأنه "رجل المرحلة بلا منازع".\n'
    )
    q = one(text, "رجل المرحلة")
    assert q.speaker == "خالد يوسف", q
    text = (
        "قالت الوزيرة سلمى داود إن الثقافة هوية للبلاد. "
        'وأكدت أن المعرض مهم، مضيفة "نحن مصممون على تحقيق هذه الأهداف".\n'
    )
    q = one(text, "نحن مصممون")
    assert q.speaker == "سلمى داود", q
    assert q.cue == "مضيفة", q
