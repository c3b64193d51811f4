"""Dates of the words said (dev8h, 2026-12-04).

The day something starts from ("ابتداء من 12 مارس 2019", "اعتبارا من (1
يناير)", "بدءا من"): the day a strike or a measure announced takes effect,
not the day of the telling; the words announcing it get no date from it.
A day told plainly in the cue's clause ("أعلنت النقابة يوم 12 مارس 2019
«…»") still dates them.

كان, its subject, then a past verb of saying with no قد ("وكان الاتحاد
أعلن أن «…»"), or a participle after a comma going on from such a verb
("وكان المجلس أعلن سيطرته …، مؤكدا أن «…»"), is the pluperfect, told as
earlier than the story's day: the words take no date from the dateline.
Not كان with a predicate ("وكان X حاضرا …، مؤكدا"), nor its present
("وكان X يعلن"), nor a sentence without كان.

A colon right after the verb's أنّ opens its words, unmarked, in the first
person ("وأشار رئيس الحكومة المحلية، خلال لقاء، إلى أن: لدينا خطة …"),
though the verb stands ten words back or more, its subject and an occasion
set off by commas between; not with a second أنّ between the verb and the
colon (what the colon opens is then the narrator's account of a clause).

A paper quoted (a memo, a letter, a cable, a document: "وجاء في نص
الرسالة: «مذكرة إلى المحافظ، بتاريخ 3/4/2021، نطالبكم …»") whose words open
with its header's date, a dating word then the date within their first
twenty tokens: that date is the paper's, when nothing outside the words
dates them.  Not a person's words with a date told in them ("سنفتتح الجسر
بتاريخ …": the day of what he tells).
A press release's label and its date on a line of their own ("بيان صحفي
(الخميس 16 مارس 2023)") stamp the release, however long the headlines
summing it up above them (the dateline was looked for in the first 300
characters only): the headlines' words and the account's are of that day.
Not another label's date at that place ("موعد اللقاء المقبل (…)").
"اليوم", its weekday, a comma, then the full date in the lead ("التقى X،
صباح اليوم الثلاثاء، 7 آذار 2023، …") tell the story's day
as they do with no comma: the account after it is of that day.  Not when
the weekday disagrees with the date.

بأنّ right after a verb's colon ("وأضاف رئيس البلدية: بأن الأشغال
ستنتهي …") opens a that-clause, the words reported, not said: no unmarked
quote.  Direct words open with إنّ or with no particle ("وأضاف رئيس
البلدية: إن …").
"""

from __future__ import annotations

from claims.extraction import extract
from tests.extraction.helpers import said


def test_the_day_something_starts_from_is_no_date_of_the_words():
    for start in ("ابتداء من (12 مارس 2019)", "اعتبارا من 12 مارس 2019"):
        text = f"أعلنت النقابة دعمها لإضراب المعلمين {start} «في كل مدارس البلاد دون استثناء»."
        assert said(text, "في كل مدارس").date is None, start


def test_a_day_told_in_the_cue_clause_still_dates_the_words():
    text = "أعلنت النقابة يوم 12 مارس 2019 «دعمها الكامل لإضراب المعلمين»."
    assert said(text, "دعمها الكامل").date == "2019-03-12"


_DATED_LEAD = "القاهرة - 8 ديسمبر 2025: قال الوزير سامي الحداد الإثنين: «الطريق سيفتح قريبا».\n\n"


def test_kana_and_a_past_verb_without_qad_is_the_pluperfect():
    for clause in (
        "وكان الاتحاد العمالي أعلن أن العمال غادروا المصانع",
        "وكان الاتحاد العمالي أعلن إضرابا عاما، مؤكدا أن العمال غادروا المصانع",
    ):
        q = said(_DATED_LEAD + clause + " «بلا أي أجر».", "بلا أي أجر")
        assert q.date is None, clause


def test_kana_with_a_predicate_or_no_kana_keeps_the_days_date():
    for clause in (
        "وأعلن الاتحاد العمالي إضرابا عاما، مؤكدا أن العمال غادروا المصانع",
        "وكان الاتحاد العمالي حاضرا في الاجتماع، مؤكدا أن العمال غادروا المصانع",
        "وكان الاتحاد العمالي يعلن أن العمال غادروا المصانع",
    ):
        q = said(_DATED_LEAD + clause + " «بلا أي أجر».", "بلا أي أجر")
        assert q.date == "2025-12-08", clause


def test_a_colon_after_the_verbs_that_opens_its_words_though_the_verb_is_far():
    text = (
        "وأشار رئيس الحكومة المحلية، خلال لقاء مع الوجهاء، إلى أن: لدينا خطة واضحة"
        " لإصلاح الطرق. وتحدث عن المشاريع."
    )
    q = said(text, "لدينا خطة")
    assert q.speaker == "رئيس الحكومة المحلية"


def test_a_second_that_before_the_colon_keeps_the_far_verb_out():
    text = (
        "وأشار رئيس الحكومة المحلية، خلال لقاء مع الوجهاء، إلى أن الوزراء يرون أن: لدينا"
        " خطة واضحة لإصلاح الطرق. وتحدث عن المشاريع."
    )
    assert not [q for q in extract(text) if q.text.startswith("لدينا خطة")]


_LEAKED = (
    "نشرت صحيفة محلية صورة رسالة قالت إنها وصلت إلى مكتب المحافظ الشهر الماضي.\n{}\n"
    "ولم يرد مكتب المحافظ على أسئلة الصحيفة."
)


def test_a_papers_header_date_in_its_words_dates_them():
    text = _LEAKED.format(
        "وجاء في نص الرسالة: «مذكرة إلى محافظ المدينة، بتاريخ 3/4/2021، نطالبكم"
        " بإصلاح شبكة المياه في الحي الشمالي قبل حلول الصيف»."
    )
    assert said(text, "مذكرة إلى محافظ").date == "2021-04-03"


def test_a_date_told_in_a_persons_words_is_not_theirs():
    text = _LEAKED.format(
        "وقال المحافظ سامي الحداد للصحيفة: «سنفتتح الجسر الجديد بتاريخ 3/4/2021 أمام الجميع»."
    )
    assert said(text, "سنفتتح الجسر").date is None


_RELEASE_HEAD = (
    "في لقاء ترأسه السيد كمال العلوي، وزير الفلاحة..\n"
    "ممثلو التعاونيات الفلاحية يعرضون مطالبهم\nعلى لجنة القطاع بالبرلمان\n__\n"
    'السيد كمال العلوي، يشيد "بجهود الفلاحين في تأمين حاجيات الأسواق من الخضر طوال فصل'
    ' الشتاء"..\n"ويعد بأن "الدعم المالي سيصل إلى كل التعاونيات في المناطق الجبلية قبل'
    " بداية موسم الحصاد المقبل وسيشمل القروض الصغيرة ومعدات الري الحديثة\n__\n"
    "{}\nاستقبل السيد كمال العلوي ممثلي التعاونيات في مقر الوزارة بالعاصمة.\n"
)


def test_a_press_release_label_and_its_date_stamp_the_headlines_above():
    text = _RELEASE_HEAD.format("بيان صحفي (الخميس 16 مارس 2023)")
    assert said(text, "بجهود الفلاحين").date == "2023-03-16"


def test_another_labels_date_there_stamps_nothing():
    text = _RELEASE_HEAD.format("موعد اللقاء المقبل (الخميس 16 مارس 2023)")
    assert said(text, "بجهود الفلاحين").date is None


_RECEPTION = (
    "التقى وزير النقل كمال العلوي، صباح اليوم {}، 7 آذار 2023، في مقر الوزارة، وفدا من"
    " سائقي الشاحنات.\nوبعد أن استمع إلى مطالبهم، أكد الوزير، في كلمة قصيرة، أن: الطريق"
    " السريع سيفتح قبل الصيف. ثم غادر القاعة."
)


def test_today_its_weekday_and_a_comma_before_the_date_tell_the_storys_day():
    assert said(_RECEPTION.format("الثلاثاء"), "الطريق السريع").date == "2023-03-07"


def test_a_weekday_that_disagrees_with_the_date_tells_no_day():
    assert said(_RECEPTION.format("الأربعاء"), "الطريق السريع").date is None


def test_bi_anna_after_the_colon_reports_the_words():
    for text in (
        "وأوضح المدرب في ختام المؤتمر الصحفي: بأن الفريق يحتاج إلى وقت أطول للانسجام.",
        "وأضاف رئيس البلدية: بأن الأشغال ستنتهي قبل حلول الصيف المقبل.",
    ):
        assert not extract(text), text


def test_inna_or_no_particle_after_the_colon_opens_words_said():
    for opener in ("إن الأشغال", "الأشغال"):
        text = f"وأضاف رئيس البلدية: {opener} ستنتهي قبل حلول الصيف المقبل."
        assert said(text, opener).speaker == "رئيس البلدية"
