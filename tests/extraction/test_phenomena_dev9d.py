"""Spans and dates of the words said (dev9d, 2026-12-04).

A year closing the name of the one met, set off by commas after the
occasion that names him: "واعتبر، خلال لقائه بالسفير الفرنسي، جان دوبون عام
2006، أن «…»" is the meeting's year, the words' date (the year in an
apposition was read as telling of the speaker, "قال X، أحد مؤسسي الحزب
عام 2006، إن": it still is when no occasion opens the comma before).

A statement quoted whole and signed by its office on the date's own line,
closing the text: "المكتب السياسي بتاريخ: 9/3/2019", "الأمانة العامة
بتاريخ: …" dates its words, as the office's name on a short line above
the date did.  Not a place before the date ("طرابلس بتاريخ: …"): the day
the text was filed, with no day told in its lead.

A leaked paper's account goes on through the quote of someone it told of
(the minutes of a meeting dated "في مارس 2010م", then "وأبلغ X Y بأن …",
then "تابع X: «…»"), though a gathering word stands between, when it is
in the content the أنّ reports ("وأن زعامة المؤتمر الشعبي وافقت": the
party, or a meeting the words tell of, no occasion of the telling); and
though the paper is named between, when it is the one in view where the
words stand ("على حد تعبير X في الوثيقة نفسها").  Not a gathering told
outside a that-clause ("وحضر X لاحقا المؤتمر الوطني"), nor the paper
named in a denial ("لكن X نفى ما جاء في الوثيقة") or the papers as a
whole ("وهو ما تؤكده الوثائق"): the account has left the paper.

A title after بعنوان and its colon ("ألقى عظة بعنوان: «يا بني أين تمضي؟ …»،
قال فيها: «…»") is no one's words, as it is without the colon (the colon
hid the label noun from the word before the marks).  Not words after a
verb of saying and its colon ("وقال في عظته: «…؟»").

A name in marks after the عن of a relay, then the saying relayed ("نقلت
عن «سامر العلي» (رئيس البلدية آنذاك) قوله إن …", an aside in brackets
between or none): the one relayed, no words said.  Not words in marks
after the source ("ونقلت الوكالة عن الوزير «لن نتراجع أبدا»").

A quote in marks hard-wrapped over four to six lines (a text wrapped at
a fixed width, each line ending mid-sentence, the next mark of the family
closing it): one quote, as over three lines (the limit was three; a
minutes' findings "وتوصلت إلى التالي: «1-…»" ran over five).  Not past a
line that ends its sentence ("… الموقع معها.\nمنذ …"): no quote runs across.

A name in marks right after the speaker's phrase, then the name Ali
spelt as the preposition على and a given name ("أكد الناطق باسم الوفاق
«العودة إلى منصة الميثاق» على سالم الدوري، …"): the speaker's own name after
the name of his body's wing, no words said.  Not words in marks followed
by على and no given name ("… «لن نتراجع عن هذا القرار» على الإطلاق").

Words someone else told at the event the lead dates, in the أنّ clause
of the teller's verb ("كاشفا أن الأخير دعاه إلى «…»", at a meeting held
"أمس الأول"): said before the event, on no day told, not at it.  Not the
teller's own words in his clause ("كاشفا أنه دعا الأهالي إلى «…»"): of
the event's day.

A fronted date of one event, then a relative clause telling a talk of
its own, then the cue ("وفي عددها الأول الصادر بتاريخ 3 من مارس 1975م،
نشرت (النهار) خبر …، وهي التغطية التي أشاد بها الملك في حواره الأول
…، حيث قال: «…»"): the words are of that later talk, on no day told.
Not a talk outside a relative clause ("وفي 3 مارس 1975، قال الملك في
حواره مع الصحيفة التي …: «…»"), of the date.

Every sentence here is invented. The positive tests fail before the rule
they test; the negative ones hold the near misses where it must not fire.
"""

import pytest

from claims.extraction import extract
from tests.extraction.helpers import said


def test_year_after_the_name_of_the_one_met_dates_the_meeting():
    q = said(
        "واعتبر الوزير سامي حداد، خلال لقائه بالسفير الفرنسي، جان دوبون عام 2006، "
        "أن المزارعين «يطلبون فقط الحصول على الماء».",
        "يطلبون فقط",
    )
    assert q.speaker == "سامي حداد", q.speaker
    assert q.date == "2006", q.date


def test_year_in_the_speakers_own_apposition_stays_his():
    q = said(
        "وقال الوزير، سامي حداد، أحد مؤسسي الحزب عام 2006، إن المزارعين "
        "«يطلبون فقط الحصول على الماء».",
        "يطلبون فقط",
    )
    assert q.date is None, q.date


_UNION = (
    "ندد اتحاد الكتاب الليبيين باعتقال الشاعر سالم المبروك.\n"
    "ودعا الاتحاد في بيان صادر عن أمانته العامة إلى إطلاق سراحه.\n"
    '"إننا في اتحاد الكتاب ندين بقوة اعتقال الشاعر ونطالب بالإفراج الفوري عنه '
    'دون قيد أو شرط."\n'
)


def test_an_office_signing_on_the_dates_line_dates_the_statement():
    q = said(_UNION + "الأمانة العامة بتاريخ: 14/03/2019", "إننا في اتحاد")
    assert q.date == "2019-03-14", q.date


def test_a_place_on_the_closing_dates_line_signs_nothing():
    q = said(_UNION + "طرابلس بتاريخ: 14/03/2019", "إننا في اتحاد")
    assert q.date is None, q.date


_MINUTES = (
    "كشف موقع ويكيليكس عن محضر اجتماع دار بين وزير الخارجية الليبي سالم الورفلي "
    "والقائم بأعمال السفارة البريطانية في طرابلس جون سميث في مارس 2010م. "
    "وأبلغ الورفلي سميث بأن الحكومة كانت قد اتخذت قرارات مهمة تجاه الغرب"
)
_GOES_ON = (
    '.\n\nتابع الورفلي: "الخطوة الثانية، كنا قد اتفقنا على تغيير الحكومة قبل '
    'الانتخابات المقبلة لكننا فشلنا في ذلك بعد قرار المحكمة".'
)


def test_a_gathering_in_the_reported_content_keeps_the_papers_account():
    q = said(_MINUTES + "، وأن زعامة المؤتمر الشعبي وافقت عليها" + _GOES_ON, "الخطوة الثانية")
    assert q.date == "2010-03", q.date


def test_a_gathering_told_outside_a_that_clause_leaves_the_account():
    q = said(_MINUTES + ". وحضر الورفلي لاحقا المؤتمر الوطني" + _GOES_ON, "الخطوة الثانية")
    assert q.date is None, q.date


def test_the_paper_in_view_where_the_words_stand_keeps_its_account():
    q = said(_MINUTES + "، على حد تعبير الورفلي في الوثيقة نفسها" + _GOES_ON, "الخطوة الثانية")
    assert q.date == "2010-03", q.date


@pytest.mark.parametrize(
    "between",
    ["، لكن الورفلي نفى ما جاء في الوثيقة", "، وهو ما تؤكده الوثائق"],
)
def test_the_papers_named_in_a_denial_or_as_a_whole_leave_the_account(between):
    q = said(_MINUTES + between + _GOES_ON, "الخطوة الثانية")
    assert q.date is None, q.date


_SERMON_AFTER = "، قال فيها: «على المسؤولين أن يراجعوا ضمائرهم قبل فوات الأوان»."


def test_a_title_after_the_colon_of_bi_unwan_is_no_quote():
    text = "بعد القداس، ألقى المطران عظة بعنوان: «يا بني أين تمضي؟ عد إلى بيتك»" + _SERMON_AFTER
    assert [q.text for q in extract(text)] == ["على المسؤولين أن يراجعوا ضمائرهم قبل فوات الأوان"]


def test_words_after_a_verbs_colon_are_kept():
    q = said("وقال المطران في عظته: «يا بني أين تمضي؟ عد إلى بيتك»" + _SERMON_AFTER, "يا بني")
    assert q.end > q.start


def test_a_name_in_marks_before_the_saying_relayed_is_no_quote():
    for text in (
        "وكشفت وثيقة نقلت عن “سامر العلي” (رئيس مجلس البلدية آنذاك) قوله إن كلفة "
        "الجسر الجديد تفوق قدرة البلدية.",
        'ونقلت الوكالة عن "سامر العلي" قوله إن الاجتماع تأجل.',
    ):
        assert [q.text for q in extract(text)] == [], text


def test_words_in_marks_after_the_relays_source_are_kept():
    q = said('ونقلت الوكالة عن الوزير "لن نتراجع أبدا".', "لن نتراجع")
    assert q.speaker == "الوزير", q.speaker


_WRAPPED = (
    "عقد المجلس البلدي لمدينة صبراتة اجتماعا طارئا مساء أمس لبحث\n"
    "أزمة المياه التي تعاني منها الأحياء الشرقية منذ أسابيع، وقال\n"
    "رئيس المجلس سالم الزروق في ختام الاجتماع: «إن الشركة المكلفة\n"
    "بالصيانة لم تلتزم بالمواعيد المتفق عليها في العقد الموقع معها\n"
    "منذ بداية العام، وإن المجلس سيلجأ إلى القضاء إذا لم تستأنف\n"
    "الأشغال خلال أسبوع واحد من تاريخ هذا الإنذار الموجه إليها\n"
    "بشكل رسمي ومكتوب من طرف المجلس البلدي ولجنة الخدمات فيه».\n"
    "وأضاف الزروق أن المجلس سيتابع الملف مع الوزارة المختصة حتى\n"
    "يتم إيجاد حل نهائي يرضي السكان ويضمن وصول المياه إلى منازلهم.\n"
)


def test_a_quote_wrapped_over_five_lines_is_one_quote():
    q = said(_WRAPPED, "إن الشركة")
    assert q.text.endswith("ولجنة الخدمات فيه"), q.text
    assert q.speaker == "سالم الزروق", q.speaker


def test_no_wrapped_quote_runs_past_a_line_that_ends_its_sentence():
    text = _WRAPPED.replace("الموقع معها\n", "الموقع معها.\n")
    assert not any("ولجنة الخدمات فيه" in q.text for q in extract(text))


def test_marks_before_ali_and_a_given_name_are_a_name_in_the_speakers_phrase():
    text = (
        "أكد الناطق الرسمي باسم الوفاق والبناء”العودة إلى منصة الميثاق” على سالم "
        "الدوري، رئيس حزب النهضة، مشاركة الآلاف في مسيرة الغد."
    )
    assert [q.text for q in extract(text)] == []


def test_marks_before_ala_and_no_given_name_are_words_said():
    q = said(
        'أكد الناطق باسم الحكومة سامي الدوري "لن نتراجع عن هذا القرار" على الإطلاق.',
        "لن نتراجع",
    )
    assert q.speaker == "سامي الدوري", q.speaker


_EVENT = (
    "الاثنين 18 أكتوبر 2010\n\n"
    "اختتم حزب النهضة أمس الأول لقاء مع سكان الحي الشمالي في مدينة الزاوية حضره "
    "رئيسه سامي الدوري، وسط نقاش حاد حول الانتخابات.\n\n"
    "وقدم الدوري كلمة قصيرة، مشددا على أن «الوحدة الوطنية أهم من أي مقعد في البرلمان "
    "أو في المجلس البلدي».\n\n"
    "ولفت الدوري إلى أنه يستشير الشيخ حسن المبروك في أسماء المرشحين، "
)
_CALL = "«عدم الانسحاب من السباق الانتخابي مهما كانت الظروف»."


def test_words_another_told_at_the_event_are_not_of_its_day():
    text = _EVENT + "كاشفا أن الأخير دعاه إلى " + _CALL
    assert said(text, "الوحدة الوطنية").date == "2010-10-16"
    q = said(text, "عدم الانسحاب")
    assert q.speaker == "حسن المبروك", q.speaker
    assert q.date is None, q.date


def test_the_tellers_own_words_in_his_clause_are_of_the_events_day():
    q = said(_EVENT + "كاشفا أنه دعا الأهالي إلى " + _CALL, "عدم الانسحاب")
    assert q.date == "2010-10-16", q.date


_PRAISE = "«لقد نقلت الصحيفة صورة صادقة عن فرحة الناس بالميناء»."


def test_a_talk_a_relative_clause_tells_after_the_fronted_date_is_undated():
    q = said(
        "وفي عددها الأول الصادر بتاريخ 3 من مارس 1975م، نشرت (النهار) خبر افتتاح الميناء "
        "الجديد، وهي التغطية التي أشاد بها الملك الراحل في حواره الأول مع (النهار)، "
        "حيث قال: " + _PRAISE,
        "لقد نقلت",
    )
    assert q.date is None, q.date


def test_a_talk_outside_a_relative_clause_keeps_the_fronted_date():
    q = said(
        "وفي 3 مارس 1975، قال الملك في حواره مع الصحيفة التي يقرأها الجميع: " + _PRAISE,
        "لقد نقلت",
    )
    assert q.date == "1975-03-03", q.date
