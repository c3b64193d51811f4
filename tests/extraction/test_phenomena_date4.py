"""Phenomena of the date of a quote found on real news (development sets kept
outside the repository, fourth round): a page stamp or a dateline the text
gives in a form of its own, relative days counted from it, and dates given
where none is due.

Every article here is written for the test, in invented sentences; each test
fails without the rule it names.
"""

from tests.extraction.helpers import one


def test_the_leads_today_written_out_with_a_wrong_year_is_the_stamps_day():
    # "اليوم الأربعاء ( 21 كانون الثاني 2025 )" under a stamp of 2026-01-21,
    # a Wednesday: the old year kept in January (or a day mistyped); the
    # weekday agrees with the stamp, which dates the account after the lead
    text = (
        "date 2026-01-05 أصدرت وزارة الداخلية، اليوم الاثنين ( 5 كانون الثاني 2025 )، "
        "بيانا بشأن الأخبار المتداولة.\n\n"
        'وقال المتحدث باسم الوزارة خالد العبيدي إن "الأوضاع مستقرة في كل المحافظات".\n'
    )
    assert one(text, "الأوضاع مستقرة").date == "2026-01-05"
    text = (
        "date 2024-03-12 أعلنت اللجنة المالية، اليوم الثلاثاء 13 آذار 2024، "
        "عن موعد التصويت على الموازنة.\n\n"
        'وأكد رئيس اللجنة سامي الحداد أن "الموازنة ستقر قبل نهاية الشهر".\n'
    )
    assert one(text, "الموازنة ستقر").date == "2024-03-12"
    # (negative) a date the lead gives with no "today": another time told,
    # which the stamp does not date over
    text = (
        "date 2026-01-05 أصدرت وزارة الداخلية في 5 كانون الثاني 2025 "
        "بيانا بشأن الأخبار المتداولة.\n\n"
        'وقال المتحدث باسم الوزارة خالد العبيدي إن "الأوضاع مستقرة في كل المحافظات".\n'
    )
    assert one(text, "الأوضاع مستقرة").date is None


def test_a_date_alone_on_the_last_line_is_the_texts_dateline():
    # "الخرطوم في 24-8-2019م (سونا)" closing a wire's copy, "13/09/2017"
    # under a page's share buttons: the day the text was filed, from which
    # its weekdays and "أمس" count, when nothing at its top gave one
    text = (
        "قال وزير الزراعة إن الموسم الزراعي يبشر بإنتاج وفير.\n"
        "وتحدث الوزير في حوار بثته قناة محلية يوم الخميس عن خطط الوزارة.\n"
        "واضاف “سنوفر التقاوي للمزارعين قبل بداية الموسم”.\n"
        "بورتسودان في 12-3-2020م (سونا)\n"
    )
    assert one(text, "سنوفر التقاوي").date == "2020-03-12"
    text = (
        "القاهرة - وكالات - قال وزير الخارجية في رده على سؤال حول الأزمة "
        "«إن الحل يحتاج إلى وقت طويل وتفكير عميق».\n"
        "جاء ذلك في المؤتمر الصحفي الذي عقده الوزير مساء امس.\n"
        "share   مشاركة\n"
        "13/09/2017\n"
    )
    assert one(text, "الحل يحتاج").date == "2017-09-12"
    # (negative) a date closing a sentence of the account on the last line
    # is a time it tells, not the text's day
    text = (
        "قال وزير الزراعة إن الموسم الزراعي يبشر بإنتاج وفير.\n"
        "وتحدث الوزير في حوار بثته قناة محلية يوم الخميس عن خطط الوزارة.\n"
        "واضاف “سنوفر التقاوي للمزارعين قبل بداية الموسم”.\n"
        "وكانت الوزارة قد أعلنت خطتها في 12-3-2020\n"
    )
    assert one(text, "سنوفر التقاوي").date is None


def test_the_day_before_yesterday_in_a_lead_that_a_stamp_opens_dates_its_gathering():
    # "date 2025-10-12 أطلقت الدائرة أول من أمس، الدورة السادسة لمهرجان …":
    # the page's stamp opens the lead; the festival it tells of, and the
    # words said there, are of the day its "أمس" counts back to ("أول من
    # أمس", "أول أمس", "أمس الأول": two days back)
    def story(when: str) -> str:
        return (
            f"date 2024-05-20 افتتحت وزارة الثقافة{when} الدورة الثالثة لمهرجان "
            "الشعر العربي في العاصمة.\n\n"
            "ويشارك في المهرجان عشرون شاعرا من ثماني دول.\n\n"
            "وقال وزير الثقافة سعيد الحمداني: «الشعر يجمعنا في هذا المساء الجميل».\n"
        )

    assert one(story(" أول من أمس،"), "الشعر يجمعنا").date == "2024-05-18"
    assert one(story(" اول امس،"), "الشعر يجمعنا").date == "2024-05-18"
    assert one(story(" أمس،"), "الشعر يجمعنا").date == "2024-05-19"
    # (negative) a lead that names no day: the festival is of the stamp's
    assert one(story(""), "الشعر يجمعنا").date == "2024-05-20"


def test_a_read_also_link_with_its_headline_on_its_line_does_not_end_the_article():
    # "اقرأ أيضاً : الحكومة: طوينا أزمة كورونا" set in the middle of the
    # article: one link, the article goes on under it and the page's stamp
    # still dates it (a bare label opens a list of other articles instead)
    def page(label: str) -> str:
        return (
            "وزير المالية يعلن تثبيت أسعار الخبز\n"
            "نشر: 2022-03-13 07:40 آخر تحديث: 2022-03-13 10:00\n"
            "أعلن وزير المالية أنه سيتم تثبيت أسعار الخبز حتى نهاية العام.\n\n"
            f"{label}\n\n"
            "وزار الوزير محافظة الكرك اليوم الأحد، والتقى وجهاء المحافظة.\n\n"
            'وحول العجز، قال الوزير: "سنخفض العجز خلال عامين".\n'
        )

    assert one(page("اقرأ أيضاً : الحكومة: الأسعار مستقرة"), "سنخفض العجز").date == ("2022-03-13")
    assert one(page("طالع أيضا: «الحكومة تقر الموازنة»"), "سنخفض العجز").date == "2022-03-13"
    # (negative) a bare label: what follows is another article's
    assert one(page("إقرأ أيضاً:"), "سنخفض العجز").date is None


def test_words_of_an_earlier_post_or_statement_take_no_date():
    # "وفي تغريدة سابقة قال X: «…»": a post or a statement of his before the
    # one the story tells of, of no day given (not the page's stamp)
    def page(occasion: str) -> str:
        return (
            "نائب رئيس الشرطة يعلق على الحادث\n\n"
            "الثلاثاء ٢٨ أكتوبر ٢٠١٤ الساعة ٨:٢٤ مساءً\n\n"
            "قال نائب رئيس الشرطة، الفريق سالم الكعبي، إن التحقيق في الحادث مستمر.\n\n"
            f"و{occasion} قال الكعبي: “التحقيق سيكشف كل الملابسات قريبا”.\n"
        )

    assert one(page("في تغريدة سابقة"), "التحقيق سيكشف").date is None
    assert one(page("في بيان سابق"), "التحقيق سيكشف").date is None
    assert one(page("في تدوينة سابقة على فيسبوك"), "التحقيق سيكشف").date is None
    # (negative) a post named with no "earlier": the page's day
    assert one(page("في تغريدة على حسابه"), "التحقيق سيكشف").date == "2014-10-28"


def test_a_clause_of_another_event_after_the_quote_does_not_date_it():
    # "أصبحت «على مستوى المؤسسات» بعدما تولى الملك السلطة عام 1999": the
    # date after بعدما/عندما/قبل أن/منذ أن is of the event that clause tells
    assert (
        one(
            "قال الخبير إن الاقتصاد أصبح “أكثر انفتاحا” بعدما انضمت البلاد "
            "إلى منظمة التجارة عام 2005.\n",
            "أكثر انفتاحا",
        ).date
        is None
    )
    assert (
        one(
            "وصف النائب الوضع في المدينة بأنه “كارثي بكل المقاييس” منذ أن "
            "أغلقت السلطات المعبر في مارس 2020.\n",
            "كارثي بكل",
        ).date
        is None
    )
    # (negative) the occasion of the words, dated right after them
    assert (
        one(
            "قال الخبير إن الاقتصاد أصبح “أكثر انفتاحا” في ندوة يوم 5 شتنبر 2014.\n",
            "أكثر انفتاحا",
        ).date
        == "2014-09-05"
    )


def test_the_document_again_by_another_noun_in_the_next_sentence_gives_its_date():
    # "نشر الموقع وثيقة …، قالت إن … «…». البرقية التي تم إرسالها من السفارة
    # في يونيو 2008 …": the document told of, named again (by any of its
    # nouns) to open the next sentence, with the day it was sent or written
    def story(after: str) -> str:
        return (
            "نشر الموقع وثيقة صادرة عن السفارة الأمريكية، قالت إن الحكومة "
            "“عاجزة عن أي إصلاح”.\n"
            f"{after} تحدثت عن أمثلة كثيرة على الفساد.\n"
        )

    assert (
        one(story("البرقية التي تم إرسالها من السفارة في مارس 2009"), "عاجزة عن").date == "2009-03"
    )
    assert one(story("الوثيقة التي كتبها السفير في 12 مايو 2009"), "عاجزة عن").date == "2009-05-12"
    # (negative) the day it was published is not the day it was written
    assert one(story("البرقية التي نشرها الموقع في ديسمبر 2010"), "عاجزة عن").date is None
