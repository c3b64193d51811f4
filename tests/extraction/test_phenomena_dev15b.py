"""Constructions of speakers and roles found on a development sample of real
Arabic news (dev15b, third session of 2026-12-05); every sentence here is
invented.

1. A series or a count of occasions after في ("وقال وزير الثقافة في سلسلة
   تغريدات على منصة إكس:", "في عدة مقابلات"), and an occasion noun in the
   plural ("في تغريدات", "في منشورات", "في رسائل"), is where the words were
   said, no post's place: the title speaks (before, "تغريدات" spoke, or the
   title ran on over it). Not a post in a chain of shops ("مدير المبيعات في
   سلسلة متاجر X"), nor a count of branches ("في عدة فروع").
2. The people a verb greets or calls on, in construct after a title or a
   name ("وهنأ رئيس الوزراء شعب الأردن", "هنأ المفتي الدكتور X Y أهالي
   الحي", "وحيا رئيس النادي جماهير الفريق"), and "everyone" after a
   title's definite genitive ("ودعا وزير الصحة الجميع إلى"), are the
   verb's object, no name: the title or the name before speaks (before,
   "شعب الأردن بحلول" or "أهالي الحي" spoke, or "الجميع" ran into the
   title). Not such a word inside a post ("رئيس رابطة أبناء الجالية X Y",
   "ممثل لجنة أهالي الحي"), nor "رئيس الجميع".
3. A post said short, its head and the last of its coordinated genitives,
   a word of two letters after the article ("وزير الحج" after "X، وزير
   الأوقاف والحج،"; "وزير الري" after a ministry of water and irrigation,
   "والري"), is the
   person named with the full post, who keeps it (before, the article of a
   four-letter word stayed on, "الحج" was not "والحج", and the short post
   spoke alone). Not another ministry ("وزير النقل").
4. A nickname of one or two words in marks or in parentheses right after
   a full name ("اللواء فهد المطيري "الذئب"", "سالم عبد الكريم (أبو
   طارق)") is his: a later "وأضاف الذئب" is that person, with his role
   (before, the nickname spoke alone, with no role). Not a name in marks
   after another word ("في برنامج "الذئب"").
5. "first" glued to بـ, its hamza written, after a name or a title ("أدلى
   رئيس الوزراء X Y بأول تصريح له") is the verb's object, no word of the
   name (before, the name was "X Y بأول", or "بأول" spoke after a bare
   title: folded, it is the name باول). Not Powell ("كولن باول").
6. A star of a team before a full name ("وقال نجم المنتخب X Y", "نجمة
   المنتخب", "نجم الزمالك السابق X Y", "نجم منتخب بلاده X Y") is his
   description, as after the name (before, "نجم المنتخب" was read as a
   name of two words and spoke, with no role). Not the name "نجم الدين".
7. A broken plural of the shape مفاعيل in construct opening a clause set
   off by commas after a verb's subject ("ثمن الأستاذ X Y، رئيس …، مضامين
   خطاب الشيخ Z أمير البلاد، في …، الموافقة …، وقال:") is the verb's
   object, no verb whose subject the person in its genitive is: the
   sentence's subject goes on (before, with four clauses or more, the
   emir in the genitive spoke). Not a clause with a verb of its own
   ("…، ناقش رئيس المجلس Z مشاريع القوانين، وقال").
"""

from __future__ import annotations

from tests.extraction.helpers import one

W = "لن نسمح بالعبث بتراث المدينة وأهلها الطيبين"


def test_a_series_of_posts_after_fi_is_the_occasion() -> None:
    q = one(f"وقال وزير الثقافة في سلسلة تغريدات على منصة إكس: {W}.\n", "لن نسمح")
    assert q.speaker == "وزير الثقافة"
    assert q.role == "وزير الثقافة"
    q = one(f'وقال وزير الثقافة في عدة مقابلات: "{W}".\n', "لن نسمح")
    assert q.speaker == "وزير الثقافة"
    q = one(f'وقال وزير الثقافة في سلسلة منشورات على فيسبوك: "{W}".\n', "لن نسمح")
    assert q.speaker == "وزير الثقافة"


def test_an_occasion_noun_in_the_plural_after_fi() -> None:
    q = one(f"وقال وزير الثقافة في تغريدات على منصة إكس: {W}.\n", "لن نسمح")
    assert q.speaker == "وزير الثقافة"
    q = one(f'وقال وزير الثقافة في رسائل إلى الموظفين: "{W}".\n', "لن نسمح")
    assert q.role == "وزير الثقافة"


def test_near_miss_a_chain_or_branches_after_fi_stay_the_post() -> None:
    q = one(
        'وقال سامي العلي، مدير المبيعات في سلسلة متاجر الريان، إن "الأسعار لن ترتفع هذا الموسم".\n',
        "الأسعار",
    )
    assert q.speaker == "سامي العلي"
    assert q.role == "مدير المبيعات في سلسلة متاجر الريان"
    q = one('وقال مدير المبيعات في عدة فروع للشركة إن "الأسعار لن ترتفع هذا الموسم".\n', "الأسعار")
    assert q.role == "مدير المبيعات في عدة فروع للشركة"


N = "نتمنى لكم عاما سعيدا مليئا بالخير والبركة"


def test_the_people_greeted_after_a_title_or_a_name_are_the_object() -> None:
    q = one(f'وهنأ رئيس الوزراء شعب الأردن بحلول العام الجديد، وقال: "{N}".\n', "نتمنى")
    assert q.speaker == "رئيس الوزراء"
    q = one(f'هنأ المفتي الدكتور سالم الكندي أهالي الحي بالعيد. وقال في كلمة "{N}".\n', "نتمنى")
    assert q.speaker == "سالم الكندي"
    q = one(f'وحيا رئيس النادي جماهير الفريق على وفائها، وقال: "{N}".\n', "نتمنى")
    assert q.speaker == "رئيس النادي"


def test_everyone_after_a_titles_genitive_is_the_object() -> None:
    q = one(f'ودعا وزير الصحة الجميع إلى الالتزام بالتعليمات، وقال: "{N}".\n', "نتمنى")
    assert q.speaker == "وزير الصحة"
    assert q.role == "وزير الصحة"


def test_near_miss_the_people_inside_a_post_or_its_genitive() -> None:
    q = one(f'وقال رئيس رابطة أبناء الجالية سالم الكندي إن "{N}".\n', "نتمنى")
    assert q.speaker == "سالم الكندي"
    assert q.role == "رئيس رابطة أبناء الجالية"
    q = one(f'وقال ممثل لجنة أهالي الحي إن "{N}".\n', "نتمنى")
    assert q.role == "ممثل لجنة أهالي الحي"
    q = one(f'وقال رئيس الجميع إن "{N}".\n', "نتمنى")
    assert q.role == "رئيس الجميع"
    q = one(f'وقال عضو مجلس الشعب سعيد الحلبي إن "{N}".\n', "نتمنى")
    assert q.role == "عضو مجلس الشعب"


H = "الاستعدادات للموسم اكتملت في كل المواقع"
K = "لن نسمح بأي تقصير في خدمة الحجاج هذا العام"


def test_a_post_said_short_by_its_last_short_genitive() -> None:
    text = f'قال الشيخ سالم العتيبي، وزير الأوقاف والحج، إن "{H}".\nوأضاف وزير الحج: "{K}".\n'
    q = one(text, "لن نسمح")
    assert q.speaker == "سالم العتيبي"
    assert q.role == "وزير الأوقاف والحج"


def test_near_miss_another_ministry_said_short() -> None:
    text = f'قال الشيخ سالم العتيبي، وزير الأوقاف والحج، إن "{H}".\nوأضاف وزير النقل: "{K}".\n'
    q = one(text, "لن نسمح")
    assert q.speaker == "وزير النقل"


P = "لن نسمح لأي جهة بتهديد أمن المواطنين"
R = "نحن مستعدون لكل الاحتمالات في الأيام المقبلة"


def test_a_nickname_in_marks_after_a_full_name_is_his() -> None:
    text = (
        f'قال قائد الشرطة اللواء فهد المطيري "الذئب" في مؤتمر صحفي: "{P}".\nوأضاف الذئب: "{R}".\n'
    )
    q = one(text, "نحن مستعدون")
    assert q.speaker == "فهد المطيري"
    assert q.role == "قائد الشرطة"
    text = (
        f'قال زعيم الجماعة سالم عبد الكريم (أبو طارق) في تسجيل مصور: "{P}".\n'
        f'وأضاف أبو طارق: "{R}".\n'
    )
    q = one(text, "نحن مستعدون")
    assert q.speaker == "سالم عبد الكريم"


def test_near_miss_a_name_in_marks_after_another_word() -> None:
    text = f'قالت الصحفية ريم سالم في برنامج "الذئب" إن "{P}".\nوأضاف الذئب: "{R}".\n'
    q = one(text, "نحن مستعدون")
    assert q.speaker == "الذئب"


F = "نتطلع إلى عام مليء بالإنجازات والخير"


def test_first_glued_to_bi_after_a_name_or_a_title_is_the_object() -> None:
    text = f'أدلى رئيس الوزراء خالد الحسن بأول تصريح له بعد الانتخابات، وقال: "{F}".\n'
    q = one(text, "نتطلع")
    assert q.speaker == "خالد الحسن"
    q = one(f'أدلى رئيس الوزراء بأول تصريح له بعد الانتخابات، وقال: "{F}".\n', "نتطلع")
    assert q.speaker == "رئيس الوزراء"


def test_near_miss_the_name_powell_stays() -> None:
    q = one(f'وقال وزير الخارجية الأمريكي كولن باول إن "{F}".\n', "نتطلع")
    assert q.speaker == "كولن باول"
    q = one(f'وقال المبعوث الأمريكي باول إن "{F}".\n', "نتطلع")
    assert q.speaker == "باول"


S = "سنواصل العمل بجد في المباريات القادمة"


def test_a_star_of_a_team_before_the_name_is_his_role() -> None:
    q = one(f'وقال نجم المنتخب سامر الخطيب إن "{S}".\n', "سنواصل")
    assert (q.speaker, q.role) == ("سامر الخطيب", "نجم المنتخب")
    q = one(f'وقال نجم الزمالك السابق سامر الخطيب إن "{S}".\n', "سنواصل")
    assert (q.speaker, q.role) == ("سامر الخطيب", "نجم الزمالك السابق")
    q = one(f'وقالت نجمة المنتخب ريم الخطيب إن "{S}".\n', "سنواصل")
    assert (q.speaker, q.role) == ("ريم الخطيب", "نجمة المنتخب")
    q = one(f'وقال نجم منتخب بلاده سامر الخطيب إن "{S}".\n', "سنواصل")
    assert (q.speaker, q.role) == ("سامر الخطيب", "نجم منتخب بلاده")


def test_near_miss_the_name_najm_al_din() -> None:
    q = one(f'وقال نجم الدين سامر إن "{S}".\n', "سنواصل")
    assert q.speaker == "نجم الدين سامر"
    assert q.role is None


A = "أسعدني ما جاء في الخطاب من مواقف نبيلة وواضحة"


def test_a_broken_plural_in_construct_after_commas_is_the_object() -> None:
    text = (
        "ثمن الأستاذ سالم الهاجري، رئيس نادي الصحافة، مضامين خطاب الشيخ خالد بن سعيد "
        "أمير البلاد، في افتتاح الدورة الرابعة، الموافقة للذكرى الخمسين لتأسيس المجلس، "
        f"وقال: {A}.\n"
    )
    q = one(text, "أسعدني")
    assert q.speaker == "سالم الهاجري"
    assert q.role == "رئيس نادي الصحافة"


def test_near_miss_a_clause_with_a_verb_of_its_own() -> None:
    text = (
        "وفي الجلسة الأخيرة، وبعد نقاش طويل، ناقش رئيس المجلس خالد بن سعيد مشاريع "
        f"القوانين، وقال: {A}.\n"
    )
    q = one(text, "أسعدني")
    assert q.speaker == "خالد بن سعيد"
