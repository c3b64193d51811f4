"""Known weaknesses taken from the bottom of the list (kw17b, third session
of 2026-12-05).

1. A club (النادي, نادي X) and a military division or a troupe (الفرقة,
   فرقة X) heading a speaker phrase are bodies, as a centre is: "وقال
   النادي في بيان" speaks as an organisation (before, a person), and a
   verb after its statement takes it up ("وأصدر النادي بيانا، وقال فيه":
   before, no speaker). Not ORGANIZATION_HEADS: inside a post, glued to
   بـ, the club is where its holder serves and his name goes on ("المدير
   الفني لفريق كرة القدم الأول بنادي X Y Z"); a post in construct with the
   club or the division still heads a person.
2. A sound past verb of three letters (first or second form: "فتح", "سلم",
   "قطع", "وجه") after a bare title that opens its that-clause, then a
   definite object and what goes on with a verb phrase (إلى, على, عن,
   أمام, مع, a word glued to للـ, the object's nisba, a participle of
   saying): the title's verb, no name ("أن المحافظ قطع الشريط قائلا"; before,
   "قطع الشريط" spoke). And a participle that agrees with no one before
   goes on with the titled subject of the that-clause ("وذكرت مصادر أن
   الوزير وجه الدعوة إلى النقابات قائلا": before, no speaker), as does a
   verb with و whose reporter is of another number ("… أمام النقابات
   وقال": before, "مصادر"). Not a given name or a family name after the
   title: one listed ("فهد"), a nisba ("العلي"), the second half of a
   compound name ("شرف الدين"), or a name followed by its verb or its
   occasion ("أن الوزير نجم الخطيب قال", "… في تصريح قال").
3. A noun of saying right after جاء, its subject, with a bare name in
   construct ("وجاء تأكيد X Y أن «…»"): the name says the words (before,
   no speaker; a titled name was found already), as after a noun glued to
   بـ ("وانتهى الاجتماع بإعلان X أن"); and either noun before على أن
   ("وجاء تأكيد X Y على أن", "بتأكيد الوزير X Y على أن"). Not a noun with
   no agent ("وجاء التأكيد أن").
4. Speech without marks after a comma where a colon belongs: a verb of
   saying opening its sentence, its subject, a comma, then words in the
   first person ("وأضاف الوزير X Y، لن نتراجع عن …", "، نحن …", "، إننا …"):
   a quote up to the full stop or the narrator's next cue (before, none).
   Not an aside after the comma ("وقال الوزير، في تصريح، إن"), a verb of
   saying inside its sentence ("وبعد أن قال الوزير ذلك، لم نسمع …"), nor a
   verb that is no verb of saying.
5. A document another leaked or published, then "جاء فيها" ("وأوردت صحيفة
   X وثيقة سربها موقع Y جاء فيها أن «…»"): the document speaks (before,
   the paper that carried it). Not a report the outlet published, its own
   ("ونشرت صحيفة X تقريرا جاء فيه"), nor a statement a body issued, nor a
   document issued by a body ("برقية صادرة عن السفارة"), whose issuer
   speaks.
6. A label heading its line, a post, then a given name glued to لـ up to
   the colon ("وزير الداخلية لسامي X: «…»"): whom the words were for; the
   post speaks (before, "لسامي X" with the post for his role). Not a name
   opening in ل ("لطفي X", and "لحسن X", whose rest is a given name).
"""

from __future__ import annotations

from tests.extraction.helpers import one, quotes_of

W = "سنطعن في القرار أمام الهيئات المختصة دون تأخير"


def test_club_heading_the_phrase_is_a_body() -> None:
    q = one(f'وقال النادي في بيان على موقعه: "{W}".\n', "سنطعن")
    assert q.speaker == "النادي"
    assert q.speaker_kind == "organization"
    assert q.role is None
    q = one(f'وأكد نادي الرمال الرياضي في بيان: "{W}".\n', "سنطعن")
    assert q.speaker == "نادي الرمال الرياضي"
    assert q.speaker_kind == "organization"


def test_division_heading_the_phrase_is_a_body() -> None:
    q = one(f'وقالت الفرقة الثالثة في بيان مقتضب: "{W}".\n', "سنطعن")
    assert q.speaker == "الفرقة الثالثة"
    assert q.speaker_kind == "organization"
    q = one(f'وقالت فرقة النجوم الشعبية في بيان: "{W}".\n', "سنطعن")
    assert q.speaker_kind == "organization"


def test_the_verb_after_the_bodys_statement_takes_it_up() -> None:
    q = one(f'وأصدر النادي بيانا مساء الأحد، وقال فيه: "{W}".\n', "سنطعن")
    assert q.speaker == "النادي"
    assert q.speaker_kind == "organization"
    q = one(f'وأصدرت الفرقة بيانا قالت فيه: "{W}".\n', "سنطعن")
    assert q.speaker == "الفرقة"


def test_the_club_goes_on_with_a_masculine_verb() -> None:
    text = (
        f'وقال نادي الرمال في بيان إن "{W}".\n'
        'وأضاف أن "اللاعبين سيعودون إلى التدريبات يوم الخميس".\n'
    )
    q = one(text, "سيعودون")
    assert q.speaker == "نادي الرمال"
    assert q.speaker_kind == "organization"


def test_near_miss_a_post_of_the_club_or_the_division_is_a_person() -> None:
    q = one(f'وقال رئيس النادي مازن الطحان في تصريح: "{W}".\n', "سنطعن")
    assert q.speaker == "مازن الطحان"
    assert q.speaker_kind == "person"
    assert q.role == "رئيس النادي"
    q = one(f'وقال قائد الفرقة الثالثة العميد رامز الخياط: "{W}".\n', "سنطعن")
    assert q.speaker == "رامز الخياط"
    assert q.speaker_kind == "person"


def test_near_miss_the_club_glued_to_ba_inside_a_post() -> None:
    text = f'وأكد المدرب المساعد لفريق الشباب الأول بنادي الرمال وليد العمري أن "{W}".\n'
    q = one(text, "سنطعن")
    assert q.speaker == "وليد العمري"
    assert q.role == "المدرب المساعد لفريق الشباب الأول بنادي الرمال"


S = "الحوار هو الطريق الوحيد للخروج من الأزمة"


def test_sound_verb_after_a_title_then_its_object_is_no_name() -> None:
    q = one(f'وذكرت مصادر أن الوزير سلم الجوائز للفائزين وقال: "{S}".\n', "الحوار")
    assert q.speaker == "الوزير"
    q = one(f'وذكرت مصادر أن المحافظ حضر الحفل الختامي وقال: "{S}".\n', "الحوار")
    assert q.speaker == "المحافظ"
    q = one(f'وأفادت مصادر محلية أن المحافظ قطع الشريط قائلا: "{S}".\n', "الحوار")
    assert q.speaker == "المحافظ"
    assert q.role == "المحافظ"


def test_participle_goes_on_with_the_titled_subject_of_the_that_clause() -> None:
    q = one(f'وذكرت مصادر أن الوزير وجه الدعوة إلى النقابات قائلا: "{S}".\n', "الحوار")
    assert q.speaker == "الوزير"
    q = one(f'وذكرت مصادر أن الوزير زار المستشفى قائلا: "{S}".\n', "الحوار")
    assert q.speaker == "الوزير"


def test_verb_after_the_clause_goes_on_with_its_subject_not_a_plural_reporter() -> None:
    q = one(f'وذكرت مصادر أن الوزير فتح الباب أمام النقابات وقال: "{S}".\n', "الحوار")
    assert q.speaker == "الوزير"
    q = one(f'وذكرت مصادر أن الوزير زار المستشفى مع النقابات وقال: "{S}".\n', "الحوار")
    assert q.speaker == "الوزير"


def test_near_miss_a_name_of_that_shape_after_the_title() -> None:
    q = one(f'وذكرت مصادر أن الوزير نجم الخطيب قال إن "{S}".\n', "الحوار")
    assert q.speaker == "نجم الخطيب"
    q = one(f'وذكرت مصادر أن الوزير صقر الحمد في تصريح قال إن "{S}".\n', "الحوار")
    assert q.speaker == "صقر الحمد"
    q = one(f'وذكرت مصادر أن الوزير فهد العلي أكد أن "{S}".\n', "الحوار")
    assert q.speaker == "فهد العلي"
    q = one(f'وذكرت مصادر أن الشيخ شرف الدين الحسني أكد أن "{S}".\n', "الحوار")
    assert q.speaker == "شرف الدين الحسني"


N = "المفاوضات ستستأنف مطلع الشهر المقبل في العاصمة"


def test_noun_of_saying_after_came_names_its_agent() -> None:
    # 3. "وجاء تأكيد X Y أن «…»": the noun of saying is the subject of جاء
    # and its genitive, a bare name, is who said the words (before, no
    # speaker: only a titled name after the noun was found)
    q = one(f'وجاء تأكيد رامي الصباغ أن "{N}".\n', "ستستأنف")
    assert q.speaker == "رامي الصباغ"
    q = one(f'وجاء إعلان رامي الصباغ أن "{N}".\n', "ستستأنف")
    assert q.speaker == "رامي الصباغ"
    q = one(f'وجاء تأكيد رامي الصباغ على أن "{N}".\n', "ستستأنف")
    assert q.speaker == "رامي الصباغ"


def test_noun_of_saying_glued_to_ba_then_ala_anna() -> None:
    q = one(f'وانتهى الاجتماع بتأكيد الوزير رامي الصباغ على أن "{N}".\n', "ستستأنف")
    assert q.speaker == "رامي الصباغ"


def test_near_miss_no_agent_after_the_noun() -> None:
    q = one(f'وجاء التأكيد أن "{N}".\n', "ستستأنف")
    assert q.speaker is None


def test_first_person_words_after_the_subjects_comma_are_a_quote() -> None:
    text = "وأضاف الوزير كمال الدباغ، لن نتراجع عن خطة الإصلاح مهما كانت الضغوط.\n"
    q = one(text, "لن نتراجع")
    assert q.text == "لن نتراجع عن خطة الإصلاح مهما كانت الضغوط"
    assert q.speaker == "كمال الدباغ"
    assert q.role == "الوزير"
    text = "وقال رئيس الاتحاد، نحن جاهزون للجلوس إلى الطاولة دون شروط. ثم غادر المكان.\n"
    q = one(text, "جاهزون")
    assert q.text == "نحن جاهزون للجلوس إلى الطاولة دون شروط"
    assert q.speaker == "رئيس الاتحاد"


def test_first_person_words_after_a_comma_end_at_the_next_cue() -> None:
    text = (
        "وقالت الناطقة باسم البلدية سلمى الراعي، إننا نعمل على فتح الطرق قبل المساء، "
        "مضيفة أن الفرق تعمل منذ الفجر.\n"
    )
    q = one(text, "نعمل على")
    assert q.text == "إننا نعمل على فتح الطرق قبل المساء"
    assert q.speaker == "سلمى الراعي"


def test_near_miss_an_aside_or_a_verb_inside_its_sentence() -> None:
    assert quotes_of("وقال الوزير، في تصريح للصحفيين، إن الحكومة لن تتراجع عن الخطة.\n") == []
    assert quotes_of("وبعد أن قال الوزير ذلك، لم نسمع أي رد من الطرف الآخر طوال اليوم.\n") == []
    assert quotes_of("ووصل الوزير إلى المدينة، ولم نسمع منه أي تصريح حتى الآن.\n") == []


L = "الاتفاق سيوقع قبل نهاية الصيف الجاري في جنيف"


def test_document_leaked_by_another_speaks_after_came_in_it() -> None:
    text = f'وأوردت صحيفة الميدان وثيقة سربها موقع الحقيقة جاء فيها أن "{L}".\n'
    q = one(text, "سيوقع")
    assert q.speaker == "وثيقة"
    assert q.speaker_kind == "document"
    text = f'ونشرت قناة الساحل برقية سربها موقع الحقيقة جاء فيها: "{L}".\n'
    q = one(text, "سيوقع")
    assert q.speaker == "برقية"


def test_near_miss_the_outlets_own_report_or_an_issued_statement() -> None:
    q = one(f'ونشرت صحيفة الميدان تقريرا جاء فيه أن "{L}".\n', "سيوقع")
    assert q.speaker == "صحيفة الميدان"
    q = one(f'وأصدرت نقابة الأطباء بيانا جاء فيه أن "{L}".\n', "سيوقع")
    assert q.speaker == "نقابة الأطباء"
    text = f'ونشر الموقع برقية صادرة عن السفارة في عمان جاء فيها أن "{L}".\n'
    assert one(text, "سيوقع").speaker == "السفارة"


H = "لا أحد فوق القانون في هذه البلاد مهما علا شأنه"


def test_given_name_glued_to_lam_after_a_post_in_a_label_is_the_addressee() -> None:
    q = one(f'وزير الداخلية لرامي الصباغ: "{H}".\n', "فوق القانون")
    assert q.speaker == "وزير الداخلية"
    q = one(f'رئيسة المحكمة لكمال الدباغ: "{H}".\n', "فوق القانون")
    assert q.speaker == "رئيسة المحكمة"


def test_near_miss_a_name_opening_in_lam_after_the_post() -> None:
    q = one(f'وزير الداخلية لطفي العابد: "{H}".\n', "فوق القانون")
    assert q.speaker == "لطفي العابد"
    q = one(f'وزير الشؤون العامة لحسن البقالي: "{H}".\n', "فوق القانون")
    assert q.speaker == "لحسن البقالي"
