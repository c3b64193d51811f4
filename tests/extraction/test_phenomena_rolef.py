"""Role form: the extent of the role read at a speaker's mention (too long,
too short, wrongly none), taken as general constructions of Arabic news
writing.

Every article here is written for the test, in sentences that are not in the
wired data files; each test fails without the rule it names.
"""

from tests.extraction.helpers import one, same_name


def test_a_long_relative_clause_after_a_womans_wahiya_description_ends_its_role():
    # "X، وهي أرملة من … عادت مع أطفالها … قبل …، تقول:": the clause her
    # past verb opens runs past any role's length; the description before
    # the verb is the role (no role at all before)
    text = (
        "في حي الكرامة، سلمى الجبوري، وهي معلمة من مدينة الموصل رجعت مع عائلتها "
        "الصغيرة إلى بيتها المهدم قبل شهرين، تقول: «لا ماء ولا كهرباء منذ وصلنا».\n"
    )
    q = one(text, "لا ماء ولا كهرباء")
    assert same_name(q.speaker, "سلمى الجبوري"), q
    assert q.role == "معلمة من مدينة الموصل", q


def test_a_long_relative_clause_after_a_womans_comma_description_ends_its_role():
    # "وتروي X، عاملة في الأربعينات من حي … شاركت في …:": the same clause
    # after an indefinite description set off by a comma (a noun that is no
    # title), which may say her age before where she is from
    text = (
        "وتروي خديجة، عاملة في الأربعينات من قرية العين الزرقاء شاركت في "
        "الاعتصام مع جاراتها الثلاث: «أغلقوا المصنع ولم يعوضنا أحد».\n"
    )
    q = one(text, "أغلقوا المصنع")
    assert same_name(q.speaker, "خديجة"), q
    assert q.role == "عاملة في الأربعينات من قرية العين الزرقاء", q


def test_a_short_clause_after_a_womans_description_stays_in_the_role():
    # "وهي أم لثلاثة أطفال نزحت قبل شهر من …،": a clause that ends within a
    # role's length, the comma after it, says who she is and stays (the
    # rule above is a fallback for what has no end in sight)
    text = (
        "وتقول منى الحاج، وهي أم لثلاثة أطفال نزحت قبل شهر من بلدة كتم، إن «المخيم لا يتسع لأحد».\n"
    )
    q = one(text, "المخيم لا يتسع")
    assert q.role == "أم لثلاثة أطفال نزحت قبل شهر من بلدة كتم", q


def test_a_place_name_in_taa_after_a_street_is_no_verb():
    # "موظفة في شارع طلعت حرب …": a word after a street's head is the
    # street's name, not her past verb; with no end in sight, no role
    text = (
        "وتقول سعاد، موظفة في شارع طلعت حرب منذ سنوات طويلة في وسط المدينة، إن «الإيجار تضاعف».\n"
    )
    q = one(text, "الإيجار تضاعف")
    assert q.role is None or "طلعت" in q.role, q


def test_a_rank_between_a_post_and_the_name_addresses_the_name():
    # "محافظ X اللواء Y", "المتحدث باسم … العميد Y": after a post read whole,
    # the rank right before the name is how he is addressed, as "الدكتور"
    # is; the post is the role, the name the speaker
    text = (
        'وقال قائد شرطة الولاية العقيد مراد الهاشمي إن "الطرق أغلقت بالكامل".\n\n'
        'وأوضح المتحدث باسم الدفاع المدني اللواء سامي العتيبي أن "فرق الإنقاذ '
        'انتشرت في كل الأحياء".\n'
    )
    q = one(text, "الطرق أغلقت")
    assert q.speaker == "مراد الهاشمي", q
    assert q.role == "قائد شرطة الولاية", q
    q = one(text, "فرق الإنقاذ")
    assert q.speaker == "سامي العتيبي", q
    assert q.role == "المتحدث باسم الدفاع المدني", q


def test_a_deputy_or_a_prince_between_a_post_and_the_name_addresses_the_name():
    # "رئيس لجنة … النائب X", "وزير النفط الأمير X": a title with the
    # article after the post, right before the name, the same
    text = (
        'وقالت رئيسة لجنة التربية النائبة هدى المطيري إن "المناهج تحتاج مراجعة '
        'شاملة".\n\n'
        'وأكد وزير النفط الأمير فيصل بن خالد أن "الإنتاج سيبقى عند مستواه".\n'
    )
    q = one(text, "المناهج تحتاج")
    assert q.speaker == "هدى المطيري", q
    assert q.role == "رئيسة لجنة التربية", q
    q = one(text, "الإنتاج سيبقى")
    assert q.speaker == "فيصل بن خالد", q
    assert q.role == "وزير النفط", q


def test_a_rank_alone_or_a_kings_name_of_a_body_stays():
    # "اللواء X": the rank is the only title, the role; "الأستاذ بجامعة الملك
    # X": the king's name names the university, the post goes on
    text = (
        'وقال اللواء سامي العتيبي إن "فرق الإنقاذ انتشرت في كل الأحياء".\n\n'
        'وقال النائب الأول لرئيس المجلس عادل الفارس إن "الجلسة تأجلت".\n'
    )
    q = one(text, "فرق الإنقاذ")
    assert q.role == "اللواء", q
    q = one(text, "الجلسة تأجلت")
    assert q.speaker == "عادل الفارس", q
    assert q.role == "النائب الأول لرئيس المجلس", q
    text = 'وقال مدير مستشفى الملك فهد الدكتور خالد العمري إن "الأسرة كلها محجوزة".\n'
    q = one(text, "الأسرة كلها")
    assert q.speaker == "خالد العمري", q
    assert q.role == "مدير مستشفى الملك فهد", q


def test_where_a_post_told_after_the_name_is_held_stays_in_the_role():
    # "X وكيل دائرة … في أبوظبي، أن", "X أستاذة … في جامعة …": في and the
    # place or the body of the post told after the name (no comma before
    # it) belong to the role, as they do in a post before the name
    text = (
        'وأوضح سالم راشد الكعبي مدير إدارة الموانئ في دبي، أن "الحركة عادت '
        'إلى طبيعتها".\n\n'
        'ورأت الدكتورة هند خليفة المري أستاذة علوم البحار في جامعة قطر أن "المرجان '
        'يتعافى ببطء".\n'
    )
    q = one(text, "الحركة عادت")
    assert q.speaker == "سالم راشد الكعبي", q
    assert q.role == "مدير إدارة الموانئ في دبي", q
    q = one(text, "المرجان")
    assert q.speaker == "هند خليفة المري", q
    assert q.role == "أستاذة علوم البحار في جامعة قطر", q


def test_a_time_or_an_occasion_after_a_post_told_after_the_name_is_no_place():
    # "X رئيس الجمعية في ختام الاجتماع إن", "في مؤتمر صحفي": when and where
    # the words were said, no place of the post
    text = (
        'وقال سالم راشد الكعبي رئيس الجمعية في ختام الاجتماع إن "الميزانية '
        'أقرت".\n\n'
        'وقال ناصر علي الهاملي مدير الشركة في مؤتمر صحفي إن "الأرباح تضاعفت".\n'
    )
    q = one(text, "الميزانية")
    assert q.role == "رئيس الجمعية", q
    q = one(text, "الأرباح")
    assert q.role == "مدير الشركة", q


def test_a_place_glued_to_ba_after_a_post_told_after_the_name_stays_in_the_role():
    # "X رئيسة جمعية … بمحافظة … إن", "X مدير … بولاية …:": بـ and the place
    # where the post told after the name is held, up to the phrase's end
    text = (
        'وقالت سعاد بنت حمد الحارثية رئيسة جمعية المزارعات بمحافظة ظفار إن "الموسم '
        'كان جيدا".\n\n'
        'وقال سالم بن خلفان الرواحي مدير دائرة البلديات بولاية صحار: "الطرق '
        'فتحت كلها".\n'
    )
    q = one(text, "الموسم")
    assert same_name(q.speaker, "سعاد بنت حمد الحارثية"), q
    assert q.role == "رئيسة جمعية المزارعات بمحافظة ظفار", q
    q = one(text, "الطرق")
    assert same_name(q.speaker, "سالم بن خلفان الرواحي"), q
    assert q.role == "مدير دائرة البلديات بولاية صحار", q


def test_a_person_met_glued_to_ba_after_a_post_is_no_place():
    # "X رئيس الجمعية بوزير …": a title after بـ is someone met, not where the
    # post is held; the role ends before it
    text = 'وقال سالم بن خلفان الرواحي رئيس الجمعية بعد لقائه بوزير الزراعة إن "الموسم كان جيدا".\n'
    q = one(text, "الموسم")
    assert q.role == "رئيس الجمعية", q


def test_a_long_relative_clause_after_a_womans_title_apposition_ends_its_role():
    # "X، بائعة في الأربعينات من … شاركت في … مع …:": the same fallback when
    # the description is a title (بائعة, ممرضة), whose apposition reads on
    # further; a short one stays whole
    text = (
        "وتروي خديجة، بائعة في الأربعينات من قرية العين الزرقاء شاركت في "
        "الاعتصام مع جاراتها الثلاث: «أغلقوا السوق ولم يعوضنا أحد».\n\n"
        "وتقول منى، ممرضة من حي الزهور: «المستوصف بلا دواء».\n"
    )
    q = one(text, "أغلقوا السوق")
    assert same_name(q.speaker, "خديجة"), q
    assert q.role == "بائعة في الأربعينات من قرية العين الزرقاء", q
    q = one(text, "المستوصف")
    assert q.role == "ممرضة من حي الزهور", q


def test_the_sport_of_a_post_told_after_the_name_stays_in_the_role():
    # "X رئيس … للاتحاد … لكرة القدم أن", "X مدرب المنتخب … لكرة السلة إن":
    # the sport with its definite genitive is the federation's or the team's,
    # no addressee glued to لـ ("X المحلل الاقتصادي لسكاي نيوز" still is)
    text = (
        'وأكد سامي الخطيب رئيس الاتحاد الأردني لكرة القدم أن "الدوري سيستأنف".\n\n'
        'وقال ماهر العلي مدرب المنتخب الوطني لكرة السلة إن "اللاعبين جاهزون".\n\n'
        'وقال توماس ريد المحلل الاقتصادي لسكاي نيوز إن "الأسواق هادئة".\n'
    )
    q = one(text, "الدوري سيستأنف")
    assert q.speaker == "سامي الخطيب", q
    assert q.role == "رئيس الاتحاد الأردني لكرة القدم", q
    q = one(text, "اللاعبين جاهزون")
    assert q.role == "مدرب المنتخب الوطني لكرة السلة", q
    q = one(text, "الأسواق هادئة")
    assert q.speaker == "توماس ريد", q
    assert q.role == "المحلل الاقتصادي", q
