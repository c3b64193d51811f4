"""Phenomena of the date of a quote found on real news (development sets kept
outside the repository, the datex round): a page's date line in the forms
pages print it, a cable's date in the order the cable writes it.

Every article here is written for the test, in invented sentences; each test
fails without the rule it names.
"""

from claims.extraction import parse_date
from tests.extraction.helpers import one


def test_a_stamp_whose_clock_time_is_run_into_its_year_dates_the_statements():
    # "31 مايو 201920:49": the scraper ran the page's clock time into the
    # year; it is still the page's stamp with its time of publication
    for stamp, day in (("14 مايو 201922:41", "2019-05-14"), ("3 يناير 202108:05", "2021-01-03")):
        text = (
            "الفريق يتأهل إلى الدور النهائي\n"
            f"{stamp}\n"
            "أبدى مدرب الفريق سعادته بالفوز على ضيفه بهدفين دون رد.\n"
            'وقال المدرب في تصريحات تلفزيونية عقب المباراة: "اللاعبون قدموا '
            'مباراة كبيرة أمام جمهورهم".\n'
        )
        assert one(text, "اللاعبون قدموا").date == day, stamp
    assert parse_date("14 مايو 201922:41") == ("2019-05-14", "day")
    # (negative) digits run into a year that are no clock time make no date
    assert parse_date("14 مايو 201922") == (None, None)


def test_a_date_line_labelled_date_is_the_page_stamp_of_its_statements():
    # "date 2025-12-15 أعرب المدرب عن أسفه …" then "وقال المدرب: «…»":
    # the page's date line, labelled as such, is its day of publication; the
    # statements nothing else dates are of it, also when the lead names no day
    for head, day in (("date 2023-05-14", "2023-05-14"), (" date 2024-11-02", "2024-11-02")):
        text = (
            f"{head} أعرب مدرب المنتخب عن أسفه لخسارة فريقه في نصف النهائي.\n"
            'وقال المدرب خلال المؤتمر الصحفي عقب المباراة: "لم تكن هذه النتيجة '
            'التي أردناها".\n'
            'وأضاف: "سنعود أقوى في المباراة المقبلة".\n'
        )
        assert one(text, "لم تكن هذه النتيجة").date == day, head
        assert one(text, "سنعود أقوى").date == day, head
    # (negative) a bare date heading the text, with no label, dates none
    text = (
        "2023-05-14 أعرب مدرب المنتخب عن أسفه لخسارة فريقه في نصف النهائي.\n"
        'وقال المدرب خلال المؤتمر الصحفي عقب المباراة: "لم تكن هذه النتيجة '
        'التي أردناها".\n'
    )
    assert one(text, "لم تكن هذه النتيجة").date is None


def test_a_numeric_date_whose_middle_number_is_no_month_is_month_first():
    # "في 08/19/2006": a cable's date as the US embassy writes it, month,
    # day, year; there is no month 19
    assert parse_date("صدرت في 08/19/2006") == ("2006-08-19", "day")
    assert parse_date("بتاريخ 3/25/2009") == ("2009-03-25", "day")
    text = 'في برقية صادرة في 11/23/2009 قال السفير إن "الحكومة لا تملك خطة واضحة".\n'
    assert one(text, "الحكومة لا تملك").date == "2009-11-23"
    # (negative) day first whenever it can be
    assert parse_date("صدرت في 08/11/2006") == ("2006-11-08", "day")
    assert parse_date("صدرت في 19/08/2006") == ("2006-08-19", "day")


def test_a_speaker_named_again_after_his_earlier_statement_speaks_on_that_occasion():
    # "وفي تصريحات سابقة، أكد X أن … ." then "وقال X: «…»" and "وأضاف X:
    # «…»": his words quoted right after his earlier statement are of that
    # occasion, not of the page's day
    for occasion in ("وفي تصريحات سابقة، أكد", "وفي مقابلة سابقة ؛ قال"):
        text = (
            "date 2024-03-10 الجيش يصد هجوما على مطار العاصمة\n\n"
            "أفادت وكالة أنباء دولية بتعرض العاصمة لهجوم بالطائرات المسيرة.\n\n"
            f"{occasion} وزير الدفاع الفريق أول سامي الكرمي، أن الجيش نجح في صد "
            "هجوم على المطار.\n\n"
            'وقال الكرمي: "لن نسمح بعودة المتمردين إلى العاصمة".\n\n'
            'وأضاف الكرمي: "نرحب بكل مبادرة للسلام".\n'
        )
        assert one(text, "لن نسمح بعودة").date is None, occasion
        assert one(text, "نرحب بكل مبادرة").date is None, occasion
    # (negative) a statement the page does not set back in time, or someone
    # else's words after it, are of the page's day
    text = (
        "date 2024-03-10 الجيش يصد هجوما على مطار العاصمة\n\n"
        "أفادت وكالة أنباء دولية بتعرض العاصمة لهجوم بالطائرات المسيرة.\n\n"
        "وفي تصريحات صحفية، أكد وزير الدفاع الفريق أول سامي الكرمي، أن الجيش نجح "
        "في صد هجوم على المطار.\n\n"
        'وقال الكرمي: "لن نسمح بعودة المتمردين إلى العاصمة".\n'
    )
    assert one(text, "لن نسمح بعودة").date == "2024-03-10"
    text = (
        "date 2024-03-10 الجيش يصد هجوما على مطار العاصمة\n\n"
        "وفي تصريحات سابقة، أكد وزير الدفاع الفريق أول سامي الكرمي، أن الجيش نجح "
        "في صد هجوم على المطار.\n\n"
        'وقال المتحدث باسم الجيش نبيل الحاج: "الوضع تحت السيطرة".\n'
    )
    assert one(text, "الوضع تحت السيطرة").date == "2024-03-10"


def test_the_cables_writers_go_on_with_its_account_and_its_date():
    # "وكتبت السفارة … في برقية تعود إلى العام 2009 أن «…»" then "اعتبرت
    # السفارة أن «…»", "وقال الدبلوماسيون الأميركيون إن «…»": the embassy
    # and its diplomats write the cable; their words after it are its own
    text = (
        "كشفت وثائق ويكيليكس عن قلق أميركي من تمويل الجماعات المتشددة.\n"
        "وكتبت السفارة الأميركية في الرباط في برقية تعود إلى العام 2009 أن "
        "«التمويل يمر عبر جمعيات خيرية غير مراقبة».\n"
        "واستنادا إلى مصادر محلية، اعتبرت السفارة أن «هذه الجمعيات تجمع ملايين "
        "الدراهم سنويا». وقال الدبلوماسيون الأميركيون إن «السلطات تتابع الملف "
        "بحذر شديد».\n"
    )
    assert one(text, "هذه الجمعيات تجمع").date == "2009"
    assert one(text, "السلطات تتابع الملف").date == "2009"
    text = (
        "كشفت برقيات ويكيليكس عن قلق أميركي من الوضع في الجنوب.\n"
        "وجاء في برقية مؤرخة في 12 مارس 2008 أن «الجيش عاجز عن ضبط الحدود».\n"
        "وقال السفير الأمريكي في المدينة جون كارتر إن «الحكومة لا تملك خطة "
        "واضحة للجنوب».\n"
    )
    assert one(text, "الحكومة لا تملك خطة").date == "2008-03-12"
    # (negative) a former envoy, or anyone else, speaking after the cable's
    # account, comments on it today
    for speaker in ("السفير الجزائري الأسبق في باماكو مراد علي", "الباحث مراد علي"):
        text = (
            "كشفت برقيات ويكيليكس عن قلق أميركي من الوضع في الجنوب.\n"
            "وجاء في برقية مؤرخة في 12 مارس 2008 أن «الجيش عاجز عن ضبط الحدود».\n"
            f"وقال {speaker} إن «الحكومة لا تملك خطة واضحة للجنوب».\n"
        )
        assert one(text, "الحكومة لا تملك خطة").date is None, speaker


def test_someone_the_cables_sentence_named_relays_its_account():
    # "في برقية مؤرخة 22 يناير 2007 … تنقل السفارة أن الرئيس X …" then
    # "ونقل X عن Y قوله: …": what X relays is the cable's account
    for relay in ("ونقل الرئيس عن الوزير قوله بالحرف الواحد:", "وينقل الرئيس عن الوزير قوله:"):
        text = (
            "في برقية سرية مؤرخة 22 يناير 2007، سربها موقع ويكيليكس، تنقل السفارة "
            "الأمريكية أن الرئيس سامي الكرمي أبلغ السفير أن الوزير خالد النجار "
            "زاره، وطلب منه نقل رسالة مفادها أن “بلاده لا تريد مواجهة مع أحد”.\n"
            f"{relay} “لم أصدر أي أمر بإطلاق النار على الجنود”!\n"
        )
        assert one(text, "لم أصدر أي أمر").date == "2007-01-22", relay
    # (negative) a relayer the cable's sentence did not name
    text = (
        "في برقية سرية مؤرخة 22 يناير 2007، سربها موقع ويكيليكس، تنقل السفارة "
        "الأمريكية أن الرئيس سامي الكرمي أبلغ السفير أن بلاده “لا تريد مواجهة مع أحد”.\n"
        "ونقل الصحفي رامي العلي عن الوزير خالد النجار قوله: “لم أصدر أي أمر "
        "بإطلاق النار على الجنود”!\n"
    )
    assert one(text, "لم أصدر أي أمر").date is None


def test_another_side_in_turn_in_the_cables_paragraph_speaks_in_it():
    # "وتوثق إحدى المراسلات المؤرخة في 6 شباط 2006 … «…». من جهته، أعلن X
    # …، معربا عن أمله بأن «…»": in a story of leaked papers, the other
    # side's word in turn, in the same paragraph, is the cable's account
    for turn in ("من جهته، أعلن", "بدوره، أكد"):
        text = (
            "خصت وثائق «ويكيليكس» البلاد بعشرات المراسلات. "
            "خصت وثائق «ويكيليكس» البلاد بعشرات المراسلات. "
            "وتوثق إحدى المراسلات المؤرخة في 6 شباط 2006، تحذير السفير الأميركي "
            "المسؤولين من سباق تسلح سيكون له «تأثير مباشر على أمن المنطقة». "
            f"{turn} الأمين العام لوزارة الخارجية سعيد الكرمي رفض بلاده أي سباق "
            "تسلح، معربا عن أمله بأن «تنجح المفاوضات في إقناع الجميع بالتهدئة».\n"
        )
        assert one(text, "تنجح المفاوضات").date == "2006-02-06", turn
    # (negative) words in turn that speak of the leaked papers react to them;
    # and a turn in a new paragraph has left the cable's account
    text = (
        "خصت وثائق «ويكيليكس» البلاد بعشرات المراسلات. "
        "وتوثق إحدى المراسلات المؤرخة في 6 شباط 2006، تحذير السفير الأميركي "
        "المسؤولين من سباق تسلح سيكون له «تأثير مباشر على أمن المنطقة». "
        "من جهتها، قالت المحامية سعاد الكرمي إن «هذه الوثائق تؤكد ما كنا نقوله».\n"
    )
    assert one(text, "هذه الوثائق تؤكد").date is None
    text = (
        "خصت وثائق «ويكيليكس» البلاد بعشرات المراسلات. "
        "وتوثق إحدى المراسلات المؤرخة في 6 شباط 2006، تحذير السفير الأميركي "
        "المسؤولين من سباق تسلح سيكون له «تأثير مباشر على أمن المنطقة».\n"
        "من جهته، أعلن الأمين العام لوزارة الخارجية سعيد الكرمي رفض بلاده أي سباق "
        "تسلح، معربا عن أمله بأن «تنجح المفاوضات في إقناع الجميع بالتهدئة».\n"
    )
    assert one(text, "تنجح المفاوضات").date is None


def test_a_documents_own_words_are_of_its_date_not_of_the_meeting_it_tells_of():
    # "والوثيقة تعود الى 11 تموز 2006، ووصف X جاء خلال اجتماع في 7 تموز …"
    # then "واوضحت الوثيقة ان «…»": the document's own words are of its
    # date; the words it quotes from the meeting are of the meeting's
    text = (
        "نقلت صحيفة محلية عن وثيقة نشرها موقع ويكيليكس تصف فيها زيارة النائب "
        "سامي الكرمي الى الخليج.\n\n"
        "والوثيقة تعود الى 11 تموز 2006، ووصف الكرمي جاء خلال اجتماع في 7 تموز "
        'مع السفير الأميركي، وذكر ان زيارته "كانت محاولة لاقناع المسؤولين بدعم '
        'حلفائه".\n\n'
        'واوضحت الوثيقة ان "المسؤولين لم يكونوا متجاوبين في اجتماعهم"، وذكر '
        'الكرمي ان المسؤول "لم يجبني واكتفى بالنظر الي".\n\n'
        'ونقلت الوثيقة عن الكرمي قوله، ان "السلف كان أكثر كرما".\n'
    )
    assert one(text, "كانت محاولة لاقناع").date == "2006-07-07"
    assert one(text, "لم يكونوا متجاوبين").date == "2006-07-11"
    # (negative) the words quoted from the meeting stay of its date
    assert one(text, "لم يجبني").date == "2006-07-07"
    assert one(text, "السلف كان أكثر").date == "2006-07-07"
    text = (
        "كشفت وثائق ويكيليكس عن لقاء جمع السفير بوزير الخارجية.\n\n"
        "والبرقية مؤرخة في 20 آذار 2008، ونقل السفير فيها عن الوزير خلال لقاء "
        'في 18 آذار قوله إن "الحكومة لن تقبل أي وساطة".\n\n'
        'وأضافت البرقية أن "الوزير بدا متوترا طوال اللقاء".\n'
    )
    assert one(text, "الحكومة لن تقبل").date == "2008-03-18"
    assert one(text, "الوزير بدا متوترا").date == "2008-03-20"


def test_the_first_words_quoted_after_a_cable_of_someone_its_account_told_of_are_its():
    # "في وثيقة سرية صادرة … في 08/19/2006" then "جاء في الحديث … أن النائب
    # X تلقى تحذيرا …" and "وقال X: «…»": the first words quoted since the
    # cable was introduced, of someone its account told of, are the cable's
    for head, day in (
        (
            "في وثيقة سرية صادرة من السفارة الأميركية تحت الرقم 07BEIRUT301، في 03/21/2007",
            "2007-03-21",
        ),
        ("في برقية سرية مؤرخة في 12 نيسان 2008 سربها موقع ويكيليكس", "2008-04-12"),
    ):
        text = (
            f"{head}\n"
            "جاء في الحديث عن الوضع الأمني أن النائب سامي الكرمي تلقى تحذيرا من "
            "مسؤول سابق كي يكون حذرا.\n"
            "كما علم الكرمي من مصدر موثوق أن خصمه يعمل في شكل وثيق مع جهات خارجية.\n"
            "وقال الكرمي: «لا نحتاج الآن إلى انتخابات، نحن في حاجة إلى المال».\n"
        )
        assert one(text, "لا نحتاج الآن").date == day, head
    # (negative) a word of the leak between: he reacts to it
    text = (
        "في برقية سرية مؤرخة في 12 نيسان 2008 سربها موقع ويكيليكس\n"
        "جاء في الحديث عن الوضع الأمني أن النائب سامي الكرمي تلقى تحذيرا من "
        "مسؤول سابق كي يكون حذرا.\n"
        "وقلل الكرمي من أهمية هذه الوثائق بعد نشرها.\n"
        "وقال الكرمي: «لا نحتاج الآن إلى انتخابات، نحن في حاجة إلى المال».\n"
    )
    assert one(text, "لا نحتاج الآن").date is None


def test_a_document_named_in_marks_leaves_the_dated_cable_in_view():
    # "وثيقة … توثق لقاء … بتاريخ 20 نيسان 2006، أي بعد شهرين من توقيع
    # «وثيقة مار مخايل»": the agreement named in marks is no new document
    # cited; "في الوثيقة المتداولة" after it is the dated one
    for named in ("«وثيقة التفاهم»", "«بيان الجزائر»"):
        text = (
            "كشفت التسريبات أن الوزير سامي الكرمي وصف حليفه بأنه شريك صعب.\n"
            "وكشفت وثيقة من «ويكيليكس» توثق لقاء جمع الوزير سامي الكرمي "
            "بالسيناتور الأمريكي جون كارتر بتاريخ 20 نيسان 2006، أي بعد شهرين من "
            f"توقيع {named} مع الحزب.\n"
            "في الوثيقة المتداولة، فإن السيناتور كارتر نقل عن الوزير الكرمي قوله "
            "إنه «يعتقد أن هناك ألف سبب للقلق من الوضع».\n"
        )
        assert one(text, "ألف سبب للقلق").date == "2006-04-20", named
    # (negative) a new document cited without marks: no date of its own
    text = (
        "كشفت التسريبات أن الوزير سامي الكرمي وصف حليفه بأنه شريك صعب.\n"
        "وكشفت وثيقة من «ويكيليكس» توثق لقاء جمع الوزير سامي الكرمي "
        "بالسيناتور الأمريكي جون كارتر بتاريخ 20 نيسان 2006، ثم نشرت الصحيفة "
        "وثيقة أخرى عن الحزب.\n"
        "في الوثيقة المتداولة، فإن السيناتور كارتر نقل عن الوزير الكرمي قوله "
        "إنه «يعتقد أن هناك ألف سبب للقلق من الوضع».\n"
    )
    assert one(text, "ألف سبب للقلق").date is None


def test_a_document_is_of_the_date_of_the_meeting_or_statements_it_records():
    # "كشفت وثائق جديدة … عن موقف X …، وذلك استنادا لأقوال أدلى بها لوفد …
    # في 30 كانون الأول 2009", "تبين إحدى البرقيات … لقاء للعاهل … في مارس
    # 2009": the date told far from the document's noun, of what it records
    text = (
        'كشفت وثائق جديدة، بثها موقع "ويكيليكس" أمس، النقاب عن موقف الرئيس '
        "سامي الكرمي من الحركة، وذلك استنادا لأقوال أدلى بها لوفد من الكونغرس "
        "الأمريكي في 30 كانون الأول 2009.\n"
        'ونقلت الوثيقة قول الكرمي "يمكن حل علاقاتنا بالحركة بعد التوصل إلى سلام".\n'
    )
    assert one(text, "يمكن حل علاقاتنا").date == "2009-12-30"
    text = (
        "كشفت الوثائق عن عداء الملك للرئيس، إذ تبين إحدى البرقيات التي كشف عنها "
        "الموقع لقاء للملك، مع مستشار البيت الأبيض جون كارتر ومسؤولين آخرين في "
        "مارس/آذار عام 2009.\n"
        'وتابعت البرقية تقول إن الملك قال لهم: "كيف يمكنني أن أثق برجل كهذا؟"\n'
    )
    assert one(text, "كيف يمكنني أن أثق").date == "2009-03"
    # (negative) a date of no meeting nor statements the document records
    text = (
        "كشفت الوثائق عن عداء الملك للرئيس، إذ تبين إحدى البرقيات التي كشف عنها "
        "الموقع موقف الملك من الرئيس، وقد ترجمتها صحيفة محلية في مارس/آذار عام "
        "2011.\n"
        'وتابعت البرقية تقول إن الملك قال لهم: "كيف يمكنني أن أثق برجل كهذا؟"\n'
    )
    assert one(text, "كيف يمكنني أن أثق").date is None


def test_the_cable_quoted_undated_takes_the_date_the_next_sentence_gives_its_writing():
    # "قالت السفارة في برقية نشرها موقع ويكيليكس إن …" then "وقالت البرقية
    # إن … «…»" and "وقالت البرقية التي كتبها القائم بالأعمال X في نوفمبر
    # 2009 «…»": the cable quoted before is the one dated by its writing
    for verb in ("كتبها", "أرسلها"):
        text = (
            'قالت السفارة الأمريكية في برقية نشرها موقع "ويكيليكس" إن الحزب له '
            "منشآت عسكرية قرب الحدود.\n"
            "وقالت البرقية إن الدعم المتزايد للحزب "
            '"يمكن أن يغير الميزان العسكري في المنطقة" إذا اندلعت حرب.\n'
            f"وقالت البرقية التي {verb} القائم بالأعمال جون كارتر في نوفمبر 2009 "
            '"إذا سقطت صواريخ على المدن فإن الرد سيكون واسعا".\n'
        )
        assert one(text, "يمكن أن يغير الميزان").date == "2009-11", verb
    # (negative) a date the next sentence gives something else
    text = (
        'قالت السفارة الأمريكية في برقية نشرها موقع "ويكيليكس" إن الحزب له '
        "منشآت عسكرية قرب الحدود.\n"
        "وقالت البرقية إن الدعم المتزايد للحزب "
        '"يمكن أن يغير الميزان العسكري في المنطقة" إذا اندلعت حرب.\n'
        "وقالت البرقية إن الحرب التي اندلعت في نوفمبر 2006 "
        '"كانت أقل تدميرا مما يتوقع الجميع".\n'
    )
    assert one(text, "يمكن أن يغير الميزان").date is None
