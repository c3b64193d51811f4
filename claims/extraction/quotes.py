"""Find the spans between quotation marks.

Arabic outlets mix every convention: ``"…"``, ``«…»``, ``“…”``, pairs typed
mirror-wise (``»…«``, ``”…“``), mixed pairs (``«…"``), marks glued to a clitic
(``بـ"…"``, ``لـ"…"``), spaces inside the marks, and the occasional mark that is
never closed.  Rather than trusting the glyph, each mark is classified by its
surroundings (a mark after a space and before a letter opens, a mark after a
letter and before a space or punctuation closes); the glyph only breaks ties.
An opener of the same family while a quote is open means the earlier mark was
unbalanced: it is dropped and the rest is kept, unless the marks of that
family after it on the line close it and then the first (``«… «name» …»``,
``«… «name» … «other» …»``: names in marks inside the quote).  A different
family nests (an inner quote belongs to the outer one, like the wire
convention ``+…+``).
Quotes never run across a paragraph's end; a line that ends mid-sentence
inside an open quote (text hard-wrapped at a fixed width) only wraps it.

Web text also writes a mark with two characters: two apostrophes (``''…''``),
two single quotes (``‘‘…‘‘``), an HTML entity's residue (``quot;…quot;``) or
a mark escaped with a backslash (``\\"…\\"``), closes with a double prime
(``“…″``), types the modifier letter double prime for ``"`` (``ʺ…``), or
prints ornamental marks (``❝…❞``, ``〝…〞``).
``single_marks`` rewrites these as one mark before the marks are
paired, keeping the map back to the original text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from operator import sub

from claims.extraction import lexicon as lx
from claims.extraction.normalize import splice

__all__ = ["CLOSE", "OPEN", "QUOTE_MARKS", "find_marked_quotes", "single_marks"]

QUOTE_MARKS = '"«»“”„‟＂‘’'
_MARK = re.compile(r'["«»“”„‟＂‘’\n]')
_MARK_CHARS = QUOTE_MARKS + "\n"  # the characters of _MARK
_FAMILY = {'"': 0, "＂": 0, "«": 1, "»": 1, "“": 2, "”": 2, "„": 2, "‟": 2, "‘": 3, "’": 3}
# Glyphs that open in their own script direction: they break ties as openers.
_OPEN_BIAS = frozenset("«“„‘")
_LEFT_SOFT = frozenset("([{:،,؛;-–—/")
_RIGHT_SOFT = frozenset(".,،؛;:!?؟)]}…-–—/")
_CLITICS = frozenset("بلوفك")
# what may end a clause right after its closing mark
_CLAUSE_FINAL = frozenset(".،,؛;!?؟…")
# أنّ/إنّ with a clitic, folded: a mark glued after them opens a quote
_THAT_GLUED = frozenset({"ان", "بان", "وان", "فان", "لان"})
# what follows a manner participle's aside in marks (_manner_aside)
_ASIDE_AFTER = frozenset(" ،,")

OPEN, CLOSE, AMBIGUOUS = 0, 1, 2

# A mark written with several characters (or with one that is no mark in
# QUOTE_MARKS): two apostrophes or two single quotes, an HTML entity left
# as text ("&quot;", "quot;" once its ampersand was stripped), a backslash
# escaping a mark, a double prime closing a quote, the modifier letter
# double prime (U+02BA) typed for '"' ("مضيفا ʺ…": like '"', it opens or
# closes by its place).  (Folded text: Latin is lower case.)
_MULTI_MARK = re.compile(r"''|‘‘|’’|(?:&amp;|&)?quot;|\\+(?=[\"«»“”])|″|ʺ")
# the cheap tests that tell whether a text may hold one (str.find is memchr)
_MULTI_HINTS = ("''", "‘‘", "’’", "quot;", "\\", "″", "ʺ")


# A straight apostrophe used as a quote mark ('…'): one that opens (after a
# space, an opening bracket or a colon, or a clitic glued to it) before an
# Arabic letter and one that closes after Arabic text (its last letter, a
# stop, a digit or a closing bracket: "… عام 2000)'،") before a space or
# punctuation, with no apostrophe between them on the line; a space may stand
# inside either mark (' …؟'، as typed).  (An apostrophe in Latin text, l'état
# or don't, stands between Latin letters.)
_APOSTROPHE_PAIR = re.compile(
    r"(?:(?<=^)|(?<=[\s(\[:،,؛;\-–—/])|(?<=[\s(][بلوفك])|(?<=^[بلوفك]))"
    r"'( ?[\u0621-\u064a][^'\n]*?[\u0621-\u064a.!?؟)0-9\u0660-\u0669] ?)'"
    r"(?=$|[\s.,،؛;:!?؟)\]…\-–—/\"«»“”])",
    re.M,
)


def _apostrophe_marks(folded: str) -> str:
    """``folded`` with each pair of apostrophes used as quote marks written
    as ‘…’ (the same length, so the offsets hold); a space inside a mark
    changes places with it (' …؟ ' as  ‘…؟’ ), so that the mark stands by
    the words it opens or closes."""
    if "'" not in folded:
        return folded
    return _APOSTROPHE_PAIR.sub(_as_single_quotes, folded)


def _as_single_quotes(m: re.Match) -> str:
    inner = m.group(1)
    if inner[0] != " " and inner[-1] != " ":
        return f"‘{inner}’"
    head = " ‘" if inner[0] == " " else "‘"
    tail = "’ " if inner[-1] == " " else "’"
    return head + inner.strip(" ") + tail


def single_marks(folded: str, offsets: list[int] | None) -> tuple[str, list[int] | None]:
    """``folded`` with every mark written with several characters rewritten
    as one ``"`` (an escaping backslash dropped, a double prime as ``”``),
    and its map back to the original text (``offsets`` as
    ``normalize.fold_with_offsets`` gives it, None for the identity); then
    ornamental marks (❝…❞, 〝…〞) as “…”, a middle dot typed for the full
    stop as ".", and apostrophes used as quote marks as ‘…’."""
    folded, offsets = _single_marks(folded, offsets)
    if not _ORNAMENT_SET.isdisjoint(folded):
        folded = folded.translate(_ORNAMENT_MARKS)
    if "·" in folded:
        folded = _MIDDLE_DOT_STOP.sub(".", folded)
    return _apostrophe_marks(folded), offsets


# Ornamental marks some pages print (the dingbats ❝…❞, the East Asian
# double primes 〝…〞 or 〝…〟): read as “…”, one character for one, so the
# offsets hold.
_ORNAMENT_MARKS = str.maketrans("❝❞〝〞〟", "“”“””")
_ORNAMENT_SET = frozenset("❝❞〝〞〟")


# A middle dot typed for the full stop (some outlets end every sentence
# with it: "… ارتفعت· وركّزت الوثيقة …"): after an Arabic word, before a
# space or the end; read as "." so that sentences and unmarked speech end
# there.  (Between Latin letters, "l·l", it is no stop.)
# (and after the mark that closes a quote there: "… ضواحيها''· وأضاف")
_MIDDLE_DOT_STOP = re.compile(r"(?:(?<=[\u0621-\u064a])|(?<=[\u0621-\u064a][\"»”’]))·(?=\s|$)")


def _single_marks(folded: str, offsets: list[int] | None) -> tuple[str, list[int] | None]:
    for hint in _MULTI_HINTS:
        if hint in folded:
            break
    else:
        return folded, offsets
    return splice(folded, offsets, _mark_edits(folded))


def _mark_edits(folded: str) -> Iterator[tuple[int, int, str]]:
    for m in _MULTI_MARK.finditer(folded):
        s, e = m.span()
        g = m.group()
        if g[0] == "\\":
            # the backslash goes, the mark after it stays (mapped to the
            # backslash, so that neither is part of the quote's text)
            yield s, e + 1, folded[e]
        else:
            yield s, e, "”" if g == "″" else '"'


# the article's last two letters, and the article as a word with its
# clitics (_article_glued)
_ARTICLE_ENDS = frozenset({"ال", "لل"})
_ARTICLE_WORDS = frozenset({"ال", "وال", "بال", "فال", "كال", "لل", "ولل", "فلل", "وبال"})


def _article_glued(text: str, i: int) -> bool:
    """Whether the word right before the mark at ``i``, glued to it, is the
    article alone with its clitics ('الـ"', 'وللـ"' folded)."""
    j = i
    while j > 0 and i - j < 5 and text[j - 1].isalpha():
        j -= 1
    return (j == 0 or not text[j - 1].isalpha()) and text[j:i] in _ARTICLE_WORDS


def _classify(text: str, i: int) -> int:
    n = len(text)
    p = text[i - 1] if i > 0 else " "
    q = text[i + 1] if i + 1 < n else " "
    left_space = p.isspace() or p in _LEFT_SOFT
    right_space = q.isspace() or q in _RIGHT_SOFT or q in QUOTE_MARKS
    if not left_space and p in _CLITICS:
        # بـ"…" / لـ"…" / وب"…": one or two clitic letters after a space
        j = i - 1
        # (two clitics: و or ف before ب, ل or ك; "كل"" is the word "all")
        while j > 0 and text[j - 1] in "وف" and i - j < 2:
            j -= 1
        if j == 0 or text[j - 1].isspace() or text[j - 1] in _LEFT_SOFT:
            left_space = True
        elif p == "ل" and text[i - 2 : i] in _ARTICLE_ENDS and _article_glued(text, i):
            # 'مع الـ"سي إن إن"', 'للـ"فاو"': the article glued to a name
            # in marks (its tatweel folded away); no word ends on the
            # article, so the mark opens (dev29d)
            left_space = True
    if left_space and not right_space:
        return OPEN
    if left_space and (q == "." or q == "…"):
        # '"..لكن الأمر …"', '"…بكل فخر"': dots that mark words left out
        # before the quote's first word, after its opener
        j = i + 1
        while j < n and j - i <= 4 and (text[j] == "." or text[j] == "…"):
            j += 1
        if text[j - 1] == "…" or j - i > 2:
            if j < n and text[j] == " ":
                j += 1
            if j < n and text[j].isalpha():
                return OPEN
    if (
        p == "ن"
        and not left_space
        and q not in _RIGHT_SOFT
        and q not in QUOTE_MARKS
        and text[i] != "’"
        # (a space after the mark, then a word: 'ان" مجلس'; not another
        # mark or the line's end, 'فإن" "' with nothing to open)
        and (not q.isspace() or (i + 2 < n and text[i + 2].isalnum()))
    ):
        # "وبين X ان" مجلس النواب …": a mark glued to أنّ opens (no quote
        # ends with أنّ); the words follow it (but not the closing single
        # quote, which only closes: "‘… أن’ لهذا", apostrophes as marks)
        j = i - 1
        while j > 0 and text[j - 1].isalpha() and i - j < 4:
            j -= 1
        if (
            text[j:i] in _THAT_GLUED
            and (j == 0 or not text[j - 1].isalpha())
            # (not the last letters of CNN spelt out, "سي إن إن" + space
            # after it: the mark closes the outlet's name in marks)
            and not (q == " " and text[j:i] == "ان" and text[j - 4 : j] == " ان ")
        ):
            return OPEN
    if right_space and not left_space:
        return CLOSE
    if q in _CLAUSE_FINAL:
        # 'الأنقاض ".', 'الريف "،': no quote opens on a full stop or a
        # comma; a mark spaced off before one closes what was said
        return CLOSE
    return AMBIGUOUS


def _mark_positions(text: str) -> list[int]:
    """Positions of the quote marks and line breaks (the matches of _MARK), in
    order; a str.find per glyph scans at memchr speed, a regex does not."""
    out: list[int] = []
    find = text.find
    for ch in _MARK_CHARS:
        i = find(ch)
        while i != -1:
            out.append(i)
            i = find(ch, i + 1)
    out.sort()
    return out


class _MarkCodes(dict):
    """``table[context]``, for the three characters around a mark (the
    text padded with a space at either end): the mark's class by
    _classify and its family, as one code, kind + 4 * family; -1 for a
    line break; None where _classify reads further back (a clitic or the
    ن of أنّ glued to the mark) or on (dots after a mark after a space).
    A few thousand contexts recur across articles; the table is emptied
    when it reaches a bound."""

    __slots__ = ()

    def __missing__(self, key: str) -> int | None:
        if len(self) >= 4096:
            self.clear()
        p, ch = key[0], key[1]
        if ch == "\n":
            code = -1
        elif not (p.isspace() or p in _LEFT_SOFT) and (p in _CLITICS or p == "ن"):
            code = None
        elif (key[2] == "." or key[2] == "…") and (p.isspace() or p in _LEFT_SOFT):
            code = None  # ('"..لكن': _classify reads on past the dots)
        else:
            code = _classify(key, 1) + 4 * _FAMILY[ch]
        self[key] = code
        return code


_MARK_CODES = _MarkCodes()
_OPEN_CODES = frozenset(OPEN + 4 * family for family in set(_FAMILY.values()))
_ONE = frozenset({CLOSE - OPEN})


def _plain_pairs(text: str, marks: list[int]) -> list[tuple[int, int]] | None:
    """What find_marked_quotes finds when the marks pair off plainly, each
    opener closed by the next mark, of its family, and no line break inside
    a quote (most texts): the pairs, no mark left loose; None otherwise.
    One table lookup per mark, and list operations, instead of its pass."""
    padded = f" {text} "
    codes = [_MARK_CODES[padded[i : i + 3]] for i in marks]
    if None in codes:
        for j, code in enumerate(codes):
            if code is None:
                codes[j] = _classify(text, marks[j]) + 4 * _FAMILY[text[marks[j]]]
    if -1 in codes:
        # (a line break between two quotes, none open, changes nothing)
        breaks = [j for j, code in enumerate(codes) if code == -1]
        if any((j - k) % 2 for k, j in enumerate(breaks)):
            return None
        marks = [i for i, code in zip(marks, codes, strict=True) if code != -1]
        codes = [code for code in codes if code != -1]
    openers, closers = codes[0::2], codes[1::2]
    if (
        len(openers) != len(closers)
        or not _OPEN_CODES.issuperset(openers)
        # (a closer of the opener's family: its code is the opener's + 1)
        or not _ONE.issuperset(map(sub, closers, openers))
    ):
        return None
    return list(zip(marks[0::2], marks[1::2], strict=True))


def _closes_twice(
    text: str, marks: list[int], at: int, family: int, reach: dict | None = None
) -> bool:
    """Whether the opener at ``marks[at]``, of the family of the quote open
    before it, is nested in that quote ("«… «…» …»", "«… «…» … «…» …»"):
    counting the marks of ``family`` after it on its line, opener +1 and
    closer -1, the count falls back to the outer quote's closing (two more
    closers than openers); if not, the first opener was unbalanced.
    ``reach`` (find_marked_quotes' pass) keeps _closing_reach's table per
    family: a line of many openers never closed read each of them to the
    line's end, quadratic in its marks."""
    if reach is not None:
        table = reach.get(family)
        if table is None:
            table = reach[family] = _closing_reach(text, marks, family)
        return table[at + 1] >= 2
    depth = 2
    for t in range(at + 1, len(marks)):
        j = marks[t]
        ch = text[j]
        if ch == "\n":
            return False
        if _FAMILY[ch] != family:
            continue
        kind = _classify(text, j)
        if kind == CLOSE:
            depth -= 1
            if depth == 0:
                return True
        elif kind == OPEN:
            depth += 1
        else:
            return False
    return False


def _closing_reach(text: str, marks: list[int], family: int) -> list[int]:
    """For each index t of ``marks`` (and len(marks)), the largest depth d
    for which _closes_twice's count, started at d at ``marks[t]``, falls to
    0 on the line (0 for none): a line break or an ambiguous mark of
    ``family`` ends the count (0), a mark of another family passes, a
    closer reaches one more than the mark after it (and 1 at least), an
    opener one less.  One pass from the end, instead of a count per opener."""
    table = [0] * (len(marks) + 1)
    depth = 0
    for t in range(len(marks) - 1, -1, -1):
        ch = text[marks[t]]
        if ch == "\n":
            depth = 0
        elif _FAMILY[ch] == family:
            kind = _classify(text, marks[t])
            if kind == CLOSE:
                depth = depth + 1 if depth >= 1 else 1
            elif kind == OPEN:
                depth -= 1
            else:
                depth = 0
        table[t] = depth
    return table


def _glued_opener_closes(text: str, marks: list[int], at: int, family: int) -> bool:
    """Whether the closer at ``marks[at]``, with no quote open, opens one
    (an opener typed glued to the word before it): the next mark on its
    line is of its family and closes, or pairs of the family come first,
    each a name in marks opened and closed ("قائلا فيه” … إلى “يوم الغضب”
    ولا … معروف”"), and a closer of the family follows them."""
    k = at + 1
    while k < len(marks):
        j = marks[k]
        if text[j] == "\n" or _FAMILY[text[j]] != family:
            return False
        kind = _classify(text, j)
        if kind == CLOSE:
            return True
        if (
            kind == AMBIGUOUS
            and k == at + 1
            and _none_on_line(text, marks, k, family)
            and not _opens_said(text, j)
        ):
            # 'واضاف" ان … الكتل "': spaced off on both sides, the line's
            # last mark of the family: the pair's spaces typed inside out
            # (dev30d; but not after أنّ/إنّ, a colon or a verb of saying,
            # '… الرسمية" سانا أن الوزير قال إن " الحكومة …': that mark
            # opens the words said, their closer lost; mend30c)
            return True
        # (an opener: its pair's closer must follow at once)
        if kind != OPEN or k + 1 >= len(marks):
            return False
        j = marks[k + 1]
        if text[j] == "\n" or _FAMILY[text[j]] != family or _classify(text, j) != CLOSE:
            return False
        k += 2
    return False


def _colon_then_word(text: str, i: int) -> bool:
    """Whether a colon, a space on either side or none, then a letter or a
    digit follow the mark at ``i``."""
    j = i + 1 + (text[i + 1] == " ")
    if text[j : j + 1] != ":":
        return False
    j += 1 + (text[j + 1 : j + 2] == " ")
    return text[j : j + 1].isalnum()


def _opens_said(text: str, i: int) -> bool:
    """Whether the mark at ``i`` stands after أنّ/إنّ, a colon or a verb of
    saying: it opens the words said."""
    intro = _word_before(text, i)
    return intro == ":" or intro in _THAT_GLUED or _after_saying(text, i)


def _closes_on_line(text: str, marks: list[int], at: int, family: int) -> bool:
    """Whether the next mark of ``family`` after the opener at
    ``marks[at]`` closes, on its line."""
    for t in range(at + 1, len(marks)):
        j = marks[t]
        ch = text[j]
        if ch == "\n":
            return False
        if _FAMILY[ch] == family:
            return _classify(text, j) == CLOSE
    return False


# what the words between a quote's opener and a stray mark inside it hold
# none of: a stop, a comma or a colon (after one, a new quote may open)
_CLAUSE_BREAKS = frozenset(".!?؟:،,؛;")
_STRAY_REACH = 15  # words from the opener to the stray mark, at most
# (matches where more words than that follow)
_PAST_STRAY_REACH = re.compile(rf"\s*(?:\S+\s+){{{_STRAY_REACH}}}\S")


def _stray_inside(text: str, marks: list[int], at: int, family: int, opened: int) -> bool:
    """Whether the opener at ``marks[at]``, of the family of the quote open
    since ``opened``, is a stray mark inside that quote ("أن "لا معطيات …
    ولو توافرت معطيات كهذه "لقامت الأجهزة بواجبها"، معتبرا"): a few words
    after the first opener, with no stop, comma or colon between (after
    which a new quote may open: "…، ثم قال إن "…"") and no أنّ or إنّ
    right before it, and the next mark of the family on the line closes
    (any after it opening a quote of its own).  The quote then runs from
    the first opener to that closer."""
    i = marks[at]
    # (the words counted no further than the reach, by a match that stops
    # there: an opener left open far back is read again at each mark of
    # its family, and a split of all the words between is quadratic in a
    # long line)
    if _PAST_STRAY_REACH.match(text, opened + 1, i):
        return False
    between = text[opened + 1 : i]
    if not _CLAUSE_BREAKS.isdisjoint(between):
        return False
    last = between.rstrip().rsplit(" ", 1)[-1]
    if last in _THAT_GLUED or _glued_said(last):
        # (and "… مجاناوأضافت "…": the narrator's verb glued to the last
        # word said, the mark after it opens his next words)
        return False
    # (a mark spaced on both sides closes an open quote, as in the pass)
    return _closes_then_opens(text, marks, at, family, False)


def _closes_then_opens(text: str, marks: list[int], at: int, family: int, strict: bool) -> bool:
    """_stray_inside, _stray_after_comma: whether the next mark of
    ``family`` after ``marks[at]`` on the line closes (not an opener; with
    ``strict``, a closer for sure) and the one after it, if any, opens a
    quote of its own ("…"، معتبرا أن "…""; otherwise the marks nest names
    and no mark is a stray)."""
    closer = None
    for t in range(at + 1, len(marks)):
        j = marks[t]
        ch = text[j]
        if ch == "\n":
            break
        if _FAMILY[ch] != family:
            continue
        kind = _classify(text, j)
        if closer is not None:
            return kind == OPEN
        if kind == OPEN or (strict and kind != CLOSE):
            return False
        closer = j
    return closer is not None


# what ends a paragraph's last sentence (a line that ends with none of these
# was wrapped mid-sentence)
_LINE_FINAL = frozenset(".!?؟…:")
# what the words between a quote's opener and a stray opener after a comma
# hold none of (_stray_after_comma): a stop or a colon, after which a new
# quote may open (the line's final marks but an ellipsis, which may stand
# for words left out inside the quote)
_STOPS_OR_COLON = _LINE_FINAL - {"…"}
_LETTERS = re.compile(r"[^\W\d_]+")


def _stray_after_comma(text: str, marks: list[int], at: int, family: int, opened: int) -> bool:
    """Whether the opener at ``marks[at]``, of the family of the quote open
    since ``opened``, right after a comma, is a stray mark inside that
    quote ("تؤكد على “حتمية حل الأزمة …، من جهة، و… من جهة أخرى، “عبر
    الحوار …”."): no stop nor colon since the first opener and no verb of
    saying before the comma (after one a new quote opens: "…، مضيفا، “…”"),
    and the next mark of the family on the line closes, any after it
    opening a quote of its own.  The quote runs from the first opener to
    that closer (two quotes of one speaker were made of it, the second
    spurious; dev29d)."""
    i = marks[at]
    e = i
    while e > opened + 1 and text[e - 1] == " ":
        e -= 1
    if e <= opened + 1 or text[e - 1] not in "،,":
        return False
    if not _STOPS_OR_COLON.isdisjoint(text[opened + 1 : e]):
        return False
    # (nor a verb of saying in the two clauses before the comma: the
    # narrator speaks there, "…، وأضاف النائب X، حسب تعبيره، “…”", "…،
    # مضيفا للصحفيين، “…”", "…، فيما اعتبر X، “…”"; not further back, where
    # the words said may hold one's homograph, "بين" between; mend29b)
    b = e - 1
    for _ in range(2):
        b = max(text.rfind("،", opened + 1, b), text.rfind(",", opened + 1, b))
        if b < 0:
            b = opened
            break
    if any(map(_is_saying_word, _LETTERS.findall(text, b + 1, e))):
        return False
    return _closes_then_opens(text, marks, at, family, True)


# A past verb of saying of the narrator's, with و, glued to the last word
# said where a scraper dropped the closing mark and the space after it ("…
# ولن نتراجع عنهوأضاف أن …"); no Arabic word ends so (sentences.find_unclosed,
# _stray_inside, _inner_closer_lost)
_GLUED_SAID = tuple(
    sorted(
        lx._fold_set(
            "وأضاف وأضافت وتابع وتابعت وأردف وأردفت وقال وقالت وأكد وأكدت "
            "وأوضح وأوضحت وأشار وأشارت وختم وختمت واستطرد واستطردت"
        )
    )
)


# _wrapped_on: the narrator's past verb of saying with و/ف opening a line
# ("ورد الوزير X …"), folded; never a word said that wraps on
_NARRATOR_LINE_VERBS = (
    frozenset(_GLUED_SAID) | {"ف" + w[1:] for w in _GLUED_SAID} | lx._fold_set("ورد وردت فرد فردت")
)


def _glued_said(word: str) -> bool:
    """Whether ``word`` is a word of two letters or more with the
    narrator's verb of saying glued to it ("مجاناوأضافت")."""
    return word.endswith(_GLUED_SAID) and any(
        len(word) - len(v) >= 2 for v in _GLUED_SAID if word.endswith(v)
    )


# what may follow the one closing mark of a quote whose inner quote lost
# its own: the end of the sentence, or the narrator's source of the words
# ("… "هدرزة مرابيع" حسب تعبيره.")
_SENTENCE_STOPS = frozenset(".!?؟…")
_SOURCE_AFTER = frozenset({"حسب", "بحسب", "علي", "وفق", "وفقا", "كما"})
_STOPS_BUT_EXCLAMATION = _SENTENCE_STOPS - {"!"}


def _word_before(text: str, i: int) -> str:
    """The word right before position ``i`` (spaces skipped), or the
    punctuation mark there."""
    e = i
    while e > 0 and text[e - 1] == " ":
        e -= 1
    if e == 0:
        return ""
    if not text[e - 1].isalpha():
        return text[e - 1]
    b = e - 1
    while b > 0 and text[b - 1].isalpha():
        b -= 1
    return text[b:e]


def _is_saying_word(word: str) -> bool:
    """Whether ``word`` (or it without a و/ف before it) is a verb of saying
    or its participle (_saying_colon_before, _after_saying)."""
    cue = lx.CUES.get(word)
    if cue is None and word[:1] in "وف":
        cue = lx.CUES.get(word[1:])
    return cue is not None and (cue.kind == lx.VERB or cue.kind == lx.PARTICIPLE)


def _saying_colon_before(text: str, i: int) -> bool:
    """Whether a colon stands right before the mark at ``i`` with a verb of
    saying or its participle (with و/ف) right before it, no subject between
    ("قائلة: “…”", "مضيفا: “…”", "وقال: «…»"; not "وكما قال الرئيس: “…”")."""
    e = i
    while e > 0 and text[e - 1] == " ":
        e -= 1
    if e == 0 or text[e - 1] != ":":
        return False
    word = _word_before(text, e - 1)
    return _is_saying_word(word)


def _inner_closer_lost(text: str, marks: list[int], at: int, family: int, opened: int) -> bool:
    """Whether the opener at ``marks[at]``, of the family of the quote open
    since ``opened``, opens a quote inside it whose closing mark and the
    outer one were typed as one ("إلى أن "ما نشر …، وفي أحسن الأحوال …
    بأنها "هدرزة مرابيع تفتقد للمصداقية" حسب تعبيره."): the outer quote is
    introduced as speech (after a colon, أنّ/إنّ or a verb of saying), the
    inner one is not (a term the speaker names), no stop ends a sentence
    between them, and the next mark of the family on the line closes, then
    the sentence ends (or the narrator's source follows it) with no other
    mark of the family on the line.  The quote runs from the first opener
    to that closer."""
    i = marks[at]
    intro = _word_before(text, opened)
    if not (intro == ":" or intro in _THAT_GLUED or _after_saying(text, opened)):
        return False
    inner = _word_before(text, i)
    if (
        inner == ":"
        or inner in _THAT_GLUED
        or not inner.isalpha()
        or _after_saying(text, i)
        or _glued_said(inner)
    ):
        return False
    if not _STOPS_BUT_EXCLAMATION.isdisjoint(text[opened + 1 : i]):
        # (an exclamation mark is the speaker's, no narrator's stop: "أن"…
        # لا محالة ! ومن يراهن على الفشل "واهم".", when no verb of saying
        # follows it: "… ! وقال X "…"" opens a quote of X's)
        return False
    if _narrator_resumes(text, opened + 1, i):
        return False
    bang = text.rfind("!", opened + 1, i)
    if bang != -1 and any(
        lx.CUES.get(w) is not None or (w[:1] in "وف" and lx.CUES.get(w[1:]) is not None)
        for w in text[bang + 1 : i].split()
    ):
        return False
    closer = None
    for t in range(at + 1, len(marks)):
        j = marks[t]
        ch = text[j]
        if ch == "\n":
            break
        if _FAMILY[ch] != family:
            if closer is None and bang != -1:
                return False  # ('"كما توقعنا”"': a mixed pair closed, the quote after it)
            continue
        if closer is not None:
            return False  # (more marks of the family: pairs of their own)
        if _classify(text, j) != CLOSE:
            return False
        closer = j
    if closer is None:
        return False
    rest = text[closer + 1 : closer + 40].lstrip(" ")
    if not rest or rest[0] in _SENTENCE_STOPS or rest[0] == "\n":
        return True
    words = rest.split(" ", 1)
    return words[0] in _SOURCE_AFTER


def _reported_before_said(text: str, i: int, opened: int) -> bool:
    """Whether the opener at ``opened``, right after أنّ, and the opener at
    ``i`` of its family hold the narrator's report of a speaker's words
    ("أفاد مصدر أن "رئيس الإقليم X، قال اليوم …، بأنه "يجب …""): a title
    opening them, the first comma, then a verb of saying with no و, and its
    أنّ with the pronoun right before ``i``, no stop between (not the
    speaker's own "المعارضة، وفي أحسن الأحوال، تكرر … بأنها "…"": dev27d)."""
    if _word_before(text, opened) not in _THAT_GLUED:
        return False
    between = text[opened + 1 : i]
    words = between.split()
    if (
        not words
        or words[-1] not in _THAT_PRONOUN
        or words[0] not in lx.TITLES
        or not _SENTENCE_STOPS.isdisjoint(between)
    ):
        return False
    comma = _COMMA.search(between)
    if comma is None:
        return False
    head = between[: comma.start()].split()
    if len(head) > 6 or not lx.NP_STOP.isdisjoint(head):
        # ("أن “الرئيس سيزور المدينة غدا، قال …": a clause, no speaker; mend27d)
        return False
    verb = between[comma.end() :].split(None, 2)[:2]
    if len(verb) < 2 or (cue := lx.CUES.get(verb[0])) is None or cue.kind != lx.VERB:
        return False
    # the verb has a subject of its own ("، قال المصدر بأنه", "، قال مساعده
    # للصحفيين بأنه"): the words before the comma are the source's (mend27d)
    w = verb[1]
    return not (
        w in lx.TITLES or w in lx.ANONYMOUS_HEADS or (w[:2] == "ال" and w[2:] in lx.ANONYMOUS_HEADS)
    )


# _reported_before_said: أنّ with a pronoun, bare or glued to بـ (folded)
_THAT_PRONOUN = frozenset(p + "ان" + s for p in ("", "ب") for s in ("ه", "ها", "هم"))
# _narrator_resumes: an Arabic or a Latin comma
_COMMA = re.compile("[،,]")


def _narrator_resumes(text: str, a: int, b: int) -> bool:
    """Whether, in ``text[a:b]``, a comma is followed by a verb of saying
    (any tense a cue verb has: "وأشاد", "ويقول"; or أثنى, praised, in the
    past) glued to و ("أن "الحكومة ماضية في الإصلاح، وأشاد الوزير بـ"…""):
    the narrator takes up the account there, so an opener after it opens a
    quote of its own (_inner_closer_lost); so does a participle of saying
    right after the comma ("أن “الفساد منتشر …، لافتا إلى أنهم “…”": the
    speaker in the third person, as find_unclosed reads it; dev22d)."""
    for comma in _COMMA.finditer(text, a, b):
        k = comma.end()
        words = text[k : k + 24].split(None, 2)
        if words and (cue := lx.CUES.get(words[0])) is not None and cue.kind == lx.PARTICIPLE:
            return True
        if words and words[0][:1] == "و":
            cue = lx.CUES.get(words[0][1:])
            if cue is not None and cue.kind == lx.VERB:
                return True
            if words[0][1:] in lx.PRAISED_ON and (len(words) < 2 or words[1] != "عشر"):
                return True  # ("، وأثنى X على “…”"; not "، واثني عشر")
    return False


def _closer_spaced_wrong(text: str, marks: list[int], at: int, family: int, opened: int) -> bool:
    """Whether the opener at ``marks[at]``, of the family of the quote open
    since ``opened``, is that quote's closer typed with its space on the
    wrong side, glued to the word after it ("مضيفا "… تلك الأيام. وكان
    الخوف سيد الموقف "عاد الجميع بعدها إلى بيوتهم."): the open quote is
    introduced as speech (after a colon, أنّ/إنّ or a verb of saying) and
    runs over a stop, the mark follows a word that introduces nothing (no
    colon, أنّ or verb of saying: after one, a new quote opens), and no
    other mark of the family follows on the line (it would close one of
    the two)."""
    intro = _word_before(text, opened)
    if not (intro == ":" or intro in _THAT_GLUED or _after_saying(text, opened)):
        return False
    i = marks[at]
    if text[i - 1] != " ":
        return False
    inner = _word_before(text, i)
    if not inner.isalpha() or inner in _THAT_GLUED or _after_saying(text, i):
        return False
    if _SENTENCE_STOPS.isdisjoint(text[opened + 1 : i]):
        return False
    return _none_on_line(text, marks, at, family)


# _wrapped_on: the most line breaks a quote in marks is wrapped over (a
# finding of minutes wrapped at 70 characters ran over five: three missed it)
_WRAPPED_LINES = 6


def _wrapped_on(text: str, marks: list[int], at: int, family: int, opened: int) -> bool:
    """Whether the line break at ``marks[at]``, inside a quote of ``family``
    left open on its line (opened at ``opened``), only wraps the line (text
    hard-wrapped at a fixed width, "… ولا أحد\\nيزاود عليّ …”."): the line
    ends mid-sentence (no final punctuation, no mark but the quote's own
    opener after a space: "… عن برقية تعود الى 2009 "\\nيقول مخبر …"."), the
    next line follows with no blank line, and the next mark of the family,
    within _WRAPPED_LINES lines, closes; each line break on the way is a
    wrap too."""
    lines = 0
    for j in marks[at:]:
        ch = text[j]
        if ch == "\n":
            lines += 1
            if lines > _WRAPPED_LINES:
                return False
            e = j
            while e > 0 and text[e - 1] in " \t\r":
                e -= 1
            if e == 0 or text[e - 1] in _LINE_FINAL:
                return False
            if text[e - 1] in QUOTE_MARKS and not (
                e - 1 == opened and lines == 1 and e > 1 and text[e - 2] == " "
            ):
                return False
            if j + 1 >= len(text) or text[j + 1].isspace():
                return False
            if text[j + 1 : j + 12].split(None, 1)[0] in _NARRATOR_LINE_VERBS:
                # "… بجدية\nورد الوزير X في بيان أن …": the narrator's verb of
                # saying opens the next line, the quote lost its closer
                # (mend29b)
                return False
            continue
        if _FAMILY[ch] == family:
            kind = _classify(text, j)
            if kind == OPEN:
                # "… بمغادرة المعسكر\nالتدريبي لـ “أسود الأطلس”، بسبب …”.": a
                # name in marks of the family on the next line, and the
                # quote closes after it
                return _closes_twice(text, marks, marks.index(j, at), family)
            return kind == CLOSE
    return False


# _names_then_wrapped: the most marks read after the name's opener (names
# in marks on one line are few; a line of openers never closed stops early)
_NAMES_REACH = 12


def _names_then_wrapped(text: str, marks: list[int], at: int, family: int, opened: int) -> bool:
    """Whether the opener at ``marks[at]``, of the family of the quote open
    since ``opened``, opens a name in marks nested in that quote on a line
    the quote wraps past (text hard-wrapped at a fixed width: 'أن "… حول
    "X" كمرشح … حيث\nلم يعلن …".'): counted as _closes_twice counts, each
    name opened on the line closes on it and the quote is still open at
    the line's end, and that line break only wraps it (_wrapped_on: the
    quote closes on a later line)."""
    depth = 2
    for t in range(at + 1, min(len(marks), at + _NAMES_REACH)):
        j = marks[t]
        ch = text[j]
        if ch == "\n":
            return depth == 1 and _wrapped_on(text, marks, t, family, opened)
        if _FAMILY[ch] != family:
            continue
        kind = _classify(text, j)
        if kind == CLOSE:
            depth -= 1
            if depth == 0:
                return False
        elif kind == OPEN:
            depth += 1
        else:
            return False
    return False


def _closed_paragraphs_on(text: str, marks: list[int], at: int, family: int, opened: int) -> bool:
    """Whether the quote of ``family`` opened at ``opened`` goes on past the
    line break at ``marks[at]``, a statement of several paragraphs in one
    pair of marks ("\n”البرقية … إعدامه!!!!\nبرقيات … بلدهم …..\nسأنطلق …
    البرقيات ….”\n"): it opened its line, and the next mark, within five
    paragraphs and with only line breaks before it, is of its family and
    closes the last of them at its end; a name in a pair of the family on
    a later line is passed over ("… من فئة “أ” او …").  An opener within
    its line carries over too when that line ends with a colon: its words
    announce what the next lines hold ("أنه “… تقرر ما يلي:\nأولا …\n…
    آخر.”")."""
    if opened > 0 and text[opened - 1] != "\n":
        nl = text.find("\n", opened)
        if nl < 0 or not text[opened:nl].rstrip(" \t\r").endswith(":"):
            return False
    lines = 0
    inner = -1  # an opener of a name in marks on a later line ("من فئة “أ”")
    last_break = -1
    for j in marks[at:]:
        ch = text[j]
        if ch == "\n":
            if inner >= 0:
                return False
            # a blank line (or one holding only spaces, a no-break space
            # among them) between the paragraphs is layout, no paragraph:
            # "«…\n\n\xa0\n\n…»" reaches as far as "«…\n…»"
            if last_break < 0 or text[last_break + 1 : j].strip():
                lines += 1
                if lines > 5:
                    return False
            last_break = j
            continue
        if _FAMILY[ch] != family:
            return False
        kind = _classify(text, j)
        if inner >= 0:
            if kind == OPEN:
                return False
            inner = -1  # the name closed on its line: the statement goes on
            continue
        if kind == OPEN and lines:
            inner = j
            continue
        if kind != CLOSE:
            return False
        e = j + 1
        while e < len(text) and text[e] in " \t\r.":
            e += 1
        return e == len(text) or text[e] == "\n"
    return False


def _after_saying(text: str, i: int) -> bool:
    """Whether the word right before the mark at ``i``, one space before
    it, is a verb of saying or its participle (with و/ف): a mark spaced on
    both sides there opens what was said ("حيث قال " لقد نجحنا …"."), even
    with a quote left open before it (that one was unbalanced)."""
    e = i - 1
    if e < 1 or text[e] != " " or not text[e - 1].isalpha():
        return False
    b = e - 1
    while b > 0 and text[b - 1].isalpha():
        b -= 1
    word = text[b:e]
    return _is_saying_word(word)


def _verb_wrapped(text: str, marks: list[int], at: int, family: int) -> bool:
    """Whether the opener at ``marks[at]``, inside a quote of its family,
    and the next mark, of the family, wrap one word that is a verb of
    saying with و or ف, the narrator's ('"… الإصلاح "وأضاف" الميزانية …"',
    a typo for '… الإصلاح" وأضاف "الميزانية …'): the words go on after
    the second mark, after a space, and a closer of the family follows on
    the line.  (A name in marks is no verb of saying.)"""
    if at + 1 >= len(marks):
        return False
    i, j = marks[at], marks[at + 1]
    word = text[i + 1 : j]
    if (
        text[j] == "\n"
        or _FAMILY[text[j]] != family
        or word[:1] not in "وف"
        or not word.isalpha()
        or text[j + 1 : j + 2] != " "
    ):
        return False
    cue = lx.CUES.get(word[1:])
    if cue is None or cue.kind != lx.VERB:
        return False
    # (or no mark of the family after it on the line: the words the verb
    # introduces were never closed, '"… الإصلاح "وأضاف" الميزانية … .')
    return _closes_on_line(text, marks, at + 1, family) or _none_on_line(
        text, marks, at + 1, family
    )


def _none_on_line(text: str, marks: list[int], at: int, family: int) -> bool:
    """Whether no mark of ``family`` follows ``marks[at]`` on its line."""
    for j in marks[at + 1 :]:
        ch = text[j]
        if ch == "\n":
            return True
        if _FAMILY[ch] == family:
            return False
    return True


_SPACED_NAME_WORDS = 4  # words in a name spaced off in marks inside a quote, at most


def _spaced_name_inside(text: str, marks: list[int], at: int, outer: int) -> bool:
    """Whether the mark at ``marks[at]``, spaced on both sides inside a
    quote of the family ``outer`` (another family's), opens a name in
    marks nested in it ("«لا أظن أن العقيد ” X Y ” يرغب …»"): the next mark
    on its line is of its own family, one to four words on with no stop,
    comma or colon between, and does not open; and the mark after that,
    on the line, is of the outer family and closes.  (Else the spaced
    mark closes the quote, a mixed pair: "«… الزوار ” ثم غادر".)"""
    if at + 2 >= len(marks):
        return False
    i, j, k = marks[at], marks[at + 1], marks[at + 2]
    if text[j] == "\n" or text[k] == "\n" or _FAMILY[text[j]] != _FAMILY[text[i]]:
        return False
    inside = text[i + 1 : j]
    if not 1 <= len(inside.split()) <= _SPACED_NAME_WORDS or not _CLAUSE_BREAKS.isdisjoint(inside):
        return False
    if _classify(text, j) == OPEN:
        return False
    return _FAMILY[text[k]] == outer and _classify(text, k) == CLOSE


def _closes_after_short_pair(
    text: str, pair: tuple[int, int], i: int, family: int, prev: int = -1
) -> bool:
    """Whether the closer at ``i``, with no quote open, closes the quote
    that the pair before it opened: the pair holds a name of one to three
    words right after أنّ, a colon or a verb of saying, and the words go on
    after it to this closer, which ends the sentence ("أن “راس الحربة ”
    دائما يقدم … مجهود”.": the name's opener and the quote's were typed as
    one).  No mark, line break or stop between the pair and the closer;
    not a pair inside a that-clause ("أن التعميم “مزور وملفق” ولا …”":
    reported speech with a stray mark)."""
    o, c = pair
    if prev > c:
        # (``prev``, the mark or line break before the closer: one after
        # the pair is a mark or break between; read first, as each closer
        # after the pair would read all the text between again)
        return False
    # (splits no further than the count needs: each closer after a long
    # pair reads it again)
    # (``o`` is no mark when the pair's quote reopened after a manner aside,
    # "«نعم،«ضاحكا»،».\"": _manner_aside; KeyError before, review C)
    if _FAMILY.get(text[o]) != family or not 1 <= len(text[o + 1 : c].split(None, 3)) <= 3:
        return False
    between = text[c + 1 : i]
    if (
        len(between.split(None, 1)) < 2
        or "\n" in between
        or not _SENTENCE_STOPS.isdisjoint(between)
        or any(ch in QUOTE_MARKS for ch in between)
    ):
        return False
    rest = text[i + 1 : i + 3].lstrip(" ")
    if rest and rest[0] not in _SENTENCE_STOPS and rest[0] != "\n":
        return False
    intro = _word_before(text, o)
    return intro == ":" or intro in _THAT_GLUED or _after_saying(text, o)


def _manner_aside(text: str, marks: list[int], at: int, family: int) -> int:
    """The position of the mark that closes a manner participle alone in
    marks right after the opener at ``marks[at]``, inside a quote of the
    same family that closes later on the line ("«… وحماسية، «ضاحكاً»، أو
    …»" as straight marks type it: '"… ، "ضاحكا"، أو …"'): the narrator's
    aside, typed in marks, whose marks close the quote before it and open
    the words after it; -1 when there is none.  A comma comes before the
    aside: a participle in marks with none is a word of the sentence, the
    predicate of كان or the state of someone else ("كان المدرب «غاضباً»،
    ولم …", "رأيت الجمهور "مبتسما"، …"), and the quote goes on (mend27d)."""
    if at + 2 >= len(marks):
        return -1
    i, j, k = marks[at], marks[at + 1], marks[at + 2]
    if (
        _FAMILY.get(text[j]) != family
        or _FAMILY.get(text[k]) != family
        or text[i + 1 : j].strip() not in lx.MANNER_PARTICIPLES
        or text[j + 1 : j + 2] not in _ASIDE_AFTER
        or text[max(i - 2, 0) : i].strip(" ")[-1:] not in ("،", ",")
        or _classify(text, k) != CLOSE
    ):
        return -1
    return j


def find_marked_quotes(
    text: str, loose: list[tuple[int, int]] | None = None
) -> list[tuple[int, int]]:
    """``(open_mark, close_mark)`` positions of each top-level quote, in order.

    ``loose``, when given, receives the marks left unpaired, ``(position,
    OPEN)`` for an opener never closed (up to its line's end, or up to the
    next opener of its family), ``(position, CLOSE)`` for a closer with no
    quote open: the engine reads speech from them where a cue introduces it.
    """
    out: list[tuple[int, int]] = []
    stack: list[tuple[int, int]] = []  # (position, family)
    marks = _mark_positions(text)
    plain = _plain_pairs(text, marks)
    if plain is not None:
        return plain
    carried = -1  # the opener of a statement carried over its paragraphs
    nested_closed = -1  # the last closer of a quote nested in another
    # the pairs closed right inside a single mark (‘) at the bottom of the
    # stack: (its position, [(open, close), …]); kept as quotes of their
    # own when it never closes on its line
    inside_single: tuple[int, list[tuple[int, int]]] = (-1, [])
    reach: dict[int, list[int]] = {}  # (_closes_twice) family -> its table
    reopen = -1  # the mark after a manner participle's aside (_manner_aside)
    for at, i in enumerate(marks):
        ch = text[i]
        if ch == "\n":
            if stack and _wrapped_on(text, marks, at, stack[-1][1], stack[-1][0]):
                continue  # a wrapped line: the quote goes on on the next one
            if len(stack) == 1 and _closed_paragraphs_on(text, marks, at, stack[0][1], stack[0][0]):
                carried = stack[0][0]
                continue  # a statement of several paragraphs, closed at the last
            if stack and inside_single[0] == stack[0][0] and stack[0][1] == 3:
                # a single mark (‘) never closed on its line, with words in
                # marks of another family closed right inside it ("وأشارت X
                # ‘إلى أنها …، قائلة: “…”"): a stray, which opens nothing;
                # the words in marks are quotes of their own (dev23d)
                out.extend(inside_single[1])
            elif len(stack) == 1 and stack[0][0] < i - 1:
                # English-style continuation: a quote left open at the end of
                # its paragraph, and the next paragraph reopens it with the same
                # mark ("… الصالونات.\n\n"والأخطر …"): the first part ends here
                j = i
                while j < len(text) and text[j].isspace():
                    j += 1
                if (
                    j < len(text)
                    and _FAMILY.get(text[j]) == stack[0][1]
                    and _classify(text, j) == OPEN
                ):
                    e = i
                    while e > stack[0][0] + 1 and (text[e - 1].isspace() or text[e - 1] in ".،"):
                        e -= 1
                    out.append((stack[0][0], e))
                elif loose is not None:
                    loose.append((stack[0][0], OPEN))
            elif stack and loose is not None:
                loose.append((stack[0][0], OPEN))
            stack.clear()  # an unclosed quote does not run past the paragraph
            continue
        family = _FAMILY[ch]
        kind = OPEN if i == reopen else _classify(text, i)
        if i == reopen:
            # (the words after an aside open past its comma: '"ضاحكا"، واليوم')
            while i + 1 < len(text) and text[i + 1] in _ASIDE_AFTER:
                i += 1
        if family == 3 and kind == AMBIGUOUS:
            continue  # ’ between letters is an apostrophe (d’Ivoire)
        if kind == AMBIGUOUS:
            if (
                not stack
                or (family != stack[-1][1] and ch in _OPEN_BIAS)
                or (ch in _OPEN_BIAS and family == stack[-1][1] and stack[-1][0] == i - 1)
                # ('«"…"»', '""…""': a mark right after an opener, before a
                # word, opens too; no quote closes with nothing in it)
                or (stack[-1][0] == i - 1 and i + 1 < len(text) and text[i + 1].isalnum())
                or _after_saying(text, i)
                or (family != stack[-1][1] and _spaced_name_inside(text, marks, at, stack[-1][1]))
            ):
                kind = OPEN
            else:
                kind = CLOSE
        if kind == OPEN:
            if not stack:
                stack.append((i, family))
            elif family != stack[-1][1] and len(stack) < 3:
                stack.append((i, family))  # a nested quote
            elif len(stack) == 1:
                if family == stack[0][1] and (aside := _manner_aside(text, marks, at, family)) >= 0:
                    # '"… وحماسية، "ضاحكا"، أو …"': the narrator's aside in
                    # marks; the quote closes before it and goes on after it,
                    # the aside's commas no part of either (mend27d)
                    e = i
                    while e > stack[0][0] + 1 and text[e - 1] in _ASIDE_AFTER:
                        e -= 1
                    out.append((stack[0][0], e))
                    stack.clear()
                    reopen = aside
                elif _verb_wrapped(text, marks, at, family):
                    # '"… الإصلاح "وأضاف" الميزانية …"': the narrator's verb
                    # wrapped in marks by a typo; the quote closes before it
                    # (the mark after it opens the next words, typed glued)
                    out.append((stack[0][0], i))
                    stack.clear()
                elif (
                    _closes_twice(text, marks, at, family, reach)
                    or (carried == stack[0][0] and _closes_on_line(text, marks, at, family))
                    or _names_then_wrapped(text, marks, at, family, stack[0][0])
                ):
                    # «… مشروع «آفطوط الشرقي» ستنطلق …»: a name in marks of
                    # the quote's own family, and the quote closes after it
                    # (or, in a statement carried over its paragraphs, at
                    # the end of a later one: "… من فئة “أ” او …"; or on a
                    # later line of hard-wrapped text, '"… ملف "X" بجدية
                    # …\nالأولوية …".': dev29d)
                    stack.append((i, family))
                elif _stray_inside(text, marks, at, family, stack[0][0]) or _stray_after_comma(
                    text, marks, at, family, stack[0][0]
                ):
                    continue  # a stray mark: the quote goes on through it
                elif _reported_before_said(text, i, stack[0][0]):
                    # 'أن "الوزير X، قال اليوم …، بأنه "…"': the first opener
                    # a stray before the report, which opens nothing
                    stack[0] = (i, family)
                elif _inner_closer_lost(text, marks, at, family, stack[0][0]):
                    continue  # its words and the quote close at one mark
                elif _closer_spaced_wrong(text, marks, at, family, stack[0][0]):
                    out.append((stack[0][0], i))  # a closer typed "word "word"
                    stack.clear()
                else:
                    if loose is not None:
                        loose.append((stack[0][0], OPEN))
                    stack[0] = (i, family)  # the earlier opener was unbalanced
            else:
                stack.pop()  # a nested mark that never closed; treat as close
                stack.append((i, family))
            continue
        # CLOSE
        if not stack:
            if (
                i + 2 < len(text)
                and (
                    # ("وتساءل X” 10 آلاف إرهابي … من أين جاؤوا؟ …”": a number
                    # may open the words)
                    (text[i + 1] == " " and text[i + 2].isalnum())
                    # ("أكد X قائلا” : لن …”", "وأضاف”: …”": the colon that
                    # ends the cue typed after the glued opener, dev31d)
                    or ((text[i + 1] == ":" or text[i + 1] == " ") and _colon_then_word(text, i))
                )
                and _glued_opener_closes(text, marks, at, family)
            ):
                # 'إلى ان" سورية كانت …".': an opener typed with its space on
                # the wrong side, glued to the word before it; the next mark
                # on the line, of its family, closes the quote it opens
                stack.append((i, family))
            elif out and _closes_after_short_pair(text, out[-1], i, family, marks[at - 1]):
                out[-1] = (out[-1][0], i)
            elif loose is not None:
                loose.append((i, CLOSE))
            continue  # (else an unbalanced closer: skip it)
        if (
            nested_closed == i - 1
            and text[i - 1] == ch
            and all(f != family for _, f in stack)
            and _closes_on_line(text, marks, at, stack[-1][1])
        ):
            # "“… «خطة السلام»» التي … أبدا”": a closer doubled right after
            # the one that closed a nested quote, none of its family open,
            # and the open quote's own closer later on the line: a typo,
            # no closer of the outer quote
            continue
        outer = stack[0][0]
        for k in range(len(stack) - 1, -1, -1):
            if stack[k][1] == family:
                if k == 1 and stack[0][1] == 3 and _saying_colon_before(text, stack[1][0]):
                    # (a pair right inside a single mark, after a colon, the
                    # words a participle or a verb of saying brings: inside_single;
                    # not a name or a term in marks, "‘إن شركة “النور” ستوظف
                    # …": the single mark's words are the quote, as before;
                    # nor words another named speaker said within the single
                    # mark's quote, "‘نحن ملتزمون، وكما قال الرئيس: “…”",
                    # mend23c)
                    if inside_single[0] != outer:
                        inside_single = (outer, [])
                    inside_single[1].append((stack[1][0], i))
                del stack[k:]
                if k:
                    nested_closed = i
                break
        else:
            stack.pop()
        if not stack:
            out.append((outer, i))
    if stack and inside_single[0] == stack[0][0] and stack[0][1] == 3:
        out.extend(inside_single[1])  # (a stray single mark: see at a line break)
    elif stack and loose is not None:
        loose.append((stack[0][0], OPEN))
    return out
