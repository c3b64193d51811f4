"""Quote finding and the quote spans behind a speaker (find6, 2026-12-04):
the outlet CNN spelt out in marks ("سي إن إن"), whose last word folds like
أنّ; words said without closed marks end where the narrator resumes with a
connective, a verb of saying and its that-clause ("…، لكنه أوضح أن …"),
or where a clause of the narrator's after a comma opens speech of its own
("يقول X: …، وفي برقية أخرى يقول Y لـZ: …"); a channel's name in marks after
فضائية/تلفزيون/راديو; in text hard-wrapped at a fixed width, an opener left
at the end of its line ("… 2010 "\nيقول …"); a "وقال" inside marks that open
after the subject of أنّ ("أن الوزير «التقى …، وقال له: …»") goes on with
that subject, no narrator's verb splitting two quotes; a person's name in
marks after his title ("رئيس الحكومة الحالي “سعد الدين العثماني”"); the
owner of a recording or a quotation a relative clause takes up ("تسجيلا
صوتيا للوزير يقول فيه «…»") speaks, not who published it; a sentence after
a quote that opens with the tone it was said in ("«…». بنبرة حاسمة خاطب X")
names its speaker, and so do the voices that rise right after it ("«…» تعالت
هتافات المحتجين").

Every sentence here is invented. The positive tests fail before the rule
they test; the negative ones hold the near misses where it must not fire.
"""

from claims.extraction import extract


def _texts(text):
    return [q.text for q in extract(text)]


def test_cnn_spelt_out_in_marks_is_a_name_not_an_opener():
    # 'لشبكة "سي إن إن" أمس: "…"': the mark after the last إن closes the
    # outlet's name; read as glued to أنّ it opened a quote of its own
    for text, said in (
        (
            'وقال مسؤول أمريكي في تصريحات لشبكة "سي إن إن" أمس: '
            '"لن نتراجع عن دعم الحلفاء في المنطقة".',
            "لن نتراجع عن دعم الحلفاء في المنطقة",
        ),
        (
            "وقال وزير الخارجية الأردني لشبكة «سي إن إن» الأمريكية: "
            "«الحل السياسي هو الطريق الوحيد».",
            "الحل السياسي هو الطريق الوحيد",
        ),
        (
            'وأوضح المتحدث باسم الجيش لقناة "سي إن إن" مساء الخميس: '
            '"العملية انتهت بنجاح ولا خسائر بين المدنيين".',
            "العملية انتهت بنجاح ولا خسائر بين المدنيين",
        ),
    ):
        assert _texts(text) == [said], text


def test_a_mark_glued_to_that_still_opens():
    # 'إن" الحكومة …"': an opener typed glued to أنّ, with its space after it
    for text, said in (
        (
            'وقال الوزير إن" الحكومة ستواصل العمل على الإصلاح".',
            "الحكومة ستواصل العمل على الإصلاح",
        ),
        (
            'وأكدت النائبة أن" القانون الجديد لن يمر دون نقاش".',
            "القانون الجديد لن يمر دون نقاش",
        ),
    ):
        assert _texts(text) == [said], text


def test_speech_without_closed_marks_ends_where_the_narrator_resumes():
    # "قال X: …، لكنه أوضح أن …", 'وصرح أحدهم" …، فيما أكد آخرون أنهم …':
    # a connective in the third person, a verb of saying and its
    # that-clause report the rest; the words said end at the comma
    for text, said in (
        (
            "قال وزير المالية المغربي، أحمد العلوي، اليوم الاثنين: إن الحكومة قلقة "
            "من ارتفاع الأسعار، لكنه أوضح أنه لا خيار أمامها سوى الإصلاح.",
            "إن الحكومة قلقة من ارتفاع الأسعار",
        ),
        (
            "وقالت الوزيرة: إنها تتوقع تحسنا في المؤشرات خلال الربع المقبل، لكنها "
            "أشارت إلى أن الظروف الدولية صعبة.",
            "إنها تتوقع تحسنا في المؤشرات خلال الربع المقبل",
        ),
        (
            "وقال المتحدث باسم الحزب: لن نشارك في هذه الانتخابات المزورة، بينما "
            "أكد قياديون آخرون أنهم سيشاركون فيها.",
            "لن نشارك في هذه الانتخابات المزورة",
        ),
        (
            'وصرح أحد المتهمين" لم أكن أعرف أن هذا العمل مخالف للقانون، فيما أكد '
            "آخرون أنهم أبرياء من التهم.",
            "لم أكن أعرف أن هذا العمل مخالف للقانون",
        ),
        (
            "وقال النائب: الحكومة فشلت في كل الملفات، غير أنه أقر بأن بعض الوزراء بذلوا جهودا.",
            "الحكومة فشلت في كل الملفات",
        ),
    ):
        assert _texts(text) == [said], text


def test_the_speakers_own_but_goes_on_with_his_words():
    # "لكننا نحترم …" (his "we"), "لكنه لن يكون …" (no verb of saying),
    # "كما أكدت أن …" (his "I", no subject after the verb)
    for text, said in (
        (
            "وقال المدرب: نحن جاهزون للمباراة، لكننا نحترم المنافس كثيرا.",
            "نحن جاهزون للمباراة، لكننا نحترم المنافس كثيرا",
        ),
        (
            "وقال الرئيس: سنواصل الحوار مع الجميع، لكنه لن يكون حوارا بلا نهاية.",
            "سنواصل الحوار مع الجميع، لكنه لن يكون حوارا بلا نهاية",
        ),
        (
            "وقال الوزير: الوضع صعب جدا، كما أكدت أن الحكومة ستتجاوزه.",
            "الوضع صعب جدا، كما أكدت أن الحكومة ستتجاوزه",
        ),
    ):
        assert _texts(text) == [said], text


def test_colon_speech_ends_before_the_next_speakers_clause_and_colon():
    # "يقول X: …، وفي برقية أخرى يقول Y لـZ: …": after the comma, an
    # adverbial, a verb of saying, its subject and a colon: two statements
    for text, said in (
        (
            "وفي إحدى البرقيات يقول السفير: القناة أقوى من أي حزب معارض، وفي برقية "
            "أخرى يقول وزير الخارجية لزائر أمريكي: لقد تعبنا من شكاواكم المتكررة.",
            ["القناة أقوى من أي حزب معارض", "لقد تعبنا من شكاواكم المتكررة"],
        ),
        (
            "يقول الوزير: سنبني ألف مدرسة هذا العام، ثم يقول رئيس الوزراء في المؤتمر "
            "نفسه: لا أموال كافية لذلك.",
            ["سنبني ألف مدرسة هذا العام", "لا أموال كافية لذلك"],
        ),
        (
            "وفي الوثيقة يقول المستشار: الجيش يراقب كل شيء في البلاد، وفي رسالة "
            "لاحقة كتب السفير إلى واشنطن: الوضع تحت السيطرة تماما.",
            ["الجيش يراقب كل شيء في البلاد", "الوضع تحت السيطرة تماما"],
        ),
    ):
        assert _texts(text) == said, text
    quotes = extract(
        "يقول الوزير: سنبني ألف مدرسة هذا العام، ثم يقول رئيس الوزراء في المؤتمر "
        "نفسه: لا أموال كافية لذلك."
    )
    assert [q.speaker for q in quotes] == ["الوزير", "رئيس الوزراء"]


def test_what_was_said_to_the_speaker_stays_in_his_words():
    # "وقال لي أحد اللاعبين: …": the speaker tells what he was told
    text = "وقال المدرب: خسرنا لأننا لم نركز، وقال لي أحد اللاعبين بعد المباراة: كنا متعبين جدا."
    assert _texts(text) == [
        "خسرنا لأننا لم نركز، وقال لي أحد اللاعبين بعد المباراة: كنا متعبين جدا"
    ]


def test_a_channels_name_in_marks_after_its_noun_is_no_quote():
    # 'عبر فضائية "إم بي سي مصر"', 'لراديو "موزاييك أف أم"': the outlet a
    # statement was given to, named in marks after its noun (as after قناة)
    for text, said in (
        (
            "وأضاف الوزير، خلال اتصال هاتفي ببرنامج “الحكاية” المذاع عبر فضائية "
            "“إم بي سي مصر”، مساء الجمعة، “الفترة صعبة على الجميع ولكننا قادرون "
            "على السداد”.",
            "الفترة صعبة على الجميع ولكننا قادرون على السداد",
        ),
        (
            'وأكد المتحدث في تصريح لراديو "موزاييك أف أم" أن "الإضراب سيتواصل حتى تحقيق المطالب".',
            "الإضراب سيتواصل حتى تحقيق المطالب",
        ),
    ):
        assert _texts(text) == [said], text


def test_an_opener_ending_a_hard_wrapped_line_opens_the_next_one():
    # '… تعود الى الخامس من مارس 2010 "\nيقول …\n… الدولة".': the line wraps
    # right after the opener; the words run on over the wrapped lines
    for text, said in (
        (
            'ونقلت صحيفة "الغارديان" عن وثيقة سرية تعود الى الخامس من مارس 2010 "\n'
            "يقول دبلوماسي اوروبي ان الحكومة تملك فعلا هذه الاسلحة\n"
            'لكنها لا تتحدث عنها لانها تعتبرها من اسرار الدولة".\n'
            "وكان الوزير قد نفى ذلك في وقت سابق.",
            "يقول دبلوماسي اوروبي ان الحكومة تملك فعلا هذه الاسلحة\n"
            "لكنها لا تتحدث عنها لانها تعتبرها من اسرار الدولة",
        ),
        (
            'وقال رئيس الوزراء امام البرلمان يوم الثلاثاء "\n'
            "لن نسمح لاي جهة بالتدخل في شؤوننا الداخلية مهما كانت\n"
            'الضغوط التي نتعرض لها".',
            "لن نسمح لاي جهة بالتدخل في شؤوننا الداخلية مهما كانت\nالضغوط التي نتعرض لها",
        ),
    ):
        assert _texts(text) == [said], text


def test_a_mark_ending_a_finished_line_opens_nothing_on_the_next():
    # '… الحكومة".\n': a closer at the end of a sentence, and a paragraph
    # whose opener at its end is never closed
    text = 'وقال الوزير "الحكومة باقية".\nوأضاف المتحدث "\n\nالاجتماع انتهى دون اتفاق.'
    assert _texts(text) == ["الحكومة باقية"]


def test_a_verb_of_saying_inside_the_predicate_of_that_in_marks_goes_on_with_it():
    # 'أن الوزير «التقى السفير …، وقال له: إن …»': the marks open after أنّ's
    # subject and tell of him in the third person; his "وقال" is part of
    # that account (the document's words), one quote
    for text, speaker in (
        (
            "وذكرت الوثيقة أن الوزير «التقى السفير في مكتبه يوم الاثنين الماضي، وقال "
            "له حينها: إن الحكومة لن تتراجع عن قرارها أبدا».",
            "الوثيقة",
        ),
        (
            "وكشفت البرقية أن الملك «استقبل الوفد الأمريكي في قصره بالرباط، وقال "
            "للضيوف: نحن حلفاء منذ زمن طويل ولن نتخلى عنكم».",
            "البرقية",
        ),
        (
            "لكن الوثيقة أشارت إلى أن الرئيس «نسي خلال لقائه النائب الأمريكي عمر "
            "«سالم» الحقيقي، وقال وقتها للسيناتور: إن «سالم» لم يتجاوز 41 عاما، "
            "بينما كان عمره وقتها 44 عاما».",
            "الوثيقة",
        ),
    ):
        quotes = extract(text)
        assert len(quotes) == 1, (text, quotes)
        assert quotes[0].speaker == speaker and "وقال" in quotes[0].text, text


def test_the_narrators_verb_inside_the_words_after_that_still_splits():
    # 'إن “…،وأضاف في تصريح صحفي، …”': the marks open right after إنّ, the
    # speaker's words; the narrator's verb inside them splits two quotes
    text = (
        "قال النائب كريم الساعدي، الأحد، إن “الحكومة الحالية عاجزة عن حل أزمة "
        "الكهرباء والصيف على الأبواب،وأضاف في تصريح صحفي، الوزارة لم تنفذ أي "
        "مشروع جديد منذ ثلاث سنوات رغم الأموال الطائلة”."
    )
    assert len(_texts(text)) == 2


def test_a_persons_name_in_marks_after_his_title_is_no_quote():
    # "وافق عليها رئيس الحكومة الحالي “X Y Z”", "اتخذه وزير الداخلية “X بن
    # Y”": two or three words opening with a given name, after a title
    for text in (
        "قال الأمين العام للحزب عبد الإله بن كيران، في كلمة مسجلة، إن حزبه "
        "قدم تنازلات كبيرة وافق عليها رئيس الحكومة الحالي “سعد الدين العثماني”.",
        "وأكد المتحدث أن القرار اتخذه وزير الداخلية “كمال بن عمر”.",
        'وقال النائب إن الملف بيد رئيس الجمهورية "سالم بن حميد الدباغ" منذ أشهر.',
    ):
        assert _texts(text) == [], text


def test_words_in_marks_after_a_title_that_are_no_name_stay_quotes():
    # "رئيس الحكومة “لم يتخذ …”", "ما قاله رئيس الحكومة “كلام غير مسؤول”"
    for text, said in (
        ("وأكد المتحدث أن وزير الداخلية “لم يتخذ أي قرار”.", "لم يتخذ أي قرار"),
        ("وقالت الوزيرة إن ما قاله رئيس الحكومة “كلام غير مسؤول”.", "كلام غير مسؤول"),
    ):
        assert _texts(text) == [said], text


def test_the_owner_of_a_recording_speaks_in_it():
    # "ونشرت الصحيفة تسجيلا صوتيا للوزير يقول فيه «…»": فيه takes up the
    # recording; its owner, after it with لـ or من, speaks
    for text, speaker in (
        (
            'ويورد الموقع اقتباسا من البرقية لصالح يقول فيه "نحن بانتظار معلومات من جانبكم".',
            "صالح",
        ),
        (
            'ونشرت الصحيفة تسجيلا صوتيا للوزير يقول فيه "لن نسمح بتمرير هذا القانون".',
            "الوزير",
        ),
        (
            'وبثت القناة مقطعا مصورا لزعيم الحركة يقول فيه: "المعركة لم تنته بعد".',
            "زعيم الحركة",
        ),
        (
            'وتداول ناشطون فيديو للنائبة تقول فيه "سأستقيل إذا لم تتغير الأمور".',
            "النائبة",
        ),
    ):
        quotes = extract(text)
        assert [q.speaker for q in quotes] == [speaker], text


def test_a_recording_with_no_owner_is_its_publishers():
    # "ونشر الوزير تسجيلا يقول فيه": no owner after it; the verb's subject
    text = 'ونشر الوزير سامي الكرمي تسجيلا صوتيا على صفحته يقول فيه "لن نسمح بتمرير هذا القانون".'
    assert [q.speaker for q in extract(text)] == ["سامي الكرمي"]


def test_the_tone_opening_the_sentence_after_a_quote_names_its_speaker():
    # "«…». بنبرة حاسمة خاطب رئيس المحكمة X المتهمين": the tone of the words,
    # then the verb (whatever it is) and its subject, who said them
    for text, speaker in (
        (
            "«نحن لسنا في ملعب كرة، نحن في المحكمة!». بنبرة حاسمة خاطب رئيس المحكمة "
            "العميد سامي فرح المتهمين أمس، وهو يحاول ضبط الجلسة.",
            "سامي فرح",
        ),
        (
            "«لن أتراجع عن قراري مهما كان الثمن». بلهجة غاضبة ردت الوزيرة ليلى الحداد "
            "على منتقديها في البرلمان.",
            "ليلى الحداد",
        ),
    ):
        assert [q.speaker for q in extract(text)] == [speaker], text


def test_a_tone_after_a_quote_with_its_own_cue_changes_nothing():
    text = "قال الوزير سمير العلوي: «سنواصل العمل». بصوت عال هتف المتظاهرون ضد الحكومة."
    assert [q.speaker for q in extract(text)] == ["سمير العلوي"]


def test_the_voices_rising_right_after_a_quote_said_it():
    # "«…» تعالت هتافات المحتجين أمام البرلمان": a verb of voices rising and
    # the voices, right after the words, with no cue before them
    for text, speaker in (
        (
            "«ما بدنا نتحاكم وفي متهمين برا» تعلو أصوات من داخل القفص، فيما وكلاء "
            "الدفاع خرجوا من القاعة.",
            "أصوات",
        ),
        (
            "«الشعب يريد إسقاط النظام» تعالت هتافات المحتجين أمام مقر البرلمان مساء أمس.",
            "هتافات المحتجين",
        ),
        (
            "«ارحل ارحل يا وزير» ارتفعت أصوات العمال المعتصمين أمام الوزارة.",
            "أصوات العمال",
        ),
    ):
        assert [q.speaker for q in extract(text)] == [speaker], text


def test_voices_rising_after_a_quote_with_its_cue_change_nothing():
    text = "قال الوزير: «سنواصل العمل رغم كل شيء»، وارتفعت أصوات المعارضين في القاعة."
    assert [q.speaker for q in extract(text)] == ["الوزير"]
