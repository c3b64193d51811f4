"""A source named by a preposition of attribution (حسب، بحسب، وفقا لـ،
طبقا لـ، استنادا إلى …) frames the words; a person named as the subject of
the verb of saying, or of the verb a participle cue (قائلا، مضيفا) goes on
with, is the speaker, the source only where his words were read.

Every article here is invented for the test; each positive test fails
without the rule it names.
"""

from tests.extraction.helpers import one


def test_relative_clause_of_the_source_in_an_aside_says_nothing():
    # "واوضح X، حسب الصحيفة التي نقلت الوثيقة، ان": the relative clause's
    # verb (نقل، نشر …) tells of the source, not of the words
    for sentence, speaker in (
        (
            'واوضح السعدي، حسب الصحيفة التي نقلت الوثيقة، ان "خطاب الحكومة الحالي سيء".',
            "السعدي",
        ),
        (
            'وقال النائب فادي مرعي، بحسب المجلة التي نقلت المحضر، إن "الحكومة فقدت ثقة الناس".',
            "فادي مرعي",
        ),
        (
            'وأكدت الوزيرة هالة نصار، طبقا للموقع الذي نقل البرقية، أن "التحالف سينهار قريبا".',
            "هالة نصار",
        ),
        (
            'ورأى الوزير عماد الراشد، وفق الوكالة التي نقلت المحضر، أن "الاتفاق لن يصمد".',
            "عماد الراشد",
        ),
        (
            'وشدد المستشار ماهر عيسى، وفقا للموقع الذي نقل البرقية، على أن "الحرب لن تتوقف".',
            "ماهر عيسى",
        ),
        (
            'وأكد اللواء سامر نجم، استنادا إلى القناة التي نقلت التسجيل، أن "الجيش لن ينسحب".',
            "سامر نجم",
        ),
    ):
        q = one(sentence, "")
        assert q.speaker == speaker, (sentence, q)
    # a name told before: the aside's speaker is the person met
    q = one(
        'وقال الوزير كريم السعدي إن "الوضع جيد". واوضح السعدي، حسب الصحيفة التي '
        'نقلت الوثيقة، ان "خطاب الحكومة الحالي سيء".',
        "خطاب الحكومة",
    )
    assert (q.speaker, q.role) == ("كريم السعدي", "الوزير"), q


def test_relative_clause_that_says_the_words_keeps_its_speaker():
    # negatives: with no person's verb before it, or no comma closing the
    # relative clause, the answer stays today's
    q = one('وحسب الوثيقة، فإن "الجيش سيبدأ الانسحاب الشهر المقبل".', "الجيش سيبدأ")
    assert q.speaker == "الوثيقة", q
    q = one(
        'وحسب الصحيفة التي نقلت الوثيقة، فإن "الجيش سيبدأ الانسحاب الشهر المقبل".',
        "الجيش سيبدأ",
    )
    assert q.speaker == "الوثيقة", q
    # the relative clause says the words (no comma closes it), or the
    # outlet relays those it quotes ("نقلا عن"): unchanged
    for sentence, speaker in (
        ("وقال الوزير عماد الراشد، حسب الصحيفة التي قالت إن «الاتفاق لن يصمد».", "الصحيفة"),
        ("وأكد الوزير عماد الراشد، حسب الصحيفة التي أكدت أن «الاتفاق لن يصمد».", "الصحيفة"),
    ):
        assert one(sentence, "").speaker == speaker, sentence
    # (whoever speaks there, the outlet that relays does not)
    q = one("وقالت الصحيفة، نقلا عن الشهود الذين رووا الحادثة، إن «الجنود أطلقوا النار».", "")
    assert q.speaker != "الصحيفة", q


def test_person_after_fa_inna_of_a_framing_source_speaks():
    # "وطبقا لنص البرقية، فإن X أعرب عن …، قائلا «…»": the فإن clause's
    # named subject governs the participle; the source is no speaker
    for sentence, speaker, role in (
        (
            "وطبقا لنص البرقية، فإن الوزير كمال حداد أعرب عن قلقه من الوضع، "
            "قائلا «لا أثق بوعودهم أبدا».",
            "كمال حداد",
            "الوزير",
        ),
        (
            "وحسب البرقية، فإن الوزيرة سلمى حداد انتقدت الحكومة، قائلة «لا أثق بوعودهم أبدا».",
            "سلمى حداد",
            "الوزيرة",
        ),
        (
            "ووفقا للوثيقة، فإن رئيسة البرلمان ريم عاشور أبدت قلقها، مضيفة أن «الوضع خطير».",
            "ريم عاشور",
            "رئيسة البرلمان",
        ),
        (
            "وطبقا لنص المحضر، فإن النائب منير الخطيب عبر عن رفضه للاتفاق، "
            "مضيفا «هذه الصفقة خاسرة منذ البداية».",
            "منير الخطيب",
            "النائب",
        ),
    ):
        q = one(sentence, "")
        assert (q.speaker, q.role) == (speaker, role), (sentence, q)


def test_person_met_before_after_fa_inna_speaks_both_quotes():
    text = (
        "وقال السفير نادر الشامي إن «الوضع خطير». وطبقا لنص المحضر، الذي "
        "يكشف تفاصيل اللقاء، فإن الشامي أعرب عن شكوكه في أن ينجح الاتفاق، "
        "قائلا «لا أثق بوعودهم أبدا»، وأضاف أن «الصفقة خاسرة»."
    )
    for words in ("لا أثق", "الصفقة خاسرة"):
        q = one(text, words)
        assert (q.speaker, q.role) == ("نادر الشامي", "السفير"), (words, q)


def test_framing_source_stays_the_speaker_with_no_person_subject():
    # negatives: a thing after فإن, a body (not a person), a bare name the
    # text never met, or a quote inside the فإن clause
    for sentence, speaker in (
        ("وحسب الوثيقة، فإن الاتفاق لم يكتمل، مضيفة أن «الوضع خطير».", "الوثيقة"),
        (
            "وحسب الوثيقة، فإن الاجتماع كان متوترا، مشيرة إلى أن «الوزير غادر غاضبا».",
            "الوثيقة",
        ),
        ("وحسب البرقية، فإن الحكومة أعربت عن قلقها، قائلة «لا نثق بوعودهم أبدا».", "البرقية"),
        ("وبحسب البرقية، فإن الوزير كمال حداد «لا يثق بوعودهم أبدا».", "البرقية"),
    ):
        q = one(sentence, "")
        assert q.speaker == speaker, (sentence, q)
    q = one("وحسب البرقية، فإن حداد أعرب عن قلقه من الوضع، قائلا «لا أثق بوعودهم أبدا».", "")
    assert q.speaker is None, q
