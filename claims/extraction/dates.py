"""Date expressions in Arabic news text, in every Arabic month system.

Works on folded text (see ``normalize.fold_with_offsets``): hamzas, ta marbuta
and digits are already folded, so ``آذار``/``اذار`` and ``٢٠١٠``/``2010`` are one.

Month systems: Egyptian/Gulf (يناير، فبراير …), Maghrebi (جانفي، فيفري، جوان،
جويلية، أوت …), Moroccan (يوليوز، غشت، شتنبر، نونبر، دجنبر), Mauritanian (أغشت،
دجمبر) and Levantine/Iraqi
(كانون الثاني، شباط، آذار …), including the dual forms that Levantine and pan-Arab
outlets print (``شباط/فبراير``, ``فبراير/ شباط``, ``شباط (فبراير)``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from calendar import monthrange
from dataclasses import dataclass
from datetime import date as _date
from datetime import timedelta
from itertools import filterfalse

from claims.extraction.normalize import normalize
from claims.extraction.types import mutable_twin

__all__ = ["DateMention", "find_dates", "parse_date"]

_MONTH_SPELLINGS: dict[int, tuple[str, ...]] = {
    1: ("يناير", "ينايِر", "جانفي", "جانفيي", "كانون الثاني", "كانون ثاني", "كانون ثان", "يَنَايِر"),
    2: ("فبراير", "فبرايِر", "فيفري", "فيفرييه", "شباط", "فبرير"),
    3: ("مارس", "آذار", "أذار", "اذار"),
    4: ("أبريل", "إبريل", "ابريل", "أفريل", "افريل", "نيسان", "إبريل"),
    5: ("مايو", "ماي", "أيار", "ايار"),
    6: ("يونيو", "يونيه", "جوان", "حزيران"),
    7: ("يوليو", "يوليه", "يوليوز", "جويلية", "جويلييه", "تموز"),
    8: ("أغسطس", "اغسطس", "آغسطس", "أغستس", "أوت", "اوت", "غشت", "أغشت", "آب"),
    9: ("سبتمبر", "سيبتمبر", "شتنبر", "أيلول", "ايلول"),
    10: ("أكتوبر", "اكتوبر", "تشرين الأول", "تشرين أول", "أوكتوبر"),
    11: ("نوفمبر", "نونبر", "تشرين الثاني", "تشرين ثاني", "تشرين ثان"),
    12: ("ديسمبر", "دجنبر", "دجمبر", "ديسيمبر", "كانون الأول", "كانون أول"),
}
# English months, as a page prints its stamp or an embedded post its day in
# Arabic text ("تاريخ النشر: 14th, April 2024", "— X (@x) July 31, 2025"):
# folding lowers them
_ENGLISH_MONTHS = (
    *("january", "february", "march", "april", "may", "june", "july"),
    *("august", "september", "october", "november", "december"),
)
# and their abbreviations, as a page's stamp prints them ("28 Aug 2017 ساعة
# 21:18", "Sep 3, 2019")
_ENGLISH_SHORT = (
    *("jan", "feb", "mar", "apr", "may", "jun", "jul"),
    *("aug", "sep", "oct", "nov", "dec"),
)
for _i, _name in enumerate(_ENGLISH_MONTHS):
    _MONTH_SPELLINGS[_i + 1] += (_name,) if _name == "may" else (_name, _ENGLISH_SHORT[_i])
_MONTH_SPELLINGS[9] += ("sept",)
# French months, as Maghrebi pages and blogs in a French locale stamp their
# posts ("mercredi 21 novembre 2012"), with and without their accents
_FRENCH_MONTHS = (
    ("janvier",),
    ("février", "fevrier"),
    ("mars",),
    ("avril",),
    ("mai",),
    ("juin",),
    ("juillet",),
    ("août", "aout"),
    ("septembre",),
    ("octobre",),
    ("novembre",),
    ("décembre", "decembre"),
)
for _i, _names in enumerate(_FRENCH_MONTHS):
    _MONTH_SPELLINGS[_i + 1] += _names

MONTHS: dict[str, int] = {
    normalize(name): month for month, names in _MONTH_SPELLINGS.items() for name in names
}


def _trie(words) -> str:
    """A regex alternation of ``words`` as a prefix tree ("ما(?:ي(?:و)?|رس)"):
    the engine compares a shared prefix once instead of once per word.  Where
    one word is a prefix of another the longer is tried first (a greedy
    optional), as in a longest-first alternation."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(tree)


_MONTH_RX = _trie(MONTHS)
# the Hijri months by name, folded ("15 رمضان 1445هـ", "3 ذو الحجة 1444 هـ")
HIJRI_MONTHS: dict[str, int] = {
    normalize(name): month
    for month, names in enumerate(
        (
            ("محرم",),
            ("صفر",),
            ("ربيع الأول",),
            ("ربيع الآخر", "ربيع الثاني"),
            ("جمادى الأولى", "جمادى الأول"),
            ("جمادى الآخرة", "جمادى الثانية", "جمادى الآخر"),
            ("رجب",),
            ("شعبان",),
            ("رمضان",),
            ("شوال",),
            ("ذو القعدة", "ذي القعدة"),
            ("ذو الحجة", "ذي الحجة"),
        ),
        start=1,
    )
    for name in names
}
_HIJRI_MONTH_RX = _trie(HIJRI_MONTHS)
_ENGLISH_RX = _trie((*_ENGLISH_MONTHS, *_ENGLISH_SHORT, "sept"))
_YEAR = r"(?:19|20)\d\d"
# Words that introduce a bare year: "العام 2009", "نهاية 2009", "في 2009".
_YEAR_TRIGGERS = (
    "عام|العام|سنه|السنه|لعام|بعام|وعام|للعام|نهايه|بدايه|مطلع|اواخر|اوايل|منتصف|اواسط|اخر|خلال|"
    "في|وفي|صيف|شتاء|ربيع|خريف|منذ|حتي|قبل|بعد"
)
_SEP = r"\s*(?:[,،]\s*)?"
# Ordinal days ("الثاني من آب 2006"), folded; always followed by من + month.
_ORDINAL_WORDS = [
    *("الاول", "الثاني", "الثالث", "الرابع", "الخامس"),
    *("السادس", "السابع", "الثامن", "التاسع", "العاشر"),
]
ORDINALS = {w: i + 1 for i, w in enumerate(_ORDINAL_WORDS)}
ORDINALS.update({f"{w} عشر": i + 11 for i, w in enumerate(["الحادي", *_ORDINAL_WORDS[1:9]])})
ORDINALS["العشرين"] = 20
ORDINALS.update({f"{w} والعشرين": i + 21 for i, w in enumerate(["الحادي", *_ORDINAL_WORDS[1:9]])})
ORDINALS["الثلاثين"] = 30
ORDINALS["الحادي والثلاثين"] = 31
# "the same year" (folded): a noun of the year with "the same" after it
# ("العام نفسه", "السنة ذاتها") or before it ("نفس العام", "ذات السنة"), the one
# list of the phrase: _SAME_YEAR and _windows here, words._SAME, _SAME_BEFORE
# and _YEAR_NOUNS (dating.same_day, the speaker's phrase) are made from it
YEAR_NOUNS = ("العام", "السنه")
SAME_AFTER = ("نفسه", "نفسها", "ذاته", "ذاتها", "عينه", "عينها")
SAME_BEFORE = ("نفس", "ذات")
# "27 أوت من السنة نفسها": the year of the date mentioned before
# (also with the noun after "نفس"/"ذات", with or without من: "في 14 من
# يناير من نفس العام", "في أكتوبر ذات السنة")
_SAME_YEAR = (
    rf"(?:من\s+(?:{'|'.join(YEAR_NOUNS)})\s+(?:{'|'.join(SAME_AFTER)})"
    rf"|(?:من\s+)?(?:{'|'.join(SAME_BEFORE)})\s+(?:{'|'.join(YEAR_NOUNS)})(?!\w))"
)
# Every date starts with a digit, a month or a trigger word: a cheap first test
# at each position before the alternatives, on the first three letters of the
# words (one letter lets most words through, more letters cost more than
# they save).
_FIRST_WORDS = (
    {w[:3] for w in MONTHS}
    | {w[:3] for w in _YEAR_TRIGGERS.split("|")}
    | {w.split()[0] for w in ORDINALS}  # whole first words: "ال…" is common
    | {"فات", "لفا", "بفا"}  # فاتح
    # a month glued to لـ/بـ before its year ("يعود تاريخها ليوليو عام 2009")
    | {(p + w)[:3] for w in MONTHS for p in "لبو"}
    | {"غره", "بغر", "لغر"}  # غرة
)
_FIRST = r"(?:\d|" + _trie(_FIRST_WORDS) + ")"

# The tokens a date may open with, for may_start_date(), by _DATE's
# alternatives.  A year's trigger, whole (its space follows: "في 2009");
# whole tokens that open a date by themselves (opens_date): an ordinal
# day's or فاتح's first word (then a space and من or the month), a month's
# first word (a space, its second word).  A one-word month may have glued
# to it what the pattern reads next without a space (its year,
# "مارس2010", من, عام …); a trigger that ends in عام/سنه, its year
# ("عام2009").
TRIGGERS = frozenset(_YEAR_TRIGGERS.split("|"))
_START_WORDS = frozenset(
    {"فاتح", "لفاتح", "بفاتح", "غره", "لغره", "بغره"}
    | {w.split()[0] for w in ORDINALS}
    | {w.split()[0] for w in MONTHS}
    | {p + w.split()[0] for w in MONTHS for p in "لبو"}
)
_GLUED_MONTHS = tuple(sorted(w for w in MONTHS if " " not in w))
_GLUED_TRIGGERS = tuple(w for w in _YEAR_TRIGGERS.split("|") if w.endswith(("عام", "سنه")))
_YEAR_WORDS = ("عام", "العام", "سنه", "السنه")
# what the token after a year's trigger opens with where _DATE may match at
# the trigger (its last branch: whitespace, a year word or not, the year's
# "19"/"20"; no other branch matches at a trigger): "في 2009", "في العام
# 2009", "وفي العام2010"; not "في 16 مارس", "في نهاية 2009" (the date starts
# at the next token), which the engine does not try (_date_starts)
YEAR_LEADS = ("19", "20", *_YEAR_WORDS)
# every head _glued_date tries: a word that opens with none of them (most
# words) is told in one C-level test, not one startswith per head
_GLUED_HEADS = _GLUED_MONTHS + _GLUED_TRIGGERS


def _glued_date(tok: str) -> bool:
    """A one-word month, or a trigger ending in عام/سنه, opens ``tok`` and
    the rest of it is what may follow without a space: nothing after a
    month, a year's digits, عام/سنه (and for a month من)."""
    if not tok.startswith(_GLUED_HEADS):
        return False
    for head in _GLUED_MONTHS:
        if tok.startswith(head):
            rest = tok[len(head) :]
            if not rest or rest[0].isdecimal() or rest.startswith(_YEAR_WORDS) or rest == "من":
                return True
    for head in _GLUED_TRIGGERS:
        if tok.startswith(head):
            rest = tok[len(head) :]
            if rest and (rest[0].isdecimal() or rest.startswith(_YEAR_WORDS)):
                return True
    return False


_DAY_AFTER_ARTICLE = re.compile(r"[بو]?ال\d")
# a Latin word, an icon's name a scraper kept, and a day glued to it
# ("today01", the token after "_" in "calendar_today12"): a numeric stamp
# may follow (opens_date)
_LABEL_AND_DAY = re.compile(r"[A-Za-z]+[0-3]?\d").fullmatch


def opens_date(tok: str) -> bool:
    """Whether _DATE may match at the start of the token ``tok`` (a token of
    the engine: a maximal run of word letters, or one other character)
    whatever token follows: it opens with a digit, with ب/ل and a digit, is
    one of _START_WORDS or a month or trigger with its year glued
    (_glued_date).  False means it never does, unless ``tok`` is a trigger
    (see may_start_date); True, that it may.  (Per word, in the engine's
    table: the regex is tried at fewer tokens, not "الساحل" for "السادس".)"""
    c = tok[0]
    return (
        c.isdecimal()  # (\d: the decimal digits, category Nd)
        # (a lone ب/ل: the digit after it may be no word letter, "ب١")
        or (c in "بل" and (len(tok) == 1 or tok[1].isdecimal()))
        # (a day glued to the article: "الـ17", folded "ال17"; "بال17", "وال17")
        or (c in "ابو" and _DAY_AFTER_ARTICLE.match(tok) is not None)
        or tok in _START_WORDS
        or _glued_date(tok)
        # (a Latin word with a day glued to it, "today01": _DATE's label)
        or (c < "\x80" and tok[-1].isdecimal() and _LABEL_AND_DAY(tok) is not None)
    )


# the shapes of the tokens opens_date holds of, besides the words of
# _START_WORDS: a token that matches none of them at its start opens no
# date (its tests in order: a decimal digit; ب/ل alone or before a digit;
# _DAY_AFTER_ARTICLE; a glued month or trigger, _GLUED_HEADS, whose Latin
# heads an ASCII first character covers; a Latin first character). A
# superset: words.token_kinds_of sends the words that match to opens_date
# and counts the others out, many words in one C pass each (speed34)
OPENS_DATE_SHAPE = (
    r"\d|[بل](?:\d|\Z)|"
    + _DAY_AFTER_ARTICLE.pattern
    + r"|[\x00-\x7f]|"
    + _trie(h for h in _GLUED_HEADS if h[0] >= "\x80")
)
START_WORDS = _START_WORDS


def may_start_date(tok: str) -> bool:
    """Whether _DATE may match at the start of the token ``tok``: it opens a
    date (opens_date) or is a year's trigger, which does only before a token
    that opens one or another trigger ("في 2009", "في العام 2009": the
    engine tries it there only)."""
    return opens_date(tok) or tok in TRIGGERS


_DATE = re.compile(
    rf"""
    # (a day glued to بـ/لـ starts a date too: "مؤرخة بـ19 أغشت 2008"; so
    # does one glued to the article, the tatweel folded away: "في الـ17 من
    # يناير 2007", "بالـ14 من مارس")
    # (and a numeric date glued to the Latin word before it, as a scraper
    # keeps an icon's name beside a page's stamp: "today01/07/2019",
    # "calendar_today12-03-2021"; the date starts at the word)
    (?:(?<!\w)(?:(?:[بو]?ال|[بل])(?=\d))?|(?<![^\W_])[A-Za-z]+(?=[0-3]?\d[/.\-][01]?\d[/.\-]\d))
    (?={_FIRST})
    (?:
        # English order, month day, year: "july 31, 2025", "april 14th 2024"
        # (before the next branch, which would take the month alone)
        (?P<em>{_ENGLISH_RX})\s+(?P<ed>[0-3]?\d)(?:st|nd|rd|th)?{_SEP}(?P<ey>{_YEAR})
      |
        # a day "of the same month": "يوم 12 من الشهر نفسه", "في العاشر من
        # ذات الشهر", "في 20 من نفس الشهر": the month and year of the date
        # told before it (find_dates)
        (?:(?P<xd>[0-3]?\d)|(?P<xo>{_trie(ORDINALS)}))\s+من\s+(?:الشهر\s+(?:{"|".join(SAME_AFTER)})|(?:{"|".join(SAME_BEFORE)})\s+الشهر)
      |
        # day month [/month] [year]; a year may carry م (ميلادي), as Yemeni
        # and Gulf outlets print it beside a Hijri date: "14 ديسمبر 2025م"
        # ("فاتح ماي 2019", "لفاتح سبتمبر": the first of the month, Maghrebi;
        # "غرة جويلية 2021", "بغرة شهر مارس", Tunisian and Gulf)
        # (an English day may carry its ordinal and a comma: "14th, april 2024";
        # a French first day its own: "1er mai 2020")
        # (and "of the month" before its name: "يوم 12 من شهر مارس 2024", "في
        # الثاني عشر من شهر مارس")
        (?:(?P<d>[0-3]?\d)(?:(?:st|nd|rd|th|er)\s*,?)?\s*(?:من\s+(?:شهر\s+)?)?|(?P<od>{_trie(ORDINALS)})\s+من\s+(?:شهر\s+)?|(?P<fd>[لب]?(?:فاتح|غره))\s+(?:شهر\s+)?|(?P<gl>[لبو]))?
        (?P<m1>{_MONTH_RX})
        (?:(?:\s*(?:[/\\\-–]|\()\s*|\s+)(?P<m2>{_MONTH_RX})\s*\)?)?
        (?:{_SEP}(?:من\s+)?(?:(?:عام|العام|سنه|السنه)\s*)?(?P<y>{_YEAR})م?|\s+(?P<same>{_SAME_YEAR})
        # or the English order with an Arabic month, as WordPress prints its
        # "F j, Y" stamp on Arabic pages: "أغسطس 18, 2024", or with a dash
        # ("يناير 15 - 2019", a Sudanese radio's stamp) (the comma or the
        # dash is required: "في مارس 18 شخصا" is no date)
        |\s+(?P<ad>[0-3]?\d)\s*[,،\-–]\s*(?P<ay>{_YEAR}))?
      |
        # the month's name between slashes or dashes, as Egyptian pages
        # stamp: "الجمعة 20/أكتوبر/2023 - 09:40 م", "5-مارس-2019"
        (?P<sd>[0-3]?\d)\s*(?P<sep>[/\-])\s*(?P<sm>{_MONTH_RX})\s*(?P=sep)\s*(?P<sy>{_YEAR})
      |
        # numeric: 16/02/2010, 2010-02-16; a year may carry م glued, as
        # Sudanese wire copy closes: "الخرطوم في 24-8-2019م (سونا)"; the
        # month first when the day cannot be ("08/19/2006", as US cables
        # are dated: find_dates); slashes may have spaces beside them, as
        # Arabic-Indic digits get typed ("١ /٤ / ٢٠٠٧", "١٦/ ١٢/ ٢٠١٠")
        (?P<nd>[0-3]?\d)(?:[/.\-]|[ \t]*/[ \t]*)
        (?P<nm>[0-3]?\d)(?:[/.\-]|[ \t]*/[ \t]*)(?P<ny>{_YEAR})م?
      |
        # numeric with spaced dots or dashes, one mark on both sides, as
        # some sites type a dateline ("البصرة / الخميس 14 . 05 . 2020 —",
        # "3 - 11 - 2018")
        (?P<pd>[0-3]?\d)[ \t]*(?P<ps>[.\-])[ \t]*(?P<pm>0?[1-9]|1[0-2])
        [ \t]*(?P=ps)[ \t]*(?P<py>{_YEAR})م?
      |
        # numeric with spaces, as a page's stamp prints it before its clock
        # time: "السبت 26 01 2019 14:16" (only so: numbers spaced out may be
        # anything else)
        (?P<wd>[0-3]?\d)[ ](?P<wm>0[1-9]|1[0-2])[ ](?P<wy>{_YEAR})(?=[ \t]+[0-2]?\d:[0-5]\d)
      |
        # a stamp's parts in the order a right-to-left page shows them when
        # copied by sight, its clock time and year one left-to-right run:
        # day, time, year, month (":تحديث 14 22:35 2025 أوت" for "تحديث: 14
        # أوت 2025 22:35"; only with the clock between: no sentence says so)
        (?P<vd>[0-3]?\d)[ \t]+[0-2]?\d:[0-5]\d[ \t]+(?P<vy>{_YEAR})[ \t]+(?P<vm>{_MONTH_RX})
      |
        (?P<iy>{_YEAR})[/.\-](?P<im>[01]?\d)[/.\-](?P<id>[0-3]?\d)
      |
        # Hijri, the month by its name and a year of the fourteenth or
        # fifteenth century AH, no Gregorian one ("15 رمضان 1445هـ", "3 ذو
        # الحجة 1444 هـ"; "رمضان" and "رجب" are also names, "صفر" zero);
        # written as Egyptian, Sudanese and Gulf papers write the Gregorian
        # date too: "15 من ربيع الأول 1446 هـ", "10 من شهر رمضان", "غرة
        # رمضان", the year after عام/سنة ("20 من ذي الحجة عام 1444هـ")
        (?:(?P<qd>[0-3]?\d)\s+(?:من\s+(?:شهر\s+)?)?|(?P<qf>[لب]?غره)\s+(?:شهر\s+)?)
        (?P<qm>{_HIJRI_MONTH_RX})\s+(?:(?:من\s+)?(?:عام|العام|سنه|السنه)\s*)?(?P<qy>1[34]\d\d)(?:\s*ه)?
      |
        # Hijri, numeric with هـ: "12 / 8 / 1445هـ"
        (?P<hd>[0-3]?\d)\s*/\s*(?P<hm>[01]?\d)\s*/\s*(?P<hy>1[34]\d\d)\s*ه
      |
        # a page store's month label, the month alone: "date 2018-05" (its
        # full day is the numeric branch's, "date 2018-05-14")
        (?<=date\s)(?P<ly>{_YEAR})-(?P<lm>0[1-9]|1[0-2])(?![\d/.\-])
      |
        # bare year after a trigger word (not a numeric date's year: "نشر
        # في 2024/10/01" is the first of October, read from the year on)
        (?P<trig>{_trie(_YEAR_TRIGGERS.split("|"))})(?:\s+|(?<=عام)|(?<=سنه))(?:(?:عام|العام|سنه|السنه)\s*)?(?P<by>{_YEAR})م?(?![/.\-][01]?\d[/.\-]\d)
    )
    # (a year run into the next word, as scrapers join a stamp's parts:
    # "29 نونبر 2019على الساعة13:00", or into its clock time: "31 مايو
    # 201920:49")
    (?:(?!\w)|(?<=(?:19|20)\d\d)(?=[\u0621-\u064a]|[0-2]\d:[0-5]\d)
    # (an ISO stamp's day, its time glued by T: "2026-02-21T19:17+0000")
    |(?<=\d)(?=[Tt][0-2]\d:[0-5]\d))
    """,
    re.VERBOSE,
)

# a month's name alone is told as one after these ("في مارس الماضي", "خلال
# شهر مارس"; "مارس" is also a verb) (find_dates: a day "of the same month")
_BEFORE_A_MONTH = frozenset({"في", "وفي", "خلال", "وخلال", "شهر", "منذ", "ومنذ", "مطلع", "اواخر"})
# "في العاشر من الشهر نفسه من العام التالي": a year other than the month's
_OF_A_YEAR = ("من العام", "من السنه")
_SAME_YEAR_AT = re.compile(_SAME_YEAR).match

# Dates introduced by these words name some other moment ("since 2009",
# "before June 2009"), not the time of a statement.
_RELATIVE = frozenset({"منذ", "قبل", "بعد", "حتي", "ومنذ", "وقبل", "وبعد", "وحتي", "لغايه"})
# weekdays (folded), Monday 0, as date.weekday() counts them
WEEKDAYS = {
    "الاثنين": 0,
    "الثلاثاء": 1,
    "الثلثاء": 1,  # the older spelling, kept by some Gulf and Levant papers (dev26d)
    "الاربعاء": 2,
    "الخميس": 3,
    "الجمعه": 4,
    "السبت": 5,
    "الاحد": 6,
}
# those that may stand before a date without its year ("الاتنين" too)
_WEEKDAY = {**WEEKDAYS, "الاتنين": 0}
_PRECEDING_WORD = re.compile(r"(\w+)\s*$")
# "بعد يوم على بدء الاجتياح في 14 آذار 1978", "قبل يومين من الاقتراع
# المقرر في 9 مايو", "غداة الزلزال الذي وقع في …": a span of days counted from
# the day told, in the same clause (no punctuation between): the clause's
# time is that day moved by the span; from eleven to ninety-nine the days
# are counted in the singular accusative, in figures or spelled ("بعد 12
# يوما على …": dev26d; "بعد عشرين يوما", "بعد خمسة عشر يوما"), from a
# hundred in the singular genitive ("بعد 100 يوم على …")
_DAY_SPAN = re.compile(
    r"(?<!\w)(?:(?P<dir>و?(?:بعد|قبل))\s+(?P<n>يوم|يومين|اسبوع|اسبوعين"
    r"|(?P<count>\d{1,2}|ثلاثه|اربعه|خمسه|سته|سبعه|ثمانيه|تسعه|عشره)\s+ايام"
    r"|(?P<dozens>\d{2}|عشرين|ثلاثين|اربعين|خمسين|ستين|سبعين|ثمانين|تسعين"
    r"|(?:احد|اثني|ثلاثه|اربعه|خمسه|سته|سبعه|ثمانيه|تسعه)\s+عشر)\s+يوما"
    r"|(?P<hundreds>\d{3})\s+يوم)(?:\s+واحد)?\s+(?:علي|من)"
    r"|(?P<next>و?غداه))\s[^.,،؛:!?؟\n]{0,100}$"
)
_SPAN_DAYS = {"يوم": 1, "يومين": 2, "اسبوع": 7, "اسبوعين": 14}
_SPAN_HINTS = ("يوم", "ايام", "اسبوع", "غداه")  # a cheap test before the search
_UNITS = {"ثلاثه": 3, "اربعه": 4, "خمسه": 5, "سته": 6, "سبعه": 7, "ثمانيه": 8, "تسعه": 9}
_TENS = ("عشرين", "ثلاثين", "اربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين")
_COUNTS = {
    **_UNITS,
    "عشره": 10,
    **{w: 20 + 10 * i for i, w in enumerate(_TENS)},
    **{f"{w} عشر": 10 + n for w, n in {**_UNITS, "احد": 1, "اثني": 2}.items()},
}


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    iso: str | None  # None when the year is missing ("16 سبتمبر")
    precision: str | None  # "year", "month", "day"
    relative: bool  # introduced by منذ/قبل/بعد/حتى


# find_dates builds its mentions through a mutable twin (see types.mutable_twin)
_MentionBuilder = mutable_twin(DateMention)


def _page_week(last: DateMention, year: str, month: int, day: int) -> bool:
    """The date ``last`` that gave a year-less day its ``year`` is of the
    same month and year, that day or up to a week after it, or names the
    month alone ("9/12/ ديسمبر 2019" over "يوم السبت 8 ديسمبر"): the page's
    own date, which a weekday that disagrees by a slip does not overrule."""
    if last.iso[:4] != year or last.iso[5:7] != f"{month:02d}":
        return False
    return last.precision == "month" or 0 <= int(last.iso[8:10]) - day <= 7


# _iso: (year, month, day) -> its answer; dates recur across articles (the
# bound keeps the table small)
_ISO_MEMO: dict[tuple[str | None, int | None, str | None], tuple[str | None, str | None]] = {}


def _iso(year: str | None, month: int | None, day: str | None) -> tuple[str | None, str | None]:
    """The ISO date and its precision; a day the month has not ("31 أبريل",
    "29 فبراير" of a common year, a misprint) tells the month only, so that
    every day-precision date is one the calendar has.  Memoised: the
    calendar's test of the day (calendar.monthrange) costs more than a
    lookup."""
    key = (year, month, day)
    got = _ISO_MEMO.get(key)
    if got is None:
        if len(_ISO_MEMO) >= 4096:
            _ISO_MEMO.clear()
        got = _ISO_MEMO[key] = _iso_of(year, month, day)
    return got


def _iso_of(year: str | None, month: int | None, day: str | None) -> tuple[str | None, str | None]:
    """_iso, worked out."""
    if not year:
        return None, None
    if month is None:
        return year, "year"
    if not 1 <= month <= 12:
        return year, "year"
    if day and 1 <= int(day) <= monthrange(int(year), month)[1]:
        return f"{year}-{month:02d}-{int(day):02d}", "day"
    return f"{year}-{month:02d}", "month"


def _hijri(year: int, month: int, day: int) -> tuple[str | None, str | None]:
    """A Hijri date in the Gregorian calendar, by the tabular (arithmetic)
    calendar; Umm al-Qura dates can differ by a day."""
    if not (1 <= month <= 12 and 1 <= day <= 30):
        return None, None
    jdn = (
        day
        + -(-(59 * (month - 1)) // 2)  # ceil(29.5 * (month - 1))
        + (year - 1) * 354
        + (3 + 11 * year) // 30
        + 1948439
    )
    d = _date.fromordinal(jdn - 1721425)
    return d.isoformat(), "day"


_DIGITS = re.compile(r"\d+")
# The runs of _DIGITS, found ~3x faster: a run that starts with a character of
# an explicit set lets the regex engine skip ahead with its first-character
# table (a category such as \d does not).  The set holds every decimal digit
# of the Basic Multilingual Plane, so the runs are those of \d+; any
# character beyond the BMP also starts a match, which sends the rare text
# that has one to _DIGITS itself.
_BMP_DIGITS = "".join(ch for ch in map(chr, range(0x10000)) if ch.isdecimal())
_DIGIT_RUN = re.compile(f"[{_BMP_DIGITS}\U00010000-\U0010ffff][{_BMP_DIGITS}]*")


def _digit_runs(folded: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every match of ``_DIGITS``, in order."""
    runs = [m.span() for m in _DIGIT_RUN.finditer(folded)]
    if any(folded[a] > "\uffff" for a, _ in runs):
        runs = [m.span() for m in _DIGITS.finditer(folded)]
    return runs


# token_digit_runs: the words met (the engine's tokens), those of them that
# open with a decimal digit, and those that hold one further in; bounded as
# words._TOKEN_KIND is
_DIGITS_READ: set[str] = set()
_DIGIT_WORDS: set[str] = set()
_INNER_DIGIT_WORDS: set[str] = set()
_DIGITS_READ_LIMIT = 1 << 14


def _opens_with_digit(word: str) -> bool:
    return word[0].isdecimal()


def token_digit_runs(
    folded: str,
    toks: list[str],
    starts: list[int],
    ends: list[int],
    vocab: frozenset[str],
    opening: bytes,
) -> list[tuple[int, int]]:
    """``_digit_runs(folded)`` read off the engine's tokens of ``folded``
    (``toks``, at ``starts``/``ends``; ``vocab`` the set of them;
    ``opening`` 1 for each token that opens_date, as every token that opens
    with a digit does), without the regex's pass over every character (~60
    instructions a character, 1.6 % of an article).  Every character that
    is not a space is in a token (a run of word characters or one other
    character), so a run of digits lies in the tokens that hold one, and
    spans two tokens only where one ends on a digit and the next, with no
    space between, opens with one ("12" then the one-character token of a
    digit of another script).  The words met are sorted once into those
    that open with a digit and those that hold one further in ("ال17",
    "a1"): an article with one of the latter is read by the regex."""
    if not vocab <= _DIGITS_READ:
        new = vocab.difference(_DIGITS_READ)
        if len(_DIGITS_READ) + len(new) > _DIGITS_READ_LIMIT:
            _DIGITS_READ.clear()
            _DIGIT_WORDS.clear()
            _INNER_DIGIT_WORDS.clear()
            new = vocab
        _DIGITS_READ.update(new)
        # (a word of letters only holds no digit: str.isalpha in C before
        # the regex's search, most of ~60 new words an article of real text)
        held = set(filter(_DIGITS.search, filterfalse(str.isalpha, new)))
        opened = set(filter(_opens_with_digit, held))
        _DIGIT_WORDS.update(opened)
        _INNER_DIGIT_WORDS.update(held - opened)
    if not _INNER_DIGIT_WORDS.isdisjoint(vocab):
        return _digit_runs(folded)
    words = _DIGIT_WORDS.intersection(vocab)
    runs: list[tuple[int, int]] = []
    if not words:
        return runs
    # (the tokens that open with a digit are among those that open a date,
    # a few an article: found by bytes.find, not by a pass over every token)
    k = opening.find(1)
    while k >= 0:
        if toks[k] not in words:
            k = opening.find(1, k + 1)
            continue
        a, b = starts[k], ends[k]
        word = folded[a:b]
        if word.isdecimal():
            if runs and runs[-1][1] == a:
                runs[-1] = (runs[-1][0], b)
            else:
                runs.append((a, b))
        else:
            for m in _DIGITS.finditer(word):
                s, e = a + m.start(), a + m.end()
                if runs and runs[-1][1] == s:
                    runs[-1] = (runs[-1][0], e)
                else:
                    runs.append((s, e))
        k = opening.find(1, k + 1)
    return runs


# (the rest of a word: _matches extends its windows to whole words)
_NON_SPACES = re.compile(r"\S*")


# "ذات" in a text (a literal's regex scans faster than str's search on
# Arabic, see words._literal_search; نفس gains nothing so)
_DHAT_IN = re.compile("ذات").search


# (and of the same month, "في الخامس من الشهر نفسه": its ordinal day has no
# digit either; mend37d, L3)
_SAME_NOUNS = (*YEAR_NOUNS, "الشهر")


def _same_year_phrases(root: str) -> tuple[str, ...]:
    """The phrases of the same year or month whose word of sameness opens
    with ``root``, none another one starts ("العام نفسه" finds "العام
    نفسها")."""
    phrases = [f"{y} {s}" for y in _SAME_NOUNS for s in SAME_AFTER if s.startswith(root)]
    phrases += [f"{s} {y}" for s in SAME_BEFORE if s.startswith(root) for y in _SAME_NOUNS]
    return tuple(p for p in phrases if not any(q != p and p.startswith(q) for q in phrases))


# "العام نفسه", "ذات السنة": the same year, a date with no digit (_windows),
# by the word of sameness a text must hold for them to be searched (each
# word of SAME_AFTER and SAME_BEFORE opens with one of the three; "عينه"
# whole: "عين" is in every "تعيين")
_SAME_YEAR_GROUPS = (
    (re.compile("نفس").search, _same_year_phrases("نفس")),
    (_DHAT_IN, _same_year_phrases("ذات")),
    (re.compile("عينه").search, _same_year_phrases("عينه")),
)


def _windows(folded: str, runs: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Stretches of text around digit runs: every date expression has digits
    (a day or a year), so the big pattern only runs there."""
    spans: list[tuple[int, int]] = []
    hits = _digit_runs(folded) if runs is None else runs
    extra = []
    # (each phrase holds نفس, ذات or عينه: three scans of a text that has
    # none, most texts, instead of one per phrase)
    same: tuple[str, ...] = ()
    for holds, phrases in _SAME_YEAR_GROUPS:
        if holds(folded):
            same += phrases
    for word in same:
        # "في تشرين الأول من العام نفسه": no digit, but a date
        c = folded.find(word)
        while c != -1:
            extra.append((c, c + len(word)))
            c = folded.find(word, c + 1)
    if extra:
        hits = sorted(hits + extra)
    for start, end in hits:
        # (conditionals, not max(): a builtin of two ints costs ten times more)
        a, b = start - 40 if start > 40 else 0, end + 40
        if spans and a <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(b, spans[-1][1]))
        else:
            spans.append((a, b))
    return spans


def _matches(
    folded: str, runs: list[tuple[int, int]] | None = None, starts: list[int] | None = None
):
    n = len(folded)
    last_end = 0
    for a, b in _windows(folded, runs):
        # extend the window to whole words so that lookarounds see real edges
        # (back to the space before it when no other whitespace is between:
        # str.isprintable() is false for every whitespace character but " ")
        if a > 0 and not folded[a - 1].isspace():
            space = folded.rfind(" ", 0, a) + 1
            if folded[space:a].isprintable():
                a = space
            else:
                while a > 0 and not folded[a - 1].isspace():
                    a -= 1
        if b < n:
            b = _NON_SPACES.match(folded, b).end()
        if starts is None:
            for m in _DATE.finditer(folded, a if a > last_end else last_end, b):
                last_end = m.end()
                yield m
            continue
        # the same matches as finditer, tried only where a date may start:
        # a match starts at a token's start (after a non-word character), and
        # the regex engine's try at each position of the window (no prefix
        # lets it skip ahead) cost more than the whole date
        k = bisect_left(starts, a if a > last_end else last_end)
        while k < len(starts) and (p := starts[k]) < b:
            m = _DATE.match(folded, p, b)
            if m is None:
                k += 1
                continue
            last_end = m.end()
            yield m
            k = bisect_left(starts, last_end, k + 1)


def _preceding_word(folded: str, start: int) -> str:
    """The word right before ``start`` (across spaces), within 20 characters:
    ``_PRECEDING_WORD.search(folded, start - 20, start).group(1)`` or "",
    without a regex scan of the window."""
    lo = start - 20 if start > 20 else 0  # (not max(): see _windows)
    q = start
    while q > lo and folded[q - 1].isspace():  # \s
        q -= 1
    p = q
    while p > lo and (folded[p - 1].isalnum() or folded[p - 1] == "_"):  # \w
        p -= 1
    return folded[p:q]


# the last two letters of the words of _RELATIVE
_RELATIVE_ENDS = frozenset(w[-2:] for w in _RELATIVE)


def _after_relative(folded: str, start: int) -> bool:
    """``_preceding_word(folded, start) in _RELATIVE``, told at once from
    the two letters before a space before ``start`` when they end no such
    word ("في 12 مارس": most dates)."""
    if (
        start >= 3
        and folded[start - 1] == " "
        and not folded[start - 2].isspace()
        and folded[start - 3 : start - 1] not in _RELATIVE_ENDS
    ):
        return False
    return _preceding_word(folded, start) in _RELATIVE


def find_dates(
    folded: str,
    *,
    digit_runs: list[tuple[int, int]] | None = None,
    starts: list[int] | None = None,
) -> list[DateMention]:
    """All date expressions in folded text, in order.  ``digit_runs``: the
    text's ``_digit_runs()`` when the caller has them already; ``starts``,
    in order, the offsets of the text's tokens for which ``may_start_date``
    holds, when the caller has them (the engine's constructor reads it for
    every token)."""
    out: list[DateMention] = []
    last: DateMention | None = None  # the last dated mention with a month
    # the year of the last date told, a year alone too ("وفي 2019 … في يناير
    # من نفس العام": 2019, not the year of a month told before it)
    told_year: str | None = None
    # a day and month with their weekday and no year before any dated
    # mention: (its index in out, month, day, weekday), for the next year told
    pending: tuple[int, int, int, int] | None = None
    # the month of the last mention that names one, and its year if told
    # (None: not told, "في 3 مارس", "في مارس الماضي"), for a day "of the
    # same month" (that month, not the last dated mention's; mend37d, R6)
    month_told: tuple[int, str | None] | None = None
    for m in _matches(folded, digit_runs, starts):
        g = m.group
        # (the groups every date reads, in one call)
        m1, m2, d, od, fd, written_year, same, trigger = g(
            "m1", "m2", "d", "od", "fd", "y", "same", "trig"
        )
        start, end = m.span()
        if m1 and not written_year and not d and (ad := g("ad")):
            d, written_year = ad, g("ay")  # "أغسطس 18, 2024"
        if m1 and not written_year and g("gl"):
            continue  # ("لمارس" alone: a month glued to لـ/بـ has its year)
        if (
            d
            and folded[start] in "ابو"
            and (pw := _preceding_word(folded, start))[:2] == "ال"
            and pw != "اليوم"
            and pw not in _WEEKDAY
            and _DAY_AFTER_ARTICLE.match(folded, start) is not None
        ):
            # "في الأسبوع الـ3 من مارس", "الدورة الـ20 من مايو": a number
            # glued to the article after a definite noun is its ordinal,
            # no day ("في الـ17 من يناير", "يوم الخميس الـ17" are)
            d = None
        if m1:
            month = MONTHS[m1]
            if m2 and MONTHS[m2] != month:
                month_ok: int | None = None
            else:
                month_ok = month
            day = d or (str(ORDINALS[od]) if od else "1" if fd else None)
            year = written_year
            if (
                not year
                and last is not None
                and month_ok is not None
                and (
                    same
                    # "في 5 آب الجاري": of the current month, the year of
                    # the dated mention before it however far (the dateline)
                    or folded.startswith("الجاري", end + 1)
                    or (
                        day
                        and start - last.end < 400
                        and int(last.iso[5:7]) <= month_ok
                        and folded[end : end + 8].strip()[:4] not in ("الما", "المق")
                        # (not "10 ديسمبر من كل عام": a day of every year)
                        and not folded.startswith("من كل ", end + 1)
                    )
                )
            ):
                # "في 9 آب" after "الثاني من آب 2006", "من العام نفسه": the
                # year of the narrative (not "الماضي"/"المقبل": publication time)
                year = told_year if same and told_year else last.iso[:4]
            if (
                not written_year
                and day
                and last is not None
                and month_ok is not None
                and 0 < int(day) <= 28
                and (wd := _WEEKDAY.get(_preceding_word(folded, start))) is not None
            ):
                # "يوم الخميس 27 نوفمبر" further on: the weekday tells the
                # year, the narrative's or one next to it; a year taken from
                # the text that the weekday contradicts is not the date's
                # ("اليوم الخميس 11 أوت" after a sidebar's "26 جانفي 2026"):
                # the last year before it whose day has that weekday
                y0 = int(last.iso[:4])
                if (
                    year is not None
                    and _date(int(year), month_ok, int(day)).weekday() != wd
                    and not _page_week(last, year, month_ok, int(day))
                ):
                    year = None
                    years = (y0 - 1, y0 + 1, y0 - 2, y0 - 3, y0 - 4, y0 - 5, y0 - 6)
                elif year is None:
                    years = (y0, y0 + 1, y0 - 1)
                else:
                    years = ()
                for y in years:
                    if _date(y, month_ok, int(day)).weekday() == wd:
                        year = str(y)
                        break
            if same and not year:
                continue
            if (
                not year
                and last is None
                and day
                and month_ok is not None
                and 0 < int(day) <= 28
                and (wd := _WEEKDAY.get(_preceding_word(folded, start))) is not None
            ):
                pending = (len(out), month_ok, int(day), wd)
            iso, precision = _iso(year, month_ok, day)
            if month_ok is not None and (
                day
                or _preceding_word(folded, start) in _BEFORE_A_MONTH
                or folded[end : end + 8].strip()[:4] in ("الما", "المق")
            ):
                month_told = month_ok, year
            if iso is None and not day:
                continue  # a bare month name ("مارس" is also a verb)
        elif g("xd") or g("xo"):
            if month_told is None:
                continue  # (no month told before: no date)
            if folded.startswith(_OF_A_YEAR, end + 1) and not _SAME_YEAR_AT(folded, end + 1):
                # "في العاشر من الشهر نفسه من العام التالي": another year
                iso, precision = None, None
            else:
                iso, precision = _iso(
                    month_told[1], month_told[0], g("xd") or str(ORDINALS[g("xo")])
                )
        elif g("ey"):
            iso, precision = _iso(g("ey"), MONTHS[g("em")], g("ed"))
        elif g("sy"):
            iso, precision = _iso(g("sy"), MONTHS[g("sm")], g("sd"))
        elif g("ny"):
            nd, nm = g("nd"), int(g("nm"))
            if nm > 12 and 0 < int(nd) <= 12:
                # "08/19/2006": month, day, year (no month 19), the US order
                # a leaked cable's date keeps
                nd, nm = g("nm"), int(nd)
            iso, precision = _iso(g("ny"), nm, nd)
        elif g("py"):
            iso, precision = _iso(g("py"), int(g("pm")), g("pd"))
        elif g("iy"):
            iso, precision = _iso(g("iy"), int(g("im")), g("id"))
        elif g("wy"):
            iso, precision = _iso(g("wy"), int(g("wm")), g("wd"))
        elif g("vy"):
            iso, precision = _iso(g("vy"), MONTHS[g("vm")], g("vd"))
        elif g("hy"):
            iso, precision = _hijri(int(g("hy")), int(g("hm")), int(g("hd")))
            month_told = 0, None  # (a Hijri month: its same month is no Gregorian one)
        elif g("qy"):
            iso, precision = _hijri(int(g("qy")), HIJRI_MONTHS[g("qm")], int(g("qd") or 1))
            month_told = 0, None
        elif g("ly"):
            iso, precision = _iso(g("ly"), int(g("lm")), None)
        else:
            iso, precision = g("by"), "year"
            start = m.start("trig")
        relative = trigger in _RELATIVE if trigger else _after_relative(folded, start)
        if precision == "day" and not relative:
            iso = _moved_by_span(folded, start, iso)
        mention = _MentionBuilder(start, end, iso, precision, relative)
        mention.__class__ = DateMention  # (see types.mutable_twin)
        if pending is not None and iso and not relative and pending[0] < len(out):
            # "اليوم الثلاثاء 11 نوفمبر … المسيرة الوطنية يوم 22 نوفمبر 2025":
            # the first year told after a year-less date, or the one before
            # it, whose day the weekday before that date agrees with
            k, mo, dd, wd = pending
            pending = None
            y0 = int(iso[:4])
            if start - out[k].end < 600:
                # (a date told after the story's day is of its year or the next)
                for y in (y0, y0 - 1):
                    if _date(y, mo, dd).weekday() == wd:
                        e = out[k]
                        out[k] = DateMention(e.start, e.end, f"{y}-{mo:02d}-{dd:02d}", "day", False)
                        break
        out.append(mention)
        if iso and precision != "year" and not (g("hy") or g("qy")):
            month_told = int(iso[5:7]), iso[:4]
        if iso and not relative:
            told_year = iso[:4]
        if iso and precision != "year" and not relative:
            last = mention
    return out


def _moved_by_span(folded: str, start: int, iso: str) -> str:
    """``iso`` moved by a span of days that ends right before ``start`` in
    its clause ("بعد يومين على …"; see _DAY_SPAN)."""
    lo = start - 140 if start > 140 else 0
    window = folded[lo:start]
    for word in _SPAN_HINTS:
        if word in window:
            break
    else:
        return iso
    m = _DAY_SPAN.search(window)
    if m is None:
        return iso
    if m.group("next"):
        days = 1
    else:
        c = m.group("count") or m.group("dozens") or m.group("hundreds")
        if c is not None:
            c = " ".join(c.split())  # "خمسه  عشر": one space
        days = _SPAN_DAYS[m.group("n")] if c is None else int(c) if c.isdigit() else _COUNTS[c]
        if m.group("dir").lstrip("و") == "قبل":
            days = -days
    try:
        return (_date.fromisoformat(iso) + timedelta(days=days)).isoformat()
    except ValueError:
        return iso


def parse_date(text: str) -> tuple[str | None, str | None]:
    """ISO date and precision of the first date expression in ``text``."""
    for mention in find_dates(normalize(text)):
        if mention.iso:
            return mention.iso, mention.precision
    return None, None
