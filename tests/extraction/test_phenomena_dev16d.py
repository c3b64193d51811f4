"""Dating and quote-span constructions met on development text (dev16d,
fourth session of 2026-12-05).

1. A speaker's date carried to his next words over a sentence that tells a
   time only in passing: in a relative clause ("وأشار X إلى الاتفاق الذي
   وقع في 2015 مع Y"), counted from ("منذ عام 2019") or in what he reported
   after أنّ ("وذكر X أن المصنع افتتح في مارس 2010"): the time of the
   agreement, of the factory, not a time the account moves to, so "وقال X
   إن «…»" after it is still of his statement's day (before, any date
   between the two statements stopped the carry, as the day story no
   longer did: stamp_day's aside).  Not a date that opens a sentence or
   dates a statement of its own ("وفي 3 أيار 2022، زار X …"), which still
   moves the account on.
2. Words said after a verb of saying and its colon, with no marks, that go
   on after a comma with "وإنْ" (if) or "وإنّ" (indeed) spelled with its
   hamza below, or a bare "وان" ("وأضاف: لا تراجع عن القرار، وإن أردتم
   المواجهة فأنتم وحدكم …"): the speaker's, up to the end of the sentence
   (before, the comma ended them, read as the narrator's "and that"
   coordinated with a that-clause of his own, which the colon's words do
   not have).  Not "، وأن" written with its hamza above, the narrator's
   "and that", which still ends them.
3. A verb of saying, a subject of eleven to seventeen words (two posts
   joined by و, a long title, then the name), then a mark that opens the
   words and is never closed on the line ("قال المتحدث باسم الحركة ورئيس
   وفدها المفاوض في المحادثات X Y ” نحن …."): the verb's words, up to the
   end of the sentence, as with a subject of up to ten words (before, the
   opener was read as no one's past ten words, and the words were lost).
   Not after a verb of reporting that is no verb of saying ("وأكد …"),
   which still wants its subject of up to three words, nor with a comma
   between, nor past seventeen words.
4. A name in marks in the narrator's clause before the verb of saying,
   then في and a time of what the clause tells ("وتحدث X عن الاتهامات
   التي وجهت إلى "حزب Y" في قضية … عام 2021، وقال "…""): the closing mark
   of a name (no words said) opens no clause, so "في …" is no fronted
   adverbial and its date not the words' (before, it was, where without
   the marks it was not).  Not the closing mark of words said, whose
   occasion after it ("قال X "…" في مؤتمر صحفي يوم …، وأضاف "…"") dates
   the words after it, nor a fronted date after a comma ("، وفي مارس 2021
   قال").

Every sentence here is invented. The positive tests fail before the rule
they test; the negative ones hold the near misses where it must not fire.
"""

from __future__ import annotations

import pytest

from claims.extraction import extract
from tests.extraction.helpers import one

_CARRIED = [
    (
        "وقال وزير الداخلية الإيطالي ماركو بيانكي في مؤتمر صحافي يوم 14 مارس 2023 "
        "إن حكومته «قلقة جدا من تدفق المهاجرين عبر البحر».\n"
        "وأشار بيانكي إلى الاتفاق الذي وقع في 2016 مع ليبيا وانتقده البرلمان.\n"
        "وقال بيانكي إن «الاتفاق يجب أن يراجع بسرعة كبيرة».",
        "الاتفاق يجب",
        "2023-03-14",
    ),
    (
        "وقالت رئيسة البلدية سلمى الخوري خلال جلسة المجلس يوم 3 أيار 2024 إن "
        "«الميزانية لا تكفي لإصلاح الطرقات المتضررة».\n"
        "وتطرقت الخوري إلى الخطة التي أقرها المجلس في كانون الثاني 2021 لتأهيل الأحياء.\n"
        "وأضافت الخوري أن «الخطة بقيت حبرا على ورق حتى اليوم».",
        "الخطة بقيت",
        "2024-05-03",
    ),
    (
        "وأكد مدير الشركة سامر العلي في حديث للصحفيين يوم 20 نوفمبر 2022 أن "
        "«الإنتاج سيرتفع في الأشهر المقبلة بشكل ملحوظ».\n"
        "وذكر العلي أن المصنع افتتح في مارس 2010 بطاقة محدودة.\n"
        "وقال العلي إن «العمال هم سر نجاح الشركة طوال هذه السنوات».",
        "العمال هم",
        "2022-11-20",
    ),
    (
        "وقال النائب فؤاد الحسن في كلمة أمام البرلمان يوم 9 يونيو 2021 إن "
        "«الحكومة فشلت في إدارة ملف الكهرباء».\n"
        "ويطالب الحسن منذ عام 2019 بإصلاح شامل لقطاع الطاقة.\n"
        "وأضاف الحسن أن «المواطنين يدفعون ثمن هذا الفشل كل يوم».",
        "المواطنين يدفعون",
        "2021-06-09",
    ),
]


@pytest.mark.parametrize("text, start, date", _CARRIED)
def test_a_date_told_in_passing_does_not_stop_the_speakers_date(
    text: str, start: str, date: str
) -> None:
    assert one(text, start).date == date


def test_near_miss_a_date_opening_a_sentence_moves_the_account_on() -> None:
    text = (
        "وقال وزير الداخلية الإيطالي ماركو بيانكي في مؤتمر صحافي يوم 14 مارس 2023 "
        "إن حكومته «قلقة جدا من تدفق المهاجرين عبر البحر».\n"
        "وفي 3 أيار 2023، زار بيانكي ليبيا والتقى عددا من المسؤولين.\n"
        "وقال بيانكي إن «الاتفاق يجب أن يراجع بسرعة كبيرة»."
    )
    assert one(text, "الاتفاق يجب").date != "2023-03-14"


def test_near_miss_a_date_in_a_sentence_of_its_own_statement() -> None:
    text = (
        "وقالت رئيسة البلدية سلمى الخوري خلال جلسة المجلس يوم 3 أيار 2024 إن "
        "«الميزانية لا تكفي لإصلاح الطرقات المتضررة».\n"
        "وأعلنت الخوري في 10 أيار 2024 تأجيل المشروع.\n"
        "وأضافت الخوري أن «الخطة بقيت حبرا على ورق حتى اليوم»."
    )
    assert one(text, "الخطة بقيت").date != "2024-05-03"


_GOES_ON = [
    (
        "وقال رئيس الحزب سمير داود إن الحكومة فشلت في إدارة الأزمة.\n"
        "وأضاف: لا عودة إلى الوراء ولا أحد يقبل بذلك، وإن أردتم الفوضى "
        "فاذهبوا إليها وحدكم، ولكن تذكروا أن الشعب لن يسامحكم.",
        "لا عودة",
        "لن يسامحكم",
    ),
    (
        "وقالت الناشطة ريم الشامي في تجمع أمام البرلمان: لن نغادر هذه الساحة، "
        "وإن حقوقنا لا تسقط بالتقادم مهما طال الزمن.",
        "لن نغادر",
        "مهما طال الزمن",
    ),
    (
        "وتابع المدرب كريم بلحاج: الفريق قدم مباراة كبيرة، وان خسرنا اليوم "
        "فسنعود أقوى في المباراة القادمة.",
        "الفريق قدم",
        "المباراة القادمة",
    ),
]


@pytest.mark.parametrize("text, start, end", _GOES_ON)
def test_words_after_a_colon_go_on_past_a_comma_and_wa_in(text: str, start: str, end: str) -> None:
    assert one(text, start).text.endswith(end)


def test_near_miss_and_that_with_its_hamza_above_ends_the_words() -> None:
    text = (
        "وقال رئيس الحزب سمير داود إن الحكومة فشلت في إدارة الأزمة.\n"
        "وأضاف: لا عودة إلى الوراء ولا أحد يقبل بذلك، وأن الحكومة ستسقط قريبا."
    )
    assert one(text, "لا عودة").text.endswith("يقبل بذلك")


_LONG_SUBJECT = [
    (
        "قال الناطق الرسمي باسم الحركة ورئيس وفدها المفاوض في محادثات السلام سامي الأحمد "
        "” نحن نرى أن الطريق ما زال طويلا ما لم يتفق الطرفان على وقف شامل للقتال.\n",
        "نحن نرى",
        "وقف شامل للقتال",
    ),
    (
        "وقالت نائبة رئيس المجلس الوطني للصحافة والإعلام ورئيسة لجنة الأخلاقيات فيه ليلى "
        'المنصوري "إن حرية التعبير لا تعني نشر الأكاذيب والشائعات دون أي تحقق.\n',
        "إن حرية التعبير",
        "دون أي تحقق",
    ),
    (
        "وأضاف المدير العام للوكالة الوطنية لتشغيل الشباب والخريجين في المحافظات الجنوبية "
        "خالد العمري « سنفتح أبواب التسجيل أمام جميع العاطلين عن العمل دون استثناء.\n",
        "سنفتح أبواب",
        "دون استثناء",
    ),
]


@pytest.mark.parametrize("text, start, end", _LONG_SUBJECT)
def test_an_unclosed_opener_after_a_verb_of_saying_and_a_long_subject(
    text: str, start: str, end: str
) -> None:
    # (who speaks after two posts joined by و is the speakers' work: the
    # words are found here)
    assert one(text, start).text.endswith(end)


@pytest.mark.parametrize(
    "text",
    [
        # a verb of reporting that is no verb of saying
        "وأكد الناطق الرسمي باسم الحركة ورئيس وفدها المفاوض في محادثات السلام سامي "
        "الأحمد ” نحن نرى أن الطريق ما زال طويلا ما لم يتفق الطرفان على وقف شامل.\n",
        # a comma between the subject and the opener
        "قال الناطق الرسمي باسم الحركة، ورئيس وفدها المفاوض في محادثات السلام سامي "
        "الأحمد ” نحن نرى أن الطريق ما زال طويلا ما لم يتفق الطرفان على وقف شامل.\n",
        # past seventeen words
        "قال الناطق الرسمي باسم الحركة الوطنية للإصلاح والتغيير في البلاد ورئيس وفدها "
        "المفاوض في محادثات السلام الجارية سامي الأحمد ” نحن نرى أن الطريق ما زال "
        "طويلا ما لم يتفق الطرفان.\n",
    ],
)
def test_near_miss_no_unclosed_words_past_the_reach(text: str) -> None:
    assert not [q for q in extract(text) if q.text.startswith("نحن نرى")]


_NAMED_IN_MARKS = [
    (
        'وتحدث الوزير سامي الخطيب عن الانتقادات التي وجهت إلى "الحزب الوطني" في '
        'قضية حرائق الغابات عام 2021، وقال "بينما كان الناس يطفئون النار، راح '
        'البعض يتهم الدولة بالتقصير".',
        "بينما كان",
    ),
    (
        "وتطرقت الوزيرة ليلى المنصوري إلى الاتهامات الموجهة إلى «شركة الأمل» في ملف "
        "تلوث المياه سنة 2018، وقالت «لم يتحمل أحد مسؤوليته حتى الآن في هذه القضية».",
        "لم يتحمل",
    ),
    (
        'وعاد رئيس البلدية خالد العمري إلى الجدل حول مشروع "الحديقة الكبرى" في شهر '
        'أبريل 2017، وقال "المشروع كان ضروريا لسكان المدينة كلهم".',
        "المشروع كان",
    ),
]


@pytest.mark.parametrize("text, start", _NAMED_IN_MARKS)
def test_a_date_after_a_name_in_marks_is_no_fronted_date(text: str, start: str) -> None:
    assert one(text, start).date is None


def test_near_miss_the_occasion_after_words_said_dates_the_next_words() -> None:
    text = (
        'وقال الوزير سامي الخطيب "الحكومة لن تتراجع عن الإصلاح" في مؤتمر صحفي يوم '
        '3 مارس 2022، وأضاف "نحن ماضون في الطريق حتى النهاية".'
    )
    assert one(text, "نحن ماضون").date == "2022-03-03"


def test_near_miss_a_fronted_date_after_a_comma() -> None:
    text = (
        "وتحدث الوزير سامي الخطيب عن الانتقادات التي وجهت إلى الحزب، وفي مارس 2021 "
        'قال "بينما كان الناس يطفئون النار، راح البعض يتهم الدولة بالتقصير".'
    )
    assert one(text, "بينما كان").date == "2021-03"


_ENTITLED = [
    'وأصدرت المنظمة تقريرها المعنون بـ"الفقر والبطالة في المدن الكبرى خلال السنوات '
    'العشر الأخيرة" يوم الأحد.',
    'وكشفت الرسالة الإلكترونية، المعنونة بـ"ملاحظات عاجلة بشأن نقص الأدوية '
    'في الجنوب"، أن الحكومة كانت على علم بالخطة.',
    "ونشر المركز دراسة معنونة «مستقبل الطاقة المتجددة في دول المنطقة حتى عام 2040».",
]


@pytest.mark.parametrize("text", _ENTITLED)
def test_a_title_after_entitled_is_no_quote(text: str) -> None:
    assert extract(text) == []


def test_near_miss_words_said_after_the_documents_verb() -> None:
    text = (
        'وأصدرت المنظمة تقريرها المعنون بـ"الفقر والبطالة في المدن الكبرى" يوم الأحد، '
        "وقالت فيه «إن نسبة الفقر ارتفعت إلى مستويات غير مسبوقة في البلاد»."
    )
    assert one(text, "إن نسبة الفقر").speaker


_ABD_SPELLINGS = [
    "قال وزير الخارجية سامح عبد الهادي إن بلاده تدعم الحل السياسي.\n"
    "وأضاف «عبدالهادي»، خلال لقاء تلفزيوني مع الإعلامي كريم حسن، أن القاهرة "
    "لن تقبل بأي تدخل.",
    "قالت وزيرة الصحة منى عبد الرحيم إن المستشفيات جاهزة.\n"
    "وأضافت «عبدالرحيم»، في تصريحات صحفية، أن اللقاحات متوفرة للجميع.",
    "أعلن المدرب حسام عبد الله تشكيلة الفريق.\n"
    "وأضاف «عبدالله»، في المؤتمر الصحفي، أن الفريق جاهز للمباراة.",
]


@pytest.mark.parametrize("text", _ABD_SPELLINGS)
def test_a_name_with_abd_spelt_glued_or_apart_is_the_verbs_subject(text: str) -> None:
    assert not [q for q in extract(text) if len(q.text.split()) == 1]


def test_near_miss_another_name_with_abd_is_still_quoted() -> None:
    text = (
        "قال وزير الخارجية سامح عبد الهادي إن بلاده تدعم الحل السياسي.\n"
        "وأضاف «عبدالرحمن»، خلال لقاء تلفزيوني مع الإعلامي كريم حسن، أن القاهرة "
        "لن تقبل بأي تدخل."
    )
    assert [q for q in extract(text) if q.text == "عبدالرحمن"]
