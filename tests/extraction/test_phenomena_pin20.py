"""Near misses that pin guards of the seventh session of 2026-12-05's rules
(pin20, eighth session of 2026-12-05).

The session's final test reviewer listed guards that no test pinned: each
could be removed with no test failing.  Each test below fails when the guard
it names is removed (checked by mutating the guard, running, restoring):

- speakers.statement_agent, after جاء: the agent of a noun of saying may
  stand up to fourteen tokens before أنّ, past where he said it (kw21b; the
  earlier tests stood within eight, the old reach).
- dating.told_now stops at أنّ: a day of the reporter's inside the
  that-clause ("تقول البرقية إن الوزير اجتمع أمس …") is the cable's, not a
  day the words were said on (dev19e).
- dating.told_before, the fronted occasion's date: not when the time moves
  between the occasion and the verb ("ثم في حوار … بعد أسبوع", dev19e).
- speakers.is_quotation, initials spelt in marks: the rule itself on a
  sentence with no other quote, its "all letters or such words" test (a word
  that is no letter's name keeps the words said) and its "one word is not
  enough" bound (a single letter in marks, an answer, stays said) (dev19d).
- sentences, dev19d's predicate in marks after "قال X: إن …": only after
  إنّ (with no إنّ, the words after the colon stay said on their own) and
  only after a verb of saying (_SAYING; after أكد the colon's words stay
  said too).
- engine.mention_role's bare title and the post of its head after the name
  (8945c6bc): only a post whose first word is the title's
  (normalize_first(post) == bare[2:]); another post closed by a comma after
  the name is the verb's object ("وصافح الرئيس X Y وزير الدفاع الأمريكي،
  في القصر").
- speakers.subject_of's relay "عنه" after a relayer in construct (dev19s,
  rule 5): a singular pronoun only ("عنهم" names no one in the phrase).
- phrases.cue_at's verb of revealing after a relative (dev19s, rule 6):
  the verbs of revealing only; "التي قال عنها الوزير «…»" is the minister's.
- kw21b's leads that passed before their rule: condolences after a full
  name carried with نقل, أبلغ, وجّه (تعازيه in phrases._OBJECT_AFTER_NAME),
  and الحقائق as the subject right after إنّ (words._THING_PLURALS).
- engine.ending_names, mention_role's mentions where a family name ends a
  longer name (fuzz19): only after a word of a name's kind, not after a
  title ("مدرب الفريق حداد", "المدرب حداد" are no "سامي حداد").
- cd896b13's verb of news after a definite title: its "not k" (the name's
  first word) was dead, every verb of _NEWS_VERBS breaking the name earlier
  as a verb's shape; it is gone and the table test below keeps that so.

Every sentence here is invented for the test.
"""

from claims.extraction import phrases
from tests.extraction.helpers import one, quotes_of

V = "«التفاوض هو الطريق الأمثل لإنهاء النزاع القائم بين الطرفين»"


# -- after جاء: the agent up to fourteen tokens before أنّ --------------------


def test_the_agent_after_came_up_to_fourteen_tokens_before_that():
    for sentence, who in (
        (f"وجاء تأكيد الوزارة في بيان نشرته على موقعها الرسمي مساء أمس أن {V}.", "الوزارة"),
        (
            f"وجاء تأكيد وزارة الخارجية والتعاون الدولي في بيان نشرته على موقعها أن {V}.",
            "وزارة الخارجية والتعاون الدولي",
        ),
        (f"وجاء تأكيد الوزارة، في بيان نشرته على موقعها الرسمي، أن {V}.", "الوزارة"),
    ):
        assert one(sentence, "التفاوض").speaker == who, sentence


# -- told_now: a day inside the that-clause is the cable's -------------------

_CABLE = (
    "نشر موقع ويكيليكس برقية دبلوماسية مؤرخة في 5 مايو 2008 عن المفاوضات.\n"
    "وجاء في البرقية أن وزير الخارجية قال للسفير: «لن نوقع الاتفاق قبل الانتخابات».\n"
)


def test_a_day_inside_the_that_clause_keeps_the_cables_date():
    text = _CABLE + "وتقول البرقية إن الوزير اجتمع أمس بقادة الجيش وإنه «لن يقبل بأي تنازل»."
    assert one(text, "لن يقبل بأي").date == "2008-05-05"


# -- a fronted occasion's date: not when the time moves after it -------------


def test_a_fronted_occasion_does_not_date_words_after_the_time_moves():
    text = (
        "تونس 9 مارس 2022\nأكد وزير التربية سامي العلي أن الامتحانات ستجري في موعدها.\n"
        "وفي تصريح لإذاعة محلية يوم الاثنين 7 مارس 2022، ثم في حوار تلفزيوني بعد "
        "أسبوع، قال العلي إن الحكومة ماضية في الإصلاح.\n"
        "وأضاف «لن نتراجع عن القرار مهما كانت الضغوط»."
    )
    assert one(text, "لن نتراجع").date is None
    # (the same without the later talk: the occasion's day, as dev19e wrote)
    text = text.replace("، ثم في حوار تلفزيوني بعد أسبوع", "")
    assert one(text, "لن نتراجع").date == "2022-03-07"


# -- initials spelt in marks -------------------------------------------------


def test_spelt_initials_alone_in_their_sentence_are_no_quote():
    for text, name in (
        ('وهدد الحزب بمقاضاة "بي بي سي" بسبب تقرير عن تمويله.', "بي بي سي"),
        ("وأكدت الصحيفة أن «إف بي آي» فتح تحقيقا.", "إف بي آي"),
    ):
        assert all(q.text.strip() != name for q in quotes_of(text)), text


def test_near_misses_a_word_besides_the_letters_or_one_letter_alone():
    for text, words in (
        # a word that names no letter: words said
        ("وكتب الرئيس على حسابه: «إف بي آي فاسد».", "إف بي آي فاسد"),
        ("وأكدت الصحيفة أن «إيه بي سي نيوز» بثت التقرير.", "إيه بي سي نيوز"),
        # one letter alone, an answer: words said
        ("وأجاب الطالب عن سؤال الاختيار: «سي».", "سي"),
    ):
        assert [q.text for q in quotes_of(text)] == [words], text


# -- "قال X: إن <subject> «<predicate>»": only after إنّ and a verb of saying --


def test_near_misses_no_that_or_no_verb_of_saying_before_the_colon():
    for text, said in (
        (
            # no إنّ: the words after the colon are said on their own
            "وقال الوزير: الأوضاع الأمنية في المناطق الحدودية الشمالية «تتحسن يوما بعد يوم».",
            ["الأوضاع الأمنية في المناطق الحدودية الشمالية", "تتحسن يوما بعد يوم"],
        ),
        (
            # أكد is no verb of saying of _SAYING: as before dev19d
            "وأكد الوزير: إن المفاوضات الجارية منذ أسابيع طويلة «وصلت إلى طريق مسدود».",
            ["إن المفاوضات الجارية منذ أسابيع طويلة", "وصلت إلى طريق مسدود"],
        ),
    ):
        assert [q.text for q in quotes_of(text)] == said, text


# -- a bare title, then a post of another head after the name ----------------


def test_near_miss_another_post_after_the_name_is_the_objects():
    text = (
        "وصافح الرئيس كريم سعيد وزير الدفاع الأمريكي، في القصر أمس. وقال الرئيس "
        "سعيد إن «الديمقراطية مستمرة في بلادنا»."
    )
    q = one(text, "الديمقراطية مستمرة")
    assert (q.speaker, q.role) == ("كريم سعيد", "الرئيس")


# -- dev19s rule 5: a singular pronoun only ----------------------------------


def test_near_miss_a_plural_pronoun_after_the_relayer():
    text = "ونقل زوار الرئيس سليم الحص عنهم قولهم إن «الحكومة ستتشكل قريبا جدا»."
    assert one(text, "الحكومة ستتشكل").speaker != "سليم الحص"


# -- dev19s rule 6: the verbs of revealing only ------------------------------


def test_near_miss_said_about_it_after_a_relative():
    text = (
        "وعلق النائب سامي النجار على الوثائق التي قال عنها الوزير «إنها مزورة "
        "بالكامل ولا قيمة لها»."
    )
    assert one(text, "مزورة بالكامل").speaker == "الوزير"


# -- kw21b's leads that passed before their rule -----------------------------

Q = "«الحكومة لن تتراجع عن قرارها مهما حدث في الأيام المقبلة»."


def test_condolences_carried_after_a_full_name():
    for lead, who, role in (
        ("ونقل الوزير نبيل الشامي تعازيه إلى أسر الضحايا، وقال:", "نبيل الشامي", "الوزير"),
        ("وأبلغ السفير كريم حداد تعازيه للأسرة، وقال:", "كريم حداد", "السفير"),
        ("ووجه الرئيس سمير خوري تعازيه إلى الشعب، مؤكدا أن", "سمير خوري", "الرئيس"),
    ):
        q = one(f"{lead} {Q}", "الحكومة لن تتراجع")
        assert (q.speaker, q.role) == (who, role), lead


def test_facts_right_after_that_tell_no_words():
    for lead, who in (
        ("وقال الوزير إن الحقائق تؤكد أن", "الوزير"),
        ("وأكد النائب أن الحقائق الجديدة تشير إلى أن", "النائب"),
        ("وأوضح المحقق سامي الخطيب أن الحقائق تشير إلى أن", "سامي الخطيب"),
        ("وقال الوزير إن الحقائق تقول إن", "الوزير"),
    ):
        assert one(f"{lead} {Q}", "الحكومة لن تتراجع").speaker == who, lead


# -- fuzz19: where a family name ends a longer name --------------------------


def test_near_misses_a_family_name_after_a_title_is_no_longer_name():
    said = (
        " والتقى وزير الخارجية سامي حداد بالوفد. وتنقل الوثيقة عن حداد تمنيه أن "
        "«يتحسن الوضع في المنطقة قريبا»."
    )
    for before in ("وكان مدرب الفريق حداد قد غادر الملعب.", "وزار المدرب حداد المعسكر."):
        assert one(before + said, "يتحسن الوضع").role == "وزير الخارجية", before


# -- cd896b13: the verb of news is met at the name's first word only ---------


def test_every_verb_of_news_breaks_a_name_past_its_first_word():
    # (the rule's "not k" was dead: past the name's first word, a word of
    # _NEWS_VERBS has a verb's shape, f & 1, and ended the name before it)
    assert all(phrases._NAME_FLAGS[w] & 1 for w in phrases._NEWS_VERBS)
