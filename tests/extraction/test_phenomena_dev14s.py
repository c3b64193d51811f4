"""Quote spans on real news (dev14s, second session of 2026-12-05).

1. A name in marks of another family spaced on both sides inside a quote
   ("«لا أظن أن العقيد ” X Y ” يرغب في …»", with " or ” for the inner
   marks): the inner pair nests in the quote, which goes on to its own
   closer (before, the first spaced mark closed the outer quote as a
   mixed pair, and the words split in two). Not a spaced mark with no
   closer of its family after it on the line, nor one the outer closer
   does not follow.
2. "واستكمل الوزير: …" (he went on): a verb of going on, as وواصل and
   وأكمل, glued to و/ف only; its colon opens words said (before, the
   verb was no cue and the words were lost). Not the bare verb, nor the
   verb of completing a task with no colon or marks after it.
3. A name of up to three words in marks right after a verb of saying,
   then where or in what he spoke ('وقال "X بن Y" في رسالة …', "خلال
   كلمته", "في تغريدة …:"): the verb's subject, not words said (before,
   three words were a quote, and the words after the colon lost their
   speaker). Not words said in marks opening with a negation or a
   present verb ('وقال "لن نتراجع أبدا" في بيان').
4. Unmarked words said end at "، ودعى" (دعا misspelt with ى): the
   narrator resumes (before, the words ran to the sentence's end). Not
   the speaker's own words after the comma ("، ودعوتنا مفتوحة").
5. A verb of saying, its colon, then أنّ written with its hamza above
   ("وقال X في مؤتمر صحفي: أن الوضع …"): a that-clause, his words
   reported, as after بأنّ (before, they were filed as words said; the
   real-news gold does not). Not إنّ, which opens direct words, nor a
   bare ان, nor a first-person verb that opens with أن ("أنهينا").
6. A verb of saying, its subject elided, then the occasion of its words
   right after it ("وقال على هامش فعاليات المعرض الذي افتتح اليوم …
   للإعلان عن …:", "وقال خلال المؤتمر الصحفي الذي عقده …:"): the colon
   opens the words said however long the occasion (before, twenty words
   between verb and colon lost them). Not a short list after the colon,
   nor another verb.
7. Three words in marks after a relative pronoun, a present verb first,
   in the sentence of a verb of taking a stance that has a subject
   ('انتقد X أصحاب المحلات، الذين "يرفعون الأسعار عمدا"'): the words he
   described them with, his (before, three words with no cue were
   dropped; four were kept). Not with no stance verb, nor a name.
8. A headline's words after its colon, the paragraphs run together (a
   scraped page), end where the text's first two words recur, the
   speaker's title or name again ("وزير مالية X: الوضع صعب جدا وزير
   المالية في X، Y كتب : …", a photo caption or the lead; before, the
   words ran on into them). Not the title's first word with another
   second word, nor past the text's first sentence.
9. A verb of saying, then its subject alone up to the colon, a title or
   an honorific first and no comma, however long ("وقال الدكتور X Y نائب
   رئيس الوزراء ووزير الري … في الحكومة الجديدة: …", Egyptian press;
   before, ten words or more between verb and colon lost the words said).
   Not a short list after the colon, nor a list's head before it (منها),
   nor another verb.
"""

from __future__ import annotations

from tests.extraction.helpers import one, quotes_of

INNER = "لا أظن أن العقيد {o}سالم البرغوثي{c} يرغب في خوض الانتخابات المقبلة لأن مهمته حماية الحدود"


def test_spaced_name_in_marks_of_another_family_nests() -> None:
    for o, c in (("” ", " ”"), ('" ', ' "'), ("“ ", " ”"), ("” ", "”"), ('" ', '"')):
        said = INNER.format(o=o, c=c)
        q = one(f"وتابع العميد نادر الكيلاني قائلا: «{said}».\n", "يرغب في خوض")
        assert q.text == said
        assert q.speaker == "نادر الكيلاني"
    # the same in “…” with a spaced " pair inside
    said = INNER.format(o='" ', c=' "')
    q = one(f"وأضاف الكيلاني: “{said}”.\n", "حماية الحدود")
    assert q.text == said


def test_near_miss_spaced_mark_closes_a_mixed_pair() -> None:
    # the outer quote closes with a mark of another family, spaced: a
    # mixed pair, with no second mark of that family on the line after it
    text = "وقال المدير رامي الفاخوري: «سنفتح أبواب المصنع أمام الزوار ” ثم غادر القاعة.\n"
    q = one(text, "سنفتح أبواب")
    assert q.text == "سنفتح أبواب المصنع أمام الزوار"
    # two spaced marks of one family, but the outer closer does not follow
    # them: each pair stands as the marks find it
    text = "قال الفاخوري: «سنفتح أبواب المصنع ” غدا صباحا ” وسط المدينة.\n"
    q = one(text, "سنفتح أبواب")
    assert q.text == "سنفتح أبواب المصنع"


def test_going_on_with_istakmala_and_a_colon() -> None:
    said = "يجب أن نأخذ الأرقام من مصادرها الرسمية وحدها"
    for verb, speaker in (("واستكمل", "وزير الري"), ("واستكملت", "وزيرة الري")):
        text = f"وقال {speaker} في المؤتمر: نتابع الموقف يوميا. {verb} {speaker}: {said}.\n"
        q = one(text, "مصادرها الرسمية")
        assert q.text == said
        assert q.speaker == speaker
    text = f"وقال وزير الري عماد الشناوي: نتابع الموقف يوميا.\nواستكمل: {said}.\n"
    q = one(text, "مصادرها الرسمية")
    assert q.text == said
    assert q.speaker == "عماد الشناوي"


def test_near_miss_istakmala_completing_a_task() -> None:
    text = "واستكملت اللجنة الفنية أعمالها في المحطة الجديدة خلال الأسبوع الماضي.\n"
    assert quotes_of(text) == []
    text = "واستكمل الفريق «المرحلة الثانية» في الموعد.\n"
    assert quotes_of(text) == []
    # the bare verb (no و/ف) stays no cue
    text = "استكمل وزير الري: يجب أن نأخذ الأرقام من مصادرها الرسمية وحدها.\n"
    assert all(q.cue != "استكمل" for q in quotes_of(text))


def test_name_of_three_words_in_marks_then_the_occasion() -> None:
    # the subject in marks, as some outlets set names, then where he spoke
    for after in (
        "في رسالة بمناسبة العام الدراسي الجديد.",
        "خلال كلمته في حفل التخرج بالعاصمة.",
        "في وثيقة وزعها على المدارس.",
    ):
        assert quotes_of(f'وقال "سالم بن حمدان" {after}\n') == []
    said = "المدارس جاهزة لاستقبال الطلاب في موعدها"
    text = f'وأضاف "عبد الكريم الزيدي" في تغريدة على حسابه: "{said}".\n'
    assert [q.text for q in quotes_of(text)] == [said]


def test_near_miss_words_in_marks_then_the_occasion() -> None:
    # a negation or a present verb opens words said, not a name
    text = 'وقال المدير "لن نتراجع أبدا" في بيان صدر مساء الأحد.\n'
    assert [q.text for q in quotes_of(text)] == ["لن نتراجع أبدا"]
    text = 'وقال "نرفض هذا القرار" في بيان صدر مساء الأحد.\n'
    assert [q.text for q in quotes_of(text)] == ["نرفض هذا القرار"]


SPEECH = "قال المحافظ رامز العتيبي مخاطبا أهالي المدينة: افتحوا أبوابكم للزوار .. المدينة تنتظركم"


def test_unmarked_words_end_at_the_narrators_misspelt_called_on() -> None:
    text = f"{SPEECH} ، ودعى التجار إلى خفض الأسعار خلال الموسم المقبل.\n"
    q = one(text, "افتحوا أبوابكم")
    assert q.text == "افتحوا أبوابكم للزوار .. المدينة تنتظركم"
    assert q.speaker == "رامز العتيبي"


def test_near_miss_unmarked_words_going_on_after_a_comma() -> None:
    # the speaker's own words after the comma: no verb of the narrator
    text = f"{SPEECH} ، ودعوتنا مفتوحة للجميع خلال الموسم المقبل.\n"
    q = one(text, "افتحوا أبوابكم")
    assert q.text.endswith("ودعوتنا مفتوحة للجميع خلال الموسم المقبل")


REPORTED = "الوضع الأمني مستقر تماما في المحافظات الشمالية منذ أسابيع"


def test_colon_then_anna_with_its_hamza_above_reports() -> None:
    # أنّ (its hamza written above the alef) after the colon opens a
    # that-clause, his words reported, as بأنّ does; direct words open
    # with إنّ
    for that in ("أن", "أنه", "أنها"):
        text = f"وقال العقيد فارس الدباغ في مؤتمر صحفي: {that} {REPORTED}.\n"
        assert quotes_of(text) == []


def test_near_miss_colon_then_inna_or_a_verb_with_hamza() -> None:
    text = f"وقال العقيد فارس الدباغ في مؤتمر صحفي: إن {REPORTED}.\n"
    assert one(text, "مستقر تماما").text == f"إن {REPORTED}"
    # "ان" with no hamza written: the writer's spelling tells nothing
    text = f"وقال العقيد فارس الدباغ في مؤتمر صحفي: ان {REPORTED}.\n"
    assert one(text, "مستقر تماما").text == f"ان {REPORTED}"
    # a verb in the first person that opens with أن (أنهينا)
    text = "وقال العقيد فارس الدباغ: أنهينا المرحلة الأولى من الخطة بنجاح.\n"
    assert one(text, "المرحلة الأولى").text == "أنهينا المرحلة الأولى من الخطة بنجاح"


SAID_LONG = "كل ما يقال عن نقص الأسمدة في الأسواق كلام لا أساس له"


def test_colon_after_a_long_occasion_right_after_the_verb() -> None:
    for occasion in (
        "على هامش فعاليات المعرض الزراعي الذي افتتح اليوم في مدينة الواحات الجديدة "
        "للإعلان عن خطة الموسم الزراعي المقبل",
        "خلال المؤتمر الصحفي الذي عقده صباح اليوم في مقر الوزارة بالعاصمة الإدارية "
        "للإعلان عن نتائج الموسم الزراعي الماضي",
    ):
        q = one(f"وقال {occasion} : {SAID_LONG}.\n", "نقص الأسمدة")
        assert q.text == SAID_LONG


def test_near_miss_long_occasion_then_a_short_list() -> None:
    occasion = (
        "على هامش فعاليات المعرض الزراعي الذي افتتح اليوم في مدينة الواحات الجديدة "
        "بحضور ممثلي الجمعيات والنقابات والغرف المهنية"
    )
    assert quotes_of(f"وقال {occasion}: القمح والذرة.\n") == []
    # not another verb, whose colon opens the writer's list
    text = f"وتحدث {occasion} عن أولويات الموسم: {SAID_LONG}.\n"
    assert quotes_of(text) == []


def test_three_words_of_a_relative_clause_after_a_stance_verb() -> None:
    for relative, verb in (("الذين", "يرفعون"), ("التي", "ترفع"), ("الذي", "يرفعون")):
        text = f'انتقد رئيس البلدية سامر الخطيب أصحاب المحلات، {relative} "{verb} الأسعار عمدا".\n'
        q = one(text, "الأسعار عمدا")
        assert q.text == f"{verb} الأسعار عمدا"
        assert q.speaker == "سامر الخطيب"


def test_near_miss_three_words_after_a_relative_with_no_stance() -> None:
    # no verb of taking a stance opens the sentence: a title, a slogan
    text = 'وزار رئيس البلدية سامر الخطيب المعرض، الذي "يجمع الحرفيين المحليين".\n'
    assert quotes_of(text) == []
    # a name after the relative, no present verb first
    text = 'انتقد رئيس البلدية سامر الخطيب الجمعية، التي "رابطة التجار الأحرار" تمثلها.\n'
    assert quotes_of(text) == []


def test_headline_run_into_a_caption_naming_the_speaker_again() -> None:
    # paragraphs run together (a scraped page): the headline's words end
    # where its first two words, the speaker's, recur (a photo caption, the
    # lead)
    text = (
        "وزير مالية حكومة الإنقاذ لا يستبعد رفع الضرائب: الوضع صعب جدا "
        "وزير المالية في حكومة الإنقاذ، رامي الساعدي كتب : وكالات "
        "قال وزير المالية في حكومة الإنقاذ، رامي الساعدي، إن الوضع صعب."
    )
    assert one(text, "الوضع صعب جدا").text == "الوضع صعب جدا"
    text = (
        "المطران يوحنا: نشكر الجميع على حسن الاستقبال في المدينة "
        "المطران يوحنا الثالث سلمى حداد قدم المطران يوحنا الثالث نبذة عن الكنيسة."
    )
    assert one(text, "نشكر الجميع").text == "نشكر الجميع على حسن الاستقبال في المدينة"
    # the title's first word inside the words, another second word, goes on
    said = "نشكر رئيس الحكومة على وعده بالتمويل الكامل للمشروع"
    text = f"رئيس البلدية: {said} رئيس البلدية يزور الحي القديم."
    assert one(text, "بالتمويل").text == said


def test_near_miss_headline_naming_another_holder_of_the_title() -> None:
    # the first word recurs with another second word: another person
    said = "نشكر رئيس الحكومة على وعده بالتمويل الكامل للمشروع"
    text = f"رئيس البلدية: {said}\nزار رئيس البلدية الحي القديم."
    assert one(text, "بالتمويل").text == said
    # not past the text's first sentence
    text = f"زار المحافظ الحي. وقال المحافظ: {said} المحافظ الجديد زار الحي.\n"
    assert one(text, "بالتمويل").text.endswith("المحافظ الجديد زار الحي")


def test_colon_after_a_long_titled_subject_with_no_comma() -> None:
    said = "كل ما يتردد عن نقص المياه شائعات لا أساس لها"
    for subject in (
        "الدكتور سامح فوزي نائب رئيس الحكومة ووزير الري والموارد المائية في الحكومة الجديدة",
        "وزير الري والموارد المائية الدكتور سامح فوزي نائب رئيس الوزراء للشؤون الاقتصادية",
    ):
        q = one(f"وقال {subject}: {said}.\n", "نقص المياه")
        assert q.text == said
        assert q.speaker is not None and "سامح فوزي" in q.speaker


def test_near_miss_long_titled_subject_then_a_list() -> None:
    subject = "الدكتور سامح فوزي نائب رئيس الحكومة ووزير الري والموارد المائية في الحكومة الجديدة"
    assert quotes_of(f"وقال {subject}: القمح والذرة.\n") == []
    text = f"وزار {subject} ثلاث محافظات: أسوان والأقصر وقنا والبحر الأحمر ومطروح.\n"
    assert quotes_of(text) == []
    text = (
        "وقال الدكتور سامح فوزي نائب رئيس الوزراء محاور عدة منها: تطوير الري "
        "وتبطين الترع ودعم المزارعين وتحديث المحطات.\n"
    )
    assert quotes_of(text) == []
