"""Speakers and roles seen on development sets t4-t7 (dev13b, 2026-12-05),
each with invented sentences of the same construction.

A broadcaster or paper after "نقلا عن", set off by a comma after a verb of
saying and its subject ("وأضاف الوزير X، نقلا عن التلفزيون الرسمي: «…»"),
carried the subject's words: the verb's subject speaks, as after an aside
"، بحسب البرقية،". Not when the verb's subject is itself an outlet
("وقالت الصحيفة، نقلا عن قناة محلية، إن"): the outlet relays those it
quotes, who speak; nor a source that is no outlet ("نقلا عن شهود").

An accusative participle of manner alone between a verb of saying and its
colon or mark ("وأضاف مداعبا:", "وأضافت متحسرة: «…»"), a حال that tells
how the words were said, is never their speaker: the subject is elided and
resolved as for a bare verb. Before, only the participles listed in
words._MANNER were skipped, and any other one was read as a one-word name.
Not a name after the verb ("وعلق منصور:", "وقالت مايا:").

An indefinite occasion of speech and its adjective of the press or the air
right after a verb of saying, its preposition dropped ("وقال مؤتمر صحفي
عقده اليوم إن …"), is when the words were said: a conference, a meeting or
an interview does not speak, so the subject is elided and resolved (before,
"مؤتمر" was read as a name and "صحفي" as his role, and the words after went
on with him). Not a statement ("وقال بيان صحفي"), a document that speaks.

A verb of saying right after a relative pronoun whose object is a noun,
inside the that-clause of a verb of saying before it ("وأوضح البيان أن
الأنباء التي تزعم وجود خطة «لا أساس لها»"), does not introduce the words
after its object: they are the predicate of the that-clause, whose verb
speaks (before, the relative's antecedent, the reports, did). Not when the
relative verb has its own أنّ or colon ("التقارير التي تزعم أن «…»",
"النائب الذي قال: «…»").

"And another one" before a participle of saying, its verb left out after
the words of a first speaker ("قال أحدهم «…» وآخر بقوله «…»", "…، وأخرى
قائلة: «…»"), says the words the participle introduces: an anonymous
speaker (before, the participle went on with the first speaker or the
group). Not a participle with no such word before it ("، مضيفا: «…»"),
which goes on with the clause's subject.

A rally of a profession or of parties (تجمع/التجمع, "تجمع المهنيين", "التجمع
الوطني للأحرار") is a body, as a union or a front is: it joins
lexicon.ORGANIZATION_HEADS and speaks as an organization ("يقول التجمع
«…»", the body named before in full; before, no speaker, or a person).
Its head ("رئيس تجمع X") stays a person, and the verb ("تجمع المحتجون")
or the gathering in reported speech stays no speaker.

A document's noun in construct with one bare word of none of the forms of
an indefinite Arabic adjective (five letters or more, no nisba or feminine
ending, no participle in م, no accusative ا), the document posted "على"
a social platform ("وجاء في بيان غرينبيس على تويتر: «…»"), names its
author, who speaks (before, the bare "بيان" did). Not an adjective
("في بيان مقتضب على تويتر", "بيان إضافي"), nor with no platform after it.
"""

from __future__ import annotations

from tests.extraction.helpers import one

Q = "«سنعمل على بناء اقتصاد قوي في كل المحافظات دون استثناء»."


def test_outlet_after_naqlan_an_in_commas_relays_the_subject() -> None:
    q = one(
        "وأضاف وزير المالية سامر العتيبي، في حديثه أمام ندوة اقتصادية أمس، "
        f"نقلا عن التلفزيون الأردني، عقب افتتاح المعرض: {Q}",
        "سنعمل على",
    )
    assert q.speaker == "سامر العتيبي"
    assert q.role == "وزير المالية"
    q = one(f"وقال النائب فهد الراشد، نقلا عن قناة محلية، إن {Q}", "سنعمل على")
    assert q.speaker == "فهد الراشد"


def test_near_miss_outlet_subject_relays_those_it_quotes() -> None:
    q = one(f"وقالت الصحيفة، نقلا عن قناة محلية، إن {Q}", "سنعمل على")
    assert q.speaker == "قناة محلية"
    q = one(f"وقالت الصحيفة، نقلا عن شهود، إن {Q}", "سنعمل على")
    assert q.speaker == "شهود"


def test_near_miss_a_source_that_is_no_outlet_speaks() -> None:
    q = one(f"وأضاف النائب فهد الراشد، نقلا عن مصادر مطلعة، إن {Q}", "سنعمل على")
    assert q.speaker == "مصادر مطلعة"


LEAD = "وقال المدرب سالم الهاجري إن فريقه استحق الفوز في المباراة.\n"
WORDS = "“كل ما نرجوه من الاتحاد أن يترك لنا الملعب شهرا كاملا”."


def test_manner_participle_before_the_colon_is_no_speaker() -> None:
    for verb, adverb in (("وأضاف", "مداعبا"), ("وعلق", "مرتجلا"), ("وتابع", "مجاملا")):
        q = one(f"{LEAD}{verb} {adverb}: {WORDS}", "كل ما نرجوه")
        assert q.speaker == "سالم الهاجري", adverb
        assert q.role == "المدرب", adverb


def test_feminine_manner_participle_before_the_mark() -> None:
    q = one(
        "وقالت المديرة ليلى الكبيسي إن المدرسة تحتاج إلى دعم.\n"
        "وأضافت متحسرة “لم نتلق أي مساعدة منذ بداية العام الدراسي”.",
        "لم نتلق",
    )
    assert q.speaker == "ليلى الكبيسي"


def test_near_miss_a_name_after_the_verb_speaks() -> None:
    q = one(f"{LEAD}وعلق منصور: {WORDS}", "كل ما نرجوه")
    assert q.speaker == "منصور"
    q = one(f"وقالت مايا: {WORDS}", "كل ما نرجوه")
    assert q.speaker == "مايا"


PM = "تحدث رئيس الوزراء سامي العلي عن أزمة الوقود في البلاد.\n"
PLEDGE = "«لن نعلن عن أي صفقة قبل أن تكتمل كل تفاصيلها بشكل نهائي»."


def test_occasion_with_its_preposition_dropped_is_no_speaker() -> None:
    q = one(
        f"{PM}وقال مؤتمر صحفي عقب زيارته لمصفاة النفط، اليوم الاثنين، إن "
        f"الانتقادات كثرت.\nوأضاف: {PLEDGE}",
        "لن نعلن",
    )
    assert q.speaker == "سامي العلي"
    assert q.role == "رئيس الوزراء"
    q = one(f"{PM}وقال لقاء تلفزيوني إن {PLEDGE}", "لن نعلن")
    assert q.speaker == "سامي العلي"


def test_near_miss_a_statement_of_the_press_speaks() -> None:
    q = one(f"{PM}وقال بيان صحفي صادر اليوم إن {PLEDGE}", "لن نعلن")
    assert q.speaker_kind == "document"


SPOKESMAN = "وصرح الناطق باسم هيئة الحبوب فادي الشمري في بيان، إن الأخبار المتداولة «ملفقة».\n"


def test_relative_verb_with_a_noun_object_does_not_introduce_the_words() -> None:
    q = one(
        f"{SPOKESMAN}وأوضح البيان أن الأنباء التي تزعم وجود نقص في الطحين "
        "«لا أساس لها مطلقا»، مؤكدا أن المخزون يكفي.",
        "لا أساس",
    )
    assert q.speaker == "فادي الشمري"
    q = one(
        "وقال الوزير فادي الشمري إن الصحف التي تتهم الحكومة بالتقصير «تخدم أجندات معروفة للجميع».",
        "تخدم أجندات",
    )
    assert q.speaker == "فادي الشمري"


def test_near_miss_relative_verb_with_its_own_that_or_colon() -> None:
    q = one(
        "وقال الوزير فادي الشمري إن التقارير التي تزعم أن «الحكومة ستستقيل قريبا» كاذبة.",
        "الحكومة ستستقيل",
    )
    assert q.speaker != "فادي الشمري"
    q = one(
        "وقال الوزير فادي الشمري إن النائب الذي قال: «الحكومة ستستقيل قريبا» مخطئ.",
        "الحكومة ستستقيل",
    )
    assert q.speaker == "النائب"


DENIAL = "وأنكر الموقوفون ما نسب إليهم، بقولهم «لم نقترب من المخزن تلك الليلة أبدا»"
OTHER = "«لا نعرف صاحب المخزن ولم نره في حياتنا يا حضرة القاضي»."


def test_another_one_before_a_participle_of_saying_speaks() -> None:
    q = one(f"{DENIAL} وآخر بقوله {OTHER}", "لا نعرف")
    assert q.speaker == "آخر"
    q = one(
        f"قالت إحدى الممرضات «لم نتلق رواتبنا منذ ثلاثة أشهر كاملة»، وأخرى قائلة: {OTHER}",
        "لا نعرف",
    )
    assert q.speaker == "أخرى"


def test_near_miss_a_participle_goes_on_with_the_subject() -> None:
    q = one(
        f"قال المحامي رامي الدباغ «لم نتلق أي إخطار من النيابة»، مضيفا: {OTHER}",
        "لا نعرف",
    )
    assert q.speaker == "رامي الدباغ"


def test_a_rally_of_a_profession_is_a_body() -> None:
    q = one(
        "أعلن تجمع الأطباء التونسيين عن إضراب شامل في المستشفيات.\n"
        "يقول التجمع «لن نتراجع قبل تحسين ظروف العمل في كل الأقسام».",
        "لن نتراجع",
    )
    assert q.speaker in ("تجمع الأطباء التونسيين", "التجمع")
    assert q.speaker_kind == "organization"
    q = one(
        "وقال التجمع الديمقراطي للعمال في بيان إن «الحكومة تتجاهل مطالب الناس».",
        "الحكومة تتجاهل",
    )
    assert q.speaker == "التجمع الديمقراطي للعمال"
    assert q.speaker_kind == "organization"


def test_near_miss_the_rallys_head_and_the_verb_to_gather() -> None:
    q = one(
        "وقال رئيس تجمع الأطباء التونسيين كمال الجريدي إن «الإضراب سيستمر أسبوعا».",
        "الإضراب سيستمر",
    )
    assert q.speaker == "كمال الجريدي"
    assert q.role == "رئيس تجمع الأطباء التونسيين"
    q = one(
        "تجمع الأطباء أمام الوزارة وقال أحدهم: «لن نغادر قبل أن نلتقي الوزير نفسه».",
        "لن نغادر",
    )
    assert q.speaker == "أحدهم"


FOREST = "«الحكومة توافق على بيع الغابات الساحلية لشركات أجنبية بثمن بخس»."


def test_document_on_a_platform_in_construct_with_a_bare_name() -> None:
    q = one(f"وجاء في بيان غرينبيس على تويتر: {FOREST}", "الحكومة توافق")
    assert q.speaker == "غرينبيس"
    q = one(f"وقال بيان أوكسفام على منصة إكس إن {FOREST}", "الحكومة توافق")
    assert q.speaker == "أوكسفام"


def test_near_miss_an_adjective_or_no_platform() -> None:
    for adjective in ("مقتضب", "إضافي", "جديد"):
        q = one(f"وجاء في بيان {adjective} على تويتر: {FOREST}", "الحكومة توافق")
        assert q.speaker_kind == "document", adjective
    q = one(f"وجاء في بيان غرينبيس: {FOREST}", "الحكومة توافق")
    assert q.speaker_kind == "document"
