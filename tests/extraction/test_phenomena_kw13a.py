"""Known weaknesses, worked from the top of "speakers and roles" (kw13a,
eighth session of 2026-12-04).

A noun of a place visited, inspected, opened or left (مقر, مخيم,
مستشفى, موقع, معبر, مطار, مدرسة …), in construct, right after a bare title
("وزار السفير مقر البرلمان، وقال إن «…»", "وتفقد المحافظ موقع الانفجار")
is the verb's object, not the holder's name: the title speaks (before,
"مقر" or "موقع الانفجار" was the name). A name between the title and the
place still speaks ("وزار السفير X Y مقر البرلمان"), and a hospital with
no title before it is a body that speaks ("وقال مستشفى الأمل إن").

A verbal noun the verb takes for object (غياب, رفض, تأخير …) in construct
with a title, with no subject before it ("وبرر غياب القائد عن الاجتماع
بأن «…»", "وانتقد رفض الوزير للقرار، قائلا"), is no name told before its
post: the verb's subject is elided and the speaker before goes on
(before, "غياب" spoke with the role "القائد"). A given name of that
shape before a post still speaks ("وقالت تغريد الناشطة إن").

A relative clause after a name whose present verb of heading agrees with
its pronoun ("X، الذي يرأس لجنة المالية في البرلمان، إن", "X التي ترأس
جمعية … إن") gives the role, the verb with the body headed, as "الذي يشغل
منصب …" already did (before, no role). Not "الذي ترأس الاجتماع" (he
chaired it, a past verb), nor after a titled name, whose title stays the
role.

After a verb of receiving (استقبل), a post set off by commas after a
titled subject is the guest, the verb's object: "واستقبل رئيس الحكومة،
وزير الخارجية الفرنسي، وقال إن «…»" is the head of government's, with his
own post (before, the guest's post was his role). Not after a verb of
saying ("وقال رئيس الحكومة، وزير الخارجية بالنيابة، إن": his second
post), nor a subject named with no title ("واستقبل X، وزير المالية،
وفدا …": his post).

A bare degree (دكتور, مهندس, feminine too) between a title and a name
with no article ("وقال المستشار دكتور X Y إن", "وزير الصحة دكتور X Y")
is an honorific, no word of the name, as after an honorific ("الدكتور
مهندس X") already (before, the name was "دكتور X Y"). Not a degree before
a definite word, which is left as it was.

"أول أمس" (the day before yesterday) right after a bare rank or title
("وأضاف الفريق أول أمس أن «…»") is no name "أول": the rank is the person
named with it before (before, "أول" spoke). Not "الفريق أول" before a
name ("وقال الفريق أول أمين X": the rank's own word, the name after).
"""

from __future__ import annotations

from tests.extraction.helpers import one

R = "«العلاقات بين البلدين متينة جدا»"


def test_place_visited_after_bare_title_is_the_object() -> None:
    q = one(f"وزار السفير مقر البرلمان، وقال إن {R}.", "العلاقات بين")
    assert q.speaker == "السفير"
    assert q.role == "السفير"
    q = one(f"وزار السفير الياباني مقر البرلمان، وقال إن {R}.", "العلاقات بين")
    assert q.speaker == "السفير الياباني"
    q = one(f"وتفقد المحافظ موقع الانفجار، وقال إن {R}.", "العلاقات بين")
    assert q.speaker == "المحافظ"
    q = one(f"وزارت الوزيرة مدرسة البنات، وقالت إن {R}.", "العلاقات بين")
    assert q.speaker == "الوزيرة"
    q = one(f"وتفقد الوزير معبر الكرامة، وقال إن {R}.", "العلاقات بين")
    assert q.speaker == "الوزير"


def test_near_miss_a_name_before_the_place_or_no_title() -> None:
    q = one(f"وزار السفير كريم الزيادي مقر البرلمان، وقال إن {R}.", "العلاقات بين")
    assert q.speaker == "كريم الزيادي"
    assert q.role == "السفير"
    q = one(f"وقال مستشفى الأمل إن {R}.", "العلاقات بين")
    assert q.speaker == "مستشفى الأمل"
    assert q.role is None


F = "وقال المدرب سمير الحداد إن «الفريق جاهز لمباراة السبت». "
L = "«اللاعب مصاب منذ أسبوع»"


def test_verbal_noun_before_a_title_is_no_name() -> None:
    q = one(f"{F}وبرر غياب القائد عن الاجتماع بأن {L}.", "اللاعب مصاب")
    assert q.speaker == "سمير الحداد"
    assert q.role == "المدرب"
    q = one(f"{F}وانتقد رفض الحكم للهدف، قائلا إن {L}.", "اللاعب مصاب")
    assert q.speaker == "سمير الحداد"


def test_near_miss_a_given_name_before_a_post_speaks() -> None:
    q = one(f"وقالت تغريد الناشطة إن {L}.", "اللاعب مصاب")
    assert q.speaker == "تغريد"
    assert q.role == "الناشطة"


def test_who_heads_gives_the_role() -> None:
    q = one(f"وقال كريم الزيادي، الذي يرأس لجنة المالية في البرلمان، إن {R}.", "العلاقات بين")
    assert q.speaker == "كريم الزيادي"
    assert q.role == "يرأس لجنة المالية في البرلمان"
    q = one(f"وقالت سلوى الهاشمي التي ترأس جمعية حماية المستهلك إن {R}.", "العلاقات بين")
    assert q.speaker == "سلوى الهاشمي"
    assert q.role == "ترأس جمعية حماية المستهلك"


def test_near_miss_who_chaired_once_or_a_titled_name() -> None:
    q = one(f"وقال كريم الزيادي، الذي ترأس الاجتماع، إن {R}.", "العلاقات بين")
    assert q.speaker == "كريم الزيادي"
    assert q.role is None
    q = one(f"وقال الوزير كريم الزيادي، الذي يرأس لجنة المالية، إن {R}.", "العلاقات بين")
    assert q.role == "الوزير"


def test_guest_received_is_no_post_of_the_host() -> None:
    q = one(f"واستقبل رئيس الحكومة، وزير الخارجية الفرنسي، وقال إن {R}.", "العلاقات بين")
    assert q.speaker == "رئيس الحكومة"
    assert q.role == "رئيس الحكومة"
    q = one(
        f"واستقبل رئيس الحكومة كريم الزيادي، وزير الخارجية الفرنسي جان دوبوا، وقال إن {R}.",
        "العلاقات بين",
    )
    assert q.speaker == "كريم الزيادي"
    assert q.role == "رئيس الحكومة"


def test_near_miss_a_second_post_after_saying_or_a_name() -> None:
    q = one(f"وقال رئيس الحكومة، وزير الخارجية بالنيابة، إن {R}.", "العلاقات بين")
    assert q.role == "وزير الخارجية بالنيابة"
    q = one(
        f"واستقبل كريم الزيادي، وزير المالية، وفدا من البنك الدولي، وقال إن {R}.", "العلاقات بين"
    )
    assert q.speaker == "كريم الزيادي"
    assert q.role == "وزير المالية"


def test_bare_degree_after_a_title_is_no_word_of_the_name() -> None:
    q = one(f"وقال المستشار دكتور كريم الزيادي إن {R}.", "العلاقات بين")
    assert q.speaker == "كريم الزيادي"
    assert q.role == "المستشار"
    q = one(f"وقالت وزيرة الصحة دكتورة سلوى الهاشمي إن {R}.", "العلاقات بين")
    assert q.speaker == "سلوى الهاشمي"
    assert q.role == "وزيرة الصحة"


def test_near_miss_degree_after_an_honorific_or_no_degree() -> None:
    q = one(f"وقال الدكتور مهندس كريم الزيادي إن {R}.", "العلاقات بين")
    assert q.speaker == "كريم الزيادي"
    q = one(f"وقال المستشار منير الزيادي إن {R}.", "العلاقات بين")
    assert q.speaker == "منير الزيادي"
    assert q.role == "المستشار"


G = "وقال رئيس الأركان الفريق كريم الزيادي إن «الوضع على الحدود مستقر». "


def test_the_day_before_yesterday_after_a_bare_rank() -> None:
    q = one(f"{G}وأضاف الفريق أول أمس أن «القوات جاهزة لكل الاحتمالات».", "القوات جاهزة")
    assert q.speaker == "كريم الزيادي"
    assert q.role == "رئيس الأركان"


def test_near_miss_first_rank_before_a_name() -> None:
    q = one("وقال الفريق أول أمين الزيادي إن «القوات جاهزة لكل الاحتمالات».", "القوات جاهزة")
    assert q.speaker == "أمين الزيادي"
    assert q.role == "الفريق أول"
