"""Speed changes with the same output (speed36, seventh session of
2026-12-07): four regex passes over the whole text, each ~0.2-1.4 % of an
article of real-styled text, made cheaper.

- cables.iter_cable_refs, given the text's digit runs, matches CABLE_REF
  only where a run of two digits or more ends (a reference's year), not
  over the whole text (a pattern that opens on a lookbehind, tried at every
  character).
- dates.token_digit_runs tests a new word for a digit only when it is not
  all letters (str.isalpha in C first).
- engine._TITLE_SLASH opens on its slash, the letter before it looked
  behind from after it, so the regex engine skips to the slashes.
- sentences._commas_then_we: each comma's own pattern, opening on its
  literal, merged in order, for find_saying_after_comma's pass.

Each must give what the pattern or pass it stands for gave; the texts and
names are invented."""

import random
import re

from claims.extraction import extract
from claims.extraction.cables import CABLE_REF, _parts, iter_cable_refs
from claims.extraction.dates import _digit_runs
from claims.extraction.engine import _TITLE_SLASH
from claims.extraction.sentences import _COMMA_THEN_WE, _commas_then_we

# the pattern _TITLE_SLASH stands for (opening on its lookbehind)
_OLD_TITLE_SLASH = re.compile(
    r"(?<=[\u0621-\u064a])/"
    r"(ه(?=[ \t\u00a0]+[\u0621-\u064a]{2})|(?=[ \t\u00a0]*[\u0621-\u064a]{2}))"
)


def _all_cable_refs(folded):
    return [(m.start(), m.end(), r) for m in CABLE_REF.finditer(folded) if (r := _parts(m))]


def _spans(matches):
    return [(m.span(), m.groups()) for m in matches]


def _random_texts(alphabet, count, seed):
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 28))) for _ in range(count)]


def test_cable_refs_at_digit_runs_equal_the_whole_text_search() -> None:
    cases = [
        "09paris123",
        "10state4567 و07tunis89",
        "برقية 08-rabat-1234 و 2009 tunis 12",
        "a10state1",
        "10abc-34-defg-5",
        "x12paris1",
        "١٢paris3",
        "3٢paris3",
        "10 january 2010",
        "12sept1",
        "وثيقة 06baghdad12345 المسربة",
        "10state",
        "1010paris1",
    ]
    alphabet = [*"0123456789" * 3, *"abcdefgsx", *" -_/\n", "٣", "ب", "09paris", "state"]
    for text in cases + _random_texts(alphabet, 20000, 3601):
        assert list(iter_cable_refs(text, _digit_runs(text))) == _all_cable_refs(text), text


def test_cable_reference_still_read_and_near_misses() -> None:
    assert [r[2] for r in iter_cable_refs("برقية 09paris123 المسربة", [(6, 8), (13, 16)])] == [
        "09PARIS123"
    ]
    # (a longer number before the letters, a month: no reference)
    assert list(iter_cable_refs("عام 2009paris1", _digit_runs("عام 2009paris1"))) == []
    assert list(iter_cable_refs("10 january 2010", _digit_runs("10 january 2010"))) == []


def test_title_slash_equals_the_pattern_it_stands_for() -> None:
    cases = [
        "صرح اللواء/ سامر العبيدي",
        "السيد/سامر",
        "الأستاذ/ه ليلى",
        "الاستاذ/ه ليلي",
        "2/3 من الاعضاء",
        "و/ او",
        "/ سامر",
        "ب/ه",
    ]
    alphabet = [*"/ه بسا\t\u00a0x1"]
    for text in cases + _random_texts(alphabet, 20000, 3602):
        assert _spans(_TITLE_SLASH.finditer(text)) == _spans(_OLD_TITLE_SLASH.finditer(text)), text


def test_commas_then_we_equal_the_pattern_they_stand_for() -> None:
    cases = [
        "قال، نحن هنا، ولن نعود, لا ",
        "قال, لدينا ، علينا ",
        "1,000 لا ",
        "",
        "قال،  نحن هنا",
    ]
    alphabet = [*"،,وف x", "نحن ", "انا ", "لن ", "لم ", "لا ", "اننا ", "لدينا "]
    for text in cases + _random_texts(alphabet, 20000, 3603):
        assert _spans(_commas_then_we(text)) == _spans(_COMMA_THEN_WE.finditer(text)), text


def test_title_slash_still_read_before_a_name() -> None:
    got = extract("وصرح اللواء/ سامر العبيدي للصحفيين: «الوضع الأمني تحت السيطرة».\n")
    assert got and "سامر العبيدي" in got[0].speaker


def test_first_person_after_either_comma_still_a_quote() -> None:
    for comma in ("،", ","):
        text = f"وأضاف المدير سامر العبيدي{comma} لن نقبل بأي تأخير في صرف الرواتب.\n"
        got = extract(text)
        assert got and got[0].text.startswith("لن نقبل بأي تأخير"), comma


def test_numbers_and_mixed_words_still_dated() -> None:
    # (a new word with digits inside, "ال17", sends the text to the regex)
    got = extract("وقال الوزير سامر العبيدي في 12 مارس 2015 خلال القمة ال17: «لن نتراجع».\n")
    assert got and got[0].date == "2015-03-12"
