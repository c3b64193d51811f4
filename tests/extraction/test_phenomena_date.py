"""Phenomena found reading the date misses of the real development sets
(date session).

Every article here is written for the test, in sentences that are not in
those sets; each test fails without the rule it names.
"""

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
