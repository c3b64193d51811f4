"""Negative probes of this session's rules (reviewer revdate): ordinary text
the rules must not misread."""

from claims.extraction import extract
from tests.extraction.helpers import one


def test_a_name_in_a_goes_on_after_a_that_subjects_first_name():
    # 2aa7dfd's verb_of_that_subject: a word in ا after a first name is no
    # accusative when a name word follows it ("خوسيه ماريا أثنار", not the
    # verb "خوسيه" and its object "ماريا")
    text = (
        "مدريد - أفادت الصحيفة أن رئيس الوزراء الإسباني خوسيه ماريا أثنار انتقد "
        "الحكومة. وقال أثنار: «هذا خطأ كبير».\n"
    )
    q = one(text, "هذا خطأ")
    assert q.speaker == "خوسيه ماريا أثنار", q
    assert q.role == "رئيس الوزراء الإسباني", q


def test_a_speaker_named_again_after_an_earlier_occasion_with_a_day_of_his_own():
    # dd122d4's after_earlier_occasion: "وقال X اليوم الثلاثاء" tells its own
    # day, so the page's date, not the earlier occasion's none
    text = (
        "القاهرة في 12 مارس 2024 (أ ش أ) - وفي تصريحات سابقة، أكد وزير الري هاني "
        "سويلم أن مصر لن تفرط في حقوقها المائية. وقال سويلم اليوم الثلاثاء في "
        "مؤتمر صحفي: «سنتخذ كل الإجراءات اللازمة».\n"
    )
    q = one(text, "سنتخذ كل")
    assert q.speaker == "هاني سويلم", q
    assert q.date == "2024-03-12", q


def test_the_current_ambassador_after_a_leaked_cable_is_no_writer_of_it():
    # 243afe9's cable_account_goes_on: "السفير الأمريكي الحالي" speaks today,
    # as a former one does; the cable's date is not his words'
    text = (
        "بغداد 5 يونيو 2011 - كشفت برقيات نشرها موقع ويكيليكس أن السفارة الأمريكية "
        "في بغداد كتبت في برقية تعود إلى العام 2009 أن «المالكي يواجه ضغوطا كبيرة». "
        "وقال السفير الأمريكي الحالي جيمس جيفري إن «بلاده ملتزمة بدعم العراق».\n"
    )
    q = one(text, "بلاده ملتزمة")
    assert q.role == "السفير الأمريكي الحالي", q
    assert q.date != "2009", q


def test_the_cable_is_not_dated_by_someone_elses_writing_it_tells_of():
    # 85ce8f5's document_dated_later: "وأضافت البرقية أن الوزيرة كتبت في أيار
    # 2008 رسالة" dates the minister's letter, not the cable quoted before
    text = (
        "واشنطن - نشر موقع ويكيليكس وثائق جديدة عن العلاقات الأمريكية المصرية. "
        "وقالت البرقية إن «مبارك لن يتخلى عن السلطة بسهولة». وأضافت البرقية أن "
        "وزيرة الخارجية كتبت في أيار 2008 رسالة إلى نظيرها المصري تطالبه بالإصلاح.\n"
    )
    q = one(text, "مبارك لن")
    assert q.date != "2008-05", q


def test_a_body_with_its_members_named_tells_the_press():
    # f0e917c's _body_genitive: "نقابة المعلمين" names its members; the
    # journalists glued to لل after them are the ones told, no part of its name
    text = "عمان - قالت نقابة المعلمين للصحفيين إن «الإضراب سيستمر حتى تلبية مطالبنا».\n"
    assert one(text, "الإضراب سيستمر").speaker == "نقابة المعلمين"


def test_another_cable_in_marks_is_a_new_document():
    # 28a2eaa: a document's head alone in marks ("«برقية» أخرى") is another
    # one cited, no agreement named; the dated cable before is out of view
    text = (
        "بيروت - كشفت برقية مؤرخة في 20 نيسان 2006 أن الوزير قال للسفير إن «الوضع "
        "خطير جدا». ونشر الموقع «برقية» أخرى قال فيها السفير إن «حزب الله يستعد "
        "للحرب».\n"
    )
    assert one(text, "الوضع خطير").date == "2006-04-20"
    q = one(text, "حزب الله يستعد")
    assert q.date != "2006-04-20", q


def test_the_day_a_document_came_out_is_no_date_of_the_meeting_it_records():
    # 8fd55e6's recorded_occasion_date: "وقد نشرها موقع ويكيليكس في 2 أيلول
    # 2011" dates the leak, not the meeting the document tells of
    text = (
        "عمان - تكشف وثيقة سرية عن لقاء جمع الملك عبد الله الثاني بالسفير الأمريكي، "
        "وقد نشرها موقع ويكيليكس في 2 أيلول 2011. وتقول الوثيقة إن الملك قال "
        "للسفير: «لا نريد حربا جديدة في المنطقة».\n"
    )
    q = one(text, "لا نريد حربا")
    assert q.date != "2011-09-02", q


def test_a_denial_in_turn_after_a_cable_is_not_of_the_cables_date():
    # 243afe9's cable_account_goes_on (another side in turn): "من جهته، نفى
    # المتحدث … هذه المعلومات" answers the leak today, no word of the cable's
    text = (
        "بغداد 5 يونيو 2011 - كشفت برقيات نشرها موقع ويكيليكس أن السفارة الأمريكية "
        "في بغداد كتبت في برقية تعود إلى العام 2009 أن «المالكي يواجه ضغوطا كبيرة». "
        "من جهته، نفى المتحدث باسم الحكومة علي الدباغ هذه المعلومات، مؤكدا أن "
        "«الحكومة لم تتعرض لأي ضغوط».\n"
    )
    assert one(text, "المالكي يواجه").date == "2009"
    q = one(text, "الحكومة لم تتعرض")
    assert q.date != "2009", q


def test_an_outlets_name_left_open_after_a_verb_of_reporting_is_no_quote():
    # bb09f92's opener never closed after any verb of reporting: after a noun
    # the marks name ("صحيفة "المصري اليوم …"), the mark opens the paper's name
    text = 'القاهرة - وذكرت صحيفة "المصري اليوم الصادرة صباح الأحد أن الوزير سيستقيل.\n'
    assert not [q for q in extract(text) if "المصري اليوم" in q.text]


def test_another_countrys_envoy_after_a_leaked_cable_is_no_writer_of_it():
    # 243afe9's cable_account_goes_on: the Iranian ambassador speaking after
    # the American embassy's cable did not write it; its year is not his
    text = (
        "بغداد 5 يونيو 2011 - كشفت برقيات نشرها موقع ويكيليكس أن السفارة الأمريكية "
        "في بغداد كتبت في برقية تعود إلى العام 2009 أن «المالكي يواجه ضغوطا كبيرة». "
        "وقال السفير الإيراني في بغداد حسن دانائي فر إن «إيران لا تتدخل في شؤون "
        "العراق».\n"
    )
    q = one(text, "إيران لا تتدخل")
    assert q.date != "2009", q
    # (the American one still writes it)
    text = text.replace("الإيراني", "الأمريكي").replace("حسن دانائي فر", "كريستوفر هيل")
    assert one(text, "إيران لا تتدخل").date == "2009"
