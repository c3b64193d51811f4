"""Whose words a quote carries when the cue before it names someone else
first: a relay verb whose object is a noun of saying in construct with the
one who spoke ('وتنقل البرقية قول الرئيس X: «…»'), and the follow-ups that go
on with him.

Every article here is invented for the test.
"""

from tests.extraction.helpers import one


def test_relay_of_a_named_persons_words_gives_that_person():
    q = one(
        "وتنقل البرقية المؤرخة في 3 مارس 2008 قول الوزير سامي الحداد لوفد "
        'البرلمان: "لن نقبل بأي تسوية لا تحفظ حقوقنا".',
        "لن نقبل",
    )
    assert (q.speaker, q.role) == ("سامي الحداد", "الوزير"), q
    q = one(
        'ونقلت الصحيفة حديث السفيرة ماري جونز للصحفيين: "نحن قلقون من تدهور الوضع".',
        "نحن قلقون",
    )
    assert (q.speaker, q.role, q.via) == ("ماري جونز", "السفيرة", "الصحيفة"), q
    q = one(
        'ونقلت الصحف تصريح الناطق الرسمي باسم الحكومة: "لا نية لرفع الأسعار الآن".',
        "لا نية",
    )
    assert q.speaker == "الناطق الرسمي باسم الحكومة", q


def test_relay_of_words_with_no_person_keeps_the_relayer():
    # his words (a pronoun), a thing's talk: no one named speaks
    q = one(
        'وقال الوزير أحمد العلي إن "الحكومة ماضية في الإصلاح". '
        'ونقلت الصحيفة كلامه إلى رئيس الحكومة "دون أي تعديل يذكر".',
        "دون أي",
    )
    assert q.speaker == "الصحيفة", q
    q = one(
        'ونقلت الوكالة عن مصدر حكومي قوله إن "القرار نهائي ولا رجعة فيه".',
        "القرار نهائي",
    )
    assert q.speaker == "مصدر حكومي", q


def test_relayer_described_with_a_name_in_marks_before_the_particle():
    # the outlet's affiliation names a body in marks before عن: the one
    # after عن speaks, and the follow-up goes on with him
    q = one(
        'ونقلت صحيفة "الأيام" المقربة من "حزب الاتحاد" عن وزير الداخلية '
        'خالد سعيد قوله إن "الوضع تحت السيطرة".',
        "الوضع تحت",
    )
    assert (q.speaker, q.role) == ("خالد سعيد", "وزير الداخلية"), q
    text = (
        'ونقلت وكالة "سبأ" التابعة لـ"الحكومة الشرعية" عن اللواء سالم ناصر '
        'قوله إن "المعارك مستمرة". وأضاف أن "الجيش يتقدم على كل الجبهات".'
    )
    assert one(text, "المعارك").speaker == "سالم ناصر"
    assert one(text, "الجيش يتقدم").speaker == "سالم ناصر"


def test_marks_after_a_relay_verb_with_no_particle_change_nothing():
    # "by way of" after a place in marks: no relay, the minister goes on
    q = one(
        'وقال الوزير أحمد العلي إن "الحكومة ماضية في الإصلاح". ونقلت الشرطة '
        'المصابين إلى "مستشفى الأمل" عن طريق سيارات الإسعاف. '
        'وأضاف: "الوضع تحت السيطرة تماما".',
        "الوضع تحت",
    )
    assert q.speaker == "أحمد العلي", q


def test_participle_after_a_prepositional_source_takes_its_own_clause_subject():
    # an earlier "according to" names no verb's subject: the participle
    # goes with the person its own clause brings in, set off by commas
    q = one(
        "وانتقد النواب تمرير القوانين، حيث قالوا إنها تمرر وفق رؤية الحكومة، "
        "وأثار المشروع جدلا واسعا، حيث انتقد سمير الحداد، النائب بحزب الأحرار، "
        'تمرير مشروع القانون قائلا "تأتون بالمبررات ولا تقنعوننا بها".',
        "تأتون",
    )
    assert (q.speaker, q.role) == ("سمير الحداد", "النائب بحزب الأحرار"), q
    q = one(
        "ووفقا للبيان، استقبل الرئيس كمال ناصر السفير جان دوبون، "
        'مؤكدا أن "العلاقات بين البلدين ممتازة".',
        "العلاقات",
    )
    assert q.speaker == "كمال ناصر", q


def test_participle_after_a_contrast_clause_with_its_own_subject():
    q = one(
        'وقال الوزير أحمد العلي إن "الحكومة ماضية في الإصلاح"، فيما انتقد '
        'النائب سمير الحداد القرار، معتبرا أن "الحكومة فشلت".',
        "الحكومة فشلت",
    )
    assert q.speaker == "سمير الحداد", q


def test_participle_after_a_person_named_as_an_object_goes_on_with_the_speaker():
    # the person after the verb ends its clause (or a preposition follows):
    # he may be the object of a verb whose subject goes on
    for text in (
        'وقال الوزير أحمد العلي إن "الحكومة ماضية"، فيما استقبل السفير '
        'جان دوبون، مؤكدا أن "العلاقات ممتازة".',
        'وقال الوزير أحمد العلي إن "الحكومة ماضية"، وهاجم النائب سمير '
        'الحداد، معتبرا أن "العلاقات ممتازة".',
        'وقال الوزير أحمد العلي إن "الحكومة ماضية"، حيث استقبل السفير '
        'جان دوبون في مكتبه، مؤكدا أن "العلاقات ممتازة".',
        "وقال الوزير أحمد العلي، في مؤتمر صحفي، إن الحكومة قررت رفع الأسعار، "
        'وقد وافق النائب سمير الحداد على القرار، مضيفا أن "العلاقات ممتازة".',
    ):
        assert one(text, "العلاقات").speaker == "أحمد العلي", text


# hard-wrapped text: lines of a fixed width, two at least ending where no
# sentence can, so every full line that ends with no final stop only wraps
_WRAPPED_CABLE = (
    "كشفت وثيقة دبلوماسية نشرتها صحيفة محلية أمس ان الحكومة كانت تعلم منذ\n"
    "سنوات بوجود عجز كبير في الموازنة العامة للدولة، وأنها أخفت الأرقام عن\n"
    "البرلمان لتفادي أزمة سياسية قبل الانتخابات التشريعية المقبلة في\n"
    "البلاد، حسب ما أوردته الصحيفة في عددها الصادر صباح أمس الاثنين.\n"
    "وذكرت الصحيفة ان الوزير سامي الحداد قال للسفير الفرنسي جان دوبون رئيس\n"
    'البعثة الدبلوماسية في العاصمة في مارس 2010 "لا نستطيع أن نقول الحقيقة\n'
    'للناس الآن. سننتظر حتى بعد الانتخابات".\n'
)
_WRAPPED_MEETING = (
    "عقدت لجنة المالية في البرلمان اجتماعا مطولا أمس لمناقشة مشروع قانون\n"
    "الموازنة العامة الجديدة، وسط خلافات حادة بين نواب الأغلبية ونواب من\n"
    "المعارضة حول حجم الإنفاق على المشاريع الكبرى والدعم الموجه إلى\n"
    "الفئات الفقيرة، وانتهى الاجتماع دون التوصل إلى أي اتفاق نهائي.\n"
    "وانتقدت المعارضة الحكومة بشدة خلال الاجتماع، وقال رئيس اللجنة النائب\n"
    'كمال ناصر للصحفيين بعد الاجتماع "هذه موازنة واقعية ولن نغير فيها شيئا".\n'
)
# a headline a line, none ending with a stop, of like lengths: no wrap
_HEADLINES = (
    "أبرز تصريحات الوزراء اليوم في جلسة البرلمان العامة حول الموازنة\n"
    "وزير المالية خالد يوسف يدافع عن الموازنة الجديدة أمام النواب\n"
    "رئيس الكتلة النيابية سمير الحداد يهاجم الحكومة بسبب الأسعار\n"
    '"لن نتراجع عن الإصلاحات مهما كانت الضغوط السياسية والشعبية"\n'
    "هكذا رد الوزير على منتقديه في ختام الجلسة الصاخبة بعد الظهر\n"
    "النائبة سعاد الكبير تطالب بلجنة تحقيق في صفقات الحكومة الأخيرة\n"
)


def test_a_hard_wrapped_line_does_not_end_the_cue_sentence():
    q = one(_WRAPPED_CABLE, "لا نستطيع")
    assert (q.speaker, q.role, q.date) == ("سامي الحداد", "الوزير", "2010-03"), q
    q = one(_WRAPPED_MEETING, "هذه موازنة")
    assert q.speaker == "كمال ناصر", q


def test_lines_of_like_lengths_with_no_sign_of_a_wrap_stay_sentences():
    q = one(_HEADLINES, "لن نتراجع")
    assert q.speaker is None, q


_MINISTER_SAID = 'وقال وزير الخارجية أحمد العلي إن "الحكومة ستواصل العمل مع الشركاء في المنطقة". '


def test_words_after_the_object_of_a_sentence_opening_verb_are_its_subjects():
    # no verb of saying in the sentence: the named, titled subject of the
    # verb that opens it, his object after him, speaks, not the minister
    for text, start, who in (
        (
            "وفي المقابل، رفض رئيس البرلمان سمير الحداد هذا الموقف "
            '"الوضع الأمني لم يتحسن في الأشهر الأخيرة كما يدعي الوزير".',
            "الوضع الأمني",
            "سمير الحداد",
        ),
        (
            'وانتقد النائب سمير الحداد الحكومة بشدة "لأنها لم تفعل شيئا لحماية المواطنين".',
            "لأنها",
            "سمير الحداد",
        ),
        (
            'ورفضت النائبة سعاد الكبير ذلك التبرير "المعارضة لن تقبل بهذه الحجج بعد اليوم".',
            "المعارضة",
            "سعاد الكبير",
        ),
    ):
        assert one(_MINISTER_SAID + text, start).speaker == who, text


def test_words_after_a_person_who_may_be_the_object_go_on_with_the_speaker():
    # a preposition right after the person (the verb's subject may be the
    # minister, dropped), or the words in a sentence of their own
    for text, start in (
        (
            "واستقبل أمس السفير الفرنسي جان دوبون في مكتبه "
            '"لبحث سبل التعاون بين البلدين في المجالات كافة".',
            "لبحث",
        ),
        (
            "واتهم النائب سمير الحداد الحكومة بالفشل. "
            '"الوضع الأمني لم يتحسن في الأشهر الأخيرة كما يدعي الوزير".',
            "الوضع الأمني",
        ),
    ):
        assert one(_MINISTER_SAID + text, start).speaker == "أحمد العلي", text


def test_a_compound_name_after_the_opening_verb_is_a_person_met():
    # "عبد" + name after the verb that opens its sentence, no title: the
    # verbs with no subject later take him up
    q = one(
        "عاد عبد الرحيم الصالحي ليشكل الحدث في الجلسة الشهرية. وعاد الصالحي "
        'إلى مهاجمة المعارضة، حيث قال: "لن نسمح لأحد بأن يعرقل الإصلاحات".',
        "لن نسمح",
    )
    assert q.speaker == "عبد الرحيم الصالحي", q
    q = one('وهنأ عبد الكريم الزياني المنتخب الوطني. وقال في رسالة: "أنتم فخر البلاد".', "أنتم")
    assert q.speaker == "عبد الكريم الزياني", q


def test_a_compound_name_met_does_not_take_the_speakers_follow_up():
    q = one(
        'وقال الوزير أحمد العلي إن "الحكومة ماضية في الإصلاح". واستقبل عبد الله '
        'الحداد في مكتبه أمس. وأضاف أن "الاستثمار أولوية قصوى".',
        "الاستثمار",
    )
    assert q.speaker == "أحمد العلي", q


def test_verbal_noun_of_saying_with_its_agent_then_that():
    for text, start, who in (
        (
            "وانتهى الاجتماع بإعلان رئيس الوفد سمير الحداد أن "
            '"المفاوضات فشلت تماما ولن تستأنف قريبا".',
            "المفاوضات",
            "سمير الحداد",
        ),
        (
            'وانتهى الحوار بإعلان الليبيين أنهم "ليسوا في حاجة إلى أي وساطة".',
            "ليسوا",
            "الليبيين",
        ),
        (
            'وافتتحت الجلسة بتأكيد رئيس البرلمان سمير الحداد أن "المجلس سيبقى سيد قراره دائما".',
            "المجلس",
            "سمير الحداد",
        ),
    ):
        assert one(_MINISTER_SAID + text, start).speaker == who, text


def test_verbal_noun_of_saying_with_no_agent_goes_on_with_the_speaker():
    q = one(
        _MINISTER_SAID + 'وانتهى الاجتماع بإعلان أن "المفاوضات فشلت تماما ولن تستأنف".',
        "المفاوضات",
    )
    assert q.speaker == "أحمد العلي", q
