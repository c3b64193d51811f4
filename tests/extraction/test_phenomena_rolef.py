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
