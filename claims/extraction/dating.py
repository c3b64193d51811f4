"""Dates and cables.

The date mentions and cable references of the text, indexed by token
(``index_dates``), and for each quote the date that governs its statement
(``date_for``: the cue clause, a fronted adverbial, the event or dateline
it belongs to, the previous quote's) and its cable reference
(``cable_for``).  A mixin of ``engine._Extractor``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from datetime import date as _date
from datetime import timedelta
from itertools import compress, count, pairwise
from operator import attrgetter, itemgetter

from claims.extraction import dates as _dates_module
from claims.extraction import lexicon as lx
from claims.extraction import sentences as _sentences_module
from claims.extraction import words as _words_module
from claims.extraction.cables import iter_cable_refs
from claims.extraction.dates import DateMention, find_dates, token_digit_runs
from claims.extraction.quotes import QUOTE_MARKS
from claims.extraction.types import (
    ANONYMOUS,
    DOCUMENT,
    ORGANIZATION,
    PERSON,
)
from claims.extraction.words import (
    _ACCORDING_TO,
    _CALL_NEXT,
    _CANDIDATE_KEYS,
    _CLAUSE_BREAKS,
    _CLAUSE_PUNCT,
    _COMMAS,
    _CONJ_FRONTING,
    _DAY_WORDS,
    _DEED,
    _DURING,
    _EMBASSIES,
    _EVENTS_TOLD,
    _FRONTING_OR_CONJ,
    _GO_ON,
    _IN,
    _IN_IT,
    _IN_STATEMENT,
    _LATER,
    _NOT_TODAY,
    _ONE_OF,
    _PLURAL_DOCUMENTS,
    _QUOTE_MARK_SET,
    _SENTENCE_END,
    _SOURCE_HEADS,
    _SOURCE_OPENERS,
    _SPEAKING_AT,
    _TIME_UNITS,
    _Attribution,
    _base,
    _cue_of,
    _Entity,
    _envoy,
    _key,
    _key_words,
    _lemma_key,
    _Quote,
    _role_words,
    _words,
    normalize_first,
    set_indices,
)

# Called as ``name.method(...)``, so bound here by assignment rather than
# imported: CPython 3.11 compiles a method call on an imported name as an
# attribute load and a call (it takes the name for a module), which makes a
# bound method object on every call, where a module global gets LOAD_METHOD.
MONTHS = _dates_module.MONTHS
WEEKDAYS = _dates_module.WEEKDAYS
ORDINALS = _dates_module.ORDINALS
# relative_to_dateline: "من الشهر الجاري/الحالي/الماضي", the month a day is
# of, counted from the dateline
_MONTH_TOLD_FROM = _words("الجاري الحالي") | _words_module._PAST
_AGENCY_DASH = _words_module._AGENCY_DASH
_AGENCY_EOL = _words_module._AGENCY_EOL
_OUTLET_EOL = _words_module._OUTLET_EOL
_DASH_AFTER = _words_module._DASH_AFTER
_DASH_BEFORE = _words_module._DASH_BEFORE
_DATING_WORDS = _words_module._DATING_WORDS
_EARLIER = _words_module._EARLIER
_DEICTIC_DAYS = _words_module._DEICTIC_DAYS
_SAID_IN_DOCUMENT = _words_module._SAID_IN_DOCUMENT
_EARLIER_OCCASIONS = _words_module._EARLIER_OCCASIONS
_GATHERINGS = _words_module._GATHERINGS
_GATHERING_LABELS = _words_module._GATHERING_LABELS
# gathering_years: a gathering's label, bare or with the article, that a
# year after it may name
_START = attrgetter("start")
_YEAR_NAMERS = _GATHERING_LABELS | frozenset("ال" + w for w in _GATHERING_LABELS)
# gathering_years: the words before the label that make the gathering the
# occasion of the words ("في مؤتمر …", "على هامش قمة …"), not its topic
# ("عن نتائج قمة 2019", "تنظيم ملتقى 2026"; the final read, read22). Not
# speakers' _AT_GATHERING (is_quotation: a gathering's name in marks),
# whose words differ (عبر، على، عقب … there; أمام، افتتاح … here)
_YEAR_OCCASION_WORDS = _words_module._PREP_BEFORE_SUBJECT | _words(
    "هامش ختام افتتاح اختتام فعاليات اعمال وفي وخلال وامام"
)
_IMAM_IN = _words_module._IMAM_IN
_REACTION = _words_module._REACTION
# recorded_occasion_date: statements a document records ("استنادا لأقوال
# أدلى بها")
_REMARK_NOUNS = _words("اقوال لاقوال باقوال الاقوال تصريحات لتصريحات بتصريحات التصريحات")
# "وينقل الدبلوماسي/السفير عن …": the writer of the cable, by his title
_CABLE_WRITERS = _words_module._ENVOYS | frozenset({"الدبلوماسي", "الديبلوماسي"})
_FORMER = _words("سابق السابق سابقا اسبق الاسبق")
_first_item = itemgetter(0)  # (the token of a (tok, entity, hit) cue subject)
# cable_account_goes_on: a side's denial or reply in turn, no more of the
# cable's account
_DENYING = _words("نفي نفت ونفي ونفت نافيا نافيه ينفي تنفي رد ردت ورد وردت ردا")
# an envoy of today, no writer of a leaked cable either ("السفير الأمريكي
# الحالي X", "السفيرة الجديدة"): cable_account_goes_on
_NOT_THE_CABLES = _FORMER | _words("حالي حاليه الحالي الحاليه حاليا جديد جديده الجديد الجديده")
_CABLE_OWNERS = _words_module._CABLE_OWNERS
_CABLE_AUTHORS = (
    _CABLE_WRITERS
    | _words_module._EMBASSIES
    | _words("الدبلوماسيون الدبلوماسيين الديبلوماسيون الديبلوماسيين")
)
_HIS_SAYING = _words_module._HIS_SAYING
_OF_THEM = _words_module._OF_THEM
_OCCASION_WORDS = _words_module._OCCASION_WORDS
_RELATIVES = _words_module._RELATIVES
_BARE_THAT = _words_module._BARE_THAT
_RELATIVES_OR_WHAT = _RELATIVES | {"ما"}
_NOT_AFTER_WHAT = _words_module._NOT_AFTER_WHAT
_WHAT_AS_CONJUNCTION = _words_module._WHAT_AS_CONJUNCTION
_TIME_PREPOSITIONS = _words_module._TIME_PREPOSITIONS
_VERB_KINDS = _words_module._VERB_KINDS
_SAME = _words_module._SAME
_YEAR_NOUNS = _words_module._YEAR_NOUNS
_SAME_FIRST_IN = _words_module._SAME_FIRST_IN
_qualified_by_year_noun = _words_module._qualified_by_year_noun
# document_told_before: a document or an occasion named again with the
# article ("وجاء في البيان", "وفي الحوار قال"), folded
_TOLD_AGAIN = frozenset(
    "ال" + w
    for w in (lx.DOCUMENT_HEADS | lx.EVENT_NOUNS | lx.WRITTEN_PIECES) - lx.RELAYING_DOCUMENTS
    if w[:2] != "ال"
)
_SIDELINES = _words_module._SIDELINES
_THEN = _words_module._THEN
_TIME_OR_THEN = _words_module._TIME_OR_THEN
_TIME_WORDS = _words_module._TIME_WORDS
_TIME_WORD_BIT = _words_module._TIME_WORD_BIT
_SAME_BIT = _words_module._SAME_BIT
_DATE_START_BIT = _words_module._DATE_START_BIT
_TRIGGER_BIT = _words_module._TRIGGER_BIT
_YEAR_LEADS = _dates_module.YEAR_LEADS
_OCCASION_BIT = _words_module._OCCASION_BIT
_WRITTEN = _words_module._WRITTEN

# in_relative: a relative clause after a gathering may date it ("أمام
# المؤتمر، الذي انطلقت أعماله الثلاثاء …"): the verbs by which it tells its
# holding, all past ("الذي انطلقت أعماله", "الذي عقده"; not "الذي سيعقد في
# …": one to come; not "الذي تأسس في …", "التي كانت مقررة في …": another
# moment of it), and the words that tell another sitting of it ("الذي
# انطلقت دورته الأولى في …")
_HOLDING_VERBS = _words(
    "عقد عقده عقدها عقدته عقدت عقدوا عقداه انعقد انعقدت انطلق انطلقت اختتم "
    "اختتمت افتتح افتتحت افتتحه افتتحها نظم نظمت نظمه نظمها نظمته نظمتها جري "
    "جرت بدا بدات استضاف استضافت استضافه استضافها احتضن احتضنت احتضنه احتضنها "
    "اقيم اقيمت التام التامت شهد شهدت استمر استمرت تواصل تواصلت انتهي انتهت"
)
_OTHER_SITTING = _words("الاولي الاول اولي اول السابق السابقه موعده موعدها")
# gathering_before_relative: words that end a gathering's phrase
_NOT_OF_PHRASE = _words("مع من في علي الي عن بين لدي عند امام حول بشان ضد")
# occasions of speech a relative clause may date ("الجلسة التي عقدت في …")
_RELATIVE_DATED_OCCASIONS = frozenset(
    {"التحقيقات", "التحقيق", "الجلسه", "الاجتماع", "اللقاء", "المقابله", "المحاكمه", "الندوه"}
)

# event_anchors: the words that open an anchor (_ANCHOR_FIRST, in words.py:
# a bit of the constructor's per-token lookup), and the ruling read out
_AT_ONCE = _words_module._AT_ONCE
_ANCHOR_FIRST = _words_module._ANCHOR_FIRST
_ANCHOR_BIT = _words_module._ANCHOR_BIT
_RULING_READ = {"النطق": "بالحكم", "صدور": "الحكم"}
# an embedded post's signature right before its date: "(@handle)", or a
# Facebook post's as pages print it without its frame, "Posted by X on
# Tuesday," (folded to lower case)
_POST_STAMP = re.compile(r"\(@\w+\)\s*$|\bposted by [^\n]*\bon (?:[a-z]+, )?$")
# "من جانبه", "ومن جهتها", "بدوره": another's word in turn
_FROM_SIDE = _words("من ومن")
_IN_TURN = _words("بدوره بدورها بدورهم وبدوره وبدورها وبدورهم")
_TURN_NEXT = _words_module._TURN_NEXT
_DEMONSTRATIVES = _words_module._DEMONSTRATIVES
# the present of "provides" ("تنص المادة 5 على أن"): a legal text in force
_PROVIDES = _words("ينص تنص وينص وتنص")
# gathering_dated: a gathering's label, and the words of a document's own
# date before a date
_GATHERING_NAMERS = _words_module._GATHERING_NAMERS
_DOCUMENT_DATING = _DATING_WORDS | _words("تاريخ بتاريخ وبتاريخ تاريخها تاريخه")
# "بعد ذلك", "في لقائه الأخير": a later meeting (occasion_opening after a
# document's lead)
_LAST_OR_AFTER = _words("بعد وبعد الاخير الاخيره")
_ENVOYS = _words_module._ENVOYS


def _nisba(t: str) -> str | None:
    """A definite adjective of origin ("الامريكي", "الامريكيه", folded),
    the same for both genders; None for any other word."""
    if t[:2] == "ال" and len(t) > 4:
        if t[-2:] == "يه":
            return t[:-1]
        if t[-1] == "ي":
            return t
    return None


# said_lately: a day word after these is an outlet's name ("لصحيفة اليوم
# السابع", "قناة الغد"), not the day he spoke (folded, glued لـ too)
_OUTLET_NOUNS_BEFORE_A_DAY = ("صحيفه", "جريده", "قناه", "اذاعه", "موقع")
# "lately" (folded مؤخرا), a time of speaking the text does not tell (said_lately)
_LATELY_WORD = "موخرا"
# كان opening a pluperfect ("وكان X قد قال")
_WAS_FORMS = _words("كان كانت كانوا وكان وكانت وكانوا فكان فكانت")
# "وسبق أن أوضح X", "سبق له أن قال", "سبق وأن صرح": had said before (pluperfect)
_HAD_BEFORE = _words("سبق وسبق فسبق")
_HAD_THAT = _words("ان وان")
# tail_date: the tokens after a quote it reads for a date, at most (with no
# "، وذلك" in the text); date_for's pre-test reads the same window
_TAIL_WINDOW = 8
# date_for: "أبلغه", "أخبرني", "أبلغ له": a verb of telling whose object is
# the one who tells it on (its lemma, the pronouns glued to it, the
# preposition and pronoun after it)
_INFORM_LEMMA = _words_module._WordTable(
    lambda lemma: _words_module.normalize(lemma) in _words_module._INFORM
)
_TOLD_PRONOUNS = ("ه", "ها", "ني", "نا")
_TO_HIM = _words("له لها لي لنا")
# date_for: how many sentences after the cable's last dated words its writer,
# named again, goes on at its date with no time told since
_AUTHOR_GOES_ON = 6
# occasion_in_clause: "في مقابلة", "في خطاب": a talk of one's own (folded)
_OWN_OCCASIONS = _words_module._OWN_OCCASIONS
# said_now_or_elsewhere: a word of now after a preposition is no time of the
# words ("في اليوم نفسه", "حتى الآن", "منذ أمس")
_SAID_NOW = _words_module._SAID_NOW
_BEFORE_NOW = _words("في وفي حتي منذ الي من")
# occasion_told_before: the prepositions that name the occasion of the words
# in a cue clause ("عقب حفل تقديم أوراق اعتماده", "خلال مراسم توقيع …"), and
# the ceremony's nouns before the occasion's own words
_OCCASION_AFTER = _words("عقب وعقب بعد وبعد خلال وخلال اثناء واثناء لدي ولدي اثر")
_CEREMONY_NOUNS = _words("حفل حفله احتفال مراسم مراسيم")
# this_occasion_date: "وخلال هذا اللقاء", "وفي ذلك الاجتماع" (folded)
_THIS_OCCASION_OPENERS = _words("خلال وخلال في وفي اثناء واثناء")
# "خلال المؤتمر", "أثناء المحادثات": an occasion that may span days, its
# first day not the words' (but "خلال مراسم توقيع …", a ceremony: one day)
_DURING_SPAN = _words("خلال وخلال اثناء واثناء لدي ولدي")
# "بعد انتهاء الجلسة", "عقب رفع الجلسة": its end, right after it
_GATHERING_ENDS = _words("انتهاء نهايه رفع اختتام")

# in_apposition: words that open a time adverbial set off by commas
_APPOSITION_TIME_OPENERS = _words(
    "في وفي منذ خلال حتي قبل بعد يوم سنه عام العام مساء صباح اواخر مطلع بدايه نهايه اثناء"
)
# refers_to_document: "في برقيته/برقيتها", its writer's cable
_OWNED_CABLES = _words_module._OWNED_CABLES
# date_for: "اليوم الموالي/التالي", a weekday (day_named)
_NEXT = _words("الموالي التالي")
# date_for: one of a gathering's participants ("أحد المحتجين"), quoted at it
# (read on the role as printed: one regex search, no normalising)
_PARTICIPANT_RX = re.compile("(?:ال)?(?:محتج|متظاهر|معتصم|مشارك)(?:ين|ون|ات|ة|ه)?(?!\\w)")
# document_dated_in: "(التي) تعود إلى 20 أغسطس 2009", a document's date
_DATES_BACK = _words("تعود وتعود يعود ويعود ترجع وترجع يرجع ويرجع")
# "الأحد 23 جمادى الآخرة 1447هـ الموافق 14 ديسمبر 2025م": a Hijri date and
# the Gregorian day it falls on (day_named)
_CORRESPONDING = _words("الموافق الموافقه")
# today_corresponds: "في مثل هذا اليوم", a day remembered, not today
_THIS_OR_SUCH = _words("هذا مثل")
_DAY_NAMED = frozenset(WEEKDAYS) | _words("اليوم")
# the tokens days_named reads as one of _DAY_NAMED: a word of it, or one
# with و glued (a token of more than four letters opening with و is read
# without it), so that a C pass finds them (speed32)
_DAY_NAMED_TOKENS = frozenset(
    d for d in _DAY_NAMED if not (d[:1] == "و" and len(d) > 4)
) | frozenset("و" + d for d in _DAY_NAMED if len(d) > 3)
_NOT_PAST = _words("المقبل القادم")
# "الماضي", "المنصرم", "الفائت" (gone by): a past period from the dateline
_PAST = _words_module._PAST
# before a weekday: tomorrow's ("غدا السبت"), a day to come, not a day told
_TOMORROW = _words("غدا وغدا")
_TODAY_OR_YESTERDAY = _words("امس اليوم")
# verbs of meeting and talks, past (folded, with و/ف): "التقى X يوم …"
_MEETING_VERBS = _words_module._MEETING_VERBS
# met_in_cable_words: a meeting named by its noun ("في اجتماع …", "لقاء")
_MEETING_NOUNS = _words_module._MEETING_NOUNS
# a meeting told by a verb of holding and the meeting, its object ("عقد
# الرئيس اجتماعا مع …", "أجرى الوزير محادثات مع …"), folded, with و/ف
_HELD = _words_module._with_prefixes(_words("عقد عقدت عقدا عقدوا اجري اجرت اجريا اجروا"))
_MEETINGS_HELD = _words("اجتماعا لقاء لقاءا محادثات مباحثات مشاورات")
# how far after its verb (or the meeting held) a meeting's own date may
# stand: the people met and a place may come first ("التقى الوزير نظيره
# الألماني في برلين يوم 3 مارس"); further on, a date is more often of
# what the meeting was about ("لمناقشة نتائج الانتخابات المنظمة يوم …":
# the final read, read21, took 30ced9c3's twelve back to eight)
_MEETING_DATE_REACH = 8
# met_at_place: further on, up to this many tokens, the date is the
# meeting's own when the place it was held at stands right before the
# date's lead ("… مع قائد القوات الفرنسية في مرسيليا يوم 14 مايو")
_MEETING_PLACE_REACH = 12
# what ends the meeting verb's own adverbial before its date: a أنّ or a
# relative clause (the date would be of what they tell), a sentence's end,
# or an event before or after it ("لتقييم الوضع بعد أحداث يوم 3 مارس")
_MEETING_DATE_STOPS = (
    _words_module._THAT
    | _RELATIVES
    | _SENTENCE_END
    | _words_module._with_prefixes(_words("بعد قبل منذ"))
)
# what may lead the meeting's own date (or the verb, a comma, a weekday): a
# date after another noun is that noun's genitive ("وقابل الأمير ناجين من
# فيضانات عام 2019": the floods' year, not the meeting's)
_MEETING_DATE_LEADS = (
    _words(
        "في خلال بتاريخ تاريخ يوم ليله صباح مساء ظهر عشيه شهر مطلع اوايل اواخر "
        "منتصف نهايه بدايه اول"
    )
    | frozenset(WEEKDAYS)
    | _words_module._COMMAS
)
# "جاء ذلك خلال افتتاحه اليوم …": the sentence after a statement tells
# the occasion it was made at (wire style); the words that name one
_THAT_CAME = _words_module._THAT_CAME
# tells_own_occasion: where one posts ("على حسابه في تويتر", "تدوينة")
_OWN_CHANNELS = _words(
    "حسابه حسابها صفحته صفحتها تغريده تغريدته تغريدتها تدوينه تدوينته تدوينتها منشور منشوره منشورها"
)
# other_meeting_told: "later" ("في اجتماع لاحق")
_LATER_ON = _words("لاحق لاحقه لاحقا اللاحق اللاحقه")
_LATER_STEP = _words_module._LATER_STEP
# occasion_opening: "another" (another session, another talk)
_ANOTHER = _words("اخري اخر الاخري الاخر ثانيه")
# signed_statement: a statement's heading, alone on the text's first line
_STATEMENT_HEADS = _words("بيان بلاغ")
# speech_told: a speech as an occasion, after خلال/في/أثناء (_DURING: "خلال
# خطابه", "في كلمة ألقاها"; a lecture, an intervention, a sermon: "خلال محاضرة
# ألقاها", "في مداخلة له", "خلال خطبة الجمعة"), bare or with its pronoun
_SPEECHES = _words(
    "خطاب خطابه خطابها كلمه كلمته كلمتها محاضره محاضرته محاضرتها "
    "مداخله مداخلته مداخلتها خطبه خطبته خطبتها عظه عظته عظتها"
)
# occasion_opening: a statement as the occasion of the words, after في
# ("وأكد X، في بيان أصدره يوم الأحد …", "في بيانه", "عبر بلاغ")
# ("وكتب X في تدوينة على صفحته يوم …", "في منشور على حسابه": a post he
# published, as a statement)
_OWN_STATEMENT = _words(
    "بيان بيانه بيانها بلاغ بلاغه بلاغها تدوينه تدوينته تدوينتها تغريده تغريدته تغريدتها "
    "منشور منشوره منشورها"
)
# "في بيان ثان", "في تغريدة لاحقة", and definite after the noun with its
# pronoun ("في بيانه الثاني", "في تغريدتها اللاحقة"): another statement than
# the one told of (right after the statement's noun; not "آل ثاني" in a name)
_SECOND_OR_LATER = _words("ثان ثاني ثانيه الثاني الثانيه") | _LATER_ON
_NORMALIZED = _words_module._NORMALIZED
# "وجاءت تصريحات الشافعي خلال مؤتمر صحفي عقدته الأحد 20 أغسطس 2023": the
# same, its subject the statement itself (occasion_after)
_CAME_FEM = _words("جاءت وجاءت")
_STATEMENT_SUBJECTS = _words(
    "تصريح تصريحه تصريحها تصريحات تصريحاته تصريحاتها التصريحات التصريح "
    "كلمه كلمته كلمتها الكلمه حديث حديثه حديثها الحديث اقوال اقواله اقوالها الاقوال"
)
_THIS_OR_THESE = _words("هذه هذا")
# occasion_after: what tells a time apart from the occasion's ("بعد يومين من
# اجتماع …", "عقب", "إثر"): then the date may be another event's
_APART_IN_TIME = _words("بعد قبل منذ عقب اثر غداه بعيد قبيل وبعد وقبل")
# occasion_phrase_dates: words after an occasion that turn to another event
# ("ندوة حول المشروع", "ردا على قرار", "تزامنا مع ذكرى")
# a reply to what was said before: "ردا على", "في معرض رده على", "تعليقا على"
# verbs of commenting on a thing ("وعلق X على البرقية"), bare, folded
_COMMENTED = _words("علق عقب")
_REPLY_TO = _words("رد رده ردها ردهم ردا تعليق تعليقه تعليقها تعليقا تعقيب تعقيبه تعقيبا جوابا")
_OF_OTHER_EVENT = _words("حول بشان عن تناول تناولت ذكري بذكري تزامنا تزامن ردا تعليقا")
_THAT = _words_module._THAT
# recorded_occasion_date: the words its walk returns at (one set test first)
_RECORDED_STOPS = _THAT | _GATHERINGS | _REMARK_NOUNS
# (and the two of them a walk in a text with no verb of meeting returns at)
_RECORDED_OCCASIONS = _GATHERINGS | _REMARK_NOUNS
# told_now: the reporter's day, words said now ("وقال المتحدث اليوم إن")
_NOW = _TODAY_OR_YESTERDAY
_OCCASION_TALKS = _words(
    "كلمه كلمته كلمتها افتتاح افتتاحه افتتاحها تصريح تصريحات تصريحه تصريحها "
    "مقابله حوار حديثه حديثها تروسه تروسها رعايته رعايتها"
)
# told_outlet: his own talk before the outlet glued to لـ ("في حديثه
# لصحيفة", "في تصريحاته للصحيفة", "في مقابلته مع"; mend37b)
_HIS_TALKS = _OCCASION_TALKS | _OWN_OCCASIONS | _words("تصريحاته تصريحاتها")
# new_occasion: a statement or a post told as another ("في تغريدة أخرى له",
# "في تصريح آخر", "في بيان ثان"), an occasion of its own (dev23d); the three
# sets overlap (بيان تغريدة منشور تدوينة، كلمة تصريح) and each adds its own
# words: the statements and posts with their pronouns, the talks with theirs,
# the other bare statements (خطاب رسالة مقال مداخلة مؤتمر …)
_ANOTHER_HEADS = _OWN_STATEMENT | _OCCASION_TALKS | _words_module._OWN_STATEMENTS
# (ثانية is in both: opening_word takes it alone, as _ANOTHER, and after a
# statement's noun, as _SECOND_OR_LATER)
_ANOTHER_OR_LATER = _ANOTHER | _SECOND_OR_LATER
# new_occasion: the words either of its two tests starts from, in one set
_OCCASION_OR_ANOTHER = _OCCASION_WORDS | _ANOTHER_HEADS
# the occasions a fronted date may date the speaker's words by ("وفي تصريح
# لإذاعة يوم …، قال X", "وخلال مؤتمر صحفي يوم …، أكد X"): a talk of his
_FRONTED_TALKS = _OCCASION_TALKS | _words(
    "تصريحات مقابلته مقابلتها حديث حواره حوارها موتمر ندوه ايجاز لقاء"
)
# met_in_cable_words: an occasion of its own told in the sentence of the
# words quoted from a cable ("وتنقل البرقية عن X قوله في خطاب أمام
# البرلمان", "في مقابلة في الأسبوع التالي"): not the meeting the cable told
_NOT_THE_MEETING = (
    _SPEECHES
    | _OCCASION_TALKS
    | _OCCASION_WORDS
    | _LATER_ON
    | _words("الخطاب مقابلته مقابلتها المقابله اتصاله اتصالها الاتصال التالي التاليه")
)
# gathering_before_relative: "على/إلى" right before a gathering: the one
# commented on or pointed to ("تعليقا على المؤتمر الذي …")
_ON_OR_TO = _words_module._TO_OR_ON
# apart_from_gathering: a talk of one's own, not one's words at a gathering
_TALKS_APART = _words(
    "تصريح تصريحات تصريحه تصريحها مقابله مقابلته مقابلتها حوار حواره حوارها حديث حديثه حديثها"
)
# press_conference_before: "مؤتمر صحافي", "ندوة صحفية", "إيجاز صحفي"
_CONFERENCES = _words("موتمر موتمرا الموتمر ندوه الندوه ايجاز الايجاز لقاء لقاءا اللقاء")
# (words._PRESS_ADJECTIVES but for the feminine of إعلامي and radio and
# television, with and without the article, and the masculine accusative)
_PRESS_DEFINITE = _words_module._PRESS_ADJECTIVES - _words(
    "الاعلاميه الاذاعي الاذاعيه التلفزيوني التلفزيونيه"
)
_PRESS = (
    _PRESS_DEFINITE
    | frozenset(w[2:] for w in _PRESS_DEFINITE)
    | frozenset(w[2:] + "ا" for w in _PRESS_DEFINITE if w[-1] != "ه")
)
# earlier_or_apart: a source who asks not to be named ("طلب عدم ذكر اسمه")
_HIS_NAME = _words("اسمه اسمها هويته هويتها")


# _fronted_dates: the tokens that may start a clause (the others are skipped
# in one tight loop)
_BREAKS_OR_CONJ_FRONTING = _CLAUSE_BREAKS | _CONJ_FRONTING
# document_dated_later: a single document introduced indefinite ("برقية")
_SINGLE_DOCUMENTS = _words("برقيه وثيقه رساله مذكره")
# document_dated_later: one of them, definite, opening a later sentence, and
# the verbs that tell when it was sent or written ("التي تم إرسالها في")
_THE_DOCUMENTS = frozenset("ال" + w for w in _SINGLE_DOCUMENTS)
# (tokens past which a look back over a sentence goes through an index)
_LONG_STRETCH = 200
_SENDING = _words(
    "ارسالها ارسلت ارسلتها ارسلها المرسله كتبت كتبها المكتوبه اعدت اعدها حررت تحريرها بعثت"
)
# same_document: "ذات البيان", "نفس الوثيقة"
_SAME_BEFORE = _words_module._SAME_BEFORE
_SAME_OR_THAT_BEFORE = _words_module._SAME_OR_THAT_BEFORE
# while_after_quote: "«…» فيما قال Y"
_WHILE = _words("فيما بينما")
# index_dates: "ذكرى", the remembrance of a dated event
_REMEMBRANCE = _words_module._ANNIVERSARY | _words("ذكراه ذكراها")
# index_dates: an anniversary, "بمرور 100 عام على تأسيس الجيش عام 1925"
# (the passing of years since an event, with على), "بمئوية تأسيس الجامعة
# عام 1925", "اليوبيل الذهبي لتأسيس …": the date is of the event counted
# from, not of the celebration nor of words said at it
_PASSING = _words("مرور بمرور لمرور ومرور وبمرور")
# (folded: ئ is ي)
_JUBILEES = _words("ميويه الميويه بميويه لميويه وميويه اليوبيل باليوبيل لليوبيل")
_ANNIVERSARY = _PASSING | _JUBILEES
_ANNIVERSARY_REACH = 10  # tokens from the anniversary's word to the date, at most
# index_dates: events a date names as theirs ("أحداث 7 أيار 2008", "ثورة 14
# جانفي", "هجمات 11 سبتمبر", "نتائج الانتخابات النيابية في 7 حزيران 2009"):
# the day of a past event, never of words said about it
_PAST_EVENTS = _words_module._PAST_EVENTS
# met_at_place: what no word from the meeting's verb to its place may be: a
# topic (حول، بشأن …), a past event ("ضحايا التفجير في مرفأ بيروت يوم …":
# the place and the date are the event's), or the victims of one ("ضحايا
# الفيضانات في مدينة درنة يوم …": the place after "ضحايا X" is X's)
# (_VICTIMS: the victims of an event, see event_owns_date)
_VICTIMS = _words_module._VICTIMS
_NO_MEETING_PLACE = _OF_OTHER_EVENT | _PAST_EVENTS | _words_module._TOPIC_OR_CAUSE | _VICTIMS
# met_at_place: an incident or a contest there too ("أهالي المعتقلين خلال
# المظاهرات في مدينة X يوم …", "الفائز بكأس العالم في X يوم …": kw27), but
# not one on whose sidelines the meeting was held ("على هامش بطولة …")
_MEETING_OTHER_EVENTS = frozenset(
    p + w for w in _words_module._MEETING_OTHER_EVENTS for p in ("", "و", "ب", "ل", "وب", "ول")
)
_SIDELINES_ONLY = _words("هامش وهامش")
# event_owns_date: the victims of an event named after them (_VICTIMS:
# "ضحايا التفجير"), and what ties an event to the people met: a preposition
# of place, time or cause before it ("المتضررين من الحريق", "المعتقلين
# خلال المظاهرات"; not of topic: "حول/بشأن/عن الانتخابات", what the meeting
# or the people's charge is about) or بـ/لـ glued to it ("بكأس العالم",
# "وبالانتخابات"; not "بطولة")
_EVENT_TIES = _words("في من خلال اثناء ابان جراء بسبب")
# … but not after a participle of concern or charge ("الصحفيين المهتمين
# بالانتخابات", "المكلفين بتنظيم البطولة"): the event is the people's
# subject, not one they suffered, took part in or won (words._CONCERNED)
_CONCERNED = _words_module._CONCERNED
_EVENT_WORDS = _PAST_EVENTS | _MEETING_OTHER_EVENTS
_EVENTS_GLUED = frozenset(
    t
    for t in _EVENT_WORDS
    if (t[:1] in "بل" and t[1:] in _EVENT_WORDS)
    or (t[:2] in ("وب", "ول") and t[2:] in _EVENT_WORDS)
)
# met_at_place: a seat of office, where the meeting is held and no such
# event is (words._MEETING_SEATS)
_MEETING_SEATS = _words_module._MEETING_SEATS
# met_at_place: the place a meeting is held at, glued to بـ (words._MEETING_VENUES)
_MEETING_VENUES = _words_module._MEETING_VENUES
# met_at_place: a country or a capital glued to بالـ ("بالقاهرة يوم …")
_COUNTRIES = _words_module._COUNTRIES
_TOWNS_WITH_ARTICLE = _words_module._TOWNS_WITH_ARTICLE
# counted_into_date: a span of days find_dates counts into the date after it
# ("بعد يوم على … في 14 آذار 1978"), and its units
_DAY_SPAN = _dates_module._DAY_SPAN
_SPAN_DAYS = _dates_module._SPAN_DAYS
# not_counted_from: the words of a span of days before an event (dates._DAY_SPAN)
_DAY_SPANS = _words("يوم يومين ايام يوما اسبوع اسبوعين غداه وغداه عشيه وعشيه")
# names_event: "المقرر في", "في موعدها في": the date an event is set for
_SCHEDULED = _words(
    "المقرر المقرره المزمع المزمعه المرتقب المرتقبه المنتظر المنتظره موعد موعده موعدها موعدهم"
)
# starts_from: "ابتداء من", "اعتبارا من", "بدءا من": the day a measure takes effect
_STARTING = _words("ابتداء وابتداء اعتبارا واعتبارا بدءا وبدءا")
# pluperfect_without_qad: what makes كان a copula before a time clause
_CLAUSE_OPENING_TIME = _words("حين حينما عندما لما اذ ان وان بان")
_CUES = lx.CUES


def _past_form(tok: str, lemma: str) -> bool:
    """``tok``, a form of the verb of saying ``lemma``, is its past: a
    present form opens with ي, or with ت where the past does not ("تعلن",
    "تتحدث"; not "تحدثت")."""
    if tok[:1] == "و" and lemma[:1] != "و":
        tok = tok[1:]
    first = tok[:1]
    if first == "ي":
        return False
    return first != "ت" or (lemma[:1] == "ت" and tok[1:2] != "ت")


# own_header_date: the papers whose words quoted may open with their date;
# document_dated_later files where any of them stands in a long sentence
_CORRESPONDENCE = _SINGLE_DOCUMENTS | _THE_DOCUMENTS
# press_release_label: "بيان صحفي", "بلاغ إعلامي" opening the line of its date
_PRESS_LABELS = _words("صحفي صحافي اعلامي")
# lead_tells_day: how many tokens after the stamp its lead is looked for in
_LEAD_REACH = 80
# stamp_day: a page's pointer to other articles ("اقرأ أيضا:", sentences.py)
_RELATED_LABEL = _sentences_module._RELATED_LABEL
# words of a text that tells of leaked or archived papers (stamp_day reads
# _PAPERS and _LEAKED below)
_ARCHIVES = _words("برقيه البرقيه برقيات البرقيات وثيقه الوثيقه وثايق الوثايق ويكيليكس")
# (stamp_day: the site's name alone tells of no papers: "قال موقع ويكيليكس،
# اليوم الأربعاء، إن …", the organisation speaking on the day; with a word
# of leaked papers beside it, "رسائل مسربة", "التسريبات", it does; dev18d)
_PAPERS = _ARCHIVES - {"ويكيليكس"}
_LEAKED = _words("مسربه المسربه مسربتين تسريبات التسريبات مراسلات المراسلات")
# refers_to_document: "إحدى هذه البرقيات", one of the papers told of
_THESE = _words_module._THESE

# closing_dateline: what may stand before a text's closing date on its line
# (a place and في, a label: "الخرطوم في", "نشر بتاريخ"), and after it (the
# era, the agency in brackets: "م (سونا)")
_CLOSING_HEAD = re.compile(r"[ \t\u00a0]*(?:[^\W\d]+[ \t\u00a0:،,\-–—]*){0,3}")
_CLOSING_TAIL = re.compile(
    r"[ \t\u00a0]*(?:م\b[ \t\u00a0]*)?(?:\([^()\n]{1,30}\)[ \t\u00a0]*)?[.\-–—]?\s*$"
)
# tail_date: a conjunction that opens a clause of another event after the
# quote ("بعدما تولى السلطة عام 1999", "قبل أن …", "منذ أن …")
_TIME_CLAUSE_OPENERS = _words("بعدما قبلما عندما حينما وبعدما وعندما وحينما")
_BEFORE_AFTER = _words("بعد قبل منذ وبعد وقبل ومنذ")
# index_dates: an outlet's name after a dateline's date, ending its line: its
# head without the article, then one or two words ("راديو X", "قناة X Y")
_OUTLET_NAME_EOL = re.compile(r"[ \t]+([^\W\d_]+)(?:[ \t]+[^\W\d_]+){1,2}[ \t]*(?:\n|$)")
# since_event: "since", counting from an event the clause names
_SINCE = _words("منذ ومنذ")
_DAY_WORD = _words("يوم")
_THAT_VERB = _words("ان")
# web_stamp: a clock time right after a date ("2010/12/23 الساعة 04:06",
# "01/12/2010 الساعة: 20:03", "28 Aug 2017 ساعة 21:18", "29 نونبر 2019 على
# الساعة 13:00", "08-01-2018 22:39", "| 10:35"), looked for in the top of the
# page only
_CLOCK = re.compile(
    # ("2026-02-21T19:17+0000": an ISO stamp, its time glued by T)
    r"(?:[tT]|[ \t]*(?:[|،,\-–—][ \t]*)?(?:(?:(?:علي|عند|في)[ \t]*)?(?:ال)?ساعه[ \t]*:?[ \t]*)?)"
    r"[0-2]?\d:[0-5]\d(?!\d)"
    # or its hour and minutes told in words after الساعة, ending the line,
    # as some sites stamp a page ("3 مارس 2021 الساعة 9 و5 دقائق", "الساعة
    # 18 و40 دقيقة"; not a time in a sentence, "يوم … الساعة 8 و30 دقيقة
    # صباحا في …")
    r"|[ \t]*(?:[|،,\-–—][ \t]*)?(?:(?:علي|عند|في)[ \t]*)?(?:ال)?ساعه[ \t]+[0-2]?\d[ \t]+و[ \t]*"
    r"[0-5]?\d[ \t]*(?:دقيقه|دقايق)[ \t]*(?=\n|$)"
)
# or right before it ("تاريخ النشر : 14:14 - 2025/01/20"), searched up to the date
_CLOCK_BEFORE = re.compile(r"(?<!\d)[0-2]?\d:[0-5]\d(?::[0-5]\d)?[ \t]*(?:[|،,\-–—][ \t]*)?$")
# or opening the date's line with its half of the day ("12:54 م 09/10/2025",
# as Egyptian sites stamp a page under its byline; not "عند الساعة 10:15 م
# 14/03/2024" in a sentence's body), matched from the line's head to the date
_CLOCK_HALF_HEAD = re.compile(
    r"[ \t]*[0-2]?\d:[0-5]\d(?::[0-5]\d)?[ \t]*(?:ص|م|am|pm)[ \t]+(?:[|،,\-–—][ \t]*)?"
)
# or the label of its update right after it, as wires stamp a page
# ("09.10.2024 - محدث : 10.10.2024", "12/03/2023 | آخر تحديث:")
_UPDATED = re.compile(r"[ \t]*[|،,\-–—][ \t]*(?:(?:ال)?محدث|(?:اخر[ \t]+)?(?:ال)?تحديث)[ \t]*:")


# published_at: a date written as one word, its month's name between
# hyphens ("02-نوفمبر-2023"), as a site's publishing system stamps a page
_HYPHENED_DATE = re.compile(r"\d{1,2}-[^\W\d_]+-\d{4}")


def _stamped_after(folded: str, end: int) -> bool:
    """A clock time (_CLOCK) or the label of an update (_UPDATED) follows
    the date ending at ``end``: a page's stamp."""
    return _CLOCK.match(folded, end) is not None or _UPDATED.match(folded, end) is not None


def _clock_before(folded: str, line: int, start: int) -> int:
    """Where the clock time right before the date starting at ``start``
    begins (_CLOCK_BEFORE, _CLOCK_HALF_HEAD), or -1."""
    clock = _CLOCK_BEFORE.search(folded, line, start)
    if clock is not None:
        return clock.start()
    return line if _CLOCK_HALF_HEAD.fullmatch(folded, line, start) is not None else -1


_STAMP_REACH = 1500
# web_stamp: what may stand before a stamp's weekday ("في الخميس 11 سبتمبر")
_STAMP_WEEKDAY_LEADS = _words("في يوم")
# published_at: the labels of a page's publication stamp ("تاريخ النشر:",
# "نشر في", "نُشر بتاريخ", "آخر تحديث", and the date line a page store
# prints over the text it kept: "date 2025-12-15 أعرب …")
_PUBLISHED = _words("النشر نشر تحديث التحديث date")
# a publication label's words before its weekday and date ("• تاريخ النشر:
# الإثنين، 05 سبتمبر 2022", "آخر تحديث للخبر: …")
_STAMP_LABEL = _PUBLISHED | _words("تاريخ بتاريخ اخر الخبر للخبر المقال للمقال يوم في ونشر")
# published_at: the word that opens a newspaper's issue line ("جريدة عمان
# الأربعاء 20 يوليو 2016")
_NEWSPAPERS = _words("جريده صحيفه")
# published_at: a byline's name before the stamp's weekday ("كتب: X Y
# الأحد 27 نوفمبر 2022"), opened by its label or a given name
_BYLINE_LABELS = _words("كتب كتبت بقلم")
_GIVEN_NAMES = _words_module._GIVEN_NAMES
# recorded_occasion_date: the verbs of a document's coming out, whose date
# is no meeting's ("نشرها موقع ويكيليكس في …")
_PUBLISHING = _words_module._PUBLISHING
# the rest of a stamp's line that makes it a wire dispatch's dateline: the
# place and the agency in slashes or brackets ("رام الله/سما/", "الدوحة (د
# ب أ)", "عمان - بترا")
_WIRE_PLACE = re.compile(
    r"[ \t]*(?:\w+[ \t]+)?\w+[ \t]*"
    r"(?:/[^/\n]{2,12}/|\([^()\n]{2,12}\)|[-–—][ \t]*\w{2,6})[ \t]*[-–—:]?[ \t]*\n"
)
# agency_after: what a bracket after a date may hold that is no agency
_NOT_AGENCIES = _words("محدث محدثه تحديث صور بالصور فيديو بالفيديو حصري عاجل")
# agency_after: the agency's name in slashes or brackets right after the
# date, where no place follows ("أبوظبي في 21 نوفمبر 2023 / وام /", "طرابلس
# 20 أيار 2024 (أ ف ب) -"): letters only, as agencies' short names are
_AGENCY_MARKED = re.compile(
    r"[ \t]*(?:م[ \t]+)?(?:/[ \t]*[^\W\d_]{1,8}(?:[ \t]+[^\W\d_]{1,8}){0,2}[ \t]*/"
    r"|\([ \t]*[^\W\d_]{1,8}(?:[ \t]+[^\W\d_]{1,8}){0,2}[ \t]*\))"
)


def _may_be_pluperfect(toks: list[str], first: int, c: int) -> bool:
    """pluperfect's first tests, for the cue at ``c`` of the sentence from
    ``first``: أنّ ("وسبق أن قال") or قد right before the cue, or كان opening
    the sentence. A necessary condition, which pluperfect itself reads first
    and its callers read before the call (most cues fail it): a new form of
    the pluperfect goes here (mend30c, for speed30b's inline pre-tests)."""
    return toks[c - 1] in _HAD_THAT or toks[c - 1] == "قد" or toks[first] in _WAS_FORMS


def _another_complement(words: list[str], toks: list[str], p: int, end: int) -> bool:
    """Whether the occasion's words, matched at toks[p] by a pair, run on
    alike by one word at least ("مع") and then part ("تونس" / "المغرب"): the
    same kind of occasion with another complement, not the one told."""
    i = next(i for i in range(len(words) - 1) if (words[i], words[i + 1]) == (toks[p], toks[p + 1]))
    for n, w in enumerate(words[i + 2 :]):
        q = p + 2 + n
        if q >= end or not toks[q].isalpha():
            return False
        if toks[q] != w:
            return n > 0
    return False


def _dates_but(found: list[DateMention], test, *args) -> list[DateMention]:
    """The dates of ``found`` that fail ``test(date, *args)`` (a function, not
    a comprehension in date_for: that made the variables it reads cells,
    allocated on every call; and a loop, not one here either)."""
    out = []
    for d in found:
        if not test(d, *args):
            out.append(d)
    return out


def _opens_meeting(t: str) -> bool:
    """met_in_cable_words: a meeting's noun, bare, definite or with a
    pronoun ("اجتماع", "الاجتماع الذي عقد", "لقائه بـ"), or a verb of
    meeting ("التقى X في …")."""
    if t in _MEETING_VERBS:
        return True
    t = _base(t)
    if t[:2] == "ال":
        t = t[2:]
    elif t[-1:] == "ه":
        t = t[:-1]
    elif t[-2:] == "ها":
        t = t[:-2]
    return t in _MEETING_NOUNS or t == "لقاي"  # (لقائه, لقائها folded)


class _Dating:
    """Dates and cable references (mixin of engine._Extractor)."""

    __slots__ = ()  # (see engine._Extractor)

    # -- dates ---------------------------------------------------------------

    def index_dates(self) -> None:
        doc = self.doc
        self.date_token_index: dict[int, DateMention] = {}
        # (for the dates and the cable references)
        runs = token_digit_runs(
            doc.folded,
            doc.toks,
            doc.starts,
            doc.ends,
            self.vocab,
            self.kinds.translate(_DATE_START_BIT),
        )
        folded = doc.folded
        # the offsets of the tokens a date may start at, from the
        # constructor's per-token bits (but a token the constructor rewrote,
        # "إمام", no longer spells the text: then every position is tried)
        starts = None if _IMAM_IN(doc.text) else list(compress(doc.starts, self._date_starts()))
        mentions = find_dates(folded, digit_runs=runs, starts=starts)
        if not self.vocab.isdisjoint(_YEAR_NAMERS) and (years := self.gathering_years(mentions)):
            mentions = sorted(mentions + years, key=_START)
        toks = doc.toks
        tok_starts = doc.starts
        n = self.n
        in_quote = self.in_quote
        index = self.date_token_index
        # the first tokens of dates a dating word introduces ("المؤرخة في",
        # "بتاريخ"): a document's date (dated_document)
        self.dated_docs: list[int] = []
        anniversary = not _ANNIVERSARY.isdisjoint(self.vocab)
        # (starts_from reads a word of _STARTING before the date: most
        # articles have none, and its call per date is spared)
        starting = not _STARTING.isdisjoint(self.vocab)
        for d in mentions:
            if (
                d.start
                and folded[d.start - 1] in _QUOTE_MARK_SET
                and folded[d.end : d.end + 1] in _QUOTE_MARK_SET
            ):
                # a date alone in marks is a name ("حركة «6 أبريل»", "قوى
                # "14 آذار""), of a movement or an event, not a time of the text
                continue
            k = bisect_left(tok_starts, d.start)
            if not _REMEMBRANCE.isdisjoint(toks[k - 4 if k > 4 else 0 : k]):
                # "خلال منتدى لإحياء ذكرى مجازر 17 أكتوبر 1961": the date a
                # remembrance names is of the event remembered, not of the text
                continue
            if k > 1 and self.names_event(k):
                continue
            if anniversary and self.anniversary_of(k):
                continue
            if starting and k > 2 and self.starts_from(k):
                continue
            if (
                k > 1
                and d.iso
                and not d.relative
                and not in_quote[k]
                and (
                    toks[k - 1] in _DATING_WORDS
                    or (toks[k - 1] == "في" and toks[k - 2] in _DATING_WORDS)
                )
            ):
                self.dated_docs.append(k)
            end = d.end
            while k < n and tok_starts[k] < end:
                index[k] = d
                k += 1
        self.date_tokens = sorted(index)
        self.post_stamps: tuple[int, ...] = ()
        # a dateline: "تونس (الشروق) – 25 نوفمبر 2023", "طرابلس 20 أيار/مايو 2024 (أ ف ب) -",
        # or a web timestamp: "السبت 18 أكتوبر 2025 | 10:35"
        self.dateline: _date | None = None
        self.dateline_end = None  # (a run-in dateline) where its lead starts
        self.dateline_tok = -1  # the token of the date that may be the dateline
        lead_stamp = -1  # (the token of a stamp that closes the lead's line)
        if self.date_tokens:
            first = self.date_tokens[0]
            d = self.date_token_index[first]
            if d.iso is None:
                # "التعليم الثانوي: إضراب يوم 24 فيفري …" then "تونس 5 فيفري
                # 2026 (وات) -": a headline's date without its year is no
                # dateline; the first full date may be
                for k in self.date_tokens:
                    if self.date_token_index[k].iso is not None:
                        first, d = k, self.date_token_index[k]
                        break
            j = bisect_left(doc.starts, d.end)
            if (
                j + 1 < n
                and doc.toks[j] in _CORRESPONDING
                and (g := self.date_token_index.get(j + 1)) is not None
                and g.iso is not None
            ):
                # "جدة 10 رجب 1447 هـ الموافق 30 ديسمبر 2025 م واس": a Hijri
                # date with its month named, then the Gregorian day it falls
                # on, which the dateline's tests read (as when the Hijri
                # date was not read at all)
                first, d = j + 1, g
            self.dateline_tok = first
            folded = doc.folded
            # (also on the first line after a headline: "مسقط، 14 أكتوبر 2025
            # (العمانية) -", a few words into its line)
            line = folded.rfind("\n", 0, d.start) + 1
            # (the ".." of a headline, "يدخل حيز التنفيذ.. و5 آلاف درهم",
            # separates its halves, it ends no sentence)
            before = folded[line : d.start]
            if "." in before:
                before = before.replace("...", "").replace("..", "")
            if (
                d.precision == "day"
                and (line < 300 or (line < 1200 and self.press_release_label(line, first)))
                and "." not in before
            ):
                # "الرياض 24 جمادى الآخرة 1447 هـ الموافق 15 ديسمبر 2025 م
                # واس": the Hijri date first, then its Gregorian equivalent
                hijri = first > 0 and doc.toks[first - 1] == "الموافق"
                if (
                    d.start - line < 40
                    and (
                        first - bisect_left(doc.starts, line) <= 5
                        or hijri
                        # ("• تاريخ النشر: الإثنين، 05 سبتمبر 2022": a
                        # publication label, its weekday and the date)
                        or (
                            first - bisect_left(doc.starts, line) <= 8
                            and not _PUBLISHED.isdisjoint(
                                doc.toks[bisect_left(doc.starts, line) : first]
                            )
                            # (only the label's words: not "موعد نشر النتائج:
                            # الإثنين، 05 سبتمبر 2022", "نشر في الجريدة الرسمية
                            # يوم …": another event's date)
                            and all(
                                not t.isalpha() or t in _STAMP_LABEL or t in WEEKDAYS
                                for t in doc.toks[bisect_left(doc.starts, line) : first]
                            )
                        )
                    )
                    and (
                        any(ch in folded[d.end : d.end + 4] for ch in "\n(-–—/|")
                        or _AGENCY_DASH.match(folded, d.end) is not None
                        # ("2025 م واس" at the end of its line: the era, the agency)
                        or _AGENCY_EOL.match(folded, d.end) is not None
                        # ("15 يناير 2019 راديو X" ending its line: the outlet)
                        or (
                            (m := _OUTLET_NAME_EOL.match(folded, d.end)) is not None
                            and m[1] in lx.OUTLET_HEADS
                        )
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
                    if tail is not None or dash is not None or hijri:
                        self.dateline = _date.fromisoformat(d.iso)
                        self.dateline_end = tail.end() if tail is not None else d.end
            if self.dateline is None and d.precision == "day" and first <= 2:
                # "date 2025-10-14 نائب: …": a full date that opens the text,
                # a label at most before it, is the page's stamp
                self.dateline = _date.fromisoformat(d.iso)
            if (
                self.dateline is None
                and d.precision == "day"
                and (d.start < 600 or self.today_corresponds(first, d))
            ):
                # "قررت السلط الجهوية تعليق الدروس اليوم الأربعاء 3 ديسمبر
                # 2025": the lead tells which day "today" is, a dateline for
                # the "اليوم", "صباح اليوم" of the account after it
                k = first - 1
                toks = doc.toks
                if k >= 3 and toks[k] == "ل" and toks[k - 1] in _CORRESPONDING:
                    k -= 1  # "الموافق لـ 10 ديسمبر 2019": لـ set apart (mend29b)
                if k >= 2 and toks[k] == "(":
                    k -= 1  # "اليوم الاحد (14 نيسان 2024)": the date in brackets
                elif (
                    k >= 3
                    and toks[k] in _COMMAS
                    and toks[k - 1] in WEEKDAYS
                    and (toks[k - 2] == "اليوم" or toks[k - 2] == "امس")
                ):
                    # "اليوم الثلاثاء، 15 تشرين الثاني 2022", "أمس الخميس، 5
                    # ديسمبر 2019،": set off by a comma, as in brackets (only
                    # after اليوم or أمس: "موعد النشر: الإثنين، 5 …" is
                    # another event's day)
                    k -= 1
                elif k >= 3 and toks[k] in _CORRESPONDING and toks[k - 1] in WEEKDAYS:
                    # "اليوم الأربعاء الموافق 6 مارس 2024": the weekday, then
                    # "corresponding to" and its date, the same day spelt out
                    k -= 1
                elif (
                    k >= 4
                    and toks[k] in _CORRESPONDING
                    and toks[k - 1] in _COMMAS
                    and toks[k - 2] in WEEKDAYS
                ):
                    # "اليوم الثلاثاء، الموافق 10 ديسمبر 2019م": set off by a
                    # comma too (dev29d)
                    k -= 2
                if k >= 1 and toks[k] in WEEKDAYS:
                    k -= 1
                if (
                    k >= 0
                    and toks[k] == "اليوم"
                    and (
                        "." not in folded[line : d.start]
                        # ("وقال X في حوار اليوم الأربعاء 11 أوت 2021" after
                        # the lead: today named with its weekday, which the
                        # date agrees with, is the story's day wherever it is)
                        or (
                            k + 1 < first
                            and not self.in_quote[k]
                            and WEEKDAYS.get(toks[k + 1]) == _date.fromisoformat(d.iso).weekday()
                        )
                    )
                ) or (
                    # "أكد المحامي X، الاثنين 8 ماي 2023، أنه …": the lead's own day
                    k + 1 < first and self.lead_own_day(k + 1, d)
                ):
                    self.dateline = _date.fromisoformat(d.iso)
                elif (
                    k == first - 1
                    and k >= 2
                    and toks[k] == "الاول"
                    and toks[k - 1] == "امس"
                    and "." not in folded[line : d.start]
                    and not self.in_quote[k]
                ):
                    # "كشفت الجماعة، يوم أمس الأول 18 ابريل 2020م، عن …": the
                    # lead tells the date of the day before yesterday, so the
                    # page is of two days after it, the day its "أمس الأول"
                    # and "اليوم" count from
                    self.dateline = _date.fromisoformat(d.iso) + timedelta(days=2)
            if (
                self.dateline is None
                and d.precision == "day"
                and d.start < 600
                and not self.in_quote[first]
                and folded[: d.start].rstrip(" \t")[-1:] == "."
                and _OUTLET_EOL.match(folded, d.end) is not None
            ):
                # "صرح الوزير، اليوم الأربعاء، بأن … . 04.03.2026, وكالة X" at
                # the end of the lead's line: the outlet's stamp of the page
                # after its lead, the day its "اليوم" counts from (the lead
                # before it, as before a closing dateline)
                self.dateline = _date.fromisoformat(d.iso)
                lead_stamp = first
            if (
                d.precision == "day"
                # (also when a dateline's tests took the signature's short
                # line for one: "Posted by X Y on March 4, 2024")
                and (
                    self.dateline is None or (lead_stamp < 0 and self.dateline.isoformat() == d.iso)
                )
                and _POST_STAMP.search(folded, folded.rfind("\n", 0, d.start) + 1, d.start)
            ):
                # "— سانا (@Sana__gov) July 31, 2025": the first full date of a
                # text with no dateline is an embedded post's, posted the day
                # the story tells of: the day of its "اليوم"
                self.dateline = _date.fromisoformat(d.iso)
                # (and no time the account tells: the words after it go on
                # in the same time, has_date_in)
                self.post_stamps = tuple(k for k in self.date_tokens if index[k] is d)
        if self.date_tokens and (
            folded.find(":", 0, _STAMP_REACH) != -1
            # (a clock time told in words, _CLOCK's "الساعة 9 و5 دقائق")
            or folded.find("ساعه", 0, _STAMP_REACH) != -1
        ):
            self.web_stamp(mentions)
        # (the lead is before the stamp: the text's first words)
        self.dateline_at_end = lead_stamp >= 0 and self.dateline_tok == lead_stamp
        if self.date_tokens and (
            self.dateline is None or self.date_token_index.get(self.dateline_tok) is mentions[-1]
        ):
            # (also the text's only date, at its end, taken for a dateline
            # at its top: the lead is before it)
            self.closing_dateline(mentions)
        if self.dateline is not None and self.weekday_disagrees():
            # "Wednesday 6 November 2024" over "حمّل النائب، اليوم الثلاثاء،":
            # the stamp is the day the page was read, not the article's
            late = self.posted_next_day()
            self.dateline = None
            # "تاريخ النشر : 00:08 - 2021/07/02" then "علّق مساء اليوم الخميس
            # غرة جويلية 2021 …": the lead's today (or yesterday), named
            # with its weekday and a full date that agrees, tells the story's
            # day (a page posted after midnight, or read later)
            self.today_in_lead(mentions)
            if self.dateline is None and late is not None:
                self.dateline = late
        self._time_moves: list[int] | None = None
        self._time_words: set[str] | None = None
        self._has_then: bool | None = None
        self._has_earlier: bool | None = None  # (earlier_occasion: "سابق", "لاحق")
        # (stamp_day: the story's day, False when leaked papers are told of)
        self._stamp_ok: str | bool | None = None
        # (told_to_own_outlet: the words of the outlet named in brackets or
        # marks right after the dateline's date, () when none)
        self._own_outlet: tuple[str, ...] | None = None
        # "date 2018-05" opening the text: a page store's label that knows
        # the page's month only (month_stamp_for)
        self.month_stamp: str | None = None
        if (
            self.dateline is None
            and self.date_tokens
            and self.date_tokens[0] == 1
            and doc.toks[0] == "date"
            and (d := self.date_token_index[1]).precision == "month"
            and not d.relative
        ):
            self.month_stamp = d.iso
        self._related_at: int | None = None  # (stamp_day: -1 for none)
        self._same_at: list[int] | None = None  # (refers_to_document)
        self._thats: list[int] | None = None  # (known_that_subject)
        self._document_toks: list[int] | None = None  # (document_dated_later)
        self._issuer_memo: tuple | None = None  # (statement_issuer)
        self._nisba_lasts: dict | None = None  # (nisba_lasts)
        self._persons: list[_Entity] = []  # (run() fills these as it reads)
        self._person_words: dict[str, list[_Entity]] | None = None  # (persons_with_word)
        self._person_loose: dict = {}  # (persons_holding_or_within)
        self._person_first: dict = {}  # (persons_named_after)
        self._person_after: dict | None = None  # (persons_named_before)
        self._after_filed = 0
        self._persons_filed = 0
        self._person_at: dict[int, int] = {}
        self._entities: list[_Entity] = []
        self._cue_subjects: list = []  # (tok, entity, cue hit)
        self._fronted: dict[int, list[tuple[int, DateMention]]] = {}
        self._lead: tuple[int, str, str | None] | bool | None = False  # (event_lead)
        # (document_told_before: the nouns told with the article and without)
        self._told_doc: frozenset | bool | None = None
        self._has_same: bool | None = None  # (date_for: "اليوم نفسه" in the text)
        self.met_quote: str | None = None  # the date met_in_document gave
        self._has_day_words: bool | None = None  # (date_for: a weekday, "اليوم الموالي")
        self._has_meeting: bool | None = None  # (meeting_date: a verb of meeting in the text)
        self._has_held: bool | None = None  # (meeting_date: a meeting held, "عقد اجتماعا")
        self._breaks: list[int] | None = None  # (in_event)
        self._anchors: list[int] | None = None  # (event_anchors)
        self._clause_marks: list[int] | None = None  # (in_relative)
        self._that_toks: list[int] | None = None  # (after_that)
        self.cables = list(iter_cable_refs(doc.folded, runs))
        self._cable_starts = [c[0] for c in self.cables]  # (cable_near: in order)

    def names_event(self, k: int) -> bool:
        """The date at token ``k`` names a past event as its own: right after
        the event's noun ("أحداث 7 أيار", "ثورة 14 جانفي") or after في and
        the noun with up to two adjectives ("الانتخابات النيابية في 7
        حزيران 2009"), or the day an event is set for ("المقررة في 12
        مايو", "في موعدها في أيار 2026")."""
        toks = self.doc.toks
        if toks[k - 1] in _PAST_EVENTS:
            return self.not_counted_from(k - 1)
        if toks[k - 1] != "في" and toks[k - 1] != "يوم":
            return False
        if toks[k - 2] in _SCHEDULED and not self.in_quote[k - 2]:
            # "الانتخابات المقررة في 12 مايو", "إجراء الانتخابات في موعدها
            # في أيار 2026": the day an event is set for
            return self.not_counted_from(k - 2)
        if toks[k - 1] == "يوم":
            return False
        for j in range(k - 2, k - 5 if k > 4 else -1, -1):
            t = toks[j]
            if t in _PAST_EVENTS:
                return not self.in_quote[j] and self.not_counted_from(j)
            if not "ال" <= t < "ام" or t in _CLAUSE_PUNCT:
                return False
        return False

    def anniversary_of(self, k: int) -> bool:
        """The date at token ``k`` is of the event an anniversary counts
        from ("احتفال بمرور 100 عام على تأسيس الجيش عام 1925", "بمئوية
        تأسيس الجامعة عام 1925"): an anniversary's word a few tokens before
        it in its clause (after مرور, the على of what the years pass since),
        not the day of the celebration ("احتفال أقيم يوم 12 مارس 2024 بمرور
        …", the date before it, is dev29d's near miss)."""
        toks = self.doc.toks
        if toks[k] in WEEKDAYS or (k and toks[k - 1] in WEEKDAYS):
            # "خلال الاحتفال باليوبيل الذهبي يوم الخميس 12 مارس 2024": a
            # weekday tells the celebration's own day (mend29b)
            return False
        on = False
        for j in range(k - 1, max(k - _ANNIVERSARY_REACH, 0) - 1, -1):
            t = toks[j]
            if t in _CLAUSE_PUNCT or self.in_quote[j]:
                return False
            if t == "علي":
                on = True
            elif t in _ANNIVERSARY:
                return on or t in _JUBILEES
        return False

    def today_corresponds(self, first: int, d: DateMention) -> bool:
        """The date ``d`` at token ``first``, past the lead, spells out
        today: "اليوم" and its weekday, which the date agrees with, then
        "الموافق" (after a comma or none) and the date ("وترأس الملك اليوم
        الثلاثاء، الموافق 10 ديسمبر 2019م، اجتماع …" in the last
        paragraph), outside marks: the story's day, told late (dev29d)."""
        toks = self.doc.toks
        k = first - 1
        if k > 0 and toks[k] == "ل":
            # "الموافق لـ 10 ديسمبر 2019": the Maghrebi لـ set apart (mend29b)
            k -= 1
        if k < 3 or toks[k] not in _CORRESPONDING or self.in_quote[k]:
            return False
        k -= 1
        if toks[k] in _COMMAS:
            k -= 1
        return (
            k >= 1
            and toks[k - 1] == "اليوم"
            and WEEKDAYS.get(toks[k]) == _date.fromisoformat(d.iso).weekday()
            # (not "في مثل هذا اليوم الثلاثاء الموافق …": a day in the past
            # the text remembers; mend29b)
            and not (k >= 2 and toks[k - 2] in _THIS_OR_SUCH)
        )

    def press_release_label(self, line: int, first: int) -> bool:
        """The line from offset ``line`` opens with a press release's label
        right before the date at token ``first`` ("بيان صحفي (الخميس 23
        فبراير 2023)", "بلاغ صحفي - …"): the release's stamp, however long
        the headlines that sum it up above it."""
        toks = self.doc.toks
        k = bisect_left(self.doc.starts, line)
        return (
            toks[k] in _STATEMENT_HEADS
            and k + 1 < first
            and toks[k + 1] in _PRESS_LABELS
            and first - k <= 5
        )

    def starts_from(self, k: int) -> bool:
        """The date at token ``k`` is the day something starts from
        ("الإضراب ابتداء من 12 مارس", "اعتبارا من (1 يناير 2024)"): the day
        a measure or a strike takes effect, not the day of the telling."""
        toks = self.doc.toks
        j = k - 1
        if toks[j] == "(":
            j -= 1
        return j > 0 and toks[j] == "من" and toks[j - 1] in _STARTING and not self.in_quote[j]

    def not_counted_from(self, j: int) -> bool:
        """No span of days counts from the event named at ``j`` ("قبل يوم
        من الاقتراع المقرر في 9 حزيران", "غداة الانتخابات في …": the
        statement's day is counted from the event's, dates.find_dates)."""
        return _DAY_SPANS.isdisjoint(self.doc.toks[j - 5 if j > 5 else 0 : j])

    def today_in_lead(self, mentions: list[DateMention]) -> None:
        """The dateline from the first "اليوم"/"أمس" + weekday + full date
        near the top ("مساء اليوم الخميس 1 جويلية 2021", "مساء يوم أمس
        الجمعة 27 أوت 2021"), outside marks, when the weekday agrees with
        the date: that day, or the day after it for "أمس"."""
        toks = self.doc.toks
        starts = self.doc.starts
        for d in mentions:
            if d.start > 600:
                return
            if d.precision != "day" or d.relative:
                continue
            k = bisect_left(starts, d.start)
            # ("انطلق أمس الخميس (5 ديسمبر 2019)": the date in brackets, or
            # after a comma, "أمس الخميس، 5 ديسمبر 2019،")
            w = k - 2 if k >= 3 and (toks[k - 1] == "(" or toks[k - 1] in _COMMAS) else k - 1
            if (
                w >= 1
                and toks[w - 1] in _TODAY_OR_YESTERDAY
                and not self.in_quote[k]
                and WEEKDAYS.get(toks[w]) == _date.fromisoformat(d.iso).weekday()
            ):
                # ("مساء يوم أمس الجمعة 27 أوت 2021": the page is of the day after)
                self.dateline = _date.fromisoformat(d.iso) + timedelta(days=toks[w - 1] == "امس")
                self.dateline_tok = k
                return

    def _date_starts(self) -> bytes:
        """1 for each token a date may start at: one that opens a date
        (dates.opens_date), and a year's trigger before one or before
        another trigger ("في 2009", "في العام 2009"; not "في الساحل", where
        the regex would be tried in vain), from the constructor's bits; of
        those triggers, only one before a token that opens with a year or a
        year word (dates.YEAR_LEADS: not "في 16 مارس", "في نهاية 2009",
        where the regex fails at the trigger and matches at the next
        token)."""
        kinds = self.kinds
        opening = kinds.translate(_DATE_START_BIT)
        trigger = kinds.translate(_TRIGGER_BIT)
        if 1 not in trigger:
            return opening
        # (bytes of 0/1 as integers: "before" is the next byte, a shift by 8)
        o = int.from_bytes(opening, "little")
        t = int.from_bytes(trigger, "little")
        tried = t & ((o | t) >> 8) & ~o  # (the triggers before either)
        if not tried:
            return opening
        # (a failed try of the regex at a trigger costs about what a date
        # found does: ~5 an article on the bench, "في 16 مارس")
        n = len(opening)
        starts = bytearray((o | tried).to_bytes(n, "little"))
        toks = self.doc.toks
        marks = tried.to_bytes(n, "little")
        k = marks.find(1)
        while k != -1:
            if not toks[k + 1].startswith(_YEAR_LEADS):
                starts[k] = 0
            k = marks.find(1, k + 1)
        return starts

    def web_stamp(self, mentions: list[DateMention]) -> None:
        """A web page's time stamp near its top: a full date with its clock
        time, at the head of its line ("آخر تحديث: 2010/12/23 الساعة 04:06",
        "كتب: X الإثنين 08-01-2018 22:39", "21-12-2010 02:47 PM"), or with
        the label of its update after it ("X, Y | 09.10.2024 - محدث :
        10.10.2024", a wire's byline), tells
        when the article was published, the day its "أمس", "اليوم" and
        weekdays count from.  It wins over a date line before it: a site's
        header shows the day the page was read, not the article's."""
        folded = self.doc.folded
        starts = self.doc.starts
        # (the end of the short lines after a stamp found: a second stamp
        # there may be the article's, see below)
        window = -1
        for d in mentions:
            if d.start > _STAMP_REACH or 0 <= window < d.start:
                return
            if d.precision != "day" or d.relative:
                continue
            line = folded.rfind("\n", 0, d.start) + 1
            if d.start - line > 48 and not self.headline_before(line, d.start):
                continue
            head = d.start  # where the stamp's date and time begin
            if not _stamped_after(folded, d.end):
                head = _clock_before(folded, line, d.start)
                if head < 0 and (window < 0 or not self.labelled_published(line, d.start)):
                    continue
                if head < 0:
                    # "SAT, 21 FEB 2026 02:00" over the headline, then "نشر
                    # في 12 فبراير 2026": the header's clock, then the date
                    # the article went up, labelled, with no clock of its own
                    head = d.start
            k = bisect_left(starts, d.start)
            h = bisect_left(starts, head)
            if h == k and h > 0 and self.doc.toks[h - 1] in WEEKDAYS:
                # "X Y Z - دمشق في الخميس 11 سبتمبر 2025 09:15 -": the
                # weekday, and the في before it, are the stamp's own; the
                # writer's name and the place before them (a byline) are
                # the words counted
                h -= 1
                if h > 0 and self.doc.toks[h - 1] in _STAMP_WEEKDAY_LEADS:
                    h -= 1
            if (
                h - bisect_left(starts, line) <= 6 or self.headline_before(line, d.start)
            ) and "." not in folded[line : d.start]:
                if window >= 0:
                    if d.iso < self.dateline.isoformat():
                        self.dateline = _date.fromisoformat(d.iso)
                        self.dateline_tok = k
                    return
                self.dateline = _date.fromisoformat(d.iso)
                self.dateline_tok = k
                # "آخر تحديث :السبت-18 مايو 2024-03:21م" over the headline,
                # then "الجمعة - 13 فبراير 2015 - 06:58 ص": a site's header
                # shows the time the page was read, later than the
                # article's own stamp under its headline; with only short
                # lines between (no paragraph of the story yet), an earlier
                # stamp after it is the article's
                window = folded.find("\n", d.end)
                while window != -1:
                    e = folded.find("\n", window + 1)
                    if e == -1 or e - window > 120:
                        break
                    window = e
                if window == -1:
                    return

    def labelled_published(self, line: int, start: int) -> bool:
        """The words on the line before the date at ``start`` hold a label
        of publication ("نشر في", "تاريخ النشر:", "آخر تحديث:")."""
        starts = self.doc.starts
        before = self.doc.toks[bisect_left(starts, line) : bisect_left(starts, start)]
        return not _PUBLISHED.isdisjoint(before)

    def headline_before(self, line: int, start: int) -> bool:
        """The words on the stamp's line before its date (at ``start``),
        but a weekday, are the headline, which another line of the page
        prints alone ("توتر أحد ضباط … العسكرية السبت 26 01 2019 14:16"
        between two lines "توتر أحد ضباط … العسكرية"): a scraper joined
        the title and the stamp of the page on one line."""
        folded = self.doc.folded
        words = folded[line:start].split()
        if words and words[-1] in WEEKDAYS:
            words.pop()
        if len(words) < 3:
            return False
        title = " ".join(words)
        return any(
            " ".join(other.split()) == title
            for other in folded[: start + 400].split("\n")
            if len(other) < len(folded[line:start]) + 2
        )

    def closing_dateline(self, mentions: list[DateMention]) -> None:
        """A full date alone on the text's last line, after a place at most
        ("الخرطوم في 24-8-2019م (سونا)", a wire's closing line; "13/09/2017"
        under a page's share buttons): the day the text was filed or put
        up, from which its "أمس", "اليوم" and weekdays count, when nothing
        at its top gave one."""
        d = mentions[-1]
        if d.precision != "day" or d.relative or d.iso is None:
            return
        folded = self.doc.folded
        if _CLOSING_TAIL.match(folded, d.end) is None:
            return
        line = folded.rfind("\n", 0, d.start) + 1
        if line == 0 or not _CLOSING_HEAD.fullmatch(folded, line, d.start):
            return
        k = bisect_left(self.doc.starts, d.start)
        if self.in_quote[k]:
            return
        self.dateline = _date.fromisoformat(d.iso)
        self.dateline_tok = k
        self.dateline_at_end = True

    def weekday_disagrees(self) -> bool:
        """The first "اليوم/أمس" + weekday of the text, outside marks, names
        another weekday than the dateline's day (or the day before it)."""
        folded = self.doc.folded
        starts = self.doc.starts
        toks = self.doc.toks
        for word, back in (("اليوم ", 0), ("امس ", 1)):
            i = folded.find(word)
            while i != -1:
                k = bisect_left(starts, i)
                if (
                    k + 1 < self.n
                    and starts[k] == i
                    and not self.in_quote[k]
                    and (wd := WEEKDAYS.get(toks[k + 1])) is not None
                ):
                    return wd != (self.dateline - timedelta(days=back)).weekday()
                i = folded.find(word, i + 1)
        return False

    def posted_next_day(self) -> _date | None:
        """The day before the stamp, when the stamp has its clock time (a
        page's posting time) and the text's first "اليوم" + weekday names
        the day before it: "الأربعاء 27 ديسمبر 2017 02:47:36" over "في
        مواجهة البحرين اليوم الثلاثاء", a story of Tuesday posted after
        midnight or the next day; None otherwise (another weekday: the
        stamp is the day the page was read)."""
        stamp = self.date_token_index.get(self.dateline_tok)
        if stamp is None:
            return None
        folded = self.doc.folded
        line = folded.rfind("\n", 0, stamp.start) + 1
        if not _stamped_after(folded, stamp.end) and _clock_before(folded, line, stamp.start) < 0:
            return None
        starts = self.doc.starts
        toks = self.doc.toks
        before = self.dateline - timedelta(days=1)
        i = folded.find("اليوم ")
        while i != -1:
            k = bisect_left(starts, i)
            if (
                k + 1 < self.n
                and starts[k] == i
                and not self.in_quote[k]
                and (wd := WEEKDAYS.get(toks[k + 1])) is not None
            ):
                return before if wd == before.weekday() else None
            i = folded.find("اليوم ", i + 1)
        return None

    def has_date_in(self, a_tok: int, b_tok: int) -> bool:
        # (a date inside a quotation, "«… منذ 1994»", tells no time of the text)
        tokens = self.date_tokens
        k = bisect_left(tokens, a_tok)
        while k < len(tokens) and tokens[k] < b_tok:
            if not self.in_quote[tokens[k]] and tokens[k] not in self.post_stamps:
                return True
            k += 1
        return False

    def time_told_in(self, a_tok: int, b_tok: int) -> bool:
        """has_date_in, but past the dates told in passing (aside): "وأشار
        X إلى الاتفاق الذي وقع في 2015" between two of his quotes tells the
        time of the agreement, not a time the account moves to."""
        tokens = self.date_tokens
        k = bisect_left(tokens, a_tok)
        while k < len(tokens) and tokens[k] < b_tok:
            i = tokens[k]
            k += 1
            if self.in_quote[i] or i in self.post_stamps:
                continue
            d = self.date_token_index[i]
            if d.iso is None or not self.aside(d, self.sent_first[self.sent[i]]):
                return True
        return False

    def told_in_that(self, first: int, cue_tok: int | None) -> bool:
        """The cue at ``cue_tok`` is in an أنّ clause of its sentence (from
        ``first``): read by date_for only where a day named or a dateline
        may date the words, not for every quote."""
        return (
            cue_tok is not None
            and cue_tok > first
            and not _THAT.isdisjoint(self.doc.toks[first:cue_tok])
            and self.that_before(first, cue_tok)
        )

    def that_teller(self, first: int, cue_tok: int) -> _Entity | None:
        """The subject of the last verb of saying in [first, cue_tok): who
        tells, in his أنّ clause, the words of the cue at ``cue_tok``."""
        for tok, e, _hit in reversed(self._cue_subjects):
            if tok < first:
                return None
            if tok < cue_tok:
                return e
        return None

    def talk_in_relative(self, d: DateMention, upto: int) -> bool:
        """A relative clause between the fronted date ``d`` and token
        ``upto`` tells a talk of its own ("وفي عددها الصادر في 12 فبراير
        1971 نشرت الصحيفة التغطية التي أشاد بها الملك في حواره الأول معها،
        حيث قال"): the words are of that later talk, not of the date."""
        toks = self.doc.toks
        k = bisect_left(self.doc.starts, d.start)
        if _RELATIVES.isdisjoint(toks[k:upto]) or _TALKS_APART.isdisjoint(toks[k:upto]):
            return False
        in_quote = self.in_quote
        relative = False
        for m in range(k, upto):
            if in_quote[m]:
                continue
            t = toks[m]
            if t in _RELATIVES:
                relative = True
            elif relative and t in _TALKS_APART and toks[m - 1] == "في":
                return True
        return False

    def told_by_another(self, ent: _Entity, first: int, cue_tok: int) -> bool:
        """The cue at ``cue_tok`` is in the أنّ clause of someone else's
        verb of saying ("كاشفا أن الأخير دعاه إلى «…»"): words another
        speaker tells at the event were said before it, on no day told."""
        if not self.told_in_that(first, cue_tok):
            return False
        teller = self.that_teller(first, cue_tok)
        return teller is not None and teller is not ent

    def that_before(self, a: int, b: int) -> bool:
        """An أنّ outside marks in [a, b) whose clause runs on to ``b`` (a
        verb of saying there is its clause's, "أن الرئيس قال"; not a
        participle after a comma, "أن تكون البلدية قصرت، قائلا:")."""
        toks = self.doc.toks
        in_quote = self.in_quote
        hit = self.cue_hits.get(b)
        if hit is not None and hit.cue.kind == lx.PARTICIPLE:
            return False
        for k in range(b - 1, a - 1, -1):
            t = toks[k]
            if in_quote[k]:
                continue
            if t in _THAT:
                return True
            if t in _CLAUSE_PUNCT:
                return False
        return False

    def then_before_that(self, a: int, b: int) -> bool:
        """A word of "then" (حينها) in [a, b) before the first أنّ there."""
        toks = self.doc.toks
        for k in range(a, b):
            t = toks[k]
            if t in _THAT:
                return False
            if t in _THEN:
                return True
        return False

    def in_relative(self, d: DateMention, a: int) -> bool:
        """The date ``d`` is in a relative clause opened after token ``a``
        and not closed by a comma before it."""
        toks = self.doc.toks
        k = bisect_left(self.doc.starts, d.start) - 1
        if k - a > 48:
            # (a long way back, as in a paragraph of dates with no comma: to
            # the last relative or clause mark at once, found from their
            # places filed once; fuzz19: each date walked to the start)
            marks = self._clause_marks
            if marks is None:
                ends = (_RELATIVES | _CLAUSE_PUNCT).__contains__
                marks = self._clause_marks = list(compress(count(), map(ends, toks)))
            j = bisect_right(marks, k) - 1
            k = marks[j] if j >= 0 else -1
        while k >= a and k >= 0:
            t = toks[k]
            if t in _RELATIVES:
                # (but "اعترف في التحقيقات التي جرت في 9 أبريل": the relative
                # dates the occasion the words were said at)
                if k > 0 and toks[k - 1] in _RELATIVE_DATED_OCCASIONS:
                    return False
                if (
                    toks[k + 1] in _SPEAKING_AT
                    or (toks[k + 1] in _WAS_FORMS and toks[k + 2] in _SPEAKING_AT)
                ) and "عن" not in toks[k + 2 : bisect_left(self.doc.starts, d.start)]:
                    # "قال الوزير، الذي كان يتحدث في ندوة يوم 3 مارس 2024،
                    # إن": the speaker speaking at the occasion it dates (not
                    # "الذي كان يتحدث عن أحداث مارس 2011": what he spoke of)
                    return False
                if (
                    d.precision == "day"
                    and toks[k + 1] in _HOLDING_VERBS
                    and _OTHER_SITTING.isdisjoint(
                        toks[k + 2 : bisect_left(self.doc.starts, d.start)]
                    )
                    and self.gathering_before_relative(k)
                ):
                    # "في كلمته أمام المؤتمر، الذي انطلقت أعماله الثلاثاء 9
                    # يناير 2024، أن", "في المؤتمر الصحفي الذي عقده الخميس
                    # 18 مايو 2023": the day of the gathering he spoke at
                    # (not "الذي سيعقد في …": one to come)
                    return False
                return not self.document_dated_in(k, d)
            if t in _CLAUSE_PUNCT:
                return False
            if t == "ما" and self.free_relative(k):
                # "خلال ندوة نظمها لمراجعة ما أنجزته البلدية سنة 2019": "what it
                # did", a free relative, and the time of that deed (not a
                # date a dating word gives what it tells of, "حول ما ورد
                # برسالة بتاريخ 8 مارس": the thing's, as document_dated_in)
                at = bisect_left(self.doc.starts, d.start)
                return _DATING_WORDS.isdisjoint(toks[at - 3 if at > 3 else 0 : at])
            k -= 1
        return False

    def placed_at_gathering(self, ent: _Entity, sid: int, q: _Quote) -> tuple[str, str] | None:
        """The date of a gathering told in one of the three sentences before
        ``sid`` in the clause of a quote it dated (a gathering word, then
        the date, before the أنّ or the quote), when ``ent`` is named in that
        clause after the gathering word ("خلال اجتماع عقده مع أعضاء المجلس
        برئاسة سالم المرزوقي يوم الخميس 15 فبراير 2024") and no date or time
        is told since."""
        toks = self.doc.toks
        last = _NORMALIZED[ent.surface].split()[-1]
        if len(last) < 3:
            return None
        for s0 in range(sid - 1, sid - 4 if sid > 3 else -1, -1):
            said = self.said_dates.get(s0)
            if said is None:
                continue
            a = self.sent_first[s0]
            b = self.sent_first.get(s0 + 1, self.n)
            if _GATHERINGS.isdisjoint(toks[a:b]):
                return None  # (no gathering word: one C-level test, no scan)
            g = next(
                (k for k in range(a, b) if toks[k] in _GATHERINGS and not self.in_quote[k]),
                None,
            )
            if g is None:
                return None
            end = g + 1
            while end < b and not self.in_quote[end] and toks[end] not in _THAT:
                end += 1
            if not any(d.iso == said[0] for d in self.dates_between(g, end)):
                return None
            if not self.named_in(ent, g + 1, end):
                return None
            if self.has_date_in(b, q.open_tok) or self.time_moves(b, q.open_tok):
                return None
            if any(
                (t := toks[k]) in _TODAY_OR_YESTERDAY or t in WEEKDAYS
                for k in range(b, q.open_tok)
                if not self.in_quote[k]
            ):
                return None  # ("وقال الموسوي أمس إن": a day of its own)
            return said
        return None

    def named_in(self, ent: _Entity, a: int, b: int) -> bool:
        """``ent`` is named in tokens [a, b): his last name there after his
        first name when the text gave both ("برئاسة نبيل الموسوي"; not "على
        سير الأشغال" for حسن علي, "الوزير علي حسن" for سالم علي, "الأمين
        العام" for محمد الأمين), or his one name with no word with the
        article right before or after it ("الحرم الشريف", "الأمين العام")."""
        toks = self.doc.toks
        words = _NORMALIZED[ent.surface].split()
        last = words[-1]
        if len(last) < 3:
            return False
        for k in range(a, b):
            t = toks[k]
            if t != last and t[1:] != last:
                continue
            if len(words) > 1:
                if k > a and toks[k - 1] in (words[-2], "و" + words[-2]):
                    return True
                continue
            if (k > 0 and toks[k - 1][:2] == "ال" and toks[k - 1] not in lx.TITLES) or (
                k + 1 < self.n and toks[k + 1][:2] == "ال"
            ):
                continue
            return True
        return False

    def apart_from_gathering(self, sid: int, cue_tok: int) -> bool:
        """Sentence ``sid`` tells its words apart from a gathering told
        before: opened by كان ("وكان X قال"), another matter before the cue
        ("وفي سياق آخر، قال"), or a talk of their own outside its quotes
        ("في مقابلة تلفزيونية", "في بيان", "لصحيفة", "على حسابه")."""
        toks = self.doc.toks
        first = self.sent_first[sid]
        if toks[first] in _WAS_FORMS or not _ANOTHER.isdisjoint(toks[first:cue_tok]):
            return True
        return self.talks_outside_quotes(sid, _TALKS_APART)

    def talks_outside_quotes(
        self, sid: int, talks: frozenset, subject_of_that: bool = True, start: int | None = None
    ) -> bool:
        """Sentence ``sid`` names, outside its quotes, a talk of ``talks``,
        a document, an outlet or a channel of one's own (a word, or the
        word after its بـ/لـ/و): apart_from_gathering's and
        tells_own_occasion's test.  With ``subject_of_that`` false, not a
        document right after أنّ ("أكد X أن بيان الوزراء «…»": the subject
        of what he says, no occasion of his)."""
        toks = self.doc.toks
        end = self.sent_first.get(sid + 1, self.n)
        for k in range(self.sent_first[sid] if start is None else start, end):
            if self.in_quote[k]:
                continue
            t = toks[k]
            for w in (t, t[1:]) if t[:1] in "بلو" and len(t) > 3 else (t,):
                if (
                    w in talks
                    or (
                        w in lx.DOCUMENT_HEADS
                        and (subject_of_that or w is not t or not k or toks[k - 1] not in _THAT)
                    )
                    or w in lx.OUTLET_HEADS
                    or w in _OWN_CHANNELS
                ):
                    return True
        return False

    def gathering_before_relative(self, rel: int) -> bool:
        """The relative at ``rel`` follows a gathering (_GATHERINGS), after
        a comma and up to two words of its phrase at most ("المؤتمر، الذي",
        "المؤتمر الصحفي الذي", "مؤتمر التعدين الدولي، الذي"; not "لقاء مع
        الوفد الذي": a preposition, the relative is another noun's)."""
        toks = self.doc.toks
        m = rel - 1
        if m > 0 and toks[m] in _COMMAS:
            m -= 1
        for _ in range(3):
            if m < 0 or not self.is_word[m] or self.in_quote[m]:
                return False
            t = toks[m]
            if t in _GATHERINGS:
                # (not "تعليقا على المؤتمر الذي", "بعد المؤتمر الذي", "حول
                # الاجتماع الذي": the gathering commented on or before his
                # words, not the one he spoke at)
                before = toks[m - 1] if m > 0 else ""
                return not (
                    before in _APART_IN_TIME or before in _OF_OTHER_EVENT or before in _ON_OR_TO
                )
            if t in _NOT_OF_PHRASE or t[:1] == "و":
                return False
            m -= 1
        return False

    def document_dated_in(self, rel: int, d: DateMention) -> bool:
        """The relative at ``rel`` tells of a document (skipping a comma and
        an adjective back to its head) and dates it at ``d``: "كتب السفير في
        البرقية الأولى، التي تحمل الرقم … وتعود إلى 20 أغسطس 2009، أن", the
        date of the words written in it (not "التي نشرها الموقع في 2011")."""
        toks = self.doc.toks
        m = rel - 1
        if m >= 0 and toks[m] in _COMMAS:
            m -= 1
        if m >= 1 and toks[m] not in lx.DOCUMENT_HEADS and toks[m][:2] == "ال":
            m -= 1  # ("البرقية الأولى")
        if m < 0 or _base(toks[m]) not in lx.DOCUMENT_HEADS:
            return False
        k = bisect_left(self.doc.starts, d.start)
        before = toks[k - 3 if k > 3 else 0 : k]
        return not _DATING_WORDS.isdisjoint(before) or (
            len(before) >= 2 and before[-1] == "الي" and before[-2] in _DATES_BACK
        )

    def in_apposition(self, d: DateMention, a: int, b: int) -> bool:
        """The year ``d`` is in an apposition set off by commas inside the
        cue clause [a, b) that opens with no time word: "قال X، أحد وجوه
        الحركة سنة 2008، لـ«…» إن" tells of the speaker, not of the words
        (not "قال الوزير، في تصريح عام 2008، إن")."""
        toks = self.doc.toks
        k = bisect_left(self.doc.starts, d.start)
        m = k + 1
        while m < b and self.is_word[m]:
            m += 1
        if m >= b or toks[m] not in _COMMAS:
            return False
        j = k - 1
        while j > a and self.is_word[j]:
            j -= 1
        if j <= a or toks[j] not in _COMMAS or j + 1 >= k:
            return False
        first = toks[j + 1]
        if first in _APPOSITION_TIME_OPENERS or j + 1 in self.date_token_index:
            return False
        # "وأكد، أثناء اجتماعه بالنائب العام، X Y سنة 2006، أن": the name
        # of the one met goes on with the occasion set off before it, whose
        # time the year tells
        i = j - 1
        while i > a and self.is_word[i]:
            i -= 1
        return not (toks[i] in _COMMAS and i + 1 < j and toks[i + 1] in _APPOSITION_TIME_OPENERS)

    def since_event(self, d: DateMention, a: int) -> bool:
        """The date ``d``, in the cue clause from ``a``, comes after منذ and
        the event it counts from ("في أول زيارة له منذ عودته من المنفى، في
        مارس 2015، أكد أن"): the time of that event, not of the words (not
        after a span, "منذ أسابيع، في 5 مارس 2015", the words' day; nor
        after a public event named by definite words alone, then its day in
        commas opened by يوم, "منذ الانتخابات، يوم 5 مارس 2015،": the day of
        the occasion, as after a span)."""
        toks = self.doc.toks
        k = bisect_left(self.doc.starts, d.start)
        commas = 0
        for j in range(k - 1, max(a, k - 8) - 1, -1):
            t = toks[j]
            if t in _SINCE:
                if j + 2 >= k or toks[j + 1] in _TIME_UNITS:
                    return False
                if toks[k - 1] in _DAY_WORD and toks[k - 2] in _COMMAS:
                    # "منذ الانتخابات التشريعية، يوم …": every word between
                    # منذ and the comma has the article (no verbal noun with
                    # its pronoun, "منذ عودته، يوم …", the event's own day)
                    return not all(w.startswith("ال") for w in toks[j + 1 : k - 2])
                return True
            if t in _COMMAS:
                commas += 1
                if commas > 1:
                    return False
            elif not self.is_word[j] or t in _THAT or self.in_quote[j]:
                return False
        return False

    def after_that(self, d: DateMention, a: int) -> bool:
        """The date ``d`` comes after an أنّ of the cue clause from ``a``
        ("وأكد المصدر أن البنك منذ نقله إلى عدن في منتصف سبتمبر 2016
        «…»"): the time of what the words tell, not of the telling."""
        toks = self.doc.toks
        k = bisect_left(self.doc.starts, d.start)
        in_quote = self.in_quote
        if k - a > 48:
            # (a long clause, as a paragraph of dates with no stop: its أنّ
            # words found from their places, filed once, where each date
            # read every word from ``a``; fuzz19)
            thats = self._that_toks
            if thats is None:
                thats = self._that_toks = list(compress(count(), map(_THAT.__contains__, toks)))
            inside = thats[bisect_left(thats, a) : bisect_left(thats, k)]
            return not all(map(in_quote.__getitem__, inside))
        # (a loop, not a generator, which made toks and in_quote cells)
        for j in range(a, k):
            if toks[j] in _THAT and not in_quote[j]:
                break
        else:
            return False
        return True

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

    def last_date_outside_relative(self, a_tok: int, b_tok: int) -> DateMention | None:
        """The last of dates_between(a_tok, b_tok) not in a relative clause
        opened after ``a_tok`` (in_relative): read back from ``b_tok``, where
        date_for filtered all of them for the last (a sentence of dated
        quotes, its stops lost, was quadratic: fuzz16)."""
        tokens = self.date_tokens
        index = self.date_token_index
        in_quote = self.in_quote
        k = bisect_left(tokens, b_tok) - 1
        seen = None
        while k >= 0 and tokens[k] >= a_tok:
            i = tokens[k]
            d = index[i]
            k -= 1
            if d is seen or not d.iso or d.relative or in_quote[i]:
                continue
            seen = d
            if not self.in_relative(d, a_tok):
                return d
        return None

    def fronted_date(self, first: int, cue_tok: int) -> DateMention | None:
        """The last date of a fronted adverbial ("وفي جانفي 2010،") in the
        sentence before the cue."""
        # (has_date_in, inline)
        tokens = self.date_tokens
        k = bisect_left(tokens, first)
        while k < len(tokens) and tokens[k] < cue_tok:
            if not self.in_quote[tokens[k]] and tokens[k] not in self.post_stamps:
                break
            k += 1
        else:
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
            if (
                clause_start
                and is_word[i]
                and (t in _FRONTING_OR_CONJ or i in date_index)
                and not (
                    i > first
                    and toks[i - 1] in _BARE_THAT
                    and t not in _TIME_PREPOSITIONS
                    and t not in _CONJ_FRONTING
                )
            ):
                # the adverbial runs to the next comma / clause punctuation
                # (but "قال إن عام 2026، سيكون عام الإصلاح، مضيفا أن «…»": a
                # time right after a bare أنّ, no pronoun on it, is the
                # clause's subject, what the words are about, never the
                # time they were said; "أنه يوم 5 أبريل 2019، أبلغ" is one)
                j = i
                found = None
                told = False
                while j < end and toks[j] not in _CLAUSE_PUNCT and not in_quote[j]:
                    d = date_index.get(j)
                    if d is not None and d.iso and not d.relative and not told:
                        found = (j, d)
                    elif toks[j] == "ما" and self.free_relative(j):
                        # "خلال ندوة نظمها لمراجعة ما أنجزته البلدية سنة 2019،": a
                        # time after "what he did" is of that deed, the
                        # words' topic, not of the occasion they were said at
                        told = True
                    j += 1
                if found is not None and not (
                    # ("منذ عودته من المنفى، في مارس 2015،": the event's time)
                    toks[i] in _IN and self.since_event(found[1], first)
                ):
                    out.append(found)
                i = j if j > i + 1 else i + 1  # (not max(): see run())
                clause_start = False
                continue
            if t in _CLAUSE_BREAKS and (in_quote[i] or t not in _QUOTE_MARK_SET):
                # (not the marks of a name, no words said: "الاتهامات التي
                # سيقت إلى "حزب X" في قضية … عام 2020، وقال": the في after
                # them goes on with the object, no fronted adverbial)
                clause_start = True
            elif t in _CONJ_FRONTING and is_word[i]:
                clause_start = True
                continue  # re-examine this token as a clause start
            else:
                clause_start = False
                # (on to the next token that may start a clause: the words
                # between change nothing)
                i += 1
                while i < end and toks[i] not in _BREAKS_OR_CONJ_FRONTING:
                    i += 1
                continue
            i += 1
        return out

    def free_relative(self, k: int) -> bool:
        """The ما at ``k`` opens a free relative, "what (he did)": a word
        follows that is no preposition nor particle (not "ما بين", "ما
        بعد", "ما إذا", "ما زال"), and no time word before it makes it a
        conjunction ("بعد ما", "منذ ما")."""
        toks = self.doc.toks
        return (
            k + 1 < self.n
            and self.is_word[k + 1]
            and toks[k + 1] not in _NOT_AFTER_WHAT
            and (k == 0 or toks[k - 1] not in _WHAT_AS_CONJUNCTION)
        )

    def while_after_quote(self, first: int) -> int:
        """The first token of the sentence before, when the one at ``first``
        opens with فيما/بينما right after a closing quote mark ("أكد X أن «…»
        فيما قال Y": one sentence, broken at the quote); else ``first``."""
        if (
            first > 1
            and self.doc.toks[first] in _WHILE
            and self.in_quote[first - 1]
            and self.doc.toks[first - 1] in _QUOTE_MARK_SET
        ):
            return self.sent_first.get(self.sent[first] - 1, first)
        return first

    def earlier_cue_date(self, first: int, cue_tok: int) -> DateMention | None:
        """The date in the clause of the verb of saying before ``cue_tok`` in
        its sentence (from ``first``), up to its أنّ: the cue is not in that
        أنّ clause (a quote or a comma closes it first), nor is the earlier
        verb in one ("ذكرت الصحيفة أن الوزير قال يوم …": the time of what
        it reports)."""
        # the last date told before the cue (not in a quote, nor a post's
        # stamp), and the last verb before that date: "كشفت وثيقة تعود إلى
        # 1 تشرين الثاني 2006 أن X زار دمشق، ونقل رسالة إلى Y أبلغه فيها أن
        # «…»", a verb between with no date of its own ("نقل رسالة",
        # "أبلغه") goes on at the time of the dated one before it
        tokens = self.date_tokens
        j = bisect_left(tokens, cue_tok) - 1
        while j >= 0 and tokens[j] >= first:
            if not self.in_quote[tokens[j]] and tokens[j] not in self.post_stamps:
                break
            j -= 1
        else:
            return None
        hits = self.hit_toks
        h = bisect_right(hits, tokens[j]) - 1
        if h < 0 or hits[h] < first:
            return None
        k = hits[h]
        toks = self.doc.toks
        in_quote = self.in_quote
        if in_quote[k] or not _THAT.isdisjoint(toks[first:k]):
            return None
        if (
            h + 1 < len(hits)
            and hits[h + 1] < cue_tok
            and self.later_step(first, k, tokens[j], cue_tok)
        ):
            return None
        for m in range(cue_tok - 1, k, -1):
            t = toks[m]
            if in_quote[m] or t in _CLAUSE_PUNCT or t in _QUOTE_MARK_SET:
                break
            if t in _THAT:
                return None  # (the cue is told in the earlier one's أنّ clause)
        end = k + 1
        while end < cue_tok and not in_quote[end] and toks[end] not in _THAT:
            end += 1
        found = _dates_but(self.dates_between(k, end), self.in_relative, k)
        return found[-1] if found else None

    def later_step(self, first: int, k: int, d: int, cue_tok: int) -> bool:
        """earlier_cue_date bridges from the verb at ``k`` dated at ``d``
        over another verb of saying to ``cue_tok``: not when the cue is a
        later step ("…، وأكد أن …، ثم قال", "وبعدها", "لاحقا", "فيما بعد",
        "بعد ذلك"), told at an occasion of its own ("وقال في مقابلة
        تلفزيونية:"), nor from a pluperfect's background ("وكان X قد أعلن
        في DATE …"; mend34e, review B R7)."""
        toks = self.doc.toks
        for m in range(d + 1, cue_tok + 1):
            t = toks[m]
            if t in _LATER_STEP or t in _LATER_ON:
                return True
            if toks[m - 1] in ("بعد", "وبعد", "فيما") and t in ("ذلك", "بعد") and m - 1 > d:
                return True
        if "قد" in toks[first:k] and not _WAS_FORMS.isdisjoint(toks[first:k]):
            return True
        b = cue_tok + 1
        end = min(cue_tok + 12, self.n)
        while b < end and toks[b] not in _THAT and toks[b] != ":" and not self.in_quote[b]:
            b += 1
        return self.occasion_in_clause(cue_tok, b)

    def attribution_after(self, q: _Quote) -> DateMention | None:
        """A date in an attribution clause right after the quote ("…"، كما
        قال X في …)."""
        toks = self.doc.toks
        k = q.close_tok + (1 if q.marked else 0)
        if k >= self.n or toks[k] not in _COMMAS:
            return None
        sid = self.sent[min(q.close_tok, self.n - 1)]
        tokens = self.date_tokens
        j = bisect_left(tokens, k + 1)
        if j == len(tokens) or tokens[j] >= self.sent_first.get(sid + 1, self.n):
            return None  # (no date in the rest of the sentence, where all is read)
        steps = 0
        k += 1
        while k < self.n and steps < 3 and self.sent[k] == sid and not self.in_quote[k]:
            t = toks[k]
            if t in _CANDIDATE_KEYS and t[0] not in "وف":
                hit = self.cue_at(k)
                if hit is not None:
                    end = k
                    while (
                        end < self.n
                        and self.sent[end] == sid
                        and not self.in_quote[end]
                        and toks[end] not in _THAT
                    ):
                        # (up to أنّ: "«…»، مذكرا بأن الاتحاد حذر في بيان
                        # بتاريخ …" dates the statement recalled, not these words)
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
        tokens = self.date_tokens
        j = bisect_left(tokens, k)
        # "«…»، في تصريحات أدلى بها للصحفيين يوم 3 مارس 2023", "«…»، خلال
        # ندوة نظمت يوم …": a comma, then the occasion the words were said at
        occasion = (
            k + 2 < self.n
            and toks[k] in _COMMAS
            and toks[k + 1] in _DURING
            and (
                (w := toks[k + 2]) in _GATHERINGS
                or w in _OCCASION_TALKS
                or w in _OWN_STATEMENT
                or w in _SPEECHES
            )
        )
        if occasion:
            if j < len(tokens) and tokens[j] < k + 14:
                d = self.occasion_date_after(k + 2, tokens[j])
                if d is not None:
                    return d
            return None
        if (j == len(tokens) or tokens[j] >= k + _TAIL_WINDOW) and "وذلك" not in self.vocab:
            # no date token in the eight the scan below reads, nor a "، وذلك"
            # that would take it further: none found
            return None
        sid = self.sent[min(k - 1, self.n - 1)]
        steps = 0
        while k < self.n and steps < _TAIL_WINDOW:
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
            if t in _TIME_CLAUSE_OPENERS or (
                t in _BEFORE_AFTER and k + 1 < self.n and toks[k + 1] in _THAT_VERB
            ):
                # "أصبحت «…» بعدما تولى الملك السلطة عام 1999": a clause of
                # another event, whose date is its own
                return None
            if self.is_word[k] and t[0] in "وف" and len(t) > 2 and steps:
                return None  # a new clause
            if t in _CANDIDATE_KEYS and self.cue_at(k) is not None:
                return None
            steps += 1
            k += 1
        return None

    def occasion_date_after(self, a: int, at: int) -> DateMention | None:
        """The date at token ``at`` that dates the occasion named at token
        ``a`` after a quote (tail_date): a day or time word right before it
        ("يوم", "مساء", a weekday, "في"), the words between with no stop nor
        quote ("في تصريحات أدلى بها للصحفيين يوم 3 مارس 2023"; not "خلال
        ندوة حول أحداث 3 مارس 2011", a date the occasion speaks of)."""
        toks = self.doc.toks
        if toks[at - 1] not in _MEETING_DATE_LEADS:
            return None
        for k in range(a, at):
            if self.in_quote[k] or toks[k] in _SENTENCE_END or toks[k] in _CLAUSE_PUNCT:
                return None
        d = self.date_token_index.get(at)
        return d if d is not None and d.iso and not d.relative else None

    def _moves(self) -> list[int]:
        """The tokens of the article's relative time phrases, found once."""
        moves = self._time_moves
        if moves is None:
            moves = self._time_moves = self._find_time_moves()
        return moves

    def time_moves(self, a_tok: int, b_tok: int) -> bool:
        """A relative time phrase ("بعد عدة أشهر", "لاحقا") in [a_tok, b_tok):
        the statement is no longer at the date stated earlier."""
        moves = self._time_moves  # (_moves(), its memo read inline: asked per quote)
        if moves is None:
            moves = self._moves()
        k = bisect_left(moves, a_tok)
        return k < len(moves) and moves[k] < b_tok

    def moves_besides_then(self, a_tok: int, b_tok: int) -> bool:
        """time_moves, a word of "then" (حينها) not counted: "وبعد عامين،
        قال السفير حينها" moves on, "وقال السفير حينها" does not."""
        moves = self._moves()
        toks = self.doc.toks
        k = bisect_left(moves, a_tok)
        while k < len(moves) and moves[k] < b_tok:
            if toks[moves[k]] not in _THEN:
                return True
            k += 1
        return False

    def time_words(self) -> set[str]:
        """The words of _TIME_WORDS and _THEN the article has: one pass over
        the tokens for both."""
        if self._time_words is None:
            self._time_words = _TIME_OR_THEN.intersection(self.vocab)
        return self._time_words

    def _find_time_moves(self) -> list[int]:
        toks = self.doc.toks
        out: list[int] = []
        if _TIME_WORDS.isdisjoint(self.time_words()):
            return out
        for k in set_indices(self.kinds.translate(_TIME_WORD_BIT)):
            tok = toks[k]
            t = _base(tok)
            if k and (toks[k - 1] == "اي" or k - 1 in self.date_token_index):
                # "المؤرخة في 18 مارس 2009، أي بعد أيام من …", "المؤرخة في
                # أبريل 2009 بعد أيام من فوزه": the date explained
                continue
            if self.in_quote[k]:
                continue  # "«… ستحدد لاحقاً»": the speaker's own words move no narrative time
            if t in _LATER:
                if (
                    tok in _THEN
                    and k
                    and (toks[k - 1] in lx.TITLES or toks[k - 1][:2] == "ال")
                    and k + 1 < self.n
                    and self.is_word[k + 1]
                    and toks[k + 1][:1] not in "بل"
                    and toks[k + 1][:2] != "ال"
                    and toks[k + 1] not in lx.NP_STOP
                ):
                    # "السفير الأمريكي حينها دونالد ويتاكر": the then
                    # ambassador, before his name; no time told
                    continue
                if tok == "سابقا" and k and toks[k - 1][-2:] == "يا":
                    # "أن نائبا كويتيا سابقا قال": the adjective "former"
                    # after an accusative nisba, not "previously"
                    continue
                if (
                    tok == "سابقا"
                    and k + 1 < self.n
                    and toks[k + 1] in _COMMAS
                    and "ال" in toks[k - 1][:4]
                ):
                    # "X، رئيسة مصلحة الشراءات بالديوان سابقا،": "former",
                    # closing a post in apposition, not "previously"
                    continue
                out.append(k)
            elif k + 1 < self.n:
                nxt = toks[k + 1]
                if nxt in _TIME_UNITS or (k + 2 < self.n and nxt in {"عده", "بضعه", "بضع", "اشهر"}):
                    if nxt in _SPAN_DAYS and self.counted_into_date(k):
                        continue
                    out.append(k)
        return out

    def counted_into_date(self, k: int) -> bool:
        """ "بعد يوم على بدء الاجتياح في 14 آذار 1978": the span of days at
        token ``k`` is counted into the date of its clause (find_dates moved
        that date by it), which already tells the day it leads to: no move
        of time after that date."""
        doc = self.doc
        toks = doc.toks
        index = self.date_token_index
        for j in range(k + 2, min(self.n, k + 24)):
            if toks[j] in _CLAUSE_PUNCT or toks[j] in _SENTENCE_END:
                return False
            d = index.get(j)
            if d is not None:
                lo = max(0, d.start - 140)
                m = _DAY_SPAN.search(doc.folded, lo, d.start)
                return m is not None and m.start() == doc.starts[k]
        return False

    def earlier_occasion(self, a: int, b: int) -> bool:
        """ "وكانت النيابة قد طالبت، في جلسة سابقة، …", "قال في وقت سابق":
        tokens [a, b) tell of an earlier occasion (an occasion noun and
        "سابق"), not of the time told before."""
        has = self._has_earlier
        if has is None:
            # (once per article: most have neither word, and the rule is
            # asked for nearly every quote)
            has = self._has_earlier = not (
                _EARLIER.isdisjoint(self.time_words()) and _LATER_ON.isdisjoint(self.vocab)
            )
        if not has:
            return False
        toks = self.doc.toks
        for k in range(a + 1 if a else 1, b):
            if (
                toks[k] in _LATER_ON
                and toks[k - 1] in _EARLIER_OCCASIONS
                and k > 1
                and toks[k - 2] in _IN
                and not self.in_quote[k]
            ):
                # "وفي وقت لاحق، أوضح أن «…»", "في جلسة لاحقة": a later
                # occasion, no more of the time told before
                return True
            if toks[k] in _EARLIER and toks[k - 1] in _EARLIER_OCCASIONS and not self.in_quote[k]:
                if self.answered(k - 1):
                    # "في سياق رده على حديث سابق لـX"، "ردا على بيان
                    # سابق"، "ردا على ما قاله X في وقت سابق": the earlier
                    # occasion is what the words answer, not their time
                    continue
                return True
        return False

    def answered(self, k: int) -> bool:
        """The occasion noun at token ``k`` is in the object of a reply
        opening its clause a few words before ("ردا على …", "في رده على
        تصريحات أدلى بها X في …"), no comma between."""
        toks = self.doc.toks
        lo = k - 8 if k > 8 else 1
        for j in range(k - 1, lo - 1, -1):
            t = toks[j]
            if t in _CLAUSE_PUNCT or t in _SENTENCE_END or self.in_quote[j]:
                return False
            if t == "علي" and _base(toks[j - 1]) in _REPLY_TO:
                return True
        return False

    def pluperfect(self, first: int, cue_tok: int) -> bool:
        """The cue is a past verb after قد, with كان opening its clause
        a few words before ("وكان X، قد قال", "وكانت الوزارة قد أكدت"):
        the pluperfect, told as earlier than the story's time."""
        toks = self.doc.toks
        if cue_tok < 2 or not _may_be_pluperfect(toks, first, cue_tok):
            return False
        if toks[cue_tok - 1] in _HAD_THAT and not self.in_quote[cue_tok - 1]:
            # "وسبق أن أوضح أن «…»", "وسبق للوزير أن قال", "سبق له أن صرح"
            j = cue_tok - 2
            if toks[j][:1] == "ل" and j > first and toks[j - 1] in _HAD_BEFORE:
                j -= 1
            return toks[j] in _HAD_BEFORE
        if toks[cue_tok - 1] != "قد":
            # (كان opens the sentence: _may_be_pluperfect)
            return self.pluperfect_without_qad(first, cue_tok)
        lo = cue_tok - 8 if cue_tok - 8 > first else first
        for k in range(cue_tok - 2, lo - 1, -1):
            if self.in_quote[k] or toks[k] in _SENTENCE_END:
                return False
            if toks[k] in _WAS_FORMS:
                return k == first or toks[k - 1] in _CLAUSE_PUNCT
        return False

    def pluperfect_without_qad(self, first: int, cue_tok: int) -> bool:
        """The sentence from ``first`` opens with كان, its subject, then a
        past verb of saying with no قد ("وكان الاتحاد أعلن أن «…»"), the
        cue or the verb a participle cue after a comma goes on from ("وكان
        المجلس أعلن سيطرته …، مؤكدا أن «…»"): the pluperfect too.  Not كان
        and a predicate ("وكان X حاضرا …، مؤكدا"), nor a verb after a time
        clause ("وكان لافتا حين قال")."""
        toks = self.doc.toks
        cue = _CUES.get(toks[cue_tok])
        if cue is None:
            return False
        if cue.kind == lx.PARTICIPLE:
            if toks[cue_tok - 1] not in _COMMAS:
                return False
            k = first + 1
            end = cue_tok - 1
            while k < end and toks[k] not in _SENTENCE_END and not self.in_quote[k]:
                verb = _CUES.get(toks[k])
                if verb is not None and verb.kind == lx.VERB:
                    if k - first > 8 or not _CLAUSE_OPENING_TIME.isdisjoint(toks[first:k]):
                        return False
                    # (after قد the participle's words stay with the time
                    # told, as before: the pool's gold dates them so)
                    return toks[k - 1] != "قد" and _past_form(toks[k], verb.lemma)
                k += 1
            return False
        if cue.kind != lx.VERB or cue_tok - first < 2 or cue_tok - first > 8:
            return False
        if not _past_form(toks[cue_tok], cue.lemma):
            return False
        for k in range(first + 1, cue_tok):
            t = toks[k]
            if self.in_quote[k] or t in _CLAUSE_PUNCT or t in _CLAUSE_OPENING_TIME:
                return False
        return True

    def after_earlier_occasion(self, att: _Attribution, ent: _Entity | None, first: int) -> bool:
        """The cue opens the sentence from ``first`` right after one that
        told of an earlier occasion (earlier_occasion), and its speaker is
        that sentence's: a cue with no subject, or ``ent`` the subject of a
        cue there ("وفي تصريحات سابقة، أكد X أن …" then "وقال X: «…»")."""
        if att.cue_tok != first or _EARLIER.isdisjoint(
            self._time_words if self._time_words is not None else self.time_words()
        ):
            return False
        before = self.sent_first.get(self.sent[first] - 1)
        if before is None or not self.earlier_occasion(before, first):
            return False
        if att.follow_up:
            return True
        if ent is None or not ent.key or ent.key.startswith("title:"):
            return False
        toks = self.doc.toks
        sid = self.sent[first]
        k = first
        while k < self.n and self.sent[k] == sid and not self.in_quote[k]:
            t = toks[k]
            if (
                k in self.date_token_index
                or t in _DEICTIC_DAYS
                or (t[:1] == "و" and t[1:] in _DEICTIC_DAYS)
            ):
                # "وقال X اليوم الثلاثاء: «…»": his sentence tells its own
                # day, no more of the earlier occasion
                return False
            k += 1
        # (his name in that sentence's cue clause, up to its أنّ, whatever
        # title the phrase read before it: "أكد رئيس المجلس الفريق أول X أن")
        end = before
        while end < first and toks[end] not in _THAT and not self.in_quote[end]:
            end += 1
        return _key_words(ent.key) <= _key_words(_key(" ".join(toks[before:end])))

    def cable_writer(self, e: _Entity) -> bool:
        """``e`` writes the cable in view: its author, or an envoy or a
        diplomat by his post ("ويضيف السفير X أن Y أبلغه": told at the
        meeting his cable reports, of its date; dev33d)."""
        author = self.doc_author
        if author is not None and author.key and author.key == e.key:
            return True
        return any(normalize_first(w) in _CABLE_WRITERS for w in (e.role, e.surface) if w)

    def envoy_of_another(self, role: str, c: int) -> bool:
        """The envoy's post names a country ("السفير الإيراني") that the
        text up to the cable's sentence ``c`` does not: not its writer (an
        American one is, as WikiLeaks' cables are, whether told or not)."""
        span = None
        for w in _role_words(role):
            w = w.replace("اميركي", "امريكي")
            if (
                len(w) >= 5
                and w[-1] == "ي"
                and "ال" + w not in _CABLE_WRITERS  # ("الدبلوماسي الأمريكي")
                and w != "امريكي"  # (a leaked cable's writer unless told else)
            ):
                if span is None:
                    # (the words of the text up to the cable's sentence, read
                    # only for a post that names a country: most envoys met
                    # here are the American one, who needs none)
                    span = {
                        (t[2:] if "ال" <= t < "ام" else t).replace("اميركي", "امريكي")
                        for t in self.doc.toks[: self.sent_first.get(c + 1, self.n)]
                    }
                if w not in span and w + "ه" not in span:
                    return True
        return False

    def turn_opens(self, first: int) -> bool:
        """The sentence from ``first`` opens with "من جانبه", "ومن جهتها",
        "بدوره": another's word in turn, in the same account."""
        toks = self.doc.toks
        t = toks[first]
        if t in _IN_TURN:
            return True
        return t in _FROM_SIDE and first + 1 < self.n and toks[first + 1] in _TURN_NEXT

    def turn_after_subject(self, first: int, end: int) -> int:
        """The sentence from ``first`` opens with its subject, then "، من
        جهته،" before ``end`` ("الصباح، من جهته، قال إن"): another's word in
        turn, the subject named before the turn (dev33s). Returns the
        subject's comma, or 0."""
        toks = self.doc.toks
        for k in range(first + 1, min(end - 3, first + 6)):
            if toks[k] in _COMMAS:
                if toks[k + 1] == "من" and toks[k + 2] in _TURN_NEXT and toks[k + 3] in _COMMAS:
                    return k
                return 0
            if not self.is_word[k] or self.in_quote[k]:
                return 0
        return 0

    def pluperfect_day(self, sid: int) -> tuple[str, str] | None:
        """The day the sentence before ``sid`` names, counted from the
        dateline, when it is told in the pluperfect ("وكان المجلس، قد أعلن
        أمس الاثنين، تأجيل جلسته."): the account went back to that day, and
        a statement right after it with nothing dating it ("وذكرت الدائرة
        الإعلامية للمجلس، في بيان، أن «…»") is of that day, not the page's."""
        first = self.sent_first.get(sid - 1)
        if first is None or self.doc.toks[first] not in _WAS_FORMS:
            return None
        toks = self.doc.toks
        end = self.sent_first.get(sid, self.n)
        for k in range(first + 1, min(first + 9, end)):
            if self.in_quote[k]:
                return None
            if toks[k] == "قد":
                return self.relative_to_dateline(sid - 1, first)
        return None

    def cable_near(self, a_char: int, b_char: int) -> str | None:
        """The last cable reference that starts in [a_char, b_char): found by
        bisection over the references' starts, in the text's order, where
        each quote read every reference of the text (fuzz19)."""
        k = bisect_left(self._cable_starts, b_char)
        if k and self._cable_starts[k - 1] >= a_char:
            return self.cables[k - 1][2]
        return None

    def this_occasion_date(self, sid: int) -> DateMention | None:
        """The date the sentence before ``sid`` gives the occasion that
        ``sid`` opens with after خلال/في/أثناء and a demonstrative ("وخلال
        هذا اللقاء", "وفي ذلك الاجتماع"): the occasion's noun told there (bare,
        definite or glued to لـ/بـ) with a date within its next six words."""
        toks = self.doc.toks
        first = self.sent_first[sid]
        if (
            first + 3 >= self.n
            or toks[first] not in _THIS_OCCASION_OPENERS
            or toks[first + 1] not in _DEMONSTRATIVES
            or toks[first + 2] not in _RELATIVE_DATED_OCCASIONS
        ):
            return None
        noun = toks[first + 2][2:]
        forms = (noun, "ال" + noun, "ل" + noun, "لل" + noun, "بال" + noun)
        f2 = self.sent_first.get(sid - 1)
        if f2 is None:
            return None
        for p in range(f2, first - 1):
            if toks[p] in forms and not self.in_quote[p]:
                end = p + 8 if p + 8 < first else first
                found = [d for d in self.dates_between(p + 1, end) if d.iso and not d.relative]
                if found:
                    return found[0]
        return None

    def occasion_told_before(self, a: int, b: int, sid: int) -> DateMention | None:
        """The date an earlier sentence (up to six back) gives the occasion
        the cue clause [a, b) names after عقب, خلال, بعد, أثناء …: two words
        of the occasion (after its ceremony noun, "حفل", "مراسم") told there
        in a row, a full date after them in that sentence ("قدم أوراق اعتماده
        … يوم 21 نوفمبر 2025" for "عقب حفل تقديم أوراق اعتماده")."""
        tokens = self.date_tokens
        if sid == 0 or not tokens:
            return None
        # (no date in the six sentences before: nothing to find; most
        # quotes stop here)
        first = self.sent_first[sid]
        d0 = bisect_left(tokens, self.sent_first[max(0, sid - 6)])
        if d0 >= len(tokens) or tokens[d0] >= first:
            return None
        toks = self.doc.toks
        k = a
        while k < b and (toks[k] not in _OCCASION_AFTER or self.in_quote[k]):
            k += 1
        if k >= b:
            return None
        # a clause that names its own day ("وقال اليوم الثلاثاء بعد …", "أمس",
        # a date): the words' day is that one, not the occasion's (mend30c)
        j = bisect_left(tokens, a)
        if (j < len(tokens) and tokens[j] < b) or not (
            _DAY_NAMED.isdisjoint(toks[a:b]) and _TODAY_OR_YESTERDAY.isdisjoint(toks[a:b])
        ):
            return None
        if toks[k] in _DURING_SPAN and (k + 1 >= b or toks[k + 1] not in _CEREMONY_NOUNS):
            return None
        words = []
        m = k + 1
        while m < b and len(words) < 5 and self.is_word[m] and not self.in_quote[m]:
            if toks[m] not in _CEREMONY_NOUNS or words:
                words.append(toks[m])
            m += 1
        pairs = {
            (w1, w2)
            for w1, w2 in pairwise(words)
            if len(w1) > 2 and len(w2) > 2 and w1 not in _THAT and not w1.isdigit()
        }
        if not pairs:
            return None
        for s2 in range(sid - 1, max(-1, sid - 7), -1):
            f2 = self.sent_first.get(s2)
            if f2 is None:
                break
            for p in range(f2, first - 1):
                if (toks[p], toks[p + 1]) in pairs and not self.in_quote[p]:
                    if _another_complement(words, toks, p, first):
                        # "بعد اتفاقية التعاون مع تونس" after "اتفاقية التعاون
                        # مع المغرب …": another occasion of the kind (mend30c)
                        return None
                    found = [
                        d
                        for d in self.dates_between(p + 2, first)
                        if d.precision == "day" and d.iso and not d.relative
                    ]
                    return found[0] if found else None
            first = f2
        return None

    def gathering_dated(self, d: DateMention) -> bool:
        """Whether a gathering's label stands among the five words before
        the date ``d`` ("في منتدى دافوس العالمي عام 2012") with no word of
        a document's dating right before the date ("المؤرخة في",
        "بتاريخ"): the gathering's date, not a document's that tells of it."""
        toks = self.doc.toks
        k = self.tok_at(d.start)
        if toks[k - 1] in _DOCUMENT_DATING or (
            toks[k - 1] == "في" and toks[k - 2] in _DOCUMENT_DATING
        ):
            return False
        return not _GATHERING_NAMERS.isdisjoint(toks[k - 5 if k > 5 else 0 : k])

    def said_lately(self, a: int, b: int) -> bool:
        """Whether "lately", مؤخرا, tells when the verb of the cue clause
        [a, b) spoke: before any أنّ (after it, the time of what is told)
        and not after a post's definite participle ("السفير المعين مؤخرا",
        "وزير الخارجية المنتخب مؤخرا": the appointment's time), nor in a
        relative clause, up to its comma ("قال X، الذي زار طهران مؤخرا،
        اليوم إن", "أكد X، تعليقا على الاتفاق الذي وقع مؤخرا، أن": the time
        of what it tells), and not when the clause names a day ("اليوم",
        "أمس", a weekday: the day he spoke; mend37d, R7)."""
        toks = self.doc.toks
        lately = False
        relative = False  # (in a relative clause: from its pronoun to a comma)
        for k in range(a, b):
            t = toks[k]
            if t in _THAT:
                break
            if (
                (t in _DAY_NAMED or t == "امس")
                and not relative
                and not self.in_quote[k]
                # (not an outlet's name: "لصحيفة اليوم السابع")
                and not toks[k - 1].endswith(_OUTLET_NOUNS_BEFORE_A_DAY)
            ):
                return False
            if t in _COMMAS:
                relative = False
            elif t in _RELATIVES:
                relative = True
            elif (
                t == _LATELY_WORD
                and not relative
                and not self.in_quote[k]
                and not (toks[k - 1][:3] == "الم" and toks[k - 2][:2] == "ال")
            ):
                lately = True
        return lately

    def date_for(self, q, att: _Attribution, prev, ent) -> tuple[str | None, str | None]:
        sid = self.sent[q.open_tok]
        if (
            att.cue_tok is not None
            and self.doc.toks[att.cue_tok] in _HIS_SAYING
            and self.doc.toks[att.cue_tok - 1] in _OF_THEM
        ):
            # "تلا القاضي أقوال المتهم …، ومنها قوله:": a statement read out
            # was made before the occasion that reads it, on no date given
            return None, None
        if att.clause is not None:
            a, b = att.clause
            # (dates_between's first test, inline: most cue clauses hold no
            # date token, and the call is spared)
            tokens = self.date_tokens
            found = (
                self.dates_between(a, b)
                if (j := bisect_left(tokens, a)) < len(tokens) and tokens[j] < b
                else None
            )
            if found and not _RELATIVES_OR_WHAT.isdisjoint(self.doc.toks[a:b]):
                # "قال X، النقابي السابق الذي سجن سنة 2008، إن": a date in a
                # relative clause tells of the speaker, not of the words (nor
                # one after "what was done", "ما تحقق في 2022": free_relative)
                found = _dates_but(found, self.in_relative, a)
            if found and found[-1].precision == "year":
                found = _dates_but(found, self.in_apposition, a, b)
            if found and not _THAT.isdisjoint(self.doc.toks[a:b]):
                found = _dates_but(found, self.after_that, a)
            if found and not _SINCE.isdisjoint(self.doc.toks[a:b]):
                found = _dates_but(found, self.since_event, a)
            if found:
                d = found[-1]
                return d.iso, d.precision
        if (
            att.clause is not None
            # (occasion_told_before's necessary condition, inline: a word of
            # _OCCASION_AFTER in the cue clause; most clauses hold none, and
            # the call and its scan of the clause are spared)
            and not _OCCASION_AFTER.isdisjoint(self.doc.toks[att.clause[0] : att.clause[1]])
            and (d := self.occasion_told_before(*att.clause, sid)) is not None
        ):
            # "وصرح السفير X عقب حفل تقديم أوراق اعتماده: «…»" after "قدم
            # أوراق اعتماده … يوم …": the occasion's day (dev30d)
            return d.iso, d.precision
        if (
            att.cue_tok is not None
            and sid > 0
            and self.sent[att.cue_tok] == sid
            # (this_occasion_date's first test: most sentences open with no
            # خلال/في/أثناء, and the call is spared)
            and self.doc.toks[self.sent_first[sid]] in _THIS_OCCASION_OPENERS
            and (d := self.this_occasion_date(sid)) is not None
        ):
            # "… للقاء عقد في أيار 2008 بين X ووفد …" then "وخلال هذا اللقاء
            # عرض X …، وقال «…»": the meeting just told, of its date (dev33s)
            return d.iso, d.precision
        if att.cue_tok is not None and self.doc.toks[att.cue_tok] in _PROVIDES:
            # "استشهد الوزير بالمادة 72 من الدستور التي تنص على أن «…»": a
            # standing provision, of no day (not the minister's who cites it)
            return None, None
        if att.clause is not None and _LATELY_WORD in self.vocab and self.said_lately(*att.clause):
            # "وأكدت الوزيرة مؤخرا في ندوة صحفية أن «…»": said lately, on a
            # day the text does not tell (none in the cue clause: the test
            # above would have read it), no day carried from other words
            return None, None
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
                if not _THEN.isdisjoint(toks[a:b]) and (
                    _THAT.isdisjoint(toks[a:b]) or self.then_before_that(a, b)
                ):
                    # "وعلق المتحدث حينها": the time of the event just told
                    # (not "وقال إن انتصار الحزب حينها «…»": the time of
                    # what the words tell, after their أنّ)
                    found = self.dates_between(first, a)
                    if (
                        not found
                        and (sid0 := self.sent[first]) > 0
                        and not self.moves_besides_then(first, b)
                    ):
                        # "حذر X … يوم 5 أكتوبر 2007 من أن … . ونقل عنه
                        # السفير حينها قوله إن «…»": the time the sentence
                        # before told, when its own tells none
                        found = self.dates_between(self.sent_first[sid0 - 1], first)
                    if found:
                        return found[-1].iso, found[-1].precision
                    if (
                        a == first
                        and prev is not None
                        and prev[1]
                        and ent is not None
                        and ent is prev[0]
                        and self.sent[first] - 1 <= prev[3]
                        and not self.moves_besides_then(first, b)
                    ):
                        # "وكان X قد أكد، في 28 نوفمبر الماضي، أن «…». وقال X
                        # حينها: «…»": "then" opening the sentence after the
                        # same speaker's dated words is their time, a date
                        # counted from the dateline too (no date mention of
                        # its own) (rev38)
                        return prev[1], prev[2]
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
                if self.dated_docs:
                    d = self.dated_by_word_before(first, hit.tok)
                    if d is not None:
                        # "ما جاء في مقطع منشور بتاريخ 15 جوان والمتضمن
                        # تصريحا للرئيس قال فيه «…»": the date a dating word
                        # gives what the resumptive cue speaks in, further back
                        return d.iso, d.precision
        if (
            att.cue_tok is not None
            and att.cue_tok < q.open_tok
            and (h := self.cue_hits.get(att.cue_tok)) is not None
            and h.cue.kind == lx.PREPOSITION
            and (first := self.sent_first[sid]) < att.cue_tok
            and self.sent[att.cue_tok] == sid
            and _THAT.isdisjoint(self.doc.toks[first : att.cue_tok])
            and (last := self.last_date_outside_relative(first, att.cue_tok)) is not None
        ):
            # "ونشرت الصحيفة يوم 12 مارس 2011، نقلا عن مصادر مطلعة: «…»":
            # the narrator's verb, no verb of saying, and the source it
            # cites; the date told before the source is the telling's (not
            # one in a relative clause, nor after أنّ)
            return last.iso, last.precision
        if att.cue_tok is None:
            # "أذنت النيابة، الاثنين 3 أفريل 2023، بإجراء تتبعات "ضد …"": the
            # narrator's own sentence quotes the words with no verb of
            # saying; the date it tells before them is theirs
            first = self.sent_first[sid]
            last = self.last_date_outside_relative(first, q.open_tok)
            if last is not None:
                return last.iso, last.precision
        # the cue's sentence, read up to the cue or the quote, whichever comes first
        cue_tok = att.cue_tok if att.cue_tok is not None else q.open_tok
        csid = self.sent[cue_tok]
        first = self.sent_first[csid]
        upto = cue_tok if cue_tok < q.open_tok else q.open_tok
        if self._has_same is None:
            # once per article: "اليوم نفسه", "العام نفسه", or "the same"
            # before a year's or the day's noun ("نفس السنة", "ذات العام",
            # "ذات اليوم") as the text spells it (not any ذات with any
            # العام: "الأمين العام" and "ذات صلة", most articles)
            vocab = self.vocab
            self._has_same = not _SAME.isdisjoint(vocab) or (
                not _SAME_BEFORE.isdisjoint(vocab) and _SAME_FIRST_IN(self.doc.folded) is not None
            )
        if self._has_same:
            same = self.same_day(first, upto)
            if same is None and att.clause is not None and att.clause[0] >= upto:
                # "وكان X قد صرح في وقت سابق من اليوم ذاته بأن «…»", "وقال
                # X في اليوم نفسه إن": the same day, in the cue's clause
                same = self.same_day(
                    att.clause[0], min(att.clause[1] + 1, self.n), stop_at_that=True
                )
            if same is not None:
                return same.iso, same.precision
        if (
            self.doc_ctx is None
            and prev is not None
            and prev[1] is not None
            and prev[3] >= sid - 3
            and (self._has_same or not _SAME_BEFORE.isdisjoint(self.vocab))
            and self.same_document(
                first,
                # (up to the quote, or the end of the cue's clause after it)
                q.open_tok if att.clause is None or att.clause[1] < q.open_tok else att.clause[1],
            )
        ):
            # "وجاء في ذات البيان «…»", "وأضاف البيان نفسه": the document
            # quoted last, a sentence or three back, with its date (when no
            # cable is under discussion: refers_to_document reads it)
            return prev[1], prev[2]
        if self._has_day_words is None:
            self._has_day_words = not _DAY_NAMED.isdisjoint(self.vocab)  # once per article
        # "كشفت الوثائق، الثلاثاء، عن أن الرئيس قال «…»": speech told inside
        # an أنّ clause; a day named before the أنّ is of the verb that
        # governs it (the telling), not of the words told
        if self._has_day_words and not self.told_in_that(first, att.cue_tok):
            named = self.day_named(first, upto if upto > q.open_tok else q.open_tok)
            if named is not None:
                return named, "day"
        # (the first tests of tail_date, attribution_after and
        # goes_on_in_participle, on the token right after the quote, read
        # once here: most quotes have no comma, date or participle after
        # them, and the three calls are spared)
        toks = self.doc.toks
        k = q.close_tok + (1 if q.marked else 0)
        comma = k < self.n and toks[k] in _COMMAS
        tokens = self.date_tokens
        j = bisect_left(tokens, k)
        if comma or (j < len(tokens) and tokens[j] < k + _TAIL_WINDOW) or "وذلك" in self.vocab:
            tail = self.tail_date(q)
            if tail is not None:
                return tail.iso, tail.precision
        if comma:
            after = self.attribution_after(q)
            if after is not None:
                # "…"، على ما قال الوزير مساء الخميس 12 أكتوبر 2023
                return after.iso, after.precision
        k += comma
        nq = q
        if k < self.n and (said := _cue_of(toks[k])) is not None and said.kind == lx.PARTICIPLE:
            for _ in range(3):
                nq = self.goes_on_in_participle(nq)
                if nq is None:
                    break
                later = self.attribution_after(nq) or self.tail_date(nq)
                if later is not None:
                    # "«…» قائلا إن «…»، حسب ما صرح به في ندوة يوم 5 مايو 2022":
                    # the statement goes on in the participle and ends on the
                    # attribution that dates it, all of it
                    return later.iso, later.precision
        if (
            att.cue_tok is not None
            and first < att.cue_tok < q.open_tok
            # (meeting_date's memos read inline: once both tell the text has
            # no verb of meeting and no meeting held, most texts, the call
            # is spared)
            and (self._has_meeting is not False or self._has_held is not False)
            and (d := self.meeting_date(first, att.cue_tok, q.open_tok)) is not None
        ):
            # "التقى X بتاريخ 15 فبراير 2005 مع Y، وقال له «…»", "أن الرئيس
            # تحادث شهر ماي 2007 مع مستشارة بوش …، وقال لها «…»": words
            # said at a meeting the sentence dates are of its date
            return d.iso, d.precision
        # (fronted_date's first test, has_date_in's, begun here: most
        # sentences have no date token before their cue)
        j = bisect_left(tokens, first)
        d = self.fronted_date(first, upto) if j < len(tokens) and tokens[j] < upto else None
        if d is not None and ent is not None and ent.kind == DOCUMENT and self.gathering_dated(d):
            # "وكشفت إحدى البرقيات مشاركة الوفد في مؤتمر المانحين عام 2009،
            # وقالت البرقية إن": the gathering's year, not the document's
            d = None
        if d is not None:
            # the time may move on between the adverbial and the statement
            # ("واشارت البرقية الى انه بعد عدة اشهر")
            if not self.time_moves(cue_tok, q.open_tok) and not self.talk_in_relative(d, upto):
                return d.iso, d.precision
            return None, None
        if (
            att.cue_tok is not None
            and cue_tok > first
            and (d := self.earlier_cue_date(self.while_after_quote(first), cue_tok)) is not None
            and not self.time_moves(first, q.open_tok)
            # (not a gathering's year for a document's words, as above)
            and not (ent is not None and ent.kind == DOCUMENT and self.gathering_dated(d))
        ):
            # "دعا X، مساء الثلاثاء 15 مارس 2022، إلى تحقيق فيما اعتبره «…»",
            # "أكد X أمس الخميس 16 يوليو 2015 أن «…» فيما قال Y: «…»": the
            # sentence's first statement is dated, the next one of the
            # sentence is of its time
            return d.iso, d.precision
        if self._has_earlier is not False and self.earlier_occasion(
            # (its first test inline: most texts tell no earlier occasion)
            first,
            # (the cue's clause after a quote that opens the sentence: "«…»،
            # قال X في وقت سابق")
            att.clause[1] if att.clause is not None and cue_tok > q.open_tok else q.open_tok,
        ):
            # "وكانت النيابة قد طالبت، في جلسة سابقة، …، إذ قال X": words of
            # an earlier occasion take no date carried over nor the lead's
            return None, None
        if (
            att.cue_tok == first
            # (earlier_occasion's memo, set above: a text with no word of
            # _EARLIER fails after_earlier_occasion's first test)
            and self._has_earlier is not False
            and self.after_earlier_occasion(att, ent, first)
        ):
            # (its first test, inline: most cues open no sentence)
            # "أكد X، في وقت سابق، أن … . وأضاف: «…»", "وفي تصريحات سابقة،
            # أكد X أن … . وقال X: «…»": the words he added right after
            # are of that earlier occasion too
            return None, None
        if toks[first] in _DURING and self.opens_with_event(first):
            told = self.event_told_before(first, sid)
            if told is not None:
                return told
        if self.dateline is not None and not self.told_in_that(first, att.cue_tok):
            rel = self.relative_to_dateline(sid, first)
            if rel is not None:
                return rel
        nxt = self.sent_first.get(sid + 1)
        if (came := self.came_after(sid)) is not None and self.came_of(came, ent):
            told = self.occasion_after(came)
            if told is not None:
                return told
        if (
            nxt is not None
            and nxt + 2 < self.n
            and self.doc.toks[nxt + 1] in _DATING_WORDS
            and self.doc.toks[nxt] in lx.DOCUMENT_HEADS
            and (d := self.document_dated_next(nxt, first, q.open_tok)) is not None
        ):
            # "ففي برقية كتبها السفير … أبلغه بأن «…». البرقية المؤرخة في 15
            # نوفمبر 2009، …": the document just told of, dated right after
            return d.iso, d.precision
        if self._told_doc is not False and (d := self.document_told_before(first, q.open_tok, sid)):
            # "أصدرت الوزارة يوم 8 مايو 2011 بيانا … . وجاء في البيان: «…»",
            # "أجرت القناة يوم … حوارا معه. وفي الحوار قال: «…»": the
            # document or occasion just named with its date, now with the
            # article, is the one the words were said in (dev32d)
            return d.iso, d.precision
        if (
            (c := att.cue_tok) is not None
            # (pluperfect's first tests before the call: no قد or أنّ
            # before the cue and no كان opening its sentence, most cues)
            and _may_be_pluperfect(toks, first, c)
            and self.pluperfect(first, c)
        ):
            if (same := self.same_gathering_before(att.cue_tok, q.open_tok, sid)) is not None:
                # "أكد X، في جلسة اليوم الأربعاء 5 يونيو 2024، أن «…». وكان Y قد
                # تساءل في مستهل الجلسة: «…»": earlier in the session just
                # dated, the same day
                return same.iso, same.precision
            if (dated := self.pluperfect_document_date(first, c)) is not None:
                # "وكانت برقية مؤرخة في 5 شباط 2009 قد نقلت عن X قوله":
                # the document that had told the words is dated: its date
                return dated.iso, dated.precision
            # "وكان لافروف قد قال في كلمة له خلال اجتماع …: «…»": had said,
            # before the time told, on no day it names; it takes neither the speaker's date
            # carried over nor the page's day
            return None, None
        if (
            prev is not None
            and prev[1]
            and prev[3] == sid - 1
            and ent is not prev[0]
            and cue_tok > first
            and self.turn_opens(first)
            and _ARCHIVES.isdisjoint(self.vocab)
            and not self.cables
            and _GATHERINGS.isdisjoint(
                self.doc.toks[self.sent_first[sid - 1] : self.sent_first[sid]]
            )
        ):
            # "أكد مسؤول أمس الخميس (16 يوليو 2015) أن «…». من جانبه، قال X
            # «…»": the other side's word in turn, of the time just told
            # (not a reaction to leaked papers, "من جهته، قال النائب إن
            # «الوثائق مزورة»": those are of their own time; nor after a
            # gathering, "قال الوزير خلال اجتماع مجلس الوزراء يوم …": the
            # one in turn was not there)
            return prev[1], prev[2]
        if (
            prev is not None
            and prev[0] is not None
            and ent is prev[0]
            and att.follow_up
            and prev[3] >= sid - 2
            and prev[1]
            and not (
                prev[3] < sid
                and att.cue_tok is not None
                and self.new_occasion(att.cue_tok, q.open_tok)
            )
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
        # (time_moves' memo read first: most texts have no move in time)
        if (self._time_moves is None or self._time_moves) and self.time_moves(first, q.open_tok):
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
                and (known[2] == sid or not self.time_told_in(self.sent_first[known[2] + 1], first))
                and not (
                    known[2] < sid
                    and att.cue_tok is not None
                    and (
                        self.new_occasion(att.cue_tok, q.open_tok)
                        # "وفي اتصال مع «القدس العربي»، قال X إن": the
                        # occasion fronted before the verb is his own too,
                        # not the cable's that dated his earlier words (rev40)
                        or self.fronted_occasion(first, att.cue_tok)
                        or self.told_outlet(att.cue_tok, q.open_tok, ent)
                    )
                )
                # (nor a verb that goes on right after his words on another
                # occasion, undated: "وقال X في تغريدة أخرى: «…». وختم:
                # «…»"; dev23d)
                and not (known[2] < prev[3] and self.goes_on_undated(att, prev, ent, sid))
            ):
                # (a date told since, "وبعد أسبوع، في 9 آب، …", moves on; so
                # do words given on another occasion: "واكتفى بالقول في
                # حديث للإذاعة:")
                return known[0], known[1]
            if ent.kind != DOCUMENT:
                told = self.told_before(ent, first, sid)
                if (
                    told is not None
                    and (known is None or known[2] < told[2])
                    and not self.time_told_in(self.sent_first[told[2] + 1], first)
                    and not self.time_moves(self.sent_first[told[2] + 1], first)
                    # (nor "وفي حديث لقناة أخرى، أضاف X: «…»": another
                    # occasion, fronted as the first one was)
                    and not (
                        att.cue_tok is not None
                        and (
                            self.new_occasion(att.cue_tok, q.open_tok)
                            or (first < att.cue_tok and self.new_occasion(first, att.cue_tok))
                        )
                    )
                ):
                    # "نفت الحركة الثلاثاء أن …" then "وأضافت أن «…»": the
                    # statement reported first, dated, goes on in her words
                    return told[0], told[1]
                if (
                    att.cue_tok == first
                    and sid > 0
                    and known is None
                    and (d := self.deed_fronted_before(ent, sid, q.open_tok)) is not None
                ):
                    # "وفي مارس 2008، أرسل السفير X إلى وزيره تقريرا …. ووصف
                    # الرئيس بأنه «…»": the verb with no subject goes on with
                    # the deed's doer, at the time its sentence fronted
                    return d.iso, d.precision
        if (
            self.dated_docs
            and att.via is None
            and (d := self.dated_document(first, upto)) is not None
            and not (att.cue_tok is not None and self.new_occasion(att.cue_tok, q.open_tok))
        ):
            # "وتوثق إحدى المراسلات المؤرخة في 6 شباط 2006 … «…»", "برقية …
            # مراسلة من الوزير إلى الملك بتاريخ 5/5/1433 هـ تضمنت أن «…»": the
            # document dated earlier in the sentence holds the words quoted
            return d.iso, d.precision
        if (
            ent is not None
            and att.cue_tok is not None
            and att.cue_tok > first
            and (h := self.cue_hits.get(att.cue_tok)) is not None
            and _INFORM_LEMMA[h.cue.lemma]
            and (
                self.doc.toks[att.cue_tok].endswith(_TOLD_PRONOUNS)
                or self.doc.toks[att.cue_tok + 1] in _TO_HIM
            )
            and self.told_in_that(first, att.cue_tok)
            and (teller := self.that_teller(first, att.cue_tok)) is not None
            and teller is not ent
            and teller.kind == PERSON
            and teller.key != ent.key
            and not self.cable_writer(teller)
        ):
            # "قال الأخير إن سليمان أبلغه أن «…»": a third person's words
            # the teller heard from him before, on no day told (not the
            # day of the meeting or the cable that reports the telling)
            return None, None
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
            and ctx[2] >= sid - 3
            and att.cue_tok is not None
            and (h := self.cue_hits.get(att.cue_tok)) is not None
            and h.relayer is not None
            and (not h.relayer.key or h.relayer.key.startswith("title:"))
            and normalize_first(h.relayer.surface) in _CABLE_WRITERS
            # (the cable may be dated in the quote's own sentence: then from
            # the sentence's first token)
            and not self.has_date_in(
                self.sent_first[ctx[2] + 1] if ctx[2] < sid else first, q.open_tok
            )
        ):
            # "ويكتب هيلبرون أن …" then "وينقل الدبلوماسي الأمريكي عن وزير
            # سابق قوله:": the diplomat, named by his title only, is the
            # writer of the cable last dated, and what he relays is of its date
            return ctx[0], ctx[1]
        if (
            ctx is not None
            and author is not None
            and ent is not None
            and ent.kind == PERSON
            and ent.key
            and ent.key == author.key
            and (
                ctx[2] >= sid - 3
                # "وتابع شولت: …" a few sentences on, with no time told
                # since but in passing ("التي قطعت عام 1979"): the writer
                # still goes on in his cable (dev33d)
                or (
                    ctx[2] >= sid - _AUTHOR_GOES_ON
                    and not self.time_told_in(self.sent_first[ctx[2] + 1], first)
                    # (not "وقال هيل في مقابلة مع الصحيفة:": words of an
                    # occasion of his own, not his cable's)
                    and not (
                        att.cue_tok is not None and self.occasion_told(att.cue_tok, q.open_tok, ent)
                    )
                )
            )
        ):
            return ctx[0], ctx[1]
        if (
            ctx is not None
            and ctx[2] >= sid - 8
            # (the cable dated in this very sentence, also when a quote of
            # the sentence, its subject line "سوريا: …", set the date first)
            and (
                ctx[2] == sid
                or (
                    (
                        self.refers_to_document(first, q.open_tok, ent)
                        or self.document_cited_after(q)
                        or (
                            ent is not None
                            and ent.kind == DOCUMENT
                            and self.document_of_date(ent, ctx[0])
                        )
                    )
                    # (not "وعلقت X على البرقية في تصريح لـ«…»": a reaction now;
                    # nor "وقال المتحدث اليوم إن البرقية «…»": said today of it)
                    and not (
                        att.cue_tok is not None
                        and (
                            self.new_occasion(att.cue_tok, q.open_tok)
                            or self.told_now(att.cue_tok, q.open_tok)
                        )
                    )
                )
                # "يكتب فيها السفير X أن" opening its sentence: "in it", the
                # cable last told of (not "وجهت سؤالا تساءلت فيه": its own)
                or (
                    att.cue_tok is not None
                    and att.cue_tok <= first + 1
                    and att.cue_tok + 1 < self.n
                    and self.doc.toks[att.cue_tok + 1] in _IN_IT
                )
                # "وتنقل الوثيقة عن الفيصل تمنيه … . وقال: «…»": a cue with no
                # subject opening the sentence right after one that read the
                # cable goes on with what the cable relays
                or (
                    att.follow_up
                    and att.cue_tok == first
                    and ctx[2] < sid
                    and self.refers_to_document(self.sent_first[sid - 1], first, None)
                )
            )
        ):
            para = self.doc_para
            if para is not None and para[0] == ctx[0]:
                # "ويورد السفير في البرقية نفسها …": its paragraph is about it too
                self.doc_para = (ctx[0], ctx[1], sid)
            elif (
                ent is not None
                and ent.kind == DOCUMENT
                and not ctx[3]
                and para is not None
                and para[0] is not None
                and para[2] <= ctx[2]
            ):
                # "والوثيقة تعود الى 11 تموز 2006، ووصف جنبلاط جاء خلال اجتماع
                # في 7 تموز …" then "واوضحت الوثيقة ان «…»": the document's
                # own words are of its date, not of the meeting its quotes
                # told of
                return para[0], para[1]
            if (
                ent is not None
                and ent.kind == PERSON
                and not self.other_meeting_told(self.sent_first[sid], q.open_tok)
                and (
                    (ctx[2] < sid and (met := self.met_in_document(ctx, ent)) is not None)
                    or (met := self.met_in_cable_words(ctx, ent, sid, q.open_tok)) is not None
                )
            ):
                # "كشفت برقية مؤرخة في 28 فبراير 2009 أن السفير X التقى في 24
                # فبراير Y" then "ونقلت البرقية عن Y قوله": the words of the
                # one met are of the meeting's date
                self.met_quote = met.iso
                return met.iso, met.precision
            return ctx[0], ctx[1]
        if (
            ctx is not None
            and ctx[2] >= sid - 3
            and att.cue_tok is not None
            and self.told_in_that(first, att.cue_tok)
            and (teller := self.that_teller(first, att.cue_tok)) is not None
            and _envoy(teller.role or teller.surface)
            and not self.has_date_in(
                self.sent_first[ctx[2] + 1] if ctx[2] < sid else first, q.open_tok
            )
        ):
            # "وقال السفير الأميركي إن وزير الخارجية قال له إن «…»": what the
            # envoy, the cable's writer, reports he was told is of the cable
            return ctx[0], ctx[1]
        para = self.doc_para
        if para is not None and sid - 4 <= para[2] < sid and ent is not None:
            # "ويضيف السفير: «…»" in the paragraph of a dated cable, said by
            # someone the text had mentioned by the cable's sentence, with no
            # other date and no line break since
            starts = self.doc.starts
            after = self.sent_first.get(para[2] + 1, q.open_tok)
            # (or someone unnamed in the sentence right after the cable's,
            # which quoted nothing: "في البرقية …، المؤرخة في …، يروي X عشاء
            # جمعه بوزير سابق. يقول الوزير إن «…»", "… والمؤرخة في ….
            # كاتبها، وهو دبلوماسي …، يخلص إلى أن «…»")
            told = ent.pos < starts[after] or (
                para[2] == sid - 1
                and (prev is None or prev[3] < para[2])
                and (not ent.key or ent.key.startswith("title:"))
            )
            if (
                (told or (prev is not None and prev[1] is not None and prev[3] >= sid - 1))
                and not self.has_date_in(after, q.open_tok)
                and not self.time_moves(after, q.open_tok)
                # (nor "وقال X في مقابلة مع الصحيفة:": an occasion of his own)
                and not (
                    att.cue_tok is not None and self.occasion_told(att.cue_tok, q.open_tok, ent)
                )
                # (someone else quoted undated since the cable's sentence, a
                # reaction: the account has left the cable, "وفي قراءته لما
                # كشفته الوثائق، قال X …" then "فيما رفض الشيخ Y …")
                and not (
                    prev is not None
                    and prev[1] is None
                    and prev[3] > para[2]
                    and prev[0] is not ent
                )
                and (
                    self.doc.folded.find("\n", starts[self.sent_first[para[2]]], q.start) == -1
                    # "ونقلت الوثيقة عن Y قوله … . وأضاف Y أن «…»" a paragraph
                    # later: a paragraph the cable opens speaking goes on with
                    # its account
                    or self.paragraph_opens_with_document(para[2], q)
                    # "في المقابل، يرى فيلتمان أن «…»" a paragraph later: the
                    # envoy who wrote the cable, met in its sentence, comments
                    or (told and ent.role is not None and _envoy(ent.role))
                    # "وتخلص السفارة في تعليقها على اللقاء إلى أن" a paragraph
                    # after the cable's quotes: the embassy concludes its cable
                    or (
                        ent.kind == ORGANIZATION
                        and normalize_first(ent.surface) in _EMBASSIES
                        and att.cue_tok is not None
                        and self.goes_on(att.cue_tok)
                    )
                )
            ):
                if para[0] is None and para[1] is not None:
                    # (the document's token, its date read lazily; not a
                    # document dated with no year, "في 22 آذار", whose
                    # paragraph has no date: (None, None, sentence))
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
            # (or a verb with no subject right after the lead, "كما أوضح
            # أن «…»", whose speaker the lead named as the subject of no
            # verb of saying: unknown here, someone at the event)
            ((ent is not None and ent.kind != DOCUMENT) or (ent is None and att.follow_up))
            and att.cue_tok is not None
            and (
                att.via is None
                or att.follow_up
                or self.on_the_sidelines(att.cue_tok, q.open_tok)
                # "وقال أحد المحتجين، ويدعى X، لـ«…»": one of the protesters
                # told the outlet at the protest itself
                or (
                    ent is not None
                    and ent.role is not None
                    and _PARTICIPANT_RX.search(ent.role) is not None
                )
                # "قال X لـ"الخليج" عقب النطق بالحكم": told to the outlet at
                # the gathering
                or self.anchored_since(self.sent_first[sid], self.sent_first.get(sid + 1, self.n))
                >= 0
            )
            and not (prev is not None and prev[3] == sid and prev[0] is ent and not prev[1])
        ):
            # (but "مصادر وزارية قالت لـ"المدن"": told to the outlet, apart
            # from the gathering, with what follows in its sentence: "مشيرة إلى أن")
            lead = self.event_lead()
            if (
                lead is not None
                and (ent is None or not self.earlier_or_apart(att.cue_tok, ent))
                and self.in_event(lead[0], att.cue_tok, q)
                and (
                    ent is None or not self.told_by_another(ent, self.sent_first[sid], att.cue_tok)
                )
            ):
                # "شهدت المحكمة يوم الثلاثاء 25 نونبر 2025 جلسة …" then "والتمس
                # ممثل النيابة …": what is said at the event the lead dates
                return lead[1], lead[2]
        if (
            ent is not None
            and ent.kind == PERSON
            and att.cue_tok is not None
            and att.via is None
            and self.said_dates
            and (met := self.placed_at_gathering(ent, sid, q)) is not None
            and not self.new_occasion(att.cue_tok, q.open_tok)
            and not self.apart_from_gathering(sid, att.cue_tok)
        ):
            # "وقال X خلال اجتماع عقده مع أعضاء المجلس برئاسة Y يوم الخميس 15
            # فبراير 2024 إن «…»" then "وأوضح Y أن «…»": one the text placed
            # at the dated gathering speaks at it
            return met
        if att.cue_tok is not None and (d := self.document_dated_later(first, q)) is not None:
            # "أفادت برقية أميركية أن الوزير قال «…»" … "وبحسب البرقية التي
            # تحمل تاريخ 5 شباط 2009": the document told of, dated further on
            return d.iso, d.precision
        if ctx is not None and self.cable_account_goes_on(ctx, sid, q, att, prev, ent):
            # "وكتبت السفارة في برقية تعود إلى العام 2009 أن «…»" then "وقال
            # الدبلوماسيون الأميركيون إن «…»": the cable's account goes on
            return ctx[0], ctx[1]
        if (
            self.dateline is not None
            and att.cue_tok is not None
            and att.cue_tok < q.open_tok
            and (later := self.participle_after(q)) is not None
        ):
            # "قال X إن «…»، مضيفا في تصريحات للصحفيين، الأربعاء، أن «…»":
            # the participle goes on with the same statement, whose day its
            # clause names
            rel = self.relative_to_dateline(sid, later)
            if rel is not None and rel[1] == "day":
                return rel
        if (
            self.dateline is not None
            and (ent is None or ent.kind != DOCUMENT)
            and (
                (lead := self.event_lead()) is None
                or (lead[1] == self.dateline.isoformat() and self.back_at_day(lead[1], ent, q))
            )
        ):
            # (a lead's gathering dates its own account: a quote apart from
            # it, "وفي أول رد فعل، قال X", is of no day told; but see back_at_day)
            if (
                prev is not None
                and ent is not None
                and prev[0] is ent
                and prev[1] is None
                and prev[3] >= sid - 1
                and att.follow_up
                and self.time_moves(self.sent_first[prev[3]], self.sent_first[sid])
            ):
                # "وعبر الرئيس، حينها، عن رفضه، إذ أكد أن «…». كما أكد أن «…»":
                # his words just before took no day, told at another time
                # ("حينها", "لاحقا"): those he goes on with are of that time
                return None, None
            if (back := self.pluperfect_day(sid)) is not None:
                return back
            day = self.stamp_day(sid)
            if (
                day is None
                and att.cue_tok is not None
                and self.told_to_own_outlet(sid, att.cue_tok, q.open_tok)
            ):
                # "بورتسودان 14 ديسمبر 2026 (سودان تربيون) — قال X، اليوم
                # الاثنين، …" and, after a cable of 2008 told of, "وقال المحلل
                # X لـ«سودان تربيون» إن «…»": words told to the page's own
                # outlet are its reporting of the day, though older papers
                # or another time were told before them (kw38b)
                day = self.lead_tells_day()
            if (
                day is not None
                and self.post_stamps
                and (
                    (att.cue_tok is not None and self.new_occasion(att.cue_tok, q.open_tok))
                    or self.goes_on_undated(att, prev, ent, sid)
                )
            ):
                # "— X (@x) March 3, 2021" then "وقال X في تغريدة أخرى له:
                # «…»": the embedded post's day is the post's, not another's
                # (dev23d)
                day = None
            if day is not None and not (
                ent is not None
                and att.cue_tok is not None
                and self.told_by_another(ent, self.sent_first[sid], att.cue_tok)
            ):
                # (not "أكد المذيع X أن الوزير قال له: «…»": words another
                # speaker tells were said before the day he tells them, on
                # no day the page gives; dev22d)
                return day, "day"
        if (
            self.month_stamp is not None
            and (ent is None or ent.kind != DOCUMENT)
            and self.month_stamp_for(sid)
        ):
            # "date 2018-05 …" then "وأوضح المصرف … وتابع: «…»": the month
            # of the page, which its label knows without the day
            return self.month_stamp, "month"
        if (
            ent is not None
            and not _CORRESPONDENCE.isdisjoint(_NORMALIZED[ent.surface].split())
            and (d := self.own_header_date(q)) is not None
        ):
            # "وجاء في نص الوثيقة: «مذكرة …، بتاريخ 5/12/2024، تلقيت …»": a
            # paper's own header dates it, when nothing outside does
            return d.iso, d.precision
        return None, None

    def own_header_date(self, q) -> DateMention | None:
        """The date a dating word gives within the first twenty tokens of
        the words ``q``, before any sentence ends ("مذكرة إلى الوزير، بتاريخ
        3/4/2021، تلقيت …"): a document's header, quoted with it."""
        toks = self.doc.toks
        index = self.date_token_index
        end = q.open_tok + 20 if q.open_tok + 20 < q.close_tok else q.close_tok
        for k in range(q.open_tok + 1, end - 1):
            t = toks[k]
            if t in _SENTENCE_END:
                return None
            if t in _DATING_WORDS:
                d = index.get(k + 2 if toks[k + 1] == "في" else k + 1)
                if d is None or d.iso is None or d.relative:
                    return None
                return d
        return None

    def month_stamp_for(self, sid: int) -> bool:
        """The page's month label (month_stamp) dates a statement in
        sentence ``sid`` that nothing else dates, as a stamp with a
        publication label dates the day's news (stamp_day): not when the
        text tells of leaked or archived papers, nor when a time outside the
        month is told before the statement's sentence ends (but one told in
        passing in an earlier sentence: aside)."""
        if self.cables or not _ARCHIVES.isdisjoint(self.vocab):
            return False
        month = self.month_stamp
        a = self.sent_first[sid]
        b = self.sent_first.get(sid + 1, self.n)
        for j in self.date_tokens:
            if j >= b:
                break
            d = self.date_token_index[j]
            if j <= 1 or self.in_quote[j] or d.iso is None:
                continue
            if j < a and self.aside(d, self.sent_first[self.sent[j]]):
                continue
            if not (d.iso.startswith(month) or month.startswith(d.iso)):
                return False  # (another time told: "في 14 آذار 1978")
        return True

    def met_in_document(self, ctx: tuple, ent: _Entity) -> DateMention | None:
        """The date of the meeting the dated document's sentence (``ctx``)
        tells of, with ``ent`` the one met: "كشفت برقية مؤرخة في 28 فبراير
        2009 أن السفير X التقى في 24 فبراير اللواء Y" (a verb of meeting
        after the document's أنّ, its own date within eight words after it
        and other than the document's, then the name of ``ent`` after the
        date; not the writer who met him, whose words are the document's)."""
        sid = ctx[2]
        first = self.sent_first[sid]
        end = self.sent_first.get(sid + 1, self.n)
        toks = self.doc.toks
        if _MEETING_VERBS.isdisjoint(toks[first:end]):
            return None
        last = _NORMALIZED[ent.surface].split()[-1]
        for v in range(first + 1, end):
            if toks[v] not in _MEETING_VERBS or self.in_quote[v]:
                continue
            if _THAT.isdisjoint(toks[first:v]):
                return None
            found = self.dates_between(v + 1, v + 9 if v + 9 < end else end)
            if len(found) != 1 or found[0].iso == ctx[0] or found[0].iso[:4] != ctx[0][:4]:
                return None
            d = found[0]
            n = min(len(d.iso), len(ctx[0]))
            if d.iso[:n] > ctx[0][:n]:
                # (a meeting after the cable's date: "28 ديسمبر" under a cable
                # of 5 January is last year's, not the cable's year)
                return None
            k = bisect_left(self.doc.starts, d.start)
            if (
                not _MEETING_DATE_STOPS.isdisjoint(toks[v + 1 : k])
                or not _APART_IN_TIME.isdisjoint(toks[v + 1 : k])
                or (k - 1 > v and toks[k - 1] not in _MEETING_DATE_LEADS)
            ):
                # (nor "التقى بعد هجوم وقع في 12 مارس Y": the attack's date)
                return None
            after = bisect_left(self.doc.starts, d.end)
            for m in range(after, after + 6 if after + 6 < end else end):
                if toks[m] in _CLAUSE_PUNCT or toks[m] in _MEETING_DATE_STOPS:
                    break
                if toks[m] == last or toks[m][1:] == last:
                    # (all of the speaker's words there: "مساعد النجار" is
                    # not the minister النجار met)
                    near = set(toks[after : m + 1]) | {w[1:] for w in toks[after : m + 1]}
                    if all(w in near for w in _NORMALIZED[ent.surface].split()):
                        return d
                    return None
            return None
        return None

    def met_in_cable_words(
        self, ctx: tuple, ent: _Entity, sid: int, upto: int
    ) -> DateMention | None:
        """The date of the meeting the dated document's own words, quoted
        (``ctx``: the document, last told of in its sentence), open with
        ("في برقية أرسلها السفير في 10 آذار 2008 كتب فيها: «في لقاء عقد
        بتاريخ 2 آذار مع …، قال الوزير X إن …»"): the words the text goes on
        to quote from it of ``ent``, a person other than its writer, were
        said there. The last quote that opens with a meeting ("في/خلال
        اجتماع", "وفي لقاءات", "محادثات"), in the four sentences before the
        document's or since, up to the sentence ``sid`` of the words (token
        ``upto``); its date within six tokens, earlier than the document's,
        and no date told outside quotes since; ``ent`` named in that quote,
        and no occasion of his own told in the words' sentence ("قوله في
        خطاب"). A later quote that opens with another dated event ("في
        اتصال هاتفي يوم …") ends the search."""
        author = self.doc_author
        if (author is not None and ent.key == author.key) or _envoy(ent.role or ent.surface):
            return None  # (the writer's own comment is of the cable's date)
        start = self.sent_first[ctx[2] - 4 if ctx[2] > 4 else 0]
        toks, in_quote = self.doc.toks, self.in_quote
        index = self.date_token_index
        for o in range(self.sent_first[sid] - 1, start, -1):
            if not in_quote[o] or in_quote[o - 1] or toks[o] not in QUOTE_MARKS:
                continue  # (the mark that opens a quote)
            # (a lead, "وفي"/"وخلال" too: "وفي لقاء …")
            m = o + 1 + (toks[o + 1] in _MEETING_DATE_LEADS or toks[o + 1] in _DURING)
            if not _opens_meeting(toks[m]):
                if m > o + 1 and toks[o + 1] in _DURING:
                    # (a later quote of the cable that opens with another
                    # dated event, "في اتصال هاتفي يوم 6 آذار …": the words
                    # after it are not of the meeting before it)
                    for k in range(m + 1, m + 7):
                        if (d := index.get(k)) is not None and in_quote[k] and d.iso:
                            return None
                continue
            for k in range(m + 1, m + 7):
                d = index.get(k)
                if d is None:
                    continue
                if not d.iso or d.relative or toks[k - 1] not in _MEETING_DATE_LEADS:
                    return None
                n = min(len(d.iso), len(ctx[0]))
                if d.iso[:n] >= ctx[0][:n] or self.dates_between(k, upto):
                    return None
                # (the person is named in the meeting's own words, "في لقاء
                # …، قال الوزير X", and his sentence tells no occasion of
                # its own, "عنه قوله في خطاب أمام البرلمان")
                last = _NORMALIZED[ent.surface].split()[-1:]
                if not last:
                    return None
                j = o + 1
                while j < upto and in_quote[j] and toks[j] not in QUOTE_MARKS:
                    if toks[j] == last[0] or toks[j][1:] == last[0]:
                        break
                    j += 1
                else:
                    return None
                for j in range(self.sent_first[sid], upto):
                    if toks[j] in _NOT_THE_MEETING and not in_quote[j]:
                        return None
                return d
            return None
        return None

    def other_meeting_told(self, first: int, upto: int) -> bool:
        """The quote's sentence, before its quote (``first`` to ``upto``),
        tells of another meeting or time than the cable's: "ونقلت البرقية
        عن Y قوله في اجتماع لاحق إن", "في لقاء آخر", "في وقت سابق"."""
        toks = self.doc.toks
        for k in range(first, upto):
            if self.in_quote[k]:
                continue
            t = toks[k]
            if t in _LATER_ON or t in _ANOTHER or t in _EARLIER or t in _APART_IN_TIME:
                return True
        return False

    def meeting_date(self, first: int, cue_tok: int, open_tok: int) -> DateMention | None:
        """The date of a meeting that a verb of meeting earlier in the
        cue's sentence (from ``first``) tells, or a verb of holding and the
        meeting held ("وعقد الرئيس اجتماعا مع …", held_meeting), when the
        cue is joined to it by و/ف and says the words at it: "التقى السفير
        يوم 3 مارس 2008 بالوزير، وقال له «…»".  The date must be the meeting
        verb's own adverbial (within _MEETING_DATE_REACH tokens after it, no
        أنّ, relative clause or sentence end before it), no other date or time told between it and
        the words, and the cue's clause tells of no day or occasion of its
        own ("وقال أمس في تصريح لـ…")."""
        if self._has_meeting is None:
            self._has_meeting = not _MEETING_VERBS.isdisjoint(self.vocab)  # once per article
        if self._has_held is None:
            self._has_held = not (
                _HELD.isdisjoint(self.vocab) or _MEETINGS_HELD.isdisjoint(self.vocab)
            )
        toks = self.doc.toks
        if not (self._has_meeting or self._has_held) or toks[cue_tok][:1] not in "وف":
            return None
        v = cue_tok - 1
        while self.in_quote[v] or not (
            toks[v] in _MEETING_VERBS or (toks[v] in _MEETINGS_HELD and self.held_meeting(v, first))
        ):
            v -= 1
            if v < first:
                return None
        found = self.dates_between(v + 1, cue_tok)
        if len(found) != 1:
            return None  # (none, or another time told before the words)
        d = found[0]
        k = bisect_left(self.doc.starts, d.start)
        if (
            k > v + _MEETING_DATE_REACH and not self.met_at_place(v, k)
        ) or not _MEETING_DATE_STOPS.isdisjoint(toks[v + 1 : k]):
            return None
        if k <= v + _MEETING_DATE_REACH and self.event_owns_date(v, k):
            return None
        if k - 1 > v and toks[k - 1] not in _MEETING_DATE_LEADS:
            return None  # (the date of a noun: "ناجين من فيضانات عام 2019")
        if (
            not _THAT.isdisjoint(toks[k:cue_tok])
            or not _DAY_NAMED.isdisjoint(toks[cue_tok:open_tok])
            or not _TODAY_OR_YESTERDAY.isdisjoint(toks[cue_tok:open_tok])
            or self.time_moves(v, open_tok)
            or self.new_occasion(cue_tok, open_tok)
        ):
            return None
        return d

    def met_at_place(self, v: int, k: int) -> bool:
        """meeting_date: the date at token ``k``, past _MEETING_DATE_REACH
        tokens from the meeting's verb (or noun) at ``v`` and within
        _MEETING_PLACE_REACH, is the meeting's own adverbial when the place
        it was held at stands right before the date's lead: في and one or
        two words, or one or two words the first glued to بـ ("التقى
        الوزير نظيره الألماني في العاصمة برلين يوم 3 مارس", "في مكتبه
        صباح 12 يناير", "في مقر الوزارة بالعاصمة يوم الأحد 5 مايو", "بمقر
        الوزارة يوم …"), and neither a purpose glued
        to لـ nor a topic (حول، بشأن، عن …) comes between (the date would
        be of what the meeting was about: "لمناقشة نتائج الانتخابات
        المنظمة يوم …")."""
        if k > v + _MEETING_PLACE_REACH:
            return False
        toks = self.doc.toks
        j = k - 1
        while j > v and toks[j] in _MEETING_DATE_LEADS:
            j -= 1
        if j == k - 1 or j <= v:
            return False
        for p in (j, j - 1):
            # (the place's first word: "في مكتبه", "بالعاصمة", "بمقر الوزارة";
            # a town's name alone: "ببرلين يوم …", kw27)
            if p > v and (
                toks[p - 1] == "في"
                or self.at_venue(toks[p])
                or (p == j and self.named_place_in_b(toks[p]))
            ):
                if toks[p - 1] == "في":
                    p -= 1
                break
        else:
            return False
        # (the seat of an office among the place's last three words: "في
        # القصر الجمهوري", "بمقر الوزارة", "في قصره بالعاصمة"; the
        # meeting's, whatever event is named before it, rev28)
        own = any(self.at_seat(toks[x]) for x in range(max(j - 2, v + 1), j + 1))
        for m in range(v + 1, j + 1):
            t = toks[m]
            if t in _MEETING_OTHER_EVENTS and not own:
                # (the protests', the cup's: "أهالي المعتقلين خلال المظاهرات
                # في مدينة X يوم …", "الفائز بكأس العالم في X يوم …", kw27)
                return False
            own = own or t in _SIDELINES_ONLY
            if t in _NO_MEETING_PLACE:
                # (no place but a topic or an event whose date it is: "مع
                # ممثلي الأحزاب بشأن الانتخابات يوم …", "المشاركة في
                # الانتخابات البلدية يوم …"; rev27; before the place too:
                # "عائلات ضحايا الزلزال في مدينة أنطاكيا يوم …")
                return False
            if m < p and (self.in_quote[m] or (t[:1] == "ل" and len(t) >= 4)):
                return False
        return True

    def event_owns_date(self, v: int, k: int) -> bool:
        """meeting_date: the date at token ``k``, within _MEETING_DATE_REACH
        tokens of the meeting's verb at ``v``, is an event's that the people
        met suffered, took part in or won, named between them: its victims
        ("ضحايا التفجير يوم 3 مارس"), or a past event, an incident or a
        contest glued to بـ/لـ or after a preposition ("المتضررين من
        الحريق بمدينة X يوم …", "المعتقلين خلال المظاهرات يوم …",
        "الفائزين بكأس العالم يوم …"), as met_at_place reads it further on;
        not one the people are concerned with or in charge of ("المهتمين
        بالانتخابات", "المسؤولين عن …": _CONCERNED, and no topic's tie).
        Not a body named after one (a genitive: "لجنة الانتخابات", "تنظيم
        البطولة"), nor on the sidelines of one or at a seat of office among
        the last three words before the date's lead (the meeting's). At most
        eight tokens read."""
        toks = self.doc.toks
        j = k - 1
        while j > v and toks[j] in _MEETING_DATE_LEADS:
            j -= 1
        if any(self.at_seat(toks[x]) for x in range(max(j - 2, v + 1), j + 1)):
            return False
        owned = False
        for m in range(v + 1, j + 1):
            t = toks[m]
            if t in _SIDELINES_ONLY or self.in_quote[m]:
                return False
            if t in _VICTIMS or (
                (t in _EVENTS_GLUED or (t in _EVENT_WORDS and toks[m - 1] in _EVENT_TIES))
                and toks[m - 1 - (t not in _EVENTS_GLUED)] not in _CONCERNED
            ):
                owned = True
        return owned

    @staticmethod
    def at_venue(t: str) -> bool:
        """met_at_place: ``t`` is a place's first word glued to بـ or بالـ
        (_MEETING_VENUES: "بمقر", "بالعاصمة", "بمدينة", "بمكتبه"), not a
        cause or topic ("بخصوص الاعتصام", "بسبب الإضراب")."""
        if t[:1] != "ب" or len(t) < 4:
            return False
        return t[1:] in _MEETING_VENUES or (t[1:3] == "ال" and t[3:] in _MEETING_VENUES)

    @staticmethod
    def at_seat(t: str) -> bool:
        """met_at_place: ``t``, the place's first word (after في, or glued
        to بـ or بالـ), is the seat of an office (words._MEETING_SEATS:
        "القصر", "بمقر", "مكتبه"), where a meeting is held and no incident
        or contest is."""
        if t[:1] == "ب":
            t = t[1:]
        if t[:2] == "ال":
            t = t[2:]
        return t in _MEETING_SEATS

    @staticmethod
    def named_place_in_b(t: str) -> bool:
        """met_at_place: ``t``, alone right before the date's lead, is a
        place's name glued to بـ: with no article ("ببرلين يوم …", "بنواكشوط
        صباح …"; a noun of cause or topic there would have its complement
        after it: "بخصوص الاعتصام يوم …", "بسبب الإضراب"), or a country or a
        capital that carries it ("بالقاهرة يوم …", words._COUNTRIES), or a
        town that does ("بالرباط يوم …", words._TOWNS_WITH_ARTICLE: kw28)."""
        if t[:1] != "ب" or len(t) < 4:
            return False
        return t[1:3] != "ال" or t[1:] in _COUNTRIES or t[1:] in _TOWNS_WITH_ARTICLE

    def held_meeting(self, m: int, first: int) -> bool:
        """meeting_date: the meeting noun at token ``m`` is the object of a
        verb of holding right before it or with its subject between, up to
        four words from ``first`` on ("وعقد الرئيس اجتماعا", "أجرى وزير
        الخارجية الأردني محادثات")."""
        toks = self.doc.toks
        for j in range(m - 1, max(first, m - 5) - 1, -1):
            if toks[j] in _HELD:
                return True
            if not self.is_word[j] or self.in_quote[j]:
                return False
        return False

    def recorded_occasion_date(self, i: int, sid: int) -> list[DateMention]:
        """The date of the meeting or the statements the document at token
        ``i`` records, told further on in its sentence ("كشفت وثائق جديدة …
        عن موقف X …، وذلك استنادا لأقوال أدلى بها لوفد … في 30 كانون الأول
        2009", "تبين إحدى البرقيات … لقاء للعاهل … مع … في مارس 2009"): the
        document's date, when nothing dates it nearer."""
        toks = self.doc.toks
        reach = toks[i + 1 : i + 30]
        if _RECORDED_STOPS.isdisjoint(reach):
            # (one C-level test of the thirty tokens the walk may read: it
            # returns something only at a أنّ, a gathering or a noun of
            # remarks, which most documents' words go on without)
            return []
        if self._has_meeting is None:
            self._has_meeting = not _MEETING_VERBS.isdisjoint(self.vocab)  # once per article
        if not self._has_meeting and _RECORDED_OCCASIONS.isdisjoint(reach):
            # (and in a text with no verb of meeting, meeting_after_that
            # finds nothing at a أنّ: only a gathering or a noun of remarks
            # can give a date, and most documents have none in reach)
            return []
        k = i + 1
        in_quote = self.in_quote
        while k < self.n and k - i < 30 and self.sent[k] == sid:
            t = toks[k]
            if t in _THAT:
                return self.meeting_after_that(k, sid)
            if not in_quote[k] and (t in _GATHERINGS or t in _REMARK_NOUNS):
                j = k + 1
                while j < self.n and j - k < 24 and self.sent[j] == sid:
                    if toks[j] in _THAT:
                        return []
                    if toks[j] in _PUBLISHING and not in_quote[j]:
                        # "…عن لقاء … ، وقد نشرها موقع ويكيليكس في 2 أيلول
                        # 2011": the day the document came out, not the
                        # meeting's
                        return []
                    d = None if in_quote[j] else self.date_token_index.get(j)
                    if d is not None:
                        if d.relative or d.iso is None or d.precision == "year":
                            return []
                        return [d]
                    j += 1
                return []
            k += 1
        return []

    def meeting_after_that(self, k: int, sid: int) -> list[DateMention]:
        """The date of the meeting the document's أنّ at ``k`` tells, as the
        verb of meeting's own adverbial: "كشفت برقية سربها موقع ويكيليكس أن
        السفير X التقى يوم 6 مارس 2009 وزير الخارجية Y" (the verb within
        twelve words of the أنّ, no other أنّ, relative clause or sentence
        end between; its date within eight words after it, led by the verb,
        a comma, a weekday or a word of time, a day or a month, not a year:
        "التقى في 2009" tells no meeting's day).  Not the date of something
        else the document reports ("أن الاعتداء الذي … في دجنبر 2007").
        Empty when there is none."""
        if self._has_meeting is None:
            self._has_meeting = not _MEETING_VERBS.isdisjoint(self.vocab)  # once per article
        if not self._has_meeting:
            return []
        toks = self.doc.toks
        in_quote = self.in_quote
        end = self.sent_first.get(sid + 1, self.n)
        v = k + 1
        while True:
            if v >= end or v - k > 12 or toks[v] in _MEETING_DATE_STOPS:
                return []
            # (a name in marks on the way: 'أن السفير "ويليام مونرو" التقى')
            if toks[v] in _MEETING_VERBS and not in_quote[v]:
                break
            v += 1
        found = self.dates_between(v + 1, v + 9 if v + 9 < end else end)
        if not found:
            return []
        d = found[0]
        if d.relative or d.iso is None or d.precision == "year":
            return []
        m = bisect_left(self.doc.starts, d.start)
        if not _MEETING_DATE_STOPS.isdisjoint(toks[v + 1 : m]) or (
            m - 1 > v and toks[m - 1] not in _MEETING_DATE_LEADS
        ):
            return []
        return [d]

    def paragraph_opens_with_document(self, c: int, q: _Quote) -> bool:
        """The paragraph of the quote ``q``, after the paragraph of the
        cable's sentence ``c``, opens with a sentence before the quote's
        whose cue opens it with the cable named again right after
        ("ونقلت الوثيقة عن Y قوله …", "وتضيف البرقية أن …"): the account
        of the cable goes on there."""
        folded = self.doc.folded
        line = folded.rfind("\n", 0, q.start) + 1
        k = self.tok_at(line)
        if k >= q.open_tok or k >= self.n or self.sent[k] <= c:
            return False
        s = self.sent[k]
        if self.sent_first[s] != k or self.sent[q.open_tok] == s:
            return False
        return (
            _cue_of(self.doc.toks[k]) is not None
            and k + 1 < self.n
            and self.refers_to_document(k + 1, k + 2, None)
        )

    def cable_account_goes_on(
        self,
        ctx: tuple[str, str | None, int, bool],
        sid: int,
        q: _Quote,
        att: _Attribution,
        prev,
        ent: _Entity | None,
    ) -> bool:
        """The quote ``q`` of sentence ``sid``, which nothing else dates,
        goes on with the account of the leaked cable ``ctx`` dated a few
        sentences back, with no other date, time or occasion told since:
        its words are the cable's, of its date.  So when the speaker is the
        cable's writer (the embassy, its diplomats, an envoy not former:
        "وكتبت السفارة في برقية تعود إلى العام 2009 أن «…»" then "وقال
        الدبلوماسيون الأميركيون إن «…»"), when someone the cable's sentence
        named relays the words ("تنقل السفارة أن طالباني …" then "ونقل
        طالباني عن سليماني قوله: …"), or when another side speaks in turn
        in the same paragraph right after a quote of the cable ("من جهته،
        أعلن X …، معربا عن أمله بأن «…»"), unless its words or its cue
        speak of the leaked papers (a reaction to them: "من جهتها، قالت X
        إن «هذه الوثائق تؤكد …»"); and the first words quoted since the
        cable was introduced, of someone its account told of since ("جاء
        في الحديث أن النائب X تلقى تحذيرا …" then "وقال X: «…»"), when no
        word of the leak, of a reply, of a gathering or of another occasion
        comes between."""
        c = ctx[2]
        if not c < sid <= c + 4 or (not self.cables and _ARCHIVES.isdisjoint(self.vocab)):
            return False
        if ctx[0] not in self.doc_dates and all(
            self.date_token_index[k].iso != ctx[0] for k in self.dated_docs
        ):
            # (the date of someone's statement, "وفي أوت 2003، أكد X أن «…»":
            # no cable's account to go on with)
            return False
        after = self.sent_first[c + 1]
        if (
            self.has_date_in(after, q.open_tok)
            or self.time_moves(after, q.open_tok)
            # (or "وقال X في مقابلة مع الصحيفة:": an occasion of his own)
            or (att.cue_tok is not None and self.occasion_told(att.cue_tok, q.open_tok, ent))
            # (someone quoted undated since: the account has left the cable)
            or (prev is not None and prev[1] is None and prev[3] > c)
        ):
            return False
        if (
            ent is not None
            and (
                normalize_first(ent.surface) in _CABLE_AUTHORS
                or (ent.role is not None and _envoy(ent.role))
            )
            and (
                ent.role is None
                or (
                    # (not "السفير الجزائري الأسبق": a former envoy comments
                    # today, as the current one, "السفير الأمريكي الحالي",
                    # does)
                    _NOT_THE_CABLES.isdisjoint(_role_words(ent.role))
                    # (nor another country's envoy: "وقال السفير الإيراني في
                    # بغداد" after the American embassy's cable)
                    and not self.envoy_of_another(ent.role, c)
                )
            )
        ):
            return True
        starts = self.doc.starts
        hit = self.cue_hits.get(att.cue_tok) if att.cue_tok is not None else None
        if (
            hit is not None
            and hit.relayer is not None
            and hit.relayer.kind != DOCUMENT
            and hit.relayer.pos < starts[after]
        ):
            return True
        first = self.sent_first[sid]
        # (or the cable's own words were the last quoted, their sentence the
        # account's, and no one else's since: "وتنقل البرقية: …" then "كما
        # رفض X …، معتبرا أن … «…»", X told of in the account before them;
        # dev31d)
        own = (
            not ctx[3]
            and prev is not None
            and prev[3] == c
            and prev[1] == ctx[0]
            and prev[0] is not None
            and prev[0] is self.doc_author
        )
        if (
            (ctx[3] or own)
            and (prev is None or prev[3] <= c)
            and ent is not None
            and ent.kind != DOCUMENT
            and (own or starts[self.sent_first[c]] <= ent.pos)
            and ent.pos < starts[first]
            and not self.speaks_of_leak(after, q.close_tok)
            # (nor a reply, "ورد الوزير على الصحيفة. وقال:", nor a gathering
            # told since the cable's, "وفي لقاء لاحق مع صحافيين، قال X")
            and _REACTION.isdisjoint(self.doc.toks[after : q.open_tok])
            and not self.gathering_told(after, q.open_tok)
            and not self.new_occasion(after, q.open_tok)
        ):
            # "في وثيقة … صادرة … في 08/19/2006" then "جاء في الحديث … أن
            # النائب X تلقى تحذيرا …" and "وقال X: «…»": the first words
            # quoted since the cable was introduced, of someone its account
            # told of since, with no word of the leak between
            return True
        return (
            prev is not None
            and prev[1] == ctx[0]
            and prev[3] == sid - 1
            and (
                (
                    self.turn_opens(first)
                    and self.doc.folded.find("\n", starts[self.sent_first[c]], q.start) == -1
                )
                # (or the turn of one the cable's sentence named, its subject
                # before the turn, in the paragraph after: "… قال X لوزير
                # الخارجية Y إن «…»" then "Y، من جهته، قال إن «…»"; dev33s)
                or (
                    ent is not None
                    and c == sid - 1
                    and (k := self.turn_after_subject(first, q.open_tok))
                    and set(self.doc.toks[first:k]).issubset(
                        self.doc.toks[self.sent_first[c] : first]
                    )
                )
            )
            and _ARCHIVES.isdisjoint(self.doc.toks[first : q.close_tok])
            # (nor a denial or a reply in turn: "من جهته، نفى المتحدث باسم
            # الحكومة هذه المعلومات، مؤكدا أن «…»", today's)
            and _DENYING.isdisjoint(self.doc.toks[first : q.open_tok])
        )

    def speaks_of_leak(self, a: int, b: int) -> bool:
        """Whether tokens [a, b) speak of the leaked papers (a reaction to
        them): a word of the archive, but for the one paper in view where
        the words stand ("على حد تعبير X في الوثيقة المعنية", "كما قال في
        البرقية"), with no denial or reply among the tokens."""
        toks = self.doc.toks
        if _ARCHIVES.isdisjoint(toks[a:b]):
            return False
        for k in range(a, b):
            if toks[k] in _ARCHIVES and not (
                toks[k - 1] == "في"
                and toks[k][:2] == "ال"
                and toks[k] not in _PLURAL_DOCUMENTS
                and not self.in_quote[k]
            ):
                return True
        return not _DENYING.isdisjoint(toks[a:b])

    def gathering_told(self, a: int, b: int) -> bool:
        """Whether tokens [a, b) tell of a gathering outside marks and
        outside the content an أنّ reports ("أخبر X Y بأن زعامة المؤتمر
        الشعبي قررت …": the party, or a meeting the words tell of, not an
        occasion of the telling)."""
        toks = self.doc.toks
        if _GATHERINGS.isdisjoint(toks[a:b]):
            return False
        in_quote, sent = self.in_quote, self.sent
        told = -1  # (the sentence whose أنّ was passed)
        for k in range(a, b):
            t = toks[k]
            if in_quote[k]:
                continue
            if t in _THAT:
                told = sent[k]
            elif t in _GATHERINGS and told != sent[k]:
                return True
        return False

    def goes_on_in_participle(self, q: _Quote) -> _Quote | None:
        """The quote right after ``q`` in its sentence when only a
        participle of saying, with its أنّ or colon, stands between them
        ("«…» قائلا إن «…»", "«…»، مضيفا: «…»"): the same speaker's
        statement goes on in it; else None."""
        toks = self.doc.toks
        k = q.close_tok + (1 if q.marked else 0)
        if k < self.n and toks[k] in _COMMAS:
            k += 1
        if k + 1 >= self.n or self.in_quote[k] or self.sent[k] != self.sent[q.close_tok - 1]:
            return None
        cue = _cue_of(toks[k])
        if cue is None or cue.kind != lx.PARTICIPLE:
            return None
        k += 1
        if toks[k] in _THAT or toks[k] == ":":
            k += 1
        opens = self._quote_opens
        if opens is None:
            opens = self._quote_opens = [x.open_tok for x in self._quotes]
        j = bisect_left(opens, k)
        if j == len(opens) or opens[j] != k:
            return None
        return self._quotes[j]

    def participle_after(self, q: _Quote) -> int | None:
        """The token of a participle of saying right after the quote ``q``
        and a comma, in its sentence ("«…»، مضيفا …"), else None."""
        k = q.close_tok + 1
        if k + 1 >= self.n or self.doc.toks[k] not in _COMMAS or self.sent[k + 1] != self.sent[k]:
            return None
        cue = _cue_of(self.doc.toks[k + 1])
        if cue is None or cue.kind != lx.PARTICIPLE or self.in_quote[k + 1]:
            return None
        return k + 1

    def back_at_day(self, day: str, ent: _Entity | None, q: _Quote) -> bool:
        """A quote apart from a lead's gathering of the stamp's own day that
        is still of the day's story: its speaker's words were already dated
        that day ("قال النائب، الاثنين، إن لديه أملا في عقد جلسة البرلمان"
        then "وذكر النائب في حديث لـ«…» أن «…»"), or its sentence names a
        gathering again before the quote ("وحول مجريات الجلسة، بينت
        النائبة لـ«…» أن «…»"); not someone else's reaction ("وفي أول رد
        فعل، قال X")."""
        if ent is not None:
            known = self.speaker_dates.get(id(ent))
            if known is not None and known[3] is ent and known[0] == day:
                return True
            if ent.kind == PERSON and self.lead_subject(ent):
                # "أشرف الوزير X خلال اجتماعه …، اليوم الخميس …" then "وحذر X
                # في تصريح لمراسل الإذاعة من أن «…»": the one the lead names
                # before its gathering goes on on the day (dev24d)
                return True
        first = self.sent_first[self.sent[q.open_tok]]
        toks = self.doc.toks
        return any(
            toks[k] in _GATHERINGS and not self.in_quote[k] for k in range(first, q.open_tok)
        )

    def lead_subject(self, ent: _Entity) -> bool:
        """``ent`` is named in the event lead's sentence before its first
        gathering word or speech outside marks (back_at_day): "تطرق
        الوزير X خلال اجتماعه", not the one met after it ("استقبل X خلال
        جلسة عمل … Y")."""
        lead = self.event_lead()
        if lead is None:
            return False
        a = self.sent_first[lead[0]]
        b = self.sent_first.get(lead[0] + 1, self.n)
        toks = self.doc.toks
        g = next((k for k in range(a, b) if toks[k] in _GATHERINGS and not self.in_quote[k]), -1)
        speech = self.speech_told(lead[0])
        if g < 0 or 0 <= speech < g:
            g = speech
        return g > a and self.named_in(ent, a, g)

    def lead_own_day(self, w: int, d: DateMention) -> bool:
        """The weekday at token ``w`` and the full date ``d`` right after it
        are the lead's own day, the story's: the weekday agrees with the
        date, in the running text of the text's first sentence ("أكد المحامي
        X، الاثنين 8 ماي 2023، أنه …", "أعلنت الوزارة الثلاثاء 14 مارس 2023
        عن …"), not a stamp at the head of its line or with its clock time,
        nor the day of a gathering, a document or a relative clause before
        it ("خلال اجتماع … يوم الاثنين 3 مارس 2025", "الذي زار الجنوب يوم
        الأحد …")."""
        toks = self.doc.toks
        folded = self.doc.folded
        if WEEKDAYS.get(toks[w]) != _date.fromisoformat(d.iso).weekday():
            return False
        line = folded.rfind("\n", 0, d.start) + 1
        ls = bisect_left(self.doc.starts, line)
        return (
            ls < w - 2
            and "." not in folded[line : d.start]
            and _CLOCK.match(folded, d.end) is None
            and _RELATIVES.isdisjoint(toks[ls:w])
            and _GATHERINGS.isdisjoint(toks[ls:w])
            and lx.DOCUMENT_HEADS.isdisjoint(toks[ls:w])
        )

    def lead_tells_day(self) -> str | None:
        """The story's day when the words right after the stamp (its lead)
        tell it by the stamp: "اليوم", "أمس", a weekday, outside marks (or
        "اليوم" right before a date the lead gives: "مساء اليوم الجمعة 15
        أفريل 2022"; a weekday right before the stamp's date is the stamp's
        own).  The lead's "أمس" or weekday makes it the day before or that
        weekday ("الرياضة 2021/07/13 … أصدرت المحكمة أمس الاثنين قرارا"):
        the account that follows, undated, is of the day the lead tells."""
        toks = self.doc.toks
        k = self.dateline_tok
        if self.dateline_at_end:
            # (a closing dateline: the lead is the text's first words)
            day = self.lead_day_from(0)
            if day is None and self.signed_statement():
                return self.dateline.isoformat()
            return day
        # (no date of the index at the stamp's token when a date with no
        # year opens the text: "18 أفريل …؟" then a stamp further down)
        written = self.date_token_index.get(k)
        if written is not None and (
            "اليوم" in toks[k - 3 if k > 3 else 0 : k]
            # ("أكد X أن … انطلق أمس الخميس (5 ديسمبر 2019)": the date in
            # brackets after its weekday, as the dateline reads it)
            or (k > 3 and self.lead_own_day(k - 2 if toks[k - 1] == "(" else k - 1, written))
            # (or after its comma, "أمس الخميس، 5 ديسمبر 2019،", after أمس or
            # اليوم only: "تاريخ النشر: الخميس، 08 يونيو 2023" is a label)
            or (
                k > 3
                and toks[k - 1] in _COMMAS
                and (toks[k - 3] == "امس" or toks[k - 3] == "اليوم")
                and self.lead_own_day(k - 2, written)
            )
            # ("يوم أمس الأول 18 ابريل 2020م": the date written, the lead's)
            or (k > 2 and toks[k - 1] == "الاول" and toks[k - 2] == "امس")
        ):
            # (the date written: the dateline's day, or the day before it
            # after "أمس الجمعة": today_in_lead)
            return written.iso
        stamp = self.date_token_index.get(k)
        # "date 2024-11-26 رام الله/سما/": a wire dispatch, the day's news
        # even when its lead names no day
        wire = stamp is not None and (
            _WIRE_PLACE.match(self.doc.folded, stamp.end) is not None
            or self.agency_after(stamp)
            # ("بيان صحفي (الخميس 23 فبراير 2023)": a press release, of its day)
            or self.press_release_label(self.doc.folded.rfind("\n", 0, stamp.start) + 1, k)
        )
        while k < self.n and self.date_token_index.get(k) is stamp:
            k += 1  # (past the stamp's date)
        day = self.lead_day_from(k)
        if day is None and (wire or (stamp is not None and self.published_at(stamp))):
            return self.dateline.isoformat()
        if day is None and self.post_stamps and self.dateline_tok in self.post_stamps:
            # "— قناة X (@x) March 2, 2024", the text's only date: the post
            # carries the words or the occasion the story reports, of its day
            return self.dateline.isoformat()
        return day

    def signed_statement(self) -> bool:
        """The text is a statement that its closing date dates: headed by
        the word "بيان" (or "بلاغ") alone on its first line, or signed by an
        office on a short line or two right above the date ("المكتب
        الإعلامي / لرئيس مجلس النواب / 30 كانون الأول 2019"): all it says
        is of that day."""
        folded = self.doc.folded
        head = folded.lstrip()
        nl = head.find("\n")
        first_line = (head if nl < 0 else head[:nl]).split()
        if 0 < len(first_line) <= 2 and first_line[0] in _STATEMENT_HEADS:
            return True
        stamp = self.date_token_index.get(self.dateline_tok)
        if stamp is None:
            return False
        end = folded.rfind("\n", 0, stamp.start)
        # "المكتب السياسي بتاريخ 9/3/2019": the office signs on the
        # date's own line (closing_dateline let three words at most before it)
        signer = folded[end + 1 : stamp.start].split(None, 1)
        if signer and signer[0] in lx.ORGANIZATION_HEADS and signer[0] not in lx.OUTLET_HEADS:
            return True
        for _ in range(2):
            if end <= 0:
                return False
            start = folded.rfind("\n", 0, end) + 1
            words = folded[start:end].split()
            if not words or len(words) > 6 or "." in folded[start:end]:
                return False
            if words[0] in lx.ORGANIZATION_HEADS:
                # (but "وكالة الأنباء العمانية" above the date: a news text's
                # credit, not a statement's signature)
                return words[0] not in lx.OUTLET_HEADS
            end = start - 1
        return False

    def agency_after(self, stamp: DateMention) -> bool:
        """The agency's short name right after the stamp's date on its line
        ("أريحا 5-3-2024 وفا -", in slashes or brackets: "أبوظبي في 21
        نوفمبر 2023 / وام /"), or the Hijri date before it ("الرياض 12
        رجب 1445 هـ الموافق 24 يناير 2024 م واس", as official agencies
        date their copy, on its line or run into the lead): a wire
        dispatch's dateline."""
        k = bisect_left(self.doc.starts, stamp.start)
        if k > 0 and self.doc.toks[k - 1] in _CORRESPONDING:
            return True
        folded = self.doc.folded
        m = _AGENCY_EOL.match(folded, stamp.end) or _AGENCY_DASH.match(folded, stamp.end)
        if m is None and (m := _AGENCY_MARKED.match(folded, stamp.end)) is not None:
            # in slashes or brackets, after a place ("أبوظبي في 21 نوفمبر
            # 2023 / وام /"): not a bare date heading the text ("14 مارس
            # 2022 (محدث)", "الاثنين 14 مارس 2022 / صور /")
            line = folded[folded.rfind("\n", 0, stamp.start) + 1 : stamp.start].split()
            marked = set(folded[stamp.end : m.end()].replace("/", " ").strip(" \t()").split())
            if (
                not line
                or line[0] in WEEKDAYS
                or line[0] in {"يوم", "اليوم"}
                or ":" in line[-1]
                or not _NOT_AGENCIES.isdisjoint(marked)
            ):
                return False
        return m is not None and "\n" not in folded[stamp.end : m.end() - 1]

    def no_day_told(self, k: int) -> bool:
        """The weekday at token ``k`` tells no day the stamp counts back to:
        a date's own weekday ("يوم الأربعاء 26 مارس") or a day to come ("الأحد
        المقبل", "غدا السبت")."""
        toks = self.doc.toks
        return (
            k + 1 in self.date_token_index
            or (toks[k + 1] if k + 1 < self.n else "") in _NOT_PAST
            or (k > 0 and toks[k - 1] in _TOMORROW)
        )

    def lead_day_from(self, k: int) -> str | None:
        """The day the lead starting at token ``k`` tells by the dateline:
        its first "اليوم", "أمس" or weekday outside marks (lead_tells_day)."""
        toks = self.doc.toks
        in_quote = self.in_quote
        b = k + _LEAD_REACH
        if b > self.n:
            b = self.n
        relative = False
        while k < b:
            t = toks[k]
            if t in _RELATIVES:
                relative = True
            elif t in _CLAUSE_PUNCT or t in _SENTENCE_END:
                relative = False
            if t[:1] == "و" and len(t) > 3:
                t = t[1:]
            if (t in _TODAY_OR_YESTERDAY or t in WEEKDAYS) and not in_quote[k]:
                if relative and not self.day_before_that(k):
                    # "ردّ نواب على الخطاب الذي ألقاه X أمس": the day of
                    # what the relative clause tells, not the lead's own
                    k += 1
                    continue
                rel = self.relative_to_dateline(self.sent[k], k)
                if rel is not None and rel[1] == "day":
                    return rel[0]
                return self.dateline.isoformat()
            k += 1
        return None

    def day_before_that(self, k: int) -> bool:
        """The day at token ``k`` (with the weekday, "اليوم" or the date
        after it) comes right before أنّ, a comma and أنّ, or a colon: the
        day of the verb of saying the relative clause came after ("قال
        الوزير الذي يواجه انتقادات أمس إن", "أعلن الجيش الذي يقاتل في
        الشمال اليوم الخميس أن"), not the relative's own."""
        toks = self.doc.toks
        k += 1
        while k < self.n and (
            toks[k] in _TODAY_OR_YESTERDAY or toks[k] in WEEKDAYS or k in self.date_token_index
        ):
            k += 1
        if k < self.n and toks[k] in _COMMAS:
            k += 1
        return k < self.n and (toks[k] in _THAT or toks[k] == ":")

    def published_at(self, stamp: DateMention) -> bool:
        """``stamp`` is the page's time of publication: its clock time beside
        it ("2-10-2018 | 23:29", "الثلاثاء، 20 ديسمبر 2016 11:47 ص") or a
        publication label before it on its line ("تاريخ النشر: 4th,
        November 2023", "نشر في 2023/05/02", "date 2025-12-15").  A news page so stamped
        reports what was said the day it went up, also when its lead names
        no day (unlike a bare date heading the text: the day it was read,
        or a date of no known role)."""
        folded = self.doc.folded
        line = folded.rfind("\n", 0, stamp.start) + 1
        if _stamped_after(folded, stamp.end):
            return True
        if (
            line == stamp.start
            # (heading the text: a line of its own further down is an
            # event's date, "أعلنت الحكومة الجدول:\n15-مارس-2020"; final read)
            and not folded[:line].strip()
            and _HYPHENED_DATE.fullmatch(folded, stamp.start, stamp.end) is not None
            and folded[stamp.end : folded.find("\n", stamp.end)].strip() == ""
        ):
            return True
        if _clock_before(folded, line, stamp.start) >= 0:
            return True
        starts = self.doc.starts
        before = self.doc.toks[bisect_left(starts, line) : bisect_left(starts, stamp.start)]
        if 1 < len(before) <= 4 and before[0] in _NEWSPAPERS:
            # "جريدة عمان الأربعاء 20 يوليو 2016 م": a newspaper's issue
            # line, its name and the issue's date
            return True
        if 3 <= len(before) <= 6 and before[-1] in WEEKDAYS and (byline := before[:-1]):
            if byline[0] in _BYLINE_LABELS:
                byline = [w for w in byline[1:] if w.isalpha()]
            elif byline[0] not in _GIVEN_NAMES:
                byline = []
            if 2 <= len(byline) <= 3 and all(w.isalpha() for w in byline):
                # "يوسف بصور الاحد 27 نوفمبر 2022", "كتب: X Y الإثنين 5
                # مارس 2024": the writer's name, then the day and date the
                # article went up (a site header shows a date alone)
                return True
        return not _PUBLISHED.isdisjoint(before)

    def stamp_day(self, sid: int) -> str | None:
        """The day of the page's stamp or dateline, for a statement in
        sentence ``sid`` that nothing else dates, in a day story (its lead
        tells its day by the stamp: lead_tells_day): the day's news reports
        what was said that day ("date 2025-09-27 … اليوم الإثنين … وأضاف
        النائب: «…»"); not when the text tells of leaked or archived papers
        (cables, documents: their words are of their own time), of another
        date before the quote (but not one told in passing in an earlier
        sentence: aside), or of a time in the quote's own sentence
        that did not date it ("قال X إن المجلس اجتمع مساء الأحد، موضحا:":
        the day of what he reports)."""
        if self._stamp_ok is None:
            vocab = self.vocab
            self._stamp_ok = (
                _PAPERS.isdisjoint(vocab)
                and ("ويكيليكس" not in vocab or _LEAKED.isdisjoint(vocab))
                and not self.cables
                and self.lead_tells_day()
            ) or False
        if not self._stamp_ok:
            return None
        toks = self.doc.toks
        a = self.sent_first[sid]
        if self._related_at is None:
            self._related_at = -1
            folded = self.doc.folded
            for m in _RELATED_LABEL.finditer(folded):
                end = folded.find("\n", m.end())
                if not folded[m.end() : end if end >= 0 else len(folded)].strip():
                    self._related_at = m.start()
                    break
        if 0 <= self._related_at < self.doc.starts[a]:
            # "إقرأ أيضاً:" and another article's text under it: the page's
            # day is not that article's (but "اقرأ أيضاً : الحكومة: …", one
            # headline on the label's line, is a link set in the article,
            # which goes on under it)
            return None
        b = self.sent_first.get(sid + 1, self.n)
        stamp_tok = self.dateline_tok
        if "اليوم" not in toks[stamp_tok - 3 if stamp_tok > 3 else 0 : stamp_tok]:
            stamp_tok = -1  # (only "اليوم الأربعاء 11 أوت 2021": today, the stamp's own)
        for k in range(a, b):
            t = toks[k]
            if t[:1] == "و" and len(t) > 3:
                t = t[1:]
            if (
                (t in _TODAY_OR_YESTERDAY or t in WEEKDAYS)
                and not self.in_quote[k]
                # (not the stamp's own "اليوم الأربعاء" right before its date)
                and not stamp_tok - 3 <= k < stamp_tok
                # (nor today itself, "اليوم" or "اليوم الإثنين": "قال X إن
                # لقاء الوزير الذي جرى ظهر اليوم «…»", words on what was
                # done today are said today, the page's day; not "في اليوم
                # نفسه", "اليوم التالي": dev23d)
                and not (t == "اليوم" and self.today_itself(k))
                # (k - 1 only when there is one: toks[-1] is the text's last)
                and not (k and toks[k - 1] == "اليوم" and self.today_itself(k - 1))
            ):
                return None
        day = self._stamp_ok
        stamp = self.date_token_index.get(self.dateline_tok)  # (its own tokens)
        stamp_line_end = -1
        if stamp is not None and _UPDATED.match(self.doc.folded, stamp.end):
            stamp_line_end = self.doc.folded.find("\n", stamp.end)
        tokens = self.date_tokens
        k = 0 if self.dateline_at_end else bisect_right(tokens, self.dateline_tok)
        while k < len(tokens) and tokens[k] < b:
            j = tokens[k]
            k += 1
            d = self.date_token_index[j]
            if self.in_quote[j] or d.iso is None or d is stamp:
                continue
            if d.start < stamp_line_end:
                continue  # (the stamp's update right after it: "- محدث : 10.10.2024")
            if j < a and self.headline_again(d):
                continue  # (the title printed again under the stamp: its date is the title's)
            if j < a and self.aside(d, self.sent_first[self.sent[j]]):
                # ("وقالت X إن السلطات طلبت برنامجا في آذار 2025" a sentence
                # before: a time told in passing, the account stays on the day)
                continue
            if not day.startswith(d.iso) and not self.today_as_stamp(d):
                return None  # (another time told: "في 14 آذار 1978")
        return day

    def told_to_own_outlet(self, sid: int, c: int, o: int) -> bool:
        """The cue at token ``c`` of sentence ``sid`` tells the words opened
        at token ``o`` to the page's own outlet, named in brackets or marks
        right after the dateline's date ("بورتسودان 14 ديسمبر 2026 (سودان
        تربيون) —", then "وقال X لـ«سودان تربيون» إن «…»"), in a story whose
        lead tells its day by the stamp (lead_tells_day), with no time of
        its own in the sentence before the words (a date, "أمس", a weekday)
        and not as the pluperfect ("وكان X قد قال لـ«…»")."""
        name = self._own_outlet
        if name is None:
            name = self._own_outlet = self.outlet_after_dateline()
        if not name:
            return False
        toks = self.doc.toks
        a = self.sent_first[sid]
        n = len(name)
        for i in range(a, o - n - 2):
            if (
                toks[i] == "ل"
                and toks[i + 1] in QUOTE_MARKS
                and tuple(toks[i + 2 : i + 2 + n]) == name
                and toks[i + 2 + n] in QUOTE_MARKS
                and self.doc.ends[i] == self.doc.starts[i + 1]
            ):
                break
        else:
            return False
        if _may_be_pluperfect(toks, a, c) or not self.lead_tells_day():
            return False
        for k in range(a, o):
            t = toks[k]
            if t[:1] == "و" and len(t) > 3:
                t = t[1:]
            if (t in _TODAY_OR_YESTERDAY or t in WEEKDAYS) and not self.in_quote[k]:
                return False
        j = bisect_left(self.date_tokens, a)
        return j >= len(self.date_tokens) or self.date_tokens[j] >= o

    def outlet_after_dateline(self) -> tuple[str, ...]:
        """The words (one to three) of the outlet named in brackets or marks
        right after the dateline's date ("(سودان تربيون)", "«الأيام»"); ()
        when there is none."""
        k = self.dateline_tok
        mention = self.date_token_index.get(k) if k >= 0 else None
        if mention is None or self.dateline_at_end:
            return ()
        toks = self.doc.toks
        j = bisect_left(self.doc.starts, mention.end)
        if j >= self.n or (toks[j] != "(" and toks[j] not in QUOTE_MARKS):
            return ()
        end = j + 1
        while end < self.n and end - j <= 4 and self.is_word[end]:
            end += 1
        if (
            end == j + 1
            or end - j > 4
            or end >= self.n
            or (toks[end] != ")" and toks[end] not in QUOTE_MARKS)
        ):
            return ()
        return tuple(toks[j + 1 : end])

    def today_itself(self, k: int) -> bool:
        """``اليوم`` at token ``k`` is today: a weekday or no word with the
        article after it ("ظهر اليوم الإثنين", "اليوم"; not "في اليوم
        نفسه", "اليوم التالي", "اليوم الوطني")."""
        toks = self.doc.toks
        if k:
            # (not the same or that day, "في نفس اليوم", "ذات اليوم", "في
            # ذلك اليوم", "ذاك اليوم", "بنفس اليوم", nor a day of another
            # year, "في مثل هذا اليوم")
            before = toks[k - 1]
            if before in _SAME_OR_THAT_BEFORE or (
                before == "هذا" and k > 1 and toks[k - 2][-3:] == "مثل"
            ):
                return False
        if k + 1 >= self.n:
            return True
        nxt = toks[k + 1]
        return nxt in WEEKDAYS or (nxt[:2] != "ال" and nxt not in _SAME)

    def headline_again(self, d: DateMention) -> bool:
        """The date ``d`` stands on a line that repeats an earlier line of
        the text word for word: the page's title printed again under its
        stamp ("X: 11 يناير ذكرى …" over the stamp and under it), whose
        date is the title's, no time the account moves to."""
        folded = self.doc.folded
        line = folded.rfind("\n", 0, d.start) + 1
        end = folded.find("\n", d.end)
        title = folded[line : end if end >= 0 else len(folded)].strip()
        return len(title) > 20 and folded.find(title, 0, line) >= 0

    def aside(self, d: DateMention, first: int) -> bool:
        """The date ``d``, in an earlier sentence than the quote's (from
        ``first``), tells the time of something the account mentions in
        passing, not a time the account moves to: counted from or up to
        ("منذ يناير 2019", "حتى 31 تموز 2011"), in a relative clause ("الذي
        وقعه الطرفان في 12 يونيو 2022") or in what was reported ("وقالت X إن
        الحكومة طلبت برنامجا في آذار 2025").  The story's day goes on past it
        (stamp_day); a date that opens or dates a statement does not."""
        return d.relative or self.in_relative(d, first) or self.after_that(d, first)

    def today_as_stamp(self, d: DateMention) -> bool:
        """The date ``d`` is the lead's "today" written out
        after its weekday ("اليوم الأربعاء (21 كانون الثاني 2025)"), and the
        weekday is the stamp's: the stamp's day, whatever the date says (a
        year or a day mistyped, the old year kept in January), not another
        time told."""
        toks = self.doc.toks
        k = bisect_left(self.doc.starts, d.start) - 1
        if k >= 2 and toks[k] == "(":
            k -= 1
        wd = WEEKDAYS.get(toks[k])
        return (
            wd is not None
            and toks[k - 1] == "اليوم"
            and d.precision == "day"
            and wd == self.dateline.weekday()
        )

    def dated_document(self, first: int, upto: int) -> DateMention | None:
        """The last date in [first, upto) that a dating word introduces
        ("المؤرخة في", "بتاريخ", "الصادرة في"), outside a relative clause
        that tells of something else ("التي نشرها الموقع بتاريخ …")."""
        docs = self.dated_docs
        k = bisect_left(docs, upto) - 1
        while k >= 0 and docs[k] >= first:
            d = self.date_token_index[docs[k]]
            if not self.in_relative(d, first):
                return d
            k -= 1
        return None

    def dated_by_word_before(self, first: int, cue: int) -> DateMention | None:
        """The date a dating word introduces ("بتاريخ", "المؤرخة في") last
        before the cue at ``cue`` in its sentence, ten words at most before
        it, when nothing between them moves to another statement or
        occasion: no comma, gathering, في, أنّ, verb of saying, marks or
        relative clause ("بتاريخ 15 جوان والمتضمن تصريحا للرئيس قال فيه": the thing dated
        holds the words; not "رسالة بتاريخ 8 مارس إلى المحكمة وفي ندوة
        قال فيها")."""
        docs = self.dated_docs
        j = bisect_left(docs, cue) - 1
        if j < 0 or docs[j] < first:
            return None
        k = docs[j]
        if cue - k > 10:
            return None
        toks = self.doc.toks
        for m in range(k + 1, cue):
            t = toks[m]
            if (
                self.in_quote[m]
                or t in _CLAUSE_PUNCT
                or t in _GATHERINGS
                or t == "في"
                or t == "وفي"
                or t in _THAT
                or t in _RELATIVES
                or ((c := _cue_of(t)) is not None and c.kind in _VERB_KINDS)
            ):
                return None
        d = self.date_token_index[k]
        return None if self.in_relative(d, first) else d

    def told_before(self, ent: _Entity, first: int, sid: int) -> tuple[str, str, int] | None:
        """(date, precision, sentence) of the last statement of ``ent`` in
        reported speech, in the six sentences before token ``first``, when
        its cue clause (up to أنّ) names its day or its month: "نفت الحركة
        الثلاثاء أن …", "أكد الرئيس خلال لقائه أمس الأحد 13 أفريل 2025
        … أن …", "أبلغ الوزير X، في يناير 2009، بأن …"
        (past his undated statements since, "وقالت الحركة في بيان إن …"; a
        sentence with a quotation ends the search: a quote's date is
        speaker_dates')."""
        toks = self.doc.toks
        in_quote = self.in_quote
        subjects = self._cue_subjects  # (in the order of their cues)
        # (from the last cue before ``first``: those after it were passed
        # over one by one, quadratic in a sentence of thousands of cues)
        for k in range(bisect_left(subjects, first, key=_first_item) - 1, -1, -1):
            tok, e, _hit = subjects[k]
            s = self.sent[tok]
            if s < sid - 6:
                return None
            if e is not ent:
                continue
            a = self.sent_first[s]
            b = self.sent_first.get(s + 1, self.n)
            if 1 in in_quote[a:b]:
                return None  # (the statement quoted: its date is known)
            end = tok
            while end < b and toks[end] not in _THAT:
                end += 1
            for d in self.dates_between(tok, end):
                # (not "قال X، الذي زار الجنوب يوم 3 مارس، إن": the speaker's
                # own past, in a relative clause); a month too when أنّ ends
                # the clause ("نفى الوزير في يناير 2009 أن …"; with none, the
                # sentence runs on past the statement: "اجتماع دار بين X وY
                # في مارس 2010", بين read as the verb "explained")
                if (
                    d.precision == "day" or (d.precision == "month" and end < b)
                ) and not self.in_relative(d, tok):
                    return d.iso, d.precision, s
            if (
                tok > a
                # (an occasion: not a bare date opening the sentence, a
                # page's stamp with no line break after it)
                and toks[a] in _DURING
                # (a talk of his: not "وفي إشارة إلى اتفاق 17 مايو 1983، قال
                # X", the date of what is spoken of, final read)
                and toks[a + 1] in _FRONTED_TALKS
                and (d := self.fronted_date(a, tok)) is not None
                and (d.precision == "day" or (d.precision == "month" and end < b))
                and not self.time_moves(a, end)
                and not self.talk_in_relative(d, tok)
            ):
                # "وفي تصريح لإذاعة محلية يوم الاثنين 7 مارس 2022، قال X
                # إن …": the occasion fronted, its date before the cue
                return d.iso, d.precision, s
            if self.dateline is not None:
                rel = self.relative_to_dateline(s, a)
                if rel is not None and rel[1] == "day":
                    return rel[0], rel[1], s
        return None

    def deed_fronted_before(self, ent: _Entity, sid: int, open_tok: int) -> DateMention | None:
        """The day or month fronted by the sentence before ``sid`` ("وفي
        مارس 2008، أرسل السفير X …") when ``ent`` is the subject of the verb
        right after it, and the sentence ``sid``, opening on a verb, names
        him not before the words at ``open_tok`` (it goes on with his deed)."""
        toks = self.doc.toks
        first = self.sent_first[sid]
        a = self.sent_first[sid - 1]
        if toks[a] not in _IN:
            return None
        # (not "وقال كارتر إن «…»": named again, a statement of its own)
        names = set(_NORMALIZED[ent.surface].split())
        if not names.isdisjoint(toks[first:open_tok]):
            return None
        fronted = self._fronted.get(a)
        if fronted is None:
            fronted = self._fronted[a] = self._fronted_dates(a)
        if not fronted:
            return None
        tok, d = fronted[0]
        if tok > a + 4 or d.precision == "year":
            return None
        c = tok + 1
        while c < first and c <= tok + 3 and toks[c] not in _CLAUSE_PUNCT:
            c += 1
        if c >= first or toks[c] not in _COMMAS or self.in_quote[c + 1]:
            return None
        # (the doer right after the verb, a title or two before his name:
        # "أرسل السفير الكندي جون كارتر")
        if not self.named_in(ent, c + 2, min(c + 7, first)):
            return None
        if self.time_moves(c, open_tok):
            return None
        # (nor a verb in the present, a view held now or a habit: "ويرى أن
        # «…»", "ويقول إن" — save "ويضيف", going on, and "ويقول فيه", in
        # the deed's paper; nor words said now or on an occasion of their
        # own: "وقال أمس إن", "ويعتقد حاليا أن", "وقال في مقابلة إن")
        verb = toks[first]
        cue = _cue_of(verb)
        if (
            cue is not None
            and cue.kind == lx.VERB
            and not _past_form(verb[1:] if verb[:1] == "ف" else verb, cue.lemma)
            and _lemma_key(cue) not in _GO_ON
            and toks[first + 1] not in _IN_IT
        ):
            return None
        if self.said_now_or_elsewhere(first, open_tok):
            return None
        return d

    def said_now_or_elsewhere(self, a: int, b: int) -> bool:
        """The cue's clause [a, b), before its that-clause, tells its words
        said at the writer's time ("وقال أمس إن", "ويرى حاليا أن"; not "في
        اليوم نفسه", "حتى الآن") or on an occasion of their own ("في مقابلة
        مع …", "في حديث للإذاعة")."""
        toks = self.doc.toks
        b = min(b, self.n - 1)
        for k in range(a + 1, b):
            t = toks[k]
            if t in _THAT or t in _SENTENCE_END or t == ":" or self.in_quote[k]:
                break
            if t in _IN and toks[k + 1] in _OWN_OCCASIONS:
                return True
            if t in _SAID_NOW and toks[k - 1] not in _BEFORE_NOW:
                return True
        return self.new_occasion(a, b)

    def day_named(self, first: int, upto: int) -> str | None:
        """ "صباح اليوم الموالي", "في اليوم التالي": the day after the last full
        date told before; "مساء الأربعاء", "صباح السبت" without a date: the
        day of that name in the week up to the last full date that named its
        own weekday ("يوم الأربعاء 26 مارس 2025"), the narrative's calendar
        (a dateline's "الخميس" is relative_to_dateline's)."""
        toks = self.doc.toks
        named = self._days_named
        if named is None:
            named = self._days_named = self.days_named()
        for k in named[bisect_left(named, first) : bisect_left(named, upto)]:
            if self.in_quote[k]:
                continue
            t = toks[k]
            if t[:1] == "و" and len(t) > 4:
                t = t[1:]
            ahead = False  # (counted forward from the narrative's last date)
            if t != "اليوم" and k > 0 and toks[k - 1] in _TODAY_OR_YESTERDAY:
                if self.dateline is not None:
                    continue  # "أمس الأحد": the dateline's (relative_to_dateline)
                # "أصدرت المحكمة مساء الأربعاء 1 أكتوبر 2025 حكما" then "في
                # تصريح اليوم الجمعة": with no dateline, the writer's today
                # (or yesterday) is the first day of that name on or after
                # the narrative's last dated day
                ahead = True
            tokens = self.date_tokens
            i = bisect_left(tokens, k) - 1
            while i >= 0:
                j = tokens[i]
                d = self.date_token_index[j]
                i -= 1
                if d.iso is None or d.relative or d.precision != "day" or self.in_quote[j]:
                    continue
                while j and self.date_token_index.get(j - 1) is d:
                    j -= 1  # (the date's first token)
                    i -= 1
                day = _date.fromisoformat(d.iso)
                if t == "اليوم":
                    return (day + timedelta(days=1)).isoformat()
                # ("أمس الخميس (16 يوليو 2015)": the date in brackets after it)
                w = j - 2 if j > 1 and toks[j - 1] == "(" else j - 1
                wd = WEEKDAYS.get(toks[w]) if j else None
                if wd is None and j and toks[j - 1] in _CORRESPONDING:
                    # "مساء الأحد 23 جمادى الآخرة 1447هـ الموافق 14 ديسمبر
                    # 2025م": the weekday before the Hijri date is the day's
                    for m in range(j - 2, j - 9 if j > 9 else 0, -1):
                        wd = WEEKDAYS.get(toks[m])
                        if wd is not None:
                            break
                if wd is None or wd != day.weekday():
                    return None  # the narrative does not count in weekdays
                if ahead:
                    return (day + timedelta(days=(WEEKDAYS[t] - wd) % 7)).isoformat()
                return (day - timedelta(days=(wd - WEEKDAYS[t]) % 7)).isoformat()
            return None
        return None

    def days_named(self) -> list[int]:
        """The tokens that may name a day day_named reads, in order: "اليوم"
        before "الموالي"/"التالي", a weekday that is no date's own nor one to
        come (no_day_told); filed once per article, where day_named read
        every token of the cue's sentence up to each quote (a sentence of
        quotes with its stops lost was quadratic: fuzz16)."""
        toks = self.doc.toks
        n = self.n
        named = []
        if _DAY_NAMED_TOKENS.isdisjoint(toks):
            return named
        for k in compress(count(), map(_DAY_NAMED_TOKENS.__contains__, toks)):
            t = toks[k]
            if t[:1] == "و" and len(t) > 4:
                t = t[1:]
            if t == "اليوم":
                if (toks[k + 1] if k + 1 < n else "") in _NEXT:
                    named.append(k)
            elif not self.no_day_told(k):
                named.append(k)
        return named

    def opens_with_event(self, first: int) -> bool:
        """The sentence opens with "(و)خلال/في" and a definite event noun
        ("وخلال الزيارة،", "وفي الاجتماع نفسه")."""
        toks = self.doc.toks
        return (
            toks[first] in _DURING
            and first + 1 < self.n
            and toks[first + 1] in _EVENTS_TOLD
            and not self.in_quote[first]
        )

    def event_told_before(self, first: int, sid: int) -> tuple[str, str | None] | None:
        """ "وأضاف X خلال زيارة ميدانية …" (dated) … "وخلال الزيارة، قالت
        الممرضة …": the event named again with the article is the one told
        of a few sentences before; what is said at it takes the date of the
        words said there."""
        toks = self.doc.toks
        event = toks[first + 1]
        bare = event[2:]
        for s in range(sid - 1, max(-1, sid - 8), -1):
            said = self.said_dates.get(s)
            if said is None:
                continue
            a = self.sent_first[s]
            b = self.sent_first.get(s + 1, self.n)
            words = toks[a:b]
            if bare in words or event in words:
                return said
        return None

    def document_dated_later(self, first: int, q: _Quote) -> DateMention | None:
        """The date a later sentence gives the document that the quote's
        sentence introduces, indefinite, before the quote ("أفادت برقية …
        أن X قال «…»"): the next full date after the quote, within three
        sentences, with that document named definite and a dating word
        ("بتاريخ", "المؤرخة", "تحمل تاريخ") in the ten words before it."""
        toks = self.doc.toks
        in_quote = self.in_quote
        head = None
        if q.open_tok - first > _LONG_STRETCH:
            # a long sentence (scraped text with its stops lost: thousands of
            # quotes in one): the same search over the document words alone,
            # filed once, not a pass over the sentence for each quote
            # (quadratic)
            docs = self._document_toks
            if docs is None:
                docs = self._document_toks = list(
                    compress(count(), map(_CORRESPONDENCE.__contains__, toks))
                )
            ks = reversed(docs[bisect_left(docs, first) : bisect_left(docs, q.open_tok)])
        elif _SINGLE_DOCUMENTS.isdisjoint(toks[first : q.open_tok]) and (
            self.doc_ctx is not None or _THE_DOCUMENTS.isdisjoint(toks[first : q.open_tok])
        ):
            # (one C-level set test: most quotes' sentences name no such
            # document, and the scan below would visit every word; "the
            # cable" when no dated one is in view: "وقالت البرقية إن …")
            return None
        else:
            ks = range(q.open_tok - 1, first - 1, -1)
        # the first date after the quote, within three sentences, the only one
        # read (before the walk back for the document: most quotes' sentences
        # that name one have no such date, or none with a dating or sending
        # word before it, and the walk would visit every word)
        tokens = self.date_tokens
        j = bisect_right(tokens, q.close_tok)
        sid = self.sent[q.open_tok]
        while True:
            if j == len(tokens):
                return None
            k = tokens[j]
            j += 1
            if self.sent[k] > sid + 3:
                return None
            d = self.date_token_index[k]
            if not (in_quote[k] or d.relative):
                break
        if d.iso is None:
            return None
        window = toks[max(self.sent_first[self.sent[k]], k - 10) : k]
        dating = "تاريخ" in window or not _DATING_WORDS.isdisjoint(window)
        if not dating and _SENDING.isdisjoint(window):
            return None
        for m in ks:  # (the last one)
            t = toks[m]
            if in_quote[m]:
                continue
            if t in _SINGLE_DOCUMENTS:
                head = t
                break
            if t in _THE_DOCUMENTS and self.doc_ctx is None:
                head = t[2:]
                break
        if head is None:
            return None
        if dating and "ال" + head in window:
            return d
        if (
            window
            and window[0] in _THE_DOCUMENTS
            and window[0] == toks[self.sent_first[self.sent[k]]]
            and not _SENDING.isdisjoint(window)
        ):
            # "نشر وثيقة … قالت إن … «…». البرقية التي تم إرسالها من
            # السفارة في يونيو 2008 …": the document again, by another
            # noun opening the next sentence, with the day it was sent
            return d
        s0 = self.sent_first[self.sent[k]]
        if (
            toks[s0 + 1 : s0 + 2] == ["ال" + head]
            and toks[s0 + 2 : s0 + 3] in (["التي"], ["الذي"])
            and not _SENDING.isdisjoint(window)
        ):
            # "وقالت البرقية التي كتبها القائم بالأعمال X في نوفمبر
            # 2009": the document again, the subject of the verb
            # opening the next sentence, with the day it was written
            # (in its relative clause: not "وأضافت البرقية أن الوزيرة
            # كتبت في أيار 2008 رسالة", another's writing)
            return d
        return None  # (another time told first)

    def same_document(self, first: int, upto: int) -> bool:
        """ "ذات البيان", "نفس الوثيقة", "البرقية نفسها" in [first, upto),
        outside marks: the document named again as the same one."""
        toks = self.doc.toks
        for k in range(first, upto - 1):
            if self.in_quote[k]:
                continue
            t, nxt = toks[k], toks[k + 1]
            if (t in _SAME_BEFORE and nxt[:2] == "ال" and nxt in lx.DOCUMENT_HEADS) or (
                t[:2] == "ال" and t in lx.DOCUMENT_HEADS and nxt in _SAME
            ):
                return True
        return False

    def same_day(self, first: int, upto: int, stop_at_that: bool = False) -> DateMention | None:
        """ "وفي بيان صدر مساء اليوم نفسه": the day of the last full date
        before, in a clause that says "the same day" (not inside a quote;
        with ``stop_at_that``, not after an أنّ: the day of what is told);
        "في العام نفسه", "في نفس السنة", "ذات العام": the year of the last
        date before (same_year; dev32d)."""
        toks = self.doc.toks
        in_relative = False
        for k in range(first, upto - 1):
            t = toks[k]
            if self.in_quote[k]:
                continue
            if stop_at_that and t in _THAT:
                return None
            if stop_at_that:
                # ("وقال X، الذي اعتقل موكله في اليوم نفسه، إن": the day of
                # what the relative tells, up to its closing comma)
                if t in _RELATIVES:
                    in_relative = True
                elif t in _COMMAS:
                    in_relative = False
                if in_relative:
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
            if (
                t in _YEAR_NOUNS
                and nxt in _SAME
                # ("وقال النائب العام نفسه": the general one, no year)
                and not (k > 0 and _qualified_by_year_noun(toks[k - 1]))
            ) or (t in _SAME_BEFORE and nxt in _YEAR_NOUNS):
                d = self.same_year(k)
                if d is not None:
                    return d
        return None

    def same_year(self, k: int) -> DateMention | None:
        """ "في العام نفسه" at token ``k``: the year of the last date before
        it outside quotes (the narrator's year, not one the words quoted
        tell), as a date of the year; None when there is none, or when the
        words are part of a date already ("في مارس من العام نفسه": the
        month's, find_dates)."""
        tokens = self.date_tokens
        i = bisect_left(tokens, k) - 1
        if i >= 0 and self.date_token_index[tokens[i]].end > self.doc.starts[k]:
            return None
        while i >= 0:
            d = self.date_token_index[tokens[i]]
            if d.iso and not d.relative and not self.in_quote[tokens[i]]:
                return DateMention(d.start, d.end, d.iso[:4], "year", False)
            i -= 1
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
        plain = -1  # the last sentence read that tells of no gathering nor speech
        for k in self.date_tokens:
            sid = self.sent[k]
            if sid > self.first_said:
                break
            if (
                k > self.first_said_tok
                and not self.gathering_before(k)
                and not (sid == self.first_said and self.press_conference_before(k))
            ):
                # (in the first quotation's sentence, before its cue: a lead
                # run on into the account, "شهدت الغرفة يوم الثلاثاء 25 نونبر
                # 2025 جلسة … وافتتح القاضي … الذي جاء فيه:"; or after it, the
                # gathering told right before its date, "أكدت الهيئة أن … «…»،
                # وذلك خلال ملتقى … الذي نظمته الاثنين 24 نوفمبر 2025")
                break
            d = self.date_token_index[k]
            if d.iso is None or d.relative or self.in_quote[k]:
                continue
            if d.precision != "day" and not self.gathering_year(k):
                continue
            if (
                sid == self.first_said
                and self.dateline is not None
                and d is self.date_token_index.get(self.dateline_tok)
            ):
                continue  # (the dateline before "قال رئيس الوزراء، خلال ترؤسه جلسة")
            # (its words read once for its dates: a sentence of many dates,
            # read again for each, was quadratic; fuzz19)
            words = self.gathering_words(sid) if sid != plain else None
            toks = self.doc.toks
            speech = -1
            if words is None and sid != plain:
                speech = self.speech_told(sid)
                if speech >= 0:
                    # "يوم السبت 7 ديسمبر 2019، خلال خطابه أمام الجالية، استحضر
                    # X …": a speech the lead dates, whose words the account
                    # goes on with, as at a gathering
                    words = toks[self.sent_first[sid] : self.sent_first.get(sid + 1, self.n)]
            if words is None and toks[k - 1] == "في" and toks[k - 2] in _GATHERINGS:
                # "البرقية … من إعداد السفيرة بعد الاجتماع في 30 حزيران 2009
                # بين X وY": the date the gathering itself carries, though
                # a document is told of (its own date is no other)
                words = toks[self.sent_first[sid] : self.sent_first.get(sid + 1, self.n)]
            if words is not None:
                # of two dates, the one nearest the gathering: "نظم متضررو
                # زلزال الثامن من شتنبر 2023، صباح الخميس 4 دجنبر 2025، وقفة"
                g = (
                    speech
                    if speech >= 0
                    else self.sent_first[sid]
                    + next(i for i, w in enumerate(words) if w in _GATHERINGS)
                )
                j = bisect_left(self.date_tokens, k)
                while j + 1 < len(self.date_tokens) and self.date_tokens[j + 1] < g:
                    e = self.date_token_index[self.date_tokens[j + 1]]
                    if e is not d and e.iso and not e.relative and e.precision == "day":
                        d = e
                    j += 1
                if (
                    self.dateline is not None
                    and self.date_token_index.get(self.dateline_tok) is d
                    and (day := next(filter(self.day_told_at, range(k, g)), None)) is not None
                    and (rel := self.relative_to_dateline(sid, day)) is not None
                    and rel[1] == "day"
                ):
                    # "date 2025-10-12 أطلقت الدائرة أول من أمس المهرجان": the
                    # page's stamp opens the lead, whose gathering is of the
                    # day its "أمس" before it tells (or its weekday: "عمّان 10
                    # ديسمبر 2019 - يوم السبت الماضي، خلال لقاء …")
                    self._lead = (sid, rel[0], rel[1])
                    break
                if (
                    k > g
                    and self.dateline is not None
                    # (not the lead's own date as the dateline: "اختتم المجلس
                    # مساء الأحد 20 يناير 2013 دورته التي انطلقت صباح السبت")
                    and self.date_token_index.get(self.dateline_tok) is not d
                    and (rel := self.relative_to_dateline(sid, g)) is not None
                    and rel[1] == "day"
                ):
                    # "قررت الهيئة، المنعقدة اليوم الخميس، الإضراب يوم 24
                    # فيفري": the gathering is today's (the dateline's); the
                    # date after it is of what it decided
                    self._lead = (sid, rel[0], rel[1])
                    break
                self._lead = (sid, d.iso, d.precision)
                break
            plain = sid
        if self._lead is None and self.dateline is not None:
            # "كشف الوزير، اليوم الأربعاء، … خلال رده على الأسئلة الشفوية":
            # a gathering dated by the web timestamp or the dateline
            for sid in range(min(self.first_said, 6, self.sent[-1] + 1)):
                if self.gathering_words(sid) is not None:
                    rel = self.relative_to_dateline(sid, self.sent_first[sid])
                    if rel is not None and rel[1] == "day":
                        self._lead = (sid, rel[0], rel[1])
                        break
        if self._lead is None:
            # "أكد الوزير أن «…». جاء ذلك خلال افتتاحه اليوم أعمال المنتدى": the
            # gathering told right after the first statement, as its occasion
            sid = self.came_after(self.first_said)
            if sid is not None and self.gathering_words(sid) is not None:
                told = self.occasion_after(sid)
                if told is not None:
                    self._lead = (sid, told[0], told[1])
        return self._lead

    def pluperfect_document_date(self, first: int, c: int) -> DateMention | None:
        """The date of the document that is the subject of the pluperfect
        opening the sentence at ``first``, its verb at ``c``: "وكانت برقية
        (أخرى) مؤرخة في 5 شباط 2009 قد نقلت …", a dating word a few words
        after the document's head, then a full date, all before the verb."""
        toks = self.doc.toks
        k = first + 1
        if (
            toks[first] not in _WAS_FORMS
            or k >= c
            or (toks[k] not in lx.DOCUMENT_HEADS and _base(toks[k]) not in lx.DOCUMENT_HEADS)
        ):
            return None
        for m in range(k + 1, k + 4 if k + 4 < c else c):
            if toks[m] in _DATING_WORDS:
                for j in range(m + 1, m + 5 if m + 5 < c else c):
                    d = self.date_token_index.get(j)
                    if d is not None:
                        return d if d.iso and not d.relative else None
                return None
        return None

    def document_told_before(self, first: int, upto: int, sid: int) -> DateMention | None:
        """The date of the document or occasion that a definite noun in
        [first, upto) names again ("في البيان", "وفي الحوار"): the same noun
        with no article earlier in its sentence or in the one before
        ("بيانا", "حوارا"), its sentence's last date before it, or else the
        first after it; None when no such noun or date."""
        told = self._told_doc
        if told is None:
            # once per article: the nouns the text has both with the article
            # and without it ("البيان" and "بيان" or "بيانا"; C-level tests
            # on its vocabulary, most texts have no such pair)
            vocab = self.vocab
            told = frozenset(
                w for w in _TOLD_AGAIN.intersection(vocab) if w[2:] in vocab or w[2:] + "ا" in vocab
            )
            self._told_doc = told or False
            if not told:
                return None
        start = self.sent_first[sid - 1] if sid > 0 else first
        # (C-level tests first: a date between the sentence before and the
        # quote, and a noun of the pair with the article in the cue's
        # sentence; most quotes have neither, and the scans are spared)
        tokens = self.date_tokens
        i = bisect_left(tokens, start)
        if i == len(tokens) or tokens[i] >= upto:
            return None
        toks = self.doc.toks
        if told.isdisjoint(toks[first:upto]):
            return None
        in_quote = self.in_quote
        for k in range(first, upto):
            t = toks[k]
            if t not in told or in_quote[k] or k == first or toks[k - 1] not in _SAID_IN_DOCUMENT:
                # (only where the words were said, "وجاء في البيان", "وخلال
                # الحوار": not a document answered or told of, "إن البيان
                # «…»", "ردا على المقال", "حول الموضوع")
                continue
            base = t[2:]
            # an adjective after it the first naming lacked ("حوارا" then
            # "الحوار الوطني"): another thing of the same name
            adj = toks[k + 1][2:] if k + 1 < upto and toks[k + 1][:2] == "ال" else ""
            if adj and (toks[k + 1] in _RELATIVES or toks[k + 1] in _DATING_WORDS):
                adj = ""
            for j in range(k - 1, start - 1, -1):
                u = toks[j]
                if (u == base or (u[-1] == "ا" and u[:-1] == base)) and not in_quote[j]:
                    if adj and toks[j + 1][: len(adj)] != adj:
                        return None
                    # the cue's own day ("أمس", "اليوم", a weekday) after
                    # the naming: the words are not the document's
                    for m in range(first if j < first else k + 1, upto):
                        if toks[m] in _DEICTIC_DAYS and not in_quote[m]:
                            return None
                    js = self.sent_first[self.sent[j]]
                    d = self.last_date_outside_relative(js, j)
                    if d is None:
                        end = min(k, self.sent_first.get(self.sent[j] + 1, self.n))
                        after = self.dates_between(j, end)
                        d = after[0] if after else None
                    return d
            return None
        return None

    def document_dated_next(self, nxt: int, first: int, upto: int) -> DateMention | None:
        """The date right after "DOCUMENT المؤرخة" at ``nxt`` (a sentence's
        first words), when the sentence [first, upto) before it told of a
        document."""
        toks = self.doc.toks
        if toks[nxt][:2] != "ال" or lx.DOCUMENT_HEADS.isdisjoint(
            _base(t) for t in toks[first:upto]
        ):
            return None
        for k in range(nxt + 2, nxt + 5 if nxt + 5 < self.n else self.n):
            d = self.date_token_index.get(k)
            if d is not None:
                return d if d.iso and not d.relative else None
        return None

    def dated_in_next_sentence(self, results: list, speakers: list, said_at: list[int]) -> None:
        """ "قال النائب X إنه «…»، مشيرا إلى أن «…»" then "وطالب X، خلال جلسة
        مجلس النواب يوم أمس الثلثاء (24 مايو 2016)، …، معتبرا أن «…»": the
        next sentence goes on with the same speaker at the occasion it
        dates right after its opening verb and his name; his undated words
        of the sentence just before, which tells no time, are of it too
        (in place in ``results``)."""
        n = len(results)
        sent = self.sent
        k = 0
        while k < n:
            told_by = None
            ent = speakers[k]
            if results[k].date is not None or ent is None:
                k += 1
                continue
            sid = sent[said_at[k]]
            j = k + 1
            while (
                j < n and sent[said_at[j]] == sid and speakers[j] is ent and results[j].date is None
            ):
                j += 1
            if (
                j < n
                and sent[said_at[j]] == sid + 1
                and speakers[j] is ent
                and results[j].date is not None
                and self.tells_no_time(sid, self.that_at(sid))
                and (
                    not self.tells_own_occasion(sid)
                    or (told_by := self.document_tells(sid, ent)) is not None
                )
            ):
                d = self.occasion_opening(sid + 1, told_by is not None)
                if told_by is not None and d is not None and self.meets_another(sid, told_by, d):
                    d = None
                if d is not None and d.iso == results[j].date and not self.weekday_contradicts(d):
                    told = d.iso, d.precision
                elif d is None and self.dateline is not None:
                    # "وأوضح X في تصريح أدلى به اليوم الاثنين أنه «…»": the
                    # occasion's day counted from the page's stamp or dateline
                    told = self.occasion_opening_today(sid + 1)
                    if told is not None and told[0] != results[j].date:
                        told = None
                else:
                    told = None
                if told is not None:
                    for m in range(k, j):
                        results[m] = replace(results[m], date=told[0], date_precision=told[1])
            k = j

    def document_tells(self, sid: int, ent: _Entity) -> int | None:
        """ "كشفت برقية سرية بعث بها السفير … أن الرئيس X حذر نظيره من «…»":
        sentence ``sid`` tells what a document relays, a document's head
        before its first أنّ and the speaker first named after it, with no
        talk, document or outlet of the speaker's own after the أنّ; that
        أنّ's token, else None (dated_in_next_sentence: the occasion the
        next sentence tells of the speaker is the words' own)."""
        m = self.that_at(sid)
        if m is None or ent.pos < self.doc.starts[m]:
            return None
        toks = self.doc.toks
        for k in range(self.sent_first[sid], m):
            t = toks[k]
            if not self.in_quote[k] and (
                t in lx.DOCUMENT_HEADS or (t[:1] in "بلو" and t[1:] in lx.DOCUMENT_HEADS)
            ):
                break
        else:
            return None
        if self.talks_outside_quotes(sid, _OCCASION_TALKS, subject_of_that=False, start=m):
            return None
        return m

    def weekday_contradicts(self, d: DateMention) -> bool:
        """The weekday right before the day ``d`` names another day ("اليوم
        الجمعة 9 مارس 2023": 9 March 2023 was a Thursday)."""
        if d.precision != "day":
            return False
        k = bisect_left(self.doc.starts, d.start)
        wd = WEEKDAYS.get(self.doc.toks[k - 1]) if k else None
        return wd is not None and wd != _date.fromisoformat(d.iso).weekday()

    def that_at(self, sid: int) -> int | None:
        """The first أنّ of sentence ``sid`` outside its quotes, or None."""
        toks = self.doc.toks
        in_quote = self.in_quote
        for k in range(self.sent_first[sid], self.sent_first.get(sid + 1, self.n)):
            if toks[k] in _THAT and not in_quote[k]:
                return k
        return None

    def tells_no_time(self, sid: int, upto: int | None) -> bool:
        """Sentence ``sid`` tells no date nor time outside its quotes, and
        no earlier occasion ("وكان X قد قال", "في وقت سابق"); up to token
        ``upto`` when it is not None (a lead's أنّ: "أفاد X أنه تم الجمعة
        الماضي …", the time of what he reports, not of his statement)."""
        toks = self.doc.toks
        first = self.sent_first[sid]
        end = self.sent_first.get(sid + 1, self.n) if upto is None else upto
        if self.has_date_in(first, end) or self.earlier_occasion(first, end):
            return False
        in_quote = self.in_quote
        for k in range(first, end):
            t = toks[k]
            if not in_quote[k] and (
                t in _WAS_FORMS or t in _TIME_WORDS or t in _DAY_WORDS or t in WEEKDAYS
            ):
                return False
        return True

    def tells_own_occasion(self, sid: int) -> bool:
        """Sentence ``sid`` tells, outside its quotes, an occasion of its
        own: a talk or an interview, a statement or a post, an outlet it
        spoke to ("قال X في بيان إن", "في مقابلة مع قناة", "لصحيفة الوطن",
        "على حسابه في تويتر"): its words are not of the next sentence's."""
        return self.talks_outside_quotes(sid, _OCCASION_TALKS, subject_of_that=False)

    def opening_reach(self, sid: int) -> tuple[int, int] | None:
        """(first, end): the tokens of sentence ``sid`` when it opens on a
        verb joined with و, no form of كان ("وطالب X، خلال جلسة …", not
        "وكان X قد قال"), whose occasion occasion_opening and
        occasion_opening_today read; None otherwise."""
        first = self.sent_first[sid]
        t = self.doc.toks[first]
        if t[:1] != "و" or len(t) < 4 or t in _WAS_FORMS:
            return None
        return first, self.sent_first.get(sid + 1, self.n)

    def occasion_opening(self, sid: int, coarse: bool = False) -> DateMention | None:
        """The full date of the occasion sentence ``sid`` tells right after
        its opening verb (not "وكان"), within its first words, after a
        gathering or a talk and before any أنّ, quote or time apart
        ("وطالب X، خلال جلسة مجلس النواب يوم أمس الثلثاء (24 مايو 2016)،")."""
        span = self.opening_reach(sid)
        if span is None:
            return None
        first, end = span
        found = self.dates_between(first + 1, min(first + 16, end))
        # (a year or a month too with ``coarse``: "واعتبر، خلال لقائه بالمدعي
        # العام الأمريكي X عام 2006، أن" after a document's lead)
        if not found or (found[0].precision != "day" and not coarse):
            return None
        d = found[0]
        m = bisect_left(self.doc.starts, d.start)
        told = False
        toks = self.doc.toks
        for k in range(first + 1, m):
            w = self.opening_word(k)
            if w < 0:
                return None
            if coarse and (
                toks[k] in _LATER_STEP or toks[k] in _ANOTHER_OR_LATER or toks[k] in _LAST_OR_AFTER
            ):
                # "وأكد لاحقا، خلال لقائه …", "خلال لقائه الثاني بالسفير":
                # a later meeting, not the one the document's lead tells
                return None
            if w:
                told = True
        return d if told else None

    def meets_another(self, sid: int, that: int, d: DateMention) -> bool:
        """The document whose lead is sentence ``sid`` (its أنّ at ``that``)
        is an envoy's or an embassy's ("كشفت برقية بعث بها السفير الأمريكي
        … أن"), and the meeting the next sentence dates (``d``) is with
        someone else ("خلال لقائه بوزير الخارجية الفرنسي عام 2007",
        "بالسفير الفرنسي"): not the meeting the document tells (mend37d,
        R8)."""
        toks = self.doc.toks
        envoy = None
        for k in range(self.sent_first[sid], that):
            t = toks[k]
            if (t in _CABLE_OWNERS or (t[:1] in "بلو" and t[1:] in _CABLE_OWNERS)) and not (
                self.in_quote[k]
            ):
                envoy = k
                break
        if envoy is None:
            return False
        own = _nisba(toks[envoy + 1])
        first = self.sent_first[sid + 1]
        m = bisect_left(self.doc.starts, d.start)
        for k in range(first + 1, m - 1):
            if toks[k] not in _GATHERINGS:
                continue
            j = k + 1
            while j < m and toks[j] in _ANOTHER_OR_LATER:
                j += 1
            p = toks[j]
            if p == "مع" and j + 1 < m:
                p = toks[j + 1]
                j += 1
            elif p[:1] == "ب" and len(p) > 3:
                p = p[1:]
            else:
                return False
            if p not in _ENVOYS and p not in _CABLE_OWNERS:
                return True  # (another person met)
            other = _nisba(toks[j + 1]) if j + 1 < m else None
            return own is not None and other is not None and own != other
        return False

    def opening_word(self, k: int) -> int:
        """What token ``k`` of an occasion's opening tells (occasion_opening,
        occasion_opening_today): -1 when no occasion of the statement may be
        told across it (a quote, أنّ, a time apart or earlier, كان or قد,
        another statement), 1 when it tells the occasion (a gathering or a
        talk, a statement of his own), else 0."""
        toks = self.doc.toks
        w = toks[k]
        if (
            self.in_quote[k]
            or w in _THAT
            or w in _APART_IN_TIME
            or w in _EARLIER
            or w in _WAS_FORMS
            or w == "قد"
            or w in _ANOTHER
            or (w in _SECOND_OR_LATER and toks[k - 1] in _OWN_STATEMENT)
        ):
            return -1
        if (
            w in _GATHERINGS
            or w in _OCCASION_TALKS
            # "وأكد X، في بيان له يوم …": a statement he issued (not
            # "تعليقا على بيان الحكومة": another's, commented on)
            or (w in _OWN_STATEMENT and toks[k - 1] in _IN_STATEMENT)
        ):
            return 1
        return 0

    def occasion_opening_today(self, sid: int) -> tuple[str, str] | None:
        """As occasion_opening, the occasion's day told relative to the
        dateline ("وأوضح X في تصريح أدلى به اليوم الاثنين أنه", "وقال X، في
        بيان أصدره أمس الأحد، إن"): (date, "day") or None."""
        toks = self.doc.toks
        span = self.opening_reach(sid)
        if span is None:
            return None
        first, end = span
        told = False
        for k in range(first + 1, min(first + 16, end)):
            o = self.opening_word(k)
            if o < 0:
                return None
            w = toks[k]
            if w == "اليوم" or w == "امس" or w in WEEKDAYS:
                if not told:
                    return None
                rel = self.relative_to_dateline(sid, k)
                return rel if rel is not None and rel[1] == "day" else None
            if o:
                told = True
        return None

    def came_after(self, sid: int) -> int | None:
        """The sentence after sentence ``sid`` that may tell the occasion of
        its statement: the next one opening with "جاء ذلك" (occasion_after),
        or with "وجاءت تصريحات X" also one sentence further on, past a
        sentence with no quote and no date ("قالت X إن «…». وتشغل X منصب
        … . وجاءت تصريحات الوزيرة خلال مؤتمر صحفي عقدته الأحد …")."""
        toks = self.doc.toks
        nxt = self.sent_first.get(sid + 1)
        if nxt is None or nxt + 1 >= self.n:
            return None
        if toks[nxt] in _THAT_CAME or (
            toks[nxt] in _CAME_FEM
            and (toks[nxt + 1] in _STATEMENT_SUBJECTS or toks[nxt + 1] in _THIS_OR_THESE)
        ):
            return sid + 1
        after = self.sent_first.get(sid + 2)
        if (
            after is None
            or after + 1 >= self.n
            or toks[after] not in _CAME_FEM
            or toks[after + 1] not in _STATEMENT_SUBJECTS
            or any(self.in_quote[nxt:after])
            or self.dates_between(nxt, after)
        ):
            return None
        return sid + 2

    def came_of(self, sid: int, ent: _Entity | None) -> bool:
        """The occasion sentence ``sid`` (came_after) tells of the statement
        of ``ent``: "جاء ذلك", "وجاءت هذه التصريحات", or the statement of the
        person it names ("تصريحات الشافعي", "تصريحات الوزيرة" of a woman
        whose name or post that is, "تصريحاته" of a man), not of someone
        else quoted before it ("قالت الوزيرة X إن «…». وقال الوزير Y إن
        «…». وجاءت تصريحات الوزيرة خلال …")."""
        toks = self.doc.toks
        first = self.sent_first[sid]
        noun = toks[first + 1]
        if noun not in _STATEMENT_SUBJECTS:
            return True  # ("جاء ذلك", "وجاءت هذه التصريحات")
        if noun[-2:] == "ها" or (noun[-1] == "ه" and noun[-2:] != "مه"):
            # (possessed: "تصريحاته", "كلمتها"; "كلمه" is the bare noun)
            if ent is None:
                return False
            return (noun[-2:] == "ها") == (ent.gender == lx.F)
        if noun[:2] == "ال":
            return True  # ("وجاءت التصريحات خلال …")
        if ent is None or first + 2 >= self.n:
            return False
        t = toks[first + 2]
        words = _NORMALIZED[ent.surface].split()
        if ent.role:
            words += _NORMALIZED[ent.role].split()
        if t in words or (t[:2] == "ال" and t[2:] in words):
            return True
        # (a title, of someone whose post the text gave no role: "وتشغل
        # الشافعي منصب وزيرة التخطيط": of the speaker's gender)
        return (
            ent.role is None
            and ent.kind == PERSON
            and t[:2] == "ال"
            and t in lx.TITLES
            and (t[-1] == "ه") == (ent.gender == lx.F)
        )

    def occasion_after(self, sid: int) -> tuple[str, str] | None:
        """ "«…». جاء ذلك في كلمة معاليه خلال افتتاحه اليوم أعمال المنتدى":
        sentence ``sid`` opens with "جاء ذلك" and tells the occasion of the
        statement before it, with its day (a date, or "اليوم" from the
        dateline); (date, precision) or None."""
        toks = self.doc.toks
        first = self.sent_first[sid]
        end = self.sent_first.get(sid + 1, self.n)
        if first + 2 < end and (
            toks[first + 1] in _STATEMENT_SUBJECTS
            or (toks[first + 1] in _THIS_OR_THESE and toks[first + 2] in _STATEMENT_SUBJECTS)
        ):
            # "وجاءت تصريحات الشافعي خلال مؤتمر صحفي عقدته الأحد 20 أغسطس
            # 2023": the occasion (a gathering, a talk) and its day, with no
            # time apart told before the date ("بعد يومين من اجتماع …")
            subj = first + 2 if toks[first + 1] in _STATEMENT_SUBJECTS else first + 3
            words = toks[subj:end]
            if (
                _OCCASION_TALKS.isdisjoint(words)
                and _GATHERINGS.isdisjoint(words)
                # ("وجاءت تصريحاته، التي أدلى بها لـ«…» في 19 تشرين الثاني
                # 2023،": the statement's own relative clause dates it)
                and _RELATIVES.isdisjoint(toks[subj : subj + 3])
            ):
                return None
            for d in self.dates_between(subj, end):
                if d.precision != "day":  # (dates_between: absolute ones only)
                    continue
                k = bisect_left(self.doc.starts, d.start)
                if not _APART_IN_TIME.isdisjoint(toks[subj:k]) or not (
                    self.occasion_phrase_dates(subj, k) or self.own_relative_dates(subj, k)
                ):
                    return None
                return d.iso, d.precision
            if self.dateline is not None and _APART_IN_TIME.isdisjoint(words):
                rel = self.relative_to_dateline(sid, first)
                if rel is not None and rel[1] == "day":
                    return rel
            return None
        if toks[first] in _CAME_FEM or first + 1 >= self.n or toks[first + 1] != "ذلك":
            return None
        words = toks[first:end]
        if _OCCASION_TALKS.isdisjoint(words) and _GATHERINGS.isdisjoint(words):
            return None  # ("جاء ذلك في وقت تشهد فيه …": a context, no occasion)
        for d in self.dates_between(first, end):
            if d.iso and not d.relative and d.precision == "day":
                return d.iso, d.precision
        if self.dateline is not None:
            rel = self.relative_to_dateline(sid, first)
            if rel is not None and rel[1] == "day":
                return rel
        return None

    def same_gathering_before(self, cue_tok: int, open_tok: int, sid: int) -> DateMention | None:
        """The gathering named with its article right after the cue ("في
        مستهل الجلسة", "خلال الاجتماع"; no adjective of another sitting
        after it) is the one a sentence up to three back told with its full
        day ("في جلسة اليوم الأربعاء 5 يونيو 2024"): that date, when no
        other date or time is told since."""
        toks = self.doc.toks
        end = open_tok if open_tok - cue_tok < 10 else cue_tok + 10
        g = next(
            (
                m
                for m in range(cue_tok + 1, end)
                if toks[m] in _GATHERINGS and toks[m][:2] == "ال" and not self.in_quote[m]
            ),
            None,
        )
        if g is None:
            return None
        nxt = toks[g + 1] if g + 1 < self.n else ""
        if nxt in _EARLIER or nxt in _ANOTHER or nxt in _LATER_ON or nxt in _OTHER_SITTING:
            return None
        stem = toks[g][2:]
        first = self.sent_first[sid]
        for s0 in range(sid - 1, sid - 4 if sid > 3 else -1, -1):
            a = self.sent_first[s0]
            b = self.sent_first.get(s0 + 1, self.n)
            for m in range(a, b):
                if self.in_quote[m] or (toks[m] != stem and toks[m] != toks[g]):
                    continue
                found = [
                    d for d in self.dates_between(m + 1, min(m + 8, b)) if d.precision == "day"
                ]
                if (
                    len(found) == 1
                    and not self.has_date_in(b, first)
                    and not self.time_moves(b, open_tok)
                ):
                    return found[0]
                return None
        return None

    def own_relative_dates(self, subj: int, k: int) -> bool:
        """The date at token ``k`` is in the statement's own relative clause,
        opened within three words after ``subj`` and not closed before it
        ("وجاءت تصريحاته، التي أدلى بها لـ«…» في 19 تشرين الثاني 2023،"),
        with no gathering, topic or reaction between (another event's)."""
        toks = self.doc.toks
        r = next((m for m in range(subj, min(subj + 3, k)) if toks[m] in _RELATIVES), None)
        if r is None:
            return False
        for m in range(r + 1, k):
            t = toks[m]
            if (
                t in _COMMAS
                or t in _RELATIVES
                or t in _GATHERINGS
                or t in _OF_OTHER_EVENT
                or t in _REACTION
            ):
                return False
        return True

    def occasion_phrase_dates(self, subj: int, k: int) -> bool:
        """The date at token ``k`` is in the phrase of the occasion told
        after ``subj`` ("خلال مؤتمر صحفي عقده الخميس 7 سبتمبر 2023"): a
        gathering or a talk before it, and between them no relative, topic
        or reaction ("في ندوة حول المشروع الذي أطلق …", "خلال مؤتمر صحفي،
        ردا على قرار … الصادر في …", "تزامنا مع ذكرى …": another event's
        date) and no comma the date does not follow at once."""
        toks = self.doc.toks
        g = None
        for m in range(subj, k):
            if toks[m] in _GATHERINGS or toks[m] in _OCCASION_TALKS:
                g = m
                break
        if g is None:
            return False
        for m in range(g + 1, k):
            t = toks[m]
            if t in _RELATIVES or t in _OF_OTHER_EVENT or t in _REACTION:
                return False
            if t in _COMMAS and not all(w in _MEETING_DATE_LEADS for w in toks[m + 1 : k]):
                return False
        return True

    def press_conference_before(self, k: int) -> bool:
        """A press conference told within eight words before the date at
        ``k`` ("قال الوزير، في مؤتمر صحافي عقده في بغداد الاثنين 12 مايو
        2025، إن"): unlike a speaker's own meeting, the reporters' questions
        and the answers after it belong to it too."""
        toks = self.doc.toks
        for m in range(k - 2, k - 10 if k > 10 else 0, -1):
            if self.in_quote[m]:
                return False
            if toks[m] in _PRESS and toks[m - 1] in _CONFERENCES:
                return True
        return False

    def gathering_years(self, mentions: list[DateMention]) -> list[DateMention]:
        """A bare year within four words after a gathering's label ("في المنتدى
        الاقتصادي بدورته الخامسة 2019", "خلال مؤتمر المناخ 2021"), which
        find_dates reads as no date (no عام before it), is the year the
        gathering carries: a date of year precision (index_dates; dev22d)."""
        toks = self.doc.toks
        is_word = self.is_word
        starts, ends = self.doc.starts, self.doc.ends
        # the dates found, by start: a year inside one is taken. The tokens
        # come in the text's order, so one walk over them keeps the farthest
        # end of the dates begun before the token (fuzz23: a test of every
        # date for each four digits grew with the square of a long text of
        # dates and years)
        taken = sorted((d.start, d.end) for d in mentions)
        j, reach = 0, 0
        years = []
        for k, t in enumerate(toks):
            if len(t) != 4 or t[:2] not in ("19", "20") or not t.isdigit():
                continue
            s = starts[k]
            while j < len(taken) and taken[j][0] <= s:
                if taken[j][1] > reach:
                    reach = taken[j][1]
                j += 1
            if reach > s:
                continue
            if k + 1 < self.n and is_word[k + 1] and self.counted_noun(toks[k + 1]):
                # ("في المؤتمر الذي حضره 2000 مشارك", "ملتقى ضم 2000
                # شاب": a number of those there, no year; rev25)
                continue
            for m in range(k - 1, max(-1, k - 5), -1):
                if not is_word[m] or toks[m].isdigit():
                    break
                if toks[m] in _YEAR_NAMERS:
                    if m > 0 and toks[m - 1] in _YEAR_OCCASION_WORDS:
                        years.append(DateMention(starts[k], ends[k], t, "year", False))
                    break
        return years

    @staticmethod
    def counted_noun(w: str) -> bool:
        """``w`` (folded), right after a number, reads as the noun it counts
        ("2000 مشارك", "1500 شخص"): a word with no article, no stop word,
        no verb of saying, not glued to a preposition (gathering_years: not
        "مؤتمر المناخ 2021 إن", "… 2019 بالعاصمة")."""
        return (
            w[:2] != "ال"
            and w[:1] not in "بل"
            and w not in lx.NP_STOP
            and _cue_of(w) is None
            and not w.isdigit()
        )

    def gathering_year(self, k: int) -> bool:
        """The date at token ``k`` is a year that the gathering named right
        before it carries ("كلمته في المنتدى الاقتصادي بدورته الخامسة عام
        2019", "أمام ملتقى الشباب العربي 2023"): a gathering word
        within the six tokens before it, no stop between (event_lead)."""
        d = self.date_token_index[k]
        if d.precision != "year":
            return False
        toks = self.doc.toks
        for m in range(k - 1, max(-1, k - 7), -1):
            t = toks[m]
            if not self.is_word[m]:
                return False
            # (a label bare or after any two letters: after ال as in
            # gathering_years' _YEAR_NAMERS, and after لل too, "للقمة 2019",
            # which _YEAR_NAMERS leaves out; so the two tests stay apart)
            if t in _GATHERINGS or t in _GATHERING_LABELS or t[2:] in _GATHERING_LABELS:
                return True
        return False

    def gathering_words(self, sid: int) -> list[str] | None:
        """The words of sentence ``sid`` when it tells of a gathering and
        names no document (event_lead), else None."""
        words = self.doc.toks[self.sent_first[sid] : self.sent_first.get(sid + 1, self.n)]
        if not _GATHERINGS.isdisjoint(words) and lx.DOCUMENT_HEADS.isdisjoint(words):
            return words
        return None

    def day_told_at(self, j: int) -> bool:
        """Token ``j`` tells a day before the dateline's: أمس, or a weekday
        not followed by المقبل/القادم (event_lead)."""
        t = self.doc.toks[j]
        if t == "امس":
            return True
        return t in WEEKDAYS and (j + 1 >= self.n or self.doc.toks[j + 1] not in _NOT_PAST)

    def speech_told(self, sid: int) -> int:
        """The token of a speech sentence ``sid`` tells as an occasion,
        after خلال/في/أثناء ("خلال خطابه أمام …", "وفي كلمة ألقاها"), when
        it names no document; else -1 (event_lead)."""
        toks = self.doc.toks
        a = self.sent_first[sid]
        b = self.sent_first.get(sid + 1, self.n)
        for k in range(a + 1, b):
            if toks[k] in _SPEECHES and toks[k - 1] in _DURING and not self.in_quote[k]:
                if not lx.DOCUMENT_HEADS.isdisjoint(toks[a:b]):
                    return -1
                return k
        return -1

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
        back = self.anchored_since(a, end)
        if back > a:
            # "وعقب النطق بالحكم، قال المحامي …": the account is back at the
            # gathering, whatever was told in between (an earlier complaint,
            # its date)
            a = back
        tokens = self.date_tokens
        k = bisect_left(tokens, a)
        toks = self.doc.toks
        while k < len(tokens) and tokens[k] < end:
            j = tokens[k]
            if (
                not self.in_quote[j]
                and not self.date_token_index[j].relative
                # (but "وحسب قرار دائرة الاتهام الصادر في أكتوبر 2024":
                # the date a document was issued, cited in passing, does not
                # move the account off the event)
                and _DATING_WORDS.isdisjoint(toks[j - 3 if j > 3 else 0 : j])
            ):
                # "وقررت المحكمة تأجيل الملف إلى جلسة 9 دجنبر" (but "الاتفاقيات
                # الممضاة منذ سنة 2022" tells of another moment, not of now)
                return False
            k += 1
        if self.time_moves(a, end):
            return False
        toks = self.doc.toks
        candidates = self.candidates
        c = bisect_left(candidates, a)
        # (up to the cue or the quote: "«…»، وجاء في البيان أن" after it is
        # the next quote's source)
        while c < len(candidates) and candidates[c] < b:
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

    def event_anchors(self) -> list[int]:
        """Where the account comes back to the gathering the lead told of,
        right after it or on its sidelines: "على هامش المنتدى", "عقب
        الجلسة", "في ختام الاجتماع", "بعد انتهاء الجلسة", "وعقب النطق
        بالحكم", "بعد صدور الحكم" (the tokens of هامش/عقب/بعد …, outside
        marks)."""
        anchors = self._anchors
        if anchors is None:
            anchors = self._anchors = []
            toks = self.doc.toks
            if _ANCHOR_FIRST.isdisjoint(self.vocab):
                return anchors
            n = self.n
            for k in set_indices(self.kinds[: n - 2].translate(_ANCHOR_BIT)):
                if self.in_quote[k]:
                    continue
                nxt = toks[k + 1]
                if nxt in _GATHERING_ENDS:
                    # "بعد انتهاء الاجتماع", "عقب رفع الجلسة"
                    if toks[k + 2][:2] == "ال" and toks[k + 2] in _GATHERINGS:
                        anchors.append(k)
                elif (
                    toks[k] in _AT_ONCE and nxt[:2] == "ال" and nxt in _GATHERINGS
                ) or _RULING_READ.get(nxt) == toks[k + 2]:
                    anchors.append(k)
        return anchors

    def anchored_since(self, a: int, b: int) -> int:
        """The first token of the last sentence in [a, b) that comes back to
        the lead's gathering (event_anchors), or -1."""
        anchors = self.event_anchors()
        if not anchors:
            return -1
        k = bisect_left(anchors, b) - 1
        if k < 0 or anchors[k] < a:
            return -1
        return self.sent_first[self.sent[anchors[k]]]

    def earlier_or_apart(self, cue_tok: int, ent: _Entity) -> bool:
        """Words not said at the event a lead tells: an anonymous source's
        ("أكد مصدر مسؤول بعمالة الإقليم أن …"), or written ("وكانت النائبة X
        قد وجهت سؤالا كتابيا … تساءلت فيه:"; but an oral question, "قد تساءل
        في سؤاله الشفوي", may be asked at the session)."""
        if ent.kind == ANONYMOUS and ent.surface.split()[0] in _SOURCE_HEADS:
            return True
        first = self.sent_first[self.sent[cue_tok]]
        toks = self.doc.toks
        if ent.kind == ANONYMOUS and not _HIS_NAME.isdisjoint(toks[first : cue_tok + 12]):
            # "قال أحد الأعضاء، طلب عدم ذكر اسمه، إن": who asks not to be named
            # asks the reporter, apart from the event
            return True
        return not _WRITTEN.isdisjoint(toks[first:cue_tok])

    def occasion_breaks(self) -> list[int]:
        """Where an account turns to another occasion than the event told
        in the lead: a reaction ("وفي أول رد فعل", "ردود الفعل"), a statement
        given to the outlet ("في تصريح لـ«النهار»", "في حديث لموزاييك", "وفي
        اتصال هاتفي مع «الخليج»")."""
        toks = self.doc.toks
        present = _OCCASION_WORDS.intersection(self.vocab)
        out: list[int] = []
        if not present:
            return out
        n = self.n
        for k in set_indices(self.kinds.translate(_OCCASION_BIT)):
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

    def goes_on_undated(self, att: _Attribution, prev, ent, sid: int) -> bool:
        """In a text dated by an embedded post's signature, a verb that goes
        on (no subject) right after the same speaker's words left undated,
        said on another occasion ("وقال X في تغريدة أخرى: «…». وختم: «…»"):
        his words go on there, on no day given (dev23d)."""
        return bool(
            self.post_stamps
            and att.follow_up
            and prev is not None
            and prev[0] is ent
            and prev[1] is None
            and prev[3] >= sid - 1
        )

    def new_occasion(self, a: int, b: int) -> bool:
        """Tokens [a, b) (a cue's clause) tell of an occasion of their own:
        "في اتصال هاتفي", "في تصريح لـ«…»", "في حديث للإذاعة"."""
        toks = self.doc.toks
        hit = self.cue_hits.get(a)
        if hit is not None and hit.cue.kind == lx.PARTICIPLE:
            # "وعلق X في تصريح لـY قائلا:": the participle's clause is its verb's
            k = bisect_left(self.hit_toks, a) - 1
            if k >= 0 and self.sent[self.hit_toks[k]] == self.sent[a]:
                a = self.hit_toks[k]
        if _OCCASION_OR_ANOTHER.isdisjoint(toks[a:b]):
            return False
        for k in range(max(a, 1), min(b, self.n - 1)):
            t = toks[k]
            if (
                t in _OCCASION_WORDS
                and t not in _DEED
                and toks[k - 1] in _IN
                and (toks[k + 1][:1] == "ل" or (t == "اتصال" and toks[k + 1] in _CALL_NEXT))
            ):
                return True
            if t in _ANOTHER_HEADS and toks[k - 1] in _IN and toks[k + 1] in _ANOTHER_OR_LATER:
                # "وقال X في تغريدة أخرى له: «…»": another statement, not
                # the one his words were dated by before (dev23d)
                return True
        return False

    def occasion_in_clause(self, a: int, b: int) -> bool:
        """The cue's clause [a, b), up to its colon or mark, names an
        occasion of the words: "في مقابلة مع الصحيفة", "في خطاب أمام …",
        "في حوار مع …", "في تصريح لـ«…»", or tells them said today
        (date_for: one the dated cable told of, or its writer, going on
        after it says them elsewhere, not in the cable)."""
        toks = self.doc.toks
        b = min(b, self.n - 1)
        for k in range(a + 1, b):
            t = toks[k]
            if t in _QUOTE_MARK_SET or t == ":" or self.in_quote[k]:
                break
            if t in _IN and toks[k + 1] in _OWN_OCCASIONS:
                return True
        return self.new_occasion(a, b) or self.told_now(a, b)

    def told_outlet(self, cue_tok: int, open_tok: int, ent: _Entity | None) -> bool:
        """The cue's clause, before its that or its words, tells them to an
        outlet glued to لـ right after the speaker's name: its head ("قال X
        لصحيفة «…»", "للصحيفة", "لوكالة …") or its name in marks ("وقال
        الحيمي لـ«القدس العربي» إن"): words given to the outlet, not a
        cable's (not "الأمين العام لـ«حزب الله»", a post's body; rev40)."""
        if ent is None or ent.kind != PERSON or not ent.key:
            return False
        toks = self.doc.toks
        # (after his name's last word, his post's ("وقال الوزير لصحيفة"), a
        # day of now ("وقال X أمس لصحيفة") or his own talk ("في حديثه
        # لصحيفة"; mend37b); the names read once a ل is met
        last = None
        for k in range(cue_tok + 1, min(open_tok, cue_tok + 10, self.n - 1)):
            t = toks[k]
            if t in _QUOTE_MARK_SET or t == ":" or self.in_quote[k] or t in _THAT:
                return False
            if t[:1] != "ل":
                continue
            if last is None:
                last = {normalize_first(ent.surface.rsplit(None, 1)[-1])}
                if ent.role:
                    last.add(normalize_first(ent.role.rsplit(None, 1)[-1]))
            if (p := toks[k - 1]) in last or p in _NOW or (p in _HIS_TALKS and toks[k - 2] in _IN):
                return (
                    (t == "ل" and toks[k + 1] in _QUOTE_MARK_SET)
                    or t[1:] in lx.OUTLET_HEADS
                    or (t[:2] == "لل" and "ال" + t[2:] in lx.OUTLET_HEADS)
                )
        return False

    def occasion_told(self, cue_tok: int, open_tok: int, ent: _Entity | None = None) -> bool:
        """The cue's clause names an occasion of the words (occasion_in_clause),
        or one fronted before the cue in its sentence does: "وفي اتصال مع
        «القدس العربي»، قال X إن", "وفي حديث لـ«…»، أكد X أن" (his words
        given to the outlet now, not the cable's that told of him; rev40)."""
        if self.occasion_in_clause(cue_tok, open_tok) or self.told_outlet(cue_tok, open_tok, ent):
            return True
        return self.fronted_occasion(self.sent_first[self.sent[cue_tok]], cue_tok)

    def fronted_occasion(self, first: int, cue_tok: int) -> bool:
        """An occasion of his own fronted before the cue in its sentence
        [first, cue_tok): "وفي اتصال مع «القدس العربي»، قال X", "وفي مقابلة
        مع …", "وفي حوار مع …"; not a talk with a cable's envoy or embassy
        ("وفي حديث للسفير", "وفي اتصال هاتفي مع السفير": the meeting the
        cable tells, its date; mend37b)."""
        if first >= cue_tok:
            return False
        toks = self.doc.toks
        if not self.new_occasion(first, cue_tok) and not any(
            # (an interview or a dialogue with someone: "وفي مقابلة مع …",
            # not "وفي حوار مطول ضمن برنامج …", the one his words were
            # dated by)
            toks[k] in _OWN_OCCASIONS
            and toks[k - 1] in _IN
            and (toks[k + 1] == "مع" or toks[k + 1][:1] == "ل")
            for k in range(first + 1, cue_tok)
        ):
            return False
        for k in range(first + 1, cue_tok):
            t = toks[k]
            if t == "مع":
                t = toks[k + 1]
            elif t[:2] == "لل":
                t = "ال" + t[2:]
            elif t[:1] == "ل":
                t = t[1:]
            else:
                continue
            if t in _CABLE_AUTHORS:
                return False
        return True

    def told_now(self, a: int, b: int) -> bool:
        """The cue's clause [a, b) tells its words were said on the reporter's
        day, before its that-clause: "وقال المتحدث اليوم إن", "وصرح X أمس
        بأن". Not a relative's day ("التي نشرها الموقع اليوم": when the
        cable came out), nor a day in the that-clause (what the cable tells)."""
        toks = self.doc.toks
        if _NOW.isdisjoint(toks[a:b]):
            return False
        for k in range(a + 1, min(b, self.n)):
            t = toks[k]
            if t in _THAT or t in _SENTENCE_END:
                return False
            if t in _NOW and not self.in_quote[k] and not self.after_relative(a, k):
                return True
        return False

    def goes_on(self, cue_tok: int) -> bool:
        """The cue (or, for "بالقول", the verb before it in its sentence) goes
        on with the account just quoted: "ويضيف", "وتعلق السفارة على ذلك بالقول"."""
        hit = self.cue_hits.get(cue_tok)
        if hit is not None and hit.cue.kind == lx.PARTICIPLE:
            k = bisect_left(self.hit_toks, cue_tok) - 1
            if k >= 0 and self.sent[self.hit_toks[k]] == self.sent[cue_tok]:
                hit = self.cue_hits.get(self.hit_toks[k])
        return hit is not None and _lemma_key(hit.cue) in _GO_ON

    def relative_to_dateline(
        self, sid: int, first: int
    ) -> tuple[str, str] | tuple[None, None] | None:
        """ "أمس الجمعة", "الإثنين", "الأسبوع الماضي", "سبتمبر الماضي" in the
        quote's sentence, counted from the article's dateline; (None, None)
        for one after the signature of the embedded post whose day stands
        for the dateline ("Posted by X on Monday, March 4, 2024", "— X (@x)
        March 4, 2024"), which dates the post's words only: the story's day,
        which the words after it count from, is not told (kw34b)."""
        rel = self.counted_from_dateline(sid, first)
        if (
            rel is not None
            and self.post_stamps
            and first > self.post_stamps[-1]
            and self.dateline_tok in self.post_stamps
        ):
            return None, None
        return rel

    def counted_from_dateline(self, sid: int, first: int) -> tuple[str, str] | None:
        """relative_to_dateline's reading, the dateline taken as it is."""
        dl = self.dateline
        toks = self.doc.toks
        end = bisect_right(self.sent, sid, first)
        for k in range(first, end):
            if self.in_quote[k]:
                continue
            t = toks[k]
            if t in _THAT:
                # "قال X إن اللجنة اجتمعت مساء الأحد، موضحا:": a day after
                # أنّ is when the event reported happened, not the statement;
                # but "شدد الوزير أن الصورة أوضح، وقال أمس في لقاء …": a cue
                # after a comma opens a clause of its own, out of the أنّ
                # clause, and its day is its own
                hits = self.hit_toks
                h = bisect_right(hits, k)
                while h < len(hits) and hits[h] < end:
                    if toks[hits[h] - 1] in _COMMAS and not self.in_quote[hits[h]]:
                        return self.relative_to_dateline(sid, hits[h] + 1)
                    h += 1
                return None
            if t[:1] == "و" and len(t) > 3:
                t = t[1:]
            nxt = toks[k + 1] if k + 1 < self.n else ""
            if t == "امس":
                # ("أمس الأول", "أول أمس", "أول من أمس": the day before)
                before = toks[k - 1] if k else ""
                d = dl - timedelta(
                    days=2
                    if nxt == "الاول"
                    or before == "اول"
                    or (before == "من" and k > 1 and toks[k - 2] == "اول")
                    else 1
                )
                if nxt == "(" and k + 2 < self.n:
                    wd = WEEKDAYS.get(toks[k + 2])
                    if wd is not None and wd != d.weekday():
                        # "أمس (الأربعاء)" in an issue dated Wednesday: the
                        # weekday named tells the day, the last of its name
                        # up to the stamp (a print issue's date may be the
                        # day it was written, not the day after)
                        d = dl - timedelta(days=(dl.weekday() - wd) % 7)
                return d.isoformat(), "day"
            if t == "اليوم" and nxt not in _NOT_TODAY:
                # "أعلنت الوزارة اليوم", "مساء اليوم": the dateline's day
                return dl.isoformat(), "day"
            if t in WEEKDAYS and not self.no_day_told(k):
                # (not "يوم الاثنين 20 أكتوبر": the weekday of a date told;
                # not "يوم الجمعة المقبل", "غدا السبت": a day to come)
                d = dl - timedelta(days=(dl.weekday() - WEEKDAYS[t]) % 7)
                return d.isoformat(), "day"
            if t == "الشهر" and nxt in _MONTH_TOLD_FROM and k >= 2 and toks[k - 1] == "من":
                day = ORDINALS.get(f"{toks[k - 3]} {toks[k - 2]}") if k >= 3 else None
                w = toks[k - 2]
                if day is None:
                    day = ORDINALS.get(w) or (int(w) if w.isdecimal() and len(w) <= 2 else None)
                if day:
                    # "في 5 من الشهر الجاري", "في الخامس من الشهر الماضي":
                    # that day of the dateline's month, or of the month before
                    # (not a day still to come: "في 25 من الشهر الجاري", an
                    # event announced)
                    base = dl if nxt not in _PAST else dl.replace(day=1) - timedelta(days=1)
                    try:
                        d = base.replace(day=day)
                    except ValueError:
                        d = None
                    if d is not None and d <= dl:
                        return d.isoformat(), "day"
            if nxt in _PAST:
                if t == "الاسبوع":
                    d = dl - timedelta(days=7)
                    return d.isoformat()[:7], "month"
                if t == "الشهر":
                    d = dl.replace(day=1) - timedelta(days=1)
                    return d.isoformat()[:7], "month"
                if (t == "العام" or t == "السنه") and not self.after_relative(first, k):
                    # "قال X العام الماضي إن", "في السنة الماضية": the year
                    # before the dateline's (not "في ذكرى الزلزال الذي ضرب
                    # المدينة العام الماضي": an event's)
                    return str(dl.year - 1), "year"
                at = k - 1 if t == ")" and k >= 2 and toks[k - 2] == "(" else k
                month = MONTHS.get(toks[at])
                if month is None and at and (month := MONTHS.get(f"{toks[at - 1]} {toks[at]}")):
                    # "في تشرين الأول الماضي", "في 5 كانون الثاني الماضي": a
                    # Levantine month of two words
                    at -= 1
                if month is not None and at >= 2 and (toks[at - 1] == "/" or toks[at - 1] == "("):
                    # "في 28 تشرين الثاني/نوفمبر الماضي", "في 28 نوفمبر/تشرين
                    # الثاني الماضي", "في 28 تشرين الثاني (نوفمبر) الماضي": the
                    # month printed with both its names, the day before the
                    # first (rev38)
                    j = at - 2
                    if MONTHS.get(toks[j]) == month:
                        at = j
                    elif j and MONTHS.get(f"{toks[j - 1]} {toks[j]}") == month:
                        at = j - 1
                if month is not None:
                    day = toks[at - 1] if at else ""
                    if day.isdigit() and 0 < int(day) <= 31 and day.isascii():
                        if self.in_comma_relative(first, k):
                            # ("قال X، الذي زار المدينة في 12 أكتوبر الماضي،
                            # إن": the day of what the relative tells)
                            continue
                        # "في جلسة 2 أكتوبر الماضي" under a dateline of 15
                        # October: the last such day up to the dateline,
                        # this month's ("أكتوبر الماضي" alone is last year's)
                        year = dl.year if (month, int(day)) <= (dl.month, dl.day) else dl.year - 1
                        try:
                            return _date(year, month, int(day)).isoformat(), "day"
                        except ValueError:
                            pass
                    year = dl.year if month < dl.month else dl.year - 1
                    return f"{year}-{month:02d}", "month"
        return None

    def relative_before(self, first: int, k: int) -> int:
        """The relative pronoun that opens the clause token ``k`` is in,
        after ``first`` with no comma nor stop since ("الزلزال الذي ضرب
        المدينة العام الماضي"); -1 when there is none."""
        toks = self.doc.toks
        for m in range(k - 1, first - 1, -1):
            t = toks[m]
            if t in _COMMAS or t in _SENTENCE_END:
                return -1
            if t in _RELATIVES:
                return m
        return -1

    def after_relative(self, first: int, k: int) -> bool:
        """A relative pronoun opens the clause token ``k`` is in, after
        ``first`` with no comma since (relative_before)."""
        return self.relative_before(first, k) >= 0

    def in_comma_relative(self, first: int, k: int) -> bool:
        """Token ``k`` is in a relative clause set off by a comma after
        ``first`` and not yet closed by one ("X، الذي زار … في 12 أكتوبر")."""
        m = self.relative_before(first, k)
        return m > 0 and self.doc.toks[m - 1] in _COMMAS

    def commented_on(self, k: int) -> bool:
        """The على at token ``k`` is the complement of a comment or a reply
        a few words before it in its clause ("تعليقا على", "وعلق X لـ«…»
        على")."""
        toks = self.doc.toks
        lo = k - 8 if k > 8 else 0
        for j in range(k - 1, lo - 1, -1):
            t = toks[j]
            if t in _SENTENCE_END or self.in_quote[j]:
                return False
            if _base(t) in _REPLY_TO or _base(t) in _COMMENTED:
                return True
        return False

    def refers_to_document(self, first: int, upto: int, ent: _Entity | None) -> bool:
        """ "البرقية", "الوثيقة نفسها" in [first, upto): the cable already
        under discussion."""
        if ent is not None and ent.kind == DOCUMENT:
            words = _NORMALIZED[ent.surface].split()
            if words[0][:2] == "ال" or (len(words) == 2 and words[1] in _CABLE_OWNERS):
                return True  # (or "رسالة السفيرة": in construct with its writer)
        toks = self.doc.toks
        candidates = self.candidates
        c = bisect_left(candidates, first)
        while c < len(candidates) and candidates[c] < upto:
            k = candidates[c]
            c += 1
            t = toks[k]
            if self.in_quote[k]:
                continue
            if t in _PLURAL_DOCUMENTS:
                if (
                    k > 0
                    and (
                        toks[k - 1] in _ONE_OF
                        # ("إحدى هذه البرقيات")
                        or (toks[k - 1] in _THESE and k > 1 and toks[k - 2] in _ONE_OF)
                    )
                    and self.set_dated()
                ):
                    # "وتعود هذه البرقيات إلى عام 2006" then "وبحسب إحدى
                    # الوثائق، فإن X «…»": one of the papers dated together
                    return True
                continue  # "هذه الوثائق": the leak as a whole, not one cable
            if t in _OWNED_CABLES:
                return True  # "وقالت القائمة بالأعمال في برقيتها": the cable told of
            if t in lx.DOCUMENT_HEADS:
                if toks[k - 1] in QUOTE_MARKS:
                    continue  # a name in marks: "لـ"البيان"" is the outlet
                if k > 1 and toks[k - 1] == "علي" and self.commented_on(k - 1):
                    # "وتعليقا على البرقية، قال X لـ«…» إن", "وعلق X على
                    # البرقية بالقول": the cable commented on, a reaction
                    # of today's, not its words (rev36)
                    continue
                if not t.startswith("ال"):
                    # a new document: "برقية أخرى" (but "رسالة السفيرة": the
                    # cable told of, in construct with its writer, by his
                    # title or his name, "برقية فيلتمان")
                    return k + 1 < self.n and (
                        toks[k + 1] in _CABLE_OWNERS or self.envoy_named(k + 1)
                    )
                return not (k + 1 < self.n and toks[k + 1] in {"اخري", "اخر"})
            if len(t) > 4 and t[0] in "وبف" and t[1:] in lx.DOCUMENT_HEADS:
                return (t[1:3] == "ال" and toks[k + 1 : k + 2] != ["اخري"]) or (
                    k + 1 < self.n and toks[k + 1] in _CABLE_OWNERS
                )
        # "فاكتفى بالقول لغرانت في اللقاء نفسه": the meeting the cable told of
        same = self._same_at
        if same is None:
            same = self._same_at = []
            if not _SAME.isdisjoint(self.vocab):
                same = self._same_at = list(set_indices(self.kinds.translate(_SAME_BIT)))
        if same:
            for k in same[bisect_left(same, first) : bisect_left(same, upto)]:
                w = toks[k - 1]
                if w[:2] == "ال" and w[2:] in lx.EVENT_NOUNS and not self.in_quote[k]:
                    return True
        return False

    def document_of_date(self, ent: _Entity, iso: str) -> bool:
        """The document ``ent`` was named in the sentence that told the
        date ``iso`` ("في برقية سرية … في 05/12/2008" then "تعليق: «…»",
        the cable's own comment): its own words are of that date."""
        es = self.sent[bisect_left(self.doc.starts, ent.pos)]
        found = self.dates_between(self.sent_first[es], self.sent_first.get(es + 1, self.n))
        return any(d.iso == iso for d in found)

    def document_cited_after(self, q: _Quote) -> bool:
        """The words ``q`` end on the document they were read from, within
        a dozen tokens after them in their sentence ("«…»، ثم ضحك، بحسب
        البرقية", "وفقا للوثيقة"): the cable under discussion."""
        toks = self.doc.toks
        c = q.close_tok
        if c >= self.n - 1:
            return False  # (words that run to the text's end)
        end = min(self.sent_first.get(self.sent[c] + 1, self.n), c + 14, self.n - 1)
        for k in range(c + 1, end):
            t = toks[k]
            if t in _ACCORDING_TO or t in _SOURCE_OPENERS:
                w = toks[k + 1]
                if w[:2] == "لل":
                    w = "ا" + w[1:]  # "وفقا للبرقية"
                return (
                    not self.in_quote[k]
                    and w[:2] == "ال"
                    and w in lx.DOCUMENT_HEADS
                    and not self.new_document_named(w[2:], q.open_tok)
                )
        return False

    def new_document_named(self, head: str, b: int) -> bool:
        """A new document of ``head`` (the bare head of "البيان", "التقرير")
        was named, indefinite, after the sentence that dated the document in
        view and before the token ``b`` ("وأصدرت الوزارة بيانا …" then "…،
        بحسب البيان"): the definite head refers back to it, not to the
        cable (mend27d)."""
        ctx = self.doc_ctx
        if ctx is None:
            return False
        toks = self.doc.toks
        in_quote = self.in_quote
        forms = (head, head + "ا")
        for m in range(self.sent_first.get(ctx[2] + 1, b), b):
            t = toks[m]
            if (t in forms or (t[:1] in "وب" and t[1:] in forms)) and not in_quote[m]:
                return True
        return False

    def set_dated(self) -> bool:
        """The document date in view was told of papers in the plural
        ("تعود هذه البرقيات إلى عام 2006", "وثائق سرية تعود إلى …"): the date of
        each of them, not of one cable that another may follow."""
        ctx = self.doc_ctx
        if ctx is None:
            return False
        a = self.sent_first[ctx[2]]
        b = self.sent_first.get(ctx[2] + 1, self.n)
        in_quote = self.in_quote
        toks = self.doc.toks
        # (not where one paper among them is dated: "آلاف البرقيات، بينها
        # برقية مؤرخة في 5 مايو 2008", final read)
        return _SINGLE_DOCUMENTS.isdisjoint(toks[a:b]) and any(
            t in _PLURAL_DOCUMENTS and not in_quote[m] for m, t in enumerate(toks[a:b], a)
        )

    def envoy_named(self, k: int) -> bool:
        """The token ``k`` is the family name of an envoy met before (a
        person whose role is an embassy's head: "السفير الأميركي جيفري
        فيلتمان"): "برقية فيلتمان" is his cable, the one in view."""
        w = self.doc.toks[k]
        if not self.is_word[k] or len(w) < 3:
            return False
        pos = self.doc.starts[k]
        for p in reversed(self._persons):
            if (
                p.pos < pos
                and p.kind == PERSON
                and p.role
                and _envoy(p.role)
                and _NORMALIZED[p.surface].split()[-1] == w
            ):
                return True
        return False

    def cable_for(self, q, att, prev, ent) -> str | None:
        if not self.cables:
            return None
        doc = self.doc
        sid = self.sent[q.open_tok]
        first = self.sent_first[sid]
        a = doc.starts[first]
        # the end of the sentence: its last token, read from where the next
        # one starts (sentences are runs of tokens; a quote that runs past
        # the sentence's end ends it)
        k = self.sent_first.get(sid + 1, self.n) - 1
        if k < q.close_tok:
            k = q.close_tok
        b = doc.ends[k if k < self.n else self.n - 1]
        before = self.cable_near(a, q.start)
        if before:
            return before
        after = self.cable_near(q.end, b)
        if after:
            return after
        if prev is not None and ent is not None and ent is prev[0] and att.follow_up:
            return prev[4]
        return None
