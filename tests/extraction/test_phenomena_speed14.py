"""Rule chains entered only when what they need is in the article or the
word (second session of 2026-12-05, a speed change with the same output):
each test below goes through a chain that a gate now skips where its word
is absent (message_content and مفادها, asker_of and وسأله, same_head and
المعني, chained_to_kept_quote and the ellipsis before the marks, the title
walk of phrase_entity and its rank, "retired" and definite words, scan_np's
verbal nouns after a name or a post), with a near miss where the chain
must not fire. The texts and names are invented."""

from claims.extraction import extract
from claims.extraction.phrases import (
    _AFFAIRS_OF,
    _RANK_QUALIFIERS,
    _RETIRED,
    _disagrees_with_post,
    _masdar_owned_shape,
    _object_masdar_after,
    _post_object_shape,
    _title_walk_plain,
)


def _said(text):
    return [(q.speaker, q.role, q.cue, q.text) for q in extract(text)]


def test_a_message_content_word_gives_the_sender():
    text = (
        "بعث وزير الزراعة نادر القلعاوي رسالة إلى نظيره في بلدة سهل الريحان "
        "مفادها أن «المحاصيل تحتاج إلى دعم عاجل هذا الموسم»."
    )
    ((speaker, role, cue, _),) = _said(text)
    assert (speaker, role, cue) == ("نادر القلعاوي", "وزير الزراعة", "مفادها")


def test_the_asker_of_a_question_after_wa_saalahu():
    text = (
        "وقف المتهم سليم الزهراني أمام المحكمة. وسأله القاضي فريد البستاني: "
        "«هل كنت في المخزن ليلة الحادث؟»"
    )
    ((speaker, role, cue, _),) = _said(text)
    assert (speaker, role, cue) == ("فريد البستاني", "القاضي", "وسأله")


def test_near_miss_a_question_after_a_plain_verb_of_saying():
    text = (
        "وقف المتهم سليم الزهراني أمام المحكمة. وقال القاضي فريد البستاني: "
        "«هل كنت في المخزن ليلة الحادث؟»"
    )
    ((speaker, _, cue, _),) = _said(text)
    assert (speaker, cue) == ("فريد البستاني", "وقال")


def test_the_one_concerned_is_the_person_quoted_last():
    text = "قال الوزير أنور الحداد إن «المشروع سينطلق». وأضاف المعني بالأمر أن «التمويل متوفر»."
    said = _said(text)
    assert [s[0] for s in said] == ["أنور الحداد", "أنور الحداد"]


def test_quotations_chained_by_ellipses_keep_their_speaker():
    text = 'حازم الجبوري: "لن نترك الساحة"... "نرفض الحكومة الجديدة"... "سنعود إلى الشارع".'
    said = _said(text)
    assert [s[0] for s in said] == ["حازم الجبوري"] * 3
    assert [s[3] for s in said][1:] == ["نرفض الحكومة الجديدة", "سنعود إلى الشارع"]


def test_near_miss_a_period_between_two_quotations():
    text = 'حازم الجبوري: "لن نترك الساحة". "نرفض الحكومة الجديدة".'
    assert [s[3] for s in _said(text)] == ["لن نترك الساحة"]


def test_a_rank_and_its_own_words_stay_in_the_post():
    text = "وقال رئيس أركان الجيش الفريق أول ركن منصور الحلبي إن «القوات جاهزة»."
    ((speaker, role, _, _),) = _said(text)
    assert (speaker, role) == ("منصور الحلبي", "رئيس أركان الجيش")


def test_near_miss_the_day_before_yesterday_after_a_rank():
    text = "وقال قائد الحرس الفريق أول أمس إن «الوضع هادئ»."
    ((speaker, _, _, _),) = _said(text)
    assert speaker == "قائد الحرس الفريق"


def test_retired_after_a_rank_is_the_posts():
    text = "وقال اللواء متقاعد سامر الخطيب إن «الحدود آمنة»."
    ((speaker, role, _, _),) = _said(text)
    assert (speaker, role) == ("سامر الخطيب", "اللواء متقاعد")


def test_definite_words_of_a_long_post_and_a_coordinated_body():
    text = "وقال وزير الثقافة والفنون الشعبية فهد الساعدي إن «الزيارة ناجحة»."
    ((speaker, role, _, _),) = _said(text)
    assert (speaker, role) == ("فهد الساعدي", "وزير الثقافة والفنون الشعبية")


def test_an_owned_verbal_noun_after_a_name_is_the_verbs_object():
    text = "وقدم الوزير زياد المرزوقي اعتذاره للمواطنين عن انقطاع المياه. وقال: «سنصلح الشبكة»."
    ((speaker, role, _, _),) = _said(text)
    assert (speaker, role) == ("زياد المرزوقي", "الوزير")


def test_a_definite_verbal_noun_after_a_post_is_the_verbs_object():
    text = "ووجه مدرب الفريق التهنئة للاعبين، وقال المدرب ياسر القحطاني إن «الفوز مستحق»."
    ((speaker, role, _, _),) = _said(text)
    assert (speaker, role) == ("ياسر القحطاني", "مدرب الفريق")


def test_the_post_object_shape_holds_wherever_its_two_tests_may():
    from claims.extraction.normalize import normalize

    held = set()
    for word in ("الاستقالة", "التهنئة", "المنطقة", "المكافحة", "الاجتماع", "القيادة", "الحكومة"):
        w = normalize(word)
        for before in ("الفريق", "الفصيل", "الإقليم", "الحكومة"):
            toks = [normalize("قائد"), normalize(before), w]
            if _object_masdar_after(toks, 2):
                held.add("masdar")
                assert _post_object_shape(w)
            if _disagrees_with_post(toks, 2):
                held.add("disagrees")
                assert _post_object_shape(w)
    assert held == {"masdar", "disagrees"}
    # a word of neither shape: both tests skipped by one lookup
    assert not _post_object_shape(normalize("الوطني"))


def test_the_title_walk_keys_no_definite_word_it_tests():
    # the words the walk's own tests key on are never read as plain
    for w in ("الغير", "الملك", "الامير", "الي", "العلاقات", *_RETIRED):
        assert not _title_walk_plain(w)
    for w in _RANK_QUALIFIERS:
        assert not _title_walk_plain(w)
    # common definite words of a post are, the affairs of a post too
    for w in ("الخارجيه", "الدولي", "الوطنيه", "العام", *_AFFAIRS_OF):
        assert _title_walk_plain(w)
    assert not _masdar_owned_shape("الاعتذار")
