"""extract() never raises, and keeps its contract, on invented news built
from templates of the constructions the engine reads.

``test_fuzz.py`` draws tokens from a fixed list at random, which almost
never lines up a construction a rule fires on (a relative joined by و after
a common noun raised ``KeyError`` on a held-out article though thousands of
tests passed). Here every text is a small invented article: a headline,
sometimes a dateline or a page stamp, then sentences made from templates of
what "How extraction works" in docs/extraction.md describes (cues before
and after the quote, subjects with titles, honorifics, nisbas, kin words,
relatives, coordinations, relays, bodies, outlets, documents and cables,
Gregorian, Maghrebi, Levantine and Hijri dates, every family of quote
marks, unbalanced ones, numbers, لـ/بـ clitics, unmarked speech,
interviews, bulleted statements, and the constructions later sessions'
rules read: sentence11, sentence12, sentence13, sentence16, sentence17,
sentence18, sentence19, sentence20; and sentence21's news writing: relays
through several hands, nested and unbalanced marks, months with both names,
cable references and headers, long lists of names and posts, paragraphs
with no stop, mixed digits; and sentence22's: interviews in questions and
answers, marks nested in brackets, lists of speakers and transcripts,
tables of a cable's fields, a headline with its dateline and body, Latin
names, quotes and datelines; and sentence23's, the constructions the rules
of the first and second sessions of 2026-12-06 read: a possessed title set
off by commas before a name, a participle of belonging or an elative after
a post's body, the residents of a place glued to لـ, a gathering's year, a
colon after أنّ or an adverbial أنْ, a noun of words before marks, unclosed
openers with a comma and a participle or a far verb, a body known as, a
caption or a name in brackets after a post, nouns with "our", a father
named after a word of lineage, misspelt names, slashed titles, كان clauses
and أمامه, a teller's that-clause under a page stamp, a business group and
armed forces; and sentence24's, shapes of Arabic news pages the earlier
ones did not hold: a breaking header with a pipe, an embedded post with
its handle, numbered points of a statement, a court and a lawyer, a match
and its score, a forecast in percentages, a toll not final, words in
square brackets inside a quote, a quote split by its speaker, a video, a
joint statement, a royal chain of titles and prayers after names (the
ligature ﷺ among them), a sitting of parliament, a live page's times, an
update note, a turnout, a columnist, a kunya), chosen at random with a
fixed seed; sentence25's (fuzz25: a press conference's answer, an obituary,
inflation figures, footers and captions, a verse and a hadith, a poem, a fact
check, a time of day, a translation in brackets, numbered measures, dialect,
a chain of reported speech, a byline, a post with tags, a question headline,
a Hijri date, paragraphs each opened again, the speaker after a dash, a
match's minute, a breaking tag; names of Persian and Urdu spelling) only
when asked for (``25``: the mix's draws stay as they were), each article
then also in odd Unicode (``_Gen.mutate25``: Persian and Urdu letters,
presentation forms, tashkeel, tatweel, joiners, direction marks, other
spaces and normal forms). Each text is then
mutated (a mark or a full stop dropped, lines joined, و written apart,
tashkeel, tatweel, Arabic-Indic digits, bidi marks), one article in three
is also given as a scraper may deliver it (``_Gen.scrape``: HTML entities,
doubled marks, missing spaces, Latin text, zero-width marks, a long
paragraph, a table of figures, repeated cues), and one article in eight is
cut at every word boundary, so that a rule reading past the end of the text
meets that end everywhere.

``FUZZ_TEXTS`` (environment) sets how many texts are run (default 8,000,
about 13 s of CPU time since sentence23: some 1,300 articles, their
mutations and cuts) and
``FUZZ_SEED`` the seed; ``python -m tests.extraction.test_fuzz_templates
N [SEED [21|22|23|24|25]]`` runs N texts (21, 22, 23, 24, 25: articles
of sentence21, sentence22, sentence23, sentence24 or sentence25 alone) and prints every
distinct failure with its text.
"""

from __future__ import annotations

import contextlib
import os
import random
import re
import sys
import traceback
import unicodedata

import pytest

from claims.extraction import SPEAKER_KINDS, extract
from claims.extraction.normalize import FORMAT_MARKS, fold_with_offsets
from claims.extraction.quotes import QUOTE_MARKS, find_marked_quotes, single_marks

# --------------------------------------------------------------------------
# Vocabulary (invented names; the words are the engine's kinds of words)

_FIRST_M = (
    "سامي", "محمد", "عبد الله", "خالد", "يوسف", "أحمد", "عز الدين", "نبيل", "آلان",
    "ألكسندر", "جون", "واصل", "عزت", "كمال", "فادي", "أبو يوسف", "عبد الرحمن",
)  # fmt: skip
_FIRST_F = ("ليلى", "سلمى", "جانيت", "هدى", "مريم", "فاطمة", "نادية", "سعاد", "آمنة")
_FAMILY = (
    "الحداد", "منصور", "بن سالم", "ولد أحمد", "الراشد", "دوغلاس", "غومبرتز", "جومبرتز",
    "العلوي", "الغنوشي", "سعيدان", "أبو زيد", "بنت محمد", "الأمين", "حجازي", "عبد الله",
)  # fmt: skip
_HONORIFICS = ("الدكتور", "د.", "الشيخ", "السيد", "السيدة", "الأستاذ", "العقيد", "اللواء", "م.")
_TITLES_M = (
    "وزير الخارجية", "الوزير", "رئيس الوزراء", "السفير الأمريكي في باماكو", "الرئيس",
    "المتحدث باسم الحكومة", "الأمين العام لحزب الأمة", "نائب رئيس البرلمان", "المحافظ",
    "مستشار الرئيس", "رئيس الحكومة المكلف", "الناطق الرسمي باسم الجيش", "وزير الداخلية بالنيابة",
    "المدير التنفيذي للشركة", "رئيس بلدية المدينة", "القيادي في الحركة", "المحلل السياسي",
    "رئيس الاتحاد العام للشغل", "النائب عن الكتلة", "المستشار", "الأمين العام", "نظيره",
)  # fmt: skip
_TITLES_F = (
    "وزيرة الصحة", "السفيرة الأمريكية في باماكو", "المتحدثة باسم الخارجية", "النائبة",
    "الرئيسة", "مديرة المنظمة", "الناطقة باسم الوزارة", "الوزيرة",
)  # fmt: skip
_NISBAS = (
    "الفرنسيون", "الأمريكيين", "البريطانيون", "الإسرائيليين", "المصريون", "الليبيين",
    "المسؤولون الأمريكيون", "دبلوماسيون غربيون", "مسؤولون أوروبيون",
)  # fmt: skip
_ADJ_NISBA = ("الفرنسي", "الأمريكية", "المصري", "السعودية", "المغربي", "الليبية", "التونسي")
_BODIES = (
    "وزارة الداخلية", "الحكومة", "حركة حماس", "الجيش", "الأمم المتحدة", "منظمة العفو الدولية",
    "الشرطة", "بلدية نابلس", "الرئاسة", "حزب العدالة و التنمية", "السفارة الأمريكية",
    "الخارجية الفرنسية", "النيابة العامة", "المحكمة", "الاتحاد الأوروبي", "الوزارة", "اللجنة",
    "فرنسا", "النرويج", "واشنطن", "مجلس الأمن", "هيئة الانتخابات", "الجمعية",
)  # fmt: skip
_OUTLETS = (
    "وكالة الأنباء الرسمية", "صحيفة الشروق", "قناة الجزيرة", "سكاي نيوز", "وكالة فرانس برس",
    "رويترز", "الغارديان", "موقع هسبريس", "إذاعة موزاييك", "صحيفة «الخبر»", "التلفزيون الرسمي",
)  # fmt: skip
_DOCUMENTS = (
    "البرقية", "برقية أخرى", "برقية أرسلتها السفارة", "تقرير للسفارة الأمريكية", "الوثيقة",
    "البيان", "بيان الوزارة", "المذكرة", "الوثيقة نفسها", "برقيتها", "رسالة", "التقرير السنوي",
    "برقية أرسلتها من لندن جانيت دوغلاس", "وثيقة مؤرخة في 12 مارس 2009", "البلاغ", "الحكم",
    "برقية سرية صادرة عن السفارة", "الوثائق المسربة", "نص القرار", "حيثيات حكمها",
)  # fmt: skip
_ANONYMOUS = (
    "مصدر مسؤول", "أحد مستشاري الرئيس", "مسؤول أمني", "مصادر مطلعة", "إحدى الناشطات",
    "بعض السكان", "مصدر في الوزارة", "شاهد عيان", "أحد السكان", "مواطن", "مسؤول رفض الكشف عن اسمه",
    "مصدر طلب عدم ذكر اسمه", "ثلاثة نواب", "أوساط سياسية", "خبراء", "شخص",
)  # fmt: skip
_KIN = (
    "والد الضحية", "شقيقة المعتقل", "ابن الرئيس", "زوجته", "والدته", "شقيقه", "عم الطفل",
    "أرملة الصحفي", "ابنة الوزير", "أخوه",
)  # fmt: skip
_COMMON_NOUNS = (
    "اللقاء", "الاجتماع", "المؤتمر", "القرار", "الاتفاق", "المشروع", "الحادث", "الملف",
    "تقريرا مفصلا", "مؤتمرا صحفيا", "المدينة", "الهجوم", "الانتخابات", "الزيارة", "البلد",
)  # fmt: skip
_RELATIVES = ("الذي", "التي", "الذين", "والذي", "والتي", "والذين", "اللذين", "اللواتي")
_VERBS_M = (
    "قال", "وقال", "أكد", "وأكد", "أضاف", "وأضاف", "أوضح", "صرح", "وصرح", "أعلن", "شدد",
    "اعتبر", "حذر", "نفى", "يقول", "ويقول", "تابع", "وتابع", "أردف", "استطرد", "علق",
    "ذكر", "كتب", "روى", "أشار", "وأشار", "رأى", "لفت", "عبر", "رد", "عقب", "وختم", "زاد",
    "فقال", "أكمل", "واصل", "طالب", "دعا", "وأقر", "اعترف", "تساءل", "كشف", "أبلغ",
)  # fmt: skip
_VERBS_F = (
    "قالت", "وقالت", "أكدت", "وأضافت", "أوضحت", "صرحت", "أعلنت", "تقول", "وتقول", "تابعت",
    "اعتبرت", "حذرت", "نفت", "كتبت", "أشارت", "ردت", "عقبت", "فقالت", "واصلت", "وعزت",
)  # fmt: skip
_VERBS_PL = ("قالوا", "وقالوا", "أكدوا", "أضافوا", "يقولون", "أقروا", "لكنهم أقروا", "اعتبروا")
_PARTICIPLES = (
    "قائلا", "قائلة", "قائلين", "مضيفا", "مضيفة", "مشيرا", "مشيرة إلى", "موضحا", "مؤكدا",
    "مؤكدين", "معتبرا", "محذرا", "متسائلا", "مشددا على", "لافتا إلى", "متوجها", "مخاطبا",
)  # fmt: skip
_THAT = ("إن", "أن", "بأن", "أنّ", "إنّ", "وأن", "أنه", "أنها", "بأنه", "إنه", "")
_PREP_CUES = (
    "بحسب", "حسب", "وبحسب", "وفق", "وفقا لـ", "وفقاً لـ", "طبقا لـ", "نقلا عن", "نقلاً عن",
    "على لسان", "بحسب ما قال", "حسب ما ذكر", "حسبما", "كما قال", "على حد تعبير", "بالنسبة لـ",
    "استنادا إلى", "بحسب ما نقلت", "وفق ما ذكر", "على حد قول", "بحسبما",
)  # fmt: skip
_PRONOUN_CUES = (
    "على حد تعبيره", "على حد قولها", "على حد تعبيرهم", "بحسب قوله", "حسب تعبيرها",
    "وأوضح سعادته", "وأضافت", "وتابع", "وأردف", "مضيفا", "موضحة", "وأكد", "وختمت",
)  # fmt: skip
_IMPERSONAL = ("جاء في", "وجاء في", "ورد في", "وورد في", "يأتي في", "تضمن", "صدر عن")
_ADDRESSEES = (
    "للصحفيين", "لمسؤولين أمريكيين", "لسكاي نيوز", "لـ«الشروق»", "لـ\"الخبر\"", "له", "لها",
    "للجزيرة نت", "في تصريح لـ«هسبريس»", "في حديث لوكالة الأنباء", "في مقابلة مع قناة محلية",
    "عبر حسابه على تويتر", "في بيان", "في مؤتمر صحفي", "خلال ندوة", "أمام البرلمان", "لي",
)  # fmt: skip
_CONTENT = (
    "الوضع", "الأمني", "صعب", "جدا", "في", "البلاد", "لن", "نقبل", "بهذا", "القرار", "أبدا",
    "الحكومة", "تعمل", "على", "حل", "الأزمة", "إن", "أن", "الذي", "قال", "وقال", "لم", "يحدث",
    "شيء", "هذه", "هذا", "نحن", "هم", "الشعب", "يريد", "السلام", "والحرب", "ليست", "حلا",
    "الأسعار", "سترتفع", "مجددا", "النتائج", "فاقت", "كل", "التوقعات", "لا", "يمكن", "أن",
    "نتحدث", "عن", "اتفاق", "قبل", "نهاية", "العام", "منذ", "بعد", "أشهر", "وزير", "الرئيس",
    "لكن", "ولكن", "إلى", "من", "مع", "بين", "حتى", "أما", "فإن", "كما", "وهو", "وهي", "طريقنا",
    "الوحيد", "الحوار", "هو", "الطريق", "وقف", "فوري", "لإطلاق", "النار", "تنظيم", "القاعدة",
    "المعارضة", "ليس", "لدينا", "ما", "نخفيه", "سعادته", "للأمريكيين", "بالنسبة", "لنا",
)  # fmt: skip
_NUMBERS = ("3", "25", "1.5", "40%", "٣", "٢٥", "100 ألف", "2009", "مليون", "10PARIS191", "12,5")
_CABLES = (
    "10PARIS191",
    "09 RABAT 55",
    "08-tunis-1172",
    "١٠PARIS١٩١",
    "07ALGIERS1806",
    "و10PARIS191",
)

# this session's constructions (2026-12-04, eleventh): posts with a
# genitive after حول / مع / لـ, fame phrases in commas, relays through two
# outlets, titles after بعنوان, بينه وبين, ولد/بنت in a later mention
_POST_GENITIVES = (
    "مدير مركز الدراسات حول الشرق الأوسط", "رئيسة المرصد العربي حول الحريات",
    "وزير العلاقات مع مجلس النواب", "الوزيرة المكلفة بالعلاقات مع المجتمع المدني",
    "المفوض السامي لحقوق الإنسان في الأمم المتحدة", "المبعوث الخاص لجنوب السودان",
    "السكرتير الصحفي لمحافظ حلب", "المستشار السياسي لسفير فرنسا", "المقرر الخاص لقضايا الطفل",
    "المنسق الأعلى لشؤون اللاجئين", "رئيس الدبلوماسية الجزائرية", "رئيسة الديبلوماسية",
    "العاهل الأردني", "الدكتور مهندس", "قائد الفصيل", "نائبة رئيس المجلس", "المرشح لرئاسة",
)  # fmt: skip
_FAME = (
    "المعروف بصرامته", "المعروفة بمواقفها", "الملقب بالثعلب", "المعروف بلقب الحكيم",
    "الشهير بأبي علي", "المتحدث الرسمي باسم الحكومة", "مؤسس موقع الرصد",
)  # fmt: skip
_RELAY_OUTLETS = ("قناة", "وكالة", "صحيفة", "موقع", "إذاعة")
_OCCASIONS = ("خلال المؤتمر الصحفي الذي عقده", "في كلمته أمام", "على هامش", "في دفاعه أمام")
_MESSAGES = ("رفعوا لافتات تقول", "بيانا يقول", "تغريدة تقول", "")
_THINGS = ("قرار الإغلاق", "الخطة", "مشروع القانون", "النظام", "الشعب", "المجتمع", "الفرقاء")

# the twelfth session's constructions (2026-12-04, fuzz12): the rules of
# the sixth and seventh sessions and of this one, from their commits
_AUDIENCES = ("النواب", "الصحفيين", "المواطنين", "السكان", "الحضور")
_CHANTERS = ("المتظاهرون", "الحضور", "الطلاب", "المحتجون", "أنصاره", "الجماهير")
_CHANT_NOUNS = ("عبارة", "شعار", "هتافات", "شعارات", "")
_AFFAIRS = (
    "مستشار الرئيس لشؤون الأمن", "مستشارة الوزير للشؤون الخارجية", "مساعد الأمين العام لشؤون",
    "مستشار الملك لشؤون الهجرة", "المستشار الخاص لشؤون",
)  # fmt: skip
_MINISTRIES = ("وزارة الخارجية المغربية", "وزارة الصحة", "الحكومة", "وزارة المالية الفرنسية")
_APPOINTED = ("المعين", "المنتخب", "المكلف", "الجديد", "المعينة")
_LATELY = ("مؤخرا", "حديثا", "آنذاك", "مؤخراً", "")
_OBJECT_MASDARS = (
    "تأجيل الجلسة", "تأكيد الموقف", "تأمين المدارس", "إطلاق برنامج جديد", "فتح مستشفى ميداني",
    "بدء الحوار", "وقف التصعيد", "غياب الوزير", "فتح", "إجراء الانتخابات", "إلغاء القرار",
)  # fmt: skip
_POSSESSED = ("رئيسه", "رئيسها", "أمينها", "أمينه", "مديرها", "وزيرها", "وزيرتها", "نائبه")
_POSSESSED_ADJ = ("الدوري", "العام", "التنفيذي", "الطيب", "الجديد", "")
_DIPLOMACY = ("قائد الدبلوماسية", "رئيس الدبلوماسية", "رئيسة الديبلوماسية", "قائد الجيش")
_DESCRIBED = (
    "على ما وصفنه بـ", "على ما يعتبرونه ", "على ما تعتبره ", "ما اعتبرنه ", "على ما وصفوه بـ",
)  # fmt: skip
_OCCUPIES = ("يشغل حاليا منصب", "تشغل خطة", "يشغل وظيفة", "يشغل منصب", "الذي يرأس")
_RECALLED = ("هذا ما أكده", "وهو ما أكدته", "ذلك ما قاله", "هذا ما أعلنه", "وهذا ما كشفه")
_DELIVERED = ("ألقى", "وجه", "بعث", "أرسل", "ألقت", "وجهت", "وتلقت", "وتسلم")
_SPEECHES = ("كلمة", "رسالة", "خطابا", "رسالة خطية", "برقية", "تغريدة")
_SAID_IN = ("قال فيها", "قالت فيها", "أكد فيه", "جاء فيها", "تقول", "يقول", "قال فيه")
_NEW_TITLES = (
    "اللواء متقاعد", "العقيد المتقاعد", "الناشط", "الحقوقي", "الناشطة الحقوقية", "ولي العهد",
    "رئيس المرصد اليمني لحقوق الإنسان", "رئيسة المنظمة العربية لحرية الصحافة", "رئيس مجلس الشورى",
)  # fmt: skip
_RELATED = ("اقرأ/ي أيضًا", "شاهد/ي أيضا", "اقرأ أيضا", "ذات صلة", "اقرأ ايضاً")
_EVENT_NOUNS = ("مجزرة", "جريمة", "تفجير", "اعتقال", "حادثة")

# the thirteenth session's constructions (fuzz13)
_GLUED_OPENERS = ('"', "«", "“")
_GLUED_CLOSERS = ('"', "»", "”", "")
_BREAK_OR_SPACE = ("\n", " ")
_BREAK_OR_STOP = ("\n", ". ")
_LINE_ENDS = ("\n", ".", "")
_COLLECTIVES = (
    "الطاقم الطبي", "طاقم الطائرة", "الكتيبة الخامسة", "الجالية التونسية", "قائد الطاقم",
    "القاضية", "الداعية", "قائدة الكتيبة", "الجالية",
)  # fmt: skip
_SCRAPED_MARKS = (
    ("&quot;", "&quot;"), ("&laquo;", "&raquo;"), ('""', '""'), ("««", "»»"),
    ("&amp;quot;", "&amp;quot;"), ("&#171;", "&#187;"),
)  # fmt: skip
_PLURAL_GROUPS = ("الممرضون", "المعلمون", "المحتجون", "المغاربة", "القضاة", "المحليون")

# the constructions of the third and fourth sessions of 2026-12-05 (fuzz16)
_WIRES = ("رويترز", "فرانس برس", "سكاي نيوز", "الأناضول", "مصدر تحدث لرويترز")
_TOLD_AT = ("في تصريحات أدلى بها للصحفيين", "خلال ندوة نظمت", "في كلمة ألقاها", "في بيان له")
_GREETED = ("شعب الأردن", "أهالي الحي", "جماهير الفريق", "أبناء الجالية", "الجميع")

# sentence17's templates (the fourth session of 2026-12-05 after fuzz16)
SENTENCE17_TEMPLATES = 29

# sentence18's templates and words (the fifth session of 2026-12-05, fuzz18)
SENTENCE18_TEMPLATES = 38
_NO_HAMZA = str.maketrans("أإآ", "ااا")
_PRESENT_VERBS18 = (
    "يشرف على", "يرد على", "يعد بإصلاح", "يحث النواب على", "يستقبل", "يتابع", "يمد يد",
    "يفتتح", "تشرف على", "ترد على", "يكرم", "يخلف", "يزور",
)  # fmt: skip
_THINGS18 = (
    "مشاريع تنموية", "برامج تدريبية", "مقترحات عملية", "لقاءات ثنائية", "اتفاقية تعاون",
    "اتفاقية مع", "ملفات عالقة", "اتفاقية شراكة", "حملة",
)  # fmt: skip
_WHY18 = (
    "", " إيذانا بافتتاح المعرض", " تمهيدا لانطلاق الموسم", " احتفالا بالعيد", " إيعازا بالبدء",
)  # fmt: skip
_MANNER18 = (
    "بشكل صريح", "بصورة مباشرة", "بطريقة غير مباشرة", "بهذا الخصوص", "بهذا الشأن", "بهذا الصدد",
    "في هذا الصدد",
)  # fmt: skip
_TEAMS18 = ("المنتخب الوطني", "المنتخب الأولمبي", "القضاة", "القادة العسكريون", "السادة")
_SENT_IT18 = ("أرسلها", "رفعها", "رفعته", "رفعتها", "بعثها", "تلقتها", "تسلمها", "استلمها")
_BODY_GLUED18 = ("بحركة النهضة", "بقوات الأمن الداخلي", "بالجيش الوطني", "بسامي", "بالحزب")
_GOES_ON18 = ("مشيرا إلى أن", "لافتة إلى", "مشددين على", "إلى جانب", "مشيرا بيده")
_PLACES18 = (
    "المقر", "المطار", "الميناء", "المعبر", "المصنع", "السجن", "المخيم", "المبنى", "المدرسة",
    "المنزل", "المنطقة", "المدينة", "البلدة", "القرية", "الساحة", "المستشفى", "الحي",
)  # fmt: skip

# sentence19's templates and words (the sixth session of 2026-12-05, fuzz19)
SENTENCE19_TEMPLATES = 22
_URGED19 = (
    "المواطنين", "المستثمرين", "الطرفين", "الشباب", "الفلسطينيين", "المسؤولين", "الموظفين",
)  # fmt: skip
_PRAISED19 = (
    "بالروح الرياضية", "بعلاقة البلدين", "بسياسة الحكومة", "بدور الجالية", "بشار", "بسام",
    "بثينة", "بجهود",
)  # fmt: skip
_THINGS19 = (
    "صفحات مجهولة", "ملفات عالقة", "طلبات مكتوبة", "جهات خارجية", "بركات", "شحات",
)  # fmt: skip

# sentence20's templates and words (the seventh session of 2026-12-05, fuzz20)
SENTENCE20_TEMPLATES = 25
_PLURALS20 = ("قوى", "دول", "مدن", "قرى", "قوي")
_GENITIVES20 = ("المجتمع", "الجوار", "الجنوب", "الساحل", "الأمن")
_HOLDS20 = ("يشغل", "تولى", "تقلد", "تسلم", "يتولى", "تشغل", "قال")
_ACCUSATIVES20 = ("شروطا", "أموالا", "وعودا", "نحونا", "رضا", "أوباما", "عقبات")
_AL_NAMES20 = ("الساندرو", "أليساندرو", "الساندرا", "البيرتو", "البرت", "الينور", "اليسيا", "الفيس")
_COLLECTIVES20 = (
    "القبيلة", "الطائفة الدرزية", "الأغلبية البرلمانية", "الحشد الشعبي", "الفوج الثالث",
    "عشيرة آل سالم", "خلية الأزمة", "الأبرشية", "الميليشيا", "الجوقة",
)  # fmt: skip
_WHERE_SAID20 = (
    "في بيان نشرته على موقعها", "في بيان رسمي", "في بيانها الصادر اليوم الأحد",
    "خلال اجتماعها الطارئ", "في تصريح صحفي", "في بيان أصدرته أمس،", "في البيان",
    "في بيان نشره على حسابه",
)  # fmt: skip
_THING_PLURALS20 = ("الأدلة", "الأرقام", "النتائج", "الحقائق", "الوقائع", "الخبراء", "الحكومة")
_APPEALS20 = ("نداءه", "مطالبه", "تعهده", "دعواته", "ندائه", "رفضه", "طلبه", "نداءها")
_LONG_POSTS20 = (
    "الهيئة العامة للاستثمار", "الشركة الوطنية للكهرباء", "الاتحاد العام لنقابات العمال",
    "الهيئة الوطنية للرقابة",
)  # fmt: skip
_SHORT_POSTS20 = ("هيئة الاستثمار", "شركة الكهرباء", "اتحاد النقابات", "هيئة الرقابة")
_VERB_OBJECTS20 = (
    "قص شريط الافتتاح", "دشن مبنى البلدية", "وضع إكليل الزهور", "زار مخيم اللاجئين",
    "سعد عبد الرحمن", "وضع حجر الأساس لمستشفى جديد",
)  # fmt: skip
_VERB_PREPS20 = (
    "قلل من حجم الخسائر", "رحب بالقرار", "عمر على رأس الوفد", "رد على المنتقدين",
    "سعد من جهته", "حذر من",
)  # fmt: skip
_ONE_OF_THEM20 = ("وبحسب إحدى الوثائق، فإن", "وتنقل إحدى البرقيات عن", "وفي إحدى هذه البرقيات قال")
_OCCASIONS20 = ("تصريح لإذاعة محلية", "مؤتمر صحفي", "إقالته", "حديث لقناة أخرى")
_ABOUT_CABLE20 = (
    "إن البرقية", "بأن الوثيقة", "إن إحدى الوثائق", "إن البرقية التي نشرها الموقع اليوم",
)  # fmt: skip

# sentence21's templates and words (the first session of 2026-12-06, fuzz21):
# relays through two or three hands, marks nested two deep, months written
# with both names, cable references, long lists of names and posts,
# unbalanced marks, paragraphs with no stop, digits of both scripts mixed
SENTENCE21_TEMPLATES = 14
_RELAYERS21 = (
    "صحيفة الشروق", "وكالة الأنباء الرسمية", "موقع هسبريس", "قناة الجزيرة", "رويترز",
    "مصادر إعلامية", "التلفزيون الرسمي", "صحيفة «الخبر»", "إذاعة موزاييك", "وكالة فرانس برس",
)  # fmt: skip
_RELAY_LINKS21 = (
    "عن", "نقلا عن", "التي نقلت بدورها عن", "الذي نقل عن", "استنادا إلى", "وفقا لما نقلته عن",
)  # fmt: skip
_RELAYED_BY21 = ("، بحسب ما نقلته ", "، وفق ما أوردته ", " في تصريحات نقلتها ", "، كما نقلت عنه ")
_DUAL_MONTHS21 = (
    "شباط (فبراير)", "فبراير (شباط)", "آذار/مارس", "مارس - آذار", "نيسان أبريل",
    "كانون الثاني/يناير", "يناير/ كانون الثاني", "تشرين الأول (أكتوبر)", "حزيران - يونيو",
    "تموز/ يوليو", "أيلول (سبتمبر)", "آب/أغسطس", "كانون الأول - ديسمبر", "جوان (يونيو)",
    "أفريل/أبريل", "ماي (مايو)", "شتنبر/سبتمبر",
)  # fmt: skip
_CABLE_REFS21 = (
    "10PARIS191", "09RABAT55", "08 TUNIS 1172", "07ALGIERS1806", "١٠PARIS١٩١", "09BEIRUT٤٤",
    "10-NOUAKCHOTT-32", "(C) 09CAIRO2201", "06DAMASCUS5399", "09/TRIPOLI/771", "٠٨BAMAKO٣٠٢",
)  # fmt: skip
_CABLE_HEADS21 = (
    "البرقية رقم", "البرقية المرقمة", "في البرقية ذات الرقم", "وثيقة تحمل الرقم",
    "البرقية (رقم", "المرجع:", "برقية صادرة تحت رقم", "بحسب البرقية",
)  # fmt: skip
_LIST_TITLES21 = (
    "وزير الخارجية", "السفير", "رئيس الوزراء", "النائب", "الأمين العام لحزب الأمة", "المحافظ",
    "رئيس البرلمان", "وزيرة الصحة", "القنصل العام", "المدير التنفيذي للشركة", "العقيد",
    "رئيسة الجمعية", "الدكتور", "الشيخ", "المستشار", "اللواء المتقاعد", "الوزير السابق",
)  # fmt: skip
_CLASSIFIED21 = (
    "C O N F I D E N T I A L", "SECRET SECTION 01 OF 03", "سري للغاية", "UNCLAS", "NOFORN",
    "E.O. 12958: DECL: 02/12/2020", "SUBJECT:", "Classified By: Ambassador", "(S/NF)", "¶1.",
)  # fmt: skip
_MIXED_DIGITS21 = (
    "٢٠10", "2٠١٠", "12/٣/2009", "١٢/3/٢٠٠٩", "الساعة ١٠:30", "٪40", "40٪", "١,5 مليون",
    "3٫5", "المادة ٣ مكرر", "القرار 1701/٢٠٠٦", "٠٠٩٦١", "+٢١٦ 71", "1٤٣٠ هـ", "٢٠٠٩-03-١٢",
    "2009م", "١٩٩٩ م", "عام 2010/2011", "٩ / ١١",
)  # fmt: skip

# sentence22's templates and words (the second session of 2026-12-06,
# fuzz22): interviews in questions and answers, marks nested in brackets
# and in marks of other families, lists of speakers, tables of a cable's
# fields, a headline with its dateline and body, Latin words and quotes
# among Arabic ones, a quote cut by its speaker, transcripts and tables of
# who said what
SENTENCE22_TEMPLATES = 14
_ASKERS22 = ("س", "سؤال", "السؤال", "الصحفي", "المحاور", "- ", "•", "Q")
_ANSWERERS22 = ("ج", "جواب", "الجواب", "الوزير", "الضيف", "- ", "–", "A")
_QUESTIONS22 = (
    "ما رأيكم في القرار", "هل تتوقعون اتفاقا قبل نهاية العام", "كيف تردون على المعارضة",
    "متى تصل المساعدات", "لماذا تأخر الإعلان", "هل ستترشح مجددا", "ما هي خطتكم",
)  # fmt: skip
_ASKED22 = (
    "وعندما سئل عن", "وردا على سؤال حول", "وفي رده على سؤال بشأن", "وسألته الصحيفة عن",
    "ولما سألناه عن", "وحين سئلت عن", "وعن سؤال يتعلق بـ",
)  # fmt: skip
_ANSWERED22 = ("أجاب", "رد", "قال", "أجابت", "ردت", "اكتفى بالقول", "اكتفت بالقول", "علق")
_CABLE_FIELDS22 = (
    ("FROM", "AMEMBASSY TUNIS"), ("TO", "SECSTATE WASHDC IMMEDIATE"), ("DATE", "12 MAR 2009"),
    ("SUBJECT", "MINISTER ON ELECTIONS"), ("REF", "09TUNIS55"), ("TAGS", "PGOV PREL TS"),
    ("المرسل", "السفارة الأمريكية في الرباط"), ("المرسل إليه", "وزارة الخارجية"),
    ("التاريخ", "12 مارس 2009"), ("الموضوع", "لقاء مع الوزير"), ("المرجع", "09RABAT55"),
    ("التصنيف", "سري"), ("رقم البرقية", "10PARIS191"), ("Classified By", "DCM"),
)  # fmt: skip
_FIELD_SEPS22 = (": ", ":", " : ", " | ", "\t", " - ", ":\n")
_LATIN_NAMES22 = (
    "John Kerry", "Hillary Clinton", "Nicolas Sarkozy", "Ban Ki-moon", "Emmanuel Macron",
    "Ms. Douglas", "Mr. Gompertz", "Dr. Ali",
)  # fmt: skip
_LATIN_QUOTES22 = (
    "We will not accept this", "Nous ne céderons pas", "the situation is very difficult",
    "c'est inacceptable", "Yes we can", "no comment", "It's over",
)  # fmt: skip
_LATIN_DATELINES22 = (
    "TUNIS, March 12 (Reuters) -", "RABAT (AFP) —", "Beirut, 3 June 2010 -",
    "ALGIERS, Dec 5 (AP) –", "Cairo / 12.03.2009 /",
)  # fmt: skip
_PANELS22 = ("المتحدثون في الندوة", "المشاركون", "أبرز المداخلات", "قالوا", "من التصريحات")
_HEADLINE_BREAKS22 = ("\n", "\n\n", " ")
_ANSWER_SEPS22 = (": ", " ", "\n")
_BRACKETS22 = (("(", ")"), ("[", "]"), ("{", "}"), ("((", "))"), ("(", ""), ("", ")"))

# sentence23's templates and words (the third session of 2026-12-06,
# fuzz23): the constructions the first and second sessions' rules read
# (git log --since=2026-12-05 on claims/extraction; docs "Known
# weaknesses"): possessed titles in commas, participles of belonging and
# elatives after a post's body, residents glued to لـ, a gathering's year,
# a colon after أنّ, nouns of words before marks, unclosed openers, names
# known as, captions and names in brackets, nouns with "our", lineage and
# misspelt names, slashed titles, كان clauses, a teller's that-clause
SENTENCE23_TEMPLATES = 15
_UNITS23 = (
    "اللواء «الفتح»", "الكتيبة الثالثة", "الفصيل المسلح", "لواء «النصر»", "الفرقة الرابعة",
    "المجموعة «درع الشمال»", "الوحدة الخاصة",
)  # fmt: skip
_BELONGING23 = (
    "التابع للجيش الوطني", "التابعة للجبهة الشامية", "المنضوي في التحالف", "المقرب من الرئاسة",
    "المنتمي إلى المعارضة", "الموالي للحكومة", "المنضوية تحت لواء الجبهة", "التابع لـ«الحرس»",
)  # fmt: skip
_ELATIVES23 = (
    "الأكثر تمثيلا في البرلمان", "الأقل شعبية", "الأشد تضررا من الأزمة", "الأكثر تتويجا",
    "الأكبر في البلاد", "الأقدم عربيا", "الأكثر نشاطا", "الأعلى",
)  # fmt: skip
_HEADED23 = (
    "رئيس الحزب",
    "رئيس النادي",
    "رئيسة الجمعية",
    "مدير المستشفى",
    "اللاعب",
    "أمين الاتحاد",
)
_RESIDENTS23 = ("لسكان", "لأهالي", "لأبناء", "لأهل", "سكان", "أهالي", "لسكان الجنوب في")
_RESIDED23 = ("القرية", "الضحايا", "الجالية", "الحي", "المدينة القديمة", "المنطقة الحدودية")
_GATHERINGS23 = (
    "مؤتمر المناخ", "منتدى الشباب", "قمة", "ملتقى الاستثمار", "المنتدى الاقتصادي بدورته الخامسة",
    "معرض الكتاب", "مهرجان", "للقمة", "موتمر", "منتدي",
)  # fmt: skip
_AT_GATHERING23 = (
    "خلال", "في", "أمام", "على هامش", "في ختام", "لدى افتتاح", "في حديثه عن نتائج", "عن",
    "تنظيم", "أثناء",
)  # fmt: skip
_COUNTED23 = ("مشارك", "شاب", "زائر", "ضيف", "")
_GATHERED23 = ("وفي المؤتمر الذي حضره", "أمام ملتقى ضم", "وفي ختام القمة التي جمعت")
_DONE23 = ("التقى نظيره", "يغادر القاعة", "اطلع على التقرير")
_LISTED23 = (
    "ثلاثة محاور", "فئتين", "أربعة أهداف", "نقطتين", "عدة مراحل", "الشروط التالية",
)  # fmt: skip
_ADVERBIAL23 = ("بعد أن", "قبل أن", "بعد أنّ", "منذ أن", "إلى أن")
_WORD_NOUNS23 = ("عبارة", "بعبارة", "من خلال عبارة", "شعار", "كلمته", "جملة", "تغريدة قال فيها")
_SAID_OPENERS23 = ("لن", "نحن", "لا", "لم", "هم", "إننا", "أنا")
_KNOWN_AS23 = ("الشهير", "المعروف", "الملقب", "الشهير بـ«الحكيم»", "المعروف بـ", "الملقبة")
_CAPTIONS23 = (
    "يسار الصورة",
    "يمين الصورة",
    "في الوسط",
    "أرشيف",
    "صورة أرشيفية",
    "الثاني من اليمين",
)
_SHORT_NAMES23 = ("(إيسي)", "(UGT)", "(قدو)", "(هايكا)", "(فاو)", "«إيسي»")
_OUR23 = ("مراسلنا", "موفدنا", "مندوبنا", "زميلنا", "خيارنا", "موقفنا", "هدفنا", "رنا", "لينا")
_OUR_PLACES23 = ("في غزة", "إلى جنيف", "في الرباط", "واحد", "ثابت", "واضح", "")
_SLASHED23 = ("الأستاذ/ة", "الدكتور/ة", "المسؤول/ة", "السيد/ة", "المدير/ة", "الطالب/ة")
_POST_KINDS23 = (
    "المكلف بالإعلام الرسمي", "المكلف بالاتصال الحالي", "في برنامج تلفزيوني",
    "في برنامج إذاعي", "في برنامج حواري على قناة محلية", "في برنامج «حديث الساعة»",
    "المكلف بالملف الانتقالي",
)  # fmt: skip
_WAS_DOING23 = (
    "يرد على أسئلة الصحفيين", "يشرف على الحفل", "ترد على المنتقدين", "يتحدث إلى السكان",
    "أمامه موقفه", "أمامهم خطته", "للصحفيين", "بالصحفيين",
)  # fmt: skip
_TELLERS23 = ("المذيع", "الصحفي", "مقدم البرنامج", "النائب", "شاهد العيان", "المحلل")
_HELD_IN23 = (
    "المدير العام لمجمع", "القائد العام لقوات", "رئيس مجلس إدارة مجمع", "قائد قوات",
    "المدير التنفيذي لمجمع",
)  # fmt: skip

# sentence24's templates and words (the fourth session of 2026-12-06,
# fuzz24): shapes of Arabic news pages the earlier templates did not hold:
# breaking headers with a pipe, embedded posts with a handle and a date,
# numbered points of a closing statement, a court's grounds and a lawyer,
# a coach after a match and its score, a forecast with percentages, a toll
# "not final", words set in square brackets inside a quote, a quote split
# by its speaker, a video going round, joint statements of two, a royal
# chain of titles and prayers after names, a sitting of parliament, a live
# page's times, a photo's credit and an update note, an election's turnout,
# a columnist's article, witnesses and a survivor named by a kunya
SENTENCE24_TEMPLATES = 18
_BREAKING24 = ("عاجل |", "عاجل:", "عاجل-", "بالفيديو..", "بالصور:", "خاص |", "حصري -", "مباشر |")
_PLATFORMS24 = (
    "على حسابه في «إكس» (تويتر سابقا)", "على منصة إكس", "عبر صفحته الرسمية على فيسبوك",
    "في تدوينة على فيسبوك", "في منشور على إنستغرام", "عبر قناته على تلغرام",
    "على حسابها الرسمي بمنصة «إكس»", "في تغريدة",
)  # fmt: skip
_HANDLES24 = ("@MinistryInfo", "@sami_haddad", "@Gov_Press", "@laila.m", "@UN_Arabic", "@x")
_POINTS24 = ("أولا", "ثانيا", "ثالثا", "رابعا", "1-", "2)", "٣-", "(أ)", "ب-", "•")
_COURT24 = (
    "وقالت المحكمة في حيثيات حكمها", "وجاء في منطوق الحكم", "وبحسب لائحة الاتهام",
    "وذكرت النيابة العامة في مرافعتها", "وقال القاضي لدى النطق بالحكم", "وأفادت هيئة الدفاع",
)  # fmt: skip
_LAWYERS24 = ("محامي المتهم", "محامية الضحية", "عضو هيئة الدفاع", "وكيل النيابة", "محامي العائلة")
_TEAMS24 = ("الترجي", "الوداد", "الأهلي", "الهلال", "المنتخب الوطني", "شبيبة القبائل", "الفيصلي")
_COACHES24 = ("مدرب", "المدير الفني لـ", "مدرب حراس", "قائد", "مهاجم", "لاعب وسط")
_SCORES24 = (
    "1-1",
    "2 - 0",
    "(3-2)",
    "٢-١",
    "0/0",
    "بهدفين دون رد",
    "بثلاثية نظيفة",
    "4-3 بركلات الترجيح",
)
_FORECASTERS24 = (
    "البنك الدولي", "صندوق النقد الدولي", "البنك المركزي", "المعهد الوطني للإحصاء",
    "وكالة موديز", "منظمة العمل الدولية", "بنك الاستثمار الأوروبي",
)  # fmt: skip
_PERCENTS24 = ("3.2%", "3,2 بالمئة", "٪٤٫٥", "11.2 بالمائة", "نحو 7 في المئة", "-0.4%", "1,5 نقطة")
_TOLLS24 = (
    "حصيلة غير نهائية", "في حصيلة أولية", "وفق آخر حصيلة", "بحسب أرقام رسمية",
    "حصيلة مرشحة للارتفاع",
)  # fmt: skip
_RESCUERS24 = ("الدفاع المدني", "الهلال الأحمر", "مصدر طبي", "مدير مستشفى الشفاء", "فرق الإنقاذ")
_INSERTS24 = ("[الحكومة]", "[...]", "(...)", "[أي الاتفاق]", "[كذا]", "(يقصد المعارضة)", "…")
_VIDEOS24 = (
    "وفي مقطع فيديو متداول على مواقع التواصل الاجتماعي، يظهر",
    "وظهر في تسجيل مصور بثته قناة محلية", "وفي مقطع مصور نشرته الصفحة الرسمية، يقول",
    "ويظهر في الفيديو", "وانتشر مقطع يظهر فيه",
)  # fmt: skip
_DOING24 = ("وهو يقول", "وهي تقول", "وهو يصرخ", "وهم يرددون", "متحدثا إلى الحشود", "يقول")
_JOINT24 = (
    "وقال الوزيران في بيان مشترك", "وأكد الجانبان", "وشدد الطرفان في بيانهما الختامي",
    "وقال الرئيسان في مؤتمر صحفي مشترك", "وأعربت الدولتان", "واتفق الزعيمان على",
)  # fmt: skip
_ROYAL24 = (
    "صاحب السمو الملكي الأمير", "خادم الحرمين الشريفين الملك", "صاحب الجلالة الملك",
    "سمو الشيخ", "فخامة الرئيس", "دولة رئيس الوزراء", "معالي الوزير", "سعادة السفير",
)  # fmt: skip
_PRAYERS24 = ("حفظه الله", "رحمه الله", "(رحمه الله)", "عليه السلام", "(ص)", "ﷺ", "رضي الله عنه")
_CHAIN24 = (
    "ولي العهد رئيس المجلس الأعلى للشباب", "رئيس الدولة حاكم الإمارة",
    "نائب رئيس الحكومة وزير المالية", "أمير المنطقة الشرقية",
)  # fmt: skip
_BLOCS24 = ("(كتلة الإصلاح)", "(حزب النهضة)", "عن كتلة المستقلين", "(الأحرار)", "(مستقل)")
_SITTINGS24 = (
    "خلال الجلسة العامة المخصصة لمناقشة مشروع الميزانية", "في جلسة مساءلة الحكومة",
    "تحت قبة البرلمان", "خلال جلسة الأسئلة الشفوية", "في الجلسة العلنية",
)  # fmt: skip
_LIVE24 = (
    "{h}:{m} —",
    "[{h}:{m}]",
    "تحديث {h}:{m} بتوقيت غرينتش:",
    "{h}:{m} GMT -",
    "الساعة {h}:{m}",
)
_CREDITS24 = (
    "(الصورة: {who} خلال المؤتمر - أرشيف)", "[تم تحديث هذا الخبر في {date}]",
    "المصدر: {outlet}", "(تصوير: {who})", "تابعونا على تلغرام", "شارك الخبر:",
    "اقرأ المزيد:", "(أ ف ب - أرشيفية)", "الصورة من الأرشيف",
)  # fmt: skip
_ELECTORAL24 = (
    "رئيس هيئة الانتخابات المستقلة", "رئيسة اللجنة الانتخابية",
    "المتحدث باسم المفوضية", "عضو الهيئة",
)  # fmt: skip
_COLUMNISTS24 = ("الكاتب", "المحلل السياسي", "الكاتبة الصحفية", "الباحث", "أستاذ العلوم السياسية")
_KUNYAS24 = ("أم محمد", "أبو أحمد", "أم خالد", "أبو علي", "الحاجة فاطمة", "العم سالم")
_WITNESSES24 = (
    "وروى أحد الناجين", "وقال شهود عيان", "وأفاد سكان", "وتروي", "ويقول", "وحكت",
)  # fmt: skip

# sentence25's templates and words (the fifth session of 2026-12-06, fuzz25):
# news shapes, names of Persian and Urdu spelling, and odd Unicode
SENTENCE25_TEMPLATES = 21
_MARK_PAIRS25 = (
    ("«", "»"), ('"', '"'), ("“", "”"), ("„", "“"), ("﴿", "﴾"), ("‹", "›"), ("「", "」"),
    ("«", ""), ("", "»"), ("'", "'"),
)  # fmt: skip
_FIRST25 = ("سامر", "نادين", "محمد جواد", "عمران", "هشام", "رنا", "عبد الكريم", "زينب", "پرویز")
_FAMILY25 = (
    "آل ثاني", "ظریف", "خان", "بن عيسى", "ولد الشيخ", "القحطاني", "الزعبي", "بنت الحسن",
    "أبو شقرة", "چاوش", "گل", "نواز", "ٹیپو",
)  # fmt: skip
_POSTS25 = (
    "محافظ البنك المركزي", "وزير المالية", "الناطق باسم الشرطة", "مدير الأرصاد الجوية",
    "رئيس لجنة الانتخابات", "المدرب", "الباحث في الشؤون الاقتصادية", "عضو المكتب السياسي",
    "مفتي الديار", "رئيسة الوزراء", "قائد المنتخب", "الأمين العام للهيئة",
)  # fmt: skip
_SAYS25 = ("قال", "وقال", "أكد", "أوضح", "أفاد", "صرّح", "غرّد", "كتب", "تساءل", "استدرك")
_WORDS25 = (
    "الوضع", "الاقتصادي", "تحسن", "بشكل", "ملحوظ", "خلال", "الربع", "الثالث", "لكن",
    "التحديات", "ما", "زالت", "قائمة", "ولن", "نتراجع", "عن", "الإصلاحات", "نحن", "مستعدون",
    "للحوار", "مع", "جميع", "الأطراف", "الأسعار", "ستنخفض", "قريبا", "والله", "عندنا",
)  # fmt: skip
_TAGS25 = (
    "#عاجل", "#الانتخابات_2026", "@news_ar", "https://example.com/a?b=1", "www.example.org",
    "info@example.com",
)  # fmt: skip
_EMOJI25 = ("🔴", "⚡️", "📌", "👇", "🇸🇦", "✅", "❗", "🎥")
_HIJRI25 = ("١٥ رمضان ١٤٤٥هـ", "3 شوال 1446 هـ", "الموافق 12 ذو الحجة 1445", "غرة محرم ١٤٤٧")
_FOOTERS25 = (
    "اقرأ أيضا: {w}", "المصدر: وكالات", "© جميع الحقوق محفوظة 2026", "شاهد: {w} {e}",
    "(الصورة: رويترز)", "(أرشيفية)", "[صورة: الأناضول]",
)  # fmt: skip
# odd Unicode (sentence25's mutations, mutate25): letters of Persian and Urdu
# spelling, presentation forms, marks of format and direction, spaces
_PERSIAN25 = str.maketrans(
    {"ي": "ی", "ك": "ک", "ه": "ہ", "ى": "ی", "ة": "ۃ", "0": "۰", "1": "۱", "2": "۲", "3": "۳",
     "4": "۴", "5": "۵", "6": "۶", "7": "۷", "8": "۸", "9": "۹", "،": ",", "؟": "?"}
)  # fmt: skip
_URDU25 = str.maketrans({"ي": "ے", "ه": "ھ", "ت": "ٹ", "د": "ڈ", "ر": "ڑ", "ن": "ں", "ك": "ک"})
_ODD25 = (
    "\u0640", "\u064e", "\u0651", "\u0670", "\u0654", "\u0653", "\u06d6", "\u200d", "\u200c",
    "\u200b", "\u200f", "\u200e", "\u202b", "\u202c", "\u2067", "\u2069", "\u061c", "\ufeff",
    "\u00ad", "\u2060", "\u00a0", "\u202f", "\u06d4", "\u061b", "\u066a", "\u066b", "\ufdfa",
    "\ufdf2", "\ufefb", "\ufe8d", "\ufe70", "\u06dd", "\u0600", "\U0001f600", "\u2028", "\u0085",
    "\u2039", "\u300c", "\ufd3e", "\u0301", "\u06c1", "\u06d2", "\u067e", "\u06af", "\u06cc",
    "»«", "«", "»", '"', ":",
)  # fmt: skip
_PRESENTATION25 = {"لا": "ﻻ", "الله": "ﷲ", "لأ": "ﻷ", "ا": "ﺍ", "ل": "ﻝ", "م": "ﻣ", "ه": "ﻫ"}

# scraper artefacts (_Gen.scrape)
_LATIN = (
    "AFP", "Le ministre a dit", '"We will not accept"', "www.example.com", "@user_1",
    "#Hashtag", "(PHOTO)", "read more >>", "Reuters/Tunis",
)  # fmt: skip
_INVISIBLE = (
    "\u200f",
    "\u200e",
    "\u202b",
    "\u202c",
    "\u200b",
    "\u200c",
    "\u200d",
    "\ufeff",
    "\xa0",
)
_CUES_REPEATED = (
    "وقال", "قال", "وأضاف", "قائلا:", "إن", "أن", ":", "«", '"', "وقال الوزير", "بحسب",
    "نقلا عن", "على حد تعبيره", "»", "،", "قائلا", "الوزير",
)  # fmt: skip
_LINE_BREAKS = ("\r\n", "<br>", "<br />\n", "\t", "\r", "\u2028", "\u2029", "\x0c")
_MARK_SWAPS = (
    ('"', "“"), ("«", '"'), ("»", '"'), ('"', "''"), ("«", "<<"), ("»", ">>"), ('"', '\\"'),
)  # fmt: skip

_MONTHS = (
    "يناير", "فبراير", "مارس", "أبريل", "ماي", "مايو", "يونيو", "يوليوز", "يوليو", "غشت",
    "أغسطس", "شتنبر", "سبتمبر", "أكتوبر", "نوفمبر", "دجنبر", "ديسمبر", "جانفي", "فيفري",
    "أفريل", "جوان", "جويلية", "أوت", "شباط/فبراير", "فبراير/ شباط", "كانون الثاني (يناير)",
    "آذار", "تشرين الأول", "تموز/يوليو", "حزيران", "أيلول/سبتمبر", "كانون الأول/ديسمبر",
)  # fmt: skip
_HIJRI_MONTHS = (
    "محرم",
    "صفر",
    "ربيع الأول",
    "جمادى الآخرة",
    "رجب",
    "شعبان",
    "رمضان",
    "شوال",
    "ذو الحجة",
)
_WEEKDAYS = ("الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت")
_DEICTIC = ("أمس", "اليوم", "مساء أمس", "صباح اليوم", "الليلة الماضية", "أول أمس", "لاحقا")
_RELATIVE_TIME = ("منذ", "قبل", "بعد", "حتى", "في", "يوم", "خلال", "مطلع", "نهاية", "أواخر")
_PLACES = ("الرباط", "تونس", "القاهرة", "أريحا", "باماكو", "بيروت", "الجزائر", "لندن", "نواكشوط")
_AGENCIES = ("(وكالات)", "وفا -", "(أ ف ب) -", "- واس", "(رويترز)", "(د ب أ) –", "/ الأناضول /")

# quote marks: (opener, closer), by family and as web pages print them
_MARK_PAIRS = (
    ('"', '"'), ("«", "»"), ("“", "”"), ("„", "“"), ("»", "«"), ("”", "“"), ("«", "”"),
    ("“", "»"), ("''", "''"), ("‘‘", "‘‘"), ("‘", "’"), ("'", "'"), ("quot;", "quot;"),
    ('\\"', '\\"'), ('"', "″"), ("+", "+"), ("(", ")"), ("« ", " »"), ('" ', ' "'), ("«", "»»"),
    ("&quot;", "&quot;"), ("❝", "❞"), ("〞", "〟"),
)  # fmt: skip
_ALL_MARK_CHARS = frozenset("\"'«»“”„‘’″+()❝❞〞〟")

_WORD = re.compile(r"\S+")


class _Gen:
    """Invented articles from templates, reproducible from the seed."""

    def __init__(self, seed: int, only: int | None = None) -> None:
        self.r = random.Random(seed)
        # only=21, 22, 23, 24 or 25: every sentence from sentence21 … sentence25
        # (the runs of one session's templates alone)
        self.only = only
        # (scraper artefacts draw from their own stream: the articles and
        # mutations of a seed are those of the runs before them)
        self.s = random.Random(seed * 7919 + 1)

    # -- small pieces -----------------------------------------------------

    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    def maybe(self, p: float) -> bool:
        return self.r.random() < p

    def name(self, fem: bool | None = None) -> str:
        fem = self.maybe(0.35) if fem is None else fem
        first = self.pick(_FIRST_F if fem else _FIRST_M)
        n = self.r.randrange(4)
        if n == 0:
            return first
        if n == 1:
            return self.pick(_FAMILY)  # a surname alone, as a later mention
        return first + " " + self.pick(_FAMILY) + (" " + self.pick(_FAMILY) if n == 3 else "")

    def date(self) -> str:
        k = self.r.randrange(14)
        day = str(self.r.randint(1, 31))
        month = self.pick(_MONTHS)
        year = str(self.r.choice((1999, 2008, 2009, 2010, 2014, 2018, 2024, 2026)))
        if k == 0:
            return f"{day} {month} {year}"
        if k == 1:
            return f"{month} {year}"
        if k == 2:
            return f"{self.pick(_WEEKDAYS)} {day} {month} {year}"
        if k == 3:
            return f"{day}/{self.r.randint(1, 13)}/{year}"
        if k == 4:
            return f"{year}-{self.r.randint(1, 12):02d}-{self.r.randint(1, 31):02d}"
        if k == 5:
            return f"{self.pick(('نهاية', 'مطلع', 'أواخر', 'منتصف'))} العام {year}"
        if k == 6:
            return (
                f"{self.r.randint(1, 29)} {self.pick(_HIJRI_MONTHS)} "
                f"{self.r.choice((1430, 1445))} هـ"
            )
        if k == 7:
            h = f"{self.r.randint(1, 29)} {self.pick(_HIJRI_MONTHS)} 1445 هـ"
            return f"{h} الموافق {day} {month} {year}"
        if k == 8:
            return self.pick(_DEICTIC)
        if k == 9:
            return self.pick(_WEEKDAYS) + self.pick(("", " الماضي", " المقبل"))
        if k == 10:
            return f"{self.pick(_RELATIVE_TIME)} {day} {month}"
        if k == 11:
            return (
                f"{self.r.randint(1, 12)}-{self.r.randint(1, 31)}-{year} "
                f"{self.r.randint(0, 23)}:{self.r.randint(0, 59):02d}"
            )
        if k == 12:
            return year
        return f"بعد {self.pick(('عدة أشهر', 'أسبوعين', 'يومين', 'سنة'))}"

    def content(self, short: bool = False) -> str:
        n = self.r.randint(1, 3) if short else self.r.randint(1, 18)
        words = []
        for _ in range(n):
            k = self.r.randrange(40)
            if k == 0:
                words.append(self.pick(_NUMBERS))
            elif k == 1:
                words.append(self.name())
            elif k == 2:
                words.append(self.date())
            elif k == 3:
                o, c = self.pick(_MARK_PAIRS)
                words.append(
                    o + " ".join(self.pick(_CONTENT) for _ in range(self.r.randint(1, 4))) + c
                )
            elif k == 4:
                words.append(self.pick(("،", ".", ":", "؟", "!", "…", "-", "؛")))
            elif k == 5:
                words.append(self.pick(_VERBS_M + _VERBS_F))
            elif k == 6:
                words.append(self.pick(("لـ", "بـ", "ل", "ب")) + self.pick(_CONTENT))
            else:
                words.append(self.pick(_CONTENT))
        return " ".join(words)

    def quote(self, short: bool = False) -> str:
        o, c = self.pick(_MARK_PAIRS)
        k = self.r.randrange(30)
        body = self.content(short)
        if k == 0:
            return o + body  # never closed
        if k == 1:
            return body + c  # never opened
        if k == 2:
            return o + body + " " + o + self.content(True) + c  # a second opener
        if k == 3:
            o2, c2 = self.pick(_MARK_PAIRS)
            return o + body + " " + o2 + self.content(True) + c2 + " " + self.content(True) + c
        if k == 4:
            return o + body + "." + c  # the period inside
        return o + body + c

    # -- noun phrases -----------------------------------------------------

    def person(self) -> tuple[str, str]:
        """A person phrase and its agreement ('m', 'f' or 'p')."""
        fem = self.maybe(0.3)
        k = self.r.randrange(9)
        nm = self.name(fem)
        if k == 0:
            s = nm
        elif k == 1:
            s = self.pick(_TITLES_F if fem else _TITLES_M) + " " + nm
        elif k == 2:
            s = self.pick(_HONORIFICS) + " " + nm
        elif k == 3:
            s = nm + "، " + self.pick(_TITLES_F if fem else _TITLES_M) + "،"
        elif k == 4:
            s = self.pick(_TITLES_F if fem else _TITLES_M) + " " + self.pick(_ADJ_NISBA)
        elif k == 5:
            s = self.pick(_TITLES_F if fem else _TITLES_M)
        elif k == 6:
            s = self.pick(_KIN) + self.pick(("", " " + nm))
        elif k == 7:
            s = f"{self.pick(_TITLES_M)} {self.pick(_BODIES)} {nm}"
        else:
            s = f"{nm} ({self.r.randint(20, 80)} عاما)"
        return s, "f" if fem else "m"

    def subject(self) -> tuple[str, str]:
        k = self.r.randrange(12)
        if k <= 3:
            return self.person()
        if k == 4:
            return self.pick(_NISBAS), "p"
        if k == 5:
            return self.pick(_BODIES), self.pick("mf")
        if k == 6:
            return self.pick(_DOCUMENTS), "f"
        if k == 7:
            return self.pick(_ANONYMOUS), self.pick("mfp")
        if k == 8:
            a, _ = self.person()
            b, _ = self.person()
            return f"{a} و{b}", "p"  # a coordination
        if k == 9:
            return (
                (
                    f"{self.pick(_BODIES)} {self.pick(_RELATIVES)} "
                    f"{self.pick(_VERBS_M)} {self.content(True)}"
                ),
                "m",
            )
        if k == 10:
            return f"{self.pick(_OUTLETS)}", "f"
        return f"{self.pick(_ANONYMOUS)} {self.pick(_ADJ_NISBA)}", "m"

    def verb(self, agr: str) -> str:
        return self.pick({"m": _VERBS_M, "f": _VERBS_F, "p": _VERBS_PL}[agr])

    def adjunct(self) -> str:
        k = self.r.randrange(8)
        if k == 0:
            return ""
        if k == 1:
            return self.pick(_ADDRESSEES)
        if k == 2:
            return self.date()
        if k == 3:
            return "في " + self.date()
        if k == 4:
            return self.pick(_ADDRESSEES) + " " + self.date()
        if k == 5:
            return self.pick(("بدوره", "من جهته", "بدورها", "من جانبه", "في المقابل،"))
        if k == 6:
            return f"({self.pick(_CABLES)})"
        return ""

    # -- sentences --------------------------------------------------------

    def sentence11(self) -> str:
        """This session's constructions, each with the usual mutations of
        marks, names and dates."""
        r = self.r
        nm = self.name()
        full = f"{self.pick(_FIRST_M)} {self.pick(_FIRST_M)} {self.pick(_FAMILY)}"
        post = self.pick(_POST_GENITIVES)
        q = self.quote()
        that = self.pick(_THAT)
        v = self.pick(_VERBS_M + _VERBS_F)
        k = r.randrange(16)
        if k == 0:
            s = f"{v} {post} {nm} {self.adjunct()} {that} {q}"
        elif k == 1:
            s = f"{v} {post}، {nm}، {that} {q}"
        elif k == 2:
            s = f"{v} {post}، {nm} {that} {q}"
        elif k == 3:
            s = f"{v} {self.pick(_TITLES_M)} {nm}، {self.pick(_FAME)}، {that} {q}"
        elif k == 4:
            comma = self.pick(("،", ""))
            s = f"{v} {nm} {self.pick(_TITLES_M)}، {self.pick(_FAME)}{comma} {that} {q}"
        elif k == 5:
            a, b = self.pick(_RELAY_OUTLETS), self.pick(_RELAY_OUTLETS)
            s = (
                f"{self.pick(('ونقلت', 'نقلت', 'ونقل'))} {a} {self.pick(_OUTLETS)} عن {b} "
                f"{self.pick(_OUTLETS)} عن {self.pick(_ANONYMOUS + _TITLES_M)} "
                f"{self.pick(('قوله', 'قولها', 'تأكيده', ''))}{self.pick((':', ''))} {q}"
            )
        elif k == 6:
            s = (
                f"{self.pick(('مجلة', 'كتاب', 'ندوة', 'تقرير'))} {self.content(True)} "
                f"{self.pick(('تحت عنوان', 'بعنوان', 'عنوانه', 'عنوانها'))} {q}"
                f"{self.pick(('', ' في إطار ' + self.content(True), '، ' + v + ' ' + nm))}"
            )
        elif k == 7:
            s = (
                f"{v} {nm} إن {self.pick(('مسافة', 'الفرق', 'الخلاف'))} "
                f"{self.pick(('بينه', 'بيننا', 'بينها', 'بين الحزب'))} وبين {self.content(True)} "
                f"{self.pick(('وبين', 'وبيّن', 'وبينت'))} {that} {q}"
            )
        elif k == 8:
            fam = self.pick(_FAMILY).split()[-1]
            s = (
                f"{v} {self.pick(_TITLES_M)} {full[: full.rfind(' ')]} {fam} {that} {q}. "
                f"{self.pick(('وقال', 'وأضاف', 'وتابعت'))} {self.pick(('ولد', 'بنت', 'ابن'))} "
                f"{fam} {that} {self.quote()}"
            )
        elif k == 9:
            s = (
                f"{v} {self.pick(_TITLES_F + _TITLES_M)} {nm}، {self.pick(_PREP_CUES)} "
                f"{self.pick(_OUTLETS)}، {that} {self.content(True)}، "
                f"{self.pick(_PARTICIPLES)} {that} {q}"
            )
        elif k == 10:
            s = (
                f"{self.pick(('على ما وصفوه بـ', 'ما اعتبروه', 'ما يصفونه بـ', 'ووصف ', 'وطمأن '))}"
                f"{self.pick(('', self.pick(_BODIES) + ' بأنه ', self.pick(_THINGS) + ' ب'))}{q}"
            )
        elif k == 11:
            s = (
                f"{self.pick(('ودافع', 'وأرجع', 'واتصل ب', 'واستعرض'))} {nm} "
                f"{self.pick(('عن', 'إلى', 'في'))} {self.content(True)}، "
                f"{self.pick(('وقال', 'مضيفا', 'وقالت'))}: {q}"
            )
        elif k == 12:
            s = f"{v} {nm}: {self.pick(_OCCASIONS)} {self.content(True)}، {q}"
        elif k == 13:
            s = (
                f"{self.pick(('وانتقدت', 'ودعا', 'وزار'))} {post} {self.pick(('', nm))}"
                f"{self.pick(('، ', ' '))}{self.pick(_THINGS)}{self.pick(('، في بيان،', '،', ''))} "
                f"{self.pick(('إلى', 'قائلة إن', 'وقال', 'قائلا:'))} {q}"
            )
        elif k == 14:
            s = (
                f"{v} {nm} أن {self.content(True)} انطلق {self.pick(_DEICTIC)} "
                f"{self.pick(_WEEKDAYS)} ({self.date()}) في {self.content(True)}، {that} {q}"
            )
        else:
            o, c = self.pick((('"', '"'), ("«", "»"), ("", "")))
            s = (
                f"{self.pick(('قالت', 'وذكرت'))} {o}{self.pick(_BODIES)}{c} "
                f"{self.pick(_RELATIVES)} {self.pick(('تشرف عليها', 'يرأسها'))} "
                f"{self.pick(_BODIES)}{self.pick(('، ', ' '))}{that} {q}، "
                f"{self.pick(_MESSAGES)} {self.quote()}"
            )
        return s + self.pick((".", ".", "", "؟", "…"))

    def sentence12(self) -> str:
        """The twelfth session's constructions (the rules of the sixth and
        seventh sessions of 2026-12-04 and of this one), each with the
        usual mutations of marks, names and dates."""
        r = self.r
        nm = self.name()
        full = f"{self.pick(_FIRST_M)} {self.pick(_FAMILY)}"
        q = self.quote()
        q3 = self.quote(short=True)
        that = self.pick(_THAT)
        v = self.pick(_VERBS_M + _VERBS_F)
        title = self.pick(_TITLES_M + _TITLES_F)
        k = r.randrange(46)
        if k >= 30:
            return self.sentence12b(k - 30, nm, full, q, that)
        if k == 0:
            s = (
                f"{self.pick(('وأبلغت', 'وطالبت', 'ودعت', 'وأبلغ', 'وطالب'))} "
                f"{self.pick(_BODIES + _TITLES_M)} {self.pick(_AUDIENCES)} "
                f"{self.pick(('بأن', 'إلى', 'ب', 'أن'))} {q}"
            )
        elif k == 1:
            s = (
                f"{self.pick(('وتحدث', 'وتحدثت', 'تكلم', 'وتكلمت'))} {title} {nm} "
                f"{self.pick(('عن', 'حول', 'عن ما سماه'))} {q3}{self.pick(('', '، ' + q))}"
            )
        elif k == 2:
            s = (
                f"{self.pick(('وردد', 'هتف', 'وكرر', 'وظل', 'ورددت'))} "
                f"{self.pick(_CHANTERS)} {self.pick(('', 'يرددون '))}"
                f"{self.pick(_CHANT_NOUNS)} {q}"
            )
        elif k == 3:
            s = (
                f"{self.pick(('حملة', 'مبادرة', 'تظاهرة'))} "
                f"{self.pick(('تحت شعار', 'تحت اسم', 'تحت مسمى', 'بعنوان'))} {q}"
                f"{self.pick(('', '، ' + v + ' ' + nm + ' ' + that + ' ' + self.quote()))}"
            )
        elif k == 4:
            s = (
                f"{self.pick(('نقلت', 'ونقلت', 'وأوردت', 'بحسب ما نقلت'))} "
                f"{self.pick(_OUTLETS)} عن وكالة {self.quote(short=True)} "
                f"{self.pick(('عن', 'للأنباء عن', ''))} {self.pick(_ANONYMOUS)} "
                f"{self.pick(('قوله', 'أن', 'إن', ''))} {q}"
            )
        elif k == 5:
            s = (
                f"{self.pick(('أعلنت', 'وأكدت', 'أعلن'))} {self.pick(_BODIES)}، "
                f"{self.pick(('أمس', 'اليوم', 'مساء أمس'))} {self.pick(_WEEKDAYS)}، "
                f"{self.date()}، {self.pick(('عن', 'أن'))} {self.content(True)}. "
                f"{self.pick(('وقالت', 'وقال', 'وأضافت'))} {self.pick(('', title))} {that} {q}"
            )
        elif k == 6:
            affairs = f"{self.pick(_AFFAIRS)} {self.pick(('', 'الأمنية', 'الخارجية'))}"
            s = f"{v} {affairs} {nm} {that} {q}"
        elif k == 7:
            s = (
                f"{self.pick(('وقالت', 'وأعلنت'))} {self.pick(_MINISTRIES)} "
                f"{self.pick(('على لسان', 'عبر', ''))} {self.pick(_POSSESSED)} "
                f"{self.pick(_POSSESSED_ADJ)} {nm} {that} {q}"
            )
        elif k == 8:
            s = (
                f"{v} {nm}، {title}، {self.pick(_TITLES_M + _NEW_TITLES)}، {that} {q}"
                f"{self.pick(('', '. وقال ' + self.pick(_TITLES_M) + ' ' + nm + '، '))}"
                f"{self.pick(('', self.pick(_TITLES_M) + '، ' + that + ' ' + self.quote()))}"
            )
        elif k == 9:
            s = (
                f"{self.pick(('وأوردت', 'وذكرت', 'أورد', 'وذكر'))} {self.pick(_OUTLETS)} "
                f"عن {self.pick(_OUTLETS)} {self.pick(('للأنباء', ''))} {that} {q}"
            )
        elif k == 10:
            s = (
                f"{v} {self.pick(('السفير', 'المدير', 'الرئيس', 'المحافظ', 'السفيرة'))} "
                f"{self.pick(_APPOINTED)} {self.pick(_LATELY)} {nm} {self.adjunct()} {that} {q}"
            )
        elif k == 11:
            s = (
                f"{v} {self.pick(_TITLES_M)} {full} {that} {q}. "
                f"{self.pick(('وقال', 'وأضاف', 'وتابع'))} "
                f"{self.pick(('وزير الخارجية', 'وزير الداخلية', 'الوزير', 'الرئيس', 'السفير'))} "
                f"{self.pick(('', 'ولد ' + full.split()[-1], full.split()[-1]))} "
                f"{that} {self.quote()}"
            )
        elif k == 12:
            s = (
                f"{self.pick(('وأعلن', 'وأعلنت', 'وقرر', 'وبرر'))} "
                f"{self.pick(('', title, self.pick(_BODIES)))} {self.pick(_OBJECT_MASDARS)} "
                f"{self.content(True)}، {self.pick(_PARTICIPLES)} {that} {q}"
            )
        elif k == 13:
            s = (
                f"{self.pick(_TITLES_M)} {self.pick(_ADJ_NISBA)} {self.pick(('لـ', 'ل', 'لـ '))}"
                f"{self.pick(('الصحفيين', 'المتاحف', '«الشروق»', 'الجزيرة', ' الصحفيين'))}: {q}"
            )
        elif k == 14:
            s = (
                f"{v} {self.pick(_DIPLOMACY)} {self.pick(_ADJ_NISBA)} "
                f"{self.pick(('', nm))} {self.adjunct()} {that} {q}"
            )
        elif k == 15:
            s = (
                f"{q}{self.pick(('.', '. ', '».'))}{self.pick(('جاء ذلك', 'وجاء ذلك', 'وأضاف'))} "
                f"في تصريح {self.pick(('لـ', 'ل'))}{self.pick(_OUTLETS)}"
                f"{self.pick(('', ' ' + nm))}"
            )
        elif k == 16:
            s = (
                f"{self.pick((v + ' ' + nm + ' ', 'وحذرت ' + self.pick(_BODIES) + ' '))}"
                f"{self.pick(_DESCRIBED)}{q}"
            )
        elif k == 17:
            s = (
                f"{v} {nm}{self.pick(('، ', ' '))}{self.pick(('الذي ', 'التي ', ''))}"
                f"{self.pick(_OCCUPIES)} {self.pick(_TITLES_M)}{self.pick(('، ', ' '))}{that} {q}"
            )
        elif k == 18:
            s = (
                f"{q}. {self.pick(_RECALLED)} {self.pick((nm, title + ' ' + nm, title))} "
                f"{self.pick(('', self.pick(_ADDRESSEES)))}"
            )
        elif k == 19:
            s = (
                f"{self.pick(_DELIVERED)} {self.pick((title + ' ' + nm, self.pick(_BODIES)))} "
                f"{self.pick(_SPEECHES)} {self.pick(('', 'إلى ' + self.pick(_AUDIENCES)))} "
                f"{self.pick(_SAID_IN)} {q}"
            )
        elif k == 20:
            s = (
                f"{self.pick(('أصدرت', 'ونشرت', 'أعدت'))} {self.pick(_BODIES)} تقريرا "
                f"{self.pick(('عنونته', 'عنونه', 'بعنوان', 'تحت عنوان'))} {q}"
                f"{self.pick(('', '، ' + self.pick(_PARTICIPLES) + ' ' + that))} {self.quote()}"
            )
        elif k == 21:
            o, _ = self.pick(_MARK_PAIRS)
            s = (
                f"{self.pick(('وقال', 'وأضاف', 'وتابعت', 'وقالت'))}{self.pick(('', ' ' + title))}"
                f"{self.pick(('', ' ' + nm))}، {o}{self.content()}"
            )
        elif k == 22:
            fam = self.pick(_FAMILY)
            s = (
                f"{self.pick(('الرئيس', 'الوزير', 'السفير', 'الشيخ'))} {fam}: {q}\n"
                f"{self.pick(('أعلن', 'قال', 'أكد'))} {self.pick(_TITLES_M)} "
                f"{self.pick(_ADJ_NISBA)} {self.pick(_FIRST_M)} {fam} {that} {self.quote()}"
            )
        elif k == 23:
            s = f"{v} {self.pick(_NEW_TITLES)} {self.pick(('', nm))} {self.adjunct()} {that} {q}"
        elif k == 24:
            s = (
                f"{self.pick(('قال', 'وقال', 'قالت'))} {full} "
                f"{self.pick(('لصحيفة الغد', 'للصحفيين', 'لسكاي نيوز', ''))}: {q}. "
                f"{self.pick(('وأضاف', 'وتابع', 'وأضافت'))} "
                f"{self.pick(('ولي العهد', 'الوزير', 'الناشط', 'الحقوقي', 'المسؤول'))} "
                f"{that} {self.quote()}"
            )
        elif k == 25:
            s = (
                f"{self.pick(_RELATED)}{self.pick((':', ' :', ' -'))} {q}\n"
                f"{self.pick(('- ', '• ', ''))}{self.quote()}"
            )
        elif k == 26:
            s = (
                f"{self.pick(('ونبه', 'ودعا', 'وحث'))} {full} {self.pick(_CHANTERS)} "
                f"{self.pick(('إلى', 'على'))} {self.content(True)}، "
                f"{self.pick(('مفسرا بالقول', 'قائلا', 'مضيفا'))}: {q}"
            )
        elif k == 27:
            s = (
                f"{self.pick(('وطالب', 'ودعا', 'وأبلغ'))} {self.pick(_TITLES_M)}، {full}، "
                f"{self.pick(_BODIES)} {self.pick(('بـ', 'إلى '))}{self.content(True)}، "
                f"{self.pick(_PARTICIPLES)} {that} {q}"
            )
        elif k == 28:
            s = (
                f"{self.pick(('وارتكب', 'وأدان', 'واستنكر'))} {self.pick(_BODIES)}، "
                f"{self.pick(_EVENT_NOUNS)} {self.content(True)}، "
                f"{self.pick(('وقال', 'مؤكدا', 'وقالت'))} {that} {q}"
            )
        else:
            # a quote nested after a colon inside another one
            o, c = self.pick((("«", "»"), ('"', '"'), ("“", "”")))
            o2, c2 = self.pick(_MARK_PAIRS)
            s = (
                f"{v} {nm}: {o}{self.content(True)} {self.pick(('قال لي', 'قلت له', 'سألني'))}: "
                f"{o2}{self.content(True)}{c2}{self.pick(('', ' ' + self.content(True)))}{c}"
            )
        return s + self.pick((".", ".", "", "؟", "…", "\n"))

    def sentence12b(self, k: int, nm: str, full: str, q: str, that: str) -> str:
        """sentence12's second half: the rules landed in the twelfth
        session itself."""
        v = self.pick(_VERBS_M + _VERBS_F)
        if k == 0:
            s = (
                f"{v} {nm}{self.pick(('، ', ' '))}"
                f"{self.pick(('الذي يرأس', 'التي ترأس', 'الذي ترأس'))} "
                f"{self.pick(('لجنة المالية في البرلمان', 'جمعية حماية المستهلك', 'الحزب'))}"
                f"{self.pick(('، ', ' '))}{that} {q}"
            )
        elif k == 1:
            s = (
                f"{self.pick(('وقالت', 'وأكدت', 'ترى'))} "
                f"{self.pick(('الولايات المتحدة', 'المملكة', 'السلطنة', 'الإمارة', 'الدولة'))} "
                f"{self.pick(('', 'أنها تقول '))}{that} {q}"
            )
        elif k == 2:
            s = (
                f"{self.pick(('وتابع', 'وقال', 'وأضافت'))} {self.pick(_TITLES_M)}: "
                f"({self.pick(('', ' '))}{self.content()}{self.pick(('', ' ', '.'))})"
            )
        elif k == 3:
            s = (
                f"{self.pick(('وزار', 'وتفقد', 'وغادر', 'وافتتح'))} {self.pick(_TITLES_M)} "
                f"{self.pick(('مقر البرلمان', 'موقع الحادث', 'مخيم اللاجئين', 'معبر', 'مطار'))}"
                f"{self.pick(('، ', ' '))}{self.pick(('وقال', 'مؤكدا', 'وأكد'))} {that} {q}"
            )
        elif k == 4:
            s = (
                f"{self.pick(('واستحضر', 'وتذكر'))} {self.pick(('القيادي', 'الوزير', 'المسؤول'))} "
                f"{self.pick(('ذاته', 'نفسه'))}{self.pick(('، ', ' '))}{self.content(True)}، "
                f"{self.pick(('مشيرا بالقول', 'قائلا', 'مضيفا'))}: {q}"
            )
        elif k == 5:
            s = (
                f"{v} {nm} {self.pick(('رئيس', 'عضو', 'الرئيس السابق ل', 'الأمين العام ل'))}"
                f"{self.pick(('اللجنة العليا', 'حزب «الأمل» المعارض', 'حزب النهضة', 'المرصد'))} "
                f"{self.pick(('لحقوق الإنسان', 'السابق', 'الأسبق', ''))} {that} {q}"
            )
        elif k == 6:
            s = (
                f"{self.pick(('مارس ٢٢ - ٢٠٢١', 'يناير 5 - 2024', '22 مارس 2021 -'))} "
                f"{self.pick(('راديو النيل', 'إذاعة', ''))}\n"
                f"{v} {nm} {self.pick(_DEICTIC)} {that} {q}"
            )
        elif k == 7:
            o, c = self.pick((('"', '"'), ("«", "»"), ("“", "”")))
            s = (
                f"{self.pick(('أكد', 'قال'))} رئيس حزب {o}\n{self.content(True)}{c}، {nm}، "
                f"{that} {q}"
            )
        elif k == 8:
            s = (
                f"{q}{self.pick(('، ', ' '))}{self.pick(('حسب', 'بحسب', 'وفق'))} "
                f"{self.pick(('تدوينة', 'منشور', 'مقال', 'تسجيل', 'فيديو', 'نص تصريح'))} "
                f"{self.pick(('', 'مطول ', 'جديد '))}{self.pick(('ل', 'لـ'))}{nm}"
            )
        elif k == 9:
            s = (
                f"{self.pick(('واتهم', 'وهدد'))} {self.pick(_TITLES_M)} {nm}، "
                f"{self.pick(('خلال كلمة له', 'في تصريح'))}، {self.pick(_TITLES_M)} {self.name()}، "
                f"{self.pick(('بإحياء', 'بإعادة', 'بالعودة إلى'))} {self.quote(short=True)}"
            )
        elif k == 10:
            s = (
                f"{self.pick(('(', ''))}"
                f"{self.pick(('اقرئي أيضا', 'اقرأوا أيضا', 'اقرؤوا أيضا', 'شاهدوا أيضا'))}: "
                f"{q}{self.pick((')', ''))}"
            )
        elif k == 11:
            s = (
                f"{v} {nm} أن {self.pick(('أطرافا', 'البعض', 'جهات'))} "
                f"{self.pick(('تريد أن تشكك في', 'يحاول أن ينفي', 'تحاول أن تقول'))} {q}"
            )
        elif k == 12:
            s = (
                f"في أول زيارة له منذ {self.pick(('عودته من المنفى', 'توليه المنصب'))}"
                f"{self.pick(('، ', ' '))}{self.date()}{self.pick(('، ', ' '))}"
                f"{self.pick(('أكد', 'قال'))} {self.pick(('', nm))} {that} {q}"
            )
        elif k == 13:
            s = (
                f"{v} {full} {that} {self.quote()}. {full.split()[-1]} "
                f"{self.pick(('وصف', 'اعتبر'))} {self.content(True)} {self.pick(('بـ', 'ب'))}{q}"
            )
        elif k == 14:
            s = (
                f"{v} {full} {that} {self.quote()}. "
                f"{self.pick(('وزاد', 'وأضاف', 'وتابع'))} "
                f"{self.pick(('رئيس الوزراء السابق', 'الوزير الأسبق', 'الرئيس السابق'))} "
                f"{self.pick(('قائلا', 'بالقول'))}: {q}"
            )
        else:
            s = (
                f"{self.pick(('عاد', 'وعاد'))} {nm} {self.pick(_TITLES_M)} "
                f"{self.pick(('لإطلاق', 'لتوجيه'))} {self.pick(('تصريحات نارية', 'انتقادات'))}، "
                f"{self.pick(_PARTICIPLES)} {that} {q}"
            )
        return s + self.pick((".", ".", "", "؟", "…", "\n"))

    def sentence13(self) -> str:
        """The thirteenth session's constructions (the rules landed after
        sentence12b: the eighth and ninth sessions of 2026-12-04), each with
        the usual mutations of marks, names and dates."""
        r = self.r
        nm = self.name()
        first, fam = self.pick(_FIRST_M), self.pick(_FAMILY)
        full = f"{first} {fam}"
        q = self.quote()
        that = self.pick(_THAT)
        v = self.pick(_VERBS_M + _VERBS_F)
        title = self.pick(_TITLES_M + _TITLES_F)
        k = r.randrange(18)
        if k == 0:  # a bare degree between a title and a name
            s = (
                f"{v} {title} {self.pick(('دكتور', 'مهندس', 'دكتورة', 'مهندسة', 'الدكتور مهندس'))} "
                f"{self.pick((full, nm, 'المدينة'))} {that} {q}"
            )
        elif k == 1:  # unmarked words after a colon, the narrator resuming after a comma
            s = (
                f"{self.pick(('وقال', 'وأضاف', 'وقالت'))} {title}: {self.content()}"
                f"{self.pick((' ،', '،', ', '))} {self.pick(('وذكر', 'وأضاف', 'وأوضحت', 'ونحن'))} "
                f"{self.pick((title, 'الوزير', ''))} {self.pick(('أن', ''))} {self.content(True)}"
            )
        elif k == 2:  # أول أمس after a bare rank
            s = (
                f"{v} رئيس الأركان {self.pick(('الفريق', 'اللواء', 'الفريق أول'))} {full} "
                f"{that} {q}. {self.pick(('وأضاف', 'وقال', 'وتابع'))} "
                f"{self.pick(('الفريق', 'اللواء', 'الوزير'))} "
                f"{self.pick(('أول أمس', 'أول', 'أول ' + first))} {that} {self.quote()}"
            )
        elif k == 3:  # clitics and apostrophes glued to marks
            o, c = self.pick((("“", "»"), ("«", "»"), ('"', '"'), ("“", "”")))
            a = self.pick(("'", "’", "‘"))
            s = (
                f"{v} {title} {that} {o}{self.content(True)} {a}{self.content(True)} "
                f"{self.pick(('وفوق كل', 'كل', 'بل', 'ولكل'))}{a} {self.content(True)}{c} "
                f"{self.pick(('وبـ', 'ولـ', 'فب', 'فبـ', 'وكـ', 'كل'))}"
                f"{self.pick(_GLUED_OPENERS)}{self.content(True)}{self.pick(_GLUED_CLOSERS)}"
            )
        elif k == 4:  # retired after a rank's own words
            s = (
                f"{v} {self.pick(('الفريق أول', 'اللواء ركن', 'العميد', 'لواء أول', 'الفريق'))} "
                f"{self.pick(('متقاعد', 'متقاعدة', 'المتقاعد'))} {self.pick((full, nm, ''))} "
                f"{that} {q}"
            )
        elif k == 5:  # crews, battalions, communities and judges
            s = (
                f"{self.pick(('وقال', 'وقالت', 'وأعلنت', 'وأكد'))} "
                f"{self.pick((*_COLLECTIVES, 'رئيسة الجالية ' + nm))} "
                f"{self.pick(('', 'الجلسة مغلقة، وقالت', 'إلغاء الحكم، وقال'))} {that} {q}"
            )
        elif k == 6:  # a plural in ون before its verb's verbal noun
            s = (
                f"{self.pick(('وأعلن', 'وقرر', 'ورفض'))} "
                f"{self.pick(_PLURAL_GROUPS)} "
                f"{self.pick(('الإضراب', 'إلغاء الوقفة', 'تعليق الدراسة', 'الاعتصام'))}"
                f"{self.pick(('، ', ' '))}{self.pick(('وقالوا', 'مؤكدين', 'وأكدوا'))} {that} {q}"
            )
        elif k == 7:  # lately, then the post's place, then the name
            s = (
                f"{v} {self.pick(('السفير', 'السفيرة', 'القنصل', 'المبعوث'))} "
                f"{self.pick(('المعين', 'المعينة', 'الجديد'))} {self.pick(_LATELY)} "
                f"{self.pick(('لدى', 'في'))} {self.pick(_PLACES)} {self.pick((full, nm, ''))} "
                f"{self.pick(('', 'في ' + self.content(True)))} {that} {q}"
            )
        elif k == 8:  # unmarked words after a colon, marks paired over a line break
            o, c = self.pick((('"', '"'), ("«", "»"), ("“", "”")))
            s = (
                f"{self.pick(('وأضاف', 'وقال', 'وتابعت'))} {title}"
                f"{self.pick(('', ' قائلا'))}:{self.pick(_BREAK_OR_SPACE)}{self.content(True)} "
                f"{o}{self.content(True)}{self.pick(_BREAK_OR_SPACE)}{self.content(True)}{c} "
                f"{self.content(True)}{self.pick(_BREAK_OR_STOP)}{o}{self.content()}{c} "
                f"{self.pick(('وختم حديثه', ''))}"
            )
        elif k == 9:  # an إفعال-shaped name or verbal noun after a bare title
            s = (
                f"{self.pick(('وقال', 'وأضافت', 'وأعلن', 'وقرر'))} "
                f"{self.pick(('المحلل', 'الكاتبة', 'الوزير', 'القاضي'))} "
                f"{self.pick(('إعجاز شودري', 'إرفان أوغلو', 'إطلاق منصة جديدة،', 'إلغاء الحكم،'))} "
                f"{self.pick(('', 'وقال', 'قائلا'))} {that} {q}"
            )
        elif k == 10:  # the guest received after a host's title
            g = self.pick(("وزير الخارجية الفرنسي", "وزير المالية", "السفير الأمريكي"))
            s = (
                f"{self.pick(('واستقبل', 'ويستقبل', 'فاستقبل', 'وقال', 'واستقبلت'))} "
                f"{self.pick(_TITLES_M)}{self.pick(('', ' ' + full))}، {g}"
                f"{self.pick(('', ' ' + self.name()))}، {self.pick(('وقال', 'وفدا', ''))} "
                f"{that} {q}"
            )
        elif k == 11:  # a mark opened after a comma, never closed on its line
            o, _ = self.pick(_MARK_PAIRS)
            s = (
                f"{self.pick(('وقال', 'واكد', 'وأوضحت', 'وزار', 'وذكرت صحيفة'))} {title}"
                f"{self.pick(('', ' ' + nm))}"
                f"{self.pick(('', ' في كلمته أمام البرلمان', ' خلال زيارته'))}، {o}"
                f"{self.content()}{self.pick(_LINE_ENDS)}"
            )
        elif k == 12:  # the writer's gloss after a date or a figure
            o, c = self.pick((("«", "»"), ('"', '"'), ("(", ")")))
            s = (
                f"{v} {title} {that} {self.content(True)} {self.pick((self.date(), '300 مليون'))}، "
                f"{o}أي {self.pick(('قبل الأزمة بأربعة أعوام', 'نحو ثلث المبلغ', 'اتفاق'))}"
                f"{self.pick(('', ' ' + self.content(True)))}{c}"
            )
        elif k == 13:  # a document's author after من قبل
            s = (
                f"{self.pick(('وقالت', 'وجاء في', 'وحذرت'))} "
                f"{self.pick(('البرقية', 'الرسالة', 'المذكرة'))} "
                f"{self.pick(('المرسلة من قبل', 'من قبل', 'المرسلة من'))} "
                f"{self.pick(('السفير ' + full, self.pick(_TITLES_M), ''))} {that} {q}"
            )
        elif k == 14:  # a title and a family name, then the full name with a portfolio
            fem = self.maybe(0.4)
            t = "الوزيرة" if fem else self.pick(("الوزير", "الرئيس", "اللواء", "الشيخ"))
            p = "وزيرة الصحة" if fem else self.pick(("وزير الخارجية", "رئيس الوزراء"))
            first = self.pick(_FIRST_F if fem else _FIRST_M)
            s = (
                f"{t} {fam}: {q}\n{self.pick(('أعلن', 'أعلنت', 'قال'))} {p} "
                f"{self.pick(_ADJ_NISBA)} {first} {fam} {that} {self.quote()}"
            )
        elif k == 15:  # a state in a that-clause, those after its verb the object
            s = (
                f"{v} {nm} إن {self.pick(('الولايات المتحدة', 'المملكة المتحدة', 'فرنسا'))} "
                f"{self.pick(('قد أخبرت', 'أبلغت', 'تقول'))} "
                f"{self.pick(('تونس والمغرب', 'الحكومة', 'شركاءها'))} "
                f"{self.pick(('بـ', 'ب', 'أن ', ''))}{q}"
            )
        elif k == 16:  # HTML entities and doubled marks as scrapers leave them
            o, c = self.pick(_SCRAPED_MARKS)
            s = f"{v} {title}&nbsp;{nm} {that} {o}{self.content()}{c}"
        else:  # a table of figures between the quotes
            rows = "\n".join(
                " | ".join(str(r.randint(0, 9999)) for _ in range(r.randint(2, 6)))
                for _ in range(r.randint(1, 5))
            )
            s = f"{v} {title} {that} {q}\n{rows}\n{self.pick(_PARTICIPLES)} {that} {self.quote()}"
        return s + self.pick((".", ".", "", "؟", "…", "\n"))

    def sentence16(self) -> str:
        """The constructions of the third and fourth sessions of 2026-12-05
        (fuzz16: the rules landed after sentence13), each with the usual
        mutations of marks, names and dates."""
        r = self.r
        nm, nm2 = self.name(), self.name()
        first, fam = self.pick(_FIRST_M), self.pick(_FAMILY)
        full = f"{first} {fam}"
        q, q2 = self.quote(), self.quote()
        that = self.pick(_THAT)
        v = self.pick(_VERBS_M + _VERBS_F)
        title = self.pick(_TITLES_M + _TITLES_F)
        o, c = self.pick(_MARK_PAIRS)
        part = self.pick(_PARTICIPLES)
        k = r.randrange(44)
        if k == 0:  # a wire by its name alone after the quote and a relay's word
            s = (
                f"{v} {nm} {that} {q}{self.pick(('، ', ' ', ','))}"
                f"{self.pick(('نقلا عن ', 'وفقا ل', 'وفقاً لـ', 'بحسب ', 'حسب '))}"
                f"{self.pick(_WIRES)}{self.pick(('', ' ' + self.content(True)))}"
            )
        elif k == 1:  # a document, a verb of publishing, a day, then its outlet
            s = (
                f"{self.pick(('وقال', 'وكشفت', 'وجاء في', 'وأكدت'))} "
                f"{self.pick(('تقرير', 'دراسة', 'بيان', 'وثيقة'))} "
                f"{self.pick(('نشرته', 'نشرتها', 'أصدرته', 'أصدرتها', 'نشره'))} "
                f"{self.pick(_DEICTIC)} {self.pick(_OUTLETS + _BODIES + (full,))} {that} {q}"
            )
        elif k == 2:  # a relative whose verb's pronoun is not its gender
            s = (
                f"{self.pick(('التقت', 'والتقى', 'واستقبلت'))} {title} {nm} "
                f"{self.pick(('بالسفير', 'بالسفيرة', 'بالوزير'))} {nm2}، "
                f"{self.pick(('الذي', 'التي'))}"
                f" {self.pick(('وصفته', 'وصفها', 'قال', 'وصف اللقاء'))} "
                f"{self.pick(('بأنه', 'بأنها', 'إن', ''))} {q}"
            )
        elif k == 3:  # a post's place by بها, then the name
            s = (
                f"{v}"
                f" {self.pick(('المدير العام', 'الوكيل العام', 'مساعد الوكيل العام', 'المدير'))} "
                f"{self.pick(('بها', 'به', 'فيها'))} {self.pick(('', 'القاضي ', 'العقيد '))}"
                f"{self.pick((full, nm, 'رسميا', ''))} {that} {q}"
            )
        elif k == 4:  # a noun of saying after جاء or بـ, a body or a name
            s = (
                f"{self.pick(('وجاء', 'جاء', 'وذلك ب', 'ب'))}"
                f"{self.pick((' ', ''))}{self.pick(('تأكيد', 'إعلان', 'تحذير', 'قول'))} "
                f"{self.pick((*_BODIES, full, nm))} {self.pick(('أن', 'على أن', 'إن', 'بأن'))} {q}"
            )
        elif k == 5:  # a star of a team before a full name
            s = (
                f"{v} {self.pick(('نجم', 'نجمة', 'نجم الدين'))} "
                f"{self.pick(('فريق', 'منتخب', 'نادي', 'المنتخب', 'الزمالك'))} "
                f"{self.pick(('الأمل', 'بلاده', 'الوطني', ''))}"
                f" {self.pick(('', 'السابق', 'السابقة'))} "
                f"{self.pick((full, nm, first + ' ' + full))} {that} {q}"
            )
        elif k == 6:  # a label heading its line: a post and whom the words were for
            s = (
                f"{title}"
                f" {self.pick(('ل', 'لـ', ''))}{self.pick((nm, 'لطفي ' + fam, 'حسن ' + fam))}"
                f"{self.pick((' و' + nm2, ''))}: {q}\n"
            )
        elif k == 7:  # an honorific pronoun after 'in it'
            s = (
                f"{self.pick(_DELIVERED)} {title} {self.pick(_SPEECHES)} "
                f"{self.pick(('أوضح', 'شدد', 'أكد', 'قال', 'أكدت'))} {self.pick(('فيها', 'فيه'))} "
                f"{self.pick(('سموه', 'معاليه', 'سعادته', 'فخامته', ''))} "
                f"{self.pick(('أن', 'على', 'على أن', 'إن', ''))} {q}"
            )
        elif k == 8:  # a series of occasions, with من before the plural
            s = (
                f"{v} {title} في {self.pick(('سلسلة', 'جملة', 'عدد', 'سلسلة من'))} "
                f"{self.pick(('من ', ''))}{self.pick(('التغريدات', 'التصريحات', 'القنوات الخاصة'))}"
                f"{self.pick((':', ' إن', ' أن', ''))} {q}"
            )
        elif k == 9:  # a broken plural of persons, then a plural verb
            s = (
                f"{self.pick(('وقال', 'وأكد', 'قال'))} {self.pick(('', 'أحد '))}"
                f"{self.pick(('أعضاء', 'ممثلو', 'سكان', 'وجهاء'))} {self.pick(_BODIES)} "
                f"{that} {q}. {self.pick(('وقالوا', 'وأضافوا', 'وأضاف'))} {that} {q2}"
            )
        elif k == 10:  # gone by: المنصرم, الفائت
            s = (
                f"{v} {nm} {self.pick(('يوم', 'في', ''))} {r.randint(1, 31)} "
                f"{self.pick(('من الشهر المنصرم', 'من الشهر الفائت', 'شباط الفائت'))} "
                f"{self.pick(('', 'العام الفائت', 'في أيلول المنصرم'))} {that} {q}"
            )
        elif k == 11:  # a broken plural مفاعيل opening a clause in commas
            s = (
                f"{self.pick(('ثمن', 'وثمن', 'أشاد'))} {title} {full}، {self.pick(_TITLES_M)}، "
                f"{self.pick(('مضامين', 'مقاصد', 'مشاريع'))} خطاب {self.pick(_TITLES_M)} {nm}، "
                f"في {self.content(True)}، {self.pick(('وقال', 'مضيفا', 'وأضاف'))}: {q}"
            )
        elif k == 12:  # a document another leaked, then جاء فيها
            s = (
                f"{self.pick(('وأوردت', 'ونشرت', 'أوردت'))} {self.pick(_OUTLETS)} "
                f"{self.pick(('وثيقة', 'رسالة', 'برقية'))}"
                f" {self.pick(('سربها', 'نشرها', 'سربتها'))} "
                f"{self.pick(_OUTLETS)} {self.pick(('جاء فيها', 'جاء فيه', 'قال فيها'))} {that} {q}"
            )
        elif k == 13:  # a post held at a place glued to بـ, then a rank
            s = (
                f"{v} {self.pick(('الوكيل العام', 'قائد الحرس', 'رئيس الفرقة'))} "
                f"{self.pick(('بالمحكمة الابتدائية', 'بالمنطقة الحدودية', 'بالمدينة'))} "
                f"{self.pick(('القاضي', 'العقيد', 'الأستاذ', ''))} {self.pick((full, nm))}"
                f" {that} {q}"
            )
        elif k == 14:  # a paragraph closing marks never opened, after one with a cue
            s = (
                f"{v} {nm} {that} {self.content(True)}.\n"
                f"{self.pick(('', 'نحن ', 'أعتقد أن '))}{self.content()}{c}"
                f"{self.pick(('', ' ' + self.content(True)))}\n"
            )
        elif k == 15:  # a cry in construct after a name
            s = (
                f"{self.pick(('وأطلق', 'أطلق', 'وأطلقت'))} {self.pick((full, nm))} "
                f"{self.pick(('صرخة استغاثة', 'صيحة فزع', 'نداء عاجل'))}"
                f"{self.pick(('، ', ' '))}{self.pick(('وقال', 'قائلا', 'بهذه العبارات'))}"
                f"{self.pick((':', ''))} {that} {q}"
            )
        elif k == 16:  # a group named again by the same plural, dated
            g = self.pick((*_PLURAL_GROUPS, "المتظاهرون", "الوزراء العرب", "الخبراء الاقتصاديون"))
            s = (
                f"{self.pick(('أكد', 'وأكد'))} {g} أن {q}. "
                f"{self.pick(('وقال', 'وأضاف'))} {g}{self.pick(('، في بيان لهم ', ' في بيانهم '))}"
                f"{self.date()}، {that} {q2}"
            )
        elif k == 17:  # a comma, then words in the first person
            s = (
                f"{self.pick(('وأضاف', 'وقال', 'وتابعت', 'فقال'))} {title}"
                f"{self.pick(('', ' ' + nm))}{self.pick(('، ', ', ', ' ،'))}"
                f"{self.pick(('لن نتراجع', 'نحن', 'إننا', 'لدينا', 'أنا', 'فنحن', 'لا نقبل'))} "
                f"{self.content()}"
            )
        elif k == 18:  # a verbal noun with و inside a ministry's name
            s = (
                f"{v} {self.pick(('وزير', 'وزيرة'))} "
                f"{self.pick(('الفلاحة واستصلاح الأراضي', 'التعليم العالي وإصلاح البحث العلمي'))} "
                f"{self.pick((full, nm, ''))} {that} {q}"
            )
        elif k == 19:  # a kunya in marks after a title and its place
            s = (
                f"{self.pick(('وأكد', 'وقال', 'وأكدت'))} "
                f"{self.pick(('شيخ مشايخ القبيلة', 'رئيس البلدية', 'رئيسة الجمعية'))} "
                f"في {self.pick(_PLACES)} {o}{self.pick(('أبو', 'أم', 'ابو'))} "
                f"{self.pick(_FIRST_M)}{self.pick(('', ' ' + fam, ' ' + full))}{c} "
                f"{self.pick(('في كلمة', 'قال', ''))} {that} {q}"
            )
        elif k == 20:  # last year, a Levantine month with الماضي
            s = (
                f"{v} {nm} "
                f"{self.pick(('العام الماضي', 'في السنة الماضية', 'في تشرين الأول الماضي'))} "
                f"{self.pick(('', 'في 20 تشرين الثاني الماضي', 'في 5 كانون الثاني الماضي'))} "
                f"{that} {q}"
            )
        elif k == 21:  # 'first' glued to بـ after a name
            s = (
                f"{self.pick(('أدلى', 'وأدلت', 'أدلى'))} {self.pick((title + ' ' + full, title))} "
                f"{self.pick(('بأول', 'باول', 'بأولى'))} {self.pick(('تصريح له', 'تصريحاتها'))}"
                f"{self.pick(('، ', ' '))}{part} {that} {q}"
            )
        elif k == 22:  # a relative and 'considered it', a bare title, a noun and adjective
            s = (
                f"{self.pick(_THINGS)} {self.pick(('الذي', 'التي'))} "
                f"{self.pick(('اعتبره', 'اعتبرته', 'اعتبرها'))} {self.pick(_TITLES_M + _TITLES_F)} "
                f"{self.pick(('خطوة متسرعة', 'خطأ فادحا', 'قرارا'))}، "
                f"{self.pick(('وقال', 'وقالت', 'مضيفا'))} {that} {q}"
            )
        elif k == 23:  # the quote's own commas before a participle
            s = (
                f"بعد {self.pick(('القداس', 'الصلاة', 'الجلسة'))}، تناول "
                f"{self.pick(('المطران', 'الإمام', 'الرئيس'))} في "
                f"{self.pick(('عظته', 'خطبته', 'كلمته'))} {o}{self.content(True)}، "
                f"{self.content(True)}، {self.content(True)}{c}، {part} {that} {q}"
            )
        elif k == 24:  # a title's role over a body's head in construct
            s = (
                f"{v} وزير {self.pick(('الصحة', 'المالية'))} في "
                f"{self.pick(('حكومة تصريف الأعمال', 'حكومة الوحدة الوطنية', 'حكومة'))} "
                f"في {self.pick(_PLACES)} {self.pick((full, nm, ''))} {that} {q}"
            )
        elif k == 25:  # سواء تعلق الأمر
            s = (
                f"{v} {nm} {that} {q}، {self.pick(('سواء', 'إذا', 'وإذا'))} تعلق الأمر "
                f"ب{self.pick(_THINGS)} أو ب{self.pick(_THINGS)}، {part} {that} {q2}"
            )
        elif k == 26:  # an occasion with its day after the comma
            s = (
                f"{v} {nm} {q}، "
                f"{self.pick(_TOLD_AT)} "
                f"{self.pick(('يوم', 'مساء', 'صباح', ''))} {self.date()}"
            )
        elif k == 27:  # a nickname after a full name, taken up later
            nick = self.pick(("الذئب", "النمر", "أبو علي", "الحكيم", "الذئب الأبيض"))
            o2, c2 = self.pick((('"', '"'), ("«", "»"), ("(", ")"), ("“", "”")))
            s = (
                f"{v} {self.pick(('اللواء', 'الفريق', 'العميد', ''))} {full} {o2}{nick}{c2} "
                f"{that} {q}. {self.pick(('وأضاف', 'وقال', 'وتابع'))} {nick}"
                f"{self.pick((':', ' إن', ''))} {q2}"
            )
        elif k == 28:  # an accusation with three words in marks glued to بـ
            s = (
                f"{self.pick(('اتهم', 'واتهمت', 'وهدد'))} {self.pick(_BODIES)}، "
                f"{self.pick(('الذي', 'التي'))} {self.content(True)}، "
                f"{self.pick(_THINGS)} {self.pick(('بـ', 'ب'))}{o}{self.content(True)}{c}"
            )
        elif k == 29:  # a day, then 'of the month'
            s = (
                f"{v} {nm} {self.pick(('يوم', 'في'))} "
                f"{self.pick((str(r.randint(1, 31)), 'الثاني عشر', 'الأول'))} من "
                f"{self.pick(('شهر ', 'الشهر ', ''))}{self.pick(_MONTHS)} "
                f"{self.pick(('2024', '', 'الجاري', 'المقبل'))} {that} {q}"
            )
        elif k == 30:  # a post said short by its head and last genitive
            s = (
                f"{v} {full}، {self.pick(('وزير الأوقاف والحج', 'وزير الموارد المائية والري'))}، "
                f"{that} {q}. {self.pick(('وأضاف', 'وقال'))} "
                f"{self.pick(('وزير الحج', 'وزير الري', 'الوزير'))} {that} {q2}"
            )
        elif k == 31:  # the narrator's verb glued to the last word said
            s = (
                f"{o}{self.content()}{self.pick(('وأضاف', 'وقالت', 'وتابع'))} "
                f"{self.pick((title, title + ' ' + nm))}: {self.content()}"
            )
        elif k == 32:  # words in marks opening with وعدم
            s = (
                f"{self.pick(('وأضافت', 'وأضاف'))} أن {nm} انتقد {o}{self.content(True)}{c} "
                f"{self.pick(_THINGS)} {o}{self.pick(('وعدم', 'وعدم احترامه', 'ولا'))} "
                f"{self.content(True)}{c}"
            )
        elif k == 33:  # a broken plural of people alone, named before in construct
            s = (
                f"{self.pick(('نفى', 'وأكد'))} {self.pick(('وجهاء', 'شيوخ', 'مشايخ'))} "
                f"{self.pick(('القبيلة', 'العشيرة'))} في {self.pick(_PLACES)}، في بيان صدر "
                f"{self.date()}، أن {q}. {self.pick(('وقال', 'وأضاف'))} "
                f"{self.pick(('الوجهاء', 'الشيوخ', 'المشايخ'))} "
                f"{self.pick(('في بيانهم', '', 'في بيانه'))} {that} {q2}"
            )
        elif k == 34:  # the people a verb greets, in construct after a title
            s = (
                f"{self.pick(('وهنأ', 'ودعا', 'وهنأت'))} {self.pick((title, title + ' ' + nm))} "
                f"{self.pick(_GREETED)} "
                f"{self.pick(('بالعيد', 'إلى الهدوء', ''))}، {self.pick(('وقال', 'مؤكدا'))}"
                f" {that} {q}"
            )
        elif k == 35:  # the participles of claiming
            s = (
                f"{self.pick(('ونفى', 'ونفت'))} {self.pick((nm, title))} {self.content(True)}، "
                f"{self.pick(('زاعما', 'زاعمة', 'زاعمين', 'مدعيا', 'مدعية', 'مدعين'))} "
                f"{that} {q}"
            )
        elif k == 36:  # a club or a division heading the phrase
            s = (
                f"{self.pick(('وقال', 'وأعلن', 'وأكدت'))} "
                f"{self.pick(('النادي', 'الفرقة', 'نادي الأمل', 'فرقة المسرح'))} "
                f"{self.pick(('في بيان', 'عبر موقعه', ''))} {that} {q}"
            )
        elif k == 37:  # a time only after the أنّ of a report
            s = (
                f"{self.pick(('أفاد', 'وأفادت'))} {nm} {self.pick(('أنه تم', 'أن'))} "
                f"{self.pick(_WEEKDAYS)} الماضي {self.content(True)} {q}. "
                f"{self.pick(('وأوضح', 'وقال'))} {nm} {self.pick(('في تصريح', 'خلال مؤتمر'))} "
                f"{that} {q2}"
            )
        elif k == 38:  # a verb of a deed as the predicate of a that-clause
            s = (
                f"{self.pick(('وذكر', 'وقال'))} {title} أن {self.pick(_THINGS)}، "
                f"{self.pick(('أظهر', 'سجل', 'أظهرت'))} {self.content(True)}، "
                f"{self.pick(('لافتا إلى', 'مشيرا إلى', 'مشيرة'))} أن {q}"
            )
        elif k == 39:  # a coordinated that-clause closed by words in marks
            s = (
                f"{self.pick(('مؤكدين', 'مؤكدا', 'وأكد ' + nm))} أن {self.content(True)}، "
                f"{self.pick(('وأن', 'وأنه', 'وأن أي'))} {self.content(True)} "
                f"{o}{self.content(True)}{c}"
            )
        elif k == 40:  # a page's stamp glued to a Latin word
            s = (
                f"{self.pick(('today', 'calendar_today', 'icon', 'date'))}"
                f"{r.randint(1, 31):02d}{self.pick(('/', '-'))}{r.randint(1, 12):02d}"
                f"{self.pick(('/', '-'))}{self.r.choice((2009, 2023, 2026))}\n"
                f"{v} {nm} {self.pick(_DEICTIC)} {that} {q}"
            )
        elif k == 41:  # a recording after a bare title and في
            s = (
                f"{self.pick(('ويظهر', 'وقالت', 'وقال'))} {title} في "
                f"{self.pick(('المقطع', 'التسجيل', 'الفيديو', 'الشريط', 'مدريد'))} "
                f"{self.pick(('وهو يتحدث', 'إن', ':'))} {self.content(True)} {q}"
            )
        elif k == 42:  # a verb's definite object after a plural or a bare title
            s = (
                f"{self.pick(('ونفى', 'وهاجم', 'وأكد'))} "
                f"{self.pick(('المحافظ', 'النواب', 'أعضاء المجلس البلدي', 'السكان المحليون'))} "
                f"{self.pick(('المزاعم', 'الخبر', 'الوزير', 'الاتفاق', 'الشائعات'))}"
                f"{self.pick(('، ', ' '))}{self.pick(('مضيفا', 'مؤكدين', 'وقالوا', 'مضيفين'))} "
                f"{that} {q}"
            )
        else:  # a date told in passing between two statements of one speaker
            s = (
                f"{v} {nm} {self.date()} {that} {q}. "
                f"{self.pick(('وأشار', 'ولفت'))} {nm} إلى {self.pick(_THINGS)} "
                f"{self.pick(('الذي وقع في', 'منذ', 'حتى'))} {self.date()}. "
                f"{self.pick(('وأضاف', 'وتابع'))} {that} {q2}"
            )
        return s + self.pick((".", ".", "", "؟", "…", "\n"))

    def sentence17(self, k: int | None = None) -> str:
        """The constructions of the fourth session of 2026-12-05 that
        landed after sentence16 (fuzz17: dev16a/b/d, kw18a, gen16, rev19,
        lead16), each with the usual mutations of marks, names and dates;
        ``k`` picks one (the growth check reads each alone)."""
        r = self.r
        nm, nm2 = self.name(), self.name()
        first, fam, fam2 = self.pick(_FIRST_M), self.pick(_FAMILY), self.pick(_FAMILY)
        full, full2 = f"{first} {fam}", f"{self.pick(_FIRST_F)} {fam2}"
        q, q2 = self.quote(), self.quote()
        that = self.pick(_THAT)
        v = self.pick(_VERBS_M + _VERBS_F)
        title = self.pick(_TITLES_M + _TITLES_F)
        o, c = self.pick(_MARK_PAIRS)
        part = self.pick(_PARTICIPLES)
        if k is None:
            k = r.randrange(SENTENCE17_TEMPLATES)
        if k == 0:  # و glued to the given name opening a subject before its verb
            s = (
                f"{self.pick(('وقال', 'وأكد'))} {full} {that} {q}. "
                f"و{self.pick((first, fam, full))} {self.pick(('يقول', 'يؤكد', 'يرى'))} {that} {q2}"
            )
        elif k == 1:  # جاء/يأتي في before a noun of context
            s = (
                f"{self.pick(('وأكد', 'وأوضح'))} {self.pick((title, nm))} أن {self.pick(_THINGS)} "
                f"{self.pick(('جاء', 'يأتي', 'وجاء'))} في "
                f"{self.pick(('إطار', 'أعقاب', 'سياق', 'ظل', 'خضم', 'ضوء', 'سياق البيان'))} "
                f"{self.content(True)}، {part} {that} {q}"
            )
        elif k == 2:  # a participle after a name in commas after a governed post
            s = (
                f"{self.pick(('تقدم', 'ورحب'))} {title} {full} "
                f"{self.pick(('بالشكر إلى', 'بسفير', 'على'))} {self.pick(_TITLES_F + _TITLES_M)}، "
                f"{full2}، على {self.content(True)}، "
                f"{self.pick(('مشيرا', 'معربا عن', 'مؤكدا'))} {that} {q}"
            )
        elif k == 3:  # a name in marks, then في and a year
            s = (
                f"وتحدث {nm} عن {self.pick(('الاتهامات التي وجهت إلى', 'قضية'))} "
                f"{o}{self.pick(('حزب', 'حركة', 'جمعية'))} {self.pick(_FAMILY)}{c} "
                f"في قضية {self.content(True)} عام {r.choice((2009, 2021))}، "
                f"{self.pick(('وقال', 'وأضاف', 'مضيفا'))} {q}"
            )
        elif k == 4:  # a title after the participle 'entitled'
            s = (
                f"{self.pick(('ونشرت', 'وأصدرت'))} {self.pick(_BODIES)} "
                f"{self.pick(('تقريرها', 'رسالة', 'الدراسة'))}"
                f"{self.pick(('، ', ' '))}{self.pick(('المعنون', 'المعنونة', 'معنون', 'ومعنونة'))} "
                f"{self.pick(('بـ', 'ب', ''))}{o}{self.content()}{c}"
                f"{self.pick((' يوم الأحد', '، ', '. ', ' أن '))}{self.content(True)}"
            )
        elif k == 5:  # a broken plural of standing in construct, then a plural participle
            s = (
                f"{self.pick(('ونفى', 'وأكد', 'ورفض'))} "
                f"{self.pick(('قادة الفصائل', 'مشايخ الطائفة', 'زعماء الأحزاب', 'شيوخ القبائل'))} "
                f"{self.pick(('الخبر', 'المزاعم', ''))}، "
                f"{self.pick(('مؤكدين', 'وقالوا', 'مضيفين'))} {that} {q}"
            )
        elif k == 6:  # a verb of saying with و after the first term of بين
            s = (
                f"{self.pick(('وقارن', 'وميز', 'وربط'))} {self.pick((nm, title))} بين "
                f"{self.pick(('الخطة', 'الميزانية', 'الموقف'))}"
                f"{self.pick(('', ' الجديدة', ' الحكومية'))} "
                f"{self.pick(('وكشف الحساب', 'وقول الحقيقة', 'وتصريح الوزير', 'وأعلن'))}، "
                f"{part} {that} {q}"
            )
        elif k == 7:  # a definite feminine sound plural of persons, then its object
            s = (
                f"{self.pick(('ورفضت', 'وانتقدت', 'وأيدت'))} "
                f"{self.pick(('النائبات', 'المعلمات', 'المتظاهرات', 'الوزيرات', 'المنظمات'))} "
                f"{self.pick(('القرار', 'الخطة', 'المشروع'))}، "
                f"{self.pick(('وقلن', 'وقالت', 'مؤكدات', 'مضيفات'))} {that} {q}"
            )
        elif k == 8:  # a verb after a feminine bare title opening a that-clause
            s = (
                f"{self.pick(('وذكر', 'وأكد'))} {self.pick((nm, title))} أن "
                f"{self.pick(('الوزيرة', 'المديرة', 'النائبة', 'السفيرة'))} "
                f"{self.pick(('سلمت', 'قطعت', 'كرمت', 'افتتحت', 'استقبلت'))} "
                f"{self.pick(('الشهادات', 'الشريط', 'الضيوف', 'المعرض'))}"
                f"{self.pick(('، ', ' '))}{self.pick(('وقالت', 'مضيفة', 'وقال'))} {that} {q}"
            )
        elif k == 9:  # a generic title in the last speaker's body, with an adjective
            s = (
                f"وقال {full}، "
                f"{self.pick(('القيادي في حركة النهضة', 'عضو المكتب السياسي للحزب'))}، "
                f"{that} {q}. {self.pick(('وقال', 'وأضاف', 'وتابعت'))} "
                f"{self.pick(('القيادي البارز في الحركة', 'القيادية البارزة بالحركة'))}"
                f"{self.pick(('', ' بحركة النهضة', ' السابق في الحركة'))} {that} {q2}"
            )
        elif k == 10:  # an outlet in marks after the words and a relay's word
            o2, c2 = self.pick((("«", "»"), ('"', '"'), ("“", "”")))
            s = (
                f"{v} {nm} {that} {q}{self.pick(('، ', ' ', ','))}"
                f"{self.pick(('وفق ', 'نقلا عن ', 'بحسب ', 'حسب '))}"
                f"{o2}{self.pick((*_WIRES, 'وكالة الأنباء الرسمية', 'صحيفة الخبر'))}{c2}"
                f"{self.pick(('', ' ' + self.content(True), '، ' + self.content(True)))}"
            )
        elif k == 11:  # a post in construct with another's title, nisba and name
            s = (
                f"{self.pick(('والتقى', 'واستقبل'))} {nm} "
                f"{self.pick(('المستشار السياسي للرئيس', 'مبعوث الرئيس', 'المتحدث باسم الرئيس'))} "
                f"{self.pick(_ADJ_NISBA)} {full}{self.pick(('', ' سابقا'))}، {full2}، "
                f"{self.content(True)}. {self.pick(('وقال', 'وقالت'))} {fam2} {that} {q}"
            )
        elif k == 12:  # a compound name with عبد, glued and apart, in marks
            a, b = self.pick((("عبد الهادي", "عبدالهادي"), ("عبدالله", "عبد الله")))
            o2, c2 = self.pick((("«", "»"), ('"', '"')))
            s = (
                f"{self.pick(('وأكد', 'وقال'))} {first} {a} {that} {q}. "
                f"وقال {o2}{b}{c2}"
                f"{self.pick(('، في تصريح صحفي، ', ': ', ' '))}{that} {q2}"
            )
        elif k == 13:  # a that-subject's verb before a broken plural glued to لـ
            s = (
                f"{self.pick(('وأكد', 'وذكر'))} {nm} أن {self.pick(('رئيس البلدية', 'المحافظ'))} "
                f"{full} {self.pick(('وجه', 'قدم', 'أرسل'))} "
                f"{self.pick(('للسكان', 'للتجار', 'للنواب', 'للشهود'))} "
                f"{self.pick(('رسالة', 'شكره'))}، {self.pick(('وقال', 'مضيفا'))} {that} {q}"
            )
        elif k == 14:  # a verb of sending in ب in a relative clause
            s = (
                f"وجاء في {self.pick(('البرقية', 'الرسالة', 'المذكرة'))}"
                f"{self.pick(('، ', ' '))}{self.pick(('التي', 'الذي'))} "
                f"{self.pick(('بعث', 'بعثت', 'أرسل'))} {self.pick(('بها', 'به', ''))} "
                f"{self.pick(('السفير', 'الوزيرة', 'القنصل'))} {self.pick((full, nm))}"
                f"{self.pick(('، ', ' إلى باريس '))}{self.pick(('أن', 'إن', ':'))} {q}"
            )
        elif k == 15:  # a bare feminine noun and its nisba after a full name
            s = (
                f"{self.pick(('وشن', 'وأطلق', 'وقاد'))} {self.pick((title, ''))} {full} "
                f"{self.pick(('حملة أمنية', 'حملة رسمية', 'زيارة دولية', 'نادية'))}"
                f"{self.pick(('، ', ' '))}{self.pick(('وقال', 'مؤكدا'))} {that} {q}"
            )
        elif k == 16:  # a post in construct with a country named with the article
            s = (
                f"وقال {self.pick(('السفير العراقي', 'السفيرة الأمريكية', 'القنصل الفرنسي'))} "
                f"{full} {that} {q}. "
                f"{self.pick(('وتابع', 'وأضافت', 'وقال'))} "
                f"{self.pick(('سفير العراق', 'سفيرة الولايات المتحدة', 'قنصل فرنسا'))} "
                f"{self.pick(('', 'في بغداد '))}{that} {q2}"
            )
        elif k == 17:  # a tenure adjective after a post and a full name
            s = (
                f"{v} {self.pick(('المحافظ', 'الوزير', 'السفيرة', 'المدير العام'))} "
                f"{self.pick((full, nm, first + ' ' + full))} "
                f"{self.pick(('الجديد', 'السابق', 'الأسبق', 'الجديدة', 'السابقة'))} {that} {q}"
            )
        elif k == 18:  # a statement over paragraphs with blank lines between
            blank = self.pick(("\n\n", "\n\xa0\n", "\n \n", "\n\n\xa0\n\n"))
            s = (
                f"{v} {nm}: {o}{self.content()}{blank}{self.content()}{blank}"
                f"{self.content()}{self.pick((c, ''))}"
            )
        elif k == 19:  # an envoy's title with إلى, then the name in commas
            s = (
                f"{self.pick(('عاد', 'وصل'))} {self.pick(('المبعوث الأممي', 'المبعوثة الأممية'))}"
                f"{self.pick(('', ' السابق', ' الخاص'))} إلى {self.pick(_PLACES)}، {full}، "
                f"{self.content(True)}. {self.pick(('وقال', 'وقالت'))} "
                f"{self.pick(('المبعوث', 'المبعوثة', fam))} {that} {q}"
            )
        elif k == 20:  # 'وأضاف المتحدث' far after the spokesman was named
            s = (
                f"نفى {full}، المتحدث باسم {self.pick(_BODIES)}، {self.content(True)}. "
                + ". ".join(self.content(True) for _ in range(r.randint(1, 4)))
                + f". {self.pick(('وأضاف المتحدث', 'وقال المتحدث', 'وتابع الناطق'))} {that} {q}"
            )
        elif k == 21:  # a ruler's title word that is a given name, then a family name
            s = (
                f"{v} {self.pick(('سلطان', 'أمير', 'ملك'))} "
                f"{self.pick(('الحداد', 'الراشد', 'العلوي'))} "
                f"{self.pick(('', 'بن ' + first + ' '))}"
                f"{that} {q}"
            )
        elif k == 22:  # غير أنه قال after a that-clause
            s = (
                f"{self.pick(('وأوضح', 'وأكد'))} {nm} أن {self.pick((full2, title, nm2, 'الوضع'))} "
                f"{self.content(True)}، {self.pick(('غير أنه قال', 'وأنه قال', 'لكنه قال'))} "
                f"{that} {q}"
            )
        elif k == 23:  # an excerpt of a speech, then جاء فيه
            s = (
                f"{self.pick(('ونشر', 'ونشرت'))} {self.pick(('الموقع', 'الصحيفة', 'الوكالة'))} "
                f"{self.pick(('اقتباسا', 'مقتطفا'))} من "
                f"{self.pick(('كلمة', 'خطاب', 'بيان'))} {title} {full} "
                f"{self.pick(('جاء فيه', 'جاء فيها', 'قال فيه'))}{self.pick((':', ''))} {q}"
            )
        elif k == 24:  # a mark never closed after a verb and a long subject
            long_subject = " ".join(self.pick(_CONTENT) for _ in range(r.randint(11, 17)))
            s = f"{self.pick(('وقال', 'وأضاف', 'وتابع'))} {long_subject} {o}{self.content()}"
        elif k == 25:  # unmarked words after a colon going on past وإن
            s = (
                f"{self.pick(('وأضاف', 'وقالت'))}: {self.content(True)}، "
                f"{self.pick(('وإن', 'وان', 'فإن'))} {self.content()}"
            )
        elif k == 26:  # any (أية) ending a speaker's phrase
            s = (
                f"{self.pick(('ونفى', 'ونفت'))} {self.pick(('الناطق الرسمي', 'المتحدثة'))} "
                f"{full} {self.pick(('أية', 'أيّة', 'أي'))} {self.content(True)}، "
                f"{part} {that} {q}"
            )
        elif k == 27:  # a statement's issuer told in its sentence, then جاء في البيان
            s = (
                f"{self.pick(('وفي بيان', 'وفي بلاغ'))} {self.content(True)}، "
                f"{self.pick(('طالبت', 'قررت', 'أعلنت'))} {self.pick(_BODIES)} "
                f"{self.content(True)}. {self.pick(('وجاء في البيان', 'وجاء في البلاغ'))}: {q}"
            )
        else:  # statements of a body told one after another in a sentence
            s = " و".join(
                f"{self.pick(('قال', 'أكد'))} بيان نشره {self.pick(_DEICTIC)} "
                f"{self.pick(_BODIES)} {q if i == 0 else self.quote()}"
                f"{self.pick(('، ', ' '))}"
                for i in range(r.randint(1, 4))
            )
        return s + self.pick((".", ".", "", "؟", "…", "\n"))

    # -- sentence18 (fuzz18) ------------------------------------------------

    def name18(self, fem: bool | None = None) -> str:
        """A name of one to four words: a given name alone, a family name
        alone, given and family, two given names and a family name, or a
        given name, بن/ولد/بنت/أبو, a father's name and a family name (a
        compound given name, 'عبد الله', adds a word)."""
        fem = self.maybe(0.35) if fem is None else fem
        first = self.pick(_FIRST_F if fem else _FIRST_M)
        k = self.r.randrange(6)
        if k == 0:
            return first
        if k == 1:
            return self.pick(_FAMILY)
        if k == 2:
            return f"{first} {self.pick(_FIRST_M)} {self.pick(_FAMILY)}"
        if k == 3:
            link = self.pick(("بنت", "بن") if fem else ("بن", "ولد", "أبو"))
            return f"{first} {link} {self.pick(_FIRST_M)} {self.pick(_FAMILY)}"
        return f"{first} {self.pick(_FAMILY)}"

    def spell18(self, s: str) -> str:
        """s as pages spell it: hamza seats dropped, ة written ه, ى written
        ي, or as written."""
        k = self.r.randrange(7)
        if k == 0:
            return s.translate(_NO_HAMZA)
        if k == 1:
            return re.sub("ة(?=[ ،.:])", "ه", s)
        if k == 2:
            return s.replace("ى", "ي")
        if k == 3:
            return s.translate(_NO_HAMZA).replace("ى", "ي")
        return s

    def wf(self, word: str) -> str:
        """word with no prefix, و or ف glued, or و written apart."""
        return self.pick(("", "و", "و", "ف", "و ")) + word

    def sentence18(self, k: int | None = None) -> str:
        """The constructions of the fifth session of 2026-12-05 (fuzz18:
        kw19a, kw19b, dev17d, dev17r, dev17s, hv17, speed17c), each with the
        prefixes و/ف, hamza-less spellings, marks of every family, names of
        one to four words, feminine forms and sentences run together;
        ``k`` picks one (the growth check reads each alone)."""
        r = self.r
        fem = self.maybe(0.35)
        nm, nm2 = self.name18(fem), self.name18()
        first, fam, fam2 = (
            self.pick(_FIRST_F if fem else _FIRST_M),
            self.pick(_FAMILY),
            self.pick(_FAMILY),
        )
        full = f"{first} {fam}"
        full2 = f"{self.pick(_FIRST_M + _FIRST_F)} {fam2}"
        q, q2 = self.quote(), self.quote()
        that = self.pick(_THAT)
        said = self.wf("قالت" if fem else "قال")
        title = self.pick(_TITLES_F if fem else _TITLES_M)
        o, c = self.pick(_MARK_PAIRS)
        c_or_none = self.pick((c, c, c, ""))
        sep = self.pick((". ", ".\n", "\n", " ", "", "\n\n", "، "))
        part = self.pick(("مؤكدة", "مضيفة", "قائلة") if fem else ("مؤكدا", "مضيفا", "قائلا"))
        if k is None:
            k = r.randrange(SENTENCE18_TEMPLATES)
        if k == 0:  # a headline's present verb after two words of a name
            s = (
                f"{title}"
                f" {self.pick((full, nm, first + ' ' + self.pick(('يزن', 'يحيى', 'يوسف'))))} "
                f"{self.pick(_PRESENT_VERBS18)} {self.content(True)}{sep}"
                f"{said} {self.pick((fam, first, full))} {that} {q}"
            )
        elif k == 1:  # after the quote, كما and a verb of carrying, then an outlet
            s = (
                f"{said} {nm} {that} {q}{self.pick(('، ', ' ', '،', ','))}"
                f"{self.pick(('كما', 'وكما', 'مثلما'))} "
                f"{self.pick(('نقلت', 'أوردت', 'ذكرت', 'أفادت', 'نقل', 'أورد'))} "
                f"{self.pick(_WIRES + _OUTLETS + ('قناة ' + fam, 'صحيفة ' + o + fam + c))}"
                + self.pick(
                    ("", "", " عن مصادر أن " + self.content(True), " من " + self.content(True))
                )
            )
        elif k == 2:  # a document a person sent, submitted or received speaks for him
            s = (
                f"{self.wf(self.pick(('قالت', 'أظهرت', 'كشفت', 'ذكرت')))} "
                f"{self.pick(('رسائل', 'الرسائل', 'مذكرة', 'رسالة', 'إحدى الرسائل', 'برقية'))}"
                f"{self.pick((' ', '، التي ', ' والتي ', '، والتي '))}"
                f"{self.pick(_SENT_IT18)} "
                f"{self.pick(('السفير', 'السفيرة', 'الوزير', 'الصحيفة', 'مكتب الرئيس'))} "
                f"{self.pick((nm, '', 'من ' + title + ' ' + nm, 'من قبل ' + nm))}"
                f"{self.pick(('', '، ', ' إلى ' + self.pick(_BODIES) + ' '))} "
                f"{self.pick(('إن', 'أن', ':', 'أنه'))} {q}"
            )
        elif k == 3:  # women as a group: نساء, النساء and their feminine participle
            s = self.pick(
                (
                    f"{self.wf('قالت')}"
                    f" {self.pick(('النساء', 'نساء القرية', 'الطالبات', 'المعلمات'))}"
                    f"{self.pick(('', ' المشاركات في المسيرة', ' المتظاهرات', ' المعتصمات'))} "
                    f"{self.pick(('إن', 'أن', ':'))} {q}",
                    f"{self.wf('عبرت')} {self.pick(('نساء القرية', 'النساء', 'المعلمات'))} عن غضبهن"
                    f"{sep}{self.pick(('وقلن', 'وقالت', 'مؤكدات', 'وأكدن'))} {that} {q}",
                    f"{self.wf(self.pick(('تظاهرت', 'ودانت')))} "
                    f"{self.pick(('الطالبات', 'المتظاهرات', 'الممرضات'))} "
                    f"{self.pick(('أمام الوزارة', 'القرار', ''))}، "
                    f"{self.pick(('مؤكدات', 'مضيفات', 'مشيرات إلى'))} {that} {q}",
                )
            )
        elif k == 4:  # a verb whose phrase opens with أنّ, بأنّ or a colon
            s = (
                f"{said} {nm} {that} {q}{sep}"
                f"{self.wf(self.pick(('أضاف', 'تابع', 'أوضح', 'أضافت')))}"
                f"{self.pick((' أن', ' بأن', ':', ' أنه', ' أنّ', ' إن', ''))} {q2}"
                f"{self.pick(('', '، ' + part + ' بأن ' + self.content(True)))}"
            )
        elif k == 5:  # a warning's noun, its agent in construct, then من أنّ
            agent = self.pick(
                (
                    f"{title} {nm}",
                    "الحكومة",
                    self.pick(_BODIES),
                    "المواطنين",
                    f"وزارة {fam} في بيانها",
                )
            )
            s = (
                f"{self.pick(('وجاء', 'جاء', 'وانتهى الاجتماع', 'واختتم اللقاء'))} "
                f"{self.pick(('تحذير', 'بتحذير', 'تحذيرات', 'بتأكيد'))} {agent} "
                f"{self.pick(('من أن', 'من أنّ', 'من ان', 'أن', 'على أن'))} {q}"
            )
        elif k == 6:  # a title's sound plural in construct, its ن dropped
            s = (
                f"{self.wf(self.pick(('رفض', 'قال', 'أكد', 'انتقد')))} "
                f"{self.pick(('ممثلو', 'موظفو', 'مندوبو', 'معلمو', 'مسؤولو', 'ماركو'))} "
                f"{self.pick(('النقابة', 'الشركة', 'المصنع', fam))}"
                f"{self.pick((' القرار، ', ' ', '، '))}"
                f"{self.pick(('مؤكدين', 'وقالوا', 'إن', 'مضيفين', ''))} {that} {q}"
            )
        elif k == 7:  # a past verb تفعّل after a name of three or four words
            s = (
                f"{self.wf(self.pick(('أوضح', 'ذكر')))} {nm2} أن {title} "
                + self.pick(
                    (nm, full + " بن " + self.pick(_FIRST_M), "تامر " + fam, "توفيق " + fam)
                )
                + " "
                + f"{self.pick(('تحدث', 'تطرق', 'تكلم', 'تحدثت', 'تطرقت'))} "
                + f"{self.pick(('مطولا', 'عن ' + self.content(True), 'إلى الملف'))}"
                + f"{self.pick(('، ', ' ', sep))}{self.pick(('وقال', 'مضيفا', 'وقالت'))} {that} {q}"
            )
        elif k == 8:  # كل من and the speakers joined by و
            n = r.randint(2, 3)
            people = " و".join(
                f"{self.pick(_TITLES_M + _TITLES_F + ('',))} {self.name18()}".strip()
                for _ in range(n)
            )
            s = (
                f"{self.wf(self.pick(('أكد', 'قال', 'أكدت', 'أوضح', 'اعتبر')))} "
                f"{self.pick(('كل من', 'كلا من', 'كل'))} {people} {that} {q}"
            )
        elif k == 9:  # a statement a fronted adverbial opens the sentence with
            s = (
                f"{said} {nm} {that} {q}{sep}"
                f"{self.pick(('وفي', 'في', 'و في', 'وفى'))} "
                f"{self.pick(('بيان', 'تقرير', 'بلاغ', 'تدوينة'))} "
                f"{self.pick(('لاحق', 'لها', 'له', 'نشره الكاتب ' + full + '،'))}"
                f"{self.pick(_BREAK_OR_SPACE)}{self.pick(('برر', 'بررت', 'أوضح', 'قال فيه'))} "
                f"{self.pick((nm, ''))} {self.pick(('قراره', 'قرارها', ''))} "
                f"{self.pick(('قائلا', 'قائلة', ''))}{self.pick((':', ' إن', ''))} {q2}"
            )
        elif k == 10:  # a regional post's city, its country glued to بـ, then a name
            s = (
                f"{self.pick((said, self.wf('التقى')))} "
                f"{self.pick(('والي', 'محافظ', 'حاكم', 'والية'))} "
                f"{self.pick(('كسلا', 'شمال كردفان', 'ولاية ' + fam, 'مدينة ' + fam))} "
                f"{self.pick(('بالسودان', 'بالمغرب', 'بمصر', 'بالجزائر', 'بالعراق'))} "
                f"{self.pick((nm, full, 'ممثلي المستثمرين', 'وفدا من التجار', 'سفير فرنسا'))} "
                f"{that} {q}{sep}{self.wf('قال')} {self.pick((fam, first))} {that} {q2}"
            )
        elif k == 11:  # a doubled or weak past verb after a bare title in a that-clause
            s = (
                f"{self.wf(self.pick(('ذكر', 'أفاد', 'أوضحت')))} {nm2} أن "
                f"{self.pick(('المحافظ', 'الوزير', 'الوزيرة', 'الأمين العام', 'الوالي'))} "
                f"{self.pick(('قص', 'رعى', 'نعى', 'زار', 'عد', 'شد', 'قصت', 'رعت'))} "
                f"{self.pick(('الشريط', 'الحفل', 'الفقيد', 'المصنع', 'المعرض'))}"
                f"{self.pick(_WHY18)}"
                f"{self.pick(('، ', ' ', sep))}{self.pick(('وقال', 'وأضاف', 'مضيفا', 'وقالت'))}"
                f" {that} {q}"
            )
        elif k == 12:  # an opener never closed after a verb of naming that ما introduces
            s = (
                f"{said} {nm} {that} {self.content(True)} "
                f"{self.pick(('بما', 'ما', 'مما', 'بمولود', 'لما'))} "
                f"{self.pick(('سماه', 'أسمته', 'يسمونه', 'وصفه', 'اسماه', 'تسميه'))} "
                f"{o}{self.content()}{c_or_none}{self.pick(('', ' ' + self.content(True)))}"
            )
        elif k == 13:  # a post, then فيها/فيه, then a name
            s = (
                f"{self.wf('زار')} {nm2} {self.pick(_BODIES)}{sep}"
                f"{said} {self.pick(('رئيس القسم', 'المدير', 'المسؤول', 'مديرة القسم', 'الناطق'))} "
                f"{self.pick(('فيها', 'فيه', 'فيهما'))} {self.pick((nm, full, ''))} {that} {q}"
            )
        elif k == 14:  # a work entitled in marks, then أنّ/إنّ
            s = (
                f"{self.wf(self.pick(('كتب', 'كتبت', 'رأى')))} "
                f"{self.pick(('الصحفي', 'الكاتبة', 'الباحث', ''))} {nm} في "
                f"{self.pick(('مقاله', 'مقالها', 'دراسته', 'كتابه', 'تقرير'))} "
                f"{self.pick(('المعنون', 'المعنونة', 'الموسوم', 'بعنوان', 'معنون'))} "
                f"{self.pick(('بـ', 'ب', ''))}{o}{self.content(True)}{c_or_none} "
                f"{self.pick(('أن', 'إن', 'أنّ', ':', ''))} {q}"
            )
        elif k == 15:  # two posts joined by و before the name, the second with the body's pronoun
            s = (
                f"{said}"
                f" {self.pick(('عضو المكتب السياسي للحركة', 'نائب رئيس الحزب', 'عضوة الهيئة'))} "
                f"{self.pick(('ورئيس', 'ورئيسة', 'ومسؤول', 'والناطق باسم'))} "
                f"{self.pick(('وفدها', 'مكتبها', 'كتلتها', 'وفده', 'كتلته'))} {nm} {that} {q}"
            )
        elif k == 16:  # a fiancé or fiancée with a possessive, then a name
            s = (
                f"{self.wf(self.pick(('قالت', 'قال', 'أكدت')))} "
                f"{self.pick(('خطيبته', 'خطيبها', 'خطيبتها', 'خطيبة', 'خطيبه'))} "
                f"{self.pick((nm, full, ''))} {that} {q}"
            )
        elif k == 17:  # a plural of things or a bare abstract noun after a name
            s = (
                f"{self.wf(self.pick(('دشن', 'أطلق', 'وقع', 'افتتحت')))} {self.pick((title, ''))} "
                f"{self.pick((full, nm, first + ' ' + self.pick(('زريقات', 'الحداد'))))} "
                f"{self.pick(_THINGS18)}{self.pick(('، ', ' ', sep))}"
                f"{self.pick(('وقال', 'مؤكدا', 'وقالت', 'مؤكدة'))} {that} {q}"
            )
        elif k == 18:  # a post's body glued to بـ, then a name in marks
            s = (
                f"{self.wf(self.pick(('خرج', 'صرح', 'أكد', 'خرجت')))} "
                f"{self.pick(('القيادي', 'الضابط', 'القيادية', 'العقيد', 'الناشط'))} "
                f"{self.pick(_BODY_GLUED18)} "
                f"{o}{self.pick((full, nm))}{c_or_none} {that} {q}{sep}"
                f"{self.wf('قال')} {self.pick((fam, o + fam + c))} {that} {q2}"
            )
        elif k == 19:  # a name led by a label noun, or a body, in marks told by the narrator
            label = self.pick(("منتدى", "قمة", "مبادرة", "وفد", "الحكومة", "حركة"))
            s = f"{said} {nm} {that} {q}{sep}" + self.pick(
                (
                    f"{self.wf(self.pick(('ترأس', 'افتتح', 'شارك في')))} {title} {nm2} "
                    f"{o}{label} {self.pick(_PLACES)} {self.content(True)}{c_or_none}",
                    f"{self.wf('أشار')} {nm2} إلى أن {o}{label} "
                    f"{self.pick(('الأردنية', 'التحرير', 'الوطنية للتنمية'))}{c_or_none} "
                    f"{self.pick(('قررت', 'تراقب', 'ستشارك'))} {self.content(True)}",
                )
            )
        elif k == 20:  # a feminine verbal noun with a possessive after a name
            s = (
                f"{self.wf(self.pick(('أعلن', 'أعلنت', 'أكد')))} {title} {self.pick((full, nm))} "
                f"{self.pick(('استقالته', 'مشاركتها', 'إقالته', 'استقالتها', 'مشاركته في'))}"
                f"{self.pick(('، ', ' ', sep))}{self.pick(('وقال', 'وقالت', 'مضيفا'))} {that} {q}"
            )
        elif k == 21:  # a verb of containing right after its subject in a that-clause
            s = (
                f"{said} {nm} {self.pick(('قائلا إن', 'إن', 'قائلة إن'))} "
                f"{self.pick(('الخطة', 'الوثيقة', 'الاتفاقية', 'المقترح'))} "
                f"{self.pick(('تضمنت', 'تتضمن', 'شملت', 'احتوت على', 'يتضمن'))} "
                f"{self.content(True)}، {self.pick(('مردفا', 'مضيفا', 'مردفة', 'وأردف'))} {q}"
            )
        elif k == 22:  # a feminine verb whose own subject follows أنّ
            s = (
                f"{said} {nm} {that} {q}، {part} أن "
                f"{self.pick(('الحكومة', 'واشنطن', 'الوزارة', 'باريس'))} "
                f"{self.pick(('تؤكد على', 'تشدد على', 'ترى', 'تحرص على'))} {q2}"
            )
        elif k == 23:  # a body's participle and بـ with its pronoun inside the post
            s = (
                f"{said} {self.pick(('وزير الدفاع', 'وزيرة الصحة', 'رئيس الوزراء'))} في الحكومة "
                f"{self.pick(('المعترف بها', 'المكلف به', 'المعترف بها دوليا', 'المعترف بها،'))}"
                f"{self.pick((' ', '، '))}{self.pick(('اللواء', 'العقيد', 'الدكتور', ''))} {nm}"
                f"{self.pick(('، ', ' '))}{that} {q}"
            )
        elif k == 24:  # the participle of صرّح as a cue
            s = (
                f"{self.wf(self.pick(('غادر', 'تحدث', 'علق')))} {nm} {self.content(True)}، "
                f"{self.pick(('مصرحا', 'مصرحة', 'مصرّحةً', 'مصرحين', 'مصرّحاً', 'مصرحات'))}"
                f"{self.pick((' بأن', ':', ' لوسائل الإعلام أن', ' للصحفيين', ''))} {q}"
            )
        elif k == 25:  # a verb, its titled named subject, a post's holder in commas
            s = (
                f"{self.wf(self.pick(('نقل', 'شكر', 'نقلت', 'شكرت')))} "
                f"{self.pick(('الوزير', 'المحافظ', 'الوزيرة'))} {self.pick((full, nm))} "
                f"{self.pick(('تحيات الرئيس', 'رئيس الحكومة', 'سفير فرنسا', 'تحيات'))}، "
                f"{full2}، {self.pick(('إلى', 'على'))} {self.content(True)}، "
                f"{self.pick(('وقال', 'وقالت', 'مضيفا'))} {that} {q}"
            )
        elif k == 26:  # a nickname in marks after 'known as'
            nick = self.pick(("أبو " + first, "الحاج", fam2, "الجنرال"))
            s = (
                f"{said} {self.pick((title + ' ', ''))}{self.pick((full, nm))}"
                f"{self.pick((' ', '، '))}{self.pick(('الشهير', 'المعروف', 'الملقب', 'الشهيرة'))} "
                f"{self.pick(('بـ', 'ب', 'بـ '))}{o}{nick}{c_or_none}{self.pick(('، ', ' '))}"
                f"{that} {q}{sep}{self.wf('قال')} {nick} {that} {q2}"
            )
        elif k == 27:  # a name in marks after a verb of saying, then its post with no comma
            s = (
                f"{self.wf(self.pick(('نفى', 'أكد', 'نفت', 'وصف')))} {o}{self.pick((full, nm))}"
                f"{c_or_none} "
                + self.pick(
                    ("القيادي في حزب " + fam, "الناطق باسم الحركة", "الاتفاق التاريخي الوزير")
                )
                + " "
                + f"{self.pick(('ما نقلته ' + self.pick(_OUTLETS), 'أن', 'بأنه', ':'))}"
                + f" {self.content(True)}{sep}"
                + f"{self.wf('علق')} {o}{fam}{c} على {self.content(True)}"
                + f" {self.pick(('قائلا', 'قائلة'))}: {q}"
            )
        elif k == 28:  # an outlet's head after an indefinite title's genitive
            s = (
                f"{said} {self.pick(('رئيس تحرير', 'مدير عام', 'رئيسة تحرير', 'مراسل'))} "
                f"{self.pick(('صحيفة', 'قناة', 'وكالة', 'موقع'))} {o}{fam2}{c}"
                f"{self.pick(('', ' وقناة ' + o + fam + c, ' و' + o + fam + c))} "
                f"{self.pick((nm, full))} {that} {q}"
            )
        elif k == 29:  # 'the opposition' after the name of a verb that calls on
            s = (
                f"{self.wf(self.pick(('دعا', 'حث', 'ناشد', 'طالب', 'حذر', 'أكدت')))} "
                f"{self.pick((full, nm))} المعارضة "
                f"{self.pick(('المسلحة', 'السورية', 'السورية البارزة', ''))} "
                + self.pick(
                    ("للجلوس إلى طاولة الحوار", "إلى الحوار", "أن", "من " + self.content(True))
                )
                + f"{sep}{self.pick(('وقال', 'وقالت', 'مضيفا'))} {that} {q}"
            )
        elif k == 30:  # a definite place a leader visits after his name, or in a that-clause
            place = self.pick(_PLACES18)
            s = self.pick(
                (
                    f"{self.wf(self.pick(('زار', 'تفقد', 'غادر', 'افتتح', 'زارت')))} "
                    f"{self.pick((title, 'مدير المطار', 'محافظ المدينة'))} {self.pick((full, nm))} "
                    f"{place}{self.pick(('، ', ' ', sep))}"
                    f"{self.pick(('وقال', 'وقالت', 'مؤكدا'))} {that} {q}",
                    f"{self.wf('ذكر')} {nm2} أن {self.pick(('الوزير', 'المحافظ', 'عبد'))} "
                    f"{self.pick(('زار', 'غادر', 'تفقد'))} {place}، "
                    f"{self.pick(('وقال', 'وأضاف'))} {that} {q}",
                )
            )
        elif k == 31:  # an opener never closed, then the narrator's comma and verb
            o2, c2 = self.pick(_MARK_PAIRS)
            s = (
                f"{said} {nm} أن {o}{self.content()}، "
                f"{self.pick(('وأشاد', 'وأكد', 'وقال', 'وفي أحسن الأحوال', 'وأثنى'))} "
                f"{self.pick((title, ''))} {self.pick(('بـ', 'ب', 'على ', ''))}{o2}"
                f"{self.content()}{c2}"
                f"{self.pick(('', ' حسب تعبيره'))}"
            )
        elif k == 32:  # an indefinite source with its adjectives, then آخر/أخرى
            s = (
                f"{said} {self.pick(('مسؤول', 'دبلوماسي', 'مسؤولة', 'مصدر', 'المسؤول'))} "
                f"{self.pick((*_ADJ_NISBA, 'أوروبي', 'مصرية', ''))} "
                f"{self.pick(('آخر', 'أخرى', 'اخر', 'اخرى', ''))} {that} {q}"
            )
        elif k == 33:  # a manner adverbial after a cue, a go-on verb's own noun
            s = self.pick(
                (
                    f"{said} {self.pick((title, nm, ''))} "
                    f"{self.pick(_MANNER18)} "
                    f"{self.pick(('إن', 'أن', 'بأن', ':'))} {q}",
                    f"{said} {nm} {that} {q}{sep}"
                    f"{self.wf(self.pick(('واصل', 'تابع', 'أكملت', 'اختتم', 'ختم')))} "
                    f"{self.pick(('دعاءه', 'شرحه', 'تساؤلها', 'حديثه', 'محاميه'))}"
                    f"{self.pick((':', ' قائلة:', ' قائلا:', ' بالقول'))} {q2}",
                )
            )
        elif k == 34:  # a national team, the judges, the leaders
            s = (
                f"{self.wf(self.pick(('قال', 'أصدر', 'أكد', 'قالت')))} "
                f"{self.pick((*_TEAMS18, 'مدرب المنتخب ' + nm, 'الرئيس المنتخب ' + nm))} "
                f"{self.pick(('في بيان', 'بيانا، وقال فيه', ''))} {self.pick(('إن', 'أن', ':'))}"
                f" {q}"
            )
        elif (
            k == 35
        ):  # colon speech ended by the narrator's participle; a name in marks before a colon
            s = self.pick(
                (
                    f"{said} {nm}: {self.content()}، {self.pick(_GOES_ON18)} {self.content()}",
                    f"{said} {full} {that} {q}{sep}{self.wf('أضاف')} {o}"
                    f"{self.pick((fam, 'كفى'))}{c}: "
                    f"{self.content()}",
                )
            )
        elif k == 36:  # a word glued to بـ with a possessive after a name with no title
            s = (
                f"{self.wf(self.pick(('كتب', 'هنأ', 'قال', 'كتبت')))} {self.pick((fam, full, nm))} "
                f"{self.pick(('بتهانيه', 'بحسابه', 'برسالتها', 'بهيجة', 'بصفحته'))} "
                f"{self.pick(('على تويتر', 'الرسمي', ''))}{self.pick((':', ' أن', ' إن'))} {q}"
            )
        else:  # a document a receiver got from its sender
            s = (
                f"{self.wf(self.pick(('قالت', 'أكدت', 'جاء في')))} "
                f"{self.pick(('رسالة', 'مذكرة', 'إحدى الرسائل', 'برقية'))}"
                f"{self.pick((' ', '، والتي ', ' التي '))}"
                f"{self.pick(('تلقتها', 'تسلمها', 'استلمها', 'تلقاها'))} "
                f"{self.pick(('الصحيفة', 'الوكالة', 'مكتب الرئيس', nm2))} "
                f"{self.pick(('من', 'من قبل', ''))} {self.pick((title + ' ' + nm, nm, ''))}"
                f"{self.pick(('، ', ' '))}{self.pick(('إن', 'أن', ':'))} {q}"
            )
        return self.spell18(s) + self.pick((".", ".", "", "؟", "…", "\n", " "))

    # -- sentence19 (fuzz19) ------------------------------------------------

    def sentence19(self, k: int | None = None) -> str:
        """The constructions of the sixth session of 2026-12-05 (fuzz19:
        dev18d, dev18r, dev18s, kw20a, kw20b and the final read), each with
        the prefixes و/ف, hamza-less spellings, marks of every family, names
        of one to four words, feminine forms and sentences run together;
        ``k`` picks one (the growth check reads each alone)."""
        fem = self.maybe(0.35)
        nm, nm2 = self.name18(fem), self.name18()
        first, fam = self.pick(_FIRST_F if fem else _FIRST_M), self.pick(_FAMILY)
        full = f"{first} {fam}"
        q, q2 = self.quote(), self.quote()
        that = self.pick(_THAT)
        said = self.wf("قالت" if fem else "قال")
        title = self.pick(_TITLES_F if fem else _TITLES_M)
        o, c = self.pick(_MARK_PAIRS)
        c_or_none = self.pick((c, c, c, ""))
        sep = self.pick((". ", ".\n", "\n", " ", "", "\n\n", "، "))
        part = self.pick(("مؤكدة", "مضيفة", "قائلة") if fem else ("مؤكدا", "مضيفا", "قائلا"))
        opener = f"{said} {self.pick((title + ' ' + nm, nm, full))} {that} {q}{sep}"
        if k is None:
            k = self.r.randrange(SENTENCE19_TEMPLATES)
        if k == 0:  # the one urged, a definite plural or dual, the subject elided
            s = (
                f"{opener}{self.wf(self.pick(('دعا', 'طالب', 'ناشد', 'حث', 'أهاب')))} "
                f"{self.pick(_URGED19)}"
                f"{self.pick(('', ' والخريجين', ' الأجانب', ' المحليين'))} "
                f"{self.pick(('إلى', 'على', 'بـ', 'ب', 'الى'))}{self.pick((' ', ''))}{q2}"
            )
        elif k == 1:  # a thing praised glued to بـ, the subject elided
            s = (
                f"{opener}{self.wf(self.pick(('أشاد', 'نوه', 'أشادت', 'أهاب', 'طالب')))} "
                f"{self.pick(_PRAISED19)} {self.pick(('قائلا', 'مضيفا', 'وقال', ''))}"
                f"{self.pick((' إن', ':', ''))} {q2}"
            )
        elif k == 2:  # نسب as rates, or as attributing after كما / ما
            s = self.pick(
                (
                    f"{self.wf(self.pick(('سجلت', 'تراجعت', 'أكد')))} "
                    f"{self.pick(('خفض', 'تراجع', 'تحسن', 'ارتفاع'))} نسب "
                    f"{self.pick(('الفقر', 'النجاح', 'النمو', 'البطالة'))} "
                    f"{self.pick(('يؤكد', 'تقول', 'إلى', ''))} {q}",
                    f"{self.pick(('كما', 'ما', 'وهو ما', 'ونسب', 'نسب'))}"
                    f"{self.pick((' نسب', ''))} "
                    f"{self.pick(('التقرير', 'التلفزيون', self.pick(_OUTLETS)))} "
                    f"إلى {self.pick((title + ' ' + nm, nm, 'الوزير'))} "
                    f"{self.pick(('قوله', 'قولها', ''))} {q}",
                )
            )
        elif k == 3:  # the day in commas between the verb and its subject
            s = (
                f"{self.wf(self.pick(('قال', 'أكد', 'أعلنت', 'وأضاف')))}"
                f"{self.pick(('، ', ' '))}{self.pick(('اليوم', 'أمس', 'مساء أمس'))} "
                f"{self.pick(_WEEKDAYS)}{self.pick(('', ' ' + self.date()))}"
                f"{self.pick(('، ', ' ', '،'))}"
                f"{self.pick((title, 'الأمين العام للنقابة', 'رئيس الاتحاد', '', 'في مؤتمر صحفي'))}"
                f"{self.pick((' ' + nm, ''))}{self.pick(('، ', ' '))}{that} {q}"
            )
        elif k == 4:  # دعا after a relative with the event's pronoun
            s = (
                f"{self.wf(self.pick(('شارك', 'قال', 'أكد', 'رفع')))} "
                f"{self.pick(('المشاركون في', 'المحتجون في', nm + ' خلال'))} "
                f"{self.pick(('الاعتصام', 'الوقفة', 'المسيرة', 'الإضراب'))} "
                f"{self.pick(('الذي', 'التي'))} {self.pick(('دعت', 'دعا'))} "
                f"{self.pick(('له', 'لها', 'إليها', 'إليه'))} "
                f"{self.pick(('النقابة', 'الحزب', 'الائتلاف', nm2))}"
                f"{self.pick(('، ', ' '))}{self.pick(('إن', 'أن', ':', 'لافتات تقول'))} {q}"
            )
        elif k == 5:  # a team glued to بـ at the end of a post after a name
            s = (
                f"{self.wf(self.pick(('تقدم', 'غادر', 'خرج', 'قال')))} {full} "
                f"{self.pick(('مدرب حراس المرمى', 'لاعب الوسط', 'حارس المرمى', 'مدير الكرة'))} "
                f"{self.pick(('بنادي', 'بمنتخب', 'بفريق', 'في نادي'))} "
                f"{self.pick(('الوحدة', 'النصر', 'الجزيرة الإماراتي', 'المهندسين العرب'))}"
                f"{self.pick(('', ' المعسكر', ' باعتذار رسمي', ' بمحافظة ' + fam))}"
                f"{sep}{self.wf('قال')} {self.pick((fam, first))} {that} {q}"
            )
        elif k == 6:  # a bare title said sentences after the one post of its head
            s = (
                f"{self.wf(self.pick(('رد', 'شارك', 'قال')))} "
                f"{self.pick(('وزير الزراعة', 'وزير التعليم العالي', 'وزيرة الصحة', 'المحافظ'))}"
                f"{self.pick((' في المؤتمر', ' على المنتقدين', ''))}{sep}"
                + "".join(
                    f"{self.wf('قال')} {self.name18()} {that} {self.quote()}{sep}"
                    for _ in range(self.r.randint(0, 5))
                )
                + f"{self.wf(self.pick(('أوضح', 'أضاف', 'أكدت')))} "
                f"{self.pick(('الوزير', 'الوزيرة', 'المحافظ', 'الرئيس'))} {that} {q}"
            )
        elif k == 7:  # a post, its genitive's name, a field with two adjectives, the name
            s = (
                f"{said} {self.pick(('مستشار الرئيس', 'مستشارة الملك', 'مساعد الوزير'))} "
                f"{self.pick((nm2, ''))} "
                f"{self.pick(('للشؤون العربية والأفريقية', 'للشؤون الدينية والعلاقات الإسلامية'))}"
                f"، {self.pick((full, nm))}، {that} {q}{sep}"
                f"{self.wf(self.pick(('تابع', 'أضاف')))} {self.pick((fam, first))} {that} {q2}"
            )
        elif k == 8:  # a post's place after في that opens with أم
            s = (
                f"{said} {self.pick(('قائد المنطقة', 'مدير الشرطة', 'رئيس البلدية', 'الفريق ركن'))}"
                f" في {self.pick(('أم درمان', 'أم القيوين', 'أم الفحم', 'أم قصر', 'أم'))} "
                f"{self.pick((nm, ''))} {that} {q}"
            )
        elif k == 9:  # WikiLeaks speaking on the day, or its papers
            s = (
                f"{self.pick(('', self.date() + chr(10)))}"
                f"{self.wf(self.pick(('قالت', 'أعلنت', 'نشرت')))} "
                f"{self.pick(('منظمة ويكيليكس', 'ويكيليكس', 'موقع ويكيليكس'))}"
                f"{self.pick(('، اليوم ' + self.pick(_WEEKDAYS) + '،', '', ' أمس'))} "
                f"{self.pick(('إن', 'أن', 'برقيات تقول إن', 'وثائق مسربة تفيد بأن'))} {q}"
            )
        elif k == 10:  # a name in marks right after أنّ, the clause going on
            who = self.pick((full, nm, f"{first} بن {self.pick(_FIRST_M)} آل {fam}", "الحكومة"))
            s = (
                f"{self.wf(self.pick(('أوضح', 'أكد', 'ذكرت')))} "
                f"{self.pick(('البيان', 'المصدر', title + ' ' + nm2))} "
                f"{self.pick(('أن', 'إن', 'بأن'))} {o}{who}{c_or_none}"
                f"{self.pick(('', '، ' + title + '،'))} "
                f"{self.pick(('سيغيب عن', 'سيغادر', 'فشلت', 'لن يستقيل', 'قال'))} "
                f"{self.content(True)}"
            )
        elif k == 11:  # a titled name, then a plural of things and its adjective
            s = (
                f"{self.wf(self.pick(('اتهم', 'بحث', 'ناقش', 'اتهمت')))} {title} {full} "
                f"{self.pick(_THINGS19)}{self.pick(('، ', ' ', sep))}"
                f"{self.pick(('وقال', 'وقالت', part))} {that} {q}"
            )
        elif k == 12:  # calling on, a one-word name, the ones called on
            s = (
                f"{self.wf(self.pick(('دعا', 'ناشد', 'طالب', 'حث', 'دعت')))} "
                f"{self.pick((first, fam, 'الحبيب الأسعد', 'زين العابدين'))} "
                f"{self.pick(('الأحزاب', 'المواطنين', 'الحكومة', 'المسؤولين', 'الأنصاري'))} "
                f"{self.pick(('إلى الحوار', 'إلى', 'بـ', ''))}{sep}"
                f"{self.pick(('وقال', 'مضيفا', 'وقالت'))} {that} {q}"
            )
        elif k == 13:  # a plural subject, then its object in construct
            s = (
                f"{self.wf(self.pick(('انتقد', 'رفض', 'أيد')))} "
                f"{self.pick(('المحامون', 'نواب المعارضة', 'المسؤولون الأمنيون', 'الموكلون'))} "
                f"{self.pick(('قرار المحكمة', 'مشروع الموازنة', 'المصريون', 'عن'))}"
                f"{self.pick(('، ', ' '))}{self.pick(('مؤكدين', 'وقالوا', 'مضيفين'))} {that} {q}"
            )
        elif k == 14:  # a post in construct, then a common definite object
            s = (
                f"{self.wf(self.pick(('قدم', 'انتقد', 'وجه', 'قدمت')))} "
                f"{self.pick(('رئيس النادي', 'رئيس البلدية', 'رئيس الحزب الحاكم', 'مدرب الفريق'))} "
                f"{self.pick((nm + ' ', ''))}"
                f"{self.pick(('الشكر للجماهير', 'القرار', 'التهنئة', 'الأهلي', 'الاتهامات'))}"
                f"{self.pick(('، ', ' ', sep))}{self.pick(('وقال', 'مضيفا', 'وقالت'))} {that} {q}"
            )
        elif k == 15:  # a name, then بـ glued to a verbal noun
            s = (
                f"{self.wf(self.pick(('أقر', 'طالب', 'أقرت', 'اعترف')))} "
                f"{self.pick((first, full, nm, 'بلقاسم', 'برهوم'))} "
                f"{self.pick(('بوجود', 'بدخول', 'بضرورة', 'بأهمية', 'بوجمعة'))} "
                f"{self.pick(('صعوبات', 'الحوار', 'إن', '،'))}"
                f"{self.pick(('، ', ' ', sep))}{self.pick(('وقال', 'مضيفا', ''))} {that} {q}"
            )
        elif k == 16:  # a post's participle, its complement, an adverb, a name or none
            s = (
                f"{said} {self.pick(('رئيس الهيئة', 'النائب', 'الوزير', 'رئيسة اللجنة'))} "
                f"{self.pick(('المعترف بها', 'المنتخب', 'المعين', 'المكلف به'))} "
                f"{self.pick(('دوليا', 'حديثا', 'مؤخرا', 'رسميا', 'رانيا'))}"
                f"{self.pick((' ' + nm, ' ' + full, ''))} {that} {q}"
            )
        elif k == 17:  # a league, a club's head, a team
            s = self.pick(
                (
                    f"{self.wf(self.pick(('قالت', 'أكدت')))} "
                    f"{self.pick(('الرابطة', 'رابطة الدوري المحترف', 'رابطة الأندية'))} "
                    f"{self.pick(('في بيان', ''))} {self.pick(('إن', 'أن', ':'))} {q}",
                    f"{self.wf('أصدرت')} الرابطة بيانا، {self.pick(('وقالت فيه', 'جاء فيه'))}"
                    f"{self.pick((' إن', ':'))} {q}",
                    f"{said} {self.pick(('رئيس الرابطة', 'رئيسة رابطة الدوري'))} {nm} {that} {q}",
                    f"{said} {nm} إن الرابطة {self.pick(('تشكك', 'شككت'))} {q}",
                )
            )
        elif k == 18:  # a full name, then a plural like قضايا and its adjective
            s = (
                f"{self.wf(self.pick(('ناقش', 'بحث', 'قدم', 'ناقشت')))} {title} {full} "
                f"{self.pick(('قضايا', 'هدايا', 'مزايا', 'ملفات'))} "
                f"{self.pick(('إقليمية', 'رمزية', 'عديدة', 'كثيرة', 'سميرة', 'حبيبة'))}"
                f"{self.pick(('، ', ' ', sep))}{self.pick(('وقال', 'مضيفا', 'وقالت'))} {that} {q}"
            )
        elif k == 19:  # after جاء, a noun of saying, its agent, where he said it
            s = (
                f"{self.wf(self.pick(('جاء', 'رحبت النقابة')))} "
                f"{self.pick(('تأكيد', 'تحذير', 'بإعلان', 'تأكيدات'))} "
                f"{self.pick(('وزارة الخارجية', 'الحكومة', title + ' ' + nm, 'المواطنين'))} "
                f"{self.pick(('في بيانها', 'خلال المؤتمر', 'عبر حسابه', 'أثناء اللقاء', ''))} "
                f"{self.pick(('أن', 'على أن', 'من أن', 'من ان'))} {q}"
            )
        elif k == 20:  # a bare title, a past verb, an indefinite object in construct
            s = (
                f"{self.wf(self.pick(('ذكر', 'أفاد', 'أوضحت')))} {nm2} أن "
                f"{self.pick(('المحافظ', 'الوزير', 'الرئيس'))} "
                f"{self.pick(('وضع حجر', 'قص شريط', 'قطع', 'محمد ولد'))} "
                f"{self.pick(('الأساس للمشروع', 'الافتتاح', 'الشريط', 'الغزواني'))}"
                f"{self.pick(('، ', ' ', sep))}{self.pick(('وقال', 'وأضاف', 'مضيفا'))} {that} {q}"
            )
        else:  # an excerpt glued to its owner with لـ
            s = (
                f"{self.wf(self.pick(('أورد', 'نشر', 'بث', 'أوردت')))} "
                f"{self.pick(('الموقع', 'القناة', self.pick(_OUTLETS)))} "
                f"{self.pick(('اقتباسا', 'مقتطفا', 'مقطعا', 'مقتطفات'))} "
                f"{self.pick(('للوزير ' + nm, 'لمصدر حكومي', 'لها', 'لهما', 'من ' + full))} "
                f"{self.pick(('جاء فيه', 'يقول فيه', 'قال فيه', ''))}"
                f"{self.pick((':', ' إن', ''))} {q}"
            )
        return self.spell18(s) + self.pick((".", ".", "", "؟", "…", "\n", " "))

    # -- sentence20 (fuzz20) ------------------------------------------------

    def sentence20(self, k: int | None = None) -> str:
        """The constructions of the seventh session of 2026-12-05 (fuzz20:
        kw21a, kw21b, dev19s, dev19r, dev19d, dev19e, rev22 and the final
        read), each with the prefixes و/ف, hamza-less spellings, marks of
        every family, names of one to four words, feminine forms and
        sentences run together; ``k`` picks one (the growth check reads
        each alone)."""
        fem = self.maybe(0.35)
        nm, nm2 = self.name18(fem), self.name18()
        first, fam = self.pick(_FIRST_F if fem else _FIRST_M), self.pick(_FAMILY)
        full = f"{first} {fam}"
        q, q2 = self.quote(), self.quote()
        that = self.pick(_THAT)
        said = self.wf("قالت" if fem else "قال")
        title = self.pick(_TITLES_F if fem else _TITLES_M)
        o, c = self.pick(_MARK_PAIRS)
        sep = self.pick((". ", ".\n", "\n", " ", "", "\n\n", "، "))
        part = self.pick(("مؤكدة", "مضيفة", "قائلة") if fem else ("مؤكدا", "مضيفا", "قائلا"))
        and_said = self.pick(("وقال", "وأضاف", part, "وقالت", ""))
        who = self.pick((title + " " + nm, nm, full, title))
        if k is None:
            k = self.r.randrange(SENTENCE20_TEMPLATES)
        if k == 0:  # a name, then a short broken plural in construct
            s = (
                f"{self.wf(self.pick(('دعا', 'حث', 'زار', 'طالب', 'دعت')))} {who} "
                f"{self.pick(_PLURALS20)} {self.pick(_GENITIVES20)}"
                f"{self.pick((' إلى الحوار', ' بالتهدئة', '', ' إلى'))}"
                f"{self.pick(('، ', ' ', sep))}{and_said} {that} {q}"
            )
        elif k == 1:  # the noun of the post held after a name
            s = (
                f"{self.wf(self.pick(_HOLDS20))} {self.pick((full, nm, first))} "
                f"{self.pick(('منصب', 'خطة', 'مهام', 'وظيفة', 'لمنصب', 'منذ عامين منصب'))} "
                f"{self.pick((title, 'المدير العام للشركة', 'رئيس الاتحاد', ''))}"
                f"{self.pick(('، ', ' ', sep))}{and_said} {that} {q}"
            )
        elif k == 2:  # a name, then a broken plural in the accusative in ا
            s = (
                f"{self.wf(self.pick(('قدم', 'فرض', 'رصد', 'أطلق', 'قدمت')))} "
                f"{self.pick((title + ' ' + full, full, first, 'الوزير ' + nm))} "
                f"{self.pick(_ACCUSATIVES20)} {self.pick(('كثيرة', 'قاسية', 'طائلة', ''))}"
                f"{self.pick(('، ', ' ', sep))}{and_said} {that} {q}"
            )
        elif k == 3:  # a definite title, a news verb of the shape أفعل, its object
            s = (
                f"{self.wf(self.pick(('ذكر', 'أفاد', 'أوضحت', 'أكد')))} "
                f"{self.pick((nm2, 'البيان', 'المصدر'))} {self.pick(('أن', 'بأن'))} "
                f"{self.pick(('الوزير', 'المحافظ', 'وزير العدل', 'الوزيرة', 'المدير'))}"
                f"{self.pick((' ' + nm, ''))} "
                f"{self.pick(('أصدر', 'أطلق', 'أرسل', 'أبرم', 'أصدرت', 'أحمد', 'أكرم'))} "
                f"{self.pick(('قرار العفو', 'حملة النظافة', 'فرق الإغاثة', 'اتفاقا', 'الزيادي'))}"
                f"{self.pick(('، ', ' ', sep))}{and_said} {that} {q}"
            )
        elif k == 4:  # greetings and condolences sent after a name
            s = (
                f"{self.wf(self.pick(('أبلغ', 'وجه', 'بعث', 'قدم', 'نقلت')))} {who} "
                f"{self.pick(('تحيات', 'تحية', 'تعازي', 'تعازيه', 'تعازيها'))} "
                f"{self.pick(('الملك', 'حارة', 'إلى الشعب', 'كاريوكا', ''))}"
                f"{self.pick(('، ', ' ', sep))}{and_said} {that} {q}"
            )
        elif k == 5:  # a foreign given name opening with ال, hamza-less
            s = (
                f"{said} {self.pick(('وزير الخارجية الإيطالي', 'السفيرة', 'المدرب', 'الرئيس'))} "
                f"{self.pick(_AL_NAMES20)} {self.pick(('دي لوكا', 'غارسيا', fam, ''))}"
                f"{self.pick(('، ', ' '))}{that} {q}{sep}"
                f"{self.wf(self.pick(('أضاف', 'تابع', 'أضافت')))} "
                f"{self.pick(('دي لوكا', 'الوزير', fam))} {that} {q2}"
            )
            s = s.translate(_NO_HAMZA) if self.maybe(0.5) else s
        elif k == 6:  # a collective body, or a post in construct with it
            body = self.pick(_COLLECTIVES20)
            s = self.pick(
                (
                    f"{self.wf(self.pick(('قالت', 'أكدت', 'قال', 'أعلن')))} {body}"
                    f"{self.pick((' في بيان', '', '، في بيان،'))} {that} {q}",
                    f"{said} {self.pick(('شيخ', 'قائد', 'زعيم', 'رئيس'))} {body} {nm} {that} {q}",
                    f"{q}، {self.pick(('بحسب', 'وفق', 'كما قالت'))} {body}",
                )
            )
        elif k == 7:  # after جاء, a noun of saying, its agent, where said, in commas
            s = (
                f"{self.wf(self.pick(('جاء', 'جاء', 'رحبت النقابة')))} "
                f"{self.pick(('تأكيد', 'تحذير', 'بإعلان', 'إعلان'))} "
                f"{self.pick(('وزارة الخارجية', 'الحكومة', who, 'المواطنين', 'النقابة'))}"
                f"{self.pick(('، ', ' '))}"
                f"{self.pick(_WHERE_SAID20)}{self.pick(('، ', ' ', '،'))}"
                f"{self.pick(('أن', 'على أن', 'من أن', 'ان'))} {q}"
            )
        elif k == 8:  # a bare title, a past verb, its object in construct, a participle
            s = (
                f"{self.wf(self.pick(('ذكر', 'أفاد', 'أعلنت')))} {nm2} أن "
                f"{self.pick(('الوزير', 'الرئيس', 'المحافظ', 'الوزيرة'))} "
                f"{self.pick(_VERB_OBJECTS20)}"
                f"، {self.pick(('مشيرا إلى', 'معتبرا', 'مضيفا', 'مؤكدة', 'قائلا'))} {that} {q}"
            )
        elif k == 9:  # a post's genitive, its adjectives, a common definite object
            s = (
                f"{self.wf(self.pick(('قدم', 'انتقد', 'جدد', 'وجه', 'زار')))} "
                f"{self.pick(('رئيس النادي', 'رئيس الحزب', 'رئيس الاتحاد', 'وزير الصحة'))} "
                f"{self.pick(('الأهلي', 'الديمقراطي', 'التونسي', 'الوطني'))}"
                f"{self.pick((' الكردي', ' المصري', ' الانتقالي', ''))}"
                f"{self.pick((' ' + nm, ''))} "
                f"{self.pick(('الشكر للجماهير', 'القرار', 'الدعوة', 'المستشفى', 'التهنئة'))}"
                f"{self.pick(('، ', ' ', sep))}{and_said} {that} {q}"
            )
        elif k == 10:  # a broken plural of things as a subject
            s = (
                f"{said} {who} {self.pick(('إن', 'أن'))} "
                f"{self.pick(_THING_PLURALS20)}{self.pick((' الأولية', ' كلها', ''))} "
                f"{self.pick(('تشير إلى أن', 'تؤكد', 'تقول', 'أكدت', ':'))} {q}"
            )
        elif k == 11:  # خطاب, a family name or an occasion of words
            s = self.pick(
                (
                    f"{self.wf(self.pick(('قال', 'أضاف', 'أكد')))} خطاب"
                    f"{self.pick((': ', ' أن ', ' في مؤتمر صحفي أن ', ' إن '))}{q}",
                    f"{self.wf(self.pick(('جاء في', 'تابع الرئيس في', 'ألقى الوزير')))} "
                    f"{self.pick(('خطاب', 'خطابا', 'خطاب الرئيس'))}"
                    f"{self.pick((': ', ' قال فيه ', ' '))}{q}",
                )
            )
        elif k == 12:  # a post in construct with a country in يا, a name in ى
            s = (
                f"{self.wf(self.pick(('قالت', 'قال', 'أكدت')))} "
                f"{self.pick(('سفيرة', 'سفير', 'قنصل', 'وزير خارجية', 'مسؤول'))} "
                f"{self.pick(('بوليفيا', 'كولومبيا', 'سوريا', 'ماليزيا', 'أمريكي', 'دبي'))} "
                f"{self.pick(('سلمى', 'سامي', 'ليلى', 'هدى', 'رفيع', 'منى', 'يحيى'))}"
                f"{self.pick((' ' + fam, ''))} {that} {q}"
            )
        elif k == 13:  # a source (وفقا لـ, بحسب) up to ten words after the verb
            s = (
                f"{said} {who}"
                f"{self.pick((' للصحافيين', ' للصحفيين في مقر السفارة بالعاصمة', '', ' أمس'))}"
                f"{self.pick((' ', '، '))}"
                f"{self.pick(('وفقا لما نقلته', 'بحسب', 'وفقا لـ', 'وفقا ل', 'طبقا لما نقلته'))}"
                f"{self.pick((' ', ''))}{self.pick(('وكالة ' + fam, 'البرقية', 'النائب ' + nm2))}"
                f"{self.pick((': ', ' ', '، فإن '))}{q}"
            )
        elif k == 14:  # a bare title put first, a past verb before a preposition
            s = (
                f"{self.pick(('', 'أن ', 'وأوضح المصدر أن '))}"
                f"{self.pick(('الوزير', 'الرئيس', 'الوزيرة', 'المحافظ'))} "
                f"{self.pick(_VERB_PREPS20)}"
                f"{self.pick(('، حيث قال ', '، وقال ', ' قال ', '، مضيفا '))}{that} {q}"
            )
        elif k == 15:  # the states, governments and peoples called on after a title
            s = (
                f"{self.wf(self.pick(('حمل', 'حمّل', 'دعا', 'طالب', 'شكر', 'دعت')))} "
                f"{self.pick((title, 'وزير الخارجية المصري', title + ' ' + nm))} "
                f"{self.pick(('دول', 'حكومات', 'شعوب', 'لدول'))} "
                f"{self.pick(('الجوار', 'العالم', 'المنطقة', 'الخليج'))}"
                f"{self.pick((' مسؤولية التصعيد', ' إلى التهدئة', ' بـ', ''))}"
                f"{self.pick(('، ', ' ', sep))}{and_said} {that} {q}"
            )
        elif k == 16:  # a relay's عنه after a relayer in construct with a person
            pron = self.pick(("عنها", "عنهم") if fem else ("عنه", "عنه", "عنها"))
            s = (
                f"{self.wf(self.pick(('نقل', 'نقلت', 'ونقل')))} "
                f"{self.pick(('زوار', 'مكتب', 'مقربون من', 'أوساط'))} "
                f"{self.pick((who, 'رئيس الحكومة ' + nm, nm, 'رئيس الكتلة النيابية'))} "
                f"{pron} {self.pick(('قوله', 'قولها', 'أن', 'إن', ''))} {q}"
            )
        elif k == 17:  # a verb of revealing after a relative with عنه/عنها
            s = (
                f"{self.pick(('وفي تعليقه على', 'ردا على', 'وعن', 'وقال بشأن'))} "
                f"{self.pick(('الوثائق', 'البرقية', 'الملف', 'التسريبات'))} "
                f"{self.pick(('التي', 'الذي'))} "
                f"{self.pick(('كشفت', 'كشف', 'أعلن', 'أفصح', 'قال'))} "
                f"{self.pick(('عنها', 'عنه', 'فيها', 'أن'))} "
                f"{self.pick(('لجنة التحقيق', 'موقع ويكيليكس', nm2, 'الصحيفة'))} {q}{sep}"
                f"{self.wf(self.pick(('تابع', 'أضاف', 'تابعت')))} {q2}"
            )
        elif k == 18:  # a call, a demand, a promise with the subject's pronoun
            s = (
                f"{self.wf(self.pick(('جدد', 'كرر', 'جددت', 'أطلق')))} {who} "
                f"{self.pick(_APPEALS20)} "
                f"{self.pick(('للمواطنين', 'بالإفراج عنهم', 'للحكومة', ''))}"
                f"{self.pick(('، ', ' ', sep))}{and_said} {that} {q}"
            )
        elif k == 19:  # a post said in full, then short
            head = self.pick(("رئيس", "مدير", "رئيسة"))
            s = (
                f"{said} {head} {self.pick(_LONG_POSTS20)} {full} {that} {q}{sep}"
                + "".join(
                    f"{self.wf('قال')} {self.name18()} {that} {self.quote()}{sep}"
                    for _ in range(self.r.randint(0, 3))
                )
                + f"{self.wf(self.pick(('أضاف', 'تابع', 'قال')))} {head} "
                f"{self.pick(_SHORT_POSTS20)}"
                f" {that} {q2}"
            )
        elif k == 20:  # a name outside speech between a bare title and its head's post
            t = self.pick(("البابا", "الرئيس", "المحافظ", "الوزير"))
            s = (
                f"{self.wf(self.pick(('ترأس', 'زار', 'تفقد', 'استقبل')))} {t} {full} "
                f"{self.pick(('بابا الكنيسة', 'رئيس جمهورية', 'محافظ البصرة', 'رئيس الوزراء'))} "
                f"{self.pick(('القبطية', 'مالي', 'المصري', ''))}"
                f"{self.pick(('، ', ' '))}{self.pick(('قداس العيد', 'مقر الوزارة', 'المستشفى'))}"
                f"{sep}{self.wf('قال')} {t} {self.pick((first, fam, full))} {that} {q}"
            )
        elif k == 21:  # a family name opening with a link, in a headline, then in full
            link = self.pick(("ولد", "بن", "أبو", "بنت", "ابنته"))
            s = (
                f"{self.pick(('رئيس الحزب', 'الوزير', 'زعيم المعارضة'))} {link} {fam}: {q}\n"
                f"{said} {self.pick(('رئيس حزب التجمع', 'الوزير', 'ابنته'))} "
                f"{self.pick(_FIRST_M)} {link} {fam}، {that} {q2}"
            )
        elif k == 22:  # dev19d: a charge in marks, initials in marks, إنّ's subject before marks
            s = self.pick(
                (
                    f"{said} {who} إن {self.pick(('المتهم', 'الصحفي'))} "
                    f"{self.pick(('اعتقل بتهمة', 'يواجه تهمة', 'حوكم بتهم'))} {q}",
                    f"{said} {who} {that} {o}{self.pick(('بي بي سي', 'سي إن إن', 'إف بي آي'))}{c} "
                    f"{self.content(True)}",
                    f"{said} {who}، {self.pick(('نقلا عن', 'في مؤتمر صحفي', 'بحسب'))}"
                    f"{self.pick((' ' + nm2, ''))}: إن "
                    f"{self.pick(('الضربات على', 'العقوبات على', ''))} "
                    f"{self.pick(('الحركة', 'الحزب', 'الجمعية'))} {q}"
                    f"{self.pick(('، ثم ' + self.content(True), ''))}",
                )
            )
        elif k == 23:  # dev19d: papers dated together, then one of them
            s = (
                f"{self.wf(self.pick(('تعود', 'ترجع')))} "
                f"{self.pick(('هذه البرقيات', 'البرقيات', 'برقية'))} "
                f"{self.pick(('إلى عام 2006', 'إلى ' + self.date(), 'مؤرخة في ' + self.date()))}"
                f"{sep}"
                f"{self.pick(_ONE_OF_THEM20)} "
                f"{who} {self.pick(('قوله', 'إن', ''))} {q}"
            )
        else:  # dev19e: a fronted, dated occasion; words said today about a cable
            s = self.pick(
                (
                    f"{self.pick(('وفي', 'وخلال', 'وأثناء', 'ومنذ'))} "
                    f"{self.pick(_OCCASIONS20)} "
                    f"{self.pick(('يوم', 'في', ''))} {self.date()}، {said} {who} {that} {q}{sep}"
                    f"{self.wf(self.pick(('أضاف', 'تابع')))} {q2}",
                    f"{said} {who} {self.pick(('اليوم', 'أمس', ''))} "
                    f"{self.pick(_ABOUT_CABLE20)} "
                    f"{q}",
                )
            )
        return self.spell18(s) + self.pick((".", ".", "", "؟", "…", "\n", " "))

    # -- sentence21 (fuzz21) ------------------------------------------------

    def dual_date21(self) -> str:
        """A date whose month is written with both its names (Levantine and
        Gregorian, Maghrebi and Gregorian), in brackets, after a slash or a
        dash, sometimes in Arabic-Indic digits or with a Hijri date."""
        day, year = str(self.r.randint(1, 31)), str(self.r.choice((2008, 2009, 2010, 2011)))
        month = self.pick(_DUAL_MONTHS21)
        k = self.r.randrange(6)
        if k == 0:
            d = f"{day} {month} {year}"
        elif k == 1:
            d = f"شهر {month} من عام {year}"
        elif k == 2:
            d = f"{self.pick(_WEEKDAYS)} {day} {month} {year}"
        elif k == 3:
            hijri = f"{self.r.randint(1, 29)} {self.pick(_HIJRI_MONTHS)} 1431 هـ"
            d = f"{hijri} الموافق {day} {month} {year}"
        elif k == 4:
            d = f"{self.pick(('مطلع', 'أواخر', 'منتصف', 'نهاية'))} {month} {year}"
        else:
            d = f"{day} {month}"
        if self.maybe(0.25):
            d = d.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
        return d

    def nested21(self) -> str:
        """Words in marks holding other words in marks, two or three deep,
        of one family or of several, some never closed."""
        o, c = self.pick(_MARK_PAIRS)
        o2, c2 = self.pick(_MARK_PAIRS)
        inner = f"{o2}{self.content(True)}{self.pick((c2, c2, c2, ''))}"
        if self.maybe(0.3):
            o3, c3 = self.pick(_MARK_PAIRS)
            inner = (
                f"{o2}{self.content(True)} {o3}{self.content(True)}{c3} {self.content(True)}{c2}"
            )
        return (
            f"{o}{self.content(True)} {self.pick(('قال لي', 'قالوا لنا', 'يقول', ':', ''))} "
            f"{inner} {self.content(True)}{self.pick((c, c, c, '', c + c))}"
        )

    def sentence21(self, k: int | None = None) -> str:
        """Arabic news writing the earlier templates did not hold (fuzz21):
        attribution relayed through two or three hands, marks nested two or
        three deep, months with both names, cable references, long lists of
        names and posts, unbalanced marks, long paragraphs with no stop and
        digits of both scripts mixed; ``k`` picks one (the growth check
        reads each alone)."""
        fem = self.maybe(0.35)
        nm, nm2 = self.name18(fem), self.name18()
        first, fam = self.pick(_FIRST_F if fem else _FIRST_M), self.pick(_FAMILY)
        full = f"{first} {fam}"
        q, q2 = self.quote(), self.quote()
        that = self.pick(_THAT)
        said = self.wf("قالت" if fem else "قال")
        title = self.pick(_TITLES_F if fem else _TITLES_M)
        sep = self.pick((". ", ".\n", "\n", " ", "", "\n\n", "، "))
        who = self.pick((title + " " + nm, nm, full, title, f"{full}، {title}،"))
        if k is None:
            k = self.r.randrange(SENTENCE21_TEMPLATES)
        if k == 0:  # a relay through two or three hands
            hands = " ".join(
                f"{self.pick(_RELAY_LINKS21)} {self.pick(_RELAYERS21)}"
                for _ in range(self.r.randint(1, 3))
            )
            s = (
                f"{self.wf(self.pick(('نقلت', 'نقل', 'أوردت', 'ذكرت')))} "
                f"{self.pick(_RELAYERS21)} {hands} عن {who} "
                f"{self.pick(('قوله', 'قولها', 'تأكيده', 'أن', 'إن', ''))}"
                f"{self.pick((': ', ' '))}{q}"
            )
        elif k == 1:  # a relay set in commas inside the speaker's sentence
            s = (
                f"{self.wf(self.pick(('أضاف', 'أكد', 'أضافت', 'تابع')))} {who}"
                f"{self.pick(_RELAYED_BY21)}{self.pick(_RELAYERS21)}"
                f"{self.pick((' ' + self.pick(_RELAY_LINKS21) + ' ' + self.pick(_RELAYERS21), ''))}"
                f"{self.pick(('، ', ' ', '،'))}{that} {q}"
            )
        elif k == 2:  # words in marks holding words in marks
            s = self.pick(
                (
                    f"{said} {who}{self.pick((': ', ' ', '، '))}{that} {self.nested21()}",
                    f"{self.nested21()}، {said} {who}",
                    f"{said} {who} إن {nm2} {self.pick(('قال له', 'أبلغه', 'كتب له'))}: "
                    f"{self.nested21()}",
                )
            )
        elif k == 3:  # a month with both its names
            s = self.pick(
                (
                    f"{self.pick(('وفي', 'في', 'ويوم', 'وبتاريخ'))} {self.dual_date21()}، "
                    f"{said} {who} {that} {q}",
                    f"{said} {who} {self.pick(('في', 'يوم', 'بتاريخ', ''))} "
                    f"{self.dual_date21()} {that} {q}",
                    f"{self.pick(('تعود البرقية إلى', 'في برقية مؤرخة في', 'وفي وثيقة بتاريخ'))} "
                    f"{self.dual_date21()}{self.pick(('، ', ' '))}{said} {who} {that} {q}",
                )
            )
        elif k == 4:  # a cable reference told by its number
            ref = self.pick(_CABLE_REFS21)
            s = self.pick(
                (
                    f"{self.wf(self.pick(('جاء في', 'وبحسب', 'يقول', 'تقول')))} "
                    f"{self.pick(_CABLE_HEADS21)} {ref}{self.pick((')', '', '،'))} "
                    f"{self.pick(('المؤرخة في ' + self.dual_date21(), 'الصادرة عن السفارة', ''))}"
                    f"{self.pick((': ', ' إن ', ' أن ', '، '))}{q}",
                    f"{said} {who}، {self.pick(('بحسب', 'وفق', 'حسب'))} "
                    f"{self.pick(_CABLE_HEADS21)} {ref}{self.pick((': ', ' '))}{that} {q}",
                    f"({ref}) {self.pick(_CLASSIFIED21)} {said} {who} {that} {q}",
                    f"{q} ({self.pick(('المرجع', 'البرقية', 'رقم'))}: {ref})",
                )
            )
        elif k == 5:  # a long list of names and posts, then one of them speaks
            n = self.r.randint(3, 25)
            members = [
                self.pick(
                    (
                        f"{self.pick(_LIST_TITLES21)} {self.name18()}",
                        f"{self.name18()}، {self.pick(_LIST_TITLES21)}،",
                        f"{self.name18()} ({self.pick(_LIST_TITLES21)})",
                        f"{self.name18()} - {self.pick(_LIST_TITLES21)} -",
                        self.name18(),
                    )
                )
                for _ in range(n)
            ]
            s = (
                f"{self.wf(self.pick(('حضر', 'شارك في', 'وقع على')))} "
                f"{self.pick(('اللقاء', 'الاجتماع', 'البيان', 'العريضة'))} "
                f"{self.pick(('كل من ', '', 'كلا من '))}"
                + self.pick((" و", "، و", "، ")).join(members)
                + f"{sep}{self.wf(self.pick(('قال', 'أضاف', 'قالوا', 'أكدوا')))} "
                f"{self.pick(('الأخير', 'أولهم', self.pick(_LIST_TITLES21), nm, 'الموقعون'))} "
                f"{that} {q}"
            )
        elif k == 6:  # a list of speakers each with its post, then a plural verb
            n = self.r.randint(2, 8)
            s = (
                self.pick(("، ", " و", "، و")).join(
                    f"{self.name18()}، {self.pick(_LIST_TITLES21)}" for _ in range(n)
                )
                + self.pick(("، ", " "))
                + f"{self.wf(self.pick(('قالوا', 'أكدوا', 'اعتبروا', 'قالا')))} "
                f"{self.pick(('في بيان مشترك', 'للصحفيين', ''))} {that} {q}"
            )
        elif k == 7:  # marks left open, closed twice, or closing first
            o, c = self.pick(_MARK_PAIRS)
            body, body2 = self.content(), self.content(True)
            s = self.pick(
                (
                    f"{said} {who} {that} {o}{body} {o}{body2}",
                    f"{said} {who} {that} {body}{c} {body2}{c}",
                    f"{c}{body}{o} {said} {who}",
                    f"{said} {who}: {o}{o}{body}{c} {body2}",
                    f"{o}{body}{sep}{said} {who} {that} {q}",
                    f"{said} {who} {that} {o}{body}{c}{c}{c} {o}",
                    f"{o} {c} {said} {who} {o}{c}{that} {q}",
                )
            )
        elif k == 8:  # a long paragraph with no stop
            parts = []
            for _ in range(self.r.randint(4, 20)):
                parts.append(
                    self.pick(
                        (
                            f"{self.wf(self.pick(('قال', 'أضاف', 'أكد', 'تابع')))} "
                            f"{self.pick((who, 'الوزير', nm2))} {that} {self.quote(True)}",
                            f"{self.pick(('مشيرا إلى', 'ولفت إلى', 'مؤكدا'))} "
                            f"{that} {self.content()}",
                            f"{self.pick(('وذلك', 'حيث', 'في حين', 'بينما', 'ثم'))} "
                            f"{self.content()}",
                            f"{self.wf('أضاف')} {self.quote()}",
                        )
                    )
                )
            s = self.pick(("، ", " ", " و", "، ثم ")).join(parts)
        elif k == 9:  # digits of both scripts in the words and around them
            digits = " ".join(self.pick(_MIXED_DIGITS21) for _ in range(self.r.randint(1, 4)))
            o, c = self.pick(_MARK_PAIRS)
            s = self.pick(
                (
                    f"{said} {who} {self.pick(('في', 'يوم', ''))} {digits} {that} {q}",
                    f"{said} {who} {that} {o}{self.content(True)} {digits} {self.content(True)}{c}",
                    f"{digits} - {said} {who}: {q}",
                    f"{self.pick(_PLACES)} {digits} {self.pick(_AGENCIES)} {said} {who} {that} {q}",
                )
            )
        elif k == 10:  # a speaker relaying another's words in his own
            s = (
                f"{said} {who} {self.pick(('إن', 'أن', ''))} {nm2} "
                f"{self.pick(('أبلغه', 'قال له', 'أكد له', 'أسر له', 'نقل عنه قوله'))}"
                f"{self.pick((': ', ' إن ', ' أن ', ' '))}{q}"
                f"{self.pick(('، ' + self.pick(('مضيفا', 'وأضاف', 'وتابع')) + ' ' + q2, ''))}"
            )
        elif k == 11:  # a headline with its outlet glued with لـ, a dual-month dateline
            s = (
                f"{self.pick((who, nm, title))} "
                f"{self.pick(('لـ«', 'لـ' + chr(34), 'ل'))}"
                f"{self.pick(('الشروق', 'الخبر', 'هسبريس'))}"
                f"{self.pick(('»', chr(34), ''))}: {q}\n"
                f"{self.pick(_PLACES)} - {self.dual_date21()} "
                f"{self.pick(_AGENCIES)} {said} {who} {that} {q2}"
            )
        elif k == 12:  # a cable's header lines, Latin and Arabic, then a paragraph
            s = (
                "\n".join(self.pick(_CLASSIFIED21) for _ in range(self.r.randint(1, 5)))
                + f"\n{self.pick(_CABLE_REFS21)} {self.dual_date21()}\n"
                + f"¶{self.r.randint(1, 9)}. {self.pick(('(C)', '(S)', '(SBU)', ''))} "
                f"{said} {who} {that} {q}"
            )
        else:  # a relay named by its pronoun after a long list of titles
            s = (
                f"{self.wf(self.pick(('التقى', 'استقبل')))} {who} "
                + " و".join(
                    f"{self.pick(_LIST_TITLES21)} {self.name18()}"
                    for _ in range(self.r.randint(2, 6))
                )
                + f"{sep}{self.wf(self.pick(('نقل', 'نقلت')))} "
                f"{self.pick(('عنه', 'عنها', 'عنهم'))} {self.pick(_RELAYERS21)} "
                f"{self.pick(('قوله', 'قولها', 'أن', ''))} {q}"
            )
        return self.spell18(s) + self.pick((".", ".", "", "؟", "…", "\n", " "))

    # -- sentence22 (fuzz22) ------------------------------------------------

    def sentence22(self, k: int | None = None) -> str:
        """Arabic news writing the earlier templates did not hold (fuzz22):
        interviews in questions and answers, a question asked then answered,
        marks nested in brackets and in marks of other families, lists of
        speakers and transcripts of who said what, tables of a cable's
        fields, a headline with its dateline and body, Latin names, quotes
        and datelines among Arabic words, a quote cut by its speaker; ``k``
        picks one (the growth check reads each alone)."""
        r = self.r
        fem = self.maybe(0.35)
        nm, nm2 = self.name18(fem), self.name18()
        full = f"{self.pick(_FIRST_F if fem else _FIRST_M)} {self.pick(_FAMILY)}"
        q, q2 = self.quote(), self.quote()
        that = self.pick(_THAT)
        said = self.wf("قالت" if fem else "قال")
        title = self.pick(_TITLES_F if fem else _TITLES_M)
        o, c = self.pick(_MARK_PAIRS)
        sep = self.pick((". ", ".\n", "\n", " ", "", "\n\n", "، "))
        who = self.pick((title + " " + nm, nm, full, title, f"{full}، {title}،"))
        if k is None:
            k = r.randrange(SENTENCE22_TEMPLATES)
        if k == 0:  # an interview: questions and answers, marked at line starts
            intro = self.pick(
                (
                    f"وفي حوار مع {self.pick(_RELAYERS21)}، {said} {who}:",
                    f"{self.pick(_RELAYERS21)} تحاور {who}",
                    f"حاوره: {self.name18()}",
                    "",
                )
            )
            lines = [intro] if intro else []
            for _ in range(r.randint(1, 5)):
                lines.append(
                    f"{self.pick(_ASKERS22)}{self.pick((': ', ' ', ':', ''))}"
                    f"{self.pick(_QUESTIONS22)}{self.pick(('؟', '?', '', '؟؟'))}"
                )
                lines.append(
                    f"{self.pick(_ANSWERERS22)}{self.pick((': ', ' ', ':', ''))}"
                    f"{self.pick((self.content(), self.quote(), that + ' ' + self.quote()))}"
                )
            s = self.pick(("\n", "\n\n", " ")).join(lines)
        elif k == 1:  # a question asked in the narrative, then the answer
            s = self.pick(
                (
                    f"{self.pick(_ASKED22)} {self.pick(_THINGS)}، {self.pick(_ANSWERED22)} "
                    f"{who}{self.pick((': ', ' ', ' ب'))}{q}",
                    f"{self.pick(_ASKED22)} {self.pick(_QUESTIONS22)}، "
                    f"{self.pick(_ANSWERED22)}{self.pick((': ', ' '))}{q}",
                    f"{o}{self.pick(_QUESTIONS22)}؟{c} {self.pick(('سأل', 'سألت', 'تساءل'))} "
                    f"{self.pick(_RELAYERS21)}، {self.pick(('فأجاب', 'فرد', 'فقالت'))} {who}: {q2}",
                    f"{said} {who} ردا على سؤال {o}{self.pick(_QUESTIONS22)}؟{c}: {q}",
                )
            )
        elif k == 2:  # marks inside brackets inside marks, and brackets in marks
            b, e = self.pick(_BRACKETS22)
            o2, c2 = self.pick(_MARK_PAIRS)
            inner = f"{b}{self.content(True)} {o2}{self.content(True)}{c2}{e}"
            s = self.pick(
                (
                    f"{said} {who} {that} {o}{self.content(True)} {inner} {self.content(True)}{c}",
                    f"{said} {who} {b}{self.pick(_TITLES_M)}{e} {that} {o}{self.content()}{c}",
                    f"{o}{self.content(True)} {b}{said} {who}{e} {self.content(True)}{c}",
                    f"{said} {who}: {o}{self.content(True)} {o2}{b}{self.content(True)}{e}{c2}{c}",
                    f"{b}{o}{self.content()}{c}{e}، {said} {who}",
                )
            )
        elif k == 3:  # a list of speakers, then one verb for all
            n = r.randint(2, 12)
            names = [
                self.pick(
                    (
                        f"{self.pick(_LIST_TITLES21)} {self.name18()}",
                        self.name18(),
                        f"{self.name18()} ({self.pick(_LIST_TITLES21)})",
                        self.pick(_LATIN_NAMES22),
                    )
                )
                for _ in range(n)
            ]
            joined = self.pick((" و", "، و", "، ", " - ")).join(names)
            s = self.pick(
                (
                    f"{self.wf(self.pick(('قال', 'أكد', 'اعتبر')))} كل من {joined} {that} {q}",
                    f"{joined}{self.pick(('، ', ' '))}"
                    f"{self.wf(self.pick(('قالوا', 'أكدوا', 'قالا', 'اتفقوا على')))} {that} {q}",
                    f"{q}، {self.pick(('قال', 'بحسب', 'أكد'))} {joined}",
                    f"{self.pick(_ASKED22)} {self.pick(_THINGS)}، {self.pick(('أجمع', 'اتفق'))} "
                    f"{joined} على {that} {q}",
                )
            )
        elif k == 4:  # a transcript: speakers at line starts
            lines = [f"{self.pick(_PANELS22)}:"] if self.maybe(0.5) else []
            for _ in range(r.randint(2, 8)):
                speaker = self.pick(
                    (
                        self.name18(),
                        f"{self.pick(_LIST_TITLES21)} {self.name18()}",
                        f"{self.name18()} ({self.pick(_LIST_TITLES21)})",
                        self.pick(_LATIN_NAMES22),
                        self.pick(_ANSWERERS22),
                    )
                )
                lines.append(
                    f"{self.pick(('- ', '• ', '', '* '))}{speaker}"
                    f"{self.pick((': ', ':', ' : ', ' - ', '، '))}"
                    f"{self.pick((self.quote(), self.content(), o + self.content() + c))}"
                )
            s = self.pick(("\n", "\n\n", " ")).join(lines)
        elif k == 5:  # a table of a cable's fields, then its paragraphs
            fields = [self.pick(_CABLE_FIELDS22) for _ in range(r.randint(2, 7))]
            fsep = self.pick(_FIELD_SEPS22).replace("\\t", "\t").replace("\\n", "\n")
            table = "\n".join(f"{a}{fsep}{b}" for a, b in fields)
            if self.maybe(0.3):
                table = "\n".join(f"| {a} | {b} |" for a, b in fields)
            s = (
                f"{table}\n{self.pick(('', '¶1. ', '1. ', '(C) ', '---- '))}"
                f"{said} {who} {that} {q}{sep}{self.pick(('', '2. ', '¶2. '))}"
                f"{self.wf('أضاف')} {that} {q2}"
            )
        elif k == 6:  # a headline, its dateline, the body
            place, date = self.pick(_PLACES), self.pick((self.date(), self.dual_date21()))
            headline = self.pick(
                (
                    f"{self.pick((title, nm, full))}: {q}",
                    f"{self.pick((title, nm))} {self.pick(('يؤكد', 'يحذر', 'تنفي'))} {that} "
                    f"{self.content(True)}",
                    f"{o}{self.content(True)}{c}.. {self.pick((title, nm))}",
                    f"{self.pick(('عاجل', 'بالفيديو', 'حصري'))} | {self.pick((title, nm))}: {q}",
                )
            )
            dateline = self.pick(
                (
                    f"{place} - {date} {self.pick(_AGENCIES)}",
                    f"{place} ({self.pick(_AGENCIES)}) -",
                    f"{place}، {date} -",
                    self.pick(_LATIN_DATELINES22),
                    f"{place} - {self.pick(('مراسلنا', 'خاص', 'كتب ' + self.name18()))}",
                )
            )
            s = (
                f"{headline}{self.pick(_HEADLINE_BREAKS22)}{dateline}"
                f"{self.pick(_BREAK_OR_SPACE)}{said} {who} {self.pick(_ADDRESSEES)} {that} {q2}"
            )
        elif k == 7:  # Latin words and quotes among Arabic ones
            lq = self.pick(_LATIN_QUOTES22)
            ln = self.pick(_LATIN_NAMES22)
            lo, lc = self.pick((('"', '"'), ("«", "»"), ("“", "”"), ("« ", " »"), ("'", "'")))
            s = self.pick(
                (
                    f"{said} {who} {self.pick(('بالإنجليزية', 'بالفرنسية', ''))}: {lo}{lq}{lc}",
                    f"{said} {ln} {that} {o}{self.content(True)} {lq} {self.content(True)}{c}",
                    f"{ln} ({self.pick(_LIST_TITLES21)}) {said}: {lo}{lq}{lc}، "
                    f"{self.pick(('أي', 'ومعناها', 'وترجمتها'))} {o}{self.content(True)}{c}",
                    f"{said} {who} {that} {lo}{lq}{lc} {self.pick(('كما قال', 'بحسب تعبير'))} {ln}",
                    f"{lo}{lq}{lc}, {self.pick(('said', 'dit'))} {ln}. {said} {who} {that} {q}",
                    f"{said} {who} {that} {o}{self.content(True)} ({lq}) {self.content(True)}{c}",
                )
            )
        elif k == 8:  # a quote cut by its speaker
            s = self.pick(
                (
                    f"{o}{self.content()}{c}، {said} {who}، {o}{self.content()}{c}",
                    f"{o}{self.content()}، {said} {who}، {self.content()}{c}",
                    f"{o}{self.content()}{c} - {said} {who} - {o}{self.content()}{c}",
                    f"{o}{self.content()}{c}، {self.wf('أضاف')} {who}، "
                    f"{self.pick(_PARTICIPLES)}: {q2}",
                )
            )
        elif k == 9:  # a table of who said what
            head = self.pick(("| الاسم | المنصب | التصريح |", "الاسم\tالمنصب\tالتصريح", ""))
            rows = [
                f"| {self.name18()} | {self.pick(_LIST_TITLES21)} | {self.quote(True)} |"
                if self.maybe(0.5)
                else f"{self.name18()}\t{self.pick(_LIST_TITLES21)}\t{self.quote(True)}"
                for _ in range(r.randint(1, 8))
            ]
            s = "\n".join(([head] if head else []) + rows)
        elif k == 10:  # a question in the headline, the answer in the body
            s = (
                f"{self.pick(_QUESTIONS22)}؟ {self.pick((title, nm, full))} "
                f"{self.pick(('يجيب', 'تجيب', 'يرد'))}{self.pick(_ANSWER_SEPS22)}{q}"
                f"{sep}{said} {who} {self.pick(('ردا على ذلك', 'في جوابه', ''))} {that} {q2}"
            )
        elif k == 11:  # numbered questions and answers
            lines = []
            for i in range(1, r.randint(2, 6)):
                lines.append(
                    f"{self.pick((str(i), chr(0x660 + i)))}{self.pick(('- ', '. ', ') '))}"
                    f"{self.pick(_QUESTIONS22)}؟"
                )
                lines.append(
                    f"{self.pick(('- ', '', '— '))}{self.pick((self.quote(), self.content()))}"
                )
            s = f"{said} {who} {self.pick(('في حواره', 'ردا على أسئلتنا', ''))}:\n" + "\n".join(
                lines
            )
        elif k == 12:  # a quote nested in another speaker's quote, with a relay
            s = self.pick(
                (
                    f"{said} {who}: {o}{self.content(True)} {said} لي {nm2}: "
                    f"{self.quote(True)} {self.content(True)}{c}",
                    f"{said} {who} {that} {nm2} {self.pick(('أبلغه', 'قال له'))} {o}"
                    f"{self.content(True)} {self.pick(_LATIN_QUOTES22)}{c}، "
                    f"{self.wf('أضاف')}: {q2}",
                    f"{o}{self.content(True)} {self.quote(True)}{c}{self.pick(('،', ''))} "
                    f"{said} {who} {self.pick(('نقلا عن', 'على لسان'))} {nm2}",
                )
            )
        else:  # a speaker's line in a mixed Latin and Arabic cable paragraph
            ln = self.pick(_LATIN_NAMES22)
            s = (
                f"¶{r.randint(1, 9)}. ({self.pick(('C', 'S', 'SBU', 'U'))}) {ln} "
                f"{self.pick(('told', 'said to'))} {self.pick(('the Ambassador', 'PolOff'))} "
                f"{self.pick(('that', ''))} {self.pick(_LATIN_QUOTES22)}. "
                f"{said} {who} {that} {q}"
            )
        return self.spell18(s) + self.pick((".", ".", "", "؟", "…", "\n", " "))

    # -- sentence23 (fuzz23) ------------------------------------------------

    def sentence23(self, k: int | None = None) -> str:
        """The constructions the first and second sessions of 2026-12-06
        read (fuzz23): a possessed title set off by commas, a participle of
        belonging or an elative after a post's body, the residents of a
        place glued to لـ, a gathering's year, a colon after أنّ and after
        an adverbial أنْ, a noun of words before marks, unclosed openers
        with a comma and a participle, a body known as, a caption or a name
        in brackets after a post, nouns with "our", a father named after a
        word of lineage and misspelt names, slashed titles and a post's
        kind, كان clauses and أمامه, a teller's that-clause under a page
        stamp, a business group and armed forces; ``k`` picks one (fuzz23's
        growth test reads two alone, k 0 and 11; the fifteen were read so
        once in the session, 4.2-4.5 times the lines from 40 to 160
        sentences)."""
        r = self.r
        fem = self.maybe(0.3)
        nm, nm2 = self.name18(fem), self.name18()
        family = self.pick(_FAMILY)
        full = f"{self.pick(_FIRST_F if fem else _FIRST_M)} {family}"
        q, q2 = self.quote(), self.quote()
        that = self.pick(_THAT)
        said = self.wf("قالت" if fem else "قال")
        title = self.pick(_TITLES_F if fem else _TITLES_M)
        o, c = self.pick(_MARK_PAIRS)
        sep = self.pick((". ", ".\n", "\n", " ", "", "، "))
        body = self.pick(_BODIES)
        if k is None:
            k = r.randrange(SENTENCE23_TEMPLATES)
        if k == 0:  # a possessed title in commas before a name, then the name says
            s = (
                self.pick(
                    (
                        f"{self.pick(('عقدت', 'نظمت', 'أعلنت'))} {body} مؤتمرها، "
                        f"{self.pick(('وألقى', 'ويظهر', 'وقال'))} {self.pick(_POSSESSED)}"
                        f"{self.pick(('، ', ' '))}{full}، {self.pick(('كلمة', 'وهو يبتسم', 'إن'))}",
                        f"{body}: {self.pick(_POSSESSED)} {self.pick(_POSSESSED_ADJ)}، {full}، "
                        f"{self.pick(('يؤكد', 'أكد', 'قال'))} {that} {q}",
                        f"{self.pick(('وأكد', 'وشدد'))} {self.pick(_POSSESSED)}، {full}، {that} "
                        f"{q}",
                    )
                )
                + f"{sep}{self.wf(self.pick(('قال', 'أضاف', 'قالت')))} {family}: {q2}"
            )
        elif k == 1:  # a participle of belonging after a post's body, a name in commas
            unit = self.pick(_UNITS23)
            s = self.pick(
                (
                    f"{said} {self.pick(('قائد', 'القائد الميداني لـ', 'آمر', 'قائدة'))}"
                    f"{self.pick((' ', ''))}{unit} {self.pick(_BELONGING23)}، "
                    f"{self.pick(_HONORIFICS)} {full}، {that} {q}",
                    f"{said} {self.pick(('القيادي في', 'المسؤول في'))} {unit} "
                    f"{self.pick(_BELONGING23)}{self.pick(('، ', ' '))}{nm}"
                    f"{self.pick((': ', ' إن '))}{q}",
                    f"{said} قائد {unit} {self.pick(_BELONGING23)} {that} {q}",
                    f"{self.pick(_BELONGING23)}، {full}، {said}: {q}",
                )
            )
        elif k == 2:  # an elative and its noun after a post's body
            s = self.pick(
                (
                    f"{said} {self.pick(_HEADED23)} {self.pick(_ELATIVES23)}"
                    f"{self.pick((':', ' إن', ' أن'))} {q}",
                    f"{self.pick(_HEADED23)} {self.pick(_ELATIVES23)} {full} "
                    f"{self.pick(('يقول', 'يؤكد'))}: {q}",
                    f"{said} {self.pick(_HEADED23)} {body} {self.pick(_ELATIVES23)}، {full}، "
                    f"{that} {q}",
                    f"{q}، {self.pick(('قال', 'بحسب'))} {self.pick(_HEADED23)} "
                    f"{self.pick(_ELATIVES23)}",
                )
            )
        elif k == 3:  # the residents of a place glued to لـ, spoken to
            res = f"{self.pick(_RESIDENTS23)} {self.pick(_RESIDED23)}"
            s = self.pick(
                (
                    f"{title} {res}: {q}",
                    f"{said} {title} {nm} {res} {that} {q}",
                    f"{self.wf(self.pick(('قال', 'أكد', 'تعهد')))} {title} {res} {that} {q}"
                    f"{sep}{self.wf('أضاف')} {title}: {q2}",
                    f"{res} {self.pick(('قالوا', 'يقولون', 'أكدوا'))} {that} {q}",
                )
            )
        elif k == 4:  # a gathering's year, where the words were said or not
            year = str(r.choice((2000, 2019, 2021, 2026, 2030, 1999)))
            gath = f"{self.pick(_AT_GATHERING23)} {self.pick(_GATHERINGS23)} {year}"
            s = self.pick(
                (
                    f"{said} {title} {gath} {that} {q}",
                    f"{self.wf('في')} {gath}{self.pick(('، ', ' '))}{said} {title} {that} {q}",
                    f"{self.pick(_GATHERED23)} {year} {self.pick(_COUNTED23)}، {said} {title}: {q}",
                    f"{self.pick(('كلمته', 'مداخلته'))} {gath}، {self.date()}{sep}{said} {title} "
                    f"{that} {q}",
                    f"{gath} {self.pick(('وقال', 'قال', 'وأكد'))} {title} {that} {q}",
                )
            )
        elif k == 5:  # a colon after أنّ, after بأنّ, after an adverbial أنْ
            s = self.pick(
                (
                    f"{self.pick(('موضحا', 'وأكد النائب', 'وأوضحت الوزيرة', 'مشيرا إلى'))} "
                    f"{self.pick(('أن', 'أنّ', 'بأن', 'بأنّ', 'إن'))} {self.pick(_THINGS)} "
                    f"{self.pick(('تشمل', 'يستهدف', 'تضم', 'يحدد'))} {self.pick(_LISTED23)}: "
                    f"{self.content(True)}، {self.content(True)} و{self.content(True)}",
                    f"{said} {title} {self.pick(_ADVERBIAL23)} {self.pick(_DONE23)}: {q}",
                    f"{said} {title} {that} {self.pick(_THINGS)} {self.pick(('يتضمن', 'تشمل'))}: "
                    f"{q}",
                )
            )
        elif k == 6:  # a noun of words before marks
            op = self.pick(_SAID_OPENERS23)
            s = self.pick(
                (
                    f"{said} {title} {self.pick(('من خلال', 'في', ''))} {self.pick(_WORD_NOUNS23)} "
                    f"{o}{op} {self.content()}{c}",
                    f"{self.pick(_CHANTERS)} {self.pick(('رددوا', 'رفعوا'))} "
                    f"{self.pick(_WORD_NOUNS23)} "
                    f"{o}{op} {self.content(True)}{c}{sep}{said} {title}: {q}",
                    f"{self.pick(_WORD_NOUNS23)} {o}{self.content(True)}{c} "
                    f"{self.pick(('لخصت', 'اختصرت'))} "
                    f"{self.pick(('موقفه', 'موقفها'))}، {that} {q}",
                )
            )
        elif k == 7:  # unclosed openers, a comma and a participle, a far verb
            o2, c2 = self.pick(_MARK_PAIRS)
            s = self.pick(
                (
                    f"{said} {title} {that} {o}{self.content()}، {self.pick(_PARTICIPLES)} "
                    f"{self.pick(('أنهم', 'أنه', 'أن', 'إنها'))} {o2}{self.content()}{c2}",
                    f"{said} {nm} – {title}، {self.date()} "
                    f"{self.pick(('لدى لقائه بممثلي', 'خلال زيارته إلى'))} "
                    f"{self.pick(_PLACES)} – {self.pick(_PLACES)}: {o}{self.content()}\n",
                    f"{said} {title} {nm} {self.pick(('في لقاء', 'بحضور', 'خلال جولة'))} "
                    f"{self.content(True)}، ثم {self.pick(('غادر المكان', 'انسحب'))} تحت "
                    f"{self.pick(('هتافات الغاضبين', 'صيحات المحتجين'))}: {o}{self.content(True)}",
                    f"{self.pick(_PARTICIPLES)}: {self.content()} {c} {self.pick(_PARTICIPLES)} "
                    f"{self.content(True)}",
                )
            )
        elif k == 8:  # a body known as, a founder's name after it
            s = (
                self.pick(
                    (
                        f"{self.pick(('مؤسس موقع', 'رئيس جمعية', 'مديرة مركز'))} {o}"
                        f"{self.content(True)}{c} "
                        f"{self.pick(_KNOWN_AS23)} {full}{self.pick(('، ', ' '))}{said}: {q}",
                        f"{said} {self.pick(('مؤسس', 'صاحب'))} {o}{nm2}{c} {self.pick(_KNOWN_AS23)}"
                        f"{o}{self.content(True)}{c} {that} {q}",
                    )
                )
                + f"{sep}{self.wf('قال')} {family} {that} {q2}"
            )
        elif k == 9:  # a caption or a name in brackets after a post; a short name inside one
            s = self.pick(
                (
                    f"{said} {self.pick(('المدير', 'الوزير', title))} ({self.pick(_CAPTIONS23)}) "
                    f"{that} {q}",
                    f"{said} {self.pick(('الوزير', 'مستشار الأمير', 'المتحدث'))} ({full}) {that} "
                    f"{q}",
                    f"{said} {self.pick(('رئيس هيئة الانتخابات', 'الأمين العام لاتحاد الشغل'))} "
                    f"{self.pick(_SHORT_NAMES23)} {full}{self.pick((' ', '، '))}{that} {q}"
                    f"{sep}{family}: {q2}",
                )
            )
        elif k == 10:  # a noun with "our" after the verb
            s = (
                f"{self.wf(self.pick(('قال', 'أفاد', 'أضاف', 'أكدت')))} {self.pick(_OUR23)} "
                f"{self.pick(_OUR_PLACES23)} {self.pick((that, ':', ''))} {q}"
            )
        elif k == 11:  # a father after a word of lineage; a misspelt family name
            link = self.pick(("بنت", "بن"))
            father = f"{self.pick(_FIRST_M)} بن {self.pick(_FIRST_M)} آل {family}"
            s = self.pick(
                (
                    f"{said} {self.pick(('الشيخة', 'الشيخ', 'السيدة'))} {self.pick(_FIRST_F)} "
                    f"{link} "
                    f"{father}، {title}، {that} {self.pick(('الشيخ', 'الأمير'))} {father}، "
                    f"{self.pick(('ولي العهد', 'رئيس المجلس'))}، {self.pick(('يدعم', 'وجه'))} "
                    f"{self.content(True)}{sep}{self.wf('قالت')} {self.pick(('سموها', 'الشيخة'))}"
                    f": {q}",
                    f"{said} {title} {full} {that} {q}{sep}"
                    f"{self.wf('قال')} {family[:2]}{family[2:3] * 2}{family[3:]} {that} {q2}",
                    f"{said} {full} {that} {q}{sep}{self.wf('قال')} {family[:-1]} {that} {q2}",
                )
            )
        elif k == 12:  # a slashed title; an adjective of the post's kind; a programme
            s = self.pick(
                (
                    f"{said} {self.pick(_SLASHED23)} {full}{self.pick((' ', '، '))}{that} {q}",
                    f"{said} {self.pick(_SLASHED23)} {self.pick(_SLASHED23)} {that} {q}",
                    f"{said} {self.pick(('المسؤول', 'الوزير', 'المتحدث'))} "
                    f"{self.pick(_POST_KINDS23)} "
                    f"{that} {q}",
                    f"{self.pick(('وزير/ة', 'المدير/ة العام/ة'))} {body}: {q}",
                )
            )
        elif k == 13:  # a كان clause, أمامه, a verb's object, a bare title's verb
            s = self.pick(
                (
                    f"{self.pick(('وكان', 'وكانت', 'كان'))} {title} {self.pick(_WAS_DOING23)}، "
                    f"{self.pick(('وقال', 'وقالت', 'قائلا'))}: {q}",
                    f"{q}، {said} {nm}{sep}{self.pick(('وابتسم', 'وكرر', 'وضحك', 'وشرح'))} "
                    f"{title} {self.pick(_WAS_DOING23)}{self.pick((' و', '، و'))}قال: {q2}",
                    f"{self.wf('انتقد')} {title} {full} {self.pick(_THINGS)} "
                    f"{self.pick(('الجديدة', 'السابقة', 'الحالي'))} {self.pick(('وقال', 'قائلا'))}"
                    f": {q}",
                )
            )
        else:  # a teller's that-clause under a page stamp; a business group, armed forces
            s = self.pick(
                (
                    f"{self.pick(('نشر في', 'آخر تحديث:'))} {self.date()} {r.randint(0, 23)}:"
                    f"{r.randint(0, 59):02d}\n{self.wf('أكد')} {self.pick(_TELLERS23)} {nm} "
                    f"أن {title} {self.pick(('قال له', 'أبلغه', 'قال لي'))}: {q}",
                    f"{said} {self.pick(_HELD_IN23)} {o}{self.content(True)}{c}"
                    f"{self.pick(('، ', ' '))}{full}{self.pick(('، ', ' '))}{that} {q}"
                    f"{sep}{self.wf('أضاف')} {family}: {q2}",
                    f"{said} {self.pick(_HELD_IN23)} درع الوطن {self.pick(_SHORT_NAMES23)} {full} "
                    f"{that} {q}",
                )
            )
        return self.spell18(s) + self.pick((".", ".", "", "؟", "…", "\n", " "))

    def sentence24(self, k: int | None = None) -> str:
        """Shapes of Arabic news pages the earlier templates did not hold
        (fuzz24): a breaking header with a pipe, an embedded post with its
        handle and date, numbered points of a closing statement, a court's
        grounds and a lawyer, a coach after a match and its score, a
        forecast with percentages, a toll not final, words in square
        brackets inside a quote, a quote split by its speaker, a video going
        round, a joint statement of two, a royal chain of titles and prayers
        after names, a sitting of parliament, a live page's times, a photo's
        credit and an update note, an election's turnout, a columnist's
        article, witnesses and a kunya; ``k`` picks one (the growth check
        reads each alone)."""
        r = self.r
        fem = self.maybe(0.3)
        nm = self.name18(fem)
        family = self.pick(_FAMILY)
        full = f"{self.pick(_FIRST_F if fem else _FIRST_M)} {family}"
        full2 = f"{self.pick(_FIRST_M)} {self.pick(_FAMILY)}"
        q, q2 = self.quote(), self.quote()
        that = self.pick(_THAT)
        said = self.wf("قالت" if fem else "قال")
        title = self.pick(_TITLES_F if fem else _TITLES_M)
        o, c = self.pick(_MARK_PAIRS)
        sep = self.pick((". ", ".\n", "\n", " ", "", "، ", "\n\n"))
        body = self.pick(_BODIES)
        outlet = self.pick(_RELAYERS21)
        if k is None:
            k = r.randrange(SENTENCE24_TEMPLATES)
        if k == 0:  # a breaking header with a pipe, then the story
            s = self.pick(
                (
                    f"{self.pick(_BREAKING24)} {title} {nm}: {q}",
                    f"{self.pick(_BREAKING24)} {said} {title} {that} {q}",
                    f"{body} | {title}: {q}\n{said} {title} {full} {that} {q2}",
                    f"{self.pick(_BREAKING24)} {body}{self.pick((' تعلن', ': '))} "
                    f"{self.content(True)}\n{self.pick(_PLACES)} - {outlet}{sep}{q}",
                )
            )
        elif k == 1:  # an embedded post, its handle and its date
            s = self.pick(
                (
                    f"{self.wf(self.pick(('كتب', 'غرد', 'قال')))} {title} {full} "
                    f"{self.pick(_PLATFORMS24)}: {q}\n— {full} ({self.pick(_HANDLES24)}) "
                    f"{self.date()}",
                    f"وفي {self.pick(('تغريدة', 'تدوينة', 'منشور'))} {self.pick(_PLATFORMS24)}، "
                    f"{said} {full}: {q}",
                    f"{o}{self.content()}{c}\n{self.pick(_HANDLES24)} {self.date()}{sep}"
                    f"{self.wf('نشر')} {full} {self.pick(_PLATFORMS24)} "
                    f"{self.pick(_SAID_IN)}: {q2}",
                    f"{self.pick(_PLATFORMS24)}، {self.pick(('علق', 'كتب', 'ردت'))} {nm}: {q}",
                )
            )
        elif k == 2:  # numbered points of a closing statement
            pts = [
                f"{self.pick(_POINTS24)}{self.pick((': ', ' ', ' - '))}{self.content()}"
                for _ in range(r.randint(2, 6))
            ]
            joiner = self.pick(("\n", "، ", " ", "؛ "))
            s = self.pick(
                (
                    f"{self.wf('جاء')} في البيان الختامي {self.pick(('للقمة', 'للاجتماع'))}: "
                    f"{o}{joiner.join(pts)}{c}",
                    f"{self.wf('تضمن')} البيان النقاط التالية:\n" + "\n".join(pts),
                    f"{said} {title} {that} {self.pick(_LISTED23)} هي:{joiner}" + joiner.join(pts),
                    f"{body} {self.pick(('تطالب بـ', 'تدعو إلى'))}:\n" + "\n".join(pts) + f"\n{q}",
                )
            )
        elif k == 3:  # a court's grounds, a lawyer, a charge sheet
            s = self.pick(
                (
                    f"{self.pick(_COURT24)} {that} {q}",
                    f"{self.wf('قال')} {self.pick(_LAWYERS24)}، {full}، "
                    f"{self.pick(_ADDRESSEES)} {that} موكله {o}{self.content(True)}{c}",
                    f"{self.pick(_COURT24)}، فإن المتهم ({r.randint(19, 70)} عاما) "
                    f"{self.content(True)}{sep}{self.wf('قال')} {self.pick(_LAWYERS24)}: {q}",
                    f"{self.wf('قضت')} المحكمة بسجن {full} {r.randint(2, 20)} سنوات، "
                    f"{self.pick(('وقالت في حكمها', 'معتبرة'))} {that} {q}",
                )
            )
        elif k == 4:  # a coach after a match and its score
            team = self.pick(_TEAMS24)
            score = self.pick(_SCORES24)
            s = self.pick(
                (
                    f"{said} {self.pick(_COACHES24)}{self.pick((' ', ''))}{team}، {full}، عقب "
                    f"المباراة التي انتهت {self.pick(('بالتعادل', 'بفوز فريقه', 'بخسارة فريقه'))} "
                    f"{score}، في المؤتمر الصحفي: {q}",
                    f"{team} {score} {self.pick(_TEAMS24)}{sep}{said} {self.pick(_COACHES24)} "
                    f"{team} {that} {q}",
                    f"{self.wf('صرح')} {self.pick(('لاعب الوسط', 'الحارس', 'المهاجم'))} {full} "
                    f"{self.pick(('عقب اللقاء', 'بعد صافرة النهاية', 'لقناة الكأس'))}: {q}",
                    f"{q}، {self.pick(('بهذه الكلمات علق', 'هكذا علق', 'يقول'))} "
                    f"{self.pick(_COACHES24)} {team} على {self.pick(('الفوز', 'الخسارة'))} {score}",
                )
            )
        elif k == 5:  # a forecast with percentages, then its economist
            inst = self.pick(_FORECASTERS24)
            s = (
                f"{self.wf(self.pick(('توقع', 'رجح', 'خفض')))} {inst} في تقريره الصادر "
                f"{self.date()} أن ينمو الاقتصاد بنسبة {self.pick(_PERCENTS24)} في "
                f"{r.choice((2024, 2025, 2026))}، مقارنة بـ{self.pick(_PERCENTS24)} العام الماضي"
                f"{sep}"
                + self.pick(
                    (
                        f"{said} كبير الاقتصاديين في {inst}، {full}، {that} {q}",
                        f"{self.pick(('وأضاف', 'وأوضح'))} التقرير {that} {q}",
                        f"{self.pick(_PERCENTS24)} {self.pick(('هي', 'تمثل'))} {q}",
                    )
                )
            )
        elif k == 6:  # a toll not final, a rescuer's words
            n = self.pick(("12", "٣٤", "عشرات", "أكثر من 200", "7"))
            s = self.pick(
                (
                    f"{self.wf('قال')} {self.pick(_RESCUERS24)} في بيان {that} فرقه انتشلت {n} "
                    f"{self.pick(('جثث', 'جثة', 'مصابين'))} ({self.pick(_TOLLS24)})، "
                    f"{self.pick(_PARTICIPLES)} {that} {q}",
                    f"{self.pick(('ارتفعت', 'وارتفعت'))} حصيلة {self.pick(_EVENT_NOUNS)} إلى {n} "
                    f"قتيلا، {self.pick(_TOLLS24)}، {self.pick(_PREP_CUES)} "
                    f"{self.pick(_RESCUERS24)}{sep}{q}",
                    f"{self.wf('أفاد')} {self.pick(_RESCUERS24)} لـ{outlet} {that} {q}",
                )
            )
        elif k == 7:  # words in square brackets or an ellipsis inside a quote
            ins = self.pick(_INSERTS24)
            s = self.pick(
                (
                    f"{said} {title}: {o}{self.content(True)} {ins} {self.content()}{c}",
                    f"{said} {title} {full} {that} {o}{self.content()} {ins}{c}",
                    f"{o}{ins} {self.content()}{c}، {said} {nm}",
                    f"{said} {title}: {o}{self.content()}{c} {self.pick(_INSERTS24)} "
                    f"{o}{self.content(True)}{c}",
                )
            )
        elif k == 8:  # a quote split by its speaker
            s = self.pick(
                (
                    f"{o}{self.content()}{c}، {self.pick(('يقول', 'قال', 'تقول', 'يضيف'))} "
                    f"{title} {full}{self.pick(('، ', ' '))}{o}{self.content()}{c}",
                    f"{o}{self.content()}{c}، {self.pick(('تابع', 'أضاف', 'استطرد'))} "
                    f"{family}، {o}{self.content()}{c}",
                    f"{o}{self.content()}، {self.pick(('قال', 'يقول'))} {nm}، {self.content()}{c}",
                )
            )
        elif k == 9:  # a video going round
            s = (
                f"{self.pick(_VIDEOS24)} {self.pick((full, title, nm, 'عدد من الشبان'))} "
                f"{self.pick(_DOING24)}{self.pick((': ', ' ', '، '))}{q}"
            )
        elif k == 10:  # a joint statement of two, counterparts in a press conference
            s = self.pick(
                (
                    f"{self.pick(_JOINT24)}{self.pick((': ', ' ', ' أن ', '، '))}{q}",
                    f"{said} {title} {full} {self.pick(('ونظيره', 'ونظيرته'))} "
                    f"{self.pick(_ADJ_NISBA)} {full2} في مؤتمر صحفي مشترك {that} {q}",
                    f"{self.wf('أكد')} {full} و{full2}، "
                    f"{self.pick(('في ختام لقائهما', 'عقب محادثاتهما'))}، {that} {q}",
                )
            )
        elif k == 11:  # a royal chain of titles, prayers after names
            prayer = self.pick(_PRAYERS24)
            chain = (
                f"{self.pick(_ROYAL24)} {self.pick(_FIRST_M)} بن {self.pick(_FIRST_M)} "
                f"{self.pick(('بن عبد العزيز ', 'آل ', ''))}{family}"
            )
            s = self.pick(
                (
                    f"{said} {chain}، {self.pick(_CHAIN24)}، {prayer}، {that} {q}",
                    f"{chain} {prayer}{self.pick((': ', ' يؤكد: ', ' '))}{q}",
                    f"{said} {title} {that} {self.pick(('النبي محمد', 'الرسول', 'الإمام علي'))} "
                    f"{prayer} {self.pick(('قال', 'كان يقول'))}: {q}",
                    f"{self.wf('استذكر')} {full} الراحل {full2} {prayer}، {self.pick(_PARTICIPLES)}"
                    f": {q}",
                )
            )
        elif k == 12:  # a sitting of parliament
            s = self.pick(
                (
                    f"{self.wf('قال')} النائب {full} {self.pick(_BLOCS24)} {self.pick(_SITTINGS24)}"
                    f": {q}",
                    f"{self.wf('تساءل')} {self.pick(('النائب', 'النائبة'))} {nm} "
                    f"{self.pick(_SITTINGS24)} عن {self.content(True)} "
                    f"{self.pick(_PARTICIPLES)}: {q}",
                    f"{self.wf('ردت')} الوزيرة على مداخلات النواب بالقول {that} {q}",
                    f"{self.pick(_SITTINGS24)}، {said} {title} {self.pick(_BLOCS24)} {that} {q}",
                )
            )
        elif k == 13:  # a live page's times
            lines = []
            for _ in range(r.randint(1, 5)):
                t = self.pick(_LIVE24).format(
                    h=f"{r.randint(0, 23):02d}", m=f"{r.randint(0, 59):02d}"
                )
                lines.append(
                    t
                    + " "
                    + self.pick(
                        (
                            f"{said} {title}: {self.quote()}",
                            f"{self.pick(_BREAKING24)} {self.content(True)}",
                            f"{self.wf('أعلن')} {body} {that} {self.quote()}",
                            self.content(),
                        )
                    )
                )
            s = "\n".join(lines)
        elif k == 14:  # a photo's credit, an update note, the page's trailer
            credit = self.pick(_CREDITS24).format(who=full2, date=self.date(), outlet=outlet)
            s = self.pick(
                (
                    f"{credit}\n{said} {title} {full} {that} {q}",
                    f"{said} {title} {full} {that} {q}\n{credit}",
                    f"{said} {title} {credit} {that} {q}",
                    f"{q}\n{credit}\n{self.pick(_RELATED)}: {o}{self.content(True)}{c}",
                )
            )
        elif k == 15:  # an election's turnout
            s = (
                f"{self.wf('أعلن')} {self.pick(_ELECTORAL24)}، {full}، في ندوة صحفية "
                f"{self.pick(('مساء', 'صباح', 'ليلة'))} {self.pick(_WEEKDAYS)}، أن نسبة المشاركة "
                f"بلغت {self.pick(_PERCENTS24)}، {self.pick(_PARTICIPLES)} {that} {q}"
            )
        elif k == 16:  # a columnist's article
            s = self.pick(
                (
                    f"{self.wf('يقول')} {self.pick(_COLUMNISTS24)} {full} في مقاله المنشور في "
                    f"{outlet} بعنوان {o}{self.content(True)}{c}: {q}",
                    f"{self.wf('ختم')} {family} مقاله بالقول: {q}",
                    f"{self.pick(('ويرى', 'وترى', 'ويعتبر'))} {self.pick(_COLUMNISTS24)} {nm} "
                    f"{that} {q}",
                )
            )
        else:  # witnesses, a survivor named by a kunya
            s = self.pick(
                (
                    f"{self.pick(_WITNESSES24)} {self.pick(_KUNYAS24)} "
                    f"({r.randint(30, 80)} عاما) {self.pick(_ADDRESSEES)}: {q}",
                    f"{self.pick(_WITNESSES24)} لـ{outlet} {that} {q}",
                    f"{self.pick(_KUNYAS24)}، {self.pick(('والدة الضحية', 'جار الأسرة'))}، "
                    f"{self.pick(('تقول', 'يقول', 'قالت'))} "
                    f"{self.pick(('وهي تبكي', 'بحسرة', ''))}: {q}",
                )
            )
        return self.spell18(s) + self.pick((".", ".", "", "؟", "…", "\n", " "))

    def words25(self, a: int = 3, b: int = 14) -> str:
        return " ".join(self.pick(_WORDS25) for _ in range(self.r.randint(a, b)))

    def quote25(self) -> str:
        o, c = self.pick(_MARK_PAIRS25)
        w = self.words25()
        k = self.r.randrange(8)
        if k == 0:
            return f"{o}{w} (...) {self.words25(1, 5)}{c}"
        if k == 1:
            return f"{o}{w} [...] {self.words25(1, 5)}{c}"
        if k == 2:
            return f"{o}{w}...{c}"
        if k == 3:
            return f"{o}{w} {self.pick(_EMOJI25)}{c}"
        return f"{o}{w}{c}"

    def sentence25(self, k: int | None = None) -> str:
        """Shapes of Arabic news pages and of names the earlier templates
        did not hold (fuzz25): an answer at a press conference, an obituary,
        figures of the economy, a footer and a caption, a verse and a
        hadith, a poem, a fact check, a time of day, a translation in
        brackets, numbered measures, dialect, a chain of reported speech, a
        byline, a post with tags, a question headline, a Hijri date, a quote
        over paragraphs each opened again, the speaker after a dash, a
        match's minute, a breaking tag with an emoji; names in Persian and
        Urdu spelling; ``k`` picks one."""
        r = self.r
        nm = f"{self.pick(_FIRST25)} {self.pick(_FAMILY25)}"
        post, say, q = self.pick(_POSTS25), self.pick(_SAYS25), self.quote25()
        if k is None:
            k = r.randrange(SENTENCE25_TEMPLATES)
        if k == 0:  # an answer at a press conference
            s = f"وفي رده على سؤال حول {self.words25(2, 4)}، {say} {post} {nm}: {q}"
        elif k == 1:  # an obituary
            s = f"نعى {post} {nm} الفقيد قائلا: {q} رحمه الله."
        elif k == 2:  # figures of the economy
            s = (
                f"{say} {post} إن معدل التضخم بلغ {r.randint(1, 40)}.{r.randint(0, 9)}% "
                f"في الربع {self.pick(('الأول', 'الثالث'))} من عام {r.randint(1990, 2030)}، "
                f"مضيفا: {q}"
            )
        elif k == 3:  # a footer, a caption
            s = self.pick(_FOOTERS25).format(w=self.words25(2, 5), e=self.pick(_EMOJI25))
            s += f" {post} {nm} {self.pick(('خلال مؤتمر صحفي', 'في الرياض', ''))}"
        elif k == 4:  # a verse, a hadith
            s = self.pick(
                (
                    f"قال تعالى: ﴿{self.words25(3, 8)}﴾ [البقرة: {r.randint(1, 286)}]",
                    f"قال رسول الله ﷺ: «{self.words25()}» رواه البخاري",
                    f"واستشهد الخطيب بقوله تعالى ﴿{self.words25(2, 5)}﴾ مؤكدا أن {self.words25()}",
                )
            )
        elif k == 5:  # a poem
            s = (
                f"ويقول الشاعر {nm}:\n{self.words25(3, 5)} *** {self.words25(3, 5)}\n"
                f"{self.words25(3, 5)} ... {self.words25(3, 5)}"
            )
        elif k == 6:  # a fact check
            s = (
                f"الادعاء: {q}\nالحقيقة: {self.words25()}\n"
                f"الحكم: {self.pick(('مضلل', 'زائف', 'صحيح جزئيا'))}"
            )
        elif k == 7:  # a time of day
            s = (
                f"وفي تمام الساعة {r.randint(0, 23)}:{r.randint(0, 59):02d} "
                f"{self.pick(('صباحا', 'مساء'))} بتوقيت مكة المكرمة، {say} {nm} "
                f"{self.pick(('أن', 'إن', ':'))} {q}"
            )
        elif k == 8:  # a translation in brackets
            s = (
                f"{say} {nm} ({self.pick(('بالإنجليزية', 'بالفرنسية', 'بالفارسية'))}: "
                f"{self.pick(('We will win', 'Nous verrons', 'ما پیروز می‌شویم'))}) {q}"
            )
        elif k == 9:  # numbered measures
            items = "\n".join(
                f"{self.pick(('1-', '١)', '٢-', '(3)', '•', '2.'))} {self.words25(3, 8)}"
                for _ in range(r.randint(2, 5))
            )
            s = f"وأعلن {post} {nm} الإجراءات التالية:\n{items}"
        elif k == 10:  # dialect
            s = (
                f"{self.pick(('قال لي', 'يقول لنا', 'قالت لـ«الأهالي»'))} {nm} "
                f"({r.randint(20, 80)} عاما): "
                f"{self.pick(('«والله ما عندنا شي»', '«شو بدنا نعمل؟»', '«مافيش حاجة»'))} {q}"
            )
        elif k == 11:  # a chain of reported speech
            s = (
                f"أفاد {post} {nm} بأن {self.words25()}، وأوضح أن {self.words25()}، "
                f"ولفت إلى أن {self.words25()}، مشيرا إلى أن {q}"
            )
        elif k == 12:  # a byline
            s = (
                f"{self.pick(('مراسل الجزيرة', 'كتب', 'من'))} {nm} - "
                f"{self.pick(('غزة', 'الرياض', 'طهران', 'لاهور'))}\n{say} {post}: {q}"
            )
        elif k == 13:  # a post with tags
            s = f"وغرّد {nm} على منصة «إكس» قائلا: {q} {self.pick(_TAGS25)} {self.pick(_TAGS25)}"
        elif k == 14:  # a question headline
            s = (
                f"هل {self.words25(2, 6)}؟ {self.pick(('خبير يجيب', 'مسؤول يوضح'))}\n"
                f"{say} {post} {nm}: {q}"
            )
        elif k == 15:  # a Hijri date
            s = f"وفي {self.pick(_HIJRI25)}، {say} {nm} {self.pick(('إن', 'أن'))} {q}"
        elif k == 16:  # a quote over paragraphs, each opened again
            s = f"{say} {nm}: «{self.words25()}\n«{self.words25()}\n«{self.words25()}»"
        elif k == 17:  # the speaker after a dash
            s = f"{q} {self.pick(('—', '-', '–'))} {post} {nm}"
        elif k == 18:  # a match's minute
            s = (
                f"وسجل {nm} الهدف الثاني (د {r.randint(1, 90)}+{r.randint(1, 5)})، وقال "
                f"{self.pick(('المدرب', 'قائد المنتخب'))} عقب اللقاء: {q}"
            )
        elif k == 19:  # a breaking tag with an emoji
            s = f"{self.pick(_EMOJI25)} {self.pick(('عاجل', 'خاص', 'حصري'))} | {post} {nm}: {q}"
        else:  # a sentence of the earlier sessions' mix
            s = self.sentence24() if self.maybe(0.5) else self.sentence23()
        return s + self.pick((". ", ".\n", "\n", "\n\n", " ", "", "؟ ", "!\n"))

    def mutate25(self, text: str) -> str:
        """``text`` in odd Unicode (sentence25's mutations): letters of
        Persian or Urdu spelling, presentation forms, tashkeel on every
        letter, runs of tatweel, joiners inside words, direction marks
        round the marks, odd characters anywhere, other spaces, another
        normal form."""
        r = self.r
        k = r.randrange(10)
        if k == 0:
            chars = list(text)
            for _ in range(r.randint(1, 12)):
                chars.insert(r.randrange(len(chars) + 1), self.pick(_ODD25))
            return "".join(chars)
        if k == 1:
            return text.translate(self.pick((_PERSIAN25, _URDU25)))
        if k == 2:
            for plain, form in _PRESENTATION25.items():
                text = text.replace(plain, form, r.randint(1, 20))
            return text
        if k == 3:
            return "".join(
                ch + ("\u064e\u0651" if "\u0621" <= ch <= "\u064a" else "") for ch in text
            )
        if k == 4:
            return "".join(ch + ("\u0640" * r.randint(1, 6) if ch in "لسبت" else "") for ch in text)
        if k == 5:
            z = self.pick(("\u200c", "\u200d", "\u200b", "\u2060", "\u00ad"))
            return "".join(ch + (z if ch in "يمنع" else "") for ch in text)
        if k == 6:
            m = self.pick(("\u200f", "\u200e", "\u061c", "\u2067", "\u2069", "\u202b"))
            return re.sub(r"([«»\"“”:،.؟])", m + r"\1" + m, text)
        if k == 7:
            c = self.pick(_ODD25)
            return c.join(text) if r.random() < 0.1 else text.replace(" ", " " + c)
        if k == 8:
            return text.replace(" ", self.pick(("\u00a0", "\u202f", "\u2009", "\u3000", "\t")))
        return unicodedata.normalize(self.pick(("NFD", "NFKD", "NFKC")), text)

    def sentence(self) -> str:
        r = self.r
        if self.only == 21:
            return self.sentence21()
        if self.only == 22:
            return self.sentence22()
        if self.only == 23:
            return self.sentence23()
        if self.only == 24:
            return self.sentence24()
        if self.only == 25:
            return self.sentence25()
        if self.maybe(0.12):
            return self.sentence13()
        if self.maybe(0.15):
            return self.sentence12()
        if self.maybe(0.15):
            return self.sentence11()
        if self.maybe(0.12):
            return self.sentence16()
        if self.maybe(0.12):
            return self.sentence17()
        if self.maybe(0.12):
            return self.sentence18()
        if self.maybe(0.12):
            return self.sentence19()
        if self.maybe(0.12):
            return self.sentence20()
        if self.maybe(0.12):
            return self.sentence21()
        if self.maybe(0.1):
            return self.sentence22()
        if self.maybe(0.1):
            return self.sentence23()
        if self.maybe(0.1):
            return self.sentence24()
        subj, agr = self.subject()
        v = self.verb(agr)
        q = self.quote()
        adj = self.adjunct()
        that = self.pick(_THAT)
        end = self.pick((".", ".", ".", "", "؟", "!", " .", "…"))
        k = r.randrange(34)
        if k == 0:
            s = f"{v} {subj} {adj} {that} {q}"
        elif k == 1:
            s = f"{v} {subj} {adj}: {q}"
        elif k == 2:
            s = f"{q}، {v} {subj} {adj}"
        elif k == 3:
            s = f"{subj}: {q}"  # a headline
        elif k == 4:
            s = f"{self.pick(_PREP_CUES)} {subj}، {that} {q}"
        elif k == 5:
            s = f"{q}، {self.pick(_PREP_CUES)} {subj}"
        elif k == 6:
            s = (
                f"نقلت {self.pick(_OUTLETS)} عن {subj} "
                f"{self.pick(('قوله', 'قولها', 'تأكيده', ''))}: {q}"
            )
        elif k == 7:
            noun = self.pick(_COMMON_NOUNS)
            s = (
                f"وكان {noun} {self.pick(_ADJ_NISBA)} "
                f"{self.pick(_RELATIVES)} {v} عنه {subj} {that} {q}"
            )
        elif k == 8:
            s = f"أما {subj}، {self.pick(('فقال', 'فقالت', 'فأكد', 'فرأى'))} {that} {q}"
        elif k == 9:
            s = f"و{subj} {v} {that} {q}"
        elif k == 10:
            s = f"{self.pick(_IMPERSONAL)} {subj} {adj}: {q}"
        elif k == 11:
            s = f"{v} {subj} {self.pick(_PARTICIPLES)}: {self.content()}"  # unmarked
        elif k == 12:
            s = f"{v} {subj}:\n{self.content()}"  # the next line
        elif k == 13:
            s = f"{v} {subj} {self.pick(('بما يلي', 'التالي', 'الآتي'))}:\n{self.content()}"
        elif k == 14:
            items = "\n".join(
                self.pick(("- ", "• ", "* ", "")) + self.content() for _ in range(r.randint(1, 4))
            )
            s = f"{self.pick(('أبرز ما قاله', 'ومما قاله', 'وأبرز ما جاء في كلمتها'))}:\n{items}"
        elif k == 15:
            lines = []
            for _ in range(r.randint(1, 3)):
                lines.append(self.pick(("س: ", "سؤال: ", "- ", "")) + self.content() + "؟")
                lines.append(self.pick(("ج: ", "جواب: ", "- ", "")) + self.content())
            s = "\n".join(lines)
        elif k == 16:
            s = f"{self.pick(_PRONOUN_CUES)} {that} {q}"
        elif k == 17:
            s = f"{v} {subj} {adj} {that} {q}، {self.pick(_PARTICIPLES)} {that} {self.quote()}"
        elif k == 18:
            s = f"وفي {self.date()}، {v} {subj} {that} {q}"
        elif k == 19:
            s = (
                f"وفي {self.pick(_DOCUMENTS)} تعود إلى {self.date()} "
                f"({self.pick(_CABLES)})، {v} {subj} {that} {q}"
            )
        elif k == 20:
            s = f"{q}، {self.pick(('هكذا علق', 'بهذه الكلمات علقت', 'يقول', 'تقول', 'قال'))} {subj}"
        elif k == 21:
            s = (
                f"وهو ما {self.pick(('أكده', 'أكدته', 'نفاه', 'نفته', 'أعلنته'))} "
                f"{subj} {self.pick(_PARTICIPLES)}: {q}"
            )
        elif k == 22:
            s = (
                f"{v} {subj} {self.pick(_RELATIVES)} "
                f"{self.pick(_VERBS_M)} {self.content(True)}، {that} {q}"
            )
        elif k == 23:
            s = f"{v} {subj} {adj} {self.pick(('بالقول', 'قائلا', 'في رده على سؤال'))}: {q}"
        elif k == 24:
            s = (
                f"{self.pick(('وصفه', 'وصفت', 'صرح', 'ووصف'))} "
                f"{subj} {self.pick(('بـ', 'لـ', 'ب', 'ل'))}{q}"
            )
        elif k == 25:
            s = (
                f"{self.pick(_BODIES)} "
                f"{self.pick(('تنظيم', 'حزب', 'عملية', 'برنامج', 'صحيفة', 'بعنوان'))} {q}"
            )
        elif k == 26:
            s = f"{v} {subj}، {self.pick(_PREP_CUES)} {self.pick(_DOCUMENTS)}، {that} {q}"
        elif k == 27:
            s = (
                f"{self.pick(('ونسبت', 'نسب', 'وعزت'))} {self.pick(_OUTLETS)} "
                f"إلى {subj} {self.pick(('قوله', 'قولها', ''))} {q}"
            )
        elif k == 28:
            s = f"وعلق {subj} على {self.content(True)} {v} {q}"
        elif k == 29:
            s = f"{self.pick(_KIN)} {self.name()} {self.pick(_RELATIVES)} {v} {that} {q}"
        elif k == 30:
            s = f"{v} {subj} {adj} {that} {self.content()}"  # reported speech, no marks
        elif k == 31:
            s = f"{q} {q}"
        elif k == 32:
            s = f"{v} {subj} و{self.pick(_RELATIVES)} {self.pick(_VERBS_M)} {adj} {that} {q}"
        else:
            s = (
                f"{self.content()} {self.pick(_CONTENT)} {self.pick(_COMMON_NOUNS)} "
                f"و{self.pick(_RELATIVES)} {v} {subj} {that} {q}"
            )
        return s + end

    def head(self) -> str:
        k = self.r.randrange(8)
        if k == 0:
            return f"{self.pick(_PLACES)} {self.date()} {self.pick(_AGENCIES)} "
        if k == 1:
            return (
                f"آخر تحديث: {self.r.randint(2008, 2026)}/{self.r.randint(1, 12)}/"
                f"{self.r.randint(1, 31)} الساعة 04:06\n"
            )
        if k == 2:
            return f"كتب: {self.name()} {self.date()}\n"
        if k == 3:
            return f"{self.date()}\n"
        if k == 4:
            return (
                f"date {self.r.randint(2008, 2026)}-{self.r.randint(1, 12):02d}-"
                f"{self.r.randint(1, 31):02d}\n"
            )
        if k == 5:
            return (
                f"تاريخ النشر: {self.date()} | "
                f"{self.r.randint(0, 23)}:{self.r.randint(0, 59):02d}\n"
            )
        return ""

    def article(self) -> str:
        parts = []
        if self.maybe(0.5):
            subj, _ = self.subject()
            parts.append(f"{subj}: {self.quote()}\n")  # headline
        parts.append(self.head())
        for _ in range(self.r.randint(1, 7)):
            parts.append(self.sentence())
            parts.append(self.pick((" ", " ", "\n", "\n\n", "")))
        return "".join(parts)

    # -- mutations --------------------------------------------------------

    def mutate(self, text: str) -> str:
        r = self.r
        k = r.randrange(11)
        if k == 0:  # drop one mark
            idx = [i for i, ch in enumerate(text) if ch in _ALL_MARK_CHARS]
            if idx:
                i = self.pick(idx)
                return text[:i] + text[i + 1 :]
        if k == 1:  # drop a full stop
            idx = [i for i, ch in enumerate(text) if ch in ".؟!"]
            if idx:
                i = self.pick(idx)
                return text[:i] + text[i + 1 :]
        if k == 2:  # join lines
            return text.replace("\n", " ")
        if k == 3:  # و written apart
            return re.sub(r"(?<!\S)و(?=\S)", "و ", text)
        if k == 4:  # tashkeel and tatweel
            return "".join(
                ch + ("\u064e" if ch == "ق" else "\u0640" if ch == "ل" else "") for ch in text
            )
        if k == 5:  # Arabic-Indic digits
            return text.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
        if k == 6:  # bidi marks and presentation forms
            return text.replace(" ", " \u200f", 3).replace("لا", "ﻻ", 2)
        if k == 7:  # no stops at all
            return text.replace(".", " ")
        if k == 8:  # one line
            return " ".join(text.split())
        if k == 9:  # a word dropped
            words = text.split(" ")
            if len(words) > 2:
                del words[r.randrange(len(words))]
                return " ".join(words)
        return text + self.pick(("", " ", "\n", "«", '"', ":", "قال", " وأضاف"))

    def scrape(self, text: str) -> tuple[str, str]:
        """``text`` as a scraper may deliver it, and the artefact's name:
        HTML entities, doubled marks, missing spaces, Latin text, bidi and
        zero-width marks, a paragraph repeated up to 5 KB, a table of
        figures, repeated cues, other line breaks, marks of another family,
        HTML tags."""
        r = self.s
        k = r.randrange(12)
        if k == 0:
            t = text.replace('"', "&quot;", r.randint(1, 3)).replace("«", "&laquo;", 1)
            t = t.replace("»", "&raquo;", 1).replace(" ", "&nbsp;", r.randint(0, 3))
            return "ent", t.replace("&", "&amp;", r.randint(0, 1))
        if k == 1:
            return "dbl", re.sub(r'(["«»“”])', lambda m: m.group(1) * r.choice((1, 2, 3)), text)
        if k == 2:
            if r.random() < 0.5:
                return "nospc", re.sub(r" ([«\"“:،.])", r"\1", text)
            return "nospc", re.sub(r"([»\"”:،.]) ", r"\1", text)
        if k == 3:
            latin = r.choice(_LATIN)
            words = text.split(" ")
            for _ in range(r.randint(1, 4)):
                words.insert(r.randrange(len(words) + 1), latin)
            return "lat", " ".join(words)
        if k == 4:
            mark = r.choice(_INVISIBLE)
            return "bidi", "".join(ch + (mark if r.random() < 0.15 else "") for ch in text)
        if k == 5:
            return "long", ((text.replace("\n", " ") + " ") * r.randint(3, 12))[:5000]
        if k == 6:
            rows = "\n".join(
                " | ".join(
                    str(r.randint(0, 99999)) + r.choice(("", "%", ".5", " مليون"))
                    for _ in range(r.randint(2, 8))
                )
                for _ in range(r.randint(2, 20))
            )
            at = r.choice((0, len(text) // 2, len(text)))
            return "tab", text[:at] + "\n" + rows + "\n" + text[at:]
        if k == 7:
            return "rep", " ".join([r.choice(_CUES_REPEATED)] * r.randint(2, 40)) + " " + text
        if k == 8:
            words = text.split(" ")
            at = r.randrange(len(words) + 1)
            words[at:at] = [r.choice(_CUES_REPEATED)] * r.randint(2, 30)
            return "rep", " ".join(words)
        if k == 9:
            return "crlf", text.replace("\n", r.choice(_LINE_BREAKS))
        if k == 10:
            return "swap", text.replace(*r.choice(_MARK_SWAPS))
        tags = ("<b>", "</b>", "<i>", "")
        return "tag", "<p>" + re.sub(
            r'(["«»“”])', lambda m: r.choice(tags) + m.group(1) + r.choice(tags), text
        ) + "</p>"

    def texts(self, n: int, scraped: bool = True):
        """Yield n (label, text) pairs: each article, a few mutations of it,
        for one article in three (``scraped``) one of them as a scraper may
        deliver it, and, for one article in eight, its cut at every word
        boundary (and some of its tails)."""
        count = 0
        i = 0
        while True:
            art = self.article()
            batch = [(f"a{i}", art)]
            batch += [(f"a{i}m{j}", self.mutate(art)) for j in range(self.r.randint(2, 5))]
            if self.only == 25:
                batch += [(f"a{i}u{j}", self.mutate25(art)) for j in range(2)]
            if scraped and self.s.random() < 0.35:
                kind, text = self.scrape(self.pick(batch)[1] if len(batch) > 1 else art)
                batch.append((f"a{i}{kind}", text))
            if i % 8 == 0:
                for m in _WORD.finditer(art):
                    batch.append((f"a{i}c{m.end()}", art[: m.end()]))
                    if self.maybe(0.3):
                        batch.append((f"a{i}s{m.start()}", art[m.start() :]))
            for item in batch:
                if count == n:
                    return
                count += 1
                yield item
            i += 1


# --------------------------------------------------------------------------
# The contract


def contract_violation(text: str) -> str | None:
    """None when extract(text) returns and every quote keeps the contract,
    else what went wrong (the traceback when it raised)."""
    try:
        quotes = extract(text)
    except Exception:
        return traceback.format_exc(limit=-4)
    last_end = 0
    for q in quotes:
        if not 0 <= q.start < q.end <= len(text):
            return f"span {q.start}:{q.end} outside the text"
        if text[q.start : q.end] != q.text:
            return f"text != source[{q.start}:{q.end}]"
        if q.start < last_end:
            return f"span {q.start}:{q.end} overlaps or precedes the one ending at {last_end}"
        last_end = q.end
        if q.speaker_kind is not None and q.speaker_kind not in SPEAKER_KINDS:
            return f"speaker kind {q.speaker_kind!r}"
        if (q.date is None) != (q.date_precision is None):
            return f"date {q.date!r} with precision {q.date_precision!r}"
        if q.date is not None:
            want = {"year": r"\d{4}", "month": r"\d{4}-\d\d", "day": r"\d{4}-\d\d-\d\d"}
            if q.date_precision not in want or not re.fullmatch(want[q.date_precision], q.date):
                return f"date {q.date!r} with precision {q.date_precision!r}"
            if q.date_precision != "year" and not 1 <= int(q.date[5:7]) <= 12:
                return f"month of {q.date!r}"
            if q.date_precision == "day" and not 1 <= int(q.date[8:10]) <= 31:
                return f"day of {q.date!r}"
        if not 0.0 <= q.confidence <= 1.0:
            return f"confidence {q.confidence}"
        if q.text != q.text.strip() or q.text[-1] in FORMAT_MARKS:
            # (a space, or a direction mark or zero-width character folded
            # away, is no part of the words said: fuzz28)
            return f"span {q.start}:{q.end} has a space or an invisible mark at its edge"
        stray = stray_edge_mark(q.text)
        if stray is not None:
            return f"span {q.start}:{q.end} {stray}"
    return None


def quotes_keeping_the_contract(text: str) -> list:
    """extract(text), once contract_violation has found nothing wrong with
    it: the check the phenomenon tests of fuzz findings run on their
    minimal texts."""
    violation = contract_violation(text)
    assert violation is None, violation
    return extract(text)


# growth tests of the fuzz findings (test_phenomena_fuzz14.py, fuzz15): a text
# 4 times longer runs at most this many times the engine's lines (linear:
# about 4, quadratic 16)
LINEAR_GROWTH = 5.5


@contextlib.contextmanager
def tracing(trace):
    """sys.settrace(trace) for the block; then the tracer that was set
    before it (coverage's, a debugger's) is set again, not none."""
    previous = sys.gettrace()
    sys.settrace(trace)
    try:
        yield
    finally:
        sys.settrace(previous)


def python_lines(text: str) -> int:
    """The lines of claims/extraction run by extract(text), once the text
    keeps the contract: a count, not a time, so that a growth test does not
    depend on the machine."""
    count = 0

    def local(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return local

    def calls(frame, event, arg):
        return local if "claims/extraction" in frame.f_code.co_filename else None

    quotes_keeping_the_contract(text)
    with tracing(calls):
        quotes_keeping_the_contract(text)
    return count


def growth(make, k: int) -> float:
    """How many times the lines grow from make(k) to make(4 * k)."""
    return python_lines(make(4 * k)) / python_lines(make(k))


def count_reads(module, attr: str, run, fill=None) -> int:
    """How many times run() reads a key of the dict ``module.attr`` (a cache
    or index of the engine's), each value the same as without the count: a
    key missing is filled by fill(key), or else read from the dict as it
    was. The dict is put back afterwards."""
    kept = getattr(module, attr)
    fill = fill or kept.__getitem__
    reads = 0

    class _Counting(dict):
        def __missing__(self, key):
            value = self[key] = fill(key)
            return value

        def __getitem__(self, key):
            nonlocal reads
            reads += 1
            return dict.__getitem__(self, key)

    setattr(module, attr, _Counting())
    try:
        run()
    finally:
        setattr(module, attr, kept)
    return reads


def stray_edge_mark(span: str) -> str | None:
    """What is wrong when a quote's text opens or ends with a quote mark
    that pairs with no mark inside it (the marks around the words are no
    part of them), read as the engine pairs marks (quotes.py) on the text
    alone, a stop after it: a mark at an edge must open or close one of its
    pairs.  None when neither edge is such a mark.  A name in marks at an
    edge ("«حماس» لن تشارك") pairs inside, and is kept.  (A lone straight
    apostrophe is no mark here: whether it is one depends on the text
    around the span.)"""
    folded, offsets = fold_with_offsets(span)
    folded, _ = single_marks(_LONE_APOSTROPHE.sub("x", folded), offsets)
    if not folded or (folded[0] not in QUOTE_MARKS and folded[-1] not in QUOTE_MARKS):
        return None
    pairs = find_marked_quotes(folded + ".")
    if folded[0] in QUOTE_MARKS and not (pairs and pairs[0][0] == 0):
        return f"opens with an unpaired mark {folded[0]!r}"
    if folded[-1] in QUOTE_MARKS and not any(c == len(folded) - 1 for _, c in pairs):
        return f"ends with an unpaired mark {folded[-1]!r}"
    return None


_LONE_APOSTROPHE = re.compile(r"(?<!')'(?!')")


def _env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "")
    return int(value) if value.strip() else default


def test_invented_articles_from_templates_keep_the_contract():
    n = _env_int("FUZZ_TEXTS", 8000)
    seed = _env_int("FUZZ_SEED", 20261204)
    failures = []
    for label, text in _Gen(seed).texts(n):
        problem = contract_violation(text)
        if problem is not None:
            failures.append(f"{label}: {text!r}\n{problem}")
            if len(failures) >= 5:
                break
    assert not failures, "\n\n".join(failures)


def test_sentence25_articles_keep_the_contract():
    # fuzz25's news shapes and odd Unicode alone (about 2 s): the mix does not
    # draw them, so that the earlier sessions' draws stay as they were
    failures = []
    for label, text in _Gen(_env_int("FUZZ_SEED", 20261206), 25).texts(1200):
        problem = contract_violation(text)
        if problem is not None:
            failures.append(f"{label}: {text!r}\n{problem}")
            if len(failures) >= 5:
                break
    assert not failures, "\n\n".join(failures)


def test_the_generator_draws_every_template():
    # the generator itself: twenty thousand texts of the mix (about a
    # second) draw the rarer templates (relays, أما, bulleted statements,
    # interviews, وهو ما, a dated cable, a speaker after the quote; sentence13
    # draws a share of them, and seed 7's first four thousand texts hold no
    # "لشؤون"; since sentence19 its first twelve thousand hold no "سفير
    # العراق"; since sentence24 shifted the draws, seed 33's hold no "الجوقة":
    # seed 47, and the markers are looked for as spell18 may write them)
    texts = [t for _, t in _Gen(47).texts(20000, scraped=False)]
    joined = _spellings("\n".join(texts))
    # and two of the twelfth session's (a post "لشؤون …", a quote nested
    # after a colon in another), two of the thirteenth's (a community, a
    # document's author after من قبل), two of fuzz16's sentence16 (سواء تعلق
    # الأمر, a participle of claiming), three of fuzz17's sentence17 (غير
    # أنه قال, a post in construct with its country, an envoy with إلى) and
    # four of fuzz18's sentence18 (a work entitled, a body recognised, a
    # warning's plural, the participle of صرّح) and three of fuzz19's
    # sentence19 (WikiLeaks speaking, a place in أم after في, a league: its
    # stem, as spell18 may write ة as ه) and four of fuzz20's sentence20
    # (condolences after a name, a choir as a body, a post said short, a
    # bare title's verb before من)
    markers = (
        "نقلت", "أما", "أبرز ما", "س:", "وهو ما", "تعود إلى", "هكذا علق", "لشؤون", "قال لي",
        "الجالية", "من قبل", "تعلق الأمر", "زاعم", "غير أنه قال", "سفير العراق", "عاد المبعوث",
        "الموسوم", "المعترف", "تحذيرات", "مصرح", "ويكيليكس", "في أم ", "الرابط",
        "تعازي", "الجوقة", "هيئة الاستثمار", "قلل من",
    )  # fmt: skip
    for marker in markers:
        assert _spellings(marker) in joined, marker
    # the mix draws the later sessions' sentences too (a relay through a
    # relayer's relay, a transcript's panel, a sheikha's lineage, an
    # election's turnout)
    for marker in ("التي نقلت بدورها عن", "المتحدثون في الندوة", "قالت الشيخة", "نسبة المشاركة"):
        assert _spellings(marker) in joined, marker


# sentence25's template 16 alone: a quote opened again on each of three
# paragraphs (a bare "\n«" also comes from template 17 or an earlier
# session's quote after a new line)
_K16_PARAGRAPHS = re.compile(": «[^»\n]*\n«[^»\n]*\n«")


@pytest.mark.parametrize(
    ("only", "markers"),
    [
        # fuzz21's sentence21 (a relay through a relayer's relay, a month
        # named twice, a cable's classified header, digits of both scripts
        # in a percentage)
        (21, ("التي نقلت بدورها عن", "نيسان أبريل", "C O N F I D E N T I A L", "٪40")),
        # fuzz22's sentence22 (a transcript's panel, a table of who said
        # what, a cable paragraph in English, numbered questions, a question
        # in a headline)
        (22, ("المتحدثون في الندوة", "| الاسم |", "told PolOff", "ردا على أسئلتنا", "يجيب")),
        # one for each of fuzz23's fifteen sentence23 templates (k 0-14: a
        # possessed title in commas, a participle of belonging, an elative,
        # the residents glued to لـ, a gathering and those it counts, a
        # colon after an adverbial أنْ, a noun of words before marks, an
        # unclosed opener after the chant of those there, a body known as, a
        # caption in brackets, a noun with "our", a sheikha's lineage, a
        # slashed title, a كان clause, armed forces a post is held in)
        (
            23,
            (
                "أمينه، ", "المنضوية تحت لواء الجبهة", "الأكثر تمثيلا في البرلمان", "لأبناء الحي",
                "أمام ملتقى ضم", "اطلع على التقرير", "لخصت موقفه", "هتافات الغاضبين",
                "الشهير بـ«الحكيم»", "(يسار الصورة)", "مراسلنا", "قالت الشيخة", "المسؤول/ة",
                "يرد على أسئلة الصحفيين", "درع الوطن",
            ),
        ),
        # one for each of fuzz24's eighteen sentence24 templates (k 0-17: a
        # breaking header, then its story's place, a dash and an agency, as
        # k 0 alone writes it ("عاجل" is k 13's too: it held with k 0
        # drawn as 13); an embedded post's handle, a statement's points,
        # a charge sheet, a match, a forecast, a toll, a bracketed insert, a
        # quote split by its speaker, a video, a joint press conference, a
        # royal chain, parliament, a live page's times, an update note, a
        # turnout, a columnist, a kunya)
        (
            24,
            (
                " - وكالة", "(@", "النقاط التالية", "لائحة الاتهام", "عقب المباراة", "مقارنة بـ",
                "حصيلة", "(يقصد المعارضة)", "، يضيف", "مقطع فيديو متداول", "مؤتمر صحفي مشترك",
                "صاحب السمو الملكي", "قبة البرلمان", "بتوقيت غرينتش", "تم تحديث هذا الخبر",
                "نسبة المشاركة", "في مقاله المنشور", "أم محمد",
            ),
        ),
        # one for each of fuzz25's twenty sentence25 templates (k 0-19: an
        # answer at a press conference, an obituary, inflation, a footer, a
        # hadith, a poem, a fact check, a time of day, a translation, numbered
        # measures, dialect, a chain of reported speech, a byline, a post
        # with tags, a question headline, a Hijri date, paragraphs opened
        # again, the speaker after a dash, a match's minute, a breaking tag)
        (
            25,
            (
                "وفي رده على سؤال حول", "الفقيد قائلا", "معدل التضخم", "المصدر: وكالات",
                "رواه البخاري", "ويقول الشاعر", "الادعاء:", "بتوقيت مكة المكرمة", "(بالفارسية:",
                "الإجراءات التالية", "والله ما عندنا شي", "ولفت إلى أن", "مراسل الجزيرة",
                "على منصة «إكس»", "خبير يجيب", "ذو الحجة", _K16_PARAGRAPHS, "» — ",
                "الهدف الثاني (د", "حصري |",
            ),
        ),
    ],
)  # fmt: skip
def test_the_generator_draws_every_template_of_a_session(only, markers):
    # each session's sentences alone, four thousand texts (a fifth of a
    # second each): every template drawn
    joined = _spellings("\n".join(t for _, t in _Gen(33, only).texts(4000, scraped=False)))
    for marker in markers:
        if isinstance(marker, re.Pattern):
            assert marker.search(joined), marker.pattern
        else:
            assert _spellings(marker) in joined, marker


def _spellings(s: str) -> str:
    """s with the letters spell18 may write otherwise written as it may:
    hamza seats dropped, ة as ه, ى as ي."""
    return s.translate(_NO_HAMZA).replace("ة", "ه").replace("ى", "ي")


def main(argv: list[str]) -> int:
    """python -m tests.extraction.test_fuzz_templates N [SEED [ONLY]]: run N
    articles (ONLY=21, 22, 23, 24 or 25: made of sentence21, sentence22,
    sentence23, sentence24 or sentence25 alone), print
    each failure (first
    per distinct last frame)."""
    n = int(argv[0]) if argv else 1000
    seed = int(argv[1]) if len(argv) > 1 else 20261204
    only = int(argv[2]) if len(argv) > 2 else None
    seen: dict[str, int] = {}
    count = 0
    for label, text in _Gen(seed, only).texts(n):
        count += 1
        problem = contract_violation(text)
        if problem is None:
            continue
        lines = [ln for ln in problem.strip().splitlines() if ln.strip()]
        key = "\n".join(lines[-3:])
        seen[key] = seen.get(key, 0) + 1
        if seen[key] == 1:
            print(f"== {label}: {text!r}\n{problem}", flush=True)
    print(f"{count} texts, {sum(seen.values())} failures, {len(seen)} distinct", flush=True)
    return 1 if seen else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
