"""What the extraction passes share: the token pattern, the word tables and
small word helpers, and the records passed between passes.

Word sets hold folded spellings (``normalize``'s letters); ``_WordTable``
caches a pure function of one word across documents (per-word lookups on
the hot paths); ``_key`` is the spelling-insensitive key of a name;
``_Entity``, ``_CueHit``, ``_Quote``, ``_Attribution`` and ``_Doc`` are the
records ``engine._Extractor`` and its mixins (``sentences``, ``phrases``,
``speakers``, ``dating``) build and read.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress, count, filterfalse
from operator import itemgetter

from claims.extraction import lexicon as lx
from claims.extraction.dates import OPENS_DATE_SHAPE, opens_date
from claims.extraction.dates import SAME_AFTER as _SAME_AFTER_WORDS
from claims.extraction.dates import SAME_BEFORE as _SAME_BEFORE_WORDS
from claims.extraction.dates import START_WORDS as START_DATE_WORDS
from claims.extraction.dates import TRIGGERS as _YEAR_TRIGGERS
from claims.extraction.dates import WEEKDAYS as _WEEKDAYS
from claims.extraction.dates import YEAR_NOUNS as _YEAR_NOUNS_WORDS
from claims.extraction.normalize import FORMAT_MARKS, normalize
from claims.extraction.quotes import _SENTENCE_STOPS, _THAT_GLUED, QUOTE_MARKS
from claims.extraction.types import (
    PERSON,
    ExtractedQuote,
    mutable_twin,
)

# Words (Arabic letters, digits, Latin incl. accented) or one other visible
# character.  Explicit ranges are faster than \w on Arabic text; the engine
# runs on folded text, where tashkeel and presentation forms are gone.
_TOKEN = re.compile(
    r"[\u0621-\u063a\u0641-\u064a\u0660-\u0669\u0671-\u06d3\u06f0-\u06f9"
    r"a-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+|\S"
)
# The same tokens for re.split (captured); the run is possessive (a maximal
# run never backtracks), which saves a little per token.
_TOKEN_SPLIT = re.compile("(" + _TOKEN.pattern.replace("]+|", "]++|", 1) + ")")


def _literal_search(word: str):
    """``search(text)`` is not None where ``word in text``.  For a literal
    of two characters or more scanned over a whole article, the regex
    engine's search (it looks for the literal's first character, then
    compares) ran 2 to 5 times faster than str's (2-5 µs over an article
    of 2,500 characters) on the bench and the test articles: str's search
    skips ahead by a test on the low six bits of a character, which most
    Arabic letters pass (and ي, U+064A, passes for the line break,
    U+000A).  For the tests of the whole text made once an article."""
    return re.compile(re.escape(word)).search


# "إمام" in the text as written (the engine's constructor, index_dates)
_IMAM_IN = _literal_search("إمام")
# "حافظ الأختام" (folded, before "الاختام"): the keeper of the seals, read
# as the title "حارس الأختام" (the engine's constructor), not the name Hafez
_SEALS_KEEPER = {"حافظ": "حارس", "حافظه": "حارسه"}
# (the keeper of the seals is a minister: after a minister's bare title it
# is the post, "الوزير حافظ الأختام X", not the minister Hafez; kw27)
_SEALS_KEEPER_TITLES = frozenset(("الوزير", "الوزيره", "وزير", "وزيره"))

# A word's first letters at the busiest tests are told by two comparisons,
# not a slice: t[:2] == "ال" is written "ال" <= t < "ام" (the words from
# the prefix up to, not with, the prefix whose last letter is moved on by
# one: "ل" <= t < "م" for t[:1] == "ل"). A slice of an Arabic word makes a
# string (one letter too: only Latin-1 ones are cached), ~600 instructions
# with its test; the comparisons make none, ~240 (test_phenomena_speed19.py
# checks every such bound in the engine).

_SENTENCE_END = _SENTENCE_STOPS  # (".!?؟…", one set with quotes')
_CLAUSE_PUNCT = frozenset("،,:؛;()[]-–—")
_COMMAS = frozenset("،,")
# what sets off a role after a name ("X Y؛ المدير الفني للنادي،")
_COMMAS_OR_SEMICOLON = frozenset("،,؛")
_COMMAS_OR_COLON = _COMMAS | {":"}
_THAT = frozenset(
    {"ان", "انه", "انها", "انهم", "انهما", "بان", "بانه", "بانها", "بانهم"}
    | {"فان", "فانه", "فانها", "فانهم", "وان", "وانه", "وانها", "لان"}
)
# أنّ with no pronoun on it: the noun right after it is its clause's subject
# ("إن عام 2026 سيكون عام الإصلاح": what the words are about, no time told;
# dev25d): the folded forms quotes.py already lists for a mark glued to أنّ
_BARE_THAT = _THAT_GLUED
# the prepositions of a fronted time ("في 2009", "خلال مارس 2010"), an
# adverbial wherever it stands, also right after a bare أنّ
_TIME_PREPOSITIONS = frozenset({"في", "خلال", "بتاريخ"})
# free_relative: what follows ما when it opens no "what (he did)" (a
# preposition or an adverb of place and time: "ما بين 2009 و2010", "ما بعد
# 2011"; a particle: "ما إذا", "ما لم"; "ما زال"), and what before it makes it
# a conjunction of time or degree ("بعد ما", "منذ ما", "كل ما"; dev25d)
_NOT_AFTER_WHAT = frozenset(
    {"بين", "بعد", "قبل", "فوق", "تحت", "دون", "عدا", "خلا", "وراء", "حول", "يلي", "اذا"}
    | {"لم", "لا", "لن", "ان", "زال", "يزال", "تزال", "دام", "برح", "انفك", "فتي", "يكون"}
    # "ما يسمى منتدى X", "ما يعرف بـ", "ما يشبه الاعتذار": "so-called", "a kind
    # of", a name or a likeness of the occasion, no deed of its own (mend25b)
    | {"يسمي", "تسمي", "يعرف", "تعرف", "يشبه", "تشبه", "يدعي", "تدعي"}
)
_WHAT_AS_CONJUNCTION = frozenset(
    {"بعد", "قبل", "منذ", "حين", "عند", "ريث", "طال", "قل", "كل", "مثل", "حسب", "بحسب"}
    | {"وفق", "طبق", "ربما", "قلما", "بعدما", "لطالما", "طالما", "كلما", "اذا", "ان"}
    # "أثناء ما كان يزور", "خلال ما تبقى": while, during (mend25b)
    | {"اثناء", "واثناء", "خلال", "وخلال", "بينما", "وعند"}
)
# the particles that make أنْ adverbial, no that-clause ("بعد أن التقى",
# "قبل أن يغادر", "دون أن يذكر"; folded)
_BEFORE_AN = frozenset(
    ["بعد", "قبل", "دون", "بدون", "منذ", "بدل", "حتي", "ريثما", "لحين", "وبعد", "وقبل", "ودون"]
)
# "وأنه قال": a pronoun subject glued to "أنّ", with the gender it gives
_THAT_PRONOUN = {"انه": "m", "وانه": "m", "بانه": "m", "انها": "f", "وانها": "f", "بانها": "f"}
# "أنّ" forms that a named subject may follow (no pronoun glued)
_NAMED_THAT = _THAT - frozenset(_THAT_PRONOUN)
# the verbal noun of appointing before the one appointed and the post
# ("بتعيين X Y مديرة عامة …"), folded
_APPOINTING = frozenset({"تعيين", "بتعيين", "وتعيين", "لتعيين"})
_CONJUNCTIONS = frozenset(
    {"فيما", "بينما", "حيث", "ثم", "لكن", "اذ", "وقد", "فقد", "قد", "لقد", "ولم", "لم", "و"}
    | {"ف", "كما", "وكما", "اما", "واما", "بل", "ولكن", "الا", "غير"}
)
_M, _F, _SG, _PL, _DU = lx.M, lx.F, lx.SG, lx.PL, lx.DU
_VERB_KINDS = frozenset((lx.VERB, lx.PARTICIPLE))


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# scan_np: plurals of bodies a leader calls on or urges, his verb's object
# after a title and its definite genitive ("ودعا رئيس الحزب السلطات إلى",
# "وناشد رئيس الاتحاد السلطات"; folded; dev36rd)
_CALLED_ON_BODIES = lx._fold_set(
    "السلطات الجهات الحكومات الهيئات المؤسسات القيادات الإدارات المنظمات الدول "
    "القوى الفصائل الأحزاب"
)
# phrase_entity: "in his (her, their) name" with its pronoun after a
# spokesman's definite title ("المتحدث باسمها سامي"): complete, the post's
# last word, the name after it (folded; mend36a)
_IN_ITS_NAME = _words("باسمه باسمها باسمهم باسمهما")
# scan_np: the ones a leader calls on that are never an adjective, which no
# definite genitive of an unnamed title has after it, of any kind (a broken
# plural "رئيس الوزراء", a feminine "رئيس الجمهورية"): the verb's object
# ("ودعا رئيس الوزراء المواطنين إلى", "ودعا رئيس الجمهورية الحكومة إلى"):
# the bodies above, a body's head with the article in the singular (not one
# shaped as a nisba, "الخارجية", "الاتحادية", nor "المعارضة", a participle:
# "وزير الشؤون الخارجية", "الحكومة الاتحادية", "الكتلة المعارضة"), and
# plurals of people that are no participle, nisba or adjective ("المواطنين",
# "السكان"; not "المحتجين", "الشباب", "الصحفيين", "الأعضاء"); folded (mend36a)
_CALLED_ON_ALWAYS = (
    _CALLED_ON_BODIES
    | frozenset(
        w for w in lx.ORGANIZATION_HEADS if w[:2] == "ال" and w[-2:] != "يه" and w[-1] != "ي"
    )
    | lx._fold_set(
        "المواطنين المواطنون الناس الجميع السكان الأهالي الحضور التجار العمال "
        "الطلاب الفلاحين المزارعين الأطباء المعلمين الجنود الضباط الأولياء "
        "التلاميذ الآباء النواب"
    )
) - lx._fold_set("المعارضة")
# speakers.urged_plural_object: the ones urged right after a verb of urging
# with no subject of its own that no ending marks as accusative ("وحث
# الأطراف على «…»", "ودعا الجميع إلى «…»"), broken plurals and "all": the
# object, the subject elided (folded; kw39)
_URGED_ALWAYS = lx._fold_set("الأطراف الفرقاء الجميع الناس")
# phrases.classify: a member or the head of a body's unit told with the
# body's pronoun ("عضو مكتبها السياسي X", "رئيس مجلسها X"): the member's
# titles and the units, suffixed (folded; dev36rd)
_UNIT_MEMBERS = lx._fold_set("عضو عضوة رئيس رئيسة")
_POSSESSED_UNITS = frozenset(
    u + s for u in lx._fold_set("مكتب مجلس لجنت هيئت قيادت أمانت") for s in ("ها", "ه")
)
# post_words_end: "in succession to", "instead of" after a post ("منصب وزير
# المالية خلفا لـX"), no word of it (folded; mend25b)
_IN_PLACE_OF = _words("خلفا بدلا عوضا")
# met_at_place: a noun of topic or cause glued to بـ ("بخصوص غرق مركب ببنزرت
# يوم …", "بسبب الحريق"): the place and the date after it are the topic's
# (mend25b)
_TOPIC_OR_CAUSE = _words("بخصوص وبخصوص بسبب وبسبب")
# dating: the victims of an event named after them ("ضحايا التفجير"), with
# و، لـ، بـ
_VICTIMS = _words("ضحايا الضحايا لضحايا وضحايا بضحايا وبضحايا")
# three to ten in letters, the forms that count men and things ("خمسة
# نواب", "ثلاثة أمور"): speakers.subject_of, sentences' list heads
_SPELLED_COUNTS = _words("ثلاثه اربعه خمسه سته سبعه ثمانيه تسعه عشره")
# dating.event_owns_date: participles of concern or charge, whose بـ/عن/في
# names the people's subject ("الصحفيين المهتمين بالانتخابات", "المسؤولين
# عن الانتخابات", "المكلفين بتنظيم …"), not an event they lived through
_CONCERNED = frozenset(
    a + w + e
    for w in _words("مهتم معني مكلف مسوول مختص مشرف متابع منشغل")
    for a in ("", "ال")
    for e in ("ين", "ون", "ات", "ه", "")
)


# "ما يسمى “وزير الدفاع” X" (folded): the words of naming before a post in
# marks, which no label noun's marks are ("كتاب "الأمير" X": a work's)
_SO_CALLED = _words("يسمي تسمي")
# "known (as)": forms of عرف that name a label only with بـ in the marks
# ("ما يعرف «بالربيع العربي»"); bare before marks they are the active verb
# "witnessed, went through" (Maghreb press), its object in the marks
# ("أن القطاع عرف «تراجعا …»", speakers.is_quotation; dev26d)
_KNOWN_VERBS = _words("عرف عرفت يعرف تعرف")
# events a date names as theirs ("أحداث 7 أيار 2008", "ثورة 14 جانفي"),
# folded, bare or glued to و, ب, ل: dating.names_event, and in marks with
# their date alone a name, no words said (speakers.is_quotation)
_PAST_EVENTS = frozenset(
    p + w
    for w in _words(
        "احداث الاحداث حرب الحرب ثوره الثوره هجوم الهجوم هجمات الهجمات تفجير التفجير "
        "تفجيرات التفجيرات اعتداء الاعتداء اعتداءات الاعتداءات اغتيال الاغتيال انقلاب "
        "الانقلاب مجزره المجزره مجازر المجازر زلزال الزلزال غزو الغزو اجتياح الاجتياح "
        "عدوان العدوان انتفاضه الانتفاضه انتخابات الانتخابات استفتاء الاستفتاء "
        "نكسه النكسه نكبه النكبه حادثه الحادثه"
    )
    for p in ("", "و", "ب", "ل", "وب", "ول")
)

# the noun of an anniversary, folded, bare or glued to و, ب, ل (ل with
# the article is "للذكري"): words in marks right after it may name the
# anniversary ("بمناسبة الذكرى «التاسعة لرحيل الشاعر»", speakers.
# is_quotation; dev30d); with ذكراه/ذكراها, a remembrance before a date,
# the date of the event remembered (dating._REMEMBRANCE; mend30c: one list)
_ANNIVERSARY = (
    frozenset(p + w for w in ("ذكري", "الذكري") for p in ("", "و", "ب", "وب"))
    | frozenset(p + "ذكري" for p in ("ل", "ول"))
    | frozenset(("للذكري", "وللذكري"))
)
# the first word of an anniversary's name in marks (folded): its ordinal,
# either gender ("«التاسعة لرحيل …»", "«الخمسين لتأسيس …»"), or "الـ" before
# its number ("«الـ 50 لتأسيس …»"); words said open otherwise (mend30c)
_ANNIVERSARY_OPENERS = (
    frozenset(
        "ال" + w + e
        for w in ("اول", "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع", "عاشر")
        for e in ("", "ه")
    )
    | _words("ال الاولي الحاديه الحادي الميه المايه الميويه اليوبيل")
    | frozenset(
        "ال" + w for w in ("عشرين", "ثلاثين", "اربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين")
    )
)


_FRONTING = frozenset(
    {"في", "خلال", "مطلع", "نهايه", "بدايه", "اواخر", "اوايل", "منتصف", "اواسط", "العام", "عام"}
    | {"يوم", "بتاريخ", "وفي", "وخلال", "ففي", "ومطلع", "ونهايه", "وبدايه", "واواخر"}
)
# a conjunction glued to a fronting word: the token re-opens a clause
# (_base strips و/ف only from words longer than three letters)
_CONJ_FRONTING = frozenset(p + w for w in _FRONTING for p in "وف" if len(w) >= 3) | frozenset(
    w for w in _FRONTING if len(w) == 3 and w[0] in "وف"
)
# tokens that open a fronted adverbial at a clause start ("ومنتصف", "وعام":
# with their conjunction)
_FRONTING_OR_CONJ = _FRONTING | _CONJ_FRONTING
# tokens after which a new clause starts (quote marks are single-character
# tokens, so set membership matches the substring test on QUOTE_MARKS)
_CLAUSE_BREAKS = _CLAUSE_PUNCT | frozenset(QUOTE_MARKS) | _THAT | _SENTENCE_END
# A sentence breaks at a newline, and at one of these followed by whitespace,
# a quote mark or the end of the text (r'\n|[.!?؟…](?=\s|$|["«»“”„‟＂‘’])').
_SENTENCE_END_CHARS = ".!?؟…"
_QUOTE_MARK_SET = frozenset(QUOTE_MARKS)
_DASHES = frozenset("-–—")
_PARENS = frozenset("()")
# (what extract() needs to find anything: a mark, a colon, a character of
# a mark written otherwise: "''", "quot;", "″", "ʺ", an ornamental mark
# "❝", "〝" (quotes.single_marks), or parentheses used as marks
# (find_in_parentheses))
_ANY_MARK = re.compile("[" + re.escape(QUOTE_MARKS) + ":'″ʺ;(❝〝]")
_HAS_ARABIC = re.compile("[\u0600-\u06ff]").search
_NISBA_ENDINGS = frozenset({"يون", "يين"})
_ADDRESSEE_HEADS = lx.OUTLET_HEADS | lx.TITLES | lx.ANONYMOUS_HEADS | lx.ORGANIZATION_HEADS
_RELAY_PARTICLE = {"نقل": "عن", "نسب": "الي"}
# the head of a body or a named thing, whose name follows it ("حزب",
# "صحيفة", "برنامج"), folded (phrases._body_head reads it too)
_NAMED_BY_LABEL = lx.OUTLET_HEADS | lx.ORGANIZATION_HEADS | lx.MASCULINE_ORGS | lx.LABEL_NOUNS
# a label noun without the article, the head of a name in marks ("«برنامج …»")
_LAM_LABELS = lx.LABEL_NOUNS - lx.OUTLET_HEADS  # (names_in_marks)
_BARE_LABEL = frozenset(w for w in _NAMED_BY_LABEL if not w.startswith("ال"))
# prepositions after which marks stand for a noun
# where a verb's adjunct (when, where, before whom) opens after its subject
_ADJUNCT_OPENERS = _words("خلال في امام اثناء عقب لدي")
# verbs whose object is a person, past, masculine or feminine, with و/ف
# or without: after one, a second definite post with a name after it, where
# the clause then ends, is the object ("وانتقد الوزير النائب X، وقال");
# engine.py's _OBJECT_POST_VERBS is the older list of another rule
_PERSON_OBJECT_STEMS = _words(
    "انتقد هاجم اتهم طالب شكر استقبل هنا حمل لام زار ودع كرم صافح ناشد حث حذر ابلغ اخبر وصف"
)
# "وسأله X: «…؟»": the verb of asking with the one asked as its suffix
# (engine's asker_of; attribute: alone before the colon, no label)
_ASKED_HIM = _words(
    " ".join(p + "سال" + s for p in ("", "و", "ف") for s in ("ه", "ها", "هم", "هما", "هن"))
)
# scan_np: verbs of addressing, no cue, whose object is the one addressed
# after the subject ("وقاطع رئيس البرلمان النواب قائلا", "وخاطب الرئيس
# النائب"), past, masculine or feminine, with و/ف or without (folded)
_ADDRESSING_VERBS = frozenset(
    p + v + f for v in ("قاطع", "خاطب") for p in ("", "و", "ف") for f in ("", "ت")
)
_PERSON_OBJECT_VERBS = frozenset(
    p + v + f for v in _PERSON_OBJECT_STEMS for p in ("", "و", "ف") for f in ("", "ت")
) | frozenset(p + v for v in ("دعا", "دعت", "التقي", "التقت") for p in ("", "و", "ف"))


def _with_prefixes(words, prefixes: str = "وف") -> frozenset[str]:
    words = frozenset(words)
    return words | frozenset(p + w for w in words for p in prefixes)


# the verbs of visiting (past, folded, with و/ف) whose object, an outlet or a
# body, may follow the subject's title ("وزار الوزير قناة X", phrases.classify;
# kw33b)
_VISITED_BY = _with_prefixes(_words("زار زارت تفقد تفقدت"))

# verbs of standing, going out or rising (past, folded, with و/ف) that take
# no object: a bare name right after one, then the participle of saying or
# a place's preposition, is its subject ("ووقف X مرددا: «…»", "وخرج X أمام
# المحكمة قائلا"; speakers.bare_clause_subject; kw35)
_POSTURE_VERBS = _with_prefixes(
    _words(
        "وقف وقفت خرج خرجت جلس جلست نهض نهضت صعد صعدت دخل دخلت عاد عادت "
        "مضي مضت انبري انبرت قام قامت"
    )
)
# and the prepositions of where after that name ("وقف X أمام المحكمة")
_POSTURE_PLACES = _words("امام وسط داخل خارج قرب عند بين في علي من الي")

# the verbs (past, folded, with و/ف) whose complement من introduces, the
# subject's name set off after its post's comma then ending before it ("حذر
# وزير الخارجية، X Y من تدهور الأوضاع"، "اشتكى عضو المجلس، X Y من …";
# phrases.scan_np; mend32b)
_VERBS_WITH_MIN = _with_prefixes(
    _words(
        "حذر حذرت اشتكي اشتكت شكا شكت سخر سخرت تخوف تخوفت تذمر تذمرت "
        "استغرب استغربت تعجب تعجبت نبه نبهت"
    )
)

# verbs of urging or calling on someone (the lexicon's lemmas, unfolded),
# whose object, the one urged, may follow the verb with the subject elided
# ("ودعا المواطنين إلى «…»") or after it ("وحث عمر الصيادين على …"), and
# their forms as written before their subject, past and present, either
# gender
_URGE_VERB_FORMS = {
    "دعا": "دعا دعت يدعو تدعو",
    "حث": "حث حثت يحث تحث",
    "ناشد": "ناشد ناشدت يناشد تناشد",
    "طالب": "طالب طالبت يطالب تطالب",
    "أهاب": "أهاب أهابت يهيب تهيب",
}
_URGE_LEMMAS = frozenset(_URGE_VERB_FORMS)
# the words of years in a person's age ("X، 60 عاما،", "(45 ربيعا)",
# "الأكبر سنا"), folded
_YEARS_OF_AGE = _words("عاما عام سنه سنوات سنا ربيعا")


def _urged_sound_plural(w: str) -> bool:
    """``w`` (folded) is a definite sound plural in the accusative, ين
    ("الصيادين", "العاملين"; not ون, the subject's: "ودعا المتظاهرون
    المعتصمون إلى"), of a stem of four letters or more (not a family name,
    "الحسين", nor a compound name's second half, "العابدين"): after a verb
    of urging and a name, the one urged."""
    # (not a participle's in م, which some family names have: "المبيضين";
    # only those _PEOPLE_PLURALS lists)
    return (
        len(w) >= 8
        and w[-2:] == "ين"
        and w[:2] == "ال"
        and w[2] != "م"
        and w not in _COMPOUND_SECOND
    )


# (folded, with و/ف; "وحث", "ويناشد"): scan_np reads the phrase after one
# outside speech as it reads it after the cue
_CALL_ON_FORMS = _with_prefixes(_words(" ".join(_URGE_VERB_FORMS.values())))


# "ويشغل X منصب …", "يتولى X مهام …": the nouns of the post held (folded;
# engine.post_held, classify's name loop)
_POST_NOUNS = _words("منصب خطه مهام وظيفه")
# "ويشغل X منصب رئيس …", "وتقلد X منصب …": the verbs of holding or taking
# up a post, folded, with و or ف or neither (classify reads the noun of the
# post held after their subject's name)
# the verbs of holding a post now (not "شغل"، "تولى": a post he held, maybe
# no more; engine.post_held reads them with و too), of occupying one (also
# Maghrebi "يشغل خطة", "تشغل وظيفة"; phrases._OCCUPIES), and of holding one
# then or now ("X، الذي يشغل منصب …،": phrases._HOLDS)
_HOLDS_NOW = _words("يشغل تشغل يتولي تتولي")
# engine.post_left_after: what after a post told with "يشغل منصب" says the
# person left it or moved on (folded): he resigned, was dismissed or retired
# ("… منصب وزير المالية، واستقال عام 2020"), or ثم and a later event ("ثم عين
# وزيرا للصناعة"); قبل أن / قبل or حتى and a verbal noun with his pronoun
# ("قبل أن يستقيل", "حتى إقالته") are read there too
_POST_LEFT = _words(
    "استقال واستقال استقالت واستقالت يستقيل تستقيل اقيل واقيل اقيلت واقيلت "
    "اعفي واعفي اعفيت واعفيت تقاعد وتقاعد تقاعدت وتقاعدت ثم"
)
_UNTIL_OR_BEFORE = _words("قبل حتي")
_OCCUPIES = _words("يشغل تشغل شغل شغلت")
_HOLDS = _HOLDS_NOW | _OCCUPIES | _words("تولي تولت")
_HOLDS_OR_TAKES_POST = _with_prefixes(
    _HOLDS | _words("يتقلد تتقلد تقلد تقلدت يتسلم تتسلم تسلم تسلمت")
)
# what may follow a name set off after a title's comma when no second
# comma closes it ("علق رئيس النادي، X Y على …")
_NAME_END_PREPOSITIONS = _words("علي عن من في الي خلال امام اثناء عقب لدي بعد قبل")
_NAME_PREPOSITIONS = frozenset({"من", "في", "عن", "علي", "الي", "مع", "ضمن", "حول"})
# prepositions between a title and the body it belongs to ("مسؤول في «…»")
_BODY_OF_TITLE = _words("في من عن")
# "الوثائق التي كشفت عنها اللجنة", "الخطة التي أعلن عنها الوزير": the verbs
# of revealing whose "عنه"/"عنها" after a relative is the antecedent, what
# was revealed (phrases.cue_at: no cue there; the pronouns are _ABOUT_IT)
_REVEALED_LEMMAS = frozenset(("كشف", "أعلن", "أفصح"))
# the states, governments and peoples a leader calls on, blames or thanks,
# in construct ("ودعا الرئيس دول العالم إلى …", "وحمّل الوزير حكومات
# المنطقة مسؤولية …"), folded: no word of a name (phrases._GREETED_PEOPLE)
_CALLED_ON_STATES = _words("دول حكومات شعوب")
# a work named in marks ("المسلسل «لا تطفئ الشمس»", "الرواية «لن أعيش
# …»"): its title may open with a negation and is no clause said (speakers'
# is_quotation, rev26)
_WORK_NOUNS = _words("الفيلم المسلسل الروايه الاغنيه القصيده الكتاب المسرحيه الالبوم الديوان")
# the same without the article, bare or with a pronoun glued ("روايته",
# "فيلمها", "كتابه"), folded: in a headline, "X: روايته الجديدة «…»" names a
# work, no words of X said (speakers.headline_label_colon, mend29a)
_WORK_NOUNS_ANY = _WORK_NOUNS | frozenset(
    form
    for w in _WORK_NOUNS
    for stem in (w[2:],)
    for form in (
        [stem]
        + [
            (stem[:-1] + "ت" if stem[-1] == "ه" else stem) + p
            for p in ("ه", "ها", "هم", "هما", "هن")
        ]
    )
)
# and a campaign's or a slogan's, whose words in marks ("أطلقت الحملة «لا
# للعنف»", "رفعت الشعار «لن نسير وحدنا»") are no clause said either
# (speakers' is_quotation, mend23c)
_TITLED_NOUNS = _WORK_NOUNS | _words("الحمله المبادره الشعار الوسم")
# the prepositions a complement goes on with, folded: a post's ("عضو هيئة
# الدفاع عن الموقوفين في قضية …"), a verb's right after the name that is
# its subject ("ودافع X عن …، وقال", speakers.main_clause_subject)
_COMPLEMENT_PREPOSITIONS = _words("في عن علي من الي")
# of those, the ones a verb's own complement takes ("يشير إلى", "يرد على",
# "يتحدث عن"), not في/من of an adjunct ("وكلف X بمهمة في": X its object)
_VERB_PREPOSITIONS = _words("الي علي عن")
# "أمام", "مع": what a verb phrase goes on with after its object, as those
# ("أن المحافظ فتح الباب أمام …", phrases.verb_phrase_goes_on)
_BEFORE_OR_WITH = _words("امام مع")
# a negation before a verb of "we" opening words said after a comma ("وأضاف
# X، لن نتراجع", sentences.find_saying_after_comma)
_WE_NEGATIONS = _words("لن لا لم")
# the wires and channels named with no head noun, folded: no word of a name
# glued to لـ ("وقال X Y لرويترز:", "لفرانس برس", "لسكاي نيوز"), an outlet
# a relay goes on through ("عن رويترز عن مصدر …", speakers.relayed_through)
_WIRE_NAMES = _words(
    "رويترز فرانس سكاي سبوتنيك شينخوا الاناضول بلومبرغ بلومبيرغ اكسيوس يورونيوز اسوشيتد اسوشييتد"
)
# a day told relative to the dateline, between a relay's subject and its عن
# (the weekdays are dates.WEEKDAYS', with both spellings of Tuesday)
_DEICTIC_DAYS = frozenset(_WEEKDAYS) | _words("امس اليوم")
# document_told_before: the prepositions that make a document or an
# occasion named again the place the words were said ("وجاء في البيان",
# "وخلال الحوار", "بحسب المقال"), folded
_SAID_IN_DOCUMENT = _words("في وفي ففي خلال وخلال بحسب وبحسب حسب وحسب")
# a fronted adverbial of occasion opening a sentence with no comma after it
# ("وخلال الجلسة قدم رئيس الوزراء تقريرا، وقال", "وفي ذلك الاجتماع …"), folded:
# the clause's verb and its subject follow the occasion's noun
_OCCASION_OPENERS = _with_prefixes(_words("في خلال اثناء عقب بعد قبل امام لدي"), "و")
# the nouns of a beginning that open with ب, no preposition glued to them,
# in construct after such an opener ("وفي بداية اللقاء رحب أمير المنطقة …",
# "وفي بدء الجلسة"), folded (speakers.main_clause_subject; kw38)
_BEGINNING_NOUNS = _words("بدايه بدء")
# the emphatic "the same" after a definite noun ("في الوقت نفسه", "في
# اليوم ذاته", "في الجلسة عينها"), folded: still the occasion's
# (speakers.main_clause_subject; kw36)
_SAME_EMPHATIC = _words("نفسه نفسها ذاته ذاتها عينه عينها")
# the common adjectives, feminine, folded, of an indefinite object news
# verbs present ("خطة جديدة", "رؤية شاملة", "كلمة مطولة"): after a title,
# no word of a name (phrases._implausible_head; kw36)
_OBJECT_ADJECTIVES_F = _words(
    "جديده شامله مفصله واضحه كامله عاجله مطوله موسعه مختصره مقتضبه طويله "
    "قصيره هامه مهمه متكامله طموحه"
)
# two-word discourse openers before a sentence's verb ("في المقابل",
# "من جهتها"), by their first word
_OPENER_SECOND = {
    "في": _words("المقابل"),
    "من": _words("جهته جهتها جهتهم ناحيته ناحيتها ناحيتهم"),
}
# adverbs of place after من ("من داخل القفص", "من خارج القاعة")
_PLACE_ADVERBS = _words("داخل خارج امام وراء خلف فوق تحت")
# verbal nouns of carrying out a plan ("في تنفيذ «الخطة الوطنية …»")
_CARRY_OUT = _words("تنفيذ تطبيق اطلاق اعتماد تبني اقرار")
_PLURAL_DOCUMENTS = _words("الوثايق وثايق البرقيات برقيات التقارير تقارير")
_SINGULAR_SOURCES = _words("رجل امراه سيده مواطن مواطنه شاب شابه تاجر")
# people counted as a group that speaks, in the plural after a number
# ("خمسة نواب", "عشرة أشخاص") or with the article before one in figures
# ("النواب الـ18"), and in the accusative singular after one in figures
# ("18 شخصا", "40 مواطنا"), folded
_COUNTED_PLURALS = _words("نواب اعضاء خبراء شهود ضباط اشخاص مواطنين")
_COUNTED_PEOPLE = _words("شخص مواطن")
_GENERIC_TITLES = _words(
    "المسوول المسووله المسيول المسيوله الدبلوماسي الديبلوماسي الدبلوماسيه الديبلوماسيه "
    "المتحدث المتحدثه الناطق الناطقه الوزير الوزيره "
    "السياسي المعارض القيادي القياديه "
    # "وشدد الناشط الحقوقي" after a named head of a rights body quoted: the
    # activist, a description of the last speaker, no new one
    "الناشط الناشطه الحقوقي الحقوقيه"
)
# titles that alone name the one official of a place ("والي الجهة X", then
# "الوالي"); unlike the generic ones, never a description of the last speaker
_BARE_TITLES = _GENERIC_TITLES | _words(
    "الوالي الواليه المحافظ المحافظه المندوب المندوبه الملك الملكه العاهل "
    # "مستشار رئيس الجمهورية آنذاك X" then "وأضاف المستشار": the adviser
    "المستشار المستشاره"
)
# titles whose bare definite form names another office than the title in
# construct: "الرئيس" is the head of state, not "رئيس الحزب"; "النائب" a
# member of parliament, not "نائب الرئيس"
_OTHER_OFFICE_ALONE = _words("الرييس الرييسه النايب النايبه")
# "أوضح السيد X أن «…». وأعرب الرئيس عن …": the president alone, with no
# one in the text holding the post, after a speaker the text names with a
# plain honorific and no post anywhere, is that speaker (the official
# press's way with a head of state); the honorifics (folded)
_PRESIDENT_ALONE = _words("الرييس الرييسه")
_PRESIDENT_KEYS = frozenset("title:" + w for w in _PRESIDENT_ALONE)
# "رئيس الجمهورية": the head in construct, and the president alone it is
_PRESIDENT_OF_HEAD = {w[2:]: w for w in _PRESIDENT_ALONE}
_PLAIN_HONORIFICS = _words("السيد السيده")
# "قال X: «…». وأكد رئيس الجمهورية …": the head of state's post in construct
# with the state itself (_STATE_ITSELF), no name, after a speaker named with
# no post anywhere, is that speaker (dev34r); the keys of its head
_PRESIDENT_OF_STATE_KEYS = frozenset(("title:رييس", "title:رييسه"))
# "قال X، الأمين العام لحزب Y، إن «…». وأضاف زعيم الحزب": the leader of the
# party (or of the name the press gives it, "زعيم البيجيدي") is the party's
# head quoted last; the leader's title, the heads of a party's post and the
# word of party in it, and the genitives that name another leader (folded)
_LEADER_KEYS = frozenset(("title:زعيم", "title:زعيمه"))
_PARTY_HEADS = _words("الامين امين الرييس رييس زعيم الزعيم الرييسه رييسه الامينه امينه")
_PARTY_WORDS = _words("حزب لحزب الحزب")
# "X الأمين الأول للحزب", "X الأمين الدائم": the adjectives a post of
# الأمين takes after a name (folded), never a family name after الأمين
# ("حسين الأمين الفاضل"; rev39)
_AMIN_POST_ADJECTIVES = _words(
    "الاول الثاني الثالث السابق الاسبق الجديد الحالي الدايم المناوب المساعد العام "
    # (appointed; the other adjectives of any post, المكلف, المنتخب …, are
    # _POST_ADJECTIVES'; mend36b)
    "المعين"
)
# "لوكالة أنباء الشرق الأوسط", "لصحيفة أخبار اليوم": the plurals of news
# (folded, no article) that head an outlet's name, of the shape of a
# derived verbal noun (إفعال) though none (mend36b)
_NEWS_PLURALS = _words("انباء اخبار")
_OTHER_LEADERS = _words("المعارضه الاغلبيه الاقليه الاكثريه الموالاه")
# "the deputy" alone with the article is the member of parliament: a person
# named as a member of one of these bodies ("عضو مجلس النواب X", "عضوة
# البرلمان X") is who "النائب" ("النائبة", "النائب العراقي") refers back to
_MP_TITLES = _words("النايب النايبه")
_PARLIAMENTS = _words("البرلمان الكنيست الكونغرس الكونجرس")
_PARLIAMENT_COUNCILS = _words("النواب الشعب الامه")


def _member_of_parliament(role: str) -> bool:
    """``role`` (folded) is a member of parliament's post: "عضو مجلس
    النواب العراقي", "عضوة البرلمان", "عضو الكنيست"."""
    w = role.split()
    if len(w) < 2 or w[0] not in ("عضو", "عضوه"):
        return False
    if w[1] in _PARLIAMENTS:
        return True
    return len(w) > 2 and w[1] == "مجلس" and w[2] in _PARLIAMENT_COUNCILS


def _mp_title_fits(role: str | None, post: str) -> bool:
    """The bare title ``role`` ("النائب", "النائب العراقي") can name the
    member of parliament told with ``post``: each word after its head is a
    nisba, one that the post names when it names any; not "النائب العام",
    "النائب الأول لرئيس الوزراء", "النائب عن محافظة …" (another person), nor
    "النائب العربي" for "عضو الكنيست الإسرائيلي X" (mend30b)."""
    if not role:
        return True
    said = [_nisba_stem(w) for w in _NORMALIZED[role].split()[1:]]
    if None in said:
        return False
    told = _role_nisbas(post) | _role_countries(post)
    return not told or all(k in told for k in said)


# "the minister" alone: a post, which describes only a speaker who holds one
# (unlike "المسؤول", "الدبلوماسي", a description of whoever spoke last)
_MINISTER_ALONE = _words("الوزير الوزيره")
# a minister's post told without the word: "رئيس الدبلوماسية" (the foreign
# minister), "عضو الحكومة المكلف بـ", "كاتب الدولة" (a junior minister)
_MINISTERIAL_POSTS = ("وزير", "الدبلوماسيه", "عضو الحكومه", "كاتب الدوله", "كاتبه الدوله")
_RESUMPTIVE_SKIP = _words("به بها")
# "فرد عليه الجارالله", "وقال لها الوزير": an object pronoun on a preposition
# comes before the subject
_PRONOUN_SKIP = _RESUMPTIVE_SKIP | _words("له لها لهم لهما لنا لكم لي عليه عليها عليهم")
# "وهو ما أشار إليه X", "وهذا ما حذر منه X": what was told before, the
# verb's preposition with its pronoun before the subject (only after ما:
# "ثم أشار إليه بيده" has its subject elided)
_TO_FROM_WHAT = _words("اليه اليها منه منها")
_WHAT_TOLD = _words("ما مما")
# "قال لي دبلوماسي عربي": لي is "to me" only before a title or an anonymous
# head ("وقال لي كه تشيانغ" names Li)
_TO_ME = _words("لي")
_ISSUED = _words("صادر صادره الصادر الصادره صدر صدرت")
# phrases._document_participle: a masculine document's participle with its
# preposition, "خطاب دبلوماسي سري موجه إلى", "مرسل من", "مؤرخ في", "صادر
# عن" (folded; the feminine is any word in ة)
_DOCUMENT_PARTICIPLES_M = _words("مرسل موجه صادر مورخ")
# the verbs of a document's coming out, leaked or published ("نشرها موقع
# ويكيليكس", dating.recorded_occasion_date; speakers.issued_document)
_PUBLISHING = _words(
    "نشر نشرت نشره نشرها نشرته نشرتها ونشر ونشرت ونشرها ونشرته ونشرتها "
    "سرب سربت سربها سربته سربتها المنشوره"
)
# an excerpt of someone's words, folded, before من and the speech or the
# statement it was cut from ("ونشر الموقع اقتباسا من كلمة الوزير X جاء
# فيه": the owner's words; speakers.issued_document)
_EXCERPTS = _words("اقتباس اقتباسا اقتباسات مقتطف مقتطفا مقتطفات مقطع مقطعا مقاطع")
# the documents an outlet writes itself ("تقرير نشرته صحيفة X": the paper's)
_OUTLET_WRITTEN = _words("تقرير التقرير تقارير التقارير دراسه الدراسه")
# "تلا القاضي أقوال المتهم، ومنها قوله:": one of the statements just named,
# in its owner's words, said before and elsewhere
_HIS_SAYING = _words("قوله قولها")
# "وما يثير الاستغراب تساؤله: «…»", "وكان جوابها:": a noun of saying with
# a possessive pronoun right before the colon is no label naming the
# speaker; the pronoun's referent speaks
_OWNED_SAYINGS = {
    stem + suffix: feats
    for stem in _words("تساول سوال جواب اجابت رد تعليق تعقيب كلام تصريح تاكيد تعبير")
    for suffix, feats in lx.PRONOUN_SUFFIXES.items()
}
_OF_THEM = _words("منها ومنها")
# "مذكرة توقيف/اعتقال/تفاهم": a warrant or an agreement, not a document that speaks
_WARRANT_NEXT = _words("توقيف التوقيف اعتقال الاعتقال القبض قبض جلب تفاهم التفاهم")
_MEMOS = _words("مذكره المذكره ومذكره والمذكره فمذكره بمذكره لمذكره")
# the agency's short name, then a dash, after a dateline's date: "الخليل
# 2-12-2025 وفا-", "نابلس 5-3-2024 وفا –"
_AGENCY_DASH = re.compile(r"\s+\w{2,6}\s*[-–—]")
# "15 ديسمبر 2025 م واس" ending its line: the era letter, then the agency
_AGENCY_EOL = re.compile(r"\s*م?\s+\w{2,6}[ \t]*\n")
# "… الأولى. 04.03.2026, وكالة الأنباء" ending the lead's line: a comma, then
# the outlet's name, one to three words (index_dates: the page's stamp)
_OUTLET_EOL = re.compile(r"[ \t]*[,،][ \t]*(?:[^\W\d_]+[ \t]*){1,3}(?:\n|$)")
# the same with no line break before the place (a headline run into the
# dateline): the date set off by a dash (or a slash, "أبوظبي في 14 يناير 2026
# / وام /"), or the agency's name before a dash
# ("الجزائر - البلاد، السبت 6 ديسمبر 2025": the outlet and the weekday between;
# "صنعاء - سبأ : الاثنين 5 يناير 2026م": the agency's colon)
_DASH_BEFORE = re.compile(r"[-–—]\s*(?:[^\s\-–—،,:]+\s*[،,:]?\s*){0,2}$")
_DASH_AFTER = re.compile(r"\s*(?:[-–—|/]|\([^()\n]{2,30}\)\s*[-–—]|\w{2,6}\s*[-–—])")


# "اليوم" as "nowadays", not the dateline's day: "اليوم نفسه"، "اليوم العالمي"
_NOT_TODAY = _words("نفسه ذاته العالمي الوطني الدولي")
# a manner adverbial glued to بـ after a cue or its subject ("وتقول بنبرة
# ساخرة:", "يضيف محدثنا بمرارة"): never part of the speaker's phrase; the
# first group takes an adjective ("بنبرة حادة", "بصوت خافت")
_MANNER_WITH_ADJECTIVE = _words("بنبره بصوت بلهجه بنغمه")
# "فأجابت دون تردد:": "without" and its noun, how, not who (one word after it)
_MANNER_WITH_ADJECTIVE |= _words("دون بدون")
# "بكل وضوح", "بكل قوة": "with all" and its noun, how
_MANNER_WITH_ADJECTIVE |= _words("بكل")
# "وقال بشكل صريح إن", "مصرحا بصورة مباشرة بأن", "بطريقة غير مباشرة": "in a
# … way" and its adjective, how (dev17s)
_MANNER_WITH_ADJECTIVE |= _words("بشكل بصوره بطريقه")
# "وأضاف بهذا الخصوص أن", "بهذا الشأن", "بهذا الصدد": "in this regard"
# glued to بـ, as "في هذا الصدد" is, what about, never who (its noun is
# definite; dev17s)
_IN_THIS_REGARD = _words("بهذا وبهذا")
_MANNER_WITH_ADJECTIVE |= _IN_THIS_REGARD
# "with the phrase" before words in marks ("بعبارة «…»", folded): is_quotation
# keeps the words; scan_np ends a name or a bare title before it, as before
# a word of manner ("وتساءل الوزير بعبارة «…»"; mend30b)
_WITH_THE_PHRASE = _words("بعباره بعبارات بجمله وبعباره وبجمله")
_MANNER = (
    _MANNER_WITH_ADJECTIVE
    | _words(
        "بمراره بحزن بغضب بحسره بثقه بهدوء بحده بابتسامه باسي باسف بفخر بحماس بتاثر "
        "بانفعال بسخريه باقتضاب بصراحه بوضوح بالم بحرقه بمرح بتهكم بامتعاض بحذر بتفاول "
        "بيقين بانزعاج بارتياح بمراره بتحسر بدهشه بحزم بفرح بقلق"
        " باستغراب باستنكار باستهجان بتعجب"
        " بشده بقوه بشفافيه بصدق بجديه"
        " بنفي"
        # ("ليجيبه الوزير بإصرار:", "ردت بعصبية:": dev31s)
        " باصرار بعصبيه"
    )
    | lx.MANNER_PARTICIPLES
)  # ("يقول ضاحكاً", "تضيف مبتسمة")
# whom the words were addressed to, a circumstantial participle ("وقالت
# متوجهة بالكلام إلى الرئيس:", "قال مخاطبا النواب:", "موجها حديثه إلى"):
# never the verb's subject, which is elided before it
# (sub-lists: singular and masculine plural participles; the forms spelled
# as an adjective too, "رسالة موجهة إلى", "اتهامات موجهة"; the feminine
# plurals; mend32c)
_ADDRESSING_SINGULAR = _words("متوجها متوجهه مخاطبا مخاطبه موجها")
_ADDRESSING_PLURAL = _words("متوجهين مخاطبين")
_ADDRESSING_ADJECTIVES = _words("موجهه موجهين")
_ADDRESSING_FEMININE_PLURAL = _words("متوجهات مخاطبات")
_ADDRESSING = _ADDRESSING_SINGULAR | _ADDRESSING_PLURAL | _ADDRESSING_ADJECTIVES
_MANNER |= _ADDRESSING
# plural participles of addressing or chanting that are no cues ("إن أنصاره
# يستقبلونه هاتفين «…»", "إن المحتجين خرجوا مخاطبين الحكومة «…»"): in a
# singular speaker's that-clause, the words after them are the clause's
# plural subject's (speakers.attribute; kw34)
_CHANTING_PLURAL = _words("هاتفين هاتفات صارخين صارخات صايحين صايحات")
_PLURAL_ADDRESSING = _ADDRESSING_PLURAL | _ADDRESSING_FEMININE_PLURAL | _CHANTING_PLURAL
# the heads of a plural subject in construct with a definite genitive ("إن
# رجال الإطفاء وصلوا صارخين «…»", "إن عناصر الشرطة", "إن أفراد الأسرة"): a
# group, which classify does not read so (speakers.plural_that_subject; mend32b)
# (and traders: "رئيس اتحاد تجار مصر X Y", a body's name; kw39)
_GROUP_CONSTRUCT_HEADS = _words("رجال عناصر افراد ابناء اهالي نساء شباب طلاب عمال تجار")
# the persons a body of parents, owners or families is of, in construct with
# their definite genitive ("رئيس رابطة أولياء الأمور", "جمعية أصحاب
# المخابز"): phrases.phrase_entity reads the chain to its end as the post,
# unnamed when nothing follows (kw39)
_PERSONS_OF_A_BODY = _GROUP_CONSTRUCT_HEADS | _words("اولياء اصحاب امهات اباء ذوي اسر عايلات")
# the endings of the plural verb after such a subject (masculine; ن for the
# feminine), and the object pronouns that may follow them
_PLURAL_VERB_ENDINGS = ("ون", "وا")
_PLURAL_VERB_OBJECT_ENDINGS = ("ون", "وا", "ونه")
# the prepositions of where a that-clause's plural subject is, before its
# verb ("إن النساء في مدينة X خرجن هاتفات"; mend32b)
_SUBJECT_PLACE_PREPOSITIONS = _words("في من امام داخل")
# the participles of addressing with no adjective's spelling ("رسالة موجهة إلى"), and the
# participles of manner: past a phrase's first word they end the phrase,
# "وقال وزير المالية مخاطبا النواب:", "وقال الوزير مبتسما للنواب:" no name
# "مخاطبا النواب", "مبتسما" (phrases.scan_np; kw34)
_ADDRESSING_ONLY = _ADDRESSING_SINGULAR | _ADDRESSING_PLURAL | lx.MANNER_PARTICIPLES
# the participles of addressing that take whom they address ("وقال مخاطبا
# النواب:"): right after a verb of saying, the subject is elided and the
# words after them are the one addressed, never the speaker
# (speakers.subject_of; kw35)
_ADDRESSING_VERBAL = _ADDRESSING_SINGULAR | _ADDRESSING_PLURAL
# a reply glued to بـ, how the words came ("فبادره الرئيس X برد هادئ قائلا",
# "ورد الوزير Y بجواب قصير:"): never a word of the name before it (dev29s)
# (a comment too, "ورد الوزير X بتعليق ساخر قائلا"; mend29a)
_MANNER |= _words("برد بجواب باجابه بتعقيب بتعليق")
# the indefinite adjective a manner noun takes ("بحزم شديد", "بنفي قاطع",
# "بقلق بالغ", "بوضوح تام"; with ة after a feminine noun, "بثقة كبيرة"):
# only a word of this shape is the adverbial's, any other bare word after
# the manner noun is the subject ("ورد بغضب نتنياهو:"; read28a)
_MANNER_ADJECTIVES = _words("شديد قاطع كبير بالغ واضح تام عارم حاد صارم مطلق عميق كامل جم")
# (and the adjectives of a reply or a threat: "وتوعد برد قوي ومؤلم على …",
# "ورد بتعليق حاسم:"; dev36s)
_MANNER_ADJECTIVES |= _words("قوي مولم موجع حاسم سريع مناسب")
# what a manner noun and its adjectives may go on with, its complement ("برد
# قوي على أي هجوم": the reply's target), before the verb's next clause: no
# subject after it (dev36s)
_MANNER_COMPLEMENT_PREPOSITIONS = _words("علي ضد")


def _manner_adjective(noun: str, w: str) -> bool:
    """``w`` an indefinite adjective agreeing with the manner noun ``noun``:
    one of _MANNER_ADJECTIVES (with ة after a feminine noun), or after a
    feminine noun a فعيلة/فاعلة or a nisba in ية ("بسخرية لاذعة", "بصراحة
    شديدة", "بجدية رسمية")."""
    if noun[-1:] != "ه":
        return w in _MANNER_ADJECTIVES
    if w[-1:] != "ه":
        return False
    stem = w[:-1]
    return (
        stem in _MANNER_ADJECTIVES
        or (len(stem) == 4 and (stem[1] == "ا" or stem[2] == "ي"))
        or (len(stem) >= 4 and stem[-1] == "ي")
    )


def _manner_participle(w: str) -> bool:
    """An indefinite participle in the accusative that tells how the words
    were said ("مبتسما", "مقتضبا", "متسائلا", "مستغربا", "ساخرا"): the
    derived forms مُفعِلاً/مُفتعِلاً/مُتفعِّلاً/مُستفعِلاً and فاعِلاً.  (Not
    "ماريا", "مونيكا", "كارولينا": a long vowel after the first letter, or
    a name's length.)"""
    if w in _MANNER:
        return True
    n = len(w)
    if n < 5 or w[:2] == "ال":
        return False
    if w[-1] == "ه":
        # the feminine ("ردت الوزيرة مستغربة:"), only in the forms with a
        # ت (مُتفعِّلة, مُفتعِلة, مُستفعِلة): "منيرة", "مليكة", "فاطمة" are names
        return 6 <= n <= 8 and w[0] == "م" and (w[1] == "ت" or w[2] == "ت") and "و" not in w
    if w[-1] != "ا":
        return False
    if w[0] == "م":
        return n <= 7 and w[1] not in "اوي"
    return n == 5 and w[1] == "ا" and w[2] not in "اوي" and w[3] not in "اوي"


# subject_of: the posts of persons whose dual in construct (its ن dropped,
# "ممثلا الاتحاد", "مسؤولا الوزارة") or feminine ("مستشارة الرئيس") is
# written like an accusative participle of manner; such a noun with a noun
# after it is the verb's subject, never a حال (mend33b; not the participles
# a حال is often made of, "مهاجما الحكومة", "مراقبا الوضع", "محققا الهدف")
_PERSON_POSTS = lx._fold_set(
    "مسؤول ممثل مدير مستشار مبعوث مندوب متحدث محافظ مساعد معاون مراسل مفوض منسق مفتش مرشح"
)


def _person_post_dual(w: str) -> bool:
    """The dual ("مديرا", "ممثلتا") or the feminine ("مستشارة") of a
    person's post noun, as the verb's subject in construct."""
    if w[-2:] == "تا":
        return w[:-2] in _PERSON_POSTS
    return w[-1:] in ("ا", "ه") and w[:-1] in _PERSON_POSTS


# scan_np: a definite common noun right after a bare definite title is the
# verb's object, not part of its subject ("واعتبر الوزير الاتفاق «…»",
# "واتهم النائب الحكومة بأنها"): a body, a document, an occasion of speech
# or a common object of such verbs, never a family name
# The common objects among them, which no body, document or occasion of
# speech is, are never the subject a verb of saying has right after it either
# ("وأعلن الإضراب، مؤكدا": the strike is announced, the speaker elided)
# (not a text that may itself tell, "وأوضح القرار أن", nor governments)
_DEFINITE_THINGS = _words(
    "الوضع الخطوه الهجوم الحادث الازمه الحرب الانتخابات الاتهامات الاحتجاجات "
    "الاضراب الاضرابات الهجمات الاعتداء الاعتداءات التفجير التفجيرات الاستقاله "
    # massacres and crimes condemned ("واستنكر X، مجزرة مستشفى الأمل، وقال")
    "المجزره المجازر الجريمه الجرايم"
)
_DEFINITE_OBJECTS = (
    frozenset(w for w in lx.ORGANIZATION_HEADS if w[:2] == "ال")
    | frozenset(w for w in lx.DOCUMENT_HEADS if w[:2] == "ال")
    | frozenset("ال" + w for w in lx.EVENT_NOUNS)
    | _words("الاتفاق الاتفاقيه القرار القرارات المبادره الاقتراح المشروع الحكومات")
    | _DEFINITE_THINGS
    # those a leader calls on or blames ("دعا المرشح X Y النظام إلى …",
    # "وحث النائب X Y الفرقاء على …"): never a family name
    | _words("النظام الشعب المجتمع الدوله الاطراف الفرقاء الجميع")
    # what a leader directs ("وجّه الوزير الدعوة إلى …", "أن الوزير وجّه
    # الشكر"): an invitation, thanks, a greeting, an appeal
    | _words("الدعوه الدعوات الشكر التحيه النداء")
    # the reports, rumours and claims a leader denies or confirms ("ونفى
    # المحافظ المزاعم، مضيفا", "وكذب السفير الأنباء"): no family name
    | _words("الخبر الاخبار النبا الانباء الشايعات الادعاءات المزاعم الاتهام")
    # (and their other spellings and kin: "الإشاعات", "المعلومات",
    # "الروايات", "التسريبات")
    | _words("الشايعه الاشاعه الاشاعات المعلومات الروايات التسريبات")
    # the places a leader visits, inspects or opens ("وزار الوزير X Y
    # المصنع، وقال", "وتفقد المحافظ X Y المطار"): no family name (not
    # "الحي", the end of "عبد الحي")
    | _words(
        "المقر المطار الميناء المعبر المصنع السجن المخيم المخيمات المبني "
        "المدرسه المنزل المنطقه المدينه البلده القريه الساحه"
    )
    # and the exhibitions, festivals and halls he opens or visits
    # ("افتتح الوزير المعرض، وقال", "وافتتح وزير الثقافة المهرجان"): no
    # family name, no post's adjective (kw39)
    | _words("المعرض المهرجان الملتقي المتحف المسجد الملعب المكتبه الحديقه المسرح")
)


# Things a verb does to, or says of, a policy: measures, plans, laws,
# budgets, and the things of _DEFINITE_THINGS and decisions, folded, with
# and without the article (_thing_in_commas)
_OBJECT_THINGS = _words(
    "خطه خطط سياسه سياسات قانون قوانين مرسوم مراسيم اجراء اجراءات تدابير قيود "
    "ميزانيه ميزانيات موازنه موازنات برنامج برامج تعديل تعديلات اصلاح اصلاحات "
    "اتفاق اتفاقات اتفاقيه اتفاقيات قرار قرارات مبادره مبادرات اقتراح اقتراحات "
    "مقترح مقترحات مشروع مشاريع موقف مواقف ضريبه ضرايب رسوم عقوبات حظر زياده "
    "زيادات"
) | frozenset(w[2:] for w in _DEFINITE_THINGS)
_OBJECT_THINGS = _OBJECT_THINGS | frozenset("ال" + w for w in _OBJECT_THINGS)
# bare words of those that are also given names ("لقاء", "بيان", "خطاب"),
# verbs ("وضع", "تحالف", "تجمع": "، وضع الرئيس …، مؤكدا") or a party's
# counsel ("دفاع المتهم")
_THINGS_ALSO_OTHER = _words("لقاء بيان خطاب وضع تحالف تجمع دفاع حظر")
# the bare ones of _OBJECT_THINGS no family name is ("زيادة", "حرب" are):
# in construct right after a post's definite genitive, no name yet, one
# heads the verb's object ("رفض رئيس هيئة الإعلام قرار إقالته", "انتقد
# مدير المدرسة موقف الوزارة": phrases.scan_np; kw37)
_POST_OBJECT_THINGS = (
    frozenset(w for w in _OBJECT_THINGS if w[:2] != "ال") - _THINGS_ALSO_OTHER - _words("زياده حرب")
)
# object nouns of news verbs (phrases._OBJECT_AFTER_NAME) also given or
# family names ("رحاب لقاء"، "سمير دعوة"، "علي خطاب"): phrases.scan_np
# reads one as an object only with words after it ("عقد X لقاء مع …")
_OBJECT_OR_NAME = _words("لقاء بيان دعوه حوار خطاب")
# of those, the statements and meetings _THINGS_ALSO_OTHER keeps out of the
# bare things: the verb's object after a bare title only in construct with a
# definite body ("ووصف الوزير بيان الحكومة بأنه", phrases.classify; kw33)
_STATEMENTS_ALSO_NAMES = _OBJECT_OR_NAME & _THINGS_ALSO_OTHER


def _bare_object_noun(w: str, bodies: bool) -> bool:
    """``w``, a noun without the article, heads a thing in construct with a
    definite genitive, the object of a verb, no word of a name: a thing of
    _OBJECT_THINGS, or one whose form with the article is a body, a document
    or an event of _DEFINITE_OBJECTS (a body only with ``bodies``); never a
    word also a given name, a verb or a party's counsel (_THINGS_ALSO_OTHER,
    _GIVEN_NAMES). For _thing_in_commas and phrases.phrase_entity's object
    after a bare title ("ووصف السفير زيارة الوزير بأنها")."""
    return (
        w not in _THINGS_ALSO_OTHER
        and w not in _GIVEN_NAMES
        and (
            w in _OBJECT_THINGS
            or (
                (aw := "ال" + w) in _DEFINITE_OBJECTS
                and (bodies or aw not in lx.ORGANIZATION_HEADS)
            )
        )
    )


def _definite_construct(toks: list[str], a: int, b: int) -> bool:
    """Tokens ``[a, b)`` (after a head noun) are its genitive in construct,
    definite: no preposition, one word or more with the article ("مجلس
    الشعب السوري" after عضو), not an indefinite adjective ("مغربي")."""
    return (
        a < b
        and not any(toks[x] in lx.NP_STOP for x in range(a, b))
        and any(toks[x][:2] == "ال" for x in range(a, b))
    )


def _thing_in_commas(toks: list[str], h: int, k: int, bodies: bool = True) -> bool:
    """Tokens [h, k), set off by commas, name a thing, not a person: a
    definite thing (_OBJECT_THINGS; with ``bodies``, also a body, a
    document or an event of _DEFINITE_OBJECTS: "وانتقد الوزير، القرار،
    قائلا"), or such a noun without the article in construct with a
    definite genitive ("وانتقدت نائبة رئيس المجلس، قرار الإغلاق،
    قائلة", "تصريحات الوزير"; a body only with ``bodies``: "، وزارة
    الصحة أكدت" may open a clause): the object of the verb before, not
    its subject nor the name of the title before."""
    w = toks[h]
    if w[:2] == "ال":
        return w in _OBJECT_THINGS or (bodies and w in _DEFINITE_OBJECTS)
    return h + 1 < k and toks[h + 1][:2] == "ال" and _bare_object_noun(w, bodies)


# "our interlocutor" (El Watan, Al Jazeera features): the person last
# introduced, found by the fall-backs as a pronoun would be, never a name
_INTERLOCUTORS = _words("محدثنا محدثتنا محدثي محدثتي محاورنا محاورتنا ضيفنا ضيفتنا ضيف ضيفه")
# "ضيف البرنامج", "ضيفة الحلقة": the guest of the programme, the interviewee
_GUESTS = _words("ضيف ضيفه")
# "في برنامج «X»", "بحصة X": the programme a guest is named after ("وأكد ضيف
# X أن": speakers.guest_of_programme)
_PROGRAMME_HEADS = _with_prefixes(_words("برنامج حصه"), "وفبل")
# a new document of its own (not "البرقية", not "وثائق"): its date may come late
_SINGLE_NEW_DOCUMENTS = frozenset(
    w for w in lx.DOCUMENT_HEADS if not w.startswith("ال") and w in lx.FEMININE_DOCUMENTS
) | _words("تقرير بيان بلاغ محضر")
_SINGLE_NEW_DOCUMENTS -= _words("وثايق برقيات تقارير")
# words that date a document ("مؤرخة في", "صادرة في", "بتاريخ")
_DATING_WORDS = _words(
    "مورخه المورخه بتاريخ صادره الصادره مورخ المورخ صادر الصادر "
    "ومورخه والمورخه وبتاريخ وصادره والصادره"
)
# occasion_in_clause: "في مقابلة مع …", "في خطاب أمام …": a talk of one's own
# before the public, never the cable's meeting ("في حديثه مع السفير") nor
# its comment ("في تعليق ختامي"), folded
_OWN_OCCASIONS = _words(
    "مقابله مقابلته مقابلتها المقابله حوار حواره حوارها خطاب خطابه خطابها الخطاب "
    "محاضره محاضرته محاضرتها خطبه خطبته خطبتها عظه عظته عظتها مداخله مداخلته مداخلتها"
)
# refine_document_dates: the generic word a document named before may be
# called by again ("البرقية" … "وتحمل الوثيقة تاريخ …"), no article, folded
_GENERIC_DOCUMENT = _words("وثيقه")
# a document's passive participle whose agent, after من, wrote it
# "وتحمل توقيع السفير X": the cable's author
_BEARS = _words("تحمل وتحمل يحمل ويحمل حملت وحملت")
# "أما البرقية الثالثة": an ordinal after the article, a new document
_ORDINALS = _words(
    "الثانيه الثالثه الرابعه الخامسه السادسه الاخيره الثاني الثالث الرابع الخامس السادس"
)
_SIGNED_BY = _words(
    "موقعه وموقعه الموقعه والموقعه مرسله ومرسله المرسله والمرسله "
    # "ومصنفة من قبل القائمة بالأعمال X": classified by, a cable's signer
    "مصنفه ومصنفه المصنفه والمصنفه"
)
# verbs of telling that relay with عن and a noun of saying after the one
# relayed ("وأوردت الوكالة عن الوزير قوله", "ويروي السفير عن الملك قوله")
_RELAYED_FROM = _words("اورد روي حكي ذكر")
_SAYING_OF_THEM = _words("قوله قولها قولهم قولهما تاكيده تاكيدها تاكيدهم")
# "بحسب ما نقلته الوكالة عن X": نقل with the resumptive pronoun of "ما"
_RELAY_RESUMPTIVE = _words("نقله نقلته نقلوه ينقله تنقله")
# what that pronoun stands for: "ما" after a preposition of source, or fused
# with it ("حسبما", "كما"); not the subject "ما ينقله زوار X عنه" (what
# they relay)
_WHAT_RELAYED = _words("ما لما كما وكما حسبما بحسبما وحسبما وبحسبما مثلما")
_SOURCE_BEFORE_WHAT = _words("بحسب وبحسب حسب وحسب وفق ووفق طبقا وطبقا الي علي وعلي")
# "إلى"/"على" tell a source only as "استنادا إلى ما", "على ما" opening its
# own clause: after another word they are that verb's particle ("وتطرق X
# إلى ما نقلته الوكالة عن Y، وأضاف", "وعلق X على ما نقلته …": X speaks)
_SOURCE_PARTICLES = _words("الي علي وعلي")
_SOURCE_BEFORE_TO = _words("استنادا واستنادا بالاستناد وبالاستناد")
_RELAY_PRONOUNS = {"عنه": (lx.M, lx.SG), "عنها": (lx.F, lx.SG), "عنهم": (lx.M, lx.PL)}
# "عنه"/"عنها"/"عنهم" as a set: after a verb of revealing and a relative,
# the antecedent revealed (_REVEALED_LEMMAS)
_ABOUT_IT = frozenset(_RELAY_PRONOUNS)
# "بحسب وصفه", "حسب تعبيره", "وفق قولها": a speech noun with a pronoun after
# a one-word preposition is the speaker already met, not a name
_OWN_WORDS = {
    stem + suffix: features
    for stem in _words("وصف تعبير قول كلام زعم روايت")
    for suffix, features in lx.PRONOUN_SUFFIXES.items()
}
_STATEMENT_NOUNS = _words(
    "تصريحات تصريح كلام حديث اقوال قول تعليق تعليقات شهاده شهادات افاده اجابه اجابات"
)
_ANAPHORIC_HEADS = _words(
    "مصدر مصادر مسوول مسوولون مسيول مسيولون دبلوماسي ديبلوماسي مستشار ضابط موظف اوساط"
)
# phrases: the anonymous heads of one person ("مسؤول", "مستشار"), no group
# nor quantifier: named in brackets after his body ("مسؤول في الوزارة (X
# Y)"). The singulars of lx.ANONYMOUS_HEADS but for مصدر and the heads of no
# office (شاهد، مواطن، رجل …), and with مستشارة
_ONE_SOURCE_HEADS = _words(
    "مسوول مسووله مسيول مسيوله مستشار مستشاره دبلوماسي ديبلوماسي خبير محلل ناشط "
    "ضابط موظف قيادي عضو مشرف مشرفه"
)
# phrases: the sides a caption in brackets names first ("(يمين الصورة)",
# "(يمين X Y)"); not يسار, also a given name ("(يسار إبراهيم)") ...
_CAPTION_SIDES = _words("يمين")
# ... and the nouns of a part, a side or a rank that head a construct in
# brackets after a post, no name ("الناطق باسم الحركة (جناح الداخل)",
# "الوزير (يمين الصورة)")
_BRACKET_PART_HEADS = _words("وسط جناح كبير كبيره قطاع ريف") | _CAPTION_SIDES
_AFTER_QUOTE_FILLERS = _words(
    "كما و هكذا ودايما دايما بهذه الكلمات العبارات العباره الجمله بهذا الكلام"
)
# a sentence that opens with these refers back to the quote before it
# ("«…». بهذه العبارة اختصر مصدر …")
# (the glued demonstratives of lexicon.NP_STOP in بـ, but بذلك, "thereby",
# which opens a sentence of its own)
_BACK_REFERENCE = (
    frozenset(w for w in lx.GLUED_DEMONSTRATIVES if w[0] == "ب") - _words("بذلك")
) | _words("هكذا")
_SPEECH_NOUNS = _words("الكلمات الكلمه العباره العبارات الجمله الجمل")
# broken plurals of sources agree with a feminine singular verb ("قالت مصادر")
_FEMININE_PLURAL_SOURCES = _words("مصادر اوساط جهات دواير قيادات")
# classify: broken plurals of things that "show" or "indicate" ("إن الأدلة
# تشير إلى أن", "وتؤكد الأرقام أن"), folded, with the article: never a
# person named (as a definite plural in ات is not); evidence, proofs,
# figures, results, facts, circumstances, reasons
_THING_PLURALS = _words(
    "الادله الدلايل الشواهد القراين البراهين الارقام النتايج الحقايق الوقايع الظروف الاسباب"
)
# "الذي يبلغه": the relative's antecedent is the subject
_RELATIVES = _words("الذي التي الذين")
# scan_np: "considered it" with its object pronoun after a relative, whose
# titled subject a second object follows ("الذي اعتبره الوزير خطوة متسرعة")
_DEEMED_IT = _words("اعتبره اعتبرها اعتبرهم اعتبرته اعتبرتها اعتبرتهم اعتبروه اعتبروها")
# the first word of a blessing before الله after a ruler's or the late's
# name or title ("حفظه الله ورعاه", "أيده الله", "رحمه الله", "طيب الله
# ثراه", "تغمده الله برحمته"), folded: no word of the name, no subject
# after a verb, none between a name and its relative ("X ـ حفظه الله ـ
# والذي قال")
_BLESSINGS = _words(
    "حفظه حفظها رعاه رعاها ايده ايدها نصره نصرها اعزه اعزها يحفظه يحفظها رحمه رحمها "
    "طيب تغمده تغمدها صلي رضي"
)
# the first word of a prayer that is also a name or a noun ("كرم", "سلام",
# "رضوان", "قدس"), folded: a prayer only with الله and the word it closes on
# ("كرم الله وجهه", "سلام الله عليه", "رضوان الله عليهم", "قدس الله سره"),
# or قدس right before سره ("قدس سره"); "الوالي كرم الله X" names him
_PRAYER_HEADS = _words("كرم سلام رضوان قدس")
_PRAYER_ENDS = _words("وجهه عليه عليها عليهم عليهما سره سرها روحه")


def prayer_at(toks: list[str], i: int, limit: int) -> bool:
    """A prayer for the one just named opens at token ``i`` (before
    ``limit``): a blessing's first word before الله ("رحمه الله", "صلى الله
    عليه وسلم", "رضي الله عنه"), or a word of _PRAYER_HEADS before الله and
    the word it closes on, or "قدس سره"."""
    if i + 1 >= limit:
        return False
    t, u = toks[i], toks[i + 1]
    if t in _BLESSINGS:
        return u == "الله"
    return t in _PRAYER_HEADS and (
        (u == "الله" and i + 2 < limit and toks[i + 2] in _PRAYER_ENDS)
        or (t == "قدس" and u in _PRAYER_ENDS)
    )


# blessing_at: "عليه السلام", "عليه الصلاة والسلام" after a prophet's name
_PEACE_AND_PRAYER = _words("السلام الصلاه")


def blessing_at(toks: list[str], i: int, limit: int) -> bool:
    """A blessing after one just named opens at ``i`` (before ``limit``):
    prayer_at's ("صلى الله عليه وسلم", "رضي الله عنه") or "عليه السلام",
    "عليه الصلاة والسلام" (speakers.statement_of; dev27s)."""
    return prayer_at(toks, i, limit) or (
        i + 1 < limit and toks[i] == "عليه" and toks[i + 1] in _PEACE_AND_PRAYER
    )


# "X حينها": the time of the event just mentioned
# verbs of seeming that follow the subject of an "أن" clause
# the gender and number of a verb whose subject the relative pronoun is
_RELATIVE_AGREES = {"الذي": (lx.M, lx.SG), "التي": (lx.F, lx.SG), "الذين": (lx.M, lx.PL)}
_COPULAS = _words("بدا بدت يبدو تبدو بات باتت ظل ظلت اصبح اصبحت صار صارت كان كانت")
_THEN = _words("حينها حينذاك انذاك وقتها يومها ساعتها")
# the ranks and honorifics a head of state bears himself ("الرئيس السوداني
# آنذاك المشير عمر البشير", "الملك حينها جلالة …"): after "then" they open
# the nested title's holder's name, not the adviser's (phrases; mend36d)
_HEAD_OF_STATE_RANKS = _words("المشير الفريق جلاله فخامه سمو صاحب")
# earlier_cue_date: a word of a later step of the story between a dated
# verb and an undated cue ("…، ثم قال", "وبعدها", "لاحقا"; mend34e), folded
_LATER_STEP = _words("ثم وثم بعدها وبعدها لاحقا ولاحقا")
# "السفير المعين مؤخرا X", "الوزيرة المعينة حديثا X": "then", and "lately"
# after a post's participle, between the post and the name (scan_np and
# the name's split read past it; neither is a word of the name)
_LATELY = _words("موخرا حديثا")
_THEN_OR_LATELY = _THEN | _LATELY
_OBJECT_VERBS = _words("طالب دعا حث ناشد ابلغ اخبر حمل")
_NO_CUE = lx.Cue("", lx.VERB)
_ABBARA = lx.Cue("عبر", lx.VERB, lx.M, lx.SG, "عن")
# "فرد/ورد" are also the nouns "individual"/"roses" and the impersonal "ورد في":
# the verb "and he replied" only where a clause starts and no "في" follows
_RADDA = lx.Cue("رد", lx.VERB, lx.M, lx.SG, "على")
# "افتتح X الجلسة بالتأكيد على أن": a verbal noun of a cue after the main
# verb, like "بالقول" (the clause subject speaks); "بالتأكيد" alone is also
# the adverb "certainly", so only before على/أن/إلى
_VERBAL_NOUN_CUES = {
    "بالتاكيد": lx.Cue("أكد", lx.PARTICIPLE, None, None),
    "بالتشديد": lx.Cue("شدد", lx.PARTICIPLE, None, None),
    "بالاشاره": lx.Cue("أشار", lx.PARTICIPLE, None, None),
    # "واكتفى الناطق X بإعلان أن «…»": announcing, after the main verb
    "باعلان": lx.Cue("أعلن", lx.PARTICIPLE, None, None),
    "بالاعلان": lx.Cue("أعلن", lx.PARTICIPLE, None, None),
}
_VERBAL_NOUN_NEXT = frozenset({"علي", "ان", "الي"})
# "ودفعت الأزمة الوزير إلى التصريح بأن «…»": before بأن, إلى or a verbal
# noun of saying or thinking (with ال or glued لل) makes دفع "drove X to
# say", never "pleaded" (phrases.pleaded_that; mend33c)
_DROVE_TO_SAY = _words(
    "الي "
    + " ".join(
        p + w
        for w in ("قول", "تصريح", "اعلان", "اعتقاد", "تاكيد", "ادعاء", "زعم", "اعتراف", "تلميح")
        for p in ("ال", "لل")
    )
)
# "…، مدعية: …", "مدعيا أن": the participles of ادعى, cues only right
# before the words (cue_at), no cue to the noun phrase's scan ("وقالت
# مدعية عامة", a prosecutor)
_CLAIMING_FORMS = {
    p + normalize(form): lx.Cue("ادعى", lx.PARTICIPLE, gender, number)
    for form, (gender, number) in lx.CLAIMING_FORMS.items()
    for p in ("", "و", "ف")
}
_RADDA_F = lx.Cue("رد", lx.VERB, lx.F, lx.SG, "على")
# "ويرد برينان بأن" (present "replies"), but "ويرد في البرقية" (impersonal)
_REPLY_CUES = frozenset({_RADDA, _RADDA_F})
# "وعقّب النائب X على رد الوزير:" (commented), not "عقب الاجتماع" (after)
_AQQABA = lx.Cue("عقب", lx.VERB, lx.M, lx.SG, "على")
_AQQABAT = lx.Cue("عقب", lx.VERB, lx.F, lx.SG, "على")
_AQQABA_FORMS = {
    **{p + "عقب": _AQQABA for p in ("", "و", "ف")},
    **{p + "عقبت": _AQQABAT for p in ("", "و", "ف")},
    # "ويعقّب الخبير X «…»" (present; also "follows", "يعقب الاجتماع")
    **{p + "يعقب": _AQQABA for p in ("", "و", "ف")},
    **{p + "تعقب": _AQQABAT for p in ("", "و", "ف")},
}
# what "عقّب X على" comments on: "رد الوزير", "تصريحاته", "ما قاله", "ذلك"
_REPLIED_TO = (
    "رد",
    "الرد",
    "تصريح",
    "التصريح",
    "كلام",
    "الكلام",
    "حديث",
    "سوال",
    "السوال",
    "انتقاد",
    "الانتقاد",
    "اتهام",
    "الاتهام",
    "مداخل",
    "المداخل",
    "ما",
    "ذلك",
    "هذا",
    "هذه",
)
# "ومضى الوزير في القول:", "وذهب X إلى القول إن": the verbal noun of
# saying after في/إلى, the complement of a verb of going on, is said as
# "بالقول" is: the clause subject speaks (not "يمكن القول إن", impersonal)
_QAWL = lx.Cue("قال", lx.PARTICIPLE, None, None)
_QAWL_AFTER = _words("في الي")
# "فقاطعه رئيس المحكمة «…»", "وقاطعت النائبة X الوزير: …": interrupted,
# a verb of dialogue that introduces words in marks with no أنّ; its
# subject speaks, an object pronoun is the one interrupted (cue_at keeps
# it only when its clause runs to the words or a colon: the bare past is
# also "boycotted" and the adjective "decisive", "رفض قاطع")
_QATA_FORMS = {
    p + stem + ending + suffix: lx.Cue("قاطع", lx.VERB, gender, number)
    for p in ("", "و", "ف")
    for stem, ending, gender, number in (
        ("قاطع", "", lx.M, lx.SG),
        ("قاطع", "ت", lx.F, lx.SG),
        ("قاطع", "وا", lx.M, lx.PL),
        ("يقاطع", "", lx.M, lx.SG),
        ("تقاطع", "", lx.F, lx.SG),
    )
    for suffix in ("", "ه", "ها", "هم", "هما", "هن", "ني", "نا", "ك", "كم")
    if not (ending == "وا" and suffix)
}
_QATA_FORMS.update(
    {p + "قاطعو" + s: _QATA_FORMS["قاطعوا"] for p in ("", "و", "ف") for s in ("ه", "ها", "هم")}
)
# the forms with no object pronoun, which open their clause
_QATA_BARE = frozenset(
    p + w for p in ("", "و", "ف") for w in ("قاطع", "قاطعت", "قاطعوا", "يقاطع", "تقاطع")
)
# what may stand before the bare form that opens its clause ("وكان يتحدث
# عندما قاطع X …", "ثم قاطع X …")
_QATA_OPENERS = _words(
    "عندما وعندما حين وحين حينما وحينما لما ولما ثم اذ واذ فيما بينما حتي قد وقد فقد لقد"
)
# "وطلب الوزير من السفير «…»", "وطلبت منه الوزيرة «…»": asked, a request
# in marks; the subject speaks, the one asked follows من (cue_at keeps it
# only when its clause runs to من, the one asked and the words in marks or
# a colon: "طلب" is also the noun "request", "طلب اللجوء")
_TALABA_FORMS = {
    p + form: lx.Cue("طلب", lx.VERB, gender, number, "من")
    for p in ("", "و", "ف")
    for form, gender, number in (
        ("طلب", lx.M, lx.SG),
        ("طلبت", lx.F, lx.SG),
        ("طلبوا", lx.M, lx.PL),
        ("يطلب", lx.M, lx.SG),
        ("تطلب", lx.F, lx.SG),
        ("يطلبون", lx.M, lx.PL),
    )
}
# من with the pronoun of the one asked, before the subject ("طلب منه الوزير")
_FROM_PRONOUNS = _words("منه منها منهم منهما منهن مني منا منك منكم")
# "وهو ما دعاه إلى", "مما دعاهم إلى": what prompted him, before دعا with
# an object pronoun (no call on him)
_WHAT_PROMPTED = _words("ما مما وما فما")
# ("الأمر الذي دعاه إلى", "السبب الذي دعاهم إلى": which prompted him, the
# relative pronoun its subject)
_WHAT_PROMPTED |= _words("الذي التي الذين اللذين اللتين")
# the forms of lx.WHAT_SAID_STEMS with an object pronoun: cues only right
# after ما ("وهو ما أكده السفير X"; "السالف ذكره" is a noun)
_WHAT_SAID_FORMS = frozenset(
    p + normalize(stem) + suffix
    for stem in lx.WHAT_SAID_STEMS
    for suffix in ("ه", "ته", "وه")
    for p in ("", "و", "ف")
) | frozenset(p + normalize(form) for form in lx.WHAT_DENIED_FORMS for p in ("", "و", "ف"))
# "ردا على ما قاله الوزير", "عما ذكره X": what someone said, governed by a
# preposition, is what the words answer or concern, never their cue (the
# forms above, and قال's with the object pronoun)
_WHAT_SAID_ANSWERED = _WHAT_SAID_FORMS | _words("قاله قالته قالوه")
_ON_WHAT = _words("علي عن حول الي")
_ON_WHAT_FUSED = _words("عما مما")
# "استنادا إلى ما قاله X", "بناء على ما قاله X", "انطلاقا مما قاله X"
# (folded, with و): the words are his, the account's source
_BASED_ON = _words("استنادا واستنادا بناء وبناء اعتمادا واعتمادا انطلاقا وانطلاقا")
# lx.SAYING_NOUNS as written, with و/ف: cues only before أنّ or على أنّ
_SAYING_NOUN_FORMS = frozenset(p + normalize(w) for w in lx.SAYING_NOUNS for p in ("", "و", "ف"))
# "ما دفع X للقول", "مما دعا الوزير إلى القول": the verbs that prompt one
# to say (folded), after ما/مما/الذي
_PROMPTING = _words("دفع دفعت دعا دعت")
_SPECIAL_CUES = {
    **_VERBAL_NOUN_CUES,
    **_QATA_FORMS,
    **_TALABA_FORMS,
    "القول": _QAWL,
    **_AQQABA_FORMS,
    **_CLAIMING_FORMS,
    "فرد": _RADDA,
    "ورد": _RADDA,
    **{p + "يرد": _RADDA for p in ("", "و", "ف", "ل")},
    **{p + "ترد": _RADDA_F for p in ("", "و", "ف", "ل")},
}
# "يرد/ترد" with و، ف or لـ: the present of the verb of replying, which no
# name opens ("…، ليرد وزير التجارة: «…»"; mend31a)
_REPLY_PRESENT = frozenset(p + v for p in ("", "و", "ف", "ل") for v in ("يرد", "ترد"))
# "…، ليرد الوزير: «…»", "لترد الوزيرة: «…»": رد's present with the لـ of
# what comes next in the story, the reply of the one named after it (dev31d)
_LAM_REPLY = frozenset({"ليرد", "لترد"})
# "من ترد في أوضاع العمال", "في ظل ترد الأوضاع", "أمام ترد الخدمات": the
# bare "ترد" is also the noun تَرَدٍّ (decline); after a preposition or a
# noun that governs a genitive of cause or circumstance, the noun, no verb
# of replying nor the impersonal "ترد في" (folded; the masculine يرد has no
# such twin; mend32e)
_DECLINE_NOUN_TWINS = _words("ترد")
_GOVERNS_A_NOUN = _words(
    "من في الي عن علي مع حول ظل بسبب امام جراء نتيجه وسط ازاء حيال رغم بعد قبل استمرار"
)
_RESUMPTIVE = _words("فيه فيها فيهم عنه عنها")
_IN_IT = _words("فيه فيها")
# "one of" (أحد، إحدى): a description opening after a name ("X Y أحد
# مستشاري الرئيس"), an elative after it ("أحد أبرز قادة الحزب"), a
# described person named after it ("إحدى الأمهات، سعاد،")
_ONE_OF = _words("احد احدي")
# "in/at" (في، لدى): a post's place after a name ("السفير X في …"), an
# aside after a title ("الخبير لدى …")
_IN_AT = _words("في لدي")
# spokesmen and spokeswomen (الناطق، المتحدث), folded
_SPOKESPEOPLE = _words("الناطق المتحدث الناطقه المتحدثه")
# subject_of: the first words after a cue that need a closer look
# "وجاء في تلك البرقيات": a demonstrative before the document named
# dating.refers_to_document: "إحدى هذه البرقيات", one of the papers told of
_THESE = _words("هذه تلك")
# the masculine demonstratives of this and that: speakers' "وأكد ذلك السفير X"
# (the object before the subject) and read28a's "وتزامن ذلك مع"
_THIS_THAT = _words("هذا ذلك")
# the four demonstratives of this and that ("ولعل هذا"; sentences.aside_at)
_THIS_OR_THAT = _THESE | _THIS_THAT
_DEMONSTRATIVES = _THIS_OR_THAT | _words("هاته")
# "وجاء في ذات البيان", "وأكد نفس المصدر": "the same" before the noun
_SAME_BEFORE = frozenset(_SAME_BEFORE_WORDS)  # (dates.SAME_BEFORE: "نفس العام" too)
# dating.today_itself: before "اليوم", the same or that day, bare or after
# ب/و/ف ("في نفس اليوم", "ذات اليوم", "في ذلك اليوم", "ذاك اليوم", "بنفس
# اليوم", "بذلك اليوم"): no today (mend23c)
_SAME_OR_THAT_BEFORE = _with_prefixes(_SAME_BEFORE | _words("ذلك ذاك"), "بوف")
# "وقال لاحقا السفير X", "وواصل حينذاك فقط، «…»": the adverbs of time
# (demonstrative, "then", "later", "again") between a verb of saying and its
# subject, or in place of one (lexicon.NP_STOP ends a phrase at them)
_TIME_ADVERBS = _words(
    "حينها حينذاك انذاك وقتها وقتذاك يومها يومذاك ساعتها ساعتذاك انيذ حينيذ "
    "عنديذ يوميذ وقتيذ ساعتيذ بعديذ عندها بعدها لاحقا مجددا"
)
# subject_of: a nationality before the name, as a description ("أكد
# الجزائري نور الدين X", "وقالت الأمريكية جين Y"), folded, with the article,
# masculine and feminine (not المالي, "the financial")
_NATIONALITIES = frozenset(
    "ال" + w + x
    for w in _words(
        """
        جزايري تونسي مغربي ليبي مصري سوداني سوري لبناني اردني عراقي سعودي
        قطري كويتي اماراتي بحريني عماني يمني فلسطيني اسراييلي موريتاني
        امريكي اميركي فرنسي بريطاني الماني ايطالي اسباني روسي صيني ياباني
        ايراني تركي برتغالي هولندي بلجيكي سويسري سويدي نرويجي دنماركي
        برازيلي ارجنتيني كولومبي مكسيكي كرواتي صربي يوناني هندي باكستاني
        افغاني كوري نيجيري سنغالي كاميروني غاني ايفواري تشادي اثيوبي صومالي
        كندي استرالي بولندي روماني اوكراني نمساوي بلغاري مجري تشيكي
        كيني اوغندي تنزاني اريتري جيبوتي رواندي كونغولي انغولي زامبي
        زيمبابوي موزمبيقي ليبيري غيني نيجري اندونيسي ماليزي فيتنامي تايلاندي
        فلبيني بنغلاديشي سريلانكي نيبالي كازاخي اوزبكي اذربيجاني ارمني
        جورجي فنلندي ايرلندي ايسلندي ليتواني لاتفي استوني بيلاروسي سلوفاكي
        سلوفيني بوسني قبرصي مالطي مولدوفي فنزويلي كوبي بيروفي تشيلي
        اكوادوري بوليفي نيوزيلندي
        """
    )
    for x in ("", "ه")
)
# engine._nisba_forms: the spelling twins among the nationality nisbas
# (folded, both genders) -> the one form compared, so that "المسؤول
# الأميركي" and "السفير الأمريكي" name one nationality (pan-Arab copy mixes
# them); a twin not in _NATIONALITIES is never read as a nationality
_NISBA_TWINS = {"ال" + a + x: "ال" + b + x for a, b in (("اميركي", "امريكي"),) for x in ("", "ه")}
# engine._post_nationalities: a preposition that ends the words qualifying a
# post's head ("المبعوث الأمريكي للملف السوري", "السفير الفرنسي لدى
# الحكومة العراقية", "المبعوث إلى الملف اللبناني"): a nisba after it names the
# post's field or place, not its holder's nationality (and a word glued to
# لل-, "للشؤون العراقية")
_POST_FIELD_PREPOSITIONS = _words("في لدي عن الي من علي مع")
# "وقال لـ«الحياة» وزير الخارجية X إن", "وأكد لوكالة الأنباء مصدر أمني
# أن": an outlet or the press spoken to between the verb and its subject
_TO_OUTLET = (
    frozenset("ل" + w for w in lx.OUTLET_HEADS)
    | frozenset("لل" + w[2:] for w in lx.OUTLET_HEADS if w.startswith("ال"))
    | _words("للصحفيين للصحافيين للاعلاميين لوسايل")
)
# "وقال في كلمته أمام البرلمان رئيس الوزراء X إن", "وأكد خلال اللقاء وزير
# الخارجية X أن": a preposition opening an adverbial phrase between the verb
# and its subject (subject_after_adverbial)
_PREP_BEFORE_SUBJECT = _words("في خلال امام لدي اثناء")
# the statements and occasions of one's own words: such a noun may be owned
# by a pronoun before the subject ("في كلمته أمام البرلمان رئيس …", whose
# owner is the subject), or be in construct with the subject ("في بيان
# الناطق باسم الجيش"), unlike a meeting or a visit, whose noun takes the
# one met for its object or its genitive ("خلال لقائه وزير الخارجية X",
# "خلال زيارة وزير الخارجية X")
_OWN_STATEMENTS = _words(
    "كلمه بيان تصريح تصريحات خطاب رساله تغريده منشور تدوينه مقال حديث مداخله "
    "مرافعه شهاده افاده محاضره موتمر ندوه"
)
_OWN_STATEMENTS_OWNED = frozenset(
    (w[:-1] + "ت" if w[-1] == "ه" else w) + s
    for w in _OWN_STATEMENTS
    for s in ("ه", "ها", "هم", "هما")
)
# the prepositions that an adverbial phrase may hold before the subject
# ("في كلمته أمام البرلمان", "في اتصال مع قناة X"), never right before it
_ADVERBIAL_INSIDE = _words("في خلال امام لدي مع عبر علي الي عن من اثناء حول")
# "«…»، كتبها الناشط X على صفحته": wrote it, the words in marks before
# (no cue elsewhere: "برقية كتبها السفير" names a document's author)
_WROTE_IT = {
    "كتبها": (lx.M, lx.SG),
    "كتبتها": (lx.F, lx.SG),
    "كتبوها": (lx.M, lx.PL),
    "وكتبها": (lx.M, lx.SG),
    "وكتبتها": (lx.F, lx.SG),
}
# "في بيان على لسان X", "على حد تعبيره": a source, no adverbial
_ON_TONGUE = _words("لسان حد")
# cue_at: "ما جاء على لسان X", "بما ورد على لسان X": what X said before,
# named as a thing (confirmed, denied, answered), no source (dev24s): the
# phrase's two words (as cue_at holds them), the verb and ما before them
_ON_THE_TONGUE_OF = ("علي", "لسان")
# (also "«…» كما جاء في", speakers, and "، كما ورد في", sentences.aside_at)
_CAME_ON_TONGUE = _words("جاء ورد")
_WHAT_CAME = _words("ما بما لما مما وما")
# "في تصريح له رئيس الهيئة X": the statement's owner, the subject after
_HIS_HER = _words("له لها")
# speakers.meeting_host: the hearers' pronoun after a verb of saying, third
# person ("وقال لهم"); sentences: any person's ("قال لي", "قال لنا")
_TO_THE_MET = _words("له لها لهم لهما لهن")
_TO_THEM = _TO_THE_MET | _words("لي لنا لك لكم")
# "في خلال": an occasion's preposition (speakers.occasion_label_speaker,
# sentences: "الوزير في كلمته")
_AT_OCCASION = _words("في خلال")
# speakers.label_then_occasion: whom a talk was given before or with, after
# the occasion's word ("في كلمته أمام البرلمان", "في حوار مع القناة"), folded
# (kw36b)
_OCCASION_AUDIENCE = _words("امام مع")
# "وشدد على أن", "وأشار إلى أن": the verb's preposition before أنّ
_TO_OR_ON = _words("علي الي")
# speakers.resolve: "in the presence of", "with the participation of",
# "under the patronage of" before a title ("…، وبحضور رئيس الوزراء X",
# "، بمشاركة الوزير X", "، برعاية الرئيس X"): the persons present at an
# occasion or its patron, never its speaker
_IN_PRESENCE_OF = _words("بحضور وبحضور بمشاركه وبمشاركه برعايه وبرعايه")
# "وأضاف X، في مداخلة هاتفية، مع الإعلامي Y، أنه": a preposition, with و
# or not, right before a titled person set off by commas: he is its object,
# the one talked with or to, never the subject of the sentence's verb
# (speakers.resolve's step 1d; folded)
_PREPOSITION_BEFORE_OBJECT = _with_prefixes(
    _words("مع عن الي علي من في لدي عند بين برفقه رفقه بصحبه"), "و"
)
# phrases.cue_at: "وتابعت الوثيقة في نقلها عن X": the relaying noun with
# its owner's pronoun, a source after في only (lexicon.PREPOSITION_CUES)
_IN_RELAYING = frozenset(normalize(w) for w in lx.RELAYING_NOUNS)
# speakers.object_of_opening_verb: the particle of a verb's object ("وعلق
# على …", "وتحدث عن …", "وأشار إلى …")
_OBJECT_PARTICLES = _TO_OR_ON | _words("عن")
# ... and the adverbs of على that take no genitive ("وعلق على عجل الممثل X":
# in haste; "على مضض": reluctantly; mend27a)
_ALA_ADVERBS = _words("عجل مضض")
# a definite word glued to لـ/بـ ("للصحفيين", "بالرباط")
_DEFINITE_GLUED = _words("لل بال")
_SUBJECT_START_SPECIAL = (
    _PREP_BEFORE_SUBJECT
    | _NATIONALITIES
    | _PRONOUN_SKIP
    | _TO_FROM_WHAT
    | _IN_IT
    | _MANNER
    | _INTERLOCUTORS
    | _DEMONSTRATIVES
    | _SAME_BEFORE
    | _DEICTIC_DAYS
    | _TIME_ADVERBS
    | _TO_OUTLET
    | frozenset({"ل"})
    | frozenset({"علي"})  # ("ورد على ذلك النائب X": subject_of)
    | frozenset(_RELAY_PRONOUNS)  # ("وقال عنه الكاتب X": about him)
)
# verbs that introduce words as said ("فقال «أبدا»"); after the others a word
# or two in marks right after the verb is its object ("وتوقعت «صعود المرأة»")
_SAYING = _words(
    "قال اضاف تابع رد اجاب زاد اردف استطرد استرسل علق كتب ردد غرد ختم واصل اكمل اتم "
    # (the verbs of dialogue: interrupting, asking for, replying, shouting,
    # asking, going back on one's words)
    "قاطع طلب عقب صاح صرخ هتف تساءل تسايل استدرك تدارك"
)
# verbs of the one who writes a cable ("في البرقية …، يروي/يكتب السفير X")
_TELLS = _words("كتب روي")
# verbs of telling whose object is the one told, never the one who speaks
# ("أبلغ الوزير السفير أن", "أخبرت الوزيرة الوفد بأن")
_INFORM = _words("ابلغ اخبر اطلع")
# "جاء ذلك خلال …", "وجاء هذا في مداخلة …": the sentence after a statement
# that tells the occasion it was made at (dating and speakers read it)
_THAT_CAME = _words("جاء وجاء")
# cues that go on with the account just quoted ("ويضيف نائب آخر", "وتعلق السفارة");
# concluding goes on too
_GO_ON = _words("اضاف تابع زاد اردف استطرد استرسل علق خلص ختم واصل اكمل استكمل اتم")
# verbs of saying only as going on or ending ("وتابع الوزير «…»"), which
# also take an object ("وتابع الجمهور «باب الحارة»", "الذي يتابع الأسواق")
_GOING_ON_VERBS = _words("تابع واصل اكمل استكمل اتم ختم زاد")
# engine._GOES_ON: the verbs of concluding (lemmas), which go on with the
# words of the one quoted before only when the words themselves are their
# complement ("وخلص X إلى القول", "وختم X بالقول", "واختتم X حديثه قائلا"),
# not a visit or a session ("واختتم الوزير زيارته … وقال"; mend37c)
_CONCLUDING_VERBS = frozenset(("خلص", "ختم", "اختتم"))
# the complement that is the words: a manner of saying or the speaker's own
# speech, possessed (folded)
_CONCLUDED_WITH_WORDS = _words(
    "بالقول بقوله بقولها قايلا قايله بالتاكيد بالتشديد بالاشاره بالدعوه"
) | lx._possessed(
    lx._fold_set(
        "تصريح تصريحات مقابلة حديث بيان كلمة خطاب رسالة مداخلة عظة خطبة محاضرة "
        "رد تعقيب تعليق مرافعة شهادة إفادة كلام ملاحظات مقال مقالة دراسة"
    )
)
# "خلص إلى القول", "إلى أن": what إلى takes when the words are the complement
_TO_SAYING = _words("القول ان التاكيد")
# what a concluding verb closes instead, an occasion ("واختتم الوزير زيارته",
# "واختتمت رئيسة الجلسة النقاش"): bare, with the article or possessed
_CLOSED_OCCASIONS = (lambda bare: bare | frozenset("ال" + w for w in bare) | lx._possessed(bare))(
    _words(
        "زياره جوله جلسه جلسات اجتماع اجتماعات لقاء لقاءات نقاش مناقشه مناقشات "
        "اعمال مباحثات محادثات مشاورات موتمر قمه منتدي دوره ندوه حفل فعاليات "
        "مهرجان ملتقي"
    )
)
# "بيّن" (he showed) is spelt as "بين" (between): right after a noun and
# before no title it is the preposition ("، وبين الوزير أن", "كما بين": verbs)
_BAYNA = _words("بين وبين فبين")
# "لم تكشف اسمه", "رفض ذكر هويته": a cue verb whose object is the speaker's
# name or identity withholds it; it reports no speech
_IDENTITY_OBJECTS = _words(
    "اسمه اسمها اسمهم هويته هويتها هويتهم"
    # "برقية لم تكشف الصحيفة تاريخها": a document's date or source withheld
    " تاريخه تاريخها مصدره مصدرها"
)
# "قدر المستطاع", "قدر الإمكان": "as far as possible", the noun قدر before
# what one can do, never the verb "estimated" with its subject
_AS_FAR_AS = _words("المستطاع الامكان الاستطاعه الطاقه")
_NOUN_MARKERS = frozenset({"عدم", "دون", "بدون", "اثناء", "رغم", "مجرد", "لمجرد", "وهو", "وهي"})
# "وتوقع بعدم الذهاب إلى …", "طالب لعدم …": the verb's object, a negated
# verbal noun; never a subject; nor is a noun of necessity glued to بـ/لـ
# ("وطالب بضرورة تعديل …", "دعا لأهمية …", "شدد بوجوب …")
_BY_NOT = _words("بعدم لعدم بضروره لضروره بوجوب لوجوب باهميه لاهميه بحتميه لحتميه بلزوم")
# "ضريح الرئيس الراحل X", "قبر الزعيم الشهيد Y": a post told with one of
# these after it names a person who has died, no one a later pronoun or a
# bare post stands for (folded; dev23s)
_DECEASED = _words("الراحل الراحله الشهيد الشهيده المرحوم المرحومه الفقيد الفقيده")
# "وجدد الإشارة إلى أن …", "وجددت الدعوة إلى …", "وكرر الحديث عن …": a
# definite verbal noun of telling, the verb of saying's object, its subject
# elided (named before), when a preposition follows it (one of
# _TOLD_MASDAR_PREPOSITIONS) or any word of more than three letters glued to
# بـ/لـ ("المطالبة بوقف", "الدعوة لوقف", but also "بدورها", "بوضوح",
# "لأنصارها"), then no turn to a body (_TURN_NEXT); not after a verb that
# agrees with it and is none of _RENEWING_VERBS (phrases.told_masdar_subject:
# "وقالت الدعوة بدورها إن", its subject), nor "وقالت الدعوة السلفية", "يقول
# الحديث الشريف": a body, a text that speaks; dev23s)
_TOLD_MASDARS = _words(
    "الاشاره الحديث الدعوه التحذير المطالبه التذكير التنويه المناشده التلميح "
    "الاعراب التعبير التاكيد التشديد النداء"
)
# (the words after it of three letters or fewer, or not glued to بـ/لـ: any
# longer word glued to بـ/لـ is taken anyway, بانه، بضرورة، لوقف)
_TOLD_MASDAR_PREPOSITIONS = _words("الي علي عن عما من حول بان لكل")
# verbs of saying that take such a verbal noun for their object ("وجددت
# الدعوة إلى", "وكرر النداء"): after another verb of saying that agrees with
# it, the noun is its subject, a body ("وقالت الدعوة بدورها إن", "وأكد النداء
# بوضوح أن"; mend23b)
_RENEWING_VERBS = _words("جدد كرر ردد اعاد")
# A body without the article is in construct with what follows ("لجنة متابعة
# الإعمار", "هيئة متابعة"): a participle right after it is its verbal noun.
_BODIES_IN_CONSTRUCT = frozenset(t for t in lx.ORGANIZATION_HEADS if not t.startswith("ال"))
_AUXILIARIES = frozenset(
    {"قد", "لقد", "وقد", "فقد", "كان", "كانت", "وكان", "وكانت", "كانوا", "وكانوا", "كما"}
)
# past verbs of three letters whose weak last radical is written ي, not ى
# (the فعِل verbs: "بقي على موقفه", "حظي بدعم"), folded: a word of that
# shape written with ي is otherwise a name ("بري", "علي"), not a verb
# written with ى ("قضى", "سعى")
_WEAK_VERBS_IN_YA = _words("بقي حظي رضي خشي نسي لقي")
# Second halves of compound first names: "نور الدين", "عبد الله", "زين العابدين".
_COMPOUND_SECOND = _words(
    "الدين الله الاسلام الرحمن العابدين الحق الهدي النور العزيز الكريم الرحيم الحميد "
    "المجيد القادر الناصر اللطيف الرزاق الغني الحسن الحسين السلام "
    "الزهراء"  # ("فاطمة الزهراء X": a compound first name)
)
# titles of a relation ("نظيره", "زميلها", "جاره"): with a possessive they
# take no genitive
_RELATION_TITLES = _words("نظير زميل جار")
# a bare preposition where a subject would be ("رأت من جهتها أن"): no subject
# nor a conjunction opening a clause ("فيما قال جارها X:", "بينما قالت")
_NOT_A_SUBJECT_START = _words("من في عن الي مع حسبما كما مثلما فيما بينما بعدما قبلما عندما حينما")
# with its conjunction ("وعن المياه، …، قال:": a topic, "as for"; _base strips
# و/ف only from words longer than three letters); not "والي" (the governor)
_NOT_A_SUBJECT_START_CONJ = frozenset(p + w for w in _NOT_A_SUBJECT_START - {"الي"} for p in "وف")
_POSSESSIVE = ("ه", "ها", "هم", "هما")
_HE_SHE = _words("وهو وهي")
# "ليس سوى «…»", "ما هي إلا «…»" (folded): "is nothing but", before the
# speaker's word for the thing (speakers.is_quotation; dev31d)
_ONLY_THIS = frozenset({"سوي", "الا"})
_IS_NOT = frozenset({"ليس", "ليست", "ليسا", "ليستا", "ليسوا", "لسن", "لست", "لسنا"})
_HE_SHE_THEY = frozenset({"هو", "هي", "هم", "هن"})
# nouns of necessity (folded): "ضرورة وقف …", "أهمية …" open what must be
# done, a demand, never a name (speakers.is_quotation; dev31d)
_NECESSITY = frozenset({"ضروره", "اهميه", "وجوب", "حتميه", "لزوم"})
# "الوزير هو من قال": the pronoun of a cleft before من and its verb
# (phrases.cleft_who), folded
_CLEFT_PRONOUNS = _words("هو هي هم")
# "من سكان حي X": an apposition telling where the person lives
_RESIDENTS = _words("سكان اهالي ابناء اهل")  # (folded)
# "أما X فـ…" (as for X), with or without و
_AMMA = _words("اما واما")
# "وعندما سئل الوزير عن …، قال": a time clause that opens the sentence
_WHEN = _words("عندما وعندما حين وحين حينما وحينما لما ولما")
# the answer label of a transcript ("ج: …", "الجواب: …"), never the speaker
_ANSWER_LABELS = _words("ج جواب الجواب")
_QUANTIFIERS = _words("جميع كل كافه بعض معظم اغلب")
# "وحث الرئيس كل الأطراف على", "ودعا الأمين العام جميع الأطراف إلى": "all"
# before a definite word right after a post is the verb's object, never the
# first word of a name (phrases.scan_np; mend37e)
_ALL_OF = _words("جميع كل كافه")
_THE_LATTER = _words("الاخير الاخيره")
_OWNER = _words("صاحب صاحبه")
_FRONTED_CONJ = _words("لكن ولكن و")
_VERBISH = _words("لم لن قد لا ما")
_SINCE = _words("اذ حيث")  # "…، إذ قال": the cue explains the clause before
_KANA = _words("كان كانت")
# "في بيان", "وفي بيانها", "عبر بلاغ": the statement the words came in
# (speakers.told_in_statement, dating's own statement of a lead)
_IN_STATEMENT = _words("في وفي عبر")
_TITLE_ADJECTIVES = _words("العام العامه التنفيذي الجهوي الوطني الاول")
# earlier_or_apart: written words, an anonymous source
_WRITTEN = _words("كتابي كتابيا كتابيه")
_SOURCE_HEADS = frozenset({"مصدر", "مصادر"})
_SAME = frozenset(_SAME_AFTER_WORDS)  # (dates.SAME_AFTER: "العام نفسه" too)
_DAY_WORDS = _words("اليوم")  # ("في اليوم نفسه", "ذات اليوم": the same day)
# ("في العام نفسه", "نفس السنة", "ذات العام": the same year, dating.same_day;
# dates.YEAR_NOUNS, the list dates reads the phrase by)
_YEAR_NOUNS = frozenset(_YEAR_NOUNS_WORDS)
# dating's once-an-article gate of same_day, besides a word of _SAME: the
# phrases it reads with "the same" first ("نفس العام", "ذات السنة", "ذات
# اليوم"), as the folded text spells them (one regex's search: str's scans
# Arabic slowly, see _literal_search)
_SAME_FIRST_IN = re.compile(
    "|".join(
        [f"{s} {y}" for s in sorted(_SAME_BEFORE) for y in sorted(_YEAR_NOUNS)]
        + [f"ذات {d}" for d in sorted(_DAY_WORDS)]
    )
).search
# dating.same_day: a definite word before "العام نفسه" is the noun العام
# qualifies ("النائب العام نفسه", "والأمين العام ذاته", "للمدعي العام نفسه",
# "القطاع العام ذاته": the general one himself), no year; إلى spelled with
# its ال is no such word ("إلى العام نفسه")
_DEFINITE_OPENINGS = ("ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل")
_AL_PREPOSITIONS = _words("الي والي فالي")


def _qualified_by_year_noun(word: str) -> bool:
    """``word`` (folded) is a definite noun an "العام"/"السنة" after it
    qualifies: "النائب" in "النائب العام نفسه" (dating.same_day)."""
    return word.startswith(_DEFINITE_OPENINGS) and word not in _AL_PREPOSITIONS


_COMMA_OR_PAREN = frozenset("،,(")
_APPOSITION_OPENERS = _COMMA_OR_PAREN | _THEN  # (scan_np: what may follow a phrase)
# scan_np: what may follow a phrase and open its apposition (one test before
# the three: an opener, "وهو/وهي", a dash)
_AFTER_PHRASE = _APPOSITION_OPENERS | _HE_SHE | _DASHES
# first letters of a genitive start, a mark or a parenthesis (see _genitive_start)
_GENITIVE_FIRST = frozenset("بول(") | frozenset(QUOTE_MARKS)
_POSSESSIVE_ENDINGS = frozenset({"ها", "هم"})
_NAME_LINKS = frozenset(
    {"بن", "ابن", "ولد", "عبد", "ابو", "ابي", "بنت", "منت", "ام", "ال", "بو", "سيدي"}
)  # ("حمادي ولد سيدي المختار": سيدي as in Maghrebi and Mauritanian names)
# the links of a patronymic ("X ولد Y", "X بنت Y"): next to them a title word
# is a first name ("الشيخ ولد أحمدو", "سيدي ولد الشيخ"); not عبد/أبو/بن, after
# which a title stays a title ("الرئيس عبد العزيز بوتفليقة", "معالي عبد الله X")
_PATRONYMIC_LINKS = frozenset({"ولد", "بنت", "منت"})
_INDEFINITE_ADJECTIVES = frozenset(
    {"رفيع", "كبير", "سابق", "بارز", "مطلع", "مقرب", "رسمي", "خاص", "صغير", "عمومي", "اجنبي"}
)
# their feminine and plural forms, and the nisbas of three letters, an
# unnamed source's adjectives too ("مصادر مطلعة", "مسؤولون كبار", "مصدر
# طبي": phrases._unnamed_source_before; mend35a)
_SOURCE_ADJECTIVES = frozenset(
    w + e for w in _INDEFINITE_ADJECTIVES for e in ("ه", "ون", "ين")
) | _words("كبار طبي فني")
# what a person is, after an indefinite head and its nisba ("معلمة سورية
# لاجئة", "مزارع عراقي مسن", "عامل مصري شاب"), folded, masculine (the
# feminine adds ه): the description's, no name (phrases.classify; kw33)
_PERSON_STATES = _words("لاجي نازح مهجر مغترب شاب مسن عجوز عاطل مقيم جريح مصاب متطوع")
# the source's adjective "رفيع المستوى" (high-ranking), folded: its second word
# with the article after رفيع ("مسؤول سوداني رفيع المستوى")
_HIGH_LEVEL = "المستوي"
# the unnamed heads that are also the adjective "responsible" ("مصدر
# دبلوماسي مسؤول"), folded; also "the official" any office holder may be
# called (engine's _GENERIC_OFFICIALS)
_RESPONSIBLE = _words("مسوول مسووله مسيول مسيوله")
_MAIN_ROLE_PREPOSITIONS = frozenset({"في", "لدي", "باسم", "الي"})
# the preposition of a spokesman's body ("المتحدث باسم الجيش"), folded: the
# word after it is the post's genitive (phrases._post_genitive_before; kw36)
_IN_NAME_OF = _words("باسم")
# broken plurals of women, folded, with the article, that a feminine plural
# in ات describes ("جمعية النساء العاملات"): no object after a post's
# genitive (phrases._post_object_after; kw36)
_WOMEN_BROKEN_PLURALS = _words("النساء النسوه الارامل الاناث")
# the titles that إلى continues ("المبعوث الأممي إلى ليبيا", "سفير تونس إلى
# مالي"); after another title it is the verb's goal ("عاد الوزير إلى المنصة")
_TITLES_TO = _words(
    "المبعوث مبعوث المبعوثه مبعوثه الموفد موفد المندوب مندوب "
    "السفير سفير السفيره سفيره الممثل ممثل الممثله ممثله"
)
# the titles that عن + an indefinite noun continues ("نائب عن دائرة …",
# "المسؤول عن ملف …"); after another title it is the topic ("مراسل العربية
# عن مصير …")
_TITLES_ABOUT = _words(
    "نايب النايب نايبه النايبه نواب النواب مسوول المسوول مسووله المسووله مسوولين "
    "مسيول المسيول مسيوله المسيوله مسيولين المسيولين "
    "المسوولين ممثل الممثل ممثله الممثله متحدث المتحدث متحدثه المتحدثه ناطق الناطق "
    "ناطقه الناطقه مدافع المدافع مدافعه المدافعه"
)
# "لم يكن صاحب المحل يتوقع", "كان الضابط يرسم": the auxiliary before a
# sentence's subject and its present verb
_NOT_WAS = _words("لم ولم فلم")
# cue_at: the present of سجّل right after a negation ("أنه لم تسجل أي
# وفيات", "ولم يسجل التقرير أي تحسن"): nothing was recorded, no verb of
# noting (dev24s)
_RECORDS_PRESENT = _words("يسجل تسجل يسجلون يسجلان تسجلان")
_NEGATIONS_BEFORE_PRESENT = _NOT_WAS | _words("لا ولا لن ولن")
_AUX_WAS = _words("يكن تكن كان كانت وكان وكانت")
# what before a title's phrase makes it the subject of a later verb or of
# كان and its sisters, never that of a verb whose object may follow the name
# ("وكانت النائبة X أنيته فوغت قد قالت", "أن الوزير X"): no feminine noun with a
# possessive read there is the verb's object (phrases.owned_feminine_at)
_NO_OBJECT_VERB_BEFORE = (
    _AUX_WAS
    | _THAT
    | _words("فكان فكانت ظل وظل ظلت وظلت بات وبات باتت وباتت اصبح واصبح اصبحت واصبحت")
    | _words("مازال ومازال مازالت ومازالت لايزال ولايزال لاتزال ولاتزال ان وان لكن ولكن")
    | _words("كما وكما بينما فيما حيث اذ عندما وعندما لما ولما")
)
# words that complete a title: "القائم بالأعمال", "المبعوثة بالإنابة" (all
# the words of an acting post: بالإنابة، بالنيابة، بالوكالة، بالتكليف)
_TITLE_COMPLEMENTS = frozenset({"بالاعمال", "بالانابه", "بالنيابه", "بالوكاله", "بالتكليف"})
# "القائم بأعمال رئيس الحكومة" (folded): a title's complement in construct,
# no word of a name after a definite title
_ACTING_WORDS = _TITLE_COMPLEMENTS | _words("باعمال")
# A participle's complement inside a title: a preposition or a noun with the
# pronoun of the titled person ("رئيس المجلس الممدد له X", "الرئيس المنتهية
# ولايته X", "المدير المنتهية مهامها X"): the title goes on over it, the name
# follows
_PARTICIPLE_COMPLEMENTS = _words(
    "له لها لهما لهم ولايته ولايتها ولايتهما ولايتهم مهامه مهامها عهدته عهدتها"
    # ("وزير الداخلية في الحكومة المعترف بها، الفريق X،", "المعترف بها X": the
    # body's participle and its بـ with the pronoun; dev17s)
    " به بها بهما بهم"
)
_MARKS_OR_PAREN = frozenset(QUOTE_MARKS) | {"("}
# an interview, a talk held with someone ("في حوار مع X، قال فيه", "في
# حوار أجراه X مع الصحف"), folded
_INTERVIEWS = _words("مقابله المقابله حوار الحوار لقاء اللقاء حديث الحديث دردشه الدردشه")
# speakers.statement_of: the Prophet, who owns a hadith told by the noun
# alone ("بحديث النبي «…»", "لحديث الرسول «…»"; no title in lexicon.TITLES)
_HADITH_OWNERS = _words("النبي الرسول")
# a rank before the name, like an honorific: "المدير الجهوي … العقيد محمد X"
_GENERAL = _words("عام العام")
_AGO = _words("قبل منذ")
# "وجاء في بيانها / حكمه / تقريرهم": a statement whose owner is a pronoun
# (the stem as it stands before the suffix: a final ة becomes ت)
_POSSESSED_STATEMENTS = _words(
    "بيان تقرير حكم قرار رسالت مذكرت بلاغ كلمت خطاب تصريح تصريحات تغريدت منشور ردود رد"
)
_GROUNDS = _words("حيثيات نص منطوق")  # "في حيثيات حكمها": the grounds of the ruling
# "وهي معلمة متقاعدة تسكن في شارع …:": where the person lives completes
# the description a وهو/وهي aside gives (other present verbs open what the
# person does: "عامل بناء من بنغلاديش يعمل في الدولة منذ …")
_DWELLS = _words("يسكن تسكن يقيم تقيم يعيش تعيش يقطن تقطن")
_HONORIFIC_WORDS = lx.HONORIFICS - {"د", "م", "."}
_MILITARY_RANKS = _words("العقيد اللواء العميد الفريق المقدم الرايد النقيب الملازم المشير الجنرال")
# the ranks of the churches' clergy a cleric is addressed by before his name
# ("المطران X", "الأب X"), folded (phrases.classify: a cleric received by a
# host's post; kw36b)
_CLERICAL_RANKS = _words(
    "المطران القس القسيس الاسقف الكاهن الاب الخوري الارشمندريت البطريرك المونسنيور "
    "الكاردينال المتروبوليت"
)
_HONORIFICS_OR_RANKS = lx.HONORIFICS | _MILITARY_RANKS
# a saint a church, a monastery or a parish is named after ("دير مار مارون",
# "كنيسة القديس جاورجيوس", "مدرسة مار يوسف"), folded: after such a body's
# noun the saint and his name are the body's name, not a person's
# (phrases.phrase_entity; kw37b)
_SAINTS = _words("مار مارت القديس القديسه")
_SAINT_BODIES = _words("دير كنيسه كاتدراييه رعيه ابرشيه مدرسه مستشفي جامعه كليه معهد مزار")
# the heads of a body (and its directors, kw38), folded, and the words that
# name one body in posts
# ("رئيس الحكومة", "رئيس الوزراء"; "رئيس البرلمان", "رئيس مجلس النواب";
# "رئيس الجمهورية", "رئيس الدولة"): engine.resolve gives a head of a body
# none of whose words the post named before has, nor one of its names, to
# no one named with that post (kw37b)
_BODY_HEAD_TITLES = _words("رييس رييسه مدير مديره")
_SAME_BODY_WORDS = (
    _words("حكومه وزراء"),
    _words("برلمان مجلس نواب شعب امه شوري كنيست"),
    _words("جمهوريه دوله بلاد"),
    # ("مدير الأمن" after "مدير الشرطة X": the police, its director; kw38)
    _words("شرطه امن"),
)
# a body's common noun alone after its director or head ("مدير الوكالة",
# "رئيس المنظمة"): the body named before by its name or acronym, no other
# (engine.resolve; mend36d)
_BODY_COMMON_NOUNS = _words("وكاله منظمه هييه صندوق مفوضيه برنامج")
# the heads of a deputy's or an assistant's post ("نائب أمير المنطقة",
# "مساعد وزير الخارجية"): another's post than the one they are in construct
# with (speakers.unnamed_post_goes_on; mend36d)
_DEPUTY_HEADS = _words("نايب نايبه مساعد مساعده وكيل وكيله")
# the words of a post too common to tell two posts one ("العام", "الأول",
# "السابق"; speakers.unnamed_post_goes_on; mend36d)
_POST_COMMON_WORDS = _words("عام عامه اول اولي سابق سابقه اسبق جديد حالي دايم مناوب رسمي")
# a spokesman's post's words other than his title and his body's (engine.resolve)
_SPOKESMAN_FRAME_WORDS = _words("باسم رسمي رسميه")
# what completes a military rank before the name ("الفريق أول ركن X",
# "اللواء ركن X", "العميد الركن X"; and the degree Egyptian press writes
# between rank and name, "الفريق مهندس X", "اللواء دكتور X"), folded
# (and the arm, "اللواء بحري ركن", "العميد جوي"; not بري, also the
# family name Berri; mend29a)
_RANK_QUALIFIERS = _words("اول ركن الركن مهندس دكتور بحري جوي")
_HONORIFIC_WORDS_OR_RANKS = _HONORIFIC_WORDS | _MILITARY_RANKS
# the platforms a text is posted on ("بيان X على تويتر", "على منصة إكس")
PLATFORM_NAMES = _words(
    "تويتر فيسبوك الفيسبوك فيس اكس يوتيوب انستغرام انستجرام تلغرام تليغرام تيليغرام تيليجرام منصه"
)
# "على" before these is the preposition, not the name Ali ("كتبت على منصة إكس")
# (and the nouns of its adverbial phrases, "وذكرت على الخصوص X", "وأكدت
# الصحيفة على الأقل أن": no family name of Ali)
_ALA_OBJECTS = (
    _words(
        "منصه منصات حسابه حسابها حسابهم صفحته صفحتها هامش موقعه موقعها لسان "
        # (a platform of his: "كتب X Y على منصته «…»", "على حساباته")
        "منصته منصتها منصاته منصاتها حساباته حساباتها صفحاته صفحاتها قناته قناتها "
        "مدونته مدونتها "
        "الخصوص الاقل الارجح الاطلاق الفور الاغلب التوالي الدوام وجه سبيل "
        # (existence, lack: "أكد X Y على وجود أزمة", "شدد على عدم …")
        "وجود عدم"
    )
    # (a platform by its name: "وكتب على تويتر أن «…»", "على فيس بوك")
    | PLATFORM_NAMES
    # (words said, with the pronoun of the one who said them: "وأكدت X على
    # كلامه", "وعلق X على تصريحاتها"; a name never carries a possessive)
    | frozenset(
        stem + suffix
        for stem in _words(
            "كلام حديث قول سوال تصريح تصريحات راي موقف رد انتقاد انتقادات اتهام "
            "اتهامات تعليق تعليقات طلب اقتراح"
        )
        for suffix in ("ه", "ها", "هم", "هما")
    )
)
# "علي" before these, after a name, is the name Ali: no preposition ends
# before a comma or a stop ("تقول فاطمة أيت علي، وهي …")
_ALI_LAST = frozenset({"،", ",", ".", ":", "؛", ";"})
# "أحد السكان، ويدعى آدم إسحاق،": the name of a source told of by a
# description ("who is called …", "whose name is …")
_CALLED = _words("يدعي ويدعي تدعي وتدعي اسمه واسمه اسمها واسمها")
# "X، المعروف بصرامته،", "X Y الشهير بـ«Z»", "الملقب بـ«…»": what a person is
# known or nicknamed as, set off after the name, never a name nor a post
# (folded)
_KNOWN_AS_PARTICIPLES = _words("المعروف المعروفه الملقب الملقبه المشهور المشهوره الشهير الشهيره")
# scan_np: "nicknamed", which a nickname always follows ("قائد الجيش سامر
# خليل الملقب «أبو فادي»"), and what follows "known" when it is the
# nickname's "as" (بـ alone before marks, by a name, a kunya), not a name in
# ب ("الكاتب المعروف بسام X"), folded (kw27b)
_NICKNAMED = _words("الملقب الملقبه المكني المكناه")
_KNOWN_AS_BY = _words("ب باسم بلقب بكنيه بابي بابو بام")
# "المعروف بلقب الجنرال X": the words that a one-word nickname follows
# (phrases._nickname_then_name; mend25a)
_NICKNAME_WORDS = _words("باسم بلقب بكنيه")
# a conjunction that opens a new clause after a quote ("…"، في حين قالت X)
_NEW_CLAUSE = _words("حين بينما فيما وبينما وفيما حيث")
_LATER = frozenset({"لاحقا", "لاحقاً", "بعدها", "وقتها", "حينها", "سابقا"})
_TIME_WORDS = frozenset({"بعد", "قبل", "وبعد", "وقبل", "فبعد"} | _LATER | {"و" + w for w in _LATER})
# "في جلسة سابقة", "في وقت سابق", "في تصريحات سابقة": an earlier occasion
# (after an occasion noun; after a title, "وزير سابق", the adjective "former")
_EARLIER = _words("سابق سابقه السابق السابقه")
_EARLIER_OCCASIONS = _words(
    "وقت الوقت جلسه الجلسه اجتماع الاجتماع مناسبه المناسبه تصريح التصريح تصريحات "
    "التصريحات مقابله المقابله حديث الحديث لقاء اللقاء مره المره مرافعه المرافعه "
    # (a post or a statement of his own: "وفي تغريدة سابقة قال X", "في بيان سابق")
    "تغريده التغريده تغريدات التغريدات تدوينه التدوينه تدوينات منشور المنشور "
    "بيان البيان كلمه الكلمه خطاب الخطاب رساله الرساله"
)
_TIME_OR_THEN = _TIME_WORDS | _THEN | _EARLIER  # (Extractor.time_words)
# an editor's note, folded ("ملاحظة: …", "تنويه: …"): no speaker's head
# (phrases._COMMON_HEADS), and, opening its sentence before a colon, the
# outlet's words that follow, no one's quote (speakers.is_quotation)
_EDITORS_NOTES = _words("ملاحظه ملحوظه تنويه")
# a cable's writer's own cable ("في برقيته/برقيتها": dating.refers_to_document)
_OWNED_CABLES = _words("برقيته برقيتها برقيتهم")
# the cable or memo a person wrote his words in ("كتب السفير X في برقية/
# البرقية/برقيته/مذكرته أن «…»"): his editor's note after them is his
# (speakers.is_quotation)
_CABLES_WRITTEN_IN = _words("برقيه البرقيه مذكرته مذكرتها") | _OWNED_CABLES | _MEMOS
_TIME_UNITS = _words(
    "ذلك اشهر شهر شهرين ايام يوم يومين اسابيع اسبوع اسبوعين سنوات سنه سنتين عام عامين اعوام "
    "فتره ساعات ساعه عده بضعه"
)
_NISBA_PLURAL = re.compile(r"^(?:[وفبل]?ال|لل)\w{3,}ي(?:ون|ين)$")
_ANON_PLURAL_SUFFIX = ("ون", "ين", "و")


def _anon_plural(head: str) -> bool:
    """An anonymous head in the plural: "مسؤولون", "مستشارين", "مسؤولو" in
    construct (but "عضو", whose و is its own, is one member), or a broken
    plural of persons (_SINGULAR_OF: "أعضاء", "وجهاء", "مشايخ"; dev15a)."""
    return (
        head.endswith(_ANON_PLURAL_SUFFIX) and (head[-1] != "و" or len(head) > 4)
    ) or head in _SINGULAR_OF


_COUNTRIES = _words(
    "فرنسا بريطانيا المانيا ايطاليا اسبانيا روسيا الصين اليابان امريكا اميركا ايران تركيا "
    "الجزاير تونس المغرب ليبيا مصر السودان سوريا لبنان الاردن العراق السعوديه قطر الكويت "
    "الامارات البحرين عمان اليمن اسراييل فلسطين مالي النيجر موريتانيا واشنطن باريس لندن "
    "موسكو بكين طهران انقره القاهره دمشق بيروت بغداد الرياض الدوحه "
    # more states (a state before a present verb in a that-clause, "إن
    # النرويج تدعو", was read as a person's name)
    "كندا الهند باكستان افغانستان اندونيسيا ماليزيا كوريا اليونان قبرص "
    "النرويج السويد الدنمارك فنلندا هولندا بلجيكا سويسرا النمسا بولندا "
    "البرتغال اوكرانيا البرازيل الارجنتين المكسيك فنزويلا كوبا استراليا "
    "اثيوبيا الصومال جيبوتي اريتريا تشاد السنغال نيجيريا كينيا"
)


@dataclass(slots=True)
class _Entity:
    surface: str
    kind: str
    role: str | None
    gender: str
    number: str
    pos: int  # char offset of the mention (folded text)
    sentence: int
    key: str  # spelling-insensitive key for person names
    cue_subject: bool = False
    date: str | None = None
    precision: str | None = None


@dataclass(slots=True)
class _CueHit:
    tok: int  # first token of the cue
    np_start: int  # first token of the phrase it governs
    cue: lx.Cue
    pronoun: tuple[str, str] | None = None  # "على حد تعبيره": features of the suffix
    lam: bool = False  # phrase begins with a ل that is not part of the name
    relayer: _Entity | None = None  # نقل X عن Y: X, a mention for later
    np_end: int = -1  # end of the speaker phrase, once parsed


@dataclass(slots=True)
class _Quote:
    start: int  # content, folded offsets
    end: int
    open_tok: int  # token index of the opening mark (or colon)
    close_tok: int  # token index of the closing mark (or last token + 1)
    marked: bool = True
    answer: bool = False  # an interview answer (ج: …)
    headline: int = -1  # an unmarked headline "X لـ«Y»: …": X ends at this token


@dataclass(slots=True)
class _Attribution:
    entity: _Entity | None
    cue: str | None
    via: str | None = None
    confidence: float = 0.5
    follow_up: bool = False
    cue_tok: int | None = None
    clause: tuple[int, int] | None = None  # tokens of the cue clause (for dates)


@dataclass(slots=True)
class _Doc:
    text: str
    folded: str
    offsets: list[int] | None
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    toks: list[str] = field(default_factory=list)

    def orig(self, a: int, b: int) -> str:
        if self.offsets is None:
            return self.text[a:b]
        return self.text[self.offsets[a] : self.oend(b)]

    def omap(self, a: int) -> int:
        return a if self.offsets is None else self.offsets[a]

    def oend(self, b: int) -> int:
        """The original offset of a span's end ``b`` (folded): where the
        character after the span starts, or, when ``b`` falls among the
        letters one character folded into ("ﷺ": صلى الله عليه وسلم, four
        words), after that character (its start would cut the span short,
        to nothing when it began in it too; fuzz24)."""
        offsets = self.offsets
        if offsets is None:
            return b
        end = offsets[b]
        if b:
            last = offsets[b - 1]
            if last == end:
                return end + 1
            if end - last > 1:
                # characters folded away before the next one: a direction
                # mark or a zero-width character the page left after the
                # span's last letter is no part of it (a quote, a name, a
                # post); tashkeel and tatweel are (fuzz28)
                text = self.text
                while text[end - 1] in FORMAT_MARKS:
                    end -= 1
        return end


# quotes are built through a mutable twin (see types.mutable_twin)
_QuoteBuilder = mutable_twin(ExtractedQuote)


# --------------------------------------------------------------------------
# Small word helpers


def _base(tok: str) -> str:
    """Strip a conjunction و/ف from a token when the rest is a known word."""
    if len(tok) > 3 and tok[0] in "وف":
        return tok[1:]
    return tok


def _cues_with_prefixes() -> dict[str, lx.Cue]:
    """Every cue word, also with a glued و/ف when it is at least three letters
    long (the bare word wins when both exist): one lookup per token."""
    table = {p + w: cue for w, cue in lx.CUES.items() if len(w) >= 3 for p in "وف"}
    # "عاد غوديك ليكتب أن": a present-tense cue after the purpose لـ
    table.update(
        ("ل" + w, cue)
        for w, cue in lx.CUES.items()
        if cue.kind == lx.VERB and len(w) >= 4 and w[0] in "يت" and "ل" + w not in lx.CUES
    )
    table.update(lx.CONJOINED_CUES)  # ("وواصل": never the bare "واصل", a name)
    table.update(lx.CUES)
    return table


_CUE_OF = _cues_with_prefixes()
_cue_of = _CUE_OF.get  # the cue a token is (with a و/ف prefix), or None


def _going_on_present_idle(toks: list[str], j: int) -> bool:
    """Whether the present of واصل at token ``j`` (glued to و/ف: "وتواصل",
    "ويواصل") tells no words: only right before its colon or a participle,
    after one definite word at most, does it go on with words ("وتواصل
    البرقية: …", "ويواصل السفير في برقيته: …", "ويواصل قائلا"); with an
    object it continues a deed ("وتواصل القوات قصفها للمدينة: …", "ويواصل
    الجيش عملياته:"); read by find_unmarked only, for the colon (mend23b)."""
    word = toks[j]
    if word[1:2] not in ("ي", "ت"):
        return False  # (the past "وواصل", "وواصلت": as it was)
    n = len(toks)
    nxt = toks[j + 1] if j + 1 < n else ""
    if nxt == ":" or _is_participle(nxt):
        return False
    if nxt[:2] != "ال" or j + 2 >= n:
        return True
    t2 = toks[j + 2]
    return not (t2 == ":" or t2 == "في" or _is_participle(t2))


def _is_participle(word: str) -> bool:
    hit = _cue_of(word)
    return hit is not None and hit.kind == lx.PARTICIPLE


# find_unclosed: "بما سماه «…", "ما أسمته «…", "مما يسمونه «…": the words the
# subject chose for a thing, introduced as his as after "ما وصفه" (sentences'
# introduced_unclosed), the verb of naming right after ما and its clitics
_NAMED_IT = lx._fold_set("سماه سمته سموه أسماه أسمته أسموه يسميه تسميه يسمونه")
_WHAT_NAMED = lx._fold_set("ما بما لما مما فيما وما")


@lru_cache(maxsize=1024)
def _key(name: str, loose: bool = False) -> str:
    """Spelling-insensitive key of a name: no article, no long vowels, merged
    letters that transliterate the same foreign sound (g: غ ج ق ك); the
    ``loose`` key also drops an alif before و that opens a word and a letter
    doubled in it (canonical()'s second pass, when no name matched)."""
    out = []
    words = name.split()
    if "الله" in words or "عبد" in words or "بو" in words:
        # "نصر الله" and "نصرالله", "عبد العزيز" and "عبدالعزيز": a compound
        # name written in two words or in one is one name; so is a Maghrebi
        # family name in بو ("بو زيان" and "بوزيان")
        joined: list[str] = []
        for word in words:
            if joined and (word == "الله" or joined[-1] == "عبد" or joined[-1] == "بو"):
                joined[-1] += word
            else:
                joined.append(word)
        words = joined
    if loose:
        words = [part for word in words for part in _unglued_article(word)]
    for word in words:
        if word.startswith("ال") and len(word) > 4:
            word = word[2:]
        elif word == "ابن":
            # "ابن فرحان" for "X بن فرحان": the son-of link with its alif,
            # written at the start of a mention, dropped between two names
            word = "بن"
        elif loose and word[:2] == "او" and len(word) > 4:
            # "أولسون" and "ولسون": the alif that carries a foreign name's
            # first vowel, dropped by some writers
            word = word[1:]
        word = word.translate(_KEY_TABLE)
        if loose and len(word) > 3:
            # (a consonant doubled in a transliteration: "موللر", "كيللي")
            word = "".join(c for i, c in enumerate(word) if not i or c != word[i - 1])
        out.append(word[:1] + word[1:].replace("ا", "").replace("و", "").replace("ي", ""))
    return " ".join(out)


def _unglued_article(word: str) -> tuple[str, ...]:
    """A name's word with the space before the next word's article lost
    ("بشرالخصاونة" for "بشر الخصاونة", "نورالدين"), as two words, for the
    loose key: three letters at least on each side of the article, no
    article first, not a compound in عبد ("عبدالرحمن", one name)."""
    i = word.find("ال", 3)
    if i < 0 or len(word) - i < 5 or word[:2] == "ال" or word[:3] == "عبد":
        return (word,)
    return word[:i], word[i:]


@lru_cache(maxsize=1024)
def _key_words(key: str) -> frozenset[str]:
    """The words of a name key, as a set (canonical() compares them)."""
    return frozenset(key.split())


@lru_cache(maxsize=1024)
def _match_words(key: str) -> frozenset[str]:
    """The words of a name key as canonical() matches a mention against a
    name met before: the son-of link بن glued to the name after it, as some
    outlets write it ("بن كيران", "ابن كيران" and "بنكيران" are one word; a
    link with no name after it, in a mention cut short, is left out)."""
    if "بن" not in key:
        return _key_words(key)
    out: list[str] = []
    glue = ""
    for w in key.split():
        if w == "بن":
            glue = w
            continue
        out.append(glue + w)
        glue = ""
    return frozenset(out)


@lru_cache(maxsize=1024)
def _match_all(key: str) -> frozenset[str]:
    """The words a name met before offers to a mention's _match_words: its
    key's words, بن glued to the name after it, and a glued بن split off
    ("عبد الإله بنكيران" offers بنكيران, بن and كيران)."""
    if "بن" not in key:
        return _key_words(key)
    out = set(key.split()) | _match_words(key)
    for w in key.split():
        if w[:2] == "بن" and len(w) > 4:
            out.add("بن")
            out.add(w[2:])
    return frozenset(out)


_KEY_TABLE = str.maketrans({"غ": "ج", "ق": "ج", "ك": "ج", "گ": "ج", "ط": "ت", "ص": "س", "ذ": "ز"})
# the links of lineage a family name said alone opens with ("ولد X", "بن
# X", "أبو X"): no child's name ends with one, the father named before by
# his full name (not عبد, which opens given names: "عبد الله"). Folded
# words, not keys: a key drops the long vowels, and "وليد", "بيني", "أبي"
# would key as "ولد", "بن", "اب" (final read: "تيمور وليد جنبلاط" took his
# father's post)
_LINEAGE_WORDS = frozenset(("بن", "ابن", "ولد", "بنت", "منت", "ابو"))
# nickname_said_later and speakers: the first word of a kunya, "أبو X", "أم X" (a
# nickname in marks after a name: "قائد الجيش، X Y «أبو Z»،")
_KUNYA_HEADS = _words("ابو ام")
# the same in any case ("بلقب أبي X"): a nickname of two words (mend25a)
_KUNYA_HEADS_ANY_CASE = _KUNYA_HEADS | _words("ابي ابا")
# a child's role with the father's pronoun ("وقالت ابنته نسرين بن علي"):
# the child named after the father, though his name opens with a link
_CHILD_ROLES = frozenset(
    stem + suffix for stem in _words("ابن نجل ابنت كريمت") for suffix in ("ه", "ها")
)


def _prep_by_first() -> dict[str, list[tuple[str, ...]]]:
    table: dict[str, list[tuple[str, ...]]] = {}
    for words in lx.PREPOSITION_CUES:
        table.setdefault(words[0], []).append(words)
    table.setdefault("علي", []).append(("علي", "حد"))
    for entries in table.values():
        entries.sort(key=len, reverse=True)
    return table


_PREP_BY_FIRST = _prep_by_first()
# the Cue of each prepositional cue (and of "على حد تعبيره / قوله" by its
# stem), made once: Cue is frozen, so one instance serves every hit
_PREP_CUE: dict = {
    words: lx.Cue(lemma, lx.PREPOSITION) for words, lemma in lx.PREPOSITION_CUES.items()
}
_PREP_CUE.update((stem, lx.Cue("على حد " + stem, lx.PREPOSITION)) for stem in ("تعبير", "قول"))


# "الشهر الماضي", "العام المنصرم", "الأسبوع الفائت", "السنة الماضية": gone
# by (folded), a past period after a relay verb (speakers) and one counted
# from the dateline (dating.relative_to_dateline)
_PAST = _words("الماضي الماضيه المنصرم المنصرمه الفايت الفايته")


# cue_at: "سواء تعلق الأمر بـ…", "إذا تعلق الأمر": the verb تعلّق, "it
# concerns", before "the matter" (folded, with و/ف), no present of علّق
_IT_CONCERNS = _with_prefixes(_words("تعلق"))


# object_after: verbs of taking a stance whose object may be words in marks
# right after the subject ("وانتقد رئيس البرلمان X «تأخر الحكومة …»")
_STANCE_VERBS = _with_prefixes(
    _words("انتقد انتقدت رفض رفضت هاجم هاجمت استنكر استنكرت ندد نددت ادان ادانت استغرب استغربت")
)
# the verbs after which a body past a title's genitive is the object
# (classify): taking a stance, and accusing and meeting ("اتهم وزير الداخلية
# المعارضة بـ…", "التقى رئيس الوزراء النقابات"; kw27b)
_BODY_OBJECT_VERBS = _STANCE_VERBS | _with_prefixes(_words("اتهم اتهمت التقي التقت"))
# a meeting named by its noun, folded ("في اجتماع …", "خلال لقاء …"):
# speakers' occasions, dating.met_in_cable_words
_MEETING_NOUNS = _words("اجتماع لقاء استقبال مباحثات محادثات اجتماعات لقاءات مشاورات")
# verbs of meeting and talks, past (folded, with و/ف): "التقى X يوم …",
# "تحادث الرئيس شهر ماي 2007 مع …", "اجتمع الوزير، الأحد 5 مايو، بـ…"
# (dating: a meeting's own date)
_MEETING_VERBS = _with_prefixes(
    _words(
        "التقي التقت التقيا التقتا التقوا اجتمع اجتمعت اجتمعا اجتمعتا اجتمعوا "
        "تحادث تحادثت تحادثا تحادثوا تباحث تباحثت تباحثا تباحثوا استقبل استقبلت "
        "استقبلا استقبلوا قابل قابلت"
    )
)
# relay_from_met: the verbs whose object is a person met, before "ونقل عنه"
# (the one met is "him"): meeting and visiting ("زار النائب X الرئيس Y ونقل
# عنه أن"); not receiving (the host is "him": "استقبل X Y، الذي نقل عنه")
_MET_BEFORE_RELAY = _with_prefixes(_words("التقي التقت اجتمع اجتمعت قابل قابلت زار زارت"))
# of them, the ones whose object may be another post holder right after
# the subject's title ("التقى وزير الدفاع قائد الجيش، أمس، وقال"; classify,
# kw27b): met or received; قابل, which takes an object too (kw28b)
_MEETING_OBJECT_VERBS = _with_prefixes(_words("التقي التقت استقبل استقبلت قابل قابلت"))
# words that open a place or time adjunct after the one met ("واستقبل رئيس
# الجمهورية المطران X Y في قصر بعبدا، وقال", "… أمس، وقال"), folded (mend34f)
_MET_ADJUNCT_OPENERS = _words("في خلال امس اليوم صباح مساء ظهر")
# an office a bare title heads in construct before its holder's master
# ("مدير مكتب سمو الشيخ X", "رئيس ديوان سمو الأمير X"), folded (mend34f)
_OFFICES_IN_CONSTRUCT = _words("مكتب ديوان")
# plurals of bodies with the article, none a head of one body's name
# (lexicon.ORGANIZATION_HEADS), which such a verb takes as its object
# ("انتقد رئيس الوزراء النقابات"), folded
_BODY_PLURALS = _words(
    "الاحزاب النقابات الجمعيات المنظمات الفصايل الحركات الاتحادات الشركات البنوك "
    "الحكومات الجماعات الهييات الوزارات الميليشيات المليشيات البلديات الموسسات"
)
# prepositions that may open a clause before its verb ("وعن سبب الخسارة، رد
# قائلا"): the noun after one is its object, never the clause's subject
_CLAUSE_PREPOSITIONS = _with_prefixes(_words("عن في علي الي حول بشان بخصوص خلال عند لدي"))

# verbs of contacting someone (بـ, مع): "واتصلت الصحيفة بالسفارة، فأجابت"
_CONTACT = _with_prefixes(_words("اتصل اتصلت اتصلنا تواصل تواصلت تواصلنا"))

# verbs of praise that are no cue, before their subject ("وثمن الوزير …",
# "ثمن الوزير ببرنامج …")
_PRAISE_VERBS = _with_prefixes(_words("ثمن ثمنت رحب رحبت"))
# masculine nouns praised or asked for, glued to بـ, that no ending marks
# as nouns ("بدور", "بأداء"; a feminine or a definite noun needs no list)
_BA_OBJECT_NOUNS = _words("دور اداء عمل اعمال تعاون دعم نجاح تقدم تطور جهد انجاز مستوي تنظيم")

# names_in_marks: a quarter, a street or a camp named in marks ("ربة بيت من
# حي «التيسير»"), part of the description of who lives there
_NAMED_PLACES = _with_prefixes(
    _words("حي الحي شارع الشارع ساحه الساحه ميدان الميدان مخيم المخيم حاره الحاره قريه القريه"),
    "بو",
)

# "شيخ عشيرة بني تميم X": a tribe or clan in construct after a title takes
# its own name (two words after بني/آل/البو/أولاد), part of the title
_TRIBES = _words("عشيره قبيله عشاير قبايل")
# "لفريق كرة القدم", "منتخب كرة السلة": the ball of a sport, in construct
# with its definite name, a complement of the team, never a name
_SPORT_BALL = _words("كره وكره لكره")
_TRIBE_LINKS = _words("بني بنو ال البو اولاد ابناء")

# the last word of a web or TV outlet's name ("شفق نيوز", "صحراء ميديا",
# "المصدر أونلاين"): "قال لشفق نيوز" names the addressee (scan_np); so
# does the first of a radio's or a channel's two ("لشمس إف إم", "لنسمة
# تي في")
_OUTLET_TAILS = _words("نيوز برس بوست تايمز ميديا انفو اونلاين مونيتور اف تي")
# the second word of those two (folded)
_OUTLET_TAIL_PAIRS = {"اف": "ام", "تي": "في"}

# canonical(): "أحد وجهاء القبيلة" later "الوجيه": the broken plurals of
# nouns that describe a person by his standing, and their singulars
_SINGULAR_OF = {
    "وجهاء": "وجيه",
    "مشايخ": "شيخ",
    "شيوخ": "شيخ",
    "زعماء": "زعيم",
    "قاده": "قايد",
    "نواب": "نايب",
    "اعضاء": "عضو",
    "وزراء": "وزير",
    "سفراء": "سفير",
    "خبراء": "خبير",
    "امراء": "امير",
    "علماء": "عالم",
    "تجار": "تاجر",
    "سكان": "ساكن",
    "شهود": "شاهد",
    "ضباط": "ضابط",
    "عمال": "عامل",
    "اطباء": "طبيب",
    "نشطاء": "ناشط",
    "طلاب": "طالب",
    "جنود": "جندي",
    "اساتذه": "استاذ",
    "وكلاء": "وكيل",
    "مدراء": "مدير",
    "روساء": "رييس",
    "قضاه": "قاضي",
    "نساء": "امراه",
}
# classify: the singulars of those; in the feminine sound plural (ات) they
# name women of that standing ("وقالت العاملات", "عاملات المصنع")
_PERSON_SINGULARS = frozenset(_SINGULAR_OF.values())
# classify: plurals of women in ات, folded, without the article, whose
# singular is no title: mothers, sisters, daughters, wives, ladies, girls,
# refugees, the displaced, survivors; a group when they speak ("وقالت
# الأمهات في بيان", "وأكدت أمهات المعتقلين أن"), not a thing in ات
_WOMEN_PLURALS = _words("امهات اخوات بنات زوجات سيدات فتيات لاجيات نازحات ناجيات")


# a word of a kind for the person named with one of its kinds ("وأضافت
# الفنانة" after "الممثلة المغربية X"): the kind (folded, no article) -> the
# heads of its kinds, of the same gender
_KINDS_OF = {
    k: frozenset(_words(v))
    for ks, v in (
        ("فنان", "ممثل مطرب مغني موسيقار ملحن عازف رسام نحات"),
        ("فنانه", "ممثله مطربه مغنيه عازفه رسامه نحاته"),
        ("نجم", "ممثل مطرب مغني لاعب"),
        ("نجمه", "ممثله مطربه مغنيه لاعبه"),
        ("لاعب", "حارس مهاجم مدافع"),
        ("لاعبه", "حارسه مهاجمه مدافعه"),
        ("اديب", "روايي شاعر قاص"),
        ("اديبه", "رواييه شاعره قاصه"),
    )
    for k in ks.split()
}


def _one_of_head(role: str) -> str | None:
    """The singular of the plural in "أحد وجهاء …", "إحدى المحتجات", "أحد
    المحتجين" (folded, without the article), or None."""
    words = _NORMALIZED[role].split(None, 2)
    if len(words) < 2 or words[0] not in ("احد", "احدي"):
        return None
    w = words[1][2:] if words[1].startswith("ال") else words[1]
    if w in _SINGULAR_OF:
        return _SINGULAR_OF[w]
    if len(w) > 5 and w.endswith(("ين", "ون", "ات")):
        return w[:-2]  # "المحتجين" → "محتج" (and "المحتجات" → "محتج")
    return None


# "X، رئيس النادي بالإضافة إلى عدد من اللاعبين": "in addition to" joins
# another noun phrase to the person, never to the person's role
_ADDING = _words("بالاضافه اضافه فضلا علاوه")


# "X ولي عهد … وأخيه Y", "X وزير الخارجية ونظيره الفرنسي Y": a relative or
# a counterpart of the person, joined to him with his pronoun, is another
# person (folded, with و)
_AND_HIS_KIN = frozenset(
    "و" + stem + suffix
    for stem in _words(
        "اخي اخو اخا ابن نجل شقيق زوج اخت ابنت شقيقت زوجت والد والدت صهر حفيد نظير نظيرت"
    )
    for suffix in ("ه", "ها")
)


# "الشريط المصور", "المقطع المصور", "التقرير المصور": مصور after a noun of a
# recording or a print is its adjective, "filmed", "illustrated", no post
# (the nouns with the article or without, folded; mend37c)
_FILMED_ADJECTIVES = _words("المصور المصوره مصور مصوره")
_FILMED_NOUNS = (lambda bare: bare | frozenset("ال" + w for w in bare))(
    _words(
        "شريط مقطع فيديو تقرير تسجيل فيلم كتيب لقطات لقطه مشاهد صور عرض برنامج "
        "بيان رساله خطاب اعلان دليل كتاب تحقيق وثايقي فيديوهات مقاطع اشرطه"
    )
)
# speakers.subject_before: a kunya or a kin noun joined to a list by و
# ("، وأبو محمد وقال", "، وشقيق الضحية وقال"): a person, the verb's subject,
# never a list's item of deeds (folded, without و; mend37c)
_PERSON_ITEM_HEADS = _KUNYA_HEADS_ANY_CASE | _words(
    "ابن ابنه بنت نجل نجله شقيق شقيقه اخ اخو اخت والد والده زوج زوجه عم عمه "
    "خال خاله جد جده حفيد حفيده صهر ارمله"
)


# phrases.classify: the heads of a group of people met after a meeting's
# verb and its subject's title ("والتقى الوزير أسر الجرحى", "عائلات
# الموقوفين", "عددا من …"; kw28), beside the plurals of persons below
_MET_GROUP_HEADS = _words(
    "اسر عايلات اهالي ذوي عددا وعددا وفدا وفودا جموعا ضحايا جرحي مصابي شباب مجموعه"
)


# the adjectives a host's title keeps before the people met ("الوزير الأول")
_ADJECTIVE_OF_TITLE = _words("الاول الاولي المنتدب")


def title_span_end(toks: list[str], a: int, b: int) -> int:
    """The token after the title at ``a`` (before ``b``) of a verb of
    meeting's subject: a title with the article, or a bare one and its
    genitive, then the adjectives of a title (_ADJECTIVE_OF_TITLE)."""
    k = a + 1 if toks[a][:2] == "ال" else a + 2
    while k < b and toks[k] in _ADJECTIVE_OF_TITLE:
        k += 1
    return k


def met_group_head(w: str) -> bool:
    """Token ``w`` (folded, no article) heads a group of people in
    construct: a broken plural of persons ("أعضاء", "رؤساء"), a sound
    plural of a title or its construct ("ممثلي", "موظفين"; the ي test takes
    a defective singular in construct too: "محامي الأسرة", "قاضي التحقيق"),
    kin or a number of people (_MET_GROUP_HEADS)."""
    if w in _MET_GROUP_HEADS or w in _SINGULAR_OF:
        return True
    if w[:2] == "ال" or w in lx.TITLES:
        return False
    if w[-2:] in ("ين", "ون"):
        return w[:-2] in lx.TITLES
    return w[-1:] == "ي" and w[:-1] in lx.TITLES


def met_group_at(toks: list[str], a: int, k: int) -> bool:
    """Token ``k``, right past the title at ``a`` (title_span_end), opens a
    group of people met: met_group_head, or, past a title with the article,
    a definite sound plural in ين of six letters or more, which no singular
    title takes for its adjective ("والتقى الرئيس الفائزين بالجائزة",
    "واستقبل الوزير المتضررين"; not a decade, "الثلاثين"; kw36b)."""
    w = toks[k]
    return met_group_head(w) or (
        w[:2] == "ال"
        and w[-2:] == "ين"
        and len(w) >= 8
        and toks[a][:2] == "ال"
        and w not in _ANNIVERSARY_OPENERS
    )


# bodies or delegations one meets, glued to بـ after a verb of meeting's
# subject ("واجتمع الوزير بلجنة …", "والتقى المحافظ بوفد …"), folded (kw36b)
_MET_BODIES = _words("لجنه وفد وفود مجلس هييه")


def met_with_bi(w: str) -> bool:
    """Token ``w`` (folded) is a body or a group met, glued to بـ with no
    article: "بلجنة", "بوفد", "بممثلي", "بأعضاء" (kw36b)."""
    return w[:1] == "ب" and w[1:3] != "ال" and (w[1:] in _MET_BODIES or met_group_head(w[1:]))


def _event_noun(w: str) -> bool:
    """``w`` (folded) is an event or statement noun, with the article or
    bare: "مؤتمر", "المؤتمر", "تصريح", "اللقاء" (engine's event dates,
    speakers' occasion of a headline's label)."""
    return w in lx.EVENT_NOUNS or (w[:2] == "ال" and w[2:] in lx.EVENT_NOUNS)


def _joins_others(w: str) -> bool:
    """Token ``w`` (folded) joins other people or things to a person described
    in apposition, so it ends the role: "in addition to", a relative or a
    counterpart with his pronoun after و ("وأخيه", "ونظيره"), or a plural of
    persons without the article after و ("X، رئيس مجلس إدارة النادي وأعضاء
    الإدارة", "ولاعبي الفريق", "وممثلي النقابة"), in construct as the role's
    own head is, so coordinated with the person (one person is described in
    the singular), not with a genitive of the role ("رئيس جمعية الصحفيين
    والإعلاميين": the article, a genitive's)."""
    if w in _ADDING or w in _AND_HIS_KIN:
        return True
    if w[:1] != "و" or w[1:3] == "ال" or len(w) < 5:
        return False
    p = w[1:]
    if p in _SINGULAR_OF:
        return True
    # a sound plural ("ومسؤولين", "ومعلمون") or its construct ("ولاعبي")
    # of a title word, which is never itself a title in the singular
    if p in lx.TITLES:
        return False
    return (p[-2:] in ("ين", "ون") and p[:-2] in lx.TITLES) or (
        p[-1] == "ي" and p[:-1] in lx.TITLES
    )


# classify: who takes part in a gathering ("أحد المحتجين في جولة كالتكس"):
# where the gathering stood is no part of the role
_PARTICIPANTS = _words(
    "المحتجين المحتجون المتظاهرين المتظاهرون المعتصمين المعتصمون المحتجات المتظاهرات "
    "المعتصمات المشاركين المشاركون المشاركات محتج متظاهر معتصم محتجه متظاهره معتصمه"
)

# Tokens worth a closer look: cue words, document heads, indefinite plurals.
_TITLE_KEYS = lx.TITLES
# "المقدم من النائبين X وY": a title in the dual (or plural) before two names
_DUAL_TITLES = frozenset(
    p + t + "ين" for t in lx.TITLES if not t.startswith("ال") and len(t) >= 3 for p in ("ال", "لل")
)
# "وأبلغ الوزيران المبعوث الأمريكي أن": a title in the nominative dual with
# the article ("الوزيران", "الوزيرتان"), which no name or genitive follows
# (a dual with the article is in construct with nothing)
_NOMINATIVE_DUAL_TITLES = frozenset(
    "ال" + (t[:-1] + "ت" if t[-1] == "ه" else t) + "ان"
    for t in lx.TITLES
    if not t.startswith("ال") and len(t) >= 3
)
# "متروبوليت طرطوس وتوابعها للسريان المطران X": a see "and its dependencies"
# (its pronoun the see's, or the two sees'), a word of the post, no name
# (folded)
_SEE_DEPENDENCIES = _words("وتوابعها وتوابعه وتوابعهما")
# "وقال مدير المدرسة للصحيفة إن": the outlet the story is in, named again
# by its head with the article and glued to لـ, is the one told (folded)
_TO_THE_OUTLET = _words("للصحيفه للجريده للموقع للوكاله للقناه للاذاعه للمجله")
# the words that open a name before a first name: "أبو أحمد الشامي"
_NAME_PATRONS = _words("ابو ام عبد بن ابن بنت")
# "X، خريج كلية الحقوق، …", "X، موظفة في بنك، …": what a person met in a
# feature is, in apposition after the name, though no title (the titles
# "صاحب", "بائع", "سائق" … are read so too); "أم"/"أب" only before their
# children ("أم لثلاثة أطفال")
_APPOSITION_NOUNS = _words("خريج خريجه موظف موظفه عامل عامله متقاعد متقاعده طالب حارس حارسه ام اب")
# _TO_ME: "لي" is "to me" also before a noun of people that no name is
# ("وقال لي عامل في الميناء", "رجل", "متقاعد")
_TOLD_ME_NOUNS = _SINGULAR_SOURCES | _APPOSITION_NOUNS
# a document head with a possessive suffix ("تقريره", "بيانها", "برقيته")
_OWNED_DOCUMENTS = frozenset(
    (w[:-1] + "ت" if w[-1] == "ه" else w) + suffix
    for w in lx.DOCUMENT_HEADS
    if not w.startswith("ال")
    for suffix in ("ه", "ها", "هم")
)


# the honorifics of a person that are no title ("الدكتور", "السيدة", "الحاج"):
# the name after one outside speech is a person met ("اجتمع الوزير بالدكتور
# X", "مع السيدة Y"), for "وقال الدكتور" or "وقالت Y" later
# the offices of a person that a post heads, folded ("مدير مكتب السيد X",
# "رئيس ديوان الشيخ X"): the honorific after one opens its genitive, the
# person whose office it is (phrases' title walk; dev35s)
_OFFICES_OF_A_PERSON = _words("مكتب ديوان")
_PERSON_HONORIFICS = frozenset(
    w
    for w in lx._fold_set(
        "الدكتور الدكتورة الشيخ الشيخة الأستاذ الأستاذة المهندس المهندسة الحاج "
        "الحاجة السيد السيدة البروفيسور البروفسور البروفيسورة"
    )
    if w not in _TITLE_KEYS
)
_HONORIFIC_MENTIONS = (
    _with_prefixes(_PERSON_HONORIFICS, "وف")
    # (not "بالحاج": a Maghrebi family name, "الهادي بالحاج علي")
    | frozenset(p + w for w in _PERSON_HONORIFICS if "حاج" not in w for p in ("ب", "وب"))
    | frozenset(p + "ل" + w[2:] for w in _PERSON_HONORIFICS for p in ("ل", "ول"))
)
# the honorifics in construct, with no article ("سعادة X", "معالي X"): a
# person met only before a given name, a title or another honorific
# (سعادة is also "happiness", سمو "loftiness"); see register_mentions
_CONSTRUCT_HONORIFIC_MENTIONS = _with_prefixes(
    (w for w in lx._fold_set("سعادة معالي فخامة سماحة سمو") if w not in _TITLE_KEYS), "وف"
)
_HONORIFIC_MENTIONS = _HONORIFIC_MENTIONS | _CONSTRUCT_HONORIFIC_MENTIONS

# a place or an institution named after a person, in construct with the
# honorific ("مستشفى الدكتور X", "حي السيدة زينب", "جامعة الدكتور X"): no
# person met (rev1: narrows c1c0854)
_NAMED_AFTER_HEADS = _words(
    "مستشفي مستوصف مصحه مسجد جامع ضريح مقام شارع نهج زنقه حي ساحه ميدان "
    "منطقه مدينه مدرسه معهد كليه جامعه موسسه مركز قاعه مكتبه ملعب مطار ميناء "
    "جسر طريق جايزه مجمع قصر دار"
)

# the heads of feminine bodies with no article ("بلدية", "وزارة", "حركة"):
# the subject of a clause-opening verb in ت is a mention (register_mentions)
_FEMININE_BODY_HEADS = frozenset(
    h for h in lx.ORGANIZATION_HEADS if h[-1:] == "ه" and h[:2] != "ال"
)

# "كبير المفاوضين", "كبيرة مستشاري الوزير": the chief of a body of people,
# in construct with its plural (_chief_of), a post; else an adjective
# ("عدد كبير", "الكبير"), folded
_CHIEF = _words("كبير كبيره")
# the plurals of the bodies of people a chief heads that no title's plural
# covers ("كبير الحاخامات", "كبير الأساقفة", "كبير الياوران" the court's
# aides-de-camp, "كبير الطهاة"): after كبير/كبيرة a post (_chief_of), as
# "كبير المفاوضين" is; not a plural in ان or ات at large, which a masdar
# shares ("كبير الإيمان بقضيته"), folded (dev32r)
_CHIEF_BODIES_PLURALS = _words(
    "الحاخامات الكهنه الاساقفه الرهبان الفرسان الياوران الامناء الطهاه الحراس الايمه السدنه"
)
_CANDIDATE_KEYS = (
    _HONORIFIC_MENTIONS
    | _CHIEF  # (register_mentions: a post outside speech, "أرسلها كبير المفاوضين X")
    | _with_prefixes(_SINGULAR_SOURCES, "وبل")
    | _with_prefixes(_TITLE_KEYS, "وبف")
    | frozenset("لل" + w[2:] for w in _TITLE_KEYS if w.startswith("ال"))  # "للسفيرة X"
    | frozenset("ل" + w for w in _TITLE_KEYS if not w.startswith("ال"))  # "لأستاذ القانون X"
    | _with_prefixes(lx.CUES)
    | frozenset(lx.CONJOINED_CUES)
    | frozenset(w for w in _CUE_OF if w[0] == "ل" and w not in lx.CUES)
    | _with_prefixes(lx.IMPERSONAL_CUES)
    | _with_prefixes(words[0] for words in lx.PREPOSITION_CUES)
    | _with_prefixes(lx.DOCUMENT_HEADS, "وفبل")
    | _OWNED_DOCUMENTS
    | _with_prefixes(w for w in lx.ANONYMOUS_HEADS if w.endswith(("ون", "ين", "و")))
    | frozenset(_VERBAL_NOUN_CUES)
    | frozenset({"القول"})
    | frozenset(_AQQABA_FORMS)
    | frozenset(_CLAIMING_FORMS)
    | frozenset(_QATA_FORMS)
    | frozenset(_TALABA_FORMS)
    | _LAM_REPLY
    # "عبّر X عن ارتياحه، وقال": the verb (cue_at tells it from the
    # preposition "عبر") names the subject the later verbs go on with
    | frozenset({"عبر", "وعبر", "فعبر"})
    | _DUAL_TITLES
    | _APPOSITION_NOUNS
    # "استنكرت بلدية نابلس …", "أصدر حزب X بيانا": a body, the subject of
    # the verb that opens its clause (register_mentions)
    | _FEMININE_BODY_HEADS
    | lx.MASCULINE_ORGS
)


# scan_np: a cue word, bare or with و/ف (any length)
_CUE_WORDS = _with_prefixes(lx.CUES) | frozenset(lx.CONJOINED_CUES)
# "رئيسها X", "مديره X": a title possessed by the body named before
_POSSESSED_TITLES = _with_prefixes(
    frozenset(
        w + f + s
        for w in _words("رييس مدير امين منسق ناطق متحدث نقيب زعيم قايد")
        for f in ("", "ت")  # (a woman's: "رئيسته لويزة X")
        for s in ("ها", "ه")
    ),
    "وف",
)
# a gathering a lead may date, whose speakers' words take its date
_GATHERINGS = _with_prefixes(
    _words(
        "جلسه الجلسه اجتماع اجتماعا الاجتماع موتمر موتمرا الموتمر ندوه الندوه لقاء اللقاء "
        "زياره الزياره الاسيله "  # (a visit; "الأسئلة الشفوية", a question session)
        "ملتقي الملتقي منتدي المنتدي ورشه الورشه "  # a forum, a workshop
        # possessed: "عقد مجلس الوزراء جلسته الأسبوعية", "عقدت اللجنة اجتماعها"
        "جلسته جلستها جلساته اجتماعه اجتماعها موتمره موتمرها ندوته ندوتها لقاءه لقاءها "
        # (and as the genitive is spelt, "خلال لقائه ب…", folded)
        "لقايه لقايها "
        # a protest: "نظم العشرات … صباح الخميس 4 دجنبر 2025 وقفة احتجاجية"
        "وقفه الوقفه مسيره المسيره اعتصام الاعتصام تظاهره التظاهره مظاهره المظاهره "
        # (in the plural: "شهدت مديريات عدن، مساء أمس الأحد …، احتجاجات غاضبة")
        "احتجاجات الاحتجاجات مظاهرات المظاهرات تظاهرات التظاهرات وقفات اعتصامات مسيرات "
        # Maghrebi: a body's sittings are its "أشغال", a session its "دورة"
        # ("انعقدت يوم … أشغال الهيئة الإدارية", "اختتم المجلس … أشغال دورته")
        "اشغال الاشغال اشغاله اشغالها الدوره دورته دورتها "
        # a body "convened" today sits: "قررت الهيئة الإدارية، المنعقدة اليوم"
        "المنعقده المنعقد "
        # a court or a council hearing a case: "نظرت الدائرة الجنائية، يوم …، في"
        "نظرت "
        # a debate opened: "افتتح المجلس يوم … النقاش العام حول مشروع الميزانية"
        "النقاش"
    ),
    "وفب",
)
# a label noun for a gathering one speaks at ("خلال افتتاح المؤتمر الوطني
# «…»"), unlike a thing named (البرنامج، المنصة، المشروع): speakers'
# aside_to_marks; with the article or not, the gathering a year after its
# name dates (dating's gathering_year: "في القمة … عام 2015")
_GATHERING_LABELS = lx._fold_set("مؤتمر منتدى قمة ملتقى تجمع")
# a gathering's label, bare or with the article ("منتدى", "المؤتمر"): a year
# after it is the gathering's (dating.gathering_dated)
_GATHERING_NAMERS = _GATHERING_LABELS | frozenset("ال" + w for w in _GATHERING_LABELS)
_IN = _words("في وفي")
# of_somewhere, vox_pop ("فلاح من ضواحي تارودانت"، "موظفة في قطاع الصحة:"), and
# find_soft_breaks ("من جهته،", "في المقابل،")
_FROM = frozenset({"من"})
# "وخلال الزيارة،": an event told of before, named again (event_told_before)
_DURING = _words("خلال وخلال في وفي اثناء واثناء")
# "X، وزير الخارجية خلال لقائه نظيره،": when (خلال، أثناء، عقب، بعد) and
# the person's own occasion end a post set off after his name (mend31a;
# لقائه as the text folds it: lx.OWN_OCCASIONS_POSSESSED holds لقاءه)
_POST_ENDING_WHEN = _words("خلال اثناء عقب بعد")
_OWN_OCCASION_AFTER_POST = lx.OWN_OCCASIONS_POSSESSED | frozenset(
    normalize(w) for w in ("لقائه", "لقائها", "لقائهم", "لقائهما")
)
# "قال X، الذي كان يتحدث في ندوة يوم …، إن": a relative clause telling the
# speaker was speaking at an occasion, whose day is the words' (dev27d)
# the verbs of speaking, the one set the others are built from (mend27d):
# past (تحدث، تكلم) and present (يتحدث، يتكلم) of one person, either gender
_SPOKE = _words("تحدث تحدثت تكلم تكلمت")
_SPEAKING = _words("يتحدث تتحدث يتكلم تتكلم")
_SPEAKING_AT = _SPEAKING | _words("يتحدثون يتكلمون يخطب تخطب")
# verbs that are no cue and take عن for their complement, bare or glued to
# و/ف ("وتحدث رئيس الحزب عن الحرية وقال", phrases.scan_np: عن there is the
# verb's, no post's but after a title عن continues, _TITLES_ABOUT; kw33)
_SPOKE_ABOUT = frozenset(
    p + w for w in _SPOKE | _SPEAKING | _words("دافع دافعت يدافع تدافع") for p in ("", "و", "ف")
)
# after a verb of _SPOKE_ABOUT, an indefinite constituency or body after عن
# is still the post's ("وتحدث مرشح عن دائرة الخرطوم", "عضو عن حزب الأمة";
# mend31b)
_SEATS_ABOUT = _words("دايره حزب ولايه كتله قايمه محافظه اقليم مديريه")
_MEMBERS_ABOUT = _words("مرشح مرشحه المرشح المرشحه عضو عضوه العضو العضوه")
# source_told_at: posts that take a person for their genitive, glued to لـ
# ("الحارس الشخصي لمسؤول كبير", "المحامي الموكل لمواطن سوري"): no one told
# (mend31b)
_PERSON_GENITIVE_HEADS = _words(
    "حارس حارسه محامي محاميه زوج زوجه شقيق شقيقه مستشار مستشاره مساعد مساعده "
    "مرافق مرافقه سكرتير سكرتيره ابن ابنه نجل نجله كريمه موكل وكيل"
)
_EVENTS_TOLD = _words(
    "الجوله الزياره الجلسه الاجتماع اللقاء الموتمر الندوه الوقفه الاعتصام المسيره الملتقي"
)
_IN_OR_FROM = frozenset({"في", "من"})
_AMAM = _with_prefixes(_words("امام"), "و")  # (see engine._Extractor: "إمام", an imam)
# "وشدد أمامه على", "وأكدت أمامهم أن": "in front of him" (of her, of them)
# right after a verb of saying, an adverb that folds like "his imam"; never
# the verb's subject (speakers.subject_of)
_BEFORE_HIM = _words("امامه امامها امامهم امامهما امامهن")
# a picture, named in a caption's brackets after a post ("الوزير (يسار
# الصورة)", "المحافظ (صورة أرشيفية)"): where he stands in it, no name
_PICTURE_WORDS = _words("صوره الصوره")
# titles that are also first names ("أمير عبدو", "سلطان X"), folded
_TITLE_FIRST_NAMES = _words("امير سلطان ملك")
# phrase_entity: the title words that are also given names, the name's
# first word after a definite title ("الوزير رائد خوري", "المواطن فلاح X",
# "الوزيرة أمينة X"), unless a genitive of the post follows ("رائد فضاء",
# "رائد أعمال", "أمينة الصندوق")
_TITLE_GIVEN_NAMES = _TITLE_FIRST_NAMES | _words("رايد فلاح امينه")
# phrases' name loop: the title words that are given names too and stand
# so between two given names ("نبيل قائد حسن", "محمد أمين سالم", "خالد
# مساعد X"), folded; not "مستشار", "نائب", "مدير" (his post: "سامي مستشار
# حسن"; rev29)
# (_TITLE_GIVEN_NAMES and قائد أمين مساعد)
_TITLE_WORDS_IN_NAMES = _TITLE_GIVEN_NAMES | _words("قايد امين مساعد")
# a note that a name is not the real one ("X (اسم مستعار)", "(ليس اسمه
# الحقيقي)", "(اسم غير حقيقي)"), in brackets after a name or a post: no
# name of its own, an aside (kw26)
_ALIAS_NOTE = _words("مستعار مستعاره حقيقي الحقيقي")
# marks that may follow a word's last letter in the text (tashkeel, tatweel)
_TASHKEEL = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0640"
# "التعليق على ما ورد في", "نفى صحة ما جاء في": what a text says, an object
_ABOUT = _words("علي عن من الي")
# "اعتبر X أن ما ورد في البرقيات «…»": the subject of أن, X's words
_WHOEVER = _words("لمن ممن ومن فمن")  # (من itself is in _ABOUT)
# subject_after_that: "whoever" before a verb of saying whose أنّ opens
# the relative's own clause ("على من قال إن …", "لمن يقول إن …")
_WHO_SAYS = _WHOEVER | _words("من")
_ABOUT_OR_THAT = _ABOUT | _words("ان وان بان")
# statement_owner: a statement whose owner follows it ("تصريح المتهم X")
# the nouns of a speech given, folded ("ألقى كلمة", "خطاب"), and the
# pronoun-object forms of its verb "gave it" ("كلمة ألقاها X")
_SPEECHES = _words("كلمه خطاب")
_GAVE_IT = _words("القاها القاه القته القتها")
# the singular past of كان with و or ف glued: the scene or clause it opens
# (speakers' issued_after_was, person_met; phrases' "وكان X قد ألقى كلمة")
_WAS_SINGULAR = _with_prefixes(_words("كان كانت"), "وف")
_OWNED_STATEMENTS = _words("تصريح تصريحات رساله شهاده افاده اقوال") | _SPEECHES
# the forms statement_owner reads them in (a conjunction or a preposition
# glued): an article holding none never asks whose statements they are
_OWNED_STATEMENT_FORMS = _with_prefixes(_OWNED_STATEMENTS, "وفبلك")
# resolve's step 1k: the statements a sentence tells of as its occasion, the
# word before their noun a link of time or occasion ("ويأتي هذا عقب
# تصريحات X"، "على خلفية"، "في أعقاب"; مع after "this", "وتزامن ذلك مع",
# not "واتفق مع", the left-out subject's) or a verb they are
# the subject of ("وأثارت تصريحات X جدلا"); after any other word (a verb
# whose subject is left out and its preposition, "وأشار إلى تصريحات X"،
# "ورد على"، "وانتقد") they are that subject's object (read28a)
_STATEMENT_OCCASIONS = _with_prefixes(
    _words("عقب بعد بعيد اثر فور اعقاب خلفيه اثار اثارت احدث احدثت لاقي لاقت خلف خلفت اشعل اشعلت")
)
# a body named after its place ("بلدية دار شعبان الفهري", "ولاية بن عروس")
# "الفلاح القادم من …": a participle of coming from a place, in a title (classify)
_COMING_FROM = _words("القادم القادمه الوافد الوافده المنحدر المنحدره")
# the first word of a two-word place name ("سيدي بوزيد", "بني ملال", "عين الدفلى";
# Levantine towns too, "بيت لحم", "كفر قاسم", "خان يونس", "تل أبيب", "دير
# الزور": rev38)
_PLACE_FIRST_WORDS = _words(
    "سيدي بني عين بير ام راس وادي حمام برج منزل قصر سوق دار بيت كفر خان تل دير"
)
_PLACE_HEADS = _words(
    "بلديه ولايه معتمديه مدينه جهه منطقه قريه دايره محافظه امانه اقليم "
    "قطاع مخيم بلده ناحيه مقاطعه مديريه عماله جزيره ضاحيه"
)
_BODY_OR_PLACE_HEADS = lx.ORGANIZATION_HEADS | _PLACE_HEADS
# place heads no family name is ("وزار الوزير المعز مدينة بورتسودان"): after
# a given name and before the place's name, the verb's object, no word of the
# name (phrases.phrase_entity; mend31d)
_NAME_STOP_PLACE_HEADS = _words(
    "ولايه مدينه منطقه محافظه قريه بلده اقليم مخيم مديريه معتمديه بلديه"
)
# a state named by its kind, with no article, in construct with its name
# ("سلطنة عمان", "دولة قطر", "جمهورية مصر العربية"): after في/لدى in a
# post, the country is the post's, the holder's name opens after it
# (phrases._post_runs_to_given_name; rev36), folded
_STATE_KINDS = _words("سلطنه مملكه دوله جمهوريه اماره")
# a prince's title before his name, an honorific of the holder of a post
# before it ("ولي العهد الأمير X"; phrases.scan_np after أبلغ), folded
_PRINCE_TITLES = _words("الامير الاميره")
# scan_np: after "then" and the post, an honorific, a rank or a prince's
# title, then a name word ("وزير الداخلية آنذاك الشيخ X", "قائد الجيش حينها
# اللواء X", "وزير الدفاع وقتها الأمير X"): the name's (rev37)
_HONORIFICS_RANKS_OR_PRINCE = _HONORIFICS_OR_RANKS | _PRINCE_TITLES
# phrases.relayed_ali: beyond the idioms of على phrases knows (_ALA_IDIOMS),
# the nouns it heads a phrase of manner, state or source with, never a name
# after علي in a relayed source ("عن الدبلوماسي علي حد قوله", "علي الفور",
# "علي لسان", "علي خلفية", "علي اطلاع", "علي صلة", "علي علم"; mend34a),
# folded
_ALA_PHRASE_HEADS = _words(
    "الفور الاقل الرغم الاطلاق التوالي لسان خلفيه اطلاع صله علم درايه معرفه "
    "علاقه اتصال تواصل يقين ثقه قناعه استعداد عاتق ذمه هدي قدر"
)
# phrases.relayed_ali: participles whose verb takes على ("المصدر المطلع على
# تفاصيل الاتفاق", "مصدر مطلع على", "الحريص على"), beside the definite ones
# of posts phrases knows (_ALA_PARTICIPLES): علي after them is that
# preposition spelt with ya, the name only when a nisba with the article, a
# patron or a name in عبد follows (mend34a), folded
_ALA_TAKING_PARTICIPLES = _words(
    "مطلع مطلعه مطلعون مطلعين المطلعون المطلعين مشرف مشرفه المشرفون "
    "قايم قايمه القايمون حريص حريصه الحريص الحريصه الحريصون الحريصين "
    "حايز حاصل حاصله مسيطر مهيمن محسوب محسوبه المحسوبون متحصل عازم العازم"
)
# the news agencies of Arab states by their short names ("سبأ", "وام",
# "قنا"), glued to لـ the ones told, never a family name (folded)
_AGENCY_SHORT_NAMES = _words("سبا وام قنا بترا واس سونا كونا بنا")
# the prepositions of a post's place ("السفير في مسقط", "لدى عمان")
_POST_PLACE_PREPOSITIONS = _words("في لدي")
# and the adjectives of a state's official name after it, folded
_STATE_ADJECTIVES = _words("العربيه الاسلاميه الاتحاديه الديمقراطيه الشعبيه")
# "العاصمة طرابلس": the capital, a place head before its city's name in
# apposition (phrases._definite_place_head), folded
_CAPITAL = _words("عاصمه")
# verbs of saying and the preposition of their object though their cue takes
# none ("أعلن عن", "أكد على"; lemma, folded preposition): a word with the
# article right before it ends a name, no object of the verb
# (phrases.phrase_entity: "أعلن الوزير X Y الZ عن")
_SAYING_OWN_PREPOSITION = {"أعلن": "عن", "أكد": "علي"}
# verbal nouns with the article such a verb takes before its preposition
# ("أعلن X Y التخلي عن", "أكد X Y الحرص على"), folded, no article: the
# verb's object, no family name (the derived shapes are told by
# phrases._derived_masdar; mend29c)
_SAYING_OWN_PREPOSITION_OBJECTS = _words(
    "تخلي تبني تصدي كشف افراج حرص عمل حفاظ التزام سعي مضي بحث نقل دفاع تراجع"
)
# name_like: where a post is held, glued to بـ/لـ ("الأستاذ بجامعة منوبة")
_POST_PLACES = _BODY_OR_PLACE_HEADS | _words("جامعه كليه مدرسه مستشفي")
# phrases.place_name_end: after the body a post is held in, glued to بـ,
# what ends the post: the one told, a pronoun glued to لـ ("X مدير الشؤون
# القانونية بوزارة العدل لنا إن"), or the words' occasion opened by a
# preposition ("… بوزارة العدل في تصريح صحفي", "خلال المؤتمر"), folded
_TOLD_PRONOUNS = _words("له لها لهم لهما لهن لنا لكم لي")
_OCCASION_AFTER_BODY = _words("في خلال اثناء عقب بعد امام")
# and the noun "day" before a weekday ("… بالمستشفى يوم الثلاثاء إن")
_DAY_NOUN = _words("يوم")
# dating.met_at_place: what a place a meeting is held at, glued to بـ or
# بالـ, opens with ("بمقر الوزارة", "بالعاصمة", "بمدينة …", "بمكتبه"): a
# post's place, or a seat, a capital, an office, a hall, a hotel
_MEETING_VENUES = _POST_PLACES | _words(
    "مقر مقره مقرها عاصمه مكتبه مكتبها قصره قصرها قاعه فندق مبني"
)
# dating.named_place_in_b: towns whose names carry the article, which a
# meeting is held in ("والوفد المرافق له بالرباط يوم …"; kw28), beside the
# capitals of _COUNTRIES: Arab capitals and large towns, folded. A few are
# common nouns or adjectives too (العقبة، الرقة، الأقصر، الزرقاء، الموصل),
# but seldom glued to بـ in a meeting's sentence; those that often are
# ("الخبر", "الوادي", "العيون", "الأبيض") are left out, so that no charge or
# event glued to بـ ("المتهمين بالقتل يوم …") is read as one
_TOWNS_WITH_ARTICLE = _words(
    "الرباط المنامه القدس الخرطوم الاسكندريه البصره الموصل اللاذقيه الحديده "
    "المكلا الشارقه الفجيره الزرقاء العقبه الخليل القيروان المنستير الحسيمه "
    "القنيطره المحمديه الطايف الظهران الدمام الاحساء البليده الاغواط المسيله "
    "القصرين المهديه الاسماعيليه الفيوم الاقصر المنيا السويس الرقه الحسكه "
    "القامشلي السويداء النجف الانبار الفلوجه الناصريه السليمانيه الكرك السلط "
    "الناظور الفاشر"
)
# dating.met_at_place: an incident or a contest between a meeting's verb and
# its place makes the place and the date its own ("أهالي المعتقلين خلال
# المظاهرات في مدينة X يوم …", "المنتخب الفائز بكأس العالم في X يوم …"):
# waves of protest, clashes, riots, disasters, a cup, a championship, a
# prize, a match (folded, bare and with the article; the prefixes are
# dating's, as for its past events)
_MEETING_OTHER_EVENTS = frozenset(
    a + w
    for w in _words(
        "مظاهرات احتجاجات تظاهرات مواجهات اشتباكات معارك معركه اضطرابات شغب "
        "فيضانات فيضان سيول حريق حرايق اعصار عاصفه انفجار كارثه "
        "كاس بطوله مونديال اولمبياد اولمبيه مسابقه سباق ماراثون جايزه مباراه"
    )
    for a in ("", "ال")
)
# dating.met_at_place: the seats of an office a meeting is held at, which
# no such incident or contest is held in ("استقبل الرئيس الفائزين بجائزة
# الدولة في القصر الجمهوري يوم …", "اجتمع الوزير بلجنة تنظيم البطولة في
# مقر الوزارة يوم …": the meeting's place and date, rev28), folded, bare
_MEETING_SEATS = _words("مقر مقره مقرها قصر قصره قصرها مكتب مكتبه مكتبها ديوان")
# classify: what a title's genitive with لـ may open ("لحزب", "لوزير", "لبلدية")
# (and a team: "المدير الفني لمنتخب مصر X", "المدرب العام لنادي الزمالك")
_TEAM_HEADS = _words("منتخب نادي")
# what a star is the star of, in construct: a team's head, and "فريق" ("نجم
# فريق X Y"; not among the heads above, where "فريق" is also a rank)
_STAR_TEAM_HEADS = _TEAM_HEADS | _words("فريق")
# (and a facility or a festival a post runs, named as a body is: "المدير
# العام لمرفأ X Y Z", "عضو اللجنة العليا لمهرجانات X الدولية Y Z")
_FACILITY_HEADS = _words("مرفا ميناء مطار معبر مهرجان مهرجانات")
# (and a police force glued to لـ, "القائد العام لشرطة دبي X Y"; not a
# body heading a phrase, lexicon.ORGANIZATION_HEADS: "رائد شرطة X" is a
# rank and its arm, phrases._TITLE_NAME_GENITIVES)
_LAM_ONLY_BODIES = _words("شرطه")
_LAM_GENITIVE_HEADS = (
    _BODY_OR_PLACE_HEADS | lx.TITLES | _TEAM_HEADS | _FACILITY_HEADS | _LAM_ONLY_BODIES
)
# "غير أن X يرى": أن after "however", not after a reporting verb
_BUT_THAT = _words("غير الا بيد رغم ورغم برغم")
# statements whose issuer speaks for them ("وجاء في البيان")
_STATEMENTS = _words("بيان البيان بلاغ البلاغ بيانا بلاغا")
# in_event: a reaction or a statement to the outlet, another occasion
_DEED = _words("فعل الفعل")
_REACTION = _words("رد ردود رده ورد وردود")
_OCCASION_WORDS = _DEED | _words("تصريح تصريحات حديث اتصال تعليق")
_CALL_NEXT = _words("هاتفي هاتفيا مع")
# "على هامش الملتقى"; "عقب الجلسة", "بعد الاجتماع": right after the
# gathering, on its day
_SIDELINES = _words("هامش وهامش عقب وعقب")
# event_anchors: "على هامش المنتدى", "عقب الجلسة" (right after or beside the
# gathering); "عقب النطق بالحكم", "بعد صدور الحكم" (the ruling read out)
_AT_ONCE = _words("هامش وهامش عقب وعقب اثر واثر فور وفور ختام")
_ANCHOR_FIRST = _AT_ONCE | _words("بعد وبعد")
# subject_before: a preposition of time joined by و that opens the clause
# right before the verb ("وبعد اللقاء قال إن", "وخلال المؤتمر الصحفي
# قالت:", "ولدى وصوله أكد أن"): a fronted adverbial; its noun is never the
# verb's subject, which is elided (the one the text is about speaks)
_FRONTED_WHEN = frozenset(
    "و" + w for w in _words("بعد قبل قبيل خلال اثناء عقب اثر فور عند لدي غداه عشيه ابان")
)
# speakers.subject_before: after a fronted adverbial of time, the noun of an
# arrival or a return with its pronoun, which takes no object: a definite
# title after it is the verb's subject ("وعند وصوله الوزير قال"; kw27)
_ARRIVAL_NOUNS = frozenset(w + p for w in _words("وصول عودت رجوع") for p in ("ه", "ها", "هم"))
# speakers.subject_before: a gathering with the article as that adverbial's
# complement ("وبعد الاجتماع الوزير قال"; kw28), and the adjectives of the
# press that qualify one and are titles too ("وخلال المؤتمر الصحفي قالت":
# no journalist), after which a title may still follow
_FRONTED_GATHERINGS = frozenset(w for w in _GATHERINGS if w[:2] == "ال")
# the adjectives of a post or a body that are no nisba ("الرئيس السابق",
# "الأمين العام"), folded: those a host's title keeps (_ADJECTIVE_OF_TITLE)
# and more
_POST_ADJECTIVES = _ADJECTIVE_OF_TITLE | _words(
    "السابق السابقه الاسبق الجديد الجديده الحالي الحاليه المقبل العام العامه "
    "الثاني المساعد المساعده المكلف المكلفه المنتخب المستقيل المستقيله الراحل "
    "الراحله الاعلي الاكبر الكبير الكبري الموقت الموقته المفوض المقال المنتهيه "
    "المنتدبه المناوب المناوبه"
)
_PRESS_ADJECTIVES = _words(
    "الصحفي الصحافي الصحفيه الصحافيه الاعلامي الاعلاميه الاذاعي الاذاعيه التلفزيوني التلفزيونيه"
)
# the adjectives after a post that name the person it serves or advises
# ("المستشار الخاص لرئيس …", "المدير التنفيذي لرئيس …", "المسؤول الإعلامي
# لرئيس …"): a bare title glued to لـ after them is the one served, not
# the one spoken to (unlike "الأمين العام لرئيس …"; folded; mend32c)
_SERVING_ADJECTIVES = _words(
    "الخاص الخاصه الشخصي الشخصيه التنفيذي التنفيذيه الاعلامي الاعلاميه الصحفي "
    "الصحفيه الصحافي الصحافيه القانوني القانونيه السياسي السياسيه الاقتصادي "
    "الاقتصاديه المالي الماليه الاداري الاداريه الفني الفنيه الامني الامنيه"
)
# scan_np: a title, with or without the article, or an anonymous head
_TITLE_LIKE = lx.TITLES | frozenset("ال" + w for w in lx.TITLES) | lx.ANONYMOUS_HEADS
# via_of: what a bare outlet head follows when it relays or carries the
# words: "مع", "عن", "نقلا"; "في حوار أجرته معها مجلة …"; "ونقلته قناة …",
# "في خطاب بثته قناة …" (folded)
_OUTLET_BEFORE = _words("مع معه معها معهم عن نقلا")
_CARRIED = _words("نقله نقلته نقلها نقلتها بثه بثته بثها بثتها اذاعه اذاعته اذاعها اذاعتها")
# via_of: tokens that can name an outlet (ل before a mark, لـ/للـ + outlet
# head, or a bare outlet head)
_MAY_NAME_OUTLET = (
    frozenset({"ل"})
    | lx.OUTLET_HEADS
    | frozenset("ل" + w for w in lx.OUTLET_HEADS)
    | frozenset("لل" + w[2:] for w in lx.OUTLET_HEADS if w.startswith("ال"))
)
# scan_np: tokens whose _base() is a document head (_base strips و/ف only
# from words longer than three letters), and the heads whose own first
# letter is و ("وثيقة", "وثائق": "وأظهرت وثيقة مرسلة من …", dev16a)
_DOCUMENT_HEAD_BASES = lx.DOCUMENT_HEADS | frozenset(
    p + w for w in lx.DOCUMENT_HEADS for p in "وف" if len(w) >= 3
)
# Every token cue_at() can accept (a superset: the rules there decide).
_MAY_CUE = (
    frozenset(_CUE_OF)
    | _with_prefixes({"عبر", "رد"} | set(lx.IMPERSONAL_CUES) | set(_PREP_BY_FIRST))
    | frozenset(_VERBAL_NOUN_CUES)
    | frozenset({"القول"})
    | frozenset(_AQQABA_FORMS)
    | frozenset(_CLAIMING_FORMS)
    | frozenset(_QATA_FORMS)
    | frozenset(_TALABA_FORMS)
    | _LAM_REPLY
)


class _WordTable(dict):
    """``table[word]``: a per-word function, memoised.  Words recur across
    articles, so the table outlives one; it is emptied once it has reached
    ``limit`` entries when an article starts (trim_tables), which bounds
    its memory (to ``limit`` and the words of one article)."""

    __slots__ = ("fn", "limit")

    def __init__(self, fn, limit: int = 1 << 14) -> None:
        super().__init__()
        self.fn = fn
        self.limit = limit
        _TABLES.append(self)

    def __missing__(self, word: str):
        # (no limit test here: a miss is ~300 an article of real text, the
        # test ~500 instructions each; trim_tables makes it once an article)
        value = self[word] = self.fn(word)
        return value


# every _WordTable made (trim_tables)
_TABLES: list[_WordTable] = []


def trim_tables() -> None:
    """Empties each per-word table that has reached its limit: once an
    article, before it is read (the engine's constructor)."""
    for table in _TABLES:
        if len(table) >= table.limit:
            table.clear()


# scan_np: words that may stop a phrase or start a rule of their own
_NP_SPECIAL = lx.NP_STOP | _MAIN_ROLE_PREPOSITIONS | _CUE_WORDS | {"من"}
# "شاب رفض/فضل/طلب عدم الكشف عن اسمه": the verb that withholds a source's
# name ends its description (scan_np reads it closely); so do its
# participles and "on condition" ("المتحدث (رافضا ذكر اسمه)", "(مشترطا عدم
# الكشف عن هويته)", "(شريطة عدم ذكر اسمه)": kw25)
# (the participles, of manner, end it whatever follows: "وقال الوزير رافضا
# الاتهامات:", "وقالت الناشطة مفضلة البقاء في الظل إن")
_WITHHOLDING_PARTICIPLES = frozenset({"رافضا", "رافضه", "مفضلا", "مفضله", "مشترطا", "مشترطه"})
_WITHHELD_NAME = (
    frozenset({"رفض", "رفضت", "فضل", "فضلت", "طلب", "طلبت", "شريطه"})
    | _WITHHOLDING_PARTICIPLES
    # (طالبا/طالبة only before عدم …: also "a student", "سلمى، طالبة في …")
    | frozenset({"طالبا", "طالبه"})
)
_WITHHELD_WHAT = frozenset({"عدم", "الكشف", "ذكر", "الافصاح"})


# "وزير العدل وحقوق الإنسان", "لجنة الصحة وشؤون المرأة", "وزارة … وكبار
# السن": a plural noun in construct coordinated inside a body's name, never
# a first name after the title (folded spellings)
_AND_CONSTRUCT = _words(
    "وشوون وشيون وحقوق وقضايا وكبار وذوي"
    # (verbal nouns of a portfolio: "وزير التجارة الداخلية وحماية المستهلك",
    # "وزيرة البيئة وتنمية الموارد", "وزير الاتصالات وتكنولوجيا المعلومات")
    " وحمايه وتنميه وتطوير وتخطيط وتحديث وتكنولوجيا وتهييه وترقيه وتنظيم وتشغيل"
)
# "قسم الشرق الأوسط وشمال أفريقيا", "منطقة غرب ووسط أفريقيا": a compass
# point joined with و inside a region's name, in construct with the place
# after it (no article: "أفريقيا", "آسيا"), never a first name after a title
_AND_COMPASS = _words("وشمال وجنوب وشرق وغرب ووسط")
# "وقال أحدهم:", "وقالت إحداهن", "ويقول بعضهم إن": a quantifier with the
# pronoun of the group just met, an unnamed source of that group (folded,
# with its gender and number)
_ONE_OF_THEM = {
    "احدهم": (_M, _SG),
    "احدهما": (_M, _SG),
    "احداهن": (_F, _SG),
    "احداهما": (_F, _SG),
    "بعضهم": (_M, _PL),
    "بعضهن": (_F, _PL),
}
# "سفير جنوب أفريقيا X", "رئيس وزراء جنوب السودان X": a compass point in a
# title's construct chain takes the place after it as its own genitive
_COMPASS_POINTS = _AND_COMPASS | _words("شمال جنوب شرق غرب")


# _np_kind: titles whose own ب is a root letter ("البابا X بابا الكنيسة
# وبطريرك …": the post told after the name, as "رئيس", not بـ glued)
_B_TITLES = _words("بابا بطريرك")


def _np_kind(t: str) -> int:
    """How scan_np() reads a word (not a digit, not glued to ل/ب, not in
    _NP_SPECIAL): 1: an ordinary word; 2: one with the article; 3: a title
    (or an anonymous head, "مسؤولا"); 4: a title with the article; 5: "و" +
    a title without the article ("ووزير").  0: any
    other token, which scan_np() looks at closely."""
    if (
        not t.isalnum()
        or t.isdigit()
        # (a country's or a capital's own ل/ب is no preposition: "لشباب
        # ليبيا X Y", "سفير لبنان")
        or (t[0] in "لب" and t not in _COUNTRIES and t not in _B_TITLES)
        or t in _NP_SPECIAL
        or t in _WITHHELD_NAME
    ):
        return 0
    if t in _TITLE_LIKE or (t[-1:] == "ا" and t[:-1] in lx.ANONYMOUS_HEADS):
        return 4 if t.startswith("ال") else 3
    if t[0] == "و" and t[1:] in _TITLE_LIKE and not t.startswith("وال"):
        return 5  # "ووزير": a second person coordinated after a name
    if _suffixed_title(t):
        # "مندوبها الدائم لدى …، X": a title with a possessive suffix is a
        # definite title, as one with the article is
        return 4
    if t.startswith("وال") and len(t) > 4:
        return 2  # "مديرة إدارة الدراسات والتصاميم في الأمانة": still the title's genitive
    return 2 if t.startswith("ال") else 1


_NP_KIND = _WordTable(_np_kind)


def _cue_info(tok: str):
    """What cue_at() reads from a token alone: None for a token that is no
    cue (not in _MAY_CUE), else (its cue or None, whether it may be the verb
    "عبّر" (no cue, base "عبر"), its special cue or None, its impersonal cue
    or None, the prepositional cues it may start, whether its cue is a plain
    verb: none of cue_at()'s tests after the word before it and the word
    after it applies (they are for "بين", "تابع", participles and relays))."""
    if tok not in _MAY_CUE:
        return None
    cue = _cue_of(tok)
    base = _base(tok)
    impersonal = lx.IMPERSONAL_CUES.get(base)  # (no value is None)
    return (
        cue,
        cue is None and base == "عبر",
        _SPECIAL_CUES.get(tok),
        impersonal,
        # ("وفقا ل" opens with و of its own: not read as "فقا" with و glued)
        _PREP_BY_FIRST.get(tok) or _PREP_BY_FIRST.get(base, ()),
        cue is not None
        and tok not in _BAYNA
        and cue.lemma != "تابع"
        and cue.kind != lx.PARTICIPLE
        and cue.kind != lx.RELAY,
    )


_CUE_INFO = _WordTable(_cue_info)
# the tokens worth a closer look: cue words, document heads, titles,
# indefinite sources (_CANDIDATE_KEYS) and nisba plurals ("الفرنسيون")
_NISBA_ENDING_TUPLE = tuple(_NISBA_ENDINGS)


def _is_candidate(t: str) -> bool:
    # (no table of its own: _token_kind's is one, speed33)
    return t in _CANDIDATE_KEYS or t.endswith(_NISBA_ENDING_TUPLE)


def _mention_kind(t: str) -> int:
    """Which of register_mentions()'s plain-mention rules a token may open
    (the tests of its elif chain, in order): 1: a nisba plural ("الفرنسيون");
    2: a document head; 3: one with a possessive suffix ("تقريره"); else bits
    4: a title, 8: a singular source ("رجل"), 16: an anonymous plural head;
    32: a dual title; 64: a role noun of an apposition (_APPOSITION_NOUNS);
    0: none."""
    base = t[1:] if len(t) > 3 and t[0] in "وف" else t  # _base(t)
    if len(t) >= 7 and t[-3:] in _NISBA_ENDINGS and _NISBA_PLURAL.match(t):
        return 1
    if base in lx.DOCUMENT_HEADS or t in lx.DOCUMENT_HEADS:
        return 2
    if t[0] in "لب" and t[1:] in lx.DOCUMENT_HEADS and not t.startswith("لال"):
        return 2  # "ترجمة لبرقية أرسلها السفير"
    if t in _OWNED_DOCUMENTS:
        return 3  # "في تقريره الصادر في سبتمبر 2025": its owner's, dated
    kind = 0
    if (
        t in _TITLE_KEYS
        or (t[0] in "وبف" and t[1:] in _TITLE_KEYS)
        or (t[:2] == "لل" and "ال" + t[2:] in _TITLE_KEYS)
        # ("ما نسب لأستاذ القانون X": a title in construct glued to لـ)
        or (t[0] == "ل" and t[1:] in _TITLE_KEYS and t[1:3] != "ال")
    ):  # ("قال الوزير للسفيرة مارجريت سكوبي": the addressee is learnt too)
        kind |= 4
    elif t in _HONORIFIC_MENTIONS:
        kind |= 4  # ("اجتمع الوزير بالدكتور X": a person met)
    if (t[0] in "بل" and t[1:] in _SINGULAR_SOURCES) or base in _SINGULAR_SOURCES:
        kind |= 8
    if base in lx.ANONYMOUS_HEADS and _anon_plural(base):
        kind |= 16
    if base in _DUAL_TITLES:
        kind |= 32  # "النائبين X وY": two persons with one title
    if t in _APPOSITION_NOUNS:
        kind |= 64  # "X، خريج كلية …،": a role after a name (apposition_intro)
    return kind


_MENTION_KIND = _WordTable(_mention_kind)
# normalize() of a speaker's surface or role, memoised: attribute() tests every
# speaker for "الأخير" and _group_role() reads a group's head word, ~13 calls
# an article on a few distinct names, each seven str.replace, a regex pass
# and a split/join (normalize is a pure function of the string)
_NORMALIZED = _WordTable(normalize, limit=4096)
# the words the loose key of a person's surface offers (_match_all) and
# matches with (_match_words): canonical's loose pass (engine._may_match)
# and the persons filed by them (phrases.persons_holding_or_within)
_LOOSE_ALL = _WordTable(lambda surface: _match_all(_key(_NORMALIZED[surface], True)))
_LOOSE_MATCH = _WordTable(lambda surface: _match_words(_key(_NORMALIZED[surface], True)))


# Text as scrapers deliver it runs paragraphs together and drops full stops
# ("…في بلاد المغرب الاسلامي وفي نهاية الصيف، اقرت فرنسا …"): where no
# punctuation ends a sentence, these start one (find_soft_breaks).
# After a closing quote mark with nothing between: a conjunction or adverb
# that opens a clause ("«…» وفي برقية أخرى", "«…» كما", "«…» فيما رأى").
_AFTER_QUOTE_OPENERS = _words(
    "وفي ففي ومن وعلي وبحسب وحسب ووفق وبعد وقبل وخلال ومنذ وبدوره وبدورها بدوره بدورها احد احدي "
    "كما وكما فيما بينما اما واما لكن ولكن غير الا ثم "
    "وكان وكانت وكانوا ولم ولا واذا "
    "جاء وجاء"  # ("«…» جاء ذلك خلال افتتاحه …": the occasion, a sentence of its own)
)
# a fronted adverbial, set off by its comma within a few words: "وفي نهاية
# الصيف، أقرت", "وبحسب وثائق أمريكية أخرى، فإن", "ومن جهته، قال"
_FRONTED_OPENERS = _CONJ_FRONTING | _words("وبحسب وحسب ووفق ومن وعلي وبعد وقبل ومنذ")
# a sentence longer than this (in tokens) before a cue has run on from the
# ones before it, their full stops dropped (the longest clean sentences of
# the test articles have about 45 words outside quotes)
_RUN_ON = 40
# an interview whose lines run together: a question mark, then the
# answer's marker ("ج:", "- ", "المطيري:"); a full stop or a closing mark,
# then the next question's marker ("س:", "* ", "> ", "القبس:")
_RUN_IN_ANSWER = re.compile(
    r"؟[ \t]+(?:(?:ج|جواب|الجواب)\s?[:-]|[-–—]\s|(?:[^\s:؟.!«»\"]+\s){0,2}[^\s:؟.!«»\"]+\s?:)"
)
_RUN_IN_QUESTION = re.compile(
    r"[.!؟\"»”][ \t]+((?:س|سؤال|السؤال)\s?:|[*>■][ \t]|(?:[^\s:؟.!«»\"]+\s){0,2}[^\s:؟.!«»\"]+\s?:)"
)
_WAS = _words("وكان وكانت وكانوا")
# a headline's words at the most: before its colon when the lines run
# together, or on a line of the text's headline (engine._headline_line)
_HEADLINE_WORDS = 20
# a post held before ("وزير الدفاع السابق", "الرئيس الأسبق"), folded
_FORMER_DEFINITE = _words("السابق السابقه الاسبق الاسبقه")
_WROTE = _words("كتب كتبت")
# _dated_when_sent: a verb of sending or writing with the document as its
# object ("برقية أرسلتها السفارة …"), also glued to و, folded
_SENT_IT = frozenset(
    p + w
    for w in _words(
        "ارسلتها ارسلها ابرقتها ابرقها بعثتها بعثها وجهتها وجهها كتبتها كتبها حررتها حررها"
    )
    for p in ("", "و")
)
# "وحسب السيد الوالي فإن": a source phrase set off by فإنّ instead
_SOURCE_OPENERS = _words("وبحسب وحسب ووفق")
# "وصفته بأنه «…»": the description given to someone
_DESCRIBED = frozenset(
    p + v + o
    for p in ("", "و")
    for v in ("وصف", "وصفت", "يصف", "تصف")
    for o in ("ه", "ها", "هم", "هما")
)
_AS_BEING = _words("بانه بانها بانهم بانهما")
# "قدّم الاتفاق بوصفه «إنجازا تاريخيا»": "describing it as", before the
# words the clause's speaker chose for it
_AS_DESCRIBED = _words("بوصفه بوصفها بوصفهم بوصفهما")
# is_quotation: the names of Latin letters, folded, that spell initials in
# marks ("«بي بي سي»", "«سي إن إن»", "«إف بي آي»", "«إم بي سي»"), with
# those that are also words ("إن", "أي", "في", "إل": أنّ, "any", the
# preposition and the article read so), which alone spell nothing
_SPELLED_LETTERS = _words("بي سي دي اف جي ام تي ار اس اكس يو كيو زد اتش كي واي دبليو ايه")
_LETTERS_OR_WORDS = _SPELLED_LETTERS | _words("ان اي في ال")
# "قرارات «…» وأخرى «…»": "and others", between two words in marks
_AND_OTHERS = _words("واخري واخر واخريات")
_ACCORDING_TO = _words("بحسب حسب وفق وفقا")  # ("وقالت على لسان X": no aside)
# cue_at: "وبحسب ما جاء على لسان X"، "ووفقا لما ورد على لسان X": what came
# from X's mouth, with "according to" before it, is X's account, a source
# (not "وأكد X ما جاء على لسان Y": an object confirmed) (mend24a)
_ACCORDING_TO_WHAT = _with_prefixes(_ACCORDING_TO | _words("طبقا تبعا"), "و")
# via_after_quote: a relay's preposition after the words and a comma ("«…»،
# نقلا عن وكالة Y", "، بحسب ما نقلته قناة Y", "، وفقا لما نشرته صحيفة Y")
_RELAY_AFTER_WORDS = _ACCORDING_TO | _words("نقلا ونقلا وبحسب وحسب طبقا حسبما بحسبما وحسبما وفقما")
# sentences.after_closed_speech: a stray opener after the words whose first
# word tells the source ("«…»، “حسب ما نقلت صحيفة X", "، «نقلا عن …"), or
# "as" before a verb of reporting ("، «كما ذكرت الصحيفة"), opens the
# reporter's attribution, never the speaker's words going on (mend33c)
_SOURCE_AFTER_OPENER = _RELAY_AFTER_WORDS | _ACCORDING_TO_WHAT
_AS_BEFORE_REPORTING = _words("كما وكما مثلما ومثلما")
_FA_THAT = _words("فان فانه فانها فانهم")
# "من جهته،", "في المقابل،": the turn to another party
_TURN_NEXT = _words("جهته جهتها جهتهم جانبه جانبها جانبهم ناحيته ناحيتها ناحيتهم المقابل")
# a sentence that turns to its subject as another party, folded: "بدوره",
# "أما", "بالمقابل" (with _TURN_NEXT); a verb of reply that opens it ("ورد
# رئيس الجمهورية على ذلك"), or a reply of his after في ("وفي رده، قال"):
# the head of state said so after a speaker with no post is not that
# speaker (engine.turned_to_another; mend34b)
_TURN_ALONE = _words("بدوره بدورها وبدوره وبدورها اما واما بالمقابل وبالمقابل")
_REPLY_OPENING = _words("رد ورد فرد ردت وردت فردت")
_HIS_REPLY = _words("رده ردها")
# "وقال X Y ردا عليه": a reply to the one named before (engine.lead_description:
# the lead's post is another's; mend34b), folded
_REPLY_WORDS = _words("رد ردا الرد رده ردها ردود")
_ON_HIM = _words("عليه عليها")
# a state a subject is in, told by على and a noun ("الرئيس X على تواصل دائم
# مع …", "على اطلاع بالملف", "على رأس الوفد"), folded: a nominal predicate,
# no verb's complement (phrases.verb_before_object)
_STANDING_AFTER_ON = _words("تواصل اطلاع علم درايه خلاف موعد راس")
_SOFT_OPENERS = _AFTER_QUOTE_OPENERS | _FRONTED_OPENERS | _AMMA
# after a statement in marks, what ties the next words to it, in the same
# sentence: "أن «…» وذلك خلال إشرافه يوم السبت 6 ديسمبر 2025", "«…» وهو ما"
# "التقته «الصحيفة»": the outlet met the person (a relative clause of a vox pop)
_MET = _words("التقته التقتها التقيناه التقيناها التقاه التقاها قابلته قابلتها قابلناه قابلناها")
_TIES = _HE_SHE | _words("وذلك وهذا")


# and, after a word, ف with a definite noun: "… اليوم فالمبعوث الأميركي يكرر"
# (not a name: "فالح")
def _is_soft_opener(t: str) -> bool:
    return t in _SOFT_OPENERS or (t[:3] == "فال" and len(t) >= 6 and t not in _FRONTING_OR_CONJ)


# the tokens find_soft_breaks() reads: its openers, and the candidates glued
# to و/ف that it may break at, a reporting verb that is not a bare cue word
# or "فال…"; the other candidates ("وثائق", "ومسؤولين": a quarter of them in
# the bench) it would visit only to pass them
def _is_soft_start(t: str) -> bool:
    return (
        _is_soft_opener(t)
        or t in _TURN_NEXT
        or (
            t[0] in "وف"
            and _is_candidate(t)
            and (
                t[:3] == "فال"
                or ((cue := _cue_of(t)) is not None and cue.kind == lx.VERB and t not in lx.CUES)
            )
        )
    )


# the per-token lookup of the constructor: bit 1 a candidate, bit 2 a token
# find_soft_breaks() reads, bit 4 a word (t.isalnum(): the engine's is_word),
# then the words of lists whose places the dating rules want (bit 8
# _TIME_WORDS, 64 _ANCHOR_FIRST; and in bits 16-32, which hold one of three
# lists that share no word, 1 _SAME, 2 _OCCASION_WORDS, 3 a year's trigger,
# dates.TRIGGERS), and bit 128 a token that opens a date (dates.opens_date:
# find_dates tries its regex there, and at a trigger before one); one dict
# lookup (and one string hash) per token serves all of them, each then
# picked out of the bytes at C speed (instead of a pass of
# ``map(words.__contains__, toks)`` each)
def _token_kind(t: str) -> int:
    return (
        _is_candidate(t)
        | _is_soft_start(t) << 1
        | t.isalnum() << 2
        | (t in _TIME_WORDS) << 3
        | (1 if t in _SAME else 2 if t in _OCCASION_WORDS else 3 if t in _YEAR_TRIGGERS else 0) << 4
        | (t in _ANCHOR_FIRST) << 6
        | opens_date(t) << 7
    )


# _token_kind's bits other than 4 (a word) hold only of a word of these
# lists or one that _TOKEN_KIND_SHAPE matches at its start: a candidate is
# in _CANDIDATE_KEYS or ends in a nisba plural's ending; a soft start is a
# soft opener (listed, or "فال…"), in _TURN_NEXT, or a candidate; the bits
# 8-64 are lists; opens_date holds of dates.START_WORDS and its shapes only
_TOKEN_KIND_LISTED = (
    _CANDIDATE_KEYS
    | _SOFT_OPENERS
    | _TURN_NEXT
    | _TIME_WORDS
    | _SAME
    | _OCCASION_WORDS
    | _YEAR_TRIGGERS
    | _ANCHOR_FIRST
    | START_DATE_WORDS
)
_TOKEN_KIND_SHAPE = re.compile(
    "فال|" + OPENS_DATE_SHAPE + "|.*(?:" + "|".join(_NISBA_ENDINGS) + r")\Z", re.S
).match


def token_kinds_of(new: frozenset[str]) -> dict[str, int]:
    """``{t: _token_kind(t) for t in new}``, in ``new``'s order, but worked
    out a test at a time over all of ``new`` in C (fromkeys, filterfalse,
    a set intersection, a regex's filter): only the few words in a list or
    of a shape some bit other than 4 may hold of go through _token_kind.  An
    article of real text brings ~50 words met for the first time (the texts
    corpus), ~1.5 µs each in _token_kind, 1 in 10 listed or shaped (speed34)."""
    kinds = dict.fromkeys(new, 4)
    for t in filterfalse(str.isalnum, new):
        kinds[t] = 0
    for t in new & _TOKEN_KIND_LISTED:
        kinds[t] = _token_kind(t)
    for t in filter(_TOKEN_KIND_SHAPE, new):
        kinds[t] = _token_kind(t)
    return kinds


# _token_kind of the words met, memoised in a plain dict, not a _WordTable:
# a subclass of dict is looked up through its type's generic __getitem__
# slot (dict's own __getitem__ is a method, not a slot wrapper), ~170
# instructions more a lookup than a plain dict, and this table is read once
# per token, ~500 times an article (token_kinds)
_TOKEN_KIND: dict[str, int] = {}
_TOKEN_KIND_LIMIT = 1 << 14
# plain-dict twins of per-word tables (token_twin), for their hottest
# lookups, where the key is always a token of the article: each holds the
# words _TOKEN_KIND holds (every token of the article being read, unless it
# has a word met for the first time: token_kinds_twinned's ``lazy``), filled
# with it by token_kinds.  A table and its twins make one generation; at
# _TOKEN_KIND_LIMIT (or when a test sets another _TOKEN_KIND) a new one
# replaces it whole, never emptied in place: an article reads the twins
# token_kinds_twinned gave it, which keep its words while another thread
# starts a new generation (mend27e: before, a thread emptied the twins, or
# _TOKEN_KIND itself, under another one, which raised KeyError mid-article)
_TWIN_SOURCES: dict[str, _WordTable] = {}
# the current generation, (table, {name: twin}), replaced in one step
_GEN: list[tuple[dict | None, dict[str, dict]]] = [(None, {})]
# held to add words or start a generation (the lookups of known words take
# no lock: a word is put in the twins before the table)
_TOKEN_LOCK = threading.Lock()
# per-word tables every new word of an article is looked up in anyway (by
# the twins' functions or _token_kind), inner ones first: token_prefill
_PREFILLED: list[_WordTable] = []


def token_twin(name: str, table: _WordTable) -> str:
    """Registers ``table``'s plain twin, returned by name with each
    article's kinds (token_kinds_twinned): ``twin[t]`` for a token ``t``
    of the article is ``table[t]`` (looked up ~120 instructions faster: a
    subclass of dict has no specialised lookup). Never for a word that is
    no token of it."""
    with _TOKEN_LOCK:
        _TWIN_SOURCES[name] = table
        _GEN[0] = (None, {})  # (the next article starts a generation with it)
    return name


def token_prefill(table: _WordTable) -> _WordTable:
    """Registers ``table`` to be filled with each article's new words before
    the twins are (_fill_table): for a table that the twins' functions or
    _token_kind look every new word up in, so that they find the word there
    instead of missing it (speed32).  Never for a table some new words
    would not be looked up in: it would work out words no rule reads."""
    with _TOKEN_LOCK:
        _PREFILLED.append(table)
    return table


# (_NP_READ's; _NEWS_VERB's is registered after it)
token_prefill(_NP_KIND)


# the words of a generation met but not twinned yet, with their kinds: (the
# generation's table, {word: kind}), replaced with the generation; the first
# article with no new word twins those it has (token_kinds_twinned's
# ``lazy``)
_ONCE: list[tuple[dict | None, dict[str, int]]] = [(None, {})]


def _new_generation(table: dict[str, int]) -> dict[str, dict]:
    """A generation for ``table``, the twins filled with its words, made the
    current one (with _TOKEN_LOCK held)."""
    words = tuple(table)
    twins = {name: {t: source[t] for t in words} for name, source in _TWIN_SOURCES.items()}
    _GEN[0] = (table, twins)
    return twins


_UNSEEN = object()


def _fill_table(source: _WordTable, new) -> None:
    """``source[t]`` for each word of ``new``, as _fill_twin works them out."""
    get = source.get  # (dict.get: never __missing__)
    fn = source.fn
    for t in new:
        if get(t, _UNSEEN) is _UNSEEN:
            source[t] = fn(t)


def _fill_twin(source: _WordTable, twin: dict, new) -> None:
    """``twin[t] = source[t]`` for each word of ``new``, the words the table
    lacks worked out as its __missing__ would (the limit is trim_tables'
    once an article) but without its dispatch: a miss on a dict subclass looks
    __missing__ up and calls it, a few hundred instructions a word, and an
    article of real text brings ~50 new words to each twin (speed32)."""
    get = source.get  # (dict.get: never __missing__)
    fn = source.fn
    for t in new:
        value = get(t, _UNSEEN)
        if value is _UNSEEN:
            value = source[t] = fn(t)
        twin[t] = value


def token_kinds_twinned(
    toks: list[str], vocab: frozenset[str], lazy: bool = False
) -> tuple[bytearray, dict[str, dict]]:
    """``_token_kind`` of every token of ``toks``, whose distinct tokens are
    ``vocab``, looked up in one C loop (itemgetter; with one key it returns
    no tuple), and the twins (by name) that hold every word of ``vocab``.
    An article with a word the table lacks (KeyError) has its new words
    added first, then is looked up again; a new generation starts when the
    table would pass _TOKEN_KIND_LIMIT words, which bounds its memory.

    ``lazy`` (the engine's call): a word met for the first time is not
    twinned but kept with its kind in _ONCE, and an article with such a
    word reads the twins' tables themselves (_TWIN_SOURCES: each works a
    word out on its first lookup, ~120 instructions slower a lookup); the
    words of an article with no new word are twinned.  Real text brings ~60
    new words an article (the texts corpus), and the rules read one of the
    six twins of about one in five of them: worked out for every new word,
    the twins and the tables their functions read cost ~7 µs a word
    (speed33: −16 % of the instructions on the texts corpus)."""
    global _TOKEN_KIND
    get = itemgetter(*toks) if len(toks) > 1 else None
    table, twins = _GEN[0]
    if table is _TOKEN_KIND:
        try:
            return bytearray(get(table) if get is not None else map(table.__getitem__, toks)), twins
        except KeyError:
            pass
    with _TOKEN_LOCK:
        table, twins = _GEN[0]
        if table is not _TOKEN_KIND:
            table = _TOKEN_KIND
            twins = _new_generation(table)
        once_table, once = _ONCE[0]
        if once_table is not table:
            once = {}
            _ONCE[0] = (table, once)
        new = vocab.difference(table)
        # (the words met for the first time, and those met before, waiting)
        first = new.difference(once) if once else new
        again = new.difference(first) if len(first) < len(new) else ()
        if len(table) + len(once) + len(first) > _TOKEN_KIND_LIMIT:
            table = {}
            twins = _new_generation(table)
            _TOKEN_KIND = table
            once = {}
            _ONCE[0] = (table, once)
            new = first = vocab
            again = ()
        # (lazy: an article with a word met for the first time reads the
        # tables themselves, so its words met before wait in _ONCE too)
        twinned = new if not lazy else again if not first else ()
        if twinned:
            for source in _PREFILLED:
                _fill_table(source, twinned)
            for name, source in _TWIN_SOURCES.items():
                twin = twins[name]
                if type(source) is _WordTable:
                    _fill_twin(source, twin, twinned)
                else:
                    for t in twinned:
                        twin[t] = source[t]
            for t in again:
                table[t] = once.pop(t)
        if not lazy:
            table.update(token_kinds_of(first))
        elif first:
            once.update(token_kinds_of(first))
            # (each token is in the table or, met once, in _ONCE)
            return bytearray(map(table.get, toks, map(once.get, toks))), dict(_TWIN_SOURCES)
    return bytearray(get(table) if get is not None else map(table.__getitem__, toks)), twins


def token_kinds(toks: list[str], vocab: frozenset[str]) -> bytearray:
    """The kinds of token_kinds_twinned, without the twins."""
    return token_kinds_twinned(toks, vocab)[0]


# 0 … 4095 as int objects made once (set_indices)
_INDICES = list(range(1 << 12))


def set_indices(mask: bytes | bytearray) -> Iterator[int]:
    """The indices of ``mask``'s nonzero bytes, in order: what
    ``compress(range(len(mask)), mask)`` gives, but read off a list of ints
    made once (compress stops at the mask's end).  A range makes a new int
    object for every index past 256, half an article's ~490 tokens: ~35k
    instructions of a pass over the per-token bits (``token_kinds``)
    of ~80k."""
    return compress(_INDICES if len(mask) <= len(_INDICES) else count(), mask)


_CANDIDATE_BIT = bytes(k & 1 for k in range(256))
_SOFT_START_BIT = bytes(k >> 1 & 1 for k in range(256))
_WORD_BIT = bytes(k >> 2 & 1 for k in range(256))
_TIME_WORD_BIT = bytes(k >> 3 & 1 for k in range(256))
_SAME_BIT = bytes(k >> 4 & 3 == 1 for k in range(256))
_OCCASION_BIT = bytes(k >> 4 & 3 == 2 for k in range(256))
_TRIGGER_BIT = bytes(k >> 4 & 3 == 3 for k in range(256))
_ANCHOR_BIT = bytes(k >> 6 & 1 for k in range(256))
_DATE_START_BIT = bytes(k >> 7 & 1 for k in range(256))
# "أما الباحثة …، فترى": the answer to أما, a cue or a clause with ف
_FA_CLAUSE = _words("فان فانه فانها فقد فهو فهي فلم فلا")


_LEMMA_KEYS: dict[str, str] = {}
# confidence -> round(confidence, 2)
_ROUNDED: dict[float, float] = {}


def _nominative(description: str) -> str:
    """ "مسؤولا كويتيا رفيعا" -> "مسؤول كويتي رفيع": the accusative alef (and
    its tanween) off the indefinite words that open a description."""
    words = description.split(" ")
    for k, w in enumerate(words):
        bare = w.replace("\u064b", "")
        if len(bare) < 4 or bare[-1] != "ا" or bare.startswith("ال"):
            break
        words[k] = bare[:-1]
    return " ".join(words)


def _lemma_key(cue: lx.Cue) -> str:
    key = _LEMMA_KEYS.get(cue.lemma)
    if key is None:  # bounded: lemmas come from the lexicon
        key = _LEMMA_KEYS[cue.lemma] = normalize(cue.lemma)
    return key


class _RelayedLemmas(dict[str, bool]):
    """lemma -> whether its key (_lemma_key) is in _RELAYED_FROM, worked out
    on the first lookup of each lemma (bounded: lemmas come from the lexicon
    and the engine's few cues): one dict lookup per cue hit (speed15d)."""

    def __missing__(self, lemma: str) -> bool:
        key = _LEMMA_KEYS.get(lemma)
        if key is None:
            key = _LEMMA_KEYS[lemma] = normalize(lemma)
        relayed = self[lemma] = key in _RELAYED_FROM
        return relayed


_RELAYED_LEMMA = _RelayedLemmas()


# _suffixed_title: the two-letter pronouns (ه alone: the last letter)
_TITLE_SUFFIXES = ("ها", "هم")


def _suffixed_title(word: str) -> bool:
    """ "نظيره", "مستشارها": a title with a possessive pronoun."""
    if word[-1:] != "ه" and word[-2:] not in _TITLE_SUFFIXES:
        return False  # (most words: no pronoun's ending, no suffix to try)
    for suffix in ("ها", "ه", "هم"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            if stem in lx.TITLES_NO_PRONOUN:
                continue
            if stem in lx.TITLES or (stem.endswith("ت") and stem[:-1] + "ه" in lx.TITLES):
                return True
    return False


def _is_title_head(word: str) -> bool:
    """classify(): a title heads the phrase: "وزير", "الوزير", "نظيره"."""
    hbase = word[2:] if word.startswith("ال") else None
    return bool(word in lx.TITLES or (hbase and hbase in lx.TITLES) or _suffixed_title(word))


_IS_TITLE_HEAD = _WordTable(_is_title_head)


# "مركز الدوحة للدراسات": a centre heading a speaker phrase is a body (but
# not one of ORGANIZATION_HEADS: "مركز" inside a phrase is also a post or a
# rank, "احتل المركز الأول")
_CENTRES = _words("مركز المركز")
# "وقال النادي في بيان", "وقالت الفرقة الرابعة إن", "وقال المنتخب الوطني",
# "وقالت رابطة الأندية", "وقالت السرية الثالثة", "وقالت وحدة مكافحة
# الإرهاب": a club, a military division (or a troupe), a national team, a
# league, a company of soldiers and a unit heading a speaker phrase are
# bodies, as a centre is (also "secrecy" and "unity", which speak no words;
# kw34b) (a post in construct with the team, "مدرب المنتخب", is headed
# by the post; "الرئيس المنتخب", elected, by the title)
# (not ORGANIZATION_HEADS: glued to بـ inside a post, "المدير الفني لفريق
# كرة القدم الأول بنادي النصر X Y", the club is where he serves, and the
# name after it goes on)
_CLUBS_AND_UNITS = _words(
    "النادي نادي الفرقه فرقه المنتخب منتخب الرابطه رابطه السريه سريه الوحده وحده"
)  # (folded)
# the bare سرية/وحدة are also given names (سرية، وحدة): before one definite
# word of a family name's shape (ال…ان، ال…ي: "وقالت سرية الحمدان") or a
# given name, a woman, no body (phrases.classify; mend32e); not before a
# unit's genitive of that shape (folded)
_UNITS_ALSO_GIVEN_NAMES = _words("سريه وحده")
_UNIT_GENITIVES_LIKE_NAMES = _words("الطواري الطيران الميدان")


# the broken plurals of titles and of people with the article, folded, those
# of _SINGULAR_OF: alone as a speaker's phrase, a group of the holders
# ("وأعلن السفراء تعليق المحادثات، وقالوا إن", classify)
_TITLE_BROKEN_PLURALS = frozenset("ال" + w for w in _SINGULAR_OF)


def _chief_of(w: str) -> bool:
    """``w``, after كبير/كبيرة (_CHIEF), is the plural of people it is the
    chief of: a definite sound plural ("المفاوضين", "الاقتصاديين"), a broken
    plural of titles ("الأطباء"), or a title's sound plural in construct
    ("مستشاري", "مراسلي"); not a word it describes ("كبير السن", "نجاح
    كبير ميداني": an indefinite noun's nisba, no plural of a title)."""
    if w[:2] == "ال":
        return (
            (len(w) >= 7 and w[-2:] == "ين")
            or w in _TITLE_BROKEN_PLURALS
            or w in _CHIEF_BODIES_PLURALS
        )
    return w[-1] == "ي" and (w[:-1] in lx.TITLES or w[:-1] in lx.ANONYMOUS_HEADS)


# _chief_of_post: the sound plurals of posts a chief heads whose singular no
# title list holds ("كبير المفاوضين", "كبيرة الاقتصاديين", "كبير
# المسؤولين", "كبير المفتشين"), folded (mend32a)
_CHIEF_SOUND_PLURALS = _words("المفاوضين الاقتصاديين المسوولين المفتشين")


def _chief_of_post(w: str) -> bool:
    """_chief_of, of real posts only: a definite plural after كبير/كبيرة is
    a post's when it is a title's or an anonymous head's sound plural
    ("المستشارين", "المراسلين"), a listed broken plural ("الأطباء",
    "الحاخامات") or _CHIEF_SOUND_PLURALS; not any ال…ين ("كبير الخاسرين في
    الانتخابات": the biggest loser, no post). engine.role_after_name reads
    a post after a name outside a cue's clause by it (mend32a)."""
    if w[:2] == "ال":
        stem = w[2:-2]
        return (
            w in _TITLE_BROKEN_PLURALS
            or w in _CHIEF_BODIES_PLURALS
            or w in _CHIEF_SOUND_PLURALS
            or (w[-2:] == "ين" and (stem in lx.TITLES or stem in lx.ANONYMOUS_HEADS))
        )
    return _chief_of(w)


# broken plural adjectives of people with the article, folded: after such a
# plural, its adjective ("الوزراء العرب", "الأعضاء الجدد"; classify)
_PEOPLE_BROKEN_ADJECTIVES = _words("العرب الاجانب الجدد الكبار القدامي")


def _head_tests(head: str) -> int:
    """classify(): which of its tests on the phrase's head hold, in their
    order: 1: a statement noun ("تصريحات"); 2: a pronoun noun ("سعادته");
    4: not a subject (_NOT_A_SUBJECT), 8: also one at any start; 16: a
    document head; 32: a quantifier; 64: an organisation, country or outlet
    head; 128: a group ("الفرنسيون", "المسؤولون"); 256: an anaphoric head
    with the article ("المصدر"); 512: an anonymous head that is no title."""
    m = 0
    if head in _STATEMENT_NOUNS:
        m |= 1
    if head in lx.PRONOUN_NOUNS:
        m |= 2
    if _NOT_A_SUBJECT[head]:
        m |= 4
    if head in _NOT_A_SUBJECT_START:
        m |= 8
    if head in lx.DOCUMENT_HEADS:
        m |= 16
    if head in lx.QUANTIFIERS:
        m |= 32
    if (
        head in lx.ORGANIZATION_HEADS
        or head in _COUNTRIES
        or head in lx.OUTLET_HEADS
        or head in _CENTRES
        or head in _CLUBS_AND_UNITS
    ):
        m |= 64
    if (
        (len(head) >= 8 and head[-3:] in _NISBA_ENDINGS and _NISBA_PLURAL.match(head))
        or (
            head.startswith("ال") and head[2:] in lx.ANONYMOUS_HEADS and head.endswith(("ون", "ين"))
        )
        # "المحتجون", "المانحون": the plural of a participle in م-, a group
        # (the nominative only: "المبيضين" is a family name; "المامون", a
        # name, is shorter)
        or (len(head) >= 8 and head.startswith("الم") and head.endswith("ون"))
    ):
        m |= 128
    if head.startswith("ال") and head[2:] in _ANAPHORIC_HEADS:
        m |= 256
    if head in lx.ANONYMOUS_HEADS and head not in lx.TITLES:
        m |= 512
    return m


_HEAD_TESTS = _WordTable(_head_tests)

# plural heads of persons in construct with who they belong to ("أعضاء
# المجلس", "مسؤولو الوزارة"), folded: _plural_persons_head
_PLURAL_CONSTRUCT_HEADS = _words("اعضاء مسوولو مسيولو نواب قيادات عناصر ضباط")


def _plural_persons_head(head: str) -> int:
    """scan_np's object after persons in the plural: from which word after
    ``head`` (folded) a definite word may open the verb's object: 1 after a
    group's plural with the article ("النواب", "المحتجون"), which governs
    no genitive; 2 after a plural head in construct ("أعضاء المجلس", "قادة
    الفصائل"), past its first genitive; 0 for any other head."""
    if (
        _HEAD_TESTS[head] & 128
        or head in _TITLE_BROKEN_PLURALS
        # the feminine sound plural of a participle in م- or of a title
        # ("المعلمات", "المحتجات", "النائبات", "الوزيرات")
        or (
            head[:2] == "ال"
            and head[-2:] == "ات"
            and ((len(head) >= 8 and head[2] == "م") or head[2:-2] + "ه" in lx.TITLES)
            # (not bodies: "المنظمات", "المؤسسات")
            and head[2:-2] + "ه" not in lx.ORGANIZATION_HEADS
            and not _HEAD_TESTS[head] & 64
        )
    ):
        return 1
    return (
        2
        if head in _PLURAL_CONSTRUCT_HEADS
        or head in _SINGULAR_OF
        # ("ممثلو النقابة", "موظفو الشركة": a title's sound plural in construct)
        or (head[-1:] == "و" and head[:-1] in lx.TITLES)
        else 0
    )


_PLURAL_PERSONS_HEAD = _WordTable(_plural_persons_head)

# ranks before a name that are no post ("الأمير X وزير الطاقة")
_RANKS = frozenset({"الامير", "الاميره", "الشيخ", "الشيخه"})

# "سموه", "معاليه": the honorifics each pronoun noun stands for
# "highness" (folded), after which "الملكي" is an honorific ("صاحب السمو
# الملكي الأمير X"); after a body "الملكي" is its adjective ("الديوان الملكي")
_HIGHNESS = frozenset({"السمو", "سمو"})
_ROYAL_ADJECTIVE = "الملكي"
_ROYAL = _HIGHNESS | {"الامير", "الاميره", "الشيخ", "الشيخه"}
_HONORIFIC_PRONOUNS = {
    "سموه": _ROYAL,
    "سموها": _ROYAL,
    "معاليه": frozenset({"معالي", "المعالي"}),
    "معاليها": frozenset({"معالي", "المعالي"}),
    "سعادته": frozenset({"سعاده", "السعاده"}),
    "سعادتها": frozenset({"سعاده", "السعاده"}),
    "فخامته": frozenset({"فخامه", "الفخامه"}),
    # "جلالته": "صاحب الجلالة الملك X", "جلالة الملك X"
    "جلالته": frozenset({"جلاله", "الجلاله", "الملك"}),
    "جلالتها": frozenset({"جلاله", "الجلاله", "الملكه"}),
}


# Given names that open with "أل"/"إل" and fold to "ال…" (folded): printed
# without their hamza ("الكسندر نوفاك", "وزير الدفاع الياس المر"), they are
# names still, no article (phrases._articles)
_AL_GIVEN_NAMES = _words(
    "الكسندر الكساندر اليكساندر اليكسندر الكسي اليكسي اليكس الكسيس البرت البرتو البير "
    "الفريد الفريدو الفونسو الونسو اليزابيث اليزابيت اليسون الياس "
    # (Alexandra, Alexandro, Aldo, Alvaro, Elissa)
    "الكسندرا الكساندرا اليكسندرا اليكساندرا الكسندرو الكساندرو الدو الفارو اليسا "
    # (Alessandro, Alessandra, Alberto and Albert spelt with ي, Eleanor,
    # Alicia, Alistair, Elvis; not Elena, الينا, nor Alain, الان: "to us"
    # and "now" once the hamza is gone)
    "الساندرو اليساندرو الساندرا اليساندرا البيرتو البيرت الينور اليسيا اليشيا "
    "اليستر الفيس"
)

# "son of" in a name of four words ("سالم بن حميد الدباغ"), folded
_SON_OF = _words("بن ابن بنت ولد")


def lineage_name(words: list[str]) -> bool:
    """Words in marks (four or more; the callers bound them) that are one
    name (folded): each after the first a given name, a word of lineage,
    آل or عبد, or the word after آل, عبد or a word of lineage, the father's
    name whatever it is ("حمد بن عيسى آل خليفة", "محمد بن علي بن X": علي is
    no given name the engine knows, being على folded); not "محمد بن سلمان
    زار باريس أمس" (speakers.is_quotation, phrases.titled_name_in_marks)."""
    for j in range(1, len(words)):
        w = words[j]
        if not (
            w in _SON_OF
            or w in _GIVEN_NAMES
            or w in ("ال", "عبد")
            or (p := words[j - 1]) in ("ال", "عبد")
            or p in _SON_OF
        ):
            return False
    return True


# Maghrebi first names that carry the article ("الطاهر القلال", "الحبيب
# الصيد"): after a title's genitive they open the name, not an adjective (and
# so do the names above)
_ARTICLE_FIRST_NAMES = (
    _words(
        "الطاهر الهادي الحبيب الطيب المنصف الصادق المختار الناصر المولدي البشير المهدي "
        "الجيلاني الشاذلي العياشي المكي الفاضل المنجي المنذر الصحبي الاسعد المبروك "
        "الطاهره الزهره السبتي "
        # (Libyan and Sudanese: "النائب العام الصديق الصور"; Moroccan: "الأمين العام
        # X الميلودي Y")
        "الصديق الميلودي "
        # (Sudanese given names with the article: "القيادي بحزب الأمة الواثق
        # X", "الأستاذ المعتصم X"; rev34)
        "الواثق الفاتح المعتصم المعتز الزبير الباقر الشفيع العاقب المعز الخاتم السماني"
    )
    | _AL_GIVEN_NAMES
)
# Common given names (folded), the word that opens a person's name after a
# post whose last words cannot end it ("مدير صحة حلب مازن X", "… بمستشفى
# شارل نيكول محمد X"); words that are also titles, prepositions or stop
# words are left out (على/علي, أمين, سلطان, رائد), and so is ضياء, the
# first half of ضياء الدين
_GIVEN_NAMES = _words(
    "محمد احمد محمود مصطفي حسن حسين خالد عمر عثمان ابراهيم اسماعيل يوسف يونس "
    "يحيي زكريا موسي عيسي سليمان داود ادم نوح صالح سالم سليم سامي سمير سامر ساهر "
    "طارق طلال طه ياسر ياسين يزن يزيد ماجد مازن مجدي ممدوح منير منصور مروان "
    "معتز معاذ مهند مويد نبيل نزار نضال نادر ناصر نصر نعيم نواف هاني هشام "
    "هيثم وليد وايل وسيم وحيد وجدي زياد زيد زكي زهير رامي رامز رضا رياض رشيد "
    "رفيق رمزي رووف ربيع راشد راضي رافع رجب ريان جمال جميل جلال جواد جهاد "
    "جابر جاسم جعفر جورج جان جوزيف حازم حاتم حامد حمدي حمد حمزه حمدان حسام "
    "حافظ حبيب حيدر خليل خليفه خضر خلدون فادي فارس فراس فريد فواد فهد فيصل "
    "فتحي فاروق فوزي فايز كريم كمال كامل كاظم لوي لطفي ليث عادل عاطف عاصم "
    "عامر عمار عماد عمرو عزت عصام عياد عوض عوني غسان غازي قاسم قيس شادي شاكر "
    "شريف شوقي شفيق شهاب صابر صادق صبري صفوت صلاح طاهر ظافر بشير بلال "
    "بسام باسل بكر بدر برهان بهاء توفيق تامر تيسير ثامر ثاير اياد ايمن ايهاب "
    "اسامه انور انس اكرم امجد اشرف ادريس الياس اسعد اسحاق مراد مالك مختار "
    "مجيد محسن مدحت مصعب معين منذر مهدي مهيب مشعل مثني متعب نايف نجيب نور "
    "نوري هادي هلال همام هود وديع وضاح فاطمه عايشه خديجه زينب مريم "
    "سميره سعاد سلوي ليلي ناديه هدي هند رانيا رنا ريم سناء سهام منال مني "
    "نجلاء نسرين هاله هبه وفاء رشا دينا لينا اسماء ايمان امال سوسن عبير غاده "
    "فدوي كوثر لبني سعيد سعد سعود عبيد عدنان عرفات عزام عزيز علاء سلمان "
    # (beginning with ل, no preposition glued: "أما الرئيس، فقال لبيب X";
    # mend37b)
    "لبيب لقمان لميس لمياء"
).difference(lx.TITLES, lx.NP_STOP, lx.ROLE_PREPOSITIONS)
# given names ending in نا after a consonant ("البابا يوحنا"), folded: no
# noun with the suffix "our" (phrases._implausible_head)
_NA_GIVEN_NAMES = _words("يوحنا يحنا")
# Arab cities written without the article (folded), the genitive of a post
# in construct like a country or a capital ("مدير أمن عدن X", "قائد شرطة
# دبي X", "مدير صحة حلب X"); not those that are common words too (جدة)
_CITIES = _words(
    "حلب حمص حماه ادلب درعا طرطوس عدن تعز صنعاء مارب صعده ذمار لحج ابين شبوه "
    "سييون كركوك اربيل كربلاء تكريت بعقوبه دهوك بنغازي مصراته سبها درنه سرت "
    "غريان كسلا نيالا مكه تبوك ابها دبي عجمان نابلس جنين طولكرم قلقيليه اريحا "
    "رفح خانيونس صيدا بعلبك زحله طرابلس اسوان اسيوط سوهاج طنطا دمياط بورسعيد "
    "صفاقس سوسه نابل بنزرت قابس وهران قسنطينه عنابه تلمسان فاس مكناس طنجه "
    "مراكش اكادير تطوان اربد ابوظبي"
)
# Tunisian family names that look like "بـ" + the article
# "عمر حسن حاج الطيب", "محمد حاج أحمد": حاج (the pilgrim) bare inside a
# name, as Sudanese names keep it, before the family name (folded)
_HAJJ = _words("حاج")
_BAL_NAMES = _words("بالحاج بالقاسم بالطيب بالعيد بالشيخ بالحسن بالخير")
# given names opening in ل whose rest is a given name too ("لحسن الداودي",
# "لخضر X", the Maghreb's "لسعد", "لحبيب", "لحسين", "لطاهر": the article's
# ل kept in the name): no given name glued to لـ (phrases.told_after_title,
# given_name_glued)
_LAM_FIRST_NAMES = _words("لحسن لخضر لسعد لحبيب لحسين لطاهر")


def given_name_glued(w: str) -> bool:
    """``w`` (folded) is a given name glued to لـ or بـ ("لمحمد", "بسمير"):
    the preposition, then the name's first word; no given name of its own
    ("لحسن", "لخضر", "بلال")."""
    return (
        len(w) > 3
        and w[0] in "لب"
        and w[1:] in _GIVEN_NAMES
        and w not in _GIVEN_NAMES
        and w not in _LAM_FIRST_NAMES
    )


# a recording with the article after a title and في ("ويظهر الوزير في
# الشريط", "وقال السفير في الفيديو"): where the words were said, no place
# of the post (phrases.scan_np; kw17a), folded
_RECORDINGS = _words("الشريط الفيديو المقطع التسجيل الاشرطه الفيديوهات المقاطع التسجيلات")


def _genitive_start(w: str) -> bool:
    """A word that opens a genitive or a coordinated complement of a title,
    never a name: "بالإنابة", "والري", "للشؤون", "لبرنامج"."""
    c = w[:1]
    if c == "ب":
        # "السفير الأمريكي بتونس X": where the post is held, like "بالرباط"
        return (w.startswith("بال") and len(w) > 5 and w not in _BAL_NAMES) or w[1:] in _COUNTRIES
    if c == "و":
        return w.startswith("وال") and len(w) > 4 and w not in lx.TITLES
    if c == "ل":
        if w.startswith("لل"):
            return len(w) > 4
        b = w[1:]
        return b in lx.ORGANIZATION_HEADS or b in lx.TITLES or b in lx.LABEL_NOUNS
    return False


# "توقف الأمين العام مطولا عند": adverbs in -ًا after a subject, never a name
# "ونقلت الصحيفة عنه أيضا أن": "also" between "from him" and what he said
_ALSO_WORDS = _words("ايضا كذلك")
_ADVERBS = _words("مطولا مجددا مسبقا موخرا طويلا مليا مرارا كثيرا ايضا حاليا خلفا")
# dating.deed_fronted_before: adverbs telling words said at the writer's
# time, not at a deed's fronted month ("وقال أمس إن", "ويرى حاليا أن";
# mend35b), folded
_SAID_NOW = _words("اليوم امس البارحه الان حاليا موخرا")
# "أكد الوزير عثمان الطيب الآن، أن": adverbs of time with the article,
# never a family name (mend29b)
_DEFINITE_ADVERBS = _words("الان البارحه")
# "الضابط بالجيش سابقا X Y", "الطبيبة بالمستشفى نفسه X Y": an adverb of
# time or "the same" after a definite place where a post is held is the
# post's, never the first word of its holder's name
_AFTER_POST_ADVERBS = _ADVERBS | _LATER | _THEN | _words("نفسه ذاته نفسها ذاتها")
# ("وقال المتهم في دفاعه", "في دفاعها عن نفسها": his defence before the
# court, when he spoke)
_REPLY_NOUNS = _words("رد تعقيب مداخله تدخل معرض دفاع")
# "وكتب السفير في تعليق ختامي أن", "وقال الوزير في ملاحظة مقتضبة إن": a
# comment he made, bare after في, when he spoke, no post's place (rev33)
_COMMENTS_MADE = _words("تعليق تعقيب ملاحظه ملاحظات")
# (and a reply: "وقالت الوزيرة في رد مقتضب:", "وقال المدرب في رد على سؤال"
# read "مقتضب", "على سؤال" for the name, "في رد" for the post's place; dev36s)
_COMMENTS_MADE |= _words("رد ردود")
# "وقال الوزير في منتدى الدوحة:", "وقال رئيس الوزراء في قمة شرم الشيخ:": a
# gathering he spoke at (a summit, a forum, a festival), bare or definite
# after في and a post with no name, is when he spoke, no post's place and
# never the speaker's name (lx.EVENT_NOUNS holds مؤتمر, ندوة …; mend37e)
_GATHERINGS_SPOKEN_AT = _words(
    "قمه منتدي ملتقي مهرجان احتفال احتفاليه حفل ورشه القمه المنتدي الملتقي "
    "المهرجان الاحتفال الاحتفاليه الحفل الورشه"
)
# (a forum may also be a body one works in, "الباحث في منتدى الشرق الأوسط
# X Y": phrases._gathering_spoken_at)
_FORUMS = _words("منتدي ملتقي المنتدي الملتقي")


def _possessed_event(w: str) -> bool:
    """ "في ردها", "في كلمته", "خلال حديثهم": an occasion of the speaker's own,
    an adverbial after the title, never the place or body of a role."""
    for suffix in ("هما", "هم", "ها", "ه"):
        if w.endswith(suffix) and len(w) > len(suffix) + 1:
            stem = w[: -len(suffix)]
            if stem[-1] == "ت":
                stem = stem[:-1] + "ه"
            return stem in lx.EVENT_NOUNS or stem in _REPLY_NOUNS
    return False


_POSSESSED_EVENT = _WordTable(_possessed_event)


def _not_in_name(w: str) -> bool:
    """A word after a name's first word that a name does not go on with: an
    addressee or complement glued to "لـ" ("لمسؤولين", "لوكالة") or a noun
    with a possessive suffix ("موقفها", "دعوتهم")."""
    if w[0] == "ل" and not w.startswith("لل"):
        b = w[1:]
        if (
            b in lx.ANONYMOUS_HEADS
            or b in lx.OUTLET_HEADS
            or b in lx.ORGANIZATION_HEADS
            or (len(b) >= 6 and b.endswith(("ين", "يين")))
        ):
            return True
    return len(w) >= 5 and w.endswith(("ها", "هم", "هما"))


# a preposition or a conjunction glued to ما ("بما", "مما", "فيما", "كما",
# "بحسبما"): what opens a clause or a complement, never a word of a name
_GLUED_MA = _words("بما مما عما فيما كما لما حسبما بحسبما مثلما بينما عندما حينما بعدما كلما طالما")


# the event nouns of an occasion of speech, indefinite ("كتب X تدوينة",
# "ألقى X كلمة"), never a name word (but بيان, لقاء: also given names)
_OCCASIONS = lx.EVENT_NOUNS - _words("بيان لقاء")
# the verbs among lx.NP_STOP that fold like a word with the article
# ("ألقى" → القي, "التقت", "ألغى", "ألمح"): one opening a clause is its verb,
# its subject after it ("ألقى الوزير محاضرة، وقال فيها إن"; speakers'
# main_clause_subject; mend35e)
_ARTICLE_SHAPED_VERBS = _words("التقت التقوا القي القت الغي الغت المح المحت") & lx.NP_STOP
# of those, the ones no one is named ("كلمة", "عظة", "محاضرة"; not حوار،
# خطاب, family names too): right after a bare title, whatever follows, the
# verb's object ("وألقى الرئيس كلمة في الحفل قال فيها"; phrases.scan_np,
# _name_word_flags; mend35e)
_OCCASIONS_NO_NAME = _OCCASIONS - _OBJECT_OR_NAME


_LONE_CLITICS = frozenset({"ل", "ب"})


# verbs of news that are no cue, past and present, of one man or one woman
# (folded): after a name's first word, the verb whose subject the name is
# ("أن السفير X Y التقى وزير الخارجية", "أن السفيرة X Y عقدت لقاء",
# "وفدا يقوده X"), never a word of the name; no verb that is a name too
# ("طالب", "فتح", "سلم", "عين")
_NEWS_VERBS = _words(
    "التقي التقت يلتقي تلتقي اجتمع اجتمعت يجتمع تجتمع عقد عقدت يعقد تعقد "
    "زار زارت يزور تزور استقبل استقبلت يستقبل تستقبل تراس تراست يتراس تتراس "
    "قاد قادت يقود تقود يقوده تقوده يقودها تقودها اتهم اتهمت يتهم تتهم "
    "انتقد انتقدت ينتقد تنتقد هاجم هاجمت يهاجم تهاجم رفض رفضت يرفض ترفض "
    "شارك شاركت يشارك تشارك حضر حضرت يحضر تحضر اجري اجرت يجري تجري "
    "بحث بحثت يبحث تبحث ناقش ناقشت يناقش تناقش تلقي تلقت يتلقي تتلقي "
    "قدم قدمت يقدم تقدم وصل وصلت يصل تصل غادر غادرت يغادر تغادر "
    "توجه توجهت يتوجه تتوجه افتتح افتتحت يفتتح تفتتح دشن دشنت يدشن تدشن "
    "اطلق اطلقت يطلق تطلق قرر قررت يقرر تقرر اصدر اصدرت يصدر تصدر "
    "بعث بعثت يبعث تبعث ارسل ارسلت يرسل ترسل اتصل اتصلت يتصل تتصل "
    "ادان ادانت يدين تدين دافع دافعت يدافع تدافع منح منحت يمنح تمنح "
    "تسلم تسلمت يتسلم تتسلم القي القت يلقي تولي تولت يتولي تتولي "
    "اقال اقالت يقيل تقيل عينت يعين تعين كلف كلفت يكلف تكلف رافق رافقت "
    "يرافق ترافق يرافقه ترافقه واجه واجهت يواجه تواجه اعتزم اعتزمت يعتزم "
    "تعتزم انهي انهت ينهي تنهي عاد عادت يعود تعود وقع وقعت يوقع استعرض "
    "استعرضت يستعرض تستعرض ثمن ثمنت يثمن تثمن رحب رحبت يرحب ترحب "
    "نشر نشرت ينشر تنشر "
    # (met, as التقى: "أن الوزير X قابل السفير", kw28b)
    "قابل قابلت يقابل "
    # (verbs of the shape أفعل, as أصدر and أطلق: "أن الوزير أبرم اتفاق
    # الشراكة، وقال", kw22a)
    "ابرم ابرمت يبرم تبرم انجز انجزت ينجز تنجز امضي امضت يمضي تمضي "
    "اوقف اوقفت يوقف الغي الغت يلغي تلغي ارجا ارجات يرجي ترجي"
)


def _news_verb(w: str) -> bool:
    """``w`` is a verb of news after a name: one of _NEWS_VERBS, or a present
    verb of a derived form (يتفعّل, يستفعل, تتفعّل, تستفعل: "الرئيس X يتحدث
    عن"), which no name opens with."""
    return w in _NEWS_VERBS or (
        len(w) >= 5
        and w[0] in "يت"
        and (w[1] == "ت" or w[1:3] == "ست")
        and w[-1] not in "يه"
        and w not in _TITLE_LIKE
    )


_NEWS_VERB = token_prefill(_WordTable(_news_verb))  # (_NP_PRE_TESTS's first test)


def _verb_after_wa(w: str) -> bool:
    """``w``, و and a word, reads as و and a past verb ("وتحدث", "ووصل",
    "وحضر", "واستقبل"), not as a given name that opens with و ("وصفي",
    "وهيب", "وسام", "وهبي", "وليد"): the word is a verb of news or a cue,
    or has the shape of a derived past (تفعّل, تفاعل, افتعل, استفعل: four
    letters or more from ت or ا) or of a bare one, three letters with no
    long vowel after the first and no ي/ه at the end (فعل); and neither
    it nor the word is a given name (speakers.name_start_before)."""
    r = w[1:]
    if w[0] != "و" or w in _GIVEN_NAMES or r in _GIVEN_NAMES:
        return False
    if r in _NEWS_VERBS or _cue_of(w) is not None:
        return True
    if len(r) >= 4:
        return r[0] in "تا"
    return len(r) == 3 and r[1] not in "اوي" and r[2] not in "اويه"


_VERB_AFTER_WA = _WordTable(_verb_after_wa)


# question words of place, time and manner among lx.NP_STOP, folded: لـ is
# never glued to them, so "لاين" after a name is a name word ("أورسولا فون دير
# لاين"), not a purpose clause (_name_word_flags)
_ASKING_WHERE_HOW = _words("اين متي كيف")
# given names of Western women of the shape فاعلا ("باولا", "كارلا", "مارتا",
# "لاورا"), folded: no adverbial فاعلاً after a title (_name_word_flags)
_WESTERN_NAMES_IN_A = _words("باولا كارلا مارتا مارثا لاورا واندا")
# French compound given names, Jean-X ("جان إيف", "جان بيار", "جان ماري"),
# folded: their first word and the second ones, so that the family name
# after them is the name's third word, whatever its first letter
# (phrases.scan_np: "جان إيف لودريان", not an addressee "لـ…")
_FRENCH_COMPOUND_FIRST = _words("جان")
_FRENCH_SECOND_NAMES = _words("ايف بيار بيير ماري ميشال كلود لوك مارك بول فرانسوا جاك")


def _name_word_flags(w: str) -> int:
    """1: a word a name does not go on with (``_not_in_name``, "فكان"); 2: also not
    one it starts with when there is no title (an addressee "لمسؤولين");
    4: may carry the tanween of an adverbial ("رداً"); 8: not even a name's
    first word after a title (an adverbial فاعلاً, "ضاحكا"); 16: a title, with or
    without the article."""
    f = 0
    if (w[0] == "ل" or w[-2:] in _POSSESSIVE_ENDINGS) and _not_in_name(w):
        f = 3 if w[0] == "ل" else 1
    elif (
        w[0] in "فل"
        and (
            w[1:] in _AUXILIARIES
            # (ل glued to no question word: "لاين" is a name, "فاين" a question)
            or (w[1:] in lx.NP_STOP and (w[0] == "ف" or w[1:] not in _ASKING_WHERE_HOW))
            or _cue_of(w) is not None
        )
    ):
        # "أما النائب X فكان …": the predicate of the topic; "وتدخلت النائبة
        # X لتؤكد": a purpose clause
        f = 1
    if w[-1] == "ا":
        f |= 4
        if (
            len(w) == 5 and w[1] == "ا" and w[3] != "ي" and w not in _WESTERN_NAMES_IN_A
        ) or w in _ADVERBS:
            f |= 9  # "فرد المبيضين ضاحكا", "وقال الوزير ضاحكا": an adverbial فاعلاً (not "رانيا")
    if w in _SAME or w in _LONE_CLITICS:
        # "المسؤول الحكومي ذاته": "the same", never a name; "الأمين العام
        # لـ «حزب الله»": a clitic written apart before the name in marks
        f |= 9
    elif w in _GLUED_MA or w in _OCCASIONS:
        # "أشاد الأمير X آل Y بما وصفه": a particle and ما; "كتب X تدوينة",
        # "ألقى X كلمة": the occasion of the words, the verb's object; and
        # one no one is named ("ألقى الرئيس كلمة", "ألقى المطران عظة") not
        # even a name's first word after a bare title (dev35s)
        f |= 9 if w in _OCCASIONS_NO_NAME else 1
    elif w[0] == "ب" and w[1:] in _COUNTRIES:
        f |= 1  # "علاقة الرئيس علي عبد الله صالح بواشنطن": a complement
    elif _news_verb(w):
        f |= 1  # "أن السفيرة X Y عقدت لقاء": the name's verb
    if w in lx.TITLES or (w[2:] if w.startswith("ال") else w) in lx.TITLES:
        f |= 16
    return f


_NAME_FLAGS = _WordTable(_name_word_flags)


# "لم يصرح بما يؤثر", "ورد في سؤال لـ…": what the verb is about, or the
# question put to the speaker, where its subject would stand; never who speaks
_NEVER_SUBJECT_HEADS = _words("بما مما عما سوال السوال اسيله الاسيله")
_NOT_A_SUBJECT = _WordTable(
    lambda w: (
        w in _NOT_A_SUBJECT_START
        or w in _NEVER_SUBJECT_HEADS
        or w in _NOT_A_SUBJECT_START_CONJ
        # ("لزواره": to his visitors; but "لاعبة", a title spelt with ل
        # and ending in ة)
        or (w[0] == "ل" and len(w) >= 5 and w.endswith(_POSSESSIVE) and w not in lx.TITLES)
    )
)


# the chargé d'affaires ("القائم/القائمة بأعمال السفارة"): the only title
# بأعمال (no article) completes in construct; after any other ("أشاد السفير
# بأعمال اللجنة") it is the object of the verb before
_CHARGE_HOLDERS = _words("القايم القايمه قايم قايمه")
_ENVOYS = _words("السفير السفيره سفير سفيره") | _CHARGE_HOLDERS
# the embassy that sends the cables ("وتخلص السفارة في تعليقها")
_EMBASSIES = _words("السفاره")
# the staff of a place and the services they work in ("حارس الأمن
# للسفارة", "موظفة الاستقبال للسفارة", "موظف الصيانة"): such a post is the
# embassy's own, the embassy glued to لل after it its genitive, not the one
# told (not "مدير الأمن", "مدير المراسم": a post that may be the host
# country's, telling the embassy); with their plurals in construct
# ("موظفو الأمن للسفارة", "حراس الأمن") and the worker ("عامل النظافة");
# folded
_SERVICE_STAFF = _words(
    "حارس حارسه حراس موظف موظفه موظفو موظفي سايق سايقه سايقو سايقي عامل عامله عمال"
)
_SERVICES = _words("الامن الحراسه الاستقبال الصيانه النظافه البوابه")
# the writers of a cable a document noun is in construct with when it names
# the dated document in view again ("وقالت رسالة السفيرة إن …"): engine's
# reading of documents, dating.refers_to_document
_CABLE_OWNERS = _words("السفير السفيره السفاره القايم القايمه")


def _named_person(ent: _Entity | None) -> bool:
    """A person with a name ("السفير X"), not a bare title ("السفير": its key
    is "title:…") nor a mention without a key."""
    return (
        ent is not None
        and ent.kind == PERSON
        and bool(ent.key)
        and not "title:" <= ent.key < "title;"
    )


def _envoy(role: str) -> bool:
    """An embassy's head ("السفير", "القائم بالأعمال"): who writes its cables."""
    return normalize_first(role) in _ENVOYS


@lru_cache(maxsize=1024)
def _role_words(role: str) -> frozenset[str]:
    """The words of a role without marks or the article ("رئيس حزب «X»")."""
    return frozenset(
        # ("والخبير": a coordinated title, "الخبير" later)
        # (a short genitive too, "الري" as in "والري", dev15b; not "الله")
        w[2:]
        if w.startswith("ال") and (len(w) > 4 or (len(w) == 4 and w != "الله"))
        else w[3:]
        if w.startswith("وال") and len(w) > 3  # (not "وال", a governor: fuzz28)
        else w
        for w in normalize(role).replace('"', " ").replace("«", " ").replace("»", " ").split()
    )


@lru_cache(maxsize=1024)
def _post_words(role: str) -> frozenset[str]:
    """The words of a role also without لـ/بـ before the article ("الأمين
    العام للأمم المتحدة" and "أمين عام الأمم المتحدة" give the same words;
    "بالنادي الأهلي" and "الأهلي")."""
    return frozenset(
        w[2:] if w[:2] == "لل" and len(w) > 4 else w[3:] if w[:3] == "بال" and len(w) > 5 else w
        for w in _role_words(role)
    )


def _depossessed(words: frozenset[str]) -> frozenset[str] | None:
    """The words of a role with a possessive suffix taken off their nouns
    ("وزير خارجيتها" -> وزير خارجيه, "سفير بلادهم" -> سفير بلاد), or None
    when none has one: a feminine noun in ت before the suffix ("خارجيته",
    "حكومتها"), or any noun before ها/هم/هما/هن."""
    out = []
    changed = False
    for w in words:
        for suffix in ("هما", "هم", "هن", "ها", "ه"):
            if w.endswith(suffix) and len(w) - len(suffix) >= 3:
                stem = w[: -len(suffix)]
                if stem[-1] == "ت":
                    w, changed = stem[:-1] + "ه", True
                elif suffix != "ه":
                    w, changed = stem, True
                break
        out.append(w)
    return frozenset(out) if changed else None


# "رئيس الجمهورية/الدولة/البلاد": the state itself (engine: the head of
# state, whom "الرئيس" alone names; _own_body: "بلاده", "دولتها")
# the state itself, named by what kind of state it is (not its name):
# "الجمهورية", "المملكة", "السلطنة", "الإمارة"
_STATE_ITSELF = _words("الجمهوريه الدوله البلاد المملكه السلطنه الاماره")
# scan_np's posts glued to لـ (kw26): a candidate runs for the post after
# him ("المرشح لرئيس البلدية X"), and a post of the state, a ruler's court or
# guard serves the one after it ("وزير الدولة لرئيس الحكومة X", "رئيس
# الديوان لرئيس الجمهورية X", "رئيس الحرس لرئيس الجمهورية X"): no one told
# (mend24a)
_CANDIDATES = _words("مرشح مرشحه المرشح المرشحه")
_SERVING_BODIES = _words("الدوله الديوان الحرس البلاط المراسم التشريفات")
# (and, bare between a head and its definite genitive, an office that
# serves the one after the post: "رئيس مكتب الاتصال لرئيس الحكومة X"; kw27)
_SERVING_OFFICES = _words("مكتب ديوان حرس بلاط")


def _own_body(w: str) -> bool:
    """``w`` (folded) is a state or a body with a possessive pronoun, one's
    own: "بلاده", "حكومته", "دولتها", "حزبهم"."""
    for suffix in ("هما", "هم", "ها", "ه"):
        if w.endswith(suffix):
            stem = w[: -len(suffix)]
            if stem[-1:] == "ت":
                stem = stem[:-1] + "ه"
            return len(stem) >= 3 and (
                stem in lx.ORGANIZATION_HEADS or "ال" + stem in _STATE_ITSELF
            )
    return False


# the forms of رأى (opined, and saw): a verb of seeing when a present verb
# tells what the one seen does ("رأى شبانا يبنون مشاريعهم")
_SEEING_FORMS = frozenset(w for w, cue in _CUE_OF.items() if cue.lemma == "رأى")


def _doing_verb(w: str) -> bool:
    """``w`` reads as a present verb that is no name or noun: a plural
    ("يخاطبون", not the nisba "يمنيون") or a derived form (_news_verb:
    "يتغير", "تترسخ")."""
    return (
        w[:1] in "يت"
        and len(w) >= 5
        and ((w[-2:] == "ون" and w[-3] != "ي") or _NEWS_VERB[w])
        and w not in _TITLE_LIKE
    )


def _saying_after_what(w: str) -> bool:
    """``w``, after "ما" (after a preposition of source: "وفق ما كتبه",
    "بحسب ما أعلنته"), is a verb of saying, bare or with the object pronoun
    that takes up "ما" (which the cue table lists for some verbs only:
    "قاله" is there, "كتبه", his books, is not)."""
    cue = _cue_of(w)
    if cue is None and w[-1] == "ه":
        cue = _cue_of(w[:-1])
    elif cue is None and w[-2:] == "ها":
        cue = _cue_of(w[:-2])
    return cue is not None and cue.kind == lx.VERB


# is_quotation: a pronoun standing between subject and predicate ("القضية هي
# قضيتنا"), which no body's name in marks holds
_COPULA_PRONOUNS = _words("هو هي هم")


def _present_verb(w: str) -> bool:
    """``w`` (which starts with ي or ت) reads as a present verb, not a title
    or a nisba ("يمني", "تونسية")."""
    return w not in _TITLE_LIKE and w[-1] not in "يه"


# _resumptive_present: the object pronouns of a present verb that refer
# back to a noun before it ("قرارات «تقربها من الغرب»"), folded; not ه,
# which folds like ة
_RESUMPTIVE_OBJECTS = ("ها", "هم", "هما", "هن")


def _resumptive_present(w: str) -> bool:
    """``w`` reads as a third-person present verb carrying an object pronoun
    ("تقربها", "يمنحهم"): a prefix ي/ت, a stem of three letters at least,
    then ها/هم/هما/هن."""
    return w[:1] in ("ي", "ت") and w.endswith(_RESUMPTIVE_OBJECTS) and len(w) >= 6


# adjectives in -ي that tell the time or the kind of a post, no country
_NOT_NISBA = _words("الحالي الثاني الانتقالي الفعلي الرسمي")
# phrases.classify: an adjective of a post's kind or time alone at the end of
# the post ("المسؤول المكلف بالإعلام الرسمي"), no name. The same words as
# _NOT_NISBA today, but a set of its own: a word added to one set for its
# rule does not change the other's reading
_POST_KIND_ADJECTIVES = _words("الحالي الثاني الانتقالي الفعلي الرسمي")


@lru_cache(maxsize=1024)
def _nisba_stem(word: str) -> str | None:
    """ "الامريكي" and "الامريكيه" (the feminine that agrees with a feminine
    genitive: "وزير الخارجية الأمريكية") -> one key; None when the word is no
    nisba with the article."""
    if word[-2:] == "يه":
        word = word[:-1]
    if len(word) < 6 or word[:2] != "ال" or word[-1] != "ي" or word in _NOT_NISBA:
        return None
    return _key(word)


@lru_cache(maxsize=1024)
def _role_nisbas(role: str) -> frozenset[str]:
    """The nisba keys of a role's words after its head."""
    return frozenset(k for w in normalize(role).split()[1:] if (k := _nisba_stem(w)) is not None)


# one office, several names: a bare title of one name ("وقال المدرب", "الملك
# المغربي") is the person introduced with another ("المدير الفني للوداد",
# "العاهل المغربي الملك X"); the head (no article) and the word after it
# where the name has two (folded)
_OFFICE_NAMES = {
    "مدرب": "coach",
    "مدير": ("الفني", "فني", "coach"),
    "ناخب": ("الوطني", "وطني", "coach"),
    "عاهل": "king",
    "ملك": "king",
    # "وقال القاضي" after "المستشار X، رئيس محكمة جنايات …،": the judge
    # who presides the court
    "قاضي": "judge",
    "قاضيه": "judge",
    "رييس": ("محكمه", "المحكمه", "judge"),
    "رييسه": ("محكمه", "المحكمه", "judge"),
}
# "المدرب العام", "المدرب المساعد", "مدرب الحراس": another member of the staff
_NOT_HEAD_COACH = frozenset(
    ("العام", "عام", "المساعد", "مساعد", "حراس", "الحراس", "اللياقه", "لياقه")
)


@lru_cache(maxsize=1024)
def _country_nisba(w: str) -> bool:
    """A definite nisba (folded: "الجزايري", "المغربي")."""
    return w[:2] == "ال" and w[-1] == "ي" and len(w) >= 6


def _office(role: str) -> str | None:
    """The office ``role`` names when it is one of those with several names
    (``_OFFICE_NAMES``), else None."""
    words = _NORMALIZED[role].split()
    if not words:
        return None
    head = words[0][2:] if words[0][:2] == "ال" else words[0]
    office = _OFFICE_NAMES.get(head)
    if office is None:
        return None
    second = words[1] if len(words) > 1 else ""
    if isinstance(office, tuple):
        if second in office[:2]:
            return office[2]
        if head == "ناخب" and _country_nisba(second):
            # "الناخب الجزائري", "الناخب المغربي": the national coach, his
            # country's nisba for "الوطني"
            return office[2]
        return None
    if office == "coach" and second in _NOT_HEAD_COACH:
        return None
    return office


def _other_nisba(role: str, other: str) -> bool:
    """ "وزير الخارجية الأردني" and "وزير الخارجية السوري": the same post
    of three words or more, its last word a nisba with the article in both,
    spelt otherwise (whatever the spelling: الأميركي, الأمريكي)."""
    a, b = _NORMALIZED[role].split(), _NORMALIZED[other].split()
    if len(a) < 3 or len(a) != len(b) or a[:-1] != b[:-1]:
        return False
    x, y = a[-1], b[-1]
    return (
        x[:2] == "ال"
        and y[:2] == "ال"
        and x[-1] == "ي"
        and y[-1] == "ي"
        and x not in _NOT_NISBA
        and y not in _NOT_NISBA
        and _key(x) != _key(y)
    )


def _other_state_nisba(role: str, post: str) -> bool:
    """ "الوزير الألماني" and "وزير الخارجية الفرنسي": a title whose words
    after its head hold a state's nisba (_NATIONALITIES), and a post that
    names states, by nisba or by name, none of them that one (kw34;
    _other_nisba reads posts of one length only)."""
    mine = frozenset(
        k
        for w in _NORMALIZED[role].split()[1:]
        if w in _NATIONALITIES and (k := _nisba_stem(w)) is not None
    )
    if not mine:
        return False
    theirs = _role_countries(post) | frozenset(
        k
        for w in _NORMALIZED[post].split()[1:]
        if w in _NATIONALITIES and (k := _nisba_stem(w)) is not None
    )
    return bool(theirs) and mine.isdisjoint(theirs)


def _same_state_nisbas(role: str | None, post: str) -> bool:
    """The words of the bare title ``role`` after its head ("الرئيس
    الجزائري") are each a nisba that ``post`` ("رئيس الجمهورية الجزائرية")
    names too: not "الرئيس الفرنسي" nor "الرئيس السابق" for the one named
    "رئيس الجمهورية X" (mend29b); "الرئيس" alone holds."""
    if not role:
        return True
    # (or a country the post names: "رئيس جمهورية مصر العربية" is "الرئيس
    # المصري")
    nisbas = _role_nisbas(post) | _role_countries(post)
    return all(
        (k := _nisba_stem(w)) is not None and k in nisbas for w in _NORMALIZED[role].split()[1:]
    )


# a country named in a post by its own name in place of its nisba ("وزير
# خارجية الكويت", "سفير واشنطن"), folded -> the nisba's stem; "الولايات
# المتحده" is read as its two words (not مالي, "financial", nor عمان, Oman or
# Amman, nor the capitals that name clubs: "مدرب ريال مدريد")
_COUNTRY_NISBAS = {
    w: n
    for ws, n in (
        ("فرنسا", "فرنسي"),
        ("بريطانيا", "بريطاني"),
        ("المانيا", "الماني"),
        ("ايطاليا", "ايطالي"),
        ("اسبانيا", "اسباني"),
        ("روسيا", "روسي"),
        ("الصين", "صيني"),
        ("اليابان", "ياباني"),
        ("امريكا اميركا واشنطن", "امريكي"),
        ("ايران", "ايراني"),
        ("تركيا", "تركي"),
        ("الجزاير", "جزايري"),
        ("تونس", "تونسي"),
        ("المغرب", "مغربي"),
        ("ليبيا", "ليبي"),
        ("مصر", "مصري"),
        ("السودان", "سوداني"),
        ("سوريا", "سوري"),
        ("لبنان", "لبناني"),
        ("الاردن", "اردني"),
        ("العراق", "عراقي"),
        ("السعوديه", "سعودي"),
        ("قطر", "قطري"),
        ("الكويت", "كويتي"),
        ("الامارات", "اماراتي"),
        ("البحرين", "بحريني"),
        ("اليمن", "يمني"),
        ("اسراييل", "اسراييلي"),
        ("فلسطين", "فلسطيني"),
        ("موريتانيا", "موريتاني"),
        # (kw33: the states of the nationalities above, named in construct,
        # "سفير الهند", "وزير خارجية كينيا")
        ("البرتغال", "برتغالي"),
        ("هولندا", "هولندي"),
        ("بلجيكا", "بلجيكي"),
        ("سويسرا", "سويسري"),
        ("السويد", "سويدي"),
        ("النرويج", "نرويجي"),
        ("الدنمارك", "دنماركي"),
        ("البرازيل", "برازيلي"),
        ("الارجنتين", "ارجنتيني"),
        ("كولومبيا", "كولومبي"),
        ("المكسيك", "مكسيكي"),
        ("كرواتيا", "كرواتي"),
        ("صربيا", "صربي"),
        ("اليونان", "يوناني"),
        ("الهند", "هندي"),
        ("باكستان", "باكستاني"),
        ("افغانستان", "افغاني"),
        ("نيجيريا", "نيجيري"),
        ("السنغال", "سنغالي"),
        ("الكاميرون", "كاميروني"),
        ("غانا", "غاني"),
        ("تشاد", "تشادي"),
        ("اثيوبيا", "اثيوبي"),
        ("الصومال", "صومالي"),
        ("كندا", "كندي"),
        ("استراليا", "استرالي"),
        ("بولندا", "بولندي"),
        ("رومانيا", "روماني"),
        ("اوكرانيا", "اوكراني"),
        ("النمسا", "نمساوي"),
        ("بلغاريا", "بلغاري"),
        ("المجر", "مجري"),
        ("التشيك", "تشيكي"),
        ("كينيا", "كيني"),
        ("اوغندا", "اوغندي"),
        ("تنزانيا", "تنزاني"),
        ("اريتريا", "اريتري"),
        ("جيبوتي", "جيبوتي"),
        ("رواندا", "رواندي"),
        ("الكونغو", "كونغولي"),
        ("انغولا", "انغولي"),
        ("زامبيا", "زامبي"),
        ("زيمبابوي", "زيمبابوي"),
        ("موزمبيق", "موزمبيقي"),
        ("ليبيريا", "ليبيري"),
        ("غينيا", "غيني"),
        ("النيجر", "نيجري"),
        ("اندونيسيا", "اندونيسي"),
        ("ماليزيا", "ماليزي"),
        ("فيتنام", "فيتنامي"),
        ("تايلاند", "تايلاندي"),
        ("الفلبين", "فلبيني"),
        ("بنغلاديش", "بنغلاديشي"),
        ("سريلانكا", "سريلانكي"),
        ("نيبال", "نيبالي"),
        ("كازاخستان", "كازاخي"),
        ("اوزبكستان", "اوزبكي"),
        ("اذربيجان", "اذربيجاني"),
        ("ارمينيا", "ارمني"),
        ("جورجيا", "جورجي"),
        ("فنلندا", "فنلندي"),
        ("ايرلندا", "ايرلندي"),
        ("ايسلندا", "ايسلندي"),
        ("ليتوانيا", "ليتواني"),
        ("لاتفيا", "لاتفي"),
        ("استونيا", "استوني"),
        ("بيلاروسيا", "بيلاروسي"),
        ("سلوفاكيا", "سلوفاكي"),
        ("سلوفينيا", "سلوفيني"),
        ("البوسنه", "بوسني"),
        ("قبرص", "قبرصي"),
        ("مالطا", "مالطي"),
        ("مولدوفا", "مولدوفي"),
        ("فنزويلا", "فنزويلي"),
        ("كوبا", "كوبي"),
        ("بيرو", "بيروفي"),
        ("تشيلي", "تشيلي"),
        ("الاكوادور", "اكوادوري"),
        ("بوليفيا", "بوليفي"),
        ("نيوزيلندا", "نيوزيلندي"),
    )
    for w in ws.split()
}
# the posts of a state whose nisba or country is the holder's own (a
# minister, an envoy, a spokesman, a head of state or government): not a
# coach's, whose nisba may name the team ("مدرب المنتخب المغربي" X, then
# "المدرب الفرنسي"), folded, no article, no feminine ه
_STATE_POSTS = _words(
    "وزير رييس سفير قنصل مندوب ممثل مبعوث متحدث ناطق نايب وكيل مستشار قايم ملك عاهل امير"
)
# where a post's own words end and a place it is held in or sent to begins
# ("السفير الأمريكي لدى الكويت", "سفير الكويت في واشنطن")
_POST_PLACE = _words("في لدي الي من بين عن")


@lru_cache(maxsize=1024)
def _role_countries(role: str) -> frozenset[str]:
    """The countries a post names as its holder's, by nisba ("وزير الخارجية
    الكويتي", "المتحدث باسم الخارجية الأمريكية") or by name in construct
    ("وزير خارجية الكويت", "رئيس وزراء الولايات المتحدة"), as spelling-free
    keys of the nisba; not a place after في/لدى/إلى ("السفير الأمريكي لدى
    الكويت": the country he is sent to)."""
    words = _NORMALIZED[role].split()
    out = set()
    for i in range(1, len(words)):
        w = words[i]
        if w in _POST_PLACE or w[:1] in _COMMAS:
            break
        if w in _NATIONALITIES:
            out.add(_key(w[2:-1] if w[-1] == "ه" else w[2:]))
        elif (n := _COUNTRY_NISBAS.get(w)) is not None:
            out.add(_key(n))
        elif w == "الولايات" and words[i + 1 : i + 2] == ["المتحده"]:
            out.add(_key("امريكي"))
        elif w == "المملكه" and words[i + 1 : i + 2] == ["المتحده"]:
            # "سفيرة المملكة المتحدة", then "السفيرة البريطانية" (kw33)
            out.add(_key("بريطاني"))
    return frozenset(out)


# "his/her counterpart" (a man or a woman), folded: a person of its own,
# never a word of the phrase before it (scan_np), nor of the post read back
# from his name (counterpart_post)
_COUNTERPART_WORDS = _words("نظيره نظيرها نظيرته نظيرتها")
# "مع نظيره الكويتي X", "ونظيرتها الفرنسية Y": a counterpart, its pronoun
# the person named before (counterpart()), with و/بـ/لـ
_COUNTERPARTS = frozenset(p + w for w in _COUNTERPART_WORDS for p in ("", "و", "ب", "ل"))
# "his rival", "her colleague", "his ally" (folded, with its possessive):
# another person, after a title the verb's object ("ووصف رئيس النادي منافسه
# X بـ…"), never the title holder's name (scan_np)
_RIVALS = frozenset(
    w + x for w in _words("منافس خصم غريم زميل حليف") for x in ("ه", "ها", "هم", "هما")
)
# and glued to و, بـ or لـ, as _COUNTERPARTS ("وقال X Y رئيس الحزب وحليفه
# رئيس البرلمان": another person joined to the subject; mend33c)
_RIVALS_JOINED = _RIVALS | frozenset(p + w for w in _RIVALS for p in ("و", "ب", "ل"))
# the lemmas of cues whose object follows their subject, a scene or a story
# ("ووصفت X المشهد، قائلة", "وروى X الحادثة"): phrases.scan_np, after the
# given name alone of a person named before
_DESCRIBING_CUES = frozenset({"وصف", "روى"})
# the things such a verb tells or describes, definite and alone before a
# comma, a colon or the marks ("ووصفت سلمى المشهد، قائلة", "وروى خالد
# القصة:"), folded: the verb's object; any other definite word there is a
# namesake's family name ("وروت سلمى الخطيب، مضيفة": another person; mend35f)
_DESCRIBED_THINGS = (
    _words(
        "الرحله الرحلات المشهد المشاهد القصه القصص الحادثه الحوادث الواقعه "
        "اللحظات اللحظه الاحداث الحدث التجربه المعاناه الظروف الاجواء الحال "
        "الحاله الواقع الطريق الليله الايام الساعات الدقايق التفاصيل الموقف "
        "المنظر الصوره الدمار الخراب القصف المعارك الاشتباكات النزوح الرحيل "
        "الهروب الفرار الخروج العوده الحصار الجوع الخوف الرعب الحياه الوضع"
    )
    | _DEFINITE_OBJECTS
    | frozenset(w for w in _OBJECT_THINGS if w[:2] == "ال")
    | _EVENTS_TOLD
)


@lru_cache(maxsize=1024)
def _post_sans_country(role: str) -> frozenset[str]:
    """The words of a post (``_post_words``) but those that name a country,
    with no final ه ("وزير خارجية الكويت", "وزيرة الخارجية الأمريكية" ->
    وزير خارجي): the post of either gender, whatever country."""
    return frozenset(
        w[:-1] if w[-1] == "ه" else w
        for w in _post_words(role)
        if "ال" + w not in _NATIONALITIES
        and w not in _COUNTRY_NISBAS
        and "ال" + w not in _COUNTRY_NISBAS
        and w not in ("ولايات", "متحده")
    )


def _state_post(role: str) -> bool:
    """Whether ``role``'s head (with or without the article, of either
    gender) is a post of a state (_STATE_POSTS: minister, ambassador …)."""
    head = normalize_first(role)
    head = head[2:] if head[:2] == "ال" else head
    return (head[:-1] if head[-1:] == "ه" else head) in _STATE_POSTS


def _other_country(role: str, other: str) -> bool:
    """ "وزير الخارجية الكويتي" and "وزير الخارجية الأميركية X" (or "وزير
    خارجية الكويت", "السفير الألماني" and "السفير الفرنسي X"): two posts of
    a state (``role``'s head in _STATE_POSTS) that each name their holder's
    country, and not the same one, are two persons."""
    if not _state_post(role):
        return False
    a = _role_countries(role)
    return bool(a) and bool(b := _role_countries(other)) and a.isdisjoint(b)


@lru_cache(maxsize=1024)
def _coordinated_titles(role: str) -> frozenset[str]:
    """The titles a role coordinates after its first ("… والخبير في …" ->
    "الخبير"), or gives after a comma ("العميد، المتحدث باسم الجيش" ->
    "المتحدث": a title before the name and a post after it)."""
    words = normalize(role).split()
    titles = {w[1:] for w in words if w.startswith("وال") and len(w) > 4}
    if "،" in role:
        for part in role.split("،")[1:]:
            head = normalize_first(part)
            if head[:2] == "ال" and head in lx.TITLES:
                titles.add(head)
    return frozenset(titles)


@lru_cache(maxsize=1024)
def _juxtaposed_posts(role: str) -> frozenset[str]:
    """The posts a role sets after its first one with no و, each after a
    word with the article that closes the post before it ("نائب رئيس
    الوزراء وزير الخارجية" -> وزير, "مستشار رئيس الوزراء المتحدث باسم
    الخارجية" -> المتحدث, "قائد الجيش الليبي المشير" -> المشير), folded,
    with and without the article; not a genitive after a head without it
    ("مستشار الرئيس": الرئيس is whose adviser he is)."""
    words = normalize(role).split()
    posts = set()
    for i in range(1, len(words)):
        w = words[i]
        if words[i - 1][:2] != "ال" or w not in lx.TITLES:
            continue
        bare = w[2:] if w[:2] == "ال" else w
        posts.add(bare)
        posts.add("ال" + bare)
    return frozenset(posts)


@lru_cache(maxsize=1024)
def normalize_first(role: str) -> str:
    words = normalize(role).split()
    # (a title, its comma, then the post after the name: "المحامية، عضو …")
    return words[0].rstrip("،,") if words else ""


def _group_role(ent: _Entity, anon_plurals: list[tuple[int, str, str]]) -> str | None:
    """A group ("الفرنسيون") takes the role of an earlier indefinite plural
    whose nationality matches ("مستشارين للرئاسة الفرنسية")."""
    head = _NORMALIZED[ent.surface].split()[0]
    if "ال" <= head < "ام":
        head = head[2:]
    for suffix in ("يون", "يين"):
        if head.endswith(suffix):
            head = head[: -len(suffix)]
            break
    if len(head) < 3:
        return None
    for pos, folded_mods, surface in reversed(anon_plurals):
        if pos >= ent.pos:
            continue
        if head in folded_mods:
            return surface
    return None


# heads of ORGANIZATION_HEADS that are buildings one speaks from, no body
# one belongs to ("وقال X Y من قصر العدل إن", "من كنيسة القيامة"), and the
# nouns of mourning that make مجلس a gathering ("من مجلس عزاء والده"),
# folded (phrases.scan_np: the body a name is from; kw36b)
_BUILDINGS_SPOKEN_FROM = _words("قصر كنيسه")
_MOURNING = _words("عزاء ماتم")
# a minister's bare title, folded (phrases._joined_genitive: a ministry named
# by two genitives, the second a plural in ين, "وزير الهجرة والمهجرين"; kw36b)
_MINISTER_HEADS = _words("وزير وزيره")
# the bodies of a defence ("فريق الدفاع", "هيئة الدفاع", "لجنة الدفاع عن X"),
# folded: engine (a lawyer's team) and phrases (whose client عن names)
_DEFENCE_BODIES = _words("فريق هييه لجنه")
# phrases.scan_np: heads of a body that are also common nouns of what one
# warns of, a movement, a campaign, a front, a cell or a gang ("وحذر X، من
# حركة النزوح،", "، من حملة التشويه،", "، من جبهة …،"): after a verb of
# warning, such a head between commas opens the thing warned of, no body
# the speaker is of (folded; mend28g)
_WARNED_OF_HEADS = _words("حركه حمله جبهه تنظيم جماعه خليه عصابه كتايب تيار")
