"""Who said it (spk7, 2026-12-04).

What was said, told by its object pronoun after ما: "وهو ما أكده السفير
X عندما قال: «…»", "وهذا ما أوضحته الوزيرة X قائلة: «…»", "وهو ما أعلنه
المتحدث X، مضيفا أن «…»": the verb with the pronoun of what was told before
(أكده، أوضحته، أعلنه، ذكره) names its subject after it, who then speaks the
subjectless verb or participle of his sentence, as "ما قاله X" did.  Only
right after ما: "التقرير السالف ذكره" is a noun, his mention.

What is asked for, بـ glued to a bare verbal noun of three consonants
before its definite object, after a title: "وطالب المندوب بسحب القوات
قائلا: «…»", "عندما طالب بمنح الثقة للحكومة": no name ("بمنح الثقة" was
read for the envoy's name, and spoke the next words); the title, or the
person named before, speaks.  Not a name in ب with a long vowel or ه
("بشير", "برهم صالح", "بهجت"), nor one of three letters ("بدر الدين").

What someone said, governed by a preposition ("ردا على ما قاله الوزير",
"عما ذكره X"), is what the words answer or speak of: "وقال النائب X، ردا
على ما قاله الوزير، «…»" is the deputy's, "وتساءل النائب عما قاله الوزير:
«…؟»" the deputy's question (عما, مما end a phrase, no name); the verb
with its object pronoun there is no cue.  "بحسب ما قاله مصدر" still names
its source.

"وأضاف المسؤول أن …" (the definite anonymous head alone, the unnamed
official of a lead told far from any quote) is no post of the name met
next ("ولم يكشف لابيد تفاصيل …"): "وقال المسؤول المصري" after them is the
official, not that man.  A post with no name ("قال وزير الاقتصاد الأردني،
اليوم، إن") is still the next name's.

A wire named with no head noun, glued to لـ after a bare name ("وقال X Y
لرويترز:", "لسبوتنيك", "لشينخوا"), is the one told, no word of the name
(after a post or a source it was read so already).

كان, its subject, a relative clause on it, then the verb: "وكانت السفارة
الأميركية التي لم تعر اهتماما لهذه المعلومات رأت أن «…»", "وكان النائب X
الذي زار المدينة أمس قال إن «…»": the subject said the words, not the
document or the speaker before.  The relative pronoun agrees with the verb
(not "وكان الوفد الذي رافق الوزيرة قالت"), and no verb of saying is in the
relative clause.

A definite verbal noun of saying with no agent, right before أنّ or على
أنّ ("وتقديم التأكيدات أن «…»", "مع التأكيد على أن «…»", "التشديد على
أن"), is read as a participle: the subject of its clause's first verb
speaks ("عمد الوزير X إلى تهدئة النواب وتقديم التأكيدات أن «…»"), not the
speaker before.  Not before anything else ("التأكيد على «أهمية …»": what
is stressed), and one with its agent ("بإعلان رئيس الوفد X أن") is the
agent's, as before.

A masculine verb that goes on with no subject ("وأضاف أن «…»") after a
feminine body quoted in its statement ("أكدت الهيئة، في بيان، أن «…»")
agrees with the statement (بيان), whose body still speaks; with no
statement told, the masculine verb does not take the feminine body.

A verb of saying inside a that-clause, its subject before it ("أن الجنرال
Y توقع"), that has its object right after it, an indefinite noun and its
adjective in the accusative ("موقفا مهادنا"): the words in marks after
that are not its, but the teller's of the clause ("وأضاف الوزير X أن
الجنرال Y توقع موقفا مهادنا للأمريكيين «لأننا …»").  Not adverbs after the
verb ("أكد مجددا أيضا «…»": Y's words, as before).

A venue glued to بـ after a title ("وقال مدرب المنتخب بقاعة الإعلام:",
"السفير بمقر السفارة") is where he spoke, no name; the title speaks.  Not
where a post is held ("الأستاذ بجامعة منوبة X": his post).

A sentence that opens with an occasion of someone's, glued to لـ and his
title ("في مؤتمر صحفي لمدرب المنتخب X، قال:", "وفي تصريح لوزير الصحة X،
قال إن"), then a verb of saying with no subject after its comma: he
speaks (before, no one or the speaker before).  Not an occasion with no
titled person ("في مؤتمر صحفي، قال": the speaker before goes on).

A relay that names a second one, its particle repeated with و after a
comma and a noun of his saying after him ("ونسب إلى الملك أنه …، وإلى
السفير X قوله … إن «…»", "ونقلت البرقية عن الوزير X قوله «…»، وعن Y قوله
«…»"): the second one speaks the words after, not the first one named (nor
the verb inside the first one's clause).  The first one's own words stay
his.

The one prompted to say: "ما دفع أحد الصحفيين الحاضرين للقول: «…»", "مما
دعا رئيس المحكمة إلى القول: «…»": the object of دفع/دعا after ما/مما
says the words (للقول is a cue only there: "ولا مجال للقول" prompts no
one).

What is denied or told of, right after the verb: "نفى وجود «…»", "نفى
صحة الأنباء، قائلا:", "نفى حدوث أي اختراق" (وجود، صحة، حدوث، وقوع, alone
before words in marks too) is the verb's object, never a name: the
subject the verb elides (the pronoun of "لكنه", the speaker before) speaks.

"الناخب الجزائري" (the national selector, with his country's nisba for
"الوطني") is the national coach, the person introduced as "مدرب المنتخب
الجزائري X": the follow-up "وتابع الناخب الجزائري يقول: «…»" is his; not
another country's coach ("مدرب المنتخب الموريتاني Y" before it).

"that", the verb's object, before its subject: "وأكد ذلك السفير X قائلا:
«…»" is the ambassador's (with a title after it, "that minister" would be
the same subject); not "وقال هذا الأخير" (the latter), nor "وأكد ذلك
قائلا:" with no subject (the speaker before goes on).

A hard-wrapped article, a column of short lines most of which end
mid-sentence with no blank line between them, is read with its line
breaks as spaces (offsets and the words' own text unchanged): "… أن رئيس
الحكومة X أبلغ\nالسفيرة … مؤكدا\nأنه …" is one sentence, whose subject
speaks.  Not an article of short lines that end with stops, nor one of a
few lines.

A verbal noun of saying glued to بـ with its agent, then أنّ ("وانتهى
الاجتماع بتأكيد رئيس الوفد X أن «…»") is read before the subject of the
sentence's first verb: the agent speaks, not "الاجتماع بتأكيد" read for a
person; "واتهم الوزير X المعارضة بأنها «…»" (no such noun) is still the
minister's.

Every sentence here is invented. The positive tests fail before the rule
they test; the negative ones hold the near misses where it must not fire.
"""

import pytest

from tests.extraction.helpers import said


@pytest.mark.parametrize(
    "text, start, speaker, role",
    [
        (
            "قال الوزير سمير النجار إن «الموازنة ستقر قريبا». وهذا ما أكده ماركو "
            "بيلوني، السفير الإيطالي السابق في تونس، عندما قال للصحافيين: "
            "«بلادي لن تتخلى عن شركائها».",
            "بلادي لن",
            "ماركو بيلوني",
            "السفير الإيطالي السابق في تونس",
        ),
        (
            "قالت الوزيرة سلمى النجار إن «الموازنة ستقر قريبا». وهو ما أوضحته "
            "السفيرة الكندية دانا شل قائلة: «بلادنا تتابع الإصلاحات باهتمام».",
            "بلادنا تتابع",
            "دانا شل",
            "السفيرة الكندية",
        ),
        (
            "قال الوزير سمير النجار إن «الموازنة ستقر قريبا». وهو ما أعلنه "
            "المتحدث باسم الحكومة خالد العمري، مضيفا أن «الاتفاق سيوقع قبل نهاية الشهر».",
            "الاتفاق سيوقع",
            "خالد العمري",
            "المتحدث باسم الحكومة",
        ),
    ],
)
def test_what_was_said_names_its_subject_after_it(text, start, speaker, role):
    q = said(text, start)
    assert (q.speaker, q.role) == (speaker, role)


@pytest.mark.parametrize(
    "text, start, speaker",
    [
        (
            # a noun, "his mention": the report speaks
            "قال الوزير سمير النجار إن «الموازنة ستقر قريبا». وأشار التقرير "
            "السالف ذكره إلى أن «العجز سيتراجع».",
            "العجز سيتراجع",
            "التقرير السالف",
        ),
        (
            # no subject after the verb: the speaker before goes on
            "قال الوزير سمير النجار إن «الموازنة ستقر قريبا»، وهو ما ذكره أيضا "
            "في مقابلة سابقة، مضيفا: «لن نتراجع عن الإصلاحات».",
            "لن نتراجع",
            "سمير النجار",
        ),
    ],
)
def test_what_was_said_near_misses(text, start, speaker):
    assert said(text, start).speaker == speaker


@pytest.mark.parametrize(
    "text, start, speaker, role",
    [
        (
            "وطالب المندوب الأممي بسحب القوات من المدينة قائلا: «لا حل عسكريا للأزمة».",
            "لا حل",
            "المندوب الأممي",
            "المندوب الأممي",
        ),
        (
            "وقال رئيس الحكومة فؤاد الساعدي إن حكومته تواجه ضغوطا، كاشفا عن لقائه "
            "بالسفير الأوروبي عندما طالب بفتح المعابر، حيث كان رده: «لا نتلقى "
            "الأوامر من أحد».",
            "لا نتلقى",
            "فؤاد الساعدي",
            "رئيس الحكومة",
        ),
    ],
)
def test_what_is_asked_for_after_ba_is_no_name(text, start, speaker, role):
    q = said(text, start)
    assert (q.speaker, q.role) == (speaker, role)


@pytest.mark.parametrize(
    "text, start, speaker",
    [
        ("وقال الرئيس العراقي برهم صالح: «الانتخابات ستجري في موعدها».", "الانتخابات", "برهم صالح"),
        (
            "وقال المدرب بدر الدين الخالدي: «الفريق قدم مباراة كبيرة».",
            "الفريق قدم",
            "بدر الدين الخالدي",
        ),
        ("وقال المحامي بهجت العمري: «موكلي بريء من كل التهم».", "موكلي بريء", "بهجت العمري"),
    ],
)
def test_names_in_ba_stay_names(text, start, speaker):
    assert said(text, start).speaker == speaker


@pytest.mark.parametrize(
    "text, start, speaker",
    [
        (
            "قال الوزير سمير النجار إن «الموازنة ستقر قريبا». وقال النائب سامي "
            "الحلبي، ردا على ما قاله الوزير، «الأرقام غير دقيقة».",
            "الأرقام غير",
            "سامي الحلبي",
        ),
        (
            "قال الوزير سمير النجار إن «الموازنة ستقر قريبا». وقال النائب سامي "
            "الحلبي، في أول رد على ما ذكره الوزير، «الأرقام غير دقيقة».",
            "الأرقام غير",
            "سامي الحلبي",
        ),
        ("وتساءل النائب عما قاله الوزير أمس: «أين ذهبت الأموال؟».", "أين ذهبت", "النائب"),
    ],
)
def test_what_was_said_after_a_preposition_is_answered(text, start, speaker):
    assert said(text, start).speaker == speaker


def test_according_to_what_was_said_names_its_source():
    text = "وبحسب ما قاله مصدر أمني، فإن «الهجوم كان منسقا من الخارج»."
    assert said(text, "الهجوم كان").speaker == "مصدر أمني"


def test_the_official_is_no_post_of_the_name_met_next():
    text = (
        "وأضاف المسؤول أن الأمن يجب أن يتم عبر المؤسسات. ولم يكشف لابيد تفاصيل "
        "بشأن خطته. وقال المسؤول المصري: «لن نقبل بأي تهجير»."
    )
    assert said(text, "لن نقبل").speaker == "المسؤول المصري"


def test_a_post_with_no_name_is_still_the_next_names():
    text = (
        "قال وزير الاقتصاد الأردني، اليوم الاثنين، إن «الأسعار ستستقر قريبا».\n\n"
        "وقال يوسف منصور للصحفيين: «لا نية لرفع الضرائب»."
    )
    q = said(text, "لا نية")
    assert (q.speaker, q.role) == ("يوسف منصور", "وزير الاقتصاد الأردني")


@pytest.mark.parametrize(
    "text, start, speaker",
    [
        ("وقال يوسف منصور لرويترز: «لا نية لرفع الضرائب هذا العام».", "لا نية", "يوسف منصور"),
        ("وقالت سلمى الحراحشة لسبوتنيك إن «المفاوضات متعثرة».", "المفاوضات", "سلمى الحراحشة"),
        ("وقال وانغ يي لشينخوا: «الاقتصاد الصيني ينمو بثبات».", "الاقتصاد", "وانغ يي"),
    ],
)
def test_a_wire_told_ends_the_name(text, start, speaker):
    assert said(text, start).speaker == speaker


def test_a_name_in_lam_stays_a_name():
    text = "وقال محمد علي لطفي: «الحكومة ستعلن القرار غدا»."
    assert said(text, "الحكومة ستعلن").speaker == "محمد علي لطفي"


@pytest.mark.parametrize(
    "text, start, speaker",
    [
        (
            "أفادت برقية دبلوماسية أن المعارضة ستتظاهر. وكانت السفارة الكندية التي "
            "لم تعر اهتماما كبيرا لهذه المعلومات رأت أن الأمر لن يؤدي إلا "
            "«إلى بعض الإرباك» للحكومة.",
            "إلى بعض",
            "السفارة الكندية",
        ),
        (
            "قال الوزير سمير النجار إن «الموازنة ستقر قريبا». وكان النائب حسن الدوري "
            "الذي زار المدينة أمس قال إن «الأوضاع مأساوية».",
            "الأوضاع مأساوية",
            "حسن الدوري",
        ),
    ],
)
def test_was_subject_before_a_relative_clause_speaks(text, start, speaker):
    assert said(text, start).speaker == speaker


def test_was_subject_must_agree_with_the_relative_and_the_verb():
    text = (
        "قالت الوزيرة سلمى النجار إن «الموازنة ستقر قريبا». وكان الوفد الذي "
        "رافقها أمس إلى المدينة قالت إن «الأوضاع مأساوية»."
    )
    assert said(text, "الأوضاع مأساوية").speaker == "سلمى النجار"


@pytest.mark.parametrize(
    "text, start, speaker",
    [
        (
            "وقال النائب حسن الدوري إن «المجلس أصبح ضعيفا». إلى ذلك، عمد وزير شؤون "
            "المجلس عبدالله الفارس إلى تهدئة النواب وتقديم التأكيدات أن "
            "«الحكومة ترفض إهانة النواب».",
            "الحكومة ترفض",
            "عبدالله الفارس",
        ),
        (
            "وقال النائب حسن الدوري إن «المجلس أصبح ضعيفا». وسعى وزير شؤون المجلس "
            "عبدالله الفارس إلى تهدئة النواب مع التأكيد على أن «الحكومة ترفض إهانة النواب».",
            "الحكومة ترفض",
            "عبدالله الفارس",
        ),
    ],
)
def test_a_verbal_noun_of_saying_before_that_is_the_clause_subjects(text, start, speaker):
    assert said(text, start).speaker == speaker


def test_a_verbal_noun_of_saying_with_its_agent_is_the_agents():
    text = (
        "وقال النائب حسن الدوري إن «المجلس أصبح ضعيفا». وانتهى الاجتماع بإعلان "
        "رئيس الوفد سامي العلي أن «المفاوضات ستستأنف الأسبوع المقبل»."
    )
    assert said(text, "المفاوضات ستستأنف").speaker == "سامي العلي"


def test_a_masculine_follow_up_goes_on_with_the_body_of_a_statement():
    text = (
        "أكدت الهيئة العليا للانتخابات، في بيان، أن الاقتراع «سيجري في ظروف "
        "آمنة وشفافة». وأضاف أن «النتائج ستعلن خلال ثمان وأربعين ساعة»."
    )
    assert said(text, "النتائج ستعلن").speaker == "الهيئة العليا للانتخابات"


def test_a_masculine_follow_up_takes_no_feminine_body_without_a_statement():
    text = (
        "أكدت الهيئة العليا للانتخابات أن الاقتراع «سيجري في ظروف آمنة وشفافة». "
        "وأضاف أن «النتائج ستعلن خلال ثمان وأربعين ساعة»."
    )
    assert said(text, "النتائج ستعلن").speaker is None


def test_words_after_the_object_of_a_verb_in_a_that_clause_are_the_tellers():
    text = (
        "وأضاف وزير الخارجية سالم الأحمد أن الجنرال عمر توقع موقفا مهادنا من "
        "الأمريكيين «لأننا نعتقد أنهم أصدقاؤكم، وعليهم أن يفعلوا شيئا»."
    )
    q = said(text, "لأننا نعتقد")
    assert (q.speaker, q.role) == ("سالم الأحمد", "وزير الخارجية")


def test_words_after_adverbs_of_a_verb_in_a_that_clause_are_its_subjects():
    text = "وأضاف وزير الخارجية سالم الأحمد أن الجنرال عمر أكد مجددا أيضا «أن الأمريكيين أصدقاؤكم»."
    assert said(text, "أن الأمريكيين").speaker == "عمر"


@pytest.mark.parametrize(
    "text, start, speaker",
    [
        (
            "وقال مدرب المنتخب التونسي بقاعة الإعلام: «الفوز كان مستحقا».",
            "الفوز كان",
            "مدرب المنتخب التونسي",
        ),
        (
            "وقال السفير الياباني بمقر السفارة: «العلاقات بين البلدين ممتازة».",
            "العلاقات",
            "السفير الياباني",
        ),
    ],
)
def test_a_venue_glued_to_ba_is_no_name(text, start, speaker):
    assert said(text, start).speaker == speaker


def test_where_a_post_is_held_stays_in_the_role():
    q = said("وقال الأستاذ بجامعة منوبة سامي الحلبي: «الوضع صعب».", "الوضع صعب")
    assert (q.speaker, q.role) == ("سامي الحلبي", "الأستاذ بجامعة منوبة")


@pytest.mark.parametrize(
    "text, start, speaker",
    [
        (
            "في مؤتمر صحفي لمدرب المنتخب التونسي، قال: «الفوز كان مستحقا».",
            "الفوز كان",
            "مدرب المنتخب التونسي",
        ),
        (
            "قال النائب حسن الدوري إن «المستشفيات مكتظة». وفي تصريح لوزير الصحة "
            "فراس الأبيض، قال إن «الوضع تحت السيطرة».",
            "الوضع تحت",
            "فراس الأبيض",
        ),
    ],
)
def test_the_holder_of_an_opening_occasion_speaks(text, start, speaker):
    assert said(text, start).speaker == speaker


def test_an_occasion_with_no_holder_leaves_the_speaker_before():
    text = (
        "قال وزير الصحة فراس الأبيض إن «المستشفيات مكتظة». وفي مؤتمر صحفي، "
        "قال إن «الوضع تحت السيطرة»."
    )
    assert said(text, "الوضع تحت").speaker == "فراس الأبيض"


@pytest.mark.parametrize(
    "text, start, speaker",
    [
        (
            "ونقلت البرقية عن الأمير الراحل أنه حث واشنطن على الضغط على طهران، وعن "
            "السفير الكويتي في واشنطن سامي الجبوري قوله إن «الأمير يريد حلا سريعا».",
            "الأمير يريد",
            "سامي الجبوري",
        ),
        (
            "ونقلت البرقية عن الوزير سمير النجار قوله «لن نتراجع»، وعن السفير سامي "
            "الجبوري قوله إن «الأمير يريد حلا سريعا».",
            "الأمير يريد",
            "سامي الجبوري",
        ),
    ],
)
def test_the_second_one_a_relay_names_speaks(text, start, speaker):
    assert said(text, start).speaker == speaker


def test_the_first_one_a_relay_names_keeps_his_words():
    text = (
        "ونقلت البرقية عن الوزير سمير النجار قوله «لن نتراجع»، وعن السفير سامي "
        "الجبوري قوله إن «الأمير يريد حلا سريعا»."
    )
    assert said(text, "لن نتراجع").speaker == "سمير النجار"


@pytest.mark.parametrize(
    "text, start, speaker",
    [
        (
            "بدا التوتر ظاهرا على وجه الضابط، ما دفع أحد الصحفيين الحاضرين في القاعة "
            "للقول: «لم نشهد مثل هذا في تاريخ المحاكم».",
            "لم نشهد",
            "أحد الصحفيين الحاضرين في القاعة",
        ),
        (
            "تكررت مقاطعة الشهود، مما دفع رئيس المحكمة إلى القول: «هذا غير مقبول».",
            "هذا غير",
            "رئيس المحكمة",
        ),
    ],
)
def test_the_one_prompted_to_say_speaks(text, start, speaker):
    assert said(text, start).speaker == speaker


def test_no_one_prompted_to_say():
    text = "وقال الوزير سامي الحلبي إن «الوضع صعب»، ولا مجال للقول: «إننا فشلنا في كل شيء»."
    assert said(text, "إننا فشلنا").speaker == "سامي الحلبي"


@pytest.mark.parametrize(
    "text, start",
    [
        (
            "قال الوزير سامي الحلبي إن «المفاوضات مستمرة»، لكنه نفى وجود «أي اتفاق "
            "سري مع الطرف الآخر».",
            "أي اتفاق",
        ),
        (
            "قال الوزير سامي الحلبي إن «المفاوضات مستمرة». ونفى صحة الأنباء "
            "المتداولة، قائلا: «لا أساس لها من الصحة».",
            "لا أساس",
        ),
        (
            "قال الوزير سامي الحلبي إن «المفاوضات مستمرة». ونفى حدوث أي اختراق "
            "قائلا: «لا جديد في الملف».",
            "لا جديد",
        ),
    ],
)
def test_what_is_denied_is_no_name(text, start):
    assert said(text, start).speaker == "سامي الحلبي"


def test_the_national_selector_with_his_nisba_is_the_coach():
    text = (
        "وقال مدرب المنتخب الجزائري جمال بلماضي: «الفوز مستحق». وتابع الناخب "
        "الجزائري يقول: «المباراة القادمة صعبة»."
    )
    assert said(text, "المباراة القادمة").speaker == "جمال بلماضي"


def test_the_national_selector_is_no_other_countrys_coach():
    text = (
        "وقال مدرب المنتخب الموريتاني كورنتين مارتينز: «الفوز مستحق». وتابع "
        "الناخب الجزائري يقول: «المباراة القادمة صعبة»."
    )
    assert said(text, "المباراة القادمة").speaker != "كورنتين مارتينز"


def test_that_before_the_subject_is_the_object():
    text = (
        "قال الوزير سمير النجار إن «الحكومة ستصمد». وأكد ذلك السفير الإيطالي "
        "ماركو بيلوني قائلا: «الحكومة تحظى بدعم واسع»."
    )
    assert said(text, "الحكومة تحظى").speaker == "ماركو بيلوني"


def test_that_with_no_subject_after_it_leaves_the_speaker_before():
    text = "قال الوزير سمير النجار إن «الحكومة ستصمد». وأكد ذلك قائلا: «الحكومة تحظى بدعم واسع»."
    assert said(text, "الحكومة تحظى").speaker == "سمير النجار"


_WRAPPED = (
    "نشرت صحيفة محلية نقلا عن موقع\n"
    "التسريبات وثيقة سرية صادرة عن\n"
    "السفارة الكندية ويعود تاريخها الى\n"
    "شهر اذار 2009، وتشير الوثيقة الى\n"
    "ان رئيس الحكومة المكلف سامي الخطيب\n"
    "أبلغ السفيرة الكندية ان منافسه في\n"
    "الانتخابات سيخسر في دائرته، مؤكدا\n"
    "انه سيرفض تولي المنصب «اذا لم يحظ\n"
    "بدعم كل الكتل»، وان خصمه سيتولى\n"
    "هذا المنصب على الارجح في النهاية.\n"
    "وعن العلاقة مع الجيران، اعرب الخطيب\n"
    "عن قلقه من تدهورها في الاشهر\n"
    "الاخيرة بسبب الخلافات الحدودية.\n"
)


def test_a_hard_wrapped_article_is_read_as_running_text():
    q = said(_WRAPPED, "اذا لم")
    assert (q.speaker, q.role) == ("سامي الخطيب", "رئيس الحكومة المكلف")
    assert q.text == _WRAPPED[q.start : q.end]


def test_short_lines_that_end_with_stops_are_left_alone():
    from claims.extraction.engine import _unwrapped

    text = "".join(f"قال الوزير رقم {k}: «نحن هنا».\n" for k in range(12))
    assert _unwrapped(text) is text


def test_a_saying_noun_with_its_agent_before_the_first_verbs_subject():
    text = (
        "وقال النائب حسن الدوري إن «المجلس أصبح ضعيفا». وانتهى الاجتماع بتأكيد "
        "رئيس الوفد سامي العلي أن «المفاوضات ستستأنف الأسبوع المقبل»."
    )
    assert said(text, "المفاوضات ستستأنف").speaker == "سامي العلي"


def test_the_first_verbs_subject_with_no_saying_noun():
    text = (
        "وقال النائب حسن الدوري إن «المجلس أصبح ضعيفا». واتهم الوزير سامي العلي "
        "المعارضة بأنها «تعرقل كل الإصلاحات التي تقترحها الحكومة»."
    )
    assert said(text, "تعرقل كل").speaker == "سامي العلي"
