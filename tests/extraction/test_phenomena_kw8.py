"""Who said it (kw8, 2026-12-04).

What was denied, told by نفى with the pronoun of what was told before
right after ما: "وهذا ما نفاه النائب X قائلا: «…»", "وهو ما نفته وزارة
المالية في بيان قائلة إن «…»" (the ى of نفى written ا before the
pronoun: نفاه، نفته، نفوه) names its subject after the verb, who speaks
the subjectless participle of his sentence, as "وهو ما أكده X" did
(before, the words went to the speaker before).  Only right after ما:
"الزعيم X، الذي نفاه الاستعمار إلى جزيرة" (exiled him) is no cue, and
with no subject after the verb ("وهو ما نفاه أيضا في مقابلة") the speaker
before goes on.

The same with the verb's preposition and its pronoun between the verb and
its subject: "وهو ما أشار إليه النائب X قائلا: «…»", "وهذا ما حذرت منه
وزارة الخارجية قائلة إن «…»" (إليه، إليها، منه، منها after ما, as عليه
already was).  Only after ما: "ثم أشار إليه بيده قائلا:" (pointed at him)
has its subject elided, the speaker before goes on.

"أمس الأول" (the day before yesterday) between the verb and its subject
is the day, as "أمس" alone is: "وقال أمس الأول الوزير X إن «…»", "وأكدت
أمس الأول وزارة الصحة أن" (before, "الأول" was read for the speaker, or
the first word of the body's name).  After the subject ("وقال الوزير X
أمس الأول إن") it is no word of the name, as before.

لي after a verb of saying is the family name Li/Lee, not "to me", when a
word of the name after it ends in the ng of an East Asian syllable (نغ,
which ends no Arabic word): "وقال لي تشيانغ إن «…»", "وقال لي جاي ميونغ:
«…»", "وأكد لي كه تشيانغ أن" (before, no speaker, or "لي جاي").  "وقال
لي: «…»", "وقال لي في اتصال هاتفي:" (said to me) are the speaker
before's, as they were.

The feminine nisba after a feminine event noun, both with the article or
neither, is its adjective, no journalist: "وفي ندوة صحفية لوزير الصحة X،
قال إن «…»" is the minister's, with his post (before, the role was
"صحفية لوزير الصحة", read from the female journalist), as "مؤتمر صحفي"
already was.  Not the genitive after the noun: "وفي كلمة الإعلامية X"
names the media woman.

A live blog's lines, each opening with its time of day and naming its own
speaker before a colon ("10:30 رئيس البرلمان X: «…»", "12:05 - النائب Y:
«…»"): the time (and its dash) is no word of the label, which opens the
line, so each line is its own speaker's (before, the lines after the first
went to the first speaker, or with the dash to no one).  A line whose
words before the colon name no one ("10:30 وصلنا إلى القاعة: «…»") leaves
the speaker before.

The same clock time inside a sentence, before its verb: "وفي الساعة 10:30
قال: «…»", "وفي تمام الساعة 10:30 صباحا قال:" (the minutes, and the part
of the day, are no subject: before, "30" spoke); the speaker before goes
on.  A number that counts the speakers ("وقال 18 نائبا") is not touched.

Unmarked speech opened by a name in marks: "وأضاف: “الاتحاد” كان وما زال
شريكا …" (a name of one or two words in marks right after the colon of a
verb of saying, the first with the article, then the sentence goes on) is
one quotation from the opening mark on, the name inside it, as a name in
marks later in such words already was (before, only "الاتحاد" was
quoted).  Not a short quotation the narrator goes on after with و ("وأضاف:
“لا” وغادر القاعة") or هكذا, nor one that ends its sentence.

A directorate named by its sector and the division it serves, "صحة
المحافظة", "تربية الولاية", "زراعة المحافظة" (صحة، تربية، زراعة before
المحافظة/الولاية with the article), is a body that speaks: "وقالت صحة
المحافظة في بيان إن «…»" (before, no one: صحة read as "the truth of",
what is denied, or زراعة as a name with the governor's title).  Not "نفى
صحة الأنباء" (what is denied), nor "ونفى صحة المحافظة على الاتفاق" (the
truth of keeping it), where the speaker before goes on.

Every sentence here is invented. The positive tests fail before the rule
they test; the negative ones hold the near misses where it must not fire.
"""

import pytest

from claims.extraction import extract
from tests.extraction.helpers import said


@pytest.mark.parametrize(
    "text, start, speaker, role",
    [
        (
            "قال الوزير سمير النجار إن «الموازنة ستقر قريبا». وهذا ما نفاه النائب "
            "خالد العمري قائلا: «الموازنة لن تمر».",
            "الموازنة لن",
            "خالد العمري",
            "النائب",
        ),
        (
            "قال الوزير سمير النجار إن «الموازنة ستقر قريبا». وهو ما نفاه رئيس "
            "البرلمان خالد العمري في تصريح لاحق، قائلا: «لا صحة لذلك».",
            "لا صحة",
            "خالد العمري",
            "رئيس البرلمان",
        ),
        (
            "قالت الوزيرة سلمى حداد إن «الموازنة ستقر قريبا». وهو ما نفته وزارة "
            "المالية في بيان قائلة إن «الأرقام غير نهائية».",
            "الأرقام غير",
            "وزارة المالية",
            None,
        ),
    ],
)
def test_what_was_denied_names_its_subject_after_it(text, start, speaker, role):
    q = said(text, start)
    assert (q.speaker, q.role) == (speaker, role)


@pytest.mark.parametrize(
    "text, start, speaker",
    [
        (
            # no subject after the verb: the speaker before goes on
            "قال الوزير سمير النجار إن «الموازنة ستقر قريبا»، وهو ما نفاه أيضا "
            "في مقابلة سابقة، مضيفا: «لن نتراجع عن الإصلاحات».",
            "لن نتراجع",
            "سمير النجار",
        ),
        (
            # not after ما: "exiled him", no cue
            "قال الزعيم سمير النجار، الذي نفاه الاستعمار إلى جزيرة نائية، إن «الحرية لا توهب».",
            "الحرية لا",
            "سمير النجار",
        ),
    ],
)
def test_what_was_denied_near_misses(text, start, speaker):
    assert said(text, start).speaker == speaker


@pytest.mark.parametrize(
    "text, start, speaker",
    [
        (
            "وقال أمس الأول الوزير سمير النجار إن «الحدود مغلقة».",
            "الحدود مغلقة",
            "سمير النجار",
        ),
        (
            "وأكدت أمس الأول وزارة الصحة أن «الوضع مستقر».",
            "الوضع مستقر",
            "وزارة الصحة",
        ),
        (
            "وقال أمس الأول في مؤتمر صحفي وزير الخارجية سمير النجار إن «المعابر ستفتح».",
            "المعابر ستفتح",
            "سمير النجار",
        ),
    ],
)
def test_the_day_before_yesterday_is_no_name(text, start, speaker):
    assert said(text, start).speaker == speaker


def test_the_day_before_yesterday_after_the_name():
    # near miss: the day after the subject is no part of it, as before
    q = said("وقال الوزير سمير النجار أمس الأول إن «الحدود مغلقة».", "الحدود")
    assert (q.speaker, q.role) == ("سمير النجار", "الوزير")


@pytest.mark.parametrize(
    "text, start, speaker",
    [
        ("وقال لي تشيانغ إن «الاقتصاد الصيني ينمو بثبات».", "الاقتصاد الصيني", "لي تشيانغ"),
        ("وقال لي جاي ميونغ: «التعاون مع الجيران ضروري».", "التعاون مع", "لي جاي ميونغ"),
        (
            "وأكد لي كه تشيانغ للصحفيين أن «الإصلاحات مستمرة».",
            "الإصلاحات مستمرة",
            "لي كه تشيانغ",
        ),
        (
            "استقبل الرئيس لي جاي ميونغ نظيره الياباني. وقال لي جاي ميونغ إن «التعاون ضروري».",
            "التعاون ضروري",
            "لي جاي ميونغ",
        ),
    ],
)
def test_li_before_an_east_asian_name_is_the_name(text, start, speaker):
    assert said(text, start).speaker == speaker


@pytest.mark.parametrize(
    "text, start, speaker",
    [
        (
            # "to me": the speaker before goes on
            "قال الوزير سمير النجار إن «الحدود مغلقة». وقال لي في اتصال هاتفي: «لن نتراجع».",
            "لن نتراجع",
            "سمير النجار",
        ),
        (
            "قال الوزير سمير النجار إن «الحدود مغلقة». وقال لي إن «المعابر ستفتح».",
            "المعابر ستفتح",
            "سمير النجار",
        ),
    ],
)
def test_li_to_me_near_misses(text, start, speaker):
    assert said(text, start).speaker == speaker


@pytest.mark.parametrize(
    "text, start, speaker, role",
    [
        (
            "وفي ندوة صحفية لوزير الصحة سمير النجار، قال إن «الوضع الوبائي تحت السيطرة».",
            "الوضع الوبائي",
            "سمير النجار",
            "وزير الصحة",
        ),
        (
            "قال النائب خالد العمري إن «الحكومة فشلت». وخلال ندوة صحفية لرئيس الحزب "
            "سمير النجار، قال: «الوضع تحت السيطرة».",
            "الوضع تحت",
            "سمير النجار",
            "رئيس الحزب",
        ),
        (
            "وفي ندوة صحفية لوزيرة الصحة سلمى حداد، قالت إن «اللقاحات متوفرة».",
            "اللقاحات متوفرة",
            "سلمى حداد",
            "وزيرة الصحة",
        ),
        (
            # near miss: the genitive after the noun is the woman speaking
            "وفي كلمة الإعلامية سلمى حداد أمام المؤتمر، قالت إن «الصحافة حرة».",
            "الصحافة حرة",
            "سلمى حداد",
            "الإعلامية",
        ),
    ],
)
def test_the_press_adjective_of_a_feminine_occasion_is_no_journalist(text, start, speaker, role):
    q = said(text, start)
    assert (q.speaker, q.role) == (speaker, role)


_LIVE = (
    "تغطية مباشرة لجلسة البرلمان.\n"
    "10:30 رئيس البرلمان سمير النجار: «نفتتح الجلسة الآن بحضور الجميع».\n"
    "10:45 النائب خالد العمري: «نطالب بتأجيل التصويت على الموازنة».\n"
    "11:05 وزير المالية رامي حداد: «الموازنة جاهزة منذ أسبوع»."
)
_LIVE_DASHED = (
    "تغطية مباشرة.\n"
    "10:30 - رئيس البرلمان سمير النجار: «نفتتح الجلسة الآن بحضور الجميع».\n"
    "12:05 - النائب خالد العمري: «نطالب بتأجيل التصويت على الموازنة».\n"
    "12:20 – وزير المالية رامي حداد: «الموازنة جاهزة منذ أسبوع»."
)


@pytest.mark.parametrize("text", [_LIVE, _LIVE_DASHED])
@pytest.mark.parametrize(
    "start, speaker, role",
    [
        ("نفتتح الجلسة", "سمير النجار", "رئيس البرلمان"),
        ("نطالب بتأجيل", "خالد العمري", "النائب"),
        ("الموازنة جاهزة", "رامي حداد", "وزير المالية"),
    ],
)
def test_each_live_blog_line_names_its_speaker(text, start, speaker, role):
    q = said(text, start)
    assert (q.speaker, q.role) == (speaker, role)


def test_a_live_blog_line_with_no_one_named_near_miss():
    text = (
        "قال النائب خالد العمري إن «الجلسة ستعقد في موعدها».\n"
        "10:30 وصلنا إلى القاعة: «لن نؤجل شيئا»."
    )
    assert said(text, "لن نؤجل").speaker == "خالد العمري"


@pytest.mark.parametrize(
    "text, start, speaker",
    [
        (
            "قال الأمين العام سمير النجار إن الوضع صعب. وأضاف: “الاتحاد” كان وما "
            "زال شريكا أساسيا في الحوار الوطني.",
            "“الاتحاد” كان وما زال شريكا أساسيا في الحوار الوطني",
            "سمير النجار",
        ),
        (
            "قال المدرب سمير النجار إن المباراة صعبة. وأضاف: «الأهلي» فريق كبير "
            "ويستحق الاحترام، لكننا جاهزون.",
            "«الأهلي» فريق كبير ويستحق الاحترام",
            "سمير النجار",
        ),
    ],
)
def test_speech_opened_by_a_name_in_marks_is_one_quote(text, start, speaker):
    assert said(text, start).speaker == speaker
    assert all(len(q.text.split()) > 1 for q in extract(text))


@pytest.mark.parametrize(
    "text, quoted",
    [
        (
            "قال الأمين العام سمير النجار إن الوضع صعب. وأضاف: “لا” وغادر القاعة.",
            "لا",
        ),
        (
            "قال الأمين العام سمير النجار إن الوضع صعب. وأضاف: “الخيانة” هكذا وصف القرار.",
            "الخيانة",
        ),
        (
            "قال الأمين العام سمير النجار إن الوضع صعب. وأضاف: “الاتحاد كان وما زال "
            "شريكا أساسيا في الحوار الوطني”.",
            "الاتحاد كان وما زال شريكا أساسيا في الحوار الوطني",
        ),
    ],
)
def test_speech_opened_by_a_name_in_marks_near_misses(text, quoted):
    assert [q.text for q in extract(text)] == [quoted]


@pytest.mark.parametrize(
    "text, start, speaker",
    [
        (
            "وقالت صحة المحافظة في بيان إن «عدد الإصابات ارتفع إلى 40 حالة».",
            "عدد الإصابات",
            "صحة المحافظة",
        ),
        (
            "وأعلنت تربية الولاية أن «الامتحانات ستجرى في موعدها المحدد».",
            "الامتحانات ستجرى",
            "تربية الولاية",
        ),
        (
            "وقالت زراعة المحافظة إن «الموسم جيد جدا هذا العام».",
            "الموسم جيد",
            "زراعة المحافظة",
        ),
    ],
)
def test_a_sector_directorate_of_a_division_speaks(text, start, speaker):
    q = said(text, start)
    assert (q.speaker, q.role) == (speaker, None)


@pytest.mark.parametrize(
    "text, start, speaker",
    [
        (
            "قال الوزير سمير النجار إن «الحدود مغلقة». ونفى صحة المحافظة على "
            "الاتفاق، قائلا: «لا اتفاق أصلا».",
            "لا اتفاق",
            "سمير النجار",
        ),
        (
            "وقالت المحافظة سلمى حداد إن «الوضع مستقر تماما».",
            "الوضع مستقر",
            "سلمى حداد",
        ),
    ],
)
def test_a_sector_directorate_near_misses(text, start, speaker):
    assert said(text, start).speaker == speaker


@pytest.mark.parametrize(
    "text, start, speaker",
    [
        (
            "قال الوزير سمير النجار إن «الموازنة ستقر قريبا». وهو ما أشار إليه "
            "النائب خالد العمري قائلا: «الموازنة لن تمر».",
            "الموازنة لن",
            "خالد العمري",
        ),
        (
            "قال الوزير سمير النجار إن «الحدود مغلقة». وهذا ما حذرت منه وزارة "
            "الخارجية قائلة إن «الوضع خطير».",
            "الوضع خطير",
            "وزارة الخارجية",
        ),
        (
            # near miss: not after ما, the subject elided
            "قال الوزير سمير النجار إن «الحدود مغلقة». ثم أشار إليه بيده قائلا: «اجلس مكانك».",
            "اجلس مكانك",
            "سمير النجار",
        ),
    ],
)
def test_what_was_pointed_to_names_its_subject_after_the_preposition(text, start, speaker):
    assert said(text, start).speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "قال النائب خالد العمري إن «الجلسة ستعقد في موعدها». وفي الساعة 10:30 قال: «لن نؤجل شيئا».",
        "قال النائب خالد العمري إن «الجلسة ستعقد في موعدها». وفي تمام الساعة 10:30 "
        "صباحا قال: «لن نؤجل شيئا».",
    ],
)
def test_the_minutes_of_a_clock_time_are_no_subject(text):
    assert said(text, "لن نؤجل").speaker == "خالد العمري"


def test_the_minutes_of_a_clock_time_near_miss():
    # the subject after the verb still speaks
    text = "وفي الساعة 10:30 قال الوزير سمير النجار: «لن نؤجل شيئا»."
    assert said(text, "لن نؤجل").speaker == "سمير النجار"
