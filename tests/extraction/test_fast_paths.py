"""The engine's fast paths give what the plain code they replace gives.

Each speed-up that replaces a simple formulation (a regex with a category, a
scan, a lookup) by a quicker one is checked here against the simple one, on
hand-picked edge cases and on arbitrary text.
"""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from claims.extraction.dates import _digit_runs

_DIGITS = re.compile(r"\d+")


def _spans(rx, text):
    return [m.span() for m in rx.finditer(text)]


def test_digit_runs_are_those_of_backslash_d():
    for text in [
        "",
        "لا أرقام هنا",
        "في 12 مارس 2010",
        "١٢ و۳٤ و１２ و४२",  # Arabic-Indic, Persian, fullwidth, Devanagari
        "𝟏𝟐 2010",  # mathematical digits, beyond the BMP
        "2010𝟏𝟐 x 😀 7",  # a BMP run then an astral one; an astral non-digit
    ]:
        assert _digit_runs(text) == _spans(_DIGITS, text), text


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.one_of(
            st.characters(whitelist_categories=("Nd",)),  # digits of every script
            st.characters(blacklist_categories=("Cs",)),
        ),
        max_size=60,
    )
)
def test_digit_runs_on_any_text(text):
    assert _digit_runs(text) == _spans(_DIGITS, text)


def test_date_first_letters_only_filter():
    """The lookahead on a date's first letters is a necessary condition: the
    pattern without it finds the same matches."""
    from claims.extraction import dates
    from claims.extraction.normalize import normalize

    plain = re.compile(dates._DATE.pattern.replace(f"(?={dates._FIRST})", "", 1), dates._DATE.flags)
    assert plain.pattern != dates._DATE.pattern
    words = [*dates.MONTHS, *dates._YEAR_TRIGGERS.split("|"), "الوضع", "قال", "عامل", "في"]
    pieces = [*words, " ", " ", "، ", "/", "(", ")", "2010", "16", "3", "من ", "\n", "x"]
    import random

    rng = random.Random(3)
    for _ in range(3000):
        text = normalize("".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))))
        expected = [(m.span(), m.groupdict()) for m in plain.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in dates._DATE.finditer(text)] == expected


def test_dates_tried_at_token_starts_as_everywhere():
    """find_dates given the offsets of the tokens may_start_date() accepts
    (the engine's) tries its regex there only, and finds what the regex run
    over every position of the windows finds."""
    import random
    from itertools import accumulate

    from claims.extraction import dates
    from claims.extraction.normalize import normalize
    from claims.extraction.words import _TOKEN, _TOKEN_SPLIT

    word_run = re.compile(_TOKEN.pattern.split("|")[0])
    for w in dates._FIRST_WORDS:  # (may_start_date reads them in one token)
        assert len(w) >= 2 and word_run.fullmatch(w), w

    def token_starts(text):
        parts = _TOKEN_SPLIT.split(text)
        acc = list(accumulate(map(len, parts)))
        return [a for a, t in zip(acc[0:-1:2], parts[1::2], strict=True) if dates.may_start_date(t)]

    def engine_starts(text):
        # (the engine's: a trigger only before a token that opens a date or
        # another trigger, and that opens with a year or a year word)
        parts = _TOKEN_SPLIT.split(text)
        acc = list(accumulate(map(len, parts)))
        toks = parts[1::2]
        opens = [dates.opens_date(t) for t in toks] + [False]
        trigger = [t in dates.TRIGGERS for t in toks] + [False]
        year = [t.startswith(dates.YEAR_LEADS) for t in toks] + [False]
        return [
            a
            for k, a in enumerate(acc[0:-1:2])
            if opens[k] or (trigger[k] and (opens[k + 1] or trigger[k + 1]) and year[k + 1])
        ]

    def check(text):
        runs = dates._digit_runs(text)
        expected = [(m.span(), m.groupdict()) for m in dates._matches(text, runs)]
        for starts in (token_starts(text), engine_starts(text)):
            got = [(m.span(), m.groupdict()) for m in dates._matches(text, runs, starts)]
            assert got == expected, text
            assert dates.find_dates(text, starts=starts) == dates.find_dates(text)

    for text in [
        "في 5 آب الجاري)3 آذار 2009",
        "شباط (فبراير)2010 و(آذار) 2011",
        "(2009)2010 بـ19 أغشت 2008 ب١٢ مارس ٢٠٠٩ ل2009",
        "عام2009 والعام2010 في تشرين الأول من العام نفسه",
        "x2009 _2009 2009_ ـ2009 16/02/2010 2010-02-16 12 / 8 / 1445هـ",
    ]:
        check(normalize(text))
    words = [*dates.MONTHS, *dates._YEAR_TRIGGERS.split("|"), *dates.ORDINALS, "الوضع", "قال"]
    # (words that open with a date's first letters or words, and are none)
    words += ["الساحل", "السادسه", "ابو", "مارست", "فيه", "اخري", "عامل", "ي", "و", "فاتح"]
    pieces = [*words, " ", " ", "، ", "/", "(", ")", "2010", "16", "٣", "١٢", "ب", "ل", "من ", "\n"]
    rng = random.Random(5)
    for _ in range(20000):
        check(normalize("".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))))


def test_engine_date_starts_are_the_tokens_rule():
    """The constructor's bits give the tokens engine_starts (above) reads:
    those that open a date, and the triggers before one or another trigger
    that opens with a year or a year word (dates.YEAR_LEADS); the three
    lists that share two bits share no word."""
    from claims.extraction import dates, words
    from claims.extraction.engine import _Extractor

    assert not words._SAME & words._OCCASION_WORDS
    assert not (words._SAME | words._OCCASION_WORDS) & dates.TRIGGERS
    # the tokens that start a date, by their place (the texts' tokens, folded)
    for text, want in [
        (
            # قال(0) في(1) 2009 وفي العام 2010 في(6) الساحل منذ(8) عامين
            # عام2011(10) نهايه 2012 في(13): not في before الساحل, منذ
            # before عامين (a year word's letters, no trigger), nor the last في
            "قال في 2009 وفي العام 2010 في الساحل منذ عامين عام2011 نهاية 2012 في",
            [1, 2, 3, 4, 5, 10, 11, 12],
        ),
        (
            # في(0) 16 مارس وفي(3) نهايه 2009 في العام2010 خلال سنه 2011 قبل
            # 2012 منذ 1999 في السنه(16): not في before a day, nor وفي before
            # a trigger with no year after it, nor the last السنه
            "في 16 مارس وفي نهاية 2009 في العام2010 خلال سنه 2011 قبل 2٠12 منذ ١٩٩٩ في السنه",
            [1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
        ),
    ]:
        ex = _Extractor(text)
        toks = ex.doc.toks
        got = [k for k, bit in enumerate(ex._date_starts()) if bit]
        assert got == want and len(want) < sum(map(dates.may_start_date, toks)), (text, got)


def test_cable_refs_with_digit_runs_as_without():
    """The engine passes the digit runs it has to skip the scan for Latin
    letters; the references found are the same."""
    import random

    from claims.extraction.cables import iter_cable_refs
    from claims.extraction.normalize import normalize

    pieces = ["10", "2", "١٠", "paris", "PARIS", "x", " ", "-", "_", "/", "191", "قال", "\n", "𝟏"]
    rng = random.Random(11)
    for _ in range(5000):
        text = normalize("".join(rng.choice(pieces) for _ in range(rng.randint(0, 10))))
        runs = _digit_runs(text)
        assert list(iter_cable_refs(text, runs)) == list(iter_cable_refs(text)), text


def test_fold_with_offsets_fast_path():
    """Only the frequent one-to-one folds: the offsets are the identity; a
    deleted or expanded character still gets its map."""
    from claims.extraction.normalize import _RESHAPING, fold_with_offsets

    for text in ["قالت الوزيرة إن «الأمر»", "ABC أإآ", "الوزيرُ", "ﻻ شيء", "a\u200fb", ""]:
        folded, offsets = fold_with_offsets(text)
        identity = len(folded) == len(text) and not _RESHAPING.search(text)
        assert (offsets is None) == identity, text


def test_per_word_tables_do_not_leak_between_documents():
    """The per-word tables outlive a document (words recur across articles);
    they hold pure functions of a word, so extracting A, then B, then A again
    gives A's first result, also when a table fills up and is emptied."""
    import importlib
    import pkgutil
    from pathlib import Path

    import claims.extraction as package
    from claims.extraction import extract
    from claims.extraction.words import _WordTable

    data = Path(__file__).parent / "data"
    a = (data / "afp_wire.txt").read_text(encoding="utf-8")
    b = (data / "lebanon_pol.txt").read_text(encoding="utf-8")
    # every module's, not only words.py's, so that a table made elsewhere is
    # not missed (a table bound in several modules counts once)
    modules = [
        importlib.import_module(f"{package.__name__}.{m.name}")
        for m in pkgutil.iter_modules(package.__path__)
    ]
    tables = list(
        {id(v): v for m in modules for v in vars(m).values() if isinstance(v, _WordTable)}.values()
    )
    assert tables
    for table in tables:
        table.clear()
    first = extract(a)
    assert first
    extract(b)
    assert extract(a) == first
    limits = [table.limit for table in tables]
    try:
        for table in tables:
            table.limit = 8  # emptied many times within one document
        assert extract(a) == first
        extract(b)
        assert extract(a) == first
    finally:
        for table, limit in zip(tables, limits, strict=True):
            table.limit = limit


def _table_words():
    """Every lexicon word, with and without the article and the prefixes the
    engine strips, some suffixed forms, and a few odd tokens."""
    from claims.extraction import lexicon as lx

    base = set()
    for value in vars(lx).values():
        if isinstance(value, (set, frozenset, dict)):
            base.update(w for w in value if isinstance(w, str) and w)
    words = {"ال", "ا", "ه", "x", "12", "«", "(", "الله", "نظيره", "مستشارها", "نظيرتهم"}
    for w in base:
        stem = w[2:] if w.startswith("ال") else w
        for form in (w, stem, "ال" + stem):
            words.add(form)
            for p in ("و", "ف", "ب", "ل", "لل", "وال", "بال"):
                words.add(p + form)
            for s in ("ه", "ها", "هم", "ا", "ين", "ون"):
                words.add(form + s)
    return sorted(words)


def test_title_head_table_is_the_plain_test():
    from claims.extraction import engine
    from claims.extraction import lexicon as lx

    def plain(word):
        hbase = word[2:] if word.startswith("ال") else None
        return bool(
            word in lx.TITLES or (hbase and hbase in lx.TITLES) or engine._suffixed_title(word)
        )

    for word in _table_words():
        assert engine._IS_TITLE_HEAD[word] == plain(word), word


def test_name_flags_title_bit_is_the_plain_test():
    from claims.extraction import engine
    from claims.extraction import lexicon as lx

    for w in _table_words():
        wb = w[2:] if w.startswith("ال") else w
        assert bool(engine._NAME_FLAGS[w] & 16) == (w in lx.TITLES or wb in lx.TITLES), w


def test_np_read_table_flags_every_word_scan_np_tests_closely():
    """scan_np() skips the tests it makes on a word before reading it on
    when _NP_READ has no 8 for the word: each test's condition on the word
    alone then fails; it ends the phrase at once on a 16."""
    from claims.extraction import lexicon as lx
    from claims.extraction import phrases as p
    from claims.extraction import words as w

    for t in [*_table_words(), "يتحدث", "تستعرض", "تحدثت", "بما", "وأعضاء", "مؤتمرا"]:
        tests = [
            t in lx.TITLES and t[:2] != "ال",
            t[-1] == "ا" and len(t) > 3 and t[:2] != "ال" and t[-2:] != "يا",
            t[0] in "يت" and len(t) >= 4 and w._present_verb(t),
            t[0] in "يت" and len(t) >= 5 and (t[1] == "ت" or t[1:3] == "ست"),
            t in w._GLUED_MA,
            (t[0] == "و" or t in w._ADDING) and w._joins_others(t),
            t[0] == "ت" and len(t) >= 4,
        ]
        value = p._NP_READ[t]
        assert value & 7 == w._NP_KIND[t], t
        if not value & 8:
            assert not any(tests), t
        # a stop word on which every path of the loop breaks
        assert bool(value & 16) == (
            (
                t in lx.NP_STOP
                and t not in p._READ_ON_STOPS
                and t.isalnum()
                and not t.isdigit()
                and t not in w._WITHHELD_NAME
                and t not in ("ل", "ب")
                and not t.startswith("لل")
            )
            # ("ليؤكد": a verb of saying glued to لـ of purpose)
            or (w._NP_KIND[t] == 0 and p._purpose_saying(t))
        ), t


def test_role_reads_on_table_flags_every_word_the_role_scan_stops_at():
    """scan_np() reads a role after a comma on past a word outside marks and
    dates when _ROLE_READS_ON has it, without its tests: each of them then
    fails for the word, wherever it is in the role."""
    from claims.extraction import lexicon as lx
    from claims.extraction import phrases as p
    from claims.extraction import words as w
    from claims.extraction.quotes import QUOTE_MARKS

    for t in [*_table_words(), "وأعضاء", "قوله", "عن", "علي", "وهو", "ووزير", "قال"]:
        if not p._ROLE_READS_ON[t]:
            continue
        assert t.isalnum() and t not in QUOTE_MARKS, t
        assert t not in w._THAT and t not in p._ROLE_ENDS and t not in w._HE_SHE, t
        assert w._cue_of(t) is None and not p._JOINS_OTHERS[t], t
        assert t not in {"عن", "الي", "علي"}, t
        assert not (t[:1] == "و" and t[1:] in lx.TITLES), t


def test_np_first_table_is_scan_np_first_word_tests():
    from claims.extraction import phrases as p
    from claims.extraction import words as w
    from claims.extraction.quotes import QUOTE_MARKS

    for t in [*_table_words(), "بعدم", "متسائلا", "«", "للصحفيين", "ل"]:
        plain = [
            t[:1] == "ل",
            t in w._CUE_WORDS,
            t in w._BY_NOT or t in p._ATTENTION or t in w._TOLD_MASDARS,
            t in QUOTE_MARKS,
            t in w._DOCUMENT_HEAD_BASES,
        ]
        assert [bool(p._NP_FIRST[t] & (1 << k)) for k in range(5)] == plain, t


def test_cue_info_table_is_what_cue_at_read_from_the_token():
    """cue_at() reads a token's cue, its special, impersonal and
    prepositional cues from _CUE_INFO; the plain lookups give the same."""
    from claims.extraction import engine
    from claims.extraction import lexicon as lx
    from claims.extraction import words as _words

    words = _table_words() + sorted(engine._MAY_CUE)
    for tok in words:
        info = engine._CUE_INFO[tok]
        if tok not in engine._MAY_CUE:
            assert info is None, tok
            continue
        base = tok[1:] if len(tok) > 3 and tok[0] in "وف" else tok
        cue = engine._cue_of(tok)
        # (the prepositional cues, info[4], are checked by what they give
        # below, not by the expression that computes them)
        assert info[:4] + info[5:] == (
            cue,
            cue is None and base == "عبر",
            engine._SPECIAL_CUES.get(tok),
            lx.IMPERSONAL_CUES.get(base),
            cue is not None
            and tok not in _words._BAYNA
            and cue.lemma != "تابع"
            and cue.kind not in (lx.PARTICIPLE, lx.RELAY),
        ), tok


def test_cue_info_prepositional_cues_of_a_word_with_its_own_waw():
    """The prepositional cues a token opens: "وفقا ل" and "وطبقا ل" open
    with a و of their own (not "فقا" with و glued; dev19s), read as such
    bare and after a glued و or ف; "بحسب" bare or with و/ف glued; none for
    a word that opens none."""
    from claims.extraction import engine

    according = [("وفقا", "ل")]
    by = [("بحسب", "ما", "قال"), ("بحسب", "ما", "ذكر"), ("بحسب",)]
    for tok, want in (
        ("وفقا", according),
        ("ووفقا", according),
        ("فوفقا", according),
        ("طبقا", [("طبقا", "ل")]),
        ("وطبقا", [("طبقا", "ل")]),
        ("بحسب", by),
        ("وبحسب", by),
        ("فبحسب", by),
        ("قال", []),
    ):
        info = engine._CUE_INFO[tok]
        assert info is not None and sorted(info[4]) == sorted(want), (tok, info)


def test_head_tests_table_is_classify_plain_tests():
    from claims.extraction import engine as e
    from claims.extraction import lexicon as lx
    from claims.extraction import words as _words

    for head in _table_words():
        if not head:
            continue
        plain = [
            head in e._STATEMENT_NOUNS,
            head in lx.PRONOUN_NOUNS,
            head in e._NOT_A_SUBJECT_START
            or head in _words._NOT_A_SUBJECT_START_CONJ
            or head in _words._NEVER_SUBJECT_HEADS
            or (
                head[0] == "ل"
                and len(head) >= 5
                and head.endswith(e._POSSESSIVE)
                and head not in lx.TITLES
            ),
            head in e._NOT_A_SUBJECT_START,
            head in lx.DOCUMENT_HEADS,
            head in lx.QUANTIFIERS,
            head in lx.ORGANIZATION_HEADS
            or head in e._COUNTRIES
            or head in lx.OUTLET_HEADS
            or head in _words._CENTRES
            or head in _words._CLUBS_AND_UNITS,
            bool(e._NISBA_PLURAL.match(head))
            or (
                head.startswith("ال")
                and head[2:] in lx.ANONYMOUS_HEADS
                and head.endswith(("ون", "ين"))
            )
            or (len(head) >= 8 and head.startswith("الم") and head.endswith("ون")),
            head.startswith("ال") and head[2:] in e._ANAPHORIC_HEADS,
            head in lx.ANONYMOUS_HEADS and head not in lx.TITLES,
        ]
        mask = e._HEAD_TESTS[head]
        assert [bool(mask & (1 << k)) for k in range(10)] == plain, head


def test_quotes_built_through_the_mutable_twin_are_extracted_quotes():
    """run() builds each quote as a _QuoteBuilder and then gives it
    ExtractedQuote's class: the result is an ordinary, frozen ExtractedQuote,
    equal to one made by the constructor, and it pickles and converts."""
    import dataclasses
    import pickle

    import pytest

    from claims.extraction import ExtractedQuote, engine, extract
    from tests.extraction.articles import TUNISIAN

    assert engine._QuoteBuilder.__slots__ == ExtractedQuote.__slots__
    assert [(f.name, f.default) for f in dataclasses.fields(engine._QuoteBuilder)] == [
        (f.name, f.default) for f in dataclasses.fields(ExtractedQuote)
    ]
    quotes = extract(TUNISIAN)
    assert quotes
    for q in quotes:
        assert type(q) is ExtractedQuote
        plain = ExtractedQuote(**q.as_dict())
        assert q == plain and hash(q) == hash(plain) and repr(q) == repr(plain)
        assert pickle.loads(pickle.dumps(q)) == q  # noqa: S301 (our own bytes)
        with pytest.raises(dataclasses.FrozenInstanceError):
            q.text = ""  # type: ignore[misc]


def test_date_mentions_built_through_the_mutable_twin_are_date_mentions():
    import dataclasses

    import pytest

    from claims.extraction import dates
    from claims.extraction.normalize import normalize

    assert dates._MentionBuilder.__slots__ == dates.DateMention.__slots__
    found = dates.find_dates(normalize("قال في 16 فبراير 2010 ثم منذ 2009 وفي 12/3/2011"))
    assert len(found) == 3
    for d in found:
        assert type(d) is dates.DateMention
        plain = dates.DateMention(*dataclasses.astuple(d))
        assert d == plain and hash(d) == hash(plain) and repr(d) == repr(plain)
        with pytest.raises(dataclasses.FrozenInstanceError):
            d.iso = None  # type: ignore[misc]


def test_prepositional_cues_made_once_are_the_cues_made_per_hit():
    from claims.extraction import engine
    from claims.extraction import lexicon as lx

    for words, lemma in lx.PREPOSITION_CUES.items():
        assert engine._PREP_CUE[words] == lx.Cue(lemma, lx.PREPOSITION)
    for stem in ("تعبير", "قول"):
        assert engine._PREP_CUE[stem] == lx.Cue("على حد " + stem, lx.PREPOSITION)


def test_only_the_space_is_printable_whitespace():
    """dates._matches finds a word's start with rfind(" ") and tells that no
    other whitespace stands between by str.isprintable()."""
    import sys

    spaces = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]
    assert [ch for ch in spaces if ch.isprintable()] == [" "]


def test_plain_pairs_are_what_the_pass_over_the_marks_finds():
    """find_marked_quotes takes the quotes of marks that pair off plainly
    from _plain_pairs (a table lookup per mark); the pass over the marks
    finds the same quotes and leaves the same marks loose, with the tie
    breaks, nested and unbalanced marks and line breaks of any text."""
    import random

    from claims.extraction import quotes

    def both(text):
        loose = []
        fast = quotes.find_marked_quotes(text, loose)
        marks = quotes._mark_positions(text)
        saved = quotes._plain_pairs
        quotes._plain_pairs = lambda text, marks: None
        try:
            plain_loose = []
            plain = quotes.find_marked_quotes(text, plain_loose)
        finally:
            quotes._plain_pairs = saved
        assert (fast, loose) == (plain, plain_loose), text
        return quotes._plain_pairs(text, marks) is not None

    for text in [
        'قال «الوضع صعب» و"نعم"\n\nوأضاف: “لا”.',
        'وقالت إن"الوضع" ثم بان"نعم" ولـ"الحركة" وب"ها"',  # (أنّ and clitics glued)
        '«قال «X» لنا»، "غير مغلق\n"ثم',
        "d’Ivoire ‘نعم’ ’لا‘",
        '"',
        "",
    ]:
        both(text)
    words = ["قال", "ان", "بان", "وان", "ب", "ل", "وب", "الوضع", "الف", "x", "2009", "d’Ivoire"]
    words.append("ن")
    pairs = [('"', '"'), ("«", "»"), ("“", "”"), ("»", "«"), ("‘", "’"), ("„", "“"), ("«", '"')]
    seps = [" ", " ", "\n", "\n\n", "، ", ". ", ": ", " (", ") ", "-", ""]
    rng = random.Random(13)
    plain = 0
    for _ in range(5000):
        parts = []
        for _ in range(rng.randint(0, 8)):
            parts += [rng.choice(words), rng.choice(seps)]
            if rng.random() < 0.5:
                o, c = rng.choice(pairs)
                inner = " ".join(rng.choice(words) for _ in range(rng.randint(0, 3)))
                if rng.random() < 0.2:
                    inner += rng.choice(["\n", " ", "«x»", '"y"'])
                parts += [o + inner + c, rng.choice(seps)]
        plain += both("".join(parts))
    assert plain > 500  # (the fast path is taken)


def test_after_relative_is_the_preceding_word_test():
    """find_dates tells a date that a relative word introduces from the two
    letters before its space when it can (_after_relative)."""
    import random

    from claims.extraction import dates

    words = [*dates._RELATIVE, "في", "عام", "قبلها", "ب", "x", "(", "،"]
    rng = random.Random(17)
    for _ in range(20000):
        pieces = [rng.choice(words) for _ in range(rng.randint(0, 4))]
        text = " ".join(pieces) + rng.choice([" ", "  ", "", "\n ", "("]) + "12"
        start = len(text) - 2
        expected = dates._preceding_word(text, start) in dates._RELATIVE
        assert dates._after_relative(text, start) == expected, text


def test_glued_date_fast_reject_is_the_loop_over_heads():
    """_glued_date rejects a word that opens with none of its heads in one
    test; what it says of every word is what the loops over the heads say."""
    import random

    from claims.extraction import dates

    def plain(tok):
        for head in dates._GLUED_MONTHS:
            if tok.startswith(head):
                rest = tok[len(head) :]
                if not rest or rest[0].isdecimal() or rest.startswith(dates._YEAR_WORDS):
                    return True
                if rest == "من":
                    return True
        for head in dates._GLUED_TRIGGERS:
            if tok.startswith(head):
                rest = tok[len(head) :]
                if rest and (rest[0].isdecimal() or rest.startswith(dates._YEAR_WORDS)):
                    return True
        return False

    heads = [*dates._GLUED_MONTHS, *dates._GLUED_TRIGGERS]
    tails = ["", "2009", "٢٠٠٩", "عام", "العام2010", "سنه", "من", "ه", "ات", "x", "12ب"]
    words = [h + t for h in heads for t in tails]
    words += [h[:-1] for h in heads] + ["الساحل", "مارست", "مايو", "قال", "2009", "ب", ""]
    rng = random.Random(7)
    letters = "".join(sorted(set("".join(heads)))) + "0123456789 "
    words += ["".join(rng.choice(letters) for _ in range(rng.randint(1, 9))) for _ in range(20000)]
    assert sum(map(dates._glued_date, words)) > 100
    for w in words:
        assert dates._glued_date(w) == plain(w), w


_LITERAL_PIECES = [
    "إمام",
    "امام",
    "آن",
    "ان",
    "ذات",
    "نفس",
    "قايل",
    "قائلا",
    "ج",
    "؟",
    "\n",
    "د",
    "م",
    ".",
    " ",
    "ال",
    "x",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_LITERAL_PIECES), max_size=40).map("".join))
def test_literal_searches_are_str_in(text):
    """The once-an-article tests of the whole text, a compiled literal's
    search (words._literal_search), find what ``in`` finds."""
    from claims.extraction import dates, engine, sentences, words

    for search, word in [
        (words._IMAM_IN, "إمام"),
        (engine._ANNE_IN, "آن"),
        (dates._DHAT_IN, "ذات"),
        (sentences._SAYING_PARTICIPLE.search, "قايل"),
        (sentences._ANSWER_LINE_IN, "\nج"),
        (sentences._QUESTION_LINE_IN, "؟\n"),
        (words._literal_search("a.b"), "a.b"),  # (a character the regex would read)
    ]:
        assert (search(text) is not None) == (word in text), (word, text)
    assert words._literal_search("a.b")("axb") is None
    # find_saying_without_colon: the places of the participle, as str.find gave them
    places, at = [], text.find("قايل")
    while at != -1:
        places.append(at)
        at = text.find("قايل", at + 4)
    assert [m.start() for m in sentences._SAYING_PARTICIPLE.finditer(text)] == places


def test_abbreviated_honorifics_still_end_no_sentence():
    """The stop of "د." and "م." before a name ends no sentence; after a
    year ("2024 م.") or a word it does."""
    from claims.extraction.engine import _Extractor

    for text, abbreviation in [
        ("وقال د. سعاد المطيري إن «الوضع صعب».", True),
        ("وقال م. سامي حداد إن «الوضع صعب».", True),
        ("ووقع الاتفاق عام 2024 م. وقال الوزير إن «الأمر انتهى».", False),
        ("زار الوفد البلد. وقال الوزير إن «الأمر انتهى».", False),
    ]:
        ex = _Extractor(text)
        ex.run()
        k = ex.doc.toks.index(".")
        assert (ex.sent[k + 1] == ex.sent[k - 1]) == abbreviation, text
