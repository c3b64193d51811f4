"""Dates of statements and cables, and where quotes begin and end (date7,
2026-12-04).

A year after لـ and the article: "برقية تعود للعام 2009", "مراسلة تعود
للعام 2011م" is a year as "لعام 2009" was (the trigger words of a bare
year had لعام/بعام/وعام only), so a cable dated so dates its writer's
words ("كتبت السفارة: «…»").  A year word with no year after it ("للعام
الثالث على التوالي") is none, and "لسنة 2003" stays no trigger: it gives
the year of a law ("قانون مكافحة الإرهاب لسنة 2003", "القانون رقم 10
لسنة 2003"), which a quote of its sentence would take.

A leaked cable with no date of its own that tells of a dated meeting
after its أنّ: "كشفت برقية نشرها موقع ويكيليكس أن السفير X التقى يوم 12
يناير 2008 وزير الداخلية Y": the cable is of the meeting's date (as one
that records "لقاء … في مارس 2009" before any أنّ was), and so are the
words of the one met, also a paragraph on when that paragraph opens with
the cable speaking again ("ونقلت البرقية عن Y قوله …. وأضاف Y أن «…»").
Not a meeting told only by its year ("التقى في صيف 2008"), in a relative
clause ("أن الوزير الذي التقى يوم …") or after a second أنّ ("أن السفير
أكد أن الوزير التقى …"), nor a paragraph another document opens
("وتكشف برقية أخرى أن …").

A cable's date after its relative pronoun and the verb of its writing:
"وتشير البرقية، التي كتبت في 5 مارس 2010، إلى أن …" is the cable's date
(كتب is also a verb of saying, and a date after a verb of saying was read
as its clause's, "قال X، الذي سجن سنة 2008، إن"), so "وقالت البرقية، التي
كتبها X، إن «…»" a paragraph on has it.  Not another verb of saying after
the relative pronoun ("البرقية التي قال عنها الوزير في 5 مارس 2010 إنها
مزورة": the minister's words, not the cable's date).

A month glued to لـ or بـ before its year ("يعود تاريخها ليوليو عام 2009",
"تعود لمارس 2010", "بمارس 2010") is a date (not the month alone: "لمارس"
may be a verb, and a day before the month keeps its own form); and "تعود"
dates a document further on in its sentence with "its date" between and
with the date glued to لـ ("وثيقة … يعود تاريخها إلى مارس 2008", "تعود
لعام 2008", "تعود لمارس 2008"), as "تعود إلى عام 2009" did, so "وتقول
الوثيقة إن … «…»" has its date.  Not "تعود لأسباب قديمة": a cause, and a
date further on is no more the document's.

A page store's label that knows the month only, "date 2018-05" opening
the text, is the page's month: a statement nothing else dates takes it
(month precision), as a day stamp with its label gives the day's news its
day; not in a story of leaked papers, nor when another time is told
before ("في يناير 2017، …"), nor from a label that does not open the text.
A month glued to و before its year is a date too ("خلال شهري أبريل
ومايو 2018"; "ومارس الضغط" with no year is a verb).

A cable in construct with the name of the envoy met before ("وقالت برقية
فيلتمان: «…»" after "السفير الأميركي جيفري فيلتمان" and "البرقية الصادرة
في 18 آب 2006") is the dated cable in view, as "رسالة السفيرة" was, not a
new undated one; not with a name that is no envoy's ("برقية صلوخ", a
minister's) or of no one met.

A page's stamp that a scraper printed on the headline's line: "توتر بين
الدفاع والنيابة … بالعاصمة السبت 26 01 2019 14:16" between two lines of
the same headline.  The date spaced out before its clock time is a date
(only so: "فاز 3 02 2019 بطولة" is none), and a stamp whose words before
it on its line are the headline another line prints alone is the page's
stamp however long the headline (web_stamp took one within 48 characters
of its line's head only); not after a headline no other line repeats.

A person's name in marks after his title is no quote, up to six words
when a word of lineage is among them ('الملك "حمد بن عيسى آل خليفة"': the
rule took four at most), and after a title heading the body named by its
possessive ('وزير إعلامه "محمد عبد جعفر"'); not words that a present verb
makes a clause ('"محمد بن سلمان يريد إصلاحات …"'), nor marks after a
possessed noun that is no title's ('في كتابه "محمد عبد الله …"').

Two page stamps with their clock times over the story: a site's header
("آخر تحديث :السبت-18 مايو 2024-03:21م") shows the time the page was
read, later than the article's own stamp under its headline ("الجمعة - 13
فبراير 2015 - 06:58 ص"); with only short lines between (no paragraph of
the story), the earlier stamp after it is the article's, the day its
"أمس" counts from.  Not a later stamp after it, nor one after a paragraph
of the story.

A page stamped with its posting time the day after the story's "today":
"الأربعاء 27 ديسمبر 2017 02:47:36" over "في مواجهة العراق اليوم
الثلاثاء" (posted after midnight or the next day): the day before the
stamp is the story's day (the stamp whose weekday the lead contradicts
was dropped altogether).  Not another weekday ("اليوم الاثنين": the
stamp may be the day the page was read), nor a stamp without its clock
time.

The lead's own day told by "أمس الأول" and its full date ("أعلنت وزارة
الصحة، يوم أمس الأول 14 مارس 2021م، عن …"), as by a weekday ("يوم الأحد
14 مارس 2021م"): the story's day, which the statements of the account
after it take (the page is of two days later, the day its "أمس الأول"
counts from).  Not such a date in a later sentence of the lead's line
("… في العاصمة. وكانت قد أعلنت يوم أمس الأول 14 مارس 2021م …").

Every sentence here is invented. The positive tests fail before the rule
they test; the negative ones hold the near misses where it must not fire.
"""

import pytest

from claims.extraction import extract
from claims.extraction.dates import find_dates
from claims.extraction.normalize import normalize
from tests.extraction.helpers import said


@pytest.mark.parametrize(
    "text, iso",
    [
        ("وهي مراسلة تعود للعام 2011، أرسلتها السفارة", "2011"),
        ("في برقية تعود للعام 2008 كتبها السفير", "2008"),
        ("وتعود الوثيقة للعام 2013م بحسب رقمها", "2013"),
    ],
)
def test_year_after_li_and_the_article(text, iso):
    assert [d.iso for d in find_dates(normalize(text))] == [iso]


@pytest.mark.parametrize(
    "text",
    [
        "فاز الفريق بالدوري للعام الثالث على التوالي",
        "وحوكم المتهمون بموجب القانون رقم 10 لسنة 2003 الخاص بالتجمهر",
    ],
)
def test_no_year_after_li_and_the_article(text):
    assert find_dates(normalize(text)) == []


def test_cable_dated_by_year_after_li_dates_its_writer():
    q = said(
        "الوثيقة رقم 11AMMAN204 هي مراسلة تعود للعام 2011، أرسلتها السفارة الأمريكية "
        "في عمان إلى وزارة الخارجية.\n"
        "كتبت السفارة في الفقرة الثالثة من الوثيقة: «تسعى الحركة إلى توسيع قاعدتها "
        "بين الشباب في المحافظات الجنوبية قبل الانتخابات البلدية».",
        "تسعى الحركة",
    )
    assert q.date == "2011"


_MET = (
    "كشفت برقية نشرها موقع ويكيليكس أن السفير الأمريكي في الرباط توماس رايلي "
    "التقى يوم 12 يناير 2008 وزير الداخلية شكيب بنموسى، لبحث التعاون الأمني "
    "بين البلدين."
)
_GOES_ON = (
    "\nونقلت البرقية عن بنموسى قوله للسفير إن الأجهزة المغربية تتابع الخلايا "
    "النائمة عن كثب. وأضاف وزير الداخلية بنموسى أن «التعاون مع واشنطن لم يكن "
    "يوما بهذا المستوى من الثقة»."
)


@pytest.mark.parametrize(
    "text",
    [
        _MET + _GOES_ON,
        _MET[:-1] + ". وقال بنموسى للسفير إن «التعاون مع واشنطن لم يكن يوما بهذا "
        "المستوى من الثقة».",
    ],
)
def test_cable_of_a_dated_meeting_dates_the_one_met(text):
    assert said(text, "التعاون مع واشنطن").date == "2008-01-12"


def test_cable_of_a_dated_meeting_with_a_name_in_marks_before_its_verb():
    text = _MET.replace("توماس رايلي", '"توماس رايلي"') + _GOES_ON
    assert said(text, "التعاون مع واشنطن").date == "2008-01-12"


@pytest.mark.parametrize(
    "text",
    [
        "كشفت برقية سرية سربها موقع ويكيليكس الشهير أن السفير الأمريكي في العاصمة "
        "المغربية الرباط توماس رايلي التقى في صيف 2008 وزير الداخلية شكيب بنموسى." + _GOES_ON,
        "كشفت برقية سرية سربها موقع ويكيليكس الشهير أن الوزير شكيب بنموسى الذي "
        "التقى يوم 12 يناير 2008 السفير الأمريكي توماس رايلي يثق في الأجهزة "
        "الأمريكية." + _GOES_ON,
        "كشفت برقية سرية سربها موقع ويكيليكس الشهير أن السفير الأمريكي توماس "
        "رايلي أكد أن الوزير التقى يوم 12 يناير 2008 وزير الداخلية شكيب بنموسى." + _GOES_ON,
        _MET + "\nوتكشف برقية أخرى أن الأجهزة المغربية تتابع الخلايا النائمة عن "
        "كثب. وأضاف وزير الداخلية بنموسى أن «التعاون مع واشنطن لم يكن يوما بهذا "
        "المستوى من الثقة».",
    ],
)
def test_no_meeting_date_for_the_cable(text):
    assert said(text, "التعاون مع واشنطن").date is None


_WRITTEN_ON = (
    "كشفت برقية دبلوماسية أمريكية نشرها موقع ويكيليكس اليوم أن الخلاف بين "
    "واشنطن والمدير العام للمنظمة استمر طويلا، وتشير البرقية، التي كتبت في 5 "
    "مارس 2010، إلى أن التوتر بلغ ذروته خلال الصيف.\n\n"
)
_CABLE_SAYS = "«لا يثق في أي تقرير يصله من العواصم الغربية»."


def test_cable_written_on_a_date_after_its_relative_pronoun():
    text = (
        _WRITTEN_ON + "وقالت البرقية، التي كتبها المندوب الأمريكي لدى المنظمة جون "
        "ميلر، إن المدير العام " + _CABLE_SAYS
    )
    assert said(text, "لا يثق").date == "2010-03-05"


def test_another_verb_of_saying_after_the_relative_pronoun_no_cable_date():
    text = (
        "كشفت برقية دبلوماسية أمريكية نشرها موقع ويكيليكس أن الخلاف استمر طويلا، "
        "وهي البرقية التي قال عنها وزير الخارجية في 5 مارس 2010 إنها مزورة.\n\n"
        "وقالت البرقية إن المدير العام " + _CABLE_SAYS
    )
    assert said(text, "لا يثق").date is None


@pytest.mark.parametrize(
    "text, iso",
    [
        ("يعود تاريخها ليوليو عام 2009 كشف عنها", "2009-07"),
        ("وثيقة تعود لمارس 2010", "2010-03"),
        ("اجتمع المجلس بمارس 2010", "2010-03"),
        ("تعود لكانون الثاني 2009", "2009-01"),
    ],
)
def test_month_glued_to_li_or_bi_before_its_year(text, iso):
    assert [d.iso for d in find_dates(normalize(text))] == [iso]


@pytest.mark.parametrize("text", ["تعود لمارس الماضي", "لما ذهب الوفد في"])
def test_month_glued_without_year_is_no_date(text):
    assert find_dates(normalize(text)) == []


_TALKS = (
    "في وثيقة سرية لمحادثات وزيرة الخارجية الأمريكية السابقة ورئيس الوزراء "
    "الأردني الأسبق سمير الرفاعي {} كشف عنها موقع ويكيليكس، تحدث الجانبان عن "
    "مستقبل عملية السلام.\nوتقول الوثيقة إن الرفاعي أبلغ الوزيرة أن «الأردن لن "
    "يقبل أي حل على حسابه»."
)


@pytest.mark.parametrize(
    "dated, iso",
    [
        ("يعود تاريخها ليوليو عام 2008", "2008-07"),
        ("يعود تاريخها إلى مارس 2008", "2008-03"),
        ("تعود لعام 2008", "2008"),
        ("تعود لمارس 2008", "2008-03"),
    ],
)
def test_document_dated_back_further_on(dated, iso):
    assert said(_TALKS.format(dated), "الأردن لن").date == iso


def test_document_back_to_a_cause_is_undated():
    text = _TALKS.format("تعود لأسباب قديمة في عام 2008")
    assert said(text, "الأردن لن").date is None


@pytest.mark.parametrize(
    "text, iso, precision",
    [
        ("date 2018-05 الوسط:", "2018-05", "month"),
        ("date 2018-05-14 الوسط:", "2018-05-14", "day"),
        ("خلال شهري أبريل ومايو 2018", "2018-05", "month"),
    ],
)
def test_month_label_and_month_glued_to_wa(text, iso, precision):
    assert [(d.iso, d.precision) for d in find_dates(normalize(text))] == [(iso, precision)]


def test_month_glued_to_wa_without_year_is_no_date():
    assert find_dates(normalize("ومارس الضغط على النواب في 15 جلسة")) == []


_BANK = (
    "أعلن البنك المركزي الليبي توزيع سيولة مالية جديدة على فروع المصارف "
    "التجارية في المنطقة الشرقية.\n\nوأوضح البنك، في بيان نشره على موقعه، أنه "
    "وزع 40 مليون دينار على فروع المصارف في بنغازي.\n\nوتابع: «فروع مصرف "
    "الأمان تلقت عشرة ملايين دينار خلال هذه الفترة، وسيستمر الضخ حتى نهاية "
    "الشهر».\n"
)


def test_month_label_dates_the_page_statements():
    q = said("date 2019-03 الوسط:\n\n" + _BANK, "فروع مصرف")
    assert (q.date, q.date_precision) == ("2019-03", "month")


@pytest.mark.parametrize(
    "text",
    [
        "date 2019-03 الوسط:\n\nكشفت برقية دبلوماسية أن " + _BANK,
        "date 2019-03 الوسط:\n\nفي يناير 2017، " + _BANK,
        _BANK + "date 2019-03\n",
    ],
)
def test_month_label_not_for_papers_other_times_or_late_labels(text):
    assert said(text, "فروع مصرف").date is None


_HILL = (
    "كشفت برقية أخرى مؤرخة في 3 مارس 2008 أن السفير الأميركي في بيروت جيفري "
    "هيل التقى رئيس الحكومة.\nووفق البرقية الصادرة في 20 أيار 2008 عقب لقاء بين "
    "هيل ورئيس الحكومة، انتقد الرئيس «التدخل الخارجي».\n"
)
_RESIGN = ": «قال الرئيس إن الحكومة لن تستقيل تحت الضغط»."


def test_cable_in_construct_with_the_envoys_name_is_the_one_in_view():
    assert said(_HILL + "وقالت برقية هيل" + _RESIGN, "قال الرئيس").date == "2008-05-20"


@pytest.mark.parametrize(
    "text",
    [
        _HILL + "وقالت برقية سليمان" + _RESIGN,
        "كشفت برقية مؤرخة في 3 مارس 2008 أن وزير الخارجية اللبناني فوزي صلوخ "
        "التقى السفير.\nوقالت برقية صلوخ" + _RESIGN,
    ],
)
def test_cable_in_construct_with_another_name_is_new(text):
    assert said(text, "قال الرئيس").date is None


@pytest.mark.parametrize(
    "text, found",
    [
        ("توتر في المحكمة السبت 26 01 2019 14:16", ["2019-01-26"]),
        ("فاز الفريق 3 02 2019 بطولة", []),
    ],
)
def test_date_spaced_out_before_its_clock_time(text, found):
    assert [d.iso for d in find_dates(normalize(text))] == found


_HEADLINE = "توتر بين الدفاع والنيابة العامة في قضية الفساد الكبرى بالعاصمة"
_STAMPED = _HEADLINE + " السبت 26 01 2019 14:16\n"
_COURT = (
    "\n\nأثار قرار محكمة الجنايات رفض طلبات الدفاع جدلا واسعا بين المحامين في "
    "قضية الفساد.\n\nوقال المحامي سامر العلي: «لم نشهد في تاريخ هذه المحكمة "
    "مثل هذا التعامل مع الدفاع».\n"
)


def test_stamp_on_the_headlines_line_is_the_pages():
    text = "أخبار محلية\n" + _HEADLINE + "\n" + _STAMPED + _HEADLINE + _COURT
    assert said(text, "لم نشهد").date == "2019-01-26"


def test_stamp_after_a_long_line_no_other_repeats_is_not_the_pages():
    text = "أخبار محلية\nجدل واسع في المحاكم\n" + _STAMPED + "ملفات قضائية" + _COURT
    assert said(text, "لم نشهد").date is None


@pytest.mark.parametrize(
    "text",
    [
        'كشفت الوثائق أن السفير التقى الملك "حمد بن عيسى آل خليفة"، وبحث معه '
        'العلاقات الثنائية. وقال الملك للسفير إن "العلاقات بين البلدين قوية جدا".',
        'وكشف الملك للسفير أنه أمر وزير إعلامه "محمد عبد جعفر" بالتوقف عن استخدام '
        'تلك العبارات. وقال الملك للسفير إن "العلاقات بين البلدين قوية جدا".',
    ],
)
def test_name_in_marks_after_a_title_is_no_quote(text):
    assert [q.text for q in extract(text)] == ["العلاقات بين البلدين قوية جدا"]


@pytest.mark.parametrize(
    "text, start",
    [
        ('وقال الأمير للسفير "محمد بن سلمان يريد إصلاحات سريعة في الاقتصاد السعودي".', "محمد بن"),
        ('وقال الوزير في كتابه "محمد عبد الله رجل الدولة والمرحلة".', "محمد عبد"),
    ],
)
def test_words_in_marks_that_open_with_a_name_stay_quotes(text, start):
    assert said(text, start)


_SITE = "آخر تحديث :السبت-18 مايو 2024-03:21م\n\nمحليات\n\nتوضيح رسمي حول أسعار الصرف\n\n"
_LEAD = (
    "أكد محافظ البنك المركزي أن أسعار الصرف ما تزال مستقرة نسبيا وتخضع لقوى "
    "العرض والطلب في السوق المحلية والدولية على حد سواء.\n"
)
_GOVERNOR = 'وقال المحافظ سالم الأحمدي أمس إن "الاستقرار النقدي ما يزال تحت السيطرة رغم الظروف".\n'


@pytest.mark.parametrize(
    "text, day",
    [
        (
            _SITE + "الجمعة - 13 فبراير 2015 - 06:58 ص بتوقيت عدن\n\n" + _LEAD + _GOVERNOR,
            "2015-02-12",
        ),
        (
            "آخر تحديث :الجمعة-13 فبراير 2015-03:21م\n\nمحليات\n\nتوضيح رسمي\n\n"
            "السبت - 18 مايو 2024 - 06:58 ص\n\n" + _LEAD + _GOVERNOR,
            "2015-02-12",
        ),
        (_SITE + _LEAD + "الجمعة - 13 فبراير 2015 - 06:58 ص\n" + _GOVERNOR, "2024-05-17"),
    ],
)
def test_site_header_stamp_then_the_articles(text, day):
    assert said(text, "الاستقرار النقدي").date == day


def _match_page(stamp, day):
    return (
        "مدرب الأردن يشيد بالأداء رغم الخسارة\n\n" + stamp + "\nمدرب الأردن يشيد "
        "بالأداء رغم الخسارة\n\nأشاد مدرب منتخب الأردن بأداء لاعبيه رغم الخسارة "
        "بهدف دون رد أمام العراق في البطولة.\n\nوكان الأردن قد خسر المباراة "
        "الأولى، لكنه عاد في مواجهة العراق اليوم " + day + " بصورة مغايرة.\n\n"
        'وقال المدرب سامي الخطيب في المؤتمر الصحفي: "أنا راض عن أداء اللاعبين '
        'ولكن التحكيم لم يكن في المستوى".\n'
    )


@pytest.mark.parametrize(
    "stamp, day, date",
    [
        ("الأربعاء 27 ديسمبر 2017 02:47:36", "الثلاثاء", "2017-12-26"),
        ("الأربعاء 27 ديسمبر 2017 02:47:36", "الاثنين", None),
        ("الأربعاء 27 ديسمبر 2017", "الثلاثاء", None),
    ],
)
def test_page_posted_the_day_after_its_today(stamp, day, date):
    assert said(_match_page(stamp, day), "أنا راض").date == date


_CHOLERA = (
    "\nوذكر الناطق باسم الوزارة سامر خليل أن السلطات الصحية سجلت الحالات في "
    "أحياء متفرقة يوم الجمعة.\nوتابع إن عدد الحالات منذ بداية العام تجاوز عشرة "
    'آلاف حالة.\nولفت إلى أن "المياه الملوثة هي السبب الرئيسي لانتشار الوباء في '
    'الأحياء الفقيرة".\n'
)


@pytest.mark.parametrize(
    "lead, date",
    [
        (
            "أعلنت وزارة الصحة، يوم أمس الأول 14 مارس 2021م، عن تسجيل نحو 300 إصابة "
            "جديدة بالكوليرا في العاصمة.",
            "2021-03-14",
        ),
        (
            "أعلنت وزارة الصحة تسجيل إصابات جديدة بالكوليرا في العاصمة. وكانت قد أعلنت "
            "يوم أمس الأول 14 مارس 2021م عن تسجيل نحو 300 إصابة.",
            None,
        ),
    ],
)
def test_lead_day_told_by_the_day_before_yesterday(lead, date):
    assert said(lead + _CHOLERA, "المياه الملوثة").date == date


def _wire_page(stamp, glue=" "):
    return (
        "https://example.com/news/123\n\nالخارجية الأردنية تدين تصريحات الوزير "
        "الإسرائيلي\n\nوكالة الأنباء\n\nأدانت وزارة الخارجية الأردنية، اليوم "
        "السبت، تصريحات الوزير الإسرائيلي بشأن الضفة الغربية...\n\n" + stamp + "\n\n"
        "العالم العربي\n\nأخبار الأردن اليوم\n\nوجاء في بيان الخارجية الأردنية: "
        '"على المجتمع الدولي أن يتحمل مسؤولياته إزاء هذه التصريحات الخطيرة".'
        + glue
        + "وجددت الأردن موقفها الداعي إلى حل الدولتين على حدود عام 1967 وعاصمتها "
        "القدس.\n"
    )


def test_iso_stamp_with_its_time_glued_by_t():
    assert find_dates(normalize("2026-02-21T19:17+0000"))[0].iso == "2026-02-21"
    assert said(_wire_page("2026-02-21T19:17+0000"), "على المجتمع").date == "2026-02-21"


def test_day_with_a_t_and_no_time_is_no_date():
    assert find_dates(normalize("رمز 2026-02-21Tx المرجع")) == []


def test_stop_glued_after_the_closing_mark_ends_the_sentence():
    text = _wire_page("2026-02-21T19:17+0000", glue="")
    assert said(text, "على المجتمع").date == "2026-02-21"
