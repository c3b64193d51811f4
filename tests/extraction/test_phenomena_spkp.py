"""Phenomena of the speaker phrase found on real news (development sets kept
outside the repository): how the words that name the speaker at a cue are
read, as a class of constructions, not one sentence.

Every article here is written for the test, in invented sentences; each test
fails without the rule it names.
"""

from tests.extraction.helpers import one, quotes_of


def test_a_name_in_marks_before_the_verb_is_its_subject():
    # Some outlets set names in marks; before a verb of saying with no subject
    # after it, the name in marks opening the clause (or after و or كان, with
    # or without a comma after كان) is the subject, as it is after the verb
    for opening, name in (
        ("«داود»", "داود"),
        ("و«سمير داود»", "سمير داود"),
        ('وكان "داود"', "داود"),
        ("وكان «داود»،", "داود"),
    ):
        text = (
            "نشرت الصحيفة وثائق جديدة عن المفاوضات. "
            f"{opening} قال للصحفيين إن «الحكومة لن تقبل أي شروط مسبقة للحوار».\n"
        )
        assert one(text, "لن تقبل").speaker == name, opening
    text = (
        "نشرت الصحيفة وثائق جديدة عن المفاوضات. "
        "و«سلمى داود» أكدت أن «الوزارة ستنشر كل الأرقام قبل نهاية الشهر».\n"
    )
    assert one(text, "ستنشر").speaker == "سلمى داود"


def test_words_in_marks_before_a_verb_are_not_always_its_subject():
    # the negatives: words in marks inside the clause (a label the verb
    # before them gives), and words in marks set off by a comma with no كان
    # before them, are not the verb's subject
    text = (
        "وصل الوزير سمير داود إلى الاجتماع متأخرا. "
        "ووصف الخطة بأنها «فاشلة» قال إن «الحكومة لن تقبل أي شروط مسبقة للحوار».\n"
    )
    assert one(text, "لن تقبل").speaker == "سمير داود"
    text = (
        "وصل الوزير سمير داود إلى الاجتماع متأخرا. "
        "ووصف المعارضة بـ«الفاشلة»، «المترددة»، قال إن «الحكومة لن تقبل أي شروط».\n"
    )
    assert one(text, "لن تقبل").speaker == "سمير داود"


def test_a_post_reads_on_past_a_genitive_joined_inside_a_body_or_region_name():
    # A body's or a region's name inside a post may hold a noun in construct
    # joined with و ("وحقوق الإنسان", "وشمال أفريقيا") or the affairs it is
    # for ("لشؤون اللاجئين"); read as the first words of a name, they cut the
    # post short before its place (في …) and lost the name after it
    said = ' إن "الميزانية المخصصة لهذا العام لم تكف إلا لنصف الحاجات".\n'
    for post, name in (
        ("وقال وزير العدل وحقوق الإنسان في الحكومة المؤقتة،", "سمير داود،"),
        ("وقالت مديرة قسم الشرق الأوسط وشمال أفريقيا في المنظمة", "سارة لين داود"),
        ("وقالت مديرة قسم الشرق الأوسط وشمال أفريقيا", "سارة لين داود"),
        ("وقال المتحدث باسم المفوضية السامية للأمم المتحدة لشؤون اللاجئين في تشاد،", "سمير داود،"),
    ):
        q = one(f"{post} {name}{said}", "الميزانية المخصصة")
        assert q.speaker == name.rstrip("،"), (post, q)
        assert q.role == post.split(" ", 1)[1].rstrip("،"), (post, q)


def test_a_compass_point_in_a_post_takes_the_place_after_it():
    # "جنوب أفريقيا": a compass point in the post's construct chain takes the
    # place after it as its genitive (the place unknown to the lexicon was
    # read as the first word of the name)
    said = ' إن "الميزانية المخصصة لهذا العام لم تكف إلا لنصف الحاجات".\n'
    for post in ("سفير جنوب أفريقيا", "رئيس وزراء جنوب أفريقيا", "مدير قسم غرب ووسط أفريقيا"):
        q = one(f"وقال {post} سمير داود{said}", "الميزانية المخصصة")
        assert (q.speaker, q.role) == ("سمير داود", post), q


def test_the_post_does_not_read_on_past_the_name():
    # the negative: after the name, the occasion after في is no part of the post
    text = (
        "وقالت مديرة قسم الشرق الأوسط وشمال أفريقيا سارة لين داود في المؤتمر إن "
        '"الميزانية المخصصة لهذا العام لم تكف إلا لنصف الحاجات".\n'
    )
    q = one(text, "الميزانية المخصصة")
    assert q.speaker == "سارة لين داود"
    assert q.role == "مديرة قسم الشرق الأوسط وشمال أفريقيا"


def test_one_of_them_is_an_unnamed_source():
    # "وقال أحدهم", "قال له أحدهم", "وقالت إحداهن", "ويقول بعضهم": a quantifier
    # with the pronoun of the group just met is an unnamed source of that
    # group (its suffix was read as a possessive, no name, and the quote went
    # to the last person named)
    scene = "وصل الوزير سمير داود إلى الحي، وتجمع حوله عشرات السكان"
    for said, who, kind in (
        ("، وقال أحدهم:", "أحدهم", "anonymous"),
        ("، حيث قال له أحدهم:", "أحدهم", "anonymous"),
        ("، وقالت إحداهن:", "إحداهن", "anonymous"),
        ("، وقال بعضهم إن", "بعضهم", "anonymous"),
    ):
        text = f'{scene}{said} "لن نغادر هذا المكان قبل أن نحصل على الماء".\n'
        q = one(text, "لن نغادر")
        assert (q.speaker, q.speaker_kind) == (who, kind), said


def test_one_of_a_named_group_keeps_its_description():
    # the negative: "أحد السكان" (no suffix) keeps the group it names
    text = (
        "وصل الوزير سمير داود إلى الحي، وتجمع حوله عشرات السكان، "
        'وقال أحد السكان: "لن نغادر هذا المكان قبل أن نحصل على الماء".\n'
    )
    assert one(text, "لن نغادر").speaker == "أحد السكان"


def test_a_name_in_marks_after_a_headline_colon_is_the_verbs_subject():
    # "«X»: «Y» قال …": after a headline's colon the name in marks was read as
    # the words said (a one-word quote) and the quote after the verb had no
    # speaker; before a verb with no subject after it, it is the subject
    for head in ("«وثائق»: ", "وثائق مسربة: "):
        text = (
            f"{head}«داود» قال للأمريكيين «انسوا الانتخابات في الوقت الحاضر»\n\n"
            "نشرت الصحيفة وثائق جديدة عن المفاوضات.\n"
        )
        found = quotes_of(text)
        assert [q.text for q in found] == ["انسوا الانتخابات في الوقت الحاضر"], found
        assert found[0].speaker == "داود"


def test_a_word_in_marks_after_a_colon_with_no_verb_after_it_stays_a_quote():
    # the negative: the one word the colon introduces, followed by no verb of
    # saying, is still the words said
    text = "وسأله الصحفي عن الاستقالة، فقال: «أبدا». ثم غادر القاعة.\n"
    assert [q.text for q in quotes_of(text)] == ["أبدا"]


def test_a_document_glued_to_ba_after_a_title_is_no_name():
    # "وحين واجهه القاضي بمحضر الأشغال، سأله:": the document the title's verb
    # takes with بـ was read as the judge's name, and the question went to it
    for document in ("بمحضر الأشغال", "برسالة الوزارة", "ببرقية السفارة"):
        text = (
            "مثل المتهم سمير داود أمام المحكمة أمس. "
            f'وحين واجهه القاضي {document}، سأله: "هل وقعت على هذه الوثيقة وأنت تعرف ذلك؟"\n'
        )
        assert one(text, "هل وقعت").speaker == "القاضي", document


def test_a_name_glued_to_ba_after_a_title_stays_a_name():
    # the negative: a name that opens with ب after the title is still the name
    text = (
        "مثل المتهم سمير داود أمام المحكمة أمس. "
        'وحين واجهه القاضي بلقاسم الزغواني بالأمر، سأله: "هل وقعت على هذه الوثيقة؟"\n'
    )
    assert one(text, "هل وقعت").speaker == "بلقاسم الزغواني"
