"""Phenomena of blind batch 37 (cables in five outlets' styles,
``articles_blind6.py``), one per test, in sentences written for the test."""

from claims.extraction import normalize
from tests.extraction.helpers import one, quotes_of, same_name


def test_place_glued_to_bi_after_a_title_is_the_role():
    # "نائب رئيس البعثة الأمريكية بتونس X": where the post is held, as "بالرباط"
    text = (
        'وكتب القنصل الفرنسي بتونس مارك دوران أن "الوضع هادئ نسبيا". '
        'وقال السفير الإيطالي بمالي جان دوبوا إن "الشمال خارج السيطرة".'
    )
    q = one(text, "الوضع هادئ")
    assert q.speaker == "مارك دوران"
    assert normalize(q.role) == normalize("القنصل الفرنسي بتونس")
    q = one(text, "الشمال خارج")
    assert q.speaker == "جان دوبوا"
    assert normalize(q.role) == normalize("السفير الإيطالي بمالي")


def test_subject_after_that_with_an_apposition_in_commas_before_the_verb():
    # "أن السفير الأمريكي بالرباط، X، أفاد بأن": the subject between أنّ and
    # the verb, its name (or role) set off by commas; "بالرباط" before the
    # comma stays in the role
    text = (
        'وأفادت الوثيقة أن وزيرة الخارجية الإسبانية، آنا بلاسيو، أكدت أن "مدريد لن تغير '
        'موقفها". وذكرت البرقية أن كريم بنعلي، الوزير المنتدب في الخارجية، أكد أن '
        '"الحوار مستمر". وأضافت أن السفير الأمريكي بالرباط، توماس رايلي، قال إن "المغرب '
        'شريك موثوق".'
    )
    q = one(text, "مدريد لن")
    assert q.speaker == "آنا بلاسيو"
    assert normalize(q.role) == normalize("وزيرة الخارجية الإسبانية")
    q = one(text, "الحوار مستمر")
    assert q.speaker == "كريم بنعلي"
    assert normalize(q.role) == normalize("الوزير المنتدب في الخارجية")
    q = one(text, "شريك موثوق")
    assert q.speaker == "توماس رايلي"
    assert normalize(q.role) == normalize("السفير الأمريكي بالرباط")


def test_zada_is_the_maghrebi_and_he_added():
    # "وزاد الدبلوماسي الأمريكي أن …", "وزاد المتحدث ذاته:": the speaker goes on
    text = (
        'وقال الباحث كريم العلوي، أستاذ القانون بجامعة فاس، إن "الأحزاب فقدت ثقة الناخبين". '
        'وزاد المتحدث ذاته: "العزوف سيتسع في الاستحقاقات المقبلة". '
        'وكتبت السفيرة ماري جونسون أن "الوضع مستقر". وزادت أن "الإصلاحات بطيئة".'
    )
    q = one(text, "العزوف سيتسع")
    assert q.speaker == "كريم العلوي"
    assert q.cue == "وزاد"
    q = one(text, "الإصلاحات بطيئة")
    assert q.speaker == "ماري جونسون"


def test_a_cue_verb_withholding_the_name_is_no_cue():
    # "وتنقل البرقية عن قيادي …، لم تكشف اسمه، قوله إن": the relay's source
    # speaks; "تكشف اسمه" reveals (or withholds) a name, not speech
    text = (
        'ونقلت الوثيقة عن مسؤول في وزارة الداخلية، لم تذكر اسمه، قوله إن "الحدود مؤمنة". '
        'وتنقل البرقية عن ناشطة نقابية، لم تكشف هويتها، قولها: "الأجور مجمدة".'
    )
    q = one(text, "الحدود مؤمنة")
    assert same_name(q.speaker, "مسؤول في وزارة الداخلية")
    q = one(text, "الأجور مجمدة")
    assert same_name(q.speaker, "ناشطة نقابية")


def test_relay_after_a_resumptive_in_it():
    # "فتنقل فيها السفارة عن X قولها": the relayer after "فيها" (the cable),
    # the source after عن
    text = (
        "أما البرقية الثانية، المؤرخة في 3 مارس 2009، فتنقل فيها السفارة عن نقابي "
        'من قفصة قوله إن "المنطقة على حافة الانفجار".'
    )
    q = one(text, "حافة الانفجار")
    assert same_name(q.speaker, "نقابي من قفصة")
    assert q.via == "السفارة"
    assert q.date == "2009-03-03"


def test_two_coordinated_titles_before_the_name():
    # "المحامي والناشط الحقوقي X": both titles (and the second's adjective)
    # are the role; the surname alone later is the same person
    text = (
        'وقال الصحفي والناشط الحقوقي سليم بوخذير إن "الرقابة عادت". وأضاف بوخذير: "لا أحد يحاسب".'
    )
    q = one(text, "الرقابة عادت")
    assert q.speaker == "سليم بوخذير"
    assert normalize(q.role) == normalize("الصحفي والناشط الحقوقي")
    q = one(text, "لا أحد يحاسب")
    assert q.speaker == "سليم بوخذير"
    assert normalize(q.role) == normalize("الصحفي والناشط الحقوقي")


def test_manner_adverb_after_the_cue_and_a_titled_antecedent_after_bi():
    # "لقاءه بوزير الداخلية آنذاك، الذي قال له حرفيا:": "حرفيا" is how he
    # said it, not who; the relative's antecedent is the minister
    text = (
        "ففي برقية مؤرخة في 18 أوت 2008، يروي السفير لقاءه بوزير العدل آنذاك، الذي قال "
        'له حرفيا: "لن نسمح لأحد بأن يعطينا دروسا". وأكد الوزير شخصيا أن "القضاء مستقل".'
    )
    q = one(text, "لن نسمح")
    assert same_name(q.speaker, "وزير العدل")
    assert q.date == "2008-08-18"
    q = one(text, "القضاء مستقل")
    assert q.speaker != "شخصيا"


def test_bayna_after_a_noun_is_between_not_he_showed():
    # "مشيرا إلى أن الخلافات بين أقطاب الفريق «…»": the predicate in marks
    # is the participle's speaker's; "بين" there is "between"
    text = (
        "«الحلفاء يطلبون أكثر مما يقدمون»، يكتب السفير جون كارتر، مشيرا إلى أن "
        "الخلافات بين أقطاب الأغلبية «أعمق بكثير مما يظهر في العلن». وبين الوزير سمير "
        "عيسى أن «الميزانية جاهزة»."
    )
    q = one(text, "أعمق بكثير")
    assert q.speaker == "جون كارتر"
    q = one(text, "الميزانية جاهزة")
    assert q.speaker == "سمير عيسى"


def test_bare_title_takes_up_an_official_told_of_by_title_alone():
    # "عن وزير التخطيط … قوله"، then "وأضاف الوزير": the same nameless minister
    text = (
        "ونقل السفير عن وزير الزراعة والصيد البحري المغربي قوله إن "
        '"الجفاف كلف البلاد نقطتين من النمو". وأضاف الوزير، بحسب البرقية، أن '
        '"الدعم الأوروبي لم يصل بعد".'
    )
    q = one(text, "الدعم الأوروبي")
    assert q.speaker == "وزير الزراعة والصيد البحري المغربي"
    assert normalize(q.role) == normalize("وزير الزراعة والصيد البحري المغربي")


def test_a_relayed_quote_takes_the_relayers_date():
    # "ونقلت بيكر عن أحد قادة الحزب قوله": her account, her cable's date
    text = (
        "وفي برقية مؤرخة في 22 حزيران/يونيو 2009، كتبت السفيرة لورا ديفيس أن الحزب "
        '"منقسم على نفسه".\n'
        "ونقلت ديفيس عن أحد قادة الحزب، الذي التقته في مكتبه، قوله: "
        '"لا نريد القطيعة مع الحكومة".'
    )
    q = one(text, "القطيعة")
    assert same_name(q.speaker, "أحد قادة الحزب")
    assert q.date == "2009-06-22"


def test_someone_new_going_on_in_a_dated_cable_paragraph_takes_its_date():
    # "يقول أحد النواب، وفق البرقية: «…». ويضيف نائب آخر: «…»": the same
    # account goes on; "وتعلق السفارة على ذلك بالقول" too
    text = (
        "في البرقية المؤرخة في 12 آذار 2009، يروي السفير عشاء مع نواب المعارضة. يقول أحد "
        "النواب، وفق البرقية: «الانتخابات ستؤجل». ويضيف نائب آخر من الكتلة نفسها: «لا "
        "أحد يريدها الآن». وتعلق السفارة على ذلك بالقول: «التأجيل مرجح»."
    )
    q = one(text, "لا أحد يريدها")
    assert q.date == "2009-03-12"
    q = one(text, "التأجيل مرجح")
    assert q.date == "2009-03-12"


def test_who_tells_in_a_dated_cable_dates_what_he_writes_next():
    # "في البرقية … المؤرخة في DATE، يروي السفير X …" then, in the next
    # paragraph, "«…»، يكتب X في تعليقه": the same cable; a new dated cable
    # he relays from has its own date
    text = (
        "في البرقية 08BEIRUT900 المؤرخة في 3 تموز 2008، يروي السفير مايكل سيسون لقاءه "
        "مع نواب المعارضة.\n"
        "«المعارضة منقسمة أكثر مما تقول»، يكتب سيسون في تعليقه على اللقاء.\n"
        "وفي برقية أخرى مؤرخة في 9 آب 2008، ينقل سيسون عن مسؤول أمني أن «الحدود هادئة»."
    )
    q = one(text, "المعارضة منقسمة")
    assert q.speaker == "مايكل سيسون"
    assert q.date == "2008-07-03"
    q = one(text, "الحدود هادئة")
    assert q.date == "2008-08-09"


def test_the_same_meeting_refers_to_the_cable_under_discussion():
    # "في اللقاء نفسه" a paragraph after a dated cable's quotes: its date
    text = (
        "وفي برقية مؤرخة في 2 شباط 2009، ينقل السفير عن مسؤول أمني رفيع أن «الجيش لن "
        "يتدخل».\n"
        "أما وزير الداخلية، فاكتفى بالقول للسفير في الاجتماع ذاته إن «الوضع تحت السيطرة»."
    )
    q = one(text, "تحت السيطرة")
    assert q.date == "2009-02-02"


def test_two_words_in_marks_as_the_object_of_a_verb_that_is_no_saying():
    # "وتوقعت «صعود المرأة»": what was expected, not words said; "فقال «أبدا»"
    # and "ثم أضاف «لن نتراجع»" stay quotations
    text = (
        "واشنطن قرأت أزمة الحكومة... وتوقعت «صعود المرأة»\n"
        "سئل الوزير عن الاستقالة فقال «أبدا». ثم أضاف «لن نتراجع»."
    )
    found = [q.text for q in quotes_of(text)]
    assert "صعود المرأة" not in found
    assert "أبدا" in found and "لن نتراجع" in found


def test_an_unnamed_person_described_by_where_they_come_from():
    # "ناشطة حقوقية من صفاقس", "نائب آخر من الكتلة نفسها": no name follows
    # the title; من + a place or body describes them
    text = (
        'وقالت ناشطة حقوقية من قفصة إن "البطالة تدفع الشباب إلى الهجرة". '
        'ويضيف نائب آخر من الكتلة نفسها: "لن نصوت على الميزانية".'
    )
    q = one(text, "البطالة تدفع")
    assert q.speaker == "ناشطة حقوقية من قفصة"
    assert q.speaker_kind == "anonymous"
    q = one(text, "لن نصوت")
    assert q.speaker == "نائب آخر من الكتلة نفسها"
    assert q.speaker_kind == "anonymous"
