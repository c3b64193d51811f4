"""Two holders of posts of the same head in one article (session of
2026-12-03): a post that names its holder's country (by nisba or by name)
is not the person named before with that post of another country.

Every article here is invented for the test; each positive test fails
without the rule it names.
"""

from tests.extraction.helpers import one

SAID = '"نشهد حوارا مثمرا مع الشركاء"'
FIRST = 'إن "الوضع مستقر".'


def test_post_of_another_country_is_not_the_holder_named_before():
    # "قال وزير الخارجية الأميركية X … وبدوره قال وزير الخارجية الكويتي":
    # the nisba (of either gender), or the country in construct, names
    # another country than the earlier holder's post: another person, told
    # by the post alone
    for first, verb, post in (
        ("قال وزير الخارجية الأميركية جون ميلر", "وبدوره قال", "وزير الخارجية الكويتي"),
        ("قال السفير الفرنسي بيار لوران", "في المقابل، قال", "السفير الألماني"),
        (
            "قالت المتحدثة باسم الخارجية الأمريكية سارة جونز",
            "وردت",
            "المتحدثة باسم الخارجية الروسية",
        ),
        ("قال وزير خارجية الكويت سالم العلي", "وقال", "وزير الخارجية الأمريكي"),
        ("قال السفير الأمريكي لدى الكويت جون ميلر", "وقال", "السفير الكويتي"),
        (
            "قال المتحدث باسم الحكومة المغربية كريم العلوي",
            "ورد",
            "المتحدث باسم الحكومة الجزائرية",
        ),
        ("قال ممثل المغرب لدى الأمم المتحدة عمر هلال", "ورد", "ممثل الجزائر"),
        ("قال الرئيس الأمريكي جو هاريس", "وقال", "الرئيس الروسي"),
        ("قال الملك الأردني عبد الله", "وقال", "الملك المغربي"),
        ("قال مستشار الأمن القومي الأمريكي جو هاريس", "وقال", "المستشار الألماني"),
        ("قال المبعوث الأمريكي إلى اليمن جو هاريس", "وقال", "المبعوث اليمني"),
        ("قال سفير الإمارات لدى واشنطن يوسف العتيبة", "وقال", "السفير الأمريكي"),
    ):
        q = one(f"{first} {FIRST} {verb} {post}: {SAID}.", "نشهد حوارا")
        assert (q.speaker, q.role) == (post, post), (first, post, q)


def test_post_of_the_same_country_or_bare_is_still_the_holder():
    # negatives: the same country (another spelling, the other gender, the
    # bare head with it), no country at all, or a coach whose post's nisba
    # is his team's: the person named before, as today
    for first, later, speaker in (
        ("قال وزير الخارجية الأمريكي جون ميلر", "وأضاف الوزير", "جون ميلر"),
        ("قال وزير الخارجية الأمريكي جون ميلر", "وأضاف وزير الخارجية الأميركية", "جون ميلر"),
        ("قال وزير الخارجية الأمريكي جون ميلر", "وأضاف الوزير الأمريكي", "جون ميلر"),
        ("قال وزير الخارجية الأمريكي جون ميلر", "وقال وزير الخارجية", "جون ميلر"),
        ("قال مدرب المنتخب المغربي هيرفي رونار", "وأضاف المدرب الفرنسي", "هيرفي رونار"),
        ("قال رئيس الوزراء الإسرائيلي دان كوهين", "وأضاف رئيس الوزراء", "دان كوهين"),
        ("قال السفير الأمريكي لدى الكويت جون ميلر", "وأضاف السفير الأمريكي", "جون ميلر"),
        ("قال سفير الإمارات لدى واشنطن يوسف العتيبة", "وقال السفير الإماراتي", "يوسف العتيبة"),
        ("قال وزير الخارجية السعودي فيصل العتيبي", "وأضاف وزير الخارجية السعودي", "فيصل العتيبي"),
        (
            "التقى وزير الخارجية المصري كريم فهمي نظيره الأردني سامر الخطيب، وقال فهمي",
            "وأضاف وزير الخارجية المصري",
            "كريم فهمي",
        ),
        (
            "استقبل وزير الخارجية الكويتي سالم العلي نظيره الأمريكي جون ميلر، وقال العلي",
            "وأضاف الوزير",
            "سالم العلي",
        ),
        # a counterpart named, but the later post is another office: the
        # post alone, not the counterpart
        (
            "استقبل رئيس الوزراء الكويتي سالم العلي نظيره الأمريكي جون ميلر، وقال العلي",
            "وقال وزير الخارجية الأمريكي",
            "وزير الخارجية الأمريكي",
        ),
    ):
        q = one(f"{first} {FIRST} {later}: {SAID}.", "نشهد حوارا")
        assert q.speaker == speaker, (first, later, q)
