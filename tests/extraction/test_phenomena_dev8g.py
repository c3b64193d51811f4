"""Who said it (dev8g, 2026-12-04).

"All" heading a plural ("جميع الأطراف", "كافة المسؤولين") after a verb of
warning or demanding names a group, never a person: "وحذر جميع الأطراف من
المساس بالمعتصمين، مضيفا: «…»" was read as a man named "جميع الأطراف", who
then spoke the singular participle's words.  In the plural, the group does
not agree with a singular participle, whose words stay with the speaker
before; it still speaks its own verb ("وحذر جميع المتحدثين من «…»") and a
plural participle ("…، مضيفين: «…»").

A title in ين after أنّ is the plural subject of the verb that follows,
not a dual before two names: "مبينا أن اللاعبين ضيعوا كرات سهلة وظلوا
عاجزين عن التسجيل" named two persons, "ضيعوا كرات سهلة" and "ظلوا
عاجزين", who spoke the words told later.  A word in the verbs' plural وا
opens no name; "المقدم من النائبين X وY" still names two deputies.

A name met before, in marks right after the verb, then where the words were
said and a colon before the words in marks of their own: "وقال “السويدي” في
تدوينة على صفحته: “…”" is the verb's subject, as before أنّ ("وأضاف
"الشريف" خلال حلوله ضيفا على قناة …، أن").  Not words in marks met nowhere
before ("وقال “الحرية” في كلمته: “…”": a slogan, the speaker before goes
on).

كان, its subject, where it sits, then a past verb of saying with no قد
("وكان المجلس الأعلى في تونس أعلن سيطرته على …، مؤكدا أن «…»"): the
pluperfect as with قد; the body before the verb is its subject, "في تونس"
where it sits, and the phrase after the verb its object, so the participle
after the comma is the body's, not the speaker's before.  With no كان,
the phrase after the verb is its subject as ever ("وفي تونس أعلن المجلس
…").

"أقواله" (his testimony in court) after a title is the occasion of the
words, as "مرافعته" and "شهادته" are: "وشدد الصحفي في أقواله أمام الهيئة
على أن «…»" is the journalist's, not a person called "الصحفي في أقواله".
A post's place after في stays in the role ("السفير في بغداد X").

A present verb right after the indefinite source of a verb of saying
describes it (a clause with no relative after an indefinite noun): "وقال
مسؤول أمريكي يتابع الملف إن «…»" is the official's, not the file's
("يتابع" was read as "he goes on", a verb of saying, with "الملف" its
subject).  Not a present verb of saying that opens its own sentence
("مسؤول أمريكي يقول إن «…»", a headline's) nor one after a named speaker
("…، ويتابع: «…»").
"""

from __future__ import annotations

import pytest

from tests.extraction.helpers import said, same_name

_MINISTER = 'قال الوزير سامي الحداد إن "الوضع مستقر". '


def test_singular_participle_after_all_of_a_plural_is_the_speaker_before():
    q = said(
        _MINISTER + "وحذر جميع الأطراف من المساس بالمعتصمين، مضيفا: «نحن ماضون نحو غاية واضحة».",
        "نحن ماضون",
    )
    assert same_name(q.speaker, "سامي الحداد"), q.speaker


def test_plural_participle_after_all_of_a_plural_is_the_group():
    q = said(
        _MINISTER + "وحذر جميع الأطراف من المساس بالمعتصمين، مضيفين: «نحن ماضون نحو غاية واضحة».",
        "نحن ماضون",
    )
    assert same_name(q.speaker, "جميع الأطراف"), q.speaker


def test_plural_verb_after_a_title_in_in_is_no_name():
    q = said(
        "تكلم الحارس ماجد السعدي للصحفيين بعد اللقاء مبينا أن اللاعبين ضيعوا كرات سهلة "
        "وظلوا عاجزين عن التسجيل.\nمشيرا كذلك إلى أن الجماهير ساندت الفريق، حيث صرح: "
        "“سنعود أقوى في المباراة المقبلة”.",
        "سنعود أقوى",
    )
    assert (q.speaker, q.role) == ("ماجد السعدي", "الحارس"), q


def test_a_dual_title_still_names_two_persons():
    q = said(
        "وقدم السؤال النائبين خالد سالم وعادل يوسف، وأضاف: “أهدرنا فرصا كثيرة أمام المرمى”.",
        "أهدرنا",
    )
    assert same_name(q.speaker, "عادل يوسف"), q.speaker


def test_name_in_marks_then_the_occasion_then_a_colon():
    q = said(
        "انتقد “نادر السويدي” عضو المجلس البلدي طريقة توزيع المنح. وقال “السويدي” في "
        "تدوينة على صفحته: “لم يتسلم حي الزيتون أي دعم منذ سنتين”.",
        "لم يتسلم",
    )
    assert same_name(q.speaker, "نادر السويدي"), q.speaker


def test_words_in_marks_met_nowhere_before_are_no_subject():
    q = said(
        _MINISTER + "وقال “الحرية” في كلمته أمام المعتصمين: “لن نتراجع عن مطالبنا”.",
        "لن نتراجع",
    )
    assert same_name(q.speaker, "سامي الحداد"), q.speaker


_UNION = "وكان المجلس الأعلى للنقابات في تونس أعلن"


@pytest.mark.parametrize(
    "others",
    [
        _UNION + ' أن "العمال غادروا المصانع بإرادتهم".',
        _UNION + ' سيطرته على المصانع، مؤكدا أن "العمال غادروا المصانع بإرادتهم".',
    ],
)
def test_was_its_subject_and_place_then_a_verb_with_no_qad(others):
    q = said(_MINISTER + others, "العمال غادروا")
    assert same_name(q.speaker, "المجلس الأعلى للنقابات"), q.speaker


def test_with_no_was_the_phrase_after_the_verb_is_its_subject():
    q = said(
        _MINISTER + "وفي تونس أعلن المجلس الأعلى للنقابات سيطرته على المصانع، مؤكدا أن "
        '"العمال غادروا المصانع بإرادتهم".',
        "العمال غادروا",
    )
    assert same_name(q.speaker, "المجلس الأعلى للنقابات"), q.speaker


def test_testimony_after_a_title_ends_the_speaker():
    q = said(
        "وشدد الصحفي في أقواله أمام الهيئة على أن “لقاءه بالمسؤول كان بدافع مهني بحت”.",
        "لقاءه",
    )
    assert q.speaker == "الصحفي", q.speaker


def test_a_posts_place_after_fi_stays_in_the_role():
    q = said('وقال السفير في بغداد سامي الحداد إن "الزيارة كانت مثمرة".', "الزيارة")
    assert same_name(q.speaker, "سامي الحداد"), q.speaker
    assert q.role == "السفير في بغداد", q.role


@pytest.mark.parametrize("source", ["مسؤول أمريكي", "دبلوماسي غربي", "مصدر مطلع"])
def test_present_verb_describing_an_indefinite_source_is_no_cue(source):
    q = said(f'وقال {source} يتابع الملف إن "المحادثات متعثرة".', "المحادثات")
    assert q.speaker == source, q.speaker


def test_present_verb_of_saying_after_an_indefinite_source_still_speaks():
    q = said('مسؤول أمريكي يقول إن "المحادثات متعثرة".', "المحادثات")
    assert q.speaker == "مسؤول أمريكي", q.speaker
