"""People named through a relation or a description (court, crime and
vox-pop reporting): kin or counsel, then the name; a first name, then what
the person is.

Every article here is invented for the test; each positive fails without
the rule it names.
"""

from tests.extraction.helpers import one

_SAID = ' إن "المحكمة لم تستمع إلى الشهود بعد".'


def test_kin_then_the_name_in_commas():
    # "وقال شقيق الضحية، محمد الهادي، إن": the kin's name set off by
    # commas speaks; the tie is the role
    for verb, kin, name in (
        ("وقال", "شقيق الضحية", "منير الدريدي"),
        ("وقالت", "والدته", "نجاة بن عمر"),
        ("وقال", "نجل الفقيد", "خالد العياشي"),
        ("وقالت", "زوجة الموقوف", "سعاد الشابي"),
        ("وقال", "شقيقها", "ياسين الفرجاني"),
        ("وقالت", "والدة الطفلة المفقودة", "حياة المكي"),
    ):
        q = one(f"{verb} {kin}، {name}،{_SAID}", "لم تستمع")
        assert (q.speaker, q.speaker_kind, q.role) == (name, "person", kin), (kin, q)
    # an honorific before the name is no part of it
    q = one(f"وقال والد الضحية، الحاج عمر الزواري،{_SAID}", "لم تستمع")
    assert (q.speaker, q.role) == ("عمر الزواري", "والد الضحية"), q


def test_kin_with_no_name_after_the_comma_stays_the_kin():
    # negatives: a manner, a relative clause or a place after the comma is
    # no name; the kin alone speak, as before
    for kin, aside in (
        ("والدته", "باكية"),
        ("والد الضحية", "في تصريح للإذاعة"),
        ("شقيق الضحية", "الذي حضر الجلسة"),
        ("زوجة الموقوف", "من أمام المحكمة"),
    ):
        verb = "وقالت" if kin.startswith(("والدته", "زوجة")) else "وقال"
        q = one(f"{verb} {kin}، {aside}،{_SAID}", "لم تستمع")
        assert q.speaker == kin and q.role is None, (kin, aside, q)
    # a description after kin is still their role
    q = one(f"وقالت والدته، المعلمة المتقاعدة،{_SAID}", "لم تستمع")
    assert (q.speaker, q.role) == ("والدته", "المعلمة المتقاعدة"), q
    # a name after kin with the article ("X، والدة الضحية،") is unchanged
    q = one(f"وقالت نجاة بن عمر، والدة الضحية،{_SAID}", "لم تستمع")
    assert (q.speaker, q.role) == ("نجاة بن عمر", "والدة الضحية"), q


def test_post_in_someones_service_with_his_then_the_name():
    # "فيما قال محاميه عبد الرزاق الكيلاني إن": the post with "his" is
    # definite, the name after it its holder's, not its genitive
    for verb, post, name in (
        ("فيما قال", "محاميه", "عبد الحميد الزغلامي"),
        ("وقال", "مستشاره", "رضا الجلاصي"),
        ("وقال", "مساعده", "كريم الهمامي"),
    ):
        q = one(f"وقضت المحكمة بسجن المتهم ثلاث سنوات، {verb} {post} {name}{_SAID}", "لم تستمع")
        assert (q.speaker, q.speaker_kind, q.role) == (name, "person", post), (post, q)


def test_post_in_construct_keeps_its_genitive():
    # negatives: "مستشار الرئيس X": the name is the president's; a woman's
    # post written with ة ("محامية الدفاع") takes its genitive as before
    q = one(f"وقال مستشار الرئيس رشيد الطرابلسي{_SAID}", "لم تستمع")
    assert q.speaker_kind == "anonymous", q
    q = one(f"وقالت محامية الدفاع سلمى الورغي{_SAID}", "لم تستمع")
    assert (q.speaker, q.role) == ("سلمى الورغي", "محامية الدفاع"), q


def test_agent_noun_then_one_name_word():
    # "وقال الطالب أحمد، البالغ من العمر 22 عاما، إن": a definite agent
    # noun (فاعل) before one name word is the role; the age is none
    for said, noun, name, age in (
        ("وقال", "الطالب", "مهدي", "، البالغ من العمر 21 عاما،"),
        ("وقال", "السائق", "لطفي", "، البالغ من العمر 48 عاما،"),
        ("وقال", "الطالب", "وائل", ""),
        ("وقالت", "الطالبة", "إيناس", "، البالغة من العمر 19 عاما،"),
    ):
        q = one(f"{said} {noun} {name}{age} لـ«الصباح»{_SAID}", "لم تستمع")
        assert (q.speaker, q.role) == (name, noun), (noun, name, q)


def test_agent_noun_then_no_name_stays_the_noun():
    # negatives: "الطالب نفسه", "الطالب أيضا", "الحارس لاحقا": no name
    for after in ("نفسه", "أيضا", "لاحقا"):
        q = one(f"وقال الطالب {after}{_SAID}", "لم تستمع")
        assert q.speaker == "الطالب", (after, q)
    # "الطالب وزملاؤه", "الطالب وحده": his, no name word (as before)
    for after in ("وزملاؤه", "وحده"):
        q = one(f"وقال الطالب {after}{_SAID}", "لم تستمع")
        assert q.speaker == f"الطالب {after}", (after, q)


def test_first_name_then_what_the_person_is_after_wahuwa():
    # "وقال أمين، وهو طالب جامعي، إن": طالب/شاهد after وهو/وهي is the
    # noun (a past verb there would need قد), the role; أمين alone is
    # the given name, no post
    for said, name, what in (
        ("وقال", "أمين", "طالب جامعي"),
        ("وقال", "أنيس", "طالب في كلية الطب"),
        ("وقال", "مروان", "شاهد عيان"),
    ):
        q = one(f"{said} {name}، وهو {what}،{_SAID}", "لم تستمع")
        assert (q.speaker, q.speaker_kind, q.role) == (name, "person", what), (name, q)


def test_talaba_as_a_verb_is_still_a_cue():
    # negatives: "وطالب X بـ": the verb opening its clause; "وهو يطالب":
    # a present verb after وهو
    q = one('وطالب رئيس النقابة حاتم العلوي بـ"فتح تحقيق مستقل في الحادثة".', "تحقيق مستقل")
    assert q.speaker == "حاتم العلوي", q
    q = one(
        'وتحدث رئيس النقابة حاتم العلوي، وهو يطالب بـ"فتح تحقيق مستقل في الحادثة".',
        "تحقيق مستقل",
    )
    assert q.speaker == "حاتم العلوي", q


def test_kin_with_his_then_the_name_without_commas():
    # "وقالت والدته فاطمة الزهراء للصحفيين": kin with "his/her" takes no
    # genitive; a name of two words or more after it is theirs
    for verb, kin, name in (
        ("وقالت", "والدته", "نجاة بن عمر"),
        ("وقال", "نجله", "خالد العياشي"),
        ("وقالت", "زوجته", "سعاد الشابي"),
        ("وقال", "شقيقها", "عبد الله الدريدي"),
    ):
        q = one(f"{verb} {kin} {name} للصحفيين{_SAID}", "لم تستمع")
        assert (q.speaker, q.role) == (name, kin), (kin, q)
    # the name ends before the verb's object
    q = one(
        f"واتهمت زوجته سعاد الشابي الشرطة بتعذيبه، وقالت{_SAID}",
        "لم تستمع",
    )
    assert (q.speaker, q.role) == ("سعاد الشابي", "زوجته"), q


def test_kin_with_his_then_no_name_stays_the_kin():
    # negatives: "شقيقة X Y" written with ة is X Y's sister, in construct;
    # one word after "his mother" is how she spoke; an adjective with the
    # article is no name (all as before)
    for text, speaker in (
        ("وقالت شقيقة منير الدريدي", "شقيقة منير الدريدي"),
        ("وقالت والدته باكية", "والدته باكية"),
        ("وقال شقيقه الأكبر", "شقيقه الأكبر"),
    ):
        q = one(f"{text}{_SAID}", "لم تستمع")
        assert q.speaker == speaker and q.role is None, (text, q)


def test_kin_then_the_name_and_a_colon():
    # "وقالت زوجة الأسير، ليلى الورغي: «…»": the colon closes the name too
    q = one('وقالت زوجة الأسير، ليلى الورغي: "المحكمة لم تستمع إلى الشهود بعد".', "لم تستمع")
    assert (q.speaker, q.role) == ("ليلى الورغي", "زوجة الأسير"), q
    # (a manner before the colon is no name)
    q = one('وقال شقيق الضحية، بصوت متهدج: "المحكمة لم تستمع إلى الشهود بعد".', "لم تستمع")
    assert q.speaker == "شقيق الضحية" and q.role is None, q
