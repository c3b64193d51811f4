"""Speaker and role phenomena of articles on leaked cables (the spkcab round).

Every article here is written for the test, in invented sentences; each
test fails without the rule it names.
"""

from tests.extraction.helpers import one


def test_a_verb_after_idh_tells_what_the_talk_named_before_it_said():
    # "فوجئ X لدى حديث Y عن …، إذ اعتبرهم «…»": the verb of saying after
    # إذ with no subject explains the talk the clause names; its owner
    # speaks, not the one surprised nor the cable that relays it
    text = (
        "وذكرت البرقية أن الوزير فادي النمر فوجئ لدى حديث سامر الحلبي عن "
        "ضباط الأمن، إذ اعتبرهم «بلا ضمير ويبحثون عن المال فقط».\n"
    )
    q = one(text, "بلا ضمير")
    assert q.speaker == "سامر الحلبي", q
    # (a titled owner, the body in marks after a لـ written apart)
    text = (
        "وكشفت الوثيقة أن السفير فوجئ خلال كلام رئيس الحزب عن المعارضين، "
        "إذ وصفهم بـ«الخونة الذين باعوا البلد».\n"
    )
    q = one(text, "الخونة الذين")
    assert q.speaker == "رئيس الحزب", q
    # (no talk in the clause: the verb is the clause's subject's, as before)
    text = (
        "وقال الوزير فادي النمر للسفير إن المفاوضات متعثرة، إذ اعتبر أن "
        "«الطرف الآخر لا يريد أي اتفاق».\n"
    )
    q = one(text, "الطرف الآخر")
    assert q.speaker == "فادي النمر", q


def test_the_considered_them_form_is_a_verb_of_saying():
    # "اعتبرهم «…»", "وصفهم بـ«…»": the object pronoun of the plural, as
    # "اعتبره"/"وصفه" were, after the speaker named in the sentence
    # plural, not the outlet that relays the sentence
    text = "وذكرت الصحيفة أن النائب كريم الساعدي اعتبرهم «فاشلين في كل الملفات».\n"
    q = one(text, "فاشلين في كل")
    assert q.speaker == "كريم الساعدي", q
    assert q.role == "النائب", q
    text = "ونقلت البرقية أن الوزير كريم الساعدي وصفهم بـ«المغامرين الذين لا يعرفون شيئا».\n"
    q = one(text, "المغامرين الذين")
    assert q.speaker == "كريم الساعدي", q
    # (the singular object, as before)
    text = "وذكرت الصحيفة أن النائب كريم الساعدي اعتبره «فاشلا في كل الملفات».\n"
    q = one(text, "فاشلا في كل")
    assert q.speaker == "كريم الساعدي", q


def test_a_lam_written_apart_is_no_name():
    # "وقال X لـ القبس:", "الأمين العام لـ «الحزب»": a لـ written apart
    # before an outlet or a body is never a name word
    text = (
        "من جهته، انتقد رئيس لجنة المالية النائب سعد المري تأخر المشاريع، "
        "وقال لـ الوطن: «الحكومة لا تملك أي خطة واضحة للإسكان».\n"
    )
    q = one(text, "الحكومة لا تملك")
    assert q.speaker == "سعد المري", q
    assert q.role == "رئيس لجنة المالية", q
    text = "وأضاف الأمين العام لـ «حزب التقدم» في المؤتمر أن «الانتخابات المقبلة ستكون حاسمة».\n"
    q = one(text, "الانتخابات المقبلة")
    assert q.speaker != "لـ", q
    assert q.speaker.startswith("الأمين العام"), q


def test_a_report_issued_by_a_named_person_is_his_later():
    # "تقرير صادر عن السفير X" then "وبحسب التقرير": as "برقية أرسلها X", the
    # document is the named person's, who speaks through it with his post
    # (his name ends before the verb that dates the document)
    text = (
        "ويشير تقرير صادر عن السفير البريطاني في بغداد جون هارفي يعود إلى آذار "
        "2008 إلى أن الوزير حذر من التصعيد. وبحسب التقرير، فإن «الخلافات تمتد "
        "إلى ملفات الحدود والمياه والتجارة».\n"
    )
    q = one(text, "الخلافات تمتد")
    assert q.speaker == "جون هارفي", q
    assert q.role == "السفير البريطاني في بغداد", q
    text = (
        "وتقول برقية صادرة عن القائم بالأعمال الأمريكي سام وليامز تعود إلى عام 2007 "
        "إن الرئيس رفض العرض. وتضيف البرقية أن «الحكومة لن تقبل أي وساطة "
        "خارجية في هذا الملف».\n"
    )
    q = one(text, "الحكومة لن تقبل")
    assert q.speaker == "سام وليامز", q
    # (issued by a body, the document stays the speaker)
    text = (
        "ويشير تقرير صادر عن وزارة الخارجية إلى أن الوضع تدهور. وبحسب التقرير، "
        "فإن «الخلافات تمتد إلى ملفات الحدود والمياه والتجارة».\n"
    )
    q = one(text, "الخلافات تمتد")
    assert q.speaker == "التقرير", q


def test_a_verb_of_urging_with_its_object_pronoun_is_a_verb_of_saying():
    # "ذكّر X الأميركيين بأن الملك Y طالبهم مرارا «…»": the words are the
    # innermost speaker's, the subject of the verb of urging whose object
    # is a pronoun ("طالبهم", "حثهم", "ناشدهم"), not the one who relays them
    text = (
        "وتقول الوثيقة إن أحد المسؤولين ذكّر الأميركيين بأن الرئيس فادي النمر "
        "طالبهم مرارا «بوقف الدعم عن المتمردين في الشمال».\n"
    )
    q = one(text, "بوقف الدعم")
    assert q.speaker == "فادي النمر", q
    assert q.role == "الرئيس", q
    text = (
        "وأفادت البرقية أن مسؤولا عربيا روى أن الوزير سامر الحلبي حثهم على "
        "«الإسراع في تسليم الأسلحة قبل نهاية العام».\n"
    )
    q = one(text, "الإسراع في تسليم")
    assert q.speaker == "سامر الحلبي", q
    # (a woman student, "طالبة" written with ه, is no verb)
    text = (
        "وقال الأستاذ كريم الساعدي إن طالبه المتفوق كتب في رسالته «أريد أن أصبح طبيبا مثل والدي».\n"
    )
    q = one(text, "أريد أن أصبح")
    assert q.cue == "كتب", q


def test_an_answer_with_its_owner_before_a_colon_gives_the_owner():
    # "تقول البرقية إن جواب السفير كان: «…»": what the answer was, in a
    # clause that relays it; the answer's owner speaks, not the relayer
    text = "وتقول البرقية إن جواب السفير كان: «الخيار يعود إلى الحكومة وحدها».\n"
    q = one(text, "الخيار يعود")
    assert q.speaker == "السفير", q
    text = (
        "وسأله الصحفي عن الأزمة، وتقول الصحيفة إن إجابة الوزير فادي النمر "
        "كانت: «لا تعليق على هذا الموضوع الآن».\n"
    )
    q = one(text, "لا تعليق على")
    assert q.speaker == "فادي النمر", q
    assert q.role == "الوزير", q
    # (a talk for an outlet before the colon names whom it was for: the one
    # who goes on speaks)
    text = (
        "وقال الوزير فادي النمر إن الأزمة مستمرة. وتابع في حديث للصحيفة: «لا "
        "حل قريبا لهذه الأزمة».\n"
    )
    q = one(text, "لا حل قريبا")
    assert q.speaker == "فادي النمر", q


def test_a_body_or_its_cables_with_their_seat_after_that_speak_not_the_relayer():
    # "قالت الصحيفة إن برقيات السفارة الأميركية في دمشق كشفت «…»": the
    # body (or its documents) and where it sits, between أنّ and the verb;
    # what it tells, not the outlet that relays it
    text = (
        "وقالت الصحيفة إن برقيات السفارة الاميركية في دمشق كشفت أيضاً «أن واشنطن "
        "كانت تريد فرض عقوبات مالية على الضابط».\n"
    )
    q = one(text, "أن واشنطن كانت")
    assert q.speaker == "السفارة الاميركية", q
    text = "وذكرت الوكالة أن السفارة الفرنسية في الرباط أكدت «أن باريس لن تغير موقفها من الملف».\n"
    q = one(text, "أن باريس لن")
    assert q.speaker == "السفارة الفرنسية", q
    # (a thing and its place names no one: the outlet speaks)
    text = "وقالت الصحيفة إن الأزمة في دمشق كشفت «أن الحكومة عاجزة عن ضبط الأسعار منذ أشهر».\n"
    q = one(text, "أن الحكومة عاجزة")
    assert q.speaker == "الصحيفة", q


def test_a_comment_label_heading_a_line_is_the_cables_comment():
    # "ملاحظة: «…»", "تعليق: «…»" heading a line in an account of a cable:
    # the cable's own comment (its writer's when named), no person called
    # "ملاحظة"
    text = (
        "في وثيقة سرية صادرة من السفارة الأميركية في 2006، قال الوزير فادي النمر "
        "للسفير إن «الحكومة ضعيفة جدا».\n"
        "ملاحظة: «كان النمر قال لنا سابقا إن الحكومة ستسقط قبل الصيف».\n"
    )
    q = one(text, "ستسقط قبل الصيف")
    assert q.speaker == "وثيقة سرية", q
    text = (
        "وفي برقية أرسلها السفير جون هارفي في 2008، قال الوزير فادي النمر إن "
        "«الانتخابات ستجرى في موعدها».\n"
        "تعليق: «يبدو أن النمر يبالغ في تقدير قوة حزبه».\n"
    )
    q = one(text, "يبالغ في تقدير")
    assert q.speaker == "جون هارفي", q
    assert q.role == "السفير", q
    # (no cable told of: no document speaks, the label is read as before)
    text = (
        "قال الوزير فادي النمر إن «الانتخابات ستجرى في موعدها».\n"
        "تعليق: «يبدو أن النمر يبالغ في تقدير قوة حزبه».\n"
    )
    q = one(text, "يبالغ في تقدير")
    assert q.speaker_kind != "document", q
