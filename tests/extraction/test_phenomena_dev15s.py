"""Quote finding on real news text (dev15s, third session of 2026-12-05).

1. Three words in marks that close a that-clause coordinated with the one a
   verb of saying governs earlier in the sentence are the speaker's words,
   as they are in the verb's own clause: after وأنّ and its subject
   ("مؤكدة أن اللقاء لم يتناول المسألة، وأن التنازل «مرفوض بشكل قاطع».")
   and, أنّ left out, after a comma and a definite subject glued to و right
   after the words in marks kept that closed the clause before ("قالت إن
   الحكومة «ضعيفة جدا»، والوزراء «يخافون المواجهة دائما»."). Not with no
   verb of saying before ("وعلم أن …، وأن …"), not a work's or a label's
   name after its noun ("وأن روايته «…»"), nor words a word follows.
2. The participles of claiming, those of زعم ("زاعما: …", "زاعمة أن")
   and of ادعى ("…، مدعيةً: لا يحق لهم …!"), introduce the words as مؤكدا
   does (before, the unmarked words after the colon were no quote). Those
   of ادعى only right before a colon, أنّ or the words in marks: "مدعية
   عامة" is a prosecutor, still read as a title.
3. Three words in marks that open with وعدم ("and the lack of"), in the
   sentence of a verb of saying, go on with words the speaker began ("هاجم
   «تردد» الحكومة «وعدم جديتها الدائم»"): no name opens with "and", so
   they are words said, as those that open with a negation. Not a bare
   عدم, which also names a policy ("بسياسة «عدم التدخل»").
4. Three words in marks glued to بـ after an accusation are the accuser's
   words also when the accuser, an aside in commas and the accused stand
   between (up to twenty tokens: "اتهم الاتحاد، الذي يقود الإضرابات في
   المدينة، الإدارة الجديدة بـ«تجويع العمال المساكين»"), as after the
   verbal noun an accusation takes. Not a body's name led by its head, what
   the accused are tied to ("اتهم الجيش … عناصر مرتبطة بـ«حزب …»"), now
   also within ten tokens (it was kept as words said).
5. Words in marks closed at their stop, then a sentence closed by a mark
   never opened in the same paragraph, no verb of saying in it ('شدد على
   "… طرقنا". المحبة هي الطريق … الحياة".'): the same words going on, the
   second opener lost (before, dropped: a closer with no cue before it).
   Not a sentence of the narrator's glued to و with no sign of the speaker
   ("وتأتي هذه التصريحات بعد …""), nor one with a verb of saying.
6. A kunya in marks, أبو or أم before a given name and up to two more
   words, after a title and its place ("شيخ مشايخ القبيلة في المنطقة «أبو
   خالد سليم X» في كلمة …"), is the holder's name, no words said (before,
   kept as a quote). Not words that go on with a verb or a negation ("«أبو
   مازن لن يتنازل أبدا»").
7. A paragraph closed by a mark never opened at its end, right after a
   paragraph with a verb of saying, is the words said going on when it
   speaks as the speaker (a first person: نحن, أنا, لن …, or a verb of
   the present with its hamza written, أعتقد) and holds no marks, colon
   or verb of the narrator's (before, nothing: a closer with no cue in its
   sentence). Not with the narrator's verb inside ("واعتقد الخبراء أن"),
   nor with no sign of the speaker, nor after a paragraph with no verb of
   saying.
"""

from __future__ import annotations

from tests.extraction.helpers import one, quotes_of


def _texts(text: str) -> list[str]:
    return [q.text for q in quotes_of(text)]


def test_three_words_closing_a_coordinated_that_clause() -> None:
    q = one(
        "ونفى أعضاء المجلس البلدي، في بيان صدر الجمعة، ما يشاع عن صفقة "
        "الأراضي، مؤكدين أن الاجتماع مع المستثمرين لم يتطرق إلى البيع، "
        'وأن أي تفريط في أملاك البلدة "ممنوع منعا باتا".\n',
        "ممنوع",
    )
    assert q.text == "ممنوع منعا باتا"


def test_three_words_after_a_gapped_that_and_a_kept_quote() -> None:
    text = (
        'وقالت النائبة سلمى الجبوري إن الحكومة "ضعيفة وعاجزة"، والوزراء '
        'الجدد "يهربون من المساءلة".\n'
    )
    q = one(text, "يهربون")
    assert q.text == "يهربون من المساءلة"
    assert q.speaker == "سلمى الجبوري"


def test_near_miss_no_verb_of_saying_before_the_that_clauses() -> None:
    text = 'وعلم أن اللجنة لم تجتمع منذ شهر، وأن التعديل "مؤجل حتى إشعار".\n'
    assert "مؤجل حتى إشعار" not in _texts(text)


def test_near_miss_a_work_named_after_its_noun() -> None:
    text = 'وقال الناقد إن الجائزة ذهبت إلى كاتب شاب، وأن كتابها "رحلة نحو الشمال".\n'
    assert "رحلة نحو الشمال" not in _texts(text)


def test_near_miss_the_sentence_goes_on_after_the_marks() -> None:
    text = 'وأكد المدير أن الفريق جاهز، وأن نادي "شباب الجبل الأخضر" سيلعب غدا.\n'
    assert "شباب الجبل الأخضر" not in _texts(text)


def test_claiming_participle_before_a_colon() -> None:
    q = one(
        "وأصدرت وزارة التجارة بيانا مساء الأحد، مدعيةً: لا يحق للبلدية هدم "
        "المحلات القديمة دون تعويض!\n",
        "لا يحق للبلدية",
    )
    assert q.speaker == "وزارة التجارة"
    q = one(
        "وهاجم المعارض الحكومة في مؤتمر صحفي، زاعما: الانتخابات المقبلة "
        "محسومة النتائج سلفا ولا فائدة منها.\n",
        "الانتخابات المقبلة",
    )
    assert q.speaker == "المعارض"


def test_near_miss_a_prosecutor_is_no_claiming() -> None:
    q = one(
        'وقالت مدعية عامة بلجيكية إن التحقيق "ما زال في مراحله الأولى ولن يغلق قريبا".\n',
        "ما زال",
    )
    assert q.role == "مدعية عامة"
    q = one(
        'وعيّن المجلس مدعيا عاما جديدا، وقال رئيسه: "سنلاحق المتلاعبين بالمال العام".\n',
        "سنلاحق",
    )
    assert q.speaker != "مدعيا عاما"


def test_words_in_marks_going_on_with_and_the_lack_of() -> None:
    text = (
        "وكتبت الصحيفة عن المشروع. وأضافت أن رئيس البلدية انتقد "
        '"بطء" المقاول "وعدم احترامه للمواعيد".\n'
    )
    assert "وعدم احترامه للمواعيد" in _texts(text)


def test_near_miss_a_policy_named_by_a_bare_negating_noun() -> None:
    text = 'وجدد الوزير التزام حكومته بسياسة "عدم الانحياز".\n'
    assert "عدم الانحياز" not in _texts(text)


def test_three_words_of_an_accusation_after_an_aside() -> None:
    text = (
        "واتهمت رابطة المعلمين، التي تقود الإضراب منذ أسبوعين في الولاية، "
        "وزارة التربية بـ«تجاهل مطالبنا المشروعة»، داعية إلى مواصلة "
        "الاحتجاج.\n"
    )
    assert "تجاهل مطالبنا المشروعة" in _texts(text)


def test_near_miss_a_body_the_accused_are_tied_to() -> None:
    for body in ("حزب الوحدة الشعبي", "جماعة أنصار الجبل"):
        text = f"واتهمت الشرطة في بيانها مجموعة من الشبان المرتبطين بـ«{body}» بإحراق السوق.\n"
        assert body not in _texts(text), body


_SAID = 'وفي عظته، شدد المطران على "أننا عائلة واحدة مهما اختلفت طرقنا". '


def test_words_going_on_after_words_in_marks_closed_at_their_stop() -> None:
    text = _SAID + 'المحبة هي الطريق الذي يقودنا إلى السلام في هذه الحياة".\n'
    q = one(text, "المحبة هي الطريق")
    assert q.text == "المحبة هي الطريق الذي يقودنا إلى السلام في هذه الحياة"
    assert q.speaker == "المطران"


def test_near_miss_the_narrator_or_a_verb_of_saying_after_the_stop() -> None:
    for after in (
        "وتأتي هذه العظة بعد أسبوع من زيارة الوفد الرسمي",
        "المطران أكد دعمه الكامل لمبادرة الحوار بين الطوائف",
    ):
        text = _SAID + after + '".\n'
        assert not any(after[:12] in t for t in _texts(text)), after


def test_kunya_in_marks_after_a_title_and_its_place() -> None:
    text = (
        "وأكد شيخ مشايخ قبيلة بني ساعد في الوادي “أبو فهد سليم القحطاني” في "
        "كلمة مصورة أنه يقف مع الأهالي، قائلا: “لن نترك أبناءنا وحدهم أبدا”.\n"
    )
    assert "أبو فهد سليم القحطاني" not in _texts(text)
    assert "لن نترك أبناءنا وحدهم أبدا" in _texts(text)


def test_near_miss_words_said_opening_with_a_kunya() -> None:
    text = "وقال المتحدث باسم الجبهة في المدينة “أبو فهد لن يتنازل أبدا”.\n"
    assert "أبو فهد لن يتنازل أبدا" in _texts(text)


_BEFORE = (
    'وقال المحافظ: "سنواصل العمل". وأضاف المحافظ أن الأوضاع تبدلت كثيرا في الأعوام الماضية.\n\n'
)


def test_a_paragraph_in_the_speakers_voice_closed_only() -> None:
    words = (
        "تعلمون أن هناك آراء كثيرة. أعتقد أن في المحافظة أناسا يريدون "
        "الهدوء وآخرين يريدون الفوضى فقط"
    )
    q = one(_BEFORE + words + '".\n', "أعتقد أن في المحافظة")
    assert q.text == words
    assert q.speaker == "المحافظ"


def test_near_miss_paragraphs_closed_only_that_are_no_speech() -> None:
    for paragraph, before in (
        # the narrator's verb in it
        ("وتعلمون أن هناك آراء كثيرة. واعتقد الخبراء أن الحكومة ستتراجع قريبا", _BEFORE),
        # no sign of the speaker
        ("الأوضاع في المحافظة صعبة جدا منذ أشهر طويلة ولا حل قريبا في الأفق", _BEFORE),
        # no verb of saying in the paragraph before
        (
            "أعتقد أن في المحافظة أناسا يريدون الهدوء وآخرين يريدون الفوضى",
            "وزار المحافظ السوق المركزي صباح اليوم.\n\n",
        ),
    ):
        found = _texts(before + paragraph + '".\n')
        assert not any(paragraph[:15] in t for t in found), paragraph
