"""Speaker-phrase phenomena found on real news excerpts (session rsubj).

Every article here is written for the test, with invented names and
sentences of its own; each test fails without the rule it names.
"""

from tests.extraction.helpers import one, same_name


def test_a_conjunction_and_a_verb_before_the_colon_go_on_with_the_speaker():
    # "وواصل: «…»", "وأكمل: «…»": one word with the conjunction glued is a
    # verb of going on with its subject elided, not a name heading the words
    text = (
        "وقال المدرب حسن الجابري في مؤتمر صحفي: “نحن سعداء بالفوز على الضيوف”.\n"
        "وواصل: “اللاعبون قدموا مباراة كبيرة رغم الإصابات”.\n"
        "وأكمل :”سنستعد للمباراة المقبلة بهدوء”.\n"
        "واستكمل: “الجمهور كان رائعا طوال اللقاء”.\n"
    )
    for words in ("اللاعبون قدموا", "سنستعد للمباراة", "الجمهور كان رائعا"):
        q = one(text, words)
        assert same_name(q.speaker, "حسن الجابري"), q


def test_a_conjunction_before_a_known_name_keeps_the_label():
    # "وسامر: «…»" after "سامر …" was introduced: the word names that person
    text = (
        "قال المدرب سامر الجابري: “نحن سعداء بالفوز”. "
        "وقال اللاعب حسن: “شكرا للجمهور”.\n"
        "وسامر: “الجمهور كان رائعا”.\n"
    )
    q = one(text, "الجمهور كان رائعا")
    assert q.speaker != "حسن", q
