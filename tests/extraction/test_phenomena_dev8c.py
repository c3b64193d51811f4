"""What is quoted (dev8c, 2026-12-04).

Three words in marks inside the that-clause of a verb of saying with no
subject of its own, a participle going on from the sentence before
("مؤكدا أن البلاد ستبقى دائما «وجهة مفضلة للمستثمرين» في المنطقة", "مضيفا
أن كلام المعارضين هو من قبيل «التمني لا الوعد»"), right after the clause's
copula (a pronoun, كان and its sisters, an adverb between) or "of the kind
of": the clause's predicate in the speaker's words, kept as with a verb
that has its subject (they were let go as a name).  Not right after أنّ
("مؤكدا أن «حركة الشباب الوطني» رفضت", the clause's subject named in
marks), nor after a definite noun ("مضيفا أن الحزب «التجمع الوطني
للأحرار» سيشارك", a name in apposition), nor as the object of another
verb ("مضيفا أن الرئيس استقبل «وفد البنك الدولي» أمس": a name).

A closing mark never opened, after a verb of saying and the words that
follow it, with the verb's that-clause right after the mark ("وقال
المتحدث X لصحيفة الأيام المحلية"، إنه «…»"): the mark closes a name whose
opener was lost (an outlet, a body: the verb's subject or addressee), no
words said before it (they were quoted from the verb on, and the words
after إنه lost their speaker).  A closer with no that-clause after it
("وقال المتحدث X لقد انتهى زمن الوعود”، مؤكدا أن …") still closes speech.

"متابعة: X Y" alone on a line at the top of the article, a name of up to
four words after its colon: the reporter's byline (the verbal noun of
تابع, read as its participle "going on"), no words said.  Not a line that
goes on with a sentence after the colon ("…،\nمتابعة: هذا المشروع سيغير
وجه المدينة بالكامل."): the speaker going on, as before.

The resumptive "قال فيه" ("said in it") after a thing published or sent
that a dating word dates a few words before ("ما ورد برسالة صوتية
متداولة بتاريخ 8 مارس الجاري والمتضمنة كلمة لرئيس النقابة قال فيها
“…”"): the words take that date (they took the date of the sentence's
first statement, the day of the report).  Not when a comma, another
occasion with في, a gathering, أنّ, a verb of saying or a relative
clause stands between ("… المؤرخة في 8 مارس الجاري إلى الوزارة، وفي
ندوة صحفية قال فيها “…”": the conference's words are not the letter's).

"Then" (حينها، وقتها، يومها) in the cue's clause, when its own sentence
tells no date: the time the sentence before told ("التقى الوزير X نظيره
يوم 12 مارس 2015. وقال الوزير حينها إن «…»", "ونقل عنه السفير حينها، Y،
في برقية قوله إن «…»" after the dated meeting): the words were undated.
Not when the sentence moves on in time besides ("وبعد عامين، قال السفير
حينها، Y، إن «…»").

A closing mark never opened, right after a bare preposition ("وقال
الوزير X ردا على استفسار بشأن حديثه عن” خطة النقل العمومي ” مقارنة
…"): words said end on no preposition whose object is still to come, so
the mark closes nothing before it (it opens the words after it, typed the
wrong way round; the verb's account up to it was quoted).  A pronoun on
the preposition ends words well ("… لا رجعة فيه”، مؤكدا …": still
quoted).

A statement in one pair of marks over several paragraphs, opened at the
head of the first and closed at the end of the last, with a name in a
pair of the same marks on a line between ("…\nيمكن للمكلفين من الفئة “ب”
تسديد …\n…”."): the inner pair is a name, the statement goes on through it
(the second opener was read as the first one's being unbalanced, and the
statement was lost).  A last line whose closer ends a quote of its own
("وقال الوزير إن “…”.") closes no statement over the paragraphs.

Every sentence here is invented. The positive tests fail before the rule
they test; the negative ones hold the near misses where it must not fire.
"""

import pytest

from claims.extraction import extract
from tests.extraction.helpers import said

_LEAD = "وقال الوزير سمير النجار إن «المفاوضات تتقدم ببطء». "


@pytest.mark.parametrize(
    "text, start",
    [
        (
            _LEAD + "مؤكدا أن البلاد ستبقى دائما «وجهة مفضلة للمستثمرين» في المنطقة.",
            "وجهة مفضلة",
        ),
        (
            _LEAD + "مضيفا أن كلام المعارضين هو من قبيل «التمني لا الوعد» ليس إلا.",
            "التمني لا الوعد",
        ),
        (
            _LEAD + "مشددا على أن أهم ما حققته الحكومة هو «تحرير الأسعار تدريجيا» خلال العام.",
            "تحرير الأسعار",
        ),
    ],
)
def test_three_words_in_a_subjectless_cue_that_clause_are_said(text, start):
    q = said(text, start)
    assert q.speaker == "سمير النجار"


@pytest.mark.parametrize(
    "text, name",
    [
        (_LEAD + "مؤكدا أن «حركة الشباب الوطني» رفضت العرض.", "حركة الشباب الوطني"),
        (_LEAD + "مضيفا أن الحزب «التجمع الوطني للأحرار» سيشارك في الحكومة.", "التجمع الوطني"),
        (_LEAD + "مشيرا إلى أن الوفد شارك في «منتدى الشباب العربي» بالقاهرة.", "منتدى الشباب"),
        (_LEAD + "مضيفا أن الرئيس استقبل «وفد البنك الدولي» أمس.", "وفد البنك"),
        (_LEAD + "مضيفا أن الحكومة تدعم «مبادرة الحزام والطريق» الصينية.", "مبادرة الحزام"),
        (_LEAD + "مضيفا أن الشركة تبث «مسلسل باب الحارة» في رمضان.", "مسلسل باب"),
    ],
)
def test_a_name_in_marks_in_the_that_clause_is_no_quote(text, name):
    assert not [q for q in extract(text) if q.text.startswith(name)]


@pytest.mark.parametrize(
    "text, start, speaker",
    [
        (
            'وقال المتحدث سامر الحلبي لصحيفة الأيام المحلية"، إنه «لا تراجع عن القرار».',
            "لا تراجع",
            "سامر الحلبي",
        ),
        (
            "ويقول النائب كريم الزين لوكالة الأنباء الوطنية” إن «الجلسة ستعقد غدا».",
            "الجلسة ستعقد",
            "كريم الزين",
        ),
    ],
)
def test_a_lone_closer_before_the_verbs_that_clause_closes_a_name(text, start, speaker):
    assert [q.text for q in extract(text)] == [said(text, start).text]
    assert said(text, start).speaker == speaker


def test_a_lone_closer_with_no_that_clause_after_it_still_closes_speech():
    text = "وقال المتحدث سامر الحلبي لقد انتهى زمن الوعود والتسويف”، مؤكدا أن الحكومة ماضية."
    assert [q.text for q in extract(text) if "انتهى زمن الوعود" in q.text]


@pytest.mark.parametrize(
    "text",
    [
        "متابعة : سامي الحداد/ ع//\nأشاد مدرب المنتخب كمال العلوي بأداء اللاعبين.\n"
        'وقال في المؤتمر الصحفي : "نحن فخورون بما قدمه اللاعبون اليوم".',
        "متابعة: سامي الحداد الرياضي\nأشاد مدرب المنتخب كمال العلوي بأداء اللاعبين.",
    ],
)
def test_the_reporters_label_heading_the_article_is_no_quote(text):
    assert not [q for q in extract(text) if "الحداد" in q.text]


def test_a_participle_going_on_at_the_head_of_a_line_still_quotes():
    text = (
        "وقالت الوزيرة هالة سليم إن «الخطة جاهزة»،\nمتابعة: هذا المشروع سيغير وجه المدينة بالكامل."
    )
    assert said(text, "هذا المشروع").speaker == "هالة سليم"


_REPORT = (
    "أفاد المتحدث باسم المحكمة سامي الجبالي اليوم الخميس 10 مارس 2022، أن القاضي "
    "“أذن بفتح تحقيق في الموضوع” حول ما ورد "
)


def test_said_in_a_thing_dated_just_before_takes_its_date():
    text = (
        _REPORT + "برسالة صوتية متداولة بتاريخ 8 مارس الجاري والمتضمنة كلمة "
        "لرئيس النقابة قال فيها “إن الإضراب سيستمر حتى النهاية”."
    )
    assert said(text, "إن الإضراب").date == "2022-03-08"
    assert said(text, "أذن بفتح").date == "2022-03-10"


def test_said_at_another_occasion_after_the_dated_thing_keeps_no_such_date():
    text = (
        _REPORT + "برسالة رئيس النقابة المؤرخة في 8 مارس الجاري إلى الوزارة، وفي ندوة "
        "صحفية قال فيها “إن الإضراب سيستمر حتى النهاية”."
    )
    assert said(text, "إن الإضراب").date != "2022-03-08"


_MET = (
    "وحذر ولي العهد الأمير فهد بن سالم في لقاء مع وفد من البرلمان الأوروبي يوم "
    "12 مارس 2015 من أن الأزمة ستطول. "
)


@pytest.mark.parametrize(
    "text",
    [
        "التقى وزير الخارجية سامر الحلبي نظيره الفرنسي يوم 12 مارس 2015 في باريس. "
        "وقال الوزير حينها إن «العلاقات بين البلدين ممتازة».",
        _MET + "ونقل عنه السفير البريطاني حينها، جون سميث، في برقية قوله إن "
        "«المنطقة مقبلة على أيام صعبة».",
    ],
)
def test_then_in_the_cue_clause_takes_the_time_told_just_before(text):
    (q,) = extract(text)
    assert q.date == "2015-03-12"


def test_then_after_the_time_moved_on_takes_no_earlier_date():
    text = (
        _MET + "وبعد عامين، قال السفير البريطاني حينها، جون سميث، إن «المنطقة مقبلة على أيام صعبة»."
    )
    (q,) = extract(text)
    assert q.date is None


@pytest.mark.parametrize(
    "text",
    [
        "وقال الوزير سامي الحداد ردا على استفسار بشأن حديثه للتلفزيون الرسمي عن” "
        "خطة النقل العمومي في العاصمة ” مقارنة بما قاله النائب.",
        "وقال الوزير سامي الحداد ردا على استفسار عن” خطة النقل العمومي في العاصمة ” "
        "إن الحكومة ماضية.",
    ],
)
def test_a_lone_closer_after_a_bare_preposition_closes_no_words(text):
    assert not [q for q in extract(text) if "استفسار" in q.text]


def test_a_lone_closer_after_a_preposition_with_its_pronoun_still_closes_words():
    text = "وقال المتحدث سامر الحلبي هذا قرار نهائي لا رجعة فيه”، مؤكدا أن الحكومة ماضية."
    assert [q for q in extract(text) if "لا رجعة فيه" in q.text]


_STATEMENT = (
    "أصدرت وزارة المالية البيان الآتي:\n"
    "“تعلن الوزارة عن تمديد مهلة تسديد الضرائب حتى نهاية الشهر المقبل.\n"
    "يمكن للمكلفين من الفئة “ب” تسديد المستحقات عبر المصارف العاملة.\n"
)


def test_a_statement_over_paragraphs_goes_on_through_a_name_in_its_marks():
    text = _STATEMENT + "ان الهدف من هذا الاجراء هو التخفيف عن المواطنين”."
    (q,) = extract(text)
    assert q.text.startswith("تعلن الوزارة") and q.text.endswith("عن المواطنين")


def test_a_quote_of_its_own_on_the_last_line_closes_no_statement():
    text = _STATEMENT + "وقال الوزير إن “الهدف هو التخفيف عن المواطنين”."
    assert not [q for q in extract(text) if q.text.startswith("تعلن الوزارة")]
