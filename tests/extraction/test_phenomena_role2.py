"""Phenomena of the role error classes found on real news excerpts, second
round (role2): how a role is read at a person's first full mention and
carried to his quotes.

Every article here is written for the test, in sentences of its own; each
test fails without the rule it names.
"""

from tests.extraction.helpers import one


def test_the_sport_of_a_team_in_a_title_is_no_name():
    # "المدير الفني لفريق كرة القدم … X Y": كرة and its definite genitive
    # name the team's sport; the person's name comes after the whole post
    text = (
        "فاز الفريق على ضيفه بثلاثة أهداف.\n"
        "وأكد المدير الفني لفريق كرة القدم الأول بنادي النصر كريم العبدلي "
        'أن "الفوز كان مستحقا تماما".\n'
        'وأضاف العبدلي أن "اللاعبين قدموا مباراة كبيرة".\n'
    )
    q = one(text, "الفوز كان مستحقا")
    assert q.speaker == "كريم العبدلي", q
    assert q.role == "المدير الفني لفريق كرة القدم الأول بنادي النصر", q
    q = one(text, "اللاعبين قدموا")
    assert q.speaker == "كريم العبدلي", q
    assert q.role == "المدير الفني لفريق كرة القدم الأول بنادي النصر", q
    text = 'وقال مدرب منتخب كرة السلة هشام الزين إن "الفريق جاهز للبطولة".\n'
    q = one(text, "الفريق جاهز")
    assert q.speaker == "هشام الزين", q
    assert q.role == "مدرب منتخب كرة السلة", q


def test_a_title_and_a_nationality_name_the_person_introduced_with_it():
    # "وأشار المدرب الإيطالي إلى أن" after "عبر الإيطالي X Y، المدير الفني
    # لفريق …،": the title and the nationality written before the person's
    # name are that person, with the role he was introduced with
    text = (
        "عبر الإيطالي ماركو ريتشي، المدير الفني لفريق الوحدة، عن سعادته بالفوز.\n"
        'وقال ريتشي: "كنا الأفضل في الشوط الأول".\n'
        'وأشار المدرب الإيطالي إلى أن "المباراة المقبلة أصعب بكثير".\n'
    )
    q = one(text, "المباراة المقبلة")
    assert q.speaker == "ماركو ريتشي", q
    assert q.role == "المدير الفني لفريق الوحدة", q
    # another nationality names another person: no one is taken
    text = (
        "عبر الإسباني ماركو ريتشي، المدير الفني لفريق الوحدة، عن سعادته بالفوز.\n"
        'وقال ريتشي: "كنا الأفضل في الشوط الأول".\n'
        'وأشار المدرب الإيطالي إلى أن "المباراة المقبلة أصعب بكثير".\n'
    )
    q = one(text, "المباراة المقبلة")
    assert q.speaker == "المدرب الإيطالي", q
    # the nisba of a post ("السفير الإيطالي X Y") describes the post, not
    # the person: the coach is not the ambassador
    text = (
        'وقال السفير الإيطالي ماركو ريتشي إن "العلاقات بين البلدين ممتازة".\n'
        'وأشار المدرب الإيطالي إلى أن "المباراة المقبلة أصعب بكثير".\n'
    )
    q = one(text, "المباراة المقبلة")
    assert q.speaker != "ماركو ريتشي", q


def test_a_middle_initial_in_a_name_keeps_the_title_read_before_it():
    # "الرئيس الأمريكي جورج و. بوش" then "وأضاف بوش": the initial and its
    # stop stand inside the name; the title read before the name is the
    # role of its short form
    text = (
        'قال الرئيس الأمريكي جورج و. بوش إن "الحرب ستنتهي قريبا جدا".\n'
        'وأضاف بوش أن "القوات ستعود إلى بلادها".\n'
    )
    q = one(text, "القوات ستعود")
    assert q.speaker == "بوش", q
    assert q.role == "الرئيس الأمريكي", q
    # glued to the family name, in a lead that quotes nothing
    text = (
        "أعربت سفيرة بريطانيا لدى تونس ماري ج.هاريسون اليوم عن ارتياحها لتحسن العلاقات.\n"
        'وأكدت السيدة هاريسون أن "التعاون بين بلدينا ممتاز جدا".\n'
    )
    q = one(text, "التعاون بين بلدينا")
    assert q.speaker == "هاريسون", q
    assert q.role == "سفيرة بريطانيا لدى تونس", q


def test_a_bare_title_is_the_person_whose_post_is_told_outside_speech():
    # "قدم X Y، سفير النمسا في لبنان، تفاصيل …" (no verb of saying), then
    # "قال X Y" (no title) and "وأضاف السفير النمساوي": the title is the
    # person whose post the text told where it named him, and his role
    text = (
        "قدم مارك فيبر، سفير النمسا في لبنان، تفاصيل جديدة عن إجلاء الرعايا.\n"
        '"الوضع صعب للغاية"، قال مارك فيبر في مقابلة تلفزيونية يوم الخميس.\n'
        'وأضاف السفير النمساوي: "نحن نعمل ليلا ونهارا لإجلاء الجميع".\n'
    )
    q = one(text, "نحن نعمل ليلا")
    assert q.speaker == "مارك فيبر", q
    assert q.role == "سفير النمسا في لبنان", q


def test_the_bare_president_is_the_head_of_state_told_in_full():
    # a headline "الرئيس X يؤكد …" names him first by the bare title; then
    # "رئيس الجمهورية Y X": "الرئيس" alone is the head of state, the post
    # the text gives him in full
    text = (
        "بالصور.. الرئيس حداد يؤكد أن البلاد بخير\n\n"
        "عبر رئيس الجمهورية سامي حداد، عن دعمه الدائم للحكومة.\n"
        "وقال الرئيس حداد “إن البلاد ستتجاوز الأزمة قريبا”.\n"
    )
    q = one(text, "البلاد ستتجاوز")
    assert q.speaker == "سامي حداد", q
    assert q.role == "رئيس الجمهورية", q
    # the head of another body is no head of state: "الرئيس" stays
    text = (
        "بالصور.. الرئيس حداد يؤكد أن البلاد بخير\n\n"
        "عبر رئيس النادي سامي حداد، عن دعمه الدائم للاعبين.\n"
        "وقال الرئيس حداد “إن الفريق سيتجاوز الأزمة قريبا”.\n"
    )
    assert one(text, "الفريق سيتجاوز").role == "الرئيس"


def test_a_country_opening_words_in_marks_after_a_title_names_a_body():
    # "عضو تكتل “تونس الحرة” النائب X Y أشار": the words in marks that a
    # country opens name the bloc, not a person; the whole post is the role
    text = "عضو تكتل “تونس الحرة” النائب سامي حداد أشار إلى أن “الحكومة تأخرت كثيرا في الإصلاح”.\n"
    q = one(text, "الحكومة تأخرت")
    assert q.speaker == "سامي حداد", q
    assert q.role == "عضو تكتل “تونس الحرة”", q  # (النائب addresses the name: rolef)
    # a person's name in marks after a title stays the person's
    text = 'وقال وزير الخارجية “علي كرتي” إن "العلاقات بين البلدين ممتازة".\n'
    q = one(text, "العلاقات بين")
    assert q.speaker == "علي كرتي", q
    assert q.role == "وزير الخارجية", q


def test_a_title_with_its_field_glued_to_lil_before_the_name_in_commas():
    # "مستشار الرئيس X Y للشؤون الخارجية، Z W (الصورة)، اتصل …" then "وقال
    # W إن": the field of the post (لل and its adjectives) ends the title at
    # the comma; the person in commas holds the whole post
    text = (
        "ورد في البرقية أن مستشار الرئيس سمير داود للشؤون الاقتصادية، كريم منصور "
        "(الصورة)، اتصل بالسفير الأمريكي.\n"
        'وقال منصور إن "الوضع خطير جدا".\n'
    )
    q = one(text, "الوضع خطير")
    assert q.speaker == "منصور", q
    assert q.role == "مستشار الرئيس سمير داود للشؤون الاقتصادية", q
    # the name in commas may open with Ali (علي), no preposition there
    text = (
        "ورد في البرقية أن مستشار الرئيس سمير داود للشؤون الاقتصادية، علي منصور "
        "(الصورة)، اتصل بالسفير الأمريكي.\n"
        'وقال منصور إن "الوضع خطير جدا".\n'
    )
    q = one(text, "الوضع خطير")
    assert q.role == "مستشار الرئيس سمير داود للشؤون الاقتصادية", q
