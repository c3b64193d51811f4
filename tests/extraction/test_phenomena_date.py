"""Phenomena found reading the date misses of the real development sets
(date session).

Every article here is written for the test, in sentences that are not in
those sets; each test fails without the rule it names.
"""

from claims.extraction.dates import find_dates
from claims.extraction.normalize import normalize
from tests.extraction.helpers import one


def test_documents_in_the_plural_after_a_dated_one_are_its_collection():
    # "برقية تحمل تاريخ …، نقلا عن وثائق ويكيليكس": the plural documents
    # are the archive the dated cable comes from, not a new undated document
    text = (
        "الأيام تنشر برقية عن وزير المالية\n"
        'نشرت صحيفة "الأيام" برقية تحمل تاريخ 12 آذار 2007، نقلا عن وثائق '
        "ويكيليكس، تعود للسفير الأميركي في عمان جون بيرس، وأشارت فيها إلى أن "
        '"وزير المالية رفض الخطة تماما".\n'
        'وأكد الوزير، حسب الوثيقة، أن "الخطة لا تخدم البلاد في هذه المرحلة".\n'
    )
    assert one(text, "وزير المالية رفض").date == "2007-03-12"
    assert one(text, "الخطة لا تخدم").date == "2007-03-12"


def test_a_new_single_document_after_a_dated_one_still_resets_its_date():
    # (negative) "ثم برقية أخرى": a new single document, undated, is not
    # the dated one's collection
    text = (
        "الأيام تنشر برقيتين عن وزير المالية\n"
        "نشرت صحيفة الأيام برقية تحمل تاريخ 12 آذار 2007 عن لقاء مع وزير "
        "المالية.\n"
        'وفي برقية أخرى، كتب السفير أن "الوزير بدا أكثر تشددا من ذي قبل".\n'
    )
    assert one(text, "الوزير بدا أكثر").date is None


def test_a_statement_apart_from_a_gathering_of_the_stamps_day_takes_the_stamp():
    # the lead's gathering is the stamp's day itself ("الثلاثاء" under a
    # Tuesday's stamp): the MP's words to the outlet, on another occasion
    # than the session, are still of the day's story
    text = (
        "نائبة: جلسة اليوم قد تؤجل\n"
        "\n"
        "2021-03-16 | 10:12\n"
        "\n"
        "قالت النائبة عن كتلة الوفاق سلمى الراشد، الثلاثاء، إن جلسة البرلمان "
        'المقررة اليوم "قد تؤجل" بسبب الخلافات.\n'
        '\nوذكرت الراشد في حديث لـ"الموقع"، أن "الكتل لم تتفق بعد على جدول '
        'الأعمال ولا على موعد التصويت".\n'
    )
    assert one(text, "الكتل لم تتفق").date == "2021-03-16"


def test_a_statement_apart_from_a_gathering_of_another_day_takes_no_stamp():
    # (negative) the lead's gathering was the day before the stamp: a
    # statement apart from it is of no day told
    text = (
        "نائبة: لا اتفاق على موعد الجلسة\n"
        "\n"
        "2021-03-16 | 10:12\n"
        "\n"
        "عقد البرلمان أمس الاثنين جلسة لمناقشة الموازنة انتهت دون تصويت.\n"
        '\nوذكرت النائبة سلمى الراشد في حديث لـ"الموقع"، أن "الكتل لم تتفق بعد '
        'على جدول الأعمال ولا على موعد التصويت".\n'
    )
    assert one(text, "الكتل لم تتفق").date is None


def test_a_lead_that_tells_of_yesterday_dates_its_account_yesterday():
    # "السبت 2022/04/09 … أصدرت المحكمة أمس الجمعة حكما": the day story is
    # of the day its lead tells, the day before the stamp; the court's and
    # the lawyer's words after it, undated, are of that day
    text = (
        "السجن عشر سنوات لمدير بلدية سابق\n"
        "\n"
        "محليات 2022/04/09\n"
        "\n"
        "أصدرت محكمة الجنايات أمس الجمعة حكما بسجن مدير بلدية سابق عشر سنوات "
        "بتهمة الاختلاس.\n"
        'وأكدت المحكمة أن "الأدلة على الاختلاس ثابتة وكافية".\n'
        'في المقابل، قال محامي المتهم إن "موكله سيستأنف الحكم خلال المدة '
        'القانونية".\n'
    )
    assert one(text, "الأدلة على الاختلاس").date == "2022-04-08"
    assert one(text, "موكله سيستأنف").date == "2022-04-08"


def test_a_lead_that_tells_of_today_keeps_the_stamps_day():
    # (negative) "اليوم السبت": the stamp's own day
    text = (
        "السجن عشر سنوات لمدير بلدية سابق\n"
        "\n"
        "محليات 2022/04/09\n"
        "\n"
        "أصدرت محكمة الجنايات اليوم السبت حكما بسجن مدير بلدية سابق عشر "
        "سنوات بتهمة الاختلاس.\n"
        'وأكدت المحكمة أن "الأدلة على الاختلاس ثابتة وكافية".\n'
    )
    assert one(text, "الأدلة على الاختلاس").date == "2022-04-09"


def test_a_weekday_to_come_is_not_a_past_day_of_the_stamp():
    # "يوم الجمعة المقبل": a day ahead, not the last Friday before the
    # stamp; the account keeps the stamp's day
    text = (
        "قرار مرتقب بشأن رئاسة المجلس\n"
        "\n"
        "2019-03-12 - 4:26 م\n"
        "من المقرر أن يصدر يوم الجمعة المقبل قرار نهائي بشأن رئاسة المجلس.\n"
        'وقالت صحيفة "النهار" إن "مشاورات ستجري اليوم وغدا لحسم المنصب".\n'
    )
    assert one(text, "مشاورات ستجري").date == "2019-03-12"


def test_a_day_of_every_year_takes_no_year_from_the_text():
    # "بمناسبة اليوم العالمي للمعلم الموافق لـ 5 أكتوبر من كل عام": a day
    # of every year, not a time of the story; the spokesman's words keep
    # the lead's day
    text = (
        "نظم المنتدى الوطني للتعليم اليوم الاثنين 3 أكتوبر 2022، وقفة أمام "
        "مقر الوزارة بمناسبة اليوم العالمي للمعلم الموافق ليوم 5 أكتوبر من كل "
        "عام.\n"
        'وقال الناطق باسم المنتدى سامي العياري في تصريح للموقع، إن "الوقفة '
        'تأتي للمطالبة بتحسين ظروف العمل في المدارس".\n'
    )
    assert one(text, "الوقفة تأتي").date == "2022-10-03"


def test_a_day_of_every_year_is_no_dated_day():
    found = find_dates(normalize("في 3 أكتوبر 2022 احتفلوا بيوم 5 أكتوبر من كل عام"))
    assert [d.iso for d in found] == ["2022-10-03", None]
    # (negative) a day later in the same narrative still takes its year
    found = find_dates(normalize("في 3 أكتوبر 2022 اجتمعوا ثم في 5 أكتوبر عادوا"))
    assert [d.iso for d in found] == ["2022-10-03", "2022-10-05"]


def test_a_leads_weekday_and_date_in_commas_dates_the_story():
    # "أكد X، الاثنين 8 ماي 2023، أنه …": the lead's own day, set off by
    # commas after its subject, is the story's day: the undated quotes of
    # the account after it take it (another speaker's too)
    text = (
        "أعلنت وزارة النقل، الثلاثاء 14 مارس 2023، عن خطة جديدة لتجديد أسطول "
        "الحافلات في العاصمة.\n"
        'وقال المتحدث باسم الوزارة كريم الجلاصي إن "الحافلات الأولى ستصل قبل '
        'نهاية الصيف".\n'
        'وأضاف الجلاصي "سنعطي الأولوية للخطوط الأكثر اكتظاظا".\n'
    )
    assert one(text, "الحافلات الأولى").date == "2023-03-14"
    assert one(text, "سنعطي الأولوية").date == "2023-03-14"


def test_a_weekday_and_date_in_a_relative_clause_is_no_story_day():
    # (negative) "أعلن الوزير، الذي زار الميناء يوم الثلاثاء 14 مارس 2023،":
    # the day of the speaker's visit, not set off on its own by commas, is
    # no day of the story
    text = (
        "أعلن وزير النقل، الذي زار الميناء يوم الثلاثاء 14 مارس 2023، عن خطة "
        "جديدة لتجديد أسطول الحافلات.\n"
        'وقال رئيس النقابة إن "الخطة لا تستجيب لمطالب السواق".\n'
    )
    assert one(text, "الخطة لا تستجيب").date is None


def test_a_wire_dateline_dates_a_statement_whose_lead_names_no_day():
    # "2023-06-05 غزة/وفا/": a wire dispatch, the day's news; the statement
    # it carries, dated by nothing else, is of the dateline's day
    text = (
        "2023-06-05 غزة/وفا/\n"
        "\n"
        "أصدرت وزارة الصحة بيانا جاء فيه:\n"
        "\n"
        '"الوزارة تحذر من نفاد الأدوية الأساسية في مستشفيات القطاع خلال '
        'أسابيع".\n'
    )
    assert one(text, "الوزارة تحذر").date == "2023-06-05"


def test_a_bare_page_date_does_not_date_a_statement_whose_lead_names_no_day():
    # (negative) a date alone on its line, no place nor agency after it: no
    # day story is told, the statement takes no date
    text = (
        "2023-06-05\n"
        "\n"
        "أصدرت وزارة الصحة بيانا جاء فيه:\n"
        "\n"
        '"الوزارة تحذر من نفاد الأدوية الأساسية في مستشفيات القطاع خلال '
        'أسابيع".\n'
    )
    assert one(text, "الوزارة تحذر").date is None


def test_today_and_a_weekday_with_no_dateline_count_forward_from_the_narrative():
    # "أصدرت المحكمة مساء الثلاثاء 7 مارس 2023 حكما …" then "في تصريح اليوم
    # الخميس": no stamp; the writer's today is the first Thursday on or
    # after the last day the narrative dated with its weekday
    text = (
        "أصدرت المحكمة الابتدائية مساء الثلاثاء 7 مارس 2023 حكما بسجن ناشط "
        "عامين.\n"
        "وقال محامي الدفاع سليم القاسمي، في تصريح للإذاعة اليوم الخميس، إن "
        '"الملف خال من أي دليل مادي".\n'
    )
    assert one(text, "الملف خال").date == "2023-03-09"


def test_today_and_a_weekday_with_no_dated_weekday_before_take_no_day():
    # (negative) the narrative's date names no weekday: no calendar to
    # count in
    text = (
        "أصدرت المحكمة الابتدائية في 7 مارس 2023 حكما بسجن ناشط عامين.\n"
        "وقال محامي الدفاع سليم القاسمي، في تصريح للإذاعة اليوم الخميس، إن "
        '"الملف خال من أي دليل مادي".\n'
    )
    assert one(text, "الملف خال").date is None


def test_a_follow_up_of_words_told_at_another_time_takes_no_stamp():
    # "وعبر الوزير، حينها، عن رفضه …، إذ أكد أن «…». كما أكد أن «…»": the
    # words just before took no day (told then, not on the lead's day);
    # the follow-up of the same speaker is of that time too
    text = (
        "استقبل وزير الخارجية سامي الحداد، اليوم الاثنين 6 مارس 2023، السفير "
        "الجديد للاتحاد الأوروبي.\n"
        "وكانت تصريحات السفير أمام البرلمان الأوروبي قد أثارت غضب الوزير.\n"
        "وعبر الوزير، حينها، عن رفضه لهذه التصريحات، إذ أكد أن "
        '"بلادنا دولة ذات سيادة". كما أكد أن "العلاقات تقوم على الاحترام '
        'المتبادل وعدم التدخل".\n'
    )
    assert one(text, "بلادنا دولة").date is None
    assert one(text, "العلاقات تقوم").date is None


def test_a_follow_up_of_words_of_the_day_keeps_the_stamp():
    # (negative) no time moved: the follow-up is of the lead's day
    text = (
        "استقبل وزير الخارجية سامي الحداد، اليوم الاثنين 6 مارس 2023، السفير "
        "الجديد للاتحاد الأوروبي.\n"
        "وعبر الوزير خلال اللقاء عن رفضه للتصريحات الأخيرة، إذ أكد أن "
        '"بلادنا دولة ذات سيادة". كما أكد أن "العلاقات تقوم على الاحترام '
        'المتبادل وعدم التدخل".\n'
    )
    assert one(text, "العلاقات تقوم").date == "2023-03-06"


def test_a_subjectless_cue_after_a_sentence_that_reads_the_cable_is_of_its_date():
    # "وتنقل الوثيقة عن الوزير رغبته … . وقال: «…»": the words the cable
    # relays go on right after, of the cable's date
    text = (
        "كشفت صحيفة محلية عن برقيات جديدة صادرة عن السفارة الأميركية.\n"
        "وبحسب برقية صادرة في 12 آب 2007 تتعلق بزيارة وزير الداخلية إلى "
        "واشنطن، فقد طلب الوزير دعما إضافيا لقوات الأمن.\n"
        "وتنقل الوثيقة عن الوزير رغبته في تسريع تسليم المعدات. وقال: "
        '"نحتاج هذه المعدات قبل نهاية العام".\n'
    )
    assert one(text, "نحتاج هذه المعدات").date == "2007-08-12"


def test_a_subjectless_cue_after_a_sentence_of_no_cable_keeps_no_cable_date():
    # (negative) the sentence before reads no cable (a reaction now): the
    # words after it take no cable date
    text = (
        "كشفت صحيفة محلية عن برقيات جديدة صادرة عن السفارة الأميركية.\n"
        "وبحسب برقية صادرة في 12 آب 2007، طلب وزير الداخلية دعما إضافيا.\n"
        "ورد الوزير الحالي على الصحيفة في مؤتمر صحفي. وقال: "
        '"لا علاقة لنا بما ورد في هذه الأوراق".\n'
    )
    assert one(text, "لا علاقة لنا").date != "2007-08-12"


def test_a_leads_weekday_and_date_without_commas_date_the_story():
    # "أعلنت الوزارة الثلاثاء 14 مارس 2023 عن …": the lead's own weekday
    # and date in its running text, no gathering nor document before them
    text = (
        "أعلنت وزارة النقل الثلاثاء 14 مارس 2023 عن خطة جديدة لتجديد أسطول "
        "الحافلات في العاصمة.\n"
        'وقال المتحدث باسم الوزارة كريم الجلاصي إن "الحافلات الأولى ستصل قبل '
        'نهاية الصيف".\n'
    )
    assert one(text, "الحافلات الأولى").date == "2023-03-14"


def test_a_documents_weekday_and_date_in_the_lead_are_no_story_day():
    # (negative) "نشرت الصحيفة وثيقة مؤرخة الثلاثاء 14 مارس 2023": the
    # document's day, not the story's
    text = (
        "نشرت صحيفة محلية وثيقة مؤرخة الثلاثاء 14 مارس 2023 عن خطة لتجديد "
        "أسطول الحافلات.\n"
        'وقال رئيس نقابة السواق إن "الخطة لم تعرض علينا أبدا".\n'
    )
    assert one(text, "الخطة لم تعرض").date is None


def test_today_with_its_weekday_and_date_after_the_lead_dates_the_story():
    # "…«…».وقال الوزير في حوار لإذاعة محلية اليوم الخميس 9 مارس 2023،":
    # today named with its weekday and date, in the sentence after the lead
    # (run in, as scraped), is the story's day; the lead's quote takes it
    text = (
        'قال وزير التجارة سمير الحداد، إن الحكومة "ستخفض أسعار المواد الأساسية '
        'قريبا".وقال الحداد في حوار لإذاعة محلية اليوم الخميس 9 مارس 2023، '
        '"الأسعار ستنخفض بنسبة عشرة بالمائة على الأقل".\n'
    )
    assert one(text, "ستخفض أسعار").date == "2023-03-09"
    assert one(text, "الأسعار ستنخفض").date == "2023-03-09"


def test_today_with_a_weekday_the_date_contradicts_is_no_story_day():
    # (negative) "اليوم الجمعة 9 مارس 2023": 9 March 2023 was a Thursday;
    # the lead's quote takes no day from it
    text = (
        'قال وزير التجارة سمير الحداد، إن الحكومة "ستخفض أسعار المواد الأساسية '
        'قريبا".وقال الحداد في حوار لإذاعة محلية اليوم الجمعة 9 مارس 2023، '
        '"الأسعار ستنخفض بنسبة عشرة بالمائة على الأقل".\n'
    )
    assert one(text, "ستخفض أسعار").date is None


def test_words_an_envoy_reports_he_was_told_are_of_his_cable():
    # "وقال السفير الأميركي إن وزير الداخلية قال له إن «…»": the cable's
    # writer reports, in his أنّ clause, what he was told: the cable's date
    text = (
        "كشفت وثائق مسربة عن لقاءات السفير الأميركي في المنطقة.\n"
        "وكتب السفير الأميركي جون بيرس، في تقرير رفعه إلى الخارجية في مارس "
        '2005، أن المسؤولين "قلقون من الوضع على الحدود". وقال السفير '
        'الأميركي إن وزير الداخلية قال له إن "الحدود لم تعد آمنة كما كانت".\n'
    )
    assert one(text, "الحدود لم تعد").date == "2005-03"


def test_words_a_journalist_reports_he_was_told_are_not_of_the_cable():
    # (negative) the teller is no envoy: a reaction now, not the cable's
    text = (
        "كشفت وثائق مسربة عن لقاءات السفير الأميركي في المنطقة.\n"
        "وكتب السفير الأميركي جون بيرس، في تقرير رفعه إلى الخارجية في مارس "
        '2005، أن المسؤولين "قلقون من الوضع على الحدود". وقال الصحافي سامر '
        'الحلبي إن وزير الداخلية قال له إن "الحدود لم تعد آمنة كما كانت".\n'
    )
    assert one(text, "الحدود لم تعد").date != "2005-03"


def test_a_date_told_in_passing_before_the_quote_leaves_the_story_on_the_stamps_day():
    # a page stamped with its clock time, whose lead tells the day: a date
    # an earlier sentence mentions in passing (in a relative clause, in
    # what someone reported, counted from) is no time the account moves
    # to; the undated statement after it is still of the stamp's day
    text = (
        "الرباط - 2 مارس 2025 | 11:40\n\n"
        "أعلنت النقابة الوطنية للتعليم، اليوم الأحد، عن إضراب وطني الأسبوع المقبل.\n\n"
        "وطالبت النقابة بتطبيق الاتفاق الذي وقعه الطرفان في 12 يونيو 2022.\n\n"
        'وقال أحمد الصديقي، عضو المكتب الوطني: "لن نقبل بأي حل ترقيعي".\n'
    )
    assert one(text, "لن نقبل").date == "2025-03-02"
    text = (
        "تاريخ النشر : الثلاثاء 10:15 14-5-2024\n\n"
        "أعلنت وزارة المالية الثلاثاء عن خطة جديدة لدعم المؤسسات الصغيرة.\n\n"
        "وقال المتحدث باسم الوزارة إن الحكومة طلبت قرضا من البنك الدولي في كانون "
        "الثاني 2023.\n\n"
        'وأضاف الوزير سمير الحلبي "سنوفر التمويل لألف مؤسسة قبل نهاية العام".\n'
    )
    assert one(text, "سنوفر التمويل").date == "2024-05-14"
    # (negative) a date an earlier sentence opens with: the account moved
    # to that time, and the statement after it is of no day told
    text = (
        "تاريخ النشر : الثلاثاء 10:15 14-5-2024\n\n"
        "أعلنت وزارة المالية الثلاثاء عن خطة جديدة لدعم المؤسسات الصغيرة.\n\n"
        "وفي كانون الثاني 2023، قال الوزير سمير الحلبي إن الخطة ستأتي قريبا.\n\n"
        'وأضاف مسؤول في الوزارة "سنوفر التمويل لألف مؤسسة قبل نهاية العام".\n'
    )
    assert one(text, "سنوفر التمويل").date is None


def test_a_date_with_the_label_of_its_update_after_it_is_the_pages_stamp():
    # a wire's byline, "X, Y | 14.03.2023 - محدث : 15.03.2023", or a page's
    # "12/03/2023 | آخر تحديث: …": the first date is the day the page went
    # up, from which the lead's weekday and "أمس" count (the update after
    # it is no other time told)
    text = (
        "الأردن يدين اقتحام المسجد الأقصى\n\n"
        "سامر الخطيب, ليلى حداد  | 14.03.2023 - محدث : 15.03.2023\n\n"
        "عمان/ الأناضول\n\n"
        "أدانت وزارة الخارجية الأردنية، الثلاثاء، اقتحام مستوطنين باحات المسجد الأقصى.\n\n"
        'وقالت الوزارة، في بيان: "هذه الاعتداءات خرق فاضح للقانون الدولي".\n'
    )
    assert one(text, "هذه الاعتداءات").date == "2023-03-14"
    text = (
        "البرلمان يصادق على قانون المالية\n\n"
        "12/03/2023 | آخر تحديث: 13/03/2023\n\n"
        "صادق مجلس النواب أمس على مشروع قانون المالية التكميلي بالأغلبية.\n\n"
        'وقال رئيس لجنة المالية كريم بن سالم: "القانون يحمي القدرة الشرائية للمواطن".\n'
    )
    assert one(text, "القانون يحمي").date == "2023-03-11"
    # (negative) two dates with no label between them, after a byline: no
    # stamp the page's form tells
    text = (
        "الأردن يدين اقتحام المسجد الأقصى\n\n"
        "سامر الخطيب, ليلى حداد  | 14.03.2023 - 15.03.2023\n\n"
        "عمان/ الأناضول\n\n"
        "أدانت وزارة الخارجية الأردنية، الثلاثاء، اقتحام مستوطنين باحات المسجد الأقصى.\n\n"
        'وقالت الوزارة، في بيان: "هذه الاعتداءات خرق فاضح للقانون الدولي".\n'
    )
    assert one(text, "هذه الاعتداءات").date is None


def test_a_stamp_run_into_its_clock_and_a_weekday_to_come_in_the_lead():
    # "29 نونبر 2019على الساعة13:00": scraped, the year runs into the
    # clock's "على الساعة", still a full date with its clock time, the page's
    # stamp; the lead's "غدا السبت" is a day to come, which tells that the
    # stamp's day is the story's, not the last Saturday before it
    text = (
        "مدرب الوداد: مباراة الغد حاسمة\n\n"
        "29 نونبر 2019على الساعة13:00\n\n"
        "يلتقي فريق الوداد نظيره الرجاء غدا السبت في ديربي الدار البيضاء.\n\n"
        'وقال مدرب الوداد في الندوة الصحفية "المباراة صعبة لكننا جاهزون".\n'
    )
    assert one(text, "المباراة صعبة").date == "2019-11-29"
    text = (
        "وزير الصحة يزور مستشفى الجهة\n\n"
        "الخميس 9 يونيو 2022 على الساعة 10:30\n\n"
        "يحل وزير الصحة غدا الجمعة بمدينة فاس لتدشين مستشفى جديد.\n\n"
        'وقال مدير المستشفى: "الأشغال انتهت في موعدها".\n'
    )
    assert one(text, "الأشغال انتهت").date == "2022-06-09"
    # (negative) the lead's weekday without "غدا" is the last day of that
    # name up to the stamp
    text = (
        "مدرب الوداد: مباراة الأمس كانت حاسمة\n\n"
        "29 نونبر 2019على الساعة13:00\n\n"
        "فاز فريق الوداد على نظيره الرجاء السبت في ديربي الدار البيضاء.\n\n"
        'وقال مدرب الوداد في الندوة الصحفية "المباراة كانت صعبة".\n'
    )
    assert one(text, "المباراة كانت").date == "2019-11-23"


def test_a_dateline_with_its_agency_after_the_date_is_a_wire_dispatch_of_the_day():
    # "جدة … الموافق 2 فبراير 2025 م واس", "أريحا 5-3-2024 وفا -": the agency's
    # short name after the date, or the Hijri date before it, as the dateline
    # is read (index_dates), makes it a wire dispatch, the day's news also
    # when its lead names no day, as "رام الله/سما/" after the date did already
    text = (
        "جدة 3 شعبان 1446 هـ الموافق 2 فبراير 2025 م واس\n\n"
        'صرح وزير النقل المهندس خالد الشمري بأن "شبكة القطارات ستصل إلى كل المناطق".\n\n'
        'وأضاف أن "العمل في المرحلة الثانية بدأ".\n'
    )
    assert one(text, "شبكة القطارات").date == "2025-02-02"
    assert one(text, "العمل في المرحلة").date == "2025-02-02"
    text = (
        'أريحا 5-3-2024 وفا -\n\nقال محافظ أريحا سامي العلي إن "المحافظة تستعد لموسم سياحي واسع".\n'
    )
    assert one(text, "المحافظة تستعد").date == "2024-03-05"
    # (the Hijri date before it tells an agency's dateline run into the lead
    # too, as scrapers deliver it)
    text = (
        "جدة 3 شعبان 1446 هـ الموافق 2 فبراير 2025 م واس صرح وزير النقل المهندس "
        'خالد الشمري بأن "شبكة القطارات ستصل إلى كل المناطق".\n'
    )
    assert one(text, "شبكة القطارات").date == "2025-02-02"
    # (negative) a bare date heading the text, no agency: the day the page
    # was read, or of no known role, dates none
    text = (
        "2 فبراير 2025\n\n"
        'صرح وزير النقل المهندس خالد الشمري بأن "شبكة القطارات ستصل إلى كل المناطق".\n'
    )
    assert one(text, "شبكة القطارات").date is None
