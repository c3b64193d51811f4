"""Review of the seventh session of 2026-12-04 (rev11).

words._thing_in_commas (kw11a) took any word of _OBJECT_THINGS for a
thing, bare ones too, before its guards for a bare noun ran: a bare noun
is a thing only in construct with a definite genitive, and never when it
is also a verb ("وضع", _THINGS_ALSO_OTHER). So a clause after a comma
opening with the verb "وضع" ("، وضع الوزير X خطة جديدة، قائلا") was read
as the object of the verb before it, and the speaker came from the
sentence's first clause or its fronted adverbial.

Every sentence here is invented. The positive tests fail before the fix;
the negative one holds the near miss where the rule must still fire.
"""

import pytest

from tests.extraction.helpers import one


@pytest.mark.parametrize(
    "text",
    [
        # the verb opens the second clause, after a fronted adverbial
        "انتقد النائب سامي العلي الحكومة، وفي المساء، وضع الوزير كمال النجار "
        "خطة جديدة، قائلا إن «الإصلاح ضروري».",
        # right after the first clause's comma
        "انتقد النائب سامي العلي الحكومة، وضع الوزير كمال النجار خطة جديدة، "
        "قائلا إن «الإصلاح ضروري».",
    ],
)
def test_the_verb_wada_opening_a_clause_is_no_thing_in_commas(text):
    q = one(text, "الإصلاح ضروري")
    assert (q.speaker, q.role) == ("كمال النجار", "الوزير"), q


def test_a_bare_thing_in_construct_is_still_the_object():
    # near miss: a bare budget in construct after the subject's commas is
    # the object of the verb before, no clause of its own
    q = one(
        "وهاجم النائب كمال النجار، في جلسة الأمس، مشروع الموازنة، مؤكدا أن «الأرقام غير واقعية».",
        "الأرقام غير",
    )
    assert (q.speaker, q.role) == ("كمال النجار", "النائب"), q
