"""Phenomena found in the speaker misses of the real development sets h1-h4
(spkb2): speakers named by reference, the cue with no subject of its own,
and the choice among the entities the text mentions.

Every article here is written for the test, in sentences of its own; each
test fails without the rule it names.
"""

from tests.extraction.helpers import one


def test_a_kinship_apposition_is_no_clause_whose_subject_speaks():
    # "أحدثت X Y، ابنة رئيس الحزب Z، جدلا … بعد تصريح أطلقته قالت فيه:":
    # the kinship noun after the name's comma opens an apposition on the
    # name, not a clause whose verb has the father for its subject; the
    # sentence's subject speaks, and goes on ("وأضافت")
    text = (
        "أثارت سلمى الحداد، ابنة رئيس الحزب المعتقل كمال الحداد، نقاشا كبيرا "
        "بعد تصريح مطول أدلت به قالت فيه:\n"
        "«لم نأخذ شيئا من خزينة الدولة، ولم نعتد على أحد من المواطنين».\n"
        "وأضافت قائلة:\n"
        "«الناس يريدون سماع الحقيقة كاملة دون تجميل أو تزوير».\n"
    )
    q = one(text, "لم نأخذ شيئا")
    assert q.speaker == "سلمى الحداد", q
    q = one(text, "الناس يريدون")
    assert q.speaker == "سلمى الحداد", q


def test_a_son_in_apposition_speaks_not_his_father():
    # "انتقد X Y، نجل وزير الداخلية الأسبق Z، الحكومة قائلا": the son named
    # first is the participle's agent
    text = (
        "انتقد سامي العمري، نجل وزير الداخلية الأسبق خالد العمري، أداء الحكومة "
        "قائلا: «الحكومة عاجزة عن حل أزمة الوقود منذ شهور».\n"
    )
    q = one(text, "الحكومة عاجزة")
    assert q.speaker == "سامي العمري", q


def test_a_titled_subject_before_a_relative_still_speaks():
    # negative: a title after the comma ("، رئيس الحزب،") is the apposition
    # it always was, the titled name before it speaks
    text = (
        "انتقد كمال الحداد، رئيس الحزب الوطني، أداء الحكومة "
        "قائلا: «الحكومة عاجزة عن حل أزمة الوقود منذ شهور».\n"
    )
    q = one(text, "الحكومة عاجزة")
    assert q.speaker == "كمال الحداد", q


def test_a_bare_post_with_a_feminine_nisba_is_the_one_of_that_country():
    # "وقال وزير الخارجية الأمريكية" (the nisba agrees with الخارجية) after
    # "وزير الخارجية الأمريكي X" and "وزير الخارجية الأمير Y": the post whose
    # nisba names the same country, of either gender, is X's, not that of
    # the one met last with the same head
    text = (
        "وصل وزير الخارجية الأمريكي مارك هيلتون إلى العاصمة صباح اليوم. "
        "واجتمع هيلتون مع وزير الخارجية الأمير فيصل بن سلمان في القصر. "
        "وقال وزير الخارجية الأمريكية في تصريحات للصحفيين: "
        '"هناك ملفات كثيرة سنبحثها خلال الزيارة".\n'
        'وأضاف: "العلاقة بين البلدين قوية رغم كل الخلافات".\n'
    )
    q = one(text, "هناك ملفات")
    assert q.speaker == "مارك هيلتون", q
    q = one(text, "العلاقة بين البلدين")
    assert q.speaker == "مارك هيلتون", q


def test_a_bare_post_with_the_nisba_of_the_later_minister_stays_his():
    # negative: the nisba of the one met last picks him, not the first
    text = (
        "وصل وزير الخارجية الأمريكي مارك هيلتون إلى العاصمة صباح اليوم. "
        "واجتمع هيلتون مع وزير الخارجية السعودي فيصل بن سلمان في القصر. "
        "وقال وزير الخارجية السعودي في تصريحات للصحفيين: "
        '"هناك ملفات كثيرة سنبحثها خلال الزيارة".\n'
    )
    q = one(text, "هناك ملفات")
    assert q.speaker == "فيصل بن سلمان", q


def test_a_verb_of_saying_after_any_and_its_noun_is_no_cue():
    # "إنه لا توجد أي أدلة تشير إلى أن «…»": "any evidence that says"
    # tells of whatever there may be, nobody speaks; the words in marks are
    # the speaker's who tells the clause (they went to the last feminine
    # noun met, "وثائق", by the verb's agreement)
    text = (
        "استبعد المتحدث باسم وزارة الخارجية سامر الخطيب أمس أن تكون "
        "الاحتجاجات ناتجة عن وثائق مسربة كما قال مؤسس الموقع. وقال الخطيب في "
        "رسالة على موقع للتواصل الاجتماعي إنه لا توجد أي أدلة تشير إلى أن "
        "“التسريبات أثرت في الاحتجاجات”، وإن ما جرى ناتج عن “غضب الشارع من "
        "البطالة والفساد وليس من الخارج”.\n"
    )
    q = one(text, "التسريبات أثرت")
    assert q.speaker == "سامر الخطيب", q
    q = one(text, "غضب الشارع")
    assert q.speaker == "سامر الخطيب", q


def test_that_is_then_a_verb_of_saying_stays_a_cue():
    # negative: "أي أنه يقول" ("that is, he says") is no "any"
    text = (
        "تحدث وزير المالية سامر الخطيب عن الموازنة الجديدة في البرلمان، "
        'أي أنه يقول إن "العجز سينخفض إلى النصف خلال عامين".\n'
    )
    q = one(text, "العجز سينخفض")
    assert q.speaker == "سامر الخطيب", q


def test_an_honorific_pronoun_in_the_that_clause_is_the_person_it_introduced():
    # "وقال X: إن جلالته أكد … أن «…»": the honorific pronoun, subject of
    # the verb inside the reporter's that-clause, is the person the text
    # introduced with that honorific ("صاحب الجلالة الملك Y"), though no
    # verb of saying made him a speaker before; the reporter spoke
    text = (
        "أشاد عضو مجلس الشورى سامي الخطيب بالمبادرات التي يقودها صاحب "
        "الجلالة الملك فيصل بن خالد، عاهل البلاد. وقال الخطيب: إن جلالته أكد "
        'خلال لقائه رجال الأعمال الأربعاء، أن "الأخبار مشجعة فيما يتعلق '
        'بالمسيرة الاقتصادية للمملكة".\n'
    )
    q = one(text, "الأخبار مشجعة")
    assert q.speaker == "فيصل بن خالد", q


def test_a_royal_honorific_pronoun_is_the_prince_named_with_the_honorific():
    text = (
        "أشاد النائب سامي الخطيب بالمبادرات التي أطلقها صاحب السمو الأمير "
        'سلمان بن راشد. وقال الخطيب إن سموه أكد أن "المرحلة المقبلة ستشهد '
        'مشاريع كبيرة في كل المحافظات".\n'
    )
    q = one(text, "المرحلة المقبلة")
    assert q.speaker == "سلمان بن راشد", q


def test_a_reporter_with_no_honorific_in_the_that_clause_keeps_his_words():
    # negative: "إن الحكومة …" is no honorific; the prince named before
    # does not take the reporter's words
    text = (
        "أشاد النائب سامي الخطيب بالمبادرات التي أطلقها صاحب السمو الأمير "
        'سلمان بن راشد. وقال الخطيب إن "المرحلة المقبلة ستشهد مشاريع كبيرة '
        'في كل المحافظات".\n'
    )
    q = one(text, "المرحلة المقبلة")
    assert q.speaker == "سامي الخطيب", q


def test_the_one_driven_to_act_says_the_words_after_bil_qawl():
    # "هذا الثناء دفع X لممازحة الحضور والوزير بالقول «…»": the person
    # after دفع, driven to an act glued to لـ (or after إلى), says the
    # words; the act's object (the last person named) spoke them
    text = (
        "أشاد الحضور بأداء وزير البلديات سامي الخطيب خلال فترة رئاسته للبلدية. "
        "هذا الثناء دفع رئيس الوزراء كمال الحداد لممازحة الحضور والخطيب "
        'بالقول "لا شيء يمنع من إعادته رئيسا للبلدية مرة أخرى".\n'
    )
    q = one(text, "لا شيء يمنع")
    assert q.speaker == "كمال الحداد", q


def test_the_one_driven_to_act_named_before_by_his_family_name():
    text = (
        "حضر رئيس الوزراء كمال الحداد حفل البلدية مساء السبت. وأشاد الحضور "
        "بأداء وزير البلديات سامي الخطيب. هذا الثناء دفع الحداد لممازحة "
        'الحضور والخطيب بالقول "لا شيء يمنع من إعادته رئيسا للبلدية مرة أخرى".\n'
    )
    q = one(text, "لا شيء يمنع")
    assert q.speaker == "كمال الحداد", q


def test_a_thing_driven_is_no_speaker():
    # negative: "دفع الأسعار للارتفاع": no person driven, the clause's
    # subject speaks
    text = (
        "انتقد وزير المالية سامي الخطيب القرار الذي دفع الأسعار للارتفاع "
        'قائلا "الحكومة لم تدرس آثار هذا القرار على المواطنين".\n'
    )
    q = one(text, "الحكومة لم تدرس")
    assert q.speaker == "سامي الخطيب", q


_CABLE = (
    "التقى مستشار رئيس البرلمان سامي الخطيب بالسفير الأميركي في فندق "
    "بالعاصمة. وبحسب البرقية ذاتها، فإن الخطيب، رداً على سؤال عن رأي "
    "المواطنين بالحكومة، «قال إن الناس تدعم الحكومة ما دامت الأزمة قائمة». "
    "لكن «عندما تنتهي الأزمة، سيرى الشعب النتيجة الكارثية لسياساتها».\n"
)


def test_the_person_a_document_reports_after_its_that_says_the_words():
    # "وبحسب البرقية، فإن X، رداً على سؤال …، «قال إن …»": the person the
    # document reports on, known to the text, named after أنّ, says the
    # words in marks, not the document that relays them
    q = one(_CABLE, "قال إن الناس")
    assert q.speaker == "سامي الخطيب", q


def test_the_reported_person_goes_on_after_a_document_cue():
    # "… «قال إن …». لكن «…»": with no cue, the person the document
    # reported as speaking goes on, not the document
    q = one(_CABLE, "عندما تنتهي الأزمة")
    assert q.speaker == "سامي الخطيب", q


def test_the_documents_own_words_stay_the_documents():
    # negative: no person after أنّ, the cable speaks, and goes on
    text = (
        "التقى مستشار رئيس البرلمان سامي الخطيب بالسفير الأميركي في فندق "
        "بالعاصمة. وبحسب البرقية ذاتها، فإن «الوضع السياسي في البلاد يتجه "
        "نحو تصعيد خطير». لكن «الحكومة ما زالت تملك أوراقا كثيرة للمناورة».\n"
    )
    q = one(text, "الوضع السياسي")
    assert q.speaker == "البرقية ذاتها", q
    q = one(text, "الحكومة ما زالت")
    assert q.speaker == "البرقية ذاتها", q


def test_a_documents_description_of_the_person_stays_the_documents():
    # negative: "وتشير البرقية إلى أن X «كان متوترا …»": words that do not
    # open with a verb of saying describe him; the document speaks
    text = (
        "التقى مستشار رئيس البرلمان سامي الخطيب بالسفير الأميركي في فندق "
        "بالعاصمة. وتشير البرقية إلى أن الخطيب «كان متوترا جدا طوال اللقاء».\n"
    )
    q = one(text, "كان متوترا")
    assert q.speaker == "البرقية", q
