"""Roles on real news (the dev sets r1–r6): where the title phrase before a
name ends, and the role a person keeps for the later quotes.

Every article here is written for the test, in sentences that are not in
the data files; each test fails without the rule it names.
"""

from claims.extraction import normalize
from tests.extraction.helpers import one


def test_a_participle_with_the_titled_persons_pronoun_stays_in_the_title():
    # "رئيس المجلس الممدد له X", "الرئيس المنتهية ولايته X": a participle's
    # complement that carries the person's pronoun (a preposition or a
    # noun) is the title's; the name follows it, and keeps the post for the
    # quotes after
    text = (
        'قال رئيس مجلس النواب الممدد له نبيه بري إن "المشاورات ستتواصل '
        'حتى نهاية الشهر".\n\n'
        'وأضاف بري: "لن نقبل بأي فراغ في المؤسسات الدستورية".'
    )
    q = one(text, "المشاورات ستتواصل")
    assert q.speaker == "نبيه بري", q
    assert normalize(q.role) == normalize("رئيس مجلس النواب الممدد له")
    q = one(text, "لن نقبل بأي فراغ")
    assert q.speaker == "نبيه بري", q
    assert normalize(q.role) == normalize("رئيس مجلس النواب الممدد له")
    text = 'وقال الرئيس المنتهية ولايته ميشال عون إن "البلاد تحتاج إلى حكومة قوية".'
    q = one(text, "البلاد تحتاج")
    assert q.speaker == "ميشال عون", q
    assert normalize(q.role) == normalize("الرئيس المنتهية ولايته")
    text = (
        'وأكدت رئيسة البلدية المنتهية مهامها سعاد عبد الرحيم أن "المشاريع المتوقفة ستستأنف قريبا".'
    )
    q = one(text, "المشاريع المتوقفة")
    assert q.speaker == "سعاد عبد الرحيم", q
    assert normalize(q.role) == normalize("رئيسة البلدية المنتهية مهامها")


def test_a_pronoun_after_a_nisba_or_before_a_definite_word_is_no_title():
    # "وقدم الرئيس المصري له الشكر": after a nisba, or before a definite
    # word (the verb's object), the preposition with its pronoun is the
    # verb's, and the title alone speaks
    text = 'وقدم الرئيس المصري له الشكر قائلا "الثمرة نضجت حقا بعد انتظار".'
    assert one(text, "الثمرة نضجت").speaker == "الرئيس المصري"
    text = 'وقدم الرئيس المنتخب له الشكر قائلا "الثمرة نضجت حقا بعد انتظار".'
    assert one(text, "الثمرة نضجت").speaker == "الرئيس المنتخب"
    text = 'وقال الوزير المكلف له إن "الثمرة نضجت حقا بعد انتظار".'
    assert one(text, "الثمرة نضجت").speaker == "الوزير المكلف"


def test_a_headline_name_then_whom_the_words_were_for():
    # "X لـY: «…»" heading its line: the word glued to لـ after a bare name
    # is whom the words were for; the name speaks, with the post the lead
    # gives it, and so do the quotes that take him up
    text = (
        'بنكيران لشبيبة حزبه: "لن نكون مثل الآخرين"\n\n'
        "قال عبد الإله بنكيران رئيس الحكومة السابق، إن الحزب ساهم في الإصلاح.\n"
        'وخاطب الشبيبة قائلا: "أنتم ملح السياسة في هذا البلد".'
    )
    for words in ("لن نكون مثل", "أنتم ملح السياسة"):
        q = one(text, words)
        assert q.speaker == "عبد الإله بنكيران", q
        assert normalize(q.role) == normalize("رئيس الحكومة السابق")
    text = (
        'بري للنواب: "لن نقبل بالفراغ في المؤسسات"\n\n'
        "قال رئيس مجلس النواب نبيه بري إن المشاورات ستتواصل."
    )
    q = one(text, "لن نقبل بالفراغ")
    assert normalize(q.speaker) in (normalize("بري"), normalize("نبيه بري")), q
    assert normalize(q.role) == normalize("رئيس مجلس النواب")


def test_a_headline_name_that_goes_on_with_a_word_in_lam_is_whole():
    # "سيرغي لافروف: «…»": the name's two words met together again in the
    # text are one name, no addressee
    text = (
        'سيرغي لافروف: "لن نقبل بالفراغ في المؤسسات"\n\n'
        "قال وزير الخارجية الروسي سيرغي لافروف إن المشاورات ستتواصل."
    )
    q = one(text, "لن نقبل بالفراغ")
    assert q.speaker == "سيرغي لافروف", q
    assert normalize(q.role) == normalize("وزير الخارجية الروسي")


def test_a_post_after_the_name_takes_its_genitive_with_lam():
    # "X الأمين العام لحزب Y", "X المتحدثة الرسمية لوزارة الصحة": after the
    # name, the post's head or adjective goes on into a body, a place or a
    # post glued to لـ, its genitive, as before the name
    text = 'وقال خالد منصور الأمين العام لحزب الأمة إن "الانتخابات ستجرى في موعدها".'
    q = one(text, "الانتخابات ستجرى")
    assert q.speaker == "خالد منصور", q
    assert normalize(q.role) == normalize("الأمين العام لحزب الأمة")
    text = 'وقالت سعاد حسن المتحدثة الرسمية لوزارة الصحة إن "اللقاحات وصلت إلى المراكز".'
    q = one(text, "اللقاحات وصلت")
    assert q.speaker == "سعاد حسن", q
    assert normalize(q.role) == normalize("المتحدثة الرسمية لوزارة الصحة")


def test_a_word_in_lam_after_a_closed_post_or_a_bare_name_is_whom_he_told():
    # after a post whose genitive is complete, or after the name alone, a
    # body glued to لـ is whom the words were for
    text = 'وقال خالد منصور رئيس الحزب لوكالة الأنباء الفرنسية إن "الانتخابات ستجرى".'
    q = one(text, "الانتخابات ستجرى")
    assert q.speaker == "خالد منصور", q
    assert normalize(q.role) == normalize("رئيس الحزب")
    text = 'وقال خالد منصور لقناة الجزيرة إن "الانتخابات ستجرى في موعدها".'
    q = one(text, "الانتخابات ستجرى")
    assert q.speaker == "خالد منصور", q
    assert q.role is None


def test_a_nationality_before_the_name_describes_the_person():
    # "أكد الجزائري X Y المدير الفني …": a definite nisba of nationality
    # before a name whose post follows is no word of the name (read so, a
    # name with the article second, "نور الدين", ended early and lost its
    # post); the name and the post after it speak
    text = (
        "أكد التونسي نور الدين بن صالح المدير الفني للمنتخب الليبي، جاهزية "
        'اللاعبين للمباراة. وقال: "مهمتنا صعبة للغاية أمام منافس قوي".'
    )
    q = one(text, "مهمتنا صعبة")
    assert q.speaker == "نور الدين بن صالح", q
    assert normalize(q.role) == normalize("المدير الفني للمنتخب الليبي")
    text = (
        "وقالت المغربية نور الهدى الصالحي رئيسة الجمعية الوطنية للمرأة إن "
        '"القانون الجديد خطوة إلى الأمام".'
    )
    q = one(text, "القانون الجديد")
    assert q.speaker == "نور الهدى الصالحي", q
    assert normalize(q.role) == normalize("رئيسة الجمعية الوطنية للمرأة")


def test_a_title_in_i_before_the_name_stays_the_role():
    # "القاضي X": a title that ends in ي is the post, not a nationality
    text = 'وقال القاضي محمد علي إن "الحكم سيصدر الأسبوع المقبل".'
    q = one(text, "الحكم سيصدر")
    assert q.speaker == "محمد علي", q
    assert normalize(q.role) == normalize("القاضي")


def test_a_title_that_is_also_a_first_name_opens_the_name_in_commas():
    # "المدير الفني لمنتخب X، أمير عبدو،": after a post, a title that is
    # also a first name (أمير، سلطان، ملك) with a plain name after it in
    # the commas is the person's name, the post before it his role; the
    # name said again later is that person
    text = (
        "يرى المدير الفني لمنتخب موريتانيا، أمير عبدو، أن المباراتين "
        "الوديتين مهمتان.\n\n"
        'وقال أمير عبدو: "نحتاج إلى مزيد من الوقت لتجهيز اللاعبين".'
    )
    q = one(text, "نحتاج إلى مزيد")
    assert q.speaker == "أمير عبدو", q
    assert normalize(q.role) == normalize("المدير الفني لمنتخب موريتانيا")
    text = 'وقال رئيس الاتحاد، سلطان بوعزة، إن "الموسم سينطلق في موعده".'
    q = one(text, "الموسم سينطلق")
    assert q.speaker == "سلطان بوعزة", q
    assert normalize(q.role) == normalize("رئيس الاتحاد")


def test_a_title_with_its_country_in_commas_stays_a_title():
    # "، أمير قطر،": a title in construct with a country is no name
    text = 'وقال رئيس الوفد، أمير قطر، إن "الوضع صعب للغاية في المنطقة".'
    assert one(text, "الوضع صعب").speaker != "أمير قطر"
    text = 'وقال أمير قطر إن "الوضع صعب للغاية في المنطقة".'
    q = one(text, "الوضع صعب")
    assert q.speaker == "أمير قطر", q
