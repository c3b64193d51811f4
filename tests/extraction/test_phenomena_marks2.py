"""Quote marks and unmarked speech as real web text writes them (the
real-article sets r6-r8).

Every article here is written for the test, in sentences that are not in
the real articles; each test fails without the rule it names.
"""

from tests.extraction.helpers import one, quotes_of


def test_straight_apostrophes_used_as_quote_marks():
    # '…': a page that typed each mark as one straight apostrophe, after a
    # that-clause's subject and after a participle; a name in apostrophes
    # after a label noun stays a name, a Latin apostrophe stays a letter
    text = (
        "وقال وزير الزراعة سالم العتيبي، أمس، إن الحكومة 'ستدعم صغار المزارعين بقروض "
        "ميسرة هذا العام'، مؤكدا أن 'الموسم سيكون أفضل من سابقه'. وزار الوزير مشروع "
        "'الواحة الخضراء' في الجنوب برفقة ممثل عن شركة l'eau الفرنسية.\n"
    )
    q = one(text, "ستدعم صغار المزارعين")
    assert q.text == "ستدعم صغار المزارعين بقروض ميسرة هذا العام", q
    assert q.speaker == "سالم العتيبي" and q.role == "وزير الزراعة", q
    q = one(text, "الموسم سيكون")
    assert q.text == "الموسم سيكون أفضل من سابقه" and q.speaker == "سالم العتيبي", q
    assert len(quotes_of(text)) == 2


def test_an_opener_glued_to_the_word_before_it_with_the_space_after():
    # 'أن" …".' / 'أيضا” …”': the opening mark typed after the word before
    # it, its space after it; the next mark of its family on the line
    # closes the quote
    text = (
        'وأوضح مدير المستشفى نادر الكيلاني أن" الأجهزة الجديدة وصلت الأسبوع الماضي"، '
        "مشيرا إلى أن الطاقم “يعمل دون توقف”، وإنما أيضا” يحتاج إلى دعم عاجل”.\n"
    )
    q = one(text, "الأجهزة الجديدة")
    assert q.text == "الأجهزة الجديدة وصلت الأسبوع الماضي", q
    assert q.speaker == "نادر الكيلاني" and q.role == "مدير المستشفى", q
    q = one(text, "يحتاج إلى دعم")
    assert q.text == "يحتاج إلى دعم عاجل" and q.speaker == "نادر الكيلاني", q
    assert len(quotes_of(text)) == 3


def test_a_name_in_marks_right_after_a_verb_of_saying_is_its_subject():
    # 'وقالت "X" إن …', 'وأضاف "X" في حوار …': one or two words in marks
    # right after the verb, the sentence going on after them: the verb's
    # subject, set in marks (Egyptian sites do it with names), not words said
    text = (
        'وقالت "الأهرام" إن الحكومة ستخفض الأسعار. وقال مدير الجمعية سامح رزق إن '
        '"الأسعار ما زالت مرتفعة". وأضاف "رزق" في حوار تلفزيوني: "ننتظر قرارات أخرى".\n'
    )
    assert not [q for q in quotes_of(text) if q.text in ("الأهرام", "رزق")]
    q = one(text, "ننتظر قرارات")
    assert q.speaker == "سامح رزق", q


def test_two_words_in_marks_after_the_addressee_and_an_aside_end_the_sentence():
    # 'وقال لزائره بحسب المحضر «…».': between the verb of saying and the
    # marks only its addressee and a source aside, and the marks end the
    # sentence: two words said, as if they followed the verb
    text = (
        "ونقلت البرقية أن الوزير خالد المنصوري رفض الطلب. وقال المنصوري لدبلوماسي "
        "غربي بحسب الوثيقة «انسوا الأمر».\n"
    )
    q = one(text, "انسوا الأمر")
    assert q.text == "انسوا الأمر" and q.speaker == "خالد المنصوري", q


def test_unmarked_speech_ends_where_the_next_cue_and_its_colon_begin():
    # "قائلا: …، مضيفا: …" / "… مضيفا : «…»": speech after a colon with
    # no marks runs to the end of its sentence, but a participle of saying
    # and its colon in it open the next words said
    text = (
        "وتحدث رئيس النقابة وائل حمدان عن الأزمة قائلا: الأجور لم ترتفع منذ ثلاث سنوات، "
        "مضيفا: سنواصل الاحتجاج حتى تستجيب الحكومة. وأكد حمدان: الإضراب قانوني "
        "ومشروع تماما مؤكدا : «لن نتراجع عن مطالبنا».\n"
    )
    q = one(text, "الأجور لم ترتفع")
    assert q.text == "الأجور لم ترتفع منذ ثلاث سنوات", q
    assert q.speaker == "وائل حمدان", q
    q = one(text, "سنواصل الاحتجاج")
    assert q.text == "سنواصل الاحتجاج حتى تستجيب الحكومة" and q.speaker == "وائل حمدان", q
    q = one(text, "الإضراب قانوني")
    assert q.text == "الإضراب قانوني ومشروع تماما", q


def test_speech_on_the_line_after_a_verb_of_saying_and_its_colon():
    # "وقال الوزير:" closing its line, his words on the next line without
    # marks; a byline ("كتب X:") on its own line is still no quotation
    text = (
        "كتب سليم الفاسي:\n"
        "زار وزير التجهيز عادل بنسالم ورشة الطريق السيار أمس. وقال الوزير:\n"
        "الأشغال ستنتهي قبل الصيف المقبل ولن نقبل أي تأخير.\n"
        "وغادر الوزير الورشة ظهرا.\n"
    )
    q = one(text, "الأشغال ستنتهي")
    assert q.text == "الأشغال ستنتهي قبل الصيف المقبل ولن نقبل أي تأخير", q
    assert q.speaker == "عادل بنسالم" and q.role == "وزير التجهيز", q
    assert len(quotes_of(text)) == 1
