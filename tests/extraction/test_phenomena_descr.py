"""A later definite description of a person named before (session of
2026-12-03): "وأضاف العاهل البحريني" after "ملك البحرين X", "وأضافت
الفنانة" after "الممثلة المغربية X", "وعلقت الأستاذة الجامعية" after "X،
أستاذة الحضارة بالجامعة …،" is that person, not the bare description;
when two persons fit, or a nisba names another country, the description
stays.

Every article here is invented for the test; each positive test fails
without the rule it names.
"""

from tests.extraction.helpers import one

SAID = '"الطريق ما زال طويلا أمامنا"'
FIRST = 'إن "المرحلة صعبة".'


def test_feminine_honorific_and_nisba_is_a_description():
    # "وعلقت الأستاذة الجامعية": a feminine nisba after a feminine
    # honorific agrees with it (a family name has none): a description, the
    # person named before with that post; with a name after it, the name
    for text, speaker, role in (
        (
            f"قالت سعاد المرزوقي، أستاذة القانون بالجامعة اللبنانية، {FIRST} "
            f"وعلقت الأستاذة الجامعية بالقول: {SAID}.",
            "سعاد المرزوقي",
            "أستاذة القانون بالجامعة اللبنانية",
        ),
        (f"قالت الأستاذة الجامعية ليلى الحمدي {FIRST[:-1]} وإن {SAID}.", "ليلى الحمدي", None),
        (f"قالت الأستاذة الجامعية إن {SAID}.", "الأستاذة الجامعية", None),
    ):
        q = one(text, "الطريق ما زال")
        assert q.speaker == speaker, (text, q)
        if role is not None:
            assert q.role == role, (text, q)


def test_honorific_before_a_family_name_is_still_a_name():
    # negatives: a masculine nisba or a name after the honorific
    for text, speaker in (
        (f"قال الأستاذ العلوي {FIRST[:-1]} وإن {SAID}.", "العلوي"),
        (f"قالت الأستاذة نائلة الحمدي {FIRST[:-1]} وإن {SAID}.", "نائلة الحمدي"),
    ):
        q = one(text, "الطريق ما زال")
        assert q.speaker == speaker, (text, q)
