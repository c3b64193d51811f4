"""Phenomena found by the fresh author's set F6 (``articles_blind11.py``).

Every article here is written for the test, in sentences that are not in
F6's data files; each test fails without the rule it names.
"""

from claims.extraction import normalize
from tests.extraction.helpers import one, quotes_of


def test_a_body_named_in_marks_before_its_words_in_marks_is_no_quote():
    # "وصفها «تجمع X» «…»": two marked spans side by side, the first a body's
    # name (a gathering, a union, a party), the second what it says
    text = (
        "ورفضت النقابات القرار الجديد، إذ وصفه «تجمع المعلمين المستقلين» "
        "«بأنه قرار ظالم لا يراعي أوضاع الأساتذة في المدارس الرسمية»، مهددا بالإضراب."
    )
    texts = [normalize(q.text) for q in quotes_of(text)]
    assert normalize("تجمع المعلمين المستقلين") not in texts, texts
    one(text, "قرار ظالم")


def test_a_sentence_opening_with_its_subject_in_commas_before_the_verb():
    # "TITLE، NAME، قال إن", "مصدر …، فضل عدم الكشف عن اسمه، قال", "NAME،
    # وهي …، تقول": the subject opens the sentence, an apposition or an aside
    # in commas, then the verb with no subject after it; not the last speaker
    text = (
        'ويقول التاجر سامي النجار لموقع الخبر: "الأسعار ارتفعت ثلاث مرات هذا الشهر".\n\n'
        "مدير الدفاع المدني في المدينة، حسام الدين العلي، قال إن "
        '"فرق الإنقاذ انتشلت عشرين جثة من تحت الأنقاض".\n\n'
        "مسؤول في البلدية، طلب عدم ذكر اسمه، قال للموقع إن "
        '"الموازنة لا تكفي لإصلاح الطرق".\n\n'
        "ليلى الخطيب، وهي معلمة في مدرسة القرية منذ عشر سنوات، تقول: "
        '"الصفوف مكتظة والكتب لم تصل بعد".'
    )
    q = one(text, "انتشلت عشرين")
    assert q.speaker == "حسام الدين العلي", q
    assert normalize(q.role) == normalize("مدير الدفاع المدني في المدينة")
    q = one(text, "الموازنة لا تكفي")
    assert normalize(q.speaker) == normalize("مسؤول في البلدية"), q
    q = one(text, "الصفوف مكتظة")
    assert q.speaker == "ليلى الخطيب", q


def test_the_first_verb_of_a_sentence_opening_with_its_subject_in_commas():
    # "لكن الوزير X، المحسوب على …، غادر القاعة، وقال:", "X، الذي اتصلت به
    # «…»، لم ينف …، قائلا": a coordinated verb or a participle takes the
    # subject the sentence opened with, not the last speaker
    text = (
        'وقال رئيس الحكومة نادر سليم: "الموازنة ستقر قبل نهاية الشهر".\n\n'
        'لكن وزير الزراعة كمال حداد، المقرب من "التيار الشعبي"، غادر القاعة '
        'محتجا، وقال للصحافيين: "لم يستشرنا أحد في هذه الأرقام".\n\n'
        "وكان حداد قد رفض موازنة العام الماضي أيضا.\n\n"
        'ويقول النقابي فؤاد عيسى: "العمال لن يدفعوا ثمن العجز".\n\n'
        "حداد، الذي اتصلت به «الصحيفة»، لم يتراجع عن موقفه، قائلا: "
        "الأرقام لا تعكس حاجات المزارعين."
    )
    q = one(text, "لم يستشرنا")
    assert q.speaker == "كمال حداد", q
    assert normalize(q.role) == normalize("وزير الزراعة")
    q = one(text, "لا تعكس حاجات")
    assert q.speaker == "كمال حداد", q


def test_a_lead_with_a_possessed_gathering_dates_what_is_said_there():
    # "عقد مجلس الوزراء جلسته الأسبوعية، الخميس 4 أيلول 2025": the gathering
    # noun with its possessive suffix still makes the lead the event's date;
    # a time word inside a quotation ("ستحدد لاحقاً") moves no narrative time;
    # what sources told the outlet is not said at the gathering
    text = (
        "عقد مجلس الوزراء جلسته الأسبوعية في القصر الحكومي، الخميس 4 أيلول 2025، "
        "وأقر خطة النقل العام.\n\n"
        'وبعد الجلسة، قال وزير النقل فادي سعد إن "الحافلات الجديدة ستصل لاحقاً '
        'بعد إنجاز المناقصة". وأضاف: "الخطة تشمل كل المحافظات من دون استثناء".\n\n'
        'مصادر حكومية قالت لـ"الموقع" إن "النقاش كان طويلاً حول كلفة المشروع".'
    )
    for fragment in ("الحافلات الجديدة", "تشمل كل المحافظات"):
        q = one(text, fragment)
        assert q.date == "2025-09-04", q
    q = one(text, "النقاش كان طويلاً")
    assert q.date is None, q


def test_a_resumptive_cue_takes_the_subject_after_the_auxiliary():
    # "وكانت الجمعية قد أصدرت بياناً قالت فيه إن": the statement's issuer,
    # after كان/كانت, with the article, is the speaker, not the last one quoted
    text = (
        'وقال وزير الصحة كريم داود إن "المستشفيات تعمل بطاقتها الكاملة".\n\n'
        "وكانت النقابة قد أصدرت بياناً الأسبوع الماضي قالت فيه إن "
        '"نقص الممرضين بلغ مستوى خطيراً في مستشفيات الأطراف".'
    )
    q = one(text, "نقص الممرضين")
    assert normalize(q.speaker) == normalize("النقابة"), q


def test_a_statement_dated_before_its_resumptive_cue_dates_the_quote():
    # "أصدر المرصد بياناً في 3 آذار 2025 قال فيه إن": the date belongs to the
    # statement the quote is read from
    text = (
        "وكان المرصد الوطني لجودة المياه قد أصدر بياناً في 3 آذار 2025 قال فيه إن "
        '"تلوث مياه النهر تجاوز الحدود المسموح بها".'
    )
    q = one(text, "تلوث مياه")
    assert q.date == "2025-03-03", q
    assert normalize(q.speaker) == normalize("المرصد الوطني لجودة المياه"), q


def test_guides_tourists_and_visitors_are_titles():
    # "الدليل السياحي X"، "السائحة الألمانية X": the occupation or the
    # visitor's description is the role, the name after it the speaker
    text = (
        'وفي البتراء، يقول الدليل السياحي منصور الحسنات: "الموسم أفضل من العام الماضي".\n\n'
        'وقالت السائحة الإيطالية ماريا روسي: "المكان أجمل مما رأيته في الصور".'
    )
    q = one(text, "الموسم أفضل")
    assert q.speaker == "منصور الحسنات", q
    assert normalize(q.role) == normalize("الدليل السياحي")
    q = one(text, "المكان أجمل")
    assert q.speaker == "ماريا روسي", q
    assert normalize(q.role) == normalize("السائحة الإيطالية")


def test_the_owner_of_a_shop_is_a_title_not_an_honorific():
    # "صاحب محل للأقمشة X": صاحب before an indefinite noun is the owner, a
    # title with its genitive (not the honorific of "صاحب السمو")
    text = (
        'ويقول صاحب محل للأقمشة في السوق القديم نبيل حداد: "البيع تراجع إلى النصف".\n\n'
        'وقال صاحب السمو الأمير سلمان بن حمد: "الاقتصاد يتعافى بثبات".'
    )
    q = one(text, "البيع تراجع")
    assert q.speaker == "نبيل حداد", q
    assert normalize("صاحب محل للأقمشة") in normalize(q.role or ""), q
    q = one(text, "الاقتصاد يتعافى")
    assert "سلمان بن حمد" in q.speaker, q


def test_a_relaying_agency_with_its_genitive_after_li():
    # "نقلت الوكالة الوطنية للإعلام عن X قوله", "الوكالة العربية للأنباء
    # (واع) عن": the agency's name goes on past لـ and an acronym; the
    # relayed person speaks
    text = (
        "ونقلت الوكالة العربية للأنباء (واع) عن وزير الري، سالم العبيدي، قوله إن "
        '"السدود ستمتلئ قبل الربيع".'
    )
    q = one(text, "السدود ستمتلئ")
    assert q.speaker == "سالم العبيدي", q
    assert normalize(q.role) == normalize("وزير الري")


def test_a_rank_in_the_apposition_names_the_person_after_a_two_word_place():
    # "محافظ بيت لحم، اللواء X": the title's genitive is a place of two words;
    # the rank after the comma says the name is there, so the word before
    # the comma is no name
    text = 'وقال محافظ بيت جالا، العقيد ماهر النجار، إن "المعبر سيفتح صباح الغد".'
    q = one(text, "المعبر سيفتح")
    assert q.speaker == "ماهر النجار", q
    assert normalize(q.role) == normalize("محافظ بيت جالا")


def test_a_body_named_in_marks_after_the_verb_is_the_participles_subject():
    # "رحّبت "كتلة X" النيابية بالقرار، معتبرة أنها "…"": the body in marks
    # right after the first verb is the subject the participle takes, not the
    # speaker quoted before
    text = (
        'وقالت مصادر حكومية إن "القرار اتخذ بالإجماع".\n\n'
        'ورحّبت "جبهة العمل الوطني" المعارضة بالقرار، معتبرة أنه '
        '"تأخر سنوات لكنه يبقى خطوة في الاتجاه الصحيح".'
    )
    q = one(text, "تأخر سنوات")
    assert normalize(q.speaker) == normalize("جبهة العمل الوطني"), q


def test_the_same_day_takes_the_last_full_date():
    # "وفي بيان صدر مساء اليوم نفسه": the day of the last full date told
    text = (
        "عقدت البلدية اجتماعاً طارئاً الثلاثاء 14 تشرين الأول 2025 لبحث أزمة النفايات.\n\n"
        'وفي بيان صدر مساء اليوم نفسه، قالت نقابة العمال إن "الأزمة سببها سوء الإدارة".'
    )
    q = one(text, "سوء الإدارة")
    assert q.date == "2025-10-14", q


def test_what_follows_words_told_to_the_outlet_is_not_dated_by_the_gathering():
    # "مصادر قالت لـ"الموقع" إن "…"، مشيرة إلى أن "…"": the participle goes on
    # with the undated words told to the outlet, not with the dated session
    text = (
        "عقدت اللجنة النيابية اجتماعها الدوري، الأربعاء 5 آذار 2025، وناقشت قانون الإيجارات.\n\n"
        'مصادر نيابية قالت لـ"الموقع" إن "الخلاف ما زال قائماً حول المهل"، '
        'مشيرة إلى أن "التصويت قد يؤجل إلى الجلسة المقبلة".'
    )
    q = one(text, "الخلاف ما زال")
    assert q.date is None, q
    q = one(text, "التصويت قد يؤجل")
    assert q.date is None, q
