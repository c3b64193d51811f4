"""Phenomena found in the speaker misses of the real development sets
(spkref): who a follow-up means, when its cue names the speaker by a
pronoun, a short form or a description rather than by name.

Every article here is written for the test, in sentences of its own; each
test fails without the rule it names.
"""

from tests.extraction.helpers import one


def test_the_speaker_alone_is_whoever_the_text_has_speaking():
    # "وقال المتحدث في ذات الصدد «…»": "the speaker", with no body after it
    # (not "المتحدث باسم …", a post), names the person the text has
    # speaking, here one named in the lead and never quoted before
    text = (
        "انتقد رئيس اتحاد المزارعين، خليل بن عمارة، قرار رفع أسعار الأسمدة.\n\n"
        "وأكد، بن عمارة خلال لقاء جهوي بالقيروان، أن الحوار هو السبيل الوحيد.\n\n"
        "وقال المتحدث في ذات الصدد “إن الفلاح لا يمكنه تحمل أعباء جديدة هذا الموسم”.\n"
    )
    q = one(text, "إن الفلاح لا يمكنه")
    assert q.speaker == "خليل بن عمارة", q


def test_a_fronted_prepositional_phrase_is_no_subject_of_the_participle():
    # "وعن تراجع مستوى الفريق …، رد قائلا:": the noun after وعن is what he
    # was asked about (not a person "X الفريق", a rank after a name); the
    # verb after the comma has a pronoun subject, the coach quoted before
    text = (
        "قال مدرب النادي الأهلي سمير الحكيمي إن الفريق «قدم مباراة كبيرة».\n"
        "وأضاف أن اللاعبين يستحقون الراحة بعد أسبوع شاق.\n"
        "وعن تراجع مستوى الفريق أمام المنافس، رد قائلا: «الإصابات أثرت كثيرا على التشكيلة».\n"
    )
    q = one(text, "الإصابات أثرت كثيرا")
    assert q.speaker == "سمير الحكيمي", q


def test_a_line_wrapped_after_a_comma_or_a_particle_goes_on_with_its_sentence():
    # text hard-wrapped at a fixed width: a line that ends with "أن" or a
    # comma has not ended its sentence, so the participles after the wrap
    # ("معتبرا أن\n«…»"، "…،\nمضيفا:") keep the subject of its verb
    text = (
        "عمّان - قال الوزير السابق مازن الشوابكة، خلال ندوة في\n"
        "الجامعة اليوم، إن الإصلاح الإداري تأخر كثيرا.\n"
        "ودافع الشوابكة عن خطة الحكومة الجديدة، معتبرا أن\n"
        "«الخطة تحمل حلولا واقعية للبطالة»، ومؤكدا أن التنفيذ بدأ فعلا،\n"
        "مضيفا: «سنرى النتائج قبل نهاية العام».\n"
    )
    q = one(text, "الخطة تحمل حلولا")
    assert q.speaker == "مازن الشوابكة", q
    q = one(text, "سنرى النتائج")
    assert q.speaker == "مازن الشوابكة", q


def test_a_verb_of_closing_ones_words_is_a_follow_up_cue():
    # "وأنهى: «…»": he closed his words; the verb, not a label before the
    # colon, and its elided subject is the speaker quoted before
    text = (
        "قال رئيس نادي الوحدة فهد العتيبي: «الموسم كان صعبا على الجميع».\n\n"
        "وأردف: «اللاعبون قدموا كل ما لديهم».\n\n"
        "وأنهى: «نعد الجماهير بموسم أفضل».\n"
    )
    q = one(text, "نعد الجماهير")
    assert q.speaker == "فهد العتيبي", q


def test_the_one_contacted_answers_the_verb_with_fa():
    # "واتصلت «الصحيفة» بالسفارة …، فأجابت «…»": the embassy reached by
    # the verb of contacting answers, not the newspaper that called nor the
    # sources quoted before
    text = (
        "قالت مصادر مطلعة إن «المفاوضات بلغت مرحلة حاسمة».\n"
        "واتصلت «الوطن» بالسفارة الفرنسية مستفسرة عن صحة ما نشر بشأن الاتفاق، "
        "فأجابت «لا تعليق لدينا على تقارير إعلامية».\n"
    )
    q = one(text, "لا تعليق لدينا")
    assert q.speaker == "السفارة الفرنسية", q
