"""Development sets of the eighth session of 2026-12-05 (dev13a): speaker
and role misses on real news, each construction shown on invented sentences.

"Candidate" in the Maghrebi spelling (مترشح، مترشحة) is a title, as مرشح
is: "قال X، مترشح حزب Y للانتخابات التشريعية، إن" gives X the post (before,
the apposition was no post and X had no role; with the title before the
name, "قالت مترشحة حزب Y Z", the body spoke).

A post's place glued to بـ after a second genitive joined by و ("وزير العلاقات
الخارجية والتعاون بالخارج") is the post's, no one-word name; nor is a
feminine nisba after it that agrees with a further genitive ("… بالخارج
والشؤون الآسيوية"): in "أكد وزير الدولة، وزير …، X Y، …" the second title
in commas read so named a person "بالخارج" or "الآسيوية", and the holder
named in commas after it was lost for the later "وقال Y إن «…»".

A verb after the question particle هل is the question put, no verb of
saying: "قال X في جوابه عن سؤال هل تعتبر الزيارة خطأ، إن «…»" is X's (before,
تعتبر took the words and its "subject" the noun after it).

Every sentence here is invented. The positive tests fail before the rule
they test; the negative ones hold the near misses where it must not fire.
"""

from __future__ import annotations

from tests.extraction.helpers import one


def test_maghrebi_candidate_is_a_title_in_apposition():
    text = (
        "قال سمير داود، مترشح حزب التجديد للانتخابات التشريعية، إن الحزب جاهز.\n"
        "وأضاف: «نحن هنا من أجل الشباب والعمل في كل الولايات».\n"
    )
    q = one(text, "من أجل الشباب")
    assert q.speaker == "سمير داود"
    assert q.role == "مترشح حزب التجديد للانتخابات التشريعية"


def test_maghrebi_candidate_before_the_name_is_her_title():
    text = "قالت مترشحة حزب التجديد ليلى منصور: «نحن هنا من أجل الشباب والعمل».\n"
    q = one(text, "من أجل الشباب")
    assert q.speaker == "ليلى منصور"
    assert q.role == "مترشحة حزب التجديد"


_SECOND_TITLE = (
    "أكد وزير الدولة، وزير العلاقات الخارجية والتعاون بالخارج والشؤون الآسيوية، "
    "رامي الفاسي، خلال زيارته أن البلاد قوية.\n"
    "وقال الفاسي إن «الحوار هو الطريق الوحيد للسلام في المنطقة».\n"
)


def test_second_title_in_commas_ending_in_its_genitives_names_nobody():
    q = one(_SECOND_TITLE, "الطريق الوحيد")
    assert q.speaker == "رامي الفاسي"
    assert q.role == "وزير العلاقات الخارجية والتعاون بالخارج والشؤون الآسيوية"


def test_second_title_in_commas_ending_in_a_place_names_nobody():
    text = (
        "أكد وزير الدولة، وزير العلاقات الخارجية والتعاون بالخارج، رامي الفاسي، "
        "خلال زيارته أن البلاد قوية.\n"
        "وقال الفاسي إن «الحوار هو الطريق الوحيد للسلام في المنطقة».\n"
    )
    q = one(text, "الطريق الوحيد")
    assert q.speaker == "رامي الفاسي"
    assert q.role == "وزير العلاقات الخارجية والتعاون بالخارج"


def test_name_after_a_post_place_still_named():
    text = "وقال المدير الجهوي للصحة بنابل رضا الزين إن «المستشفى جاهز لاستقبال المرضى».\n"
    q = one(text, "المستشفى جاهز")
    assert q.speaker == "رضا الزين"


def test_verb_after_question_particle_is_no_cue():
    text = (
        "قال رئيس حزب الأمل، كمال الهادي، في رده عن سؤال هل تعتبر زيارة "
        "الوزيرة للمعبد خطأ، إن «هناك من يظن أن الطريق إلى السلطة يمر عبر المعبد».\n"
    )
    q = one(text, "هناك من يظن")
    assert q.speaker == "كمال الهادي"
    assert q.role == "رئيس حزب الأمل"


def test_verb_of_saying_without_question_particle_still_speaks():
    text = "وتعتبر الوزيرة سلمى العياري أن «الزيارة خطوة مهمة نحو الحوار».\n"
    assert one(text, "الزيارة خطوة").speaker == "سلمى العياري"
