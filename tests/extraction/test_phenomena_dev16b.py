"""Constructions of speakers and roles found on a development sample of real
Arabic news (dev16b, fourth session of 2026-12-05); every sentence here is
invented.

1. A body's full name, then its short name in marks, then the holder's name
   with a family name that carries the article ("عضو المكتب التنفيذي في
   حركة النهضة الوطنية "نور" سامي النجار"): the marks are the body's, the
   holder speaks with the post (before, only a bare family name or a nisba
   in ي was read so, and the short name in marks spoke). Not a name in marks
   after a title with nothing after it ("وزير الخارجية "سامي النجار"").
2. "غير أنه قال" after the speaker's own that-clause whose subject is a
   thing ("وأكد أن الوضع الأمني مستقر، غير أنه قال إن …"): the pronoun is
   the speaker's, not the that-clause's common noun (before, "الوضع الأمني"
   spoke). A that-clause whose subject is a person met before still takes
   the pronoun ("تكتب ستون أن الحص بدا …، وأنه قال").
3. A generic title ("القيادي", "القيادية") and في with a body whose words
   the last speaker's post names ("وقال القيادي في الحركة" after "عضو
   المكتب التنفيذي لحركة "X" Y"), is that speaker, as "القيادي بالحركة"
   was (before, the title with its body spoke as someone new). Not a body
   his post does not name ("القيادي في حزب الأمة").
4. A ruler's title word that is a given name too (سلطان، أمير), bare,
   then a family name with the article, after a post complete in a bare
   genitive ("محافظ عدن سلطان الخصاونة"), after an honorific or a rank
   ("الشيخ سلطان الكندي", "اللواء أمير الطراونة"), or alone in commas
   after a post ("محافظ عدن، سلطان الخصاونة،"), is the person's name;
   a family name in ة counts (before, only a nisba in ي did after a
   definite word, and the whole phrase was one title that spoke). Not what
   a ruler rules ("نائب أمير المنطقة", "أمير الدولة"), a country, or a title.
5. "وأضاف المتحدث" alone, the last quote more than three sentences back,
   is the spokesman the text introduced as the subject of a verb of saying
   ("نفى X، المتحدث الرسمي باسم البلدية، …"), over a minister named since
   in reported speech (before, the person named nearby spoke). With no
   spokesman in the text, "the speaker" is still the person named nearby.
6. An envoy's title with إلى, then the name in commas or not, as the
   subject of a verb that is no verb of saying ("رجع المبعوث الأممي السابق
   إلى ليبيا، X، لإثارة الجدل", "التقى المبعوث الخاص إلى السودان X …"):
   the person is met with that post, which a later "وقال X" takes (before,
   the plain mention stopped at إلى, whose envoy's title was the word
   before the phrase scanned, and the later quote had no role). Not إلى
   after another title ("وصل الوزير X إلى الخرطوم"), nor before a title
   or a given name, whom words are put to ("نسب السفير الأمريكي إلى X
   قوله").
7. A feminine verb whose subject phrase opens with a document ("كشفت
   وثيقة مرسلة من النائب X إلى …") agrees with the document, not with its
   sender: X stays a man, and the masculine "وتابع:" after his quote goes
   on with him (before, a label in marks in that sentence, '"الأمل"', made
   the verb's gender his, and "وتابع" had no one). A feminine verb before a
   woman's name still makes her one ("انتقدت النائب X … وتابعت").
"""

from __future__ import annotations

from tests.extraction.helpers import one

Q = "القرار سياسي بامتياز وله ما بعده"


def test_short_name_in_marks_after_a_body_then_a_family_name_with_article() -> None:
    q = one(
        f'صرح عضو المكتب التنفيذي في حركة النهضة الوطنية "نور" سامي النجار بأن "{Q}".\n', "القرار"
    )
    assert q.speaker == "سامي النجار"
    assert q.role.startswith("عضو المكتب التنفيذي في حركة النهضة الوطنية")
    q = one(f"قالت رئيسة الجمعية الأهلية «أمل» سعاد الرفاعي إن «{Q}».\n", "القرار")
    assert q.speaker == "سعاد الرفاعي"
    q = one(f'وقال الأمين العام للجبهة الشعبية "جود" كريم الفاسي للصحفيين إن "{Q}".\n', "القرار")
    assert q.speaker == "كريم الفاسي"


def test_near_miss_a_name_in_marks_after_a_title_stays_the_name() -> None:
    q = one(f'قال وزير الخارجية "سامي النجار" إن "{Q}".\n', "القرار")
    assert q.speaker == "سامي النجار"
    assert q.role == "وزير الخارجية"
    q = one(f'قال رئيس حزب الأمل "نور" محمد سالم إن "{Q}".\n', "القرار")
    assert q.speaker == "محمد سالم"


T = "تحديات كبيرة جدا في الاقتصاد والخدمات"


def test_but_he_said_after_a_that_clause_on_a_thing_is_the_speaker() -> None:
    q = one(
        f"قال وزير الداخلية سعيد الكندي إن الوضع مستقر.\nوأكد أن الوضع الأمني في المدينة "
        f'مستقر، غير أنه قال إن البلاد تواجه "{T}".\n',
        "تحديات",
    )
    assert q.speaker == "سعيد الكندي"
    q = one(
        f"قالت وزيرة الصحة هدى الشامي إن الخطة جاهزة.\nوأوضحت أن المخزون الطبي كاف، غير "
        f'أنها قالت إن المستشفيات تواجه "{T}".\n',
        "تحديات",
    )
    assert q.speaker == "هدى الشامي"
    q = one(
        f"قال المحافظ ناصر البدوي إن العمل مستمر.\nوأكد أن المشروع الجديد يسير، بيد أنه "
        f'قال إن المدينة تواجه "{T}".\n',
        "تحديات",
    )
    assert q.speaker == "ناصر البدوي"


def test_near_miss_the_pronoun_takes_a_known_person_of_the_that_clause() -> None:
    q = one(
        "التقت السفيرة ماري ستون بالوزير سليم الحص. تكتب ستون أن الحص "
        f"بدا «متعبا»، وأنه قال لها إن «{T}».\n",
        "تحديات",
    )
    assert q.speaker == "سليم الحص"


B = "المقاومة حق مشروع لن نتخلى عنه مهما طال الزمن"


def test_a_generic_title_in_the_body_of_the_last_speaker_is_him() -> None:
    q = one(
        f'صرح عضو المكتب التنفيذي لحركة "النهضة" سامي النجار بأن القرار "{Q}". وقال '
        f'القيادي في النهضة خلال مهرجان نظمته الحركة "{B}".\n',
        "المقاومة حق",
    )
    assert q.speaker == "سامي النجار"
    q = one(
        f'أكدت عضوة اللجنة المركزية لحزب الأمة هدى الشامي أن "{Q}". وأضافت القيادية في '
        f'الحزب "{B}".\n',
        "المقاومة حق",
    )
    assert q.speaker == "هدى الشامي"
    q = one(
        f'قال نائب رئيس جبهة العمل الوطني كريم الفاسي إن "{Q}". وتابع القيادي في الجبهة '
        f'أن "{B}".\n',
        "المقاومة حق",
    )
    assert q.speaker == "كريم الفاسي"


def test_near_miss_a_generic_title_in_another_body_is_someone_else() -> None:
    q = one(
        f'صرح عضو المكتب التنفيذي لحركة "النهضة" سامي النجار بأن القرار "{Q}". وقال '
        f'القيادي في حزب الأمة خلال مهرجان إن "{B}".\n',
        "المقاومة حق",
    )
    assert q.speaker != "سامي النجار"


M = "المحافظة لكل أبنائها وليست لأي طرف بعينه"


def test_a_ruler_word_as_given_name_after_a_post_or_an_honorific() -> None:
    q = one(f'قال محافظ عدن سلطان الخصاونة إن "{M}".\n', "المحافظة لكل")
    assert q.speaker == "سلطان الخصاونة"
    assert q.role == "محافظ عدن"
    q = one(f'وقال محافظ إب، اللواء أمير الطراونة، اليوم إن "{M}".\n', "المحافظة لكل")
    assert q.speaker == "أمير الطراونة"
    assert q.role == "محافظ إب"
    q = one(f'أكد رئيس البلدية، سلطان المعايطة، أن "{M}".\n', "المحافظة لكل")
    assert q.speaker == "سلطان المعايطة"
    assert q.role == "رئيس البلدية"
    q = one(f'قال الشيخ سلطان الكندي إن "{M}".\n', "المحافظة لكل")
    assert q.speaker == "سلطان الكندي"
    q = one(f'وقالت النائبة ملك الشريدة إن "{M}".\n', "المحافظة لكل")
    assert q.speaker == "ملك الشريدة"
    q = one(
        f'أكد محافظ لحج (جنوب البلاد)، سلطان الخصاونة أن الوضع مستقر.\n\nوقال الخصاونة إن "{M}".\n',
        "المحافظة لكل",
    )
    assert q.role.startswith("محافظ لحج")


def test_near_miss_what_a_ruler_rules_stays_a_title() -> None:
    q = one(f'قال نائب أمير المنطقة إن "{M}".\n', "المحافظة لكل")
    assert q.speaker == "نائب أمير المنطقة"
    q = one(f'قال ولي العهد أمير الدولة إن "{M}".\n', "المحافظة لكل")
    assert "أمير الدولة" in q.role
    q = one(f'قال الأمير سلطان بن فهد إن "{M}".\n', "المحافظة لكل")
    assert q.speaker == "سلطان بن فهد"


S = "لا نعرف سبب إصرار البعض على ترويج هذه الشائعات"


def test_the_spokesman_alone_is_the_spokesman_quoted_before() -> None:
    q = one(
        "نفى الدكتور سامي النجار، المتحدث الرسمي باسم البلدية، ما نشرته الصحف.\n"
        'وقال النجار "إن الحكومة تؤكد أن الوزير في كامل صحته".\n'
        "من جهة أخرى، رفض وزير الثقافة كريم الفاسي هجوم أحد المذيعين على الحكومة.\n"
        "وقال الفاسي إن الحكومة منتخبة ولا يجوز وصفها بذلك.\n"
        "وأضاف وزير الثقافة أن من هاجم الحكومة يستحق العقاب.\n"
        f'وأضاف المتحدث "{S}".\n',
        "لا نعرف",
    )
    assert q.speaker == "سامي النجار"
    q = one(
        "أكدت هدى الشامي، المتحدثة باسم الوزارة، أن الخطة جاهزة. وقالت الشامي إن "
        '"الوزارة لن تتأخر في تنفيذ الخطة".\nفي سياق آخر، انتقدت النائبة منى العلي أداء '
        "البلدية.\nوقالت العلي إن البلدية مقصرة.\nوأوضحت النائبة أن الأمر يتكرر كل عام.\n"
        f'وتابعت المتحدثة "{S}".\n',
        "لا نعرف",
    )
    assert q.speaker == "هدى الشامي"


def test_near_miss_the_speaker_alone_after_a_named_person_without_a_spokesman() -> None:
    q = one(
        f'وأكد سعيد الكندي أن الحل قريب. وقال المتحدث في ذات الصدد "{S}".\n',
        "لا نعرف",
    )
    assert q.speaker == "سعيد الكندي"


E = "الجماعة صغيرة جدا ولم تصل إلى السلطة لأنها قوية"


def test_an_envoy_with_ila_met_outside_speech_keeps_his_post() -> None:
    q = one(
        "رجع المبعوث الأممي السابق إلى ليبيا، سامي النجار، لإثارة الجدل في مقابلة.\n"
        f'وقال النجار إن "{E}".\n',
        "الجماعة صغيرة",
    )
    assert q.speaker == "سامي النجار"
    assert q.role == "المبعوث الأممي السابق إلى ليبيا"
    q = one(
        "التقت المبعوثة الخاصة إلى السودان هدى الشامي بقادة الأحزاب أمس.\n"
        f'وقالت الشامي إن "{E}".\n',
        "الجماعة صغيرة",
    )
    assert q.role == "المبعوثة الخاصة إلى السودان"


def test_near_miss_ila_after_another_title_is_the_verbs() -> None:
    q = one(f'وصل الوزير سامي النجار إلى الخرطوم أمس.\nوقال النجار إن "{E}".\n', "الجماعة صغيرة")
    assert q.speaker == "سامي النجار"
    assert q.role == "الوزير"
    q = one("ونسب السفير الأمريكي إلى سامي العلي قوله إن «الحكومة ستستقيل قريبا».\n", "الحكومة")
    assert q.speaker == "سامي العلي"
    assert q.via == "السفير الأمريكي"


L = "نأمل أن تدركوا أن هذا يخالف ما اتفقنا عليه في اللقاء الأخير"


def test_a_feminine_verb_before_a_document_agrees_with_the_document() -> None:
    q = one(
        'كشفت وثيقة سرية مرسلة من عضو المكتب التنفيذي لحزب "الأمل"، العميد سامي النجار، '
        'إلى السفير الفرنسي.\nوقال النجار في نص الوثيقة: "نحيطكم علما بأن هناك تسريبات '
        f'خطيرة حصلت عليها اللجنة".\nوتابع: "{L}".\n',
        "نأمل أن",
    )
    assert q.speaker == "سامي النجار"
    q = one(
        "كشفت رسالة مرسلة من النائب كريم الفاسي إلى رئيس البرلمان عن خلافات داخل الكتلة "
        '"الوطنية".\nوقال الفاسي في رسالته: "لم يعد ممكنا الاستمرار في هذا الوضع الصعب".\n'
        f'وأضاف: "{L}".\n',
        "نأمل أن",
    )
    assert q.speaker == "كريم الفاسي"


def test_near_miss_a_feminine_verb_before_a_name_is_a_woman() -> None:
    q = one(
        'انتقدت النائب ديما الكندي أداء الحكومة، وقالت إن "الوعود لم تعد تقنع أحدا".\n'
        f'وتابعت: "{L}".\n',
        "نأمل أن",
    )
    assert q.speaker == "ديما الكندي"
