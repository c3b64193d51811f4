"""Known weaknesses of the seventh session, worked from the top of
"speakers and roles" (kw12a, seventh session of 2026-12-04).

A bare verbal noun of the form تفعيل whose first radical is a hamza
(folded to ا: "تأجيل", "تأكيد", "تأمين") in construct with a definite
word, after a bare title, is the verb's object, no name: "وأعلن القاضي
تأجيل الجلسة، وقال إن «…»" is the judge's, with no name "تأجيل" (before,
the shape test took the folded hamza for a long vowel). The first-form
verbal noun "غياب" (absence) is one a verb takes for object as well
("وبرر غياب القائد"). A name after the title still speaks ("وأعلن القاضي
سمير الحداد تأجيل الجلسة"), and a word of that shape alone, with no
definite genitive, is left to the name rules.

"Lately" (مؤخرا, حديثا) between a post's participle and the name ("وقال
السفير المعين مؤخرا X Y إن") is read past as "then" (آنذاك) is: X Y
speaks, with the role "السفير المعين" (before, the phrase ended at مؤخرا
and the post spoke; حديثا was read into the name). Not after the bare
title, where حديثا is an interview ("وأجرى الوزير حديثا صحفيا"), and not
with no name after it ("وقال الوزير المعين مؤخرا إن": the post speaks).

A name, then two posts each set off by commas, the second definite ("X
Y، وزير المالية، المتحدث باسم الحكومة، إن"), gives both posts as the role,
joined by their comma, as posts in a row without the article already did
and as a post after the name with no comma and a second in commas does
(before, the first alone). Not a definite title with its holder's name
("…، النائب Y Z، إن": another person), nor a time ("…، الأحد الماضي،").

A full date in the lead set off by commas after "أمس" or "اليوم" and its
weekday ("أعلنت الوزارة، أمس الخميس، 5 ديسمبر 2019، عن …") dates the
story as the same date in brackets does: the lead's day is that date, the
page of the day after it for أمس, and an undated quote after it is of
that day (before, no date). Not a weekday that disagrees with the date,
nor a weekday and date of another event with no أمس/اليوم before them
("أن موعد التسجيل الخميس، 5 ديسمبر 2019،").

A noun of words chanted (عبارة, شعار, هتافات) bare between the subject of
a verb of chanting or repeating (ردد, هتف, كرر) and the marks is the verb's
object: "وردد المتظاهرون عبارة «…»" is the protesters' words (before, the
words were taken for a label and dropped, or "هتافات" read into the
subject). Not a slogan a campaign bears ("حملة تحت شعار «…»"), still a
label. Left: a present verb after its subject ("وظل الوزير يردد عبارة
«…»"), which finds no speaker with or without the noun.

Three words in marks right after عن and a verb of talking about (تحدث,
تكلم) with a named subject ("وتحدثت الوزيرة X عن «مرحلة جديدة كليا»")
are the talker's words, as four already were (before, dropped). Not a
body's name led by its noun ("عن «حزب العمال الجديد»"), nor two words.

"النواب" (the deputies) right after a body's head with the article or a
definite title is the verb's object, as the other plurals of people are:
"وأبلغت الوزارة النواب بأن «…»" is the ministry's (before, "الوزارة
النواب" spoke). Not the genitive of a body ("مجلس النواب", "لجنة
النواب"), which speaks.
"""

from __future__ import annotations

from tests.extraction.helpers import one, quotes_of

Q = "«القرار نهائي ولا رجعة فيه»"


def test_hamza_tafiil_after_bare_title_is_the_object() -> None:
    q = one(f"وأعلن القاضي تأجيل الجلسة إلى الشهر المقبل، وقال إن {Q}.", "القرار نهائي")
    assert q.speaker == "القاضي"
    assert q.role == "القاضي"


def test_hamza_tafiil_other_verbs_and_titles() -> None:
    q = one(f"وطلب المحافظ تأمين المدارس قبل العودة، مضيفا أن {Q}.", "القرار نهائي")
    assert q.speaker == "المحافظ"
    q = one(f"وجدد السفير تأكيد الموقف الرسمي لبلاده، وقال إن {Q}.", "القرار نهائي")
    assert q.speaker == "السفير"


def test_absence_is_the_object() -> None:
    q = one(f"وانتقد المدرب غياب اللاعبين عن التدريب، وقال إن {Q}.", "القرار نهائي")
    assert q.speaker == "المدرب"


def test_near_miss_name_after_title_still_speaks() -> None:
    q = one(f"وأعلن القاضي سمير الحداد تأجيل الجلسة، وقال إن {Q}.", "القرار نهائي")
    assert q.speaker == "سمير الحداد"
    assert q.role == "القاضي"


R = "«العلاقات بين البلدين متينة جدا»"


def test_lately_between_post_and_name() -> None:
    q = one(f"وقال السفير المعين مؤخرا كريم الزيادي إن {R}.", "العلاقات بين")
    assert q.speaker == "كريم الزيادي"
    assert q.role == "السفير المعين"
    q = one(f"وقالت الوزيرة المعينة حديثا سلوى الهاشمي إن {R}.", "العلاقات بين")
    assert q.speaker == "سلوى الهاشمي"
    assert q.role == "الوزيرة المعينة"


def test_near_miss_lately_with_no_name_after_it() -> None:
    q = one(f"وقال المدير المنتخب مؤخرا إن {R}.", "العلاقات بين")
    assert q.speaker == "المدير المنتخب"
    q = one(f"وأجرى الوزير حديثا صحفيا مع قناة محلية، وقال إن {R}.", "العلاقات بين")
    assert q.speaker != "صحفيا"


def test_name_then_two_posts_in_commas_second_definite() -> None:
    q = one(f"وقال كريم الزيادي، وزير المالية، المتحدث باسم الحكومة، إن {R}.", "العلاقات بين")
    assert q.speaker == "كريم الزيادي"
    assert q.role == "وزير المالية، المتحدث باسم الحكومة"
    q = one(f"وقالت سلوى الهاشمي، رئيسة الجمعية، الأمينة العامة للنقابة، إن {R}.", "العلاقات بين")
    assert q.role == "رئيسة الجمعية، الأمينة العامة للنقابة"


def test_near_miss_second_comma_opens_another_person_or_a_time() -> None:
    q = one(f"وقال كريم الزيادي، وزير المالية، النائب سمير الحداد، إن {R}.", "العلاقات بين")
    assert q.role == "وزير المالية"
    q = one(f"وقال كريم الزيادي، وزير المالية، الأحد الماضي، إن {R}.", "العلاقات بين")
    assert q.role == "وزير المالية"


D = "وقال الوزير كريم الزيادي إن «العجز سيتقلص خلال العام المقبل بشكل واضح»."


def test_lead_date_set_off_by_commas_after_yesterday() -> None:
    q = one(
        f"أعلنت وزارة المالية، أمس الخميس، 5 ديسمبر 2019، عن خطة جديدة لخفض العجز.\n{D}", "العجز"
    )
    assert q.date == "2019-12-05"
    q = one(
        "أعلنت وزارة المالية، أمس الخميس، 5 ديسمبر 2019، عن خطة جديدة لخفض العجز.\n"
        "وقال الوزير كريم الزيادي اليوم إن «العجز سيتقلص خلال العام المقبل بشكل واضح».",
        "العجز",
    )
    assert q.date == "2019-12-06"


def test_near_miss_lead_date_in_commas_of_another_day() -> None:
    # the weekday disagrees with the date
    q = one(
        f"أعلنت وزارة المالية، أمس الجمعة، 5 ديسمبر 2019، عن خطة جديدة لخفض العجز.\n{D}", "العجز"
    )
    assert q.date is None
    # another event's day, no أمس/اليوم before its weekday
    q = one(
        f"أعلنت وزارة المالية أن موعد التسجيل الخميس، 5 ديسمبر 2019، في كل المراكز.\n{D}", "العجز"
    )
    assert q.date is None


C = "«لا للفساد ولا للظلم بعد اليوم»"


def test_words_chanted_named_by_their_noun() -> None:
    q = one(f"وردد المتظاهرون عبارة {C} في ختام اللقاء.", "لا للفساد")
    assert q.speaker == "المتظاهرون"
    q = one(f"وهتف الشبان شعار {C} أمام البرلمان.", "لا للفساد")
    assert q.speaker == "الشبان"
    q = one(f"وردد المتظاهرون هتافات {C} أمام البرلمان.", "لا للفساد")
    assert q.speaker == "المتظاهرون"


def test_near_miss_a_campaigns_slogan_is_a_label() -> None:
    assert quotes_of(f"وأطلقت الجمعية حملة تحت شعار {C} أمام البرلمان.") == []


def test_three_words_in_marks_after_talking_about() -> None:
    q = one("وتحدثت الوزيرة سلوى الهاشمي عن «مرحلة جديدة كليا» بين البلدين.", "مرحلة جديدة")
    assert q.speaker == "سلوى الهاشمي"


def test_near_miss_a_body_named_after_talking_about() -> None:
    assert quotes_of("وتحدث الوزير كريم الزيادي عن «حزب العمال الجديد» في كلمته.") == []
    assert quotes_of("وتحدثت الوزيرة سلوى الهاشمي عن «مرحلة جديدة» بين البلدين.") == []


P = "«المشروع سيعرض قريبا على المجلس»"


def test_the_deputies_told_are_the_object() -> None:
    assert one(f"وأبلغت الوزارة النواب بأن {P}.", "المشروع").speaker == "الوزارة"
    assert one(f"وأبلغ الرئيس النواب بأن {P}.", "المشروع").speaker == "الرئيس"


def test_near_miss_the_house_of_deputies_speaks() -> None:
    assert one(f"وقال مجلس النواب إن {P}.", "المشروع").speaker == "مجلس النواب"
    assert one(f"وقالت لجنة النواب إن {P}.", "المشروع").speaker == "لجنة النواب"
