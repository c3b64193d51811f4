"""Find direct quotations and attribute them: speaker, role, date, cable.

The engine works on the *folded* text (``fold_with_offsets``: the letters of
``normalize()`` without the whitespace collapse), so every rule sees one
spelling of a word whatever hamzas or tashkeel the outlet printed, and maps
spans back to the original text at the end.

Pipeline for one text:

1. tokens (words and single punctuation marks) and the quotation marks;
2. quote spans: marked ones (``quotes.find_marked_quotes``) and unmarked direct
   speech after a cue and a colon (``قائلا: …``);
3. sentences (outside quotes) and clause boundaries;
4. speech cues (verbs, participles, impersonal ``جاء في``, prepositional
   ``بحسب``) and the noun phrase each one governs, read left to right into a
   small discourse model (who has spoken, who was mentioned, with gender and
   number) so that ``وأضافت`` or ``لكنهم أقروا`` resolve by agreement;
5. for every quote: the governing cue (the nearest one before it in its
   sentence, else one right after it, else the last speaker), the date that
   governs the statement (in the cue clause, else a fronted adverbial of the
   sentence such as ``وفي جانفي 2010،``, else the previous quote's when the
   same speaker goes on), the cable reference, and a confidence.

This module holds ``extract()`` and ``_Extractor``: its constructor (step 1)
and ``run()``, the discourse pass (steps 4-5).  The other methods come from
mixins, one module each: ``sentences`` (steps 2-3), ``phrases`` (cues and
noun phrases), ``speakers`` (attribution) and ``dating`` (dates and cables);
``words`` holds the tables, helpers and records they share.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import replace
from functools import lru_cache
from itertools import accumulate, compress, count, islice, repeat
from operator import and_, attrgetter, contains, le, lt, not_, or_

from claims.extraction import dating as _dating_module
from claims.extraction import lexicon as lx
from claims.extraction import sentences as _sentences_module
from claims.extraction import speakers as _speakers_module
from claims.extraction import words as _words_module
from claims.extraction.dates import DateMention
from claims.extraction.dating import _Dating
from claims.extraction.normalize import fold_with_offsets, normalize, splice
from claims.extraction.phrases import (
    _INCIDENT_OBJECTS,
    _STAR,
    _TITLES_BEFORE_NAME,
    _WHO,
    _audience,
    _construct_object,
    _derived_masdar,
    _Phrases,
)
from claims.extraction.quotes import single_marks
from claims.extraction.sentences import _Sentences, _within
from claims.extraction.speakers import _Speakers
from claims.extraction.types import (
    ANONYMOUS,
    DOCUMENT,
    GROUP,
    ORGANIZATION,
    PERSON,
    ExtractedQuote,
)
from claims.extraction.words import (
    _AMAM,
    _BARE_TITLES,
    _BUT_THAT,
    _CANDIDATE_BIT,
    _CHIEF,
    _COMMAS,
    _COMMAS_OR_SEMICOLON,
    _CONSTRUCT_HONORIFIC_MENTIONS,
    _DEFINITE_OBJECTS,
    _DU,
    _F,
    _FEMININE_BODY_HEADS,
    _GENERIC_TITLES,
    _GO_ON,
    _HE_SHE,
    _HEADLINE_WORDS,
    _HONORIFIC_MENTIONS,
    _INFORM,
    _LEADER_KEYS,
    _M,
    _MEMOS,
    _MILITARY_RANKS,
    _MINISTER_ALONE,
    _MINISTERIAL_POSTS,
    _MP_TITLES,
    _NAMED_AFTER_HEADS,
    _NORMALIZED,
    _OFFICE_NAMES,
    _ORDINALS,
    _OTHER_LEADERS,
    _OTHER_OFFICE_ALONE,
    _PARTY_HEADS,
    _PATRONYMIC_LINKS,
    _PL,
    _PLAIN_HONORIFICS,
    _POSSESSED_TITLES,
    _POST_FIELD_PREPOSITIONS,
    _PRESIDENT_KEYS,
    _PRESIDENT_OF_STATE_KEYS,
    _QUOTE_MARK_SET,
    _RANK_QUALIFIERS,
    _RELAYED_LEMMA,
    _RESUMPTIVE_SKIP,
    _SAYING,
    _SG,
    _SINGLE_NEW_DOCUMENTS,
    _SINGULAR_SOURCES,
    _SOFT_START_BIT,
    _STATEMENTS,
    _TELLS,
    _THEN,
    _TITLE_ADJECTIVES,
    _WARRANT_NEXT,
    _WORD_BIT,
    _Attribution,
    _base,
    _chief_of,
    _chief_of_post,
    _coordinated_titles,
    _CueHit,
    _depossessed,
    _Doc,
    _Entity,
    _group_role,
    _juxtaposed_posts,
    _key,
    _key_words,
    _lemma_key,
    _match_all,
    _match_words,
    _member_of_parliament,
    _mp_title_fits,
    _named_person,
    _nisba_stem,
    _office,
    _one_of_head,
    _other_country,
    _other_nisba,
    _post_sans_country,
    _post_words,
    _Quote,
    _role_countries,
    _role_nisbas,
    _role_words,
    _same_state_nisbas,
    _state_post,
    _WordTable,
    normalize_first,
    set_indices,
    token_kinds_twinned,
    trim_tables,
)

# Re-exported for tests/extraction/test_fast_paths.py and test_normalize.py,
# which check the word tables against the plain code they stand for through
# this module.
from claims.extraction.words import _ANAPHORIC_HEADS as _ANAPHORIC_HEADS
from claims.extraction.words import _CHILD_ROLES as _CHILD_ROLES
from claims.extraction.words import _COUNTERPARTS as _COUNTERPARTS
from claims.extraction.words import _COUNTRIES as _COUNTRIES
from claims.extraction.words import _CUE_INFO as _CUE_INFO
from claims.extraction.words import _DEICTIC_DAYS as _DEICTIC_DAYS
from claims.extraction.words import _HEAD_TESTS as _HEAD_TESTS
from claims.extraction.words import _HOLDS_OR_TAKES_POST as _HOLDS_OR_TAKES_POST
from claims.extraction.words import _IS_TITLE_HEAD as _IS_TITLE_HEAD
from claims.extraction.words import _LINEAGE_WORDS as _LINEAGE_WORDS
from claims.extraction.words import _MAY_CUE as _MAY_CUE
from claims.extraction.words import _MENTION_KIND as _MENTION_KIND
from claims.extraction.words import _NAME_FLAGS as _NAME_FLAGS
from claims.extraction.words import _NAME_LINKS as _NAME_LINKS
from claims.extraction.words import _NATIONALITIES as _NATIONALITIES
from claims.extraction.words import _NISBA_PLURAL as _NISBA_PLURAL
from claims.extraction.words import _NOT_A_SUBJECT_START as _NOT_A_SUBJECT_START
from claims.extraction.words import _NP_KIND as _NP_KIND
from claims.extraction.words import _POSSESSIVE as _POSSESSIVE
from claims.extraction.words import _PREP_BY_FIRST as _PREP_BY_FIRST
from claims.extraction.words import _PREP_CUE as _PREP_CUE
from claims.extraction.words import _SINGULAR_OF as _SINGULAR_OF
from claims.extraction.words import _SPECIAL_CUES as _SPECIAL_CUES
from claims.extraction.words import _STATEMENT_NOUNS as _STATEMENT_NOUNS
from claims.extraction.words import _TITLE_BROKEN_PLURALS as _TITLE_BROKEN_PLURALS
from claims.extraction.words import _TOKEN as _TOKEN
from claims.extraction.words import _WITHHELD_NAME as _WITHHELD_NAME
from claims.extraction.words import _cue_of as _cue_of
from claims.extraction.words import _QuoteBuilder as _QuoteBuilder
from claims.extraction.words import _suffixed_title as _suffixed_title
from claims.extraction.words import token_kinds as token_kinds

# attribute(): the nouns of statement whose owner speaks ("تصريح الوزير …")
_STATEMENT_OF_NOUNS = _speakers_module._STATEMENT_OR_ANSWER_NOUNS
_CONTENT_OF = _speakers_module._CONTENT_OF
_REFUSED = _speakers_module._REFUSED
# (dev31s's tables, bound by assignment: methods are called on them)
_PARTY_WORDS = _words_module._PARTY_WORDS
_PRESIDENT_OF_HEAD = _words_module._PRESIDENT_OF_HEAD
_NISBA_TWINS = _words_module._NISBA_TWINS
_THE_LATTER = _speakers_module._THE_LATTER
_THAT_CAME = _speakers_module._THAT_CAME
_OWNED_STATEMENT_FORMS = _words_module._OWNED_STATEMENT_FORMS


# posts_named_later: bare titles with the article that are an office of
# their own ("الرئيس", the president), folded: never the bare form of a
# longer post with their head ("رئيس الوزراء", "رئيس البرلمان")
_OWN_OFFICE_TITLES = _words_module._words("الرييس")
# nickname_mentions: "X Y الشهير بـ«Z»", "X، الملقب بـ«Z»،" (folded)
_KNOWN_AS_PARTICIPLES = _words_module._KNOWN_AS_PARTICIPLES

# Called as ``name.method(...)``, so bound here by assignment rather than
# imported: CPython 3.11 compiles a method call on an imported name as an
# attribute load and a call (it takes the name for a module), which makes a
# bound method object on every call, where a module global gets LOAD_METHOD.
_ANY_MARK = _words_module._ANY_MARK
_COMMA_THEN_WE = _sentences_module._COMMA_THEN_WE  # (extract: a text with no mark)
_CUE_WORDS = _words_module._CUE_WORDS
# (bound by assignment: late_post reads them)
_DECEASED = _words_module._DECEASED
_KIN = _speakers_module._KIN
_ROUNDED = _words_module._ROUNDED
_SIGNED_BY = _words_module._SIGNED_BY
_THAT = _words_module._THAT
_NAMED_THAT = _words_module._NAMED_THAT
_APPOINTING = _words_module._APPOINTING
_SAME = _words_module._SAME
_SAME_BEFORE = _words_module._SAME_BEFORE
_KINDS_OF = _words_module._KINDS_OF
# where(): the words an article's tokens are scanned for one by one (the
# articles of the tests and bench ask ten at most), past which every token
# is filed at once
_WHERE_SCANS = 24
# the long vowels a name key drops after its first letter (folded), that a
# slip of the pen misplaces in a family name (respelled)
_LONG_VOWELS = frozenset("اوي")
# heads that, with "ذاته/نفسه", name whoever was quoted last when no speaker
# had that head ("وأضاف المصدر ذاته" after a named official)
_GENERIC_SAME_HEADS = _words_module._words("مسوول مسووله مسيول مسيوله مصدر")
# "المعني بالأمر", "المعنية": the one concerned, whom the story is about
_CONCERNED = _words_module._words("المعني المعنيه")
# who wrote a piece ("كاتب المقال", "صاحبة الدراسة", "معد التقرير") and
# the pieces, folded, without the article
_WRITER_HEADS = _words_module._words("كاتب كاتبه صاحب صاحبه معد معده محرر محرره مولف مولفه")
_WRITTEN_STEMS = _words_module._words("مقال مقاله تقرير دراسه بحث كتاب تحقيق")
_FORMER_DEFINITE = _words_module._FORMER_DEFINITE
_CABLE_OWNERS = _words_module._CABLE_OWNERS
# _dated_back_after: the verbs that date a document ("تعود إلى عام 2009")
_DATES_BACK = _dating_module._DATES_BACK
# _dated_back_after: how far after a document's noun "تعود إلى" may date it
_DATED_BACK_REACH = 28
_RELATIVES = _words_module._RELATIVES
# "يعود تاريخها إلى …": "its date" between the verb and the date
_ITS_DATE = _words_module._words("تاريخها تاريخه")
# a gathering's label, bare or with the article ("منتدى", "المؤتمر"): a year
# after it is the gathering's (dating.gathering_dated)
_GATHERING_NAMERS = _words_module._GATHERING_NAMERS
# a date's precision -> the finer ones
_FINER = {"year": ("month", "day"), "month": ("day",)}
# the cable named again with its date ("وأرسلت البرقية التي تحمل تاريخ 13
# يونيو 2007"): the words that tell a document's own date before it
_DATE_OF_DOCUMENT = (
    _words_module._DATING_WORDS
    | _DATES_BACK
    | _ITS_DATE
    | _words_module._words("تاريخ بتاريخ وبتاريخ")
)
# "البرقية، التي كتبت في …": the document written, its own date
_WROTE = _words_module._WROTE
# _dated_when_sent: a verb of sending with the document as its object, and
# how far after it the day it was sent may come
_SENT_IT = _words_module._SENT_IT
_SENT_REACH = 12
# register_mentions: the first tests of _dated_back_after and _dated_when_sent
# in one (the latter reads toks[i + 1 : end], end <= i + 13, within the
# former's reach)
_DATES_BACK_OR_SENT = _DATES_BACK | _SENT_IT
_ON_DAY = _words_module._words("في بتاريخ")
# refine_document_dates: "الوثيقة", the generic word for the dated document
_GENERIC_DOCUMENT = _words_module._GENERIC_DOCUMENT
# role_before_name: "formerly" after a post in construct with another's
# name ("مستشار الرئيس X Y سابقا، Z W،"), folded
_FORMERLY = frozenset({"سابقا"})
# "وقال المتحدث في ذات الصدد": "the speaker" with no body after it (not
# "المتحدث باسم الوزارة", a post) is whoever the text has speaking, a pronoun
_THE_SPEAKER_KEYS = frozenset(("title:المتحدث", "title:المتحدثه"))
# "رئيس الدبلوماسية": the foreign minister (folded), "قائد الدبلوماسية" too
_DIPLOMACY = frozenset(("الدبلوماسيه", "الديبلوماسيه"))
_DIPLOMACY_HEADS = frozenset(("title:رييس", "title:رييسه", "title:قايد", "title:قايده"))
# a minister's post in construct: its genitive names the ministry (folded)
_MINISTER_HEADS = frozenset(("وزير", "وزيره"))
# the post "the speaker" may stand for: a spokesman (of a body) met before
_SPOKESMAN_HEADS = frozenset(("متحدث", "متحدثه", "المتحدث", "المتحدثه"))
# what may follow it in its phrase and still leave it alone: an adverbial
_ADVERBIAL_AFTER = _words_module._words("في خلال اثناء عقب بعد قبل امام")
# (common given names: a person's name by its form after a verb, run())
_GIVEN_NAMES = _words_module._GIVEN_NAMES
_DEMONSTRATIVES = _words_module._DEMONSTRATIVES
# "ومع عبد الله الثاني كان …", "وبعد عبد الرحمن X تولى …": a preposition or
# an adverb (folded) opening a sentence, after which "عبد X" is no subject
_OPENING_PREPOSITIONS = _words_module._words(
    "مع بعد قبل لدي الي عن من في منذ عند خلال امام حول ضد حتي تحت فوق قرب داخل "
    "خارج نحو وسط اثناء حيال ازاء تجاه بين عقب اثر"
)
# "وسأله X:", "فسألها X:": the verb of asking with the one asked as a suffix
_ASKED_HIM = _words_module._ASKED_HIM
_REPLY_LEMMAS = _speakers_module._REPLIES
_TOKEN_SPLIT = _words_module._TOKEN_SPLIT
# register_mentions: _MENTION_KIND's plain twin, looked up by a token of the
# article (words.token_twin)
_MENTION_KIND_OF = _words_module.token_twin("mention_kind", _MENTION_KIND)

# a title word before these is a first name ("سلطان بن فهد", "أمين بن علي")
_SON_OF = frozenset({"بن", "ابن", "بنت"})
# "ضابطا يدعى X", "سيدة تدعى Y": the name a person met is given
_CALLED_PLAIN = frozenset({"يدعي", "تدعي"})
# called_person: the words after which a name's word with the article does
# not end it (fewer than words._NAME_LINKS)
_CALLED_NAME_LINKS = frozenset({"عبد", "ابو", "بن", "ابن", "ولد", "بنت", "ام"})

# "برئاسة المستشار X": under whose chairmanship a body sat (presided_by)
_PRESIDED = frozenset({"برياسه", "وبرياسه"})
# resolve: the mentions "nearby" a bare title (within three sentences) are
# also the last this many (a text with its stops lost is one sentence, and
# a look back over all its mentions for each quote was quadratic; no news
# sentence holds a tenth of them)
_NEARBY_MENTIONS = 200
# the conjunction و written apart from the word it joins, at the start of the
# text or after a space (a line break included), before the spaces and an
# Arabic letter. The pattern opens with the letter and looks behind it, so
# the regex engine jumps from و to و; opened by the lookbehind it tried a
# match at every character (about 8 % of the instructions of an article
# that has a و written apart)
_SPACED_WA = re.compile(r"و(?<!\S.)([ \t\u00a0]+)(?=[\u0621-\u064a])")
# the space of "أبو ظبي" (folded; also glued to و، ب، ل، ف: "وأبو ظبي")
_ABU_DHABI_SPACE = re.compile(r"(?<![\u0621-\u064a])[وبلف]?ابو([ \t\u00a0]+)ظبي(?![\u0621-\u064a])")
# "١٩ أغسطس ٢٠١٢دعا X": a dateline's year glued to the first word of the
# text after it (folded digits; the article's first characters only, where
# a dateline stands: a pass over the whole text for one scraper's slip
# would cost more than it mends)
_GLUED_YEAR = re.compile(r"[12][09][0-9][0-9](?=[\u0621-\u064a]{2})")
_DATELINE_REACH = 400
# "آن" in the text as written (the given name Anne)
_ANNE_IN = _words_module._literal_search("آن")
_IMAM_IN = _words_module._IMAM_IN
_RAAI_FORMS = frozenset({"راعي", "وراعي", "فراعي"})
_SEALS_KEEPER = _words_module._SEALS_KEEPER
_SEALS_KEEPER_TITLES = _words_module._SEALS_KEEPER_TITLES
# (pluperfect's first tests, read in run before the call)
_may_be_pluperfect = _dating_module._may_be_pluperfect
_SO_CALLED = _words_module._SO_CALLED
# _with_fuller_role: the prepositions a post goes on with ("العضو في المجلس")
_COMPLEMENT_PREPOSITIONS = _words_module._COMPLEMENT_PREPOSITIONS


# "صرح اللواء/ X Y", "السيد/X": the slash Egyptian and Gulf press writes
# between an honorific, a rank or a title said before a name and the name
# (folded: the word before it, then a word of two letters or more); or its
# feminine ending after the slash, then the name ("الأستاذ/ة X": kw24)
# (the regex opens on the slash, a letter before it, and the word is read
# back from there: opening on the word, it was tried at every letter of the
# text; speed22b)
# (the letter before the slash is looked behind from after it: a pattern
# that opens on a lookbehind has no literal for the regex engine to skip
# to, and was tried at every character of the text; speed36)
_TITLE_SLASH = re.compile(
    r"/(?<=[\u0621-\u064a]/)"
    r"(ه(?=[ \t\u00a0]+[\u0621-\u064a]{2})|(?=[ \t\u00a0]*[\u0621-\u064a]{2}))"
)
_SLASHED_TITLES = _words_module._HONORIFICS_OR_RANKS | _TITLES_BEFORE_NAME
# _title_slash_edits: the word after the feminine ending (its lookahead
# makes sure one follows), found in place, no copy of the text's rest
_NEXT_WORD = re.compile(r"\S+")


def _title_slash_edits(folded: str) -> Iterator[tuple[int, int, str]]:
    """The slashes after such a word, each read as a space, or dropped with
    the feminine ending after them (splice's edits)."""
    for m in _TITLE_SLASH.finditer(folded):
        slash = a = m.start()
        while a and "\u0621" <= folded[a - 1] <= "\u064a":
            a -= 1
        w = folded[a:slash]
        if w in _SLASHED_TITLES or (w[0] == "و" and w[1:] in _SLASHED_TITLES):
            if not m.group(1):
                yield slash, m.end(), " "
                continue
            # (the feminine ending "/ة" dropped before a name: "الأستاذ
            # ليلى"; not before إنّ, "وقال الأستاذ/ة إن", nor before a
            # title, "الدكتور/ة المسؤول/ة عن البرنامج": final read)
            nxt = _NEXT_WORD.search(folded, m.end()).group()
            if nxt not in lx.NP_STOP and nxt[:2] != "ال":
                yield slash, m.end(), ""


def _join_spaced_wa(folded: str, offsets: list[int] | None) -> tuple[str, list[int] | None]:
    """``folded`` with the spaces after a conjunction و written apart
    dropped ("و التنمية" read as "والتنمية"), and its map back to the
    original text (None for the identity, as fold_with_offsets gives it):
    the joined word spans the original's و, its spaces and the word."""
    return splice(folded, offsets, ((*m.span(1), "") for m in _SPACED_WA.finditer(folded)))


def _tokens(folded: str) -> tuple[list[str], list[str], frozenset[str]]:
    """The split of a text rewritten after its first split (the parts, the
    tokens, the distinct tokens), as Engine.__init__ first splits it."""
    parts = _TOKEN_SPLIT.split(folded)
    toks = parts[1::2]
    return parts, toks, frozenset(toks)


# the tokens of a mark written with several characters (quotes.single_marks):
# an apostrophe, a single quote, the ";" of "quot;", a backslash, a double prime,
# the modifier letter double prime; a middle dot typed for a full stop; and
# ornamental marks (❝…❞, 〝…〞)
_MULTI_MARK_TOKENS = frozenset("'‘’;\\″ʺ·❝❞〝〞〟")

__all__ = ["extract"]


# --------------------------------------------------------------------------
# The engine


# "المدرب الجديد", "الناخب الوطني السابق": adjectives of time after an
# office's name (folded), no other office
_OFFICE_TIMES = frozenset({"الجديد", "السابق", "الحالي", "الاسبق", "المقبل", "الجديده", "السابقه"})
# "الرجل الستيني", "المرأة العجوز": a person described by sex (and age) alone
# "المسؤول الأول عن القطاع": the head of a body, an epithet of its office
# holder (folded)
# what opens a clause told of a person named right before ("X، الذي …",
# "X، وهو …"), folded
_ABOUT_HIM = _words_module._words("الذي التي وهو وهي")
_TOP_OFFICIAL_HEADS = frozenset({"المسوول", "المسيول"})
# "وأضاف المسؤول أن": the definite anonymous head alone is the unnamed
# source told before (maybe in a lead no quote is near), never the post of
# a person named after it
_SOURCE_TITLE_KEYS = frozenset(
    ("title:المسوول", "title:المسووله", "title:المسيول", "title:المسيوله", "title:المصدر")
)
_GENERIC_PERSONS = frozenset(
    {"الرجل", "المراه", "السيده", "الشاب", "الشابه", "الفتاه", "العجوز", "الكهل", "المسن", "المسنه"}
)


# _anne_named: what follows آن when it is the verb "it is time" ("آن الأوان",
# "آن أوان الحسم", "آن وقت الحسم", "آن لنا", "آن له"), or what before it
# makes it the verb ("لقد آن", "قد آن")
_ANNE_NOT_BEFORE = _words_module._words("اوان وقت قد لقد وقد فقد")


def _anne_named(toks: list[str], k: int, next_surface: str) -> bool:
    """ "آن باترسون": آن (the madda written) before a name word."""
    nxt = toks[k + 1]
    return (
        len(nxt) >= 3
        and nxt.isalpha()
        and next_surface.isalpha()
        and nxt[:2] != "ال"
        and nxt[0] != "ل"
        and nxt not in _ANNE_NOT_BEFORE
        # "وأضاف الوزير آن طهران «…»": أنّ written with the madda before a
        # country or a capital, the subject of what was said, no name
        and nxt not in _COUNTRIES
        # "وقال المتحدث آن قوات الأمن «…»", "آن مجلس الأمن": أنّ before a
        # noun in construct with a definite word, no first and last name
        # (not a day told after the name: "آن باترسون الأربعاء")
        and not (k + 2 < len(toks) and toks[k + 2][:2] == "ال" and toks[k + 2] not in _DEICTIC_DAYS)
        and nxt not in lx.NP_STOP
        and _cue_of(nxt) is None
        and not nxt.endswith(("ه", "ها", "هم", "كم", "نا", "ني"))
        and (k == 0 or toks[k - 1] not in _ANNE_NOT_BEFORE)
    )


# "المحامي" for a member of a defence team ("عضو هيئة الدفاع عن X"), folded
_LAWYERS = _words_module._words("المحامي المحاميه")
_DEFENCE_BODIES = _words_module._DEFENCE_BODIES
# a word of a lawyer ("محام", "محامي الضحية", "نقيب المحامين"), folded
_LAWYER_WORD = re.compile(r"^(?:و?ال|[وفبل]?|لل)محام")
# "the official" (folded, no article), what any office holder may be called
_GENERIC_OFFICIALS = _words_module._RESPONSIBLE
# verbs that go on with the words of the one quoted before (lemmas); those
# of concluding too, "وخلص الناطق باسم الحكومة إلى القول إن" (dev37s), but
# only with the words for complement (goes_on_verb, says_anew; mend37c)
_CONCLUDING_VERBS = _words_module._CONCLUDING_VERBS
_GOES_ON = frozenset(("أضاف", "تابع", "أردف", "استطرد", "استرسل")) | _CONCLUDING_VERBS
_CONCLUDED_WITH_WORDS = _words_module._CONCLUDED_WITH_WORDS
_CLOSED_OCCASIONS = _words_module._CLOSED_OCCASIONS
_FILMED_ADJECTIVES = _words_module._FILMED_ADJECTIVES
_FILMED_NOUNS = _words_module._FILMED_NOUNS
_TO_SAYING = _words_module._TO_SAYING
# "ويشغل X منصب …", "يتولى X مهام …": the nouns of the post held (folded)
_POST_NOUNS = _words_module._POST_NOUNS
# "ويشغل X منصب …": the verbs of holding a post now, with و or not (not
# "شغل"، "تولى": a post he held, maybe no more) (folded)
_HOLDS_NOW = _words_module._with_prefixes(_words_module._HOLDS_NOW, "و")
# "تركه منصبه كمدير …": "his/her post" before the title glued to كـ (folded)
_HIS_POST = _words_module._words("منصبه منصبها")
_POST_LEFT = _words_module._POST_LEFT
_UNTIL_OR_BEFORE = _words_module._UNTIL_OR_BEFORE
# "قال X بصفته رئيس …": "in his/her capacity as" (folded)
_AS_HOLDER = _words_module._words("بصفته بصفتها")
# (took_post_before: خطة a post after a verb of occupying only, with و or ف)
_OCCUPIES_PREFIXED = _words_module._with_prefixes(_words_module._OCCUPIES)
# the words of lineage ("بن", "بنت", "ولد"), as name keys (_ancestor_in_name)
_LINEAGE_KEYS = frozenset(_key(w) for w in _words_module._LINEAGE_WORDS)
# role_titled_before_name: the mark or bracket that opens a short name set
# off inside a post, by the one that closes it
_GROUP_OPENER = {")": "(", "»": "«", "”": "“", '"': '"'}
# mention_role and post_held: past this many mentions of a name's last word,
# only those that may tell a role are read (fuzz18)
_MANY_MENTIONS = 16


_event_noun = _words_module._event_noun


def _event_adjective(t: str, p: str) -> bool:
    """``t`` (folded) is a feminine nisba after the event noun ``p``, a
    feminine one or a plural in ات, both with the article or neither: its
    adjective ("ندوة صحفية", "الندوة الصحفية", "تصريحات صحفية"), no
    journalist; or مصور after a noun of a recording ("الشريط المصور
    الشيخ X", "المقطع المصور"): "filmed", no photographer (mend37c)."""
    return (
        t[-2:] == "يه"
        and (p[-1:] == "ه" or p[-2:] == "ات")
        and _event_noun(p)
        and (t[:2] == "ال") == (p[:2] == "ال")
    ) or (t in _FILMED_ADJECTIVES and p in _FILMED_NOUNS)


# register_mentions: documents in the plural, new (no article), whose
# author a verb after them may name ("برقيات كتبها السفير X"), folded
_PLURAL_NEW_DOCUMENTS = frozenset(("برقيات", "وثايق", "تقارير"))


def _headline_line(line: str) -> bool:
    """A line of a headline: a few words, no full stop at its end (a
    question or an exclamation ends a headline as well: "هل يدعو الرئيس X
    إلى الحوار؟")."""
    words = line.split()
    return bool(words) and len(words) <= _HEADLINE_WORDS and words[-1][-1] not in ".…"


def _headline_end(folded: str) -> int:
    """Where the text's headline ends (0: none): its first line when that is
    a headline's (_headline_line), and with it the lines of a kicker or a
    subtitle around it ("سياسة" / "تبون يدعو إلى الحوار" / "رئيس الجزائر X:
    …"), up to three headline lines in all, when the line after them is the
    lead's sentence (a full stop at its end, or more words): a text with its
    full stops dropped keeps its first line alone."""
    end = folded.find("\n")
    if end <= 0 or not _headline_line(folded[:end]):
        return 0
    head_end = start = end
    lines = 1
    while (nxt := folded.find("\n", start + 1)) >= 0:
        line = folded[start + 1 : nxt]
        start = nxt
        if not line.strip():
            continue
        if not _headline_line(line):
            return head_end  # (the lead: the lines before it are the headline's)
        lines += 1
        if lines > 3:
            break
        head_end = nxt
    return end


def _description(role: str) -> bool:
    """The role opens with a description's head rather than a post's
    ("القيادي في الحزب", "مسؤول أمني"; lx.ANONYMOUS_HEADS, with or without
    the article): the one a post said outright in a وهو aside beats."""
    first = normalize_first(role)
    if first[:2] == "ال":
        first = first[2:]
    # (a woman's, "القيادية": the masculine head with ة)
    return first in lx.ANONYMOUS_HEADS or (first[-1:] == "ه" and first[:-1] in lx.ANONYMOUS_HEADS)


class _Extractor(_Sentences, _Phrases, _Speakers, _Dating):
    # Slots, not an instance __dict__: the extractor sets more attributes than
    # the 30 keys CPython 3.11 shares between the instances of a class, so
    # each instance got a dict of its own, every ``self.x`` a hashed lookup
    # (LOAD_ATTR_WITH_HINT) and ``self.method()`` no specialisation at all;
    # with slots they are LOAD_ATTR_SLOT and LOAD_METHOD_NO_DICT (-1.8 %
    # instructions per bench article, A/B 0.968).
    # The mixins declare empty slots so that no __dict__ comes back; an
    # attribute set anywhere in them must be listed here
    # (tests/extraction/test_engine_source.py checks).
    __slots__ = (
        "_after_filed",
        "_anchors",
        "_before_post_word",
        "_breaks",
        "_cable_starts",
        "_clause_marks",
        "_counterparts_at",
        "_cue_info_of",
        "_cue_quick_of",
        "_cue_subjects",
        "_days_named",
        "_document_toks",
        "_dropped_quotes",
        "_ending_names",
        "_entities",
        "_fronted",
        "_has_content_word",
        "_has_day_words",
        "_has_earlier",
        "_has_held",
        "_has_latter",
        "_has_meeting",
        "_has_owned_statement",
        "_has_refusal",
        "_has_same",
        "_has_statement_noun",
        "_has_that_came",
        "_has_then",
        "_issuer_memo",
        "_kind_told",
        "_lead",
        "_mention_kind_of",
        "_nicknames",
        "_nisba_lasts",
        "_np_end",
        "_np_next_of",
        "_np_pre_tests_of",
        "_np_read_of",
        "_own_outlet",
        "_participle_runs",
        "_person_after",
        "_person_at",
        "_person_first",
        "_person_loose",
        "_person_words",
        "_persons",
        "_persons_filed",
        "_presided_at",
        "_quote_ends",
        "_quote_opens",
        "_quotes",
        "_related_at",
        "_same_at",
        "_stamp_ok",
        "_that_toks",
        "_thats",
        "_time_moves",
        "_time_words",
        "_titled_at",
        "_toks_refolded",
        "_told_doc",
        "_verb_runs",
        "_vocab_by_shape",
        "_where",
        "_where_all",
        "cables",
        "candidates",
        "cue_hits",
        "date_token_index",
        "date_tokens",
        "dated_docs",
        "dateline",
        "dateline_at_end",
        "dateline_end",
        "dateline_tok",
        "doc",
        "doc_author",
        "doc_ctx",
        "doc_dates",
        "doc_head",
        "doc_para",
        "doc_teller",
        "first_said",
        "first_said_tok",
        "glued_cues",
        "hit_toks",
        "in_quote",
        "is_word",
        "kinds",
        "loose_marks",
        "met_quote",
        "month_stamp",
        "n",
        "post_stamps",
        "related_lines",
        "relay_scans",
        "relay_toks",
        "right_reads",
        "said_dates",
        "sent",
        "sent_first",
        "soft_breaks",
        "soft_starts",
        "speaker_dates",
        "vocab",
        "vox_intro",
    )

    def __init__(self, text: str) -> None:
        folded, offsets = fold_with_offsets(text)
        # Everything below runs once per article over all tokens, so it is
        # written as comprehensions and C-level calls; the rest of the engine
        # only visits the few tokens that matter (cues, mentions, quotes).
        # One C-level split gives the tokens and, through the running sum of
        # the part lengths, their offsets: parts alternate separator, token,
        # separator, … so token k spans [acc[2k], acc[2k + 1]).
        parts = _TOKEN_SPLIT.split(folded)
        toks = parts[1::2]
        # the distinct tokens: "does the article have one of these words" is
        # then a set test over the smaller set (a few words), not a pass over
        # every token, for the handful of word lists read once an article
        vocab = frozenset(toks)
        if not vocab.isdisjoint(_MULTI_MARK_TOKENS):
            # marks of several characters ("''…''", "quot;…quot;") become one
            # (a set test here: six substring scans on every text cost 0.3 %)
            rewritten, offsets = single_marks(folded, offsets)
            if rewritten is not folded:
                folded = rewritten
                parts, toks, vocab = _tokens(folded)
        if "و" in vocab:
            # "العدالة و التنمية", "و أضاف": the conjunction written apart
            # is read glued to its word, as the engine's word lists spell it
            rewritten, offsets = _join_spaced_wa(folded, offsets)
            if rewritten is not folded:
                folded = rewritten
                parts, toks, vocab = _tokens(folded)
        if "ظبي" in vocab:
            # "أبو ظبي", the city written in two words, is read as "أبوظبي"
            # (words._CITIES): its first word is no name's أبو ("ولي عهد أبو
            # ظبي" gave the speaker "أبو ظبي" and the role "ولي عهد")
            rewritten, offsets = splice(
                folded, offsets, ((*m.span(1), "") for m in _ABU_DHABI_SPACE.finditer(folded))
            )
            if rewritten is not folded:
                folded = rewritten
                parts, toks, vocab = _tokens(folded)
        if (m := _GLUED_YEAR.search(folded, 0, _DATELINE_REACH)) is not None and (
            m.start() == 0 or not folded[m.start() - 1].isdigit()
        ):
            # "١٩ أغسطس ٢٠١٢دعا X": the year and the word after it are two
            # tokens, the verb that opens the text read as one (dev26r)
            rewritten, offsets = splice(folded, offsets, ((m.end(), m.end(), " "),))
            folded = rewritten
            parts, toks, vocab = _tokens(folded)
        if "/" in vocab:
            # "المهندس/ X Y": the name after an honorific's slash is read as
            # after a space
            rewritten, offsets = splice(folded, offsets, _title_slash_edits(folded))
            if rewritten is not folded:
                folded = rewritten
                parts, toks, vocab = _tokens(folded)
        doc = _Doc(text, folded, offsets)
        acc = list(accumulate(map(len, parts)))
        doc.toks = toks
        doc.starts = acc[0:-1:2]
        doc.ends = acc[1::2]
        self.doc = doc
        self.n = len(toks)
        self._toks_refolded = False  # (a token no longer a slice of doc.folded: nicknamed)
        if _IMAM_IN(text):
            # "إمام وخطيب الجامع" (imam) folds like "أمام" (in front of);
            # the hamza below tells them apart where the text writes it
            for k in compress(range(self.n), map(_AMAM.__contains__, toks)):
                if "إمام" in doc.orig(doc.starts[k], doc.ends[k]):
                    toks[k] = toks[k][:-4] + "ايمام"
                    self._toks_refolded = True
            vocab = frozenset(toks)
        if not vocab.isdisjoint(_RAAI_FORMS):
            # "وراعى الوزير مطالب النقابة": the verb (took into account),
            # its ى folded to ي, is no pastor's title راعي (lexicon.TITLES);
            # the text's ى tells them apart (mend31b)
            for k in compress(range(self.n), map(_RAAI_FORMS.__contains__, toks)):
                if doc.orig(doc.starts[k], doc.ends[k])[-1:] == "ى":
                    toks[k] = toks[k][:-1] + "ى"
                    self._toks_refolded = True
            vocab = frozenset(toks)
        if "ربه" in vocab:
            # "عبد ربه منصور هادي", "ياسر عبد ربه": after عبد, ربه is the
            # second word of the name (servant of his Lord), not the title
            # ربة (ربة المنزل) that folds like it; written so that no word
            # list holds it
            for k in compress(range(1, self.n), map("ربه".__eq__, toks[1:])):
                if toks[k - 1] == "عبد":
                    toks[k] = "رابه"
                    self._toks_refolded = True
            vocab = frozenset(toks)
        if "الاختام" in vocab:
            # "وزير العدل حافظ الأختام X" (the keeper of the seals, a post of
            # the minister of justice): before الأختام, حافظ/حافظة is the
            # title حارس/حارسة of "حارس الأختام", no given name Hafez
            # ("الرئيس حافظ X" stays a name); before, the post read "وزير
            # العدل" and the name "حافظ", and the holder lost his role.  After
            # a bare title that takes a name ("وسلم المحامي حافظ الأختام إلى
            # المحكمة": the lawyer Hafez, the seals his object) حافظ stays
            # the name, but not after a minister's title (the keeper of the
            # seals is one: "الوزير حافظ الأختام X", kw27)
            for k in compress(range(self.n - 1), map("الاختام".__eq__, toks[1:])):
                if (keeper := _SEALS_KEEPER.get(toks[k])) is not None and (
                    k == 0 or toks[k - 1] not in lx.TITLES or toks[k - 1] in _SEALS_KEEPER_TITLES
                ):
                    toks[k] = keeper
                    self._toks_refolded = True
            vocab = frozenset(toks)
        if _ANNE_IN(text):
            # "السفيرة الأمريكية آن باترسون", "وكتبت آن باترسون أن": آن written
            # with the madda before a name word is the given name Anne, which
            # folds like the particle أن/إن; the verb "آن الأوان", "آن لنا
            # أن" takes the article, a preposition or a pronoun after it
            for k in compress(range(self.n - 1), map("ان".__eq__, toks)):
                if doc.orig(doc.starts[k], doc.ends[k]) == "آن" and _anne_named(
                    toks, k, doc.orig(doc.starts[k + 1], doc.ends[k + 1])
                ):
                    toks[k] = "آن"
                    self._toks_refolded = True
            vocab = frozenset(toks)
        # candidates: tokens in _CANDIDATE_KEYS and tokens ending in a nisba
        # plural, one C-level lookup per token in a per-word table, which also
        # marks the tokens find_soft_breaks() reads and the words (_TOKEN_KIND)
        # (itemgetter looks the tokens up in one C loop, ~40 % faster than a
        # map of the table's __getitem__; a plain dict's: words.token_kinds)
        # (a bytearray: faster than bytes(); lazy: an article with a word met
        # for the first time reads the twins' tables themselves, speed33)
        trim_tables()  # (the per-word tables' limits, once an article)
        kinds, twins = token_kinds_twinned(toks, vocab, lazy=True)
        # the plain twins of per-word tables, which hold this article's
        # words whatever another thread does meanwhile (words.token_twin), or
        # for an article with a new word the tables themselves
        self._cue_info_of = twins["cue_info"]
        self._cue_quick_of = twins["cue_quick"]
        self._np_pre_tests_of = twins["np_pre_tests"]
        self._np_read_of = twins["np_read"]
        self._np_next_of = twins["np_next"]
        self._mention_kind_of = twins["mention_kind"]
        self.candidates = list(set_indices(kinds.translate(_CANDIDATE_BIT)))
        self.soft_starts = kinds.translate(_SOFT_START_BIT)
        self.kinds = kinds  # (and the dating rules' word lists: _TOKEN_KIND)
        # str.isalnum of every token, as 1/0 bytes (read only); a word token
        # is alphanumeric throughout (tested), other tokens have one character
        self.is_word = kinds.translate(_WORD_BIT)
        self.vocab = vocab
        # attribute(): "تصريح الوزير بخصوص «…»" needs a noun of statement,
        # which few articles have: one set test here spares a call per quote
        self._has_statement_noun = not _STATEMENT_OF_NOUNS.isdisjoint(vocab)
        # the words some rule chains per cue or per quote cannot fire
        # without, looked up once: most articles have none of them, and the
        # chains are never entered (message_content, but_pronoun_agent,
        # latter_subject, occasion_speaker)
        self._has_content_word = not vocab.isdisjoint(_CONTENT_OF)
        self._has_refusal = not _REFUSED.isdisjoint(vocab)
        self._has_latter = not _THE_LATTER.isdisjoint(vocab)
        self._has_that_came = not _THAT_CAME.isdisjoint(vocab)
        self._has_owned_statement = not _OWNED_STATEMENT_FORMS.isdisjoint(vocab)
        self._where: dict[str, list[int]] = {}  # (where())
        self._where_all: dict[str, list[int]] | None = None  # (where(), a long text)
        self._kind_told: dict = {}  # (of_kind: (name, kinds) -> nisbas told or None)
        self._counterparts_at: list[int] | None = None  # (counterpart())
        self._ending_names: dict[str, list[int]] = {}  # (ending_names())
        self._days_named: list[int] | None = None  # (dating.day_named)
        self._before_post_word: frozenset[int] | None = None  # (post_held)
        # (respelled: the text's words by length and first letter, once)
        self._vocab_by_shape: dict[tuple[int, str], list[str]] | None = None
        self._nicknames: dict[tuple[str, ...], dict[str, list[int]]] = {}  # (nicknamed())

    def late_post(self, i: int, role: str) -> bool:
        """The post ``role``, told from its title at token ``i`` right before
        a name, says the one named has died (words._DECEASED): "الرئيس
        الراحل", "رئيس البلدية الفقيد", "المرحوم الرئيس". Such a word at the
        post's end only after a word with the article, an adjective of the
        post ("جمعية الشهيد", "مستشفى الشهيد كمال": the genitive naming a
        body, mend23a); and not after kin in construct, the late one's
        living kin ("نجلة الرئيس الراحل X", "ابن الزعيم الراحل X")."""
        words = _NORMALIZED[role].split()
        return (
            words[0] in _DECEASED
            or (words[-1] in _DECEASED and (len(words) == 1 or words[-2][:2] == "ال"))
        ) and not (i > 0 and self.doc.toks[i - 1] in _KIN)

    def where(self, word: str) -> list[int]:
        """The tokens that are ``word`` (folded), in order: found once per
        word and article, where mention_role and post_held, asked for each
        speaker with no role, scanned every token of the article each time
        (time growing with the square of a long text's quotes)."""
        got = self._where.get(word)
        if got is None:
            toks = self.doc.toks
            if len(self._where) >= _WHERE_SCANS:
                # (past that many words, every token filed at once: a scan
                # of the text for each word asked grew with the square of a
                # long text of many names; fuzz23)
                if self._where_all is None:
                    self._where_all = filed = {}
                    for k, t in enumerate(toks):
                        if (at := filed.get(t)) is None:
                            filed[t] = [k]
                        else:
                            at.append(k)
                # (taken out of the filing, not shared with it: the list
                # handed out is the cache's own, as on the scan path below,
                # and no caller may change it)
                got = self._where[word] = self._where_all.pop(word, None) or []
                return got
            got = []
            k = -1
            try:
                while True:
                    k = toks.index(word, k + 1)
                    got.append(k)
            except ValueError:
                pass
            self._where[word] = got
        return got

    def ending_names(self, word: str) -> list[int]:
        """The tokens that are ``word`` (folded) right after a word of a
        name's kind, in order (mention_role's mentions where the word ends a
        longer name): found once per word, where a given name many persons
        share was asked for each of them and read every mention (fuzz19)."""
        got = self._ending_names.get(word)
        if got is None:
            toks, is_word = self.doc.toks, self.is_word
            got = self._ending_names[word] = [
                k for k in self.where(word) if k and is_word[k - 1] and _NP_KIND[toks[k - 1]] == 1
            ]
        return got

    def tok_at(self, char: int) -> int:
        """Index of the token that starts at (or after) ``char``."""
        return bisect_left(self.doc.starts, char)

    def post_said_with_he(self, e: _Entity) -> bool:
        """The role of the mention ``e`` is told right after its name in an
        aside opened by وهو/وهي, a comma before it or none ("وأكد X وهو
        رئيس اللجنة …"): the text says outright what post he holds."""
        toks = self.doc.toks
        k = self.tok_at(e.pos) + len(e.surface.split())
        if k + 2 >= self.n:
            return False
        if toks[k] in _COMMAS:
            k += 1
        return toks[k] in _HE_SHE and normalize_first(e.role or "") == toks[k + 1]

    def place_said_again(self, other: _Entity, role: str) -> bool:
        """Whether the place told right after the unnamed source ``other``
        ("مسؤول أمريكي كبير في وزارة الدفاع إن", "لدى الأمم المتحدة",
        "بالخارجية"), if any, is named in ``role`` too, the later description
        with a place ("المسؤول الكبير في وزارة الدفاع الأمريكية"): not "في
        وزارة الخارجية", another body (mend30b)."""
        toks = self.doc.toks
        k = self.tok_at(other.pos) + len(other.surface.split())
        if k >= len(toks):
            return True
        t = toks[k]
        if not _opens_place(t):
            return True
        if t == "في" or t == "لدي":
            k += 1
        # (else the body glued to بـ: its words read without it below)
        said = _NORMALIZED[role].split()
        later = set(said) | {w[1:] for w in said if w[:3] == "بال"}
        # (up to as many words as the later description's: its nisba may
        # be what follows)
        for t in toks[k : k + len(said)]:
            if not t.isalpha() or _cue_of(t) is not None or t[:2] == "لل" or t in _THAT:
                break
            w = t[1:] if t[:3] == "بال" else t
            if w not in later and w + "ه" not in later and w.rstrip("ه") not in later:
                return False
        return True

    def named_with_lam(self, i: int, ent: _Entity) -> bool:
        """``ent``, read right after the verb at token ``i``, is a person
        named from a word glued to لـ ("لجون Y")."""
        w = self.doc.toks[i + 1] if i + 1 < self.n else ""
        return (
            w[:1] == "ل"
            and w[:2] != "ال"
            and _named_person(ent)
            and ent.pos == self.doc.starts[i + 1]
        )

    def called_person(self, i: int) -> _Entity | None:
        """The person a noun at ``i`` brings in with the name يدعى/تدعى
        after it gives ("ضابطا يدعى أشرف الخولي أجرى"): the name ends at its
        word with the article (not after عبد/أبو/بن), a stop word, a cue or
        its fourth word; the noun, out of the accusative, is the role."""
        toks = self.doc.toks
        j = i + 2
        k = j
        while k < self.n and k - j < 3:
            t = toks[k]
            if (
                not self.is_word[k]
                or self.in_quote[k]
                or t in lx.NP_STOP
                or t in _CUE_WORDS
                or (k == j and t[:2] == "ال")
            ):
                break
            k += 1
            if k - j >= 2 and (
                t[:2] == "ال"
                or (
                    t not in _CALLED_NAME_LINKS
                    and toks[k - 2] not in _CALLED_NAME_LINKS
                    and k < self.n
                    and toks[k][:2] != "ال"
                )
            ):
                # ("أشرف الخولي أجرى": the name ends at its word with the
                # article; "سمير داود أجرى": two words, unless a third with
                # the article or a word of a compound name follows)
                break
        if k == j or not self.name_like(j, k, called=True):
            return None
        ent = self.classify(i, k, k, k, None)
        if not _named_person(ent):
            return None
        role = ent.role
        if role and " " not in role and role[-1] == "ا" and len(role) > 3:
            ent.role = role[:-1]  # ("ضابطا": the accusative of "ضابط")
        return ent

    def first_mention_role(self, ent: _Entity) -> str | None:
        """ "أثنى X Y مدرب منتخب …، على …" then "وقال Y: «…»": a person
        quoted with no role takes the one the text gives with the name where
        it names him (the first such mention, outside the quotes), after the
        name or before it."""
        words = _NORMALIZED[ent.surface].split()
        if not words:
            return None
        role = self.mention_role(words, False)
        if role is None and any(len(w) > 5 and w[:3] == "عبد" and w[3:5] == "ال" for w in words):
            # "وأضاف عبدالعال" after "قال الدكتور علي عبد العال، رئيس مجلس
            # النواب،": a compound name written joined is the one written apart
            apart = []
            for w in words:
                apart += ["عبد", w[3:]] if len(w) > 5 and w[:3] == "عبد" and w[3:5] == "ال" else [w]
            role = self.mention_role(apart, False)
        if role is None and len(words) >= 2 and words[0] not in _NAME_LINKS:
            # "وقال فالس أهمية …", "وتنقل الوثيقة عن الفيصل تمنيه": a phrase
            # read on past a family name into the verb's object still names
            # the person; his role is the one the text gives where that word
            # ends a full name ("سعود الفيصل"); not the link that opens a
            # lineage ("وطالب ولد سالم": no "ولد" of another's name)
            role = self.mention_role(words[:1], True)
        if role is None:
            # "انتقد نائب عن كتلة …، يوم الأحد، …" then "وقال أحمد X إن":
            # the unnamed official the lead tells of is the one named next
            role = self.lead_description(words[-1])
            if role is None and len(words) >= 2:
                role = self.lead_description(words[0])
        if role is None:
            role = self.post_held(words[-1], words[:-1])
        if role is None and len(words) == 1 and (other := self.respelled(words[0])) is not None:
            # "ألقى وزير الخارجية، ناصر X الضوء على …" then "قال Y": Y the
            # family name X with its long vowels misplaced, a slip of the
            # pen; the role given with X is his (dev34r)
            role = self.mention_role([other], False) or self.mention_role([other], True)
        return role

    def respelled(self, word: str) -> str | None:
        """The one other word of the text (folded) written with the same
        letters as ``word``, a family name, and the same name key: the same
        consonants in the same order, a long vowel misplaced ("بوريطة" and
        "برويطة"; not "الدوري" and "الدويري", a letter more, two names)."""
        n = len(word)
        stem = word[2:] if word[:2] == "ال" else word
        if (
            n < 5
            # (a long vowel to misplace, after the letter the key keeps first)
            or _LONG_VOWELS.isdisjoint(stem[1:])
            # (a slip is made once: the name said again is spelt so)
            or len(self.where(word)) != 1
            or word in _GIVEN_NAMES
        ):
            return None
        # (the words of its length and its first letter, which the key
        # keeps; a few are left to test)
        # (built once per article, not per call: mend34d, review B's R2)
        if (by_shape := self._vocab_by_shape) is None:
            by_shape = self._vocab_by_shape = {}
            for t in self.vocab:
                if t:
                    by_shape.setdefault((len(t), t[0]), []).append(t)
        toks = by_shape.get((n, word[0]), ())
        if len(toks) < 2:
            return None
        letters = sorted(word)
        key = _key(word)
        found = None
        for t in toks:
            if t != word and sorted(t) == letters and _key(t) == key:
                if found is not None:
                    return None
                found = t
        return found

    def says_anew(self, m: int, cue_tok: int | None) -> bool:
        """The mention at token ``m`` is the subject of its own verb of
        saying, the cue at ``cue_tok`` before it ("وقال رئيس الجمهورية إن",
        "وأعلن"), not one that goes on ("وأضاف", "وتابع") nor a participle
        after it ("…، قائلا:") (mend34d)."""
        if cue_tok is None or not cue_tok < m or (h := self.cue_hits.get(cue_tok)) is None:
            return False
        lemma = h.cue.lemma
        if lemma in _CONCLUDING_VERBS:
            # ("واختتم الوزير زيارته …، وقال": closes a visit, says anew)
            return not self.concludes_with_words(cue_tok)
        return lemma not in _GOES_ON and normalize(lemma) not in _words_module._GOING_ON_VERBS

    def goes_on_verb(self, hit: _CueHit) -> bool:
        """The cue ``hit`` is a verb that goes on with the words of the one
        quoted before: "وأضاف", "وتابع", or one of concluding with the words
        for complement, "وخلص X إلى القول", "وختم X بالقول" (not "واختتم
        الوزير زيارته"; mend37c)."""
        lemma = hit.cue.lemma
        return lemma in _GOES_ON and (
            lemma not in _CONCLUDING_VERBS or self.concludes_with_words(hit.tok)
        )

    def concludes_with_words(self, cue_tok: int) -> bool:
        """The verb of concluding at ``cue_tok`` takes the words themselves
        for complement after its subject: "إلى القول", "إلى أن", "بالقول",
        "قائلا", or the speaker's own speech, "حديثه", "كلمته"; with no
        occasion closed in between ("وختمت رئيسة الجلسة النقاش بالقول": the
        debate closed, a genitive of a post like الجلسة aside) (mend37c)."""
        toks, n = self.doc.toks, self.n
        for k in range(cue_tok + 1, min(n, cue_tok + 12)):
            t = toks[k]
            if not self.is_word[k] or self.in_quote[k] or t in _THAT:
                return False
            if t in _CLOSED_OCCASIONS and toks[k - 1] not in lx.TITLES:
                return False
            if t in _CONCLUDED_WITH_WORDS or (
                t == "الي" and k + 1 < n and toks[k + 1] in _TO_SAYING
            ):
                return True
        return False

    def turned_to_another(self, m: int, open_tok: int) -> bool:
        """The sentence of the mention at token ``m``, before the words that
        open at ``open_tok``, turns to it as another party: a turn ("في
        المقابل", "من جهته", "بدوره", "أما") or a reply opening it ("ورد
        رئيس الجمهورية على ذلك", "وفي رده،") (mend34b)."""
        toks = self.doc.toks
        lo = self.sent_first[self.sent[m]]
        t = toks[lo]
        if t in _REPLY_OPENING or (t in _IN_AND and lo + 1 < self.n and toks[lo + 1] in _HIS_REPLY):
            return True
        hi = open_tok if m < open_tok <= m + 8 else min(m + 4, self.n)
        return any(
            (w in _TURN_NEXT or w in _TURN_ALONE) and not self.in_quote[j]
            for j, w in enumerate(toks[lo:hi], lo)
        )

    def post_held(self, last: str, before: Collection[str] = ()) -> str | None:
        """The post the text says the person whose name ends in ``last``
        (folded) holds, anywhere outside the quotes: "ويشغل العياري منصب
        رئيس بلدية صفاقس منذ 2023" (a verb of holding, the name, منصب or
        خطة, then a title), "قال X العياري بصفته رئيس بلدية صفاقس إن"; the
        post's words up to a stop word, a mark or the sentence's end."""
        toks = self.doc.toks
        is_word, in_quote = self.is_word, self.in_quote
        n = self.n
        mentions = self.where(last)
        if len(mentions) > _MANY_MENTIONS:
            # (a name said often: only its mentions before بصفته or منصب,
            # found at C speed; fuzz18: each person read them all)
            if self._before_post_word is None:
                self._before_post_word = frozenset(
                    h - 1 for w in sorted(_AS_HOLDER | _POST_NOUNS) for h in self.where(w)
                )
            mentions = sorted(self._before_post_word.intersection(mentions))
        for k in mentions:
            if in_quote[k] or k + 2 >= n:
                continue
            if toks[k + 1] in _AS_HOLDER:
                if k >= 1 and (v := toks[k - 1]) in _words_module._GIVEN_NAMES and v not in before:
                    continue  # ("وعلق خالد X بصفته …" after "قال عمر X": another X)
                j = k + 2  # "X بصفته رئيس …"
            elif (
                toks[k + 1] in _POST_NOUNS
                and k >= 1
                and (
                    (v := toks[k - 1]) in _HOLDS_NOW
                    # ("ويشغل كمال العياري منصب": the name in full, not
                    # another of that family, "ويشغل محمد العياري" after
                    # "قال أحمد العياري")
                    or (
                        k >= 2
                        and _NP_KIND[v] == 1
                        and toks[k - 2] in _HOLDS_NOW
                        and (not before or v in before)
                    )
                )
                # (not a post he then left: "ويشغل X منصب …، ثم عين …")
                and not self.post_left_after(k + 2)
            ):
                j = k + 2  # "ويشغل X منصب رئيس …"
            elif (
                toks[k + 1] in _COMMAS
                and k + 3 < n
                and toks[k + 2] in _POST_NOUNS
                # (the name asked in full, not another of that family:
                # "وقال خالد X" after "تسلم …، سامر X، منصب …")
                and (not before or toks[k - len(before) : k] == list(before))
                and self.took_post_before(k - len(before), toks[k + 2], bool(before))
            ):
                # "تسلم اليوم الأحد، X Y، منصب وزير …": the name set off by
                # commas after the verb of taking up a post and when, then
                # the post (dev25r)
                j = k + 3
            elif (j := self.post_as_after(k)) > 0:
                # "X Y … قبل تركه منصبه كمدير للوكالة": his post as, later
                # in the name's sentence (dev33r)
                e = self.post_words_end(j, self.sent_first.get(self.sent[j] + 1, n), True)
                if e - j < 2:
                    continue
                glued = toks[j] not in lx.TITLES  # (كمدير: the title after كـ)
                return self.doc.orig(self.doc.starts[j] + glued, self.doc.ends[e - 1])
            else:
                continue
            t = toks[j]
            if in_quote[j] or not is_word[j] or t not in lx.TITLES:
                continue
            e = self.post_words_end(j, self.sent_first.get(self.sent[j] + 1, n), True)
            if e - j < 2:
                continue  # (a bare title word: no post told)
            return self.doc.orig(self.doc.starts[j], self.doc.ends[e - 1])

    def post_as_after(self, k: int) -> int:
        """The title glued to كـ after "منصبه"/"منصبها" ("his post as"), or
        the one after a verb of holding a post now and منصب ("يشغل منصب"),
        that follows the name ending at token ``k`` in its sentence, at most
        24 words on, outside quotes, with no title, quote or other name
        between ("X Y، عام 2009، … قبل أشهر من تركه منصبه كمدير للوكالة",
        "خلال توليها منصبها كوزيرة", "وكان X Y يشغل منصب مدير …"): the one
        whose post it is; else -1."""
        toks, is_word, in_quote = self.doc.toks, self.is_word, self.in_quote
        sent = self.sent[k]
        end = min(self.n - 1, k + 25)
        for m in range(k + 1, end):
            if self.sent[m] != sent or in_quote[m]:
                return -1
            t = toks[m]
            if t in _HOLDS_NOW and toks[m + 1] in _POST_NOUNS:
                # "وكان X Y يشغل منصب مدير …": the verb of holding after
                # the name, its subject
                w = toks[m + 2] if m + 2 < self.n else ""
                if (
                    w in lx.TITLES
                    and is_word[m + 2]
                    and not in_quote[m + 2]
                    # (not a post he then left: "كان X يشغل منصب مدير الشركة،
                    # ثم عين وزيرا", "الذي كان يشغل منصب … قبل أن يستقيل")
                    and not self.post_left_after(m + 2)
                ):
                    return m + 2
                return -1
            if t in _HIS_POST:
                w = toks[m + 1]
                if w[:1] == "ك" and w[1:] in lx.TITLES and is_word[m + 1] and not in_quote[m + 1]:
                    return m + 1
                return -1
            bare = t[1:] if len(t) > 4 and t[0] in "وبلفك" else t
            if bare[:2] == "ال" or bare[:2] == "لل":
                bare = bare[2:]
            if is_word[m] and (
                bare in lx.TITLES
                or _NP_KIND[t] in (3, 4)
                or t in _words_module._GIVEN_NAMES
                or _cue_of(t) is not None
            ):
                return -1
        return -1
        return None

    def post_left_after(self, j: int) -> bool:
        """The post told from token ``j`` (a title after "يشغل منصب") is one
        its holder left or moved on from: right after its words, within its
        sentence and six tokens (a comma between), a word of leaving or ثم
        and a later event (_POST_LEFT: "…، ثم عين وزيرا للصناعة", "واستقال
        عام 2020"), or قبل/حتى and أنّ or a verbal noun with his pronoun
        ("قبل أن يستقيل", "حتى إقالته"; mend33a). His later quotes are not
        said in that post."""
        toks = self.doc.toks
        sent = self.sent[j]
        e = self.post_words_end(j, self.sent_first.get(sent + 1, self.n), True)
        for m in range(e, min(self.n - 1, e + 6)):
            if self.sent[m] != sent or self.in_quote[m]:
                return False
            t = toks[m]
            if t in _POST_LEFT:
                return self.is_word[m + 1] or t != "ثم"
            if t in _UNTIL_OR_BEFORE:
                w = toks[m + 1]
                return (
                    w in _THAT
                    or w == "ان"
                    or (len(w) >= 5 and w[-1] == "ه" and self.ha_ending(m + 1))
                    or (len(w) >= 6 and w[-2:] == "ها")
                )
            if not self.is_word[m] and t not in _COMMAS:
                return False
        return False

    def took_post_before(self, f: int, noun: str, given: bool = True) -> bool:
        """The name whose first word is token ``f`` is set off by a comma
        after a verb of holding or taking up a post and at most four words
        of when ("تسلم اليوم الأحد، X Y،", "وتقلد أمس، X،"), none a title:
        the name is the verb's subject, the post after it (``noun``, منصب
        …) his; خطة a post after a verb of occupying only ("وتسلم أمس، X،
        خطة رئيس الحكومة": a plan, as in classify)."""
        toks = self.doc.toks
        if not given:
            # (the family name alone asked, "وقال حداد": the words of the
            # name before it in the mention, up to three)
            e = f
            while (
                f > 0
                and e - f < 3
                and self.is_word[f - 1]
                and not self.in_quote[f - 1]
                and _NP_KIND[toks[f - 1]] == 1
                and toks[f - 1] not in _HOLDS_OR_TAKES_POST
            ):
                f -= 1
        c = f - 1
        if c < 1 or toks[c] not in _COMMAS:
            return False
        for m in range(c - 1, c - 6 if c > 5 else -1, -1):
            t = toks[m]
            if not self.is_word[m] or self.in_quote[m] or self.sent[m] != self.sent[f]:
                return False
            if t in _HOLDS_OR_TAKES_POST:
                return noun != "خطه" or t in _OCCUPIES_PREFIXED
            if t in lx.TITLES or _NP_KIND[t] in (3, 4):
                return False
        return False

    def goes_on_as(
        self, ent: _Entity, last: _Entity, role_of: Callable[[_Entity], str | None]
    ) -> _Entity | None:
        """``last`` (the named person quoted just before) when the title
        ``ent`` (a verb that goes on, "وأضاف المدرب السويسري") names his
        office (``_OFFICE_NAMES``: "المدرب" for "المدير الفني لفريق …") with
        nisbas only after its head, and the text tells him no country
        (told, the office's reading in canonical decides); else None."""
        if (
            not _named_person(last)
            or last.kind != PERSON
            or last.gender != ent.gender
            or not ent.role
            or not (prole := last.role or role_of(last))
        ):
            return None
        said = _NORMALIZED[ent.role].split()
        if len(said) < 2 or any(w not in _NATIONALITIES for w in said[1:]):
            return None
        office = _office(ent.role)
        if office is None or _office(prole) != office:
            return None
        # (his country told, in his post or before his name: canonical's
        # reading of the office decides)
        if _role_countries(prole) or any(w in _NATIONALITIES for w in _NORMALIZED[prole].split()):
            return None
        toks, in_quote = self.doc.toks, self.in_quote
        name = _NORMALIZED[last.surface].split()
        k = -1
        while name:
            try:
                k = toks.index(name[-1], k + 1)
            except ValueError:
                break
            if not in_quote[k] and any(
                toks[m] in _NATIONALITIES for m in range(k - 5 if k > 5 else 0, k)
            ):
                return None  # ("قال الألماني X Y": his country told before his name)
        # (the office's nationality told of another before: "مع الزمالك
        # بقيادة مدربه السويسري Y. وقال X، المدير الفني للأهلي، …. وأضاف
        # المدرب السويسري": the one told, not X)
        # (another named holder of the office met before: "استقبل الملك
        # سلمان الملك محمد السادس. وقال الملك سلمان …. وأضاف العاهل
        # المغربي": which one the text does not say by the office alone)
        for p in self._persons:
            if p.pos >= ent.pos:
                break
            if (
                p is not last
                and p.kind == PERSON
                and _named_person(p)
                and p.key != last.key
                and p.role
                and _office(p.role) == office
            ):
                return None
        nisbas = {w[2:] if w[:2] == "ال" else w for w in said[1:]}
        for m in range(self.tok_at(ent.pos)):
            w = toks[m]
            if in_quote[m] or not w:
                continue
            if w[:2] == "لل" and len(w) > 4:
                w = w[2:]
            elif w[:1] in "وب" and w[1:3] == "ال":
                w = w[3:]
            elif w[:2] == "ال":
                w = w[2:]
            if w in nisbas:
                return None
        return last

    def goes_on_as_former(
        self, ent: _Entity, last: _Entity, role_of: Callable[[_Entity], str | None]
    ) -> bool:
        """Whether the post ``ent`` told as held before, with no name ("وزاد
        رئيس الوزراء السابق"), is ``last``, the named person quoted just
        before, of its gender: a post someone held once is an epithet of
        the one the story is about, not a new speaker the text would name;
        not when ``last`` holds that very post now ("وزير الخارجية X" then
        "وزير الخارجية السابق": his predecessor)."""
        words = _post_for_the_one_quoted(ent, last)
        if words is None or len(words) < 2 or _FORMER_DEFINITE.isdisjoint(words[1:]):
            return False
        if (prole := last.role or role_of(last)) and _FORMER_DEFINITE.isdisjoint(
            _NORMALIZED[prole].split()
        ):
            post = _post_words(ent.role) - _FORMER_DEFINITE
            if post <= _post_words(prole):
                return False
        return True

    def that_subject_before_cue(self, tok: int) -> bool:
        """A definite noun phrase (or a state's name) of one to three words
        between أنّ (إنّ) and the cue at ``tok``: "أن الحكومة تؤكد", "أن
        الحكومة اللبنانية ترى", "أن واشنطن تؤكد"; the verb's own subject."""
        toks = self.doc.toks
        k = tok - 1
        while k > 0 and tok - k <= 3 and self.is_word[k] and toks[k] not in _THAT:
            k -= 1
        return (
            k > 0
            and k < tok - 1
            and toks[k] in _THAT
            and (toks[k + 1][:2] == "ال" or toks[k + 1] in _COUNTRIES)
        )

    def goes_on_untold(
        self,
        ent: _Entity,
        last: _Entity,
        persons: list[_Entity],
        role_of: Callable[[_Entity], str | None],
    ) -> bool:
        """Whether the post ``ent`` (no name, definite: "ولي العهد", "وزير
        الخارجية") is ``last``, the named person quoted just before, whom the
        text gives no post anywhere: one of his gender, the one person
        named before ``ent``, and the post no source's ("المسؤول") nor a
        man's by sex ("الرجل")."""
        if last.role or ent.key in _SOURCE_TITLE_KEYS or ent.key in _THE_SPEAKER_KEYS:
            return False
        words = _post_for_the_one_quoted(ent, last)
        if words is None or not (
            words[0][:2] == "ال" or (len(words) >= 2 and words[1][:2] == "ال")
        ):
            return False
        if any(p.pos < ent.pos and p.key != last.key and p.kind == PERSON for p in persons):
            return False  # (another person named before: the post may be his)
        return role_of(last) is None

    def goes_on_second_post(
        self,
        ent: _Entity,
        last: _Entity,
        persons: list[_Entity],
        role_of: Callable[[_Entity], str | None],
    ) -> bool:
        """Whether the post ``ent`` (no name, its head with the article, of a
        body after لـ: "الأمين العام لحزب X", told nowhere before, with no
        country) is a second post of ``last``, the named person with another
        post quoted just before: the one person the text has named so far,
        of its gender, the post no source's nor one with the head of his own
        ("وزير الخارجية" after "وزير المالية X": another minister)."""
        if ent.key in _SOURCE_TITLE_KEYS or ent.key in _THE_SPEAKER_KEYS:
            return False
        if not (prole := last.role or role_of(last)):
            return False
        words = _post_for_the_one_quoted(ent, last)
        # (a head with the article, the post's body glued to لـ: "الأمين العام
        # لنقابة …"; no adjectives alone, nor a post in construct, "رئيس
        # الدبلوماسية": another minister's name)
        if (
            words is None
            or words[0][:2] != "ال"
            or not any(w[:1] == "ل" and w[:2] != "ال" for w in words[1:])
        ):
            return False
        if any(w in _NATIONALITIES for w in words[1:]):
            return False  # ("وأضاف المدرب التونسي": a country, maybe another's)
        head = words[0][2:]
        own = normalize_first(prole)
        if (own[2:] if own[:2] == "ال" else own) == head:
            return False
        return not any(p.pos < ent.pos and p.key != last.key and p.kind == PERSON for p in persons)

    def one_of_defence(
        self,
        ent: _Entity,
        persons: list[_Entity],
        entities: list[_Entity],
        role_of: Callable[[_Entity], str | None],
    ) -> _Entity | None:
        """ "وأضاف المحامي" after "X، عضو هيئة الدفاع عن Y،" (and Y's words
        X relayed): the one named person of that gender whose post is on a
        defence team (هيئة/فريق/لجنة الدفاع) is the lawyer; None when there
        are two or more, or another lawyer was met ("وقال محامي الضحية إن …",
        "محام آخر", "نقيب المحامين Y": the lawyer may be he)."""
        if _NORMALIZED[ent.role or ""] not in _LAWYERS:
            return None

        def on_defence(p: _Entity) -> bool:
            if not (prole := p.role or role_of(p)):
                return False
            ws = _NORMALIZED[prole].split()
            return any(
                w == "الدفاع"
                and k
                and ws[k - 1] in _DEFENCE_BODIES
                # (the defence of someone, "هيئة الدفاع عن Y", not a
                # parliament's defence committee, "لجنة الدفاع النيابية")
                and (k + 1 == len(ws) or ws[k + 1] == "عن")
                for k, w in enumerate(ws)
            )

        found = _one_named_before(ent, persons, on_defence)
        if found is not None and any(
            e.pos < ent.pos
            and e.key != found.key
            and any(
                _LAWYER_WORD.match(w) for w in _NORMALIZED[e.surface + " " + (e.role or "")].split()
            )
            for e in entities
        ):
            return None
        return found

    def one_official(
        self,
        ent: _Entity,
        persons: list[_Entity],
        entities: list[_Entity],
        role_of: Callable[[_Entity], str | None],
        spoke: Callable[[], Collection[str]] = tuple,
    ) -> _Entity | None:
        """The one named person of ``ent``'s gender with a post met before
        ``ent``, when ``ent`` is the generic "the official" (المسؤول،
        المسؤولة) with nisbas after it, "وأضافت المسؤولة الأممية"; None when
        there are two such or more, or an unnamed official was met (the
        description may be his), or an unnamed source of those nisbas ("مصدر
        حكومي" then "وأضاف المسؤول الحكومي"), or the one found is no subject
        of a cue before (``spoke()``, keys, read only then): "قال دبلوماسي أوروبي … وكان رئيس
        الوزراء الإسرائيلي X رفض … وأضاف المسؤول الأوروبي" is not X."""
        words = _NORMALIZED[ent.role or ""].split()
        if (
            not words
            or words[0][2:] not in _GENERIC_OFFICIALS
            or words[0][:2] != "ال"
            or any(w[:2] != "ال" or w[-1] not in "يه" for w in words[1:])
        ):
            return None
        if any(
            e.kind == ANONYMOUS and normalize_first(e.surface) in _GENERIC_OFFICIALS
            for e in entities
        ):
            return None
        nisbas = {w[2:] for w in words[1:]}
        if any(
            e.kind == ANONYMOUS
            and e.pos < ent.pos
            and all(
                n in (d := _role_words(e.surface))
                or n + "ه" in d
                or (n[-2:] == "يه" and n[:-1] in d)
                for n in nisbas
            )
            for e in entities
        ):
            return None
        found = _one_named_before(
            ent,
            persons,
            lambda p: (
                p.kind == PERSON
                and p.number == _SG
                and bool(post := p.role or role_of(p))
                # (not "السفير الأمريكي X" for "المسؤول الأردني")
                and not _other_nationality(ent.role, post)
            ),
        )
        if (
            found is not None
            and found.key not in spoke()
            # (a post of the nationality told, "رئيس الديوان الملكي الأردني X"
            # for "المسؤول الأردني", needs no cue of his before: he may be
            # told in "أظهرت برقية أن X قال …")
            and not _holds_nationality(words[1:], found.role or role_of(found))
        ):
            return None
        # ("وأضاف المسؤول الأممي" is not "وزير الصحة الفلسطيني X"): a
        # nationality of his post when none is told (the filter above,
        # _other_nationality, weighs only a told one)
        if found is not None and _foreign_nationality(words[1:], found.role or role_of(found)):
            return None
        return found

    def asked_post(self, hit: _CueHit, e: _Entity) -> str | None:
        """The post of the one asked, a title with no name right after the
        subject of the verb of asking ``hit`` ("وسأل الصحفي رئيس الوزراء
        العراقي: «…؟»"), when it agrees with ``e``, the person named next."""
        b = hit.np_end
        if b < 0 or b >= self.n or self.sent[b] != self.sent[hit.tok]:
            return None
        toks = self.doc.toks
        if not _IS_TITLE_HEAD[toks[b]]:
            return None
        line_end = self.sent_first.get(self.sent[b] + 1, self.n)
        end, ra, rb = self.scan_np(b, line_end, None)
        asked = self.classify(b, end, ra, rb, None)
        if (
            asked is None
            or asked.kind != PERSON
            or not asked.key.startswith("title:")
            or asked.gender != e.gender
        ):
            return None
        return asked.role

    def counterpart_post(self, ent: _Entity) -> str | None:
        """ "التقى الرئيس نظيره المالي Y" then "وقال Y": the post read back
        from the name runs over "his counterpart" into the verb's subject
        ("الرئيس نظيره المالي"); Y's post is the counterpart's, as written
        ("نظيره المالي": the test articles' golds keep it so)."""
        if "،" in ent.role:
            return None
        words = ent.role.split()
        for k in range(1, len(words)):
            if normalize(words[k]) in _COUNTERPART_WORDS:
                return " ".join(words[k:])
        return None

    def posts_named_later(
        self,
        speakers: list[_Entity | None],
        persons: list[_Entity],
        results: list[ExtractedQuote],
    ) -> None:
        """ "قال وزير المالية المصري إن «…». وكان الوزير محمد معيط قد أعلن
        …": a post quoted with no name is the person the story names a few
        sentences later and gives that post (whether by the bare title and
        the name, or by the name alone after the post's quote), when he is
        the only person named with it."""
        holders: dict[int, _Entity | None] = {}
        for k, ent in enumerate(speakers):
            if (
                ent is None
                or not (
                    (ent.kind == PERSON and ent.key.startswith("title:"))
                    # ("قال رئيس مجلس الشورى إن «…». وأكد X: …": a post in
                    # construct with a body's definite name, read as
                    # anonymous, is one person's too)
                    or (ent.kind == ANONYMOUS and _post_of_a_body(ent))
                )
                or not ent.role
                or " " not in ent.role
            ):
                continue
            holder = holders.get(id(ent), ent)
            if holder is ent:
                holder = None
                role = _NORMALIZED[ent.role]
                # "الرئيس الأسد: «…»" (a headline) then "أعلن الرئيس السوري
                # بشار الأسد": a definite title and a family name with the
                # article, read for a post, is the person named in full
                # with that name last and a post of that title
                rw = role.split()
                family = (
                    _key(rw[1])
                    if len(rw) == 2 and rw[1][:2] == "ال" and rw[0][2:] in lx.TITLES
                    else None
                )
                for p in _met_after(persons, ent.pos, ent.sentence + 3):
                    if (
                        p.pos > ent.pos
                        and p.role
                        and p.sentence - ent.sentence <= 3
                        and p.gender == ent.gender
                        and not p.key.startswith("title:")
                        # (a name: not a letter read for one, "ذ." the
                        # Moroccan lawyer's title, given the post before)
                        and len(p.surface) > 2
                        and (
                            (prole := _NORMALIZED[p.role]) == role
                            # "قال مدرب المنتخب الجزائري إن «…». وأضاف المدرب
                            # بلماضي": the post's head with the article alone,
                            # before the name, is that post
                            or (
                                " " not in prole
                                and prole == "ال" + role.split(" ", 1)[0]
                                # (not a bare title that is its own office:
                                # "قال رئيس الوزراء … وقال الرئيس X", the
                                # president, not the prime minister)
                                and prole not in _OWN_OFFICE_TITLES
                            )
                            # "قال المتحدث العسكري لجبهة X إن «…». وأضاف
                            # المتحدث العسكري للجبهة، Y": the post said
                            # again with the body's common noun
                            or _names_the_body(prole, role)
                            or (
                                family is not None
                                and p.key.rsplit(" ", 1)[-1] == family
                                and " " in p.key
                                and (
                                    (phead := prole.split(" ", 1)[0]) == rw[0]
                                    # ("الوزير العلوي" then "وزير الخارجية
                                    # X العلوي": the title in construct with
                                    # its portfolio; not "الرئيس", its own
                                    # office, then "رئيس الوزراء")
                                    or ("ال" + phead == rw[0] and rw[0] not in _OWN_OFFICE_TITLES)
                                )
                            )
                        )
                    ):
                        if holder is not None and holder.key != p.key:
                            holder = None  # (two named with it: neither)
                            break
                        holder = p
                if holder is not None and " " not in holder.role:
                    # (his bare title is that post: all his words take it,
                    # below in run)
                    holder.role = ent.role
                elif holder is not None and _names_the_body(holder.role, ent.role):
                    # (the post with the body's name, the fuller)
                    holder.role = ent.role
                holders[id(ent)] = holder
            if holder is not None:
                speakers[k] = holder
                results[k] = replace(
                    results[k], speaker=holder.surface, speaker_kind=holder.kind, role=holder.role
                )

    def posts_told_after(
        self, speakers: list[_Entity | None], said_to: list[int], persons: list[_Entity]
    ) -> None:
        """ "قال المعلم: «…». وأضاف: «…». وأوضح الوزير السوري أن …": a post
        with the article and no name, the subject of a verb of saying that
        opens one of the two sentences after a speaker's quote (no one else
        quoted up to it), is that speaker's, when the text gave him none (a
        name alone, or a bare title word that may be a family name) and no
        other person met holds a post of that head."""
        toks = self.doc.toks
        n_said = len(speakers)
        done: set[object] = set()
        tried: set[int] = set()  # the sentences read, once each

        def mention(e: _Entity) -> object:
            # (a bare title word is a new mention each time: one by its words)
            return e.key if e.key.startswith("title:") else id(e)

        def sentence_of(close_tok: int) -> int:
            return self.sent[min(close_tok, self.n - 1)]

        next_other: list[int] | None = None
        for k, ent in enumerate(speakers):
            if (
                ent is None
                or ent.kind != PERSON
                or ent.number != _SG
                or (ent.role is not None and (" " in ent.role or not ent.key.startswith("title:")))
            ):
                continue
            who = mention(ent)
            if who in done:
                continue
            s = sentence_of(said_to[k])
            if next_other is None:
                # the next quote someone else says, after each quote, in one
                # pass from the end (a pass on from each quote is quadratic
                # in a long text of one speaker's quotes)
                whos = [None if e is None else mention(e) for e in speakers]
                next_other = [n_said] * n_said
                for j in range(n_said - 2, -1, -1):
                    w = whos[j + 1]
                    next_other[j] = j + 1 if w is None or w != whos[j] else next_other[j + 1]
            # the sentence of the next quote someone else says
            j = next_other[k]
            other_at = sentence_of(said_to[j]) if j < n_said else self.sent[-1] + 1
            for s2 in (s + 1, s + 2):
                f = self.sent_first.get(s2)
                if (
                    f is None
                    or s2 >= other_at
                    or s2 in tried
                    or self.in_quote[f]
                    or toks[f] not in _MAY_CUE
                ):
                    break
                hit = self.cue_at(f)
                if hit is None or hit.cue.kind != lx.VERB:
                    continue
                tried.add(s2)
                post = self.subject_of(hit)
                if (
                    post is None
                    or post.kind != PERSON
                    or not post.key.startswith("title:")
                    or post.gender != ent.gender
                    or not post.role
                    or " " not in post.role
                    or post.role[:2] != "ال"
                    or self.sent[hit.np_start] != s2
                ):
                    break
                head = normalize_first(post.role)
                if any(
                    p.role and normalize_first(p.role) in (head, head[2:])
                    for p in persons
                    if p is not ent and p.key != ent.key
                ) or (
                    # (a bare title word said again is the same mention, but
                    # one said with more words is a post of its own: "وقال
                    # الوزير الأردني" then "وقال الوزير" holds no Syrian post)
                    isinstance(who, str)
                    and any(
                        o is not None and o.key == who and " " in (o.role or "") for o in speakers
                    )
                ):
                    break
                done.add(who)
                for other in speakers if isinstance(who, str) else (ent,):
                    if other is not None and other.key == ent.key:
                        other.role = post.role
                break

    def lead_description(self, last: str) -> str | None:
        """The description of the unnamed person whom the sentence before
        the first mention of the name word ``last`` (folded, ending a full
        name) opens with: "انتقد نائب عن كتلة
        الإعمار، يوم الأحد، …. وقال أحمد الدلفي إن": a verb, then an
        indefinite post with its complement (no source withheld: مسؤول،
        مصدر), or a definite post with no name, of the verb's gender
        after it, in one of the text's first sentences; the next sentence
        opens with a verb of saying and the name in full, its subject."""
        toks = self.doc.toks
        try:
            k = toks.index(last)
        except ValueError:
            return None
        if (
            self.in_quote[k]
            or k < 2
            # (a given name glued, as it seems, to ل or ب is one: "ليلى", "بسام")
            or (_NP_KIND[toks[k - 1]] != 1 and toks[k - 1] not in _GIVEN_NAMES)
        ):
            return None  # (the first mention, outside the quotes, in full)
        s = self.sent[k]
        if s < 1 or s > 4:
            return None
        f = k - 1
        while (
            f > 0
            and k - f < 4
            and (_NP_KIND[toks[f - 1]] == 1 or toks[f - 1] in _GIVEN_NAMES)
            and toks[f - 1] not in _CUE_WORDS
        ):
            f -= 1
        v = f - 1
        if v != self.sent_first[s] or toks[v] not in _CUE_WORDS or _cue_of(toks[v]) is None:
            return None
        h = self.sent_first[s - 1] + 1
        if h + 2 >= v:
            return None
        t = toks[h]
        if _NP_KIND[t] != 3 or t not in lx.TITLES or t in lx.ANONYMOUS_HEADS:
            return None
        lead_verb = toks[h - 1]
        if (
            _NP_KIND[lead_verb] != 1 and lead_verb not in _WITHHELD_NAME
        ) or lead_verb in _CUE_WORDS:
            # (the verb the lead opens with, no name or title; "رفض",
            # "طلب", verbs that may withhold a source's name, among them)
            return None
        b, ra, rb = self.scan_np(h, v, None)
        if ra < rb or b - h < 2:
            return None
        e = self.classify(h, b, ra, rb, None)
        if e is None or not e.role or " " not in e.role:
            return None
        if (
            e.kind != ANONYMOUS
            and not (_named_person(e) and _key(last) in e.key.split())
            # "رفض وزير الإعلام السوداني المقال …" then "وأعرب X Y في بيان
            # عن …": a definite post, no name, told in the lead, and the
            # next sentence names its holder, of its gender (dev34r; "رحبت
            # وزيرة …" then "وقال X Y": another person)
            and (
                e.kind != PERSON
                or e.key[:6] != "title:"
                or e.number != "sg"
                or _cue_of(toks[v]).gender not in (None, e.gender)
                # (nor when that sentence speaks of the post's holder as
                # another: "وأعرب X Y عن استغرابه من رد الوزير", "وقال X Y
                # ردا عليه"; mend34b)
                or self.holder_as_another(t, v)
            )
        ):
            return None  # (but the person it was found to be, read again)
        return e.role

    def holder_as_another(self, head: str, v: int) -> bool:
        """The sentence that opens at token ``v`` speaks, outside its
        quotes, of the holder of the post whose head is ``head`` (folded,
        no article) as another: by the head with the article ("رد الوزير",
        "تصريحات الوزير", "موقف الوزيرة", "للوزير"), or by a pronoun after a
        word of reply ("ردا عليه") (mend34b)."""
        toks = self.doc.toks
        s = self.sent[v]
        end = self.sent_first.get(s + 1, self.n)
        definite = "ال" + head
        to_the = "لل" + head  # ("للوزير", "وللوزير")
        replied = False
        for j in range(v + 1, end):
            if self.in_quote[j]:
                continue
            w = toks[j]
            if (w.endswith(definite) and len(w) - len(definite) <= 2) or (
                w.endswith(to_the) and len(w) - len(to_the) <= 1
            ):
                return True
            if w in _REPLY_WORDS:
                replied = True
            elif replied and w in _ON_HIM:
                return True
        return False

    def nicknamed(self, said: list[str], pos: int, persons: list[_Entity]) -> _Entity | None:
        """The person named in full before ``pos`` (a folded offset) with
        ``said``, a name of one or two words (folded), right after his name
        in marks or in parentheses ("الفريق X Y Z “W”", "X Y (أبو Z)"): his
        nickname (dev15b); None when no such mention, or two persons end so."""
        first = said[0]
        if not self._toks_refolded and self.doc.folded.find(first, 0, pos + len(first) - 1) < 0:
            # (speed15d) the first word nowhere before ``pos`` in the folded
            # text, of which every token is a slice unless one was written
            # anew (_toks_refolded): no mention to scan the tokens for (a
            # name that matched no one seldom came before)
            return None
        mentions = self._nicknames.get(key := tuple(said))
        if mentions is None:
            mentions = self._nicknames[key] = self.nickname_mentions(said)
        found = None
        for before, at in mentions.items():
            end = bisect_left(at, pos)  # (the mentions before ``pos``)
            if not end:
                continue
            # each mention goes to the last person in ``persons`` met before
            # it whose name ends in ``before``: ``p`` takes the mentions
            # after p.pos and at or before the first position of the ones
            # after it in the list (``upto``); the mentions are filed once
            # per name and bisected, where each call scanned every token and
            # every mention (quadratic in the mentions: fuzz16)
            upto = at[end - 1]
            for p in reversed(persons):
                if (
                    p.pos < upto
                    and " " in p.key
                    and not p.key.startswith("title:")
                    and _NORMALIZED[p.surface].rsplit(None, 1)[-1] == before
                ):
                    if bisect_right(at, upto, 0, end) > bisect_right(at, p.pos, 0, end):
                        if found is not None and found is not p:
                            return None
                        found = p
                    upto = p.pos
                    if upto < at[0]:
                        break
        return found

    def nickname_mentions(self, said: list[str]) -> dict[str, list[int]]:
        """The mentions of ``said`` (folded words) in marks or in parentheses
        right after a word, by that word (the last of the name the nickname
        follows): the offsets of their first tokens, in order (nicknamed)."""
        toks = self.doc.toks
        starts = self.doc.starts
        n = len(said)
        mentions: dict[str, list[int]] = {}
        at = self.where(said[0])
        if n > 1 and len(at) > _MANY_MENTIONS and len(second := self.where(said[1])) < len(at):
            # (a given name many persons share: the mentions of the rarer
            # second word, one token on, where each name asked read every
            # mention of the first; fuzz19)
            at = [m - 1 for m in second]
        for k in at:
            if (
                k < 2
                or k + n >= self.n
                or toks[k : k + n] != said
                or not (
                    (toks[k - 1] in _QUOTE_MARK_SET and toks[k + n] in _QUOTE_MARK_SET)
                    or (toks[k - 1] == "(" and toks[k + n] == ")")
                )
                or not self.is_word[k - 2]
            ):
                continue
            before = toks[k - 2]
            if (
                (before == "ب" or before == "باسم")
                and k >= 5
                and toks[k - 3] in _KNOWN_AS_PARTICIPLES
            ):
                # "X Y الشهير بـ«Z»", "X «Y»، الملقب بـ«Z»،": known as, the
                # name before the participle (its marks, a comma skipped)
                j = k - 4
                if toks[j] in _COMMAS:
                    j -= 1
                if j > 0 and toks[j] in _QUOTE_MARK_SET:
                    j -= 1
                if not self.is_word[j]:
                    continue
                before = toks[j]
            mentions.setdefault(before, []).append(starts[k])
        return mentions

    def mention_role(self, words: list[str], full: bool) -> str | None:
        """The role given with the first mention of the name ``words``
        (folded) that gives one (``full``: a mention where the name's word
        ends a longer name)."""
        toks = self.doc.toks
        last, n = words[-1], len(words)
        in_quote = self.in_quote
        quoted = []  # the mentions in marks, read last
        mentions = self.ending_names(last) if full else self.where(last)
        if n > 1 and len(mentions) > _MANY_MENTIONS:
            # (a family name many persons share: only the mentions its
            # name's rarest word stands before in its place, found at C
            # speed; fuzz18: each person read them all)
            i = min(range(n - 1), key=lambda i: len(self.where(words[i])))
            shifted = map((n - 1 - i).__add__, self.where(words[i]))
            mentions = sorted(set(shifted).intersection(mentions))
        related = self.related_lines
        for k in mentions:
            if k < n - 1 or (n > 1 and toks[k - n + 1 : k] != words[:-1]):
                continue
            if related is not None and _within(*related, self.doc.starts[k]):
                # "اقرأ أيضا: وزير الزراعة X العلي يعلن …" then "وقال العلي":
                # another article's headline gives no one his post here
                continue
            if in_quote[k]:
                quoted.append(k)
                continue
            # (a title right before the name first: "التقى وزير الخارجية X Y
            # السفير الأمريكي", the post after it the verb's object)
            role = self.role_titled_before_name(k)
            if role is not None and _NORMALIZED[role] in _MILITARY_RANKS:
                # "أن الجنرال X Y قائد فيلق …": a rank before the name, the
                # post after it; both, as where the name is a cue's subject
                post = self.role_after_name(k, k - 1 if full else k)
                if post is not None and post != role:
                    role = role + "، " + post
            elif (
                role is not None
                and " " not in role
                and (bare := _NORMALIZED[role])[:2] == "ال"
                and k > n
                and toks[k - n] == bare
                and toks[k - n - 1] not in _OBJECT_POST_VERBS
                and (post := self.role_after_name(k, k - 1 if full else k)) is not None
                and normalize_first(post) == bare[2:]
                and self.post_set_off(k, post)
            ):
                # "ترأس البابا X Y بابا الكنيسة …، قداس …", "افتتح الملك X
                # ملك البلاد، …": a bare title before the name and the post
                # of its head after it, closed by a comma (no verb with a
                # person for its object before: "استقبل الرئيس X رئيس
                # الوزراء"; nor a post running on into the sentence: "زار
                # الرئيس X رئيس الوزراء المصري في القاهرة"); both, as where
                # the name is a cue's subject
                role = role + "، " + post
            if role is None:
                role = self.role_after_name(k, k - 1 if full else k)
            if role is None:
                role = self.role_before_name(k - n + 1, k + 1)
            if role is None:
                role = self.role_joined_before_name(k)
            if role is None:
                role = self.role_in_marks_before_name(k)
            if role is not None:
                return role
        for k in quoted:
            # "وأشارت البرقية إلى أن "رئيس الحكومة آنذاك X Y قلل …"": the
            # title the text gives him with his full name in the words it
            # reports, when it gives none outside them
            role = self.role_titled_before_name(k)
            if role is not None:
                return role
        return None

    def role_in_marks_before_name(self, k: int) -> str | None:
        """The post set off in marks right before the name ending at token
        ``k`` (one to three words): "صرح ما يسمى “القائد الأعلى لقوات X” Y
        Z، أن" (the marks must close right before the name). The marks
        hold a title and at most six words, are no words reported, and
        follow no label noun but one of naming ("كتاب "الأمير" X": a
        work's name); unless named by يسمى, a title with more words needs
        a body among them ("قائد الجبهة", not "شيخ المجاهدين")."""
        toks, is_word = self.doc.toks, self.is_word
        j = k
        while j > 0 and k - j < 3 and is_word[j - 1] and _NP_KIND[toks[j - 1]] in (1, 2):
            j -= 1
        if j < 3 or (opener := _GROUP_OPENER.get(toks[j - 1])) is None or opener == "(":
            return None
        m = j - 2
        while m > 0 and j - 2 - m < 6 and is_word[m]:
            m -= 1
        if (
            m == j - 2
            or toks[m] != opener
            or self.in_quote[m + 1]
            or (m and toks[m - 1] in lx.LABEL_NOUNS and toks[m - 1] not in _SO_CALLED)
        ):
            return None
        t = toks[m + 1]
        kind = _NP_KIND[t]
        if kind not in (3, 4) or (t[2:] if kind == 4 and t[:2] == "ال" else t) not in lx.TITLES:
            return None
        if m + 1 < j - 2 and not (m and toks[m - 1] in _SO_CALLED):
            # more than a title, named by no يسمى: the words after it must
            # name a body ("قائد الجبهة", "رئيس البعثة", "قائد لقوات …");
            # an epithet or a judgement in marks is no post ("شيخ
            # المجاهدين" X, "عميد الأدب العربي" X, "الوزير الفاشل" X)
            heads = lx.ORGANIZATION_HEADS
            for w in toks[m + 2 : j - 1]:
                if w in heads or (w[0] == "ل" and (w[1:] in heads or "ا" + w[1:] in heads)):
                    break
            else:
                return None
        return self.doc.orig(self.doc.starts[m + 1], self.doc.ends[j - 2])

    def posted_to(self, role: str, j: int) -> str:
        """``role`` with the country told at token ``j`` (في/لدى, then a
        country or its capital, or a state's head and its nisba: "في المملكة
        المغربية") when the phrase ends there (a stop word, a comma, أنّ or
        the verb's complement glued to بـ)."""
        toks = self.doc.toks
        w = toks[j + 1]
        if w in _COUNTRIES:
            e = j + 2
        elif w in _STATE_HEADS and (n := toks[j + 2])[:2] == "ال" and n[-1] in "يه":
            e = j + 3
        else:
            return role
        t = toks[e]
        if not (t in lx.NP_STOP or t in _COMMAS or (t[0] == "ب" and len(t) > 3)):
            return role
        return role + " " + self.doc.orig(self.doc.starts[j], self.doc.ends[e - 1])

    def nisba_lasts(self, nisba: str) -> set[str]:
        """The words that may end the name of a person the text writes the
        nationality ``nisba`` (folded) right before, outside quotes ("عبر
        الإيطالي X Y", the name's last word within four words of it, the
        words between no title nor punctuation), as the person's own
        description: after no title nor other noun ("السفير الأمريكي X Y":
        the post's nisba).  One pass over the nisba's mentions, kept while
        the words out of quotes are the same (fuzz17: each person asked read
        them all again, from the text's first token)."""
        toks, in_quote, is_word = self.doc.toks, self.in_quote, self.is_word
        state = bytes(in_quote)
        memo = self._nisba_lasts
        if memo is None:
            memo = self._nisba_lasts = {}
        kept = memo.get(nisba)
        if kept is not None and kept[0] == state:
            return kept[1]
        lasts: set[str] = set()
        for k in self.where(nisba):
            if in_quote[k] or (k and _NP_KIND[toks[k - 1]] in (2, 3, 4)):
                continue  # ("السفير الأمريكي آنذاك X Y": the title's nisba)
            for m in range(k + 1, k + 5 if k + 5 < self.n else self.n):
                t = toks[m]
                lasts.add(t)
                if not is_word[m] or in_quote[m] or t in lx.TITLES or t in lx.NP_STOP:
                    break
        memo[nisba] = (state, lasts)
        return lasts

    def possessed_post(self, title: str, e: _Entity) -> _Entity | None:
        """The person a post with a possessive suffix names ("أمينه العام",
        "رئيسها"; ``title`` folded, ``e`` the bare post): the last one met
        within three sentences whose role has the same head (with the
        article or in construct) and the same adjectives, its genitive a body of the
        suffix's gender (a feminine noun or a plural for ها, a masculine
        noun for ه)."""
        if title[-2:] == "ها":
            stem, feminine = title[:-2], True
        elif title[-1] == "ه" and title[-2:] != "ته":
            stem, feminine = title[:-1], False
        else:
            return None
        if stem not in lx.TITLES:
            return None
        said = _NORMALIZED[e.role].split()
        adjectives = []
        for w in said[1:]:
            if w not in _TITLE_ADJECTIVES:
                break
            adjectives.append(w[2:])
        if not feminine and title in lx.TITLES and not adjectives:
            return None  # ("رئيسة" alone: a woman's title, no possessive)
        for p in reversed(self._persons):
            if p.sentence < e.sentence - 3:
                break
            role = p.role
            if not role or not p.key or p.key.startswith("title:"):
                continue
            words = _NORMALIZED[role].split()
            if words[0] not in (stem, "ال" + stem) or words[1 : 1 + len(adjectives)] != [
                "ال" + a for a in adjectives
            ]:
                continue
            rest = words[1 + len(adjectives) :]
            if not rest:
                continue
            body = rest[0]
            body = body[2:] if body[:2] == "لل" else body[1:] if body[:1] == "ل" else body
            if feminine or body[-1] != "ه":
                return p
        return None

    def counterpart(self, e: _Entity, persons: list[_Entity]) -> _Entity | None:
        """ "قال وزير الخارجية الأميركية X، في مؤتمر صحفي مع نظيره الكويتي
        Y Z، …. وبدوره قال وزير الخارجية الكويتي": a post of another country
        than that of the last person named with the same post (``e``, a bare
        title) is the counterpart the text named with that country's nisba
        right after "نظيره" (outside quotes, in a sentence that names that
        person before), who takes the post; None when the text names none."""
        countries = _role_countries(e.role)
        if len(countries) != 1 or not _state_post(e.role):
            # (a post of no state, "المسؤول الأمريكي", has no counterpart
            # whoever was met: _other_country is false of every role, and
            # the walk below would read them all)
            return None
        said = _post_sans_country(e.role)
        for p in reversed(persons):
            prole = p.role
            if (
                prole
                and _named_person(p)
                and _other_country(e.role, prole)
                and said <= _post_sans_country(prole)
            ):
                break
        else:
            return None
        toks, in_quote = self.doc.toks, self.in_quote
        last = p.key.rsplit(None, 1)[-1]
        at = self._counterparts_at
        if at is None:
            # (the tokens of "نظيره" and its forms, filed once: fuzz22, each
            # bare title of one country read every token from the person met
            # with the same post, quadratic in a long text of such titles)
            at = self._counterparts_at = sorted(
                k for w in _COUNTERPARTS & self.vocab for k in self.where(w)
            )
        lo, hi = self.tok_at(p.pos) + 1, self.tok_at(e.pos) - 3
        for j in at[bisect_left(at, lo) : bisect_left(at, hi)]:
            if (
                in_quote[j]
                or toks[j + 1] not in _NATIONALITIES
                or _role_countries("x " + toks[j + 1]) != countries
                # (the pronoun is the person's: "نظيرها" a woman's)
                or (toks[j][-2:] == "ها") != (p.gender == _F)
            ):
                continue
            # the person named in its sentence before it, and no title
            # between ("قال X إن الرئيس Y التقى نظيره الكويتي Z": Y's; not
            # an indefinite one in ي, an adjective: "في مؤتمر صحفي")
            m = j - 1
            s0 = self.sent_first[self.sent[j]]
            while m >= s0 and _key(toks[m]) != last:
                m -= 1
            if m < s0 or any(
                (t := _base(toks[i])) in lx.TITLES and (t[-1] != "ي" or t[:2] == "ال")
                for i in range(m + 1, j)
            ):
                return None
            c = next((c for c in persons if self.tok_at(c.pos) == j), None)
            met = c is not None
            if not met:
                # (not met as anyone's subject: read from the counterpart)
                b, ra, rb = self.scan_np(j, self.n, None)
                c = self.classify(j, b, ra, rb, None)
            if (
                _named_person(c)
                and c.gender == e.gender
                and c.key != p.key
                # (its role the counterpart, without و/بـ/لـ: "ونظيره الكويتي")
                and normalize_first(c.role or "") in (toks[j], toks[j][1:])
            ):
                c.role = e.role
                if not met:
                    persons.append(c)
                return c
            return None
        return None

    def of_kind(
        self,
        persons: list[_Entity],
        kinds: frozenset[str],
        e: _Entity,
        role_of: Callable[[_Entity], str | None],
    ) -> _Entity | None:
        """The one person of ``persons`` (named, of ``e``'s gender) the text
        names with one of ``kinds`` (folded heads, no article): his post's
        head ("الممثلة X"، "X، مطربة …") or the title right before his name
        outside quotes, nisbas between ("الممثلة المغربية X"); the nisbas of
        ``e`` after its head among those the text gives him. None when no
        one or more than one is so named (or may be: one of the kind whose
        country the text does not tell)."""
        toks, in_quote = self.doc.toks, self.in_quote
        said = _NORMALIZED[e.role].split()[1:] if e.role else []
        if any(_nisba_stem(w) is None for w in said):
            return None  # ("الفنان السابق", "الفنانة الشابة": not told)
        # (the country a nisba names must be his: "الفنانة المصرية" is not
        # "الممثلة المغربية X"; another adjective tells no other person:
        # "اللاعب الدولي")
        wanted = _role_countries(e.role) if said else frozenset()
        own = normalize_first(e.role or "")
        every = kinds | {own[2:] if own[:2] == "ال" else own}
        stems = {k[:-1] if k[-1:] == "ه" else k for k in every}
        # (the tokens of "آخر" after the kind and of "أحد" before it, and
        # below those of each person's first name, from where(), which finds
        # each word once per article; the short list of them is built again
        # on each call: a pass over every token for each such title, and one
        # for each person's first name, grew with the square of a long text
        # of titles of a kind; fuzz23. The loop over the persons is left)
        where = self.where
        ones = [k - 1 for w in ("اخر", "اخري") for k in where(w) if k]
        ones += [k for w in ("احد", "احدي", "واحد", "واحدي") for k in where(w) if k < self.n - 1]
        for j in ones:
            t, nxt = toks[j], toks[j + 1]
            if in_quote[j]:
                continue
            if t[:1] == "و" and t[1:] in every | {"احد", "احدي"}:
                t = t[1:]
            if (t in every and nxt in ("اخر", "اخري")) or (
                t in ("احد", "احدي") and any(nxt.startswith("ال" + k) for k in stems)
            ):
                # ("وقال لاعب آخر"، "وقالت إحدى الفنانات": one of the kind
                # the text does not name may be the one described)
                return None
        found: list[_Entity] = []
        fits = False
        for p in persons:
            if (
                not p.key
                or p.key.startswith("title:")
                or p.gender != e.gender
                or any(f.key == p.key for f in found)
            ):
                continue
            told = None
            if prole := p.role or role_of(p):
                head = normalize_first(prole)
                if (head[2:] if head[:2] == "ال" else head) in kinds:
                    told = _role_nisbas(prole) | _role_countries(prole)
            name = _NORMALIZED[p.surface].split()
            if not name:
                continue
            if told is None and name[0][:2] == "ال" and name[0][2:] in kinds:
                # ("المطربة المصرية X" read as one name: the kind is its
                # first word, its nisbas after it)
                told = frozenset(map(_nisba_stem, name[1:])) - {None}
            if told is None:
                # (the name's first mention with a title of the kind before
                # it, read once per name and kinds: for each such title
                # the same walk over the name's mentions)
                key = (p.surface, kinds)
                if key in self._kind_told:
                    told = self._kind_told[key]
                else:
                    told = self._kind_told[key] = self.told_of_kind(name, kinds)
            # (one of the kind whose country the text does not tell may be
            # the one the nisba names: two candidates)
            if told is not None and not (wanted and told and wanted.isdisjoint(told)):
                found.append(p)
                fits = wanted <= told
        return found[0] if len(found) == 1 and fits else None

    def told_of_kind(self, name: list[str], kinds: frozenset[str]) -> frozenset[str] | None:
        """The nisbas between a title of one of ``kinds`` and the first
        mention of ``name`` (folded words) outside quotes that has one right
        before it ("الممثلة المغربية X"), or None (of_kind)."""
        toks, in_quote = self.doc.toks, self.in_quote
        for j in self.where(name[0]):
            if in_quote[j] or toks[j : j + len(name)] != name:
                continue
            m, nisbas = j - 1, set()
            while m > j - 4 and m >= 0 and (nisba := _nisba_stem(toks[m])) is not None:
                nisbas.add(nisba)
                m -= 1
            t = toks[m] if m >= 0 and not in_quote[m] else ""
            if t[:1] in "وب" and t[1:3] == "ال":
                t = t[1:]
            if t[:2] == "ال" and t[2:] in kinds:
                return frozenset(nisbas)
        return None

    def presided_by(self, persons: list[_Entity], role: str, pos: int) -> _Entity | None:
        """The person ``role`` ("رئيس المحكمة", "رئيس اللجنة", folded words
        of a head of a body with the article) names when the text said
        before ``pos`` that the body sat or went under that person's
        chairmanship ("محكمة جنايات القاهرة، برئاسة المستشار X Y", "وفد
        برئاسة وزير الخارجية X Y"): the body's word within six words before
        برئاسة, the person named within its next four words."""
        words = role.split()
        if len(words) != 2 or words[0] != "رييس" or words[1][:2] != "ال":
            return None
        body = words[1][2:]
        toks, starts = self.doc.toks, self.doc.starts
        upto = self.tok_at(pos)
        presided = self._presided_at
        if presided is None:
            # (filed once: a pass back over the text for each mention of a
            # head was quadratic in texts of thousands of quotes)
            presided = self._presided_at = (
                []
                if _PRESIDED.isdisjoint(self.vocab)
                else list(compress(count(), map(_PRESIDED.__contains__, toks)))
            )
        for k in reversed(presided[: bisect_left(presided, upto)]):
            if k == 0 or self.in_quote[k]:
                continue
            if not any(
                t == body or t[2:] == body or t[1:] == body or t[3:] == body
                for t in toks[max(0, k - 6) : k]
            ):
                continue
            lo = starts[k + 1] if k + 1 < self.n else pos
            hi = starts[k + 5] if k + 5 < self.n else pos
            for p in reversed(persons):
                if p.key and not p.key.startswith("title:") and lo <= p.pos < hi:
                    return p
            return None
        return None

    def titled_before(self, persons: list[_Entity], title: str) -> _Entity | None:
        """The last of ``persons`` (named in full) whose name the text gives
        right after the bare title ``title`` (folded, with the article)
        outside quotes ("المحامي محمد العفيف"), or glued to بـ or و
        ("التقى الوزير بالشيخ X", "بين X والسفير Z")."""
        toks, in_quote = self.doc.toks, self.in_quote
        after = self._titled_at.get(title)
        if after is None:
            forms = {title}
            if title[:2] == "ال":
                # (not glued to لـ: "المستشار الأمني للرئيس X" may name the
                # adviser, whom "الرئيس" later is not)
                forms.update(("ب" + title, "وب" + title, "و" + title))
            # The title's mentions are found once per title and article
            # (list.index per form, a C-level scan), and filed by the word
            # after them: a pass over every token, or over every mention,
            # for each quote a bare title names is quadratic in a long text
            # of many quotes ("«…» «…» …" after one "الوزير", or the title
            # in every paragraph)
            found = []
            last = self.n - 2
            for form in forms:
                j = -1
                while True:
                    try:
                        j = toks.index(form, j + 1, last)
                    except ValueError:
                        break
                    found.append(j)
            found.sort()
            after = {}
            for j0 in found:
                # (past a rank's own words: "الفريق أول ركن X")
                j = j0
                while j + 2 < self.n and toks[j + 1] in _RANK_QUALIFIERS:
                    j += 1
                after.setdefault(toks[j + 1], []).append((j0, j))
            self._titled_at[title] = after
        if not after:
            return None
        # (the persons whose name opens with a word after the title, when
        # they are filed: persons_named_after)
        at = self.persons_named_after(after) if persons is self._persons else None
        for p in reversed(persons) if at is None else [persons[i] for i in at]:
            if not p.key or " " not in p.key or p.key.startswith("title:"):
                continue
            name = _NORMALIZED[p.surface].split()
            # (whether a mention lies outside quotes is read at each call: a
            # label's marks are lifted as the quotes are read)
            if name:
                if any(
                    not in_quote[j0] and toks[j + 1 : j + 1 + len(name)] == name
                    for j0, j in after.get(name[0], ())
                ):
                    return p
            elif any(not in_quote[j0] for at in after.values() for j0, _ in at):
                return p
        return None

    def role_titled_before_name(self, k: int) -> str | None:
        """The title right before the name ending at token ``k`` that the
        phrase read from it gives that name, the farthest one that does
        ("نائب رئيس الوزراء ووزير الخارجية X Y", "رئيس الحكومة آنذاك X
        Y"); inside marks too (the marks of reported words are lifted for
        the reading)."""
        toks = self.doc.toks
        is_word, in_quote = self.is_word, self.in_quote
        if k >= 4 and toks[k - 1] == "." and len(toks[k - 2]) == 1 and is_word[k - 3]:
            # "سفيرة الولايات المتحدة جون أ. بولاشيك", "جورج و. بوش": a
            # middle initial and its stop inside the name; the title reads
            # with the name up to the initial
            k -= 3
        s0 = self.sent_first[self.sent[k]]
        lo = k - 9 if k - 9 > s0 else s0
        if lo >= k:
            return None
        # (the words read back from the name, past a short name set off in
        # brackets or marks inside the post, which does not count to the
        # reach: "القائد العام لقوات درع الوطن (قدو) X Y", "رئيس
        # هيئة الانتخابات «إيسي» X Y")
        heads = []
        h = k - 1
        while h >= lo:
            if is_word[h]:
                heads.append(h)
                h -= 1
                continue
            opener = _GROUP_OPENER.get(toks[h])
            m = h - 1
            while m > s0 and h - m <= 4 and is_word[m]:
                m -= 1
            if opener is None or m == h - 1 or toks[m] != opener or not heads:
                break
            lo = lo - (h - m + 1) if lo - (h - m + 1) > s0 else s0
            h = m - 1
        if not heads:
            return None
        saved = in_quote[lo : k + 1]
        quoted = any(saved)
        if quoted:
            in_quote[lo : k + 1] = bytes(k + 1 - lo)
        try:
            found = None
            last = _key(toks[k])
            for h in heads:
                t = toks[h]
                kind = _NP_KIND[t]
                if (
                    t in _POSSESSED_TITLES
                    and k - h >= 2
                    and (t[-1] == "ا" or self.ha_ending(h))
                    and (e := self.classify(h, k + 1, k + 1, k + 1, None)) is not None
                    and e.role
                    and _named_person(e)
                    and e.key.rsplit(None, 1)[-1] == last
                ):
                    # "إن رئيسها X Y «…»" (no cue's subject): the post of the
                    # body the suffix refers to, as after a verb
                    found = e.role
                    continue
                if kind == 2 and t[:3] == "وال" and _NP_KIND[t[1:]] == 4:
                    # "…، والمتحدثة باسم الرئاسة X Y،": a title with the
                    # article glued to و, in a list of posts and their
                    # holders, is the name's, as with no و (one glued to و
                    # with no article: role_joined_before_name)
                    kind = 4
                    t = t[1:]
                if kind not in (3, 4):
                    continue
                if (t[2:] if kind == 4 and t[:2] == "ال" else t) not in lx.TITLES:
                    continue
                if h > 0 and _event_adjective(t, toks[h - 1]):
                    break  # ("تصريحات صحفية أطلقها النائب X": no journalist)
                # (ali: "المرشد الإيراني علي X", the name Ali before the name's end)
                if kind == 3:
                    b, ra, rb = self.scan_np(h, k + 1, None, ali=True)
                else:
                    b, ra, rb = self.scan_np(h + 1, k + 1, None, titled=True, ali=True)
                if b != k + 1 or ra < rb:
                    continue
                e = self.classify(h, b, ra, rb, None)
                if e is None or not e.role or not _named_person(e):
                    continue
                if e.key.rsplit(None, 1)[-1] != last:
                    continue
                found = e.role
                if h > lo and toks[h - 1] == "عن":
                    # "نقلت السفيرة عن الوزير X Y قوله": the title after عن
                    # is the name's; the one before it relays, no farther
                    # post of his
                    break
            return found
        finally:
            if quoted:
                in_quote[lo : k + 1] = saved

    def post_set_off(self, k: int, post: str) -> bool:
        """Whether the post ``post`` read right after the name ending at
        token ``k`` is closed by a comma: "X Y رئيس جمهورية القمر، مقر
        البرلمان", not "X Y رئيس الوزراء في القاهرة" (the verb's object)."""
        doc, toks = self.doc, self.doc.toks
        start = doc.starts[k + 1]
        for j in range(k + 1, min(k + 16, self.n - 1)):
            if doc.orig(start, doc.ends[j]) == post:
                return toks[j + 1] in _COMMAS
        return False

    def role_after_name(self, k: int, f: int) -> str | None:
        """The title in apposition after the name ending at token ``k``,
        read with the name: "X Y، رئيس حزب …،", "X Y مدرب منتخب …"; or
        after a nickname in marks, "X Y "Z" المدير الفني لفريق وادي دجلة".
        None when the title's phrase names someone else ("استقبل X وزير
        الخارجية Z Q"). The phrase is read from token ``f`` of the name."""
        toks = self.doc.toks
        p = k + 1
        if p >= self.n or self.sent[p] != self.sent[k]:
            return None
        line_end = self.sent_first.get(self.sent[k] + 1, self.n)
        if toks[p] in _COMMAS and (m := self.about_after_post(k, p + 1, line_end)):
            # "تحدث X Y، المدير الفني لمنتخب Z عن المباراة": the post set off
            # after the name ends before the عن of the verb before the name
            line_end = m
        nickname = toks[p] in _QUOTE_MARK_SET and toks[k - 1] in _QUOTE_MARK_SET
        if (
            not nickname
            and toks[p] in _QUOTE_MARK_SET
            and p + 2 < line_end
            and toks[p + 1] in _COMMAS
            and any(toks[m] in _QUOTE_MARK_SET for m in range(k - 4 if k > 4 else 0, k - 1))
        ):
            # "الدكتور “X Y”، نائب رئيس …": the name set in marks (a house
            # style), its post after the comma, read as after a nickname
            nickname = marked = True
            p += 1
        else:
            marked = False
        if nickname or toks[p] in _COMMAS:
            p += 1
        if p >= line_end or self.in_quote[p]:
            return None
        t = toks[p]
        if not nickname and p > k + 1 and (t in _HE_SHE or t in _WHO):
            # "التقينا X Y، وهو مدير …،", "X Y، الذي يشغل منصب مدير …،":
            # the aside that gives the post, read with the name
            return self.role_read_with_name(k, line_end, f)
        if t in _STAR and p > k + 1 and p + 1 < line_end and toks[p + 1][:2] == "ال":
            # "X Y، نجم الزمالك السابق،": a star of a club after the comma
            return self.role_read_with_name(k, line_end, f)
        kind = _NP_KIND[t]
        if kind not in (3, 4) or (t[2:] if kind == 4 else t) not in lx.TITLES:
            if not (t in _CHIEF and p + 1 < line_end and _chief_of_post(toks[p + 1])):
                return None  # (most names: no title after them)
            # "أن X Y، كبير المستشارين في …، غادر" then "وقال Y": the chief
            # of a body of people in construct with its plural, a post as a
            # title is (scan_np and classify read it so in a cue's clause);
            # a post's plural only ("كبير الخاسرين": no post; mend32a)
            kind = 3
        if kind == 3:
            b, ra, rb = self.scan_np(p, line_end, None)
        else:
            b, ra, rb = self.scan_np(p + 1, line_end, None, titled=True)
        if ra == rb and self.post_names_another(p, b):
            # "X Y مدرب منتخبنا وحارس المرمى Z W": a second post joined with
            # و names its own holder, another person; the first post ends
            # before it
            m = next((m for m in range(p + 1, b) if _NP_KIND[toks[m]] == 5), b)
            if m < b and not self.in_quote[m]:
                b = m
        if marked:
            # ("…، نائب رئيس “نادي الأهلي” الأخبار التي": a definite noun
            # after the body's name in marks, no adjective nor post, is the
            # verb's object)
            m = next((m for m in range(b - 1, p, -1) if toks[m] in _QUOTE_MARK_SET), b)
            if m + 1 < b and (w := toks[m + 1])[:2] == "ال" and w[-1] != "ي" and w not in lx.TITLES:
                b = m + 1
        title = self.classify(p, b, ra, rb, None)
        if title is None or not title.role:
            return None
        if not nickname and p == k + 1 and self.holder_in_commas_after(b, line_end):
            # "التقى X Y وزير الداخلية آنذاك، Z W، الذي": a post right after
            # a name, then its own holder set off by commas, is another's
            # (the verb's object), no apposition of the name
            return None
        if self.post_names_another(p, b):
            # ("وزير الخارجية Z Q": another holder; "مدرب منتخب ترينداد
            # وتوباجو": the post's genitive)
            if toks[k + 1] in _COMMAS and self.genitive_title_named(p, b):
                # "وحضر الجلسة X Y، محامي الشريف Z Q.": after the name's
                # comma, a post whose genitive is a title or an honorific
                # with its holder's name is the apposition's, all of it
                return self.doc.orig(self.doc.starts[p], self.doc.ends[b - 1])
            if self.subject_before_its_verb(k) and title.role:
                # "أن X Y قائد القوات الخاصة زار دمشق": the name opens a
                # that-clause whose verb has not come; the post is its
                # apposition, and the words after the completed post are
                # the clause's predicate, not the post's holder
                return title.role
            return None
        if nickname:
            # (the name given, the names in the post's phrase are its own)
            if ra < rb:
                return None
            return self.doc.orig(self.doc.starts[p], self.doc.ends[b - 1])
        return self.role_read_with_name(k, line_end, f)

    def titled_after_person_verb(self, ent: _Entity) -> bool:
        """The first mention of ``ent``'s name outside the quotes has a title
        right before it and, before the title, a verb whose object is a
        person ("استقبل المحافظ X Y قائد الشرطة، أمس", "هنأ الوزير X Y مدير
        المنتخب"): the post after the name is that object's, not his."""
        toks = self.doc.toks
        words = _NORMALIZED[ent.surface].split()
        n = len(words)
        if not n:
            return False
        k = -1
        while True:
            try:
                k = toks.index(words[-1], k + 1)
            except ValueError:
                return False
            if k < n + 1 or toks[k - n + 1 : k] != words[:-1] or self.in_quote[k]:
                continue
            return toks[k - n - 1] in _OBJECT_POST_VERBS

    def holder_in_commas_after(self, b: int, line_end: int) -> bool:
        """After a post ending before token ``b`` (and "then", آنذاك), a
        name of two to four words set off by commas: the post's holder."""
        toks = self.doc.toks
        m = b + 1 if b < line_end and toks[b] in _THEN else b
        if m + 3 >= line_end or toks[m] not in _COMMAS:
            return False
        e = m + 1
        while e < line_end and e - m <= 5 and self.is_word[e] and not self.in_quote[e]:
            e += 1
        return (
            2 <= e - m - 1 <= 4 and e < line_end and toks[e] in _COMMAS and self.name_like(m + 1, e)
        )

    def subject_before_its_verb(self, k: int) -> bool:
        """The name ending at token ``k`` (up to three words, after a rank
        or a title word or none) opens the clause of أنّ/إنّ ("أن الجنرال
        X Y"): its verb still to come after it and its apposition."""
        toks, is_word, in_quote = self.doc.toks, self.is_word, self.in_quote
        j = k
        while j > 0 and k - j < 3 and is_word[j - 1] and _NP_KIND[toks[j - 1]] == 1:
            if toks[j - 1] in _THAT:
                break
            j -= 1
        if j < 1 or j == k or in_quote[j - 1]:
            return False
        if _NP_KIND[toks[j - 1]] == 4 and j > 1:
            j -= 1  # ("أن الجنرال X Y": a rank or a title before the name)
        return toks[j - 1] in _THAT

    def role_read_with_name(self, k: int, line_end: int, f: int) -> str | None:
        """The role the phrase read from the name's word at token ``f``
        gives the name ending at token ``k`` (``f == k``: that word alone),
        or None."""
        b, ra, rb = self.scan_np(f, line_end, None)
        e = self.classify(f, b, ra, rb, None)
        if e is None or not e.role or not _named_person(e):
            return None
        if (e.key if f == k else e.key.rsplit(None, 1)[-1]) != _key(self.doc.toks[k]):
            return None
        return e.role

    def role_joined_before_name(self, k: int) -> str | None:
        """The post of a second person joined with و after another's name,
        read with the name ending at token ``k``: "وكان رئيس المجلس X Y،
        ورئيس البرلمان Z W، قد أعلنا" then "وأضاف W أن «…»" (the phrase of
        the first ends before "ورئيس", and the second's was never read)."""
        toks = self.doc.toks
        is_word, in_quote = self.is_word, self.in_quote
        h = k - 1
        while h > 0 and k - h < 8 and is_word[h] and not in_quote[h] and _NP_KIND[toks[h]] != 5:
            h -= 1
        if h < 1 or _NP_KIND[toks[h]] != 5 or in_quote[h] or self.sent[h] != self.sent[k]:
            return None
        line_end = self.sent_first.get(self.sent[k] + 1, self.n)
        b, ra, rb = self.scan_np(h, line_end, None)
        if b <= k or ra < rb:
            return None
        e = self.classify(h, b, ra, rb, None)
        if e is None or not e.role or not _named_person(e):
            return None
        if _key(toks[k]) not in e.key.split():
            return None  # (the name read is another's)
        return e.role

    def role_before_name(self, f: int, end: int) -> str | None:
        """The title before the comma that precedes the name ending before
        token ``end`` (the words given start at ``f``): "وكان المتحدث باسم
        الجيش، X Y قال", "فند سفير فرنسا بالجزائر، X Y، …" (a place glued
        to بـ ends the post)."""
        toks = self.doc.toks
        is_word, in_quote = self.is_word, self.in_quote
        c = f - 1
        while c > f - 3 and c > 0 and is_word[c] and not in_quote[c]:
            c -= 1
        if c < 2 or toks[c] not in _COMMAS or self.sent[c] != self.sent[f]:
            return None
        if any(_NP_KIND[toks[m]] in (3, 4, 5) for m in range(c + 1, end)):
            return None
        if c + 1 < f and any(m in self.cue_hits for m in range(c + 1, f)):
            # "وسأله الصحفي عن الأسعار، فيرد X بهدوء:": a verb of saying
            # between the comma and the name opens his own clause, the
            # words before the comma no post of his (kw35)
            return None
        # (the person's name given, a first علي is the name Ali: "…، علي
        # حمدان،")
        if not self.name_like(c + 1, end, called=end - c > 2):
            return None
        h = c - 1
        if (t := toks[h]) in _POSSESSED_TITLES and (t[-1] == "ا" or self.ha_ending(h)):
            # "بثت الحركة شريطا يظهر زعيمها، X Y، وهو …", "وألقى رئيسها، X
            # Y، كلمة": her (its) head set off before the name is the head
            # of the body named before, as with no comma ("رئيسها X Y")
            if in_quote[h] or (body := self.possessor_body(h, t[-2:] == "ها")) is None:
                return None
            return self.possessed_role(h, c, body)
        s0 = self.sent_first[self.sent[c]]
        for h in range(c - 10 if c - 10 > s0 else s0, c - 1):
            t = toks[h]
            kind = _NP_KIND[t]
            if kind not in (3, 4) or in_quote[h]:
                continue
            if (t[2:] if kind == 4 and t[:2] == "ال" else t) not in lx.TITLES:
                continue
            # (ali: a title's genitive names a person with علي, "مستشار
            # الرئيس علي محسن،", the phrase running to the comma)
            if kind == 3:
                b, ra, rb = self.scan_np(h, c, None, ali=True)
            else:
                b, ra, rb = self.scan_np(h + 1, c, None, titled=True, ali=True)
            # "مستشار الرئيس X Y سابقا، Z W،": the post once held
            formerly = c - b == 1 and toks[b] in _FORMERLY
            # "مستشار الرئيس X Y للشؤون الخارجية، Z W،": the field of the
            # post glued to لل, and its adjectives, end the title at the
            # comma (a second one joined by و too: "للشؤون العربية
            # والأفريقية")
            # (a field of one word too: "مستشار الرئيس X Y للإعلام، Z W،")
            field = (
                b < c <= b + 4
                and toks[b][:2] == "لل"
                and (c == b + 1 or toks[b + 1][:2] == "ال")
                and all(toks[m][:2] == "ال" or toks[m][:3] == "وال" for m in range(b + 2, c))
                and not any(in_quote[b:c])
            )
            if (
                b < c
                and not (
                    c - b <= 2
                    and all(
                        toks[m][0] == "ب" and len(toks[m]) > 3 and is_word[m] and not in_quote[m]
                        for m in range(b, c)
                    )
                )
                and not field
                and not formerly
            ):
                continue
            e = self.classify(h, b, ra, rb, None)
            if e is None or not e.role:
                continue
            if _named_person(e):
                # "المستشار الإعلامي للجنرال X Y، Z W،", "مستشار الرئيس X Y،
                # Z W،": the name read after a title in the post's genitive
                # is the one the post is held with; the name in commas holds
                # it, and the whole phrase is the role
                m = b - len(e.key.split())
                if toks[b - 1] in _FORMERLY:
                    m -= 1  # ("… X Y سابقا،": read with the phrase)
                # (the other's title before his name, its nisbas between:
                # "المستشار السياسي للرئيس الأمريكي X Y، Z W،")
                while m - 1 > h + 1 and toks[m - 1] in _NATIONALITIES:
                    m -= 1
                p = toks[m - 1] if m - 1 > h else ""
                if not (b == c or formerly or field) or not (
                    p in lx.TITLES or (p[:2] == "لل" and "ال" + p[2:] in lx.TITLES)
                ):
                    continue
                return self.doc.orig(self.doc.starts[h], self.doc.ends[c - 1])
            if b < c:
                return e.role + " " + self.doc.orig(self.doc.starts[b], self.doc.ends[c - 1])
            return e.role
        return None

    # -- the discourse pass --------------------------------------------------

    def run(self) -> list[ExtractedQuote]:
        doc = self.doc
        toks = doc.toks
        if not self.n:
            return []
        quotes = self.find_quotes()
        self.index_dates()
        self.find_soft_breaks(quotes)
        self._quote_ends = None  # (quote_at)
        self._dropped_quotes = None  # (quote_at)
        self._presided_at = None  # (presided_by)
        quotes = self.find_unmarked(quotes)
        self._quotes = quotes  # (goes_on_in_participle: the quote after another)
        self._quote_opens = None
        self.find_sentences()
        self.first_said = self.n  # (event_lead) the first quotation's sentence
        self.first_said_tok = self.n  # (and its cue or opening mark)

        entities: list[_Entity] = []
        # (coarse date, finer date, its precision, sentence): a dated
        # document named again with its date told finer (refine_document_dates)
        refined_docs: list[tuple[str, str, str, int]] = []
        # (sentence, date) of each date a document was given where named
        doc_dates_told: list[tuple[int, str]] = []
        cue_subjects: list[tuple[int, _Entity, _CueHit]] = []  # (tok, entity, cue)
        # cue token -> the second post a person goes on with there
        # (goes_on_second_post): the role of the words that cue tells, his
        # other words keeping his own
        second_posts: dict[int, str] = {}
        second_post_said: set[int] = set()  # (the results given one)
        persons: list[_Entity] = []
        self._persons = persons
        self._person_words = None
        self._entities = entities
        self._cue_subjects = cue_subjects
        anon_plurals: list[tuple[int, str, str]] = []  # (pos, folded, surface)
        results: list[ExtractedQuote] = []
        speakers: list[_Entity | None] = []
        said_to: list[int] = []  # the closing token of each quote, as speakers
        said_at: list[int] = []  # the opening token of each quote, as speakers
        self._np_end = 0
        self._titled_at = {}  # (titled_before) title -> word after -> mentions
        # id(entity) -> (date, precision, sentence, entity); the entity is kept
        # so that its id cannot be reused by another object
        self.speaker_dates: dict[int, tuple[str | None, str | None, int, _Entity]] = {}
        # sentence -> (date, precision) of the last dated quote in it
        self.said_dates: dict[int, tuple[str, str | None]] = {}
        # (date, precision, sentence, set by a document mention itself)
        self.doc_ctx: tuple[str, str | None, int, bool] | None = None
        # the head noun, with no article, of the document that gave doc_ctx
        # its date (refine_document_dates: only that one named again, or
        # "الوثيقة", tells it finer); None when the date is not a document's
        self.doc_head: str | None = None
        # the dates documents were given where the text introduced them
        # ("برقية تعود إلى العام 2009"): a quote's date that is one of them
        # is a cable's (cable_account_goes_on)
        self.doc_dates: set[str] = set()
        self.doc_author: _Entity | None = None
        # who writes in the dated cable of its sentence, with its date
        self.doc_teller: tuple[_Entity, str] | None = None
        # (person, token) introduced by "NAME، ROLE،" since the last quote
        self.vox_intro: tuple[_Entity, int] | None = None
        # (date, precision, sentence) of the last dated document introduced:
        # its paragraph is about it
        # (the date is read lazily: None and the document's token until needed)
        self.doc_para: tuple[str | None, str | int | None, int] | None = None
        # (teller, date, precision, sentence, cable, the quote's own speaker)
        prev: (
            tuple[_Entity | None, str | None, str | None, int, str | None, _Entity | None] | None
        ) = None
        cue_hits: dict[int, _CueHit] = {}
        self.cue_hits = cue_hits
        self.hit_toks = hit_toks = []  # the keys of cue_hits, in order
        self._participle_runs = []  # (participle_run())
        self._verb_runs = []  # (verb_run())
        # the keys of the hits that are or may become relays (``RELAY`` cues,
        # and the verbs subject_of may read as one: _RELAYED_FROM), in order:
        # attribute looks back for the last relay of the quote's sentence
        # through these, not through every cue (thousands of cues in one
        # sentence with no stop made that walk quadratic)
        self.relay_toks = relay_toks = []
        # relay cue token -> (its hit, the phrase's start, the end subject_of's
        # scan_np gave): via_of reads the relayer's phrase from it instead of
        # scanning the same phrase again
        self.relay_scans = {}
        # cue token -> what attribute's subject_of read for a cue after the
        # words ("«…»، قال الوزير X"), for register_mentions
        self.right_reads = right_reads = {}
        # sentences a quote's attribution may look back into
        relevant = bytearray(self.sent[-1] + 2)
        for q in quotes:
            # (conditionals, not min()/max(): in 3.11 a builtin min/max of two
            # ints costs about ten times as much, and these run per quote or cue)
            s = self.sent[q.open_tok if q.open_tok < self.n else self.n - 1]
            lo = s - 3 if s > 3 else 0
            relevant[lo : s + 1] = b"\x01" * (s + 1 - lo)
        tok_ptr = 0
        parsed_to = 0
        cand_ptr = 0
        candidates = self.candidates
        # "وتحدث شكري لسكاي نيوز …": a name right after the ordinary verb
        # that opens its sentence (no cue, no title: no candidate) may name
        # again a person met before, the subject the next subjectless verbs
        # take up; its token is read with the candidates
        plain_subjects = set()
        kinds_ = _NP_KIND
        for f in self.sent_first.values():
            v = toks[f]
            if (
                # (or a name opening with عبد or a common given name,
                # whatever the verb: "عاد عبد الإله X ليشكل الحدث", "وصل
                # سليم X إلى العاصمة", a person's name by its form)
                (
                    v[0] in "وف"
                    or (f + 2 < self.n and (toks[f + 1] == "عبد" or toks[f + 1] in _GIVEN_NAMES))
                )
                and f + 1 < self.n
                and kinds_[v] == 1
                and kinds_[toks[f + 1]] in (1, 2)
                and v not in _MAY_CUE
                and v not in lx.NP_STOP
                and not self.in_quote[f + 1]
            ):
                plain_subjects.add(f + 1)
            if v in _ADVERBIAL_AFTER or (v[0] in "وف" and v[1:] in _ADVERBIAL_AFTER):
                # "وبعد القراءة، ألقى X عظة قال فيها": the verb that opens
                # the clause after a fronted adverbial and its comma, as one
                # opening the sentence
                # (the first of the next seven tokens that is no word or is
                # quoted: two C-level finds in the bytes, not a loop)
                c_end = f + 8 if f + 8 < self.n else self.n
                if (c := self.is_word.find(0, f + 1, c_end)) == -1:
                    c = c_end
                if (c_quoted := self.in_quote.find(1, f + 1, c)) != -1:
                    c = c_quoted
                if (
                    c + 2 < self.n
                    and toks[c] in _COMMAS
                    and self.is_word[c + 1]
                    # (no title: "وبعد الجلسة، الوزير X"; a verb in أل folds
                    # to an article's shape, "ألقى")
                    and kinds_[toks[c + 1]] <= 2
                    and kinds_[toks[c + 2]] in (1, 2)
                    and toks[c + 1] not in _MAY_CUE
                    and not self.in_quote[c + 2]
                ):
                    plain_subjects.add(c + 2)
                elif (
                    f + 4 < self.n
                    and toks[f + 1 + (d := toks[f + 1] in _DEMONSTRATIVES)][:2] == "ال"
                    and (v2 := f + 2 + d) + 1 < c
                    and kinds_[toks[v2]] == 1
                    and toks[v2][:2] != "ال"
                    and toks[v2] not in _MAY_CUE
                    and kinds_[toks[v2 + 1]] in (1, 2)
                    and not self.in_quote[v2 + 1]
                ):
                    # "وخلال هذا اللقاء عرض X تصوره …، وقال": with no comma,
                    # the verb right after the adverbial's definite noun (dev33s)
                    plain_subjects.add(v2 + 1)
        # "أن ضابطا يدعى X أجرى مكالمات": a person brought in by the name
        # يدعى/تدعى gives him, outside any cue's phrase, for the verbs with
        # no subject after it; the noun before it is read with the candidates
        called_nouns = set()
        if not _CALLED_PLAIN.isdisjoint(self.vocab):
            for k in range(1, self.n - 1):
                if (
                    toks[k] in _CALLED_PLAIN
                    and self.is_word[k - 1]
                    and not self.in_quote[k]
                    and toks[k - 1] not in lx.NP_STOP
                ):
                    called_nouns.add(k - 1)
                    plain_subjects.add(k - 1)
        glued_cues = self.glued_cues
        if glued_cues:
            # "… مجاناوأضاف الوزير: …": the narrator's verb glued to the last
            # word said, read as a cue with its subject (find_unmarked)
            plain_subjects.update(glued_cues)
        if plain_subjects:
            # (the few subjects put in place in the sorted candidates: cheaper
            # than sorting them all again)
            candidates = candidates.copy()
            for f in sorted(plain_subjects):
                at = bisect_left(candidates, f)
                if at == len(candidates) or candidates[at] != f:
                    candidates.insert(at, f)
        in_quote = self.in_quote  # (changed in place only)

        def agree(e: _Entity, g: str | None, n: str | None) -> bool:
            if g is None and n is None:
                return True
            if n in (_PL, _DU):
                return e.number in (_PL, _DU) and e.kind in (GROUP, ANONYMOUS, PERSON)
            # singular verb: plural humans never, non-human plurals are feminine
            # ("قالت مصادر", "الأوساط … مؤكدة")
            if e.number != _SG:
                return g == _F and n == _SG and e.kind == ANONYMOUS and e.gender == _F
            return g is None or e.gender == g

        org_heads: dict[str, _Entity] = {}  # "وزاره" -> the last body so named
        # "مشايخ" -> the last group named with that plural in construct
        # ("مشايخ الطائفة"), for "المشايخ" alone after it
        plural_heads: dict[str, _Entity] = {}
        # id(person) -> where a person named before was last named again
        # ("… الملك عبد الله … فالملك X … وحاول الملك عبد الله …" then
        # "وقال الملك": the one named last, not the one met last)
        named_again: dict[int, int] = {}
        # the end of the text's headline (_headline_end; 0: none), and the
        # persons whose description the lead has told since ("رئيس تونس X"
        # over the lead "حث الرئيس التونسي X"): of two descriptions as long,
        # the lead's
        head_end = _headline_end(doc.folded)
        lead_told: set[int] = set()

        def lead_describes(p: _Entity, e: _Entity) -> bool:
            """Whether ``e``, a mention past the headline, describes the
            person ``p`` first met in the headline with a description of as
            many words (the headline's shorthand gives way to the lead's)."""
            if not (0 < head_end < e.pos) or p.pos > head_end or id(p) in lead_told:
                return False
            lead_told.add(id(p))  # (the lead's first description, not later ones)
            return (
                p.role is not None and e.role[0] != "(" and e.role.count(" ") == p.role.count(" ")
            )

        def by_recency(among: list[_Entity] | None = None) -> list[_Entity]:
            """The persons (or those of them ``among``, in the order met),
            the one named last first. (The keys are read and sorted in C: a
            key function called for each person met, for each bare title,
            is quadratic in the Python run of a long text.)"""
            if among is None:
                among = persons
            if not named_again:
                return among[::-1]
            keys = list(map(named_again.get, map(id, among), map(_POS_OF, among)))
            return list(
                map(among.__getitem__, sorted(range(len(keys)), key=keys.__getitem__, reverse=True))
            )

        # the ANONYMOUS of ``entities``, in order, filed as they are added
        # (entities is only appended to, and no entity changes its kind):
        # resolve looks back through these for "المستشار" met anonymous, not
        # through every entity (quadratic in texts of thousands of quotes)
        anonymous: list[_Entity] = []
        anonymous_to = [0]  # (how many of entities are filed)

        def anonymous_entities() -> list[_Entity]:
            if anonymous_to[0] < len(entities):
                anonymous.extend(
                    e for e in islice(entities, anonymous_to[0], None) if e.kind == ANONYMOUS
                )
                anonymous_to[0] = len(entities)
            return anonymous

        # "قاضي" -> "قاضي المحكمة الجنائية العليا": a post told in construct
        # with no name (the first one of each head), for "القاضي X" later
        nameless_posts: dict[str, str] = {}
        # (the heads of which the text told two such posts: "وزير الصحة" and
        # "وزير المالية", so "الوزير" alone names neither)
        nameless_clash: set[str] = set()

        told_roles: dict[int, tuple[_Entity, str | None]] = {}

        def told_role(p: _Entity) -> str | None:
            """The role the text gives a person quoted with none where it
            names him outside speech ("قدم X Y، سفير سويسرا في …،" then "قال
            X Y" and "وأضاف السفير السويسري"), read once."""
            if not p.key or p.key.startswith("title:") or p.kind != PERSON:
                return None
            got = told_roles.get(id(p))
            if got is None:
                got = told_roles[id(p)] = (p, self.first_mention_role(p))
            return got[1]

        def one_official(e: _Entity) -> _Entity | None:
            """self.one_official of ``e`` over the persons and the anonymous
            met so far (its tests read only the anonymous), the roles told of
            them and the keys of the cues' subjects."""
            return self.one_official(
                e,
                persons,
                anonymous_entities(),
                told_role,
                lambda: {o.key for _t, o, _h in cue_subjects},
            )

        def posted_persons() -> Iterator[tuple[_Entity, str]]:
            """The persons named (no bare title), the last met first, with
            the post each holds or was told with (told_role), read lazily:
            those with none are passed over."""
            for p in reversed(persons):
                if (prole := p.role or told_role(p)) and p.key and not p.key.startswith("title:"):
                    yield p, prole

        def misspelt(e: _Entity) -> _Entity | None:
            """The one person met before, named in full, whose family name
            ``e``'s one word (five letters or more, no role) misspells by a
            single letter after the first ("لوكوب" for "X لوكور"), or by one
            letter more or less inside it ("أستانج" for "X أسانج"): a typo
            in a later mention; or None (none, or two such)."""
            w = _NORMALIZED[e.surface]
            n = len(w)
            given = _words_module._GIVEN_NAMES
            if n < 5 or " " in w or w in given:
                return None
            found = None
            for p in persons:
                if not p.key or " " not in p.key or p.key.startswith("title:") or p.pos >= e.pos:
                    continue
                last = _NORMALIZED[p.surface].rsplit(None, 1)[-1]
                if (
                    abs(len(last) - n) <= 1
                    and last[0] == w[0]
                    # (two common names a letter apart are two names:
                    # "منصور", "منظور")
                    and last not in given
                    and _one_letter_apart(last, w)
                    and p.gender == e.gender
                ):
                    if found is not None and found is not p:
                        return None
                    found = p
            return found

        renamed = [0]  # (how many names cut_short made longer)

        def cut_short(e: _Entity) -> _Entity | None:
            """The person met whose name, where the text gave it, is followed
            by the one word of ``e``'s name (glued to لـ or not), or None."""
            at = self.persons_named_before(e.key)
            for p in reversed(persons) if at is None else [persons[i] for i in at]:
                if p.pos >= e.pos or (m := self.name_end_at(p)) is None:
                    continue
                k = self.tok_at(p.pos)
                nxt = toks[m + 1]
                if _key(nxt) == e.key:
                    h = m + 1 - len(p.surface.split())
                    named = " ".join(toks[h : m + 1])
                    if (
                        m - h < 4
                        and h >= k
                        and e.sentence > p.sentence
                        and _key(named) == p.key
                        and self.doc.orig(self.doc.starts[h], self.doc.ends[m]) == p.surface
                        # (not "استقبل الرئيس X Y خالد العلي" then "وقال
                        # خالد": a word with no article before one with
                        # it opens the name of the one met, no family name)
                        and not (nxt[:2] != "ال" and m + 2 < self.n and toks[m + 2][:2] == "ال")
                    ):
                        # "التقى رئيس الوزراء X Y السوداني وفدا …" read
                        # "X Y", then "وقال السوداني": the word after
                        # the name is his family name; known from now on
                        # by the full name
                        p.surface = self.doc.orig(self.doc.starts[h], self.doc.ends[m + 1])
                        p.key = _key(named + " " + nxt)
                        self.file_person(p)
                        renamed[0] += 1  # (main_actor tallies anew)
                    return p
                if nxt[:1] == "ل" and _key(nxt[1:]) == e.key:
                    return p
            return None

        def written_by(stem: str, pos: int) -> _Entity | None:
            """The person named right after a piece of writing of ``stem``
            (مقال، تقرير …) glued to لـ before ``pos`` ("مقالا لإيان بلاك",
            "دراسة للباحث X"), as a person the text has met, or None."""
            upto = self.tok_at(pos)
            for k in range(upto - 2, -1, -1):
                t = toks[k]
                if t[:2] == "ال":
                    t = t[2:]
                if t != stem and t[:-1] != stem:
                    continue
                for m in range(k + 1, min(k + 4, upto)):
                    w = toks[m]
                    if m == k + 1:
                        if w[:1] != "ل" or len(w) < 3:
                            break
                        w = w[2:] if w[:2] == "لل" else w[1:]
                    kw = _key(w)
                    latest = self.latest_with_word(kw)
                    for p in reversed(persons) if latest is None else latest:
                        if p.key and not p.key.startswith("title:") and kw in _key_words(p.key):
                            return p
            return None

        def described_by_origin(e: _Entity) -> bool:
            """A full name told with where its bearer is from, his age or a
            clause of him ("وقال X Y من سكان الحي", "X Y (45 عاما)", "X Y،
            الذي يملك متجرا،"): a man of the street, not the holder of a
            post told before with no name."""
            if " " not in e.key:
                return False
            after = self.tok_at(e.pos) + len(e.surface.split())
            if after + 1 >= len(toks):
                return False
            t, t2 = toks[after], toks[after + 1]
            return (
                t == "من"
                or (t == "(" and t2[:1].isdigit())
                or (t in ("،", ",") and t2 in _ABOUT_HIM)
            )

        def canonical(e: _Entity) -> _Entity:
            if (
                e.role
                and "title:" <= e.key < "title;"  # (before the count: most keys are none)
                and e.role.count(" ") >= 2
                and (rw := _NORMALIZED[e.role].split())[0][:2] == "ال"
                and (rw[0] in _MILITARY_RANKS or rw[0][2:] in lx.TITLES)
                and rw[1][:2] == "ال"
                and rw[1][2:] in lx.TITLES
            ):
                # "وأكد القاضي المتحدث باسم مجلس القضاء" after "الناطق باسم
                # مجلس القضاء الأعلى، القاضي X،", "العميد المتحدث باسم
                # الوزارة": a rank or a title before the post, no name; the
                # post names the person who holds it
                post = e.role.split(None, 1)[1]
                sub = replace(e, surface=post, role=post, key="title:" + rw[1])
                held = resolve(sub)
                if held is not sub and held.key and not held.key.startswith("title:"):
                    return held
            if (
                e.key in _DIPLOMACY_HEADS
                and e.role
                and 2 <= len(rw := _NORMALIZED[e.role].split()) <= 3
                and rw[1] in _DIPLOMACY
                and (len(rw) == 2 or _nisba_stem(rw[2]) is not None)
            ):
                # "وأكد رئيس الدبلوماسية الجزائرية" after "وزير الخارجية
                # الجزائري X": the head of (his country's) diplomacy is its
                # foreign minister, the person named with that post
                she = e.key[-1] == "ه"
                post = " ".join(["وزيرة الخارجية" if she else "وزير الخارجية", *e.role.split()[2:]])
                sub = replace(
                    e, surface=post, role=post, key="title:وزيره" if she else "title:وزير"
                )
                # (the post so said is no fuller form of the one the text gave)
                kept = [(p, p.role) for p in persons]
                held = resolve(sub)
                for p, prole in kept:
                    p.role = prole
                if (
                    held is not sub
                    and held.key
                    and not held.key.startswith("title:")
                    # (the one holding that post, not the last minister)
                    and "الخارجيه" in _NORMALIZED[held.role or ""].split()
                ):
                    return held
            return resolve(e)

        # post_told_before: per bare head, how far into ``entities`` it has
        # read, the post found there and whether another clashed with it
        told_posts: dict[str, list] = {}

        def post_told_before(bare: str, e: _Entity) -> _Entity | None:
            """ "رد وزير الشؤون الدينية على …" (a headline) or "زار وزير
            الصحة المستشفى" and, more sentences on than a mention is looked
            for nearby, "وأشار الوزير إلى أن «…»": the one post with the head
            ``bare`` (folded, no article) that the text told before with no
            name, however far back; the unnamed holder told of (or ``e``,
            with that post for its role, when only a mention told it). None
            when the text told two such posts, or named a person with a post
            of that head. (The entities are read once, on from where the
            last call stopped.)"""
            state = told_posts.get(bare)
            if state is None:
                state = told_posts[bare] = [0, None, False]
            k, told, clash = state
            key = "title:" + bare
            n = len(entities)
            while k < n and not clash:
                other = entities[k]
                if other.pos >= e.pos:
                    break
                k += 1
                if other.kind != PERSON or not other.role:
                    continue
                if other.key == key:
                    if " " not in other.role:
                        continue
                    if told is not None and _NORMALIZED[told.role] != _NORMALIZED[other.role]:
                        clash = True
                    told = other
                elif " " in other.key and normalize_first(other.role) == bare:
                    clash = True  # ("وزير المالية X Y": a named minister)
            state[0], state[1], state[2] = k, told, clash
            if clash:
                return None
            posted = nameless_posts.get(bare)
            if posted is not None:
                if bare in nameless_clash or (
                    told is not None and _NORMALIZED[told.role] != _NORMALIZED[posted]
                ):
                    return None
                if told is None:
                    e.role = posted
                    return e
            return told

        def resolve(e: _Entity) -> _Entity:
            if e.kind == GROUP and (said := _NORMALIZED[e.surface]) in _TITLE_BROKEN_PLURALS:
                # "وقال المشايخ في بيانهم" after "نفى مشايخ الطائفة في
                # الجبل": the broken plural alone with the article is the
                # group named before with it in construct
                named = plural_heads.get(said[2:])
                if named is not None:
                    return named
            if e.kind == GROUP and "ال" <= e.surface < "ام" and " " not in e.surface:
                # "وقال المحتجون، في بيان لهم …" after "أكد المحتجون أن":
                # the same group named again
                said = _NORMALIZED[e.surface]
                named = plural_heads.get(said)
                if named is not None:
                    return named
                plural_heads[said] = e
            elif " " in e.surface and (head := normalize_first(e.surface)) in _SINGULAR_OF:
                plural_heads[head] = e
            if e.kind == ANONYMOUS and e.role and persons:
                # "رئيس "التجدد الوطني"", "رئيس الحزب" after "X، رئيس حزب
                # "التجدد الوطني"": a shortened title of a person named before
                role = e.role
                first = normalize_first(role)
                if first in lx.HONORIFICS and " " in role:
                    # "وأكد سعادة رئيس المجلس": an honorific before the
                    # shortened title of the person named with it before
                    role = role.split(None, 1)[1]
                    first = normalize_first(role)
                words = _role_words(role)
                if len(words) >= 2 and first in lx.TITLES:
                    # "وأوضح مدرب «النسور» أن" after "X Y، مدرب فريق الرجاء":
                    # a post whose genitive is a nickname in marks (no name
                    # of the body the person's post gives) is his, by its head
                    rest = role.split(None, 1)[1]
                    marks = _QUOTE_MARK_SET
                    nick = len(rest) > 2 and rest[0] in marks and rest[-1] in marks
                    # "على لسان وزير خارجيتها" after "وزير الخارجية الفرنسي
                    # X": a post whose genitive has a possessive suffix (the
                    # body's or the country's) is the person who holds it
                    owned = _depossessed(words)
                    for p, prole in posted_persons():
                        if normalize_first(prole) == first and (
                            words <= (pwords := _role_words(prole))
                            or (nick and " " in prole)
                            or (owned is not None and owned <= pwords)
                        ):
                            return p
                    # "أمين عام الأمم المتحدة" after "الأمين العام للأمم
                    # المتحدة X": the post said without the article, its
                    # genitive without لـ, is the person introduced with it;
                    # so is its head said as before, its body shortened
                    # ("رئيس هيئة الاستثمار" after "رئيس الهيئة العامة
                    # للاستثمار X": the words left out are the body's
                    # adjectives, the ones kept lose the article or لـ)
                    said = _post_words(role)
                    for p, prole in posted_persons():
                        if normalize_first(prole) in (first, "ال" + first) and _short_post_of(
                            said, _post_words(prole)
                        ):
                            return p
                    # "وأضاف وزير خارجية مصر" after "وزير الخارجية المصري X":
                    # a post in construct with its country's name is the
                    # post said with the country's nisba, the person named
                    # with it (same head, post words and country)
                    if countries := _role_countries(role):
                        said = _post_sans_country(role)
                        for p, prole in posted_persons():
                            if (
                                normalize_first(prole) in (first, "ال" + first)
                                and _role_countries(prole) == countries
                                and said <= _post_sans_country(prole)
                            ):
                                return p
                    # "ألقى رئيس أركان الجيش كلمة" after "X، نائب وزير الدفاع
                    # رئيس أركان الجيش،": the second of two posts a person
                    # was named with, the first ended by a definite genitive
                    # (not "رئيس الوزراء" after "نائب رئيس الوزراء X": the
                    # deputy's post in construct; dev30s)
                    said = _NORMALIZED[role].split()
                    for p, prole in posted_persons():
                        held = _NORMALIZED[prole].split()
                        if (
                            len(held) > len(said)
                            and held[-len(said) :] == said
                            and held[-len(said) - 1][:2] == "ال"
                        ):
                            return p
            if e.kind != PERSON or not e.key:
                if e.kind == ORGANIZATION:
                    if " " in e.surface:
                        org_heads[normalize_first(e.surface)] = e
                    elif e.surface[:2] == "ال":
                        # "أعلنت وزارة العمل …" then "وقالت الوزارة": the body named before
                        return org_heads.get(_NORMALIZED[e.surface][2:], e)
                return e
            if "title:" <= e.key < "title;":
                if (
                    e.role
                    and e.role[:2] != "ال"
                    and " " in e.role
                    and e.surface == e.role
                    and len(rw := _NORMALIZED[e.role].split()) in (2, 3)
                    and rw[1][:2] == "ال"
                    and rw[0] in lx.TITLES
                    and (countries := _role_countries(e.role))
                    and _post_sans_country(e.role)
                    == (said := {rw[0][:-1] if rw[0][-1] == "ه" else rw[0]})
                ):
                    # "وقال سفير العراق", "سفير الولايات المتحدة" after "السفير
                    # العراقي X": a title in construct with a country named
                    # with the article (read as a titled person, not as the
                    # unnamed post "سفير فرنسا" is) is the person named with
                    # the same post and the country's nisba
                    for p, prole in posted_persons():
                        if (
                            normalize_first(prole) in (rw[0], "ال" + rw[0])
                            and _role_countries(prole) == countries
                            and _post_sans_country(prole) == said
                        ):
                            return p
                if (
                    e.role
                    and e.key == "title:رييس"
                    and (chair := self.presided_by(persons, _NORMALIZED[e.role], e.pos)) is not None
                ):
                    # "وقال رئيس المحكمة" after "محكمة الجنايات، برئاسة
                    # المستشار X": who presided over the body (the post his
                    # role when the text gave him a title word alone)
                    if chair.role is None or " " not in chair.role:
                        chair.role = e.role
                    return chair
                # "السفير" alone: the last person introduced with that title
                title = e.key[6:]
                if (
                    title in _WRITER_HEADS
                    and e.role
                    and len(role_words := _NORMALIZED[e.role].split()) == 2
                    and role_words[1][2:] in _WRITTEN_STEMS
                    and (writer := written_by(role_words[1][2:], e.pos)) is not None
                ):
                    # "نشرت صحيفة الجارديان مقالا لإيان بلاك …. وقال بلاك …
                    # وأشار كاتب المقال": the writer of the piece the text
                    # named with its author, who takes the post
                    if writer.role is None:
                        writer.role = e.role
                    return writer
                # "وزيرة المالية X" then "الوزيرة": the bare title takes the article
                # (not "الرئيس", which alone is the head of state, not "رئيس التيار")
                bare = title[2:] if title in _BARE_TITLES else None
                if e.role and title.startswith("ال"):
                    role_words = _NORMALIZED[e.role].split()
                    family = None
                    if len(role_words) == 1:
                        # "عن المعلم قوله" after "وزير الخارجية سامي المعلم":
                        # a title word alone that is the family name of a
                        # person named before in full is that person
                        family = title
                    elif len(role_words) == 2 and role_words[1].startswith("ال"):
                        # "الوزير العنزي", "المحامية العلوي": the title and the
                        # family name of a person named before in full
                        # (the family name ends the full name: not "سعوديا" in
                        # "تنسيقا أمريكيا سعوديا مبكرا" for "المسؤول السعودي")
                        family = role_words[1]
                    if family is not None:
                        last = _key(family)
                        latest = self.latest_with_word(last)
                        for p in reversed(persons) if latest is None else latest:
                            if " " in p.key and p.key.rsplit(None, 1)[1] == last:
                                return p
                if (
                    e.role
                    and title in _TOP_OFFICIAL_HEADS
                    and (role_words := _NORMALIZED[e.role].split())[1:2] == ["الاول"]
                ):
                    # "قال المسؤول الأول عن القطاع" after "وزير التجارة X": the
                    # head of the sector is the office holder named before
                    for p in reversed(persons):
                        if p.role and " " in p.key:
                            return p
                if e.role and len(role_words := _NORMALIZED[e.role].split()) >= 3:
                    w = role_words[-1]
                    if w.startswith("ال") and w not in lx.TITLES:
                        # "رئيس المجلس الحديد" after "رئيس المجلس مازن الحديد":
                        # the full title, then the family name of the person
                        # who holds it
                        last = _key(w)
                        latest = self.latest_with_word(last)
                        for p in reversed(persons) if latest is None else latest:
                            if (
                                p.role
                                and " " in p.key
                                and last in _key_words(p.key)
                                and normalize_first(p.role) == role_words[0]
                            ):
                                return p
                if (
                    e.role
                    and " " in e.role
                    # (a role of one word and a bidi mark spaced off after it,
                    # "الوزير \u200f", folds to one word)
                    and len(role_tail := _NORMALIZED[e.role].rsplit(None, 1)) == 2
                    and (nisba := _nisba_stem(role_tail[1])) is not None
                ):
                    # "وقال وزير الخارجية الأمريكية" after "وزير الخارجية
                    # الأمريكي X" and "وزير الخارجية الأمير Y": the post whose
                    # nisba (of either gender) names the same country is that
                    # person's, over the one named last with the bare head
                    for p in by_recency(_roles_holding(persons, title[2:], False)):
                        if (
                            p.role
                            and normalize_first(p.role) in (title, bare)
                            and nisba in _role_nisbas(p.role)
                        ):
                            return p
                former = None
                # "وكشف رئيس الحكومة" after "رئيس الحكومة X" and then "رئيس
                # المجلس Y": the post said with its genitive is the person's
                # who holds that post, over one named since with the same head
                # and another genitive (who is the fallback, as before)
                said = _post_words(e.role) if e.role and " " in e.role else None
                other = None
                # (a role the walk takes holds the title's letters past its
                # first two, "امين" of "امينه" too; the spokesmen's titles
                # are each other's)
                among = (
                    persons
                    if title in _SPOKESMEN or title in _MP_TITLES
                    else _roles_holding(persons, title[2:])
                )
                for p in by_recency(among):
                    if (
                        (prole := p.role or told_role(p))
                        and (
                            (first := normalize_first(prole)) == title
                            or first == bare
                            # "وقدم الناطق باسم الحكومة" after "المتحدث باسم
                            # الحكومة X": two words for the one spokesman
                            or (
                                first in _SPOKESMEN
                                and title in _SPOKESMEN
                                and (first[-1] == "ه") == (title[-1] == "ه")
                                # (for the same body: not "المتحدث باسم الجيش X")
                                and (said is None or said - _SPOKESMAN_WORDS <= _post_words(prole))
                            )
                            # "قنصل المغرب في ليون، X،" then "القنصل": the title
                            # alone with the article is the one introduced with
                            # it in construct (not a head whose bare form is
                            # another office: "الرئيس", "النائب")
                            or (
                                first == title[2:]
                                and title[:2] == "ال"
                                and (
                                    title not in _OTHER_OFFICE_ALONE
                                    # "رئيس الجمهورية التونسية X" then "الرئيس
                                    # التونسي", "الرئيس": the head of the state
                                    # itself is who the bare title names (dev29r)
                                    or (
                                        len(pw2 := _NORMALIZED[prole].split()) > 1
                                        and (
                                            pw2[1] in _STATE_ITSELF
                                            # (in construct with a country:
                                            # "رئيس جمهورية مصر العربية X",
                                            # not "رئيس دولة القانون"; mend29b)
                                            or (
                                                "ال" + pw2[1] in _STATE_ITSELF
                                                and _role_countries(prole)
                                            )
                                        )
                                        # (its nisba his state's: not "الرئيس
                                        # الفرنسي", "الرئيس السابق"; mend29b)
                                        and _same_state_nisbas(e.role, prole)
                                    )
                                )
                            )
                            # "قال الرئيس X" then "وأردف رئيس الجمهورية": the
                            # head of the state itself is the one named the
                            # president alone (dev31s)
                            or (
                                first == _PRESIDENT_OF_HEAD.get(title)
                                and e.role is not None
                                and len(ew := _NORMALIZED[e.role].split()) == 2
                                and ew[1] in _STATE_ITSELF
                                and " " not in _NORMALIZED[prole]
                            )
                            # "عضو مجلس النواب X" then "النائب", "النائب
                            # العراقي": the member of parliament
                            or (
                                title in _MP_TITLES
                                and _member_of_parliament(_NORMALIZED[prole])
                                # (not "النائب العام", "النائب عن …")
                                and _mp_title_fits(e.role, prole)
                                and (title[-1] == "ه") == (p.gender == _F)
                            )
                            # ("القاضي" for "القاضي X" who holds the post told
                            # before, "قاضي المحكمة …")
                            or (first == title[2:] and nameless_posts.get(first) == prole)
                            # "المدير السابق بالشركة والخبير في …", then "الخبير"
                            or (first != title and title in _coordinated_titles(prole))
                            # "X نائب رئيس الوزراء ووزير الصحة", then "وزير
                            # الصحة والسكان": a post coordinated in the role
                            # without the article, its head and its genitive
                            or (
                                e.role
                                and " " in e.role
                                and "و" + title in (pw := _role_words(prole))
                                and _role_words(e.role.split()[1]) <= pw
                            )
                            # "نائب رئيس الوزراء وزير الخارجية X", "مستشار
                            # رئيس الوزراء المتحدث باسم الخارجية Y", then "وزير
                            # الخارجية", "المتحدث باسم الخارجية": a second post
                            # set after the first with no و, its words his
                            or (
                                title in _juxtaposed_posts(prole)
                                and _post_words(e.role or title) <= _post_words(prole)
                            )
                        )
                        # ("وزير الخارجية الأردني" is not "وزير الخارجية
                        # السوري X" named before: the nisba names another country;
                        # nor "وبدوره قال وزير الخارجية الكويتي" or "وزير خارجية
                        # الكويت" "وزير الخارجية الأميركية X": each post names
                        # its holder's country, not the same)
                        and not (
                            e.role
                            and (_other_nisba(e.role, prole) or _other_country(e.role, prole))
                        )
                        # (nor "الوزير" the one named "الوزير الأول المالي X":
                        # the first minister is the head of government,
                        # another office; dev29r)
                        and not (
                            title in _MINISTER_ALONE
                            and _NORMALIZED[prole].split()[1:2] == ["الاول"]
                            and (not e.role or _NORMALIZED[e.role].split()[1:2] != ["الاول"])
                        )
                    ):
                        if (
                            former is None
                            and not _FORMER_DEFINITE.isdisjoint(_NORMALIZED[prole].split())
                            and (
                                not e.role
                                or _FORMER_DEFINITE.isdisjoint(_NORMALIZED[e.role].split())
                            )
                        ):
                            # "تجنب X، الوزير المكلف …، التعليق على زيارة وزير
                            # الدفاع السابق Y …. ورد الوزير": the bare title
                            # is who holds the post now, not one who held it
                            # (unless no one else has it)
                            former = p
                            continue
                        # (a fuller form of the post replaces it, "وزير الخارجية
                        # والتعاون الدولي"; the post said otherwise does not:
                        # "وزير خارجية السودان X" keeps it after "وزير الخارجية
                        # السوداني", nor "مدرب المنتخب السعودي X" after "وكشف
                        # المدرب السعودي عن الجهد")
                        if said is not None and not said <= (pwords := _post_words(prole)):
                            # (the fallback is named before the post: not
                            # "وقال رئيس الوزراء لرئيس البرلمان X إن", "في
                            # رسالة إلى رئيس الحكومة X", the one told; kw27)
                            if (
                                other is None
                                and p.pos < e.pos
                                and not (
                                    # "وقال وزير الخارجية" after "وزير المالية X":
                                    # a portfolio in the article none of whose
                                    # words his post has is another ministry
                                    title in _MINISTER_HEADS
                                    and _NORMALIZED[e.role].split()[1][:2] == "ال"
                                    and (said - {title}).isdisjoint(pwords)
                                )
                                and not (
                                    # "وقال رئيس الوزراء" after "رئيس البرلمان X":
                                    # the head of a body none of whose words his
                                    # post has, nor a name of the same body
                                    # (government, parliament), is another (kw37b)
                                    title in _BODY_HEAD_TITLES
                                    and _NORMALIZED[e.role].split()[1][:2] == "ال"
                                    # (not the president alone: dev31s)
                                    and pwords - {title}
                                    and (said - {title}).isdisjoint(pwords)
                                    and not _same_body_named(said, pwords)
                                    and not _body_named_again(said - {title}, pwords)
                                )
                                and not (
                                    # "وقال المتحدث باسم الشرطة" after "المتحدث
                                    # باسم الجيش X": a body none of whose words
                                    # his post has is another's spokesman (kw37b)
                                    title in _SPOKESMEN
                                    # (a spokesman "of" a body: not "المتحدث
                                    # الأمني", an adjective, rrole2)
                                    and _BISM in said
                                    and (body := said - _SPOKESMAN_FRAME)
                                    and body.isdisjoint(pwords)
                                    # (not the body said by its name after
                                    # its common noun: "المتحدث باسم حماس"
                                    # after "المتحدث باسم الحركة X", rolex)
                                    and not _names_the_body(prole, e.role)
                                )
                            ):
                                other = p
                            continue
                        return _with_fuller_role(p, prole, e.role)
                if (
                    other is None
                    and former is None
                    and e.role
                    and title[:2] == "ال"
                    and (countries := _role_countries(e.role))
                ):
                    # "وأضاف السفير الأمريكي" after "أكد سفير الولايات المتحدة
                    # بتونس أن" (no name): the post said with the country's
                    # nisba is the one told before in construct with the
                    # country's name, its holder unnamed, his post the fuller
                    said = _post_sans_country(e.role)
                    key = "title:" + title[2:]
                    for p in reversed(entities):
                        if (
                            p.pos < e.pos
                            and p.kind == PERSON
                            and p.key == key
                            and p.role
                            and _role_countries(p.role) == countries
                            and said <= _post_sans_country(p.role)
                        ):
                            return p
                    # (told outside speech, "أكد سفير الولايات المتحدة
                    # بتونس أن بلاده …": the post told with no name, the
                    # one so told, is his role)
                    posted = nameless_posts.get(title[2:])
                    if (
                        posted is not None
                        and title[2:] not in nameless_clash
                        and _role_countries(posted) == countries
                        and said <= _post_sans_country(posted)
                    ):
                        e.role = posted
                        return e
                if (
                    other is None
                    and former is None
                    and e.role
                    and (told := self.counterpart(e, persons)) is not None
                ):
                    # "وبدوره قال وزير الخارجية الكويتي" after "وزير الخارجية
                    # الأميركية X … نظيره الكويتي Y": the counterpart named
                    return told
                if other is not None:
                    p = other
                    prole = p.role or told_role(p)
                    return _with_fuller_role(p, prole, e.role)
                if former is not None:
                    return former
                if title[-1] in "اه" and title[:2] != "ال" and e.role:
                    # "وقال أمينه العام", "وأكد رئيسها": a post with the
                    # possessive suffix of the body named just before is the
                    # person introduced with that post (the head with the
                    # article, its adjectives), of a body of the suffix's
                    # gender
                    held = self.possessed_post(title, e)
                    if held is not None:
                        return held
                if title[:2] != "ال" and e.role and " " in e.role:
                    # "وأضاف مدرب الأهلي" after "X، المدرب العام بالنادي
                    # الأهلي،": a post in construct with the body, no name,
                    # is the person whose post has that head with the article
                    # and that body (its genitive without لـ/بـ)
                    said = _post_words(e.role)
                    for p in by_recency(_roles_holding(persons, title)):
                        if (
                            (prole := p.role or told_role(p))
                            and normalize_first(prole) == "ال" + title
                            and said <= _post_words(prole)
                        ):
                            return p
                if (
                    title[:2] == "ال"
                    and title[2:] in _OFFICE_NAMES
                    and (office := _office(e.role or title)) is not None
                ):
                    # "وقال المدرب" after "X، المدير الفني للوداد،", "الملك
                    # المغربي" after "العاهل المغربي الملك X": the office
                    # under another of its names (with at most the nisba of
                    # its country) is the last person who holds it; "الناخب
                    # الوطني الجديد": an adjective of time tells no other office
                    said = _NORMALIZED[e.role or title].split()
                    names = _OFFICE_NAMES[title[2:]]
                    # (the word after a head of two words is the office's,
                    # or a nisba that stays: "الناخب الجزائري")
                    said = (
                        said[2:] if isinstance(names, tuple) and said[1] in names[:2] else said[1:]
                    )
                    nisbas = {_nisba_stem(w) for w in said if w not in _OFFICE_TIMES}
                    if None not in nisbas:
                        for p in by_recency():
                            if (
                                (prole := p.role or told_role(p))
                                and _office(prole) == office
                                # ("العاهل البحريني" after "ملك البحرين X":
                                # the country in construct is the nisba's)
                                and nisbas <= _role_nisbas(prole) | _role_countries(prole)
                            ):
                                return p
                if (
                    e.role
                    and title[:2] == "ال"
                    and len(role_words := _NORMALIZED[e.role].split()) == 2
                    and (nisba := role_words[1])[:2] == "ال"
                    and nisba[-1] == "ي"
                    and len(nisba) >= 6
                    and nisba[2:] not in lx.TITLES
                ):
                    # "وأشار المدرب الإيطالي" after "عبر الإيطالي X Y، المدير
                    # الفني لفريق …،": a title and the nationality a person
                    # was introduced with (before his name, or in his role)
                    # is that person, the last so named, with his role
                    lasts = None  # (nisba_lasts, read once for the persons)
                    for p in reversed(persons):
                        if p.key and not p.key.startswith("title:"):
                            name = _NORMALIZED[p.surface].split()
                            if nisba in name:
                                return p
                            if lasts is None:
                                lasts = self.nisba_lasts(nisba)
                            if name and name[-1] in lasts:
                                return p
                if (
                    title.startswith("ال")
                    and e.role
                    and (kinds := _KINDS_OF.get(title[2:])) is not None
                    and (kinded := self.of_kind(persons, kinds, e, told_role)) is not None
                ):
                    # "وأضافت الفنانة" after "قالت الممثلة المغربية X، مديرة
                    # المعهد …،": a word of the kind (artist) for the one
                    # person of that gender named with one of its kinds
                    # (actress); two such keep the description
                    return kinded
                if title.startswith("ال"):
                    # "وأضاف الزعيم القبلي" after "X، أحد زعماء العشائر": the
                    # singular of the plural the person was one of
                    for p in reversed(_roles_holding(persons, "احد", False)):
                        if p.role and _one_of_head(p.role) == title[2:]:
                            return p
                    if (
                        e.role
                        and (
                            " " not in e.role
                            # ("وأضاف الفريق أول" after "رئيس الأركان الفريق أول
                            # X": a rank and its own words)
                            or all(w in _RANK_QUALIFIERS for w in _NORMALIZED[e.role].split()[1:])
                        )
                    ):
                        # "وقال المحامي" after "أكد المحامي X Y، وكيل المتهم
                        # …،": the person the text named with that very title
                        # before his name, whose role became his post after it
                        titled = self.titled_before(persons, title)
                        if titled is not None:
                            return titled
                # "وأضاف المستشار": the adviser quoted anonymously before
                if title.startswith("ال") and e.role and len(e.role.split()) == 1:
                    for other in reversed(anonymous_entities()):
                        if normalize_first(other.surface) == title[2:]:
                            return other
                    if bare is not None:
                        # "عن وزير التخطيط … قوله"، then "وأضاف الوزير": the
                        # official told of by title alone, nearby
                        key = "title:" + bare
                        for other in islice(reversed(entities), _NEARBY_MENTIONS):
                            if other.sentence < e.sentence - 3:
                                break
                            if other.key == key and other.kind == PERSON:
                                return other
                        if (told := post_told_before(bare, e)) is not None:
                            return told
                    if (office := _office(e.role)) is not None:
                        # "وأضاف الملك" after "وقال العاهل الأردني إن": the
                        # office under another of its names, held by the one
                        # told of by title alone nearby (named, he is found
                        # above)
                        for other in islice(reversed(entities), _NEARBY_MENTIONS):
                            if other.sentence < e.sentence - 3:
                                break
                            if (
                                other.kind == PERSON
                                and other.key.startswith("title:")
                                and other.role
                                and other.pos < e.pos
                                and other.gender == e.gender
                                and _office(other.role) == office
                            ):
                                return other
                elif title.startswith("ال") and e.role:
                    # "ويضيف المسؤول المغربي" after "عن مسؤول مغربي رفيع": the
                    # definite description of the source met indefinite
                    words = _role_words(e.role)
                    placed = None
                    for other in reversed(anonymous_entities()):
                        if normalize_first(other.surface) == title[2:]:
                            described = _role_words(other.surface)
                            # ("المسؤول السعودي" after "مسؤول في السفارة
                            # السعودية": the nisba agrees with the body there)
                            if _described_by(words, described):
                                return other
                            if (
                                placed is None
                                and (placed := _described_before_place(e.role)) is None
                            ):
                                placed = ()
                            if (
                                placed
                                and _described_by(placed, described)
                                and _each_met_in(described, words)
                                and self.place_said_again(other, e.role)
                            ):
                                # "عن المسؤول الكبير في وزارة الخارجية
                                # الأمريكية" after "قال مسؤول أمريكي كبير": the
                                # description met, where he serves told after
                                # it, every word met in it, and the fuller
                                # description his role (dev30s)
                                other.role = e.role
                                return other
                    if (
                        bare is not None
                        and _NORMALIZED[e.role].split()[1:2] == ["في"]
                        and (told := post_told_before(bare, e)) is not None
                        and _role_words(e.role) <= _role_words(told.role)
                    ):
                        # "وقال الوزير في الحكومة السورية" after "اعتبر وزير
                        # المالية في الحكومة السورية أن": the bare title and
                        # where the post is held, all words of the one post
                        # of that head told before with no name (dev30s)
                        return told
                return e
            words = _key_words(e.key)
            if " " not in e.key and e.role and e.key[0] in "بل" and persons:
                # "قال مدير المكتب الإعلامي بغزة، إن" after "مدير المكتب
                # الإعلامي بغزة، X Y،": a place glued to its preposition ends
                # the title of the person named with it before, no name
                full = normalize(e.role + " " + e.surface)
                for p in reversed(persons):
                    if p.role and _NORMALIZED[p.role] == full:
                        return p
                if e.key[0] == "ل" and len(body := _NORMALIZED[e.surface][1:]) >= 3:
                    # "وقال رئيس الهيئة التنفيذية لفتح" after "X، رئيس الهيئة
                    # التنفيذية لحركة فتح،" (or "… لـ (فتح)"): the body's own
                    # name glued to لـ ends the post of the person named with
                    # it before, no name (dev20s)
                    said = _role_words(e.role)
                    first = normalize_first(e.role)
                    # (or a post read up to its لـ, the body's name in
                    # parentheses left out of it: "رئيس الهيئة التنفيذية لـ")
                    cut = _NORMALIZED[e.role] + " ل"
                    for p in reversed(persons):
                        if (
                            p.role
                            and normalize_first(p.role) == first
                            and (
                                _NORMALIZED[p.role] == cut
                                or (body in (pwords := _lam_body_words(p.role)) and said <= pwords)
                            )
                        ):
                            return p
            match = None
            if " " not in e.key:
                # "وتابع الصلاحي" after "ناجي صالح العواضي" and "عبد الرب محمد
                # الصلاحي": one name is the family name of the person it
                # ends, before one whose middle name spells like it (صالح)
                tail = " " + e.key
                match = _first_ending(persons, tail)
            # (the name's words before an addressee glued to لـ, read once)
            spoken_to = None
            # (a full name that may be a father's, ending another's name)
            ancestor = e.key.count(" ") >= 2 and e.key.split(" ", 1)[0] not in _LINEAGE_KEYS
            # two passes: the key's words as spelt, then (no one matched) its
            # loose spelling ("أولسون" and "ولسون", "موللر" and "مولر") with
            # بن glued to the name after it ("ابن كيران" and "بنكيران")
            for loose in (False, True):
                if loose:
                    if match is not None:
                        break
                    lk = _key(_NORMALIZED[e.surface], True)
                    mwords, mall = _match_words(lk), _match_all(lk)
                else:
                    mwords = mall = words
                for p in (
                    (match,)
                    if match is not None
                    # (_may_match's first test, inline: most texts meet
                    # fewer persons, and a call is saved)
                    else persons
                    if not mwords or len(persons) < 24
                    else _may_match(persons, mwords, mall, loose, self.persons_holding_or_within)
                ):
                    if loose:
                        if e.role and p.role and e.role not in p.role and p.role not in e.role:
                            # "السفير محمد بن علي" then "الوزير محمد بنعلي":
                            # a loose spelling with a post of its own that is
                            # not the person's is another person
                            continue
                        plk = _key(_NORMALIZED[p.surface], True)
                        big, pwords = _match_all(plk), _match_words(plk)
                    else:
                        big = pwords = _key_words(p.key)
                    if (
                        ancestor
                        # (the cheap test first: the key ends with the other)
                        and p.key.endswith(e.key)
                        and _ancestor_in_name(p.key, e.key)
                    ):
                        # "أكدت الشيخة X بنت Y Z، رئيسة …، أن الشيخ Y Z، حاكم
                        # …،": a full name that ends the name of one met
                        # after a link of lineage is the father (or an
                        # ancestor) she is named after, another person (his
                        # post was taken for hers)
                        continue
                    if p.key == e.key or (mwords and mwords <= big):
                        if e.role and (
                            # (lead_describes' first test: a text with no
                            # headline, most, has no lead to describe anyone)
                            (head_end > 0 and lead_describes(p, e))
                            or (
                                e.role != p.role  # (most often: no words to count)
                                and (not p.role or len(e.role.split()) > len(p.role.split()))
                                and (e.role[0] != "(" or not p.role)
                            )
                            # "قال القيادي في الحزب X …" then "وأكد X وهو رئيس
                            # الكتلة …": the post said outright in an aside wins
                            # over the description, however long (dev31r)
                            # (only over a description, "القيادي", "المسؤول",
                            # by a post: not "رئيس الكتلة البرلمانية للحزب"
                            # by "وهو عضو في الحزب"; mend31a)
                            or (
                                e.role != p.role
                                and (
                                    not p.role
                                    or (_description(p.role) and not _description(e.role))
                                )
                                and self.post_said_with_he(e)
                            )
                        ):
                            # (an age in parentheses is no description: "عثمان (61 عاما)")
                            p.role = e.role  # the fullest description wins
                        if e.pos > p.pos:
                            named_again[id(p)] = e.pos
                        return p
                    if pwords and pwords <= mall:
                        if spoken_to is None:
                            last = _NORMALIZED[e.surface].rsplit(None, 1)
                            spoken_to = (
                                _key_words(_key(last[0]))
                                if len(last) == 2
                                and last[1][:1] == "ل"
                                and last[1][:2] not in ("ال", "لل")
                                and self.known_name_word(last[1][1:])
                                else frozenset()
                            )
                        if spoken_to and pwords <= spoken_to:
                            # "وقال السنيورة لفيلتمان" after "السنيورة" and "جيفري
                            # فيلتمان": a person named before, glued to لـ, is the
                            # one spoken to, no word of the speaker's name
                            return p
                        if (
                            " " in p.key
                            and e.key.endswith(" " + p.key)
                            and e.key.count(" ") > p.key.count(" ")
                            # (not a family name opening with a link, "ولد
                            # X" in a headline, then "Y ولد X" in the lead:
                            # his full name, no child's, unless the later
                            # one is called his child: "وقالت ابنته نسرين
                            # بن علي", final read)
                            and (
                                _NORMALIZED[p.surface].split(" ", 1)[0] not in _LINEAGE_WORDS
                                or (e.role is not None and _NORMALIZED[e.role] in _CHILD_ROLES)
                            )
                        ):
                            # "توفي الفنان سمير غانم" then "وقالت ابنته دنيا
                            # سمير غانم": a first name before a full name
                            # met is his child's, named after the father
                            continue
                        # "الشاهد" first (a headline), "يوسف الشاهد" later: one
                        # person, known from now on by the fuller name
                        p.surface, p.key = e.surface, e.key
                        self.file_person(p)
                        if e.role and (
                            (head_end > 0 and lead_describes(p, e))
                            or not p.role
                            or (
                                len(er := e.role.split()) > len(pr := p.role.split())
                                and (er[0] == pr[0] or _bare_title_of(pr, er))
                            )
                        ):
                            # (the same post told with more words wins: "مدرب
                            # النسور X" in a headline, "مدرب المنتخب الوطني
                            # لكرة القدم Y X" in the lead; "الوزير X" in a
                            # headline, "وزير العدل Y X" in the lead: the bare
                            # title is the post's head; not "الرئيس X" then
                            # "رئيس النادي Y X", which the head-of-state rule
                            # reads)
                            p.role = e.role
                        return p
            said = _NORMALIZED[e.surface].split()
            if (
                len(said) >= 3
                and said[0] in lx.HONORIFICS
                and said[0] not in _FIRST_NAME_HONORIFICS
                and said[1] in _PATRONYMIC_LINKS
            ):
                # "واضاف السيد ولد عباس" after "جمال ولد عباس": before a
                # link an honorific was read as a first name (as "الشيخ ولد
                # سيديا" is one); matching no one so, it is the honorific of
                # the one person named before with the rest of the name
                # (brothers share it: two such, none)
                # the link and the name after it in that order, as his name
                # has them ("سالم ولد أحمد" is no "السيد ولد سالم")
                held = _named_holding(persons, " " + _key(" ".join(said[1:])) + " ")
                if len(held) == 1:
                    p = held[0]
                    if e.pos > p.pos:
                        named_again[id(p)] = e.pos
                    return p
            linked = said
            if (
                len(said) >= 3
                and said[1] in _PATRONYMIC_LINKS
                and (said[0] in lx.HONORIFICS or said[0] in lx.TITLES or said[0][2:] in lx.TITLES)
                # (not "الشيخ ولد X": a first name before the link)
                and said[0] not in _FIRST_NAME_HONORIFICS
            ):
                linked = said[1:]  # ("وأضاف الوزير ولد X": a title before the link)
            if 2 <= len(linked) <= 3 and linked[0] in _PATRONYMIC_LINKS and persons:
                # "وقال ولد X" after "Y Z X" (Mauritanian press): "son of"
                # and the last name of the one person named before in full
                # without the link (brothers share it: two such, none)
                held = _named_ending(persons, " " + _key(" ".join(linked[1:])), len(linked) - 1)
                if len(held) == 1:
                    p = held[0]
                    if e.pos > p.pos:
                        named_again[id(p)] = e.pos
                    return p
            if len(said) <= 2 and (nicknamed := self.nicknamed(said, e.pos, persons)) is not None:
                # "وأضاف حميدتي" after "الفريق X Y Z “حميدتي”": the nickname
                # in marks or parentheses right after a full name is his
                if e.pos > nicknamed.pos:
                    named_again[id(nicknamed)] = e.pos
                return nicknamed
            last = e.surface.rsplit(None, 1)
            if len(last) == 2 and "ل" <= last[1] < "م" and last[1][:2] not in ("ال", "لل"):
                # "قال بري لفيلتمان": an addressee glued to a known name
                words = _key_words(_key(last[0]))
                for p in persons:
                    if words and words <= _key_words(p.key):
                        return p
            head = normalize_first(e.surface)
            if "ال" <= head < "ام" and e.surface.count(" ") <= 1 and persons:
                # "وأضاف الوجيه القبلي" after "X، أحد وجهاء قبيلة …": the
                # definite singular of the plural a person was one of
                # (a final ه may be the feminine's: "المحتجة", of "المحتجات")
                w, w2 = head[2:], head[2:-1] if head[-1] == "ه" else head[2:]
                for p in reversed(persons):
                    if p.role and _one_of_head(p.role) in (w, w2):
                        return p
            if (
                "ال" <= head < "ام"
                and persons
                and len(words) == 2
                and (nisba := _NORMALIZED[e.surface].split()[-1])[:2] == "ال"
                and nisba[-1] == "ي"
                and len(nisba) >= 6
            ):
                # "واعتبر التقني الفرنسي" after "…، الفرنسي X Y،": a definite
                # noun and the nationality a person was introduced with (in
                # the name or the role) is that person, the last so named
                for p in reversed(persons):
                    if (p.role or p.surface) and (
                        nisba in _NORMALIZED[p.surface].split()
                        or (p.role and nisba in _NORMALIZED[p.role].split())
                    ):
                        return p
            if head in _GENERIC_PERSONS and persons:
                # "ويضيف الرجل الستيني", "وتقول المرأة العجوز": a man or a
                # woman described by sex (and age) alone, never named so, is
                # the last person of that sex met nearby
                rest = _NORMALIZED[e.surface].split()[1:]
                # (only when the last such person met is named: "روى الرجل
                # الذي تحجب البرقية اسمه" after "رجل أعمال" is the anonymous one)
                if len(rest) <= 1 and all(w[:2] == "ال" for w in rest):
                    for p in reversed(entities):
                        if e.sentence - p.sentence > 6:
                            break
                        if p.gender != e.gender or p.kind not in (PERSON, ANONYMOUS):
                            continue
                        if normalize_first(p.surface) in _GENERIC_PERSONS:
                            continue
                        if p.kind == PERSON and p.key and not p.key.startswith("title:"):
                            return p
                        break
            if (
                nameless_posts
                and e.role
                and " " not in e.role
                and e.role[:2] == "ال"
                # (not "الرئيس X": alone it is the head of state, not the
                # "رئيس المجلس الأوروبي" told before)
                and _NORMALIZED[e.role] not in _OTHER_OFFICE_ALONE
            ):
                # "سمح قاضي المحكمة الجنائية العليا …", then "وقال القاضي
                # X": the person named with the bare title holds the post
                # told before, its fuller description
                e.role = nameless_posts.get(_NORMALIZED[e.role][2:], e.role)
            elif (
                nameless_posts
                and e.role
                and " " not in e.role
                and (bare := _NORMALIZED[e.role]) in _OTHER_OFFICE_ALONE
                and bare[2:] not in nameless_clash
                and (posted := nameless_posts.get(bare[2:])) is not None
                and len(pw := _NORMALIZED[posted].split()) >= 2
                and pw[1] in _STATE_ITSELF
            ):
                # "أجرى رئيس الجمهورية القائد الأعلى …" then "قال الرئيس X":
                # the bare title alone is the head of state, the post told
                # before with no name (its first two words: the state's
                # head, no second post after it) (dev31r)
                e.role = " ".join(posted.split()[:2])
            if " " not in e.key and persons and (cut := cut_short(e)) is not None:
                # "قدم مدرب المنتخب البرازيلي خوان لوبيز تهانيه" read "خوان"
                # (لوبيز taken for لـ + a noun), then "واختتم لوبيز": a family
                # name written right after the name of a person met is his
                return cut
            if " " not in e.key and not e.role and persons and (typo := misspelt(e)) is not None:
                # "وصرح لوكوب" after "وزير الخارجية X لوكور": one letter
                # of the family name mistyped, no one else so named
                if e.pos > typo.pos:
                    named_again[id(typo)] = e.pos
                return typo
            if not e.role and cue_subjects and not described_by_origin(e):
                # "وأكد الناخب الوطني أنه …. وتابع المتحدث نفسه أن …. وقال
                # الركراكي «…»": a name met for the first time, after a
                # story told of a post with no name, is who holds it; a full
                # name too ("قال وزير الاقتصاد …، اليوم الاثنين، إنه …. وقال
                # X Y Z لرويترز": the wire's lead tells the post, the next
                # paragraph the man, with no role of his own)
                for t, other, _h in reversed(cue_subjects):
                    if self.doc.starts[t] >= e.pos:
                        continue
                    if self.sent[t] < e.sentence - 3:
                        break
                    if other.key in _THE_SPEAKER_KEYS:
                        continue
                    if other.key in _SOURCE_TITLE_KEYS:
                        # "وأضاف المسؤول أن …. ولم يذكر نتنياهو تفاصيل":
                        # the unnamed official, no post of the name met
                        break
                    if _h.cue.lemma == "سأل":
                        # "وسأل الصحفي رئيس الوزراء: «…؟»، فأجاب X": the one
                        # who asks is not the one named next, who answers;
                        # he holds the post asked, the verb's object
                        asked = self.asked_post(_h, e)
                        if asked is not None:
                            e.role = asked
                        break
                    if (
                        (
                            (other.kind == PERSON and other.key.startswith("title:"))
                            # "قال رئيس مجلس السيادة إن …. وأوضح X": a post
                            # in construct with a body's definite name is one
                            # person's, as "رئيس المجلس" is (read as
                            # anonymous, by the indefinite word after its head)
                            or (other.kind == ANONYMOUS and _post_of_a_body(other))
                        )
                        and other.role
                        and other.gender == e.gender
                        # (not a name met in the very sentence the post is
                        # the subject of: "ولفت الوزير إلى أنه يرجع إلى
                        # الشيخ X" names another, the one he spoke of)
                        and self.sent[t] != e.sentence
                        and not _named_since(persons, self.sent[t])
                        # (not "أعلن الرئيس تعيين كمال X" then "وقال سامي Y":
                        # the one he appointed was named there, not he)
                        and _APPOINTING.isdisjoint(_NORMALIZED[other.surface].split())
                    ):
                        e.role = other.role
                    break
            persons.append(e)
            return e

        # (same_head reads "the same" or "the one concerned", but for "the
        # spokesman" alone: one set test per article spares a call per cue)
        has_same = not (
            _SAME.isdisjoint(self.vocab)
            and _SAME_BEFORE.isdisjoint(self.vocab)
            and _CONCERNED.isdisjoint(self.vocab)
        )

        def same_head(hit: _CueHit, e: _Entity) -> _Entity | None:
            """ "وأضاف المسؤول نفسه", "المصدر ذاته": a bare head noun and "the
            same" is the last speaker with that head, be he named ("المسؤول
            الحكومي X") or not ("مسؤول أمني"); a generic head with none is
            the last one quoted."""
            s0, s1 = hit.np_start, hit.np_end
            if (
                e.key in _THE_SPEAKER_KEYS
                and e.kind == PERSON
                # ("وأكد المتحدث ذاته أن": "the same speaker", the one met)
                and (s1 - s0 == 1 or toks[s0 + 1] in _ADVERBIAL_AFTER or toks[s0 + 1] in _SAME)
            ):
                # "وأكد سيدي السعيد أن …. وقال المتحدث في ذات الصدد «…»": the
                # speaker is the last one quoted, or else the last person
                # named nearby, of the noun's gender
                sid = self.sent[hit.tok]
                at = self.doc.starts[hit.tok]
                for other in reversed(entities):
                    # "قال الوزير X إن «…». ونفى المتحدث باسم الجيش Y الأنباء.
                    # وقال المتحدث إن «…»": a spokesman named since the last
                    # quote, in a later sentence, is whom "the spokesman"
                    # names (kw28b; the entities of three sentences at most)
                    if other.sentence < sid - 3 or (prev is not None and other.sentence <= prev[3]):
                        break
                    if (
                        other.pos < at
                        and other.gender == e.gender
                        and _named_person(other)
                        and other.role
                        and normalize_first(other.role) in _SPOKESMEN
                    ):
                        return other
                if (
                    prev is not None
                    and (other := prev[0]) is not None
                    and prev[3] >= sid - 3
                    and other.kind == PERSON
                    and other.gender == e.gender
                ):
                    return other
                for t, other, _h in reversed(cue_subjects):
                    if (
                        t < hit.tok
                        and other.gender == e.gender
                        and _named_person(other)
                        and other.role
                        and normalize_first(other.role) in _SPOKESMEN
                    ):
                        # "نفى X، الناطق الرسمي باسم الديوان، …. وقال Y
                        # إن …. وأضاف المتحدث «…»": a spokesman the text
                        # introduced as the subject of a verb of saying is
                        # whom "the spokesman" names, over a person named
                        # since with another post
                        return other
                for other in reversed(entities):
                    if other.sentence < sid - 3:
                        break
                    if other.gender != e.gender:
                        continue
                    if _named_person(other):
                        return other
                    if (
                        other.kind in (ANONYMOUS, PERSON)
                        and other.role
                        and " " in other.role
                        and _NORMALIZED[other.role].split(None, 1)[0] in _SPOKESMAN_HEADS
                    ):
                        # "قال متحدث باسم الرئاسة إن …. وأضاف المتحدث": the
                        # spokesman met since, with or without his name,
                        # not the person named before him
                        return other
                for other in reversed(persons):
                    # (a person named in full, first met within three
                    # sentences, when none was quoted or named since)
                    if (
                        sid - 3 <= other.sentence <= sid
                        and _named_person(other)
                        and " " in other.key
                        and other.gender == e.gender
                    ):
                        return other
                return None
            if s1 - s0 >= 4 and e.kind == PERSON and e.key.startswith("title:"):
                # "قال المسؤول الأول في ذات القطاع": a bare title whose
                # complement is "the same" body is the person named and
                # quoted just before, not a new speaker
                for k in range(s0 + 1, s1 - 1):
                    if toks[k] in _SAME_BEFORE and toks[k + 1][:2] == "ال":
                        sid = self.sent[hit.tok]
                        for t, other, _h in reversed(cue_subjects):
                            if self.sent[t] < sid - 3:
                                break
                            if _named_person(other) and other.gender == e.gender:
                                return other
                        break
            if e.kind not in (PERSON, ANONYMOUS):
                return None
            if s1 - s0 == 1 and toks[s0] in _CONCERNED:
                # "وأشار المعني بالأمر إلى أن", "وأضافت المعنية": "the one
                # concerned" is the named person quoted last, of its gender
                sid = self.sent[hit.tok]
                met = self.last_mentioned(hit.tok, self.sent_first[sid], e.gender)
                for t, other, _h in reversed(cue_subjects):
                    if self.sent[t] < sid - 3:
                        break
                    if _named_person(other) and other.gender == e.gender:
                        # (not when another titled person was told of since:
                        # "… إن النائب Y عارض المشروع. وقال المعني بالأمر" is Y)
                        if met is not None and met.key != other.key:
                            return None
                        return other
                return None
            # "وأضاف ذات المصدر", "وحسب نفس المصدر", "واعتبر ذات الدبلوماسي
            # المقيم في X": "the same" before its noun (subject_of stepped
            # over it) is "المصدر ذاته"; what follows the noun describes the
            # one met, it names nobody new
            before = s0 >= 1 and toks[s0 - 1] in _SAME_BEFORE
            if not before and (s1 - s0 != 2 or toks[s1 - 1] not in _SAME):
                return None
            head = toks[s0]
            if head[:2] != "ال":
                return None
            head = head[2:]
            for _t, other, _h in reversed(cue_subjects):
                if other.kind not in (PERSON, ANONYMOUS):
                    continue
                first = normalize_first(other.role or other.surface)
                if first == head or first == "ال" + head:
                    return other
            if head in _GENERIC_SAME_HEADS and prev is not None and prev[0] is not None:
                return prev[0]
            if (
                before
                and prev is not None
                and (other := prev[0]) is not None
                and prev[3] >= self.sent[hit.tok] - 3
                and _named_person(other)
                and not other.role
                and other.gender == e.gender
            ):
                # (the one quoted last, named with no post: nothing tells
                # him from "the same diplomat"; the description is his post)
                if s1 - s0 <= 6:
                    other.role = doc.orig(doc.starts[s0], doc.ends[s1 - 1])
                return other
            if e.kind == PERSON and (prev is None or prev[0] is None):
                # "وكشف X، الأمين العام السابق للحزب، أن …. وأضاف القيادي
                # ذاته: «…»": with no quote before, "the same" title the text
                # gave no one is the named subject of the last verb of saying
                # within three sentences, of its gender
                sid = self.sent[hit.tok]
                for t, other, h in reversed(cue_subjects):
                    if self.sent[t] < sid - 3:
                        break
                    if (
                        h.cue.kind == lx.VERB
                        and _named_person(other)
                        and other.gender == e.gender
                        and " " in other.key
                    ):
                        return other
            return None

        ask_cue = _CUE_INFO["سال"][0]
        # (asker_of needs a verb of asking with the one asked as its suffix:
        # one set test per article, not a call per quote)
        has_asked = not _ASKED_HIM.isdisjoint(self.vocab)

        def asker_of(q: _Quote) -> _CueHit | None:
            """ "وسأله X: «…؟»": a question in marks after the verb of asking
            with the one asked as its suffix; X asks it."""
            o = q.open_tok
            if not q.marked or o < 3 or toks[o - 1] != ":":
                return None
            if not doc.folded[q.start : q.end].rstrip(" .").endswith(("؟", "?")):
                return None
            for k in range(o - 3, max(-1, o - 9), -1):
                t = toks[k]
                if t in _ASKED_HIM:
                    return _CueHit(k, k + 1, ask_cue)
                if not self.is_word[k] or self.in_quote[k]:
                    return None
            return None

        def register_mentions(upto: int) -> None:
            """Scan tokens up to ``upto`` for cues and plain mentions."""
            nonlocal tok_ptr, cand_ptr, parsed_to
            # the candidates before upto not read yet (a for loop over them,
            # not a while loop over their index)
            end = bisect_left(candidates, upto, cand_ptr)
            ahead = candidates[cand_ptr:end]
            cand_ptr = end
            for i in ahead:
                if i < tok_ptr or in_quote[i]:
                    continue
                tok_ptr = i + 1
                t = toks[i]
                hit = self.cue_at(i) if t in _MAY_CUE else None  # (cue_at's first test)
                if glued_cues and i in glued_cues:
                    hit = _CueHit(i, i + 1, glued_cues[i][2])
                if hit is not None and not relevant[self.sent[i]]:
                    # no quote within the next three sentences: nobody will
                    # look this speaker up, skip parsing the phrase
                    if hit.np_start > tok_ptr:
                        tok_ptr = hit.np_start
                    continue
                if hit is not None:
                    cue_hits[i] = hit
                    hit_toks.append(i)  # increasing, like the candidates
                    if hit.cue.kind == lx.RELAY or _RELAYED_LEMMA[hit.cue.lemma]:
                        relay_toks.append(i)
                    if (read := right_reads.get(i)) is not None and read[0] == (
                        hit.np_start,
                        hit.cue,
                        hit.pronoun,
                        hit.lam,
                        hit.relayer,
                        hit.np_end,
                    ):
                        # the subject attribute read for this cue after the
                        # words before it, not read again
                        hit.np_start, hit.np_end, hit.cue, hit.pronoun, hit.lam = read[1]
                        self._np_end = read[2]
                        ent = read[3]
                        del right_reads[i]
                    else:
                        ent = self.subject_of(hit)
                    if (
                        ent is not None
                        and ent.role
                        and hit.np_end + 3 < self.n
                        and toks[hit.np_end] in _IN_AT
                        and normalize_first(ent.role) in _TITLES_TO
                        and _named_person(ent)
                    ):
                        # "عبر السفير الأميركي X Y في المملكة المغربية عن …":
                        # the country an envoy is posted to, told after his name
                        ent.role = self.posted_to(ent.role, hit.np_end)
                    if (
                        hit.cue.kind == lx.VERB
                        and hit.pronoun is None
                        and i >= 3
                        # (one C-level set test first: most cues have no أن
                        # in the words before them, the rest is skipped)
                        and not _THAT.isdisjoint(toks[i - 5 if i > 5 else 1 : i - 1])
                    ):
                        opening = self.sent_first[self.sent[i]]
                        if ent is None:
                            if _after_however(toks, i):
                                # "غير أن بن سالم يرى أن …، ويقول:": after
                                # "however", the subject between أن and a verb
                                # that quotes nothing itself, for the verbs
                                # after it (not "يروي X أن Y قال له": Y's words
                                # inside X's account)
                                ent = self.subject_after_that(hit, opening)
                        elif (sat := self.subject_after_that(hit, opening)) is not None and (
                            # "ذكرت البرقية أن مسؤولا كويتيا رفيعا أبلغ السفيرة
                            # X أن": the source before the verb is its subject,
                            # the person after it the addressee (for "وأضاف
                            # المسؤول")
                            sat.kind == ANONYMOUS
                            # "غير أن المحكمة ردت الدفع": after "however", the
                            # body between أن and the verb is its subject, the
                            # noun after the verb its object (for "وجاء في
                            # حيثيات حكمها")
                            or (sat.kind == ORGANIZATION and _after_however(toks, i))
                            # "أن الرئيس X أبلغ القائم بالأعمال الأمريكي أن
                            # «…»، مشيرا": the subject between أنّ and a verb
                            # whose own words in marks follow its object
                            # (the one told) says them, and the participles
                            # after them go on with him (not "كشف X أن
                            # المجلس طالب الشركة بـ…، مبينا": no words of the
                            # clause's own, X goes on)
                            or (
                                (j := hit.np_end) + 1 < self.n
                                and (toks[j] in _THAT or toks[j] == "ب")
                                and toks[j + 1] in _QUOTE_MARK_SET
                            )
                            # "أن X قال لجون Y مستشار …": with its subject
                            # before it, the verb's phrase glued to لـ is the
                            # one spoken to, no second subject
                            or self.named_with_lam(i, ent)
                        ):
                            ent = sat
                        elif sat is not None and _lemma_key(hit.cue) in _INFORM:
                            # "قال الوزير إن الرئيس أبلغ البرلمان بالقرار،
                            # مضيفا": with its subject before it, the verb of
                            # telling has the one told after it, who is no
                            # speaker for the participles after the clause
                            ent = None
                        elif self.predicate_of_that(hit, opening):
                            # "وذكر المحافظ أن النظام المصرفي أظهر مرونة
                            # كبيرة، لافتا": the noun after أنّ the verb's
                            # subject, the phrase after the verb is its
                            # object, no speaker for the participles after
                            ent = None
                    if ent is not None:
                        if ent.kind == PERSON and ent.key and not "title:" <= ent.key < "title;":
                            # (_named_person, inline: a call saved a cue)
                            # a named person: the titles in the phrase were read
                            # with it, no need to parse them again as mentions
                            parsed_to = max(parsed_to, self._np_end)
                        same = (
                            same_head(hit, ent)
                            if has_same or ent.key in _THE_SPEAKER_KEYS
                            else None
                        )
                        ent = (
                            same
                            if same is not None
                            # (canonical's first tests, inline: it reads
                            # only a post with no name; else resolve)
                            else canonical(ent)
                            if ent.role and "title:" <= ent.key < "title;"
                            else resolve(ent)
                        )
                        # a verb that goes on, its subject a post with no
                        # name: the one quoted just before (``quoted``, so
                        # many sentences back), or the one official named
                        post = (
                            ent.kind == PERSON
                            and "title:" <= ent.key < "title;"
                            and hit.pronoun is None
                        )
                        goes_on = post and self.goes_on_verb(hit)
                        quoted, back = (
                            (prev[0], self.sent[i] - prev[3])
                            if prev is not None and prev[0] is not None
                            else (None, 0)
                        )
                        if (
                            goes_on
                            and quoted is not None
                            and back <= 1
                            and (said := self.goes_on_as(ent, quoted, told_role)) is not None
                        ):
                            # "قال X، المدير الفني لفريق الأهلي، إن «…».
                            # وأضاف المدرب السويسري أن «…»": the post the
                            # office of the one quoted just before and a
                            # nationality the text never gave him: he
                            ent = said
                        elif goes_on and (
                            (one := one_official(ent)) is not None
                            or (one := self.one_of_defence(ent, persons, entities, told_role))
                            is not None
                        ):
                            # "وأضافت المسؤولة الأممية" after "المتحدثة باسم
                            # وكالة الأونروا X" and a man quoted since: the
                            # one official of that gender the text has named
                            ent = one
                        elif (
                            post
                            and not goes_on
                            and (one := one_official(ent)) is not None
                            and self.sent[i] - one.sentence <= 2
                            and _holds_nationality(
                                _NORMALIZED[ent.role].split()[1:], one.role or told_role(one)
                            )
                        ):
                            # "التقى وزير الخارجية الإماراتي X Y السفير
                            # الأمريكي. وقال المسؤول الإماراتي إن": any verb's
                            # subject "the official" and the nationality of
                            # the one person named just before whose post
                            # holds it is he (rev36)
                            ent = one
                        elif (
                            goes_on
                            and quoted is not None
                            and back <= 1
                            and self.goes_on_untold(ent, quoted, persons, told_role)
                        ):
                            # "قال X Y لصحيفة …: «…». وأضاف ولي العهد أن":
                            # right after the words of a person named with no
                            # post anywhere: he, and the post his
                            quoted.role = ent.role
                            ent = quoted
                        elif (
                            goes_on
                            and quoted is not None
                            and back == 1
                            and ent.pos > self.doc.starts[i]
                            and self.goes_on_second_post(ent, quoted, persons, told_role)
                        ):
                            # "قال النائب X «…». وأضاف الأمين العام لحزب Y:
                            # «…»": a post told nowhere before, right after
                            # the words of the one person named so far, is a
                            # second post of his, who goes on (with it for
                            # role, as the text names him there: his other
                            # words keep the post he was named with)
                            second_posts[i] = ent.role
                            ent = quoted
                        elif (
                            post
                            and quoted is not None
                            and back <= 2
                            and _lemma_key(hit.cue) in _GO_ON
                            and self.goes_on_as_former(ent, quoted, told_role)
                        ):
                            # "…، مشيرا بالقول: «…». وزاد رئيس الوزراء السابق
                            # قائلا: «…»" after "X، الأمين العام السابق
                            # للحزب": a post once held, the one quoted just
                            # before
                            ent = quoted
                        if hit.relayer is not None:
                            # "ينقل دبلوماسي أمريكي عن ناشط …": the relayer
                            # may speak later ("ويعلق الدبلوماسي")
                            hit.relayer = canonical(hit.relayer)
                            entities.append(hit.relayer)
                        cue_subjects.append((i, ent, hit))
                        entities.append(ent)
                        if (
                            (ctx := self.doc_ctx) is not None
                            and ctx[3]
                            and ctx[2] == self.sent[i]
                            and _named_person(ent)
                            and _lemma_key(hit.cue) in _TELLS
                        ):
                            # "في البرقية … المؤرخة في DATE، يروي القائم
                            # بالأعمال X": who writes or tells in the dated
                            # cable dates what he writes next with it
                            # ("«…»، يكتب X في تعليقه") while it is the one
                            # under discussion
                            self.doc_teller = (ent, ctx[0])
                        elif (
                            ent.kind == ORGANIZATION
                            and hit.cue.kind == lx.RELAY
                            and self.doc_author is None
                            and (ctx := self.doc_ctx) is not None
                            and ctx[3]
                            and ctx[2] == self.sent[i]
                        ):
                            # "في برقية … مؤرخة في DATE، تنقل السفارة في عمان
                            # أن …": the body that relays in the dated cable's
                            # sentence wrote it; "وتنقل البرقية: …" later is
                            # its (dev31d)
                            self.doc_author = ent
                    if hit.np_start > tok_ptr:
                        tok_ptr = hit.np_start
                    continue
                if t in _CHIEF:
                    if i >= parsed_to and i + 2 < self.n and _chief_of(toks[i + 1]):
                        # "رسائل أرسلها كبير المفاوضين X Y إلى …": the chief
                        # of a body of people in construct, a post, named
                        # outside speech (for "وقال Y" later)
                        line_end = self.sent_first.get(self.sent[i] + 1, self.n)
                        b, ra, rb = self.scan_np(i, line_end, None)
                        ent = self.classify(i, b, ra, rb, None)
                        if _named_person(ent) and ent.role:
                            canonical(ent)
                            parsed_to = max(parsed_to, b)
                    continue
                if i in called_nouns:
                    if i >= parsed_to:
                        named = self.called_person(i)
                        if named is not None:
                            entities.append(canonical(named))
                    continue
                mention = self._mention_kind_of[t]
                if (
                    not mention
                    and i >= 1
                    and i >= parsed_to
                    and len(v := toks[i - 1]) >= 3
                    and (
                        (
                            t in _FEMININE_BODY_HEADS
                            and len(v) >= 4
                            and (
                                (v[-1] == "ت" and (i == 1 or not self.is_word[i - 2]))
                                # "اللقاء الذي عقدته جمعية X بين أمينها العام
                                # Y": the verb in ت of a relative clause, its
                                # pronoun the antecedent, has the body for its
                                # subject too
                                or (
                                    (v[-2:] == "ته" or v[-3:] == "تها")
                                    and i >= 2
                                    and toks[i - 2] in _RELATIVES
                                )
                            )
                        )
                        # "أصدر حزب النهضة بيانا" then "وقال رئيسه X": a
                        # masculine body, the subject of the verb with no ت
                        # that opens its clause
                        or (
                            t in lx.MASCULINE_ORGS
                            and v[-1] != "ت"
                            and (i == 1 or not self.is_word[i - 2])
                        )
                    )
                    and self.is_word[i - 1]
                    and _NP_KIND[v] == 1  # (an ordinary word: the verb)
                    and v not in lx.NP_STOP
                    and v not in _MAY_CUE
                ):
                    # "نابلس- معا- استنكرت بلدية نابلس اليوم …" then "وقالت في
                    # بيان: «…»": a body, the subject of the verb that opens
                    # its clause (in ت for a feminine one), is a mention the
                    # posts and the verbs with no subject after it may take up
                    line_end = self.sent_first.get(self.sent[i] + 1, self.n)
                    b, ra, rb = self.scan_np(i, line_end, None)
                    for k in range(i + 2, b):
                        if toks[k - 1][:2] == "ال" and toks[k][:2] != "ال":
                            # ("استنكرت وزارة الصحة طلب النقابة": after the
                            # definite genitive, an indefinite noun is the
                            # verb's object)
                            b = ra = rb = k
                            break
                    ent = self.classify(i, b, ra, rb, None)
                    if ent is not None and ent.kind == ORGANIZATION:
                        entities.append(canonical(ent))
                    continue
                if not mention:
                    if (
                        i in plain_subjects
                        and i >= parsed_to
                        and (t == "عبد" or (t in _GIVEN_NAMES and not self.known_name_word(t)))
                        # (not after a preposition or an adverb with و/ف:
                        # "ومع عبد الله الثاني كان ولي العهد", "ولدى عبد الله
                        # X خطة": no verb opens the sentence, he is no subject)
                        and not (
                            toks[i - 1][0] in "وف" and toks[i - 1][1:] in _OPENING_PREPOSITIONS
                        )
                    ):
                        # "عاد عبد الإله X ليشكل الحدث", "وصل سليم X إلى
                        # العاصمة. وقال": a compound name, or a common given
                        # name and another word not met before, after the
                        # verb opening its sentence is a person met, whom
                        # the verbs with no subject later take up
                        b, ra, rb = self.scan_np(i, self.n, None)
                        ent = self.classify(i, b, ra, rb, None)
                        if (
                            _named_person(ent)
                            and len(ent.key.split()) >= 2
                            and (
                                t == "عبد"
                                or (
                                    ra == rb
                                    and all(w not in _COMMAS for w in toks[i:b])
                                    and (
                                        ent.role
                                        or b >= self.n
                                        or not self.is_word[b]
                                        or toks[b] in _OPENING_PREPOSITIONS
                                        # ("واستنكر سامي X مجزرة السوق": an
                                        # incident, no person, is the object)
                                        or toks[b] in _INCIDENT_OBJECTS
                                        # ("وأطلق سامي X صرخة استغاثة": a
                                        # bare noun in construct, the object)
                                        or (
                                            b + 1 < self.n
                                            and self.is_word[b + 1]
                                            and _construct_object(toks[b], toks[b + 1])
                                        )
                                    )
                                )
                            )
                        ):
                            # (a given name's words, then a noun with no
                            # role: "واستقبل سامي X الوفد", which may be
                            # the verb's object, its subject elided, is not;
                            # nor a post in commas after the name, "تحدث
                            # سامي X، المدير …", read as an apposition)
                            entities.append(canonical(ent))
                            parsed_to = b
                        continue
                    if i in plain_subjects and i >= parsed_to and self.known_name_word(t):
                        # the words of a name met before, read no further
                        # ("وعرض الهاجري صورا …": the object is no name word)
                        j = i + 1
                        while (
                            j < self.n
                            and j - i < 4
                            and self.is_word[j]
                            and self.known_name_word(toks[j])
                        ):
                            j += 1
                        words = _key_words(_key(" ".join(toks[i:j])))
                        for p in by_recency():
                            if " " in p.key and words <= _key_words(p.key):
                                # that person, met again here
                                named_again[id(p)] = doc.starts[i]
                                if p.sentence < self.sent[i]:
                                    p = replace(p, pos=doc.starts[i], sentence=self.sent[i])
                                entities.append(p)
                                break
                    continue
                if (
                    mention & 68
                    and i >= parsed_to
                    and toks[i - 1] in _COMMAS_OR_SEMICOLON
                    and (intro := self.apposition_intro(i)) is not None
                ):
                    # "محمد الشلوي، صاحب مقهى …، لا يبدو …": a person met,
                    # named with a role in apposition; the verbs of saying
                    # with no subject after it are his
                    self.vox_intro = (canonical(intro[0]), i)
                    parsed_to = max(parsed_to, intro[1])
                    continue
                if mention == 3:
                    # "وثق المنتدى، في تقريره الصادر في سبتمبر 2025، …": the
                    # body's own document, dated right after it, is the one
                    # "التقرير" refers to next (no speaker of its own)
                    sid = self.sent[i]
                    end = i + 6 if i + 6 < self.n else self.n
                    dates = _dates_in(self, i + 1, end, sid)
                    if dates and not self.recalled_after_quote(i, sid):
                        self.doc_ctx = (dates[0].iso, dates[0].precision, sid, True)
                        self.doc_head = None
                        self.doc_dates.add(dates[0].iso)
                        self.doc_para = (dates[0].iso, dates[0].precision, sid)
                    continue
                if mention == 1:
                    # (orig's test, inline: most texts fold letter for letter)
                    surface = (
                        doc.text[doc.starts[i] : doc.ends[i]]
                        if doc.offsets is None
                        else doc.orig(doc.starts[i], doc.ends[i])
                    )
                    if "لل" <= t < "لم":
                        surface = "ال" + surface[2:]
                    elif t[0] in "وفبل" and not t.startswith("ال"):
                        surface = surface[1:]
                    entities.append(
                        _Entity(surface, GROUP, None, _M, _PL, doc.starts[i], self.sent[i], "")
                    )
                elif mention == 2:
                    if t in _MEMOS and i + 1 < self.n and toks[i + 1] in _WARRANT_NEXT:
                        continue  # "مذكرة التوقيف": an arrest warrant, not a memo
                    j = i + 1
                    while (
                        j < self.n
                        and j - i < 3
                        and (
                            toks[j] in lx.DOCUMENT_ADJECTIVES
                            or ("ال" <= toks[j] < "ام" and not self.in_quote[j])
                        )
                    ):
                        j += 1
                    skip = 1 if t not in lx.DOCUMENT_HEADS else 0
                    head = t[skip:]
                    surface = (
                        doc.text[doc.starts[i] + skip : doc.ends[j - 1]]
                        if doc.offsets is None
                        else doc.orig(doc.starts[i] + skip, doc.ends[j - 1])
                    )
                    g = _F if head in lx.FEMININE_DOCUMENTS else _M
                    vehicle = (
                        i
                        and toks[i - 1] == "في"
                        and hit_toks
                        and self.sent[hit_toks[-1]] == self.sent[i]
                    )
                    if not vehicle:
                        # (but "أعلنت الكتلة، في بيان وزعته، أن": the vehicle
                        # of a statement whose speaker is named, no speaker)
                        sid = self.sent[i]
                        owner = None
                        if (
                            j == i + 1
                            and j < self.n
                            and toks[j] in lx.ORGANIZATION_HEADS
                            and toks[j][:2] != "ال"
                            and not self.in_quote[j]
                        ):
                            # "غير أن تقرير لجنة المالية، الذي تلاه مقررها،
                            # نبه إلى أن": the body in construct speaks, with
                            # the document's gender for the verb
                            b2, ra2, rb2 = self.scan_np(j, self.n, None)
                            owner = self.classify(j, b2, ra2, rb2, None)
                            if owner is not None and owner.kind == ORGANIZATION:
                                owner.gender = g
                            else:
                                owner = None
                        elif j < self.n and toks[j] in lx.PUBLISHED_IT and not self.in_quote[j]:
                            # "وفي بيان أصدرته (أمس) وزارة X، قالت فيه": the
                            # body that published the document (classify's
                            # reading of it) is the one the verbs after it
                            # take up, with its own gender (kw18a)
                            line_end = self.sent_first.get(sid + 1, self.n)
                            b2, ra2, rb2 = self.scan_np(i, line_end, None)
                            owner = self.classify(i, b2, ra2, rb2, None)
                            if owner is None or owner.kind != ORGANIZATION:
                                owner = None
                        entities.append(
                            owner
                            or _Entity(surface, DOCUMENT, None, g, _SG, doc.starts[i], sid, "")
                        )
                    # a dated document becomes "the cable" later sentences refer to
                    sid = self.sent[i]
                    end = i + 13 if i + 13 < self.n else self.n
                    dates = _dates_in(self, i + 1, end, sid)
                    if (
                        not dates
                        and end < self.n
                        # (both helpers' first test, at once: a "تعود" word
                        # in reach or a verb of sending before ``end``; most
                        # documents have neither, and both return [])
                        and not _DATES_BACK_OR_SENT.isdisjoint(toks[i + 1 : i + _DATED_BACK_REACH])
                    ):
                        dates = _dated_back_after(self, i, end, sid) or _dated_when_sent(
                            self, i, end, sid
                        )
                    h_end = self.tok_at(dates[0].start) if dates else i
                    # (one C-level set test first: a cue word between the head
                    # and its date is rare)
                    if dates and not _CUE_WORDS.isdisjoint(toks[i + 1 : h_end]):
                        for h in range(i + 1, h_end):
                            if (
                                toks[h] in _CUE_WORDS
                                and (c := _cue_of(toks[h])) is not None
                                and _lemma_key(c) in _SAYING
                                # (not "البرقية، التي كتبت في 13 يناير 2009،":
                                # the document's own writing, after its
                                # relative pronoun; but "التي قال عنها الوزير
                                # يوم …" dates the minister's words, and "قال
                                # الوزير إن البرقية، التي كتبت في …، …" is
                                # his account, no cable in view)
                                and not (
                                    toks[h - 1] in _RELATIVES
                                    and toks[h] in _WROTE
                                    and toks[i - 1] not in _THAT
                                )
                            ):
                                # "وفي تعليق على هذه الوثائق قال X، الذي سجن
                                # سنة 2008، إن": a date after the saying verb
                                # is its clause's
                                dates = _dates_before(self, dates, h)
                                break
                    if dates and not _THAT.isdisjoint(toks[i + 1 : h_end]):
                        # "سجلت البرقية أن الاعتداء الذي … في دجنبر 2007":
                        # a date in a relative clause after the document's
                        # أنّ tells of what it reports, not the document's
                        # own (but "ذكرت وثيقة أنه في نهاية 2009، خلص")
                        for h in range(i + 1, h_end):
                            if toks[h] in _THAT:
                                dates = _dates_outside_relative(self, dates, h)
                                break
                    if dates and not _GATHERING_NAMERS.isdisjoint(toks[i + 1 : h_end]):
                        # "ورصدت إحدى الوثائق ارتياحهم لمشاركتهم في منتدى
                        # دافوس عام 2012": a year a gathering's label names is
                        # the gathering's, which the document tells of, not its
                        # own date (but "مؤرخة في", "بتاريخ" before it are)
                        dates = [d for d in dates if not self.gathering_dated(d)]
                    # "أما البرقية الثالثة …": the article and an ordinal
                    # introduce a new document too
                    ordinal = "ال" <= head < "ام" and j > i + 1 and toks[i + 1] in _ORDINALS
                    single = head in _SINGLE_NEW_DOCUMENTS or (
                        ordinal and head[2:] in _SINGLE_NEW_DOCUMENTS
                    )
                    if single and not dates:
                        dates = self.late_document_date(i, sid)
                    if not dates and not ordinal and i >= parsed_to:
                        dates = self.recorded_occasion_date(i, sid)
                    if i >= parsed_to and (not "ال" <= head < "ام" or ordinal):
                        # a new document, author unknown yet (but "وجاء في برقية
                        # أرسلتها X": the cue's own phrase, read with its author)
                        self.doc_author = None
                        if (
                            vehicle
                            and cue_subjects
                            and cue_subjects[-1][0] == hit_toks[-1]
                            and cue_subjects[-1][1].kind == ORGANIZATION
                        ):
                            # "وقالت الوزارة في بيان …" then "وأضاف البيان": the issuer
                            self.doc_author = cue_subjects[-1][1]
                    if dates and self.recalled_after_quote(i, sid):
                        # "رأى X أن «…»، مذكرا بأن الاتحاد حذر في بيان
                        # بتاريخ …": a statement the speaker recalls after his
                        # own words dates its own clause only; what he says
                        # next is not read from it
                        pass
                    elif dates:
                        d0 = dates[0]
                        if (
                            (ctx := self.doc_ctx) is not None
                            and "ال" <= head < "ام"
                            and not ordinal
                            and ctx[1] in _FINER
                            and d0.precision in _FINER[ctx[1]]
                            and d0.iso.startswith(ctx[0] + "-")
                            and not _DATE_OF_DOCUMENT.isdisjoint(toks[i + 1 : h_end])
                            # (the same document: "البرقية" again, or "الوثيقة";
                            # not "وتقول الرسالة التي تحمل تاريخ …" after it)
                            and (head[2:] == self.doc_head or head[2:] in _GENERIC_DOCUMENT)
                        ):
                            # "ونقلت البرقية التي تعود لعام 2007 …" then
                            # "وأرسلت البرقية التي تحمل تاريخ 13 يونيو 2007":
                            # the same cable, its date told finer; the words
                            # it gave the coarse date have this one (run's
                            # last pass), and so do the speakers it dated
                            refined_docs.append((ctx[0], d0.iso, d0.precision, sid))
                            for key, known in self.speaker_dates.items():
                                if known[0] == ctx[0]:
                                    self.speaker_dates[key] = (d0.iso, d0.precision, sid, known[3])
                        doc_dates_told.append((sid, d0.iso))
                        self.doc_ctx = (d0.iso, d0.precision, sid, True)
                        self.doc_head = head[2:] if "ال" <= head < "ام" else head
                        self.doc_dates.add(d0.iso)
                        self.doc_para = (d0.iso, d0.precision, sid)
                    elif (
                        not single
                        and not ordinal
                        and self.doc_ctx is not None
                        and self.doc_ctx[2] == sid
                        and self.doc_ctx[3]
                    ):
                        # "نشرت الصحيفة برقية تحمل تاريخ …، نقلا عن وثائق
                        # ويكيليكس": documents in the plural, after a dated
                        # one in the same sentence, are the collection it
                        # comes from, not a new document
                        pass
                    elif (
                        toks[i - 1] in _QUOTE_MARK_SET
                        and self.doc_ctx is not None
                        and i + 1 < self.n
                        and self.is_word[i + 1]
                    ):
                        # "بعد شهرين من توقيع «وثيقة مار مخايل»": a document
                        # named in marks, an agreement the text mentions, is
                        # not a new one cited; the dated one stays in view
                        # (a head alone in marks is one: "ونشر الموقع «برقية»
                        # أخرى")
                        pass
                    elif (
                        self.doc_ctx is not None
                        and not ordinal
                        and (
                            (j == i + 2 and toks[i + 1] in _CABLE_OWNERS)
                            or (j == i + 1 and i + 1 < self.n and self.envoy_named(i + 1))
                        )
                    ):
                        # "أرسلت السفيرة رسالة سرية في مايو 2009" then "وقالت
                        # رسالة السفيرة إن": the document in construct with the
                        # envoy or embassy that writes cables is the dated one
                        # in view, named again, not a new one (also with the
                        # envoy's name: "وقالت برقية فيلتمان")
                        pass
                    elif not "ال" <= head < "ام" or ordinal:
                        self.doc_ctx = None  # a new, undated document
                        # "في الثاني من آب 2006، … أرسل السفير برقية": dated by
                        # the sentence's fronted adverbial
                        self.doc_para = (None, i, sid)
                    if (
                        ordinal
                        and j + 2 < self.n
                        and toks[j] in _COMMAS
                        and toks[j + 1] in _HE_SHE
                        and (aside_end := self.next_comma(j + 2, j + 12)) > 0
                    ):
                        # "أما البرقية الثالثة، وهي الأطول بين …، فتعود": the
                        # aside on the document, before what tells its author
                        j = aside_end + 1
                    if (
                        # ("برقيات سرية كتبها السفير X": a set of cables one
                        # man wrote, "هذه البرقيات" later are his too)
                        (single or head in _PLURAL_NEW_DOCUMENTS)
                        and i >= parsed_to
                        and not (
                            lx.AUTHOR_VERBS.isdisjoint(toks[j : j + 9])
                            and _SIGNED_BY.isdisjoint(toks[j : j + 14])
                            and "توقيع" not in toks[j : j + 14]
                        )
                        and (k := self.author_verb_after(j, sid)) >= 0
                    ):
                        # "ترجمة لبرقية أرسلها السفير X", "برقية تعود إلى فبراير
                        # 2008، بعث بها السفير X": "البرقية" later is X's
                        if toks[k] in _SIGNED_BY:
                            k += 1  # "وموقعة من السفير X": the participle's agent
                            if k + 2 < self.n and toks[k + 1] == "قبل":
                                k += 1  # "من قبل X": by X
                        k += 1
                        if k < self.n and toks[k] in _RESUMPTIVE_SKIP:
                            k += 1  # "بعث بها"
                        if k + 1 < self.n and toks[k] in {"من", "في", "عن"}:
                            k += 2  # "أرسلتها من لندن X"
                        b, ra, rb = self.scan_np(k, self.n, None)
                        author = self.classify(k, b, ra, rb, None)
                        if author is not None and author.kind == PERSON and author.role:
                            self.doc_author = canonical(author)
                            parsed_to = max(parsed_to, b)
                elif (
                    mention & 4
                    and i >= parsed_to
                    # (a title glued to لل is read only before a name: see
                    # "glued" below)
                    # (a title word before بن is a first name: "الوكيل سلطان بن
                    # فهد X" names one man, "سلطان" titles nobody)
                    and not (i + 1 < self.n and toks[i + 1] in _SON_OF and _NP_KIND[t] == 3)
                    # ("أمام فرن صغير": in front of, written with its hamza,
                    # no imam)
                    and not (t in _AMAM and "أ" in doc.orig(doc.starts[i], doc.ends[i]))
                    # ("في مؤتمر صحفي لوزير الخارجية X", "المؤتمر الصحفي":
                    # a nisba after an event noun is its adjective, no
                    # journalist; the post after it is read on its own)
                    and not (
                        t[-1] == "ي"
                        and i > 0
                        and t not in _CONSTRUCT_HONORIFIC_MENTIONS  # ("اللقاء معالي X")
                        and (
                            _event_noun(p := toks[i - 1])
                            # ("المناخ السياسي في إشارة …": the adjective of
                            # a definite noun that is no title nor a name's)
                            or (
                                t[:2] == "ال"
                                and p[:2] == "ال"
                                and self.is_word[i - 1]
                                and not _IS_TITLE_HEAD[p]
                                and p not in lx.HONORIFICS
                                and not self.known_name_word(p)
                            )
                        )
                    )
                    # ("في ندوة صحفية لوزير الصحة X", "الندوة الصحفية",
                    # "تصريحات صحفية أطلقها X": the event noun's adjective, no
                    # journalist; not "في كلمة الإعلامية X", the genitive
                    # after the noun)
                    and not (i > 0 and _event_adjective(t, toks[i - 1]))
                    # ("نقل إلى مستشفى الدكتور X", "في حي السيدة زينب": an
                    # honorific in construct after a place named after the
                    # person, no person met)
                    and not (
                        i > 0 and toks[i - 1] in _NAMED_AFTER_HEADS and t in _HONORIFIC_MENTIONS
                    )
                    # ("عبر عن سعادة كبيرة": happiness; "سعادة السفير X",
                    # "معالي خالد X": the honorific before a title or a name)
                    and not (
                        t in _CONSTRUCT_HONORIFIC_MENTIONS
                        and not (
                            i + 2 < self.n
                            and (
                                (nxt := toks[i + 1]) in _words_module._GIVEN_NAMES
                                or nxt in lx.HONORIFICS
                                or _IS_TITLE_HEAD[nxt]
                            )
                        )
                    )
                    # ("نتائج الانتخابات البرلمانية في روسيا X": a feminine
                    # nisba after a feminine or plural definite noun that is
                    # no title agrees with it, its adjective, no one's title)
                    and not (
                        "ال" <= t < "ام"
                        and t[-2:] == "يه"
                        and i > 0
                        and (p := toks[i - 1])[:2] == "ال"
                        and (p[-1:] == "ه" or p[-2:] == "ات")
                        and p not in lx.TITLES
                    )
                ):
                    # "جمع السفير جيفري فيلتمان بالنائب وليد جنبلاط": learn names
                    # and roles even outside speech, for later short mentions
                    # (a title glued to لل only as the addressee right after a
                    # cue's subject: "قال أبو الغيط للسفيرة X"; the phrase
                    # ends with the title's line: "ردّ الوزير" (a subhead),
                    # then "وفي رده …", is no "الوزير وفي")
                    line_end = self.sent_first.get(self.sent[i] + 1, self.n)
                    # (a title without the article is read with it, so that
                    # the next word is its genitive: "وكيل وزارة البلديات
                    # لشؤون الإسكان المهندس X", not a name "وزارة …")
                    if _NP_KIND[t] == 3:
                        b, ra, rb = self.scan_np(i, line_end, None)
                    elif (
                        i + 1 < line_end
                        and toks[i + 1] in _DEFINITE_OBJECTS
                        and i - 1 == self.sent_first[self.sent[i]]
                        and toks[i - 1][:1] == "و"
                    ):
                        # "ودان الرئيس الهجوم في بيان، وقال": after the word
                        # that opens its sentence with و, a verb, the title
                        # alone is the subject, the thing after it the verb's
                        # object (as after a verb of saying, scan_np)
                        b = ra = rb = i + 1
                    elif (
                        i + 1 < line_end
                        and (w := toks[i + 1])[:1] == "ل"
                        and w[1:3] != "ال"
                        and _audience(w[2:] if w[:2] == "لل" else w[1:])
                    ):
                        # "وقال المسؤول لصحافيين إن": the people the title's
                        # holder spoke to, glued to لـ, no name of his
                        b = ra = rb = i + 1
                    elif i + 1 < line_end and _words_module._joins_others(toks[i + 1]):
                        # "الوزير ونظيره الفرنسي قالا", "وقال الوزير ونظيره":
                        # others joined to the title's holder by و right after
                        # it (a second subject), no name of his, as scan_np
                        # reads them past the title's words (review C item 6)
                        b = ra = rb = i + 1
                    else:
                        b, ra, rb = self.scan_np(i + 1, line_end, None, titled=True)
                        if (
                            b < line_end
                            and toks[i + 1][:1] == "و"
                            and toks[b] in _CUE_WORDS
                            and (c := _cue_of(toks[b])) is not None
                            and c.kind == lx.VERB
                            and c.number not in (None, lx.SG)
                        ):
                            # "الوزير وسامي X قالا": a dual or plural verb
                            # right after the phrase, the و-word a second
                            # subject, no name of the title's holder
                            b = ra = rb = i + 1
                    if i + 1 < self.n and toks[i + 1] in _CUE_WORDS:
                        ent = None  # "أن الوزير قال له": the title and its verb
                    else:
                        ent = self.classify(i, b, ra, rb, None)
                    if (
                        t[0] == "ل"
                        and not (hit_toks and cue_hits[hit_toks[-1]].np_end == i)
                        and not _named_person(ent)
                        # (a title that is spelt with ل, "لاعب", "لواء", is
                        # glued to nothing)
                        and t not in lx.TITLES
                    ):
                        # "سمحت المحكمة للرئيس المعزول X بالتحدث": a title
                        # glued to لل outside a cue's addressee names the
                        # person after it (for "وقال X" later); with no name
                        # ("مستشار للرئيس") it is learnt from nothing
                        continue
                    if (
                        ent is not None
                        and not "ال" <= t < "ام"
                        and (
                            (ent.kind == PERSON and ent.key == "title:" + t)
                            # "أن ضابط المخابرات المصرية تكلم …" then "وصرح
                            # الضابط X": an unnamed source's post in construct
                            # with a definite genitive is a post too
                            or (
                                ent.kind == ANONYMOUS
                                and ent.role
                                and i + 1 < self.n
                                and toks[i + 1][:2] == "ال"
                            )
                        )
                        and " " in ent.role
                        # (not a page's header: "رئيس مجلس الإدارة و رئيس
                        # التحرير" on a line of its own, words only, the post
                        # running to the line's end, is a masthead's, no
                        # post of anyone the story names)
                        and not (
                            b >= line_end
                            and all(
                                self.is_word[x]
                                for x in range(self.sent_first.get(self.sent[i], i), line_end)
                            )
                        )
                    ):
                        # "سمح قاضي المحكمة الجنائية العليا …": a post in
                        # construct told with no name
                        if t not in nameless_posts:
                            nameless_posts[t] = ent.role
                        elif _NORMALIZED[nameless_posts[t]] != _NORMALIZED[ent.role]:
                            nameless_clash.add(t)
                    if (
                        not "ال" <= t < "ام"
                        and i >= 3
                        and (
                            toks[i - 3] in _APPOINTING
                            or (i >= 4 and toks[i - 4] in _APPOINTING)
                            or (i >= 5 and toks[i - 5] in _APPOINTING)
                        )
                        and (m := self.appointee_start(i)) >= 0
                    ):
                        # "بتعيين سامية بن حسين مديرة عامة للمستشفى": the
                        # one appointed, named, with the post in the
                        # accusative after the name, for "وقالت بن حسين"
                        # later (no name "بصفاقس" read after the post)
                        g = _F if t[-1] == "ه" and not self.ha_ending(i) else _M
                        appointed = self.register_person(
                            m, i, doc.orig(doc.starts[i], doc.ends[b - 1]), g
                        )
                        entities.append(appointed)
                        parsed_to = max(parsed_to, b)
                    elif (
                        not "ال" <= t < "ام"
                        and i >= 4
                        and (toks[i - 3] in _NAMED_THAT or toks[i - 4] in _NAMED_THAT)
                        and self.is_word[i - 1]
                        and (v := self.clause_verb_before(i)) >= 0
                        and toks[v] in _NAMED_THAT
                        and doc.folded.find(toks[i - 1], doc.ends[i]) > 0
                        and _named_person(
                            named := self.classify(
                                v + 1, *(np := self.scan_np(v + 1, line_end, None)), None
                            )
                        )
                        and named.role
                    ):
                        # "أن X Y رئيس فريق … دخل في …": after أنّ, a name then
                        # a post in construct is the that-clause's subject
                        # with its post (the verb after the post is no name),
                        # for "قال Y" later (the name given again)
                        canonical(named)
                        parsed_to = max(parsed_to, np[0])
                    elif _named_person(ent) and not (ent.role and self.late_post(i, ent.role)):
                        # (not "وضع X إكليلا على ضريح الرئيس الراحل Y" then
                        # "وقال سيادته", "وأضاف الرئيس": the late president
                        # mentioned, no one who speaks now)
                        canonical(ent)
                        if ra < rb and ent.role and toks[ra] in lx.TITLES:
                            # "قاطع المستشار X Y Z، رئيس محكمة جنايات
                            # القاهرة،": the post in apposition after the
                            # name's comma was read as his role; read again
                            # as a mention of its own, its genitive became a
                            # person ("جنايات القاهرة") with the post cut short
                            parsed_to = max(parsed_to, rb)
                    elif ent is not None and ent.kind == ANONYMOUS and t[0] == "ب":
                        # "لقاء جمع السفير X بعضو في المجلس الأعلى، نقلت عنه
                        # قوله": an unnamed companion met, for a pronoun after
                        # it (the most recent mention)
                        entities.append(ent)
                    elif (
                        (ent is None or ent.kind == ANONYMOUS or ent.key.startswith("title:"))
                        and i >= 3
                        and toks[i - 1] in _COMMAS
                        and (h := self.honorific_before(i - 1)) >= 0
                    ):
                        # "بإشراف السيد فتحي بن صالح، والي الجهة،": a name
                        # after an honorific, with its title in apposition,
                        # for "السيد الوالي" later
                        b, ra, rb = self.scan_np(h, line_end, None, titled=True)
                        named = self.classify(h, b, ra, rb, None)
                        if _named_person(named) and named.role:
                            canonical(named)
                            parsed_to = max(parsed_to, b)
                    elif (
                        (ent is None or ent.kind == ANONYMOUS or ent.key.startswith("title:"))
                        and i >= 4
                        and t[:2] != "ال"
                        and self.is_word[i - 1]
                        and (v := self.clause_verb_before(i)) >= 0
                        and doc.folded.find(toks[i - 1], doc.ends[i]) > 0
                    ):
                        # "طلب X Y Z مدير الاستخبارات السابق من القاضي": the
                        # clause's verb, a name, then its post in construct,
                        # for "وقال Z" later (the name given again)
                        b, ra, rb = self.scan_np(v + 1, line_end, None)
                        named = self.classify(v + 1, b, ra, rb, None)
                        if _named_person(named) and named.role:
                            canonical(named)
                            parsed_to = max(parsed_to, b)
                    elif (
                        ent is not None
                        and ent.role
                        and (ent.kind == ANONYMOUS or ent.key.startswith("title:"))
                        and i >= 2
                        and toks[i - 1] in _COMMAS
                        and persons
                    ):
                        # "يستقبلنا سليم حداد، رئيس حزب …": a title in
                        # apposition after a person named before (in a
                        # headline, with no role) describes that person
                        last = _key(toks[i - 2])
                        p = persons[-1]
                        if not p.role and last in _key_words(p.key) and " " in p.key:
                            p.role = ent.role
                    elif (
                        ent is not None
                        and ent.kind == PERSON
                        and ent.key.startswith("title:")
                        and t[:2] == "ال"
                        and i >= 1
                        and self.is_word[i - 1]
                        and (
                            (
                                (v := toks[i - 1])[0] in "وف"
                                and (
                                    i - 1 == self.sent_first[self.sent[i]] or toks[i - 2] in _COMMAS
                                )
                                and _NP_KIND[v] == 1  # (an ordinary word: the verb)
                                and v not in lx.NP_STOP
                                # (not a verb the engine reads itself: "وسأله القاضي")
                                and v not in _MAY_CUE
                                and v not in _ASKED_HIM
                            )
                            or _derived_masdar(v[1:] if v[0] == "و" else v)
                        )
                    ):
                        # A definite title with no name is a mention the verbs
                        # with no subject after it may take up (the person
                        # named before with that title, if any, met again
                        # here) when it is
                        # - the subject of the verb that opens its clause:
                        #   "وانتقد السفير المصري السعودية، …" then "وشدد على
                        #   أن «…»";
                        # - in construct after a derived verbal noun, the
                        #   act's agent: "تحريض السفير الأميركي المسؤولين …،
                        #   لافتا إلى «…»".
                        met = canonical(ent)
                        if met.sentence < self.sent[i]:
                            met = replace(met, pos=doc.starts[i], sentence=self.sent[i])
                        entities.append(met)
                elif mention & 8:  # (in_quote[i] is 0: tested above)
                    # "لقاء مع رجل أعمال تونسي": someone "عنه" may refer to later
                    base = t[1:] if len(t) > 3 and t[0] in "وف" else t  # _base(t)
                    skip = 1 if base not in _SINGULAR_SOURCES or t != base else 0
                    b, ra, rb = self.scan_np(i + 1, self.n, None, titled=True)
                    g = _F if t.endswith("ه") else _M
                    entities.append(
                        _Entity(
                            doc.orig(doc.starts[i] + skip, doc.ends[max(i, b - 1)]),
                            ANONYMOUS,
                            None,
                            g,
                            _SG,
                            doc.starts[i],
                            self.sent[i],
                            "",
                        )
                    )
                elif mention & 32:
                    for named in self.dual_names(i):
                        canonical(named)
                elif mention & 16:
                    j = i + 1
                    while (
                        j < self.n
                        and j - i < 4
                        and ("ال" <= toks[j] < "ام" or "لل" <= toks[j] < "لم")
                    ):
                        j += 1
                    if j > i + 1:
                        skip = 1 if len(t) > 3 and t[0] in "وف" else 0  # (_base(t) != t)
                        anon_plurals.append(
                            (
                                doc.starts[i],
                                " ".join(toks[i + 1 : j]),
                                doc.orig(doc.starts[i] + skip, doc.ends[j - 1]),
                            )
                        )

        # main_actor's tally of the speakers so far, carried on from one call
        # to the next: speakers is only appended to while the quotes are
        # read, and a name changes only in cut_short, which counts its edits
        # (a tally from the first speaker for each call grew with the square
        # of a text of many quotes; fuzz23)
        tally: dict[tuple[str, str], int] = {}
        tallied = [0, None, 2, 0]  # (speakers tallied, best, its count, edits)

        def main_actor(g: str | None, n: str | None) -> _Entity | None:
            """The speaker of the most quotes so far (two at least; the one
            quoted last among equals), if a verb of ``g`` and ``n`` agrees
            with it."""
            done, best, top, edits = tallied
            if edits != renamed[0]:
                tally.clear()
                done, best, top, edits = 0, None, 2, renamed[0]
            for e in islice(speakers, done, None):
                if e is None:
                    continue
                # (by its name: a post alone is a new mention each time)
                who = (e.kind, e.surface)
                c = tally[who] = tally.get(who, 0) + 1
                if c >= top:
                    top, best = c, e
            tallied[:] = len(speakers), best, top, edits
            if best is None or best.kind not in (PERSON, ORGANIZATION) or not agree(best, g, n):
                return None
            return best

        asked: tuple[int, _Entity, _Entity] | None = None  # (question's end, asker, asked)
        for q in quotes:
            register_mentions(q.open_tok)
            attribution = self.attribute(q, cue_hits, cue_subjects, entities, prev, agree)
            ask = asker_of(q) if has_asked else None
            if ask is not None and (asker := self.subject_of(ask)) is not None:
                # "وسأله القاضي: «…؟»": the one who asks speaks the question
                asker = canonical(asker)
                # the one asked: the suffix's referent, the last person of its
                # gender and number before the asker
                suffix = toks[ask.tok].rsplit("سال", 1)[1]
                ask_g, ask_n = (
                    (_F, _SG) if suffix == "ها" else (_M, _SG) if suffix == "ه" else (None, _PL)
                )
                one_asked = next(
                    (
                        e
                        for e in reversed(entities)
                        if e is not asker
                        and e.kind in (PERSON, ANONYMOUS)
                        and agree(e, ask_g, ask_n)
                    ),
                    None,
                )
                entities.append(asker)
                if one_asked is not None:
                    asked = (q.close_tok, asker, canonical(one_asked))
                attribution = _Attribution(
                    asker,
                    doc.orig(doc.starts[ask.tok], doc.ends[ask.tok]),
                    None,
                    0.8,
                    False,
                    ask.tok,
                    (ask.tok, q.open_tok),
                )
            elif (
                asked is not None
                and attribution.entity is not None
                and canonical(attribution.entity) is asked[1]
                and (c := attribution.cue_tok) is not None
                and asked[0] < c < q.open_tok
                and toks[c][0] == "ف"
                and (reply := _CUE_INFO[toks[c]]) is not None
                and (reply_cue := reply[0] or reply[2]) is not None
                and _lemma_key(reply_cue) in _REPLY_LEMMAS
            ):
                # "…؟»، فرد: «…»": the one asked answers
                attribution.entity = asked[2]
            if self.vox_intro is not None and self.vox_intro[1] < q.open_tok:
                self.vox_intro = None  # (a quote since: the person is no longer new)
            if (
                attribution.entity is None
                and attribution.follow_up
                and (c := attribution.cue_tok) is not None
                and (h := cue_hits.get(c)) is not None
                and h.cue.kind in (lx.VERB, lx.PARTICIPLE)
                and _lemma_key(h.cue) in _GO_ON
                and (actor := main_actor(*(h.pronoun or (h.cue.gender, h.cue.number)))) is not None
            ):
                # "أدان وزير الخارجية الهجوم. … وأضاف: «…»": a verb that goes
                # on (أضاف، تابع …) with no subject that no mention nearby
                # takes up goes on with whom the story quotes most, not with
                # no one
                attribution.entity = actor
                attribution.confidence = 0.4
            ent = attribution.entity
            if ent is not None:
                same = None
                if (
                    ent.kind == PERSON
                    and "title:" <= ent.key < "title;"
                    and (c := attribution.cue_tok) is not None
                    and (s0 := self.tok_at(ent.pos)) + 1 < self.n
                    and toks[s0 + 1] in _SAME
                    and (h := cue_hits.get(c)) is not None
                    and h.cue.kind == lx.PARTICIPLE
                ):
                    # "واستحضر القيادي ذاته موقف …، مشيرا بالقول: «…»": the
                    # participle's clause subject "the same" title is who
                    # "the same" names, as a verb's subject is
                    same = same_head(_CueHit(c, s0, h.cue, np_end=s0 + 2), ent)
                ent = (
                    same
                    if same is not None
                    # (canonical's first tests, inline: see register_mentions)
                    else canonical(ent)
                    if ent.role and "title:" <= ent.key < "title;"
                    else resolve(ent)
                )
                if ent.kind == DOCUMENT and normalize_first(ent.surface) in _STATEMENTS:
                    # "وجاء في البيان:" after "وفي بيان …، طالبت التنسيقية …":
                    # the statement's issuer speaks
                    issuer = self.statement_issuer(q, cue_subjects)
                    if issuer is not None:
                        ent = attribution.entity = canonical(issuer)
                # a bare generic title ("المسؤول", "الدبلوماسية") after a quote
                # with a known speaker may describe someone already met
                generic_after_speaker = (
                    ent.kind == PERSON
                    and "title:" <= ent.key < "title;"
                    and ent.key[6:] in _GENERIC_TITLES
                    and prev is not None
                    and (other := prev[0]) is not None
                    and (
                        len((ent.role or "").split()) <= 2
                        # "وقال القيادي في الحركة" after "عضو المكتب السياسي
                        # لحركة «X» Y": the description set in the body the
                        # last speaker's post names is his, as "القيادي
                        # بالحركة" is (not in another body)
                        or _in_body_of(ent.role, other.role)
                    )
                )
                if (
                    generic_after_speaker
                    and prev[0].kind == PERSON
                    and not prev[0].key.startswith("title:")
                    and prev[3] >= self.sent[q.open_tok] - 2
                    and prev[0].gender == ent.gender
                    # ("وأضاف المسؤول الأردني" after "السفير الأمريكي X": a
                    # nationality the last speaker's post does not hold)
                    and not _other_nationality(ent.role, prev[0].role)
                    # ("قال رئيس الوزراء X «…». وقال الوزير «…»": the post
                    # "the minister" describes no speaker who holds another)
                    and (
                        ent.key[6:] not in _MINISTER_ALONE
                        or not prev[0].role
                        or any(w in _NORMALIZED[prev[0].role] for w in _MINISTERIAL_POSTS)
                    )
                    # (nor one of another state: "وقال الوزير الألماني" after
                    # "وزير الخارجية الفرنسي X"; kw34)
                    and not (
                        ent.role
                        and prev[0].role
                        and _words_module._other_state_nisba(ent.role, prev[0].role)
                    )
                ):
                    # "وأضاف المسؤول الحكومي": a description of the last speaker
                    ent = prev[0]
                    if (
                        ent.role is None
                        and attribution.entity.role
                        and attribution.entity.key not in _SOURCE_TITLE_KEYS
                        and attribution.entity.key not in _THE_SPEAKER_KEYS
                        and told_role(ent) is None
                    ):
                        # "وقال السيد X إن «…». وأكد الوزير أن «…»": a person
                        # the text names with no post anywhere, then calls by
                        # a bare title, holds it (his role in all his words,
                        # as goes_on_untold gives it after a verb that goes
                        # on; not "المسؤول", "المتحدث": a source's; dev29r)
                        ent.role = attribution.entity.role
                elif (
                    ent.key in _PRESIDENT_KEYS
                    and ent.kind == PERSON
                    and _NORMALIZED[ent.role or ""] == ent.key[6:]
                    and (other := _recent_person(prev, ent, self.sent[q.open_tok] - 2)) is not None
                    and other.role is None
                    # (the mention starts on its honorific: "السيد X")
                    and toks[self.tok_at(other.pos)] in _PLAIN_HONORIFICS
                    and told_role(other) is None
                ):
                    # "أوضح السيد X أن «…». وأعرب الرئيس عن أمله في أن «…»": the
                    # bare president, whom no one in the text is named as,
                    # after a speaker named with a plain honorific and no post
                    # anywhere, is that speaker, who holds it (dev31s)
                    ent = other
                    ent.role = attribution.entity.role
                elif (
                    ent.key in _PRESIDENT_OF_STATE_KEYS
                    and ent.kind == PERSON
                    and len(sw := _NORMALIZED[ent.role or ""].split()) == 2
                    and sw[1] in _STATE_ITSELF
                    and (other := _recent_person(prev, ent, self.sent[q.open_tok] - 2)) is not None
                    and other.role is None
                    and told_role(other) is None
                    # (not "وفي المقابل، قال رئيس الجمهورية", "ورد رئيس
                    # الجمهورية على ذلك": another party; mend34b)
                    and not self.turned_to_another(self.tok_at(attribution.entity.pos), q.open_tok)
                    # (nor "وقال خالد سالم إن «…». وقال رئيس الجمهورية إن
                    # «…»": the post the subject of its own new verb of
                    # saying, after a person named in full (not by the family
                    # name alone) with no post, is another; mend34d)
                    and not (
                        len(other.surface.split()) > 1
                        and self.says_anew(self.tok_at(attribution.entity.pos), attribution.cue_tok)
                    )
                ):
                    # "قال X: «…». وأكد رئيس الجمهورية على …، قائلا: «…»": the
                    # head of state's post in construct with the state itself,
                    # no name, after a speaker of its gender named with no
                    # post anywhere, is that speaker, who holds it (as the
                    # bare president after "السيد X" is; dev34r)
                    ent = other
                    ent.role = attribution.entity.role
                elif (
                    ent.key in _LEADER_KEYS
                    and ent.kind == PERSON
                    and len(lw := _NORMALIZED[ent.role or ""].split()) == 2
                    and lw[1][:2] == "ال"
                    and lw[1] not in _OTHER_LEADERS
                    and (other := _recent_person(prev, ent, self.sent[q.open_tok] - 2)) is not None
                    and (orole := other.role or told_role(other)) is not None
                    and (ow := _NORMALIZED[orole].split())[0] in _PARTY_HEADS
                    and not _PARTY_WORDS.isdisjoint(ow)
                ):
                    # "قال X، الأمين العام لحزب Y، إن «…». وأضاف زعيم الحزب"
                    # ("زعيم البيجيدي", the party by the press's name for
                    # it): the leader is the party's head quoted last (dev31s)
                    ent = other
                elif generic_after_speaker and prev[0].kind == ANONYMOUS:
                    # "تنقل كلارك عن مسؤولة …، قولها: «…». وتعلق الدبلوماسية
                    # الأمريكية": not the anonymous source, the named person
                    # who relayed her, of the description's gender
                    sid = self.sent[q.open_tok]
                    for t_, _e, h in reversed(cue_subjects):
                        if self.sent[t_] < sid - 2:
                            break
                        r = h.relayer
                        if r is not None and r.kind == PERSON and r.key and r.gender == ent.gender:
                            ent = canonical(r)
                            break
                if (
                    ent.kind == PERSON
                    and ent.gender == _M
                    and attribution.cue_tok is not None
                    and (h := cue_hits.get(attribution.cue_tok)) is not None
                    and h.cue.gender == _F
                    and h.cue.number == _SG
                    and h.cue.kind != lx.RELAY
                    and h.relayer is None  # ("نقلت السفيرة عن الوزير": hers)
                    # (nor "وقالت البرقية" read as its author's words: the
                    # verb agrees with the cable)
                    and ent is not self.doc_author
                    # (nor "كشفت وثيقة مرسلة من النائب X": the verb agrees
                    # with the document its phrase opens with, not with
                    # the sender named in it)
                    and not (
                        h.np_start < self.n
                        and (
                            (np_head := toks[h.np_start]) in lx.DOCUMENT_HEADS
                            or _base(np_head) in lx.DOCUMENT_HEADS
                        )
                    )
                    # (not "، متابعة «…»", "مطالبة": the feminine participle of
                    # a verb فاعل is spelt as its verbal noun مفاعلة, "going
                    # on", which says nothing of the speaker's sex)
                    and not (
                        h.cue.kind == lx.PARTICIPLE
                        and len(h.cue.lemma) == 4
                        and h.cue.lemma[1] == "ا"
                    )
                    # (nor "مضيفا أن الحكومة تؤكد على «…»": the verb agrees
                    # with the noun after أنّ, its own subject, not with the
                    # one the words are given to; dev17s)
                    and not self.that_subject_before_cue(h.tok)
                ):
                    ent.gender = _F  # "انتقدت النائب ديمة طهبوب … وتابعت": a woman
                attribution.entity = ent
            if not self.is_quotation(q, attribution):
                # a label in marks ("تنظيم "القاعدة""): its words are ordinary
                # text again, and it does not cut the next quote's context
                for k in range(q.open_tok, min(q.close_tok + 1, self.n)):
                    self.in_quote[k] = 0
                register_mentions(q.close_tok + 1)
                continue
            if (
                self.first_said == self.n
                and attribution.cue != ":"
                and not (
                    # (run into the lead, as scrapers deliver it, the headline's
                    # "…: «…»" is in the first sentence with no cue found)
                    attribution.cue is None
                    and self.sent[q.open_tok] == 0
                    and toks[q.open_tok - 1] == ":"
                )
            ):
                # (a headline "وزير التربية: «…»" comes before the lead it sums up)
                self.first_said = self.sent[q.open_tok]
                said_cue = attribution.cue_tok
                self.first_said_tok = q.open_tok if said_cue is None else min(said_cue, q.open_tok)
            date, precision = self.date_for(q, attribution, prev, ent)
            role = ent.role if ent is not None else None
            if second_posts and attribution.cue_tok in second_posts and ent is not None:
                role = second_posts[attribution.cue_tok]
                second_post_said.add(len(results))
            if ent is not None and ent.kind == GROUP and role is None:
                role = _group_role(ent, anon_plurals)
            cable = self.cable_for(q, attribution, prev, ent) if self.cables else None
            a, b = q.start, q.end
            if doc.folded[a] in _QUOTE_MARK_SET or doc.folded[b - 1] in _QUOTE_MARK_SET:
                # (a mark at the edge that opens or closes nothing in the span)
                a, b = self.without_stray_marks(a, b)
            if doc.offsets is not None:  # (omap's and oend's test, inline)
                a, b = doc.omap(a), doc.oend(b)
            speakers.append(ent)
            said_to.append(q.close_tok)
            said_at.append(q.open_tok)
            via = attribution.via
            cue = attribution.cue
            if glued_cues and attribution.cue_tok in glued_cues:
                # (the verb alone, not the last word said it is glued to)
                g, said, _ = glued_cues[attribution.cue_tok]
                cue = doc.orig(doc.starts[g] + said, doc.ends[g])
            if (
                via is None
                and attribution.cue_tok is not None
                and attribution.cue_tok < q.open_tok
                and q.close_tok + 3 < self.n
                and toks[q.close_tok + 1] in _COMMAS
            ):
                # "وقال X إن «…»، نقلا عن وكالة Y": the relay named after the
                # words (how the article got them, not where they were said:
                # read after date_for, which it does not move); a comma
                # after the mark first, as via_after_quote asks (speed15c)
                via = self.via_after_quote(q.close_tok)
            confidence = attribution.confidence * (1.0 if q.marked else 0.9)
            rounded = _ROUNDED.get(confidence)
            if rounded is None:
                rounded = round(confidence, 2)
                if len(_ROUNDED) < 64:  # confidences come from a few constants
                    _ROUNDED[confidence] = rounded
            # positional arguments (in field order): a dataclass __init__
            # called with twelve keywords costs twice as much
            quote = _QuoteBuilder(
                doc.text[a:b],  # text
                a,  # start
                b,  # end
                ent.surface if ent is not None else None,  # speaker
                ent.kind if ent is not None else None,  # speaker_kind
                role,
                date,
                precision,  # date_precision
                cue,
                via,
                cable,  # cable_ref
                rounded,  # confidence
            )
            quote.__class__ = ExtractedQuote  # (see types.mutable_twin)
            results.append(quote)
            teller = ent
            if (
                (c := attribution.cue_tok) is not None
                and prev is not None
                # (relayed_by's first test, inline: a cue no more than eight
                # tokens before this one, most cues have none)
                and (k := bisect_left(hit_toks, c))
                and c - hit_toks[k - 1] <= 8
            ):
                teller = self.relayed_by(c, cue_subjects, prev[0]) or ent
            if teller is not ent and self.recalled_after_quote(
                attribution.cue_tok, self.sent[q.open_tok]
            ):
                # "رأى X أن «…»، مذكرا بأن الاتحاد حذر في بيان بتاريخ …
                # من أن «…»": X recalls a dated statement; his next words
                # ("وتابع X:") are not of its date
                prev = (teller, None, None, self.sent[q.open_tok], cable, ent)
            else:
                prev = (teller, date, precision, self.sent[q.open_tok], cable, ent)
            if date is not None:
                sid = self.sent[q.open_tok]
                if (
                    not (
                        ent is not None
                        and ent.kind == DOCUMENT
                        and (ctx := self.doc_ctx) is not None
                        and not ctx[3]
                        and self.doc_para is not None
                        and date == self.doc_para[0] != ctx[0]
                    )
                    and date != self.met_quote
                ):
                    # (but the document's own words, of its date, leave the
                    # account at the meeting it tells of: date_for; and the
                    # words of one its writer met, of the meeting's date,
                    # leave the account at the document's: met_in_document)
                    if self.doc_ctx is None or self.doc_ctx[0] != date:
                        self.doc_head = None  # (a date not the document's)
                    self.doc_ctx = (date, precision, sid, False)
                if ent is not None:
                    self.speaker_dates[id(ent)] = (date, precision, sid, ent)
                self.said_dates[sid] = (date, precision)
            elif (
                ent is not None
                and (c := attribution.cue_tok) is not None
                and (
                    (
                        # (pluperfect's first tests before the call: no قد
                        # or أنّ before the cue, no كان opening its sentence)
                        _may_be_pluperfect(toks, self.sent_first[self.sent[c]], c)
                        and self.pluperfect(self.sent_first[self.sent[c]], c)
                    )
                    # ("وفي تصريحات سابقة، أكد X أن …" then "وقال X: «…»";
                    # its first test inline: the cue opens its sentence)
                    or (
                        c == (cue_first := self.sent_first[self.sent[c]])
                        # (earlier_occasion's memo: False, no word of
                        # _EARLIER, fails after_earlier_occasion's test)
                        and self._has_earlier is not False
                        and self.after_earlier_occasion(attribution, ent, cue_first)
                    )
                )
            ):
                # "وكان X قد قال …: «…»" after his words of today: the
                # account went back in time; his next words ("وتابع",
                # "وأوضح X") with no day of their own carry no date, neither
                # today's of his words before nor the page's
                self.speaker_dates[id(ent)] = (None, None, self.sent[q.open_tok], ent)
            register_mentions(q.close_tok + 1)
        # "أثنى X Y مدرب منتخب …، على …" then "وقال Y: «…»": a person the
        # text introduced with a role outside speech (no cue's subject, no
        # title read before the name) has that role in each of his quotes
        # (read once per name: the search goes over every mention of it, and
        # a name quoted many times, none of its mentions giving a role, was
        # searched again for each quote)
        mention_roles: dict[str, str | None] = {}

        def first_role(ent: _Entity) -> str | None:
            got = mention_roles.get(ent.surface, mention_roles)
            if got is mention_roles:
                got = mention_roles[ent.surface] = self.first_mention_role(ent)
            return got

        for ent in speakers:
            if (
                ent is not None
                and ent.role is None
                # (_named_person, inline)
                and ent.kind == PERSON
                and ent.key
                and not "title:" <= ent.key < "title;"
            ):
                ent.role = first_role(ent)
            elif (
                ent is not None
                and ent.role
                and " " not in ent.role
                and (bare := _NORMALIZED[ent.role])[:2] == "ال"
                and bare in lx.TITLES
                and _named_person(ent)
                and (fuller := first_role(ent)) is not None
                and " " in fuller
            ):
                # a bare title in the quote, a fuller post at his first mention
                if (first := normalize_first(fuller)) in (bare, bare[2:]):
                    # (not "الرئيس", the head of state, nor "النائب": alone
                    # they name another office than "رئيس البرلمان", "نائب
                    # الرئيس"; but "رئيس الجمهورية" is the head of state, and
                    # "الرئيس التونسي", "النائب عن …" the office the bare
                    # title names)
                    if (
                        bare not in _OTHER_OFFICE_ALONE
                        or first == bare
                        or normalize(fuller).split()[1] in _STATE_ITSELF
                    ):
                        # "وتحدث المدرب X فقال" after "بحضور الأوروغوياني Y X
                        # مدرب منتخبنا": the bare title the quote names him
                        # with is the head of the post he was introduced
                        # with, which says more
                        ent.role = fuller
                elif first in lx.TITLES and not self.titled_after_person_verb(ent):
                    # "تفقد السفير X مساعد الأمين العام لـ… الموقع" then "قال
                    # X": a bare title before the name and a post after it at
                    # his first mention; both, as where the name is a cue's
                    # subject
                    ent.role = ent.role + "، " + fuller
        for ent in speakers:
            if (
                ent is not None
                and ent.role
                and "نظير" in ent.role
                and (post := self.counterpart_post(ent)) is not None
            ):
                ent.role = post
        if speakers:
            self.posts_told_after(speakers, said_to, persons)
            if any(
                e is not None
                and ("title:" <= e.key < "title;" or (e.kind == ANONYMOUS and _post_of_a_body(e)))
                for e in speakers
            ):
                # (the persons the story names after its last quote too, a
                # full name: a single word read there as a name may be a
                # noun, "أعلن رئيس النقابة مشاركة …")
                quoted = len(persons)
                register_mentions(self.n)
                persons[quoted:] = [p for p in persons[quoted:] if " " in p.surface]
                self._person_words = None  # (persons_with_word: some left the list)
                self.posts_named_later(speakers, persons, results)
        # a headline quoted "محمد بن راشد" before the full mention: the person's
        # final name and fullest role
        for k, ent in enumerate(speakers):
            if k in second_post_said:
                # (his name as it ends, the second post kept)
                if ent is not None and results[k].speaker != ent.surface:
                    results[k] = replace(results[k], speaker=ent.surface)
                continue
            if ent is not None and ent.kind == PERSON and results[k].role != ent.role and ent.role:
                results[k] = replace(results[k], speaker=ent.surface, role=ent.role)
        # the same words quoted again further on by the same speaker, dated
        # there (a lead "نقل الموقع عن X قوله «…»" then "… بتاريخ 8 مارس 2008
        # … وقال «…»"): one statement, of that date
        # (the dated quotes of each speaker, in order, read from the results
        # as they stand: one replaced below gains a date only after every
        # quote before it has looked for a later one)
        dated_by_speaker: dict[str, list[int]] = {}
        for j, quote in enumerate(results):
            if quote.date is not None and quote.speaker is not None:
                dated_by_speaker.setdefault(quote.speaker, []).append(j)
        for k, quote in enumerate(results):
            if quote.speaker is None or quote.date is not None:
                continue
            later_dated = dated_by_speaker.get(quote.speaker)
            if later_dated is None:
                continue
            words = None
            for j in later_dated[bisect_left(later_dated, k + 1) :]:
                if words is None:
                    words = normalize(quote.text).split()[:6]
                    if len(words) < 5:
                        break
                if normalize(results[j].text).split()[:6] == words:
                    later = results[j]
                    results[k] = replace(
                        results[k], date=later.date, date_precision=later.date_precision
                    )
                    break
        if len(results) > 1:
            self.dated_in_next_sentence(results, speakers, said_at)
            if results[0].speaker is None:
                _speaker_named_later(results, self.doc.text)
        if refined_docs:
            self.refine_document_dates(results, said_at, refined_docs, doc_dates_told)
        return results

    def refine_document_dates(
        self,
        results: list[ExtractedQuote],
        said_at: list[int],
        refined: list[tuple[str, str, str, int]],
        told: list[tuple[int, str]],
    ) -> None:
        """ "ونقلت البرقية التي تعود لعام 2007 عن X قوله «…»" then "وأرسلت
        البرقية التي تحمل تاريخ 13 يونيو 2007": the cable's words dated by
        its year have its day, from the sentence that told the year on,
        until another document's date is told after the finer one."""
        sent = self.sent
        for coarse, fine, precision, sid in refined:
            # the sentence the coarse date was told in (the last such
            # before the finer one) and the next other date a document got
            since = max((s for s, iso in told if s < sid and iso == coarse), default=-1)
            until = min((s for s, iso in told if s > sid and iso != fine), default=self.n)
            if since < 0:
                continue
            for k, quote in enumerate(results):
                if quote.date == coarse and since <= sent[said_at[k]] < until:
                    results[k] = replace(quote, date=fine, date_precision=precision)


def _recent_person(prev, ent: _Entity, since: int) -> _Entity | None:
    """The speaker quoted last (``prev``, resolve's last attribution), when
    a named person of ``ent``'s gender, no bare title, last quoted in the
    sentence ``since`` or after: whom a bare post right after him may name
    (dev31s's bare president and party leader, dev34r's head of state);
    None otherwise."""
    if prev is None:
        return None
    other = prev[0]
    if (
        other is None
        or other.kind != PERSON
        or not other.key
        or other.key.startswith("title:")
        or other.gender != ent.gender
        or prev[3] < since
    ):
        return None
    return other


def _ancestor_in_name(key: str, other: str) -> bool:
    """The name key ``other``, which ``key`` ends with, ends it right after
    a word of lineage ("X بنت Y بن Z" and "Y بن Z"). The caller (canonical's
    ``ancestor``, once per name) has tested that ``other`` has three words
    or more and opens on none of lineage (not two words, which may be a name
    misread from its middle: "سلطان بن | فهد الدوسري"), and that ``key``
    ends with it; a key equal to ``other`` has no word before it (cut < 0)."""
    cut = len(key) - len(other) - 1
    return cut > 0 and key[cut] == " " and key[:cut].rsplit(" ", 1)[-1] in _LINEAGE_KEYS


def _one_letter_apart(name: str, typo: str) -> bool:
    """``typo`` is ``name`` (folded, one first letter) with one letter
    written for another, or one letter more or less inside the word (not at
    its end: "الحسيني" is a nisba of another family than "الحسين")."""
    n, m = len(name), len(typo)
    if n == m:
        return sum(a != b for a, b in zip(name, typo, strict=True)) == 1
    long, short = (name, typo) if n > m else (typo, name)
    # (five letters without the article: "المري" and "المهري", "الكندي" and
    # "الكنعدي" are two families; the final read, read22)
    if len(short) - 2 * (short[:2] == "ال") < 5 or long[-1] != short[-1]:
        return False
    if any((w[2:] if w[:2] == "ال" else w) in _words_module._GIVEN_NAMES for w in (name, typo)):
        return False  # (two given names a letter apart: "الحسن", "الحسين")
    k = next((k for k in range(len(short)) if long[k] != short[k]), len(short))
    return 0 < k < len(short) and long[k + 1 :] == short[k:]


def _speaker_named_later(results: list[ExtractedQuote], text: str) -> None:
    """An excerpt that opens on words whose verb has no subject and nobody
    named before them (its lead cut: "وقال في تصريحات …: «…»") gives them
    to the person the next words are said by, named there, when both verbs
    are of one gender in the singular ("… وقال: «…». ودافع X عن …، وقال:
    «…»"), at the lowest confidence; no speaker rather than a guess
    otherwise (a later body, a group, a verb of the other gender, or one
    the text turns to as another party: "من جهته، قال X", "بدوره", "أما
    X فقال")."""
    k = 0
    while k < len(results) and results[k].speaker is None:
        k += 1
    if k == len(results) or k > 3:  # (k >= 1: called when results[0] has no speaker)
        return
    later = results[k]
    between = _WORD_RE.findall(normalize(text[results[k - 1].end : later.start]))
    if any(w in _TURN_NEXT or w in _TURN_WORDS for w in between):
        return
    told = _cue_of(normalize(later.cue)) if later.cue else None
    if (
        later.speaker_kind != PERSON
        or told is None
        or told.kind != lx.VERB
        or told.number != _SG
        or told.gender is None
    ):
        return
    for j in range(k):
        q = results[j]
        cue = _cue_of(normalize(q.cue)) if q.cue else None
        if (
            cue is not None
            and (cue.kind == lx.VERB or cue.kind == lx.PARTICIPLE)
            and cue.number == _SG
            and cue.gender == told.gender
        ):
            results[j] = replace(
                q,
                speaker=later.speaker,
                speaker_kind=PERSON,
                role=later.role,
                confidence=min(q.confidence, 0.3),
            )


# _speaker_named_later: the words of a turn to another party ("بدوره",
# "أما X فقال"), folded; "من جهته" and the like by _TURN_NEXT
_TURN_WORDS = _words_module._words("بدوره بدورها وبدوره وبدورها اما واما")
_TURN_NEXT = _words_module._TURN_NEXT
_WORD_RE = re.compile(r"\w+")


# counterpart_post: "his/her counterpart" in a role
_COUNTERPART_WORDS = _words_module._COUNTERPART_WORDS
# verbs whose object is a person, before a titled subject's name: the post
# right after the name is the object's ("استقبل المحافظ X Y قائد الشرطة").
# Not words.py's _PERSON_OBJECT_VERBS (read by phrases and speakers), which
# was written later for another rule and shares 54 of these 84 forms: this
# list adds the verbs of appointing, dismissing and summoning, that one the
# verbs of urging and telling; one list for both would move both rules
_OBJECT_POST_VERBS = _words_module._with_prefixes(
    _words_module._words(
        "التقي التقت استقبل استقبلت قابل قابلت هنا هنات كرم كرمت ودع ودعت "
        "استدعي استدعت عين عينت اقال اقالت شكر شكرت انتقد انتقدت هاجم هاجمت "
        "اتهم اتهمت كلف كلفت"
    )
)
# the spokesman's two words, each gender, folded: one post ("الناطق باسم
# الحكومة" is "المتحدث باسم الحكومة")
_SPOKESMEN = _words_module._SPOKESPEOPLE
_SPOKESMAN_WORDS = frozenset(w[2:] for w in _SPOKESMEN)
_BODY_HEAD_TITLES = _words_module._BODY_HEAD_TITLES
_SAME_BODY_WORDS = _words_module._SAME_BODY_WORDS
_BISM = "باسم"


def _same_body_named(said: frozenset[str], pwords: frozenset[str]) -> bool:
    """A post said and one told before name the same body by two of its
    names (_SAME_BODY_WORDS: government, parliament …; kw37b). A function
    of its own so that resolve's hot closure holds no cells (speed23)."""
    return any(not g.isdisjoint(said) and not g.isdisjoint(pwords) for g in _SAME_BODY_WORDS)


_BODY_COMMON_NOUNS = _words_module._BODY_COMMON_NOUNS


def _body_named_again(body: frozenset[str], pwords: frozenset[str]) -> bool:
    """A head's post said (its title off, ``body``) names again the body of
    one told before: by its common noun alone ("مدير الوكالة" after "مدير
    الأونروا X"; _BODY_COMMON_NOUNS) or by the name the earlier post gave in
    parentheses ("مدير الأونروا" after "مدير وكالة غوث … (الأونروا) X";
    mend36d)."""
    if body and body <= _BODY_COMMON_NOUNS:
        return True
    for w in pwords:
        if w[0] == "(" or w[-1] == ")":
            w = w.strip("()")
            if w in body or (w[:2] == "ال" and w[2:] in body):
                return True
    return False


# a spokesman's post without its body: his title, باسم, "official"
_SPOKESMAN_FRAME = _SPOKESMAN_WORDS | _words_module._SPOKESMAN_FRAME_WORDS
# honorifics that are first names too before ولد/بنت ("الشيخ ولد سيديا")
_FIRST_NAME_HONORIFICS = _words_module._words("الشيخ الشيخه")
# posted_to: where an envoy is posted, after his name
_IN_AT = _words_module._IN_AT
_TITLES_TO = _words_module._TITLES_TO
# "رئيس الجمهورية/الدولة/البلاد": the head of state, whom "الرئيس" alone names
_STATE_ITSELF = _words_module._STATE_ITSELF
# turned_to_another, lead_description (mend34b)
_TURN_ALONE = _words_module._TURN_ALONE
_REPLY_OPENING = _words_module._REPLY_OPENING
_HIS_REPLY = _words_module._HIS_REPLY
_REPLY_WORDS = _words_module._REPLY_WORDS
_ON_HIM = _words_module._ON_HIM
_IN_AND = _words_module._words("في وفي")
_STATE_HEADS = _words_module._words("المملكه الجمهوريه الدوله دوله سلطنه الامارات")


# canonical's and register_mentions' scans, functions rather than generators
# or comprehensions there, which made the variables they read cells,
# allocated on every call


def _bare_title_of(held: list[str], told: list[str]) -> bool:
    """Whether ``held``, a person's role of one word, is the bare title with
    the article ("الوزير") whose head opens the post ``told`` in construct
    ("وزير العدل"): the same post told with its genitive. Not "الرئيس",
    "النائب": alone they name another office (the head of state, a member
    of parliament)."""
    if len(held) != 1:
        return False
    bare = _NORMALIZED[held[0]]
    return (
        bare[:2] == "ال"
        and bare[2:] == _NORMALIZED[told[0]]
        and bare[2:] in lx.TITLES
        and bare not in _OTHER_OFFICE_ALONE
    )


def _with_fuller_role(p: _Entity, prole: str, role: str | None) -> _Entity:
    """``p``, the person a bare title refers back to, with ``role`` (the
    title as said) for his role ``prole`` when it is a fuller form of it:
    longer, and holding all its words; not the same words with only a
    preposition more ("العضو في المجلس" after "عضو المجلس X": the post said
    again, not told more fully)."""
    if role and (
        (
            len(role) > len(prole)
            and (held := _role_words(prole)) <= (said := _role_words(role))
            and not ((more := said - held) and more <= _COMPLEMENT_PREPOSITIONS)
        )
        or _names_the_body(prole, role)
    ):
        p.role = role
    return p


def _post_for_the_one_quoted(ent: _Entity, last: _Entity) -> list[str] | None:
    """The words of the post ``ent`` (a title, no name) when it may be
    ``last``, the named person quoted just before (goes_on_untold,
    goes_on_as_former): one person each, of one gender, the post no
    source's ("المسؤول") nor a man's by sex ("الرجل"); else None."""
    if (
        not _named_person(last)
        or last.number != _SG
        or last.gender != ent.gender
        or ent.number != _SG
        or not ent.role
    ):
        return None
    words = _NORMALIZED[ent.role].split()
    head = words[0]
    if head in _GENERIC_PERSONS or head in lx.ANONYMOUS_HEADS or head[2:] in lx.ANONYMOUS_HEADS:
        return None
    return words


def _post_of_a_body(e: _Entity) -> bool:
    """A singular post with no name in construct with a body whose name is
    definite ("رئيس مجلس السيادة", "رئيس هيئة الأركان"), which one person
    holds; not a source's head ("عضو مجلس النواب", "مسؤول"), nor an
    indefinite complement ("نائب عن كتلة")."""
    if e.number != _SG or not e.role:
        return False
    w = _NORMALIZED[e.role].split()
    return (
        len(w) >= 3
        and w[0] in lx.TITLES
        and w[0] not in lx.ANONYMOUS_HEADS
        and w[1][:2] != "ال"
        and w[1] not in lx.TITLES
        and w[2][:2] == "ال"
    )


def _short_post_of(said: frozenset[str], post: frozenset[str]) -> bool:
    """Every word of a post said short is a word of the post told in full,
    or one glued to لـ there ("اتحاد النقابات" in "الاتحاد العام لنقابات
    العمال": _post_words takes لـ off before the article only)."""
    return all(w in post or "ل" + w in post for w in said)


def _names_the_body(prole: str, role: str) -> bool:
    """``role`` is the post ``prole`` with the body its last word tells by a
    common noun ("المتحدث باسم الحركة", "رئيس الحزب") said by its name
    ("المتحدث باسم حماس", "رئيس حزب الأمل"): the same post, told better."""
    said, told = _NORMALIZED[prole].split(), _NORMALIZED[role].split()
    k = len(said)
    body = said[-1]
    if k < 2 or len(told) < k or told[: k - 1] != said[: k - 1]:
        return False
    named = told[k - 1]
    if body[:2] == "لل" and "ال" + body[2:] in lx.ORGANIZATION_HEADS:
        # "المتحدث العسكري للجبهة" and "… لجبهة X": the body glued to
        # لـ, its head and then its name
        return named == "ل" + body[2:] and len(told) > k
    if body[:2] != "ال" or body not in lx.ORGANIZATION_HEADS:
        return False
    if named == body[2:]:
        # "رئيس حزب الأمل": the head without the article, then its name
        return len(told) > k
    # "باسم حماس": the body's own name, with no article
    return len(told) == k and named[:2] != "ال" and named not in lx.TITLES


def _described_by(words, described) -> bool:
    """Every word of a role is in a description (or is, feminine), or is
    the nisba of a place the description names ("العراقي" for "في العراق",
    "الكردي" for "في إقليم كردستان", "الروسي" for "روسيا")."""
    return all(
        w in described or w + "ه" in described or _nisba_of_place(w, described) for w in words
    )


def _each_met_in(described, words) -> bool:
    """Every word of a description is among ``words``, as it is or
    feminine ("أمريكي" in "الأمريكية")."""
    return all(w in words or w + "ه" in words for w in described)


def _described_before_place(role: str) -> frozenset[str] | None:
    """The words of a definite description before where the one described
    serves ("المسؤول الكبير في وزارة الخارجية" -> مسؤول, كبير), without the
    article: the head and at least one adjective, then في, لدى or a body
    glued to بـ; else None."""
    said = _NORMALIZED[role].split()
    for i, w in enumerate(said):
        if _opens_place(w):
            return _role_words(" ".join(said[:i])) if i >= 2 else None
    return None


def _opens_place(w: str) -> bool:
    """A folded word that opens where a post is held: في, لدى, or a body
    glued to بـ with the article ("بالخارجية"); read by
    ``_described_before_place`` in the later description and by
    ``place_said_again`` after the first, so the two agree."""
    return w == "في" or w == "لدي" or (w[:3] == "بال" and len(w) > 5)


def _lam_body_words(role: str) -> frozenset[str]:
    """The words of a role as ``_role_words`` gives them, with those glued
    to لـ also without it and a body's name in parentheses without them
    ("رئيس الهيئة التنفيذية لـ (فتح)", "… لحركة فتح")."""
    words = {w.strip("()") for w in _role_words(role)}
    return frozenset(words | {w[1:] for w in words if w[:1] == "ل" and w[:2] != "لل"})


def _nisba_forms(nisbas: Iterable[str]) -> frozenset[str]:
    """The folded nationality nisbas among ``nisbas``, each in both genders
    ("الأردني", "الأردنية") and in its one spelling (_NISBA_TWINS: "الأميركي"
    is "الأمريكي")."""
    said = {_NISBA_TWINS.get(w, w) for w in nisbas if w in _NATIONALITIES}
    return frozenset(
        said | {w + "ه" for w in said if w[-1] == "ي"} | {w[:-1] for w in said if w[-2:] == "يه"}
    )


@lru_cache(maxsize=1024)
def _post_nationalities(post: str) -> tuple[str, ...]:
    """The folded nationality nisbas of the post ``post`` (one spelling of
    each), those that qualify its head: before the first preposition
    ("المبعوث الأمريكي للملف السوري", "مستشار الرئيس الأمريكي للشؤون
    العراقية": American, not Syrian nor Iraqi); all of them when none comes
    before it ("المتحدث الرسمي للحكومة العراقية": the body he speaks for)."""
    words = _NORMALIZED[post].split()
    for k, w in enumerate(words):
        if k and (w in _POST_FIELD_PREPOSITIONS or w[:2] == "لل"):
            head = [w for w in words[:k] if w in _NATIONALITIES]
            if head:
                words = head
            break
    return tuple(_NISBA_TWINS.get(w, w) for w in words if w in _NATIONALITIES)


def _foreign_nationality(nisbas: Iterable[str], post: str | None) -> bool:
    """The post ``post`` names a nationality (one that qualifies its head,
    _post_nationalities) none of the nisbas ``nisbas`` is."""
    if not post:
        return False
    mine = _nisba_forms(nisbas)
    return any(w not in mine for w in _post_nationalities(post))


def _holds_nationality(nisbas: list[str], post: str | None) -> bool:
    """The post ``post`` names one of the folded nationality nisbas
    ``nisbas`` (of either gender, either spelling), as a nisba that qualifies
    its head (_post_nationalities)."""
    if not post:
        return False
    mine = _nisba_forms(nisbas)
    return bool(mine) and any(w in mine for w in _post_nationalities(post))


def _other_nationality(role: str | None, post: str | None) -> bool:
    """A generic title with nationality nisbas ("المسؤول الأردني", "الدبلوماسية
    الأمريكية") names no holder of ``post`` when the post names a nationality
    none of them is ("السفير الأمريكي": not the Jordanian official; "المبعوث
    الأميركي للملف السوري" is the American one)."""
    if not role or not post:
        return False
    words = _NORMALIZED[role].split()[1:]
    return any(w in _NATIONALITIES for w in words) and _foreign_nationality(words, post)


def _in_body_of(role: str | None, post: str | None) -> bool:
    """``role`` is a generic title, في and a body of one to three words
    ("القيادي في الحركة", "القيادي في حزب الأمة"), each word of which the
    post ``post`` names ("عضو المكتب السياسي لحركة «X»")."""
    if not role or not post:
        return False
    # (a conjunction written apart, "العدالة و التنمية", counts no word)
    words = [w for w in _NORMALIZED[role].split() if w != "و"]
    if (
        len(words) > 3
        and words[1][:2] == "ال"
        and words[2][:1] in "فب"
        and words[1] not in _words_module._FORMER_DEFINITE
    ):
        # ("القيادي البارز في الحركة": an adjective of the title before it;
        # not "القيادي السابق", who held no post he holds now)
        del words[1]
    if 2 <= len(words) <= 4 and words[1][:1] == "ب" and len(words[1]) > 3:
        # ("القيادي بحركة النهضة": the body glued to بـ)
        words[1:2] = ["في", words[1][1:]]
    if not 3 <= len(words) <= 5 or words[1] != "في":
        # (a body of three words at most: "القيادي بحزب الأمانة والإصلاح",
        # dev20s)
        return False
    body = _role_words(" ".join(words[2:]))
    if not body:
        return False
    named = _role_words(post)
    # (the body glued to لـ in the post: "لحزب", "للحركة")
    return body <= named | {w[2:] if w[:2] == "لل" else w[1:] for w in named if w[:1] == "ل"}


def _nisba_of_place(w: str, described) -> bool:
    """``w`` (no article, folded) is a nisba (-ي/-يه) whose stem, as a word
    of ``described`` alone or with a country's ending (-ستان, -ا, -يا, -يه),
    is the place it is of; not when the description gives another origin
    (a nationality or a body's: "مسؤول أمريكي في العراق", "مسؤول أممي في
    سوريا", "مسؤول في السفارة الروسية لدى أوكرانيا": the place is where he
    serves, and "المسؤول العراقي" another man)."""
    stem = w[:-2] if w[-2:] == "يه" else w[:-1] if w[-1:] == "ي" else ""
    if len(stem) < 3:
        return False
    if any(
        d not in (w, w + "ه", stem + "ي", stem + "يه")
        and ("ال" + d in _NATIONALITIES or d in _OTHER_ORIGINS)
        for d in described
    ):
        return False
    return not described.isdisjoint((stem, stem + "ستان", stem + "ا", stem + "يا", stem + "يه"))


# origins no country's nisba tells: a body's or a region's, and the foreign
# bodies that serve in a country ("مكتب الأمم المتحدة في اليمن", "السفارة
# في بغداد") (folded, no article)
_OTHER_ORIGINS = _words_module._words(
    "اممي امميه اوروبي اوروبيه غربي غربيه اجنبي اجنبيه دولي دوليه اطلسي اطلسيه "
    "امم سفاره قنصليه بعثه منظمه"
)


def _one_named_before(
    ent: _Entity, persons: list[_Entity], test: Callable[[_Entity], bool]
) -> _Entity | None:
    """The one named person of ``ent``'s gender met before ``ent`` that
    ``test`` holds of (its last mention), or None when there is none or
    there are two or more (one_of_defence, one_official)."""
    found = None
    for p in persons:
        if p.pos >= ent.pos or p.gender != ent.gender or not _named_person(p) or not test(p):
            continue
        if found is not None and found.key != p.key:
            return None
        found = p
    return found


# canonical's two passes compare a name met again with every person met
# before, and act only on one whose words hold all the name's
# (_match_words of its key) or lie all among them (_match_all): a key's
# words are both, in the loose pass the words of the loose key of the
# person's surface.  The persons that can be neither are passed over at C
# speed (fuzz18: a Python step for each person met, each time a person was
# named, grew with the square of the persons of a long text).
_STRICT_WORDS = _WordTable(_key_words)
_LOOSE_ALL = _words_module._LOOSE_ALL
_LOOSE_MATCH = _words_module._LOOSE_MATCH
_KEY_OF = attrgetter("key")
_SURFACE_OF = attrgetter("surface")
_POS_OF = attrgetter("pos")
_ROLE_OF = attrgetter("role")
_SENTENCE_OF = attrgetter("sentence")
# a role folded ("" for none), for _roles_holding
_ROLE_FOLDED = _WordTable(lambda role: normalize(role) if role else "", limit=4096)


def _met_after(persons: list[_Entity], pos: int, last_sentence: int) -> list[_Entity]:
    """The persons, in order, met past ``pos`` up to the sentence
    ``last_sentence`` (positions and sentences compared in C: a walk over
    every person met for each post quoted with no name is quadratic in the
    Python run of a long text)."""
    after = map(lt, repeat(pos), map(_POS_OF, persons))
    within = map(le, map(_SENTENCE_OF, persons), repeat(last_sentence))
    return list(compress(persons, map(and_, after, within)))


def _roles_holding(persons: list[_Entity], part: str, roleless: bool = True) -> list[_Entity]:
    """The persons, in order, whose role folded holds ``part`` (a string
    test in C), and with ``roleless`` those with no role (whose role a walk
    asks told_role for): those of the persons met a walk over them for a
    title may take, when a role it takes must hold the title's letters. The
    walk tests the few left; a walk over every person met, for each bare
    title, is quadratic in the Python run of a long text."""
    roles = list(map(_ROLE_OF, persons))
    held = map(contains, map(_ROLE_FOLDED.__getitem__, roles), repeat(part))
    if roleless:
        held = map(or_, map(not_, roles), held)
    return list(compress(persons, held))


def _may_match(
    persons: list[_Entity],
    mwords: frozenset[str],
    mall: frozenset[str],
    loose: bool,
    holding_or_within: Callable[[frozenset[str], frozenset[str], bool], list[int] | None],
) -> Iterable[_Entity]:
    """The persons, in order, whose words (a key's; ``loose``: those the
    loose key of their surface offers, _match_all, and matches with,
    _match_words) hold all of ``mwords`` or lie all in ``mall``: those
    canonical's passes may take: all of them when ``mwords`` is empty, or
    when fewer than 24 persons were met (a walk of a few is cheaper). Past
    that, only the persons filed under those words are tested
    (``holding_or_within``, the extractor's persons_holding_or_within)."""
    if not mwords or len(persons) < 24:
        return persons
    if (at := holding_or_within(mwords, mall, loose)) is not None:
        persons = [persons[i] for i in at]
    if loose:
        surfaces = map(_SURFACE_OF, persons)
        held = map(mwords.issubset, map(_LOOSE_ALL.__getitem__, surfaces))
        surfaces = map(_SURFACE_OF, persons)
        within = map(mall.issuperset, map(_LOOSE_MATCH.__getitem__, surfaces))
    else:
        held = map(mwords.issubset, map(_STRICT_WORDS.__getitem__, map(_KEY_OF, persons)))
        within = map(mall.issuperset, map(_STRICT_WORDS.__getitem__, map(_KEY_OF, persons)))
    return compress(persons, map(or_, held, within))


def _first_ending(persons: list[_Entity], tail: str) -> _Entity | None:
    # (the keys tested in C: a generator's line for each person met, for
    # each name asked, is quadratic in the Python run of a long text)
    return next(compress(persons, map(str.endswith, map(_KEY_OF, persons), repeat(tail))), None)


# (resolve's scans of the persons met are module functions, not
# comprehensions in its body: what a comprehension reads of the enclosing
# function becomes a cell, allocated on each of its calls, ~35 an article,
# whether the comprehension runs or not)
def _named_holding(persons: list[_Entity], rest: str) -> list[_Entity]:
    """The persons named (no bare title) whose key holds ``rest``, words
    between spaces."""
    return [
        p for p in persons if p.key and not p.key.startswith("title:") and rest in " " + p.key + " "
    ]


def _named_ending(persons: list[_Entity], tail: str, spaces: int) -> list[_Entity]:
    """The persons named (no bare title), their key of ``spaces`` spaces or
    more, whose key ends with ``tail`` (a space and words)."""
    return [
        p
        for p in persons
        if p.key
        and not p.key.startswith("title:")
        and p.key.count(" ") >= spaces
        and (" " + p.key).endswith(tail)
    ]


def _named_since(persons: list[_Entity], sentence: int) -> bool:
    """A person named (no bare title) in ``sentence`` or after it."""
    return any(p.sentence >= sentence and not p.key.startswith("title:") for p in persons)


def _dated_back_at(ex: _Extractor, h: int) -> DateMention | None:
    """The date that "تعود إلى" at token ``h`` dates ("تعود إلى عام 2009",
    "يعود إلى 3 مارس 2008"), right after it; also after "its date" and
    with لـ glued to the date ("يعود تاريخها ليوليو عام 2009", "تعود
    لعام 2009")."""
    toks = ex.doc.toks
    if h + 2 >= ex.n or toks[h] not in _DATES_BACK:
        return None
    k = h + 2 if toks[h + 1] in _ITS_DATE else h + 1
    if k + 1 >= ex.n:
        return None
    if toks[k] != "الي":
        # (the date glued to لـ: its first token, "لعام", "ليوليو", "ل5")
        if toks[k][:1] != "ل":
            return None
        k -= 1
    for d in ex.dates_between(k + 1, k + 3):
        if ex.tok_at(d.start) <= k + 2 and d.iso is not None and not d.relative:
            if toks[k] != "الي" and ex.tok_at(d.start) != k + 1:
                return None
            return d
    return None


def _dated_back_after(ex: _Extractor, i: int, end: int, sid: int) -> list:
    """The document at token ``i``, with no date right after it, dated further
    on in its sentence by "تعود إلى" ("مجموعة برقيات … صادرة من بغداد وكان
    قد أبرقها السفير X تعود إلى عام 2009"): its date, before any mark, other
    document, أنّ, relative pronoun (of another noun: "عن الاتفاقية التي
    تعود إلى عام 1990") or verb of saying after it."""
    toks = ex.doc.toks
    stop = i + _DATED_BACK_REACH if i + _DATED_BACK_REACH < ex.n else ex.n
    if _DATES_BACK.isdisjoint(toks[i + 1 : stop]):
        # (one C-level set test first: the scan below finds a date only at
        # a "تعود" word in reach, and most documents have none after them)
        return []
    in_quote = ex.in_quote
    for h in range(i + 1, stop):
        t = toks[h]
        if (
            ex.sent[h] != sid
            or (in_quote[h] and not _short_name_in_marks(ex, h))
            or t in _THAT
            or t in _RELATIVES
            or _base(t) in lx.DOCUMENT_HEADS
            or (t in _CUE_WORDS and _cue_of(t) is not None)
        ):
            return []
        if t in _DATES_BACK and (d := _dated_back_at(ex, h)) is not None:
            return [d]
    return []


def _short_name_in_marks(ex: _Extractor, h: int) -> bool:
    """Token ``h`` (in marks, or a mark) is in a name of one to three words
    in marks right after a word ("نشرها موقع «ويكيليكس»، … وتعود إلى",
    "صحيفة «ذا غارديان»"): the publisher's name, not words quoted (rev37)."""
    in_quote = ex.in_quote
    toks = ex.doc.toks
    a = h
    while a > 0 and in_quote[a - 1] and h - a < 4:
        a -= 1
    b = h + 1
    while b < ex.n and in_quote[b] and b - a < 6:
        b += 1
    return (
        3 <= b - a <= 5
        and a > 0
        and toks[a] in _QUOTE_MARK_SET
        and toks[b - 1] in _QUOTE_MARK_SET
        and ex.is_word[a - 1]
        and not in_quote[a - 1]
        and toks[a - 1] not in _CUE_WORDS
    )


def _dated_when_sent(ex: _Extractor, i: int, end: int, sid: int) -> list:
    """The document at token ``i``, with no date in the words right after
    it, dated further on by the clause that tells who sent it ("برقية
    دبلوماسية سربها موقع ويكيليكس وأرسلتها السفارة الأمريكية في الجزائر إلى
    واشنطن في 14 أكتوبر 2008"): a verb of sending with the document as its
    object among those words, then the first date after في or بتاريخ within
    _SENT_REACH words of the verb, with no mark, punctuation, أنّ, relative
    pronoun, other document or verb of saying between them."""
    toks = ex.doc.toks
    if _SENT_IT.isdisjoint(toks[i + 1 : end]):
        # (one C-level set test first: most documents have no such verb)
        return []
    v = i + 1
    while toks[v] not in _SENT_IT:
        v += 1
    stop = v + _SENT_REACH if v + _SENT_REACH < ex.n else ex.n
    dates = ex.dates_between(end, stop)
    if not dates:
        return []
    d = dates[0]
    k = ex.tok_at(d.start)
    if toks[k - 1] not in _ON_DAY:
        return []
    for h in range(v + 1, k - 1):
        t = toks[h]
        if (
            ex.sent[h] != sid
            or ex.in_quote[h]
            or not ex.is_word[h]
            or t in _THAT
            or t in _RELATIVES
            or _base(t) in lx.DOCUMENT_HEADS
            or (t in _CUE_WORDS and _cue_of(t) is not None)
        ):
            return []
    return [d]


def _dates_in(ex: _Extractor, a: int, b: int, sid: int) -> list:
    """The dates of tokens [a, b) (dates_between) in sentence ``sid``."""
    # (a loop: a comprehension made ex and sid cells on every call)
    out = []
    for d in ex.dates_between(a, b):
        if ex.sent[ex.tok_at(d.start)] == sid:
            out.append(d)
    return out


def _dates_before(ex: _Extractor, dates: list, h: int) -> list:
    return [d for d in dates if ex.tok_at(d.start) < h]


def _dates_outside_relative(ex: _Extractor, dates: list, h: int) -> list:
    """Those of ``dates`` before token ``h`` or not in a relative clause after it."""
    return [d for d in dates if ex.tok_at(d.start) < h or not ex.in_relative(d, h)]


def _after_however(toks: list[str], i: int) -> bool:
    """An أنّ right after "however" (غير أن، إلا أن …) among the four words
    before the cue at ``i``."""
    return any(
        toks[m] in _THAT and toks[m - 1] in _BUT_THAT for m in range(i - 2, max(0, i - 6), -1)
    )


def extract(text: str, *, language: str = "ar") -> list[ExtractedQuote]:
    """Every direct quotation in ``text`` with its attribution.

    ``language`` is accepted for the API's sake; the rules are for Arabic.
    """
    if not text or (
        not _ANY_MARK.search(text)
        and "قائل" not in text
        and "قايل" not in text
        and not _COMMA_THEN_WE.search(text)
    ):
        # no quotation mark, no colon, no قائلا (find_saying_without_colon)
        # and no "we" after a comma (find_saying_after_comma): nothing to find
        return []
    if (
        "\r" in text
        # (the two-character tests scan the whole text at a few instructions
        # a character; a text with no line break, which a single memchr
        # finds, is spared them: ~0.7 % of a one-paragraph bench article)
        or ("\n" in text and (" \n" in text or "\t\n" in text))
        or text.endswith((" ", "\t"))
    ):
        return _with_plain_line_ends(text)
    plain = _unwrapped(text)
    if plain is text:
        return _Extractor(text).run()
    # (the words as the text wrote them, its line breaks kept)
    return [replace(q, text=text[q.start : q.end]) for q in _Extractor(plain).run()]


# _with_plain_line_ends: what a line's end reads without (the spaces and tabs
# before a line break or the text's end, the "\r" of "\r\n")
_LINE_END_EXTRAS = re.compile(r"[ \t]+(?=[\r\n]|\Z)|\r(?=\n)")


def _with_plain_line_ends(text: str) -> list[ExtractedQuote]:
    """extract() on a text whose lines end in "\r\n" (Windows files, a web
    form's text area) or "\r" alone, or in spaces or tabs before the line
    break (a pasted page, a form's padding): read as the same text with
    "\n" and no spaces at its lines' ends (the line rules read a line's end
    as its last character), the offsets mapped back to ``text``; a span
    never starts or ends on what was dropped (fuzz28, mend28f)."""
    kept: list[str] = []
    at: list[int] = []  # where in the plain text each drop happened
    shift: list[int] = []  # the characters dropped up to and with it
    last = dropped = 0
    for m in _LINE_END_EXTRAS.finditer(text):
        kept.append(text[last : m.start()])
        at.append(m.start() - dropped)
        dropped += m.end() - m.start()
        shift.append(dropped)
        last = m.end()
    kept.append(text[last:])
    plain = "".join(kept).replace("\r", "\n")

    def back(p: int) -> int:
        k = bisect_right(at, p)
        return p + shift[k - 1] if k else p

    out = []
    for q in extract(plain):
        a, b = back(q.start), back(q.end - 1) + 1
        out.append(replace(q, text=text[a:b], start=a, end=b))
    return out


_LINE_ENDS = frozenset(".!?؟:»”\"'")
# _unwrapped: the fewest characters of most lines of a wrapped column
_COLUMN_WIDTH = 20


# _opener_wrapped: an opening mark and the closing marks it pairs with
_WRAPPED_OPENERS = {'"': '"', "«": "»", "“": "”"}
_WRAPPED_AT = tuple(m + "\n" for m in _WRAPPED_OPENERS)
# _opener_wrapped: the most words between the wrapped opener and its closer
_WRAPPED_WORDS = 8


def _opener_wrapped(text: str) -> str:
    """``text`` with a line break right after an opening mark read as a
    space, the same length: 'كشف رئيس حزب "\nالأمل"، X، أن' (a line wrapped
    inside a name in marks) names X. The mark opens by its place (after a
    space, none of its line's marks left unpaired before it) and its
    closer is the next line's first mark, a few words into it (the line
    opens with a letter); a paragraph never ends on an opener, so the two
    lines are one."""
    out = None
    at = 0
    while True:
        at = min((k for m in _WRAPPED_AT if (k := text.find(m, at)) >= 0), default=-1)
        if at < 0:
            break
        mark = text[at]
        close = _WRAPPED_OPENERS[mark]
        line_start = text.rfind("\n", 0, at) + 1
        nxt_end = text.find("\n", at + 2)
        line, nxt = text[line_start:at], text[at + 2 : nxt_end if nxt_end >= 0 else len(text)]
        c = nxt.find(close)
        if (
            (not line or line[-1] == " ")
            and nxt[:1].isalpha()
            # (its closer the next line's first mark, after a few words: a
            # letter before it, none after it)
            and c > 0
            and nxt.count(" ", 0, c) < _WRAPPED_WORDS
            and nxt[c - 1].isalpha()
            and (c + 1 == len(nxt) or not nxt[c + 1].isalpha())
            and (
                line.count(mark) % 2 == 0
                if mark == close
                else line.count(mark) == line.count(close) and mark not in nxt[:c]
            )
        ):
            if out is None:
                out = list(text)
            out[at + 1] = " "
        at += 1
    return text if out is None else "".join(out)


def _figures_row(line: str) -> bool:
    """Whether ``line`` is a third digits or more (a row of a table of
    figures, a score, a stamp), no line of prose."""
    digits = sum(map(line.count, "0123456789٠١٢٣٤٥٦٧٨٩"))
    return digits * 3 >= len(line)


def _unwrapped(text: str) -> str:
    """``text`` with the line breaks of a hard-wrapped article (a column
    of short lines, most ending mid-sentence, with no blank line between
    them) read as spaces, the same length (offsets hold): "… أن رئيس
    الحكومة X أبلغ\nالسفيرة …" is one sentence. Left alone unless ten
    lines or more of at most 60 characters (no rows of figures) make most
    of the text and four in five of them end with no stop. A line that
    ends on an opening mark is joined to the next whatever the text
    (_opener_wrapped)."""
    if "\n" not in text:
        # (one line: nothing wrapped; one memchr instead of the scans below)
        return text
    if '"\n' in text or "«\n" in text or "“\n" in text:
        text = _opener_wrapped(text)
    if text.count("\n") < 10:
        return text
    lines = text.split("\n")
    # (a row of a table of figures, a third of it digits or more, is no
    # line of a column: "12 | 40% | 3100 مليون" ends with no stop too)
    short = [ln for ln in lines if 0 < len(ln.strip()) <= 60 and not _figures_row(ln)]
    if len(short) < 10 or sum(map(len, short)) * 2 < len(text):
        return text
    open_ended = sum(1 for ln in short if ln.rstrip()[-1] not in _LINE_ENDS)
    if open_ended * 5 < len(short) * 4:
        return text
    if sum(1 for ln in short if len(ln.strip()) >= _COLUMN_WIDTH) * 5 < len(short) * 4:
        # (a column's lines run near its width; a page's menu, stamp and
        # headings are short lines of a few words: "الرئيسية\nمحليات\n…
        # الأحد 12 مايو 2024 10:30\n…" is no wrapped article)
        return text
    out = []
    for k, ln in enumerate(lines):
        out.append(ln)
        if k + 1 < len(lines):
            # (a stop, a blank line or a short heading ends its line still)
            nxt = lines[k + 1]
            keep = not ln.strip() or not nxt.strip() or ln.rstrip()[-1] in _LINE_ENDS
            out.append("\n" if keep else " ")
    return "".join(out)
