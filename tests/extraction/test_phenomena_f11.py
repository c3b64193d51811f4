"""Constructions met in the fresh-author set F11 (articles_blind16: Gulf,
Levantine and pan-Arab outlets), each a general rule of news writing.

Every text here is written for the test, in sentences that are not in the
data files; each test fails without the rule it names.
"""

from claims.extraction import normalize
from tests.extraction.helpers import one, quotes_of, same_name


def test_a_short_description_after_wasafahu_bi_annahu_is_a_label():
    # "وصفته بأنه «…»": the description the relayer gives its source is a
    # label, not words said; the relay cue still quotes the source
    text = (
        'ونقلت البعثة عن مزارع من قرية الوادي وصفته بأنه "شاهد عيان" قوله إن '
        '"المياه لم تصل منذ شهرين".'
    )
    found = quotes_of(text)
    assert not any("شاهد عيان" in q.text for q in found), [q.text for q in found]
    q = one(text, "المياه لم تصل")
    assert same_name(q.speaker, "مزارع من قرية الوادي"), q


def test_according_to_right_after_the_verbs_subject_is_an_aside():
    # "وأضاف المسؤول بحسب الوثيقة أن": the source named right after the
    # verb's subject, with no و of its own, is an aside; the subject speaks
    text = (
        'قال موظف في وزارة النقل إن "الخطة تأخرت كثيرا". '
        'وأضاف الموظف بحسب الوثيقة أن "الميزانية لم تصرف بعد".'
    )
    q = one(text, "الميزانية لم تصرف")
    assert same_name(q.speaker, "موظف في وزارة النقل"), q


def test_the_envoy_who_signed_a_cable_comments_in_it_with_its_date():
    # "برقية … مؤرخة في … وموقعة من السفير آنذاك X": a passive participle
    # names the cable's author past its number and date, and "آنذاك" between
    # the title and the name is no part of the name; his comment in a later
    # sentence is his, with his title, and dated by his cable
    text = (
        "وجاء في برقية تحمل الرقم 07RABAT55 مؤرخة في 3 آذار/مارس 2007 وموقعة من "
        'السفير البريطاني آنذاك جون هاريس أن وزيرا أبلغه بأن "الانتخابات ستؤجل". '
        'وكتب هاريس في تعليقه على الاجتماع أن "القصر يريد كسب الوقت".'
    )
    q = one(text, "القصر يريد")
    assert q.speaker == "جون هاريس", q
    assert normalize(q.role) == normalize("السفير البريطاني"), q
    assert q.date == "2007-03-03", q


def test_a_lead_that_quotes_then_tells_its_dated_forum_dates_the_forum_speakers():
    # "أكدت الدائرة أن … «…»، وذلك خلال ملتقى … الثلاثاء 4 مارس 2025": the
    # lead's news, then the event it was told at; the speakers quoted after
    # it spoke there, also one who told the outlet "على هامش الملتقى"; a
    # phone call to the outlet ("وفي اتصال هاتفي مع") is another occasion
    text = (
        "أكدت دائرة الصحة أن المستشفيات الحكومية «ستفتح عيادات مسائية»، وذلك خلال "
        "ملتقى الكوادر الطبية الذي نظمته الدائرة الثلاثاء 4 مارس 2025 في مقرها.\n\n"
        "وقال الدكتور سالم خليفة الكعبي، مدير إدارة المستشفيات: «بدأنا بتدريب 200 "
        "ممرض على النظام الجديد».\n\n"
        "من جهته، قال راشد محمد الظاهري، رئيس جمعية المرضى، لـ«البيان» على هامش "
        "الملتقى إن المرضى «ينتظرون هذه الخطوة منذ سنوات».\n\n"
        "وفي اتصال هاتفي مع «البيان»، قالت مريم سعيد، وهي ممرضة في مستشفى المدينة: "
        "«لم يبلغنا أحد بتغيير المناوبات»."
    )
    assert one(text, "ستفتح عيادات").date == "2025-03-04"
    assert one(text, "بدأنا بتدريب").date == "2025-03-04"
    assert one(text, "ينتظرون هذه الخطوة").date == "2025-03-04"
    assert one(text, "لم يبلغنا أحد").date is None


def test_a_first_name_written_with_ta_marbuta_is_no_title_with_a_possessive():
    # "شيخة X، مديرة …": شيخة (a woman's name, written with ة) is not "شيخه"
    # (his sheikh), a title with its possessive; the apposition is the role
    text = (
        "وقالت الدكتورة شيخة سعيد النعيمي، مديرة إدارة الخدمات الطلابية في "
        "الجامعة: «خصصنا 40 منحة جديدة للطلبة المتفوقين»."
    )
    q = one(text, "خصصنا 40 منحة")
    assert q.speaker == "شيخة سعيد النعيمي", q
    assert normalize(q.role) == normalize("مديرة إدارة الخدمات الطلابية في الجامعة"), q


def test_a_rank_or_honorific_after_the_posts_place_opens_the_name():
    # "… بمنطقة حائل العليا العقيد X", "محافظ إقليم X الغربي الجنرال Y",
    # "مدير عام الصحة بالمحافظة الدكتور X": the words before the rank or the
    # honorific are where the post is held, the name follows it
    text = (
        "وأكد المتحدث الرسمي للشرطة بمنطقة الجوف الشمالية العقيد سامي راشد العنزي "
        'أن الدوريات "منتشرة في كل الأحياء".\n\n'
        'أما محافظ إقليم كانم الغربي الجنرال إدريس آدم محمد، فقال إن "الطرق مقطوعة".\n\n'
        "وقال مدير عام الصحة بالمحافظة الدكتور فهد ناصر المالكي: «المستشفيات جاهزة»."
    )
    q = one(text, "منتشرة في كل")
    assert q.speaker == "سامي راشد العنزي", q
    assert normalize(q.role) == normalize("المتحدث الرسمي للشرطة بمنطقة الجوف الشمالية"), q
    q = one(text, "الطرق مقطوعة")
    assert q.speaker == "إدريس آدم محمد", q
    assert normalize(q.role) == normalize("محافظ إقليم كانم الغربي"), q
    q = one(text, "المستشفيات جاهزة")
    assert q.speaker == "فهد ناصر المالكي", q
    assert normalize(q.role) == normalize("مدير عام الصحة بالمحافظة"), q


def test_a_general_title_before_qad_is_read_back_whole():
    # "وكان مدير عام X Y قد أعلن": عام belongs to the title (not a year),
    # so the subject read back from قد + verb is the titled name, not the
    # last one quoted
    text = (
        'قال رئيس الرابطة سالم العلي إن "الأسعار ارتفعت". '
        "وكان مدير عام الدائرة حمد سيف الشامسي قد أعلن أن «الرسوم لن تتغير هذا العام»."
    )
    q = one(text, "الرسوم لن تتغير")
    assert q.speaker == "حمد سيف الشامسي", q
    assert normalize(q.role) == normalize("مدير عام الدائرة"), q


def test_a_mother_in_a_wa_hiya_apposition_is_the_role():
    # "X، وهي أم لأربعة أطفال …:": أم is the mother (not "or"), and the
    # apposition may say when she came ("وصلت قبل شهر من …،")
    text = (
        "وتقول حليمة عمر يوسف، وهي أم لأربعة أطفال وصلت قبل شهر من بلدة طويلة، "
        '"لم نجد خيمة فارغة".\n\n'
        "وقالت سعاد محمد الكعبي، وهي أم لطالبين في مدرسة حكومية: «الحافلة تتأخر كل يوم»."
    )
    q = one(text, "لم نجد خيمة")
    assert normalize(q.role) == normalize("أم لأربعة أطفال وصلت قبل شهر من بلدة طويلة"), q
    q = one(text, "الحافلة تتأخر")
    assert normalize(q.role) == normalize("أم لطالبين في مدرسة حكومية"), q


def test_the_engineer_abbreviation_before_a_name_is_an_honorific():
    # "وزير … م.X Y Z": م. (engineer) is an abbreviation like د.; the name
    # follows, and "وأضاف Z" later is that minister
    text = (
        'قال وزير الأشغال العامة م.خالد سعد العنزي في تصريح صحافي: "المشروع سينجز في موعده". '
        'وأضاف العنزي: "خصصنا 20 مليون دينار للمرحلة الأولى".'
    )
    q = one(text, "المشروع سينجز")
    assert q.speaker == "خالد سعد العنزي", q
    assert normalize(q.role) == normalize("وزير الأشغال العامة"), q
    q = one(text, "خصصنا 20 مليون")
    assert q.speaker == "خالد سعد العنزي", q


def test_a_general_title_after_the_name_is_read_whole():
    # "الدكتور X مدير عام Y خلال …:": عام right after a title that follows
    # the name is "general", so the role goes on to the title's genitive
    text = (
        "وقال الدكتور راشد بن علي الهنائي مدير عام الرعاية الصحية الأولية خلال "
        'المؤتمر: "سنفتتح خمسة مراكز جديدة".'
    )
    q = one(text, "سنفتتح خمسة")
    assert q.speaker == "راشد بن علي الهنائي", q
    assert normalize(q.role) == normalize("مدير عام الرعاية الصحية الأولية"), q


def test_a_housewife_is_a_title_before_the_name():
    # "ربة المنزل X Y Z": the housewife's description is her role, the name
    # follows
    text = "وقالت ربة المنزل نوال حسن العمري: «ندفع ثمن المياه مرتين كل شهر»."
    q = one(text, "ندفع ثمن المياه")
    assert q.speaker == "نوال حسن العمري", q
    assert normalize(q.role) == normalize("ربة المنزل"), q


def test_a_one_word_place_name_after_a_place_head_belongs_to_the_title():
    # "المتحدث باسم … لأمانة تبوك X Y Z", "لمدينة X Y Z", "عن ولاية X Y Z":
    # the one word after the place head is the place's name, the name of
    # two words or more after it is the person's; "محمد الأمين X" is a
    # compound first name before a family name
    text = (
        'وقال المتحدث الرسمي لأمانة تبوك فهد سالم العطوي: "فتحنا كل الطرق".\n\n'
        'وأكد رئيس المجلس البلدي لمدينة سوسة كريم بن علي أن "النظافة أولوية".\n\n'
        'أما النائب عن ولاية تمنراست محمد الأمين بلقاسم فقال: "الجنوب منسي".'
    )
    q = one(text, "فتحنا كل الطرق")
    assert q.speaker == "فهد سالم العطوي", q
    assert normalize(q.role) == normalize("المتحدث الرسمي لأمانة تبوك"), q
    q = one(text, "النظافة أولوية")
    assert q.speaker == "كريم بن علي", q
    assert normalize(q.role) == normalize("رئيس المجلس البلدي لمدينة سوسة"), q
    q = one(text, "الجنوب منسي")
    assert q.speaker == "محمد الأمين بلقاسم", q
    assert normalize(q.role) == normalize("النائب عن ولاية تمنراست"), q
