"""Speech cues and the noun phrases they govern.

``cue_at`` reads the cue a token is (verb, participle, impersonal ``جاء في``,
prepositional ``بحسب``); ``scan_np`` reads the noun phrase after it, left to
right; ``classify`` says what that phrase names (a person with a role, a
body, an anonymous source, a document, a group) as an ``_Entity``.  A mixin
of ``engine._Extractor``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from itertools import combinations

from claims.extraction import lexicon as lx
from claims.extraction import words as _words_module
from claims.extraction.normalize import normalize
from claims.extraction.quotes import QUOTE_MARKS
from claims.extraction.types import (
    ANONYMOUS,
    DOCUMENT,
    GROUP,
    ORGANIZATION,
    PERSON,
)
from claims.extraction.words import (
    _ABBARA,
    _ABOUT,
    _ABOUT_OR_THAT,
    _ADDING,
    _ADDRESSEE_HEADS,
    _ADDRESSING,
    _ADDRESSING_ONLY,
    _ADJUNCT_OPENERS,
    _ADVERBS,
    _AFTER_PHRASE,
    _AFTER_POST_ADVERBS,
    _AGENCY_SHORT_NAMES,
    _AGO,
    _AL_GIVEN_NAMES,
    _ALA_OBJECTS,
    _ALA_PHRASE_HEADS,
    _ALA_TAKING_PARTICIPLES,
    _ALI_LAST,
    _AMIN_POST_ADJECTIVES,
    _AND_COMPASS,
    _AND_CONSTRUCT,
    _APPOINTING,
    _APPOSITION_NOUNS,
    _APPOSITION_OPENERS,
    _ARTICLE_FIRST_NAMES,
    _AS_BEING,
    _AS_FAR_AS,
    _AUXILIARIES,
    _BA_OBJECT_NOUNS,
    _BASED_ON,
    _BAYNA,
    _BEFORE_OR_WITH,
    _BODIES_IN_CONSTRUCT,
    _BODY_OBJECT_VERBS,
    _BODY_OR_PLACE_HEADS,
    _BODY_PLURALS,
    _BY_NOT,
    _CALL_ON_FORMS,
    _CALLED,
    _CAPITAL,
    _CHIEF,
    _CITIES,
    _COMING_FROM,
    _COMMAS,
    _COMMAS_OR_COLON,
    _COMMAS_OR_SEMICOLON,
    _COMPASS_POINTS,
    _COMPOUND_SECOND,
    _CONJUNCTIONS,
    _COUNTED_PLURALS,
    _COUNTERPARTS,
    _COUNTRIES,
    _CUE_INFO,
    _CUE_WORDS,
    _DASHES,
    _DAY_NOUN,
    _DECLINE_NOUN_TWINS,
    _DEEMED_IT,
    _DEFINITE_ADVERBS,
    _DEFINITE_OBJECTS,
    _DEICTIC_DAYS,
    _DESCRIBED_THINGS,
    _DESCRIBING_CUES,
    _DOCUMENT_HEAD_BASES,
    _DOCUMENT_PARTICIPLES_M,
    _DWELLS,
    _EARLIER_OCCASIONS,
    _EMBASSIES,
    _F,
    _FACILITY_HEADS,
    _FEMININE_PLURAL_SOURCES,
    _FROM,
    _FROM_PRONOUNS,
    _FRONTING_OR_CONJ,
    _GENERAL,
    _GENITIVE_FIRST,
    _GIVEN_NAMES,
    _GLUED_MA,
    _GOING_ON_VERBS,
    _GOVERNS_A_NOUN,
    _GROUNDS,
    _GROUP_CONSTRUCT_HEADS,
    _HAJJ,
    _HAS_ARABIC,
    _HE_SHE,
    _HEAD_OF_STATE_RANKS,
    _HEAD_TESTS,
    _HIGH_LEVEL,
    _HIGHNESS,
    _HOLDS_OR_TAKES_POST,
    _HONORIFIC_WORDS,
    _HONORIFIC_WORDS_OR_RANKS,
    _HONORIFICS_OR_RANKS,
    _HONORIFICS_RANKS_OR_PRINCE,
    _IN,
    _IN_OR_FROM,
    _INDEFINITE_ADJECTIVES,
    _IS_TITLE_HEAD,
    _ISSUED,
    _KANA,
    _KUNYA_HEADS,
    _LAM_FIRST_NAMES,
    _LAM_GENITIVE_HEADS,
    _LAM_LABELS,
    _LAM_ONLY_BODIES,
    _LATELY,
    _LOOSE_ALL,
    _LOOSE_MATCH,
    _M,
    _MAIN_ROLE_PREPOSITIONS,
    _MANNER,
    _MARKS_OR_PAREN,
    _MEETING_OBJECT_VERBS,
    _MEETING_VERBS,
    _MEMBERS_ABOUT,
    _MET,
    _NA_GIVEN_NAMES,
    _NAME_END_PREPOSITIONS,
    _NAME_FLAGS,
    _NAME_LINKS,
    _NAME_PATRONS,
    _NAME_PREPOSITIONS,
    _NAMED_BY_LABEL,
    _NAMED_PLACES,
    _NATIONALITIES,
    _NEWS_PLURALS,
    _NEWS_VERB,
    _NEWS_VERBS,
    _NISBA_ENDINGS,
    _NOUN_MARKERS,
    _NP_KIND,
    _NP_SPECIAL,
    _OBJECT_OR_NAME,
    _OBJECT_THINGS,
    _OCCASION_AFTER_BODY,
    _ON_WHAT,
    _ON_WHAT_FUSED,
    _OUTLET_TAILS,
    _OWN_OCCASION_AFTER_POST,
    _OWN_WORDS,
    _OWNED_STATEMENTS,
    _OWNER,
    _PARTICIPANTS,
    _PARTICIPLE_COMPLEMENTS,
    _PATRONYMIC_LINKS,
    _PEOPLE_BROKEN_ADJECTIVES,
    _PERSON_GENITIVE_HEADS,
    _PERSON_OBJECT_VERBS,
    _PERSON_SINGULARS,
    _PERSON_STATES,
    _PERSONS_OF_A_BODY,
    _PL,
    _PLACE_ADVERBS,
    _PLACE_FIRST_WORDS,
    _PLURAL_PERSONS_HEAD,
    _POSSESSED_EVENT,
    _POSSESSED_STATEMENTS,
    _POSSESSED_TITLES,
    _POST_ENDING_WHEN,
    _POST_NOUNS,
    _POST_OBJECT_THINGS,
    _POST_PLACE_PREPOSITIONS,
    _POST_PLACES,
    _PRAISE_VERBS,
    _PREP_CUE,
    _PRINCE_TITLES,
    _PROMPTING,
    _QATA_BARE,
    _QATA_OPENERS,
    _QAWL,
    _QAWL_AFTER,
    _QUANTIFIERS,
    _RANKS,
    _RECORDINGS,
    _RELATION_TITLES,
    _RELATIVES,
    _RELAY_PRONOUNS,
    _RELAY_RESUMPTIVE,
    _RENEWING_VERBS,
    _REPLIED_TO,
    _REPLY_CUES,
    _REPLY_PRESENT,
    _RESIDENTS,
    _RESPONSIBLE,
    _RIVALS,
    _ROYAL_ADJECTIVE,
    _SAYING,
    _SAYING_NOUN_FORMS,
    _SEATS_ABOUT,
    _SEEING_FORMS,
    _SENTENCE_END,
    _SERVICE_STAFF,
    _SERVICES,
    _SERVING_ADJECTIVES,
    _SG,
    _SINGULAR_OF,
    _SOURCE_ADJECTIVES,
    _SOURCE_BEFORE_TO,
    _SOURCE_BEFORE_WHAT,
    _SOURCE_PARTICLES,
    _SPOKE_ABOUT,
    _SPORT_BALL,
    _STAR_TEAM_HEADS,
    _STATE_ADJECTIVES,
    _STATE_KINDS,
    _STATEMENT_NOUNS,
    _STATEMENT_OCCASIONS,
    _STATEMENTS,
    _STATEMENTS_ALSO_NAMES,
    _TASHKEEL,
    _TEAM_HEADS,
    _THEN,
    _THEN_OR_LATELY,
    _THING_PLURALS,
    _THINGS_ALSO_OTHER,
    _THIS_THAT,
    _TIME_ADVERBS,
    _TITLE_ADJECTIVES,
    _TITLE_BROKEN_PLURALS,
    _TITLE_COMPLEMENTS,
    _TITLE_LIKE,
    _TO_FROM_WHAT,
    _TOLD_MASDAR_PREPOSITIONS,
    _TOLD_MASDARS,
    _TOLD_PRONOUNS,
    _TRIBE_LINKS,
    _TRIBES,
    _TURN_NEXT,
    _URGE_LEMMAS,
    _VERB_KINDS,
    _VERBAL_NOUN_NEXT,
    _VERBS_WITH_MIN,
    _VISITED_BY,
    _WHAT_PROMPTED,
    _WHAT_RELAYED,
    _WHAT_SAID_ANSWERED,
    _WHAT_SAID_FORMS,
    _WHOEVER,
    _WITH_THE_PHRASE,
    _WITHHELD_NAME,
    _WITHHELD_WHAT,
    _WITHHOLDING_PARTICIPLES,
    _WOMEN_PLURALS,
    _anon_plural,
    _bare_object_noun,
    _base,
    _chief_of,
    _cue_of,
    _CueHit,
    _definite_construct,
    _Doc,
    _doing_verb,
    _Entity,
    _genitive_start,
    _joins_others,
    _key,
    _key_words,
    _lemma_key,
    _manner_participle,
    _named_person,
    _nominative,
    _person_post_dual,
    _present_verb,
    _saying_after_what,
    _suffixed_title,
    _thing_in_commas,
    _urged_sound_plural,
    normalize_first,
)
from claims.extraction.words import given_name_glued as _given_name_glued

# Called as ``name.method(...)``, so bound here by assignment rather than
# imported: CPython 3.11 compiles a method call on an imported name as an
# attribute load and a call (it takes the name for a module), which makes a
# bound method object on every call, where a module global gets LOAD_METHOD.
_PLACE_HEADS = _words_module._PLACE_HEADS
# "his counterpart" or "his rival", another person (scan_np, apposition_intro,
# the role's end; bound by assignment: a method is called on it)
_COUNTERPARTS_OR_RIVALS = _words_module._COUNTERPARTS | _words_module._RIVALS_JOINED
_NAME_STOP_PLACE_HEADS = _words_module._NAME_STOP_PLACE_HEADS
# "جامعة محمد الخامس", "مستشفى عبد الله الأول": a king's regnal number
_REGNAL = _words_module._words(
    "الاول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر"
)
_ONE_OF_THEM = _words_module._ONE_OF_THEM
_THAT = _words_module._THAT
_HE_SHE_THEY = _words_module._HE_SHE_THEY
_NO_OBJECT_VERB_BEFORE = _words_module._NO_OBJECT_VERB_BEFORE
_IN_OR_DURING = _words_module._IN | _words_module._words("خلال وخلال")
_THAT_PRONOUN = _words_module._THAT_PRONOUN
_AMAM = _words_module._AMAM
_NAMED_THAT = _words_module._NAMED_THAT
_OUTLET_TAIL_PAIRS = _words_module._OUTLET_TAIL_PAIRS
_TITLES_TO = _words_module._TITLES_TO
_TITLES_ABOUT = _words_module._TITLES_ABOUT
_ORGANIZATION_HEADS = lx.ORGANIZATION_HEADS
_PUBLISHED_IT = lx.PUBLISHED_IT  # (scan_np, classify: "تقرير نشرته صحيفة X")
# scan_np: "برقية بعث بها السفير X", the verb of sending in ب and its بها
# (_RESUMPTIVE_SKIP)
_AUTHOR_VERBS_IN_B = lx.AUTHOR_VERBS_IN_B
# classify: an elative after بـ ("بأكثر وضوح", "بأشد العبارات") is an adverbial
_ELATIVES = _words_module._words("اكثر اقل اشد افضل ابلغ اوضح")
# phrase_entity: those with the article after a title's body, before their
# noun of specification ("رئيس النادي الأكثر شعبية"), folded
_DEFINITE_ELATIVES = frozenset("ال" + w for w in _ELATIVES)
# (of them, those a noun of specification follows, "الأكثر شعبية", "الأقل
# تمثيلا"; not "الأفضل", before a name: "مدرب الفريق الأفضل سامية X";
# final read)
_SPECIFIED_ELATIVES = _words_module._words("الاكثر الاقل الاشد")


def _too_many_name_words(words: list[str]) -> bool:
    """``words`` are too many for one person's name: more than four beside
    the links of a lineage ("X بن Y آل Z"), save five in a lineage, each
    after its بن ("محمد بن علي بن أحمد بن خالد بن سعود"; mend28g)."""
    n = len(words) - sum(map(_NAME_LINKS.__contains__, words))
    # (four links at least: not "X Y Z W V", five given names in a row)
    return n > 4 and not (n == 5 and len(words) >= 9 and _words_module.lineage_name(words))


def _specified_elative(w: str) -> bool:
    """``w`` may take a noun of specification in the accusative: one of
    _SPECIFIED_ELATIVES, or any elative of the shape ال + أفعل (folded "الا"
    and three letters: "الأكبر سنا", "الأوسع انتشارا", "الأوفر حظا", "الأعلى
    صوتا"), not a title, "former" or a country of that shape (الأمير، الأمين،
    الأسبق، الأردن) nor a feminine noun (الأزمة; mend28g)."""
    return w in _SPECIFIED_ELATIVES or (
        len(w) == 6
        and w[:3] == "الا"
        and w[-1] != "ه"
        and w not in lx.TITLES
        and w not in _words_module._FORMER_DEFINITE
        and w not in _words_module._COUNTRIES
    )


# scan_np: _specified_elative of the word before, memoised per word
_SPECIFIED_ELATIVE = _words_module._WordTable(_specified_elative)


def _specification_noun(elative: str, noun: str) -> bool:
    """``noun``, after the elative ``elative`` (_specified_elative), is its
    noun of specification, no name word: an indefinite noun in the
    accusative ("حظا", "سنا", "تمثيلا"), or after الأكثر/الأقل/الأشد an
    abstract noun in ية ("الأكثر شعبية"; not after "الأفضل", before a
    name: "مدرب الفريق الأفضل سامية X"); never a given name ("رضا")."""
    return (
        (noun[-1:] == "ا" and len(noun) >= 3)
        or (noun[-2:] == "يه" and len(noun) >= 5 and elative in _SPECIFIED_ELATIVES)
    ) and noun not in _GIVEN_NAMES


# verbs whose complement على introduces: after their subject's title, علي
# is that preposition, even written with its ya ("رد الوزير علي الانتقادات")
_VERBS_WITH_ALA = _words_module._with_prefixes(
    _words_module._words(
        "رد ردت علق علقت اكد اكدت شدد شددت حرص حرصت وافق وافقت صادق صادقت "
        "اعترض اعترضت اشرف اشرفت حصل حصلت اثني اثنت حث حثت ركز ركزت اصر اصرت "
        "اطلع اطلعت تعرف تعرفت وقع وقعت عثر عثرت قضي قضت حكم حكمت سيطر سيطرت "
        "هجم هجمت اعتدي اعتدت اقدم اقدمت اجاب اجابت عقب عقبت نص نصت اطلق اطلقت "
        "دابت داب حافظ حافظت تغلب تغلبت انقلب انقلبت تمرد تمردت اعتاد اعتادت "
        "اعتمد اعتمدت عمل عملت دل دلت استولي استولت تحفظ تحفظت احتج احتجت "
        "اقبل اقبلت حض حضت الح الحت توقف توقفت تعذر تستر اشاد اشادت "
        # (a seat or a stand taken: "جلس على رأس الطاولة", "وقف على المنصة",
        # "نزل على رأس القائمة")
        "جلس جلست وقف وقفت نزل نزلت"
    )
)
# scan_np: the people greeted or called on, in construct ("وهنأ الرئيس شعب
# بلاده بالعيد", "وحيا X Y جماهير الفريق", "أهالي الحي", "أبناء الجالية"),
# folded: no word of a name, after a name or a title's genitive (dev15b) or
# right after a bare title ("وشكر المحافظ أهالي القرية", kw18a)
_GREETED_PEOPLE = _words_module._words("شعب جماهير اهالي ابناء") | _words_module._CALLED_ON_STATES
# scan_np: object nouns of news verbs ("استقبل X وفدا"، "عقد X اجتماعا"،
# "ألقى X كلمة"، "قام X بزيارة") that never continue a name read before them
_OBJECT_AFTER_NAME = _words_module._words(
    "وفد وفدا اجتماع اجتماعا بيان بيانا كلمه رساله تصريح تصريحا تصريحات "
    "موتمر موتمرا ندوه لقاء جلسه زياره اتصال اتصالا حوار حوارا مقابله "
    "تقرير تقريرا دعوه مبادره خطاب خطابا محاضره مذكره تغريده تدوينه "
    "بوفد بزياره باجتماع بجوله بلقاء باتصال بكلمه برساله "
    "الوفد "
    # ("ترأس المطران X Y قداس الأحد"، "وألقى X عظة قال فيها": the service
    # held and the sermon given)
    "قداس قداسا عظه موعظه خطبه "
    # ("بحث الوزير مع نظيره X Y سبل تعزيز …": what was discussed; "أرجع X
    # Y لاعب المنتخب أسباب الهزيمة إلى …": the reasons told)
    "سبل افاق اوجه مستجدات تطورات اسباب "
    # ("وروى X تفاصيل لقائه", "وشرح X ملابسات الحادث": the account given;
    # "أبدى X مفاجأة كبيرة", also spelt مفاجئة: the surprise voiced)
    "تفاصيل ملابسات مفاجاه مفاجيه "
    # ("وأبلغ السفير X Y تحيات الملك", "ووجه X Y تحية إلى", "وقدم X Y تعازيه":
    # the greetings or condolences sent; تحية opens a woman's name only
    # right after a title, where no name is read yet)
    "تحيات تحيه تعازي تعازيه تعازيها "
    # ("استعرض السفير X Y أبرز محطات عمله", "أهم المشاريع": the elative
    # that heads the verb's object)
    "ابرز اهم"
)
_OBJECT_AFTER_NAME = _OBJECT_AFTER_NAME | _GREETED_PEOPLE
# (of those, the ones also given or family names, an object only with words
# after them: words._OBJECT_OR_NAME)
# scan_np: the bodies of a defence ("فريق الدفاع عن X", "هيئة الدفاع عن
# X"), folded, whose client عن names
_DEFENCE_TEAMS = _words_module._DEFENCE_BODIES
_BUILDINGS_SPOKEN_FROM = _words_module._BUILDINGS_SPOKEN_FROM
_MINISTER_HEADS = _words_module._MINISTER_HEADS
_MOURNING = _words_module._MOURNING
_WARNED_OF_HEADS = _words_module._WARNED_OF_HEADS
# about_after_post: verbs that take عن before what they tell of ("تحدث
# عن", "كشف عن", "أعرب عن"), folded, of one man or one woman
_TAKES_ABOUT = _words_module._words("تحدث تحدثت تكلم تكلمت كشف كشفت اعرب اعربت عبر عبرت افصح افصحت")
# scan_np: after a ruler's or the late's name or title, the blessing that
# follows it (words._BLESSINGS) or his epithet ("المعظم", "المفدى"), folded:
# never a word of the name
_BLESSINGS = _words_module._BLESSINGS
_RULER_EPITHETS = _words_module._words("المعظم المفدي")
# (and the first words of the prayers that are names or nouns too, which
# words.prayer_at reads on: "النبي X صلى الله عليه وسلم", "الإمام X قدس سره")
_BLESSINGS_OR_EPITHETS = _BLESSINGS | _RULER_EPITHETS | _words_module._PRAYER_HEADS
_BLESSING_FIRST = _BLESSINGS | _words_module._PRAYER_HEADS
_prayer_at = _words_module.prayer_at
# "one of" (أحد، إحدى): in phrase_entity's name loop, opening a description
# after the name ("X Y أحد مستشاري الرئيس"); in scan_np, before an elative
# ("أحد أبرز قادة الحزب")
_ONE_OF = _words_module._ONE_OF


def _after_urging(cue: lx.Cue | None, toks: list[str], a: int) -> bool:
    """Whether the phrase at token ``a`` is the subject of a verb of urging
    or calling on (_URGE_LEMMAS): its cue, or outside speech the verb right
    before it ("وحث", "ويناشد"), whose object may follow the name."""
    if cue is not None:
        return cue.lemma in _URGE_LEMMAS
    return a > 0 and toks[a - 1] in _CALL_ON_FORMS


def _past_nisbas(toks: list[str], j: int, end: int) -> int:
    """The first token from ``j`` (before ``end``) past at most two nisba
    adjectives with the article ("الليبية", "المصري", folded: ال…يه/ال…ي),
    which describe the noun before them."""
    stop = min(end, j + 2)
    while (
        j < stop
        and len(w := toks[j]) >= 5
        and w[:2] == "ال"
        and (w[-2:] == "يه" or w[-1] == "ي")
        and w not in lx.ORGANIZATION_HEADS
    ):
        j += 1
    return j


# words in ي/ية after a dash that are no nisba of a post's body: the second
# and eleventh, ordinals of an aside ("- الثانية في البلاد -"), folded
_DASHED_NOT_NISBAS = _words_module._words("الحادي الحاديه")


def _dashed_nisba_pair(toks: list[str], i: int, limit: int) -> bool:
    """Whether the dash at token ``i`` joins two nisba adjectives with the
    article of one agreement ("السياسية – الأمنية", "الاقتصادي-الاجتماعي",
    folded: ال…يه/ال…ي on both sides), one adjective of a post's body
    (dev33r); not a dateline's or an aside's dash, which a nisba and a word
    of another shape stand around."""
    if i + 2 >= limit:
        return False
    p = toks[i - 1]
    q = toks[i + 1]
    if len(p) < 5 or len(q) < 5 or p[:2] != "ال" or q[:2] != "ال":
        return False
    if q in _words_module._ORDINALS or q in _DASHED_NOT_NISBAS:
        # "مدير الشركة الوطنية - الثانية في البلاد -": a rank in an aside
        return False
    if p[-2:] == "يه":
        return q[-2:] == "يه"
    return p[-1] == "ي" and q[-1] == "ي" and q[-2:] != "يه"


def _staff_of_embassy(toks: list[str], a: int, b: int) -> bool:
    """Whether toks[a:b] is the embassy's staff in a service ("حراس الأمن
    للسفارة", "عامل النظافة للسفارة", "موظفو الاستقبال للسفارة"): a staff
    word, its service, then the embassy glued to لل, its employer. Read as a
    name (a plural or a post with no title), the phrase still holds the
    embassy, as after the title "حارس الأمن"."""
    return (
        b == a + 3
        and toks[a] in _SERVICE_STAFF
        and toks[a + 1] in _SERVICES
        and toks[a + 2][:2] == "لل"
        and "ال" + toks[a + 2][2:] in _EMBASSIES
    )


def _body_head(w: str) -> bool:
    """``w`` is a body's or a named thing's head ("حزب", "لمركز",
    "والصحيفة"), whose name follows (scan_np: _OBJECT_AFTER_NAME)."""
    if w[:1] in "ولب" and len(w) > 3 and w[1:] in _NAMED_BY_LABEL:
        return True
    return w in _NAMED_BY_LABEL or (w[:2] == "ال" and w[2:] in _NAMED_BY_LABEL)


def _opens_name(words: list[str], k: int, n: int) -> bool:
    """``words[k]`` opens a person's name (folded): a common given name, a
    Maghrebi one with the article, or the first half of a compound name
    before its second ("عبد الرحيم", "أبو بكر", "نور الدين")."""
    w = words[k]
    if w in _GIVEN_NAMES or w in _ARTICLE_FIRST_NAMES:
        return True
    if k + 1 >= n:
        return False
    nxt = words[k + 1]
    return (w in ("عبد", "ابو") and nxt[:2] == "ال") or (
        w in _COMPOUND_FIRST and nxt in _COMPOUND_SECOND_ANY
    )


def _body_field_end(words: list[str], a: int, i: int, n: int, named_after: bool = False) -> int:
    """حول at ``words[i]`` after a title and a body (from ``words[a]``,
    "رئيس مركز الدراسات حول المغرب العربي X Y"): the index of the name
    after the body's field and before a word more (all before ``n``), else
    0. The field is one to four words, each with the article, with it after
    و ("الحريات النقابية والصحفية"), or a bare noun before one with it
    ("قضايا الهجرة"); the topic after حول is no body's field when no name
    follows it ("وتحدث رئيس المركز حول الوضع"). scan_np on tokens,
    phrase_entity on a phrase's words. ``named_after``: the name is set off
    after the phrase's end (its comma), and the field may run to ``n``."""
    if not any(_body_head(w) for w in words[a:i]):
        return 0
    k = i + 1
    while k < n and k - i <= 4 and not _opens_name(words, k, n):
        w = words[k]
        if w in lx.NP_STOP:
            break
        if w[:2] == "ال" or (k > i + 1 and w[:3] == "وال"):
            k += 1
        elif k + 1 < n and words[k + 1][:2] == "ال" and not _opens_name(words, k + 1, n):
            k += 1  # a bare noun in construct: "قضايا الهجرة"
        else:
            break
    if k > i + 1 and k + 1 < n and words[k - 1][:2] in ("ال", "وا") and _opens_name(words, k, n):
        return k
    if named_after and k == n and k > i + 1:
        return k  # ("رئيس مركز الدراسات حول الشرق الأوسط، X Y،")
    return 0


# possessed_adjunct: the occasions "في + noun + his/her" tells ("في جولته",
# "في كلمتها", "في ديوانيته"), unlike a body of a post ("في حكومته")
_POSSESSED_OCCASIONS = _words_module._words(
    "جوله زياره كلمه ديوانيه مداخله رساله تغريده تدوينه اطلاله مقابله جلسه "
    "خطبه محاضره اجابه مشاركه ندوه استضافه حضره معيه تصريحات كلمات رحله اقامه "
    "اطلالات لقاءات مداخلات جولات زيارات"
)
# classify: what verbs of judging (انتقد، رفض، ثمن) take for object in
# construct, right after the subject's name: "انتقد X Y أداء الوزير",
# "رفضت X Y مشروع قانون المالية" (no name word)
_EVALUATED_NOUNS = _words_module._words(
    "اداء مشروع سياسه سياسات اجراءات قرار قرارات تصريحات موقف مواقف تعامل "
    "طريقه تاخر تاخير غياب صمت تقاعس خطه مقترح"
)
# apposition_intro: a preposition opens an adjunct, never a post
_APPOSITION_PREPOSITIONS = _words_module._words(
    "امام خلال اثناء عقب اثر بعد قبل عند لدي مع في علي عن من الي حول منذ"
)
# first halves of compound names whose second half has the article ("نور
# الدين", "سيف الإسلام", "زين العابدين")
_COMPOUND_FIRST = _words_module._words(
    "نور شرف عز صلاح خير بدر علاء نصر سيف جمال كمال زين محي محيي تقي شمس فخر "
    "عماد بهاء ضياء حسام نجم قطب سعد شهاب ناصر مجد برهان سراج قمر تاج عصام"
)
# (their second halves: الدين/الله/العابدين after any, the rest only in
# the names they make: not "حسن كمال الحق"، "محمد سعد السلام")
_COMPOUND_SECOND_ANY = _words_module._words("الدين الله العابدين")
_COMPOUND_PAIRS = frozenset(
    {("سيف", "الاسلام"), ("نور", "الاسلام"), ("ضياء", "الحق"), ("نور", "الحق"), ("نور", "الهدي")}
)
# the prepositions of a verb's complement ("يشير إلى", "يرد على", "يتحدث
# عن"), folded: complement_after_subject, and scan_np's present verb after
# a name
_VERB_PREPOSITIONS = _words_module._VERB_PREPOSITIONS
# scan_np: what makes العام after a post the year ("العام الجاري")
_YEAR_OF = _words_module._words("الجاري الحالي المنصرم الفايت القادم")
_OUTLET_HEADS = lx.OUTLET_HEADS
# classify: documents with no article, the object of an outlet's verb of
# publishing after its name ("نشر موقع X برقيات …")
_BARE_DOCUMENTS = frozenset(w for w in lx.DOCUMENT_HEADS if w[:2] != "ال")
_INFORMED = frozenset({"مطلع", "مطلعه", "مطلعون", "مطلعين"})
# what may follow "informed" after a source's nisbas ("مصدر قضائي مطلع إن",
# "… مطلع على الملف"), folded
_INFORMED_NEXT = _words_module._words("ان انه انها بان علي في من")
# scan_np: a call, a broadcast intervention or a recording after في (folded)
_CALL_NOUNS = _words_module._words("اتصال مكالمه مداخله تسجيل مقطع")
# scan_np: a programme after في, a broadcast where a nisba or marks follow
_PROGRAMME = _words_module._words("برنامج")
# scan_np: the nisbas that make a programme a broadcast ("برنامج تلفزيوني"),
# not a body's ("برنامج أممي للتنمية"; folded)
_BROADCAST_NISBAS = _words_module._words("تلفزيوني تليفزيوني تلفزي اذاعي حواري اخباري صباحي")
# classify: adjectives in ي of a post's kind or time ("الرسمي", "الحالي"),
# folded; never a name alone after the post
_POST_KIND_ADJECTIVES = _words_module._POST_KIND_ADJECTIVES
# cue_at: "the one (event) that X called for": a relative, then دعا with the
# pronoun of the event glued to its preposition
_RELATIVES_OF_EVENT = _words_module._words("الذي التي")
_CALLED_FOR_IT = _words_module._words("له لها اليه اليها")
_ABOUT_IT = _words_module._ABOUT_IT
# opens_relative: "الذي سبق أن أعلن عنه", "it happened before that" between a
# relative and its verb, folded; and "التي كانت قد كشفت عنها"
_IT_HAPPENED_BEFORE = _words_module._words("سبق سبقت")
_COPULAS = _words_module._COPULAS
_REVEALED_LEMMAS = _words_module._REVEALED_LEMMAS
# cue_at: the words after which نسب is a verb of attributing, its subject
# after it ("ما نسب إلى", "كما نسب التقرير إلى"), not the noun "rates"
# (folded; the relatives are words._RELATIVES)
_BEFORE_ATTRIBUTED = _words_module._RELATIVES | _words_module._words(
    "ما مما بما كما فيما قد وقد فقد لقد ثم حيث اذ عندما حين بعدما وهو وهي"
)
# cue_at: the forms of عزا, with و/ف (folded), and the noun of saying after
# "عزا X إلى Y" (aza_relays)
_AZA_FORMS = frozenset(p + normalize(w) for w in lx.AZA_FORMS for p in ("", "و", "ف"))
_SAID_OF_HIM = _words_module._words("قوله قولها قولهم قولهما القول")
_SAYING_OF_THEM = _words_module._SAYING_OF_THEM
# outlet_name_end: a pronoun glued to لـ, no outlet's name (folded, no لـ)
_BARE_PRONOUNS = _words_module._words("نا ه ها هم هما هن كم ك ي")
# outlet_told_to: the press told, glued to لل (folded)
_TO_PRESS = _words_module._words("للصحفيين للصحافيين للاعلاميين للصحافه")
# outlet_name_end: anonymous heads that speak to the press and take no noun
# in construct glued to لـ ("وقال مسؤول لرويترز إن"; not "تاجر لحوم")
_INFORMANT_HEADS = _words_module._words(
    "مصدر مصادر مسوول مسووله مسوولون مسوولين مسيول مسيوله مسيولون مسيولين "
    "دبلوماسي ديبلوماسي دبلوماسيون دبلوماسيين شاهد شهود"
)
# outlet_told_to: the names of Latin letters, folded, that spell an outlet's
# initials ("إذاعة موزاييك إف إم", "بي بي سي"), no person's name (not "في",
# "إن", "أي", "إل": the preposition, أنّ, "any" and the article read so)
_LATIN_LETTER_NAMES = _words_module._SPELLED_LETTERS
_LETTERS_OR_WORDS = _words_module._LETTERS_OR_WORDS
# cue_at: a verb after a preposition ("على رد الوزير") or "whoever" ("لمن
# يتابع") is a noun or anyone's
# and the question particle: "في رده على سؤال هل تعتبر الزيارة خطأ، إن «…»":
# a verb after هل is the question put, not the clause's verb of saying
_ABOUT_WHOEVER_IN = _ABOUT | _WHOEVER | _IN | _words_module._words("هل وهل فهل")
# cue_at: "ما إذا" ("whether"), then كان, before the verb of the question
_WHETHER = _words_module._words("ما عما فيما حول")
# cue_at: a participle after "غير" or "ليس" is an adjective ("غير مؤكدة",
# "ليس مستبعدا"), no cue
_NOT_ADJECTIVE = _words_module._words("غير ليس ليست وليس وليست فليس")
# "any" (أي, normalised): "أي أدلة تشير إلى أن": the verb after its noun is
# no cue (cue_at)
_ANY = frozenset({"اي", "باي", "لاي"})
# cue_at: the present of أظهر (folded, with و/ف), a cue only before a
# document that shows (_SHOWING_DOCUMENTS: its head, or "one of")
_SHOWS_PRESENT = _words_module._with_prefixes(
    _words_module._words("يظهر تظهر يظهرون يظهران تظهران"), "وف"
)
_SHOWING_DOCUMENTS = lx.DOCUMENT_HEADS | _words_module._words("احدي احد")
_IT_CONCERNS = _words_module._IT_CONCERNS
_RECORDS_PRESENT = _words_module._RECORDS_PRESENT
_NEGATIONS_BEFORE_PRESENT = _words_module._NEGATIONS_BEFORE_PRESENT
_ON_THE_TONGUE_OF = _words_module._ON_THE_TONGUE_OF
_CAME_ON_TONGUE = _words_module._CAME_ON_TONGUE
_WHAT_CAME = _words_module._WHAT_CAME
# cue_at: "ضباط وصف جنود", "الضباط وصف الضباط": after "officers", وصف is و +
# صف (the ranks, non-commissioned officers), no verb "described" (folded)
_OFFICERS = _words_module._words("ضباط الضباط لضباط وضباط بضباط للضباط بالضباط والضباط")
_THAT_FAMILY = frozenset({"ان", "انه", "انها", "انهم", "انهما", "انني", "اننا"})
# "أمين عام الحزب", "أمين السر", "أمين عمان": أمين is a post only before
# what it keeps (the general office, the secretariat, the treasury, a body or
# a title it heads) or a place it governs; before a name word it is the given
# name Amin ("الرئيس الأسبق أمين الجميل")
# "أمين خزينة الجمعية", "أمين المتحف الوطني", "أمين شرطة المرور": the
# offices, bodies and trades a أمين keeps, bare or with the article
_AMIN_OFFICES = _words_module._words(
    "صندوق خزينه خزانه متحف اعلام شرطه مجمع جامعه شوون حرفه تنظيم لجنه مجلس دار"
    " مستودع مخزن مخازن ارشيف محفوظات معرض جمارك"
)
_AMIN_POSTS = (
    _words_module._words(
        "العام عام السر سر المال مال الصندوق المظالم مظالم المكتبه مكتبه الفتوي فتوي العاصمه "
        # (a party's branch or section: "أمين فرع الحزب باللاذقية X")
        "فرع شعبه"
    )
    | _words_module._COUNTRIES
    | _PLACE_HEADS
    | frozenset("ال" + w for w in _PLACE_HEADS)
    | lx.ORGANIZATION_HEADS
    | lx.TITLES
    | _AMIN_OFFICES
    | frozenset("ال" + w for w in _AMIN_OFFICES)
)


def _amin_named(words: list[str], i: int, n_words: int) -> bool:
    """ "أمين الجميل": أمين before a name word, the given name, no post
    (and "وقال أمين، وهو طالب جامعي،": alone, the post would need its
    genitive, "أمين عام", "أمين المال")."""
    return words[i] == "امين" and (
        n_words == 1
        or (
            i + 1 < n_words
            and words[i + 1].isalpha()
            and words[i + 1] not in _AMIN_POSTS
            and not words[i + 1].startswith("ل")
        )
    )


def _family_after_amin(w: str) -> bool:
    """``w`` (folded, with the article), after "X الأمين", is a family name
    rather than an adjective or a genitive of الأمين's post: no word of
    ``_AMIN_POSTS`` or ``_AMIN_POST_ADJECTIVES``, no adjective of any post
    (``_POST_ADJECTIVES``: "الأمين المكلف", "الأمين المنتخب", "الأمين
    المؤقت", "الأمين المستقيل"; mend36b), no title, no body glued to لـ and
    no nisba ("الأمين القطري", "الأمين التنفيذي")."""
    return (
        w[:2] == "ال"
        and len(w) > 4
        and w not in _AMIN_POSTS
        and w not in _AMIN_POST_ADJECTIVES
        and w not in _POST_ADJECTIVES
        and w not in lx.TITLES
        and w[-1] != "ي"
    )


# "X، نجم الزمالك السابق،": a star of a club or a team, in construct, set off
# after a name (not a title before one: "نجم الدين" is a first name)
_STAR = frozenset({"نجم", "نجمه"})


def _star_of(nxt: str, k: int) -> bool:
    """``nxt`` (folded), after a star (_STAR) that follows ``k`` words of a
    name, is what he is the star of: a team's head ("نجم منتخب بلاده",
    "نجم فريق X"),
    or, after a full name of two words or more, a club or a team with the
    article ("X Y نجم الزمالك السابق", "نجمة المنتخب"), not the second
    half of a compound name ("X نجم الدين")."""
    return nxt in _STAR_TEAM_HEADS or (
        k >= 2 and nxt[:2] == "ال" and nxt not in _COMPOUND_SECOND_ANY and len(nxt) > 3
    )


# honorifics without the article that open a phrase: "معالي", "سعادة", "فخامة"
_BARE_HONORIFICS = frozenset(
    w for w in lx.HONORIFICS if w.isalpha() and len(w) > 2 and not w.startswith(("ال", "صاحب"))
)

# an honorific or a rank before a name, in the genitive of a post after the
# subject's name ("X Y محامي الشريف Z Q", "مستشار الدكتور Z Q"): the name is
# the honoured one's, not the post's holder (the abbreviations "د"/"م" are
# left: a single letter is no word to test); الشريف/الشريفة, the noble
# honorific of the Hashemite and Alawite houses, is in no other list, as
# it is also a family name ("صفوت الشريف")
_GENITIVE_HONORIFICS = (
    _HONORIFIC_WORDS_OR_RANKS | _RANKS | lx._fold_set("الشريف الشريفة")
) - frozenset({"."})
# the honorifics of a person (no rank, no royal style: "صاحب السمو"), with
# الشيخ and الشريف, right after a post in construct: its genitive ("محامي
# الدكتور X", "مستشار الشيخ X")
_GENITIVE_PERSON_HONORIFICS = _words_module._PERSON_HONORIFICS | lx._fold_set(
    "الشيخ الشيخة الشريف الشريفة"
)
# where a post is held, after the name of the one it serves ("سفير الملك
# Z Q لدى الأمم المتحدة", "… في واشنطن", "مبعوث الرئيس Z Q إلى مالي")
_POST_HELD_AT = lx._fold_set("لدى في إلى")

# honorifics of a person that alone, definite, refer to one ("وقال الشيخ",
# "وأضاف الدكتور", "وقالت السيدة"), as a bare title does
_LONE_HONORIFICS = lx._fold_set(
    "الشيخ الشيخة الدكتور الدكتورة الأستاذ الأستاذة المهندس المهندسة الحاج الحاجة "
    "السيد السيدة البروفيسور البروفسور البروفيسورة"
)

# (the offices of a person a post heads: "مدير مكتب السيد X")
_OFFICES_OF_A_PERSON = _words_module._OFFICES_OF_A_PERSON
# those of them that are a woman's, folded (classify's gender)
_FEMININE_LONE_HONORIFICS = frozenset(w for w in _LONE_HONORIFICS if w[-1] == "ه")

# the parts of a day before its name ("مساء الخميس", "صباح اليوم")
_DAY_PARTS = _words_module._words("مساء صباح ظهر عشيه ليله فجر")
# "نسبت له/إليه": the pronoun of the one words are attributed to
_ATTRIBUTED_TO = {
    "له": (lx.M, lx.SG),
    "لها": (lx.F, lx.SG),
    "لهم": (lx.M, lx.PL),
    "اليه": (lx.M, lx.SG),
    "اليها": (lx.F, lx.SG),
    "اليهم": (lx.M, lx.PL),
}
# what a deputy sits for, after his name ("النائب X عن كتلة …")
_CONSTITUENCIES = frozenset(
    {"كتله", "دايره", "الدايره", "محافظه", "قايمه", "حزب", "حركه", "تكتل", "ولايه", "لايحه"}
)


def _basim_after_known(toks: list[str], i: int) -> bool:
    """ "الفنان المشهور باسم عادل": باسم at ``i`` right after "known" (not
    "nicknamed") and before a given name is the first name Basim, not "by the
    name" (that one goes before marks or a kunya: "المعروف باسم «…»",
    "المعروف باسم أبو X"; mend25a)."""
    return (
        toks[i] == "باسم"
        and i > 0
        and toks[i - 1] in _KNOWN_AS_PARTICIPLES
        and toks[i - 1] not in _NICKNAMED
        and i + 1 < len(toks)
        and toks[i + 1] in _GIVEN_NAMES
    )


def _nickname_then_name(toks: list[str], i: int, limit: int) -> bool:
    """ "المدرب المعروف بلقب الجنرال أحمد سالم": a one-word nickname after
    the known-as participle at ``i`` and بلقب (not a kunya, "بلقب أبو X"),
    then a given name: the person's name follows, and the phrase goes on to it
    (mend25a)."""
    k = i + 2
    return (
        k + 1 < limit
        and toks[i + 1] in _NICKNAME_WORDS
        and toks[k] not in _KUNYA_HEADS_ANY_CASE
        and toks[k + 1] in _GIVEN_NAMES
    )


def _prepositions_title(t: str, toks: list[str], a: int, i: int, before: bool = False) -> bool:
    """Whether the preposition ``t`` at token ``i`` goes on with the title
    that the phrase from token ``a`` opened: في/لدى/باسم always ("السفيرة في
    باماكو"), إلى only after an envoy's title ("المبعوث الأممي إلى ليبيا";
    ``before``: the title is the word before ``a``, "رجع المبعوث الأممي إلى
    ليبيا، X،", and what follows إلى is a place, not whom words are put
    to: "نسب السفير الأمريكي إلى الوزير X قوله")."""
    if t == "باسم":
        # "المتحدث باسم الحكومة باسم X": once the title has said on whose
        # behalf, a second باسم is the first name Basim; so is one after
        # "known" before a given name ("الفنان المشهور باسم عادل"; mend25a)
        return "باسم" not in toks[a:i] and not _basim_after_known(toks, i)
    if t != "الي" or not _TITLES_TO.isdisjoint(toks[a:i]):
        return True
    return (
        before
        and a > 0
        and toks[a - 1] in _TITLES_TO
        and i + 1 < len(toks)
        and not _IS_TITLE_HEAD[nxt := toks[i + 1]]
        and nxt not in lx.TITLES
        and nxt not in lx.HONORIFICS
        and nxt not in _GIVEN_NAMES
    )


# "تقرير صادر عن السفير X يعود تاريخه إلى …": the verb that dates a
# document, after its author
_DATED_BACK = _words_module._words("يعود تعود يرجع ترجع")


# the platforms a document is posted on ("بيان X على تويتر", "على منصة إكس")
_PLATFORM_NAMES = _words_module.PLATFORM_NAMES


def _bare_foreign_name(w: str) -> bool:
    """A bare word of five letters or more in none of the forms of an
    indefinite Arabic adjective after a document's noun: no nisba or
    feminine (ي, ه), no accusative ا or plural, no participle in م, no
    clitic ب/ل/ك ("غرينبيس", "ويكيليكس", "ترامب"; not "رسمي", "مقتضب",
    "عاجلا", "بعنوان")."""
    return (
        len(w) >= 5
        and w[0] not in "مبلك"
        and w[-1] not in "يها"
        and w[-2:] not in ("ات", "ون", "ين")
        and w[:2] != "ال"
        and w not in lx.DOCUMENT_ADJECTIVES
        and _cue_of(w) is None
        and not _NEWS_VERB[w]
    )


def _document_participle(toks: list[str], k: int, b: int, feminine: bool = True) -> int:
    """Where, past its adjectives from token ``k`` on (a nisba with no
    article, in ية for a feminine document, in ي for a masculine one, or one
    of lx.DOCUMENT_ADJECTIVES), a document's text ending before ``b`` goes on
    with a participle agreeing with it and its preposition, "صادرة من",
    "مؤرخة في", "موجهة إلى", "موجه إلى", "مرسل من", even set off by a comma
    ("مذكرة دبلوماسية سرية، مرسلة من القنصلية،"): the document's, no
    diplomat's name; else 0."""
    while k + 1 < b:
        t = toks[k]
        if t in _COMMAS:
            k += 1
            continue
        if (t[-1] == "ه" if feminine else t in _DOCUMENT_PARTICIPLES_M) and toks[
            k + 1
        ] in _COMPLEMENT_PREPOSITIONS:
            return k
        if not (
            t in lx.DOCUMENT_ADJECTIVES
            or ((t[-2:] == "يه" if feminine else t[-1:] == "ي") and t[:2] != "ال")
        ):
            return 0
        k += 1
    return 0


def _issued_end(words: list[str], start: int, a: int, b: int) -> int:
    """Where a document's author ends: at the first word of issuing from
    ``words[start]`` on ("تقرير للبنك الدولي صدر أمس", "تقرير المعهد …
    الصادر في"), as a token index (``words`` are tokens ``[a, b)``), else ``b``."""
    for m in range(start, len(words)):
        if words[m] in _ISSUED:
            return a + m
    return b


def _acting(toks: list[str], i: int, limit: int) -> bool:
    """Token ``i`` is a word that completes a post ("رئيس الحكومة بالنيابة",
    "القائم بالأعمال بالوكالة"), not "on behalf of" before عن ("الوزير
    بالنيابة عن الرئيس": whom he spoke for, no part of his post)."""
    return toks[i] in _TITLE_COMPLEMENTS and (i + 1 >= limit or toks[i + 1] != "عن")


def _post_complete_before(toks: list[str], a: int, i: int) -> bool:
    """The post that ends before token ``i`` has its genitive already: a
    body after باسم ("المتحدث باسم الوزارة") or a definite noun in construct
    right after an indefinite title ("رئيس الحكومة"); a body in marks glued
    to لـ after it is no second genitive."""
    if i - 2 < a or toks[i - 1][:2] != "ال":
        return False
    head = toks[i - 2]
    return head == "باسم" or (head[:2] != "ال" and bool(_IS_TITLE_HEAD[head]))


def _body_then_name(words: list[str], art: list[bool], j: int, n_words: int) -> bool:
    """The body's name in marks that opens at word ``j`` of a phrase is
    followed by a name that ends the phrase: an honorific or a rank, or two
    or three words without the article but for the last ("لـ«حماس» سمير
    الخطيب", a family name with it; kw35)."""
    close = _index_in(words, j, n_words, QUOTE_MARKS)
    if close is None or close + 1 >= n_words:
        return False
    w = words[close + 1]
    return w in _HONORIFIC_WORDS_OR_RANKS or (
        2 <= n_words - close - 1 <= 3 and not any(art[close + 1 : n_words - 1])
    )


def _participle_complemented(toks: list[str], i: int) -> bool:
    """Whether ``toks[i]`` (one of _PARTICIPLE_COMPLEMENTS) completes the
    definite participle before it in a title ("الممدد له", "المنتهية
    ولايته"): the word before is a participle in الم (no nisba in ي: "الرئيس
    المصري له"), a word that may open the name follows, and after a
    preposition with its pronoun no word with the article ("المنتخب له
    الشكر": the verb's object)."""
    p = toks[i - 1]
    if p[:3] != "الم" or p[-1] == "ي" or p in _TITLE_LIKE or i + 1 >= len(toks):
        return False
    n = toks[i + 1]
    if n in _COMMAS:
        # ("الحكومة المعترف بها، الفريق X،": the name in the apposition)
        return True
    return n.isalnum() and n not in lx.NP_STOP and (toks[i][:1] != "ل" or n[:2] != "ال")


# given names that are also nouns على governs ("أكد على حسن سير العمل"،
# "على كامل حقوقه"، "على تيسير الإجراءات"): no sign of the name Ali
_NOUNS_AFTER_ALA = _words_module._words("حسن كامل صالح رضا وفاء امال ايمان نور هدي توفيق تيسير")
_NAMES_AFTER_ALI = _GIVEN_NAMES | _words_module._words("ماهر حسني")
# a preposition a name never opens with, left after a post ("… بمكتب الصحة
# في تعز X Y"; not باسم, also a given name)
_NAME_START_PREPOSITIONS = _words_module._words("في لدي عن من الي")
# what opens an aside on where a post is held, set off by commas between a
# title and its holder's name ("وزير الخارجية، في حكومة الوفاق، X،")
_ASIDE_POST_PREPOSITIONS = _words_module._IN_AT


def _definite_plural_object(toks: list[str], i: int) -> bool:
    """``toks[i]``, with the article, reads as a plural object of a call or
    stance verb ("ودعا X الأحزاب"، "وناشد X اللبنانيين"، "وحث X الفصائل"،
    "ودعا X القوى السياسية إلى"): a sound plural of six letters or more
    in ين (not a family name like الياسين) or in ات, a broken plural of
    the shapes أفعال or فعائل, or a definite word, a feminine definite
    adjective agreeing with it, then إلى or على."""
    stem = toks[i][2:]
    if (stem[-2:] == "ين" and len(stem) >= 6) or (stem[-2:] == "ات" and len(stem) >= 5):
        return True
    if len(stem) == 5 and (
        (stem[0] == "ا" and stem[3] == "ا") or (stem[2] == "ا" and stem[3] in "ئي")
    ):
        return True
    return (
        i + 2 < len(toks)
        and toks[i + 1][:2] == "ال"
        and toks[i + 1][-1:] == "ه"
        and toks[i + 2] in _TO_OR_ON
    )


def _definite_place_head(w: str) -> bool:
    """``w`` is a place head with the article ("العاصمة", "المدينة",
    "الولاية"), folded."""
    return w[:2] == "ال" and (w[2:] in _PLACE_HEADS or w[2:] in _CAPITAL)


def _city_after_place_head(words: list[str], i: int) -> bool:
    """``words[i]`` is a city or a country in apposition to a definite
    place head before it ("العاصمة طرابلس", "بالعاصمة طرابلس"), or to one
    and its nisba ("العاصمة الليبية طرابلس"), folded."""
    w = words[i]
    if w not in _CITIES and w not in _COUNTRIES:
        return False
    p = words[i - 1]
    if p[:2] == "ال" and (p[-1:] == "ي" or p[-2:] == "يه") and i >= 2:
        p = words[i - 2]  # (a nisba after the place head: "العاصمة الليبية")
    # (or a country in construct with its state's kind: "في دولة قطر"; rev36)
    return _definite_place_head(p[1:] if p[:3] == "بال" else p) or (
        p in _STATE_KINDS and w in _COUNTRIES
    )


def _article_name_after(toks, is_word, np_stop, i: int, limit: int) -> int:
    """After a body glued to بالـ at ``i``: the token of a given name with
    the article (_ARTICLE_FIRST_NAMES) after up to two definite words, or 0
    ("بالحزب الشيوعي الشفيع X"; mend31d)."""
    for m in range(i + 1, min(i + 4, limit - 1)):
        t = toks[m]
        if t in _ARTICLE_FIRST_NAMES:
            return m
        if not is_word[m] or t[:2] != "ال" or t in np_stop:
            return 0
    return 0


def _place_head_after_given_name(toks, a: int, b: int) -> int:
    """In the phrase [``a``, ``b``): the token of an indefinite place head
    (_NAME_STOP_PLACE_HEADS) after a given name and before a last word, or
    0 ("الوزير المعز مدينة بورتسودان"; mend31d); or after a name of two
    words, a bare one and a family name, past the phrase's first word: with
    the article ("وزير الطاقة X الخطيب مدينة طرابلس"), or without it right
    after a definite word that ends the post ("وزير الطاقة X Y مدينة";
    kw35)."""
    for k in range(a + 1, b - 1):
        if (
            toks[k] in _NAME_STOP_PLACE_HEADS
            and (
                (p := toks[k - 1]) in _GIVEN_NAMES
                or p in _ARTICLE_FIRST_NAMES
                or (
                    k - 2 > a
                    and (g := toks[k - 2])[:2] != "ال"
                    and g.isalpha()
                    and not _IS_TITLE_HEAD[g]
                    and g not in lx.NP_STOP
                    # (not a post's body: "المتحدث باسم حكومة إقليم X")
                    and g not in lx.ROLE_PREPOSITIONS
                    and g not in lx.ORGANIZATION_HEADS
                    and not _IS_TITLE_HEAD[p]
                    and (p[2:] if p[:2] == "ال" else p) not in lx.ORGANIZATION_HEADS
                    and (
                        p[:2] == "ال"
                        or (
                            toks[k - 3][:2] == "ال"
                            and p.isalpha()
                            and p not in lx.NP_STOP
                            and p not in _NAME_STOP_PLACE_HEADS
                        )
                    )
                )
            )
        ):
            return k
    return 0


def _participle_own_subject(
    body: str, participle: str, noun: str, true_ha: bool, after: str = ""
) -> bool:
    """ "البرلمان المجمدة أشغاله", "المجلس المنحلة أعماله": a participle with
    the article after a definite body, then its own subject, a bare noun
    suffixed with the pronoun of that body (whose works are frozen): the
    body's description, words of the post (folded; ``true_ha``: the noun's
    final ه is one in the text, no ة; dev36rd). A masculine participle,
    "البرلمان المجمد أشغاله", only with a given name ``after`` the noun
    (mend36e)."""
    return (
        body[:2] == "ال"
        and participle[:3] == "الم"
        # (feminine, agreeing with its subject, "أشغاله", "عضويتها": not
        # "وشكر رئيس النادي المدرب جهوده", the one thanked; the masculine,
        # "البرلمان المجمد أشغاله راشد X", when a given name follows: mend36e)
        and (participle[-1] == "ه" or after in _GIVEN_NAMES)
        and len(participle) >= 6
        and noun[:2] != "ال"
        # (the pronoun, no given name in ة: "رئيسة الحكومة المكلفة بثينة X")
        and (noun[-2:] == "ها" or (noun[-1] == "ه" and true_ha))
        and len(noun) >= 5
        and noun.isalpha()
        and noun not in _GIVEN_NAMES
    )


def _post_runs_to_given_name(
    words: list[str], art, title_at: int, i: int, n: int, maqsura=None, a: int = 0
) -> int:
    """Where the name starts when the title chunk stopped at ``i`` before
    words a name does not open with: after a post whose last word cannot
    end it (a title and its bare genitive, "مدير صحة", "نائب مدير صحة",
    which takes a genitive in turn; a place or a title glued to بـ/لـ
    without the article, "بمستشفى", "لقائد") or at a preposition ("…
    بمكتب الصحة في تعز"), one to three words of the post's genitive, then a
    common given name and one more word at least: "مدير صحة حلب مازن X",
    "المستشار الإعلامي لقائد قوات الدعم السريع أحمد X"; a woman's given
    name in ى folded like a nisba or a noun (سلمى، نجوى) and in no list opens
    it too, after two words of the genitive and not right after an outlet's
    head, when a given name follows it ("رئيسة تحرير مجلة X سلمى كامل Y":
    ``maqsura(a + m)`` tells whether word ``m`` ends in ى in the text, no
    nisba doing so; kw36b). ``i`` when none."""
    if (
        i > title_at
        and n - 2 <= i < n
        and n >= 3
        and words[n - 2] in _OUTLET_HEADS
        # (in a title's construct, not after a nisba: "وصف مسؤول أوروبي
        # قناة X بأنها", the verb's object)
        and words[n - 3][-1:] != "ي"
        and words[n - 3][-2:] != "يه"
        # (and a construct's head has no article: "وتفقد المحافظ موقع
        # الانفجار" is the title, then the place he visited)
        and not words[n - 3].startswith("ال")
        and words[n - 1].isalpha()
        and words[n - 1] not in _GIVEN_NAMES
    ):
        # ("رئيسة تحرير مجلة X:", "مؤسس موقع X": an outlet's head and its
        # one word of a name end the post, no holder named)
        return n
    if (
        i + 2 == n
        and i > title_at
        and (words[i] in _CITIES or words[i] in _COUNTRIES)
        and (words[i - 1] in _PLACE_HEADS or words[i - 1] in _POST_PLACE_PREPOSITIONS)
        and words[i + 1] in _GIVEN_NAMES
    ):
        # "مدير الأمن في مدينة تعز X إن", "محافظ البنك في صنعاء X لسبأ":
        # the city after the post's في or a bare place head is the post's
        # place, the one given name after it the holder's whole name (the
        # city was read as the name's first word; kw36)
        return i + 1
    if i <= title_at or i + 2 >= n:
        return i
    w = words[i]
    p = words[i - 1]
    if (
        w in _GIVEN_NAMES
        or w in _NAME_LINKS
        # ("محافظ نابلس اللواء X": a rank or a title opens the name's part)
        or w in _HONORIFICS_OR_RANKS
        or w in _TITLES_BEFORE_NAME
        or w in lx.HONORIFICS
        or w == "المستشار"
    ):
        return i
    if p[:3] == "بال" and w in _AFTER_POST_ADVERBS:
        # ("الضابط بالجيش سابقا X Y", "الطبيبة بالمستشفى نفسه X Y": the
        # adverb is the post's, the name opens after it)
        j = i + 1
        while j < n and words[j] in _AFTER_POST_ADVERBS:
            j += 1
        if j + 1 < n and words[j].isalpha() and words[j + 1].isalpha():
            return j
        return i
    if p in _STATE_KINDS and w in _COUNTRIES and i >= 2 and words[i - 2] in lx.ROLE_PREPOSITIONS:
        # "وزير الدولة للشؤون الخارجية في سلطنة عمان X Y", "السفير لدى
        # دولة قطر X Y", "في جمهورية مصر العربية X Y": a state by its kind
        # in construct with its name is the post's place (the name, read
        # from the country, was cut as the verb's object); the state's
        # adjective after it too; the name opens after them (rev36)
        j = i + 1
        if words[j] in _STATE_ADJECTIVES:
            j += 1
        if j + 1 < n and words[j].isalpha() and words[j + 1].isalpha():
            return j
        return i
    if w in _NAME_START_PREPOSITIONS or (
        (w in _CITIES or w in _COUNTRIES) and _definite_place_head(p[1:] if p[:3] == "بال" else p)
    ):
        # ("مدير الأمن بالعاصمة طرابلس X Y Z", "مدير الشرطة في العاصمة بغداد
        # X Y": a definite place and the city or country in apposition after
        # it are the post's; the name opens at the given name after them)
        pass
    elif art[i - 1] or not p.isalpha():
        return i
    elif (
        (
            p[:1] in "بل"
            and (p[1:] in _POST_PLACES or p[1:] in lx.TITLES)
            # (a definite one takes no genitive: "بالحكومة X Y Z" is the name
            # after it, unless a city or a country stands there in apposition,
            # "بالعاصمة طرابلس X Y")
            and (p[1:3] != "ال" or w in _CITIES or w in _COUNTRIES)
        )
        or p in _PLACE_HEADS
    ):
        pass  # "… بمستشفى X", "لقائد X", "رئيس مجلس مدينة X"
    elif (
        # (not a nisba: "مسؤول أمني", "مسؤولة أمنية"; a masculine title
        # takes no feminine one, "مدير تربية X" is its genitive)
        p[-1:] in ("ي", "ا") or (p[-2:] == "يه" and words[i - 2][-1:] == "ه")
    ) or not (
        i - 2 >= title_at
        and not art[i - 2]
        and words[i - 2] in lx.TITLES
        and p not in lx.TITLES
        # (not "مدير مدرسة X Y Z", "مدير شركة X Y": a head of one such place,
        # a description, then the name)
        and p not in _POST_PLACES
    ):
        return i
    for m in range(i + 1, min(i + 4, n - 1)):
        t = words[m]
        if t in _GIVEN_NAMES or (
            maqsura is not None
            and m > i + 1
            and t[-1:] == "ي"
            and words[m + 1] in _GIVEN_NAMES
            and words[m - 1] not in _OUTLET_HEADS
            and not art[m]
            and maqsura(a + m)
        ):
            nxt = words[m + 1]
            if (
                nxt in lx.ROLE_PREPOSITIONS
                or nxt in lx.TITLES
                or nxt in QUOTE_MARKS
                or not _HAS_ARABIC(nxt)
                or words[m - 1] in _NAME_LINKS
            ):
                return i
            return m
        if (
            not t.isalpha()
            or t in _NAME_LINKS
            or t in _HONORIFICS_OR_RANKS
            or t in lx.TITLES
            or t in lx.ROLE_PREPOSITIONS
        ):
            return i
    return i


# phrase_entity: bodies that may bear a person's name in construct
# ("مستشفى كمال عدوان", "مركز محمد بن راشد", "جامعة الملك سعود"), and the
# titles of the kings, princes and sheikhs they are named after
_NAMED_INSTITUTIONS = _words_module._words("مستشفي مستوصف مصحه مركز جامعه كليه معهد موسسه مدرسه")
# classify: the foundation (also "the founder", a title), folded
_FOUNDATION = _words_module._words("موسسه")
_INSTITUTION_PATRONS = _words_module._words(
    "الملك الامير الاميره الشيخ الشيخه السلطان الامام الشهيد"
)


def _named_institution_before(toks: list[str], a: int, i: int) -> bool:
    """The name before token ``i`` (from ``a``) is a body's named after a
    person: a body of _NAMED_INSTITUTIONS with no article, then a given name
    or a king's or a prince's title, and one word more (or three with a
    link: "مركز حمدان بن زايد"), or a given name alone ("مركز سامي")."""
    for k in (i - 2, i - 3, i - 4):
        if (
            k >= a
            and toks[k] in _NAMED_INSTITUTIONS
            and (toks[k + 1] in _GIVEN_NAMES or toks[k + 1] in _INSTITUTION_PATRONS)
            and (
                k == i - 3
                or (k == i - 2 and toks[k + 1] in _GIVEN_NAMES)
                or (k == i - 4 and toks[k + 2] in _NAME_LINKS)
            )
        ):
            return True
    return False


def _named_institution_end(words: list[str], art, j: int, n: int) -> int:
    """Where the holder's name opens after ``words[j]``, a body in a post's
    genitive named after a person: a common given name and one word more
    that is no given name opening the holder's ("مستشفى ناصر محمد X Y")
    (with بن and the father's name: "مركز حمدان بن زايد"), or a king's, a
    prince's or a sheikh's title and his name ("جامعة الأمير نايف"), then
    what it serves glued to لل ("للأبحاث"), then a name of two words or more
    with no article first.  0 when it is not so ("مستشفى جنين X Y": a town,
    no given name; "مدير مستشفى فريد الحلو" alone: no holder named)."""
    k = j + 1
    if k >= n:
        return 0  # "قال مدير مركز: «…»": the body's noun ends the phrase
    if k + 3 >= n:
        # "مدير مركز سامي للدراسات", "مدير مركز الملك سلمان للإغاثة" and
        # nothing after: the given name (or the patron's title and his
        # name) then what the body serves, glued to لل, end the phrase, all
        # of it the post's; no holder is named
        m = k + 2 if words[k] in _INSTITUTION_PATRONS else k + 1
        if words[k] in _INSTITUTION_PATRONS and n == m + (m < n and words[m - 1] in _NAME_LINKS):
            # "مدير مستشفى الملك فهد", "مدير جامعة الأمير عبد الله" and
            # nothing after: the patron's title and his name end the body's
            # name, all of it the post's; no holder is named
            return n
        if (
            m < n
            and (words[k] in _GIVEN_NAMES or words[k] in _INSTITUTION_PATRONS)
            and words[m][:2] == "لل"
            # (and the nisba of what it serves: "للأبحاث الزراعية")
            and all(
                w[:2] == "لل" or (w[:2] == "ال" and (w[-1] == "ي" or w[-2:] == "يه"))
                for w in words[m + 1 : n]
            )
        ):
            return n
        return 0
    if art[k + 1]:
        return 0
    if words[k] in _INSTITUTION_PATRONS or words[k] in _GIVEN_NAMES:
        k += 2
        if words[k - 1] in _NAME_LINKS:
            k += 1  # "حمدان بن زايد", "الملك عبد الله"
        elif (
            words[k - 1] in _GIVEN_NAMES
            and words[k - 2] not in _INSTITUTION_PATRONS
            and words[k][:2] != "لل"
        ):
            # "مدير مستشفى ناصر محمد X Y": a given name after the body's
            # one-word name, with nothing it serves after, opens the
            # holder's name ("مركز سامي خالد للدراسات" keeps its own)
            k -= 1
    else:
        return 0
    while k < n and words[k][:2] == "لل":
        k += 1  # "للفضاء", "للأبحاث": what the body serves
    if n - k < 2 or art[k] or not words[k].isalpha() or words[k] in lx.TITLES:
        return 0
    return k


# phrase_entity: "not" before an adjective inside a post ("الحكومة غير
# المعترف بها", "الغير معترف بها"), folded
_NOT_WORDS = _words_module._words("غير الغير")


def _grandfather_then_family(words: list[str], art, f: int, k: int) -> bool:
    """``words[k]``, the third word of a name opened at ``f`` by a given
    name and a bare second word, is a given name (the grandfather's), and
    the phrase's last word after it has the article and is no title nor
    nationality: the family name ("سامي خالد سالم الحداد", "محمد صباح سالم
    الصباح"), a name of four words, not a noun and its definite genitive
    (the caller asks that the subject's clause go on after it; dev33r)."""
    return (
        k == f + 2
        and k + 2 == len(words)
        and words[k] in _GIVEN_NAMES
        # (a man's: a father's and grandfather's names are; "واستقبل
        # الوزير X Y نادية الحلبي": another person, a woman, received)
        and words[k][-1] != "ه"
        and words[f] in _GIVEN_NAMES
        and not art[f + 1]
        and not art[k]
        and art[k + 1]
        and not _IS_TITLE_HEAD[words[k + 1]]
        and words[k + 1] not in _NATIONALITIES
    )


def _third_name_then_post(words: list[str], art, k: int, cue: lx.Cue | None) -> bool:
    """``words[k]``, after two words of a name, is its third and a definite
    post follows it: "قال صلاح محمد آدم المدير الفني للفريق", "أكد X Y
    سالم المتحدث باسم الوزارة" (no comma); read as a noun and its definite
    genitive ("أداء الحكومة"), the name lost it and its post.  A given name
    there, or any word after a verb of saying that takes no object ("قال",
    "أضاف"), is the name's; not a noun of evaluation ("انتقد X Y أداء
    المدرب"), nor kin in construct ("قالت X Y زوجة الرئيس")."""
    w = words[k]
    return (
        _IS_TITLE_HEAD[words[k + 1]]
        and not _IS_TITLE_HEAD[w]
        and w not in _TITLE_LIKE
        and w not in _EVALUATED_NOUNS
        and w not in _KIN_HEADS
        and w not in lx.ANONYMOUS_HEADS
        and (
            w in _GIVEN_NAMES
            or (cue is not None and cue.kind == lx.VERB and _lemma_key(cue) in _SAYING_NO_OBJECT)
        )
    )


def _construct_goes_on(toks: list[str], i: int, limit: int) -> bool:
    """An indefinite noun in a title's construct chain takes the next word as
    its genitive when that word is a city or a country (never a person's
    name: "مدرب منتخب مصر X", "عضو غرفة تجارة دمشق، X"), a body's head
    ("رئيس وزراء حكومة …"), or, a noun in ة, a word a comma closes (the city
    is the title's, X the name)."""
    t = toks[i]
    if "ال" <= t < "ام" or i + 1 >= limit:
        return False
    n = toks[i + 1]
    if (
        n in _COUNTRIES
        or n in _CITIES
        or n in _COMPASS_POINTS
        or (t in _COMPASS_POINTS and n.isalpha())
    ):
        return True
    if n in _ORGANIZATION_HEADS and i + 2 < limit:
        # "رئيس وزراء حكومة الوحدة الوطنية X", "وزير خارجية حكومة الوفاق X":
        # a body's head takes its own genitive in turn
        return True
    if (
        n in _OUTLET_HEADS
        and i + 2 < limit
        and (
            toks[i + 2] in QUOTE_MARKS
            # ("رئيس تحرير مجلة X «Y Z»": its one-word name, then the
            # holder's name in marks; the name may bear the article, "رئيس
            # تحرير صحيفة النهار «Y Z»", where the outlet spoke, kw31)
            or (
                i + 3 < limit
                and toks[i + 3] in QUOTE_MARKS
                and toks[i + 2].isalpha()
                and (
                    not "ال" <= toks[i + 2] < "ام"
                    # (after a name with the article, two words in the
                    # marks, a name; one is a reply: "ورد رئيس تحرير صحيفة
                    # الوطن «كلا»", mend29c)
                    or (i + 5 < limit and toks[i + 4].isalpha() and toks[i + 5].isalpha())
                )
            )
        )
        and t[-1] != "ي"
    ):
        # "رئيس تحرير صحيفة «X» Y Z", "مدير عام قناة «X» Y Z": so does an
        # outlet's head before its name in marks (not after a nisba: "وصف
        # مسؤول أوروبي قناة «X» بأنها", the verb's object)
        return True
    return (
        t[-1] == "ه"
        and i + 2 < limit
        and toks[i + 2] in _COMMAS
        and n[:2] != "ال"
        and n[0].isalpha()
    )


def _outlet_named_before_marks(toks: list[str], is_word: list[bool], i: int, limit: int) -> bool:
    """ "مؤسس موقع X «Y Z»": an outlet's head with no article in a title's
    construct takes its own name, one bare word, as its genitive when a name
    in marks follows that word: the outlet's name, then its holder's."""
    return (
        toks[i] in _OUTLET_HEADS
        and i + 2 < limit
        and is_word[i + 1]
        and toks[i + 2] in QUOTE_MARKS
        and not "ال" <= toks[i + 1] < "ام"
    )


def _name_then_that(toks: list[str], is_word: list[bool], j: int, limit: int) -> bool:
    """A given name at ``j`` and one or two more name words, then أنّ/إنّ:
    "رئيس الهيئة العليا الانتخابات X Y أن": the definite noun before the
    name is the body's (its لـ dropped), no object of the verb, which takes
    none between its subject and its that-clause."""
    if j + 2 >= limit or toks[j] not in _GIVEN_NAMES or not is_word[j + 1]:
        return False
    # (only where a body's genitive may stand: after a definite body's head
    # or an adjective agreeing with it, the body itself after a definite
    # word that is no title, "المرصد المستقل الانتخابات", "المدير العام
    # الهيئة الاستثمار"; never right after a title's own genitive, "رئيس
    # الوزراء الانتخابات X Y أن", "وزير الخارجية الانتخابات": the verb's
    # object)
    if j < 3 or toks[j - 2][:2] != "ال" or toks[j - 3][:2] != "ال" or toks[j - 3] in lx.TITLES:
        return False
    if toks[j + 2] in _THAT:
        return True
    return j + 3 < limit and is_word[j + 2] and toks[j + 3] in _THAT


def _agent_noun(w: str) -> bool:
    """A definite agent noun of the pattern فاعل or مفاعل ("الكاتب",
    "المقاول"), not a first name with the article ("الطاهر") nor a nisba
    or a family name in ي ("الباجي", "المجالي")."""
    n = len(w)
    return (
        w[:2] == "ال"
        and w[-1] not in "يه"
        and ((n == 6 and w[3] == "ا") or (n == 7 and w[2] == "م" and w[4] == "ا"))
        and w not in _ARTICLE_FIRST_NAMES
    )


def _owned_statement(w: str) -> tuple[str, str] | None:
    """The features of the possessive suffix of a statement word ("بيانها",
    "حكمه", "تقريرهم"), or None."""
    for suffix in ("هما", "ها", "هم", "ه"):
        if w.endswith(suffix) and w[: -len(suffix)] in _POSSESSED_STATEMENTS:
            return lx.PRONOUN_SUFFIXES[suffix]
    return None


# verbs of saying with the person told as their object, after the subject
# ("أبلغ الوزير السفير أن", "أخبر", "سأل", "حذر", "ناشد", "حث", "دعا", "طالب")
_TELL_SOMEONE = frozenset({"أبلغ", "أخبر", "أطلع", "سأل", "حذر", "ناشد", "حث", "دعا", "طالب"})
# the verbs of telling whose one told stands bare before أنّ/بأن ("وأبلغ
# وزير الدفاع الجنرال X بأن"), not before a preposition of the request
# "all" heading a phrase (folded): after a masculine verb of calling or
# urging (_CALL_ON), the ones called (classify); not after a verb of
# demanding or warning, whose subject "all" may be ("وطالب جميع النواب
# الحكومة بـ…", "وحذر جميع المتحدثين من …")
_ALL_OF = _words_module._words("كافه جميع")
_CALL_ON = frozenset({"دعا", "حث", "ناشد"})
# verbs of warning, whose complement من introduces what is warned of
# ("وحذر X من لجنة …"; scan_np)
_WARN_OF = frozenset({"حذر", "نبه"})
# "المعارضة" (folded): a woman of the opposition, a title, or the adjective
# of a feminine body ("الكتلة المعارضة", "الجبهة المعارضة"; scan_np)
_OPPOSING_F = "المعارضه"
# the bodies "المعارضة" describes (a bloc, a front, a movement, the forces or
# parties; not "الحكومة", "ودعا رئيس الحكومة المعارضة إلى": the one called on)
_OPPOSING_BODIES = _words_module._words("الكتله الجبهه الحركه التنسيقيه الفصايل القوي الاحزاب")
_TELL_BARE = frozenset({"أبلغ", "أخبر", "أطلع"})
_ADDRESSING_VERBS = _words_module._ADDRESSING_VERBS
_ADDRESSING_LEMMAS = frozenset({"قاطع", "خاطب"})  # (as cues)
# a document in construct with its writer ("برقية السفير X"), folded, with
# و/ف: singular, indefinite
# classify: what a person posts, writes or records, whose author is told
# glued to لـ ("حسب تدوينة لX Y", "في مقال مطول لX Y"), folded
_AUTHORED_POSTS = _words_module._words(
    "تدوينه تدوينات منشور منشورات مقال مقاله مقالات تسجيل فيديو تصريح تصريحات"
)
_AUTHORED_DOCUMENTS = _words_module._with_prefixes(
    _words_module._words("برقيه رساله مذكره تقرير"), "وف"
)
# "نائب رئيسها X": a deputy, with و/ف (folded)
_UNIT_MEMBERS = _words_module._UNIT_MEMBERS
_POSSESSED_UNITS = _words_module._POSSESSED_UNITS
_DEPUTIES = _words_module._with_prefixes(_words_module._words("نايب نايبه"), "وف")
# "وزيرها X", "وزيرتها X": a minister of the ministry the suffix refers to
_MINISTER_OF_HER = _words_module._with_prefixes(_words_module._words("وزيرها وزيرتها"), "وف")
# "القيادي فيها X": "in it", the body named before (folded)
_IN_IT = _words_module._IN_IT
_RESUMPTIVE_SKIP = _words_module._RESUMPTIVE_SKIP
# "المتحدث باسمها X": the spokesman's words and the suffixed "in its name"
# (spoken_for), and "الرسمي" between them
_SPOKESPEOPLE = _words_module._SPOKESPEOPLE
_IN_ITS_NAME = _words_module._words("باسمه باسمها")


def _joined_genitive(ws: list[str], j: int, lo: int) -> bool:
    """``ws[j]`` a second definite genitive joined by و to a bare title's
    first ("وزير الطاقة والمعادن", "وزير الصناعة والتجارة"), the ministry's
    own name, so a place glued to بـ after it is where the post is held
    ("… بحكومة X Y Z"): no person joined to the title ("رئيس الحكومة
    والوزراء", "والمسؤولين"), no title. A plural in ين after a minister's
    title names his ministry when its singular is no title nor a source's
    head ("وزير الهجرة والمهجرين", "وزير شؤون المغتربين"; not "وزير الداخلية
    والموظفين"; kw36b). Reads ``ws[j - 2 : j + 1]`` only."""
    w = ws[j]
    return (
        w[:3] == "وال"
        and j - lo >= 2
        and ws[j - 1][:2] == "ال"
        and _IS_TITLE_HEAD[ws[j - 2]]
        and w[1:] not in lx.TITLES
        and _PLURAL_PERSONS_HEAD[w[1:]] != 1
        and (
            w[-2:] not in ("ين", "ون")
            or (
                w[-2:] == "ين"
                and ws[j - 2] in _MINISTER_HEADS
                and w[3:-2] not in lx.TITLES
                and w[3:-2] not in lx.ANONYMOUS_HEADS
            )
        )
    )


def _possessed_title_plural(t: str) -> bool:
    """``t`` (folded) is a title's sound plural in construct with a
    possessive pronoun ("مسؤولوها", "ممثلوه", "موظفوهم"): "its officials",
    a group (classify)."""
    for suffix in ("وهما", "وهم", "وها", "وه"):
        if t.endswith(suffix):
            return len(t) > len(suffix) + 2 and t[: -len(suffix)] in lx.TITLES
    return False


# (one lookup a word: classify asks it of every phrase's head)
_POSSESSED_TITLE_PLURAL = _words_module._WordTable(_possessed_title_plural)


def _body_head_in(toks: list[str], a: int, b: int) -> bool:
    """A body's head stands among tokens [a, b), bare or glued to لـ/بـ
    ("لوكالة", "منظمة"): a post's genitive names a body there (scan_np,
    a short name in marks after it; a loop, no generator, which would make
    a cell of ``toks`` in scan_np)."""
    for k in range(a, b):
        w = toks[k]
        if w in _ORGANIZATION_HEADS or (w[:1] in "لب" and w[1:] in _ORGANIZATION_HEADS):
            return True
    return False


def _passing_body_head(t: str) -> bool | None:
    """A body's head ("حزب"): False bare, True glued to لـ/بـ ("لحزب",
    "بمجلس", "للحزب"); None for any other word (body_named_in_passing)."""
    if t in lx.ORGANIZATION_HEADS:
        return False
    if t[:1] in "لب" and len(t) > 3 and t[1:] in lx.ORGANIZATION_HEADS:
        return True
    if t[:2] == "لل" and "ال" + t[2:] in lx.ORGANIZATION_HEADS:
        return True
    return None


# body_named_in_passing: a gathering or a document after a body's name in
# construct, the object of the clause's verb ("ممثلو حزب X الجديد الاجتماع")
_PASSING_BODY_ENDS = frozenset("ال" + w for w in lx.EVENT_NOUNS) | frozenset(
    w for w in lx.DOCUMENT_HEADS if w[:2] == "ال"
)
_OFFICIAL = _words_module._words("الرسمي الرسميه")
# titles ending in ي that are nouns, no nisba adjective (folded)
_NISBA_NOUN_TITLES = frozenset({"القاضي", "المحامي", "المفتي", "الوالي", "المدعي", "الولي"})
# the verbs of saying whose object may be a person, as kin in construct is
# after the subject's name ("ووصفت X زوجة الرئيس بأنها", "هدد X نجل الوزير")
_KIN_AS_OBJECT = _TELL_SOMEONE | {"وصف", "اعتبر", "هدد", "نصح", "نبه"}
# the verbs of saying that may take a person for object before أنّ ("أفاد
# الوزير الحضور بأن"): a definite word before their that-clause may be him
_OBJECT_BEFORE_THAT = _KIN_AS_OBJECT | {"أفاد"}
# d2345cf: the verbs of saying that take the one told before بأنّ
_TELL_BEFORE_BI = frozenset({"ذكر", "أبلغ", "أخبر", "أطلع", "نبه", "طمأن", "وعد"})
# the prepositions a verb of saying takes, as the text folds them
_PARTICLES_FOLDED = {"عن": "عن", "إلى": "الي", "على": "علي"}
_SAYING_OWN_PREPOSITION = _words_module._SAYING_OWN_PREPOSITION
_SAYING_OWN_PREPOSITION_OBJECTS = _words_module._SAYING_OWN_PREPOSITION_OBJECTS
_ROLE_PREPOSITIONS = lx.ROLE_PREPOSITIONS
# post_held_in: definite bodies a post told after the name is held in (not a
# chamber, a court, an assembly or a university, where the words may have
# been said: "X رئيس الوزراء في البرلمان")
_SERVED_IN = _words_module._words(
    "الحكومه الحزب الجيش الوزاره الحركه الجماعه السلطه التحالف الايتلاف الجبهه الكتله "
    "الشركه المنظمه النقابه"
)
# the titles that govern a place named right after them ("والي سيدي بوزيد")
_GOVERNORS = _words_module._words("والي معتمد محافظ")
_CALLED_WORDS = _words_module._CALLED  # (bound here for the set test in classify)
# the prepositions a verb takes right after it ("تحدث عن", "تعامل مع")
_VERB_PARTICLES = _words_module._words("عن مع الي علي من")
# the verbs of praise, whose object is glued to بـ after the subject (lemmas)
_PRAISE = frozenset({"أشاد", "نوه"})


def _verb_complement_not_accusative(w: str) -> bool:
    """_verb_complement() by a preposition or by someone glued to لـ, not by
    a word in ا alone (also a name's: "ماريا", "كابيلا")."""
    return (
        (w in _VERB_PARTICLES and w != "علي")
        or w in _PLACE_ADVERBS
        or w == "خلال"
        or (
            w[0] == "ل"
            and len(w) > 3
            and (
                w[1:] in _ADDRESSEE_HEADS
                or "ال" + w[2:] in _ADDRESSEE_HEADS
                # "وجه للسكان رسالة", "شرح للتجار": a broken plural of
                # persons by their standing (words._SINGULAR_OF)
                or (w[1] == "ل" and w[2:] in _SINGULAR_OF)
            )
        )
    )


def _verb_complement(w: str) -> bool:
    """A complement that a verb takes and no name word does, after the
    subject of أنّ (see verb_of_that_subject): a preposition (not "علي",
    also the name Ali: "نافع علي نافع"), a person, a body or an outlet
    glued to لـ (not a post's genitive: "مستشار الرئيس X للشؤون
    الخارجية"), or an indefinite noun in the accusative (not an adverb)."""
    return _verb_complement_not_accusative(w) or (
        w[-1] == "ا"
        and len(w) > 3
        and w[:2] != "ال"
        and w not in _ADVERBS
        and w not in _TIME_ADVERBS
    )


_VERB_COMPLEMENT = _words_module._WordTable(_verb_complement)


def _possessed(t: str) -> bool:
    """ "مواطنيها", "منتسبيهم", "قواتها": a plural noun (in ين or ات) with a
    possessive pronoun of the third person, without the article (no name
    word; a present verb in يـ/تـ with its object, "يعطيها", is none)."""
    return (
        len(t) >= 6
        and not "ال" <= t < "ام"
        and t[0] not in "يت"
        and (t[-3:] == "يها" or t[-3:] == "يهم" or t[-4:] == "يهما" or t[-4:] in ("اتها", "اتهم"))
    )


# an unnamed source or a journalist, folded, glued to لـ after a post and
# before the words said: whom they were for (source_told_at; kw33)
_TOLD_SOURCES = lx.ANONYMOUS_HEADS | _words_module._words(
    "صحفي صحافي صحفيه صحافيه صحفيين صحافيين اعلاميين مراسلين"
)
# A message or a paper, indefinite, after a title or a name: the object of
# the verb whose subject they are ("وبعث الملك رسالة إلى", "وأرسل الوزير
# قرارا", "وحمل المبعوث ملفا"), never a word of the name (folded; the
# masculine ones with their accusative alif); nor the word that gives a
# message's content ("رسالة من الرئيس X نصها:")
_SENT_OBJECTS = _words_module._words(
    "رساله رسايل برقيه مذكره وثيقه خطابا بيانا بلاغا كتابا قرارا ملفا تقريرا تعميما "
    "فحواها فحواه مفادها مفاده مضمونها مضمونه نصها نصه محتواها محتواه"
)

_OCCASIONS_NO_NAME = _words_module._OCCASIONS_NO_NAME
# the one met, with the pronoun of the one who met him, after a title or a
# name: the verb's object ("ويصف السفير محدثه بأنه «…»"), never a name word
_MET_OBJECTS = _words_module._words("محدثه محدثها محدثيه محدثتها محدثته محاوره محاورها")


def _purpose_saying(t: str) -> bool:
    """ "ليؤكد", "لتضيف": a verb of saying in the present glued to لـ of
    purpose ("وعاد وزير الصحة ليؤكد أن"), never a word of a name."""
    if t[:1] != "ل" or t[1:2] not in ("ي", "ت") or len(t) < 4:
        return False
    c = _cue_of(t[1:])
    return c is not None and c.kind == lx.VERB


def _np_read(t: str) -> int:
    """How scan_np() reads a word: its _NP_KIND, plus 8 when one of the
    tests it makes on a word before reading it on may hold for the word (a
    title without the article after a name, an accusative, a present verb in
    يـ/تـ, a particle glued to ما, a word that joins others); the rest of
    each test reads the phrase around it.  Plus 16 for a stop word that ends
    a phrase whatever is around it: every path of the loop breaks there.
    Plus 32 for a word that one of the four tests scan_np makes before it
    reads the kind keys on (غير, من, a verb of publishing with its pronoun),
    and 64 for a noun with "their" (_THEIR_NOUN): other words skip those
    tests on the one lookup."""
    kind = _NP_KIND[t]
    stop = (
        kind == 0
        and t in lx.NP_STOP
        and t not in _READ_ON_STOPS
        and t.isalnum()  # (a word: no rule for marks or brackets reads it)
        and not t.isdigit()
        and t not in _WITHHELD_NAME
        and t not in ("ل", "ب")
        and not t.startswith("لل")
    ) or (kind == 0 and _purpose_saying(t))
    pre = (
        (t in lx.TITLES and t[:2] != "ال")
        or (t[-1] == "ا" and len(t) > 3 and t[:2] != "ال" and t[-2:] != "يا")
        or (t[0] in "يت" and len(t) >= 3)  # (with "يرد", "ترد": _verb_after_name)
        or t in _GLUED_MA
        or ((t[0] == "و" or t in _ADDING) and _joins_others(t))
        or _possessed(t)
        or t in _ISSUED
        or t in _SENT_OBJECTS
        or t in _MET_OBJECTS
        or t in _OCCASIONS_NO_NAME
    )
    mid = t == "غير" or t == "من" or t in _PUBLISHED_IT
    return (
        kind
        + (8 if pre else 0)
        + (16 if stop else 0)
        + (32 if mid else 0)
        + (64 if _THEIR_NOUN[t] else 0)
    )


_NP_READ = _words_module._WordTable(_np_read)
# phrase_entity: "for the affairs of", after a title's genitive
_AFFAIRS_OF = _words_module._words("للشوون")
# cue_at: the nouns of someone's words or view after بحسب/حسب/وفق, in
# construct with him ("بحسب تعبير الوزير", "وحسب نص السفيرة")
_VIEW_NOUNS = _words_module._words("تعبير وصف راي قول كلام زعم روايه نص")
# _joins_others, memoised (scan_np asks it of every word of an apposition)
_JOINS_OTHERS = _words_module._WordTable(_joins_others)

# what ends the role read after a comma (scan_np) besides the word's place
_ROLE_ENDS = _THAT | {"قوله", "قولها", "بالنسبه", "بحسب", "حسب", "الذي"}


def _definite_genitives(toks: list[str], j: int, m: int) -> bool:
    """Tokens [j, m) are a post's genitives after "general" ("العام لحزب
    العدالة والتنمية", "عام الشركة"), each with the article (or و and the
    article, or لـ and the article), the first also glued to لـ alone, or a
    preposition; no word of a name ("للحزب خالد العمري")."""
    return all(
        t[:2] == "ال"
        or t[:3] in ("وال", "لل")
        or (x == j and t[:1] == "ل")
        or t in lx.ROLE_PREPOSITIONS
        for x, t in enumerate(toks[j:m], j)
    )


def _role_reads_on(t: str) -> bool:
    """No test of scan_np's scan of a role after a comma ("X، رئيس حزب …،")
    stops at the word ``t`` wherever it is (outside the marks and dates):
    a word that is no mark, no أنّ, pronoun, cue, particle, joined others,
    nor a title with و."""
    return (
        t.isalnum()
        and t not in QUOTE_MARKS
        and t not in _ROLE_ENDS
        and t not in _HE_SHE
        and _cue_of(t) is None
        and t not in ("عن", "الي", "علي")
        and not _joins_others(t)
        and not (t[:1] == "و" and t[1:] in lx.TITLES)
        and t not in _COUNTERPARTS_OR_RIVALS
        and t not in _POST_ENDING_WHEN
    )


_ROLE_READS_ON = _words_module._WordTable(_role_reads_on)


# "ولفت الانتباه إلى أن …", "لفت النظر إلى", "لفت أنظار الحضور إلى": the
# attention drawn, the verb's object right after it (its subject elided,
# named before), never a subject (folded)
_ATTENTION = _words_module._words("الانتباه الانظار النظر انتباه انظار")


def _np_first(t: str) -> int:
    """The tests scan_np() makes on the first word of a phrase that may hold
    for the word, as bits: 1: it starts with ل (an addressee?); 2: a cue word
    (a participle of manner?); 4: "بعدم" or "الانتباه" (an object); 8: a
    quotation mark (a name in marks?); 16: the head of a document; 32: a
    blessing ("رحمه الله"); 64: a title in the nominative dual with the
    article ("الوزيران": a title after it?)."""
    return (
        (t[:1] == "ل")
        | (t in _CUE_WORDS) << 1
        | (t in _BY_NOT or t in _ATTENTION or t in _TOLD_MASDARS) << 2
        | (t in QUOTE_MARKS) << 3
        | (t in _DOCUMENT_HEAD_BASES) << 4
        | (t in _BLESSING_FIRST) << 5
        | (t in _words_module._NOMINATIVE_DUAL_TITLES) << 6
    )


_NP_FIRST = _words_module._WordTable(_np_first)


# "وسأل المذيع X Y ضيفه:": the nouns of one asked or told, with "his" after
# a name (folded, no pronoun); not a family name printed in ه ("عبده"،
# "شحاته": "وسأل الإعلامي كريم محمد عبده:")
_ASKED_NOUNS = _words_module._words(
    "ضيف محاور زميل نظير مضيف صديق مستمع مرافق مساعد محدث جليس مخاطب رفيق "
    "مستشار وزير نايب جمهور متابع قاري مشاهد محاوره زوج ابن"
)


def _asked_noun(w: str) -> bool:
    """``w`` (folded, in ه) is a noun of one asked with "his" ("ضيفه"،
    "ضيفته"، "محاوره")."""
    return w[:-1] in _ASKED_NOUNS or (w[-2:-1] == "ت" and w[:-2] in _ASKED_NOUNS)


def _lam_possessed(t: str) -> bool:
    """``t`` is لـ, a stem of three letters or more and a pronoun of the
    third person ("لضيفه", "لنظيرها", "لمستشاريهم"): a noun told to, with its
    owner (the folded ه may be a ة: possessed_as_written looks)."""
    return (
        t[:1] == "ل"
        and t[1:2] != "ل"
        and (
            (t[-1:] == "ه" and len(t) >= 5)
            or (t[-2:] in ("ها", "هم") and len(t) >= 6)
            or (t[-3:] == "هما" and len(t) >= 7)
        )
    )


_LAM_POSSESSED = _words_module._WordTable(_lam_possessed)


def _np_pre_tests(t: str) -> bool:
    """scan_np's tests before a word's kind (_NP_READ) that hold by the word
    alone may hold of ``t``: a news verb or a common object, a plural of
    people, a counterpart, a word glued to لـ (an addressee or a possessed
    one told) or a ل printed apart from its noun, a title joined by و, a
    participle's complement.  The tests read only when ``tells``,
    ``body_tail`` or a verb's complement follows are not among them."""
    return bool(
        _NEWS_VERB[t]
        or t in _OBJECT_AFTER_NAME
        or t in _PEOPLE_PLURALS
        or t in _COUNTERPARTS_OR_RIVALS
        or (t[0] == "ل" and len(t) != 2)
        or _LAM_POSSESSED[t]
        or (t[0] == "و" and len(t) > 3 and _IS_TITLE_HEAD[t[1:]])
        or t in _PARTICIPLE_COMPLEMENTS
        or t in _BLESSINGS_OR_EPITHETS
        or t in lx.POSSESSED_OR_BARE
        or t in _KNOWN_AS_PARTICIPLES
        or t in _CHANTED_NOUNS
        or t in _ADDRESSING_ONLY
        or t == "اي"
        or t == "ايه"
        or t == "باول"
        or _masdar_owned_shape(t)
        or t in lx.POSSESSED_LIKE_NAMES
        or t in _INCIDENT_OBJECTS
        or t in _BEFORE_HIM
        or _masdar_accusative(t)
        or _first_form_accusative(t)
        or (t[:2] != "ال" and _abstract_noun(t))
        or t in _CLEFT_PRONOUNS
        or t == "ليس"
        # (a bare thing after a post's definite genitive: kw37)
        or t in _POST_OBJECT_THINGS
        # ("all" after a post, the verb's object: mend37e)
        or t in _ALL_OF
    )


def _last_word(surface: str) -> str:
    """The last word of a phrase as the text gives it, folded as a token
    (phrase_entity's tenure adjective after a name or a post)."""
    return normalize(surface.rsplit(None, 1)[-1])


def _first_form_accusative(t: str) -> bool:
    """``t`` (folded) is a noun of three letters and no long vowel in the
    indefinite accusative, its alif written ("عرضا", "شرحا", "وصفا",
    "دعما"): after a given name and a family name with the article it
    opens the verb's object, no third word of the name (scan_np)."""
    return (
        len(t) == 4
        and t[-1] == "ا"
        and t[0] != "ا"
        and t[1] not in "اوي"
        and t[2] not in "اوي"
        and t not in _GIVEN_NAMES
        and t not in _MASDAR_SHAPED_NAMES
    )


def _masdar_accusative(t: str) -> bool:
    """``t`` (folded) is a derived verbal noun in the indefinite accusative,
    its alif written ("اعتذارا", "ترحيبا", "انتقادا"): no word of a name
    ends so (scan_np, after a name: the verb's object)."""
    return (
        len(t) >= 6
        and t[-1] == "ا"
        and t[:2] != "ال"
        and _derived_masdar(t[:-1])
        and t not in _MASDAR_SHAPED_NAMES
        and t not in _GIVEN_NAMES
    )


# scan_np: indefinite adjectives (feminine, or masculine accusative) that
# describe a bare noun after a name ("افتتح الوزير X Y محطة جديدة"): a name
# is definite and takes none, so the noun opens the verb's object (folded;
# not the bare masculine, "جديد", also a family name)
_NOUN_ADJECTIVES = _words_module._words(
    "جديده جديدا كبيره كبيرا واسعه واسعا ضخمه ضخما هامه هاما عاجله عاجلا "
    "شديده شديدا حاده حادا مفتوحه مفتوحا مشتركه مشتركا"
)


def _bare_noun_adjective(nxt: str) -> int:
    """What _describes_bare_noun needs of ``nxt`` (folded) alone: 1, one
    of _NOUN_ADJECTIVES (it describes any bare noun); 2, a feminine
    relative adjective of six letters at least (it describes a feminine
    noun); 3, a feminine participle in م of five or a nisba of five (a
    feminine noun that is no given name); 0, none (nor with the article, nor a given name)."""
    if nxt in _NOUN_ADJECTIVES:
        return 1
    if nxt[:2] == "ال" or nxt in _GIVEN_NAMES:
        return 0
    if nxt[-2:] == "يه" and len(nxt) >= 6:
        return 2
    if nxt[-2:] == "يه" and len(nxt) == 5 and nxt.isalpha():
        # a nisba of five letters ("حملة أمنية", "دعوة رسمية"): as a
        # participle's, after a feminine noun that is no given name (a
        # name of five in ية may follow one: "سامية", "هانية")
        return 3
    # a feminine participle of a derived verb, indefinite, after a feminine
    # noun ("خطوة متسرعة", "حملة منظمة"; no long vowel before its last
    # radical: not a name "مسعودة", "منيرة", "مباركة")
    if nxt[0] == "م" and nxt[-1] == "ه" and len(nxt) >= 5 and nxt[-3] not in "اوي":
        return 3
    return 0


# scan_np reads it for the word after every word of a name: one lookup, not
# a call (_describes_bare_noun)
_BARE_NOUN_ADJECTIVE = _words_module._WordTable(_bare_noun_adjective)


def _first_form_participle(nxt: str) -> bool:
    """``nxt`` (folded) has the shape of an indefinite feminine participle
    of the first form, active فاعلة or passive مفعولة ("عالقة", "مجهولة",
    "مكتوبة"), or of its adjective فعيلة ("عديدة", "كثيرة", "دقيقة"), no
    given name: an adjective only a plural of things takes after a name
    (_PLURAL_OF_THINGS; "فاطمة", "مسعودة", "سميرة" are names of those
    shapes, so not after any feminine noun)."""
    n = len(nxt)
    return (
        nxt[-1:] == "ه"
        and (
            (n == 5 and (nxt[1] == "ا" or nxt[2] == "ي") and nxt[0] != "ا")
            or (n == 6 and nxt[0] == "م" and nxt[3] == "و")
        )
        and nxt.isalpha()
        and nxt not in _GIVEN_NAMES
    )


# scan_np's gate before its block of tests, what it reads of the word after
# the one it looks at: _BARE_NOUN_ADJECTIVE's answer (0-3) plus 4 for a
# _VERB_COMPLEMENT plus 8 for a _first_form_participle, so one lookup for
# the three (0 for most words)
_NP_NEXT = _words_module._WordTable(
    lambda w: (
        _BARE_NOUN_ADJECTIVE[w]
        + (4 if _VERB_COMPLEMENT[w] else 0)
        + (8 if _first_form_participle(w) else 0)
    )
)


def _plural_of_things(t: str) -> bool:
    """``t`` (folded) has the shape of a plural of things, which takes its
    adjective in the feminine singular: a sound plural in ات ("مقترحات
    عملية", "لقاءات ثنائية", "جهات خارجية") or a broken one of the shapes
    مفاعيل, فعالل or فعايا ("مشاريع تنموية", "برامج تدريبية", "قضايا
    إقليمية"), bare, no given name."""
    n = len(t)
    return (
        t.isalpha()
        and t[:2] != "ال"
        and t not in _GIVEN_NAMES
        and (
            (n >= 4 and t[-2:] == "ات")
            or (n == 6 and t[2] == "ا" and t[4] == "ي")
            or (n == 5 and t[2] == "ا" and t[0] != "ا" and t[-1] not in "اوي")
            or (n == 5 and t[2] == "ا" and t[0] != "ا" and t[3:] == "يا")
        )
    )


# scan_np reads it of the word before an indefinite feminine adjective after
# a name: one lookup, not a call
_PLURAL_OF_THINGS = _words_module._WordTable(_plural_of_things)


def _accusative_broken_plural(t: str) -> bool:
    """``t`` (folded) has the shape of a broken plural in the accusative
    with its tanween written as alif, فعولاً or أفعالاً ("شروطا", "وعودا",
    "حلولا", "أموالا", "أفكارا"): after a name, the verb's indefinite
    object ("وفرض X Y شروطا قاسية"), no name word (a name ending in ا has
    another shape: "رضا", "زكريا", "أوباما", "رانيا", "فيونا")."""
    n = len(t)
    return t[-1] == "ا" and (
        (n == 5 and t[2] == "و" and t[1] not in "اوي")
        or (n == 6 and t[0] == "ا" and t[3] == "ا" and t[1] not in "اوي")
    )


def _describes_bare_noun(t: str, nxt: str) -> bool:
    """``nxt`` (folded) is an indefinite adjective of the bare noun ``t``:
    one of _NOUN_ADJECTIVES, or a feminine relative adjective of six letters
    at least, or a feminine participle in م of five, with no article, after
    a feminine noun ("مدرسة ابتدائية", "جولة ميدانية", "خطوة متسرعة"; not a
    given name, "فتحية", nor "أسامة طلحة الحجازية")."""
    d = _BARE_NOUN_ADJECTIVE[nxt]
    return d == 1 or (d > 1 and t[-1:] == "ه" and (d == 2 or t not in _GIVEN_NAMES))


def _construct_object(t: str, nxt: str) -> bool:
    """``t`` (folded) is a bare noun in ة, no given name nor title, and
    ``nxt`` a bare word in construct with it, no given name, title nor
    particle ("صرخة استغاثة", "صيحة فزع"; not "X Y نمصية حول …", a name
    word in ة before a preposition): what scan_np reads after a full name
    as the verb's object."""
    return (
        t[-1:] == "ه"
        and len(t) >= 4
        and not "ال" <= t < "ام"
        and not "ال" <= nxt < "ام"
        and len(nxt) >= 3
        and t.isalpha()
        and nxt.isalpha()
        and t not in _GIVEN_NAMES
        and nxt not in _GIVEN_NAMES
        and nxt not in lx.NP_STOP
        and not _IS_TITLE_HEAD[t]
        and not _IS_TITLE_HEAD[nxt]
    )


def _masdar_owned_shape(t: str) -> bool:
    """``t`` (folded) has the shape of a derived verbal noun
    (_derived_masdar, or انفعال: "انسحاب", "انضمام") with no article and a
    pronoun after it (ه, ها, هم, هن, هما), in the plural in ات, or both:
    "اعتذاره", "انسحابها", "انتقادات", "انتقاداته" (scan_np, after a name:
    the verb's object, when a ه is printed so, not a ة)."""
    if t[:2] == "ال" or len(t) < 6:
        return False
    pron = next((p for p in lx.PRONOUN_SUFFIXES_LONGEST_FIRST if t.endswith(p)), "")
    w = t[: len(t) - len(pron)]
    if w[-2:] == "ات":
        w = w[:-2]
    elif not pron:
        return False
    return _derived_masdar(w) or (
        # انفعال
        len(w) == 6
        and w[:2] == "ان"
        and w[4] == "ا"
        and w[2] not in "اوي"
        and w[3] not in "اوي"
        and w[5] not in "اوي"
    )


# "وردد المتظاهرون عبارة «…»", "هتفوا شعار «…»": a noun of words chanted
# or repeated, bare, right before the marks, is the verb's object, what
# the subject chants, never a word of the subject (folded)
_CHANTED_NOUNS = _words_module._words("عباره عبارات شعار شعارات هتاف هتافات")
_NP_PRE_TESTS = _words_module._WordTable(_np_pre_tests)
_MASDAR_OWNED = _words_module._WordTable(_masdar_owned_shape)
# a word with the article printed ending in ه, three letters at least
# between ("الوزيره", "التونسيه"): on a page that prints no ة, its ة
_ARTICLE_WORD_IN_HA = re.compile(r"(?<![\w])[وفبلك]?[اأإآ]ل\w{3,}ه(?!\w)")
_COMPLEMENT_PREPOSITIONS = _words_module._COMPLEMENT_PREPOSITIONS
_ACTING_WORDS = _words_module._ACTING_WORDS
# cue_at: "في نقله عن X", "في نقلها عن X": a source only after في
_IN_RELAYING = _words_module._IN_RELAYING
_CHARGE_HOLDERS = _words_module._CHARGE_HOLDERS
# the verbs of "what is known as" after فيما/بما ("فيما يعرف بقضية «…»")
_KNOWN_AS = _words_module._SO_CALLED | _words_module._words("يعرف تعرف عرف عرفت سمي سميت")
_KNOWN_AS_PARTICIPLES = _words_module._KNOWN_AS_PARTICIPLES
_NICKNAMED = _words_module._NICKNAMED
_NICKNAME_WORDS = _words_module._NICKNAME_WORDS
_KUNYA_HEADS_ANY_CASE = _words_module._KUNYA_HEADS_ANY_CASE
_KNOWN_AS_BY = _words_module._KNOWN_AS_BY
# scan_np: forces a post is held in, glued to بـ ("بقوات الأمن"), folded
# (with the article, "بالقوات البحرية", any word glued to بال is read there)
_ARMED_FORCES = _words_module._words("قوات")
# the participles of protest, cues only right before the words they say
_PROTESTING = frozenset({"احتج", "استنكر", "ندد"})
# "تضمنت البرقية أن": the verbs of containing, the document their subject
_CONTAINS = _words_module._words("تضمن تضمنت يتضمن تتضمن")
# a verb's object pronouns that no name ends with ("واتهمها", "وطالبهم")
_OBJECT_SUFFIXES = ("ها", "هم", "هما")
# "in front of him" ("أمامه", "أمامهم"), folded: where a thing was done
_BEFORE_HIM = _words_module._BEFORE_HIM


_NORMALIZED = _words_module._NORMALIZED
_QUANTIFIER_HEADS = lx.QUANTIFIERS
# quantifiers, folded ("كل", "بعض", "جميع" …)
_QUANTIFIERS_ALL = _words_module._QUANTIFIERS
_CUES = lx.CUES
_FIRST = _words_module._words("اول")
_PP_NOUNS = (
    lx.TITLES | lx.OUTLET_HEADS | lx.ORGANIZATION_HEADS | lx.DOCUMENT_HEADS | lx.ANONYMOUS_HEADS
)

# a preposition with a pronoun suffix ("ونقل لهم «…»"): never a subject
_PP_PRONOUNS = frozenset(
    p + x
    for p in ("ل", "ب", "من", "عن", "في", "علي", "الي", "مع", "لدي", "عند", "بين")
    for x in ("ه", "ها", "هم", "هما", "هن")
    if p + x != "بها"  # (بهاء, a name, folds to it)
) | {"لي", "لنا"}  # ("مني" is منى folded; بي, بك are titles)
# after غير and the participle it negates, بها too ("غير المعترف بها")
_NEGATED_PP = _PP_PRONOUNS | {"بها"}
# and the adverb of how after it ("غير المعترف بها دوليا"), folded
_NEGATED_HOW = _words_module._words("دوليا رسميا محليا عربيا اقليميا شعبيا قانونيا")


# Time nouns that are also first names: after a title, with a name word
# after them, the name ("السيدة صباح X"), not the time ("الوزير صباح اليوم")
_NAME_TIME_NOUNS = frozenset({"صباح"})
# scan_np: the stop words after which a phrase may go on (a name, a title's
# complement, "عن" after "صادر", "علي" the name): any other ends it
# what ends the sentence before a clause (clause_opens_feminine)
_CLAUSE_OPENING_STOPS = frozenset({".", "!", "؟", "?", "\n", ":", "»", "«"})
_READ_ON_STOPS = (
    _NAME_TIME_NOUNS
    | _THEN_OR_LATELY
    | _INFORMED
    | _MAIN_ROLE_PREPOSITIONS
    | {"ام", "العام", "عام", "عن", "علي", "حول"}
    | lx.GLUED_DEMONSTRATIVES
)
# "وزير العلاقات مع مجلس النواب", "المكلف بالعلاقات مع المجتمع المدني": the
# relations a post is in charge of, with whom (scan_np: مع goes on)
# (also a post's second portfolio, "وزير العدل والعلاقات مع البرلمان")
_RELATIONS = _words_module._words("العلاقات بالعلاقات للعلاقات علاقات والعلاقات")
_IN_CHARGE = _words_module._words("المكلف المكلفه مكلف مكلفه")


# verb_before_object: the particles a three-letter word in ي (not ى) must
# stand before to be read as a name ("الرئيس بري على تواصل", "من جهته",
# "عن"), folded (على folds to علي)
_AFTER_NAME_IN_YA = frozenset(("علي", "من", "عن"))


def _charge_end(words: list[str], art: list[bool], i: int, n: int) -> int:
    """After المكلف (``words[i - 1]``), the end of what the post is charged
    with when ``words[i]`` opens it: a bare word glued to بـ that is no given
    name ("بتشكيل", "بإدارة", "بملف"), or a bare verbal noun in construct
    ("تأليف الوزارة", the participle's object), then its definite genitive
    (the definite words after it the walk reads on); 0 when it is no such
    charge ("الرئيس المكلف بشير X", "المكلف سعد X": the name)."""
    if i + 1 >= n or not art[i + 1]:
        return 0
    w = words[i]
    if w[0] == "ب":
        ok = (
            len(w) >= 4
            and w[1:3] != "ال"
            and w not in _GIVEN_NAMES
            # (the name after the charge: with none, the word in بـ and its
            # definite word are the name, "المكلف بشار الأسعد"; final read)
            and not all(art[i + 2 : n])
        )
    else:
        ok = _masdar_head(w, words[i + 1])
    return i + 2 if ok else 0


# Verbs of saying whose complement على introduces ("أكد على", "شدد على",
# "علق على", "رد على"): right after them, على is that preposition
# Definite participles whose verb takes على, in a post ("المشرف العام على
# …", "القائم على …", "النائب المحسوب على …"), folded
_ALA_PARTICIPLES = _words_module._words(
    """
    المشرف المشرفه المشرفين القايم القايمه القايمين الحايز الحايزه الحاصل
    الحاصله المسوول المسووله المسوولين المسيول المسيوله المسيولين المحسوب المحسوبه
    المحسوبين الوصي
    الوصيه المطلع المطلعه المسيطر المسيطره المهيمن المتحصل المتحصله
    """
)
# what a title's reading goes on past على with (classify): those participles
# and the definite verbal nouns that govern it ("رئيس هيئة الرقابة على …",
# "في قضية التآمر على أمن الدولة", "لجنة الإشراف على الانتخابات")
_ALA_TITLE_WORDS = _ALA_PARTICIPLES | _words_module._words("الرقابه التامر الاشراف")
# (and أجاب: "وأكد X، وهو يجيب على أسئلة النواب، أن", dev24s)
_ALA_VERBS = frozenset(
    {"أكد", "شدد", "علق", "رد", "أثنى", "حث", "ركز", "اعترض", "أصر", "حرص", "أجاب"}
)


# Verbal nouns of speech that head a phrase in construct with the one who
# speaks ("دعوة X", "تعليق X", "رد X"), indefinite, with و/ف or not
_SPEECH_NOUN_HEADS = frozenset(
    p + w
    for w in ("دعوه", "تعليق", "تصريح", "رد", "كلمه", "نداء", "مداخله", "مطالبه", "تاكيد")
    for p in ("", "و", "ف")
)


# classify: a speech with the article alone ("ومما جاء في الكلمة", "وجاء في
# الخطاب"), the one told of before as given ("ألقى الوزير X كلمة", "كلمة
# ألقاها X"), is its giver's (speech_owner; kw32), folded; and the speech
# told of, the verbs of giving it before it and their pronoun's after it
_SPEECHES_THE = _words_module._words("الكلمه الخطاب")
_SPEECHES_TOLD = _words_module._SPEECHES | _words_module._words("خطابا")
_GAVE_SPEECH = _words_module._with_prefixes(_words_module._words("القي القت"), "وف")
_GAVE_IT = _words_module._GAVE_IT
_WAS_THEN = _words_module._WAS_SINGULAR
# A noun of speech that is also a first name ("خطاب"): in construct with
# the speaker only when a title follows it ("خطاب الرئيس X", not "خطاب X Y")
_SPEECH_NAME_HEADS = frozenset(p + "خطاب" for p in ("", "و", "ف"))


def _classify_special(word: str) -> bool:
    """classify: ``word``, a phrase's first, may open one of the readings
    classify tries before phrase_entity (each test holds one of these of
    its first word): a title's head, a possessed plural of titles, an
    outlet, "all", a post or document with its author, a star, a relative
    pronoun, a series or the grounds of documents, a verbal noun of
    speech.  A reading added to that block must add its first word's list
    here, or it is never tried."""
    return bool(
        _POSSESSED_TITLE_PLURAL[word]
        or _IS_TITLE_HEAD[word]
        or word in _OUTLET_HEADS
        or word in _ALL_OF
        or word in _AUTHORED_POSTS
        or word in _STAR
        or _base(word) in _RELATIVES
        or word in lx.DOCUMENT_SERIES
        or word in _GROUNDS
        or word in _SPEECH_NOUN_HEADS
        or word in _SPEECH_NAME_HEADS
        or word in _AUTHORED_DOCUMENTS
        or word in _SPEECHES_THE
    )


_CLASSIFY_SPECIAL = _words_module._WordTable(_classify_special)


def _suffixed_title_word(word: str) -> bool:
    """ "وزيرها", "ناطقه", "ونظيره": a title with a possessive suffix (and و/ف)."""
    return _suffixed_title(word) or (word[:1] in "وف" and _suffixed_title(word[1:]))


# scan_np: "في ختام اللقاء", "في مستهل كلمته", "في معرض رده", "في أول
# ندوة": after في, a noun of the time or the course of what was said, no
# place of a post (folded)
_WHEN_SAID = _words_module._words(
    "ختام نهايه بدايه مستهل اعقاب غضون معرض سياق ختامه اول اخر مطلع خلاصه"
)
# cue_at: after جاء/يأتي في, the nouns of the context something came in
# ("جاء في إطار …", "يأتي في أعقاب …", "في ظل"), no document (folded)
_CONTEXT_NOUNS = _words_module._words("اطار سياق اعقاب ظل خضم غضون ضوء اثر وقت")
# (and the documents and occasions of speech, with the article or not, and
# with "his" or "her", that keep the cue: "وجاء في سياق البيان", "في سياق
# كلمته")
_DOCUMENT_HEADS_ANY = (
    lx.DOCUMENT_HEADS
    | lx.EVENT_NOUNS
    | frozenset("ال" + w for w in lx.DOCUMENT_HEADS | lx.EVENT_NOUNS)
    | lx._possessed(lx.EVENT_NOUNS)
)

# cue_at: "وفي برقية X، جاء أن": the most tokens from في (words._IN)
# opening the sentence to an impersonal جاء/ورد after the comma, a document
# (lx.DOCUMENT_HEADS, with the article or not) right after في (kw33b)
_FRONTED_DOCUMENT_REACH = 10

# "X، الذي يشغل منصب …،": the relative pronoun and the verbs of holding
# a post (folded)
_WHO = _words_module._words("الذي التي والذي والتي")
_CLEFT_PRONOUNS = _words_module._CLEFT_PRONOUNS
_HOLDS = _words_module._HOLDS
# the noun of the post held after _HOLDS ("يتولى منصب"), and after a verb
# of occupying one, Maghrebi "يشغل خطة" and "تشغل وظيفة" too ("تولى خطة" is
# to take charge of a plan)
_OCCUPIES = _words_module._OCCUPIES
# (with و or ف: "وتسلم X خطة …" is a plan, "ويشغل X خطة …" a post)
_OCCUPIES_PREFIXED = _words_module._with_prefixes(_OCCUPIES)


_POST_HELD = _words_module._words("منصب خطه وظيفه")
# "X، الذي يرأس لجنة …،", "X التي ترأس جمعية …": a present verb of
# heading after the relative pronoun of its gender, folded (not "الذي
# ترأس الاجتماع": he chaired it, once)
_HEADS_NOW = {
    "الذي": _words_module._words("يراس يتراس"),
    "التي": _words_module._words("تراس تتراس"),
}


# "وهو أيضا/كذلك …": an adverb between the pronoun and the role (folded)
_ALSO = _words_module._ALSO_WORDS


# the posts that serve someone, who is their genitive glued to لل ("المستشار
# الخاص للرئيس", "المبعوث الشخصي للأمين العام", "الناطق الرسمي للرئاسة"),
# with and without the article, masculine and feminine
_RELATIONAL_POSTS = frozenset(
    art + w + end
    for w in _words_module._words(
        "مستشار مبعوث ممثل مساعد نايب سكرتير معاون ناطق متحدث مندوب وكيل طبيب محامي "
        "مرافق حارس كاتب مدير امين مترجم"
    )
    for art in ("", "ال")
    for end in ("", "ه")
)
# a delegation or the press, told something as a body ("قال الرئيس للوفد")
_DELEGATIONS = _words_module._words("وفد وفود صحافه")
# the endings of a sound masculine plural ("المواطنين", "الصحفيون")
_SOUND_PLURAL_ENDINGS = frozenset({"ين", "ون"})
# an adjective that ties a post to someone, who is its genitive glued to لل
# ("المنسق الخاص للأمين العام", "رئيس الحرس الشخصي للرئيس", "المرشح
# المنافس للرئيس"): no one told
_OF_SOMEONE = _words_module._words("الخاص الخاصه الشخصي الشخصيه المقرب المقربه المنافس المنافسه")
# scan_np: "the same" after a definite noun ("القيادي ذاته", "المصدر نفسه"),
# folded
_SAME_AFTER = _words_module._SAME
# cue_at: verbs of wanting or trying before أنْ and a present verb of
# saying ("تريد أن تشكك", "يحاول أن ينفي"): what is sought, no report
# (folded, of one man or woman or of many, past and present)
_WANTING = _words_module._words(
    "يريد تريد يريدون اراد ارادت ارادوا يحاول تحاول يحاولون حاول حاولت حاولوا "
    "يسعي تسعي يسعون سعي سعت سعوا"
)
# cue_at: before a verb of answering with its object pronoun, a negation,
# "no one" or "whoever" ("ولا أحد يجيبه", "من يجيبه"): no one answers, folded
_NO_ONE_ANSWERS = _words_module._words("لا لم لن ما ولا ولم ولن وما فلا فلم فما احد من")
# cue_at: دعا with the pronoun of the one called on ("ودعاه", "وتدعوهم"),
# folded
_CALLED_ON_FORMS = frozenset(
    stem + suffix for stem in ("دعا", "دعت", "يدعو", "تدعو") for suffix in ("ه", "ها", "هم")
)
# broken plurals of persons that end as a feminine or a nisba does, which a
# sound plural after them describes ("جمعية القضاة التونسيين", "ممثل الأهالي
# المتضررين", "نقابة الأساتذة الجامعيين"), folded
# broken plurals of people a verb takes as its object after its subject, a
# definite title ("ودعا الرئيس الأعضاء", "وحذر الوزير التجار"), folded
_CALLED_ON_BODIES = _words_module._CALLED_ON_BODIES
_CALLED_ON_ALWAYS = _words_module._CALLED_ON_ALWAYS
_PEOPLE_PLURALS = lx._fold_set(
    "الأعضاء التجار السكان الأهالي الشباب الطلاب الناس الحضور الصحفيين العمال "
    "الفلاحين المزارعين الأطباء المعلمين الجنود الضباط المتظاهرين المحتجين الأسرى "
    "المواطنين المواطنون الجميع المسافرين المقيمين "
    # (parents and pupils called on: "ودعا الوزير الأولياء والتلاميذ"; dev27r)
    "الأولياء التلاميذ الآباء "
    # (the deputies told or called on: "وأبلغت الوزارة النواب بأن")
    "النواب"
)
# scan_np: the prepositions a verb of calling on or urging takes after its
# object ("دعا X الأهالي إلى", "حث X الشباب على")
_TO_OR_ON = _words_module._TO_OR_ON
_CLUBS_AND_UNITS = _words_module._CLUBS_AND_UNITS
_UNITS_ALSO_GIVEN_NAMES = _words_module._UNITS_ALSO_GIVEN_NAMES
_UNIT_GENITIVES_LIKE_NAMES = _words_module._UNIT_GENITIVES_LIKE_NAMES
_BROKEN_PLURALS_OF_PERSONS = lx._fold_set(
    "القضاة الطلبة الدعاة الرعاة الولاة الغزاة الحماة الرماة السعاة الأساتذة التلامذة "
    "الصيادلة البحارة الجبابرة القادة السادة الكفرة الخونة البررة الكتبة العملة "
    "الأهالي الموالي"
)


def _persons_plural_told(w: str) -> bool:
    """Token ``w`` (folded) is a definite plural of persons, one told
    something: a sound plural in ين/ون of eight letters or more
    ("المواطنين", "المودعين") or a broken plural of persons ("الأهالي")."""
    return w[:2] == "ال" and (
        (w[-2:] in ("ين", "ون") and len(w) >= 8) or w in _BROKEN_PLURALS_OF_PERSONS
    )


@lru_cache(maxsize=1024)
def _audience(w: str) -> bool:
    """ "صحفيين", "نواب", "صحافه" (folded, without the article): people told
    something, a plural of persons (of a title, in ين or broken) or the
    press."""
    return w == "صحافه" or w in _SINGULAR_OF or (w[-2:] == "ين" and w[:-2] in lx.TITLES)


_LATIN_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")


# _body_genitive: bodies of members, which take them glued to لل in their
# name ("النقابة الوطنية للصحفيين", "الهيئة الوطنية للمحامين"), where a
# government or a ministry speaks to the press ("وقالت الحكومة التونسية
# للصحفيين")
_MEMBERS_BODIES = _words_module._words(
    "نقابه هييه اتحاد جمعيه رابطه عماده منظمه مجلس غرفه فدراليه فيدراليه كنفدراليه تنسيقيه تجمع"
)


def _body_genitive(toks, a: int, i: int) -> bool:
    """ "الهيئة العليا للانتخابات", "مجلس الهيئة الوطنية للمحامين": a body
    named by its head and its definite adjectives or genitive (one to three
    words) takes its purpose, its members or the body it belongs to
    ("المكتب التنفيذي للنقابة") glued to لل (token ``i``) in its name; not an
    addressee (an outlet or a person's post glued to لل is one: "قال الاتحاد
    الأوروبي للوكالة"), nor an audience when the body is no body of members."""
    head = toks[a]
    if head not in _ORGANIZATION_HEADS or not 2 <= i - a <= 4:
        return False
    for w in toks[a + 1 : i]:
        if w[:2] != "ال":
            return False
    bare = toks[i][2:]
    if not bare:
        return False
    definite = "ال" + bare
    if definite in _OUTLET_HEADS:
        return False  # "للوكالة", "للصحيفة": the outlet spoken to
    if definite in _ORGANIZATION_HEADS:
        return True  # "المكتب التنفيذي للنقابة": the body it belongs to
    if definite in _ADDRESSEE_HEADS:
        return False  # "للوزير": the person spoken to
    if not _audience(bare):
        return True
    for w in toks[a + 1 : i]:
        if w[-2:] == "ين" and w[-3:] != "يين":
            # "قالت نقابة المعلمين للصحفيين": its members already named,
            # the press after them is the one told
            return False
    return (head[2:] if head[:2] == "ال" else head) in _MEMBERS_BODIES


_WIRE_NAMES = _words_module._WIRE_NAMES


def _told_after_body(toks: list[str], head: str, m: int, limit: int) -> bool:
    """Token ``m``, after the name of the body ``head`` (folded, maybe with
    the article) that a post told after the name is held in, is the one
    told, glued to لـ, where the post ends ("X مدير الشؤون القانونية بوزارة
    العدل للصحفيين إن"): the press or people (not a body of members' own,
    "بالاتحاد العام للصحفيين"), an outlet by its head or its name ("لوكالة
    الأنباء", "لقناة الجزيرة", "لرويترز", "لسبأ", "لبلادي نيوز"), a pronoun
    ("لنا", "له"), or لـ before a name in marks ("لـ«الشرق الأوسط»")."""
    t = toks[m]
    if t[:1] != "ل":
        return False
    if t == "ل":
        return m + 1 < limit and toks[m + 1] in QUOTE_MARKS
    if t in _TOLD_PRONOUNS:
        return True
    if t[:2] == "لل":
        if "ال" + t[2:] in _OUTLET_HEADS:
            return True
        return _audience(t[2:]) and (head[2:] if head[:2] == "ال" else head) not in _MEMBERS_BODIES
    return (
        t[1:] in _OUTLET_HEADS
        or t[1:] in _AGENCY_SHORT_NAMES
        or t[1:] in _WIRE_NAMES
        or (m + 1 < limit and (toks[m + 1] in _OUTLET_TAILS or _spelt_outlet(t, toks[m + 1])))
    )


def _spelt_outlet(word: str, nxt: str) -> bool:
    """``word`` glues لـ to a letter spelt out and ``nxt`` is another
    ("لبي بي سي", "لإم بي سي"): an outlet's name in letters, spoken to."""
    return word[:1] == "ل" and word[1:] in _LATIN_LETTER_NAMES and nxt in _LATIN_LETTER_NAMES


def _glued_to_lam(word: str) -> bool:
    """A noun of the lexicon (or its plural in ات) or an ordinal glued to
    لـ/لل ("لقناة", "لنقابات", "لأول", "للصحفيين"): a prepositional
    phrase, no speaker's name; so is a Latin name glued to لـ ("لـCNN",
    "لـPBS NewsHour": the outlet spoken to), a wire's ("لرويترز"), and
    the residents of a place ("لأهالي سيناء", "لسكان الحي": whom a post
    speaks to in a headline; dev22s)."""
    return word[0] == "ل" and (
        word[1:2] in _LATIN_LOWER
        or word[1:] in _PP_NOUNS
        or word[1:] in _RESIDENTS
        or word[1:] in _WIRE_NAMES
        or word[1:] in _FIRST
        or word[:2] == "لل"
        or (word[-2:] == "ات" and word[1:-2] + "ه" in _PP_NOUNS)
        or _derived_masdar(word[1:])
        or _waw_mufaala(word[1:])
    )


# Nouns of company and occasion glued to بـ after a title ("بحضور",
# "برفقة", "بمناسبة"), folded: the circumstance of the act, no name
_COMPANY_NOUNS = _words_module._words("حضور رفقه صحبه معيه رعايه اشراف دعوه")
# Venues glued to بـ after a title ("مدرب المنتخب بقاعة الإعلام", "بملعب
# السلام", "بمقر الوزارة", "بفندق …"), folded: where he spoke, no name
# (_glued_to_ba) and never the post's word (scan_np); not where a post is
# held ("الأستاذ بجامعة", "الطبيب بمستشفى": _POST_PLACES)
_VENUE_NOUNS = _words_module._words("قاعه ملعب مقر فندق مبني ساحه مطار مسرح مدرج")
# scan_np: of those, the halls an occasion is held in ("لمدرب المنتخب
# بقاعة الإعلام التابعة للملعب") end a post; not a hotel, a theatre, an
# airport, a stadium or a seat, where a post is held ("مدير العلاقات العامة
# بفندق الشيراتون X", "مدير الأمن بمطار القاهرة اللواء X")
_HALLS = _words_module._words("قاعه مدرج")
# scan_np: participles that tie a body to the one it belongs to, and the
# prepositions they take apart ("التابع للجيش", "المنضوي في التحالف",
# "المنتمي إلى", "المقرب من"), folded
_AFFILIATED = _words_module._words(
    "التابع التابعه المنضوي المنضويه المنتمي المنتميه الموالي المواليه المقرب المقربه"
)
_AFFILIATION_PREPS = _words_module._words("في الي من")


# (a definite word that agrees as an adjective: a nisba, masculine or
# feminine, or a plural; the sound plurals a plural adjective follows are
# _SOUND_PLURAL_ENDINGS)
_ADJECTIVE_ENDINGS = ("ي", "يه", "ين", "ون")
# a head of a place or of a team glued to بـ: where a post is held
# ("بجامعة", "بنادي"; post_end, classify)
_POST_OR_TEAM_HEADS = _POST_PLACES | _STAR_TEAM_HEADS


def _glued_to_ba(word: str) -> bool:
    """A noun of company or occasion, or a derived verbal noun, glued to بـ
    ("بحضور لفيف", "بمشاركة عدد", "بمناسبة", "باستقبال"): how or when the
    title's holder acted, never a name after the title (the names in ب,
    "بشير", "بسام", "برهان", "بلقاسم", have none of these shapes)."""
    return word[:1] == "ب" and (
        word[1:] in _COMPANY_NOUNS
        or word[1:] in _VENUE_NOUNS
        or _derived_masdar(word[1:])
        or _waw_mufaala(word[1:])
    )


def _ba_bare_masdar(word: str, nxt: str) -> bool:
    """بـ glued to a bare verbal noun of three consonants, before its
    definite object ("طالب المندوب بمنح الثقة", "بسحب القوات", "بوقف
    الحرب"): what is asked for, never a name after a title (no long vowel,
    no ه: the names "بشير", "بلال", "بسمة", "برهم", "بهجت" have one; a word
    of three letters, "بدر الدين", is left alone)."""
    return (
        len(word) == 4
        and word[0] == "ب"
        and nxt[:2] == "ال"
        and _LONG_VOWELS.isdisjoint(word[1:])
        # ("المطران بطرس الخوري", "الأمير بندر الفيصل": names of that shape)
        and word not in _BA_NAMES
        and word not in _GIVEN_NAMES
    )


def _ba_long_masdar(w: str) -> bool:
    """``w`` (folded) is بـ glued to a bare noun that is no name word: a
    noun of weight or modality (_MODAL_NOUNS: "بضرورة", "بأهمية") or a
    first-form verbal noun فعول ("بوجود", "بدخول", "بوصول"), no given
    name (the names in بو, "بوزيد", "بوعلي", "بوجمعة", have no و third)."""
    t = w[1:]
    return (
        w[:1] == "ب"
        and w not in _GIVEN_NAMES
        and (
            t in _MODAL_NOUNS
            or (len(t) == 4 and t[2] == "و" and t.isalpha() and t[0] != "ا" and t[1] not in "اوي")
        )
    )


_BA_LONG_MASDAR = _words_module._WordTable(_ba_long_masdar)


def _name_breaks(w: str) -> bool:
    """phrase_entity's walk over a name's words: ``w`` is one the tests
    that end the name at a word of a kind hold of it ("one of", a star,
    kin, بـ glued to a verbal noun, a news verb, an outlet, a short broken
    plural, a post's noun): each test holds one of these, and most name
    words are none of them.  A test added to that block must add its word
    list here."""
    return (
        w in _ONE_OF
        or w in _STAR
        or w in _KIN_HEADS
        or _ba_bare_masdar(w, "ال")
        or ("ب" <= w < "ة" and _BA_LONG_MASDAR[w])
        or w in _NEWS_VERBS
        or w in _OUTLET_HEADS
        or w in _SHORT_BROKEN_PLURALS
        or w in _POST_NOUNS
        or w == "لمنصب"
    )


_NAME_BREAKS = _words_module._WordTable(_name_breaks)


# a participle's complement glued to بـ or لـ with the pronoun of the one it
# concerns ("المعترف بها", "المسموح له"), folded
_PARTICIPLE_PRONOUN_COMPLEMENTS = _words_module._words("به بها بهم له لها لهم")


def _nisba_adverb(w: str) -> bool:
    """``w`` (folded) is an adverb made on a nisba in the accusative
    ("دوليا", "رسميا", "محليا"), bare, of five letters at least, no given
    name ("زكريا", "رانيا")."""
    return len(w) >= 5 and w[-2:] == "يا" and w.isalpha() and w not in _GIVEN_NAMES


# _ba_bare_masdar: given names of its shape, ب and three consonants (folded)
_BA_NAMES = _words_module._words("بطرس بندر برجس")


def _people_adjectives(words: list[str]) -> int:
    """classify: after a plural of people heading words, the index of the
    first word that is none of its definite plural adjectives (at most two:
    a nisba or participle in ون/ين, "الاقتصاديون", "المستقلين", or a broken
    one, "العرب", "الجدد"), so 1 when none follows; no day ("الاثنين")."""
    k = 1
    while k < len(words) and k <= 2:
        w = words[k]
        if (
            w[:2] != "ال"
            or not (
                w in _PEOPLE_BROKEN_ADJECTIVES
                or (w[-2:] in _SOUND_PLURAL_ENDINGS and len(w) >= 7 and w not in _DEICTIC_DAYS)
                # (after women, a feminine participle in م-ات: "النساء المشاركات")
                or (words[0] == "النساء" and w[-2:] == "ات" and w[2] == "م" and len(w) >= 8)
            )
        ):
            break
        k += 1
    return k


def _derived_masdar(w: str) -> bool:
    """A verbal noun of a derived form (folded, no article): إفعال
    ("اصدار", "اعلان"), افتعال ("اجتماع", "انتخاب"), استفعال ("استقبال"),
    مفاعلة ("مكافحه", "مناقشه") or تفعيل ("تعزيز", "تنفيذ"); glued to لـ
    it is a purpose or a complement ("لإصدار مجلة", "لمكافحة الإرهاب"),
    never a name (a name opening in ل, "لطفي", "لحسن", "لافروف",
    "لعمامرة", has none of these shapes)."""
    n = len(w)
    if n == 5:
        if w[0] == "ا" and w[3] == "ا":
            return w[1] not in "اوي" and w[2] not in "اوي" and w[4] not in "اوي"
        # (a first radical hamza, folded to ا, or a hollow second one:
        # "تأهيل", "ترويج", "تعيين"; not a first و/ي, "توفيق", "تيسير",
        # which are given names)
        return w[0] == "ت" and w[3] == "ي" and w[1] not in "وي" and (w[1] == "ا" or w[2] != "ا")
    if n == 6:
        if w[0] == "ا" and w[2] == "ت" and w[4] == "ا":
            return w[1] not in "اوي" and w[3] not in "اوي"
        return w[0] == "م" and w[2] == "ا" and w[5] == "ه" and w[1] not in "اوي"
    return n == 7 and w[:3] == "است" and w[5] == "ا"


def _body_for_purpose(toks: list[str], i: int, limit: int) -> bool:
    """Token ``i``, an outlet's head glued to لـ ("لوكالة"), is followed by
    a derived verbal noun without the article and its definite genitive
    ("لوكالة ترويج الاستثمار", "لوكالة تنظيم الاتصالات"): a body named for
    what it does, no news agency ("لوكالة رويترز", "لوكالة الأنباء"), nor
    one whose name opens with the news ("لوكالة أنباء الشرق الأوسط", a
    plural of news of the verbal noun's shape; mend36b)."""
    return (
        i + 2 < limit
        and toks[i + 1][:2] != "ال"
        and toks[i + 2][:2] == "ال"
        and _derived_masdar(toks[i + 1])
        and toks[i + 1] not in _NEWS_PLURALS
    )


def _first_waw_tafiil(w: str) -> bool:
    """A verbal noun تفعيل of a verb whose first radical is و (folded, no
    article): "توقيع", "توفير", "توسيع", "توضيح", which _derived_masdar
    leaves out for the given names of that shape ("توفيق"): none of
    _GIVEN_NAMES (ba_object, after a verb that takes its object with بـ;
    dev34s)."""
    return (
        len(w) == 5
        and w[:2] == "تو"
        and w[3] == "ي"
        and w[2] not in "اوي"
        and w[4] not in "اوي"
        and w not in _GIVEN_NAMES
    )


def _own_preposition_object(w: str) -> bool:
    """``w`` (folded, its article cut) is a verbal noun a verb of saying
    takes before its own preposition ("أعلن X Y الإفراج عن", "أكد X Y
    الحرص على"): the verb's object, no family name."""
    return (
        w in _SAYING_OWN_PREPOSITION_OBJECTS
        or w in _OBJECT_MASDARS
        # (not مفاعلة, the shape of family names "المعايطة", "المناصرة")
        or (_derived_masdar(w) and w[0] != "م")
    )


def _waw_mufaala(w: str) -> bool:
    """A verbal noun مفاعلة of a verb whose first radical is و (folded, no
    article): "مواصله", "مواجهه", "موافقه", "مواكبه", its و read as a long
    vowel, so _derived_masdar leaves it out (kw23a); glued to بـ or لـ after
    a title it is the complement ("تعهد X بمواصلة النضال", "لمواجهة
    الفساد"), never a name."""
    return (
        len(w) == 6 and w[:3] == "موا" and w[5] == "ه" and w[3] not in "اوي" and w[4] not in "اوي"
    )


def _and_construct(w: str) -> bool:
    """``w`` (folded) is a noun joined with و in construct inside a body's
    name, before its definite genitive: a plural of _AND_CONSTRUCT
    ("وحقوق الإنسان") or any derived verbal noun of a portfolio ("وزير
    التعليم العالي وإصلاح البحث العلمي", "واستصلاح الأراضي"; dev15a),
    never a first name after the title (all begin with و: callers test
    that first, inline)."""
    return (
        w in _AND_CONSTRUCT
        or (
            w[:1] == "و"
            and (
                _derived_masdar(w[1:])
                # a plural in ات of a stem of four letters or more, or a nisba's
                # in يات ("ودراسات", "وحريات"; not a family name, "وبركات")
                or (w[-2:] == "ات" and (len(w) >= 7 or (w[-3] == "ي" and len(w) >= 6)))
            )
        )
    )


def _derived_past_verb(w: str) -> bool:
    """``w`` (folded) has the shape of a past verb of a derived form with
    no long vowel among its first root letters: افتعل ("افتتح", "اختتم",
    "انتقد"), انفعل ("انطلق") or استفعل ("استعرض"), which no given name
    has; verb_before_object reads it before any definite object (not only
    the common ones of _DEFINITE_OBJECTS): "أن الوزير افتتح المعرض"."""
    n = len(w)
    # (a weak last radical written ى, folded to ي, is kept: "استدعى")
    if n == 5 and w[0] == "ا" and (w[2] == "ت" or w[1] == "ن"):
        return w[1] not in "اوي" and w[3] not in "اوي" and w[4] not in "اوه"
    return (
        n == 6 and w[:3] == "است" and w[3] not in "اوي" and w[4] not in "اوي" and w[5] not in "اوه"
    )


def _sound_triliteral(w: str) -> bool:
    """``w`` (folded) has the shape of a sound past verb of the first or
    second form, three letters with no long vowel nor ة ("فتح", "سلم",
    "قطع", "وضع", "وجه"): verb_before_object reads it before any plain
    definite object ("أن المحافظ قطع الشريط"). Given names of that shape
    are left to _GIVEN_NAMES and to the names met (checked there); one
    opening on ا ("امل") or with a long vowel ("نور", "جود") is no such
    verb here."""
    return len(w) == 3 and w[0] not in "اىي" and w[1] not in "اويى" and w[2] not in "اويىه"


def _doubled_or_weak_verb(w: str) -> bool:
    """``w`` (folded) has the shape of a past verb of the first form whose
    last radical is doubled, its shadda unwritten ("قص", "شد", "حل"), or
    weak, written ى and folded to ي ("رعي", "نعي"): read as
    _sound_triliteral is, before a plain definite object and a verb phrase
    that goes on ("أن المحافظ قص الشريط، وقال")."""
    n = len(w)
    if n == 2:
        return w[0] not in "اوي" and w[1] not in "اويه"
    return n == 3 and w[2] == "ي" and w[0] not in "اىي" and w[1] not in "اويى"


def _persons_plural(w: str) -> int:
    """``w`` (folded) is a definite plural of persons by its shape: 1, one
    no family name has, أفعال ("الأحزاب", "الأطراف") or a nisba's sound
    plural ("اللبنانيين"); 2, a participle's sound plural in م
    ("المواطنين", "المستثمرين", "المسؤولون"), which some family names have
    ("المبيضين"); 0, neither. What classify reads after a name's first word
    as the verb's object ("ودعا X الأحزاب إلى …"); not a family name of a
    like shape, "الأنصاري", "الأسعد", "العابدين" (no م)."""
    if w[:2] != "ال" or not w.isalpha():
        return 0
    t = w[2:]
    n = len(t)
    if n == 5 and t[0] == "ا" and t[3] == "ا":
        return 1
    if n >= 6 and t[-2:] in ("ين", "ون"):
        if t[-3] == "ي":
            return 1
        if t[0] == "م":
            return 2
    return 0


# classify reads it of a name's second word: one lookup, not a call
_PERSONS_PLURAL = _words_module._WordTable(_persons_plural)


def _plain_definite_object(w: str) -> bool:
    """``w`` (folded), with the article, may be a verb's definite object
    and is no family name of a common shape: no nisba in ي ("العلي",
    "الشمري"), no second half of a compound name ("نصر الدين", "سعد
    الله")."""
    return len(w) >= 5 and w[:2] == "ال" and w[-1] != "ي" and w not in _COMPOUND_SECOND


def _plural_fuul(w: str) -> bool:
    """A broken plural of the shape فُعُول (folded, no article: "حقوق",
    "شعوب", "جنوب", "علوم", "فنون"): glued to لـ after a title and before a
    definite word it is the post's genitive ("المفوض السامي لحقوق
    الإنسان", "المبعوث الخاص لجنوب السودان"), never a name (the names
    opening in ل, "لحسن", "لطفي", "لخضر", "لقمان", have none of that
    shape)."""
    return (
        len(w) == 4
        and w[2] == "و"
        and w[0] not in "اوي"
        and w[1] not in "اوي"
        and w[3] not in "اويه"
        and w not in _GIVEN_NAMES
    )


def _persons_genitive(body: str, adjective: str, t: str) -> bool:
    """``t`` (folded) is a plural of persons glued to لـ after a body and
    its nisba (``body``, ``adjective``), the persons the body is of when a
    definite word follows ("الغرفة الوطنية لتجار المواد الغذائية",
    "الجمعية الجهوية لمستوردي السيارات"): a broken plural of
    words._SINGULAR_OF ("لتجار", "لعمال", "لطلاب") or a sound participle's
    plural in construct ("لمنتجي", "لموظفي"), never a name. (Not after a
    title: "وقال الوزير لممثلي النقابات إن", the ones told.)"""
    return (
        t[0] == "ل"
        and adjective[:2] == "ال"
        and (adjective[-1] == "ي" or adjective[-2:] == "يه")
        and body in lx.ORGANIZATION_HEADS
        and (
            t[1:] in _SINGULAR_OF
            or (len(t) > 5 and t[1] == "م" and t[-1] == "ي" and t not in _GIVEN_NAMES)
        )
    )


def _post_genitive_noun(t: str) -> bool:
    """``t`` (folded, glued to لـ) before a definite word after a title is
    the post's genitive, no first name: a broken plural فعول ("لحقوق
    الإنسان", "لجنوب السودان") or a noun in ة ("لحرية التعبير", "لحماية
    المدنيين", "لعملية السلام"). Not a name with لـ of its own: "لطفي",
    "لبنى", and the فعيلة names "لطيفة", "لويزة"."""
    b = t[1:]
    if t in _GIVEN_NAMES:
        return False
    if _plural_fuul(b):
        return True
    return b[-1:] == "ه" and len(b) > 3 and not (len(b) == 4 and b[1] in "يو")


def _object_masdar_after(toks: list[str], i: int) -> bool:
    """``toks[i]`` is a definite verbal noun of a derived form ("التهنئة",
    "الاستقالة") right after a definite word of a post ("مدرب الفريق"): no
    adjective (a verbal noun is none) nor genitive (a definite word takes
    none), so the verb's object."""
    t = toks[i]
    return "ال" <= t < "ام" and "ال" <= toks[i - 1] < "ام" and _derived_masdar(t[2:])


def _unnamed_source_before(toks: list[str], a: int, i: int) -> bool:
    """``toks[a:i]`` is an unnamed source's head and up to three bare
    adjectives of his, no name: a nisba ("مصدر أمني", "مصادر أمنية"),
    "responsible" or one of _INDEFINITE_ADJECTIVES ("مصدر مسؤول", "مصدر
    مطلع", "مسؤول رفيع المستوى"). A body glued to بـ right after them is
    where he works, his description's (kw37)."""
    if not a < i <= a + 4 or toks[a] not in lx.ANONYMOUS_HEADS:
        return False
    for k in range(a + 1, i):
        w = toks[k]
        if not (
            w in _RESPONSIBLE
            or w in _INDEFINITE_ADJECTIVES
            or w in _SOURCE_ADJECTIVES
            or (w == _HIGH_LEVEL and toks[k - 1] == "رفيع")
            or (w[:2] != "ال" and len(w) >= 4 and w.endswith(("ي", "يه")))
            # (a plural nisba: "مسؤولون أمنيون"; mend35a)
            or (w[:2] != "ال" and len(w) >= 6 and w.endswith(("يون", "يين")))
        ):
            return False
    return True


def _unnamed_source_body_before(toks: list[str], a: int, i: int) -> bool:
    """Before ``toks[i]``, an unnamed source and his adjectives
    (_unnamed_source_before), then the body or the region he works at glued
    to بـ ("مصدر أمني بالشرطة", "مصدر أمني بمديرية الشرطة"): what follows
    it is no more of his description (mend35a)."""
    if toks[a] not in lx.ANONYMOUS_HEADS:
        return False
    for k in range(a + 1, min(i, a + 5)):
        t = toks[k]
        if t[0] == "ب" and (t[1:] in lx.ORGANIZATION_HEADS or t[1:] in _POST_PLACES):
            return _unnamed_source_before(toks, a, k)
    return False


def _post_genitive_before(toks: list[str], i: int) -> bool:
    """``toks[i - 1]`` is a post's definite genitive: a definite word after
    a bare title or body ("رئيس النادي", "مدير المدرسة", "رئيس مجلس
    الإدارة"), or its last definite word after up to two more, its
    adjectives or a club's name and nisba ("رئيس النادي الأهلي", "رئيس
    الحزب الديمقراطي الكردي", "مدرب الفريق السد القطري"), not a family
    name after a given one ("خالد العمري")."""
    if i < 2:
        return False
    g = toks[i - 1]
    if g[:2] != "ال":
        if g[:2] != "لل" or len(g) < 5:
            return False
        # "الأمين العام للحزب", "المدير التنفيذي للشركة": the body glued to
        # لـ after a definite post (and its adjective) is its genitive too
        # (kw36)
        for j in range(i - 2, max(i - 4, -1), -1):
            p = toks[j]
            if p[:2] != "ال":
                return bool(_IS_TITLE_HEAD[p]) or p in lx.ORGANIZATION_HEADS
            if _IS_TITLE_HEAD[p]:
                return True
        return False
    for j in range(i - 2, max(i - 5, -1), -1):
        p = toks[j]
        if p[:2] != "ال":
            # ("المتحدث باسم الجيش": the body the spokesman speaks for; kw36)
            return bool(_IS_TITLE_HEAD[p]) or p in lx.ORGANIZATION_HEADS or p in _IN_NAME_OF
    return False


def _definite_title_before(toks: list[str], a: int, i: int) -> bool:
    """``toks[a:i]`` is a title with the article alone or with up to two
    adjectives of its own, a nisba with the article or one of
    _ADJECTIVE_OF_TITLE ("الوزير", "المتحدث الرسمي", "الرئيس
    الفلسطيني"), no name: it takes no genitive of its own, so a bare thing
    right after it heads the verb's object (mend35d)."""
    if not a < i <= a + 3 or toks[a][:2] != "ال" or not _IS_TITLE_HEAD[toks[a]]:
        return False
    for k in range(a + 1, i):
        w = toks[k]
        if w[:2] != "ال" or not (
            w in _words_module._ADJECTIVE_OF_TITLE or (len(w) >= 5 and w.endswith(("ي", "يه")))
        ):
            return False
    return True


# first-form verbal nouns a verb of saying or announcing takes for object
# ("أكد … نجاح العملية", "أعلن … وصول الوفد"), folded, that no shape tells
# (_object_after_post)
_FIRST_FORM_OBJECTS = _words_module._words("نجاح فشل وصول عوده سقوط مصرع")


def _object_after_post(toks: list[str], i: int, limit: int) -> bool:
    """``toks[i]``, a bare word right after a post complete with its
    definite genitive, itself after the name ("العميد X Y مدير دائرة الأمن
    نجاح العملية", "X Y قائد الشرطة تأجيل الامتحانات"), heads the verb's
    object: a verbal noun (_masdar_head, a derived form's shape, a
    first-form one of _FIRST_FORM_OBJECTS) or an incident (_INCIDENTS) in
    construct with the next word. A definite genitive takes no bare word
    after it but a name, which the post's holder, named before it, has
    already; not a given name (_MASDAR_SHAPED_NAMES, _GIVEN_NAMES)."""
    t = toks[i]
    if (
        i + 1 >= limit
        or "ال" <= t < "ام"
        or not "ال" <= toks[i - 1] < "ام"
        or not (nxt := toks[i + 1]).isalpha()
        or t in _MASDAR_SHAPED_NAMES
        or t in _GIVEN_NAMES
    ):
        return False
    return (
        t in _INCIDENTS
        or t in _FIRST_FORM_OBJECTS
        or _derived_masdar(t)
        or _masdar_head(t, nxt)
        or _object_noun_opening(t, nxt)
    )


# three-letter broken plurals a post takes for its genitive ("الدول",
# "المدن", "القوى"), folded, without the article: a feminine adjective
# agrees with them ("الدول العربية")
_SHORT_BROKEN_PLURALS = _words_module._words("دول مدن قوي قري رسل كتب نظم سبل طرق فرق")


def _post_object_shape(t: str) -> int:
    """What _object_masdar_after or _disagrees_with_post need of the word
    itself (definite, a derived verbal noun or a noun in ة of six letters
    or more): 1; plus 2 for a common definite object of news verbs
    (_DEFINITE_OBJECTS, _OBJECT_THINGS; no title, no body's head, which
    may be a nisba, "الخارجية", nor a masculine nisba), which no post's definite
    word takes after it, as adjective nor genitive ("وقدم رئيس النادي الشكر
    للجماهير", "وانتقد رئيس البلدية القرار"): one lookup in
    _POST_OBJECT_SHAPE skips all for most words."""
    if t[:2] != "ال":
        return 0
    return (
        (1 if _derived_masdar(t[2:]) or (t[-1] == "ه" and len(t) >= 6) else 0)
        | (
            2
            if (t in _DEFINITE_OBJECTS or t in _OBJECT_THINGS)
            and t not in lx.TITLES
            and t not in lx.ORGANIZATION_HEADS
            and t[-1] != "ي"
            else 0
        )
        # (4: a sound feminine plural, "الانتقادات", "الصحفيات": kw36)
        | (
            4
            if t[-2:] == "ات"
            and len(t) >= 7
            and t not in lx.TITLES
            and t not in lx.ORGANIZATION_HEADS
            else 0
        )
    )


def _post_object_after(toks: list[str], i: int, shape: int) -> bool:
    """``toks[i]``, after a post's definite genitive (_post_genitive_before),
    is a common object of news verbs (shape bit 2), or a sound feminine
    plural (bit 4) after a genitive in the singular, which it cannot
    describe ("ورفض رئيس الحكومة الانتقادات", "نفى المتحدث باسم الجيش
    الاتهامات": the verb's object; but "جمعية النساء العاملات",
    "اتحاد الطالبات الجامعيات": the plural's adjective; kw36)."""
    if shape & 2:
        return True
    g = toks[i - 1]
    return g[-2:] != "ات" and g not in _BROKEN_PLURALS_OF_PERSONS and g not in _WOMEN_BROKEN_PLURALS


_POST_OBJECT_SHAPE = _words_module._WordTable(_post_object_shape)


def _post_object_at(toks: list[str], i: int, shape: int) -> bool:
    """``toks[i]``, of _POST_OBJECT_SHAPE ``shape`` (non-zero) after a post,
    opens the verb's object, no word of the post or the name: a common
    object or a sound feminine plural after the post's definite genitive
    (bits 2 and 4, _post_object_after), or a verbal noun or a word in ة
    that governs what follows or disagrees with the post (bits 1 and 2; a
    plural in ات alone, bit 4, is neither). scan_np asks it after a name and
    after a title not yet named (one test for kw36's two places)."""
    return bool(
        (shape & 6 and _post_genitive_before(toks, i) and _post_object_after(toks, i, shape))
        or (shape & 3 and (_object_masdar_after(toks, i) or _disagrees_with_post(toks, i)))
    )


_WOMEN_BROKEN_PLURALS = _words_module._WOMEN_BROKEN_PLURALS
_IN_NAME_OF = _words_module._IN_NAME_OF
_MET_BEFORE_RELAY = _words_module._MET_BEFORE_RELAY
_OBJECT_ADJECTIVES_F = _words_module._OBJECT_ADJECTIVES_F


def _title_walk_plain(w: str) -> bool:
    """phrase_entity's walk over a title's words: ``w`` (with the article
    written) is none of the words its tests before the branch for a
    definite word key on, so that branch is the one taken (a test added
    to that chain for a definite word adds its word here)."""
    return not (
        w in _NOT_WORDS
        or w in _DEFINITE_ELATIVES
        or _specified_elative(w)
        or w in _RANK_QUALIFIERS
        or w in _RETIRED
        or w in _LATELY
        or w in _NAMED_INSTITUTIONS
        or w in _PLACE_FIRST_WORDS
        or w in _GENITIVE_PERSON_HONORIFICS
        or w in lx.HONORIFICS
        or w in _TITLES_BEFORE_NAME
        or w in _PARTICIPLE_COMPLEMENTS
        or w.startswith("وال")
        or w in _AND_CONSTRUCT
        or w in _AND_COMPASS
        or w[0] == "و"
        or w in _MARKS_OR_PAREN
        or w == "ل"
        or w in _SPORT_BALL
        or w in _ARTICLE_FIRST_NAMES
        or w in ("علي", "الي", "حول", "من")
        or w in _RELATIONS
        or w in _SAINTS
    )


_TITLE_WALK_PLAIN = _words_module._WordTable(_title_walk_plain)


def _singular_masculine(stem: str) -> bool:
    """``stem`` (folded, without the article) has the shape of a masculine
    singular noun or adjective: no ة or ى, no sound plural or dual, none of
    the shapes of a broken plural (فعال, فعول, أفعال, مفاعل and فعائل,
    مفاعيل, فعلاء, _SHORT_BROKEN_PLURALS), which take a feminine adjective
    ("الشؤون الخارجية", "الموارد البشرية", "الأشغال العامة")."""
    n = len(stem)
    if (
        n < 3
        or stem[-1] in "هىي"
        or stem[-2:] in ("ات", "ين", "ون", "ان", "اء")
        or stem in _SHORT_BROKEN_PLURALS
    ):
        return False
    if n == 4:
        return stem[2] not in "او"
    if n >= 5:
        return stem[2] != "ا" and not (stem[0] == "ا" and stem[3] == "ا")
    return True


def _disagrees_with_post(toks: list[str], i: int) -> bool:
    """``toks[i]``, a definite noun in ة ("المنطقة"), follows a post of a
    masculine head in construct with a masculine singular genitive ("قائد
    الفصيل", "محافظ الإقليم", with at most one masculine adjective after
    it, "قائد الفصيل المسلح"): it agrees with neither, so it is no
    adjective of the post but the object of the verb before ("وزار X قائد
    الفصيل المنطقة")."""
    t = toks[i]
    if not "ال" <= t < "ام" or t[-1] != "ه" or len(t) < 6:
        return False
    h = i - 1
    while h >= i - 2 and h > 0 and "ال" <= toks[h] < "ام" and _singular_masculine(toks[h][2:]):
        head = toks[h - 1]
        if head[:2] != "ال" and head[-1] != "ه" and head in lx.TITLES:
            return True
        h -= 1
    return False


def _past_tafaala(w: str) -> bool:
    """A past verb of the pattern تفعّل ("تحدث", "تطرق", "تكلم", "تعهد"): ت
    and three consonants, no long vowel; no name has that shape."""
    return (
        len(w) == 4
        and w[0] == "ت"
        and not _LONG_VOWELS.intersection(w)
        # (a body of that shape speaks: "ذكر تجمع الرياض الصحي")
        and w not in lx.ORGANIZATION_HEADS
        and w not in lx.TITLES
        and w not in lx.ANONYMOUS_HEADS
    )


_LONG_VOWELS = frozenset("اويىه")


# the heads a place's own name follows ("شارع طلعت حرب"), whose next word
# is no verb
_NAMED_AFTER_HEADS = _words_module._NAMED_AFTER_HEADS
_NAMED_PLACE_HEADS = _PLACE_HEADS | _words_module._words("شارع حي دوار زنقه نهج")


# ranks and titles that, after a post read whole, address the name they stand
# before ("محافظ نابلس اللواء X", "رئيسة اللجنة النائبة X", "وزير الطاقة
# الأمير X", "رئيس مجلس النواب المستشار X"), folded
_MILITARY_RANKS = _words_module._MILITARY_RANKS
_RANK_QUALIFIERS = _words_module._RANK_QUALIFIERS
_AGO_DAYS = _words_module._words("امس البارحه")


def _governs_the_next(word: str) -> bool:
    """ "مدير مكتب الأمير “X”", "المتحدث باسم السفير “X”", "سكرتير النائب":
    an indefinite post or body head (or باسم) before a title word (folded)
    has it in construct, a part of the post, not how the name is addressed."""
    return word[:2] != "ال" and (
        word in lx.TITLES or word in lx.ORGANIZATION_HEADS or word == "باسم"
    )


_CLERICAL_RANKS = _words_module._CLERICAL_RANKS
_SAINTS = _words_module._SAINTS
_SAINT_BODIES = _words_module._SAINT_BODIES
_TITLES_BEFORE_NAME = _words_module._MILITARY_RANKS | _words_module._words(
    "الملك الامير الاميره النايب النايبه المستشار المستشاره السفير السفيره "
    # ("المدعي العام التمييزي القاضي X": a judge addressed so after his post)
    "القاضي القاضيه "
    # ("متروبوليت البقاع للسريان المطران X", "رئيس الكنيسة المعمدانية القس
    # X": a cleric addressed by his rank after his see or post; rev31)
    "المطران القس القسيس الاسقف الكاهن "
    # (the commonest ranks of the eastern churches: "رئيس الجامعة الأب X",
    # "رئيس الدير الأرشمندريت X", "راعي الأبرشية الخوري X")
    "الاب الخوري الارشمندريت البطريرك المونسنيور"
)


# "retired" (folded), an adjective of a post even without the article
_RETIRED = _words_module._words("متقاعد متقاعده")


def _title_walk_skips(w: str) -> bool:
    """phrase_entity's walk over a title's words: ``w`` is one the tests
    that read on past a word of a kind hold of it (و glued to an outlet's
    or a body's head, "غير", an elative, a rank's qualifier, retired,
    lately, an institution): each test holds one of these, and most words
    of a title are none of them.  A test added to that block must add its
    word list here."""
    return (
        w[0] == "و"
        or w in _NOT_WORDS
        or _specified_elative(w)
        or w in _RANK_QUALIFIERS
        or w in _RETIRED
        or w in _LATELY
        or w in _NAMED_INSTITUTIONS
        or w in _DASHES
    )


_TITLE_WALK_SKIPS = _words_module._WordTable(_title_walk_skips)
_SEE_DEPENDENCIES = _words_module._SEE_DEPENDENCIES
# "وكتبت السفيرة في تعليق ختامي أن": a comment made, no post's place (rev33)
_COMMENTS_MADE = _words_module._COMMENTS_MADE
_GATHERINGS_SPOKEN_AT = _words_module._GATHERINGS_SPOKEN_AT
_ALL_OF = _words_module._ALL_OF
_FORUMS = _words_module._FORUMS


def _gathering_spoken_at(toks: list[str], is_word: list[bool], j: int, limit: int) -> bool:
    """Token ``j``, after في and a post with no name, is a gathering the
    words were said at ("في منتدى الدوحة", "في قمة شرم الشيخ"), when he
    spoke, no post's place: a summit, a festival, a ceremony always; a
    forum, which may be a body one works in ("الباحث في منتدى الشرق الأوسط
    X Y"), only when its name, at most three words, ends the phrase (a
    mark, أنّ, a year or the clause's end; mend37e)."""
    w = toks[j]
    if w not in _GATHERINGS_SPOKEN_AT:
        return False
    if w not in _FORUMS:
        return True
    end = j + 5 if j + 5 < limit else limit
    for k in range(j + 1, end):
        t = toks[k]
        if not is_word[k] or t in _THAT or t == "عام" or t.isdigit():
            return True
    return end == limit


def _title_walk_breaks(w: str) -> bool:
    """The same for the walk's tests further on: a place's first word, an
    honorific (a person's, or any before a name), a rank or title before a
    name, a participle's complement."""
    return (
        w in _PLACE_FIRST_WORDS
        or w in _GENITIVE_PERSON_HONORIFICS
        or w in lx.HONORIFICS
        or w in _TITLES_BEFORE_NAME
        or w in _PARTICIPLE_COMPLEMENTS
        or w in _SAINTS
    )


_TITLE_WALK_BREAKS = _words_module._WordTable(_title_walk_breaks)
# a military rank's own words after it ("الفريق أول ركن"), folded
_RANK_OWN_WORDS = _words_module._words("اول ركن")


def _retired_goes_on(words: list[str], i: int, n_words: int) -> bool:
    """ "متقاعد" right after a definite title or rank, or a rank's own
    words after it ("الفريق أول", "اللواء ركن"), a name after it ("اللواء
    متقاعد X Y", "الفريق أول ركن متقاعد X Y"): the post's adjective, no
    name."""
    if words[i] not in _RETIRED or not 1 <= i < n_words - 1:
        return False
    k = i - 1
    while k > 0 and words[k] in _RANK_OWN_WORDS and words[k - 1] != words[k]:
        k -= 1  # (the rank's own words: "أول", "ركن")
    p = words[k]
    return p[:2] == "ال" and (p in _MILITARY_RANKS or (k == i - 1 and p in lx.TITLES))


def _rank_goes_on(words: list[str], i: int, n_words: int) -> bool:
    """ "أول", "ركن" after a military rank ("الفريق أول ركن X", "اللواء
    ركن X"): the rank's own words, a name after them (not "الفريق أول
    أمس", the day before yesterday)."""
    return (
        words[i] in _RANK_QUALIFIERS
        and 1 <= i < n_words - 1
        and (words[i - 1] in _MILITARY_RANKS or words[i - 1] in _RANK_QUALIFIERS)
        and words[i + 1] not in _AGO_DAYS
    )


def _named_after(head: str) -> bool:
    """ "بجامعة", "مستشفى": the head of a body or a place (indefinite, or glued
    to بـ/لـ), whose name a king's or a prince's may be ("بجامعة الملك سعود",
    "مستشفى الأمير X"), not a post before the name it addresses; or a
    family's ("المتحدث باسم عائلة القاضي X": the judge's family)."""
    return (
        (head[:2] != "ال" and head in _POST_PLACES)
        or (head[:1] in "بل" and head[1:] in _POST_PLACES)
        or head in _FAMILY_HEADS
    )


_FAMILY_HEADS = _words_module._words("عايله لعايله اسره لاسره ذوي اهل لاهل اقارب")


def _feminine_past(w: str) -> bool:
    """A past verb of the third person feminine ending in ت, of four letters
    ("عادت", "حضرت", "وصلت", "فقدت") or of the shapes فاعلت and تفعّلت
    ("شاركت", "غادرت", "تعرضت"): what a woman described before it did, a
    relative clause with no التي.  Not a plural in ات ("جهات", "ساحات"), a
    noun in وت ("بيوت", "حانوت"), a word in ة folded, nor a title."""
    if w[-1:] != "ت" or w in _TITLE_LIKE:
        return False
    if len(w) == 4:
        return w[2] not in "اوه"
    return len(w) == 5 and w[3] not in "اوهي" and (w[1] == "ا" or w[0] == "ت")


def _body_or_post_word(word: str) -> bool:
    """``word`` (folded) heads a body, a label, a document or a post, with
    or without the article: no word of a person's name or nickname."""
    bare = word[2:] if word[:2] == "ال" else word
    return (
        bare in lx.ORGANIZATION_HEADS
        or bare in lx.LABEL_NOUNS
        or bare in lx.DOCUMENT_HEADS
        or bare in lx.TITLES
        or word in lx.TITLES
    )


def _her_clause_at(toks: list[str], k: int) -> bool:
    """A woman's relative clause with no التي opens at token ``k``: her past
    verb (_feminine_past), not the name of a street or a place it heads
    ("شارع" + a name ending in ت)."""
    return _feminine_past(toks[k]) and toks[k - 1] not in _NAMED_PLACE_HEADS


_SON_LINKS = frozenset({"بن", "ابن"})

# classify: a post held in a region or a branch ("المدير الجهوي للصحة بنابل",
# "رئيس فرع الهلال الأحمر بمدنين"), whose last word glued to بـ is the town
_REGIONAL_POSTS = _words_module._words(
    "الجهوي الجهويه الاقليمي الاقليميه المحلي المحليه الولايي الولاييه البلدي "
    "البلديه فرع الفرع مندوب مندوبه المندوب المندوبه"
)
# nationalities that are no Arab family name ("X Y الفرنسي أن", not
# "الكندي", "المصري"); a feminine one never is (a family name has none)
_FOREIGN_NATIONALITIES = _words_module._words(
    "الفرنسي الامريكي البريطاني الالماني الايطالي الاسباني البرتغالي البلجيكي "
    "الهولندي الصيني الياباني البرازيلي الارجنتيني السويسري السويدي"
)

# a kin's occupation after him ("وقال والده عامل بناء إن"), no name
_KIN_OCCUPATIONS = _APPOSITION_NOUNS - {"ام", "اب"}

# the nouns of a part, a side or a rank heading a construct in brackets
# after a post, no name; the anonymous heads of one person named in brackets
# after his body; a caption's sides (words.py has them and their examples)
_BRACKET_PART_HEADS = _words_module._BRACKET_PART_HEADS
_PICTURE_WORDS = _words_module._PICTURE_WORDS
_ONE_SOURCE_HEADS = _words_module._ONE_SOURCE_HEADS
# (bound by assignment: phrase_entity calls its isdisjoint)
_IDENTITY_OBJECTS = _words_module._IDENTITY_OBJECTS
_CAPTION_SIDES = _words_module._CAPTION_SIDES
_ALIAS_NOTE = _words_module._ALIAS_NOTE
# a post's adjectives in the feminine after a woman's masculine title
# ("وأوضحت الأمين العامة لحزب X"; words.py has them)
_POST_ADJECTIVES = _words_module._POST_ADJECTIVES

# ... but a first name opening in ب is the post's holder, no town
# ("المندوب الجهوي للتربية بلال إن", "رئيس البلدية بوعلام إن")
_BA_FIRST_NAMES = _words_module._words(
    "بشير بشيره بلال بثينه بسام بسمه بهاء بلقاسم بوعلام بوجمعه بوبكر بكر بدر "
    "بديع برهان بشري بلعيد باسل باسم باسمه بسيم بهيجه بهجت بدريه "
    # Christian given names of the Levant, and two Gulf ones (dev36rd)
    "بطرس بشاره بولس بيار بيير بندر برجس"
)
# "in the name of (it)" after a post's genitive, never the name Basim or
# Basma ("المتحدث الرسمي باسم الحكومة", "المتحدث باسمه")
_IN_THE_NAME_OF = _words_module._words("باسم باسمه باسمها باسمهم")
_IN_ITS_NAME = _words_module._IN_ITS_NAME


def _imperfect_verb(w: str) -> bool:
    """A present verb of the third person masculine, ي and the shape يفعل
    ("يشجب", "يزور"), يفتعل ("يفتتح", "ينتقد") or يستفعل ("يستقبل"),
    no long vowel after its ي: what a headline's title does ("السفير
    السويسري لدى أوكرانيا يشجب …"), never a name (first names in ي have a
    long vowel: "يوسف", "يحيى", "يزيد", "ياسر", "يعيش")."""
    n = len(w)
    if w[:1] != "ي" or n < 4 or n > 6:
        return False
    if not _LONG_VOWELS.isdisjoint(w[1:]):
        # the long vowel of a verb's form, where no name has one: يفاعل
        # ("يهاجم", "يطالب"), a hollow يفول ("يزور", "يعود") and a
        # defective يفتعي ("يلتقي", "ينتهي") ("يزيد", "يونس", "يسري" have
        # none of these shapes)
        # (ه inside the verb is a consonant: "يهاجم"; at its end the name
        # "يمامة" has it)
        if n == 5 and w[2] == "ا":
            ok = w[1] not in "اويى" and w[3] not in "اويى" and w[4] not in _LONG_VOWELS
        elif n == 4 and w[2] == "و":
            ok = w[1] not in "اويى" and w[3] not in _LONG_VOWELS
        elif n == 5 and w[2] == "ت" and w[4] == "ي":
            ok = w[1] not in "اويى" and w[3] not in "اويى"
        elif n == 5 and w[3] == "ا" and (w[2] == "ت" or w[1] == "ن"):
            # a hollow يفتال or ينفال ("يختار", "يحتاج", "ينهار"), which
            # no given name has (dev23s)
            ok = w[1] not in "اويى" and w[2] not in "اويى" and w[4] not in _LONG_VOWELS
        else:
            return False
        return ok and w not in lx.ORGANIZATION_HEADS and w not in lx.TITLES
    if n == 5 and w[2] != "ت":
        return False
    if n == 6 and w[:3] != "يست":
        return False
    return w not in lx.ORGANIZATION_HEADS and w not in lx.TITLES and w not in lx.ANONYMOUS_HEADS


def _future_verb(w: str) -> bool:
    """A verb in the future (folded): س and a present verb of a shape no
    name has (_imperfect_verb, its ت or ن read as ي), a pronoun glued
    after it or not, و or ف before it or not ("ستكون", "وسيتركه",
    "ستعلنه"); no name opens so ("سيف", "سنوسي", "ستيفن" fail the
    shape)."""
    glued = w[:1] in "وف"
    if glued:
        w = w[1:]
    if len(w) < 5 or w[0] != "س" or w[1] not in "يتن":
        return False
    v = "ي" + w[2:]
    if not glued and not _VOWELS_AWY.isdisjoint(v[1:]):
        # ("وتكتب سيسون أن", "قال سيمون", "وقال ستروس كان", "قال سنغور":
        # س, ي or ت or ن and a stem with a long vowel are a name too, read
        # as a verb only with و or ف glued to it; mend36c)
        return False
    if _imperfect_verb(v):
        return True
    for suffix in _FUTURE_OBJECT_SUFFIXES:
        if v.endswith(suffix) and _imperfect_verb(v[: -len(suffix)]):
            return True
    return False


# the long vowels of a stem (not ه, a pronoun at a verb's end)
_VOWELS_AWY = frozenset("اوي")
# the object pronouns _future_verb reads past, longest first
_FUTURE_OBJECT_SUFFIXES = ("هما", "ها", "هم", "نا", "كم", "ه")


def _verb_after_name(w: str) -> bool:
    """A present verb in ي of a shape no name word has (_imperfect_verb:
    "يشرف", "يفتتح", "يستقبل"), or a doubled or hollow one of three letters,
    يفعّ ("يرد", "يعد", "يحث", "يمد"); not a given name ("يزن", "يحيى",
    "يوسف"): scan_np ends a name before it ("الوزير X Y يرد على …")."""
    if w in _GIVEN_NAMES:
        return False
    if len(w) == 3:
        return w[0] == "ي" and w[1] not in _LONG_VOWELS and w[2] not in _LONG_VOWELS
    return _imperfect_verb(w)


_VERB_AFTER_NAME = _words_module._WordTable(_verb_after_name)

# المكلف بـ: a post charged with a portfolio ("الوزير المكلف بالميزانية",
# "كاتبة الدولة المكلفة بالتجارة الخارجية"), folded
# titles that are also first names ("أمير عبدو", "سلطان X"), folded
_TITLE_FIRST_NAMES = _words_module._TITLE_FIRST_NAMES
# a bare title word between two given names that is the name's own
# (words._TITLE_WORDS_IN_NAMES)
_TITLE_WORDS_IN_NAMES = _words_module._TITLE_WORDS_IN_NAMES
# _requests: the preposition of a fronted adverbial before طلب ("على
# الهامش طلب X من Y «…»", "وفي الختام طلب")
_SHORT_ADVERBIAL_PREPOSITIONS = _words_module._words("علي وعلي في وفي بعد وبعد خلال وخلال")
# phrase_entity: the title words that are also given names (words.py)
_TITLE_GIVEN_NAMES = _words_module._TITLE_GIVEN_NAMES
# what a ruler's title governs, feminine (folded, without the article):
# "أمير الدولة", "ملك المملكة", not a family name in ة after the title word
_RULED_FEMININE = _words_module._words("دوله مملكه امه جماعه اماره سلطنه مشيخه قبيله طايفه")
_TITLE_NAME_GENITIVES = _words_module._words(
    "فضاء اعمال الفضاء الاعمال المومنين "
    # ("قائد السرب رائد طيار X", "المتحدث باسم الشرطة رائد شرطة X": the
    # rank of major with its arm, the name after it)
    "طيار ركن شرطه بحري مهندس مظلي"
)
# scan_np: verbs of saying that take no noun for their object, so that a
# title, its comma and two words then marks hold the title's name
# ("وقال رئيس الحزب، X Y «…»"; not "ووصف رئيس الحزب، قرار الحكومة «…»")
_SAYING_NO_OBJECT = _words_module._words("قال اضاف تابع اردف استطرد استرسل زاد علق اجاب")
# and those whose complement is أنّ with no noun before it: a family name
# that is also a definite object, last before أنّ, is the name's ("وأكد
# المحامي X الخطاب أن"; kw34, widening kw33's ec395992; not ذكّر, أبلغ,
# which take the one told)
_SAYING_THAT_NO_OBJECT = _SAYING_NO_OBJECT | _words_module._words("اكد اوضح صرح بين")
# scan_np: an aside after a title's comma that is no name before the words in
# marks: "same" glued to a preposition ("بنفس النبرة", "بذات اللهجة"), and
# "other" closing it ("هو الآخر", "مرة أخرى"), folded
_SAME_WORDS = _words_module._SAME_BEFORE
_OTHER_WORDS = _words_module._words("اخري الاخري الاخر اخر ايضا كذلك")
# name_in_marks_shape: words that open a clause or a slogan, never a name in
# marks (a negation, a pronoun, a demonstrative, a particle), folded
_CLAUSE_OPENERS = lx._fold_set(
    "لا لن لم ما ليس لسنا انا نحن انت انتم هو هي هم هذا هذه ذلك تلك هؤلاء هنا هناك "
    "كل هل قد لقد ان إن يا نعم كفى"
)
# "general" after a post ("الأمين العام", "المديرة العامة"); not
# words._GENERAL ("عام العام", a rank before the name)
_GENERAL_AFTER_POST = _words_module._words("العام العامه")
# scan_np: "former", after a post told after the name, keeps it open for a
# body glued to لـ ("X الرئيس السابق لحزب الأمل"), folded
_FORMER_AFTER_POST = _words_module._FORMER_DEFINITE
# phrase_entity: a post's adjective of tenure after a full name, folded
_TENURE_AFTER_NAME = _FORMER_AFTER_POST | _words_module._words("الجديد الجديده")
# and the feminine elatives in ا a body's name takes ("الهيئة العليا لحقوق
# الإنسان", "اللجنة العليا لمكافحة الفساد"; the others fold to ي), folded
_ELATIVES_IN_A = _words_module._words("العليا الدنيا")
# phrase_entity's title loop: a body, a facility or a festival glued to لـ
# after a title, whose own name (one word, or an indefinite noun and its
# definite genitive) comes before the holder's ("لحركة X", "لمرفأ X")
_LAM_BODY_HEADS = lx.ORGANIZATION_HEADS | _FACILITY_HEADS | _LAM_ONLY_BODIES
# names_in_marks and phrase_entity: a bare title glued to لـ ("لرئيس"), not
# a definite one written with its article ("لالرئيس", a slip for "للرئيس":
# lx.TITLES holds every title with ال too), folded
_LAM_BARE_TITLES = frozenset("ل" + t for t in lx.TITLES if t[:2] != "ال")
# holder_after_marks: the article, or لـ glued to it ("للتنمية"), opening
# the last word of a body's name before its short name in marks
_ART_OR_LIL = _words_module._words("ال لل")
# scan_np: a post of office glued to لـ in construct ("لمدير", "لوزير",
# "لرئيسة"), masculine and feminine, folded: after a verb of saying and its
# subject's complete title, the one told (kw26)
# (not what a deputy sits for, whose feminine it spells: "لمحافظة",
# "لقائمة": "قائد الشرطة لمحافظة البصرة X", "المرشح لقائمة Y X"; rev27)
_LAM_OFFICE_POSTS = frozenset(
    "ل" + w + end
    for w in _words_module._STATE_POSTS | _words_module._words("مدير محافظ قايد امين عضو زعيم")
    for end in ("", "ه")
    if w + end not in _CONSTITUENCIES
)
# verbs of giving, past, folded, with و/ف: the noun after their subject is
# the thing given, then the one given it with لـ ("وقدم الوزير نصيحة للشباب")
_GAVE = _words_module._with_prefixes(
    _words_module._words("قدم قدمت وجه وجهت اسدي اسدت منح منحت اعطي اعطت ارسل ارسلت بعث بعثت")
)
# _given_shape: bare nouns of a thing given in none of the shapes it tells
_GIVEN_NOUNS = _words_module._words(
    "نداء نصايح شكر دعم عرض طلب اقتراح مقترح شرح وعد مشروع خطاب بلاغ انذار تحذير "
    "سوال درس تقرير اعتذار تعهد تهديد"
)


def _given_shape(w: str) -> bool:
    """The one word after a title and a verb of giving has a thing's shape:
    in ة ("نصيحة", "تحية"), a plural in ات, in the accusative's alif
    ("تحذيرا", not "رانيا"), or a noun of _GIVEN_NOUNS ("نداء"); not a
    given name ("وقدم الرئيس تبون للشعب التهاني", "ومنح الملك محمد
    للفائزين الجوائز")."""
    return (
        w[-1] == "ه"
        or w.endswith("ات")
        or (w[-1] == "ا" and len(w) >= 4 and w[-2] not in "يا")
        or w in _GIVEN_NOUNS
    )


# adjectives of knowing or caring, definite, folded: what follows them glued
# to بـ is what they know or care about ("العارف بأمور الناس", "الخبيرة
# بشؤون المنطقة"), never a name
_VERSED_IN = _words_module._words(
    "العارف العارفه الخبير الخبيره الملم الملمه المهتم المهتمه العليم العليمه "
    "المختص المختصه المتخصص المتخصصه الضليع الضليعه"
)
# the nouns, bare in construct, that such an adjective is versed in ("الخبير
# بشؤون المدينة", "المهتمة بقضايا الشباب"); another word after بـ may be a
# name ("الخبير بسام العلي"); with the article it is the complement
_VERSED_OBJECTS = _words_module._words(
    "شوون امور احوال قضايا قضيه مسايل مساله شان ملف ملفات علوم علم شيون تاريخ"
)


def _relations_of_post(toks: list[str], k: int, a: int) -> bool:
    """Token ``k`` is "relations" heading a post's portfolio, with مع after
    it: glued to بـ or لـ ("المكلف بالعلاقات مع مجلس المستشارين", "مستشار للعلاقات
    مع الكونغرس") or in construct with a bare title ("وزير العلاقات مع
    البرلمان"); not the object of a verb after a definite title ("بحث
    الوزير العلاقات مع نظيره")."""
    w = toks[k]
    if w in ("بالعلاقات", "للعلاقات"):
        return True
    if w == "والعلاقات":
        # "وزير العدل والعلاقات مع البرلمان": the post's second portfolio,
        # a bare title before it in the phrase (not "بحث الوزير الملف
        # والعلاقات مع نظيره": a definite title's objects)
        return any(toks[j] in lx.TITLES and toks[j][:2] != "ال" for j in range(a, k))
    return (
        w in ("العلاقات", "علاقات")
        and k > a
        and toks[k - 1] in lx.TITLES
        and toks[k - 1][:2] != "ال"
    )


# "خبر منسوب إلى X": a statement attributed to someone, folded
_ATTRIBUTED = _words_module._words("منسوب منسوبا منسوبه المنسوب المنسوبه منسوبين المنسوبين")
_TO = _words_module._words("الي")
_DROVE_TO_SAY = _words_module._DROVE_TO_SAY
# cue_at: the page or account "دوّن" (wrote) tells of ("دوّن X في صفحته")
_PAGES = _words_module._words(
    "صفحته صفحتها حسابه حسابها مدونته مدونتها تدوينه تدوينته تدوينتها منشور"
)
_INTERVIEWS = _words_module._INTERVIEWS


def _titled(ent: _Entity | None) -> bool:
    """A person with a title, or a body: someone a statement can be put to."""
    return ent is not None and (ent.kind == ORGANIZATION or (ent.kind == PERSON and bool(ent.role)))


def _purpose_verb(w: str) -> bool:
    """لـ and a present verb of the third person, ي or ت and the shapes of
    _imperfect_verb ("ليعلن", "لتعلن", "لتستقبل"): a purpose clause, what
    the title's holder did it for, never a name (the names in ل and ي or ت,
    "ليلى", "ليث", have a long vowel or too few letters)."""
    return "ل" <= w < "م" and w[1:2] in ("ي", "ت") and _imperfect_verb("ي" + w[2:])


# nouns glued to بـ that tell a state, a charge or a cause after a name,
# never a word of it ("إبقاء الوزير X Y بحالة سراح", "X Y بتهمة …"), folded
_IN_STATE = _words_module._words("بحاله بتهمه بتهم بموجب بسبب بشكل بصوره")


@lru_cache(maxsize=4096)
def _implausible_word(folded: str) -> int:
    """-1 when every word of a speaker phrase can be in it, 0 when its head
    cannot (_implausible_head), else the index of the first later word that
    cannot be in a name (a word glued to لـ of _glued_to_lam, a preposition
    with a pronoun suffix, a body with its pronoun glued to بـ, a time, ف
    and a verb)."""
    if _implausible_head(folded):
        return 0
    words = folded.split(" ")
    for i in range(1, len(words)):
        w = words[i]
        if w in _PP_PRONOUNS or (w[:1] == "ل" and (_glued_to_lam(w) or _purpose_verb(w))):
            # (and "وعاد X ليدعم لاعبيه": لـ and a present verb, the
            # purpose, as after a title)
            return i
        if w[:1] == "ب" and (stem := _owned_stance(w[1:])) and stem in _PP_NOUNS:
            return i  # ("النائب X بديوانه", "بمكتبها": where, no name)
        if _as_a_or_manner(w) or w in _IN_STATE:
            return i  # ("وقال X بصفته رئيسا للجنة": in what capacity)
        if w in _TIME_NOUNS:
            return i  # ("الوزير X Y شهر مارس الماضي": when, no name)
        if w[:1] == "ف" and _derived_imperfect(w[1:]):
            return i  # ("أما الناشط X فيحاكم بسبب قوله": the verb after أما)
        if i + 1 < len(words) and _accusative_pair(w, words[i + 1]):
            return i  # ("شن الرئيس X هجوما عنيفا": the object, no name)
        if _owned_feminine_masdar(w):
            return i  # ("أعلن الوزير X استقالته، وقال": his resignation; dev17s)
        if i >= 2 and _past_tafaala(w):
            return i  # ("إن الوزير X Y بن Z تحدث مطولا": the clause's verb)
        if i >= 2 and w in _OBJECT_MASDARS and words[i - 1] not in _NAME_LINKS:
            # ("نفى الوزير X Y وجود «…»", "وانتقد X Y رفع الأسعار": a
            # verbal noun the verb takes for object, after a name of two
            # words, is no third word of it; but the word after a link is
            # the link's own, "نعيم أبو فخر", "سامي أبو شكر": rev31)
            return i
    return -1


def _owned_feminine_masdar(w: str) -> bool:
    """``w`` (folded) is a feminine verbal noun of a derived form, its ة
    written ت before a possessive pronoun of the third person: استفالة
    ("استقالته", "استجابتها"), مفاعلة ("مشاركته", "مطالبتهم") or إفالة
    ("إدانته", "إقالتها"); the object of the verb before, no word of a name
    (no name has these shapes with ت and a pronoun)."""
    stem = _owned_stance(w)
    if len(stem) < 5 or stem[-1] != "ت":
        return False
    v = stem[:-1] + "ه"
    n = len(v)
    if n == 7 and v[:3] == "است" and v[4] == "ا":
        return v[3] not in "اوي" and v[5] not in "اوي"
    if n == 5 and v[0] == "ا" and v[2] == "ا":
        return v[1] not in "اوي" and v[3] not in "اوي"
    return n == 6 and _derived_masdar(v)


def _as_a_or_manner(w: str) -> bool:
    """``w`` (folded) is a title, a source or a quantifier glued to كـ
    ("كرئيس", "كمسؤول", "ككل": as a …), or a feminine noun with a possessive
    pronoun glued to بـ ("بصفته", "بطريقتها": in his capacity, her way):
    no word of a name (a name in ك, "كمال", "كريم", has no title after
    the ك; a ة before a pronoun is written ت, so the letters are sure)."""
    if w[:1] == "ك":
        return w[1:] in _PP_NOUNS or w[1:] in _QUANTIFIERS_ALL
    return (
        w[:1] == "ب"
        and len(w) >= 5
        and (w[-2:] == "ته" or w[-3:] in ("تها", "تهم") or w[-4:] == "تهما")
    )


def _accusative_pair(noun: str, adj: str) -> bool:
    """Whether two words are an indefinite noun and its adjective in the
    accusative, tanween alif on both ("هجوما عنيفا", "ردا رسميا"): a verb's
    object or an adverbial, never a subject. The adjective must be of the
    pattern فعيل, a nisba in ي or one the lexicon knows: a name of two words
    in ا ("ماريا زاخاروفا") is none of these. "Other" (آخر, أخرى) takes no
    tanween in any case: after a noun in ا it is in the accusative too
    ("مثلا آخر", "سببا آخر")."""
    return (
        noun[-1:] == "ا"
        and len(noun) >= 4
        and not "ال" <= noun < "ام"
        and (
            adj in _OTHER_INDEFINITE
            or (
                adj[-1:] == "ا"
                and adj[:2] != "ال"
                and (
                    (len(adj) == 5 and adj[2] == "ي" and adj[3] not in "اوي")
                    or (len(adj) >= 6 and adj[-2] == "ي")
                    or adj[:-1] in _INDEFINITE_ADJECTIVES
                    # ("عرضا موجزا", "شرحا مفصلا": kw36)
                    or (_derived_participle_adjective(adj) and _masdar_in_accusative(noun))
                )
            )
        )
    )


def _derived_participle_adjective(adj: str) -> bool:
    """``adj`` (folded, in ا) is a participle of a derived form in the
    accusative, م and three or four letters none ا or ي ("مفصلا",
    "مطولا", "مقتضبا", "مشتركا", "مغلقا"; و is let through, so a form-I
    passive, "منصورا", "مشهورا", passes too): the adjective of an indefinite
    verbal noun in the accusative right after a title ("قدم الوزير عرضا
    مفصلا"; scan_np, kw36)."""
    return (
        adj[0] == "م"
        and 5 <= len(adj) <= 6
        and adj[1] not in "ايم"
        and "ا" not in adj[1:-1]
        and "ي" not in adj[1:-1]
    )


def _masdar_in_accusative(noun: str) -> bool:
    """``noun`` (folded) is a verbal noun with tanween alif of a shape no
    name has: فَعْل ("عرضا", "شرحا"), فِعال ("خطابا") or تفعيل
    ("توضيحا"), no long vowel among its root letters ("نيكولا", "لينا",
    "دانا" are names; kw36)."""
    if noun[-1:] != "ا":
        return False
    stem = noun[:-1]
    n = len(stem)
    if n == 3:
        return not any(c in "اوي" for c in stem)
    if n == 4:
        return stem[2] == "ا" and not any(c in "اوي" for c in stem[:2] + stem[3])
    return (
        n == 5
        and stem[0] == "ت"
        and stem[3] == "ي"
        and stem[2] not in "اوي"
        and stem[4] not in "اوي"
    )


# _accusative_pair: "other", indefinite, folded (a diptote: no tanween alif)
_OTHER_INDEFINITE = _words_module._words("اخر اخري")


# Nouns of weight and modality, whose genitive is an event ("أهمية التعاون",
# "ضرورة الإسراع", "إمكانية التخفيض", "جدوى الحوار"): a verb's object
# ("أكد الوزير أهمية …", "نفى الوزير إمكانية …"), never a name after a title
_MODAL_NOUNS = _words_module._words(
    "اهميه ضروره امكانيه امكان احتمال استحاله صعوبه سهوله خطوره اولويه "
    "حتميه جدوي جاهزيه مسووليه احقيه افضليه اسبقيه اولويات"
)


def _abstract_noun(w: str) -> bool:
    """A noun of weight or modality (_MODAL_NOUNS), or an abstract noun in
    ـيّة made on a verbal noun of the forms إفعال, افتعال or استفعال
    ("استمرارية", "استقلالية", "إمكانية"): a thing, no name (the names in
    ـية, "سمية", "نادية", "فوزية", have none of those shapes; a body on
    تفعيل, "تنسيقية", speaks)."""
    return w in _MODAL_NOUNS or (
        len(w) >= 7
        and w[0] == "ا"
        and w[-2:] == "يه"
        and _derived_masdar(w[:-2])
        and w not in lx.ORGANIZATION_HEADS
        # (a title with the article has that shape too, a فاعلة of a root
        # whose last letter is weak: "القاضية", "الداعية")
        and w not in lx.TITLES
    )


def _object_shape(t: str) -> int:
    """scan_np's tests of a word after a name that opens the verb's object,
    by the word alone, as bits: 1 _masdar_accusative, 2
    _first_form_accusative, 4 a bare _abstract_noun."""
    return (
        _masdar_accusative(t)
        | _first_form_accusative(t) << 1
        | (not "ال" <= t < "ام" and _abstract_noun(t)) << 2
    )


# (one lookup of a word for three calls: scan_np reads it of most words
# after a name)
_OBJECT_SHAPE = _words_module._WordTable(_object_shape)
# scan_np: _urged_sound_plural of a word, memoised (read after every name)
_URGED_SOUND_PLURAL = _words_module._WordTable(_urged_sound_plural)


# Gatherings and events (folded, without the article): what a document
# glued to لل closes or sums up ("البيان الختامي للقمة", "للمؤتمر",
# "للمسيرة"), never its author
_EVENTS = _words_module._words(
    "قمه موتمر موتمرات اجتماع اجتماعات مسيره مسيرات تظاهره مظاهره مظاهرات "
    "وقفه اعتصام ملتقي منتدي ندوه دوره جلسه جلسات لقاء لقاءات مهرجان حوار "
    "مشاورات مفاوضات محادثات مباحثات زياره ورشه مناظره احتفال حمله انتخابات"
)


# Persons and households a feminine noun with a possessive suffix names
# ("ابنته", "زوجتها", "عائلته"), folded, without their ة: they speak
# Nouns of kin in construct with the one they are kin of ("والدة الضحية",
# "شقيق المتهم", "نجل الرئيس الراحل"), folded (not أم/أب/أخ: "or", the
# patronym, the union's "brother")
_PLAYERS = _words_module._words("لاعب لاعبه")
_KIN_NOUNS = _words_module._words(
    """
    والد والده ابن ابنه نجل نجله شقيق شقيقه زوج زوجه ارمله عم عمه خال خاله
    جد جده حفيد حفيده صهر قريب قريبه
    """
)
_KIN_STEMS = _words_module._words(
    "ابن بن اخ زوج والد شقيق جد عم خال عايل اسر خطيب صديق زميل حفيد رفيق جار حمل"
)


# kin in construct that open an apposition after a name ("X، نجل وزير
# الداخلية،"): a description of the person named, never a name
_KIN_HEADS = _words_module._words(
    "نجل نجله ابن ابنه شقيق شقيقه زوج زوجه ارمله حفيد حفيده صهر والد والده بنت كريمه عقيله"
)

# kin with the possessive of the third person ("والدته", "شقيقها", "زوجته"),
# folded: a person of the story's, described by the tie
_KIN_POSSESSED = frozenset(
    stem + suffix
    for stem in _words_module._words(
        "والد شقيق زوج ابن نجل عم خال جد حفيد اخو صديق رفيق خطيب "
        "والدت شقيقت زوجت ابنت عمت خالت جدت حفيدت ارملت اخت صديقت رفيقت خطيبت"
    )
    for suffix in ("ه", "ها")
)
# adjectives of a tie between kin (or friends) and the name ("شقيقه الأكبر
# X", "زوجته السابقة X", "صديقه المقرب X"), folded
_KIN_ADJECTIVES = _words_module._words(
    "الاكبر الاصغر الكبري الصغري الوحيد الوحيده السابق السابقه المقرب المقربه الاول الاولي"
)


# posts held in someone's service ("محاميه", "مستشاره", "مساعده"), or on
# his team ("لاعبه", "مدربه"), folded, before the possessive ه: with it, the
# post is definite, his, and the words after it the holder's name, not its
# genitive
_SERVING_POSTS = _words_module._words(
    "محامي مستشار مساعد معاون نايب وكيل طبيب مترجم سكرتير لاعب مدرب"
)


# "وقال الطالب مرة/ثانية": "once", "again" after an agent noun, no name
_ONCE_AGAIN = _words_module._words("مره ثانيه")
# scan_np: posts of representing, with the article, whose body may follow
# glued to لل ("الممثل لليونيسف")
_REPRESENTING_POSTS = _words_module._words("الممثل الممثله المندوب المندوبه")
# and the people told after one (الممثل is an actor too), no body he
# represents: the public and the media ("للجمهور", "للإعلام"), folded,
# with no article; a plural of people (_represented_body)
_AUDIENCE_COLLECTIVES = _words_module._words("جمهور اعلام")


def _represented_body(t: str) -> bool:
    """``t``, glued to لل after a post of representing ("الممثل لليونيسف"),
    may be the body represented: no plural of people ("للمتابعين",
    "للطلاب"), nor the public or the media ("للجمهور", "للإعلام")."""
    w = t[2:]
    return not (w[-2:] in ("ين", "ون") or "ال" + w in _PEOPLE_PLURALS or w in _AUDIENCE_COLLECTIVES)


# phrase_entity: the honorific of a doctor, who practises somewhere
_DOCTOR_HONORIFICS = _words_module._words("الدكتور الدكتوره")
# phrase_entity: the degrees Egyptian press writes bare after an honorific,
# before the name ("الدكتور مهندس X", "الدكتورة مهندسة X", "المهندس دكتور
# X"): a second honorific, no title in construct with the name
_BARE_DEGREES = _words_module._words("مهندس مهندسه دكتور دكتوره")
# phrase_entity: "again", "then" in place of a name after a title ("وقال
# اللاعب ثانية/بعدئذ إن"), and what follows "مرة" for "once more"
_AGAIN_OR_THEN = _words_module._words("ثانيه مجددا بعديذ")
_ONCE_AGAIN_TAILS = _words_module._words("ثانيه اخري")


# "X، البالغ من العمر 22 عاما،": the age set off after a name (folded)
_AGED = _words_module._words("البالغ البالغه")
_YEARS_OF_AGE = _words_module._YEARS_OF_AGE


# cues that are also nouns of what a person is ("طالب" student, "شاهد"
# witness): right after وهو/وهي, the noun (folded)
_HE_SHE_NOUNS = _words_module._words("طالب شاهد")


def _cue_quick(word: str) -> bool:
    """Whether cue_at() may take the plain verb ``word`` (_cue_info's last
    field) on its tests of the words around it alone: none of its other
    tests keys on the word itself or its cue's lemma (a present in ي/ت, a
    verb ending in ه, a word of one of their lists or a lemma they name
    is tested in full).  A test added to cue_at()'s block for words that
    are not quick must add its word or lemma here."""
    info = _CUE_INFO[word]
    if info is None or not info[5]:
        return False
    cue = info[0]
    verb = cue.kind == lx.VERB
    return not (
        word == "وبين"
        or word == "وصف"
        or word in _READ_IMPERATIVE
        or word[0] in "يت"  # (after أنْ and a verb of wanting, an indefinite source, أي)
        or (verb and word[-1] == "ه")
        or word in _WHAT_SAID_FORMS
        or word in _WHAT_SAID_ANSWERED
        or word in _SHOWS_PRESENT
        or word in _IT_CONCERNS
        or word == "معلقه"
        or word in _HIGHLIGHTED
        or word in _SEEING_FORMS
        or (verb and _lemma_key(cue) in _GOING_ON_VERBS)
        or word == "للقول"
        or word in _SAYING_NOUN_FORMS
        or cue.lemma in _QUICK_LEMMAS_NOT
        or word == "يعرب"
        or word in _HE_SHE_NOUNS
    )


# "وأبرز الوزير أن": the masculine of أبرز glued to و/ف, a cue only before
# its أنّ (lexicon.CONJOINED_CUES; cue_at), folded
_HIGHLIGHTED = lx.HIGHLIGHTED_FORMS


# "اقرأ أيضا", "واقرأ المزيد": a page's pointer, the imperative "read"
# (folded as the dual of أقرّ), bare or glued to و (mend23b)
_READ_IMPERATIVE = _words_module._words("اقرا واقرا")
# the lemmas cue_at() tests by name (a plain verb of one is never quick)
_QUICK_LEMMAS_NOT = frozenset({"أجاب", "زاد", "دون", "طالب", "دعا", "رد", "دفع", "أطلع"})
_CUE_QUICK = _words_module._WordTable(_cue_quick)
# the plain twins of scan_np's and cue_at's tables, for their lookups by a
# token of the article (words.token_twin)
_NP_PRE_TESTS_OF = _words_module.token_twin("np_pre_tests", _NP_PRE_TESTS)
_NP_READ_OF = _words_module.token_twin("np_read", _NP_READ)
_NP_NEXT_OF = _words_module.token_twin("np_next", _NP_NEXT)
_CUE_INFO_OF = _words_module.token_twin("cue_info", _CUE_INFO)
_CUE_QUICK_OF = _words_module.token_twin("cue_quick", _CUE_QUICK)
# the tables the twins' functions look every word up in (words.token_prefill)
_words_module.token_prefill(_VERB_COMPLEMENT)
_words_module.token_prefill(_BARE_NOUN_ADJECTIVE)


# what kin do, set off after the tie ("شقيقه، عامل بناء،"), folded: no
# name; مختار only before its definite genitive ("مختار القرية")
_KIN_JOBS_BARE = _words_module._words("عامل مزارع سايق بايع")
_KIN_JOBS = _words_module._words("مختار")
# how the kin spoke, set off ("والدته، بكل حزن،", "بعيون دامعة"), folded
_KIN_HOW = _words_module._words("بكل بمنتهي بعيون بعينين بقلب بدموع")


def _kin_of_named(words: list[str]) -> bool:
    """ "والدة الأسير X Y", "شقيق X Y": kin in construct with a person
    named in its genitive (the kin's own name may follow in commas)."""
    # (a name of two words at least: three words with the kin, four when
    # the genitive opens with a definite noun, "والد الشهيد X Y")
    return (
        3 <= len(words) <= 7 and words[0] in _KIN_NOUNS and len(words) >= 3 + (words[1][:2] == "ال")
    )


# prepositions that tie an unnamed source to the one it serves or is close to
# ("مسؤول في مكتب …", "مسؤول مقرب من …", "مستشار لدى …")
_SERVES_AT = _words_module._words("في من لدي")


def _title_served(words: list[str], art, lo: int, hi: int) -> bool:
    """ "مسؤول في مكتب رئيس الوزراء X", "مسؤول مقرب من الرئيس X": between
    ``lo`` and ``hi`` (the name's first word), a preposition, then a
    person's post (right after it, or as the genitive of one indefinite
    body noun: "مكتب رئيس", "ديوان الرئيس"); the name after that post is
    its holder's, not the unnamed source's (a plural post, "مجلس الوزراء",
    is a body's)."""
    for j in range(lo, hi - 1):
        if words[j] not in _SERVES_AT:
            continue
        k = j + 1
        if not art[k] and words[k] not in lx.TITLES and k + 1 < hi:
            k += 1  # ("في مكتب رئيس": the body's noun in construct)
        w = words[k]
        if w in lx.TITLES and w not in lx.ORGANIZATION_HEADS and not w.endswith(("اء", "ين", "ون")):
            return True
    return False


def _kin_described(words: list[str]) -> bool:
    """ "شقيق الضحية", "والدة الطفلة المفقودة", "والدته": a person told by
    kin alone (kin in construct with a definite genitive and its
    adjectives, or kin with a possessive), no name."""
    if len(words) == 1:
        return words[0] in _KIN_POSSESSED
    return (
        len(words) <= 4
        and words[0] in _KIN_NOUNS
        and all(w[:2] == "ال" and len(w) > 3 for w in words[1:])
    )


# حسب/بحسب/وفق with nothing glued before them, folded: inside a clause, "by"
# or "in accordance with" as well as "according to"
_MANNER_PREPOSITIONS = _words_module._words("حسب بحسب وفق")


def _owner_stem(w: str) -> str | None:
    """The noun of ``w`` (folded, no article) before a possessive pronoun
    of the third person ("ذوق" of "ذوقه", "رغبت" of "رغبتهم"), three
    letters at least, or None."""
    if w[:2] == "ال" or " " in w:
        return None
    for suffix in ("هما", "هم", "ها", "ه"):
        if w.endswith(suffix):
            stem = w[: -len(suffix)]
            return stem if len(stem) >= 3 else None
    return None


def _kin_stem(stem: str) -> bool:
    """ "ابن" (of "ابنته"), "عائل" (of "عائلتها"): the stem of a feminine
    noun of kin, household, friend or a campaign, before its ة."""
    return stem in _KIN_STEMS or (stem[:1] in "وف" and stem[1:] in _KIN_STEMS)


# Verbal nouns of a stance of the first form (lexicon; the derived forms
# are told by their shape, _derived_masdar)
_STANCE_NOUNS = lx.STANCE_NOUNS

# Verbal nouns a verb of saying takes as its object, bare, in construct
# with their agent or object ("وأكدت رفض هيئة الدفاع …", "وأبدى قلق
# الحكومة", "وجدد تمسك جميع المحامين"), folded: the first form and the
# commonest others (the derived forms are also told by their shape,
# _masdar_head)
_OBJECT_MASDARS = _STANCE_NOUNS | _words_module._words(
    "ادانه اصرار ارتياح تاخير تفعيل ترحيب تقدير تضامن تنديد شجب اسف فخر امل ثقه حاجه "
    # (the performance or the delay criticised: "وانتقد النائب أداء الحكومة")
    "اداء تاخر "
    "رغبه نيه قدره مطالبه مواصله متابعه مسانده حمايه رعايه دعوه "
    # what is done to prices, taxes and bans, criticised or welcomed ("وانتقد
    # النائب رفع أسعار الخبز، قائلا", "ورفض الوزير فرض ضرائب جديدة"):
    # first-form verbal nouns that no name is
    "رفع خفض فرض منع حظر "
    # control held or seized, denied or confirmed ("نفى المتحدث، سيطرة
    # القوات على …"): verbal nouns of four letters that no name is
    "سيطره هيمنه "
    # (what is denied or confirmed to be: "نفى الوزير وجود خطة …"; what is
    # criticised or explained away: "وبرر غياب القائد")
    "وجود غياب "
    # what is announced begun or stopped ("وأعلنت بدء العمل", "وقف إطلاق
    # النار"), opened ("فتح مستشفى", _MASDARS_ALSO_NAMES)
    "بدء وقف فتح "
    # an entry or an exit refused or allowed ("ورفض الرئيس اليمني دخول قوات
    # أجنبية إلى …"): no family name after a title and its nisba (dev31s)
    "دخول خروج "
    # a fall, an end or a collapse expected or warned of ("وتوقع سقوط
    # النظام قريبا، متسائلا", "إذ توقع سقوط وزوال …"; "حدوث انفراج"):
    # first-form verbal nouns that no name is (kw39)
    "سقوط زوال انهيار حدوث وقوع هبوط"
)
# of those, the ones also a name (the movement Fatah: "وأعلنت فتح أن",
# "فتح الانتفاضة"): a verbal noun only before an indefinite word
_MASDARS_ALSO_NAMES = _words_module._words("فتح")
# "نفى صحة الأنباء/هذه/ما …" is what is denied (_COMMON_HEADS), but
# "وقالت صحة غزة" (folded) is the health ministry of the place named bare
# after it
_NOT_A_PLACE = _words_module._words("ما هذه هذا تلك ذلك هذي كل اي")


def _names_the_health_body(nxt: str) -> bool:
    return nxt[:2] != "ال" and nxt.isalpha() and nxt not in _NOT_A_PLACE


# Given names with the shape of a derived verbal noun (folded): a subject,
# never the verb's object ("وأكدت إيمان الطرابلسي", "وقال إبراهيم …")
_MASDAR_SHAPED_NAMES = _words_module._words(
    "ابراهيم اسماعيل انتصار تيسير احسان ايمان اخلاص ابتسام انشراح تغريد "
    "تهاني انصاف اعتدال اسلام احلام اسماء اسراء افراح اقبال اكرام انعام "
    "امجاد اسحاق ابتهال اعتماد امتثال تحسين تسنيم معاويه اشراق امتنان "
    "ارشاد اشواق ايهاب امل تحرير انتظار تماضر تبارك الهام اجلال اسعاد "
    # (and foreign ones printed with a hamza below: "إدغار", "إلهان")
    "ادغار الهان"
)
# Verbal nouns of those shapes that name a thing which tells (a report, a
# survey, a meeting: "وأشار تقرير اللجنة إلى أن", "وكشف استطلاع للرأي"),
# or a person ("تلميذ"), folded: the subject, not the verb's object
_TELLING_MASDARS = _words_module._words(
    "تقرير تحقيق تسجيل تصريح تعليق تعميم تحليل توضيح تنويه تقييم تلميذ استطلاع استبيان اجتماع"
)


# _ali_name_next: the nouns على opens a phrase of place or manner with
# ("على مدار الأسبوع", "على غرار", "على صعيد"), never a name after علي
_ALA_IDIOMS = _words_module._words(
    "مدار غرار صعيد مستوي حد راس وقع متن اثر نحو وجه طول امتداد ضوء اعتاب هامش "
    "حساب اساس سبيل مدي مر ارض مضض عجل حين قيد خط عكس خلاف غير مشارف شفا "
    "مراي مسمع ابواب نطاق قدم جناح وشك اعلي"
)


# nouns a verb takes with على, spelt علي, that are no family name (folded)
_ALA_NOUNS = _words_module._words(
    "حضور دعم موقف طلب سوال قرار مقترح خطاب بيان مواقع تصريح اتهام انتقاد هجوم اسيله راي"
)


def _ali_name_next(w: str, rest: str) -> bool:
    """The word after علي (with its ya, after a title) may go on the name
    Ali: a nisba with the article ("علي الزغبي"), a patron ("علي بن سالم")
    or a bare word; not a definite noun ("علي القانون", "علي الحكومة"), a
    noun in ة or with a pronoun ("علي جائزة", "علي طريقته"), a sound
    plural ("علي متظاهرين"), a verbal noun
    ("علي اهتمام الحضور") or a noun of an idiom of على ("علي مدار")."""
    if w in _NAME_PATRONS:
        return True
    if w.startswith("ال"):
        return w[-1] == "ي" and len(w) > 4
    return (
        w[-1] != "ه"
        # (a sound plural: "علي متظاهرين", "علي منافسين")
        and not (len(w) >= 6 and w.endswith(("ين", "ون")) and not w.endswith("الدين"))
        and w not in _ALA_IDIOMS
        and w not in _ALA_OBJECTS
        and not _masdar_head(w, rest)
    )


def _indefinite_nisbas(toks: list[str], j: int, end: int) -> bool:
    """Tokens [j, end) are all nisba adjectives with no article ("أمني",
    "عسكرية", folded: …ي/…يه), which describe an unnamed source."""
    for k in range(j, end):
        w = toks[k]
        if len(w) < 3 or w[:2] == "ال" or not (w[-1] == "ي" or w[-2:] == "يه"):
            return False
    return True


def _masdar_head(head: str, rest: str) -> bool:
    """A bare verbal noun (no article, no pronoun) in construct with a next
    word, heading a phrase: one of _OBJECT_MASDARS or of a derived form's
    shape (تفعيل, افتعال, انفعال, استفعال) that is not a
    given name (_MASDAR_SHAPED_NAMES). After a verb of saying with no
    subject of its own it is what is said ("وأكدت رفض هيئة الدفاع تأخير
    …"), never who says it."""
    if (
        not rest
        or head in _MASDAR_SHAPED_NAMES
        # ("وقال فخر الدين الحلبي": a name in الدين)
        or rest.startswith("الدين")
        or head in _TELLING_MASDARS
        or head in _PP_NOUNS
        or head in lx.ORGANIZATION_HEADS
        or head in lx.DOCUMENT_HEADS
    ):
        return False
    if head in _OBJECT_MASDARS:
        # ("أعلنت فتح مستشفى": the opening of; "أعلنت فتح الانتفاضة": a body)
        return head not in _MASDARS_ALSO_NAMES or rest[:2] != "ال"
    n = len(head)
    if n == 5:
        # تفعيل ("تفعيل", "تأخير") and تفاعل ("تراجع", "تجاهل", "تقاعس");
        # not إفعال, whose letters are a broken plural's أفعال ("أصحاب
        # المولدات", "أعضاء اللجنة" speak)
        if head[0] == "ت" and head[2] == "ا":
            return head[1] not in "اوي" and head[3] not in "اوي" and head[4] not in "اويه"
        if head[0] == "ت" and head[1] == "ا" and head[3] == "ي":
            # تفعيل of a first radical hamza, folded to ا ("تأجيل الجلسة",
            # "تأكيد الموقف", "تأمين المدارس"): no long vowel, no name
            return head[2] not in "اوي" and head[4] not in "اوي"
        # (and of a first radical و, "توجيه قواته", "توقيع الاتفاق": dev36s)
        return (
            head[0] == "ت" and head[3] == "ي" and (_derived_masdar(head) or _first_waw_tafiil(head))
        )
    if n == 6:
        # افتعال, انفعال; not مفاعلة, whose letters are a feminine
        # participle's ("مراسلة القناة", "محامية المتهم" speak)
        return _iftiaal_shape(head)
    return n == 7 and _derived_masdar(head)


def _iftiaal_shape(w: str) -> bool:
    """ "اجتماع", "انسحاب" (folded, six letters): the letters of a verbal
    noun افتعال or انفعال, no long vowel for a radical."""
    return (
        w[0] == "ا"
        and w[4] == "ا"
        and (w[2] == "ت" or w[1] == "ن")
        and w[1] not in "اوي"
        and w[3] not in "اوي"
    )


def _ifaal_shape(head: str) -> bool:
    """ "اطلاق", "الغاء", "انشاء" (folded): the letters of a verbal noun
    إفعال of a sound root, or إفالة of a hollow one ("اقاله", "اعاده"), no
    given name of that shape (_MASDAR_SHAPED_NAMES: "إحسان", "إلهام") and
    no body ("إدارة", "إمارة", "إذاعة"). The folded letters are also a
    broken plural's, أفعال: only a hamza below, read in the original, tells
    the verbal noun."""
    if len(head) != 5 or head[0] != "ا" or head in _MASDAR_SHAPED_NAMES:
        return False
    if head[2] == "ا" and head[4] == "ه":
        return (
            head[1] not in "اوي"
            and head[3] not in "اوي"
            # (_PP_NOUNS holds the bodies of lx.ORGANIZATION_HEADS; and a
            # state by its kind, words._STATE_ITSELF: "إمارة")
            and head not in _PP_NOUNS
            and "ال" + head not in _words_module._STATE_ITSELF
        )
    return head[3] == "ا" and head[1] not in "اوي" and head[2] not in "اوي" and head[4] not in "اوي"


# classify's tests of a phrase's head alone, memoised per word (one lookup,
# no call, for each phrase read after a title)
_IFAAL_SHAPE = _words_module._WordTable(_ifaal_shape)
_PURPOSE_VERB = _words_module._WordTable(_purpose_verb)


def _object_noun_opening(w: str, nxt: str) -> bool:
    """``w`` (folded), a bare noun heading a construct with the word
    ``nxt``, is no verb: a thing or an event of words._OBJECT_THINGS (not
    one also a verb, _THINGS_ALSO_OTHER, nor a given name), or a derived
    verbal noun of a shape no past verb has (تفعيل, افتعال, انفعال,
    استفعال; not تفاعل, "تراجع", nor است before a long vowel, "استقال").
    Set off by commas after a verb's subject ("وأدان X، قصف مستشفى
    الأمل، وقال") it is the verb's object, no clause's verb whose subject
    the body or the person after it would be."""
    if not nxt.isalpha() or w[:2] == "ال" or w in _MASDAR_SHAPED_NAMES:
        return False
    if w in _OBJECT_THINGS:
        return w not in _THINGS_ALSO_OTHER and w not in _GIVEN_NAMES
    n = len(w)
    if n == 5:
        # تفعيل ("تفجير", "تأجيل" folded)
        return w[0] == "ت" and w[3] == "ي" and w[2] not in "اوي" and w[4] not in "اوي"
    if n == 6:
        # (not است before a long vowel: "استقال")
        return w[1] != "س" and _iftiaal_shape(w)
    return n == 7 and _derived_masdar(w)


def _broken_plural_opening(w: str, nxt: str) -> bool:
    """``w`` (folded), a bare noun heading a construct with ``nxt``, has the
    shape of a broken plural مفاعيل ("مضامين", "مشاريع", "مفاهيم",
    "مواضيع"): م, a letter, a long ا, a letter, a long ي, a letter, which
    no past verb has (a verb of the third form has its ا second: "مارس");
    not a given name (nor مفاعل, "مبارك", "مجاهد", names too)."""
    return (
        len(w) == 6
        and w[0] == "م"
        and w[2] == "ا"
        and w[4] == "ي"
        and w[3] not in "اوي"
        and nxt.isalpha()
        and w not in _GIVEN_NAMES
        and w not in _MASDAR_SHAPED_NAMES
    )


def _owned_stance(head: str) -> str:
    """The stem of a word ending in a possessive pronoun of the third
    person (ه، ها، هم، هما), or the empty string."""
    if head[-2:] in ("ها", "هم"):
        return head[:-2]
    if head[-3:] == "هما":
        return head[:-3]
    if head[-1:] == "ه":
        return head[:-1]
    return ""


def _broken_plural_alone(folded: str) -> bool:
    """ "المراحل" (folded): a broken plural مفاعل with the article, alone,
    no family name (those in ي, "المجالي", are not of that shape); the
    singular participle مُفاعِل has the same letters ("المقاتل")."""
    head = folded
    return (
        len(head) == 7
        and head[:3] == "الم"
        and head[4] == "ا"
        and head[-1] not in "يهاو"
        and head not in _PP_NOUNS
        and head[2:] not in lx.ANONYMOUS_HEADS
        and head not in lx.ORGANIZATION_HEADS
    )


def _feminine_title(w: str) -> bool:
    """``w`` (folded) is the feminine of a title ("المحامية", "الطبيبة"):
    a woman's title, never a family name, which keeps its masculine form
    for her ("سلمى القاضي")."""
    return w[-1:] == "ه" and w[:-1] in lx.TITLES


def _east_asian_li(folded: str) -> bool:
    """ "لي تشيانغ", "لي جاي ميونغ": لي is the family name Li/Lee, not "to
    me", when a word of the name after it ends in the ng of an East Asian
    syllable (نغ, which ends no Arabic word)."""
    if folded[:3] != "لي ":
        return False
    return any(word[-2:] == "نغ" and len(word) > 2 for word in folded.split(" ", 4)[1:4])


# "صحة المحافظة", "تربية الولاية", "زراعة المحافظة": a directorate named by
# its sector and the administrative division it serves (Iraq, Sudan, Syria),
# folded; the division with the article
_SECTOR_NOUNS = _words_module._words("صحه تربيه زراعه")
_DIVISIONS = _words_module._words("المحافظه الولايه")


# "واستقبل رئيس الحكومة، وزير الخارجية الفرنسي،": verbs of receiving a
# guest, folded, with و/ف (classify)
_RECEIVED_GUEST = _words_module._with_prefixes(_words_module._words("استقبل استقبلت يستقبل تستقبل"))
# _grandfather_then_family: verbs of meeting or receiving, whose object, a
# person, may follow the subject's name ("واستقبل الوزير X Y Z الW")
_GUEST_VERBS = _RECEIVED_GUEST | _words_module._MEETING_OBJECT_VERBS


# Nouns of places a title's holder visits, inspects, opens or leaves, in
# construct ("وزار السفير مقر البرلمان", "وتفقد المحافظ موقع الانفجار"),
# folded: never a name after a title (classify)
_PLACES_VISITED = _words_module._words(
    "مقر مقار مقرات مخيم مخيمات مستشفي مبني مطار ميناء معبر مصنع سجن موقع "
    "ساحه مدينه منطقه مدرسه منزل بلده قريه حي"
)


# Incidents a verb condemns, mourns or investigates, in construct with
# what or whom they struck ("مجزرة السوق", "اغتيال الصحفي", "حصار
# المدينة"), folded: no given name, no title (_incident after a title)
_INCIDENTS = _words_module._words(
    "مجزره مجازر مذبحه حادثه حادث هجوم هجمات تفجير تفجيرات اعتداء اعتداءات "
    "قصف حصار جريمه جرايم انفجار اغتيال اختطاف خطف كارثه فاجعه مقتل استهداف "
    "احراق حرق تدمير"
)


# scan_np: an incident, bare or glued to بـ, after a name read ("X Y مجزرة
# السوق", "ندد X Y بمجزرة السوق"): the verb's object
_INCIDENT_OBJECTS = _INCIDENTS | frozenset("ب" + w for w in _INCIDENTS)


# the part of the day after a clock time ("10:30 صباحا"), folded
_CLOCK_PARTS = _words_module._words("صباحا مساء مساءا ظهرا عصرا ليلا فجرا")


def _talib_named(nxt: str) -> bool:
    """The word after a bare طالب makes it the given name Talib: a given
    name ("طالب عمر X") or a nisba with the article, a family name ("طالب
    الرفاعي"); a student has an indefinite nisba ("طالب جامعي") or a
    genitive that is no nisba ("طالب الطب"). mend30a."""
    return nxt in _GIVEN_NAMES or (
        nxt[:2] == "ال" and nxt[-1] == "ي" and len(nxt) > 4 and nxt[2:] not in lx.TITLES
    )


def _implausible_head(folded: str) -> bool:
    """Whether a speaker phrase opens with a word no speaker's phrase opens
    with (a name, title, body, document, group or description can): a
    verb (of saying, or of a derived form's shape), a preposition with a
    pronoun suffix, a word glued to لـ/بـ that heads a noun of the lexicon,
    an ordinal or a country, a preposition glued to بـ, an accusative
    participle, a time or an editor's note, or a common noun with a pronoun
    suffix on its feminine ending. Only on such evidence:
    an unknown word (a foreign name) always may open a name."""
    head = folded.split(" ", 1)[0]
    if (head in _PP_PRONOUNS and not _east_asian_li(folded)) or head == "(":
        return True
    if head in _SECTOR_NOUNS and folded[len(head) + 1 :] in _DIVISIONS:
        return False  # ("صحة المحافظة": the directorate, phrase_entity)
    if head.isdigit() and (head == folded or folded[len(head) + 1 :] in _CLOCK_PARTS):
        # "وفي الساعة 10:30 قال:", "10:30 صباحا أضاف": the minutes of a time
        # of day before the verb, no subject ("وقال 18 نائبا" is a group)
        return True
    if (head[2:] if head[:2] == "ال" else head) in _COMMON_HEADS and not (
        # ("وقالت الصحة الفلسطينية", "الصحة في غزة": the health ministry)
        head == "الصحه"
        or (head == "صحه" and _names_the_health_body(folded[len(head) + 1 :].split(" ", 1)[0]))
    ):
        # "وقال الوزير شهر مارس الماضي إن"، "ساعات قبل …"، "ملاحظة: «…»":
        # a time or an editor's note heads no speaker's phrase (none is a
        # title, a body, a document or a source)
        return True
    if _masdar_head(head, folded[len(head) + 1 :]):
        # "وأكدت رفض هيئة الدفاع تأخير المحاكمة، مشيرة إلى أن": a bare
        # verbal noun in construct is the verb's object; the subject is
        # elided and the last speaker goes on
        return True
    if head[-1:] == "ا" and (
        head in _OBJECT_AFTER_NAME
        or _accusative_pair(head, folded[len(head) + 1 :].split(" ", 1)[0])
    ):
        # "وقالت مؤتمرا صحفيا:": a news verb's object noun in the accusative
        # ("مؤتمرا", "بيانا", "تصريحا"), or an indefinite noun and its
        # adjective with tanween alif, heads no subject (as after a name's
        # first words: _implausible_word)
        return True
    if _as_a_or_manner(head):
        # "وقال كرئيس للجنة", "وقال ككل مرة", "وأضاف بصفته رئيسا": in what
        # capacity or how, never who
        return True
    if folded in lx.RESPONSE_PARTICLES:
        return True  # ("وأضاف نعم: «…»": yes, no speaker; dev36s)
    if head in _MANNER:
        # "وتوعد برد قوي ومؤلم على …": how the words came, never who (as
        # after a cue, subject_of; dev36s)
        return True
    if len(head) < 4:
        return False
    if _past_tafaala(head) or _imperfect_verb(head) or _future_verb(head):
        # (and "لن يعلق عليه وسيتركه إلى …": a verb in the future, no
        # subject of the verb before; dev36s)
        return True
    if head[:2] == "سن" and len(head) >= 5 and head[2] not in "اوي":
        # "وقال سنمضي في …، وقال «…»": a future verb of "we" opens the
        # words said, never a name (no first name opens so)
        return True
    if len(head) == 7 and head[:3] == "است" and head[5] == "ا" and head not in _PP_NOUNS:
        # "وأكد استعداد الأشقاء …", "وأعلن استمرار …": an indefinite
        # verbal noun of the form استفعال is the verb's object (no name
        # has that shape)
        return True  # "أن السفير المصري تحدث عن …": a verb, no name
    if (
        head[-2:] in ("ها", "هم")
        and head[-3] == "ت"
        and head[:2] != "ال"
        and len(head) >= 5
        and head[:-3] + "ه" not in _PP_NOUNS  # (but "قالت مديرتها": her director)
    ):
        return True  # "أكدت روايتها الأولى": her account, the verb's object
    if (
        head[-3:] == "تنا"
        and head[:2] != "ال"
        and len(head) >= 5
        # (but "وقالت مراسلتنا في X", "وأفادت موفدتنا": our correspondent, a
        # title in ة with "our", speaks, as "مراسلنا" does since rev25; kw25)
        and head[:-3] + "ه" not in _PP_NOUNS
    ):
        # "وفق إمكانياتنا", "حسب معلوماتنا": a noun with the suffix "our" on
        # its feminine ending or plural is the speaker's own word, no source
        return True
    if (
        head[-2:] == "نا"
        and len(head) >= 5
        and head[-3] not in "اوي"
        and head[:2] != "ال"
        and head not in _NA_GIVEN_NAMES
        # (but "وقال مراسلنا في غزة", "وأفاد موفدنا": our correspondent, a
        # title or a body with "our", speaks; rev25)
        and head[:-2] not in _PP_NOUNS
        and not (head[-3] == "ت" and head[:-3] + "ه" in _PP_NOUNS)  # ("مراسلتنا")
    ):
        # "وقال خيارنا واحد «…»", "وأضاف هدفنا هو …": a noun with the
        # suffix "our" (no article) opens the speaker's own words (a name
        # in نا has a long vowel before it, "لينا", "ديانا", "فيرونا",
        # but for a few: "يوحنا"; dev22s. The given names in نا, "رنا",
        # "دينا", "لينا", fail the length or the vowel test already)
        return True
    if (
        (stem := _owned_stance(head))
        and (_derived_masdar(stem) or stem in _STANCE_NOUNS)
        # (not "وقالت أستاذة الاقتصاد": a feminine title, its ة folded to ه)
        and head not in lx.TITLES
        # (nor "وقال القادة العسكريون": a broken plural of persons in ة
        # after the article, "القاد" an إفعال to the shape test)
        and head not in _TITLE_BROKEN_PLURALS
        and head not in _BROKEN_PLURALS_OF_PERSONS
    ):
        # "وجدد الرئيس استبعاده اللجوء …", "وأبدى المدرب ارتياحه", "وجددت
        # الوزيرة رفضها": a verbal noun with the subject's own pronoun is
        # the verb's object after a bare title, no name (a name in ه, "طه",
        # "نبيه", "وجيه", has no verbal noun before it)
        return True
    if _abstract_noun(head):
        # "نفى الوزير إمكانية التخفيض …، قائلا", "أكد الوزير أهمية التعاون":
        # the verb's object after a bare title, no name; the title speaks
        return True
    words = folded.split(" ", 2)
    if len(words) > 1 and _accusative_pair(head, words[1]):
        # "وشن الوزير هجوما عنيفا على …": an indefinite noun and its
        # adjective in the accusative is the verb's object, never a speaker
        return True
    if _glued_to_lam(head):
        # "وقال السفير لقناة …": the addressee, never the subject; "لأول
        # مرة": an adverbial
        return True
    if head[0] in "بل" and head[1:] in _COUNTRIES:
        # "سفير واشنطن ببغداد"، "قال السفير بمصر": a country or a capital
        # glued to بـ/لـ is where (or to whom), never a name
        return True
    if _glued_to_ba(head) or (len(words) > 1 and _ba_bare_masdar(head, words[1])):
        # "التي أقامها الوزير بحضور لفيف من …": the circumstance, no name
        return True
    if (
        head[-1] == "ا"
        and len(head) >= 6
        and (head[:2] == "مت" or head[:3] == "مست")
        # (not a person's post in the dual in construct with a definite
        # noun, "وأضاف مستشارا الرئيس: «…»": the two advisers; mend33b)
        and not (
            len(words) > 1
            and words[1][:2] == "ال"
            and words[1] != "الي"
            and _person_post_dual(head)
        )
    ):
        # "وتابع متذمرا من أن …"، "ورد مستنكرا": a participle of the forms
        # تفعّل/تفاعل/استفعل in the accusative tells how the subject the
        # verb elides acted, never who (no name has that shape)
        return True
    if head in _GLUED_PREPOSITIONS:
        # "فيتابع بسبب قوله": a preposition glued to its بـ, no name
        return True
    if head[0] == "ف" and _derived_imperfect(head[1:]):
        # "أما النائب X فيحاكم بسبب قوله": the verb of the answer to أما
        # (ف and a present verb of a derived form), no name
        return True
    cue = _CUES.get(head)
    return (
        cue is not None
        and cue.kind in (lx.VERB, lx.RELAY)
        # ("وقال طالبها السابق X": also the noun "her student"; bare, "وقال
        # طالب جامعي", the noun after a verb of saying, cue_at; kw32)
        and not (
            cue.lemma == "طالب"
            and head[:4] == "طالب"
            and (head == "طالب" or head.endswith(("ه", "ها", "هم")))
        )
    )


# Times (words._TIME_UNITS but the demonstrative and the quantifiers),
# folded, without the article: no word of a name
_TIME_NOUNS = _words_module._TIME_UNITS - _words_module._words("ذلك عده بضعه")
# scan_np: a body's head with the article ("الحزب", "الوزاره"), folded
_DEFINITE_ORGANIZATION_HEADS = frozenset(w for w in lx.ORGANIZATION_HEADS if w[:2] == "ال")
# Common nouns that head no speaker's phrase, folded, without the article:
# times and an editor's note
_COMMON_HEADS = (
    _TIME_NOUNS
    | _words_module._EDITORS_NOTES
    | _words_module._words(
        # (and "existence", "lack": "نفى وجود «…»", "وأكد عدم …", what a verb
        # of denying or asserting takes, never who; so are "the truth of", "the
        # happening of": "ونفى صحة الأنباء، قائلا", "نفى حدوث/وقوع …")
        "وجود عدم صحه حدوث وقوع"
    )
)


# nouns glued to بـ that are prepositions ("بسبب", "بموجب"), folded
_GLUED_PREPOSITIONS = _words_module._words("بسبب بفضل بفعل بموجب بواسطه بخلاف")
# scan_np: "spoke" (past and present, both genders) after an unnamed source,
# before whom it spoke to ("مسؤول تحدث للصحفيين", "مصادر تحدثت إلى …")
_SPOKE_TO = _words_module._SPOKE | _words_module._SPEAKING
_TO_OR_WITH = _words_module._words("الي مع")


def _derived_imperfect(w: str) -> bool:
    """A present verb of the third person of a derived form, ي and the
    shapes يفاعل ("يحاكم", "يطالب"), يفتعل ("ينتقد") or يستفعل
    ("يستقبل"): no long vowel but the alif of يفاعل."""
    n = len(w)
    if n == 5 and w[0] == "ي" and w[2] == "ا":
        return (
            w[1] not in _LONG_VOWELS
            and w[3] not in _LONG_VOWELS
            and w[4] not in _LONG_VOWELS
            and w not in lx.TITLES
            and w not in lx.ORGANIZATION_HEADS
        )
    return n >= 5 and _imperfect_verb(w)


# the letter ة (and its presentation forms), which folding writes ه
_TA_MARBUTA = frozenset("ةﺓﺔ")


# The helpers of the methods called on every phrase or cue (phrase_entity,
# classify, cue_at) are module functions, not closures, and their scans plain
# loops, not generators: a closure, a comprehension or a generator made the
# variables it reads cells, allocated on every call.
def _index_in(words: list[str], i: int, j: int, marks, default: int | None = None) -> int | None:
    """The index of the first of ``words[i:j]`` in ``marks``, or ``default``."""
    for k in range(i, j):
        if words[k] in marks:
            return k
    return default


def _outlet_initials_end(words: list[str], i: int, j: int) -> int:
    """The index in ``words[i:j]`` of the second of a radio's or a channel's
    initials spelt in letters' names ("أف أم", "تي في"), or -1."""
    for k in range(i + 1, j):
        if _OUTLET_TAIL_PAIRS.get(words[k - 1]) == words[k]:
            return k
    return -1


def _replied_to(toks: list[str], i: int, j: int) -> bool:
    """ "على" and what is replied to ("على رد الوزير") at a token in [i, j)."""
    return any(toks[k] == "علي" and toks[k + 1].startswith(_REPLIED_TO) for k in range(i, j))


def _surface(doc: _Doc, a: int, skip: int, prefix: str, i: int, j: int) -> str:
    """The original text of tokens [i, j) of a phrase that starts at token
    ``a``, whose first token loses ``skip`` letters for ``prefix`` ("للوزير"
    -> "الوزير")."""
    if i >= j:
        return ""
    if i == a and skip:
        return prefix + doc.orig(doc.starts[a] + skip, doc.ends[j - 1])
    if doc.offsets is None:  # (doc.orig inlined: ~40 calls an article)
        return doc.text[doc.starts[i] : doc.ends[j - 1]]
    return doc.orig(doc.starts[i], doc.ends[j - 1])


def _articles(doc: _Doc, a: int, b: int) -> list[bool]:
    """Which of tokens [a, b) open with the article: a folded "ال" that was
    a plain alef in the original ("آلان"/"ألكسندر" fold to "ال…" too, but an
    article never carries a hamza or madda, so those are names; nor does a
    given name printed without it, _AL_GIVEN_NAMES)."""
    toks, text, starts = doc.toks, doc.text, doc.starts
    # (indexed over range(a, b): cheaper than zipping two slices; a loop, not
    # a comprehension, which made its four variables cells: ~30 % faster)
    out = []
    if doc.offsets is None:
        for k in range(a, b):
            t = toks[k]
            out.append("ال" <= t < "ام" and text[starts[k]] == "ا" and t not in _AL_GIVEN_NAMES)
        return out
    offsets = doc.offsets
    for k in range(a, b):
        t = toks[k]
        out.append(t[:2] == "ال" and text[offsets[starts[k]]] == "ا" and t not in _AL_GIVEN_NAMES)
    return out


def _entity(
    text: str,
    kind: str,
    role: str | None,
    g: str,
    n: str,
    pos: int,
    sentence: int,
    accusative: bool,
) -> _Entity:
    """A mention read from a phrase, with no name key."""
    if accusative and kind == ANONYMOUS:
        # "أن مسؤولا كويتيا رفيعا أبلغ": the source named in the
        # nominative, "مسؤول كويتي رفيع", as elsewhere in the article
        text = _nominative(text)
        role = _nominative(role) if role else role
    return _Entity(text, kind, role, g, n, pos, sentence, "")


# scan_np, classify: "a number of", "a group of" before من and a definite
# plural, the ones who speak ("قال عدد من السكان إن"), folded
_NUMBER_OF = _words_module._words("عدد مجموعه العديد طايفه شريحه ثله نخبه")
# scan_np, classify: the adjective of size a number or a group may take
# before من ("عدد كبير من السكان", "مجموعة صغيرة من الطلاب"), folded
_SIZE_OF_NUMBER = _words_module._words(
    "كبير صغير قليل محدود ضخم هايل كثير وافر كبيره صغيره محدوده ضخمه واسع واسعه"
)
# scan_np, classify: tens, hundreds, thousands of a definite plural, with
# من or in construct ("عشرات من التجار", "مئات العمال"), folded
_MULTIPLES = _words_module._words("عشرات ميات الاف")
# scan_np: the suffixes of "their" (هم, هن; هما ends in ما) and the endings
# of a sound plural or of a plural in ات, folded
_THEIR = frozenset(("هم", "هن"))
# a noun of five letters at least with "their" and no article ("رفضهن",
# "غضبهم"; scan_np reads it for every word, a lookup)
_THEIR_NOUN = _words_module._WordTable(lambda t: t[-2:] in _THEIR and len(t) >= 5 and t[:2] != "ال")
_words_module.token_prefill(_THEIR_NOUN)  # (_np_read reads it of every word)
_PLURAL_ENDINGS = frozenset(("ات", "ين", "ون"))
# broken plurals of people who hold no post ("بعض السكان", "بعض الأهالي"),
# folded: some of them speak with no role (phrase_entity)
_PEOPLE_NO_TITLE = _words_module._words("سكان اهالي شهود نشطاء")
# the adjectives that make "the kingdom" a state's name ("المملكة العربية
# السعودية", "المملكة المتحدة", "المملكة المغربية"), folded
_KINGDOM_ADJECTIVES = _words_module._words("العربيه المتحده المغربيه الاردنيه الهولنديه")
# "several" before an indefinite plural ("عدة منظمات حقوقية", "بضعة نواب"),
# folded: a group of unnamed speakers (phrase_entity)
_SEVERAL = _words_module._words("عده بضعه بضع")
# broken plurals of bodies and of people that several may count ("عدة أحزاب
# معارضة", "عدة نواب"), folded
_BROKEN_PLURAL_HEADS = _words_module._words(
    "احزاب نواب نشطاء ناشطين حركات هييات جمعيات قوي فصايل دول اطراف مسوولين قاده زعماء "
    "خبراء محللين شهود سكان اهالي مواطنين"
)

# classify: a title, a mark or a comma between a title and a name
_TITLES_MARKS_COMMAS = lx.TITLES | _MARKS_OR_PAREN | _COMMAS


# plurals in م-ات of things a report tells, no women who say
# (the participle rule in the definite ات plural's reading)
_THINGS_IN_M = _words_module._words(
    "معلومات معطيات مستندات مذكرات مخططات محادثات مراسلات مفاوضات مشاورات "
    "مكالمات موشرات مستجدات مقترحات ملفات مراجعات منشورات مخرجات معاينات"
)


def _place_then_name(toks: list[str], is_word, in_quote, j: int, limit: int) -> bool:
    """After lately (مؤخرا, حديثا) at ``j - 1`` in scan_np: the post's place,
    لدى or في and one word, then a plain name word ("السفير المعين مؤخرا لدى
    المغرب X")."""
    return (
        j + 2 < limit
        and toks[j] in ("لدي", "في")
        and is_word[j + 1]
        and is_word[j + 2]
        and not in_quote[j + 1]
        and not in_quote[j + 2]
        and _NP_KIND[toks[j + 2]] == 1
        and toks[j + 2] not in _CUE_WORDS
    )


def _honoured_name_end(toks: list[str], i: int, limit: int) -> int:
    """ "مدير مكتب السيد عمار الحكيم في البصرة كريم العبادي", "… الشيخ خالد
    بن محمد آل Y Z Q": the honorific at ``i`` opens the genitive of a
    person's office, the one whose office it is; his name (a bare first word
    or one after a link, عبد/بن/أبو, then the words with the article or a
    link and its word) ends where the post's place or its holder's name
    opens. That end, when two words at least follow it; else 0 (the name
    after the honorific is the speaker's, as before)."""
    j = i + 1
    while j < limit and toks[j] in _NAME_LINKS:
        j += 1  # ("السيد عبد العزيز الحكيم", "الشيخ أبو بكر X")
    if j >= limit or not toks[j].isalpha():
        return 0
    j += 1
    while j < limit and (
        (
            "ال" <= toks[j] < "ام"
            and toks[j] not in lx.HONORIFICS
            and toks[j] not in _TITLES_BEFORE_NAME
        )
        or toks[j] in _NAME_LINKS
    ):
        # ("بن محمد", "آل نهيان"; not "الدكتور X", "اللواء X", how the
        # holder is addressed)
        j += 2 if toks[j] in _NAME_LINKS else 1
    if j + 1 >= limit or not toks[j].isalpha() or not toks[j + 1].isalpha():
        return 0
    return j


def _honoured_name_ends_phrase(words: list[str], j: int, limit: int) -> bool:
    """The words from ``j`` to ``limit`` go on the name after an office's
    honorific to the phrase's end: words with the article ("الحكيم") or a
    link and its word ("بن محمد", "آل ثاني"), no holder's name after them."""
    while j < limit:
        if words[j] in _NAME_LINKS:
            j += 2
        elif "ال" <= words[j] < "ام" and words[j] not in lx.HONORIFICS:
            j += 1
        else:
            return False
    return j == limit


def _plain_words(toks: list[str], is_word, a: int, b: int) -> bool:
    """Tokens [a, b) are words, none a stop word or a role preposition
    (scan_np; a loop, not all() over a generator: see _index_in)."""
    for k in range(a, b):
        if not is_word[k] or toks[k] in lx.NP_STOP or toks[k] in _ROLE_PREPOSITIONS:
            return False
    return True


def _all_in_ya(toks: list[str], a: int, b: int) -> bool:
    """Tokens [a, b) all end in ي (nisbas after a source: scan_np)."""
    return all(toks[m][-1:] == "ي" for m in range(a, b))


def _all_definite(toks: list[str], a: int, b: int) -> bool:
    """Tokens [a, b) all open with the article (phrase_entity,
    person_in_marks_shape; a helper, so that phrase_entity holds no
    generator: see _index_in)."""
    return all(toks[m][:2] == "ال" for m in range(a, b))


def _bare_name_words(toks: list[str], a: int, b: int) -> bool:
    """Tokens [a, b) may be words of a name after a title word that is a
    first name too: no article, no title, country, body or place (the last
    may be a family name with the article: "سلطان الخصاونة")."""
    return all(
        (toks[m][:2] != "ال" or (m == b - 1 and _ruled_family_name(toks[m])))
        and toks[m] not in _TITLE_LIKE
        and toks[m] not in _COUNTRIES
        and toks[m] not in _ORGANIZATION_HEADS
        and toks[m] not in _PLACE_HEADS
        for m in range(a, b)
    )


def _ruled_family_name(w: str) -> bool:
    """``w`` (folded, with the article), after a ruler's title word that is a
    given name too (سلطان، أمير، ملك), is a family name ("سلطان الخصاونة",
    "أمير الخطيب"), not what a ruler rules ("أمير المنطقة", "ملك
    الأردن", "أمير المؤمنين", "أمير البلاد") nor a title."""
    bare = w[2:]
    return (
        w[:2] == "ال"
        and len(bare) >= 3
        and w not in _COUNTRIES
        and bare not in _COUNTRIES
        and w not in _TITLE_LIKE
        and bare not in lx.TITLES
        and w not in _TITLE_NAME_GENITIVES
        and w not in _BODY_OR_PLACE_HEADS
        and bare not in _BODY_OR_PLACE_HEADS
        and bare not in _RULED_FEMININE
        # ("سمو أمير البلاد الشيخ X Y": the state itself, what he rules;
        # dev24s)
        and w not in _words_module._STATE_ITSELF
    )


def _ruler_named(words: list[str], art, i: int, n_words: int) -> bool:
    """ "الشيخ سلطان X", "اللواء أمير X": a ruler's title word without the
    article right after an honorific or a rank (``i`` > 0: the honorific
    loop stepped over them), before a name word, is the given name."""
    if i == 0 or i + 1 >= n_words or words[i] not in _TITLE_FIRST_NAMES:
        return False
    nxt = words[i + 1]
    if art[i + 1]:
        return _ruled_family_name(nxt)
    return _bare_name_words(words, i + 1, i + 2) and nxt.isalpha() and nxt[:1] not in "لب"


# second_of_between: بين with or without its pronoun ("بينه وبين …")
_BETWEEN_FORMS = _words_module._words("بين بينه بينها بينهم بينهما بيننا بينكم بيني بينك")


# persons_with_word: past this many persons met, they are filed by the
# words of their keys (under it, a walk over them all is cheaper)
_PERSONS_FILED = 16
_NO_PERSONS: list = []


# persons_holding_or_within: a name of more words than this is matched by
# a walk over the persons met (each of its 2 ** n subsets is looked up)
_SUBSETS_MAX = 6


def _file_at(filed: dict, k, i: int) -> None:
    if (held := filed.get(k)) is None:
        filed[k] = [i]
    else:
        held.append(i)


def _file_under_words(filed: dict, key: str, i: int) -> None:
    """File the position ``i`` of a person met under each word of his name
    key ``key`` and under the set of them, empty for a key of no word
    (person_positions, persons_holding_or_within, file_person: one filing,
    not two)."""
    words = key.split()
    for w in words:
        _file_at(filed, w, i)
    _file_at(filed, frozenset(words), i)


def _first_word(surface: str) -> str:
    """The first word of the folded surface of a person's name (titled_before
    reads his name after a title from it), "" for none."""
    name = _NORMALIZED[surface].split(None, 1)
    return name[0] if name else ""


def _file_loose(loose: dict, surface: str, i: int) -> None:
    """The same for the words of the loose key of his surface: each word it
    offers (_LOOSE_ALL) and the set it matches with (_LOOSE_MATCH)."""
    for w in _LOOSE_ALL[surface]:
        _file_at(loose, w, i)
    _file_at(loose, _LOOSE_MATCH[surface], i)


class _Phrases:
    """Speech cues and noun phrases (mixin of engine._Extractor)."""

    __slots__ = ()  # (see engine._Extractor)

    def second_of_between(self, k: int) -> bool:
        """Token ``k`` is "وبين" after a بين earlier in its clause, the
        preposition before the second party ("مسافة بينه وبين المواقف", "بين
        الحزب وبين الحكومة"), no verb "وبيّن" (and he explained)."""
        toks = self.doc.toks
        if toks[k] != "وبين":
            return False
        if k + 1 < len(toks) and (toks[k + 1] in _THAT or toks[k + 1] == ":"):
            return False  # ("…، وبين أن «…»": the verb and its that-clause)
        for j in range(k - 1, k - 8 if k > 8 else -1, -1):
            t = toks[j]
            if t in _BETWEEN_FORMS:
                return True
            if t in _SENTENCE_END or t in _COMMAS or t == ":" or t in QUOTE_MARKS:
                return False
        return False

    # -- cues and noun phrases -----------------------------------------------

    def second_term_of_bayna(self, i: int) -> bool:
        """Token ``i``, a verb of saying with و, is the second term of بين
        two or three words before it ("وقارن بين الخطة وكشف الحساب"): a
        verbal noun in construct, no verb. The first term is one singular
        word, with an adjective or a genitive at most (a dual or a plural
        is a whole term alone: "بين الخطتين وكشف أن"), and a word follows
        that is no أنّ nor a mark."""
        toks = self.doc.toks
        k = i - 2 if toks[i - 2] in _BAYNA else i - 3
        if (
            i + 1 >= self.n
            or not self.is_word[i + 1]
            or toks[i + 1] in _THAT
            or toks[i] in lx.CUES  # (its و a root letter: "وصف")
        ):
            return False
        for j in range(k + 1, i):
            if not self.is_word[j] or self.in_quote[j]:
                return False
        first = toks[k + 1]
        return first[-2:] not in _PLURAL_ENDINGS and first[-2:] != "ان"

    def attributed_ahead(self, j: int) -> bool:
        """إلى, the particle of نسب, stands in the clause from token ``j``
        (up to ten words, to the first mark or punctuation, or a word of
        four letters or more opening with ي or ت, a present verb's shape,
        nouns such as تقرير included: "ارتفاع نسب التضخم يعود إلى", the إلى
        of another verb)."""
        toks = self.doc.toks
        for k in range(j, min(j + 10, self.n)):
            if not self.is_word[k] or self.in_quote[k]:
                return False
            w = toks[k]
            if w == "الي":
                return True
            if w[0] in "يت" and len(w) >= 4:
                return False
        return False

    def clause_opens_feminine(self, c: int) -> bool:
        """Whether one of the first three words of the sentence that runs up
        to the comma at c (at most 16 tokens back) is feminine: a past verb
        in ت, a present in ت or a noun in ة ("وانتقدت الوزيرة", "الوزارة
        أصدرت"); "وأشار التقرير" has none."""
        toks, is_word = self.doc.toks, self.is_word
        k = c - 1
        while k >= 0 and k > c - 16 and toks[k] not in _CLAUSE_OPENING_STOPS:
            k -= 1
        seen = 0
        for m in range(k + 1, c):
            if not is_word[m]:
                continue
            t = toks[m]
            if len(t) > 3 and t[0] in "وف":
                t = t[1:]
            if t[-1] in "ته" or t[0] == "ت":
                return True
            seen += 1
            if seen == 3:
                break
        return False

    def cleft_who(self, i: int) -> bool:
        """The verb at ``i`` follows من right after a pronoun of the third
        person, a cleft ("الوزير هو من قال", "X هي من قالت"): "he is the one
        who said", no "whoever"; the subject before the pronoun speaks."""
        return (
            i > 2
            and self.doc.toks[i - 1] == "من"
            and self.doc.toks[i - 2] in _CLEFT_PRONOUNS
            and self.is_word[i - 3]
        )

    def highlighted_that(self, i: int) -> bool:
        """After "وأبرز" at token ``i``, its subject (or none) and an aside
        in commas, then أنّ within twelve words, before any mark, colon or
        full stop: the verb "highlighted", not the elative "the most
        salient" ("وأبرز ما …", "وأبرز المداخلات:")."""
        toks = self.doc.toks
        if i + 1 < self.n and not self.highlighting_subject(toks[i + 1]):
            return False
        for k in range(i + 1, min(i + 13, self.n)):
            t = toks[k]
            if t in _THAT:
                return True
            if not self.is_word[k] and t not in _COMMAS:
                return False
        return False

    def pleaded_that(self, i: int) -> bool:
        """After a form of دفع at token ``i``, its subject and an aside in
        commas, then بأن within twelve words, before any mark, colon or full
        stop: the verb "pleaded" of court reports ("ودفع المحامي X، دفاع
        المتهم، بأن «…»"), not "paid" or "pushed" (kw35b); nor after إلى or
        a verbal noun of saying ("دفعت الأزمة الوزير إلى التصريح بأن":
        drove him to say; mend33c)."""
        toks = self.doc.toks
        for k in range(i + 1, min(i + 13, self.n)):
            t = toks[k]
            if t in _THAT:
                return t[0] == "ب"
            if (not self.is_word[k] and t not in _COMMAS) or t in _DROVE_TO_SAY:
                return False  # ("ودفعت الأزمة الوزير إلى التصريح بأن": drove to say)
        return False

    def briefed_that(self, i: int) -> bool:
        """After a form of أطلع at token ``i``, its subject and the one told,
        then بأن, or أنّ right after على, within twelve words, before any
        mark, colon or full stop: "briefed him that" ("وأطلع الوزير السفير
        بأن", "أطلعه على أن"), not "read" or "showed" ("اطلع على التقرير")."""
        toks = self.doc.toks
        for k in range(i + 1, min(i + 13, self.n)):
            t = toks[k]
            if t in _THAT:
                return t[0] == "ب" or toks[k - 1] == "علي"
            if not self.is_word[k] and t not in _COMMAS:
                return False
            if t == "علي" and (k + 1 >= self.n or toks[k + 1] not in _THAT):
                # "واطلع X على الخطة، وشدد على أن": a على with a noun for
                # its object is اطّلع على (read); a later "على أن" or بأن
                # is another verb's (mend34e, review B R3)
                return False
        return False

    def highlighting_subject(self, t: str) -> bool:
        """``t``, right after "وأبرز", may open the verb's subject: أنّ or a
        comma (none), a title or an honorific ("الوزير", "رئيس", "السيد"), a
        given name or a word of the name of one named before, a body or a
        document ("الحزب", "البيان"). Anything else is the elative's noun
        in construct, "the most salient": "وأبرز النقاط التي تناولها
        الاجتماع أن", "وأبرز مثال على ذلك أن" (mend29a)."""
        return (
            t in _THAT
            or t in _COMMAS
            or t in lx.TITLES
            or t in lx.HONORIFICS
            or t in _GIVEN_NAMES
            or t in _ARTICLE_FIRST_NAMES
            or t == "عبد"
            or t == "ابو"
            or _body_head(t)
            or t in lx.ORGANIZATION_HEADS
            or t in lx.DOCUMENT_HEADS
            or (t[:2] == "ال" and (t[2:] in lx.ORGANIZATION_HEADS or t[2:] in lx.DOCUMENT_HEADS))
            or self.known_name_word(t)
        )

    def news_verb_after_name(self, k: int, limit: int) -> bool:
        """Token ``k``, after a name's words, is a past verb of news
        (words._NEWS_VERB, not يـ/تـ) with a word after it, its object or
        complement ("X Y زار بغداد", "X Y اتهم المعارضة"): the name's own
        verb. Not after a link of a lineage ("مريم بنت التقي": the name),
        nor before a comma or a stop (dev34s)."""
        toks = self.doc.toks
        t = toks[k]
        return (
            t[0] not in "يت"
            and _NEWS_VERB[t]
            and toks[k - 1] not in _NAME_LINKS
            and k + 1 < limit
            and self.is_word[k + 1]
            and not self.in_quote[k + 1]
        )

    def what_said_judged(self, i: int) -> bool:
        """The verb of saying ``i`` (after "أنّ ما") has only its subject's
        words, none in marks, then marks opening (or كان and them): "أن ما
        قاله الوزير السابق «…»", "أن ما ذكره X كان «…»". Not with a colon,
        a comma, هو/هي or أنّ between: "أن ما قاله X: «…»", "ما قاله X هو
        «…»", what X said, in his own words."""
        toks = self.doc.toks
        is_word = self.is_word
        in_quote = self.in_quote
        for j in range(i + 1, min(i + 12, self.n)):
            t = toks[j]
            if t in QUOTE_MARKS:
                if j == i + 1 or in_quote[j - 1] or not in_quote[j]:
                    return False
                # (not "أن ما قاله X «…» يعكس موقف الدولة": a word of the
                # clause after the marks on their line, the predicate
                # follows and the words in marks are X's, in apposition)
                x = j + 1
                while x < self.n and in_quote[x]:
                    x += 1
                doc = self.doc
                return not (
                    x < self.n
                    and is_word[x]
                    and toks[x][0] != "و"
                    and "\n" not in doc.folded[doc.ends[x - 1] : doc.starts[x]]
                )
            if not is_word[j] or in_quote[j] or t in _THAT or t in _HE_SHE_THEY:
                return False
        return False

    def cue_at(self, i: int) -> _CueHit | None:
        toks = self.doc.toks
        word = toks[i]  # (read by most tests below)
        info = self._cue_info_of[word]  # None for a token that is no cue
        if info is None or self.in_quote[i] or not self.is_word[i]:
            return None
        cue, abbara, special, impersonal, preps, plain = info
        nxt = toks[i + 1] if i + 1 < self.n else ""
        if (
            word[0] == "و"
            and i > 2
            and (toks[i - 2] in _BAYNA or toks[i - 3] in _BAYNA)
            and self.second_term_of_bayna(i)
        ):
            return None  # ("بين الخطة وكشف الحساب": a noun, the second term)
        if (
            nxt in _CALLED_FOR_IT
            and i
            and cue is not None
            and cue.lemma == "دعا"
            and cue.kind == lx.VERB
            and self.opens_relative(i)
        ):
            # "في الندوة التي دعا لها اتحاد الكتاب"، "المؤتمر الذي دعت إليه
            # الجمعية": called for it, the event a relative clause
            # describes, no words said; its subject organised, the main
            # verb's speaks (dev18s)
            return None
        if (
            nxt in _ABOUT_IT
            and i
            and cue is not None
            and cue.kind == lx.VERB
            and cue.lemma in _REVEALED_LEMMAS
            and self.opens_relative(i)
        ):
            # "على الوثائق التي كشفت عنها لجنة التحقيق «…»", "الخطة التي
            # أعلن عنها الوزير": revealed it, the thing a relative clause
            # describes, no words said; the main verb's subject speaks
            # (dev19s)
            return None
        if not self._cue_quick_of[word]:
            # (a plain verb none of whose tests keys on it: only the tests
            # of the words around it may hold, _cue_quick)
            if word == "وبين" and self.second_of_between(i):
                return None  # ("بينه وبين رئيس الحكومة": the second party)
            if word in _DECLINE_NOUN_TWINS and i and toks[i - 1] in _GOVERNS_A_NOUN:
                # "وحذرت النقابة من ترد في أوضاع العمال: «…»", "في ظل ترد
                # الأوضاع": the noun تردٍّ (decline) after a preposition or
                # in construct, no verb (mend32e)
                return None
            if (
                word in _READ_IMPERATIVE
                and (nxt in _ALSO or nxt == "المزيد")
                and not (i and self.is_word[i - 1])
            ):
                # "اقرأ أيضا: …", "اقرأ المزيد" opening a line or after a
                # bullet: a page's pointer to other articles, the imperative
                # "read", folded as the dual of أقرّ (whose subject, "المزيد",
                # spoke for the next verb with none)
                return None
            if i and toks[i - 1] in _OFFICERS and word == "وصف":
                # "خاطب ضباط وصف وجنود الجيش": the ranks, no verb of saying
                return None
            if word in _WHAT_SAID_FORMS and (not i or toks[i - 1] not in _WHAT_RELAYED):
                # "أكده"/"ذكره" only after ما, alone or glued ("وهو ما أكده X",
                # "حسبما أعلنه X"), as نقله below: what was said ("السالف ذكره":
                # a noun, his mention)
                return None
            if (
                word in _WHAT_SAID_ANSWERED
                and i > 1
                and (
                    toks[i - 1] in _ON_WHAT_FUSED
                    or (toks[i - 1] == "ما" and toks[i - 2] in _ON_WHAT)
                )
                # (not "استنادا إلى ما قاله X، فإن «…»", "بناء على ما قاله X":
                # his words, the account's source)
                and (
                    i < 3
                    or toks[i - 2 if toks[i - 1] in _ON_WHAT_FUSED else i - 3] not in _BASED_ON
                )
            ):
                # "وقال المسؤول، ردا على ما ذكره X، «…»", "عما قاله الوزير": the
                # words another answers or speaks of, not said here
                return None
            if (
                word in _WHAT_SAID_ANSWERED
                and i > 1
                and toks[i - 1] == "ما"
                and toks[i - 2] in _NAMED_THAT
                and self.what_said_judged(i)
            ):
                # "…، معتبرا أن ما قاله X «يأتي في سياق …»": "what X said" as
                # the noun of أنّ, the words in marks right after its subject
                # are the predicate, the judgement of the clause's speaker,
                # not X's words (dev34s)
                return None
            if cue is not None and cue.kind == lx.VERB and word[-1] == "ه":
                e = self.doc.ends[i]
                if self.doc.orig(e - 1, e) in _TA_MARBUTA:
                    # "وصفة مرادفة للعلم": a noun in ة, folded like a verb and
                    # the pronoun "him" ("وصفه"), is no verb of saying (a
                    # participle in ة, "مضيفة", is one)
                    return None
            if word in _SHOWS_PRESENT and nxt not in _SHOWING_DOCUMENTS:
                # "تظهر برقية أخرى أن …": the present of أظهر is a cue only
                # with a document after it, what it shows; otherwise it is
                # mostly "appears" ("إذ يظهر صبره في الشدائد، متابعا: …"),
                # whose subject says nothing
                return None
            if word in _RECORDS_PRESENT and i and toks[i - 1] in _NEGATIONS_BEFORE_PRESENT:
                # "وأوضح أنه لم تسجل أي وفيات «…»": no deaths were recorded;
                # the noun after the verb ("أي وفيات") is no subject that
                # speaks, the one who tells it does
                return None
            if nxt == "الامر" and word in _IT_CONCERNS:
                # "سواء تعلق الأمر بالاستفتاء أو …": "whenever the matter
                # concerns", no verb of saying ("she comments" takes على); its
                # subject "the matter" spoke the words after the clause
                return None
            if word == "معلقه" and not (
                nxt == ":" or (nxt in QUOTE_MARKS and i and toks[i - 1] in _COMMAS)
            ):
                # "…، معلقة: «…»", "، معلقة «…»": commenting, right before the
                # words; otherwise hanging ("صورة معلقة خلفه")
                return None
            if word in _HIGHLIGHTED and not self.highlighted_that(i):
                # "وأبرز الوزير، في كلمة له، أن «…»": highlighted, with its
                # أنّ; otherwise "the most salient" ("وأبرز ما جاء فيه:",
                # "وأبرز المداخلات: «…»"; dev29r)
                return None
            if cue is not None and cue.lemma == "أطلع" and not self.briefed_that(i):
                # "وأطلع X السفير بأن …", "أطلعه على أن": briefed, with its
                # بأن or "على أن"; otherwise "read" or "showed" ("اطلع
                # الوزير على التقرير", "أطلعه على الوثائق")
                return None
            if cue is not None and cue.lemma == "دفع" and not self.pleaded_that(i):
                # "ودفع المحامي X بأن «…»": pleaded, with its بأن; otherwise
                # paid or pushed ("دفع الثمن", "ما دفع X إلى", «دفع.تن»)
                return None
            if word == "ملاحظه" and not (
                i and toks[i - 1] in _COMMAS and (nxt == ":" or nxt in QUOTE_MARKS or nxt in _THAT)
            ):
                # "…، ملاحظة أن «…»": noting, after a comma and right before
                # the words or their أنّ; otherwise a note ("ملاحظة: …")
                return None
            if word == "ملاحظه" and not self.clause_opens_feminine(i - 1):
                # "وأشار التقرير، ملاحظة أن …", "ونشر الموقع الخبر، ملاحظة:
                # …": the feminine participle agrees with no masculine verb
                # or subject; it is the noun "a note", and the clause's
                # subject keeps the words (mend25a)
                return None
            if (
                i >= 2
                and toks[i - 1] == "ان"
                and toks[i - 2] in _WANTING
                and word[:1] in "يت"
                and cue is not None
                and cue.kind == lx.VERB
            ):
                # "وأوضح أن جهات تريد أن تشكك «في …»": the verb after a verb of
                # wanting or trying and أنْ is what they seek to do, no words
                # reported; the words are the reporting verb's speaker's
                return None
            if word in _SEEING_FORMS:
                doing = False
                for k in range(i + 1, min(i + 14, self.n)):
                    t = toks[k]
                    if t in _THAT or t in _RELATIVES or t in _HE_SHE or t == ":":
                        # ("ويرى مراقبون يتابعون الملف أن": a present verb that
                        # describes the subject before أنّ; "الذي يعمل", "وهو
                        # يستعرض": the relative's, the aside's)
                        doing = False
                        break
                    if not self.is_word[k] or self.in_quote[k]:
                        break
                    if not doing and _doing_verb(t):
                        doing = True
                if doing:
                    # "رأى شبانا يبنون مشاريعهم", "رأى X العالم يتغير",
                    # "ورأى ساسة في منطقتنا يعززون …": saw someone doing
                    # something, a present verb after what is seen and no أنّ
                    # in the clause; no verb of saying (its object and that verb
                    # were read as a speaker the next words took)
                    return None
            if (
                word[:1] in "يت"
                and i >= 2
                and cue is not None
                and cue.kind == lx.VERB
                and toks[i - 1][:2] != "ال"
                and (
                    (toks[i - 1] in lx.ANONYMOUS_HEADS and (h := i - 1))
                    or (toks[i - 2] in lx.ANONYMOUS_HEADS and (h := i - 2))
                )
                and (said := _CUE_INFO[toks[h - 1]]) is not None
                and said[0] is not None
                and said[0].kind == lx.VERB
            ):
                # "وقال مسؤول أمريكي يتابع الملف إن «…»": a present verb right
                # after the indefinite source a verb of saying has for subject
                # describes it (a clause with no relative after an indefinite
                # noun), no verb of saying of its own; so does the feminine
                # ("وقالت مصادر تتابع الملف"), and with the verb of saying
                # opening the text ("قال مسؤول يتابع")
                return None
            if (
                i
                and toks[i - 1] in _RELATIVES
                and cue is not None
                and cue.kind == lx.VERB
                and nxt
                and self.is_word[i + 1]
                and nxt not in _THAT
                and _lemma_key(cue) in _GOING_ON_VERBS
            ):
                # "الخبير X الذي يتابع الأسواق منذ سنوات يرى أن": a verb of
                # going on right after a relative, before its object, follows
                # or completes something in the clause that describes the one
                # before it; no verb of saying ("الذي قال إن" still is one)
                return None
            if word == "للقول" and self.prompted_at(i) < 0:
                # ("لا مجال للقول إن": no one prompted to say)
                return None
            if word in _SAYING_NOUN_FORMS and not (
                nxt in _THAT or (nxt == "علي" and i + 2 < self.n and toks[i + 2] in _THAT)
            ):
                # "مع التأكيد على أهمية …": a noun, no words told
                return None
            if abbara:
                # "عبّر الوزير عن …" (verb) but "عبر الحدود" (preposition)
                # (a title's subject may run longer: "عبّر رئيس حزب الاتحاد
                # الشعبي للعدالة والتنمية X Y Z عن …", a title and a name)
                end = i + 9 if i + 1 >= self.n or not _IS_TITLE_HEAD[toks[i + 1]] else i + 14
                end = min(self.n, end)
                k = i + 1
                marked = False
                while k < end:
                    if toks[k] == "عن":
                        cue = _ABBARA
                        break
                    if not self.is_word[k]:
                        if toks[k] not in QUOTE_MARKS or k == i + 1 or end > i + 19:
                            break
                        # "عبّر رئيس حزب الأمل «نور» X عن …": a body's short
                        # name in marks in the subject counts no word
                        marked = not marked
                        end = min(self.n, end + 1)
                    elif marked:
                        end = min(self.n, end + 1)
                    k += 1
            if cue is not None:
                if (
                    cue.lemma == "أجاب"
                    and i
                    and word.endswith(("ه", "ها", "هم"))
                    and toks[i - 1] in _NO_ONE_ANSWERS
                ):
                    # "ولا أحد يجيبه عن «…»", "لم يجد من يجيبه", "لا يجيبها":
                    # negated, or no one or whoever answers, no words said
                    return None
                if (
                    cue.lemma == "زاد"
                    and i
                    and toks[i - 1][:2] == "ال"
                    and self.is_word[i - 1]
                    and nxt != ":"
                ):
                    # "وأردفت أن التركيز زاد أكثر «…»": after the noun it follows,
                    # the bare verb is "grew", not the Maghrebi "he added" (which
                    # opens its clause: "وزاد المتحدث")
                    return None
                if (
                    cue.kind == lx.VERB
                    and i > 1
                    and toks[i - 2] in _ANY
                    and word[0] in "يت"
                    and self.is_word[i - 1]
                    and toks[i - 1] not in _THAT_FAMILY  # ("أي أنه يقول": "that is")
                ):
                    # "إنه لا توجد أي وثائق تثبت أن «…»", "أي مسؤول يقول إن":
                    # a verb after "any" and its noun tells of whatever there may
                    # be, nobody's words: the marks inside are the speaker's who
                    # tells the clause
                    return None
                if word == "يعرب" and self.yarub_named(i):
                    return None  # "قال وزير النقل السوري يعرب بدر": a name
                if cue.lemma == "دون" and _PAGES.isdisjoint(toks[i + 2 : i + 9]):
                    # "دون أن يذكر", "دون شك": "without"; "دوّن X في صفحته",
                    # "دونت X على حسابها" wrote on a page or an account
                    return None
                if word in _HE_SHE_NOUNS and i and toks[i - 1] in _HE_SHE:
                    # "وقال أمين، وهو طالب جامعي، إن": right after وهو/وهي the
                    # noun (student, witness) that says what the person is; a
                    # past verb there would need قد
                    return None
                if (
                    cue.lemma == "طالب"
                    and word[:4] == "طالب"
                    # (or bare: "وقال طالب جامعي (21 عاما) إن", a student;
                    # no verb follows a verb of saying with no و; kw32)
                    and (word == "طالب" or word.endswith(("ه", "ها", "هم")))
                    and i
                    and self.is_word[i - 1]
                    and (c := _cue_of(toks[i - 1])) is not None
                    and c.kind == lx.VERB
                ):
                    # "وقالت طالبته السابقة X إن": right after a verb of saying,
                    # its subject, the noun "his/her/their student", not the
                    # verb "demanded of him" (f19b347's "طالبهم مرارا")
                    return None
                if (
                    cue.lemma == "دعا"
                    and i
                    and toks[i - 1] in _WHAT_PROMPTED
                    and word.endswith(("ه", "ها", "هم"))
                ):
                    # "وهو ما دعاهم إلى «…»": what prompted them, no call
                    return None
                if (
                    cue.lemma == "دعا"
                    and cue.kind == lx.VERB
                    and (word[1:] if word[:1] in "وف" else word) in _CALLED_ON_FORMS
                ):
                    # "ودعاه الرئيس إلى «حفل العشاء الرسمي» في قصر قرطاج": the
                    # clause goes on after the marks, which name what he is
                    # invited to, no words of the one who calls
                    n = self.n
                    k = _index_in(toks, i + 1, min(n, i + 12), QUOTE_MARKS, -1)
                    if k > 0 and k + 1 < n and self.in_quote[k + 1]:
                        m = k + 1
                        while m < n and self.in_quote[m]:
                            m += 1
                        if m + 1 < n and self.is_word[m + 1] and not self.in_quote[m + 1]:
                            return None
                if nxt == "فعل" and cue.lemma == "رد":
                    # "وجاء رد فعل الوزير X سريعا", "رد فعل الحكومة": the noun
                    # "reaction", not the verb "replied" with 'فعل' its subject
                    return None
            if word in _IN_RELAYING and i and toks[i - 1] == "في":
                # "وتابع التقرير في نقله عن السفير X «…»": after في, نقله is
                # the verbal noun of relaying with its owner's pronoun, no
                # verb with its object (a relay only after ما); the
                # prepositional cue below reads it, as نقلها
                cue = None
        if cue is not None:
            if (
                cue.kind == lx.VERB
                and i > 1
                and toks[i - 2] in _COMMAS
                and word == _lemma_key(cue)
                and (v := toks[i - 1])[0] == "و"
                and v[:3] != "وال"
                and len(v) >= 4
                and _NP_KIND[v] == 1
                and self.is_word[i - 1]
                and not self.in_quote[i - 1]
                and v[1:] not in _THAT_FAMILY  # ("، وأنه قال له إن")
                and v[1:] not in lx.NP_STOP
                and not self.known_name_word(v[1:])
            ):
                # "…، واستنكر وصف X للضابط بالكذاب", "…، وانتقد رد X": the
                # bare past form right after the verb that opens a clause
                # joined by و is its object, the verbal noun, not a verb whose
                # subject X would speak for the verbs with no subject after it
                return None
            if (
                cue.kind == lx.VERB
                and i
                and (
                    (toks[i - 1] in _ABOUT_WHOEVER_IN and not self.cleft_who(i))
                    # "سؤال عما إذا كان يعتبر القرار خطأ": whether, the question
                    or (i > 1 and toks[i - 1] == "اذا" and toks[i - 2] in _WHETHER)
                    or (
                        i > 2
                        and toks[i - 1] in _KANA
                        and toks[i - 2] == "اذا"
                        and toks[i - 3] in _WHETHER
                    )
                )
            ):
                # "على رد الوزير", "في رد مقتضب على …": a noun after a
                # preposition; "لمن يتابع الشأن المحلي": a verb after
                # "whoever" tells of anyone; "سؤال هل تعتبر …": a question
                return None
            if (
                (i and toks[i - 1] in _NOUN_MARKERS)
                or nxt in _IDENTITY_OBJECTS
                # "لم تكشف البرقية اسمه": the name withheld after the subject
                or (i + 2 < self.n and toks[i + 2] in _IDENTITY_OBJECTS and self.is_word[i + 1])
            ) and not (toks[i - 1] in _HE_SHE and (i < 2 or _cue_of(toks[i - 2]) is None)):
                # "شريطة عدم ذكر اسمه": a verbal noun, not a verb; "ويقول وهو
                # يشير برأسه نحو …:": a circumstantial clause after the cue
                # verb, not a cue of its own (but "وهي تقول:" alone is one)
                return None
            if nxt in _AS_FAR_AS and cue.lemma == "قدر":
                # "والابتعاد قدر المستطاع عن …، وقال:": "as far as
                # possible", no verb "estimated" whose subject would speak
                return None
            if (
                nxt == "كل"
                and cue.kind == lx.VERB
                and i + 3 < self.n
                and toks[i + 2] == "من"
                and self.is_word[i + 3]
                and not self.in_quote[i + 3]
            ):
                # "وأكد كل من الوزير X والنائب Y أن": "each of", then the
                # speakers joined by و; the first is read, as with no كل من
                return _CueHit(i, i + 3, cue)
            if (
                (
                    cue.lemma == "أبان"
                    # (only the masculine is spelt as إبان: "وأبانت الهيئة في
                    # بيان أن", "أبانوا" stay cues before any subject; kw33b)
                    and word[-3:] == "بان"
                    and (len(word) == 4 or word[0] in "وف")
                )
                and not (
                    nxt in lx.TITLES
                    or nxt in lx.HONORIFICS
                    or nxt in lx.ANONYMOUS_HEADS
                    or nxt in _GIVEN_NAMES
                    or nxt in _THAT
                    or nxt == ":"
                    # ("وأبان في تصريح صحفي أن", "وأبان خلال حديثه", "وأبان،
                    # …", "وأبان لوكالة الأنباء", "وأبان البيان الختامي أن":
                    # no noun of time or event follows "during"; mend31b)
                    or nxt in _IN_OR_DURING
                    or nxt in _COMMAS
                    or (
                        nxt[:1] == "ل"
                        and (nxt[1:] in _OUTLET_HEADS or nxt[1:] in lx.ORGANIZATION_HEADS)
                    )
                    or (nxt[:2] == "ال" and nxt[2:] in lx.DOCUMENT_HEADS)
                )
            ):
                # "أبان المدير أن": stated (Sudanese press); but "إبان الحرب",
                # "أكد إبان زيارته أن", folded alike: during, before a noun
                # that is no person (rev33)
                return None
            if plain:
                return _CueHit(i, i + 1, cue)  # (what the tests below come to)
            if (
                word in _BAYNA
                and i
                and (
                    self.is_word[i - 1]
                    # "إبراز «التناقض» بين الموقف الرسمي و«…»": after a noun
                    # in marks, right after its closing mark (a mark before
                    # it that opened words would have "بين" inside them)
                    or toks[i - 1] in QUOTE_MARKS
                )
                and toks[i - 1] not in _CONJUNCTIONS
                and toks[i - 1] not in _AUXILIARIES
                and _NP_KIND[nxt] < 3
            ):
                # "الخلافات بين أقطاب الفريق": the preposition ("مواجهة بين
                # النائب X ووزير المالية Y" still names who then speaks)
                return None
            if (
                word in _BAYNA
                and nxt[:2] == "ال"
                and nxt[-2:] == "ين"
                and len(nxt) > 5
                and _NP_KIND[nxt] == 2
            ):
                # "أشاد بالروابط، بين الشعبين المصري والمغربي": a definite
                # dual or plural in the oblique case is the preposition's
                # object (the verb's subject would read "الشعبان")
                return None
            if (
                cue.lemma == "تابع"
                and nxt[:1] == "ب"
                and cue.kind == lx.VERB
                and word[0] not in "وف"
                and i
                and self.is_word[i - 1]
                and toks[i - 1] not in _HE_SHE
                and nxt not in _THAT
                and nxt != "بالقول"
            ):
                # "أن بلاده تتابع بـ«كثير من الاحترام» الوضع": after its
                # subject, with ب and a manner, "follows, watches", not "went
                # on" (which opens its clause: "وتتابع بصوت منخفض:", "وهي
                # تتابع بحزن"; and "تابع بالقول", "بأن": went on saying)
                return None
            if (
                cue.lemma in _PROTESTING
                and cue.kind == lx.PARTICIPLE
                and not (nxt == ":" or nxt in _THAT or (nxt and nxt in QUOTE_MARKS))
            ):
                # "غادر القاعة محتجا، وقال": protesting, the manner of another
                # verb; a cue only right before the words ("محتجا «…»",
                # "مستنكرا: «…»", "منددا أن")
                return None
            if cue.kind == lx.PARTICIPLE and i and toks[i - 1] in _NOT_ADJECTIVE:
                # "أنباء غير مؤكدة «…»", "اتهامات غير مبررة": after "غير" the
                # participle is an adjective (unconfirmed), no cue; so after
                # "ليس" ("وليس مستبعدا أن «…»", "ليس متوقعا أن": not
                # unlikely), the predicate of no one's words
                return None
            if cue.kind == lx.PARTICIPLE and i and toks[i - 1] in _BODIES_IN_CONSTRUCT:
                # "رئيس لجنة متابعة إعادة الإعمار": the verbal noun the body
                # is in construct with, not "continuing"
                return None
            if (
                cue.kind == lx.RELAY
                and word in _RELAY_RESUMPTIVE
                and (
                    i < 2
                    or toks[i - 1] not in _WHAT_RELAYED
                    or (toks[i - 1] == "ما" and toks[i - 2] not in _SOURCE_BEFORE_WHAT)
                    or (
                        toks[i - 1] == "ما"
                        and toks[i - 2] in _SOURCE_PARTICLES
                        and i >= 3
                        and (
                            toks[i - 3] not in _SOURCE_BEFORE_TO
                            if toks[i - 2] == "الي"
                            else toks[i - 2] == "علي" and self.is_word[i - 3]
                        )
                    )
                )
            ):
                # "نقله إلى المستشفى", "نقلته سيارة إسعاف": transferred him;
                # the pronoun relays only what "ما" stands for
                return None
            if cue.kind == lx.RELAY and (word in _AZA_FORMS and not self.aza_relays(i)):
                return None  # "وقال عزت الرشق", "عزا الارتفاع إلى الجفاف"
            if (
                cue.kind == lx.RELAY
                and word[0] in "وف"
                and word[1:] in _RELAY_RESUMPTIVE
                and "عن" not in toks[i + 1 : i + 8]
            ):
                # "وأضاف X في كلمته، ونقلته قناة Y: «…»": the outlet carried
                # the words ("it", the speech), X said them; relayed from
                # someone it would name him after عن
                return None
            if cue.kind == lx.RELAY and nxt in _RELAY_PRONOUNS:
                # "ونقل عنه التلفزيون قوله": he spoke, the outlet relayed
                return _CueHit(i, i + 2, cue, pronoun=_RELAY_PRONOUNS[nxt])
            if (
                word == "نسب"
                and i
                and nxt[:2] == "ال"
                and self.is_word[i - 1]
                and toks[i - 1] not in _BEFORE_ATTRIBUTED
                and not self.attributed_ahead(i + 1)
            ):
                # "خفض نسب البطالة لأسباب عدة، «…»", "ارتفاع نسب التضخم":
                # after a noun or a preposition, before a definite noun and
                # with no إلى in its clause, نسب is the plural noun (rates),
                # no verb of attributing (dev18s; "ما نسب إلى", "كما نسب
                # التقرير إلى الوزير" keep it)
                return None
            if cue.kind == lx.RELAY and nxt in _ATTRIBUTED_TO and cue.lemma == "نسب":
                # "تقارير نسبت له القول «…»", "نسبت إليه الصحف قوله": so the
                # one the words are attributed to, with نسب's particle
                return _CueHit(i, i + 2, cue, pronoun=_ATTRIBUTED_TO[nxt])
            return _CueHit(i, i + 1, cue)
        if special is not None:
            if special.lemma == "عقب":
                # a person right after, then على: "وعقّب الهاجري على رد الوزير"
                if (
                    (nxt in lx.TITLES or _NP_KIND[nxt] in (1, 2))
                    and nxt not in _FRONTING_OR_CONJ
                    and nxt not in lx.EVENT_NOUNS
                    and _replied_to(toks, i + 2, min(i + 8, self.n - 1))
                ):
                    return _CueHit(i, i + 1, special)
                if (
                    (
                        not i
                        or not self.is_word[i - 1]
                        or word[0] in "وف"
                        or toks[i - 1] in _QATA_OPENERS
                    )
                    and (
                        j := i + 3
                        if nxt == "علي" and i + 3 < self.n and toks[i + 2] == "ذلك"
                        else i + 1
                    )
                    < self.n
                    and (
                        (subj := toks[j]) in _TITLE_LIKE
                        or subj in lx.HONORIFICS
                        or self.known_name_word(subj)
                    )
                    and self._runs_to_words(j)
                ):
                    # "وعقّب النائب X «…»", "فعقّب رئيس الكتلة: …": opening
                    # its clause, a person right after (or after "على ذلك"),
                    # then the words (not
                    # "وعقب الاجتماع «…»", "عقب صدور الحكم": after)
                    return _CueHit(i, i + 1, special)
                return None
            if special.lemma == "قاطع":
                return self._interrupts(i, special)
            if special.lemma == "طلب":
                return self._requests(i, special)
            if special is _QAWL:
                # "ومضى الوزير في القول:", "ذهب إلى القول إن": after the
                # preposition and a word, before what is said
                if (
                    i >= 2
                    and toks[i - 1] in _QAWL_AFTER
                    and self.is_word[i - 2]
                    and (nxt == ":" or nxt in _THAT or (nxt and nxt in QUOTE_MARKS))
                ):
                    return _CueHit(i, i + 1, special)
                return None
            if special.lemma == "ادعى":
                # "…، مدعية: …", "مدعيا أن …": claiming, right before the
                # words; otherwise a prosecutor ("عيّن مدعيا عاما")
                if (
                    nxt == ":"
                    or nxt in _THAT
                    or (nxt in QUOTE_MARKS and i and toks[i - 1] in _COMMAS)
                ):
                    return _CueHit(i, i + 1, special)
                return None
            if special in _REPLY_CUES:
                # "، فرد عليه الجارالله:", "، فرد المبيضين ضاحكا:", ". ويرد برينان بأن"
                if (not i or not self.is_word[i - 1] or nxt in _TITLE_LIKE) and nxt not in {
                    "في",
                    "فيه",
                    "فيها",
                }:
                    # (after a word, with a title for its subject: "…
                    # العام ورد وزير المالية على", a full stop dropped)
                    return _CueHit(i, i + 1, special)
            elif nxt in _VERBAL_NOUN_NEXT:
                return _CueHit(i, i + 1, special)
            else:
                return None
        if impersonal is not None:
            if i and word[0] == "ف" and _cue_of(toks[i - 1]) is not None:
                return None  # "ويعلق فورد في خلاصة البرقية": the verb's subject
            if i >= 2 and toks[i - 1] == "ما" and toks[i - 2] in _ABOUT_OR_THAT:
                return None  # "رفض التعليق على ما ورد في البرقيات": an object
            if i >= 3 and toks[i - 1] == "ما":
                # "وصف الوزير X ما ورد في التقرير بأنه «…»": what the
                # document holds is the object of a verb of saying before it
                # in its clause, whose subject speaks
                for k in range(i - 2, max(-1, i - 16), -1):
                    if not self.is_word[k] or self.in_quote[k]:
                        break
                    hit = _cue_of(toks[k])
                    if hit is not None and hit.kind == lx.VERB:
                        return None
            if impersonal.particle == "عن":
                # "صدر عن وزير المالية X البيان الآتي:": the issuer after عن
                return _CueHit(i, i + 2, impersonal) if nxt == "عن" else None
            if (
                nxt == "في"
                and i + 3 < self.n
                and toks[i + 2] in _CONTEXT_NOUNS
                and _base(toks[i + 3]) not in _DOCUMENT_HEADS_ANY
            ):
                # "أن القرار جاء في إطار الإصلاحات", "يأتي في أعقاب …", "في
                # ظل الأزمة": the clause's subject came within a context, no
                # "it was said in" (but "وجاء في سياق البيان أن")
                return None
            if nxt == "في":
                k = i + 3 if i + 3 < self.n and toks[i + 2] in _GROUNDS else i + 2
                if k < self.n and toks[k][-1] in "اهم":
                    # "وجاء في بيانها أن", "ورد في حيثيات حكمها": the owner
                    # of a possessed statement is the speaker, found as a
                    # pronoun's referent
                    owner = _owned_statement(toks[k])
                    if owner is not None:
                        return _CueHit(i, k + 1, impersonal, pronoun=owner)
                return _CueHit(i, i + 2, impersonal)
            if nxt in {"فيه", "فيها"}:
                # "نشرت الوزارة تغريدة جاء فيها": the issuer, the clause subject
                return _CueHit(i, i + 1, impersonal)
            if (
                nxt[:3] == "بال"
                and i + 2 < self.n
                and nxt[1:] in lx.DOCUMENT_HEADS
                and impersonal.lemma not in _CONTAINS
            ):
                # "وجاء بالبرقية «…»", "وورد بالتقرير أن": في as a ب glued
                # to the document, which holds the words (no cue was read;
                # kw38)
                return _CueHit(i, i + 1, impersonal)
            if nxt in _THAT and i > 3 and toks[i - 1] in _COMMAS:
                f = self.sent_first[self.sent[i]]
                if (
                    toks[f] in _IN
                    and i - f <= _FRONTED_DOCUMENT_REACH
                    and toks[f + 1] in lx.DOCUMENT_HEADS
                    and all(t not in _COMMAS for t in toks[f + 1 : i - 1])
                ):
                    # "وفي برقية ثالثة من ربيع 2008، جاء أن «…»": the
                    # document, fronted with في before a comma, holds the
                    # words; its phrase is read from there (kw33b)
                    return _CueHit(i, f + 1, impersonal)
            if (
                impersonal.lemma in _CONTAINS
                and i + 1 < self.n
                and self.is_word[i + 1]
                and not self.in_quote[i + 1]
                and nxt not in lx.NP_STOP
                and (i == 0 or toks[i - 1] not in _RELATIVES)
                and not self.subject_before_contains(i)
            ):
                # "وتضمنت البرقية أن «…»", "وتتضمن إحدى الوثائق ما مفاده أن":
                # the document that contains the words is the verb's
                # subject, right after it, and speaks (not "التسريبات التي
                # تضمنت مواقف …": the relative's noun contains, what follows
                # is its object, no speaker)
                return _CueHit(i, i + 1, impersonal)
        # prepositional cues, one to three words (longest first); (the words
        # after the first compared one by one before as a tuple: most
        # differ at the first)
        for words in preps:
            length = len(words)
            if i + length > self.n:
                continue
            if words[0] in _IN_RELAYING and (
                i == 0
                or toks[i - 1] != "في"
                or i + length >= self.n
                or not (
                    (w := toks[i + length]) in _TITLE_LIKE
                    or _suffixed_title(w)
                    or w in lx.HONORIFICS
                    or w in _OUTLET_HEADS
                    or w in _GIVEN_NAMES
                    or self.known_name_word(w)
                )
            ):
                # ("الصورة التي نقلها عن الموقع": a verb, no source; "ساهم
                # في نقلهم عن طريق البحر", "في نقلهم عن الحدود": carrying
                # them by a way or from a place; the one relayed is a
                # person, a title, a source or an outlet; mend27b)
                continue
            if words[0] == "بلسان" and not (
                i + 1 < self.n and (toks[i + 1] in _TITLE_LIKE or _suffixed_title(toks[i + 1]))
            ):
                continue  # ("بلسان عربي فصيح", "بلسان الحال": a tongue, no source)
            if (
                length == 2
                and i > 1
                and toks[i - 1] in _CAME_ON_TONGUE
                and toks[i - 2] in _WHAT_CAME
                and words == _ON_THE_TONGUE_OF
                and not (i > 2 and toks[i - 3] in _words_module._ACCORDING_TO_WHAT)
            ):
                # "وأكد X ما جاء على لسان المسؤول، وأضاف": what came from
                # another's mouth before, the object confirmed or denied,
                # no source of the words after it; the verb's subject speaks
                # (but "وبحسب ما جاء على لسان X": X's account, a source)
                continue
            if words[-1] == "ل":
                # the last word is a glued ل: "وفقا للوزير", "بالنسبة للأمريكيين"
                if (
                    words[0] == "بالنسبه"
                    and word == "بالنسبه"
                    and i
                    and toks[i - 1] != "اما"
                    and self.sent[i - 1] == self.sent[i]
                ):
                    # "بالنسبة لـ X" gives X's view only where it opens its
                    # clause ("وبالنسبة للمحلل X، فإن «…»", "أما بالنسبة
                    # لـ"), not inside one ("أن الوضع بالنسبة للفلاحين «…»":
                    # whom the words concern)
                    continue
                nxt_word = toks[i + length - 1]
                if words[0] == "بالنسبه" and word.endswith("بالنسبه") and len(nxt_word) > 2:
                    w = "ال" + nxt_word[2:] if nxt_word.startswith("لل") else nxt_word[1:]
                    if not (
                        w in _TITLE_LIKE
                        or w in lx.HONORIFICS
                        or w in lx.ORGANIZATION_HEADS
                        or (w[:2] == "ال" and (w[-3:] in ("يين", "يون") or _audience(w[2:])))
                        or self.known_name_word(w)
                    ):
                        # "وبالنسبة لقطاع السياحة، فإن «…»", "أما بالنسبة
                        # للعام المقبل": as for a thing or a time, no one
                        # whose view the words are (a person, a group or a
                        # body: "لوزير الدفاع X", "للأمريكيين", "للمعارضة")
                        continue
                if (
                    (
                        length == 2
                        or (
                            toks[i + 1] == words[1]
                            and tuple(toks[i + 1 : i + length - 1]) == words[1:-1]
                        )
                    )
                    and nxt_word.startswith("ل")
                    and len(nxt_word) > 2
                ):
                    return _CueHit(i, i + length - 1, _PREP_CUE[words], lam=True)
                continue
            if length == 2 and words[1] == "حد":
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
            if (
                length == 1
                and nxt in _VIEW_NOUNS
                and i + 2 < self.n
                and self.is_word[i + 2]
                and not self.in_quote[i + 2]
            ):
                # "بحسب تعبير الخبير X", "حسب وصف الوزير", "وفق رأي X": the
                # noun of his words in construct with the speaker, as in
                # "على حد تعبير X" (it named the speaker 'تعبير')
                return _CueHit(i, i + 2, _PREP_CUE[words])
            if length == 1 and nxt in _OWN_WORDS:
                # "، بحسب وصفه.": the speaker met before, as "على حد تعبيره"
                return _CueHit(i, i + 2, _PREP_CUE[words], pronoun=_OWN_WORDS[nxt])
            if (
                length == 1
                and nxt == "ما"
                and i + 3 < self.n
                and not self.in_quote[i + 2]
                and _saying_after_what(toks[i + 2])
            ):
                # "«…»، وفق ما كتبه القاضي X", "بحسب ما أعلنته الوزارة": any
                # verb of saying after "ما", its subject the speaker, as in
                # "بحسب ما قاله" (the source was "ما", no one, and the words
                # went to someone met before); past the verb's preposition
                # with the pronoun of "ما" ("حسب ما أشار إليه X")
                j = i + 4 if toks[i + 3] in _TO_FROM_WHAT else i + 3
                return _CueHit(i, j, _PREP_CUE[words])
            if (
                length == 1
                or (toks[i + 1] == words[1] and tuple(toks[i + 1 : i + length]) == words[1:])
                or (length == 3 and toks[i + 1] == words[1] and toks[i + 2] == words[2] + "ه")
            ):  # "بحسب ما قاله": with the resumptive object pronoun
                return _CueHit(i, i + length, _PREP_CUE[words])
        return None

    def prompted_at(self, i: int) -> int:
        """ "ما دفع أحد الصحفيين للقول", "مما دعا رئيس المحكمة إلى القول":
        the token of the verb that prompts the one after it to say, the
        "say" at ``i`` (للقول, or القول after إلى); -1 when there is none."""
        toks = self.doc.toks
        end = i - 1 if toks[i] == "القول" else i
        for v in range(end - 2, max(0, end - 10), -1):
            if toks[v] in _PROMPTING and toks[v - 1] in _WHAT_PROMPTED:
                if all(self.is_word[m] and not self.in_quote[m] for m in range(v + 1, end)):
                    return v
                return -1
            if not self.is_word[v] or self.in_quote[v]:
                return -1
        return -1

    def appointee_start(self, i: int) -> int:
        """ "بتعيين سامية بن حسين مديرة عامة …": the first token of the name
        of two to four plain words between the verbal noun of appointing
        and the indefinite title at ``i`` (the post, in the accusative), or
        -1."""
        toks = self.doc.toks
        m = i - 1
        while m > 0 and i - m <= 4 and toks[m] not in _APPOINTING:
            w = toks[m]
            if (
                not self.is_word[m]
                or self.in_quote[m]
                or w in lx.TITLES
                or w in lx.NP_STOP
                or w in lx.HONORIFICS
                or _cue_of(w) is not None
            ):
                return -1
            m -= 1
        if (
            toks[m] not in _APPOINTING
            or not 2 <= i - m - 1 <= 4
            or (toks[m + 1][:2] == "ال" and toks[m + 1] not in _ARTICLE_FIRST_NAMES)
        ):
            return -1
        return m + 1

    def yarub_named(self, i: int) -> bool:
        """ "قال وزير النقل السوري يعرب بدر": after a title (a word with the
        article or a title), يعرب and a word that is no عن (the verb's own
        preposition, "الوزير يعرب عن قلقه"), no adverb in -ا and no word
        with the article, with no عن in the two words after it either, are a
        first name and a family name, not the verb "expresses"."""
        toks = self.doc.toks
        if not (0 < i < self.n - 1 and self.is_word[i - 1] and self.is_word[i + 1]):
            return False
        p, nxt = toks[i - 1], toks[i + 1]
        return (
            (p[:2] == "ال" or p in lx.TITLES)
            and not self.in_quote[i + 1]
            and nxt != "عن"
            and nxt[:2] != "ال"
            and nxt[-1] != "ا"
            and _cue_of(nxt) is None
            and nxt not in lx.NP_STOP
            and "عن" not in toks[i + 2 : i + 4]
            # ("الرئيس يعرب لنظيره الفرنسي الجديد عن …": the one told, glued
            # to لـ, then what the verb expresses a few words on)
            and not (nxt[:1] == "ل" and "عن" in toks[i + 2 : i + 7])
        )

    def _interrupts(self, i: int, cue: lx.Cue) -> _CueHit | None:
        """ "فقاطعه رئيس المحكمة «…»", "وقاطعت النائبة X الوزير: …": the
        verb of interrupting at token i is a cue when its clause runs, words
        only, from its subject to words in marks or a colon (or to a
        participle of saying, "قاطعه القاضي قائلا:"); the form with no
        object pronoun only where it opens its clause. Not "قاطعت المعارضة
        الانتخابات" (boycotted), "رفض قاطع" (decisive), "إجابة قاطعة"."""
        toks, n = self.doc.toks, self.n
        t = toks[i]
        if t[-1] == "ه":
            e = self.doc.ends[i]
            if self.doc.orig(e - 1, e) in _TA_MARBUTA:
                return None
        if (
            t in _QATA_BARE
            and t[0] not in "وف"
            and i
            and self.is_word[i - 1]
            and toks[i - 1] not in _QATA_OPENERS
        ):
            return None
        bare = t in _QATA_BARE
        for k in range(i + 1, min(n, i + 11)):
            tk = toks[k]
            if tk == ":":
                return _CueHit(i, i + 1, cue)
            if tk in QUOTE_MARKS and k + 1 < n and self.in_quote[k + 1]:
                if k == i + 1:
                    return None
                if bare and (
                    k + 3 >= n
                    or not all(self.in_quote[k + 1 : k + 4])
                    or not all(self.is_word[k + 1 : k + 4])
                ):
                    # "وقاطعت الأحزاب الانتخابات «المزورة سلفا»": a word or
                    # two in marks after the bare verb name what is boycotted
                    return None
                if bare:
                    m = k + 1
                    while m < n and self.in_quote[m]:
                        m += 1
                    if m + 1 < n and self.is_word[m + 1] and not self.in_quote[m + 1]:
                        # "وقاطعت الدول العربية «قمة الدوحة الطارئة» العام
                        # الماضي", "وتقاطع الطرق «…» في وسط العاصمة": the
                        # clause goes on after the marks, which name what
                        # is boycotted or crossed, no words that interrupt
                        return None
                return _CueHit(i, i + 1, cue)
            if not self.is_word[k] or self.in_quote[k]:
                return None
            hit = _cue_of(tk)
            if hit is not None:
                return _CueHit(i, i + 1, cue) if hit.kind == lx.PARTICIPLE else None
        return None

    def ali_before_ala(self, a: int, limit: int) -> int:
        """ "وعلق علي الخطيب على القرار", "ورد علي حسن الخطيب على": علي
        written with its ya at ``a``, right after a verb opening its
        sentence or one of saying, then one or two words before a second
        على: the name Ali, the verb's subject, the second على its particle
        (على takes no على). Not a noun the verb takes after على so spelt
        ("وعلق علي القرار على الفور", "علي تصريحات على صفحته", "علي حضور
        على رأس"): one of an idiom of على, a common definite object, one in
        ة, with a pronoun or a plural in ات, a verbal noun, or the second
        an idiom's; nor after a title ("وعلق الوزير علي القرار على
        الفور"). The second's token, or -1. Its caller has tested
        ``a + 3 < limit`` and ``toks[a] == "علي"``."""
        toks = self.doc.toks
        if not (
            a > 0
            and self.is_word[a + 1]
            and (w := toks[a + 1])[-1] != "ه"
            and w[-2:] != "ات"
            and w not in _ALA_IDIOMS
            and w not in _ALA_OBJECTS
            and w not in _DEFINITE_OBJECTS
            and not _masdar_head(w, toks[a + 2])
        ):
            return -1
        if a - 1 != self.sent_first[self.sent[a]] and not (
            (cue := _cue_of(toks[a - 1])) is not None and cue.kind == lx.VERB
        ):
            return -1
        if toks[a + 2] == "علي":
            k = a + 2
        elif (
            toks[a + 3] == "علي"
            and self.is_word[a + 2]
            # (an indefinite noun and its definite genitive are what was
            # commented on, على printed علي: "وعلق علي قرار الحكومة على
            # صفحته"; a given name and a family name, "علي حسن الخطيب";
            # final read)
            and (w in _GIVEN_NAMES or not ("ال" <= toks[a + 2] < "ام"))
        ):
            k = a + 3
        else:
            return -1
        if k + 1 < self.n and toks[k + 1] in _ALA_IDIOMS:
            # ("وحرص علي حضور على رأس الوفد": the second an idiom's)
            return -1
        return k if self._ali(a) else -1

    def _ali(self, k: int) -> bool:
        """Token ``k`` is the name Ali, written with ي (على, the preposition,
        folds to the same word)."""
        return (
            self.doc.toks[k] == "علي"
            and self.doc.orig(self.doc.starts[k], self.doc.ends[k])[-1:] == "ي"
        )

    def _runs_to_words(self, a: int) -> bool:
        """The clause from token ``a`` runs, words only (no stop word, no
        cue), to a colon or to three words or more in marks."""
        toks, n = self.doc.toks, self.n
        for k in range(a, min(n, a + 10)):
            tk = toks[k]
            if tk == ":":
                return k > a
            if tk in QUOTE_MARKS and k + 1 < n and self.in_quote[k + 1]:
                return (
                    k > a
                    and k + 3 < n
                    and all(self.in_quote[k + 1 : k + 4])
                    and all(self.is_word[k + 1 : k + 4])
                )
            if not self.is_word[k] or self.in_quote[k] or (tk in lx.NP_STOP and not self._ali(k)):
                return False
            if tk in _CUE_WORDS:
                return False
        return False

    def _requests(self, i: int, cue: lx.Cue) -> _CueHit | None:
        """ "وطلب الوزير من السفير «…»", "وطلبت منه الوزيرة «…»", "طلب
        منهم القاضي: …": the verb of asking at token i, where it opens its
        clause, is a cue when its clause runs, words only, through its
        subject to من and the one asked (or من with the pronoun of the one
        asked, right after the verb) and then to three words or more in
        marks or a colon. Not the noun "طلب اللجوء", "قدم طلب من …"."""
        toks, n = self.doc.toks, self.n
        if (
            i
            and self.is_word[i - 1]
            and toks[i][0] not in "وف"
            and toks[i - 1] not in _QATA_OPENERS
            and not (
                # "على الهامش طلب X من Y «…»", "وفي اللقاء طلب": a fronted
                # adverbial of a preposition and one definite noun opening
                # the sentence, then the verb
                i >= 2
                and toks[i - 2] in _SHORT_ADVERBIAL_PREPOSITIONS
                and toks[i - 1][:2] == "ال"
                and (i == 2 or not self.is_word[i - 3])
                # (its subject named after it: "وعلى الفور طلب من Y" would
                # read the adverbial for the subject)
                and i + 1 < n
                and toks[i + 1] != "من"
                and toks[i + 1] not in _FROM_PRONOUNS
            )
        ):
            return None
        start = i + 1
        asked = False
        if start < n and toks[start] in _FROM_PRONOUNS:
            start += 1
            asked = True
        for k in range(start, min(n, i + 14)):
            tk = toks[k]
            if tk == ":":
                return _CueHit(i, start, cue) if asked else None
            if tk in QUOTE_MARKS and k + 1 < n and self.in_quote[k + 1]:
                if (
                    not asked
                    or k + 3 >= n
                    or not all(self.in_quote[k + 1 : k + 4])
                    or not all(self.is_word[k + 1 : k + 4])
                ):
                    return None
                m = k + 1
                while m < n and self.in_quote[m]:
                    m += 1
                if (
                    m + 1 < n
                    and self.is_word[m + 1]
                    and not self.in_quote[m + 1]
                    # (but "«…»، و«…»": more of the asked words in marks)
                    and not (toks[m + 1] == "و" and m + 2 < n and toks[m + 2] in QUOTE_MARKS)
                ):
                    # "وطلبت الحكومة من البنك الدولي «قرضا بقيمة …»
                    # لتمويل المشاريع", "«التحري في الواقعة» وإعداد تقرير":
                    # the clause goes on after the marks, which hold the
                    # thing asked for, no words of the one who asks
                    return None
                return _CueHit(i, start, cue)
            if not self.is_word[k] or self.in_quote[k] or (tk in lx.NP_STOP and not self._ali(k)):
                return None
            if tk == "من" or tk in _FROM_PRONOUNS:
                if asked:
                    return None  # (من twice)
                asked = True
        return None

    def possessed_title(
        self, a: int, b: int, ra: int, rb: int, cue: lx.Cue | None, unit: bool = False
    ) -> _Entity | None:
        """ "رئيسها X": X, with the title of the body the suffix refers to
        (``unit``: a unit of the body, "مكتبها السياسي", whose nisba after
        it is its adjective even when it names a person too)."""
        toks = self.doc.toks
        j = a + 1
        while (
            j < b - 1
            and (
                toks[j] in _TITLE_ADJECTIVES
                # ("رئيسه الدوري X", "رئيستها الجديدة X": an adjective with the
                # article before the name, no given name with it, "الطيب")
                or (
                    j == a + 1
                    and toks[j][:2] == "ال"
                    and toks[j + 1][:2] != "ال"
                    and toks[j] not in _AL_GIVEN_NAMES
                    # (no honorific, the name's: "رئيسها الدكتور X", "عضو
                    # مكتبها الشيخ X"; mend36e)
                    and toks[j] not in _HONORIFICS_OR_RANKS
                    and (not _IS_TITLE_HEAD[toks[j]] or (unit and toks[j][-1] == "ي"))
                    and not self.known_name_word(toks[j])
                )
            )
        ):
            j += 1  # "أمينه العام X"
        body = self.possessor_body(a, toks[a].endswith("ها"))
        if body is None:
            return None
        ent = self.classify(j, b, ra, rb, cue)
        if not _named_person(ent):
            return None
        ent.role = self.possessed_role(a, j, body)
        if ent.role.split(" ", 1)[0][-1] == "ة":
            ent.gender = _F  # ("رئيسته": "رئيسة")
        return ent

    def possessed_role(self, a: int, j: int, body: _Entity) -> str:
        """The post the possessed title at token ``a`` and its adjectives up
        to token ``j`` name, of the body the suffix refers to: "رئيسها"
        after "حركة النهضة" is "رئيس حركة النهضة", "أمينه العام" after
        "الاتحاد" "الأمين العام للاتحاد"."""
        t = self.doc.toks[a]
        feminine = t.endswith("ها")
        pos = self.doc.starts[a]
        stem = self.doc.orig(pos, self.doc.ends[a])
        stem = stem[:-2] if feminine else stem[:-1]
        if stem[:1] in "وف" and t[1:] in _POSSESSED_TITLES:
            stem = stem[1:]
        if stem[-1:] == "ت":
            stem = stem[:-1] + "ة"  # "رئيسته": "رئيسة"
        if j > a + 1:
            # "الأمين العام للاتحاد …"
            adj = self.doc.orig(self.doc.starts[a + 1], self.doc.ends[j - 1])
            org = body.surface
            org = "لل" + org[2:] if org.startswith("ال") else "ل" + org
            return f"ال{stem} {adj} {org}"
        return f"{stem} {body.surface}"

    def minister_of_ministry(
        self, a: int, b: int, ra: int, rb: int, cue: lx.Cue | None
    ) -> _Entity | None:
        """ "وزيرها X" after "وزارة المالية": X, with the post "وزير المالية"
        (the ministry's name after its head); None when the body the suffix
        refers to is no ministry named in full ("الحكومة", "الوزارة")."""
        body = self.possessor_body(a, True)
        if body is None:
            return None
        words = body.surface.split()
        if len(words) < 2 or _NORMALIZED[words[0]] != "وزاره":
            return None
        ent = self.classify(a + 1, b, ra, rb, cue)
        if not _named_person(ent):
            return None
        she = self.doc.toks[a].endswith("تها")
        if she:
            ent.gender = _F
        ent.role = " ".join(["وزيرة" if she else "وزير", *words[1:]])
        return ent

    def possessor_body(self, a: int, feminine: bool) -> _Entity | None:
        """The body a possessive suffix on token ``a`` refers to, in its
        sentence or the two before: the last body of the suffix's gender
        named in passing after the last organisation met as a mention
        (body_named_in_passing: "ممثلو حزب X"), else that mention if it
        agrees ("رئيسها" after "حركة النهضة", "المتحدث باسمه" after
        "الاتحاد")."""
        pos = self.doc.starts[a]
        sid = self.sent[a]
        met = None
        for e in reversed(self._entities):
            if e.pos >= pos:
                continue
            if e.sentence < sid - 2:
                break
            if e.kind == ORGANIZATION:
                met = e
                break
        body = self.body_named_in_passing(a, sid, met.pos if met is not None else -1, feminine)
        if body is not None:
            return body
        if met is None:
            return None
        return met if (met.gender == _F) == feminine else None

    def body_named_in_passing(self, a: int, sid: int, after: int, feminine: bool) -> _Entity | None:
        """The last body of the suffix's gender named by its name before
        token ``a`` (in its sentence or the two before, after the character
        ``after``) where it is no mention: after a noun or a preposition
        ("ممثلو حزب X", "في بيان لحزب X"), whose posts a possessive suffix
        takes up all the same. A head alone ("الحزب") is the body named
        before it, read on past."""
        toks = self.doc.toks
        starts = self.doc.starts
        first = self.sent_first.get(sid - 2, 0) if sid >= 2 else 0
        k = a
        while k > first:
            k -= 1
            if starts[k] <= after:
                break
            if self.in_quote[k] or not self.is_word[k] or _passing_body_head(toks[k]) is None:
                continue
            while (
                k > first
                and self.is_word[k - 1]
                and not self.in_quote[k - 1]
                and _passing_body_head(toks[k - 1]) is not None
            ):
                k -= 1  # ("وزارة الخارجية": the body's name opens with the first head)
            if starts[k] <= after:
                break  # (the body met as a mention)
            lam = bool(_passing_body_head(toks[k]))
            line_end = self.sent_first.get(self.sent[k] + 1, self.n)
            b = self.body_name_end(k, self.scan_np(k, a if a < line_end else line_end, None)[0])
            for m in range(k + 2, b):
                if toks[m] in _PASSING_BODY_ENDS and (
                    toks[m - 1][:2] in ("ال", "لل") or toks[m - 1] in QUOTE_MARKS
                ):
                    # ("ممثلو حزب X الجديد الاجتماع", "ممثلو الاتحاد العام
                    # للشغل الاجتماع", "ممثلو حزب «X» الاجتماع": the verb's
                    # object after the name's last word or its closing mark)
                    b = m
                    break
            if b - k < 2:
                continue
            ent = self.classify(k, b, b, b, None, lam)
            if ent is not None and ent.kind == ORGANIZATION and (ent.gender == _F) == feminine:
                return ent
        return None

    def body_name_end(self, a: int, b: int) -> int:
        """Where the name of the body read at tokens [a, b) ends before the
        verb's object that the phrase ran on into: a noun with a possessive
        suffix, the body's own ("أصدرت شركة أرامكو نتائجها", "أعلن حزب
        العمال فوزه"), or a common object of news verbs after a nisba or a
        definite head ("أدانت الخارجية المصرية الهجوم"); else ``b``."""
        toks = self.doc.toks
        if toks[a] not in lx.ORGANIZATION_HEADS:
            return b  # (a document and its author: "بلاغ لوزارة العدل")
        if toks[a][:2] == "ال" and a + 1 < b and toks[a + 1] in _DEFINITE_OBJECTS:
            return a + 1  # ("وأعلنت النقابة الإضراب": a definite head takes no genitive)
        # (a definite head takes no genitive: "وعقدت الحكومة اجتماعها")
        for k in range(a + 1 if toks[a][:2] == "ال" else a + 2, b):
            t, p = toks[k], toks[k - 1]
            if not self.is_word[k] or self.in_quote[k] or t[:1] == "و":
                return b
            if t in lx.TITLES or t in lx.ORGANIZATION_HEADS or t in _PLACE_HEADS:
                continue
            if (
                t[:2] != "ال"
                and (t[-2:] in ("ها", "هم") or (t[-1] == "ه" and self.ha_ending(k)))
                and not self.known_name_word(t)
            ):
                return k
            if (
                p[:2] == "ال"
                and (p[-1] == "ي" or p[-2:] == "يه")
                # after the body's nisba, a common object ("أدانت الخارجية
                # المصرية الهجوم") or an indefinite noun, which no name goes
                # on with ("وأعلن الجيش الإسرائيلي مقتل جندي"); not a name in
                # apposition that ends the phrase ("حركة المقاومة الإسلامية
                # حماس")
                and (t in _DEFINITE_OBJECTS or (t[:2] != "ال" and t[:1] not in "لب" and k + 1 < b))
            ):
                return k
        return b

    def writer_in_construct(self, a: int) -> _Entity | None:
        """The titled, named person in construct with the document at token
        ``a``, read from his title as a mention is ("برقية السفير الأمريكي
        في الجزائر X Y إلى …": X Y, "السفير الأمريكي في الجزائر")."""
        b, ra, rb = self.scan_np(a + 1, self.n, None)
        inner = self.classify(a + 1, b, ra, rb, None)
        if _named_person(inner) and inner.role:
            return inner
        return None

    def in_its_name(self, a: int, b: int) -> int:
        """After the spokesman's word at token ``a``, the token of "in its
        name" with its suffix ("باسمها", "الرسمي باسمه"; not the name
        "باسمة") inside the phrase ending before ``b``, or -1."""
        toks = self.doc.toks
        m = a + 1
        if m < b and toks[m] in _OFFICIAL:
            m += 1  # "الناطق الرسمي باسمها"
        if m < b and toks[m] in _IN_ITS_NAME and (toks[m][-1] in "ام" or self.ha_ending(m)):
            return m  # (also "in their name", "باسمهم": kw39)
        return -1

    def spoken_for(self, ent: _Entity, a: int, m: int) -> None:
        """ "المتحدث باسمها X" after "وزارة الخارجية القطرية" (token ``a``
        the spokesman's word, ``m`` the suffixed "in its name"): the post of
        the spokesman of the body the suffix refers to, with its name
        ("المتحدث باسم وزارة الخارجية القطرية"), when one is in view."""
        if ent.role is None:
            return
        feminine = self.doc.toks[m][-2:] == "ها"
        body = (
            None  # (a body is one: "باسمهم", "باسمهما" name no body read so)
            if self.doc.toks[m][-1] in "ما" and not feminine
            else self.possessor_body(m, feminine) or self.voiced_by(a, feminine)
        )
        doc = self.doc
        said = doc.orig(doc.starts[m], doc.ends[m])
        if body is None:
            # "وقال المتحدث باسمها: «…»" with no body in view: the post as
            # written, with its "in her name", which the phrase read may
            # have left out (kw39)
            post = doc.orig(doc.starts[a], doc.ends[m - 1])
            if ent.role == post:
                ent.role = f"{post} {said}"
                if ent.surface == post:
                    ent.surface = ent.role
            return
        stem = said.rstrip(_TASHKEEL)
        stem = stem[:-2] if stem[-2:] == "ها" else stem[:-1]
        post = doc.orig(doc.starts[a], doc.ends[m - 1])
        if ent.role == post or ent.role == post + " " + said:
            ent.role = f"{post} {stem} {body.surface}"
            if ent.surface == post or ent.surface == post + " " + said:
                ent.surface = ent.role  # (no name: the post names him)

    def voiced_by(self, a: int, feminine: bool) -> _Entity | None:
        """ "وذكرت فتح على لسان الناطق باسمها X" (token ``a`` the
        spokesman's word): the one who speaks through him, the subject
        named right before "على لسان" (or "بلسان") in the same sentence, when it agrees
        with the suffix, whether or not the lexicon knows it for a body
        (a bare name: "فتح", "الرئيس" and "المتحدث باسمه")."""
        toks = self.doc.toks
        if a < 3 or not (
            (toks[a - 1] == "لسان" and toks[a - 2] == "علي") or toks[a - 1] == "بلسان"
        ):
            return None
        sid = self.sent[a]
        pos = self.doc.starts[a - 1 if toks[a - 1] == "بلسان" else a - 2]
        for e in reversed(self._entities):
            if e.pos >= pos:
                continue
            if (
                e.sentence != sid
                or (e.kind != PERSON and e.kind != ORGANIZATION)
                or e.number != _SG
                or (e.gender == _F) != feminine
            ):
                return None
            return e
        return None

    def initials_end(self, o: int, limit: int) -> int:
        """The ")" that closes initials opened at token ``o``, single letters
        with full stops between them ("(أ.ع.ن)", "(م. س)"), or -1."""
        toks = self.doc.toks
        m = o + 1
        letters = 0
        while m < limit and m - o < 12:
            t = toks[m]
            if len(t) == 1 and self.is_word[m] and not t.isdigit():
                letters += 1
                if m + 1 < limit and toks[m + 1] == ".":
                    m += 1
            elif t == ")":
                return m if letters >= 2 and toks[m - 1] != "(" else -1
            else:
                return -1
            m += 1
        return -1

    def name_in_marks_shape(self, o: int, c: int) -> bool:
        """Tokens [o, c) in marks could be a person's or a body's name: one
        to three words (initials not counted), the first no negation,
        pronoun or word opening a clause, none a present verb."""
        toks = self.doc.toks
        words = [t for t, w in zip(toks[o:c], self.is_word[o:c], strict=True) if w]
        if not words or len(words) - self.initials_in(o, c) > 3:
            return False
        if words[0] in _CLAUSE_OPENERS:
            return False
        return not any(w[:1] in "يت" and len(w) >= 4 and _present_verb(w) for w in words)

    def person_in_marks_shape(self, o: int, c: int) -> bool:
        """Tokens [o, c) in marks could be a person's name: name_in_marks_shape,
        the first word no body's or label's head, and not every word with the
        article (a thing named: "«الاتفاق التاريخي»")."""
        return (
            self.name_in_marks_shape(o, c)
            and _base(self.doc.toks[o]) not in _NAMED_BY_LABEL
            and not _all_definite(self.doc.toks, o, c)
        )

    def that_or_colon_follows(self, k: int, limit: int) -> bool:
        """Whether أنّ or a colon comes within twenty tokens from ``k``, in
        the same sentence."""
        toks = self.doc.toks
        end = k + 20 if k + 20 < limit else limit
        for x in range(k, end):
            t = toks[x]
            if t in _THAT or t == ":":
                return True
            if t in _SENTENCE_END:
                return False
        return False

    def subject_later(self, word: str, k: int) -> bool:
        """``word`` (a name's last word) stands after token ``k`` right after
        a verb of saying, its subject there ("ويقول الغنوشي")."""
        if _body_or_post_word(word):
            return False  # ("قرار الحكومة «…»", then "وقالت الحكومة": a body)
        toks = self.doc.toks
        for m in range(k + 1, self.n):
            if toks[m] == word and (c := _cue_of(toks[m - 1])) is not None and c.kind == lx.VERB:
                return True
        return False

    def words_closed_by_comma(self, j: int, limit: int) -> bool:
        """Tokens from ``j`` are words alone (no mark), fewer than twelve,
        up to a comma, أنّ or a colon (an apposition closed)."""
        toks = self.doc.toks
        k = j
        while k < limit and k - j < 12:
            t = toks[k]
            if t in _COMMAS or t in _THAT or t == ":":
                return k > j
            if not self.is_word[k]:
                return False
            k += 1
        return False

    def nickname_said_later(self, o: int, limit: int) -> bool:
        """The marks opened at token ``o``, right after a name set off by a
        comma after its post, hold a nickname of one or two words closed by
        the apposition's comma: a kunya ("«أبو Z»"), or words a verb of
        saying has for subject later ("قائد الجيش، X Y «W»، …" then "وقال
        W")."""
        toks = self.doc.toks
        m = self.closing_mark(o, limit, 4)
        if not (
            m > o + 1 and m + 1 < limit and toks[m + 1] in _COMMAS and all(self.is_word[o + 1 : m])
        ):
            return False
        nick = toks[o + 1 : m]
        n = len(nick)
        if n == 2 and nick[0] in _KUNYA_HEADS:
            return True  # ("«أبو Z»": a kunya, said later or not)
        if any(map(_body_or_post_word, nick)):
            # (not "أطلق رئيس البلدية، X Y «حملة النظافة»،": a body, a
            # post or a document in marks, no nickname)
            return False
        for x in self.where(nick[0]):
            # (its mentions, filed once per word: no walk over the text)
            if (
                x > m
                and toks[x : x + n] == nick
                and (c := _cue_of(toks[x - 1])) is not None
                and c.kind == lx.VERB
            ):
                return True
        return False

    def marks_named_before(self, o: int, c: int) -> bool:
        """The words of tokens [o, c) (a name in marks) stand, as whole
        words, earlier in the text."""
        words = [t for t, w in zip(self.doc.toks[o:c], self.is_word[o:c], strict=True) if w]
        if not words:
            return False
        folded = self.doc.folded
        name = " ".join(words)
        end = self.doc.starts[o]
        at = folded.find(name, 0, end)
        if at == -1 and "عبد" in name:
            # "«عبدالعاطي»" after "بدر عبد العاطي" (or the other way round):
            # a compound name with عبد written glued or apart, one name
            glued = name.replace("عبد ال", "عبدال")
            name = glued if glued != name else name.replace("عبدال", "عبد ال")
            at = folded.find(name, 0, end)
        while at != -1:
            a, b = at - 1, at + len(name)
            # (not words in marks that close their sentence: "وهتف
            # المتظاهرون «ارحل».", "وتحدث عن «الإصلاح».", a slogan or a word
            # said, no name met)
            closes = (
                a >= 0
                and folded[a] in QUOTE_MARKS
                and b < len(folded)
                and folded[b] in QUOTE_MARKS
                and folded[b + 1 : b + 2] in (".", "!", "؟", "?", "\n", "")
            )
            if (
                (a < 0 or not folded[a].isalpha())
                and (b >= len(folded) or not folded[b].isalpha())
                and not closes
            ):
                return True
            at = folded.find(name, at + 1, end)
        return False

    def initials_in(self, o: int, c: int) -> int:
        """How many of the words in tokens [o, c) are initials: a word of
        one to three letters with its full stop glued after it and another
        word after that ("بي.جيه كراولي", "ج.و. بوش"), which with the name
        they abbreviate count as one word of it."""
        toks = self.doc.toks
        if "." not in toks[o:c]:
            return 0
        ends, starts = self.doc.ends, self.doc.starts
        is_word = self.is_word
        k = 0
        for m in range(o, c - 2):
            if (
                toks[m + 1] == "."
                and is_word[m]
                and len(toks[m]) <= 3
                and ends[m] == starts[m + 1]
                and is_word[m + 2]
            ):
                k += 1
        return k

    def names_in_marks(self, k: int) -> bool:
        """Token ``k`` heads a name in the marks right after it: a label
        ("صحيفة «الخبر»"), a bare title ("منسق «تنسيقية …»"), لـ and a body,
        or a place ("حي «التيسير»")."""
        t = self.doc.toks[k]
        return (
            _base(t) in _NAMED_BY_LABEL
            # ("وكالة «…»": a label whose و is its own letter, no conjunction)
            or t in _NAMED_BY_LABEL
            or (t in lx.TITLES and not t.startswith("ال"))
            # ("محادثة لرئيس «حزب …» X Y": a bare title glued to لـ; not
            # after a verb of saying and its titled subject, "وقال الوزير
            # لرئيس «نادي …» X Y:", "وقال وزير الصحة لرئيس «…» X Y:", the
            # one spoken to)
            or (t in _LAM_BARE_TITLES and not self.told_after_titled_subject(k))
            or (t[:1] == "ل" and t[1:] in lx.ORGANIZATION_HEADS)
            # "المتحدث الرسمي لبرنامج «سكني» X": لـ and what bears the name
            # (not an outlet: "قال لصحيفة «الخبر»" names the addressee)
            or (t[:1] == "ل" and t[1:] in _LAM_LABELS)
            or t in _NAMED_PLACES
        )

    def told_after_titled_subject(self, k: int) -> bool:
        """Whether token ``k`` follows a verb of saying and its subject, a
        title's words only (titles, words with the article, باسم) within
        eight tokens: a word glued to لـ there is the one spoken to ("وقال
        وزير الصحة لرئيس …"; not "وردت فيه محادثة لرئيس …", nor after an
        adjective of whom the post serves, "وقال المستشار الخاص لرئيس …")."""
        toks = self.doc.toks
        j = k - 1
        if j >= 0 and toks[j] in _SERVING_ADJECTIVES:
            # "وقال المستشار الخاص لرئيس «حزب …» X Y:": an adjective naming
            # whom the post serves; the title glued to لـ is the one served
            return False
        while j >= 0 and k - j <= 8 and self.is_word[j] and not self.in_quote[j]:
            t = toks[j]
            if t in lx.TITLES or t[:2] == "ال" or t == "باسم":
                j -= 1
                continue
            hit = _cue_of(t)
            return j < k - 1 and hit is not None and hit.kind == lx.VERB
        return False

    def numbered_post_name(self, j: int, limit: int) -> bool:
        """Tokens from ``j`` are a name of two to four words that a comma,
        أنّ or the end of the phrase closes (after the number of a court or
        a university ending a post: "بتونس 1 X Y،")."""
        toks = self.doc.toks
        is_word = self.is_word
        m = j
        while m < limit and m - j < 5 and is_word[m] and toks[m] not in lx.NP_STOP:
            m += 1
        return (
            2 <= m - j <= 4
            and (m >= limit or toks[m] in _COMMAS or toks[m] in _THAT)
            and not _IS_TITLE_HEAD[toks[j]]
            and self.name_like(j, m)
        )

    def so_called_end(self, i: int, limit: int) -> int:
        """The end of "فيما يعرف بقضية «…»" (what a case or a body is known
        as: فيما/بما, a verb of naming, a noun glued to بـ and its name in
        marks, or بـ before the marks) opened at token ``i``, or -1."""
        toks = self.doc.toks
        if i + 3 >= limit or toks[i + 1] not in _KNOWN_AS:
            return -1
        w = toks[i + 2]
        # (بـ alone before the marks, or glued to the noun that they name)
        if w[0] != "ب" or (w != "ب" and len(w) <= 3) or toks[i + 3] not in QUOTE_MARKS:
            return -1
        o = i + 3
        m = self.closing_mark(o, limit, 9)
        return m + 1 if m > o + 1 else -1

    def name_after_body(self, j: int, limit: int) -> bool:
        """Token ``j``, after a body's name in marks that a title with no
        name takes as its genitive, opens the holder's name: an honorific or
        a rank, or two or three plain words (no article, no stop word, no
        date, no verb of saying) before أنّ, a colon, a comma or a mark."""
        toks = self.doc.toks
        if j + 1 >= limit or not self.is_word[j] or self.in_quote[j]:
            return False
        t = toks[j]
        if t in _HONORIFIC_WORDS_OR_RANKS:
            return True
        k = j
        while k < limit and k - j < 4 and self.is_word[k] and not self.in_quote[k]:
            w = toks[k]
            if (
                w[:2] == "ال"
                or w in lx.NP_STOP
                or _NP_KIND[w] != 1
                or k in self.date_token_index
                or _cue_of(w) is not None
            ):
                if (
                    k > j
                    and _NP_KIND[w] == 2
                    and k + 1 < limit
                    and (toks[k + 1] in _THAT or not self.is_word[k + 1])
                    and w not in lx.NP_STOP
                    and k not in self.date_token_index
                    and _cue_of(w) is None
                ):
                    # "لـ«حزب …» سمير الخطيب:": a family name with the
                    # article last, right before أنّ, a colon, a comma or
                    # a mark (kw35)
                    k += 1
                break
            k += 1
        return 2 <= k - j <= 3 and (k >= limit or toks[k] in _THAT or not self.is_word[k])

    def acronym_aside(self, o: int, limit: int) -> int:
        """The closing bracket of an acronym aside opened at token ``o``
        ("(حتو)", "(FFS)", "(ح.ت.و)"): one or two words, no number, outside
        quotes, or initials with full stops, and the words of the phrase
        going on right after it or a comma that ends it; else -1."""
        toks, is_word, in_quote = self.doc.toks, self.is_word, self.in_quote
        m = self.initials_end(o, limit)
        if m < 0:
            m = o + 2 if o + 2 < limit and toks[o + 2] == ")" else o + 3
            if not (
                m < limit
                and toks[m] == ")"
                and all(
                    is_word[x] and not in_quote[x] and not toks[x].isdigit()
                    for x in range(o + 1, m)
                )
            ):
                return -1
        if m + 1 < limit and ((is_word[m + 1] and not in_quote[m + 1]) or toks[m + 1] in _COMMAS):
            # ("X، عضو المكتب التنفيذي لحزب الرواد (ح.ر)، إن": the acronym
            # ends the role)
            return m
        return -1

    def number_of_definite(self, k: int, limit: int, np_stop) -> int:
        """After "عدد من" at ``k``, a plural in construct with a definite
        word, or with a bare noun in construct with one in turn ("عدد من
        نواب البرلمان", "عدد من أعضاء مجلس النواب"): the index of the
        definite word, or -1."""
        toks = self.doc.toks
        for d in (k + 1, k + 2):
            if d >= limit or not self.is_word[d] or self.in_quote[d]:
                return -1
            if toks[d][:2] == "ال":
                return d
            prev = toks[d - 1]
            if prev in np_stop or not prev.isalpha():
                return -1
        return -1

    def holder_after_marks(self, o: int, m: int, limit: int) -> bool:
        """The marks at tokens ``o`` and ``m``, after a title's definite
        genitive, hold the body's short name, and the holder's name opens
        right after them: a given name, then a word without the article
        ("رئيس حزب الأمل «نور» محمد سالم X", "… للعدل والتنمية «أمل» X",
        "… الوطني للتنمية «الغد» X": the genitive's last word glued to لل,
        kw26)."""
        toks = self.doc.toks
        j = m + 1
        if not (
            j + 1 < limit
            and o > 0
            and ((w := toks[o - 1])[:2] in _ART_OR_LIL or w[:3] == "وال")
            and self.is_word[j + 1]
            and not self.in_quote[j + 1]
        ):
            return False
        nxt = toks[j + 1]
        if (
            toks[j] in _HONORIFIC_WORDS_OR_RANKS
            and nxt[:2] != "ال"
            and not _IS_TITLE_HEAD[nxt]
            and j + 2 < limit
            and self.is_word[j + 2]
            and not self.in_quote[j + 2]
        ):
            # "رئيس حزب الأمل الوطني «أمل» الدكتور X Y": an honorific or a
            # rank, then the holder's name
            return self.name_like(j + 1, j + 3)
        if toks[j] in _GIVEN_NAMES:
            # (a family name with the article is a nisba in ي: "«نور» خالد
            # المنصوري")
            return (
                nxt[:2] != "ال" or (nxt[-1] == "ي" and len(nxt) > 4) or self.family_name_at(j + 1)
            ) and self.name_like(j, j + 2)
        # "«نور» عبد الرحمن X": a compound given name, then one more word
        return (
            toks[j] in ("عبد", "ابو")
            and nxt[:2] == "ال"
            and j + 2 < limit
            and self.is_word[j + 2]
            and not self.in_quote[j + 2]
            and self.name_like(j, j + 3)
        ) or (m == o + 2 and self.name_up_to_that(j, limit))

    def name_up_to_that(self, j: int, limit: int) -> bool:
        """Two or three name-like words from token ``j`` up to أنّ or a
        colon, the first without the article and none a title, a body's
        head or a country: a name whatever its first word ("«وام» سلطان X
        إن", a given name that is also a title; "«يونيسف» جيمس X:", a
        foreign one), after a body's one-word short name in marks."""
        toks = self.doc.toks
        k = j
        while (
            k < limit
            and k - j < 4
            and self.is_word[k]
            and not self.in_quote[k]
            and toks[k] not in _THAT
        ):
            w = toks[k]
            if (
                # (a title that is also a given name opens one: "سلطان X")
                ((_IS_TITLE_HEAD[w] or w in lx.TITLES) and (k > j or w not in _TITLE_GIVEN_NAMES))
                or w in lx.NP_STOP
                or w in _ORGANIZATION_HEADS
                or w in _COUNTRIES
            ):
                return False
            k += 1
        return (
            2 <= k - j <= 3
            and k < limit
            and (toks[k] in _THAT or toks[k] == ":")
            and toks[j][:2] != "ال"
            and self.name_like(j, k)
        )

    def family_name_at(self, k: int) -> bool:
        """Token ``k``, right after a given name, can be a family name with
        the article ("خليل الحية", "سامي النجار"): a word outside quotes
        that no title, post or stop word is."""
        t = self.doc.toks[k]
        return (
            self.is_word[k]
            and not self.in_quote[k]
            and not _IS_TITLE_HEAD[t]
            and t not in lx.TITLES
            and t not in lx.NP_STOP
            and k not in self.date_token_index
        )

    def titled_name_in_marks(self, o: int, limit: int) -> int:
        """The mark closing a person's name in marks opened at token ``o``
        right after a title ("وزير الخارجية “علي كرتي”"), or -1: up to four
        name-like words, the first without the article, two at least where
        the word before may head a name in marks ("الخارجية «…»"); the links
        of a lineage not counted ("وزير الخارجية "X بن Y آل Z"")."""
        toks = self.doc.toks
        m = self.closing_mark(o, limit, 11)
        if m > o + 5 and _too_many_name_words(toks[o + 1 : m]):
            return -1
        f = o + 1
        if (
            m > o + 2
            and toks[f] in _HONORIFIC_WORDS_OR_RANKS
            and toks[f + 1][:2] != "ال"
            # (after a post complete in a definite word: "مدير مستشفى «الشيخ
            # X»" names the hospital, its genitive, after a person)
            and toks[o - 1][:2] == "ال"
        ):
            # "المتحدث باسم الجيش "العقيد X Y"": the name in the marks after
            # its rank or honorific
            f += 1
        if (
            m > f
            and toks[f][:2] != "ال"
            and toks[f] not in _ORGANIZATION_HEADS
            # ("عضو تكتل “لبنان القوي” النائب X": a country opens a body's
            # name, never a person's)
            and toks[f] not in _COUNTRIES
            # ("وانتقد رئيس الحزب «قانون الطوارئ» وقال": a law, a plan, a
            # decision named, the verb's object, never a person, when the
            # clause goes on after it; kw33. At the sentence's end, "وأعلن
            # الوزير "خطة الإنقاذ الوطني".", the marks stay no words said)
            and not (toks[f] in _OBJECT_THINGS and m + 1 < self.n and self.is_word[m + 1])
            # ("رئيس هيئة الدفاع في «قضية X»، الدكتور Y": after a preposition
            # the marks name the object of the post, never the person)
            and toks[o - 1] not in lx.ROLE_PREPOSITIONS
            # (a first علي in the marks is the name Ali, not على)
            and self.name_like(f, m, called=True)
            # (a bare title before the marks heads a body's name: "رئيس
            # «جبهة …»"; a title's definite genitive, a person's at two words)
            and (not self.names_in_marks(o - 1) or (m > o + 2 and toks[o - 1][:2] == "ال"))
            and not self.named_in_commas_after(m + 1)
            # (nor a short name of the body the title governs, its holder's
            # name right after the marks: "رئيس حزب الأمل «نور» محمد سالم X")
            and not self.holder_after_marks(o, m, limit)
        ):
            return m
        return -1

    def title_resumes(self, j: int, limit: int) -> bool:
        """A title word comes at token ``j`` or within the next three words
        (no stop word, mark or punctuation before it): "… على أمن الدولة
        المحامية X"."""
        toks = self.doc.toks
        for m in range(j, min(limit, j + 4)):
            t = toks[m]
            if not self.is_word[m] or self.in_quote[m] or t in lx.NP_STOP:
                return False
            if _IS_TITLE_HEAD[t] or t in lx.TITLES:
                return True
        return False

    def aside_before_name(self, j: int, limit: int) -> int:
        """The comma that closes an aside opening at token ``j`` with a
        preposition of where a post is held ("، لدى الحكومة المعترف بها
        دوليا،", "، في حكومة الوفاق الوطني،") when a name of two to four
        words follows it up to a comma, أنّ or a colon; 0 otherwise."""
        toks = self.doc.toks
        if j >= limit:
            return 0
        if toks[j] in QUOTE_MARKS:
            return self.short_name_before_name(j, limit)
        if toks[j] not in _ASIDE_POST_PREPOSITIONS:
            return 0
        is_word = self.is_word
        m = j + 1
        while m < limit and m - j <= 8 and is_word[m] and not self.in_quote[m]:
            if toks[m] in _THAT or _cue_of(toks[m]) is not None:
                return 0
            if toks[m] in _COUNTERPARTS or (
                # (a titled one met, "في لقاء مع الرئيس،", only when a person
                # was named before, whom the bare post may be: with none,
                # "وقال المتحدث باسم الحكومة، في لقاء مع الرئيس، X Y:" gives
                # X Y the post rather than leave it unresolved; mend29a)
                toks[m] == "مع" and m + 1 < limit and _IS_TITLE_HEAD[toks[m + 1]] and self._persons
            ):
                # "وقال وزير الخارجية، في مؤتمر صحفي مع نظيره التونسي، X Y:":
                # the aside names a person met, whose name the one after its
                # comma is, not the post holder's before it (dev29s)
                return 0
            m += 1
        if m - j < 2 or m >= limit or toks[m] not in _COMMAS:
            return 0
        k = m + 1
        while k < limit and k - m <= 5 and is_word[k] and toks[k] not in lx.NP_STOP:
            k += 1
        if (
            3 <= k - m <= 5
            and k < limit
            and (toks[k] in _COMMAS_OR_COLON or toks[k] in _THAT)
            and not _IS_TITLE_HEAD[toks[m + 1]]
            and self.name_like(m + 1, k)
        ):
            return m
        return 0

    def short_name_before_name(self, o: int, limit: int) -> int:
        """The comma after a body's short name in marks opened at token
        ``o``, set off by commas after the body's full name ("رئيس حزب
        الأمل الوطني، «أمل»، X Y، إن"), when the holder's name follows it,
        bare or after an honorific, up to a comma; 0 otherwise."""
        toks = self.doc.toks
        if o < 2 or toks[o - 1] not in _COMMAS or toks[o - 2][:2] != "ال":
            return 0
        m = self.closing_mark(o, limit, 5)
        if m < o + 2 or m + 2 >= limit or toks[m + 1] not in _COMMAS:
            return 0
        j = m + 2
        if toks[j] in _HONORIFIC_WORDS_OR_RANKS:
            j += 1  # ("، «أمل»، الدكتور X Y،": the honorific before the name)
        k = j
        while k < limit and k - j < 4 and self.is_word[k] and not self.in_quote[k]:
            k += 1
        return (
            m + 1
            if (
                j + 1 < k < limit
                and toks[k] in _COMMAS
                and not _IS_TITLE_HEAD[toks[j]]
                and self.name_like(j, k)
            )
            else 0
        )

    def named_in_commas_after(self, c: int) -> bool:
        """Token ``c`` is a comma that opens a name closed by the next comma
        ("الناطق باسم حركة المقاومة «فتح»، X Y، إن"): the titled person is
        named there, so the word in marks before it named the body."""
        toks = self.doc.toks
        limit = self.n
        if c >= limit or toks[c] not in _COMMAS:
            return False
        k = c + 1
        while k < limit and k - c <= 5 and self.is_word[k]:
            k += 1
        return (
            c + 2 < k < limit
            and toks[k] in _COMMAS
            and not _IS_TITLE_HEAD[toks[c + 1]]
            and self.name_like(c + 1, k)
        )

    def said_in_marks(self, o: int, a: int, cue: lx.Cue | None) -> bool:
        """Whether the marks opened at token ``o``, in the phrase that starts
        at token ``a`` right after a verb of saying (``cue``, or the token
        before ``a``), are the verb's object, the words said, rather than a
        name inside its subject ("وزير الخارجية “علي كرتي” إن"): the marks
        close the verb's sentence ("وقال الوزير "ندعم حل الدولتين".",
        "وقالت الحركة "…"."), so nothing else is left for it to say."""
        if cue is None and (a < 1 or (cue := _cue_of(self.doc.toks[a - 1])) is None):
            return False
        if cue.kind != lx.VERB or _lemma_key(cue) not in _SAYING:
            return False
        m = self.closing_mark(o, self.n, 9)
        if m <= o + 1:
            return False
        if m + 1 >= self.n or self.sent[m + 1] != self.sent[m]:
            return True
        toks = self.doc.toks
        t = toks[m + 1]
        # (or its clause: "…"، مضيفا أن": a participle of saying goes on;
        # not after a label noun or a title in construct, whose name the
        # marks hold: 'وقال رئيس حزب "النهضة"، موضحا أن …')
        before = toks[o - 1] if o else ""
        return t in _SENTENCE_END or (
            t in _COMMAS
            and not (
                before in lx.LABEL_NOUNS
                or _base(before) in lx.LABEL_NOUNS
                or (before in lx.TITLES and not before.startswith("ال") and _cue_of(before) is None)
            )
            and m + 2 < self.n
            and (after := _cue_of(toks[m + 2])) is not None
            and after.kind == lx.PARTICIPLE
        )

    def affiliation_end(self, k: int, limit: int) -> int:
        """Where the body a participle of belonging names ends, from token
        ``k`` after it ("التابع للجيش السوري الحر", "المنضوي في التحالف
        الوطني", "التابعة لـ«X»"), when a comma follows it; else -1."""
        toks = self.doc.toks
        w = toks[k]
        if w in _AFFILIATION_PREPS or w == "ل":
            k += 1
            if k >= limit:
                return -1
            if toks[k] in QUOTE_MARKS:
                if (m := self.closing_mark(k, limit, 6)) < 0:
                    return -1
                k = m + 1
            elif w == "ل" or not self.is_word[k] or self.in_quote[k]:
                return -1
            else:
                k += 1
        elif w[:1] == "ل" and len(w) > 3 and self.is_word[k] and not self.in_quote[k]:
            k += 1
        else:
            return -1
        m = k
        while m < limit and m - k < 4 and self.is_word[m] and toks[m][:2] == "ال":
            m += 1
        # (a name after the comma: "رئيس الحزب المنتمي إلى المعارضة، إن"
        # has none; final read)
        return (
            m
            if m + 1 < limit
            and toks[m] in _COMMAS
            and self.is_word[m + 1]
            and toks[m + 1] not in lx.NP_STOP
            else -1
        )

    def post_words_end(self, j: int, limit: int, before_dates: bool = False) -> int:
        """Where the words of a post told from token ``j`` end (before
        ``limit``): at most twelve words outside quotes, up to a stop word
        that is no preposition of a post, or a verb of saying; with
        ``before_dates``, also before a date ("منذ تموز 2022"). The post a
        relative clause says one holds ("، الذي يشغل منصب …،") and the one
        a later sentence tells (``post_held``)."""
        toks, is_word, in_quote = self.doc.toks, self.is_word, self.in_quote
        dates = self.date_token_index if before_dates else ()
        k = j
        while (
            k < limit
            and k - j < 12
            and is_word[k]
            and not in_quote[k]
            and (toks[k] not in lx.NP_STOP or toks[k] in lx.ROLE_PREPOSITIONS)
            and _cue_of(toks[k]) is None
            and k not in dates
            # ("منصب وزير المالية خلفا لـX": whom one succeeds, mend25b)
            and toks[k] not in _words_module._IN_PLACE_OF
        ):
            k += 1
        return k

    def closing_mark(self, o: int, limit: int, width: int) -> int:
        """The mark that closes the marks opened at token ``o`` (a name in
        marks inside a phrase): the next mark before ``limit`` and fewer than
        ``width`` tokens on, or -1."""
        toks = self.doc.toks
        m = o + 1
        while m < limit and m - o < width and toks[m] not in QUOTE_MARKS:
            m += 1
        return m if m < limit and toks[m] in QUOTE_MARKS else -1

    def body_name_close(self, i: int, limit: int, width: int = 7) -> int:
        """The mark that closes a name in marks opened at token ``i`` after a
        post's preposition: fewer than ``width`` tokens on (seven after في
        and باسم, eight after لـ), or fewer than eleven when the first word
        is a body's noun ("في "هيئة … وحلفائها"", "لـ«حزب … والحريات»", a
        body's long name), or -1 (``closing_mark``)."""
        m = self.closing_mark(i + 1, limit, width)
        if (
            m < 0
            and i + 2 < limit
            and (
                (w := self.doc.toks[i + 2]) in lx.ORGANIZATION_HEADS
                or (w[:2] == "ال" and w[2:] in lx.ORGANIZATION_HEADS)
            )
        ):
            m = self.closing_mark(i + 1, limit, 11)
        return m

    def rank_completed(self, a: int, i: int) -> bool:
        """The words of the phrase from token ``a`` right before token ``i``
        are a military rank and what completes it, "الفريق أول ركن", "اللواء
        ركن", after its title: no name read yet."""
        toks = self.doc.toks
        r = i - 1
        while r > a and toks[r] in _RANK_QUALIFIERS:
            r -= 1
        return r < i - 1 and r >= a and toks[r] in _MILITARY_RANKS

    def told_after_honorific(self, i: int, limit: int) -> bool:
        """After a verb of telling and its subject's title, the honorific or
        rank at ``i`` and the name after it are the one told when the verb's
        complement follows them ("وأبلغ وزير الدفاع الجنرال X بأن"), not when
        another object does ("وأبلغ وزير الخارجية الشيخ X السفير أن": the
        minister's own name)."""
        toks = self.doc.toks
        b = i + 1
        while b < limit and toks[b] in _RANK_QUALIFIERS:
            b += 1  # "الفريق أول ركن X"
        n = b
        while (
            b < limit
            and b - n < 5
            and self.is_word[b]
            # (the name's first word may be a title's too: "الأمير سلطان")
            and (b == n or _NP_KIND[toks[b]] not in (3, 4, 5))
            # (a definite plural after the name is another object: "وأخبر
            # قائد الشرطة العميد X الصحفيين أن", the commander's own name)
            and not (b > n and toks[b][:2] == "ال" and toks[b][-3:] in _NISBA_ENDINGS)
            # (nor a delegation: "وأبلغ ولي العهد الأمير X Y الوفد الأمريكي
            # أن", the heir's own name; rev36)
            and not (b > n and toks[b][:2] == "ال" and toks[b][2:] in _DELEGATIONS)
            and toks[b] not in _THAT
            and toks[b] != "ب"
            and toks[b][:3] != "بال"
        ):
            b += 1  # the name's words ("صباح الخالد"), up to a title or أنّ
        if b >= limit or b == n:
            return True
        t = toks[b]
        return not self.is_word[b] or t in _THAT or t[0] == "ب" or t in lx.NP_STOP

    def _name_after_post(self, a: int, i: int) -> bool:
        """scan_np after بين: a word of a name read among tokens (a, i) after
        the post at ``a`` (an ordinary word, or a word without the article
        after a definite one: "وزير الخارجية علي العمر")."""
        toks = self.doc.toks
        for m in range(a + 1, i):
            if _NP_KIND[toks[m]] == 1 or (
                m > a
                and toks[m - 1][:2] in ("ال", "لل")
                and toks[m][:2] not in ("ال", "لل")
                and (toks[m] not in lx.NP_STOP or self._ali(m))
                and toks[m] not in lx.ROLE_PREPOSITIONS
            ):
                return True
        return False

    def bracket_holder(self, p: int, close: int) -> int:
        """The first token of the name in the brackets ``p`` (opening) and
        ``close`` after a post ("المتحدث باسم الخارجية (وانغ ون بين)",
        "مدير الأوقاف (الشيخ X Y)": past an honorific or a rank), or -1."""
        toks = self.doc.toks
        q = p + 1
        while q < close - 2 and toks[q] in _HONORIFICS_OR_RANKS:
            q += 1
        if (
            (
                2 <= close - q <= 4
                # ("(فهد بن ناصر آل مقرن)": five words with a link of
                # lineage or family between them, dev21s)
                or (close - q == 5 and any(toks[m] in _NAME_LINKS for m in range(q + 1, close - 1)))
            )
            and (toks[q][:2] != "ال" or toks[q] in _ARTICLE_FIRST_NAMES)
            # ("(باسم العوادي)", "(وانغ ون بين)": a name's words
            # that are also particles, inside the brackets)
            and (toks[q] not in _NP_SPECIAL or toks[q] == "باسم")
            # (not "(شرق البلاد)", "(جناح الداخل)", "(كبير
            # المسؤولين)": a part, a side or a rank in construct)
            and toks[q] not in _COMPASS_POINTS
            and toks[q] not in _BRACKET_PART_HEADS
            # (not "(يسار الصورة)", "(صورة أرشيفية)": a caption's words,
            # where the one named stands in the picture; rev25)
            and not any(toks[m] in _PICTURE_WORDS for m in range(q, close))
            # (not "(سي آي إيه)", "(إف بي آي)": a Latin acronym spelt out
            # in the names of its letters, the body's, no holder; dev26r)
            and not (
                all(toks[m] in _LETTERS_OR_WORDS for m in range(q, close))
                and any(toks[m] in _LATIN_LETTER_NAMES for m in range(q, close))
            )
            and self._bracket_name_words(q, close)
            # (not "مدير مستشفى (شهداء الأقصى)", "لحركة (فتح
            # الانتفاضة)": a body or a place without the article,
            # whose own name the brackets hold)
            and not any(
                w in _POST_PLACES or w in lx.LABEL_NOUNS
                for w in (toks[p - 1], toks[p - 1][1:])
                if w[:2] != "ال"
            )
        ):
            return q
        return -1

    def _bracket_name_words(self, a: int, b: int) -> bool:
        """phrase_entity: tokens [a, b) in brackets after a post are a name's
        words ("(وانغ ون بين)"): Arabic words, no number, date, title, body,
        country, place, stop word (but علي last in the brackets), nor a
        word glued to لل/بال."""
        toks = self.doc.toks
        return all(
            self.is_word[m]
            and _HAS_ARABIC(t := toks[m])
            and not t.isdigit()
            and m not in self.date_token_index
            and t not in lx.TITLES
            and t not in lx.ORGANIZATION_HEADS
            and t not in _COUNTRIES
            and t not in _PLACE_HEADS
            # ("(X علي)": علي, folded as على is, last before the closing
            # bracket after a given name is the name Ali; a preposition
            # never ends the brackets with no object)
            and (t not in lx.NP_STOP or (t == "علي" and a < m == b - 1 and toks[b] == ")"))
            and not t.startswith(("لل", "بال"))
            and not (t[:1] in "بل" and t[1:] in _POST_PLACES)
            and _NAME_FLAGS[t] & 9 == 0
            for m in range(a, b)
        )

    def subject_before_contains(self, i: int) -> bool:
        """ "إن الخطة تضمنت كل المطالب", "قائلا إن وثيقته تضمنت …": a
        definite noun (or one with a pronoun) right before the verb of
        containing at ``i`` is its subject; the phrase after is what it
        contains, no speaker (dev17s)."""
        if i == 0 or not self.is_word[i - 1] or self.in_quote[i - 1]:
            return False
        p = self.doc.toks[i - 1]
        return p not in _THAT and (
            p[:2] == "ال" or (len(p) > 4 and p.endswith(("ه", "ها", "هم")) and p[:2] != "ان")
        )

    def relayed_ali(self, a: int, limit: int) -> int:
        """The first علي in the six tokens from ``a`` (the source a relay's
        عن introduces), when it is the name Ali written with its ya: before
        a word the name goes on with ("عن رئيس الوزراء علي الزغبي"), a name
        in عبد ("علي عبدالله صالح"), or, after عن or a definite word, one
        word and then the relay's saying, أنّ or a colon ("عن وزير
        الخارجية علي الصادق قوله:"); its index, else -1. Not before the
        noun of an idiom of على ("عن الدبلوماسي علي حد قوله", "علي عجل",
        "علي الفور"), nor after a participle whose verb takes على ("عن
        المصدر المطلع علي تفاصيل الاتفاق"), unless a nisba with the
        article or a patron follows it there (mend34a)."""
        toks = self.doc.toks
        for k in range(a, a + 6 if a + 6 < limit - 1 else limit - 1):
            if toks[k] == "علي":
                if not self._ali(k):
                    return -1
                w = toks[k + 1]
                if w[:3] == "عبد":
                    return k
                if w in _ALA_IDIOMS or w in _ALA_PHRASE_HEADS:
                    return -1
                if k > a and toks[k - 1] in _ALA_TAKING_PARTICIPLES:
                    return -1  # ("عن مصدر مطلع علي سير المفاوضات")
                if k > a and toks[k - 1] in _ALA_PARTICIPLES:
                    # ("عن المصدر المطلع علي تفاصيل الاتفاق"; but "عن النائب
                    # المحسوب علي بن سالم": a post's participle, a name)
                    return (
                        k
                        if w in _NAME_PATRONS or (w[:2] == "ال" and w[-1] == "ي" and len(w) > 4)
                        else -1
                    )
                rest = toks[k + 2] if k + 2 < limit else ""
                if (
                    len(w) == 5
                    and w[0] == "ا"
                    and w[3] == "ا"
                    and rest[:2] == "ال"
                    and w not in _MASDAR_SHAPED_NAMES
                ):
                    # ("عن الخبير الاقتصادي علي أسعار الوقود قوله": a broken
                    # plural أفعال and its definite genitive, what على takes;
                    # not "علي إحسان الطيب", a given name of that shape)
                    return -1
                if _ali_name_next(w, rest) or (
                    # (after عن or a definite word: not "عن مصادر مطلعة
                    # علي الاتفاق قولها")
                    (k == a or toks[k - 1][:2] == "ال")
                    and self.is_word[k + 1]
                    and w not in lx.NP_STOP
                    and (rest in _SAYING_OF_THEM or rest in _THAT or rest == ":")
                ):
                    return k
                return -1
        return -1

    def scan_np(
        self,
        a: int,
        limit: int,
        cue: lx.Cue | None,
        *,
        titled: bool = False,
        ali: bool = False,
        after_verb: bool = False,
        relayed: bool = False,
    ) -> tuple[int, int, int]:
        """The noun phrase that starts at token ``a``.

        Returns ``(b, ra, rb)``: the phrase is tokens ``[a, b)``, and
        ``[ra, rb)`` an apposition after a comma that gives the role (empty
        when ``ra == rb``). ``after_verb``: the phrase follows a verb that
        is no cue (the clause's verb a participle's subject is read after),
        whose object may follow its subject as a verb of saying's does.
        ``relayed``: the phrase is the source a relay's particle introduces
        ("نقلت البرقية عن …"), who may be named in marks."""
        toks = self.doc.toks
        is_word = self.is_word
        in_quote = self.in_quote
        dates = self.date_token_index
        i = a
        named = False
        post_after_name = False  # (a title read after the name)
        titled_in = titled
        relay_ali = -1  # (علي read as the name by relayed_ali)
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
            # (a phrase read outside speech right after a verb of telling, or
            # the title's words after it: "وأبلغ وزير الدفاع الجنرال X" is
            # the subject and then the one told, as after the cue)
            said_before = a > 0 and (
                ((hit := _cue_of(toks[a - 1])) is not None and hit.kind == lx.VERB)
                or (
                    titled
                    and a > 1
                    and (hit := _cue_of(toks[a - 2])) is not None
                    and hit.kind == lx.VERB
                )
            )
            tells = said_before and hit.lemma in _TELL_SOMEONE
            tells_bare = tells and hit.lemma in _TELL_BARE
            # "وقاطع رئيس البرلمان النواب قائلا", "وخاطب الرئيس النائب": a
            # verb of addressing (no cue) takes the one addressed for its
            # object after the subject, as a verb of telling does
            addresses = a > titled and toks[a - 1 - titled] in _ADDRESSING_VERBS
            ali_is_name = ali  # ("أن مستشار الرئيس نافع علي نافع حذر": a name)
            ala_verb = False
            if (
                not ali
                and a > 0
                and a + 2 < limit
                and toks[a + 1] == "علي"
                and _NP_KIND[toks[a]] == 4
                and is_word[a - 1]
                and toks[a - 1] not in _VERBS_WITH_ALA
                and self._ali(a + 1)
                and _ali_name_next(toks[a + 2], toks[a + 3] if a + 3 < limit else "")
            ):
                # "انتقد النائب علي X الحكومة": right after a title that a
                # verb's subject opens with, علي written with its ya is the
                # name Ali, the verb taking no على ("ورد الوزير على …")
                ali_is_name = True
            if relayed and not ali_is_name:
                # "نقلت الوكالة عن رئيس الوزراء علي X قوله", "ينقل السفير
                # عن علي X": علي with its ya in the source a relay's عن
                # introduces, the name Ali (rev37; relayed_ali)
                relay_ali = self.relayed_ali(a, limit)
                ali_is_name = relay_ali >= 0
            # (a mention right after a verb of saying is still its subject:
            # "أقر وزير العدل بوجود …" read again outside speech ends before
            # the بـ the verb takes)
            particle = (
                hit.particle
                if a > 0 and (hit := _cue_of(toks[a - 1])) is not None and hit.kind == lx.VERB
                else None
            )
            # (names learnt outside speech: "أشاد الوزير ببرنامج …", the
            # phrase after the title that follows a verb of praise)
            k = a - 1 - titled
            praise = k >= 0 and (
                toks[k] in _PRAISE_VERBS
                or (
                    (hit := _cue_of(toks[k])) is not None
                    and hit.kind == lx.VERB
                    and hit.lemma in _PRAISE
                )
            )
        else:
            verb = cue.kind in _VERB_KINDS
            tells = verb and cue.lemma in _TELL_SOMEONE
            tells_bare = tells and cue.lemma in _TELL_BARE
            said_before = verb
            addresses = verb and cue.lemma in _ADDRESSING_LEMMAS
            praise = verb and cue.lemma in _PRAISE
            particle = cue.particle
            # ("فقد أكد على موقف X": after a verb whose complement على
            # introduces, على as written with its alif maqsura is that
            # preposition, not the name Ali, its subject elided; so is it
            # after any verb before a noun of an idiom of على, "وأوضح على
            # صعيد آخر أن", "وذكر على حساب الوزارة أن": dev24s)
            ala_verb = cue.lemma in _ALA_VERBS
            ali_is_name = (
                particle != "على"
                and not (
                    (
                        ala_verb
                        or (
                            a + 1 < limit
                            and toks[a + 1] in _ALA_IDIOMS
                            # (not "وقال على خلاف، رئيس النقابة، إن": an
                            # idiom goes on with its complement, a name set
                            # off by its apposition's comma; rev27; nor
                            # "وقال على خلاف إن", "على خلاف:", "وأضاف على
                            # خلاف في تصريح صحفي أن": nothing to go on with,
                            # a name that ends there; mend24a)
                            and a + 2 < limit
                            and toks[a + 2] not in _COMMAS_OR_COLON
                            and toks[a + 2] not in _THAT
                            and not (
                                toks[a + 2] == "في"
                                and a + 3 < limit
                                and toks[a + 3] in _words_module._OCCASION_WORDS
                            )
                        )
                    )
                    and a < limit
                    and toks[a] == "علي"
                    and self.doc.orig(self.doc.starts[a], self.doc.ends[a])[-1:] == "ى"
                )
            )
        # (a body glued to بـ after a post told after the name ends that post
        # at the one told or the words' day or occasion too, after a verb of
        # saying only, not one that takes بـ or praises, "وأشاد X مدير …
        # بوزارة العدل في …", nor any other verb, whose complement في may
        # open: "شارك X أستاذ القانون بجامعة دمشق في الندوة")
        body_ends = verb and not praise and particle != "ب"
        if (
            # (ali_before_ala's first tests, here only: most phrases open
            # with no علي, and the call is spared)
            a + 3 < limit and toks[a] == "علي" and (ala := self.ali_before_ala(a, limit)) > 0
        ):
            # "وعلق علي الخطيب على القرار": the name Ali, up to the particle
            ali_is_name = True
            limit = ala
        doc_head = False
        h = a - 1 if titled else a  # (the title, or the name after it)
        if (
            h >= 2
            and toks[h - 1] in _DEEMED_IT
            and h + 2 < limit
            and toks[h - 2] in _RELATIVES
            and toks[h][:2] == "ال"
            and _IS_TITLE_HEAD[toks[h]]
            and self.second_object_after(h + 1)
        ):
            # "القرار الذي اعتبره الوزير خطوة متسرعة، وقال": after the
            # pronoun and the titled subject, an indefinite noun and its
            # adjective are the verb's second object, no name
            if titled:
                return a, a, a
            limit = a + 1
        if verb and a < limit and toks[a] in _ADDRESSING:
            return a, a, a  # "وقالت متوجهة بالكلام إلى الرئيس:": whom to, no subject
        if a + 2 < limit and toks[a + 1] in _SAME_AFTER and toks[a][:2] == "ال":
            # "واستحضر القيادي ذاته موقف أحد زملائه، مشيرا": "the same" after
            # a definite noun ends the phrase, which names nobody new; what
            # follows is the verb's object (nor an apposition after a comma:
            # "القيادي ذاته، موقف …،")
            return a + 2, a + 2, a + 2
        if (
            verb
            and cue.gender == _M
            and cue.number == _SG
            and a + 1 < limit
            and "ال" <= (t := toks[a]) < "ام"
            and t[-1] != "ه"
            and "ال" <= (adj := toks[a + 1]) < "ام"
            and adj[-2:] == "يه"
            and not self.ha_ending(a + 1)
            and t not in lx.TITLES
            and not _IS_TITLE_HEAD[t]
        ):
            # "ودعا الوسائل الإعلامية إلى …", "وحث الدول الأوروبية على …": a
            # definite noun with a feminine adjective (a plural of things, or
            # a feminine noun) would have a feminine verb as its subject;
            # after a masculine one it is the object, the subject elided
            return a, a, a
        if a < limit and (first := _NP_FIRST[toks[a]]):
            # (one lookup for the first word's tests: most words pass them all)
            if first & 32 and _prayer_at(toks, a, limit):
                # "حيث قال رحمه الله: «…»", "وأضاف حفظه الله": a blessing
                # of the one who speaks right after the verb is no subject;
                # his name is elided (he was named before)
                return a, a, a
            if (
                first & 64
                and a + 1 < limit
                and toks[a + 1][:2] == "ال"
                and _IS_TITLE_HEAD[toks[a + 1]]
            ):
                # "وأبلغ الوزيران المبعوث الأمريكي أن": a title with the article
                # after a dual title, which takes no genitive and no name, is
                # the one told, the verb's object, never the pair's post
                return a + 1, a + 1, a + 1
            if verb and first & 1 and is_word[a]:
                # "قال للصحفيين", "قال لوكالة …": an addressee, not the subject
                t = toks[a]
                if (
                    t.startswith("لل")
                    or t[1:] in _ADDRESSEE_HEADS
                    or t in {"له", "لها", "لهم", "لنا"}
                ):
                    return a, a, a
                if t == "ل" and a + 1 < limit and toks[a + 1] == "(":
                    # "صرح لـ(وات)": the agency in brackets, the addressee
                    return a, a, a
                if (
                    len(t) > 3
                    and self.known_name_word(t[1:])
                    and not self.known_name_word(t)
                    and (a + 1 >= limit or not is_word[a + 1] or toks[a + 1] in lx.NP_STOP)
                ):
                    # "فإنه أكد لشيا أنّ" after "السفيرة دوروثي شيا": a person
                    # named before, glued to لـ, is the one spoken to (but
                    # "وقال لحسن الداودي": a name read on is the name لحسن)
                    return a, a, a
                if a + 1 < limit and toks[a + 1] in _OUTLET_TAILS:
                    # "وقال لشفق نيوز:", "قال لصحراء ميديا": an outlet by the
                    # word its name ends with, the addressee
                    return a, a, a
                if self._persons and len(t) > 3:
                    # "فإنه أكد لشيا أنّ …", "قال بري لفيلتمان": ل glued to the
                    # family name of a person named before in full is the
                    # one spoken to, not the verb's subject
                    last = _key(t[1:])
                    persons = self.persons_with_word(last)
                    for p in self._persons if persons is None else persons:
                        if " " in p.key and p.key.rsplit(None, 1)[1] == last:
                            return a, a, a
            if verb and first & 2:
                # "وأضاف متسائلا:", "وتابعت محذرة": a participle of saying right
                # after the verb is its manner, never its subject
                hit = _cue_of(toks[a])
                if hit is not None and hit.kind == lx.PARTICIPLE:
                    return a, a, a
            if (
                first & 4
                and (
                    toks[a] not in _TOLD_MASDARS
                    or (
                        a + 1 < limit
                        and (
                            toks[a + 1] in _TOLD_MASDAR_PREPOSITIONS
                            # (or glued to بـ/لـ: "وجدد المطالبة بوقف القتال",
                            # "وجدد الدعوة لوقف")
                            or (toks[a + 1][:1] in "بل" and len(toks[a + 1]) > 3)
                        )
                        # (not "وقالت الدعوة من جهتها إن": the turn to a body)
                        and (a + 2 >= limit or toks[a + 2] not in _TURN_NEXT)
                        # (not "وقالت الدعوة بدورها إن", "وأكد النداء بوضوح":
                        # a verb of saying that agrees with the noun and takes
                        # no verbal noun for its object has it for its subject)
                        and not self.told_masdar_subject(a)
                    )
                )
            ):
                # "وتوقع بعدم الذهاب إلى …، مضيفا", "وجدد الإشارة إلى أن":
                # the verb's object, its subject elided
                return a, a, a
            if (verb or relayed) and first & 8 and a + 2 < limit:
                # "وأضافت “الغارديان” إن …": a name of one to three words in
                # marks right after the verb, then its that-clause, is the
                # verb's subject (an outlet or a body), not words said
                m = self.closing_mark(a, limit, 5)
                if m < 0 and toks[a + 2] == ".":
                    # "وصرح «بي.جيه كراولي»": initials count with the name
                    m = self.closing_mark(a, limit, 9)
                    if m > 0 and m - a - 1 - 2 * self.initials_in(a + 1, m) > 3:
                        m = -1
                if relayed and m > a + 1 and self.name_in_marks_shape(a + 1, m):
                    # "نقلت البرقية عن «X» (وزير …) قوله": the one relayed,
                    # named in marks, his post in brackets after them (or
                    # after a comma, read below as after a name without marks)
                    e = m + 2
                    if e < limit and toks[m + 1] == "(" and _IS_TITLE_HEAD[toks[e]]:
                        while e < limit and e - m < 10 and is_word[e]:
                            e += 1
                        if e < limit and toks[e] == ")" and e > m + 2:
                            return m + 1, m + 2, e
                    if m + 1 >= limit or toks[m + 1] not in _COMMAS:
                        return m + 1, m + 1, m + 1
                    i = m + 1
                    named = True
                elif m > a + 1 and m + 1 < self.n and toks[m + 1] in _THAT:
                    return m + 1, m + 1, m + 1
                if (
                    m > a + 1
                    and m + 2 < self.n
                    and toks[m + 1] == ":"
                    and toks[m + 2] in QUOTE_MARKS
                    and in_quote[m + 2]
                    and self.name_in_marks_shape(a + 1, m)
                ):
                    # "وقال «كراولي»: «أحد الموضوعات …»": the name in marks,
                    # then a colon and the words said in marks of their own
                    return m + 1, m + 1, m + 1
                if (
                    m > a + 1
                    and m + 2 < self.n
                    and toks[m + 1] in _COMMAS
                    and toks[m + 2] in QUOTE_MARKS
                    and in_quote[m + 2]
                    and m - a <= 3
                    and self.name_in_marks_shape(a + 1, m)
                    and self.marks_named_before(a + 1, m)
                ):
                    # "وقال «زكي»، «الأمر يتطلب وقتا»": a name met before, in
                    # marks, then a comma and the words said in their marks
                    return m + 1, m + 1, m + 1
                if (
                    m > a + 1
                    and m + 3 < limit
                    and toks[m + 1] in _COMMAS
                    and _IS_TITLE_HEAD[toks[m + 2]]
                    and self.name_in_marks_shape(a + 1, m)
                    and self.that_or_colon_follows(m + 3, limit)
                ):
                    # "وصرح «بي.جيه كراولي»، المتحدث باسم الخارجية، بأن": the
                    # name in marks, then its post after a comma (read below,
                    # as after a name without marks)
                    i = m + 1
                    named = True
                elif (
                    m > a + 1
                    and m + 2 < limit
                    and _IS_TITLE_HEAD[toks[m + 1]]
                    # (not "ووصف «الاتفاق التاريخي» الوزير بأنه", the verb's
                    # object before its subject)
                    and self.person_in_marks_shape(a + 1, m)
                    and (
                        self.that_or_colon_follows(m + 2, limit)
                        # ("نفى «X Y» القيادي في حزب Z ما نقله …", "رئيس
                        # حزب Z"): a post with its genitive, its adjective or
                        # its preposition after a name of two words or more,
                        # the first no definite word, whatever the verb's
                        # complement)
                        or (
                            m - a >= 3
                            and toks[a + 1][:2] != "ال"
                            and is_word[m + 2]
                            and (
                                toks[m + 2] in lx.ROLE_PREPOSITIONS
                                or toks[m + 2][:2] == "ال"
                                or toks[m + 1][:2] != "ال"
                            )
                        )
                    )
                ):
                    # "وأشار «X Y» الناطق باسم المجلس إلى أن": the name in
                    # marks, then its post with no comma between, read as a
                    # phrase of its own (up to the verb's particle, أنّ or
                    # "في تصريح"): the post is the apposition
                    return m + 1, m + 1, self.scan_np(m + 1, limit, cue)[0]
                if (
                    m > a + 1
                    and m + 3 < limit
                    # (a comma may stand before it: "أكدت «X Y»، وهي …")
                    and toks[(h := m + 2 if toks[m + 1] in _COMMAS else m + 1)] in _HE_SHE
                    and h + 2 < limit
                    and _IS_TITLE_HEAD[toks[h + 1]]
                    and self.person_in_marks_shape(a + 1, m)
                    and self.that_or_colon_follows(h + 2, limit)
                ):
                    # "أكد «X Y» وهو وزير الزراعة في بلاده، اليوم، أن": the
                    # name in marks, then "and he is" and his post, which is
                    # the apposition (as after a name without marks)
                    return m + 1, h + 1, self.scan_np(h + 1, limit, cue)[0]
                if (
                    m > a + 1
                    and m + 2 < limit
                    and toks[m + 1] in _NAME_END_PREPOSITIONS
                    and (
                        self.that_follows(m + 2, limit)
                        or (
                            self.colon_words_follow(m + 2)
                            and self.name_in_marks_shape(a + 1, m)
                            and (
                                self.marks_named_before(a + 1, m)
                                # ('وقال "X Y" في رسالة …: «…»': a full
                                # name of two or three words, first met)
                                or (
                                    m - a >= 3
                                    and self.person_in_marks_shape(a + 1, m)
                                    and self.name_like(a + 1, m)
                                )
                            )
                        )
                    )
                ):
                    # "وأضاف "الشريف" خلال حلوله ضيفا على قناة …، أن": the
                    # name in marks, then where or when the words were said,
                    # then the that-clause
                    return m + 1, m + 1, m + 1
                if (
                    m > a + 1
                    and m + 3 < limit
                    and (
                        toks[m + 1] in _RELATIVES
                        or (toks[m + 1] in _COMMAS and toks[m + 2] in _RELATIVES)
                    )
                    and self.name_in_marks_shape(a + 1, m)
                    and self.that_follows(m + 2, limit)
                ):
                    # "قالت "جمعية X" التي تشرف عليها الوزارة، إن": the name
                    # in marks, then a relative clause that describes it,
                    # then the verb's that-clause
                    return m + 1, m + 1, m + 1
            if (
                after_verb
                and first & 8
                and (m := self.closing_mark(a, limit, 5)) > a + 1
                and m + 2 < limit
                and _IS_TITLE_HEAD[toks[m + 1]]
                and self.person_in_marks_shape(a + 1, m)
            ):
                # "وبررت «X Y» نائبة رئيس المجلس …، القرار …، قائلة": a
                # person's name in marks, then the post, after a verb that
                # is no cue (whose subject is the participle's), as after a
                # verb of saying
                return m + 1, m + 1, self.scan_np(m + 1, limit, None, after_verb=True)[0]
            doc_head = bool(first & 16)
        elif a + 1 < limit and toks[a] in lx.DOCUMENT_SERIES and _NP_FIRST[toks[a + 1]] & 16:
            # "سلسلة تقارير مرسلة من القنصلية X": a series of documents heads
            # the phrase as the documents do, their sender read on
            doc_head = True
        np_stop = lx.NP_STOP
        np_kind = _NP_KIND
        np_read = self._np_read_of
        np_pre_tests = self._np_pre_tests_of
        np_next = self._np_next_of
        genitive_next = False
        body_tail = False  # (a body's name read past its genitive with لل)
        # (a phrase runs for 14 words at most from a, or from four words
        # before where an honorific after a long title restarts the count)
        stop = a + 14 if a + 14 < limit else limit
        # "وأدان الحزب استقبال الرئيس وفد …، مؤكدا", "وانتقدت الوزارة تأجيل
        # الجلسة": a body named by its head alone with the article, then a
        # bare verbal noun in construct, the verb's object: no word of the
        # body's name, the phrase ends at the head (kw29b; asked once here,
        # not of every word in the loop)
        body_then_masdar = (
            a + 2 < limit
            and toks[a] in _DEFINITE_ORGANIZATION_HEADS
            and is_word[a + 1]
            and is_word[a + 2]
            and toks[a + 1][:2] != "ال"
            and toks[a + 2][:2] == "ال"
            and _masdar_head(toks[a + 1], toks[a + 2])
        )
        # "قالت سلمى حداد …" then "ووصفت سلمى الوضع، قائلة": after a verb
        # whose object follows its subject, the given name alone of a person
        # named before in full is that person; a definite word (or a noun
        # in construct with one) after it that no name met holds is the
        # verb's object, no family name (asked once here, as above)
        body_then_masdar = (
            body_then_masdar
            or (
                cue is not None
                and cue.lemma in _DESCRIBING_CUES
                and a + 2 < limit
                and is_word[a + 1]
                and (
                    # (a definite word, then no word of a name: "الوضع،", "الحادثة
                    # بأنها"; not "الأحمد الوضع", "الأحمد ما جرى", a namesake)
                    # (a thing told or described: not "الخطيب،", a namesake's
                    # family name; mend35f)
                    (
                        toks[a + 1][:2] == "ال"
                        and (not is_word[a + 2] or toks[a + 2][:3] == "بان")
                        and toks[a + 1] in _DESCRIBED_THINGS
                    )
                    # (a noun in construct with a definite word: "مشهد الهروب";
                    # not "عبد الرحمن", a name's link)
                    or (
                        toks[a + 1][:2] != "ال"
                        and toks[a + 2][:2] == "ال"
                        and toks[a + 1] not in _NAME_LINKS
                    )
                )
                and toks[a + 1] not in _GIVEN_NAMES
                and self.given_name_met(toks[a])
                and not self.known_name_word(toks[a + 1])
            )
        )
        while i < stop:
            t = toks[i]
            if body_then_masdar and i == a + 1:
                break
            if (
                doc_head
                and i > a
                and t in _AUTHOR_VERBS_IN_B
                and i + 2 < limit
                and is_word[i + 1]
                and not in_quote[i + 1]
            ):
                # "برقية بعث بها السفير X", "رسالة بعثتها الوزيرة X": a verb
                # of sending in ب (no word glued to بـ), its pronoun's بها,
                # then the sender, the document's author (classify)
                i += 2 if toks[i + 1] in _RESUMPTIVE_SKIP else 1
                continue
            if (
                # (one lookup tells the word none of the tests below may hold
                # of it, by the word alone: most words skip them all)
                (keyed := np_pre_tests[t] or tells or addresses or body_tail)
                or (
                    # (the next word's three tables in one lookup, _NP_NEXT: 0
                    # for most words)
                    (named or titled)
                    and i + 1 < limit
                    and (following := np_next[toks[i + 1]])
                    and (
                        (
                            # (_describes_bare_noun, inline: its table first)
                            named
                            and (d := following & 3)
                            and (
                                d == 1
                                or (t[-1] == "ه" and (d == 2 or t not in _GIVEN_NAMES))
                                or _PLURAL_OF_THINGS[t]
                            )
                        )
                        # (a first form's participle after a plural of things)
                        or (named and following & 8 and _PLURAL_OF_THINGS[t])
                        # (a verb's complement after a name or a title)
                        or (following & 4 and i >= a + 2)
                    )
                )
                or (
                    # (_construct_object after a definite family name)
                    named
                    and t[-1] == "ه"
                    and i + 1 < limit
                    and "ال" <= toks[i - 1] < "ام"
                    and _construct_object(t, toks[i + 1])
                )
            ):
                if (i > a or titled) and t in _ADDRESSING_ONLY:
                    # "وقال وزير المالية مخاطبا النواب:", "وقال الوزير مبتسما
                    # للنواب:": how or to whom it was said ends the phrase
                    # past its first word, no name (kw34)
                    break
                if (
                    (i > a or titled)
                    and not named
                    and t in _ALL_OF
                    and i + 1 < limit
                    and toks[i + 1][:2] == "ال"
                    and toks[i - 1][:2] == "ال"
                ):
                    # "وحث الرئيس كل الأطراف على", "ودعا الأمين العام جميع
                    # الأطراف إلى", "الوزير كافة الفرقاء": "all" before a
                    # definite word, after a post complete with its article
                    # (not "ممثل جميع الأطراف", its genitive), is the verb's
                    # object: it ends the phrase, never a name (mend37e)
                    break
                if (i > a or titled) and t[0] == "ل" and t[1:] in _AGENCY_SHORT_NAMES:
                    # "وقال المتحدث باسم الحكومة اليمنية لسبأ إن", "وقال
                    # الوزير لقنا": a news agency by its short name glued to
                    # لـ is the one told, after a post with no name as after
                    # a name; it ends the phrase, never a name (mend33b)
                    break
                if (
                    (i > a or titled)
                    and t in _CLEFT_PRONOUNS
                    and i + 1 < limit
                    and (toks[i + 1] == ":" or toks[i + 1] in QUOTE_MARKS)
                ):
                    # "ما قاله الوزير هو: «…»", "وما قاله X هو «…»": the
                    # pronoun of the copula right before the words (a colon
                    # or marks) ends the phrase, no word of a name (dev34s)
                    break
                if (
                    (c := i + 2 + (t == "ليس")) < limit
                    and toks[c - 2] in _CLEFT_PRONOUNS
                    and self.cleft_who(c)
                    and (hit := _cue_of(toks[c])) is not None
                    and hit.kind == lx.VERB
                ):
                    # "الوزير (ليس) هو من قال": the pronoun of a cleft, من and
                    # a verb of saying end the subject; no word of its name
                    break
                if (
                    named
                    and (
                        # (the three tests of the word alone, in one lookup:
                        # _OBJECT_SHAPE)
                        (object_shape := _OBJECT_SHAPE[t]) & 1
                        # "وقدم الوزير X Y عرضا حول …": a noun of three
                        # letters in the accusative after a given name and a
                        # family name with the article (a name word has no
                        # such ending there)
                        or (
                            object_shape & 2
                            and i - 2 >= a
                            and toks[i - 1][:2] == "ال"
                            and toks[i - 2] in _GIVEN_NAMES
                            and not self.known_name_word(t)
                        )
                        # "ووقع الوزير X Y اتفاقية تعاون": an abstract noun
                        # in ية on a derived verbal noun, or one of weight
                        # ("أهمية", "ضرورة"), is a thing, no word of a name
                        # (bare: "لجنة المالية" has that shape with the
                        # article)
                        or object_shape & 4
                        or (
                            not "ال" <= t < "ام"
                            and i + 1 < limit
                            # (_describes_bare_noun, inline)
                            and (
                                (bare := _BARE_NOUN_ADJECTIVE[toks[i + 1]]) == 1
                                or (
                                    bare > 1
                                    and t[-1:] == "ه"
                                    and (bare == 2 or t not in _GIVEN_NAMES)
                                )
                            )
                            and t.isalpha()
                            and not _IS_TITLE_HEAD[t]
                            # (after a word of a name: a family name with the
                            # article, or a given name, or one word after it;
                            # not "وانتقد النائب فرض ضرائب جديدة", an object)
                            and (
                                (p := toks[i - 1])[:2] == "ال"
                                or p in _GIVEN_NAMES
                                or (i - 2 >= a and toks[i - 2] in _GIVEN_NAMES)
                            )
                        )
                    )
                ):
                    # "وقدم الوزير X Y اعتذارا للمواطنين": a derived verbal
                    # noun in the indefinite accusative; "افتتح وزير النقل X
                    # Y محطة جديدة": a bare noun an indefinite adjective
                    # describes (a name is definite): the verb's object
                    break
                if (
                    named
                    and i + 1 < limit
                    # (_BARE_NOUN_ADJECTIVE > 1, or a _first_form_participle: one lookup)
                    and (np_next[toks[i + 1]] & 11) > 1
                    and _PLURAL_OF_THINGS[t]
                    and i - 2 >= a
                    # (after a full name: a family name with the article, or
                    # one after a given name; not the family name itself,
                    # "رنا زريقات اتفاقية شراكة")
                    and (p := toks[i - 1]) not in _GIVEN_NAMES
                    and (p[:2] == "ال" or toks[i - 2] in _GIVEN_NAMES)
                ):
                    # "ودشن الوزير X Y مشاريع تنموية", "مقترحات عملية",
                    # "ملفات عالقة", "صفحات مجهولة": a plural of things takes
                    # its adjective in the feminine singular, as a feminine
                    # noun does (above): the verb's object
                    break
                if (
                    named
                    and t[-1:] == "ه"  # (_construct_object's first test, inline)
                    and i + 1 < limit
                    and is_word[i + 1]
                    and _construct_object(t, toks[i + 1])
                    and i - 2 >= a
                    and (p := toks[i - 1])[:2] == "ال"
                    and p != "الله"
                    and toks[i - 2] in _GIVEN_NAMES
                    and not self.known_name_word(t)
                    and not self.known_name_word(toks[i + 1])
                ):
                    # "وأطلق X Y صرخة استغاثة", "أطلق X Y صيحة فزع": after a
                    # given name and a family name with the article, a bare
                    # noun in ة in construct with a bare noun is the verb's
                    # object (a name ends with its definite family name)
                    break
                if (
                    (named or titled)
                    and i + 1 < limit
                    and _VERB_COMPLEMENT[toks[i + 1]]
                    and i >= a + 2
                    and is_word[i + 1]
                    and not "ال" <= t < "ام"
                    and t not in _NAME_LINKS
                    and toks[i - 1] not in _NAME_LINKS
                    # ("المكلف بالعلاقات مع مجلس المستشارين": no verb, the post)
                    and t not in _RELATIONS
                    and self.verb_of_that_subject(a, i)
                ):
                    break  # "أن النائب X Y تلقى تحذيرا من …": the clause's verb
                if keyed:
                    # (the tests that key on the word itself, or read only
                    # when it tells or a body's name goes on: a word let in
                    # by the word after it alone needs only the four above)
                    if (
                        t in _KNOWN_AS_PARTICIPLES
                        and (i > a or titled)
                        and i + 1 < limit
                        and (t in _NICKNAMED or toks[i + 1] in _KNOWN_AS_BY)
                        and not _basim_after_known(toks, i + 1)
                        and not (titled and not named and _nickname_then_name(toks, i, limit))
                    ):
                        # "وقال قائد الفصيل المعروف بأبي فادي إن", "سامر خليل
                        # الملقب «أبو فادي»": what he is known as ends his name
                        # or post (kw27b)
                        break
                    if t in lx.POSSESSED_OR_BARE and (i > a or titled) and self.ha_ending(i):
                        # "وختم الكاتب X مقاله بالقول": his own article, with ه
                        # as written, ends the phrase as np_stop's "كلمته"
                        # does (not "كاتب مقالة الرأي X", an article; kw27b)
                        break
                    if (
                        (
                            t == "اي"
                            # (or its feminine أيّة, its hamza written: "ونفت
                            # الوزيرة X أية مسؤولية"; not the name آية)
                            or (
                                t == "ايه"
                                and self.doc.orig(self.doc.starts[i], self.doc.starts[i] + 1) == "أ"
                            )
                        )
                        and (i > a or titled)
                        and i + 1 < limit
                        and is_word[i + 1]
                        and not in_quote[i + 1]
                        and toks[i + 1][:2] != "ال"
                        and toks[i + 1] != "ايه"
                        and toks[i - 1] != "سي"
                    ):
                        # "ونفى الوزير X أي دور له في …", "ونفى المدير أي علاقة":
                        # "any" before an indefinite noun opens the verb's
                        # object, no word of the name or title before it, nor
                        # the name after a title (not
                        # "سي آي إيه", whose letters fold the same)
                        break
                    if (
                        t == "باول"
                        and (named or (titled and i > a))
                        and self.doc.orig(self.doc.starts[i] + 1, self.doc.starts[i] + 2) == "أ"
                    ):
                        # "أدلى الوزير X Y بأول تصريح له": "first" glued to بـ,
                        # its hamza written, is the verb's object after a name or
                        # a title, no word of it (dev15b; not the name باول)
                        break
                    if (
                        t == "ل"
                        and i > a
                        and i + 1 < limit
                        and is_word[i + 1]
                        and not in_quote[i + 1]
                    ):
                        # "وطالب الوزير ل الحكومة بأن": a ل printed apart from its
                        # noun (as some pages and scrapers split it) is the
                        # preposition, no word of a name or a post (not "الأمين
                        # العام لـ«حزب الله»", a body in marks glued to it)
                        break
                    if (
                        t in _CHANTED_NOUNS
                        and i > a
                        and i + 1 < limit
                        and toks[i + 1] in QUOTE_MARKS
                        and in_quote[i + 2 if i + 2 < limit else i + 1]
                    ):
                        break  # ("وردد الحضور عبارة «…»": the object, _CHANTED_NOUNS)
                    if t in _BLESSINGS_OR_EPITHETS and (
                        (named and t in _RULER_EPITHETS) or (i > a and _prayer_at(toks, i, limit))
                    ):
                        # "وقال السلطان X المعظم حفظه الله ورعاه إن", "الملك X
                        # أيده الله": the epithet or the blessing after a name
                        # ends it, and the blessing after a title ("الأمير ـ طيب
                        # الله ثراه ـ"), no name of his
                        break
                    if named and (
                        _NEWS_VERB[t]
                        or (
                            t in _OBJECT_AFTER_NAME
                            # "حزب الوفد", "مركز حوار للدراسات", "صحيفة تقرير
                            # واشنطن": right after a body's head, the body's name
                            and not _body_head(toks[i - 1])
                            # ("X Y، أحد أبرز قادة الحزب": "one of the foremost")
                            and toks[i - 1] not in _ONE_OF
                            and not (
                                t in _OBJECT_OR_NAME
                                and (
                                    i + 1 >= limit
                                    or not is_word[i + 1]
                                    or toks[i + 1] in _THAT
                                    # ("وقال الوزير علي خطاب في مؤتمر": as an
                                    # object it would be "خطابا في")
                                    or (t[-1] not in "ءهي" and toks[i + 1] in _ADJUNCT_OPENERS)
                                )
                            )
                        )
                    ):
                        # "استقبل الرئيس X وفدا من …"، "قام X بزيارة إلى …": a
                        # common object noun of news verbs (indefinite, or glued to
                        # بـ) after a name read is the verb's object, no word of it;
                        # a verb of news ("أن X Y قائد القوات زار دمشق"، "أن السفير
                        # X Y التقى …") is the name's own verb
                        break
                    if named and t in _INCIDENT_OBJECTS and i + 1 < limit and is_word[i + 1]:
                        # "واستنكر الوزير X Y مجزرة السوق", "وندد X Y بمجزرة
                        # السوق": an incident in construct (or glued to بـ) after
                        # a name read is the verb's object, no word of the name
                        # nor of the post after it
                        break
                    if (named or titled) and t in lx.POSSESSED_LIKE_NAMES and self.ha_ending(i):
                        # "وجدد الوزير X طلبه بإجراء تحقيق": a demand with the
                        # subject's pronoun, printed ه (not the family name
                        # "طلبة"), is the verb's object, as the other calls
                        # of lx.STANCE_POSSESSED are (kw22a)
                        break
                    if named and _MASDAR_OWNED[t] and (t[-1] != "ه" or self.ha_ending(i)):
                        # "وقدم الوزير X Y اعتذاره للمواطنين", "ووجه النائب X Y
                        # انتقادات حادة": a derived verbal noun with a pronoun
                        # printed after it, or in the plural in ات, after a name
                        # read is the verb's object, no word of the name
                        break
                    if (
                        titled
                        and not named
                        and i > a
                        and t in _OBJECT_AFTER_NAME
                        and (
                            toks[i - 1][:2] == "ال"
                            # "ألقى عضو المكتب السياسي للحركة كلمة": a genitive
                            # glued to لـ, the article's alif gone, likewise; not
                            # the nouns also given names ("للشركة لقاء X")
                            or (toks[i - 1][:2] == "لل" and t not in _OBJECT_OR_NAME)
                        )
                        # (not right after the title: "الإعلامية لقاء X", a name)
                        and toks[i - 1] not in _TITLE_LIKE
                        and not _IS_TITLE_HEAD[toks[i - 1]]
                    ):
                        # "وأرجع وزير المالية أسباب الأزمة إلى …", "وألقى رئيس
                        # الحكومة كلمة": after a title's definite genitive, such a
                        # noun is the verb's object, no name of the title's holder
                        break
                    if (
                        i == a + 1
                        and not named
                        and t in _PEOPLE_PLURALS
                        and toks[a][:2] == "ال"
                        and _IS_TITLE_HEAD[toks[a]]
                    ):
                        # "ودعا الرئيس الأعضاء إلى …", "وطمأن المحافظ السكان": a
                        # plural of people after a definite title, which it cannot
                        # describe, is the verb's object
                        break
                    if (
                        t in _GREETED_PEOPLE
                        and not named
                        and (i == a + 1 or (i == a and titled_in and a))
                        and toks[i - 1][:2] == "ال"
                        and _IS_TITLE_HEAD[toks[i - 1]]
                    ):
                        # "وشكر المحافظ أهالي القرية", "وحيا المدرب جماهير
                        # النادي": the people greeted, in construct right after a
                        # bare definite title (in the phrase, or the title read
                        # before it), are the verb's object, no name of the
                        # title's holder (kw18a)
                        break
                    if (
                        t == "الجميع"
                        and titled
                        and i > a + 1
                        and toks[i - 1][:2] == "ال"
                        and not _IS_TITLE_HEAD[toks[i - 1]]
                    ):
                        # "ودعا وزير الصحة الجميع إلى …", "وطالب شيخ الأزهر
                        # الجميع بـ…": "everyone" after a title's definite
                        # genitive describes nothing and is no name: the verb's
                        # object (dev15b; not "رئيس الجميع", its genitive)
                        break
                    if (
                        t in _PEOPLE_PLURALS
                        and (p := toks[i - 1])[:2] == "ال"
                        and (i == a + 1 or p[-1] == "ه")
                        and _body_head(toks[a])
                    ):
                        # "ودعت المديرية المواطنين إلى", "وناشدت وزارة الصحة
                        # المواطنين «…»": a plural of people after a body's head
                        # with the article, or its feminine singular definite
                        # genitive (no genitive can follow either, no adjective of
                        # either is a plural of people), is the verb's object;
                        # not "نقابة المعلمين" (the genitive of an indefinite
                        # head), nor "نقابة الأطباء المقيمين" (a plural's adjective)
                        break
                    if (
                        t in _BEFORE_HIM
                        and (i > a or titled)
                        and "إ" not in self.doc.orig(self.doc.starts[i], self.doc.ends[i])
                    ):
                        # "وكرر رئيس الوفد أمامه موقفه، وقال": "in front of
                        # him" after a title or a name is where the thing was
                        # done, no name of the title's holder ("his imam" is
                        # written with its hamza below: "إمامه"), as right
                        # after the clause's verb (main_clause_subject; kw24)
                        break
                    if t in _COUNTERPARTS_OR_RIVALS and i > a and (not named or post_after_name):
                        # "استقبل الرئيس نظيره المالي"، "التقى وزير الخارجية نظيره
                        # الروسي X": "his counterpart" after a title is another
                        # person, the verb's object; the phrase ends before it (after
                        # a name, the phrase's own end reading cuts it); so is "his
                        # rival" ("ووصف رئيس النادي منافسه X بـ…"); and after a
                        # name and the post read after it with no comma ("التقى
                        # الشيخ X Y وزير الخارجية نظيره الأردني Z"; rev36)
                        break
                    if (
                        verb
                        and i == a + 1
                        and t[0] == "ل"
                        and len(t) > 2
                        and np_kind[toks[a]] == 4
                        and toks[a][:2] == "ال"
                        and is_word[i]
                        and self.said_at(i + 1, limit)
                        # (but "وقال الممثل لليونيسف إن": a post of representing
                        # takes the body represented so, with its article, not a
                        # person's title nor the press or an outlet)
                        and not (
                            toks[a] in _REPRESENTING_POSTS
                            and t[:2] == "لل"
                            and np_kind["ال" + t[2:]] != 4
                            and not _audience(t[2:])
                            and "ال" + t[2:] not in _OUTLET_HEADS
                            and _represented_body(t)
                        )
                    ):
                        # "وقال القاضي للدفاع:", "وقالت المحامية للمحكمة إن": a bare
                        # title with the article is complete; one word glued to لـ
                        # after it, then the words said, is the one spoken to, not
                        # its genitive (which comes in construct, "قاضي المحكمة", or
                        # after an adjective, "الأمين العام للحزب", "المستشار
                        # الاقتصادي للرئيس")
                        break
                    if (
                        (titled or (verb and i > a))
                        and _LAM_POSSESSED[t]
                        and self.said_after(i + 1, limit)
                        and self.possessed_as_written(i)
                    ):
                        # "وقال الرئيس X لضيفه الأمريكي إن", "وقال الملك لمستشاريه:":
                        # a noun glued to لـ with a pronoun of its own is the one
                        # spoken to; no name or post goes on with it (nor does a
                        # name begin with it after a title). Only right before the
                        # words said (a colon, أنّ/إنّ, an opening mark), with one
                        # definite adjective between at most: a word whose own ل is
                        # a root letter ("أداء لاعبيه، قائلا") ends no name
                        break
                    if (
                        i > a
                        and t[0] == "ل"
                        and len(t) >= 4
                        and t[1] != "ل"
                        and i + 1 < limit
                        and is_word[i + 1]
                        and not in_quote[i + 1]
                        and not "ال" <= (w := toks[i + 1]) < "ام"
                        and (
                            (w[-1] == "ه" and len(w) >= 5)
                            or (w[-2:] in _OBJECT_SUFFIXES and len(w) >= 6)
                        )
                        # (a word whose own ل is a root letter heads a post or a
                        # body: "مقرر لجنة الصحة", "قائد لواء …")
                        and not _IS_TITLE_HEAD[t]
                        and t not in _ORGANIZATION_HEADS
                        and self.possessed_as_written(i + 1)
                    ):
                        # "اعتذر X رئيس النادي لجماهير فريقه", "لأنصار حزبها": a
                        # noun glued to لـ in construct with a noun that has a
                        # pronoun of its own is the one spoken to (the owner's
                        # team, party, town); no name or post goes on with it
                        break
                    if (
                        (
                            named
                            # (after بين, once a word of a name is read after the
                            # post: not "بين نائب رئيس الوزراء ووزير الخارجية X",
                            # one person's two posts, nor "بين رئيس المجلس الأعلى
                            # للقضاء والنائب العام", no name to stop; "بين وزير
                            # الخارجية X والسفيرة Y": two parties)
                            or (
                                i > a + 1
                                and a > 0
                                and toks[a - 1] in _BAYNA
                                and self._name_after_post(a, i)
                            )
                        )
                        and t[0] == "و"
                        and len(t) > 3
                        and _IS_TITLE_HEAD[t[1:]]
                        and not post_after_name
                    ):
                        # "بين الوزير X Y والسفيرة Z", "X Y ورئيس البرلمان Z": right
                        # after the name, a title joined by و opens the other party
                        # (not after a post told after the name: "X Y نائب رئيس
                        # الحكومة ووزير النقل", his second post)
                        break
                    if (
                        (tells or addresses)
                        and not named
                        and i >= a + 2
                        and t[:2] == "ال"
                        and toks[a][:2] != "ال"
                        and toks[i - 1][:2] != "ال"
                        and is_word[i - 1]
                        and is_word[i]
                        and (
                            np_kind[t] == 4 or t[-3:] in _NISBA_ENDINGS or t[2:] in _ADDRESSEE_HEADS
                        )
                        # (not after a body's head with no article, in construct
                        # with the definite word: "وطالب رئيس مجلس النواب X")
                        and toks[i - 1] not in lx.ORGANIZATION_HEADS
                    ):
                        # "وأخبر مسؤول أمني الصحفيين أن", "وأبلغ مسؤول لبناني السفير
                        # الأمريكي": after an indefinite subject and its adjective, a
                        # definite person, group or body is the one told (no
                        # genitive of the adjective: "رفيع المستوى")
                        break
                    if (
                        addresses
                        and not named
                        and i > a
                        and t[:2] == "ال"
                        and t in lx.TITLES
                        and toks[i - 1][:2] == "ال"
                        and is_word[i - 1]
                        # (no name after it, whose title it may open: "وخاطب
                        # الوزير المفوض سامي X الحضور")
                        and (
                            i + 1 >= limit
                            or not is_word[i + 1]
                            or toks[i + 1][:2] == "ال"
                            or _cue_of(toks[i + 1]) is not None
                        )
                    ):
                        # "وقاطع الرئيس النائب قائلا", "وخاطب رئيس البرلمان
                        # الوزير": a second definite title after the subject's
                        # definite word is the one addressed
                        break
                    if (
                        (tells or addresses)
                        and i > a
                        and t[:2] == "ال"
                        and is_word[i]
                        and is_word[i - 1]
                        and (
                            # "وأبلغ الرئيس X الكونغرس", "وأخبر X الصحفيين": after
                            # the subject's name, a body or a nisba plural (no
                            # adjective of a name)
                            # (a person's, titled: not "حذر مكتب الأمم المتحدة", a
                            # body's name)
                            # (not after a post read after the name: "X مستشار رئيس
                            # الحكومة", its genitive)
                            (
                                named
                                and titled
                                and not post_after_name
                                and (
                                    t[-3:] in _NISBA_ENDINGS
                                    or t in lx.ORGANIZATION_HEADS
                                    # ("ودعا المرشح X Y النظام إلى": whom he calls on)
                                    or t in _DEFINITE_OBJECTS
                                )
                            )
                            # "وأخبرت المتحدثة باسم الخارجية الصحفيين", "ودعا رئيس
                            # الحزب الديمقراطي المواطنين": a sound plural of persons
                            # after a definite feminine, nisba or title in the
                            # singular, which it cannot describe (and no definite
                            # word is in construct)
                            # (or a broken plural of people no adjective has:
                            # "وناشد رئيس البلدية السكان", "ودعا مدير المدرسة
                            # الطلاب إلى")
                            # (or the bodies called on, "ودعا رئيس الحزب السلطات
                            # إلى"; and after a body's head in the singular, which
                            # no plural describes: "ودعا رئيس الحزب المواطنين";
                            # dev36rd)
                            or (
                                not named
                                and (
                                    (t[-2:] in _SOUND_PLURAL_ENDINGS and len(t) >= 7)
                                    or t in _PEOPLE_PLURALS
                                    or t in _CALLED_ON_BODIES
                                )
                                and (p := toks[i - 1])[:2] == "ال"
                                and (
                                    p[-1] in "هي"
                                    or np_kind[p] == 4
                                    or (p in lx.ORGANIZATION_HEADS and p[-2:] != "ات")
                                )
                                # (not a broken plural of persons it describes:
                                # "رئيسة جمعية القضاة التونسيين")
                                and p not in _BROKEN_PLURALS_OF_PERSONS
                            )
                            # (and after any definite genitive, one called on
                            # that is never an adjective: "ودعا رئيس الوزراء
                            # المواطنين", "ودعا رئيس الجمهورية الحكومة"; mend36a)
                            or (not named and t in _CALLED_ON_ALWAYS and toks[i - 1][:2] == "ال")
                        )
                    ):
                        break
                    if (
                        body_tail
                        and is_word[i]
                        and not (
                            t[:2] == "ال"
                            or t[0] == "ل"
                            # "لاستغلال وتوزيع المياه": a genitive's coordinated noun
                            or (t[0] == "و" and toks[i - 1][:1] == "ل" and toks[i - 1][:2] != "لل")
                            # "للشغل بقفصة": where the body sits, its name's end
                            or (
                                t[0] == "ب"
                                and (
                                    i + 1 >= limit or not is_word[i + 1] or toks[i + 1][:2] != "ال"
                                )
                            )
                        )
                    ):
                        break  # "قررت المندوبية الجهوية للتربية بنابل تعليق الدروس"
                    if (
                        titled
                        and not named
                        and t in _PARTICIPLE_COMPLEMENTS
                        and i > a
                        and _participle_complemented(toks, i)
                    ):
                        # "رأى رئيس المجلس الممدد له X أن", "الرئيس المنتهية ولايته
                        # X": the participle's complement with the titled person's
                        # pronoun is the title's; the name follows
                        i += 1
                        continue
            kind = np_read[t]
            if kind > 31:
                # (one lookup: 32 for غير, من or a verb of publishing with its
                # pronoun, 64 for a noun with "their"; most words skip the
                # tests below on it)
                if kind & 32:
                    if (
                        t == "غير"
                        and (i > a or titled)
                        and not named
                        and toks[i - 1][:2] == "ال"
                        and not _IS_TITLE_HEAD[toks[i - 1]]
                        and i + 2 < limit
                        and is_word[i + 1]
                        and not in_quote[i + 1]
                        and (toks[i + 1][:2] == "ال" or toks[i + 1][:1] == "م")
                    ):
                        # "مدير المنظمة غير الحكومية X", "رئيس الحكومة غير المعترف
                        # بها X": غير and the adjective it negates describe the body
                        # in the post (with the pronoun its preposition takes)
                        i += 3 if toks[i + 2] in _NEGATED_PP and i + 3 < limit else 2
                        if i + 1 < limit and toks[i] in _NEGATED_HOW:
                            i += 1  # ("غير المعترف بها دوليا X": how, no name's word)
                        continue
                    if (
                        t == "من"
                        and doc_head
                        and i > a
                        and i + 2 < limit
                        and toks[i + 1] == "قبل"
                        and is_word[i + 2]
                        and toks[i + 2] not in np_stop
                    ):
                        # "البرقية المرسلة من قبل السفير X": "by", the document's
                        # author after its participle (as after من alone)
                        i += 2
                        continue
                    if (
                        doc_head
                        and i > a
                        and t in _PUBLISHED_IT
                        and i + 1 < limit
                        and is_word[i + 1]
                        and not in_quote[i + 1]
                        and (toks[i + 1] in lx.OUTLET_HEADS or toks[i + 1] in _ORGANIZATION_HEADS)
                    ):
                        # "تقرير نشرته صحيفة X", "دراسة أصدرتها وزارة X": the outlet
                        # or the body that published the document, its author (classify)
                        i += 1
                        continue
                    if (
                        doc_head
                        and i > a
                        and t in _PUBLISHED_IT
                        and i + 2 < limit
                        and toks[i + 1] in _DEICTIC_DAYS
                        and is_word[i + 2]
                        and not in_quote[i + 2]
                        and (toks[i + 2] in lx.OUTLET_HEADS or toks[i + 2] in _ORGANIZATION_HEADS)
                    ):
                        # "تقرير نشرته أمس صحيفة X", "بيان أصدرته اليوم وزارة X": a
                        # day between the verb and its subject (kw17c)
                        i += 2
                        continue
                if (
                    post_after_name
                    and named
                    # (_object_after_post's first test: a definite word
                    # before, the post's genitive; most words have none)
                    and "ال" <= toks[i - 1] < "ام"
                    and _object_after_post(toks, i, limit)
                ):
                    break  # "X Y مدير الأمن نجاح العملية": the verb's object
                if (
                    kind > 63
                    and i > a
                    and (p := toks[i - 1])[:2] == "ال"
                    and p[-2:] in _PLURAL_ENDINGS
                ):
                    # "وأعلنت النائبات رفضهن للقرار", "وأبدى المحتجون غضبهم": a
                    # noun with "their" after a definite plural is the verb's
                    # object, the plural its subject
                    break
                kind &= 31
            elif (
                post_after_name
                and named
                and "ال" <= toks[i - 1] < "ام"  # (_object_after_post's first test)
                and _object_after_post(toks, i, limit)
            ):
                break  # "X Y مدير الأمن نجاح العملية": the verb's object
            if kind > 7:
                if kind > 15:
                    if t == "وسط" and i > a and toks[i - 1] in _PLAYERS:
                        # "لاعب وسط الأهلي X": the player's position (the
                        # midfield), not "amid"
                        i += 1
                        continue
                    if (
                        t in _IN_IT
                        and titled
                        and not named
                        and i > a
                        and i + 2 < limit
                        and is_word[i + 1]
                        and is_word[i + 2]
                        and toks[i + 1][:2] != "ال"
                        and not _IS_TITLE_HEAD[toks[i + 1]]
                        and self.name_like(i + 1, i + 3)
                        and (
                            # (or a common given name after it, whatever
                            # the place before: "رئيس القسم فيها X Y" after
                            # "الجامعة", "المدير فيها X Y" after "الشركة")
                            _opens_name(toks, i + 1, limit)
                            or self.possessor_body(i, t[-2:] == "ها") is not None
                        )
                    ):
                        # "وقال القيادي فيها X Y" after "حركة حماس": "in
                        # it", the body named before, is his post's; his
                        # name follows
                        i += 1
                        continue
                    if t == "بمثابه" and cue is not None and i > a:
                        # "وقال مسؤول بمثابة وزير": in a cue's own subject,
                        # "tantamount to" describes the speaker; read on
                        i += 1
                        continue
                    if (
                        t == "عليه"
                        and (named or titled)
                        and i > a
                        and i + 1 < limit
                        and is_word[i + 1]
                        and not np_read[toks[i + 1]] & 16
                        and not self.ha_ending(i)
                    ):
                        # "الباحث في الشؤون الأمنية علية العلاني": written
                        # with ة after a title, the first name علية, not
                        # "عليه" (on him), which folds the same; read on
                        pass
                    elif not (
                        t == "مع"
                        and (
                            named
                            # "وزير العلاقات مع مجلس النواب X Y": before the
                            # name, with a body that has the article
                            or (
                                titled
                                and i + 2 < limit
                                and (
                                    (after := toks[i + 1])[:2] == "ال"
                                    # ("مع مجلس النواب": a body and its genitive)
                                    or (after in _ORGANIZATION_HEADS and toks[i + 2][:2] == "ال")
                                )
                                and not in_quote[i + 1]
                                and after not in np_stop
                                and after not in _PEOPLE_PLURALS
                            )
                        )
                        and i > a
                        and i + 1 < limit
                        and is_word[i + 1]
                        and _relations_of_post(toks, i - 1, a)
                    ):
                        break  # (a stop word: see _np_read)
                    else:
                        # "X الوزير المنتدب المكلف بالعلاقات مع مجلس المستشارين": after the
                        # name, the relations with a body are his post
                        i += 1
                        continue
                # (the word may meet one of the tests below: most do not,
                # and skip them all on this one lookup)
                kind -= 8
                if (t in _SENT_OBJECTS or t in _MET_OBJECTS) and (
                    (named and i > a) or (i > 0 and toks[i - 1] in lx.TITLES)
                ):
                    # "وبعث الملك رسالة إلى …": the verb's object after its
                    # subject, no word of the name
                    break
                if t in _OCCASIONS_NO_NAME and titled and not named and not genitive_next:
                    # "وألقى الرئيس كلمة في الحفل قال فيها", "ألقى الوزير
                    # محاضرة بعنوان «…»": an occasion noun no one is named
                    # right after a bare title (or its definite genitive or
                    # adjective) is the verb's object, whatever follows it;
                    # the title alone is the subject (mend35e)
                    break
                if named and t in _ISSUED and toks[a] in _OUTLET_HEADS and i > a + 1:
                    # "وقالت صحيفة الجارديان الصادرة اليوم": where and when a
                    # paper is published tells of it, no word of its name
                    break
                if (
                    named
                    and i > a + 1
                    and _possessed(t)
                    and toks[i - 1] not in _TITLE_LIKE
                    and not _IS_TITLE_HEAD[toks[i - 1]]
                ):
                    # "دعت وزارة الخارجية السعودية مواطنيها إلى", "طالب الحزب
                    # X منتسبيه": after the subject's name, a plural noun with
                    # a possessive pronoun is the verb's object (no name word
                    # is possessed; but "X نائب رئيسها": a post's genitive)
                    break
                if named and verb and i > a and t in lx.TITLES and t[:2] != "ال":
                    # "دعا الرئيس X رئيس البرلمان، Y، إلى": a post after the
                    # subject's name whose own name its commas set off is another
                    # person, the verb's object, not the subject's role
                    m = i + 1
                    while m < limit and m - i <= 5 and is_word[m] and toks[m] not in np_stop:
                        m += 1
                    if m < limit and toks[m] in _COMMAS and not in_quote[m]:
                        k = m + 1
                        while k < limit and k - m <= 4 and is_word[k] and toks[k] not in np_stop:
                            k += 1
                        if (
                            k > m + 2
                            and k < limit
                            and toks[k] in _COMMAS
                            and not in_quote[k - 1]
                            and not _IS_TITLE_HEAD[toks[m + 1]]
                            # (not what he is known as: "X وزير المالية،
                            # المعروف بصرامته،", no name)
                            and toks[m + 1] not in _KNOWN_AS_PARTICIPLES
                            # (not the one spoken to: "X نائب رئيس المحكمة،
                            # لمراسل الوكالة، «…»")
                            and not (
                                toks[m + 1][0] == "ل"
                                and (
                                    _IS_TITLE_HEAD[toks[m + 1][1:]]
                                    or toks[m + 1][1:] in _ADDRESSEE_HEADS
                                )
                            )
                            # (not a blessing: "حاكم دبي، رعاه الله،")
                            and (toks[k - 1] != "الله" or toks[k - 2] == "عبد")
                            and self.name_like(m + 1, k)
                        ):
                            break
                if (
                    named
                    and t[-1] == "ا"
                    and len(t) > 3
                    and not "ال" <= t < "ام"
                    and t[-2:] != "يا"  # (not "نائبا كويتيا سابقا": the source's adjectives)
                    and toks[i - 1][-1] != "ا"
                    and i + 1 < limit
                    and (n := toks[i + 1])[-1] == "ا"
                    and len(n) > 3
                    and n[:2] != "ال"
                    # (not the relayed saying after a name in ا: "نقلت عن
                    # الوزيرة X ماريوتا قولها إن", its ها no tanween)
                    and n not in _SAYING_OF_THEM
                ):
                    # "عقد الوزير X مؤتمرا صحافيا": an indefinite noun and its
                    # adjective in the accusative are the verb's object; the
                    # name ends before them
                    break
                if (
                    named
                    and i > a
                    and t[0] == "م"
                    and len(t) >= 5
                    and t[1] not in "اوي"
                    and t[-2] not in "اوي"
                    and t[-1] == "ا"
                    # (but "X مدرب منتخبنا": after a post with no article, a
                    # noun with "our" is its genitive)
                    and not (t[-2] == "ن" and toks[i - 1] in lx.TITLES and toks[i - 1][:2] != "ال")
                ):
                    # "قال لافروف متهما الغرب بـ…", "ردّ X منتقدا …": an
                    # accusative participle (مُفعِلا، مُفتعِلا …) after the name
                    # tells how he spoke, never a word of the name
                    if (
                        (i - 1 > a or (titled_in and i - 1 == a and a >= 1))
                        and ("ال" <= (p := toks[i - 2]) < "ام" or p in _TITLE_LIKE)
                        and _derived_participle_adjective(t)
                        and _masdar_in_accusative(toks[i - 1])
                        and (a - 1 - titled_in < 0 or _cue_of(toks[a - 1 - titled_in]) is None)
                        # (no given name has the masdar's shape: no
                        # _GIVEN_NAMES test, review B R8)
                        and not self.known_name_word(toks[i - 1])
                    ):
                        # "قدم الوزير عرضا مفصلا، وقال": the one word read as
                        # the name after the title, then an adjective of that
                        # shape, is the verb's indefinite object, no name;
                        # not after a verb of saying, "وقال الرئيس نيكولا
                        # متهما" (kw36)
                        i -= 1
                    break
                if (
                    titled
                    and not named
                    and (i > a or titled_in)
                    # (a definite title or its definite genitive: not "شاب
                    # يعمل في مقهى", an unnamed source's description)
                    and toks[i - 1][:2] == "ال"
                    and i + 1 < limit
                    and is_word[i + 1]
                    # (its complement's preposition, or بـ or لـ glued to a
                    # bare noun: a headline's verb before its object is read
                    # elsewhere, "القنصل الفرنسي يلتقي المحافظ:")
                    and (
                        (nt := toks[i + 1]) in _VERB_PREPOSITIONS
                        or nt == "من"
                        or (nt[:1] in ("ب", "ل") and nt[1:3] != "ال" and len(nt) > 3)
                    )
                    and (
                        _VERB_AFTER_NAME[t]
                        or (
                            t[0] == "ت"
                            # (of three letters: a feminine name may have the
                            # longer shapes, "تماضر")
                            and len(t) == 3
                            and (toks[a - 1] if titled_in else toks[a])[-1] == "ه"
                            and _VERB_AFTER_NAME["ي" + t[1:]]
                        )
                    )
                    and not self.known_name_word(t)
                ):
                    # "وكان الوزير يرد على أسئلة الصحفيين، وقال", "وكانت
                    # الوزيرة ترد على …", "وكان رئيس الجمهورية يشرف على …":
                    # a present verb of a shape no name has (in ت after a
                    # feminine title) right after the title, before a name,
                    # is the title's own verb, as after a name (below); not
                    # a given name ("الوزير يزن", "الوزيرة تغريد"; kw24)
                    break
                if (
                    named
                    and t[0] == "ي"
                    # (one name word after the title a titled phrase is
                    # read from: "البابا X يختار «…»"; dev23s)
                    and (i >= a + 2 or (titled_in and i == a + 1 and a > 0))
                    and i + 1 < limit
                    # (or a mark: "البابا X يختار «…» موضوعا", a headline's
                    # verb before its object in marks; dev23s)
                    and (is_word[i + 1] or toks[i + 1] in QUOTE_MARKS)
                    and (
                        (
                            len(t) >= 4
                            and toks[i - 1][:2] == "ال"
                            and t not in _GIVEN_NAMES
                            and _present_verb(t)
                            and (
                                (toks[i + 1][:1] == "ب" and len(toks[i + 1]) > 3)
                                or toks[i + 1] in _VERB_PREPOSITIONS
                            )
                        )
                        or (
                            _VERB_AFTER_NAME[t]
                            and toks[i + 1] not in _THAT
                            # (not "الوزير فريد يخلف": a family name right
                            # after a given name, where the title has one)
                            and (toks[i - 1] not in _GIVEN_NAMES or toks[i - 2] in _GIVEN_NAMES)
                        )
                    )
                ):
                    # "أن النائب كريم العلوي يلوح بيده": a given name, a
                    # family name with the article, then a present verb in ي
                    # (no given name: "يوسف") and its complement, glued to بـ
                    # or after إلى، على، عن: the name's own verb, no word of
                    # it (not "محمد الحسن يعقوب إن": a third name); so is a
                    # verb of a shape no name has after two words of a name
                    # ("رئيس الجمهورية X Y يشرف على …", "الوزير X Y يرد على
                    # …": a headline's verb that is no news verb)
                    break
                if (
                    titled
                    and not named
                    and i > a + 1
                    and t[0] in "يت"
                    and len(t) >= 4
                    and (
                        toks[a] in lx.ANONYMOUS_HEADS
                        or (titled_in and a > 0 and toks[a - 1] in lx.ANONYMOUS_HEADS)
                    )
                    and _present_verb(t)
                    # (not after a definite genitive straight after the head:
                    # "عضو مجلس النواب يوسف X", a definite post, which no
                    # verb qualifies unless after الذي; the name)
                    and not (
                        toks[i - 1][:2] in ("ال", "لل") and _plain_words(toks, is_word, a + 1, i)
                    )
                ):
                    # "ضابط سابق في الجيش يرسم صورة مختلفة": an unnamed source,
                    # then the verb it is the subject of, no name after it
                    break
                if (
                    i == a + 1
                    and t in _SPOKE_TO
                    and toks[a] in lx.ANONYMOUS_HEADS
                    and i + 1 < limit
                    and ((nt := toks[i + 1]) in _TO_OR_WITH or (nt[:1] == "ل" and nt[:2] != "ال"))
                ):
                    # "وقال مسؤول تحدث للصحفيين إن", "مصادر تحدثت إلى الصحيفة":
                    # an unnamed source, then the verb telling whom it spoke
                    # to, no word of its description (a noun of that shape
                    # after the head, "عضو تكتل «…»", has no addressee after it)
                    break
                if (
                    titled
                    and not named
                    and t[0] in "يت"
                    and len(t) >= 5
                    and (t[1] == "ت" or t[1:3] == "ست")
                    and i > 0
                    and toks[i - 1][:2] == "ال"
                    # (not the noun of specification in the accusative after
                    # an elative: "رئيس النادي الأكثر تتويجا X Y", a verbal
                    # noun of a root in ت; kw29b)
                    and not (t[-1] == "ا" and _SPECIFIED_ELATIVE[toks[i - 1]])
                ):
                    # "وكان الوزير يتحدث في مؤتمر", "وزيرة الخارجية تستعرض": a
                    # title with no name, then a present verb of a derived form
                    # (يتـ, يستـ: no name opens so), whose subject it is; the
                    # title alone is the mention
                    break
                if (i > a or titled) and t in _GLUED_MA:
                    if titled and not named and (m := self.so_called_end(i, limit)) > 0:
                        # "عضو هيئة الدفاع فيما يعرف بقضية «…»، X Y،": the
                        # case or body "known as" its name, part of the post
                        i = m
                        continue
                    # "أفادت المتحدثة باسم الشرطة X Y بما يلي:", "واعتبر X
                    # بحسبما نشرته": a particle glued to ما opens a clause or a
                    # complement, never part of the phrase
                    break
                if titled and i > a and _JOINS_OTHERS[t]:
                    # "مدير مستشفى الأمل وأعضاء اللجنة": others joined to the
                    # person titled, no name of his
                    break
                if (
                    i >= a + 3  # (the int tests first: t[0] makes a string)
                    and not named
                    and t[0] == "ت"
                    and len(t) >= 4
                    and toks[a + 1] in _ROLE_PREPOSITIONS
                    and toks[a][:2] != "ال"
                    and (t[-1] == "ت" or (i + 1 < limit and toks[i + 1] in _VERB_PARTICLES))
                    and toks[i - 1][:2] == "ال"
                ):
                    # "طبيبة في المستشفى تحدثت عن …": after an indefinite
                    # description and where it works, a verb (تفعّلت, or تفعّل
                    # with its preposition) is the sentence's, no name
                    break
            if kind and not in_quote[i] and i not in dates:
                # a word none of the tests below stops: the phrase goes on
                if i == a and t in _CHIEF and i + 1 < limit and _chief_of(toks[i + 1]):
                    # "كبير المفاوضين X", "كبيرة مستشاري الوزير، X،": the
                    # chief of a body of people in construct with its
                    # plural, a title, its genitive next (not "عدد كبير")
                    titled = True
                    genitive_next = True
                    i += 1
                    continue
                if kind < 3 and named and not genitive_next:
                    # (the name's next word, the commonest case: the tests
                    # below are for a title, a genitive and a name's first word)
                    if (
                        post_after_name
                        and (shape := _POST_OBJECT_SHAPE[t])
                        # "X مدرب الفريق التهنئة للاعبين", "X قائد الفصيل
                        # المنطقة", "X رئيس النادي الشكر": the verb's object
                        and _post_object_at(toks, i, shape)
                    ):
                        break
                    if (
                        (
                            t in _PEOPLE_PLURALS
                            # "وحث عمر الصيادين على", "ويحث X العاملين على":
                            # any definite sound plural after a verb of urging
                            # (after a name, no definite word: "ودعا
                            # المتظاهرون المعتصمين" describes the subject)
                            or (
                                toks[i - 1][:2] != "ال"
                                and _URGED_SOUND_PLURAL[t]
                                and _after_urging(cue, toks, a)
                            )
                        )
                        and not titled
                        # (not after a given name, "قال محمد الشباب على هامش
                        # …", nor in a body's name, its head in construct
                        # with the plural, "نقابة الأطباء والصيادلة", "هيئة
                        # شؤون الأسرى والمحررين", "رابطة المعلمين"; rev30)
                        # (but after a verb of calling on or urging the
                        # plural before إلى/على is its object whatever the
                        # name: "ودعا خالد الطلاب إلى", "ودعا حسن المواطنين
                        # إلى", a family name that is also a given name;
                        # mend27e)
                        and (
                            toks[i - 1] not in _GIVEN_NAMES
                            # (or outside speech, right after such a verb:
                            # "وحث عمر المزارعين على التعاون، قائلا")
                            or _after_urging(cue, toks, a)
                        )
                        and not any(
                            w in lx.ORGANIZATION_HEADS or w in _CLUBS_AND_UNITS for w in toks[a:i]
                        )
                        and i + 1 < limit
                        and (
                            (
                                (nxt := toks[i + 1]) in _TO_OR_ON
                                # (not "X الشباب إلى جانب الوزير Y":
                                # alongside, a family name before it; mend27a)
                                and not (nxt == "الي" and i + 2 < limit and toks[i + 2] == "جانب")
                            )
                            # (not "X التجار والوزير Y": a second subject, a
                            # title, joined by و after a family name; mend27a)
                            or (nxt[:3] == "وال" and _NP_KIND[nxt[1:]] != 4)
                            # ("وطالب عمر المزارعين بالتعاون": what he asks
                            # of them, glued to بـ)
                            or (nxt[:1] == "ب" and _after_urging(cue, toks, a))
                        )
                    ):
                        # "ودعا X الأهالي والتجار إلى …", "وحث X Y الشباب على
                        # …": a definite plural of people after a name read
                        # with no title, before the preposition the verb takes
                        # or another definite noun joined by و, is the verb's
                        # object (whom he calls on, urges, reassures), never a
                        # family name ("قال X العمال:" keeps his); not after a
                        # title, whose body's name may hold one ("هيئة شؤون
                        # الأسرى والمحررين", "جمعيات أولياء التلاميذ"; dev27r)
                        break
                    i += 1
                    continue
                if (
                    genitive_next
                    and not named
                    and i > a + 1
                    and toks[i - 1] in _OFFICES_OF_A_PERSON
                    and t in _GENITIVE_PERSON_HONORIFICS
                    and (k := _honoured_name_end(toks, i, limit))
                ):
                    # "مدير مكتب السيد عمار الحكيم في البصرة كريم
                    # العبادي": the honorific after a person's office
                    # opens its genitive, the whole name of the one whose
                    # office it is; the post's place and its holder's
                    # name follow (as phrase_entity reads them; mend35e)
                    genitive_next = False
                    i = k
                    continue
                if kind >= 3:  # a title: what follows is its genitive or a name
                    if kind < 5:
                        if (
                            i == a + 1
                            and kind == 4
                            and not titled
                            and (doc_head or toks[a] in _OUTLET_HEADS)
                            and t[:2] == "ال"
                            and toks[a][:2] == "ال"
                            and not (
                                cue is not None
                                and cue.kind == lx.VERB
                                and _lemma_key(cue) in _SAYING_NO_OBJECT
                            )
                            and not (i + 1 < self.n and toks[i + 1] == "باسم")
                        ):
                            # "ووصفت البرقية الوزير بأنه «…»": a definite title
                            # right after a definite document or outlet is the
                            # verb's object, no word of its name (kw33)
                            break
                        if (
                            tells
                            # ("رفيع", read as a name, is the source's adjective)
                            and (
                                not named
                                or toks[i - 1] in _INDEFINITE_ADJECTIVES
                                # ("مسؤول سوداني رفيع المستوى مستشار …";
                                # mend30a)
                                or (toks[i - 1] == _HIGH_LEVEL and toks[i - 2] == "رفيع")
                            )
                            and i > a + 1
                            and toks[a] in lx.ANONYMOUS_HEADS
                            and (
                                t not in lx.ANONYMOUS_HEADS
                                # (but a post that is also an unnamed head,
                                # in construct: "مسؤول سوداني رفيع مستشار
                                # الرئيس"; not "مصدر دبلوماسي مسؤول السفير",
                                # responsible; mend30a)
                                or (
                                    t in lx.TITLES
                                    and t not in _RESPONSIBLE
                                    and i + 1 < limit
                                    and toks[i + 1][:2] == "ال"
                                )
                            )
                            and t not in _HONORIFICS_OR_RANKS
                            and (
                                toks[i - 1][:2] == "ال"
                                or toks[i - 1] in _INDEFINITE_ADJECTIVES
                                or (toks[i - 1][-1] == "ي" and _NP_KIND[toks[i - 1]] < 3)
                            )
                        ):
                            # "وأبلغ مسؤول سعودي مساعد وزير الخارجية X أن",
                            # "أبلغ دبلوماسي رفيع رئيس البعثة أن": after an
                            # unnamed source and its adjectives (or the
                            # body he is in), a post is the one told, not
                            # a second post of his (rev33)
                            break
                        if (
                            kind == 4
                            and tells
                            and titled
                            and (toks[i - 1][:2] == "ال" or named)
                            and (i + 1 >= limit or toks[i + 1] != "العام")
                            # (not a nisba that is the adjective of the
                            # definite noun before it: "رئيس المجلس العسكري
                            # المشير X", "عضو المكتب السياسي")
                            and not (
                                t[-1] == "ي"
                                and t not in _NISBA_NOUN_TITLES
                                and toks[i - 1][:2] == "ال"
                                and _NP_KIND[toks[i - 1]] < 3
                                and toks[i - 1][-1] not in "هة"
                                and toks[i - 1][-2:] != "ات"
                            )
                            # (nor "المعارضة" after a feminine body's head, its
                            # adjective: "ودعا رئيس الكتلة المعارضة إلى", the
                            # opposing bloc, no woman of the opposition told;
                            # kw39)
                            and not (t == _OPPOSING_F and toks[i - 1] in _OPPOSING_BODIES)
                            and (
                                (t not in _HONORIFICS_OR_RANKS and t not in _PRINCE_TITLES)
                                # (only after أبلغ/أخبر, whose one told stands
                                # bare before أنّ: after حذر من، دعا إلى، طالب
                                # بـ، حث على، ناشد the rank and name after a
                                # post are its holder's, "وحذر وزير الدفاع
                                # الفريق أول X من أن")
                                # (a prince's title as an honorific: "وأبلغ
                                # ولي العهد الأمير X Y المبعوث الأمريكي أن",
                                # the heir's own name; rev36)
                                or (tells_bare and self.told_after_honorific(i, limit))
                            )
                        ):
                            # "وأبلغ وزير الخارجية السفير الأمريكي أن": after a
                            # complete title, a second one with the article is
                            # the one told, the verb's object (but "الرئيس
                            # المدير العام": one compound title); so after a
                            # titled name ("وأبلغت الوزيرة X السفيرة
                            # الأمريكية أن": her post told before her name)
                            break
                        if (
                            kind == 3
                            and tells
                            and titled
                            and not named
                            and toks[i - 1][:2] == "ال"
                            # (not "نائب رئيس الوزراء وزير الخارجية": two
                            # posts in construct, one man's; the title read
                            # before the phrase opens it: "وسأل المذيع وزير
                            # الخارجية X" read for a mention)
                            and toks[a - titled_in][:2] == "ال"
                            and i + 1 < limit
                            and toks[i + 1][:2] == "ال"
                            and is_word[i + 1]
                        ):
                            # "وأبلغ السفير الأمريكي وزير الدفاع أن": after a
                            # complete title, a post in construct with its
                            # definite genitive is the one told
                            break
                        if (
                            kind == 4
                            # (right after a verb whose object is a person, or
                            # after it and a title: "وانتقد الوزير النائب X، وقال")
                            and a > titled_in
                            and toks[a - 1 - titled_in] in _PERSON_OBJECT_VERBS
                            and (titled != named)
                            and toks[i - 1][:2] == "ال"
                            and t not in _HONORIFICS_OR_RANKS
                            and self.titled_object_at(i, limit)
                        ):
                            # "وانتقد الوزير النائب X، وقال": after a verb that
                            # takes a person and a complete title, a second
                            # post with the article and a name that ends the
                            # clause is the verb's object (but "الوزير الدكتور
                            # X": an honorific or a rank is his; "الوزير النائب
                            # X الحكومة": one man's two posts, his object after)
                            break
                        if (
                            kind == 4
                            and post_after_name
                            and i > a + 2
                            and i + 2 < limit
                            and (
                                toks[i + 1] in _NATIONALITIES
                                # (or its definite nisba first: "وزار X Y
                                # وزير الدفاع الملحق العسكري الفرنسي" visited
                                # the attaché; mend34c)
                                or (
                                    (ns := toks[i + 1])[:2] == "ال"
                                    and ns[-1] == "ي"
                                    and len(ns) >= 6
                                    and toks[i + 2] in _NATIONALITIES
                                )
                            )
                            # (the post's definite genitive before, no title:
                            # "وقال X Y الملحق العسكري الفرنسي" is one title)
                            and np_kind[toks[i - 1]] == 2
                            and a > titled_in
                            and (
                                (v := toks[a - 1 - titled_in]) in _MEETING_VERBS
                                or v in _MET_BEFORE_RELAY
                            )
                        ):
                            # "التقى X Y وزير الخارجية السفير الأردني Z": after
                            # the subject's name and his post, a definite title
                            # and a nationality open the one met, as his
                            # counterpart does (kw36)
                            break
                        if kind == 4 and titled and not named and t in _HONORIFIC_WORDS_OR_RANKS:
                            # "وزير النقل … رئيس مجلس إدارة الهيئة العامة
                            # للموانئ المهندس فهد بن سليمان الدوسري": after a
                            # long title, the name the honorific opens is whole
                            stop = i + 10 if i + 10 < limit else limit
                        titled = True
                        post_after_name = named
                        genitive_next = kind == 3
                        i += 1
                        continue
                    if (
                        named
                        and post_after_name
                        and i + 2 < limit
                        and is_word[i + 1]
                        and (
                            (
                                toks[i + 1][:2] == "ال"
                                and not (is_word[i + 2] and np_kind[toks[i + 2]] == 1)
                            )
                            # ("X المتحدث باسم المحكمة ونائب رئيس المحكمة": a
                            # title in construct, then its definite genitive)
                            or (
                                np_kind[toks[i + 1]] == 3
                                and toks[i + 2][:2] == "ال"
                                and is_word[i + 2]
                                and not (
                                    i + 3 < limit and is_word[i + 3] and np_kind[toks[i + 3]] == 1
                                )
                            )
                        )
                    ):
                        # "X نائب رئيس الوزراء ووزير الصحة": a second post
                        # joined to the post told after the name, no name
                        # after it, is the same person's
                        titled = True
                        genitive_next = True
                        i += 1
                        continue
                    if named:
                        break  # "النائب X ووزير المالية Y": two people
                    if titled and i > a and i + 1 < limit and is_word[i + 1]:
                        # "نائب رئيس الوزراء ووزير الخارجية X": before the
                        # name, a second post joined to the first is the
                        # same person's, its genitive after it
                        genitive_next = True
                        i += 1
                        continue
                    kind = 1
                if (
                    titled
                    and not named
                    and i > a
                    and i + 3 < limit
                    and t[:3] == "الم"
                    and is_word[i + 1]
                    and is_word[i + 2]
                    and _participle_own_subject(
                        toks[i - 1],
                        t,
                        toks[i + 1],
                        toks[i + 1][-1] == "ه" and self.ha_ending(i + 1),
                        toks[i + 2],
                    )
                    and not self.known_name_word(toks[i + 1])
                ):
                    # "رئيس البرلمان المجمدة أشغاله X": a participle with the
                    # article and its own subject, a noun suffixed with the
                    # pronoun of the body before (whose works are frozen),
                    # describe that body: the post's words; the name follows
                    # (dev36rd)
                    i += 2
                    continue
                if (
                    titled
                    and not named
                    and i > a
                    and (shape := _POST_OBJECT_SHAPE[t])
                    and _post_object_at(toks, i, shape)
                    and not _name_then_that(toks, is_word, i + 1, limit)
                ):
                    # "ووجه مدرب الفريق التهنئة للاعبين": a definite verbal
                    # noun after the post's definite word is the verb's
                    # object, no adjective nor name; so is a common object
                    # ("وقدم رئيس النادي الشكر للجماهير")
                    break
                if (
                    titled
                    and not named
                    and t in _POST_OBJECT_THINGS
                    and i + 1 < limit
                    and is_word[i + 1]
                    and (
                        (i > a + 1 and _post_genitive_before(toks, i))
                        # ("رفض الوزير الأردني مشروع القانون": past a title
                        # with the article and its nisba; mend35d)
                        or _definite_title_before(toks, a, i)
                    )
                ):
                    # "رفض رئيس هيئة الإعلام قرار إقالته", "انتقد مدير
                    # المدرسة موقف الوزارة": a bare thing in construct after
                    # the post's definite genitive, which takes no genitive
                    # of its own, is the verb's object, no holder's name
                    # (kw37)
                    break
                if (
                    titled
                    and not named
                    # (not after a head in construct still waiting for its
                    # genitive, no article on it; a definite body's head,
                    # "وزير الداخلية", takes none)
                    and not (genitive_next and toks[i - 1][:2] != "ال")
                    and t[-1] == "ه"
                    and _MASDAR_OWNED[t]
                    and self.ha_ending(i)
                ):
                    # "ولخص السفير انطباعه قائلا", "وأعلن الوزير انسحابه":
                    # a derived verbal noun with "his" printed ه right
                    # after the title is the verb's object, the subject's
                    # own, never the holder's name (as after a name read,
                    # "وقدم الوزير X Y اعتذاره"; rev40); after a bare head
                    # in construct the noun is its genitive: "وقال رئيس
                    # اتحاده X", "مدير استخباراته اللواء X" (mend37a)
                    break
                # a word after a title is its genitive, else a name
                if (
                    genitive_next
                    and kind < 3
                    and i > a + 1
                    and t[:2] != "ال"
                    and t[0] != "و"
                    and toks[i - 1][:2] == "ال"
                    and toks[i - 1] in _ORGANIZATION_HEADS
                ):
                    # "وشكك رئيس الحزب X Y في نزاهة …": a definite body takes
                    # no genitive; the bare word after it starts the name, so
                    # that في after the name is no post's (as after "الوزير X Y")
                    genitive_next = False
                    named = True
                    i += 1
                    continue
                if genitive_next:
                    # (a body in construct takes its own genitive: "رئيس مجلس
                    # إدارة الهيئة"; a noun in ة before a city: "عضو غرفة تجارة
                    # دمشق، X")
                    genitive_next = (
                        t in _ORGANIZATION_HEADS
                        or t in _PLACE_HEADS
                        or _construct_goes_on(toks, i, limit)
                        or _outlet_named_before_marks(toks, is_word, i, limit)
                    )
                    if t in _TRIBES and i + 1 < limit and is_word[i + 1] and not in_quote[i + 1]:
                        # "شيخ عشيرة بني تميم في ديالى الشيخ X": the tribe's
                        # own name is the title's too, no person's
                        i += (
                            3
                            if toks[i + 1] in _TRIBE_LINKS and i + 2 < limit and is_word[i + 2]
                            else 2
                        )
                        continue
                elif kind == 1 or not titled:
                    if (
                        titled
                        and not named
                        and i > a
                        and (
                            t in _DOCUMENT_HEAD_BASES
                            or (
                                # (after the title's genitive: not "الرئيس
                                # عرفات من رام الله", a name in -ات)
                                t[-2:] == "ات"
                                and i + 1 < limit
                                and toks[i + 1] == "من"
                                and toks[i - 1][:2] == "ال"
                                and toks[i - 1] not in _TITLE_LIKE
                            )
                        )
                    ):
                        # "تلا رئيس الدائرة مقتطفات من أقوال …", "… تقرير
                        # الخبير": after the title, a plural taken from
                        # something or a document is the verb's object
                        break
                    if i == a and t in _BARE_HONORIFICS:
                        # "أكد معالي وزير النقل … المهندس X": an honorific
                        # before the title is no name
                        i += 1
                        continue
                    if (
                        titled
                        and not named
                        and i > a
                        and i + 1 < limit
                        and is_word[i + 1]
                        and not in_quote[i + 1]
                        and (
                            ("و" <= t < "ى" and "ال" <= toks[i + 1] < "ام" and _and_construct(t))
                            or (t in _AND_COMPASS and np_kind[toks[i + 1]] == 1)
                        )
                    ):
                        # "وزير العدل وحقوق الإنسان في الحكومة، X،", "مديرة
                        # قسم الشرق الأوسط وشمال أفريقيا في المنظمة X": a noun
                        # in construct joined with و inside the body's or the
                        # region's name, its genitive after it; the post's
                        # place and the name still follow
                        genitive_next = t in _AND_COMPASS
                        i += 1
                        continue
                    if (
                        t in _LATELY
                        and titled
                        and not named
                        and i > a
                        and toks[i - 1][:2] == "ال"
                        and not _IS_TITLE_HEAD[toks[i - 1]]
                        and _place_then_name(toks, is_word, in_quote, i + 1, limit)
                    ):
                        # "السفيرة المعينة حديثا لدى فرنسا X Y": lately (حديثا
                        # reads as a name word), then the post's place, then
                        # the name, as after مؤخرا below
                        i += 1
                        continue
                    if (
                        titled
                        and not named
                        and _SPECIFIED_ELATIVE[toks[i - 1]]
                        and _specification_noun(toks[i - 1], t)
                        and _place_then_name(toks, is_word, in_quote, i + 1, limit)
                    ):
                        # "رئيس الحزب الأكثر تمثيلا في البرلمان X Y": the
                        # elative's noun of specification (as phrase_entity
                        # reads it) is no name word; the body's place and
                        # the name still follow
                        i += 1
                        continue
                    if (
                        titled
                        and not named
                        and i > a + 1
                        and len(t) > 4
                        and t[-1] == "ا"
                        and toks[i - 1][-2:] == "يا"
                        and toks[a][-1:] == "ا"
                        and toks[a][:-1] in lx.ANONYMOUS_HEADS
                    ):
                        # "أن مسؤولا سعوديا رفيعا في وزارة الداخلية أبلغ": an
                        # adjective in the accusative after the unnamed head's
                        # and its nisba's is the description's, no name; the
                        # post's place still follows (kw35b)
                        i += 1
                        continue
                    if titled and not named and i > a and t in _SEE_DEPENDENCIES:
                        # "متروبوليت طرطوس وتوابعها للسريان المطران X": the
                        # see's dependencies, a word of the post, no name; the
                        # rite glued to لـ after it is the post's too
                        i += 1
                        continue
                    named = True
                i += 1
                continue
            if not is_word[i]:
                if t in _DASHES and i > a and not named and _dashed_nisba_pair(toks, i, limit):
                    # "رئيس الدائرة السياسية – الأمنية في وزارة الدفاع X":
                    # two nisbas of one agreement joined by a dash are one
                    # adjective of the post, which reads on to its holder
                    i += 1
                    continue
                if t in QUOTE_MARKS and i > a and self.said_in_marks(i, a - titled_in, cue):
                    break  # "وقال الوزير "ندعم الحل".": his words, no name
                if t == "." and i > a and (toks[i - 1] == "د" or (toks[i - 1] == "م" and titled)):
                    i += 1  # "د. سعاد المطيري"
                    continue
                if t == "(" and i > a:
                    if titled and not named and (m := self.initials_end(i, limit)) > 0:
                        i = m + 1
                        if self.named_in_commas_after(i):
                            # "عضو المجلس الوطني لحزب الرواد (ح.ر)، X Y،": the
                            # body's acronym spelt in initials, an aside; the
                            # holder is named in the commas after it
                            continue
                        # "المتهم الأول (أ.ع.ن)": a person named by initials
                        named = True
                        continue
                    if (
                        i + 2 < limit
                        and toks[i + 1] in _WITHHELD_NAME
                        and toks[i + 2] in _WITHHELD_WHAT
                    ):
                        break  # "مصدر حكومي (رفض الكشف عن اسمه)": an aside, no name
                    # "وكالة الأنباء السعودية (واس)", "(أ ف ب)": an acronym aside
                    m = i + 1
                    # (five words with a link of lineage between them:
                    # "(فهد بن ناصر آل مقرن)", dev21s)
                    reach = (
                        6
                        # (a text cut right after the bracket: "وروى سامي (",
                        # fuzz25)
                        if i + 1 < limit
                        and toks[i + 1] not in lx.NP_STOP
                        and any(w in _NAME_LINKS for w in toks[i + 2 : i + 5])
                        else 5
                    )
                    while (
                        m < limit
                        and m - i < reach
                        and toks[m] != ")"
                        and (is_word[m] or toks[m].isdigit())
                    ):
                        m += 1
                    if m < limit and toks[m] == ")" and m > i + 1:
                        if titled and not named and not _ALIAS_NOTE.isdisjoint(toks[i + 1 : m]):
                            break  # "وقال الموظف (اسم مستعار) إن": a note on the name
                        if (
                            titled
                            and not named
                            and (
                                not _PICTURE_WORDS.isdisjoint(toks[i + 1 : m])
                                or toks[i + 1] in _CAPTION_SIDES
                            )
                        ):
                            # "وقال المدير (يسار الصورة) إن", "(يمين X Y)": a
                            # caption, where the one titled stands in the
                            # picture; no part of his post (rev25's item)
                            if (
                                m + 3 < limit
                                and toks[m + 1][:2] != "ال"
                                and _cue_of(toks[m + 1]) is None
                                and self._bracket_name_words(m + 1, m + 3)
                            ):
                                # "وزيرة الصحة (يسار الصورة) X Y إن": the
                                # holder's name after the caption, read on
                                i = m + 1
                                continue
                            break
                        if titled and not named and self.bracket_holder(i, m) > 0:
                            # "انتقد مدير الأوقاف (X Y) سكان الريف": the
                            # post's holder named in brackets ends the
                            # phrase, the verb's object after it
                            i = m + 1
                            named = True
                            break
                        if m - i == 6:
                            # (five words between the brackets at i and m:
                            # only as a holder's name; four, an aside, as before)
                            break
                        i = m + 1
                        continue
                    break
                if (
                    # (or after an honorific alone: "قال الدكتور "X Y" إن",
                    # "السيدة «X Y»", read as a name's first word; kw25)
                    (
                        (titled and not named)
                        or (i == a + 1 and toks[a] in _LONE_HONORIFICS)
                        # "القائد العام الفريق أول ركن «X Y»": what completes
                        # the rank, read as the name's first words (dev29r)
                        or (titled and t in QUOTE_MARKS and self.rank_completed(a, i))
                    )
                    and t in QUOTE_MARKS
                    and i > a
                    and (m := self.titled_name_in_marks(i, limit)) > 0
                    # (after an honorific not before a comma: "نفى الدكتور “X
                    # Y”، نائب رئيس “نادي …” الأخبار" reads its post on below;
                    # but "قال الدكتور "X Y"، أستاذ القانون، إن": words alone
                    # up to a comma, أنّ or a colon, the apposition; kw26b)
                    and (
                        titled
                        or m + 1 >= limit
                        or toks[m + 1] not in _COMMAS
                        or self.words_closed_by_comma(m + 2, limit)
                    )
                ):
                    # "وزير الخارجية “علي كرتي”": the titled person's name
                    # set in marks (a house style); the phrase ends with it
                    i = m + 1
                    named = True
                    break
                if (
                    t in QUOTE_MARKS
                    # (right after the title a titled phrase is read from:
                    # "لرئيس «حزب …» X Y", the title glued to لـ)
                    and (i > a or (titled and a > 0))
                    # (not a law or a plan named after a definite genitive,
                    # the verb's object: "وانتقد رئيس الحزب «قانون الطوارئ»";
                    # "رئيس حزب «مشروع تونس»" names the party; kw33)
                    and not (
                        i + 1 < limit and toks[i + 1] in _OBJECT_THINGS and toks[i - 1][:2] == "ال"
                    )
                    and (
                        self.names_in_marks(i - 1)
                        # "الناطق باسم حركة المقاومة «فتح»، X Y،": the person
                        # named in commas after the marks, they name his body
                        or (
                            titled
                            and not named
                            and (m := self.closing_mark(i, limit, 7)) > 0
                            and (
                                self.named_in_commas_after(m + 1)
                                # "رئيس حزب الأمل «نور» محمد سالم X": the
                                # body's short name, then the holder's
                                or self.holder_after_marks(i, m, limit)
                            )
                        )
                    )
                ):
                    # "صحيفة «الخبر»", "حزب "النهضة"": the name in marks is part of it
                    m = self.closing_mark(i, limit, 7)
                    if m >= 0:
                        # (after a bare title the marks name its body, not
                        # its holder: "نائب رئيس «اتحاد …» ورئيس بلدية X"
                        # reads on to the second post and the name)
                        named = not (
                            ((w := toks[i - 1]) in lx.TITLES and w[:2] != "ال")
                            # ("لرئيس «حزب …» X Y": glued to لـ)
                            or w in _LAM_BARE_TITLES
                        )
                        if named and titled and toks[i - 1] in _ORGANIZATION_HEADS:
                            # "زعيم حركة «X» في اليمن Y Z", "رئيس حزب «X»
                            # الشعبي في تونس Y Z": the marks name the body
                            # of the post (an adjective of it may follow), no
                            # holder; the place he holds it in and his name
                            # go on (read below)
                            j = m + 1
                            if (
                                j < limit
                                and (w := toks[j])[:2] == "ال"
                                and (w[-1] == "ي" or w[-2:] == "يه")
                            ):
                                j += 1
                            named = not (
                                j + 2 < limit
                                and (
                                    toks[j] == "في"
                                    # "رئيس جمعية «X» الخيرية «Y Z»": the
                                    # holder's name in marks after the body's
                                    or (
                                        toks[j] in QUOTE_MARKS
                                        and self.titled_name_in_marks(j, limit) > 0
                                    )
                                )
                            )
                        i = m + 1
                        if (
                            named
                            and i < limit
                            and toks[i] in _KNOWN_AS_PARTICIPLES
                            and not (
                                titled
                                and i + 3 <= limit
                                and toks[i + 1][:1] != "ب"
                                and toks[i + 1] not in _ADVERBS
                                and self.name_like(i + 1, i + 3)
                            )
                        ):
                            # "… «X Y» الشهير بـ«Z»": what the one named is known as,
                            # after his name, no word of it (but "مؤسس موقع «X»
                            # الشهير Y Z": the body's adjective, then the
                            # holder's name)
                            break
                        continue
                if (
                    titled
                    and not named
                    and t in QUOTE_MARKS
                    and i > a + 1
                    and np_kind[toks[i - 1]] == 1
                    and toks[i - 1][-1] != "ي"
                    and toks[i - 1] not in lx.TITLES
                    and toks[i - 1] not in _INDEFINITE_ADJECTIVES
                    and (w := toks[i - 2]) in lx.TITLES
                    and np_kind[w] == 3
                    and (m := self.closing_mark(i, limit, 6)) > i + 1
                ):
                    # "عضو تكتل «الجمهورية القوية» النائب X Y": a noun in
                    # construct with a title (no adjective: "مسؤول كبير
                    # «…»"), its genitive the body's name in marks; the post
                    # goes on after them
                    i = m + 1
                    continue
                if (
                    titled
                    and t in QUOTE_MARKS
                    and i > a + 2
                    and toks[i - 1][:2] == "ال"
                    and (m := self.closing_mark(i, limit, 4)) > i + 1
                    and m + 2 < limit
                    and (
                        (w := toks[m + 1]) in _GIVEN_NAMES
                        or w in lx.HONORIFICS
                        or w in _MILITARY_RANKS
                    )
                    and _body_head_in(toks, a + 1, i - 1)
                ):
                    # "المسؤول الإعلامي لوكالة دعم المهاجرين «داما» X Y": the
                    # body's short name in marks after its full name in
                    # construct with the post; the holder's name follows
                    # them (dev28s)
                    i = m + 1
                    continue
                if (
                    t in QUOTE_MARKS
                    and i > a + 1
                    and toks[i - 1] in _LAM_BARE_TITLES
                    and self.told_after_titled_subject(i - 1)
                ):
                    # "وقال الأمين العام لرئيس «حزب …» X Y:", "وقال المتحدث
                    # باسم الحكومة لرئيس «…» X Y": after a verb of saying and
                    # its subject's definite title, a bare title glued to لـ
                    # before a body in marks opens the one spoken to, the
                    # speaker's phrase ends before it; after a bare title
                    # alone, "وقال مستشار لرئيس «حزب …» X Y", the post he
                    # serves with the body's name (the name after the marks
                    # the party head's, as before; kw34b)
                    if toks[a][:2] == "ال":
                        # (the word glued to لـ read as a name's: none)
                        i -= 1
                        named = False
                    elif i == a + 2 and (m := self.closing_mark(i, limit, 7)) > i + 1:
                        i = m + 1
                break
            if in_quote[i] or i in dates:
                break
            if (
                t in _WITHHELD_NAME
                and i > a
                and i + 1 < limit
                and (toks[i + 1] in _WITHHELD_WHAT or t in _WITHHOLDING_PARTICIPLES)
            ):
                break  # "شاب في الثلاثينات رفض الكشف عن اسمه": no name, the verb
            if t.isdigit():
                if (
                    titled
                    and len(t) <= 2
                    and i > a
                    and i + 1 < limit
                    and (
                        toks[i + 1] in _COMMAS
                        or toks[i + 1] in _HONORIFICS_OR_RANKS
                        # "الناطق باسم المحكمة الابتدائية بتونس 1 X Y،": after
                        # a place glued to بـ, a name of two words or more
                        or (toks[i - 1][0] == "ب" and self.numbered_post_name(i + 1, limit))
                    )
                    and is_word[i - 1]
                    and not in_quote[i + 1]
                ):
                    # "أستاذ العلوم السياسية بجامعة الجزائر 3، الدكتور X",
                    # "… بجامعة الجزائر 3 الدكتور X" (an honorific or a rank
                    # opens the name): the number of a university or a
                    # unit, part of the post
                    i += 1
                    continue
                break
            if (t == "ل" or t == "ب") and i + 1 < limit and toks[i + 1] in _MARKS_OR_PAREN:
                if (
                    t == "ل"
                    # (or a post told after the name: "X الأمين العام
                    # لـ«حزب الله» إن")
                    and (not named or post_after_name)
                    and i > a
                    and i + 2 < limit
                    # (not "لـ«وكالة فرانس برس»": an outlet, the one told)
                    and toks[i + 2] not in _OUTLET_HEADS
                    and toks[i + 1] in QUOTE_MARKS
                    # (a body's long name read up to ten words, as after في
                    # and باسم: "الأمين العام لـ«حزب … من أجل العمل
                    # والحريات» X Y"; kw35)
                    and (m := self.body_name_close(i, limit, 8)) > 0
                    and (
                        (
                            toks[i + 2] in lx.ORGANIZATION_HEADS
                            and (m + 1 >= limit or not is_word[m + 1] or toks[m + 1] in np_stop)
                        )
                        # "الأمين العام لـ«حزب الله» السيد حسن نصرالله",
                        # "رئيس المكتب السياسي لـ"حماس" إسماعيل هنية": the
                        # holder's name after the body, which is the post's
                        # genitive whatever its name (an addressee comes
                        # after the name, not between the post and it)
                        or (
                            not named
                            and self.name_after_body(m + 1, limit)
                            # (not after a post complete with its genitive,
                            # "المتحدث باسم الوزارة لـ«الشروق» X", "رئيس
                            # الحكومة لـ«الخبر» الدكتور X": an outlet told)
                            and not _post_complete_before(toks, a, i)
                        )
                    )
                ):
                    # "حديث الأمين العام لـ«حزب الله» عن …": a body in marks
                    # after a title with no name, its genitive, the phrase
                    # ending with it (an outlet is the one told: "صرح الوزير
                    # لـ«الشروق» بأن")
                    i = m + 1
                    if i + 5 > stop:
                        # (a body's long name: the holder's honorific and
                        # name after it still read, five words; kw35)
                        stop = i + 5 if i + 5 < limit else limit
                    continue
                break  # "… لـ«الشروق»", "لـ(وات)": an addressee or a label follows
            if i > a and "لل" <= t < "لم" and i + 1 < limit and toks[i + 1] == "نت":
                break  # "قال المتحدث … للجزيرة نت": a web outlet, the addressee
            if (
                i > a
                and i + 1 < limit
                and "بال" <= t < "بام"
                and toks[i - 1] in _IN_CHARGE
                and is_word[i + 1]
                and (
                    toks[i + 1] not in np_stop
                    or (toks[i + 1] == "مع" and named and _relations_of_post(toks, i, a))
                )
            ):
                # "الوزير المكلف بالشؤون العامة": the portfolio, glued to بـ
                # after المكلف, is the post itself, not the verb's complement
                i += 1
                continue
            if (
                (t == "ام" or t == "في")
                and i > a + 1
                and _OUTLET_TAIL_PAIRS.get(toks[i - 1]) == t
                and is_word[i - 2]
            ):
                # "مدير إذاعة نور أف أم X Y", "مدير قناة الأفق تي في X Y": a
                # radio's or a channel's initials spelt in letters' names,
                # whose second is also "or" or "in": the outlet's name, the
                # phrase reads on (classify)
                i += 1
                continue
            if t in np_stop:
                if t not in _READ_ON_STOPS:
                    break  # (the tests below read on only after these words)
                if t in lx.GLUED_DEMONSTRATIVES:
                    if not (
                        titled
                        and not named
                        and i > a
                        and i + 3 < limit
                        and is_word[i + 1]
                        and is_word[i + 2]
                        and not in_quote[i + 1]
                        and not in_quote[i + 2]
                        and toks[i + 1][:2] == "ال"
                        and toks[i + 1] not in np_stop
                        and _NP_KIND[toks[i + 2]] == 1
                        and toks[i + 2] not in _CUE_WORDS
                    ):
                        break
                    # "وقال المدير العام لهذه الشركة X Y", "المسؤول المكلف
                    # بهذه المهمة X Y": inside a post with no name yet, the
                    # demonstrative and its noun are the post's genitive or
                    # complement, the name next (after a name it ends the
                    # phrase: "الوزير X بذلك"; mend27a)
                    i += 2
                    continue
                if (
                    t in _NAME_TIME_NOUNS
                    and i > a
                    and (
                        (titled and not named)
                        or toks[i - 1] in lx.HONORIFICS
                        # ("محمد صباح سالم X": between two given names, the
                        # father's name; dev33r)
                        or (
                            toks[i - 1] in _GIVEN_NAMES
                            and i + 1 < limit
                            and toks[i + 1] in _GIVEN_NAMES
                        )
                    )
                    and i + 1 < limit
                    and is_word[i + 1]
                    and not in_quote[i + 1]
                    and i + 1 not in dates
                    and toks[i + 1] not in np_stop
                    and _NP_KIND[toks[i + 1]] != 4
                    and toks[i + 1] not in _CUE_WORDS
                ):
                    # "وقالت السيدة صباح يوسف": right after an honorific or a
                    # title, a time noun that is also a first name, followed
                    # by a name word (not a day, a date or a time word: "قال
                    # الوزير صباح اليوم"), is the name
                    named = True
                    i += 1
                    continue
                if (
                    (
                        t in _THEN
                        # (lately after the post's participle, not the bare
                        # title: "وأجرى الوزير حديثا", an interview)
                        or (
                            t in _LATELY
                            and toks[i - 1][:2] == "ال"
                            and not _IS_TITLE_HEAD[toks[i - 1]]
                        )
                    )
                    and titled
                    and not named
                    and i + 1 < limit
                    and is_word[i + 1]
                    and (
                        _NP_KIND[toks[i + 1]] == 1
                        # "السفير المعين مؤخرا لدى المغرب X": the post's
                        # place after lately, then the name
                        or (
                            t in _LATELY and _place_then_name(toks, is_word, in_quote, i + 1, limit)
                        )
                        # "مستشار الرئيس آنذاك الفاتح عبد الباقي": a first
                        # name with the article, then a plain name word
                        or (
                            _NP_KIND[toks[i + 1]] == 2
                            and i + 2 < limit
                            and is_word[i + 2]
                            and not in_quote[i + 2]
                            and _NP_KIND[toks[i + 2]] == 1
                            and toks[i + 2] not in _CUE_WORDS
                        )
                        # "وزير الداخلية آنذاك الشيخ X Y", "قائد الجيش حينها
                        # اللواء X": an honorific, a rank or a prince's
                        # title, then a name word (rev37)
                        or (
                            t in _THEN
                            and toks[i + 1] in _HONORIFICS_RANKS_OR_PRINCE
                            and i + 2 < limit
                            and is_word[i + 2]
                            and not in_quote[i + 2]
                            and _NP_KIND[toks[i + 2]] == 1
                            and toks[i + 2] not in _CUE_WORDS
                        )
                    )
                ):
                    i += 1  # "السفير الأمريكي آنذاك روبرت فورد": the name follows
                    continue
                if (
                    t in _INFORMED
                    and i > a
                    and (
                        toks[i - 1] in lx.ANONYMOUS_HEADS
                        # ("مصدر قضائي مطلع لـ…": after the source's nisbas)
                        or (
                            i - a <= 3
                            and toks[a] in lx.ANONYMOUS_HEADS
                            and _all_in_ya(toks, a + 1, i)
                            # (before أنّ, a mark, لـ the one told or على/في/من
                            # what he knows; not "مطلع الشهر", "مطلع مارس": when)
                            and (
                                i + 1 >= limit
                                or not is_word[i + 1]
                                or toks[i + 1] in _INFORMED_NEXT
                                or (toks[i + 1][:1] == "ل" and toks[i + 1][:2] != "ال")
                            )
                        )
                    )
                ):
                    # "مصدر مطلع في المصرف المركزي": "informed", the source's
                    # adjective (not "مطلع العام", the start of a period)
                    titled = True
                    i += 1
                    continue
                if (
                    t == "ام"
                    # (or after a title: "وتضيف جارته أم محمد", "قالت
                    # الناشطة أم أحمد")
                    and (
                        i == a
                        or (titled and not named)
                        or (i == a + 1 and _IS_TITLE_HEAD[toks[a]])  # ("جارته": hers)
                    )
                    and i + 1 < limit
                    and is_word[i + 1]
                    and toks[i + 1] not in np_stop
                ):
                    i += 1  # "وقالت أم محمد": a kunya, not "or"
                    named = True
                    continue
                if (
                    t in _MAIN_ROLE_PREPOSITIONS
                    and titled
                    and i + 1 < limit
                    and (
                        not named
                        or (post_after_name and (t != "في" or self.post_held_in(i + 1, limit)))
                    )
                    and _prepositions_title(t, toks, a, i, titled_in)
                    and not (t == "في" and self.possessed_adjunct(i + 1))
                    and not (t == "لدي" and self.possessed_occasion_at(i + 1))
                ):
                    # "السفيرة في باماكو", "المبعوث إلى ليبيا", "المتحدث باسم الخارجية"
                    # (and after the name: "X وكيل دائرة الطاقة في أبوظبي")
                    nxt = toks[i + 1]
                    if nxt in QUOTE_MARKS:
                        # "مدير المكتب الإعلامي في "الدفاع المدني السوري" X"
                        # (and "القيادي في "هيئة … وحلفائها"، X،": a body's
                        # long name, headed by a body's noun, up to ten
                        # words, not "في "تدوينة نشرها …"": an occasion;
                        # dev32s)
                        m = self.body_name_close(i, limit)
                        if m > i + 2:
                            i = m + 1
                            if i + 5 > stop:
                                # (the holder's honorific and name after a
                                # long name still read, five words; kw35)
                                stop = i + 5 if i + 5 < limit else limit
                            continue
                        break
                    if (
                        is_word[i + 1]
                        and not nxt.isdigit()
                        and nxt not in lx.EVENT_NOUNS
                        and not (nxt[:2] == "ال" and nxt[2:] in lx.EVENT_NOUNS)
                        # "وقال الوزير في سلسلة تغريدات": a series of
                        # occasions, no post's place
                        and not (
                            nxt in lx.SERIES_NOUNS
                            and i + 2 < limit
                            and (
                                toks[i + 2] in lx.EVENT_NOUNS
                                # ("في سلسلة من التغريدات", "في جملة من
                                # التصريحات": the series of the definite
                                # plural after من, gen15)
                                or (
                                    toks[i + 2] == "من"
                                    and i + 3 < limit
                                    and toks[i + 3][:2] == "ال"
                                    and toks[i + 3][2:] in lx.EVENT_NOUNS
                                )
                            )
                        )
                        # "وقال مصدر مسؤول في اتصال هاتفي مع قناة …": the call
                        # or the recording he spoke in, no post
                        and not (
                            nxt in _CALL_NOUNS
                            # (but "الباحث في تسجيل التراث", "الناشط في
                            # تسجيل الناخبين": in construct with a definite
                            # word, the field he works in)
                            and not (
                                i + 2 < limit
                                and toks[i + 2][:2] == "ال"
                                and toks[i + 2] != "الفيديو"
                            )
                        )
                        # "وقال الوزير في برنامج تلفزيوني", "في برنامج «…»":
                        # a programme with a nisba or its name in marks after
                        # it is the broadcast he spoke in, no post's place
                        # (but "الخبير في برنامج الأغذية العالمي", "في برنامج
                        # دعم المرأة": a body's or a plan's name; kw24)
                        and not (
                            nxt in _PROGRAMME
                            and i + 2 < limit
                            and (toks[i + 2] in QUOTE_MARKS or toks[i + 2] in _BROADCAST_NISBAS)
                        )
                        # "ويضيف السفير في الوثيقة ذاتها": where he writes, no post
                        and nxt not in lx.DOCUMENT_HEADS
                        # "ويظهر الوزير في الشريط": the recording he spoke
                        # in, no post's place (kw17a)
                        and nxt not in _RECORDINGS
                        and (
                            nxt not in np_stop
                            # "قائد المنطقة في أم درمان", "مدير الشرطة في أم
                            # القيوين": after في, أم opens a place's name (no
                            # "or" follows a preposition; classify takes the
                            # place's second word only after في)
                            or (
                                nxt == "ام"
                                and t == "في"
                                and i + 2 < limit
                                and is_word[i + 2]
                                and toks[i + 2] not in np_stop
                            )
                        )
                        and i + 1 not in dates
                        and not _POSSESSED_EVENT[nxt]
                        # "وقال المدرب في أول ندوة صحفية", "وأكد نائب وزير
                        # الخارجية في ختام اللقاء أن": when the words were
                        # said, no post's place
                        and nxt not in _WHEN_SAID
                        # "وكتبت السفيرة في تعليق ختامي أن": a comment
                        # she made, no post's place (rev33)
                        and nxt not in _COMMENTS_MADE
                        # "وقال الوزير في منتدى الدوحة:", "رئيس الوزراء في
                        # قمة شرم الشيخ": a gathering he spoke at after a
                        # post with no name, when he spoke (mend37e)
                        and (
                            named
                            or nxt not in _GATHERINGS_SPOKEN_AT
                            or not _gathering_spoken_at(toks, is_word, i + 1, limit)
                        )
                        # "وقال السفير في بيروت في نفس الوقت", "في ذات
                        # السياق", "في نفس السنة": the same time or context
                        # as told before, no post's place (dev32d)
                        and nxt not in _SAME_WORDS
                    ):
                        i += 2
                        if nxt == "ام":
                            i += 1  # ("في أم قصر": the place's second word)
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
                        elif (
                            i + 1 < limit
                            and toks[i - 1] in lx.ORGANIZATION_HEADS
                            and toks[i - 1][:2] != "ال"
                            and is_word[i]
                            and is_word[i + 1]
                            and toks[i][:2] != "ال"
                            and toks[i + 1][:2] == "ال"
                            and toks[i] not in np_stop
                            and toks[i + 1] not in np_stop
                            and _cue_of(toks[i]) is None
                        ):
                            # "وزير الطاقة في حكومة تسيير الأعمال في العراق
                            # X": a body's bare head after the preposition is
                            # in construct, its genitive running to the first
                            # definite word, the body's, no speaker's (dev15a)
                            i += 2
                        if (
                            i + 2 < limit
                            and toks[i] in QUOTE_MARKS
                            # (not after a definite place or a country: "السفير
                            # الأمريكي في البحرين "X Y" التقى", his own name)
                            and not (
                                (toks[i - 1][:2] == "ال" or toks[i - 1] in _COUNTRIES)
                                and self.titled_name_in_marks(i, limit) > 0
                            )
                        ):
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
                    t == "العام"
                    and i == a + 1
                    and toks[a][:2] == "ال"
                    and toks[a] in _ORGANIZATION_HEADS
                    and i + 1 < limit
                    and is_word[i + 1]
                    and toks[i + 1][:2] in ("ال", "لل")
                    and toks[i + 1] not in np_stop
                    and toks[i + 1] not in _YEAR_OF
                ):
                    # "الاتحاد العام التونسي للشغل": a body's adjective
                    # (general), its name going on, not the year
                    i += 1
                    continue
                if (
                    t == "العام"
                    and named
                    and toks[i - 1] in lx.TITLES
                    and toks[i - 1][:2] == "ال"
                    and (i + 1 >= limit or not is_word[i + 1] or toks[i + 1] not in _YEAR_OF)
                ):
                    # "X Y الأمين العام المساعد في الحزب", "X Y المدير العام
                    # للشركة": after the name, a definite post takes العام as
                    # its adjective, general, as before it (but "قال الوزير X
                    # العام الماضي", "العام الجاري": the year); so before أنّ
                    # or a preposition ending the phrase, "قال X الأمين العام
                    # إن" (kw39)
                    i += 1
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
                if (
                    t == "علي"
                    and ala_verb
                    and titled
                    and not named
                    and i > a
                    and toks[i - 1] in _ALA_TITLE_WORDS
                    and self.title_resumes(i + 2, limit)
                ):
                    # "أكدت العضوة في هيئة الدفاع في قضية التآمر على أمن
                    # الدولة المحامية X Y أن": على and its object are the
                    # post's (a verbal noun's complement), not the verb's,
                    # when a title goes on after them; the name follows
                    # (counted from there, as after a long title's honorific)
                    i += 2
                    stop = i + 10 if i + 10 < limit else limit
                    continue
                if t == "عن" and i > a and toks[i - 1] in _ISSUED:
                    i += 1  # "بيان صادر عن الوزارة": the issuer follows
                    continue
                if t == "حول" and titled and not named and (k := self.body_about_end(a, i, limit)):
                    # "مدير المعهد العربي للبحوث حول الهجرة X Y": a body's
                    # field after حول, then a given name, is still the post
                    # (the topic of the words is no body's and no name
                    # follows it: "وتحدث رئيس المركز حول الوضع الأمني")
                    i = k
                    continue
                if (
                    t == "عن"
                    and titled
                    and not named
                    and particle != "عن"
                    and i + 1 < limit
                    and is_word[i + 1]
                    and toks[i + 1] not in np_stop
                    # ("أعلن المتحدث باسم الجيش عن بدء عملية …": after the
                    # body a spokesman speaks for, عن is the verb's)
                    and "باسم" not in toks[a:i]
                    # ("وتحدث رئيس الحزب عن الحرية وقال": after a verb that
                    # takes عن, عن is the verb's but after a title it
                    # continues, "وتحدث النائب عن الدائرة"; kw33)
                    # (the title that governs عن: the nearest indefinite one,
                    # or the head, "وتحدث نائب رئيس الحزب عن الحرية" is the
                    # verb's; an indefinite seat after عن is the post's,
                    # "وتحدث مرشح عن دائرة الخرطوم"; mend31b)
                    and not (
                        a > 0
                        and toks[a - 1] in _SPOKE_ABOUT
                        and (
                            gov := next(
                                (
                                    w
                                    for w in reversed(toks[a + 1 : i])
                                    if w in lx.TITLES and w[:2] != "ال"
                                ),
                                toks[a],
                            )
                        )
                        not in _TITLES_ABOUT
                        and not (gov in _MEMBERS_ABOUT and toks[i + 1] in _SEATS_ABOUT)
                        and toks[i - 1][:2] != "لل"
                    )
                    and (
                        toks[i + 1][:2] == "ال"
                        or toks[i + 1] in _BODY_OR_PLACE_HEADS
                        # (but "مراسل العربية عن مصير …": the topic, after a
                        # title that عن does not continue)
                        or not _TITLES_ABOUT.isdisjoint(toks[a:i])
                        # "رئيس الرابطة الوطنية للدفاع عن حقوق الإنسان X": the
                        # body's purpose glued to لل, and what عن gives it
                        or (toks[i - 1][:2] == "لل" and not _audience(toks[i - 1][2:]))
                        # "رئيس فريق الدفاع عن X Y، المحامي Z،": the defence
                        # team's client, named bare after it
                        or (toks[i - 1] == "الدفاع" and i > a + 1 and toks[i - 2] in _DEFENCE_TEAMS)
                    )
                ):
                    i += 2  # "نائب عن حركة النهضة", "المسؤول عن الملف"
                    if (
                        toks[i - 1] in _BODY_OR_PLACE_HEADS
                        and toks[i - 1][:2] != "ال"
                        and i < limit
                        and is_word[i]
                        and not in_quote[i]
                        and toks[i] not in np_stop
                    ):
                        i += 1  # "النائب عن ولاية وهران": the place's name, no person's
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
                                    (
                                        toks[i + 1] in np_stop
                                        # ("الكاتبة X علي روايتها بالقول": a
                                        # possessed occasion is the verb's
                                        # object, no object of على; mend25a)
                                        and toks[i + 1] not in lx.OWN_OCCASIONS_POSSESSED
                                        # (nor "الوزير محمد علي بهذه الخطوة":
                                        # على takes no بـ or لـ after it;
                                        # a glued demonstrative ends the name
                                        # after Ali; mend27a)
                                        and toks[i + 1] not in lx.GLUED_DEMONSTRATIVES
                                    )
                                    or not is_word[i + 1]
                                    or toks[i + 1] in _ALA_OBJECTS
                                )
                            )
                            # ("أكد سفير المملكة إلى اليمن على موقف بلاده":
                            # after the complete title of a verb that takes
                            # على, no name yet or a name ending in a family
                            # name with the article ("الوزير X الحداد على
                            # أهمية"; not "محمد على", "عبد الله على"), على as
                            # written with its alif maqsura is that
                            # preposition, not the name Ali; but "أكد
                            # المستشار على حسن أن": one word and أنّ or a
                            # colon after it, the name so written)
                            and not (
                                ala_verb
                                and (
                                    (titled and not named)
                                    # (or with no title, "كما أكد الحداد على
                                    # ضرورة …": after a family name with the
                                    # article, no title; dev34s)
                                    or (
                                        toks[i - 1][:2] == "ال"
                                        and toks[i - 1] != "الله"
                                        and (titled or not _IS_TITLE_HEAD[toks[i - 1]])
                                        # (not the second half of a compound
                                        # given name with name words and
                                        # the verb's own على or أنّ after
                                        # على, "عز الدين على حسن على أن":
                                        # Ali, the father's name; mend34f)
                                        and not (
                                            i - 1 > a
                                            and toks[i - 1] in _COMPOUND_SECOND
                                            and (
                                                toks[i - 2] in _COMPOUND_FIRST
                                                or toks[i - 2] == "عبد"
                                            )
                                            and self._name_words_then_ala_or_that(i + 1, limit)
                                        )
                                    )
                                )
                                and self.doc.orig(self.doc.starts[i], self.doc.ends[i])[-1:] == "ى"
                                and not (
                                    i + 2 < limit and (toks[i + 2] in _THAT or toks[i + 2] == ":")
                                )
                                # ("أكد وزير التموين على مصيلحي، …، أن",
                                # "أكد المدرب على ماهر في تصريحات أن": a
                                # given name or عبد after it, or one word
                                # that is no pronoun's noun before a comma,
                                # with no name before: Ali, spelt so)
                                and not (
                                    not named
                                    and i + 2 < limit
                                    and (
                                        (
                                            toks[i + 1] in _NAMES_AFTER_ALI
                                            and toks[i + 1] not in _NOUNS_AFTER_ALA
                                        )
                                        or toks[i + 1] == "عبد"
                                        or (
                                            toks[i + 2] in ("،", ",")
                                            and toks[i + 1][:2] != "ال"
                                            and toks[i + 1][-1:] != "ه"
                                            and toks[i + 1][-2:] != "ها"
                                            and toks[i + 1] not in np_stop
                                        )
                                    )
                                )
                            )
                        )
                        # "تقول فاطمة أيت علي، وهي …", "ويقول علي، وهو سائق …":
                        # before a comma or a stop, where no preposition ends,
                        # the name
                        or (named and i + 1 >= limit)
                        or (i + 1 < limit and toks[i + 1] in _ALI_LAST)
                        # "علق المستشار الإعلامي للجنرال علي محسن، X، على":
                        # right after a title glued to لل, spelt with its
                        # ya and an indefinite word after it, the name of the
                        # title's holder (the verb's على comes later)
                        or (
                            i > a
                            and toks[i - 1][:2] == "لل"
                            and "ال" + toks[i - 1][2:] in _TITLE_LIKE
                            and i + 1 < limit
                            and is_word[i + 1]
                            and not in_quote[i + 1]
                            and toks[i + 1] not in np_stop
                            and toks[i + 1][:2] != "ال"
                            and self.doc.orig(self.doc.starts[i], self.doc.ends[i])[-1:] == "ي"
                        )
                        # "وعلق النائب سالم علي على القرار": spelt with its
                        # ya right before the preposition spelt with alif
                        # maqsura, the name (the verb's على comes next)
                        or (
                            i + 1 < limit
                            and toks[i + 1] == "علي"
                            and self._ali(i)
                            and not self._ali(i + 1)
                        )
                        # "وعلق المتحدث باسم المجلس علي X، على الانفجار":
                        # spelt with its ya, then a word of a name and the
                        # preposition spelt with alif maqsura (a comma
                        # between), the name (the verb's على comes next)
                        or (
                            i + 3 < self.n
                            and is_word[i + 1]
                            and toks[i + 1] not in np_stop
                            and toks[i + 1] not in _ALA_OBJECTS
                            # (a family name: a nisba with the article, or
                            # a word without it and no ة; not "علي القرار
                            # على الفور", "علي ضرورة …": على so spelt)
                            and (
                                (toks[i + 1][:2] == "ال" and toks[i + 1][-1] == "ي")
                                or (
                                    toks[i + 1][:2] != "ال"
                                    and toks[i + 1][-1] != "ه"
                                    # (a plural in ات or a noun a verb takes
                                    # with على: "علق الوزير علي تصريحات على
                                    # صفحته", "حرص الرئيس علي حضور على …")
                                    and toks[i + 1][-2:] != "ات"
                                    and toks[i + 1] not in _ALA_NOUNS
                                )
                            )
                            and self._ali(i)
                            and (
                                (toks[i + 2] == "علي" and not self._ali(i + 2))
                                or (
                                    toks[i + 2] in _COMMAS
                                    and toks[i + 3] == "علي"
                                    and not self._ali(i + 3)
                                )
                            )
                        )
                        # "قال الوزير محمد علي إن": إنّ follows قال and never
                        # على, so before it (with its hamza below, or after
                        # قال) علي is the name
                        or (
                            i + 1 < limit
                            and toks[i + 1] == "ان"
                            and (
                                (cue is not None and _lemma_key(cue) == "قال")
                                or self.doc.orig(
                                    self.doc.starts[i + 1], self.doc.ends[i + 1]
                                ).startswith("إ")
                            )
                        )
                    )
                ):
                    break  # "علي" the name, but "يعلق الدبلوماسي على ذلك"
            elif (
                t in _MAIN_ROLE_PREPOSITIONS
                and titled
                and not named
                and i + 1 < limit
                and _prepositions_title(t, toks, a, i, titled_in)
                and not (t == "في" and self.possessed_adjunct(i + 1))
                and not (t == "لدي" and self.possessed_occasion_at(i + 1))
            ):
                nxt = toks[i + 1]
                if is_word[i + 1] and not nxt.isdigit() and nxt not in np_stop:
                    i += 2
                    continue
                if nxt in QUOTE_MARKS and (
                    # (a body's long name too, as after a titled post's
                    # preposition: "المتحدث باسم "تحالف … (7-10 words)"")
                    (m := self.body_name_close(i, limit)) > i + 2
                ):
                    # "الناطق باسم «كتائب القسام» أبو عبيدة", "المتحدث باسم
                    # "الجبهة الشعبية"": the body in marks after the
                    # preposition of the post, part of it (as in the branch
                    # above, "مدير المكتب الإعلامي في "الدفاع المدني" X")
                    i = m + 1
                    if i + 5 > stop:
                        stop = i + 5 if i + 5 < limit else limit  # (as above; kw35)
                    continue
                break
            elif (
                t == "من"
                and (
                    (i == a + 1 and (toks[a] in _NUMBER_OF or toks[a] in _MULTIPLES))
                    # ("عدد كبير من", "مجموعة صغيرة من": its size between)
                    or (i == a + 2 and toks[a] in _NUMBER_OF and toks[a + 1] in _SIZE_OF_NUMBER)
                )
                and i + 1 < limit
                and is_word[i + 1]
                and not in_quote[i + 1]
                and (
                    toks[i + 1][:2] == "ال"
                    # ("عدد من نواب البرلمان": the plural in construct)
                    or (d := self.number_of_definite(i + 1, limit, np_stop)) > 0
                )
            ):
                # "قال عدد من المشاركين في المسيرة إن", "وقالت مجموعة من
                # الطالبات", "وقال العديد من السكان": a number of some
                # definite plural, the ones who speak (no name "عدد" with
                # its complement after it)
                i = i + 2 if toks[i + 1][:2] == "ال" else d + 1
                named = False
                break
            elif t == "من" and (
                (named and not doc_head)
                # "وطلب الوزير من السفير «…»": the one asked, after the subject
                or particle == "من"
                # "صاح المتهم الأول من داخل القفص": from where, not a name
                or (i + 1 < limit and toks[i + 1] in _PLACE_ADVERBS)
                # "وقال مصدر أمني من جهته إن": for his part, no description;
                # "وحذر مصدر أمني بالشرطة من التصعيد": after the body an
                # unnamed source works at, the verb's complement (mend35a)
                or (i + 1 < limit and toks[i + 1] in _TURN_NEXT)
                or _unnamed_source_body_before(toks, a, i)
                # "وحذر تقرير للبنك الدولي من أن": the verb's complement, even
                # after a document (whose author may follow من)
                or i + 1 >= limit
                or toks[i + 1] in np_stop
                # "وحذر مسؤول من وزارة الصحة من انتشار الحمى": a second من
                # after the post's own, then a bare verbal noun in construct:
                # what the verb warns of, not where the official is from
                or (
                    i + 2 < limit
                    and _index_in(toks, a + 1, i - 1, ("من", "في")) is not None
                    and _masdar_head(toks[i + 1], toks[i + 2])
                )
            ):
                break  # "حذر المبعوث X من أن"
            if (i > a or titled) and ((t[0] == "ب" and t in _MANNER) or t in _WITH_THE_PHRASE):
                # "وتساءل المسؤول باستغراب «…»": how it was said ends a title
                # alone too, as it ends a name ("بعبارة «…»" too; mend30b)
                break
            if (
                # (read outside speech right after the verb too, persons in
                # construct: "قال وزير العمل لعمال مصر إن", filed as the cue
                # reads it; kw39)
                (verb or (said_before and t[1:] in _GROUP_CONSTRUCT_HEADS))
                and i > a
                and not named
                and t[:1] == "ل"
                # ("وقال المسؤول لصحافيين": the people, indefinite, too)
                and _audience(t[2:] if t[:2] == "لل" else t[1:])
                and _ORGANIZATION_HEADS.isdisjoint(w[2:] if w[:2] == "ال" else w for w in toks[a:i])
            ):
                # "وقال وزير الخارجية للصحفيين", "وصرح الدبلوماسي الفرنسي
                # للصحافة": after the subject, the people or the press the
                # words are told to, not a genitive of the title (but "نقيب
                # الاتحاد الوطني للصحفيين": a body's)
                break
            if (
                verb
                and i > a
                and not named
                and t[:2] == "لل"
                and (np_kind["ال" + t[2:]] == 4 or t[2:] in _DELEGATIONS)
                # (the title complete: a definite word ends it, or an
                # unnamed source has its adjective, "مسؤول كبير للسفير")
                and (toks[i - 1][:2] == "ال" or (i > a + 1 and toks[a] in lx.ANONYMOUS_HEADS))
                and _RELATIONAL_POSTS.isdisjoint(toks[a:i])
                and toks[i - 1] not in _OF_SOMEONE
            ):
                # "وقال الوزير للسفير الأمريكي إن", "وأكد الرئيس للوفد أن":
                # after the subject's complete title, a person's title or a
                # delegation glued to لل is the one told (but "المستشار
                # الخاص للرئيس", "المبعوث الخاص للأمين العام": a post that
                # serves someone takes him for its genitive)
                break
            if (
                verb
                and i == a + 2
                and not named
                and t[:2] == "لل"
                and "ال" + t[2:] in _EMBASSIES
                and toks[i - 1][:2] == "ال"
                and toks[a][:2] != "ال"
                # (not after its staff's post in a service: "حارس الأمن
                # للسفارة", its own guard)
                and not (toks[a] in _SERVICE_STAFF and toks[i - 1] in _SERVICES)
            ):
                # "وقال مسؤولو الشركة للسفارة:", "وقال مدير المصنع
                # للسفارة إن": after a post in construct with one definite
                # genitive, the embassy glued to لل is the one told (in the
                # cables, who spoke to the diplomats), no second genitive
                # (but "الملحق العسكري للسفارة", "المسؤول الإعلامي
                # للسفارة": after a definite post and its adjective, the
                # embassy is its genitive; "رئيس قسم التأشيرات للسفارة":
                # a unit's, read as before)
                break
            if (
                not named
                and t in _LAM_OFFICE_POSTS
                # (the subject's title complete: a definite title alone,
                # "الوزير", or a bare one and its definite genitive, "وزير
                # الصحة"; not "المسؤول الإعلامي لوزير …", whose adjective
                # ties the post to the one after it; read again after the
                # title, a phrase starts after it)
                and (
                    (
                        i == (f := a - 1 if titled_in and not verb else a) + 1
                        and np_kind[toks[f]] == 4
                    )
                    or (
                        i == f + 2
                        and np_kind[toks[f]] == 3
                        and np_kind[toks[f + 1]] in (2, 4)
                        and toks[f + 1] not in _words_module._SERVING_BODIES
                    )
                    # (or a body's bare name between: "رئيس مجلس النواب
                    # لرئيس الوزراء X"; not a serving office, "رئيس مكتب
                    # الاتصال لرئيس الحكومة X"; kw27)
                    or (
                        i == f + 3
                        and np_kind[toks[f]] == 3
                        and np_kind[toks[f + 1]] == 1
                        and np_kind[toks[f + 2]] in (2, 4)
                        and toks[f + 1] not in _words_module._SERVING_OFFICES
                        and toks[f + 2] not in _words_module._SERVING_BODIES
                    )
                )
                and _RELATIONAL_POSTS.isdisjoint(toks[f:i])
                # (not "المرشح لرئيس البلدية X": the post he runs for)
                and toks[f] not in _words_module._CANDIDATES
            ):
                # "وقال الوزير لمدير مستشفى الأمل X Y إن", "وقال وزير الصحة
                # لرئيس البلدية X Y:": a post of office glued to لـ after
                # the subject's complete title opens the one told, whose
                # name is his (kw26); after any complete title, outside
                # speech too, another person and his post ("وقدم رئيس
                # الوزراء لرئيس البرلمان X مشروع …" gave X the post "رئيس
                # الوزراء لرئيس البرلمان"; kw27)
                break
            if i > a:
                if (
                    t in _CUE_WORDS
                    and toks[i - 1] not in _BODIES_IN_CONSTRUCT
                    and not (t == "يعرب" and self.yarub_named(i))
                ):
                    # (but "لجنة متابعة …": the body's genitive, see cue_at;
                    # "وزير النقل يعرب بدر": the first name يعرب)
                    break
                if "بال" <= t < "بام" and not _acting(toks, i, limit):
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
                        and i + 3 < limit
                        and toks[i + 1][:2] == "ال"
                        and toks[i + 2] in _HONORIFIC_WORDS_OR_RANKS
                        and is_word[i + 1]
                        and is_word[i + 3]
                        and toks[i + 1] not in np_stop
                        and toks[i + 3] not in np_stop
                    ):
                        # "مدير الفرع بالمنطقة الشرقية المهندس X": the post's
                        # place with its adjective, then the honorific and name
                        i += 2
                        continue
                    if (
                        titled
                        and not named
                        and t[1:] not in _TITLE_LIKE  # ("السفير بالمعارض X": a companion)
                        # (also after a genitive with لـ: "المدير الجهوي للتجارة
                        # بالقيروان X", where the post is held)
                        and (
                            toks[i - 1] in lx.TITLES
                            or toks[i - 1].startswith(("ال", "لل", "وال"))
                            # ("النائب عن ولاية وهران بالمجلس": after a place's name)
                            or (i - 2 > a and toks[i - 2] in _PLACE_HEADS)
                            # ("سفير فرنسا بالجزائر، X،": after the country a
                            # title is of, where it is held)
                            or (i - 1 > a and toks[i - 1] in _COUNTRIES)
                            # ("والي كسلا بالسودان X", "والي شمال كردفان
                            # بالسودان X": after the city or the region a
                            # regional post is of, the country it lies in,
                            # then two name-like words: no article, no stop
                            # word, the first no accusative in ا unless a
                            # given name, no title; not "التقى والي X بالسودان
                            # ممثلي المستثمرين", "… وفدا من …", "… سفير …",
                            # the verb's object)
                            or (
                                t[1:] in _COUNTRIES
                                and i + 2 < limit
                                and is_word[i + 2]
                                and toks[i + 1][:2] != "ال"
                                and toks[i + 2][:2] != "ال"
                                and toks[i + 1] not in np_stop
                                and toks[i + 2] not in np_stop
                                and (toks[i + 1][-1] != "ا" or toks[i + 1] in _GIVEN_NAMES)
                                and not _IS_TITLE_HEAD[toks[i + 1]]
                                and (
                                    (i - 1 > a and toks[i - 1] in _CITIES)
                                    or (i - 2 > a and toks[i - 2] in _COMPASS_POINTS)
                                )
                            )
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
                            # "الوزيرة المكلفة بالعلاقات مع مجلس المستشارين X": with
                            # whom, read on below
                            or (
                                toks[i + 1] == "مع"
                                and t == "بالعلاقات"
                                and toks[i - 1] in _IN_CHARGE
                            )
                            # "السفيرة الأمريكية السابقة بالقاهرة «X Y» أنها":
                            # the name in marks (of three words at most), the
                            # clause going on after it (not the words said)
                            or (
                                toks[i + 1] in QUOTE_MARKS
                                # (two words at least that could name a
                                # person: not "اتهم قائد الشرطة بالمدينة
                                # «حماس» بالوقوف وراء", the verb's object)
                                and (m := self.closing_mark(i + 1, limit, 5)) > i + 3
                                and toks[i + 2][:2] != "ال"
                                and toks[i + 2] not in lx.LABEL_NOUNS
                                and self.name_like(i + 2, m)
                                and m + 1 < self.n
                                and is_word[m + 1]
                                and toks[m + 1] not in _CUE_WORDS
                            )
                            or (
                                # "السفير الأمريكي بالرباط آنذاك، X،": at the
                                # time, then the name in commas
                                toks[i + 1] in _THEN and i + 2 < limit and toks[i + 2] in _COMMAS
                            )
                            or (
                                # "أستاذ العلوم السياسية بالجامعة التونسية،
                                # X،": the place with its adjective, then the
                                # name in commas
                                toks[i + 1].startswith("ال")
                                and i + 2 < limit
                                and toks[i + 2] in _COMMAS
                                # (no verb of saying after the comma: "ورحب
                                # مصدر مسؤول بالوزارة الجديدة، وقال", the
                                # thing welcomed; mend35a)
                                and (i + 3 >= self.n or toks[i + 3] not in _CUE_WORDS)
                            )
                            or (
                                # "بالمجلس الشعبي الوطني، X،": two adjectives
                                toks[i + 1].startswith("ال")
                                and i + 3 < limit
                                and toks[i + 2].startswith("ال")
                                and toks[i + 3] in _COMMAS
                                and (i + 4 >= self.n or toks[i + 4] not in _CUE_WORDS)
                            )
                            or (
                                # "الملحقة الاقتصادية بالسفارة الأمريكية في
                                # الجزائر، X،": the mission, maybe its
                                # adjective, the city after في, then the name
                                # in commas
                                (m := i + 1 + toks[i + 1].startswith("ال")) + 2 < limit
                                and toks[m] == "في"
                                and is_word[m + 1]
                                and toks[m + 1] not in np_stop
                                and toks[m + 2] in _COMMAS
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
                            or (
                                # "الوكيل العام بالمحكمة الابتدائية القاضي X
                                # Y": the place with its adjective, then the
                                # holder's rank or honorific and his name
                                # (dev15a)
                                toks[i + 1].startswith("ال")
                                and i + 3 < limit
                                and (
                                    toks[i + 2] in _TITLES_BEFORE_NAME
                                    or toks[i + 2] in lx.HONORIFICS
                                )
                                and is_word[i + 3]
                                and not toks[i + 3].startswith("ال")
                                and toks[i + 3] not in np_stop
                            )
                            or (
                                # "القيادي بالحزب الشيوعي الشفيع X", "العضو
                                # بالمجلس التشريعي السماني X": the place,
                                # maybe its adjectives, then a given name
                                # with the article and a word with none
                                # (review B finding 7; mend31d)
                                (m := _article_name_after(toks, is_word, np_stop, i, limit))
                                and is_word[m + 1]
                                and toks[m + 1][:2] != "ال"
                                # (no word glued to لـ or بـ: "بالموقف الصديق
                                # لبلادنا", the adjective and its complement)
                                and (toks[m + 1][0] not in "لب" or toks[m + 1] in _GIVEN_NAMES)
                                and toks[m + 1] not in np_stop
                                and _cue_of(toks[m + 1]) is None
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
                        # (not after a family name with the article: "أشاد
                        # الخلفي بالروابط التاريخية،", the verb's object)
                        and toks[i - 1][:2] != "ال"
                    ):
                        # "عبدالله بالحيف النعيمي،": a Gulf family name in بال,
                        # then the tribe's, before the apposition
                        i += 2
                        continue
                    if (
                        post_after_name
                        and body_ends
                        and t[3:] in _POST_PLACES
                        and (m := self.place_name_end(i + 1, limit, bare=True)) > 0
                    ):
                        # "X مدير الشؤون المالية بالجامعة:", "X مدير الشؤون
                        # الفنية بالمحافظة، أن": a body named by its head
                        # with the article (maybe its adjectives) where the
                        # post told after the name is held, as "بوزارة العدل"
                        # is, up to the phrase's end, the one told or the
                        # words' day or occasion
                        i = m
                        if toks[m] == "من" or _told_after_body(toks, t[1:], m, limit):
                            break
                        continue
                    if (
                        verb
                        and not praise
                        and t[1:] in lx.ORGANIZATION_HEADS
                        and _unnamed_source_before(toks, a, i)
                    ):
                        # "قال مصدر مسؤول بالوزارة إن", "وقال مصدر دبلوماسي
                        # بالسفارة إن": the body an unnamed source works at,
                        # glued to بال, is his description's, as "بوزارة
                        # الصحة" is; after a verb of saying only, not one
                        # whose complement بـ glues ("ورحب مسؤول أمريكي
                        # بالوزارة الجديدة", whom he welcomed; kw37)
                        i += 1
                        continue
                    break
                if (
                    named
                    and not doc_head
                    and not titled
                    and not body_tail
                    and t[:2] == "لل"
                    and _body_genitive(toks, a, i)
                ):
                    # "الهيئة العليا للانتخابات", "النقابة الوطنية للصحفيين":
                    # a body's purpose or members, its name (read on below
                    # only through its adjectives and genitives)
                    body_tail = True
                    i += 1
                    continue
                if (
                    named
                    and not doc_head
                    and t[0] in "لب"
                    # ("X المدير الفني للأهلي": the genitive of the post told
                    # after the name, not an addressee; but "للصحفيين")
                    and not (post_after_name and t[:2] == "لل" and not _audience(t[2:]))
                    # ("X الأمين العام لحزب الله", "X المدير الفني لمنتخب
                    # موريتانيا": a body, a place or a post in construct with
                    # لـ is the post's genitive too)
                    and not (
                        post_after_name
                        and (
                            t[1:] in _LAM_GENITIVE_HEADS
                            # "X رئيس المرصد اليمني لحقوق الإنسان", "X رئيس
                            # الجمعية الوطنية لحماية المستهلك": a broken
                            # plural or a noun in ة before a definite word,
                            # as after a title before the name
                            or (
                                _post_genitive_noun(t) and i + 1 < limit and toks[i + 1][:2] == "ال"
                            )
                        )
                        and (
                            t[1:] not in _OUTLET_HEADS
                            # ("X الرئيس التنفيذي لوكالة ترويج الاستثمار": an
                            # agency in construct with a derived verbal noun
                            # and its definite genitive, what the body is for,
                            # is no news outlet told; rev39)
                            or _body_for_purpose(toks, i, limit)
                        )
                        # (the post still open: its head or an adjective,
                        # not a genitive, "X رئيس الحزب لوكالة …")
                        and (
                            (p := toks[i - 1]) in _TITLE_LIKE
                            or p[-1] == "ي"
                            or p[-2:] == "يه"
                            or p in _GENERAL_AFTER_POST
                            or p in _FORMER_AFTER_POST
                            or p in _ELATIVES_IN_A
                        )
                        and i + 1 < limit
                        and (
                            (is_word[i + 1] and toks[i + 1] not in np_stop)
                            # (its name in marks: "X الرئيس السابق لحزب «الأمل»")
                            or (toks[i + 1] in QUOTE_MARKS and self.names_in_marks(i))
                        )
                        # (but after an adjective, a body glued to بـ up to
                        # the phrase's end is where the post is held, read on
                        # below: "X رئيس قطاع الشؤون الإعلامية بوزارة
                        # الخارجية بأن")
                        and not (
                            t[0] == "ب"
                            and t[1:] in _POST_PLACES
                            and self.place_name_end(i + 1, limit, ends=body_ends) > 0
                        )
                    )
                ):
                    if (
                        post_after_name
                        and t[0] == "ل"
                        and _derived_masdar(t[1:])
                        and i + 1 < limit
                        and is_word[i + 1]
                        and toks[i + 1][:2] != "ال"
                        and toks[i + 1] not in _COUNTRIES
                        and i + 2 < limit
                        and is_word[i + 2]
                        and toks[i + 2][:2] != "ال"
                        and toks[i + 2] not in _THAT
                        and not self.known_name_word(toks[i + 1])
                    ):
                        # "عاد X الأمين العام للحزب لإطلاق تصريحات": a verbal
                        # noun glued to لـ before an indefinite word, the
                        # purpose of the clause's verb, ends the post (not a
                        # body's purpose, "لمكافحة الفساد", a definite word
                        # after it)
                        break
                    if (
                        post_after_name
                        and t[0] == "ب"
                        and t[1:] in _POST_PLACES
                        and t[1:3] != "ال"
                        and (m := self.place_name_end(i + 1, limit, ends=body_ends)) > 0
                    ):
                        # "X رئيسة جمعية الصيادين بمحافظة جنوب الشرقية إن":
                        # where the post told after the name is held, a place
                        # or a body in construct and its name up to the
                        # phrase's end, the one told or the day or occasion
                        # of the words (not a person met, "لقائه بوزير …",
                        # nor a verb's object read on: "أشاد X بجامعة …
                        # وبدورها")
                        i = m
                        if toks[m] == "من" or _told_after_body(toks, t[1:], m, limit):
                            break  # "… بوزارة العدل لنا إن", "… من جهته"
                        continue
                    if (
                        "لل" <= t < "لم"
                        and not _audience(t[2:])
                        and "ال" + t[2:] not in _OUTLET_HEADS  # ("للإذاعة": told)
                        and _named_institution_before(toks, a, i)
                    ):
                        # "مدير مركز حمدان بن زايد للأبحاث X Y": what a body
                        # named after a person serves, its name's last word
                        # (phrase_entity), not the one told
                        i += 1
                        continue
                    if i == a + 2 and _staff_of_embassy(toks, a, i + 1):
                        # "وقال موظفو الأمن للسفارة إن", "عمال النظافة
                        # للسفارة": staff read as a name (a plural, or a post
                        # with no title, عامل) and their service; the embassy
                        # is their employer, its genitive, as after the title
                        # "حارس الأمن للسفارة" (the embassy branch above)
                        i += 1
                        continue
                    if (
                        "لل" <= t < "لم"
                        or (
                            t[1:] in _ADDRESSEE_HEADS
                            # ("X رئيس الحكومة بالوكالة": acting, the post's
                            # own word, not "with the agency")
                            and not (post_after_name and _acting(toks, i, limit))
                        )
                        or t in _MANNER
                        # "المحامي حسن لبلادي نيوز": an outlet by its last word
                        or (
                            i + 1 < limit
                            and (toks[i + 1] in _OUTLET_TAILS or _spelt_outlet(t, toks[i + 1]))
                        )
                    ):
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
                        # (not after a title's complement with لـ, a noun in
                        # construct: "مدرب المنتخب لكرة القدم لوبيز X")
                        and not (
                            toks[i - 2][:1] == "ل"
                            and toks[i - 2][-1] == "ه"
                            and toks[i - 2][:2] != "لل"
                            and toks[i - 1][:2] == "ال"
                            and i - 3 >= a
                            and toks[i - 3][:2] == "ال"
                            and not _glued_to_lam(t)
                        )
                        # (not the sport of a post's team or federation told
                        # after the name: "X رئيس … للاتحاد المصري لكرة القدم",
                        # or of a team named by its country before the name:
                        # "المدير الفني لمنتخب مصر لكرة القدم X", dev15a)
                        and not (
                            (post_after_name or _IS_TITLE_HEAD[toks[a]] or titled_in)
                            and t in _SPORT_BALL
                            and i + 1 < limit
                            and toks[i + 1][:2] == "ال"
                        )
                        # (not the family name after a title's definite
                        # genitive and one first name: "رئيس نادي الأهلي
                        # سامي لطيف إن", the name has one word so far; but
                        # before a bare word, "مدرب المنتخب X لوبيز تهانيه",
                        # the break keeps the verb's object out)
                        and not (
                            (
                                toks[i - 2][:2] in ("ال", "لل")
                                or toks[i - 2] in _COUNTRIES
                                # (or the one-word place after the post's في,
                                # or a place head's: "السفير في مسقط X لوري",
                                # "مدير الأمن في مدينة تعز X لبيب"; rev36)
                                or (
                                    i - 3 > a
                                    and (
                                        toks[i - 3] in _POST_PLACE_PREPOSITIONS
                                        or (
                                            toks[i - 3] in _PLACE_HEADS
                                            and i - 4 > a
                                            and toks[i - 4] in _POST_PLACE_PREPOSITIONS
                                        )
                                    )
                                )
                            )
                            and toks[i - 1][:2] != "ال"
                            # (not a news agency by its short name: "X لسبأ",
                            # "لوام", "لقنا", the one told; rev36)
                            and t[1:] not in _AGENCY_SHORT_NAMES
                            and (_IS_TITLE_HEAD[toks[a]] or titled_in)
                            and (
                                i + 1 >= limit
                                or not is_word[i + 1]
                                or toks[i + 1][:2] == "ال"
                                or toks[i + 1] in np_stop
                                # (or the people or the agency told after
                                # it: "X لوري للصحافيين إن", "X لبيب لسبأ";
                                # rev36)
                                or (toks[i + 1][:2] == "لل" and _audience(toks[i + 1][2:]))
                                or (
                                    toks[i + 1][:1] == "ل"
                                    and toks[i + 1][1:] in _AGENCY_SHORT_NAMES
                                )
                                # ("هاجم رئيس نادي الزمالك X لبيب مدرب
                                # الفريق": a post after the name, the
                                # object's or his own)
                                or (
                                    _IS_TITLE_HEAD[toks[i + 1]]
                                    and toks[i + 1][:1] != "ل"
                                    and t[1:] not in lx.TITLES
                                )
                            )
                        )
                        # (not a third name word whose ل is its own: a given
                        # name, "سامي محمد لطفي", or
                        # the family name after a French compound given name,
                        # "جان إيف لودريان", "جان ماري لوبان")
                        and t not in _GIVEN_NAMES
                        and not (
                            toks[i - 2] in _words_module._FRENCH_COMPOUND_FIRST
                            and toks[i - 1] in _words_module._FRENCH_SECOND_NAMES
                        )
                    ):
                        break  # "توماس ريد لسكاي نيوز": after a two-word name, an addressee
            elif ("بال" <= t < "بام" and not _acting(toks, i, limit)) or (
                particle == "ب" and t[0] == "ب"
            ):
                break
            if (
                t == "من"
                and (i > a or titled_in)
                and not named
                and not doc_head
                and i + 1 < limit
                and is_word[i + 1]
                and not in_quote[i + 1]
                and toks[i - 1] not in _COMING_FROM
                and (
                    self.definite_title_before(a, i, titled_in)
                    # "وحذر مسؤول من انتشار الحمى": an unnamed source's من
                    # right after it, then a bare verbal noun in construct
                    or (
                        i == a + 1
                        and i + 2 < limit
                        and toks[a] in lx.ANONYMOUS_HEADS
                        and _masdar_head(toks[i + 1], toks[i + 2])
                    )
                    # "وحذر مصدر أمني من التصعيد قائلا", "وحذرت مصادر
                    # عسكرية من عواقب الهجوم": after a verb of warning, an
                    # unnamed source and its nisbas, من before no body,
                    # place or post is what he warns of (kw39)
                    or (
                        i - a <= 3
                        and toks[a] in lx.ANONYMOUS_HEADS
                        and _indefinite_nisbas(toks, a + 1, i)
                        and self.warns(a, cue)
                    )
                )
                and not self.from_a_body(i + 1)
            ):
                # "وحذر الوزير من تفاقم الأزمة، مشيرا", "واشتكى وزير الصحة
                # من تأخر المشاريع قائلا": after a definite title with no
                # name, من before no body, place or post is the verb's
                # complement, no part of the post (but "مسؤول من الوزارة",
                # an indefinite source, "النائب من كتلة الأمل")
                break
            if (
                # (or right after the title a phrase read outside speech
                # starts past, after a verb of praise: "وأشاد السفير بأعمال
                # اللجنة، وقال", the works praised, no word of his post)
                (i > a or (titled_in and praise))
                and titled
                and not named
                and t[0] == "ب"
                and len(t) >= 6
                and ((t[1] == "ت" and t[-2] == "ي") or (t[1] == "ا" and t[2] != "ل"))
                # (not after المكلف with a name after the charge: "المكلف
                # بإدارة الأزمة X", the post's; "تعهد الرئيس المكلف بتسريع
                # المشاورات،" is the verb's object)
                and not (toks[i - 1] in _IN_CHARGE and self.charge_then_name(i + 1, limit))
                # (nor "القائم بأعمال السفارة في X Y Z": the chargé
                # d'affaires' own word, in construct with the embassy or the
                # post he stands in for; dev27r)
                and not (t == "باعمال" and toks[i - 1] in _CHARGE_HOLDERS)
                and not (
                    # "سفيرة الاتحاد لدى تونس باتريسيا X": a foreign name
                    # glued-looking to بـ has no ا before its last letter (or
                    # its ة), as every verbal noun "بإطلاق/باتخاذ/بإقامة" has,
                    # and a bare family name after it
                    t[1] == "ا"
                    and (t[:-1] if t[-1] == "ه" else t)[-2] != "ا"
                    and i + 1 < limit
                    and is_word[i + 1]
                    and not in_quote[i + 1]
                    and toks[i + 1][:2] != "ال"
                    and toks[i + 1] not in np_stop
                    and t[1:] not in _COUNTRIES
                )
            ):
                break  # "تعهد الوزير بتقديم …", "وعد النائب بإطلاق …": the verb's object
            if (
                praise
                and titled
                and not named
                and (i > a or titled_in)
                and t[:1] == "ب"
                and t[1:] in _BA_OBJECT_NOUNS
                # (but after a feminine verb "بدور" may be her name: "وأشادت
                # الوزيرة بدور X بالمتطوعين")
                and not (t == "بدور" and toks[a - 1 - titled_in][-1:] == "ت")
                # (nor the chargé d'affaires' own word: "وأشادت القائمة
                # بأعمال السفارة X بالتعاون")
                and toks[i - 1] not in _CHARGE_HOLDERS
            ):
                # "وأشاد الوزير بدور المواطنين، وقال", "ونوه وزير الداخلية
                # بجهد رجال الأمن": after a verb of praise, a masculine noun
                # praised glued to بـ is its object, no name ("بدور") and no
                # word of the post (kw39)
                break
            if (
                particle == "ب"
                and i > a
                and titled
                and not named
                and t[0] == "ب"
                and t != "بن"
                and toks[i - 1][:2] == "ال"
                and not self.known_name_word(t)
                and not (
                    i + 1 < limit
                    and toks[i + 1][:2] == "ال"
                    and toks[i + 1][-1] == "ي"
                    and len(toks[i + 1]) > 5
                )
            ):
                # "أقر وزير العدل بوجود إشكال": after the title and its
                # genitive, the word glued to the بـ the verb takes opens
                # its complement (but a name that opens with ب is one the
                # text knows, or has its family name after it: "أقر وزير
                # العدل بلقاسم الزغواني بأن")
                break
            if (
                praise
                and (i > a or titled)
                and len(t) > 2
                and t[0] == "ب"
                and t not in _NAME_LINKS
                and (
                    t[1] == "ب"
                    or (
                        toks[i - 1] not in _TITLE_LIKE
                        and i + 1 < limit
                        and toks[i + 1] in QUOTE_MARKS
                    )
                )
            ):
                # "أشاد نواب آخرون ببرنامج "فرصة"", "نوه النائب X بدور
                # المؤسسة": the praised thing, glued to بـ, ends the subject
                # (not "أشاد الوزير بلال X": a name after a bare title)
                break
            if (
                praise
                and post_after_name
                and t[0] == "ب"
                and len(t) > 3
                and t[1:3] != "ال"
                and toks[i - 1][:2] == "ال"
                and t[1:] not in _POST_PLACES
                and not _acting(toks, i, limit)
            ):
                # "أشاد X Y رئيس الحكومة بسامي Z": after a name and the post
                # told after it, complete with its definite genitive or
                # adjective, the one praised, glued to بـ, ends the subject
                # (not "X أستاذ القانون بجامعة …": where the post is held)
                break
            if (
                titled
                and not named
                and i > a
                and t[0] == "ب"
                and t[1:] in _POST_PLACES
                # (or a second adjective joined by و: "رئيس الدائرة العسكرية
                # والسياسية بوزارة الدفاع X", a nisba, not "رئيس الحكومة
                # والوزراء بوزارة الداخلية", other people)
                and (
                    toks[i - 1] in lx.TITLES
                    or toks[i - 1][:2] == "ال"
                    or (toks[i - 1][:3] == "وال" and toks[i - 1].endswith(("ي", "يه")))
                    or _joined_genitive(toks, i - 1, a)
                )
                and i + 1 < limit
                and is_word[i + 1]
                and not in_quote[i + 1]
                and toks[i + 1] not in np_stop
            ):
                # "رئيس المجلس المحلي بمديرية الشيخ عثمان، الأستاذ X،", "مدير
                # التربية بولاية سطيف السيد X": where the post is held, the
                # place's name with it (all of it when the name in commas follows)
                m = i + 1
                while m < limit and m - i <= 3 and is_word[m] and toks[m] not in np_stop:
                    m += 1
                i = m if m < limit and toks[m] in _COMMAS and not in_quote[m] else i + 2
                continue
            if (
                (i > a or titled)
                and t[0] == "ب"
                and len(t) >= 5
                and t[-1] == "ي"
                and t[1:-1] in lx.TITLES
                and t[1:3] != "ال"
                and i + 1 < limit
                and is_word[i + 1]
            ):
                # "والتقى الوزير بممثلي اتحاد الفلاحين": a plural of a title
                # in construct glued to بـ, those met, no part of the name
                break
            if (
                (i > a or titled)
                and t[0] == "ب"
                and t[1:] in _ADDRESSEE_HEADS
                # ("القائم بالأعمال بالوكالة": acting, the title's own word,
                # not "with the agency")
                and not _acting(toks, i, limit)
                and not (
                    t[1:] in lx.ORGANIZATION_HEADS
                    and (
                        (p := toks[i - 1]) in lx.ANONYMOUS_HEADS
                        # "القيادي بحزب X Y": the definite description too
                        or (p[:2] == "ال" and p[2:] in lx.ANONYMOUS_HEADS)
                    )
                )
                # ("مصدر أمني بمديرية أمن القاهرة", "مصدر أمني بمحافظة
                # البصرة": a body or a region after the source's adjectives
                # too; kw37)
                and not (
                    verb
                    and not praise
                    and (t[1:] in lx.ORGANIZATION_HEADS or t[1:] in _POST_PLACES)
                    and _unnamed_source_before(toks, a, i)
                )
            ):  # but "مسؤول بوزارة التجارة" is one description
                break  # "جمع السفير برجل أعمال": a companion, not part of the name
            if (i > a or titled) and t[0] == "ب" and t[1:] in _HALLS:
                # "في مؤتمر صحفي لمدرب المنتخب بقاعة الإعلام التابعة
                # للملعب": a hall or a hotel glued to بـ is where the
                # occasion took place, no post's nor name's word
                break
            if (i > a or titled) and t[0] == "ب" and t[1:] in lx.DOCUMENT_HEADS:
                # "وحين واجهه القاضي بمحضر الأشغال، سأله:", "خرج الوزير
                # ببيان": a document glued to بـ is the verb's complement,
                # never a name
                break
            if (
                named
                and i > a + 1
                and t[0] == "ب"
                and len(t) >= 5
                and self.doc.text[(o := self.doc.omap(self.doc.starts[i]) + 1) : o + 1]
                in ("أ", "إ")
            ):
                # "طالب النائب X Y بإحالة الملف": after a name, بـ before a
                # hamza opens the verb's complement (a verbal noun), no
                # word of the name
                break
            if (
                (named or titled)
                and i > a + 1
                and t[0] == "ل"
                and len(t) >= 6
                and t[1:3] != "ال"
                and ((t[-2:] == "ته" and self.ha_ending(i)) or t[-3:] in ("تها", "تهم"))
                and (i + 1 >= limit or not is_word[i + 1] or toks[i + 1][:2] == "ال")
                and not self.known_name_word(t)
            ):
                # "وانتقد X النائب Y Z لمقاطعته الجلسات": after a name, a
                # verbal noun in ة glued to لـ with a pronoun (and its
                # definite object) is the reason of the verb, no word of
                # the name
                break
            if (
                titled
                and not named
                and t[0] == "ل"
                and (i > a or titled_in)
                and self.outlet_told_to(a - titled_in, i)
            ):
                # "مصدر أمني لوكالة الأنباء الألمانية", "الناطق باسم الحكومة
                # لصحيفة الخبر": the outlet spoken to, not the post's genitive
                break
            if (
                titled
                and not named
                and t[:1] == "ل"
                and t[1:] in lx.TITLES
                and i + 1 < limit
                and (
                    toks[i + 1] in _ORGANIZATION_HEADS
                    # "السكرتير الصحفي لمحافظ حلب، X Y أن": the title's
                    # place (or body) in one word, then a comma and the
                    # holder's name
                    or (i + 3 < limit and toks[i + 2] in _COMMAS and is_word[i + 1])
                )
            ):
                # "المستشار الثقافي لرئيس مجلس الوزراء، X": a title glued to
                # لـ and the body in construct with it, the post's genitive
                genitive_next = True
                i += 1
                continue
            if t in _TITLE_LIKE or (
                t[-1:] == "ا" and t[:-1] in lx.ANONYMOUS_HEADS
            ):  # a title (with or without ال), an anonymous head ("مسؤولا")
                titled = True
                genitive_next = not t.startswith("ال")
                i += 1
                continue
            if t == "باعمال" and titled and toks[i - 1] in _CHARGE_HOLDERS:
                # "القائم بأعمال السفارة الكندية في X Y Z", "القائمة
                # بأعمال رئيس الحكومة X": the chargé d'affaires' word, in
                # construct with the embassy or the post he stands in for,
                # is the title's, its genitive next (dev27r)
                genitive_next = True
                i += 1
                continue
            if genitive_next:
                # "عضو كتلة …": the title's genitive, not a name; a body in
                # construct takes its own ("رئيس مجلس إدارة الهيئة"), and
                # so does a noun in ة before a city ("عضو غرفة تجارة دمشق")
                genitive_next = (
                    t in _ORGANIZATION_HEADS
                    or t in _PLACE_HEADS
                    or _construct_goes_on(toks, i, limit)
                )
            elif not titled or not (
                "ال" <= t < "ام"
                or "لل" <= t < "لم"
                or _acting(toks, i, limit)
                or (
                    # "المتحدث باسم المفوضية السامية للأمم المتحدة لشؤون
                    # اللاجئين في تشاد، X،": the affairs a post or a body is
                    # for, inside the role (lexicon.ROLE_PREPOSITIONS)
                    not named and t[0] == "ل" and t in lx.ROLE_PREPOSITIONS
                )
                or (
                    # "المفوض السامي لحقوق الإنسان في الأمم المتحدة X",
                    # "المبعوث الخاص لجنوب السودان X", "المقرر الخاص لحرية
                    # التعبير في الأمم المتحدة X": a broken plural or a noun
                    # in ة in construct, glued to لـ, the post's genitive
                    not named
                    and t[0] == "ل"
                    and _post_genitive_noun(t)
                    and i + 1 < limit
                    and toks[i + 1][:2] == "ال"
                )
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
                or (
                    # "رئيس الغرفة الوطنية لتجار المواد الغذائية بالجملة X",
                    # "الجمعية الوطنية لمستوردي السيارات": the persons a body
                    # is of, a broken plural (words._SINGULAR_OF) or a sound
                    # participle's in construct, glued to لـ before a definite
                    # word: the post's genitive, not a name (kw35b)
                    not named
                    and t[0] == "ل"
                    and i - a >= 2
                    and i + 1 < limit
                    and toks[i + 1][:2] == "ال"
                    and _persons_genitive(toks[i - 2], toks[i - 1], t)
                )
                or (
                    # "رئيس المنظمة التونسية لحماية التلاميذ": a body and its
                    # adjective take their purpose, a verbal noun with لـ
                    not named
                    and t[0] == "ل"
                    and t[-1] == "ه"
                    and len(t) > 4
                    and i - a >= 2
                    and toks[i - 1][:2] == "ال"
                    and (toks[i - 1][-1] == "ي" or toks[i - 1][-2:] == "يه")
                    and toks[i - 2] in lx.ORGANIZATION_HEADS
                )
                or (
                    # "القائد العسكري بقوات الأمن «X Y»", "الضابط بالقوات
                    # البحرية «X Y»": the body the post is held in, glued to
                    # بـ before its definite word, no name (the name in marks
                    # after it is read as after the post)
                    not named
                    and t[0] == "ب"
                    and i + 1 < limit
                    and toks[i + 1][:2] == "ال"
                    and (t[1:3] == "ال" or t[1:] in _BODY_OR_PLACE_HEADS or t[1:] in _ARMED_FORCES)
                )
            ):  # ("القائم بالأعمال الأميركي في دمشق X": still the role)
                named = True
            i += 1
        if (
            (i - a >= 2 or (titled_in and i > a))
            and i < limit
            and toks[i - 1][-1] in "اه"
            and (toks[i] == ":" or toks[i] in QUOTE_MARKS or toks[i] in _THAT)
            and _manner_participle(toks[i - 1])
        ):
            # "رد الوزير مبتسما:", "وجاء رد المتحدث مقتضبا:": a participle
            # of manner in the accusative after the subject, no name
            i -= 1
        if (
            (verb or after_verb)
            and i > a + 1
            and toks[a + 1] in _DEFINITE_OBJECTS
            and np_kind[toks[a]] == 4
        ):
            # "واعتبر الوزير الاتفاق «…»", "واتهم النائب الحكومة بأنها": a
            # definite title alone is the subject, the body or the thing
            # after it the verb's object (so after a verb that is no cue:
            # "ودان الرئيس الهجوم، مؤكدا")
            i = a + 1
        elif (verb or after_verb) and i > a + 1 and (k := _PLURAL_PERSONS_HEAD[toks[a]]):
            # "وهاجم النواب الوزير، مؤكدين", "ونفى أعضاء المجلس البلدي
            # الخبر، مؤكدين": after persons in the plural, a definite word
            # governs no genitive, and their adjective is in the plural (or
            # a nisba), no singular title nor a common object of news verbs:
            # such a word opens the verb's object (a title after a body's
            # head may be its adjective: "أعضاء الحزب الحاكم")
            i = self.object_after_plural(a + k, i)
        elif (
            i > (h := a - 1 if titled_in and a else a) + 2
            and np_kind[toks[h]] == 4
            and toks[h][-1] != "ه"
            and "ال" <= (t := toks[h + 1]) < "ام"
            and t[-1] == "ي"
            and (t := toks[h + 2])[-1] == "ه"
            and (t[:2] == "ال" or t in lx.TITLES)
            and (t[:2] == "ال") != self.ha_ending(h + 2)
        ):
            # "وانتقد السفير المصري السعودية، واتهمها": a feminine definite
            # word agrees neither with a masculine title nor with its
            # masculine nisba, and "وطالب السفير المصري نظيره الأردني": a
            # title with "his" is another person; either opens the verb's
            # object, the title and its nisba are the subject
            i = h + 2
        if relay_ali > a and i == relay_ali + 1:
            # ("عن المصدر الرسمي علي تفاصيل الاتفاق قوله": no word of the
            # name went on after علي, read as Ali; a name never ends so
            # after the source's words, which end before it; mend34a)
            i = relay_ali
        b = i
        if (
            titled
            and b > a + 1
            and b + 1 < limit
            and toks[b - 1] in _AFFILIATED
            and (m := self.affiliation_end(b, limit)) > b
        ):
            # "القائد العام لفصيل «X» التابع للجيش الوطني، الرائد Y Z،",
            # "الأمين العام لحزب «X» المنضوي في التحالف، Y Z،": the body
            # the post's body belongs to is part of the post, and the name
            # after its comma the holder's (the phrase ended on the
            # participle, read as the name; dev22s)
            b = i = m
        ra = rb = c0 = b
        if (
            verb
            and b > a + 1
            and b < limit
            and toks[a] in _RIVALS
            and toks[b] in _AS_BEING
            and cue.lemma == "وصف"
            and (whole := self.classify(a + 1, b, b, b, None)) is not None
            and _NORMALIZED[whole.surface].count(" ") == b - a - 2
        ):
            # "ووصف حليفه X بأنه «…»": "his ally" and one name, then بأنه,
            # is what the verb of describing takes for object, the subject
            # elided (named before the verb, or the speaker before goes
            # on); not "ووصف زميله X الوضع بأنه": his colleague, then the
            # object
            return a, a, a
        if (
            named
            and titled
            and b + 1 < limit
            and toks[b] == "عن"
            and toks[b + 1] in _CONSTITUENCIES
            and not in_quote[b + 1]
        ):
            # "النائب X عن كتلة «…»", "النائب X عن الدائرة الثالثة": the
            # bloc or the district a deputy sits for completes the title
            k = b + 2
            if k < limit and toks[k] in QUOTE_MARKS and (m := self.closing_mark(k, limit, 7)) > k:
                k = m + 1
            else:
                while k < limit and k - b < 5 and is_word[k] and toks[k][:2] == "ال":
                    k += 1
            return b, b, k
        if (
            named
            and not titled
            and verb
            and b + 3 < limit
            and toks[b + (comma := toks[b] in _COMMAS)] == "من"
            # (nor after a verb whose complement من may be: "وحذر X من لجنة
            # …:"; rev30; but "وحذر X، من لجنة المراقبة، قائلا": a body in
            # construct between commas is his, no thing he warns of, unless
            # its head is also a movement, a campaign or a front one warns
            # of: "وحذر X، من حملة التشويه،"; mend28g)
            and (
                (particle != "من" and cue.lemma not in _WARN_OF)
                or (comma and toks[b + 2][:2] != "ال" and toks[b + 2] not in _WARNED_OF_HEADS)
            )
            and ((w := toks[b + comma + 1]) in lx.ORGANIZATION_HEADS or w in _DEFENCE_TEAMS)
            and not in_quote[b + comma + 1]
            # (not a building or a gathering he spoke from: "من قصر العدل",
            # "من كنيسة القيامة", "من مجلس عزاء والده"; kw36b)
            and w not in _BUILDINGS_SPOKEN_FROM
            and not (w == "مجلس" and toks[b + comma + 2] in _MOURNING)
        ):
            # "وقال X Y من فريق الدفاع عن Z إن", "وقال X Y، من هيئة الدفاع،
            # إن": a name with no title, then the body he is of after من,
            # before the verb's أنّ, a colon or the comma that closes it: the
            # body is his role (not after a verb whose complement من
            # introduces: "وحذر X من حزب …"; dev27r)
            j = b + comma + 1
            k = self.post_words_end(j, limit)
            if (
                k > j + 1
                and k < limit
                and (toks[k] in _COMMAS if comma else (toks[k] in _THAT or toks[k] == ":"))
            ):
                return b, j, k
        if (
            named
            and b + 4 < limit
            and ((comma := toks[b] in _COMMAS) or toks[b] in _WHO)
            and toks[b + comma] in _WHO
            and toks[b + comma + 1] in _HOLDS
            # (an adverb between: "الذي يشغل حاليا منصب")
            and (held := b + comma + 2 + (toks[b + comma + 2] in _ADVERBS)) + 1 < limit
            and (
                toks[held] == "منصب"
                or (toks[held] in _POST_HELD and toks[b + comma + 1] in _OCCUPIES)
            )
            and not in_quote[held + 1]
        ):
            # "وقال X، الذي يشغل منصب مدير المكتب الإعلامي، إن": the post the
            # relative clause says the person holds is his role, up to the
            # clause's comma (with no comma before the clause, up to أنّ
            # or a colon: "وقال X الذي يشغل منصب مدير المكتب إن")
            j = held + 1
            k = self.post_words_end(j, limit)
            if (
                k > j
                and k < limit
                and (toks[k] in _COMMAS_OR_COLON or (not comma and toks[k] in _THAT))
            ):
                return b, j, k
        if (
            named
            and not titled
            and b + 3 < limit
            and ((comma := toks[b] in _COMMAS) or toks[b] in _WHO)
            and (rel := toks[b + comma].removeprefix("و")) in _HEADS_NOW
            and toks[b + comma + 1] in _HEADS_NOW[rel]
            and self.is_word[b + comma + 2]
            and not in_quote[b + comma + 2]
        ):
            # "وقال X، الذي يرأس لجنة المالية في البرلمان، إن", "وقالت X
            # التي ترأس جمعية … إن": the body the relative clause says the
            # person heads, with its verb, is the role, up to the clause's
            # comma (with no comma before the clause, up to أنّ or a colon)
            j = b + comma + 1
            k = self.post_words_end(j + 1, limit)
            if (
                k > j + 1
                and k < limit
                and (toks[k] in _COMMAS_OR_COLON or (not comma and toks[k] in _THAT))
            ):
                return b, j, k
        # "يقول X وهو عامل يومي، ويضيف": the aside on the role with no
        # comma before وهو/وهي, after a name
        # (one set test first: most phrases end before a word that opens
        # none of these, and return here)
        if not (b > a and b < limit and toks[b] in _AFTER_PHRASE):
            return b, ra, rb
        bare_he = named and b + 1 < limit and toks[b] in _HE_SHE
        # "يوسف X –المشرف العام لـ…–", "مارتن يول - المدير الفني للأهلي -":
        # the role after a name set off by two dashes, as by two commas
        dashed = named and b + 2 < limit and toks[b] in _DASHES
        if bare_he or dashed or toks[b] in _APPOSITION_OPENERS:
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
                    if named and c < limit and toks[c] in _COMMAS:
                        # "X (63 عاماً)، النازح من رفح،": the age aside, then
                        # the apposition after its comma
                        c0 = c
            if bare_he or (c + 2 < limit and toks[c] in _COMMAS and toks[c + 1] in _HE_SHE):
                # "محمد آدم، وهو نازح من حي أبو شوك، …": the apposition is the role
                j = k = b + 1 if bare_he else c + 2
                if j + 1 < limit and toks[j] in _ALSO:
                    # "X، وهو أيضا عضو في …،": the adverb before the role
                    j = k = j + 1
                w = toks[j]
                verb_next = False
                # ("وهو يعمل", "وهي تقول", "وهو سيغادر": a verb, no role; but
                # "وهو سائق", "وهي تاجرة": a title)
                if (
                    self.is_word[j]
                    and not self.in_quote[j]
                    and (w[0] not in "يتس" or w in lx.TITLES)
                    # (not "سامر، وهو اسم مستعار،": a note on the name; kw26;
                    # but "وهو المالك الحقيقي للمطعم" is a role: rev27; none
                    # when the text ends at the word: fuzz24)
                    and not (w == "اسم" and j + 1 < self.n and toks[j + 1] in _ALIAS_NOTE)
                ):
                    width = 9
                    dwell = past = 0
                    she = toks[b if bare_he else c + 1] == "وهي"
                    while k < limit and k - j < width:
                        t = toks[k]
                        if t in QUOTE_MARKS and k > j and self.names_in_marks(k - 1):
                            # "وهو ناشط في تنسيقية «…» بالجهة": a body's name in
                            # marks is part of the role, as in a comma apposition
                            m = self.closing_mark(k, limit, 8)
                            if m > k + 1:
                                width += m + 1 - k
                                k = m + 1
                                continue
                        if not self.is_word[k] or self.in_quote[k]:
                            break
                        if dwell:
                            # "… تعيش في غرفتين فوق محل للخياطة": the place, any
                            # preposition, up to the clause's end or a cue
                            if t in _THAT or _cue_of(t) is not None:
                                break
                            k += 1
                            continue
                        if k > j + 1 and t in _DWELLS:
                            # "وهي معلمة متقاعدة تسكن في شارع سوريا:": where she
                            # lives is still the role
                            dwell = k
                            width += 4
                            k += 1
                            continue
                        if she and not past and k > j + 1 and _her_clause_at(toks, k):
                            # "وهي أرملة من معرة النعمان عادت مع أطفالها …":
                            # where her relative clause opens, if the whole is
                            # too long to be the role (below)
                            past = k
                        if k > j + 1 and t[0] in "يت" and len(t) >= 4 and _present_verb(t):
                            # "وهو عامل بناء من بنغلاديش يعمل في الدولة منذ …":
                            # a present verb after the description opens what
                            # the person does; the description is the role
                            verb_next = True
                            break
                        if k == j and t in _HE_SHE_NOUNS:
                            k += 1  # ("وهو طالب جامعي،": the noun, no verb)
                            continue
                        if (
                            k > j + 1
                            and t in _ADJUNCT_OPENERS
                            and k + 1 < limit
                            and toks[k + 1] in lx.EVENT_NOUNS
                            # (not "وهو رئيس لجنة الحريات في مؤتمر الحوار
                            # الوطني": an event in construct with a definite
                            # genitive, the one the post belongs to; mend31a)
                            and not (k + 2 < limit and toks[k + 2][:2] == "ال")
                        ):
                            # "وأكد X وهو رئيس اللجنة في مقابلة مع قناة …":
                            # the occasion he spoke at ends the role (dev31r)
                            return b, j, k
                        if (
                            t in lx.NP_STOP
                            and t not in lx.ROLE_PREPOSITIONS
                            and not (t == "من" and k > j + 1)  # ("أستاذ … من بوفاريك")
                            # "وهي أم لثلاثة أبناء": the mother, not "or";
                            # "وهي أم … وصلت قبل أسبوعين من …،": when she came
                            and not (t == "ام" and k == j)
                            and not (t in _AGO and k > j + 1)
                            # "وهو عامل حضائر منذ 14 سنة:": how long, not a date
                            and not (k > j + 2 and toks[k - 2] in _AGO and toks[k - 1].isdigit())
                        ) or _cue_of(t) is not None:
                            break
                        if t in _MET and k > j:
                            # "وهو بائع خضار التقته «الصحيفة» في السوق": a
                            # relative clause with no الذي after the indefinite
                            # noun, the outlet's meeting, ends the role
                            return b, j, k
                        k += 1
                    if k > j and k < limit and (verb_next or toks[k] in _COMMAS_OR_COLON):
                        # (the colon before the words: "وهو أستاذ …:")
                        return b, j, dwell if verb_next and dwell else k
                    if dwell:
                        # "وهي أم لخمسة أولاد تعيش في غرفتين فوق محل للخياطة."
                        # ends the sentence; with no end in sight, the verb
                        # ends the role as another present verb does
                        return b, j, k if k < limit and toks[k] == "." else dwell
                    if past:
                        # "وهي أرملة من معرة النعمان عادت مع أطفالها الأربعة
                        # قبل ثلاثة أشهر،": a clause too long to end the role
                        # (a short one does: "وهي أم … وصلت قبل شهر من …،");
                        # the description before its past verb is the role
                        return b, j, past
            kin = False
            if toks[c0] in _COMMAS or dashed:
                j = c0 + 1
                if titled and not named and not dashed and (m := self.aside_before_name(j, limit)):
                    # "وقال وكيل وزارة العدل، لدى الحكومة المعترف بها دوليا،
                    # X Y، إن": where the post is held, set off by commas
                    # after the title, then the name in commas
                    c0 = m
                    j = m + 1
                first = toks[j] if j < limit else ""
                fbase = first[2:] if "ال" <= first < "ام" else first
                if (
                    (
                        first in lx.TITLES
                        or fbase in lx.TITLES
                        or first in lx.QUANTIFIERS
                        # "X، كبيرة الاقتصاديين في …،", "كبير المفاوضين": the
                        # chief of a body of people, in construct ("X، كبير
                        # مستشاري الوزير،": with a title's plural in construct)
                        or (
                            first in _CHIEF
                            and j + 1 < limit
                            and (toks[j + 1][:2] == "ال" or _chief_of(toks[j + 1]))
                        )
                        # "X، والدة الضحية،", "X، شقيق المتهم،": kin of
                        # someone, in construct, set off after a name
                        or (
                            first in _KIN_NOUNS
                            and named
                            and j + 1 < limit
                            and is_word[j + 1]
                            and toks[j + 1] not in lx.NP_STOP
                            # (not "ابنه", "والده" written with ه: his son,
                            # his father, a pronoun, no construct)
                            and not (
                                first[-1] == "ه"
                                and self.doc.orig(self.doc.starts[j], self.doc.ends[j])[-1:] == "ه"
                            )
                        )
                        or (
                            first in _STAR
                            and named
                            and j + 1 < limit
                            and toks[j + 1][:2] == "ال"
                            and toks[j + 1] != "الدين"
                        )
                        # "X، دفاع المتهم الثاني:": the counsel of a party to
                        # the case (the accused, the victim, the plaintiff), in
                        # construct (court reports; not "دفاع الوزارة")
                        or (
                            first == "دفاع"
                            and j + 1 < limit
                            and toks[j + 1].startswith(("المتهم", "الضحي", "المشتكي", "المدعي"))
                        )
                        # "X، المؤسسة والمديرة العامة لشركة …،": a definite noun
                        # coordinated with a title is a title too (founder, …)
                        or (
                            first[:2] == "ال"
                            and j + 1 < limit
                            and toks[j + 1][:1] == "و"
                            and toks[j + 1][1:] in lx.TITLES
                            and toks[j + 1][1:3] == "ال"
                        )
                    )
                    # ("X اتهم، أمام مسؤولين أجانب، …": in front of, written
                    # with its hamza, no imam)
                    and not (
                        first in _AMAM
                        and "أ" in self.doc.orig(self.doc.starts[j], self.doc.ends[j])
                    )
                    and not (
                        # "الباحث …، الدكتور حسن علي المرزوق،": an honorific
                        # before a name, not a role
                        first in lx.HONORIFICS
                        and j + 2 < limit
                        and self.name_like(j + 1, min(limit, j + 5))
                        and not _IS_TITLE_HEAD[toks[j + 1]]
                        and not toks[j + 1].startswith("ال")
                    )
                ):
                    k = j
                    while k < limit and k - j < 14:
                        t = toks[k]
                        if (
                            t[-2:] == "ات"
                            and k > j + 1
                            and k + 1 < limit
                            and self.object_after_post(k)
                        ):
                            break  # "X، رئيس مجلس النواب محاولات بعض …،"
                        if _ROLE_READS_ON[t] and not self.in_quote[k] and k not in dates:
                            k += 1  # (most words: none of the tests below holds)
                            continue
                        if (
                            t in QUOTE_MARKS
                            and k > j
                            and (
                                toks[k - 1] == "ب"
                                # "X، الأمين العام لـ«حزب الله»،": a body in
                                # marks, the post's genitive glued to لـ
                                or (
                                    toks[k - 1] == "ل"
                                    and k > j + 1
                                    and k + 1 < limit
                                    and toks[k + 1] not in _OUTLET_HEADS
                                )
                                or self.names_in_marks(k - 1)
                                # "X، كبيرة الاقتصاديين في "المركز الخليجي
                                # للاستشارات":": where the post is held
                                or (k > j + 1 and toks[k - 1] in lx.ROLE_PREPOSITIONS)
                            )
                        ):
                            # "منسق “تنسيقية ضحايا الزلزال”،": the body's name
                            # in marks is part of the role, and so is a name
                            # given after بـ ("في السوق المعروفة بـ"سوق ليبيا"")
                            m = self.closing_mark(k, limit, 8)
                            if m > k + 1:
                                k = m + 1
                                continue
                        if t == "(" and k > j + 1 and (m := self.acronym_aside(k, limit)) > 0:
                            # "X، مرشح حزب التجديد الوطني (حتو) للانتخابات
                            # التشريعية،": the body's acronym in brackets is
                            # an aside in the role, which goes on after it
                            k = m + 1
                            continue
                        if not self.is_word[k] or self.in_quote[k]:
                            break
                        if t in _ROLE_ENDS:
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
                        if (
                            t == "علي"
                            and k > j + 1
                            and toks[k - 1][:2] == "ال"
                            and _ALA_PARTICIPLES.isdisjoint(toks[j:k])
                            and self.doc.orig(self.doc.starts[k], self.doc.ends[k])[-1:] == "ى"
                        ):
                            # "علق X، المتحدث باسم مجلس الوزراء على قرار …":
                            # على after the post's definite genitive is the
                            # verb's complement (but "المشرف العام على …",
                            # "الحائز على …": a participle that governs it)
                            break
                        if k > j and _JOINS_OTHERS[t]:
                            break  # "…، رئيس النادي وأعضاء الإدارة": others joined
                        if (
                            k > j
                            and t in _POST_ENDING_WHEN
                            and k + 1 < limit
                            and toks[k + 1] in _OWN_OCCASION_AFTER_POST
                        ):
                            # "X، وزير الخارجية خلال لقائه نظيره الليبي،": an
                            # occasion of his own ends the role (mend31a)
                            break
                        if k > j and t in _COUNTERPARTS_OR_RIVALS:
                            # "هنأ X، مدرب النادي Y نظيره Z على فوزه": "his
                            # counterpart", "his rival" after the post is
                            # another person, the verb's object (dev31r)
                            break
                        if (
                            k > j + 2
                            and t[:1] == "و"
                            and t[1:] in lx.TITLES
                            and t[1:3] != "ال"
                            and self.names_second_person(j, k)
                        ):
                            # "دعا X، رئيس الجمهورية Y Z ورئيس الوزراء W إلى":
                            # the post runs into the name of its own holder,
                            # then a second post joined with و: two other
                            # persons, the verb's objects, no role of X's
                            return b, b, b
                        k += 1
                    if named and k - j >= 4 and self.holder_named_last(j, k):
                        # "أبلغ مستشار الرئيس X Y، القائم بالأعمال الأميركي
                        # في الخرطوم Z W، أن": a definite post ending in its
                        # own holder's name, after a phrase that has its
                        # name, is another person (the one told), no role
                        return b, b, b
                    ra, rb = j, k
                    if k - j > 9 and first[-1:] == "ه":
                        # "X، بائعة في الأربعينات من حي … شاركت في الاعتصام مع
                        # جاراتها الثلاث:": past a role's length, a woman's
                        # description ends where her past verb opens the
                        # relative clause, as after وهي
                        for m in range(j + 2, k):
                            if _her_clause_at(toks, m):
                                rb = m
                                break
                    while (
                        k + 2 < limit
                        and toks[k] in _COMMAS
                        and (
                            # ("X، محامي Y، ورئيس هيئة الدفاع عن المتهمين،":
                            # a post joined by و is one more)
                            (joined := (post := toks[k + 1])[:1] == "و" and post[1:] in lx.TITLES)
                            or post in lx.TITLES
                        )
                        and (post := post[joined:])
                        and (
                            post[:2] != "ال"
                            # "X، وزير المالية، المتحدث باسم الحكومة،": a
                            # definite post after a first one (no rank, no
                            # honorific: those open another person's name)
                            or (named and k > j and post not in _HONORIFICS_OR_RANKS)
                        )
                        and post not in lx.HONORIFICS
                    ):
                        # "X، نائب رئيس الدولة، رئيس مجلس الوزراء، حاكم
                        # الإمارة،": posts in a row, each set off by a comma,
                        # are all the role
                        m = k + 1
                        while (
                            m < limit
                            and m - k <= 6
                            and self.is_word[m]
                            and not self.in_quote[m]
                            and (
                                toks[m] not in lx.NP_STOP
                                or toks[m] in lx.ROLE_PREPOSITIONS
                                # "X، وزير المالية، والأمين العام لحزب Z،":
                                # "general" right after the post's head, no
                                # year (dev29r)
                                or (m == k + 2 and toks[m] in _GENERAL)
                            )
                            and toks[m] not in _THAT
                            and _cue_of(toks[m]) is None
                        ):
                            m += 1
                        if (
                            m - k < 3
                            or m >= limit
                            or not (toks[m] in _COMMAS_OR_COLON or toks[m] in QUOTE_MARKS)
                            # (not "…، ووزير الخارجية Y Z،": another person,
                            # named after his post)
                            or ((joined or post[:2] == "ال") and self.names_second_person(k + 1, m))
                            # (nor "…، والأمين العام للحزب Y Z،": past
                            # "general", a word with no article nor لـ, the
                            # name of the post's own holder)
                            or (toks[k + 2] in _GENERAL and not _definite_genitives(toks, k + 3, m))
                            # (nor "…، النائب Y Z،": a definite title, then
                            # the name of its holder)
                            # (but "…، القائم بأعمال رئيس الحكومة،": the
                            # post's complement, no name)
                            or (
                                post[:2] == "ال"
                                and toks[k + 2] not in _ACTING_WORDS
                                and self.name_like(k + 2, m)
                            )
                        ):
                            break
                        rb = k = m
                    if dashed and (k >= len(toks) or toks[k] not in _DASHES):
                        # (no closing dash, the text's end too: no apposition)
                        ra = rb = b
                elif dashed:
                    pass  # (only a title between dashes)
                elif first in _CALLED:
                    # "أحد السكان، ويدعى آدم إسحاق، …": the source's name
                    k = j + 1
                    while k < limit and k - j < 5 and is_word[k] and not in_quote[k]:
                        if (
                            (toks[k] in lx.NP_STOP and toks[k] != "علي")
                            or toks[k] in _THAT
                            or _cue_of(toks[k])
                        ):
                            # (but "ويدعى ماجد علي الحكيمي،": the name Ali,
                            # the comma closing the name after it)
                            break
                        k += 1
                    if (
                        k > j + 1
                        and k < limit
                        and toks[k] in _COMMAS
                        and self.name_like(j + 1, k, called=True)
                    ):
                        ra, rb = j, k
                elif (
                    # (not a post's holder before the من a verb takes: "حذرت
                    # وزيرة الصحة، X حداد من تفشي الوباء،", read below; kw35)
                    not (
                        titled
                        and not named
                        and a - 1 - titled_in >= 0
                        and toks[a - 1 - titled_in] in _VERBS_WITH_MIN
                    )
                    and (m := self.of_somewhere(j, limit)) > 0
                ):
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
                elif (
                    named
                    and not titled
                    and first[:2] == "ال"
                    and j + 1 < limit
                    and toks[j + 1] in _FROM
                    and first not in _NP_SPECIAL
                    and not _NAME_FLAGS[first] & 9
                    and (m := self.from_somewhere_end(j, limit, _FROM, 9, _COMMAS_OR_COLON)) > 0
                ):
                    # "X، النازح من مدينة رفح،", "X، القادم من حلب:": a definite
                    # participle and where the person comes from
                    ra, rb = j, m
                elif named and not titled and b - a <= 2 and (m := self.vox_pop(j, limit)) > 0:
                    # "وتضيف سميرة، موظفة في قطاع الصحة:", "أما عم الهادي،
                    # متقاعد، فقال": a first name, then what the person does
                    ra, rb = j, m
                elif (
                    titled
                    and not named
                    and first in QUOTE_MARKS
                    and (m := self.closing_mark(j, limit, 6)) > j + 1
                    and m + 1 < limit
                    and (
                        toks[m + 1] in _COMMAS
                        or toks[m + 1] in _THAT
                        or toks[m + 1] == ":"
                        or self.occasion_at(m + 1, limit)
                    )
                    and self.person_in_marks_shape(j + 1, m)
                    and self.name_like(j + 1, m, called=True)
                    and not _IS_TITLE_HEAD[toks[j + 1]]
                ):
                    # "وقال المتحدث العسكري للجبهة، «أبو X» في تصريح
                    # …، إن": the holder's name in marks after the post's
                    # comma, as without marks
                    ra, rb = j + 1, m
                elif (
                    (
                        # "وقال شقيق الضحية، محمد الهادي، إن", "وقالت والدته،
                        # فاطمة الزهراء:": kin, then their name set off (also
                        # kin of a person named: "قالت والدة الأسير X Y، Z W:")
                        (kin := _kin_described(toks[a:b]) or _kin_of_named(toks[a:b]))
                        or titled
                        or (b - a <= 2 and _suffixed_title_word(toks[a]))
                    )
                    and first
                    and self.is_word[j]
                    # (not others joined to the person by و, "ندد رئيس
                    # النادي، وأعضاء مجلس الإدارة،": a second subject of
                    # the verb, no name in apposition; dev15a)
                    and not _JOINS_OTHERS[first]
                    # (not the one spoken to, glued to لـ: "X نائب رئيس
                    # المحكمة، لمراسل الوكالة، «…»")
                    and not (
                        first[0] == "ل"
                        and (_IS_TITLE_HEAD[first[1:]] or first[1:] in _ADDRESSEE_HEADS)
                    )
                    and (
                        # "على لسان وزيرها، X،": a title with a possessive
                        # suffix, read as a name word, then the name set off
                        not titled
                        or not named
                        or kin
                        or (
                            _IS_TITLE_HEAD[toks[a]]
                            # (but "كتب النائب الدكتور X Y، وبأسلوب ساخر،": an
                            # honorific after the title opens the name, which
                            # the phrase holds; after its comma, an aside)
                            and lx.HONORIFICS.isdisjoint(toks[a + 1 : b - 1])
                        )
                        # (the phrase read from after its title: "وحضر رئيس
                        # الفدرالية الوطنية لمربي الأبقار، الحاج X، …")
                        or (
                            titled_in
                            and a > 0
                            and _IS_TITLE_HEAD[toks[a - 1]]
                            and (
                                first in lx.HONORIFICS
                                # "بدا مدرب الفريق لنادي شباب قسنطينة، X
                                # Y، واثقا": as when the title is read with
                                # its phrase (above), a name after the comma
                                # is the holder's, the words before it the
                                # post's genitive (dev22s)
                                or lx.HONORIFICS.isdisjoint(toks[a : b - 1])
                            )
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
                    if first == "د" and h < limit and toks[h] == ".":
                        # "مدير المستشفى، د. X،": the abbreviation is two tokens
                        h = k = j + 2
                    when = 0
                    while k < limit and k - h < 5 and self.is_word[k] and not self.in_quote[k]:
                        if k >= h + 2 and (when := self.day_told_end(k, limit)):
                            # "وقال المتحدث باسم الحكومة، X Y مساء الخميس:",
                            # "وزير المالية، X Y اليوم الأحد، إن": the day
                            # the words were said ends the name, and the
                            # comma, colon or أنّ after it the apposition
                            break
                        if (
                            (toks[k] in lx.NP_STOP or toks[k] in _THAT or _cue_of(toks[k]))
                            and not (
                                toks[k] == "علي"
                                and (
                                    k > h
                                    # ("وزير النفط، علي العمير،": the first name
                                    # Ali, spelt with its ya, not the preposition
                                    # على "على هامش …")
                                    # (not after a verb that takes على: "وعلق
                                    # الوزير، علي قرار …", the preposition so spelt)
                                    or (
                                        k + 1 < limit
                                        and toks[k + 1] not in _ALA_OBJECTS
                                        and self.doc.orig(self.doc.starts[k], self.doc.ends[k])[-1:]
                                        == "ي"
                                        and not self.takes_ala(a - 1 - titled_in, cue)
                                    )
                                )
                            )
                        ):
                            break  # (but "حسن علي المرزوق": the name Ali)
                        if (
                            toks[k] == "من"
                            and k >= h + 2
                            and not named
                            and a - 1 - titled_in >= 0
                            and toks[a - 1 - titled_in] in _VERBS_WITH_MIN
                        ):
                            # "حذر وزير الخارجية، X Y من تدهور الأوضاع": من
                            # after two name words or more, after a verb that
                            # takes من, is the verb's complement, no word of
                            # the name (read below as after علي; dev32s). (Not
                            # whether the name's last word comes again later
                            # in the text, a substring of any later word:
                            # "الشامية"; mend32b)
                            break
                        if toks[k] in _REPLY_PRESENT:
                            # "سأله الصحفي عن الأسعار، ليرد وزير التجارة:":
                            # the verb of replying opens the next clause, its
                            # subject no name of the asker's (mend31a)
                            break
                        if k >= h + 2 and self.news_verb_after_name(k, limit):
                            # "أن وزير الخارجية، X Y زار بغداد": a past verb of
                            # news after two name words or more is the name's
                            # own verb, no word of it (read below; dev34s)
                            break
                        k += 1
                    if not when and k - h == 5 and k < limit and toks[k] not in _COMMAS:
                        k = self.lineage_name_end(h, k, limit)
                    if (
                        (when and self.name_like(h, k))
                        or (
                            k > h
                            and k < limit
                            # (or a colon before the words: "وقالت وزيرة المالية،
                            # X: «…»"; or the sentence's end, the apposition the
                            # last words of the sentence: "مع رئيس المجلس
                            # البلدي، X." when the article names X again)
                            and (
                                toks[k] in _COMMAS
                                or toks[k] in _THAT
                                or toks[k] == ":"
                                # "وقال مدير المكتب، سامي X في تصريح …، إن": the
                                # name of two words or more, then where the
                                # words were said, no comma closing the name
                                or (
                                    not named
                                    and k - h >= 2
                                    and toks[h][:2] != "ال"
                                    and self.occasion_at(k, limit)
                                    and self.name_like(h, k)
                                )
                                # "يتذكّر رئيس حركة النهضة، راشد الغنوشي «…»": the
                                # name of two words or more, then the words in marks
                                or (
                                    toks[k] in QUOTE_MARKS
                                    and self.in_quote[k]
                                    and not named
                                    and k - h >= 2
                                    and toks[h][:2] != "ال"
                                    and self.name_like(h, k)
                                    # (not "، هو الآخر «…»", "، بكل وضوح «…»",
                                    # "، بلا تردد", "، مرة أخرى", "، بنفس
                                    # النبرة": a pronoun, a particle or a
                                    # quantifier, bare or after a preposition,
                                    # or "other" closing the words: how he
                                    # spoke, no name)
                                    and (w0 := toks[h]) not in _CLAUSE_OPENERS
                                    and not (
                                        w0[:1] in "بكل"
                                        and (w0[1:] in _CLAUSE_OPENERS or w0[1:] in _SAME_WORDS)
                                    )
                                    and toks[k - 1] not in _OTHER_WORDS
                                    and (
                                        # (after a verb of saying that takes no
                                        # object, or the name's last word the
                                        # subject of a verb later: "ويقول الغنوشي")
                                        (verb and _lemma_key(cue) in _SAYING_NO_OBJECT)
                                        or self.subject_later(toks[k - 1], k)
                                        or self.nickname_said_later(k, limit)
                                    )
                                )
                                or (
                                    toks[k] == "."
                                    and not named
                                    and k - h >= 2
                                    and self.name_like(h, k)
                                    and self.doc.folded.find(toks[k - 1], self.doc.ends[k]) > 0
                                )
                            )
                            and (
                                not named
                                or kin  # (kin read as a name: the test below)
                                or (toks[k] in _COMMAS and self.name_like(h, k))
                            )
                            # (not "قال المتهم X، بصوت متهدج:": a manner, no name)
                            and (toks[k] != ":" or self.name_like(h, k))
                            # (after kin, only a name of two words or more up
                            # to a comma or a colon: "وقالت والدته، باكية، إن")
                            and not (
                                kin
                                and (
                                    toks[k] not in _COMMAS_OR_COLON
                                    or k - h < 2
                                    or toks[h][:2] == "ال"
                                    or not self.name_like(h, k)
                                    # (nor "، مرة أخرى،", "، رحمه الله،": how, a
                                    # blessing; nor what the kin does, "شقيقه،
                                    # عامل بناء،", "عمه، مختار القرية،")
                                    or toks[k - 1] in _OTHER_WORDS
                                    or toks[h] in _KIN_HOW  # ("، بكل حزن،")
                                    or (toks[k - 1] == "الله" and self.ha_ending(k - 2))
                                    or (
                                        k - h == 2
                                        and (
                                            toks[h] in lx.ANONYMOUS_HEADS
                                            or _NAME_FLAGS[toks[h]] & 16
                                            or (toks[h] in _KIN_JOBS and toks[h + 1][:2] == "ال")
                                            or toks[h] in _KIN_JOBS_BARE
                                        )
                                    )
                                )
                            )
                            # (not "وانتقد السفير السعودية، واتهمها بأنها": a verb
                            # glued to و with its object pronoun opens a clause)
                            and not (toks[h][0] == "و" and toks[h].endswith(_OBJECT_SUFFIXES))
                            # (nor "وزار الوزير X القاهرة، والتقى الرئيس Y،": a
                            # verb glued to و before a definite word, or و and a
                            # preposition, opens the next clause of the chain)
                            and not (named and toks[h].startswith(("وب", "وال")))
                            # (nor "بحضور النائب X Y، ومدير المدرسة Z W،": a
                            # title glued to و after a named person opens the
                            # next one of a list, its own post and holder,
                            # no apposition of the first; dev25r)
                            and not (named and toks[h][:1] == "و" and _IS_TITLE_HEAD[toks[h][1:]])
                            # (nor "وانتقدت نائبة رئيس المجلس، قرار الإغلاق،
                            # قائلة": a thing, the verb's object, after a
                            # title with no name)
                            and (named or not _thing_in_commas(toks, h, k))
                            # (nor "النائب عن حزب X، وجه انتقادا حادا، إلى": a
                            # verb and its object, a verbal noun in the
                            # indefinite accusative, no name word ends so)
                            and not any(
                                map(_masdar_accusative, map(toks.__getitem__, range(h + 1, k)))
                            )
                        )
                    ):
                        ra, rb = j, k
                    elif (
                        not named
                        and k - h >= 2
                        and (
                            toks[a] not in lx.ANONYMOUS_HEADS
                            # "سخر عضو مجلس الشعب، X Y من": a member of a body
                            # named in construct, a definite post (dev32s)
                            or _definite_construct(toks, a + 1, b)
                        )
                    ):
                        # "علق نائب رئيس النادي، X Y على الهزيمة": the name
                        # after the title's comma, then the verb's complement
                        # (a preposition; على, read as the name Ali above, is
                        # the first one after two name words), when the
                        # article names the person again (not "مستثمر مغربي،
                        # رفض الكشف عن هويته": a source's relative clause)
                        if "علي" in toks[h + 2 : k]:
                            m = toks.index("علي", h + 2, k)
                        else:
                            m = (
                                k
                                if k < limit
                                and (
                                    toks[k] in _NAME_END_PREPOSITIONS
                                    or self.news_verb_after_name(k, limit)
                                )
                                else -1
                            )
                        objected = False
                        if toks[h] in _GIVEN_NAMES and k - h >= 3:
                            # "وسردت النائبة عن حزب X، عائشة الكرجي لائحة
                            # الوزراء": a given name and a family name with
                            # the article, then the verb's object, a bare
                            # noun in construct with a definite genitive
                            # (the closing comma left out); not "محمد الأمين
                            # ولد الشيخ": a link of the lineage, nor "محمد
                            # الخطيب مدير المكتب": his post
                            for x in range(h + 2, m if m > 0 else k):
                                if (
                                    toks[x - 1][:2] == "ال"
                                    and toks[x][:2] != "ال"
                                    and toks[x][:1] != "و"
                                    and toks[x] not in _NAME_LINKS
                                    and not _IS_TITLE_HEAD[toks[x]]
                                    and x + 1 < limit
                                    and toks[x + 1][:2] == "ال"
                                ):
                                    m, objected = x, True
                                    break
                        if (
                            m - h >= 2
                            and not toks[h].startswith(("وب", "وال"))  # ("، وبحضور ممثلين عن")
                            and self.name_like(h, m)
                            and (
                                self.doc.folded.find(toks[m - 1], self.doc.ends[m]) > 0
                                or (verb and self.said_after_name(h, m, limit))
                                or objected
                                # (or a past verb of news after the name: "أن
                                # وزير الخارجية، X Y زار بغداد، ونقل رسالة";
                                # dev34s)
                                or (m == k and self.news_verb_after_name(m, limit))
                                # (or من after a verb that takes it, read
                                # from the sentence alone: "حذر وزير
                                # الخارجية، X Y من تدهور الأوضاع"; mend32b)
                                or (
                                    m == k
                                    and toks[m] == "من"
                                    and toks[a - 1 - titled_in] in _VERBS_WITH_MIN
                                )
                            )
                        ):
                            ra, rb = j, m
        return b, ra, rb

    def outlet_told_to(self, a: int, i: int) -> bool:
        """Token ``i``, glued to لـ, is an outlet's head noun ("لصحيفة",
        "لوكالة", "لقناة" …) that ends the titled or anonymous phrase
        [a, i): the outlet spoken to.  An anonymous source ("مصدر أمني
        لوكالة …", "مسؤول في الوزارة لصحيفة …") never has an outlet for its
        genitive, nor the press ("للصحفيين"); a post does only while it is
        still open, its title word
        bare or followed by its own adjectives ("مراسل لقناة …", "المدير
        العام لوكالة الأنباء"), not once a definite genitive or a
        nationality has closed it ("الناطق باسم الحكومة لصحيفة …",
        "السفير الأمريكي لقناة …") nor after a definite title alone ("الوزير
        لقناة …")."""
        toks = self.doc.toks
        t = toks[i]
        if t in _words_module._TO_THE_OUTLET:
            # "وقال مدير المدرسة للصحيفة إن", "وقال الوزير للجريدة:": the
            # outlet named again with the article, right after a definite
            # title or a bare title's definite genitive, which close the post
            # (not after an adjective: "المدير العام للوكالة", "مدير المكتب
            # الإقليمي للقناة" keep it as their genitive), the words said next
            w = toks[i - 1]
            return (
                i > a
                and w[:2] == "ال"
                and (
                    w in lx.TITLES
                    or (i - 2 >= a and toks[i - 2] in lx.TITLES and toks[i - 2][:2] != "ال")
                )
                and i + 1 < self.n
                and (
                    toks[i + 1] in _THAT
                    or toks[i + 1] in _COMMAS_OR_COLON
                    or toks[i + 1] in QUOTE_MARKS
                )
            )
        if t in _TO_PRESS:
            for k in range(a, i):
                w = toks[k]
                if (w[2:] if w[:2] == "ال" else w) in _MEMBERS_BODIES:
                    return False  # "نقيب الاتحاد الوطني للصحفيين": its members
        elif t[1:] not in _OUTLET_HEADS:
            return self.outlet_name_end(a, i) > 0
        if toks[a] in lx.ANONYMOUS_HEADS:
            return True
        k = i - 1
        while (
            k > a
            and (
                (w := toks[k]) in _GENERAL_AFTER_POST
                or (
                    (w[-1] == "ي" or w[-2:] == "يه")
                    and w not in _NATIONALITIES
                    # (a body in -ية is a genitive: "رئيس البلدية لتلفزيون …")
                    and w not in _ORGANIZATION_HEADS
                )
            )
            and w not in _TITLE_LIKE
        ):
            k -= 1
        w = toks[k]
        if w in _TITLE_LIKE and not (k == i - 1 and w[:2] == "ال"):
            return False  # (the post still open: "المدير العام لوكالة …")
        # ("الوزير لقناة …"; a genitive or a nationality closed the post)
        # but a person's name after the outlet's tells the post held there:
        # "مدير المكتب الإقليمي لقناة الجزيرة وليد العمري", "رئيسة التحرير
        # لصحيفة الغد جمانة X"
        n = self.n
        j = i + 1
        if j < n and toks[j] in QUOTE_MARKS:
            j = self.closing_mark(j, n, 6) + 1
            if j <= 0:
                return True
        elif j < n and self.is_word[j] and toks[j] not in lx.NP_STOP:
            j += 1
        while (
            j < n
            and j - i < 6
            and (toks[j][:2] == "ال" or toks[j].isdigit() or toks[j] in _LATIN_LETTER_NAMES)
            and self.is_word[j]
        ):
            j += 1
        if j > i + 1 and j < n and toks[j] in QUOTE_MARKS and (c := self.closing_mark(j, n, 4)) > 0:
            # "المسؤول الإعلامي لوكالة الأنباء «وام» X Y": the short name
            # in marks after the full one, then the holder's (dev28s)
            j = c + 1
        return not (
            j < n
            and self.is_word[j]
            and not self.in_quote[j]
            and toks[j] not in lx.NP_STOP
            and _cue_of(toks[j]) is None
            and j not in self.date_token_index
        )

    def outlet_name_end(self, a: int, i: int) -> int:
        """Token ``i`` glues لـ to an outlet's own name, no head noun before
        it, that the phrase [a, i) spoke to: the end of that name, else -1.
        The name is the word and at most two more without the article, then
        what ends a speaker's phrase (أنّ, a colon, a mark, a comma); it
        follows an anonymous source ("مصدر أمني لفرانس برس "…"", "مسؤول
        عراقي لبي بي سي إن", "مصادر طبية لرويترز:"), or any post when the
        word after it ends an outlet's name ("وزير الخارجية لسكاي نيوز").
        Not a nisba ("مسؤول لبناني"), a word of the lexicon ("عضو لجنة
        …"), a name after a post in construct ("مستشار الرئيس لطفي X"), nor
        a noun right after a head that takes one ("تاجر لحوم")."""
        toks = self.doc.toks
        t = toks[i]
        n = self.n
        if (
            t[:2] == "لل"
            and len(t) > 4
            and a + 1 < i <= a + 3
            and i + 1 < n
            and toks[a] in lx.ANONYMOUS_HEADS
            and (toks[i + 1] in _THAT or toks[i + 1] == ":" or toks[i + 1] in QUOTE_MARKS)
            and all(toks[m][-1:] == "ي" for m in range(a + 1, i))
        ):
            # "قال مصدر عسكري سوداني للجزيرة إن": after an anonymous source
            # and its nisbas, a word glued to لل right before أنّ, a colon or
            # a mark is the outlet (or the ones) he spoke to
            return i + 1
        if len(t) < 3 or t[1] == "ل" or t[1:3] == "ال" or not self.is_word[i]:
            return -1
        tail = i + 1 < n and (
            toks[i + 1] in _OUTLET_TAILS
            # "وقال الوزير لبي بي سي إن", "لسي إن إن": a name spelt in
            # letters, the letter glued to لـ and the next one, is an outlet's
            # after any post or name, as a name's tail word is
            or _spelt_outlet(t, toks[i + 1])
        )
        if not tail:
            head = toks[a]
            if head not in lx.ANONYMOUS_HEADS:
                return -1
            if t[1:] in _BARE_PRONOUNS or self.doc.orig(
                self.doc.starts[i], self.doc.ends[i]
            ).endswith(("ه", "ها", "هم", "هما")):
                # "وقال مصدر لنا إن", "وقال مصدر مطلع لأسرته إن": a
                # pronoun, or a noun with its pronoun, is one told, no
                # outlet's name (not the ة that folds to ه: "لمحطة")
                return -1
            if i == a + 1:
                if head not in _INFORMANT_HEADS:
                    return -1  # "تاجر لحوم", "عضو لجنة"
            elif toks[a + 1][:2] == "ال" or toks[a + 1][:1] == "ل":
                return -1  # "مستشار الرئيس لطفي X": a name after the genitive
            if (
                (t[-1] == "ي" and (i + 1 >= n or toks[i + 1] not in _LATIN_LETTER_NAMES))
                or t[-2:] in ("يه", "ون", "ين")
                or _NP_KIND[t]
                or (_glued_to_lam(t) and t[1:] not in _WIRE_NAMES)
            ):
                return -1  # "مسؤول لبناني", "مصادر ليبية", "عضو لجنة …"
        j = i + 1
        while (
            j < n
            and j - i <= 3
            and self.is_word[j]
            and not self.in_quote[j]
            and (
                (
                    toks[j][:2] != "ال"
                    and toks[j] not in lx.NP_STOP
                    and toks[j] not in _THAT
                    and _cue_of(toks[j]) is None
                )
                # ("لشمس إف إم", "لنسمة تي في": the radio's or the channel's
                # second letter, أم and في no words of the clause)
                or _OUTLET_TAIL_PAIRS.get(toks[j - 1]) == toks[j]
            )
        ):
            j += 1
        if j < n and (
            toks[j] in _THAT or toks[j] == ":" or toks[j] in QUOTE_MARKS or toks[j] in _COMMAS
        ):
            return j
        return -1

    def aza_relays(self, i: int) -> bool:
        """The form of عزا at token ``i`` opens "عزا X إلى Y قوله": إلى (or
        لـ glued to Y) within the clause, then a noun of saying with the pronoun of the one
        the words are attributed to (or "القول"), before any mark."""
        toks = self.doc.toks
        to = -1
        for k in range(i + 1, min(self.n, i + 16)):
            t = toks[k]
            if not self.is_word[k] or self.in_quote[k]:
                return False
            if to < 0:
                if (t == "الي" or (t[0] == "ل" and len(t) > 3)) and k > i + 1:
                    to = k  # (إلى, or لـ glued to the one: "لمصدر أمني")
            elif t in _SAID_OF_HIM and k > to + 1:
                return True
        return False

    def takes_ala(self, v: int, cue: lx.Cue | None) -> bool:
        """Whether the verb of the phrase (``cue``, or the cue word at token
        ``v`` before it) takes its complement with على ("علق على", "أكد
        على")."""
        if cue is None:
            if v < 0:
                return False
            cue = _cue_of(self.doc.toks[v])
            if cue is None:
                return False
        return cue.lemma in _ALA_VERBS

    def colon_words_follow(self, k: int) -> bool:
        """Whether a colon comes within twelve tokens from ``k``, in the same
        sentence, before any أنّ or comma, with words in marks right after it
        ("في منشور له على حسابه: «…»")."""
        toks = self.doc.toks
        end = k + 12 if k + 12 < self.n - 1 else self.n - 1
        for x in range(k, end):
            t = toks[x]
            if t == ":":
                return toks[x + 1] in QUOTE_MARKS and self.in_quote[x + 1] != 0
            if t in _SENTENCE_END or t in _THAT or t in _COMMAS or self.in_quote[x]:
                return False
        return False

    def that_follows(self, k: int, limit: int) -> bool:
        """Whether أنّ comes within twenty tokens from ``k``, in the same
        sentence and before any colon."""
        toks = self.doc.toks
        end = k + 20 if k + 20 < limit else limit
        for x in range(k, end):
            t = toks[x]
            if t in _THAT:
                return True
            if t in _SENTENCE_END or t == ":":
                return False
        return False

    def said_after_name(self, h: int, m: int, limit: int) -> bool:
        """ "وقالت المتحدثة باسم الخارجية، X Y في مقابلة متلفزة إن": after a
        verb of saying and its title's comma, two or three words, none with
        the article first nor an accusative or feminine ending (a name, not
        a clause), then where the words were said up to أنّ or a colon with
        no comma between."""
        toks = self.doc.toks
        if m - h > 3 or toks[h][:2] == "ال":
            return False
        for x in range(h, m):
            if toks[x][-1] in "اه":
                return False
        end = m + 12 if m + 12 < limit else limit
        for x in range(m + 1, end):
            t = toks[x]
            if t in _THAT or t == ":":
                return True
            if t in _COMMAS or self.in_quote[x] or t in _SENTENCE_END:
                return False
        return False

    def occasion_at(self, k: int, limit: int) -> bool:
        """Token ``k`` opens where or when the words were said: في, خلال …
        and an occasion noun ("في تصريح", "خلال مقابلة", "في كلمة")."""
        toks = self.doc.toks
        return k + 1 < limit and toks[k] in _ADJUNCT_OPENERS and toks[k + 1] in _EARLIER_OCCASIONS

    def day_told_end(self, k: int, limit: int) -> int:
        """The token after a day told at ``k`` ("مساء الخميس", "اليوم
        الأحد", "أمس"), and its date in brackets, when a comma, a colon or
        أنّ follows it, else 0."""
        toks = self.doc.toks
        m = k
        while m < limit and m - k < 3 and (toks[m] in _DEICTIC_DAYS or toks[m] in _DAY_PARTS):
            m += 1
        if m == k or m >= limit or self.in_quote[m]:
            return 0
        if toks[m] == "(" and m + 2 < limit:
            # "اليوم الأحد (28 أيلول 2025)،", "أمس (الاثنين)،": the day's
            # date, or its name, in brackets after it is still the day told
            c = m + 1
            dates = self.date_token_index
            while c < limit and c - m < 6 and (c in dates or toks[c] in _DEICTIC_DAYS):
                c += 1
            if c == m + 1 or c >= limit or toks[c] != ")":
                return 0
            m = c + 1
            if m >= limit:
                return 0
        t = toks[m]
        return m if t in _COMMAS or t == ":" or t in _THAT else 0

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
        if (pronoun := _THAT_PRONOUN.get(toks[cue_tok - 1])) is not None and (
            self.cue_hits[outer].cue.gender in (None, pronoun)
        ):
            # "وقال، إنه يعتقد أن «…»": the pronoun of أنّ, of the earlier
            # cue's gender, is its elided subject, the one the words were
            # resolved to; no one else relays them (dev28s; "قائلا إنها
            # قالت له": another person, whom he relays)
            return None
        return last

    def statement_owner(self, rel: int, first: int, occasion: bool = False) -> _Entity | None:
        """Whose statement a relative clause "الذي جاء فيه" at ``rel`` quotes:
        "بتلاوة تصريح المتهم X، …، الذي جاء فيه:" (the defendant, not the
        judge who reads it out).  With ``occasion``, only statements the
        sentence tells of as its occasion or as a verb's subject ("ويأتي
        هذا عقب تصريحات X"، "وأثارت تصريحات X"), not the object of a verb
        whose subject is left out ("وأشار إلى تصريحات X")."""
        toks = self.doc.toks
        for k in range(rel - 1, max(first, rel - 24) - 1, -1):
            t = toks[k]
            if self.in_quote[k] or t in _SENTENCE_END:
                return None
            if _base(t) in _OWNED_STATEMENTS or t[1:] in _OWNED_STATEMENTS:
                if occasion and not (
                    k > first
                    and (
                        (before := toks[k - 1]) in _STATEMENT_OCCASIONS
                        or (before == "مع" and k - 1 > first and toks[k - 2] in _THIS_THAT)
                    )
                ):
                    return None
                end = rel
                for j in range(k + 2, rel):
                    if toks[j] == "لدي" and toks[j - 1] not in _TITLE_LIKE:
                        # "أقوال الجلاصي لدى الباحث": before whom the statement
                        # was made, after a name (not "سفير تونس لدى الأمم المتحدة")
                        end = j
                        break
                b, ra, rb = self.scan_np(k + 1, end, None, titled=True)
                if b <= k + 1:
                    return None
                ent = self.classify(k + 1, b, ra, rb, None)
                if _named_person(ent) or (ent is not None and ent.kind == ORGANIZATION):
                    return ent
                return None
        return None

    def attributed_to(self, cue_tok: int, first: int) -> _Entity | None:
        """Whom the statement a cue's "فيه/فيها" takes up is attributed to:
        "نشرت خبرا منسوبا إلى وزير الخارجية، أعلن فيه …" (the minister, not
        the outlet that ran it), or None."""
        toks = self.doc.toks
        for k in range(cue_tok - 1, max(first, cue_tok - 14) - 1, -1):
            t = toks[k]
            if self.in_quote[k] or t in _SENTENCE_END:
                return None
            if t == "مع" and k + 1 < cue_tok:
                # "وفي مقابلة أجراها الصحفي مع X، أكد فيها": the interview
                # the فيها takes up is the words of whom it was held with
                m = k - 1
                while m >= first and k - m <= 4 and _base(toks[m]) not in _INTERVIEWS:
                    m -= 1
                if m >= first and k - m <= 4:
                    b, ra, rb = self.scan_np(k + 1, cue_tok, None)
                    ent = self.classify(k + 1, b, ra, rb, None) if b > k + 1 else None
                    if ent is None:
                        # "مع X Y الأكاديمي في جامعة …": the name before the
                        # post that follows it without a comma
                        m = _index_in(toks, k + 2, b, _TITLE_LIKE, b)
                        if m < b:
                            ent = self.classify(k + 1, m, m, m, None)
                    return ent if _named_person(ent) or _titled(ent) else None
                continue
            if t not in _ATTRIBUTED:
                continue
            j = k + 1
            if j < cue_tok and toks[j] in _TO:
                j += 1
            elif j < cue_tok and toks[j][:1] == "ل" and toks[j][:2] != "ال":
                j += 1  # (لـ glued: "منسوبة للوزير X", read from the word)
                b, ra, rb = self.scan_np(k + 1, cue_tok, None)
                ent = self.classify(k + 1, b, ra, rb, None, lam=True) if b > k + 1 else None
                return ent if _named_person(ent) or _titled(ent) else None
            else:
                return None
            b, ra, rb = self.scan_np(j, cue_tok, None)
            if b <= j:
                return None
            ent = self.classify(j, b, ra, rb, None)
            return ent if _named_person(ent) or _titled(ent) else None
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

    def place_name_end(self, k: int, limit: int, *, bare: bool = False, ends: bool = True) -> int:
        """The token where a post held in a place or a body ends, the body
        glued to بـ at ``k - 1`` and its name starting at ``k`` (one to three
        plain words, no و, no stop word; none needed when ``bare``, a body
        named by its head alone, "بالجامعة"), or 0.  The post ends where
        the speaker's phrase does (a comma, a colon, أنّ, a mark) or, when
        ``ends`` (the verb takes no بـ of its own), at the one told glued to
        لـ (_told_after_body: "بوزارة العدل للصحفيين إن", "لوكالة الأنباء",
        "لنا"), at من ("من جهته", the verb's complement: the phrase ends at
        these two), a day ("بوزارة العدل الثلاثاء إن", "اليوم", "أمس") or
        the words' occasion ("في تصريح صحفي", "خلال المؤتمر"; read on from
        there as after any post)."""
        toks = self.doc.toks
        head = toks[k - 1][1:]
        m = k
        while (
            m < limit
            and m - k < 3
            and self.is_word[m]
            and not self.in_quote[m]
            and toks[m] not in lx.NP_STOP
            and toks[m] not in _THAT
            and toks[m][:1] != "و"
            and _cue_of(toks[m]) is None
            # (a body named by its head with the article takes its
            # adjectives only: "بالجامعة الأردنية")
            and (not bare or toks[m][:2] == "ال")
            # (nor does a body's name run into من, the verb's complement or
            # "من جهته": "وحذر X مدير … بوزارة العدل من التصعيد"; nor take
            # the one told: "بوزارة العدل لقناة الجزيرة إن" ends at العدل)
            and toks[m] != "من"
            and not _told_after_body(toks, head, m, limit)
        ):
            m += 1
        if (m > k or bare) and m < limit:
            t = toks[m]
            if t in _COMMAS_OR_COLON or t in _THAT or t in QUOTE_MARKS:
                return m
            if ends and (
                t in _DEICTIC_DAYS
                or t in _DAY_PARTS
                or (t in _DAY_NOUN and m + 1 < limit and toks[m + 1] in _DEICTIC_DAYS)
                or t in _OCCASION_AFTER_BODY
                or t == "من"
                or _told_after_body(toks, head, m, limit)
            ):
                return m
        return 0

    def post_held_in(self, k: int, limit: int) -> bool:
        """After a post told after the name ("X أستاذة … في جامعة الإمارات",
        "X وكيل دائرة الطاقة في أبوظبي،"), the word at ``k`` that في opens
        says where the post is held: the head of a body or a place in
        construct, a country or a capital, or one word before the phrase's
        end, none with the article; not a time or an occasion ("X رئيس
        الجمعية في ختام الاجتماع"), nor the chamber the words were said in
        ("X رئيس الوزراء في البرلمان"), which end the name's phrase as before."""
        toks = self.doc.toks
        w = toks[k]
        if w[:2] == "ال":
            # "X وزير الداخلية في الحكومة المؤقتة", "X عضو المكتب السياسي في
            # الحركة": a body one serves in, never a hall one speaks in
            return w in _SERVED_IN
        return (
            w in _POST_PLACES
            or w in _COUNTRIES
            or (k + 1 < limit and (toks[k + 1] in _COMMAS_OR_COLON or toks[k + 1] in _THAT))
        )

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
        if (
            k + 2 < limit
            and toks[k + 2] in _COMMAS_OR_COLON
            and toks[k + 1][-1:] == "ي"
            and len(toks[k + 1]) > 3
            # (an indefinite nisba, as its indefinite noun: not "، مجزرة
            # مستشفى المعمداني،", a body's name after a thing)
            and toks[k + 1][:2] != "ال"
            and self.is_word[k]
            and toks[k][:2] != "ال"
            and toks[k] not in _NP_SPECIAL
        ):
            return k + 2  # "عامل بناء سوداني،": a noun, its genitive, a nisba
        return self.from_somewhere_end(j, limit, _IN_OR_FROM, 9, _COMMAS_OR_COLON)

    def from_somewhere_end(
        self, j: int, limit: int, preps: frozenset[str], width: int, ends: frozenset[str]
    ) -> int:
        """The rest of an indefinite apposition (of_somewhere, vox_pop) after
        its noun at ``j``: maybe the noun's genitive ("ربة منزل"), one of
        ``preps``, then plain words to a token in ``ends``, within ``width``
        tokens of ``j`` and past ``j + 2``: that token; with no such end, a
        feminine noun's past verb that opens her relative clause; or 0."""
        toks = self.doc.toks
        k = j + 1
        if toks[k] not in preps:
            if toks[k][:2] == "ال" or toks[k] in _NP_SPECIAL or not self.is_word[k]:
                return 0
            k += 1  # "ربة منزل"
        if k + 1 >= limit or toks[k] not in preps:
            return 0
        k += 1
        # "أرملة في الخمسينات من دوار X حضرت الوقفة رفقة أبنائها:": a
        # feminine noun's past verb, where her relative clause opens
        past = 0
        she = toks[j][-1:] == "ه"
        while k < limit and k - j < width:
            t = toks[k]
            if t in ends:
                return k if k > j + 2 else 0
            if (
                not self.is_word[k]
                or self.in_quote[k]
                or k in self.date_token_index
                or (
                    t in _NP_SPECIAL
                    and t not in lx.ROLE_PREPOSITIONS
                    # ("موظفة في الخمسينات من دوار X": from where, after
                    # the age or the workplace)
                    and (t not in preps or k <= j + 2)
                )
            ):
                break
            if she and not past and k > j + 2 and _her_clause_at(toks, k):
                past = k
            k += 1
        # (no end in sight: a clause too long for a role; the description
        # before its verb is the apposition)
        return past

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
            if len(toks[j]) > 3 and toks[j][-2:] == "وا":
                # "أن اللاعبين أهدروا فرصا وكانوا قادرين": a verb in the
                # plural after the noun in ين, its subject (the plural, not
                # the dual), no name (a name never ends in the verbs' وا)
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

    def given_after(self, j: int) -> bool:
        """An indefinite noun at ``j``, past the definite adjectives of the
        one given to: the thing given, after him ("للبرلمان مشروع")."""
        toks = self.doc.toks
        end = min(self.n, j + 3)
        while j < end and toks[j][:2] == "ال" and self.is_word[j]:
            j += 1
        if j >= self.n or not self.is_word[j] or self.in_quote[j]:
            return False
        t = toks[j]
        return t[:1] not in "بلوف" and t not in lx.NP_STOP and _cue_of(t) is None

    def name_in_ta_marbuta(self, a: int, b: int, folded: str, cut: int) -> bool:
        """The word where _implausible_word cuts the name ``folded`` (read
        in tokens ``a``..``b``) is a name in بـ and تة ("بخيتة", "بوشتة"),
        which folds like a feminine noun with "his" glued to بـ ("بصفته"):
        its last letter in the text is ة, no pronoun."""
        words = folded.split(" ")
        w = words[cut]
        if w[:1] != "ب" or w[-2:] != "ته" or not _as_a_or_manner(w):
            return False
        toks = self.doc.toks
        k = _index_in(toks, a, b, (words[0],), b) + cut
        return k < b and toks[k] == w and not self.ha_ending(k)

    def sender_after_receiver(self, a: int, k: int, b: int) -> int:
        """The token of the sender in a document's phrase (tokens ``a``..``b``)
        whose word ``k`` is a verb of receiving with the document's pronoun
        ("رسالة تلقتها الصحيفة من الوزير X"): after a receiver of one to
        three words, من (and قبل), the next token; else -1."""
        toks = self.doc.toks
        for m in range(a + k + 2, min(a + k + 5, b - 1)):
            if toks[m] == "من":
                m += 1
                if toks[m] == "قبل":
                    m += 1
                return m if m < b and self.is_word[m] else -1
            if not self.is_word[m]:
                return -1
        return -1

    def owned_after_name(self, a: int, b: int, folded: str) -> int:
        """The index in ``folded`` (a name with no title, tokens ``a``..``b``)
        of a later word glued to بـ, a stem of three letters or more with no
        article, then a possessive pronoun of the third person ("السعدي
        بتهانيه", "X بحسابه", "X برسالتها"): what the verb takes or where
        the words were said, no word of a name; else -1. A word whose ه is
        a ة in the text is a name ("بهيجة")."""
        words = folded.split(" ")
        for i in range(1, len(words)):
            w = words[i]
            if w[:1] != "ب" or w[1:3] == "ال" or len(_owned_stance(w[1:])) < 3:
                continue
            if w[-2:] in ("ها", "هم") or w[-3:] == "هما":
                return i
            k = _index_in(self.doc.toks, a, b, (words[0],), b) + i
            if k < b and self.doc.toks[k] == w and self.ha_ending(k):
                return i
        return -1

    def owned_feminine_at(self, a: int, b: int, folded: str) -> int:
        """The index in ``folded`` (the name read after a title, tokens
        ``a``..``b``) of a word that is a feminine noun with a possessive
        pronoun of the third person, its ة written ت before it ("عرض الوزير
        خطته للإصلاح، وقال", "قدم الوزير X Y رؤيته"): the object of the verb
        before, no word of a name; else -1. Not after a verb of saying (its
        subject only: "وقال الفنان X شحاته"), nor after كان or أنّ, with no
        verb before that may take an object ("وكانت النائبة أنيته فوغت"); nor
        a word whose ه is a ة in the text ("شحاتة"), a title ("مديرته"), a
        word right after a lone given name, a word of a name met or one right
        before the words said (a colon, a mark or أنّ)."""
        if (
            not a
            or not self.is_word[a - 1]
            or self.doc.toks[a - 1] in _NO_OBJECT_VERB_BEFORE
            or self.said_right_before(a)
        ):
            return -1
        words = folded.split(" ")
        k0 = -1
        for i, w in enumerate(words):
            if len(w) < 4 or "ته" not in w or w[:2] == "ال":
                continue
            stem = _owned_stance(w)
            if (
                len(stem) < 3
                or stem[-1] != "ت"
                or stem[:-1] + "ه" in _PP_NOUNS
                or w in lx.TITLES
                or w in _GIVEN_NAMES
                # (a family name after a given name alone, its ة written ه:
                # "الوزير محمد شحاته")
                or (i == 1 and words[0] in _GIVEN_NAMES)
                or self.known_name_word(w)
            ):
                continue
            if k0 < 0:
                k0 = _index_in(self.doc.toks, a, b, (words[0],), b)
            k = k0 + i
            if k >= b or self.doc.toks[k] != w:
                return -1
            if w[-1] == "ه" and not self.ha_ending(k):
                continue
            if k + 1 < self.n and (
                (t := self.doc.toks[k + 1]) == ":" or t in QUOTE_MARKS or t in _THAT
            ):
                # "سأل النائب X Y شحاته: «…»": the words right after it, a
                # family name in ه that ends the asker's name (rev14)
                continue
            return i
        return -1

    def body_about_end(self, a: int, i: int, limit: int) -> int:
        """_body_field_end on the tokens, the field and the name plain
        words outside quotes."""
        toks = self.doc.toks
        n = i + 1
        while n < limit and n - i <= 6 and self.is_word[n] and not self.in_quote[n]:
            n += 1
        # (the name may be set off after the field: "…، X Y،")
        named_after = n + 2 < limit and toks[n] in _COMMAS and _opens_name(toks, n + 1, limit)
        return _body_field_end(toks, a, i, n, named_after)

    def possessed_adjunct(self, k: int) -> bool:
        """Token ``k`` after في is a feminine noun with the pronoun of the one
        the phrase names ("ورافق المحافظ في جولته X": in his tour), an
        adjunct of the verb, no place or body of a post."""
        w = self.doc.toks[k]
        if w.endswith(("تها", "تهم", "تهما")):
            if len(w) < 5:
                return False
        elif not (w.endswith("ته") and len(w) >= 4 and self.ha_ending(k)):
            return False
        # (an occasion, not a body the post is in: "مسؤول في حملته", "وزير
        # في حكومتها", "أستاذ في كليتها" keep their place)
        stem = w[: w.rindex("ته")]
        return stem + "ه" in _POSSESSED_OCCASIONS or stem + "ت" in _POSSESSED_OCCASIONS

    def told_masdar_subject(self, a: int) -> bool:
        """Whether the verbal noun of telling at token ``a`` (_TOLD_MASDARS)
        is the subject of the verb of saying right before it: the verb
        agrees with it in gender and is none of the verbs that take such a
        noun for their object (_RENEWING_VERBS: "وجددت الدعوة إلى")."""
        hit = _cue_of(self.doc.toks[a - 1]) if a else None
        if hit is None or hit.kind != lx.VERB or _lemma_key(hit) in _RENEWING_VERBS:
            return False
        t = self.doc.toks[a]
        return hit.gender == (_F if t[-1] == "ه" and not self.ha_ending(a) else _M)

    def possessed_occasion_at(self, k: int) -> bool:
        """Token ``k`` after لدى is a verbal noun with the pronoun of the one
        the phrase names, as the text prints it ("لدى تطرقه", "لدى
        استقبالها", "لدى إشرافه", "لدى مشاركتهم", "لدى وصوله"): when he
        spoke, an adjunct of the verb, never the body or country a post is
        held at ("سفير فرنسا لدى الأمم المتحدة", "لدى منظمة …": ة, no
        pronoun). The noun has a verbal noun's shape: ت or ا first, مفاعلة
        ("مشاركته", "مغادرته"), or فعول/فعال (not a name in ه, "المستشار لدى
        وجيه X"; not a place noun in م, "الخبير لدى مؤسسته X", "لدى مركزه":
        the body his post is at; mend24a)."""
        w = self.doc.toks[k]
        if len(w) < 5 or w[:2] == "ال":
            return False
        if w.endswith(("هما", "هم", "هن", "ها")):
            stem = w[: w.rindex("ه")]
        elif w[-1] == "ه" and self.ha_ending(k):
            stem = w[:-1]
        else:
            return False
        return (
            (stem[0] in "تا" and len(stem) >= 4)
            or (stem[0] == "م" and len(stem) >= 5 and stem[2] == "ا")
            or (len(stem) == 4 and stem[2] in "وا")
        )

    def ha_ending(self, k: int) -> bool:
        """Whether token ``k``, folded to end in ه, ends in a true ه in the
        text ("نظيره": his counterpart), not in ة ("نظيرة")."""
        doc = self.doc
        return doc.orig(doc.starts[k], doc.ends[k]).rstrip(_TASHKEEL)[-1:] == "ه"

    def said_right_before(self, a: int) -> bool:
        """Whether the word before token ``a`` is a verb of saying that
        takes no noun for its object (_SAYING_NO_OBJECT: "وقال", "وأضاف"),
        so that the phrase at ``a`` is its subject and nothing of it its
        object ("وقال الوزير X شروطا، إن": the family name "شروطا")."""
        if not a:
            return False
        cue = _cue_of(self.doc.toks[a - 1])
        return cue is not None and cue.kind == lx.VERB and _lemma_key(cue) in _SAYING_NO_OBJECT

    def cleric_met(self, a: int, b: int) -> bool:
        """Whether tokens [a, b) are a host's post, a bare title and its
        definite genitive or a city or country, then a cleric by his rank and name, right after a
        verb of receiving or meeting, with nothing after them but the
        clause's end (a period, or a comma and a word with و): "واستقبل رئيس
        الجمهورية المطران X Y، وقال". The cleric is the one met, the verb's
        object, not the host's name (kw36b)."""
        toks = self.doc.toks
        if not (
            a > 0
            and b + 1 < self.n
            and toks[a - 1] in _MEETING_OBJECT_VERBS
            and toks[a][:2] != "ال"
            and _IS_TITLE_HEAD[toks[a]]
            and ((w := toks[a + 1])[:2] == "ال" or w in _CITIES or w in _COUNTRIES)
            and toks[a + 2] in _CLERICAL_RANKS
        ):
            return False
        if toks[b] in _words_module._MET_ADJUNCT_OPENERS and not self.in_quote[b]:
            # (or a place or time adjunct of up to three words, no من in
            # it, before the end: "… المطران X Y في قصر بعبدا، وقال"; not
            # "… في مكتبه وفدا من الطلاب، وقال": an object; mend34f)
            k = b + 1
            while (
                k < self.n
                and k - b <= 3
                and self.is_word[k]
                and not self.in_quote[k]
                and toks[k] != "من"
            ):
                k += 1
            b = k
        return b + 1 < self.n and (toks[b] == "." or (toks[b] == "،" and toks[b + 1][:1] == "و"))

    def cleric_met_at(self, k: int) -> bool:
        """Whether token ``k`` opens the cleric of cleric_met, his rank, with
        his name of one to three words after it."""
        if k < 3 or self.doc.toks[k] not in _CLERICAL_RANKS:
            return False
        is_word = self.is_word
        b = k + 1
        while (
            b < self.n
            and b - k <= 4
            and is_word[b]
            and self.doc.toks[b] not in _words_module._MET_ADJUNCT_OPENERS
        ):
            b += 1
        return b - k >= 2 and self.cleric_met(k - 2, b)

    def maqsura_ending(self, k: int) -> bool:
        """Whether token ``k``, folded to end in ي, ends in ى in the text
        ("سلمى", "منى"), which a nisba never does ("سلمي", peaceful)."""
        doc = self.doc
        return doc.orig(doc.starts[k], doc.ends[k]).rstrip(_TASHKEEL)[-1:] == "ى"

    def opens_relative(self, i: int) -> bool:
        """Whether the verb at ``i`` opens a relative clause: right after
        الذي/التي, or after its auxiliaries ("التي كانت قد كشفت عنها", "الذي
        سبق أن أعلن عنه"), the subject of كان between them ("التي كانت
        اللجنة قد كشفت عنها": a word or two before قد)."""
        toks = self.doc.toks
        j = i - 1
        if j > 0 and toks[j] == "قد":
            j -= 1
            # (the subject of كان before قد, one or two words)
            if toks[j] not in _COPULAS and toks[j] not in _RELATIVES_OF_EVENT:
                for m in (j, j - 1):
                    if m > 0 and toks[m - 1] in _COPULAS and self.is_word[m] and self.is_word[j]:
                        j = m - 1
                        break
        if j > 0 and toks[j] in _COPULAS:
            j -= 1
        if j > 1 and toks[j] == "ان" and toks[j - 1] in _IT_HAPPENED_BEFORE:
            j -= 2
        return j >= 0 and toks[j] in _RELATIVES_OF_EVENT

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

    def saying_ends_name(self, b: int, cue: lx.Cue | None) -> bool:
        """Whether a verb of saying makes token ``b``, right after a phrase,
        the end of the speaker's name, so that a third name word with the
        article is the family name, not the verb's object ("أحمد أويحيى
        المعارضة"): the words said come next ("قال الوزير جابر الخالد
        الصباح «…»", "…الصباح:"), the phrase's verb taking no object before
        them, or the verb follows the phrase, its fronted subject ("أن الشيخ
        جابر الخالد الصباح قال لدبلوماسي …": no verb before it to govern an
        object)."""
        t = self.doc.toks[b]
        if t in QUOTE_MARKS or t == ":":
            return cue is not None and cue.kind == lx.VERB and _lemma_key(cue) in _SAYING
        if t[0] in "وف":
            return False
        after = _cue_of(t)
        return after is not None and after.kind == lx.VERB and _lemma_key(after) in _SAYING

    def verb_of_that_subject(self, a: int, i: int) -> bool:
        """ "أن النائب وليد جنبلاط تلقى تحذيرا", "أن وزير الدفاع X Y قدم
        للسفيرة", "أن ملك البحرين X اتهم أمام": in the subject of أنّ (a
        post or a name, two words at least from ``a``), the word at ``i``,
        before a complement no name word takes (_VERB_COMPLEMENT), is the
        clause's verb.  An accusative alone is no proof when a word that
        takes no complement follows it: a name goes on there ("أن رئيس
        الوزراء الإسباني خوسيه ماريا أثنار انتقد", "ماريا" no accusative)."""
        toks = self.doc.toks
        if not _verb_complement_not_accusative(toks[i + 1]) and not (
            i + 2 >= self.n or not self.is_word[i + 2] or _VERB_COMPLEMENT[toks[i + 2]]
        ):
            return False
        # the phrase's post before ``a`` (its title words), then أنّ
        for k in range(a - 1, max(-1, a - 7), -1):
            t = toks[k]
            if t in _THAT:
                return t in _NAMED_THAT
            if not self.is_word[k] or self.in_quote[k] or t in lx.NP_STOP:
                return False
        return False

    def known_last_name(self, word: str, after: str) -> bool:
        """``word`` is the last word of a person named before in full, and
        ``after`` is no word of that name."""
        last = _key(word)
        nxt = _key(after)
        persons = self.persons_with_word(last)
        for p in self._persons if persons is None else persons:
            if " " in p.key and p.key.rsplit(None, 1)[1] == last and nxt not in _key_words(p.key):
                return True
        return False

    def known_family_name(self, word: str, after: str) -> bool:
        """``word`` is the last name of a person named before in full, and
        ``after`` is not in that name."""
        last = _key(word)
        nxt = _key(after)
        persons = self.persons_with_word(last)
        for p in reversed(self._persons) if persons is None else persons:
            words = _key_words(p.key)
            if last in words and nxt not in words and " " in p.key:
                return True
        return False

    def named_before_with_lam(self, folded: str) -> bool:
        """The name ``folded`` (its first word glued to لـ) is, without
        the لـ, the name of a person named before in full, and the word
        with it is none of a name met."""
        words = folded.split(" ")
        if self.known_name_word(words[0]):
            return False
        keys = {_key(w) for w in [words[0][1:], *words[1:]]}
        persons = self.persons_with_word(_key(words[0][1:]))
        return any(
            " " in p.key and keys <= _key_words(p.key)
            for p in (self._persons if persons is None else persons)
        )

    def said_at(self, j: int, limit: int) -> bool:
        """The words said open at token ``j``: a colon, أنّ/إنّ or an
        opening mark."""
        return j < limit and (
            (u := self.doc.toks[j]) == ":" or u in _THAT or (u in QUOTE_MARKS and self.in_quote[j])
        )

    def said_after(self, j: int, limit: int) -> bool:
        """The words said open at token ``j``, or at ``j + 1`` after a
        definite adjective (said_at)."""
        if j < limit and self.doc.toks[j][:2] == "ال" and self.is_word[j]:
            j += 1
        return self.said_at(j, limit)

    def source_told_at(self, a: int, b: int) -> int:
        """In the phrase [a, b) read after a post, the token of an unnamed
        source's head glued to لـ, no article ("لمسؤول", "لدبلوماسي",
        "لصحفي"), followed by one or two plain words (its adjectives) up to
        ``b``; 0 if there is none."""
        toks = self.doc.toks
        if (toks[a][2:] if toks[a][:2] == "ال" else toks[a]) in _PERSON_GENITIVE_HEADS:
            # "الحارس الشخصي لمسؤول كبير": the post's genitive (mend31b)
            return 0
        for k in range(b - 1 if b - 1 > a else a + 1, max(a, b - 4), -1):
            t = toks[k]
            if t[:1] == "ل" and t[1:] in _TOLD_SOURCES:
                if all(
                    self.is_word[x] and toks[x][:2] != "ال" and not _IS_TITLE_HEAD[toks[x]]
                    for x in range(k + 1, b)
                ):
                    return k
                return 0
        return 0

    def told_after_title(self, a: int, b: int, head: str) -> bool:
        """``head``, glued to لـ, first word of the name read after a title
        in [a, b), is whom the words were for: the plural of a post in
        construct ("وزيرة الصحة لمديري المستشفيات: «…»", "لمسؤولي …"), or a
        noun with its owner's pronoun as printed ("وزير الخارجية لنظيره
        الأمريكي:", "الرئيس لأنصاره"); no name opens so ("لطفي", "لطيفة":
        possessed_as_written tells a ة)."""
        if head[-1] == "ي" and len(head) >= 5 and head[1:-1] in lx.TITLES:
            return True
        if head[1:] in _TOLD_SOURCES:
            # "وقال وزير الخارجية لصحفيين إن": an unnamed source or the
            # press, read as the name (mend31b)
            return True
        toks = self.doc.toks
        if (
            head[1:] in _GIVEN_NAMES
            and head not in _LAM_FIRST_NAMES
            and b < self.n
            and (
                (
                    toks[b] == ":"
                    and (
                        a == 0 or "\n" in self.doc.folded[self.doc.ends[a - 1] : self.doc.starts[a]]
                    )
                )
                # (or after a verb of saying, the words said right after
                # the name: "وقال وزير الداخلية لسامي X: «…»", "وقالت الوزيرة
                # لمحمد X إن"; kw18a)
                or (a and _cue_of(toks[a - 1]) is not None and self.said_at(b, self.n))
            )
        ):
            # "وزير الداخلية لسامي X: «…»" heading its line: a given name
            # glued to لـ after the post, up to the label's colon, is whom
            # the words were for (not a name opening in ل whose rest is a
            # given name, "لحسن X", "لخضر X")
            return True
        if not _LAM_POSSESSED[head]:
            return False
        k = _index_in(toks, a + 1, b, (head,), b)
        return k < b and self.possessed_as_written(k)

    def told_pair_at(self, a: int, colon: int) -> int:
        """In the phrase [a, ``colon``) read after a post, the token of a
        given name glued to لـ (told_after_title) followed within three words
        by a given name with و before the colon ("لرامي X وسامر Y"), or 0."""
        toks = self.doc.toks
        for k in range(a + 1, colon - 2):
            t = toks[k]
            if t[:1] == "ل" and self.told_after_title(a, colon, t):
                for j in range(k + 1, min(k + 4, colon)):
                    w = toks[j]
                    if w[:1] == "و" and w[1:] in _GIVEN_NAMES and j + 1 < colon:
                        return k
                return 0
        return 0

    def told_in_label(self, k: int, m: int, colon: int, titled: bool) -> bool:
        """In a label "X لـY: «…»" heading its line, token ``m`` (``k`` < m
        < ``colon``), glued to لـ, opens whom the words were for, up to the
        colon (three words at most): a plural of persons or the press after
        لل ("الرئيس للمواطنين:"; after a bare name, a nisba plural too:
        "X للمصريين:"), or a post's plural in construct or a noun with its
        owner's pronoun (told_after_title: "وزير الخارجية لنظيره
        الأمريكي:")."""
        toks = self.doc.toks
        t = toks[m]
        if t == "ل" and m + 1 < colon and self.is_word[m + 1]:
            # "الرئيس الفرنسي لـ الصحفيين:": the ل printed apart, read glued
            # to the word after it (its article's alif dropped, "للصحفيين")
            m += 1
            t = "ل" + (toks[m][1:] if toks[m][:2] == "ال" else toks[m])
        # "وزير الصحة لموقع الشروق:", "محافظ المدينة لشمس إف إم:": an
        # outlet by its head noun or its last word (four words at most)
        outlet = t[1:] in _OUTLET_HEADS or (m + 1 < colon and toks[m + 1] in _OUTLET_TAILS)
        if t[:1] != "ل" or len(t) < 4 or colon - m > (4 if outlet else 3):
            return False
        for j in range(m, colon):
            if not self.is_word[j] or self.in_quote[j]:
                return False
        if outlet and t[1:3] != "ال":
            return True
        if t[:2] == "لل":
            # (a noun in ل takes the article's ل only: "للاعبين")
            return _audience(t[2:]) or _audience(t[1:]) or (not titled and t[-3:] == "يين")
        return self.told_after_title(k, colon, t)

    def possessed_as_written(self, i: int) -> bool:
        """Token ``i`` (a _LAM_POSSESSED word) ends with the pronoun as
        printed: not a ة folded to ه ("لعمامرة", a family name), nor on a
        page that writes ة as ه (no ة printed, a word with the article
        printed ending in ه: "وقالت المطربه لطيفه التونسيه", "الأمين العام
        لنقابه المعلمين"), and is not a word of a person named before."""
        doc = self.doc
        return (
            doc.orig(doc.starts[i], doc.ends[i])[-1:] != "ة"
            and ("ة" in doc.text or not _ARTICLE_WORD_IN_HA.search(doc.text))
            and not self.known_name_word(self.doc.toks[i])
        )

    def known_name_read_on(self, folded: str) -> int:
        """How many words of the name ``folded`` (three or more) spell in
        full the name of a person named before when the words after them
        are none of a name met, no link and no word with the article
        ("وهدد الشيخ X Y بلدات الريف" after "X Y": the name ends where his
        does, the verb's object after it), else -1."""
        words = folded.split(" ")
        for j in range(len(words) - 1, 1, -1):
            if (w := words[j]) in _NAME_LINKS or w[:2] == "ال" or self.known_name_word(w):
                # ("محمد بن راشد آل مكتوم" after "محمد بن راشد", "X Y
                # الحسن": a link or a family name with the article goes on
                # with the name)
                return -1
            key = _key(" ".join(words[:j]))
            if " " not in key:
                continue
            persons = self.persons_with_word(key.split(" ", 1)[0])
            if any(p.key == key for p in (self._persons if persons is None else persons)):
                return j
        return -1

    def verb_before_object(self, a: int, h: int) -> bool:
        """ "أن القاضي لفظ كلمة", "المدعي العام وجّه رسالة": the one word at
        ``h`` read as the name after the bare title at ``a`` that opens its
        clause (its sentence, after أنّ or a comma), the indefinite object of
        news verbs right after it (a word, a statement, a letter:
        _OBJECT_AFTER_NAME), is the title's verb, no name; not a given name
        nor a word of a name met ("وألقى الوزير بوريطة كلمة": a verb before
        the title)."""
        toks = self.doc.toks
        # (the title may open the text: "الوزير جلس على رأس الطاولة، وقال")
        if h + 1 >= self.n or not self.is_word[h + 1]:
            return False
        obj = toks[h + 1]
        if toks[h] == "عبد":
            # "أن المستشار عبد الإله X أبلغ", "عبد الفتاح": the first half of
            # a compound name in عبد, never the verb "worshipped" (rev34)
            return False
        if "ال" <= obj < "ام":
            # "أن الوزير زار المستشفى", "أن الرئيس استقبل الوفد": a definite
            # common object of news verbs (_DEFINITE_OBJECTS), no family
            # name, after a word that may be a verb (none ends in ة)
            # ("أن الوزيرة افتتحت المعرض", "أن الوزيرة سلمت الشهادات،
            # وقالت": the same verbs in the feminine after a feminine title)
            head = toks[h]
            stem = head[:-1] if head[-1] == "ت" and len(head) > 3 and toks[a][-1] == "ه" else ""
            if (
                (
                    obj not in _DEFINITE_OBJECTS
                    and not _derived_past_verb(head)
                    and not (stem and _derived_past_verb(stem))
                    and not (
                        (
                            _sound_triliteral(head)
                            or (stem and _sound_triliteral(stem))
                            or _doubled_or_weak_verb(head)
                            or (stem and _doubled_or_weak_verb(stem))
                        )
                        and _plain_definite_object(obj)
                        and self.verb_phrase_goes_on(h + 2)
                    )
                )
                or toks[h][:2] == "ال"
                or (toks[h][-1:] == "ه" and not self.ha_ending(h))
            ):
                return False
        elif obj in _VERB_PREPOSITIONS or obj == "من" or (obj[:3] == "بال" and len(obj) >= 6):
            # "الوزير قلل من حجم الخسائر، حيث قال", "الرئيس رحب بالقرار،
            # وقال": a word of a past verb's shape (no given name has one;
            # checked below) right before its complement's preposition, or
            # بـ glued to a definite noun, is the verb of a subject put
            # first; a name after the title goes on with its verb or a
            # comma, not with من/على/عن/إلى
            head = toks[h]
            if head[-1] == "ت" and len(head) > 3 and toks[a][-1] == "ه":
                head = head[:-1]
            if not (
                _sound_triliteral(head) or _doubled_or_weak_verb(head) or _derived_past_verb(head)
            ):
                return False
            if (
                h + 2 < self.n
                and toks[h] not in _words_module._COPULAS
                # (a name's shape: a sound verb of three letters, no verb of
                # news, "الوزير وصل على رأس وفد", no verb written with ى or
                # in _WEAK_VERBS_IN_YA, "الرئيس بقي على تواصل"; rev23)
                and _sound_triliteral(head)
                and head not in _words_module._NEWS_VERBS
                # (nor a verb whose complement على introduces, "الوزير جلس
                # على رأس الطاولة", "عمل على رأس الفريق", "حصل على موعد":
                # the verb, no name; kw23a)
                and not (obj == "علي" and toks[h] in _VERBS_WITH_ALA)
                and (
                    (
                        obj == "من"
                        and toks[h + 2] in _TURN_NEXT
                        # (then a verb of saying or a comma, "الوزير نمر من
                        # جهته أكد"; not the verb's object, "الوزير طلب من
                        # جهته تأجيل الجلسة"; final read)
                        and h + 3 < self.n
                        and (toks[h + 3] in _COMMAS or _cue_of(toks[h + 3]) is not None)
                    )
                    or (
                        obj == "علي"
                        and (nxt := toks[h + 2]) in _words_module._STANDING_AFTER_ON
                        # (the state's noun with no definite genitive: "شدد
                        # على تواصل الجهود" is the verb's complement)
                        and (
                            nxt == "راس"
                            or h + 3 >= self.n
                            or not self.is_word[h + 3]
                            or toks[h + 3][:2] != "ال"
                        )
                    )
                )
            ):
                # "الوزير نمر من جهته أكد …", "اللواء صقر على رأس القوة"، "الرئيس
                # X على تواصل دائم مع …": the turn to a party ("for his
                # part") or a state told by على and its noun follows the
                # subject, no verb before its complement: the word is the
                # name (not a copula, "الوزير ظل على تواصل")
                return False
        elif "ب" <= obj < "ة" or (
            obj not in _OBJECT_AFTER_NAME
            # "أن الوزير دشن مستشفى جديدا": an indefinite object with its
            # adjective in the accusative, the tanween alif printed
            and not (
                h + 2 < self.n
                and self.is_word[h + 2]
                and _accusative_pair("ا" * 4, toks[h + 2])
                and len(toks[h]) == 3
            )
            and not self.construct_object_after_verb(a, h)
        ):
            return False
        if not (
            a == self.sent_first[self.sent[a]] or toks[a - 1] in _THAT or toks[a - 1] in _COMMAS
        ):
            return False
        head = toks[h]
        return (
            head not in _GIVEN_NAMES
            and not self.known_name_word(head)
            # ("الرئيس بري على تواصل …", "الوزير علي على رأس الوفد": a
            # word of three letters written with a final ي, not ى, is no
            # weak past verb, which is written "قضى", "سعى", but a name;
            # not the few verbs written so, "بقي", "حظي")
            and not (
                len(head) == 3
                and head[2] == "ي"
                # (before على, من or عن only, the shape the name was met in;
                # a weak verb with ى printed ي before its object is a verb,
                # "أن المحافظ رعي الحفل"; final read)
                and h + 1 < self.n
                and toks[h + 1] in _AFTER_NAME_IN_YA
                and head not in _words_module._WEAK_VERBS_IN_YA
                and not self.maqsura_ending(h)
            )
        )

    def construct_object_after_verb(self, a: int, h: int) -> bool:
        """ "أن المحافظ وضع حجر الأساس، وقال", "أن الوزيرة قصت شريط
        الافتتاح، وقالت": the word at ``h`` after the bare title at ``a``
        has the shape of a past verb no given name has (a sound or doubled
        verb of three letters, a derived one; _sound_triliteral and the
        others, in the feminine after a feminine title too), and a bare
        noun in construct with a plain definite word follows it, then a
        verb phrase that goes on: the object in construct, no name (the
        bare noun no given name, no link of a name, no word of a name
        met)."""
        toks = self.doc.toks
        if h + 3 >= self.n or not (self.is_word[h + 1] and self.is_word[h + 2]):
            return False
        head, obj = toks[h], toks[h + 1]
        if head[-1] == "ت" and len(head) > 3 and toks[a][-1] == "ه":
            head = head[:-1]
        return (
            (_sound_triliteral(head) or _doubled_or_weak_verb(head) or _derived_past_verb(head))
            and len(obj) >= 3
            and obj[:2] != "ال"
            and obj.isalpha()
            and obj not in _GIVEN_NAMES
            and obj not in _NAME_LINKS
            and _plain_definite_object(toks[h + 2])
            and not self.known_name_word(obj)
            and self.verb_phrase_goes_on(h + 3, participle=True)
        )

    def object_after_plural(self, first: int, i: int) -> int:
        """The first token in [first, i) right after a definite word that is a
        common definite object of news verbs (_DEFINITE_OBJECTS) or a
        singular title with the article not after a body's head: where the
        phrase of persons in the plural before it ends; else ``i``."""
        toks = self.doc.toks
        # (a feminine plural's adjective may be a singular in ة: "المعلمات
        # المتقاعدة"; a title of that shape is no object after it)
        fem = toks[first - 1][-2:] == "ات"
        for k in range(first, i):
            p = toks[k - 1]
            if p[:2] != "ال":
                continue
            t = toks[k]
            if t in _DEFINITE_OBJECTS or (
                t[:2] == "ال"
                and _NP_KIND[t] == 4
                and p not in lx.ORGANIZATION_HEADS
                and not (fem and t[-1] == "ه")
            ):
                return k
        return i

    def verb_phrase_goes_on(self, k: int, participle: bool = False) -> bool:
        """Token ``k``, right after a definite object read after a sound
        verb of three letters ("قطع الشريط"), goes on with a verb phrase,
        not with what follows a name (its verb, a comma, its occasion after
        في): the verb's complement (إلى, على, عن, أمام, مع), a word glued to
        للـ ("سلم الجوائز للفائزين"), the object's nisba ("الحفل الختامي")
        or a participle of saying ("قائلا"); or a verb of saying with و,
        after a comma or not ("قطع الشريط، وقال"), which joins a second
        predicate to a first the clause had (a name opening the that-clause
        has none yet; not a verb whose و is its own, "وصف"), or, with
        ``participle``, after a comma a participle of saying ("وضع حجر
        الأساس، مؤكدا"), which tells how a verb the clause had was done
        (only after a verb and its object in construct: after a title, a
        name of two words set off by commas is no verb and its object,
        "وأكد المتحدث، النائب معن الخالد، قائلا", final read)."""
        if k >= self.n:
            return False
        toks = self.doc.toks
        if toks[k] in _COMMAS and k + 1 < self.n:
            k += 1
            if not self.is_word[k]:
                return False
            t = toks[k]
            cue = _cue_of(t)
            return cue is not None and (
                (t[:1] == "و" and cue.kind == lx.VERB and t not in lx.CUES)
                or (participle and cue.kind == lx.PARTICIPLE)
            )
        if not self.is_word[k]:
            return False
        t = toks[k]
        if t in _VERB_PREPOSITIONS or t in _BEFORE_OR_WITH or t[:2] == "لل":
            return True
        if t[0] == "ل":
            # "وضع حجر الأساس لمستشفى جديد، مؤكدا", "قص الشريط لمعرض
            # وقال": an indefinite noun glued to لـ (what the verb was done
            # for), at most one bare word after it, then a verb of saying
            # with و, or what goes on with a verb phrase after a comma; not
            # a given name in ل ("لطفي"), nor a part of the day ("ليلة
            # أمس،")
            j = k + 1
            if j < self.n and self.is_word[j] and toks[j][:2] != "ال" and _cue_of(toks[j]) is None:
                j += 1
            if j >= self.n or len(t) < 4 or t in _GIVEN_NAMES or t in _DAY_PARTS:
                return False
            if toks[j] in _COMMAS:
                return self.verb_phrase_goes_on(j, participle)
            t = toks[j]
            return (
                self.is_word[j]
                and t[:1] == "و"
                and (cue := _cue_of(t)) is not None
                and cue.kind == lx.VERB
                and t not in lx.CUES
            )
        if t[:2] == "ال" and t[-1] == "ي" and len(t) >= 6:
            return True
        if _masdar_accusative(t) or (
            len(t) == 6 and t[:2] == "اي" and t[3] == "ا" and t[5] == "ا" and t[2] not in "اوي"
        ):
            # "قطع الشريط إيذانا بافتتاح …", "تمهيدا لـ…": a derived verbal
            # noun in the accusative (إيفعال too, of a root opening in a
            # hamza) tells why or how the verb was done
            return True
        cue = _cue_of(t)
        if cue is None:
            return False
        return cue.kind == lx.PARTICIPLE or (
            cue.kind == lx.VERB and t[:1] == "و" and t not in lx.CUES
        )

    def person_positions(self, k: str) -> list[int] | None:
        """Where in the persons met (their list) those are whose name key
        has the word ``k``, and maybe some whose key no longer has it (the
        caller tests each as it would every person met), in no order and
        maybe twice; None while fewer than _PERSONS_FILED persons are met
        (the caller walks them all). Each person is filed once under the
        words of his key, on from the last call, and again when his key
        grows (file_person): a walk over every person met for each word
        asked grew with the square of a long text of many names (fuzz24)."""
        persons = self._persons
        n = len(persons)
        if n < _PERSONS_FILED:
            return None
        filed = self._person_words
        if filed is None or self._persons_filed > n:
            filed = self._person_words = {}
            self._person_loose = {}
            self._person_first = {}
            self._person_after = None
            self._person_at = {}
            self._persons_filed = 0
        at = self._person_at
        loose = self._person_loose
        first = self._person_first
        for i in range(self._persons_filed, n):
            p = persons[i]
            at[id(p)] = i
            _file_under_words(filed, p.key, i)
            _file_loose(loose, p.surface, i)
            _file_at(first, _first_word(p.surface), i)
        self._persons_filed = n
        return filed.get(k, _NO_PERSONS)

    def persons_holding_or_within(
        self, mwords: frozenset[str], mall: frozenset[str], loose: bool
    ) -> list[int] | None:
        """Where in the persons met those are whose words (a key's; ``loose``:
        those the loose key of their surface offers and matches with) hold
        all of ``mwords`` or lie all in ``mall`` (what canonical's passes
        may take, _may_match), in order, each once, and maybe some whose
        key or surface no longer does (the caller tests each): the holders
        are filed under the rarest word of ``mwords``, the others under a
        subset of ``mall`` (the empty one too). None while the persons are
        not filed (person_positions) or past _SUBSETS_MAX words in ``mall``
        (the caller walks them all). A walk over every person met for each
        person named grew with the square of a long text of many names
        (fuzz18's xfail; fuzz26)."""
        if len(mall) > _SUBSETS_MAX or not mwords:
            return None
        if self.person_positions("") is None:  # (files those met since)
            return None
        filed = self._person_loose if loose else self._person_words
        found = set(min([filed.get(w, _NO_PERSONS) for w in mwords], key=len))
        for r in range(len(mall) + 1):
            for some in combinations(mall, r):
                if (at := filed.get(frozenset(some))) is not None:
                    found.update(at)
        return sorted(found)

    def persons_named_after(self, after: dict) -> list[int] | None:
        """Where in the persons met those are whose folded name opens with
        a word of ``after`` (the words titled_before found right after a
        title), or who have no name, the one met last first, and maybe
        some whose name no longer does (the caller tests each); None while
        the persons are not filed (person_positions). Each person is filed
        once, and again when his surface changes (file_person): a walk over
        every person met for each bare title or honorific said alone grew
        with the square of a long text of many names (fuzz19's xfail;
        fuzz26)."""
        if self.person_positions("") is None:  # (files those met since)
            return None
        first = self._person_first
        found = set(first.get("", _NO_PERSONS))
        for w in after:
            if (at := first.get(w)) is not None:
                found.update(at)
        return sorted(found, reverse=True)

    def name_end_at(self, p: _Entity) -> int | None:
        """The token that ends the name of ``p`` where the text gave it: the
        first of the twelve tokens from where he was named (short of the
        text's last) that is the last word of his key, or None; none for a
        person with no key or a title's (cut_short, word_after_name)."""
        if not p.key or p.key.startswith("title:"):
            return None
        last = p.key.rsplit(None, 1)[-1]
        toks = self.doc.toks
        k = self.tok_at(p.pos)
        for m in range(k, min(k + 12, self.n - 1)):
            if _key(toks[m]) == last:
                return m
        return None

    def word_after_name(self, p: _Entity) -> str | None:
        """The word right after the name of ``p`` where the text gave it
        (name_end_at, as cut_short reads it), or None."""
        m = self.name_end_at(p)
        return None if m is None else self.doc.toks[m + 1]

    def persons_named_before(self, k: str) -> list[int] | None:
        """Where in the persons met those are the word right after whose
        name (word_after_name) has the key ``k``, bare or after a glued لـ,
        the one met last first, and maybe some for whom it no longer has
        (the caller tests each as cut_short does); None while the persons
        are not filed (person_positions). Each person is filed once, on
        from the last call, and again when his key changes (file_person):
        cut_short's walk over every person met, twelve tokens each, for
        each name of one word grew with the square of a long text of many
        names (fuzz19's xfail; fuzz26)."""
        if self.person_positions("") is None:  # (files those met since)
            return None
        after = self._person_after
        if after is None:
            after = self._person_after = {}
            self._after_filed = 0
        persons = self._persons
        for i in range(self._after_filed, len(persons)):
            self.file_after_name(after, persons[i], i)
        self._after_filed = len(persons)
        return sorted(set(after.get(k, _NO_PERSONS)), reverse=True)

    def file_after_name(self, after: dict, p: _Entity, i: int) -> None:
        if (nxt := self.word_after_name(p)) is not None:
            _file_at(after, _key(nxt), i)
            if nxt[:1] == "ل":
                _file_at(after, _key(nxt[1:]), i)

    def persons_with_word(self, k: str) -> list[_Entity] | None:
        """The persons person_positions finds for ``k``, in no order."""
        if len(self._persons) < _PERSONS_FILED:
            return None  # (person_positions' first test, inline: a call saved)
        at = self.person_positions(k)
        if at is None:
            return None
        persons = self._persons
        return [persons[i] for i in at]

    def latest_with_word(self, k: str) -> list[_Entity] | None:
        """The persons person_positions finds for ``k``, each once, the
        one met last first (as reversed() walks them all)."""
        at = self.person_positions(k)
        if at is None:
            return None
        persons = self._persons
        return [persons[i] for i in sorted(set(at), reverse=True)]

    def file_person(self, p: _Entity) -> None:
        """File the person ``p`` met, whose key has just changed, under the
        words of his new key (person_positions; one not filed yet is filed
        with his key as it is then)."""
        filed = self._person_words
        if filed is not None and (i := self._person_at.get(id(p))) is not None:
            _file_under_words(filed, p.key, i)
            _file_loose(self._person_loose, p.surface, i)
            _file_at(self._person_first, _first_word(p.surface), i)
            if (after := self._person_after) is not None and i < self._after_filed:
                self.file_after_name(after, p, i)

    def person_word_met(self, word: str) -> bool:
        """``word`` is a word of the name of a person met before, a name
        of one word too ("المرشح X" in a headline)."""
        if not self._persons:
            return False
        k = _key(word)
        # (persons_with_word's first test, here: an article names fewer
        # persons than _PERSONS_FILED most often, and the call is spared)
        persons = self.persons_with_word(k) if len(self._persons) >= _PERSONS_FILED else None
        # (a loop, not a generator, which made k a cell: see _index_in)
        for p in self._persons if persons is None else persons:
            if k in p.key and k in _key_words(p.key):
                break
        else:
            return False
        return True

    def title_word_in_name_met(self, w: str, nxt: str) -> bool:
        """A title word ``w`` and the word ``nxt`` after it are two words of
        the name of a person met before, in that order, after a word of it
        ("الفريق X قائد Y" met, then "الفريق قائد Y"): the name again, no
        post. Reads only the persons filed under the title word's key (all
        of them while few are met): a title word is seldom a name's, so
        namesakes sharing ``nxt`` are not walked for each title asked."""
        persons = self._persons
        if not persons or w[:2] == "ال":
            return False
        kw = _key(w)
        if not kw or " " in kw:
            return False
        filed = self.persons_with_word(kw) if len(persons) >= _PERSONS_FILED else None
        pair = None
        for p in persons if filed is None else filed:
            if kw in p.key:
                if pair is None:
                    pair = " " + kw + " " + _key(nxt) + " "
                # (inside the name, after its given name: not a title met
                # as a name, "الوزير كبير مستشاري …", whose key opens so)
                if (" " + p.key + " ").find(pair) > 0:
                    return True
        return False

    def second_object_after(self, i: int) -> bool:
        """Tokens ``i`` and ``i + 1`` are an indefinite noun and its
        indefinite adjective, both in ة ("خطوة متسرعة") or the adjective in
        the accusative with its alif ("خطأ فادحا"), neither a given name nor
        a word of a name met before: a verb of deeming's second object."""
        toks = self.doc.toks
        w, adj = toks[i], toks[i + 1]
        if not (self.is_word[i] and self.is_word[i + 1]) or w[:2] == "ال" or adj[:2] == "ال":
            return False
        if not ((w[-1] == "ه" and adj[-1] == "ه") or (adj[-1] == "ا" and len(adj) > 3)):
            return False
        return not (
            w in _GIVEN_NAMES
            or adj in _GIVEN_NAMES
            or self.known_name_word(w)
            or self.known_name_word(adj)
        )

    def charge_then_name(self, j: int, limit: int) -> bool:
        """After a post's charge glued to بـ ("المكلف بتشكيل", token ``j -
        1``), its definite genitive and adjectives, then a name: an
        honorific, a given name or a word of a person named before."""
        toks = self.doc.toks
        k = j
        while k < limit and toks[k][:2] == "ال" and toks[k] not in lx.HONORIFICS:
            k += 1
        if k == j or k >= limit or not self.is_word[k] or self.in_quote[k]:
            return False
        w = toks[k]
        return w in lx.HONORIFICS or w in _GIVEN_NAMES or self.known_name_word(w)

    def _name_words_then_ala_or_that(self, j: int, limit: int) -> bool:
        """One to three name words from j, then على or أنّ ("عز الدين على
        حسن على أن"): the words after على are the rest of a name."""
        toks, is_word, in_quote = self.doc.toks, self.is_word, self.in_quote
        k = j
        while (
            k < limit
            and k < j + 3
            and is_word[k]
            and not in_quote[k]
            and (toks[k] in _NAMES_AFTER_ALI or self.known_name_word(toks[k]))
        ):
            k += 1
        return k > j and k < limit and (toks[k] == "علي" or toks[k] in _THAT)

    def given_name_met(self, word: str) -> bool:
        """``word`` opens the full name of a person named before."""
        if not self._persons:
            return False
        k = _key(word)
        persons = self.persons_with_word(k) if len(self._persons) >= _PERSONS_FILED else None
        for p in self._persons if persons is None else persons:
            if p.key.startswith(k) and p.key[len(k) : len(k) + 1] == " ":
                return True
        return False

    def known_name_word(self, word: str) -> bool:
        """``word`` is a word of the name of a person named before."""
        k = _key(word)
        # (persons_with_word's first test, here, as in person_word_met)
        persons = self.persons_with_word(k) if len(self._persons) >= _PERSONS_FILED else None
        # (the substring test first: a word of the key is in it, and most
        # keys do not hold the word at all; a loop, not a generator, which
        # made k a cell: see _index_in)
        for p in self._persons if persons is None else persons:
            if k in p.key and " " in p.key and k in _key_words(p.key):
                break
        else:
            return False
        return True

    def apposition_intro(self, i: int) -> tuple[_Entity, int] | None:
        """ "محمد الشلوي، صاحب مقهى أعاد فتحه، …", "جلست مع سفيان، خريج كلية
        الحقوق، الذي …": a name, then after its comma a role noun at ``i``
        whose phrase a second comma closes: a person met, with that role, for
        the verbs of saying with no subject after it. The person and the
        token after the role, or None."""
        toks = self.doc.toks
        is_word = self.is_word
        in_quote = self.in_quote
        sent = self.sent
        c = i - 1
        if c < 2 or toks[c] not in _COMMAS_OR_SEMICOLON or self.in_quote[i]:
            return None
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < self.n else ""
        if t in ("ام", "اب") and not (nxt[:1] == "ل" and nxt[:2] not in ("ال", "لل")):
            return None  # ("أم لثلاثة أطفال", not "أم" = "or")
        if t == "طالب" and (nxt[:2] == "ال" or nxt[:1] == "ب"):
            return None  # "طالب النائب", "طالب بإلغاء": the verb "demanded"
        if t[:1] == "و" and _IS_TITLE_HEAD[t[1:]]:
            # "بحضور النائب X Y، ومدير المدرسة Z W،": a title glued to و
            # opens the next person of a list, with his own post, no
            # apposition of the name before (dev25r)
            return None
        if t in _APPOSITION_PREPOSITIONS:
            # "قال الوزير X، أمام مجلس النواب، إن": where or when he spoke,
            # an adjunct in commas, no post
            return None
        sid = sent[i]
        e = i + 1
        while e < self.n and e - i <= 12 and is_word[e] and not in_quote[e] and sent[e] == sid:
            e += 1
        if e >= self.n or e == i + 1 or sent[e] != sid:
            return None
        # "X، مؤسس موقع Y نشر وثائق …": the post's closing comma left out,
        # its verb ends it
        v = next((m for m in range(i + 2, e) if self.verb_ends_post(m)), 0)
        if v:
            e = v
        elif toks[e] not in _COMMAS:
            return None

        def plain(m: int) -> bool:
            w = toks[m]
            return (
                m >= 0
                and sent[m] == sid
                and is_word[m]
                and not in_quote[m]
                and not w.isdigit()
                and w not in lx.NP_STOP
                and w not in _CUE_WORDS
                and not _NAME_FLAGS[w] & 25
                and w not in _APPOSITION_NOUNS
                and w not in _TITLE_LIKE
                and not w.endswith("ته")
                and (w[2:] if w[:2] == "ال" else w) not in lx.ORGANIZATION_HEADS
                and w not in lx.DOCUMENT_HEADS
                and w not in lx.ANONYMOUS_HEADS
                and w not in _PLACE_HEADS
            )

        def art(m: int) -> bool:
            return toks[m][:2] == "ال" and toks[m] not in _ARTICLE_FIRST_NAMES

        if not plain(c - 1) and not (
            # "اتهم سامي القاضي، رئيس المفوضية، …": a family name that is a
            # title word with the article, after a first name
            c >= 3
            and toks[c - 1][:2] == "ال"
            and toks[c - 1] in _TITLE_LIKE
            and toks[c - 1] not in _HONORIFICS_OR_RANKS
            and not _feminine_title(toks[c - 1])
            and plain(c - 2)
            and not art(c - 2)
            and toks[i] in lx.TITLES
        ):
            return None
        if art(c - 1):
            # "محمد الشلوي", "أبو أحمد الشامي": a first name without the article
            if not plain(c - 2):
                return None
            start = c - 2
            if art(c - 2):
                # "عبد الحميد الفرشيشي", "نور الدين العبيدي": a compound
                # first name, its second word with the article
                if not (
                    c >= 3
                    and (toks[c - 3] in _NAME_PATRONS or toks[c - 2] in _COMPOUND_SECOND)
                    and plain(c - 3)
                    and not art(c - 3)
                ):
                    return None
                start = c - 3
            if (
                start > 0
                and toks[start - 1] in _NAME_PATRONS
                and sent[start - 1] == sid
                and not in_quote[start - 1]
            ):
                start -= 1
        elif c >= 3 and plain(c - 2) and art(c - 2) and plain(c - 3) and not art(c - 3):
            start = c - 3  # "فاطمة الزهراء بلقاسم", "عبد القادر مزيان"
        else:
            # one or two words without the article, right after a
            # preposition, a comma, the sentence's start or a verb of the
            # writer's ("التقينا سفيان،", "مع سفيان،")
            start = -1
            for s in (c - 2, c - 1):
                if s < c - 1 and not (plain(s) and not art(s)):
                    continue
                b = toks[s - 1] if s > 0 else "."
                if (
                    s == 0
                    or sent[s - 1] != sid
                    or b in _COMMAS
                    or b in _NAME_PREPOSITIONS
                    or (len(b) >= 5 and b.endswith("نا") and is_word[s - 1])
                    # "عقد البرتغالي X Y؛ المدير الفني للنادي،": a definite
                    # nisba of nationality, the person's, before the name
                    or (
                        s == c - 2
                        and len(b) >= 6
                        and b[:2] == "ال"
                        and b[-1] == "ي"
                        and is_word[s - 1]
                        and not in_quote[s - 1]
                    )
                ):
                    start = s
                    break
            if start < 0:
                return None
        if start > 0 and toks[start - 1] in _CUE_WORDS:
            return None  # the cue's own subject, read with it
        if not self.name_like(start, c):
            return None
        if self.holder_named_last(i, e):
            # "X Y، القائم بالأعمال الأمريكي في الخرطوم Z W،": the post's
            # own holder, named last, is another person
            return None
        doc = self.doc
        g = _F if t[-1] == "ه" or t == "ام" else _M
        r = e
        if not _COUNTERPARTS_OR_RIVALS.isdisjoint(toks[i + 1 : e]):
            # "هنأ X، مدرب النادي Y نظيره Z على فوزه،": "his counterpart",
            # "his rival" after the post is another person, the verb's
            # object; the role ends before it (dev31r)
            r = e = next(m for m in range(i + 1, e) if toks[m] in _COUNTERPARTS_OR_RIVALS)
        for m in range(i + 2, e - 1):
            if self.object_after_post(m):
                r = m  # (the role ends there)
                break
        if (m := self.about_after_post(c - 1, i, r)) > 0:
            r = m  # ("تحدث X، المدير الفني لمنتخب Z عن المباراة …،")
        ent = _Entity(
            doc.orig(doc.starts[start], doc.ends[c - 1]),
            PERSON,
            doc.orig(doc.starts[i], doc.ends[r - 1]),
            g,
            _SG,
            doc.starts[start],
            sid,
            _key(" ".join(toks[start:c])),
        )
        return ent, e

    def verb_ends_post(self, m: int) -> bool:
        """Token ``m``, inside a post set off after a name's comma, is the
        name's own verb, the post's closing comma left out: a verb of news
        or of saying after a definite word ("X، رئيس النادي الأهلي التقى
        …") or after a body's head and its bare name ("X، مؤسس موقع Y نشر
        …"). Not after an indefinite noun, which a verb describes with no
        relative pronoun ("X، صاحب مقهى أعاد فتحه،")."""
        toks = self.doc.toks
        t = toks[m]
        if not (
            (_NEWS_VERB[t] and t[0] not in "يت")
            or ((hit := _cue_of(t)) is not None and hit.kind == lx.VERB)
        ):
            return False
        w = toks[m - 1]
        if w[:2] == "ال":
            return _NP_KIND[w] == 2 or _NP_KIND[w] == 4  # (not "الذي")
        h = toks[m - 2]
        return (
            (h in lx.ORGANIZATION_HEADS or h in lx.OUTLET_HEADS)
            and h[:2] != "ال"
            and _NP_KIND[w] == 1
        )

    def about_after_post(self, k: int, p: int, end: int) -> int:
        """The عن of the verb before the name ending at token ``k`` ("تحدث",
        "كشف", "أعرب": up to four words back) inside the post read from
        token ``p`` after the name's comma, before ``end``, or 0: "تحدث X Y،
        المدير الفني لمنتخب Z عن المباراة" (not "النائب عن …", "المسؤول عن
        …": عن after a title that takes it, nor a body's purpose "للدفاع عن
        …", nor "صادر عن")."""
        toks = self.doc.toks
        is_word = self.is_word
        j = k - 1
        while j >= 0 and k - j <= 5 and is_word[j]:
            t = toks[j]
            if (t[1:] if len(t) > 3 and t[0] in "وف" else t) in _TAKES_ABOUT:
                break
            j -= 1
        else:
            return 0
        if j < 0 or not is_word[j] or k - j > 5:
            return 0
        m = p + 1
        while m < end and is_word[m]:
            if (
                toks[m] == "عن"
                and toks[m - 1] not in _TITLES_ABOUT
                and toks[m - 1][:2] != "لل"
                and toks[m - 1] not in _ISSUED
            ):
                return m
            m += 1
        return 0

    def object_after_post(self, k: int) -> bool:
        """Token ``k`` of a post set off after a name's comma opens the
        verb's object: "X، رئيس مجلس النواب محاولات بعض أعضاء المجلس،
        الحديث" (the writer's comma before the verb's complement): an
        indefinite plural in ات (no title, body or name word, nothing glued
        before it) right after the post's definite genitive (no title nor
        nisba), with words after it."""
        toks = self.doc.toks
        t = toks[k]
        return (
            t[-2:] == "ات"
            and len(t) > 4
            and t[0] not in "البوفك"
            and (w := toks[k - 1])[:2] == "ال"
            # (not after a title or a nisba, which a name may follow:
            # "مستشار الرئيس عرفات للشؤون الأمنية")
            and _NP_KIND[w] == 2
            and w[-1] != "ي"
            and self.is_word[k + 1]
            # (the object's own genitive follows: a word with the article, a
            # title or a quantifier, "تصريحات بعض النواب", "قرارات الحكومة",
            # "تصريحات وزير الخارجية"; a plain word may be the rest of a
            # name, "نجل الراحل عرفات حسن", "زوجة الأسير جرادات محمود")
            and (
                (u := toks[k + 1])[:2] == "ال"
                or u in _QUANTIFIERS
                or u in lx.QUANTIFIERS
                or _NP_KIND[u] in (3, 4)
            )
            and not self.in_quote[k]
            and t not in lx.TITLES
            and t not in lx.ORGANIZATION_HEADS
            and not self.known_name_word(t)
        )

    def titled_object_at(self, i: int, limit: int) -> bool:
        """Token ``i``, a definite post, opens a titled object: a name after
        it (a first word with no article, then at most two words, one with
        the article only last) that the clause ends after (a comma, a
        preposition or a word glued to لـ/بـ, أنّ, a mark, the line's end):
        "النائب X Y، وقال", "النائب X لمقاطعته"."""
        toks = self.doc.toks
        is_word = self.is_word
        j = i + 1
        if (
            j >= limit
            or not is_word[j]
            or self.in_quote[j]
            or (_NP_KIND[toks[j]] != 1 and toks[j] not in _TITLE_GIVEN_NAMES)
            # (an honorific cut short: "النائب د. X")
            or len(toks[j]) < 2
            or toks[j] in lx.HONORIFICS
        ):
            return False
        j += 1
        while j < limit and j - i <= 3 and is_word[j] and not self.in_quote[j]:
            w = toks[j]
            kind = _NP_KIND[w]
            if kind not in (1, 2) or w in _DEFINITE_OBJECTS:
                # ("ووصف المحلل السياسي X Y الخطوة بأنها", "وانتقد الكاتب
                # الصحفي X Y الحكومة،": the verb's object after the name,
                # never a family name, so the second post and the name are
                # the subject's; rev33)
                break
            j += 1
            if kind == 2:
                break
        if j >= limit:
            return True
        w = toks[j]
        return (
            self.closes_subject(j)
            or w in _NAME_END_PREPOSITIONS
            # ("بالكذب", "بمناسبة"; not "بطء الإنجاز", the object)
            or w[:3] == "بال"
            or _glued_to_ba(w)
        )

    def closes_subject(self, b: int) -> bool:
        """Token ``b``, right after a subject's phrase, ends it as the verb's
        clause goes on: a comma, أنّ/إنّ, a mark or a colon, an addressee
        glued to لـ, an adjunct (في، خلال …)."""
        t = self.doc.toks[b]
        return (
            t in _COMMAS_OR_COLON
            or t in _THAT
            or t in QUOTE_MARKS
            or t in _ADJUNCT_OPENERS
            or t[0] == "ل"
            or t == "."
        )

    def second_post_end(self, b: int) -> int:
        """The end of a second post joined by و at token ``b``, right after a
        post told after a name ("الفريق أول ركن X Y القائد العام للجيش ورئيس
        مجلس الأمن، …"), when it names no holder of its own and the
        subject's clause goes on after it (a comma, a colon, أنّ, a mark, an
        adjunct): the name's second post (dev33r); else ``b``."""
        toks = self.doc.toks
        if b + 1 >= self.n or (w := toks[b])[:1] != "و" or self.in_quote[b]:
            return b
        if (w[3:] if w[1:3] == "ال" else w[1:]) not in lx.TITLES or w in _COUNTERPARTS_OR_RIVALS:
            # ("رئيس الوزراء ونظيره التركي", "وزميله وزير الداخلية": his
            # counterpart or colleague, another person; mend33c)
            return b
        e, ra, rb = self.scan_np(b + 1, self.n, None, titled=True)
        if (
            ra != rb
            or e <= b + 1
            or e - b > 8
            or e >= self.n
            or not (self.closes_subject(e) or self.complement_after_subject(e))
        ):
            return b
        if _named_person(self.classify(b, e, e, e, None)):
            return b  # ("ورئيس الحكومة X Y": another person, named)
        return e

    def platform_named_at(self, b: int) -> bool:
        """Whether "على" and a social platform's name (or منصة) follow at
        token ``b`` ("… على تويتر", "على منصة إكس")."""
        toks = self.doc.toks
        return b + 1 < self.n and toks[b] == "علي" and toks[b + 1] in _PLATFORM_NAMES

    def cue_then_day(self, a: int) -> bool:
        """A comma before token ``a`` ends the day told right after a verb
        of saying ("اعتبرت اليوم الاثنين 3 أفريل 2023، X"): the phrase at
        ``a`` is the verb's subject as if right after it."""
        toks = self.doc.toks
        k = a - 1
        if k < 2 or toks[k] not in _COMMAS:
            return False
        k -= 1
        dates = self.date_token_index
        while k > 0 and a - k < 8 and (k in dates or toks[k] in _DEICTIC_DAYS):
            k -= 1
        return k < a - 2 and toks[k] in _CUE_WORDS

    def complement_after_subject(self, b: int) -> bool:
        """Token ``b``, right after a phrase read outside speech, opens the
        complement of the verb before it, glued to بـ or after على/عن/إلى, or
        a comma sets it off: the phrase is the verb's subject, whole."""
        t = self.doc.toks[b]
        if t in _COMMAS:
            b += 1
            if b >= self.n:
                return False
            t = self.doc.toks[b]
        return (t[0] == "ب" and len(t) > 3 and t[1] != "ا") or t in _VERB_PREPOSITIONS

    def post_body_end(self, p: int, b: int) -> int:
        """The end of the post told at tokens ``[p, b)`` with the body it is
        held in after في, when the post is bare, a title and its adjectives
        with no genitive ("X Y الأمين العام المساعد في الحزب الديمقراطي
        التقدمي لـ…", "X Y عضو في اللجنة المركزية"): the body completes it
        (the phrase, and the role, ended at في); else ``b``."""
        toks = self.doc.toks
        n = self.n
        if b + 2 < n and toks[b] == "عن" and b - p >= 2:
            # "X Y عضو هيئة الدفاع عن الموقوفين في قضية «…» أنّ": the
            # complement of a post with its genitive, read up to the verb's
            # that-clause (nothing else comes between)
            e = self.complement_to_that(b + 1)
            return e if e > b + 1 else b
        if b + 2 > n or toks[b] != "في" or b - p > 3:
            return b
        w = toks[b + 1]
        if w not in _POST_PLACES and w[2:] not in _POST_PLACES:
            return b
        art = _articles(self.doc, p, b)
        if not (art[0] and all(art)) and not (b - p == 1 and not art[0]):
            # ("رئيس لجنة المالية في البرلمان": a post with its genitive is
            # whole, في then the place where it is said)
            return b
        is_word = self.is_word
        e = b + 2
        while (
            e < n
            and e - b < 8
            and is_word[e]
            and toks[e] not in lx.NP_STOP
            and toks[e] not in _THAT
            and toks[e] != "ل"
            and _cue_of(toks[e]) is None
        ):
            e += 1
        return e

    def post_end(self, p: int, b: int) -> int:
        """post_body_end, the post told after a name at token ``p`` cut
        before a word glued to بـ that tells how or when the verb's subject
        acted ("X Y مدرب الحراس بنادي الوحدة باعتذار رسمي", "بحضور …",
        "بمنح الثقة"): the verb's complement, never the post's (classify
        reads the post alone so)."""
        e = self.post_body_end(p, b)
        toks = self.doc.toks
        for m in range(p + 2, e if e < b else b):
            w = toks[m]
            if (
                w[:1] == "ب"
                # (not where the post is held: "بمحافظة", a place's head
                # and a verbal noun's shape)
                and w[1:] not in _POST_OR_TEAM_HEADS
                and (_glued_to_ba(w) or (m + 1 < self.n and _ba_bare_masdar(w, toks[m + 1])))
            ):
                return m
        return e

    def complement_to_that(self, j: int) -> int:
        """The أنّ/إنّ that ends the words from token ``j``, or -1: plain
        words, prepositions of a complement (في، من، على) and names in marks,
        no comma, date, verb of saying, occasion (مؤتمر، خلال …), relative
        pronoun or addressee, at most twelve tokens."""
        toks = self.doc.toks
        is_word, in_quote, dates = self.is_word, self.in_quote, self.date_token_index
        n = self.n
        e = j
        while e < n and e - j < 12:
            t = toks[e]
            if t in _THAT:
                return e if e > j else -1
            if t in QUOTE_MARKS:
                m = self.closing_mark(e, n, 8)
                if m < e + 2:
                    return -1
                e = m + 1
                continue
            if (
                not is_word[e]
                or in_quote[e]
                or e in dates
                or (t in lx.NP_STOP and t not in _COMPLEMENT_PREPOSITIONS)
                or t in lx.EVENT_NOUNS
                or t[:2] == "لل"
                or _cue_of(t) is not None
            ):
                return -1
            e += 1
        return -1

    def post_names_another(self, p: int, b: int) -> bool:
        """The post told at token ``p`` (its phrase ending before ``b``) ends
        in the name of its own holder: a name after a definite word or a
        country, which completes the post ("رئيس الوزراء Z Q", "سفير فرنسا
        Z Q"), not one the post goes on with as its genitive ("مدرب منتخب
        ترينداد وتوباجو", "لفريق وادي دجلة")."""
        if b - p < 3:
            return False
        toks = self.doc.toks
        if (
            toks[p + 1] in _GENITIVE_PERSON_HONORIFICS
            and toks[p][:2] != "ال"
            and toks[p] in lx.TITLES
            and self.name_like(p + 2, b)
        ):
            # "محامي الدكتور Z Q": the honoured one named (classify reads
            # the whole as one unnamed description)
            return True
        title = self.classify(p, b, b, b, None)
        if not _named_person(title):
            return False
        named = normalize(title.surface).split()
        n = len(named)
        m = next((m for m in range(p + 1, b) if toks[m : m + n] == named), -1)
        if m < 0 or toks[m][0] in "ول" or not self.name_like(m, m + n):
            # (not a name: "ووزير النقل", a post joined to the first;
            # "لمنتخبنا للشباب", the post's complement)
            return False
        w = toks[m - 1]
        return (
            w[:2] == "ال"
            or _NP_KIND[w] == 4
            or w in _COUNTRIES
            # "رئيس المجلس المحلي في مدينة درعا Z Q": where the post is
            # held, then a given name: the holder (dev31r)
            or (toks[m] in _GIVEN_NAMES and "في" in toks[p + 1 : m - 1])
        )

    def holder_after_place(self, b: int) -> bool:
        """Token ``b``, right after a post read after a name, is في, then
        where the post is held (one or two words, a hashtag's # passed over)
        and the name of its own holder, two or three words closed by a comma
        or the sentence's end ("وانتقد X الزعيم الروحي للطائفة في السويداء Z
        Q، قائلا"): the post is that other person's, the verb's object. The
        name follows a definite word or a country, or opens with a given
        name (dev31r)."""
        toks = self.doc.toks
        n = self.n
        if b + 4 >= n or toks[b] != "في":
            return False
        is_word, in_quote = self.is_word, self.in_quote
        j = b + 1
        if toks[j] == "#":
            j += 1
        for m in (j + 1, j + 2):
            if m + 2 >= n:
                return False
            if any(
                not is_word[x] or in_quote[x] or toks[x] in lx.NP_STOP or _IS_TITLE_HEAD[toks[x]]
                for x in range(j, m)
            ):
                return False
            first = toks[m]
            if (
                not is_word[m]
                # ("في حي محمد الخامس": a place named after a person, an
                # address; mend31a)
                or toks[m - 1] in _NAMED_PLACES
                or first[:2] == "ال"
                or _IS_TITLE_HEAD[first]
                or first in lx.NP_STOP
                or not ((w := toks[m - 1])[:2] == "ال" or w in _COUNTRIES or first in _GIVEN_NAMES)
            ):
                continue
            for e in (m + 2, m + 3):
                if e < n and (toks[e] in _COMMAS or toks[e] == "." or self.sent[e] != self.sent[b]):
                    if all(is_word[x] and not in_quote[x] for x in range(m, e)) and self.name_like(
                        m, e
                    ):
                        return True
                    break
        return False

    def genitive_title_named(self, p: int, b: int) -> bool:
        """The post told at token ``p`` (its phrase ending before ``b``) has a
        second title in its genitive before the name that ends it ("الوزير
        المستشار لدى رئيس الحكومة Z Q", "مستشار الرئيس Z Q"), or an
        honorific or a rank ("محامي الشريف Z Q", "مستشار الدكتور Z Q"): the
        name is that title's holder's; the name may be followed by where the
        post is held ("سفير الملك Z Q لدى الأمم المتحدة")."""
        toks = self.doc.toks
        titles = lx.TITLES
        name_like = self.name_like
        for m in range(p + 1, b - 1):
            t = toks[m]
            if (
                (t[2:] if t[:2] == "ال" else t) not in titles
                and (
                    t not in _GENITIVE_HONORIFICS
                    # (an honorific only as the genitive of a word in construct:
                    # after a post complete with its definite genitive it opens
                    # the holder's name, "وزير الخارجية الدكتور Z Q")
                    or toks[m - 1][:2] == "ال"
                )
            ):
                continue
            if name_like(m + 1, b):
                return True
            for e in range(m + 2, b if b < m + 5 else m + 5):
                if toks[e] in _POST_HELD_AT and name_like(m + 1, e):
                    return True
        return False

    def clause_verb_before(self, i: int) -> int:
        """ "طلب X Y Z مدير …": the token of a word opening its clause (at the
        sentence's start or after a comma: the verb) followed by a name of
        two or three words that ends right before token ``i``, or -1."""
        toks = self.doc.toks
        s0 = self.sent_first[self.sent[i]]
        for v in (i - 4, i - 3):
            if v < s0:
                continue
            w = toks[v]
            if (
                # (or أنّ anywhere: "علمت … أن X Y رئيس فريق … دخل", the
                # that-clause's subject named with its post)
                (
                    w in _NAMED_THAT
                    # (or a noun of statement: "كشف X تصريحات Y Z لاعب
                    # الزمالك السابق", the name its owner's)
                    or w in _STATEMENT_NOUNS
                    or (
                        (v == s0 or toks[v - 1] in _COMMAS)
                        and _NP_KIND[w] == 0
                        and w not in lx.NP_STOP
                    )
                )
                and self.is_word[v]
                and not self.in_quote[v]
                and w not in _CUE_WORDS
                and not _NAME_FLAGS[toks[v + 1]]
                and toks[v + 1][:2] != "ال"
                and self.name_like(v + 1, i)
            ):
                return v
        return -1

    def holder_named_last(self, j: int, k: int) -> bool:
        """The post [j, k) opens with a title with the article and ends,
        after a definite word, in a name of two or three words (none with
        the article but a family name last): the post's own holder."""
        toks = self.doc.toks
        w = toks[j]
        if not "ال" <= w < "ام" or w[2:] not in lx.TITLES:
            return False
        art = _articles(self.doc, j, k)
        if not art[0]:
            return False
        for m in (k - 2, k - 3):
            if (
                m > j + 1
                and art[m - 1 - j]
                and not art[m - j]
                and not any(art[m + 1 - j : k - 1 - j])
                and toks[m] not in lx.NP_STOP
                # ("المدير السابق لمشروع الجزيرة": a word glued to لـ/بـ
                # opens no name but a given name's own letters: "بسام")
                and (toks[m][:1] not in "لب" or toks[m] in _GIVEN_NAMES)
                and all(
                    self.is_word[x]
                    and not self.in_quote[x]
                    # (no post or body of its own, bare or glued to لـ/بـ:
                    # "المستشار الدبلوماسي لرئيس الدولة")
                    and not _IS_TITLE_HEAD[t := toks[x]]
                    and t not in lx.ORGANIZATION_HEADS
                    and t not in _COUNTRIES
                    and not (
                        t[:1] in "لب" and (_IS_TITLE_HEAD[t[1:]] or t[1:] in lx.ORGANIZATION_HEADS)
                    )
                    for x in range(m, k)
                )
                and self.name_like(m, k)
            ):
                return True
        return False

    def names_second_person(self, j: int, k: int) -> bool:
        """The post opened at token ``j`` (its title, then its genitive with
        the article) ends, before token ``k``, in the name of a person of two
        or three words, the first without the article: the post is that
        person's."""
        toks = self.doc.toks
        m = k - 2 if k - 3 <= j + 1 or toks[k - 4][:2] != "ال" else k - 3
        return (
            m > j + 1
            and toks[m - 1][:2] == "ال"
            and toks[m][:2] != "ال"
            and toks[m] not in lx.TITLES
            and all(self.is_word[x] and not self.in_quote[x] for x in range(m, k))
            and self.name_like(m, k)
        )

    def named_in_commas(self, a: int, ra: int, rb: int, kind_role: str, g: str) -> _Entity | None:
        """ "ولي أمر من حي …، عبد المنعم إدريس،", "موظف في البلدية، X،": an
        unnamed description (the phrase from token ``a``), then the person's
        name set off by commas, tokens [ra, rb)."""
        toks = self.doc.toks
        if not 2 <= rb - ra <= 4 or toks[rb - 1] in _THEN:
            return None
        t0 = toks[ra]
        if (
            (t0[:2] == "ال" and t0 not in _ARTICLE_FIRST_NAMES)
            or t0 in lx.TITLES
            or t0 in lx.HONORIFICS
            or _IS_TITLE_HEAD[t0]
            or not self.name_like(ra, rb)
        ):
            return None
        doc = self.doc
        return _Entity(
            doc.orig(doc.starts[ra], doc.ends[rb - 1]),
            PERSON,
            kind_role,
            g,
            _SG,
            self.doc.starts[a],
            self.sent[a],
            _key(" ".join(toks[ra:rb])),
        )

    def definite_title_before(self, a: int, i: int, titled: bool) -> bool:
        """Tokens [a, i) (after the title at a - 1 when ``titled``) are a
        definite title with no name: a title with the article ("الوزير",
        "المطران السابق") or a title in construct with a definite genitive
        ("وزير الصحة"), no indefinite source ("مسؤول في الوزارة")."""
        toks = self.doc.toks
        h = a - 1 if titled else a
        if h < 0 or h >= i or not _IS_TITLE_HEAD[toks[h]]:
            return False
        if toks[h][:2] == "ال":
            return True
        return toks[h] not in lx.ANONYMOUS_HEADS and h + 1 < i and toks[h + 1][:2] == "ال"

    def warns(self, a: int, cue: lx.Cue | None) -> bool:
        """The phrase at token ``a`` is the subject of a verb of warning
        (words._WARN_OF), the cue itself or, read outside speech, the verb
        right before it."""
        if cue is None:
            cue = _cue_of(self.doc.toks[a - 1]) if a > 0 else None
            if cue is None or cue.kind != lx.VERB:
                return False
        return cue.lemma in _WARN_OF

    def from_a_body(self, k: int) -> bool:
        """Token ``k``, after من, opens a body, a place or a post, with or
        without the article ("من كتلة", "من الوزارة", "من مستشفى")."""
        toks = self.doc.toks
        w = toks[k]
        bare = w[2:] if w[:2] == "ال" else w
        return (
            w in _BODY_OR_PLACE_HEADS
            or bare in _BODY_OR_PLACE_HEADS
            or bare in lx.TITLES
            or w in lx.TITLES
            or w in _PLACE_FIRST_WORDS
            # "الناشط الجمعوي من تمنراست عبد القادر X": a town's name, then
            # the name of the one who comes from it
            or (
                w[:2] != "ال"
                and k + 2 < self.n
                and self.is_word[k + 1]
                and _opens_name(toks, k + 1, self.n)
            )
        )

    def second_post_named(
        self, a: int, b: int, ra: int, rb: int, cue: lx.Cue | None
    ) -> _Entity | None:
        """The person named after a second post in commas, tokens [ra, rb),
        that follows the post with no name [a, b) ("نائب رئيس الحزب، رئيس
        الكتلة النيابية، X Y،", "…، قائد الأركان، الفريق X Y إن", "…،
        ونائب رئيس الوزراء، X Y،", the second joined by و): one
        person holds both, his role the two posts; None when no name follows
        the second post up to a comma."""
        toks = self.doc.toks
        if not (
            toks[ra - 1] in _COMMAS
            and (_IS_TITLE_HEAD[toks[ra]] or (toks[ra][:1] == "و" and _IS_TITLE_HEAD[toks[ra][1:]]))
            and rb + 1 < self.n
            and toks[rb] in _COMMAS
            # (not "رئيس الوزراء، ووزير الدفاع، ورئيس الأركان،": a third
            # post after the second, bare or joined by و, a list of
            # officials, no name of one holder; a rank or an honorific
            # opens the name, "، اللواء X Y،"; read28a)
            and (not _IS_TITLE_HEAD[nxt := toks[rb + 1]] or nxt in _HONORIFICS_OR_RANKS)
            and not (nxt[:1] == "و" and _IS_TITLE_HEAD[nxt[1:]])
        ):
            return None
        if toks[ra][:1] == "و":
            # (read from after the joined title, as a phrase whose title
            # was read apart: scan_np opens no phrase on و)
            b2, ra2, rb2 = self.scan_np(ra + 1, self.n, cue, titled=True)
        else:
            b2, ra2, rb2 = self.scan_np(ra, self.n, cue)
        if b2 != rb or ra2 != rb + 1 or rb2 <= ra2 or not self.name_like(ra2, rb2):
            return None
        inner = self.phrase_entity(ra, b2, ra2, rb2, cue)
        if not _named_person(inner) or not inner.role:
            return None
        doc = self.doc
        first = doc.orig(doc.starts[a], doc.ends[b - 1])
        if first not in inner.role:
            inner.role = f"{first}، {inner.role}"
        return inner

    def lineage_name_end(self, h: int, k: int, limit: int) -> int:
        """The end of a name set off after a title's comma, read from token
        ``h`` up to ``k`` (five words) with no comma after it, when links of
        its lineage make it longer and a comma closes it within five words
        not counting them, as name_like counts a name ("، الشيخ X بن عبد Y
        آل Z،"; dev25r); ``k`` otherwise (not "، X ولد Y قرار الحكومة،": the
        verb's object after the name)."""
        toks = self.doc.toks
        links = sum(map(_NAME_LINKS.__contains__, toks[h:k]))
        if not links:
            return k
        m = k
        while m < limit and m - h - links < 5 and self.is_word[m] and not self.in_quote[m]:
            t = toks[m]
            if t in lx.NP_STOP or t in _THAT or _cue_of(t):
                return k
            links += t in _NAME_LINKS
            m += 1
        if m >= limit or toks[m] not in _COMMAS or not self.name_like(h, m):
            return k
        for x in range(h + 2, m - 1):
            w = toks[x]
            if (
                toks[x - 1][:2] == "ال"
                and toks[x - 1] not in _NAME_LINKS
                and w[:2] != "ال"
                and w[:1] != "و"
                and w not in _NAME_LINKS
                and not _IS_TITLE_HEAD[w]
                and toks[x + 1][:2] == "ال"
            ):
                return k  # (a bare noun in construct after the name: its object)
        return m

    def honoured_name(self, ra: int, rb: int) -> bool:
        """The apposition ``[ra, rb)`` is an honorific and a name of two words
        or more ("، المهندس عماد العمايرة،")."""
        toks = self.doc.toks
        return (
            toks[ra] in lx.HONORIFICS
            and rb - ra >= 3
            and not _IS_TITLE_HEAD[toks[ra + 1]]
            and not toks[ra + 1].startswith("ال")
            # (not "المؤرخ X، الأستاذ بجامعة منوبة،": the teacher at a
            # place, a role, as in name_like)
            and not (toks[ra + 1][:1] in "بل" and toks[ra + 1][1:] in _POST_PLACES)
        )

    def name_like(self, j: int, k: int, called: bool = False) -> bool:
        """Tokens [j, k) set off by commas after a role could be a person's
        name: up to four words, none a date, a digit, an addressee or
        complement glued to لـ/بـ, an adverbial ("متحدثا", "ضاحكا") or a
        noun with a possessive suffix (``called``: the name after ويدعى,
        where a first علي is the name Ali, not على); the links of a lineage
        are not counted ("X بن Y آل Z")."""
        toks = self.doc.toks
        if k - j > 4 and _too_many_name_words(toks[j:k]):
            return False
        for m in range(j, k):
            t = toks[m]
            if (
                # ("X، من رابطة …،": no name)
                (
                    t in _NP_SPECIAL
                    and (t != "علي" or (m == j and not called))
                    # (nor a first time noun that is also a first name, a
                    # name word after it: "رئيس المجلس “صباح X”")
                    and not (called and m == j and m + 1 < k and t in _NAME_TIME_NOUNS)
                )
                or m in self.date_token_index
                or t.isdigit()
                or t.startswith(("لل", "بال"))
                # "الأستاذ بجامعة منوبة": where the post is held, bare (a
                # body or a place in construct, glued to بـ/لـ), is no name
                or (t[:1] in "بل" and t[1:] in _POST_PLACES)
                or _NAME_FLAGS[t] & 9
                or (t[-1] == "ا" and t[:-1] in _TITLE_LIKE)
                or t in _MANNER  # ("، بصوت متهدج:": how, not who)
                # ("X، فضل حجب اسمه،", "طلب إخفاء هويته": the name withheld,
                # none given; rev34)
                or t in _IDENTITY_OBJECTS
                # ("X، وجه انتقادا حادا، إلى …": a verb and its object in
                # the accusative, no name word ends so)
                or (m > j and _masdar_accusative(t))
            ):
                return False
        return True

    def cut_first_party(self, ent: _Entity, a: int, b: int, cue: lx.Cue | None) -> None:
        """ "بين وزير الخارجية ورئيس البرلمان X", "التقى السفير الأمريكي
        ورئيسة الحزب X": two posts joined by و before one name are two
        parties, not one person's two posts ("نائب رئيس الوزراء ووزير
        الخارجية X"), after بين or when the second post is feminine after a
        masculine one; the name's role is the second post."""
        words = _NORMALIZED[ent.role].split()
        m = next(
            (
                k
                for k in range(1, len(words))
                if words[k][0] == "و"
                and _IS_TITLE_HEAD[words[k][1:]]
                # (not a nisba agreeing with the noun before: "الباحث في
                # الشؤون الأمنية والعسكرية X")
                and words[k][-1] != "ي"
                and words[k][-2:] != "يه"
            ),
            0,
        )
        if not m:
            return
        toks = self.doc.toks
        before = toks[a - 1]
        first, second = words[0], words[m][1:]
        if before not in _BAYNA and (first[-1] == "ه" or second[-1] != "ه"):
            # (a feminine post then a masculine one may be one woman's:
            # "وزيرة الدولة ووزير الإعلام X")
            return
        if before not in _BAYNA and cue is not None and cue.gender == lx.F:
            # (a feminine verb has one woman for its subject, the masculine
            # post hers too: "وقالت عضو مجلس النواب ورئيسة لجنة التضامن X")
            return
        said = ent.role.split()
        if len(said) == len(words):
            ent.role = " ".join(said[m:])[1:]

    def met_group(self, a: int, b: int, cue: lx.Cue) -> _Entity:
        """The group of people met, tokens [a, b) after a meeting's host
        (words.met_group_head at ``a``), as the subject of the plural verb
        ``cue`` (mend26b)."""
        doc = self.doc
        return _entity(
            doc.orig(doc.starts[a], doc.ends[b - 1]),
            GROUP,
            None,
            _F if cue.gender == _F else _M,
            _PL,
            doc.starts[a],
            self.sent[a],
            False,
        )

    def speech_owner(self, a: int) -> _Entity | None:
        """(classify) Who gave the speech that "الكلمة" or "الخطاب" at ``a``
        names: the last speech told of in its sentence or the three before,
        outside quotes, its giver after "ألقاها" ("كلمة ألقاها الوزير X")
        or the subject between "ألقى" and it ("ألقى الوزير X كلمة", "كان
        الوزير X قد ألقى كلمة"); a person or a body, else None."""
        toks = self.doc.toks
        lo = self.sent_first[max(0, self.sent[a] - 3)]
        k = a - 1
        while k >= lo and (toks[k] not in _SPEECHES_TOLD or self.in_quote[k]):
            k -= 1
        if k < lo:
            return None
        t = toks[a]
        for m in range(lo + 1, a):
            if toks[m] == t and toks[m - 1] in _GIVEN_NAMES and not self.in_quote[m]:
                # ("وقال النائب عمر الخطاب إن «…». وأضاف الخطاب أن": the
                # family name met in the window, after a given name, is the
                # one meant, not the speech; mend30a)
                return None
        if k + 2 < self.n and toks[k + 1] in _GAVE_IT:
            s, e = k + 2, self.n
        else:
            v = k - 1
            while v >= max(lo, k - 8) and toks[v] not in _GAVE_SPEECH:
                v -= 1
            if v < max(lo, k - 8):
                return None
            s, e = v + 1, k
            if s == e:
                # ("وكان الوزير X قد ألقى كلمة": the subject before قد)
                if v < 2 or toks[v - 1] != "قد":
                    return None
                j = v - 2
                while j >= max(lo, v - 8) and toks[j] not in _WAS_THEN:
                    j -= 1
                if j < max(lo, v - 8):
                    return None
                s, e = j + 1, v - 1
        if s >= e or self.in_quote[s]:
            return None
        b, ra, rb = self.scan_np(s, e, None)
        if b <= s:
            return None
        giver = self.classify(s, b, ra, rb, None)
        if giver is None or giver.kind not in (PERSON, ORGANIZATION):
            return None
        return giver

    def classify(
        self, a: int, b: int, ra: int, rb: int, cue: lx.Cue | None, lam: bool = False
    ) -> _Entity | None:
        """Turn tokens [a, b) (+ apposition [ra, rb)) into a speaker, if the
        head of the phrase read can name one at all (one check for every
        cue's subject and every mention)."""
        toks = self.doc.toks
        # (one lookup: most phrases open with a word none of the readings
        # below may start with, a name; they are skipped at once)
        if b > a and _CLASSIFY_SPECIAL[toks[a]]:
            if b - a == 1 and toks[a] in _SPEECHES_THE:
                # "ألقى الوزير X كلمة …. ومما جاء في الكلمة «…»": the speech
                # told of before is its giver's, who speaks (the noun was
                # read as a family name, and the giver's name ran on to it)
                giver = self.speech_owner(a)
                if giver is not None:
                    return giver
            if b > a and _POSSESSED_TITLE_PLURAL[toks[a]]:
                # "فيقول مسؤولوها للسفارة:", "وقال ممثلوه إن": a title's sound
                # plural with a possessive pronoun, "its officials", is a group
                # of them, no one named, and never the one met before with that
                # title in the singular
                return _entity(
                    self.doc.orig(self.doc.starts[a], self.doc.ends[a]),
                    GROUP,
                    None,
                    _M,
                    _PL,
                    self.doc.starts[a],
                    self.sent[a],
                    False,
                )
            if b - a >= 3 and toks[a] in _OUTLET_HEADS:
                # "نشر موقع X برقيات القنصلية …، مؤكدا", "كشفت صحيفة X وثائق
                # جديدة، وقالت": after the outlet's name, documents with no
                # article are the verb's object, no word of the name (dev20s)
                for k in range(a + 2, b):
                    if toks[k] in _BARE_DOCUMENTS:
                        b = ra = rb = k
                        break
            if (
                b - a >= 3
                and a
                and toks[a - 1] in _VISITED_BY
                and toks[a][:2] == "ال"
                and _IS_TITLE_HEAD[toks[a]]
                and (toks[a + 1] in _OUTLET_HEADS or toks[a + 1] in lx.ORGANIZATION_HEADS)
            ):
                # "وزار الوزير قناة الجزيرة، وقال": after a verb of visiting, a
                # bare outlet or body right after a title with the article (no
                # genitive of it) is the verb's object, no name (kw33b)
                b = ra = rb = a + 1
            if (
                b - a >= 3
                and a
                and toks[a - 1] in _BODY_OBJECT_VERBS
                and _IS_TITLE_HEAD[toks[a]]
                and toks[a + 1][:2] == "ال"
                and (
                    toks[a][:2] != "ال"
                    # (a title with the article and its adjective, "الوزير الأول
                    # المعارضة"; not a body's word, "النائبة المعارضة الحكومة")
                    or (
                        toks[a + 1] not in lx.ORGANIZATION_HEADS
                        and toks[a + 1] not in _BODY_PLURALS
                    )
                )
            ):
                # "انتقد رئيس الوزراء المعارضة، الأحد، وقال": after a verb of
                # taking a stance, a body with the article past the title's
                # definite genitive is the verb's object, no word of the post
                # (not "القوات المعارضة": an adjective after a plural in ات);
                # also after accusing or meeting, a plural of bodies, and past a
                # title's adjective ("اتهم الوزير الأول النقابات بـ…"; kw27b)
                k = a + 2
                if toks[k - 1][-2:] == "ات" and toks[k][:2] == "ال" and k + 1 < b:
                    # ("انتقد قائد القوات المعارضة الحكومة": past the plural's
                    # adjective, a body with the article is the object; kw37b)
                    k += 1
                else:
                    # ("انتقد رئيس الهيئة الوطنية الحكومة": past the
                    # genitive's nisbas; kw37b)
                    k = _past_nisbas(toks, k, b - 1)
                if (
                    (toks[k] in lx.ORGANIZATION_HEADS or toks[k] in _BODY_PLURALS)
                    and toks[k][:2] == "ال"
                    and (k > a + 2 or toks[k - 1][-2:] != "ات")
                ):
                    b = ra = rb = k
            if (
                b - a >= 4
                and a
                and toks[a + 1] == "باسم"
                and toks[a - 1] in _BODY_OBJECT_VERBS
                and _IS_TITLE_HEAD[toks[a]]
                and toks[a + 2][:2] == "ال"
                and toks[a + 2][-2:] != "ات"
                # (past the body's nisba adjectives: "باسم الوكالة الكينية")
                and (j := _past_nisbas(toks, a + 3, b - 1)) < b
                and ((k := toks[j]) in lx.ORGANIZATION_HEADS or k in _BODY_PLURALS)
                and k[:2] == "ال"
            ):
                # "هاجم الناطق باسم الرئاسة المعارضة، وقال", "انتقد المتحدث
                # باسم الوكالة الكينية البرلمان": past a spokesman's باسم and
                # the body he speaks for (and its nisbas), a body with the
                # article is the verb's object, as past a title's genitive
                # above (not "القوات المعارضة": an adjective after a plural
                # in ات)
                b = ra = rb = j
            if (
                b - a >= 2
                and a
                and toks[a - 1] in _MEETING_VERBS
                and _IS_TITLE_HEAD[toks[a]]
                and (k := _words_module.title_span_end(toks, a, b)) < b
                and _words_module.met_group_at(toks, a, k)
            ):
                # "والتقى الوزير ممثلي الأحزاب", "واستقبل الرئيس أعضاء الفريق":
                # after a verb of meeting, a group of people in construct past
                # the subject's title (with the article, or bare and its
                # genitive, and the adjectives of a title: "الوزير الأول",
                # "وزير الداخلية"; mend26b) is the one met, no name of his
                # (kw28; the group was read as his name, and "وقال لهم" then
                # gave it the words)
                if cue is not None and cue.number in (_PL, lx.DU) and self.is_word[k]:
                    # "… ممثلي النقابات الذين قالوا", "…، وقالوا له": a plural
                    # verb agrees with the group met, not with the host
                    # (mend26b; the host took the verb's number)
                    return self.met_group(k, b, cue)
                b = ra = rb = k
            if (
                b - a == 4
                and a
                and toks[a - 1] in _MEETING_OBJECT_VERBS
                and toks[a][:2] != "ال"
                and _IS_TITLE_HEAD[toks[a]]
                and toks[a + 1][:2] == "ال"
                and _IS_TITLE_HEAD[toks[a + 2]]
                and toks[a + 3][:2] == "ال"
            ):
                # "التقى وزير الدفاع قائد الجيش، أمس، وقال", "التقى رئيس
                # الجمهورية السفير الأمريكي": after a verb of meeting, a second
                # post past the title's definite genitive, with its own genitive
                # or adjective and no name, is the one met (not "ولي العهد رئيس
                # مجلس الوزراء الأمير X", one holder's chained posts; kw27b)
                b = ra = rb = a + 2
            if (
                b - a == 3
                and a
                and toks[a - 1] in _MEETING_OBJECT_VERBS
                and _IS_TITLE_HEAD[toks[a]]
                and toks[a][:2] == "ال"
                and toks[a][2:] in lx.TITLES
                and toks[a] not in _TITLES_BEFORE_NAME
                and toks[a] not in _HONORIFICS_OR_RANKS
                and toks[a + 1][:2] != "ال"
                and _IS_TITLE_HEAD[toks[a + 1]]
                and toks[a + 2][:2] == "ال"
                and b < self.n
                and toks[b] in _COMMAS
            ):
                # "والتقى المحافظ رئيسة الجمعية، وقالت له", "والتقى الوزير قائد
                # الجيش، وقال": after a verb of meeting, a post in construct
                # right after the host's bare definite title is the one met,
                # the verb's object, no apposition of the title (not a rank
                # or a title said before a name: "الفريق قائد الجيش"; kw36b)
                b = ra = rb = a + 1
            if (
                b - a >= 4
                and a
                and toks[a - 1] in _MEETING_OBJECT_VERBS
                and _IS_TITLE_HEAD[toks[a]]
                and (
                    (toks[a][:2] == "ال" and toks[a][2:] in lx.TITLES)
                    # (or a bare title and its definite genitive: "واستقبل
                    # رئيس الجمهورية سفيرة فرنسا X Y، وقالت له"; kw39)
                    or (toks[a] in lx.TITLES and toks[a + 1][:2] == "ال")
                )
                and toks[a] not in _TITLES_BEFORE_NAME
                and toks[a] not in _HONORIFICS_OR_RANKS
                and (k := _words_module.title_span_end(toks, a, b)) + 2 < b
                and (
                    (
                        toks[k][:2] != "ال"
                        and _IS_TITLE_HEAD[toks[k]]
                        # (its genitive definite, or a country: "سفيرة فرنسا")
                        and (toks[k + 1][:2] == "ال" or toks[k + 1] in _COUNTRIES)
                    )
                    or (
                        toks[k] in _TITLES_BEFORE_NAME
                        and toks[k] not in _words_module._MILITARY_RANKS
                    )
                )
                and _named_person(met := self.classify(k, b, ra, rb, None))
                # (of the other gender than the host's title: no holder's
                # chained posts, "والتقى الوزير رئيس الجمعية X Y" as before)
                and (host := self.classify(a, k, k, k, None)) is not None
                and host.gender != met.gender
            ):
                # "والتقى المحافظ رئيسة الجمعية منى خليل، وقالت له",
                # "واستقبلت الوزيرة السفير الأمريكي X Y": after a verb of
                # meeting, a post in construct or a title said before a name
                # right after the host's definite title, then a name of the
                # other gender, is the one met, named; the host's title lends
                # no word of the role (mend35d; as kw36b's cut above with no
                # name)
                b = ra = rb = k
            if (
                b - a >= 2
                and a
                and toks[a - 1] in _MEETING_VERBS
                and toks[a][:2] == "ال"
                and _IS_TITLE_HEAD[toks[a]]
                and toks[a][2:] not in lx.ANONYMOUS_HEADS
                and _words_module.met_with_bi(toks[a + 1])
            ):
                # "واجتمع الوزير بلجنة تنظيم البطولة، وقال", "والتقى المحافظ
                # بوفد من التجار": after a verb of meeting, a body or a group
                # glued to بـ right after the subject's definite title is the
                # one met, no post he holds there (not "العضو بلجنة
                # الخارجية" after another verb; kw36b)
                b = ra = rb = a + 1
            if (
                4 <= b - a <= 6
                and _IS_TITLE_HEAD[toks[a]]
                and toks[a + 2] in _CLERICAL_RANKS
                and self.cleric_met(a, b)
            ):
                # "واستقبل رئيس الجمهورية المطران X Y، وقال", "والتقى وزير
                # الخارجية الأب X Y.": after a verb of receiving or meeting, a
                # cleric by his rank and name past the title's definite genitive,
                # nothing after him but the clause's end, is the one met, the
                # verb's object; the post is the host, who speaks after (not
                # "واستقبل رئيس الجامعة الأب X Y وفدا …": an object follows, the
                # rank is the host's own; kw36b)
                b = ra = rb = a + 2
            if (
                b > a
                and toks[a] in _ALL_OF
                and cue is not None
                and cue.lemma in _CALL_ON
                and a
                and toks[a - 1][-1] != "ت"
            ):
                # "كما دعا كافة وسائل الإعلام إلى «…»", "وحث جميع الأطراف على":
                # "all" after a masculine verb of calling or urging heads the
                # ones called, its object; the verb's subject is elided and the
                # speaker before goes on (not "ودعت كافة الفصائل إلى": the
                # feminine verb agrees with "all the factions", its subject)
                return None
            if (
                b - a >= 3
                and toks[a] in _AUTHORED_POSTS
                and (
                    (k := a + 1 if toks[a + 1][:1] == "ل" else a + 2) == a + 1
                    # (one indefinite adjective between: "تدوينة مثيرة لX Y")
                    or (toks[a + 1][:2] != "ال" and toks[a + 1].isalpha())
                )
                and k < b - 1
                and (w := toks[k])[:1] == "ل"
                and w[:2] not in ("ال", "لل")
                and _named_person(inner := self.classify(k, b, ra, rb, cue, True))
            ):
                # "«…»، حسب تدوينة لX Y": a post, an article or a recording is
                # its author's, named glued to لـ (before, "تدوينة لX Y" was
                # read as one person's name)
                return inner
            if b - a >= 4 and _IS_TITLE_HEAD[toks[a]]:
                # "وقال الوكيل العام بها القاضي X Y": the place of the post told
                # by a preposition and its pronoun ("به", "بها"), then the
                # holder's name; before, the pronoun was read as his name
                for i in range(a + 1, min(b - 2, a + 5)):
                    if toks[i] in _RESUMPTIVE_SKIP:
                        p = toks[i - 1]
                        if i - 1 > a and p[:3] == "الم" and not _IS_TITLE_HEAD[p]:
                            break  # a participle's complement: "غير المعترف بها"
                        inner = self.classify(i + 1, b, ra, rb, cue, lam)
                        if _named_person(inner) and " " in inner.key:
                            inner.role = self.doc.orig(self.doc.starts[a], self.doc.ends[i - 1])
                            return inner
                        break
                    if not self.is_word[i]:
                        break
            if (
                b - a >= 4
                and _IS_TITLE_HEAD[toks[a]]
                and not _KNOWN_AS_PARTICIPLES.isdisjoint(toks[a + 1 : a + 4])
            ):
                # "الفنان الشهير باسم X Y", "المدرب المعروف بلقب الجنرال X Y": the
                # name after what he is known as (by a name, or a one-word
                # nickname and then a given name) is the person's, the title
                # before it his role, no known-as word in it (kw28; the role
                # kept "الشهير باسم", "المعروف بلقب")
                for i in range(a + 1, min(b - 2, a + 4)):
                    if toks[i] not in _KNOWN_AS_PARTICIPLES:
                        if not self.is_word[i]:
                            break
                        continue
                    if toks[i + 1] == "باسم":
                        # (past "باسم مستعار", a pen name, to the name itself: the
                        # note no word of it; rev29)
                        k = i + 3 if toks[i + 2] in _ALIAS_NOTE and i + 3 < b else i + 2
                    elif _nickname_then_name(toks, i, b):
                        k = i + 3
                    else:
                        break
                    inner = self.classify(k, b, ra, rb, cue, lam)
                    if _named_person(inner) and " " in inner.key:
                        inner.role = self.doc.orig(self.doc.starts[a], self.doc.ends[i - 1])
                        return inner
                    break
            if b - a >= 4 and toks[a] in _STAR and _star_of(toks[a + 1], 2):
                # "وقال نجم المنتخب X Y", "نجمة الزمالك السابقة X Y": a star of a
                # team before a full name is his description, as after it (the
                # team's adjectives with the article in between); before, "نجم
                # المنتخب" was read as a name (dev15b; not "نجم الدين X")
                # (after a team's head in construct, its genitive: "نجم منتخب
                # بلاده X Y")
                k = a + 2 if toks[a + 1][:2] == "ال" else a + 3
                while k < b - 2 and toks[k][:2] == "ال" and self.is_word[k]:
                    k += 1
                if self.is_word[k] and toks[k][:2] != "ال":
                    inner = self.classify(k, b, ra, rb, cue, lam)
                    if _named_person(inner) and inner.role is None and " " in inner.key:
                        inner.role = self.doc.orig(self.doc.starts[a], self.doc.ends[k - 1])
                        return inner
            if b - a == 1 and _base(toks[a]) in _RELATIVES:
                # "بلاغ …، والذي عبر من خلاله المغرب عن …": a relative pronoun
                # alone names nobody (its antecedent is read elsewhere, if at all)
                return None
            if (
                b - a >= 2
                and toks[a] in lx.DOCUMENT_SERIES
                and toks[a + 1] in lx.DOCUMENT_HEADS
                and toks[a + 1][:2] != "ال"
            ):
                # "وكشفت سلسلة برقيات أرسلتها السفارة X أن": a series of
                # documents is the documents, with their sender when told (it
                # was read as a person's name)
                return self.classify(a + 1, b, ra, rb, cue, lam)
            if b - a >= 2 and toks[a] in _GROUNDS and toks[a + 1] in lx.DOCUMENT_HEADS:
                # "وجاء في نص الوثيقة:", "ويقول نص البيان إن": the text (or the
                # grounds) of a document is the document, with its author if it
                # names one, no person "نص"
                return self.classify(a + 1, b, ra, rb, cue, lam)
            if (
                b - a >= 3
                and toks[a] == "خطاب"
                and toks[a + 1][-1] == "ي"
                and _IS_TITLE_HEAD[toks[a + 1]]
                and (p := _document_participle(toks, a + 2, self.n, feminine=False)) > 0
            ):
                # "وجاء في خطاب دبلوماسي سري موجه إلى الوزارة أن": a letter,
                # its nisba with no article and its participle agreeing with
                # it, is a diplomatic letter that speaks, no man named خطاب
                # with the post "دبلوماسي سري موجه" (as "مذكرة دبلوماسية …
                # مرسلة من", kw30)
                while toks[p - 1] in _COMMAS:
                    p -= 1
                doc = self.doc
                return _entity(
                    doc.orig(doc.starts[a], doc.ends[p - 1]),
                    DOCUMENT,
                    None,
                    _M,
                    _SG,
                    doc.starts[a],
                    self.sent[a],
                    False,
                )
            if b - a >= 3 and (
                toks[a] in _SPEECH_NOUN_HEADS
                or (toks[a] in _SPEECH_NAME_HEADS and _IS_TITLE_HEAD[toks[a + 1]])
            ):
                # "وجاءت دعوة رئيس النقابة X للإضراب بالقول": a verbal noun of
                # speech in construct, no finite verb of its own; the person in
                # its genitive is who speaks
                inner = self.classify(a + 1, b, ra, rb, cue, lam)
                if _named_person(inner):
                    return inner
                if _IS_TITLE_HEAD[toks[a + 1]]:
                    # "ما جاء في كلمة رئيس الرابطة الوطنية للدفاع عن حقوق
                    # الإنسان X": the titled person read again from the title,
                    # as after a verb (read from the noun, the phrase stopped at
                    # عن, before the name)
                    b2, ra2, rb2 = self.scan_np(a + 1, self.n, cue)
                    if b2 > b:
                        inner = self.classify(a + 1, b2, ra2, rb2, cue, lam)
                        if _named_person(inner):
                            return inner
            if (
                b - a == 2
                and toks[a] in _SPEECH_NOUN_HEADS
                and toks[a + 1][:2] == "ال"
                and _IS_TITLE_HEAD[toks[a + 1]]
                and (inner := self.classify(a + 1, b, ra, rb, cue, lam)) is not None
                and inner.kind == PERSON
                and inner.role
            ):
                # "وجاء تأكيد الوزير على أن «…»": the verbal noun of speech with
                # a bare title in construct is the titled person's (the noun
                # was read as his name)
                return inner
            if (
                b - a >= 3
                and toks[a] in _AUTHORED_DOCUMENTS
                and _IS_TITLE_HEAD[toks[a + 1]]
                # (not "مذكرة دبلوماسية سرية مرسلة من …": a feminine
                # document's own adjective with no article, agreeing with it,
                # no woman diplomat in construct whose name would be the next
                # participle; kw30)
                # (nor "تقرير دبلوماسي سري، مرسل من السفارة،": a masculine
                # one's nisba in ي and its participle; mend28c)
                and not (
                    (
                        toks[a + 1] in lx.DOCUMENT_ADJECTIVES
                        if toks[a][-1] == "ه"
                        else toks[a + 1][-1] == "ي"
                    )
                    and _document_participle(toks, a + 2, self.n, toks[a][-1] == "ه")
                )
                and (inner := self.writer_in_construct(a)) is not None
            ):
                # "جاء في برقية السفير الأمريكي X Y أن": a document in construct
                # with its titled, named writer is his (as "برقية أرسلها X"); it
                # read "برقية السفير الأمريكي", the name lost
                return inner
            if (
                b - a >= 4
                and _IS_TITLE_HEAD[toks[a]]
                # (the title, its definite genitive or adjectives, then "in it")
                and (p := _index_in(toks, a + 1, min(b - 2, a + 4), _IN_IT, b)) < b
                and all(w[:2] == "ال" for w in map(toks.__getitem__, range(a + 1, p)))
                and _named_person(inner := self.phrase_entity(p + 1, b, ra, rb, cue, lam))
                and inner.role is None
            ):
                # "وقال القيادي فيها X Y" after "حركة حماس": his post in the body
                # named before ("القيادي في حركة حماس"), the name after it; with
                # no body found, the post as written ("رئيس القسم فيها X Y")
                doc = self.doc
                body = self.possessor_body(p, toks[p][-2:] == "ها")
                if body is not None:
                    inner.role = f"{doc.orig(doc.starts[a], doc.ends[p - 1])} في {body.surface}"
                else:
                    inner.role = doc.orig(doc.starts[a], doc.ends[p])
                return inner
        if (
            a < b
            and toks[a] in _SPOKESPEOPLE
            and (m := self.in_its_name(a, b + 2 if b + 2 < self.n else self.n)) > 0
        ):
            # "المتحدث باسمها X", "وقال المتحدث باسمه:" (no name "باسمة"; the
            # phrase read may stop before the suffixed word)
            ent = self.phrase_entity(a, m if m >= b - 1 else b, ra, rb, cue, lam)
            if ent is not None and ent.kind == PERSON:
                self.spoken_for(ent, a, m)
        else:
            ent = self.phrase_entity(a, b, ra, rb, cue, lam)
        if ent is None:
            return ent
        if (
            ra < rb
            and (
                ent.kind == ANONYMOUS
                # "وقال القائد العام لشرطة المدينة، الفريق ركن، X Y، إن": a
                # definite post with no name, then a rank alone in commas,
                # read as the post's holder; the name after the rank holds
                # both (before, the rank alone was his role)
                or (
                    ent.kind == PERSON
                    and not _named_person(ent)
                    and toks[ra] in _MILITARY_RANKS
                    and all(
                        map(_RANK_QUALIFIERS.__contains__, map(toks.__getitem__, range(ra + 1, rb)))
                    )
                )
                # "أكد وزير الداخلية، ونائب رئيس الوزراء، اللواء X Y، أن": a
                # second post joined by و in commas, read as the name of the
                # first post's holder; the name after it holds both
                or (ent.kind == PERSON and toks[ra][:1] == "و" and _IS_TITLE_HEAD[toks[ra][1:]])
            )
            and (held := self.second_post_named(a, b, ra, rb, cue)) is not None
        ):
            # "قال نائب وزير الدفاع، قائد القوات البرية، اللواء X Y إن": a
            # post read as an unnamed source's (نائب، مساعد …), a second post
            # in commas, then the name of the one who holds both (a post of
            # another head, "وزير الدولة، وزير …، X،", is taken up by the
            # name after it as it was: test_phenomena_dev13a)
            return held
        if (
            ra < rb
            and ent.kind == PERSON
            and toks[ra][:1] == "و"
            and _IS_TITLE_HEAD[toks[ra][1:]]
            and (alone := self.phrase_entity(a, b, b, b, cue, lam)) is not None
        ):
            # "وقال رئيس الوزراء، ووزير الدفاع، ورئيس الأركان، إن": a post
            # joined by و in commas, with no name of one holder after it, is
            # another official's post, never the first one's name (read28a)
            return alone
        if ent.kind == PERSON and toks[a] in _ALL_OF and not ent.role and b - a >= 2:
            # "وحذر جميع المتحدثين من «…»": "all" before a plural heads a
            # group, no one's name; in the plural, a singular participle
            # after it ("…، مضيفا: «…»") is not theirs but the speaker's
            # before
            return _entity(ent.surface, GROUP, None, _M, _PL, ent.pos, ent.sentence, False)
        if (
            ent.kind == PERSON
            and not ent.role
            and b - a >= 2
            and (
                toks[a] in _SINGULAR_OF
                # (a title's sound plural in construct, its ن dropped:
                # "ممثلو النقابة", "موظفو الشركة")
                or (toks[a][-1:] == "و" and toks[a][:-1] in lx.TITLES)
            )
            and toks[a + 1][:2] == "ال"
        ):
            # "وقال قادة الفصائل إن", "ونفى مشايخ الطائفة …، مؤكدين": a
            # broken plural of persons by their standing, in construct with
            # a definite genitive, is a group of them, no one's name, which
            # a plural verb or participle after it takes up (kw18a)
            return _entity(ent.surface, GROUP, None, _M, _PL, ent.pos, ent.sentence, False)
        if (
            ent.kind == PERSON
            and not ent.role
            and b - a >= 2
            and (w := toks[a])[-2:] == "ات"
            and (w in _WOMEN_PLURALS or w[:-2] in _PERSON_SINGULARS or _IS_TITLE_HEAD[w[:-2] + "ه"])
            and toks[a + 1][:2] == "ال"
        ):
            # "وقالت أمهات المعتقلين", "وأكدت طالبات الجامعة أن": women in
            # the plural, in construct with a definite genitive, are a group
            # of them, as "قادة الفصائل" is
            return _entity(ent.surface, GROUP, None, _F, _PL, ent.pos, ent.sentence, False)
        if (
            toks[a] in _FOUNDATION
            and (ent.kind == PERSON or ent.kind == ANONYMOUS)
            and 3 <= b - a <= 4
            and _NP_KIND[toks[a + 1]] == 1
            and toks[a + 1] not in _BODY_OR_PLACE_HEADS
            and toks[a + 1] not in lx.OUTLET_HEADS
        ):
            # "وقالت مؤسسة سمير قصير": a foundation named after a person (a
            # founder, "مؤسِّسة", is one of something, her genitive before her
            # name: "مؤسسة الجمعية سلمى X"), not a person with the title
            doc = self.doc
            return _entity(
                doc.orig(doc.starts[a], doc.ends[b - 1]),
                ORGANIZATION,
                None,
                _F,
                _SG,
                doc.starts[a],
                self.sent[a],
                False,
            )
        if (
            b - a == 2
            and ent.kind == PERSON
            and not ent.role
            and (w := toks[a + 1])[:2] == "ال"
            and w[2:].isdigit()
            and (toks[a][2:] in _COUNTED_PLURALS or toks[a][-2:] in ("ون", "ين"))
        ):
            # "وقال النواب الـ18 في بيان": people in the plural counted by a
            # number in figures after the article are a group, as "18 نائبا"
            # is (subject_of's counted_group)
            return _entity(ent.surface, GROUP, None, _M, _PL, ent.pos, ent.sentence, False)
        if (
            ent.role
            and ent.kind == PERSON
            and ent.surface.isascii()
            and (k := _index_in(toks, a + 1, b, (ent.key.split(" ", 1)[0],), b)) < b
            and self.url_at(k)
        ):
            # "المؤتمر الصحافي لوزير الزراعة pic.twitter.com/…": a link
            # after the title, no name; the title alone
            return self.classify(a, k, k, k, cue, lam)
        if (
            ent.kind == ORGANIZATION
            and b - a >= 2
            and ra == rb
            and (m := self.body_name_end(a, b)) < b
            and (short := self.phrase_entity(a, m, m, m, cue, lam)) is not None
            and short.kind == ORGANIZATION
        ):
            # "استنكرت بلدية نابلس الاعتداء", "أصدرت شركة أرامكو نتائجها":
            # the body, then the verb's object
            ent = short
        if ent.role is not None and " و" in ent.role and ent.kind == PERSON and a > 0:
            self.cut_first_party(ent, a, b, cue)
        if toks[a] in _TITLE_FIRST_NAMES and 2 <= b - a <= 3 and not _named_person(ent):
            # "وقال أمير عبدو:" after "المدير الفني …، أمير عبدو،": the title
            # that is also a first name opens the name of the person named so
            key = _key(" ".join(toks[a:b]))
            for p in self._persons:
                if p.key == key:
                    return p
            if (
                b - a == 2
                and ent.kind == PERSON
                and ent.key == "title:" + toks[a]
                and (w := toks[a + 1])[:2] == "ال"
                and w[-1] == "ي"
                and len(w) >= 5
                and w not in _COUNTRIES
                and w not in _PLACE_HEADS
                and w not in _TITLE_LIKE
            ):
                # "قال سلطان العمري إن", "أكد سلطان العمري، رئيس نادي
                # الشباب، أن": the title word without the article before
                # one word with it in -ي (the shape of a family name, no
                # genitive of a ruler: "سلطان عمان", "أمير الكويت") is the
                # first name of a person so named, his post in commas after
                ent.key = _key(" ".join(toks[a:b]))
                if ent.role == ent.surface:
                    ent.role = None
        folded = _NORMALIZED[ent.surface]
        head0 = folded.split(" ", 1)[0]  # (its first word, read by many tests below)
        if (
            ent.role is None
            and ent.kind == PERSON
            and folded == head0
            and b > a + 1
            and toks[a] == head0
            and self.is_word[a + 1]
            and _masdar_head(head0, toks[a + 1])
        ):
            # "واعتبر توجيه قواتهم ضربات للعدو بأنه …، وذكر": a bare verbal
            # noun read alone as a name, its genitive cut off, heads the
            # verb's object, as with its genitive (_implausible_head); the
            # subject is elided (dev36s)
            return None
        if (
            ent.role is None
            and ent.kind == PERSON
            and (head := head0)[-2:] == "ته"
            and len(head) >= 4
            and head[:2] != "ال"
            and head[:-2] + "ه" not in _PP_NOUNS
            and not _kin_stem(head[:-2])
            and (k := _index_in(toks, a, b, (head,), b)) < b
            and self.ha_ending(k)
        ):
            # "وأكد ثقته في قدرة تونس بقوله:", "وجدد رفضه …": a feminine noun
            # with the pronoun "his" (a true ه in the text, not the ة of
            # "شحاتة") is the verb's object, never its subject ("تها"/"تهم"
            # are read so in _implausible_head); "قالت ابنته", "عائلته",
            # "حكومته" speak
            return None
        if (
            cue is not None
            and cue.kind == lx.PREPOSITION
            and b - a == 1
            and a >= 2
            and toks[a - 1] in _MANNER_PREPOSITIONS
            and self.is_word[a - 2]
            and not self.in_quote[a - 2]
            and ent.kind == PERSON
            and ent.role is None
            and _owner_stem(folded) is not None
            and not self.known_name_word(toks[a])
            and (folded[-1] != "ه" or self.ha_ending(a))
            # (a person a relative clause tells of: "حسب عبده، الذي قال")
            and not (b + 1 < self.n and toks[b] in _COMMAS and toks[b + 1] in _RELATIVES)
        ):
            # "يتصرف حسب ذوقه", "تسير وفق رغبتهم", "يحكم بحسب تقديرها": a
            # noun with a possessive pronoun alone after حسب/وفق inside its
            # clause, right after the verb or its object, is how, no source
            # (one opening its clause names one: "وبحسب والده، فإن",
            # "وحسب منافسه فإن")
            return None
        if (
            ent.kind == PERSON
            and ent.role is None
            and folded[:2] == "ال"
            and (head := head0)[-2:] == "ات"
            and len(head) >= 7
            # (but a plural of persons or bodies the lexicon knows speaks:
            # "تؤكد القيادات الأمنية", "السلطات")
            and head[2:] not in _FEMININE_PLURAL_SOURCES
            and head[2:] not in lx.ANONYMOUS_HEADS
            and head not in lx.ORGANIZATION_HEADS
            and not _IS_TITLE_HEAD[head]
            # (not the family name of a person named before in full: "وقال
            # النعيمات" after "يزن النعيمات")
            and not self.known_name_word(head)
        ):
            # "إن التحقيقات تشير إلى أن", "نسب الوفيات الناجمة": a definite
            # plural in ات with no title is a thing, never a person named
            if (
                cue is not None
                # (or a participle that takes the clause's subject up:
                # "وتظاهرت الطالبات، مؤكدات أن")
                and (cue.kind == lx.VERB or cue.kind == lx.PARTICIPLE)
                and (
                    _IS_TITLE_HEAD[head[2:-2] + "ه"]
                    # ("وقالت الأمهات", "وأكدت العاملات": women by kin or
                    # standing, whose singular is no title)
                    or head[2:] in _WOMEN_PLURALS
                    or head[2:-2] in _PERSON_SINGULARS
                    or (
                        head[:3] == "الم"
                        and _lemma_key(cue) in _SAYING
                        # (a thing in م-ات that a report "says": "وتقول
                        # المعلومات إن", "وأضافت المعطيات المتوفرة أن")
                        and head[2:] not in _THINGS_IN_M
                    )
                )
            ):
                # "وقالت الطالبات «…»", "وقالت المحتجات": but the plural of
                # women a title names (طالبة، معلمة), or of a participle in
                # م- (محتجة) that "said", is the verb's subject, a group
                return _entity(ent.surface, GROUP, None, _F, _PL, ent.pos, ent.sentence, False)
            return None
        if ent.kind == PERSON and ent.role is None and head0 in _THING_PLURALS:
            # "إن الأدلة تشير إلى أن", "وتؤكد الأرقام أن": a broken plural of
            # things with no title is a thing, as a plural in ات is, never a
            # person named (the words go to whoever tells of it)
            return None
        if (
            ent.role
            and ent.kind == PERSON
            and (words := folded.split(" ", 2))[1:2]
            and words[1][:1] in QUOTE_MARKS
            and not self.known_name_word(words[0])
        ):
            # "وصف الرئيس السابق قيادة «حماس» بأنها": a word right before a
            # body's name in marks is a noun in construct with it (the verb's
            # object), no person's name; the title before it speaks
            k = _index_in(self.doc.toks, a + 1, b, (words[0],), b)
            if k < b and k + 1 < b and self.doc.toks[k + 1] in QUOTE_MARKS:
                return self.classify(a, k, k, k, cue, lam)
        if (
            ent.role
            and ent.kind == PERSON
            and ((head := head0) in _COUNTRIES or _PURPOSE_VERB[head])
        ):
            # "حذر وزير الخارجية المصري إسرائيل من", "تدخلت رئيسة البلدية
            # لتعلن أن": a country after a title is the verb's object, لـ and
            # a present verb its purpose, never the holder's name; the title
            # before it speaks
            k = _index_in(toks, a + 1, b, (head,), b)
            return self.classify(a, k, k, k, cue, lam) if k < b else None
        if (
            b - a >= 3
            and ent.kind == PERSON
            and "ال" <= toks[a] < "ام"
            and toks[a][-1] != "ه"
            and toks[a] in lx.TITLES
        ):
            # "وانتقد السفير الأميركي في الرباط المسؤولين المغاربة، قائلا":
            # a masculine title with its article takes no genitive, so a
            # definite feminine or plural word after a definite word that it
            # cannot qualify (no agreement) opens the verb's object; the
            # title ends before it
            # (before a name, only a plural in the title and only after an
            # adjective in ي or a family name: "وهنأ الرئيس الحريري المواطنين
            # بحلول العيد" read the object and the occasion as the name,
            # where "الباحث في الشؤون المغاربية X" and "لنقابة عمال الموانئ
            # الكويتية X" are one title)
            named = not "title:" <= ent.key < "title;"
            # (a woman's title in the masculine, its adjective agreeing with
            # her, after a feminine verb: "وأوضحت الأمين العامة لحزب X أن",
            # one post)
            her_adjective = cue is not None and cue.gender == lx.F
            marked = False  # (inside a body's name in marks)
            for k in range(
                a + 1,
                _index_in(toks, a + 1, b, (head0,), b - 1) + 1 if named else b,
            ):
                w = toks[k]
                if w in QUOTE_MARKS:
                    # "الأمين العام لـ«هيئة التنسيق الوطنية …»": the words
                    # of a body's name in marks agree among themselves, no
                    # object opens there (kw35)
                    marked = not marked
                    continue
                if marked or not "ال" <= w < "ام" or w in lx.TITLES:
                    continue
                if her_adjective and k == a + 1 and w in _POST_ADJECTIVES:
                    continue
                p = toks[k - 1]
                if not "ال" <= p < "ام" or (named and p[-1] != "ي"):
                    continue
                if (w[-1] == "ه" and p[-1] != "ه" and p[-2:] != "ات" and not named) or (
                    len(w) >= 7 and w[-2:] in ("ين", "ون") and p[-2:] not in ("ين", "ون")
                ):
                    return self.classify(a, k, k, k, cue, lam)
        if b - a == 1 and b < self.n and toks[b] in _RELATIVES and _broken_plural_alone(folded):
            # "وروت المراحل التي سبقت …": a broken plural مفاعل with the
            # article, alone after the verb and told of by a relative
            # clause, is its object (the things told); before أنّ the same
            # letters are a singular who speaks ("وقال المقاتل إن")
            return None
        if ent.kind == PERSON:
            # (the tests below all read a person's phrase: one test of the
            # kind for them)
            if (
                ent.role
                and not "title:" <= ent.key < "title;"
                and (head := head0)[-2:] in ("ها", "هم")
                and (stem := _owner_stem(head)) is not None
                and stem[-1] not in "يوت"
                and stem not in lx.TITLES
                and stem not in lx.ANONYMOUS_HEADS
                and not _kin_stem(stem)
                and (h := _index_in(toks, a + 1, b, (head,), b)) < b
                and not self.known_name_word(head)
                # (a verb of saying with no object has the phrase for its
                # subject: "وقال السيناتور غراهم إن", "وقال اللاعب رافينها:")
                and not (
                    cue is not None and cue.kind == lx.VERB and _lemma_key(cue) in _SAYING_NO_OBJECT
                )
            ):
                # "وشكرت الوزيرة ضيوفها", "وودع المدربون جمهورهم": a noun with
                # the pronoun of the title's holder is the verb's object, no
                # name; the title speaks
                return self.classify(a, h, h, h, cue, lam)
            if (
                "ل" <= (head := head0) < "م"
                and head[:2] != "ال"
                and len(head) > 3
                and self._persons
                and ent.key[:6] != "title:"
                # (the name read in the phrase: not the name of a person met
                # before that an indefinite post said again gives, "نائب رئيس
                # البلدية لدينا" then "وقال نائب رئيس البلدية", which read the
                # same phrase again and again)
                and (k := _index_in(toks, a, b, (head,), b)) < b
                and self.named_before_with_lam(folded)
            ):
                # "والتقى الرئيس X بالسفير Y Z. وقال الرئيس ليY Z «…»": the name
                # glued to لـ of a person met before is the one spoken to; the
                # title before it speaks, or, with none, the verb's subject is
                # elided
                return self.classify(a, k, k, k, cue, lam) if k > a else None
            if (
                ent.role
                and a
                and b < self.n
                and self.doc.toks[a - 1] in _GAVE
                and _glued_to_lam(self.doc.toks[b])
                and " " not in folded
                and self.doc.toks[b - 1] == folded
                and not self.known_name_word(folded)
                and _given_shape(folded)
                and not self.given_after(b + 1)
            ):
                # "وقدم الناطق باسم الحكومة نصيحة للموظفين قائلا": after a verb
                # of giving, one word between the title and the one given to
                # (لـ) is the thing given, no name; the title speaks (not "وقدم
                # الرئيس بوتفليقة للبرلمان مشروع القانون": the thing given after)
                return self.classify(a, b - 1, b - 1, b - 1, cue, lam)
            if ent.role and "ب" <= (head := head0) < "ة":
                k = _index_in(self.doc.toks, a + 1, b, (head,), b)
                if (
                    k < b
                    and self.doc.toks[k - 1] in _VERSED_IN
                    and (head.startswith("بال") or head[1:] in _VERSED_OBJECTS)
                ):
                    # "رئيس الحكومة العارفة بأمور الناس، قال": what a definite
                    # adjective of knowing or caring is versed in, glued to بـ,
                    # is its complement, no name; the title alone speaks
                    return self.classify(a, k, k, k, cue, lam)
            if (
                ra < rb
                and a
                and toks[a - 1] in _RECEIVED_GUEST
                and ent.role
                and _IS_TITLE_HEAD[toks[a]]
                and _IS_TITLE_HEAD[toks[ra]]
            ):
                # "واستقبل رئيس الحكومة، وزير الخارجية الفرنسي، وقال": after a
                # verb of receiving, a post set off by commas after a titled
                # subject is the guest received, its object, not the host's
                # post; the subject alone speaks
                return self.classify(a, b, b, b, cue, lam)
            if (
                ent.role
                and folded == "اول"
                and (h := _index_in(toks, a + 1, b, (head0,), b)) < b
                and h + 1 < self.n
                and toks[h + 1] in _AGO_DAYS
            ):
                # "وأضاف الفريق أول أمس أن": "أول أمس" after a bare title or
                # rank is the day before yesterday, no name; the title speaks
                return self.classify(a, h, h, h, cue, lam)
            if (
                ent.role
                and (head0 in _PLACES_VISITED or head0 in _INCIDENTS)
                and (h := _index_in(toks, a + 1, b, (head0,), b)) < b
                and h + 1 < self.n
                and self.is_word[h + 1]
                and not self.known_name_word(head0)
            ):
                # "وزار السفير مقر البرلمان، وقال", "وتفقد المحافظ موقع
                # الانفجار", "وزار الوزير معبر رفح": a noun of a place visited,
                # in construct, read as the name after a title is the verb's
                # object; the title speaks; so is an incident condemned or
                # mourned ("واستنكر رئيس الوزراء مجزرة السوق", "وأدان الوزير
                # اغتيال الصحفي")
                return self.classify(a, h, h, h, cue, lam)
            if (
                ent.role
                and " " not in folded
                and toks[a] == head0
                and a + 1 < b
                and toks[a + 1][:2] == "ال"
                and _IS_TITLE_HEAD[toks[a + 1]]
                and _masdar_head(head0, toks[a + 1])
                and not self.known_name_word(head0)
            ):
                # "وبرر غياب القائد عن الاجتماع بأن", "وانتقد رفض الوزير
                # للقرار": a verbal noun in construct with a title, read as a
                # name told before its post, is the verb's object; the verb's
                # subject is elided and the speaker before goes on
                return None
            if (
                ra < rb
                and ent.role
                and ent.role.count(" ") >= 3
                # (a bare definite title, then a name word: the only phrases read
                # again)
                and "ال" <= toks[a] < "ام"
                and _IS_TITLE_HEAD[toks[a]]
                and toks[a + 1][:2] != "ال"
                and _named_person(sub := self.classify(a, b, b, b, cue, lam))
                and sub.role
                # (a bare definite title, no post in construct with a named
                # person: "مستشار الرئيس X للشؤون الأمنية، Z W،" is Z W)
                and sub.role[:2] == "ال"
                and " " not in sub.role
                and (role := normalize(ent.role)).find(name := normalize(sub.surface)) > 0
                and not role.endswith(name)
            ):
                # "وشكر المحافظ X Y رئيس الحكومة، Z W،": a titled name, then a
                # post and a name in commas; the post is the verb's object and
                # the name its holder, the titled name before them the subject
                return sub
        cut = _implausible_word(folded)  # (cached: the same names recur)
        if cut >= 0 and self.name_in_ta_marbuta(a, b, folded, cut):
            cut = -1
        if cut >= 0 and _staff_of_embassy(toks, a, b):
            cut = -1  # "حراس الأمن للسفارة": the embassy's staff, no name read on
        if cut < 0 and not ent.role and ent.kind == PERSON and " ب" in folded:
            cut = self.owned_after_name(a, b, folded)
        if cut < 0 and ent.role and ent.kind == PERSON and "ته" in folded:
            cut = self.owned_feminine_at(a, b, folded)
        if (
            cut == 0
            and folded[:5] == "يعرب "
            and ent.role
            and self.yarub_named(_index_in(toks, a, b, ("يعرب",), b))
        ):
            cut = -1  # "وزير النقل يعرب بدر": the first name, no verb
        if cut < 0 and ent.role and ent.kind == PERSON:
            # (the tests below share these three: one test of them)
            if (
                folded.count(" ") == 1
                and head0[-1] == "ه"
                and head0[:2] != "ال"
                and folded[len(head0) + 1 :] in _OBJECT_ADJECTIVES_F
                and head0 not in _GIVEN_NAMES
                and (h := _index_in(toks, a + 1, b, (head0,), b)) < b
                # (not after a verb of saying: "وقال الوزير طلحة جديدة" is
                # the title's name)
                and not (a and _cue_of(toks[a - 1]) is not None)
            ):
                # "قدم الوزير خطة جديدة، وقال", "طرح المدير رؤية شاملة": an
                # indefinite feminine noun and a common adjective of the
                # things news verbs present, read as the name after a title,
                # is the verb's object; the title speaks (kw36). Only after
                # a title: "وقالت دراسة جديدة إن" is the speaker (mend34c)
                return self.classify(a, h, h, h, cue, lam)
            if (
                " " not in folded
                and (h := _index_in(toks, a + 1, b, (head0,), b)) < b
                and h + 1 < self.n
                and toks[h + 1][:2] == "ال"
                and _masdar_head(head0, toks[h + 1])
            ):
                # "وانتقد النائب أداء الحكومة، قائلا", "وانتقدت النائبة تجاهل
                # الوزارة …": a verbal noun read as the name after a title, its
                # definite genitive cut off (in the phrase or before it), is the
                # head of the verb's object (the test _implausible_head makes
                # when the genitive is still in the name); the title speaks
                return self.classify(a, h, h, h, cue, lam)
            if (
                _IFAAL_SHAPE[head0]
                and (h := _index_in(toks, a + 1, b, (head0,), b)) < b
                and h + 1 < self.n
                and self.doc.text[self.doc.omap(self.doc.starts[h])] == "إ"
                and not self.known_name_word(head0)
                # (a verb of saying with no object right before has the phrase
                # for its subject: "وقال المحلل إعجاز شودري إن", a name of that
                # shape)
                and not (
                    a
                    and (said := _cue_of(toks[a - 1])) is not None
                    and said.kind == lx.VERB
                    and _lemma_key(said) in _SAYING_NO_OBJECT
                )
            ):
                # "وأعلن الوزير إطلاق برنامج جديد، وقال", "وقرر القاضي إلغاء
                # الحكم": a verbal noun إفعال read as the name after a title is
                # the head of the verb's object; its hamza below, printed, tells
                # it from a broken plural أفعال ("أصحاب المولدات", which speak;
                # _masdar_head, on the folded text, cannot); the title speaks
                return self.classify(a, h, h, h, cue, lam)
            if (
                (
                    folded.count(" ") < 2
                    # ("أن الوزير دشن مستشفى جديدا": its object and adjective;
                    # "أن الوزير قص شريط الافتتاح": its object in construct)
                    or (
                        folded.count(" ") == 2
                        and (
                            (len(head0) == 3 and folded[-1] == "ا")
                            or folded.rsplit(" ", 1)[1][:2] == "ال"
                        )
                    )
                    # ("أن الرئيس قص الشريط لمعرض جديد، وقال": a definite
                    # object, then what the verb was done for, glued to لـ)
                    or (
                        folded.count(" ") in (2, 3)
                        and folded.split(" ", 2)[1][:2] == "ال"
                        and folded.split(" ", 3)[2][:1] == "ل"
                    )
                )
                and (h := _index_in(toks, a + 1, b, (head0,), b)) < b
                and self.verb_before_object(a, h)
            ):
                # "أن القاضي لفظ كلمة قال فيها": the one word read as the name
                # after the title, then the object of news verbs (read on into
                # the name or not), is the verb; the title speaks
                return self.classify(a, h, h, h, cue, lam)
            if (
                folded.count(" ") == 2
                and len(last := folded.rsplit(" ", 1)[1]) == 3
                and (h := _index_in(toks, a + 1, b, (last,), b)) < b
                and h >= a + 3
                and self.verb_before_object(a, h)
            ):
                # "أن الوزير X Y وجّه رسالة إلى …": a word of three letters read
                # as a third word of the name after the title that opens its
                # clause, then the object of news verbs, is the verb (no given
                # name nor a word of a name met); the title and the name speak
                return self.classify(a, h, h, h, cue, lam)
            if (
                b < self.n
                and " ل" in ent.role
                and self.said_at(b, self.n)
                and (k := self.source_told_at(a, b)) > 0
            ):
                # "وقال وزير الخارجية لمسؤول أمريكي إن", "وزير الخارجية
                # لدبلوماسي فرنسي: …": an unnamed source glued to لـ after the
                # post, its adjectives read as the name, is whom the words
                # were for; the post before it speaks (kw33)
                return self.classify(a, k, k, k, cue, lam)
            if "ل" <= head0 < "م" and self.told_after_title(a, b, head0):
                # "وزيرة الصحة لمديري المستشفيات: «…»", "وزير الخارجية لنظيره
                # الأمريكي:": the name read after the title is whom the words
                # were for; the title before it speaks
                k = _index_in(toks, a + 1, b, (head0,), b)
                return self.classify(a, k, k, k, cue, lam) if k < b else None
            if (
                b < self.n
                and toks[b] == ":"
                and "ل" in ent.role
                and (k := self.told_pair_at(a, b)) > 0
            ):
                # "وزير الداخلية لرامي X وسامر Y: «…»": two given names glued to
                # لـ and joined by و up to the label's colon were both told the
                # words (the second read as the speaker, the first in his
                # role); the post before them speaks
                return self.classify(a, k, k, k, cue, lam)
        if cut < 0:
            if not (ent.role and ent.kind == PERSON and head0 in _QUANTIFIER_HEADS):
                if (
                    ra < rb
                    or ent.kind != PERSON
                    or folded.count(" ") < 2
                    or not self._persons
                    # ("وقال X Y Z إن": the words said right after the
                    # phrase, the name read whole is a fuller spelling)
                    or self.said_at(b, self.n)
                ):
                    return ent
                cut = self.known_name_read_on(folded)
                if cut < 0:
                    return ent
            else:
                # "وذكر الوزير المتقاعد إحدى الحوادث مع …": a quantifier after
                # a title opens the verb's object, no name (a source alone,
                # "أحد المسؤولين", has no title before it)
                cut = 0
        if cut:
            if ent.kind != PERSON or ent.key[:6] == "title:":
                return ent
            # "كشف الرئيس X Y لأول مرة عن": a name read on into a word no
            # name holds ends before it
            toks = self.doc.toks
            head = head0
            k = _index_in(toks, a, b, (head,), b) + cut
            return self.classify(a, k, k, k, cue, lam) if k < b else ent
        if ent.role and head0 in _PP_PRONOUNS:
            return ent  # ("وقال المتحدث لهم": left to the title's reading)
        if (
            ent.role
            and ent.kind == PERSON
            and (
                _glued_to_lam(head := (words := folded.split(" ", 2))[0])
                or _glued_to_ba(head)
                or (len(words) > 1 and _ba_bare_masdar(head, words[1]))
                or _past_tafaala(head)
                or _imperfect_verb(head)
            )
        ):
            # "وزير الخارجية لـCNN: …" (a headline), "قال الوزير لقناة …":
            # the name read after the title is whom he spoke to; the title
            # before it speaks
            k = _index_in(self.doc.toks, a + 1, b, (head,), b)
            return self.classify(a, k, k, k, cue, lam) if k < b else None
        k = self.tok_at(ent.pos)
        if folded == "(" and ent.role:
            # "رئيس النادي الأستاذ ( X Y ) لبرنامج …": the name in brackets
            # after the title, the title its role
            toks = self.doc.toks
            k = _index_in(toks, a + 1, b, "(", b)
            j = _index_in(toks, k + 2, min(b, k + 7), ")", b)
            if j < b and self.name_like(k + 1, j):
                named = self.classify(k + 1, j, j, j, cue, lam)
                title = self.classify(a, k, k, k, cue, lam)
                if _named_person(named) and title is not None and title.role:
                    named.role = title.role
                    return named
            return None
        if ent.role and ent.kind == PERSON and ent.key[:6] != "title:" and not lam:
            # "أما النائب X فيحاكم بسبب قوله": the word read as the name
            # after the title is none (_implausible_head); the title and
            # what it read before that word speak, as when a later word of
            # the name is none (cut above); not a title read after لـ (the
            # one a relay names, whom the phrase may only address)
            h = _index_in(toks, a + 1, b, (head0,), b)
            if h < b:
                return self.classify(a, h, h, h, cue, lam)
            if b < ra < rb and toks[ra] == head0 and toks[b] == "،":
                # "نفى المتحدث باسم الجيش، سيطرة القوات على …": the word
                # read as the name set off after the title's comma opens
                # none, it is the verb's object; the title alone speaks
                return self.classify(a, b, b, b, cue, lam)
        if ent.role and a < k < b and self.doc.starts[k] == ent.pos:
            # "كشف الرئيس X Y لأول مرة عن" read as the title "الرئيس X Y"
            # and the name "لأول مرة": the phrase ends before the word that
            # cannot open a name; the title and the name before it speak
            return self.classify(a, k, k, k, cue, lam)
        return None

    def url_at(self, k: int) -> bool:
        """Token ``k`` opens a link: a dot glued to it, then a word glued to
        the dot ("pic.twitter.com", "www.x.com")."""
        doc = self.doc
        return (
            k + 2 < self.n
            and doc.toks[k + 1] == "."
            and doc.ends[k] == doc.starts[k + 1]
            and doc.ends[k + 1] == doc.starts[k + 2]
        )

    def name_spelt(self, words: list[str]) -> _Entity | None:
        """The person met before, with a post, whose name ``words`` (two to
        four, a title first) spell in full: "قائد سليم" after "الفريق قائد
        سليم", a name that opens with a title's word."""
        if not 2 <= len(words) <= 4 or not self._persons:
            return None
        spelt = _key(" ".join(words))
        for p in reversed(self._persons):
            if p.key == spelt and p.kind == PERSON and p.role:
                return p
        return None

    def phrase_entity(
        self,
        a: int,
        b: int,
        ra: int,
        rb: int,
        cue: lx.Cue | None,
        lam: bool = False,
        aged: bool = False,
    ) -> _Entity | None:
        """The speaker tokens [a, b) (+ apposition [ra, rb)) read as they come
        (``aged``: an age in brackets mid-phrase already seen)."""
        doc = self.doc
        toks = doc.toks
        if b <= a:
            return None
        if lam and toks[a] == "ل":
            # "بالنسبة لـ «…»", "وفقا لـ الوزارة": the ل written apart from
            # its noun (its tatweel folded away) is a token of its own; the
            # phrase is the words after it (their own ل a root letter)
            return self.phrase_entity(a + 1, b, ra, rb, cue)
        if (
            b - a >= 4
            and ra == rb
            and toks[b - 1] in _TENURE_AFTER_NAME
            and (ent := self.phrase_entity(a, b - 1, ra, rb, cue, lam)) is not None
            and ent.kind == PERSON
            and ent.role
            and not ent.key.startswith("title:")
            and len(ent.surface.split()) >= 2
            # (the name or the post right before it: not "وانتقد الوزير X Y
            # خطة الحكومة الجديدة", the adjective of the verb's object the
            # name was cut before; kw24)
            and toks[b - 2] in (_last_word(ent.surface), _last_word(ent.role))
        ):
            # "وقال المحافظ X Y الجديد": a tenure adjective after a post and
            # a full name describes the post (the new governor), no word of
            # the name (not after one name word, "السفير X الجديد", which
            # may be a family name; nor in the post, "رئيس الحكومة السابق")
            ent.role = f"{ent.role} {doc.orig(doc.starts[b - 1], doc.ends[b - 1])}"
            return ent
        if (
            b - a >= 3
            and not _NAME_STOP_PLACE_HEADS.isdisjoint(self.vocab)
            and (k := _place_head_after_given_name(toks, a, b))
        ):
            # "وزار الوزير المعز مدينة بورتسودان، وقال": an indefinite place
            # head after a given name and before the place's name opens the
            # verb's object, no family name (review B finding 7; mend31d)
            return self.phrase_entity(a, k, ra, rb, cue, lam, aged)
        if b - a == 2 and toks[a] in _SECTOR_NOUNS and toks[a + 1] in _DIVISIONS:
            # "وقالت صحة المحافظة", "وأعلنت تربية الولاية": the division's
            # health (education, agriculture) directorate, named by its
            # sector and the division it serves; no "truth of", no governor
            return _Entity(
                doc.orig(doc.starts[a], doc.ends[a + 1]),
                ORGANIZATION,
                None,
                _F,
                _SG,
                doc.starts[a],
                self.sent[a],
                "",
            )
        if b - a >= 3 and toks[a] in QUOTE_MARKS and toks[b - 1] in QUOTE_MARKS:
            # "وأضافت “الغارديان” إن" (scan_np): the name inside the marks
            return self.classify(a + 1, b - 1, ra, rb, cue, lam)
        if (
            ra == rb
            and b - a >= 3
            # (the article's words first: most have none of these)
            and not _CALLED_WORDS.isdisjoint(self.vocab)
            and not _CALLED_WORDS.isdisjoint(toks[a + 1 : b - 1])
        ):
            # "شاب يدعى سامي حسن": the name يدعى gives, without commas, read
            # as the apposition "شاب، ويدعى سامي حسن،" is
            p = _index_in(toks, a + 1, b - 1, _CALLED)
            if self.name_like(p + 1, b, called=True):
                b, ra, rb = p, p, b
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
        if (
            b - a >= 3
            and toks[a] in _MINISTER_OF_HER
            and (ent := self.minister_of_ministry(a, b, ra, rb, cue)) is not None
        ):
            # "وأكدت وزارة المالية على لسان وزيرها X": her minister is the
            # minister of the ministry just named ("وزير المالية")
            return ent
        if (
            b - a >= 4
            and toks[a + 1] in _POSSESSED_TITLES
            and toks[a] in _DEPUTIES
            and (toks[a + 1][-1] == "ا" or self.ha_ending(a + 1))
            and (ent := self.possessed_title(a + 1, b, ra, rb, cue)) is not None
        ):
            # "نائب رئيسها X": the post in construct with her (its) head's
            # (one compound post; "مستشار رئيسها X" is the head's name)
            ent.role = f"{doc.orig(doc.starts[a], doc.ends[a])} {ent.role}"
            return ent
        if (
            b - a >= 4
            and toks[a + 1] in _POSSESSED_UNITS
            and toks[a] in _UNIT_MEMBERS
            and (toks[a + 1][-1] == "ا" or self.ha_ending(a + 1))
            and (ent := self.possessed_title(a + 1, b, ra, rb, cue, True)) is not None
        ):
            # "عضو مكتبها السياسي X" after "الجبهة X": a member of the unit of
            # the body the suffix refers to ("عضو المكتب السياسي للجبهة X";
            # dev36rd)
            ent.role = f"{doc.orig(doc.starts[a], doc.ends[a])} {ent.role}"
            return ent
        if (
            ra == rb
            and toks[b - 1] == ")"
            and b - a >= 5
            and toks[b - 4] == "("
            and toks[b - 3].isdigit()
            and toks[b - 2] in _YEARS_OF_AGE
        ):
            # "وقال خبير اقتصادي (45 عاما) إن": an age in brackets at the end
            # of the speaker's phrase describes him, no word of his role (not
            # with an apposition after it, the speaker's: "رئيس فريق الدفاع
            # عن X (67 عاما)، المحامي Y،", the client's age)
            return self.phrase_entity(a, b - 4, b - 4, b - 4, cue, lam)
        if (
            not aged
            and ra == rb
            and b - a >= 6
            and ((p := a + 1) if toks[a + 1] == "(" else (p := a + 2))
            and toks[p] == "("
            and p + 4 < b
            and toks[p + 3] == ")"
            and toks[p + 1].isdigit()
            and toks[p + 2] in _YEARS_OF_AGE
            and (ent := self.phrase_entity(a, b, ra, rb, cue, lam, True)) is not None
            and ent.kind == ANONYMOUS
        ):
            # "وقال مزارع (60 عاما) من ريف حماة إن": an age in brackets right
            # after the head noun (or its adjective) of an unnamed speaker
            # describes him, no word of the phrase, as at its end (kw31b)
            age = " " + doc.orig(doc.starts[p], doc.ends[p + 3])
            ent.surface = ent.surface.replace(age, "", 1)
            if ent.role:
                ent.role = ent.role.replace(age, "", 1)
            return ent
        if toks[b - 1] == ")" and b - a >= 4:
            # "المتهم الأول (أ.ع.ن)": a title and the initials that name the
            # person (court reports): the initials are the name
            p = b - 2
            while p > a and b - p < 12 and toks[p] != "(":
                p -= 1
            if p > a and toks[p] == "(" and self.initials_end(p, b) == b - 1:
                titled = self.classify(a, p, p, p, cue, lam)
                if titled is not None and titled.kind == PERSON and titled.key.startswith("title:"):
                    initials = doc.orig(doc.starts[p + 1], doc.ends[b - 2])
                    titled.surface = initials
                    titled.key = _key(initials.replace(".", " "))
                    return titled
            # "وقال المتحدث باسم الخارجية الصينية (وانغ ون بين) إن": a
            # post with no name, then its holder's name in brackets (a
            # rank before it the post's): he speaks, the post his role
            if (
                (
                    p > a + 1
                    # ("وقال الوزير (X Y) إن": a bare definite title alone
                    # before its holder's name in brackets; kw24)
                    or (p == a + 1 and toks[a][:2] == "ال" and _IS_TITLE_HEAD[toks[a]])
                )
                and toks[p] == "("
                and (q := self.bracket_holder(p, b - 1)) > 0
                and (titled := self.classify(a, p, p, p, cue, lam)) is not None
                and (
                    (titled.kind == PERSON and titled.key.startswith("title:"))
                    # ("مدير أوقاف حمص (X Y)": a post in construct with a
                    # place's name, read nameless as indefinite, is
                    # definite, its holder named in the brackets; not
                    # a source's "مسؤول في الوزارة (…)")
                    or (
                        titled.kind == ANONYMOUS
                        and titled.role == titled.surface
                        and (
                            # ("مسؤول في الوزارة (X Y)", "مستشار الوزارة (X
                            # Y)": one source or adviser of a body, named
                            # in the brackets; kw28b)
                            (p > a + 1 and toks[a] in _ONE_SOURCE_HEADS)
                            or (_IS_TITLE_HEAD[toks[a]] and toks[a] not in lx.ANONYMOUS_HEADS)
                            # ("مستشار الأمير (X Y)": in construct with a
                            # definite title, the adviser of one known;
                            # kw24)
                            or (
                                p == a + 2
                                and _IS_TITLE_HEAD[toks[a]]
                                and toks[a + 1][:2] == "ال"
                                and _IS_TITLE_HEAD[toks[a + 1]]
                            )
                        )
                    )
                )
            ):
                name = doc.orig(doc.starts[q], doc.ends[b - 2])
                return _Entity(
                    name,
                    PERSON,
                    # (an honorific alone, "الشيخ (X Y)", is no post, as
                    # before a name with no brackets)
                    None if p == a + 1 and toks[a] in lx.HONORIFICS else titled.role,
                    titled.gender,
                    _SG,
                    doc.starts[q],
                    self.sent[a],
                    _key(" ".join(toks[q : b - 1])),
                )
        words = toks[a:b]  # a copy: words[0] may lose a prefix below
        n_words = len(words)  # (read often below: a copy of fixed length)
        first_skip = 0
        prefix = ""
        w0 = words[0]
        if w0[0] in "لوفبك":  # (every prefix below starts with one of these)
            if lam or "لل" <= w0 < "لم":
                if "لل" <= w0 < "لم":
                    first_skip, prefix = 2, "ال"
                    words[0] = "ال" + w0[2:]
                elif w0.startswith("ل"):
                    first_skip = 1
                    words[0] = w0[1:]
            elif (
                len(w0) > 3
                and w0[0] in "وفبك"
                and w0[1:3] == "ال"
                and w0 != "والي"
                # (but "ويقول كالاهان": a name in كال is the verb's subject,
                # never "like the …")
                and not (w0[0] == "ك" and cue is not None and cue.kind in _VERB_KINDS)
                # (nor "قال فالس", "وقالت والدة الضحية": و/ف never opens the
                # subject right after its verb, so وال/فال there is a word's
                # own letters, not a conjunction and the article)
                and not (
                    w0[0] in "وف"
                    and a
                    and (hit := _cue_of(toks[a - 1])) is not None
                    and hit.kind in _VERB_KINDS
                )
            ):
                # (but "أما والي قفصة، X،": the governor, not و + إلى)
                first_skip = 1
                words[0] = w0[1:]
            elif (
                len(w0) > 3
                and (
                    (w0[0] in "وبف" and w0[1:] in lx.TITLES)
                    or (w0[0] == "ب" and w0[1:] in lx.ANONYMOUS_HEADS)
                    # (a mention outside speech: "ما نسب لأستاذ القانون X")
                    or (w0[0] == "ل" and cue is None and w0[1:] in lx.TITLES)
                )
            ):
                # "بوزير الاتصالات مروان حمادة", "فرئيس البلدية X", "برجل
                # أعمال من وجدة"
                first_skip = 1
                words[0] = w0[1:]
            elif (
                w0[0] in "وف"
                and len(w0) > 3
                and w0 not in _GIVEN_NAMES
                and (w0[1:] in _GIVEN_NAMES or self.person_word_met(w0[1:]))
                and not self.person_word_met(w0)
                # (not right after a verb: its subject never opens with و)
                and not (
                    a and (hit := _cue_of(toks[a - 1])) is not None and hit.kind in _VERB_KINDS
                )
            ):
                # "وسامر X يقول إن", "وعباس يؤكد" after "منصور عباس": the
                # conjunction glued to the subject's given name or to a word
                # of a name met, before its verb, no letter of the name (not
                # a name opening in و, "وليد", "وفاء")
                first_skip = 1
                words[0] = w0[1:]
            elif w0[0] in "لب" and _given_name_glued(w0):
                # "سؤالا لمحمد X، نائب …، الذي", "اتصلت بسمير X": the
                # preposition glued to a given name, no letter of the name
                first_skip = 1
                words[0] = w0[1:]
            elif (
                "با" <= w0 < "بب"
                and len(w0) > 4
                and doc.text[(o := doc.omap(doc.starts[a]) + 1) : o + 1] in ("أ", "إ")
            ):
                if w0[1:] in _ELATIVES:
                    return None  # "ثم تابع بأكثر توضيح:": how, never who
                first_skip = 1  # "لقائه بأحمد X، …": بـ before a hamza, no part of the name
                words[0] = w0[1:]

        if (
            rb - ra >= 4
            and toks[rb - 1] == "قبل"
            and toks[rb - 2] == "من"
            and toks[rb - 3][:2] == "ال"
        ):
            # "X، رئيس المجلس المشكل من قبل «…»": the apposition cut at the
            # marks of the agent's name; the participle and a "by" left
            # without their object describe the body, no word of the post
            rb -= 3
        role_after = _surface(doc, a, first_skip, prefix, ra, rb) if rb > ra else None

        if role_after is not None and toks[ra] in _CALLED:
            # "أحد السكان، ويدعى آدم إسحاق،": the name the apposition gives,
            # described by the phrase (but "أحد المحتجين في جولة كالتكس": a
            # participant of the gathering, the place being where it stood)
            e = b
            if b - a > 3 and toks[a + 2] == "في" and toks[a + 1] in _PARTICIPANTS:
                e = a + 2
            return _Entity(
                _surface(doc, a, first_skip, prefix, ra + 1, rb),
                PERSON,
                _surface(doc, a, first_skip, prefix, a, e),
                cue.gender if cue is not None and cue.gender else _M,
                _SG,
                doc.starts[a],
                self.sent[a],
                _key(" ".join(toks[ra + 1 : rb])),
            )
        if (
            ra == rb
            and 3 <= n_words <= 6  # (a name of two words: "والدته باكية" is how)
            and words[0] in _KIN_POSSESSED
            and (words[0][-2:] in ("ته", "ها") or self.ha_ending(a))
            # ("شقيقه الأكبر X", "زوجته السابقة X": an adjective of the tie)
            and ((kin_end := 2 if words[1] in _KIN_ADJECTIVES else 1) < 2 or n_words >= 4)
            and words[kin_end][:2] != "ال"
            and not _IS_TITLE_HEAD[words[kin_end]]
            and words[kin_end] not in _KIN_NOUNS
            # (not "وقال والده عامل بناء": what the kin does, no name)
            and words[kin_end] not in _KIN_OCCUPATIONS
            and (named := self.classify(a + kin_end, b, b, b, cue)) is not None
            and _named_person(named)
            and named.role is None
            and " " in named.surface
        ):
            # "وقالت والدته فاطمة الزهراء للصحفيين": kin with "his/her" is
            # definite, takes no genitive; the name after it is theirs (not
            # "شقيقة محمد البوعزيزي", written with ة: his sister, in construct)
            return _Entity(
                named.surface,
                PERSON,
                _surface(doc, a, first_skip, prefix, a, a + kin_end),
                named.gender,
                _SG,
                named.pos,
                named.sentence,
                named.key,
            )
        if role_after is not None and _kin_described(words):
            # "وقال شقيق الضحية، محمد الهادي، إن": the kin's name in commas,
            # the tie the role (another apposition, "والدته، المعلمة
            # المتقاعدة،", is still the role)
            named = self.named_in_commas(
                a,
                ra + (toks[ra] in lx.HONORIFICS),  # ("، الحاج محمد الهادي،")
                rb,
                _surface(doc, a, first_skip, prefix, a, b),
                cue.gender if cue is not None and cue.gender else _M,
            )
            if named is not None:
                return named
            if toks[ra] in lx.HONORIFICS:
                role_after, ra = None, rb  # (an honorific and no name: the kin alone)
        elif role_after is not None and _kin_of_named(words):
            # "قالت والدة الأسير X Y، Z W:", "وقال والد الشهيد X Y، Z W، إن":
            # kin in construct with a person named in its genitive, then a
            # name set off by commas: the kin's own (the role the whole)
            named = self.named_in_commas(
                a,
                ra + (toks[ra] in lx.HONORIFICS),
                rb,
                _surface(doc, a, first_skip, prefix, a, b),
                cue.gender if cue is not None and cue.gender else _M,
            )
            if named is not None:
                return named
        if (
            ra == rb
            and n_words >= 2
            and words[0] in _KIN_NOUNS
            and words[1][:2] == "ال"
            and words[1] in lx.TITLES
        ):
            # "وقالت والدة الأسير X Y", "وقال نجل الرئيس الراحل X": kin in
            # construct with a titled person is the kin, told by the tie to
            # him (the title and the name his, no post of the kin's; no
            # name key, that a later mention of him never takes up)
            return _entity(
                _surface(doc, a, first_skip, prefix, a, b),
                PERSON,
                None,
                cue.gender if cue is not None and cue.gender else _F if words[0][-1] == "ه" else _M,
                _SG,
                doc.starts[a],
                self.sent[a],
                False,
            )
        sentence = self.sent[a]
        pos = doc.starts[a]
        if (
            b - a >= 4
            and toks[b - 1] in QUOTE_MARKS
            # (or an honorific alone before the marks, "الدكتور “X Y”": kw25)
            and (
                _IS_TITLE_HEAD[words[0]]
                or (words[0] in _LONE_HONORIFICS and toks[a + 1] in QUOTE_MARKS)
            )
            and not (role_after is not None and self.honoured_name(ra, rb))
        ):
            # "وزير الخارجية “علي كرتي”": a title, then the person's name in
            # marks (scan_np ends the phrase with it): the name, titled (but
            # "رئيس هيئة الدفاع في “قضية X”، الدكتور Y Z": an honorific and
            # a name in the apposition, the words in marks the post's)
            p = b - 2
            while p > a + 1 and toks[p] not in QUOTE_MARKS:
                p -= 1
            if toks[p] in QUOTE_MARKS and self.titled_name_in_marks(p, b) == b - 1:
                e = p
                while (
                    e - 1 >= a + 2
                    and (
                        toks[e - 1] in _HONORIFICS_OR_RANKS
                        or toks[e - 1] in _TITLES_BEFORE_NAME
                        # ("الفريق أول ركن “X Y”": what completes the rank)
                        or (toks[e - 1] in _RANK_QUALIFIERS and self.rank_completed(a, e))
                    )
                    and not _governs_the_next(toks[e - 2])
                ):
                    # "رئيس مجلس النواب المستشار “X Y”", "وزير الخارجية
                    # الدكتور “X Y”": the honorific or rank before the name
                    # is how he is addressed, not the post (as without marks)
                    e -= 1
                return _Entity(
                    _surface(doc, a, first_skip, prefix, p + 1, b - 1),
                    PERSON,
                    role_after
                    # ("قال الشيخ “X Y”", "المهندس “X Y”": an honorific alone
                    # before the name in marks is no post, as without marks)
                    or (
                        None
                        if all(w in _LONE_HONORIFICS for w in words[: e - a])
                        else _surface(doc, a, first_skip, prefix, a, e)
                    ),
                    cue.gender if cue is not None and cue.gender else _M,
                    _SG,
                    doc.starts[p + 1],
                    sentence,
                    _key(" ".join(toks[p + 1 : b - 1])),
                )
        head = words[0]
        if (
            head[-1:] == "ا"
            and (
                (
                    head[:-1] in lx.ANONYMOUS_HEADS
                    and (
                        head[:-1] not in lx.TITLES
                        or (
                            n_words > 1
                            and (
                                words[1][-2:] == "يا"
                                or words[1] in lx.ROLE_PREPOSITIONS
                                # ("أن مسؤولا رفيعا في وزارة الداخلية قال")
                                or (words[1][-1] == "ا" and words[1][:-1] in _INDEFINITE_ADJECTIVES)
                            )
                        )
                    )  # ("أن مسؤولا أمنيا …", "فإن مسؤولا في الرئاسة")
                )
                # "أن نائبا كويتيا سابقا قال", "أن وزيرا كويتيا أبلغ": any
                # title in the accusative with a nisba is an unnamed source
                or (head[:-1] in lx.TITLES and n_words > 1 and words[1][-2:] == "يا")
            )
        ):
            head = words[0] = head[:-1]  # "مسؤولا مغربيا رفيعا": accusative
            accusative = True
        else:
            accusative = False
        if n_words == 1 and (one := _ONE_OF_THEM.get(head)) is not None:
            # "وقال أحدهم:", "حيث قال له أحدهم:": one of the group just met,
            # unnamed (its pronoun suffix is no possessive of a name)
            whole = _surface(doc, a, first_skip, prefix, a, b)
            return _Entity(whole, ANONYMOUS, role_after or whole, *one, pos, sentence, "")
        if (
            ((head in _NUMBER_OF or head in _MULTIPLES) and 3 <= n_words <= 5 and words[1] == "من")
            or (
                n_words >= 2
                and (
                    # "قال عدد كبير من السكان إن": its size before من
                    (
                        head in _NUMBER_OF
                        and words[1] in _SIZE_OF_NUMBER
                        and 4 <= n_words <= 6
                        and words[2] == "من"
                    )
                    # "قال عشرات التجار إن", "مئات أعضاء النقابة": tens or
                    # hundreds of a definite plural, in construct
                    or (
                        head in _MULTIPLES
                        and n_words <= 4
                        and (words[1][:2] == "ال" or (n_words > 2 and words[2][:2] == "ال"))
                    )
                )
            )
        ):
            # "قال عدد من المشاركين إن" (scan_np): some of the ones the plural
            # names speak, unnamed, many
            whole = _surface(doc, a, first_skip, prefix, a, b)
            return _Entity(whole, ANONYMOUS, role_after, _M, _PL, pos, sentence, "")
        if (
            n_words >= 2
            and (
                (head in _SEVERAL and (w1 := words[1])[:2] != "ال")
                or (
                    head == "بعض"
                    and n_words == 2
                    and (w1 := words[1])[:2] == "ال"
                    and ((w1 := w1[2:])[-2:] in ("ين", "ون") or w1 in _PEOPLE_NO_TITLE)
                    # (not "بعض المسؤولين": a title's plural, the capacity)
                    and w1[:-2] not in lx.TITLES
                    and w1[:-2] not in lx.ANONYMOUS_HEADS
                )
            )
            and (w1[-2:] in ("ات", "ين", "ون") or w1 in _BROKEN_PLURAL_HEADS)
        ):
            # "وقالت عدة منظمات حقوقية إن", "وقال بعض المحتجين إن": several
            # or some of a plural speak, unnamed; the plural's adjective is
            # no post after a name ("منظمات" read as a name, "حقوقية" as
            # its title), and a plural of no title is no role of theirs
            whole = _surface(doc, a, first_skip, prefix, a, b)
            return _Entity(whole, ANONYMOUS, role_after, _M, _PL, pos, sentence, "")
        mask = _HEAD_TESTS[head]  # (one lookup; 0 for most heads)
        if head == "الولايات" and n_words > 1 and words[1] == "المتحده":
            # "وقالت الولايات المتحدة إن": the state, no plural of things
            # in ات ("التحقيقات تشير"), which names no one
            mask |= 64
        elif head == "المملكه" and n_words > 1 and words[1] in _KINGDOM_ADJECTIVES:
            # "وقالت المملكة العربية السعودية إن", "المملكة المتحدة": a
            # kingdom by its adjective, the state (before, a person's name
            # cut before its nationality, "المملكة العربية")
            mask |= 64
        elif (
            head in _UNITS_ALSO_GIVEN_NAMES
            and n_words > 1
            and (
                words[1] in _GIVEN_NAMES
                or (
                    n_words == 2
                    and words[1][:2] == "ال"
                    and words[1].endswith(("ان", "ي"))
                    and words[1] not in _UNIT_GENITIVES_LIKE_NAMES
                    and not _derived_masdar(words[1][2:])
                )
            )
        ):
            # "وقالت سرية الحمدان إن": the bare word a woman's given name
            # before a family name or a second given name, no company of
            # soldiers nor unit ("وقالت سرية المشاة", "وحدة مكافحة
            # الإرهاب", "السرية الثالثة" are; mend32e)
            mask &= ~64
        elif (
            head in _TITLE_BROKEN_PLURALS
            and (
                n_words == 1
                or _derived_masdar(words[1])
                or _derived_masdar(words[1][2:])
                or _people_adjectives(words) > 1
            )
            # (not a family name of that shape, "القضاة", of a person met
            # before: "وقال المحامي X القضاة …. وأضاف القضاة" is he)
            and not self.person_word_met(head)
        ):
            # "وقال السفراء إن", "وأعلن الوزراء إطلاق الخطة، وقالوا إن": a
            # broken plural of a title alone, or before a derived verbal
            # noun (the verb's object, cut off below), is a group of the
            # holders, which a plural verb after it takes up; so with its
            # plural adjectives ("وقال الوزراء العرب", "الخبراء
            # الاقتصاديون"; not another word after it, which may be a day,
            # "السكان الاثنين", or the start of a clause of its own)
            mask |= 128
        if (
            head in _NAMED_INSTITUTIONS
            and n_words >= 3
            and (
                words[1] in _GIVEN_NAMES
                or (words[1] in _INSTITUTION_PATRONS and words[2][:2] != "ال")
            )
        ):
            # "وقالت مؤسسة سمير قصير", "مدرسة خالد بن الوليد", "مؤسسة الملك
            # حسين": a body named after a person (مؤسسة, the founder, takes a
            # body for its genitive, never a person's name)
            return _entity(
                _surface(doc, a, first_skip, prefix, a, b),
                ORGANIZATION,
                None,
                _M if head in lx.MASCULINE_ORGS else _F,
                _SG,
                pos,
                sentence,
                accusative,
            )
        if mask & 15:
            if mask & 1 and b - a >= 2:
                # "تصريحات وزير الخارجية X": the statements' author speaks
                return self.classify(a + 1, b, ra, rb, cue)
            if mask & 2:
                return None  # "وأوضح سعادته": a pronoun, resolved by agreement
            if (
                mask & 4
                and (not lam or mask & 8)
                # (but "وأضاف لعمامرة:" after "رمطان لعمامرة": a word of a
                # name met before, its ل its own, is that name)
                and not (head[0] == "ل" and n_words == 1 and self.known_name_word(head))
            ):
                # "رأت من جهتها", "يقول لزواره": an adverbial or an addressee
                # where the subject would be; the subject is elsewhere
                return None
        gender = cue.gender if cue is not None and cue.gender else _M
        number = cue.number if cue is not None and cue.number else _SG
        if (
            (
                (3 <= b - a <= 4 and ra == rb)
                # "وقال الطالب أحمد، البالغ من العمر 22 عاما، إن": one name
                # word, then the age set off (no role) or the words' cue
                or (
                    b - a == 2
                    and (ra == rb or toks[ra] in _AGED)
                    and words[1][-1:] != "ا"  # ("الطالب أيضا", "سابقا")
                    # (nor a time: "الطالب بعدئذ", "الشاهد مرة/ثانية")
                    and words[1][-2:] != "يذ"
                    and words[1] not in _ONCE_AGAIN
                    # (nor "الطالب وزملاؤه": others joined, his)
                    and not (words[1][-1] == "ه" and self.ha_ending(a + 1))
                    and words[1][-2:] not in ("ها", "هم")
                    and not _NAME_FLAGS[words[1]] & 25
                    and words[1] not in lx.NP_STOP
                    and _cue_of(words[1]) is None
                )
            )
            and not mask
            and _agent_noun(head)
            and head not in _TITLE_LIKE  # (titles take their genitive and name below)
            and words[1][:2] != "ال"
            and self.name_like(a + 1, b)
        ):
            # "المقاول سمير الخطيب", "المسافر X Y": a definite agent noun
            # (فاعل, مفاعل) before a plain name of two words or more is the
            # person's role, not the first word of the name
            return _Entity(
                _surface(doc, a, first_skip, prefix, a + 1, b),
                PERSON,
                _surface(doc, a, first_skip, prefix, a, a + 1),
                gender,
                _SG,
                doc.starts[a + 1],
                sentence,
                _key(" ".join(words[1:])),
            )

        if mask > 15:
            # documents, possibly with an author: "تقرير للسفارة", "برقية أرسلتها X"
            if mask & 16:
                g = _F if head in lx.FEMININE_DOCUMENTS else _M
                if (
                    n_words >= 3
                    and "ال" <= words[1] < "ام"
                    and words[1] in lx.ORGANIZATION_HEADS
                    and not ra < rb
                ):
                    # "تقرير المعهد الوطني للإحصاء (الصادر في …)": a definite
                    # body in construct, with its name, wrote it
                    e = _issued_end(words, 2, a, b)
                    author = self.classify(a + 1, e, e, e, None)
                    if author is not None and author.kind == ORGANIZATION:
                        return author
                k = 1
                while k < n_words and (
                    words[k] in lx.DOCUMENT_ADJECTIVES
                    or "ال" <= words[k] < "ام"
                    # ("تقارير مرسلة من القنصلية X": the sender after من)
                    or (
                        words[k] in lx.SENT_PARTICIPLES and k + 1 < n_words and words[k + 1] == "من"
                    )
                ):
                    k += 1
                if k < n_words:
                    w = words[k]
                    author = None
                    if "لل" <= w < "لم" and w[2:] in _EVENTS:
                        # "البيان الختامي للقمة العربية", "بيان للمسيرة":
                        # the meeting or the march the document closed is no
                        # author that speaks; the document does
                        e = _issued_end(words, k + 1, a, b)
                        return _entity(
                            _surface(doc, a, first_skip, prefix, a, e),
                            DOCUMENT,
                            None,
                            g,
                            _SG,
                            pos,
                            sentence,
                            accusative,
                        )
                    if (
                        "لل" <= w < "لم"
                        or (
                            "ل" <= w < "م"
                            and (
                                w[1:] in lx.TITLES
                                or w[1:] in lx.ORGANIZATION_HEADS
                                # ("حسب تقرير لصحيفة X": an outlet wrote it)
                                or w[1:] in lx.OUTLET_HEADS
                            )
                        )
                    ):
                        # "تقرير للبنك الدولي صدر أمس": the author ends before
                        # the verb of issuing
                        e = _issued_end(words, k + 1, a, b)
                        author = self.classify(
                            a + k, e, ra if e == b else e, rb if e == b else e, None, lam=True
                        )
                    elif w == "من" and k + 1 < n_words:
                        # (past "قبل", "by": "المرسلة من قبل السفير X")
                        by = 2 if words[k + 1] == "قبل" and k + 2 < n_words else 1
                        author = self.classify(a + k + by, b, ra, rb, None)
                    elif (
                        k == 1 and w in lx.ORGANIZATION_HEADS and w[:2] != "ال" and k + 1 < n_words
                    ):
                        # "تقرير لجنة المالية والميزانية": the body in construct
                        author = self.classify(a + k, b, ra, rb, None)
                        if author is not None and author.kind != ORGANIZATION:
                            author = None
                    elif (
                        k == 1 == n_words - 1
                        and self.platform_named_at(b)
                        and _bare_foreign_name(w)
                    ):
                        # "وجاء في بيان غرينبيس على تويتر:": a document posted
                        # on a platform, in construct with a bare name of no
                        # Arabic adjective's form, its author's
                        author = self.classify(a + 1, b, b, b, None)
                    if author is not None:
                        return author
                    if w in _ISSUED and k + 2 < n_words and words[k + 1] == "عن":
                        # (the author ends before the verb that dates the
                        # document: "صادر عن السفير X يعود إلى نيسان 2009")
                        e = _index_in(words, k + 3, n_words, _DATED_BACK)
                        e = b if e is None else a + e
                        author = self.classify(
                            a + k + 2, e, ra if e == b else e, rb if e == b else e, None
                        )
                        if author is not None:
                            if _named_person(author):
                                # "تقرير صادر عن السفير X": as "أرسلها X",
                                # "التقرير" later is his
                                self.doc_author = author
                            return author
                    if (
                        w in _PUBLISHED_IT
                        and k + 1 < n_words
                        and (words[k + 1] in lx.OUTLET_HEADS or words[k + 1] in _ORGANIZATION_HEADS)
                    ):
                        # "تقرير نشرته صحيفة X": the outlet that published it
                        author = self.classify(a + k + 1, b, ra, rb, None)
                        if author is not None and author.kind == ORGANIZATION:
                            return author
                    if (
                        w in _PUBLISHED_IT
                        and k + 2 < n_words
                        and words[k + 1] in _DEICTIC_DAYS
                        and (words[k + 2] in lx.OUTLET_HEADS or words[k + 2] in _ORGANIZATION_HEADS)
                    ):
                        # "تقرير نشرته أمس صحيفة X": a day before the outlet
                        author = self.classify(a + k + 2, b, ra, rb, None)
                        if author is not None and author.kind == ORGANIZATION:
                            return author
                    if w in lx.AUTHOR_VERBS:
                        k2 = k + 1
                        if k2 < n_words and words[k2] in {"بها", "به"}:
                            k2 += 1
                        if k2 + 1 < n_words and words[k2] in {"من", "في", "عن"}:
                            k2 += 2
                        e = b
                        if k2 < n_words and ra == rb:
                            # the sender's phrase read on its own ends where
                            # his name does ("برقية أرسلها السفير X Y إلى
                            # باريس": no "إلى باريس" read into the name as a
                            # post's, "السفير إلى …")
                            e = self.scan_np(a + k2, b, None)[0]
                            if e <= a + k2:
                                e = b
                        author = self.classify(a + k2, e, ra, rb, None)
                        if author is not None:
                            if author.kind == PERSON:
                                self.doc_author = author  # "البرقية" later is theirs
                            return author
                    if w in lx.RECEIVED_IT and (m := self.sender_after_receiver(a, k, b)) > 0:
                        # "رسالة تلقتها الصحيفة من الوزير X": the sender after
                        # the receiver and من wrote it
                        author = self.classify(m, b, ra, rb, None)
                        if author is not None and author.kind in (PERSON, ORGANIZATION):
                            if author.kind == PERSON:
                                self.doc_author = author
                            return author
                return _entity(
                    _surface(doc, a, first_skip, prefix, a, a + k),
                    DOCUMENT,
                    None,
                    g,
                    _SG,
                    pos,
                    sentence,
                    accusative,
                )
            if mask & 32:
                g = _F if head == "احدي" else _M
                return _entity(
                    _surface(doc, a, first_skip, prefix, a, b),
                    ANONYMOUS,
                    _surface(doc, a, first_skip, prefix, a + 1, b) or None,
                    g,
                    _SG,
                    pos,
                    sentence,
                    accusative,
                )
            if mask & 64:
                g = _M if head in lx.MASCULINE_ORGS else _F
                if toks[b - 1] == ")" and b - a >= 4:
                    # "وقالت وكالة الأنباء السعودية (واس) إن": the acronym
                    # aside after the body's name is no part of it (but
                    # "منظمة (أطباء العالم)": the name itself in brackets)
                    p = b - 2
                    while p > a + 1 and b - p <= 5 and toks[p] != "(":
                        p -= 1
                    if (
                        p > a + 1
                        and toks[p] == "("
                        # (not "وقال الحزب الحاكم (العدالة والتنمية)": a
                        # definite head and its adjectives only, a kind of
                        # body whose own name the brackets hold)
                        and not _all_definite(toks, a, p)
                    ):
                        b = p
                while b - a > 2 and (
                    toks[b - 1] in _STATEMENTS
                    or _surface(doc, a, first_skip, prefix, b - 1, b)[-2:] in ("اً", "ًا")
                ):
                    # "أصدرت نقابة X بيانا", "جاء رد غرفة التجارة سريعاً":
                    # the verb's object or an adverb in the accusative after
                    # the body's name, no part of it
                    b -= 1
                return _entity(
                    _surface(doc, a, first_skip, prefix, a, b),
                    ORGANIZATION,
                    None,
                    g,
                    _SG,
                    pos,
                    sentence,
                    accusative,
                )
            if mask & 128:  # a group: "الفرنسيون", "المسؤولون"
                if (
                    n_words > 1
                    and (head[-2:] == "ون" or head in _TITLE_BROKEN_PLURALS)
                    and words[1][-1] != "ه"  # (not "المحامون المغاربة")
                    and (
                        _derived_masdar(words[1])  # ("إلغاء", folded "الغاء")
                        or (words[1][:2] == "ال" and _derived_masdar(words[1][2:]))
                    )
                ):
                    # "وأعلن المحامون الإضراب"، "المحتجون إلغاء الجلسة": a
                    # sound plural in ون is in construct with nothing; a
                    # derived verbal noun after it is the verb's object (and
                    # after a broken plural of a title read as a group)
                    b = a + 1
                elif (
                    head in _TITLE_BROKEN_PLURALS
                    and (k := _people_adjectives(words)) > 1
                    and n_words > k
                    and (_derived_masdar(words[k]) or _derived_masdar(words[k][2:]))
                ):
                    # "وأعلن النواب المستقلون تعليق مشاركتهم": the verbal
                    # noun after the group's adjectives is the verb's object
                    b = a + k
                elif head[-2:] == "ون" and "ال" <= head < "ام" and n_words > 1:
                    k = 1
                    while k < n_words and words[k][:2] == "ال":
                        k += 1
                    if (
                        k < n_words
                        and len(w := words[k]) >= 3
                        and w.isalpha()
                        and w not in _GIVEN_NAMES
                        and w not in lx.NP_STOP
                        and not w.endswith(("هم", "هن"))
                    ):
                        # "وانتقد المحامون قرار المحكمة، مؤكدين": a definite
                        # sound plural in ون is in construct with nothing and
                        # takes definite adjectives only; a bare word after
                        # them opens the verb's object (not "المحامون
                        # أنفسهم", "كلهم": the group's own words)
                        b = a + k
                return _entity(
                    _surface(doc, a, first_skip, prefix, a, b),
                    GROUP,
                    None,
                    _M,
                    _PL,
                    pos,
                    sentence,
                    accusative,
                )
            if (
                mask & 256
                and (
                    n_words == 1
                    # "وأكد المصدر العسكري أن", "وتابع المصدر الأمني المطلع": the
                    # source with its adjectives (nisbas, "informed"), no name
                    or (
                        n_words <= 3
                        and all(
                            w[:2] == "ال"
                            and len(w) >= 5
                            and (w[-1] == "ي" or w[-2:] == "يه" or w[2:] in _INFORMED)
                            for w in words[1:]
                        )
                    )
                )
            ):
                # "وتابع المصدر": the source quoted before
                e = _entity(
                    _surface(doc, a, first_skip, prefix, a, b),
                    PERSON,
                    _surface(doc, a, first_skip, prefix, a, b),
                    gender,
                    number,
                    pos,
                    sentence,
                    accusative,
                )
                e.key = "title:" + head
                return e
            if mask & 512 and not (
                # (not "طالب الرفاعي": the given name Talib; mend30a)
                head == "طالب" and n_words > 1 and _talib_named(words[1])
            ):
                # "مصدر أمني", "دبلوماسيون غربيون"
                n = _PL if _anon_plural(head) or head in {"مصادر", "شهود", "نواب"} else _SG
                if head in _FEMININE_PLURAL_SOURCES:
                    gender, n = _F, _PL
                if (
                    n == _PL
                    and b - a >= 4
                    and words[1][:2] == "ال"
                    and (w := words[2])[:2] != "ال"
                    and words[3][:2] == "ال"
                    and len(w) >= 3
                    and w.isalpha()
                    and w not in lx.NP_STOP
                    and w not in lx.ROLE_PREPOSITIONS
                    and w not in _GIVEN_NAMES
                    and not _IS_TITLE_HEAD[w]
                ):
                    # "وانتقد نواب المعارضة مشروع الموازنة، وقالوا": a
                    # plural source in construct with a definite genitive,
                    # then a bare noun in construct with a definite word,
                    # the verb's object, no genitive of the source's
                    b = a + 2
                # (the description's nationality after it: "رجل الأعمال
                # السوري X Y"; kw35)
                d = 2
                while d < n_words - 2 and d < 4 and words[d] in _NATIONALITIES:
                    d += 1
                if (
                    b - a >= d + 2
                    and n == _SG
                    and words[1].startswith("ال")
                    and not words[d].startswith("ال")
                    and _NAME_FLAGS[words[d]] & 25 == 0
                    and (
                        self.name_like(a + d, b)
                        # "رجل الأعمال علي حمد X": the name Ali, not "on"
                        or (words[d] == "علي" and b - a >= d + 2 and self.name_like(a + d + 1, b))
                    )
                ):
                    # "رجل الأعمال سالم بن سيف العبدلي": a description, then the name
                    # (and "…، عضو مجلس إدارة الغرفة،": the fuller apposition
                    # after it is the role)
                    name = _surface(doc, a, first_skip, prefix, a + d, b)
                    key = _key(" ".join(words[d:]))
                    role = _surface(doc, a, first_skip, prefix, a, a + d)
                    if role_after and len(role_after.split()) > 2:
                        role = role_after
                    return _Entity(name, PERSON, role, gender, _SG, pos, sentence, key)
                if b - a == 2 and words[1].startswith("ال") and n == _SG:
                    # "وأضاف رجل الأعمال": the "رجل أعمال كويتي" told of before
                    noun = words[1][2:]
                    for other in reversed(self._entities):
                        if other.kind == ANONYMOUS:
                            w = normalize(other.surface).split(None, 2)
                            if len(w) > 1 and w[0] == head and w[1] == noun:
                                return other
                if (
                    n == _SG
                    and ra < rb
                    and (
                        named := self.named_in_commas(
                            a, ra, rb, _surface(doc, a, first_skip, prefix, a, b), gender
                        )
                    )
                ):
                    # "موظف في البلدية، X،": the description, then the name
                    return named
                whole = _surface(doc, a, first_skip, prefix, a, b)
                return _entity(
                    whole,
                    ANONYMOUS,
                    whole,
                    gender,
                    n,
                    pos,
                    sentence,
                    accusative,
                )
        # The article: a folded "ال" that was a plain alef in the original.
        # "آلان"/"ألكسندر" fold to "ال…" too, but an article never carries a
        # hamza or madda, so those are names.  (Read from the tokens: words[0]
        # may have lost a prefix above.)
        # (indexed over range(a, b): cheaper than zipping two slices)
        art = _articles(doc, a, b)
        # title chunk then name: "السفيرة الأمريكية في باماكو غيليان ميلوفانوفيتش"
        i = 0
        while i < n_words and (
            words[i] in lx.HONORIFICS
            # (فضيلة an honorific only before a title or a rank, "فضيلة
            # الشيخ X"; else a woman's first name, "الوزيرة فضيلة الحسني")
            or (words[i] == "فضيله" and i + 1 < n_words and words[i + 1] in _HONORIFICS_OR_RANKS)
            # ("الدكتور مهندس X": a bare degree after an honorific, before
            # a name with no article, is a second honorific)
            or (
                words[i] in _BARE_DEGREES
                and i > 0
                and words[i - 1] in lx.HONORIFICS
                and i + 1 < n_words
                and not art[i + 1]
            )
        ):
            # "الأستاذة الجامعية": a feminine honorific and a feminine nisba
            # that agrees with it (a family name has no feminine: "الأستاذة
            # نائلة السليني")
            she = i + 1 < n_words and words[i][-1] == "ه" and words[i + 1][-2:] == "يه"
            if (
                # (or the name in commas after it: "المهندس البلدي، X،"; or no
                # name: "وعلقت الأستاذة الجامعية", a description)
                (i + 2 < n_words or (i + 2 == n_words and (rb > ra or she)))
                and art[i + 1]
                and (words[i + 1][-1:] == "ي" or she)
                and _IS_TITLE_HEAD[words[i]]
            ) or (i + 1 < n_words and words[i + 1] in _PATRONYMIC_LINKS):
                # "المهندس الزراعي X": a profession with its adjective;
                # "الشيخ ولد سيديا": before a link, a first name
                break
            if (
                i + 3 < n_words
                # (the doctor too, an honorific that is a profession:
                # "الدكتور في كلية الطب X Y")
                and (_IS_TITLE_HEAD[words[i]] or words[i] in _DOCTOR_HONORIFICS)
                and (
                    words[i + 1] in lx.ROLE_PREPOSITIONS
                    or (words[i + 1][0] == "ب" and words[i + 1][1:] in _POST_PLACES)
                )
            ):
                # "الأستاذة في جامعة القاهرة X Y", "المهندس بشركة …": a
                # profession with where it is practised; a name never opens
                # with a preposition
                break
            if words[i] in _OWNER and i + 1 < n_words and words[i + 1] not in lx.HONORIFICS:
                # "صاحب محل للتحف X", "صاحب الفرن": the owner of a shop or a
                # bakery, a description; only "صاحب السمو/الجلالة/المعالي" honours
                break
            i += 1
        if (
            i == n_words
            and cue is not None
            and cue.kind == lx.VERB
            and words[-1] in _LONE_HONORIFICS
            # (not before a name in marks: "نفى الدكتور “X Y”، نائب …")
            and (b >= self.n or toks[b] not in QUOTE_MARKS or self.said_in_marks(b, a, cue))
        ):
            # "وقال الشيخ «…»": the verb's subject an honorific alone, a bare
            # title (the person named with it before, or the honorific)
            whole = _surface(doc, a, first_skip, prefix, a, b)
            e = _entity(whole, PERSON, whole, gender, number, pos, sentence, accusative)
            e.key = "title:" + words[-1]
            return e
        name_from = title_at = i
        title_head = None
        construct = False
        nested_title = False
        apposition_title = False
        if (
            i < n_words
            and (
                _IS_TITLE_HEAD[words[i]]
                # ("كبير المفاوضين X Y", "كبيرة مستشاري الوزير X": the chief
                # of a body of people, in construct with its plural)
                or (words[i] in _CHIEF and i + 1 < n_words and _chief_of(words[i + 1]))
                # ("الدكتور في كلية الطب X Y": a doctor's where he works, his
                # post, as a professor's; the honorific loop stops there)
                or (
                    words[i] in _DOCTOR_HONORIFICS
                    and i + 3 < n_words
                    and words[i + 1] in lx.ROLE_PREPOSITIONS
                )
            )
            and (i + 1 == n_words or words[i + 1] not in _PATRONYMIC_LINKS)
            # (the two helpers' first tests of the word, inline: most words
            # are neither أمين nor a ruler's title word)
            and not (words[i] == "امين" and _amin_named(words, i, n_words))
            and not (words[i] in _TITLE_FIRST_NAMES and _ruler_named(words, art, i, n_words))
            and not (i + 1 < n_words and self.title_word_in_name_met(words[i], words[i + 1]))
            and not (
                # "شيخة راشد المهيري": a name written with ة, not "شيخه" (his
                # sheikh) read as a title with its possessive
                words[i][-1] == "ه"
                and words[i] not in lx.TITLES
                and words[i][2:] not in lx.TITLES
                and words[i] not in _DOCTOR_HONORIFICS
                and words[i] not in _CHIEF  # ("كبيرة الاقتصاديين X")
                and not self.ha_ending(a + i)
            )
        ):  # ("الشيخ ولد سيديا": before a link, a first name)
            title_head = words[i]
            # a title with a possessive ("جارها X", "نظيره X") is definite: it
            # takes no genitive, the next word opens the name (a title that
            # folds to end in ه is possessed only when the text writes ه)
            construct = not "ال" <= words[i] < "ام" and (
                (words[i] in lx.TITLES or words[i] in _CHIEF)
                and not (
                    (words[i][:-1] in _RELATION_TITLES or words[i][:-1] in _SERVING_POSTS)
                    and self.ha_ending(a + i)
                )
            )
            i += 1
            genitive = False  # a title without the article expects its genitive
            while i < n_words:
                w = words[i]
                if (
                    _IS_TITLE_HEAD[w]
                    and i + 1 < n_words
                    and not art[i]
                    and self.title_word_in_name_met(w, words[i + 1])
                ):
                    # "الفريق قائد Y" after "الفريق X قائد Y": a title word
                    # and the word after it in a name met before open the
                    # name, no post in apposition
                    break
                if art[i] and _TITLE_WALK_PLAIN[w] and words[i - 1] not in _TRIBES:
                    # (the commonest word here, a definite one none of the
                    # tests below keys on, after no tribe's noun: one lookup,
                    # then what the branch for a definite word below does)
                    genitive = False
                    if w in _AFFAIRS_OF and nested_title:
                        nested_title = False
                    if w in lx.TITLES and construct and i == name_from + 1:
                        nested_title = True
                    elif w in lx.TITLES:
                        apposition_title = True
                    i += 1
                    continue
                # (one lookup: the tests below each hold one of these of the word,
                # which most words of a title are not: _TITLE_WALK_SKIPS)
                if _TITLE_WALK_SKIPS[w]:
                    if (
                        w[0] == "و"
                        and i + 3 < n_words
                        and words[i - 1] in QUOTE_MARKS
                        and words[i + 1] in QUOTE_MARKS
                        and (w[1:] in _OUTLET_HEADS or w[1:] in lx.ORGANIZATION_HEADS)
                        and _index_in(words, title_at, i - 1, QUOTE_MARKS) is not None
                        and (close := _index_in(words, i + 2, n_words, QUOTE_MARKS)) is not None
                        and close + 1 < n_words
                    ):
                        # "رئيسة تحرير وكالة «X» وقناة «Y» Z W": a second body in
                        # marks joined by و is the post's too; the name follows
                        i = close + 1
                        genitive = False
                        continue
                    if w in _DASHES and _dashed_nisba_pair(words, i, n_words):
                        # "رئيس الدائرة السياسية – الأمنية في وزارة الدفاع X"
                        # (scan_np): two nisbas joined by a dash, one
                        # adjective of the post's body; the name follows
                        i += 1
                        genitive = False
                        continue
                    if w in _SEE_DEPENDENCIES:
                        # "متروبوليت طرطوس وتوابعها للسريان المطران X" (scan_np):
                        # the see's dependencies, the post's; the name follows
                        i += 1
                        genitive = False
                        continue
                    if w in _NOT_WORDS and i + 2 < n_words:
                        # "ناطق وزارة الصحة في حكومة الحوثيين الغير معترف بها X":
                        # غير and the adjective it negates (with the pronoun its
                        # preposition takes) describe the post's body, no name
                        i += 3 if words[i + 2] in _NEGATED_PP and i + 3 < n_words else 2
                        if i + 1 < n_words and words[i] in _NEGATED_HOW:
                            i += 1
                        genitive = False
                        continue
                    if (
                        _specified_elative(w)
                        and i + 1 < n_words
                        and not art[i + 1]
                        # (the noun in the accusative, or an abstract noun in
                        # ية: not a name after a plain adjective, "مدرب
                        # الفريق الأفضل X Y")
                        and _specification_noun(w, words[i + 1])
                    ):
                        # "رئيس الفريق الأكثر شعبية", "الحزب الأقل
                        # تمثيلا": an elative and its noun of specification
                        # describe the post's body, no name opens at the noun
                        # (dev22s)
                        i += 2
                        genitive = False
                        continue
                    if w in _RANK_QUALIFIERS and (
                        _rank_goes_on(words, i, n_words)
                        # "وأضاف الفريق أول أن": the rank's last word ends the
                        # phrase, the rank alone, no name "أول" (not "الفريق أول
                        # أمس", the day before yesterday)
                        or (
                            i == n_words - 1
                            and i > 0
                            and (
                                words[i - 1] in _MILITARY_RANKS or words[i - 1] in _RANK_QUALIFIERS
                            )
                            and (b >= self.n or toks[b] not in _AGO_DAYS)
                        )
                    ):
                        # "الفريق أول ركن X": the rank's words, before the name
                        i += 1
                        continue
                    if w in _RETIRED and _retired_goes_on(words, i, n_words):
                        # "اللواء متقاعد X Y", "الوزير متقاعد X": "retired"
                        # without the article after a definite title or rank is
                        # the post's, as "المتقاعد" is; the name follows
                        i += 1
                        continue
                    if (
                        w in _LATELY
                        and i > 1
                        and art[i - 1]
                        and not _IS_TITLE_HEAD[words[i - 1]]
                        and i + 3 < n_words
                        and words[i + 1] in ("لدي", "في")
                    ):
                        # "السفير المعين مؤخرا لدى المغرب X Y" (scan_np): lately,
                        # then the post's place, both the post's; the name follows
                        i += 1
                        continue
                    if (
                        w in _NAMED_INSTITUTIONS
                        and (genitive or (construct and i == title_at + 1))
                        and (k := _named_institution_end(words, art, i, n_words))
                    ):
                        # "مدير مستشفى كمال عدوان حسام X", "رئيس جامعة الأمير
                        # نايف X Y": the person the body is named after is the
                        # body's name, the post's; the holder's name follows
                        i = k
                        genitive = False
                        continue
                if (
                    genitive
                    and not art[i]
                    and w not in QUOTE_MARKS
                    and w != "من"
                    and not (w in _PLACE_FIRST_WORDS and words[i - 1] in _PLACE_HEADS)
                ):
                    # "ولي العهد رئيس مجلس الوزراء": مجلس belongs to رئيس; a
                    # body in construct takes its own genitive in turn ("وزير
                    # النقل رئيس مجلس إدارة الهيئة")
                    # (and a place head its place's name: "والي ولاية قفصة X")
                    genitive = (
                        w in lx.ORGANIZATION_HEADS
                        or (w in _PLACE_HEADS and i + 1 < n_words)
                        or _construct_goes_on(words, i, n_words)
                    )
                    i += 1
                    continue
                genitive = False
                # (one lookup, as above: _TITLE_WALK_BREAKS)
                if _TITLE_WALK_BREAKS[w]:
                    if (
                        w in _SAINTS
                        and i + 2 <= n_words
                        and (
                            words[i - 1] in _SAINT_BODIES
                            or (words[i - 1][:1] == "ل" and words[i - 1][1:] in _SAINT_BODIES)
                        )
                        and not art[i + 1]
                    ):
                        # "رئيس دير مار مارون الأرشمندريت X", "راعي كنيسة
                        # القديس جاورجيوس الأب X": the saint a church or a
                        # monastery is named after, and his name, are the
                        # body's, the post's; the holder's name follows (or
                        # none: "وقال رئيس دير مار مارون إن")
                        i += 2
                        continue
                    if (
                        w in _PLACE_FIRST_WORDS
                        and i + 1 < n_words
                        and (
                            words[i - 1] in _PLACE_HEADS
                            or (words[i - 1][:1] in "لب" and words[i - 1][1:] in _PLACE_HEADS)
                            # "والي سيدي بوزيد X": a governor of the place itself
                            or (words[i - 1] in _GOVERNORS and w == "سيدي")
                        )
                    ):
                        # "والي ولاية سيدي بوزيد X": after a place head سيدي/بني/عين
                        # opens the place's name of two words, not the person's
                        i += 2
                        continue
                    if (
                        construct
                        and i == title_at + 1
                        and i + 2 <= n_words
                        and w in _GENITIVE_PERSON_HONORIFICS
                        and title_head not in lx.HONORIFICS
                        and name_from == title_at
                    ):
                        # "وقال محامي الدكتور X Y", "مستشار الشيخ X Y": the
                        # honorific right after a post in construct is its
                        # genitive, the name after it the honoured one's, not the
                        # post's holder; the speaker is the one so described,
                        # unnamed (as "مستشار الرئيس X Y", nested_title below)
                        whole = _surface(doc, a, first_skip, prefix, a, b)
                        if ra < rb and (named := self.named_in_commas(a, ra, rb, whole, gender)):
                            return named  # ("…، علاء الخصاونة،": he is named)
                        return _entity(
                            whole, ANONYMOUS, whole, gender, number, pos, sentence, accusative
                        )
                    if (
                        i > title_at + 1
                        and words[i - 1] in _OFFICES_OF_A_PERSON
                        and w in _GENITIVE_PERSON_HONORIFICS
                        and (k := _honoured_name_end(words, i, n_words))
                    ):
                        # "مدير مكتب السيد عمار الحكيم في البصرة كريم
                        # العبادي": after a person's office in construct, a
                        # person's honorific opens its genitive, the one whose
                        # office it is, his whole name; the walk reads on to
                        # the post's place and its holder's name (dev35s,
                        # mend35e)
                        i = k
                        continue
                    if (
                        i > title_at + 1
                        and words[i - 1] in _OFFICES_OF_A_PERSON
                        and w in _GENITIVE_PERSON_HONORIFICS
                        and name_from == title_at
                        and i + 1 < n_words <= i + 6
                        and _honoured_name_ends_phrase(words, i + 2, n_words)
                    ):
                        # "وقال مدير مكتب السيد الحكيم:", "مدير مكتب الشيخ X
                        # الY": the honoured one's name ends the phrase, no
                        # holder's name after it; the speaker is the office's
                        # unnamed head so described (as "مستشار الشيخ X Y"
                        # above), not the honoured one (kw38)
                        whole = _surface(doc, a, first_skip, prefix, a, b)
                        if ra < rb and (named := self.named_in_commas(a, ra, rb, whole, gender)):
                            return named
                        return _entity(
                            whole, ANONYMOUS, whole, gender, number, pos, sentence, accusative
                        )
                    if (
                        w in lx.HONORIFICS
                        and not (
                            # ("مستشار الشيخ": the honorific alone is the title's
                            # genitive, the one he advises; no name follows)
                            construct
                            and i == n_words - 1
                            and i == title_at + 1
                            and w in _LONE_HONORIFICS
                        )
                        # "رئيس الديوان الملكي الأسبق X Y", "مدير المكتب
                        # الملكي الخاص X": "royal" after a body is the body's
                        # adjective, an honorific only after "السمو"
                        # ("صاحب السمو الملكي الأمير X"); the walk reads on
                        and not (w == _ROYAL_ADJECTIVE and words[i - 1] not in _HIGHNESS)
                    ):
                        break  # "وزير الخارجية الدكتور فيصل المقداد": the name follows
                    if (
                        w in _TITLES_BEFORE_NAME
                        and i > title_at + 1
                        and i + 1 < n_words
                        and not art[i + 1]
                        and not _named_after(words[i - 1])
                    ):
                        # "محافظ نابلس اللواء X", "رئيس اللجنة النائب X", "العاهل
                        # السعودي الملك X": after a post read whole, a rank or a
                        # title with the article right before the name is how the
                        # name is addressed, as an honorific is, not the post
                        break
                    if (
                        w in _PARTICIPLE_COMPLEMENTS
                        and art[i - 1]
                        and _participle_complemented(words, i)
                    ):
                        # "رئيس المجلس الممدد له X", "الرئيس المنتهية ولايته X"
                        # (scan_np): the participle's complement, the title's
                        i += 1
                        continue
                if words[i - 1] in _IN_CHARGE and (k := _charge_end(words, art, i, n_words)):
                    # "رئيس الوزراء المكلف تأليف الحكومة X", "المبعوث المكلف بإدارة
                    # الأزمة X": what the post is charged with, a verbal noun
                    # (glued to بـ or not) and its definite genitive, is the
                    # post's; the name follows
                    i = k
                    continue
                if "وال" <= w < "وام" and len(w) > 4 and (i > name_from + 1 or w[1:] in lx.TITLES):
                    # "وزير المياه والري", "وزير الخارجية والمغتربين"; a second
                    # title coordinated with the first: "المحامي والناشط الحقوقي X"
                    i += 1
                    if w in _RELATIONS and i + 2 < n_words and words[i] == "مع" and art[i + 1]:
                        i += 2  # "وزير العدل والعلاقات مع البرلمان X" (scan_np)
                    continue
                if "و" <= w < "ى" and i + 1 < n_words and art[i + 1] and _and_construct(w):
                    i += 1  # "وزير العدل وحقوق الإنسان X": the body's name goes on
                    continue
                if w in _AND_COMPASS and i + 2 < n_words and not art[i + 1]:
                    # "مديرة قسم الشرق الأوسط وشمال أفريقيا X": the region
                    genitive = True
                    i += 1
                    continue
                if (
                    w[0] == "و"
                    and w[1:] in lx.TITLES
                    and w[1:3] != "ال"
                    and i + 2 < n_words
                    and (
                        art[i + 1]
                        or words[i + 1] in lx.ORGANIZATION_HEADS
                        # ("ومدير مدرسة القرية X": a place a post is held in)
                        or words[i + 1] in _POST_PLACES
                        # ("عضو المكتب السياسي للحركة ورئيس وفدها X": a
                        # genitive with the pronoun of the body named before)
                        or (
                            len(words[i + 1]) >= 5
                            and (
                                words[i + 1][-2:] in ("ها", "هم")
                                or (words[i + 1][-1] == "ه" and self.ha_ending(a + i + 1))
                            )
                        )
                        # ("حاكم الإقليم ونائب رئيس المجلس X": a title in
                        # construct with another and its genitive)
                        or (
                            words[i + 1] in lx.TITLES
                            and i + 3 < n_words
                            and (art[i + 2] or words[i + 2] in lx.ORGANIZATION_HEADS)
                        )
                    )
                ):
                    # "نائب رئيس الوزراء ووزير الخارجية X", "الناطق الرسمي
                    # ومدير إدارة الإعلام X": a second post joined to the
                    # first before the name, with its genitive, is the same
                    # person's
                    genitive = True
                    i += 1
                    continue
                if w in _MARKS_OR_PAREN:
                    # "رئيس «التيار الوطني الحر»": the body's name in marks;
                    # "(CONECT)": an acronym aside
                    close = _index_in(words, i + 1, n_words, QUOTE_MARKS if w != "(" else ")")
                    if close is None:
                        break
                    i = close + 1
                elif (
                    w == "ل"
                    and i + 2 < n_words
                    and words[i + 1] in QUOTE_MARKS
                    and words[i + 2] not in lx.OUTLET_HEADS
                    and (
                        words[i + 2] in lx.ORGANIZATION_HEADS
                        # "رئيس المكتب السياسي لـ"حماس" إسماعيل هنية": any
                        # body in marks before the holder's name (scan_np,
                        # name_after_body)
                        or _body_then_name(words, art, i + 2, n_words)
                    )
                ):
                    # "الأمين العام لـ«حزب الله»": the body in marks after
                    # لـ, the title's genitive (as scan_np reads it)
                    close = _index_in(words, i + 2, n_words, QUOTE_MARKS)
                    if close is None:
                        break
                    i = close + 1
                elif w in _SPORT_BALL and i + 2 <= n_words and art[i + 1]:
                    # "المدير الفني لفريق كرة القدم X Y", "منتخب كرة السلة":
                    # the sport (كرة and its definite genitive) is the
                    # team's, never the first words of the name (nor a
                    # name when it ends the phrase: "رئيس الاتحاد المصري
                    # لكرة القدم")
                    i += 2
                elif words[i - 1] in _TRIBES and i + 1 < n_words:
                    # "شيخ عشيرة بني تميم X": the tribe's own name, as in scan_np
                    i += 2 if w in _TRIBE_LINKS and i + 2 < n_words else 1
                elif (
                    art[i]
                    and w in _ARTICLE_FIRST_NAMES
                    and i + 1 < n_words
                    # (right after a title that takes no genitive too: "الرئيس
                    # المنصف X", "الإمام الصادق X"; after a bare one the next
                    # word is its genitive)
                    and (
                        i > name_from + 1
                        or (
                            not construct
                            # (not an adjective of the title: "القاضي الفاضل
                            # محمد علي", "الطبيب المختار من اللجنة"; read21)
                            and words[i + 1] not in _GIVEN_NAMES
                            and words[i + 1] not in lx.NP_STOP
                            and words[i + 1] not in _NAME_END_PREPOSITIONS
                        )
                    )
                    and words[i + 1] not in lx.TITLES
                    and words[i - 1] not in _NAME_LINKS
                ):
                    break  # "وزير الصحة الطاهر القلال": a first name with the article
                elif (
                    w == "علي"
                    and i + 1 < n_words
                    and (
                        words[i - 1] in _ALA_TITLE_WORDS
                        or (words[i - 1] == "العام" and words[i - 2] in _ALA_TITLE_WORDS)
                    )
                    and (art[i + 1] or (i + 2 < n_words and art[i + 2]))
                    and doc.orig(doc.starts[a + i], doc.ends[a + i])[-1:] == "ى"
                ):
                    # "المشرف العام على المشروع X", "رئيس لجنة الرقابة على
                    # الانتخابات X", "في قضية التآمر على أمن الدولة X": the
                    # preposition the participle or verbal noun governs (so
                    # spelt) and its object are the post's; the name follows
                    i += 2
                elif w == "الي" and title_head in _TITLES_TO and i + 1 < n_words:
                    i += 2  # "المبعوث الأممي إلى ليبيا X": the post's place, then the name
                elif (
                    w in _RELATIONS
                    and i + 3 < n_words
                    and words[i + 1] == "مع"
                    and (art[i + 2] or (words[i + 2] in _ORGANIZATION_HEADS and art[i + 3]))
                ):
                    # "وزير العلاقات مع مجلس النواب X Y" (scan_np)
                    i += 3 if art[i + 2] else 4
                elif w == "حول" and (m := _body_field_end(words, 0, i, n_words, rb > ra)):
                    i = m  # "مدير المعهد الوطني للبحوث حول الهجرة X Y" (scan_np)
                elif w == "من" and words[i - 1] in _COMING_FROM and i + 3 < n_words:
                    # "الفلاح القادم من سيدي بوزيد X Y": where the person
                    # comes from (one word, two after a place's first word
                    # such as سيدي/بني/عين), then a name of two words or more
                    i += 3 if words[i + 1] in _PLACE_FIRST_WORDS and i + 4 < n_words else 2
                elif art[i] or "لل" <= w < "لم":
                    if w in _AFFAIRS_OF and nested_title:
                        # "مستشار الرئيس السوداني للشؤون الخارجية X": the
                        # affairs the title serves, after its genitive: the
                        # name after them is the title's holder's
                        nested_title = False
                    if w in lx.TITLES and construct and i == name_from + 1:
                        # "مستشار الرئيس X": the name is the president's; a
                        # title later on is an apposition ("عضو الكتلة النائب X")
                        nested_title = True
                    elif w in lx.TITLES:
                        apposition_title = True
                    i += 1
                elif w == "لشوون" and i + 2 < n_words and art[i + 1]:
                    # "مستشار الرئيس لشؤون الأمن القومي X": the affairs in
                    # construct with their definite genitive, as "للشؤون"
                    # with its adjective: the name after is the title's holder's
                    nested_title = False
                    i += 1
                elif (
                    w == "لدول"
                    and i + 1 < n_words
                    and art[i + 1]
                    and any(
                        x in lx.ORGANIZATION_HEADS
                        or (x[:1] == "ل" and x[1:] in lx.ORGANIZATION_HEADS)
                        for x in map(words.__getitem__, range(max(title_at + 1, i - 3), i - 1))
                    )
                ):
                    # "الأمين العام لمجلس التنسيق لدول الحوض X",
                    # "رئيس المجلس الأعلى لدول الساحل": the states whose body
                    # it is, glued to لـ after the body and its genitive or
                    # adjective, are in the body's name (not "وقال الوزير
                    # لدول الجوار", those he spoke to)
                    i += 1
                elif "ل" <= w < "م" and w[1:] in _LAM_GENITIVE_HEADS:
                    i += 1  # "الأمين العام لحزب الله"
                    if (
                        i + 1 < n_words
                        and words[i] in QUOTE_MARKS
                        and w[1:] not in lx.OUTLET_HEADS
                        and (close := _index_in(words, i + 1, n_words, QUOTE_MARKS)) is not None
                    ):
                        # "الرئيس السابق لحزب «الأمل» المعارض X Y": the body's
                        # name in marks (not an indefinite noun in construct,
                        # read below), then its adjectives, then the name
                        i = close + 1
                        continue
                    if (
                        w[1:] in _TEAM_HEADS
                        and i < n_words
                        and (words[i] in _COUNTRIES or words[i] in _CITIES)
                    ):
                        # "المدير الفني لمنتخب مصر X": the team's country
                        i += 1
                        continue
                    if (
                        w[1:] in lx.TITLES
                        and i + 1 < n_words
                        and not art[i]
                        and words[i] in lx.ORGANIZATION_HEADS
                    ):
                        # "المستشار الثقافي لرئيس مجلس الوزراء العراقي X":
                        # a title glued to لـ takes its genitive, a body in
                        # construct with its own, as the title itself does
                        genitive = True
                        continue
                    if w[1:] in _PLACE_HEADS:
                        # "رئيس النيابة الخصوصية لبلدية دار شعبان الفهري نبيل
                        # القاسمي", "لبلدية حمام الأنف X Y": a place name of two
                        # or three words that ends with the article, then a name
                        # of two words or more
                        for m in (i + 1, i + 2):
                            if (
                                m + 2 < n_words  # (a name of two words after it)
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
                                i + 2 < n_words
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
                    elif (
                        w[1:] in _LAM_BODY_HEADS
                        and i + 1 < n_words
                        and not art[i]
                        and (
                            art[i + 1]
                            # ("لوكالة إغاثة وتشغيل النازحين X": a second noun
                            # joined by و shares the definite genitive)
                            or (
                                i + 2 < n_words
                                and art[i + 2]
                                and words[i + 1][:1] == "و"
                                and _and_construct(words[i + 1])
                            )
                        )
                        and words[i] not in _NAME_LINKS
                        and words[i + 1] not in _ARTICLE_FIRST_NAMES
                    ):
                        # "الرئيس السابق لجمعية رجال الأعمال البحرينية X":
                        # the body in construct with an indefinite noun and
                        # its definite genitive (read on below), then a
                        # name of two words or more
                        m = i + 1 if art[i + 1] else i + 2
                        while m < n_words and art[m]:
                            m += 1
                        if n_words - m >= 2:
                            i += 1
                        elif m == n_words:
                            # "وقال المدير العام لجمعية رجال الأعمال إن": the
                            # body's name ends the phrase, no person's name
                            i = m
                    elif (
                        w[1:] in _LAM_BODY_HEADS
                        and w[1:] not in lx.OUTLET_HEADS  # ("لوكالة فرانس برس")
                        and i + 3 <= n_words
                        and words[i].isalnum()
                        and words[i + 1].isalnum()
                        and not art[i]
                        and not art[i + 1]
                        and words[i] not in _NAME_LINKS
                        and words[i + 1] not in _NAME_LINKS
                        and words[i] not in lx.TITLES
                    ):
                        # "عضو المكتب السياسي لحركة حماس X Y": the body's own
                        # name, one word without the article, then a name of
                        # two words or more
                        i += 1
                    elif (
                        w[1:] in _LAM_BODY_HEADS
                        and w[1:] not in lx.OUTLET_HEADS
                        and i + 1 == n_words
                        and words[i].isalnum()
                        and not art[i]
                        and words[i] not in lx.TITLES
                    ):
                        # "وقال رئيس المكتب السياسي لحركة حماس إن": the body's
                        # one-word name ends the phrase, no person's name
                        i += 1
                elif w in lx.TITLES:
                    if i + 1 < n_words and words[i + 1] in _NAME_LINKS:
                        break  # "أمينة بن عمار": a first name, not a title
                    if w == "امين" and _amin_named(words, i, n_words):
                        break  # "الرئيس الأسبق أمين الجميل": the given name
                    if (
                        w in _TITLE_GIVEN_NAMES
                        and (
                            art[i - 1]
                            # "محافظ عدن سلطان X": after a post complete in
                            # its bare genitive (a place), not after a title
                            # word ("نائب أمير منطقة …")
                            or (i > title_at + 1 and not _IS_TITLE_HEAD[words[i - 1]])
                        )
                        and i + 1 < n_words
                        # (or a family name in -ي with the article ending
                        # the phrase: "النائب رائد المالكي"; or any other
                        # but a country's or a body's or a place's: "الناطق
                        # باسم النقابة رائد الصوص", "محافظ عدن سلطان
                        # الخصاونة", not "أمير الكويت", "أمير المنطقة")
                        and (
                            not art[i + 1]
                            or (
                                i + 2 == n_words
                                and (
                                    words[i + 1][-1] == "ي"
                                    or (
                                        words[i + 1] not in _COUNTRIES
                                        and (
                                            words[i + 1][-1] != "ه"
                                            or _ruled_family_name(words[i + 1])
                                        )
                                    )
                                )
                            )
                        )
                        and words[i + 1] not in _TITLE_NAME_GENITIVES
                        and words[i + 1] not in lx.TITLES
                        and words[i + 1] not in _BODY_OR_PLACE_HEADS
                        and words[i + 1] not in lx.ROLE_PREPOSITIONS
                        and not _genitive_start(words[i + 1])
                    ):
                        # "الوزير رائد خوري", "النائب أمير X": after a
                        # definite title, a title word that is a given name
                        # too, with no article, before a word that is no
                        # genitive of a post, opens the name (a definite
                        # title takes no indefinite title after it)
                        break
                    if (
                        i + 2 == n_words
                        and not art[i]
                        and art[i - 1]
                        and i > title_at + 1
                        and art[i + 1]
                        and words[i + 1][-1] == "ي"
                        and words[i + 1] not in lx.TITLES
                        and words[i + 1] not in _BODY_OR_PLACE_HEADS
                        and not _genitive_start(words[i + 1])
                    ):
                        # "النائب عن ائتلاف النصر فلاح الخفاجي": after a
                        # complete post, a title word that also names (فلاح)
                        # and one last word, a nisba with the article, ending
                        # the phrase are the name (a second post's genitive
                        # is no nisba: "ولي العهد رئيس الوزراء")
                        break
                    genitive = True
                    i += 1
                elif (
                    w in lx.ROLE_PREPOSITIONS
                    and i + 1 < n_words
                    and (
                        w != "باسم"
                        or ("باسم" not in words[title_at:i] and not _basim_after_known(words, i))
                    )
                ):
                    i += 2
                    if w == "في" and words[i - 1] == "ام" and i < n_words:
                        i += 1  # ("في أم درمان": a place's name of two words)
                    if words[i - 1] in QUOTE_MARKS:
                        # "في "الدفاع المدني السوري"": the body's name in marks
                        close = _index_in(words, i, n_words, QUOTE_MARKS)
                        if close is None:
                            break
                        i = close + 1
                        continue
                    if (
                        i + 1 < n_words
                        and words[i - 1] in lx.ORGANIZATION_HEADS
                        and words[i] in QUOTE_MARKS
                    ):
                        # "النائب عن كتلة "النهضة الديمقراطية" X": the body's
                        # name in marks
                        close = _index_in(words, i + 1, n_words, QUOTE_MARKS)
                        if close is None:
                            break
                        i = close + 1
                    elif (
                        i < n_words
                        # ("الباحث في جامعة قرطاج X Y": a university or a
                        # school, the place of a post too; not its nisba,
                        # "في مدرسة ثانوية")
                        and (
                            words[i - 1] in _BODY_OR_PLACE_HEADS
                            or (words[i - 1] in _POST_PLACES and not words[i].endswith(("ي", "يه")))
                        )
                        and not art[i - 1]
                        and not art[i]
                        and (
                            (i + 1 < n_words and (art[i + 1] or n_words - i >= 3))
                            # "نائب الوزير في حكومة صنعاء": the body's one-word
                            # name ends the phrase; no person's name follows
                            or i + 1 == n_words
                        )
                    ):
                        # "في حركة مجتمع السلم", "باسم حركة حماس حازم قاسم";
                        # "في ولاية سيدي بوزيد X": a place's name of two words
                        i += (
                            2
                            if words[i] in _PLACE_FIRST_WORDS
                            # (a body's name never opens so; a university's
                            # or a hospital's may: "جامعة عين شمس")
                            and (
                                words[i - 1] not in lx.ORGANIZATION_HEADS
                                or words[i - 1] in _NAMED_AFTER_HEADS
                            )
                            and n_words - i >= 4
                            else 1
                        )
                        if (
                            i < n_words
                            and words[i - 1] in _PLACE_HEADS
                            and words[i - 2] not in _PLACE_HEADS
                            and not art[i]
                            and words[i] not in _NAME_LINKS
                            and (i + 1 == n_words or words[i + 1] not in _NAME_LINKS)
                        ):
                            # "المتحدثة باسم حكومة إقليم كردستان X Y": the
                            # body's genitive a place head, it takes the
                            # place's own name in turn; the name follows
                            i += 2 if words[i] in _PLACE_FIRST_WORDS and n_words - i >= 4 else 1
                        elif (
                            n_words - i >= 3
                            and words[i] in _REGNAL
                            and words[i - 2] in _POST_PLACES
                            and words[i + 1] not in _NAME_LINKS
                        ):
                            i += 1  # "في جامعة محمد الخامس X Y": the king's number
                    elif (
                        i + 1 < n_words
                        and not art[i - 1]
                        and not art[i]
                        and words[i + 1][:2] == "لل"
                    ):
                        # "في مركز جسور للدراسات X": the body's own name, then
                        # its complement (taken next), then the speaker's
                        i += 1
                elif construct and i == name_from + 1:
                    i += 1  # the genitive of a construct title ("وزير خارجية")
                    # "والي ولاية قفصة X": a place head takes the place's name
                    # (not before an adjective: "محافظ إقليم كانم الغربي الجنرال X")
                    genitive = (
                        (w in _PLACE_HEADS and i < n_words and (i + 1 == n_words or not art[i + 1]))
                        or (
                            # "رئيس مجلس إدارة بنك الاتحاد X": a body in construct
                            # with another, each takes its own genitive
                            w in lx.ORGANIZATION_HEADS
                            and i < n_words
                            and words[i] in lx.ORGANIZATION_HEADS
                        )
                        # "رئيس وزراء بريطانيا X", "رئيس وزراء حكومة الوحدة
                        # X": the chain goes on over the first genitive
                        or _construct_goes_on(words, i - 1, n_words)
                    )
                elif (
                    construct
                    and i == name_from + 2
                    and not art[i - 1]
                    and not art[i]
                    and (
                        i + 3 < n_words
                        # ("رئيس رابطة أولياء الأمور سامي:": one word after
                        # the chain, a given name, the name; mend36b)
                        or (i + 3 == n_words and words[i + 2] in _GIVEN_NAMES)
                    )
                    and art[i + 1]
                    and not art[i + 2]
                    and words[i + 2] not in _NAME_LINKS
                    and words[i + 1] not in lx.TITLES
                ):
                    # "نقيب أصحاب مكاتب السياحة سامر X": a construct chain
                    # goes on over indefinite nouns to its first definite
                    # one; the name follows
                    i += 2
                elif (
                    construct
                    and i == name_from + 2
                    and i + 2 == n_words
                    and not art[i - 1]
                    and art[i + 1]
                    and words[i] in _PERSONS_OF_A_BODY
                    and words[i + 1] not in lx.TITLES
                ):
                    # "وقال رئيس رابطة أولياء الأمور: «…»": the chain of a
                    # body of persons ends the phrase, no name after it: the
                    # post speaks unnamed, no name "أولياء الأمور" (kw39)
                    i += 2
                elif (
                    construct
                    and i == name_from + 2
                    and (words[i - 1] in lx.ORGANIZATION_HEADS or words[i - 1] in _OUTLET_HEADS)
                    and not art[i - 1]
                    and not art[i]
                    and i + 1 < n_words
                    and _NAME_FLAGS[w] & 16 == 0
                ):
                    # "رئيس حزب تواصل X", "مؤسس موقع ويكيليكس X": the body's or
                    # the outlet's own name
                    i += 1
                    if (
                        w in _GROUP_CONSTRUCT_HEADS
                        and (i + 2 < n_words or i + 1 == n_words)
                        and words[i] in _COUNTRIES
                    ):
                        # "رئيس نقابة عمال مصر X Y": persons in the plural in
                        # construct with a country, whose body it is (rev39);
                        # the country last, no name after it, the post is
                        # unnamed ("وقال رئيس نقابة عمال مصر إن"; kw39)
                        i += 1
                elif (
                    construct
                    and i == name_from + 2
                    and i + 1 < n_words
                    and art[i + 1]
                    and words[i + 1] in lx.TITLES
                    # (after a definite genitive the post is whole: "وزير
                    # الخارجية سامي المعلم", a first name, then a family name
                    # that is also a title)
                    and not art[i - 1]
                ):
                    i += 1  # "أمير منطقة عسير الأمير X": a place, then the apposition
                elif (
                    construct
                    and not art[name_from + 1]
                    and not art[i - 1]  # (after "مجلس الشيوخ", "علي" is a name)
                    # (right after the title or another adjective: "رئيس حزب
                    # تواصل حمادي" has a name there)
                    and (
                        (
                            (
                                i == name_from + 1
                                # (a city in ي is no nisba: "قائد شرطة دبي X")
                                or (
                                    words[i - 1].endswith(("ي", "يا"))
                                    and words[i - 1] not in _CITIES
                                    # (a country in يا, then a given name or
                                    # one in ى, which no nisba ends in: "سفير
                                    # كولومبيا سامي X", "سفيرة بوليفيا سلمى X")
                                    and not (
                                        words[i - 1][-2:] == "يا"
                                        and (w in _GIVEN_NAMES or self.maqsura_ending(a + i))
                                    )
                                )
                            )
                            and w.endswith(("ي", "يا"))
                        )
                        # (also after the title's own indefinite genitive:
                        # "مدير بنك خاص", "صاحب شركة صغيرة", no name in it)
                        or w in _INDEFINITE_ADJECTIVES
                        or w[:-1] in _INDEFINITE_ADJECTIVES
                        # ("معلمة سورية لاجئة": what the person is; and a
                        # woman's nationality after her other nisba,
                        # "طالبة جامعية سورية", which ends in ه; kw33)
                        or (
                            i > name_from + 1
                            and (
                                w in _PERSON_STATES
                                or (w[-1:] == "ه" and w[:-1] in _PERSON_STATES)
                                or (words[i - 1][-2:] == "يه" and "ال" + w in _NATIONALITIES)
                            )
                        )
                    )
                ):
                    i += 1  # "مسؤول أمني جزائري رفيع" (but "رئيس الوزراء نوري …")
                elif (
                    words[i - 1] == "باعمال"
                    and w in lx.ORGANIZATION_HEADS
                    and i + 2 < n_words
                    and not art[i]
                    and words[i - 2] in _CHARGE_HOLDERS
                ):
                    # "القائم بأعمال سفارة كندا في X Y Z": the embassy with no
                    # article and its own genitive, the state, are the post's
                    # (as "القائم بأعمال السفارة الكندية"; kw30); a definite
                    # genitive, "سفارة اليابان", is read on as the title's
                    i += 1 if art[i + 1] else 2
                elif (
                    w[0] == "ل"
                    and i + 3 < n_words
                    and words[i + 1] in _GROUP_CONSTRUCT_HEADS
                    and (words[i + 2] in _COUNTRIES or art[i + 2])
                    and (w[1:] in lx.ORGANIZATION_HEADS or "ال" + w[1:] in _BODY_PLURALS)
                ):
                    # "رئيس الاتحاد العام لنقابات عمال مصر X Y": a body glued
                    # to لـ in construct with persons in the plural and their
                    # country (or a definite genitive, read on above), the
                    # post's body, the name after it (rev39)
                    i += 3 if words[i + 2] in _COUNTRIES else 2
                elif (
                    w[0] == "ل"
                    and w[1:] in _GROUP_CONSTRUCT_HEADS
                    and i + 1 < n_words
                    and words[i + 1] in _COUNTRIES
                    and (i + 2 == n_words or i + 3 < n_words)
                    and any(
                        (x[2:] if x[:2] == "ال" else x) in _MEMBERS_BODIES
                        for x in words[max(0, i - 2) : i]
                    )
                ):
                    # "رئيس الاتحاد العام لعمال مصر X Y": persons in the
                    # plural glued to لـ with their country, after a body of
                    # members, are the body's (the post unnamed when nothing
                    # follows), the name after them (kw39)
                    i += 2
                elif (
                    w[0] in "بل"
                    and (
                        w in _TITLE_COMPLEMENTS
                        # ("القائم بأعمال السفارة": in construct; dev27r)
                        or (w == "باعمال" and words[i - 1] in _CHARGE_HOLDERS)
                        or (i == name_from + 1 and w.startswith("بال") and i + 1 < n_words)
                        or (
                            w[0] == "ل"
                            and w[1:2] != "ل"
                            and i + 2 < n_words
                            and art[i + 1]
                            and w[1:] not in lx.OUTLET_HEADS
                        )
                        # ("رئيس الجمعية الوطنية لتجار الخضر" ending the
                        # phrase: the persons the body is of, no name; kw35b)
                        or (
                            i >= 2
                            and i + 1 < n_words
                            and art[i + 1]
                            and _persons_genitive(words[i - 2], words[i - 1], w)
                        )
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
            while i < n_words - 1 and words[i][0] in _GENITIVE_FIRST:
                w = words[i]
                if w in _MARKS_OR_PAREN:
                    close = _index_in(words, i + 1, n_words, QUOTE_MARKS if w != "(" else ")")
                    if close is None or close + 1 >= n_words:
                        break
                    i = close + 1
                    continue
                if (
                    not _genitive_start(w)
                    # ("المتحدث باسمها سامي": "in her name" with its pronoun,
                    # complete, after a definite title, is the post's; any
                    # name after it, of one word too, opens there; not the
                    # woman's name "باسمة", folded the same; mend36a)
                    and not (
                        w in _IN_ITS_NAME and art[i - 1] and (w[-1] != "ه" or self.ha_ending(a + i))
                    )
                    and not (
                        # "المدير الجهوي للحماية المدنية بنابل العقيد X", "رئيسة
                        # الجمعية الجهوية لمربي الماشية بباجة الزهرة بن عمر": where
                        # the post is held, after the title's genitive, before an
                        # honorific or a name of two words or more
                        w[0] == "ب"
                        and len(w) > 3
                        # (not a first name that opens with ب, a common one
                        # or one the text named a person with before: "المرشح
                        # للرئاسة بوعلي X Y الحكومة", "بيرام" after the
                        # headline's "المرشح بيرام")
                        and (
                            w in _IN_THE_NAME_OF
                            or (w not in _BA_FIRST_NAMES and not self.person_word_met(w))
                        )
                        # (or after a second adjective joined by و: "رئيس الدائرة
                        # العسكرية والسياسية بوزارة الدفاع X")
                        and (
                            art[i - 1]
                            or words[i - 1].startswith("لل")
                            or (
                                words[i - 1].startswith("وال")
                                and words[i - 1].endswith(("ي", "يه"))
                            )
                            or _joined_genitive(words, i - 1, 0)
                        )
                        and (
                            words[i + 1] in _HONORIFICS_OR_RANKS
                            or (
                                i + 2 < n_words
                                and words[i + 1] not in _NAME_LINKS
                                and words[i + 1] not in _COMPOUND_SECOND
                                # (not a first name in ب, a family name with
                                # the article and then another's post, "استقبل
                                # الرئيس بطرس الحلبي الرئيس الكيني X": a post
                                # held in a place gives its holder's name next,
                                # no second title)
                                and not (
                                    w[1:3] != "ال"
                                    and art[i + 1]
                                    and art[i + 2]
                                    and _IS_TITLE_HEAD[words[i + 2]]
                                    and words[i + 2] not in _HONORIFICS_OR_RANKS
                                )
                                # (not "بمنطقة عين دراهم إن": the place's
                                # own name of two words, ending the phrase)
                                and not (
                                    i + 3 == n_words
                                    and words[i + 1] in _PLACE_FIRST_WORDS
                                    and w[1:] in _PLACE_HEADS
                                )
                            )
                        )
                    )
                ):
                    break
                i += 1
                if (
                    w[1:] in _POST_PLACES
                    and n_words - i >= 4
                    and not art[i]
                    and words[i + 1] in _REGNAL
                    and words[i + 2] not in _NAME_LINKS
                ):
                    # "الباحثة بجامعة محمد الخامس X Y": a place named after a
                    # king, his regnal number ends the place's name
                    i += 2
                elif (
                    w[1:] in _POST_PLACES
                    and n_words - i >= 4
                    and words[i] in _PLACE_FIRST_WORDS
                    and words[i + 2] not in _NAME_LINKS
                ):
                    i += 2  # "بجامعة عين شمس X Y": a place's name of two words
                while (
                    i < n_words - 1
                    and art[i]
                    and words[i] not in lx.TITLES
                    and words[i] not in _HONORIFIC_WORDS
                    and words[i + 1] not in _NAME_LINKS  # ("بالقيروان الطاهر بن سالم")
                ):
                    i += 1
                if (
                    i == n_words - 1
                    and art[i]
                    and w[1:] in _POST_OR_TEAM_HEADS
                    and words[i] not in lx.TITLES
                    and words[i] not in _HONORIFIC_WORDS
                    and not self.known_name_word(words[i])
                    and (
                        words[i].endswith(_ADJECTIVE_ENDINGS)
                        or words[i - 1][-2:] in _SOUND_PLURAL_ENDINGS
                    )
                ):
                    # "X Y مدرب الحراس بنادي الوحدة الإماراتي", "مدير المبيعات
                    # بشركة النفط الوطنية", "بنادي المهندسين العرب": a body or
                    # a team glued to بـ, its name, then a definite word that
                    # agrees with it as its adjective (a nisba, or a plural
                    # after a plural) to the phrase's end: where the post is
                    # held, no person's name (a noun there, "بنادي الوحدة
                    # الملعب", is the verb's object, read as before)
                    i = n_words
                elif (
                    i == n_words - 1
                    and w[0] == "ب"
                    and art[i - 1]
                    and _genitive_start(words[i])
                    and words[i][0] == "و"
                    and not self.known_name_word(words[i])
                ):
                    # "وقال القيادي بحزب الأمانة والإصلاح إن", "الباحث بمركز
                    # الدراسات والأبحاث": the body glued to بـ, its name two
                    # definite words joined by و to the phrase's end; a name
                    # never opens with و and the article (dev20s)
                    i = n_words
            if (
                i == n_words - 1
                and i > title_at + 2
                and art[i]
                and words[i][-2:] == "يه"
                and len(words[i]) > 5
                and words[i - 1][:3] == "وال"
                and _genitive_start(words[i - 1])
                and words[i - 2][0] == "ب"
            ):
                # "وزير العلاقات الخارجية والتعاون بالخارج والشؤون
                # الآسيوية": after the post's place glued to بـ, a second
                # genitive joined by و and its feminine adjective, which
                # agrees with it (a family name is no feminine nisba), are
                # the post's words; no name follows
                i = n_words
            if (
                i < n_words - 1
                and words[i] in lx.ROLE_PREPOSITIONS
                and words[i - 1].startswith("وال")
                and not art[i + 1]
            ):
                # "المدير السابق بالشركة والخبير في سياسات الطاقة": the
                # complement of a title coordinated last; a name never opens
                # with a preposition
                i += 2
                while i < n_words and art[i] and words[i] not in lx.TITLES:
                    i += 1
            for m in range(i + 1, i + 4 if i + 4 < n_words else n_words - 1):
                # "المتحدث الرسمي للدفاع المدني بمنطقة مكة المكرمة العقيد X",
                # "محافظ إقليم ودّاي التشادي الجنرال X": a rank or an honorific
                # a few words on opens the name; the words before it are the
                # place of the post
                wm = words[m]
                if wm in _HONORIFICS_OR_RANKS or wm == "المستشار":
                    # ("رئيس نيابة الجرائم المالية وغسل الأموال المستشار X":
                    # the judicial honorific of judges and prosecutors)
                    if (
                        (
                            wm not in (".", "د")
                            # "أستاذ الاقتصاد بجامعة عدن د. X": the abbreviation
                            # (its point dropped too, as scrapers deliver it),
                            # a name after it
                            or (wm == "د" and m + 2 < n_words)
                        )
                        and words[m - 1] not in _NAME_LINKS
                        # (a rank that no name follows, "رئيس البلدية رياض
                        # المقدم الجيش اللبناني": the family name المقدم, the
                        # verb's object after it)
                        and not (
                            wm in _MILITARY_RANKS
                            and (
                                m + 1 == n_words
                                or (art[m + 1] and words[m + 1] not in _ARTICLE_FIRST_NAMES)
                            )
                        )
                        # (nor an honorific after a given name and before a
                        # post in construct, "وزير الزراعة X الحاج رئيس
                        # اتحاد البلديات Y Z": the family name, the post after
                        # it the one received; kw36)
                        and not (
                            m + 2 < n_words
                            and words[m - 1] in _GIVEN_NAMES
                            and not art[m + 1]
                            and words[m + 1] in lx.TITLES
                        )
                        and _TITLES_MARKS_COMMAS.isdisjoint(words[i:m])
                        # (not the same words again after it: "المستشار X Y
                        # المستشار X Y تصوير", a photo caption doubled, the
                        # words before it the name; the same honorific before
                        # both, as "مدير مستشفى الملك فيصل الدكتور فيصل X"
                        # names a place that is a first name too)
                        and (words[i - 1] != wm or words[i:m] != words[m + 1 : m + 1 + m - i])
                    ):
                        if (
                            nested_title
                            and any(x in _THEN for x in words[i:m])
                            # (not a rank or honorific a head of state bears
                            # himself: "مستشار الرئيس السوداني آنذاك المشير
                            # عمر البشير", the president's name; mend36d)
                            and wm not in _HEAD_OF_STATE_RANKS
                        ):
                            # "مستشار الرئيس السوداني آنذاك الدكتور X": "then"
                            # closes the post in construct with a title, the
                            # honorific after it opens its holder's name, no
                            # longer the president's (rev39)
                            nested_title = False
                        i = m
                    break
            if (
                i + 2 < n_words
                and words[i].isdigit()
                and len(words[i]) <= 2
                and words[i - 1][0] == "ب"
            ):
                i += 1  # "… بتونس 1 X Y": the number of the court, the post's
            if (
                i < n_words
                and n_words - i <= 3
                and words[i][0] == "ب"
                and len(words[i]) > 3
                # (or a definite genitive coordinated to the post's first:
                # "وزير العلاقات الخارجية والتعاون بالخارج")
                and (art[i - 1] or words[i - 1][:2] == "لل" or _genitive_start(words[i - 1]))
                and (
                    (
                        # "المدير الجهوي للصحة بنابل إن", "للنهوض بالتشغيل،":
                        # after a complete post, a last word glued to بـ
                        # that no name opens with, or the town of a post
                        # held in a region (not "وزير الخارجية بلينكن", nor
                        # a name met before)
                        # (or a town or a country known, where any post is
                        # held: "وقال القنصل الأمريكي ببنغازي:"; mend36a)
                        i + 1 == n_words
                        and (
                            _genitive_start(words[i])
                            or not _REGIONAL_POSTS.isdisjoint(words[title_at:i])
                            or words[i][1:] in _CITIES
                            or words[i][1:] in _COUNTRIES
                        )
                        and not self.known_name_word(words[i])
                        and words[i] not in _BA_FIRST_NAMES
                    )
                    or (
                        # "المدير الجهوي للتجهيز بولاية جندوبة إن": a place
                        # head glued to بـ and the place's name end the post
                        # (a team's too: "مدرب الحراس بنادي الوحدة")
                        words[i][1:] in _POST_OR_TEAM_HEADS
                        and i + 1 < n_words
                        and words[i + 1] not in _NAME_LINKS
                        and words[i + 1] not in _HONORIFICS_OR_RANKS
                        and (
                            i + 2 == n_words
                            or words[i + 1] in _PLACE_FIRST_WORDS
                            or (art[i + 2] and words[i + 2] not in _HONORIFICS_OR_RANKS)
                        )
                    )
                )
            ):
                # the post's place and the post are the speaker, unnamed
                i = n_words
            if (
                i > title_at
                and i + 2 < n_words
                and art[i - 1]
                and not art[i]
                and (w := words[i])[0] == "ل"
                and w[:2] != "لل"
                and len(w) > 3
                and w.isalpha()
                and w not in _GIVEN_NAMES
                # (not أمين, a post too: "… لـX أمين منطقة الرياض")
                and words[i + 1] in _GIVEN_NAMES
                and words[i + 2].isalpha()
                and words[i + 2] not in lx.TITLES
                and words[i + 2] not in lx.ROLE_PREPOSITIONS
                and not self.known_name_word(w)
            ):
                # "الرئيس التنفيذي لأرامكو محمد X": after a complete definite
                # post, a company or a body glued to لـ with no article is
                # the post's, the name opens at the given name after it
                i += 1
            if (
                title_at + 1 < i < n_words - 1
                and words[i - 1][:3] == "الم"
                and _participle_own_subject(
                    words[i - 2],
                    words[i - 1],
                    words[i],
                    self.ha_ending(a + i),
                    words[i + 1],
                )
                and not self.known_name_word(words[i])
            ):
                i += 1  # "رئيس البرلمان المجمدة أشغاله X": the post's words
            i = _post_runs_to_given_name(words, art, title_at, i, n_words, self.maqsura_ending, a)
            if title_at < i < n_words and (
                (
                    i > title_at + 1
                    and n_words - i <= 2
                    and words[i - 1][:3] == "بال"
                    and words[i - 1][1:] in lx.ORGANIZATION_HEADS
                    and all(art[i:n_words])
                    and words[i] not in _ARTICLE_FIRST_NAMES
                    and _unnamed_source_before(words, title_at, i - 1)
                )
                or (
                    n_words - i <= 4
                    and words[i][0] == "ب"
                    and (words[i][1:] in lx.ORGANIZATION_HEADS or words[i][1:] in _POST_PLACES)
                    and _unnamed_source_before(words, title_at, i)
                    and not any(
                        w in _GIVEN_NAMES or w in _HONORIFICS_OR_RANKS
                        for w in words[i + 1 : n_words]
                    )
                )
            ):
                # "وقال مسؤول كبير بالبيت الأبيض:", "مسؤول أمني بالوزارة",
                # "مسؤول أمريكي بوزارة الخارجية": after an unnamed source
                # and his adjectives, the body or the region he works at
                # glued to بـ (scan_np; kw37) and its name's words, to the
                # end, are his description's, no name of his (mend35a)
                i = n_words
            if (
                title_at + 2 < i < n_words
                and words[i - 1] in _ARTICLE_FIRST_NAMES
                and art[i - 2]
                and words[i - 2] not in _NAME_LINKS
            ):
                # "القيادي بحزب الأمة القومي الواثق X", "المدير بوزارة الصحة
                # الطاهر X": the definite words read on after a body glued to
                # بـ end at a given name with the article, the name's first
                # word (rev34)
                i -= 1
            if i == n_words - 1 and i > title_at + 1 and _city_after_place_head(words, i):
                # "وقال مدير الأمن في العاصمة طرابلس إن", "بالعاصمة
                # السورية دمشق": the city in apposition to a definite place
                # ends the post, no holder's name after it; the post and
                # its place speak, unnamed (kw32)
                i = n_words
            if i < n_words and (m := _outlet_initials_end(words, i, n_words)) > i:
                if m + 1 == n_words or (
                    m + 2 == n_words
                    and words[m + 1][:1] == "ب"
                    and len(words[m + 1]) > 3
                    and words[m + 1] not in _BA_FIRST_NAMES
                    and not self.known_name_word(words[m + 1])
                ):
                    # "قال مراسل نور أف أم إن", "لمراسل نور إف إم
                    # بصفاقس": the phrase ends in a radio's initials,
                    # spelt in letters' names (scan_np), or in the town
                    # its correspondent works in: the outlet's, the
                    # title's genitive, no person's name; its staffer
                    # speaks, unnamed
                    whole = _surface(doc, a, first_skip, prefix, a, b)
                    return _entity(whole, ANONYMOUS, whole, gender, _SG, pos, sentence, False)
                i = m + 1  # "مدير إذاعة نور أف أم X Y": the name after them
            role = _surface(doc, a, first_skip, prefix, a + name_from, a + i)
            if (
                i > name_from + 1
                and i < n_words
                and words[i - 1] in _BARE_HONORIFICS
                and words[i] in _HONORIFICS_RANKS_OR_PRINCE
            ):
                # "سفير دولة قطر لدى الأردن سعادة السيد X", "وزير الدولة
                # معالي الدكتور X": a bare honorific, then another with the
                # article, after the post honours the holder, no genitive of
                # the post (rev37)
                role = _surface(doc, a, first_skip, prefix, a + name_from, a + i - 1)
                if not art[i - 2] and (
                    (i - 2 == name_from and words[i - 2] in lx.TITLES)
                    or (
                        i - 3 == name_from
                        and words[i - 2] in _words_module._OFFICES_IN_CONSTRUCT
                        and words[i - 3] in lx.TITLES
                    )
                ):
                    # (but "مستشار سمو الشيخ X", "مدير مكتب سمو الشيخ X":
                    # right after a bare title in construct, or its office,
                    # the honorific opens the title's genitive: the one
                    # named is whom the post serves, its holder unnamed;
                    # mend34f)
                    whole = _surface(doc, a, first_skip, prefix, a, b)
                    return _entity(whole, ANONYMOUS, whole, gender, _SG, pos, sentence, False)
            if i > name_from + 2 and words[i - 1] == ")":
                # "وزيرة الصحة (يسار الصورة) X Y": a caption between the post
                # and its holder's name (scan_np) is no part of the post
                j = i - 2
                while j > name_from and words[j] != "(":
                    j -= 1
                if words[j] == "(" and (
                    words[j + 1] in _CAPTION_SIDES
                    or not _PICTURE_WORDS.isdisjoint(words[j + 1 : i - 1])
                ):
                    role = _surface(doc, a, first_skip, prefix, a + name_from, a + j)
            if i < n_words - 1 and (
                words[i] in _THEN
                or (
                    words[i] in _LATELY
                    and words[i - 1][:2] == "ال"
                    and not _IS_TITLE_HEAD[words[i - 1]]
                )
            ):
                i += 1  # "السفير الأمريكي آنذاك روبرت فورد": then, not the name
            elif (
                i == n_words - 1
                and i >= 2
                and words[i] in _LATELY
                and words[i - 1][:3] == "الم"
                and not _IS_TITLE_HEAD[words[i - 1]]
            ):
                # "وقال النائب المنتخب حديثا إن": "lately" after the post's
                # participle, and no name after it: the post alone speaks
                i += 1
            elif i == n_words - 1 and i >= 2 and words[i] in _POST_KIND_ADJECTIVES:
                # "وقال المسؤول المكلف بالإعلام الرسمي إن": an adjective of
                # the post's kind or time alone at the end (no country's
                # nisba) is the post's, no name: the post alone speaks (kw24)
                i += 1
                role = _surface(doc, a, first_skip, prefix, a + name_from, a + i)
            elif (
                i >= 3
                and i < n_words
                and words[i - 1] in _PARTICIPLE_PRONOUN_COMPLEMENTS
                and words[i - 2][:3] == "الم"
                and (words[i] in _LATELY or _nisba_adverb(words[i]))
            ):
                # "رئيس الهيئة المعترف بها دوليا X Y": a participle, its
                # complement with the body's pronoun, then an adverb
                # ("internationally", "lately"): the post's, not the name's
                i += 1
                role = _surface(doc, a, first_skip, prefix, a + name_from, a + i)
            name_from = i
            if (
                construct
                and i + 1 < n_words
                and not art[1]
                and (
                    words[i] == "من"
                    # "صحافية من قناة محلية": the preposition read into the
                    # title; the body after it is where she works, no name
                    or (words[i - 1] == "من" and i >= 2 and words[i - 2] == title_head)
                )
            ):
                # "ناشطة حقوقية من صفاقس", "نائب آخر من الكتلة نفسها": an
                # unnamed person described by where they come from
                g = _F if title_head.endswith("ه") else gender
                if (
                    named := self.named_in_commas(
                        a, ra, rb, _surface(doc, a, first_skip, prefix, a, b), g
                    )
                ) is not None:
                    return named
                whole = _surface(doc, a, first_skip, prefix, a, b)
                return _entity(
                    whole,
                    ANONYMOUS,
                    whole,
                    g,
                    number,
                    pos,
                    sentence,
                    accusative,
                )
        else:
            role = None
        while (
            name_from < n_words - 1
            and (
                words[name_from] in _HONORIFICS_OR_RANKS
                or (
                    words[name_from] in _TITLES_BEFORE_NAME
                    and name_from > title_at + 1
                    and not _named_after(words[name_from - 1])
                )
                # ("المستشار دكتور X", "المستشارة دكتورة X": a bare degree
                # after the title, before a name with no article, is an
                # honorific, no word of the name)
                or (words[name_from] in _BARE_DEGREES and not art[name_from + 1])
            )
            and title_head
            and words[name_from + 1] not in _PATRONYMIC_LINKS
        ):  # ("الشيخ ولد أحمدو": before a link, a first name)
            name_from += 1
            while _rank_goes_on(words, name_from, n_words) or _retired_goes_on(
                words, name_from, n_words
            ):
                # "رئيس مجلس السيادة الفريق أول ركن X": the rank's words
                # are no name
                name_from += 1
        name_end = n_words
        if name_from < n_words and words[name_from] == "من":
            # a name never opens with a preposition: "الناشط الجمعوي من
            # تمنراست X Y" (where the person is from, then the name), but
            # "مدير الاستخبارات السابق من القاضي …" is the title alone, then
            # the verb's complement
            if name_from + 3 < n_words and not art[name_from + 1]:
                name_from += 2
                if role:
                    role = (
                        role
                        + " "
                        + _surface(doc, a, first_skip, prefix, a + name_from - 2, a + name_from)
                    )
            else:
                name_end = name_from
        name_to = name_from
        if "(" in words:
            # "مارك ديفيس (Mark Davis)": the Latin spelling aside ends the name
            paren = words.index("(", name_from) if "(" in words[name_from:] else name_end
            name_end = min(n_words, max(paren, name_from + 1))
        object_at = 0
        if (
            title_head
            and name_from + 1 < name_end
            and not art[name_from]
            and (
                art[name_from + 1]
                or (
                    name_from + 2 < name_end
                    and art[name_from + 2]
                    and words[name_from + 1] in lx.TITLES
                )
            )
            # (nor the second half of a compound given name after it: "نظام
            # الدين X"; nor after a verb of saying that takes
            # no object: "وقال النائب حرب X"; mend30b)
            and words[name_from + 1] not in _COMPOUND_SECOND
            and not (
                cue is not None and cue.kind == lx.VERB and _lemma_key(cue) in _SAYING_NO_OBJECT
            )
            and (
                _bare_object_noun(w := words[name_from], bodies=False)
                # "ووصف الوزير بيان الحكومة بأنه": a statement's noun that
                # is also a given name, in construct with a definite body
                # (no family name), is the verb's object too (kw33)
                or (
                    w in _STATEMENTS_ALSO_NAMES
                    and art[name_from + 1]
                    and words[name_from + 1] in lx.ORGANIZATION_HEADS
                )
            )
        ):
            # "ووصف السفير زيارة الوزير إلى واشنطن بأنها", "… زيارة وزير
            # الخارجية": a thing or an event with no article in construct
            # with a definite genitive (or a post) after a bare title is the
            # verb's object, no name; the title alone speaks (dev30s)
            name_end = object_at = name_from
        # "عبد الكريم ناجي التميمي": a compound first name counts as one
        # word where a rule below asks how far into the name a word is
        compound = (
            1 if name_from + 1 < n_words and words[name_from] == "عبد" and art[name_from + 1] else 0
        )
        # a name runs to five words, its links not counted ("X بن عبد الرحمن
        # آل Y": a full Gulf name, then the post after it)
        links = 0
        # the word after the phrase, past a day ("وأكد الوزير X Y الZ اليوم
        # الاثنين أن", "أمس"): what a verb of saying's subject ends before
        # (rev37)
        bd = b
        while bd < self.n and bd < b + 2 and toks[bd] in _DEICTIC_DAYS:
            bd += 1
        after = toks[bd] if bd < self.n else ""
        while name_to < name_end and name_to - name_from - links < 5:
            w = words[name_to]
            k = name_to - name_from
            kn = k - compound
            f = _NAME_FLAGS[w]  # (one lookup; 0 for most words)
            if f:
                if (
                    f & 16
                    and k
                    and words[name_to - 1] not in _PATRONYMIC_LINKS
                    # ("بشارة بطرس الراعي": a title that is one bare only,
                    # with the article a family name; dev36rd)
                    and not (art[name_to] and w[2:] in lx.TITLES_BARE_ONLY)
                    and (name_to + 1 == n_words or words[name_to + 1] not in _PATRONYMIC_LINKS)
                    # ("الأمير بندر بن سلطان": a title word with no article
                    # right after بن is the father's name)
                    # ("عز الدين بن الشيخ": after بن, with the article too,
                    # a family name)
                    and not (
                        words[name_to - 1] in _SON_LINKS
                        and (not art[name_to] or words[name_to - 1] == "بن")
                    )
                    # ("عبد الملك X": after عبد a word with the article is the
                    # second half of the compound first name, never a title)
                    and not (words[name_to - 1] == "عبد" and art[name_to])
                    # ("محمد ولد اعل الشيخ،": the father's name after the
                    # link, two words, may end with a title word)
                    and not (
                        k >= 3
                        and name_to + 1 == n_words
                        and words[name_to - 2] in _PATRONYMIC_LINKS
                        and not art[name_to - 1]
                    )
                    # ("محمد الأمين،": a compound first name, not "الأمين العام")
                    # (or "محمد الأمين بوزيد": a family name after it, not
                    # the article's genitive)
                    and not (
                        w == "الامين"
                        and k == 1
                        and (
                            name_to + 1 == n_words
                            or (
                                not words[name_to + 1].startswith("ال")
                                and words[name_to + 1] not in lx.TITLES
                                and not _IS_TITLE_HEAD[words[name_to + 1]]
                            )
                        )
                    )
                    # ("وزير الخارجية حسين الأمين الفاضل إن": after a given
                    # name, الأمين and then a definite word ending the phrase
                    # that no post of الأمين takes after it, a family name, is
                    # the name's middle; but "X الأمين العام", "X الأمين
                    # الأول", "X الأمين القطري": the post after the name;
                    # rev39)
                    and not (
                        w == "الامين"
                        and k == 1
                        and name_to + 2 == n_words
                        and art[name_to + 1]
                        and words[name_from] in _GIVEN_NAMES
                        and _family_after_amin(words[name_to + 1])
                    )
                    # ("محمد أمين الزياني": a compound first name; an
                    # indefinite title takes a noun, never a nisba, as its
                    # genitive)
                    and not (
                        w == "امين"
                        and k == 1
                        and name_to + 2 == n_words
                        and art[name_to + 1]
                        and words[name_to + 1][-1] == "ي"
                    )
                    # ("العقيد نبيل قائد حسن", "محمد أمين سالم": between two
                    # given names, a bare title word that is a name too is
                    # the name's own; a post is in construct with a body or
                    # a place, never with a given name. But "سامي مستشار
                    # حسن", "أحمد نائب محمد": a title word no one is named,
                    # his post; rev29)
                    and not (
                        k == 1
                        and w in _TITLE_WORDS_IN_NAMES
                        and not art[name_to]
                        and words[name_from] in _GIVEN_NAMES
                        and name_to + 1 < n_words
                        and words[name_to + 1] in _GIVEN_NAMES
                    )
                    # ("وزير الخارجية سامي المعلم إن", "المذيع عمرو أديب
                    # لضيفه": after a post and a first name, a title word
                    # that ends the phrase, taking no genitive, or one with
                    # the article that the post of another follows, is the
                    # family name; so is one without the article ending the
                    # phrase after a longer name, "الرئيس محمد عبد الله أمين")
                    and not (
                        title_head is not None
                        and not art[name_from]
                        and (
                            (
                                name_to + 1 == n_words
                                and (art[name_to] or w[-1] != "ه")  # ("نظيره": his)
                                and (k == 1 or not art[name_to])
                            )
                            or (
                                k == 1
                                and art[name_to]
                                and words[name_to + 1] in lx.TITLES
                                and not art[name_to + 1]
                            )
                            # ("وسأل المذيع عمرو أديب ضيفه:": before the one
                            # asked, a noun with the pronoun "his")
                            or (
                                k == 1
                                and name_to + 2 == n_words
                                and words[name_to + 1][-1] == "ه"
                                and len(words[name_to + 1]) >= 4
                                and _asked_noun(words[name_to + 1])
                                and self.ha_ending(a + name_to + 1)
                            )
                        )
                    )
                    # ("وقال سامي القاضي إن", "اتهم X الحارس، رئيس …،": with
                    # no post before, a title word with the article that
                    # ends the phrase right after a first name, before a
                    # comma, أنّ or a colon, is the family name; a post
                    # after a name goes on with its genitive)
                    and not (
                        title_head is None
                        and k == 1
                        and art[name_to]
                        and not art[name_from]
                        and name_to + 1 == n_words
                        and b < self.n
                        and (toks[b] in _COMMAS or toks[b] in _THAT or toks[b] == ":")
                        and w not in _HONORIFIC_WORDS_OR_RANKS
                        and not _feminine_title(w)
                    )
                ):
                    # a title (with or without the article) after the name;
                    # but next to a link it is a name ("محمد الأمين ولد اعبيد",
                    # "سيدي ولد الشيخ")
                    break
                if (
                    f & 1
                    and (k or f & 8 or (f & 2 and title_head is None))
                    # ("وزير التموين علي خطاب"، "سامي حوار": a family name
                    # that is an occasion too, last in the phrase; scan_np
                    # kept it there only so)
                    and not (k and name_to + 1 == name_end and w in _OBJECT_OR_NAME)
                ):
                    break
                if f & 4 and _surface(doc, a, first_skip, prefix, a + name_to, a + name_to + 1)[
                    -2:
                ] in ("اً", "ًا"):
                    break  # "رداً", "تعليقاً": a name never carries the tanween
                if (
                    f & 4
                    and k
                    and _accusative_broken_plural(w)
                    # (not a family name of that shape ending the phrase
                    # before إن or a colon, nor right after a verb of
                    # saying, which takes no object: "وقال الوزير X شروطا،
                    # إن", "… شروطا للصحافيين إن")
                    and not (
                        name_to + 1 == n_words
                        and b < self.n
                        and (toks[b] in _THAT or toks[b] == ":")
                    )
                    and not self.said_right_before(a)
                ):
                    # "وفرض X Y شروطا قاسية، وقال", "ورصد الوزير X Y أموالا
                    # طائلة": a broken plural in the accusative after the
                    # name, its tanween unmarked, is the verb's object
                    break
            if (
                k == 1
                and (
                    (art[name_to] and art[name_from])
                    or (w[0] == "ل" and len(w) > 3 and self.known_name_word(w[1:]))
                )
                and title_head is None
                and self.known_family_name(words[name_from], w)
            ):
                # "وصفت الكعبي النقاشات بأنها …" after "نجيبة الكعبي": the family
                # name of a person named before, then the verb's object (or,
                # glued to لـ, another person named before, the one spoken to:
                # "يعرب الحداد لسميث عن …")
                break
            if (
                k == 1
                and title_head is None
                and name_to + 1 == n_words
                and cue is not None
                and cue.kind == lx.VERB
                and cue.lemma in _TELL_BARE
                and self.known_last_name(words[name_from], w)
                and self.known_last_name(w, "")
            ):
                # (mend34e, review B R4: not after a title, which brings in
                # a new name in full, "وأبلغ رئيس اللجنة أحمد حسن"; nor with
                # the one told after the pair, "وأبلغ أحمد حسن الصحفيين";
                # nor after دعا/طالب, whose one called is not bare)
                # "وأبلغ العبيدي هاملتون بأن" after "سالم العبيدي" and "جورج
                # هاملتون": after a verb of telling, the last name alone of
                # one named before in full, then another's: the subject,
                # then the one told, no word of his name
                break
            if (
                k == 1
                and title_head is None
                and (
                    w in _COUNTRIES
                    or (
                        art[name_to]
                        and (w in _DEFINITE_OBJECTS or _definite_plural_object(toks, a + name_to))
                    )
                    # "واعتبر X قرار المجلس بأنه …": a thing of policy with no
                    # article in construct with a definite genitive (dev29r)
                    or (
                        not art[name_to]
                        and w in _OBJECT_THINGS
                        and w not in _THINGS_ALSO_OTHER
                        and name_to + 1 < n_words
                        and art[name_to + 1]
                    )
                )
                and self.known_last_name(words[name_from], w)
            ):
                # "وطالب X الكويت، في حديث …", "وناشد X فرنسا", "ودعا X
                # الحكومة إلى": a country or a common object of news verbs
                # after the last name alone of a person named before in full
                # is the verb's object, no word of the name
                break
            # (one lookup: the tests below each hold one of these of the word,
            # which most name words are not: _NAME_BREAKS)
            if _NAME_BREAKS[w]:
                if (
                    k >= 2  # (a full name: not "ولا يخفي أحد المسؤولين", a verb)
                    and w in _ONE_OF
                    and name_to + 1 < n_words
                    and words[name_to - 1] not in _NAME_LINKS
                ):
                    # "ونقلت البرقية عن دافيد هاحام أحد مستشاري باراك قوله",
                    # "X Y إحدى الناشطات": "one of" in construct with a plural
                    # after the name opens his description in apposition, as a
                    # post does, no comma before it
                    break
                if (
                    k
                    and w in _STAR
                    and name_to + 1 < n_words
                    and _star_of(words[name_to + 1], k)
                    and words[name_to - 1] not in _NAME_LINKS
                ):
                    # "وقال X نجم منتخب بلاده", "X Y نجم الزمالك السابق": a star
                    # of a team in construct after the name opens his
                    # description, no comma before it (as "X، نجم الزمالك،" in
                    # commas; "نجم الدين" is a name)
                    break
                if (
                    k >= 2
                    and w in _KIN_HEADS
                    and name_to + 1 < n_words
                    and words[name_to - 1] not in _NAME_LINKS
                    and _IS_TITLE_HEAD[words[name_to + 1]]
                ):
                    # "الأمير X بن Y نجل وزير الداخلية": kin in construct with a
                    # post after a full name opens his description, no comma
                    # before it (as "أحد مستشاري" does); never a name word
                    break
                if (
                    k
                    and name_to + 1 < n_words
                    and _ba_bare_masdar(w, "ال")
                    and words[name_to - 1] not in _NAME_LINKS
                    and not self.known_name_word(w)
                ):
                    # "وطالب الوزير X Y بفتح تحقيق", "بوقف حملة": بـ glued to a
                    # bare verbal noun and its object after the name, what is
                    # asked for, no word of the name (definite object or not)
                    break
                if (
                    k
                    and "ب" <= w < "ة"
                    and _BA_LONG_MASDAR[w]
                    and words[name_to - 1] not in _NAME_LINKS
                    and (
                        w[1:] in _MODAL_NOUNS
                        # (a verbal noun فعول before what it governs: not a
                        # family name of its shape, "برهوم", before إن or a comma)
                        or (
                            (
                                nxt := words[name_to + 1]
                                if name_to + 1 < n_words
                                else (toks[b] if b < self.n and self.is_word[b] else "")
                            ).isalpha()
                            and nxt not in _THAT
                            and nxt not in lx.NP_STOP
                        )
                    )
                    and not self.known_name_word(w)
                ):
                    # "وأقر X بوجود صعوبات", "وطالب X بضرورة …", "وأشاد X بأهمية
                    # …": بـ glued to a verbal noun with a long vowel (فعول) or a
                    # noun of weight, what is admitted or asked for, no word of
                    # the name (a given name alone before it keeps its post)
                    break
                if (
                    # (only at the name's first word: after it, every verb of
                    # _NEWS_VERBS is a verb's shape, f & 1, and broke above)
                    title_head is not None
                    and name_from
                    and (
                        art[name_from - 1]
                        # ("أن وزير خارجية قطر أصدر قرار العفو", "أن محافظ
                        # بغداد أطلق …": the post's genitive a state or a city,
                        # with no article)
                        or words[name_from - 1] in _words_module._COUNTRIES
                    )
                    and name_to + 1 < n_words
                    and w in _NEWS_VERBS
                ):
                    # "أن الوزير أصدر قرار العفو، وقال", "بأن المحافظ أطلق حملة
                    # …": a verb of news right after a definite title, then its
                    # object, is no name (the shape of أصدر and أطلق is that of
                    # أحمد and أكرم, so scan_np read on): the title speaks
                    # unnamed, the phrase ending before the verb. The listed
                    # verbs only: a derived present's shape is a name's too
                    # ("الرئيس الإسرائيلي يتسحاق هرتسوغ أكد", final read)
                    b = a + name_from
                    break
                if k and w in _OUTLET_HEADS and words[name_to - 1] not in _NAME_LINKS:
                    # "أبلغ المتحدث X Y قناة «…» أن": an outlet after the name
                    # is the one told, no word of the name
                    break
                if (
                    k
                    and w in _SHORT_BROKEN_PLURALS
                    and (
                        art[name_to + 1]
                        if name_to + 1 < n_words
                        # (the genitive may stand past the phrase, scan_np
                        # ending it before a common object: "قوى المجتمع")
                        else b < self.n and self.is_word[b] and toks[b][:2] == "ال"
                    )
                    # (not a family name "قوي" after a verb of saying, which
                    # takes no object: "وقال الرئيس X قوي الأربعاء إن")
                    and not self.said_right_before(a)
                ):
                    # "ودعا الرئيس X قوى المجتمع إلى الحوار", "وحث X Y دول
                    # الجوار": a short broken plural in construct with a definite
                    # genitive after the name is the verb's object (no family
                    # name has that shape: "قوى" folds to "قوي", which ends a
                    # name only with nothing after it)
                    break
                if (
                    k
                    and (
                        # (after a verb of holding or taking up a post: "وقال X
                        # منصب رئيس …" is a family name, a verb of saying taking
                        # no object)
                        (w in _POST_NOUNS and a and toks[a - 1] in _HOLDS_OR_TAKES_POST)
                        # ("وترشح X لمنصب رئيس الاتحاد": the post sought)
                        or w == "لمنصب"
                    )
                    and name_to + 1 < n_words
                    and _IS_TITLE_HEAD[words[name_to + 1]]
                ):
                    # "ويشغل X Y منصب رئيس الاتحاد، وقال", "ويتولى X مهام رئيس
                    # الحكومة": the noun of the post held, then the post, after
                    # the name is the verb's object, no name word (the post is
                    # his, below)
                    break
            if (
                k
                and art[name_to]
                and (
                    # (after a title or two name words: "وأبدت قلق المحكمة"
                    # is a verbal noun and its genitive, no name)
                    (
                        w in _DEFINITE_OBJECTS
                        and (
                            title_head is not None
                            or kn >= 2
                            # (or after a name of one word with the article,
                            # which no genitive follows: "ودعا X الحكومة")
                            or (k == 1 and art[name_from])
                        )
                        # (not the phrase's last word right before the
                        # that-clause of a verb of saying that takes no
                        # object: "وقال المحامي X الخطاب إن", a family name;
                        # kw33)
                        and not (
                            name_to + 1 == n_words
                            and b < self.n
                            and toks[b] in _THAT
                            and cue is not None
                            and cue.kind == lx.VERB
                            and _lemma_key(cue) in _SAYING_THAT_NO_OBJECT
                        )
                    )
                    or (
                        # "ودعا X الأحزاب إلى", "وناشد X المواطنين": a
                        # definite plural of persons by its shape after a
                        # name's first word (a given name, or one with the
                        # article) is the one called on, no family name
                        k == 1
                        and (pl := _PERSONS_PLURAL[w])
                        and (
                            (pl == 1 and (art[name_from] or words[name_from] in _GIVEN_NAMES))
                            # (a participle's plural in م only after a name
                            # with the article that is no given name: "مهند
                            # المبيضين" is a name)
                            or (art[name_from] and words[name_from] not in _ARTICLE_FIRST_NAMES)
                        )
                    )
                    or (
                        k == 1
                        and w[-2:] == "ات"
                        # (a family name in ات before أنّ: "وقال النائب
                        # حسن البركات إن" after "سامي حسن")
                        and not (name_to + 1 == n_words and b < self.n and toks[b] in _THAT)
                        and len(w) >= 7
                        and not art[name_from]
                        and self.known_last_name(words[name_from], w)
                    )
                )
                and words[name_to - 1] not in _NAME_LINKS
            ):
                # "وانتقدت النائبة X Y المشروع، وقالت", "ورفض الوزير X
                # القرار": a body, a document or a common object of news
                # verbs (no family name) is the verb's object; so is a
                # plural in ات after the last name of a person named before
                # in full ("ووصف بلينكن العلاقات بين …")
                break
            # An article word belongs to a name only second ("محمد الغنوشي",
            # "عز الدين …") or after a link ("ولد عبد العزيز"); later it is
            # the object of the verb ("أحمد أويحيى المعارضة").
            if (
                kn >= 2
                and art[name_to]
                and w != "الله"
                and words[name_to - 1] not in _NAME_LINKS
                # (the family name after a grandfather's given name: above)
                and not (
                    k == 3
                    and _grandfather_then_family(words, art, name_from, name_to - 1)
                    and (b >= self.n or self.closes_subject(b))
                    and (cue is None or cue.lemma not in _TELL_SOMEONE)
                    and not (a and toks[a - 1] in _GUEST_VERBS)
                )
                and words[name_to - 1] not in _HAJJ  # ("عمر حسن حاج الطيب")
                and not (kn == 2 and words[name_to - 1] in _COMPOUND_SECOND)
                # "توفيق شرف الدين", "محمد نور الدين": the second half of a
                # compound name after its first half, wherever it stands
                and not (
                    words[name_to - 1] in _COMPOUND_FIRST
                    and (w in _COMPOUND_SECOND_ANY or (words[name_to - 1], w) in _COMPOUND_PAIRS)
                )
                and not (
                    kn >= 2
                    and words[name_to - 2] in _NAME_LINKS
                    and (
                        w[-1] == "ي"
                        or w.endswith("يه")
                        or (name_to + 1 == n_words and b < self.n and toks[b] in _COMMAS)
                    )
                )  # (a nisba, or the last word before a comma: not "سهام بن سدرين الحكومة")
                and not (
                    kn == 2
                    and name_to + 1 == n_words
                    and (
                        (w[-1] == "ي" and len(w) > 5)
                        or (b < self.n and toks[b] in _COMMAS)
                        # "قال محمد عبدالله الخصاونة ان": a verb of saying
                        # takes no object before its that-clause
                        # or before an adjunct: "وقال النائب احمد خليل
                        # العواملة خلال الجلسة ان"
                        or (
                            b < self.n
                            and (after in _THAT or toks[b] in _ADJUNCT_OPENERS)
                            and cue is not None
                            and cue.kind == lx.VERB
                            and _lemma_key(cue) in _SAYING
                        )
                    )
                    and not art[name_to - 1]
                )
                and not (
                    kn == 2
                    and name_to + 1 == n_words
                    and b < self.n
                    and self.saying_ends_name(b, cue)
                )
                and not (
                    # "وأوضح عضو الهيئة سامي الطويلي الحمامي أن", "وأكد
                    # النائب X Y العواملة أن": before أنّ, a verb of saying
                    # that takes no person for object has the whole phrase
                    # for subject, every word with the article up to it
                    # ("وقال رئيس الوزراء الشيخ X عبد الله Y الZ إن"; not
                    # "أبلغ X Y السفير أن": the one told); so before the
                    # verb's own preposition ("وشدد X Y الZ على أن") and
                    # before his relayed saying ("عن X Y الZ قوله")
                    kn >= 2
                    and all(art[name_to:n_words])
                    # (not "وأكد مدرب المنتخب X Y الفرنسي أن": a nationality
                    # after the name describes him: a feminine one or a foreign one)
                    and not (
                        words[-1] in _NATIONALITIES
                        and (words[-1][-2:] == "يه" or words[-1] in _FOREIGN_NATIONALITIES)
                    )
                    and b < self.n
                    and (
                        toks[b] in _SAYING_OF_THEM
                        or (
                            cue is not None
                            and cue.kind == lx.VERB
                            and cue.lemma not in _OBJECT_BEFORE_THAT
                            and (
                                (
                                    after in _THAT
                                    # ("وذكّر الوزير X Y المواطنين بأن": بأنّ
                                    # after a verb that takes no بـ follows
                                    # the one told)
                                    and (
                                        after[0] != "ب"
                                        or (
                                            cue.particle == "ب"
                                            # (but "وطمأن الوزير X Y
                                            # المواطنين بأن": a plural of
                                            # persons before بأنّ after a
                                            # verb that tells someone is
                                            # the one told; mend34f)
                                            and not (
                                                cue.lemma in _TELL_BEFORE_BI
                                                and _persons_plural_told(words[n_words - 1])
                                            )
                                        )
                                        # (only a verb that takes the one
                                        # told, and no family name in ي:
                                        # "وأوضح المتحدث X Y العلي بأن")
                                        or cue.lemma not in _TELL_BEFORE_BI
                                        or words[n_words - 1][-1] == "ي"
                                    )
                                )
                                or (
                                    cue.particle is not None
                                    and toks[b] == _PARTICLES_FOLDED.get(cue.particle)
                                )
                                # ("أعلن وزير الخارجية X Y الZ عن", "أكد X Y الZ
                                # على": a preposition the verb takes, though
                                # its cue has none, kw31)
                                or (
                                    _SAYING_OWN_PREPOSITION.get(cue.lemma) == toks[b]
                                    # (not a verbal noun, the verb's object:
                                    # "أعلن X Y الإفراج عن", "أكد X Y الحرص
                                    # على", mend29c)
                                    and not _own_preposition_object(words[n_words - 1][2:])
                                )
                            )
                        )
                    )
                )
                and not (
                    # "انتقد النائب X Y الZ أداء الوزير": a family name with
                    # the article, then a noun of evaluation in construct
                    # (the verb's object, its genitive after it); the name
                    # ends after the family name
                    kn == 2
                    and not art[name_to - 1]
                    and name_to + 2 < n_words
                    and words[name_to + 1] in _EVALUATED_NOUNS
                )
                and not (
                    # "مشعل الأحمد الجابر الصباح", "صباح الخالد الحمد
                    # الصباح": a father's given name with the article (Gulf
                    # style) goes on to the grandfather's, and after two of
                    # them to the family's
                    art[name_to - 1]
                    and words[name_to - 1][2:] in _GIVEN_NAMES
                    and (
                        w[2:] in _GIVEN_NAMES
                        or (
                            name_to - 2 > name_from
                            and art[name_to - 2]
                            and words[name_to - 2][2:] in _GIVEN_NAMES
                        )
                    )
                )
                and not (
                    # "وقال الوزير عثمان الطيب الفكي، أمس، إن", "أحمد الطاهر
                    # النعيمي خلال الجلسة": a father's given name with the
                    # article (Sudanese, Maghrebi), then a third word with it
                    # that ends the phrase before a comma, an adjunct or أنّ:
                    # the family name, after a verb of saying that takes no
                    # object, right before the phrase (a body or an object called on broke above:
                    # "ودعا الوزير أحمد الطاهر الحكومة، …"; nor the persons
                    # greeted: "وحيّا الوزير محمد الطاهر المشاركين، وقال")
                    kn == 2
                    and name_to + 1 == n_words
                    and (
                        words[name_to - 1] in _ARTICLE_FIRST_NAMES
                        # ("وزير الخارجية حسين الأمين الفاضل، اليوم، إن": الأمين
                        # read on as the father's name above; rev39)
                        or (words[name_to - 1] == "الامين" and _family_after_amin(w))
                    )
                    and b < self.n
                    and (toks[b] in _COMMAS or toks[b] in _ADJUNCT_OPENERS or toks[b] in _THAT)
                    # (the phrase's own verb, right before it: not a verb
                    # after it the phrase's subject goes on to, "وهنأ الوزير
                    # محمد الطاهر الفائزين في …، وقال")
                    and a > 0
                    and (said := _CUE_INFO[toks[a - 1]]) is not None
                    and said[0] is not None
                    and said[0].kind == lx.VERB
                    and said[0].lemma not in _OBJECT_BEFORE_THAT
                    and not _IS_TITLE_HEAD[w]
                    and not _PERSONS_PLURAL[w]
                    # (nor "الآن": "أكد الوزير عثمان الطيب الآن، أن")
                    and w not in _DEFINITE_ADVERBS
                )
                and not (
                    # "سهيل عبدالله المطروشي وزير الطاقة", "عبدالله حسن الكعبي
                    # الرئيس التنفيذي": a third name word with the article,
                    # then the post in apposition (the verb's object takes
                    # no title after it; also after a linked name:
                    # "حسن بن عبدالله الغانم رئيس مجلس الشورى")
                    kn >= 2
                    and not art[name_to - 1]
                    and name_to + 1 < n_words
                    and _IS_TITLE_HEAD[words[name_to + 1]]
                    and not _IS_TITLE_HEAD[w]
                )
            ):
                # ("حمد بن ناصر المعمري", "حسن عبد الرحيم النور": the family
                # name after a linked name; "سعيد راشد المهيري"، "ناصر عبيد
                # الزعابي أن": a Gulf nisba family name ending the phrase;
                # "ماجد حسن الطويل، في مؤتمر": any family name before a comma)
                break
            if (
                kn >= 2
                and not art[name_to]
                and w not in _NAME_LINKS
                and words[name_to - 1] not in _NAME_LINKS
                # ("عمر حسن حاج الطيب": حاج bare inside a Sudanese name,
                # the family name after it; no noun and its genitive)
                and w not in _HAJJ
                and name_to + 1 < n_words
                and (
                    # "النائب مهلهل المضف أداء الحكومة": a noun with a
                    # definite genitive after a full name is the verb's object
                    (
                        art[name_to + 1]
                        and words[name_to + 1] != "الله"
                        and not _third_name_then_post(words, art, name_to, cue)
                        # (not "وزير الخارجية سامي خالد سالم الحداد إن": a
                        # grandfather's given name, then the family name)
                        and not (
                            _grandfather_then_family(words, art, name_from, name_to)
                            and (b >= self.n or self.closes_subject(b))
                            # (not after a verb of telling: "أبلغ X Y Z الW أن",
                            # Z الW maybe the one told)
                            and (cue is None or cue.lemma not in _TELL_SOMEONE)
                            and not (a and toks[a - 1] in _GUEST_VERBS)
                        )
                        # (not "نبيل قائد حسن المنصوري": a given name after
                        # a title word that is a name's own between two given
                        # names, as above; the family name follows)
                        and not (
                            words[name_to - 1] in _TITLE_WORDS_IN_NAMES
                            and w in _GIVEN_NAMES
                            and words[name_to - 2] in _GIVEN_NAMES
                        )
                    )
                    # "انتقدت X Y مشروع قانون المالية": so is a noun of
                    # evaluation in construct with an indefinite noun (no
                    # name word)
                    or w in _EVALUATED_NOUNS
                    # "عزا المدرب X Y خسارة فريقه إلى", "انتقد X Y أداء
                    # لاعبيه": so is a noun with a genitive that carries a
                    # possessive pronoun (in ه, not the ة of a name: "حمزة";
                    # no name word is possessed)
                    or (
                        len(nw := words[name_to + 1]) >= 5
                        and nw[-2:] != "له"
                        # (but "X Y نائب رئيسها", "X Y شقيق زوجها": the post or the
                        # kinship in apposition)
                        and not _IS_TITLE_HEAD[w]
                        and w not in _TITLE_LIKE
                        and w not in _KIN_HEADS
                        and w not in lx.ANONYMOUS_HEADS
                        # (and "وقال X Y حفيد مؤسسها إن": a verb of saying takes no
                        # object; a relation in apposition, "his grandson")
                        and not (
                            cue is not None and cue.kind == lx.VERB and _lemma_key(cue) in _SAYING
                        )
                        and _surface(
                            doc, a, first_skip, prefix, a + name_to + 1, a + name_to + 2
                        ).endswith(("ه", "ها", "هم", "هما"))
                    )
                )
            ):
                break
            if (
                kn >= 2
                and name_to + 1 == n_words
                and w[-1] == "ه"
                and len(w) >= 4
                and w[-2] not in "اوي"
                and _asked_noun(w)
                and cue is not None
                and cue.kind == lx.VERB
                and cue.lemma in _TELL_SOMEONE
                and self.ha_ending(a + name_to)
            ):
                # "وسأل المذيع X Y ضيفه:": after a verb of asking or telling,
                # a noun with the pronoun "his" after the name is the one
                # asked, no name word
                break
            if w in _APPOINTING:
                # "قرر الوزير تعيين X Y": the verbal noun of appointing is
                # the verb's object, the one appointed after it
                break
            if k and w[-1] == "ا" and w[:-1] in lx.TITLES and w[:2] != "ال":
                # "عين الرئيس X Y Z رئيسا للحكومة": a title in the accusative
                # after a name is the verb's second object (what the person
                # was made), no name word (a name never carries the tanween)
                break
            if (
                k >= 2
                and not art[name_to]
                and name_to + 1 < n_words
                and (nw := words[name_to + 1])[-1] == "ا"
                and nw[:-1] in lx.TITLES
                and self.known_last_name(w, nw)
            ):
                # "عين الرئيس محمود عباس مصطفى رئيسا" after "محمد مصطفى":
                # before that accusative title, the family name of a person
                # named before is the verb's object, another person
                break
            if (
                k >= 2
                and not art[name_to]
                and name_to + 1 < n_words
                and words[name_to + 1] in _QUANTIFIERS
            ):
                # "والتمس سعيد الطاهري إدانة جميع المتهمين": a noun before a
                # quantifier ("جميع", "كل") is the verb's object
                break
            if w in _NAME_LINKS:
                links += 1
            name_to += 1
        if title_head is None and name_to == name_from and not role_after:
            return None  # "كتبت «رداً على …»": no name, no title: no subject
        if role is None and name_to < n_words:
            if (
                title_head is None
                and name_to == n_words - 1
                and name_to - name_from <= 2
                and art[name_to]
                and _IS_TITLE_HEAD[words[name_to]]
                and words[name_from] not in _KIN_HEADS  # ("شقيقة المتهم": his kin)
                and not self.known_name_word(words[name_from])
                # (right after a verb of saying its subject is named: "وقال
                # محمد القاضي إن", a family name that is also a post)
                and (cue is None or cue.kind != lx.VERB)
            ):
                # "وحاول كسب تعاطف القاضي قائلا", "عقب انتهاء القاضي من …":
                # words with no title before them, then a bare definite post
                # (a post after a name takes its genitive: "X وزير الخارجية"),
                # read as the subject of another verb than one of saying, are
                # a noun in construct with the post, no person named
                return None
            if (
                (
                    _IS_TITLE_HEAD[words[name_to]]
                    # ("ودعا X المعارضة المسلحة إلى …": the body called on,
                    # the verb's object, not the woman's title "the
                    # oppositionist"; "وأكدت X المعارضة السورية أن" keeps it)
                    and not (
                        words[name_to] in _DEFINITE_OBJECTS
                        and cue is not None
                        and cue.kind == lx.VERB
                        and cue.lemma in _TELL_SOMEONE
                    )
                )
                or words[name_to] in lx.ANONYMOUS_HEADS
                # ("X نجم منتخب بلاده": the name loop's star of a team)
                or (words[name_to] in _STAR and _star_of(words[name_to + 1], name_to - name_from))
                or (
                    # "قالت X زوجة الرئيس السابق Z إن": kin in construct after
                    # the name of the subject of a verb of saying that tells
                    # no one describes her (after another verb, "استقبل X
                    # زوجة الرئيس", the verb's object)
                    words[name_to] in _KIN_HEADS
                    and name_to + 1 < n_words
                    and cue is not None
                    and cue.kind == lx.VERB
                    and cue.lemma not in _KIN_AS_OBJECT
                )
            ) and (
                (
                    not self.post_names_another(a + name_to, b)
                    and not (
                        # (b may be the text's end: "«…» قال X Y رئيس المجلس")
                        b < self.n
                        and toks[b] == "في"
                        # (not after a verb of saying that tells no one,
                        # "وأوضح X مدير المستشفى في حي Y Z، أن": no object,
                        # the post the subject's; mend31a)
                        and not (
                            cue is not None
                            and cue.kind == lx.VERB
                            and cue.lemma not in _TELL_SOMEONE
                        )
                        and self.holder_after_place(b)
                    )
                )
                or (
                    # "وقال X الوزير المستشار لدى رئيس الحكومة Z Q إن": after
                    # a verb of saying that tells no one, the post after the
                    # subject's name is his; the name ending it is the holder
                    # of the title in its genitive
                    cue is not None
                    and cue.kind == lx.VERB
                    and cue.lemma not in _TELL_SOMEONE
                    and self.genitive_title_named(a + name_to, b)
                )
            ):
                # "برنار كوشنير وزير الخارجية" (but "أبلغ X رئيس الوزراء Z Q":
                # the post of another, named after it, the one told)
                if (pe := self.post_end(a + name_to, b)) == b and b < self.n:
                    # ("X Y القائد العام للجيش ورئيس مجلس الأمن:": his second
                    # post joined by و, dev33r)
                    pe = self.second_post_end(b)
                role = _surface(doc, a, first_skip, prefix, a + name_to, pe)
            elif (
                words[name_to] == "("
                and name_to > name_from
                and name_to + 2 < n_words
                and words[-1] == ")"
                and (w := words[name_to + 1]) not in _NAME_LINKS
                and (w in lx.TITLES or (w[:2] == "ال" and w[2:] in lx.TITLES))
            ):
                # "وقال X (وزير المالية) إن": the post in brackets after the
                # name (not an age, "X (61 عاما)", nor a Latin spelling)
                role = _surface(doc, a, first_skip, prefix, a + name_to + 1, b - 1)
            elif (
                words[name_to] in _POST_NOUNS
                and name_to > name_from
                and name_to + 1 < n_words
                and _IS_TITLE_HEAD[words[name_to + 1]]
                and a
                and toks[a - 1] in _HOLDS_OR_TAKES_POST
                and (words[name_to] != "خطه" or toks[a - 1] in _OCCUPIES_PREFIXED)
            ):
                # "ويشغل X Y منصب رئيس الاتحاد": the post held after the
                # name is his (the name loop ended the name before منصب);
                # خطة a post after a verb of occupying only ("وتسلم X خطة
                # رئيس الحكومة للإصلاح" is a plan, final read)
                role = _surface(
                    doc,
                    a,
                    first_skip,
                    prefix,
                    a + name_to + 1,
                    self.post_end(a + name_to + 1, b),
                )
        elif (
            title_head in _RANKS
            and name_from < name_to < n_words
            and " " not in role
            and _IS_TITLE_HEAD[words[name_to]]
        ):
            # "الأمير X وزير الطاقة": a rank before the name, the post after it
            role = _surface(
                doc, a, first_skip, prefix, a + name_to, self.post_body_end(a + name_to, b)
            )
        elif (
            ra == rb
            and a > 0
            and (
                (cue is not None and (toks[a - 1] in _CUE_WORDS or self.cue_then_day(a)))
                # outside speech, before the verb's complement glued to بـ
                # or after على/عن/إلى, or a comma: "بعث العميد X Y المتحدث
                # باسم الشرطة، برسالة …", "أشاد اللواء X Y قائد المنطقة
                # بجهود …" (the post alone was lost at the first mention, so
                # at the later quotes; "استقبل الرئيس X Y وزير …" takes its
                # object with no preposition)
                or (
                    cue is None
                    and b < self.n
                    and (
                        self.complement_after_subject(bb := self.second_post_end(b))
                        or _object_after_post(toks, bb, self.n)
                        # ("أعلن الفريق X Y القائد العام للجيش ورئيس
                        # مجلس الأمن، خبرا": a second post, then a comma)
                        or (bb > b and toks[bb] in _COMMAS)
                    )
                )
            )
            and name_from + 2 <= name_to < n_words - 1
            and _IS_TITLE_HEAD[words[name_to]]
            and words[name_to][0] != "و"
            # (a title with his pronoun is another, the verb's object: "وأبلغ
            # الوزير X Y زائره الأمريكي أن", "نظيره الأردني"; but a folded ة
            # is no pronoun: "العقيد X Y مديرة دائرة …"; kw31b)
            and not (
                _suffixed_title(words[name_to])
                and (words[name_to][-1] != "ه" or self.ha_ending(a + name_to))
            )
            # (the post's complement after عن read on: post_body_end; or
            # the verb's object right after the post: "أكد العميد X Y مدير
            # الأمن نجاح العملية", _object_after_post)
            and (
                (pe := self.post_body_end(a + name_to, b)) >= self.n
                or self.closes_subject(pe)
                or (pe == b and _object_after_post(toks, b, self.n))
                # "قال الفريق أول ركن X Y القائد العام للجيش ورئيس مجلس
                # الأمن:": the name's second post joined by و is his too
                or (pe == b and (pe := self.second_post_end(b)) > b)
            )
            # (the name right after the title: a first علي is the name Ali,
            # "السفير علي X رئيس دائرة …", as after ويدعى)
            and self.name_like(a + name_from, a + name_to, called=True)
            and not self.post_names_another(a + name_to, b)
        ):
            # "يقول السياسي المعارض X Y Z الأمين العام المساعد في الحزب …
            # لـ…": a description before the name, the post after it, the
            # subject's both (the post alone was lost)
            role = role + "، " + _surface(doc, a, first_skip, prefix, a + name_to, pe)
        if (
            role_after
            and title_head is not None
            # (or the name in marks after the comma: scan_np, "مدير
            # المكتب، «أبو X» في تصريح")
            and (
                toks[ra - 1] in _COMMAS or (toks[ra - 1] in QUOTE_MARKS and toks[ra - 2] in _COMMAS)
            )
            and toks[ra] != "من"
            # (nor "X، المعروف بـ«…»،": what he is known as, no name)
            and toks[ra] not in _KNOWN_AS_PARTICIPLES
            # (nor "ضابط في الشرطة، طلب إخفاء هويته،", "فضل حجب اسمه": the
            # name withheld, none given; rev34)
            and _IDENTITY_OBJECTS.isdisjoint(toks[ra : rb + 1])
        ):
            # (not "المواطن X، من سكان حي الصفا": where X lives, not a name)
            if (
                (cue is None or not cue.gender)
                and title_head.endswith("ه")
                and not self.ha_ending(a + title_at)
            ):
                # "وزيرة المالية، X،" with no cue to say so: the feminine
                # title makes the named woman a woman (as below)
                gender = _F
            ab = toks[ra][2:] if toks[ra].startswith("ال") else toks[ra]
            if (
                (
                    ab not in lx.TITLES
                    or (
                        # "المدير الفني لمنتخب موريتانيا، أمير عبدو،": a title
                        # that is also a first name (أمير، سلطان، ملك), with no
                        # article and a plain name after it, no genitive
                        ab in _TITLE_FIRST_NAMES
                        and toks[ra] == ab
                        and 2 <= rb - ra <= 3
                        and _bare_name_words(toks, ra + 1, rb)
                        and self.name_like(ra + 1, rb)
                    )
                    # "رئيس بلدية دورا، المهندس عماد العمايرة،": an honorific
                    # before the name
                    or self.honoured_name(ra, rb)
                )
                and lx.QUANTIFIERS.isdisjoint(toks[ra:rb])
                # (not "الأمير X بن Y، نجل وزير الداخلية،": the named
                # person's kin, described by whose son he is)
                and not (name_to > name_from and toks[ra] in _KIN_HEADS)
                # (nor "المحامي سامي فؤاد، دفاع المتهم الأول،": the phrase
                # named him, a given name first, and the apposition, with
                # no given name, describes him; rev33)
                and not (
                    name_to > name_from
                    and words[name_from] in _GIVEN_NAMES
                    and toks[ra] not in _GIVEN_NAMES
                    # (but "مساعد الرئيس عمر X، نافع علي نافع،": the name
                    # after a post's genitive title is that title's, the
                    # apposition the speaker's name; mend30a)
                    and not (
                        name_from - 1 > title_at
                        and (w := words[name_from - 1])[:2] == "ال"
                        and w[2:] in lx.TITLES
                        # (a title in construct before it, not "رئيس هيئة
                        # الدفاع المحامي X": the lawyer's own title)
                        and words[name_from - 2][:2] != "ال"
                    )
                    and not self.honoured_name(ra, rb)
                )
            ):
                # (not "X، دفاع أحد المقاولين،": a description of one of many)
                # the apposition is the name: "المتحدث باسم الخارجية، رمضان أبو جزر";
                # whatever the phrase had after its title chunk was the role's
                # ("وزير التجارة وترقية الصادرات، الطيب زيتوني")
                if name_to > name_from:
                    role = _surface(doc, a, first_skip, prefix, a + title_at, b)
                while (
                    ra + 1 < rb
                    and toks[ra] in lx.HONORIFICS
                    and toks[ra + 1] not in _PATRONYMIC_LINKS
                ):
                    ra += 1  # "الحاج الطاهر بولنوار" (but "الشيخ ولد سيديا")
                name = _surface(doc, a, first_skip, prefix, ra, rb)
                key = _key(" ".join(toks[ra:rb]))
                return _Entity(name, PERSON, role, gender, _SG, pos, sentence, key)
            if (
                rb - ra >= 3
                and name_to > name_from
                and title_at < name_from
                and toks[ra][0] != "و"
                and (toks[ra] in lx.TITLES or toks[ra] in _HONORIFICS_OR_RANKS)
                and toks[ra][:2] == "ال"
                and (app := self.classify(ra, rb, rb, rb, None)) is not None
                and _named_person(app)
                and app.role
                and " " not in app.role
            ):
                # "رئيس فريق الدفاع عن الوزير السابق X Y، المحامي Z W،",
                # "محامي الوزير X Y، المحامي Z W،": a titled name set off
                # after a post whose complement names another is the post's
                # holder; the name before is the post's genitive (his client)
                app.role = _surface(doc, a, first_skip, prefix, a + title_at, b)
                app.pos, app.gender = pos, gender
                return app
            if rb - ra >= 2 and (
                name_to == name_from
                or (name_to - name_from == 1 and construct and toks[ra] in _HONORIFICS_OR_RANKS)
            ):
                # "رئيس المخابرات العامة آنذاك، اللواء عمر سليمان": a rank
                # and the name in the apposition, the post before it (also
                # "محافظ بيت لحم، اللواء X": the one word after the title's
                # genitive was the post's place, not a name)
                if name_to > name_from:
                    role = _surface(doc, a, first_skip, prefix, a + title_at, b)
                app = self.classify(ra, rb, rb, rb, None)
                if _named_person(app):
                    if (
                        not app.role
                        or (
                            len(app.role.split()) <= len((role or "").split())
                            # "رئيس الوفد X، وزير التجارة Y NAME": a post in
                            # construct with its genitive, next to the name, is
                            # the person's office, the title before it what they
                            # do there
                            and not (
                                " " in app.role
                                and (head := normalize_first(app.role)) in lx.TITLES
                                and head[:2] != "ال"
                            )
                        )
                    ):
                        # (but "ممثل النيابة العامة، نائب الوكيل العام للملك
                        # X": the fuller title, the apposition's)
                        app.role = role
                    app.pos, app.gender = pos, gender
                    return app
        if (
            role_after
            and name_to > name_from
            and 4 <= rb - ra <= 5
            and toks[ra - 1] in _COMMAS
            and toks[ra][:2] != "ال"
            and _IS_TITLE_HEAD[toks[ra]]
            and toks[ra] not in lx.ANONYMOUS_HEADS
            and toks[ra + 1][:2] == "ال"
            and _named_person(other := self.classify(ra, rb, rb, rb, None))
            and other.role
            and normalize(other.role).split() == [normalize(w) for w in toks[ra : ra + 2]]
            and other.key != _key(" ".join(words[name_from:name_to]))
        ):
            # "خاطب النائب X Y، رئيس الحكومة Z W، قائلا": a post in
            # construct and the name of its holder set off after a name are
            # another person (the one addressed), no role of the name's
            # (but "X، مستشار الرئيس Z W،": the name is the president's, the
            # post the one named's)
            role_after = None
        if role_after and not (
            role
            and (
                (rb - ra == 2 and toks[ra + 1] in lx.DOCUMENT_HEADS and toks[ra + 1][:2] == "ال")
                or toks[ra] in lx.QUANTIFIERS
                # ("وزير المالية X، المعروف بصرامته،": the post, not the fame)
                or toks[ra] in _KNOWN_AS_PARTICIPLES
            )
        ):  # (but "القنصل العام X، كاتب البرقية،": the office, not the authorship;
            # "الطالبة X، إحدى المشاركات": the title, not the membership)
            if role and toks[ra] == "عن" and toks[ra - 1] != "،":
                # "النائب X عن كتلة «…»": the title with what it sits for
                role = role + " " + role_after
            elif (
                role
                and title_head is None
                and name_to < n_words
                and toks[ra - 1] in _COMMAS
                and _IS_TITLE_HEAD[toks[ra]]
            ):
                # "X وزير المالية، المتحدث الرسمي باسم الحكومة،": a post after
                # the name, then a second in commas: both his
                role = role + "، " + role_after
            else:
                role = role_after
        if (
            title_head is not None
            and title_head.endswith("ه")
            and gender == _M
            and not self.ha_ending(a + title_at)
        ):
            gender = _F  # (but "نظيره المصري X": "his counterpart", a man)
        if gender == _M and toks[a] in _FEMININE_LONE_HONORIFICS:
            # "أما السيدة X عضو قيادة الحزب في Y فقالت": the honorific that
            # opens the phrase is a woman's, whatever the post after the
            # name (dev35s)
            gender = _F
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
            and (n_words == 1 or not art[1])
        )
        if (
            title_head is not None
            and construct
            and title_head in lx.ANONYMOUS_HEADS
            and not nested_title
            and not apposition_title
            and name_to > name_from
            and (n_words == 1 or not art[1])
            and not any(art[title_at + 1 : name_from])
            and not (
                # "عضو مجلس محافظة ديالى حيدر X": a place's own name in the
                # chain makes it definite too, and a name of two words follows
                name_to - name_from >= 2
                and lx.ROLE_PREPOSITIONS.isdisjoint(words[title_at + 1 : name_from])
                and not _PLACE_HEADS.isdisjoint(words[title_at + 1 : name_from - 1])
            )
        ):
            # "دبلوماسي خليجي تحدث للجزيرة": an indefinite source has no name;
            # what follows its adjectives is a relative clause (but "عضو مجلس
            # الدولة X": a definite genitive makes the title definite); "آخر"
            # right after them is theirs ("مسؤول مصري آخر": another one, not
            # the one named before)
            e = name_from + 1 if words[name_from] in _OTHER_INDEFINITE else name_from
            return _entity(
                _surface(doc, a, first_skip, prefix, a, a + e),
                ANONYMOUS,
                _surface(doc, a, first_skip, prefix, a, a + e),
                gender,
                number,
                pos,
                sentence,
                accusative,
            )
        if (
            title_head is not None
            and name_to == n_words
            and (
                (name_to - name_from == 1 and words[name_from] in _AGAIN_OR_THEN)
                or (
                    name_to - name_from == 2
                    and words[name_from] == "مره"
                    and words[name_from + 1] in _ONCE_AGAIN_TAILS
                )
            )
        ):
            # "وقال اللاعب ثانية إن", "وقال المدرب مرة أخرى:": an adverb of
            # time after the title, no name (the title alone speaks)
            name_to = name_from
            b = a + name_from
        if (
            title_head is not None
            and construct
            and not nested_title
            and name_to > name_from
            and title_head in lx.ANONYMOUS_HEADS
            and _title_served(words, art, title_at + 1, name_from)
        ):
            # "مسؤول في مكتب رئيس الوزراء الإسرائيلي X Y", "مسؤول مقرب من
            # الرئيس التركي X Y": the name is the post's that the source
            # serves or is close to; the source stays unnamed
            nested_title = True
        if title_head is not None and (
            (
                (
                    nested_title
                    or name_to == name_from
                    # "مسؤول في السفارة السعودية بصنعاء": an unnamed source
                    # and where it serves, the city glued to بـ last
                    or (
                        construct
                        and name_to == n_words
                        and name_to - name_from == 1
                        and words[name_from][0] == "ب"
                        and len(words[name_from]) > 3
                        and art[name_from - 1]
                    )
                )
                and title_head in lx.ANONYMOUS_HEADS
            )
            or indefinite
        ):
            # "مستشار الرئيس الفرنسي نيكولا ساركوزي": the name is the president's
            anon_number = _PL if _anon_plural(title_head) else number
            if anon_number == _SG and (
                named := self.named_in_commas(
                    a, ra, rb, _surface(doc, a, first_skip, prefix, a, b), gender
                )
            ):
                return named
            if indefinite and title_head not in lx.ANONYMOUS_HEADS and self._persons:
                # "وأشار مساعد وزير الداخلية الأسبق": the person introduced
                # with exactly that description (as printed: an article
                # spells one description one way)
                described = _surface(doc, a, first_skip, prefix, a, b)
                for p in self._persons:
                    if p.role == described:
                        return p
                if ra == rb and not first_skip and (met := self.name_spelt(words)):
                    # "قال رئيس الأركان الفريق قائد سليم إن …", then "وأضاف
                    # قائد سليم": a title in construct with a word that spells
                    # in full the name of a person met before (after his rank
                    # or post) is that person, his post his role, no unnamed
                    # commander of someone
                    return met
            whole = _surface(doc, a, first_skip, prefix, a, b)
            return _entity(
                whole,
                ANONYMOUS,
                whole,
                gender,
                anon_number,
                pos,
                sentence,
                accusative,
            )
        if name_to == name_from:
            # only a title: "الوزير", "السفيرة الأمريكية"
            if not role:
                return None
            if ra == rb and not first_skip and (met := self.name_spelt(words)):
                # ("وقال قائد الزبيدي" after "العميد قائد الزبيدي": a title
                # and a definite word that spell a name met before, as above)
                return met
            if (title_head or words[0]) == "الاطار" and words[1:2] != ["الوطني"]:
                # "قال الإطار التنسيقي في بيان": with no name after it,
                # الإطار is a framework, a body (the Maghrebi cadre is
                # named: "الإطار الوطني X")
                return _entity(
                    _surface(doc, a, first_skip, prefix, a, b),
                    ORGANIZATION,
                    None,
                    _M,
                    _SG,
                    pos,
                    sentence,
                    accusative,
                )
            e = _entity(
                _surface(doc, a, first_skip, prefix, a, a + object_at if object_at else b),
                PERSON,
                role,
                gender,
                number,
                pos,
                sentence,
                accusative,
            )
            # ("السيد الوالي": the title after an honorific)
            e.key = "title:" + (title_head or words[0])
            return e
        if (
            name_to == name_from + 1
            and not role
            and words[name_from][0] != "ل"
            and _NAME_FLAGS[words[name_from]] & 1
            # ("وقال خطاب: «…»", "وأضاف خطاب أن": a family name that is
            # also an occasion of words, alone after a verb of saying, is
            # its subject; no such verb takes the speech for its object)
            and not (
                cue is not None and cue.kind == lx.VERB and words[name_from] in _OBJECT_OR_NAME
            )
        ):
            return None  # "أبدوا قلقهم": a noun with a possessive suffix, no name
        if (
            cue is not None
            and cue.kind == lx.PREPOSITION
            and title_head is None
            and not role_after
            and name_to - name_from >= 2
            and art[name_from]
            and art[name_from + 1]
            and words[name_from] not in _ARTICLE_FIRST_NAMES
        ):
            # "وفق الجداول الزمنية المعتمدة", "حسب الأصول القانونية": a noun
            # and its adjective, both with the article, after "according
            # to" is a manner, not a source (a name never opens so)
            return None
        name = _surface(doc, a, first_skip, prefix, a + name_from, a + name_to)
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
