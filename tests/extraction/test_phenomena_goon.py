"""A verb that goes on (وأضاف، وتابع، وأردف، وختم …) after other people are
mentioned: it continues the last speaker, the subject of the last verb of
saying, agreeing in gender and number.

Every article here is written for the test, in invented sentences; each
test fails without the rule it names.
"""

from tests.extraction.helpers import one, same_name

_FIRST = "وقال الوزير سامر الحلبي «الوضع الأمني مستقر تماما». "
_LAST = " «لن نسكت عن هذه التجاوزات أبدا».\n"


def test_a_statement_told_before_a_verb_with_no_subject_goes_on():
    # a new speaker told without marks, then a sentence opening with a
    # verb of saying with no subject of its own (his statement goes on) or
    # telling no statement, then the verb that goes on: the new speaker
    # speaks, not the last quote's
    for between in (
        "وأشار إلى أن الفساد منتشر في كل مكان.",
        "ويعد النمر من أبرز وجوه المعارضة في البرلمان.",
        "وأوضح أن الفساد منتشر. ولفت إلى أن الرقابة غائبة.",
    ):
        text = (
            _FIRST
            + "من جهته، قال النائب فادي النمر إن الحكومة تخفي الحقائق. "
            + between
            + " وأضاف"
            + _LAST
        )
        q = one(text, "لن نسكت")
        assert q.speaker == "فادي النمر", (between, q)
    text = (
        "وقالت الوزيرة سلمى حداد «الوضع الأمني مستقر تماما».\n"
        "في المقابل، اعتبرت النائبة هدى النمر أن الحكومة تخفي الحقائق. "
        "وأشارت إلى أن الفساد منتشر في كل مكان. وتابعت «لن نسكت عن هذا أبدا».\n"
    )
    q = one(text, "لن نسكت")
    assert q.speaker == "هدى النمر", q
    # not a verb of saying inside the reported words of the sentence
    # between ("وأوضح أن الرئيس Y قال له …"): its subject is what the
    # speaker talks about; the last quote's speaker goes on
    text = (
        _FIRST
        + "وأوضح أن الرئيس فادي النمر قال له إن الحكومة لن تتراجع. "
        + "وأشار إلى أن الفساد منتشر في كل مكان. وأضاف"
        + _LAST
    )
    q = one(text, "لن نسكت")
    assert q.speaker == "سامر الحلبي", q
    # not a man's statement before a woman who speaks on (no agreement)
    text = (
        "وقالت الوزيرة سلمى حداد «الوضع الأمني مستقر تماما». "
        "وقال النائب فادي النمر إن الحكومة تخفي الحقائق. "
        "وأشار إلى أن الفساد منتشر في كل مكان. وأضافت «لن نسكت عن هذا أبدا».\n"
    )
    q = one(text, "لن نسكت")
    assert q.speaker == "سلمى حداد", q
    # not past a sentence whose verb has a titled subject of its own that a
    # later verb of its clause goes on with ("وهاجم النائب Z الحكومة،
    # واعتبرها"): the story turned to Z
    text = (
        _FIRST
        + "وقال المعارض فادي النمر إن الحكومة تخفي الحقائق. "
        + "وهاجم النائب هادي سليم الحكومة في الجلسة، واعتبرها عاجزة. وأضاف"
        + _LAST
    )
    q = one(text, "لن نسكت")
    assert same_name(q.speaker, "هادي سليم"), q


def test_a_verb_of_saying_joined_by_fa_shares_its_clause_subject():
    # "وهاجم النائب X رئيس الحكومة Y، فقال": ف joins the verb of saying to
    # the clause before it as و does; its subject is that clause's, not the
    # object or the name after a preposition met last
    text = "وهاجم النائب فادي النمر رئيس الحكومة سامر الحلبي، فقال" + _LAST
    q = one(text, "لن نسكت")
    assert q.speaker == "فادي النمر", q
    text = "وتحدث النائب فادي النمر عن رئيس الحكومة سامر الحلبي، فقال" + _LAST
    q = one(text, "لن نسكت")
    assert q.speaker == "فادي النمر", q
    # not after a question: the one asked answers ("سأله X عن …، فأجاب")
    first = "قال الوزير سامر الحلبي إن «الحكومة باقية حتى نهاية ولايتها».\n"
    for asked in (
        "وسأله الصحفي سامي علي عن الانتخابات المقبلة، فقال",
        "وفي برنامج تلفزيوني، سأله المذيع سامي علي عن الانتخابات المقبلة، فأجاب",
    ):
        q = one(first + asked + _LAST, "لن نسكت")
        assert q.speaker == "سامر الحلبي", (asked, q)


def test_a_statement_relayed_before_a_verb_that_goes_on_is_its_sources():
    # "ونقلت الوكالة عن النائب Y قوله إن …. وأضاف «…»": the relayed source
    # told his statement since the last quote, and he goes on (not the
    # agency that relays him, nor the last quote's speaker)
    text = (
        _FIRST
        + "ونقلت وكالة الأنباء عن النائب فادي النمر قوله إن الحكومة تخفي الحقائق. وأضاف"
        + _LAST
    )
    q = one(text, "لن نسكت")
    assert q.speaker == "فادي النمر", q
    text = (
        "وقالت الوزيرة سلمى حداد «الوضع الأمني مستقر تماما». "
        "ونقلت الوكالة عن النائبة هدى النمر قولها إن الحكومة تخفي الحقائق. وأضافت" + _LAST
    )
    q = one(text, "لن نسكت")
    assert q.speaker == "هدى النمر", q
    # not when the verb does not agree with the source: a woman quoted
    # before goes on, and so does the cable that relays a man
    text = (
        "وقالت الوزيرة سلمى حداد «الوضع الأمني مستقر تماما». "
        "ونقلت الوكالة عن النائب فادي النمر قوله إن الحكومة تخفي الحقائق. وأضافت" + _LAST
    )
    q = one(text, "لن نسكت")
    assert q.speaker == "سلمى حداد", q
    text = (
        "وقال السفير جون سميث «الوضع مقلق». "
        "ونقلت البرقية عن الوزير سامر الحلبي قوله إن الحكومة قلقة. وأضافت" + _LAST
    )
    q = one(text, "لن نسكت")
    assert q.speaker == "البرقية", q
