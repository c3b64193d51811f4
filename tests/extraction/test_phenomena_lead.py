"""Rules the lead wrote from probing invented sentences (sessions of
2026-12-03).

Every article here is invented for the test; each test fails without the
rule it names.
"""

from claims.extraction import extract
from tests.extraction.helpers import one


def test_noun_glued_to_lam_with_its_own_pronoun_is_the_one_spoken_to():
    # "وقال X لضيفه …": لـ + a noun + a pronoun of the third person after
    # the subject is whom the words were said to, not part of the name
    for subject, told, speaker, role in (
        ("مبارك", "لضيفه الأمريكي", "مبارك", None),
        ("الرئيس حسني مبارك", "لزواره", "حسني مبارك", "الرئيس"),
        ("المدرب لطفي الحاج", "لمحدثيه", "لطفي الحاج", "المدرب"),
        ("الملك", "لمستشاريه", "الملك", "الملك"),
        ("الوزيرة", "لزملائها", "الوزيرة", "الوزيرة"),
        ("قائد الجيش", "لجنوده", "قائد الجيش", "قائد الجيش"),
        ("رئيسة الجمعية هالة بن يوسف", "لأعضائها", "هالة بن يوسف", "رئيسة الجمعية"),
    ):
        for said in (': "الوضع صعب لكننا سنصمد".', ' إن "الوضع صعب لكننا سنصمد".'):
            q = one(f"وقال {subject} {told}{said}", "سنصمد")
            assert (q.speaker, q.role) == (speaker, role), (subject, told, said, q)


def test_names_that_open_with_lam_still_read_as_names():
    # negatives: a family or given name that opens with ل (and a ة the
    # folding writes as ه) is still the name
    for subject, speaker in (
        ("وزير الخارجية رمطان لعمامرة", "رمطان لعمامرة"),
        ("مدير لجنة الانتخابات لحسن بوعلام", "لحسن بوعلام"),
        ("الوزير لطفي زيتون", "لطفي زيتون"),
        ("وزير الخارجية سيرغي لافروف", "سيرغي لافروف"),
        ("النائبة لمياء الزنايدي", "لمياء الزنايدي"),
    ):
        q = one(f'وقال {subject}: "الوضع صعب لكننا سنصمد".', "سنصمد")
        assert q.speaker == speaker, (subject, q)
    # a word whose ل is its own, possessed, after the name and before a
    # comma is the object: the name ends before the verb's object anyway
    q = one(
        'وانتقد رئيس النادي نادر بن فالح أداء لاعبيه، قائلا إن "الفريق لم يظهر بمستواه".',
        "الفريق لم يظهر",
    )
    assert q.speaker == "نادر بن فالح", q
    # a post with its genitive by لـ keeps it
    qs = extract('أكد الأمين العام لحزب التجمع، سمير العربي، أن الحزب "سيفوز في الانتخابات".')
    assert (qs[0].speaker, qs[0].role) == ("سمير العربي", "الأمين العام لحزب التجمع"), qs


def test_person_with_a_post_after_the_verb_opening_a_clause_goes_on():
    # "من جانبه، رفض اللواء X، …، قائلا", "وزار رئيس الحكومة X مصنعا وقال":
    # the subject of the verb that opens a clause of the quote's sentence
    # (no verb of saying), named with a post, speaks; not the last quote's
    # speaker
    lead = 'وقال الوزير سامي فؤاد إن "الاقتصاد يتحسن". '
    for sentence, speaker in (
        (
            "من جانبه، رفض اللواء كمال الكعبي، مساعد وزير الداخلية، هذه الاتهامات، "
            'قائلا: "هذا غير صحيح".',
            "كمال الكعبي",
        ),
        ('وزار رئيس الحكومة كمال الكعبي مصنعا في المدينة وقال إن "هذا غير صحيح".', "كمال الكعبي"),
        (
            'في المقابل، هاجمت النائبة سلمى حداد الخطة بشدة وقالت إن "هذا غير صحيح".',
            "سلمى حداد",
        ),
    ):
        q = one(lead + sentence, "غير صحيح")
        assert speaker in q.speaker, (sentence, q)


def test_post_after_a_preposition_or_a_verbal_noun_does_not_go_on():
    # negatives: the post named after a preposition, in a verbal noun's
    # genitive or as an object leaves the words to the last speaker
    lead = 'وقال الوزير سامي فؤاد إن "الاقتصاد يتحسن". '
    for sentence in (
        'وبحضور رئيس الحكومة كمال الكعبي، قال: "هذا غير صحيح".',
        'وخلال زيارة رئيس الحكومة كمال الكعبي للمصنع، قال: "هذا غير صحيح".',
        'وأشاد الوزير بجهود رئيس الحكومة كمال الكعبي، وقال: "هذا غير صحيح".',
        'وفي لقاء مع رئيس الحكومة كمال الكعبي، قال: "هذا غير صحيح".',
        'ومنذ تعيين رئيس الحكومة كمال الكعبي، تراجعت الأسعار، وتابع: "هذا غير صحيح".',
    ):
        q = one(lead + sentence, "غير صحيح")
        assert q.speaker == "سامي فؤاد", (sentence, q)


def test_rabbih_after_abd_is_a_name_word_not_the_title_rabba():
    # "عبد ربه" (servant of his Lord) folds like "ربة" (ربة المنزل, a
    # title): after عبد it is the name's second word
    for text, speaker, role in (
        (
            'وقال الرئيس اليمني عبد ربه منصور هادي إن "الحوار هو الحل".',
            "عبد ربه منصور هادي",
            "الرئيس اليمني",
        ),
        ('وقال ياسر عبد ربه إن "الحوار هو الحل".', "ياسر عبد ربه", None),
        ('وعلق عبد ربه منصور هادي على ذلك قائلا: "الحوار هو الحل".', "عبد ربه منصور هادي", None),
    ):
        q = one(text, "الحوار هو الحل")
        assert (q.speaker, q.role) == (speaker, role), (text, q)
    # the title ربة still reads as one
    q = one('وقالت ربة المنزل سهام محمود الخطيب: "الحوار هو الحل".', "الحوار هو الحل")
    assert (q.speaker, q.role) == ("سهام محمود الخطيب", "ربة المنزل"), q


def test_full_name_opening_with_abd_between_that_and_the_verb_speaks():
    # "وأضافت البرقية أن عبد ربه منصور هادي قال «…»": a bare name of four
    # words after أنّ speaks when it opens with عبد (as when a link
    # word follows its first: "أن علي عبد الله صالح قال")
    lead = 'وقال السفير ستيفن سيش إن "اليمن يواجه تحديات". '
    for name in ("عبد ربه منصور هادي", "عبد الرحمن محمد الحسن"):
        q = one(lead + f'وأضافت البرقية أن {name} قال "الحكومة مستعدة للتعاون".', "مستعدة")
        assert q.speaker == name, (name, q)
    # negative: four plain words after أنّ are no sure name
    q = one(
        lead + 'وأضافت البرقية أن الوضع الأمني صعب جدا، وقال "الحكومة مستعدة للتعاون".', "مستعدة"
    )
    assert q.speaker != "الوضع الأمني صعب جدا", q
