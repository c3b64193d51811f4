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

Every sentence here is invented for the test.
"""

from tests.extraction.helpers import one, quotes_of

V = "«الحوار هو السبيل الوحيد للخروج من الأزمة الحالية»"


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
        assert one(sentence, "الحوار").speaker == who, sentence


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
