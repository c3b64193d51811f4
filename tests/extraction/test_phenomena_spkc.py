"""Speaker choice (spkc): which of the mentions the engine reads a quote's
speaker is when the cue names no one of its own, or names a post alone.

Every article here is written for the test, in sentences of its own; each
test fails without the rule it names.
"""

from tests.extraction.helpers import one


def test_a_post_said_with_its_genitive_is_the_person_who_holds_that_post():
    # "رئيس الحكومة" after "رئيس الحكومة X" then "رئيس المجلس Y": the same
    # head, but only X holds the post with that genitive; Y, named last,
    # does not
    text = (
        "قال رئيس الحكومة سامي العربي إن «الملف لم يغلق بعد». ورد عليه رئيس "
        "المجلس كمال الحداد بأن «الحوار متوقف منذ أشهر». وأكد رئيس الحكومة أن "
        "«القرار نهائي ولا رجعة فيه».\n"
    )
    q = one(text, "القرار نهائي")
    assert q.speaker == "سامي العربي", q
    # feminine, the post's holder named with a fuller genitive, the other
    # minister brought in by a verb that says nothing
    text = (
        "أعلنت وزيرة الصحة العمومية ليلى منصور أن «المستشفى الجديد سيفتح قريبا». "
        "وانتقدت وزيرة التعليم سعاد بركات الخطة بشدة. وأوضحت وزيرة الصحة أن "
        "«التمويل متوفر بالكامل».\n"
    )
    q = one(text, "التمويل متوفر")
    assert q.speaker == "ليلى منصور", q
    # the post said as the one named last holds it: still that person
    text = (
        "قال رئيس الحكومة سامي العربي إن «الملف لم يغلق بعد». ورد عليه رئيس "
        "المجلس كمال الحداد بأن «الحوار متوقف منذ أشهر». وأكد رئيس المجلس أن "
        "«القرار لم يتخذ بعد».\n"
    )
    q = one(text, "القرار لم يتخذ")
    assert q.speaker == "كمال الحداد", q


def test_a_verb_that_goes_on_with_no_one_near_goes_on_with_the_main_speaker():
    # "وأضاف: «…»" four sentences after the minister's last quote, the
    # sentences between naming no one it agrees with: whom the story
    # quotes most goes on, not no one
    text = (
        "قال وزير الخارجية السوري في مؤتمر صحفي إن «بلاده ستدعم الحوار». وأكد أن "
        "«الحل سياسي قبل كل شيء». بعد ذلك زار الوفد مقر البرلمان. وأعرب عن ارتياحه "
        "للنتائج. ثم انتقل إلى المطار في المساء. وكان الطقس ممطرا طوال اليوم. وأضاف: "
        "«سنواصل العمل مع كل الشركاء حتى النهاية».\n"
    )
    q = one(text, "سنواصل العمل")
    assert q.speaker == "وزير الخارجية السوري", q
    # feminine, "وتابعت"
    text = (
        "أعلنت رئيسة البلدية سلمى العابد أن «المشروع سينطلق في الربيع». وأوضحت أن "
        "«التمويل مضمون بالكامل». وجرت بعد ذلك جولة في الأحياء القديمة. وشارك في "
        "الجولة عدد من السكان. وامتدت الزيارة حتى المساء. وتابعت: «لن نترك أي حي "
        "خارج الخطة».\n"
    )
    q = one(text, "لن نترك أي حي")
    assert q.speaker == "سلمى العابد", q
    # the verb's gender is not the main speaker's: still no one
    text = text.replace("أعلنت رئيسة البلدية سلمى العابد", "أعلن رئيس البلدية سالم العابد")
    text = text.replace("وأوضحت", "وأوضح")
    q = one(text, "لن نترك أي حي")
    assert q.speaker is None, q


def test_a_relay_whose_outlet_is_named_in_marks_then_a_time_in_commas():
    # "ونقلت وكالة «الأنباء X»، الخميس، عن Y قوله": past the outlet's name in
    # marks (one the noun phrase does not take in: it opens with the
    # article), the particle after the time set off by commas still names
    # whom the words are relayed from
    text = (
        "ونقلت وكالة «الأنباء الألمانية»، الخميس، عن مسؤول أردني رفيع المستوى "
        "قوله إن الحكومة «ستعلن خطة جديدة للإنقاذ قريبا».\n"
    )
    q = one(text, "ستعلن خطة جديدة")
    assert q.speaker == "مسؤول أردني رفيع المستوى", q
    # a longer aside on when, a named minister
    text = (
        "ونقلت صحيفة «الشرق الأوسط»، في عددها الصادر اليوم، عن وزير المالية سامي "
        "العربي قوله إن «العجز سينخفض هذا العام».\n"
    )
    q = one(text, "العجز سينخفض")
    assert q.speaker == "سامي العربي", q
    # no particle after the aside: the outlet's own words
    text = "ونقلت صحيفة «الشرق الأوسط»، في عددها الصادر اليوم، أن «العجز سينخفض هذا العام».\n"
    q = one(text, "العجز سينخفض")
    assert "صحيفة" in (q.speaker or ""), q


def test_a_known_name_between_commas_before_a_participle_is_an_apposition():
    # "…، ورفع صوته ضد رئيس المجلس، X، معلنا": the name set off by commas
    # right before the participle names the object before it; the
    # participle's agent is the subject of the clause's verb
    text = (
        "انتقد رئيس الحكومة سامي العربي المعارضة في الجلسة، ورفع صوته ضد رئيس "
        "المجلس، كمال الحداد، معلنا أنه «ليس حائطا قصيرا».\n"
    )
    q = one(text, "ليس حائطا قصيرا")
    assert q.speaker == "سامي العربي", q
    # feminine, the object after إلى
    text = (
        "دافعت وزيرة الصحة ليلى منصور عن الخطة أمام النواب، ووجهت انتقادات إلى "
        "رئيسة اللجنة، سعاد بركات، مؤكدة أن «الأرقام لا تكذب».\n"
    )
    q = one(text, "الأرقام لا تكذب")
    assert q.speaker == "ليلى منصور", q
    # the name in commas is the subject's own apposition: that person speaks
    text = "تحدث المهندس البلدي، حميد السرغيني، مؤكدا أن «الكشوفات كانت سليمة».\n"
    q = one(text, "الكشوفات كانت سليمة")
    assert q.speaker == "حميد السرغيني", q
