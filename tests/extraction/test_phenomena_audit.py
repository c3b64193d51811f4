"""Phenomena of the attribution error classes an audit of unseen real
articles found (audit): who a follow-up, "the latter", a title's name or a
verbal noun's genitive names as the speaker.

Every article here is written for the test, in sentences of its own; each
test fails without the rule it names.
"""

from tests.extraction.helpers import one


def test_the_latter_in_the_next_sentence_is_the_last_person_met():
    # "وقال الأخير": "the latter" is the last person the text met, here in
    # the sentence before, glued to بـ as the object of the meeting verb
    text = (
        "التقى وزير الخارجية خالد المنصوري بالسفير الفرنسي جان دوبون أمس.\n\n"
        "وقال الأخير «العلاقات بين البلدين ممتازة».\n"
    )
    q = one(text, "العلاقات بين البلدين")
    assert q.speaker == "جان دوبون", q
    assert q.role == "السفير الفرنسي", q


def test_the_latter_feminine_takes_the_last_woman_met():
    text = (
        "استقبل رئيس البلدية سامي العتيبي الناشطة ليلى حسن في مكتبه.\n\n"
        "وقالت الأخيرة «طرحنا كل مطالب السكان».\n"
    )
    q = one(text, "طرحنا كل مطالب")
    assert q.speaker == "ليلى حسن", q


def test_a_time_noun_after_an_honorific_is_a_first_name():
    # "وقالت السيدة صباح X": صباح ("morning") right after an honorific, with
    # a name word after it, is her first name
    q = one("وقالت السيدة صباح يوسف «أنتظر ابني منذ ثلاث سنوات».\n", "أنتظر ابني")
    assert q.speaker == "صباح يوسف", q
    q = one("وقال الدكتور صباح الخطيب «الوضع الصحي تحت السيطرة».\n", "الوضع الصحي")
    assert q.speaker == "صباح الخطيب", q
    # but "وقال الوزير صباح اليوم": the time of the statement, no name
    q = one("وقال الوزير صباح اليوم «لن نصوت على هذا القانون».\n", "لن نصوت")
    assert q.speaker != "صباح اليوم", q


def test_a_suffixed_title_then_the_name_in_commas_names_the_person():
    # "على لسان وزيرها، X،": a title with a possessive suffix, then the name
    # set off by commas; the name speaks, the title is the role
    text = "ونقلت الوكالة على لسان وزيرها، فهد الراشد، قوله «الاتفاق سيوقع قريبا».\n"
    q = one(text, "الاتفاق سيوقع")
    assert q.speaker == "فهد الراشد", q
    assert q.role == "وزيرها", q
    text = "وقال نظيره، سامر الحلبي، «لا خلاف بيننا على الحدود».\n"
    q = one(text, "لا خلاف بيننا")
    assert q.speaker == "سامر الحلبي", q


def test_a_topic_opened_by_a_preposition_is_no_speaker():
    # "أما بخصوص العراق فقد أضاف": what is talked about, not who talks; the
    # follow-up goes on with the last speaker
    text = (
        "قال وزير الخارجية خالد المنصوري «نحن ندعم الحوار بين الأطراف الليبية».\n\n"
        "أما بخصوص العراق فقد أضاف «الاستقرار هناك مهم للمنطقة كلها».\n"
    )
    q = one(text, "الاستقرار هناك")
    assert q.speaker == "خالد المنصوري", q


def test_ala_after_a_verb_it_completes_is_the_preposition():
    # "أكد على موقف بلاده": على, written with its alif maqsura after a verb
    # whose complement it introduces, is no name Ali; the subject is elided
    # and the follow-up goes on with the last speaker
    text = (
        "قال وزير الخارجية خالد المنصوري إن بلاده تدعم الحوار بين الأطراف الليبية.\n\n"
        "وفي الملف السوري أكد على موقف بلاده الثابت من الأزمة، "
        "وأضاف «لا حل إلا بالحوار بين السوريين».\n"
    )
    q = one(text, "لا حل إلا بالحوار")
    assert q.speaker == "خالد المنصوري", q


def test_the_genitive_of_a_verbal_noun_of_speech_speaks():
    # "وجاءت دعوة X للإضراب بالقول": the verbal noun has no finite verb of
    # its own; the person in its genitive speaks, not "دعوة"
    text = "وجاءت دعوة رئيس النقابة ماجد يونس للإضراب بالقول «لن نعمل حتى تتحقق مطالبنا».\n"
    q = one(text, "لن نعمل")
    assert q.speaker == "ماجد يونس", q
    assert q.role == "رئيس النقابة", q


def test_a_post_with_its_own_name_in_commas_after_the_subject_is_the_object():
    # "دعا الرئيس X رئيس البرلمان، Y، إلى": the post after the subject's
    # name has its own name set off by commas; it is the verb's object, a
    # second person, not the subject's role
    text = (
        "دعا الرئيس سعيد كمال رئيس البرلمان، عادل ناصر، إلى الاجتماع وقال «يجب أن نتحاور الآن».\n"
    )
    q = one(text, "يجب أن نتحاور")
    assert q.speaker == "سعيد كمال", q
    assert q.role == "الرئيس", q


def test_a_definite_plural_in_at_is_no_speaker():
    # "إن التحقيقات تشير إلى أن «…»": a definite plural in ات, no title, is
    # a thing (its verb in the feminine singular), not a person; the main
    # verb's subject speaks
    text = "وقال المحامي رامي سعيد إن التحقيقات تشير إلى أن «موكلي بريء تماما».\n"
    q = one(text, "موكلي بريء")
    assert q.speaker == "رامي سعيد", q
    # and a follow-up after such a plural goes on with the last speaker
    text = (
        "أعلن وزير الصحة كمال الدباغ عن ارتفاع عدد الإصابات إلى 120 حالة.\n\n"
        "وأكد الوزير أن نسب الوفيات المسجلة تراجعت إلى 2%، متوقعا تحسن الوضع.\n\n"
        "وقال: «لا داعي للخوف من السفر هذا الصيف».\n"
    )
    q = one(text, "لا داعي للخوف")
    assert q.speaker == "كمال الدباغ", q
