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

A body's short name in marks after the title's definite genitive, then a
given name and another word, is the body's, the holder's name following it:
"قال رئيس حزب الأمل «نور» X Y إن" names X Y, the post with the marks
(before, the marks were read as the holder's name set in marks, a house
style that still holds when nothing name-like follows them).  The verb
"عبّر … عن", whose bare masculine is also the preposition "via", looks for
its عن over such marks, and further after a title (a title and a name of
four words).

A name in marks right after a verb of saying, then "وهو" and a post ("أكد
«X Y» وهو وزير …، أن"), takes the post as its apposition, as "وأشار «X Y»
الناطق باسم …" did without وهو (before, no subject was read and the later
"وأكد Y" had no role).

A string of sayings in marks on one line set apart by ellipses alone ("X:
«…»... «…»... «…»") is one speaker's however many sentences the periods
make, also over words in marks in between that are no quotes (a single
word, a topic's name): before, a quote more than two sentences after the
first had none.
Not over a line break.

"A number of" (عدد، مجموعة، العديد) then من and a definite plural (or a
plural in construct with a definite word) is the speaker, unnamed and
plural: "قال عدد من المحتجين إنهم «…»، داعين «…»" gives both quotes to "عدد
من المحتجين" (before, the phrase ended at "عدد", a person, and the
participle found no one).

A body's acronym in brackets inside a post set off by commas after a name
("X، مرشح حزب التجديد الوطني (حتو) للانتخابات التشريعية، إن") is an aside,
the post going on after it (phrases.acronym_aside): before, the role ended
at the bracket and lost what the candidacy is for.  Not a number in
brackets (an age), which still ends the role.

A radio's initials spelt in the letters' names ("نور أف أم"), whose second
is also "or", are the outlet's name in a title's genitive: scan_np reads
on over "أم" and classify takes no name from them.  "قال مراسل نور أف أم
إن" (or "… بصفاقس", the town he reports from) is the radio's
correspondent, unnamed; "قال مدير إذاعة نور أف أم X Y إن" names X Y with
the post (before, each spoke as a person "أف", the post "مراسل نور"; on
real news that addressee then took a participle's words).  "أم" as a
name's link ("الناشطة أم محمد X") is still read as before.

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


def test_body_short_name_in_marks_then_holder_name():
    text = 'قال رئيس حزب الأمل "نور" محمد سالم ولد أحمد إن "الاتفاق يعيد الثقة بين الناس".\n'
    q = one(text, "الاتفاق يعيد")
    assert q.speaker == "محمد سالم ولد أحمد"
    assert q.role == 'رئيس حزب الأمل "نور"'


def test_stance_verb_over_body_short_name_and_long_title():
    text = (
        'عبر رئيس حزب العدالة الوطني للتقدم والتنمية "أمل" محمد سالم ولد أحمد '
        'عن أمله في أن يقود الاتفاق البلاد إلى حل دائم "ويعيد الثقة بين الناس".\n'
    )
    q = one(text, "ويعيد الثقة")
    assert q.speaker == "محمد سالم ولد أحمد"
    assert q.role == 'رئيس حزب العدالة الوطني للتقدم والتنمية "أمل"'


def test_holder_name_in_marks_after_title_still_read():
    text = 'قال وزير الخارجية "سالم حداد" إن "الاتفاق يعيد الثقة بين الناس".\n'
    q = one(text, "الاتفاق يعيد")
    assert q.speaker == "سالم حداد"
    assert q.role == "وزير الخارجية"


def test_holder_name_in_marks_after_body_then_a_place_still_read():
    text = 'قال رئيس حزب الأمل "سالم حداد" في الاجتماع إن "الاتفاق يعيد الثقة بين الناس".\n'
    assert one(text, "الاتفاق يعيد").speaker == "سالم حداد"


def test_name_in_marks_then_and_he_is_post():
    text = (
        'أكد "نبيل السعدي" وهو وزير الزراعة في الأردن، اليوم الأربعاء، على أن '
        "الموسم سيكون جيدا.\n"
        'وأكد السعدي أنه "لا يحق لأي جهة أن تتدخل في قرار الوزارة".\n'
    )
    q = one(text, "لا يحق لأي جهة")
    assert q.speaker == "نبيل السعدي"
    assert q.role == "وزير الزراعة في الأردن"


def test_marks_then_and_it_is_no_post_name_nobody():
    text = 'أكد "الاتفاق الجديد" وهو نص طويل، أن "الموسم سيكون جيدا هذا العام".\n'
    assert one(text, "الموسم سيكون").speaker is None


_CHAIN = (
    'جميل الشريف: "الاقتصاد يتعافى ببطء شديد جدا"... "الضرائب"... "المعارضة"... '
    '"الفساد"...{}"من رفضوا الاتفاق لا يمثلون الشعب كله"... '
    '"البطالة ستنخفض قريبا جدا في الريف"...\n'
)


def test_string_of_sayings_set_apart_by_ellipses_is_one_speakers():
    text = _CHAIN.format(" ")
    assert one(text, "من رفضوا الاتفاق").speaker == "جميل الشريف"
    assert one(text, "البطالة ستنخفض").speaker == "جميل الشريف"


def test_string_of_sayings_broken_by_a_line_is_not_carried():
    text = _CHAIN.format(" \n")
    assert one(text, "من رفضوا الاتفاق").speaker is None


def test_number_of_definite_plural_speaks_and_its_participle_too():
    text = (
        "قال عدد من المحتجين في هذه الوقفة، التي نظمت أمام البلدية، إنهم "
        '"تعبوا من الوعود الكاذبة"، داعين "الحكومة إلى التحرك فورا".\n'
    )
    assert one(text, "تعبوا من الوعود").speaker == "عدد من المحتجين"
    assert one(text, "الحكومة إلى التحرك").speaker == "عدد من المحتجين"


def test_number_of_plural_in_construct_speaks():
    text = 'وقال عدد من نواب البرلمان إن "الميزانية غير واقعية هذا العام".\n'
    assert one(text, "الميزانية غير").speaker == "عدد من نواب البرلمان"


def test_family_name_adad_before_a_place_is_still_a_name():
    text = 'قال سالم عدد من قرية الواحة إن "الميزانية غير واقعية هذا العام".\n'
    assert one(text, "الميزانية غير").speaker == "سالم عدد"


def test_acronym_in_brackets_inside_a_post_in_commas_is_an_aside():
    text = (
        "قال سمير داود، مرشح حزب التجديد الوطني (حتو) للانتخابات التشريعية، "
        'إن "الحزب جاهز للمنافسة بقوة".\n'
    )
    q = one(text, "الحزب جاهز")
    assert q.role == "مرشح حزب التجديد الوطني (حتو) للانتخابات التشريعية"


def test_age_in_brackets_inside_a_post_still_ends_it():
    text = 'قال سمير داود، رئيس حزب التجديد (61 عاما) للانتخابات، إن "الحزب جاهز للمنافسة بقوة".\n'
    assert one(text, "الحزب جاهز").role == "رئيس حزب التجديد"


_ROAD = ' إن "الطريق مغلق منذ الصباح".\n'


def test_radio_initials_after_a_title_are_the_outlets_no_name():
    q = one("قال مراسل نور أف أم" + _ROAD, "الطريق مغلق")
    assert q.speaker == "مراسل نور أف أم"
    assert q.speaker_kind == "anonymous"
    q = one("قال مراسل نور أف أم بصفاقس" + _ROAD, "الطريق مغلق")
    assert q.speaker == "مراسل نور أف أم بصفاقس"


def test_radio_initials_then_the_holders_name():
    q = one("قال مدير إذاعة نور أف أم سامي الكافي" + _ROAD, "الطريق مغلق")
    assert q.speaker == "سامي الكافي"
    assert q.role == "مدير إذاعة نور أف أم"
    assert one("قال مراسل نور أف أم بلال الكافي" + _ROAD, "الطريق مغلق").speaker == "بلال الكافي"


def test_um_as_a_names_link_is_still_read():
    q = one("قالت الناشطة أم محمد الحسني" + _ROAD, "الطريق مغلق")
    assert q.speaker == "أم محمد الحسني"
    assert q.role == "الناشطة"
