"""Quote spans and dates worked from the development sets r1–r7 (dev12d,
second round of the seventh session of 2026-12-04). Invented sentences
with the constructions met there.

A page's pointer to other articles that addresses the reader in both
genders ("اقرأ/ي أيضًا: …", "شاهد/ي أيضا: «…»") is the label a scraper
left, as "اقرأ أيضا:" already was: the headline after it is no quote
(before, the headline was read as unmarked words after a colon, and given
to whoever spoke last). Not the same words inside a speaker's sentence
("وقال المدير: اقرأ/ي أيضا …", not at the head of its line).

A mark opened after a verb of saying and a comma where a colon would stand
("وأضاف، "…", "وقال المدير X، "…"), never closed on its line, quotes up to
the end of the sentence, as after a colon (before, no quote: a comma between
the verb and the opener meant another clause). Only the verbs that introduce
words as said (قال, أضاف, تابع, …) with at most their subject before the
comma; not a verb of doing ("وزار الوزير، "مستشفى …"), nor a that-clause
before the comma.

A date right after منذ and the event it counts from ("في أول زيارة له منذ
عودته من المنفى، في مارس 2015، أكد أن «…»", with the comma or without it)
is that event's time, not the words' (before, the words took it, as a
fronted adverbial or a date of the cue's clause). Not after a span ("منذ
أسابيع، في 5 مارس 2015"), where the date is the words' day.

Three words in marks after the verbal noun glued to بـ that an accusation
or a threat takes ("واتهم الوزير X، خلال كلمة له …، الرئيس Y، بإحياء «إرث
الاستعمار القديم»", "اتهمت الوزيرة المعارضة بارتكاب «أخطاء قاتلة
متكررة»") are the accuser's words, as three words glued to بـ right after
the accused already were (before, dropped as a name); the accused and the
occasion may stand between, up to twenty words. Not with no verb of
accusing in the clause ("وزار المدينة احتفاء بإحياء «…»", an accusation
in the sentence before), nor after a preposition spelt with بـ ("بسبب «…»").

A page's stamp under the headline with the month first, then the day, a
dash and the year, then the outlet's name ending the line ("مارس ٢٢ - ٢٠٢١
راديو النيل", as a Sudanese radio prints it) is the page's day, from which
the lead's "أمس" counts (before, the date was not read at all, and a date
followed by an outlet's name on its line was no dateline). The month-first
order takes a dash as it took a comma ("أغسطس 18, 2024"); the outlet's name
starts with an outlet's head word (راديو, قناة, وكالة, …). Not a date
followed by other words on its line ("22 مارس 2021 يوم حاسم للبلاد", a
headline), nor a month, a day, a dash and a number that is no year.

Parentheses for marks round all the words after a colon of saying ("وتابع
الوزير: ( نحن طلاب حوار … )." in Sudanese press) are no part of the words
said: the quote is what they hold (before, the span took the parentheses
in). Not parentheses round only some of the words ("(نحن) طلاب حوار …",
"(نحن طلاب حوار) ولا نرغب … (بأي إملاء)"), which stay in the span.

Words in marks that open with "أي" (that is) and a time or an amount
counted ("«أي قبل الحرب بثلاثة أعوام»" after a date, "«أي نحو ثلث المبلغ
السابق»" after a figure) are the writer's gloss of what he just told, no
one's words (before, quoted, and given to the document or the subject
before them). Not "any" ("إن «أي اتفاق لا يضمن حقوقنا مرفوض»"), nor a
gloss a colon of saying introduces ("وقال الوزير: «أي بعد أن تنتهي …»").

Words said without marks after a colon that end where the narrator resumes
after a comma ("وقال الوزير: كنا … على العدل ، وذكر الوزير أن …") end
before that comma (before, the span took it in). Not a comma inside the
words, which goes on ("…المناسب، ونحن اليوم نعلنه.").
"""

from __future__ import annotations

from tests.extraction.helpers import one, quotes_of


def test_related_label_with_both_genders_is_no_quote() -> None:
    text = (
        "وقال المدير إن المصنع سيفتح أبوابه للزوار.\n\n"
        "اقرأ/ي أيضًا: الشرطة تغلق طريقين في وسط المدينة\n\n"
        "وشدد المدير على أن «العمل سيستمر حتى نهاية الموسم».\n"
    )
    assert [q.text for q in quotes_of(text)] == ["العمل سيستمر حتى نهاية الموسم"]
    text = "شاهد/ي أيضا: «الحكومة تعلن خطة جديدة للنقل العام في البلاد»\n"
    assert quotes_of(text) == []


def test_near_miss_related_words_inside_a_sentence() -> None:
    q = one("وقال المدير: اقرأ/ي أيضا ما كتبته الصحف اليوم عن المصنع.", "ما كتبته")
    assert q.speaker == "المدير"


def test_unclosed_mark_after_verb_of_saying_and_comma() -> None:
    text = (
        "وقال الوزير إن الحكومة ستعمل على حل الأزمة.\n"
        'وأضاف، "لن نسمح لأحد بأن يعبث بأمن البلاد واستقرارها ونحذر منهم.\n'
        "وفي سياق آخر زار الوزير المدينة.\n"
    )
    q = one(text, "لن نسمح")
    assert q.text == "لن نسمح لأحد بأن يعبث بأمن البلاد واستقرارها ونحذر منهم"
    assert q.speaker == "الوزير"
    q = one('وقال المدير سمير الحداد، "لن نسمح لأحد بأن يعبث بأمن البلاد.\n', "لن نسمح")
    assert q.text == "لن نسمح لأحد بأن يعبث بأمن البلاد"
    assert q.speaker == "سمير الحداد"


def test_near_miss_unclosed_mark_after_other_verb_and_comma() -> None:
    text = (
        "وقال الوزير إن الحكومة ستعمل على حل الأزمة.\n"
        'وزار الوزير، "مستشفى الأمل الجديد في المدينة الشمالية للبلاد.\n'
    )
    assert [q.text for q in quotes_of(text)] == []
    text = 'وقال الوزير إن الحكومة، "لن تسمح لأحد بأن يعبث بأمن البلاد.\n'
    assert [q.text for q in quotes_of(text) if "تسمح" in q.text] == []


S = "«النصر قادم لا محالة وسنحتفل قريبا»"


def test_date_of_the_event_since_is_not_the_words() -> None:
    q = one(
        "وتحدث الرئيس سمير الحداد، في أول جولة له منذ عودته من المنفى، "
        f"في مارس 2015، حيث أكد في كلمته أن {S}.",
        "النصر قادم",
    )
    assert q.date is None
    q = one(
        f"وقال الرئيس سمير الحداد في أول حديث له منذ توليه المنصب في مارس 2015، إن {S}.",
        "النصر قادم",
    )
    assert q.date is None


def test_near_miss_date_after_a_span_since() -> None:
    q = one(
        f"وقال الرئيس سمير الحداد، في أول تصريح له منذ أسابيع، في 5 مارس 2015، إن {S}.",
        "النصر قادم",
    )
    assert q.date == "2015-03-05"
    q = one(
        f"وتحدث الرئيس سمير الحداد في أول زيارة له منذ أسابيع، في 5 مارس 2015، حيث أكد أن {S}.",
        "النصر قادم",
    )
    assert q.date == "2015-03-05"


def test_three_words_after_verbal_noun_of_accusation() -> None:
    q = one(
        "واتهم الوزير سمير الحداد خلال كلمة له خلال اجتماع المجلس المنعقد في العاصمة، "
        'الرئيس الفرنسي جان دوبون، بإحياء "إرث الاستعمار القديم" في المنطقة.',
        "إرث الاستعمار",
    )
    assert q.text == "إرث الاستعمار القديم"
    assert q.speaker == "سمير الحداد"
    q = one('واتهمت الوزيرة المعارضة بارتكاب "أخطاء قاتلة متكررة" خلال الأزمة.', "أخطاء قاتلة")
    assert q.speaker == "الوزيرة"


def test_near_miss_verbal_noun_with_no_accusation_in_its_clause() -> None:
    text = (
        'واتهم الوزير المعارضة بالفشل. وزار المدينة احتفاء بإحياء "طريق الحرير القديم" في المنطقة.'
    )
    assert quotes_of(text) == []
    text = 'واتهم الوزير المعارضة بالتقصير بسبب "الأزمة الاقتصادية الخانقة" في البلاد.'
    assert quotes_of(text) == []


STAMPED = (
    "الرئيس يتعهد بمواصلة الإصلاحات في البلاد\n\n"
    "{stamp}\n\n"
    "قال الرئيس سمير الحداد إن الحكومة ماضية في الإصلاحات، وتعهد أمس في خطاب "
    "بمدينة كسلا بحسم الأزمة. وفي لقائه ممثلي الأحزاب قال الحداد إن الحوار "
    'مستمر، وأردف "لا عودة إلى الوراء أبدا".\n'
)


def test_month_first_stamp_with_dash_and_outlet() -> None:
    q = one(STAMPED.format(stamp="مارس ٢٢ - ٢٠٢١ راديو النيل"), "لا عودة")
    assert q.date == "2021-03-21"
    q = one(STAMPED.format(stamp="22 مارس 2021 قناة الوادي"), "لا عودة")
    assert q.date == "2021-03-21"


def test_near_miss_date_with_other_words_on_its_line() -> None:
    q = one(STAMPED.format(stamp="22 مارس 2021 يوم حاسم للبلاد"), "لا عودة")
    assert q.date is None
    q = one(
        'وقتل في مارس 18 - 20 شخصا في المدينة، وقال الوزير "لا عودة إلى الوراء أبدا".',
        "لا عودة",
    )
    assert q.date is None


def test_parentheses_round_all_the_words_after_colon() -> None:
    q = one(
        "وتابع الوزير : ( نحن طلاب حوار و لا نريد المواجهة ولكن لن نقبل بأي إملاء )\n"
        "وبعث رئيس الوزراء رسالة.",
        "طلاب حوار",
    )
    assert q.text == "نحن طلاب حوار و لا نريد المواجهة ولكن لن نقبل بأي إملاء"
    q = one(
        "وتابع الوزير: (نحن طلاب حوار ولا نريد المواجهة ولكن لن نقبل بأي إملاء).\n",
        "طلاب حوار",
    )
    assert q.text == "نحن طلاب حوار ولا نريد المواجهة ولكن لن نقبل بأي إملاء"
    assert q.speaker == "الوزير"


def test_near_miss_parentheses_round_some_of_the_words() -> None:
    q = one("وتابع الوزير: (نحن) طلاب حوار ولا نريد المواجهة ولكن لن نقبل.\n", "طلاب حوار")
    assert q.text == "(نحن) طلاب حوار ولا نريد المواجهة ولكن لن نقبل"
    q = one(
        "وتابع الوزير: (نحن طلاب حوار) ولا نريد المواجهة ولكن لن نقبل (بأي إملاء).\n",
        "طلاب حوار",
    )
    assert q.text == "(نحن طلاب حوار) ولا نريد المواجهة ولكن لن نقبل (بأي إملاء)"


def test_gloss_in_marks_is_no_quote() -> None:
    text = (
        'وحسب وثيقة مؤرخة في 11 مارس 2004 "أي قبل الحرب بثلاثة أعوام" '
        'فإن الوزير سمير الحداد قال للسفير: "لن نقبل بهذا أبدا".'
    )
    assert [q.text for q in quotes_of(text)] == ["لن نقبل بهذا أبدا"]
    text = 'وأعلنت الوزارة خفض الدعم بنسبة 30% "أي نحو ثلث المبلغ السابق" في العام المقبل.'
    assert quotes_of(text) == []


def test_near_miss_any_or_gloss_said() -> None:
    q = one('وقال الوزير سمير الحداد إن "أي اتفاق لا يضمن حقوقنا مرفوض".', "أي اتفاق")
    assert q.speaker == "سمير الحداد"
    q = one('وقال الوزير سمير الحداد: "أي بعد أن تنتهي الحرب سنعود إلى بيوتنا".', "أي بعد")
    assert q.speaker == "سمير الحداد"


def test_unmarked_words_end_before_the_narrators_comma() -> None:
    q = one(
        "وقال الوزير: كنا نؤجل موقفنا إلى الوقت الملائم وهو الموقف المبني على الإنصاف ، "
        "وذكر الوزير أن الحكومة ستعمل.",
        "كنا نؤجل",
    )
    assert q.text == "كنا نؤجل موقفنا إلى الوقت الملائم وهو الموقف المبني على الإنصاف"


def test_near_miss_comma_inside_unmarked_words() -> None:
    q = one("وقال الوزير: كنا نؤجل موقفنا إلى الوقت الملائم، ونحن اليوم نعلنه.", "كنا نؤجل")
    assert q.text == "كنا نؤجل موقفنا إلى الوقت الملائم، ونحن اليوم نعلنه"
