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
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from datetime import date as _date
from datetime import timedelta
from functools import lru_cache
from itertools import accumulate, compress, count

from claims.extraction import lexicon as lx
from claims.extraction.cables import iter_cable_refs
from claims.extraction.dates import MONTHS, WEEKDAYS, DateMention, _digit_runs, find_dates
from claims.extraction.normalize import fold_with_offsets, normalize
from claims.extraction.quotes import QUOTE_MARKS, find_marked_quotes
from claims.extraction.types import (
    ANONYMOUS,
    DOCUMENT,
    GROUP,
    ORGANIZATION,
    PERSON,
    ExtractedQuote,
    mutable_twin,
)

__all__ = ["extract"]

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
_SENTENCE_END = frozenset(".!?؟…")
_CLAUSE_PUNCT = frozenset("،,:؛;()[]-–—")
_COMMAS = frozenset("،,")
_COMMAS_OR_COLON = _COMMAS | {":"}
_THAT = frozenset(
    {"ان", "انه", "انها", "انهم", "انهما", "بان", "بانه", "بانها", "بانهم"}
    | {"فان", "فانه", "فانها", "فانهم", "وان", "وانه", "وانها", "لان"}
)
# "وأنه قال": a pronoun subject glued to "أنّ", with the gender it gives
_THAT_PRONOUN = {"انه": "m", "وانه": "m", "بانه": "m", "انها": "f", "وانها": "f", "بانها": "f"}
# "أنّ" forms that a named subject may follow (no pronoun glued)
_NAMED_THAT = _THAT - frozenset(_THAT_PRONOUN)
_CONJUNCTIONS = frozenset(
    {"فيما", "بينما", "حيث", "ثم", "لكن", "اذ", "وقد", "فقد", "قد", "لقد", "ولم", "لم", "و"}
    | {"ف", "كما", "وكما", "اما", "واما", "بل", "ولكن", "الا", "غير"}
)
_M, _F, _SG, _PL, _DU = lx.M, lx.F, lx.SG, lx.PL, lx.DU
_VERB_KINDS = frozenset((lx.VERB, lx.PARTICIPLE))


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


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
_ANY_MARK = re.compile("[" + re.escape(QUOTE_MARKS) + ":]")
_HAS_ARABIC = re.compile("[\u0600-\u06ff]").search
_NISBA_ENDINGS = frozenset({"يون", "يين"})
_ADDRESSEE_HEADS = lx.OUTLET_HEADS | lx.TITLES | lx.ANONYMOUS_HEADS | lx.ORGANIZATION_HEADS
_RELAY_PARTICLE = {"نقل": "عن", "نسب": "الي"}
_NAMED_BY_LABEL = lx.OUTLET_HEADS | lx.ORGANIZATION_HEADS | lx.LABEL_NOUNS
# a label noun without the article, the head of a name in marks ("«برنامج …»")
_BARE_LABEL = frozenset(w for w in _NAMED_BY_LABEL if not w.startswith("ال"))
# prepositions after which marks stand for a noun
_NAME_PREPOSITIONS = frozenset({"من", "في", "عن", "علي", "الي", "مع", "ضمن", "حول"})
_PLURAL_DOCUMENTS = _words("الوثايق وثايق البرقيات برقيات التقارير تقارير")
_SINGULAR_SOURCES = _words("رجل امراه سيده مواطن مواطنه شاب شابه تاجر")
_GENERIC_TITLES = _words(
    "المسوول المسووله الدبلوماسي الديبلوماسي الدبلوماسيه الديبلوماسيه "
    "المتحدث المتحدثه الناطق الناطقه الوزير الوزيره "
    "السياسي المعارض القيادي"
)
# titles that alone name the one official of a place ("والي الجهة X", then
# "الوالي"); unlike the generic ones, never a description of the last speaker
_BARE_TITLES = _GENERIC_TITLES | _words(
    "الوالي الواليه المحافظ المحافظه المندوب المندوبه الملك الملكه العاهل"
)
_RESUMPTIVE_SKIP = _words("به بها")
# "فرد عليه الجارالله", "وقال لها الوزير": an object pronoun on a preposition
# comes before the subject
_PRONOUN_SKIP = _RESUMPTIVE_SKIP | _words("له لها لهم عليه عليها عليهم")
_ISSUED = _words("صادر صادره الصادر الصادره")
# "مذكرة توقيف/اعتقال/تفاهم": a warrant or an agreement, not a document that speaks
_WARRANT_NEXT = _words("توقيف التوقيف اعتقال الاعتقال القبض قبض جلب تفاهم التفاهم")
_MEMOS = _words("مذكره المذكره ومذكره والمذكره فمذكره بمذكره لمذكره")
# the agency's short name, then a dash, after a dateline's date: "الخليل
# 2-12-2025 وفا-", "نابلس 5-3-2024 وفا –"
_AGENCY_DASH = re.compile(r"\s+\w{2,6}\s*[-–—]")
# the same with no line break before the place (a headline run into the
# dateline): the date set off by a dash, or the agency's name before a dash
# ("الجزائر - البلاد، السبت 6 ديسمبر 2025": the outlet and the weekday between)
_DASH_BEFORE = re.compile(r"[-–—]\s*(?:[^\s\-–—،,]+\s*[،,]?\s*){0,2}$")
_DASH_AFTER = re.compile(r"\s*(?:[-–—|]|\([^()\n]{2,30}\)\s*[-–—]|\w{2,6}\s*[-–—])")


# "اليوم" as "nowadays", not the dateline's day: "اليوم نفسه"، "اليوم العالمي"
_NOT_TODAY = _words("نفسه ذاته العالمي الوطني الدولي")
# a manner adverbial glued to بـ after a cue or its subject ("وتقول بنبرة
# ساخرة:", "يضيف محدثنا بمرارة"): never part of the speaker's phrase; the
# first group takes an adjective ("بنبرة حادة", "بصوت خافت")
_MANNER_WITH_ADJECTIVE = _words("بنبره بصوت بلهجه بنغمه")
_MANNER = _MANNER_WITH_ADJECTIVE | _words(
    "بمراره بحزن بغضب بحسره بثقه بهدوء بحده بابتسامه باسي باسف بفخر بحماس بتاثر "
    "بانفعال بسخريه باقتضاب بصراحه بوضوح بالم بحرقه بمرح بتهكم بامتعاض بحذر بتفاول "
    "بيقين بانزعاج بارتياح بمراره بتحسر بدهشه بحزم بفرح بقلق"
)
# "our interlocutor" (El Watan, Al Jazeera features): the person last
# introduced, found by the fall-backs as a pronoun would be, never a name
_INTERLOCUTORS = _words("محدثنا محدثتنا محدثي محدثتي محاورنا محاورتنا ضيفنا ضيفتنا")
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
# a document's passive participle whose agent, after من, wrote it
_SIGNED_BY = _words("موقعه وموقعه الموقعه والموقعه مرسله ومرسله المرسله والمرسله")
_RELAY_PRONOUNS = {"عنه": (lx.M, lx.SG), "عنها": (lx.F, lx.SG), "عنهم": (lx.M, lx.PL)}
_STATEMENT_NOUNS = _words("تصريحات تصريح كلام حديث اقوال قول تعليق تعليقات")
_ANAPHORIC_HEADS = _words("مصدر مصادر مسوول مسوولون دبلوماسي ديبلوماسي مستشار ضابط موظف اوساط")
_AFTER_QUOTE_FILLERS = _words(
    "كما و هكذا ودايما دايما بهذه الكلمات العبارات العباره الجمله بهذا الكلام"
)
# a sentence that opens with these refers back to the quote before it
# ("«…». بهذه العبارة اختصر مصدر …")
_BACK_REFERENCE = _words("بهذه بهذا هكذا")
_SPEECH_NOUNS = _words("الكلمات الكلمه العباره العبارات الجمله الجمل")
# broken plurals of sources agree with a feminine singular verb ("قالت مصادر")
_FEMININE_PLURAL_SOURCES = _words("مصادر اوساط جهات دواير قيادات")
# "الذي يبلغه": the relative's antecedent is the subject
_RELATIVES = _words("الذي التي الذين")
# "X حينها": the time of the event just mentioned
# verbs of seeming that follow the subject of an "أن" clause
_COPULAS = _words("بدا بدت يبدو تبدو بات باتت ظل ظلت اصبح اصبحت صار صارت كان كانت")
_THEN = _words("حينها حينذاك انذاك وقتها يومها ساعتها")
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
}
_VERBAL_NOUN_NEXT = frozenset({"علي", "ان", "الي"})
_RADDA_F = lx.Cue("رد", lx.VERB, lx.F, lx.SG, "على")
# "ويرد برينان بأن" (present "replies"), but "ويرد في البرقية" (impersonal)
_REPLY_CUES = frozenset({_RADDA, _RADDA_F})
# "وعقّب النائب X على رد الوزير:" (commented), not "عقب الاجتماع" (after)
_AQQABA = lx.Cue("عقب", lx.VERB, lx.M, lx.SG, "على")
_AQQABAT = lx.Cue("عقب", lx.VERB, lx.F, lx.SG, "على")
_AQQABA_FORMS = {
    **{p + "عقب": _AQQABA for p in ("", "و", "ف")},
    **{p + "عقبت": _AQQABAT for p in ("", "و", "ف")},
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
_SPECIAL_CUES = {
    **_VERBAL_NOUN_CUES,
    **_AQQABA_FORMS,
    "فرد": _RADDA,
    "ورد": _RADDA,
    **{p + "يرد": _RADDA for p in ("", "و", "ف")},
    **{p + "ترد": _RADDA_F for p in ("", "و", "ف")},
}
_RESUMPTIVE = _words("فيه فيها فيهم عنه عنها")
_IN_IT = _words("فيه فيها")
# subject_of: the first words after a cue that need a closer look
_SUBJECT_START_SPECIAL = _PRONOUN_SKIP | _IN_IT | _MANNER | _INTERLOCUTORS
# verbs that introduce words as said ("فقال «أبدا»"); after the others a word
# or two in marks right after the verb is its object ("وتوقعت «صعود المرأة»")
_SAYING = _words("قال اضاف تابع رد اجاب زاد اردف استطرد علق كتب ردد غرد ختم")
# verbs of the one who writes a cable ("في البرقية …، يروي/يكتب السفير X")
_TELLS = _words("كتب روي")
# cues that go on with the account just quoted ("ويضيف نائب آخر", "وتعلق السفارة")
_GO_ON = _words("اضاف تابع زاد اردف استطرد علق")
# "بيّن" (he showed) is spelt as "بين" (between): right after a noun and
# before no title it is the preposition ("، وبين الوزير أن", "كما بين": verbs)
_BAYNA = _words("بين وبين فبين")
# "لم تكشف اسمه", "رفض ذكر هويته": a cue verb whose object is the speaker's
# name or identity withholds it; it reports no speech
_IDENTITY_OBJECTS = _words("اسمه اسمها اسمهم هويته هويتها هويتهم")
_NOUN_MARKERS = frozenset({"عدم", "دون", "بدون", "اثناء", "رغم", "مجرد", "لمجرد", "وهو", "وهي"})
_AUXILIARIES = frozenset(
    {"قد", "لقد", "وقد", "فقد", "كان", "كانت", "وكان", "وكانت", "كانوا", "وكانوا", "كما"}
)
# Second halves of compound first names: "نور الدين", "عبد الله", "زين العابدين".
_COMPOUND_SECOND = _words(
    "الدين الله الاسلام الرحمن العابدين الحق الهدي النور العزيز الكريم الرحيم الحميد "
    "المجيد القادر الناصر اللطيف الرزاق الغني الحسن الحسين السلام"
)
# a bare preposition where a subject would be ("رأت من جهتها أن"): no subject
_NOT_A_SUBJECT_START = _words("من في عن الي مع حسبما كما مثلما")
_POSSESSIVE = ("ه", "ها", "هم", "هما")
_HE_SHE = _words("وهو وهي")
# "من سكان حي X": an apposition telling where the person lives
_RESIDENTS = _words("سكان اهالي ابناء اهل")  # (folded)
# "أما X فـ…" (as for X), with or without و
_AMMA = _words("اما واما")
# the answer label of a transcript ("ج: …", "الجواب: …"), never the speaker
_ANSWER_LABELS = _words("ج جواب الجواب")
_QUANTIFIERS = _words("جميع كل كافه بعض معظم اغلب")
_THE_LATTER = _words("الاخير الاخيره")
_OWNER = _words("صاحب صاحبه")
_FRONTED_CONJ = _words("لكن ولكن و")
_VERBISH = _words("لم لن قد لا ما")
_SINCE = _words("اذ حيث")  # "…، إذ قال": the cue explains the clause before
_KANA = _words("كان كانت")
_TITLE_ADJECTIVES = _words("العام العامه التنفيذي الجهوي الوطني الاول")
# earlier_or_apart: written words, an anonymous source
_WRITTEN = _words("كتابي كتابيا كتابيه")
_SOURCE_HEADS = frozenset({"مصدر", "مصادر"})
_SAME = _words("ذاته ذاتها نفسه نفسها عينه")
_DAY_WORDS = _words("اليوم")  # ("في اليوم نفسه", "ذات اليوم": the same day)
_COMMA_OR_PAREN = frozenset("،,(")
_APPOSITION_OPENERS = _COMMA_OR_PAREN | _THEN  # (scan_np: what may follow a phrase)
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
_INDEFINITE_ADJECTIVES = frozenset({"رفيع", "كبير", "سابق", "بارز", "مطلع", "مقرب", "رسمي"})
_MAIN_ROLE_PREPOSITIONS = frozenset({"في", "لدي", "باسم", "الي"})
# words that complete a title: "القائم بالأعمال", "المبعوثة بالإنابة"
_TITLE_COMPLEMENTS = frozenset({"بالاعمال", "بالانابه", "بالوكاله"})
_MARKS_OR_PAREN = frozenset(QUOTE_MARKS) | {"("}
# a rank before the name, like an honorific: "المدير الجهوي … العقيد محمد X"
_GENERAL = _words("عام العام")
_AGO = _words("قبل منذ")
_HONORIFIC_WORDS = lx.HONORIFICS - {"د", "م", "."}
_MILITARY_RANKS = _words("العقيد اللواء العميد الفريق المقدم الرائد النقيب الملازم المشير الجنرال")
_HONORIFICS_OR_RANKS = lx.HONORIFICS | _MILITARY_RANKS
_HONORIFIC_WORDS_OR_RANKS = _HONORIFIC_WORDS | _MILITARY_RANKS
# "على" before these is the preposition, not the name Ali ("كتبت على منصة إكس")
_ALA_OBJECTS = _words("منصه منصات حسابه حسابها حسابهم صفحته صفحتها هامش موقعه موقعها لسان")
# a conjunction that opens a new clause after a quote ("…"، في حين قالت X)
_NEW_CLAUSE = _words("حين بينما فيما وبينما وفيما حيث")
_LATER = frozenset({"لاحقا", "لاحقاً", "بعدها", "وقتها", "حينها", "سابقا"})
_TIME_WORDS = frozenset({"بعد", "قبل", "وبعد", "وقبل", "فبعد"} | _LATER | {"و" + w for w in _LATER})
_TIME_OR_THEN = _TIME_WORDS | _THEN  # (Extractor.time_words)
_TIME_UNITS = _words(
    "ذلك اشهر شهر شهرين ايام يوم يومين اسابيع اسبوع اسبوعين سنوات سنه سنتين عام عامين اعوام "
    "فتره ساعات ساعه عده بضعه"
)
_NISBA_PLURAL = re.compile(r"^(?:[وفبل]?ال|لل)\w{3,}ي(?:ون|ين)$")
_ANON_PLURAL_SUFFIX = ("ون", "ين", "و")
_COUNTRIES = _words(
    "فرنسا بريطانيا المانيا ايطاليا اسبانيا روسيا الصين اليابان امريكا اميركا ايران تركيا "
    "الجزاير تونس المغرب ليبيا مصر السودان سوريا لبنان الاردن العراق السعوديه قطر الكويت "
    "الامارات البحرين عمان اليمن اسراييل فلسطين مالي النيجر موريتانيا واشنطن باريس لندن "
    "موسكو بكين طهران انقره القاهره دمشق بيروت بغداد الرياض الدوحه"
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
        return self.text[self.offsets[a] : self.offsets[b]]

    def omap(self, a: int) -> int:
        return a if self.offsets is None else self.offsets[a]


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
    table.update(lx.CUES)
    return table


_CUE_OF = _cues_with_prefixes()
_cue_of = _CUE_OF.get  # the cue a token is (with a و/ف prefix), or None


@lru_cache(maxsize=1024)
def _key(name: str) -> str:
    """Spelling-insensitive key of a name: no article, no long vowels, merged
    letters that transliterate the same foreign sound (g: غ ج ق ك)."""
    out = []
    for word in name.split():
        if word.startswith("ال") and len(word) > 4:
            word = word[2:]
        word = word.translate(_KEY_TABLE)
        out.append(word[:1] + word[1:].replace("ا", "").replace("و", "").replace("ي", ""))
    return " ".join(out)


@lru_cache(maxsize=1024)
def _key_words(key: str) -> frozenset[str]:
    """The words of a name key, as a set (canonical() compares them)."""
    return frozenset(key.split())


_KEY_TABLE = str.maketrans({"غ": "ج", "ق": "ج", "ك": "ج", "گ": "ج", "ط": "ت", "ص": "س", "ذ": "ز"})


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


def _with_prefixes(words, prefixes: str = "وف") -> frozenset[str]:
    words = frozenset(words)
    return words | frozenset(p + w for w in words for p in prefixes)


# Tokens worth a closer look: cue words, document heads, indefinite plurals.
_TITLE_KEYS = lx.TITLES
# "المقدم من النائبين X وY": a title in the dual (or plural) before two names
_DUAL_TITLES = frozenset(
    p + t + "ين" for t in lx.TITLES if not t.startswith("ال") and len(t) >= 3 for p in ("ال", "لل")
)
_CANDIDATE_KEYS = (
    _with_prefixes(_SINGULAR_SOURCES, "وبل")
    | _with_prefixes(_TITLE_KEYS, "وب")
    | frozenset("لل" + w[2:] for w in _TITLE_KEYS if w.startswith("ال"))  # "للسفيرة X"
    | _with_prefixes(lx.CUES)
    | frozenset(w for w in _CUE_OF if w[0] == "ل" and w not in lx.CUES)
    | _with_prefixes(lx.IMPERSONAL_CUES)
    | _with_prefixes(words[0] for words in lx.PREPOSITION_CUES)
    | _with_prefixes(lx.DOCUMENT_HEADS, "وفبل")
    | _with_prefixes(w for w in lx.ANONYMOUS_HEADS if w.endswith(("ون", "ين", "و")))
    | frozenset(_VERBAL_NOUN_CUES)
    | frozenset(_AQQABA_FORMS)
    | _DUAL_TITLES
)


# scan_np: a cue word, bare or with و/ف (any length)
_CUE_WORDS = _with_prefixes(lx.CUES)
# "رئيسها X", "مديره X": a title possessed by the body named before
_POSSESSED_TITLES = _with_prefixes(
    frozenset(w + s for w in _words("رييس مدير امين منسق ناطق متحدث") for s in ("ها", "ه")),
    "وف",
)
# a gathering a lead may date, whose speakers' words take its date
_GATHERINGS = _with_prefixes(
    _words(
        "جلسه الجلسه اجتماع اجتماعا الاجتماع مؤتمر مؤتمرا المؤتمر ندوه الندوه لقاء اللقاء "
        "زياره الزياره الاسيله "  # (a visit; "الأسئلة الشفوية", a question session)
        "ملتقي الملتقي منتدي المنتدي ورشه الورشه "  # a forum, a workshop
        # possessed: "عقد مجلس الوزراء جلسته الأسبوعية", "عقدت اللجنة اجتماعها"
        "جلسته جلستها جلساته اجتماعه اجتماعها مؤتمره مؤتمرها ندوته ندوتها لقاءه لقاءها "
        # a protest: "نظم العشرات … صباح الخميس 4 دجنبر 2025 وقفة احتجاجية"
        "وقفه الوقفه مسيره المسيره اعتصام الاعتصام تظاهره التظاهره مظاهره المظاهره"
    ),
    "وفب",
)
_IN = _words("في وفي")
# of_somewhere, vox_pop ("فلاح من ضواحي تارودانت"، "موظفة في قطاع الصحة:"), and
# find_soft_breaks ("من جهته،", "في المقابل،")
_FROM = frozenset({"من"})
_IN_OR_FROM = frozenset({"في", "من"})
_AMAM = _with_prefixes(_words("امام"), "و")  # (see _Extractor: "إمام", an imam)
# marks that may follow a word's last letter in the text (tashkeel, tatweel)
_TASHKEEL = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0640"
# "التعليق على ما ورد في", "نفى صحة ما جاء في": what a text says, an object
_ABOUT = _words("علي عن من الي")
# "اعتبر X أن ما ورد في البرقيات «…»": the subject of أن, X's words
_ABOUT_OR_THAT = _ABOUT | _words("ان وان بان")
# statement_owner: a statement whose owner follows it ("تصريح المتهم X")
_OWNED_STATEMENTS = _words("تصريح تصريحات رساله شهاده افاده اقوال كلمه خطاب")
# a body named after its place ("بلدية دار شعبان الفهري", "ولاية بن عروس")
_PLACE_HEADS = _words("بلديه ولايه معتمديه مدينه جهه منطقه قريه دايره محافظه امانه اقليم")
_BODY_OR_PLACE_HEADS = lx.ORGANIZATION_HEADS | _PLACE_HEADS
# classify: what a title's genitive with لـ may open ("لحزب", "لوزير", "لبلدية")
_LAM_GENITIVE_HEADS = _BODY_OR_PLACE_HEADS | lx.TITLES
# "غير أن X يرى": أن after "however", not after a reporting verb
_BUT_THAT = _words("غير الا بيد رغم ورغم برغم")
# statements whose issuer speaks for them ("وجاء في البيان")
_STATEMENTS = _words("بيان البيان بلاغ البلاغ بيانا بلاغا")
# in_event: a reaction or a statement to the outlet, another occasion
_DEED = _words("فعل الفعل")
_REACTION = _words("رد ردود رده ورد وردود")
_OCCASION_WORDS = _DEED | _words("تصريح تصريحات حديث اتصال")
_CALL_NEXT = _words("هاتفي هاتفيا مع")
_SIDELINES = _words("هامش وهامش")
# scan_np: a title, with or without the article, or an anonymous head
_TITLE_LIKE = lx.TITLES | frozenset("ال" + w for w in lx.TITLES) | lx.ANONYMOUS_HEADS
# via_of: tokens that can name an outlet (ل before a mark, لـ/للـ + outlet
# head, or a bare outlet head)
_MAY_NAME_OUTLET = (
    frozenset({"ل"})
    | lx.OUTLET_HEADS
    | frozenset("ل" + w for w in lx.OUTLET_HEADS)
    | frozenset("لل" + w[2:] for w in lx.OUTLET_HEADS if w.startswith("ال"))
)
# scan_np: tokens whose _base() is a document head (_base strips و/ف only
# from words longer than three letters)
_DOCUMENT_HEAD_BASES = frozenset(
    w for w in lx.DOCUMENT_HEADS if len(w) <= 3 or w[0] not in "وف"
) | frozenset(p + w for w in lx.DOCUMENT_HEADS for p in "وف" if len(w) >= 3)
# Every token cue_at() can accept (a superset: the rules there decide).
_MAY_CUE = (
    frozenset(_CUE_OF)
    | _with_prefixes({"عبر", "رد"} | set(lx.IMPERSONAL_CUES) | set(_PREP_BY_FIRST))
    | frozenset(_VERBAL_NOUN_CUES)
    | frozenset(_AQQABA_FORMS)
)


class _WordTable(dict):
    """``table[word]``: a per-word function, memoised.  Words recur across
    articles, so the table outlives one; it is emptied when it reaches
    ``limit`` entries, which bounds its memory."""

    __slots__ = ("fn", "limit")

    def __init__(self, fn, limit: int = 1 << 14) -> None:
        super().__init__()
        self.fn = fn
        self.limit = limit

    def __missing__(self, word: str):
        if len(self) >= self.limit:
            self.clear()
        value = self[word] = self.fn(word)
        return value


# scan_np: words that may stop a phrase or start a rule of their own
_NP_SPECIAL = lx.NP_STOP | _MAIN_ROLE_PREPOSITIONS | _CUE_WORDS | {"من"}


def _np_kind(t: str) -> int:
    """How scan_np() reads a word (not a digit, not glued to ل/ب, not in
    _NP_SPECIAL): 1: an ordinary word; 2: one with the article; 3: a title
    (or an anonymous head, "مسؤولا"); 4: a title with the article; 5: "و" +
    a title without the article ("ووزير").  0: any
    other token, which scan_np() looks at closely."""
    if not t.isalnum() or t.isdigit() or t[0] in "لب" or t in _NP_SPECIAL:
        return 0
    if t in _TITLE_LIKE or (t[-1:] == "ا" and t[:-1] in lx.ANONYMOUS_HEADS):
        return 4 if t.startswith("ال") else 3
    if t[0] == "و" and t[1:] in _TITLE_LIKE and not t.startswith("وال"):
        return 5  # "ووزير": a second person coordinated after a name
    if t.startswith("وال") and len(t) > 4:
        return 2  # "مديرة إدارة الدراسات والتصاميم في الأمانة": still the title's genitive
    return 2 if t.startswith("ال") else 1


_NP_KIND = _WordTable(_np_kind)


def _cue_info(tok: str):
    """What cue_at() reads from a token alone: None for a token that is no
    cue (not in _MAY_CUE), else (its cue or None, whether it may be the verb
    "عبّر" (no cue, base "عبر"), its special cue or None, its impersonal cue
    or None, the prepositional cues it may start)."""
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
        _PREP_BY_FIRST.get(base, ()),
    )


_CUE_INFO = _WordTable(_cue_info)
# the tokens worth a closer look: cue words, document heads, titles,
# indefinite sources (_CANDIDATE_KEYS) and nisba plurals ("الفرنسيون")
_IS_CANDIDATE = _WordTable(lambda t: t in _CANDIDATE_KEYS or t.endswith(tuple(_NISBA_ENDINGS)))


def _mention_kind(t: str) -> int:
    """Which of register_mentions()'s plain-mention rules a token may open
    (the tests of its elif chain, in order): 1: a nisba plural ("الفرنسيون");
    2: a document head; else bits 4: a title, 8: a singular source ("رجل"),
    16: an anonymous plural head; 0: none."""
    base = t[1:] if len(t) > 3 and t[0] in "وف" else t  # _base(t)
    if len(t) >= 7 and t[-3:] in _NISBA_ENDINGS and _NISBA_PLURAL.match(t):
        return 1
    if base in lx.DOCUMENT_HEADS or t in lx.DOCUMENT_HEADS:
        return 2
    if t[0] in "لب" and t[1:] in lx.DOCUMENT_HEADS and not t.startswith("لال"):
        return 2  # "ترجمة لبرقية أرسلها السفير"
    kind = 0
    if (
        t in _TITLE_KEYS
        or (t[0] in "وب" and t[1:] in _TITLE_KEYS)
        or (t[:2] == "لل" and "ال" + t[2:] in _TITLE_KEYS)
    ):  # ("قال الوزير للسفيرة مارجريت سكوبي": the addressee is learnt too)
        kind |= 4
    if (t[0] in "بل" and t[1:] in _SINGULAR_SOURCES) or base in _SINGULAR_SOURCES:
        kind |= 8
    if base in lx.ANONYMOUS_HEADS and base.endswith(_ANON_PLURAL_SUFFIX):
        kind |= 16
    if base in _DUAL_TITLES:
        kind |= 32  # "النائبين X وY": two persons with one title
    return kind


_MENTION_KIND = _WordTable(_mention_kind)
# normalize() of a speaker's surface, memoised: attribute() tests every
# speaker for "الأخير" and _group_role() reads a group's head word, ~13 calls
# an article on a few distinct names, each seven str.replace, a regex pass
# and a split/join (normalize is a pure function of the string)
_NORMALIZED = _WordTable(normalize, limit=4096)


# Text as scrapers deliver it runs paragraphs together and drops full stops
# ("…في بلاد المغرب الاسلامي وفي نهاية الصيف، اقرت فرنسا …"): where no
# punctuation ends a sentence, these start one (find_soft_breaks).
# After a closing quote mark with nothing between: a conjunction or adverb
# that opens a clause ("«…» وفي برقية أخرى", "«…» كما", "«…» فيما رأى").
_AFTER_QUOTE_OPENERS = _words(
    "وفي ففي ومن وعلي وبحسب وحسب ووفق وبعد وقبل وخلال ومنذ وبدوره وبدورها "
    "كما وكما فيما بينما اما واما لكن ولكن غير الا ثم "
    "وكان وكانت وكانوا ولم ولا واذا"
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
# a headline's words before its colon, when the lines run together
_HEADLINE_WORDS = 20
_WROTE = _words("كتب كتبت")
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
_ACCORDING_TO = _words("بحسب حسب وفق وفقا")  # ("وقالت على لسان X": no aside)
_FA_THAT = _words("فان فانه فانها فانهم")
# "من جهته،", "في المقابل،": the turn to another party
_TURN_NEXT = _words("جهته جهتها جهتهم جانبه جانبها جانبهم ناحيته ناحيتها ناحيتهم المقابل")
_SOFT_OPENERS = _AFTER_QUOTE_OPENERS | _FRONTED_OPENERS | _AMMA
# after a statement in marks, what ties the next words to it, in the same
# sentence: "أن «…» وذلك خلال إشرافه يوم السبت 6 ديسمبر 2025", "«…» وهو ما"
_TIES = _HE_SHE | _words("وذلك وهذا")
# and, after a word, ف with a definite noun: "… اليوم فالمبعوث الأميركي يكرر"
# (not a name: "فالح")
_IS_SOFT_OPENER = _WordTable(
    lambda t: t in _SOFT_OPENERS or (t[:3] == "فال" and len(t) >= 6 and t not in _FRONTING_OR_CONJ)
)
# the tokens find_soft_breaks() reads: its openers, and the candidates glued
# to و/ف that it may break at, a reporting verb that is not a bare cue word
# or "فال…"; the other candidates ("وثائق", "ومسؤولين": a quarter of them in
# the bench) it would visit only to pass them
_IS_SOFT_START = _WordTable(
    lambda t: (
        _IS_SOFT_OPENER[t]
        or t in _TURN_NEXT
        or (
            t[0] in "وف"
            and _IS_CANDIDATE[t]
            and (
                t[:3] == "فال"
                or ((cue := _cue_of(t)) is not None and cue.kind == lx.VERB and t not in lx.CUES)
            )
        )
    )
)
# the per-token lookup of the constructor: bit 1 a candidate, bit 2 a token
# find_soft_breaks() reads; one dict lookup (and one string hash) per token
# serves both, the two are then picked out of the bytes at C speed
_TOKEN_KIND = _WordTable(lambda t: _IS_CANDIDATE[t] | _IS_SOFT_START[t] << 1)
_CANDIDATE_BIT = bytes(k & 1 for k in range(256))
_SOFT_START_BIT = bytes(k >> 1 & 1 for k in range(256))
# "أما الباحثة …، فترى": the answer to أما, a cue or a clause with ف
_FA_CLAUSE = _words("فان فانه فانها فقد فهو فهي فلم فلا")


# --------------------------------------------------------------------------
# The engine


class _Extractor:
    def __init__(self, text: str) -> None:
        folded, offsets = fold_with_offsets(text)
        doc = _Doc(text, folded, offsets)
        # Everything below runs once per article over all tokens, so it is
        # written as comprehensions and C-level calls; the rest of the engine
        # only visits the few tokens that matter (cues, mentions, quotes).
        # One C-level split gives the tokens and, through the running sum of
        # the part lengths, their offsets: parts alternate separator, token,
        # separator, … so token k spans [acc[2k], acc[2k + 1]).
        parts = _TOKEN_SPLIT.split(folded)
        acc = list(accumulate(map(len, parts)))
        doc.toks = toks = parts[1::2]
        doc.starts = acc[0:-1:2]
        doc.ends = acc[1::2]
        self.doc = doc
        self.n = len(toks)
        if "إمام" in text:
            # "إمام وخطيب الجامع" (imam) folds like "أمام" (in front of);
            # the hamza below tells them apart where the text writes it
            for k in compress(range(self.n), map(_AMAM.__contains__, toks)):
                if "إمام" in doc.orig(doc.starts[k], doc.ends[k]):
                    toks[k] = toks[k][:-4] + "ايمام"
        # t[0].isalnum(): every character of a word token is alphanumeric
        # (tested), and other tokens have one character
        self.is_word = list(map(str.isalnum, toks))
        # candidates: tokens in _CANDIDATE_KEYS and tokens ending in a nisba
        # plural, one C-level lookup per token in a per-word table, which also
        # marks the tokens find_soft_breaks() reads (_TOKEN_KIND)
        kinds = bytearray(map(_TOKEN_KIND.__getitem__, toks))  # (faster than bytes())
        self.candidates = list(compress(range(self.n), kinds.translate(_CANDIDATE_BIT)))
        self.soft_starts = kinds.translate(_SOFT_START_BIT)

    def tok_at(self, char: int) -> int:
        """Index of the token that starts at (or after) ``char``."""
        return bisect_left(self.doc.starts, char)

    # -- structure -----------------------------------------------------------

    def find_quotes(self) -> list[_Quote]:
        doc = self.doc
        folded = doc.folded
        quotes: list[_Quote] = []
        self.in_quote = in_quote = bytearray(self.n)
        for a, b in find_marked_quotes(folded):
            s, e = a + 1, b
            while s < e and folded[s].isspace():
                s += 1
            while e > s and folded[e - 1].isspace():
                e -= 1
            if s >= e:
                continue
            q = _Quote(s, e, self.tok_at(a), self.tok_at(b))
            quotes.append(q)
            in_quote[q.open_tok : q.close_tok + 1] = b"\x01" * (q.close_tok + 1 - q.open_tok)
        return quotes

    def find_soft_breaks(self, quotes: list[_Quote]) -> None:
        """Tokens that start a sentence though no punctuation ends the one
        before, as in text whose paragraphs run together and whose full
        stops were dropped ("… المغرب الاسلامي وفي نهاية الصيف، اقرت فرنسا
        … وذكرت وثيقة اميركية"): right after a closing quote mark, a clause
        opener or a reporting verb with و/ف ("«…» وأضاف", "«…» وفي برقية
        أخرى"); after a word, a reporting verb with و and its own subject
        ("وقال أحد مستشاري …", not "ويقول:", whose subject is the one
        before), a fronted adverbial with its comma ("وفي نهاية الصيف،"),
        "من جهته،"/"في المقابل،", and أما with its ف answer.  Clean text
        puts a stop or a comma before these, so it keeps its sentences."""
        toks = self.doc.toks
        n = self.n
        is_word = self.is_word
        in_quote = self.in_quote
        closers = {q.close_tok for q in quotes}
        opening = {q.open_tok for q in quotes}
        soft = self.soft_breaks = set()
        date_index = self.date_token_index
        dated = bool(date_index)
        if self.dateline_end is not None:
            k = self.tok_at(self.dateline_end)
            if 0 < k < n:
                soft.add(k)
        for q in quotes:
            # after a statement ("إن «…»", ": «…»"), a word with و or the
            # next quotation opens a new sentence ("… إذ تقول إن «…»
            # وتشاركه الرأي جارتها", "… أن «…» «هذه الوثائق مزورة»، هكذا")
            k = q.close_tok + 1
            if (
                k < n
                and q.open_tok > 0
                and (toks[q.open_tok - 1] in _THAT or toks[q.open_tok - 1] == ":")
                and (
                    (is_word[k] and len(toks[k]) > 2 and toks[k][0] == "و" and toks[k] not in _TIES)
                    or k in opening
                )
            ):
                soft.add(k)
        for k in compress(range(n), self.soft_starts):
            t = toks[k]
            if t in _TURN_NEXT:
                # "… الماضي من جهته، قال": the break at من/في, read from the
                # rarer word after it (not "رأت من جهتها أن", after its verb)
                m = k - 1
                if (
                    m > 0
                    and toks[m] in _IN_OR_FROM
                    and k + 1 < n
                    and toks[k + 1] in _COMMAS
                    and not in_quote[m]
                    and ((m - 1) in closers or (is_word[m - 1] and not in_quote[m - 1]))
                ):
                    soft.add(m)
                continue
            before = k - 1
            if before < 0 or in_quote[k]:
                continue
            after_quote = before in closers
            if not after_quote and (in_quote[before] or not is_word[before]):
                continue
            cue = _cue_of(t)
            if cue is not None:
                if (
                    cue.kind == lx.VERB
                    and t not in lx.CUES
                    and (after_quote or (t[0] == "و" and self.subject_follows(k)))
                ):
                    soft.add(k)
                continue
            if after_quote and t in _AFTER_QUOTE_OPENERS:
                soft.add(k)
            elif t in _FRONTED_OPENERS:
                # its comma within six words ("وحسب السيد الوالي فإن" too),
                # or a date within ten, with no comma: "… السلطة وفي برقية
                # أخرى بتاريخ 12 جوان 2009 كتب هاريسون"
                source = t in _SOURCE_OPENERS
                for j in range(k + 1, min(n, k + 11)):
                    w = toks[j]
                    if j <= k + 6 and (w in _COMMAS or (source and w in _FA_THAT)):
                        soft.add(k)
                        break
                    if not is_word[j] or in_quote[j]:
                        break
                    if dated and j in date_index:
                        d = date_index[j]
                        if d.iso and not d.relative:
                            soft.add(k)
                            break
            elif t[:3] == "فال":
                soft.add(k)  # "… المفاوضات الجارية اليوم فالمبعوث الأميركي يكرر"
            elif t in _AMMA:
                # (not "إما … أو", folded alike)
                for j in range(k + 2, min(n, k + 16)):
                    w = toks[j]
                    if w[0] == "ف" and (w in _FA_CLAUSE or _cue_of(w) is not None):
                        soft.add(k)
                        break

    def subject_follows(self, k: int) -> bool:
        """The verb at ``k`` has words after it that may be its subject (not
        a preposition, أنّ, a pronoun, a time word or an addressee)."""
        if k + 1 >= self.n or not self.is_word[k + 1]:
            return False
        nxt = self.doc.toks[k + 1]
        return nxt not in lx.NP_STOP and nxt[0] != "ل"

    def lead_verb(self, k: int) -> bool:
        """A reporting verb, with or without و, followed by its subject
        ("قال وزير الخارجية"): the start of a news sentence."""
        cue = _cue_of(self.doc.toks[k])
        return cue is not None and cue.kind == lx.VERB and self.subject_follows(k)

    def byline(self, j: int, colon: int) -> bool:
        """ "كتب - أحمد سعيد:", "كتب محمد الفضلي:", "كتب: أحمد سمير" at the
        top of an article whose lines run together: the author, not a
        quotation (on its own line it is told by the line break)."""
        toks = self.doc.toks
        if j > _HEADLINE_WORDS * 2 or toks[j] not in _WROTE:
            return False
        if colon == j + 1:
            return True
        names = 0
        for k in range(j + 1, colon):
            t = toks[k]
            if t in _CLAUSE_PUNCT:
                continue
            if not self.is_word[k] or t in lx.NP_STOP or t in _TITLE_LIKE:
                return False
            names += 1
        return 1 <= names <= 4

    def narrative_verb(self, k: int) -> bool:
        """A reporting verb with و, in the third person, that the narrator's
        account resumes with after unmarked speech ("واعتبر في تصريح",
        "وأضاف:"; not "وقالوا لنا", which the speaker may say)."""
        toks = self.doc.toks
        t = toks[k]
        if t[0] != "و" or t in lx.CUES:
            return False
        if t in _WAS:
            # "وكانت الوزارة قد ذكرت": the pluperfect of the narrator
            for j in range(k + 2, min(self.n - 1, k + 7)):
                if toks[j] == "قد":
                    cue = _cue_of(toks[j + 1])
                    return cue is not None and cue.kind == lx.VERB
            return False
        cue = _cue_of(t)
        return (
            cue is not None
            and cue.kind == lx.VERB
            and k + 1 < self.n
            and self.doc.toks[k + 1][0] != "ل"
        )

    def find_sentences(self) -> None:
        """Sentence number of every token: a new sentence after sentence-final
        punctuation outside quotes, after every line break, and at the soft
        breaks outside quotes."""
        doc = self.doc
        n = self.n
        folded = doc.folded
        size = len(folded)
        starts = doc.starts
        breaks = set()
        # found with str.find (memchr speed) rather than a regex scan of
        # every character
        find = folded.find
        c = find("\n")
        while c != -1:
            breaks.add(bisect_left(starts, c))
            c = find("\n", c + 1)
        abbrev = "د." in folded  # "د. سعاد المطيري"
        for ch in _SENTENCE_END_CHARS:
            c = find(ch)
            while c != -1:
                nxt = c + 1
                if nxt == size or folded[nxt].isspace() or folded[nxt] in _QUOTE_MARK_SET:
                    if (
                        abbrev
                        and folded[c - 1] == "د"
                        and ch == "."
                        and c >= 1
                        and (c < 2 or folded[c - 2] == " ")
                    ):
                        c = find(ch, nxt)
                        continue  # "د. سعاد المطيري": an abbreviation
                    i = bisect_left(starts, c)
                    if i < n and not self.in_quote[i]:
                        breaks.add(i + 1)
                c = find(ch, nxt)
        in_quote = self.in_quote
        breaks.update(
            k for k in self.soft_breaks if not in_quote[k] or doc.toks[k] in _QUOTE_MARK_SET
        )
        sent = [0] * n
        first = {0: 0}
        sid = 0
        prev = 0
        for b in sorted(breaks):
            if b <= prev or b >= n:
                continue
            sent[prev:b] = [sid] * (b - prev)
            sid += 1
            first[sid] = b
            prev = b
        sent[prev:n] = [sid] * (n - prev)
        self.sent = sent
        self.sent_first = first

    def find_unmarked(self, quotes: list[_Quote]) -> list[_Quote]:
        """Direct speech without marks: a cue, maybe its subject, a colon."""
        doc = self.doc
        toks = doc.toks
        folded = doc.folded
        extra: list[_Quote] = []
        soft = self.soft_breaks
        c = folded.find(":")
        while c != -1:
            i = self.tok_at(c)
            colon, c = c, folded.find(":", c + 1)
            if i + 1 >= self.n or self.in_quote[i] or toks[i + 1] in QUOTE_MARKS:
                continue
            if "\n" in folded[colon : doc.starts[i + 1]]:
                continue  # "كتب محمد الفضلي:" a byline, the article follows
            has_cue = False
            for j in range(i - 1, max(-1, i - 10), -1):
                t = toks[j]
                if t in _SENTENCE_END or t in QUOTE_MARKS or t == ":":
                    break
                cue = _cue_of(t)
                if cue and cue.kind in _VERB_KINDS:
                    has_cue = True
                    break
            if has_cue and self.byline(j, i):
                continue  # "كتب - أحمد سعيد: شهدت الجلسة" with no line break
            head_end = -1
            if not has_cue:
                # a headline with no marks: "وزير الخارجية العراقي لـ«الشرق
                # الأوسط»: لا نريد …" (a titled speaker on the first line;
                # when the lines run together, within its first words)
                if folded.find("\n", 0, colon) != -1 or toks[0] not in _TITLE_LIKE:
                    continue
                if i > _HEADLINE_WORDS or any(ch in folded[:colon] for ch in _SENTENCE_END_CHARS):
                    continue
                head_end = i
                for j in range(1, i):
                    if toks[j] == "ل" or not self.is_word[j]:
                        head_end = j
                        break
                if head_end < 2:
                    continue
            end = i + 1
            while end < self.n:
                t = toks[end]
                if self.in_quote[end] and t in QUOTE_MARKS:
                    break
                if end > i + 1 and "\n" in folded[doc.ends[end - 1] : doc.starts[end]]:
                    break
                if end > i + 2 and (end in soft or self.narrative_verb(end)):
                    break  # "قائلا: هذا يوم حزين للعمال واعتبر في تصريح …"
                if head_end >= 0 and end > i + 2 and (t == ":" or self.lead_verb(end)):
                    # a headline run into the byline or the lead: "… لتصفية
                    # الحسابات بغداد: حمزة مصطفى قال وزير الخارجية …"
                    if t == ":":
                        end -= 1  # (the byline's place)
                    break
                if t in _SENTENCE_END:
                    nxt = folded[doc.ends[end] : doc.ends[end] + 1]
                    if not nxt or nxt.isspace():
                        break
                end += 1
            words = sum(self.is_word[i + 1 : end])
            if words < 3:
                continue
            a, b = doc.starts[i + 1], doc.ends[end - 1]
            extra.append(_Quote(a, b, i, end, marked=False, headline=head_end))
            self.in_quote[i:end] = b"\x01" * (end - i)
        extra.extend(self.find_answers(quotes))
        if not extra:
            return quotes
        return sorted(quotes + extra, key=lambda q: q.start)

    def find_answers(self, quotes: list[_Quote]) -> list[_Quote]:
        """Interview transcripts: an answer line ("ج: …", or "- …" after a
        question line) is the interviewee's direct speech."""
        doc = self.doc
        folded = doc.folded
        out: list[_Quote] = []
        run_in = _RUN_IN_ANSWER.search(folded) if "؟" in folded else None
        if "\nج" not in folded and "؟\n" not in folded and run_in is None:
            return out
        question = False
        for start, line in self.transcript_lines(run_in):
            body = line.strip()
            if not body:
                continue
            lead = line.find(body)
            is_answer = False
            for marker in ("ج:", "ج :", "ج-", "ج -", "جواب:", "الجواب:", "- ", "– ", "— "):
                if body.startswith(marker) and (question or marker[0] == "ج"):
                    skip = len(marker)
                    is_answer = True
                    break
            if not is_answer and question and not body.endswith("؟"):
                # "المطيري: خلال أشهر …" after a question line
                colon = body.find(":", 0, 40)
                if colon > 0 and len(body[:colon].split()) <= 3:
                    skip = colon + 1
                    is_answer = True
            if is_answer:
                a = start + lead + skip
                while a < start + len(line) and folded[a].isspace():
                    a += 1
                b = start + lead + len(body)
                while b > a and folded[b - 1] in ".":
                    b -= 1
                i, j = self.tok_at(a), self.tok_at(b)
                if j - i >= 4 and not any(self.in_quote[i:j]):
                    out.append(_Quote(a, b, i - 1, j, marked=False, answer=True))
                    self.in_quote[i:j] = b"\x01" * (j - i)
                elif i < self.n and self.in_quote[i] and doc.toks[i] in QUOTE_MARKS:
                    # "- «هناك تراجع …»": a marked answer
                    for mq in quotes:
                        if mq.open_tok == i:
                            mq.answer = True
                            break
            question = body.endswith("؟")
        return out

    def transcript_lines(self, run_in) -> list[tuple[int, str]]:
        """(start, text) of the lines of the text; when a question and its
        answer run together on one line ("… الإضراب العام؟ ج: الإضراب حق …
        س: كيف …؟ - العلاقة …", lines joined by a scraper), a question ends
        at its mark, its answer starts a line and ends before the next
        question's marker after a full stop, or before the narrator resumes
        ("… بالمرأة. وكانت الحمروني قد صرحت")."""
        folded = self.doc.folded
        if run_in is None:
            lines, pos = [], 0
            for line in folded.split("\n"):
                lines.append((pos, line))
                pos += len(line) + 1
            return lines
        cuts = {m.start() for m in re.finditer("\n", folded)}
        cuts.update(m.start() + 1 for m in _RUN_IN_ANSWER.finditer(folded))
        cuts.update(m.start(1) for m in _RUN_IN_QUESTION.finditer(folded))
        toks, starts = self.doc.toks, self.doc.starts
        for k in self.soft_breaks:
            cuts.add(starts[k])
        for ch in ".!؟":
            c = folded.find(ch)
            while c != -1:
                k = self.tok_at(c + 1)
                if k < self.n and (toks[k] in _SOFT_OPENERS or self.narrative_verb(k)):
                    cuts.add(starts[k])  # "… بالمرأة. وكانت الحمروني"
                c = folded.find(ch, c + 1)
        lines, pos = [], 0
        for c in sorted(cuts):
            lines.append((pos, folded[pos:c]))
            pos = c + 1 if folded[c] == "\n" else c
        lines.append((pos, folded[pos:]))
        return lines

    # -- cues and noun phrases -----------------------------------------------

    def cue_at(self, i: int) -> _CueHit | None:
        toks = self.doc.toks
        info = _CUE_INFO[toks[i]]  # None for a token that is no cue
        if info is None or self.in_quote[i] or not self.is_word[i]:
            return None
        cue, abbara, special, impersonal, preps = info
        nxt = toks[i + 1] if i + 1 < self.n else ""
        if abbara:
            # "عبّر الوزير عن …" (verb) but "عبر الحدود" (preposition)
            for k in range(i + 1, min(self.n, i + 9)):
                if toks[k] == "عن":
                    cue = _ABBARA
                    break
                if not self.is_word[k]:
                    break
        if cue is not None:
            if cue.kind == lx.VERB and i and toks[i - 1] in _ABOUT:
                return None  # "على رد الوزير": a noun after a preposition
            if ((i and toks[i - 1] in _NOUN_MARKERS) or nxt in _IDENTITY_OBJECTS) and not (
                toks[i - 1] in _HE_SHE and (i < 2 or _cue_of(toks[i - 2]) is None)
            ):
                # "شريطة عدم ذكر اسمه": a verbal noun, not a verb; "ويقول وهو
                # يشير برأسه نحو …:": a circumstantial clause after the cue
                # verb, not a cue of its own (but "وهي تقول:" alone is one)
                return None
            if (
                toks[i] in _BAYNA
                and i
                and self.is_word[i - 1]
                and toks[i - 1] not in _CONJUNCTIONS
                and toks[i - 1] not in _AUXILIARIES
                and _NP_KIND[nxt] < 3
            ):
                # "الخلافات بين أقطاب الفريق": the preposition ("مواجهة بين
                # النائب X ووزير المالية Y" still names who then speaks)
                return None
            if cue.kind == lx.RELAY and nxt in _RELAY_PRONOUNS:
                # "ونقل عنه التلفزيون قوله": he spoke, the outlet relayed
                return _CueHit(i, i + 2, cue, pronoun=_RELAY_PRONOUNS[nxt])
            return _CueHit(i, i + 1, cue)
        if special is not None:
            if special.lemma == "عقب":
                # a person right after, then على: "وعقّب الهاجري على رد الوزير"
                if (
                    (nxt in lx.TITLES or _NP_KIND[nxt] in (1, 2))
                    and nxt not in _FRONTING_OR_CONJ
                    and nxt not in lx.EVENT_NOUNS
                    and any(
                        toks[k] == "علي" and toks[k + 1].startswith(_REPLIED_TO)
                        for k in range(i + 2, min(i + 8, self.n - 1))
                    )
                ):
                    return _CueHit(i, i + 1, special)
                return None
            if special in _REPLY_CUES:
                # "، فرد عليه الجارالله:", "، فرد المبيضين ضاحكا:", ". ويرد برينان بأن"
                if (not i or not self.is_word[i - 1]) and nxt not in {"في", "فيه", "فيها"}:
                    return _CueHit(i, i + 1, special)
            elif nxt in _VERBAL_NOUN_NEXT:
                return _CueHit(i, i + 1, special)
            else:
                return None
        if impersonal is not None:
            if i and toks[i][0] == "ف" and _cue_of(toks[i - 1]) is not None:
                return None  # "ويعلق فورد في خلاصة البرقية": the verb's subject
            if i >= 2 and toks[i - 1] == "ما" and toks[i - 2] in _ABOUT_OR_THAT:
                return None  # "رفض التعليق على ما ورد في البرقيات": an object
            if nxt == "في":
                return _CueHit(i, i + 2, impersonal)
            if nxt in {"فيه", "فيها"}:
                # "نشرت الوزارة تغريدة جاء فيها": the issuer, the clause subject
                return _CueHit(i, i + 1, impersonal)
        # prepositional cues, one to three words (longest first)
        for words in preps:
            length = len(words)
            if i + length > self.n:
                continue
            if words[-1] == "ل":
                # the last word is a glued ل: "وفقا للوزير", "بالنسبة للأمريكيين"
                nxt_word = toks[i + length - 1]
                if (
                    tuple(toks[i + 1 : i + length - 1]) == words[1:-1]
                    and nxt_word.startswith("ل")
                    and len(nxt_word) > 2
                ):
                    return _CueHit(i, i + length - 1, _PREP_CUE[words], lam=True)
                continue
            if words[1:] == ("حد",):
                if i + 2 >= self.n or toks[i + 1] != "حد":
                    continue  # (a text that ends on "على حد" has no cue there)
                # "على حد تعبيره / قوله / تعبير الوزير"
                third = toks[i + 2]
                stem = "تعبير" if third.startswith("تعبير") else "قول"
                if third.startswith(stem):
                    suffix = third[len(stem) :]
                    cue = _PREP_CUE[stem]
                    if suffix in lx.PRONOUN_SUFFIXES:
                        return _CueHit(i, i + 3, cue, pronoun=lx.PRONOUN_SUFFIXES[suffix])
                    if not suffix:
                        return _CueHit(i, i + 3, cue)
                continue
            if tuple(toks[i + 1 : i + length]) == words[1:] or (
                length == 3 and toks[i + 1] == words[1] and toks[i + 2] == words[2] + "ه"
            ):  # "بحسب ما قاله": with the resumptive object pronoun
                return _CueHit(i, i + length, _PREP_CUE[words])
        return None

    def possessed_title(
        self, a: int, b: int, ra: int, rb: int, cue: lx.Cue | None
    ) -> _Entity | None:
        """ "رئيسها X": X, with the title of the body the suffix refers to."""
        t = self.doc.toks[a]
        feminine = t.endswith("ها")
        pos = self.doc.starts[a]
        sid = self.sent[a]
        body = None
        for e in reversed(self._entities):
            if e.pos >= pos:
                continue
            if e.sentence < sid - 2:
                break
            if e.kind == ORGANIZATION:
                if (e.gender == _F) == feminine:
                    body = e
                break
        if body is None:
            return None
        toks = self.doc.toks
        j = a + 1
        while j < b - 1 and toks[j] in _TITLE_ADJECTIVES:
            j += 1  # "أمينه العام X"
        ent = self.classify(j, b, ra, rb, cue)
        if not _named_person(ent):
            return None
        stem = self.doc.orig(pos, self.doc.ends[a])
        stem = stem[:-2] if feminine else stem[:-1]
        if stem[:1] in "وف" and t[1:] in _POSSESSED_TITLES:
            stem = stem[1:]
        if j > a + 1:
            # "الأمين العام للاتحاد …"
            adj = self.doc.orig(self.doc.starts[a + 1], self.doc.ends[j - 1])
            org = body.surface
            org = "لل" + org[2:] if org.startswith("ال") else "ل" + org
            ent.role = f"ال{stem} {adj} {org}"
        else:
            ent.role = f"{stem} {body.surface}"
        return ent

    def names_in_marks(self, k: int) -> bool:
        """Token ``k`` heads a name in the marks right after it: a label
        ("صحيفة «الخبر»"), a bare title ("منسق «تنسيقية …»") or لـ and a body."""
        t = self.doc.toks[k]
        return (
            _base(t) in _NAMED_BY_LABEL
            or (t in lx.TITLES and not t.startswith("ال"))
            or (t[:1] == "ل" and t[1:] in lx.ORGANIZATION_HEADS)
        )

    def closing_mark(self, o: int, limit: int, width: int) -> int:
        """The mark that closes the marks opened at token ``o`` (a name in
        marks inside a phrase): the next mark before ``limit`` and fewer than
        ``width`` tokens on, or -1."""
        toks = self.doc.toks
        m = o + 1
        while m < limit and m - o < width and toks[m] not in QUOTE_MARKS:
            m += 1
        return m if m < limit and toks[m] in QUOTE_MARKS else -1

    def scan_np(
        self, a: int, limit: int, cue: lx.Cue | None, *, titled: bool = False, ali: bool = False
    ) -> tuple[int, int, int]:
        """The noun phrase that starts at token ``a``.

        Returns ``(b, ra, rb)``: the phrase is tokens ``[a, b)``, and
        ``[ra, rb)`` an apposition after a comma that gives the role (empty
        when ``ra == rb``)."""
        toks = self.doc.toks
        is_word = self.is_word
        in_quote = self.in_quote
        dates = self.date_token_index
        i = a
        named = False
        titled_in = titled
        if limit > self.n:
            limit = self.n
        if a < limit:
            # a phrase never runs on past its line: "ردّ الوزير" (a subhead)
            # then "وفي رده …" is no name "الوزير وفي"
            end = self.sent_first.get(self.sent[a] + 1, limit)
            if end < limit:
                limit = end
        if cue is None:
            verb = False
            ali_is_name = ali  # ("أن مستشار الرئيس نافع علي نافع حذر": a name)
            particle = None
        else:
            verb = cue.kind in _VERB_KINDS
            particle = cue.particle
            ali_is_name = particle != "على"
        if verb and a < limit and toks[a][:1] == "ل" and is_word[a]:
            # "قال للصحفيين", "قال لوكالة …": an addressee, not the subject
            t = toks[a]
            if t.startswith("لل") or t[1:] in _ADDRESSEE_HEADS or t in {"له", "لها", "لهم", "لنا"}:
                return a, a, a
        doc_head = a < limit and toks[a] in _DOCUMENT_HEAD_BASES
        np_stop = lx.NP_STOP
        np_kind = _NP_KIND
        genitive_next = False
        while i < limit and i - a < 14:
            t = toks[i]
            kind = np_kind[t]
            if kind and not in_quote[i] and i not in dates:
                # a word none of the tests below stops: the phrase goes on
                if kind >= 3:  # a title: what follows is its genitive or a name
                    if kind < 5:
                        titled = True
                        genitive_next = kind == 3
                        i += 1
                        continue
                    if named:
                        break  # "النائب X ووزير المالية Y": two people
                    kind = 1
                # a word after a title is its genitive, else a name
                if genitive_next:
                    genitive_next = False
                elif kind == 1 or not titled:
                    named = True
                i += 1
                continue
            if not is_word[i]:
                if t == "." and i > a and (toks[i - 1] == "د" or (toks[i - 1] == "م" and titled)):
                    i += 1  # "د. سعاد المطيري"
                    continue
                if t == "(" and i > a:
                    # "وكالة الأنباء السعودية (واس)", "(أ ف ب)": an acronym aside
                    m = i + 1
                    while (
                        m < limit
                        and m - i < 5
                        and toks[m] != ")"
                        and (is_word[m] or toks[m].isdigit())
                    ):
                        m += 1
                    if m < limit and toks[m] == ")" and m > i + 1:
                        i = m + 1
                        continue
                    break
                if t in QUOTE_MARKS and i > a and self.names_in_marks(i - 1):
                    # "صحيفة «الخبر»", "حزب "النهضة"": the name in marks is part of it
                    m = self.closing_mark(i, limit, 7)
                    if m >= 0:
                        i = m + 1
                        named = True
                        continue
                break
            if in_quote[i] or i in dates:
                break
            if t.isdigit():
                if (
                    titled
                    and len(t) <= 2
                    and i > a
                    and i + 1 < limit
                    and toks[i + 1] in _COMMAS
                    and is_word[i - 1]
                    and not in_quote[i + 1]
                ):
                    # "أستاذ العلوم السياسية بجامعة الجزائر 3، الدكتور X":
                    # the number of a university or a unit, part of the post
                    i += 1
                    continue
                break
            if (t == "ل" or t == "ب") and i + 1 < limit and toks[i + 1] in QUOTE_MARKS:
                break  # "… لـ«الشروق»": an addressee or a label follows
            if i > a and t.startswith("لل") and i + 1 < limit and toks[i + 1] == "نت":
                break  # "قال المتحدث … للجزيرة نت": a web outlet, the addressee
            if t in np_stop:
                if (
                    t in _THEN
                    and titled
                    and not named
                    and i + 1 < limit
                    and is_word[i + 1]
                    and _NP_KIND[toks[i + 1]] == 1
                ):
                    i += 1  # "السفير الأمريكي آنذاك روبرت فورد": the name follows
                    continue
                if (
                    t == "ام"
                    and i == a
                    and i + 1 < limit
                    and is_word[i + 1]
                    and toks[i + 1] not in np_stop
                ):
                    i += 1  # "وقالت أم محمد": a kunya, not "or"
                    named = True
                    continue
                if t in _MAIN_ROLE_PREPOSITIONS and titled and not named and i + 1 < limit:
                    # "السفيرة في باماكو", "المبعوث إلى ليبيا", "المتحدث باسم الخارجية"
                    nxt = toks[i + 1]
                    if nxt in QUOTE_MARKS:
                        # "مدير المكتب الإعلامي في "الدفاع المدني السوري" X"
                        m = self.closing_mark(i + 1, limit, 7)
                        if m > i + 2:
                            i = m + 1
                            continue
                        break
                    if (
                        is_word[i + 1]
                        and not nxt.isdigit()
                        and nxt not in lx.EVENT_NOUNS
                        and not (nxt[:2] == "ال" and nxt[2:] in lx.EVENT_NOUNS)
                        and nxt not in np_stop
                        and i + 1 not in dates
                        and not _POSSESSED_EVENT[nxt]
                    ):
                        i += 2
                        if (
                            i + 2 < limit
                            and toks[i + 1][:2] == "لل"
                            and is_word[i]
                            and is_word[i + 1]
                            and toks[i] not in np_stop
                            and toks[i + 1] not in np_stop
                        ):
                            # "الباحث في مركز جسور للدراسات، X": the body's
                            # own name before its complement, not the speaker
                            i += 2
                        if i + 2 < limit and toks[i] in QUOTE_MARKS:
                            # "النائب في تكتل "لبنان القوي" X": the body's name
                            m = i + 1
                            while m < limit and m - i < 6 and is_word[m]:
                                m += 1
                            if (
                                m > i + 1
                                and m + 1 < limit
                                and toks[m] in QUOTE_MARKS
                                and is_word[m + 1]
                            ):
                                i = m + 1
                        continue
                    break
                if t == "العام" and titled and not named:
                    i += 1  # "الأمين العام", "المدعي العام": general, not the year
                    continue
                if (
                    t == "عام"
                    and titled
                    # (also a title after the name: "الدكتور X مدير عام تنمية …")
                    and ((not named and i == a + 1) or toks[i - 1] in lx.TITLES)
                    and i + 1 < limit
                    and is_word[i + 1]
                    and not toks[i + 1][:1].isdigit()
                ):
                    i += 1  # "مدير عام المركز": general, not "عام 2030"
                    continue
                if t == "عن" and i > a and toks[i - 1] in _ISSUED:
                    i += 1  # "بيان صادر عن الوزارة": the issuer follows
                    continue
                if (
                    t == "عن"
                    and titled
                    and not named
                    and particle != "عن"
                    and i + 1 < limit
                    and is_word[i + 1]
                    and toks[i + 1] not in np_stop
                ):
                    i += 2  # "نائب عن حركة النهضة", "المسؤول عن الملف"
                    continue
                # "علي" is also the name Ali: "قال الرئيس علي عبد الله صالح",
                # "نادية بنت علي"
                if not (
                    t == "علي"
                    and (
                        (i > a and toks[i - 1] in _NAME_LINKS)
                        or (
                            (ali_is_name or (i + 1 < limit and toks[i + 1] in _NAME_LINKS))
                            and not (
                                i + 1 < limit
                                and (
                                    toks[i + 1] in np_stop
                                    or not is_word[i + 1]
                                    or toks[i + 1] in _ALA_OBJECTS
                                )
                            )
                        )
                    )
                ):
                    break  # "علي" the name, but "يعلق الدبلوماسي على ذلك"
            elif t in _MAIN_ROLE_PREPOSITIONS and titled and not named and i + 1 < limit:
                nxt = toks[i + 1]
                if is_word[i + 1] and not nxt.isdigit() and nxt not in np_stop:
                    i += 2
                    continue
                break
            elif t == "من" and named and not doc_head:
                break  # "حذر المبعوث X من أن"
            if i > a:
                if t in _CUE_WORDS:
                    break
                if t.startswith("بال") and t not in _TITLE_COMPLEMENTS:
                    if (
                        titled
                        and i + 2 < limit
                        and toks[i + 1] in _HONORIFIC_WORDS_OR_RANKS
                        and is_word[i + 2]
                        and toks[i + 2] not in np_stop
                    ):
                        i += 1  # "مدير عام التعليم بالمحافظة الدكتور X": the post's place
                        continue
                    if (
                        titled
                        and not named
                        and t[1:] not in _TITLE_LIKE  # ("السفير بالمعارض X": a companion)
                        # (also after a genitive with لـ: "المدير الجهوي للتجارة
                        # بالقيروان X", where the post is held)
                        and (
                            toks[i - 1] in lx.TITLES or toks[i - 1].startswith(("ال", "لل", "وال"))
                        )
                        and i + 1 < limit
                        and (
                            (
                                is_word[i + 1]
                                and toks[i + 1] not in np_stop
                                and not toks[i + 1].startswith("ال")
                                and toks[i + 1] != "علي"
                                and _cue_of(toks[i + 1]) is None
                            )
                            or toks[i + 1] in _COMMAS
                            or (
                                # "أستاذ العلوم السياسية بالجامعة التونسية،
                                # X،": the place with its adjective, then the
                                # name in commas
                                toks[i + 1].startswith("ال")
                                and i + 2 < limit
                                and toks[i + 2] in _COMMAS
                            )
                            or (
                                # "أستاذ الاقتصاد بالجامعة التونسية X": the
                                # place with its adjective, then the name
                                toks[i + 1].startswith("ال")
                                and i + 2 < limit
                                and is_word[i + 2]
                                and not toks[i + 2].startswith("ال")
                                and toks[i + 2] not in np_stop
                                and _cue_of(toks[i + 2]) is None
                            )
                        )
                    ):
                        # "الوسيط بالبورصة سامي الورغي", "المدير العام بالنيابة
                        # للديوان X": where or how the title is held; "السفير
                        # الأمريكي بالرباط، X،": the name in commas follows
                        i += 1
                        continue
                    if (
                        named
                        and i + 2 < limit
                        and len(t) >= 5
                        and toks[i + 1].startswith("ال")
                        and is_word[i + 1]
                        and toks[i + 1] not in np_stop
                        and toks[i + 2] in _COMMAS
                        and np_kind[toks[i + 1]] == 2
                    ):
                        # "عبدالله بالحيف النعيمي،": a Gulf family name in بال,
                        # then the tribe's, before the apposition
                        i += 2
                        continue
                    break
                if named and not doc_head and t[0] in "لب":
                    if t.startswith("لل") or t[1:] in _ADDRESSEE_HEADS or t in _MANNER:
                        # ("محدثنا بمرارة": a manner adverbial ends the phrase)
                        break  # "يوسف الشاهد لصحيفة لوموند", "لقائه بوزير الاتصالات"
                    if (
                        t[0] == "ل"
                        and t[1:2] != "ا"
                        and len(t) > 3
                        and i - a >= 3
                        and toks[i - 1] not in _TITLE_LIKE
                        and toks[i - 2] not in _TITLE_LIKE
                        and is_word[i - 2]
                    ):
                        break  # "توماس ريد لسكاي نيوز": after a two-word name, an addressee
            elif (t.startswith("بال") and t not in _TITLE_COMPLEMENTS) or (
                particle == "ب" and t[0] == "ب"
            ):
                break
            if (
                i > a
                and titled
                and not named
                and t[0] == "ب"
                and len(t) >= 6
                and ((t[1] == "ت" and t[-2] == "ي") or (t[1] == "ا" and t[2] != "ل"))
            ):
                break  # "تعهد الوزير بتقديم …", "وعد النائب بإطلاق …": the verb's object
            if (
                (i > a or titled)
                and t[0] == "ب"
                and t[1:] in _ADDRESSEE_HEADS
                and not (
                    i > a and toks[i - 1] in lx.ANONYMOUS_HEADS and t[1:] in lx.ORGANIZATION_HEADS
                )
            ):  # but "مسؤول بوزارة التجارة" is one description
                break  # "جمع السفير برجل أعمال": a companion, not part of the name
            if t in _TITLE_LIKE or (
                t[-1:] == "ا" and t[:-1] in lx.ANONYMOUS_HEADS
            ):  # a title (with or without ال), an anonymous head ("مسؤولا")
                titled = True
                genitive_next = not t.startswith("ال")
                i += 1
                continue
            if genitive_next:
                genitive_next = False  # "عضو كتلة …": the title's genitive, not a name
            elif not titled or not (
                t.startswith("ال")
                or t.startswith("لل")
                or t in _TITLE_COMPLEMENTS
                or (
                    # "رئيس الغرفة الجهوية لأصحاب المخابز X", "المدير العام
                    # لوكالة الأنباء X": a genitive with لـ, not a name
                    not named
                    and t[0] == "ل"
                    and len(t) > 3
                    and (t[1] == "ا" or _genitive_start(t))
                    and i + 1 < limit
                    and toks[i + 1].startswith("ال")
                )
            ):  # ("القائم بالأعمال الأميركي في دمشق X": still the role)
                named = True
            i += 1
        b = i
        ra = rb = c0 = b
        if b > a and b < limit and toks[b] in _APPOSITION_OPENERS:
            if toks[b] in _THEN:
                # "رئيس المخابرات العامة آنذاك، اللواء عمر سليمان،"
                if not (titled and b + 1 < limit and toks[b + 1] in _COMMAS):
                    return b, ra, rb
                c0 = b + 1
            c = b
            if toks[c] == "(":
                # "سارة (28 عاماً)، وهي …": an aside before the comma
                m = c + 1
                while m < limit and m - c < 6 and toks[m] != ")":
                    m += 1
                if m < limit and toks[m] == ")":
                    c = m + 1
            if c + 2 < limit and toks[c] in _COMMAS and toks[c + 1] in _HE_SHE:
                # "محمد آدم، وهو نازح من حي أبو شوك، …": the apposition is the role
                j = k = c + 2
                w = toks[j]
                if self.is_word[j] and not self.in_quote[j] and w[0] not in "يتس":
                    while k < limit and k - j < 9 and self.is_word[k] and not self.in_quote[k]:
                        t = toks[k]
                        if (
                            t in lx.NP_STOP
                            and t not in lx.ROLE_PREPOSITIONS
                            and not (t == "من" and k > j + 1)  # ("أستاذ … من بوفاريك")
                            # "وهي أم لثلاثة أبناء": the mother, not "or";
                            # "وهي أم … وصلت قبل أسبوعين من …،": when she came
                            and not (t == "ام" and k == j)
                            and not (t in _AGO and k > j + 1)
                        ) or _cue_of(t) is not None:
                            break
                        k += 1
                    if k > j and k < limit and toks[k] in _COMMAS_OR_COLON:
                        # (the colon before the words: "وهو أستاذ …:")
                        return b, j, k
            if toks[c0] in _COMMAS:
                j = c0 + 1
                first = toks[j] if j < limit else ""
                fbase = first[2:] if first.startswith("ال") else first
                if (first in lx.TITLES or fbase in lx.TITLES or first in lx.QUANTIFIERS) and not (
                    # "الباحث …، الدكتور حسن علي المرزوق،": an honorific
                    # before a name, not a role
                    first in lx.HONORIFICS
                    and j + 2 < limit
                    and self.name_like(j + 1, min(limit, j + 5))
                    and not _IS_TITLE_HEAD[toks[j + 1]]
                    and not toks[j + 1].startswith("ال")
                ):
                    k = j
                    while k < limit and k - j < 14:
                        t = toks[k]
                        if t in QUOTE_MARKS and k > j and self.names_in_marks(k - 1):
                            # "منسق “تنسيقية ضحايا الزلزال”،": the body's name
                            # in marks is part of the role
                            m = self.closing_mark(k, limit, 8)
                            if m > k + 1:
                                k = m + 1
                                continue
                        if not self.is_word[k] or self.in_quote[k]:
                            break
                        if t in _THAT or t in {"قوله", "قولها", "بالنسبه", "بحسب", "حسب", "الذي"}:
                            break
                        if k > j and t in _HE_SHE:
                            break  # "أحد المعتصمين وهو حامل لشهادة …": an aside on the role
                        if k in self.date_token_index or (k > j and _cue_of(t) is not None):
                            break
                        if (
                            t in {"عن", "الي", "علي"}
                            and k + 1 < limit
                            and toks[k + 1]
                            in {
                                "قلقه",
                                "قلقها",
                                "ان",
                                "انه",
                            }
                        ):
                            break
                        k += 1
                    ra, rb = j, k
                elif (m := self.of_somewhere(j, limit)) > 0:
                    # "سجل رشيد، فلاح من ضواحي تارودانت، أن": an indefinite
                    # noun and where the person is from
                    ra, rb = j, m
                elif (
                    first == "من"
                    and j + 2 < limit
                    and toks[j + 1] in _RESIDENTS
                    and (m := self.residents_end(j + 2, limit)) > 0
                ):
                    # "وقال المواطن X، من سكان حي الصفا:": where the person
                    # lives, the fuller description
                    ra, rb = j, m
                elif named and not titled and b - a <= 2 and (m := self.vox_pop(j, limit)) > 0:
                    # "وتضيف سميرة، موظفة في قطاع الصحة:", "أما عم الهادي،
                    # متقاعد، فقال": a first name, then what the person does
                    ra, rb = j, m
                elif (
                    titled
                    and first
                    and self.is_word[j]
                    and (
                        not named
                        or _IS_TITLE_HEAD[toks[a]]
                        # (the phrase read from after its title: "وحضر رئيس
                        # الفدرالية الوطنية لمربي الأبقار، الحاج X، …")
                        or (
                            titled_in
                            and first in lx.HONORIFICS
                            and a > 0
                            and _IS_TITLE_HEAD[toks[a - 1]]
                        )
                    )
                ):
                    # "قال المتحدث باسم الخارجية، رمضان أبو جزر، إن": a name
                    # (also after a role that reads on past its genitive:
                    # "وزير التجارة وترقية الصادرات، الطيب زيتوني، عن",
                    # "النائب عن ائتلاف دولة القانون، محمد الصيهود، إن")
                    # (an honorific before the name is not counted: "الدكتورة
                    # مريم بنت اعل سالم")
                    h = j + 1 if first in lx.HONORIFICS else j
                    k = j
                    while k < limit and k - h < 5 and self.is_word[k] and not self.in_quote[k]:
                        if (toks[k] in lx.NP_STOP or toks[k] in _THAT or _cue_of(toks[k])) and not (
                            toks[k] == "علي" and k > h
                        ):
                            break  # (but "حسن علي المرزوق": the name Ali)
                        k += 1
                    if (
                        k > h
                        and k < limit
                        and (toks[k] in _COMMAS or toks[k] in _THAT)
                        and (not named or (toks[k] in _COMMAS and self.name_like(h, k)))
                    ):
                        ra, rb = j, k
        return b, ra, rb

    def relayed_by(self, cue_tok: int, cue_subjects, last: _Entity | None) -> _Entity | None:
        """Who relays the words of the cue at ``cue_tok`` when it sits in
        the "أن" clause of an earlier cue of its sentence ("ويستذكر لقاءه
        بقائد الجيش، قائلا إن الأخير قال له: «…»"): the earlier cue's
        subject, or, when it has none, the last speaker; the account goes
        on with the relayer, not with the one quoted in it."""
        hit_toks = self.hit_toks
        k = bisect_left(hit_toks, cue_tok)
        if k == 0 or k >= len(hit_toks) or hit_toks[k] != cue_tok:
            return None
        outer = hit_toks[k - 1]
        if self.sent[outer] != self.sent[cue_tok] or cue_tok - outer > 8:
            return None
        toks = self.doc.toks
        if _THAT.isdisjoint(toks[outer + 1 : cue_tok]):
            return None
        if self.cue_hits[cue_tok].cue.kind != lx.VERB:
            return None
        for t, e, _h in reversed(cue_subjects):
            if t == outer:
                return e
            if t < outer:
                break
        return last

    def statement_owner(self, rel: int, first: int) -> _Entity | None:
        """Whose statement a relative clause "الذي جاء فيه" at ``rel`` quotes:
        "بتلاوة تصريح المتهم X، …، الذي جاء فيه:" (the defendant, not the
        judge who reads it out)."""
        toks = self.doc.toks
        for k in range(rel - 1, max(first, rel - 24) - 1, -1):
            t = toks[k]
            if self.in_quote[k] or t in _SENTENCE_END:
                return None
            if _base(t) in _OWNED_STATEMENTS or t[1:] in _OWNED_STATEMENTS:
                b, ra, rb = self.scan_np(k + 1, rel, None, titled=True)
                if b <= k + 1:
                    return None
                ent = self.classify(k + 1, b, ra, rb, None)
                if _named_person(ent) or (ent is not None and ent.kind == ORGANIZATION):
                    return ent
                return None
        return None

    def residents_end(self, k: int, limit: int) -> int:
        """The comma or colon ending the place after "من سكان" (a few
        words from token ``k``), or 0."""
        toks = self.doc.toks
        start = k
        while (
            k < limit
            and k - start < 5
            and self.is_word[k]
            and not self.in_quote[k]
            and toks[k] not in lx.NP_STOP
            and toks[k] not in _THAT
            and _cue_of(toks[k]) is None
        ):
            k += 1
        return k if k > start and k < limit and toks[k] in _COMMAS_OR_COLON else 0

    def of_somewhere(self, j: int, limit: int) -> int:
        """The comma that ends an apposition "فلاح من ضواحي تارودانت"، "ربة
        منزل من الوراق" at token ``j`` (an indefinite noun, maybe with its
        genitive, then من and a place), or 0."""
        toks = self.doc.toks
        if j + 2 >= limit or not self.is_word[j] or self.in_quote[j]:
            return 0
        t = toks[j]
        if t[:2] == "ال" or t in _NP_SPECIAL or t in lx.HONORIFICS or _NAME_FLAGS[t] & 9:
            return 0
        return self.from_somewhere_end(j, limit, _FROM, 10, _COMMAS)

    def vox_pop(self, j: int, limit: int) -> int:
        """The comma or colon that ends an indefinite apposition at token
        ``j`` after a first name: one noun ("متقاعد،"), or a noun, maybe its
        genitive, then في/من and up to five words ("موظفة في قطاع الصحة:"),
        or 0.  Not an adverbial ("مبتسما،"), a title or a name."""
        toks = self.doc.toks
        if j + 1 >= limit or not self.is_word[j] or self.in_quote[j]:
            return 0
        t = toks[j]
        if (
            t[:2] == "ال"
            or t[-1] == "ا"
            or t[0] in "بلو"
            or t in _NP_SPECIAL
            or t in lx.HONORIFICS
            or _NAME_FLAGS[t] & 9
            or _cue_of(t) is not None
        ):
            return 0
        k = j + 1
        if toks[k] in _COMMAS_OR_COLON:
            return k
        return self.from_somewhere_end(j, limit, _IN_OR_FROM, 9, _COMMAS_OR_COLON)

    def from_somewhere_end(
        self, j: int, limit: int, preps: frozenset[str], width: int, ends: frozenset[str]
    ) -> int:
        """The rest of an indefinite apposition (of_somewhere, vox_pop) after
        its noun at ``j``: maybe the noun's genitive ("ربة منزل"), one of
        ``preps``, then plain words to a token in ``ends``, within ``width``
        tokens of ``j`` and past ``j + 2``: that token, or 0."""
        toks = self.doc.toks
        k = j + 1
        if toks[k] not in preps:
            if toks[k][:2] == "ال" or toks[k] in _NP_SPECIAL or not self.is_word[k]:
                return 0
            k += 1  # "ربة منزل"
        if k + 1 >= limit or toks[k] not in preps:
            return 0
        k += 1
        while k < limit and k - j < width:
            t = toks[k]
            if t in ends:
                return k if k > j + 2 else 0
            if (
                not self.is_word[k]
                or self.in_quote[k]
                or k in self.date_token_index
                or (t in _NP_SPECIAL and t not in lx.ROLE_PREPOSITIONS)
            ):
                return 0
            k += 1
        return 0

    def dual_names(self, i: int) -> list[_Entity]:
        """The two persons a title in the dual at ``i`` names: "المقدم من
        النائبين مبارك سالم الهاجري وعادل يوسف الرشيد، بشأن" (each of one to
        four words, the second after و, the list ending the phrase)."""
        toks = self.doc.toks
        doc = self.doc
        n = self.n
        spans = []
        j = i + 1
        for second in (False, True):
            k = j
            if second and (k >= n or toks[k][:1] != "و" or len(toks[k]) < 3):
                return []
            while (
                k < n
                and k - j < 4
                and self.is_word[k]
                and not self.in_quote[k]
                and (k == j or toks[k][:1] != "و" or toks[k][1:] in _NAME_LINKS)
                and toks[k] not in _NP_SPECIAL
                and not (_NAME_FLAGS[toks[k]] & 25)
                and k not in self.date_token_index
                and (k == j or not toks[k].startswith(("لل", "بال")))
            ):
                k += 1
            if k == j or (k < n and self.is_word[k] and toks[k][:1] == "و" and second):
                return []
            spans.append((j, k))
            j = k
        if j < n and self.is_word[j] and toks[j] not in _NP_SPECIAL:
            return []  # the list must end the phrase: a comma, a stop, a preposition
        title = doc.orig(doc.starts[i], doc.ends[i])
        title = "ال" + title[2:-2] if title.startswith("لل") else title[:-2]
        out = []
        for n_, (a, b) in enumerate(spans):
            start = doc.starts[a] + (1 if n_ else 0)  # (without the و)
            words = [toks[a][1:] if n_ else toks[a], *toks[a + 1 : b]]
            out.append(
                _Entity(
                    doc.orig(start, doc.ends[b - 1]),
                    PERSON,
                    title,
                    _M,
                    _SG,
                    start,
                    self.sent[a],
                    _key(" ".join(words)),
                )
            )
        return out

    def ha_ending(self, k: int) -> bool:
        """Whether token ``k``, folded to end in ه, ends in a true ه in the
        text ("نظيره": his counterpart), not in ة ("نظيرة")."""
        doc = self.doc
        return doc.orig(doc.starts[k], doc.ends[k]).rstrip(_TASHKEEL)[-1:] == "ه"

    def honorific_before(self, comma: int) -> int:
        """The token of an honorific that opens a name of one to four words
        ending right before ``comma`` ("السيد فتحي بن صالح،"), or -1."""
        toks = self.doc.toks
        for h in range(comma - 2, max(-1, comma - 6), -1):
            t = toks[h]
            if t in lx.HONORIFICS and t not in {"د", "."}:
                return h if self.name_like(h + 1, comma) and not self.in_quote[h] else -1
            if not self.is_word[h]:
                return -1
        return -1

    def name_like(self, j: int, k: int) -> bool:
        """Tokens [j, k) set off by commas after a role could be a person's
        name: up to four words, none a date, a digit, an addressee or
        complement glued to لـ/بـ, an adverbial ("متحدثا", "ضاحكا") or a
        noun with a possessive suffix."""
        if k - j > 4:
            return False
        toks = self.doc.toks
        for m in range(j, k):
            t = toks[m]
            if (
                (t in _NP_SPECIAL and (t != "علي" or m == j))  # ("X، من رابطة …،": no name)
                or m in self.date_token_index
                or t.isdigit()
                or t.startswith(("لل", "بال"))
                or _NAME_FLAGS[t] & 9
                or (t[-1] == "ا" and t[:-1] in _TITLE_LIKE)
            ):
                return False
        return True

    def classify(
        self, a: int, b: int, ra: int, rb: int, cue: lx.Cue | None, lam: bool = False
    ) -> _Entity | None:
        """Turn tokens [a, b) (+ apposition [ra, rb)) into a speaker."""
        doc = self.doc
        toks = doc.toks
        if b <= a:
            return None
        if (
            b - a >= 3
            and toks[a] in _POSSESSED_TITLES
            and (toks[a][-1] == "ا" or self.ha_ending(a))  # (not "رئيسة X")
        ):
            # "عبرت الجمعية المغربية لحقوق المرضى عن دعمها، وقال رئيسها X":
            # her (its) president is the president of the body just named
            ent = self.possessed_title(a, b, ra, rb, cue)
            if ent is not None:
                return ent
        words = toks[a:b]  # a copy: words[0] may lose a prefix below
        text = doc.text
        first_skip = 0
        prefix = ""
        w0 = words[0]
        if w0[0] in "لوفبك":  # (every prefix below starts with one of these)
            if lam or w0.startswith("لل"):
                if w0.startswith("لل"):
                    first_skip, prefix = 2, "ال"
                    words[0] = "ال" + w0[2:]
                elif w0.startswith("ل"):
                    first_skip = 1
                    words[0] = w0[1:]
            elif len(w0) > 3 and w0[0] in "وفبك" and w0[1:3] == "ال" and w0 != "والي":
                # (but "أما والي قفصة، X،": the governor, not و + إلى)
                first_skip = 1
                words[0] = w0[1:]
            elif len(w0) > 3 and w0[0] in "وب" and w0[1:] in lx.TITLES:
                first_skip = 1  # "بوزير الاتصالات مروان حمادة"
                words[0] = w0[1:]

        def surface(i: int, j: int) -> str:
            if i >= j:
                return ""
            if i == a and first_skip:
                return prefix + doc.orig(doc.starts[a] + first_skip, doc.ends[j - 1])
            if doc.offsets is None:  # (doc.orig inlined: ~40 calls an article)
                return text[doc.starts[i] : doc.ends[j - 1]]
            return doc.orig(doc.starts[i], doc.ends[j - 1])

        role_after = surface(ra, rb) if rb > ra else None
        sentence = self.sent[a]
        pos = doc.starts[a]
        head = words[0]
        if (
            head[-1:] == "ا"
            and head[:-1] in lx.ANONYMOUS_HEADS
            and (
                head[:-1] not in lx.TITLES
                or (len(words) > 1 and (words[1][-2:] == "يا" or words[1] in lx.ROLE_PREPOSITIONS))
            )  # ("أن مسؤولا أمنيا …", "فإن مسؤولا في الرئاسة")
        ):
            head = words[0] = head[:-1]  # "مسؤولا مغربيا رفيعا": accusative
            accusative = True
        else:
            accusative = False
        mask = _HEAD_TESTS[head]  # (one lookup; 0 for most heads)
        if mask & 15:
            if mask & 1 and b - a >= 2:
                # "تصريحات وزير الخارجية X": the statements' author speaks
                return self.classify(a + 1, b, ra, rb, cue)
            if mask & 2:
                return None  # "وأوضح سعادته": a pronoun, resolved by agreement
            if mask & 4 and (not lam or mask & 8):
                # "رأت من جهتها", "يقول لزواره": an adverbial or an addressee
                # where the subject would be; the subject is elsewhere
                return None
        gender = cue.gender if cue is not None and cue.gender else _M
        number = cue.number if cue is not None and cue.number else _SG

        def entity(kind: str, i: int, j: int, role: str | None, g: str, n: str) -> _Entity:
            text = surface(i, j)
            if accusative and kind == ANONYMOUS:
                # "أن مسؤولا كويتيا رفيعا أبلغ": the source named in the
                # nominative, "مسؤول كويتي رفيع", as elsewhere in the article
                text = _nominative(text)
                role = _nominative(role) if role else role
            return _Entity(text, kind, role, g, n, pos, sentence, "")

        if mask > 15:
            # documents, possibly with an author: "تقرير للسفارة", "برقية أرسلتها X"
            if mask & 16:
                g = _F if head in lx.FEMININE_DOCUMENTS else _M
                k = 1
                while k < len(words) and (
                    words[k] in lx.DOCUMENT_ADJECTIVES or words[k].startswith("ال")
                ):
                    k += 1
                if k < len(words):
                    w = words[k]
                    author = None
                    if w.startswith("لل") or (
                        w.startswith("ل") and (w[1:] in lx.TITLES or w[1:] in lx.ORGANIZATION_HEADS)
                    ):
                        author = self.classify(a + k, b, ra, rb, None, lam=True)
                    elif w == "من" and k + 1 < len(words):
                        author = self.classify(a + k + 1, b, ra, rb, None)
                    elif (
                        k == 1
                        and w in lx.ORGANIZATION_HEADS
                        and w[:2] != "ال"
                        and k + 1 < len(words)
                    ):
                        # "تقرير لجنة المالية والميزانية": the body in construct
                        author = self.classify(a + k, b, ra, rb, None)
                        if author is not None and author.kind != ORGANIZATION:
                            author = None
                    if author is not None:
                        return author
                    if w in _ISSUED and k + 2 < len(words) and words[k + 1] == "عن":
                        author = self.classify(a + k + 2, b, ra, rb, None)
                        if author is not None:
                            return author
                    if w in lx.AUTHOR_VERBS:
                        k2 = k + 1
                        if k2 < len(words) and words[k2] in {"بها", "به"}:
                            k2 += 1
                        if k2 + 1 < len(words) and words[k2] in {"من", "في", "عن"}:
                            k2 += 2
                        author = self.classify(a + k2, b, ra, rb, None)
                        if author is not None:
                            if author.kind == PERSON:
                                self.doc_author = author  # "البرقية" later is theirs
                            return author
                return entity(DOCUMENT, a, a + k, None, g, _SG)
            if mask & 32:
                g = _F if head == "احدي" else _M
                e = entity(ANONYMOUS, a, b, surface(a + 1, b) or None, g, _SG)
                e.key = ""
                return e
            if mask & 64:
                g = _M if head in lx.MASCULINE_ORGS else _F
                e = entity(ORGANIZATION, a, b, None, g, _SG)
                e.key = ""
                return e
            if mask & 128:  # a group: "الفرنسيون", "المسؤولون"
                e = entity(GROUP, a, b, None, _M, _PL)
                e.key = ""
                return e
            if mask & 256 and len(words) == 1:
                # "وتابع المصدر": the source quoted before
                e = entity(PERSON, a, b, surface(a, b), gender, number)
                e.key = "title:" + head
                return e
            if mask & 512:
                # "مصدر أمني", "دبلوماسيون غربيون"
                n = (
                    _PL
                    if head.endswith(_ANON_PLURAL_SUFFIX) or head in {"مصادر", "شهود", "نواب"}
                    else _SG
                )
                if head in _FEMININE_PLURAL_SOURCES:
                    gender, n = _F, _PL
                if (
                    b - a >= 4
                    and n == _SG
                    and words[1].startswith("ال")
                    and not words[2].startswith("ال")
                    and _NAME_FLAGS[words[2]] & 25 == 0
                    and self.name_like(a + 2, b)
                ):
                    # "رجل الأعمال سالم بن سيف العبدلي": a description, then the name
                    name = surface(a + 2, b)
                    key = _key(" ".join(words[2:]))
                    return _Entity(name, PERSON, surface(a, a + 2), gender, _SG, pos, sentence, key)
                if b - a == 2 and words[1].startswith("ال") and n == _SG:
                    # "وأضاف رجل الأعمال": the "رجل أعمال كويتي" told of before
                    noun = words[1][2:]
                    for other in reversed(self._entities):
                        if other.kind == ANONYMOUS:
                            w = normalize(other.surface).split(None, 2)
                            if len(w) > 1 and w[0] == head and w[1] == noun:
                                return other
                e = entity(ANONYMOUS, a, b, surface(a, b), gender, n)
                e.key = ""
                return e
        # The article: a folded "ال" that was a plain alef in the original.
        # "آلان"/"ألكسندر" fold to "ال…" too, but an article never carries a
        # hamza or madda, so those are names.  (Read from the tokens: words[0]
        # may have lost a prefix above.)
        starts = doc.starts
        if doc.offsets is None:
            art = [
                w.startswith("ال") and text[s] == "ا"
                for w, s in zip(toks[a:b], starts[a:b], strict=True)
            ]
        else:
            offsets = doc.offsets
            art = [
                w.startswith("ال") and text[offsets[s]] == "ا"
                for w, s in zip(toks[a:b], starts[a:b], strict=True)
            ]
        # title chunk then name: "السفيرة الأمريكية في باماكو غيليان ميلوفانوفيتش"
        i = 0
        while i < len(words) and words[i] in lx.HONORIFICS:
            if (
                i + 2 < len(words)
                and art[i + 1]
                and words[i + 1][-1:] == "ي"
                and _IS_TITLE_HEAD[words[i]]
            ) or (i + 1 < len(words) and words[i + 1] in _PATRONYMIC_LINKS):
                # "المهندس الزراعي X": a profession with its adjective;
                # "الشيخ ولد سيديا": before a link, a first name
                break
            if words[i] in _OWNER and i + 1 < len(words) and not art[i + 1]:
                break  # "صاحب محل للتحف X": the owner of a shop, not "صاحب السمو"
            i += 1
        name_from = title_at = i
        title_head = None
        construct = False
        nested_title = False
        apposition_title = False
        if (
            i < len(words)
            and _IS_TITLE_HEAD[words[i]]
            and (i + 1 == len(words) or words[i + 1] not in _PATRONYMIC_LINKS)
            and not (
                # "شيخة راشد المهيري": a name written with ة, not "شيخه" (his
                # sheikh) read as a title with its possessive
                words[i][-1] == "ه"
                and words[i] not in lx.TITLES
                and words[i][2:] not in lx.TITLES
                and not self.ha_ending(a + i)
            )
        ):  # ("الشيخ ولد سيديا": before a link, a first name)
            title_head = words[i]
            construct = not words[i].startswith("ال")
            i += 1
            genitive = False  # a title without the article expects its genitive
            while i < len(words):
                w = words[i]
                if genitive and not art[i] and w not in QUOTE_MARKS and w != "من":
                    genitive = False
                    i += 1  # "ولي العهد رئيس مجلس الوزراء": مجلس belongs to رئيس
                    continue
                genitive = False
                if w in lx.HONORIFICS:
                    break  # "وزير الخارجية الدكتور فيصل المقداد": the name follows
                if w.startswith("وال") and len(w) > 4 and (i > name_from + 1 or w[1:] in lx.TITLES):
                    # "وزير المياه والري", "وزير الخارجية والمغتربين"; a second
                    # title coordinated with the first: "المحامي والناشط الحقوقي X"
                    i += 1
                    continue
                if w in _MARKS_OR_PAREN:
                    # "رئيس «التيار الوطني الحر»": the body's name in marks;
                    # "(CONECT)": an acronym aside
                    ends = QUOTE_MARKS if w != "(" else (")",)
                    close = next((k for k in range(i + 1, len(words)) if words[k] in ends), None)
                    if close is None:
                        break
                    i = close + 1
                elif (
                    art[i]
                    and w in _ARTICLE_FIRST_NAMES
                    and i > name_from + 1
                    and i + 1 < len(words)
                    and words[i + 1] not in lx.TITLES
                    and words[i - 1] not in _NAME_LINKS
                ):
                    break  # "وزير الصحة الطاهر القلال": a first name with the article
                elif art[i] or w.startswith("لل"):
                    if w in lx.TITLES and construct and i == name_from + 1:
                        # "مستشار الرئيس X": the name is the president's; a
                        # title later on is an apposition ("عضو الكتلة النائب X")
                        nested_title = True
                    elif w in lx.TITLES:
                        apposition_title = True
                    i += 1
                elif w[:1] == "ل" and w[1:] in _LAM_GENITIVE_HEADS:
                    i += 1  # "الأمين العام لحزب الله"
                    if w[1:] in _PLACE_HEADS:
                        # "رئيس النيابة الخصوصية لبلدية دار شعبان الفهري نبيل
                        # القاسمي", "لبلدية حمام الأنف X Y": a place name of two
                        # or three words that ends with the article, then a name
                        # of two words or more
                        for m in (i + 1, i + 2):
                            if (
                                m + 2 < len(words)  # (a name of two words after it)
                                and art[m]
                                and not any(art[i:m])
                                and words[m] not in _ARTICLE_FIRST_NAMES
                                and not art[m + 1]
                                and words[m + 1] not in _NAME_LINKS
                            ):
                                i = m + 1
                                break
                        else:
                            if (
                                i + 2 < len(words)
                                and not art[i]
                                and words[i] not in _NAME_LINKS
                                and words[i + 1] not in _NAME_LINKS
                                and not art[i + 1]
                            ):
                                # "المتحدث الرسمي لأمانة جدة محمد سعيد
                                # البقمي", "لمدينة نابل كمال الورتاني": the
                                # place's one-word name, then a name of two
                                # words or more
                                i += 1
                elif w in lx.TITLES:
                    if i + 1 < len(words) and words[i + 1] in _NAME_LINKS:
                        break  # "أمينة بن عمار": a first name, not a title
                    genitive = True
                    i += 1
                elif w in lx.ROLE_PREPOSITIONS and i + 1 < len(words):
                    i += 2
                    if words[i - 1] in QUOTE_MARKS:
                        # "في "الدفاع المدني السوري"": the body's name in marks
                        close = next(
                            (k for k in range(i, len(words)) if words[k] in QUOTE_MARKS), None
                        )
                        if close is None:
                            break
                        i = close + 1
                        continue
                    if (
                        i + 1 < len(words)
                        and words[i - 1] in lx.ORGANIZATION_HEADS
                        and words[i] in QUOTE_MARKS
                    ):
                        # "النائب عن كتلة "النهضة الديمقراطية" X": the body's
                        # name in marks
                        close = next(
                            (k for k in range(i + 1, len(words)) if words[k] in QUOTE_MARKS), None
                        )
                        if close is None:
                            break
                        i = close + 1
                    elif (
                        i < len(words)
                        and words[i - 1] in _BODY_OR_PLACE_HEADS
                        and not art[i - 1]
                        and not art[i]
                        and i + 1 < len(words)
                        and (art[i + 1] or len(words) - i >= 3)
                    ):
                        # "في حركة مجتمع السلم", "باسم حركة حماس حازم قاسم"
                        i += 1
                    elif (
                        i + 1 < len(words)
                        and not art[i - 1]
                        and not art[i]
                        and words[i + 1][:2] == "لل"
                    ):
                        # "في مركز جسور للدراسات X": the body's own name, then
                        # its complement (taken next), then the speaker's
                        i += 1
                elif construct and i == name_from + 1:
                    i += 1  # the genitive of a construct title ("وزير خارجية")
                elif (
                    construct
                    and i == name_from + 2
                    and words[i - 1] in lx.ORGANIZATION_HEADS
                    and not art[i - 1]
                    and not art[i]
                    and i + 1 < len(words)
                    and _NAME_FLAGS[w] & 16 == 0
                ):
                    i += 1  # "رئيس حزب تواصل X": the body's own name
                elif (
                    construct
                    and i == name_from + 2
                    and i + 1 < len(words)
                    and art[i + 1]
                    and words[i + 1] in lx.TITLES
                ):
                    i += 1  # "أمير منطقة عسير الأمير X": a place, then the apposition
                elif (
                    construct
                    and not art[name_from + 1]
                    and not art[i - 1]  # (after "مجلس الشيوخ", "علي" is a name)
                    # (right after the title or another adjective: "رئيس حزب
                    # تواصل حمادي" has a name there)
                    and (i == name_from + 1 or words[i - 1].endswith(("ي", "يا")))
                    and (
                        w.endswith(("ي", "يا"))
                        or w in _INDEFINITE_ADJECTIVES
                        or w[:-1] in _INDEFINITE_ADJECTIVES
                    )
                ):
                    i += 1  # "مسؤول أمني جزائري رفيع" (but "رئيس الوزراء نوري …")
                elif w[0] in "بل" and (
                    w in _TITLE_COMPLEMENTS
                    or (i == name_from + 1 and w.startswith("بال") and i + 1 < len(words))
                    or (
                        w[0] == "ل"
                        and w[1:2] != "ل"
                        and i + 2 < len(words)
                        and art[i + 1]
                        and w[1:] not in lx.OUTLET_HEADS
                    )
                ):
                    # "القائم بالأعمال", "الوسيط بالبورصة", "المدير التنفيذي
                    # لبرنامج الأغذية العالمي"
                    i += 1
                else:
                    break
            # A name never starts with a preposition or conjunction glued to
            # the article ("بالإنابة", "والري", "للشؤون") or with "لـ" + a
            # body or title ("لبرنامج"): whatever rule stopped the title
            # chunk there, those words still belong to the role (with the
            # article words of their genitive), and the name follows.
            # An aside in parentheses or a body's name in marks there is the
            # role's too ("(CONECT)", "لشركة "Tunisie Valeurs"").
            while i < len(words) - 1 and words[i][0] in _GENITIVE_FIRST:
                w = words[i]
                if w in _MARKS_OR_PAREN:
                    ends = QUOTE_MARKS if w != "(" else (")",)
                    close = next((k for k in range(i + 1, len(words)) if words[k] in ends), None)
                    if close is None or close + 1 >= len(words):
                        break
                    i = close + 1
                    continue
                if not _genitive_start(w) and not (
                    # "المدير الجهوي للحماية المدنية بنابل العقيد X", "رئيسة
                    # الجمعية الجهوية لمربي الماشية بباجة الزهرة بن عمر": where
                    # the post is held, after the title's genitive, before an
                    # honorific or a name of two words or more
                    w[0] == "ب"
                    and len(w) > 3
                    and (art[i - 1] or words[i - 1].startswith("لل"))
                    and (
                        words[i + 1] in _HONORIFICS_OR_RANKS
                        or (
                            i + 2 < len(words)
                            and words[i + 1] not in _NAME_LINKS
                            and words[i + 1] not in _COMPOUND_SECOND
                        )
                    )
                ):
                    break
                i += 1
                while (
                    i < len(words) - 1
                    and art[i]
                    and words[i] not in lx.TITLES
                    and words[i] not in _HONORIFIC_WORDS
                    and words[i + 1] not in _NAME_LINKS  # ("بالقيروان الطاهر بن سالم")
                ):
                    i += 1
            for m in range(i + 1, i + 4 if i + 4 < len(words) else len(words) - 1):
                # "المتحدث الرسمي للدفاع المدني بمنطقة مكة المكرمة العقيد X",
                # "محافظ إقليم ودّاي التشادي الجنرال X": a rank or an honorific
                # a few words on opens the name; the words before it are the
                # place of the post
                wm = words[m]
                if wm in _HONORIFICS_OR_RANKS:
                    if (
                        wm not in (".", "د")
                        and words[m - 1] not in _NAME_LINKS
                        and not any(
                            words[k] in lx.TITLES
                            or words[k] in _MARKS_OR_PAREN
                            or words[k] in _COMMAS
                            for k in range(i, m)
                        )
                    ):
                        i = m
                    break
            role = surface(a + name_from, a + i)
            if i < len(words) - 1 and words[i] in _THEN:
                i += 1  # "السفير الأمريكي آنذاك روبرت فورد": then, not the name
            name_from = i
            if construct and i + 1 < len(words) and words[i] == "من" and not art[1]:
                # "ناشطة حقوقية من صفاقس", "نائب آخر من الكتلة نفسها": an
                # unnamed person described by where they come from
                g = _F if title_head.endswith("ه") else gender
                e = entity(ANONYMOUS, a, b, surface(a, b), g, number)
                e.key = ""
                return e
        else:
            role = None
        while (
            name_from < len(words) - 1
            and words[name_from] in _HONORIFICS_OR_RANKS
            and title_head
            and words[name_from + 1] not in _PATRONYMIC_LINKS
        ):  # ("الشيخ ولد أحمدو": before a link, a first name)
            name_from += 1
        name_to = name_from
        name_end = len(words)
        if "(" in words:
            # "مارك ديفيس (Mark Davis)": the Latin spelling aside ends the name
            paren = words.index("(", name_from) if "(" in words[name_from:] else name_end
            name_end = min(len(words), max(paren, name_from + 1))
        while name_to < name_end and name_to - name_from < 5:
            w = words[name_to]
            k = name_to - name_from
            f = _NAME_FLAGS[w]  # (one lookup; 0 for most words)
            if f:
                if (
                    f & 16
                    and k
                    and words[name_to - 1] not in _PATRONYMIC_LINKS
                    and (name_to + 1 == len(words) or words[name_to + 1] not in _PATRONYMIC_LINKS)
                    # ("محمد الأمين،": a compound first name, not "الأمين العام")
                    # (or "محمد الأمين بوزيد": a family name after it, not
                    # the article's genitive)
                    and not (
                        w == "الامين"
                        and k == 1
                        and (
                            name_to + 1 == len(words)
                            or (
                                not words[name_to + 1].startswith("ال")
                                and words[name_to + 1] not in lx.TITLES
                                and not _IS_TITLE_HEAD[words[name_to + 1]]
                            )
                        )
                    )
                ):
                    # a title (with or without the article) after the name;
                    # but next to a link it is a name ("محمد الأمين ولد اعبيد",
                    # "سيدي ولد الشيخ")
                    break
                if f & 1 and (k or f & 8 or (f & 2 and title_head is None)):
                    break
                if f & 4 and surface(a + name_to, a + name_to + 1)[-2:] in ("اً", "ًا"):
                    break  # "رداً", "تعليقاً": a name never carries the tanween
            # An article word belongs to a name only second ("محمد الغنوشي",
            # "عز الدين …") or after a link ("ولد عبد العزيز"); later it is
            # the object of the verb ("أحمد أويحيى المعارضة").
            if (
                k >= 2
                and art[name_to]
                and w != "الله"
                and words[name_to - 1] not in _NAME_LINKS
                and not (k == 2 and words[name_to - 1] in _COMPOUND_SECOND)
                and not (
                    k >= 2
                    and words[name_to - 2] in _NAME_LINKS
                    and (
                        w[-1] == "ي"
                        or w.endswith("يه")
                        or (name_to + 1 == len(words) and b < self.n and toks[b] in _COMMAS)
                    )
                )  # (a nisba, or the last word before a comma: not "سهام بن سدرين الحكومة")
                and not (
                    k == 2
                    and name_to + 1 == len(words)
                    and (
                        (w[-1] == "ي" and len(w) > 5)
                        or (b < self.n and toks[b] in _COMMAS)
                        # "قال محمد عبدالله الخصاونة ان": a verb of saying
                        # takes no object before its that-clause
                        or (
                            b < self.n
                            and toks[b] in _THAT
                            and cue is not None
                            and cue.kind == lx.VERB
                            and _lemma_key(cue) in _SAYING
                        )
                    )
                    and not art[name_to - 1]
                )
            ):
                # ("حمد بن ناصر المعمري", "حسن عبد الرحيم النور": the family
                # name after a linked name; "سعيد راشد المهيري"، "ناصر عبيد
                # الزعابي أن": a Gulf nisba family name ending the phrase;
                # "ماجد حسن الطويل، في مؤتمر": any family name before a comma)
                break
            if (
                k >= 2
                and not art[name_to]
                and w not in _NAME_LINKS
                and words[name_to - 1] not in _NAME_LINKS
                and name_to + 1 < len(words)
                and art[name_to + 1]
                and words[name_to + 1] != "الله"
            ):
                # "النائب مهلهل المضف أداء الحكومة": a noun with a definite
                # genitive after a full name is the verb's object
                break
            if (
                k >= 2
                and not art[name_to]
                and name_to + 1 < len(words)
                and words[name_to + 1] in _QUANTIFIERS
            ):
                # "والتمس سعيد الطاهري إدانة جميع المتهمين": a noun before a
                # quantifier ("جميع", "كل") is the verb's object
                break
            name_to += 1
        if title_head is None and name_to == name_from and not role_after:
            return None  # "كتبت «رداً على …»": no name, no title: no subject
        if role is None and name_to < len(words):
            if _IS_TITLE_HEAD[words[name_to]] or words[name_to] in lx.ANONYMOUS_HEADS:
                role = surface(a + name_to, b)  # "برنار كوشنير وزير الخارجية"
        elif (
            title_head in _RANKS
            and name_from < name_to < len(words)
            and " " not in role
            and _IS_TITLE_HEAD[words[name_to]]
        ):
            # "الأمير X وزير الطاقة": a rank before the name, the post after it
            role = surface(a + name_to, b)
        if role_after and title_head is not None and toks[ra - 1] in _COMMAS and toks[ra] != "من":
            # (not "المواطن X، من سكان حي الصفا": where X lives, not a name)
            ab = toks[ra][2:] if toks[ra].startswith("ال") else toks[ra]
            if (
                ab not in lx.TITLES
                or (
                    # "رئيس بلدية دورا، المهندس عماد العمايرة،": an honorific
                    # before the name
                    toks[ra] in lx.HONORIFICS
                    and rb - ra >= 3
                    and not _IS_TITLE_HEAD[toks[ra + 1]]
                    and not toks[ra + 1].startswith("ال")
                )
            ) and lx.QUANTIFIERS.isdisjoint(toks[ra:rb]):
                # (not "X، دفاع أحد المقاولين،": a description of one of many)
                # the apposition is the name: "المتحدث باسم الخارجية، رمضان أبو جزر";
                # whatever the phrase had after its title chunk was the role's
                # ("وزير التجارة وترقية الصادرات، الطيب زيتوني")
                if name_to > name_from:
                    role = surface(a + title_at, b)
                while (
                    ra + 1 < rb
                    and toks[ra] in lx.HONORIFICS
                    and toks[ra + 1] not in _PATRONYMIC_LINKS
                ):
                    ra += 1  # "الحاج الطاهر بولنوار" (but "الشيخ ولد سيديا")
                name = surface(ra, rb)
                key = _key(" ".join(toks[ra:rb]))
                return _Entity(name, PERSON, role, gender, _SG, pos, sentence, key)
            if rb - ra >= 2 and (
                name_to == name_from
                or (name_to - name_from == 1 and construct and toks[ra] in _HONORIFICS_OR_RANKS)
            ):
                # "رئيس المخابرات العامة آنذاك، اللواء عمر سليمان": a rank
                # and the name in the apposition, the post before it (also
                # "محافظ بيت لحم، اللواء X": the one word after the title's
                # genitive was the post's place, not a name)
                if name_to > name_from:
                    role = surface(a + title_at, b)
                app = self.classify(ra, rb, rb, rb, None)
                if _named_person(app):
                    if not app.role or len(app.role.split()) <= len((role or "").split()):
                        # (but "ممثل النيابة العامة، نائب الوكيل العام للملك
                        # X": the fuller title, the apposition's)
                        app.role = role
                    app.pos, app.gender = pos, gender
                    return app
        if role_after and not (
            role
            and (
                (rb - ra == 2 and toks[ra + 1] in lx.DOCUMENT_HEADS and toks[ra + 1][:2] == "ال")
                or toks[ra] in lx.QUANTIFIERS
            )
        ):  # (but "القنصل العام X، كاتب البرقية،": the office, not the authorship;
            # "الطالبة X، إحدى المشاركات": the title, not the membership)
            role = role_after
        if (
            title_head is not None
            and title_head.endswith("ه")
            and gender == _M
            and not self.ha_ending(a + title_at)
        ):
            gender = _F  # (but "نظيره المصري X": "his counterpart", a man)
        role_head = normalize_first(role) if role else ""
        if (
            gender == _M
            and role_head in lx.TITLES
            and role_head.endswith("ه")
            and role.split(None, 1)[0].rstrip(_TASHKEEL)[-1:] != "ه"
        ):
            gender = _F  # "المسؤولة", "السفيرة": a woman (not "نظيره", his)
        indefinite = (
            title_head is not None
            and construct
            and name_to == name_from
            and (len(words) == 1 or not art[1])
        )
        if (
            title_head is not None
            and construct
            and title_head in lx.ANONYMOUS_HEADS
            and not nested_title
            and not apposition_title
            and name_to > name_from
            and (len(words) == 1 or not art[1])
            and not any(art[title_at + 1 : name_from])
        ):
            # "دبلوماسي خليجي تحدث للجزيرة": an indefinite source has no name;
            # what follows its adjectives is a relative clause (but "عضو مجلس
            # الدولة X": a definite genitive makes the title definite)
            e = entity(ANONYMOUS, a, a + name_from, surface(a, a + name_from), gender, number)
            e.key = ""
            return e
        if title_head is not None and (
            ((nested_title or name_to == name_from) and title_head in lx.ANONYMOUS_HEADS)
            or indefinite
        ):
            # "مستشار الرئيس الفرنسي نيكولا ساركوزي": the name is the president's
            anon_number = _PL if title_head.endswith(_ANON_PLURAL_SUFFIX) else number
            if indefinite and title_head not in lx.ANONYMOUS_HEADS and self._persons:
                # "وأشار مساعد وزير الداخلية الأسبق": the person introduced
                # with exactly that description (as printed: an article
                # spells one description one way)
                described = surface(a, b)
                for p in self._persons:
                    if p.role == described:
                        return p
            e = entity(ANONYMOUS, a, b, surface(a, b), gender, anon_number)
            e.key = ""
            return e
        if name_to == name_from:
            # only a title: "الوزير", "السفيرة الأمريكية"
            if not role:
                return None
            e = entity(PERSON, a, b, role, gender, number)
            # ("السيد الوالي": the title after an honorific)
            e.key = "title:" + (title_head or words[0])
            return e
        if (
            name_to == name_from + 1
            and not role
            and words[name_from][0] != "ل"
            and _NAME_FLAGS[words[name_from]] & 1
        ):
            return None  # "أبدوا قلقهم": a noun with a possessive suffix, no name
        name = surface(a + name_from, a + name_to)
        e = _Entity(
            name,
            PERSON,
            role,
            gender,
            _SG,
            pos,
            sentence,
            _key(" ".join(words[name_from:name_to])),
        )
        return e

    # -- dates ---------------------------------------------------------------

    def index_dates(self) -> None:
        doc = self.doc
        self.date_token_index: dict[int, DateMention] = {}
        runs = _digit_runs(doc.folded)  # for the dates and the cable references
        for d in find_dates(doc.folded, digit_runs=runs):
            k = bisect_left(doc.starts, d.start)
            while k < self.n and doc.starts[k] < d.end:
                self.date_token_index[k] = d
                k += 1
        self.date_tokens = sorted(self.date_token_index)
        # a dateline: "تونس (الشروق) – 25 نوفمبر 2023", "طرابلس 20 أيار/مايو 2024 (أ ف ب) -",
        # or a web timestamp: "السبت 18 أكتوبر 2025 | 10:35"
        self.dateline: _date | None = None
        self.dateline_end = None  # (a run-in dateline) where its lead starts
        if self.date_tokens:
            d = self.date_token_index[self.date_tokens[0]]
            folded = doc.folded
            # (also on the first line after a headline: "مسقط، 14 أكتوبر 2025
            # (العمانية) -", a few words into its line)
            line = folded.rfind("\n", 0, d.start) + 1
            if d.precision == "day" and line < 300 and "." not in folded[line : d.start]:
                if (
                    d.start - line < 40
                    and self.date_tokens[0] - bisect_left(doc.starts, line) <= 5
                    and (
                        any(ch in folded[d.end : d.end + 4] for ch in "\n(-–—/|")
                        or _AGENCY_DASH.match(folded, d.end) is not None
                    )
                ):
                    self.dateline = _date.fromisoformat(d.iso)
                elif line == 0 and d.start < 300:
                    # no line break before or after it (scraped text): a
                    # headline run into it, the lead right after it ("…
                    # جراء شح المياه الخليل 2-12-2025 وفا- حذر", "تونس
                    # (الشروق) – 25 نوفمبر 2023 شهدت الجلسة"); the lead is
                    # a sentence of its own, as on its own line
                    tail = _DASH_AFTER.match(folded, d.end)
                    dash = _DASH_BEFORE.search(folded, max(0, d.start - 24), d.start)
                    if tail is not None or dash is not None:
                        self.dateline = _date.fromisoformat(d.iso)
                        self.dateline_end = tail.end() if tail is not None else d.end
            if self.dateline is None and d.precision == "day" and d.start < 600:
                # "قررت السلط الجهوية تعليق الدروس اليوم الأربعاء 3 ديسمبر
                # 2025": the lead tells which day "today" is, a dateline for
                # the "اليوم", "صباح اليوم" of the account after it
                k = self.date_tokens[0] - 1
                toks = doc.toks
                if k >= 1 and toks[k] in WEEKDAYS:
                    k -= 1
                if k >= 0 and toks[k] == "اليوم" and "." not in folded[line : d.start]:
                    self.dateline = _date.fromisoformat(d.iso)
        self._time_moves: list[int] | None = None
        self._time_words: set[str] | None = None
        self._has_then: bool | None = None
        self._same_at: list[int] | None = None  # (refers_to_document)
        self._thats: list[int] | None = None  # (known_that_subject)
        self._persons: list[_Entity] = []  # (run() fills both as it reads)
        self._entities: list[_Entity] = []
        self._fronted: dict[int, list[tuple[int, DateMention]]] = {}
        self._lead: tuple[int, str, str | None] | bool | None = False  # (event_lead)
        self._has_same: bool | None = None  # (date_for: "اليوم نفسه" in the text)
        self._breaks: list[int] | None = None  # (in_event)
        self.cables = list(iter_cable_refs(doc.folded, runs))

    def has_date_in(self, a_tok: int, b_tok: int) -> bool:
        k = bisect_left(self.date_tokens, a_tok)
        return k < len(self.date_tokens) and self.date_tokens[k] < b_tok

    def in_relative(self, d: DateMention, a: int) -> bool:
        """The date ``d`` is in a relative clause opened after token ``a``
        and not closed by a comma before it."""
        toks = self.doc.toks
        k = bisect_left(self.doc.starts, d.start) - 1
        while k >= a and k >= 0:
            t = toks[k]
            if t in _RELATIVES:
                return True
            if t in _CLAUSE_PUNCT:
                return False
            k -= 1
        return False

    def dates_between(self, a_tok: int, b_tok: int) -> list[DateMention]:
        """Absolute, non-relative dates whose first token is in [a_tok, b_tok)."""
        out: list[DateMention] = []
        tokens = self.date_tokens
        k = bisect_left(tokens, a_tok)
        while k < len(tokens) and tokens[k] < b_tok:
            i = tokens[k]
            d = self.date_token_index[i]
            if d.iso and not d.relative and not self.in_quote[i] and (not out or out[-1] is not d):
                out.append(d)
            k += 1
        return out

    def fronted_date(self, first: int, cue_tok: int) -> DateMention | None:
        """The last date of a fronted adverbial ("وفي جانفي 2010،") in the
        sentence before the cue."""
        if not self.has_date_in(first, cue_tok):
            return None
        fronted = self._fronted.get(first)
        if fronted is None:
            fronted = self._fronted[first] = self._fronted_dates(first)
        best = None
        for tok, d in fronted:
            if tok >= cue_tok:
                break
            best = d
        return best

    def _fronted_dates(self, first: int) -> list[tuple[int, DateMention]]:
        """(token, date) of every fronted adverbial date of the sentence that
        starts at token ``first``, in order."""
        toks = self.doc.toks
        is_word = self.is_word
        in_quote = self.in_quote
        date_index = self.date_token_index
        end = bisect_right(self.sent, self.sent[first], first)  # sentence numbers ascend
        out: list[tuple[int, DateMention]] = []
        # only a dated token (with a date, not relative) is ever found: the
        # scan stops after the sentence's last one
        tokens = self.date_tokens
        k = bisect_left(tokens, end) - 1
        while k >= 0 and tokens[k] >= first:
            d = date_index[tokens[k]]
            if d.iso and not d.relative:
                break
            k -= 1
        else:
            return out
        end = tokens[k] + 1
        clause_start = True
        i = first
        while i < end:
            t = toks[i]
            if clause_start and is_word[i] and (t in _FRONTING_OR_CONJ or i in date_index):
                # the adverbial runs to the next comma / clause punctuation
                j = i
                found = None
                while j < end and toks[j] not in _CLAUSE_PUNCT and not in_quote[j]:
                    d = date_index.get(j)
                    if d is not None and d.iso and not d.relative:
                        found = (j, d)
                    j += 1
                if found is not None:
                    out.append(found)
                i = j if j > i + 1 else i + 1  # (not max(): see run())
                clause_start = False
                continue
            if t in _CLAUSE_BREAKS:
                clause_start = True
            elif t in _CONJ_FRONTING and is_word[i]:
                clause_start = True
                continue  # re-examine this token as a clause start
            else:
                clause_start = False
            i += 1
        return out

    def attribution_after(self, q: _Quote) -> DateMention | None:
        """A date in an attribution clause right after the quote ("…"، كما
        قال X في …)."""
        toks = self.doc.toks
        k = q.close_tok + (1 if q.marked else 0)
        if k >= self.n or toks[k] not in _COMMAS:
            return None
        sid = self.sent[min(q.close_tok, self.n - 1)]
        steps = 0
        k += 1
        while k < self.n and steps < 3 and self.sent[k] == sid and not self.in_quote[k]:
            t = toks[k]
            if t in _CANDIDATE_KEYS and t[0] not in "وف":
                hit = self.cue_at(k)
                if hit is not None:
                    end = k
                    while end < self.n and self.sent[end] == sid and not self.in_quote[end]:
                        end += 1
                    found = self.dates_between(k, end)
                    return found[0] if found else None
            steps += 1
            k += 1
        return None

    def tail_date(self, q: _Quote) -> DateMention | None:
        """A date right after the quote in the same clause:
        "… "…" في ندوة صحافية يوم 5 شتنبر 2014"."""
        toks = self.doc.toks
        k = q.close_tok + (1 if q.marked else 0)
        sid = self.sent[min(k - 1, self.n - 1)]
        steps = 0
        while k < self.n and steps < 8:
            t = toks[k]
            if (
                self.in_quote[k]
                or t in _SENTENCE_END
                or t in _CLAUSE_PUNCT
                or self.sent[k] != sid  # ("«…» وفي برقية لاحقة مؤرخة في …")
            ):
                if t in _COMMAS and not steps and k + 1 < self.n and toks[k + 1] == "وذلك":
                    # "«…»، وذلك خلال ترؤسه اجتماع المجلس يوم الأحد 12 / 8 / 1445هـ"
                    k += 2
                    steps = -12
                    continue
                return None
            d = self.date_token_index.get(k)
            if d is not None:
                return d if d.iso and not d.relative else None
            if self.is_word[k] and t[0] in "وف" and len(t) > 2 and steps:
                return None  # a new clause
            if t in _CANDIDATE_KEYS and self.cue_at(k) is not None:
                return None
            steps += 1
            k += 1
        return None

    def time_moves(self, a_tok: int, b_tok: int) -> bool:
        """A relative time phrase ("بعد عدة أشهر", "لاحقا") in [a_tok, b_tok):
        the statement is no longer at the date stated earlier."""
        moves = self._time_moves
        if moves is None:
            moves = self._time_moves = self._find_time_moves()
        k = bisect_left(moves, a_tok)
        return k < len(moves) and moves[k] < b_tok

    def time_words(self) -> set[str]:
        """The words of _TIME_WORDS and _THEN the article has: one pass over
        the tokens for both."""
        if self._time_words is None:
            self._time_words = _TIME_OR_THEN.intersection(self.doc.toks)
        return self._time_words

    def _find_time_moves(self) -> list[int]:
        toks = self.doc.toks
        out: list[int] = []
        present = _TIME_WORDS.intersection(self.time_words())
        if not present:
            return out
        for k in compress(range(self.n), map(present.__contains__, toks)):
            tok = toks[k]
            t = _base(tok)
            if k and toks[k - 1] == "اي":
                continue  # "المؤرخة في 18 مارس 2009، أي بعد أيام من …": the date explained
            if self.in_quote[k]:
                continue  # "«… ستحدد لاحقاً»": the speaker's own words move no narrative time
            if t in _LATER:
                out.append(k)
            elif k + 1 < self.n:
                nxt = toks[k + 1]
                if nxt in _TIME_UNITS or (k + 2 < self.n and nxt in {"عده", "بضعه", "بضع", "اشهر"}):
                    out.append(k)
        return out

    def cable_near(self, a_char: int, b_char: int) -> str | None:
        best = None
        for s, _e, ref in self.cables:
            if a_char <= s < b_char:
                best = ref
        return best

    # -- the discourse pass --------------------------------------------------

    def run(self) -> list[ExtractedQuote]:
        doc = self.doc
        toks = doc.toks
        if not self.n:
            return []
        quotes = self.find_quotes()
        self.index_dates()
        self.find_soft_breaks(quotes)
        quotes = self.find_unmarked(quotes)
        self.find_sentences()
        self.first_said = self.n  # (event_lead) the first quotation's sentence
        self.first_said_tok = self.n  # (and its cue or opening mark)

        entities: list[_Entity] = []
        cue_subjects: list[tuple[int, _Entity, _CueHit]] = []  # (tok, entity, cue)
        persons: list[_Entity] = []
        self._persons = persons
        self._entities = entities
        anon_plurals: list[tuple[int, str, str]] = []  # (pos, folded, surface)
        results: list[ExtractedQuote] = []
        speakers: list[_Entity | None] = []
        self._np_end = 0
        # id(entity) -> (date, precision, sentence, entity); the entity is kept
        # so that its id cannot be reused by another object
        self.speaker_dates: dict[int, tuple[str, str | None, int, _Entity]] = {}
        # (date, precision, sentence, set by a document mention itself)
        self.doc_ctx: tuple[str, str | None, int, bool] | None = None
        self.doc_author: _Entity | None = None
        # who writes in the dated cable of its sentence, with its date
        self.doc_teller: tuple[_Entity, str] | None = None
        # (date, precision, sentence) of the last dated document introduced:
        # its paragraph is about it
        # (the date is read lazily: None and the document's token until needed)
        self.doc_para: tuple[str | None, str | int | None, int] | None = None
        prev: tuple[_Entity | None, str | None, str | None, int, str | None] | None = None
        cue_hits: dict[int, _CueHit] = {}
        self.cue_hits = cue_hits
        self.hit_toks = hit_toks = []  # the keys of cue_hits, in order
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
        n_candidates = len(candidates)

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

        def canonical(e: _Entity) -> _Entity:
            if e.kind == ANONYMOUS and e.role and persons:
                # "رئيس "التجدد الوطني"", "رئيس الحزب" after "X، رئيس حزب
                # "التجدد الوطني"": a shortened title of a person named before
                words = _role_words(e.role)
                if len(words) >= 2 and normalize_first(e.role) in lx.TITLES:
                    for p in reversed(persons):
                        if (
                            p.role
                            and p.key
                            and not p.key.startswith("title:")
                            and normalize_first(p.role) == normalize_first(e.role)
                            and words <= _role_words(p.role)
                        ):
                            return p
            if e.kind != PERSON or not e.key:
                if e.kind == ORGANIZATION:
                    if " " in e.surface:
                        org_heads[normalize_first(e.surface)] = e
                    elif e.surface[:2] == "ال":
                        # "أعلنت وزارة العمل …" then "وقالت الوزارة": the body named before
                        return org_heads.get(normalize(e.surface)[2:], e)
                return e
            if e.key.startswith("title:"):
                # "السفير" alone: the last person introduced with that title
                title = e.key[6:]
                # "وزيرة المالية X" then "الوزيرة": the bare title takes the article
                # (not "الرئيس", which alone is the head of state, not "رئيس التيار")
                bare = title[2:] if title in _BARE_TITLES else None
                if e.role and title.startswith("ال"):
                    role_words = normalize(e.role).split()
                    if len(role_words) == 2 and role_words[1].startswith("ال"):
                        # "الوزير العنزي", "المحامية العلوي": the title and the
                        # family name of a person named before in full
                        last = _key(role_words[1])
                        for p in reversed(persons):
                            if last in _key_words(p.key) and " " in p.key:
                                return p
                for p in reversed(persons):
                    if p.role and ((first := normalize_first(p.role)) == title or first == bare):
                        if e.role and len(e.role) > len(p.role):
                            p.role = e.role
                        return p
                # "وأضاف المستشار": the adviser quoted anonymously before
                if title.startswith("ال") and e.role and len(e.role.split()) == 1:
                    for other in reversed(entities):
                        if other.kind == ANONYMOUS and normalize_first(other.surface) == title[2:]:
                            return other
                    if bare is not None:
                        # "عن وزير التخطيط … قوله"، then "وأضاف الوزير": the
                        # official told of by title alone, nearby
                        key = "title:" + bare
                        for other in reversed(entities):
                            if other.sentence < e.sentence - 3:
                                break
                            if other.key == key and other.kind == PERSON:
                                return other
                return e
            words = _key_words(e.key)
            for p in persons:
                pwords = _key_words(p.key)
                if p.key == e.key or (words and words <= pwords):
                    if (
                        e.role
                        and (not p.role or len(e.role.split()) > len(p.role.split()))
                        and (e.role[0] != "(" or not p.role)
                    ):  # (an age in parentheses is no description: "عثمان (61 عاما)")
                        p.role = e.role  # the fullest description wins
                    return p
                if pwords and pwords <= words:
                    # "الشاهد" first (a headline), "يوسف الشاهد" later: one
                    # person, known from now on by the fuller name
                    p.surface, p.key = e.surface, e.key
                    if e.role and not p.role:
                        p.role = e.role
                    return p
            last = e.surface.rsplit(None, 1)
            if len(last) == 2 and last[1][:1] == "ل" and last[1][:2] not in ("ال", "لل"):
                # "قال بري لفيلتمان": an addressee glued to a known name
                words = _key_words(_key(last[0]))
                for p in persons:
                    if words and words <= _key_words(p.key):
                        return p
            persons.append(e)
            return e

        def register_mentions(upto: int) -> None:
            """Scan tokens up to ``upto`` for cues and plain mentions."""
            nonlocal tok_ptr, cand_ptr, parsed_to
            while cand_ptr < n_candidates and candidates[cand_ptr] < upto:
                i = candidates[cand_ptr]
                cand_ptr += 1
                if i < tok_ptr or self.in_quote[i]:
                    continue
                tok_ptr = i + 1
                t = toks[i]
                hit = self.cue_at(i) if t in _MAY_CUE else None  # (cue_at's first test)
                if hit is not None and not relevant[self.sent[i]]:
                    # no quote within the next three sentences: nobody will
                    # look this speaker up, skip parsing the phrase
                    if hit.np_start > tok_ptr:
                        tok_ptr = hit.np_start
                    continue
                if hit is not None:
                    cue_hits[i] = hit
                    hit_toks.append(i)  # increasing, like the candidates
                    ent = self.subject_of(hit)
                    if (
                        ent is None
                        and hit.cue.kind == lx.VERB
                        and hit.pronoun is None
                        and i >= 3
                        # (one C-level set test first: most cues have no أن
                        # in the words before them, the generator is skipped)
                        and not _THAT.isdisjoint(toks[i - 5 if i > 5 else 1 : i - 1])
                        and any(
                            toks[m] in _THAT and toks[m - 1] in _BUT_THAT
                            for m in range(i - 2, max(0, i - 6), -1)
                        )
                    ):
                        # "غير أن بن سالم يرى أن …، ويقول:": after "however",
                        # the subject between أن and a verb that quotes nothing
                        # itself, for the verbs after it (not "يروي X أن Y قال
                        # له": Y's words inside X's account)
                        ent = self.subject_after_that(hit, self.sent_first[self.sent[i]])
                    elif (
                        ent is not None
                        and hit.cue.kind == lx.VERB
                        and hit.pronoun is None
                        and i >= 3
                        and any(toks[m] in _THAT for m in range(i - 2, max(0, i - 6), -1))
                        and (sat := self.subject_after_that(hit, self.sent_first[self.sent[i]]))
                        is not None
                        and sat.kind == ANONYMOUS
                    ):
                        # "ذكرت البرقية أن مسؤولا كويتيا رفيعا أبلغ السفيرة X
                        # أن": the source before the verb is its subject, the
                        # person after it the addressee (for "وأضاف المسؤول")
                        ent = sat
                    if ent is not None:
                        if _named_person(ent):
                            # a named person: the titles in the phrase were read
                            # with it, no need to parse them again as mentions
                            parsed_to = max(parsed_to, self._np_end)
                        ent = canonical(ent)
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
                    if hit.np_start > tok_ptr:
                        tok_ptr = hit.np_start
                    continue
                mention = _MENTION_KIND[t]
                if not mention:
                    continue
                if mention == 1:
                    surface = doc.orig(doc.starts[i], doc.ends[i])
                    if t.startswith("لل"):
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
                            or (toks[j].startswith("ال") and not self.in_quote[j])
                        )
                    ):
                        j += 1
                    skip = 1 if t not in lx.DOCUMENT_HEADS else 0
                    head = t[skip:]
                    surface = doc.orig(doc.starts[i] + skip, doc.ends[j - 1])
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
                        entities.append(
                            owner
                            or _Entity(surface, DOCUMENT, None, g, _SG, doc.starts[i], sid, "")
                        )
                    # a dated document becomes "the cable" later sentences refer to
                    sid = self.sent[i]
                    end = i + 13 if i + 13 < self.n else self.n
                    dates = [
                        d
                        for d in self.dates_between(i + 1, end)
                        if self.sent[self.tok_at(d.start)] == sid
                    ]
                    h_end = self.tok_at(dates[0].start) if dates else i
                    # (one C-level set test first: a cue word between the head
                    # and its date is rare)
                    if dates and not _CUE_WORDS.isdisjoint(toks[i + 1 : h_end]):
                        for h in range(i + 1, h_end):
                            if (
                                toks[h] in _CUE_WORDS
                                and (c := _cue_of(toks[h])) is not None
                                and _lemma_key(c) in _SAYING
                            ):
                                # "وفي تعليق على هذه الوثائق قال X، الذي سجن
                                # سنة 2008، إن": a date after the saying verb
                                # is its clause's
                                dates = [d for d in dates if self.tok_at(d.start) < h]
                                break
                    single = head in _SINGLE_NEW_DOCUMENTS
                    if single and not dates:
                        dates = self.late_document_date(i, sid)
                    if i >= parsed_to and head[:2] != "ال":
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
                    if dates:
                        self.doc_ctx = (dates[0].iso, dates[0].precision, sid, True)
                        self.doc_para = (dates[0].iso, dates[0].precision, sid)
                    elif head[:2] != "ال":
                        self.doc_ctx = None  # a new, undated document
                        # "في الثاني من آب 2006، … أرسل السفير برقية": dated by
                        # the sentence's fronted adverbial
                        self.doc_para = (None, i, sid)
                    if (
                        single
                        and i >= parsed_to
                        and not (
                            lx.AUTHOR_VERBS.isdisjoint(toks[j : j + 9])
                            and _SIGNED_BY.isdisjoint(toks[j : j + 14])
                        )
                        and (k := self.author_verb_after(j, sid)) >= 0
                    ):
                        # "ترجمة لبرقية أرسلها السفير X", "برقية تعود إلى فبراير
                        # 2008، بعث بها السفير X": "البرقية" later is X's
                        if toks[k] in _SIGNED_BY:
                            k += 1  # "وموقعة من السفير X": the participle's agent
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
                    and (t[0] != "ل" or (hit_toks and cue_hits[hit_toks[-1]].np_end == i))
                ):
                    # "جمع السفير جيفري فيلتمان بالنائب وليد جنبلاط": learn names
                    # and roles even outside speech, for later short mentions
                    # (a title glued to لل only as the addressee right after a
                    # cue's subject: "قال أبو الغيط للسفيرة X"; the phrase
                    # ends with the title's line: "ردّ الوزير" (a subhead),
                    # then "وفي رده …", is no "الوزير وفي")
                    line_end = self.sent_first.get(self.sent[i] + 1, self.n)
                    b, ra, rb = self.scan_np(i + 1, line_end, None, titled=True)
                    if i + 1 < self.n and toks[i + 1] in _CUE_WORDS:
                        ent = None  # "أن الوزير قال له": the title and its verb
                    else:
                        ent = self.classify(i, b, ra, rb, None)
                    if _named_person(ent):
                        canonical(ent)
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
                        and (toks[j].startswith("ال") or toks[j].startswith("لل"))
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

        for q in quotes:
            register_mentions(q.open_tok)
            attribution = self.attribute(q, cue_hits, cue_subjects, entities, prev, agree)
            ent = attribution.entity
            if ent is not None:
                ent = canonical(ent)
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
                    and ent.key.startswith("title:")
                    and ent.key[6:] in _GENERIC_TITLES
                    and len((ent.role or "").split()) <= 2
                    and prev is not None
                    and prev[0] is not None
                )
                if (
                    generic_after_speaker
                    and prev[0].kind == PERSON
                    and not prev[0].key.startswith("title:")
                    and prev[3] >= self.sent[q.open_tok] - 2
                    and prev[0].gender == ent.gender
                ):
                    # "وأضاف المسؤول الحكومي": a description of the last speaker
                    ent = prev[0]
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
            if self.first_said == self.n and attribution.cue != ":":
                # (a headline "وزير التربية: «…»" comes before the lead it sums up)
                self.first_said = self.sent[q.open_tok]
                said_cue = attribution.cue_tok
                self.first_said_tok = q.open_tok if said_cue is None else min(said_cue, q.open_tok)
            date, precision = self.date_for(q, attribution, prev, ent)
            role = ent.role if ent is not None else None
            if ent is not None and ent.kind == GROUP and role is None:
                role = _group_role(ent, anon_plurals)
            cable = self.cable_for(q, attribution, prev, ent)
            a, b = doc.omap(q.start), doc.omap(q.end)
            speakers.append(ent)
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
                attribution.cue,
                attribution.via,
                cable,  # cable_ref
                rounded,  # confidence
            )
            quote.__class__ = ExtractedQuote  # (see types.mutable_twin)
            results.append(quote)
            teller = ent
            if attribution.cue_tok is not None and prev is not None:
                teller = self.relayed_by(attribution.cue_tok, cue_subjects, prev[0]) or ent
            prev = (teller, date, precision, self.sent[q.open_tok], cable)
            if date is not None:
                sid = self.sent[q.open_tok]
                self.doc_ctx = (date, precision, sid, False)
                if ent is not None:
                    self.speaker_dates[id(ent)] = (date, precision, sid, ent)
            register_mentions(q.close_tok + 1)
        # a headline quoted "محمد بن راشد" before the full mention: the person's
        # final name and fullest role
        for k, ent in enumerate(speakers):
            if ent is not None and ent.kind == PERSON and results[k].role != ent.role and ent.role:
                results[k] = replace(results[k], speaker=ent.surface, role=ent.role)
        return results

    def statement_issuer(self, q: _Quote, cue_subjects) -> _Entity | None:
        """Who issued the statement ("بيان", "بلاغ") a quote is read from: in
        the sentence that tells of it (the quote's own or one of the three
        before), a body or a named person that speaks ("وفي بيان …، طالبت
        التنسيقية"), or the body a clause opens with after its verb ("قرر
        مجلس الإدارة … بما وصفه البيان", "قررت المندوبية … وفق بلاغ نشرته")."""
        toks = self.doc.toks
        sid = self.sent[q.open_tok]
        lo = self.sent_first[max(0, sid - 3)]
        told = []
        for k in range(q.open_tok - 1, lo - 1, -1):
            t = toks[k]
            if self.in_quote[k]:
                continue
            if t in _STATEMENTS or (len(t) > 4 and t[0] in "وبف" and t[1:] in _STATEMENTS):
                s = self.sent[k]
                if not told or told[-1] != s:
                    told.append(s)
        for s in told:
            first = self.sent_first[s]
            for t_, e, _h in reversed(cue_subjects):
                if self.sent[t_] < s:
                    break
                if self.sent[t_] == s and (e.kind == ORGANIZATION or _named_person(e)):
                    return e
            end = self.sent_first.get(s + 1, self.n)
            k = first
            while k < end:
                # each clause's first word, then the phrase after it
                w = toks[k]
                if (
                    self.is_word[k]
                    and not self.in_quote[k]
                    and len(w) > 2
                    and w[:2] != "ال"
                    and w not in lx.NP_STOP
                    and w not in _CONJUNCTIONS
                    and w not in _TITLE_LIKE
                    and k + 1 < end
                    and self.is_word[k + 1]
                ):
                    b, ra, rb = self.scan_np(k + 1, end, None)
                    if b > k + 1:
                        e = self.classify(k + 1, b, ra, rb, None)
                        if e is not None and e.kind == ORGANIZATION:
                            return e
                while k < end and toks[k] not in _COMMAS:
                    k += 1
                k += 1
        return None

    def subject_of(self, hit: _CueHit) -> _Entity | None:
        """The explicit speaker a cue names, if any."""
        cue = hit.cue
        if hit.pronoun is not None:
            return None
        toks = self.doc.toks
        t0 = toks[hit.np_start] if hit.np_start + 1 < self.n else ""
        if t0 in _SUBJECT_START_SPECIAL:  # (one test for the rare first words)
            if t0 in _PRONOUN_SKIP and (t0 in _RESUMPTIVE_SKIP or self.is_word[hit.np_start + 1]):
                # "وحسب ما صرح به مصدر …": the subject follows the resumptive
                # pronoun; "فرد عليه X": the object pronoun comes before the subject
                hit.np_start += 1
            elif cue.kind == lx.RELAY and t0 in _IN_IT and self.is_word[hit.np_start + 1]:
                # "فتنقل فيها السفارة عن ناشطة قولها": the relayer after the
                # resumptive "in it" (the cable)
                hit.np_start += 1
            elif t0 in _MANNER:
                # "وتقول بنبرة ساخرة:": the adverbial, then maybe the subject
                j = hit.np_start + 1
                if (
                    t0 in _MANNER_WITH_ADJECTIVE
                    and self.is_word[j]
                    and not toks[j].startswith("ال")
                    and toks[j] not in lx.NP_STOP
                ):
                    j += 1
                hit.np_start = j
            elif t0 in _INTERLOCUTORS:
                hit.np_end = hit.np_start + 1
                self._np_end = hit.np_end
                return None  # "وتضيف محدثتنا:": the person last introduced
        b, ra, rb = self.scan_np(hit.np_start, self.n, cue)
        self._np_end = b if b > rb else rb
        hit.np_end = b
        if cue.kind == lx.RELAY:
            # نقلت وكالة X عن مصدر Y, نسبت البرقية إلى Y: the speaker is Y
            k = b
            particle = _RELAY_PARTICLE.get(cue.lemma, "عن")
            toks = self.doc.toks
            if k + 2 < self.n and toks[k] in lx.ROLE_PREPOSITIONS and toks[k] != particle:
                # "تنقل السفارة الأميركية في بيروت عن مسؤولين"
                m = k + 1
                while m < self.n and m - k < 4 and self.is_word[m] and toks[m] != particle:
                    m += 1
                if m < self.n and toks[m] == particle:
                    k = m
            elif k + 4 < self.n and toks[k] in _COMMAS and b > hit.np_start:
                # "وتنقل البرقية، التي وقعها السفير X، عن الملك قوله": a
                # relative or an apposition in commas before the particle
                m = k + 1
                while m < self.n and m - k < 12 and self.is_word[m] and not self.in_quote[m]:
                    m += 1
                if m + 1 < self.n and toks[m] in _COMMAS and toks[m + 1] == particle:
                    k = m + 1
            elif k + 2 < self.n and toks[k][:1] == "ل" and self.is_word[k] and b > hit.np_start:
                # "ونقلت الوكالة السورية للأنباء (سانا) عن", "الوكالة الوطنية
                # للإعلام عن": the agency's genitive after لـ, then the particle
                m = k + 1
                while (
                    m < self.n
                    and m - k < 7
                    and toks[m] != particle
                    and (self.is_word[m] or toks[m] in "()")
                    and not self.in_quote[m]
                ):
                    m += 1
                if m < self.n and toks[m] == particle:
                    k = m
            elif k + 4 < self.n and toks[k] in QUOTE_MARKS and b > hit.np_start:
                # "نقلت وكالة "سانا" التابعة للنظام عن مصدر": the outlet's
                # name in marks and its apposition come before the particle
                m = k + 1
                while (
                    m < self.n
                    and m - k < 7
                    and (self.is_word[m] or toks[m] in QUOTE_MARKS)
                    and toks[m] != particle
                ):
                    m += 1
                if m < self.n and toks[m] == particle:
                    k = m
            elif (
                k + 2 < self.n
                and b > hit.np_start
                and (
                    toks[hit.np_start] in lx.DOCUMENT_HEADS
                    or _base(toks[hit.np_start]) in lx.DOCUMENT_HEADS
                )
                and toks[k] != particle
            ):
                # "وتنقل برقية أخرى (09TUNIS377) تعود إلى جوان 2009 عن رجل
                # أعمال": the document's reference and date before the particle
                m = k
                while (
                    m < self.n
                    and m - k < 10
                    and (self.is_word[m] or toks[m] in "()")
                    and not self.in_quote[m]
                    and toks[m] != particle
                    and _cue_of(toks[m]) is None
                ):
                    m += 1
                if m < self.n and toks[m] == particle:
                    k = m
            if k < self.n and toks[k] == particle:
                b2, ra2, rb2 = self.scan_np(k + 1, self.n, None)
                ent = self.classify(k + 1, b2, ra2, rb2, None)
                if ent is not None:
                    if b > hit.np_start:
                        hit.relayer = self.classify(hit.np_start, b, ra, rb, None)
                        if (
                            hit.relayer is not None
                            and hit.relayer.kind == DOCUMENT
                            and b + 3 < self.n
                            and toks[b] in _COMMAS
                            and toks[b + 1] in _RELATIVES
                            and toks[b + 2] in lx.AUTHOR_VERBS
                        ):
                            # "وتنقل البرقية، التي وقعها السفير X، عن": its author
                            b3, ra3, rb3 = self.scan_np(b + 3, self.n, None)
                            author = self.classify(b + 3, b3, ra3, rb3, None)
                            if author is not None and author.kind == PERSON and author.key:
                                self.doc_author = author
                    return ent
            return self.classify(hit.np_start, b, ra, rb, None)
        if cue.kind == lx.PARTICIPLE:
            return None  # the clause subject speaks
        toks = self.doc.toks
        if (
            toks[hit.tok][0] in "وف"
            and _lemma_key(cue) in _OBJECT_VERBS
            and b < self.n
            and (toks[b].startswith("ب") or toks[b] in {"الي", "علي"})
            and hit.tok > 0
            and self.sent[hit.tok - 1] == self.sent[hit.tok]
            and (toks[hit.tok - 1] in _COMMAS or toks[hit.tok - 1] in QUOTE_MARKS)
        ):
            # "…، وطالب المجتمع الدولي بـ"…"": in a coordinated clause the
            # subject is elided and the phrase is the verb's object
            return None
        ent = self.classify(hit.np_start, b, ra, rb, cue, lam=hit.lam)
        if ent is not None and ent.kind == DOCUMENT:
            r = b + 1 if b + 3 < self.n and toks[b] in _COMMAS else b
            if (
                r + 2 < self.n
                and toks[r] in _RELATIVES
                and toks[r + 1] in lx.AUTHOR_VERBS
                and ent.surface
            ):
                # "البرقية (…) التي وقعتها القائمة بالأعمال مورا كونيلي", "وتسجل
                # البرقية، التي وقعها السفير X، أن"
                b2, ra2, rb2 = self.scan_np(r + 2, self.n, None)
                author = self.classify(r + 2, b2, ra2, rb2, None)
                if author is not None and author.kind == PERSON and author.role:
                    self.doc_author = author
                    return author
            if normalize_first(ent.surface)[:2] == "ال" and self.doc_author is not None:
                # "وتضيف البرقية": the cable whose author was named
                return self.doc_author
        return ent

    def via_of(self, hit: _CueHit, upto: int) -> str | None:
        doc = self.doc
        toks = doc.toks
        if hit.cue.kind == lx.RELAY and hit.pronoun is not None:
            b, _, _ = self.scan_np(hit.np_start, self.n, None)
            if b > hit.np_start:
                return doc.orig(doc.starts[hit.np_start], doc.ends[b - 1])
        if hit.cue.kind == lx.RELAY:
            b, _, _ = self.scan_np(hit.np_start, self.n, None)
            particle = _RELAY_PARTICLE.get(hit.cue.lemma, "عن")
            if b > hit.np_start and hit.np_start < self.n and toks[b : b + 1] == [particle]:
                return doc.orig(doc.starts[hit.np_start], doc.ends[b - 1])
        stop = upto if upto < self.n else self.n  # (not min(): see run())
        inside = self.in_quote.find(1, hit.tok + 1, stop)
        end = stop if inside == -1 else inside
        if _MAY_NAME_OUTLET.isdisjoint(toks[hit.tok + 1 : end]):
            return None  # (what the loop below finds then)
        for k in range(hit.tok + 1, end):
            t = toks[k]
            if t not in _MAY_NAME_OUTLET:
                continue
            outlet = None
            if t == "ل" and k + 1 < self.n and toks[k + 1] in QUOTE_MARKS:
                # "صرح لـ«الشروق»": the outlet is the name in marks
                m = k + 2
                while m < self.n and m - k < 6 and toks[m] not in QUOTE_MARKS:
                    m += 1
                if m < self.n and m > k + 2:
                    return doc.orig(doc.starts[k + 2], doc.ends[m - 1])
                continue
            if t.startswith("ل") and t[1:] in lx.OUTLET_HEADS:
                outlet, skip, prefix = t, 1, ""
            elif t.startswith("لل") and "ال" + t[2:] in lx.OUTLET_HEADS:
                outlet, skip, prefix = t, 2, "ال"
            elif (
                t in lx.OUTLET_HEADS
                and k > 0
                and (toks[k - 1] in {"مع", "عن", "نقلا"} or toks[k - 1].startswith("نقل"))
            ):
                outlet, skip, prefix = t, 0, ""
            if outlet is None:
                continue
            j = k + 1
            if j < self.n and toks[j] in QUOTE_MARKS:
                # "لإذاعة "موزاييك"": take the name in marks with its marks
                m = self.closing_mark(j, self.n, 6)
                if m >= 0:
                    j = m + 1
            while j < upto and j - k < 4 and self.is_word[j] and toks[j] not in lx.NP_STOP:
                if toks[j] in _THAT:
                    break
                j += 1
            return prefix + doc.orig(doc.starts[k] + skip, doc.ends[j - 1])
        return None

    def attribute(self, q, cue_hits, cue_subjects, entities, prev, agree) -> _Attribution:
        doc = self.doc
        toks = doc.toks
        sid = self.sent[q.open_tok]
        first = self.sent_first[sid]
        # left context: from the sentence start or the previous quote's end
        # (the last token inside a quote before this one: its closing mark)
        lo = self.in_quote.rfind(1, first, q.open_tok) + 1 or first
        hit_toks = self.hit_toks
        left = hit_toks[bisect_left(hit_toks, lo) : bisect_left(hit_toks, q.open_tok)]
        hit = cue_hits[left[-1]] if left else None
        if (
            hit is not None
            and hit.cue.kind == lx.PREPOSITION
            and len(left) >= 2
            and cue_hits[left[-2]].cue.kind in (lx.VERB, lx.RELAY)
            and (
                toks[hit.tok - 1] in _COMMAS
                or (
                    # "واضاف المسؤول بحسب البرقية ان": right after the verb's
                    # subject, with no و of its own, the source is an aside
                    toks[hit.tok] in _ACCORDING_TO
                    and hit.tok - left[-2] <= 5
                    and self.sent[left[-2]] == self.sent[hit.tok]
                    and not any(self.in_quote[left[-2] : hit.tok])
                    and _THAT.isdisjoint(toks[left[-2] + 1 : hit.tok])
                )
            )
        ):
            # "ويقول جنبلاط، بحسب البرقية، إن …": the source is parenthetical
            hit = cue_hits[left[-2]]
        elif (
            hit is not None
            and len(left) >= 2
            and toks[hit.tok] in _DESCRIBED
            and hit.tok + 2 < q.open_tok
            and toks[hit.tok + 1] in _AS_BEING
            and toks[hit.tok + 2] in QUOTE_MARKS
        ):
            # "نقلت السفارة عن ناشط وصفته بأنه "مصدر موثوق" قوله إن": the
            # label's clause describes the relayed; the relay cue quotes him
            hit = cue_hits[left[-2]]
        if q.headline > 0:
            b, ra, rb = self.scan_np(0, q.headline, None)
            ent = self.classify(0, b, ra, rb, None) if b == q.headline else None
            if ent is not None:
                return _Attribution(ent, ":", confidence=0.6, cue_tok=0)
        if q.answer:
            if not q.marked and toks[q.open_tok] == ":":
                k = q.open_tok
                while k > first and q.open_tok - k < 3 and self.is_word[k - 1]:
                    k -= 1
                if (
                    k < q.open_tok
                    and (k == first or toks[k - 1] not in _COMMAS)
                    and toks[q.open_tok - 1] not in _ANSWER_LABELS
                ):
                    b, ra, rb = self.scan_np(k, q.open_tok, None)
                    ent = self.classify(k, b, ra, rb, None) if b == q.open_tok else None
                    if ent is not None:
                        return _Attribution(ent, ":", confidence=0.6, cue_tok=k)
            if prev is not None and prev[0] is not None:
                return _Attribution(prev[0], None, confidence=0.6, follow_up=True)
            for _t, ent, _h in reversed(cue_subjects):
                if ent.kind == PERSON:
                    return _Attribution(ent, None, confidence=0.5, follow_up=True)
            for ent in reversed(self._persons):
                if ent.pos < q.start:
                    # "تحدثت رئيسة الجمعية X عن …" then the questions
                    return _Attribution(ent, None, confidence=0.45, follow_up=True)
            return _Attribution(None, None, confidence=0.3)
        right_side = False
        if hit is None and q.open_tok >= 2 and toks[q.open_tok - 1] == ":":
            # a headline or a transcript: "الغنوشي: «…»"
            k = q.open_tok - 2
            while k > first and q.open_tok - k < 7 and self.is_word[k - 1]:
                k -= 1
            if self.is_word[k] and (
                k == first
                # (the lines run together: right after the last label's
                # quote or the colon that announces them, "… المداخلات:
                # النائب X: «…» النائبة Y: «…»")
                or toks[k - 1] == ":"
                or (toks[k - 1] in QUOTE_MARKS and self.in_quote[k - 1])
            ):
                b, ra, rb = self.scan_np(k, q.open_tok - 1, None)
                if b == q.open_tok - 1:
                    ent = self.classify(k, b, ra, rb, None)
                    if ent is not None:
                        return _Attribution(ent, ":", confidence=0.6, cue_tok=k)
        if hit is None:
            # a cue right after the quote: "…"، قال الوزير / بحسب المصدر
            k = q.close_tok + 1
            steps = 0
            if k < self.n and toks[k] == ":":
                k = self.n  # "“القدس العربي”:": a label heading what follows
            close_sid = self.sent[min(q.close_tok, self.n - 1)]
            while k < self.n and steps < 3 and not self.in_quote[k]:
                t = toks[k]
                if t in _SENTENCE_END and k + 1 < self.n and toks[k + 1] in _BACK_REFERENCE:
                    close_sid = self.sent[k + 1]  # "«…». بهذه العبارة اختصر مصدر …"
                    k += 1
                    continue
                if t in _SENTENCE_END or self.sent[k] != close_sid:
                    break
                if t in _NEW_CLAUSE:
                    break  # "…"، في حين قالت X إن": a new clause
                if (
                    t in _BACK_REFERENCE
                    and k + 2 < self.n
                    and toks[k + 1] in _SPEECH_NOUNS
                    and self.is_word[k + 2]
                    and toks[k + 2] not in lx.NP_STOP
                ):
                    # "«…»، بهذه الكلمات افتتحت المفوضة X المؤتمر": whatever the verb
                    h = self.cue_at(k + 2)
                    if h is None:
                        v = toks[k + 2]
                        g = _F if v[-1] == "ت" or v[0] == "ت" else _M
                        h = _CueHit(k + 2, k + 3, lx.Cue("", lx.VERB, g, _SG))
                    hit = h
                    right_side = True
                    break
                h = self.cue_at(k)
                if h is not None:
                    if t[0] in "وف" and t not in lx.CUES:
                        break  # "…"، وطالب …": a new clause, not "…"، قال X
                    hit = h
                    right_side = True
                    break
                if t not in _COMMAS and t not in _AFTER_QUOTE_FILLERS:
                    steps += 1
                k += 1
        if hit is None:
            # no cue: the last speaker named or resolved nearby carries on
            for tok, ent, _h in reversed(cue_subjects):
                if tok < q.open_tok and self.sent[tok] >= sid - 2:
                    return _Attribution(ent, None, confidence=0.55, follow_up=True, cue_tok=tok)
                break
            if prev is not None and prev[0] is not None and prev[3] >= sid - 2:
                return _Attribution(prev[0], None, confidence=0.5, follow_up=True)
            # "حمّل رئيس الوزراء X الاحتلال "…"": the quote is an argument of the
            # sentence's verb, whose subject is the likeliest speaker
            pseudo = _CueHit(q.open_tok, q.open_tok, _NO_CUE)
            ent = self.main_clause_subject(pseudo, first)
            if ent is not None:
                return _Attribution(ent, None, confidence=0.4, follow_up=True)
            return _Attribution(None, None, confidence=0.3)

        cue = hit.cue
        cue_text = doc.orig(doc.starts[hit.tok], doc.ends[hit.np_start - 1])
        if right_side:
            end = self.n
            ent = self.subject_of(hit)
            k = hit.np_start
            close_sid = self.sent[hit.tok]
            while k < end and self.sent[k] == close_sid and not self.in_quote[k]:
                k += 1
            clause = (q.close_tok + 1, k)
        else:
            ent = None
            for tok, e, h in reversed(cue_subjects):
                if h is hit:
                    ent = e
                    break
                if tok < hit.tok:
                    break
            clause = (hit.tok, q.open_tok)
        via = self.via_of(hit, q.open_tok if not right_side else hit.np_start + 12)
        confidence = 0.9
        follow_up = False
        if ent is not None and ent.kind == DOCUMENT:
            # "جاء في برقية أنه بالنسبة للأمريكيين "…"": the Americans speak
            for k in range(hit.np_start, q.open_tok):
                if toks[k] == "بالنسبه" and k + 1 < q.open_tok and toks[k + 1].startswith("ل"):
                    b, ra, rb = self.scan_np(k + 1, q.open_tok, None)
                    b = max(b, k + 2)
                    other = self.classify(k + 1, b, ra, rb, None, lam=True)
                    if other is not None and other.kind in (GROUP, PERSON, ORGANIZATION):
                        ent = other
                        confidence = 0.75
                    break
        if cue.kind == lx.VERB and not right_side:
            # "أن السفيرة … سكوبي حذرت": after أنّ the subject precedes the
            # verb, and what follows the verb is its object
            fronted = self.subject_after_that(hit, lo)
            if fronted is not None:
                ent = fronted
                confidence = 0.85
        if (
            toks[hit.tok - 1] in _THAT_PRONOUN
            and ent is None
            and cue.kind == lx.VERB
            and not right_side
            and hit.tok > first
        ):
            # "يكتب فيلتمان أن السنيورة بدا «…»، وأنه قال له إن «…»": the
            # pronoun takes up the subject of the earlier "أن X" clause
            ent = self.earlier_that_subject(hit, first)
            if ent is not None:
                return _Attribution(ent, cue_text, via, 0.7, False, hit.tok, clause)
        resumptive = hit.np_start < self.n and toks[hit.np_start] in _RESUMPTIVE
        if resumptive and cue.kind == lx.IMPERSONAL and not right_side:
            ent = None
            if toks[hit.tok - 1] in _RELATIVES:
                ent = self.statement_owner(hit.tok - 1, first)
            if ent is None:
                ent = self.main_clause_subject(hit, first)
            if ent is not None:
                return _Attribution(ent, cue_text, via, 0.75, False, hit.tok, clause)
        if ent is not None and (
            (hit.np_start < self.n and toks[hit.np_start] in _THE_LATTER)
            or _NORMALIZED[ent.surface] in _THE_LATTER
        ):
            # "يلتقي برينان الرئيس اليمني، فيقول له الأخير": the person
            # mentioned last before the cue ("قائلا إن الأخير قال له": also
            # as the subject before it)
            latter = self.last_mentioned(hit.tok, first, ent.gender)
            if latter is not None:
                if latter.key.startswith("title:"):
                    latter.key = ""  # (this very mention, not the last "الرئيس" named)
                ent = latter
        if ent is None and cue.kind in (lx.VERB, lx.RELAY) and not right_side and not resumptive:
            ent = self.subject_before(hit, lo)
            if ent is not None:
                confidence = 0.85
        if ent is None:
            # elided subject / pronoun: resolve by agreement
            g, n = hit.pronoun if hit.pronoun else (cue.gender, cue.number)
            near = toks[max(first, hit.tok - 3) : hit.tok]
            if hit.np_start < self.n:
                near.append(toks[hit.np_start])
            if not _HONORIFIC_PRONOUNS.keys().isdisjoint(near):
                # "وختم سموه تصريحه بالقول": whom the honorific names
                word = next(w for w in near if w in _HONORIFIC_PRONOUNS)
                hon = self.honorific_antecedent(
                    hit, sid, entities, _HONORIFIC_PRONOUNS[word], g, n, agree
                )
                if hon is not None:
                    return _Attribution(hon, cue_text, via, 0.75, True, hit.tok, clause)
            author = self.doc_author
            if (
                author is not None
                and hit.np_start < self.n
                and toks[hit.np_start] in {"فيه", "فيها"}
                and author.sentence == sid
                and author.pos < doc.starts[hit.tok]
            ):
                # "ترجمة لبرقية أرسلها السفير X في …، يصف فيها …": the
                # document's author, named in this sentence, writes in it
                return _Attribution(author, cue_text, via, 0.75, False, hit.tok, clause)
            if hit.np_start < self.n and toks[hit.np_start] in _RESUMPTIVE:
                # "أصدرت الوزارة بيانا أكدت فيه أن …": a relative clause; its
                # subject is the main clause's ("أما جمعية المصارف فاكتفت ببيان
                # قالت فيه": the topic's)
                ent = None
                if toks[first] in _AMMA:
                    ent = self.sentence_topic(first, hit.tok)
                if ent is None:
                    ent = self.main_clause_subject(hit, first)
                if ent is not None:
                    return _Attribution(ent, cue_text, via, 0.75, False, hit.tok, clause)
            if cue.kind == lx.PARTICIPLE and not any(
                self.sent[t] == sid and t < hit.tok for t, _e, _h in cue_subjects[-3:]
            ):
                # "اكتفى مصدر حكومي بالقول", "وسارع X إلى الترحيب، قائلا": no
                # cue before in the sentence, the clause's own subject first
                ent = self.main_clause_subject(hit, first)
                if ent is not None and ((g is None and n is None) or agree(ent, g, n)):
                    return _Attribution(ent, cue_text, via, 0.7, False, hit.tok, clause)
            elif cue.kind == lx.PARTICIPLE:
                # "قال X إن "…"، فيما اكتفت مصادر … بالقول": a clause of its own
                # after the earlier cue; its own subject before the last speaker
                own = self.main_clause_subject(hit, first, own_clause=True)
                if (
                    own is not None
                    and not (own.kind == PERSON and own.key.startswith("title:"))
                    and ((g is None and n is None) or agree(own, g, n))
                ):
                    # (a title alone may be a named person cut short by the
                    # verb's object: the mentions resolve it better)
                    return _Attribution(own, cue_text, via, 0.7, False, hit.tok, clause)
            if toks[hit.tok - 1] in _SINCE and hit.tok - 2 > first and cue.kind == lx.VERB:
                # "لكن ريغو كان أقل تفاؤلا، إذ قال": the clause's topic
                own = self.clause_topic(hit.tok - 1, first)
                if own is not None and agree(own, g, n):
                    return _Attribution(own, cue_text, via, 0.7, False, hit.tok, clause)
            if (
                toks[hit.tok - 1] in _COMMAS
                and toks[hit.tok][0] == "و"
                and hit.tok > first
                and cue.kind == lx.VERB
                and hit.pronoun is None
                and bisect_left(self.hit_toks, first) == bisect_left(self.hit_toks, hit.tok)
            ):
                # "وانتقد الخبير X السياسات، وقال إن": a coordinated verb with
                # no subject shares the sentence's first verb's, before the
                # last speaker (no cue before it in the sentence)
                own = self.main_clause_subject(hit, first)
                if (
                    own is not None
                    and (
                        _named_person(own)
                        or own.kind == ORGANIZATION  # "رحبت غرفة التجارة بالقرار، وقالت"
                    )
                    and agree(own, g, n)
                ):
                    return _Attribution(own, cue_text, via, 0.7, False, hit.tok, clause)
            ent = self.resolve(hit.tok, sid, g, n, cue_subjects, entities, prev, agree)
            follow_up = True
            confidence = 0.75 if ent is not None else 0.3
            if ent is None:
                ent = self.main_clause_subject(hit, first)
                if ent is not None and (g is not None or n is not None) and not agree(ent, g, n):
                    ent = None  # "نقل عنه": "him" is not the feminine cable
                confidence = 0.6 if ent is not None else 0.3
        return _Attribution(ent, cue_text, via, confidence, follow_up, hit.tok, clause)

    def main_clause_subject(
        self, hit: _CueHit, first: int, own_clause: bool = False
    ) -> _Entity | None:
        """ "وانتقد الوزير X المعارضة قائلا: …": the subject of the clause's
        first verb, whatever that verb is (with ``own_clause``, only of the
        clause the cue is in, and only when no earlier cue is in it)."""
        toks = self.doc.toks
        if not own_clause and hit.tok - first > _RUN_ON:
            # a sentence run on from the ones before, their full stops
            # dropped: the nearest "و+verb TITLE …" before the cue in its
            # clause ("… وتطاير الحصى واستهل النائب X مرافعته بالقول")
            for k in range(hit.tok - 2, max(first, hit.tok - 12), -1):
                t = toks[k]
                if not self.is_word[k] or self.in_quote[k]:
                    break
                if (
                    t[0] == "و"
                    and len(t) > 3
                    and t[1:3] != "ال"
                    and toks[k + 1] in _TITLE_LIKE
                    and t not in _FRONTING_OR_CONJ
                    and t[1:] not in lx.NP_STOP
                ):
                    b, ra, rb = self.scan_np(k + 1, hit.tok, None)
                    if b > k + 1:
                        ent = self.classify(k + 1, b, ra, rb, hit.cue)
                        if ent is not None and ent.kind == PERSON and ent.role:
                            return ent
                    break
        # the clause the cue is in, then the earlier clauses of the sentence
        starts = []
        k = hit.tok - 1
        while k > first and len(starts) < 4:
            if toks[k] in _CLAUSE_PUNCT or (toks[k] in QUOTE_MARKS and self.in_quote[k]):
                # (marks around a name, "برنامج "زيت تونس أولا"", open no clause)
                starts.append(k + 1)
                if own_clause:
                    break
            k -= 1
        if own_clause:
            if not starts:
                return None
            hit_toks = self.hit_toks
            if bisect_left(hit_toks, starts[0]) < bisect_left(hit_toks, hit.tok):
                return None  # an earlier cue in the clause: it has its subject
        else:
            starts.append(first)
        for c, k in enumerate(starts):
            if k == first and not own_clause:
                # "لكن الوزير X، المحسوب على …، خرج من الجلسة، وقال": the
                # sentence opens with its subject, set off by commas
                found = self.fronted_subject(k, hit.tok - 1, hit.cue, strict=True)
                if found is not None:
                    return found[0]
            aux = False
            k0 = k
            while k < hit.tok and (
                not self.is_word[k] or toks[k] in _CONJUNCTIONS or toks[k] in _AUXILIARIES
            ):
                aux = aux or toks[k] in _AUXILIARIES
                k += 1
            if k >= hit.tok - 1 or self.in_quote[k] or toks[k] in lx.NP_STOP:
                continue
            if (
                k != first
                and not (aux and k0 == first)
                and (toks[k] in _TITLE_LIKE or toks[k].startswith("ال"))
            ):
                # "…، وزير الشؤون النيابية، على النائب قائلا": an apposition
                # (but "وكانت الجمعية قد أصدرت بيانا قالت فيه": the sentence's
                # subject after its auxiliary)
                continue
            if (
                c + 1 < len(starts)
                and (e := starts[c + 1]) != first
                and (toks[e] in _TITLE_LIKE or toks[e].startswith("ال"))
            ):
                # "والتمس ممثل النيابة، نائب الوكيل العام X، إدانة جميع
                # المتهمين، معتبرا": after an apposition, the main clause's
                # object, no new verb
                continue
            s0 = k + 1
            if aux:
                b, ra, rb = self.scan_np(k, hit.tok, None)
                if b > k and b < hit.tok and toks[b] == "قد":
                    # "وكانت وزارة الفلاحة قد أطلقت …، وأكدت": after an
                    # auxiliary, the subject before قد and the verb
                    s0 = k
            if toks[s0] in QUOTE_MARKS and s0 + 2 < hit.tok and toks[s0 + 1] in _NAMED_BY_LABEL:
                # "رحّبت "كتلة X" النيابية بالقرار، معتبرة": the body named in
                # marks right after the verb is its subject
                m = s0 + 2
                while m < hit.tok and m - s0 < 8 and self.is_word[m]:
                    m += 1
                if m < hit.tok and toks[m] in QUOTE_MARKS:
                    ent = self.classify(s0 + 1, m, m, m, hit.cue)
                    if ent is not None and ent.kind == ORGANIZATION:
                        return ent
            b, ra, rb = self.scan_np(s0, hit.tok, None)
            if b <= s0:
                continue
            ent = self.classify(s0, b, ra, rb, hit.cue)
            if ent is None or (ent.kind == PERSON and not ent.role and not self.known(ent)):
                continue  # (a bare name only of a person the text introduced)
            return ent
        return None

    def known(self, ent: _Entity) -> bool:
        """ "انسحب البطوش من القاعة، قائلا": a bare name is a subject when the
        text introduced that person before (with a title or a cue)."""
        words = _key_words(ent.key) if ent.key and not ent.key.startswith("title:") else None
        if not words:
            return False
        return any(words <= _key_words(p.key) for p in self._persons if p.key)

    def earlier_that_subject(self, hit: _CueHit, first: int) -> _Entity | None:
        """The named subject of the last "أن X …" clause before ``hit`` in its
        sentence, if it agrees with the pronoun glued to the "أن" before it."""
        toks = self.doc.toks
        gender = _F if _THAT_PRONOUN[toks[hit.tok - 1]] == "f" else _M
        for k in range(hit.tok - 2, max(first, hit.tok - 40) - 1, -1):
            if toks[k] not in _THAT or toks[k] in _THAT_PRONOUN or self.in_quote[k]:
                continue
            if not self.is_word[k + 1] or self.in_quote[k + 1]:
                return None
            b, ra, rb = self.scan_np(k + 1, hit.tok - 1, None)
            for m in range(k + 2, b):
                if toks[m] in _COPULAS:
                    b, ra, rb = m, min(ra, m), min(rb, m)  # "أن السنيورة بدا …"
                    break
            if b <= k + 1:
                return None
            ent = self.classify(k + 1, b, ra, rb, hit.cue)
            if ent is None or ent.kind not in (PERSON, ORGANIZATION) or ent.gender != gender:
                return None
            return ent
        return None

    def subject_after_that(self, hit: _CueHit, lo: int) -> _Entity | None:
        toks = self.doc.toks
        k = hit.tok - 1
        if k > lo and toks[k] in _COMMAS:
            return self.that_subject_in_commas(hit, lo)
        while k >= lo and hit.tok - k <= 16:
            t = toks[k]
            if t in _THAT:
                if k + 1 >= hit.tok:
                    return None
                b, ra, rb = self.scan_np(k + 1, hit.tok, None)
                if b < hit.tok and toks[b] == "علي":
                    # the phrase must reach the verb: "علي" inside it is the name Ali
                    b, ra, rb = self.scan_np(k + 1, hit.tok, None, ali=True)
                if b != hit.tok or rb > ra:
                    return None
                ent = self.classify(k + 1, b, ra, rb, hit.cue)
                if ent is None or (ent.kind == PERSON and not ent.role and b - k > 3):
                    return None
                return ent
            if not self.is_word[k] or self.in_quote[k] or _cue_of(t) is not None:
                return None
            k -= 1
        return None

    def that_subject_in_commas(self, hit: _CueHit, lo: int) -> _Entity | None:
        """ "أن السفير الأمريكي بالرباط، جيمس ويلكنسون، أفاد بأن": a titled
        subject after أنّ with its name (or role) set off by commas right
        before the verb."""
        toks = self.doc.toks
        is_word = self.is_word
        comma = hit.tok - 1
        k = comma - 1
        while k > lo and comma - k <= 6 and is_word[k] and not self.in_quote[k]:
            k -= 1
        if k <= lo or toks[k] not in _COMMAS or k == comma - 1:
            return None
        c1 = k
        k -= 1
        while k >= lo and c1 - k <= 10 and is_word[k] and not self.in_quote[k]:
            if toks[k] in _THAT:
                break
            k -= 1
        if k < lo or toks[k] not in _NAMED_THAT or k + 1 >= c1:
            return None
        b, ra, rb = self.scan_np(k + 1, hit.tok, None)
        if b != c1:
            return None
        if ra != c1 + 1 or rb != comma:
            # "فإن مسؤولا في الرئاسة، طلب عدم نشر اسمه، أكد": an aside about
            # the subject, neither its name nor its role
            if _IS_TITLE_HEAD[toks[c1 + 1]]:
                return None
            ent = self.classify(k + 1, b, b, b, hit.cue)
            if ent is not None and (ent.kind == ANONYMOUS or (ent.kind == PERSON and ent.key)):
                return ent
            return None
        ent = self.classify(k + 1, b, ra, rb, hit.cue)
        if ent is None or ent.kind != PERSON or not ent.key or not ent.role:
            return None
        return ent

    def subject_before(self, hit: _CueHit, lo: int) -> _Entity | None:
        """Subject–verb order: "والفرنسيون قالوا إن …"."""
        toks = self.doc.toks
        if hit.tok - 1 >= lo and toks[hit.tok - 1] in _RELATIVES:
            # "الوزير مروان حمادة الذي يبلغه …": the relative's antecedent
            rel = hit.tok - 1
            if rel - 1 > lo and toks[rel - 1] in _COMMAS:
                rel -= 1  # "النائب سعد الحريري، الذي يؤكد لها"
            k = rel
            stop = max(lo, rel - 6)
            while k > stop:
                k -= 1
                t = toks[k]
                if t in QUOTE_MARKS and not self.in_quote[k] and k - 2 > lo:
                    # "رئيس حزب «التحالف الديمقراطي» المعارض، الذي": a body's
                    # name in marks inside the role; read on past it
                    m = k - 1
                    while m > lo and k - m < 7 and toks[m] not in QUOTE_MARKS:
                        m -= 1
                    if toks[m] in QUOTE_MARKS and m < k - 1 and not self.in_quote[m]:
                        stop = max(lo, stop - (k - m + 1))
                        k = m
                        continue
                if not self.is_word[k] or self.in_quote[k]:
                    if toks[k] in _COMMAS and k < rel - 1 and toks[rel] in _COMMAS:
                        # "وزير الداخلية آنذاك، يزيد زرهوني، الذي أبلغه": the
                        # name in commas after the role
                        return self.relative_after_apposition(hit, lo, k, rel)
                    break
                if (t in _TITLE_LIKE or _base(t) in _TITLE_LIKE) and not (
                    toks[k - 1] in QUOTE_MARKS and t.startswith("ال")
                ):  # ("«…» المعارض": an adjective of the body named in marks)
                    if k - 1 > lo and toks[k - 1] in _COMMAS and toks[rel] in _COMMAS:
                        # "برئاسة ستيفان غيمبرت، المدير الإقليمي …، الذي قال":
                        # the role in commas after the name
                        j = k - 2
                        while (
                            j >= lo
                            and k - 1 - j <= 4
                            and self.is_word[j]
                            and not self.in_quote[j]
                            and toks[j] not in lx.NP_STOP
                            and not _NAME_FLAGS[toks[j]] & 16
                            and not (toks[j][0] in "بل" and _IS_TITLE_HEAD[toks[j][1:]])
                            and not (toks[j][0] in "بل" and toks[j][1:] in lx.ORGANIZATION_HEADS)
                        ):
                            j -= 1
                        if j + 1 < k - 1 and self.name_like(j + 1, k - 1):
                            ent = self.classify(j + 1, k - 1, k, rel, hit.cue)
                            if ent is not None and ent.kind == PERSON and ent.key:
                                return ent
                    b, ra, rb = self.scan_np(k, rel, None)
                    if b == rel:
                        return self.classify(k, b, ra, rb, hit.cue)
                    break
                if t[0] == "ب" and t[1:] in _TITLE_LIKE:
                    # "يروي السفير لقاءه بوزير الداخلية آنذاك، الذي قال له":
                    # the title after بـ, then perhaps "then" ("التقى
                    # بالمعارض البارز X، الذي": read on after the glued title)
                    if t.startswith("بال"):
                        b, ra, rb = self.scan_np(k + 1, rel, None, titled=True)
                    else:
                        b, ra, rb = self.scan_np(k, rel, None)
                    if b == rel or (b + 1 == rel and toks[b] in _THEN):
                        return self.classify(k, b, b, b, hit.cue)
                    break
            return None
        fa = toks[hit.tok][0] == "ف" or (
            hit.tok - 1 >= lo and toks[hit.tok - 1] in {"فقد", "فلقد"}
        )  # "أما صندوق النقد الدولي فقد اعتبر"
        comma = hit.tok - 1 >= lo and toks[hit.tok - 1] in _COMMAS
        if comma or fa:
            # "أما رئيس المجلس نبيه بري، فقال …", "أما الباحث X فيرى": the topic
            end = hit.tok - 1 if comma or toks[hit.tok][0] != "ف" else hit.tok
            for k in range(end - 1, max(lo, hit.tok - 24) - 1, -1):
                if toks[k] in _AMMA:
                    # (the limit takes in the closing comma, so that an
                    # apposition before it is read: "أما أم خالد، وهي معلمة …، فتقول")
                    b, ra, rb = self.scan_np(k + 1, end + 1 if comma else end, None, titled=False)
                    if b == end or (fa and b < end and toks[b] in _COMMAS):
                        # "أما ليلى، التي فضلت عدم ذكر اسم عائلتها، فتروي"
                        return self.classify(k + 1, b, ra, rb, hit.cue)
                    break
                if not self.is_word[k] and (not fa or toks[k] not in _COMMAS):
                    break
                if self.in_quote[k]:
                    break
            if comma:
                if lo == self.sent_first[self.sent[hit.tok]]:
                    found = self.fronted_subject(lo, hit.tok, hit.cue)
                    if found is not None and found[1] == hit.tok:
                        return found[0]
                # a sentence run on from the one before, its full stop
                # dropped ("… وقراها الأصلية رئيس المجلس المحلي، محمود X،
                # قال إن"): the fronted subject opens at a title
                for k in range(hit.tok - 3, max(lo, hit.tok - 16), -1):
                    t = toks[k]
                    if self.in_quote[k] or not (self.is_word[k] or t in _COMMAS):
                        break
                    if t in _TITLE_LIKE and toks[k - 1] not in _TITLE_LIKE and self.is_word[k - 1]:
                        found = self.fronted_subject(k, hit.tok, hit.cue, strict=True)
                        if found is not None and found[1] == hit.tok:
                            return found[0]
                return None
        end = hit.tok
        while end - 1 >= lo and toks[end - 1] in _AUXILIARIES:
            end -= 1  # "وكانت الأمم المتحدة قد دعت"
        if end < hit.tok and end - 1 > lo and toks[end - 1] in _COMMAS:
            # "وكان حسن عبدالله، محافظ البنك المركزي، قد صرح": the subject
            # after كان, an apposition set off by commas, then قد and the verb
            return self.subject_before_apposition(hit, lo, end - 1)
        k = end - 1
        start = end
        skipped = 0
        while k >= lo and end - k <= 8 + skipped:
            t = toks[k]
            if t == ")" and k - 1 > lo:
                # "وكانت السفيرة X (Lisa Brown) قد كتبت": the Latin spelling aside
                m = k - 1
                while m > lo and k - m < 6 and toks[m] != "(":
                    m -= 1
                if toks[m] == "(" and m < k - 1:
                    skipped += k - m + 1
                    k = m - 1
                    continue
                break
            if t in QUOTE_MARKS and not self.in_quote[k] and k - 1 >= lo:
                # "وكانت منظمة "أوكسفام" قد حذرت": a name in marks after its label
                m = k - 1
                while m > lo and k - m < 6 and toks[m] not in QUOTE_MARKS:
                    m -= 1
                if toks[m] in QUOTE_MARKS and m - 1 >= lo and _base(toks[m - 1]) in _NAMED_BY_LABEL:
                    start = k = m - 1
                    k -= 1
                    continue
                break
            if not self.is_word[k] or t in _THAT or self.in_quote[k]:
                break
            if (
                t in lx.NP_STOP
                and not (
                    # "وكانت السفيرة الأمريكية في بغداد X قد كتبت": the post's
                    # place inside the role, read on to the title before it
                    t in lx.ROLE_PREPOSITIONS
                    and k - 1 >= lo
                    and end < hit.tok
                    and _TITLE_LIKE.intersection(toks[max(lo, k - 4) : k])
                )
                and not (
                    # "مصدر في مؤسسة كهرباء لبنان أوضح": an anonymous source
                    # and where it works, opening the sentence before its verb
                    t in lx.ROLE_PREPOSITIONS
                    and k - 1 >= lo
                    and toks[k - 1] in lx.ANONYMOUS_HEADS
                    and (k - 2 < lo or not self.is_word[k - 2])
                )
                and not (
                    # "وكان مدير عام الهيئة X قد أعلن", "الأمين العام": general,
                    # the title's own word, not the year
                    t in _GENERAL and k - 1 >= lo and toks[k - 1] in _TITLE_LIKE
                )
            ):
                break
            if t in _AUXILIARIES:
                break
            start = k
            k -= 1
        if start == end:
            return None
        at_boundary = k < lo or not self.is_word[k] or toks[k] in _THAT or toks[k] in _AUXILIARIES
        if not at_boundary:
            # a sentence run on from the one before, its full stop dropped
            # ("… في بيروت وجبل لبنان رئيس التجمع عبدو سعادة قال"): the
            # subject opens at its title
            for s in range(end - 2, start, -1):  # (the title nearest the verb)
                if toks[s] in _TITLE_LIKE and toks[s - 1] not in _TITLE_LIKE:
                    ent = self.classify(s, end, end, end, hit.cue)
                    if ent is not None and (ent.kind != PERSON or ent.role is not None):
                        return ent
                    break
            return None
        if toks[start] in _AMMA and end - start > 1:
            start += 1
        if toks[hit.tok][0] == "ل" and end - start > 1 and toks[hit.tok] not in lx.CUES:
            start += 1  # "عاد غوديك ليكتب": the main verb, then its subject
        ent = self.classify(start, end, end, end, hit.cue)
        if ent is None or (ent.kind == PERSON and ent.role is None and end - start > 3):
            return None
        return ent

    def relative_after_apposition(
        self, hit: _CueHit, lo: int, comma: int, rel: int
    ) -> _Entity | None:
        """ "ROLE، NAME، الذي": the role phrase opens with a title within a few
        words before ``comma``; the name in commas is the antecedent."""
        toks = self.doc.toks
        for k in range(comma - 1, max(lo, comma - 9) - 1, -1):
            if not self.is_word[k] or self.in_quote[k]:
                return None
            t = toks[k]
            if t in _TITLE_LIKE or _base(t) in _TITLE_LIKE:
                if k > lo and toks[k - 1] in _TITLE_LIKE:
                    continue  # (a title's genitive title: "مساعد وزير الداخلية")
                b, ra, rb = self.scan_np(k, rel + 1, None)
                if rb != rel or ra != comma + 1:
                    return None
                ent = self.classify(k, b, ra, rb, hit.cue)
                if ent is not None and ent.kind == PERSON and ent.key:
                    return ent
                return None
        return None

    def fronted_subject(
        self, k: int, upto: int, cue: lx.Cue, strict: bool = False
    ) -> tuple[_Entity, int] | None:
        """ "رئيس المجلس المحلي، محمود X، قال إن", "مصدر في المحافظة، فضل عدم
        الكشف عن اسمه، قال", "الخوري، الذي تواصلت معه «الأخبار»، لم ينف …،
        قائلا": a clause that opens (at ``k``) with its subject, then an
        apposition or an aside set off by commas, then its verb. Returns the
        subject and the token after the closing comma (the verb); ``strict``
        (the verb is not the cue) wants a title, an article or a known name
        first."""
        toks = self.doc.toks
        is_word = self.is_word
        while k < upto and toks[k] in _FRONTED_CONJ:
            k += 1
        if (
            k >= upto
            or not is_word[k]
            or self.in_quote[k]
            or ((toks[k] in lx.NP_STOP or _base(toks[k]) in lx.NP_STOP) and toks[k] != "ام")
            or toks[k] in _FRONTING_OR_CONJ
            or toks[k] in _TIME_WORDS
            or toks[k] in _AMMA
            or toks[k] in _THAT
            or _cue_of(toks[k]) is not None
        ):
            return None
        w = toks[k]
        head = (
            w.startswith("ال")
            or w in _TITLE_LIKE
            or _base(w) in _TITLE_LIKE
            or w in lx.ORGANIZATION_HEADS
            or w in lx.HONORIFICS
            or w in {"ام", "ابو"}
        )
        if not head and w[0] in "وف" and len(w) > 3:
            return None  # "وطلب محامي الدولة، …": a verb opens the sentence
        b, ra, rb = self.scan_np(k, upto, None)
        if b <= k or b + 2 >= upto or toks[b] not in _COMMAS:
            return None
        if ra == b + 1 and rb < upto and toks[rb] in _COMMAS:
            c2 = rb  # the apposition: a name after a title, a role after a name
        else:
            ra = rb = b
            c2 = b + 1
            while c2 < upto and c2 - b <= 16 and toks[c2] not in _COMMAS:
                t = toks[c2]
                if t in _SENTENCE_END or t == ":" or (not is_word[c2] and t not in QUOTE_MARKS):
                    return None
                c2 += 1
            if c2 >= upto or toks[c2] not in _COMMAS or c2 == b + 1 or self.in_quote[c2]:
                return None
        v = c2 + 1
        if v > upto or v >= self.n or not is_word[v]:
            return None
        t = toks[v]
        if (
            t.startswith("ال")
            or t in _TITLE_LIKE
            or t in _THAT
            or (t in lx.NP_STOP and t not in _VERBISH and _cue_of(t) is None)
        ):
            return None  # a second noun phrase or a preposition, not the verb
        ent = self.classify(k, b, ra, rb, cue)
        if ent is None or ent.kind == DOCUMENT or (ent.kind == PERSON and not ent.key):
            return None
        if (
            ent.kind == PERSON
            and not ent.role
            and not self.known(ent)
            and toks[b + 1] not in _HE_SHE
            and toks[b + 1] not in _RELATIVES
        ):
            return None  # ("أم أحمد"، وهي …: a person the aside describes)
        if cue.gender and ent.gender and cue.gender != ent.gender:
            return None
        if strict and not head and not self.known(ent):
            return None  # (a bare first word may be the verb: "يعود X، وهو …")
        return ent, v

    def subject_before_apposition(self, hit: _CueHit, lo: int, comma: int) -> _Entity | None:
        """ "وكان X، ROLE، قد صرح": ``comma`` is the apposition's closing comma;
        the subject opens right after an auxiliary (كان) or the sentence start."""
        toks = self.doc.toks
        is_word = self.is_word
        k = comma - 1
        while k > lo and comma - k < 12 and is_word[k] and not self.in_quote[k]:
            k -= 1
        if k <= lo or toks[k] not in _COMMAS or k == comma - 1:
            return None
        c1 = k
        k -= 1
        while k >= lo and c1 - k <= 10:
            t = toks[k]
            if t in QUOTE_MARKS and not self.in_quote[k]:
                # "وكان المدير العام لوكالة "عدل"، X، قد صرح": a body's name
                # in marks inside the role
                m = k - 1
                while m > lo and k - m < 6 and toks[m] not in QUOTE_MARKS:
                    m -= 1
                if m <= lo or toks[m] not in QUOTE_MARKS or self.in_quote[m] or m == k - 1:
                    break
                k = m - 1
                continue
            if not is_word[k] or self.in_quote[k] or t in _AUXILIARIES:
                break
            if t in lx.NP_STOP and not ((t in lx.ROLE_PREPOSITIONS or t == "العام") and k - 1 > lo):
                # (but "عضو مجلس الأمة عن ولاية سطيف": the role's complement;
                # "المدير العام")
                break
            k -= 1
        if k < lo or toks[k] not in _AUXILIARIES or k + 1 >= c1:
            return None
        b, ra, rb = self.scan_np(k + 1, comma + 1, None)
        if b != c1 or rb != comma:
            return None
        ent = self.classify(k + 1, b, ra, rb, hit.cue)
        if ent is None or ent.kind != PERSON or not ent.role:
            return None
        return ent

    def honorific_antecedent(self, hit, sid, entities, marks, g, n, agree) -> _Entity | None:
        """ "وختم سموه تصريحه": the last person nearby introduced with the
        honorific the pronoun stands for ("صاحب السمو الملكي الأمير X"),
        past other speakers named since."""
        starts = self.doc.starts
        toks = self.doc.toks
        pos = starts[hit.tok]
        for e in reversed(entities):
            if e.pos >= pos:
                continue
            if e.sentence < sid - 8:
                break
            if e.kind != PERSON or not agree(e, g, n):
                continue
            t = bisect_left(starts, e.pos)
            if any(w in marks for w in toks[max(0, t - 2) : t + 5]):
                return e
        return None

    def resolve(self, tok, sid, g, n, cue_subjects, entities, prev, agree) -> _Entity | None:
        # 1. a subject named earlier in the same sentence ("أعرب X عن قلقه وقال")
        for t, e, h in reversed(cue_subjects):
            if t >= tok:
                continue
            if self.sent[t] != sid:
                break
            if (
                h.cue.kind == lx.PREPOSITION
                and prev is not None
                and prev[3] == sid
                and prev[0] is not None
                and agree(prev[0], g, n)
            ):
                # "وحسب الوثيقة، فإن X قال إن «…»، مشيرا": the source named
                # by the preposition is not who goes on; the quote's speaker is
                return prev[0]
            if agree(e, g, n):
                return e
        # 1b. "فإن زرهوني «…»، وقال للسفير": the named subject of an earlier
        # "أن X" clause of the sentence, a person the text already knows
        that = self.known_that_subject(tok, sid)
        if that is not None and agree(that, g, n):
            return that
        # 2. the previous quote's speaker, unless "أما X" shifts the topic
        first = self.sent_first[sid]
        if self.doc.toks[first] in _AMMA:
            topic = self.sentence_topic(first, tok)
            if topic is not None and agree(topic, g, n):
                return topic
        if prev is not None and prev[0] is not None and prev[3] >= sid - 3 and agree(prev[0], g, n):
            return prev[0]
        # 3. the topic of a nominal sentence ("النائبة X كانت أكثر حذرا، إذ قالت")
        topic = self.sentence_topic(self.sent_first[sid], tok)
        if topic is not None and agree(topic, g, n):
            return topic
        # 4. the most recent agreeing mention nearby
        pos = self.doc.starts[tok]
        for e in reversed(entities):
            if e.pos >= pos:
                continue
            if e.sentence < sid - 3:
                break
            if agree(e, g, n):
                return e
        # 5. a person introduced (by a title, outside speech) in this or the
        # previous sentence: "يجلس الصياد X على حافة قاربه … ويقول:"
        for e in reversed(self._persons):
            if e.pos < pos and e.sentence >= sid - 1 and agree(e, g, n):
                return e
        return None

    def author_verb_after(self, j: int, sid: int) -> int:
        """The author verb of a document whose head's adjectives end at
        ``j``: at ``j``, or after the document's date clause ("تعود إلى
        فبراير 2008، بعث بها"); -1 when a quote, a "that" or a cue comes first."""
        toks = self.doc.toks
        for k in range(j, min(self.n, j + 14)):
            t = toks[k]
            if t in lx.AUTHOR_VERBS and k < j + 9:
                return k
            if t in _SIGNED_BY and k + 1 < self.n and toks[k + 1] == "من":
                # "برقية تحمل الرقم … مؤرخة في 14 مايو 2008 وموقعة من السفير X"
                return k
            if self.in_quote[k] or self.sent[k] != sid or t in _THAT or t in _CUE_WORDS:
                return -1
        return -1

    def late_document_date(self, i: int, sid: int) -> list[DateMention]:
        """A new document's date further on, after a dating word and before
        what it reports ("برقية …، تحمل الرقم 09CAIRO874 ومؤرخة في 19 مايو
        2009، أن", "وثيقة … صادرة عن السفارة في 22 جانفي 2008، بأن")."""
        toks = self.doc.toks
        if _DATING_WORDS.isdisjoint(toks[i + 1 : i + 20]) and lx.AUTHOR_VERBS.isdisjoint(
            toks[i + 1 : i + 20]
        ):
            return []
        k = i + 13
        while k < self.n and k - i < 24 and self.sent[k] == sid:
            if self.in_quote[k] or toks[k] in _THAT:
                break
            d = self.date_token_index.get(k)
            if d is not None:
                if not d.relative and not (
                    _DATING_WORDS.isdisjoint(toks[i + 1 : k])
                    and lx.AUTHOR_VERBS.isdisjoint(toks[i + 1 : k])
                ):  # (or "بعث بها القائم بالأعمال X في 11 مارس 2009")
                    return [d]
                break
            k += 1
        return []

    def last_mentioned(self, tok: int, first: int, gender: str) -> _Entity | None:
        """The titled person mentioned last before ``tok`` in its sentence."""
        toks = self.doc.toks
        for k in range(tok - 1, first - 1, -1):
            t = toks[k]
            if self.in_quote[k] or t in _THE_LATTER:
                continue
            if not _IS_TITLE_HEAD[t] and not (t[0] == "ب" and t[1:] in lx.TITLES):
                continue  # (also glued to ب: "لقاءه الأخير بقائد الجيش")
            if k > first and _IS_TITLE_HEAD[toks[k - 1]]:
                continue  # (the genitive title of a title: "مستشار الرئيس")
            b, ra, rb = self.scan_np(k, tok, None)
            ent = self.classify(k, b, ra, rb, None)
            if ent is not None and ent.kind == PERSON and ent.gender == gender:
                return ent
            return None
        return None

    def clause_topic(self, since: int, first: int) -> _Entity | None:
        """ "…، لكن X كان أقل تفاؤلا، إذ قال": the subject before كان of the
        clause that ends at the comma before ``since`` (إذ/حيث)."""
        toks = self.doc.toks
        k = since - 1
        if toks[k] not in _COMMAS:
            return None
        end = k
        k -= 1
        while k > first and end - k < 12 and self.is_word[k] and not self.in_quote[k]:
            k -= 1
        start = k + 1 if (k > first or not self.is_word[k]) else k
        while start < end and toks[start] in _CONJUNCTIONS:
            start += 1
        for m in range(start + 1, min(end, start + 6)):
            if toks[m] in _KANA:
                b, ra, rb = self.scan_np(start, m, None)
                if b != m:
                    return None
                ent = self.classify(start, b, ra, rb, None)
                if ent is not None and ent.kind in (PERSON, ORGANIZATION):
                    return ent
                return None
        return None

    def known_that_subject(self, tok: int, sid: int) -> _Entity | None:
        """The person named right after the last "أن/فإن" of the sentence
        before ``tok``, if the text introduced them before (by name)."""
        if not self._persons:
            return None
        toks = self.doc.toks
        first = self.sent_first[sid]
        if tok - 1 - first <= 64:
            # the sentence's "أن" before the cue, from its own tokens: a call
            # or two an article, so this costs less than finding them all
            here = map(_NAMED_THAT.__contains__, toks[first : tok - 1])
            thats = list(compress(range(first, tok - 1), here))
        else:  # a long sentence: once per article, at C speed
            if self._thats is None:
                self._thats = list(compress(count(), map(_NAMED_THAT.__contains__, toks)))
            thats = self._thats[bisect_left(self._thats, first) : bisect_left(self._thats, tok - 1)]
        for k in reversed(thats):
            if self.in_quote[k]:
                continue
            if not self.is_word[k + 1] or self.in_quote[k + 1]:
                return None
            # (a known person's name among the next three words, else nobody)
            near = [_key(w) for w in toks[k + 1 : min(k + 4, tok)]]
            if not any(not _key_words(p.key).isdisjoint(near) for p in self._persons):
                return None
            b, ra, rb = self.scan_np(k + 1, tok, None)
            if b <= k + 1:
                return None
            ent = self.classify(k + 1, b, ra, rb, None)
            if not _named_person(ent):
                return None
            words = _key_words(ent.key)
            for p in reversed(self._persons):
                if p.pos < ent.pos and words <= _key_words(p.key):
                    return p
            return None
        return None

    def sentence_topic(self, first: int, before: int) -> _Entity | None:
        toks = self.doc.toks
        if first >= before or not self.is_word[first] or self.in_quote[first]:
            return None
        t = toks[first]
        marked = t in _AMMA
        if marked and first + 1 < before:
            # "أما النائب X فكان أكثر حدة، إذ كتب": the topic, up to the فـ
            first += 1
            t = toks[first]
            for k in range(first + 1, min(before, first + 10)):
                if toks[k][:1] == "ف" and len(toks[k]) > 3:
                    before = k
                    break
        if t in lx.NP_STOP or (t in _CANDIDATE_KEYS and self.cue_at(first) is not None):
            return None
        base = t[2:] if t.startswith("ال") else t
        titled = t in lx.TITLES or base in lx.TITLES or t in lx.ORGANIZATION_HEADS
        if not titled and not marked:
            return None  # only a titled person or a body opens a nominal sentence
        b, ra, rb = self.scan_np(first, before, None)
        if b <= first:
            return None
        ent = self.classify(first, b, ra, rb, None)
        if ent is None or ent.kind not in (PERSON, ORGANIZATION, GROUP):
            return None
        if not titled and not (ent.kind == PERSON and ent.key):
            return None  # ("أما أبو خالد (52 عامًا)، فقال": أما marks a named topic)
        return ent

    def is_quotation(self, q: _Quote, att: _Attribution) -> bool:
        """Marks also wrap names, titles and labels; keep real quotations."""
        if not q.marked:
            return True
        toks = self.doc.toks
        is_word = self.is_word
        o, c = q.open_tok + 1, q.close_tok
        words = list(compress(toks[o:c], is_word[o:c]))
        if not words:
            return False
        arabic = any(map(_HAS_ARABIC, words))
        # the word before the opening mark, skipping a glued clitic (بـ"…")
        k = q.open_tok - 1
        glued = ""
        if k >= 0 and len(toks[k]) == 1 and toks[k] in "بلوفك":
            if self.doc.ends[k] == self.doc.starts[q.open_tok]:
                glued = toks[k]
            k -= 1
        if glued in ("ل", "ب") and len(words) <= 3:
            return False  # "صرح لـ«الشروق»", "وصفه بـ"الخطير"": a name or a label
        before = toks[k] if k >= 0 else ""
        before2 = toks[k - 1] if k >= 1 else ""
        if before in _AS_BEING and before2 in _DESCRIBED and len(words) <= 3:
            return False  # "ناشط وصفته بأنه "مصدر موثوق"": a label, not words said
        if glued == "و" and len(words) <= 4 and before.startswith("ال") and before not in _THAT:
            # "بين الجيش و"قوات الدعم السريع"": a name coordinated with a noun
            return False
        label = (
            before in lx.LABEL_NOUNS
            or _base(before) in lx.LABEL_NOUNS
            # "رئيس «التيار الوطني الحر»": a title in construct names its body
            # (but "داعية «…»" is the participle "calling for")
            or (before in lx.TITLES and not before.startswith("ال") and _cue_of(before) is None)
            or (before[:1] in "بل" and before[1:] in lx.LABEL_NOUNS)
            or (
                before.startswith("ال")
                and (before2 in lx.LABEL_NOUNS or _base(before2) in lx.LABEL_NOUNS)
            )
        )
        n = len(words)
        if (
            n <= 8
            and words[0] in _BARE_LABEL
            and (
                glued in ("ل", "ب")
                or before in _NAME_PREPOSITIONS
                or (
                    n <= 4
                    and before in _THAT
                    and q.close_tok + 1 < self.n
                    and is_word[q.close_tok + 1]
                    and toks[q.close_tok + 1] not in _THAT
                )
            )
        ):
            # a name led by its bare label noun where a noun stands: after a
            # preposition ("من «برنامج إعادة الإعمار والتأهيل …»", "ما سمي آنذاك
            # بـ«مرسوم الحد الأدنى للربح»") or as the subject of أنّ with its
            # verb after the marks ("يذكر أن «جبهة الوفاء الوطني» تأسست")
            return False
        if (
            n <= 6
            and words[0] in _NAMED_BY_LABEL
            and q.close_tok + 1 < self.n
            and toks[q.close_tok + 1] in QUOTE_MARKS
            and self.in_quote[q.close_tok + 1]
        ):
            # "اعتبرها «تجمع أصحاب المولدات» «مجحفة»": a body's name in marks,
            # then what it says in marks of its own
            return False
        if (
            label
            and n >= 3
            and before.startswith("ال")
            and (before2 in _THAT or (k >= 2 and toks[k - 2] in _THAT))
            and (q.close_tok + 1 >= self.n or not self.is_word[q.close_tok + 1])
        ):
            # "أن الفصائل المسلحة "أصبحت دولة داخل الدولة"،": the predicate of
            # the that-clause (a name in marks would be followed by one)
            label = False
        if label and n <= 6 and not (n >= 5 and before2 in _THAT and before.startswith("ال")):
            # (but "اعتبرت أن المشروع "يكرس سياسة الهروب إلى الأمام"": a predicate)
            return False
        if n <= 6 and att.cue_tok is not None and att.cue_tok < q.open_tok:
            h = self.cue_hits.get(att.cue_tok)
            if h is not None and h.np_start <= q.open_tok < h.np_end:
                return False  # a name in marks inside the speaker's phrase
        direct = (
            att.cue is not None
            and att.cue_tok is not None
            and (
                before in _THAT
                or before == ":"
                or toks[q.open_tok - 1] == ":"
                or (att.cue_tok is not None and 0 < q.open_tok - att.cue_tok <= 2)
            )
        )
        if not arabic and not direct:
            return False
        if n <= 2:
            if before == ":" and att.cue == ":":
                return False  # "الشارقة: «الخليج»": a dateline, not a headline quote
            if n == 1 and before in _THAT and toks[q.open_tok - 1] != ":":
                return False  # "قبل أن يقر بأنه "كذب"": the writer's word for it
            if (
                direct
                and att.cue_tok is not None
                and q.open_tok - att.cue_tok == 2
                and before not in _THAT
                and before not in {"عن", "الي", "علي", "من", ":"}
                and toks[q.open_tok - 1] != ":"
            ):
                return False  # "رأى الأمريكيون «الطرابلسية»": the verb's object
            if (
                direct
                and q.open_tok - att.cue_tok == 1
                and (h := self.cue_hits.get(att.cue_tok)) is not None
                and h.cue.kind == lx.VERB
                and _lemma_key(h.cue) not in _SAYING
            ):
                return False  # "وتوقعت «صعود المرأة»": the object of a verb that is no saying
            return direct
        if n == 3:
            if (
                not direct
                and att.cue_tok is not None
                and before not in _THAT
                and q.close_tok + 1 < self.n
                and is_word[q.close_tok + 1]
                and (h := self.cue_hits.get(att.cue_tok)) is not None
                and h.np_start < h.np_end == q.open_tok
            ):
                # "كيف رأت السفارة الأمريكية "اقتصاد السوق الاجتماعي" في
                # سوريا": the object right after the verb's subject, and the
                # sentence goes on after it: a name
                return False
            if att.follow_up and att.entity is not None and toks[q.open_tok - 1] == ":":
                # "ثم يضحك: "الكهرباء صارت ترفا"": the same speaker's words
                # after a colon, with a gesture for a cue
                return True
            return (att.cue is not None and not att.follow_up) or direct
        return True

    def date_for(self, q, att: _Attribution, prev, ent) -> tuple[str | None, str | None]:
        sid = self.sent[q.open_tok]
        if att.clause is not None:
            a, b = att.clause
            found = self.dates_between(a, b)
            if found and not _RELATIVES.isdisjoint(self.doc.toks[a:b]):
                # "قال X، النقابي السابق الذي سجن سنة 2008، إن": a date in a
                # relative clause tells of the speaker, not of the words
                found = [d for d in found if not self.in_relative(d, a)]
            if found:
                d = found[-1]
                return d.iso, d.precision
        if att.clause is not None and att.cue_tok is not None:
            if self._has_then is None:
                self._has_then = not _THEN.isdisjoint(self.time_words())  # once per article
            if self._has_then:
                a, b = att.clause
                toks = self.doc.toks
                first = self.sent_first[self.sent[a]]
                # the clause may begin before the cue: "وعلق المتحدث … حينها بالقول"
                while a > first and b - a < 16 and toks[a - 1] not in _CLAUSE_PUNCT:
                    if self.in_quote[a - 1]:
                        break
                    a -= 1
                if not _THEN.isdisjoint(toks[a:b]):
                    # "وعلق المتحدث حينها": the time of the event just told
                    found = self.dates_between(first, a)
                    if found:
                        return found[-1].iso, found[-1].precision
        if att.cue_tok is not None and (hit := self.cue_hits.get(att.cue_tok)) is not None:
            toks = self.doc.toks
            if hit.np_start < self.n and toks[hit.np_start] in _IN_IT:
                # "أصدر المرصد بياناً في 12 تشرين الثاني 2025 قال فيه": the
                # date of the statement the resumptive cue speaks in
                first = self.sent_first[self.sent[hit.tok]]
                for k in range(hit.tok - 1, max(first, hit.tok - 12) - 1, -1):
                    t = toks[k]
                    if self.in_quote[k] or t in _SENTENCE_END:
                        break
                    if _base(t) in lx.DOCUMENT_HEADS or (
                        t[-1] == "ا" and _base(t[:-1]) in lx.DOCUMENT_HEADS
                    ):
                        found = self.dates_between(k, hit.tok)
                        if found:
                            return found[-1].iso, found[-1].precision
                        break
        # the cue's sentence, read up to the cue or the quote, whichever comes first
        cue_tok = att.cue_tok if att.cue_tok is not None else q.open_tok
        csid = self.sent[cue_tok]
        first = self.sent_first[csid]
        upto = cue_tok if cue_tok < q.open_tok else q.open_tok
        if self._has_same is None:
            self._has_same = not _SAME.isdisjoint(self.doc.toks)  # once per article
        if self._has_same:
            same = self.same_day(first, upto)
            if same is not None:
                return same.iso, same.precision
        tail = self.tail_date(q)
        if tail is not None:
            return tail.iso, tail.precision
        after = self.attribution_after(q)
        if after is not None:
            # "…"، على ما قال الوزير مساء الخميس 12 أكتوبر 2023
            return after.iso, after.precision
        d = self.fronted_date(first, upto)
        if d is not None:
            # the time may move on between the adverbial and the statement
            # ("واشارت البرقية الى انه بعد عدة اشهر")
            if not self.time_moves(cue_tok, q.open_tok):
                return d.iso, d.precision
            return None, None
        if self.dateline is not None:
            rel = self.relative_to_dateline(sid, first)
            if rel is not None:
                return rel
        if (
            prev is not None
            and prev[0] is not None
            and ent is prev[0]
            and att.follow_up
            and prev[3] >= sid - 2
            and prev[1]
        ):
            return prev[1], prev[2]
        if (
            prev is not None
            and prev[1]
            and prev[3] >= sid - 1
            and ent is not None
            and prev[0] is not None
            and (ent is prev[0] or (ent.kind == ANONYMOUS and ent.surface == prev[0].surface))
            and att.cue_tok is not None
            and self.goes_on(att.cue_tok)
        ):
            # "ونقل كيلر عن رجل أعمال قوله: «…». وأضاف رجل الأعمال: «…»": the
            # same account goes on right after the speaker's dated quote
            return prev[1], prev[2]
        # Nothing dates this statement directly.  The same speaker quoted a
        # little earlier, or "the cable" already dated, carries its date on,
        # unless the text moves in time ("بعد عدة أشهر").
        if self.time_moves(first, q.open_tok):
            return None, None
        if ent is not None:
            known = self.speaker_dates.get(id(ent))
            if known is None and att.cue_tok is not None:
                h = self.cue_hits.get(att.cue_tok)
                if h is not None and h.relayer is not None:
                    # "ونقلت بيكر عن أحد قادة الحزب قوله": what the relayer
                    # told (her cable) has her date
                    known = self.speaker_dates.get(id(h.relayer))
                    if known is not None and (
                        known[3] is not h.relayer
                        or self.has_date_in(self.sent_first.get(known[2] + 1, self.n), q.open_tok)
                    ):
                        known = None  # (a date since, "ففي برقية أخرى مؤرخة في …، ينقل")
            elif known is not None and known[3] is not ent:
                known = None
            if (
                known is not None
                and (
                    known[2] >= sid - 6
                    or (
                        # "قال بوعلام" named again further on in the same
                        # account, with no other date or time told since
                        known[2] >= sid - 12
                        and not att.follow_up
                        and not self.time_moves(self.sent_first[known[2] + 1], first)
                    )
                )
                and (known[2] == sid or not self.has_date_in(self.sent_first[known[2] + 1], first))
            ):
                # (a date told since, "وبعد أسبوع، في 9 آب، …", moves on)
                return known[0], known[1]
        # a dated cable introduced in this very sentence ("أوردت برقية صادرة
        # في 15 ديسمبر 2009 أن الرئيس أبلغ …"), or "the cable" again, or its
        # author commenting ("ويعلق إيرلي بأن" after "البرقية، التي وقعها إيرلي")
        ctx = self.doc_ctx
        author = self.doc_author
        teller = self.doc_teller
        if (
            teller is not None
            and ctx is not None
            and ent is not None
            and ent.key == teller[0].key
            and ctx[0] == teller[1]
            and ctx[2] >= sid - 3
        ):
            return ctx[0], ctx[1]
        if (
            ctx is not None
            and author is not None
            and ent is not None
            and ent.kind == PERSON
            and ent.key
            and ent.key == author.key
            and ctx[2] >= sid - 3
        ):
            return ctx[0], ctx[1]
        if (
            ctx is not None
            and ctx[2] >= sid - 8
            # (the cable dated in this very sentence, also when a quote of
            # the sentence, its subject line "سوريا: …", set the date first)
            and (ctx[2] == sid or self.refers_to_document(first, q, ent))
        ):
            if self.doc_para is not None and self.doc_para[0] == ctx[0]:
                # "ويورد السفير في البرقية نفسها …": its paragraph is about it too
                self.doc_para = (ctx[0], ctx[1], sid)
            return ctx[0], ctx[1]
        para = self.doc_para
        if para is not None and sid - 4 <= para[2] < sid and ent is not None:
            # "ويضيف السفير: «…»" in the paragraph of a dated cable, said by
            # someone the text had mentioned by the cable's sentence, with no
            # other date and no line break since
            starts = self.doc.starts
            after = self.sent_first.get(para[2] + 1, q.open_tok)
            told = ent.pos < starts[after]
            if (
                (told or (prev is not None and prev[1] is not None and prev[3] >= sid - 1))
                and not self.has_date_in(after, q.open_tok)
                and not self.time_moves(after, q.open_tok)
                and (
                    self.doc.folded.find("\n", starts[self.sent_first[para[2]]], q.start) == -1
                    # "في المقابل، يرى فيلتمان أن «…»" a paragraph later: the
                    # envoy who wrote the cable, met in its sentence, comments
                    or (told and ent.role is not None and _envoy(ent.role))
                )
            ):
                if para[0] is None:
                    d = self.fronted_date(self.sent_first[para[2]], para[1])
                    para = self.doc_para = (d.iso, d.precision, para[2]) if d else (None, -1, sid)
                if para[0] is not None and (
                    told
                    or (
                        prev[1] == para[0] and att.cue_tok is not None and self.goes_on(att.cue_tok)
                    )
                ):
                    # (or someone new who goes on right after a quote of the
                    # cable dated so: "ويضيف نائب آخر من الكتلة نفسها: «…»",
                    # "وتعلق السفارة على ذلك"; not "وأشار مسؤول" or "قالت X
                    # لـ"نواة"", which may be reactions to the leak)
                    return para[0], para[1]
        if (
            ent is not None
            and ent.kind != DOCUMENT
            and att.cue_tok is not None
            and (att.via is None or att.follow_up or self.on_the_sidelines(att.cue_tok, q.open_tok))
            and not (prev is not None and prev[3] == sid and prev[0] is ent and not prev[1])
        ):
            # (but "مصادر وزارية قالت لـ"المدن"": told to the outlet, apart
            # from the gathering, with what follows in its sentence: "مشيرة إلى أن")
            lead = self.event_lead()
            if (
                lead is not None
                and not self.earlier_or_apart(att.cue_tok, ent)
                and self.in_event(lead[0], att.cue_tok, q)
            ):
                # "شهدت المحكمة يوم الثلاثاء 25 نونبر 2025 جلسة …" then "والتمس
                # ممثل النيابة …": what is said at the event the lead dates
                return lead[1], lead[2]
        return None, None

    def same_day(self, first: int, upto: int) -> DateMention | None:
        """ "وفي بيان صدر مساء اليوم نفسه": the day of the last full date
        before, in a clause that says "the same day" (not inside a quote)."""
        toks = self.doc.toks
        for k in range(first, upto - 1):
            t = toks[k]
            if self.in_quote[k]:
                continue
            nxt = toks[k + 1]
            if (t in _DAY_WORDS and nxt in _SAME) or (t == "ذات" and nxt in _DAY_WORDS):
                tokens = self.date_tokens
                i = bisect_left(tokens, k) - 1
                while i >= 0:
                    d = self.date_token_index[tokens[i]]
                    if (
                        d.iso
                        and not d.relative
                        and d.precision == "day"
                        and not self.in_quote[tokens[i]]
                    ):
                        return d
                    i -= 1
                return None
        return None

    def event_lead(self) -> tuple[int, str, str | None] | None:
        """(sentence, date, precision) of a lead that tells of a dated
        gathering before any quotation: "انعقد صباح اليوم الأربعاء 15 ماي 2024
        … اجتماع المجلس", "شهدت غرفة الجنايات، يوم الثلاثاء 25 نونبر
        2025، جلسة …" (not a document: "برقية … بتاريخ …")."""
        lead = self._lead
        if lead is not False:
            return lead
        self._lead = None
        for k in self.date_tokens:
            sid = self.sent[k]
            if sid > self.first_said:
                break
            if k > self.first_said_tok and not self.gathering_before(k):
                # (in the first quotation's sentence, before its cue: a lead
                # run on into the account, "شهدت الغرفة يوم الثلاثاء 25 نونبر
                # 2025 جلسة … وافتتح القاضي … الذي جاء فيه:"; or after it, the
                # gathering told right before its date, "أكدت الهيئة أن … «…»،
                # وذلك خلال ملتقى … الذي نظمته الاثنين 24 نوفمبر 2025")
                break
            d = self.date_token_index[k]
            if d.iso is None or d.relative or d.precision != "day" or self.in_quote[k]:
                continue
            if (
                sid == self.first_said
                and self.dateline is not None
                and d is self.date_token_index[self.date_tokens[0]]
            ):
                continue  # (the dateline before "قال رئيس الوزراء، خلال ترؤسه جلسة")
            words = self.gathering_words(sid)
            if words is not None:
                # of two dates, the one nearest the gathering: "نظم متضررو
                # زلزال الثامن من شتنبر 2023، صباح الخميس 4 دجنبر 2025، وقفة"
                g = self.sent_first[sid] + next(i for i, w in enumerate(words) if w in _GATHERINGS)
                j = bisect_left(self.date_tokens, k)
                while j + 1 < len(self.date_tokens) and self.date_tokens[j + 1] < g:
                    e = self.date_token_index[self.date_tokens[j + 1]]
                    if e is not d and e.iso and not e.relative and e.precision == "day":
                        d = e
                    j += 1
                self._lead = (sid, d.iso, d.precision)
                break
        if self._lead is None and self.dateline is not None:
            # "كشف الوزير، اليوم الأربعاء، … خلال رده على الأسئلة الشفوية":
            # a gathering dated by the web timestamp or the dateline
            for sid in range(min(self.first_said, 6, self.sent[-1] + 1)):
                if self.gathering_words(sid) is not None:
                    rel = self.relative_to_dateline(sid, self.sent_first[sid])
                    if rel is not None and rel[1] == "day":
                        self._lead = (sid, rel[0], rel[1])
                        break
        return self._lead

    def gathering_words(self, sid: int) -> list[str] | None:
        """The words of sentence ``sid`` when it tells of a gathering and
        names no document (event_lead), else None."""
        words = self.doc.toks[self.sent_first[sid] : self.sent_first.get(sid + 1, self.n)]
        if not _GATHERINGS.isdisjoint(words) and lx.DOCUMENT_HEADS.isdisjoint(words):
            return words
        return None

    def on_the_sidelines(self, a: int, b: int) -> bool:
        """ "قال X لـ«الخليج» على هامش الملتقى إن": told to the outlet, but at
        the gathering (a ``هامش`` before a gathering word between cue and quote)."""
        toks = self.doc.toks
        if a > b:
            a, b = b, a
        for m in range(a + 1, b - 1):
            if toks[m] in _SIDELINES and toks[m + 1] in _GATHERINGS and not self.in_quote[m]:
                return True
        return False

    def gathering_before(self, k: int) -> bool:
        """A gathering word outside marks after the first quotation, within
        eight words before the date at ``k``: the lead's news, then the event
        it was told at ("«…»، وذلك خلال ملتقى أولياء الأمور الذي نظمته الهيئة
        الاثنين 24 نوفمبر 2025")."""
        toks = self.doc.toks
        in_quote = self.in_quote
        first = self.first_said_tok
        j = k - 8 if k - 8 > first else first
        for m in range(k - 1, j, -1):
            if in_quote[m]:
                return False
            if toks[m] in _GATHERINGS:
                # the first quotation closed before it (not "قال الوزير خلال
                # اجتماع مجلس الوزراء يوم … إن «…»": his own meeting)
                return any(in_quote[first:m])
        return False

    def in_event(self, lead_sid: int, cue_tok: int, q: _Quote) -> bool:
        """Whether the account since the event lead goes on to this quote:
        no other date or time since, no statement in a document ("، في
        بلاغ توصلت به الجريدة،"), the cue not the text of one ("الذي جاء
        فيه:")."""
        sid = self.sent[q.open_tok]
        if sid <= lead_sid:
            return False
        hit = self.cue_hits.get(cue_tok)
        if hit is not None and hit.cue.kind == lx.IMPERSONAL:
            return False
        a = self.sent_first[lead_sid + 1]
        b = max(cue_tok, q.open_tok)
        end = bisect_right(self.sent, self.sent[b], b)
        tokens = self.date_tokens
        k = bisect_left(tokens, a)
        while k < len(tokens) and tokens[k] < end:
            if not self.in_quote[tokens[k]]:
                return False  # "وقررت المحكمة تأجيل الملف إلى جلسة 9 دجنبر"
            k += 1
        if self.time_moves(a, end):
            return False
        toks = self.doc.toks
        candidates = self.candidates
        c = bisect_left(candidates, a)
        while c < len(candidates) and candidates[c] < end:
            k = candidates[c]
            c += 1
            t = toks[k]
            if self.in_quote[k]:
                continue
            if (t in lx.DOCUMENT_HEADS and toks[k - 1] in _IN) or (
                t[0] == "ب" and t[1:] in lx.DOCUMENT_HEADS
            ):
                return False  # "في بلاغ", "ببيان": a statement apart from the event
        breaks = self._breaks
        if breaks is None:
            breaks = self._breaks = self.occasion_breaks()
        k = bisect_left(breaks, a)
        return not (k < len(breaks) and breaks[k] < end)

    def earlier_or_apart(self, cue_tok: int, ent: _Entity) -> bool:
        """Words not said at the event a lead tells: an anonymous source's
        ("أكد مصدر مسؤول بعمالة الإقليم أن …"), or written ("وكانت النائبة X
        قد وجهت سؤالا كتابيا … تساءلت فيه:"; but an oral question, "قد تساءل
        في سؤاله الشفوي", may be asked at the session)."""
        if ent.kind == ANONYMOUS and ent.surface.split()[0] in _SOURCE_HEADS:
            return True
        first = self.sent_first[self.sent[cue_tok]]
        return not _WRITTEN.isdisjoint(self.doc.toks[first:cue_tok])

    def occasion_breaks(self) -> list[int]:
        """Where an account turns to another occasion than the event told
        in the lead: a reaction ("وفي أول رد فعل", "ردود الفعل"), a statement
        given to the outlet ("في تصريح لـ«النهار»", "في حديث لموزاييك", "وفي
        اتصال هاتفي مع «الخليج»")."""
        toks = self.doc.toks
        present = _OCCASION_WORDS.intersection(toks)
        out: list[int] = []
        if not present:
            return out
        n = self.n
        for k in compress(range(n), map(present.__contains__, toks)):
            if self.in_quote[k] or k == 0 or k + 1 >= n:
                continue
            if toks[k] in _DEED:
                if toks[k - 1] in _REACTION:
                    out.append(k)
            elif toks[k - 1] in _IN and (
                toks[k + 1][:1] == "ل" or (toks[k] == "اتصال" and toks[k + 1] in _CALL_NEXT)
            ):
                # ("وفي اتصال هاتفي مع «الخليج»", "في اتصال مع")
                if not _SIDELINES.isdisjoint(toks[k + 2 : k + 7]):
                    # "في تصريح لهسبريس على هامش الوقفة": given at the event
                    continue
                out.append(k)
        return out

    def goes_on(self, cue_tok: int) -> bool:
        """The cue (or, for "بالقول", the verb before it in its sentence) goes
        on with the account just quoted: "ويضيف", "وتعلق السفارة على ذلك بالقول"."""
        hit = self.cue_hits.get(cue_tok)
        if hit is not None and hit.cue.kind == lx.PARTICIPLE:
            k = bisect_left(self.hit_toks, cue_tok) - 1
            if k >= 0 and self.sent[self.hit_toks[k]] == self.sent[cue_tok]:
                hit = self.cue_hits.get(self.hit_toks[k])
        return hit is not None and _lemma_key(hit.cue) in _GO_ON

    def relative_to_dateline(self, sid: int, first: int) -> tuple[str, str] | None:
        """ "أمس الجمعة", "الإثنين", "الأسبوع الماضي", "سبتمبر الماضي" in the
        quote's sentence, counted from the article's dateline."""
        dl = self.dateline
        toks = self.doc.toks
        end = bisect_right(self.sent, sid, first)
        for k in range(first, end):
            if self.in_quote[k]:
                continue
            t = toks[k]
            if t[:1] == "و" and len(t) > 3:
                t = t[1:]
            nxt = toks[k + 1] if k + 1 < self.n else ""
            if t == "امس":
                d = dl - timedelta(days=2 if nxt == "الاول" else 1)
                return d.isoformat(), "day"
            if t == "اليوم" and nxt not in _NOT_TODAY:
                # "أعلنت الوزارة اليوم", "مساء اليوم": the dateline's day
                return dl.isoformat(), "day"
            if t in WEEKDAYS and k + 1 not in self.date_token_index:
                # (not "يوم الاثنين 20 أكتوبر": the weekday of a date told)
                d = dl - timedelta(days=(dl.weekday() - WEEKDAYS[t]) % 7)
                return d.isoformat(), "day"
            if nxt in {"الماضي", "الماضيه"}:
                if t == "الاسبوع":
                    d = dl - timedelta(days=7)
                    return d.isoformat()[:7], "month"
                if t == "الشهر":
                    d = dl.replace(day=1) - timedelta(days=1)
                    return d.isoformat()[:7], "month"
                month = MONTHS.get(t)
                if month is not None:
                    year = dl.year if month < dl.month else dl.year - 1
                    return f"{year}-{month:02d}", "month"
        return None

    def refers_to_document(self, first: int, q: _Quote, ent: _Entity | None) -> bool:
        """ "البرقية", "الوثيقة نفسها": the cable already under discussion."""
        if ent is not None and ent.kind == DOCUMENT and normalize_first(ent.surface)[:2] == "ال":
            return True
        toks = self.doc.toks
        candidates = self.candidates
        c = bisect_left(candidates, first)
        while c < len(candidates) and candidates[c] < q.open_tok:
            k = candidates[c]
            c += 1
            t = toks[k]
            if self.in_quote[k]:
                continue
            if t in _PLURAL_DOCUMENTS:
                continue  # "هذه الوثائق": the leak as a whole, not one cable
            if t in lx.DOCUMENT_HEADS:
                if toks[k - 1] in QUOTE_MARKS:
                    continue  # a name in marks: "لـ"البيان"" is the outlet
                if not t.startswith("ال"):
                    return False  # a new document: "برقية أخرى"
                return not (k + 1 < self.n and toks[k + 1] in {"اخري", "اخر"})
            if len(t) > 4 and t[0] in "وبف" and t[1:] in lx.DOCUMENT_HEADS:
                return t[1:3] == "ال" and toks[k + 1 : k + 2] != ["اخري"]
        # "فاكتفى بالقول لغرانت في اللقاء نفسه": the meeting the cable told of
        same = self._same_at
        if same is None:
            same = self._same_at = []
            if not _SAME.isdisjoint(toks):
                same = self._same_at = list(compress(count(), map(_SAME.__contains__, toks)))
        if same:
            for k in same[bisect_left(same, first) : bisect_left(same, q.open_tok)]:
                w = toks[k - 1]
                if w[:2] == "ال" and w[2:] in lx.EVENT_NOUNS and not self.in_quote[k]:
                    return True
        return False

    def cable_for(self, q, att, prev, ent) -> str | None:
        if not self.cables:
            return None
        doc = self.doc
        sid = self.sent[q.open_tok]
        first = self.sent_first[sid]
        a = doc.starts[first]
        # the end of the sentence
        k = q.close_tok
        while k + 1 < self.n and self.sent[k + 1] == sid:
            k += 1
        b = doc.ends[min(k, self.n - 1)]
        before = self.cable_near(a, q.start)
        if before:
            return before
        after = self.cable_near(q.end, b)
        if after:
            return after
        if prev is not None and ent is not None and ent is prev[0] and att.follow_up:
            return prev[4]
        return None


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


def _suffixed_title(word: str) -> bool:
    """ "نظيره", "مستشارها": a title with a possessive pronoun."""
    for suffix in ("ها", "ه", "هم"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            if stem in lx.TITLES or (stem.endswith("ت") and stem[:-1] + "ه" in lx.TITLES):
                return True
    return False


def _is_title_head(word: str) -> bool:
    """classify(): a title heads the phrase: "وزير", "الوزير", "نظيره"."""
    hbase = word[2:] if word.startswith("ال") else None
    return bool(word in lx.TITLES or (hbase and hbase in lx.TITLES) or _suffixed_title(word))


_IS_TITLE_HEAD = _WordTable(_is_title_head)


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
    if head in lx.ORGANIZATION_HEADS or head in _COUNTRIES or head in lx.OUTLET_HEADS:
        m |= 64
    if (len(head) >= 8 and head[-3:] in _NISBA_ENDINGS and _NISBA_PLURAL.match(head)) or (
        head.startswith("ال") and head[2:] in lx.ANONYMOUS_HEADS and head.endswith(("ون", "ين"))
    ):
        m |= 128
    if head.startswith("ال") and head[2:] in _ANAPHORIC_HEADS:
        m |= 256
    if head in lx.ANONYMOUS_HEADS and head not in lx.TITLES:
        m |= 512
    return m


_HEAD_TESTS = _WordTable(_head_tests)

# ranks before a name that are no post ("الأمير X وزير الطاقة")
_RANKS = frozenset({"الامير", "الاميره", "الشيخ", "الشيخه"})

# "سموه", "معاليه": the honorifics each pronoun noun stands for
_ROYAL = frozenset({"السمو", "سمو", "الامير", "الاميره", "الشيخ", "الشيخه"})
_HONORIFIC_PRONOUNS = {
    "سموه": _ROYAL,
    "سموها": _ROYAL,
    "معاليه": frozenset({"معالي", "المعالي"}),
    "معاليها": frozenset({"معالي", "المعالي"}),
    "سعادته": frozenset({"سعاده", "السعاده"}),
    "سعادتها": frozenset({"سعاده", "السعاده"}),
    "فخامته": frozenset({"فخامه", "الفخامه"}),
}


# Maghrebi first names that carry the article ("الطاهر القلال", "الحبيب
# الصيد"): after a title's genitive they open the name, not an adjective
_ARTICLE_FIRST_NAMES = _words(
    "الطاهر الهادي الحبيب الطيب المنصف الصادق المختار الناصر المولدي البشير المهدي "
    "الجيلاني الشاذلي العياشي المكي الفاضل المنجي المنذر الصحبي الاسعد المبروك "
    "الطاهره الزهره السبتي"
)
# Tunisian family names that look like "بـ" + the article
_BAL_NAMES = _words("بالحاج بالقاسم بالطيب بالعيد بالشيخ بالحسن بالخير")


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


_REPLY_NOUNS = _words("رد تعقيب مداخله تدخل معرض")


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


def _name_word_flags(w: str) -> int:
    """1: a word a name does not go on with (``_not_in_name``, "فكان"); 2: also not
    one it starts with when there is no title (an addressee "لمسؤولين");
    4: may carry the tanween of an adverbial ("رداً"); 8: not even a name's
    first word after a title (an adverbial فاعلاً, "ضاحكا"); 16: a title, with or
    without the article."""
    f = 0
    if (w[0] == "ل" or w[-2:] in _POSSESSIVE_ENDINGS) and _not_in_name(w):
        f = 3 if w[0] == "ل" else 1
    elif w[0] in "فل" and (w[1:] in _AUXILIARIES or w[1:] in lx.NP_STOP or _cue_of(w) is not None):
        # "أما النائب X فكان …": the predicate of the topic; "وتدخلت النائبة
        # X لتؤكد": a purpose clause
        f = 1
    if w[-1] == "ا":
        f |= 4
        if len(w) == 5 and w[1] == "ا" and w[3] != "ي":
            f |= 9  # "فرد المبيضين ضاحكا", "وقال الوزير ضاحكا": an adverbial فاعلاً (not "رانيا")
    if w in _SAME:
        f |= 9  # "المسؤول الحكومي ذاته": "the same", never a name
    elif w[0] == "ب" and w[1:] in _COUNTRIES:
        f |= 1  # "علاقة الرئيس علي عبد الله صالح بواشنطن": a complement
    if w in lx.TITLES or (w[2:] if w.startswith("ال") else w) in lx.TITLES:
        f |= 16
    return f


_NAME_FLAGS = _WordTable(_name_word_flags)


_NOT_A_SUBJECT = _WordTable(
    lambda w: w in _NOT_A_SUBJECT_START or (w[0] == "ل" and len(w) >= 5 and w.endswith(_POSSESSIVE))
)


_ENVOYS = _words("السفير السفيره سفير سفيره القايم القايمه")


def _named_person(ent: _Entity | None) -> bool:
    """A person with a name ("السفير X"), not a bare title ("السفير": its key
    is "title:…") nor a mention without a key."""
    return (
        ent is not None
        and ent.kind == PERSON
        and bool(ent.key)
        and not ent.key.startswith("title:")
    )


def _envoy(role: str) -> bool:
    """An embassy's head ("السفير", "القائم بالأعمال"): who writes its cables."""
    return normalize_first(role) in _ENVOYS


@lru_cache(maxsize=1024)
def _role_words(role: str) -> frozenset[str]:
    """The words of a role without marks or the article ("رئيس حزب «X»")."""
    return frozenset(
        w[2:] if w.startswith("ال") and len(w) > 4 else w
        for w in normalize(role).replace('"', " ").replace("«", " ").replace("»", " ").split()
    )


@lru_cache(maxsize=1024)
def normalize_first(role: str) -> str:
    words = normalize(role).split()
    return words[0] if words else ""


def _group_role(ent: _Entity, anon_plurals: list[tuple[int, str, str]]) -> str | None:
    """A group ("الفرنسيون") takes the role of an earlier indefinite plural
    whose nationality matches ("مستشارين للرئاسة الفرنسية")."""
    head = _NORMALIZED[ent.surface].split()[0]
    if head.startswith("ال"):
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


def extract(text: str, *, language: str = "ar") -> list[ExtractedQuote]:
    """Every direct quotation in ``text`` with its attribution.

    ``language`` is accepted for the API's sake; the rules are for Arabic.
    """
    if not text or not _ANY_MARK.search(text):
        return []  # no quotation mark and no colon: nothing to find
    return _Extractor(text).run()
