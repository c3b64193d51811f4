"""Phenomena of the role error classes found on real news excerpts (role):
how a role is read at a person's first full mention and carried to his
quotes.

Every article here is written for the test, in sentences of its own; each
test fails without the rule it names.
"""

from claims.extraction import normalize
from tests.extraction.helpers import one, same_name


def test_a_title_before_the_full_name_in_reported_words_is_the_role():
    # "ونقلت البرقية أن "رئيس الوزراء آنذاك X Y قال …"" then "وأكد Y أن
    # «…»": the text gives the title with the full name only inside the
    # words it reports; that is his role, carried to his quotes
    text = (
        "نشر الموقع برقية دبلوماسية قديمة.\n"
        'وجاء في البرقية أن "رئيس الوزراء آنذاك سمير الحلبي رفض الطلب بشدة".\n'
        'وأكد الحلبي، حسب البرقية، أن "الحكومة لن تتراجع عن موقفها".\n'
    )
    q = one(text, "الحكومة لن تتراجع")
    assert q.speaker == "الحلبي", q
    assert q.role == "رئيس الوزراء", q
    # the farthest title that reads with the name gives the fullest post
    text = (
        "نشر الموقع برقية دبلوماسية قديمة.\n"
        'وجاء في البرقية أن "نائب رئيس الوزراء ووزير المالية سمير الحلبي رفض الطلب".\n'
        'وأكد الحلبي أن "الحكومة لن تتراجع عن موقفها".\n'
    )
    assert one(text, "الحكومة لن تتراجع").role == "نائب رئيس الوزراء ووزير المالية"
    # a title before another person's name gives him none
    text = (
        "نشر الموقع برقية دبلوماسية قديمة.\n"
        'وجاء في البرقية أن "وزير المالية كمال يوسف التقى الحلبي مساء".\n'
        'وأكد الحلبي أن "الحكومة لن تتراجع عن موقفها".\n'
    )
    assert one(text, "الحكومة لن تتراجع").role is None


def test_a_known_name_glued_to_lam_after_the_speaker_is_the_one_spoken_to():
    # "وقال الحلبي لفيلمور" after "الحلبي" and "جون فيلمور": لـ + a person
    # named before is the addressee; the speaker keeps his name (and the
    # role found for it), not "الحلبي لفيلمور"
    text = (
        "نشر الموقع برقية للسفير جون فيلمور.\n"
        'وجاء فيها أن "رئيس الوزراء آنذاك سمير الحلبي رفض الطلب".\n'
        'وأكد الحلبي أن "الحكومة لن تتراجع".\n'
        'وقال الحلبي لفيلمور إن "الجيش سينتشر في الجنوب قريبا".\n'
    )
    q = one(text, "الجيش سينتشر")
    assert q.speaker == "الحلبي", q
    assert q.role == "رئيس الوزراء", q


def test_a_phrase_read_past_the_family_name_takes_the_full_names_role():
    # "وتنقل الوثيقة عن X تمنيه …" (the phrase read on into the verbal
    # noun): the family name opening it still names the person; his role
    # is given where that word ends his full name, read from the full name
    # (a name in ف is no "and" there: "كمال فارس رئيس …")
    text = (
        "نشرت الصحيفة وثيقة جديدة.\n"
        "وقال كمال فارس رئيس الحكومة الانتقالية في مقابلة إن الوثيقة مزورة.\n"
        "وتنقل الوثيقة عن فارس تمنيه على السفير أن تطلب بلاده وقف القتال. "
        'وقال: "عندها سيكتشف الجميع حقيقة الأمر".\n'
    )
    assert one(text, "سيكتشف الجميع").role == "رئيس الحكومة الانتقالية"
    # a title right before the full name comes first: the definite post
    # after it is the verb's object, the one met
    text = (
        "التقى وزير الخارجية المغربي سالم الحداد السفير الأمريكي أمس.\n"
        "وتنقل الوثيقة عن الحداد تمنيه على السفير أن تطلب بلاده وقف القتال. "
        'وقال: "عندها سيكتشف الجميع حقيقة الأمر".\n'
    )
    assert one(text, "سيكتشف الجميع").role == "وزير الخارجية المغربي"


def test_a_case_known_as_its_name_in_marks_is_part_of_the_post():
    # "المحامي وعضو لجنة الدفاع فيما يعرف بقضية «…»، X Y،": what a case or a
    # body "is known as", its name in marks, belongs to the post, and the
    # name in commas after it holds the post (the phrase ended at فيما)
    text = (
        "تتواصل جلسات المحاكمة في العاصمة.\n"
        "أكد المحامي وعضو لجنة الدفاع عن المعتقلين فيما يعرف بقضية “الخلية النائمة”، "
        "سامي الكردي، أمس أنه لا جديد في الملف.\n"
        'وقال الكردي "القضية تراوح مكانها منذ شهور طويلة".\n'
    )
    q = one(text, "القضية تراوح")
    assert q.speaker == "سامي الكردي", q
    assert q.role == "المحامي وعضو لجنة الدفاع عن المعتقلين فيما يعرف بقضية “الخلية النائمة”", q
    # "بما يلي": a particle glued to ما still ends the phrase
    text = 'وأفاد المتحدث باسم الشرطة سامي الكردي بما يلي: "لا إصابات في الحادث".\n'
    q = one(text, "لا إصابات")
    assert q.speaker == "سامي الكردي", q
    assert q.role == "المتحدث باسم الشرطة", q


def test_a_body_named_in_marks_after_a_construct_title_goes_on_to_the_name():
    # "عضو تكتل «…» النائب X Y": the noun in construct with the title takes
    # the body's name in marks as its genitive, and the post goes on after
    # them to the name (the phrase ended at the marks, nameless)
    text = (
        "اعتبر عضو تكتل “النهضة الوطنية” النائب كمال الحلبي أن الحكومة فشلت. "
        'وأضاف: "شعبنا لن يقبل بهذا الوضع أبدا".\n'
    )
    q = one(text, "شعبنا لن يقبل")
    assert q.speaker == "كمال الحلبي", q
    assert q.role == "عضو تكتل “النهضة الوطنية”", q  # (النائب addresses the name: rolef)
    # an adjective after an unnamed source is no construct: the words in
    # marks after it are his
    text = 'وقال مسؤول كبير "لا تعليق لدينا الآن".\n'
    q = one(text, "لا تعليق")
    assert q.speaker == "مسؤول كبير", q


def test_the_name_ali_after_a_title_read_before_the_name_is_a_name():
    # "تصريحات المرشد الأعلى علي X" then "وكان X قال «…»": read back from
    # the name, علي after the title is the first name Ali, not على
    text = (
        "علقت الوزارة على تصريحات المرشد الأعلى علي كريمي التي أدلى بها أمس.\n"
        'وكان كريمي قال خلال استقباله الوفد "لن ننسى هذه الجريمة أبدا".\n'
    )
    q = one(text, "لن ننسى")
    assert q.speaker == "كريمي", q
    assert q.role == "المرشد الأعلى", q


def test_the_press_colleague_is_no_post():
    # "كتب الزميل X Y رئيس تحرير صحيفة …": "our colleague" is how the
    # paper names a journalist, as "الأخ" a party's member, no post; the
    # post after the name is the role
    text = (
        "أثار مقال عن الميزانية جدلا واسعا.\n"
        "كتب الزميل سامي الكردي رئيس تحرير صحيفة المساء يوم الثلاثاء عن وزارة المالية "
        'ومما قال: "لا أحد يعلم شيئا عن الميزانية حتى الآن".\n'
    )
    q = one(text, "لا أحد يعلم")
    assert q.speaker == "سامي الكردي", q
    assert q.role == "رئيس تحرير صحيفة المساء", q
    # a colleague with his possessive is a relation, a title: "زميله X"
    text = 'وقال زميله سامي الكردي إن "الفريق قدم مباراة كبيرة".\n'
    assert one(text, "الفريق قدم").speaker == "سامي الكردي"


def test_a_post_after_the_titled_name_reads_its_complement_up_to_anna():
    # "قالت أمس الأحد …، المحامية X Y عضو لجنة الدفاع عن المعتقلين في قضية
    # «…» أن": a title before the name and a post after it, the subject of
    # the verb (the day between them), and the post's complement after عن
    # read up to the verb's that-clause: all of it is the role (it was
    # 'المحامية'); a later bare title takes that person
    text = (
        "تتواصل جلسات المحاكمة في العاصمة.\n"
        "قالت أمس الأحد 5 مارس 2023، المحامية سلمى الكردي عضو لجنة الدفاع عن المعتقلين "
        'في قضية “الخلية النائمة” أن "النيابة لم تقدم أي دليل جديد".\n'
        'وأضافت المحامية أن "الملف خال من أي إثبات لهذه التهم".\n'
    )
    q = one(text, "الملف خال")
    assert q.speaker == "سلمى الكردي", q
    assert q.role == "المحامية، عضو لجنة الدفاع عن المعتقلين في قضية “الخلية النائمة”", q
    # an occasion after the complement: عن is the verb's, not the post's
    text = (
        "وقال الوزير سامي الحلبي رئيس لجنة المالية عن الموضوع خلال مؤتمر صحفي "
        'إن "الميزانية ستنشر قريبا".\n'
    )
    assert one(text, "الميزانية ستنشر").role == "الوزير"


def test_the_number_of_a_court_after_its_place_is_part_of_the_post():
    # "الناطق باسم المحكمة الابتدائية بصفاقس 2 X Y، …": the number after a
    # place glued to بـ numbers the court, and the name of two words after
    # it, closed by a comma, is the person's (the name read was "بصفاقس")
    text = (
        "أكد الناطق الرسمي باسم المحكمة الابتدائية بصفاقس 2 سامي الكردي، في تصريح "
        "إذاعي اليوم، أن الأبحاث متواصلة.\n"
        'وأضاف الكردي "التحقيق سيشمل كل الأطراف دون استثناء".\n'
    )
    q = one(text, "التحقيق سيشمل")
    assert q.speaker == "سامي الكردي", q
    assert q.role == "الناطق الرسمي باسم المحكمة الابتدائية بصفاقس 2", q


def test_the_unnamed_official_of_the_lead_is_the_one_named_next():
    # "انتقد نائب عن كتلة …، يوم الاثنين، …" then "وقال X Y …": a lead that
    # opens with a verb and an indefinite post with its complement, then a
    # sentence that opens with a verb of saying and a full name: the post
    # is that person's (a common lead; he had no role)
    text = (
        "بغداد - وكالات\n"
        "انتقد نائب عن كتلة البناء الوطني، يوم الاثنين، تأخر إقرار الموازنة العامة.\n"
        'وقال سامي الكردي خلال مؤتمر صحفي إن "الموازنة تأخرت كثيرا دون مبرر".\n'
    )
    q = one(text, "الموازنة تأخرت")
    assert q.speaker == "سامي الكردي", q
    assert q.role == "نائب عن كتلة البناء الوطني", q
    # a source withheld is someone else
    text = (
        "بغداد - وكالات\n"
        "انتقد مسؤول في الوزارة، يوم الاثنين، تأخر إقرار الموازنة العامة.\n"
        'وقال سامي الكردي خلال مؤتمر صحفي إن "الموازنة تأخرت كثيرا دون مبرر".\n'
    )
    assert one(text, "الموازنة تأخرت").role is None


def test_an_occasion_after_the_post_ends_the_phrase():
    # "قال X بن Y Z وزير الخدمة العامة بمناسبة العيد الوطني: إن …": "on the
    # occasion of" opens the verb's adjunct, as خلال and إثر do; the post
    # ends before it (the phrase read on into it and lost the post)
    text = (
        "قال معالي الشيخ سالم بن حمد الكردي وزير الخدمة العامة بمناسبة العيد الوطني: "
        '"إن هذه الذكرى لها أثر كبير في قلوب الجميع".\n'
    )
    q = one(text, "هذه الذكرى")
    assert q.speaker == "سالم بن حمد الكردي", q
    assert q.role == "وزير الخدمة العامة", q


def test_a_name_set_in_marks_takes_the_post_after_its_comma():
    # "نفى الدكتور “X Y”، نائب رئيس “نادي الشباب” الأخبار التي …" then "قال
    # Y: «…»": the name in marks (a house style), its post after the comma
    # read as after a nickname, up to the body's name in marks (the noun
    # after it is the verb's object)
    text = (
        "نفى الدكتور “سامي الكردي”، نائب رئيس “نادي الشباب” الأخبار التي تتحدث عن خلافات "
        "داخل الإدارة.\n"
        'وعن رأيه في رئاسة النادي، قال الكردي: "أتمنى أن أخدم النادي في أي موقع".\n'
    )
    q = one(text, "أتمنى أن أخدم")
    assert q.role == "نائب رئيس “نادي الشباب”", q


def test_a_post_with_a_nickname_in_marks_is_the_person_with_that_post():
    # "وأوضح مدرب «الصقور» أن «…»" after "X Y، مدرب فريق الأمل …": a post
    # whose genitive is a nickname in marks, no body's name, is the person
    # introduced with that post, and takes his fuller role
    text = (
        "قال سمير الكردي، مدرب فريق الأمل لكرة اليد، إن المباراة كانت صعبة.\n"
        'وأوضح مدرب "الصقور" أن "اللاعبين ارتكبوا أخطاء كثيرة في الشوط الثاني".\n'
    )
    q = one(text, "اللاعبين ارتكبوا")
    assert q.speaker == "سمير الكردي", q
    assert q.role == "مدرب فريق الأمل لكرة اليد", q
    # another post is someone else
    text = (
        "قال سمير الكردي، مدرب فريق الأمل لكرة اليد، إن المباراة كانت صعبة.\n"
        'وأوضح رئيس "الصقور" أن "اللاعبين ارتكبوا أخطاء كثيرة في الشوط الثاني".\n'
    )
    assert one(text, "اللاعبين ارتكبوا").speaker != "سمير الكردي"


def test_a_bare_title_is_the_person_named_right_after_it_before():
    # "أكد المحامي X Y، وكيل المتهم في قضية …، أن …" then "وقال المحامي إن
    # «…»": the role became the post after the comma, but the bare title is
    # still the person the text named right after that title
    text = (
        "في المقابل، أكد المحامي سامي الكردي، وكيل المتهم في قضية الفساد، أن الحكم سيستأنف.\n"
        'وقال المحامي إن "هيئة الدفاع ستطعن في القرار خلال أيام".\n'
    )
    q = one(text, "هيئة الدفاع ستطعن")
    assert q.speaker == "سامي الكردي", q
    assert q.role == "وكيل المتهم في قضية الفساد", q


def test_the_country_an_envoy_is_posted_to_after_his_name_is_his_role():
    # "عبر السفير الأمريكي X Y في المملكة الأردنية عن …": the country (or a
    # state's head and its nisba) after an envoy's name, the phrase ending
    # there, is where he is posted: part of his role (it ended at the name)
    text = (
        'عبر السفير الأمريكي سامي الكردي في المملكة الأردنية عن ارتياحه وقال "العلاقات ممتازة".\n'
    )
    q = one(text, "العلاقات ممتازة")
    assert q.speaker == "سامي الكردي", q
    assert q.role == "السفير الأمريكي في المملكة الأردنية", q
    # not an occasion, nor another title than an envoy's
    text = 'عبر السفير الأمريكي سامي الكردي في الحفل عن ارتياحه وقال "العلاقات ممتازة".\n'
    assert one(text, "العلاقات ممتازة").role == "السفير الأمريكي"
    text = 'عبر الوزير سامي الكردي في المملكة الأردنية عن ارتياحه وقال "العلاقات ممتازة".\n'
    assert one(text, "العلاقات ممتازة").role == "الوزير"


def test_a_compound_name_written_joined_takes_the_role_given_written_apart():
    # "قال الدكتور سامي عبد الرحيم، رئيس مجلس الشورى، إن …" then "وأضاف
    # عبدالرحيم «…»": عبد and its genitive written joined name the person
    # written apart; he takes the role given there
    text = (
        "قال الدكتور سامي عبد الرحيم، رئيس مجلس الشورى، إن الجلسة انتهت.\n"
        'وأضاف عبدالرحيم، قائلا: "هذا المجلس جاء بانتخابات حرة ونزيهة".\n'
    )
    assert one(text, "هذا المجلس جاء").role == "رئيس مجلس الشورى"


def test_a_star_of_a_club_set_off_after_the_name_is_the_role():
    # "أكد X Y، نجم الزمالك السابق، أن …" then "وقال Y: …": "the star of"
    # a club, in construct, set off by commas after a name, is his role, as
    # a title there is; before a name it is no title ("نجم الدين" is a
    # first name)
    text = (
        "أكد سامي الكردي، نجم الشباب السابق، أن المجلس الحالي يتعامل بشكل شخصي.\n"
        "\n"
        "وقال الكردي في تصريحات تلفزيونية: أبناء النادي سيتواجدون بشكل طبيعي.\n"
    )
    q = one(text, "أبناء النادي")
    assert q.speaker == "سامي الكردي", q
    assert q.role == "نجم الشباب السابق", q
    text = 'وقال نجم الدين الكردي إن "الحكومة ستستقيل قريبا".\n'
    q = one(text, "الحكومة ستستقيل")
    assert q.speaker == "نجم الدين الكردي", q
    assert q.role is None, q


def test_a_post_after_a_name_opening_a_that_clause_is_its_role():
    # "أن X Y قائد القوات الخاصة زار دمشق": the name opens the clause of
    # أنّ, its verb still to come; the post right after it is its
    # apposition, and the words after the completed post are the clause's
    # predicate, not the post's holder
    text = (
        "وذكرت الصحيفة أن قاسم الحلبي قائد القوات الخاصة زار دمشق سرا. "
        'وقال الحلبي "لم نطلق رصاصة واحدة ضد الجيش".\n'
    )
    assert one(text, "لم نطلق رصاصة").role == "قائد القوات الخاصة"
    text = (
        "وأكدت المصادر أن سلمى يوسف وزيرة الصحة غادرت البلاد. "
        'وقالت يوسف "لم نطلق رصاصة واحدة ضد الجيش".\n'
    )
    assert one(text, "لم نطلق رصاصة").role == "وزيرة الصحة"
    text = (
        "ونقلت الوكالة عن مصدر أن عمر الحداد المتحدث باسم الحكومة استقال. "
        'وقال الحداد "القرار نهائي ولا رجعة فيه".\n'
    )
    assert one(text, "القرار نهائي").role == "المتحدث باسم الحكومة"
    # the object of a verb before the name: the post after it is another
    # person's, named after it
    text = (
        "استقبل قاسم الحلبي وزير الخارجية كمال يوسف أمس. "
        'وقال الحلبي "لم نطلق رصاصة واحدة ضد الجيش".\n'
    )
    assert one(text, "لم نطلق رصاصة").role is None


def test_a_rank_before_the_name_and_a_post_after_it_are_both_the_role():
    # "أن الجنرال X Y قائد القوات الخاصة زار …": the rank before the name
    # and the post after it, joined as where the name is a cue's subject
    text = (
        "وذكرت الصحيفة أن الجنرال قاسم الحلبي قائد القوات الخاصة زار دمشق سرا. "
        'وقال الحلبي "لم نطلق رصاصة واحدة ضد الجيش".\n'
    )
    assert one(text, "لم نطلق رصاصة").role == "الجنرال، قائد القوات الخاصة"
    text = (
        "وأضاف التقرير أن العميد سمير يوسف المتحدث باسم الشرطة نفى الخبر. "
        'وقال يوسف "الوضع الأمني مستقر في المدينة".\n'
    )
    assert one(text, "الوضع الأمني").role == "العميد، المتحدث باسم الشرطة"
    # a rank and no post: the rank alone
    text = (
        "وذكرت الصحيفة أن الجنرال قاسم الحلبي زار دمشق أمس. "
        'وقال الحلبي "لم نطلق رصاصة واحدة ضد الجيش".\n'
    )
    assert one(text, "لم نطلق رصاصة").role == "الجنرال"


def test_a_name_in_marks_after_the_post_may_open_with_a_rank():
    # 'وقال المتحدث باسم الجيش "العقيد X Y" إن': the marks after the post
    # hold the holder's name after his rank or honorific; the post before
    # them is his role, and the marks are no part of it
    text = (
        'وقال المتحدث باسم الجيش "العقيد عمر الحداد" إن "القوات أحكمت سيطرتها على المدينة". '
        'وأضاف الحداد أن "الوضع مستقر تماما في كل الأحياء".\n'
    )
    for fragment in ("القوات أحكمت", "الوضع مستقر"):
        q = one(text, fragment)
        assert same_name(q.speaker, "عمر الحداد"), q
        assert q.role == "المتحدث باسم الجيش", q
    text = (
        'وأكد رئيس البلدية "الدكتور عمر الحداد" في تصريح صحفي أن '
        '"المياه ستعود إلى الأحياء قريبا".\n'
    )
    q = one(text, "المياه ستعود")
    assert same_name(q.speaker, "عمر الحداد"), q
    assert q.role == "رئيس البلدية", q
    # a rank alone in the marks names nobody: no holder is read in them
    text = 'وقال المتحدث باسم الجيش "العقيد" إن "القوات أحكمت سيطرتها على المدينة".\n'
    assert normalize(one(text, "القوات أحكمت").speaker) != normalize("العقيد")


def test_addressee_glued_to_lam_after_a_bare_definite_title():
    # a bare title with the article, then one word glued to لـ and the words
    # said: the one spoken to, no genitive of the title
    q = one('وقال القاضي للدفاع: "التزم بموضوع القضية ولا تخرج عنه أبدا".', "التزم بموضوع")
    assert (q.speaker, q.role) == ("القاضي", "القاضي"), q
    q = one('وقال المدرب للاعبيه إن "المباراة المقبلة صعبة جدا علينا".', "المباراة المقبلة")
    assert (q.speaker, q.role) == ("المدرب", "المدرب"), q
    q = one('وقالت المحامية للمحكمة: "موكلي بريء من كل التهم الموجهة إليه".', "موكلي بريء")
    assert (q.speaker, q.role) == ("المحامية", "المحامية"), q


def test_bare_title_told_something_is_the_person_introduced_with_it():
    q = one(
        "قاطع القاضي كمال حسين الدباغ، رئيس محكمة جنايات الإسكندرية، أمس، "
        "أحد المحامين عن المتهمين في القضية.\n\n"
        'وقال القاضي للدفاع: "التزم بموضوع القضية ولا تخرج عنه أبدا".',
        "التزم بموضوع",
    )
    assert (q.speaker, q.role) == ("كمال حسين الدباغ", "رئيس محكمة جنايات الإسكندرية"), q


def test_genitive_glued_to_lam_stays_with_the_title():
    # after an adjective, before more words, after an indefinite title or
    # before a name in commas, the word glued to لـ is the post's genitive
    q = one('وقال الأمين العام للحزب: "سنشارك في الانتخابات المقبلة بقوائم كاملة".', "سنشارك")
    assert q.role == "الأمين العام للحزب", q
    q = one(
        'وقال المستشار للشؤون الاقتصادية: "سنشارك في الانتخابات المقبلة بقوائم كاملة".',
        "سنشارك",
    )
    assert q.role == "المستشار للشؤون الاقتصادية", q
    q = one('وقال مستشار للرئيس إن "الحكومة ستشارك في الانتخابات المقبلة".', "الحكومة ستشارك")
    assert q.speaker == "مستشار للرئيس", q
    q = one(
        'وقال المستشار للرئيس، كمال الدباغ، إن "الحكومة ستشارك في الانتخابات المقبلة".',
        "الحكومة ستشارك",
    )
    assert (q.speaker, q.role) == ("كمال الدباغ", "المستشار للرئيس"), q
    q = one('وقال المبعوث للأمم المتحدة إن "الحكومة ستشارك في الانتخابات المقبلة".', "الحكومة")
    assert q.role == "المبعوث للأمم المتحدة", q


def test_an_honorific_before_a_patronymic_link_is_the_person_named_before():
    # "السيد ولد X" read as a name of its own (an honorific may be a first
    # name before ولد/بنت/منت): it is the one person named before with the
    # rest of the name, with his role
    text = (
        "أكد الامين العام لحزب الوحدة الشعبية, كريم ولد سالم, أمس بالعاصمة, أن الحزب جاهز. "
        'واضاف السيد ولد سالم في كلمة له أن الحزب "سيخوض الانتخابات بقوائم كاملة في كل الولايات".'
    )
    q = one(text, "سيخوض الانتخابات")
    assert (q.speaker, q.role) == ("كريم ولد سالم", "الامين العام لحزب الوحدة الشعبية"), q
    text = (
        "أكدت رئيسة الجمعية فاطمة منت أحمد أمس أن الجمعية جاهزة. "
        'وقالت السيدة منت أحمد إن "الجمعية ستواصل عملها في كل الولايات".'
    )
    q = one(text, "الجمعية ستواصل")
    assert (q.speaker, q.role) == ("فاطمة منت أحمد", "رئيسة الجمعية"), q


def test_an_honorific_before_a_link_shared_by_two_persons_names_neither():
    # brothers share "ولد X": with two such met, the honorific names no one;
    # "الشيخ" before ولد is a first name
    text = (
        "أكد الوزير أحمد ولد سالم والنائب محمد ولد سالم أن الحكومة جاهزة. "
        'وقال السيد ولد سالم إن "الحزب سيخوض الانتخابات بقوائم كاملة".'
    )
    assert one(text, "الحزب سيخوض").speaker == "السيد ولد سالم"
    text = (
        "أعلن الوزير محمد ولد بايه أمس استقالته من الحكومة. "
        'وقال الشيخ ولد بايه إن "العائلة لم تكن على علم بالقرار".'
    )
    assert one(text, "العائلة لم").speaker == "الشيخ ولد بايه"


def test_tantamount_to_after_a_title_word_opens_a_predicate_no_name():
    # "وكل فريق بمثابة كتاب مفتوح": a title word (here a team, a player)
    # said to be something is no person named, so the verb with no subject
    # after it goes on with the speaker before
    text = (
        "قال كمال الدباغ المدير الفني لفريق الرجاء إن المباراة صعبة، "
        "وكل فريق بمثابة كتاب مفتوح للآخر.\n\n"
        'وأضاف في المؤتمر الصحفي: "الفريق جاهز لتحقيق الفوز في مباراة الغد".'
    )
    q = one(text, "الفريق جاهز")
    assert (q.speaker, q.role) == ("كمال الدباغ", "المدير الفني لفريق الرجاء"), q
    text = (
        "قال سمير الحلبي مدرب منتخب الشباب إن المنافسة قوية، وكل لاعب بمثابة مشروع نجم.\n\n"
        'وأضاف في المؤتمر الصحفي: "المنتخب جاهز لتحقيق الفوز في مباراة الغد".'
    )
    q = one(text, "المنتخب جاهز")
    assert (q.speaker, q.role) == ("سمير الحلبي", "مدرب منتخب الشباب"), q


def test_a_bare_title_before_the_name_and_a_post_after_it_are_both_the_role():
    # the first mention gives a bare title before the name and a post of
    # another head after it, outside speech: both, as where the name is a
    # cue's subject ("وقال السفير X مساعد …")
    text = (
        "وصل السفير كمال حسن الدباغ مساعد وزير الخارجية للشؤون العربية، أمس، إلى دمشق. "
        'وقال الدباغ "الاجتماع كان مثمرا وناجحا بكل المقاييس".'
    )
    q = one(text, "الاجتماع كان")
    assert q.role == "السفير، مساعد وزير الخارجية للشؤون العربية", q
    text = (
        "وصل اللواء كمال حسن الدباغ قائد المنطقة الشمالية، أمس، إلى الحدود. "
        'وقال الدباغ "الوضع تحت السيطرة الكاملة منذ الصباح".'
    )
    q = one(text, "الوضع تحت")
    assert q.role == "اللواء، قائد المنطقة الشمالية", q


def test_a_post_after_the_name_of_the_titles_head_or_anothers_is_not_added():
    text = (
        "وصل الرئيس كمال حسن الدباغ رئيس الحزب الوطني، أمس، إلى القاهرة. "
        'وقال الدباغ "الحزب جاهز للانتخابات المقبلة".'
    )
    assert one(text, "الحزب جاهز").role == "الرئيس"
    text = (
        "استقبل السفير كمال حسن الدباغ وزير الخارجية سمير الحلبي أمس. "
        'وقال الدباغ "الاجتماع كان مثمرا وناجحا بكل المقاييس".'
    )
    assert one(text, "الاجتماع كان").role == "السفير"
    # a post right after the name whose own holder follows in commas is the
    # verb's object, another's
    text = (
        "التقى المبعوث سمير الحلبي رئيس الحكومة، كمال حسن الدباغ، أمس. "
        'وقال الحلبي "الاجتماع كان مثمرا وناجحا".'
    )
    assert one(text, "الاجتماع كان").role == "المبعوث"


def test_an_indefinite_plural_after_the_posts_genitive_opens_the_verbs_object():
    # "X، رئيس مجلس … محاولات بعض الأعضاء، الحديث": the writer's comma
    # after the name, the post, then the verb's object up to the next comma
    text = (
        "رفض الدكتور سمير الحلبي، رئيس مجلس الشيوخ محاولات بعض الأعضاء، الحديث أثناء "
        'الجلسة، بقوله "يجب احترام النظام الداخلي للمجلس".'
    )
    assert one(text, "يجب احترام").role == "رئيس مجلس الشيوخ"
    text = (
        "انتقد كمال الدباغ، وزير الخارجية تصريحات بعض النواب، قائلا: "
        '"هذه التصريحات لا تخدم مصلحة البلاد".'
    )
    assert one(text, "هذه التصريحات").role == "وزير الخارجية"


def test_a_plural_in_at_inside_the_post_stays_in_it():
    for post in (
        "مستشار الرئيس عرفات للشؤون الأمنية",
        "رئيس الاتحاد العام لنقابات العمال",
        "مدير إدارة الدراسات والبحوث",
        "أستاذ العلوم السياسية بجامعات الخليج",
    ):
        text = f'وقال سمير الحلبي، {post}، إن "الوضع مستقر في كل المناطق".'
        assert one(text, "الوضع مستقر").role == post


def test_a_photo_caption_doubling_title_and_name_gives_no_role():
    # "المستشار X Y المستشار X Y تصوير": the caption repeats the title and
    # the name; the first name is no place of a post the honorific after it
    # opens, and the role is the post the text gives later
    text = (
        "المستشار كمال حسين الدباغ المستشار كمال حسين الدباغ تصوير : آخرون\n\n"
        "قاطع المستشار كمال حسين الدباغ، رئيس محكمة جنايات القاهرة، أمس، أحد المحامين.\n\n"
        'وقال الدباغ: "التزم بموضوع القضية ولا تخرج عنه أبدا".'
    )
    assert one(text, "التزم بموضوع").role == "رئيس محكمة جنايات القاهرة"
    text = (
        "اللواء سمير الحلبي اللواء سمير الحلبي تصوير : أرشيف\n\n"
        "وصل اللواء سمير الحلبي، قائد المنطقة الشمالية، أمس إلى الحدود.\n\n"
        'وقال الحلبي: "الوضع تحت السيطرة الكاملة منذ الصباح".'
    )
    assert one(text, "الوضع تحت").role == "قائد المنطقة الشمالية"


def test_the_judge_is_the_one_who_presides_the_court():
    # "القاضي" alone after "المستشار X، رئيس محكمة …،": the judge presiding
    # the court (the post in apposition is his role, not read again as a
    # person "جنايات القاهرة" with the post cut short)
    text = (
        "قاطع المستشار كمال حسين قطب، رئيس محكمة جنايات القاهرة، أمس، أحد المحامين "
        "عن المتهمين.\n\n"
        'وقال القاضي للدفاع: "التزم بموضوع القضية ولا تخرج عنه أبدا".'
    )
    q = one(text, "التزم بموضوع")
    assert (q.speaker, q.role) == ("كمال حسين قطب", "رئيس محكمة جنايات القاهرة"), q
    text = (
        "حضر المستشار كمال حسين الدباغ، رئيس محكمة الاستئناف، الجلسة أمس. "
        'وقال القاضي "الجلسة علنية للجميع".'
    )
    assert one(text, "الجلسة علنية").speaker == "كمال حسين الدباغ"
    # a post of no court: the judge is someone else
    text = (
        "حضر الوزير كمال حسين الدباغ، رئيس حزب الوحدة، الجلسة أمس. "
        'وقال القاضي "الجلسة علنية للجميع".'
    )
    assert one(text, "الجلسة علنية").speaker == "القاضي"
