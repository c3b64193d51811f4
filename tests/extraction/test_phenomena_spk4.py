"""Phenomena found in the speaker misses of the real sets h1-h3 (spk4).

Every article here is written for the test, in sentences of its own; each
test fails without the rule it names.
"""

from tests.extraction.helpers import one


def test_a_bare_title_ending_with_a_place_glued_to_its_preposition():
    # "قال مدير المكتب الإعلامي بالخليل، إن" after "مدير المكتب الإعلامي
    # بالخليل، X Y،": the place ends the title, no name follows; the title is
    # that of the person named with it before
    text = (
        "قال رئيس الغرفة التجارية بنابلس، هشام البرغوثي، الأحد، إن الأسواق "
        '"تعاني من ركود لم تعرفه منذ سنوات". وفي السياق، قال رئيس الغرفة '
        'التجارية بنابلس، إن "عشرات المحلات أغلقت أبوابها هذا الشهر".\n'
    )
    q = one(text, "عشرات المحلات أغلقت")
    assert q.speaker == "هشام البرغوثي", q
    assert q.role == "رئيس الغرفة التجارية بنابلس", q


def test_a_manner_adverbial_right_after_a_bare_title_is_no_name():
    # "وتساءل الوزير بحزم «…»": how the words were said ends the title
    # alone, as it ends a name ("محدثنا بمرارة"); the title is the minister
    # named before
    text = (
        'قال وزير النقل كمال الدريدي إن الحافلات الجديدة "ستصل قبل نهاية العام".\n'
        'وتساءل الوزير بحزم "من يعطل الصفقة منذ أشهر؟".\n'
    )
    q = one(text, "من يعطل الصفقة")
    assert q.speaker == "كمال الدريدي", q


def test_a_negated_verbal_noun_after_the_verb_is_its_object_not_its_subject():
    # "وتوقع بعدم الحاجة إلى …، مضيفا «…»": بعدم/لعدم right after the verb
    # opens its object; the subject is elided and the speaker goes on
    text = (
        'وقال وزير المالية سامي الحمايدة، "العجز تراجع بشكل ملحوظ هذا العام".\n\n'
        'وتوقع بعدم الحاجة إلى قروض جديدة، مضيفا "الميزانية كانت متوازنة العام الماضي".\n'
    )
    q = one(text, "الميزانية كانت متوازنة")
    assert q.speaker == "سامي الحمايدة", q


def test_lam_glued_to_the_attributee_ends_the_subject_of_nasaba():
    # "ونسبت البرقية الأمريكية ذاتها لفلان قوله إن «…»": لـ stands for إلى
    # and ends the document's phrase; the one the words are attributed to
    # speaks, not the cable
    text = (
        "تحدثت برقية أمريكية عن لقاء جمع السفير بالوزير كمال الدريدي. "
        'ونسبت البرقية الأمريكية ذاتها لكمال الدريدي قوله إن "الحكومة لن تتراجع عن الإصلاحات".\n'
    )
    q = one(text, "الحكومة لن تتراجع")
    assert q.speaker == "كمال الدريدي", q


def test_what_a_document_holds_is_the_object_of_a_verb_of_saying_before_it():
    # "وصف الوزير X ما ورد في تقرير … بأنه «…»": ما ورد في after a verb of
    # saying in its clause is the verb's object, not an impersonal cue; the
    # verb's subject speaks, not the report
    text = (
        "وصف وزير الخارجية كمال الدريدي ما ورد في تقرير مركز الدراسات الأوروبي "
        "عن الأزمة بأنه «بعيد جدا عن الواقع».\n"
    )
    q = one(text, "بعيد جدا عن الواقع")
    assert q.speaker == "كمال الدريدي", q


def test_a_bare_title_right_before_the_participle_of_its_own_clause_speaks():
    # "…، مشيرا إلى أن …، ليتدخل المدعي العام قائلا: «…»": after earlier cues
    # in the sentence, the participle's own clause names a title alone right
    # before it (no object between that could cut a name short): it speaks,
    # not the narrator of the sentence
    text = (
        "وأوضح المراسل أن نقاشا حادا دار بين المحامين والقاضي، مشيرا إلى أن الدفاع "
        'طالب بتأجيل الجلسة، ليتدخل المدعي العام قائلا: "لا مبرر للتأجيل في هذه القضية".\n'
    )
    q = one(text, "لا مبرر للتأجيل")
    assert q.speaker == "المدعي العام", q
