"""Speaker attribution: who said each quote.

``attribute`` picks a quote's governing cue and its subject (``subject_of``
and the subject finders: before the cue, after ``أن``, fronted, in an
apposition), resolves pronouns and verb agreement against the discourse
model (``resolve``), and ``is_quotation`` says whether a marked span is a
quotation at all.  A mixin of ``engine._Extractor``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import compress, count, islice

from claims.extraction import lexicon as lx
from claims.extraction import phrases as _phrases_module
from claims.extraction import words as _words_module
from claims.extraction.dates import MONTHS as _MONTHS
from claims.extraction.dates import DateMention
from claims.extraction.phrases import (
    _BA_NAMES,
    _CHANTED_NOUNS,
    _GLUED_PREPOSITIONS,
    _IFAAL_SHAPE,
    _KIN_POSSESSED,
    _NAME_TIME_NOUNS,
    _PEOPLE_PLURALS,
    _PLATFORM_NAMES,
    _broken_plural_opening,
    _derived_masdar,
    _derived_past_verb,
    _first_waw_tafiil,
    _object_noun_opening,
)
from claims.extraction.quotes import QUOTE_MARKS
from claims.extraction.types import (
    ANONYMOUS,
    DOCUMENT,
    GROUP,
    ORGANIZATION,
    PERSON,
)
from claims.extraction.words import (
    _ACCORDING_TO,
    _ADVERBIAL_INSIDE,
    _ADVERBS,
    _AFTER_QUOTE_FILLERS,
    _ALA_ADVERBS,
    _ALA_OBJECTS,
    _AMMA,
    _AND_OTHERS,
    _ANSWER_LABELS,
    _ARTICLE_FIRST_NAMES,
    _AS_DESCRIBED,
    _AUX_WAS,
    _AUXILIARIES,
    _BACK_REFERENCE,
    _BARE_LABEL,
    _BEARS,
    _BEFORE_HIM,
    _BODY_OF_TITLE,
    _CALLED,
    _CANDIDATE_KEYS,
    _CARRIED,
    _CARRY_OUT,
    _CHARGE_HOLDERS,
    _CLAUSE_PREPOSITIONS,
    _CLAUSE_PUNCT,
    _COMMAS,
    _CONJUNCTIONS,
    _COPULA_PRONOUNS,
    _COPULAS,
    _COUNTRIES,
    _CUE_INFO,
    _CUE_WORDS,
    _DASHES,
    _DEFINITE_GLUED,
    _DEFINITE_THINGS,
    _DEICTIC_DAYS,
    _DEPUTY_HEADS,
    _DESCRIBED,
    _DURING,
    _F,
    _FRONTED_CONJ,
    _FRONTED_WHEN,
    _FRONTING_OR_CONJ,
    _GENERAL,
    _GROUP_CONSTRUCT_HEADS,
    _GUESTS,
    _HAS_ARABIC,
    _HE_SHE,
    _HIS_HER,
    _HONORIFICS_OR_RANKS,
    _IN_IT,
    _IN_STATEMENT,
    _IN_THIS_REGARD,
    _INFORM,
    _INTERLOCUTORS,
    _IS_TITLE_HEAD,
    _KANA,
    _KUNYA_HEADS,
    _M,
    _MANNER,
    _MANNER_COMPLEMENT_PREPOSITIONS,
    _MANNER_WITH_ADJECTIVE,
    _NAME_FLAGS,
    _NAME_LINKS,
    _NAME_PREPOSITIONS,
    _NAMED_BY_LABEL,
    _NAMED_THAT,
    _NATIONALITIES,
    _NEW_CLAUSE,
    _NO_CUE,
    _NORMALIZED,
    _NOT_A_SUBJECT_START_CONJ,
    _NOT_WAS,
    _NP_KIND,
    _OBJECT_PARTICLES,
    _OBJECT_VERBS,
    _ON_TONGUE,
    _OUTLET_BEFORE,
    _OWN_STATEMENTS,
    _OWN_STATEMENTS_OWNED,
    _PARENS,
    _PATRONYMIC_LINKS,
    _PERSON_OBJECT_VERBS,
    _PL,
    _PLURAL_DOCUMENTS,
    _PLURAL_VERB_ENDINGS,
    _PLURAL_VERB_OBJECT_ENDINGS,
    _POST_COMMON_WORDS,
    _PRAISE_VERBS,
    _PREP_BEFORE_SUBJECT,
    _PREP_BY_FIRST,
    _PROGRAMME_HEADS,
    _PRONOUN_SKIP,
    _RELATIVE_AGREES,
    _RELATIVES,
    _RELAY_AFTER_WORDS,
    _RELAY_PRONOUNS,
    _RELAYED_LEMMA,
    _RESUMPTIVE,
    _RESUMPTIVE_SKIP,
    _RUN_ON,
    _SAME_BEFORE,
    _SAYING,
    _SAYING_OF_THEM,
    _SENTENCE_END,
    _SG,
    _SIGNED_BY,
    _SINCE,
    _SPEAKING,
    _SPEECH_NOUNS,
    _SPOKE,
    _STANCE_VERBS,
    _STATE_ITSELF,
    _STATEMENTS,
    _SUBJECT_PLACE_PREPOSITIONS,
    _SUBJECT_START_SPECIAL,
    _TELLS,
    _THAT_PRONOUN,
    _THE_LATTER,
    _THEN,
    _TIME_ADVERBS,
    _TIME_WORDS,
    _TITLE_COMPLEMENTS,
    _TO_FROM_WHAT,
    _TO_ME,
    _TO_OR_ON,
    _TO_OUTLET,
    _TOLD_ME_NOUNS,
    _VERB_KINDS,
    _VERBISH,
    _WAS,
    _WHAT_RELAYED,
    _WHAT_TOLD,
    _WITH_THE_PHRASE,
    _WROTE,
    _WROTE_IT,
    _anon_plural,
    _Attribution,
    _base,
    _cue_of,
    _CueHit,
    _Entity,
    _key,
    _key_words,
    _lemma_key,
    _manner_adjective,
    _manner_participle,
    _named_person,
    _own_body,
    _person_post_dual,
    _post_words,
    _present_verb,
    _Quote,
    _role_words,
    _thing_in_commas,
    _words,
    normalize_first,
)
from claims.extraction.words import blessing_at as _blessing_at
from claims.extraction.words import given_name_glued as _given_name_glued
from claims.extraction.words import prayer_at as _prayer_at

_NISBA_TWINS = _words_module._NISBA_TWINS  # (bound by assignment: test_engine_source)

# a headline's label, then the occasion of the words before its colon
# ("وزير الصحة في كلمته:", "… خلال المؤتمر:", "… في تصريح:")
_OCCASION_PREPOSITIONS = _words_module._AT_OCCASION
_OCCASION_AUDIENCE = _words_module._OCCASION_AUDIENCE


def _occasion_word(w: str) -> bool:
    """``w`` (folded) is an occasion of speech, bare, with the article or
    with its owner's pronoun ("كلمة", "المؤتمر", "كلمته")."""
    return _words_module._event_noun(w) or w in lx.OWN_OCCASIONS_POSSESSED


# main_clause_subject: how far back from its cue a clause start is looked for
# (and described_then_named, a description and a name)
_CLAUSE_REACH = 300

# Called as ``name.method(...)``, so bound here by assignment rather than
# imported: CPython 3.11 compiles a method call on an imported name as an
# attribute load and a call (it takes the name for a module), which makes a
# bound method object on every call, where a module global gets LOAD_METHOD.
_AS_BEING = _words_module._AS_BEING
_ONLY_THIS = _words_module._ONLY_THIS
_IS_NOT = _words_module._IS_NOT
_HE_SHE_THEY = _words_module._HE_SHE_THEY
_NECESSITY = _words_module._NECESSITY
_NEWS_VERBS = _words_module._NEWS_VERBS
_VERB_AFTER_WA = _words_module._VERB_AFTER_WA
_TITLED_NOUNS = _words_module._TITLED_NOUNS
_WORK_NOUNS_ANY = _words_module._WORK_NOUNS_ANY
# (bound by assignment: a method is called on it, ba_object)
_LONG_VOWELS = _phrases_module._LONG_VOWELS
_COUNTERPARTS = _words_module._COUNTERPARTS
# is_quotation: "أن «X» لم تفصح", the that-clause's verb negated after its subject
_NEGATIONS = _words("لم لن")
# is_quotation: the verb "described" (its past, present and participle, with
# و/ف), before the three words in marks glued to بـ that it gives
_DESCRIBING = (
    _words_module._with_prefixes(
        ("وصف", "وصفت", "وصفوا", "يصف", "تصف", "يصفون", "واصفا", "واصفه", "واصفين")
    )
    | _DESCRIBED
)  # ("وصفه", "وصفتها" …)
# is_quotation: the verbs "accused" and "threatened" (past, present and
# participle, with و/ف, and the past with an object suffix), whose بـ-
# complement in marks, three words, is the speaker's words as وصف's is
# ("متهما إياها بـ«سوء إدارة فادح»", "وتوعدت بـ«رد غير مسبوق»"); not the
# passive "مهدد بـ" (threatened with), no one's words
_CHARGING = _words_module._with_prefixes(
    _words(
        "اتهم اتهمت اتهموا يتهم تتهم يتهمون متهما متهمه متهمين "
        "اتهمه اتهمها اتهمهم اتهمته اتهمتها اتهمتهم "
        "توعد توعدت توعدوا يتوعد تتوعد يتوعدون متوعدا متوعده متوعدين "
        "هدد هددت هددوا يهدد تهدد يهددون"
    )
)
# is_quotation: what follows "أي" (that is) in a writer's gloss in marks: a
# time or an amount counted ("«أي قبل الأزمة بعامين»", "«أي نحو ثلث السكان»"),
# not "any" ("«أي اتفاق لا يضمن حقوقنا مرفوض»")
_GLOSS_SECOND = _words("قبل بعد منذ نحو حوالي بمعني بعباره")
# is_quotation: prepositions spelt with بـ, no verbal noun an accusation takes
# ("اتهمه بسبب «…»")
_BA_PREPOSITIONS = _GLUED_PREPOSITIONS | _words(
    "بشان بخصوص بحسب بدون برغم بالرغم بالنسبه بالاضافه بجانب"
)
# is_quotation: the indefinite head of a body's or an outlet's name, first in
# its marks ("اطلعت «وكالة قدس نت للأنباء» على نصه"): a name, not words said
# is_quotation: a gathering, whose subject follows حول/عن ("ندوة حول «…»"),
# and a talk, whose outlet follows إلى ("في حديث إلى «…»"), without the article
_TOPIC_GATHERINGS = lx._fold_set(
    "ندوة ملتقى مؤتمر منتدى ورشة محاضرة دورة يوم لقاء اجتماع جلسة مهرجان معرض "
    "مسابقة حملة أمسية ندوات ملتقيات مؤتمرات ورشات محاضرات"
)
_GATHERING_LABELS = _words_module._GATHERING_LABELS
_GOING_ON_VERBS = _words_module._GOING_ON_VERBS
# named_last_in: the prepositions a person is named after when a complaint
# or a sentence is against him ("ضد X", "في حق X")
_AGAINST_WHOM = _words("ضد بحق حق")
# attribute: the words that announce a document's text before its colon
# ("وفيما يلي نص البلاغ:", "وهذا نص البيان:", "وإليكم نص الرسالة:"), folded
_TEXT_FOLLOWS = _words("فيما وفيما يلي ما وفي في وهذا هذا واليكم اليكم وننشر ننشر")
_GROUNDS = _words_module._GROUNDS
# resolve: "تصريحات قال فيها": one's own words, indefinite, then the verb
# that tells what was in them (_IN_IT)
_ONES_OWN_WORDS = _words(
    "تصريحات تصريح تدوينه تغريده منشور مقابله حوار مداخله فيديو تسجيل تصريحا تدوينات تغريدات "
    # ("ألقى الوزير كلمة قال فيها", "وجه رسالة قال فيها": the speech given)
    "كلمه رساله خطابا"
)
# _news_outlet: the words after وكالة that make it a news agency, folded
_NEWS_AGENCY_WORDS = _words("الانباء انباء رويترز فرانس سبوتنيك شينخوا الاناضول اسوشيتد")
_AGENCY_HEADS = _words("وكاله الوكاله")
_WIRE_NAMES = _words_module._WIRE_NAMES
# (is_quotation: initials spelt out in marks, bound by assignment for the
# method calls on them)
_SPELLED_LETTERS = _words_module._SPELLED_LETTERS
_ASKED_HIM = _words_module._ASKED_HIM
_LETTERS_OR_WORDS = _words_module._LETTERS_OR_WORDS
# verbs of reporting that relay an outlet named after عن, then أنّ ("وأوردت
# صحيفة X عن وكالة Y أن", "وذكرت القناة عن وكالة رويترز أن")
_TOLD_FROM_OUTLET = _words("اورد ذكر")


def _news_outlet(e: _Entity) -> bool:
    """A body that is a paper, a channel, a site or a news agency ("وكالة
    الأنباء …", "وكالة رويترز"), not an agency of government ("وكالة
    الطاقة الذرية", "الوكالة" alone)."""
    if e.kind != ORGANIZATION:
        return False
    head = normalize_first(e.surface)
    if head not in lx.OUTLET_HEADS:
        return False
    if head not in _AGENCY_HEADS:
        return True
    words = _words_module._NORMALIZED[e.surface].split()
    # ("وكالة معا للأنباء": the news after the agency's name; "وكالة «معا»":
    # the agency's own name in marks right after the head)
    return len(words) > 1 and (
        words[1] in _NEWS_AGENCY_WORDS or words[-1] == "للانباء" or words[1][0] in QUOTE_MARKS
    )


# resolve (1d): verbs of saying that add to what the same person said before
# ("وأضاف", "وتابع", "وختم"): the one who adds has spoken already
_ADDS_TO_OWN = _words("اضاف تابع زاد اردف استطرد استرسل واصل اكمل استكمل ختم")
# spoke_before: cue verbs that also name a deed ("سجل هدفا", "أنهى المباراة",
# "حسم اللقاء", "أظهر مهارة"): their subject spoke only when words follow
_DEED_CUES = _words("سجل اتم اكمل استكمل انهي حسم تمسك اظهر ابرز")
# resolve (1d): verbs of speaking to or of someone that are no cue ("وهنأ
# رئيس النادي X اللاعبين"، "وتحدث X عن خطط الموسم"، "وشكر X الجماهير"):
# their subject spoke in the sentence between, and adds after it
_SPEECH_ACTS = _words_module._with_prefixes(
    _words(
        "اعرب عبر اشاد هنا رحب تحدث تطرق ثمن شكر استعرض القي اعتذر طمان انتقد "
        "وجه اثني حيا وعد تعهد دعا طالب ناشد حث اوصي نصح اقترح ابدي هاجم "
        "نوه لفت نبه حذر تمني بارك عزي تقدم اتهم ابلغ اخبر خاطب بشر امتدح "
        "استنكر ندد شجب ادان اشار اوضح كشف تساءل تسال سال عاتب لام اعلن "
        "تناول شرح روي حكي استهل افتتح اختتم ختم"
    )
    | frozenset(
        w + "ت"
        for w in _words(
            "اعرب عبر اشاد رحب تحدث تطرق ثمن شكر استعرض اعتذر طمان انتقد "
            "وجه حيا وعد تعهد طالب ناشد حث نصح اقترح هاجم نوه لفت نبه حذر "
            "بارك تقدم اتهم ابلغ اخبر خاطب بشر امتدح استنكر ندد شجب ادان "
            "اشار اوضح كشف تساءل تسال سال عاتب لام اعلن تناول شرح استهل "
            "افتتح اختتم ختم"
        )
    )
    | _words("هنات القت اثنت دعت اوصت ابدت تمنت عزت روت حكت")
)
# resolve (1d): verbs of deeds, no speech ("وسجل المهاجم X هدف الفوز"،
# "وأصيب المدافع X"، "وقاد X الهجوم"): the titled person of the sentence
# between who did one of these only acted, the last speaker adds
_DEED_STEMS = _words(
    "سجل احرز اهدر اضاع تصدي سدد مرر صنع قاد لعب شارك غاب عاد غادر وصل انتقل "
    "وقع فاز خسر توج حصل دخل خرج طرد فقد نقل توفي قتل اعتقل انقذ تلقي استلم "
    "ارتكب اصيب تعرض سقط اشهر احتسب الغي ادار خضع اجتاز تعادل هزم ضرب اطلق "
    "زار حضر ودع اعتزل استقال اقيل نجا هرب فر اختفي عثر"
)
_DEEDS = _words_module._with_prefixes(
    _DEED_STEMS | frozenset(w[:-1] + "ت" if w[-1] == "ي" else w + "ت" for w in _DEED_STEMS)
)
# resolve (1d): "وسأله"/"وسألها", asked him/her, the gender of the one asked
_ASKED_PRONOUN = {p + "سال" + s: g for p in ("", "و", "ف") for s, g in (("ه", _M), ("ها", _F))}
_REPLIES = _words("اجاب رد")
_ASKED_PRONOUN_WORDS = frozenset(_ASKED_PRONOUN)
_TALKS = lx._fold_set("حديث تصريح تصريحات مقابلة حوار لقاء اتصال كلمة مداخلة")
_TOPIC_GATHERINGS |= frozenset("ال" + w for w in _TOPIC_GATHERINGS)
_TALKS |= frozenset("ال" + w for w in _TALKS)
# in_cue_that_clause: what the predicate of a that-clause follows, a copula
# pronoun, كان and its sisters (also in the future), "of the kind of"
_PREDICATE_AFTER = lx._fold_set(
    "هو هي هم هما هن كان كانت يكون تكون سيكون ستكون بات باتت أصبح أصبحت "
    "يصبح تصبح سيصبح ستصبح صار صارت ظل ظلت يظل تظل سيظل ستظل بقي بقيت يبقى "
    "تبقى سيبقى ستبقى ليس ليست يزال تزال مازال مازالت قبيل"
)
# the adverbs that may stand between the copula and its predicate
_PREDICATE_ADVERBS = lx._fold_set("دائما أبدا أيضا فعلا حقا فقط مجرد")
_NAME_HEADS = lx._fold_set(
    "وكالة صحيفة جريدة قناة إذاعة مجلة شبكة حزب منظمة جمعية شركة مؤسسة نقابة"
    # (funds, banks and public institutions: "صندوق احتياطي الأجيال القادمة")
    " صندوق بنك مصرف مستشفى جامعة معهد مركز اتحاد"
)
# the heads of a legal text, the subject of "ينص/تنص" ("المادة 72 من الدستور
# التي تنص"), without the article, and what links them ("من القانون رقم 5")
_LEGAL_TEXTS = _words(
    "ماده فصل بند فقره قانون دستور اتفاقيه اتفاق معاهده مرسوم قرار ميثاق لايحه مدونه مجله"
)
_LEGAL_LINKS = _words("من رقم عدد")
# "ما دفع X إلى …": what drove someone to act
# verbs of appearing (folded, with و): their subject is what appears, a
# that-clause, no person (main_clause_subject)
_APPEARED = _words_module._with_prefixes(
    _words_module._words("ظهر يظهر تبين يتبين اتضح يتضح بدا يبدو")
)
_DROVE = frozenset({"دفع", "دفعت", "اضطر", "اضطرت", "حمل"})
# "حين/عندما سألناه …، أجاب": a fronted when-clause
_WHEN_CLAUSE = frozenset({"حين", "وحين", "عندما", "وعندما", "لما", "ولما"})
# main_clause_subject: "and when" opens a clause even with no comma before it
_AND_WHEN = frozenset({"وحين", "وعندما", "ولما"})
# described_then_named: "أحد هؤلاء الصغار، يوسف،", "إحدى الأمهات، سعاد،"
_ONE_OF = _words_module._ONE_OF
# person_met: an age in apposition ("مراد، 25 عاما،")
_YEARS_OF_AGE = _words_module._YEARS_OF_AGE
_DATING_WORDS = _words_module._DATING_WORDS
_HONORIFIC_PRONOUNS = _words_module._HONORIFIC_PRONOUNS
_IDENTITY_OBJECTS = _words_module._IDENTITY_OBJECTS
_OPENER_SECOND = _words_module._OPENER_SECOND
_OCCASION_OPENERS = _words_module._OCCASION_OPENERS
_BEGINNING_NOUNS = _words_module._BEGINNING_NOUNS
_SAME_EMPHATIC = _words_module._SAME_EMPHATIC
_DROVE_TO_SAY = _words_module._DROVE_TO_SAY
_MAY_NAME_OUTLET = _words_module._MAY_NAME_OUTLET
_RELAY_PARTICLE = _words_module._RELAY_PARTICLE
# subject_of: "وأكد ذلك السفير X": the demonstrative object before the subject
_THAT_OBJECT = _words_module._THIS_THAT
# what_said_next: "هذا ما أكده X" opening the sentence after the words
_THIS_THAT = _words_module._words("هذا ذلك وهذا وذلك وهو")
# second_relayed: "قوله", "قولها" after the one a relay names
_RELAYED_SAYINGS = _words_module._words("قوله قولها قولهم قولهما")


def _relayed_after(toks: list[str], k: int) -> bool:
    """Token ``k`` (after "عنه"/"عنها") opens what was relayed: "قوله", أنّ
    or إنّ, a colon or a quotation mark, maybe after "أيضا"/"كذلك"."""
    if k < len(toks) and toks[k] in _words_module._ALSO_WORDS:
        k += 1
    return k < len(toks) and (
        toks[k] in _RELAYED_SAYINGS or toks[k] in _THAT or toks[k] == ":" or toks[k] in QUOTE_MARKS
    )


# "الأسبوع الماضي", "الشهر المنصرم": a past period after a relay verb
_PERIODS = _words("الاسبوع الشهر العام الاسبوعين")
_PAST = _words_module._PAST
_SENTENCE_ENDS = frozenset(".!?؟")
# statement_agent: verbal nouns of saying, glued to بـ before their agent
_SAYING_NOUNS = _words("اعلان تاكيد تصريح اعتراف تحذير قول")
# "وتنقل البرقية قول الرئيس X: «…»": a noun of saying in construct with the
# one whose words the relay verb carries, with no عن (relayed_words)
_WORDS_OF = _words("قول حديث كلام تصريح تصريحات عباره كلمه")
# verbs of chanting or repeating words (lemmas): what they take for object
# after a noun of words (_CHANTED_NOUNS) is said ("وردد الحضور عبارة «…»")
_CHANTING = frozenset({"ردد", "هتف", "كرر"})
# verbs of talking about something (folded, as written), whose subject's
# words about it may stand in marks after عن ("وتحدثت الوزيرة عن «…»")
_TALKED_ABOUT = _SPOKE | frozenset("و" + w for w in _SPOKE) | (_SPEAKING & _words("يتحدث تتحدث"))
# the participle "entitled", before its بـ or not ("تقريرها المعنون بـ«…»",
# "والمعنونة بـ"…"،": dev16d); after the work it names ("في كتابه المعنون
# «…» إن") a title before أنّ too, the work's, never words said
_ENTITLED = _words("المعنون المعنونه معنون معنونه والمعنون والمعنونه")
# the noun a title in marks follows ("تحت عنوان «…»", "محاضرة عنوانها «…»"),
# the verb that gives it ("تقريرا عنونته «…»"), a slogan's or a name's
# ("حملة تحت شعار «…»", "تحت اسم «…»", "تحت مسمى «…»"), and "entitled"
_TITLED = (
    _words("بعنوان عنوان عنوانه عنوانها عنونه عنونته عنونها عنونت شعار بشعار شعاره شعارها اسم مسمي")
    | _ENTITLED
)
# the title nouns of _TITLED in construct with what they name ("وكان
# عنوان التقرير «…»", "شعار الحملة «…»"), with و
_TITLE_OF = _words_module._with_prefixes(_words("عنوان شعار"), "و")
# via_after_quote: "«…»، كما نقلت قناة Y" (folded): "as Y carried it"
_AS_REPORTED = _words("نقلت نقل نقلته نقلها اوردت اورد")
# "المحسوبة على «Y»", "التابعة لـ«Y»", "المقربة من «Y»": the preposition
# before a body's name in marks in what describes a relayer
_MARKED_NAME_PREP = _words("علي من ل الي لدي")
_THAT = _words_module._THAT
_BARE_THAT = _words_module._BARE_THAT
# what a verb's phrase may open with where it names nobody: أنّ, بأنّ (not
# with a pronoun glued, whose subject it is) and a colon (subject_of)
_NO_SUBJECT_START = frozenset({"ان", "بان", ":"})
_NAMED_THAT_SET = _words_module._NAMED_THAT
_BUT_THAT = _words_module._BUT_THAT
_COMMA_SET = _words_module._COMMAS  # (bound here: a method is called on it)
_OUTLET_HEADS = lx.OUTLET_HEADS
# the press told the words in one word ("وقال للصحفيين X Y إن"), folded:
# a bare name after it is the verb's subject (bare_name_told)
_TO_PEOPLE = _words("للصحفيين للصحافيين للاعلاميين")
# attribute: "and another one" before a participle of saying whose verb is
# left out ("«…» وآخر بقوله «…»"), with its gender and number
_ANOTHER_ONE = {
    "واخر": (lx.M, lx.SG),
    "واخري": (lx.F, lx.SG),
    "واخرون": (lx.M, lx.PL),
    "واخرين": (lx.M, lx.PL),
    "واخريات": (lx.F, lx.PL),
}


def _participle_agrees(cue: lx.Cue, tok: str, feats: tuple[str, str]) -> bool:
    """Whether the participle of saying ``cue`` (token ``tok``, folded) agrees
    with ``feats`` in gender and number: its own ("قائلة"), or its pronoun's
    ("بقولها"); one that tells neither agrees."""
    if cue.gender is not None:
        return (cue.gender, cue.number) == feats
    for suffix in lx.PRONOUN_SUFFIXES_LONGEST_FIRST:
        if tok.endswith(suffix):
            return lx.PRONOUN_SUFFIXES[suffix] == feats
    return True


# is_quotation: verbs of asking, and the words a question in marks opens with
_ASKING = _words_module._words("تساءل تسايل سال")
_QUESTION_WORDS = _words_module._words("ما ماذا لماذا متي كيف هل اين من اي كم")
_QUESTION_OPENERS = _QUESTION_WORDS | {"و" + w for w in _QUESTION_WORDS}
# subject_of: an indefinite occasion of speech and an adjective of the press
# or the air after a verb of saying, its preposition dropped ("وقال مؤتمر
# صحفي"): the occasion, not the subject (no document, which may speak)
_OCCASIONS = _words("موتمر لقاء حوار مقابله حديث ندوه جلسه اجتماع")
_OCCASION_ADJECTIVES = _words(
    "صحفي صحافي صحفيه صحافيه متلفز متلفزه تلفزيوني تلفزيونيه اذاعي اذاعيه"
)
# after_turn: "من جهته،", "في المقابل،" (words._TURN_NEXT after من/في)
_TURN_NEXT = _words_module._TURN_NEXT
_IN_OR_AND_IN = _words_module._IN
# talk_owner: the prepositions of the talk that is an occasion ("لدى حديث Y")
_DURING_TALK = _words_module._words("لدي ولدي خلال وخلال اثناء واثناء عند وعند ابان")
# contrast_clause: a clause set against the sentence ("، بينما …")
_CONTRAST = _words_module._words("بينما وبينما فيما وفيما")
_CUE_WORD_SET = _words_module._CUE_WORDS  # (the same)
_WHO_SAYS = _words_module._WHO_SAYS
_THAT_NAMED = _words_module._NAMED_THAT  # (bound here: a method is called on it)
# object_after: a demonstrative that opens a verb's object ("هذا الموقف")
_DEMONSTRATIVES = _words_module._DEMONSTRATIVES
# given_the_floor: "منحت الهيئة المتهم الكلمة", "أعطى القاضي الكلمة للمتهم"
_FLOOR = _words_module._words("الكلمه")
# contacted: the verbs of contacting someone (بـ, مع)
_CONTACT = _words_module._CONTACT
# a noun of statement in construct with its owner ("تصريح وزيرة المالية")
_OWNED_STATEMENT_NOUNS = _words_module._with_prefixes(
    _words_module._words("تصريح تصريحات كلام حديث مقوله قول"), "وبل"
)
# is_quotation: where or in what one spoke, after a name in marks right
# after the verb of saying ('وقال "X Y Z" في رسالة …', "خلال كلمته")
_AT_STATEMENT = _words_module._words("في خلال عبر لدي اثناء علي")
# is_quotation: the words before a gathering's name in marks that tell one
# spoke at it ("خلال «منتدى …»", "على هامش «قمة …»"), folded, without و
_AT_GATHERING = _AT_STATEMENT | _words_module._AT_ONCE
# statement_agent: where or when the agent of a noun of saying said it,
# between him and أنّ ("وجاء تأكيد الوزارة في بيانها أن")
_WHERE_SAID = _AT_STATEMENT - _words_module._words("لدي علي")
_STATEMENTS_AT = _OCCASIONS | _words_module._words(
    "كلمه كلمته كلمتها مداخله مداخلته مداخلتها تصريح تصريحات تصريحه تصريحاته "
    "مقابله مقابلته مقابلتها حوار حواره حوارها لقايه لقايها خطاب خطابه خطابها "
    "بيان بيانه بيانها رساله رسالته رسالتها وثيقه تغريده تغريدته تغريدتها "
    "تدوينه تدوينته تدوينتها منشور منشوره منشورها حفل الحفل ختام افتتاح هامش "
    "الموتمر موتمره موتمرها الندوه الاجتماع اللقاء"
)
# the comment a cable closes with, heading a line ("ملاحظة: «…»")
_COMMENT_LABELS = _words_module._words("ملاحظه تعليق")


def _after_clock(toks: list[str], first: int, k: int) -> int:
    """ "10:30 الوزير X: «…»", "12:05 - النائب Y: «…»": the token after the
    time of day (and its dash) a live-blog line opens with at ``first``,
    when the walk back from the label's colon stopped at ``k`` (the
    minutes, or the label's first word after the dash); else -1."""
    m = first + 2
    if (
        (k != m and k != m + 2)
        or toks[first + 1] != ":"
        or not toks[first].isdigit()
        or len(toks[first]) > 2
        or not toks[m].isdigit()
        or len(toks[m]) != 2
    ):
        return -1
    if k == m:
        return m + 1
    return k if toks[m + 1] in _DASHES else -1


_EMBASSIES = _words_module._EMBASSIES
_EDITORS_NOTES = _words_module._EDITORS_NOTES
_CABLES_WRITTEN_IN = _words_module._CABLES_WRITTEN_IN
# an answer in construct with its owner, before a colon ("جواب السفير كان:")
# (the nouns of statement take a colon too, but "في حديث للجزيرة:" names
# whom the talk was for, not its owner)
_ANSWER_NOUNS = _words_module._with_prefixes(_words_module._words("جواب اجابه"), "وف")
_STATEMENT_OR_ANSWER_NOUNS = _OWNED_STATEMENT_NOUNS | _ANSWER_NOUNS
# statement_of: "قول X «…»", the saying of X, in construct with its owner
# (and "حديث", "مقولة": "لحديث النبي «…»", "مقولة الزعيم X «…»", dev27s)
_SAYING_OF = _words_module._with_prefixes(_words_module._words("قول حديث مقوله"), "وبل")
# (statement_of: the Prophet, who owns a hadith told by the noun alone)
_HADITH_OWNERS = _words_module._HADITH_OWNERS
# the adjectives a statement is told with, no owner of it ("في تصريحات خاصة
# لكووورة «…»", "في تصريح صحفي مقتضب"): what kind of statement it was,
# masculine and feminine, with the accusative of the masculine
# statement_of: what may follow words in marks that end the clause they are
# the predicate of ("أن تصريحات الوزير «غير مسؤولة».")
_PREDICATE_ENDS = frozenset(".!؟?،,؛;")
_STATEMENT_ADJECTIVES = frozenset(
    w + ending
    for w in _words_module._words(
        "خاص صحفي صحافي اعلامي تلفزيوني تليفزيوني اذاعي هاتفي رسمي حصري "
        "سابق لاحق اخير جديد مقتضب مطول مصور متلفز منفصل مماثل مشابه "
        "صريح ناري مكتوب مسجل علني"
    )
    for ending in ("", "ه", "ا")
)
# the words its subject is given with ("بخصوص «…»", "بأن «…»")
_ABOUT_WORDS = _words_module._words("بخصوص حول بان عن")
# "منحت الهيئة الشاهد الكلمة": the witness, a title where a court gives the floor
_WITNESS = _words_module._words("الشاهد الشاهده")
_GIVE_FLOOR = _words_module._with_prefixes(
    _words_module._words("منح منحت يمنح تمنح اعطي اعطت يعطي تعطي اتاح اتاحت احال احالت ترك تركت")
)
_WHEN = _words_module._WHEN
# "سأل الصحفي X الوزير Y عن …، فقال": a verb of asking with its subject and
# the one asked; "رد قائلا", "فأجابت قائلة": the answer's verb before its
# participle
_ASK = _words_module._with_prefixes(_words_module._words("سال سالت سالا سالتا يسال تسال"))
_ANSWER_VERBS = _words_module._with_prefixes(_words_module._words("رد ردت اجاب اجابت"))
_ISSUED = _words_module._ISSUED
_PUBLISHING = _words_module._PUBLISHING
_OUTLET_WRITTEN = _words_module._OUTLET_WRITTEN
_EXCERPTS = _words_module._EXCERPTS
_HIS_SAYING = _words_module._HIS_SAYING
_ADDRESSING = _words_module._ADDRESSING
_PLURAL_ADDRESSING = _words_module._PLURAL_ADDRESSING
_ADDRESSING_VERBAL = _words_module._ADDRESSING_VERBAL
_CHANTED_BY = lx.CHANTED_BY
_OWNED_SAYINGS = _words_module._OWNED_SAYINGS
_OF_THEM = _words_module._OF_THEM
_TITLE_LIKE = _words_module._TITLE_LIKE
# meeting_host: a verb of meeting, and the hearers' pronoun after a verb of
# saying ("وقال لهم", "وقالت له")
_MEETING_VERBS = _words_module._MEETING_VERBS
_MET_BEFORE_RELAY = _words_module._MET_BEFORE_RELAY
_TO_THE_MET = _words_module._TO_THE_MET
_MET_ADJUNCT_OPENERS = _words_module._MET_ADJUNCT_OPENERS
_FRONTED_GATHERINGS = _words_module._FRONTED_GATHERINGS
_PRESS_ADJECTIVES = _words_module._PRESS_ADJECTIVES
# post_before_comma: the prepositions that govern a post whose holder's name
# follows in commas ("إلى رئيسة البلدية، X Y،"), folded
_GOVERN_POSTS = _words("الي علي مع لدي امام")
# via_of: the department of an outlet a post heads, before the outlet glued
# to لـ ("رئيس مجلس الإدارة لقناة …", "مدير الأخبار لإذاعة …"), folded
_NEWSROOM_DEPARTMENTS = _words_module._words("الاداره التحرير الاخبار البرامج النشر")


# subject_of: the countries a masculine verb takes for its subject ("وحذر
# لبنان من"), folded; the others are feminine ("وحذرت واشنطن")
_MASCULINE_COUNTRIES = _words("لبنان العراق الاردن المغرب السودان اليمن")

# occasion_speaker: "جاء ذلك في مداخلة للوزير X": the sentence that tells
# the occasion of the words before it ("جاء ذلك", "وجاء هذا"), and the nouns
# of the talk given there, whose owner follows glued to لـ
_THAT_CAME = _words_module._THAT_CAME
# subject_before: "وردا على …", "تعليقا على …" opening a clause, an adverbial
_IN_REPLY = _words_module._words("ردا وردا تعليقا وتعليقا تعقيبا وتعقيبا")
# attribute: "«…» كما جاء في برقية": the source after the words
_AS_CAME = _words_module._CAME_ON_TONGUE
# "«…» مثلما ادعته بعض الصحف", "«…»، كما زعمها X": "as Y claimed it", a
# verb of saying or claiming with the object pronoun of the words right
# after them, then its subject, who said them (folded: the feminine subject
# in ت before the pronoun; dev23s)
_AS_WHAT = _words_module._words("كما مثلما حسبما")
# attribute: "وتقول البرقية حسبما ذكر موقع X:" (folded; dev33s)
_AS_REPORTED_BY = _words_module._words("حسبما وحسبما بحسبما وبحسبما")
# attribute: the first word of the sources read right after the words (and
# their comma): "بحسب …", "كما جاء …", "مثلما ادعته …", "على حد قول …"
_SOURCE_AFTER_WORDS = _ACCORDING_TO | _AS_WHAT | {"علي"}


def _named_or_anonymous(ent: _Entity | None) -> bool:
    """Someone a claim may be of: a named person, an unnamed source, a body
    or a group (not a bare title, a document nor nobody): one who may go on
    (_MAY_GO_ON), a person only when named."""
    return ent is not None and ent.kind in _MAY_GO_ON and (ent.kind != PERSON or _named_person(ent))


def _with_it(stems) -> dict[str, tuple[str, str]]:
    """The past of ``stems`` with the object pronoun ه/ها, and its subject's
    gender and number."""
    return {
        stem + ending + obj: (_F if ending == "ت" else _M, _PL if ending == "و" else _SG)
        for stem in stems
        for ending in ("", "ت", "و")
        for obj in ("ه", "ها")
    }


# (verbs of claiming: the words are the claim of the subject after them)
_CLAIMED_IT = _with_it(("زعم", "روج", "تناقل")) | {
    form + obj: feats
    for form, feats in (("ادعا", (_M, _SG)), ("ادعت", (_F, _SG)), ("ادعو", (_M, _PL)))
    for obj in ("ه", "ها")
}
# (verbs of reporting: "«…»، حسبما ذكرته الوكالة" also credits the agency or
# the paper that carried the speaker's words; its subject said them only
# where the speaker's clause denies them before the marks, "إن المشروع لن
# يكون «…» مثلما نشرته بعض المواقع", mend23a)
_REPORTED_IT = _with_it(("ذكر", "اورد", "قال", "نشر", "وصف"))
# (a negation before the words in the clause said)
_DENYING = _NEGATIONS | _words("لا ليس ليست")
# (the lemmas of the verbs of saying whose object the words are)
_SAYS_WORDS = frozenset({"قال", "أضاف", "تابع"})
# attribute: "على حد قول/تعبير X" right after the words (folded)
_SAYING_MASDARS = _words("قول تعبير")
_OCCASION_NOUNS = _words_module._words(
    "كلمه مداخله تصريح تصريحات حديث مقابله حوار لقاء خطاب رد اجابه افاده محاضره تدوينه تغريده منشور"
)
# occasion_owner: "جاء ذلك خلال مؤتمر صحفي عقده الوزير X", "في كلمة ألقتها
# الوزيرة X", "في تصريح أدلى به X": the verbs of holding, giving or
# making a talk, with the talk's pronoun (or before به/بها), whose subject
# after them is the talk's owner (not أجرى: an interview is conducted by
# whom it is given to; nor نظم: who organises a seminar may not speak),
# and the gatherings held that name no owner with لـ
_HELD_BY = _words_module._words("عقده عقدته عقدها عقدتها ادلي ادلت") | _words_module._GAVE_IT
_HELD_EVENTS = _words_module._words("موتمر ندوه")

# the independent pronouns of the first person, which open speech ("فنحن نحترم
# رأيه"), never a name or a label in marks
_FIRST_PERSON = frozenset(p + w for p in ("", "و", "ف") for w in ("نحن", "انا"))
# the participle's separate object pronoun ("متهما إياها"), folded, and
# the gender or number it takes up (relative_agent_of)
_IYYA = {"اياه": "m", "اياها": "f", "اياهم": "p"}
# speech_giver: a speech or a message given or sent, indefinite, by the
# pronoun that takes it up after the verb of saying (فيها, فيه), folded
_SPEECHES_GIVEN = {
    "فيها": _words_module._words(
        "كلمه رساله مذكره برقيه مداخله محاضره تغريده تدوينه "
        # ("ألقى المطران X عظة قال فيها": a sermon; dev35s)
        "عظه خطبه "
        # ("وجه X كلمات غاضبة بحق Y، قال فيها", "رسائل": dev20s)
        "كلمات رسايل"
    ),
    "فيه": _words_module._words("خطابا خطاب بيانا بيان تصريحا تصريح حديثا منشورا"),
}
# speech_before_title: the words before a speech's title in marks ("عظة
# بعنوان «…»", "محاضرة تحت عنوان «…»"), folded
_SPEECH_TITLES = _words_module._words("بعنوان عنوان")
# the one addressed after the message ("رسالة إلى المتهمين"), folded
_TO_WHOM = _words_module._words("الي")


def _glued_to_whom(w: str) -> bool:
    """speech_giver: ``w`` is the one a speech or a message went to, glued
    to لـ ("رسالة للمتهمين"): a word of more than three letters in لـ (a
    word in ل never opens with the article, so none is one)."""
    return w[:1] == "ل" and len(w) > 3


# verbs of delivering a speech or sending a message, past, of one man or one
# woman (folded, و glued or not)
_ARTICLE_SHAPED_VERBS = _words_module._ARTICLE_SHAPED_VERBS
_DELIVER_VERBS = _words_module._words("القي القت وجه وجهت بعث بعثت ارسل ارسلت")


def _deliver_verb(w: str) -> bool:
    return w in _DELIVER_VERBS or (w[:1] == "و" and w[1:] in _DELIVER_VERBS)


_GIVEN_NAMES = _words_module._GIVEN_NAMES
_LAM_FIRST_NAMES = _words_module._LAM_FIRST_NAMES
_SON_OF = _words_module._SON_OF
_COMPLEMENT_PREPOSITIONS = _words_module._COMPLEMENT_PREPOSITIONS
# verb_preposition_at: after a word between the name and the preposition,
# the complement's own, not "في"/"من" of an adjunct ("وكلف X بمهمة في" has
# X for its object)
_VERB_PREPOSITIONS = _words_module._VERB_PREPOSITIONS
_POSTURE_VERBS = _words_module._POSTURE_VERBS
_POSTURE_PLACES = _words_module._POSTURE_PLACES


_lineage_name = _words_module.lineage_name


# subject_of: "الآن" folded, the adverb "now" or the given name آلان
_NOW_ADVERB = _words("الان")
# is_quotation: words that open a clause, never a name or a label: a negation
# ("لم يحدث شيء"), a demonstrative ("وهذا أمر خطير") or a personal pronoun
# ("هي الأفضل"), with و/ف (folded); and the negating noun عدم after و,
# which goes on with words the speaker began ("انتقد «تردد» الحكومة «وعدم
# جديتها الدائم»"; bare, it also names a policy: "سياسة «عدم التدخل»";
# dev15s)
_QUOTE_CLAUSE_OPENERS = frozenset(
    p + w
    for p in ("", "و", "ف")
    for w in _words("لم لن ليس ليست لسنا لست هذا هذه ذلك تلك هاته هو هي هم انه انها انهم انت انتم")
) | frozenset({"وعدم"})


def _future_defective(w: str) -> bool:
    """``w`` (folded) reads as a future verb whose root ends in a vowel,
    its ى folded to ي ("ستبقي", "سيمضي", "ستنتهي"), which _future_verb
    leaves for the nisba it may also be: five letters or more, the
    present's prefix after the س, and no ي doubled or long vowel before the
    last ("سياسي" stays a nisba only where the caller reads no name)."""
    return len(w) >= 5 and w[0] == "س" and w[1] in "يتن" and w[-1] == "ي" and w[-2] not in "اوي"


def _future_verb(w: str) -> bool:
    """``w`` (folded) reads as a present verb with the future's س ("سيتم",
    "سيعامل", "ستكون", "سنواصل"), with و/ف or not: four letters or more,
    the present's prefix after the س, and no ending of a noun, a plural or
    a nisba ("سياره", "سيناريو", "سيارات", "سياسيين", "سيدي", "سينما")."""
    if w[:1] in "وف" and w[1:2] == "س":
        w = w[1:]
    return (
        len(w) >= 4
        and w[0] == "س"
        and w[1] in "يتن"
        and w[-1] != "و"
        and w[-1] != "ا"
        and w[-2:] not in ("ات", "ين")
        and _present_verb(w[1:])
    )


# is_quotation: "because it is" (لأنّ and كون with a pronoun), before the
# predicate in marks ("لأنها «بلد ديمقراطي»"), folded
_BECAUSE = _words("لانه لانها لانهم لانهما لانني لاننا كونه كونها كونهم ولانه ولانها")
# the past of كان opening a sentence, with its gender (issued_after_was);
# "كانت X، وهي …، تفعل": opening a scene (person_met)
_WAS_GENDER = {"كان": _M, "وكان": _M, "فكان": _M, "كانت": _F, "وكانت": _F, "فكانت": _F}
_SCENE_WAS = _words_module._WAS_SINGULAR
# kin who describe a person met ("والدة المقاول القتيل، أم أحمد،": described_by_verb);
# in construct after a name and its comma, an apposition on that person, no
# clause of a verb ("أحدثت X Y، ابنة رئيس الحزب Z، جدلا": main_clause_subject)
_KIN = frozenset(
    {"والد", "والده", "زوج", "زوجه", "ابن", "ابنه", "شقيق", "شقيقه", "ارمله", "جد", "جده"}
    | {"بنت", "نجل", "نجله", "اخت", "حفيد", "حفيده", "صهر", "كريمه", "عقيله"}
)


# subject_of: verbs of going on or closing one's words ("وواصل دعاءه:",
# "واختتم شرحه بالقول"), whose noun with a pronoun is their object; and
# what may follow that noun (own_words_object)
_GO_ON_KEYS = _words("تابع واصل اكمل استكمل اتم اختتم ختم انهي")
# lemma -> its key (_lemma_key) is in _GO_ON_KEYS: one lookup a cue, no call
# (bounded: lemmas come from the lexicon)
_GO_ON_LEMMA = _words_module._WordTable(lambda lemma: _words_module.normalize(lemma) in _GO_ON_KEYS)
# lemma -> its key is in _INFORM (subject_of's verb of informing), the same way
_INFORM_LEMMA = _words_module._WordTable(lambda lemma: _words_module.normalize(lemma) in _INFORM)
# verbs of urging or calling on someone (lemmas, unfolded: one set test a cue)
_URGE_LEMMAS = _words_module._URGE_LEMMAS
# verbs of praising or asking for something whose object takes بـ ("وأشاد
# بعلاقة البلدين", "ونوه بدور الجالية", "وطالب بإطلاق سراحهم"; the
# lexicon's lemmas)
# (and of pledging or threatening with a thing, "وتعهد بتوفير …", "وهدد
# بسحب …", dev34s)
_BA_OBJECT_LEMMAS = frozenset(("أشاد", "نوه", "طالب", "أهاب", "تعهد", "هدد"))
_BA_OBJECT_NOUNS = _words_module._BA_OBJECT_NOUNS
_URGED_ALWAYS = _words_module._URGED_ALWAYS


# the one-word months of the dates module, folded: a date's words between a
# verb and its subject ("قال اليوم الاثنين 14 مارس 2023، الوزير …")
_MONTH_WORDS = frozenset(m for m in _MONTHS if " " not in m)  # (keys already folded)


def _accusative_plural(t: str) -> bool:
    """A definite plural or dual in ين, the accusative or genitive ending
    ("المواطنين", "الطرفين"; the nominative is "المواطنون", "الطرفان")."""
    return len(t) >= 7 and t[:2] == "ال" and t[-2:] == "ين"


_OWN_WORDS_NEXT = _words("بالقول علي الي ضد عن في")
_SAYING_PARTICIPLES = _words("قايلا قايله قايلين قايلات")
# that_subject_saying: the manner of a verb of saying, "saying" ("علق على
# الحكم بالقول", "رد قائلا")
_SAYING_MANNER = _SAYING_PARTICIPLES | frozenset({"بالقول"})

# "وتابع يقول", "ومضت تقول": a verb of going on before the present of a verb
# of saying, its subject the one the text has been quoting (subject_before)
_GO_ON_TO_SAY = _words_module._with_prefixes(
    _words(
        "تابع تابعت يتابع تتابع مضي مضت يمضي تمضي راح راحت عاد عادت يعود تعود "
        "ظل ظلت اخذ اخذت استطرد استطردت اردف اردفت واصل واصلت يواصل تواصل"
    )
)


# words that open words said, never a source's name in marks after
# "نقلا عن" (folded: a negation, a personal pronoun)
_SAID_OPENERS = frozenset({"لا", "لن", "لم", "ما", "انا", "نحن", "انت", "انتم", "هو", "هي"})
# the cues whose subject tells a statement a later verb that goes on
# continues (resolve): a verb of saying, or a relay's source
_TOLD_BY = frozenset({lx.VERB, lx.RELAY})
# fronted_relayed: the kinds of one relayed put first ("وعن الوزير X نقلت")
_RELAYED_KINDS = frozenset({PERSON, ANONYMOUS, GROUP, ORGANIZATION})
# the verb of saying with ف that shares its clause's subject (attribute):
# not an answer, nor after a verb of asking, confronting or contacting, whose
# object speaks next
_ANSWERED = _words("فاجاب فاجابت فاجابوا فرد فردت فردوا")
# the verbs of meeting and receiving by the gender their form tells
# ("استقبل الوزير X السفيرة Y، وقالت": a feminine verb that goes on does
# not share the masculine host's subject)
_MEETING_GENDER = {
    p + w: g
    for g, words in (
        (_M, "التقي اجتمع استقبل قابل تحادث تباحث زار يلتقي يجتمع يستقبل يقابل يزور"),
        (_F, "التقت اجتمعت استقبلت قابلت تحادثت تباحثت زارت تلتقي تجتمع تستقبل تقابل تزور"),
    )
    for w in words.split()
    for p in ("", "و", "ف")
}
# subject_of: verbs whose object comes between their subject and بأن
# ("ووصف الوزير المواطنين بأنهم «…»"): describing, reassuring, informing
# ("وأبلغت النواب بأن", "وأخبر الصحفيين بأن"), never with a subject alone
_OBJECT_THEN_BA = frozenset({"وصف", "طمأن", "أبلغ", "أخبر", "أطلع"})
# subject_of: verbs of deeming or describing whose object pronoun after a
# relative takes a second object ("التي اعتبرها السلاح الأنجع", "التي
# وصفها الحل الأمثل"), no subject
_DEEMING_LEMMAS = frozenset({"اعتبر", "وصف"})
# subject_of: "ما" and its glued forms before a verb of deeming or describing
# with the object's pronoun ("انتقد X ما وصفه بتدهور …", "ما اعتبره بطءا"):
# "what he called", whose subject is elided
_WHAT_DEEMED = _words_module._WHAT_NAMED
# adjectives of a post or a body that are no nisba ("الرئيس السابق",
# "الأمين العام"), folded
_POST_ADJECTIVES = _words_module._POST_ADJECTIVES
# fronted_subject: the plural pronouns that open an aside with و ("وهم")
_THEY = _words("وهم وهن وهما")
# meeting_holder: a sentence opening with a meeting ("خلال اجتماع الرئيس X
# بـ…، شدد"): the time word, then the meeting's noun with its agent after
# it, or with the pronoun of its holder (by the pronoun's gender)
_DURING_MEETING = _words("خلال وخلال اثناء واثناء")
# occasion_holder: "في مؤتمر صحفي لـ…", "وفي تصريح لـ…" (folded)
_IN_OR_DURING = _words("في وفي خلال وخلال")
_SENTENCE_OCCASIONS = _words("موتمر تصريح تصريحات حديث كلمه مقابله لقاء ندوه")
# the one an interview or a statement is given to, glued to لـ after the
# occasion ("وفي حديث لمراسل الجزيرة، قال:"), folded: no holder
_INTERVIEWERS = _words("مراسل مراسله مذيع مذيعه محرر محرره مقدم مقدمه صحفي صحافي صحفيه صحافيه")
_MEETING_NOUNS = _words_module._MEETING_NOUNS
_RECEIVING = _words("استقبال")
_WITH = _words("مع")
_MEETING_PRONOUN_NOUNS = {
    stem + suffix: g
    for stem in ("اجتماع", "لقاء", "لقاي", "استقبال", "زيارت", "مباحثات", "محادثات")
    for suffix, g in (("ه", _M), ("ها", _F))
}
_ASKED = (
    _words_module._with_prefixes(
        _words(
            "سال سالت سالوا سالنا ساله سالها سالهم سالته سالتها سالناه سالناها "
            "سيل سيلت استفسر استفسرت استوضح استوضحت واجه واجهت واجهه واجهها واجهته"
        )
    )
    | _CONTACT
    # a question or a request put to someone ("ووجه X سؤالا إلى الوزير Y،
    # فقال", "وطلب X من Y توضيحا، فقال": Y answers)
    | _words_module._with_prefixes(
        _words("سوالا سوال السوال اسيله الاسيله استفسارا طلب طلبت طلبوا طلبنا"), "وفب"
    )
)


# attribute: a question in construct with its asker right before words in
# marks ("وردا على سؤال الصحفي «…»"), with the prepositions and و glued
# (not glued to بـ, nor after "when": "وبسؤال الوزير «…»", "وعند سؤال الوزير
# «…»", asking the minister, the one who answers)
_QUESTION_NOUNS_IN_CONSTRUCT = _words("سوال وسوال")
# the preposition of a reply to it right before ("ردا على", "جوابا عن", "في
# رده على", "وبخصوص", "وحول", "وفي سؤال المحقق"): only then is the question
# the asker's, not "مع سؤال الوزير", "وعقب سؤال المتحدث" (asking him; mend30b)
_ON_THE_QUESTION = _words_module._with_prefixes(_words("علي عن بخصوص حول في"), "و")
# that_subject_across_adverbials: what opens an adverbial after a subject
_ADVERBIAL_OPENERS = _words("خلال اثناء لدي عند في ابان")
# main_clause_subject: "فقد" + the verb after a fronted adverbial
_SO_HAS = frozenset({"فقد"})
_IT_IS_NOTED = frozenset({"يذكر", "ويذكر"})  # "يذكر أن …": the narrator's aside
# issued_after_was: what a body issues or publishes, indefinite ("وكانت
# الحركة أصدرت بيانا قالت فيه"): the word before it is the issuing verb
_ISSUED_OBJECTS = _words(
    "بيانا بيان بلاغا بلاغ تصريحا تصريحات تقريرا تقرير رساله مذكره وثيقه توضيحا توضيح"
)
_ISSUING_VERBS = frozenset(
    v + t
    for v in _words("اصدر نشر وزع بث اذاع وجه ارسل اعد قدم رفع سلم اطلق كتب دون عمم")
    for t in ("", "ت")
)
# interview_giver: "في حوار أجراه X مع الصحف المحلية، أكد": the verb of
# holding an interview (with its object pronoun), the interview's nouns, and
# the press or an outlet it was held with
_HELD_INTERVIEW = _words("اجري اجراه اجراها اجرت اجرته اجرتها")
_INTERVIEWS = _words_module._INTERVIEWS
_PRESS_HEADS = _words(
    "الصحف صحف الصحافه وسايل الصحفيين الصحافيين الاعلاميين الاعلام صحفيين "
    "قناه صحيفه جريده وكاله مجله اذاعه التلفزيون تلفزيون موقع شبكه راديو منصه"
)
# attribute: "أن قانون الموازنة نص على «…»", the legal text's verb
_PROVIDED = lx.Cue("نص", lx.VERB, "m", "sg", "على")


# "أما بخصوص X", "أما بشأن X": a preposition of topic opens what is talked
# about, never who talks
_TOPIC_PREPOSITIONS = frozenset({"بخصوص", "بشان", "وبخصوص", "وبشان", "بصدد"})
# subject_before: a fronted topic of talk right before the verb, no comma
# between ("وحول أزمة المياه قال:", "وبالنسبة للأسعار أوضح أن"): what is
# talked about, never the verb's subject, which is elided (kw26)
# "ما إذا", "عما إذا", "فيما إذا": whether, opening an indirect question
# (subject_before)
_WHETHER = _words("ما وما عما وعما فيما وفيما")


def _after_whether_was(toks: list[str], k: int) -> bool:
    """Token ``k`` comes right after "whether" and كان ("ما إذا كانت",
    "عما إذا كان"): it opens what is asked about (``k`` >= 3)."""
    return toks[k - 1] in _AUX_WAS and toks[k - 2] == "اذا" and toks[k - 3] in _WHETHER


_FRONTED_TOPIC = _TOPIC_PREPOSITIONS | _words(
    "وبصدد حول وحول حيال وحيال ازاء وازاء بالنسبه وبالنسبه"
)
# known_name_opening: what opens a fronted topic or adverbial, never a
# name ("وبخصوص نصر قال إن", "وعن نصر قال", "ومع نصر قال"): the name after
# it is what is talked about or with, not the verb's subject
_NO_NAME_OPENING = _FRONTED_TOPIC | _words("عن وعن مع ومع")


# "without": the noun after it, definite or not, is an adverbial of manner
_WITHOUT = frozenset({"دون", "بدون"})


# message_sender: the words that give a message's content, with the
# pronoun of the message ("رسالة … فحواها أن", "خطاب … مفاده أن"), and the
# message nouns each pronoun takes up (folded, with بـ "بعث برسالة", an
# indefinite accusative "خطابا")
_CONTENT_OF = {
    w + p: g for w in ("فحوا", "مفاد", "مضمون", "نص", "محتوا") for p, g in (("ها", "f"), ("ه", "m"))
}
_MESSAGES = {
    w: g
    for g, text in (
        ("f", "رساله رسايل برقيه مذكره"),
        ("m", "خطاب بيان بلاغ كتاب"),
    )
    for base in text.split()
    for w in (base, "ال" + base, "ب" + base, "بال" + base, base + "ا")
}
# "رسالة من الرئيس X إلى …": who it is from
_FROM_WHOM = frozenset({"من", "عن"})
# "«…». بنبرة حاسمة قال X": the tone the words before were said in, opening
# the sentence after them with its adjective (folded)
_IN_A_TONE = _words_module._words("بنبره بلهجه بصوت")
# "«…» تعالت هتافات المحتجين": voices rising, and the voices (folded)
_VOICES_RISE = _words_module._words(
    "تعالت وتعالت تعلو وتعلو علت وعلت ارتفعت وارتفعت تتعالي وتتعالي"
)
_VOICES = _words_module._words(
    "اصوات الاصوات هتافات الهتافات صيحات الصيحات صرخات الصرخات صوت الصوت"
)
# "علا صوت X قائلا: «…»", "وارتفع صوت الوزيرة مرددة": the masculine verb of
# one voice rising, then "the voice of", whose owner is the participle's
# agent (main_clause_subject; dev31s)
_ONE_VOICE_ROSE = _words_module._words("علا وعلا فعلا ارتفع وارتفع فارتفع")
_VOICE_OF = _words_module._words("صوت")
_VOICE_WORD = "صوت"  # (the article's first test: most have none)
# recording_owner: what a relative clause with فيه/فيها takes up when it
# holds someone's own words (a recording, a quotation, a post: "تسجيلا صوتيا
# للوزير يقول فيه"), by the gender of its pronoun (folded)
_RECORDINGS = {
    w: g
    for g, text in (
        ("m", "تسجيل مقطع فيديو شريط اقتباس تصريح منشور خطاب حديث"),
        ("f", "تغريده رساله كلمه تدوينه"),
    )
    for base in text.split()
    for w in (base, "ال" + base, base + "ا")
}
# published_carrier: what carried someone's words, a recording or a post
# (_RECORDINGS) or a news item, named after a prepositional source ("وفق
# مقطع فيديو نشرته الرئاسة", "حسب الخبر الذي نشره موقع الحزب"; folded)
_CARRIERS = frozenset(_RECORDINGS) | _words_module._words("خبر الخبر")
# but_pronoun_agent: "لكنه/لكنها", "ولكنه", "فإنه", and "أنه" after إلا،
# غير، بيد: a contrast whose pronoun is the subject of the verb after it
# (folded), with the pronoun's gender
_BUT = _words_module._words("لكن ولكن")
_BUT_HE = {p + w: g for w, g in (("لكنه", "m"), ("لكنها", "f")) for p in ("", "و")} | {
    "فانه": "m",
    "فانها": "f",
}
_BUT_THAT_HE = {"انه": "m", "انها": "f"}
_BUT_BEFORE_THAT = _words("الا غير بيد")
# the verb after the contrast: the one asked or pressed refuses, declines or
# answers (folded, past and present, masculine and feminine)
_REFUSED = _words(
    "رفض رفضت يرفض ترفض اعتذر اعتذرت يعتذر تعتذر ابي ابت يابي تابي امتنع امتنعت "
    "يمتنع تمتنع رد ردت يرد ترد اجاب اجابت يجيب تجيب تمسك تمسكت رفضه رفضته"
)
# the verb before it that tries, asks or presses someone (folded, with و/ف)
_ASKED_TO = _words_module._with_prefixes(
    _words(
        "حاول حاولت حاولوا طلب طلبت طلبوا دعا دعت دعوا سعي سعت سعوا اراد ارادت ارادوا "
        "عرض عرضت عرضوا اقترح اقترحت اقترحوا ضغط ضغطت ضغطوا ناشد ناشدت ناشدوا حث حثت حثوا "
        "طالب طالبت طالبوا"
    )
)


def _thing_asked(w: str) -> bool:
    """ "بمحاسبة", "بالإفراج", "عن" (folded): a preposition that opens the
    thing asked for or spoken of after a verb of asking ("طالب بمحاسبة X"),
    whose persons are not the one asked."""
    return (
        w in ("عن", "وعن")
        or w.startswith("بال")
        or (w[:1] == "ب" and w[-1:] == "ه" and len(w) >= 5)
    )


# "وتلقى X رسالة مفادها": the one who receives a message is no sender
_RECEIVED = _words_module._with_prefixes(
    _words("تلقي تلقت تلقوا تلقيا تسلم تسلمت استلم استلمت وصل وصلت وصله وصلته وصلها وصلتها")
)
# "طلب منه نقل رسالة", "كلفه بنقل رسالة": the verb, the one it asks, then
# the act asked (a verbal noun) that governs the message
_ASKED_ONE = _words("منه منها منهم منهما اليه اليها اليهم له لها لهم")


# attribute's scans are module functions, not generators: a generator made
# the variables it reads cells, allocated on every call
def _label_in_marks(toks: list[str], i: int, j: int) -> bool:
    """Words in marks after "بأنه", "بـ" or "بأنه من" at a token in [i, j):
    the label a verb of describing gives ("وصفته بأنه "مصدر موثوق"")."""
    return any(
        toks[m + 1] in QUOTE_MARKS
        and (
            toks[m] in _AS_BEING or toks[m] == "ب" or (toks[m] == "من" and toks[m - 1] in _AS_BEING)
        )
        for m in range(i, j)
    )


# "زين العابدين بن علي", "أبو علي": the name علي, folded as the preposition على
_ALI_BEFORE = _words("بن ابن ابو ابي ولد")


def _ali_in_name(toks: list[str], k: int) -> bool:
    """Whether ``toks[k]``, علي, is the name after بن/أبو (not على)."""
    return toks[k] == "علي" and k > 0 and toks[k - 1] in _ALI_BEFORE


def _names_label(before: str) -> bool:
    """is_quotation: the word right before the marks alone tells that they
    hold a name or a label, not words said: a label noun ("حركة «…»"), with
    و/ف or بـ/لـ, or a title in construct that names its body ("رئيس «التيار
    الوطني الحر»"; but "داعية «…»" is the participle "calling for")."""
    return (
        before in lx.LABEL_NOUNS
        or _base(before) in lx.LABEL_NOUNS
        or (before in lx.TITLES and not before.startswith("ال") and _cue_of(before) is None)
        or (before[:1] in "بل" and before[1:] in lx.LABEL_NOUNS)
    )


_resumptive_present = _words_module._resumptive_present
# (memoised: is_quotation asks it of the word before every quotation)
_NAMES_LABEL = _words_module._WordTable(_names_label)
# is_quotation: "known (as)", a label only with بـ in the marks (words._KNOWN_VERBS)
_KNOWN_VERBS = _words_module._KNOWN_VERBS
# is_quotation: an event named by its date in marks (words._PAST_EVENTS)
_PAST_EVENTS = _words_module._PAST_EVENTS
# is_quotation: an anniversary named in marks (words._ANNIVERSARY)
_ANNIVERSARY = _words_module._ANNIVERSARY
_ANNIVERSARY_OPENERS = _words_module._ANNIVERSARY_OPENERS


def _any_arabic(toks: list[str], is_word: bytearray, o: int, c: int) -> bool:
    """One of the words of tokens [o, c) has an Arabic letter (the words
    found in place, most often the first: no copy of a long quote's tokens)."""
    k = is_word.find(1, o, c)
    while k >= 0:
        if _HAS_ARABIC(toks[k]):
            return True
        k = is_word.find(1, k + 1, c)
    return False


def _last_cue_subject(sent, cue_subjects, tok: int, sid: int) -> _Entity | None:
    """The subject of the last verb of saying read before token ``tok`` in
    sentence ``sid`` (a prepositional source, "وفق X", "بحسب X", is no
    verb's subject a participle could go on with)."""
    for t, e, h in reversed(cue_subjects[-3:]):
        if t < tok:
            return e if sent[t] == sid and h.cue.kind != lx.PREPOSITION else None
    return None


def _last_cue_in_sentence(sent, cue_subjects, tok: int, sid: int):
    """The last cue read with its subject, ``(token, subject, hit)``, before
    token ``tok``, when it is in sentence ``sid``; else None."""
    for t, e, h in reversed(cue_subjects):
        if t < tok:
            return (t, e, h) if sent[t] == sid else None
    return None


def _cue_subject_between(sent, cue_subjects, lo: int, tok: int) -> bool:
    """A cue read with a subject of its own lies between tokens ``lo`` and
    ``tok``."""
    for t, _e, _h in reversed(cue_subjects):
        if t < tok:
            return t > lo
    return False


def _possessed_or_in_ta(w: str) -> bool:
    """``w`` ends in a pronoun ("رأيه", "خطتها") or in ة (folded to ه), and
    is no particle with a pronoun ("عليه", "أنه")."""
    return (w[-1:] == "ه" or w[-2:] in ("ها", "هم")) and w not in _PARTICLE_PRONOUNS


# clause_after_cue_subject: who an earlier cue's subject may be when a
# participle after it goes on with him
# counted_group: broken plurals of persons a number in figures counts ("5 نواب")
_COUNTED_PLURALS = _words_module._COUNTED_PLURALS
_COUNTED_PEOPLE = _words_module._COUNTED_PEOPLE
# subject_of: three to ten in letters, the forms that count men ("خمسة نواب")
_SPELLED_COUNTS = _words_module._SPELLED_COUNTS
_MAY_GO_ON = frozenset({PERSON, ANONYMOUS, GROUP, ORGANIZATION})
# is_quotation: who may own an editor's note ("ملاحظة: «…»"), the text's
# writer: a cable or a body, no one it quotes
_WRITERS = frozenset({DOCUMENT, ORGANIZATION})


def _cue_before(sent, cue_subjects, tok: int, sid: int) -> bool:
    """One of the last three cues read is before token ``tok`` in sentence ``sid``."""
    for t, _e, _h in cue_subjects[-3:]:
        if sent[t] == sid and t < tok:
            break
    else:
        return False
    return True


# the first words of the prepositional cues ("حسب", "بحسب", "وفق"), folded:
# glued to و/ف ("وحسب") they open a clause of their own
_PREPOSITION_CUE_HEADS = frozenset(words[0] for words in lx.PREPOSITION_CUES)
# verb_before_framed_source: the words that open an aside naming where
# the words were read ("، حسب الصحيفة التي …،"; not "نقلا عن": its source
# is quoted)
# framed_subject: verbs of a stance that are no cue ("عبر" is also "via")
_FRAMED_STANCE = _words("عبر انتقد انتقدت هاجم هاجمت")
_FRAMING_WORDS = _ACCORDING_TO | _words_module._words("طبقا استنادا")


# resolve (1d): the word before a title that makes it no subject of a verb
# opening its clause: a quantifier ("وكل لاعب"), أنّ ("وأن الرئيس"), with
# و/ف or not, folded
def _quantified_or_that(w: str) -> bool:
    bare = w[1:] if w[:1] in "وف" else w
    return bare in _words_module._QUANTIFIERS or w in _THAT or bare in _THAT


_QUANTIFIED_OR_THAT = _words_module._WordTable(_quantified_or_that)
_IN_PRESENCE_OF = _words_module._IN_PRESENCE_OF
_PREPOSITION_BEFORE_OBJECT = _words_module._PREPOSITION_BEFORE_OBJECT
_PERSON_ITEM_HEADS = _words_module._PERSON_ITEM_HEADS
_OWNED_STATEMENT_FORMS = _words_module._OWNED_STATEMENT_FORMS


# particles between a relative pronoun and its verb ("التي لطالما سجلت")
_RELATIVE_PARTICLES = frozenset({"قد", "لقد", "طالما", "لطالما"})
# subject_of: the gender and number a relative pronoun ("التي") or the same
# glued to و ("والتي") gives its verb (one lookup, no slicing per cue)
_MASCULINE_STATEMENTS = _words_module._words("بيان بيانها بيانه بلاغ بلاغها بلاغه")
_RELATIVE_AGREEMENT = {**_RELATIVE_AGREES, **{"و" + r: a for r, a in _RELATIVE_AGREES.items()}}
# "هذا الأخير", "هذه الأخيرة": "this latter", with the gender it tells
_THIS_LATTER = {"هذا": _M, "هذه": _F}
# latter_subject: "بين الأخير و…" (no verb), and the adverbial that may stand
# between "الأخير" and its verb's object ("قدّم الأخير خلاله رأيه")
_BETWEEN_BARE = _words("بين")
_LATTER_ADVERBIALS = _words("خلاله خلالها فيه فيها امس بدوره بدورها")


def _fronted_latter(surface: str) -> str | None:
    """The gender of "the latter" read as a subject before its verb
    ("الأخير", "والأخيرة", "وهذا الأخير"; ``surface`` normalized), else
    None."""
    words = surface.split()
    if not words or len(words) > 2:
        return None
    if words[0][:1] == "و" and (words[0][1:] in _THIS_LATTER or words[0][1:] in _THE_LATTER):
        words[0] = words[0][1:]
    if len(words) == 2:
        if words[0] not in _THIS_LATTER:
            return None
        words = words[1:]
    if words[0] == "الاخير":
        return _M
    return _F if words[0] == "الاخيره" else None


# latter_subject: verbs of two objects, "the latter" the first ("وحمّل
# الأخير المسؤولية", "وحرم الأخير صلاحياته"): the subject before goes on
# (حمّل only before the blame, "المسؤولية": "فحملت الأخيرة رسالة", carried)
_LATTER_TWO_OBJECTS = _words("حرم حرمت منح منحت اعطي اعطت كلف كلفت سلب سلبت")
_LATTER_BLAMED = _words("حمل حملت")
# latter_subject: a particle with a pronoun after "الأخير" ("عليه", "أنه"),
# no object of the verb
_PARTICLE_PRONOUNS = frozenset(
    p + s
    for p in _words("عن علي من الي في ل ب مع لدي عند حول امام ضد ان بان لان فان")
    for s in ("ه", "ها", "هم", "هما")
) | frozenset(("منه", "منها", "منهم", "عنه", "عنها", "عنهم"))


# "لموقع الحزب الناطق باسمه": the outlet speaks for its owner, told by the
# pronoun; a spokesman's body is named ("الناطق باسم الحركة")
_OUTLETS_OWNER = frozenset(("باسمه", "باسمها", "باسمهم", "بلسانه", "بلسانها", "بلسانهم"))


# the object pronouns a verb may carry ("أبلغه", "أخبرها", "أبلغنا")
_OBJECT_SUFFIXES = ("ه", "ها", "هم", "هما", "هن", "ني", "نا", "ك", "كم")


# the words a full name may open with that make it one ("عبد ربه منصور
# هادي", "أبو بكر …", "أم كلثوم …"): subject_after_that takes it whole
_FIRST_LINKS = frozenset({"عبد", "ابو", "ام"})


def _plural_label(w: str) -> bool:
    """``w`` (folded), a headline's label alone, is a plural of people: one
    of _PEOPLE_PLURALS, a definite sound plural in ون ("الحاضرون",
    "المشاركون") or a broken plural فُعُول ("الضيوف", "الشهود"): the
    people listed after its colon are described, none speaks
    (headline_label_colon; mend29a)."""
    return w in _PEOPLE_PLURALS or (
        w[:2] == "ال"
        and (
            (len(w) >= 7 and w[-2:] == "ون") or (len(w) == 6 and w[4] == "و" and w[5] not in "اويه")
        )
    )


def _post_held(said: str, held: str) -> bool:
    """Whether the post ``said`` is the post ``held`` told again or shortened:
    the same head ("الوزير", "وزير الخارجية" for "وزير الخارجية"), its other
    words among the held one's (not "وزير الخارجية" for "نائب وزير
    الخارجية", a deputy's post, nor for "السفير")."""
    s_words = _role_words(said)
    h_words = _role_words(held)
    s_head = _role_words(said.split(None, 1)[0])
    h_head = _role_words(held.split(None, 1)[0])
    return s_head == h_head and s_words <= h_words


def _post_stems(role: str, drop: str) -> set[str]:
    """The words of a post, its marks and parentheses off, the common ones
    (_POST_COMMON_WORDS) and ``drop`` out, each without a final ة or the ي of
    a nisba ("الفرنسية" and "الفرنسي", "المفوضية" and "المفوضة", "الأممي" and
    "الأمم" one stem)."""
    out = set()
    for w in _post_words(role):
        w = w.strip("()")
        if w[:2] == "ال" and len(w) > 4:
            w = w[2:]
        if w == drop or w in _POST_COMMON_WORDS or len(w) < 3:
            continue
        if w[-1] == "ه" and len(w) > 3:
            w = w[:-1]
        if w[-1] == "ي" and len(w) > 3:
            w = w[:-1]
        out.add(w)
    return out


def _post_nisbas(role: str) -> set[str]:
    """The nationality nisbas among a post's words, one spelling and the
    masculine of each ("الفرنسية" and "الفرنسي", "الأميركي" and
    "الأمريكي" one)."""
    out = set()
    for w in _post_words(role):
        w = "ال" + w  # (_post_words drops the article)
        if w in _NATIONALITIES:
            w = _NISBA_TWINS.get(w, w)
            out.add(w[:-1] if w[-1] == "ه" else w)
    return out


def _post_of_another(said: str, held: str) -> bool:
    """Whether the post ``said`` is surely another's than ``held``: the post
    a deputy or an assistant of ``held`` is in construct with ("أمير
    المنطقة" for "نائب أمير المنطقة", "وزير الخارجية" for "مساعد وزير
    الخارجية"), or one that shares no word with it but a common one, the
    head apart when both have it ("وزير الخارجية" for "السفير", "وزير
    الداخلية" for "وزير الخارجية"); not the same person re-described ("رئيس
    الجمهورية الفرنسية" for "الرئيس الفرنسي", "رئيسة المفوضية" for "المفوضة
    الأوروبية", "المسؤول الأممي" for "الأمين العام للأمم المتحدة"; mend36d)."""
    if _post_held(said, held):
        return False
    # two nationalities, none shared: the French minister and then the
    # American one ("وزير الخارجية الأمريكي" for "وزير الخارجية الفرنسي")
    s_nat = _post_nisbas(said)
    if s_nat and (h_nat := _post_nisbas(held)) and s_nat.isdisjoint(h_nat):
        return True
    s_head = next(iter(_role_words(said.split(None, 1)[0])), "")
    h_head = next(iter(_role_words(held.split(None, 1)[0])), "")
    if h_head in _DEPUTY_HEADS and s_head != h_head and s_head in _post_words(held):
        return True
    drop = s_head if s_head == h_head else ""
    stems = _post_stems(said, drop)
    # (the bare title, "الوزير" for "وزير الخارجية", is his)
    return bool(stems) and stems.isdisjoint(_post_stems(held, drop))


class _Speakers:
    """Speaker attribution (mixin of engine._Extractor)."""

    __slots__ = ()  # (see engine._Extractor)

    def statement_issuer(self, q: _Quote, cue_subjects) -> _Entity | None:
        """Who issued the statement ("بيان", "بلاغ") a quote is read from: in
        the sentence that tells of it (the quote's own or one of the three
        before), a body or a named person that speaks ("وفي بيان …، طالبت
        التنسيقية"), or the body a clause opens with after its verb ("قرر
        مجلس الإدارة … بما وصفه البيان", "قررت المندوبية … وفق بلاغ نشرته")."""
        toks = self.doc.toks
        sid = self.sent[q.open_tok]
        lo = self.sent_first[max(0, sid - 3)]
        memo = self._issuer_memo
        if memo is None:
            # (filed once per article: the statement nouns and the commas,
            # read by bisection, and each sentence's clause walk below, so
            # that a sentence of many statements is not walked again for
            # each of its quotes; fuzz17)
            memo = self._issuer_memo = (
                [
                    k
                    for k, t in enumerate(toks)
                    if t in _STATEMENTS or (len(t) > 4 and t[0] in "وبف" and t[1:] in _STATEMENTS)
                ],
                [k for k, t in enumerate(toks) if t in _COMMAS],
                {},
            )
        statement_toks, comma_toks, walks = memo
        told = []
        i = bisect_left(statement_toks, q.open_tok) - 1
        while i >= 0 and (k := statement_toks[i]) >= lo:
            if self.in_quote[k]:
                i -= 1
                continue
            s = self.sent[k]
            told.append(s)
            # (the sentences before it: one told sentence each)
            i = bisect_left(statement_toks, self.sent_first[s], 0, i) - 1
        for s in told:
            first = self.sent_first[s]
            for t_, e, _h in reversed(cue_subjects):
                if self.sent[t_] < s:
                    break
                if self.sent[t_] == s and (e.kind == ORGANIZATION or _named_person(e)):
                    return e
            end = self.sent_first.get(s + 1, self.n)
            found = self.clause_opening_body(first, end, comma_toks, walks)
            if found is not None:
                return found
        return None

    def clause_opening_body(
        self, first: int, end: int, comma_toks: list[int], walks: dict
    ) -> _Entity | None:
        """(statement_issuer) The body the first clause of ``[first, end)``
        opens with after its first word, a verb ("قرر مجلس الإدارة …").
        Each clause's answer is kept in ``walks`` with what it read, the
        persons met (classify reads them) and which of the clause's words
        were in quotes, and read again while these are the same: a
        sentence of many statements is not read again for each quote."""
        in_quote = self.in_quote
        persons = len(self._persons)
        k = first
        while k < end:
            # (the next comma, or the sentence's end)
            c = bisect_left(comma_toks, k)
            stop = comma_toks[c] if c < len(comma_toks) and comma_toks[c] < end else end
            walked = walks.get(k)
            if walked is None or walked[0] != persons or walked[1] != in_quote[k:stop]:
                e, b = self.clause_body_at(k, end)
                if e is not None:
                    return e
                if b <= stop:
                    # (none here, kept while the clause reads the same: the
                    # phrase read ended inside it)
                    walks[k] = (persons, in_quote[k:stop])
            k = stop + 1
        return None

    def clause_body_at(self, k: int, end: int) -> tuple[_Entity | None, int]:
        """(clause_opening_body) The body the clause opening at ``k`` names
        right after its first word, if any, and the end of what was read."""
        toks = self.doc.toks
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
                    return e, b
            return None, b
        return None, k

    def statement_of(self, open_tok: int, close_tok: int, lo: int) -> _Entity | None:
        """ "تصريح وزيرة المالية بخصوص «…»", "تصريحات الوزير X بأن «…»": a
        noun of statement in construct with a person or a body right before
        the words (or before the preposition that gives what it was about):
        the one whose statement it is."""
        toks = self.doc.toks
        k = open_tok - 1
        if toks[k] == "ل":
            # ("لدى حديث الأمين العام لـ«حزب الله» عن": a body's name in
            # marks after a glued لـ, no words said; the owner's phrase would
            # end in the bare لـ)
            return None
        nouns = _OWNED_STATEMENT_NOUNS
        if toks[k] in _ABOUT_WORDS:
            k -= 1
        elif toks[k] == ":" and k - 2 > lo:
            # "جواب السفير كان: «…»", "فكان رد الوزير X: «…»": what the
            # answer was, its owner's words
            k -= 1
            if toks[k] in _KANA:
                k -= 1
            nouns = _ANSWER_NOUNS
        if nouns.isdisjoint(toks[lo if lo > k - 7 else k - 7 : k + 1]):
            # (one C-level set test of the words the scan below may stop at:
            # most quotes have no noun of statement before them)
            return None
        s = k
        while s > lo and k - s < 7 and self.is_word[s] and not self.in_quote[s]:
            if toks[s] in nouns:
                break
            s -= 1
        if s == k or toks[s] not in nouns:
            return None
        if toks[s + 1] in _STATEMENT_ADJECTIVES:
            # "في تصريحات خاصة لكووورة «…»": the statement's adjective, then
            # whom it was made to; its owner is the verb's subject
            return None
        if (
            k == open_tok - 1
            and s > lo
            and toks[s - 1] in _NAMED_THAT
            and (close_tok + 1 >= self.n or toks[close_tok + 1] in _PREDICATE_ENDS)
        ):
            # "وقال X إن تصريحات الوزير Y «غير مسؤولة».": the statement is
            # the subject of أنّ and the words in marks, ending its clause,
            # are its predicate: what X says of it (not "أن تصريح الوزير «…»
            # يمكن أن …", the statement's words, then the predicate)
            return None
        b = self.scan_np(s + 1, k + 1, None)[0]
        said = toks[s] in _SAYING_OF  # ("ونقلت الوثيقة قول الأسد «…»": a name of one word)
        if said and s + 1 < b <= k and k - b < 4 and _blessing_at(toks, b, k + 1):
            # "اقتداء بقول الرسول عليه السلام «…»", "بحديث النبي صلى
            # الله عليه وسلم «…»": a blessing between the owner and his words
            # (dev27s)
            k = b - 1
        if b != k + 1 or (
            b - s < (2 if said else 3)
            # (an answer's owner may be a title alone: "جواب السفير كان:")
            and not (nouns is _ANSWER_NOUNS and _IS_TITLE_HEAD[toks[s + 1]])
        ):
            return None  # (not "في تصريح صحفي «…»": an adjective, no owner)
        ent = self.classify(s + 1, b, b, b, None)
        if ent is None or ent.kind not in (
            (PERSON, ORGANIZATION, ANONYMOUS) if said else (PERSON, ORGANIZATION)
        ):
            # ("قول أحد الضباط «…»", "مقولة مسؤول كبير «…»": one unnamed
            # person's saying is his, dev27s)
            return None
        if said and b - s == 2 and not (_named_person(ent) or ent.role):
            # (a title alone owns his saying, "لحديث النبي «…»", "قول
            # الوزير «…»", dev27s)
            return None
        if (
            said
            and (toks[s] in _INTERVIEWS or toks[s][1:] in _INTERVIEWS)
            and (
                ent.kind == ORGANIZATION
                or (
                    b - s == 2
                    and not (
                        ent.role
                        or ent.kind == ANONYMOUS
                        or toks[s + 1] in _HADITH_OWNERS
                        or self.known(ent)
                    )
                )
            )
        ):
            # "في حديث الجزيرة «…»", "في حديث المساء", "خلال حديث الجمهور":
            # حديث is also a talk given, its genitive the outlet, the time
            # or the audience; it is owned by a person only, one word of
            # whom is a title, the Prophet's (a hadith) or a name the text
            # gave before (the verb's subject speaks; mend27b)
            return None
        return ent

    def saying_owner_before(self, open_tok: int, close_tok: int, lo: int) -> _Entity | None:
        """ "ومن ذلك قول وزير المالية مخاطبا النواب «…»", "قول الوزير X:
        «…»": with no cue, the owner of a noun of saying (_SAYING_OF) in
        construct right before the words, its colon, or a participle of
        addressing and the one addressed (_ADDRESSING, two words at most);
        not a title alone, "ومن ذلك قول الوزير «…»", who may be another."""
        toks = self.doc.toks
        k = open_tok - 1 if toks[open_tok - 1] == ":" else open_tok
        for m in range(k - 1, max(lo, k - 4), -1):
            if toks[m] in _ADDRESSING:
                k = m
                break
        if k - lo < 3 or _SAYING_OF.isdisjoint(toks[max(lo, k - 7) : k]):
            return None
        s = next(s for s in range(k - 1, max(lo, k - 7) - 1, -1) if toks[s] in _SAYING_OF)
        if k - s < 3:
            return None
        return self.statement_of(k, close_tok, lo)

    def plural_that_subject(self, a: int, open_tok: int) -> _Entity | bool | None:
        """ "إن أنصاره يستقبلونه هاتفين «…»": the plural participle of
        addressing or chanting (_PLURAL_ADDRESSING, the last three words
        before ``open_tok``) after a bare أنّ, its subject and a verb in the
        plural (وا, ون, or ن for a feminine participle, an object pronoun
        after it or not): the clause's subject if it is a group or a
        plural, None if not; False when no such clause holds the
        participle."""
        toks = self.doc.toks
        p = next(m for m in range(open_tok - 1, open_tok - 4, -1) if toks[m] in _PLURAL_ADDRESSING)
        that = next(
            (m for m in range(p - 2, max(a, p - 10) - 1, -1) if toks[m] in _BARE_THAT), None
        )
        if that is None or not all(self.is_word[that:p]) or self.in_quote.rfind(1, that, p) >= 0:
            return False
        feminine = toks[p][-1] == "ت"
        ending = ("ن",) if feminine else _PLURAL_VERB_ENDINGS
        for v in range(that + 2, p):
            verb = toks[v]
            if (
                len(verb) > 5
                and verb[-1] in "هم"
                and verb[:-1].endswith(_PLURAL_VERB_OBJECT_ENDINGS)
            ):
                verb = verb[:-2] if verb[-2:] in ("ها", "هم") else verb[:-1]
            if (
                len(verb) >= 4
                and verb.endswith(ending)
                and verb[:2] != "ال"
                # (the feminine's ن after a consonant, "خرجن": not a name's
                # or a dual's "ان"/"ين"/"ون", "عمان"; mend32b)
                and not (feminine and verb[-2] in "اوي")
            ):
                break
        else:
            return False
        b, ra, rb = self.scan_np(that + 1, v, None)
        if b != v and not (
            # "إن النساء في مدينة X خرجن": where the subject is, between it
            # and its verb (mend32b)
            that + 1 < b < v and toks[b] in _SUBJECT_PLACE_PREPOSITIONS
        ):
            return None
        ent = self.classify(that + 1, b, ra, rb, _CHANTED_BY[toks[p][-1] == "ت"])
        if ent is not None and (ent.kind == GROUP or ent.number == lx.PL):
            return ent
        w = toks[that + 1]
        if (
            b >= that + 3
            and w in _GROUP_CONSTRUCT_HEADS
            and toks[that + 2][:2] == "ال"
            and all(toks[m][:2] == "ال" for m in range(that + 2, b))
        ):
            # "إن رجال الإطفاء وصلوا صارخين": a plural head in construct
            # with a definite genitive is the group (mend32b)
            doc = self.doc
            k = that + 1
            surface = doc.orig(doc.starts[k], doc.ends[b - 1])
            return _Entity(surface, GROUP, None, _M, _PL, doc.starts[k], self.sent[k], "")
        if b == that + 2 and w[:2] == "ال" and len(w) >= 6 and w[-2:] in ("ين", "ات"):
            # "إن المتظاهرين خرجوا هاتفين": a sound plural with the article,
            # its case after أنّ, is the group (classify knows "المتظاهرون")
            doc = self.doc
            k = that + 1
            surface = doc.orig(doc.starts[k], doc.ends[k])
            gender = _F if w[-2:] == "ات" else _M
            return _Entity(surface, GROUP, None, gender, _PL, doc.starts[k], self.sent[k], "")
        return None

    def talk_owner(self, comma: int, first: int) -> _Entity | None:
        """ "فوجئ X لدى حديث Y عن …، إذ اعتبرهم «…»": the person in
        construct with a noun of statement ("حديث", "كلام", "تصريحات") in
        the clause that ends at ``comma``, before إذ/حيث and a verb of saying
        with no subject: the verb tells what that talk said."""
        toks = self.doc.toks
        lo = max(first, comma - 14)
        if _OWNED_STATEMENT_NOUNS.isdisjoint(toks[lo:comma]):
            return None
        s = comma - 1
        # (across a name in marks: "حديث الأمين العام لـ«حزب الله» عن")
        while s > lo and not self.in_quote[s] and toks[s] not in _COMMAS:
            if toks[s] in _OWNED_STATEMENT_NOUNS:
                break
            s -= 1
        if toks[s] not in _OWNED_STATEMENT_NOUNS or toks[s + 1] in _STATEMENT_ADJECTIVES:
            return None
        if toks[s - 1] not in _DURING_TALK:
            # (the talk is the occasion, "لدى حديث Y", "خلال كلام Y": not
            # what is commented on, "وعلق X على تصريحات Y …، إذ اعتبرها",
            # X's words)
            return None
        # (the talk's topic after عن/حول is no part of its owner's post)
        end = next((m for m in range(s + 2, comma) if toks[m] in _ABOUT_WORDS), comma)
        b, ra, rb = self.scan_np(s + 1, end, None)
        if b <= s + 1:
            return None
        ent = self.classify(s + 1, b, ra, rb, None)
        if not _named_person(ent) and not (ent is not None and ent.kind == PERSON and ent.role):
            return None
        return ent

    def words_said_after_np(self, a: int, cue: lx.Cue) -> bool:
        """The noun phrase at ``a`` is followed by the words said: a colon,
        أنّ/إنّ or an opening mark."""
        b = self.scan_np(a, self.n, cue)[0]
        toks = self.doc.toks
        return a < b < self.n and (
            toks[b] == ":" or toks[b] in _THAT or (toks[b] in QUOTE_MARKS and self.in_quote[b])
        )

    def that_after_np(self, a: int, cue: lx.Cue) -> bool:
        """The noun phrase at ``a`` is followed by a plain أنّ ("أن", "أنه"),
        not "بأنه" (what the phrase is described as)."""
        b = self.scan_np(a, self.n, cue)[0]
        return a < b < self.n and self.doc.toks[b][:2] == "ان" and self.doc.toks[b] in _THAT

    def words_outside_quotes(self, a: int, b: int) -> bool:
        """Tokens [a, b) are words, none inside quotes (a method: a generator
        in subject_after_that made its self a cell on every call)."""
        return all(self.is_word[m] and not self.in_quote[m] for m in range(a, b))

    def counted_group(self, k: int) -> _Entity | None:
        """A number in figures at token ``k``, then the people it counts, a
        title or an anonymous head in the accusative singular ("18 نائبا",
        "40 مسؤولا", with their nisba "نائبا كويتيا") or in the plural ("5
        نواب", "7 مسؤولين", "خمسة نواب" in letters), or people counted so
        ("18 شخصا", "عشرة أشخاص"): a group speaks, as "النواب" would.  None
        for anything else counted ("3 أيام")."""
        toks = self.doc.toks
        j = k + 1
        if j + 1 >= self.n or not self.is_word[j] or self.in_quote[j]:
            return None
        w = toks[j]
        if not (
            # (a number of three to ten in letters counts a plural only)
            (
                w[-1:] == "ا"
                and toks[k].isdigit()
                and (
                    w[:-1] in lx.TITLES or w[:-1] in lx.ANONYMOUS_HEADS or w[:-1] in _COUNTED_PEOPLE
                )
            )
            or w in _COUNTED_PLURALS
            or (w in lx.ANONYMOUS_HEADS and _anon_plural(w))
        ):
            return None
        e = j + 1
        if (
            e + 1 < self.n
            and self.is_word[e]
            and toks[e][-2:] in ("يا", "ين", "ون")
            # (not whom they told, glued to لل: "ثلاثة مسؤولين للصحفيين")
            and toks[e][:2] != "ال"
            and toks[e][:2] != "لل"
            and toks[e] not in lx.NP_STOP
        ):
            e += 1  # "نائبا كويتيا", "نواب مستقلين"
        doc = self.doc
        return _Entity(
            doc.orig(doc.starts[k], doc.ends[e - 1]),
            GROUP,
            None,
            _M,
            _PL,
            doc.starts[k],
            self.sent[k],
            "",
        )

    def adverb_of_now(self, i: int) -> bool:
        """Token ``i``, "الان" after a verb, is "now", not the given name
        آلان: no family name follows it, but what ends a phrase (إنّ, a
        comma, a mark) or a definite title, the subject after it."""
        j = i + 1
        if j >= self.n:
            return False
        w = self.doc.toks[j]
        return not self.is_word[j] or w in lx.NP_STOP or (w[:2] == "ال" and _IS_TITLE_HEAD[w])

    def own_words_object(self, k: int, cue: lx.Cue) -> bool:
        """Token ``k`` after a verb of going on is a noun with the pronoun of
        the verb's subject ("دعاءه", "شرحها", "تساؤلهم"; not a ة folded to
        ه, a kin word, a participle in م such as "محاميه", nor a name met
        before), then a colon, the marks, "قائلا"/"بالقول" or a preposition
        of its complement."""
        if k + 1 >= self.n:
            return False
        toks = self.doc.toks
        t = toks[k]
        suffix = next((s for s in lx.PRONOUN_SUFFIXES_LONGEST_FIRST if t.endswith(s)), None)
        if suffix is None or len(t) - len(suffix) < 3 or not self.is_word[k]:
            return False
        gender, number = lx.PRONOUN_SUFFIXES[suffix]
        if cue.number is not None and (
            number != cue.number or (number == lx.SG and gender != cue.gender)
        ):
            return False
        if (
            t[0] == "م"
            or t in _KIN_POSSESSED
            or t in _TITLE_LIKE
            or t in _PARTICLE_PRONOUNS
            or self.known_name_word(t)
        ):
            return False
        if suffix == "ه" and self.doc.orig(self.doc.starts[k], self.doc.ends[k])[-1:] != "ه":
            return False  # ("وتابع حمزة:": a name in ة)
        nxt = toks[k + 1]
        return (
            nxt == ":" or nxt in QUOTE_MARKS or nxt in _SAYING_PARTICIPLES or nxt in _OWN_WORDS_NEXT
        )

    def subject_after_day_aside(self, k: int) -> int:
        """Where the subject starts after a day set off by commas from token
        ``k``, right after a verb: an optional comma, اليوم/أمس or a
        weekday (two of them at most), up to four words of a date (numbers,
        months), a comma, then a word that may open a subject (none of
        NP_STOP: "قال اليوم، إن …" names nobody); else 0."""
        toks = self.doc.toks
        n = self.n
        i = k + 1 if toks[k] in _COMMA_SET else k
        if i >= n or toks[i] not in _DEICTIC_DAYS:
            return 0
        i += 1
        if i < n and toks[i] in _DEICTIC_DAYS:
            i += 1
        m = i
        while i < n and i - m < 4 and (toks[i].isdigit() or toks[i] in _MONTH_WORDS):
            i += 1
        if i + 2 >= n or toks[i] not in _COMMA_SET:
            return 0
        j = i + 1
        w = toks[j]
        if not self.is_word[j] or self.in_quote[j] or w in lx.NP_STOP or w in _DEICTIC_DAYS:
            return 0
        return j

    def subject_in_commas(self, k: int) -> int:
        """Where the subject starts when commas set it off right after the
        verb ("وقال، X Y، لوكالة …", "وأضافت، الوزيرة X، أن"): token ``k``
        a comma, then two to five words that open on a title, an honorific,
        a given name or a word of a person named before and read as a name,
        a comma, then what a verb of saying goes on with (أنّ, a colon,
        marks, the one told glued to لـ, or في); else 0 ("وقال، في تصريح،
        إن", "وأضاف، مساء أمس، أن": no one)."""
        toks = self.doc.toks
        n = self.n
        is_word = self.is_word
        in_quote = self.in_quote
        j = m = k + 1
        while m < n and m - j < 6 and is_word[m] and not in_quote[m] and toks[m] not in _COMMA_SET:
            m += 1
        if m - j < 2 or m + 1 >= n or toks[m] not in _COMMA_SET:
            return 0
        w = toks[j]
        if w in lx.NP_STOP or w in _THAT or _CUE_INFO[w] is not None:
            return 0
        if not (
            _IS_TITLE_HEAD[w]
            or w in lx.HONORIFICS
            or ((w in _GIVEN_NAMES or self.known_name_word(w)) and self.name_like(j, m))
        ):
            return 0
        after = toks[m + 1]
        if not (
            after in _THAT
            or after == ":"
            or after in QUOTE_MARKS
            or after == "في"
            or (after[:1] == "ل" and len(after) > 2 and is_word[m + 1])
        ):
            return 0
        return j

    def urged_plural_object(self, k: int) -> bool:
        """Token ``k`` after a verb of urging opens a definite phrase in the
        accusative: a plural or dual in ين ("المواطنين", "الطرفين"), or a
        phrase with one coordinated ("الشباب والخريجين"); not a title such
        as "الأمين", an honorific, a state, nor a word of a name met before.
        The phrase reaches إلى/على, a word that opens with ب (glued to بـ, or
        بين/بعد …) or the marks with no
        title, honorific or name met before in it (not "ودعا المواطنين
        الرئيس إلى …", the subject after the object)."""
        if k + 1 >= self.n:
            return False
        toks = self.doc.toks
        t = toks[k]
        if (
            t[:2] != "ال"
            or not self.is_word[k]
            or self.in_quote[k]
            or _IS_TITLE_HEAD[t]
            or t in lx.HONORIFICS
            or t in _COUNTRIES
            or self.known_name_word(t)
        ):
            return False
        accusative = _accusative_plural(t) or t in _URGED_ALWAYS
        for j in range(k + 1, min(k + 10, self.n)):
            w = toks[j]
            if w in _TO_OR_ON or w in QUOTE_MARKS or w[:1] == "ب":
                return accusative
            if (
                not self.is_word[j]
                or self.in_quote[j]
                or _IS_TITLE_HEAD[w]
                or w in lx.HONORIFICS
                or self.known_name_word(w)
            ):
                return False
            if w[:1] == "و" and _accusative_plural(w[1:]):
                accusative = True
        return False

    def ba_object(self, k: int, cue: lx.Cue) -> bool:
        """Token ``k``, glued to بـ after a verb of praising or asking, is a
        noun: definite ("بالجهود"), in ة after a masculine verb ("بعلاقة";
        after a feminine one it may be a woman's name, "وأشادت بثينة …"), or
        one of _BA_OBJECT_NOUNS ("بدور"); not a name that opens with ب
        ("وأشاد بشار …", "بسام"), a title, nor a word of a name met before."""
        if k + 1 >= self.n or not self.is_word[k] or self.in_quote[k]:
            return False
        t = self.doc.toks[k]
        x = t[1:]
        # (no honorific opens with ب, so none is tested)
        if len(x) < 3 or _IS_TITLE_HEAD[t] or self.known_name_word(t):
            return False
        if (
            x[:2] == "ال"
            or x in _BA_OBJECT_NOUNS
            or (
                x[-1] == "ه"
                and cue.gender != lx.F
                and self.doc.orig(self.doc.starts[k], self.doc.ends[k])[-1:] == "ة"
            )
        ):
            return True
        if t in _GIVEN_NAMES or x in _GIVEN_NAMES or t in _BA_NAMES:
            return False
        if _derived_masdar(x) or _first_waw_tafiil(x):
            # "وأشاد بإبرام الصفقة", "وتعهد بتوفير فرص العمل", "بتوقيع
            # الاتفاقية": a verbal noun of a derived form (dev34s)
            return True
        # "وطالب بوقف إطلاق النار", "ونوه برفع اسم بلاده", "وهدد بسحب سفيره":
        # a bare verbal noun of three consonants governing the noun after it
        # (not before "بن"/"أبو" of a name, nor a word of a name met before;
        # the names of that shape, "بندر", "بطرس", are _BA_NAMES; dev34s)
        nxt = self.doc.toks[k + 1]
        return (
            len(x) == 3
            # (a first radical و is no long vowel: "بوقف", "بوضع")
            and _LONG_VOWELS.isdisjoint(x[1:] if x[0] == "و" else x)
            and self.is_word[k + 1]
            and not self.in_quote[k + 1]
            and nxt not in _NAME_LINKS
            and not self.known_name_word(nxt)
        )

    def published_carrier(self, k: int) -> bool:
        """Token ``k`` opens what carried words and who published it, a
        prepositional source's phrase: "مقطع فيديو نشرته الرئاسة", "الخبر
        الذي نشره موقع الحزب", "تسجيل بثته القناة" (a publishing verb within
        three words of the carrier, none in marks)."""
        toks = self.doc.toks
        if k >= self.n or toks[k] not in _CARRIERS or self.in_quote[k]:
            return False
        for j in range(k + 1, min(k + 4, self.n)):
            if not self.is_word[j] or self.in_quote[j]:
                return False
            if toks[j] in lx.PUBLISHED_IT or toks[j] in _CARRIED:
                return True
        return False

    def headline_label_colon(self, q: _Quote, first: int) -> int:
        """The colon of a headline's label when one to three plain words
        stand between it and the marks of ``q`` ("X: المقاومة «…»"): the
        label opens a line, no verb of saying after the colon, and the
        words in marks end the line; 0 otherwise."""
        toks = self.doc.toks
        o = q.open_tok
        for c in (o - 2, o - 3, o - 4):
            if c > first and toks[c] == ":":
                break
        else:
            return 0
        is_word = self.is_word
        for j in range(first, o):
            if j != c and (not is_word[j] or self.in_quote[j]):
                return 0
        for j in range(c + 1, o):
            if _cue_of(toks[j]) is not None or toks[j] in _WORK_NOUNS_ANY:
                # (a work named: "X: روايته الجديدة «ليل المدينة»" is the
                # title of his novel, no words of his; mend29a)
                return 0
        doc = self.doc
        folded = doc.folded
        a = doc.starts[first]
        if a and folded[a - 1] != "\n":
            return 0
        e = doc.ends[q.close_tok]
        nl = folded.find("\n", e)
        rest = folded[e : nl if nl >= 0 else len(folded)].strip()
        if rest and rest not in _SENTENCE_END:
            # (one stop of words._SENTENCE_END may close the line: "X: الحكومة
            # «ستصمد»." or with ! ؟ …; mend29a)
            return 0
        return c

    def relayer_owner(self, a: int, b: int, gender: str) -> _Entity | None:
        """The person of ``gender`` in the genitive of the relayer's phrase
        [a, b) that ends with it, named or by title ("زوار رئيس المجلس X",
        "مكتب الوزيرة X", "مقربون من الرئيس", "زوار رئيس الحكومة"), or
        None: whom a relay's "عنه" right after the phrase names. The
        genitive opens the phrase's second word or follows من; a phrase
        opening with a title is the relayer's own post and name ("ونقل
        رئيس الكتلة X Y عنه", "مراسل قناة الجديد X Y": not "الجديد X Y",
        final read)."""
        toks = self.doc.toks
        if _IS_TITLE_HEAD[toks[a]]:
            return None
        for m in range(a + 1, b):
            if not self.is_word[m] or toks[m] == "من":
                continue
            if m > a + 1 and toks[m - 1] != "من":
                break
            b2, ra2, rb2 = self.scan_np(m, b, None)
            if b2 != b:
                continue
            ent = self.classify(m, b2, ra2, rb2, None)
            if ent is not None and ent.kind == PERSON and ent.gender == gender:
                return ent
        return None

    def name_in_parentheses(self, k: int) -> int:
        """The closing parenthesis of a name of one to four words in the
        parentheses opened at token ``k``, right after a verb of saying
        ("وقال (X Y Z) في تصريح"), or -1: words a name may hold (name_like),
        two or more with no article on the first, or else all words of a
        person named before; none a stop of a noun phrase (not an aside,
        "وأضاف (في إشارة إلى …)")."""
        toks = self.doc.toks
        m = k + 1
        while m < self.n and m - k <= 5 and self.is_word[m] and not self.in_quote[m]:
            t = toks[m]
            if t in lx.NP_STOP or t in _THAT or t.isdigit():
                return -1
            m += 1
        if m >= self.n or toks[m] != ")" or m == k + 1 or m - k > 5:
            return -1
        if not self.name_like(k + 1, m):
            return -1
        if m - k > 2 and toks[k + 1][:2] != "ال":
            return m  # (two words or more, the first no word with the article)
        return m if all(self.known_name_word(toks[j]) for j in range(k + 1, m)) else -1

    def any_verb_object(self, s: int, limit: int) -> int:
        """Where the object of a verb that is no cue of saying ("هكذا برر",
        "بهذه الكلمات ودع") begins after its definite titled subject at
        ``s``: a word with a possessive suffix right after a definite word
        of the title ("الرئيس الراحل شعبه"), or a definite word after a
        title and its nisba ("المتحدث الرسمي الموقف"); ``limit`` when
        none."""
        toks = self.doc.toks
        if toks[s] not in _TITLE_LIKE or toks[s][:2] != "ال":
            return limit
        j = s + 1
        while j < limit and j < s + 5 and self.is_word[j] and not self.in_quote[j]:
            w = toks[j]
            p = toks[j - 1]
            if w[:2] == "ال":
                if (
                    j > s + 1
                    and (p[-1] == "ي" or p[-2:] == "يه")
                    and w[-1] != "ي"
                    and w[-2:] != "يه"
                    and w not in _TITLE_LIKE
                    and w not in _ARTICLE_FIRST_NAMES
                    and w not in _words_module._FORMER_DEFINITE
                    and w[2:] not in ("جديد", "جديده")
                    and not self.known_name_word(w)
                ):
                    return j
                j += 1
                continue
            if (
                len(w) >= 4
                and (w[-1] == "ه" or w[-2:] in ("ها", "هم"))
                and w[-2] != "ي"
                and w[0] not in "لب"
                and w not in _GIVEN_NAMES
                and not self.known_name_word(w)
                # (the suffix as written, no ة folded: "لإدارة")
                and self.doc.orig(self.doc.starts[j], self.doc.ends[j])[-1:] in ("ه", "ا", "م")
            ):
                return j
            break
        return limit

    def participle_phrase_end(self, k: int) -> int:
        """The colon or opening mark that ends, within four words from
        ``k``, the rest of a participle's phrase (its object's words and a
        complement glued to لـ/بـ or after إلى/على), with no comma, sentence
        end or quote between; else 0 ("مسديا النصح لمحدثيه: «…»")."""
        toks = self.doc.toks
        for m in range(k, min(self.n, k + 5)):
            t = toks[m]
            if t == ":" or (t in QUOTE_MARKS and self.in_quote[m + 1] if m + 1 < self.n else False):
                return m
            if not self.is_word[m] or self.in_quote[m] or _cue_of(t) is not None:
                return 0
        return 0

    def subject_of(self, hit: _CueHit) -> _Entity | None:
        """The explicit speaker a cue names, if any."""
        cue = hit.cue
        if hit.pronoun is not None:
            return None
        verb = cue.kind == lx.VERB  # (read by many tests below)
        toks = self.doc.toks
        if (
            verb
            and cue.lemma == "وصف"
            and hit.tok
            and toks[hit.tok - 1] in _RELATIVES
            and not toks[hit.tok].endswith(_OBJECT_SUFFIXES)
        ):
            # "الوزير X، الذي وصف العراق بأنه «…»": after a relative, the
            # describing verb's subject is the antecedent; what follows the
            # verb is the one described (with a pronoun for the object,
            # "الذي وصفه الوزير", the verb is another form)
            return None
        if (
            verb
            and cue.lemma in _DEEMING_LEMMAS
            and hit.tok
            and toks[hit.tok - 1] in _RELATIVES
            and toks[hit.tok].endswith(_OBJECT_SUFFIXES)
            and hit.np_start < self.n
            and (t0 := toks[hit.np_start])[:2] == "ال"
            and not _IS_TITLE_HEAD[t0]
            and t0 not in lx.HONORIFICS
            # (nor people in the plural, a body or a country: "التي
            # اعتبرها المحتجون ظلما", "اعتبرتها الحكومة")
            and t0[-2:] not in ("ون", "ين", "ات")
            and t0[2:] not in lx.ORGANIZATION_HEADS
            and t0 not in _COUNTRIES
            and not self.known_name_word(t0)
            # (nor, after "described it", a noun and then the word glued to
            # بـ that says what it is described as: "التي وصفها الخبراء
            # بأنها", "وصفها النشطاء الشباب بالخطوة"; وصف takes its second
            # object with بـ, so the noun before it is the subject)
            and not (cue.lemma == "وصف" and self.described_as_after(hit.np_start + 1))
        ):
            # "على اللقاحات التي اعتبرها السلاح الأنجع، وقال": after a
            # relative, "considered it" (or "described it", kw28b) with its
            # pronoun takes a second
            # object, a definite thing that is no title, honorific or name
            # met before; the subject is elided, the antecedent's clause's
            # (but "الذي اعتبره الوزير خطوة": the titled subject after the
            # pronoun)
            return None
        if (
            verb
            and cue.lemma in _DEEMING_LEMMAS
            and hit.tok
            and toks[hit.tok - 1] in _WHAT_DEEMED
            and toks[hit.tok].endswith(_OBJECT_SUFFIXES)
            and hit.np_start < self.n
            and ((t0 := toks[hit.np_start])[:1] == "ب" or (t0[-1:] == "ا" and t0[:2] != "ال"))
            and not _IS_TITLE_HEAD[t0]
            and t0 not in lx.HONORIFICS
            and not self.known_name_word(t0)
            # (nor a given name, a body or a country, "ما اعتبره بدر
            # الساعدي «…»", "ما وصفه بنك …", "ما اعتبرته بريطانيا", nor,
            # unless its ب is glued to the article or it is accusative
            # itself, a noun a second object follows, "بأنه", "بالـ…" or
            # accusative: the subject, "ما وصفه بنك الجزائر بأنه")
            and t0 not in _GIVEN_NAMES
            and t0 not in lx.ORGANIZATION_HEADS
            and t0 not in _COUNTRIES
            and (t0[:3] == "بال" or t0[-1] == "ا" or not self.deemed_as_after(hit.np_start + 1))
        ):
            # "انتقد الناشط X ما وصفه بتدهور أوضاع السجون، وقال": "what he
            # called (it)", its subject elided (the clause's); the word in
            # بـ or the indefinite accusative after it is what he called it,
            # never a speaker (but "ما وصفه الوزير بالخطأ": a subject)
            return None
        if verb and hit.tok and toks[hit.tok - 1] in _THAT_PRONOUN:
            # "وقالت الوزيرة X إنها أبلغت السفير الأمريكي بأن «…»", "أنه أبلغ
            # رئيس الحكومة بالاستجواب": the pronoun glued to أنّ is the verb's
            # subject; the noun phrase after it is its object
            return None
        t0 = toks[hit.np_start] if hit.np_start + 1 < self.n else ""
        if (
            verb
            and len(t0) > 3
            and t0[0] == "ل"
            and toks[hit.tok][:1] == "ف"
            and t0 not in _GIVEN_NAMES
            and t0 not in _LAM_FIRST_NAMES
            # (nor a post or a body whose head begins with ل, the new
            # subject: "أما المتهم، فقالت لجنة التحقيق", "فقال لاعب
            # المنتخب X"; mend37b)
            and not _IS_TITLE_HEAD[t0]
            and t0 not in lx.ORGANIZATION_HEADS
            and toks[(s0 := self.sent_first[self.sent[hit.tok]])] in _AMMA
            and (topic := self.sentence_topic(s0, hit.tok)) is not None
            and topic.kind == PERSON
            # (a post or a name of two words: not an adverb read for a
            # name, "أما ميدانيا، فقال لعرايشي X")
            and (topic.role or " " in topic.surface)
            # (nor a feminine verb after a man's post: "أما المتهم سامي
            # حداد، فقالت لـ…", the verb's subject is another, after it)
            and not (
                hit.cue.gender == _F
                and topic.role
                and not topic.role.split(None, 1)[0].endswith(("ة", "ه"))
            )
        ):
            # "أما أبو محمد، وهو من سكان الحي، فقال لعنب بلدي: «…»": the
            # person أما sets up is the subject of the فـ verb; a word glued
            # to لـ right after it opens the one told (an outlet of any
            # name), never the subject (a given name in ل is one: "لطفي";
            # rev40)
            return None
        if (
            (t0.isdigit() or t0 in _SPELLED_COUNTS)
            and verb
            and (group := self.counted_group(hit.np_start))
        ):
            return group  # "وقال 18 نائبا في بيان إن", "وقال خمسة نواب"
        if t0 == "اول" and hit.np_start + 3 < self.n and toks[hit.np_start + 1] in ("امس", "من"):
            # "حيث قال أول أمس على هامش …": the day before yesterday, no
            # subject named "أول"; what follows it is read as after أمس
            # (also "أول من أمس")
            j = hit.np_start + (3 if toks[hit.np_start + 1] == "من" else 2)
            if toks[j - 1] == "امس":
                hit.np_start = j
                t0 = toks[j]
        if (
            t0 in _OCCASIONS
            and verb
            and hit.np_start + 2 < self.n
            and toks[hit.np_start + 1] in _OCCASION_ADJECTIVES
        ):
            # "وقال مؤتمر صحفي عقده اليوم إن …": an indefinite occasion of
            # speech and its adjective right after the verb, its preposition
            # (في/خلال) dropped, is when the words were said, never who said
            # them (a conference, a meeting, an interview does not speak; a
            # statement may: "وقال بيان صحفي"); the subject is elided
            return None
        if (
            verb
            and hit.np_start + 2 < self.n
            and ((t1 := toks[hit.np_start + 1]) == ":" or t1 in QUOTE_MARKS)
            and t0[-1] in "اه"
            # (of the verb's gender: after "وقالت" a masculine in ا is her
            # name, "وقالت ملالا:")
            and (cue.gender is None or (cue.gender == lx.F) == (t0[-1] == "ه"))
            and t0 not in _SUBJECT_START_SPECIAL
            and _manner_participle(t0)
        ):
            # "وأضاف مداعبا:", "وعلق متحسرا: «…»": an accusative participle
            # of manner (a حال) alone between the verb and its words tells
            # how they were said, never who said them; the subject is elided
            hit.np_start += 1
            t0 = t1
        elif (
            verb
            and hit.np_start + 3 < self.n
            and toks[hit.np_start + 1][:2] == "ال"
            and t0[0] == "م"
            and t0[-1] in "اه"
            and (cue.gender is None or (cue.gender == lx.F) == (t0[-1] == "ه"))
            and t0 not in _SUBJECT_START_SPECIAL
            and _manner_participle(t0)
            # (not a person's post in the dual or the feminine and its noun,
            # "وقال ممثلا الاتحاد الأوروبي في بيان", "وقالت مستشارة الرئيس:
            # «…»": the subject; but "متحدثا إلى الصحفيين", a حال; mend33b)
            and (toks[hit.np_start + 1] == "الي" or not _person_post_dual(t0))
            and (m := self.participle_phrase_end(hit.np_start + 2)) > 0
        ):
            # "وأضاف مسديا النصح لمحدثيه: «…»": the participle of a derived
            # form with its definite object (and what it is done for) alone
            # between the verb and its words is a حال too; the subject is
            # elided (dev33s)
            hit.np_start = m
            t0 = toks[m]
        if (
            t0 in _BEFORE_HIM
            and hit.np_start + 2 < self.n
            and "إمام"
            not in self.doc.orig(self.doc.starts[hit.np_start], self.doc.ends[hit.np_start])
        ):
            # "وشدد أمامه على «…»", "وأكدت أمامهم أن", "مؤكدا أمامها أن":
            # "in front of him" (the one met) right after the cue is where
            # the words were said, no title "his imam" (unless the text
            # writes its hamza below); the subject is elided or follows it
            # (dev20s)
            hit.np_start += 1
            t0 = toks[hit.np_start]
            if t0 == "جميعا":
                hit.np_start += 1  # ("أمامهم جميعا": all of them)
                t0 = toks[hit.np_start]
        if verb and _GO_ON_LEMMA[cue.lemma] and self.own_words_object(hit.np_start, cue):
            # "وواصل دعاءه:", "وتابعت شرحها قائلة:", "وأكمل هجومه على …:":
            # after a verb of going on or closing, a noun with the subject's
            # pronoun is what he goes on with, never who (dev17s); the
            # subject is elided, the one quoted before
            return None
        if (
            verb
            and (t0 in _COMMA_SET or t0 in _DEICTIC_DAYS)
            and (k := self.subject_after_day_aside(hit.np_start)) > 0
        ):
            # "قال، اليوم الاثنين، الأمين العام للنقابة، إن", "أكد أمس الأحد،
            # رئيس الاتحاد، أن", "قال اليوم الخميس 3 مارس 2022، الوزير …":
            # the day (and its date) set off by commas between the verb and
            # its subject (dev18s; without the commas, below)
            hit.np_start = k
            t0 = toks[k]
        elif verb and t0 in _COMMA_SET and (k := self.subject_in_commas(hit.np_start)) > 0:
            # "وقال، X Y، لوكالة …": the subject itself set off by commas
            # after the verb (dev28s)
            hit.np_start = k
            t0 = toks[k]
        if cue.lemma in _URGE_LEMMAS and verb and self.urged_plural_object(hit.np_start):
            # "ودعا المواطنين والمقيمين إلى «…»", "وطالبت المستثمرين
            # الأجانب بـ«…»": a definite plural (or dual) in ين right after a
            # verb of urging is in the accusative, the one urged, never the
            # subject (that would be "المواطنون", dev18s); the subject is
            # elided, the one quoted before
            return None
        if (
            cue.lemma in _BA_OBJECT_LEMMAS
            and verb
            and t0[:1] == "ب"
            and self.ba_object(hit.np_start, cue)
        ):
            # "وأشاد بعلاقة البلدين «التي …»", "ونوه بدور الجالية «…»": the
            # thing praised or asked for, glued to بـ right after the verb,
            # is its object, never its subject (dev18s); the subject is
            # elided, the one quoted before
            return None
        if verb and t0 in _NOW_ADVERB and self.adverb_of_now(hit.np_start):
            # "ويقول الآن إن «…»", "وقال الآن الوزير X إن": "now" (folded as
            # the given name آلان) between the verb and its subject, or in
            # place of one, no name (mend35b)
            hit.np_start += 1
            t0 = toks[hit.np_start]
        if t0 in _SUBJECT_START_SPECIAL:  # (one test for the rare first words)
            if (
                t0 in _SAME_BEFORE
                and toks[hit.np_start + 1][:2] == "ال"
                and self.is_word[hit.np_start + 1]
            ):
                # "وجاء في ذات البيان", "وأضاف ذات المصدر": "the same X", as
                # "البيان ذاته" is; the phrase is the noun's (a document, its
                # issuer then; a source, the one quoted before)
                hit.np_start += 1
            elif t0 in _DEICTIC_DAYS or t0 in _TIME_ADVERBS:
                # "وقال أمس وزير المالية X", "على ما كتبت الأحد صحيفة X": the
                # day between the verb and its subject ("اليوم الأحد" too);
                # "وقال لاحقا السفير X": an adverb of time likewise
                j = hit.np_start + 1
                if j + 1 < self.n and (
                    toks[j] in _DEICTIC_DAYS
                    or toks[j] in _TIME_ADVERBS
                    # ("وقال أمس الأول الوزير X": the day before yesterday)
                    or (toks[j] == "الاول" and t0 == "امس")
                ):
                    j += 1
                if (
                    j + 1 < self.n
                    and self.is_word[j]
                    and not self.in_quote[j]
                    and toks[j] not in lx.NP_STOP
                ):
                    hit.np_start = j
                    t0 = toks[j]
                elif (
                    verb
                    and toks[j] in _PREP_BEFORE_SUBJECT
                    and (k := self.subject_after_adverbial(j, cue)) > 0
                ):
                    # "وقال أمس في مؤتمر صحفي وزير الخارجية X إن": the day,
                    # then an adverbial phrase, then the subject
                    hit.np_start = k
                    t0 = toks[k]
            elif t0 in _NATIONALITIES and self.opens_described_name(j := hit.np_start + 1, self.n):
                # "أكد الجزائري نور الدين X المدير الفني …", "وقالت
                # الأمريكية جين Y": the nationality describes the one named
                # after it, whose name the phrase opens
                hit.np_start = j
                t0 = toks[j]
            if (
                verb
                and (t0 in _TO_OUTLET or (t0 == "ل" and toks[hit.np_start + 1] in QUOTE_MARKS))
                and (j := self.subject_after_outlet(hit.np_start, cue)) > 0
            ):
                # "وقال لـ«عربي21» القيادي في الحركة X إن", "وأكد لوكالة
                # الأنباء الرسمية مصدر أمني أن": the outlet the words were
                # told to comes before the verb's subject, a title or a source
                hit.np_start = j
                t0 = toks[j]
            elif (
                verb
                and (t0 in _PREP_BEFORE_SUBJECT or t0 == "علي")
                and (j := self.subject_after_adverbial(hit.np_start, cue)) > 0
            ):
                # "وقال في كلمته أمام البرلمان رئيس الوزراء X إن": the
                # adverbial phrase before the verb's subject
                hit.np_start = j
                t0 = toks[j]
            if (
                (
                    t0 in _PRONOUN_SKIP
                    or (t0 in _TO_FROM_WHAT and hit.tok and toks[hit.tok - 1] in _WHAT_TOLD)
                )
                and (t0 in _RESUMPTIVE_SKIP or self.is_word[hit.np_start + 1])
                and (
                    t0 not in _TO_ME
                    or toks[hit.np_start + 1] in _TITLE_LIKE
                    or toks[hit.np_start + 1] in _TOLD_ME_NOUNS
                )
            ):
                # "وحسب ما صرح به مصدر …": the subject follows the resumptive
                # pronoun; "فرد عليه X": the object pronoun comes before the subject
                hit.np_start += 1
                t1 = toks[hit.np_start]
                if t1 in _MANNER:
                    # "قال له بصراحة:": the adverbial after the object pronoun
                    # is no subject either
                    t0 = t1
            elif (
                t0 == "علي"
                and verb
                and cue.particle == "على"
                and toks[hit.np_start + 1] == "ذلك"
                and hit.np_start + 2 < self.n
                and self.is_word[hit.np_start + 2]
                and not self.in_quote[hit.np_start + 2]
                and (
                    toks[hit.np_start + 2] in _TITLE_LIKE
                    or toks[hit.np_start + 2] in lx.HONORIFICS
                    or self.known_name_word(toks[hit.np_start + 2])
                )
            ):
                # "ورد على ذلك النائب X «…»", "وعقّب على ذلك رئيس الكتلة":
                # what is replied to, "on that", before the subject (not
                # "رد على ذلك بالقول", "على ذلك الاتهام": no person after)
                hit.np_start += 2
            elif t0 in _IN_IT and (
                (cue.kind == lx.RELAY and self.is_word[hit.np_start + 1])
                or (
                    verb
                    and toks[hit.np_start + 1] in _TITLE_LIKE
                    # (a verb of saying, no object: "يصف فيها العقيد X بأنه"
                    # describes the colonel)
                    and (
                        _lemma_key(cue) in _SAYING
                        # "في وقت اعتبر فيه مسؤولون أن", "في بيان أكد فيه
                        # المتحدث أن": any verb whose phrase after "in it"
                        # is followed by أنّ has it for its subject
                        or self.that_after_np(hit.np_start + 1, cue)
                    )
                )
            ):
                # "فتنقل فيها السفارة عن ناشطة قولها": the relayer after the
                # resumptive "in it" (the cable); "يكتب فيها السفير X أن": the
                # writer, a title and a name, after it
                hit.np_start += 1
            elif (
                t0 in _RELAY_PRONOUNS
                and verb
                and cue.particle != "عن"
                and toks[hit.np_start + 1] in _TITLE_LIKE
                and _lemma_key(cue) in _SAYING
            ):
                # "وقال عنه الكاتب X: «…»": "about him" between a verb of
                # saying and its subject, a title (and a name) after it
                hit.np_start += 1
                t0 = toks[hit.np_start]
            if (
                t0 in _DEMONSTRATIVES
                and (
                    (cue.kind == lx.IMPERSONAL and toks[hit.np_start + 1][:2] == "ال")
                    # "وتقول هذه البرقية إن", "وتكشف هذه الوثائق عن": the
                    # document the demonstrative points to is the verb's subject
                    or (
                        verb
                        and toks[hit.np_start + 1][:2] == "ال"
                        and toks[hit.np_start + 1] in lx.DOCUMENT_HEADS
                        and self.is_word[hit.np_start + 1]
                    )
                )
            ):
                # "وجاء في تلك البرقيات أن": the document after the demonstrative
                hit.np_start += 1
            elif (
                t0 in _THAT_OBJECT
                and verb
                and hit.np_start + 2 < self.n
                and self.is_word[hit.np_start + 1]
                and not self.in_quote[hit.np_start + 1]
                and (
                    (t1 := toks[hit.np_start + 1]) in _TITLE_LIKE
                    or t1 in lx.HONORIFICS
                    or (t1[:2] != "ال" and self.known_name_word(t1))
                )
            ):
                # "وأكد ذلك السفير X قائلا: «…»": "that", the verb's object,
                # before its subject (with the title "that minister" is the
                # same subject)
                hit.np_start += 1
            if t0 in _MANNER:
                if verb and t0 in _ADDRESSING_VERBAL:
                    # "وقال مخاطبا النواب: «…»": whom the participle
                    # addresses follows it, the subject elided (kw35)
                    return None
                # "وتقول بنبرة ساخرة:": the adverbial, then maybe the subject
                j = hit.np_start + 1
                if (
                    t0 in _MANNER_WITH_ADJECTIVE
                    and self.is_word[j]
                    and (not toks[j].startswith("ال") or t0 in _WITHOUT or t0 in _IN_THIS_REGARD)
                    and toks[j] not in lx.NP_STOP
                ):
                    # (after دون, a definite noun too: "وتابع دون الخوض في
                    # التفاصيل أن": a verbal noun and its complement, how;
                    # after بهذا its noun, "بهذا الخصوص")
                    j += 1 + (toks[j] == "غير" and self.is_word[j + 1])
                    # ("بطريقة غير مباشرة": the negated adjective)
                elif (
                    j + 1 < self.n
                    and self.is_word[j]
                    and not self.in_quote[j]
                    and _manner_adjective(t0, t1 := toks[j])
                    and not _IS_TITLE_HEAD[t1]
                    and t1 not in lx.HONORIFICS
                    and t1 not in _GIVEN_NAMES
                    and not self.known_name_word(t1)
                ):
                    k = j + 1
                    while (
                        k + 1 < self.n
                        and (t2 := toks[k])[:1] == "و"
                        and _manner_adjective(t0, t2[1:])
                        and not self.in_quote[k]
                    ):
                        k += 1  # ("برد قوي ومؤلم": adjectives joined by و)
                    if (
                        (t2 := toks[k]) in QUOTE_MARKS
                        or t2 == ":"
                        or t2 in _THAT
                        or t2 in _COMMA_SET
                    ):
                        # "وتابع بنفي قاطع «…»", "وقال بحزم شديد:": an
                        # indefinite adjective right after the manner noun,
                        # up to the words, is the adverbial's, no name
                        # (dev28s); only a word of an adjective's shape
                        # agreeing with the noun: "ورد بغضب نتنياهو:" names
                        # the subject (read28a)
                        j = k
                    elif t2 in _MANNER_COMPLEMENT_PREPOSITIONS and not self.in_quote[k]:
                        # "وتوعد برد قوي ومؤلم على أي هجوم … وقال": the
                        # manner noun's complement follows its adjectives;
                        # the subject is elided, the one quoted before
                        # (dev36s)
                        return None
                hit.np_start = j
            elif t0 in _INTERLOCUTORS and (
                t0 not in _GUESTS
                or toks[hit.np_start + 1].startswith("ال")
                or self.guest_of_programme(hit.np_start + 1)
            ):
                # "وتضيف محدثتنا:", "كشف ضيف البرنامج أن": the person last
                # introduced (the guest with the programme, a definite noun;
                # or its name, told before after برنامج/حصة: "وأعلن ضيف X
                # Y أن" after "في برنامج X Y", dev31r)
                hit.np_end = hit.np_start + (
                    1
                    if t0 not in _GUESTS
                    else 2
                    if toks[hit.np_start + 1].startswith("ال")
                    else 1 + self.guest_of_programme(hit.np_start + 1)
                )
                self._np_end = hit.np_end
                return None
        rel = toks[hit.tok - 1] if hit.tok else ""
        if rel in _RELATIVE_PARTICLES and hit.tok > 1:
            # "والتي لطالما سجلت موقفا مشرفا": a particle between the
            # relative pronoun and its verb
            rel = toks[hit.tok - 2]
        if (
            verb
            and (agreement := _RELATIVE_AGREEMENT.get(rel)) is not None  # ("والتي" too)
            and agreement == (cue.gender, cue.number)
            and not t0.startswith("ال")
            and t0 not in _TITLE_LIKE
            # (not with the antecedent's pronoun glued to it: "السفير X،
            # الذي وصفه حداد بأنه": the name after it is its subject)
            and not (self.object_pronoun_verb(hit.tok) and self.a_name_word(t0))
            # (nor with a title after "in it"/"about it" whose phrase the
            # words said follow: "الذي قال فيه الكاتب X: «…»")
            and not (
                hit.np_start > hit.tok + 1
                and (t0 in _IN_IT or t0 in _RELAY_PRONOUNS)
                and self.words_said_after_np(hit.np_start, cue)
            )
        ):
            # "دراسة المعهد، التي قدرت نسبة البطالة بنحو …": a verb
            # that agrees with the relative pronoun before it, and an
            # indefinite noun after it: the pronoun is its subject, the noun
            # its object (not "الأمطار التي توقع الخبراء أن": a verb
            # that does not agree, its subject after it)
            hit.np_end = hit.np_start
            self._np_end = hit.np_start
            return None
        if (
            verb
            and hit.tok > 2
            and toks[hit.tok - 1] in _COMMAS
            and t0 not in _TITLE_LIKE
            and not _THAT.isdisjoint(toks[hit.tok - 12 if hit.tok > 12 else 0 : hit.tok - 2])
            and _named_person(
                before := self.that_subject_comma(hit, self.sent_first[self.sent[hit.tok]])
            )
            and before.role
        ):
            # "وذكر التقرير أن وزير الخارجية X Y، وصف اجتماع الوزراء بأنه
            # «…»": the subject set off by a comma after أنّ, the noun after
            # the verb its object (no title there)
            hit.np_end = self._np_end = hit.np_start
            return before
        if verb and _RELAYED_LEMMA[cue.lemma] and (relay := self.relayed_from(hit)) is not None:
            # "وأوردت الوكالة عن الوزير قوله «…»": a relay, as نقل is
            cue = hit.cue = relay
            verb = cue.kind == lx.VERB  # (the relay's cue is read below)
            # (a verb no more: the runs of verbs verb_run found from it on
            # are found again)
            del self._verb_runs[bisect_left(self.hit_toks, hit.tok) :]
        if (
            cue.kind in _VERB_KINDS
            and hit.np_start < self.n
            and toks[hit.np_start] in _NO_SUBJECT_START
        ):
            # "وأكد أن …", "وأضاف:", "مؤكدا أن", "مضيفا بأن": the
            # verb's phrase opens with أنّ or a colon, what is said; the
            # phrase scan stops there at once and nobody is named (the
            # same as scan_np's empty phrase and classify's None)
            hit.np_end = self._np_end = hit.np_start
            if (
                cue.kind == lx.VERB
                and hit.pronoun is None
                and toks[hit.tok][0] not in "وف"
                and (first := self.sent_first[self.sent[hit.tok]]) < hit.tok <= first + 4
                and not toks[hit.tok].endswith(_OBJECT_SUFFIXES)
            ):
                # "X قال إن …، مضيفا أن «…»" after "… X Y": the name of a
                # person met before opens the sentence right before the
                # verb, its subject, whom the participles after it go on
                # with (as known_name_opening's verb with an object, below)
                return self.known_name_opening(first, hit.tok, cue)
            return None
        limit = self.n
        if cue.kind == lx.IMPERSONAL and cue.particle == "عن":
            # "وصدر عن الحزب بيان جاء فيه:": the issuer after عن ends at
            # the document issued, with no article too
            limit = self.document_issued(hit.np_start)
        paren = -1
        if (
            verb
            and hit.np_start < self.n
            and toks[hit.np_start] == "("
            and (paren := self.name_in_parentheses(hit.np_start)) > 0
        ):
            # "وقال (سامي حسن داود) في تصريح «…»", "وأكد (داود) أن": the
            # subject's name in parentheses right after the verb (dev30d)
            hit.np_start += 1
            limit = paren
        if verb and not cue.lemma and hit.np_start + 2 < self.n:
            # ("«…»، هكذا برر المتحدث الرسمي الموقف", "هكذا ودع الرئيس
            # الراحل شعبه": after a verb of no saying, the object ends the
            # titled subject; review B finding 6, mend31d)
            limit = self.any_verb_object(hit.np_start, limit)
        if verb and cue.lemma in _BA_OBJECT_LEMMAS:
            # "وأشاد وزير الخارجية بالضيوف، وقال", "ونوه الوزير بدور
            # المواطنين": the thing praised or asked for, glued to بـ after
            # the verb's subject, ends it (read as a body the post is held
            # in, or as a name; as after the clause's verb of praise,
            # main_clause_subject; kw38)
            for m in range(hit.np_start + 1, min(limit, hit.np_start + 8)):
                if not self.is_word[m]:
                    break
                if toks[m][0] == "ب" and self.praised_at(m):
                    limit = m
                    break
        if cue.kind == lx.IMPERSONAL and toks[hit.np_start][:3] == "بال":
            # "وجاء بالبرقية «…»": the document glued to بـ (cue_at's),
            # read from itself on
            b, ra, rb = self.scan_np(hit.np_start + 1, limit, cue)
            if b <= hit.np_start + 1:
                b = ra = rb = hit.np_start + 1
        else:
            b, ra, rb = self.scan_np(hit.np_start, limit, cue)
        self._np_end = b if b > rb else rb
        hit.np_end = b
        if b == paren:
            # (the words after the phrase are read past its parenthesis)
            hit.np_end = self._np_end = b + 1
        if cue.kind == lx.RELAY:
            # نقلت وكالة X عن مصدر Y, نسبت البرقية إلى Y: the speaker is Y
            self.relay_scans[hit.tok] = (hit, hit.np_start, b)  # (via_of's)
            k = b
            particle = _RELAY_PARTICLE.get(cue.lemma, "عن")
            toks = self.doc.toks
            if particle == "الي" and b - hit.np_start >= 2:
                # "ونسبت البرقية الأمريكية ذاتها لفلان قوله": لـ glued to
                # the one the words are attributed to ends the subject (a
                # body's لل genitive only after a document's head)
                doc_head = toks[hit.np_start] in lx.DOCUMENT_HEADS or (
                    _base(toks[hit.np_start]) in lx.DOCUMENT_HEADS
                )
                for m in range(hit.np_start + 1, b):
                    t = toks[m]
                    if t[0] == "ل" and len(t) > 3 and (doc_head or t[1] != "ل"):
                        b = ra = rb = k = m
                        hit.np_end = self._np_end = m
                        break
                else:
                    if (m := self.put_to(hit.np_start, b)) > 0:
                        # "ونسب السفير إلى الملك قوله": إلى, read as the
                        # title's ("المبعوث إلى ليبيا"), is the particle
                        b = ra = rb = k = m
                        hit.np_end = self._np_end = m
            if rb > b and toks[b] in _THEN:
                k = b + 1  # "نقل السفير آنذاك، X، عن …": the comma after "at the time"
            while k + 2 < self.n and toks[k] in _DEICTIC_DAYS and k - b < 2:
                k += 1  # "ونقلت وكالة فرانس برس أمس (الاثنين) عن X": when, then the particle
            while k + 2 < self.n and k - b < 5 and k in self.date_token_index:
                k += 1  # "نقلت يوم 3 مايو عن X": when, then the particle
            if k + 3 < self.n and toks[k] in _PERIODS and toks[k + 1] in _PAST:
                k += 2  # "وكانت الوكالة قد نقلت الأسبوع الماضي عن X"
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
                while m < self.n and m - k < 20:
                    if toks[m] in QUOTE_MARKS and m > k + 2:
                        # "ونقلت البرقية، التي حملت عنوان «…»، عن": a title
                        # in marks inside the relative
                        c = self.closing_mark(m, self.n, 10)
                        if c < 0:
                            break
                        m = c + 1
                        continue
                    if not self.is_word[m] or self.in_quote[m] or m - k >= 12:
                        break
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
                elif (c := self.closing_mark(k, self.n, 8)) > 0:
                    # "ونقلت وكالة «X»، الخميس، عن": past the name in marks,
                    # what is set off by commas before the particle is read
                    # below, as after a name without marks
                    k = c + 1
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
                # (a date in two calendars too: "تعود إلى شباط/فبراير 2010")
                m = k
                while (
                    m < self.n
                    and m - k < 12
                    and (self.is_word[m] or toks[m] in "()" or m in self.date_token_index)
                    and not self.in_quote[m]
                    and toks[m] != particle
                    and _cue_of(toks[m]) is None
                ):
                    m += 1
                if m < self.n and toks[m] == particle:
                    k = m
            if k + 2 < self.n and toks[k] != particle and b > hit.np_start:
                # "ونقلت برقية كتبتها السفارة في الرياض، في مايو 2009، عن X":
                # where and when, set off by commas or not ("في مايو/ أيار
                # 2009 عن X": the date's digits and slash), before the particle
                m = k
                while (
                    m < self.n
                    and m - k < 14
                    and (
                        toks[m] in QUOTE_MARKS
                        or (
                            (
                                self.is_word[m]
                                or toks[m] in _COMMAS
                                or m in self.date_token_index
                                # "(09DAMASCUS812)": the cable's reference
                                # in brackets after its date (rev33)
                                or toks[m] in _PARENS
                            )
                            and not self.in_quote[m]
                        )
                    )
                    and toks[m] != particle
                    and toks[m] not in _THAT
                    and _cue_of(toks[m]) is None
                ):
                    if toks[m] in QUOTE_MARKS:
                        # "ونقلت قناة «X» المحسوبة على «Y» عن": a short name
                        # in marks in what describes the relayer
                        c = self.closing_mark(m, self.n, 6)
                        if c < 0 or m == k or toks[m - 1] not in _MARKED_NAME_PREP:
                            # "تقريرا بعنوان «الحرب المنسية» عن الأوضاع":
                            # a title in marks, not a body the relayer is
                            # tied to; عن is "about"
                            break
                        m = c
                    m += 1
                if m + 1 < self.n and toks[m] == particle and self.is_word[m + 1]:
                    k = m
            if (
                particle == "عن"
                and k + 2 < self.n
                and b > hit.np_start
                and toks[k] != particle
                and (words_of := self.relayed_words(hit.np_start + 1, cue)) is not None
            ):
                # "وتنقل البرقية قول الرئيس X لعضو الكونغرس: «…»": the relay
                # carries X's words, X speaks (as "عن X قوله")
                m, ent = words_of
                b3, ra3, rb3 = self.scan_np(hit.np_start, m, None)
                hit.relayer = self.classify(hit.np_start, b3, ra3, rb3, None)
                return ent
            # "وأضافت الوثيقة تنسب الحديث لرئيس الجمهورية": لـ glued to the
            # one spoken of stands for إلى
            lam = (
                particle == "الي"
                and k + 1 < self.n
                and b > hit.np_start
                and toks[k][:1] == "ل"
                and len(toks[k]) > 3
                and self.is_word[k]
                and not self.in_quote[k]
            )
            if k < self.n and toks[k] == particle == "الي" and b > hit.np_start:
                k = self.put_to_past_destination(k)
            if k < self.n and (lam or toks[k] == particle):
                at = k if lam else k + 1
                b2, ra2, rb2 = self.scan_np(at, self.n, None, relayed=True)
                ent = self.classify(at, b2, ra2, rb2, None, lam=lam)
                if ent is not None and particle == "عن":
                    ent = self.relayed_through(ent, at, b2, cue)
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
            if (
                particle == "عن"
                and k < self.n
                and toks[k] in _RELAY_PRONOUNS
                and (said := _RELAY_PRONOUNS[toks[k]])[1] == _SG
                # (a relayer of one word has no genitive: relayer_owner
                # finds no one)
                and (owner := self.relayer_owner(hit.np_start, b, said[0])) is not None
            ):
                # "نقل زوار الرئيس X عنه قوله", "ونقل مكتب الوزيرة X عنها
                # تأكيدها": "from him" after a relayer in construct with a
                # person named in it, of the pronoun's gender, is that
                # person (his visitors, his office relay his words)
                hit.relayer = self.classify(hit.np_start, b, ra, rb, None)
                return owner
            if particle == "عن" and b > hit.np_start and k < self.n and toks[k] != particle:
                # "ونقلت برقية مؤرخة في 5 شباط 2009 عنه قوله": where and when
                # before "from him" (the loops above look for the particle)
                m = k
                while (
                    m + 1 < self.n
                    and m - k < 14
                    and not self.in_quote[m]
                    and toks[m] not in _RELAY_PRONOUNS
                    and toks[m] not in _THAT
                    and (
                        self.is_word[m]
                        or toks[m] in _COMMAS
                        or toks[m] in _PARENS
                        or m in self.date_token_index
                    )
                    and _cue_of(toks[m]) is None
                ):
                    m += 1
                if toks[m] in _RELAY_PRONOUNS and _relayed_after(toks, m + 1):
                    k = m
            if (
                particle == "عن"
                and b > hit.np_start
                and k + 1 < self.n
                and toks[k] in _RELAY_PRONOUNS
                and _relayed_after(toks, k + 1)
                and (relayer := self.classify(hit.np_start, b, ra, rb, None)) is not None
                # (a named person relays and speaks, as read19 pins: "ونقل
                # رئيس الكتلة X عنه قوله")
                and not _named_person(relayer)
            ):
                # "ونقلت برقية مؤرخة في … عنه قوله إن", "ونقلت صحيفة «X» عنها
                # قولها": "from him" after a relayer with no person named in it
                # is one met before, as "ونقل عنه التلفزيون قوله" (the
                # pronoun's features): the relayer does not speak
                hit.relayer = relayer
                hit.pronoun = _RELAY_PRONOUNS[toks[k]]
                return None
            if (
                particle == "عن"
                and b > hit.np_start
                and k == b
                and b < self.n
                and toks[b] in _SAYING_OF_THEM
                and (fronted := self.fronted_relayed(hit.tok, toks[b])) is not None
            ):
                # "وعن الوزير X نقلت الصحيفة قوله:": the one relayed, put
                # first after عن opening the clause, speaks; the subject
                # relays
                hit.relayer = self.classify(hit.np_start, b, ra, rb, None)
                return fronted
            ent = self.classify(hit.np_start, b, ra, rb, None)
            if (
                ent is not None
                and ent.kind == DOCUMENT
                and b == hit.np_start + 1
                and b < self.n
                and toks[b] == ":"
                and self.doc_author is not None
                and "ال" <= toks[hit.np_start] < "ام"
            ):
                # "وتنقل البرقية: …": the cable whose writer was named
                # relays in his name (as "وتضيف البرقية"; dev31d)
                return self.doc_author
            return ent
        if cue.kind == lx.PARTICIPLE:
            return None  # the clause subject speaks
        toks = self.doc.toks
        if (
            toks[hit.tok][0] in "وف"
            and b < self.n
            and ("ب" <= toks[b] < "ة" or toks[b] in {"الي", "علي"})
            and _lemma_key(cue) in _OBJECT_VERBS
            and hit.tok > 0
            and self.sent[hit.tok - 1] == self.sent[hit.tok]
            and (toks[hit.tok - 1] in _COMMAS or toks[hit.tok - 1] in QUOTE_MARKS)
        ):
            # "…، وطالب المجتمع الدولي بـ"…"": in a coordinated clause the
            # subject is elided and the phrase is the verb's object
            return None
        if (
            b > hit.np_start
            and verb
            and hit.pronoun is None
            and (first := self.sent_first[self.sent[hit.tok]]) < hit.tok <= first + 4
            and not toks[hit.tok].endswith(_OBJECT_SUFFIXES)
            and (pre := self.known_name_opening(first, hit.tok, cue)) is not None
        ):
            # "X وصف سلوك رفاقه في الحزب تجاهه بـ«…»" after "قال X Y": the name of a
            # person met before opens the sentence right before the verb, its
            # subject; the phrase after the verb is its object
            return pre
        if b > hit.np_start and toks[hit.tok - 1] == "قد" and hit.tok > 1:
            # "وكان الوزير قد قدّر الحاجات بـ…": the pluperfect's subject
            # stands between كان and قد; the phrase after the verb is its object
            pre = self.subject_before(hit, self.sent_first[self.sent[hit.tok]])
            if pre is not None:
                return pre
        if (
            b > hit.np_start
            and toks[hit.tok][0] not in "وف"
            and toks[(first := self.sent_first[self.sent[hit.tok]])] in _AUX_WAS
            and first + 1 < hit.tok <= first + 12
            and self.is_word[hit.tok - 1]
        ):
            # "وكان المجلس في اليمن أعلن سيطرته على …": كان, its subject, then
            # the past verb with no قد is the pluperfect too; the phrase
            # after the verb is its object
            pre = self.subject_before(hit, first)
            if pre is not None:
                return pre
        if (
            b > hit.np_start
            and toks[hit.tok][0] not in "وف"
            and _INFORM_LEMMA[cue.lemma]
            # (not "السفير أبلغه الوزير": the object, a topic before the verb,
            # taken up by its pronoun)
            and not toks[hit.tok].endswith(_OBJECT_SUFFIXES)
            and (first := self.sent_first[self.sent[hit.tok]]) < hit.tok
            and self.is_word[hit.tok - 1]
            and (told := self.subject_opening(first, hit.tok, cue)) is not None
        ):
            # "الرئيس ميشال سليمان أبلغ السفير أن «…»": the sentence opens
            # with the verb's subject; the phrase after the verb of telling
            # is the one told, its object
            return told
        if (
            b > hit.np_start
            and toks[hit.tok][0] in "يت"
            and (first := self.sent_first[self.sent[hit.tok]]) < hit.tok
            and self.is_word[hit.tok - 1]
            and (_IS_TITLE_HEAD[toks[first]] or toks[first] in lx.ORGANIZATION_HEADS)
            # (one person: not "نائب يطمئن … ومحام … وخبيرة اقتصاد يحذر:",
            # a headline of several, each with a verb)
            and not any(
                t[:1] == "و" and t[1:3] != "ال" and len(t) > 3 for t in toks[first + 1 : hit.tok]
            )
            and (told := self.subject_opening(first, hit.tok, cue)) is not None
            and (told.role or told.kind == ORGANIZATION)
        ):
            # "النائب يطالب الحكومة بالاستقالة: «…»", "وزير المالية يناشد
            # التجار: «…»", "الجيش يعلن إطلاق عملية: «…»" (a headline): a
            # title or a body opening the sentence before a present verb of
            # saying is its subject, the phrase after the verb its object
            return told
        if (
            cue.lemma in _OBJECT_THEN_BA
            and verb
            and b < self.n
            and toks[b][:1] == "ب"
            and ra == rb
            # (not "الذي وصفه حداد بأنه": with the object's pronoun on the
            # verb, the name after it is its subject)
            and not toks[hit.tok].endswith(_OBJECT_SUFFIXES)
            and (
                b == hit.np_start + 1
                or (
                    b == hit.np_start + 2
                    and toks[hit.np_start][:2] != "ال"
                    and toks[hit.np_start + 1][:2] == "ال"
                )
                # ("وطمأنت المواطنين والتجار بأن": two joined by و)
                or (
                    b == hit.np_start + 2
                    and toks[hit.np_start][:2] == "ال"
                    and toks[hit.np_start + 1][:3] == "وال"
                )
            )
        ):
            # "ووصف المعارضة بأنها «…»", "ووصف مجلس النواب بأنه «…»": one
            # word, or a noun and its definite genitive, between the verb
            # and بـ is the one described or reassured (no subject then
            # object: "وصف دبلوماسي أمريكي القناة بأنها"); the subject is
            # elided, found as a pronoun's is
            return None
        if (
            cue.lemma in _OBJECT_THEN_BA
            and b < self.n
            and toks[b][:1] == "ب"
            and b - 2 >= hit.np_start
            and (w := toks[b - 1])[:2] == "ال"
            and toks[b - 2][:2] == "ال"
            and self.is_word[b - 2]
            and (
                # "ووصف الوزير المواطنين بأنهم «…»": a definite plural after
                # a definite title is no adjective of it (a title is singular)
                (w[-2:] == "ين" and len(w) > 6 and toks[b - 2] in _TITLE_LIKE)
                # "ووصف وزير الصحة الاتفاق بأنه", "ووصفت الوزارة الوضع": a
                # definite noun after a definite word that ends a subject of
                # two words or more, no nisba, title or adjective of a post
                or (
                    b - 3 >= hit.np_start
                    and w[-1] != "ي"
                    and w[-2:] != "يه"
                    and w[-3:] not in ("يين", "يون")
                    and w not in _TITLE_LIKE
                    and w not in _POST_ADJECTIVES
                    and len(w) > 4
                )
            )
        ):
            # the verb's object, before بأن, not the subject's last word
            b = ra = rb = b - 1
        if b == hit.np_start + 1 and toks[hit.np_start] in _DEFINITE_THINGS:
            # "وأعلن الإضراب، مؤكدا": a common object of news verbs alone
            # after the verb is what it tells, no subject; the subject is
            # elided, found as a pronoun's is
            return None
        ent = self.classify(hit.np_start, b, ra, rb, cue, lam=hit.lam)
        if ent is not None and cue.kind == lx.PREPOSITION and cue.lemma == "نقلا عن":
            # "وذكرت القناة نقلا عن وكالة X عن مصدر حكومي أن": the source
            # named after the outlet, as after نقلت … عن (relayed_through)
            ent = self.relayed_through(ent, hit.np_start, b, cue)
        if (
            ent is not None
            and ent.kind == ORGANIZATION
            and ent.gender == _F
            and cue.gender == _M
            and verb
            and b < self.n
            and toks[b] in QUOTE_MARKS
        ):
            # "وتابع الوزارة «…»", "وأضاف السعودية “…”": a masculine verb
            # does not take a feminine body or country for its subject; the
            # noun opens what is said (an "أن" left out), and the verb goes on
            # with the last speaker
            return None
        if (
            ent is not None
            and verb
            and (
                (
                    ent.kind == ORGANIZATION
                    and ent.gender == _F
                    and cue.gender == _M
                    and b - hit.np_start == 1
                    and toks[hit.np_start] in _COUNTRIES
                    and toks[hit.np_start] not in _MASCULINE_COUNTRIES
                )
                # (the subject of a verb before it is in the nominative, ون)
                or (ent.kind == GROUP and toks[hit.np_start][-3:] == "يين")
            )
        ):
            # "وحذر واشنطن من إيران", "كما نصح الأمريكيين بدعم …": a country
            # that does not agree with its masculine verb, a nisba plural in
            # the accusative, is the verb's object; its subject is elided
            return None
        if (
            ent is not None
            and ent.kind == PERSON
            and not ent.role
            and toks[hit.np_start][:2] == "ال"
            and _lemma_key(cue) == "وصف"
            and not _AS_BEING.isdisjoint(toks[b : b + 6])
            # (but "بعدما وصف المطيري الحكومة بأنها «…»": the family name of
            # a person named before is the subject, the object after it)
            and not self.known(ent)
        ):
            # "ووصف الاتفاق بأنه «…»", "ويصف العلاقة مع البنوك بأنها «…»":
            # a definite noun with no title before بأنه is what is
            # described, the verb's object; the subject is elided
            return None
        if ent is not None and ent.kind == DOCUMENT:
            m = hit.np_start + 1
            while m < b - 1 and toks[m] != "قول":
                m += 1
            if m < b - 1:
                # "كشفت برقية سرية قول رئيس الوزراء X «…»": the document
                # tells what a person said; the one whose saying it is speaks
                said = self.classify(m + 1, b, ra, rb, None)
                if said is not None and said.kind == PERSON and said.key:
                    return said
            r = b + 1 if b + 3 < self.n and toks[b] in _COMMAS else b
            if (
                r + 2 < self.n
                and toks[r] in _RELATIVES
                and toks[r + 1] in lx.AUTHOR_VERBS
                and ent.surface
            ):
                # "البرقية (…) التي وقعتها القائمة بالأعمال مورا كونيلي", "وتسجل
                # البرقية، التي وقعها السفير X، أن"; "التي بعث بها السفير X":
                # a verb of sending in ب, its pronoun's بها, then the author
                s2 = r + 2
                if (
                    toks[s2] in _RESUMPTIVE_SKIP
                    and toks[r + 1] in lx.AUTHOR_VERBS_IN_B
                    and s2 + 1 < self.n
                ):
                    s2 += 1
                b2, ra2, rb2 = self.scan_np(s2, self.n, None)
                author = self.classify(s2, b2, ra2, rb2, None)
                if author is not None and author.kind == PERSON and author.role:
                    self.doc_author = author
                    return author
            if (
                r + 4 < self.n
                # (or "والتي", set off by commas)
                and (toks[r] in _RELATIVES or ("و" <= toks[r] < "ى" and toks[r][1:] in _RELATIVES))
                and toks[r + 1] in lx.RECEIVED_IT
                and (s2 := self.sender_after_receiver(r, 1, self.n)) > 0
            ):
                # "وقالت الرسالة التي تلقتها الصحيفة من الوزير X": the sender
                # after the receiver and من wrote it
                b2, ra2, rb2 = self.scan_np(s2, self.n, None)
                author = self.classify(s2, b2, ra2, rb2, None)
                if author is not None and (
                    (author.kind == PERSON and author.role) or author.kind == ORGANIZATION
                ):
                    if author.kind == PERSON:
                        self.doc_author = author
                    return author
            if "ال" <= normalize_first(ent.surface) < "ام" and self.doc_author is not None:
                # "وتضيف البرقية": the cable whose author was named
                return self.doc_author
        return ent

    def unless_relayed_by(
        self, last: _Entity | None, lo: int, t: int, tok: int, told: _Entity
    ) -> _Entity | None:
        """``told``, the source a relay at ``t`` names, unless the relayer
        (the words from ``lo`` to its عن) is ``last``, the last quote's
        speaker ("وقال X «…». وكان X قد نقل عن الرئيس قوله إن …. وأضاف":
        X goes on), then None."""
        if last is None or not last.key:
            return told
        toks = self.doc.toks
        m = t
        while m < tok and toks[m] != "عن":
            m += 1
        if _key_words(last.key).isdisjoint(_key_words(_key(" ".join(toks[lo:m])))):
            return told
        return None

    def put_to(self, a: int, b: int) -> int:
        """The last إلى inside the phrase [a, b) after نسب, when the phrase
        ends on a noun of saying or أنّ ("ونسب السفير الأمريكي إلى الوزير X
        قوله": the envoy's title read on through إلى), or -1."""
        toks = self.doc.toks
        if b >= self.n or (toks[b] not in _SAYING_OF_THEM and toks[b] not in _THAT):
            return -1
        for m in range(b - 2, a, -1):
            if toks[m] == "الي":
                # (not a country's or the UN's: "ونسب المبعوث الأممي إلى
                # اليمن قوله", "المندوب الدائم إلى الأمم المتحدة X قوله", the
                # title's own إلى)
                if toks[m + 1] in _COUNTRIES or toks[m + 1] == "الامم":
                    return -1
                return m
        return -1

    def put_to_past_destination(self, k: int) -> int:
        """The إلى after نسب at ``k``, or a second إلى a few words on when
        the first is where the document was sent ("ونسبت برقية أرسلتها
        السفارة … إلى واشنطن، إلى جلعاد قوله": the one after the capital is
        the one the words are put to, as its noun of saying shows)."""
        toks = self.doc.toks
        n = self.n
        m = k + 1
        while m < n and m - k < 5 and self.is_word[m] and toks[m] != "الي":
            if toks[m] in _SAYING_OF_THEM or toks[m] in _THAT:
                return k  # the first names the one put to
            m += 1
        if m < n and toks[m] in _COMMAS:
            m += 1
        if m + 2 >= n or toks[m] != "الي" or not self.is_word[m + 1] or self.in_quote[m]:
            return k
        b, _ra, _rb = self.scan_np(m + 1, n, None)
        if b >= n or b == m + 1 or toks[b] not in _SAYING_OF_THEM:
            return k
        return m

    def fronted_relayed(self, t: int, said: str) -> _Entity | None:
        """The one relayed put first: عن (or وعن) opening the sentence,
        then the phrase of a person, a source or a body running up to the
        relay's verb at ``t`` (a comma may close it), "وعن الوزير X نقلت
        الصحيفة قوله"; else None (not a thing talked about: "وعن الأزمة
        نقلت الصحيفة قوله", whose pronoun is someone's before); ``said``,
        the noun of saying with its pronoun, agrees with a body's head."""
        toks = self.doc.toks
        first = self.sent_first[self.sent[t]]
        if t - first < 2 or (toks[first] != "عن" and toks[first] != "وعن"):
            return None
        end = t - 1 if toks[t - 1] in _COMMAS else t
        b, ra, rb = self.scan_np(first + 1, end, None)
        if b != end:
            return None
        ent = self.classify(first + 1, b, ra, rb, None)
        if ent is None or ent.kind not in _RELAYED_KINDS:
            return None
        if ent.kind == PERSON and not ent.role and toks[first + 1] not in _GIVEN_NAMES:
            # (a person by his post or a given name: a noun read as a name
            # is what was talked about, "وعن الأزمة السياسية", "وعن مستقبل
            # الحكومة")
            return None
        if ent.kind == ORGANIZATION and said[-1] == "ه" and toks[first + 1][-1] == "ه":
            # (a body whose head is feminine, "his" words: what was talked
            # about, "وعن الحكومة الجديدة نقلت الصحيفة قوله"; rev23)
            return None
        plural = said.endswith(("هم", "هما"))
        if (ent.kind == GROUP) != plural:
            # (the pronoun's number: "وعن اللاجئين، نقلت الوكالة قوله" is
            # about them, his words are someone's before; final read)
            return None
        if ent.kind == PERSON and (
            ent.gender == (lx.M if said[-1] == "ا" else lx.F)
            or not (_IS_TITLE_HEAD[toks[first + 1]] or toks[first + 1] in _GIVEN_NAMES)
        ):
            # (a person of the other gender, "وعن الرئيس، نقلت الوكالة
            # قولها", or a noun before a post, "وعن زيارة الرئيس الأمريكي":
            # what was talked about; final read)
            return None
        if ent.kind == ORGANIZATION and toks[first + 1] not in lx.ORGANIZATION_HEADS:
            # (a country or a body with no head noun, "وعن إيران، نقلت
            # الوكالة قوله": what was talked about; final read)
            return None
        return ent

    def relayed_from(self, hit: _CueHit) -> lx.Cue | None:
        """The cue of a verb of telling (أورد، روى، حكى، ذكر) read as a relay
        when عن and the one relayed follow its subject, then a noun of
        saying with his pronoun ("وروى الصحفي X عن الوزير Y قوله «…»") or,
        after أورد, a source and أنّ ("وأورد موقع X عن مصدر مطلع أن"); else
        None ("روى عن تجربته", "حكت عن معاناتها": about)."""
        toks = self.doc.toks
        n = self.n
        k = hit.np_start
        if "عن" not in toks[k : k + 11]:
            # (one C-level scan first: the loop below stops at the tenth
            # word after the cue's and tests that word for عن too; most
            # verbs of telling have none there)
            return None
        while k < n and k - hit.np_start < 10 and toks[k] != "عن":
            if not self.is_word[k] or self.in_quote[k] or toks[k] in _THAT:
                return None
            k += 1
        if k + 2 >= n or toks[k] != "عن" or not self.is_word[k + 1]:
            return None
        b, ra, rb = self.scan_np(k + 1, n, None)
        if b >= n or b == k + 1:
            return None
        for _ in range(2):
            if not (toks[b] == "عن" and b + 2 < n and self.is_word[b + 1]):
                break
            # "وأوردت صحيفة X عن وكالة Y عن مسؤول قوله": the outlet told
            # between (relayed_through), then the one relayed
            outlet = self.classify(k + 1, b, ra, rb, None)
            if outlet is None or not (_news_outlet(outlet) or toks[k + 1] in _WIRE_NAMES):
                return None
            k = b
            b, ra, rb = self.scan_np(k + 1, n, None)
            if b >= n or b == k + 1:
                return None
        cue = hit.cue
        relayed = None
        if (
            toks[b] not in _SAYING_OF_THEM
            and not (
                toks[b] in _THAT and toks[k + 1] in lx.ANONYMOUS_HEADS and _lemma_key(cue) == "اورد"
            )
            # ("وأوردت صحيفة X عن وكالة Y أن": another outlet after عن is
            # the source the first relays, not what it reported about)
            and not (
                toks[b] in _THAT
                and _lemma_key(cue) in _TOLD_FROM_OUTLET
                and (relayed := self.classify(k + 1, b, ra, rb, None)) is not None
                and (_news_outlet(relayed) or toks[k + 1] in _WIRE_NAMES)
            )
        ):
            return None
        if relayed is None and self.classify(k + 1, b, ra, rb, None) is None:
            return None  # ("وحكت X عن والدها قوله": no one the engine can name)
        return lx.Cue(cue.lemma, lx.RELAY, cue.gender, cue.number, "عن")

    def subject_after_outlet(self, i: int, cue: lx.Cue | None = None) -> int:
        """The token that opens a title or a source right after the outlet
        (or the press) told at token ``i`` ("لـ«الحياة»", "لوكالة الأنباء
        الرسمية", "للصحفيين"), within a few words, or -1; not the outlet's
        own adjective ("لصحيفة الشعب الناطقة باسم الحزب" after a masculine
        verb, "لموقع الحزب الناطق باسمه")."""
        toks = self.doc.toks
        n = self.n
        m = i + 1
        if toks[i] == "ل":
            m = self.closing_mark(i + 1, n, 8)
            if m < 0:
                return -1
            m += 1
        start = m
        if (toks[i] == "ل" or toks[i] in _TO_PEOPLE) and self.bare_name_told(m):
            # "وقالت لـ«بي بي سي» ليلى X إن", "وقال للصحفيين سمير X إن": the
            # outlet closed by its marks (or the one word of the press), then
            # a bare name, the verb's subject
            return m
        while m < n and m - start < 4 and self.is_word[m] and not self.in_quote[m]:
            t = toks[m]
            if t in _TITLE_LIKE:
                if (m + 1 < n and toks[m + 1] in _OUTLETS_OWNER) or (
                    cue is not None
                    and cue.gender == lx.M
                    and t[-1:] == "ه"
                    and t[:-1] in _TITLE_LIKE
                ):
                    return -1
                return m
            if t in lx.NP_STOP or _CUE_INFO[t] is not None:
                return -1
            if m > start and toks[m - 1][:2] == "ال" and t[:2] != "ال" and self.bare_name_told(m):
                # "لوكالة الأنباء الفرنسية ليلى X إن": the outlet's definite
                # words, then a bare name
                return m
            m += 1
        if m < n and m - start < 4 and toks[m] in QUOTE_MARKS:
            # "لصحيفة «الحياة» وزير الخارجية": the outlet's name in marks
            c = self.closing_mark(m, n, 8)
            if c > 0 and c + 1 < n and toks[c + 1] in _TITLE_LIKE and self.is_word[c + 1]:
                return c + 1
            if c > 0 and c + 1 < n and self.bare_name_told(c + 1):
                # "لوكالة «أ.ف.ب» ليلى X إن": after the outlet's name in
                # marks, a bare name
                return c + 1
        return -1

    def bare_name_told(self, k: int) -> bool:
        """Tokens from ``k``, right after an outlet or the press told the
        words, are a bare name, the verb's subject: a given name (or a name
        met before) with no article, then at most two more words, ended by
        أنّ/إنّ, a colon or a comma ("ليلى X إن", "سمير X، وزير النقل،",
        "ليلى، وهي أم …:")."""
        toks = self.doc.toks
        n = self.n
        if k >= n or not self.is_word[k] or self.in_quote[k]:
            return False
        w = toks[k]
        if (
            (w not in _GIVEN_NAMES and not (len(w) > 3 and self.known_name_word(w)))
            or w in _NAME_TIME_NOUNS
            or w in _TITLE_LIKE
            or w in lx.NP_STOP
        ):
            return False
        e = k + 1
        while (
            e < n
            and e - k < 3
            and self.is_word[e]
            and not self.in_quote[e]
            and (t := toks[e]) not in _THAT
            and t not in lx.NP_STOP
            and t not in _TITLE_LIKE
            and _CUE_INFO[t] is None
        ):
            e += 1
        return (
            e < n
            and (toks[e] in _THAT or toks[e] == ":" or toks[e] in _COMMA_SET)
            and self.name_like(k, e)
        )

    def document_issued(self, k: int) -> int:
        """The token of the document issued after its issuer, read from
        token ``k`` ("صدر عن الحزب بيان جاء فيه"), within twelve words, or
        the text's end."""
        toks = self.doc.toks
        for m in range(k + 1, min(self.n, k + 13)):
            if not self.is_word[m]:
                break
            if toks[m] in lx.DOCUMENT_HEADS:
                return m
        return self.n

    def opens_described_name(self, j: int, end: int) -> bool:
        """Token ``j``, right after a nationality ("الإسباني X Y", "وقالت
        الأمريكية جين Y"), opens the name the nationality describes, with a
        word after it before ``end``: a name-like word, no article, stop,
        title or body's head (subject_of, main_clause_subject)."""
        if j + 1 >= end:
            return False
        t = self.doc.toks[j]
        return (
            self.is_word[j]
            and not self.in_quote[j]
            and t[:2] != "ال"
            and t not in lx.NP_STOP
            and not _IS_TITLE_HEAD[t]
            and t not in lx.ORGANIZATION_HEADS
            and self.name_like(j, j + 1)
        )

    def subject_after_adverbial(self, i: int, cue: lx.Cue) -> int:
        """The token that opens the verb's subject after the adverbial phrase
        that a preposition opens at token ``i`` ("وقال في كلمته أمام البرلمان
        رئيس الوزراء X إن", "وأكد خلال اللقاء وزير الخارجية X أن", "وأضاف في
        تصريح لوكالة الأنباء رئيس الهيئة X أن"), or -1.

        The phrase must be complete before the title.  Its noun is definite,
        one's own statement ("في كلمته", "في بيان"), an occasion ("في مؤتمر
        صحفي") or in construct with a definite noun ("في ختام الاجتماع"); not
        a noun a pronoun owns that takes the title for its object ("خلال
        لقائه وزير الخارجية X", "في مؤتمر عقده الوزير X").  The word before
        the title ends the phrase: definite, an outlet in marks, an
        indefinite adjective ("في تصريح صحفي"), not a preposition ("أمام
        رئيس الجمهورية") nor a noun in construct with the title ("خلال
        زيارة وزير الخارجية X"), save one's own statement before a title of
        more than one word ("في بيان الناطق باسم الجيش:"; "في كلمة الوزير"
        may be the minister's speech read by another).  The subject must
        end at أنّ, a colon or a mark."""
        toks = self.doc.toks
        is_word = self.is_word
        n = self.n
        if toks[i] == "علي":
            # "وشدد على هامش القمة الأمين العام X على أن"
            if i + 2 >= n or toks[i + 1] != "هامش":
                return -1
            i += 1
        first = i + 1
        if first + 1 >= n or not is_word[first] or self.in_quote[first]:
            return -1
        w = toks[first]
        if not (
            w[:2] == "ال"
            or w in _OWN_STATEMENTS
            or w in _OWN_STATEMENTS_OWNED
            or w in lx.EVENT_NOUNS
            or (
                (w in _DEMONSTRATIVES or (w[-1] != "ه" and w not in lx.NP_STOP))
                and toks[first + 1][:2] == "ال"
            )
        ):
            # ("في هذا السياق", "في ختام الاجتماع": a definite noun after it)
            return -1
        m = first
        while True:
            if m >= n or m - i > 10:
                return -1
            t = toks[m]
            if self.in_quote[m] and t not in QUOTE_MARKS:
                return -1
            if not is_word[m]:
                if t == "ل" and m + 1 < n and toks[m + 1] in QUOTE_MARKS:
                    m += 1
                    t = toks[m]
                if t not in QUOTE_MARKS:
                    return -1
                # an outlet's name in marks ("لـ«الشروق»")
                c = self.closing_mark(m, n, 8)
                if c < 0:
                    return -1
                m = c + 1
                continue
            if (
                m > first
                and t in lx.ORGANIZATION_HEADS
                and cue.number == _SG
                and (cue.gender == _M) == (t in lx.MASCULINE_ORGS)
                and self.adverbial_ends(m, first, cue)
            ):
                # "وقالت في بيان لها وزارة الخارجية X إن", "وأكد في ختام
                # الاجتماع المجلس الوزاري أن": a body, the verb's agreeing
                # subject (not one a preposition or a noun governs: "أمام
                # البرلمان", "خلال اجتماع مجلس الوزراء", read on)
                return self.subject_ends_at_that(m, cue)
            if (
                m > first
                and (t in _TITLE_LIKE or t in lx.HONORIFICS)
                and t != "امام"
                and toks[m - 1] not in _DEMONSTRATIVES
                # (the title a preposition governs is read on: "خلال
                # مؤتمر صحفي مشترك مع نظيره الفرنسي وزير الخارجية X")
                and toks[m - 1] not in _ADVERBIAL_INSIDE
            ):
                # (أمام folds as إمام, an imam; "في هذا الإطار" is no post)
                if not (
                    (t[-1] == "ي" or t[-2:] == "يه")
                    and (toks[m - 1][:2] == "ال") == (t[:2] == "ال")
                    and toks[m - 1] not in _TITLE_LIKE
                    and is_word[m - 1]
                ):
                    break
                # "في مؤتمر صحفي", "في المؤتمر الصحفي": a nisba after a
                # noun as definite as it is its adjective, no journalist
            elif m > first:
                if t in _ADVERBIAL_INSIDE:
                    if t == "علي" and m + 1 < n and toks[m + 1] in _ON_TONGUE:
                        return -1  # ("في بيان على لسان X": a source)
                elif t in _HIS_HER and toks[m - 1] in _OWN_STATEMENTS:
                    pass  # "في تصريح له رئيس الهيئة X"
                elif t in lx.NP_STOP or _CUE_INFO[t] is not None:
                    return -1
            m += 1
        if not self.adverbial_ends(m, first, cue):
            return -1
        return self.subject_ends_at_that(m, cue)

    def adverbial_ends(self, m: int, first: int, cue: lx.Cue) -> bool:
        """The adverbial phrase whose noun is at token ``first`` ends before
        token ``m`` (subject_after_adverbial): the word before it definite,
        an outlet in marks, an indefinite adjective, له/لها after one's own
        statement; the noun itself only if one's own statement owned by a
        pronoun or definite, or before a subject of more than one word."""
        toks = self.doc.toks
        p = toks[m - 1]
        if m - 1 == first and p[:2] != "ال" and p not in _OWN_STATEMENTS_OWNED:
            # the noun itself before the title: its genitive, unless one's
            # own statement before a title of more words
            return p in _OWN_STATEMENTS and self.scan_np(m, self.n, cue)[0] - m >= 2
        return (
            (
                p in QUOTE_MARKS
                or p[:2] == "ال"
                or p[:3] in _DEFINITE_GLUED
                or (len(p) > 3 and (p[-1] == "ي" or p[-2:] == "يه"))
            )
            and p not in _ADVERBIAL_INSIDE
        ) or (p in _HIS_HER and toks[m - 2] in _OWN_STATEMENTS)

    def subject_ends_at_that(self, m: int, cue: lx.Cue) -> int:
        """``m`` when the phrase that opens there ends at أنّ, a colon or a
        mark (subject_after_adverbial), else -1."""
        toks = self.doc.toks
        n = self.n
        b = self.scan_np(m, n, cue)[0]
        if b >= n or b == m:
            return -1
        t = toks[b]
        if t in _THAT or t == ":" or t in QUOTE_MARKS:
            return m
        if t in _TO_OR_ON and b + 1 < n and toks[b + 1] in _THAT:
            # "وشدد … على أن", "وأشار … إلى أن"
            return m
        return -1

    def what_relayed(self, hit: _CueHit) -> _CueHit:
        """The relay cue after a prepositional source and "ما" ("«…»، بحسب
        ما نقلته وكالة X عن Y", "وفق ما نقلت عنه الصحيفة"): "according to
        what X relayed from Y" tells Y's words, so the relay verb governs
        them, as it does with no preposition; else ``hit``."""
        i = hit.tok
        if (
            hit.cue.kind != lx.PREPOSITION
            or i + 3 >= self.n
            or self.doc.toks[i + 1] not in _WHAT_RELAYED
            or _CUE_INFO[self.doc.toks[i + 2]] is None
        ):
            return hit
        relay = self.cue_at(i + 2)
        if relay is None or relay.cue.kind != lx.RELAY:
            return hit
        if relay.pronoun is None and (self.subject_of(relay) is None or relay.relayer is None):
            # ("بحسب ما نقلت الوكالة": no one the agency relays is named)
            return hit
        return relay

    def relayed_through(self, ent: _Entity, a: int, b: int, cue: lx.Cue) -> _Entity:
        """The source a relay names after an outlet it names as its own
        source (``ent``, read at tokens [a, b)): "نقلت القناة عن وكالة X عن
        مصدر حكومي" tells the source's words, and so does "عن صحيفة X قول
        الوزير Y" (the noun of saying the outlet's phrase ran on into); else
        ``ent``, the outlet itself ("نقلت القناة عن صحيفة X أن")."""
        toks = self.doc.toks
        n = self.n
        for _ in range(3):
            if not (_news_outlet(ent) or toks[a] in _WIRE_NAMES):
                return ent
            words_of = self.relayed_words(a + 1, cue)
            if words_of is not None and words_of[0] < b:
                return words_of[1]  # "عن صحيفة X قول الوزير Y"
            if not (b + 1 < n and toks[b] == "عن" and self.is_word[b + 1]) or self.in_quote[b + 1]:
                return ent
            b2, ra2, rb2 = self.scan_np(b + 1, n, None, relayed=True)
            further = self.classify(b + 1, b2, ra2, rb2, None)
            if further is None:
                return ent
            ent, a, b = further, b + 1, b2
        return ent

    def relayed_words(self, k: int, cue: lx.Cue) -> tuple[int, _Entity] | None:
        """The person whose words a relay verb with no عن carries: a noun of
        saying in construct with a named or titled person a few words after
        the relayer ("وتنقل البرقية الصادرة بتاريخ … قول الرئيس X"), past
        the relayer's date or description; None when the noun is not there,
        carries a pronoun ("نقل كلامه إلى"), or what follows is no person
        ("نقلت القناة حديث الساعة"); else the noun's token and the person."""
        toks = self.doc.toks
        n = self.n
        m = k
        while (
            m < n
            and m - k < 10
            and toks[m] not in _WORDS_OF
            and (self.is_word[m] or m in self.date_token_index)
            and not self.in_quote[m]
            and _cue_of(toks[m]) is None
        ):
            m += 1
        if m + 1 >= n or toks[m] not in _WORDS_OF:
            return None
        if not self.is_word[m + 1] or self.in_quote[m + 1]:
            return None
        b, ra, rb = self.scan_np(m + 1, n, cue)
        ent = self.classify(m + 1, b, ra, rb, None)
        if ent is None or ent.kind != PERSON:
            return None
        t = b
        while (
            t < n
            and t - b < 15
            and not self.in_quote[t]
            and toks[t] not in QUOTE_MARKS
            and toks[t] not in _SENTENCE_END
            and toks[t] != ":"
        ):
            if self.is_word[t] and _cue_of(toks[t]) is not None:
                # "ونقل المبعوث X كلام الرئيس Y إلى مجلس الأمن، وقال: «…»",
                # "… إلى اللاعبين قائلا:": a verb of saying of his own before
                # the words, the one who conveys speaks
                return None
            t += 1
        return m, ent

    def via_of(self, hit: _CueHit, upto: int) -> str | None:
        doc = self.doc
        toks = doc.toks
        if hit.cue.kind == lx.RELAY and hit.pronoun is not None:
            b, _, _ = self.scan_np(hit.np_start, self.n, None)
            if b > hit.np_start:
                return doc.orig(doc.starts[hit.np_start], doc.ends[b - 1])
        if hit.cue.kind == lx.RELAY:
            # (read with the cue: "وينقل السفير عن X", عن ends the title; the
            # phrase subject_of read for this hit is not read again)
            if (
                (scanned := self.relay_scans.get(hit.tok)) is not None
                and scanned[0] is hit
                and scanned[1] == hit.np_start
            ):
                b = scanned[2]
            else:
                b, _, _ = self.scan_np(hit.np_start, self.n, hit.cue)
            particle = _RELAY_PARTICLE.get(hit.cue.lemma, "عن")
            if particle == "الي" and (m := self.put_to(hit.np_start, b)) > 0:
                b = m  # "ونسب السفير إلى الملك قوله": the envoy relays
            if b > hit.np_start and hit.np_start < self.n and toks[b : b + 1] == [particle]:
                return doc.orig(doc.starts[hit.np_start], doc.ends[b - 1])
            if particle == "عن" and (words_of := self.relayed_words(hit.np_start + 1, hit.cue)):
                # "وتنقل البرقية قول الرئيس X": the relayer, before the noun
                b, _, _ = self.scan_np(hit.np_start, words_of[0], None)
                if b > hit.np_start:
                    return doc.orig(doc.starts[hit.np_start], doc.ends[b - 1])
        stop = upto if upto < self.n else self.n  # (not min(): see run())
        inside = self.in_quote.find(1, hit.tok + 1, stop)
        end = stop if inside == -1 else inside
        b = hit.np_end
        if (
            hit.np_start < b < end
            and "ل" <= toks[b] < "م"
            and (j := self.outlet_name_end(hit.np_start, b)) > 0
        ):
            # "وقال مصدر أمني لفرانس برس": the outlet the subject spoke to
            # by its own name (scan_np ended the subject there)
            return doc.orig(doc.starts[b] + 1, doc.ends[j - 1])
        if _MAY_NAME_OUTLET.isdisjoint(toks[hit.tok + 1 : end]):
            return None  # (what the loop below finds then)
        for k in range(hit.tok + 1, end):
            t = toks[k]
            if t not in _MAY_NAME_OUTLET:
                continue
            if (
                hit.np_start < k < hit.np_end
                and hit.cue.kind != lx.RELAY
                and (
                    toks[k - 1] in _TITLE_LIKE
                    or (k - 2 >= hit.np_start and toks[k - 2] in _TITLE_LIKE)
                    # (or a newsroom's department: "رئيس مجلس الإدارة لقناة
                    # …", "مدير الأخبار لإذاعة …")
                    or toks[k - 1] in _NEWSROOM_DEPARTMENTS
                )
            ):
                # "وقال المدير العام لوكالة الأنباء الجزائرية محمد علي": an
                # outlet inside the subject's phrase is the post's genitive,
                # where the speaker works, not the one he spoke to (right
                # after the post or its adjective: not "وقال المتحدث باسم
                # الجيش اللبناني لوكالة فرانس برس", the phrase run on past
                # the post's own genitive into the one told)
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
                and (
                    (w := toks[k - 1]) in _OUTLET_BEFORE
                    or w.startswith("نقل")
                    or w in _CARRIED
                    or (w[:1] in "وف" and w[1:] in _CARRIED)
                )
            ):
                outlet, skip, prefix = t, 0, ""
            if outlet is None:
                continue
            # (stop, not upto: "+12" past a cue near the text's end runs past it)
            return self.outlet_named(k, skip, prefix, stop, hit.np_start)
        return None

    def outlet_named(self, k: int, skip: int, prefix: str, stop: int, subject: int) -> str:
        """The outlet whose head is token ``k`` (its first ``skip`` letters,
        لـ or لل, dropped and ``prefix`` put back): the head, its name in
        marks, and up to three words before ``stop``, what ends a phrase, أنّ
        or the token ``subject``."""
        doc = self.doc
        toks = doc.toks
        j = k + 1
        if j < self.n and toks[j] in QUOTE_MARKS:
            # "لإذاعة "موزاييك"": take the name in marks with its marks
            m = self.closing_mark(j, self.n, 6)
            if m >= 0:
                j = m + 1
        while j < stop and j - k < 4 and self.is_word[j] and toks[j] not in lx.NP_STOP:
            if toks[j] in _THAT or j == subject:
                # ("وأوضح لوكالة الأنباء الرسمية مدير الأمن": the subject)
                break
            j += 1
        return prefix + doc.orig(doc.starts[k] + skip, doc.ends[j - 1])

    def via_after_quote(self, close: int) -> str | None:
        """The outlet named after the quote closed at token ``close``, a comma
        and a relay's preposition between ("وقال X إن «…»، نقلا عن وكالة
        Y.", "«…»، بحسب ما نقلته قناة Y", "، وفقا لصحيفة Y"): the words
        reached the article through it. The outlet's head must come within
        four words of the preposition, in its sentence, no mark between;
        not a source that is no outlet ("، نقلا عن مصادر مطلعة")."""
        toks = self.doc.toks
        a = close + 2
        if (
            a + 2 < self.n
            and toks[a] == "كما"
            and toks[a + 1] in _AS_REPORTED
            and toks[close + 1] in _COMMAS
            and (toks[a + 2] in lx.OUTLET_HEADS or toks[a + 2] in _WIRE_NAMES)
        ):
            # "«…»، كما نقلت قناة Y.": "as Y carried it", the outlet ending
            # the sentence (not "، كما نقلت قناة Y عن مصادر أن": a new
            # report, nor "، كما حذرت صحيفة Y من": the narrator's next clause)
            e = a + 2
            while e < self.n and e - a <= 6 and self.is_word[e] and not self.in_quote[e]:
                e += 1
            if (
                (e >= self.n or toks[e] in _SENTENCE_END)
                and _THAT.isdisjoint(toks[a + 2 : e])
                and "عن" not in toks[a + 2 : e]
            ):
                return self.outlet_named(a + 2, 0, "", e, -1)
            return None
        if a + 1 >= self.n or toks[close + 1] not in _COMMAS or toks[a] not in _RELAY_AFTER_WORDS:
            return None
        sid = self.sent[a]
        end = min(self.n, a + 5)
        bare = a + 1  # (where a wire's name alone may stand)
        for k in range(a + 1, end):
            t = toks[k]
            if k == bare and t in QUOTE_MARKS:
                # "، وفق «رويترز»", "، نقلا عن «وكالة الأنباء الرسمية»": the
                # outlet's name in marks, a wire's name or an outlet's head
                # first, four words at most (read as words in marks until
                # the names are told from quotes; kw18a)
                m = self.closing_mark(k, self.n, 6)
                if m > k + 1 and self.sent[m] == sid and all(self.is_word[k + 1 : m]):
                    w = toks[k + 1]
                    if w in _WIRE_NAMES or w in lx.OUTLET_HEADS:
                        return self.outlet_named(k + 1, 0, "", m, -1)
                return None
            if not self.is_word[k] or self.in_quote[k] or self.sent[k] != sid:
                return None
            if t in lx.OUTLET_HEADS:
                return self.outlet_named(k, 0, "", self.n, -1)
            if t[:1] == "ل" and t[1:] in lx.OUTLET_HEADS:
                return self.outlet_named(k, 1, "", self.n, -1)
            if t[:2] == "لل" and "ال" + t[2:] in lx.OUTLET_HEADS:
                return self.outlet_named(k, 2, "ال", self.n, -1)
            if t == "عن" and k == bare:
                bare = k + 1
            if k == bare:
                # "، نقلا عن رويترز", "، وفقا لفرانس برس": a wire known
                # by its name alone, no head before it, right after the
                # relay's word or its عن (kw17c), or the mark opening it
                if t in _WIRE_NAMES:
                    return self.outlet_named(k, 0, "", self.n, -1)
                if t[:1] == "ل" and t[1:] in _WIRE_NAMES:
                    return self.outlet_named(k, 1, "", self.n, -1)
        return None

    def sayings_chain(self, o: int, prev_sent: int) -> bool:
        """The quote opening at token ``o`` ends a string of sayings in marks
        on one line, set apart by ellipses or periods alone, that holds the
        quote before it (sentence ``prev_sent``): "X: «…»... «…»... «…»", a
        headline's or a lead's string of one speaker's words, however many
        the periods make sentences (some words in marks in it may be no
        quotes: a single word, a topic's name)."""
        toks = self.doc.toks
        in_quote = self.in_quote
        is_word = self.is_word
        inside = False
        k = o - 1
        stop = o - 80 if o > 80 else 0
        while k >= stop:
            t = toks[k]
            if in_quote[k]:
                pass
            elif t in QUOTE_MARKS:
                inside = not inside
            elif inside:
                if not is_word[k]:
                    return False
            elif t != "." and t != "…":
                break
            k -= 1
        else:
            return False
        k += 1
        return (
            not inside
            and k < o
            and self.sent[k] <= prev_sent
            and toks[k] in QUOTE_MARKS
            and "\n" not in self.doc.folded[self.doc.starts[k] : self.doc.starts[o]]
        )

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
        # "ونسب إلى الملك أنه …، وإلى السفير X قوله … إن «…»", "ونقلت عن X
        # قوله «…»، وعن Y قوله «…»": the one the relay's particle, repeated
        # with و, names next with his words speaks (the relay may have told
        # a quote of the first one since)
        # (through relay_toks, the hits that are or may become relays: the
        # others were passed over one by one, quadratic in a sentence of
        # thousands of cues with no stop)
        relay_toks = self.relay_toks
        for k in range(bisect_left(relay_toks, q.open_tok) - 1, -1, -1):
            relay = cue_hits[relay_toks[k]]
            if relay.tok < first:
                break
            if relay.cue.kind == lx.RELAY:
                after = hit.tok if hit is not None and hit.tok > relay.tok else relay.tok
                second = self.second_relayed(relay, after, q.open_tok)
                if second is not None:
                    doc = self.doc
                    said = doc.orig(doc.starts[relay.tok], doc.ends[relay.tok])
                    return _Attribution(second, said, None, 0.85, False, relay.tok, None)
                break
        if (
            (hit is None or toks[hit.tok] in _CONTACT)
            and q.open_tok > first + 2
            and toks[q.open_tok - 1] == ":"
            and (own := self.contacted_before_colon(q.open_tok - 1, first)) is not None
        ):
            # "وتواصلت «الصحيفة» مع الوزير X: «…»": the one contacted answers
            # (before, no cue, or "وتواصل" read as "goes on" with no subject)
            v = self.verb_back(_CONTACT, q.open_tok - 1, first, 12)
            said = doc.orig(doc.starts[v], doc.ends[v])
            return _Attribution(own, said, None, 0.7, False, v, None)
        if (
            q.open_tok >= 2
            and toks[q.open_tok - 2] in _QUESTION_NOUNS_IN_CONSTRUCT
            and q.open_tok >= 3
            and toks[q.open_tok - 3] in _ON_THE_QUESTION
            and (own := self.question_owner(q.open_tok - 1, q.open_tok)) is not None
        ):
            # "وردا على سؤال الصحفي «…»، قال الوزير": the words in marks right
            # after a question in construct with its asker are the asker's,
            # not those of the one who answers after them (dev30s)
            k = q.open_tok - 2
            said = doc.orig(doc.starts[k], doc.ends[k])
            return _Attribution(own, said, None, 0.7, False, k, None)
        if (
            hit is None
            and q.open_tok == first
            and sid > 0
            and toks[first - 1] == ":"
            and not q.answer
            and q.headline <= 0
        ):
            # "… وتحدث عن الانتصار وقال:\n«…»": the words open the line after
            # a verb of saying and its colon at the end of the one before;
            # that verb introduces them, read in its own sentence
            before = self.sent_first[sid - 1]
            k = bisect_left(hit_toks, first - 1) - 1
            if (
                k >= 0
                and toks[hit_toks[k]] in _WROTE
                and hit_toks[k] == before
                and self.byline(before, first - 1)
            ):
                # "كتب- X Y:\n«…»، هكذا بدأ النائب Z": the byline's colon
                # heads the article, not the words on the next line; they
                # are told after them, or by none (rev34)
                pass
            elif (
                k >= 0 and hit_toks[k] >= before and self.in_quote.rfind(1, hit_toks[k], first) < 0
            ):
                hit = cue_hits[hit_toks[k]]
                if hit.np_start <= first - 1:
                    sid -= 1
                    first = before
                    lo = self.in_quote.rfind(1, first, hit.tok) + 1 or first
                    left = hit_toks[bisect_left(hit_toks, lo) : k + 1]
                else:
                    hit = None
            elif (
                2 <= first - 1 - before <= 10
                and all(self.is_word[before : first - 1])
                and self.in_quote.rfind(1, before, first - 1) < 0
            ):
                # "السفير الأمريكي لشؤون X لسفيرنا:\n«…»": a line of words
                # and its colon, no verb, heads the words on the next line;
                # read as the label of a headline ("X: «…»") in its own line
                sid -= 1
                first = lo = before
        # (the readings of a cue after another in the words before the
        # marks: none for a quote with one cue or none before it)
        if len(left) >= 2:
            if (
                hit is not None
                and (
                    hit.cue.kind == lx.IMPERSONAL
                    or hit.cue.kind == lx.VERB
                    # ("وأضاف X، بحسب ما نقلته صحيفة Y، أن": Y relays X; with
                    # "عنه" the relay's pronoun is X already)
                    or (hit.cue.kind == lx.RELAY and hit.pronoun is None)
                )
                and len(left) >= 3
                and left[-2] == hit.tok - 2
                and (toks[hit.tok - 1] == "ما" or toks[hit.tok - 1] == "لما")
                and cue_hits[left[-2]].cue.kind == lx.PREPOSITION
                and cue_hits[left[-3]].cue.kind in (lx.VERB, lx.RELAY)
            ):
                # "وتابع المصرفي، وفق ما ورد في الوثيقة:": "according to what is
                # in the document" is one prepositional source, an aside as
                # "بحسب الوثيقة" is (below); so is "وقال الوزير، بحسب ما أفادت
                # صحيفة X، إن": the outlet relays, the verb's subject speaks
                left = left[:-1]
                hit = cue_hits[left[-1]]
            elif (
                hit is not None
                and len(left) >= 2
                and toks[hit.tok - 1] in _AS_REPORTED_BY
                and hit.cue.kind in (lx.VERB, lx.RELAY)
                and (main := cue_hits[left[-2]]).cue.kind in (lx.VERB, lx.RELAY)
                and main.np_end is not None
                and main.np_end > main.np_start
                and main.np_end <= hit.tok - 1
                and all(t in _COMMAS for t in toks[main.np_end : hit.tok - 1])
                and self.sent[main.tok] == sid
            ):
                # "وتقول البرقية حسبما ذكر موقع «X»: «…»", "وقال الوزير، حسبما
                # نقلت عنه الوكالة، إن": "as Y reported" right after the verb's
                # subject is an aside on the source; the verb's subject speaks
                # (dev33s)
                left = left[:-1]
                hit = main
            elif (
                hit is not None
                and len(left) >= 2
                and toks[hit.tok - 1] in _RELATIVES
                and hit.np_end < q.open_tok
                and toks[hit.np_end] in _COMMAS
                and (main := self.verb_before_framed_source(hit, left, cue_hits)) is not None
            ):
                # "واوضح X، حسب الصحيفة التي نقلت الوثيقة، ان", "وأكد X،
                # استنادا إلى الموقع الذي نقل البرقية، أن": a relative clause
                # that closes before the words tells of the source of the aside,
                # whose verb says none of them; the verb before it speaks
                hit = main
            if (
                hit is not None
                and hit.cue.kind == lx.PREPOSITION
                and len(left) >= 2
                and cue_hits[left[-2]].cue.kind in (lx.VERB, lx.RELAY)
                and (
                    (
                        toks[hit.tok - 1] in _COMMAS
                        and hit.cue.lemma not in lx.MOUTHPIECE_CUES
                        # (not "…، وحسب الوثائق فإن": with و it opens a clause;
                        # but the و of وفق/وفقا is the word's own: rev31)
                        and (toks[hit.tok][:1] != "و" or toks[hit.tok] in _ACCORDING_TO)
                        # (not "وقالت الصحيفة، نقلا عن شهود، إن": the outlet
                        # relays the words of those it quotes, who speak)
                        and (
                            toks[hit.tok] != "نقلا"
                            or self.outlet_relays_subject(hit, cue_hits[left[-2]])
                        )
                    )
                    or (
                        # "واضاف المسؤول بحسب البرقية ان": right after the verb's
                        # subject, with no و of its own, the source is an aside
                        (
                            toks[hit.tok] in _ACCORDING_TO
                            # ("وقال الوزير X نقلا عن وكالة Y إن": an outlet that
                            # carried his words, as with commas)
                            or (
                                toks[hit.tok] == "نقلا"
                                and self.outlet_relays_subject(hit, cue_hits[left[-2]])
                            )
                        )
                        and (
                            hit.tok - left[-2] <= 5
                            # ("وقال X للصحافيين في مقر الوزارة في بغداد وفقا
                            # لوكالة Y «…»": where and to whom, words only, no
                            # comma nor mark before the source)
                            or (
                                hit.tok - left[-2] <= 10
                                and all(self.is_word[left[-2] + 1 : hit.tok])
                            )
                        )
                        and self.sent[left[-2]] == self.sent[hit.tok]
                        and not any(self.in_quote[left[-2] : hit.tok])
                        and _THAT.isdisjoint(toks[left[-2] + 1 : hit.tok])
                    )
                    or (
                        # "وقال الرئيس X، لدى ترؤسه اجتماعا وفق مقطع فيديو نشرته
                        # الرئاسة، «…»": a carrier and its publisher tell where
                        # the words appeared, however far after the verb's
                        # subject in its sentence (dev29s)
                        toks[hit.tok] in _ACCORDING_TO
                        and self.published_carrier(hit.tok + 1)
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
                and toks[hit.tok - 1] == "كما"
                and len(left) >= 2
                and toks[hit.tok - 2] in _COMMAS
                and (main := cue_hits[left[-2]]).cue.kind == lx.VERB
                and self.sent[main.tok] == sid
                and hit.np_end < q.open_tok
                and not _COMMA_SET.isdisjoint(toks[hit.np_end : q.open_tok])
                and _THAT.isdisjoint(toks[main.tok + 1 : hit.tok])
                and not any(self.in_quote[main.tok : hit.tok])
            ):
                # "وتقول البرقية، كما تشير الصحيفة، «…»", "ويقول الوزير، كما نقلت
                # الصحيفة، إن …": a verb of saying after كما between commas is an
                # aside that names who relays the words; the verb before it,
                # still without its that-clause or its quote, speaks
                hit = main
            elif (
                hit is not None
                and len(left) >= 2
                and toks[hit.tok] in _DESCRIBED
                and _label_in_marks(toks, hit.tok + 1, min(hit.tok + 4, q.open_tok - 1))
            ):
                # "نقلت السفارة عن ناشط وصفته بأنه "مصدر موثوق" قوله إن": the
                # label's clause describes the relayed; the relay cue quotes him
                # (also "وصفته بأنه من "التيار الإصلاحي"": one of a camp; and
                # with its own subject: "في نبرة وصفتها البرقية بـ«الحادة»")
                hit = cue_hits[left[-2]]
            if (
                hit is not None
                and hit.cue.kind == lx.VERB
                and len(left) >= 2
                and toks[hit.tok - 1] in _RELATIVES
                and q.open_tok - hit.tok >= 2
                and self.relative_object_before_words(hit, cue_hits[left[-2]], q.open_tok)
            ):
                # "وأوضح البيان أن الأنباء التي تزعم وجود خطة «لا أساس لها»":
                # the verb of saying in a relative clause has its own object,
                # a noun; the words after it are the predicate of the that-
                # clause the relative clause sits in, whose verb speaks
                hit = cue_hits[left[-2]]
        if (
            q.open_tok - 4 >= lo
            and toks[q.open_tok - 1] == "علي"
            and toks[q.open_tok - 2] == "نص"
            and (law := self.legal_text_before(q.open_tok - 2, lo, _PROVIDED)) is not None
        ):
            # "أوضح أن قانون الموازنة نص على «…»": the masculine past "نص"
            # (provided) between a legal text and على, right before the
            # words, as ينص/نصت are (no cue of the lexicon: elsewhere it is
            # the noun "text"); the text's words, not the one who cites it
            provided = doc.orig(doc.starts[q.open_tok - 2], doc.ends[q.open_tok - 1])
            return _Attribution(law, provided, None, 0.75, False, q.open_tok - 2, None)
        if (
            self._has_content_word
            and q.open_tok - 3 >= lo
            and (content := self.message_content(q.open_tok, lo)) is not None
        ):
            # "بعث رسالة إلى نظيره مفادها أن «…»", "طلب منه نقل رسالة لسفير
            # واشنطن فحواها أن «…»": the words are the message's content,
            # its sender's, not the content word's nor the addressee's
            sender, c = content
            said = doc.orig(doc.starts[c], doc.ends[c])
            return _Attribution(sender, said, None, 0.75, False, c, None)
        if q.headline > 0:
            b, ra, rb = self.scan_np(0, q.headline, None)
            if (
                0 < b < q.headline
                and toks[q.headline] == ":"
                and self.told_in_label(0, b, q.headline, True)
            ):
                # "وزير الصحة لموقع الشروق: …", "محافظ المدينة لشمس إف إم:
                # …": the title, then the outlet it spoke to
                ent = self.classify(0, b, b, b, None)
            elif b == q.headline:
                ent = self.classify(0, b, ra, rb, None)
            elif self.label_then_occasion(0, b, q.headline):
                # (or "وزير الصحة في كلمته: …": the label, then the occasion)
                ent = self.occasion_label_speaker(self.classify(0, b, ra, rb, None), 0)
            else:
                ent = None
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
        if (
            hit is None
            and q.open_tok >= 2
            and toks[q.open_tok - 1] == ":"
            and (owned := _OWNED_SAYINGS.get(toks[q.open_tok - 2])) is not None
        ):
            # "وما يثير الاستغراب تساؤله: «…»": his question, no label; the
            # pronoun is resolved as an elided subject is
            # (a preposition's kind, as "على حد تعبيره": no subject is looked
            # for before it, "وما يثير" is none)
            hit = _CueHit(
                q.open_tok - 2, q.open_tok - 1, lx.Cue("قال", lx.PREPOSITION, *owned), owned
            )
        elif hit is None and q.open_tok >= 2 and toks[q.open_tok - 1] == ":":
            # a headline or a transcript: "الغنوشي: «…»"
            k = q.open_tok - 2
            while k > first and q.open_tok - k < 7 and self.is_word[k - 1]:
                k -= 1
            if k > first and self.sent[q.open_tok - 1] != self.sent[q.open_tok]:
                k = first  # (a label line of its own: all its words, up to ten)
            # (a live blog's line, "10:30 النائب X: «…»": the time of day
            # before the label is no word of it; the label opens the line)
            clocked = (
                k < first + 5 and (c := _after_clock(toks, first, k)) > 0 and c < q.open_tok - 1
            )
            if clocked:
                k = c
            if (
                (
                    k == first
                    and toks[k][0] in "وف"
                    and q.open_tok - k > 3
                    and toks[k + 1] in _TITLE_LIKE
                    and toks[k] not in _TITLE_LIKE
                    # (not a headline's "ومصدر مسؤول:", a noun with و)
                    and toks[k][1:] not in lx.ANONYMOUS_HEADS
                )
                or (
                    q.open_tok - k > 3
                    and (
                        (k == first and toks[k][0] in "وف")
                        # "وفي تعليقه على …، أطلق X صيحة فزع بهذه العبارات:":
                        # the verb after a fronted adverbial and its comma
                        or (k > first + 1 and toks[k - 1] in _COMMAS)
                    )
                    and self.person_word_met(toks[k + 1])
                    and not self.person_word_met(toks[k])
                    and toks[k] not in _GIVEN_NAMES
                    and toks[k] not in _TITLE_LIKE
                    and _cue_of(toks[k]) is None
                )
            ):
                # "ودق X ناقوس الخطر بهذه الكلمات: «…»": a verb, then a name
                # met before, its subject, and the verb's object: no label
                # heading the words; the subject speaks
                # "وأعاد رئيس الدائرة السؤال بصيغة أخرى: «…»": a verb and its
                # subject, no label heading the words; the subject speaks
                pseudo = _CueHit(q.open_tok, q.open_tok, _NO_CUE)
                ent = self.main_clause_subject(pseudo, first)
                if ent is not None:
                    return _Attribution(ent, None, confidence=0.5, cue_tok=k)
            elif (
                k == first
                and k == q.open_tok - 2
                and toks[k] in _COMMENT_LABELS
                and (told := self.document_commented(entities, q.start)) is not None
            ):
                # "ملاحظة: «…»", "تعليق: «…»" heading a line in an account of
                # a cable: the cable's comment (its writer's), no person
                # named "ملاحظة"
                return _Attribution(told, ":", confidence=0.6, cue_tok=k)
            elif self.is_word[k] and (
                k == first
                or clocked
                # (the lines run together: right after the last label's
                # quote or the colon that announces them, "… المداخلات:
                # النائب X: «…» النائبة Y: «…»")
                or toks[k - 1] == ":"
                or (toks[k - 1] in QUOTE_MARKS and self.in_quote[k - 1])
            ):
                if k == first and toks[k] in _TEXT_FOLLOWS:
                    j = k + 1
                    while j < q.open_tok - 2 and toks[j] in _TEXT_FOLLOWS:
                        j += 1
                else:
                    j = 0
                if (
                    j
                    and j < q.open_tok - 2
                    and toks[j] in _GROUNDS
                    and toks[j + 1] in lx.DOCUMENT_HEADS
                ):
                    # "وفيما يلي نص البلاغ: «…»", "وهذا نص البيان:": the
                    # document whose text follows (its issuer, named before,
                    # speaks), no person "وهذا نص"
                    ent = self.classify(j, q.open_tok - 1, q.open_tok - 1, q.open_tok - 1, None)
                    if ent is not None and ent.kind == DOCUMENT:
                        return _Attribution(ent, ":", confidence=0.6, cue_tok=k)
                b, ra, rb = self.scan_np(k, q.open_tok - 1, None)
                if k == first and k + 1 < q.open_tok - 1 and toks[k] in _TITLE_LIKE:
                    # "وزير الخارجية لنظيره الأمريكي: «…»", "الرئيس
                    # للمواطنين:", "وزيرة الصحة لمديري المستشفيات:": a
                    # headline's post, then whom the words were for, glued to
                    # لـ (the post itself, the title of one word with the
                    # article or its construct, ends before it); the post speaks
                    m = b if k < b < q.open_tok - 1 else k + 1 + (toks[k][:2] != "ال")
                    if m < q.open_tok - 1 and self.told_in_label(k, m, q.open_tok - 1, True):
                        ent = self.classify(k, m, m, m, None)
                        if ent is not None and ent.kind in (PERSON, ORGANIZATION):
                            return _Attribution(ent, ":", confidence=0.6, cue_tok=k)
                if k == first and (m := self.headline_addressee(k, q.open_tok - 1)):
                    # "بري للنواب: «…»", "بنكيران لمناضلي حزبه: «…»": the
                    # name, then whom the words were for
                    b, ra, rb = self.scan_np(k, m, None)
                    ent = self.classify(k, b, ra, rb, None) if b == m else None
                    if ent is not None and ent.kind == PERSON:
                        return _Attribution(ent, ":", confidence=0.6, cue_tok=k)
                    b = -1
                elif (
                    b != q.open_tok - 1
                    and k == first
                    and (m := self.titled_label_addressee(k, q.open_tok - 1))
                ):
                    # "السفير الأمريكي لشؤون X لسفيرنا في واشنطن: «…»": a
                    # title's label, then the one the words were for
                    b, ra, rb = self.scan_np(k, m, None)
                    ent = self.classify(k, b, ra, rb, None) if b == m else None
                    if ent is not None and ent.kind in (PERSON, ANONYMOUS):
                        return _Attribution(ent, ":", confidence=0.6, cue_tok=k)
                    b = -1
                if k == first and self.label_then_occasion(k, b, q.open_tok - 1):
                    # "وزير الصحة في كلمته: «…»": the label speaks
                    ent = self.occasion_label_speaker(self.classify(k, b, ra, rb, None), k)
                    if ent is not None:
                        return _Attribution(ent, ":", confidence=0.6, cue_tok=k)
                if b == q.open_tok - 1 and not (k == b - 1 and toks[k] in _ASKED_HIM):
                    # (not "وسأله: «…؟»": the verb of asking and the one
                    # asked, its subject elided, no label)
                    ent = self.classify(k, b, ra, rb, None)
                    if ent is not None and not (
                        k == q.open_tok - 2
                        and toks[k][0] in "وف"
                        and prev is not None
                        and prev[0] is not None
                        and self.bare_conj_label(k, ent)
                    ):
                        return _Attribution(ent, ":", confidence=0.6, cue_tok=k)
        elif (
            hit is None
            and q.marked
            and 3 <= q.open_tok - first <= 10
            and (c := self.headline_label_colon(q, first)) > 0
        ):
            # "نصر الله: المقاومة «أقوى من أي زمن مضى»": a headline's label
            # and its colon, then a few words of the speaker's own before the
            # ones in marks that end the line; the label speaks (dev29s)
            b, ra, rb = self.scan_np(first, c, None)
            ent = self.classify(first, b, ra, rb, None) if b == c else None
            # (one person: a plural label, "الضيوف: X وY «…»", lists people
            # and describes them, mend29a; classify reads a definite word
            # alone as a family name)
            if (
                ent is not None
                and ent.kind == PERSON
                and ent.number == lx.SG
                and not (b == first + 1 and _plural_label(toks[first]))
            ):
                return _Attribution(ent, ":", confidence=0.5, cue_tok=first)
        if (
            hit is not None
            and q.close_tok + 2 < self.n
            and toks[q.close_tok + 1] in _COMMAS
            and toks[q.open_tok - 1] != ":"
            and toks[q.open_tok - 1] not in _THAT
            # (words with no marks end where their sentence does: a comma
            # after them opens the next one, "…\nبالمقابل، أشار X")
            and (q.marked or self.sent[q.close_tok + 2] == self.sent[q.close_tok - 1])
            and toks[q.close_tok + 2][0] not in "وف"
            and (h := self.cue_at(q.close_tok + 2)) is not None
            and h.cue.kind == lx.VERB
            and h.np_start < self.n
            and self.is_word[h.np_start]
            and toks[h.np_start] not in lx.NP_STOP
            # (a bare title, "«…»، يقول الخبير", may be the person the earlier
            # cue's clause introduced: the earlier cue stays)
            and toks[h.np_start] not in _TITLE_LIKE
        ):
            # "… وفق ما جاء في لائحة الاتهام … «…»، قال البجاوي": a saying verb
            # right after the quote and its comma, with a named subject, is the
            # quote's own cue; an earlier cue in a run-on sentence that does
            # not introduce the quote (no colon or أنّ before it) is another's
            hit = None
        elif (
            hit is not None
            and q.close_tok + 3 < self.n
            # (one set test of the word after the words and their comma
            # first: most quotes have none of the sources the three tests
            # below read there)
            and toks[q.close_tok + 1 + (toks[q.close_tok + 1] in _COMMAS)] in _SOURCE_AFTER_WORDS
        ):
            if (
                q.open_tok - hit.tok >= 8
                and (
                    (m := q.close_tok + 1 + (toks[q.close_tok + 1] in _COMMAS))
                    and (toks[m] in _ACCORDING_TO or (toks[m] == "كما" and toks[m + 1] in _AS_CAME))
                )
                and (h := self.cue_at(m if toks[m] != "كما" else m + 1)) is not None
                and h.cue.kind in (lx.PREPOSITION, lx.IMPERSONAL)
                # (not after a verb whose object the words are: "وقال الوزير X
                # في المؤتمر … «…»، بحسب الوكالة", the agency only relays)
                and hit.cue.lemma not in _SAYS_WORDS
                and not any(self.in_quote[hit.tok : q.open_tok])
                and toks[q.open_tok - 1] != ":"
                and _THAT.isdisjoint(toks[hit.tok + 1 : q.open_tok])
            ):
                # "ويبلغ عدد الرسائل … و«…»، بحسب الموقع", "أعربت الوزارة عن أسفها
                # لكون … «…» كما جاء في برقية": a source right after the words,
                # far from a cue that introduces them by no colon and no أنّ,
                # tells who said them (also where a soft break after the words
                # set it in a sentence of its own)
                hit = self.what_relayed(h)
                right_side = True
            elif (
                q.marked
                and toks[(m := q.close_tok + 1 + (toks[q.close_tok + 1] in _COMMAS))] in _AS_WHAT
                # (not words after a colon, the cue's own)
                and toks[q.open_tok - 1] != ":"
                and (
                    (feats := _CLAIMED_IT.get(toks[m + 1])) is not None
                    or (
                        (feats := _REPORTED_IT.get(toks[m + 1])) is not None
                        and toks[q.open_tok - 1] not in _THAT
                        and not _DENYING.isdisjoint(toks[hit.tok + 1 : q.open_tok])
                    )
                )
                and m + 2 < self.n
                and self.is_word[m + 2]
                and not self.in_quote[m + 2]
                and toks[m + 2] not in lx.NP_STOP
                and _named_or_anonymous(
                    self.subject_of(h := _CueHit(m + 1, m + 2, lx.Cue("زعم", lx.VERB, *feats)))
                )
            ):
                # "أكد الوزير X أن الخبر عن «…» مثلما ادعته بعض القنوات
                # مناورة": "as Y claimed it", the words' own pronoun the verb's
                # object, tells who said them, over the cue that governs the
                # clause they stand in (dev23s)
                hit = h
                right_side = True
            elif (
                q.marked
                and q.close_tok + 4 < self.n
                and toks[q.open_tok - 1] != ":"
                and toks[(m := q.close_tok + 1 + (toks[q.close_tok + 1] in _COMMAS))] == "علي"
                and m + 3 < self.n  # (the comma may take the last place)
                and toks[m + 1] == "حد"
                and toks[m + 2] in _SAYING_MASDARS
                and self.is_word[m + 3]
                and not self.in_quote[m + 3]
                and (h := self.cue_at(m)) is not None
                and h.cue.kind == lx.PREPOSITION
                and h.pronoun is None
            ):
                # "… لأن «…» على حد قول الوثيقة", "… «…»، على حد تعبير الوزير X":
                # the source named right after the words in so many words tells
                # who said them, whatever cue stands earlier in the sentence
                # (one that introduces them with a colon aside)
                hit = self.what_relayed(h)
                right_side = True
        if hit is None:
            # a cue right after the quote: "…"، قال الوزير / بحسب المصدر
            k = q.close_tok + 1
            steps = 0
            if k < self.n and toks[k] == ":":
                k = self.n  # "“القدس العربي”:": a label heading what follows
            # (the token after words with no marks may open the next
            # sentence: theirs is their last word's)
            close_sid = self.sent[min(q.close_tok if q.marked else q.close_tok - 1, self.n - 1)]
            jumps = 0
            while k < self.n and steps < 3 and not self.in_quote[k]:
                t = toks[k]
                if (
                    (t == "و" or t in _COMMAS)
                    and q.marked
                    and jumps < 3
                    and k + 2 < self.n
                    and toks[k + 1] in QUOTE_MARKS
                    and self.in_quote[k + 1]
                ):
                    # '“لم نعد نحتمل” و”نريد بيوتنا”، قال السكان', «…»، «…»،
                    # قالت: words in marks coordinated by و or listed with a
                    # comma before the next words in marks share the cue
                    # after those (passed over to their end)
                    j = k + 2
                    while j < self.n and self.in_quote[j] and toks[j] not in QUOTE_MARKS:
                        j += 1
                    if j < self.n and toks[j] in QUOTE_MARKS and self.in_quote[j]:
                        jumps += 1
                        k = j + 1
                        continue
                if t in _SENTENCE_END:
                    # "«…». بهذه العبارة اختصر مصدر …", and after the dots of
                    # an ellipsis ("«…».. بتلك العبارة علق …")
                    j = k + 1
                    while j < self.n and toks[j] == "." and j - k < 3:
                        j += 1
                    if j < self.n and toks[j] in _BACK_REFERENCE:
                        close_sid = self.sent[j]
                        k = j
                        continue
                if (
                    t in _SENTENCE_END
                    and k + 4 < self.n
                    and toks[k + 1] in _IN_A_TONE
                    and self.is_word[k + 2]
                    and (v := toks[k + 3])[:2] != "ال"
                    and self.is_word[k + 3]
                    and v not in lx.NP_STOP
                    and self.is_word[k + 4]
                    and toks[k + 4] not in lx.NP_STOP
                    and not self.in_quote[k + 1 : k + 5].strip(b"\x00")
                ):
                    # "«…». بنبرة حاسمة وصّف رئيس المحكمة X الأجواء": the
                    # sentence after the words opens with the tone they were
                    # said in, then its verb (whatever it is) and who spoke
                    h = self.cue_at(k + 3)
                    if h is None:
                        g = _F if v[-1] == "ت" or v[0] == "ت" else _M
                        h = _CueHit(k + 3, k + 4, lx.Cue("", lx.VERB, g, _SG))
                    hit = h
                    right_side = True
                    break
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
                    # (after one adjective of the words: "بتلك العبارة
                    # الموجزة علق X")
                    v = k + 2
                    if (
                        toks[v][:2] == "ال"
                        and v + 1 < self.n
                        and self.is_word[v + 1]
                        and toks[v + 1][:2] != "ال"
                        and toks[v + 1] not in lx.NP_STOP
                    ):
                        v += 1
                    h = self.cue_at(v)
                    if h is None:
                        w = toks[v]
                        g = _F if w[-1] == "ت" or w[0] == "ت" else _M
                        h = _CueHit(v, v + 1, lx.Cue("", lx.VERB, g, _SG))
                    hit = h
                    right_side = True
                    break
                if (
                    t == "هكذا"
                    and k + 2 < self.n
                    and self.is_word[k + 1]
                    and (v := toks[k + 1])[:2] != "ال"
                    and v not in lx.NP_STOP
                    and self.cue_at(k + 1) is None
                    and (s := toks[k + 2]) in _TITLE_LIKE
                    and not self.in_quote[k + 1 : k + 3].strip(b"\x00")
                ):
                    # "«…»، هكذا برر المتهم X فعلته", "هكذا استهل النائب X
                    # كلمته": "thus" back at the words, whatever the verb, and
                    # a titled subject after it; "هكذا تبدو الصورة" has none
                    # (rev34)
                    g = _F if v[-1] == "ت" or v[0] == "ت" or s[-1:] == "ه" else _M
                    hit = _CueHit(k + 1, k + 2, lx.Cue("", lx.VERB, g, _SG))
                    right_side = True
                    break
                if steps == 0 and (h := self.voices_rise(k)) is not None:
                    # "«…» تعالت هتافات المحتجين أمام البرلمان": the voices
                    # that rose with the words said them
                    hit = h
                    right_side = True
                    break
                h = self.cue_at(k)
                if (
                    h is not None
                    and h.cue.kind == lx.PREPOSITION
                    and prev is not None
                    and prev[0] is not None
                    and prev[3] == sid
                    and lo > first
                    and t in _ACCORDING_TO
                    and self.published_carrier(k + 1)
                ):
                    # "وأضاف أن «…»، بل إنه مستمر «…» حسب الخبر الذي نشره موقع
                    # الحزب": the words after the sentence's earlier ones go
                    # on with their speaker; the news item and its publisher
                    # only carried them (dev29s)
                    break
                if h is None and t in _WROTE_IT and steps < 2:
                    # "«…»، كتبها الناشط X على صفحته": wrote the words
                    g, num = _WROTE_IT[t]
                    h = _CueHit(k, k + 1, lx.Cue("كتب", lx.VERB, g, num))
                if h is not None:
                    h = self.what_relayed(h)
                    if t[0] in "وف" and t not in lx.CUES and t not in _PREP_BY_FIRST:
                        # "…"، وطالب …": a new clause, not "…"، قال X (but
                        # "«…»، وفق قوله": وفق's و is its own, no conjunction)
                        break
                    hit = h
                    right_side = True
                    break
                if t not in _COMMAS and t not in _AFTER_QUOTE_FILLERS:
                    steps += 1
                k += 1
        if hit is None and lo == first and toks[first] in _AMMA and toks[q.open_tok - 1] == ":":
            # "أما شاب في الثلاثينات، فلم يخف غضبه: «…»": with no verb of
            # saying, the topic أما sets up is who speaks after the colon
            topic = self.sentence_topic(first, q.open_tok, anonymous=True)
            if topic is not None:
                return _Attribution(topic, None, confidence=0.6, cue_tok=first)
        if (
            hit is None
            and lo == first
            and toks[q.open_tok - 1] == ":"
            and (subject := self.subject_of_verb_before_colon(first, q.open_tok - 1)) is not None
        ):
            # "لكن ضابطا سابقا في الجيش يرسم صورة مختلفة: «…»": with no verb
            # of saying, the subject that opens the sentence before its verb
            # speaks after the colon, not the last speaker
            return _Attribution(subject, None, confidence=0.6, cue_tok=first)
        if hit is None:
            # (uncued_subject's memo: three rules below ask for it)
            opened: list[_Entity | None] = []
            # no cue: the last speaker named or resolved nearby carries on
            if (
                q.open_tok == first
                and (met := self.occasion_next(q.open_tok, sid, None)) is not None
            ):
                # "«…». جاء ذلك في تصريح لوزير المالية X": words that open
                # their sentence, with no verb of saying, and the sentence
                # after them that tells whose talk they were from
                return _Attribution(met, None, confidence=0.6)
            if q.open_tok == first and (told := self.what_said_next(q.close_tok, sid)) is not None:
                # "«…». هذا ما أكده وزير المالية X أمس": the next sentence
                # tells who said the words before it, as after a comma, and
                # the occasion and day it said them ("هذا ما أكده X خلال
                # مؤتمر صحفي عقده يوم 12 مارس 2024": its clause dates them)
                said, ent, clause = told
                return _Attribution(ent, said, None, 0.7, False, None, clause)
            if (
                q.open_tok > first + 2
                and toks[q.open_tok - 1] == ":"
                and toks[q.open_tok - 2] in _HIS_SAYING
                and toks[q.open_tok - 3] in _OF_THEM
                and (owner := self.statement_owner(q.open_tok - 3, first)) is not None
            ):
                # "تلا القاضي مقتطفات من أقوال المتهم X، ومنها قوله:": one of
                # the statements read out, whose owner speaks, not the reader
                return _Attribution(owner, None, confidence=0.6, cue_tok=q.open_tok - 2)
            if (
                self._has_statement_noun
                and q.open_tok - lo >= 3
                and (owner := self.saying_owner_before(q.open_tok, q.close_tok, lo)) is not None
            ):
                # "ومن ذلك قول وزير المالية مخاطبا النواب «…»": no verb of
                # saying, the words right after a noun of saying in construct
                # with its owner (and a participle of addressing with whom
                # it addressed) are that owner's, not the last speaker's
                return _Attribution(owner, None, confidence=0.6)
            if (
                q.open_tok - 4 >= lo
                and toks[q.open_tok - 1] == ":"
                and (
                    toks[m := q.open_tok - 2] in _HE_SHE
                    or toks[m := q.open_tok - 3] in _HE_SHE
                    or (q.open_tok - 5 >= lo and toks[m := q.open_tok - 4] in _HE_SHE)
                )
                and toks[m - 1][0] in "تي"
                and len(toks[m - 1]) >= 4
                and self.is_word[m - 1]
                and not self.in_quote[m - 1]
            ):
                # "تعود فاطمة إلى البيت. تبتسم وهي تنزل: «…»": a verb and its
                # circumstance (وهي/وهو + verb) before the colon, no verb of
                # saying; the person just named speaks, not the last speaker
                met = self.named_before(m - 1, lo, _F if toks[m][-1] == "ي" else _M)
                if met is not None:
                    return _Attribution(met, None, confidence=0.5, follow_up=True)
            for m in range(q.open_tok - 4, q.open_tok - 1):
                if (
                    m > lo
                    and toks[m + 1] in _IYYA
                    and toks[m][:1] == "م"
                    and (agent := self.relative_agent_of(m, lo)) is not None
                    # (the participle agreeing with the subject: "متهمة")
                    and (toks[m][-1] == "ه") == (agent.gender == _F)
                ):
                    # "…، ردا على انتقادات وجهها النائب X للحكومة، متهما
                    # إياها بـ«…»": a participle whose pronoun takes up the
                    # one a relative clause's named subject aimed at is
                    # that subject's, not the last speaker's
                    return _Attribution(agent, None, confidence=0.6, cue_tok=m)
            if prev is not None and prev[0] is not None and prev[3] == sid and lo > first:
                # "أن الرباط «…»، وأن «…»": a second that-clause coordinated
                # with the quote before it has the same speaker (not an
                # aside's source named between them); so have words in marks
                # later in the sentence with no verb of saying between ("وأوضحت
                # الوثيقة أن X أوضح أن «…» بإمكانها … كون الجيش «…»": X's
                # words, as the quote before them, not the document's)
                # (who said the quote before, not the document that told it)
                if "وان" in toks[lo : lo + 2]:
                    return _Attribution(prev[0], None, confidence=0.7, follow_up=True)
                return _Attribution(prev[5] or prev[0], None, confidence=0.6, follow_up=True)
            if (
                toks[q.open_tok - 1] in _THAT
                and q.open_tok - 3 >= lo
                and (owner := self.statement_agent(q.open_tok - 1, lo)) is not None
            ):
                # "وانتهى الاجتماع بإعلان رئيس الوفد X أن «…»", "بإعلان
                # الليبيين أنهم «…»": the verbal noun of a verb of saying
                # with its agent in construct, then أنّ: the agent speaks,
                # not the last speaker (read before the sentence's first
                # verb: its subject read over "الاجتماع بتأكيد …" is no one)
                return _Attribution(owner, None, confidence=0.6, cue_tok=q.open_tok - 1)
            if (
                toks[q.open_tok - 1] in _THAT
                and lo == first
                and 3 < q.open_tok - first <= 12
                and (ent := self.uncued_subject(q, first, opened)) is not None
                and ent.kind == PERSON
                and ent.role
            ):
                # "واتهم الوزير X المعارضة بأنها «…»", "وتمنى الوزير أن «…»",
                # "واستبعد النائب X أن": the words are the that-clause of the
                # verb that opens the sentence (within a few words), whatever
                # the verb; its subject, a titled person, speaks, not the
                # last speaker
                return _Attribution(ent, None, confidence=0.5, cue_tok=first)
            if (
                lo == first
                # (from after a name label heading the line, "X Y: كما هنأ
                # الرئيس Z، في بيان، …")
                and 3 <= q.open_tok - self.after_label(first, q.open_tok) <= 16
                and toks[q.open_tok - 1] not in _COMMA_SET
                and bisect_left(self.hit_toks, first) == bisect_left(self.hit_toks, q.open_tok)
                and (ent := self.uncued_subject(q, first, opened)) is not None
                and _named_person(ent)
                # (or a bare name the text introduced before: "وكان الشريف
                # قد اتهم الحكومة بأنها «…»")
                and (ent.role or self.known(ent))
                and self.object_after(ent, q.open_tok, construct=True)
                # (not "وانتقدت النائبة، X تأخر الأشغال، واصفة ذلك: «…»": a
                # comma after the subject closes the verb's clause, and the
                # words after a colon are the participle's after it, the
                # follow-up's; an aside in commas, "كما هنأ الرئيس X، في
                # بيان، Y «…»", leaves them the verb's)
                and (
                    toks[q.open_tok - 1] != ":"
                    or _COMMA_SET.isdisjoint(toks[self.tok_at(ent.pos) : q.open_tok])
                )
            ):
                # "وفي المقابل، رفض رئيس البرلمان X هذا الموقف «…»": words in
                # marks right after the clause of the verb that opens their
                # sentence, with no verb of saying in it, are its named,
                # titled subject's, who has his object after him, not the
                # last speaker's of a sentence before
                return _Attribution(ent, None, confidence=0.5, cue_tok=first)
            if q.open_tok == first and (acted := self.speech_act_subject(sid - 1, entities)):
                # "وشكر X خلال الحفل الأطباء. «…»": words that open their
                # sentence right after one whose opening verb speaks to or of
                # someone, no cue, with a person named as its subject: he
                # spoke there and goes on, not a speaker of the sentences
                # before
                return _Attribution(acted, None, confidence=0.55, follow_up=True)
            for tok, ent, _h in reversed(cue_subjects):
                if tok < q.open_tok and self.sent[tok] >= sid - 2:
                    if (main := self.aside_verb_subject(tok, _h, cue_subjects)) is not None:
                        # "وشدد X، بحسب البرقية، على …" then words in marks
                        # with no cue: the source in commas is an aside (as
                        # for the verb's own words), the verb's subject goes on
                        ent = main
                    if (
                        ent.kind == DOCUMENT
                        and prev is not None
                        and prev[0] is not None
                        and prev[0].kind == PERSON
                        and prev[3] >= self.sent[tok]
                        # (the person's words between the cue and these)
                        and self.in_quote.find(1, tok, q.open_tok) >= 0
                    ):
                        # "وبحسب البرقية، فإن X «قال إن …». لكن «…»": the
                        # person the document reported as speaking since its
                        # cue goes on, not the document
                        return _Attribution(prev[0], None, confidence=0.5, follow_up=True)
                    return _Attribution(ent, None, confidence=0.55, follow_up=True, cue_tok=tok)
                break
            if (
                prev is not None
                and prev[0] is not None
                and (prev[3] >= sid - 2 or self.sayings_chain(q.open_tok, prev[3]))
            ):
                return _Attribution(prev[0], None, confidence=0.5, follow_up=True)
            # "حمّل رئيس الوزراء X الاحتلال "…"": the quote is an argument of the
            # sentence's verb, whose subject is the likeliest speaker
            ent = self.uncued_subject(q, first, opened)
            if ent is not None:
                return _Attribution(ent, None, confidence=0.4, follow_up=True)
            return _Attribution(None, None, confidence=0.3)

        cue = hit.cue
        cue_verb = cue.kind == lx.VERB  # (read by many tests below)
        # the cue's words end before the comma that sets off a subject or a
        # day after the verb ("وأكدت، الوزيرة X، أن": "وأكدت", as with no
        # comma)
        cue_end = hit.np_start - 1
        while cue_end > hit.tok and (toks[cue_end] in _COMMA_SET or toks[cue_end] == "("):
            cue_end -= 1
        cue_text = (
            doc.text[doc.starts[hit.tok] : doc.ends[cue_end]]
            if doc.offsets is None  # (orig's test, inline)
            else doc.orig(doc.starts[hit.tok], doc.ends[cue_end])
        )
        read: list = []  # (clause_subject_once's memo)
        if (
            not right_side
            and hit.np_start < self.n
            and toks[hit.np_start] in _IN_IT
            and (owner := self.attributed_to(hit.tok, first)) is not None
        ):
            # "نشرت الوكالة خبرا منسوبا إلى وزير الخارجية، أعلن فيه": the
            # statement is put to whom it is attributed, not to its publisher
            return _Attribution(owner, cue_text, None, 0.75, False, hit.tok, None)
        if right_side:
            end = self.n
            entry = (hit.np_start, hit.cue, hit.pronoun, hit.lam, hit.relayer, hit.np_end)
            ent = self.subject_of(hit)
            if hit.relayer is None:
                # (register_mentions reads the cue's subject from here when it
                # reaches the cue: the fields subject_of set, and a copy of
                # the entity, before anyone changes it)
                self.right_reads[hit.tok] = (
                    entry,
                    (hit.np_start, hit.np_end, hit.cue, hit.pronoun, hit.lam),
                    self._np_end,
                    None
                    if ent is None
                    else _Entity(
                        ent.surface,
                        ent.kind,
                        ent.role,
                        ent.gender,
                        ent.number,
                        ent.pos,
                        ent.sentence,
                        ent.key,
                        ent.cue_subject,
                        ent.date,
                        ent.precision,
                    ),
                )
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
        upto = q.open_tok if not right_side else hit.np_start + 12
        via = (
            self.via_of(hit, upto)
            # (via_of's first tests, inline: a relay's cue, a word that may
            # name an outlet before upto, or the word glued to ل that ends
            # the subject; most cues have none, and the call is spared)
            if hit.cue.kind == lx.RELAY
            or not _MAY_NAME_OUTLET.isdisjoint(toks[hit.tok + 1 : upto])
            or (
                hit.np_start < hit.np_end < upto
                and hit.np_end < self.n
                and "ل" <= toks[hit.np_end] < "م"
            )
            else None
        )
        if not right_side and q.open_tok - hit.np_start >= 3 and self._has_statement_noun:
            owner = self.statement_of(q.open_tok, q.close_tok, hit.np_start)
            if owner is not None:
                # "وأكد X أن تصريح وزيرة المالية بخصوص «…» يمكن أن …": the
                # words are those of the one whose statement the clause names
                return _Attribution(owner, cue_text, via, 0.7, False, hit.tok, clause)
            if (
                hit.np_end <= q.open_tok
                and not _SAYING_OF.isdisjoint(toks[hit.np_start : hit.np_end])
                and (owner := self.saying_owner_before(q.open_tok, q.close_tok, hit.np_start))
                is not None
            ):
                # "ومن أبرز ما جاء في الجلسة قول النائبة X: «…»": a noun of
                # saying inside the cue's phrase, in construct with its owner
                # right before the words, names who said them (the phrase
                # ran on past the occasion into "الجلسة قول"; kw35)
                return _Attribution(owner, cue_text, via, 0.7, False, hit.tok, clause)
        if (
            cue_verb
            and not right_side
            and ent is not None
            and ent.number == lx.SG
            and q.open_tok - hit.np_start >= 4
            and not _PLURAL_ADDRESSING.isdisjoint(toks[q.open_tok - 3 : q.open_tok])
        ):
            agents = self.plural_that_subject(hit.np_start, q.open_tok)
            if agents is not False:
                # "وقال X إن أنصاره يستقبلونه هاتفين «…»": a plural
                # participle of addressing or chanting before the words, in
                # the singular speaker's that-clause, is its plural
                # subject's, who chant them (or no one named), not X's
                return _Attribution(agents, cue_text, via, 0.6, False, hit.tok, clause)
        confidence = 0.9
        follow_up = False
        if ent is not None and ent.kind == DOCUMENT:
            # "جاء في برقية أنه بالنسبة للأمريكيين "…"": the Americans speak
            # (each بالنسبة after the subject read from where(), found once
            # per article: a document's cue may lie far before the words,
            # fuzz17)
            w = self.where("بالنسبه")
            for k in w[bisect_left(w, hit.np_start) : bisect_left(w, q.open_tok)]:
                if k + 1 < q.open_tok and toks[k + 1].startswith("ل"):
                    b, ra, rb = self.scan_np(k + 1, q.open_tok, None)
                    b = max(b, k + 2)
                    other = self.classify(k + 1, b, ra, rb, None, lam=True)
                    if other is not None and other.kind in (GROUP, PERSON, ORGANIZATION):
                        ent = other
                        confidence = 0.75
                    break
            if (
                not right_side
                and ent.kind == DOCUMENT
                # (the words open with a verb of saying: what the person said,
                # not the document's description of him, "أن X «كان متوترا»")
                and (c := _cue_of(toks[q.open_tok + 1])) is not None
                and c.kind == lx.VERB
                and not _THAT_NAMED.isdisjoint(toks[hit.np_start : q.open_tok])
                and (that := self.known_that_subject(q.open_tok, sid)) is not None
                and self.tok_at(that.pos) < hit.tok
            ):
                # "وبحسب البرقية ذاتها، فإن X، رداً على سؤال …، «قال إن …»":
                # the person the document reports on, named after its أنّ
                # and known to the text, says the words in marks that open
                # with his verb of saying, not the document that relays them
                ent = that
                confidence = 0.75
        if (
            cue.kind == lx.PARTICIPLE
            and not right_side
            and hit.tok - 2 >= first
            and (feats := _ANOTHER_ONE.get(toks[hit.tok - 1])) is not None
            and (toks[hit.tok - 2] in QUOTE_MARKS or toks[hit.tok - 2] in _COMMAS)
            # (agreeing with it: in "ودعت إلى دعم المزارعين، وآخرين مضيفة"
            # the others are an object and the feminine participle goes on
            # with the subject)
            and _participle_agrees(cue, toks[hit.tok], feats)
        ):
            # "قال أحدهم «…» وآخر بقوله «…»", "…، وأخرى قائلة: «…»": "and
            # another one", its verb left out after the words of the first,
            # says the words its participle of saying introduces
            t = hit.tok - 1
            start = doc.starts[t] + 1  # (after its و)
            surface = doc.orig(start, doc.ends[t]).strip()
            other = _Entity(surface, ANONYMOUS, None, *feats, start, sid, "")
            return _Attribution(other, cue_text, via, 0.7, False, hit.tok, clause)
        if (
            # (a "subject" between the pronoun and the cue is its verb,
            # "إلا أنه رفض وقال", read as a name)
            # (the article's flag first: most have no word of refusal)
            self._has_refusal
            and (ent is None or hit.tok - 3 <= self.tok_at(ent.pos) < hit.tok)
            and cue.kind in (lx.VERB, lx.PARTICIPLE)
            and not right_side
            and hit.pronoun is None
            and (agent := self.but_pronoun_agent(hit.tok, first)) is not None
            and agent.gender == (cue.gender or agent.gender)
        ):
            # "… ابنه محمد لكنه رفض قائلا": the contrast's pronoun is the
            # person just mentioned, who refuses and speaks
            return _Attribution(agent, cue_text, via, 0.7, False, hit.tok, clause)
        if (
            ent is None
            and cue_verb
            and not right_side
            and toks[hit.tok - 1] in _COMMAS
            and toks[hit.tok][0] not in "وف"
            and hit.tok - 2 > first
        ):
            # "التقى مستشارا في الرئاسة، أبلغه أن": a verb with no
            # conjunction after an indefinite object describes it (a
            # relative clause without its pronoun); the object speaks
            own = self.described_object(hit.tok - 1, first, cue)
            if own is not None and agree(own, *(hit.pronoun or (cue.gender, cue.number))):
                return _Attribution(own, cue_text, via, 0.7, False, hit.tok, clause)
        if (
            ent is None
            and cue_verb
            and not right_side
            and hit.pronoun is None
            and (said := self.message_saying(hit, lo, q.open_tok)) is not None
        ):
            # "وجهت مجموعة من الشباب رسالة إلى مكتب الرئيس تقول «…»",
            # "وأصدرت النقابة بيانا يقول": a present verb of saying with no
            # conjunction and no subject after an indefinite message (and
            # whom it went to) describes it: the message says the words,
            # or who sent it, the clause's subject, when no verb of saying
            # came before in the sentence (not the one it went to)
            if bisect_left(self.hit_toks, first) == bisect_left(self.hit_toks, hit.tok):
                sender = self.main_clause_subject(hit, first)
                if (
                    sender is not None
                    and sender.kind in (PERSON, ORGANIZATION, GROUP)
                    and sender.pos < doc.starts[said[0]]
                    # (not "وتلقى الوزير رسالة من النقابة تقول": from
                    # someone else, whom the subject received it from;
                    # nor "وتلقت الوزارة رسالة تقول", its receiver)
                    and "من" not in toks[said[0] : hit.tok]
                    and _RECEIVED.isdisjoint(toks[first : said[0]])
                ):
                    return _Attribution(sender, cue_text, via, 0.6, False, hit.tok, clause)
            if said[1] is not None:
                return _Attribution(said[1], cue_text, via, 0.6, False, hit.tok, clause)
        if (
            cue_verb
            and not right_side
            and hit.tok + 3 < q.open_tok
            and self.object_pair_after(hit.tok)
            and not _THAT.isdisjoint(toks[first : hit.tok])
            and (outer := _last_cue_subject(self.sent, cue_subjects, hit.tok, sid)) is not None
            and outer.kind == PERSON
            and self.subject_after_that(hit, lo) is not None
        ):
            # "وأضاف الوزير X أن الجنرال Y توقع موقفا مهادنا للأمريكيين «لأننا
            # …»": the verb in the that-clause has its object, an indefinite
            # noun and its adjective; the words after it are not its, but the
            # teller's of the clause
            return _Attribution(outer, cue_text, via, 0.6, False, hit.tok, clause)
        if cue_verb and not right_side:
            # "أن السفيرة … سكوبي حذرت": after أنّ the subject precedes the
            # verb, and what follows the verb is its object
            fronted = (
                self.subject_after_that(
                    hit,
                    # (from the sentence's start when words in marks end right
                    # before the verb's comma: "أن X، وصفته البرقية بأنه «…»، قال")
                    first
                    if toks[hit.tok - 1] in _COMMAS and toks[hit.tok - 2] in QUOTE_MARKS
                    else lo,
                )
                # (subject_after_that's first tests, inline: a comma or قد
                # right before the verb, or an أنّ before it in its sentence,
                # from first, where lo never starts earlier; most verbs have
                # none, and the call is spared)
                if toks[hit.tok - 1] in _COMMAS
                or toks[hit.tok - 1] == "قد"
                or not _THAT.isdisjoint(toks[first : hit.tok])
                else None
            )
            if (
                fronted is not None
                and (
                    (
                        (
                            fronted.kind == ORGANIZATION
                            # "إن المملكة تؤكد «…»": the state itself by
                            # its kind, read as a name
                            or (
                                fronted.kind == PERSON
                                and not fronted.role
                                and normalize_first(fronted.surface) in _STATE_ITSELF
                            )
                        )
                        and (verb := _base(toks[hit.tok]))[:1] in "يت"
                        and not verb.startswith(_NORMALIZED[cue.lemma])
                    )
                    # "قال الوزير X إن بلاده دعت إلى «…»": his own state or
                    # body, in any tense (it was read as a person, "بلاده")
                    or (
                        fronted.kind == PERSON
                        and not fronted.role
                        and _own_body(_NORMALIZED[fronted.surface])
                    )
                )
                and (
                    (outer := _last_cue_subject(self.sent, cue_subjects, hit.tok, sid)) is not None
                    # "وقال في كلمته: إن المملكة تؤكد «…»": the verb of
                    # saying before أنّ with no subject of its own, whom
                    # its pronoun stands for
                    or (
                        outer := self.unsaid_teller(hit, first, cue_subjects, entities, prev, agree)
                    )
                    is not None
                )
                and outer.kind == PERSON
            ):
                # "قال المتحدث باسم الحكومة X إن فرنسا تدعو الأطراف إلى
                # «…»": a state or a body in the that-clause of a person,
                # its verb in the present, the stance he tells for it; the
                # words are his (not the past, a statement of its own he
                # reports: "مذكرا بأن النقابة حذرت في بيان من أن «…»";
                # "تابعت" is a past whose lemma opens with ت)
                return _Attribution(outer, cue_text, via, 0.7, False, hit.tok, clause)
            if fronted is not None:
                ent = fronted
                confidence = 0.85
        if (
            toks[hit.tok - 1] in _THAT_PRONOUN
            and ent is None
            and cue_verb
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
                ent = self.issued_document(hit.tok, first)
            if ent is None:
                ent = self.main_clause_subject(hit, first)
            if ent is not None:
                return _Attribution(ent, cue_text, via, 0.75, False, hit.tok, clause)
        if (
            ent is None
            and not right_side
            and hit.np_start + 1 < self.n
            and toks[hit.np_start] in _THIS_LATTER
            and toks[hit.np_start + 1] in _THE_LATTER
            and not self.in_quote[hit.np_start + 1]
        ):
            # "وقال هذا الأخير إن", "وبحسب هذه الأخيرة فإن": "this latter"
            # is the last person mentioned before it, of the demonstrative's
            # gender, as "الأخير" alone is (nobody when none is met: as before)
            latter = self.last_mentioned(hit.tok, first, _THIS_LATTER[toks[hit.np_start]])
            if latter is not None:
                if latter.key.startswith("title:"):
                    latter.key = ""
                ent = latter
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
        if (
            ent is not None
            and cue_verb
            and not right_side
            and lo == first
            and toks[hit.tok - 1] in _COMMAS
            and toks[hit.tok][0] not in "وف"
        ):
            # "أحد إطارات البنك، ممن تحدثت إليهم، لخص الأمر بعبارة لاذعة:":
            # the sentence opens with the verb's subject and an aside in
            # commas; the noun phrase after the verb is its object
            found = self.fronted_subject(first, hit.tok, cue)
            if found is not None and found[1] == hit.tok:
                ent = found[0]
                confidence = 0.85
        if (
            ent is None
            and not right_side
            and hit.pronoun is None
            and (
                (
                    cue_verb
                    and (
                        toks[hit.tok][0] == "ف"
                        or (toks[hit.tok - 1] in _COMMAS and toks[hit.tok][0] != "و")
                    )
                )
                or (cue.kind == lx.PARTICIPLE and toks[hit.tok - 1] in _ANSWER_VERBS)
            )
            and (asked := self.one_asked(hit.tok, first, cue.gender)) is not None
        ):
            # "سأل الصحفي X الوزير Y عن …، فقال", "وعندما سأل X Y عن …،
            # أجاب", "…، فرد قائلا": the one asked answers, not the asker
            return _Attribution(asked, cue_text, via, 0.75, False, hit.tok, clause)
        if (
            ent is None
            and toks[first] in _WHEN
            and cue_verb
            and not right_side
            and toks[hit.tok - 1] in _COMMAS
            and toks[hit.tok][0] != "و"
            and hit.tok - first > 3
        ):
            # "وعندما سئل الوزير عن ذلك، قال", "وحين واجهه القاضي بالمحضر،
            # سأله:": the main clause after a time clause has its subject
            own = self.when_subject(
                first, hit.tok - 1, *(hit.pronoun or (cue.gender, cue.number)), agree
            )
            if own is not None:
                return _Attribution(own, cue_text, via, 0.7, False, hit.tok, clause)
        if (
            ent is None
            and cue_verb
            and hit.pronoun is None
            and not right_side
            and toks[hit.tok - 1] in _COMMAS
            and toks[hit.tok][0] not in "وف"
            and bisect_left(self.hit_toks, first) == bisect_left(self.hit_toks, hit.tok)
        ):
            # a fronted phrase, its comma, then a verb with no subject of its
            # own (no و/ف after the comma) and no cue between
            if first + 3 < hit.tok and toks[first] in _DURING_MEETING:
                # "خلال اجتماع رئيس الجمهورية X بكل من Y رئيسة الحكومة، وZ
                # وزير الداخلية، شدد على أن", "وخلال لقائه بالسفير Y، أكد
                # أن": who held the meeting (the noun's agent, or his
                # pronoun) speaks, not the one met, named last before the verb
                own = self.meeting_holder(hit, first, sid, cue_subjects, entities, prev, agree)
                if own is not None:
                    return _Attribution(own, cue_text, via, 0.7, False, hit.tok, clause)
            if (
                first + 4 < hit.tok
                and toks[first] in _IN_OR_DURING
                and (own := self.occasion_holder(first, hit.tok - 1)) is not None
                and agree(own, cue.gender, cue.number)
            ):
                # "في مؤتمر صحفي لمدرب المنتخب X بقاعة الإعلام، قال:": the
                # one whose press conference (statement, speech) the
                # sentence opens with speaks the verb
                return _Attribution(own, cue_text, via, 0.7, False, hit.tok, clause)
        if (
            ent is None
            and cue.kind == lx.PARTICIPLE
            and cue.lemma == "قال"
            and not right_side
            and (
                toks[hit.tok] == "للقول"
                or (toks[hit.tok] == "القول" and toks[hit.tok - 1] == "الي")
            )
            and (v := self.prompted_at(hit.tok)) > 0
        ):
            # "ما دفع أحد الصحفيين الحاضرين للقول: «…»", "مما دعا رئيس
            # المحكمة إلى القول": the one prompted, the verb's object, says
            # the words, not the clause's subject
            end = hit.tok - 1 if toks[hit.tok] == "القول" else hit.tok
            b, ra, rb = self.scan_np(v + 1, end, None)
            own = self.classify(v + 1, b, ra, rb, None) if b == end else None
            if own is not None and own.kind in (PERSON, ANONYMOUS, GROUP, ORGANIZATION):
                return _Attribution(own, cue_text, via, 0.75, False, hit.tok, clause)
        if ent is None and cue.kind in (lx.VERB, lx.RELAY) and not right_side and not resumptive:
            ent = self.subject_before(hit, lo)
            if (
                ent is not None
                and cue.kind == lx.RELAY
                and hit.pronoun is not None
                and _relayed_after(toks, hit.np_start)
            ):
                # "وكانت برقية مؤرخة في … قد نقلت عنه قوله إن": the subject
                # before the verb relays (none after "from him"), "him", one
                # met before, speaks
                if hit.relayer is None:
                    hit.relayer = ent
                ent = None
            elif ent is not None:
                confidence = 0.85
        if ent is None:
            # elided subject / pronoun: resolve by agreement
            g, n = hit.pronoun if hit.pronoun else (cue.gender, cue.number)
            if hit.pronoun is None and cue_verb and toks[hit.tok][0] == "ف" and not right_side:
                # "ومنحت الهيئة المتهم الكلمة الأخيرة، فقال:": the one given
                # the floor speaks; "واتصلت الصحيفة بالسفارة مستوضحة …،
                # فأجابت «…»": the one contacted answers, not the one who
                # called
                answers = self.given_the_floor(hit.tok, first, g)
                if answers is None:
                    answers = self.contacted(hit.tok, first, g)
                if answers is not None:
                    return _Attribution(answers, cue_text, via, 0.75, False, hit.tok, clause)
            if (
                cue.kind == lx.RELAY
                and hit.pronoun is not None
                and toks[hit.tok][0] == "و"
                and not right_side
                and _relayed_after(toks, hit.tok + 2)
                and (met := self.relay_from_met(hit.tok, first, g, n, agree)) is not None
            ):
                # "التقى وزير الإعلام X السفير الفرنسي Y، ونقل عنه أن «…»":
                # the host relays (the verb's elided subject), "him" is the
                # one met, who speaks
                return _Attribution(met, cue_text, via, 0.7, False, hit.tok, clause)
            if (
                cue.kind == lx.RELAY
                and hit.pronoun is not None
                and hit.tok > first + 4
                and toks[hit.tok - 1] in _RELATIVES
                and toks[hit.tok - 2] in _COMMAS
                and _relayed_after(toks, hit.tok + 2)
                and (host := self.meeting_subject(hit.tok - 2, first)) is not None
                and agree(host, g, n)
            ):
                # "استقبل الرئيس X النائب Y، الذي نقل عنه أن «…»": the one met,
                # the relative's antecedent, relays; "him" is the host
                return _Attribution(host, cue_text, via, 0.7, False, hit.tok, clause)
            if (
                hit.pronoun is None
                and cue_verb
                and toks[hit.tok][0] in "وف"
                and not right_side
                and hit.tok + 1 < self.n
                and toks[hit.tok + 1] in _TO_THE_MET
                and (host := self.meeting_host(hit.tok, first, cue)) is not None
                and agree(host, g, n)
            ):
                # "والتقى الوزير ممثلي النقابات …، وقال لهم إن": the subject
                # of the meeting's verb speaks to the people met (kw28)
                return _Attribution(host, cue_text, via, 0.75, False, hit.tok, clause)
            if (
                hit.pronoun is None
                and cue_verb
                and toks[hit.tok][0] in "وف"
                and not right_side
                and hit.tok + 1 < self.n
                and toks[hit.tok + 1] not in _TO_THE_MET
                and (met := self.met_of_verbs_gender(hit.tok, first, cue)) is not None
                and agree(met, g, n)
            ):
                # "والتقى المحافظ رئيسة الجمعية، وقالت إن": a verb of saying
                # of the other gender than the host's is the one met's
                # (mend35d; the host was given the words)
                return _Attribution(met, cue_text, via, 0.75, False, hit.tok, clause)
            if (
                hit.pronoun is None
                and cue_verb
                and toks[hit.tok][0] in "وف"
                and not right_side
                and toks[first] not in _AMMA
                and self._has_latter
                and (latter := self.latter_subject(first, hit.tok)) is not None
                and agree(latter[0], g, n)
                and not _cue_subject_between(self.sent, cue_subjects, latter[1], hit.tok)
            ):
                # "لقاء بين السفير X ورئيس الحزب Y، قدّم الأخير خلاله رأيه
                # بالأمين العام Z، فقال", "التقى X بالسفير Y، وعرض هذا الأخير
                # رؤية بلاده، وقال": "the latter", the subject of a verb that
                # opens a clause before the verb of saying, is the last person
                # named before it, who goes on (not Z, met in the object; not
                # X, the subject of the sentence's first verb), unless a verb
                # with a subject of its own comes between
                return _Attribution(latter[0], cue_text, via, 0.7, False, hit.tok, clause)
            teller = self.doc_teller
            if (
                teller is not None
                and hit.pronoun is None
                and cue_verb
                and (ctx := self.doc_ctx) is not None
                and ctx[0] == teller[1]
                and ctx[2] >= sid - 6
                and _lemma_key(cue) in _TELLS
                and agree(teller[0], g, n)
            ):
                # "في البرقية …، يروي القائم بالأعمال X عشاء جمعه بوزير
                # سابق. يقول الوزير إن «…». … يكتب أن محدثه «…»": who writes
                # in the cable is its writer, not the last speaker
                return _Attribution(teller[0], cue_text, via, 0.75, True, hit.tok, clause)
            near = toks[max(first, hit.tok - 3) : hit.tok]
            if hit.np_start < self.n:
                near.append(toks[hit.np_start])
            if hit.tok + 2 < self.n and toks[hit.tok + 1] in _IN_IT:
                # "كلمة أكد فيها سموه أن": the honorific after "in it"
                near.append(toks[hit.tok + 2])
            if not _HONORIFIC_PRONOUNS.keys().isdisjoint(near):
                # "وختم سموه تصريحه بالقول": whom the honorific names
                word = next(w for w in near if w in _HONORIFIC_PRONOUNS)
                hon = self.honorific_antecedent(
                    hit, sid, entities, _HONORIFIC_PRONOUNS[word], g, n, agree
                )
                if (
                    hon is not None
                    and cue_verb
                    and (own := self.unnamed_post_goes_on(hit, first, read, hon, sid)) is not None
                    and agree(own, g, n)
                ):
                    hon = own
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
            if (
                cue.kind == lx.IMPERSONAL
                and hit.np_start < self.n
                and toks[hit.np_start] in _IN_IT
                and toks[first] in _AMMA
                and (told := self.document_topic(first, hit.tok, toks[hit.np_start])) is not None
            ):
                # "أما برقية ثالثة لم تكشف الصحيفة تاريخها فتتحدث عن …،
                # وجاء فيها أن": the document the sentence is about
                return _Attribution(told, cue_text, via, 0.75, False, hit.tok, clause)
            if (
                cue.kind == lx.IMPERSONAL
                and hit.np_start < self.n
                and toks[hit.np_start] in _IN_IT
                and sid
                and (told := self.document_told(entities, sid, toks[hit.np_start])) is not None
            ):
                # "وتعود برقية ثانية إلى 9 مارس 2009 … . وجاء فيها أن": the
                # document the sentence before introduced, or its author
                # when it named one, speaks in it (not the last speaker)
                return _Attribution(told, cue_text, via, 0.75, False, hit.tok, clause)
            if (
                cue_verb
                and toks[hit.tok - 1] != "مع"
                and "مع" in toks[max(first, hit.tok - 10) : hit.tok]
                and (own := self.interview_giver(hit.tok, first)) is not None
                and agree(own, g, n)
            ):
                # "في حوار أجراه X مع الصحف المحلية، أكد أن": who gave the
                # interview speaks in it
                return _Attribution(own, cue_text, via, 0.75, False, hit.tok, clause)
            if (
                toks[first] in _WAS_GENDER
                and cue_verb
                and (own := self.issued_after_was(first, hit.tok, cue)) is not None
                and agree(own, g, n)
            ):
                # "وكانت الحركة أصدرت بيانا قالت فيه", "وكان الحزب نشر بلاغا
                # أمس قال: إنه": who issued the statement speaks in it
                return _Attribution(own, cue_text, via, 0.75, False, hit.tok, clause)
            if hit.np_start < self.n and toks[hit.np_start] in _RESUMPTIVE:
                # "أصدرت الوزارة بيانا أكدت فيه أن …": a relative clause; its
                # subject is the main clause's ("أما جمعية المصارف فاكتفت ببيان
                # قالت فيه": the topic's)
                # ("لقاء مع وزير سابق قال فيه": the person met, when the
                # verb follows him)
                # ("ونشرت الصحيفة تسجيلا صوتيا للوزير يقول فيه": the one whose
                # recording it is, named after it with لـ or من)
                ent = self.speech_giver(hit, first)
                if ent is None and hit.tok - 2 >= first:
                    ent = self.recording_owner(hit, first, g)
                if ent is None and hit.tok - 3 >= first:
                    ent = self.met_before(hit, first)
                if ent is None and toks[first] in _AMMA:
                    ent = self.sentence_topic(first, hit.tok)
                if ent is None:
                    ent = self.main_clause_subject(hit, first)
                    if (
                        ent is not None
                        and ent.kind == DOCUMENT
                        and (ent.gender == _F) == (toks[hit.np_start] == "فيها")
                        and toks[d := self.tok_at(ent.pos)] in _MESSAGES
                        and (sender := self.message_sender(d, first)) is not None
                        and agree(sender, g, n)
                    ):
                        # "ونقل رسالة إلى الرئيس X، أبلغه فيها أن": the
                        # message "فيها" takes up is what the words are in,
                        # not who speaks; its sender speaks
                        ent = sender
                    elif (
                        ent is not None
                        and ent.kind != DOCUMENT
                        and (d := self.message_from_before(hit.tok, first, toks[hit.np_start])) >= 0
                        and (sender := self.message_sender(d, first)) is not None
                        and agree(sender, g, n)
                    ):
                        # "وسلم السفير رسالة من الرئيس إلى الوزير قال فيها":
                        # the one who carries a message that names who it is
                        # from does not speak in it; its sender does
                        ent = sender
                if ent is not None:
                    return _Attribution(ent, cue_text, via, 0.75, False, hit.tok, clause)
            if (
                cue.kind == lx.PARTICIPLE
                and (agent := self.relative_agent_of(hit.tok, first)) is not None
                and agree(agent, g, n)
            ):
                # "…، ردا على انتقادات وجهها النائب X للحكومة، متهما إياها
                # بـ«…»": the one the participle's pronoun takes up is the
                # relative's object, so its named subject goes on
                return _Attribution(agent, cue_text, via, 0.7, False, hit.tok, clause)
            if cue.kind == lx.PARTICIPLE and not _cue_before(self.sent, cue_subjects, hit.tok, sid):
                # "اكتفى مصدر حكومي بالقول", "وسارع X إلى الترحيب، قائلا": no
                # cue before in the sentence, the clause's own subject first
                ent = self.clause_subject_once(hit, first, read)
                if ent is not None and ((g is None and n is None) or agree(ent, g, n)):
                    return _Attribution(ent, cue_text, via, 0.7, False, hit.tok, clause)
            elif cue.kind == lx.PARTICIPLE:
                # "قال X إن "…"، فيما اكتفت مصادر … بالقول": a clause of its own
                # after the earlier cue; its own subject before the last speaker
                own = self.main_clause_subject(hit, first, own_clause=True)
                if (
                    own is not None
                    and not (
                        own.kind == PERSON
                        and own.key.startswith("title:")
                        # ("…، ليتدخل المدعي العام قائلا:": the title right
                        # before the participle, nothing cut short)
                        and _key(own.surface).rsplit(None, 1)[-1] != _key(toks[hit.tok - 1])
                    )
                    and ((g is None and n is None) or agree(own, g, n))
                ):
                    # (a title alone may be a named person cut short by the
                    # verb's object: the mentions resolve it better)
                    return _Attribution(own, cue_text, via, 0.7, False, hit.tok, clause)
                if (
                    own is None
                    and (own := self.clause_after_cue_subject(hit, first)) is not None
                    and agree(own, g, n)
                    and (
                        (before := _last_cue_subject(self.sent, cue_subjects, hit.tok, sid)) is None
                        or before.kind not in _MAY_GO_ON
                        or not agree(before, g, n)
                        or self.contrast_clause(self.tok_at(own.pos), first)
                    )
                ):
                    # "قالوا إنها تمرر وفق رؤية الحكومة، وخلق المشروع جدلا، حيث
                    # انتقد X، النائب بحزب Y، القانون قائلا": the participle's
                    # own clause, after the earlier cue's, brings in a person
                    # whom the earlier subject cannot be (its gender or number,
                    # or a thing), or sets him against it ("فيما انتقد X …"):
                    # he speaks, not the earlier subject nor the last speaker
                    # (not "وهاجم النائب X، معتبرا": the object of a verb that
                    # goes on with the earlier speaker)
                    return _Attribution(own, cue_text, via, 0.7, False, hit.tok, clause)
            if toks[hit.tok - 1] in _SINCE and hit.tok - 2 > first and cue_verb:
                # "لكن ريغو كان أقل تفاؤلا، إذ قال": the clause's topic
                own = self.clause_topic(hit.tok - 1, first)
                if own is None and toks[hit.tok - 2] in _COMMAS:
                    # "فوجئ X لدى حديث Y عن …، إذ اعتبرهم «…»": the owner of
                    # the talk the clause names
                    own = self.talk_owner(hit.tok - 2, first)
                if own is None and toks[hit.tok - 2] in _COMMAS:
                    # "ويذهب الباحث X أبعد من ذلك، إذ كتب": the subject of the
                    # clause's first verb, a titled person
                    own = self.main_clause_subject(hit, first)
                    if own is not None and not (_named_person(own) and own.role):
                        own = None
                if own is not None and agree(own, g, n):
                    return _Attribution(own, cue_text, via, 0.7, False, hit.tok, clause)
            if (
                (
                    toks[hit.tok - 1] in _COMMAS
                    # ("وابتسم الوزير X وقال:", "واكتفى X بالنظر للصحفي وقال:":
                    # the verb joined by و with no comma before it, in a
                    # sentence that opens on a verb with و, no when-clause
                    # nor fronted conjunction; kw23a)
                    or (
                        toks[hit.tok][0] == "و"
                        and self.is_word[hit.tok - 1]
                        and (t0 := toks[first])[0] == "و"
                        and len(t0) > 3
                        and t0[1:3] != "ال"
                        and t0 not in _WHEN_CLAUSE
                        and t0 not in _FRONTING_OR_CONJ
                        and t0[1:] not in lx.NP_STOP
                    )
                )
                and (
                    toks[hit.tok][0] == "و"
                    # "وهاجم النائب X رئيس الحكومة Y، فقال": ف joins the
                    # verb to the clause as و does, but not an answer nor
                    # after a question or a call ("سأله X عن …، فأجاب",
                    # "وواجهه القاضي بالأدلة، فقال": the one asked speaks)
                    or (
                        toks[hit.tok][0] == "ف"
                        and _cue_of(toks[hit.tok][1:]) is not None
                        and toks[hit.tok] not in _ANSWERED
                        and _ASKED.isdisjoint(toks[first : hit.tok])
                    )
                )
                and hit.tok > first
                and (
                    (cue_verb and hit.pronoun is None)
                    # "ودافع الوزير X عن القرار، ونقلت عنه الوكالة قوله": the
                    # pronoun after the relay verb is the sentence's subject
                    or cue.kind == lx.RELAY
                )
                and bisect_left(self.hit_toks, first) == bisect_left(self.hit_toks, hit.tok)
            ):
                # "وانتقد الخبير X السياسات، وقال إن": a coordinated verb with
                # no subject shares the sentence's first verb's, before the
                # last speaker (no cue before it in the sentence)
                own = self.main_clause_subject(
                    # (the relay verb's gender is the relayer's)
                    hit if cue_verb else _CueHit(hit.tok, hit.np_start, _NO_CUE),
                    first,
                )
                if (
                    own is not None
                    and (
                        _named_person(own)
                        or own.kind == ORGANIZATION  # "رحبت غرفة التجارة بالقرار، وقالت"
                        # "التقى وزير الخارجية نظيره الروسي X، وقال": a title
                        # whose phrase "his counterpart" ends is complete, the
                        # counterpart the verb's object
                        or (
                            own.kind == PERSON
                            and not _COUNTERPARTS.isdisjoint(toks[self.tok_at(own.pos) : hit.tok])
                        )
                        # ("وابتسم الوزير وقال:", "واكتفى رئيس الوزراء بالصمت
                        # وقال": with no comma, a bare title that the verb's
                        # complement or the cue ends, no name cut short: the
                        # title speaks, not the last speaker; rev24)
                        or (
                            toks[hit.tok - 1] not in _COMMAS
                            and own.kind == PERSON
                            and "title:" <= own.key < "title;"
                            and self.title_ends_before(own, hit.tok)
                        )
                    )
                    and agree(own, g, n)
                    and _MEETING_GENDER.get(toks[self.tok_at(own.pos) - 1], g) == g
                ):
                    return _Attribution(own, cue_text, via, 0.7, False, hit.tok, clause)
            if (
                toks[hit.tok - 1] in _COMMAS
                and toks[hit.tok][0] == "و"
                and cue_verb
                and hit.pronoun is None
                and (c := bisect_left(self.hit_toks, hit.tok)) > bisect_left(self.hit_toks, first)
                and (own := self.main_clause_subject(hit, first)) is not None
                and _named_person(own)
                and own.role
                and self.tok_at(own.pos) > self.hit_toks[c - 1] + 1
                and self.tok_at(own.pos) > cue_hits[self.hit_toks[c - 1]].np_end
                and agree(own, g, n)
                and not self.contrast_clause(self.tok_at(own.pos), first)
            ):
                # "واعتبر X أن …، إذ اتصل الملك Y بالرئيس Z، وأخبره أن": the
                # coordinated verb goes on with the clause just before it,
                # whose verb's titled subject is named after the earlier
                # cue's, not with that cue's subject
                return _Attribution(own, cue_text, via, 0.7, False, hit.tok, clause)
            if (
                toks[first] in _WAS
                and cue_verb
                and (hit.pronoun is None or toks[hit.np_start] in _HONORIFIC_PRONOUNS)
                and (
                    "قد" in toks[first + 2 : first + 8]
                    or bisect_left(self.hit_toks, first + 2) < bisect_left(self.hit_toks, hit.tok)
                )
            ):
                # "وكانت سلطة الإغاثة قد أعلنت في بيان …، قالت إنه": the
                # subject of a pluperfect opening is that of the verbs of its
                # sentence that name none, before the last speaker
                own = self.main_clause_subject(hit, first)
                if (
                    own is not None
                    and (_named_person(own) or own.kind == ORGANIZATION)
                    and agree(own, g, n)
                ):
                    return _Attribution(own, cue_text, via, 0.7, False, hit.tok, clause)
            if (
                toks[hit.tok] in _SAYING_MANNER
                and (own := self.that_subject_saying(hit, sid, cue_subjects, g, n, agree))
                is not None
            ):
                # "وقال مصدر إن الوزير X علق على الحكم بالقول «…»": "saying"
                # goes with the that-clause's own verb of saying, whose named
                # subject says the words, not with the reporter (dev27s)
                return _Attribution(own, cue_text, via, 0.7, False, hit.tok, clause)
            ent = self.resolve(hit.tok, sid, g, n, cue_subjects, entities, prev, agree)
            if (
                ent is not None
                and cue_verb
                and (own := self.unnamed_post_goes_on(hit, first, read, ent, sid)) is not None
                and agree(own, g, n)
            ):
                ent = own
            if (
                hit.pronoun is not None
                and cue.kind == lx.RELAY
                and (ent is None or ent.kind == DOCUMENT)
            ):
                # "تحدث دبلوماسي عن لقائه مع المحامية X. ونقل عنها قولها إن":
                # the relay's pronoun, one whose saying is told, is the
                # person of its gender named last nearby, not the cable
                pos = doc.starts[hit.tok]
                for p in reversed(self._persons):
                    if p.pos < pos and p.sentence >= sid - 1 and p.key and agree(p, g, n):
                        ent = p
                        break
            follow_up = True
            confidence = 0.75 if ent is not None else 0.3
            if ent is None:
                ent = self.clause_subject_once(hit, first, read)
                if ent is not None and (g is not None or n is not None) and not agree(ent, g, n):
                    ent = None  # "نقل عنه": "him" is not the feminine cable
                confidence = 0.6 if ent is not None else 0.3
                if ent is None and (cue_verb or cue.kind == lx.PARTICIPLE):
                    # "ودافع X عن …، وقال: «…»" with nobody introduced
                    # before (an excerpt's first speaker): X, unknown as he
                    # is, rather than nobody
                    ent = self.bare_clause_subject(hit, first, read)
                    if ent is not None and not agree(ent, g, n):
                        ent = None
                    if ent is None and cue.kind == lx.PARTICIPLE:
                        # "وذكرت مصادر أن المحافظ قطع الشريط قائلا: «…»":
                        # a participle that agrees with no one before goes
                        # on with the subject of the that-clause it closes,
                        # when that one agrees (not the reporter, "مصادر")
                        # and is told by a title or a post (a bare name the
                        # text never met may be a word misread, "فإن حداد
                        # أعرب …، قائلا": no one, as before)
                        ent = self.that_clause_subject(hit, sid, cue_subjects, g, n, agree)
                        if ent is not None and not ent.role:
                            ent = None
                    confidence = 0.45 if ent is not None else 0.3
                if ent is None and cue_verb:
                    # "قال مصدر مطلع إن ما نشره الموقع من تسريبات تكشف «…»":
                    # a verb whose subject nobody speaks for (a thing, which
                    # it agrees with) inside the that-clause of an earlier
                    # cue of the sentence; who tells the clause speaks
                    ent = self.reporter_of_clause(hit, sid, cue_subjects)
                    if (
                        ent is not None
                        and g is not None
                        and not agree(ent, g, n)
                        and toks[hit.tok][0] == "و"
                        and (toks[hit.tok - 1] in _COMMA_SET or ent.number != n)
                    ):
                        # "وذكرت الوكالة أن المحافظ تفقد الموقع، وقال:": a
                        # verb with و after a comma goes on with the clause
                        # the that-clause told, its subject the one it
                        # agrees with, not the reporter of another gender
                        ent = self.that_clause_subject(hit, sid, cue_subjects, g, n, agree)
                    if ent is not None and n == _PL and not agree(ent, g, n):
                        # ("أعلن الموقع أن … على ما وصفوه بـ«…»": "they"
                        # is no singular reporter)
                        ent = None
                    confidence = 0.45 if ent is not None else 0.3
        if ent is not None and not right_side:
            # (not gated on _has_latter: "والأخير" glued to و is no token
            # الأخير of the vocabulary)
            # (a surface with no "الاخير" in it is none: one substring test
            # before the split)
            said_by = _NORMALIZED[ent.surface]
            latter_g = _fronted_latter(said_by) if "الاخير" in said_by else None
            if latter_g is not None:
                # "التقى الوزير X السفير Y، والأخير قال إن", "وهذا الأخير
                # أكد أن": "the latter" before its verb, glued to و or after
                # the demonstrative, is the person mentioned last (nobody
                # when none is met: the words as before)
                latter = self.last_mentioned(hit.tok, first, latter_g)
                if latter is not None:
                    if latter.key.startswith("title:"):
                        latter.key = ""
                    ent = latter
        return _Attribution(ent, cue_text, via, confidence, follow_up, hit.tok, clause)

    def uncued_subject(self, q: _Quote, first: int, opened: list) -> _Entity | None:
        """main_clause_subject of the sentence from ``first``, as if a cue
        stood at ``q``'s opening mark, read once into ``opened``: attribute's
        rules for words with no cue ask for it up to three times with the
        same arguments and nothing read in between (it scans and classifies
        phrases)."""
        if not opened:
            opened.append(self.main_clause_subject(_CueHit(q.open_tok, q.open_tok, _NO_CUE), first))
        return opened[0]

    def reporter_of_clause(self, hit: _CueHit, sid: int, cue_subjects) -> _Entity | None:
        """The subject of the last cue before ``hit`` in its sentence whose
        أنّ/إنّ the verb at ``hit`` follows, with no cue between them."""
        if (last := _last_cue_in_sentence(self.sent, cue_subjects, hit.tok, sid)) is None:
            return None
        t, e, h = last
        if h.cue.kind not in (lx.VERB, lx.RELAY) or hit.tok - h.np_end > 25:
            return None
        hits = self.hit_toks
        if bisect_left(hits, t + 1) != bisect_left(hits, hit.tok):
            return None  # (another cue between: its own clause)
        if _THAT.isdisjoint(self.doc.toks[h.np_end : hit.tok]):
            return None
        return e if e.kind in (PERSON, ANONYMOUS, ORGANIZATION, GROUP) else None

    def that_clause_subject(self, hit: _CueHit, sid: int, cue_subjects, g, n, agree):
        """The subject of the that-clause of the last cue before ``hit`` in
        its sentence (reporter_of_clause), a person, a source or a group
        that agrees with the verb at ``hit`` ("أن المحافظ تفقد الموقع،
        وقال"), or None."""
        if (last := _last_cue_in_sentence(self.sent, cue_subjects, hit.tok, sid)) is None:
            return None
        toks = self.doc.toks
        k = last[2].np_end
        while k < hit.tok and toks[k] not in _NAMED_THAT_SET:
            k += 1
        if k + 2 >= hit.tok:
            return None
        b, ra, rb = self.scan_np(k + 1, hit.tok, None)
        if b <= k + 1:
            return None
        ent = self.classify(k + 1, b, ra, rb, None)
        if ent is not None and ent.kind in (PERSON, ANONYMOUS, GROUP) and agree(ent, g, n):
            return ent
        return None

    def that_subject_saying(self, hit: _CueHit, sid: int, cue_subjects, g, n, agree):
        """ "وقال مصدر حكومي إن الوزير X علق على الحكم بالقول «…»", "وذكرت
        مصادر أن X رد على القرار قائلا": the named subject of the
        that-clause of the last cue before ``hit``, right before a verb of
        saying of its own whose clause ``hit`` closes with no comma between
        (else None): "saying" tells how that verb's subject said it (dev27s)."""
        if (last := _last_cue_in_sentence(self.sent, cue_subjects, hit.tok, sid)) is None:
            return None
        toks = self.doc.toks
        k = last[2].np_end
        while k < hit.tok and toks[k] not in _NAMED_THAT_SET:
            k += 1
        if k + 2 >= hit.tok:
            return None
        b, ra, rb = self.scan_np(k + 1, hit.tok, None)
        if (
            b <= k + 1
            or b >= hit.tok
            or hit.tok - b > 15
            or (c := _cue_of(toks[b])) is None
            or c.kind != lx.VERB
            or not _COMMA_SET.isdisjoint(toks[b : hit.tok])
            or any(self.in_quote[b : hit.tok])
        ):
            return None
        ent = self.classify(k + 1, b, ra, rb, None)
        if _named_person(ent) and agree(ent, g, n) and agree(ent, c.gender, c.number):
            return ent
        return None

    def contrast_clause(self, k: int, first: int) -> bool:
        """Whether token ``k`` is in a clause opened after a comma by a
        conjunction of contrast ("، بينما غادر الرئيس Y البلاد،", "في حين",
        "فيما"): an aside set against the sentence, whose subject a verb
        after it does not go on with."""
        toks = self.doc.toks
        m = k - 1
        while m > first and k - m < 6 and toks[m] not in _COMMA_SET:
            m -= 1
        if toks[m] not in _COMMA_SET or m + 2 >= k:
            return False
        w = toks[m + 1]
        return w in _CONTRAST or (w in ("في", "وفي") and toks[m + 2] == "حين")

    def clause_after_cue_subject(self, hit: _CueHit, first: int) -> _Entity | None:
        """The named person a participle's own clause brings in when an
        earlier cue stands in its sentence: the subject of the clause that
        opens after that cue's phrase (at the first clause mark after it), as
        main_clause_subject reads a sentence's; None when that is no named
        person, or the earlier cue's own subject."""
        toks = self.doc.toks
        hit_toks = self.hit_toks
        c = bisect_left(hit_toks, hit.tok)
        if c == 0 or hit_toks[c - 1] < first:
            return None
        prev = self.cue_hits[hit_toks[c - 1]]
        m = max(prev.tok + 1, prev.np_end)
        while m < hit.tok and (
            (toks[m] not in _CLAUSE_PUNCT and toks[m] not in _SENTENCE_ENDS) or self.in_quote[m]
        ):
            # (a full stop glued to the next word ends no sentence: "….وانتقد")
            m += 1
        if m + 3 >= hit.tok:
            return None
        ent = self.main_clause_subject(hit, m + 1)
        if ent is None or not _named_person(ent) or not self.object_after(ent, hit.tok):
            return None
        return ent

    def statement_agent(self, that: int, lo: int) -> _Entity | None:
        """The agent in construct with a verbal noun of saying glued to بـ
        that stands a few words before أنّ at ``that`` ("بإعلان رئيس الوفد X
        أن", "بتأكيد الوزير أن", "باعتراف الليبيين بأنهم"), a person, a
        group or a body named, or None. So is the agent of such a noun
        that is the subject of جاء right before it ("وجاء تأكيد X Y أن",
        "came X Y's assertion that"), and of one whose أنّ follows على
        ("بتأكيده على أن", "وجاء تأكيد X Y على أن"), or a warning's whose
        أنّ follows من ("وجاء تحذير X Y من أن": warned of). After جاء, where
        or when he said it may stand between the agent and أنّ: up to four
        plain words opened by one of _WHERE_SAID ("وجاء تأكيد X في بيانها
        أن"), up to eight ("في بيان نشرته على موقعها"), or in commas ("،
        في بيان رسمي،")."""
        toks = self.doc.toks
        end = that - 1 if toks[that - 1] == "علي" or toks[that - 1] == "من" else that
        for k in range(end - 2, max(lo, that - 14) - 1, -1):
            t = toks[k]
            if self.in_quote[k] or not (self.is_word[k] or toks[k] in _COMMA_SET):
                return None
            if not (
                # (a noun glued to بـ within the eight words before أنّ, as
                # before; the one after جاء further, past where he said it)
                (t[:1] == "ب" and t[1:] in _SAYING_NOUNS and k >= that - 8)
                or (t in _SAYING_NOUNS and k > lo and toks[k - 1] in _THAT_CAME)
            ):
                continue
            b, ra, rb = self.scan_np(k + 1, end, None)
            if b != end and not (
                # "وجاء تأكيد وزارة الخارجية في بيانها أن", "خلال اجتماع
                # أمس": after جاء, where or when the agent said it, a short
                # phrase of plain words between him and أنّ (not after بـ:
                # "ورحبت النقابة بإعلان الحكومة في بيانها أن", the statement
                # may be the subject's)
                t[:1] != "ب" and k + 1 < b < end and self.where_said(b, end)
            ):
                return None
            if ra < rb and rb != b:
                return None
            ent = self.classify(k + 1, b, ra, rb, None)
            if ent is None or not (
                _named_person(ent)
                or (ent.kind == PERSON and ent.role)
                or ent.kind == GROUP
                # ("وجاء تأكيد الحكومة أن", "بإعلان وزارة X أن": a body
                # says as a person does; kw17c)
                or ent.kind == ORGANIZATION
            ):
                return None
            if (
                end < that
                and toks[end] == "من"
                and not (
                    t[-5:] == "تحذير"
                    and (
                        ent.kind == ORGANIZATION
                        or (ent.kind == PERSON and (ent.role or " " in ent.surface))
                    )
                )
            ):
                # "وجاء تحذير X من أن": من before أنّ is a warning's (what
                # is warned of), its agent a titled person, a full name or a
                # body; the people warned ("تحذير المواطنين من أن"), a
                # group or a bare plural, are its object, no agent
                return None
            if t == "بتحذير" and not (_named_person(ent) and ent.role):
                # "وانتهت الجلسة بتحذير المتهمين أن «…»": حذّر takes the
                # one warned as its object, so a group, a bare title or a
                # bare plural read as a name after the noun is that object;
                # only a named, titled person is its agent
                return None
            return ent
        return None

    def guest_of_programme(self, j: int) -> int:
        """The words from token ``j``, after "ضيف"/"ضيفة" (one to three,
        before أنّ, a comma or a mark), or the first of them, name a programme
        the text told before after برنامج/حصة ("في برنامج X Y اليوم" then
        "وأعلن ضيف X Y أن"): their count, else 0."""
        toks, is_word, in_quote = self.doc.toks, self.is_word, self.in_quote
        e = j
        while (
            e < self.n
            and e - j < 3
            and is_word[e]
            and not in_quote[e]
            and toks[e] not in _THAT
            and _cue_of(toks[e]) is None
        ):
            e += 1
        if e == j:
            return 0
        best = 0
        for h in self.where(toks[j]):
            if h >= j - 1:
                break
            if h and toks[h - 1] in _PROGRAMME_HEADS:
                m = 1
                while j + m < e and toks[h + m] == toks[j + m]:
                    m += 1
                best = max(best, m)
        return best

    def where_said(self, b: int, end: int) -> bool:
        """Tokens [``b``, ``end``) are where or when one said what the أنّ at
        ``end`` opens: a phrase opened by one of _WHERE_SAID and up to
        seven plain words more ("في بيانها", "في بيان نشرته على موقعها",
        "خلال اجتماع أمس"), or such a phrase after a comma, in commas or
        not ("، في بيان رسمي،", "، في بيان رسمي أن": a comma before it sets
        it off as well; rev22)."""
        toks = self.doc.toks
        if toks[b] in _COMMA_SET:
            b += 1
            if toks[end - 1] in _COMMA_SET:
                end -= 1
        return (
            b < end
            and toks[b] in _WHERE_SAID
            and end - b <= 8
            and all(self.is_word[m] and not self.in_quote[m] for m in range(b + 1, end))
        )

    def object_after(self, ent: _Entity, end: int, construct: bool = False) -> bool:
        """Whether words that may be a verb's object follow the person
        ``ent`` names (past an apposition in commas) before token ``end``:
        then he is the verb's subject. Nothing after him but the clause's
        end or a preposition ("فيما استقبل السفير X، مؤكدا", "حيث التقى
        الوزير X في مكتبه، مضيفا"), he may be the object of a verb whose
        subject goes on. ``construct``: ``end`` opens words in marks, and
        one noun without the article before them is in construct with
        them, the object ("واستعرض X سير «…»")."""
        toks = self.doc.toks
        # the token after the name's last word
        # (of the folded surface: "بودربالة" is the token "بودرباله")
        last = _key(_NORMALIZED[ent.surface]).rsplit(None, 1)[-1:]
        e = self.tok_at(ent.pos)
        while e < end and [_key(toks[e])] != last:
            e += 1
        e += 1
        if e < end and toks[e] in _COMMA_SET:
            # "حيث انتقد X، النائب بحزب Y، القانون": past the apposition
            m = e + 1
            while m < end and m - e < 10 and self.is_word[m]:
                m += 1
            if m < end and toks[m] in _COMMA_SET:
                e = m + 1
        if e == end and toks[self.after_turn(self.sent_first[self.sent[end]])] in _STANCE_VERBS:
            # "وانتقد رئيس البرلمان X «…»": words in marks right after the
            # subject of a verb of taking a stance that opens the sentence
            # (or the turn to another party: "من جهته، انتقد X «…»") are
            # its object (not after any verb: "وجاءت إجابة الوزير قاطعة
            # «…»")
            return True
        if e + 1 < end and toks[e] == "قد" and self.is_word[e + 1]:
            # "وكان الشريف قد اتهم الحكومة", "وكان رئيس البرلمان X قد انتقد
            # «…»", "قد رفض في وقت سابق «…»": كان, its subject, قد and the
            # verb; whatever follows, the words in marks are the verb's object
            return True
        if (
            construct
            and e + 1 == end
            and self.is_word[e]
            and (w := toks[e])[:2] != "ال"
            and len(w) >= 3
            and w not in lx.NP_STOP
            and _cue_of(w) is None
            and self.in_quote[end]
            and end + 6 < self.n
            and all(self.in_quote[end : end + 6])
        ):
            # "واستعرض X سير «العملية السياسية منذ …»", "وشرح X أسباب «…»":
            # a bare noun right before words in marks (five at least) is
            # in construct with them, the verb's object
            return True
        return (
            e + 1 < end
            and bool(self.is_word[e])
            # ("رفض X هذا الموقف": a demonstrative opens the object)
            and (toks[e] not in lx.NP_STOP or toks[e] in _DEMONSTRATIVES)
        )

    def after_turn(self, first: int) -> int:
        """The token after the turn to another party that opens the
        sentence at ``first`` ("من جهته،", "بدوره،", "في المقابل،") and its
        comma, else ``first``."""
        toks = self.doc.toks
        if first + 1 >= self.n:
            return first
        if self.turn_opens(first):
            k = first + (1 if toks[first + 1] not in _TURN_NEXT else 2)
        elif toks[first] in _IN_OR_AND_IN and toks[first + 1] == "المقابل":
            k = first + 2
        else:
            return first
        return k + 1 if k + 1 < self.n and toks[k] in _COMMA_SET else k

    def unnamed_post_goes_on(
        self, hit: _CueHit, first: int, read: list, found: _Entity, sid: int
    ) -> _Entity | None:
        """ "وفي بداية اللقاء رحب أمير المنطقة بالحضور، وقال سموه" after
        "… نائب أمير المنطقة X": a post told with no name as the subject of
        the clause a verb of saying joined by و after its comma goes on
        from, named since ``found`` (the person resolve or the honorific
        found) and no post he holds (not "نائب أمير المنطقة" for "أمير
        المنطقة", a deputy's post, nor "السفير"), speaks, over him; the post
        said again of a person named with it is his (kw38)."""
        toks = self.doc.toks
        if (
            found.kind != PERSON
            or not found.role
            or toks[hit.tok - 1] not in _COMMAS
            or toks[hit.tok][0] != "و"
            or not (hit.pronoun is None or toks[hit.np_start] in _HONORIFIC_PRONOUNS)
        ):
            return None
        # (the post must be headed by a title after the one found: a test on
        # the tokens, before main_clause_subject, read only then)
        lo = first
        if found.sentence == sid:
            lo = max(lo, self.tok_at(found.pos) + 1)
        is_head = _IS_TITLE_HEAD
        for k in range(lo, hit.tok - 1):
            if is_head[toks[k]]:
                break
        else:
            return None
        own = self.clause_subject_once(hit, first, read)
        if (
            own is None
            or not own.role
            or own.sentence != sid
            or own.pos <= found.pos
            or not (
                (own.kind == PERSON and "title:" <= own.key < "title;")
                or (own.kind == ANONYMOUS and normalize_first(own.role) in lx.TITLES)
            )
            or not _post_of_another(own.role, found.role)
        ):
            return None
        s = self.tok_at(own.pos)
        if s + len(own.surface.split()) >= hit.tok - 1:
            # "والتقى الرئيس المصري، وقال", "وخاطب الوزير، وقال": a post that
            # ends at the comma, nothing after it in its clause, may be the
            # object of a verb whose elided subject, the one found, goes on
            return None
        return own

    def clause_subject_once(self, hit: _CueHit, first: int, read: list) -> _Entity | None:
        """main_clause_subject(hit, first), read once per quote into
        ``read`` with the bare names it passed over (attribute asks for it
        twice with nothing read in between, then for the bare reading)."""
        if not read:
            passed: list[tuple[_Entity, int, int]] = []
            read.append(self.main_clause_subject(hit, first, passed=passed))
            read.append(passed)
        return read[0]

    def bare_clause_subject(self, hit: _CueHit, first: int, read: list) -> _Entity | None:
        """main_clause_subject(hit, first, bare=True) from the plain
        reading: the two read the same clauses in the same order and differ
        only at a bare name the plain one passes over, which the bare one
        takes when the verb's preposition follows it; so the first such
        name, else the plain reading's answer (no second scan)."""
        plain = self.clause_subject_once(hit, first, read)
        toks = self.doc.toks
        for ent, b, v in read[1]:
            if (
                self.verb_preposition_at(b, hit.tok - 1)
                or (
                    # "ووقف X مرددا: «…»", "وخرج X أمام المحكمة قائلا": a verb
                    # that takes no object, the name its subject (kw35)
                    toks[v] in _POSTURE_VERBS
                    and (b == hit.tok or toks[b] in _POSTURE_PLACES)
                    # (a name, not a thing: "وعاد الهدوء", "وقف إطلاق النار")
                    and (w := toks[v + 1])[:2] != "ال"
                    and not _derived_masdar(w)
                    and not _IFAAL_SHAPE[w]
                )
            ):
                return ent
        return plain

    def verb_preposition_at(self, b: int, end: int) -> bool:
        """Token ``b``, right after a bare name, before ``end``, opens the
        verb's complement (main_clause_subject, bare): its preposition ("ودافع
        X عن", "وردّ X على"), or one word glued to لـ/بـ or an adverb, then
        عن/على/إلى ("وتحدث X للصحفيين عن", "فدافع X بقوة عن", "ودافع X
        مجددا عن"): no object stands there."""
        toks = self.doc.toks
        if b >= end:
            return False
        if toks[b] in _COMPLEMENT_PREPOSITIONS:
            return True
        w = toks[b]
        if w in _PEOPLE_PLURALS or (
            # ("وحث X الصيادين على": any definite sound plural after a
            # verb of urging right before the name, as scan_np reads it)
            _words_module._urged_sound_plural(w)
            and any(t in _words_module._CALL_ON_FORMS for t in toks[max(0, b - 4) : b])
        ):
            # "وحث X الشباب على", "وشجع X المواطنين والطلاب على": a plural
            # of people (and others joined by و) before على/إلى is the
            # object scan_np ends the name before, the one urged or called
            # on; the verb's preposition follows it (mend27b)
            j = b + 1
            while j < end and j - b <= 3 and toks[j][:3] == "وال":
                j += 1
            return j < end and toks[j] in _TO_OR_ON
        return (
            b + 1 < end
            and toks[b + 1] in _VERB_PREPOSITIONS
            and self.is_word[b]
            and ((w[0] in "لب" and len(w) > 3 and w[:2] != "ال") or w in _ADVERBS)
        )

    def main_clause_subject(
        self,
        hit: _CueHit,
        first: int,
        own_clause: bool = False,
        bare: bool = False,
        passed: list | None = None,
    ) -> _Entity | None:
        """ "وانتقد الوزير X المعارضة قائلا: …": the subject of the clause's
        first verb, whatever that verb is (with ``own_clause``, only of the
        clause the cue is in, and only when no earlier cue is in it; with
        ``bare``, also a name the text has not introduced, untitled, when a
        preposition follows it: "ودافع X عن …، وقال")."""
        toks = self.doc.toks
        k = hit.tok - 2
        if (
            hit.cue.kind == lx.PARTICIPLE
            and k > first
            and toks[hit.tok - 1][:2] == "ال"
            and toks[k] == "الي"
        ):
            # "ما دفع رئيس المجلس X إلى التدخل قائلا:": the one the clause
            # drives to act, named after دفع, is the participle's agent
            m = k - 1
            while m > first and k - m < 8 and self.is_word[m] and toks[m] not in _DROVE:
                m -= 1
            if toks[m] in _DROVE and m + 1 < k:
                b, ra, rb = self.scan_np(m + 1, k, None)
                if b == k:
                    ent = self.classify(m + 1, b, ra, rb, hit.cue)
                    if ent is not None and ent.kind == PERSON:
                        return ent
        if toks[hit.tok - 1] == "الي" and hit.tok - first > 3 and toks[hit.tok] in _DROVE_TO_SAY:
            # "ودفعت الاحتجاجات رئيس الحكومة إلى القول بأن «…»": the one
            # driven to say, named after دفع and before إلى and the verbal
            # noun of saying, says the words, not what drove him (read as
            # the name of a person holding his post; kw36)
            m = hit.tok - 2
            while (
                m > first
                and hit.tok - m < 10
                and self.is_word[m]
                and toks[m] not in _DROVE
                and toks[m][1:] not in _DROVE
            ):
                m -= 1
            if (toks[m] in _DROVE or toks[m][1:] in _DROVE) and m + 2 < hit.tok - 1:
                n0 = m + 1
                if _NP_KIND[toks[n0]] == 2 and _NP_KIND[toks[n0 + 1]] in (3, 4):
                    n0 += 1  # (the subject of دفع before its object: "الاحتجاجات")
                elif (
                    _NP_KIND[toks[n0]] == 4
                    and toks[n0][:2] == "ال"
                    and _NP_KIND[toks[n0 + 1]] == 3
                    and n0 + 2 < hit.tok - 1
                ):
                    # "ودفعت الوزيرة رئيس الحكومة إلى القول": a bare definite
                    # title, the person who drove, then a post in construct
                    # opens the one driven (mend34c)
                    n0 += 1
                elif _NP_KIND[toks[n0]] == 2 and _NP_KIND[toks[n0 + 1]] == 2:
                    n0 += 1 + (_NP_KIND[toks[n0 + 2]] in (3, 4) and n0 + 2 < hit.tok - 1)
                # (a title opens the one driven: "دفعت تطورات الأزمة الوزير"
                # is left to the readings below)
                if _NP_KIND[toks[n0]] in (3, 4):
                    b, ra, rb = self.scan_np(n0, hit.tok - 1, None)
                    if b == hit.tok - 1:
                        ent = self.classify(n0, b, ra, rb, hit.cue)
                        if ent is not None and ent.kind == PERSON and ent.role:
                            return ent
        if hit.cue.kind == lx.PARTICIPLE and hit.tok - first > 4:
            # "هذا الثناء دفع رئيس الوزراء X لممازحة الحضور بالقول": the one
            # driven to act (named after دفع, then the act glued to لـ or
            # after إلى, and its object) is the agent of the saying, not the
            # clause's subject nor the act's object
            for m in range(hit.tok - 3, max(first, hit.tok - 14) - 1, -1):
                if not self.is_word[m] or self.in_quote[m]:
                    break
                if toks[m] not in _DROVE:
                    continue
                for j in range(m + 2, min(hit.tok - 1, m + 9)):
                    w = toks[j]
                    if not self.is_word[j]:
                        break
                    if w != "الي" and not (w[:1] == "ل" and w[:2] != "ال" and len(w) > 3):
                        continue
                    b, ra, rb = self.scan_np(m + 1, j, None)
                    if b == j:
                        ent = self.classify(m + 1, b, ra, rb, hit.cue)
                        if ent is not None and ent.kind == PERSON and (ent.role or self.known(ent)):
                            return ent
                    break
                break
        if _VOICE_WORD in self.vocab and hit.cue.kind == lx.PARTICIPLE and hit.tok - first > 3:
            # "هنا علا صوت X بوجه Y قائلا: «…»": the voice that rose is the
            # owner's, who speaks (not one it rose at, not the last speaker)
            for m in range(hit.tok - 3, max(first, hit.tok - 10) - 1, -1):
                if not self.is_word[m] or self.in_quote[m]:
                    break
                if toks[m] in _VOICE_OF and toks[m - 1] in _ONE_VOICE_ROSE:
                    b, ra, rb = self.scan_np(m + 1, hit.tok, None)
                    hit_toks = self.hit_toks
                    # (no verb of saying between: "وعلا صوت الموسيقى فأضاف
                    # قائلا" is the verb's subject's)
                    if b > m + 1 and bisect_left(hit_toks, m) == bisect_left(hit_toks, hit.tok):
                        ent = self.classify(m + 1, b, ra, rb, hit.cue)
                        if ent is not None and ent.kind in (PERSON, ANONYMOUS):
                            return ent
                    break
        if hit.cue.kind == lx.PARTICIPLE and toks[first] in _APPEARED:
            # "وظهر في التسجيل أن الوزير X يخاطب شخصا قائلا: «…»": a verb
            # of appearing has no person for its subject, what appears is the
            # that-clause; its subject, a named person before the clause's
            # present verb, says the words
            for m in range(first + 1, min(hit.tok - 2, first + 8)):
                if toks[m] in _THAT:
                    # (the clause's present verb, "يخاطب", after its subject)
                    v = m + 2
                    while v < hit.tok - 1 and v - m <= 5 and toks[v][0] not in "يت":
                        v += 1
                    if v < hit.tok - 1 and len(toks[v]) >= 4:
                        b, ra, rb = self.scan_np(m + 1, v, None)
                        if b == v:
                            ent = self.classify(m + 1, b, ra, rb, hit.cue)
                            if _named_person(ent):
                                return ent
                    break
                if not self.is_word[m] or self.in_quote[m]:
                    break
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
        # (no further back than _CLAUSE_REACH tokens: a sentence of
        # thousands of words with no punctuation, its stops lost, was read
        # back to its start for each cue in it, quadratic in its length)
        lo = first if hit.tok - first <= _CLAUSE_REACH else hit.tok - _CLAUSE_REACH
        in_quote = self.in_quote
        while k > lo and len(starts) < 4:
            if (toks[k] in _CLAUSE_PUNCT and not in_quote[k]) or (
                toks[k] in QUOTE_MARKS and in_quote[k]
            ):
                # (marks around a name, "برنامج "زيت تونس أولا"", open no
                # clause; nor do the commas of the words quoted, "بعد القداس،
                # تناول البطريرك في عظته "…، …، …"، مشددا": they used up the
                # four clauses read back before the narrator's; dev15a)
                starts.append(k + 1)
                if own_clause:
                    break
            elif toks[k] in _AND_WHEN and not own_clause and not self.in_quote[k]:
                # "… أسئلة الصحافيين وحين سأله مراسل X …، قائلا" (a subheading
                # run into the text): "and when" opens a clause of its own
                starts.append(k)
            k -= 1
        if own_clause:
            if not starts:
                return None
            hit_toks = self.hit_toks
            if bisect_left(hit_toks, starts[0]) < bisect_left(hit_toks, hit.tok):
                return None  # an earlier cue in the clause: it has its subject
        else:
            starts.append(first)
        noted_lo = max(first, hit.tok - 30)
        if (
            not own_clause
            # (a cue among the text's first tokens has no words before it:
            # the slice's end, negative, took in the whole text, for each
            # quote read back to that cue: fuzz16)
            and hit.tok - 3 > noted_lo
            and not _IT_IS_NOTED.isdisjoint(toks[noted_lo : hit.tok - 3])
        ):
            # "يذكر أن منظمة «X» كانت قد نشرت تقريرا …، جاء فيه": the
            # narrator's "it is worth noting", then the clause's subject
            # before its كان (also run on from the sentence before, its full
            # stop dropped)
            k = hit.tok - 4
            while k >= noted_lo and toks[k] not in _IT_IS_NOTED:
                k -= 1
            if toks[k + 1] in _THAT and self.is_word[k + 2] and not self.in_quote[k]:
                b, ra, rb = self.scan_np(k + 2, hit.tok, None)
                if k + 2 < b < hit.tok and toks[b] in _KANA:
                    ent = self.classify(k + 2, b, ra, rb, hit.cue)
                    if ent is not None and (ent.kind == ORGANIZATION or _named_person(ent)):
                        return ent
        for c, k in enumerate(starts):
            if k == first and not own_clause:
                # "لكن الوزير X، المحسوب على …، خرج من الجلسة، وقال": the
                # sentence opens with its subject, set off by commas
                found = self.fronted_subject(k, hit.tok - 1, hit.cue, strict=True)
                if found is not None:
                    return found[0]
            if k == 0 and k + 5 < hit.tok and (toks[1] in _DASHES or toks[2] in _DASHES):
                # "عمّان - الغد انتقدت النائب X …، وقالت": a dateline without
                # a date run into the lead (scraped text), the place, a dash
                # and the outlet's word; the lead's verb follows
                d = 1 if toks[1] in _DASHES else 2
                if self.is_word[d + 1] and self.is_word[d + 2] and toks[d + 2] not in lx.NP_STOP:
                    k = d + 2
            aux = False
            k0 = k
            while k < hit.tok and (
                not self.is_word[k] or toks[k] in _CONJUNCTIONS or toks[k] in _AUXILIARIES
            ):
                aux = aux or toks[k] in _AUXILIARIES
                k += 1
            if toks[k] in _WHEN_CLAUSE and k + 2 < hit.tok:
                # "وحين سأله مراسل X …، قائلا:": the when-clause's verb
                # follows its opener, and its subject speaks
                k += 1
            if k == first and k + 2 < hit.tok and toks[k + 1] in _OPENER_SECOND.get(toks[k], ()):
                # "في المقابل دافع الوزير X …، ورد قائلا", "من جهتها أصدرت
                # الإدارة بيانا أكدت فيه": a discourse opener, then the verb
                k += 2
                if toks[k] in _COMMAS:
                    k += 1
            if k == first and hit.tok - k > 4:
                # "ولتفادي ذلك فقد أصدرت الوزارة بيانا قالت فيه": a fronted
                # adverbial with no comma, then فقد and the clause's verb
                for m in range(k + 1, min(hit.tok - 3, k + 8)):
                    if toks[m] in _SO_HAS and self.is_word[m + 1] and not self.in_quote[m]:
                        k = k0 = m + 1
                        break
            if k == first and hit.tok - k > 4 and toks[k] in _OCCASION_OPENERS:
                # "وخلال الجلسة قدم رئيس الوزراء تقريرا مفصلا، وقال", "وفي ذلك
                # الاجتماع قدم …", "وفي ختام الجلسة …": a fronted adverbial of
                # occasion with no comma (a demonstrative, a noun in construct,
                # definite nouns), then the clause's verb and its titled subject
                # or body; a bare title is no person met, whom the verb of saying
                # after it would go on with
                m = k + 1 + (toks[k + 1] in _DEMONSTRATIVES)
                if (_NP_KIND[toks[m]] == 1 or toks[m] in _BEGINNING_NOUNS) and _NP_KIND[
                    toks[m + 1]
                ] == 2:
                    m += 1
                j = m
                while j < m + 3 and j < hit.tok - 2 and _NP_KIND[toks[j]] == 2:
                    j += 1
                if j > m and toks[j] in _SAME_EMPHATIC and j < hit.tok - 2:
                    # "وفي الوقت نفسه قدم الوزير …": the occasion's noun and
                    # its emphatic "the same" (kw36)
                    j += 1
                if (
                    j > m
                    and j + 1 < hit.tok
                    and _NP_KIND[toks[j]] == 1
                    and toks[j] not in lx.NP_STOP
                    and not self.in_quote[j + 1]
                    and (_NP_KIND[toks[j + 1]] in (3, 4) or toks[j + 1] in lx.ORGANIZATION_HEADS)
                ):
                    k = k0 = j
            if (
                k >= hit.tok - 1
                or self.in_quote[k]
                or (
                    toks[k] in lx.NP_STOP
                    # ("ألقى الوزير محاضرة، وقال": a verb that folds like
                    # a word with the article opens its clause; mend35e)
                    and toks[k] not in _ARTICLE_SHAPED_VERBS
                    # "كما هنأ الرئيس X …": هنأ folds to the adverb هنا;
                    # after a conjunction, before a title, it is the verb
                    and not (
                        toks[k] == "هنا"
                        and k > k0
                        and (toks[k + 1] in _TITLE_LIKE or toks[k + 1] in lx.HONORIFICS)
                    )
                )
            ):
                continue
            if toks[k] in _CLAUSE_PREPOSITIONS:
                # "وعن سبب اهتزاز الفريق، رد قائلا:": a fronted prepositional
                # phrase, no verb; the noun after it is its object, and the
                # verb after its comma has a pronoun for its subject
                continue
            if (
                k != first
                and not (aux and k0 == first)
                and (toks[k] in _TITLE_LIKE or toks[k].startswith("ال") or toks[k] in _KIN)
                and toks[k] not in _ARTICLE_SHAPED_VERBS
            ):
                # "…، وزير الشؤون النيابية، على النائب قائلا": an apposition
                # (but "وكانت الجمعية قد أصدرت بيانا قالت فيه": the sentence's
                # subject after its auxiliary)
                continue
            if k != first and k + 1 < hit.tok and _thing_in_commas(toks, k, k + 2, bodies=False):
                # "وانتقد رئيس البلدية، خطة الحكومة، مؤكدا": a thing in
                # construct, the object of the verb before, no verb and its
                # subject
                continue
            if (
                k != first
                and k + 2 < hit.tok
                and toks[k - 1] in _COMMAS
                and (
                    _object_noun_opening(toks[k], toks[k + 1])
                    # ("وثمن X، رئيس …، مضامين خطاب الأمير Y، …، وقال": a
                    # broken plural in construct; dev15b)
                    or _broken_plural_opening(toks[k], toks[k + 1])
                )
            ):
                # "واستنكر X، مجزرة مستشفى الأمل، وتابع": a thing, an event
                # or a derived verbal noun in construct with a body or a
                # titled person is the verb's object, no verb whose subject
                # they are
                continue
            if (
                c == 1
                and k != first
                and starts[0] == hit.tok
                and k + 4 >= (e := hit.tok - 1)
                and toks[e] in _COMMAS
                and toks[k - 1] in _COMMAS
            ):
                b, ra, rb = self.scan_np(k, e, None)
                if (
                    b == e
                    and (ent := self.classify(k, b, ra, rb, None)) is not None
                    and ent.kind == PERSON
                    and self.known(ent)
                ):
                    # "ورفع صوته ضد رئيس المجلس، كمال الحداد، معلنا": a
                    # name the text knows, alone between commas right
                    # before the cue, is an apposition to the noun
                    # before it, no clause whose verb opens it (the
                    # subject's own apposition, "أن الوزير، X، نفى …"
                    # or "واتهمت النائبة، X، الحكومة …"، has more after
                    # its comma)
                    continue
            if (
                c
                and k != first
                and toks[k - 1] in _COMMAS
                and toks[(e := starts[c - 1] - 1)] in _COMMAS
                and k + 4 >= e
                and self.post_before_comma(k - 1, starts[c + 1] if c + 1 < len(starts) else first)
            ):
                b, ra, rb = self.scan_np(k, e, None)
                if b == e and _named_person(self.classify(k, b, ra, rb, None)):
                    # "تقدم الوزير X بالشكر إلى رئيسة البلدية، Z W، على …،
                    # مشيرا": a name alone between commas after a post in a
                    # genitive or after a preposition, well into its clause,
                    # is that post's holder in apposition, no clause's
                    # subject (not "واتهمت النائبة، Z W، الحكومة …": the
                    # post opens its clause)
                    continue
            if (
                c + 1 < len(starts)
                and (e := starts[c + 1]) != first
                and (toks[e] in _TITLE_LIKE or toks[e].startswith("ال") or toks[e] in _KIN)
            ):
                # "والتمس ممثل النيابة، نائب الوكيل العام X، إدانة جميع
                # المتهمين، معتبرا": after an apposition, the main clause's
                # object, no new verb
                continue
            s0 = k + 1
            if aux:
                b, ra, rb = self.scan_np(k, hit.tok, None)
                if (
                    b > k
                    and b < hit.tok
                    and (
                        toks[b] == "قد"
                        or toks[b] in _CUE_WORDS
                        # ("وكان الوزير يرد على …، وقال", "وكانت الوزيرة
                        # تشرف على …": the clause's present verb, which the
                        # phrase stopped before; kw24)
                        or (toks[b][:1] in ("ي", "ت") and self.is_word[b] and not self.in_quote[b])
                    )
                ):
                    # "وكانت وزارة الفلاحة قد أطلقت …، وأكدت": after an
                    # auxiliary, the subject before قد and the verb; so
                    # before the verb of saying itself ("وكان وزير الخارجية
                    # علق على …، كتب فيها", no قد)
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
            if toks[s0] in _NATIONALITIES and self.opens_described_name(j := s0 + 1, hit.tok):
                # "ووجه الإسباني X Y مدرب الفريق التهنئة …، وقال": the
                # nationality describes the one named after it, as before a
                # verb of saying's subject (subject_of)
                s0 = j
            if (
                toks[s0] in _BEFORE_HIM
                and s0 + 1 < hit.tok
                and "إمام" not in self.doc.orig(self.doc.starts[s0], self.doc.ends[s0])
            ):
                # "وكرر أمامه موقفه، قائلا:": "in front of him" right after
                # the clause's verb is where it was done, no title "his
                # imam" (as after a verb of saying, subject_of); the subject
                # is elided or follows it (dev20s's item; kw23a)
                s0 += 1
            if (
                s0 > k
                and (verb := _cue_of(toks[k])) is not None
                and verb.lemma in _BA_OBJECT_LEMMAS
                and verb.kind == lx.VERB
                and self.ba_object(s0, verb)
            ):
                # "وأشاد بأعمال اللجنة، وقال إن": the thing praised or asked
                # for, glued to بـ right after the clause's verb, is its
                # object, no subject (as after the cue itself, subject_of);
                # the subject is elided (mend28c)
                continue
            if (
                s0 > k
                and (w := toks[s0])[:1] == "ل"
                and w[:2] != "ال"
                and w not in _GIVEN_NAMES
                and not self.known_name_word(w)
                and self.a_name_word("ا" + w[1:] if w[:2] == "لل" else w[1:])
            ):
                # "وتوجه لسعيد قائلا", "وتوجه للجبالي قائلا": a person met
                # before, glued to لـ right after the clause's verb, is
                # whom the words went to, never its subject; the subject is
                # elided (dev36s)
                continue
            b, ra, rb = self.scan_np(s0, hit.tok, None, after_verb=s0 > k)
            if b <= s0:
                continue
            if b - s0 > 1 and (
                toks[k] in _PRAISE_VERBS
                or (
                    (verb := _cue_of(toks[k])) is not None
                    and verb.lemma in _BA_OBJECT_LEMMAS
                    and verb.kind == lx.VERB
                )
            ):
                # "ورحب وزير الخارجية بالحضور، وقال", "وأشاد المدير
                # بالموظفين، وقال": the thing praised or asked for, glued to
                # بـ after the clause's verb's subject, is its object, no
                # body the post is held in (as in subject_before; kw38)
                b = self.praised_object_cut(s0, b)
                ra = min(ra, b)
                rb = min(rb, b)
            ent = self.classify(s0, b, ra, rb, hit.cue)
            if (
                ent is not None
                and ent.kind == PERSON
                and not ent.role
                and not self.known(ent)
                # "أحدثت X Y، ابنة رئيس الحزب Z، جدلا …": a name the kinship
                # apposition after its comma introduces
                and not (b + 1 < hit.tok and toks[b] in _COMMAS and toks[b + 1] in _KIN)
                # "وانتقد X النائب Y Z، وقال": a name right after a verb that
                # takes a person, its titled object after it
                and not (
                    toks[s0 - 1] in _PERSON_OBJECT_VERBS
                    and b < hit.tok
                    and _NP_KIND[toks[b]] == 4
                    and toks[b] not in _HONORIFICS_OR_RANKS
                    and self.titled_object_at(b, hit.tok)
                )
                # "ودافع X عن قرار الحكومة، وقال": with nobody else to say
                # the words, a name right after the clause's verb and before
                # the verb's preposition is its subject (an object would
                # stand between the verb and such a preposition, no subject
                # after it)
                and not (bare and self.verb_preposition_at(b, hit.tok - 1))
            ):
                if (
                    hit.cue is _NO_CUE
                    and b == hit.tok
                    and b - s0 >= 2
                    and (w := toks[b - 1])[:2] != "ال"
                    # (not a given name: "أحمد سعيد" is someone else than
                    # "كمال أحمد")
                    and w not in _GIVEN_NAMES
                    and not self.known_name_word(w)
                    and (cut := self.classify(s0, b - 1, b - 1, b - 1, None)) is not None
                    and cut.kind == PERSON
                    and self.known(cut)
                ):
                    # "واستعرض X سير «…»" after "Y X": a name the text
                    # introduced, read on into the noun in construct with
                    # the words in marks (the verb's object), ends before it
                    return cut
                if passed is not None:
                    passed.append((ent, b, s0 - 1))
                continue  # (a bare name only of a person the text introduced)
            if ent is None:
                continue
            return ent
        return None

    def praised_object_cut(self, s0: int, b: int) -> int:
        """The end of the subject read from ``s0`` to ``b`` after a verb of
        praise or one taking بـ: before the first thing praised
        (praised_at)."""
        for m in range(s0 + 1, b):
            if self.praised_at(m):
                return m
        return b

    def praised_at(self, m: int) -> bool:
        """Token ``m`` is a thing praised or asked for glued to بـ: a word
        with بال or بب ("بالحضور", "ببرنامج") or one of _BA_OBJECT_NOUNS
        ("بدور"); not a post's own complement ("بالنيابة", "القائم بأعمال"),
        nor a noun that opens with ب in construct with a title ("رئيس بلدية":
        ba_object's tests hold only right after the verb)."""
        toks = self.doc.toks
        t = toks[m]
        return (
            len(t) > 3
            and t[0] == "ب"
            and t not in _TITLE_COMPLEMENTS
            and (t[:3] == "بال" or t[1] == "ب" or t[1:] in _BA_OBJECT_NOUNS)
            and toks[m - 1] not in _CHARGE_HOLDERS
        )

    def post_before_comma(self, comma: int, start: int) -> bool:
        """A post's head within three words before the comma at ``comma``,
        four words or more into its clause (which opens at ``start``), that
        a preposition or a noun governs: glued to بـ/لـ ("بسفير ألمانيا،"),
        after إلى, على, مع, لدى, أمام ("إلى رئيسة البلدية،"), or in
        construct after a bare noun in ة ("ثقة رئيس الجمهورية،", "برفقة
        وزير الصحة،"), so no subject of its own clause (not "وكانت النائبة
        عن فريق …،", "أن المهندس البلدي،")."""
        toks = self.doc.toks
        for h in range(comma - 1, max(start + 3, comma - 4) - 1, -1):
            t = toks[h]
            if not self.is_word[h] or self.in_quote[h]:
                return False
            if t[:1] in "بل" and t[1:] in lx.TITLES:
                return True
            if _NP_KIND[t] in (3, 4):
                p = toks[h - 1]
                return (
                    p in _GOVERN_POSTS
                    or (
                        # ("ثقة رئيس الجمهورية،", "برفقة وزير الصحة،")
                        p[-1:] == "ه"
                        and p[:2] != "ال"
                        and _NP_KIND[p] < 3
                        and p.isalpha()
                        and len(p) >= 3
                    )
                    or self.object_after_named_subject(start, h)
                )
        return False

    def object_after_named_subject(self, start: int, h: int) -> bool:
        """Whether the clause that opens at token ``start`` with its verb has
        a titled, named subject that ends right before the post at ``h``
        ("وشكر المحافظ X Y رئيس الحكومة، Z،"): the post is the verb's
        object."""
        s0 = start + 1
        toks = self.doc.toks
        if (
            not 3 <= h - s0 <= 5
            # (a bare definite title opens the subject, as classify's rule
            # for the name in commas after the object's post wants)
            or toks[s0][:2] != "ال"
            or not _IS_TITLE_HEAD[toks[s0]]
            or not self.is_word[start]
            or self.in_quote[start]
        ):
            return False
        b, ra, rb = self.scan_np(s0, h, None, after_verb=True)
        if b != h:
            return False
        ent = self.classify(s0, b, ra, rb, None)
        return _named_person(ent) and bool(ent.role)

    def relative_agent_of(self, p: int, first: int) -> _Entity | None:
        """ "انتقادات وجهها النائب X للحكومة، متهما إياها بـ«…»": the named,
        titled subject of a relative clause on an indefinite noun (a past
        verb with the noun's pronoun, then the subject and the one it is
        aimed at glued to لـ) right before the participle's comma, when the
        participle's إياه/إياها/إياهم agrees with that one and not with the
        subject; else None."""
        toks = self.doc.toks
        c = p - 1
        if p + 1 >= self.n or (pron := _IYYA.get(toks[p + 1])) is None or toks[c] not in _COMMAS:
            return None
        for v in range(c - 3, max(first, c - 9), -1):
            if not self.is_word[v] or self.in_quote[v]:
                return None
            w, noun = toks[v], toks[v - 1]
            if (
                w[-2:] != "ها"
                or len(w) < 5
                or not _IS_TITLE_HEAD[toks[v + 1]]
                or _IS_TITLE_HEAD[w]
                or noun[:2] == "ال"
                or not self.is_word[v - 1]
            ):
                continue
            b, ra, rb = self.scan_np(v + 1, c, None)
            if b + 1 != c or toks[b][:1] != "ل" or len(toks[b]) < 4:
                return None
            target = toks[b][2:] if toks[b][:2] == "لل" else toks[b][1:]
            said = "f" if target[-1] == "ه" else "p" if target[-2:] in ("ين", "ون") else "m"
            ent = self.classify(v + 1, b, ra, rb, None)
            if said != pron or not _named_person(ent):
                return None
            return ent
        return None

    def but_pronoun_agent(self, tok: int, first: int) -> _Entity | None:
        """ "حاولت السفارة إقناع ابنه محمد لكنه رفض قائلا «…»", "طلب الرئيس
        من رئيس الوزراء X الاستقالة إلا أنه رفض وقال": a verb of saying
        right after a contrast whose pronoun ("لكنه", "إلا أنه", "غير أنها",
        "فإنه") is the subject, with at most one verb between: the person
        mentioned last before it in its sentence with a title or a word of
        kin (the object of the verb before: the one who refuses or answers),
        of the pronoun's gender; else None."""
        toks = self.doc.toks
        g = None
        for p in range(tok - 1, max(first, tok - 3) - 1, -1):
            w = toks[p]
            g = _BUT_HE.get(w)
            if g is None and w in _BUT_THAT_HE and p > first and toks[p - 1] in _BUT_BEFORE_THAT:
                g = _BUT_THAT_HE[w]
            if g is not None:
                break
            if not self.is_word[p] or self.in_quote[p] or _cue_of(w) is not None:
                return None
        if g is None or p + 1 >= tok or toks[p + 1] not in _REFUSED:
            return None
        gender = _F if g == "f" else _M
        # the verb that asks or tries, before the one asked
        r = p - 1
        while r >= first and p - r <= 25 and toks[r] not in _ASKED_TO:
            if self.in_quote[r] or toks[r] in _SENTENCE_END:
                return None
            r -= 1
        if r < first or toks[r] not in _ASKED_TO:
            return None
        m = p - 1
        while m > r:
            if self.in_quote[m] or toks[m] in _SENTENCE_END:
                return None
            w = toks[m]
            if w == ")" and m == p - 1:
                # "ابنه محمد (ولي العهد الحالي) لكنه": a post in brackets
                # after the name tells of the person before it
                while m > first and p - m <= 12 and toks[m] != "(":
                    m -= 1
                m -= 1
                continue
            if w in _TITLE_LIKE or w in _KIN:
                # ("نائب رئيس الوزراء": a post in construct read whole)
                while m > first and toks[m - 1] in _TITLE_LIKE and toks[m - 1][:2] != "ال":
                    m -= 1
                b, ra, rb = self.scan_np(m, p, None)
                if b > m:
                    ent = self.classify(m, b, ra, rb, None)
                    if (
                        ent is not None
                        and ent.kind == PERSON
                        and ent.number == _SG
                        and ent.gender == gender
                        and (_named_person(ent) or ent.role)
                    ):
                        if any(_thing_asked(toks[k]) for k in range(r + 1, m)):
                            # "طالب بمحاسبة وزير الصحة X، لكنه رفض", "حاول
                            # الدفاع عن قرار المدير X، لكنه رفض": after بـ or
                            # عن the person is in the thing asked or spoken
                            # of, not the one asked; the contrast is the asker's
                            return None
                        return ent
                    if ent is None or ent.kind != PERSON:
                        return None
                    # (another person, of the other gender: the one before)
            m -= 1
        return None

    def aside_verb_subject(
        self, tok: int, h: _CueHit, cue_subjects: list[tuple[int, _Entity, _CueHit]]
    ) -> _Entity | None:
        """The subject of the verb of saying (or relay) before the
        prepositional source ``h`` at ``tok``, set off by a comma, in its
        sentence, which the source is an aside to ("وشدد X، بحسب البرقية،
        على", "وقالت الوزيرة X، بحسب الوكالة، إن …، مؤكدة"), or None (not
        for a source glued to و, "وبحسب", nor for نقلا)."""
        toks = self.doc.toks
        if (
            h.cue.kind != lx.PREPOSITION
            or toks[tok - 1] not in _COMMAS
            or toks[tok][:1] == "و"
            or toks[tok] == "نقلا"
        ):
            return None
        sid = self.sent[tok]
        for t, ent, hit in reversed(cue_subjects):
            if t >= tok:
                continue
            if self.sent[t] != sid or self.in_quote.find(1, t, tok) >= 0:
                return None
            return ent if hit.cue.kind in (lx.VERB, lx.RELAY) else None
        return None

    def message_from_before(self, v: int, first: int, pronoun: str) -> int:
        """ "رسالة من الرئيس إلى الوزير قال فيها": the token of the message
        that the pronoun after the verb at ``v`` (فيه/فيها) takes up, a few
        words before the verb with من/عن and who it is from right after it,
        or -1."""
        g = {"فيها": "f", "فيه": "m"}.get(pronoun)
        if g is None:
            return -1
        toks = self.doc.toks
        for d in range(v - 2, max(first, v - 12) - 1, -1):
            if self.in_quote[d]:
                return -1
            if _MESSAGES.get(toks[d]) == g and toks[d + 1] in _FROM_WHOM:
                return d
        return -1

    def message_content(self, open_tok: int, lo: int) -> tuple[_Entity, int] | None:
        """ "رسالة إلى الرئيس مفادها أن «…»", "خطابا نصه: «…»": the words
        at ``open_tok`` give the content of a message named a few words
        before the content word (its pronoun agreeing with it): the
        message's sender (``message_sender``) and the content word's token,
        or None."""
        toks = self.doc.toks
        c = open_tok - 1
        if toks[c] == ":" or toks[c] in _NAMED_THAT:
            c -= 1
        g = _CONTENT_OF.get(toks[c])
        if g is None or self.in_quote[c]:
            return None
        for d in range(c - 1, max(lo, c - 10) - 1, -1):
            if self.in_quote[d] or toks[d] in _THAT or toks[d] == ":":
                return None
            if _MESSAGES.get(toks[d]) == g:
                sender = self.message_sender(d, self.sent_first[self.sent[d]])
                return None if sender is None else (sender, c)
        return None

    def chain_agent(self, v: int, first: int) -> _Entity | None:
        """ "أن الوزير X زار دمشق، ونقل رسالة", "وزار الوزير X بغداد، ونقل
        رسالة": a verb at ``v`` that names no subject (its object follows
        it) goes on the chain of verbs before it in its sentence, whose
        subject is named after the last أنّ before it or after the verb
        opening the sentence; that subject, when it agrees with the verb (a
        person, a body or an unnamed source), else None."""
        toks = self.doc.toks
        stem = toks[v]
        if stem[0] in "وف" and len(stem) > 3:
            stem = stem[1:]
        for suffix in ("هما", "هم", "ها", "ه"):
            if stem.endswith(suffix) and len(stem) - len(suffix) >= 3:
                stem = stem[: -len(suffix)]
                break
        gender = _F if stem[-1] == "ت" else _M
        hits = self.hit_toks
        k = v - 1
        while k > first and v - k <= 60:
            if self.in_quote[k]:
                return None
            if toks[k] in _NAMED_THAT:
                a = k + 1
                break
            k -= 1
        else:
            if k != first or self.in_quote[k]:
                return None
            # the sentence's opening verb (its subject after it), or its
            # subject opening it before its verb
            a = first if toks[first][:2] == "ال" or _IS_TITLE_HEAD[toks[first]] else first + 1
        if a >= v or not self.is_word[a]:
            return None
        if bisect_left(hits, a) < bisect_left(hits, v) and hits[bisect_left(hits, a)] < v:
            return None  # (a verb of saying in between: its own clause)
        b, ra, rb = self.scan_np(a, v, None)
        if b <= a:
            return None
        ent = self.classify(a, b, ra, rb, None)
        if (
            ent is None
            or ent.number != _SG
            or ent.gender != gender
            or not (
                ent.kind == ORGANIZATION or ent.kind == ANONYMOUS or _named_person(ent) or ent.role
            )
        ):
            return None
        return ent

    def message_sender(self, d: int, first: int) -> _Entity | None:
        """The sender of the message whose noun is at token ``d``: the one
        it is from ("رسالة من الرئيس X"), else the subject of the verb
        that sends it ("بعث الرئيس X رسالة", "أن الرئيس X بعث رسالة"), or
        asks for it sent ("وطلب منه نقل رسالة"); a verb with its object
        right after it goes on its chain (``chain_agent``)."""
        toks = self.doc.toks
        if d + 2 < self.n and toks[d + 1] in _FROM_WHOM and self.is_word[d + 2]:
            b, ra, rb = self.scan_np(d + 2, self.n, None)
            if b > d + 2:
                ent = self.classify(d + 2, b, ra, rb, None)
                if ent is not None and ent.kind in (PERSON, ORGANIZATION, ANONYMOUS):
                    return ent
                return None
        # the subject's end: the message, or the one asked and the act asked
        # ("وطلب منه نقل رسالة")
        e = d - 2 if d - 2 > first and toks[d - 2] in _ASKED_ONE else d
        # the clause the message is in: back to its comma, the sentence's
        # start or أنّ
        c = e - 1
        while c > first and e - c <= 10:
            if not self.is_word[c] or self.in_quote[c]:
                return None
            if toks[c - 1] in _COMMAS or toks[c - 1] in _NAMED_THAT:
                break
            c -= 1
        if c < first or e - c > 10 or not self.is_word[c] or self.in_quote[c]:
            return None
        after_that = c > first and toks[c - 1] in _NAMED_THAT
        if toks[c] in _RECEIVED or toks[e - 1] in _RECEIVED:
            return None
        if not after_that and c == e - 1:
            # "وسلمه رسالة", "وطلب منه نقل رسالة": the verb names no subject
            return self.chain_agent(c, first)
        if after_that or (c == first and (toks[c][:2] == "ال" or _IS_TITLE_HEAD[toks[c]])):
            # "أن الرئيس X بعث رسالة": the subject before its verb
            a, z = c, e - 1
        else:
            # "وبعث الرئيس X رسالة": the subject after the verb
            a, z = c + 1, e
        if a >= z:
            return None
        b, ra, rb = self.scan_np(a, z, None)
        if b != z:
            return None
        ent = self.classify(a, b, ra, rb, None)
        if ent is not None and ent.kind in (PERSON, ORGANIZATION, ANONYMOUS):
            return ent
        return None

    def interview_giver(self, cue_tok: int, first: int) -> _Entity | None:
        """ "في حوار أجراه X مع الصحف المحلية، أكد أن", "وفي مقابلة أجرتها
        الوزيرة مع قناة …، قالت": a cue with no subject after the interview
        that its subject held with the press or an outlet: X gave it and
        speaks; held with someone named or titled ("أجراها الصحفي X مع وزير
        المالية، قال"), the one interviewed speaks."""
        toks = self.doc.toks
        lo = max(first, cue_tok - 16)
        k = cue_tok - 1
        if k > lo and toks[k] in _COMMAS:
            k -= 1
        while k > lo and toks[k] != "مع":
            if self.in_quote[k] or not self.is_word[k] or toks[k] in _THAT:
                return None
            k -= 1
        if toks[k] != "مع" or k + 1 >= cue_tok:
            return None
        v = k - 1
        while v > lo and k - v <= 5 and toks[v] not in _HELD_INTERVIEW:
            if self.in_quote[v] or not self.is_word[v]:
                return None
            v -= 1
        if toks[v] not in _HELD_INTERVIEW or _base(toks[v - 1]) not in _INTERVIEWS:
            return None
        e = cue_tok - 1 if toks[cue_tok - 1] in _COMMAS else cue_tok
        if toks[k + 1] in _PRESS_HEADS:
            held = None
        else:
            b, ra, rb = self.scan_np(k + 1, e, None)
            held = self.classify(k + 1, b, ra, rb, None) if b > k + 1 else None
            if held is not None and held.kind == PERSON and (_named_person(held) or held.role):
                return held
            if held is None or held.kind != ORGANIZATION:
                return None
        if v + 1 >= k:
            return None
        b, ra, rb = self.scan_np(v + 1, k, None)
        if b != k:
            return None
        ent = self.classify(v + 1, b, ra, rb, None)
        if ent is None or ent.kind not in (PERSON, ORGANIZATION):
            return None
        return ent

    def issued_after_was(self, first: int, cue_tok: int, cue: lx.Cue) -> _Entity | None:
        """ "وكانت الحركة أصدرت بيانا قالت فيه", "وكان الحزب نشر بلاغا أمس
        قال: إنه", "وكانت «X»، أصدرت بيانا قالت:": a sentence opening with
        كان, its subject (in marks or not) and, with no قد, the verb that
        issues a statement, the cue a few words after it: the subject issued
        the statement and speaks in it (the verb is no part of its name). A
        bare name a feminine كان and verb agree with is a body ("حماس")."""
        toks = self.doc.toks
        was = _WAS_GENDER[toks[first]]
        k = first + 1
        if k < cue_tok and toks[k] in QUOTE_MARKS:
            k += 1
        m = k + 1
        while m < cue_tok - 1 and toks[m + 1] not in _ISSUED_OBJECTS:
            if m - k >= 7 or toks[m] in _THAT or toks[m] in _SENTENCE_END:
                return None
            m += 1
        if m >= cue_tok - 1 or cue_tok - (m + 1) > 4:
            return None
        verb = toks[m]
        if (
            not self.is_word[m]
            or verb not in _ISSUING_VERBS
            or (verb[-1] == "ت") != (was == _F)
            or any(self.in_quote[m:cue_tok])
            or not _THAT.isdisjoint(toks[m + 2 : cue_tok])
        ):
            return None
        e = m
        while e > k and (toks[e - 1] in _COMMAS or toks[e - 1] in QUOTE_MARKS):
            e -= 1
        b, ra, rb = self.scan_np(k, e, None)
        if b != e:
            return None
        ent = self.classify(k, b, ra, rb, cue)
        if ent is None or not (ent.kind == ORGANIZATION or ent.kind == PERSON):
            return None
        if ent.kind == PERSON and not ent.role and ent.gender != was:
            ent.gender = was
        return ent

    def titled_label_addressee(self, k: int, colon: int) -> int:
        """In a label that a title opens ("السفير الأمريكي لشؤون X لسفيرنا
        في واشنطن: «…»"), the token of whom the words were for, else 0: a
        noun glued to لـ with a possessive ("لسفيرنا", "لضيفه"), three words
        at most before the colon, after two words of the label at least."""
        toks = self.doc.toks
        if not _IS_TITLE_HEAD[toks[k]]:
            return 0
        for m in range(max(k + 2, colon - 3), colon):
            t = toks[m]
            if (
                t[0] == "ل"
                and len(t) >= 5
                and t[1] != "ل"
                and t.endswith(("نا", "ه", "ها", "هم"))
                and not _IS_TITLE_HEAD[t]
            ):
                return m
        return 0

    def label_then_occasion(self, k: int, b: int, colon: int) -> bool:
        """A label heading its line, read from ``k`` to ``b``, then the
        occasion its words were said on, up to the ``colon`` (one or two
        words after في or خلال: "وزير الصحة في كلمته:", "رئيس الحكومة خلال
        المؤتمر الصحفي:"; dev26r; or the occasion's word, then أمام or مع and
        up to four words of whom it was before or with: "وزير الصحة في كلمته
        أمام البرلمان والحكومة:"; kw36b)."""
        toks = self.doc.toks
        return (
            k < b < colon - 1
            and (colon - b <= 3 or (colon - b <= 7 and toks[b + 2] in _OCCASION_AUDIENCE))
            and toks[b] in _OCCASION_PREPOSITIONS
            and _occasion_word(toks[b + 1])
            and all(self.is_word[m] and not self.in_quote[m] for m in range(b + 1, colon))
        )

    def occasion_label_speaker(self, ent: _Entity | None, k: int) -> _Entity | None:
        """label_then_occasion's label ``ent``, opening at token ``k``, if it
        can have spoken: a post, a body, an anonymous source, or a name that
        opens with a given name or was met before. Not any noun a headline
        opens with ("تصعيد في الخطاب: «…»", "جدل واسع في الجلسة: «…»": the
        news, no speaker; rev29)."""
        if ent is None or ent.kind not in (PERSON, ANONYMOUS, ORGANIZATION):
            return None
        if ent.kind != PERSON or ent.role:
            return ent
        w = self.doc.toks[k]
        return ent if w in _GIVEN_NAMES or self.known_name_word(w) else None

    def headline_addressee(self, k: int, colon: int) -> int:
        """In a label "X لـY: «…»" heading its line (a headline), the token
        where whom the words were for begins, else 0: a word glued to لـ
        right after a bare name of one to three words (no title, no
        article first), when the name's last word stands elsewhere in the
        text without that word after it ("بري للنواب:", then "نبيه بري
        إن"); a name that goes on with a word in ل ("سيرغي لافروف:", the
        two met together again) is whole."""
        toks = self.doc.toks
        for m in range(k + 1, min(colon, k + 3)):
            if toks[m - 1] in _TITLE_LIKE or not self.is_word[m - 1]:
                break
            if toks[m][:2] == "لل" and self.told_in_label(k, m, colon, False):
                # "السيسي للمصريين:", "X Y للصحفيين:": a plural of persons
                # glued to لل after the name (none of a name opens so)
                return m
        if toks[k][:2] == "ال":
            return 0
        for m in range(k + 1, min(colon, k + 4)):
            t = toks[m]
            if not self.is_word[m] or t in _TITLE_LIKE:
                return 0
            if t[0] != "ل" or len(t) < 3:
                continue
            last = toks[m - 1]
            if last[:2] == "ال":
                return 0
            for j, w in enumerate(toks):
                if w == last and (j < k or j >= m) and (j + 1 >= self.n or toks[j + 1] != t):
                    return m
            return 0
        return 0

    def bare_conj_label(self, k: int, ent: _Entity) -> bool:
        """ "وواصل: «…»", "وأكمل: «…»", "فاستطرد: «…»": one word with the
        conjunction glued to it, opening its line before the colon, after
        another's quote, is a verb of going on whose subject is elided, not a
        transcript's name: the last speaker carries on, unless the word
        without it names a person the text introduced ("وسامر:" after "قال
        سامر …"; a headline's "… ونصار: «…»" runs on after its own words)."""
        if ent.kind != PERSON or ent.role:
            return False
        doc = self.doc
        if k > 0 and "\n" not in doc.folded[doc.ends[k - 1] : doc.starts[k]]:
            return False
        if self.known(ent):
            return False
        bare = _key(self.doc.toks[k][1:])
        return not any(bare in _key_words(p.key) for p in self._persons if p.key)

    def known_name_opening(self, first: int, verb: int, cue: lx.Cue) -> _Entity | None:
        """The person met before whose name, and nothing else, fills the
        words from ``first`` (the sentence's first token) to the verb at
        ``verb`` ("X وصف …"), of the verb's gender; else None."""
        toks = self.doc.toks
        if toks[first] in _NO_NAME_OPENING or toks[first] in _FRONTED_WHEN:
            return None  # (a fronted topic or time: "وبخصوص نصر قال إن")
        for k in range(first, verb):
            if not self.is_word[k] or self.in_quote[k] or toks[k] in _THAT:
                return None
        b, ra, rb = self.scan_np(first, verb, None)
        if b != verb or ra != rb:
            return None
        ent = self.classify(first, b, ra, rb, None)
        if not _named_person(ent) or (cue.gender is not None and ent.gender != cue.gender):
            return None
        if self.known(ent):
            return ent
        if toks[first] in _PATRONYMIC_LINKS and first + 1 < verb:
            # "ولد X وصف …" (Mauritanian press): "son of" and the last name
            # of a person named before in full
            words = _key_words(_key(" ".join(toks[first + 1 : verb])))
            if words and any(
                words <= _key_words(p.key)
                for p in self._persons
                if p.key and not p.key.startswith("title:")
            ):
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
            lim = hit.tok - 1
            for m in range(k + 2, lim):
                if self.in_quote[m]:
                    # "أن وزير الخارجية «تحدث بصراحة» …، وأنه قال:": the
                    # subject ends before the words quoted after it (rev33)
                    lim = m - 1 if toks[m - 1] in QUOTE_MARKS else m
                    break
            b, ra, rb = self.scan_np(k + 1, lim, None)
            for m in range(k + 2, b):
                if toks[m] in _COPULAS:
                    b, ra, rb = m, min(ra, m), min(rb, m)  # "أن السنيورة بدا …"
                    break
            if b <= k + 1:
                return None
            ent = self.classify(k + 1, b, ra, rb, hit.cue)
            if ent is None or ent.kind not in (PERSON, ORGANIZATION) or ent.gender != gender:
                return None
            if (
                ent.kind == PERSON
                and not ent.role
                and not self.known(ent)
                and not self.a_name_word(toks[k + 1])
            ):
                # "وأكد أن الوضع الأمني مستقر، غير أنه قال": a thing, no
                # title and no name met or given, is no one who speaks; the
                # pronoun is the speaker's (as "لكنه قال")
                return None
            return ent
        return None

    def subject_opening(self, first: int, verb: int, cue: lx.Cue) -> _Entity | None:
        """The noun phrase that opens the sentence at ``first`` and runs up
        to the verb at ``verb``, when it is a speaker that agrees with the
        verb ("الوزيرة هند صبري أبلغت", "مسؤول لبناني أبلغ"), else None."""
        b, ra, rb = self.scan_np(first, verb, None)
        if (b if rb == ra else rb) != verb:
            return None
        ent = self.classify(first, b, ra, rb, None)
        if (
            ent is None
            or ent.kind not in (PERSON, ANONYMOUS, ORGANIZATION, GROUP)
            # (a name alone tells no gender: the verb's is taken)
            or (ent.number != cue.number and ent.kind != ORGANIZATION)
            or (ent.gender != cue.gender and (ent.kind != PERSON or ent.role))
        ):
            return None
        return self.classify(first, b, ra, rb, cue)

    def subject_after_that(self, hit: _CueHit, lo: int) -> _Entity | None:
        toks = self.doc.toks
        if hit.tok - 4 > lo and toks[hit.tok - 1] == "قد" and toks[hit.tok - 2] in _COMMAS:
            # "أن رئيس الحكومة X، الذي اختتم أمس زيارته، قد أبلغ مسؤولين
            # أميركيين أن": the subject after أنّ, a relative clause set off
            # by commas, then قد and the verb, whose object follows it
            ent = self.that_subject_before_relative(hit.tok - 2, lo, hit.cue)
            if ent is not None:
                return ent
        k = hit.tok - 1
        end = hit.tok
        if k > lo and toks[k] in _COMMAS:
            ent = self.that_subject_in_commas(hit, lo)
            nxt = toks[end + 1] if end + 1 < self.n else ""
            if (
                ent is not None
                or not (nxt in QUOTE_MARKS or nxt == ":" or nxt in _THAT)
                # ("أن المشكل أعمق، ويقول:": a verb with و opens a clause of
                # its own)
                or toks[end][0] in "وف"
            ):
                return ent
            # "أن وزير الطاقة، قال «…»": the subject set off from its verb
            # by a comma alone, the verb right before the words it introduces
            end = k
            k -= 1
        if _THAT.isdisjoint(toks[lo if lo > hit.tok - 16 else hit.tok - 16 : hit.tok]):
            # (one C-level set test first: the scan below names a subject only
            # at an أنّ among the sixteen words before the verb, and most verbs
            # have none there)
            return None
        while k >= lo and hit.tok - k <= 16:
            t = toks[k]
            if t in _THAT:
                if k + 1 >= end or t not in _BARE_THAT:
                    # (with its pronoun, "وفي رده على من قال إنهم خسروا
                    # المعركة قال الوزير X إن": the pronoun is the clause's
                    # subject and the words after it its predicate, no
                    # subject of the verb after them)
                    return None
                if k - 2 >= lo and toks[k - 2] in _WHO_SAYS and toks[k - 1] in _CUE_WORD_SET:
                    # ("وردا على من قال إن الحكومة فشلت قال الوزير X": أنّ
                    # after "who said" opens the relative's own clause, whose
                    # words are no subject of the verb after them; kw32)
                    return None
                b, ra, rb = self.scan_np(k + 1, end, None)
                if b < end and toks[b] == "علي":
                    # the phrase must reach the verb: "علي" inside it is the name Ali
                    b, ra, rb = self.scan_np(k + 1, end, None, ali=True)
                if (
                    k + 1 < b < end
                    and end < hit.tok
                    and (
                        toks[b] in _BODY_OF_TITLE
                        or (toks[b] in QUOTE_MARKS and toks[b - 2] in _BODY_OF_TITLE)
                    )
                    and _IS_TITLE_HEAD[toks[k + 1]]
                    and b - k <= 8
                    and _CUE_WORD_SET.isdisjoint(toks[b:end])
                ):
                    # "أن المسؤول عن ملف «X» في السعودية، قال": the bare
                    # title, then what the post is about up to the comma
                    # before the verb
                    ent = self.classify(k + 1, b, ra, rb, hit.cue)
                    return ent if ent is not None and ent.kind == PERSON else None
                if (
                    k + 1 < b < end - 1
                    and end - b <= 3
                    and toks[b] == "في"
                    and rb == ra
                    and self.words_outside_quotes(b + 1, end)
                    and _CUE_WORD_SET.isdisjoint(toks[b:end])
                ):
                    # "قالت الصحيفة إن برقيات السفارة الأميركية في دمشق
                    # كشفت «…»": a body or its documents, then where the body
                    # sits; what they tell, not the outlet that relays it
                    ent = self.classify(k + 1, b, ra, rb, hit.cue)
                    if ent is not None and ent.kind in (ORGANIZATION, DOCUMENT):
                        return ent
                    return None
                if (
                    k + 1 < b < end
                    and rb == ra
                    and hit.cue.number in (lx.PL, lx.DU)
                    and toks[b][:1] == "و"
                    and self.conjuncts_reach(b, end)
                ):
                    # "أن وزير الداخلية X ووزير الدفاع Y أبلغوا السفير أن":
                    # a subject joined by و before a plural or dual verb, the
                    # first of them speaks (as after the verb), never the one
                    # told after it
                    pass
                elif b != end or rb > ra:
                    return None
                ent = self.classify(k + 1, b, ra, rb, hit.cue)
                if ent is None or (
                    ent.kind == PERSON
                    and not ent.role
                    and (
                        end < hit.tok
                        or (
                            b - k > 3
                            and not self.linked_name(k + 2, b)
                            and not (toks[k + 1] in _FIRST_LINKS and b - k <= 5)
                        )
                    )
                ):
                    # (before a comma, a bare name only with a title; a
                    # longer one only with the links of a full name, "أن علي
                    # عبدالله صالح قال", "أن محمد بن سلمان أبلغ", or opening
                    # with one, "أن عبد ربه منصور هادي قال")
                    return None
                return ent
            if t in QUOTE_MARKS and not self.in_quote[k] and k - 2 > lo:
                # "أن مسؤولاً في «التيار الوطني الحر» أبلغ": the body a
                # title belongs to, named in marks, inside the subject
                m = k - 1
                while m > lo and k - m < 8 and toks[m] not in QUOTE_MARKS:
                    m -= 1
                if (
                    toks[m] in QUOTE_MARKS
                    and m < k - 1
                    and (
                        toks[m - 1] in _BODY_OF_TITLE
                        # "أن المسؤول عن ملف «X» في السعودية، قال": the
                        # file or body a post is about, before its name
                        or (m - 2 > lo and toks[m - 2] in _BODY_OF_TITLE and self.is_word[m - 1])
                    )
                ):
                    k = m - 1
                    continue
                return None
            if not self.is_word[k] or self.in_quote[k] or _cue_of(t) is not None:
                return None
            k -= 1
        return None

    def conjuncts_reach(self, b: int, end: int) -> bool:
        """The phrases joined by و from ``b`` on run up to ``end`` (the verb),
        each a noun phrase of its own, no word of saying among them (three
        at most: "X ووزير الدفاع Y ووزير المالية Z أكدوا" has two)."""
        toks = self.doc.toks
        for _ in range(3):
            if toks[b][:1] != "و" or _cue_of(toks[b]) is not None:
                return False
            nb = self.scan_np(b, end, None)[0]
            if nb <= b:
                return False
            if nb == end:
                return True
            b = nb
        return False

    def predicate_of_that(self, hit: _CueHit, lo: int) -> bool:
        """The verb at ``hit`` is the predicate of a that-clause whose noun
        stands before it ("ذكر X أن النظام المصرفي أظهر مرونة …", "أن
        المهاجم X سجل هدفين"): the noun after أنّ, a phrase that reaches
        the verb, is its subject, and the phrase after the verb its object.
        Set off by a comma from the verb ("أن النظام المصرفي، أظهر مرونة
        … في"), only when the verb's phrase runs on into the clause (not
        "أن الحكومة، قال الوزير، ستعمل", "أن X، قال:": an aside or the
        verb's own words)."""
        toks = self.doc.toks
        v = hit.tok
        end = v
        if toks[v - 1] in _COMMA_SET:
            b = hit.np_end
            if (
                b <= hit.np_start
                or b >= self.n
                or not self.is_word[b]
                or self.in_quote[b]
                or toks[b] in _THAT
            ):
                return False
            end = v - 1
        k = end - 1
        while k >= lo and end - k <= 10:
            t = toks[k]
            if t in _NAMED_THAT_SET:
                # (the أنّ of an earlier cue of the sentence, whose phrase
                # ends before it: not "وقبل أن نغادر المخيم، أشارت X")
                c = bisect_left(self.hit_toks, v)
                if k + 1 >= end or c == 0 or (p := self.hit_toks[c - 1]) < lo:
                    return False
                if not (p < k and 0 <= self.cue_hits[p].np_end <= k):
                    return False
                b, _ra, _rb = self.scan_np(k + 1, end, None)
                return b == end
            if not self.is_word[k] or self.in_quote[k] or _cue_of(t) is not None:
                return False
            k -= 1
        return False

    def second_relayed(self, hit: _CueHit, after: int, end: int) -> _Entity | None:
        """The second one the relay ``hit`` names between tokens ``after``
        and ``end``, its particle repeated with و after a comma and a noun of
        his saying after him ("، وإلى السفير X قوله", "، وعن Y قولها");
        None when there is none."""
        toks = self.doc.toks
        conj = "و" + _RELAY_PARTICLE.get(hit.cue.lemma, "عن")
        for m in range(after + 2, end - 2):
            if toks[m] != conj or toks[m - 1] not in _COMMAS:
                continue
            k = m + 1
            while k < end and k - m <= 10 and self.is_word[k] and not self.in_quote[k]:
                if toks[k] in _RELAYED_SAYINGS:
                    break
                k += 1
            if k >= end or toks[k] not in _RELAYED_SAYINGS or k == m + 1:
                return None
            b, ra, rb = self.scan_np(m + 1, k, None)
            if b != k:
                return None
            ent = self.classify(m + 1, b, ra, rb, None)
            if ent is None or ent.kind not in (PERSON, ORGANIZATION, GROUP, ANONYMOUS):
                return None
            return ent
        return None

    def object_pair_after(self, v: int) -> bool:
        """The verb at ``v`` is followed by an indefinite noun and its
        adjective in the accusative, tanween alif on both ("موقفا مهادنا",
        "ردا قاسيا"): its object (no adverb: "أيضا", "مجددا")."""
        toks = self.doc.toks
        if v + 2 >= self.n or not (self.is_word[v + 1] and self.is_word[v + 2]):
            return False
        noun, adj = toks[v + 1], toks[v + 2]
        return (
            noun[-1:] == "ا"
            and adj[-1:] == "ا"
            and len(noun) >= 4
            and len(adj) >= 4
            and noun[:2] != "ال"
            and adj[:2] != "ال"
            and noun not in lx.NP_STOP
            and adj not in lx.NP_STOP
            and noun not in _TIME_ADVERBS
            and adj not in _TIME_ADVERBS
            and _cue_of(noun) is None
            and _cue_of(adj) is None
        )

    def linked_name(self, i: int, j: int) -> bool:
        """Whether tokens [i, j), the words after a name's first, link a
        full name of up to four words ("بن", "عبد", "عبدالله", "أبو")."""
        toks = self.doc.toks
        return j - i <= 3 and any(
            toks[m] in _NAME_LINKS or (toks[m][:3] == "عبد" and len(toks[m]) > 4)
            for m in range(i, j)
        )

    def aside_opening(self, comma: int, lo: int, reach: int) -> int | None:
        """The comma that opens the aside ``comma`` closes (words, dates and
        numbers outside marks, fewer than ``reach`` tokens back, after
        ``lo``), or None."""
        toks = self.doc.toks
        is_word, in_quote = self.is_word, self.in_quote
        dates = self.date_token_index
        k = comma - 1
        while (
            k > lo
            and comma - k < reach
            and (is_word[k] or k in dates or toks[k].isdigit())
            and not in_quote[k]
        ):
            k -= 1
        if k <= lo or toks[k] not in _COMMAS:
            return None
        return k

    def phrase_after_head(self, c1: int, lo: int, heads, cue) -> _Entity | None:
        """What the phrase between the last word of ``heads`` (أنّ, كان …)
        within ten words before the comma at ``c1`` and that comma names,
        when the phrase runs to the comma; None otherwise."""
        toks = self.doc.toks
        is_word, in_quote = self.is_word, self.in_quote
        j = c1 - 1
        while j > lo and c1 - j <= 10 and is_word[j] and not in_quote[j]:
            if toks[j] in heads:
                break
            j -= 1
        if toks[j] not in heads or j + 1 >= c1:
            return None
        b, ra, rb = self.scan_np(j + 1, c1, None)
        if b != c1:
            return None
        return self.classify(j + 1, b, ra, rb, cue)

    def that_subject_before_relative(self, comma: int, lo: int, cue) -> _Entity | None:
        """The titled person or the body between أنّ and a relative clause
        in commas that ``comma`` closes."""
        k = self.aside_opening(comma, lo, 16)
        if k is None or self.doc.toks[k + 1] not in _RELATIVES:
            return None
        ent = self.phrase_after_head(k, lo, _NAMED_THAT, cue)
        if ent is None or not (
            (ent.kind == PERSON and ent.key and ent.role) or ent.kind == ORGANIZATION
        ):
            return None
        return ent

    def _last_break(self, floor: int, end: int) -> int:
        """The last token after ``floor`` and before ``end`` that is no word
        or is in marks, found at C level (two rfind), or ``floor``."""
        k = self.is_word.rfind(0, floor + 1, end)
        quoted = self.in_quote.rfind(1, floor + 1, end)
        if quoted > k:
            k = quoted
        return k if k > floor else floor

    def that_subject_in_commas(self, hit: _CueHit, lo: int) -> _Entity | None:
        """ "أن السفير الأمريكي بالرباط، جيمس ويلكنسون، أفاد بأن": a titled
        subject after أنّ with its name (or role) set off by commas right
        before the verb."""
        toks = self.doc.toks
        is_word = self.is_word
        v = toks[hit.tok]
        if v[0] == "و" and _cue_of(v[1:]) is not None:
            # ("أن السد فريق كبير، والمهمة لن تكون سهلة، وقال:": a verb
            # joined with و goes on the main clause, its subject before أنّ)
            return None
        comma = hit.tok - 1
        k = comma - 1
        # (a role of up to nine words: "أن X، أحد وجهاء قبيلة أولاد الناصر في
        # الحوض الشرقي، قال له")
        if k > lo:
            # back over the words outside marks, to ``lo`` or ten tokens
            # before the comma at most: the last token before the comma that
            # is no word or is in marks, found at C level (two rfind)
            floor = lo if lo > comma - 11 else comma - 11
            k = self._last_break(floor, comma)
            while k > floor and toks[k] == ")":
                # "إن X، كبير الياوران (المرافق الشخصي) في …، سأل", "أن X، مدير
                # منظمة الطفولة (يونيسف)، أكد": a gloss or an acronym in
                # brackets inside the role, one to four words, is read past,
                # its tokens not counted in the role's width (dev32r)
                o = k - 1
                while o > lo and k - o <= 5 and is_word[o] and not self.in_quote[o]:
                    o -= 1
                if o <= lo or o == k - 1 or toks[o] != "(":
                    break
                floor -= k - o + 1
                if floor < lo:
                    floor = lo
                k = self._last_break(floor, o)
        if k > lo and toks[k] in QUOTE_MARKS and toks[k - 1] not in _COMMAS:
            # "أن نائبا سابقا، وصفته البرقية بأنه «مقرب من …»، قال": the
            # aside describes the subject with words in marks
            m = k - 1
            while m > lo and comma - m <= 20 and toks[m] not in QUOTE_MARKS:
                m -= 1
            c = m - 1
            while c > lo and m - c <= 4 and is_word[c] and not self.in_quote[c]:
                c -= 1
            if m > lo and toks[c] in _COMMAS and toks[c + 1] in _DESCRIBED:
                k = c
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
        for m in range(k + 4, c1):
            if (
                toks[m] in _TITLE_LIKE
                and toks[m - 1] not in _TITLE_LIKE
                and toks[m - 1][:2] != "ال"
                # (but "أن سيدي محمد ولد اعل الشيخ،": the father's name)
                and toks[m - 2] not in _PATRONYMIC_LINKS
            ):
                # "قالوا إن كلفة علاجهم تضاعفت تقريبا معاون الوزير، X،
                # أوضح": a title after three words or more that are no
                # title opens a new sentence whose full stop was dropped
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
            if ent is None or not (ent.kind == ANONYMOUS or (ent.kind == PERSON and ent.key)):
                return None
            if (
                ent.kind == PERSON
                and not ent.role
                and b - k > 2
                and toks[k + 1][:2] == "ال"
                and toks[k + 1][2:] not in _words_module._GIVEN_NAMES
                and not self.known(ent)
                and not self.a_name_word(toks[k + 1])
                and not self.honoured_name_after_that(k + 1, b)
            ):
                # "في إشارة إلى أن الملف الاقتصادي شرط أساسي، وبخصوص …،
                # أوضح X أن": a definite thing of two words or more, no
                # title and no name met or given, is no one who speaks; the
                # clause after its comma is another, its verb's subject its
                # own (not "أن الغنوشي، …، أوضح": a family name alone; dev36s)
                return None
            return ent
        ent = self.classify(k + 1, b, ra, rb, hit.cue)
        if ent is None or ent.kind != PERSON or not ent.key or not ent.role:
            return None
        return ent

    def honoured_name_after_that(self, a: int, b: int) -> bool:
        """The definite words ``a`` to ``b`` after أنّ are an honorific and a
        name, no thing: an honorific of clergy or address the title lexicon
        lacks before a word with no article ("الملا عمر", "الحاخام عوفاديا
        يوسف", "الأم تيريزا"), or any definite word before a given name (or
        عبد …) and one word more ("العلامة يوسف القرضاوي"; not "الموقف
        سليم": an adjective that is a given name too; mend36c)."""
        toks = self.doc.toks
        second = toks[a + 1]
        if second[:2] == "ال":
            return False  # "الملف الاقتصادي": a noun and its adjective
        if toks[a] in lx.NAME_HONORIFICS:
            return True
        return b - a > 2 and (second in _GIVEN_NAMES or second == "عبد")

    def named_before_relative(self, rel: int, lo: int, who: str) -> _Entity | None:
        """The person named in full right before the relative ``who`` (its
        comma at ``rel``) that agrees with it: "التقى X بوزيرة التعاون Y،
        التي قالت", "وصف السفير X لقاءه بوزير … Y، الذي قال"; None when
        no name the text has read ends there."""
        g, n = _RELATIVE_AGREEMENT[who]  # ("والذي" too: subject_before)
        doc = self.doc
        toks = doc.toks
        ends = doc.starts[rel]
        start = doc.starts[lo]
        for group in (self._entities, self._persons):
            for e in reversed(group):
                if e.pos < start:
                    if group is self._entities:
                        break
                    continue
                if (
                    e.pos >= ends
                    or e.kind != PERSON
                    or not e.key
                    or e.key.startswith("title:")
                    or e.gender != g
                    or e.number != n
                ):
                    continue
                # (the mention, its role before the words of its name, ends
                # at the comma)
                k = rel - len(e.key.split())
                if k > lo and doc.starts[k] >= e.pos and _key(" ".join(toks[k:rel])) == e.key:
                    return e
        return None

    def name_start_before(self, c: int, lo: int) -> int:
        """The token before the name that ends before the comma ``c`` (four
        words at most): a title, a verb, a preposition or a stop word."""
        toks = self.doc.toks
        j = c - 1
        while (
            j >= lo
            and c - j <= 4
            and self.is_word[j]
            and not self.in_quote[j]
            and toks[j] not in lx.NP_STOP
            and not _NAME_FLAGS[toks[j]] & 16
            # ("وفدا يقوده X Y، رئيس …، الذي": the verb
            # before the name, no word of it)
            and not _NAME_FLAGS[toks[j]] & 1
            and not (toks[j][0] in "بل" and _IS_TITLE_HEAD[toks[j][1:]])
            and not (toks[j][0] in "بل" and toks[j][1:] in lx.ORGANIZATION_HEADS)
            # ("سؤالا لسمير X، القيادي في الحزب، الذي قال": a given name
            # glued to لـ/بـ opens the name, nothing before it is of it)
            and not (j + 1 < c and _given_name_glued(toks[j + 1]))
            and not (
                # "وتحدث X Y، أحد قادة الحزب، الذي قال": the sentence's first
                # word, و and a word of a verb's shape, no given name nor و
                # with one ("وليد", "وسالم", "وصفي", "وهيب"), is its verb (kw25)
                j < c - 1 and self.sent_first[self.sent[j]] == j and _VERB_AFTER_WA[toks[j]]
            )
        ):
            j -= 1
        return j

    def was_subject_before_relative(self, hit: _CueHit, lo: int) -> _Entity | None:
        """ "وكانت السفارة الأميركية التي لم تعر اهتماما لهذه المعلومات رأت
        أن «…»": كان opening the clause at ``lo``, its subject, a relative
        clause on it (the pronoun agreeing with the verb at ``hit``, words
        only), then the verb: the subject, not the speaker before."""
        toks = self.doc.toks
        agrees = (hit.cue.gender, hit.cue.number)
        for r in range(lo + 2, min(hit.tok - 1, lo + 8)):
            t = toks[r]
            if not self.is_word[r] or self.in_quote[r]:
                return None
            if t in _RELATIVES:
                break
        else:
            return None
        if _RELATIVE_AGREES[t] != agrees or hit.tok - r > 14:
            return None
        for m in range(r + 1, hit.tok):
            if not self.is_word[m] or self.in_quote[m] or toks[m] in _THAT or _cue_of(toks[m]):
                return None
        b, ra, rb = self.scan_np(lo + 1, r, None)
        if b != r:
            return None
        ent = self.classify(lo + 1, b, ra, rb, hit.cue)
        if ent is None or ent.kind not in (PERSON, ORGANIZATION, GROUP) or ent.gender != agrees[0]:
            return None
        if ent.kind == PERSON and not (ent.role or ent.key):
            return None
        return ent

    def was_subject_comma(self, hit: _CueHit, lo: int) -> _Entity | None:
        """ "وكان الرئيس X، شدد على أن", "وكانت وزيرة الخارجية، أكدت أن":
        كان opening the clause at ``lo``, its subject running (words only)
        to the comma right before the verb at ``hit``: the subject (a titled
        person, a bare name, a body or group agreeing with the verb), not
        the speaker before (dev32s)."""
        toks = self.doc.toks
        comma = hit.tok - 1
        if comma - (lo + 1) > 10:
            return None
        for m in range(lo + 1, comma):
            if not self.is_word[m] or self.in_quote[m] or toks[m] in _THAT or _cue_of(toks[m]):
                return None
        b, ra, rb = self.scan_np(lo + 1, comma, None)
        if b != comma:
            return None
        ent = self.classify(lo + 1, b, ra, rb, hit.cue)
        if ent is None or ent.kind not in (PERSON, ORGANIZATION, GROUP):
            return None
        if hit.cue.gender and ent.gender and ent.gender != hit.cue.gender:
            return None
        if ent.kind == PERSON and not ent.role and (not ent.key or toks[lo + 1][:2] == "ال"):
            # (not "وكان الاجتماع هادئا، قال": كان and its predicate, no
            # subject of the verb; a bare name has no article)
            return None
        return ent

    def blessing_before(self, rel: int, lo: int) -> int:
        """The token of the blessing's first word ("حفظه" in "X ـ حفظه الله
        ورعاه ـ الذي", "قدس" in "X قدس سره الذي": words.prayer_at) ending
        right before token ``rel``, two to four words from it, else 0."""
        toks = self.doc.toks
        for j in range(rel - 2, max(lo, rel - 5), -1):
            if not self.is_word[j] or self.in_quote[j]:
                return 0
            if _prayer_at(toks, j, rel):
                return j
        return 0

    def described_as_after(self, j: int) -> bool:
        """Token ``j`` (or the one after it, past one adjective with the
        article) is a word glued to بـ: what a subject of وصف describes its
        object as ("وصفها الخبراء بأنها", "وصفها النشطاء الشباب بالخطوة")."""
        toks = self.doc.toks
        if j < self.n and toks[j][:2] == "ال" and self.is_word[j]:
            j += 1
        return j < self.n and len(t := toks[j]) > 2 and t[0] == "ب" and not self.in_quote[j]

    def deemed_as_after(self, j: int) -> bool:
        """Token ``j`` (or the one after it, past one adjective with the
        article) is a second object of a verb of deeming or describing: "بأن"
        or a word with the article glued to بـ, or an indefinite accusative
        ("ما وصفه بنك الجزائر بأنه", "ما اعتبره بسام الفخراني انتصارا")."""
        toks = self.doc.toks
        if j < self.n and toks[j][:2] == "ال" and not self.in_quote[j]:
            # (an adjective or a name's second word: "بنك الجزائر")
            j += 1
        if j >= self.n:
            return False
        t = toks[j]
        return len(t) > 3 and (t[:3] in ("بان", "بال") or (t[-1] == "ا" and t[:2] != "ال"))

    def subject_before(self, hit: _CueHit, lo: int) -> _Entity | None:
        """Subject–verb order: "والفرنسيون قالوا إن …"."""
        toks = self.doc.toks
        if self.cleft_who(hit.tok):
            # "الوزير هو من قال", "أنه (ليس) هو من قال": a cleft; its subject
            # ends before the pronoun, or is the pronoun glued to أنّ/إنّ (or
            # none): the one the clause is about, as after "أنه قال"
            k = hit.tok - 3
            if k >= lo and toks[k] == "ليس":
                k -= 1
            if k < lo or toks[k] in _THAT_PRONOUN or not self.is_word[k]:
                return None
            at = _CueHit(k + 1, hit.np_start, hit.cue, hit.pronoun, hit.lam, hit.relayer)
            at.np_end = hit.np_end
            return self.subject_before(at, lo)
        if (
            toks[lo] in _IN_REPLY
            and lo + 1 < hit.tok
            and toks[lo + 1] == "علي"
            and _COMMA_SET.isdisjoint(toks[lo : hit.tok])
        ):
            # "وردا على وصف المعارضة بالتلاميذ قال X": a fronted adverbial of
            # reply, what is replied to no subject of the verb after it
            return None
        if hit.tok - 2 >= lo and toks[hit.tok - 2] in _IN_THIS_REGARD:
            return None  # ("وبهذا الشأن قالت إن": fronted "in this regard")
        if (
            hit.tok - 2 >= lo
            and toks[hit.tok - 1] in _RELATIVE_PARTICLES
            and (toks[hit.tok - 2] in _RELATIVES or toks[hit.tok - 2][1:] in _RELATIVES)
        ):
            return None  # ("نابلس، والتي لطالما سجلت": the relative's verb)
        if toks[hit.tok - 1] in QUOTE_MARKS or toks[hit.tok - 1] in _COMMAS:
            named = self.name_in_marks_before(hit, lo)
            if named is not None:
                return named
        relative = toks[hit.tok - 1] in _RELATIVES
        if (
            not relative
            and hit.tok - 3 >= lo
            and toks[hit.tok - 1][:1] == "و"
            and toks[hit.tok - 1][1:] in _RELATIVES
            and self.is_word[hit.tok - 2]
        ):
            # "الأمير X والذي قال", "الملك X ـ أيده الله ـ والذي قال": a
            # relative joined by و right after the name (or its blessing),
            # the name its antecedent
            relative = True
        if not relative and hit.tok - 3 >= lo:
            met = self.met_before(hit, lo)
            if met is not None:
                return met
        if (
            relative
            and hit.cue.kind == lx.VERB
            and hit.cue.gender is not None
            and toks[hit.tok].endswith(_OBJECT_SUFFIXES)
            and (agrees := _RELATIVE_AGREEMENT.get(toks[hit.tok - 1])) is not None
            and agrees[0] != hit.cue.gender
        ):
            # "التقت الوزيرة X بالسفير Y، الذي وصفته بأنه": a verb with its
            # object's pronoun whose gender is not the relative's; the
            # antecedent is its object, not its subject (kw17c)
            return None
        if hit.tok - 1 >= lo and relative:
            # "الوزير مروان حمادة الذي يبلغه …": the relative's antecedent
            rel = hit.tok - 1
            if (j := self.blessing_before(rel, lo)) > 0:
                rel = j  # (the name ends before the blessing)
            if rel - 1 > lo and toks[rel - 1] in _COMMAS:
                rel -= 1  # "النائب سعد الحريري، الذي يؤكد لها"
                doc = self.document_before(rel, lo, hit.cue)
                if doc is not None:
                    return doc
            if hit.cue.lemma == "نص":
                legal = self.legal_text_before(rel, lo, hit.cue)
                if legal is not None:
                    return legal
            k = rel
            # (ten words back: "بوزير التنمية والتعاون الدولي X Y Z، الذي", a
            # post of several words glued to بـ before the name)
            stop = max(lo, rel - 10)
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
                        j = self.name_start_before(k - 1, lo)
                        if t[0] == "و":
                            # "عن X Y، محامي Z W، ورئيس هيئة الدفاع، الذي": a
                            # post joined by و to the post set off before it
                            # (the name in that one's genitive no holder's):
                            # both are the role of the name before them
                            c = k - 2
                            while (
                                c > lo and k - c <= 8 and self.is_word[c] and not self.in_quote[c]
                            ):
                                c -= 1
                            if (
                                c > lo
                                and toks[c] in _COMMAS
                                and _IS_TITLE_HEAD[toks[c + 1]]
                                # (not "…، ورئيس اللجنة Y Z، الذي": the one
                                # named after the joined post)
                                and not self.names_second_person(k, rel)
                            ):
                                i = self.name_start_before(c, lo)
                                # (a name of three words at most, what is
                                # before it no word of it)
                                if c - i <= 4 and i + 1 < c and self.name_like(i + 1, c):
                                    ent = self.classify(i + 1, c, c + 1, rel, hit.cue)
                                    if ent is not None and ent.kind == PERSON and ent.key:
                                        return ent
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
                        got = self.classify(k, b, b, b, hit.cue)
                        if got is not None and got.kind == PERSON and not _named_person(got):
                            # "اجتمع X بمديرة الوكالة … Y، التي": the name
                            # the post ran on to, read before, over the post
                            named = self.named_before_relative(rel, lo, toks[hit.tok - 1])
                            if named is not None:
                                return named
                        return got
                    break
            # "التقى X بوزيرة التعاون الدولي المصرية Y، التي قالت", "وصف
            # السفير X لقاءه بوزير … Y، الذي قال": past a long post, the
            # person the text read whose name ends at the relative's comma
            return self.named_before_relative(rel, lo, toks[hit.tok - 1])
        fa = toks[hit.tok][0] == "ف" or (
            hit.tok - 1 >= lo and toks[hit.tok - 1] in {"فقد", "فلقد"}
        )  # "أما صندوق النقد الدولي فقد اعتبر"
        comma = hit.tok - 1 >= lo and toks[hit.tok - 1] in _COMMAS
        if (
            not comma
            and hit.tok - 2 > lo
            and toks[hit.tok - 1] == "اذ"
            and toks[hit.tok - 2] in _COMMAS
            and lo == self.sent_first[self.sent[hit.tok]]
            and (found := self.fronted_subject(lo, hit.tok, hit.cue)) is not None
            and found[1] == hit.tok
        ):
            # "جاره، الذي يسكن الحي منذ عقدين، إذ يقول:": the subject that
            # opens the sentence, its aside, then "for" and the verb
            return found[0]
        if (
            fa
            and toks[(s0 := self.sent_first[self.sent[hit.tok]])] in _AMMA
            and s0 + 2 < hit.tok
            and toks[s0 + 1] in lx.DOCUMENT_HEADS
        ):
            # "أما البرقية الثانية، REF، الصادرة في DATE تحت عنوان «…: …»،
            # فتقول": a document as the topic speaks through the فـ verb,
            # whatever its reference, date or subject line hold between
            b, ra, rb = self.scan_np(s0 + 1, hit.tok, None)
            if b > s0 + 1:
                return self.classify(s0 + 1, b, b, b, hit.cue)
        if (
            not comma
            and hit.tok - 4 > lo
            and toks[hit.tok - 1] in _DASHES
            and lo == self.sent_first[self.sent[hit.tok]]
            and (found := self.fronted_subject(lo, hit.tok, hit.cue)) is not None
            and found[1] == hit.tok
        ):
            # "أحد الشهود –رفض ذكر اسمه- قال": the subject that opens the
            # sentence, its aside in dashes, then the verb (dev33s)
            return found[0]
        if comma or fa:
            # "أما رئيس المجلس نبيه بري، فقال …", "أما الباحث X فيرى": the topic
            end = hit.tok - 1 if comma or toks[hit.tok][0] != "ف" else hit.tok
            for k in range(end - 1, max(lo, hit.tok - 24) - 1, -1):
                if toks[k] in _AMMA:
                    if toks[k + 1] in _TOPIC_PREPOSITIONS:
                        break  # ("أما بخصوص سوريا فقد أكد": a topic of talk)
                    # (the limit takes in the closing comma, so that an
                    # apposition before it is read: "أما أم خالد، وهي معلمة …، فتقول")
                    # "أما مراسل الوكالة علي حسين الدليمي فسأل": the topic
                    # ends at the verb, so "علي" before a name that runs to
                    # it is the name Ali, not the preposition
                    ali = False
                    m = k + 2
                    while m < end - 1:
                        if (
                            toks[m] == "علي"
                            and toks[m + 1][:2] != "ال"
                            and toks[m + 1] not in _ALA_OBJECTS
                            and self.name_like(m + 1, end)
                        ):
                            ali = True
                            break
                        m += 1
                    b, ra, rb = self.scan_np(
                        k + 1, end + 1 if comma else end, None, titled=False, ali=ali
                    )
                    if b == end or (fa and b < end and toks[b] in _COMMAS):
                        # "أما ليلى، التي فضلت عدم ذكر اسم عائلتها، فتروي"
                        return self.classify(k + 1, b, ra, rb, hit.cue)
                    break
                if not self.is_word[k] and (
                    not fa or (toks[k] not in _COMMAS and toks[k] not in _PARENS)
                ):
                    # ("أما مراسل وكالة الأنباء العراقية (واع) X فسأل": an
                    # acronym in brackets inside the topic)
                    break
                if self.in_quote[k]:
                    break
            if comma:
                if (
                    toks[lo] in _SCENE_WAS
                    and lo + 1 < hit.tok - 1
                    and not (toks[hit.tok][0] == "و" and _cue_of(toks[hit.tok][1:]) is not None)
                    and (was := self.was_subject_comma(hit, lo)) is not None
                ):
                    # "وكان الرئيس X، شدد على أن": the pluperfect's subject
                    # after كان, set off by a comma from its verb with no قد
                    return was
                if lo == self.sent_first[self.sent[hit.tok]]:
                    found = self.fronted_subject(lo, hit.tok, hit.cue)
                    if found is not None and found[1] == hit.tok:
                        return found[0]
                # a sentence run on from the one before, its full stop
                # dropped ("… وقراها الأصلية رئيس المجلس المحلي، محمود X،
                # قال إن"): the fronted subject opens at a title (not before
                # a verb joined with و, which goes on the main clause)
                v = toks[hit.tok]
                conj = v[0] == "و" and _cue_of(v[1:]) is not None
                for k in range(hit.tok - 3, hit.tok if conj else max(lo, hit.tok - 20), -1):
                    t = toks[k]
                    if self.in_quote[k] or not (
                        self.is_word[k] or t in _COMMAS or t in QUOTE_MARKS
                    ):  # (a name in marks in the role: "بـ"سوق ليبيا"")
                        break
                    if (
                        t in _TITLE_LIKE and toks[k - 1] not in _TITLE_LIKE and self.is_word[k - 1]
                    ) or (t == "علي" and toks[k + 2] in _COMMAS):
                        # (or at the name Ali: "… استغرابا كبيرا علي X، تاجر …، قال")
                        found = self.fronted_subject(k, hit.tok, hit.cue, strict=True)
                        if found is not None and found[1] == hit.tok:
                            return found[0]
                return self.that_subject_comma(hit, lo)
        if toks[lo] in _AUX_WAS and lo + 4 < hit.tok and hit.cue.kind == lx.VERB:
            was = self.was_subject_before_relative(hit, lo)
            if was is not None:
                return was
        end = hit.tok
        while end - 1 >= lo and toks[end - 1] in _AUXILIARIES:
            end -= 1  # "وكانت الأمم المتحدة قد دعت"
        if end < hit.tok and end - 1 in self.date_token_index:
            # "وكان تقرير صادر عن المركز في سبتمبر 2025 قد أكد": when, between
            # the pluperfect's subject and قد, is no part of the subject
            d = end - 1
            while d - 1 > lo and d - 1 in self.date_token_index:
                d -= 1
            if d - 1 > lo and toks[d - 1] in _DURING:
                end = d - 1
        if end < hit.tok and end - 1 > lo and toks[end - 1] in _COMMAS:
            # "وكان حسن عبدالله، محافظ البنك المركزي، قد صرح": the subject
            # after كان, an apposition set off by commas, then قد and the verb
            return self.subject_before_apposition(hit, lo, end - 1) or self.subject_before_aside(
                hit, lo, end - 1
            )
        if end - 2 > lo and (j := self.blessing_before(end, lo)) > lo:
            # "وكان الملك X رحمه الله يقول", "والنبي صلى الله عليه وسلم قال":
            # the prayer after the name, before the verb, is no word of it
            # (kw27b)
            end = j
        k = end - 1
        start = end
        skipped = 0
        reach = 8
        if end - 9 >= lo and toks[end - 1] not in _AUXILIARIES:
            # "وكان أمين سر المجلس التنسيقي للقطاع الخاص X Y قال إن": a
            # pluperfect's subject between كان and its verb, however long its
            # title, is read back to كان
            for j in range(end - 9, max(lo, end - 16) - 1, -1):
                if toks[j] in _AUX_WAS:
                    reach = end - j - 1
                    break
                if not self.is_word[j] or self.in_quote[j] or toks[j] in _THAT:
                    break
        while k >= lo and end - k <= reach + skipped:
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
            if not self.is_word[k] or t in _THAT or self.in_quote[k] or t in _FRONTED_CONJ:
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
                    # "وكانت وزارة الصحة في غزة قد حذرت": where the body sits,
                    # between the pluperfect's subject and قد (or its verb:
                    # "وكان المجلس الأعلى في تونس أعلن")
                    t in lx.ROLE_PREPOSITIONS
                    and (end < hit.tok or toks[lo] in _AUX_WAS)
                    and k - 1 >= lo
                    and any(
                        w in lx.ORGANIZATION_HEADS
                        or (w[:2] == "ال" and w[2:] in lx.ORGANIZATION_HEADS)
                        for w in toks[max(lo, k - 3) : k]
                    )
                )
                and not (
                    # "مصدر في مؤسسة كهرباء لبنان أوضح": an anonymous source
                    # and where it works, opening the sentence before its verb
                    # (also a role in construct: "لم يكن صاحب محل الأقمشة في
                    # السوق القديم يتوقع")
                    t in lx.ROLE_PREPOSITIONS and k - 1 >= lo and self.head_opens_sentence(k, lo)
                )
                and not (
                    # "وكان مدير عام الهيئة X قد أعلن", "الأمين العام": general,
                    # the title's own word, not the year
                    t in _GENERAL and k - 1 >= lo and toks[k - 1] in _TITLE_LIKE
                )
                # "وكان تقرير صادر عن المركز قد أكد": the issuer of a document
                and not (t == "عن" and k - 1 >= lo and toks[k - 1] in _ISSUED)
            ):
                break
            if t in _AUXILIARIES:
                break
            start = k
            k -= 1
        if start == end:
            return None
        if toks[start] in _FRONTED_WHEN and hit.cue.kind == lx.VERB:
            # "وبعد اللقاء قال إن", "وخلال المؤتمر الصحفي قالت:": a fronted
            # adverbial of time right before the verb, no subject (dev21s);
            # but a definite title right before the verb after the noun of an
            # arrival or a return with its pronoun (it takes no object) is
            # its subject: "وعند وصوله الوزير قال" (not "وبعد لقائه الوزير
            # قال", the one met, nor "خلال المؤتمر الصحفي", an adjective; kw27)
            s = end - 1
            if (
                end == hit.tok
                and s - 2 >= start
                and (w := toks[s])[:2] == "ال"
                and w in _TITLE_LIKE
                and toks[s - 1] in _words_module._ARRIVAL_NOUNS
            ):
                ent = self.classify(s, end, end, end, hit.cue)
                if ent is not None and ent.kind == PERSON:
                    return ent
            # A gathering with the article as the adverbial's complement takes
            # no object either: a definite title after it (or after its
            # adjective) opens the subject, "وبعد الاجتماع الوزير قال",
            # "وبعد الاجتماع المغلق الوزير الأول قال" (kw28); an adjective
            # of the press is no journalist ("وخلال المؤتمر الصحفي قالت")
            if end != hit.tok or toks[start + 1] not in _FRONTED_GATHERINGS:
                return None
            s = start + 2
            while (
                s < end
                and s < start + 4
                and (a := toks[s])[:2] == "ال"
                and (a in _PRESS_ADJECTIVES or a not in _TITLE_LIKE)
            ):
                # (the gathering's adjectives, up to two: "المغلق", "الصحفي
                # المشترك")
                s += 1
            if (
                s < end
                and (w := toks[s])[:2] == "ال"
                and w in _TITLE_LIKE
                and w not in _PRESS_ADJECTIVES
            ):
                # A second subject joined by و ends the first, which speaks as
                # a coordinated subject does after the verb ("وقالت الوزيرة
                # وزميلتها"): "الوزير ونظيره الفرنسي قالا", "الوزير وسامي X
                # قالا"; with a dual or plural verb any و-word joins one, with
                # a singular one only a word joining others ("ونظيره"), a
                # name's own و kept ("الوزير وليد X قال"); a dual or plural
                # verb after a title alone agrees with none (review C item 6).
                # (Bounded: the few tokens between the title and the verb.)
                many = hit.cue.number is not None and hit.cue.number != lx.SG
                b = next(
                    (
                        j
                        for j in range(s + 1, end)
                        if (many and toks[j][:1] == "و") or _words_module._joins_others(toks[j])
                    ),
                    end,
                )
                if many and b == end:
                    return None
                ent = self.classify(s, b, b, b, hit.cue)
                if ent is not None and ent.kind == PERSON:
                    return ent
            return None
        if toks[start] in _FRONTED_TOPIC and hit.cue.kind == lx.VERB:
            # "وحول أزمة المياه قال: «…»": a fronted topic of talk, the
            # speaker the one the text is about (kw26)
            return None
        if k - 2 >= lo and _after_whether_was(toks, k + 1) and hit.cue.kind == lx.VERB:
            # "وحول ما إذا كانت الحكومة ستستقيل قال: «…»", "وعما إذا كان
            # الوزير سيستقيل قال": the subject of "whether" is what is asked
            # about, no subject of the verb after it (kw27b)
            return None
        at_boundary = (
            k < lo
            or not self.is_word[k]
            or toks[k] in _THAT
            or toks[k] in _AUXILIARIES
            # "لكن الجمعية تقول إن": "but" opens the clause, its subject first
            or toks[k] in _FRONTED_CONJ
            or toks[k] in _AUX_WAS  # ("لم يكن صاحب المحل يتوقع")
        )
        if not _FLOOR.isdisjoint(toks[start:end]) and (
            not at_boundary or not _GIVE_FLOOR.isdisjoint(toks[start:end])
        ):
            # "(و)منحت الهيئة المتهم الكلمة (الأخيرة) فقال": the one given
            # the floor speaks (given_the_floor), no subject before the verb
            return None
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
            if toks[start + 1] in _TOPIC_PREPOSITIONS:
                return None  # ("أما بخصوص X فقد أضاف": a topic of talk)
            start += 1
        elif toks[start] in _PRAISE_VERBS and end - start > 1:
            # "وثمن الوزير ببرنامج الحكومة وقال": a verb of praise, no name,
            # and the praised thing glued to بـ ends its subject
            start += 1
            for m in range(start + 1, end):
                t = toks[m]
                if t[0] == "ب" and len(t) > 2 and (t[1] == "ب" or t[:3] == "بال"):
                    end = m
                    break
        if end - start == 1 and (
            toks[start] in _GO_ON_TO_SAY
            or (toks[start] in _CUE_WORDS and self.cue_at(start) is not None)
        ):
            # "وتابع يقول: «…»", "ومضت تقول": the verb the cue goes on from
            # is no subject; the speaker is the one the text was quoting
            return None
        if end - start > 1 and toks[start] in _CUE_WORDS and self.cue_at(start) is not None:
            # "«…»، تقول الهنتاتي وتتابع: «…»" (the full stop dropped): the
            # verb after the quote and its subject, then the next verb; the
            # subject is the words after the first verb
            start += 1
        if toks[hit.tok][0] == "ل" and end - start > 1 and toks[hit.tok] not in lx.CUES:
            start += 1  # "عاد غوديك ليكتب": the main verb, then its subject
        if toks[hit.tok][0] == "و" and toks[start][0] == "ف" and end == hit.tok and start + 3 > end:
            # "سألناها …، فابتسمت وقالت:", "فضحك وقال", "فهز رأسه وقال": a
            # verb (and its object) the cue is coordinated with, not its
            # subject; the speaker is whom the sentence is about
            return None
        if (
            (w := toks[start])[0] == "و"
            and start - 1 >= lo
            and toks[start - 1] in _COMMAS
            and toks[hit.tok][0] == "و"
            and _cue_of(toks[hit.tok][1:]) is not None
            # (not a person joined to the list: "، ووليد X وقال", "، ووزير
            # المالية X وقال", a name or a post after و)
            and w not in _GIVEN_NAMES
            and (v := w[1:]) not in _GIVEN_NAMES
            and v not in _TITLE_LIKE
            and v not in lx.HONORIFICS
            and not self.known_name_word(w)
            and not self.known_name_word(v)
            # (nor a kunya, a kin noun, "، وأبو محمد وقال", "، وشقيق
            # الضحية وقال", nor a word with the article, a family name,
            # "، والعبيدي وقال": a person; the list's deeds are bare nouns;
            # mend37c)
            and v not in _PERSON_ITEM_HEADS
            and v[:2] != "ال"
        ):
            # "وطالب X بإشراك كل الأحزاب، ووضع دستور جديد وأردف:": the last
            # item of a list set off by a comma and joined by و, then a verb
            # of saying joined by و; no subject of it (who comes right
            # before a verb, "X قال", takes no و between), the verb goes on
            # with the sentence's subject (dev37s)
            return None
        ent = self.classify(start, end, end, end, hit.cue)
        if ent is None or (ent.kind == PERSON and ent.role is None and end - start > 3):
            return None
        if (
            toks[start][:1] in "وف"
            and (toks[start][1:] in _NEWS_VERBS or _derived_past_verb(toks[start][1:]))
            and ent.pos == self.doc.starts[start]
        ):
            # "وانتقد الوزير أمين X الحكومة وقال إن": read as a name, the
            # verb opening a clause of its own is no subject before the verb
            # of saying (the coordinated verb shares its subject:
            # main_clause_subject)
            return None
        return ent

    def name_in_marks_before(self, hit: _CueHit, lo: int, own: bool = False) -> _Entity | None:
        """Subject–verb order with the subject in marks, as some outlets set
        names: "«مبارك» قال للأمريكيين", "و«الغنوشي» أكد أن", "وكان «نور»،
        قال": one to three name words in marks that open the clause (or follow
        و or كان) right before the verb are its subject, as they are right
        after it (step 3: "وأضافت “الغارديان” إن"). ``own``: the marks were
        read as a quote's, which is_quotation is judging."""
        toks = self.doc.toks
        in_quote = self.in_quote if not own else bytearray(self.n)
        j = hit.tok - 1
        after_comma = toks[j] in _COMMAS
        if after_comma:
            j -= 1
        if j - 2 < lo or toks[j] not in QUOTE_MARKS or in_quote[j]:
            return None
        m = j - 1
        while m > lo and j - m <= 4 and toks[m] not in QUOTE_MARKS:
            m -= 1
        if not 2 <= j - m <= 4 or toks[m] not in QUOTE_MARKS or in_quote[m]:
            return None
        p = m - 1
        if after_comma:
            # ("…، «لن نتراجع»، قال": the words said, then the verb; only
            # the pluperfect's كان opens a subject set off so)
            if p < lo or toks[p] not in _AUX_WAS:
                return None
        elif not (p < lo or not self.is_word[p] or toks[p] == "و" or toks[p] in _AUX_WAS):
            return None
        if not all(self.is_word[x] and not in_quote[x] for x in range(m + 1, j)):
            return None
        if not self.name_like(m + 1, j):
            return None
        ent = self.classify(m + 1, j, j, j, hit.cue)
        if ent is None or ent.kind not in (PERSON, ORGANIZATION):
            return None
        g = hit.pronoun[0] if hit.pronoun else hit.cue.gender
        if g and ent.gender and g != ent.gender:
            return None
        return ent

    def head_opens_sentence(self, k: int, lo: int) -> bool:
        """Whether an anonymous head or a title in construct, at most three
        words before the preposition at ``k``, opens the clause at ``lo``
        (after لكن/و or an auxiliary): "مصدر في …", "صاحب محل الأقمشة في
        …" before their verb."""
        toks = self.doc.toks
        is_word = self.is_word
        for h in range(k - 1, max(lo, k - 4) - 1, -1):
            t = toks[h]
            if not is_word[h]:
                return False
            if (
                t in lx.ANONYMOUS_HEADS
                # ("لكن مصدرا في …": accusative after لكنّ; not the predicate
                # of كان, "وكان عضوا في البرلمان قد قال": he was one)
                or (
                    t[-1:] == "ا" and t[:-1] in lx.ANONYMOUS_HEADS and h > 0 and toks[h - 1] in _BUT
                )
                or (h < k - 1 and _IS_TITLE_HEAD[t] and t[:2] != "ال" and t in lx.TITLES)
            ):
                return (
                    h == lo
                    or not is_word[h - 1]
                    or toks[h - 1] in _FRONTED_CONJ
                    or toks[h - 1] in _AUX_WAS
                )
        return False

    def given_the_floor(self, cue_tok: int, first: int, g: str | None) -> _Entity | None:
        """ "منحت الهيئة المتهم الكلمة الأخيرة، فقال", "أعطى رئيس الجلسة
        الكلمة للنائب X فقال": the person given the floor in the clause
        before a verb of saying with ف, of the verb's gender."""
        toks = self.doc.toks
        lo = cue_tok - 24 if cue_tok - 24 > first else first
        if _FLOOR.isdisjoint(toks[lo:cue_tok]):
            return None  # (most cues: one set test)
        k = cue_tok - 1
        while k > lo and (toks[k] not in _FLOOR or self.in_quote[k]):
            k -= 1
        v = k - 1
        while v >= lo and k - v < 20 and toks[v] not in _GIVE_FLOOR:
            if self.in_quote[v]:
                return None
            v -= 1
        if v < lo or toks[v] not in _GIVE_FLOOR:
            return None
        # "الكلمة (الأخيرة) للمتهم", "الكلمة إلى النائب X": given to whom after it
        m = k + 1
        while m < cue_tok and toks[m][:2] == "ال" and toks[m] not in lx.NP_STOP:
            m += 1
        starts = []
        if m < cue_tok and toks[m][:2] == "لل":
            starts.append((m, True))
        elif m + 1 < cue_tok and toks[m] == "الي":
            starts.append((m + 1, False))
        # "منحت الهيئة المتهم الكلمة": the object after the verb's subject
        starts.extend(
            (j, False)
            for j in range(v + 2, k)
            if (toks[j] in _TITLE_LIKE or _base(toks[j]) in _TITLE_LIKE or toks[j] in _WITNESS)
            and toks[j - 1] not in _TITLE_LIKE
            and not self.in_quote[j]
        )
        for j, lam in starts:
            # (a person glued to لل lies after the floor word: j > k)
            ent = self.one_person_at(j, cue_tok if j > k else k, g, lam)
            if ent is not None:
                return ent
        return None

    def one_person_at(self, j: int, end: int, g: str | None, lam: bool = False) -> _Entity | None:
        """The one person (or anonymous one) whose phrase opens at token
        ``j`` and ends before ``end``, of gender ``g`` (any when None), or
        None: a name read from ``j``, a title with the article (or glued to
        لـ, ``lam``) read with what follows it, as for the mentions outside
        speech."""
        if not lam and _NP_KIND[self.doc.toks[j]] == 3:
            b, ra, rb = self.scan_np(j, end, None)
        else:
            b, ra, rb = self.scan_np(j + 1, end, None, titled=True)
            b = b if b > j + 1 else j + 1
        ent = self.classify(j, b, ra, rb, None, lam=lam)
        if (
            ent is not None
            and ent.kind in (PERSON, ANONYMOUS)
            and ent.number == _SG
            and (g is None or ent.gender == g)
        ):
            return ent
        return None

    def verb_back(self, verbs: frozenset[str], cue_tok: int, first: int, reach: int) -> int:
        """The last of ``verbs`` outside marks before the cue at ``cue_tok``,
        at most ``reach`` tokens back and not before ``first`` (the
        sentence's first token), or -1 (one set test for most cues)."""
        toks = self.doc.toks
        lo = cue_tok - reach if cue_tok - reach > first else first
        if verbs.isdisjoint(toks[lo:cue_tok]):
            return -1
        v = cue_tok - 1
        while toks[v] not in verbs or self.in_quote[v]:
            v -= 1
            if v < lo:
                return -1
        return v

    def one_asked(self, cue_tok: int, first: int, g: str | None) -> _Entity | None:
        """ "سأل الصحفي X الوزير Y عن …، فقال", "وعندما سألت X الوزيرة Y
        عن …، أجابت": the person asked, the object after the subject of a
        verb of asking earlier in the sentence with no other verb of saying
        since, of the answering verb's gender."""
        toks = self.doc.toks
        v = self.verb_back(_ASK, cue_tok, first, 40)
        if v < 0:
            return self.asked_by_pronoun(cue_tok, first, g)
        in_quote = self.in_quote
        for k in range(v + 1, cue_tok - 1):
            if toks[k] in _CUE_WORDS and not in_quote[k]:
                return None  # (another verb of saying between: its clause)
            if toks[k] in ("ثم", "وثم") and not in_quote[k]:
                # "وسأل الرئيس الوزير عن الملف، ثم التفت إلى الحضور، فقال":
                # the asker's next deed, who then speaks
                return None
        nxt = toks[cue_tok + 1] if cue_tok + 1 < self.n else ""
        if nxt[:1] == "ل" and len(nxt) > 3 and self.is_word[cue_tok + 1]:
            # "وسأل الرئيس وزير الخارجية عن …، فقال للصحفيين": words told to
            # others by name, no answer to the asker ("فقال له" is one)
            return None
        if toks[v - 1] in _THAT_PRONOUN and v > first:
            # "قال X إنه سأل رئيس الحكومة عن …، فقال له": the asker is the
            # pronoun, the noun phrase after the verb the one asked
            j = v + 1
        elif toks[v + 1] in lx.QUANTIFIERS:
            # "سأل أحد الصحفيين الوزير X": one of a plural, then the one asked
            j = v + 3
        else:
            b, ra, rb = self.scan_np(v + 1, cue_tok, None)
            if b <= v + 1:
                return None
            asker = self.classify(v + 1, b, ra, rb, None)
            if asker is None:
                return None
            # the one asked: the noun phrase right after the asker's last word
            last = _NORMALIZED[asker.surface].rsplit(None, 1)[-1]
            j = v + 1
            while j < b and toks[j] != last:
                j += 1
            j += 1
        if j >= cue_tok or in_quote[j]:
            return None
        t = toks[j]
        if not (t in _TITLE_LIKE or _base(t) in _TITLE_LIKE):
            return None  # ("سأل الوزير X عن …": no one asked is named)
        # (what is asked about ends the phrase: "الوزير عن الخطة")
        end = j + 1
        while end < cue_tok and toks[end] not in _ABOUT_WORDS and self.is_word[end]:
            end += 1
        return self.one_person_at(j, end, g)

    def asked_by_pronoun(self, cue_tok: int, first: int, g: str | None) -> _Entity | None:
        """ "مثل الوزير Y أمام اللجنة، وسأله رئيسها X عن …، فأجاب": the one
        asked is the pronoun on the verb of asking earlier in the sentence
        (no other verb of saying since): the last person met before that
        verb, of the pronoun's gender, not the asker, in its sentence or
        the two before; None otherwise."""
        toks = self.doc.toks
        v = self.verb_back(_ASKED_PRONOUN_WORDS, cue_tok, first, 40)
        if v < 0:
            return None
        gender = _ASKED_PRONOUN[toks[v]]
        if g is not None and gender != g:
            return None
        in_quote = self.in_quote
        for k in range(v + 1, cue_tok - 1):
            if (toks[k] in _CUE_WORDS or toks[k] in ("ثم", "وثم")) and not in_quote[k]:
                return None
        b, ra, rb = self.scan_np(v + 1, cue_tok, None)
        asker = self.classify(v + 1, b, ra, rb, None) if b > v + 1 else None
        asker_words = (
            _key_words(asker.key)
            if asker is not None and asker.key and not asker.key.startswith("title:")
            else frozenset()
        )
        pos = self.doc.starts[v]
        lo = self.sent[v] - 2
        for p in reversed(self._persons):
            if p.pos >= pos:
                continue
            if p.sentence < lo:
                break
            if (
                p.gender != gender
                or not p.role  # (a person met with a post: no phrase read on)
                or p is asker
                # ("سأله غانم" after "الإعلامي مارسيل غانم": the asker met
                # before, by one of his names)
                or (
                    asker_words
                    and p.key
                    and not p.key.startswith("title:")
                    and asker_words <= _key_words(p.key)
                )
            ):
                continue
            return p
        return None

    def occasion_speaker(self, tok: int, sid: int, g: str | None) -> _Entity | None:
        """ "جاء ذلك في مداخلة للوزير X في جلسة …" (or "في كلمة لرئيس
        الحكومة", "في تصريحات صحفية للنائب X"), one of the two sentences
        before the cue at ``tok`` with no quote since: the person glued to
        لـ after the noun of the talk, of the verb's gender."""
        toks = self.doc.toks
        for s in (sid - 1, sid - 2):
            if s < 0:
                return None
            first = self.sent_first[s]
            if toks[first] not in _THAT_CAME or toks[first + 1] not in _THAT_OBJECT:
                continue
            if self.in_quote.rfind(1, first, tok) >= 0:
                return None
            return self.occasion_owner(s, g)
        return None

    def occasion_next(self, tok: int, sid: int, g: str | None) -> _Entity | None:
        """ "وأكد أن «…». جاء ذلك في تصريح لوزير المالية X": the owner of
        the talk the sentence right after the quote of the cue at ``tok``
        tells of (occasion_owner), when it opens with "جاء ذلك" and no
        other verb of saying comes between."""
        toks = self.doc.toks
        s = sid + 1
        first = self.sent_first.get(s)
        while first is not None and self.in_quote[first] and s <= sid + 3:
            # (the quote runs on over a full stop of its own)
            s += 1
            first = self.sent_first.get(s)
        if first is None or first + 2 >= self.n or s > sid + 3:
            return None
        if toks[first] not in _THAT_CAME or toks[first + 1] not in _THAT_OBJECT:
            return None
        for k in range(tok + 1, first):
            if not self.in_quote[k] and self.is_word[k] and _cue_of(toks[k]) is not None:
                return None  # ("… «…». وقال Y: «…». جاء ذلك …": Y's occasion)
        return self.occasion_owner(s, g)

    def what_said_next(self, close: int, sid: int) -> tuple[str, _Entity, tuple[int, int]] | None:
        """ "«…». هذا ما أكده الوزير X": the sentence right after the quote
        closing at ``close`` opens with "هذا ما"/"ذلك ما"/"وهو ما" and a verb
        of saying whose object pronoun is the words; its cue's text and
        subject, and the tokens of that sentence from the cue on (the
        clause whose date is theirs), or None."""
        toks = self.doc.toks
        if close >= self.n:
            return None  # (a mark left unclosed: the words run to the end)
        first = self.sent_first.get(self.sent[close] + 1)
        if first is None or first + 3 >= self.n or self.sent[close] > sid + 3:
            return None
        if toks[first] not in _THIS_THAT or toks[first + 1] not in _WHAT_TOLD:
            return None
        hit = self.cue_hits.get(first + 2) or self.cue_at(first + 2)
        if hit is None or hit.cue.kind != lx.VERB or _lemma_key(hit.cue) == "نفي":
            return None  # ("هذا ما نفاه X": the words he denied, not his)
        ent = self.subject_of(hit)
        if ent is None:
            return None
        doc = self.doc
        end = self.sent_first.get(self.sent[first] + 1, self.n)
        return doc.orig(doc.starts[first + 2], doc.ends[first + 2]), ent, (first + 2, end)

    def occasion_owner(self, s: int, g: str | None) -> _Entity | None:
        """In sentence ``s``, which opens with "جاء ذلك", the person glued
        to لـ after the noun of the talk ("في مداخلة للوزير X"), of the
        gender ``g``, or None."""
        toks = self.doc.toks
        first = self.sent_first[s]
        end = self.sent_first.get(s + 1, self.n)
        for k in range(first + 3, first + 6 if first + 6 < end else end):
            if toks[k] not in _OCCASION_NOUNS and toks[k] not in _HELD_EVENTS:
                continue
            m = k + 1
            while m < end and toks[m] in _STATEMENT_ADJECTIVES:
                m += 1
            w = toks[m] if m < end else ""
            if w in _HELD_BY and self.is_word[m]:
                # "خلال مؤتمر صحفي عقده وزير المالية X": the subject of the
                # verb of holding the talk, after it (and after به/بها)
                j = m + 1
                if j < end and toks[j] in ("به", "بها"):
                    j += 1
                b, ra, rb = self.scan_np(j, end, None)
                ent = self.classify(j, b, ra, rb, None) if b > j else None
            elif w[:1] != "ل" or len(w) < 4 or not self.is_word[m] or toks[k] in _HELD_EVENTS:
                return None
            else:
                b, ra, rb = self.scan_np(m + 1, end, None, titled=True)
                ent = self.classify(m, b if b > m + 1 else m + 1, ra, rb, None, lam=True)
            if (
                ent is not None
                # (a person: "في مقابلة لصحيفة …" names whom it was given to)
                and ent.kind == PERSON
                and ent.number == _SG
                and (g is None or ent.gender == g)
            ):
                return ent
            return None
        return None

    def opening_verb(self, first: int, end: int, verbs: frozenset[str]) -> int:
        """The first token of ``verbs`` outside marks within the first three
        tokens of the sentence (from ``first``), before ``end``, or -1: the
        verb of meeting or receiving that meeting_subject, relay_from_met
        and meeting_host read from."""
        toks = self.doc.toks
        v = first
        while self.in_quote[v] or toks[v] not in verbs:
            v += 1
            if v - first > 2 or v >= end:
                return -1
        return v

    def meeting_subject(self, end: int, first: int) -> _Entity | None:
        """The named subject of a verb of meeting or receiving within the
        first three tokens of the sentence (from ``first``), read before
        ``end``: "استقبل الرئيس X النائب Y،" -> X."""
        v = self.opening_verb(first, end, _MEETING_VERBS)
        if v < 0:
            return None
        host = self.classify(v + 1, *self.scan_np(v + 1, end, None), None)
        return host if _named_person(host) else None

    def relay_from_met(self, cue_tok, first, g, n, agree) -> _Entity | None:
        """ "التقى/استقبل/زار X Y، ونقل عنه أن …": a verb of meeting within
        the first three tokens of the sentence (from ``first``), its subject
        X, a named person, and right after it the named person Y met, then
        a comma or و and the relay at ``cue_tok``: Y, of the pronoun's
        gender and number, is "him"; else None."""
        toks = self.doc.toks
        v = self.opening_verb(first, cue_tok, _MET_BEFORE_RELAY)
        if v < 0:
            return None
        host = self.classify(v + 1, *self.scan_np(v + 1, cue_tok, None), None)
        if not _named_person(host):
            return None
        end = cue_tok - 1 if toks[cue_tok - 1] in _COMMAS else cue_tok
        s = self.sent[cue_tok]
        for j in range(v + 3, end - 1):
            # (the host's phrase may run over the one met: "التقى الوزير X
            # السفير Y"; the one met from a title after the host's name)
            if toks[j] not in _TITLE_LIKE or self.in_quote[j]:
                continue
            b, ra, rb = self.scan_np(j, end, None)
            met = self.classify(j, b, ra, rb, None)
            if not _named_person(met) or met.key == host.key:
                continue
            # the named person after the host's, wherever the phrase ends
            # ("… في قصر بعبدا صباح اليوم،", "على رأس وفد،", "، وعرض معه
            # الأوضاع،"): "him", the last of them before the relay ("…
            # بحضور الوزير Z، ونقل عنه": Z, as before); none past words in
            # marks, another sentence or a bare given name (mend32e; before,
            # only a comma or a place of four words)
            later = False
            for k in range(b, end):
                if self.in_quote[k] or self.sent[k] != s or toks[k] in _GIVEN_NAMES:
                    return None
                if toks[k] in _TITLE_LIKE:
                    e, ka, kb = self.scan_np(k, end, None)
                    if _named_person(self.classify(k, e, ka, kb, None)):
                        later = True
                        break
            if later:
                continue
            return met if agree(met, g, n) else None
        return None

    def meeting_host(self, cue_tok: int, first: int, cue: lx.Cue) -> _Entity | None:
        """ "والتقى الوزير ممثلي النقابات …، وقال لهم": the subject of a verb
        of meeting or receiving within the first three tokens of the
        sentence (from ``first``), who speaks to those met (the verb of
        saying at ``cue_tok`` with the hearers' pronoun after it): a title
        with the article, or a bare one and its genitive, and the
        adjectives of a title after it; not the people met after it. A
        plural verb ("وقالوا له") agrees with the group met right after the
        title (words.met_group_head), not with the host: the group speaks
        (mend26b)."""
        toks = self.doc.toks
        v = self.opening_verb(first, cue_tok, _MEETING_VERBS)
        if v < 0:
            return None
        a = v + 1
        if a + 1 >= cue_tok or toks[a] not in _TITLE_LIKE:
            return None
        b = _words_module.title_span_end(toks, a, cue_tok)
        if cue.number in (lx.PL, lx.DU):
            if b >= cue_tok or not _words_module.met_group_head(toks[b]):
                return None
            e = self.scan_np(b, cue_tok, cue)[0]
            return self.met_group(b, e, cue) if e > b else None
        ent = self.classify(a, b, b, b, None)
        if ent is None or ent.kind != PERSON:
            return None
        if (
            cue.gender is not None
            and ent.gender is not None
            and ent.gender != cue.gender
            and toks[cue_tok + 1] == ("لها" if ent.gender == _F else "له")
            and (met := self.met_after_host(b, cue_tok, cue)) is not None
        ):
            # "والتقى المحافظ رئيسة الجمعية، وقالت له", "والتقت الوزيرة
            # رئيس البلدية، وقال لها": the verb of the host's other gender,
            # the hearer's pronoun of the host's, is the one met's, who
            # speaks to the host: the titled person right after him, of the
            # verb's gender (kw37)
            return met
        return ent

    def met_after_host(self, b: int, cue_tok: int, cue: lx.Cue) -> _Entity | None:
        """The titled person met at ``b``, right after the host's title (or
        after مع: "والتقى المحافظ مع رئيسة الجمعية"), read up to a place or
        time adjunct ("… في مكتبه،") or the verb of saying at ``cue_tok``,
        if of that verb's gender; else None (meeting_host,
        met_of_verbs_gender; kw37, mend35d)."""
        toks = self.doc.toks
        if toks[b] == "مع":
            b += 1
        if b + 1 >= cue_tok or toks[b] not in _TITLE_LIKE:
            return None
        end = cue_tok
        for k in range(b + 1, cue_tok):
            if toks[k] in _MET_ADJUNCT_OPENERS:
                end = k
                break
        e, ra, rb = self.scan_np(b, end, None)
        met = self.classify(b, e, ra, rb, None) if e > b else None
        if (
            met is not None
            # ("سفيرة فرنسا": a post with its country and no name, read as
            # an unnamed one; kw38)
            and (met.kind == PERSON or (met.kind == ANONYMOUS and met.role))
            and met.gender == cue.gender
        ):
            return met
        return None

    def met_of_verbs_gender(self, cue_tok: int, first: int, cue: lx.Cue) -> _Entity | None:
        """ "والتقى المحافظ رئيسة الجمعية، وقالت إن", "والتقت الوزيرة رئيس
        البلدية، وقال:": a singular verb of meeting within the first three
        tokens of the sentence (from ``first``), its subject a title of
        the verb's gender (the host), then a singular verb of saying of the
        other gender at ``cue_tok`` with no hearer's pronoun: the one met
        right after the host's title, of the verb of saying's gender
        (met_after_host), speaks; else None (mend35d; the host, who cannot
        be the verb's subject, was given the words)."""
        if cue.gender is None or cue.number in (lx.PL, lx.DU):
            return None
        toks = self.doc.toks
        v = self.opening_verb(first, cue_tok, _MEETING_VERBS)
        if v < 0 or toks[v][-1] == "ا":
            return None
        a = v + 1
        if a + 1 >= cue_tok or toks[a] not in _TITLE_LIKE:
            return None
        b = _words_module.title_span_end(toks, a, cue_tok)
        host = self.classify(a, b, b, b, None)
        if (
            host is None
            or host.kind != PERSON
            or host.gender == cue.gender
            # (the verb of meeting agrees with the host: "والتقت المحافظ"
            # is a woman the masculine title names)
            or (toks[v][-1] == "ت") != (host.gender == _F)
        ):
            return None
        return self.met_after_host(b, cue_tok, cue)

    def contacted(self, cue_tok: int, first: int, g: str | None) -> _Entity | None:
        """ "واتصلت «الصحيفة» بالسفارة …، فأجابت", "تواصلنا مع الوزير
        فقال": the one a verb of contacting reaches (بـ, مع) in the clause
        before a verb of saying with ف, of the verb's gender."""
        toks = self.doc.toks
        v = self.verb_back(_CONTACT, cue_tok, first, 30)
        if v < 0:
            return None
        for j in range(v + 1, min(v + 6, cue_tok)):
            t = toks[j]
            if t == "مع" and j + 1 < cue_tok:
                j += 1
            elif not (t[0] == "ب" and (t[1:3] == "ال" or t[1:] in lx.TITLES)):
                # (a post glued to بـ with no article before its genitive:
                # "بمدير المستشفى فقال", kw28)
                continue
            if t == "مع":
                b, ra, rb = self.scan_np(j, cue_tok, None)
            elif t[1:] in lx.TITLES:
                # "بالوزير X", "بمدير المستشفى": the title, then its genitive
                # and the name read with it
                b, ra, rb = self.scan_np(j + 1, cue_tok, None, titled=True)
            else:
                # "بالسفارة الأمريكية مستوضحة …": the body and its adjectives
                b = j + 1
                while b < cue_tok and toks[b][:2] == "ال" and self.is_word[b]:
                    b += 1
                ra = rb = b
            ent = self.classify(j, b, ra, rb, None) if b > j else None
            if (
                ent is not None
                and ent.kind in (PERSON, ORGANIZATION, ANONYMOUS)
                and ent.number == _SG
                and (g is None or ent.gender == g)
                and not (
                    # "واتصل الوزير بمدير المستشفى فقال له": the hearer's
                    # pronoun after the verb of saying, of the gender of
                    # the one contacted, is he: the caller speaks (mend26b)
                    cue_tok + 1 < self.n
                    and toks[cue_tok + 1] == ("لها" if ent.gender == _F else "له")
                )
            ):
                return ent
            return None
        return None

    def question_owner(self, k: int, o: int) -> _Entity | None:
        """The asker named by the one word ``k`` right before the marks at
        ``o``, after a question in construct ("سؤال الصحفي «…»", "سؤال
        المذيعة"): a person, titled or by his trade, with the article, or
        the family name of a person named before; None for a preposition
        ("سؤال حول «…»": what was asked about) or any other word."""
        toks = self.doc.toks
        if not self.is_word[k] or self.in_quote[k] or toks[k][:2] != "ال":
            return None
        b, ra, rb = self.scan_np(k, o, None)
        if b != o:
            return None
        ent = self.classify(k, b, ra, rb, None)
        if ent is not None and ent.kind == PERSON:
            return ent
        return None

    def contacted_before_colon(self, colon: int, first: int) -> _Entity | None:
        """ "وتواصلت «الصحيفة» مع الوزير X: «…»", "واتصلنا بالمدير X: «…»",
        "وتواصل مع الوزير X: «…»": the one the outlet, "we" or an elided
        subject contacted (مع, بـ) right before the colon answers with the
        words after it; None when the verb's subject is named otherwise
        ("وتواصل النائب X مع الوزير Y: «…»": the one who contacted, as the
        cue's subject reads)."""
        toks = self.doc.toks
        v = self.verb_back(_CONTACT, colon, first, 12)
        if v < 0 or v + 2 >= colon:
            return None
        j = v + 1
        if toks[v][-2:] != "نا":  # (not "we": "تواصلنا", "اتصلنا")
            t = toks[j]
            if t in QUOTE_MARKS:
                # (an outlet in marks: "وتواصلت «الصحيفة» مع")
                j = self.closing_mark(j, colon, 5) + 1
                if j <= 0:
                    return None
            elif t in _OUTLET_HEADS or (t[-2:] == "نا" and t not in _CONTACT):
                # (an outlet, "صحيفة الأيام", or "our": "موقعنا", "مراسلنا")
                j += 1
                while j < colon and j - v < 5 and self.is_word[j] and toks[j] != "مع":
                    j += 1
            t = toks[j] if j < colon else ""
            if not (t == "مع" or (t[:1] == "ب" and t[1:3] == "ال")):
                return None  # (a subject of its own: the one who contacted)
        return self.contacted(colon, first, None)

    def after_label(self, first: int, end: int) -> int:
        """The token after a label of one to three words and a colon that
        opens the sentence at ``first`` ("تمام سلام: كما هنأ …"), else
        ``first``."""
        toks = self.doc.toks
        for c in range(first + 1, min(first + 4, end)):
            if toks[c] == ":":
                if c + 1 < end and all(self.is_word[first:c]) and _cue_of(toks[first]) is None:
                    return c + 1
                break
            if not self.is_word[c]:
                break
        return first

    def a_name_word(self, w: str) -> bool:
        """``w`` is a given name or a word of the name of a person met
        ("الذي وصفه حداد": the minister met before), not a common noun the
        verb takes ("الوفد الذي أبلغه رسالة شفهية")."""
        if w in _words_module._GIVEN_NAMES:
            return True
        k = _key(w)
        return bool(k) and any(p.key and k in _key_words(p.key) for p in self._persons)

    def object_pronoun_verb(self, k: int) -> bool:
        """Token ``k`` is a verb of saying with an object pronoun glued to it
        ("وصفه", "يصفها", "أبلغهم"), not a verb whose stem ends in ه ("نبه")."""
        w = self.doc.toks[k]
        for suffix in ("ه", "ها", "هم"):
            if w.endswith(suffix) and len(w) - len(suffix) >= 3:
                c = _cue_of(w[: -len(suffix)])
                if c is not None and c.kind == lx.VERB:
                    return True
        return False

    def met_in_own_meeting(self, k: int) -> bool:
        """The mention at token ``k`` is the one met, after مع or glued to
        بـ, in a meeting told with its holder's pronoun ("لقائه مع الرئيس
        X", "بعد اجتماعه أمس بوزير الخارجية Y")."""
        toks = self.doc.toks
        j = k - 1
        if j > 0 and toks[j] in _WITH:
            j -= 1
        elif toks[k][:1] != "ب":
            return False
        while j > 0 and toks[j] in _DEICTIC_DAYS:
            j -= 1
        return j >= 0 and toks[j] in _MEETING_PRONOUN_NOUNS

    def meeting_holder(
        self, hit: _CueHit, first: int, sid: int, cue_subjects, entities, prev, agree
    ) -> _Entity | None:
        """The one who holds the meeting a sentence opens with ("خلال
        اجتماع الرئيس X بـ…"، "أثناء استقباله …"), of the cue's gender and
        number: the meeting noun's agent, named after it before the one met,
        or the person its pronoun refers to, met before the sentence ("خلال
        زيارته …" too; "خلال زيارة X للمصنع، قال" stays with the last
        speaker)."""
        toks = self.doc.toks
        noun = toks[first + 1]
        g, n = hit.cue.gender, hit.cue.number
        if noun in _MEETING_NOUNS:
            end = first + 2
            while (
                end < hit.tok - 1
                and self.is_word[end]
                and not self.in_quote[end]
                and toks[end] not in lx.NP_STOP
                and toks[end] not in _DEICTIC_DAYS
                and toks[end][:1] != "ب"
            ):
                end += 1  # (up to the one met: "بالسفير", "بكل من", "مع")
            b, ra, rb = self.scan_np(first + 2, end, None)
            if b <= first + 2:
                return None
            m = b
            while m < hit.tok - 1 and toks[m] in _DEICTIC_DAYS:
                m += 1  # ("اجتماع الرئيس X اليوم بكل من …")
            if noun not in _RECEIVING and (
                m >= hit.tok - 1 or (toks[m][:1] != "ب" and toks[m] not in _WITH)
            ):
                # (the one met after بـ or مع: "لقاء X بالسفير Y"; not a
                # meeting with nobody named, the last speaker's to tell)
                return None
            ent = self.classify(first + 2, b, ra, rb, None)
            if (
                ent is None
                # (a titled or known person: "لقاء جمعه بـ…" is a meeting
                # and its verb, no agent; "اجتماع مجلس الوزراء برئاسة X"
                # a body's, whose chair speaks)
                or ent.kind != PERSON
                or not (ent.role or self.known(ent))
                or not agree(ent, g, n)
            ):
                return None
            return ent
        pg = _MEETING_PRONOUN_NOUNS.get(noun)
        if pg is None or (g is not None and pg != g) or n == lx.PL:
            return None
        ent = self.resolve(first + 1, sid, pg, lx.SG, cue_subjects, entities, prev, agree)
        if ent is None or ent.kind != PERSON or self.tok_at(ent.pos) >= first:
            return None
        return ent

    def occasion_holder(self, first: int, comma: int) -> _Entity | None:
        """ "في مؤتمر صحفي لمدرب المنتخب X بقاعة …،", "وفي تصريح لوزير
        الصحة،": the titled person glued to لـ after the occasion noun (and
        its adjective) that opens the sentence at ``first``, before the
        comma at ``comma``; None when there is none."""
        toks = self.doc.toks
        if toks[first + 1] not in _SENTENCE_OCCASIONS:
            return None
        k = first + 2
        if k < comma and toks[k][:1] != "ل" and self.is_word[k] and toks[k] not in lx.NP_STOP:
            k += 1  # (its adjective: "صحفي", "متلفزة")
        t = toks[k]
        if t[:1] != "ل" or not (t[1:] in _TITLE_LIKE or t[1:] in lx.TITLES) or k + 1 >= comma:
            return None
        if t[1:] in _INTERVIEWERS:
            # "وفي حديث لمراسل الجزيرة، قال:": the reporter it was given
            # to; the speaker is the one before
            return None
        b, ra, rb = self.scan_np(k, comma, None)
        if any(toks[m] in _PRESS_HEADS or toks[m] == "تحرير" for m in range(k + 1, b)):
            # ("لرئيس تحرير صحيفة الغد": an outlet's man, as a reporter)
            return None
        ent = self.classify(k, b, ra, rb, None, lam=True)
        if ent is None or ent.kind != PERSON or not ent.role:
            return None
        return ent

    def when_subject(self, first: int, comma: int, g, n, agree) -> _Entity | None:
        """The subject of the verb right after the time word that opens the
        sentence, before the comma that ends the time clause."""
        toks = self.doc.toks
        k = first + 2  # (the time word, its verb, then the subject)
        if not self.is_word[first + 1] or self.in_quote[first + 1] or k >= comma:
            return None
        end = k + 1
        while (
            end < comma
            and self.is_word[end]
            and not toks[end].startswith(("بال", "بم"))
            and toks[end] not in lx.ROLE_PREPOSITIONS
            and toks[end] != "عن"
        ):
            end += 1  # ("واجهه القاضي بالمحضر", "سئل الوزير عن …": the verb's complement)
        b, ra, rb = self.scan_np(k, end, None)
        if b <= k:
            return None
        ent = self.classify(k, b, ra, rb, None)
        if ent is None or ent.kind not in (PERSON, ORGANIZATION) or not agree(ent, g, n):
            return None
        return ent

    def legal_text_before(self, rel: int, lo: int, cue: lx.Cue) -> _Entity | None:
        """ "استشهد الوزير بالمادة 72 من الدستور التي تنص على أن": what
        provides is the legal text the relative takes up, from its first head
        ("المادة 72 من الدستور", not the minister): the noun phrase of heads,
        numbers, من and definite words right before the relative."""
        toks = self.doc.toks
        start = -1
        for k in range(rel - 1, max(lo, rel - 8) - 1, -1):
            t = toks[k]
            if self.in_quote[k]:
                break
            w = t[1:] if len(t) > 4 and t[0] in "وبل" and t[1:3] == "ال" else t
            if (w[2:] if w[:2] == "ال" else w) in _LEGAL_TEXTS:
                start = k
            elif not (t.isdigit() or t in _LEGAL_LINKS or (t[:2] == "ال" and self.is_word[k])):
                break
        if start < 0:
            return None
        doc = self.doc
        t = toks[start]
        skip = 1 if len(t) > 4 and t[0] in "وبل" and t[1:3] == "ال" else 0  # "بالمادة"
        return _Entity(
            doc.orig(doc.starts[start] + skip, doc.ends[rel - 1]),
            DOCUMENT,
            None,
            cue.gender or "f",
            _SG,
            doc.starts[start],
            self.sent[start],
            "",
        )

    def document_before(self, comma: int, lo: int, cue: lx.Cue) -> _Entity | None:
        """ "تقرير المجلس الأعلى للحسابات الصادر في شتنبر 2023، الذي سجل": a
        document (with its issue date) right before the relative's comma is
        its antecedent; it speaks, or its author."""
        toks = self.doc.toks
        dates = self.date_token_index
        end = comma
        for k in range(comma - 1, max(lo, comma - 12) - 1, -1):
            t = toks[k]
            if k in dates or t.isdigit():
                continue
            if self.in_quote[k] or not self.is_word[k]:
                return None
            if t in _ISSUED:
                end = k  # "الصادر في …": the document's date, not its name
                continue
            if t in lx.DOCUMENT_HEADS and t[:2] != "ال" and end > k + 1:
                ent = self.classify(k, end, end, end, cue)
                if ent is not None and ent.kind in (DOCUMENT, ORGANIZATION):
                    return ent
                return None
        return None

    def issued_document(self, cue_tok: int, first: int) -> _Entity | None:
        """ "نشر الموقع برقية صادرة عن السفارة بالرباط جاء فيها أن": "فيها"
        takes up the document issued right before, described by the clause
        without a relative pronoun; its issuer speaks, not the verb's subject
        that published it; a document leaked or published by another
        ("وثيقة سربها موقع Y جاء فيها") speaks itself, and an excerpt of a
        speech or a statement ("اقتباسا من كلمة الوزير X جاء فيه") is the
        words of its owner."""
        toks = self.doc.toks
        start = cue_tok - 1
        if start > first and toks[start] in _COMMAS:
            start -= 1
        for k in range(start, max(first + 1, cue_tok - 10), -1):
            if not self.is_word[k] or self.in_quote[k]:
                break
            if toks[k] == "من" and toks[k - 1] in _EXCERPTS:
                # "ونشر الموقع اقتباسا من كلمة الوزير X جاء فيه:": the
                # excerpt right before, cut from a speech or a statement in
                # construct with its owner, who speaks (a person named or a
                # document), not the outlet that published it
                b, ra, rb = self.scan_np(k + 1, start + 1, None)
                if b != start + 1:
                    break
                ent = self.classify(k + 1, b, ra, rb, None)
                if ent is not None and (ent.kind == DOCUMENT or _named_person(ent)):
                    return ent
                break
            if (
                toks[k - 1] in _EXCERPTS
                and (t := toks[k])[:1] == "ل"
                and len(t) >= 4
                and t[-2:] not in ("ها", "هم")
                and t[-3:] != "هما"
            ):
                # "وأورد الموقع اقتباسا للوزير X جاء فيه:": the excerpt's
                # owner glued to لـ right after it speaks, as after من
                b, ra, rb = self.scan_np(k, start + 1, None)
                if b != start + 1:
                    break
                ent = self.classify(k, b, ra, rb, None, lam=True)
                if ent is not None and (ent.kind == DOCUMENT or _named_person(ent)):
                    return ent
                break
        for k in range(start, max(first + 1, cue_tok - 20), -1):
            t = toks[k]
            if (
                t in _PUBLISHING
                and (d := toks[k - 1]) in lx.DOCUMENT_HEADS
                # (a report an outlet published is its own; one leaked is not)
                and (d not in _OUTLET_WRITTEN or t.startswith("سرب"))
                and cue_tok + 1 < self.n
                and (toks[cue_tok + 1][-2:] == "ها") == (d in lx.FEMININE_DOCUMENTS)
            ):
                # "وأوردت صحيفة X وثيقة سربها موقع Y جاء فيها أن": a
                # document another leaked or published (no report the
                # outlet writes itself) speaks, not the outlet that
                # carried it nor the one that leaked it
                ent = self.classify(k - 1, k, k, k, None)
                return ent if ent is not None and ent.kind == DOCUMENT else None
            if t in _ISSUED:
                if toks[k + 1] != "عن" or toks[k - 1] not in lx.DOCUMENT_HEADS:
                    return None
                b, ra, rb = self.scan_np(k + 2, cue_tok, None)
                ent = self.classify(k + 2, b, ra, rb, None) if b > k + 2 else None
                if ent is not None and (ent.kind == ORGANIZATION or _named_person(ent)):
                    return ent
                return None
            if self.in_quote[k] or not (self.is_word[k] or k in self.date_token_index):
                return None
            if t in _THAT or t in _CUE_WORDS:
                return None
        return None

    def message_saying(
        self, hit: _CueHit, lo: int, opens: int
    ) -> tuple[int, _Entity | None] | None:
        """The message ("رسالة خطية", "بيانا", "برقية": a word of
        message_sender's _MESSAGES, with its article or بـ too) that a
        present verb of saying at ``hit`` describes: the verb opens with
        ي/ت (no conjunction), the words said (``opens``: a mark, أنّ or
        a colon) come right after it, and the message with its adjectives
        and whom it went to ("إلى مكتب الرئيس") stands before it in its
        clause, agreeing with it: its token, and the document it reads
        as (None when it reads as none)."""
        toks = self.doc.toks
        v = toks[hit.tok]
        if v[0] not in "يت" or hit.np_start != hit.tok + 1 or hit.tok + 1 != opens:
            return None
        feminine = hit.cue.gender == _F
        for k in range(hit.tok - 1, max(lo, hit.tok - 10) - 1, -1):
            t = toks[k]
            if not self.is_word[k] or self.in_quote[k]:
                return None
            if t not in _MESSAGES:
                if t in _THAT or _base(t) in _RELATIVES or _cue_of(t) is not None:
                    return None
                continue
            if feminine != (t[-1] == "ه" or t.endswith("ات") or t in lx.FEMININE_DOCUMENTS):
                return None
            b, ra, rb = self.scan_np(k, hit.tok, None)
            ent = self.classify(k, b, ra, rb, None) if b > k else None
            return k, (ent if ent is not None and ent.kind == DOCUMENT else None)
        return None

    def described_object(self, comma: int, first: int, cue: lx.Cue) -> _Entity | None:
        """ "التقى مستشارا في رئاسة الجمهورية، أبلغه": the indefinite
        (accusative) anonymous object that ends the clause before ``comma``."""
        toks = self.doc.toks
        k = comma - 1
        if not _IDENTITY_OBJECTS.isdisjoint(toks[max(first, comma - 4) : comma]):
            # "لقاءه بمسؤول خليجي رفيع، لم تذكر البرقية اسمه، قال له": an
            # aside that withholds the name, then the verb; the object is
            # before the aside
            while k > first and toks[k] not in _COMMAS and comma - k < 8:
                k -= 1
            if toks[k] not in _COMMAS:
                return None
            comma = k
        for k in range(comma - 1, max(first, comma - 9), -1):
            if self.in_quote[k] or not self.is_word[k]:
                return None
            t = toks[k]
            if t[0] == "ب" and t[1:] in lx.ANONYMOUS_HEADS and t[1:] in lx.TITLES:
                # "التقى بمسؤول خليجي رفيع، …": the object glued to بـ
                b, ra, rb = self.scan_np(k, comma, None)
                if b != comma:
                    return None
                ent = self.classify(k, b, ra, rb, cue)
                return ent if ent is not None and ent.kind == ANONYMOUS else None
            if t[-1] == "ا" and t[:-1] in lx.ANONYMOUS_HEADS:
                b, ra, rb = self.scan_np(k, comma, None)
                if b != comma:
                    return None
                ent = self.classify(k, b, ra, rb, cue)
                return ent if ent is not None and ent.kind == ANONYMOUS else None
        return None

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
            glued = t[0] == "ب" and t[1:] in lx.TITLES
            if t in _TITLE_LIKE or _base(t) in _TITLE_LIKE or glued:
                # ("لقاء جمع دبلوماسيين بوالي الجهة آنذاك، X، الذي أكد لهم":
                # the title glued to بـ, no genitive of the word before)
                if k > lo and toks[k - 1] in _TITLE_LIKE and not glued:
                    continue  # (a title's genitive title: "مساعد وزير الداخلية")
                if k > lo and toks[k - 1][0] == "ل" and toks[k - 1][1:] in lx.ORGANIZATION_HEADS:
                    continue  # ("الأمين العام لحزب معارض": the party's adjective)
                if glued:
                    # the name in commas, the glued title and its genitive
                    # (without the بـ) its role
                    if not self.name_like(comma + 1, rel):
                        return None
                    ent = self.classify(comma + 1, rel, rel, rel, hit.cue)
                    if ent is None or ent.kind != PERSON or not ent.key:
                        return None
                    doc = self.doc
                    ent.role = doc.orig(doc.starts[k] + 1, doc.ends[comma - 1])
                    return ent
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
        # "علي الجديدي، تاجر في السوق، قال": the name Ali (spelt as the
        # preposition where ى is written ي), then one word and its apposition
        ali = (
            k + 3 < upto
            and toks[k] == "علي"
            and toks[k + 2] in _COMMAS
            and is_word[k + 1]
            and toks[k + 1] not in _ALA_OBJECTS
            and toks[k + 1] not in lx.NP_STOP
        )
        if (
            k >= upto
            or not is_word[k]
            or self.in_quote[k]
            or (
                (toks[k] in lx.NP_STOP or _base(toks[k]) in lx.NP_STOP)
                and toks[k] != "ام"
                and not ali
            )
            or toks[k] in _FRONTING_OR_CONJ
            or toks[k] in _NOT_A_SUBJECT_START_CONJ
            or toks[k] in _TIME_WORDS
            or toks[k] in _AMMA
            or toks[k] in _THAT
            or _cue_of(toks[k]) is not None
        ):
            return None
        w = toks[k]
        head = (
            ali
            or "ال" <= w < "ام"
            or w in _TITLE_LIKE
            or _base(w) in _TITLE_LIKE
            or w in lx.ORGANIZATION_HEADS
            or w in lx.HONORIFICS
            or w in _KUNYA_HEADS
        )
        if not head and w[0] in "وف" and len(w) > 3:
            return None  # "وطلب محامي الدولة، …": a verb opens the sentence
        if w in _NEWS_VERBS or (not head and _derived_past_verb(w)):
            # "استقبل X Y سفير Z W، الذي …، وشدد": a verb of news (or of a
            # derived form's shape, which no name has) opens the sentence,
            # with no و too ("التقى", with what folds as the article); its
            # subject follows it (kw23a)
            return None
        b, ra, rb = self.scan_np(k, upto, None, ali=ali)
        if b <= k or b + 2 >= upto:
            return None
        if toks[b] in _COMMAS:
            sep = _COMMAS
        elif toks[b] in _DASHES and not ali and toks[upto - 1] in _DASHES:
            # "أحد المحامين –تم حجب اسمه لأسباب أمنية- قال": the aside set
            # off by dashes, the verb right after the second (dev33s)
            sep = _DASHES
            ra = rb = b
        else:
            return None
        if (w := toks[b + 1])[:1] == "و" and len(w) > 2 and w not in _HE_SHE and w not in _THEY:
            # "… عدد من ضباط الأمن، وتم قتل 15 متشددا، فقال", "بكل من Y
            # رئيسة الحكومة، وZ وزير الداخلية، شدد": what follows the
            # comma with و is a clause or a person joined to the phrase,
            # no apposition of it, and the phrase is no fronted subject
            # (but "X، وهو …، قال": an aside)
            return None
        if ali and not (ra == b + 1 and rb < upto and toks[rb] in _COMMAS):
            return None  # ("على الأقل، …": the preposition, with no apposition)
        if ra == b + 1 and rb < upto and toks[rb] in _COMMAS:
            c2 = rb  # the apposition: a name after a title, a role after a name
        else:
            ra = rb = b
            c2 = b + 1
            while c2 < upto and c2 - b <= 16 and toks[c2] not in sep:
                t = toks[c2]
                if t in _SENTENCE_END or t == ":" or (not is_word[c2] and t not in QUOTE_MARKS):
                    return None
                c2 += 1
            if c2 >= upto or toks[c2] not in sep or c2 == b + 1 or self.in_quote[c2]:
                return None
        if (
            c2 + 3 < upto
            and toks[c2 + 2] in _YEARS_OF_AGE
            and toks[c2 + 1].isdigit()
            and toks[c2 + 3] in _COMMAS
        ):
            c2 += 3  # "المهندس X، 60 عاما، الذي …، يروي": the age, then the aside
        if (
            c2 + 2 < upto
            and toks[c2 + 1] in _RELATIVES
            and (b + 1 < upto and toks[b + 1] not in _RELATIVES)
        ):
            # "X، صاحب المحل، الذي …، يقول": a relative clause after the
            # first aside is a second aside, up to its own comma
            m = c2 + 2
            while m < upto and m - c2 <= 16 and is_word[m] and not self.in_quote[m]:
                m += 1
            if m < upto and toks[m] in _COMMAS:
                c2 = m
        v = c2 + 1
        if v < upto and toks[v] == "اذ":
            v += 1  # ("جاره، الذي …، إذ يقول": "for" before the verb)
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
            and not (c2 == b + 3 and toks[b + 1] == "من" and toks[b + 2] in _TURN_NEXT)
        ):
            # ("أم أحمد"، وهي …: a person the aside describes; but "العلوي،
            # من جهته، قال": the turn to another party, whose pronoun takes up
            # the name before it, a bare name met first here; dev33s)
            return None
        if cue.gender and ent.gender and cue.gender != ent.gender:
            return None
        if strict and not head and not self.known(ent):
            return None  # (a bare first word may be the verb: "يعود X، وهو …")
        return ent, v

    def voices_rise(self, k: int) -> _CueHit | None:
        """ "تعالت هتافات المحتجين", "تعلو أصوات من داخل القفص": a verb of
        voices rising at token ``k`` and the voices after it, its subject,
        read as a verb of saying (feminine singular, as broken plurals of
        things take); or None."""
        toks = self.doc.toks
        if k + 1 >= self.n or toks[k] not in _VOICES_RISE or toks[k + 1] not in _VOICES:
            return None
        return _CueHit(k, k + 1, lx.Cue("", lx.VERB, _F, _SG))

    def recording_owner(self, hit: _CueHit, lo: int, g: str | None) -> _Entity | None:
        """ "ونشرت الصحيفة تسجيلا صوتيا للوزير يقول فيه", "ويورد الموقع
        اقتباسا من البرقية لصالح يقول فيه", "بثت القناة مقطعا لزعيم الحركة
        يقول فيه": a verb with no conjunction whose فيه/فيها takes up a
        recording, a quotation or a post named a few words before it, whose
        owner follows it with لـ or من (after its adjectives and the source
        it was taken from): the owner speaks, not who published it."""
        toks = self.doc.toks
        is_word = self.is_word
        t = toks[hit.tok]
        if t[0] in "وف" and t not in lx.CUES:
            return None  # ("وقال فيه": a new clause, the narrator's)
        want = "f" if toks[hit.np_start] == "فيها" else "m" if toks[hit.np_start] == "فيه" else None
        if want is None:
            return None
        v = hit.tok
        for d in range(v - 2, max(lo, v - 9) - 1, -1):
            if not is_word[d] or self.in_quote[d]:
                return None
            if _RECORDINGS.get(toks[d]) != want:
                continue
            j = d + 1
            # its adjectives ("صوتيا", "مصورا") and its source ("من البرقية")
            while j < v - 1:
                w = toks[j]
                if (
                    w in _FROM_WHOM
                    and toks[j + 1][:2] == "ال"
                    and j + 2 < v
                    and toks[j + 2][0] == "ل"
                ):
                    j += 2
                elif w[-1] == "ا" and w[:2] != "ال" and w[0] not in "لب" and w not in _FROM_WHOM:
                    j += 1
                else:
                    break
            w = toks[j]
            if w in _FROM_WHOM and j + 1 < v:
                return self.one_person_at(j + 1, v, g)
            if w[0] == "ل" and len(w) > 2 and w[:2] != "لا":
                return self.one_person_at(j, v, g, lam=True)
            return None
        return None

    def speech_giver(self, hit: _CueHit, lo: int) -> _Entity | None:
        """ "أن الوزير X ألقى كلمة قال فيها", "ووجه القاضي X رسالة للمتهمين
        قال فيها": the verb of saying with فيه/فيها right after a speech or
        a message (indefinite, of the pronoun's gender, the one it is
        addressed to at most between) that a verb of delivering or sending
        has for object: that verb's subject, a named or titled person,
        before it (after أنّ) or after it, speaks in it; else None."""
        toks = self.doc.toks
        pron = toks[hit.np_start] if hit.np_start < self.n else ""
        if pron not in _IN_IT or toks[hit.tok][:1] in "وف":
            return None
        j = hit.tok - 1
        if (titled := self.speech_before_title(j, lo)) >= 0:
            j = titled  # ("ألقى X عظة بعنوان: «…»، قال فيها": dev35s)
        given = _SPEECHES_GIVEN.get(pron, ())
        for p in (j - 1, j - 2):
            if (
                p - 2 >= lo
                and toks[p] == "في"
                and all(self.is_word[x] and not self.in_quote[x] for x in range(p - 1, j + 1))
                and (toks[p - 2] in _TO_WHOM or _glued_to_whom(toks[p - 1]))
            ):
                # "ووجه X رسالة للمعلمين في العاصمة قال فيها": where those it
                # went to are, after them (dev21s)
                j = p - 1
                break
        if j - 2 >= lo and toks[j - 1] in _TO_WHOM:
            j -= 2  # ("رسالة إلى المتهمين")
        elif j - 1 >= lo and _glued_to_whom(toks[j]):
            j -= 1  # ("رسالة للمتهمين")
        elif toks[j] in _COMMAS:
            # "ووجه X كلمات غاضبة بحق Y، قال فيها:": the speech, its
            # adjective and whom it was against or sent to (up to eight words,
            # none in marks), then a comma before the verb (dev20s)
            k = j - 1
            while k > lo and j - k <= 8 and self.is_word[k] and not self.in_quote[k]:
                if toks[k] in given:
                    # (the complement at most two words after it: "رسالة
                    # شديدة اللهجة إلى Y")
                    if any(
                        w in _AGAINST_WHOM or w in _TO_WHOM or _glued_to_whom(w)
                        for w in toks[k + 1 : min(k + 4, j)]
                    ):
                        j = k
                    break
                k -= 1
        if j - 2 < lo or toks[j] not in given:
            return None
        v = j - 1
        if _deliver_verb(toks[v]):
            # subject, verb, object: the subject after أنّ or opening the clause
            s = v - 1
            while s > lo and v - s < 7 and self.is_word[s - 1] and toks[s - 1] not in _THAT:
                s -= 1
            if s < v and (s == lo or toks[s - 1] in _THAT):
                b, ra, rb = self.scan_np(s, v, None)
                ent = self.classify(s, b, ra, rb, None) if b == v else None
            else:
                ent = None
        else:
            while v > lo and j - v < 7 and not _deliver_verb(toks[v]):
                if not self.is_word[v] or self.in_quote[v]:
                    return None
                v -= 1
            if not _deliver_verb(toks[v]) or v + 1 >= j:
                return None
            b, ra, rb = self.scan_np(v + 1, j, None)
            ent = self.classify(v + 1, b, ra, rb, None) if b == j else None
        # (an unnamed holder of a post of several words, "ألقى رئيس مجلس
        # النواب كلمة", or an unnamed official, "أحد المسؤولين", is read as
        # anonymous, and gives the speech too: dev30s)
        if ent is not None and (
            (ent.kind == PERSON and (_named_person(ent) or ent.role))
            or (ent.kind == ANONYMOUS and ent.role)
        ):
            return ent
        return None

    def speech_before_title(self, j: int, lo: int) -> int:
        """speech_giver: "ألقى X عظة بعنوان: «…» (لو 13:1)، قال فيها", "ألقى
        X محاضرة تحت عنوان «…» قال فيها": a title in marks after بعنوان
        (a reference in brackets after it, a comma before the verb) stands
        between the speech and the verb that says what was in it; the
        speech's token, before بعنوان, else -1."""
        toks = self.doc.toks
        k = j - 1 if toks[j] in _COMMAS else j
        if toks[k] not in QUOTE_MARKS and toks[k] != ")":
            return -1
        for m in range(k - 1, max(lo, k - 30), -1):
            t = toks[m]
            if t == ".":
                return -1
            if t in _SPEECH_TITLES:
                after = toks[m + 2] if toks[m + 1] == ":" else toks[m + 1]
                if after not in QUOTE_MARKS:
                    return -1
                return m - 2 if t == "عنوان" and toks[m - 1] == "تحت" else m - 1
        return -1

    def met_before(self, hit: _CueHit, lo: int) -> _Entity | None:
        """ "يروي دبلوماسي لقاء مع وزير سابق من الطائفة السنية قال فيه إن",
        "التقى السفير بمسؤول سعودي رفيع، قال له إن": a verb with no
        conjunction right after an indefinite person met (after مع or a
        glued بـ) opens a relative clause on that person, who speaks."""
        toks = self.doc.toks
        t = toks[hit.tok]
        if t[0] in "وف" and t not in lx.CUES:
            return None  # ("وقال": a new clause, the narrator's)
        end = hit.tok - 1 if toks[hit.tok - 1] in _COMMAS else hit.tok
        for m in range(end - 1, max(lo, end - 8) - 1, -1):
            w = toks[m]
            if not self.is_word[m] or self.in_quote[m]:
                return None
            if w == "مع":
                head, glued = m + 1, False
            elif w[0] == "ب" and w[1:] in _TITLE_LIKE and w[1:3] != "ال":
                head, glued = m, True
            else:
                continue
            if head >= end:
                return None
            h = toks[head][1:] if glued else toks[head]
            if h[:2] == "ال" or h not in _TITLE_LIKE:
                return None
            if head + 1 < end and toks[head + 1][:2] == "ال":
                return None  # ("بوزير الخارجية": definite, no relative without الذي)
            b, ra, rb = self.scan_np(head, end, None)
            if b != end:
                if not (head < b < end - 1 and end - b <= 4 and toks[b] in {"من", "في"}):
                    return None
                # "برجل أعمال من وجدة،": where he is from completes him
                b = ra = rb = end
            ent = self.classify(head, b, ra, rb, hit.cue)
            if ent is not None and ent.kind in (PERSON, ANONYMOUS):
                return ent
            return None
        return None

    def that_subject_comma(self, hit: _CueHit, lo: int) -> _Entity | None:
        """ "وذكر التقرير أن وزير الخارجية الأردني X Y، وصف …": the subject of
        a verb in an أنّ clause, set off from it by a comma, opens right
        after أنّ (a person: his title, his name or both)."""
        toks = self.doc.toks
        v = toks[hit.tok]
        if v[0] == "و" and _cue_of(v[1:]) is not None:
            # ("غير أن X يرى أن المشكل أعمق، ويقول": a verb joined with و
            # goes on the main clause, whose subject is read elsewhere)
            return None
        comma = hit.tok - 1
        k = comma - 1
        start = -1
        while k >= lo and comma - k <= 12:
            t = toks[k]
            if t in _NAMED_THAT:
                break
            if (
                k > lo
                and len(t) == 1
                and t in QUOTE_MARKS
                and toks[k - 1] in _NAMED_THAT
                and not self.in_quote[k]
                and start < 0
            ):
                # 'أن "وزير الخارجية X، قال …، بأنه "…"': a stray opener
                # right after أنّ, which opens nothing (quotes.
                # _reported_before_said; dev27d)
                start = k + 1
                k -= 1
                break
            if not self.is_word[k] or self.in_quote[k] or t in _THAT:
                return None
            k -= 1
        else:
            return None
        if start < 0:
            start = k + 1
        if start >= comma:
            return None
        b, ra, rb = self.scan_np(start, comma, None)
        if b != comma:
            return None
        ent = self.classify(start, b, ra, rb, hit.cue)
        if ent is None or ent.kind != PERSON or not (ent.role or toks[start][:2] != "ال"):
            return None  # (a bare definite noun there is a thing: "أن المشكل أعمق")
        return ent

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

    def subject_before_aside(self, hit: _CueHit, lo: int, comma: int) -> _Entity | None:
        """ "وكان تقرير للبنك الدولي، صدر في يناير 2024، قد قدّر": a body or a
        document (its author) after كان, an aside in commas (a clause, a
        date), then قد and the verb; ``comma`` closes the aside."""
        k = self.aside_opening(comma, lo, 12)
        if k is None or k == comma - 1:
            return None
        ent = self.phrase_after_head(k, lo, _AUXILIARIES, hit.cue)
        if ent is None or ent.kind not in (ORGANIZATION, DOCUMENT):
            return None  # (a person's apposition is subject_before_apposition's)
        return ent

    def honorific_antecedent(self, hit, sid, entities, marks, g, n, agree) -> _Entity | None:
        """ "وختم سموه تصريحه": the last person nearby introduced with the
        honorific the pronoun stands for ("صاحب السمو الملكي الأمير X"),
        past other speakers named since."""
        starts = self.doc.starts
        toks = self.doc.toks
        in_quote = self.in_quote
        # "وكان صاحب السمو الشيخ X، …، أكد أن …، وقال سموه:": the person the
        # honorific introduces in the pronoun's own sentence, over one with
        # the same honorific who spoke before it
        for k in range(hit.tok - 2, self.sent_first[sid] - 1, -1):
            if toks[k] in marks and not in_quote[k] and self.is_word[k + 1]:
                b, ra, rb = self.scan_np(k, hit.tok, None)
                if b > k + 1:
                    e = self.classify(k, b, ra, rb, hit.cue)
                    if _named_person(e) and agree(e, g, n):
                        return self.earlier_mention(e) or e
                break
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
        # "أشاد X بالمبادرات التي أطلقها صاحب الجلالة الملك Y، …. وقال X إن
        # جلالته أكد أن «…»": the person the honorific introduced last nearby,
        # though no verb of saying made him a speaker (a mention in a clause
        # of the narrator's): his name read after the honorific
        lo = self.sent_first[max(0, sid - 8)]
        for k in range(hit.tok - 2, lo - 1, -1):
            if toks[k] in marks and not in_quote[k] and self.is_word[k + 1]:
                b, ra, rb = self.scan_np(k, hit.tok, None)
                if b > k + 1:
                    e = self.classify(k, b, ra, rb, hit.cue)
                    if e is not None and _named_person(e) and agree(e, g, n):
                        return e
                return None
        return None

    def unsaid_teller(
        self, hit: _CueHit, first: int, cue_subjects, entities, prev, agree
    ) -> _Entity | None:
        """The subject of the verb of saying before the that-clause ``hit``
        is in, when that verb names none ("وقال في كلمة له: إن المملكة
        تؤكد «…»"): whom its pronoun stands for, resolved as a verb with no
        subject is; None when the clause before has no such verb."""
        toks = self.doc.toks
        k = bisect_left(self.hit_toks, hit.tok) - 1
        if k < 0 or (t := self.hit_toks[k]) < first:
            return None
        outer = self.cue_hits[t]
        if (
            outer.cue.kind != lx.VERB
            or outer.pronoun is not None
            or _THAT.isdisjoint(toks[t + 1 : hit.tok])
            or any(ct == t for ct, _e, _h in cue_subjects[-3:])
            or self.subject_of(outer) is not None
        ):
            return None
        g, n = outer.cue.gender, outer.cue.number
        return self.resolve(t, self.sent[t], g, n, cue_subjects, entities, prev, agree)

    def resolve(self, tok, sid, g, n, cue_subjects, entities, prev, agree) -> _Entity | None:
        toks = self.doc.toks
        if (
            tok
            and tok + 1 < self.n
            and toks[tok + 1] in _IN_IT
            and toks[tok - 1] in _ONES_OWN_WORDS
        ):
            # "رفعت النيابة دعوى ضد النائب X على خلفية تصريحات قال فيها إن
            # «…»": a statement, indefinite, and the verb that says what was
            # in it (a relative clause on it) are of the person named last
            # in the sentence, not of the last quote's speaker
            named = self.named_last_in(self.sent_first[sid], tok - 1, g, n, agree)
            if named is not None:
                return named
        if tok + 1 < self.n and toks[tok + 1] in _INTERLOCUTORS:
            # 0. "وتقول ضيفتنا:", "وتعتبر محدثتنا أن": the interviewee, a
            # person met before, never a body quoted since
            pos = self.doc.starts[tok]
            for p in reversed(self._persons):
                if p.pos < pos and agree(p, g, n):
                    return p
        # 0b. "محمد الشلوي، صاحب مقهى …، لا يبدو متحمسا. «…»، يقول": a
        # person met, named with a role in apposition in this sentence or the
        # one before, after the last quote and with no verb of saying in
        # between (from its sentence's start or the last quote in it, when
        # the stops were dropped), over a subject named before it
        # and the previous quote's speaker
        vox = self.vox_intro
        if (
            vox is not None
            and vox[1] < tok
            and self.sent[vox[1]] >= sid - 1
            and agree(vox[0], g, n)
        ):
            lo = self.sent_first[self.sent[vox[1]]]
            in_quote = self.in_quote
            for k in range(vox[1] - 1, lo - 1, -1):
                if in_quote[k]:
                    lo = k + 1
                    break
            hits = self.hit_toks
            k = bisect_left(hits, lo)
            if k == len(hits) or hits[k] >= tok:
                return vox[0]
        toks = self.doc.toks
        if (
            toks[tok - 1] in _COMMAS
            and (c := _cue_of(toks[tok])) is not None
            and c.kind == lx.VERB
            and not (toks[tok][:1] in "وف" and _cue_of(toks[tok][1:]) is not None)
        ):
            # 0c. "ذكر التقرير بأن الوزير X خلال لقاء مع Y، …، قال إن": a
            # verb of saying with no conjunction after a comma goes on with
            # the that-clause, whose named subject its adverbials set apart
            that = self.that_subject_across_adverbials(tok, sid)
            if that is not None and agree(that, g, n):
                return that
        if (
            (c := _cue_of(toks[tok])) is not None
            and c.kind == lx.PARTICIPLE
            and (but := self.but_clause_before(self.sent_first[sid], tok)) >= 0
            and (fronted := self.subject_after_but(but, tok, participle=True)) is not None
            and agree(fronted, g, n)
        ):
            # 0d. "…، لكن مسؤولا أمريكيا رفيعا تحدث، بعد أن …، قائلا: «…»":
            # the subject of the clause of "but" (opening the sentence or set
            # off by a comma in it) governs the participle after its verb's
            # comma, over a subject named before "but" (dev33s)
            return fronted
        # 1. a subject named earlier in the same sentence ("أعرب X عن قلقه وقال")
        for t, e, h in reversed(cue_subjects):
            if t >= tok:
                continue
            if self.sent[t] != sid:
                break
            if (
                h.cue.kind == lx.PREPOSITION
                and (person := self.person_after(e, tok, g, n, agree)) is not None
            ):
                # "نشرت صحيفة نقلا عن موقع X وثيقة تشير إلى أن الوزير Y
                # أبلغ …، مؤكدا": a source a preposition names is not who
                # goes on past a titled person its sentence names after it
                # as the subject of a verb of saying; the person is (but
                # "وحسب X، فإن الوزير Y سيزور …، موضحا": the source goes on)
                return person
            if (main := self.aside_verb_subject(t, h, cue_subjects)) is not None and agree(
                main, g, n
            ):
                # "وقالت الوزيرة X، بحسب الوكالة، إن …، مؤكدة": the source
                # set off in commas after the verb's subject is an aside (as
                # for words with no cue); the verb's subject goes on
                return main
            if (
                h.cue.kind == lx.PREPOSITION
                and not ((w := self.doc.toks[t])[:1] in "وف" and w[1:] in _PREPOSITION_CUE_HEADS)
                and self.in_report(t, self.sent_first[sid])
                # (but "… حسب البنك المركزي، الذي قال": the relative's
                # verb has the source for its antecedent)
                and toks[tok - 1] not in _RELATIVES
            ):
                # "وقال X إن القانون صيغ وفق شروط الصندوق، وأضاف": a
                # source told inside the that-clause of a verb of saying is
                # part of what is reported, no one who goes on (but "…،
                # وحسب الناطق Y فإن …، وأضاف": a clause of its own)
                continue
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
            if (
                h.cue.kind == lx.PREPOSITION
                and (framed := self.framed_subject(h, tok, sid)) is not None
                and agree(framed, g, n)
            ):
                # "وطبقا لنص البرقية، فإن X أعرب عن شكوكه …، قائلا «…»": the
                # person the فإن after the source names is the subject of
                # the verb that governs the participle; the source is only
                # where his words were read
                return framed
            if (
                prev is not None
                and prev[3] == sid
                and (quoted := prev[0]) is not None
                and quoted is not e
                and h.cue.kind == lx.VERB
                and _news_outlet(e)
                and agree(quoted, g, n)
            ):
                # "وذكرت وكالة الأنباء أن المديرية حذرت «…»، وقالت إن «…»":
                # the outlet only carries the words; the one it quotes in
                # its that-clause goes on
                return quoted
            if (
                h.cue.kind == lx.VERB
                and toks[t - 1] in _RELATIVES
                and toks[t].endswith(_OBJECT_SUFFIXES)
                and e is not None
                and agree(e, g, n)
            ):
                # "وانتقد النائب X القرار الذي اعتبره الوزير خطأ، وقال": the
                # verb of a relative clause whose pronoun takes the
                # antecedent for object has its own subject inside the
                # clause, a person told of; the subject of the verb the
                # clause's antecedent hangs on goes on, when it is named
                # (with a post, right after the verb opening the sentence or
                # a clause of it) or is a verb of saying's
                main = self.clause_subject(self.sent_first[sid], t, g)
                if main is not None and agree(main, g, n):
                    return main
                if any(
                    t2 < t and self.sent[t2] == sid and e2 is not None
                    for t2, e2, _h2 in cue_subjects
                ):
                    continue
            if agree(e, g, n):
                return e
        # 1b. "فإن زرهوني «…»، وقال للسفير": the named subject of an earlier
        # "أن X" clause of the sentence, a person the text already knows
        that = self.known_that_subject(tok, sid)
        if that is not None and agree(that, g, n):
            return that
        first = self.sent_first[sid]
        if (toks[first] in _BUT or toks[first] in _BUT_THAT) and "و" <= toks[tok] < "ى":
            # 1b'. "لكن المتحدث باسم الحكومة X نفى ذلك، وقال:": after "but"
            # (لكن، غير أن …) the titled person before the verb is its
            # subject, and the verbs joined to it by و go on with him
            fronted = self.subject_after_but(first, tok)
            if fronted is not None and agree(fronted, g, n):
                return fronted

        # 1c. a titled subject that opens the sentence right before the verb
        # ("نقيب الخبازين في الشمال X يؤكد أن": subject-verb order), over
        # the previous quote's speaker
        if first < tok and self.doc.toks[first] not in _AMMA:
            topic = self.sentence_topic(first, tok, adjacent=True)
            if topic is not None and agree(topic, g, n):
                return topic
            # 1c'. "X وفي مقابلة أجرتها معه صحيفة …، أكد أن": a named
            # subject opening the sentence, then an adverbial joined by و
            topic = self.topic_before_adverbial(first, tok)
            if topic is not None and agree(topic, g, n):
                return topic
        toks = self.doc.toks
        if "و" <= toks[tok] < "ى" and first + 2 < tok and n in (None, _SG):
            # 1g. "تجلس أم يوسف بجانب ابنها، وتقول:": a verb of saying joined
            # by و to the verb that opens its sentence takes that verb's
            # named subject, over the last quote's speaker
            met = self.opening_subject(first, tok, g)
            if met is not None:
                return met
        if toks[first] in _WHEN_CLAUSE and first + 3 < tok:
            # 1e. "وحين نقلنا هذه الانتقادات إلى X، أجاب:": the person the
            # writer's question went to, named in the fronted "when" clause,
            # answers
            for m in range(tok - 1, first, -1):
                if toks[m] in _COMMAS:
                    break
            else:
                m = first
            if m > first + 2:
                for k in range(m - 1, first, -1):
                    w = toks[k]
                    if w[:1] == "ل" and len(w) > 3:
                        w = w[1:]
                    if not self.is_word[k] or w in lx.NP_STOP:
                        continue
                    kw = _key(w)
                    for p in reversed(self._persons):
                        if p.pos < self.doc.starts[k] and p.key and kw in _key_words(p.key):
                            if agree(p, g, n):
                                return p
                            break
        if tok == first:
            intro = sid - 1
        elif (
            tok + 1 < self.n
            and toks[tok + 1] == ":"
            and toks[tok][0] in "يت"
            and self.is_word[tok - 1]
            and not self.in_quote[tok - 1]
        ):
            # (the full stop dropped: "… زبونا لا يأتي يقول: «…»", a bare
            # present verb of saying before its colon starts the sentence)
            intro = sid
        else:
            intro = -1
        if intro >= 0:
            # 1d. "ينتظر سائق التاكسي X زبونا. يقول: «…»": a verb of saying
            # opening its sentence, after a sentence that brought in a titled
            # person as the subject of its verb (right after it, or after a
            # fronted adverbial and its comma), with no quote since
            before = self.sent_first[intro]
            adds = None
            for e in reversed(self._persons):
                if e.sentence != intro:
                    if e.sentence < intro:
                        break
                    continue
                k = self.tok_at(e.pos)
                if (
                    e.role
                    and k > before
                    and k < tok
                    and agree(e, g, n)
                    and (k - 1 == before or toks[k - 2] in _COMMAS)
                    and self.is_word[k - 1]
                    and 1 not in self.in_quote[k:tok]
                    # (no verb before the title: a quantifier or أنّ, "قال
                    # المدرب X إن …، وكل لاعب بمثابة جندي. وأضاف", "وأن
                    # الرئيس Y سيزور …": a noun of what is reported)
                    and not _QUANTIFIED_OR_THAT[toks[k - 1]]
                    # (nor one present, "…، وبحضور رئيس الوزراء X": those
                    # at the occasion the sentence tells of, no speaker)
                    and toks[k - 1] not in _IN_PRESENCE_OF
                    # (nor a title glued to بـ/لـ: "، وعوضه بالحارس X", the
                    # verb's complement, no subject)
                    and not self.title_after_preposition(toks[k])
                    # (nor one after a preposition set off by commas, "وأضاف
                    # X، في مداخلة هاتفية، مع الإعلامي Y، أنه": the one
                    # talked with, no subject; dev37s)
                    and toks[k - 1] not in _PREPOSITION_BEFORE_OBJECT
                ):
                    if (asked := _ASKED_PRONOUN.get(toks[k - 1])) is not None and (
                        replier := self.asked_before(k - 1, tok, asked, e, intro, g, n, agree)
                    ) is not None:
                        # "وسأله رئيس اللجنة X عن …. وأجاب: «…»": the one
                        # asked (the pronoun on the verb) answers, not X
                        return replier
                    if adds is None:
                        adds = self.adds_to_last_speaker(tok, intro, g, n, prev, agree)
                    if (
                        adds is not None
                        and not self.spoke_before(e, tok, cue_subjects)
                        and self.acted_only(k, tok)
                    ):
                        # "قال المدرب X «…». وسجل المهاجم Y هدف الفوز. وأضاف:
                        # «…»": who adds has spoken already; the titled
                        # person the sentence between brought in acted
                        # only, the last speaker goes on
                        return adds
                    return e
            if intro < sid and toks[tok][0] in "يت":
                # "كانت X، وهي أرملة …، تجمع ثيابها. تقول:": a person the
                # sentence before brought in by name, with an aside on who
                # she is, as the subject of its opening verb
                for k in range(before + 1, min(before + 10, first)):
                    if toks[k] in _COMMAS and not self.in_quote[k]:
                        met = self.person_met(k, tok, g)
                        if met is not None:
                            return met
                met = self.described_by_verb(before, first, g)
                if met is not None:
                    return met
        if (
            sid > 0
            # (the sentence before opens with a verb of meeting: one set
            # lookup before the call)
            and toks[self.sent_first[sid - 1]] in _MEETING_VERBS
            and (host := self.host_before(tok, sid, g, n, agree, prev)) is not None
        ):
            # 1d'. "واستقبل الوزير وفدا …. وخلال اللقاء، أكد أن": the host,
            # a title with no name, of the meeting the sentence before told
            return host
        if (
            sid > 0
            # (the sentence before opens with a verb of speaking to or of
            # someone: one set lookup before the call)
            and toks[self.sent_first[sid - 1]] in _SPEECH_ACTS
            and (acted := self.named_speech_act_before(tok, sid, g, n, agree, prev)) is not None
        ):
            # 1d''. "وتحدث X Y للصحيفة عن تجربته. وعند سؤاله عن …، قال إن":
            # the person with no post named as the subject of the verb of
            # speaking that opens the sentence before goes on
            return acted
        if tok == first and sid > 0:
            # 1f. "أحمد الشاوش، الذي ابتعد عن …، لم يفاجأ بما ورد. وقال:": a
            # person quoted before, named again to open the sentence before
            # (his name, then an aside in commas), is who goes on
            met = self.renamed_topic(self.sent_first[sid - 1], first)
            if met is not None and agree(met, g, n):
                return met
        if sid > 0:
            # 1h. "وقال X «…». وقال وزير الإعلام Y في مؤتمر صحفي، إن …. وأضاف
            # قائلا «…»": a statement told without marks since the last
            # quote, in the sentence before, is who goes on: the subject of
            # its sentence's first verb of saying (not one inside its
            # that-clause), over the last quote's speaker and the nouns its
            # statement mentions; the sentence has no quote, the whole of it
            # after the last one
            before = self.sent_first[sid - 1]
            if self.in_quote.rfind(1, 0, tok) < before:
                told = None
                seen = False
                for t, e, h in reversed(cue_subjects):
                    if t >= tok:
                        continue
                    if t < before:
                        break
                    if self.sent[t] == sid - 1:
                        seen = True
                        # ("ونقلت الوكالة عن النائب Y قوله إن": Y, whose
                        # words are relayed)
                        told = e if h.cue.kind in _TOLD_BY else None
                        told_at = t
                        if told is not None and h.cue.kind == lx.RELAY and prev is not None:
                            told = self.unless_relayed_by(prev[0], before, t, tok, told)
                if not seen and sid > 1:
                    told = self.told_further_back(tok, sid, cue_subjects)
                elif told is not None and self.in_reported(told, told_at, before):
                    # "واعتبر أن …، لافتا إلى أن وزير خارجية X أكد له …. وتابع":
                    # the subject of a verb inside the that-clause of the
                    # sentence's first verb of saying (which has none of its
                    # own) is what the speaker told of, not who goes on
                    told = None
                if (
                    told is not None
                    and agree(told, g, n)
                    # (a person with no post may be a phrase that ran on
                    # past the name, not the one the text introduced; a
                    # family name alone, no one quoted before, ran on past
                    # nothing: dev35s)
                    and not (
                        told.kind == PERSON
                        and told.role is None
                        and (" " in told.surface or (prev is not None and prev[0] is not None))
                    )
                    # (the last speaker named again, his phrase read
                    # otherwise: "وأكد الغنوشي تلقيه دعوة": he goes on)
                    and not (
                        prev is not None
                        and prev[0] is not None
                        and told.key
                        and prev[0].key
                        and not _key_words(told.key).isdisjoint(_key_words(prev[0].key))
                    )
                ):
                    return told
        if sid > 0 and (n is None or n == _SG) and self._has_that_came:
            # 1i. "جاء ذلك في مداخلة للوزير X في جلسة …. وأضاف «…»": the
            # owner of the talk a "جاء ذلك" sentence since the last quote
            # tells of, over the nouns that sentence names after him
            met = self.occasion_speaker(tok, sid, g)
            if met is not None:
                return met
        if prev is not None and prev[0] is not None and toks[first] not in _AMMA:
            # 1j. "واستقبل رئيس الحكومة X وفدا …، وقال: «…»": a person named
            # with a post as the subject of a verb that opens a clause of
            # this sentence, since the last quote, is who goes on, over the
            # last quote's speaker
            met = self.clause_subject(first, tok, g)
            if met is not None and agree(met, g, n):
                return met
        if (
            self._has_owned_statement
            # (statement_owner's reach, one set test before its loop)
            and not _OWNED_STATEMENT_FORMS.isdisjoint(toks[max(first, tok - 24) : tok])
            and (owner := self.statement_owner(tok, first, occasion=True)) is not None
            and _named_person(owner)
            and agree(owner, g, n)
            and self.goes_on_unnamed(owner, tok, cue_subjects)
        ):
            # 1k. "ويأتي هذا عقب تصريحات الوزير X لصحيفة …، وقال إن": the
            # owner of the statements the sentence tells of, named in
            # construct with their noun, goes on with a verb of saying
            # joined by و, over the last quote's speaker (dev28s)
            return owner
        # 2. the previous quote's speaker, unless "أما X" shifts the topic
        if self.doc.toks[first] in _AMMA:
            topic = self.sentence_topic(first, tok)
            if topic is not None and agree(topic, g, n):
                return topic
        elif (
            sid > 0
            and (prev is None or prev[3] < sid - 1)
            and self.doc.toks[(before := self.sent_first[sid - 1])] in _AMMA
        ):
            # "أما كومار، فلا يعرف متى تنتهي ورديته. «…»، يقول ضاحكاً": the
            # topic the sentence before turned to, after the last quote
            topic = self.sentence_topic(before, first)
            if _named_person(topic) and agree(topic, g, n):
                # (a titled person or one met before, not "أما بخصوص …": a
                # topic of talk)
                if topic.role:
                    return topic
                if (p := self.earlier_mention(topic)) is not None:
                    return p
        if prev is not None and prev[0] is not None and prev[3] >= sid - 3 and agree(prev[0], g, n):
            return prev[0]
        if (
            prev is not None
            and prev[3] >= sid - 3
            and (said := prev[5]) is not None
            and said is not prev[0]
            and said.kind == PERSON
            and agree(said, g, n)
        ):
            # 2a. "وأضافت الوثائق أن صالح أكد أنه «…». وقال «…»": the verb
            # does not go on with the documents that relayed the last quote
            # (it does not agree with them); the one they relayed speaks
            return said
        if (
            prev is not None
            and (last := prev[0]) is not None
            and last.kind == PERSON
            and " " in last.key
            and not last.key.startswith("title:")
            and agree(last, g, n)
            and self.named_again(last, tok, sid)
        ):
            # 2b. "وأوضح صادي: «…». وتم انتخاب وليد صادي …. كما كان عضوا في
            # عهد الرئيس السابق X. وأضاف «…»": the last speaker, further back,
            # named again in the three sentences before; the story stayed on
            # him (X, met in a genitive, is no subject)
            return last
        # 3. the topic of a nominal sentence ("النائبة X كانت أكثر حذرا، إذ قالت")
        topic = self.sentence_topic(self.sent_first[sid], tok)
        if topic is not None and agree(topic, g, n):
            return topic
        # 3b. "قال الوزير X إن …. وأضاف أن …. وقال إن …. وأشار إلى أن ….
        # وقال: «…»": verbs of saying with no subject of their own, one a
        # sentence, go on with the subject of the verb that opened the
        # chain, however far back, over the nouns their clauses name
        chained = self.chain_subject(tok, sid, cue_subjects, prev[0] if prev is not None else None)
        if chained is not None and agree(chained, g, n):
            return chained
        # 4. the most recent agreeing mention nearby
        pos = self.doc.starts[tok]
        obj = self.opening_verb_object(sid)
        topic = None
        for e in reversed(entities):
            if e.pos >= pos:
                continue
            if e.sentence < sid - 3:
                break
            if agree(e, g, n):
                if e.sentence == sid and (
                    (
                        (k := self.tok_at(e.pos)) == self.sent_first[sid] + 1
                        and toks[k - 1] in _NO_NAME_OPENING
                    )
                    # "وعما إذا كان الوزير سيستقيل قال:": the subject of
                    # "whether", what is asked about (mend25b)
                    or self.whether_subject(k, self.sent_first[sid])
                ):
                    # "وبخصوص نصر قال إن": the fronted topic talked about,
                    # neither here nor further back the speaker
                    topic = _key_words(e.key) if e.key else None
                    continue
                if topic and e.key and topic <= _key_words(e.key):
                    continue
                if obj and e.sentence == sid and obj[0] <= self.tok_at(e.pos) <= obj[1]:
                    # "وعلق على ترشيح الممثل X قائلا": the verb opening the
                    # sentence has no subject; who its object names does
                    # not go on (dev27s)
                    continue
                if e.sentence == sid and self.met_in_own_meeting(self.tok_at(e.pos)):
                    # "وأشاد بالعلاقات خلال لقائه مع الرئيس X، مؤكدا أن":
                    # the one met in the meeting of "his" is not who goes
                    # on; the pronoun's owner, named before, is
                    continue
                if (
                    e.kind == DOCUMENT
                    and e.role is None
                    and (
                        (
                            e.sentence == sid
                            and (k := self.tok_at(e.pos)) > self.sent_first[sid] + 1
                            and toks[k - 1] == "في"
                        )
                        # ("وفي بيان لاحق برر X استقالته قائلا": the fronted
                        # statement, the same, its sentence maybe cut by a
                        # line break before the participle; dev17s)
                        # (not "وفي تقرير نشره الكاتب X، قال فيه إن": the
                        # verb says what is in the statement, which speaks)
                        or (
                            e.sentence >= sid - 1
                            and (k := self.tok_at(e.pos)) == self.sent_first[e.sentence] + 1
                            and toks[k - 1] == "وفي"
                            and (tok + 1 >= self.n or toks[tok + 1] not in _IN_IT)
                        )
                    )
                ):
                    # "ودان الرئيس الهجوم في بيان، وقال إن": the statement
                    # the sentence's subject spoke in, no one who goes on
                    continue
                return e
        # 4b. "وأوضح الوزير أنه …. وتابع: «…»": no quote of his before (or
        # too far back), the subject of the last verb of saying within three
        # sentences goes on (an entity met again keeps its first sentence, so
        # the mentions above can miss it)
        for t, e, h in reversed(cue_subjects):
            if t >= tok:
                continue
            if self.sent[t] < sid - 3:
                break
            if h.cue.kind == lx.VERB and agree(e, g, n):
                return e
        # 5. a person introduced (by a title, outside speech) in this or the
        # previous sentence: "يجلس الصياد X على حافة قاربه … ويقول:"
        for e in reversed(self._persons):
            if e.pos < pos and e.sentence >= sid - 1 and agree(e, g, n):
                if e.sentence == sid and self.met_in_own_meeting(self.tok_at(e.pos)):
                    continue  # (the one met in "his" meeting, as in 4)
                if e.sentence == sid and self.cleric_met_at(self.tok_at(e.pos)):
                    # "واستقبل رئيس الجمهورية المطران X Y، وقال": the cleric
                    # received, the verb's object, does not go on; the host
                    # does (kw36b)
                    continue
                if obj and e.sentence == sid and obj[0] <= self.tok_at(e.pos) <= obj[1]:
                    continue  # (the verb's object, as in 4)
                if e.sentence == sid and self.whether_subject(self.tok_at(e.pos), first):
                    continue  # (the subject of "whether", as in 4)
                if topic and e.key and topic <= _key_words(e.key):
                    continue  # (the fronted topic's, as in 4)
                return e
        # 5b. "تحدث وزير الخارجية X Y عن …. وتحدث Y لقناة … . وفيما يلي
        # أبرز ما قاله:": a person introduced by a post and named in full a
        # few sentences back, his family name written again since, is whom
        # the story is about
        for e in reversed(self._persons):
            if e.sentence < sid - 3:
                break
            if (
                e.pos < pos
                and e.role
                and " " in e.key
                and not e.key.startswith("title:")
                and agree(e, g, n)
                and self.named_again(e, tok, sid)
                # (not the cleric received, as in 5)
                and not (e.sentence == sid and self.cleric_met_at(self.tok_at(e.pos)))
            ):
                return e
        # 6. "أحد هؤلاء الصغار، يوسف، 11 عاما، يحمل دفترا. نسأله …، فيجيب:":
        # a person met by a description, then a name set off by commas
        if n is None or n == _SG:
            met = self.described_then_named(tok, sid, g)
            if met is not None:
                return met
            # 7. "أصدرت الوزارة بيانا جاء فيه أن «…». وأضاف «…»": the last
            # quote was a document's words, told with "جاء في"; the verb
            # that goes on agrees with the document (بيان), not its issuer,
            # who still speaks
            if (
                prev is not None
                and prev[0] is not None
                and prev[3] >= sid - 3
                and prev[0].kind in (ORGANIZATION, PERSON)
                and self.told_in_document(prev[3])
            ):
                return prev[0]
            if (
                prev is not None
                and (body := prev[0]) is not None
                and prev[3] >= sid - 1
                and body.kind == ORGANIZATION
                and body.gender == _F
                and g == _M
                and n in (None, _SG)
                and self.told_in_statement(prev[3])
            ):
                # 7b. "أكدت الهيئة، في بيان، أن «…». وأضاف أن «…»": a
                # masculine verb that goes on after a feminine body quoted in
                # its statement agrees with the statement (بيان), whose
                # body still speaks
                return body
            # 8. "وأكد أن «…». جاء ذلك في تصريح لوزير المالية X": no one
            # before goes on; the sentence after the words tells whose they
            # were
            met = self.occasion_next(tok, sid, g)
            if met is not None:
                return met
        return None

    def opening_verb_object(self, sid: int) -> tuple[int, int] | None:
        """ "وعلق على ترشيح الممثل X قائلا", "وتحدث عن الوزير X قائلا": the
        tokens where a person is the object of the verb that opens sentence
        ``sid`` with و or ف and no subject, right after its particle or in
        construct with the bare noun after it (first and last), no one who
        goes on; None when the sentence opens otherwise (dev27s)."""
        first = self.sent_first[sid]
        toks = self.doc.toks
        if first + 3 >= self.n or toks[first + 1] not in _OBJECT_PARTICLES:
            return None
        v = toks[first]
        cue = _cue_of(v)
        if v[0] not in "وف" or cue is None or cue.kind != lx.VERB:
            return None
        w = toks[first + 2]
        # (a bare noun in construct with the person, not a definite thing
        # the subject follows, "على القرار الوزير X", nor a demonstrative,
        # "على ذلك النائب X")
        bare = (
            self.is_word[first + 2]
            and not self.in_quote[first + 2]
            and w[:2] != "ال"
            and w not in lx.NP_STOP
            and w not in _TITLE_LIKE
            and not self.known_name_word(w)
            # (nor a noun that takes no genitive, the subject after it: a
            # platform, "وعلق على تويتر الممثل X"; one with a pronoun,
            # "على حسابه"; an adverb of على, "على عجل"; mend27a)
            and w not in _PLATFORM_NAMES
            and w not in _ALA_ADVERBS
            and not self.possessed_noun(first + 2)
        )
        return (first + 2, first + 3 if bare else first + 2)

    def possessed_noun(self, k: int) -> bool:
        """Token ``k``, five letters or more, ends in a pronoun of the
        third person as the text spells it ("حسابه", "صفحتها", "قناتهم"; not
        ة, "مشاركة", nor a long vowel before ه, "اتجاه", "تفاهم")."""
        w = self.doc.toks[k]
        if len(w) < 5:
            return False
        if w[-2:] in ("ها", "هم"):
            return w[-3] != "ا"
        return (
            w[-1] == "ه"
            and w[-2] != "ا"
            and self.doc.orig(self.doc.starts[k], self.doc.ends[k])[-1:] == "ه"
        )

    def person_after(self, e: _Entity, tok: int, g, n, agree) -> _Entity | None:
        """The last person introduced by a title after mention ``e`` in its
        sentence and before token ``tok`` who agrees with the verb there,
        when a cue is read between him and ``tok`` (meant for his verb of
        saying; any cue hit counts, of whatever kind); None when the last
        such person has none."""
        pos = self.doc.starts[tok]
        hits = self.hit_toks
        for p in reversed(self._persons):
            if p.pos <= e.pos:
                return None
            if p.pos < pos and p.sentence == e.sentence and agree(p, g, n):
                k = bisect_left(hits, self.tok_at(p.pos) + 1)
                return p if k < len(hits) and hits[k] < tok else None
        return None

    def told_in_statement(self, sid: int) -> bool:
        """Sentence ``sid`` tells a statement of the one quoted in it, a
        masculine noun ("في بيان", "في بيانها", "في بلاغ لها")."""
        toks = self.doc.toks
        first = self.sent_first[sid]
        end = self.sent_first.get(sid + 1, self.n)
        return any(
            toks[k] in _IN_STATEMENT and toks[k + 1] in _MASCULINE_STATEMENTS
            for k in range(first, end - 1)
        )

    def but_clause_before(self, first: int, tok: int) -> int:
        """The last لكن/ولكن before ``tok``, within its 30 tokens, that
        opens the sentence at ``first`` or follows a comma in it (or غير/إلا
        أنّ opening it), and no quote between; else -1."""
        toks = self.doc.toks
        if toks[first] in _BUT_THAT:
            return first
        # (30 tokens back at most: a walk to the sentence's start from each
        # participle was quadratic in a sentence of thousands of them)
        for k in range(tok - 3, (first if first > tok - 30 else tok - 30) - 1, -1):
            if self.in_quote[k]:
                return -1
            if toks[k] in _BUT and (k == first or toks[k - 1] in _COMMAS):
                return k
        return -1

    def subject_after_but(self, first: int, tok: int, participle: bool = False) -> _Entity | None:
        """The titled person that opens the sentence at ``first`` after
        لكن/ولكن (or غير/إلا/بيد أنّ) as the subject of the verb right
        after his phrase, with a comma between that verb and the verb of
        saying at ``tok``: "لكن المتحدث X نفى ذلك، وقال"; else None."""
        toks = self.doc.toks
        p = first + 1
        if toks[first] in _BUT_THAT:
            if toks[p] not in _THAT:
                return None
            p += 1
        w = toks[p]
        # (or an unnamed source in the accusative after لكنّ/أنّ: "لكن
        # مسؤولا أمريكيا رفيعا تحدث، …، قائلا"; dev33s)
        anonymous = participle and w[-1:] == "ا" and w[:-1] in lx.ANONYMOUS_HEADS
        if p + 2 >= tok or self.in_quote[p] or not (_IS_TITLE_HEAD[w] or anonymous):
            return None
        if anonymous:
            # (its words in the accusative, up to the verb: scan_np would read
            # the verb on as a name's)
            b = p + 1
            while b < tok and b - p < 4 and toks[b][-1:] == "ا" and self.is_word[b]:
                b += 1
            ra = rb = b
        else:
            b, ra, rb = self.scan_np(p, tok, None)
            if rb > ra:
                b = rb
        if b <= p + (not anonymous) or b + 1 >= tok:
            return None
        v = toks[b]
        if (
            not self.is_word[b]
            or self.in_quote[b]
            or v[:2] == "ال"
            or v in lx.NP_STOP
            or v in _THAT
            or toks[tok - 1] not in _COMMAS
            or any(toks[m] in _SENTENCE_END or self.in_quote[m] for m in range(b, tok))
        ):
            return None
        ent = self.classify(p, b, ra, rb, None)
        if anonymous:
            return ent if ent is not None and ent.kind == ANONYMOUS else None
        if ent is None or ent.kind != PERSON or not (ent.role or _named_person(ent)):
            return None
        return ent

    def title_after_preposition(self, w: str) -> bool:
        """ "بالحارس", "للوزير", "بوزير": a title glued to بـ or لـ, the
        complement of a preposition, no verb's subject."""
        if len(w) < 4:
            return False
        if w[:2] == "لل":
            return _IS_TITLE_HEAD["ال" + w[2:]]
        return w[0] in "بل" and _IS_TITLE_HEAD[w[1:]]

    def asked_before(self, v, tok, gender, asker, intro, g, n, agree) -> _Entity | None:
        """The person the pronoun on the verb of asking at ``v`` ("سأله")
        stands for, when the verb of saying at ``tok`` answers (أجاب، رد):
        the last person met before the verb, of the pronoun's gender, not
        the asker, in its sentence or the two before; else None."""
        c = _cue_of(self.doc.toks[tok])
        if c is None or c.kind != lx.VERB or _lemma_key(c) not in _REPLIES:
            return None
        pos = self.doc.starts[v]
        for p in reversed(self._persons):
            if p.pos >= pos:
                continue
            if p.sentence < intro - 2:
                break
            if p is asker or (p.key and p.key == asker.key) or p.gender != gender:
                continue
            return p if agree(p, g, n) else None
        return None

    def host_before(self, tok: int, sid: int, g, n, agree, prev) -> _Entity | None:
        """The titled subject, with no name, of the verb of meeting that opens
        the sentence before ``sid`` ("واستقبل وزير الخارجية وفدا …"), when
        the verb of saying at ``tok`` opens its sentence or follows only a
        fronted adverbial on the gathering ("وخلال اللقاء،", "وبعد
        الاجتماع"): he speaks there. None if that sentence has a cue or words
        in marks, or the subject is no title alone. None too for a verb that
        adds to one's own words ("وأضاف", "وتابع") after a quote with a
        speaker: who was quoted goes on, the host has said nothing."""
        toks = self.doc.toks
        if (c := _cue_of(toks[tok])) is None or c.kind != lx.VERB:
            return None  # (a relay, "ونقل عنه": the one it names speaks)
        if prev is not None and prev[0] is not None and _lemma_key(c) in _ADDS_TO_OWN:
            return None
        first = self.sent_first[sid]
        if tok != first:
            k = first + 2
            if k < tok and toks[k] in _COMMAS:
                k += 1
            if (
                toks[first] not in _FRONTED_WHEN
                or toks[first + 1] not in _FRONTED_GATHERINGS
                or k != tok
            ):
                return None
        before = self.sent_first[sid - 1]
        if (
            toks[before] not in _MEETING_VERBS
            or before + 2 >= first
            or _NP_KIND[toks[before + 1]] not in (3, 4)
            or not self.quiet_span(before, first)
        ):
            return None
        b, ra, rb = self.scan_np(before + 1, first, None)
        ent = self.classify(before + 1, b, ra, rb, None)
        if (
            ent is None
            or ent.kind != PERSON
            or not "title:" <= ent.key < "title;"
            or not agree(ent, g, n)
        ):
            return None
        return ent

    def named_speech_act_before(self, tok: int, sid: int, g, n, agree, prev) -> _Entity | None:
        """The person named with no post right after the verb of speaking to
        or of someone (_SPEECH_ACTS, no cue: "وتحدث X Y للصحيفة عن …",
        "وشكرت X Y المتطوعين") that opens the sentence before ``sid``, when
        the verb of saying at ``tok`` opens its sentence or follows only a
        fronted adverbial of time up to a comma ("وعند سؤاله عن …،"): he
        spoke there and goes on (a titled subject is met already). None if
        that sentence has a cue or words in marks, and for a verb that adds
        to one's own words after a quote with a speaker (as host_before)."""
        toks = self.doc.toks
        if (c := _cue_of(toks[tok])) is None or c.kind != lx.VERB:
            return None
        if prev is not None and prev[0] is not None and _lemma_key(c) in _ADDS_TO_OWN:
            return None
        first = self.sent_first[sid]
        if tok != first and (
            toks[first] not in _FRONTED_WHEN
            or toks[tok - 1] not in _COMMAS
            or tok - first > 10
            or not self.quiet_span(first, tok)
        ):
            return None
        before = self.sent_first[sid - 1]
        if before + 2 >= first or not self.quiet_span(before, first):
            return None
        # (the act's own gender, "وتحدثت ليلى …", read as a cue's would be)
        act = lx.Cue("", lx.VERB, _F if toks[before][-1] == "ت" else _M, _SG)
        b, ra, rb = self.scan_np(before + 1, first, act)
        ent = self.classify(before + 1, b, ra, rb, act)
        if not _named_person(ent) or ent.role is not None or not agree(ent, g, n):
            return None
        return ent

    def quiet_span(self, a: int, b: int) -> bool:
        """Whether tokens ``a`` to ``b`` (``b`` excluded) hold no word in
        marks and no cue."""
        return self.in_quote.find(1, a, b) == -1 and bisect_left(self.hit_toks, a) == bisect_left(
            self.hit_toks, b
        )

    def speech_act_subject(self, s: int, entities) -> _Entity | None:
        """The person named right after the verb of speaking to or of someone
        (_SPEECH_ACTS, no cue: "وشكر", "وهنأ", "وتحدث") that opens sentence
        ``s``, a sentence with no cue and no words in marks; else None."""
        if s < 0:
            return None
        toks = self.doc.toks
        f = self.sent_first[s]
        end = self.sent_first.get(s + 1, self.n)
        if f + 2 >= end or toks[f] not in _SPEECH_ACTS or not self.quiet_span(f, end):
            return None
        start = self.doc.starts[f + 1]
        for e in islice(reversed(entities), 12):
            if e.pos == start:
                return e if _named_person(e) else None
        return None

    def adds_to_last_speaker(self, tok, intro, g, n, prev, agree) -> _Entity | None:
        """The last quote's speaker, when the verb of saying at ``tok``
        adds to one's own words ("وأضاف", "وتابع") and that quote stands in
        the sentence ``intro`` or the one before it, agreeing; else None."""
        c = _cue_of(self.doc.toks[tok])
        if (
            c is None
            or c.kind != lx.VERB
            or _lemma_key(c) not in _ADDS_TO_OWN
            or prev is None
            or (last := prev[0]) is None
            or prev[3] < intro - 1
            or last.kind != PERSON
            or not agree(last, g, n)
        ):
            return None
        return last

    def acted_only(self, k: int, tok: int) -> bool:
        """The person whose title stands at ``k`` did a deed in his
        sentence, and said nothing: its verb is one of _DEEDS ("وسجل
        المهاجم X هدف الفوز"), or, after كان, the verb after قد is no speech
        act (_SPEECH_ACTS: "وكان X قد فقد السيطرة", not "قد هنأ اللاعبين").
        Else ("وهنأ رئيس النادي X اللاعبين"، "وأبرز X أهمية الفوز"، "ورفض
        X الانتقادات") he may have spoken, and the verb at ``tok`` that
        adds goes on with him."""
        toks = self.doc.toks
        w = toks[k - 1]
        if w in _KANA or (w[:1] == "و" and w[1:] in _KANA):
            sid = self.sent[k]
            for m in range(k + 1, min(tok, k + 12)):
                if self.sent[m] != sid:
                    break
                if toks[m] in ("قد", "لقد") and m + 1 < tok:
                    return toks[m + 1] not in _SPEECH_ACTS
            return False
        return w in _DEEDS

    def spoke_before(self, e: _Entity, tok: int, cue_subjects) -> bool:
        """The person ``e`` is the subject of a verb of saying before token
        ``tok`` (one of his names the same), unless the verb also names a
        deed and tells no words in its sentence (no أنّ, colon or quote
        after it: "وسجل المهاجم X هدفا")."""
        words = _key_words(e.key) if e.key and not e.key.startswith("title:") else None
        toks = self.doc.toks
        in_quote = self.in_quote
        sent = self.sent
        for t, s, h in reversed(cue_subjects):
            if t >= tok:
                continue
            if s is not e:
                if not (words and s.key and not s.key.startswith("title:")):
                    continue
                other = _key_words(s.key)
                if not (words <= other or other <= words):
                    continue
            sid = sent[t]
            if sent[tok] - sid >= 2 or _lemma_key(h.cue) not in _DEED_CUES:
                return True
            for m in range(t + 1, tok):
                if sent[m] != sid:
                    break
                if toks[m] in _THAT or toks[m] == ":" or in_quote[m]:
                    return True
        return False

    def in_report(self, k: int, lo: int) -> bool:
        """Token ``k`` lies in what a verb of saying (or its participle)
        reports: after an أنّ/إنّ, outside marks, that follows a cue read
        since token ``lo`` (its sentence's start)."""
        toks = self.doc.toks
        in_quote = self.in_quote
        hits = self.hit_toks
        first_hit = bisect_left(hits, lo)
        if first_hit == len(hits) or hits[first_hit] >= k:
            return False
        cue_hits = self.cue_hits
        for m in range(k - 1, hits[first_hit], -1):
            if toks[m] in _THAT and not in_quote[m]:
                for x in range(first_hit, bisect_left(hits, m)):
                    if cue_hits[hits[x]].cue.kind in (lx.VERB, lx.PARTICIPLE):
                        return True
                return False
        return False

    def told_further_back(self, tok: int, sid: int, cue_subjects) -> _Entity | None:
        """The subject of the verb of saying that opens one of the two
        sentences before the one before ``tok``'s (``sid``), no quote since,
        when each sentence after it up to the cue opens with a verb of saying
        with no subject of its own (his statement goes on) or tells no
        statement and names no one by a post ("وقال X «…». من جهته، قال Y
        إن …. وأشار إلى أن …. وأضاف «…»": Y goes on); None when a sentence
        between does otherwise or none is found."""
        hits = self.hit_toks
        sent = self.sent
        toks = self.doc.toks
        last_quote = self.in_quote.rfind(1, 0, tok)
        s = sid - 1
        while s >= sid - 3 and s >= 0:
            lo = self.sent_first[s]
            if last_quote >= lo:
                return None
            k = bisect_left(hits, lo)
            if k < len(hits) and (t := hits[k]) < tok and sent[t] == s:
                kind = self.cue_hits[t].cue.kind
                for t2, e, _h in reversed(cue_subjects):
                    if t2 <= t:
                        if t2 == t:
                            # (the verb opens its sentence, or its clause
                            # after a comma: "من جهته، قال"; not "بعدما قال
                            # X إن" in another's sentence)
                            opens = t == lo or not self.is_word[t - 1]
                            return e if kind in _TOLD_BY and s < sid - 1 and opens else None
                        break
                if kind != lx.VERB or t != lo:
                    # ("وانتقد السفير X البيروقراطية، واعتبرها": the verb
                    # goes on with the clause's own subject)
                    return None
            elif toks[lo + 1] in _TITLE_LIKE or self.person_met_in(s):
                # ("وزار الرئيس Z الجزائر": someone else the story turns to)
                return None
            s -= 1
        return None

    def in_reported(self, e: _Entity, t: int, before: int, subjects=None) -> bool:
        """``e``, the subject of the cue at ``t``, stands before it, after
        أنّ/إنّ, inside the that-clause of the first verb of saying (or
        participle) of the sentence at ``before``, which has no subject of its
        own (not in ``subjects``, by cue token; without them the caller knows
        no cue of the sentence before ``t`` has one)."""
        starts = self.doc.starts
        if e.pos >= starts[t] or e.pos < starts[before]:
            return False
        hits = self.hit_toks
        k = bisect_left(hits, before)
        if k == len(hits) or (t0 := hits[k]) >= t:
            return False
        if self.cue_hits[t0].cue.kind not in (lx.VERB, lx.PARTICIPLE) or (
            subjects is not None and t0 in subjects
        ):
            return False
        s = self.tok_at(e.pos)
        return s > t0 and not _THAT.isdisjoint(self.doc.toks[t0 + 1 : s])

    def person_met_in(self, s: int) -> bool:
        """A person is met for the first time in sentence ``s``."""
        for p in reversed(self._persons):
            if p.sentence <= s:
                return p.sentence == s
        return False

    def chain_subject(
        self, tok: int, sid: int, cue_subjects, quoted: _Entity | None = None
    ) -> _Entity | None:
        """The subject of the verb of saying that opens a chain of verbs of
        saying with no subject of their own, at least one in each sentence
        from it to the cue at ``tok`` (with no quote between), or None. Its
        sentence may lie before those whose cues were read: then the person
        named with a title in it speaks. A chain of such sentences that
        reaches back to the sentence of the last quote goes on with that
        quote's speaker, ``quoted``, however many sentences it runs
        ("وأضاف «…». وذكر أن …. وأشار إلى أن …. وأكد …. وتوعد … وقال «…»";
        dev36s)."""
        hits = self.hit_toks
        k = bisect_left(hits, tok) - 1
        if k < 0:
            return None
        has_subject = {t: e for t, e, _h in cue_subjects[-12:]}
        cur = sid
        links = 0
        in_quote = self.in_quote
        q0 = None  # (the last token in a quote before tok, once asked)
        while k >= 0:
            t = hits[k]
            s = self.sent[t]
            if s < cur - 1:
                break
            if in_quote.find(1, t, tok) >= 0:
                if links and quoted is not None:
                    return quoted
                break
            e = has_subject.get(t)
            if e is not None and self.in_reported(e, t, self.sent_first[s], has_subject):
                # "وقال X …. واعتبر أن …، لافتا إلى أن الوزير Y أكد له ….
                # وتابع": a verb inside the that-clause, with its subject
                # before it, is told of; the chain goes on past it
                k -= 1
                continue
            if e is not None:
                if links and s < sid and self.cue_hits[t].cue.kind == lx.VERB:
                    return e
                return None
            kind = self.cue_hits[t].cue.kind
            k -= 1
            if t != self.sent_first[s]:
                if kind == lx.PARTICIPLE:
                    # ("وأشار إلى أن …، مؤكدا أن …") and the participles
                    # right before it, off their sentences' first tokens,
                    # at once (fuzz16: one by one, a sentence of thousands
                    # was quadratic): down to the last of them that is a
                    # verb's with its subject, if any; the tests above, met
                    # for the lowest, hold for all of them if for that one
                    j = self.participle_run(k + 1)
                    if j <= k:
                        for t2 in has_subject:
                            if hits[j] <= t2 < t and t2 in self.cue_hits:
                                j = max(j, bisect_left(hits, t2) + 1)
                        if j <= k:
                            t2 = hits[j]
                            if self.sent[t2] < cur - 1 or in_quote.find(1, t2, tok) >= 0:
                                break
                            k = j - 1
                    continue
                # ("وانتقد السفير …، واعتبرها": a verb joined to a clause
                # with its own subject)
                return None
            if kind != lx.VERB:
                return None
            if s < sid:
                links += 1
            cur = s
            if k >= 0 and (j := self.verb_run(k + 1)) <= k:
                # the verbs opening the sentences right before, one a
                # sentence, at once (fuzz22: one by one, a chain of
                # hundreds was quadratic), down to the first that is a
                # verb's with its subject or lies before a quote: each would
                # be a link, as this one is
                for t2, e2 in has_subject.items():
                    if e2 is not None and hits[j] <= t2 < t:
                        j = max(j, bisect_left(hits, t2) + 1)
                if q0 is None:
                    q0 = in_quote.rfind(1, 0, tok)
                if q0 >= hits[j]:
                    j = max(j, bisect_right(hits, q0))
                if j <= k:
                    links += k - j + 1
                    cur = self.sent[hits[j]]
                    k = j - 1
        if links < 2 or k >= 0:
            # (the chain's opening verb not read: it lies before the first
            # sentence a quote made worth reading)
            return None
        for p in reversed(self._persons):
            if p.sentence < cur - 1:
                break
            if p.sentence == cur - 1 and _named_person(p) and p.role:
                return p
        return None

    def verb_run(self, k: int) -> int:
        """The first hit (an index of hit_toks) of the run of verbs
        opening consecutive sentences, one a sentence, that hit ``k`` ends
        (``k`` + 1 when hit ``k`` is none): found once per hit, as
        participle_run's runs are, and found again from a hit subject_of
        makes a relay."""
        runs = self._verb_runs
        hits = self.hit_toks
        cue_hits = self.cue_hits
        sent_first = self.sent_first
        sent = self.sent
        for i in range(len(runs), k + 1):
            t = hits[i]
            if cue_hits[t].cue.kind == lx.VERB and t == sent_first[sent[t]]:
                if i and runs[i - 1] < i and sent[hits[i - 1]] == sent[t] - 1:
                    runs.append(runs[i - 1])
                else:
                    runs.append(i)
            else:
                runs.append(i + 1)
        return runs[k]

    def participle_run(self, k: int) -> int:
        """The first hit (an index of hit_toks) of the run of participles
        off their sentences' first tokens that hit ``k`` ends (``k`` + 1
        when hit ``k`` is none): found once per hit, as hits are only added
        at the end and a hit's kind is set when it is read (subject_of may
        make a verb a relay, never a participle)."""
        runs = self._participle_runs
        hits = self.hit_toks
        cue_hits = self.cue_hits
        sent_first = self.sent_first
        sent = self.sent
        for i in range(len(runs), k + 1):
            t = hits[i]
            if cue_hits[t].cue.kind == lx.PARTICIPLE and t != sent_first[sent[t]]:
                runs.append(runs[i - 1] if i else 0)
            else:
                runs.append(i + 1)
        return runs[k]

    def named_again(self, person: _Entity, tok: int, sid: int) -> bool:
        """The family name of ``person`` is written, outside quotes, in the
        three sentences before ``tok``."""
        last = person.key.rsplit(None, 1)[1]
        toks = self.doc.toks
        in_quote = self.in_quote
        for k in range(tok - 1, self.sent_first[sid - 3 if sid >= 3 else 0] - 1, -1):
            if not in_quote[k] and self.is_word[k] and _key(toks[k]) == last:
                return True
        return False

    def told_in_document(self, sid: int) -> bool:
        """Sentence ``sid`` has an impersonal cue ("جاء فيه", "ورد في")."""
        hits = self.hit_toks
        first = self.sent_first[sid]
        end = self.sent_first.get(sid + 1, self.n)
        cue_hits = self.cue_hits
        for k in range(bisect_left(hits, first), bisect_left(hits, end)):
            if cue_hits[hits[k]].cue.kind == lx.IMPERSONAL:
                return True
        return False

    def described_then_named(self, tok: int, sid: int, g: str | None) -> _Entity | None:
        """The person a sentence at most two before ``tok`` introduces as
        "أحد/إحدى …، NAME،": the name is the person, the description the
        role."""
        toks = self.doc.toks
        is_word = self.is_word
        in_quote = self.in_quote
        lo = self.sent_first[sid - 2 if sid >= 2 else 0]
        if tok - lo > _CLAUSE_REACH:
            # (no further back than _CLAUSE_REACH tokens: sentences with their
            # stops lost, a look back to their start for each verb with no
            # subject was quadratic)
            lo = tok - _CLAUSE_REACH
        for k in range(tok - 1, lo - 1, -1):
            t = toks[k]
            if t in _COMMAS and k + 2 < tok and not in_quote[k]:
                # "تجلس خديجة، وهي أرملة في الخمسين، أمام خيمتها. تروي:",
                # "يقف مراد، 25 عاما، عند الباب. ويقول:": a first name met
                # as the subject of the verb that opens its sentence, with
                # an aside on who the person is
                met = self.person_met(k, tok, g)
                if met is not None:
                    return met
                continue
            if t not in _ONE_OF or in_quote[k]:
                continue
            gender = _F if t[-1] == "ي" else _M
            if g is not None and gender != g:
                continue
            c = k + 1
            while c < tok and c - k <= 5 and is_word[c] and not in_quote[c]:
                c += 1
            if c >= tok or c == k + 1 or toks[c] not in _COMMAS:
                continue
            comma = c
            if toks[c + 1] in _CALLED:
                c += 1  # "أحد الشباب، ويدعى مراد،"
            e = c + 1
            while e < tok and e - c <= 3 and is_word[e] and not in_quote[e]:
                e += 1
            if (
                e >= tok
                or e == c + 1
                or toks[e] not in _COMMAS
                or toks[c + 1][:2] == "ال"
                or not self.name_like(c + 1, e, toks[c] in _CALLED)
            ):
                continue
            doc = self.doc
            return self.register_person(
                c + 1, e, doc.orig(doc.starts[k], doc.ends[comma - 1]), gender
            )
        return None

    def named_before(self, k0: int, lo: int, gender: str) -> _Entity | None:
        """The person met before (by name, of ``gender``) whose name is last
        mentioned before token ``k0``: since ``lo`` (the last quote) when it
        is in the sentence, else in the sentence and the one before."""
        if not self._persons:
            return None
        toks = self.doc.toks
        sid = self.sent[k0]
        first = self.sent_first[sid]
        before = lo if lo > first or sid == 0 else self.sent_first[sid - 1]
        for k in range(k0 - 1, before - 1, -1):
            if not self.is_word[k] or self.in_quote[k] or toks[k] in lx.NP_STOP:
                continue
            w = _key(toks[k])
            for p in reversed(self._persons):
                if p.key and p.gender == gender and w in _key_words(p.key):
                    return p
        return None

    def renamed_topic(self, first: int, end: int) -> _Entity | None:
        """The person met before whose name (one to three words, surname
        last) opens the sentence at ``first`` before a comma."""
        toks = self.doc.toks
        k = first
        while k < end and k - first < 3 and self.is_word[k] and not self.in_quote[k]:
            if toks[k] in lx.NP_STOP or toks[k] in _TITLE_LIKE:
                return None
            k += 1
        if k == first or k >= end or toks[k] not in _COMMAS:
            return None
        surname = _key(toks[k - 1])
        pos = self.doc.starts[first]
        for p in reversed(self._persons):
            if p.pos < pos and p.key and surname in _key_words(p.key):
                return p
        return None

    def verb_openings(self, first: int, end: int) -> list[int]:
        """Where the verb that opens the sentence at ``first`` may stand: its
        first token, and the token after a fronted adverbial's comma within
        its first eight ("في زاوية القسم، تجلس …"), before ``end``."""
        toks = self.doc.toks
        for c in range(first + 1, min(end, first + 8)):
            if toks[c] in _COMMAS:
                return [first, c + 1]
        return [first]

    def described_by_verb(self, first: int, end: int, g: str | None) -> _Entity | None:
        """The person the sentence at ``first`` (ending before ``end``)
        brings in as the subject of its opening present verb, by a
        description then the name in commas: "تستقبلنا والدة المقاول القتيل،
        أم أحمد، في بيت العزاء"; the description is the role."""
        toks = self.doc.toks
        is_word = self.is_word
        in_quote = self.in_quote
        for v in self.verb_openings(first, end):
            w = toks[v]
            if (
                v + 4 >= end
                or not is_word[v]
                or in_quote[v]
                or w[:1] not in "يت"
                or len(w) < 4
                or _cue_of(w) is not None
            ):
                continue
            gender = _F if w[0] == "ت" else _M
            if g is not None and gender != g:
                continue
            d = v + 1
            c1 = d
            while c1 < end and c1 - d < 5 and is_word[c1] and not in_quote[c1]:
                if toks[c1] in lx.NP_STOP:
                    break
                c1 += 1
            if c1 == d or c1 + 2 >= end or toks[c1] not in _COMMAS:
                continue
            if not _IS_TITLE_HEAD[toks[d]] and toks[d] not in _KIN:
                continue  # the description opens with a role or kin ("صاحب", "والدة")
            m = c1 + 1
            kunya = toks[m] in _KUNYA_HEADS
            c2 = m + kunya
            while c2 < end and c2 - m < 4 and is_word[c2] and not in_quote[c2]:
                c2 += 1
            if (
                c2 >= end
                or c2 == m + kunya
                or toks[c2] not in _COMMAS
                or (toks[m][:2] == "ال" and toks[m] not in _ARTICLE_FIRST_NAMES)
                or not self.name_like(m + kunya, c2)
            ):
                continue
            doc = self.doc
            return self.register_person(m, c2, doc.orig(doc.starts[d], doc.ends[c1 - 1]), gender)
        return None

    def register_person(self, a: int, b: int, role: str | None, gender: str) -> _Entity:
        """The person named by tokens [a, b) (a person met, a vox pop), with
        ``role``, added to the persons the later surnames and titles look up."""
        doc = self.doc
        ent = _Entity(
            doc.orig(doc.starts[a], doc.ends[b - 1]),
            PERSON,
            role,
            gender,
            _SG,
            doc.starts[a],
            self.sent[a],
            _key(" ".join(doc.toks[a:b])),
        )
        self._persons.append(ent)
        return ent

    def opening_subject(self, first: int, tok: int, g: str | None) -> _Entity | None:
        """The person named right after the present verb that opens the
        sentence at ``first`` (or opens it after a fronted adverbial and its
        comma), before ``tok``: "في زاوية القسم، تجلس أم يوسف بجانب ابنها";
        None when the verb's subject is no plain name."""
        toks = self.doc.toks
        is_word = self.is_word
        in_quote = self.in_quote
        for v_pos in self.verb_openings(first, tok):
            m = v_pos + 1
            if m + 1 >= tok or not is_word[v_pos] or in_quote[v_pos]:
                continue
            v = toks[v_pos]
            if v[:1] not in "يت" or len(v) < 4 or _cue_of(v) is not None:
                continue
            gender = _F if v[0] == "ت" else _M
            if g is not None and gender != g:
                continue
            kunya = toks[m] in _KUNYA_HEADS
            if kunya:
                k = m + 2  # a kunya: "أم يوسف", "أبو سمير"
            else:
                if toks[m][:2] == "ال":
                    continue
                k = m
                while k < tok and k - m < 3 and is_word[k] and not in_quote[k]:
                    w = toks[k]
                    if w in lx.NP_STOP or (k > m and w[:1] in "بل" and len(w) > 3):
                        break
                    k += 1
            if (
                k >= tok
                or k - m < 2
                or in_quote[k - 1]
                or not (toks[k] in lx.NP_STOP or toks[k] in _COMMAS or toks[k][:1] in "بل")
                or not self.name_like(m + kunya, k)
                or any(_cue_of(toks[j]) is not None for j in range(m, k))
            ):
                continue
            return self.register_person(m, k, None, gender)
        return None

    def person_met(self, k: int, tok: int, g: str | None) -> _Entity | None:
        """The person named right before the comma at ``k`` when the name
        follows the present verb that opens its sentence (or opens it
        itself) and the comma opens an aside on the person ("وهو/وهي …"
        or an age, "25 عاما"); None otherwise."""
        toks = self.doc.toks
        nxt = toks[k + 1]
        if nxt in _HE_SHE:
            gender = _M if nxt == "وهو" else _F
        elif nxt.isdigit() and toks[k + 2] in _YEARS_OF_AGE:
            gender = None
        else:
            return None
        first = self.sent_first[self.sent[k]]
        m = k - 1
        while m >= first and k - m <= 3 and self.is_word[m] and not self.in_quote[m]:
            if m == first:
                break
            v = toks[m - 1]
            if (m - 1 == first or toks[m - 2] in _COMMAS) and v[:1] in "يت" and len(v) >= 3:
                if gender is None:
                    gender = _F if v[0] == "ت" else _M
                break
            if (m - 1 == first or toks[m - 2] in _COMMAS) and v in _SCENE_WAS:
                # "كانت سعاد، وهي أرملة …، تجمع ثيابها. تقول:": the past of
                # كان before a progressive, the scene the writer sets
                if gender is None:
                    gender = _F if v[-1] == "ت" else _M
                break
            m -= 1
        else:
            return None
        if (
            m >= k
            or toks[m][:2] == "ال"
            or (g is not None and gender != g)
            or not self.name_like(m, k)
            or _cue_of(toks[m]) is not None
        ):
            return None
        role = None
        if nxt in _HE_SHE:
            e = k + 2
            while e < tok and e - k <= 8 and self.is_word[e] and not self.in_quote[e]:
                e += 1
            if e < tok and toks[e] in _COMMAS and e > k + 2:
                role = self.doc.orig(self.doc.starts[k + 2], self.doc.ends[e - 1])
        return self.register_person(m, k, role, gender or _M)

    def document_topic(self, first: int, before: int, in_it: str) -> _Entity | None:
        """ "أما برقية ثالثة …": the document أما makes the sentence's topic,
        if it agrees with ``in_it`` ("فيه"/"فيها")."""
        if first + 2 >= before or _base(self.doc.toks[first + 1]) not in lx.DOCUMENT_HEADS:
            return None
        b, ra, rb = self.scan_np(first + 1, before, None)
        if b <= first + 1:
            return None
        ent = self.classify(first + 1, b, ra, rb, None)
        if ent is None or ent.kind != DOCUMENT or (ent.gender == _F) != (in_it == "فيها"):
            return None
        return ent

    def document_commented(self, entities, before: int) -> _Entity | None:
        """The document the text told of last before offset ``before`` (its
        writer when named), or the embassy that sent it; None when the text
        tells of none."""
        author = self.doc_author
        for e in reversed(entities):
            if e.pos >= before:
                continue
            if e.kind == DOCUMENT:
                if author is not None and author.pos < before:
                    return author
                return e
            if e.kind == ORGANIZATION and normalize_first(e.surface) in _EMBASSIES:
                return e
        return None

    def document_told(self, entities, sid: int, in_it: str) -> _Entity | None:
        """The document the sentence before ``sid`` introduced, that "فيه" or
        "فيها" (``in_it``) refers to: its author when named, else itself."""
        for e in reversed(entities):
            if e.sentence < sid - 1:
                return None
            if e.kind == DOCUMENT and e.sentence == sid - 1:
                if normalize_first(e.surface) in _PLURAL_DOCUMENTS:
                    continue  # "وهي الأطول بين البرقيات الخاصة بـ…": the others
                if (e.gender == _F) != (in_it == "فيها"):
                    return None
                author = self.doc_author
                if author is not None and author.sentence == sid - 1:
                    return author
                return e
        return None

    def next_comma(self, a: int, b: int) -> int:
        """The first comma in tokens [a, b) of plain words, or -1."""
        toks = self.doc.toks
        for k in range(a, min(b, self.n)):
            if toks[k] in _COMMAS:
                return k
            if not self.is_word[k] or self.in_quote[k]:
                return -1
        return -1

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
            if t == "توقيع" and toks[k - 1] in _BEARS:
                # "فتعود إلى 4 نوفمبر 2009 وتحمل توقيع القائم بالأعمال X"
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

    def goes_on_unnamed(self, ent: _Entity, tok: int, cue_subjects) -> bool:
        """The first cue after the mention of ``ent`` is a verb joined by و,
        and no cue from it up to token ``tok`` names a subject: the verbs
        that follow the mention ("…، وقال، إنه يعتقد أن") have none of
        their own."""
        hits = self.hit_toks
        k = self.tok_at(ent.pos)
        i = bisect_left(hits, k + 1)
        if i == len(hits) or hits[i] > tok or self.doc.toks[hits[i]][:1] != "و":
            return False
        return not any(k < t <= tok for t, _e, _h in cue_subjects)

    def named_last_in(self, first: int, end: int, g, n, agree) -> _Entity | None:
        """The person named last in tokens [first, end), titled or not, who
        agrees with the verb (resolve: "ضد النائب X على خلفية تصريحات قال
        فيها"); the phrases are read from the sentence's start on."""
        toks = self.doc.toks
        is_word = self.is_word
        in_quote = self.in_quote
        best = None
        k = first
        while k < end:
            if (
                not is_word[k]
                or in_quote[k]
                or not (_IS_TITLE_HEAD[toks[k]] or (k > first and toks[k - 1] in _AGAINST_WHOM))
            ):
                # (a phrase a title opens, or a name after "against": no
                # noun read as a name on its own, "على خلفية")
                k += 1
                continue
            b, ra, rb = self.scan_np(k, end, None)
            if b <= k:
                k += 1
                continue
            ent = self.classify(k, b, ra, rb, None)
            if (
                ent is not None
                and ent.kind == PERSON
                and (_named_person(ent) or ent.role)
                and agree(ent, g, n)
            ):
                best = ent
            k = b if b > rb else rb
        return best

    def last_mentioned(self, tok: int, first: int, gender: str) -> _Entity | None:
        """The titled person mentioned last before ``tok`` in its sentence,
        or in the sentence before when its own names none ("التقى الوزير X
        بالسفير Y. وقال الأخير": "the latter" is the last one met, however
        near another name stands to the verb)."""
        toks = self.doc.toks
        sid = self.sent[first]
        lo = self.sent_first[sid - 1] if sid > 0 else first
        # "وأكد الأخير أن …. وأضاف الأخير:": "the latter" again, with no one
        # named since, is the one the first "latter" was; the search goes
        # back a sentence for each (two at most)
        latter = "الاخير" if gender == _M else "الاخيره"
        back = 0
        k = tok
        while True:
            k -= 1
            if k < lo:
                if (
                    back < 2
                    and sid > 1
                    and latter in toks[lo:tok]
                    and any(toks[m] == latter and not self.in_quote[m] for m in range(lo, tok))
                ):
                    back += 1
                    sid -= 1
                    lo = self.sent_first[sid - 1]
                    continue
                return None
            t = toks[k]
            if self.in_quote[k] or t in _THE_LATTER:
                continue
            if not _IS_TITLE_HEAD[t] and not (t[0] in "بو" and _IS_TITLE_HEAD[t[1:]]):
                # (also glued to ب: "لقاءه الأخير بقائد الجيش", "بالسفير"; or
                # to و, the second party: "بين الوزير X والسفيرة Y")
                continue
            if k > lo and _IS_TITLE_HEAD[toks[k - 1]]:
                continue  # (the genitive title of a title: "مستشار الرئيس")
            b, ra, rb = self.scan_np(k, tok, None)
            ent = self.classify(k, b, ra, rb, None)
            if ent is None and t[0] in "بو":
                # ("بالسفير الفرنسي X": the person read there when met)
                pos = self.doc.starts[k]
                ent = next((p for p in reversed(self._persons) if p.pos == pos), None)
            if ent is not None and ent.kind == PERSON and ent.gender == gender:
                if t[0] == "و" and not _named_person(ent):
                    if t[1:3] == "ال":
                        # "بين الوزير X والسفير الأمريكي. وقال الأخير": a
                        # definite title glued to و is the other party, no
                        # second post of the one before (left unnamed)
                        return None
                    continue  # ("X نائب رئيس الحكومة ووزير النقل": his second post)
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

    def that_subject_across_adverbials(self, tok: int, sid: int) -> _Entity | None:
        """ "بأن الرئيس X خلال لقاء مع Y، مستشار …، في 30 ماي 2007، قال":
        the named person after the sentence's last "أن" before ``tok``, when
        an adverbial (a preposition of time or place) follows the name and
        no verb of saying stands between it and ``tok``."""
        toks = self.doc.toks
        first = self.sent_first[sid]
        k = tok - 2
        while k > first and tok - k <= 40:
            if toks[k] in _NAMED_THAT and not self.in_quote[k]:
                break
            k -= 1
        else:
            return None
        if not self.is_word[k + 1] or self.in_quote[k + 1]:
            return None
        b, ra, rb = self.scan_np(k + 1, tok, None)
        if b <= k + 1 or b >= tok - 2 or toks[b] not in _ADVERBIAL_OPENERS or rb > ra:
            return None
        hits = self.hit_toks
        h = bisect_left(hits, b)
        if h < len(hits) and hits[h] < tok:
            return None
        ent = self.classify(k + 1, b, ra, rb, None)
        return self.named_person_met(ent)

    def named_person_met(self, ent: _Entity | None) -> _Entity | None:
        """A named person read in a clause: the full earlier mention his name
        refers back to, else he himself if named with a post, else None."""
        if not _named_person(ent):
            return None
        if (p := self.earlier_mention(ent)) is not None:
            return p
        return ent if ent.role else None

    def earlier_mention(self, ent: _Entity) -> _Entity | None:
        """The person met before ``ent`` whose name holds every word of
        ``ent``'s (the full mention a shorter one refers back to), or None."""
        words = _key_words(ent.key)
        for p in reversed(self._persons):
            if p.pos < ent.pos and p.key and words <= _key_words(p.key):
                return p
        return None

    def relative_object_before_words(self, rel: _CueHit, main: _CueHit, open_tok: int) -> bool:
        """Whether the verb of saying ``rel``, right after a relative pronoun,
        has a noun for its object between it and the words at ``open_tok``
        (no أنّ, colon, comma or preposition glued to the mark there), and
        that relative clause sits in the that-clause of ``main``, a verb of
        saying before it in its sentence with no quote between: "وأوضح
        البيان أن الأنباء التي تزعم وجود خطة «…»" (not "الأنباء التي تزعم
        أن «…»", nor "الذي قال: «…»", whose verb the words complete)."""
        toks = self.doc.toks
        first = rel.tok + 1
        if (
            main.cue.kind != lx.VERB
            or self.sent[main.tok] != self.sent[rel.tok]
            or not self.is_word[first]
            or toks[first][:2] == "ال"
            or toks[first] in _THAT
            or toks[open_tok - 1] in ("ب", "ل")
            or rel.tok - main.tok > 25
        ):
            return False
        between = toks[first:open_tok]
        if not _THAT.isdisjoint(between) or ":" in between or not _COMMA_SET.isdisjoint(between):
            return False
        if any(self.in_quote[main.tok : open_tok]):
            return False
        return not _THAT.isdisjoint(toks[main.tok + 1 : rel.tok - 1])

    def outlet_relays_subject(self, source: _CueHit, main: _CueHit) -> bool:
        """Whether "نقلا عن" (``source``), set off by a comma after the verb
        of saying ``main``, names a broadcaster or paper that carried the
        words of the verb's own subject ("وأضاف الوزير، نقلا عن التلفزيون
        الرسمي: «…»"): its phrase opens with an outlet's head, and the
        verb's subject, if it has one, is no outlet ("وقالت الصحيفة، نقلا
        عن شهود": the outlet relays those it quotes, who speak)."""
        toks = self.doc.toks
        s = source.np_start
        if not (0 <= s < len(toks)) or toks[s] not in _OUTLET_HEADS:
            return False
        m = main.np_start
        return not (0 <= m < source.tok and toks[m] in _OUTLET_HEADS)

    def verb_before_framed_source(
        self, hit: _CueHit, left: list[int], cue_hits: dict[int, _CueHit]
    ) -> _CueHit | None:
        """The verb of saying (or relay) whose subject a comma closes right
        before an aside "، حسب/وفقا لـ/طبقا لـ/استنادا إلى SOURCE الذي/التي"
        whose relative clause ``hit``'s verb opens, in its sentence and with
        no quote between; None otherwise."""
        toks = self.doc.toks
        rel = hit.tok - 1
        k = len(left) - 2
        if cue_hits[left[k]].cue.kind == lx.PREPOSITION:
            k -= 1  # (the source's own preposition, a cue of its own)
        if k < 0:
            return None
        main = cue_hits[left[k]]
        c = main.np_end
        if (
            main.cue.kind not in (lx.VERB, lx.RELAY)
            or not c + 2 < rel <= c + 6
            or toks[c] not in _COMMAS
            or toks[c + 1] not in _FRAMING_WORDS
            or self.sent[main.tok] != self.sent[hit.tok]
            or any(self.in_quote[main.tok : hit.tok])
        ):
            return None
        return main

    def framed_subject(self, source: _CueHit, tok: int, sid: int) -> _Entity | None:
        """The person named right after the first "فإن" that follows the
        source of a preposition of attribution (حسب، وفقا لـ، طبقا لـ …)
        opening the sentence or a clause of it, before ``tok`` and with no
        quote between: a person the text met before by name, or one named
        with a post. None otherwise."""
        toks = self.doc.toks
        t = source.tok
        if not (t == self.sent_first[sid] or toks[t - 1] in _COMMAS):
            return None
        k = source.np_end
        while k < tok - 1 and toks[k] != "فان":
            k += 1
        if k >= tok - 1 or any(self.in_quote[t : k + 2]) or not self.is_word[k + 1]:
            return None
        b, ra, rb = self.scan_np(k + 1, tok, None)
        if b <= k + 1 or not any(
            _cue_of(w) is not None or w in _FRAMED_STANCE for w in toks[k + 2 : b + 1]
        ):
            # (the phrase is the subject of a verb of saying or of a stance,
            # "فإن X أعرب عن"، "عبر عن"، "انتقد"; not "فإن X سيزور باريس،
            # موضحا": the source goes on)
            return None
        ent = self.classify(k + 1, b, ra, rb, None)
        return self.named_person_met(ent)

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
            for p in self._persons:
                if not _key_words(p.key).isdisjoint(near):
                    break
            else:
                return None
            b, ra, rb = self.scan_np(k + 1, tok, None)
            if b <= k + 1:
                return None
            ent = self.classify(k + 1, b, ra, rb, None)
            if not _named_person(ent):
                return None
            return self.earlier_mention(ent)
        return None

    def latter_subject(self, first: int, tok: int) -> tuple[_Entity, int] | None:
        """The person "الأخير"/"الأخيرة" (or "هذا الأخير") stands for as the
        subject of a verb, not one of saying, that opens a clause of the
        sentence at ``first`` before the verb of saying at ``tok``, with no
        quote between: "…، قدّم الأخير خلاله رأيه بـ…، فقال", "وعرضت
        الأخيرة تقريرها …، وقالت". The verb's object must follow (a noun
        with the article or a pronoun, after at most one adverbial like
        خلاله): "فوصف الأخير أمام X بـ…" has "the latter" for its object.
        With the person, the token of "الأخير"."""
        toks = self.doc.toks
        is_word = self.is_word
        in_quote = self.in_quote
        if in_quote.rfind(1, first, tok) >= 0:
            return None
        for k in range(tok - 3, first, -1):
            if toks[k] not in _THE_LATTER:
                continue
            v = k - 1
            gender = _F if toks[k][-1] == "ه" else _M
            if toks[v] in _THIS_LATTER:
                gender = _THIS_LATTER[toks[v]]
                v -= 1
            if v < first or not is_word[v] or in_quote[v]:
                return None
            w = toks[v]
            if not (v == first or toks[v - 1] in _COMMAS or (w[:1] in "وف" and len(w) > 3)):
                return None
            bare = w[1:] if w[:1] in "وف" and len(w) > 3 else w
            if (
                len(bare) < 3
                or w[:2] == "ال"
                or bare[:2] == "ال"
                or w in lx.NP_STOP
                or bare in lx.NP_STOP
                or bare in _BETWEEN_BARE
                or bare in _LATTER_TWO_OBJECTS
                or (bare in _LATTER_BLAMED and "مسوول" in toks[k + 1])
                or _IS_TITLE_HEAD[bare]
                or _cue_of(w) is not None
            ):
                return None
            o = k + 1
            if o < tok and toks[o] in _LATTER_ADVERBIALS:
                o += 1
            obj = toks[o]
            if (
                o >= tok
                or not is_word[o]
                or not (
                    # (not an adjective of relation: "وموقف الأخير الرسمي
                    # معروف", a noun before its genitive, no verb)
                    (
                        obj not in lx.NP_STOP and obj[-1:] != "ي" and obj[-2:] != "يه"
                        if obj[:2] == "ال"
                        else _possessed_or_in_ta(obj)
                    )
                    # ("وشرح الأخير موقف بلاده": a noun before its genitive)
                    or (
                        o + 1 < tok
                        and is_word[o + 1]
                        and len(obj) >= 3
                        and obj[:1] not in "بلكوف"
                        and obj not in lx.NP_STOP
                        and _possessed_or_in_ta(toks[o + 1])
                    )
                )
            ):
                return None
            ent = self.last_mentioned(k, first, gender)
            return None if ent is None else (ent, k)
        return None

    def clause_subject(self, first: int, tok: int, g: str | None) -> _Entity | None:
        """The person named with a post right after the verb that opens a
        clause of the sentence at ``first`` (the sentence's first word, or a
        word after a comma), or opening it, before the verb of saying at
        ``tok``, in a sentence with no quote before it: "واستقبل رئيس الحكومة X وفدا …،
        وقال", "وخلال زيارته، دعا الوزير X العمال …، وقال". The nearest
        such person; None when there is none. Not after a verb of saying (its
        subject is its cue's), a word with the article, a preposition, a
        noun in ة or a verbal noun shaped like one ("وبحضور الوزير X",
        "وخلال زيارة الوزير X")."""
        toks = self.doc.toks
        is_word = self.is_word
        in_quote = self.in_quote
        if in_quote.rfind(1, 0, tok) >= first:
            # (a quote earlier in the sentence: "قال X «…»، وطالب رئيس
            # الحكومة Y بالاستقالة، وتابع", the verb's subject may be X,
            # the post its object)
            return None
        lo = first
        for k in range(tok - 2, lo - 1, -1):
            if not _IS_TITLE_HEAD[toks[k]] or in_quote[k]:
                continue
            if k > lo:
                v = k - 1
                w = toks[v]
                if not (v == first or toks[v - 1] in _COMMAS) or not is_word[v]:
                    continue
                bare = w[1:] if w[:1] in "وف" and len(w) > 3 else w
                if (
                    w[:2] == "ال"
                    or w in lx.NP_STOP
                    or bare in lx.NP_STOP
                    or _cue_of(w) is not None
                    or bare[-1:] == "ه"
                    or (bare[:1] in "بلك" and len(bare) >= 5)
                    or (len(bare) >= 5 and bare[-2] == "ا")
                ):
                    continue
            elif k != first:
                continue
            b, ra, rb = self.scan_np(k, tok, None)
            if b <= k + 1:
                continue
            ent = self.classify(k, b, ra, rb, None)
            if (
                _named_person(ent)
                and ent.role
                and (g is None or ent.gender == g)
                # (words after him before the verb of saying: with none,
                # "وعقب المباراة، صافح اللاعب X وقال", he may be the object
                # of a verb whose subject, the last speaker, goes on)
                and b < tok
                and not (toks[b] in _COMMAS and b + 1 >= tok)
            ):
                return ent
        return None

    def whether_subject(self, k: int, first: int) -> bool:
        """Token ``k`` opens the subject of a fronted whether-clause at the
        sentence's start ``first`` ("وعما إذا كان الوزير", "وحول ما إذا
        كانت الحكومة"): what is asked about, no speaker (mend25b)."""
        return first <= k - 3 <= first + 1 and _after_whether_was(self.doc.toks, k)

    def sentence_topic(
        self, first: int, before: int, anonymous: bool = False, adjacent: bool = False
    ) -> _Entity | None:
        """The titled person or body that opens the sentence before token
        ``before``; with ``adjacent``, only when its phrase reaches ``before``
        (the subject of the verb there)."""
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
        if marked and t in _TOPIC_PREPOSITIONS:
            return None  # ("أما بخصوص سوريا فقد أكد": a topic of talk, no speaker)
        base = t[2:] if t.startswith("ال") else t
        titled = t in lx.TITLES or base in lx.TITLES or t in lx.ORGANIZATION_HEADS
        if not titled and not marked:
            return None  # only a titled person or a body opens a nominal sentence
        b, ra, rb = self.scan_np(first, before, None)
        if b <= first or (adjacent and b != before):
            return None
        ent = self.classify(first, b, ra, rb, None)
        if ent is None or (
            ent.kind not in (PERSON, ORGANIZATION, GROUP)
            and not (anonymous and marked and ent.kind == ANONYMOUS)
        ):
            return None
        if not titled and not (ent.kind == PERSON and ent.key):
            return None  # ("أما أبو خالد (52 عامًا)، فقال": أما marks a named topic)
        return ent

    def topic_before_adverbial(self, first: int, tok: int) -> _Entity | None:
        """ "السوداني وفي مقابلة أجرتها معه صحيفة الأهرام أكد أن", "X Y، وخلال
        زيارته إلى المحافظة، قال إن": a named person opening the sentence,
        then an adverbial of when or where joined by و (a comma before it or
        not) that runs up to the verb of saying at ``tok``: the subject of
        that verb, fronted before the adverbial (dev37s)."""
        toks = self.doc.toks
        if first + 3 >= tok or tok - first > 24 or not self.is_word[first]:
            return None
        t = toks[first]
        if (
            t in lx.NP_STOP
            # (a word glued to و/ف, the clause's conjunction; but not a given
            # name that opens with either letter, "وليد", "فيصل"; mend37e)
            or (t[:1] in "وف" and t not in _GIVEN_NAMES)
            or _cue_of(t) is not None
        ):
            return None
        # (the adverbial within a name's four words: scan_np would read its
        # و-word on as a word of the name)
        a = first + 1
        while toks[a] != "وفي" and toks[a] not in _FRONTED_WHEN:
            if a + 3 >= tok or a >= first + 4:
                return None
            if not self.is_word[a] or toks[a] in lx.NP_STOP:
                if toks[a] in _COMMAS and (toks[a + 1] == "وفي" or toks[a + 1] in _FRONTED_WHEN):
                    break
                return None
            a += 1
        b = a
        if toks[a] in _COMMAS:
            a += 1
        for k in range(a + 1, tok):
            if not (self.is_word[k] or toks[k] in _COMMAS) or self.in_quote[k]:
                return None
            if toks[k] in _THAT:
                return None  # (a clause's أنّ in between)
            if k > a + 1 and (c := _cue_of(toks[k])) is not None:
                # ("X وفي لقاء معه أكد أن …، مشددا": the verb the adverbial
                # runs to, the participle at tok going on with its subject)
                h = _cue_of(toks[tok])
                if c.kind != lx.VERB or h is None or h.kind != lx.PARTICIPLE:
                    return None
                break
        ent = self.classify(first, b, b, b, None)
        if ent is None or ent.kind != PERSON or not ent.key or "title:" <= ent.key < "title;":
            return None
        return ent

    def subject_of_verb_before_colon(self, first: int, colon: int) -> _Entity | None:
        """The titled or unnamed person that opens the sentence at ``first``
        (after لكن/و) as the subject of a present verb, in a clause that
        runs to the colon at ``colon`` with no verb of saying: "لكن ضابطا
        سابقا في الجيش يرسم صورة مختلفة:"."""
        toks = self.doc.toks
        s = first
        if toks[s] in _FRONTED_CONJ:
            s += 1
        if toks[s] in _NOT_WAS and s + 1 < colon and toks[s + 1] in _AUX_WAS:
            s += 2  # "لم يكن صاحب محل … يتوقع أن …:"
        elif toks[s] in _AUX_WAS:
            s += 1  # "كان الضابط يرسم …:"
        if s + 2 >= colon or colon - s > 16 or not self.is_word[s] or self.in_quote[s]:
            return None
        t = toks[s]
        head = t[:-1] if t[-1] == "ا" else t  # (accusative after لكنّ)
        base = head[2:] if head[:2] == "ال" else head
        if not (_IS_TITLE_HEAD[head] or base in lx.TITLES or head in lx.ANONYMOUS_HEADS):
            return None
        v = s + 1
        while v < colon and not (
            toks[v][:1] in "يت" and len(toks[v]) >= 4 and _present_verb(toks[v])
        ):
            if not self.is_word[v] or self.in_quote[v] or _cue_of(toks[v]) is not None:
                return None
            v += 1
        if v + 1 >= colon or v - s > 7:
            return None
        if any(not self.is_word[k] or self.in_quote[k] for k in range(v, colon)):
            return None
        b, ra, rb = self.scan_np(s, v, None)
        if b != v or ra < rb:
            return None
        ent = self.classify(s, b, ra, rb, None)
        if ent is None or ent.kind not in (PERSON, ANONYMOUS):
            return None
        return ent

    def described_before(self, k: int, reach: int = 10, verbs=None) -> bool:
        """Whether a form of the verb وصف (described), or of accused or
        threatened (_CHARGING), stands within ``reach`` words before token
        ``k``, in its clause (no stop, colon or marks between); ``verbs``,
        when given, the only forms looked for."""
        toks = self.doc.toks
        for m in range(k - 1, max(-1, k - reach - 1), -1):
            t = toks[m]
            if t in _SENTENCE_END or t == ":" or t in QUOTE_MARKS:
                return False
            if (t in verbs) if verbs is not None else (t in _DESCRIBING or t in _CHARGING):
                return True
        return False

    def that_subject_before(self, cue_tok: int, open_tok: int) -> bool:
        """Between the cue at ``cue_tok`` and the mark at ``open_tok``:
        أنّ and its subject, one to five words, nothing else ("اعتبرت أن
        الأحزاب المعترف بها «…»")."""
        toks = self.doc.toks
        for m in range(open_tok - 2, max(cue_tok, open_tok - 7), -1):
            if not self.is_word[m] or self.in_quote[m]:
                return False
            if toks[m] in _THAT:
                # (or right after the colon that opens the cue's words,
                # however far: "وقال X، نقلا عن Y: إن الضربات على الحزب «…»")
                return m - cue_tok <= 3 or toks[m - 1] == ":"
        return False

    def coordinated_that_subject_before(self, open_tok: int) -> bool:
        """Before the mark at ``open_tok``: the subject of a that-clause
        coordinated with one a verb of saying governs earlier in the
        sentence, one to five words outside marks after وأنّ ("مؤكدة أن
        اللقاء لم يتناول المسألة، وأن التنازل «…»") or, أنّ left out, after
        a comma and و glued to a definite noun right after words in marks
        kept that close the clause before ("قالت إن الحكومة «…»، والوزراء
        «…»")."""
        toks = self.doc.toks
        is_word = self.is_word
        first = self.sent_first[self.sent[open_tok]]
        m = open_tok - 1
        floor = open_tok - 7 if open_tok - 7 > first else first
        while m > floor and is_word[m] and not self.in_quote[m] and toks[m] not in _THAT:
            m -= 1
        if m <= floor or m == open_tok - 1:
            return False
        # (not a work or a label and its name: "وأن روايته «رحلة إلى الجنوب»")
        w = _base(toks[open_tok - 1])
        if w[:2] == "ال":
            w = w[2:]
        if w[-2:] == "ته":
            w = w[:-2] + "ه"
        elif w[-3:] in ("تها", "تهم"):
            w = w[:-3] + "ه"
        if w in lx.LABEL_NOUNS or (w[-1:] == "ه" and w[:-1] in lx.LABEL_NOUNS):
            return False
        if w[-2:] in ("ها", "هم") and w[:-2] in lx.LABEL_NOUNS:
            return False
        if toks[m] == "وان":
            pass
        elif toks[m] in _COMMAS and toks[m + 1][:3] == "وال" and self.closes_kept_quote(m - 1):
            m -= 1
        else:
            return False
        # the verb of saying (or its participle) before the first أنّ, its
        # subject between (up to three tokens), in the same sentence
        for j in range(m - 1, first - 1 if m - 60 < first else m - 61, -1):
            if toks[j] in _THAT and toks[j] != "لان":
                for v in range(j - 1, j - 5 if j - 5 >= first else first - 1, -1):
                    h = self.cue_hits.get(v)
                    if h is not None and h.cue.kind in _VERB_KINDS:
                        return True
        return False

    def _verb_cue_before(self, q: _Quote, att: _Attribution, nearest: int) -> int | None:
        """The token of the quote's cue when it is a verb (or its participle)
        in the quote's sentence, more than ``nearest`` and at most 30 tokens
        before the opening mark; else None."""
        ct = att.cue_tok
        o = q.open_tok
        if ct is None or not nearest < o - ct <= 30 or self.sent[ct] != self.sent[o]:
            return None
        h = self.cue_hits.get(ct)
        if h is None or h.cue.kind not in _VERB_KINDS:
            return None
        return ct

    def predicate_in_marks(self, q: _Quote, att: _Attribution) -> bool:
        """ "اعتبر الوزير أن المؤتمر الذي … «ولد ميتا»", "معتبرا هذه
        التسريبات «عملا مقيتا»": one or two words in marks, not definite,
        after the subject of the cue's that-clause (or of the object of a
        verb of considering), with no comma, colon, other marks or cue
        between: the clause's predicate, the speaker's words, not a name
        (a name would be the subject, with its verb after the marks)."""
        ct = self._verb_cue_before(q, att, 1)
        if ct is None:
            return False
        o = q.open_tok
        toks = self.doc.toks
        before = toks[o - 1]
        if (
            not self.is_word[o - 1]
            or before in _THAT
            or (before in _NAME_PREPOSITIONS and not _ali_in_name(toks, o - 1))
        ):
            return False
        k = q.close_tok + 1
        if k < self.n and (nxt := toks[k])[:1] in "يت" and len(nxt) >= 4 and _present_verb(nxt):
            return False
        that = -1
        for m in range(o - 1, ct, -1):
            t = toks[m]
            if t in _THAT:
                that = m
                break
            if (
                t == ":"
                or t in _COMMAS
                or t in _SENTENCE_END
                or t in QUOTE_MARKS
                or self.in_quote[m]
                or (
                    m != ct
                    and (c := _cue_of(t)) is not None
                    and c.kind in _VERB_KINDS
                    # (a cue word cue_at refuses is none: "أن البلاد شهدت
                    # إبان الحرب «…»", during, folded as أبان; kw33b)
                    and self.cue_at(m) is not None
                )
            ):
                return False
        if that < 0:
            # no أنّ: the verb of considering, its object (one to four words)
            return _lemma_key(self.cue_hits[ct].cue) == "اعتبر" and o - ct <= 5
        # (a bare preposition after the subject opens its predicate: "أن
        # البرلمان في حالة «…»", the marks its genitive, not the predicate)
        return o - that >= 2 and not any(
            toks[m] in _NAME_PREPOSITIONS and not _ali_in_name(toks, m) for m in range(that + 1, o)
        )

    def said_at_clause_end(self, q: _Quote, att: _Attribution) -> bool:
        """ "قال لدبلوماسي أميركي عن أربعة معتقلين «اتركوهم يموتون».": a
        verb of saying (قال، أضاف …), then who it was said to and about
        (no أنّ, colon, comma or other verb between), then the words in
        marks closing the sentence: what was said, however short (not
        after a preposition or a label, where marks name something)."""
        if att.cue_tok is None or att.cue_tok >= q.open_tok or q.open_tok - att.cue_tok > 12:
            return False
        h = self.cue_hits.get(att.cue_tok)
        if h is None or h.cue.kind != lx.VERB or _lemma_key(h.cue) not in _SAYING:
            return False
        toks = self.doc.toks
        k = q.close_tok + 1
        if k < self.n and toks[k] not in _SENTENCE_END:
            return False
        before = toks[q.open_tok - 1]
        if (
            before in _NAME_PREPOSITIONS
            or before in lx.LABEL_NOUNS
            or _base(before) in lx.LABEL_NOUNS
        ):
            return False
        end = q.open_tok
        if (
            toks[end - 1] in _COMMAS
            and h.np_start < h.np_end < end - 2
            and toks[h.np_end] in _COMMAS
            and (toks[h.np_end + 1] in lx.TITLES or _base(toks[h.np_end + 1]) in lx.TITLES)
        ):
            # "وقال راشد الغنوشي، رئيس حركة النهضة، «تونس للجميع».": the
            # subject's post between commas after his name (read as the
            # subject's, no other comma in it)
            for m in range(h.np_end + 1, end - 1):
                if toks[m] in _COMMAS:
                    return False
            # (rev1, narrows cced2c8: not after an addressee glued to لـ,
            # whose post the commas enclose: 'وقال الرئيس لضيفه، وزير
            # الخارجية الأمريكي، «…»'; not after a post that ends in a label
            # noun without its name: 'رئيس تحرير صحيفة، «الشروق»', its name)
            doc = self.doc
            for m in range(h.np_start + 1, h.np_end):
                t = toks[m]
                if t[:1] == "ل" and (
                    t[:2] == "لل"
                    # (a pronoun suffix, not the ة that folds to ه: "لجنة")
                    or doc.orig(doc.starts[m], doc.ends[m]).endswith(("ه", "ها", "هم"))
                ):
                    return False
            if toks[end - 2] in lx.LABEL_NOUNS and toks[end - 2][:2] != "ال":
                return False
            end = h.np_end
        for m in range(att.cue_tok + 1, end):
            t = toks[m]
            if t == ":" or t in _THAT or t in _COMMAS or t in QUOTE_MARKS or _cue_of(t):
                return False
        return True

    def fronted_before_saying(self, q: _Quote, att: _Attribution, words: list[str]) -> bool:
        """ "«الفوز مستحق»، قال المدرب X.": one or two words in marks opening
        their sentence, then a comma and the verb of saying (قال، أضاف …)
        with its subject after it: the words said, fronted before their
        verb as three words or more already were (not a body's or an
        outlet's name, "«حزب الأمة»، قال رئيسه", nor a person's, nor one word
        with the article, "«الجزيرة»، قال مديرها")."""
        c = att.cue_tok
        if c is None or c != q.close_tok + 2 or self.doc.toks[q.close_tok + 1] not in _COMMAS:
            return False
        if self.sent_first[self.sent[q.open_tok]] != q.open_tok:
            return False
        first = words[0]
        if (
            first in _NAMED_BY_LABEL
            or first in _NAME_HEADS
            or first[2:] in _NAMED_BY_LABEL
            or first in _GIVEN_NAMES
            or (len(words) == 1 and first[:2] == "ال")
        ):
            return False
        h = self.cue_hits.get(c) or self.cue_at(c)
        return (
            h is not None
            and h.cue.kind == lx.VERB
            and _lemma_key(h.cue) in _SAYING
            # (its subject read after it: a word, not marks or a colon)
            and att.entity is not None
            and not att.follow_up
            and c + 1 < self.n
            and self.is_word[c + 1]
            and not self.in_quote[c + 1]
        )

    def cue_earlier_in_sentence(self, o: int, att: _Attribution) -> bool:
        """A cue stands before the opening mark at ``o`` in its sentence: the
        quote's own, or another read there (the quote's cue taken as a
        follow-up further on: "وبينت أن اللجنة رأت أن … «…» وأنه … «…»")."""
        sid = self.sent[o]
        if att.cue_tok is not None and att.cue_tok < o and self.sent[att.cue_tok] == sid:
            return True
        # (the last cue before the mark, by bisection over the cues in order:
        # no scan of every cue for each quote)
        hits = self.hit_toks
        k = bisect_left(hits, o) - 1
        return k >= 0 and hits[k] >= self.sent_first[sid]

    def indefinite_in_that_clause(self, q: _Quote, att: _Attribution, words: list[str]) -> bool:
        """ "وأضاف أن الوزيرة أجرت «محادثات صريحة ومطولة» مع …", "إن الهيئة
        قامت بـ«تحرير انتقائي ومتعمد»": words in marks with no article (nor
        a name's head, a label noun or a given name first: a noun described,
        no name) after the subject of the that-clause of the verb of saying
        before them in their sentence and a word of its own (the clause's
        verb), with no stop, colon or comma between: what the speaker said
        of it, in his words (dev23d).  Not a name, which has a definite word
        ("استقبل «وفد البنك الدولي»").  Any number of words here: is_quotation
        asks for three when they are glued to بـ (and decides there), and
        for none otherwise."""
        for w in words:
            if w[:2] == "ال" or w[:3] in ("وال", "لل", "بال") or w in _GIVEN_NAMES:
                return False
        if words[0] in _NAMED_BY_LABEL or words[0] in _NAME_HEADS:
            return False
        ct = self._verb_cue_before(q, att, 3)
        if ct is None:
            return False
        toks = self.doc.toks
        b = q.open_tok - 1
        if toks[b] == "ب" and self.doc.ends[b] == self.doc.starts[q.open_tok]:
            b -= 1
        if toks[b][:2] == "ال" or toks[b] in _THAT or toks[b] in lx.LABEL_NOUNS:
            return False
        for m in range(b - 1, max(ct, b - 8), -1):
            t = toks[m]
            if t in _THAT:
                # (the subject between أنّ and the word before the marks)
                return b - m >= 2
            if t == ":" or t in _COMMAS or t in _SENTENCE_END or _cue_of(t) is not None:
                return False
        return False

    def in_cue_that_clause(self, q: _Quote, att: _Attribution, words: list[str]) -> bool:
        """ "مؤكدا أن البلاد ستبقى دائما «وجهة مفضلة» للمستثمرين", "مضيفا أن
        كلام المعارضين هو من قبيل «التمني لا الوعد»": words in marks inside
        the that-clause of the verb of saying (or its participle) before
        them in their sentence, right after a copula (هو، كان، ستبقى …, an
        adverb between) or "of the kind of" (من قبيل): the clause's
        predicate in the speaker's words, as with a verb that has its
        subject; not the object of another verb ("مضيفا أن الرئيس استقبل
        «وفد البنك الدولي»"), nor a name led by its label noun."""
        if words[0] in _NAMED_BY_LABEL or words[0] in _NAME_HEADS:
            return False
        ct = self._verb_cue_before(q, att, 2)
        if ct is None:
            return False
        o = q.open_tok
        toks = self.doc.toks
        b = o - 1
        while b > ct and toks[b] in _PREDICATE_ADVERBS:
            b -= 1
        if toks[b] not in _PREDICATE_AFTER:
            return False
        for m in range(b - 1, ct, -1):
            t = toks[m]
            if t in _THAT:
                # the subject between أنّ and the copula (one word at least)
                return b - m >= 2
            if (
                t == ":"
                or t in _COMMAS
                or t in _SENTENCE_END
                or t in QUOTE_MARKS
                or self.in_quote[m]
                or (_cue_of(t)) is not None
            ):
                return False
        return False

    def title_in_phrase_before(self, k: int, reach: int) -> bool:
        """A title within ``reach`` words back from token ``k``, only words
        outside marks between (no stop, comma, colon, أنّ or cue)."""
        toks = self.doc.toks
        for j in range(k, max(-1, k - reach), -1):
            t = toks[j]
            if not self.is_word[j] or self.in_quote[j] or t in _THAT or _cue_of(t) is not None:
                return False
            if t in lx.TITLES:
                return True
        return False

    def title_ends_at(self, k: int) -> bool:
        """Token ``k`` ends a title: the title itself ("الرئيس") or up to
        two definite words after it ("رئيس الحكومة الحالي", "وزير
        الداخلية")."""
        toks = self.doc.toks
        for j in range(k, max(-1, k - 3), -1):
            t = toks[j]
            if t in lx.TITLES:
                return True
            if t[:2] != "ال" or not self.is_word[j] or self.in_quote[j]:
                return False
        return False

    def subject_in_marks(self, q: _Quote, words: list[str]) -> bool:
        """ "وأضاف «حساسين»، خلال كلمته: «…»", "وأضافت “الغارديان” إن …":
        one or two words in marks right after the verb, named before in the
        article, with the verb's words still to come (أنّ right after the
        marks, or a colon or أنّ after their comma): the verb's subject, set
        in marks as some outlets set names, not its words."""
        toks = self.doc.toks
        k = q.close_tok + 1
        if k >= self.n:
            return False
        if len(words) == 1 and words[0] in lx.DOCUMENT_HEADS and toks[k] in _SAYING_OF:
            # "ونقلت "الوثيقة" قول X «…»": the document in marks, then the
            # saying it relays
            return True
        if toks[k] == ":":
            # "وقال «كراولي»: «أحد الموضوعات …»": a colon after the marks,
            # and the words said in marks of their own right after it, so
            # the marks before are the verb's subject
            if not (
                k + 1 < self.n
                and self.in_quote[k + 1]
                and self.name_in_marks_shape(q.open_tok + 1, q.close_tok)
            ):
                return False
            # ("وأضاف “الراشد”: الحكومة لن …": the words said after the
            # colon with no marks, the name in marks one the article gave
            # before)
            return toks[k + 1] in QUOTE_MARKS or self.marks_named_before(
                q.open_tok + 1, q.close_tok
            )
        elif toks[k] not in _THAT:
            if toks[k] not in _COMMAS and toks[k] not in _DASHES:
                # ('وقال "حمودة" –في كلمة مسجلة– إن': an aside set off by
                # dashes, as by commas)
                return False
            # (the occasion may run long before the colon: "، خلال كلمته في
            # المؤتمر الصحفي الذي بثته قناة «…» اليوم الخميس:", twenty-odd
            # tokens with the marks of a channel's name; and after asides
            # of its own, the programme, the host, the channel and the day,
            # "، في مداخلة هاتفية ببرنامج «…»، مع الإعلامي X، على قناة «…»،
            # الاثنين، أنه", some thirty: dev37s)
            m, stop = k + 1, min(self.n, k + 40)
            apposition = m < self.n and toks[m] in lx.TITLES
            while m < stop:
                t = toks[m]
                if t == ":" or t in _THAT:
                    break
                if t in _SENTENCE_END:
                    return False
                if self.in_quote[m]:
                    # "وقال «إبراهيم»، في مقابلة مع قناة «دريم»، إن": a name
                    # in marks on the way (its marks and up to three words)
                    e = m
                    while e < self.n and self.in_quote[e]:
                        e += 1
                    if e - m > 5:
                        if m == k + 1 and not apposition:
                            # "وقال «زكي»، «الأمر يتطلب وقتا»": the words said
                            # in marks right after the comma; the marks before
                            # are the verb's subject if they name one met before
                            break
                        if not apposition and self.aside_to_marks(k + 1, m, toks[m - 1]):
                            # "وأضاف «البدري»، في تصريحاته «كنت مستقلا …»":
                            # or after an aside telling where or how he spoke,
                            # with no colon before them (dev29d)
                            break
                        return False
                    m = e
                    continue
                m += 1
            else:
                return False
            if apposition:
                # "قال "عادل رمزي"، مدرب الفريق، في ندوة صحفية: «…»": the
                # name's post right after its comma, an apposition, whether
                # or not the article named him before
                return True
        return self.marks_named_before(q.open_tok + 1, q.close_tok)

    def aside_to_marks(self, a: int, o: int, before: str) -> bool:
        """is_quotation: whether the words from token ``a`` (right after a
        verb's subject) to the marks opened at ``o`` tell where, when or how
        the subject spoke, or who he is ("في مؤتمر صحفي", "خلال افتتاح
        المؤتمر", "الذي طلب عدم ذكر اسمه"): a short stretch of plain words in
        the sentence, no that-clause, no marks; and the word before the marks
        is no label noun or title in construct with them ("في حديث لقناة
        «…»", "إلى رئيس «…»": the marks complete its name; "اسمه", a noun
        with its own possessor, does not)."""
        if o - a > 10:
            return False
        toks = self.doc.toks
        is_word = self.is_word
        in_quote = self.in_quote
        sent = self.sent[o]
        for m in range(a, o):
            t = toks[m]
            if in_quote[m] or t in _THAT or self.sent[m] != sent:
                return False
            if not is_word[m] and t not in _COMMAS and t not in _DASHES:
                # (an aside set off by dashes as by commas: "وأضاف «البدري»
                # –في تصريحاته– «…»"; mend29b)
                return False
        if before[:1] in "بل" and before[1:] in lx.LABEL_NOUNS:
            return False
        if before.startswith("ال"):
            # "خلال إطلاق البرنامج الوطني «فرصتي»", "المنصة الرقمية «خدماتي»":
            # a definite label noun for a thing named (not a gathering where
            # one speaks: "خلال افتتاح المؤتمر الوطني «…»"), with or without
            # its definite adjectives, right before the marks: they hold its
            # name (rev1: narrows 596cad8)
            k = o - 1
            while k > a and toks[k].startswith("ال") and toks[k] not in lx.LABEL_NOUNS:
                k -= 1
            head = toks[k]
            if (
                head.startswith("ال")
                and head in lx.LABEL_NOUNS
                and head[2:] not in _GATHERING_LABELS
            ):
                return False
        if (
            before in lx.TITLES
            and not before.startswith("ال")
            and before[-1:] != "ي"
            and before[-2:] != "يه"
        ):
            # "في رسالة إلى رئيس «…»": a title in construct with the body
            # named in the marks (not a relative adjective: "مؤتمر صحفي")
            return False
        return not (
            before in lx.LABEL_NOUNS
            and not before.startswith("ال")
            and not (before[-1:] == "ه" and before[:-1] in lx.LABEL_NOUNS)
            and not (before[-2:] in ("ها", "هم") and before[:-2] in lx.LABEL_NOUNS)
        )

    def title_ends_before(self, own: _Entity, c: int) -> bool:
        """The coordinated-verb rule with no comma: the bare title ``own``
        read as the subject of the sentence's first verb ends right before
        the verb of saying at ``c`` or before a word no name opens (a word
        with the article, a preposition with it or alone: the verb's
        complement, "واكتفى رئيس الوزراء بالصمت وقال", "واستنكر المتحدث
        الحملة وقال"), so no name after it was cut short."""
        toks = self.doc.toks
        e = self.tok_at(own.pos) + len(own.surface.split())
        if not e < c:
            return e == c
        w = toks[e]
        # (not علي, which may be the name Ali: "وجلس الرئيس علي صالح")
        return w[:2] == "ال" or w[:3] == "بال" or w[:2] == "لل" or w in ("الي", "عن")

    def said_before_verb(self, v: int) -> bool:
        """Whether the verb of saying at token ``v`` comes after the words it
        says ("«…»، قال الوزير", "«…»، هكذا قال الرئيس"): the marks after its
        subject are then no second saying (rev1: narrows 596cad8)."""
        toks = self.doc.toks
        k = v - 1
        if k >= 0 and toks[k] in ("هكذا", "كما"):
            k -= 1
        return (
            k >= 2
            and toks[k] in _COMMAS
            and toks[k - 1] in QUOTE_MARKS
            and self.is_word[k - 2]
            and self.sent[k - 1] == self.sent[v]
        )

    def said_to_addressee(self, q: _Quote, att: _Attribution, before: str) -> bool:
        """ "وقال لزائره بحسب المحضر «انتظروا قليلا».", "وختم حديثه قائلا
        للحاضرين، «…».": a verb of saying or its participle, its addressee
        and an aside, then a few words in marks that end the sentence: what
        was said."""
        toks = self.doc.toks
        return (
            att.cue_tok is not None
            and 2 < q.open_tok - att.cue_tok <= 7
            and before not in _NAME_PREPOSITIONS
            and (q.close_tok + 1 >= self.n or toks[q.close_tok + 1] in _SENTENCE_END)
            and self.sent[att.cue_tok] == self.sent[q.open_tok]
            and (h := self.cue_hits.get(att.cue_tok)) is not None
            and h.cue.kind in _VERB_KINDS
            and _lemma_key(h.cue) in _SAYING
            and _THAT.isdisjoint(toks[att.cue_tok + 1 : q.open_tok])
        )

    def after_kept_quote_in_clause(self, q: _Quote) -> bool:
        """The marks of ``q`` follow, in its sentence, a quotation kept with
        only words outside marks between (twelve at most, no comma, stop,
        colon, أنّ or cue), and that quotation stands in the that-clause of
        a verb of saying (or its participle) before it in the sentence:
        'وقالت النقابة إن العمال "يرفضون هذا القرار" الذي صدر "دون أي
        تشاور"' (is_quotation, three words with no cue of their own)."""
        toks = self.doc.toks
        is_word = self.is_word
        in_quote = self.in_quote
        first = self.sent_first[self.sent[q.open_tok]]
        j = q.open_tok - 1
        floor = q.open_tok - 13 if q.open_tok - 13 > first else first
        while (
            j > floor
            and is_word[j]
            and not in_quote[j]
            and toks[j] not in _THAT
            and _cue_of(toks[j]) is None
        ):
            j -= 1
        if j == q.open_tok - 1 or not self.closes_kept_quote(j):
            return False
        o = j - 1
        while o > first and in_quote[o - 1]:
            o -= 1  # (the kept quotation's opening mark)
        that = False
        for k in range(o - 1, first - 1, -1):
            if toks[k] in _THAT:
                that = True
            elif that and (h := self.cue_hits.get(k)) is not None and h.cue.kind in _VERB_KINDS:
                return True
            if in_quote[k]:
                return False
        return False

    def closes_kept_quote(self, j: int) -> bool:
        """Token ``j`` is the mark that closes a quotation kept (is_quotation
        let go of a name's or a label's marks: theirs are unset)."""
        return (
            j >= 0
            and self.doc.toks[j] in QUOTE_MARKS
            and self.in_quote[j]
            and not self.in_quote[j + 1]
        )

    def chained_to_kept_quote(self, q: _Quote) -> bool:
        """Whether the marks of ``q`` follow the closing mark of a quotation
        kept with only an ellipsis between ("…" or two dots or more), or a
        comma when the words in marks have no name's shape (a clause: "«…»،
        «الشعب يستحق الأفضل»."), on the same line, and an ellipsis, a stop
        or the line's end follows them."""
        toks = self.doc.toks
        j = q.open_tok - 1
        dots = 0
        while j >= 0 and (toks[j] == "." or toks[j] == "…") and dots < 4:
            dots += 1 if toks[j] == "." else 2
            j -= 1
        if dots:
            linked = dots >= 2  # (an ellipsis: a single period ends a sentence)
        else:
            # (a comma, before words in marks with no name's shape)
            linked = (
                j >= 1
                and toks[j] in _COMMAS
                and not self.name_in_marks_shape(q.open_tok + 1, q.close_tok)
            )
            j -= 1
        if not linked or not self.closes_kept_quote(j):
            return False
        doc = self.doc
        if "\n" in doc.folded[doc.ends[j] : doc.starts[q.open_tok]]:
            return False
        m = q.close_tok + 1
        return (
            m >= self.n
            or toks[m] == "."
            or toks[m] == "…"
            or "\n" in doc.folded[doc.ends[q.close_tok] : doc.starts[m]]
        )

    def relayed_saying_after(self, j: int) -> bool:
        """Whether token ``j``, past an aside in brackets of a dozen tokens
        at most, is "قوله"/"قولها" (the saying a relay names after its
        source: "عن X (…) قوله إن")."""
        toks = self.doc.toks
        if j < self.n and toks[j] == "(":
            end = j + 14 if j + 14 < self.n else self.n
            for m in range(j + 1, end):
                if toks[m] == ")":
                    j = m + 1
                    break
            else:
                return False
        return j < self.n and toks[j] in _RELAYED_SAYINGS

    def wrote_in_cable(self, cue_tok: int | None, ent: _Entity) -> bool:
        """The sentence of the cue at ``cue_tok`` names, outside quotes, the
        cable the words of ``ent`` were written in, as the cue verb's own
        adverbial: "في" and the cable right after the verb ("كتب في
        برقيته"), right after the speaker's mention, his name or his post
        ("كتب السفير X في برقية مؤرخة … أن", "قال السفير في عمّان، في
        برقيته"), or opening the sentence ("في برقيته، قال القنصل X إن");
        not a cable spoken of ("قال X عن البرقية", "تعليقا على البرقية"),
        nor one a clause of its own tells of ("وقال X، الذي ورد اسمه في
        البرقية، إن", "رد X على ما جاء في البرقية", "في مقابلة بشأن ما ورد
        في برقيته")."""
        if cue_tok is None:
            return False
        toks, sent, in_quote = self.doc.toks, self.sent, self.in_quote
        sid = sent[cue_tok]
        first = self.sent_first[sid]
        k = first + 1
        while k < self.n and sent[k] == sid:
            if toks[k] in _CABLES_WRITTEN_IN and toks[k - 1] == "في" and not in_quote[k]:
                if k - 1 == first or k - 2 == cue_tok:
                    return True
                # (the mention's last word, then "في", or a comma and "في")
                last = _NORMALIZED[ent.surface].split()[-1:]
                b = k - 2 - (toks[k - 2] in _COMMAS)
                m = bisect_left(self.doc.starts, ent.pos)
                if last and first <= m <= b and toks[b] == last[0] and last[0] not in toks[m:b]:
                    return True
            k += 1
        return False

    def is_quotation(self, q: _Quote, att: _Attribution) -> bool:
        """Marks also wrap names, titles and labels; keep real quotations."""
        toks = self.doc.toks
        colon = q.open_tok - q.marked
        if (
            colon >= 1
            and toks[colon] == ":"
            and (
                (note := colon - 1 - (toks[colon - 1] == "المحرر")) >= 0
                and toks[note] in _EDITORS_NOTES
                and note == self.sent_first[self.sent[note]]
            )
            and (att.entity is None or att.entity.kind not in _WRITERS)
            # (nor the note after the words a person wrote in a cable, "كتب
            # السفير X في برقيته أن «…». ملاحظة: «…»": the cable's writer's)
            and not (
                att.follow_up
                and att.entity.kind == PERSON
                and self.wrote_in_cable(att.cue_tok, att.entity)
            )
            # (nor a note whose words a cue after the marks, in its own
            # sentence, gives to a person: "ملاحظة: «…»، كتب السفير في
            # برقيته", "تنويه: «…»، قال المتحدث X": his, not the outlet's)
            and (
                att.entity is None
                or att.follow_up
                or (ct := att.cue_tok) is None
                or ct < q.close_tok
                or self.sent[ct] != self.sent[note]
            )
        ):
            # "… ضروري". ملاحظة: "هذا المقال يعبر عن رأي كاتبه"", "تنويه:
            # …": an editor's note opening its sentence before a colon; the
            # words after it are the outlet's, no one's quote (the person
            # quoted last does not go on into them; but a cable's or a
            # body's note is its writer's: "قالت السفارة في برقيتها إن
            # «…». ملاحظة: «…»")
            return False
        if not q.marked:
            return True
        is_word = self.is_word
        o, c = q.open_tok + 1, q.close_tok
        # the words in the marks: their number, and the words themselves for
        # the short ones only, which the tests below read (a long quote's are
        # read for the Arabic test alone, and only when no cue introduces it)
        n = is_word.count(1, o, c)
        if not n:
            return False
        if (
            n <= 3
            and c + 1 < self.n
            and self.is_word[c + 1]
            and (h := self.cue_hits.get(c + 1) or self.cue_at(c + 1)) is not None
            and h.cue.kind == lx.VERB
            and self.subject_of(h) is None
            and self.name_in_marks_before(h, self.sent_first[self.sent[c]], own=True) is not None
        ):
            # "«ويكيليكس»: «مبارك» قال للأمريكيين «…»": the name in marks
            # before a verb with no subject after it is its subject, no words
            # said (even where a headline's colon introduces it)
            return False
        words = list(compress(toks[o:c], is_word[o:c])) if n <= 8 else None
        if (
            words is not None
            and 2 <= n <= 5
            and words[0] in _PAST_EVENTS
            and all(w.isdigit() or w in _MONTHS for w in words[1:])
            and words[1].isdigit()
            and toks[q.open_tok - 1] != ":"
            and not (
                # (nor right after a verb of saying, "فقال «حرب 2006»": an
                # answer without its colon; rev29)
                is_word[q.open_tok - 1]
                and (h := self.cue_hits.get(q.open_tok - 1) or self.cue_at(q.open_tok - 1))
                is not None
                and h.cue.kind == lx.VERB
            )
        ):
            # '"انقلاب 3 يونيو 2021"', «ثورة 25 يناير»: a past event's noun
            # and its date alone, the event's name, no words said (but after
            # a colon, "فقال: «حرب 2006»", an answer; dev26d)
            return False
        if (
            words is not None
            and n <= 6
            and q.open_tok >= 1
            and toks[q.open_tok - 1] in _ANNIVERSARY
            and (
                words[0] in _ANNIVERSARY_OPENERS
                or words[0].isdigit()
                or (
                    n > 1
                    and words[0].startswith("ال")
                    and words[1].startswith("ل")
                    and len(words[1]) >= 5
                    and not words[1].startswith("لا")
                )
            )
        ):
            # "بمناسبة الذكرى «التاسعة لرحيل الشاعر»", "الذكرى ” الـ 50
            # لتأسيس …”", "«المئوية لتأسيس …»": the anniversary's name, its
            # ordinal or number first, or a verbal noun with لـ after its
            # first word, no words said (dev30d; but "في الذكرى «إننا ماضون
            # …»", "«رحم الله الشهداء»", "«الوحدة الوطنية خط أحمر»": words
            # said; mend30c)
            return False
        if (
            2 <= n <= 4
            and _LETTERS_OR_WORDS.issuperset(words)
            and not _SPELLED_LETTERS.isdisjoint(words)
        ):
            # "هدد بمقاضاة «بي بي سي»", "مراسل «سي إن إن»": initials spelt
            # out in marks, an outlet's or a body's name, no words said
            return False
        # the word before the opening mark, skipping a glued clitic (بـ"…")
        k = q.open_tok - 1
        glued = ""
        if k >= 0 and len(toks[k]) == 1 and toks[k] in "بلوفك":
            if self.doc.ends[k] == self.doc.starts[q.open_tok] or toks[k] == "و":
                # (و written apart from the marks is read glued to them, as
                # to a word: 'سموه "…" و "…"' coordinates as 'و"…"'; dev25d)
                glued = toks[k]
            k -= 1
        if glued in ("ل", "ب") and n <= 3:
            # "صرح لـ«الشروق»", "وصفه بـ"الخطير"": a name or a label; but
            # "ووصفت ما ورد في بيان الجمعية بـ"المغالطة للرأي العام"": three
            # words the subject of وصف chose for it, his words, and so the
            # three words of an accusation or a threat ("متهما إياها بـ«…»",
            # "وتوعدت بـ«…»", the verb right before the بـ too)
            return (
                n == 3
                and glued == "ب"
                and (
                    self.described_before(k + 1, 10, _DESCRIBING)
                    # "قالت إن الهيئة قامت بـ«تحرير انتقائي ومتعمد»"
                    or self.indefinite_in_that_clause(q, att, words)
                    # "اتهم التجمع، الذي يقود الاحتجاجات في البلاد، المجلس
                    # الحاكم بـ«…»": an accusation, the accuser and an aside
                    # between, as for a verbal noun below; not a body's name
                    # led by its head, what the accused are tied to ("اتهم
                    # الجيش عناصر مرتبطة بـ«حزب …»"; dev15s)
                    or (
                        words[0] not in _NAMED_BY_LABEL
                        and words[0] not in _NAME_HEADS
                        and self.described_before(k + 1, 20, _CHARGING)
                    )
                )
            )
        if (
            n == 3
            and not glued
            and k >= 0
            and len(toks[k]) >= 5
            and toks[k][0] == "ب"
            and toks[k] not in _BA_PREPOSITIONS
            and not self.in_quote[k]
            and self.described_before(k, 20, _CHARGING)
        ):
            # "واتهم X …، الرئيس Y، بإحياء «إرث الظلم القديم»": three words
            # in marks after the verbal noun glued to بـ that an accusation or
            # a threat takes, the accuser's words as after a bare بـ (the
            # accused and the occasion may stand between)
            return True
        if n >= 2 and (
            (glued == "و" and self.closes_kept_quote(k))
            or (k >= 1 and toks[k] in _AND_OTHERS and self.closes_kept_quote(k - 1))
        ):
            # "مرددين «حسبي الله ونعم الوكيل» و«ربنا ينتقم منكم»", "تدرس
            # قرارات «في مصلحة المواطن» وأخرى «ضد الاحتكار»": words in marks
            # coordinated with a quotation kept right before them, by و or
            # by "and others", are the same speaker's words too (a name
            # before them was let go, its marks unset)
            return True
        if (
            n >= 3
            and toks[o] in _QUESTION_OPENERS
            and att.cue_tok is not None
            and att.cue_tok < q.open_tok
            and (toks[c - 1] == "؟" or (c + 1 < self.n and toks[c + 1] == "؟"))
            and (h := self.cue_hits.get(att.cue_tok)) is not None
            and h.cue.kind in _VERB_KINDS
            and _lemma_key(h.cue) in _ASKING
            and self.sent[att.cue_tok] == self.sent[q.open_tok]
            # (not what one asked about: "وسأل عن البرنامج "من …"؟")
            and "عن" not in toks[att.cue_tok + 1 : q.open_tok]
        ):
            # "وتساءل مرارا في المقابلات التي نشرتها الصحيفة "ما الفائدة من
            # …"؟": a question in marks, its interrogative first and its
            # question mark closing it, in the sentence of a verb of asking,
            # is the asker's words (a label noun before it names nothing)
            return True
        if (
            n >= 2
            # (what chained_to_kept_quote needs right before the marks: an
            # ellipsis, a period or a comma; most quotes have none there)
            and q.open_tok >= 1
            and ((t := toks[q.open_tok - 1]) == "." or t == "…" or t in _COMMAS)
            and self.chained_to_kept_quote(q)
        ):
            # 'X: "…"... "نرفض الحكومة الجديدة"... "…"': words in marks in a
            # chain of quotations that only an ellipsis links on their line
            # (a headline or a lead listing what one speaker said), the
            # same speaker's words, however short
            return True
        if k >= 1 and toks[k] == ":" and (toks[k - 1] == "بعنوان" or toks[k - 1] == "عنوان"):
            k -= 1  # "عظة بعنوان: «…»": the title after its colon, as without it
        before = toks[k] if k >= 0 else ""
        before2 = toks[k - 1] if k >= 1 else ""
        if (
            n >= 3
            and (before in _WORDS_OF or (before[:1] == "ب" and before[1:] in _WORDS_OF))
            and (first_word := toks[is_word.find(1, o, c)]) in _SAID_OPENERS
            and first_word != "ما"
        ):
            # "أكد أنه لن يتخلى عن رفيقه من خلال عبارة ” لن نترك …”", "وختم
            # بعبارة «نحن باقون هنا»": after a noun of words, words that open with a
            # negation or a pronoun are a clause said, never a name (dev22d)
            return True
        if (
            n >= 3
            and before in _WITH_THE_PHRASE
            and att.entity is not None
            and att.cue_tok is not None
            # (not a body's or a label's name: "صورة مرفقة بعبارة «حزب …»")
            and toks[o] not in lx.ORGANIZATION_HEADS
            and toks[o] not in lx.LABEL_NOUNS
        ):
            # "واختصر الوزير X المشهد بعبارة «حمى الله البلاد»", "ولخص الوضع
            # بجملة «…»": three words or more in marks after "with the
            # phrase" are the words the subject put it in (dev30s)
            return True
        if (
            n >= 2
            and before in _CHANTED_NOUNS
            and att.cue_tok is not None
            and k - 7 < att.cue_tok < k
            and (h := self.cue_hits.get(att.cue_tok)) is not None
            and h.cue.lemma in _CHANTING
        ):
            # "وردد الحضور عبارة «…»", "هتف المتظاهرون شعار «…»": the words
            # a verb of chanting or repeating takes, named by their noun, are
            # its subject's (not a label: "حملة تحت شعار «…»")
            return True
        # (one test first: each reading below is of a few words, six at most,
        # and most quotes are longer; a reading of longer quotes goes after
        # this block)
        if n <= 6:
            if (
                n == 3
                and before == "عن"
                and att.entity is not None
                and any(t in _TALKED_ABOUT for t in toks[k - 5 if k > 5 else 0 : k])
                and words[0] not in lx.LABEL_NOUNS
                and words[0] not in lx.ORGANIZATION_HEADS
                and self.sent[k] == self.sent[q.open_tok]
            ):
                # "وتحدثت الوزيرة X عن «مرحلة جديدة كليا»": three words in marks
                # after a verb of talking about are the talker's own words, as
                # four already were (not a body's name: "عن «حزب العمال الجديد»")
                return True
            if (
                n <= 3
                and before == "عن"
                and (before2 == "نقلا" or before2 == "ونقلا")
                # (not words said that open with a negation or a pronoun:
                # "نقلا عن «لا تراجع»", "نقلا عن «أنا باق» التي قالها الرئيس")
                and toks[o] not in _SAID_OPENERS
            ):
                return False  # "نقلا عن «ويكيليكس»": the source a relay names
            if n <= 3 and before == "عن" and self.relayed_saying_after(q.close_tok + 1):
                # "نقلت عن «سامر العلي» (رئيس البلدية) قوله إن": the one whose
                # saying is relayed, named in marks
                return False
            if (
                n <= 3
                and att.cue_tok is not None
                and q.open_tok - att.cue_tok == 1
                and q.close_tok + 2 < self.n
                and toks[q.close_tok + 1] in _COMMAS
                and toks[q.close_tok + 2] == "عن"
                and (h := self.cue_hits.get(att.cue_tok)) is not None
                and h.cue.kind == lx.RELAY
            ):
                # "ونقلت «وكالة X»، عن الوزير، قوله إن": the relayer named in
                # marks right after the verb of relaying, then a comma and the
                # one it relays: the verb's subject, no words said (as with no
                # comma, where the sentence goes on after the marks)
                return False
            if (
                2 <= n <= 3
                and before in _COMMAS
                and att.cue_tok is not None
                and (nxt := q.close_tok + 1) + 1 < self.n
                and (
                    toks[nxt] in _NAMED_THAT
                    or (toks[nxt] in _COMMAS and toks[nxt + 1] in _NAMED_THAT)
                )
                and (h := self.cue_hits.get(att.cue_tok)) is not None
                and h.cue.kind == lx.VERB
                and h.np_start < h.np_end == k
                and self.person_in_marks_shape(o, c)
            ):
                # "وقال عضو اللجنة (…)، «X Y Z» إن «…»": a person's name in marks
                # set off by a comma after the verb's subject (his post), then
                # the verb's that-clause: the apposition naming him, not words
                return False
            if 2 <= n <= 6 and before in _AS_DESCRIBED and att.entity is not None:
                # "وتحدث الوزير عن الاتفاق بوصفه «إنجازا تاريخيا»": what the
                # speaker described it as, in his words (a scare quote of one word
                # is left to the tests below)
                return True
            if before in _AS_BEING and before2 in _DESCRIBED and n <= 3:
                # "ناشط وصفته بأنه "مصدر موثوق"": a label, not words said;
                # but "وصفهم بأنهم «ضيوفنا وأهلنا»": "our", the describer's
                # own words (dev33d)
                return att.entity is not None and any(map(_our, words))
            if (
                n <= 3
                and att.cue_tok is not None
                and att.cue_tok == q.open_tok - 1
                and (h := self.cue_hits.get(att.cue_tok)) is not None
                and h.cue.kind == lx.PREPOSITION
            ):
                # "وبحسب "السياسة"، فإن …", "وفق «رويترز»": the source named in
                # marks right after its preposition, not words said
                return False
            if (
                glued == "و"
                and before.startswith("ال")
                and before not in _THAT
                and (
                    n <= 4
                    # 'تنظيمات القاعدة و"دولة الإسلام في العراق والشام" و"جبهة
                    # النصرة"': a longer name when another in marks follows, a list
                    or (
                        n <= 6
                        and q.close_tok + 2 < self.n
                        and toks[q.close_tok + 1] == "و"
                        and toks[q.close_tok + 2] in QUOTE_MARKS
                    )
                )
            ):
                # "بين الجيش و"قوات الدعم السريع"": a name coordinated with a noun
                return False
        label = (
            _NAMES_LABEL[before]
            or (
                "ال" <= before < "ام"
                and (before2 in lx.LABEL_NOUNS or _base(before2) in lx.LABEL_NOUNS)
            )
            # "مسؤولاً في «التيار الوطني الحر»", "قيادي في «…»", "النائب عن
            # «…»": a title and the body it belongs to, named in marks
            or (
                before in _BODY_OF_TITLE
                and (before2 in lx.TITLES or (before2[-1:] == "ا" and before2[:-1] in lx.TITLES))
            )
        )
        if label and before in _KNOWN_VERBS and toks[is_word.find(1, o, c)][:1] != "ب":
            # "أن الوضع عرف «تحسنا، رغم …»": عرف bare before marks that do not
            # open with بـ is "went through", not "known as": its object, words
            # the verb's clause may quote (dev26d)
            label = False
        if (
            (
                before in _TITLED
                # "وكان عنوان القائمة «…».": the title noun in construct with
                # the thing it names, right before the marks
                or (before2 in _TITLE_OF and before[:2] == "ال" and is_word[k])
            )
            and (
                (nxt := q.close_tok + 1) >= self.n
                or toks[nxt] in _COMMAS
                or toks[nxt] in _SENTENCE_END
                or "\n" in self.doc.folded[self.doc.ends[q.close_tok] : self.doc.starts[nxt]]
                # "مجلة … تحت عنوان «…» في إطار متابعتها": the sentence going
                # on after the title with a word of its own (not أنّ, whose
                # clause a cue before the title hands over)
                or (self.is_word[nxt] and (toks[nxt] not in _THAT or before in _ENTITLED))
            )
        ):
            # "أما البرقية …، الصادرة في … تحت عنوان «…: …»، فتقول": a subject
            # line or a title closing an aside or its sentence ("الجلسة التي
            # حملت عنوان «…»\n"), whatever its length, is no one's words (the
            # words come after it)
            return False
        # (the tests of a short name in marks, eight words at most: one for
        # a longer quote)
        if words is not None:
            if (
                (before == "حول" or before == "الي" or before == "عن")
                and (
                    before2 in _TOPIC_GATHERINGS
                    # (an adjective between: "الملتقى الدولي حول")
                    or (k >= 2 and toks[k - 2] in _TOPIC_GATHERINGS and before2[:2] == "ال")
                    if before != "الي"
                    else before2 in _TALKS
                )
            ):
                # "الملتقى الدولي حول «الثورة وأبعادها»", "ندوة عن «…»": what a
                # gathering is about, its title; "في حديث إلى «صوت لبنان»": the
                # outlet a talk was given to, a name (not words said)
                return False
            if words[0] in _BARE_LABEL and (
                glued in ("ل", "ب")
                or before in _NAME_PREPOSITIONS
                or (
                    n <= 4
                    and before in _THAT
                    and q.close_tok + 1 < self.n
                    and is_word[q.close_tok + 1]
                    and toks[q.close_tok + 1] not in _THAT
                )
            ):
                # a name led by its bare label noun where a noun stands: after a
                # preposition ("من «برنامج إعادة الإعمار والتأهيل …»", "ما سمي آنذاك
                # بـ«مرسوم الحد الأدنى للربح»") or as the subject of أنّ with its
                # verb after the marks ("يذكر أن «جبهة الوفاء الوطني» تأسست")
                return False
            if (
                n <= 6
                and att.cue is None
                and att.follow_up
                and words[0] in _BARE_LABEL
                and before not in _THAT
                and before != ":"
                and not any(w[:1] in "يت" and len(w) >= 4 and _present_verb(w) for w in words)
            ):
                # "…، قائلا: «…».\nوترأس الأمير X «منتدى الرياض للتعاون …»": a
                # name led by its bare label noun in a sentence with no verb of
                # saying of its own, only carried to the last speaker: the
                # narrator's event or plan, no words said (not "، وأن «حزب الله
                # يراقب …»", a that-clause going on, nor words with a verb; dev17d)
                return False
            if (
                2 <= n <= 4
                and before in _THAT
                and words[0][2:] in lx.ORGANIZATION_HEADS
                and all(w[:2] == "ال" for w in words)
                and q.close_tok + 1 < self.n
                and is_word[q.close_tok + 1]
                and toks[q.close_tok + 1] not in _THAT
            ):
                # "وأشار إلى أن «الحكومة الأردنية» قررت …": a body's name with
                # the article, the subject of أنّ with its verb after the marks,
                # as a name led by its bare label noun above (dev17d)
                return False
            if (
                2 <= n <= 6
                and before in _THAT
                and (nxt := q.close_tok + 1) < self.n
                and (
                    (is_word[nxt] and toks[nxt] not in _THAT)
                    # "أن «سامي العلي»، وزير المالية، سيغادر": his post after a comma
                    or (toks[nxt] in _COMMAS and nxt + 1 < self.n and toks[nxt + 1] in lx.TITLES)
                )
                and (
                    (
                        n <= 3
                        and (
                            words[0] in _GIVEN_NAMES
                            or words[0] == "عبد"
                            or self.marks_named_before(o, c)
                        )
                        and self.person_in_marks_shape(o, c)
                        and self.name_like(o, c)
                    )
                    # "أن «حمد بن خالد آل ثاني» وصل": a given name and its lineage
                    or (
                        n >= 4
                        and words[0] in _GIVEN_NAMES
                        and not _SON_OF.isdisjoint(words)
                        and _lineage_name(words)
                    )
                )
            ):
                # "وأوضح البيان أن «سامي العلي» سيغيب عن …", "أن « عبد الرحمن
                # الحسني » لم يعد …": a person's name in marks (a given name
                # first, or a name the article gave before), the subject of أنّ
                # with the rest of its clause after the marks, set in marks as
                # some outlets set names, no words said (as a one-word name
                # there, and a body's name above; dev18d)
                return False
            if before in _CARRY_OUT and words[0] in lx.LABEL_NOUNS:
                # "ماضية في تنفيذ «الاستراتيجية الوطنية للأمن الغذائي 2030»": a
                # plan named in marks, the object of carrying it out
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
        # (the tests of a label noun before the marks: one for most quotes,
        # which have none)
        if label:
            if (
                label
                and att.cue_tok is not None
                and (h := self.cue_hits.get(att.cue_tok)) is not None
                and h.np_start < h.np_end == q.open_tok
                and self.said_in_marks(q.open_tok, h.np_start, h.cue)
            ):
                # "وقالت الحركة "الاجتماع تأجل".": the body a verb of saying has
                # for its subject, then the marks that close its sentence, the
                # words it said (not the body's name, which would leave the verb
                # nothing said)
                label = False
            if (
                label
                and not glued
                and att.cue_tok is not None
                and (h := self.cue_hits.get(att.cue_tok)) is not None
                and h.np_start < h.np_end < q.open_tok
                and self.aside_to_marks(h.np_end, q.open_tok, before)
                and self.said_in_marks(q.open_tok, h.np_start, h.cue)
                and not self.said_before_verb(att.cue_tok)
            ):
                # "وقال الوزير في مؤتمر صحفي "لن نتراجع".", "وقال مسؤول طلب عدم
                # ذكر اسمه "…".": the verb's subject, then where or how he spoke,
                # then the marks that close the verb's sentence: the words said,
                # though the word before them (صحفي، اسمه) may stand before a name
                label = False
            if (
                label
                and n >= 3
                and before.startswith("ال")
                and (
                    before2 in _THAT
                    or (k >= 2 and toks[k - 2] in _THAT)
                    # "تؤكد القيادات أن ما تبقى من خلايا التنظيم "محدود العدد
                    # والقدرة".": a longer subject of the cue's that-clause
                    or (
                        att.cue_tok is not None
                        and att.cue_tok < q.open_tok
                        and self.that_subject_before(att.cue_tok, q.open_tok)
                    )
                    # "قال النائب X إن اجتماع الوزير مع اللجنة «لم يقدم أي
                    # حل»": words that open with a negation are a clause, no
                    # name, after a longer subject of the cue's that-clause
                    # (dev23d)
                    or (
                        words is not None
                        and (words[0] in _NEGATIONS or words[0] == "لا")
                        # (not a work's title nor a campaign's slogan: "إن
                        # الجمهور أحب المسلسل «لا …»", "أطلقت الحملة «لا …»",
                        # with an adjective between: "المسلسل الشهير «لا …»")
                        and before not in _TITLED_NOUNS
                        and before2 not in _TITLED_NOUNS
                        and att.cue_tok is not None
                        and att.cue_tok < q.open_tok
                        and self.sent[att.cue_tok] == self.sent[q.open_tok]
                        and not _THAT.isdisjoint(toks[att.cue_tok + 1 : q.open_tok])
                    )
                )
                and (q.close_tok + 1 >= self.n or not self.is_word[q.close_tok + 1])
            ):
                # "أن الفصائل المسلحة "أصبحت دولة داخل الدولة"،": the predicate of
                # the that-clause (a name in marks would be followed by one)
                label = False
            if (
                label
                and n >= 3
                and toks[o] in _NECESSITY
                and att.cue_tok is not None
                and att.cue_tok < q.open_tok
                and self.sent[att.cue_tok] == self.sent[q.open_tok]
                and not _THAT.isdisjoint(toks[att.cue_tok + 1 : q.open_tok])
            ):
                # "قال إنه ناقش مع الأمير قضية «ضرورة وقف …»": a noun of
                # necessity opening the words after a label noun, what must be
                # done, a demand in the speaker's words in his that-clause, no
                # name (dev31d)
                label = False
            if (
                label
                and before[-2:] == "يه"
                and before[:2] != "ال"
                and k >= 1
                and is_word[k - 1]
                and before2[:2] != "ال"
                and words is not None
                and _resumptive_present(words[0])
            ):
                # "اتخذت قرارات استراتيجية «تقربها من الغرب»": a label noun as
                # the indefinite adjective of the indefinite noun before it, and
                # marks opening with a present verb whose pronoun refers back to
                # that noun: a relative clause in the speaker's words, no name
                label = False
            if label and n <= 6 and not (n >= 5 and before2 in _THAT and before.startswith("ال")):
                # (but "اعتبرت أن المشروع "يكرس سياسة الهروب إلى الأمام"": a predicate)
                return False
            if (
                label
                and n <= 10
                and before in lx.LABEL_NOUNS
                and not before.startswith("ال")
                and (q.close_tok + 1 >= self.n or toks[q.close_tok + 1] not in _THAT)
            ):
                # "مؤتمر «وثائق الملكيات والوضع التاريخي في الأقصى والقدس»",
                # "تحت مسمى «…»", "مقالا بعنوان «…»": an indefinite label noun
                # right before the marks is in construct with the name in them,
                # however long (a definite one may be a speaker: "الحزب «…»");
                # not a title between a cue and its that-clause ("وجاء في برقية
                # … تحت عنوان "تونس: أحداث الرديف تكشف …" أن "…""), whose words,
                # read again, would hand the clause to a verb in the title
                return False
        if n <= 10 and att.cue_tok is not None and att.cue_tok < q.open_tok:
            h = self.cue_hits.get(att.cue_tok)
            if (
                h is not None
                and h.np_start <= q.open_tok < h.np_end
                # (a body's long name, headed by a body's noun, up to ten
                # words: "الأمين العام لـ«هيئة … في الداخل» X"; kw35)
                and (n <= 6 or toks[o] in lx.ORGANIZATION_HEADS)
            ):
                return False  # a name in marks inside the speaker's phrase
            if (
                n <= 6
                and h is not None
                and h.np_start < h.np_end == q.open_tok
                and c + 2 < self.n
                and toks[c + 1] == "علي"
                and toks[c + 2] in _GIVEN_NAMES
            ):
                # "أكد الناطق باسم التحالف «العودة إلى الميثاق» على سالم
                # الدوري": the name Ali (spelt على) and his own after the
                # marks, a name in the speaker's phrase cut at the marks
                return False
        if (
            2 <= n <= 9
            # (nine words: a lineage, "عبد الله بن X بن عبد الرحمن بن Y", read
            # here only; the tests above read up to eight)
            and (names := words if n <= 8 else list(compress(toks[o:c], is_word[o:c])))
            and (
                (
                    (
                        names[0] in _GIVEN_NAMES
                        # "عبد الرحمن بن سلمان بن عبد الله": a given name of
                        # two words, عبد and a name of God, in a lineage (dev27d)
                        or (names[0] == "عبد" and n >= 4 and _lineage_name(names))
                        # "الأميرة “ريما بنت بندر بن سلطان بن عبد العزيز”",
                        # "الأمير “بندر بن سلطان بن …”": a given name the
                        # engine does not know, a bare word the link of a
                        # lineage follows, then the lineage (kw34b)
                        or (
                            n >= 4
                            and names[1] in _SON_OF
                            and len(names[0]) >= 3
                            and names[0][:2] != "ال"
                            and names[0] not in _QUOTE_CLAUSE_OPENERS
                            and _lineage_name(names)
                        )
                    )
                    and (
                        n <= 3
                        or (not _SON_OF.isdisjoint(names) and (n <= 4 or _lineage_name(names)))
                    )
                )
                # "شيخ عقل الطائفة “أبو وائل حمود الحناوي”": a kunya, أبو or
                # أم before a given name, then up to two more words, no verb
                # nor word opening a clause among them (dev15s)
                or (
                    n <= 4
                    and names[0] in _KUNYA_HEADS
                    and names[1] in _GIVEN_NAMES
                    and self.name_in_marks_shape(o + 1, c)
                    and _QUOTE_CLAUSE_OPENERS.isdisjoint(names)
                )
            )
            and k >= 0
            and (
                self.title_ends_at(k)
                # (a kunya after a title and its place: "شيخ عقل الطائفة في
                # المحافظة “أبو …”", the title within eight words, no stop,
                # comma, colon or marks between)
                or (names[0] in _KUNYA_HEADS and self.title_in_phrase_before(k, 8))
                # "وزير إعلامه "محمد عبد جعفر"": a title and the body it
                # heads, by its possessive
                or (
                    k >= 1
                    and toks[k - 1] in lx.TITLES
                    and len(toks[k]) > 4
                    and toks[k][-1] == "ه"
                    and not self.in_quote[k]
                )
            )
            and not any(w[:1] in "يت" and len(w) >= 4 and _present_verb(w) for w in names)
        ):
            # "رئيس الحكومة الحالي “سعد الدين العثماني”", "وزير الداخلية “كمال
            # بن عمر”" (four words with بن, and up to nine: "الملك "حمد بن
            # عيسى آل خليفة"", "الأمير "عبد الله بن خالد بن عبد الرحمن""): a
            # person's name in marks after his title, not words
            return False
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
        # (the Arabic test read last, only when needed: a regex call a word)
        if not direct and not _any_arabic(toks, is_word, o, c):
            return False
        if (
            not direct
            and words is not None
            and n >= 3
            and words[0] == "اي"
            and words[1] in _GLOSS_SECOND
            and not self.in_quote[q.open_tok - 1]
        ):
            # "وثيقة يعود تاريخها إلى 11 مارس 2004 «أي قبل الحرب بثلاثة
            # أعوام» فإن …": "that is", the writer's gloss of what he just
            # told, no one's words
            return False
        if n > 6:
            # (every test below is for six words or fewer in marks: a name,
            # a label; longer words in marks are said)
            return True
        if (
            not direct
            and 2 <= n <= 6
            and words[0] in _NAME_HEADS
            and not any(w[:1] in "يت" and len(w) >= 4 and _present_verb(w) for w in words)
        ):
            # "اطلعت «وكالة قدس نت للأنباء» على نصه": a body's or an outlet's
            # name, its indefinite head first, no cue right before it
            return False
        if (
            not direct
            and 2 <= n <= 6
            and words[0] in _GATHERING_LABELS
            and (before[1:] if before[:1] == "و" else before) in _AT_GATHERING
            and not any(
                (w[:1] in "يت" and len(w) >= 4 and _present_verb(w)) or _future_verb(w)
                for w in words
            )
        ):
            # "وفي كلمة خلال «منتدى الاستثمار العربي الأول»، أكد الوزير أن":
            # a gathering's name, its indefinite head first, after the word
            # that tells one spoke at it (في، خلال، هامش …): where he spoke,
            # no words said
            return False
        if (
            not direct
            and 2 <= n <= 6
            and words[0][:2] == "ال"
            and (words[0][2:] in _NAMED_BY_LABEL)
            and words[1][:2] in ("ال", "لل")
            and before not in _THAT
            and not any(w[:1] in "يت" and len(w) >= 4 and _present_verb(w) for w in words)
            # (nor "«القضية الفلسطينية ستبقى قضيتنا الأولى»"، "«الحكومة
            # الأردنية هي المسؤولة»": a future verb or a pronoun that joins
            # subject and predicate makes a statement of it, no name)
            and not any(
                _future_verb(w) or _future_defective(w) or w in _COPULA_PRONOUNS for w in words
            )
        ):
            # "معطيات جمعها "المركز العربي للمجتمع الآمن - أمان"،": a body's
            # name in marks (its definite head and an adjective or genitive),
            # not introduced by a cue, no verb in it
            return False
        if (
            n <= 5
            and att.cue_tok is not None
            and q.open_tok - att.cue_tok == 1
            and n - self.initials_in(o, c) <= 2
            and self.subject_in_marks(q, words)
        ):
            return False
        if (
            n <= 3
            and att.cue_tok is not None
            and q.open_tok - att.cue_tok == 1
            and c + 2 < self.n
            and toks[c + 1] in _AT_STATEMENT
            and toks[c + 2] in _STATEMENTS_AT
            and self.person_in_marks_shape(o, c)
            and self.name_like(o, c)
        ):
            # 'وقال "X بن Y" في رسالة بمناسبة …', 'وأضاف "X Y Z" خلال
            # كلمته:': a name in marks right after the verb, then where or
            # in what he spoke: the verb's subject, set in marks as some
            # outlets set names, not words said
            return False
        if (
            2 <= n <= 3
            and before[:1] == "و"
            and before in _THAT
            and k >= 1
            and (
                (toks[k - 1] in QUOTE_MARKS and self.in_quote[k - 1])
                # (or after a comma: 'أن "الرئيس مريض"، وأن "خلافته مفتوحة"')
                or (
                    k >= 2
                    and toks[k - 1] in _COMMAS
                    and toks[k - 2] in QUOTE_MARKS
                    and self.in_quote[k - 2]
                    # (not a name that a comma, then a relative clause or an
                    # apposition, and its verb follow: 'وأن "الجبهة الشعبية"،
                    # التي تضم …، رفضت', 'وأن "أنصار الشريعة"، التنظيم
                    # المحظور، فقدت'; rev1: narrows 346890e)
                    and not (
                        q.close_tok + 2 < self.n
                        and toks[q.close_tok + 1] in _COMMAS
                        and (
                            (after := toks[q.close_tok + 2]) in _RELATIVES
                            or (after.startswith("ال") and _cue_of(after) is None)
                        )
                    )
                )
            )
            and ((nxt := q.close_tok + 1) >= self.n or not is_word[nxt] or toks[nxt] in _THAT)
        ):
            # 'ذكرت البرقية أن "الرئيس يتقدم في العمر" وأن "نظامه متصلب"': a
            # that-clause in marks coordinated with the quote kept right
            # before it, whole in its marks: the same speaker's words
            return True
        if (
            2 <= n <= 3
            and before in _BECAUSE
            and att.cue_tok is not None
            and att.cue_tok < q.open_tok
            and self.sent[att.cue_tok] == self.sent[q.open_tok]
            and (h := self.cue_hits.get(att.cue_tok)) is not None
            and h.cue.kind in _VERB_KINDS
        ):
            # "قالت إن الشبكات لن توقف في البلاد لأنها "بلد ديمقراطي"": the
            # predicate of "because it is", the reason the speaker gave in
            # the words of the cue's sentence
            return True
        if (
            2 <= n <= 3
            # (a verb in the future opening three words: two may be a name,
            # "«سينما الشعب»", "«ستيفن X»")
            and (words[0] in _QUOTE_CLAUSE_OPENERS or (n == 3 and _future_verb(words[0])))
            # (a demonstrative before a definite noun is a noun phrase: "هذا
            # العام")
            and not (words[1][:2] == "ال" and words[0].lstrip("وف") in _DEMONSTRATIVES)
            and self.cue_earlier_in_sentence(q.open_tok, att)
        ):
            # "مشيرا إلى أن … “وهذا أمر خطير”", "حذر …، ولكن "لم يحدث شيء"":
            # two or three words that open with a negation, a demonstrative,
            # a pronoun or a verb in the future ("وأنه بعد عودته "سيعامل
            # بشكل عادل"") are a clause, never a name: words said, when a
            # cue stands before them in their sentence
            return True
        if (
            n <= 3
            and before in _ONLY_THIS
            and (before2 in _IS_NOT or (before2 in _HE_SHE_THEY and k >= 2 and toks[k - 2] == "ما"))
            and words[0] not in _GIVEN_NAMES
            # (one word with the article is a body's or an outlet's name,
            # "ليست سوى «الجزيرة»"; a word after the marks, a nisba or a
            # phrase, makes them a name the predicate goes on with, "ليس سوى
            # «الموساد» الإسرائيلي", "ما هي إلا «الجزيرة» بثوب جديد")
            and not (n == 1 and words[0][:2] == "ال")
            and not (c + 1 < self.n and is_word[c + 1])
            and self.cue_earlier_in_sentence(q.open_tok, att)
        ):
            # "معتبرا أن الاتهامات ليست سوى «مسرحية»", "وقال إن الخطة ما هي
            # إلا «حبر على ورق»": the predicate "is nothing but", the
            # speaker's word for the thing, however short (dev31d)
            return True
        if n <= 2:
            if before == ":" and att.cue == ":":
                return False  # "الشارقة: «الخليج»": a dateline, not a headline quote
            if n == 1 and before in _THAT and toks[q.open_tok - 1] != ":":
                return False  # "قبل أن يقر بأنه "كذب"": the writer's word for it
            if (
                before in _THAT
                and q.close_tok + 1 < self.n
                and (
                    (
                        (nxt := toks[q.close_tok + 1])[:1] in "يت"
                        and len(nxt) >= 4
                        and _present_verb(nxt)
                    )
                    # "فإن "الأجهزة السيادية" لم تفصح": its verb negated
                    or (nxt in _NEGATIONS and q.close_tok + 2 < self.n and is_word[q.close_tok + 2])
                )
            ):
                # "كشفت أن «ساحة.نت» تستعد لدخول السوق": the that-clause's
                # subject named in marks, its verb after them
                return False
            if (
                direct
                and att.cue_tok is not None
                and q.open_tok - att.cue_tok == 2
                and before not in _THAT
                and before not in {"عن", "الي", "علي", "من", ":"}
                and toks[q.open_tok - 1] != ":"
                # ("مضيفا بوضوح «…»": how it was said, not the verb's object)
                and before not in _MANNER
                # (but "قال السفير «الوضع هش».": a verb of saying, its subject,
                # then the marks that close its sentence, the words said)
                and not (
                    (h := self.cue_hits.get(att.cue_tok)) is not None
                    and h.np_start == att.cue_tok + 1
                    and h.np_end == q.open_tok
                    # (rev1, narrows 76ee6c5: not a verb that says only as
                    # going on or ending, whose object the marks may name:
                    # "وتابع الجمهور «باب الحارة».", "وأكمل ميسي «الهاتريك».",
                    # "وختم الحفل «فرقة الحضرة».")
                    and _lemma_key(h.cue) not in _GOING_ON_VERBS
                    and self.said_in_marks(q.open_tok, h.np_start, h.cue)
                )
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
            if (
                direct
                and q.open_tok - att.cue_tok == 1
                and q.close_tok + 1 < self.n
                and is_word[q.close_tok + 1]
                and (h := self.cue_hits.get(att.cue_tok)) is not None
                and (h.cue.kind == lx.VERB or h.cue.kind == lx.RELAY)
            ):
                # "وقالت «الصحيفة الفلانية» إن …", "وأضاف "فلان" في حوار",
                # "ونقلت "الوثيقة" قول X": a name in marks right after the
                # verb of saying (or of relaying), and the sentence goes on
                # after it: the verb's subject, not words said
                return False
            if not direct and self.said_to_addressee(q, att, before):
                return True
            if (
                not direct
                and n == 2
                and words[0][:2] != "ال"
                and words[0][:1] not in "بل"
                and words[1][:2] != "ال"
                and self.predicate_in_marks(q, att)
            ):
                return True
            return (
                direct
                or words[0] in _FIRST_PERSON
                or self.said_at_clause_end(q, att)
                or self.fronted_before_saying(q, att, words)
            )
        if n == 3:
            if before == "مع":
                # "في اتصال هاتفي مع «جوهرة أف أم»": the other side of a
                # conversation, an outlet or a body named in marks, not words said
                return False
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
            if (
                direct
                and q.open_tok - att.cue_tok == 1
                and q.close_tok + 1 < self.n
                and is_word[q.close_tok + 1]
                and (h := self.cue_hits.get(att.cue_tok)) is not None
                and h.cue.kind == lx.VERB
                and _lemma_key(h.cue) not in _SAYING
            ):
                # "النواب يقرّون «قانون الموازنة العامة» بعد جلسة": three words
                # right after a verb that is no saying, and the sentence goes
                # on after them: its object, a name (as for two words above)
                return False
            if (
                att.cue_tok is not None
                and att.cue_tok < q.open_tok
                and (q.close_tok + 1 >= self.n or not is_word[q.close_tok + 1])
                and self.that_subject_before(att.cue_tok, q.open_tok)
            ):
                # "واعتبرت أن الأحزاب المعترف بها «تؤدي دور الديكور».": the
                # predicate of the cue's that-clause after its subject, and
                # nothing after the marks: the speaker's words, not a name
                return True
            if (
                (q.close_tok + 1 >= self.n or not is_word[q.close_tok + 1])
                and words[0] not in _NAME_HEADS
                and words[0] not in _NAMED_BY_LABEL
                and words[0] not in _GIVEN_NAMES
                and self.coordinated_that_subject_before(q.open_tok)
            ):
                # "مؤكدة أن اللقاء لم يتناول المسألة، وأن التنازل «مرفوض
                # بشكل قاطع».", "قالت إن الحكومة «ضعيفة»، والوزراء «يخافون
                # من المواجهة».": the predicate of a that-clause coordinated
                # with the cue's, as of the cue's own (dev15s)
                return True
            if (
                att.follow_up
                and words[0] not in _NAME_HEADS
                and words[0] not in _NAMED_BY_LABEL
                and words[0] not in _GIVEN_NAMES
                and before not in _NAME_PREPOSITIONS
                and self.after_kept_quote_in_clause(q)
            ):
                # 'وأكد البيان أن الحكومة أرسلت "في الوقت نفسه" وفدا رسميا
                # حاملا رسالة "بهذا الخصوص تحديدا".': the same speaker's
                # words going on in the that-clause of the quote kept before
                # them (dev24d)
                return True
            if att.follow_up and att.entity is not None and toks[q.open_tok - 1] == ":":
                # "ثم يضحك: "الكهرباء صارت ترفا"": the same speaker's words
                # after a colon, with a gesture for a cue
                return True
            return (
                (att.cue is not None and not att.follow_up)
                or direct
                # "مؤكدا أن بلاده ستبقى «تدعم هذا المسار»": inside the
                # that-clause of the subjectless verb of saying before them
                or (att.follow_up and self.in_cue_that_clause(q, att, words))
                # "وأضاف أن الوزيرة أجرت «محادثات صريحة ومطولة» مع …"
                or self.indefinite_in_that_clause(q, att, words)
                # "وختم حديثه قائلا للحاضرين، «…».": the participle's
                # addressee between it and the words
                or self.said_to_addressee(q, att, before)
                # "«حين تنتهي الطلبات»، يقول ضاحكاً": the cue right after the
                # marks and a comma introduces them, whoever it resolves to
                or (att.cue_tok == q.close_tok + 2 and toks[q.close_tok + 1] in _COMMAS)
                # "ومن لم يقتنع "فنحن نحترم رأيه"": words that open with
                # "we" or "I" are someone's speech, no name or label
                or words[0] in _FIRST_PERSON
                # 'هاجم X المغردين، الذين "يسيئون لسمعة البلاد"': a relative
                # clause in marks, its present verb first, in the sentence
                # of a verb of taking a stance that has a subject: the
                # words he described them with
                or (
                    before in _RELATIVES
                    and att.entity is not None
                    and words[0][:1] in "يت"
                    and _present_verb(words[0])
                    and toks[self.after_turn(self.sent_first[self.sent[q.open_tok]])]
                    in _STANCE_VERBS
                )
                # "ودعت المواطنين والمقيمين إلى «الالتزام بالإجراءات
                # الوقائية»": what a verb of urging urges, after the ones
                # urged (its subject elided), the urger's words (dev18s)
                or (
                    before in _TO_OR_ON
                    and (h := self.cue_hits.get(att.cue_tok)) is not None
                    and h.cue.lemma in _URGE_LEMMAS
                    and h.cue.kind == lx.VERB
                    and self.urged_plural_object(h.np_start)
                )
            )
        return True


def _our(w: str) -> bool:
    """``w`` ends in the first person plural's pronoun ("ضيوفنا", "واهلنا",
    "بلادنا"; not "احيانا", nor a short accusative, "وطنا")."""
    return len(w) >= 5 and w[-2:] == "نا" and w[-3] != "ا"
