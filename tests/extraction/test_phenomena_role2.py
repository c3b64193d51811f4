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
