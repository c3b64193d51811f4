"""Arabic text normalisation for search, matching and duplicate detection.

``normalize()`` is *the* normal form of the project: it is what
``Quote.text_normalized`` and ``SpeakerAlias.name_normalized`` store and what
search queries are folded with, so ``القاعده`` finds ``القاعدة``.  Never fork it:
a second, slightly different folding would make stored rows unfindable.

What it does, in order:

1. Per character (one ``str.translate`` pass):
   - alef forms ``أ إ آ ٱ`` → ``ا``; hamza carriers ``ؤ`` → ``و``, ``ئ`` → ``ي``;
     alef maqsura ``ى`` → ``ي``; ta marbuta ``ة`` → ``ه``; Persian/Urdu look-alikes
     ``ی`` → ``ي``, ``ک`` → ``ك``, ``ۀ`` → ``ه``.
   - the standalone hamza ``ء`` is **kept**: dropping it merges distinct words
     (``سماء``/``سما``, ``جزء``/``جز``) and the gold scorer keeps it too;
   - removed: tashkeel (U+064B–U+065F, including the combining hamza
     U+0654/U+0655, so decomposed ``ا``+U+0654 folds like ``أ``), superscript
     alef U+0670, Quranic signs U+0610–U+061A and U+06D6–U+06ED, tatweel U+0640,
     bidi and format marks (LRM/RLM, U+202A–U+202E, U+2066–U+2069, ALM U+061C,
     ZWJ/ZWNJ/ZWSP, word joiner, soft hyphen, BOM);
   - Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) go through NFKC
     *one character at a time* and the result is folded again; a ligature can
     therefore become several letters (``ﻻ`` → ``لا``, ``ﷲ`` → ``الله``), and the
     isolated-haraka forms (U+FE70…) disappear;
   - Arabic-Indic ``٠-٩`` and Eastern Arabic-Indic ``۰-۹`` digits → ``0-9``;
   - Latin, Greek, Cyrillic and Armenian letters are case-folded
     (``str.casefold``; ``ß`` → ``ss``).
2. Whitespace runs (anything ``str.split()`` splits on) become one space and
   the ends are stripped.

Punctuation is left alone: callers that want to ignore it do so themselves.

``normalize_with_offsets()`` returns the same string plus an offset map so that
spans found in normalised text map back to the original text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

__all__ = ["FORMAT_MARKS", "fold_with_offsets", "normalize", "normalize_with_offsets"]

_LETTER_FOLDS = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ٲ": "ا",  # alef with wavy hamza above
    "ٳ": "ا",  # alef with wavy hamza below
    "ؤ": "و",
    "ئ": "ي",
    "ى": "ي",
    "ة": "ه",
    "ی": "ي",  # Farsi yeh
    "ې": "ي",
    "ک": "ك",  # keheh
    "ۀ": "ه",
    "ە": "ه",
}

_DELETED_RANGES = (
    (0x0610, 0x061A),  # Quranic honorifics and small letters
    (0x064B, 0x065F),  # harakat, tanwin, shadda, sukun, combining hamza...
    (0x0670, 0x0670),  # superscript alef
    (0x06D6, 0x06ED),  # Quranic annotation marks
    (0x0640, 0x0640),  # tatweel
)
# (deleted too: the invisible format characters, no part of any letter)
_FORMAT_RANGES = (
    (0x061C, 0x061C),  # Arabic letter mark
    (0x200B, 0x200F),  # ZWSP, ZWNJ, ZWJ, LRM, RLM
    (0x202A, 0x202E),  # bidi embeddings and overrides
    (0x2060, 0x2060),  # word joiner
    (0x2066, 0x2069),  # bidi isolates
    (0xFEFF, 0xFEFF),  # BOM / zero-width no-break space
    (0x00AD, 0x00AD),  # soft hyphen
)
_DELETED_RANGES += _FORMAT_RANGES
# The invisible format characters (direction marks, zero-width ones, the
# BOM, the soft hyphen): the extraction engine keeps them off the end of
# a span it reads back in the text (_Doc.oend)
FORMAT_MARKS = frozenset(chr(cp) for lo, hi in _FORMAT_RANGES for cp in range(lo, hi + 1))

_CASEFOLD_RANGES = (
    (0x0041, 0x024F),  # Basic Latin letters .. Latin Extended-B
    (0x0370, 0x058F),  # Greek, Cyrillic, Armenian
    (0x1E00, 0x1FFF),  # Latin Extended Additional, Greek Extended
    (0xFB00, 0xFB17),  # Latin and Armenian ligatures (ﬀ → ff)
    (0xFF21, 0xFF3A),  # fullwidth A-Z
)

_PRESENTATION_RANGES = ((0xFB50, 0xFDFF), (0xFE70, 0xFEFE))


def _base_fold(ch: str) -> str:
    """Fold one character that is not a presentation form."""
    cp = ord(ch)
    for lo, hi in _DELETED_RANGES:
        if lo <= cp <= hi:
            return ""
    if ch in _LETTER_FOLDS:
        return _LETTER_FOLDS[ch]
    if 0x0660 <= cp <= 0x0669:
        return chr(cp - 0x0660 + 0x30)
    if 0x06F0 <= cp <= 0x06F9:
        return chr(cp - 0x06F0 + 0x30)
    for lo, hi in _CASEFOLD_RANGES:
        if lo <= cp <= hi:
            return ch.casefold()
    return ch


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {}
    candidates = [chr(cp) for lo, hi in _DELETED_RANGES for cp in range(lo, hi + 1)]
    candidates += list(_LETTER_FOLDS)
    candidates += [chr(cp) for cp in range(0x0660, 0x066A)]
    candidates += [chr(cp) for cp in range(0x06F0, 0x06FA)]
    candidates += [chr(cp) for lo, hi in _CASEFOLD_RANGES for cp in range(lo, hi + 1)]
    for ch in candidates:
        folded = _base_fold(ch)
        if folded != ch:
            table[ord(ch)] = folded
    for lo, hi in _PRESENTATION_RANGES:
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            expanded = unicodedata.normalize("NFKC", ch)
            if expanded == ch:
                continue  # unassigned code point: leave it alone
            # Isolated haraka forms decompose to " " + haraka; strip the space
            # so that they vanish like the haraka itself.
            folded = "".join(_base_fold(c) for c in expanded).strip()
            table[cp] = folded
    return table


_TABLE: dict[int, str] = _build_table()
_FOLDS: dict[str, str] = {chr(cp): rep for cp, rep in _TABLE.items()}

# Most Arabic news text has a change every 20-30 characters; a regex that jumps
# from one changed character to the next is ~4x faster than str.translate,
# which pays a dict lookup for every character.
_CHANGED = re.compile("[" + "".join(re.escape(ch) for ch in sorted(_FOLDS)) + "]")
# Characters whose replacement is not exactly one character: only these need
# bookkeeping in normalize_with_offsets(); everything else maps 1:1.
_RESHAPING = re.compile(
    "[" + "".join(re.escape(ch) for ch, rep in sorted(_FOLDS.items()) if len(rep) != 1) + "]"
)
# Whitespace that normalize() does not keep as-is (besides the ends): runs
# and non-space whitespace characters.  Kept simple: it runs on every text.
_IRREGULAR_SPACE = re.compile(r"[^\S ]|  ")
_SPACES = re.compile(r"\s+")


def _fold(m: re.Match[str]) -> str:
    return _FOLDS[m.group()]


# The commonest folds (ta marbuta, hamza carriers, alef maqsura) are done first
# with str.replace, which runs at memchr speed; the regex then calls _fold()
# only for the rare rest.  Same result: every fold maps one character on its
# own and no replacement contains a character that folds again.
# (tests/extraction/test_normalize.py checks both.)
_FREQUENT = tuple((ch, _FOLDS[ch]) for ch in "ةأإىآؤئ")


def _fold_chars(text: str) -> str:
    """The per-character step of normalize()."""
    for ch, rep in _FREQUENT:
        text = text.replace(ch, rep)
    return _CHANGED.sub(_fold, text)


def _fold_chars_counted(text: str) -> tuple[str, int]:
    """``_fold_chars(text)`` and how many characters the regex step changed
    (0: only the frequent one-to-one folds applied)."""
    for ch, rep in _FREQUENT:
        text = text.replace(ch, rep)
    return _CHANGED.subn(_fold, text)


def normalize(text: str) -> str:
    """Return the search/matching normal form of ``text`` (see module doc)."""
    return " ".join(_fold_chars(text).split())


def normalize_with_offsets(text: str) -> tuple[str, list[int]]:
    """Return ``(normalize(text), offsets)``.

    ``offsets`` has ``len(normalized) + 1`` entries: ``offsets[i]`` is the index
    in ``text`` of the character that produced normalised character ``i`` and
    the last entry is ``len(text)``.  A normalised span ``[a, b)`` therefore
    corresponds to ``text[offsets[a]:offsets[b]]``.  When a ligature expands to
    several letters they all point at the ligature; a collapsed whitespace run
    points at its first character.
    """
    # Stage 1: the per-character folding.
    folded = _fold_chars(text)
    stage1: list[int] | None = None  # None: identity, the common case
    if len(folded) != len(text) or _RESHAPING.search(text):
        stage1 = []
        pos = 0
        for m in _RESHAPING.finditer(text):
            i = m.start()
            stage1.extend(range(pos, i))
            stage1.extend([i] * len(_FOLDS[text[i]]))
            pos = i + 1
        stage1.extend(range(pos, len(text)))

    # Stage 2: whitespace collapse and strip, on the folded text.
    if not (folded[:1].isspace() or folded[-1:].isspace() or _IRREGULAR_SPACE.search(folded)):
        normalized = folded
        offsets = stage1 if stage1 is not None else list(range(len(folded)))
    else:
        out: list[str] = []
        stage2: list[int] = []
        pos = 0
        n = len(folded)
        for m in _SPACES.finditer(folded):
            s, e = m.span()
            if s > pos:
                out.append(folded[pos:s])
                stage2.extend(range(pos, s))
            if e < n and out:  # an inner run becomes one space; edge runs vanish
                out.append(" ")
                stage2.append(s)
            pos = e
        if pos < n:
            out.append(folded[pos:n])
            stage2.extend(range(pos, n))
        normalized = "".join(out)
        offsets = stage2 if stage1 is None else [stage1[i] for i in stage2]
    offsets.append(len(text))
    return normalized, offsets


def fold_with_offsets(text: str) -> tuple[str, list[int] | None]:
    """Character folding of ``normalize()`` without the whitespace step.

    The extraction engine works on this form: letters are folded exactly as in
    ``normalize()`` but newlines and spacing survive, so that paragraph
    boundaries stay visible.  Returns ``(folded, offsets)`` where ``offsets``
    (``len(folded) + 1`` entries) maps back to ``text``, or ``None`` when the
    folding kept every character in place (the usual case: then offsets are
    the identity).
    """
    folded, rare = _fold_chars_counted(text)
    if not rare or (len(folded) == len(text) and not _RESHAPING.search(text)):
        # only one-to-one folds (every reshaping character is a rare one)
        return folded, None
    offsets: list[int] = []
    pos = 0
    for m in _RESHAPING.finditer(text):
        i = m.start()
        offsets.extend(range(pos, i))
        offsets.extend([i] * len(_FOLDS[text[i]]))
        pos = i + 1
    offsets.extend(range(pos, len(text)))
    offsets.append(len(text))
    return folded, offsets


def splice(
    folded: str, offsets: list[int] | None, edits: Iterable[tuple[int, int, str]]
) -> tuple[str, list[int] | None]:
    """``folded`` with each edit ``(start, end, text)`` made, in increasing
    order: the characters ``[start, end)`` replaced by ``text``, whose
    characters map back to the original character of ``start``; and the map
    back to the original text (``offsets`` as ``fold_with_offsets`` gives
    it, None for the identity).  With no edit, both come back as they were
    (the same objects)."""
    parts: list[str] = []
    out: list[int] = []
    base = offsets if offsets is not None else range(len(folded) + 1)
    pos = 0
    for s, e, text in edits:
        parts.append(folded[pos:s])
        out.extend(base[pos:s])
        if text:
            parts.append(text)
            out.extend([base[s]] * len(text))
        pos = e
    if not parts:
        return folded, offsets
    parts.append(folded[pos:])
    out.extend(base[pos:])
    return "".join(parts), out
