"""Phenomena of the role error classes found on real news (rolex): what a
role holds and how it is carried from one mention of a speaker to another.

Every article here is written for the test, in sentences of its own; each
test fails without the rule it names.
"""

from tests.extraction.helpers import one


def test_a_full_name_after_a_story_of_a_nameless_post_holds_that_post():
    # "قال وزير الاقتصاد …، اليوم الاثنين، إنه …. وقال X Y Z لرويترز: «…»":
    # the wire's lead names the post, the next paragraph the man, with no
    # role of his own; a full name holds the post as a family name did
    text = (
        "قال وزير المالية المغربي، اليوم الأحد، إنه يتوقع نمو الاقتصاد بنسبة كبيرة.\n"
        "وقال أحمد بن سالم العلوي لوكالة الأنباء على هامش المؤتمر: "
        "«النمو سيكون قويا هذا العام رغم الصعوبات».\n"
        "وردا على سؤال حول الاستثمار، قال الوزير إن بلاده منفتحة على الجميع.\n"
        "وأضاف «نحن نرحب بكل المستثمرين دون استثناء».\n"
    )
    q = one(text, "النمو سيكون قويا")
    assert q.speaker == "أحمد بن سالم العلوي", q
    assert q.role == "وزير المالية المغربي", q
    # the bare title then names him, with that post
    q = one(text, "نحن نرحب")
    assert (q.speaker, q.role) == ("أحمد بن سالم العلوي", "وزير المالية المغربي"), q
    text = (
        "أكدت رئيسة الجمعية الوطنية للمكفوفين أن الدعم تأخر كثيرا.\n"
        "وقالت سلمى عبد الرحيم: «لم نتلق أي مساعدة منذ بداية العام».\n"
    )
    assert one(text, "لم نتلق أي").role == "رئيسة الجمعية الوطنية للمكفوفين"


def test_a_full_name_keeps_no_nameless_post_of_another():
    # another person named since the post's story, or a post of the other
    # sex: the name is someone else's
    text = (
        "قال وزير المالية المغربي، اليوم الأحد، إنه يتوقع نمو الاقتصاد بنسبة كبيرة.\n"
        "وانتقد النائب كمال يوسف الحلبي هذه التوقعات.\n"
        "وقال أحمد بن سالم العلوي للصحفيين: «النمو سيكون ضعيفا هذا العام».\n"
    )
    assert one(text, "النمو سيكون ضعيفا").role is None
    text = (
        "قالت وزيرة المالية المغربية، اليوم الأحد، إنها تتوقع نمو الاقتصاد.\n"
        "وقال أحمد بن سالم العلوي للصحفيين: «النمو سيكون ضعيفا هذا العام».\n"
    )
    assert one(text, "النمو سيكون ضعيفا").role is None


def test_a_compound_military_rank_is_read_whole_before_the_name():
    # "أكد رئيس مجلس السيادة الفريق أول ركن X Y، أن …" then "وقال Y:": أول
    # and ركن complete the rank, they open no name (the name was "أول ركن",
    # so Y later was nobody met, with no role)
    text = (
        "شهدت العاصمة اشتباكات عنيفة لليوم الثالث.\n"
        "وأكد رئيس المجلس العسكري الانتقالي الفريق أول ركن سالم عبد الكريم الحربي، "
        "أن الجيش صد الهجوم.\n"
        'وقال الحربي: "لن نسمح بعودة المتمردين مرة أخرى".\n'
    )
    q = one(text, "لن نسمح")
    assert q.speaker == "سالم عبد الكريم الحربي", q
    assert q.role == "رئيس المجلس العسكري الانتقالي", q
    text = 'وقال اللواء ركن سالم الحربي إن "الجيش صد الهجوم على المطار".\n'
    q = one(text, "الجيش صد")
    assert (q.speaker, q.role) == ("سالم الحربي", "اللواء ركن"), q
    # الفريق in construct after a post is the team, no rank
    text = 'وقال مدرب الفريق الأول سالم الحربي إن "اللاعبين قدموا مباراة كبيرة".\n'
    q = one(text, "اللاعبين قدموا")
    assert (q.speaker, q.role) == ("سالم الحربي", "مدرب الفريق الأول"), q


def test_a_relative_joined_after_the_post_ends_the_role():
    # "الشيخ X ولي عهد أبوظبي وأخيه Y مع …": his brother (his son, his
    # counterpart) joined to the person with his pronoun is another person,
    # no word of the post (the role ran on over the brother's name)
    text = (
        "ورد في البرقية حوار بين الشيخ سالم بن راشد ولي عهد الشارقة وأخيه حمد بن راشد "
        "مع المبعوث الأمريكي.\n"
        'وقال سالم بن راشد إن "الانتخابات يجب أن تكون درسا للجميع".\n'
    )
    assert one(text, "الانتخابات يجب").role == "ولي عهد الشارقة"
    text = (
        "التقى سالم الحربي رئيس حزب الأمل وابنه كمال الحربي بالسفير في مكتبه.\n"
        'وقال سالم الحربي: "الانتخابات يجب أن تكون درسا للجميع".\n'
    )
    assert one(text, "الانتخابات يجب").role == "رئيس حزب الأمل"
    # a post coordinated with the first, without a pronoun, is his
    text = 'وقال سالم الحربي، رئيس الحزب ومؤسس الجمعية، إن "الانتخابات يجب أن تكون درسا".\n'
    assert one(text, "الانتخابات يجب").role == "رئيس الحزب ومؤسس الجمعية"


def test_the_adverb_mubasharatan_after_a_nameless_post_is_no_name():
    # "الندوة التي يعقدها وزير الاتصال والناطق الرسمي باسم الحكومة مباشرة
    # بعد …": "directly" ends the post (it was read as the name of a person
    # holding it), so the post is told with no name and "الوزير X" later
    # holds it whole
    text = (
        "انطلقت الندوة الصحفية التي يعقدها وزير الإعلام والناطق الرسمي باسم الحكومة "
        "مباشرة بعد انعقاد مجلس الحكومة.\n"
        "وتأخرت الندوة بسبب تأخر وصول الوزير سالم الحربي من مقر الوزارة.\n"
        'وقال الحربي: "الحكومة متمسكة بوقف إطلاق النار".\n'
    )
    q = one(text, "الحكومة متمسكة")
    assert q.role == "وزير الإعلام والناطق الرسمي باسم الحكومة", q
    text = (
        "وصل قاضي المحكمة الإدارية العليا مباشرة إلى القاعة بعد الاستراحة.\n"
        'وقال القاضي سالم الحربي: "الجلسة مؤجلة إلى الأسبوع المقبل".\n'
    )
    q = one(text, "الجلسة مؤجلة")
    assert (q.speaker, q.role) == ("سالم الحربي", "قاضي المحكمة الإدارية العليا"), q
    # a name before the adverb is still the name
    text = 'وقال الوزير سالم الحربي مباشرة بعد الجلسة إن "الحكومة متمسكة بوقف إطلاق النار".\n'
    q = one(text, "الحكومة متمسكة")
    assert (q.speaker, q.role) == ("سالم الحربي", "الوزير"), q


def test_an_honoured_name_after_a_post_ending_in_marks_is_the_name():
    # "وأكد رئيس هيئة الدفاع في “قضية الفتنة”، الدكتور X Y أن": the case in
    # marks ends the post, the honorific and the name after the comma are
    # the person (the case was read as his name, the name as his role)
    text = (
        "انطلقت أولى جلسات المحاكمة في العاصمة.\n"
        "وأكد رئيس هيئة الدفاع عن المتهم في “قضية الأموال”، الدكتور سالم الحربي "
        "أن موكله بريء.\n"
        "وقال الحربي: “قدمنا كل الدفوع الشكلية والموضوعية”.\n"
    )
    q = one(text, "قدمنا كل الدفوع")
    assert q.speaker == "سالم الحربي", q
    assert q.role == "رئيس هيئة الدفاع عن المتهم في “قضية الأموال”", q
    text = 'وقال رئيس حزب “الأمل الجديد”، المهندس سالم الحربي إن "الانتخابات مزورة".\n'
    q = one(text, "الانتخابات مزورة")
    assert (q.speaker, q.role) == ("سالم الحربي", "رئيس حزب “الأمل الجديد”"), q
    # a name in marks after the post, a post in the apposition: his
    text = 'وقال وزير الخارجية “علي كرتي”، المسؤول عن الملف، إن "الانتخابات مزورة".\n'
    q = one(text, "الانتخابات مزورة")
    assert q.speaker == "علي كرتي", q


def test_a_compound_name_in_one_word_or_two_is_one_name():
    # "الأمين العام لحزب الأمل سالم نصرالله" then "وأضاف نصر الله:": the
    # compound with الله (and with عبد) written apart or joined is one
    # name, so the later mention carries the post (it met nobody)
    text = (
        "وقال الأمين العام لحزب الأمل سالم نصرالله إن «المخابرات بلا أخلاق».\n"
        "وأضاف نصر الله: «لن نسكت بعد اليوم على هذه الممارسات».\n"
    )
    q = one(text, "لن نسكت")
    assert (q.speaker, q.role) == ("سالم نصرالله", "الأمين العام لحزب الأمل"), q
    text = (
        "وقال وزير الخارجية كمال عبدالرحمن الحلبي إن «المخابرات بلا أخلاق».\n"
        "وأضاف عبد الرحمن: «لن نسكت بعد اليوم على هذه الممارسات».\n"
    )
    assert one(text, "لن نسكت").role == "وزير الخارجية"
    # another compound is another name
    text = (
        "وقال وزير الخارجية كمال عبدالرحمن الحلبي إن «المخابرات بلا أخلاق».\n"
        "وأضاف عبد الله: «لن نسكت بعد اليوم على هذه الممارسات».\n"
    )
    assert one(text, "لن نسكت").role is None


def test_a_post_said_again_with_the_body_named_replaces_the_common_noun():
    # "المتحدث باسم الحركة X" then "وحذر المتحدث باسم حماس": the post said
    # again with the body's own name is the same post told better; the
    # person's role takes it (it kept "باسم الحركة", which says less)
    text = (
        "وجاء بيان المتحدث باسم الحركة سالم الحربي تعقيبا على حديث الجيش.\n"
        'وذكر الحربي في تصريح أن "الاحتلال ارتكب جريمة جديدة بحق الشبان".\n'
        'وحذر المتحدث باسم حماس من أن "استمرار الجرائم سيدفع الشباب إلى ردات فعل".\n'
    )
    assert one(text, "الاحتلال ارتكب").role == "المتحدث باسم حماس"
    assert one(text, "استمرار الجرائم").role == "المتحدث باسم حماس"
    text = (
        'وقال المتحدث باسم الحزب سالم الحربي إن "الانتخابات مزورة".\n'
        'وأكد المتحدث باسم حزب الأمل أن "النتائج لن تقبل أبدا".\n'
    )
    assert one(text, "الانتخابات مزورة").role == "المتحدث باسم حزب الأمل"
    # another body with the article names no body: the post stays
    text = (
        'وقال المتحدث باسم الحزب سالم الحربي إن "الانتخابات مزورة".\n'
        'وأكد المتحدث باسم الحكومة أن "النتائج لن تقبل أبدا".\n'
    )
    assert one(text, "الانتخابات مزورة").role == "المتحدث باسم الحزب"


def test_a_name_in_marks_after_the_place_of_a_post_is_the_holder():
    # "عن السفيرة الأمريكية السابقة بالقاهرة «X Y» أنها أرسلت …" then
    # "وقالت السفيرة": the name in marks after where the post is held
    # (بالقاهرة) is the holder's, so the bare title later is she, with the
    # whole post (the phrase ended at بالقاهرة and the title stood alone)
    text = (
        "ذكرت إحدى الوثائق عن السفيرة الأمريكية السابقة بالقاهرة «سلمى الحربي» "
        "أنها أرسلت رسالة سرية.\n"
        'وقالت السفيرة "إن الانتخابات لن تكون حرة".\n'
    )
    q = one(text, "الانتخابات لن")
    assert q.speaker == "سلمى الحربي", q
    assert q.role == "السفيرة الأمريكية السابقة بالقاهرة", q
    text = 'وقالت السفيرة الأمريكية بالقاهرة «سلمى الحربي» إن "الرئيس ينوي الترشح".\n'
    q = one(text, "الرئيس ينوي")
    assert (q.speaker, q.role) == ("سلمى الحربي", "السفيرة الأمريكية بالقاهرة"), q
    # the words she said, in marks after the place, are no name
    text = "وقالت السفيرة الأمريكية بالقاهرة «الوضع خطير جدا في البلاد».\n"
    assert one(text, "الوضع خطير").speaker == "السفيرة الأمريكية"


def test_the_official_spelt_with_hamza_on_ya_takes_its_complement():
    # "أن المسئول عن ملف «مكافحة الإرهاب» في السعودية، قال": المسئول (the
    # Egyptian and Gulf spelling, folded مسيول) is المسؤول, whose عن opens
    # what he is in charge of; its words were listed in one spelling only,
    # so the role stopped at the bare title
    text = 'وقال المسئول عن ملف الإرهاب في الوزارة إن "الوضع خطير جدا في البلاد".\n'
    assert one(text, "الوضع خطير").role == "المسئول عن ملف الإرهاب في الوزارة"
    text = (
        "كشفت برقية أن المسئول عن ملف «مكافحة الإرهاب» في السعودية، قال "
        "«إن الوضع خطير جدا في البلاد».\n"
    )
    assert one(text, "الوضع خطير").role == "المسئول عن ملف «مكافحة الإرهاب»"
    # the bare title stays bare
    text = 'وقال المسئول إن "الوضع خطير جدا في البلاد".\n'
    assert one(text, "الوضع خطير").role == "المسئول"


def test_a_body_in_marks_after_la_completes_a_nameless_title():
    # "لدى حديث الأمين العام لـ«حزب الله» عن …": the body in marks glued to
    # لـ after a title with no name is the title's genitive, part of the
    # post (the phrase ended at لـ as before an outlet told, and the role
    # was the bare "الأمين العام")
    text = (
        "وكشفت أن الرئيس فوجئ لدى حديث الامين العام لـ «حزب الأمل» عن المخابرات، "
        "إذ اعتبرهم «بلا أخلاق، ويسعون وراء النساء فقط».\n"
    )
    assert one(text, "بلا أخلاق").role == "الامين العام لـ «حزب الأمل»"
    text = "وقال الأمين العام لـ«حركة النهضة» إن «المخابرات بلا أخلاق ولا ضمير».\n"
    assert one(text, "المخابرات بلا").role == "الأمين العام لـ«حركة النهضة»"
    # an outlet in marks after لـ is the one told, no part of the post
    text = "وصرح الأمين العام للاتحاد لـ«الشروق» بأن «المخابرات بلا أخلاق ولا ضمير».\n"
    assert one(text, "المخابرات بلا").role == "الأمين العام للاتحاد"
