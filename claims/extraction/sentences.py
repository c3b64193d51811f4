"""Structure: the quote spans and the sentences around them.

Marked quotes, unmarked direct speech after a cue and a colon (``قائلا: …``),
the answers of an interview transcript (``س:``/``ج:``), and the sentence
boundaries, including the soft ones of text whose full stops were dropped.
A mixin of ``engine._Extractor``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate, pairwise

from claims.extraction import lexicon as lx
from claims.extraction import words as _words_module
from claims.extraction.dates import MONTHS as _MONTHS
from claims.extraction.quotes import (
    _GLUED_SAID,
    _LINE_FINAL,
    OPEN,
    QUOTE_MARKS,
    _apostrophe_marks,
    find_marked_quotes,
)
from claims.extraction.words import (
    _AFTER_QUOTE_OPENERS,
    _AMMA,
    _BEFORE_AN,
    _CLAUSE_PUNCT,
    _COMMAS,
    _DASHES,
    _FA_CLAUSE,
    _FA_THAT,
    _FRONTED_OPENERS,
    _HEADLINE_WORDS,
    _HIS_SAYING,
    _IN_OR_FROM,
    _NAME_PREPOSITIONS,
    _NAMED_IT,
    _PARENS,
    _QUOTE_MARK_SET,
    _SAYING,
    _SENTENCE_END,
    _SENTENCE_END_CHARS,
    _SOFT_OPENERS,
    _SOURCE_OPENERS,
    _THAT,
    _TIES,
    _TITLE_LIKE,
    _TURN_NEXT,
    _VERB_KINDS,
    _WAS,
    _WHAT_NAMED,
    _WROTE,
    _cue_of,
    _going_on_present_idle,
    _lemma_key,
    _Quote,
    set_indices,
)

# Called as ``name.method(...)``, so bound here by assignment rather than
# imported: CPython 3.11 compiles a method call on an imported name as an
# attribute load and a call (it takes the name for a module), which makes a
# bound method object on every call, where a module global gets LOAD_METHOD.
_RUN_IN_ANSWER = _words_module._RUN_IN_ANSWER
_RUN_IN_QUESTION = _words_module._RUN_IN_QUESTION
_CLAIMING_FORMS = _words_module._CLAIMING_FORMS
_WE_NEGATIONS = _words_module._WE_NEGATIONS
_SOURCE_AFTER_OPENER = _words_module._SOURCE_AFTER_OPENER
_AS_BEFORE_REPORTING = _words_module._AS_BEFORE_REPORTING

# A web page's pointer to other articles ("اقرأ أيضا: «…»", "ذات صلة:"),
# left in the text by a scraper: the headlines in marks on its line, and on
# the lines of a list right under a bare label, are no quotation of this
# article.  (Folded text: hamzas and tanween are gone, ة is ه.)
_RELATED_LABEL = re.compile(
    # (spaces, not \s: the label never runs onto the next line, its list)
    # (in brackets as well: "(اقرأ أيضا: …)")
    r"^[ \t\-–—•*>#|(\[]*(?:"
    # (the reader addressed in both genders, "اقرأ/ي أيضًا", "شاهد/ي", or
    # as a woman or as many: "اقرئي", "اقرأوا", "اقرؤوا", "شاهدوا"; not
    # "تابعوا", also the past "they went on": "تابعوا أيضا: «…»" is said)
    r"(?:[او]?ا?قر(?:ا|ا?وا|و?وا|يي)|(?:طالع|شاهد|اطلع)(?:وا|ي)?|تابعي?)"
    r"(?:[ \t]*/[ \t]*ي)?[ \t]+(?:ايضا|كذلك|المزيد)"
    r"|(?:مواضيع|اخبار|مقالات|روابط|قصص)[ \t]+ذات[ \t]+صله|ذات[ \t]+صله"
    r"|المزيد[ \t]+من[ \t]+(?:الاخبار|المقالات|المواضيع)|قد[ \t]+يهمك|يهمك[ \t]+ايضا"
    # (and "اقرأ أيضا.. «…»": two stops or more, no full stop of a sentence)
    r")[ \t]*(?:[:：\-–—|]|\.\.|…|$)",
    re.MULTILINE,
)


def _quote_key(q: _Quote) -> tuple:
    """A quote's fields, which == compares (a _Quote has no hash)."""
    return (q.start, q.end, q.open_tok, q.close_tok, q.marked, q.answer, q.headline)


# a line of such a list: a bullet or a number, then only a quote in marks
_LIST_HEADLINE = re.compile(r"[ \t\-–—•*>#|\d.)]*$")


def _related_headlines(folded: str) -> list[tuple[int, int]]:
    """Character ranges (lines) that hold other articles' headlines: a
    label's line, and under a bare label the lines that hold only a headline
    in marks (after a bullet or a number), up to the first other line."""
    spans: list[tuple[int, int]] = []
    # _RELATED_LABEL.finditer(folded), tried only at the line starts, where
    # its ^ can match: the regex engine has no first-character table for ^
    # and would try every position (~1 % of the run, for a rare label)
    at = 0
    while at >= 0:
        m = _RELATED_LABEL.match(folded, at)
        end = folded.find("\n", at)  # (the match stays on its line)
        at = end + 1 if end >= 0 else -1
        if m is None:
            continue
        end = len(folded) if end < 0 else end
        spans.append((m.start(), end))
        if folded[m.end() : end].strip():
            continue  # "اقرأ أيضا: «…»": the headline is on the label's line
        # a bare label: the lines right under it that hold only a headline
        while end < len(folded):
            start = end + 1
            end = folded.find("\n", start)
            end = len(folded) if end < 0 else end
            line = folded[start:end].strip()
            if not line:
                continue  # (blank lines between the items, as a page's list)
            open_at = min((line.find(ch) for ch in QUOTE_MARKS if ch in line), default=-1)
            if open_at < 0 or not _LIST_HEADLINE.match(line, 0, open_at):
                break
            if line.rstrip(".…؛; ")[-1:] not in _QUOTE_MARK_SET:
                break  # ("«…»، قال النائب.": the article again)
            spans.append((start, end))
    return spans


def _within(firsts: list[int], reach: list[int], a: int) -> bool:
    """Offset ``a`` lies in one of the ranges sorted by their first offsets
    ``firsts``, ``reach`` the farthest end of those up to each."""
    i = bisect_right(firsts, a)
    return i > 0 and reach[i - 1] > a


# "إلا أننا «…»": أنّ with the speaker's own pronoun before the words
_WE_THAT = lx._fold_set("أننا بأننا وأننا لأننا أنني بأنني")
# aside_at: "، ولعل هذا", the narrator's guess, and "، كما جاء في", his
# source, after words said without marks (folded)
_THIS_THAT = _words_module._THIS_OR_THAT
# _counted_things: counts in letters, and "عدة" after a plural ("أمور عدة")
_SPELLED_COUNTS = _words_module._SPELLED_COUNTS
_SEVERAL = lx._fold_set("عدة")
_CAME_IN = _words_module._CAME_ON_TONGUE
# … and the texts that report words he names after كما جاء في (without ال)
_WORDS_REPORTED_IN = lx.DOCUMENT_HEADS | lx.EVENT_NOUNS
# find_unclosed: a bare أنّ, إنّ, بأنّ (folded), on which no speech ends
_BARE_THAT_LAST = _words_module._BARE_THAT - {"لان"}  # (not لأن, "because")

# "أنّ" opening the verb's that-clause after a name whose closing mark stands
# alone (closed_only): not joined with و (a second clause of the words
# said), nor لأنّ/فإنّ, which go on inside them
_THAT_AFTER_NAME = lx._fold_set(
    "إن إنه إنها إنهم إنهما أن أنه أنها أنهم أنهما بأن بأنه بأنها بأنهم"
)

# prepositions that cannot end words said, their object still to come
# (closed_only; not على, folded as the name علي)
_OBJECT_NEEDED = lx._fold_set("حول عن في من إلى مع ضمن")

# words that open an aside in parentheses after a verb, not its speech
# ("وقال (في إشارة إلى …) إن"): prepositions, adverbials, "that is"
_ASIDE_OPENERS = lx._fold_set(
    "في عن على إلى خلال أمام لدى حول بعد قبل منذ مع ضد عبر حتى أثناء عند "
    "بحسب حسب وفق وفقا نقلا ردا تعليقا تعقيبا جوابا أي يعني يقصد وهو وهي مشيرا"
)

# the participle "saying" (قائلا، قائلة، قائلين، قائلات، قائلتين), with و
_SAYING_PARTICIPLES = lx._fold_set("قائلا قائلة قائلين قائلات قائلتين وقائلا وقائلة")
# (the whole text's tests, once an article: see words._literal_search)
# "قايل" of those participles (find_saying_without_colon): a literal's regex
_SAYING_PARTICIPLE = re.compile("قايل")
# find_saying_after_comma: a comma, then "we"/"I" or a negation, the words'
# first (a regex over the folded text finds the few places; it reads the
# hamzas of the text as printed too, for extract()'s test of a text with
# no mark nor colon)
_WE_FIRST = "(?:نحن|[اأ]نا|[اإ]ننا|[اإ]نني|لدينا|علينا|لن|لا|لم) "
_COMMA_THEN_WE = re.compile("[،,] ?[وف]?" + _WE_FIRST)
# (its test of a whole text, once an article: a pattern opening on one
# literal is searched five times faster than on a class of two, so each
# comma has its own, the Latin one only in a text that has it; speed15b)
_ARABIC_COMMA_THEN_WE_RE = re.compile("، ?[وف]?" + _WE_FIRST)
_LATIN_COMMA_THEN_WE_RE = re.compile(", ?[وف]?" + _WE_FIRST)
_ARABIC_COMMA_THEN_WE = _ARABIC_COMMA_THEN_WE_RE.search
_LATIN_COMMA_THEN_WE = _LATIN_COMMA_THEN_WE_RE.search


def _comma_then_we(folded: str) -> bool:
    """``_COMMA_THEN_WE.search(folded) is not None``, faster."""
    return _ARABIC_COMMA_THEN_WE(folded) is not None or (
        "," in folded and _LATIN_COMMA_THEN_WE(folded) is not None
    )


def _commas_then_we(folded: str) -> list[re.Match[str]]:
    """``list(_COMMA_THEN_WE.finditer(folded))``, faster: each comma's own
    pattern, opening on its literal, in order of place (a match holds one
    comma, its first character, so no two of them overlap; speed36)."""
    found = list(_ARABIC_COMMA_THEN_WE_RE.finditer(folded))
    if "," in folded and (latin := list(_LATIN_COMMA_THEN_WE_RE.finditer(folded))):
        found = sorted(found + latin, key=_match_start) if found else latin
    return found


def _match_start(m: re.Match[str]) -> int:
    return m.start()


# an interview's answer line, "ج: …", and a question ending its line (find_answers)
_ANSWER_LINE_IN = _words_module._literal_search("\nج")
_QUESTION_LINE_IN = _words_module._literal_search("؟\n")
# who it was said to, right after the participle ("قائلا له")
_TO_THEM = _words_module._TO_THEM

# full stops (ends_speech)
_STOPS = ".!?؟"
_STOP_TOKENS = frozenset(_STOPS)
# unclosed speech: أنّ (or بأنّ) that a participle of saying takes, right
# after it or after إلى/على ("مؤكدا أن", "مشيرا إلى أن", "مشددا على أن")
_THAT_CLAUSE = lx._fold_set("أن أنه أنها أنهم بأن بأنه بأنها بأنهم")
_TO_OR_ON = _words_module._TO_OR_ON
# resumed_with_that: a connective of the narrator's with the speaker in the
# third person ("، لكنه أوضح أن", "، بينما أكد آخرون أنهم"), or before أنّ
# with his pronoun ("، غير أنه أقر بأن", "، إلا أنها أشارت إلى أن")
_RESUMING = lx._fold_set("لكنه لكنها لكنهم لكنهما ولكنه ولكنها ولكنهم ولكنهما فيما بينما ثم كما")
_BUT_BEFORE_THAT = lx._fold_set("غير إلا")
# next_speech_after: the speaker telling what was said to him ("وقال لي X:")
_FIRST_PERSON_TO = lx._fold_set("لي لنا")
_HIS_THAT = lx._fold_set("أنه أنها أنهم أنهما")
# "، وأنّ …" coordinating a second that-clause of the narrator's verb
_AND_THAT = lx._fold_set("وأن وأنه وأنها وأنهم وبأن وبأنه وبأنها وبأنهم")
# "وإنْ كان" (even if), folded like "وأنّ": the speaker's concession
_EVEN_IF_NEXT = lx._fold_set("كان كانت كانوا كنا كنت لم")
# words of the speaker's that take أنْ or أنّ themselves ("يجب …، وأن
# نعمل"): with one of them in the words, "، وأن" may go on with them
_TAKES_THAT = lx._fold_set(
    "يجب ينبغي يتعين لابد بد على نريد أريد يريد تريد يريدون نأمل نتمنى علينا عليه "
    "عليها عليهم يمكن نحاول نسعى نطالب نؤكد أؤكد نرى أرى نعتقد أعتقد نعلم أعلم "
    # demanding, calling, hoping, what matters ("تطالب بالإفراج …، وأن
    # تتوقف", "ندعو … إلى ضبط النفس، وأن يحتكموا", "المهم …، وأن تبقى")
    "تطالب يطالب يطالبون أطالب ندعو أدعو يدعو تدعو يدعون أتمنى نرجو أرجو نناشد "
    "أناشد نحث أحث المهم الأهم الضروري ضرورة"
)
# the speaker's own "we" ("نحن", "عشنا", "مطالبنا"): a plural participle
# after it is his ("… باقون في الشارع مؤكدين أن"), not the narrator's
_WE = lx._fold_set("نحن")

# "تقول شيئا آخر:": an indefinite object of the verb before a colon
# (find_unmarked); "يكشف كل شيء:", a headline's "reveals everything:"
_SOMETHING = lx._fold_set("شيئا أمرا كلاما شيء")
# opening_words: a given name may open a headline's speaker
_GIVEN_NAMES = _words_module._GIVEN_NAMES
# titled_subject_fills: words that head a list before its colon ("… محاور
# عدة منها:", "… أسماء عدة أبرزهم:", "ومن بينهن:"), the pronoun of any
# gender and number, with و or not
_LIST_HEADS = frozenset(
    p + stem + pronoun
    for stem in lx._fold_set("من بين أبرز أهم")
    for pronoun in ("ه", "ها", "هم", "هن", "هما")
    for p in ("", "و")
)
# find_unmarked: verbs of stating whose titled subject may fill the words
# up to the colon, as after a verb of saying ("وأكد المهندس X Y رئيس …:")
_STATING = lx._fold_set("أكد أوضح")
# find_unmarked: a cue right before marks after a colon hands its words to them
_HANDING = frozenset((lx.VERB, lx.PARTICIPLE, lx.RELAY))
# "the following" right before a colon ("صرح المصدر بما يلي:", "وجاء في البيان
# ما يلي:", "على النحو التالي:"): it points at the text after the colon
_FOLLOWING = lx._fold_set("يلي التالي الآتي")
# the impersonal "it came in (the statement)", which a colon and "the
# following" make speech: "وجاء في البيان ما يلي:" (not a cue word alone)
_IT_CAME = lx._fold_set("جاء وجاء فجاء ورد وورد")
# the occasion of a statement after its verb and subject ("في تصريحات",
# "خلال كلمته", "في حديثه لـ…"), and the prepositions that bring it
_SPEECH_OCCASIONS = lx._fold_set(
    "تصريح تصريحات تصريحه تصريحاته تصريحها تصريحاتها حديث حديثه حديثها كلمة كلمته "
    "كلمتها مقابلة مقابلته مقابلتها لقاء لقائه لقائها مداخلة مداخلته مداخلتها "
    # a broadcast the words were said on: "وقال خلال برنامج … على قناة …:",
    # "في حوار مع …", "في حلقة من …"
    "حوار حواره حوارها برنامج البرنامج حلقة الحلقة"
)
_AT_OCCASION = _words_module._AT_OCCASION
# find_unmarked: a written statement or a gathering the words were said in
# ("وقال في بيان نشره على صفحته …:", "في تغريدة على حسابه …:", "في ختام
# زيارته …:", "خلال وقفة أمام …:"), after في/خلال or a word of its time
_SAID_AT = lx._fold_set(
    "بيان بيانه بيانها تغريدة تغريدته تغريدتها تدوينة تدوينته تدوينتها منشور منشوره "
    "منشورها رسالة رسالته رسالتها جلسة الجلسة جلسته جلستها اجتماع الاجتماع اجتماعه "
    "اجتماعها مؤتمر المؤتمر لقائه لقائها زيارة الزيارة زيارته زيارتها ندوة الندوة "
    "ملتقى الملتقى منتدى المنتدى حفل الحفل وقفة الوقفة"
)
_AT_SAID_AT = lx._fold_set("في خلال أثناء لدى عقب ختام هامش افتتاح اختتام")
# told_inside: particles that open or make a clause, never in an adjunct
_CLAUSE_PARTICLES = lx._fold_set("ما لا لم لن قد ليس إن إنه")
# "وقال X، مدرب المنتخب، في المؤتمر الصحفي قبل مواجهة … بالكويت: …": a
# press conference or briefing, the occasion of the words after the colon
_PRESS_MEETINGS = lx._fold_set("مؤتمر المؤتمر ندوة الندوة إيجاز الإيجاز مؤتمرا")
# aside_at: "…، وذلك خلال مؤتمر صحفي", "، وذلك في تصريح لـ…", "، وذلك على
# هامش الندوة": the narrator tells the occasion of the words just given
_THAT_WAS = lx._fold_set("وذلك")
_AT_OCCASION_OF = lx._fold_set("في خلال أثناء لدى عقب عبر على بعد")
_OCCASIONS_TOLD = _SPEECH_OCCASIONS | _words_module._GATHERINGS | lx._fold_set("هامش")
# "about": a headline's words after the colon that open with it give the
# topic the speaker spoke on ("الوزير: حول الامتحانات"), not his words
_ABOUT_TOPIC = lx._fold_set("حول بشأن بخصوص عن")
# what opens an item of a list, a line of its own ("- …", "• …")
_BULLETS = frozenset("-–—•*▪●■◾►")


# after a statement's closing mark, with a comma a few words on: a fronted
# place or an unnamed source opening the next sentence (text without stops)
_OPENS_AFTER_SPEECH = frozenset({"امام", "عند", "احد", "احدي"})


# what a line cannot end its sentence with: a comma (_COMMAS), or a word
# that needs the words after it (a preposition, أنّ/إنّ, a conjunction)
_NEEDS_MORE = _words_module._words(
    "ان الي علي عن في من مع بين حول لدي عند بعد قبل خلال و او ثم الذي التي الذين"
    # (a pronoun with و opens a clause whose predicate is still to come:
    # "… من أجل التأهل، وأنا\nسعيد بالنتيجة")
    " وانا ونحن"
)


def _wraps_mid_sentence(folded: str, c: int) -> bool:
    """Whether the line break at ``c`` only wraps a sentence (text
    hard-wrapped at a fixed width, "…، معتبرا أن\n«…»"): the line ends with
    a comma or a word that cannot end a sentence, and the next line follows
    at once (no blank line)."""
    if c + 1 >= len(folded) or folded[c + 1] == "\n":
        return False
    e = c
    while e > 0 and folded[e - 1] in " \t\r":
        e -= 1
    if e == 0:
        return False
    if folded[e - 1] in _COMMAS:
        return True
    b = max(folded.rfind(" ", 0, e), folded.rfind("\n", 0, e)) + 1
    last = folded[b:e]
    if last.isdigit() and len(last) <= 2:
        # "… وصفه في 18\nكانون الأول 2007 بأنه": a day's number, its month
        # on the next line: the wrap splits a date, not two sentences
        words = folded[c + 1 : c + 24].split()
        return bool(words) and (
            words[0] in _MONTHS or (len(words) > 1 and words[0] + " " + words[1] in _MONTHS)
        )
    return last in _NEEDS_MORE


# a text hard-wrapped at a fixed width (_wrap_width): most of its lines fill
# the width, which is a line's, not a paragraph's
_WRAP_MIN_LINES = 5
_WRAP_MIN_WIDTH = 50
_WRAP_MAX_WIDTH = 110


def _wrap_width(folded: str) -> int:
    """The width a text was hard-wrapped at, or 0: five lines or more, the
    longest a printed line's (50 to 110 characters), and three in
    five of the lines that do not end a paragraph (the next line not blank)
    filling it to within a fifth, two of them ending where no sentence can.
    Scraped text, a paragraph a line, has lines of every length and longer
    ones."""
    lines = folded.split("\n")
    if len(lines) < _WRAP_MIN_LINES:
        return 0
    width = 0
    for line in lines:
        size = len(line.rstrip())
        if size > _WRAP_MAX_WIDTH:
            return 0
        if size > width:
            width = size
    inner = [len(line.rstrip()) for line, nxt in pairwise(lines) if line.strip() and nxt.strip()]
    if len(inner) < _WRAP_MIN_LINES - 1 or width < _WRAP_MIN_WIDTH:
        return 0
    full = sum(1 for size in inner if size * 5 >= width * 4)
    if full * 5 < len(inner) * 3:
        return 0
    # and the sign of a wrap itself: two lines at least that end where no
    # sentence can (a comma, a preposition, أنّ: _wraps_mid_sentence), not
    # a list of headlines or of quotes a line each
    c = folded.find("\n")
    seen = 0
    while c != -1:
        if _wraps_mid_sentence(folded, c):
            seen += 1
            if seen == 2:
                return width
        c = folded.find("\n", c + 1)
    return 0


def _fills_wrapped_line(folded: str, c: int, width: int) -> bool:
    """Whether the line that ends at ``c`` in a text hard-wrapped at
    ``width`` fills it (to within a fifth) and ends with no final
    punctuation or mark, the next line following at once: the break only
    wraps its sentence ("… نائب مستشار الامن\nالقومي …")."""
    if c + 1 >= len(folded) or folded[c + 1] == "\n":
        return False
    b = folded.rfind("\n", 0, c) + 1
    line = folded[b:c].rstrip()
    return bool(line) and len(line) * 5 >= width * 4 and line[-1] not in _LINE_FINAL


def _in_short_brackets(folded: str, c: int) -> bool:
    """Whether the point at c stands inside short brackets ("(م. س)",
    "(ع. م. ب)"): an opening bracket a few characters before it, and a
    closing one a few characters after it, with no other bracket between."""
    opening = folded.rfind("(", max(0, c - 12), c)
    if opening < 0 or ")" in folded[opening:c]:
        return False
    closing = folded.find(")", c, c + 12)
    return closing >= 0 and "(" not in folded[c:closing]


# a sign that a paragraph opened by a mark never closed is someone's words
# (find_unclosed): "we", "I", a word in نا, a modal or a negation of the
# speaker's ("نحن ملتزمون", "لا يمكن", "علينا أن"), not a title whose mark
# was lost before the narrator's description ("“حركة X حزب تأسس عام …")
_SPEECH_SIGNS = _words_module._words("نحن انا اننا انني انتم لن لا يجب ينبغي")
# (the pronouns with و or ف: "ونحن ملتزمون …", "فأنا لم …")
_SPEECH_SIGNS = _SPEECH_SIGNS | frozenset(
    p + w for w in _words_module._words("نحن انا اننا انني انتم") for p in "وف"
)


# find_unmarked: the preposition a participle of saying takes (its Cue's
# particle), as it stands folded after it ("مشيرا إلى", "مشددا على")
_PARTICLE_FOLDED = {"إلى": "الي", "على": "علي", "عن": "عن", "في": "في"}

# find_unmarked: "بأنّ" after a colon, a that-clause (folded)
_BI_THAT = lx._fold_set("بأن بأنّ وبأن")


def _opens_alone(span: str) -> bool:
    """Whether the mark opening ``span`` pairs with a mark inside it when
    read alone, a stop after it.  The mark after a span may change how the
    span's own marks pair: in "««نحن … «هذا الحل” … نحاور»»»" (a doubled
    opener, a mixed pair inside) the span after the first « reads its «
    as closed by the ” only because a » follows; alone, the inner «…” pair,
    and that « is a doubled mark the words do not hold."""
    pairs = find_marked_quotes(span + ".")
    return bool(pairs) and pairs[0][0] == 0


# without_stray_marks: the most passes that trim one mark at a time
_STRAY_TRIMS = 8


def _closes_alone(span: str) -> bool:
    """Whether the mark ending ``span`` closes a pair of its marks when read
    alone, a stop after it (as _opens_alone for the mark opening it): in
    'أن"القرار! … "أما قبل″' the ″ closes the quote the " glued to أنّ opens
    only with the " after the span; alone, the two " pair and it closes
    nothing."""
    last = len(span) - 1
    return any(c == last for _, c in find_marked_quotes(span + "."))


# marked_statement_paragraphs: the speaker's own pronoun, alone or with و/ف
_FIRST_PERSON = frozenset(
    p + w
    for w in _words_module._words("نحن انا اننا انني لدينا علينا عندنا لنا لي")
    for p in ("", "و", "ف")
)


def _counted_things(between: list[str]) -> bool:
    """The words before a colon end with things counted, the object of a
    verb of stating that heads the list after it ("وأكد X رئيس الهيئة على
    ثلاثة أمور:", "… ضرورة الالتزام بثلاثة شروط:", "… أمورا عدة:"): a
    count in letters or figures, bare or glued to بـ/لـ/و, before the last
    word, or "عدة" last. A title's own words end with no count."""
    if len(between) < 2:
        return False
    if between[-1] in _SEVERAL:
        return True
    w = between[-2]
    if w[:1] in "بلو" and w[1:] in _SPELLED_COUNTS:
        return True
    return w in _SPELLED_COUNTS or w.isdigit()


def _without_article(tok: str) -> str:
    """``tok`` without the article ال (a name or a title's second word:
    "وزير مالية" and "وزير المالية" are one)."""
    return tok[2:] if tok[:2] == "ال" and len(tok) > 4 else tok


def _speech_sign(toks) -> bool:
    return any(t in _SPEECH_SIGNS or (len(t) >= 4 and t.endswith(("نا", "ني"))) for t in toks)


def _imperative_plural(w: str) -> bool:
    """``w`` has the shape of a plural imperative opening words said
    ("افتحوا", "انتبهوا"): alif first (folded hamza), وا last, no و
    glued before it."""
    return len(w) >= 5 and w[0] == "ا" and w[-2:] == "وا"


class _Sentences:
    """Quote spans and sentence boundaries (mixin of engine._Extractor)."""

    __slots__ = ()  # (see engine._Extractor)

    # -- structure -----------------------------------------------------------

    def find_quotes(self) -> list[_Quote]:
        doc = self.doc
        folded = doc.folded
        quotes: list[_Quote] = []
        self.in_quote = in_quote = bytearray(self.n)
        self.loose_marks = loose = []
        marked = find_marked_quotes(folded, loose)
        tok_starts = doc.starts
        self.related_lines = None
        if related := _related_headlines(folded):
            # (a token is in one of those lines when the farthest end of the
            # lines begun at or before it passes it: a bisect, not a test of
            # every line for each mark and token, which grew with the square
            # of a long page of related headlines and quotes; fuzz23; the
            # lines come in text order: a headline's line is never a label's)
            firsts = [s for s, _ in related]
            reach = list(accumulate((e for _, e in related), max))
            self.related_lines = (firsts, reach)
            marked = [(a, b) for a, b in marked if not _within(firsts, reach, a)]
            loose[:] = [(a, k) for a, k in loose if not _within(firsts, reach, a)]
            # nor are the words of those lines the article's: "اقرأ أيضا:
            # وزير المالية يعلن خطة" has no cue whose subject the next verb
            # with none takes up, nor a person a later "الوزير" is
            self.candidates = [
                k for k in self.candidates if not _within(firsts, reach, tok_starts[k])
            ]
        for a, b in marked:
            s, e = a + 1, b
            while s < e and folded[s].isspace():
                s += 1
            if s < e and folded[s] == ":":
                # ("قائلا:”: …”", "قائلا” : …”": the cue's colon typed
                # again, or only, inside the marks, no word said; dev31d)
                s += 1
                while s < e and folded[s].isspace():
                    s += 1
            while e > s and folded[e - 1].isspace():
                e -= 1
            if s >= e:
                continue
            o = bisect_left(tok_starts, a)
            c = bisect_left(tok_starts, b, o)
            if c - o > 8 and folded.find("،", s, e) != -1:
                told = self.told_inside(o, c)
                if told is not None:
                    # "إن “… الانتخابية،واضاف في حديث صحفي،  البرلمان …”": the
                    # narrator's verb inside the marks splits two quotes
                    k, k2 = told
                    quotes.append(_Quote(s, doc.ends[k - 1], o, k))
                    quotes.append(_Quote(doc.starts[k2 + 1], e, k2, c))
                    in_quote[o:k] = b"\x01" * (k - o)
                    in_quote[k2 : c + 1] = b"\x01" * (c + 1 - k2)
                    continue
            quotes.append(_Quote(s, e, o, c))
            in_quote[o : c + 1] = b"\x01" * (c + 1 - o)
        return quotes

    def without_stray_marks(self, s: int, e: int) -> tuple[int, int]:
        """The folded span ``[s, e)`` of a quote without a mark at either
        edge that pairs with no mark inside it, read as find_marked_quotes
        pairs the span's marks alone (with the character after it), and
        without the spaces it leaves at the edge: a closer never
        opened at the end of words filed up to their sentence's end
        ("وقالت: إن الوضع صعب .»…"), a nested opener never closed ("« “الوضع
        صعب»"), an opener at the text's end.  A name in marks at an edge
        ("وقال: «حماس» لن تشارك …") opens or closes a pair of the span and
        stays."""
        folded = self.doc.folded
        s0, e0 = s, e
        trims = 0
        while e - s > 1:
            trims += 1
            if trims > _STRAY_TRIMS:
                # (a span with marks piled at its edges, "«كلام «كلام «…":
                # one mark a pass, each pass pairing the span's marks, is
                # quadratic in them; past a few, every mark at either edge
                # goes, and a word opens and ends the span)
                while s < e and (folded[s] in _QUOTE_MARK_SET or folded[s].isspace()):
                    s += 1
                while e > s and (folded[e - 1] in _QUOTE_MARK_SET or folded[e - 1].isspace()):
                    e -= 1
                break
            # (with the character after it: "… «" before "وقال هذا»" opens
            # there; at the text's end nothing, as the text reads it: a stop
            # put after it made a spaced opener the text ends on, "… قال «",
            # close a quote a mark glued to أنّ opened in the span, fuzz17)
            span = self.span_marks(s, e + 1 if e < len(folded) else e)
            pairs = find_marked_quotes(span)
            if pairs and pairs[0][0] == 0 and pairs[0][1] == e - 1 - s and e - s > 2:
                # ('«"…"»', '""…""': doubled marks) a pair round all the
                # words is no part of them either
                s += 1
                e -= 1
                while s < e and folded[s].isspace():
                    s += 1
                while e > s and folded[e - 1].isspace():
                    e -= 1
                continue
            if folded[s] in _QUOTE_MARK_SET and not (
                pairs
                and pairs[0][0] == 0
                and pairs[0][1] < e - s
                and (e == len(folded) or _opens_alone(span[:-1]))
                # (a typed ‘ whose ’ is a straight apostrophe: "«‘الوضع صعب
                # 'جدا' …»" pairs no mark of its own, fuzz25)
                and not self.mixed_single_pair(s, s + pairs[0][1])
            ):
                s += 1
                while s < e and folded[s].isspace():
                    s += 1
            elif folded[e - 1] in _QUOTE_MARK_SET and not (
                any(c == e - 1 - s for _, c in pairs)
                and (e == len(folded) or _closes_alone(span[:-1]))
            ):
                e -= 1
                while e > s and folded[e - 1].isspace():
                    e -= 1
            else:
                break
        return (s, e) if s < e else (s0, e0)

    def mixed_single_pair(self, a: int, b: int) -> bool:
        """Whether the single marks at folded ``a`` and ``b`` pair a typed
        mark (‘ or ’ in the text) with a straight apostrophe that
        single_marks wrote as one: "«‘الوضع صعب 'جدا' في البلاد»" has no
        ’ for its ‘, and the apostrophes pair each other (the span's
        opener alone is asked: no closer was found paired so)."""
        folded = self.doc.folded
        if folded[a] not in "‘’" or folded[b] not in "‘’":
            return False
        text, omap = self.doc.text, self.doc.omap
        return (text[omap(a)] == "'") != (text[omap(b)] == "'")

    def span_marks(self, s: int, e: int) -> str:
        """The folded text ``[s, e)`` with its straight apostrophes used as
        marks (quotes.single_marks wrote them ‘…’ over the whole text) paired
        again within it alone: one whose pair lies outside is no mark of
        the span ("… 'طريقنا»" with its ' closed after the span: the » is
        then a closer never opened, no pair's)."""
        span = self.doc.folded[s:e]
        if "‘" not in span and "’" not in span:
            return span
        text, omap = self.doc.text, self.doc.omap
        chars = list(span)
        for k, ch in enumerate(chars):
            if (ch == "‘" or ch == "’") and text[omap(s + k)] == "'":
                chars[k] = "'"
        return _apostrophe_marks("".join(chars))

    def told_inside(self, o: int, c: int) -> tuple[int, int] | None:
        """A verb of saying of the narrator's inside the marks of one quote
        (writers who mark two statements as one): a comma, a verb of saying
        with و in the third person ("وأضاف", "وتابعت"), up to five words of
        an adjunct with no verb, and a comma or a colon, then four words or
        more, the second statement (the first has four words or more too):
        the positions of the first comma and of the second (or None)."""
        toks = self.doc.toks
        is_word = self.is_word
        if self.predicate_marked(o):
            # 'أشارت إلى أن الرئيس «نسي … عمر «جمال»، وقال وقتها للسيناتور:
            # …»': the marks open after أنّ's subject, an account of him in
            # the third person, whose "وقال" goes on with him, no narrator's
            return None
        for k in range(o + 5, c - 5):
            if toks[k] not in _COMMAS:
                continue
            w = toks[k + 1]
            if w[0] != "و":
                continue
            cue = _cue_of(w)
            if cue is None or cue.kind != lx.VERB or _lemma_key(cue) not in _SAYING:
                continue
            for k2 in range(k + 2, min(c - 4, k + 8)):
                t = toks[k2]
                if t in _COMMAS or t == ":":
                    if sum(is_word[k2 + 1 : c]) >= 4:
                        return k, k2
                    return None
                if not is_word[k2] or _cue_of(t) is not None or t in _CLAUSE_PARTICLES:
                    # ("، وقال الأمور على ما يرام، لا توجد …": a particle
                    # makes the words after the verb a clause, his words
                    # inside the speaker's, no adjunct of the narrator's)
                    break
        return None

    def predicate_marked(self, o: int) -> bool:
        """Whether the mark at token ``o`` opens after the subject of a
        that-clause (أنّ, then one to four words with no verb of saying,
        then the mark: "أن الرئيس «نسي …»"), the marks holding its
        predicate, an account of the subject rather than his words."""
        toks = self.doc.toks
        for j in range(o - 1, max(-1, o - 6), -1):
            t = toks[j]
            if t in _THAT:
                return j < o - 1
            if not self.is_word[j] or self.in_quote[j] or _cue_of(t) is not None:
                return False
        return False

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
                    # "… «…»   أمام باب الطوارئ، وقفت X"، "… «…» أحد إطارات
                    # البنك، ممن …، لخص": a fronted place with its comma, or
                    # an unnamed source, opens the next sentence
                    or (
                        toks[k] in _OPENS_AFTER_SPEECH
                        and k + 2 < n
                        and any(t in _COMMAS for t in toks[k + 2 : k + 6])
                    )
                )
            ):
                soft.add(k)
        for k in set_indices(self.soft_starts):
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
                    and not self.second_of_between(k)
                ):
                    soft.add(k)
                continue
            if after_quote and t in _AFTER_QUOTE_OPENERS:
                soft.add(k)
            elif t in _FRONTED_OPENERS:
                # its comma within six words ("وحسب السيد الوالي فإن" too),
                # or a date within ten, with no comma: "… السلطة وفي برقية
                # أخرى بتاريخ 12 جوان 2009 كتب هاريسون"
                if self.topic_opens_before(k):
                    continue
                source = t in _SOURCE_OPENERS
                for j in range(k + 1, min(n, k + 11)):
                    w = toks[j]
                    if j <= k + 6 and (w in _COMMAS or (source and w in _FA_THAT)):
                        soft.add(k)
                        break
                    if (not is_word[j] and w not in _PARENS) or in_quote[j]:
                        # (an aside in parentheses goes on: "وفي برقية لاحقة
                        # (09BEIRUT214) أرسلت في شباط 2009")
                        break
                    if dated and j in date_index:
                        d = date_index[j]
                        if d.iso and not d.relative:
                            soft.add(k)
                            break
            elif t[:3] == "فال":
                if not self.foreign_name_after_post(k):
                    soft.add(k)  # "… المفاوضات الجارية اليوم فالمبعوث الأميركي يكرر"
            elif t in _AMMA:
                # (not "إما … أو", folded alike)
                for j in range(k + 2, min(n, k + 16)):
                    w = toks[j]
                    if w[0] == "ف" and (
                        w in _FA_CLAUSE
                        or _cue_of(w) is not None
                        # "أما البرقية الثالثة، …، فتتناول": ف + a present
                        # verb of any kind answers أما
                        or (len(w) >= 6 and w[1] in "يت" and toks[j - 1] in _COMMAS)
                    ):
                        soft.add(k)
                        break

    def topic_opens_before(self, k: int) -> bool:
        """The fronted adverbial at token ``k`` follows one to three words
        that open the sentence (its text, a line or a stop before them),
        no verb nor particle among them: "السوداني وفي مقابلة أجرتها معه
        صحيفة الأهرام، أكد أن", a named topic fronted before the adverbial
        and its verb, in the same sentence (speakers.topic_before_adverbial;
        mend37c)."""
        toks, doc = self.doc.toks, self.doc
        is_word, in_quote = self.is_word, self.in_quote
        for m in range(k - 1, max(-1, k - 4), -1):
            t = toks[m]
            if not is_word[m] or in_quote[m] or t in lx.NP_STOP or _cue_of(t) is not None:
                return False
            if (
                m == 0
                or toks[m - 1] in _STOP_TOKENS
                or "\n" in doc.orig(doc.ends[m - 1], doc.starts[m])
            ):
                return t[:1] not in "وف"
        return False

    def foreign_name_after_post(self, k: int) -> bool:
        """Token ``k``, in فال, is the first word of a foreign name after a
        post ("مدرب المنتخب الروماني فاليريو تيتا خلال …"), not ف and a
        definite noun: the word before ends a post (a title, or a nisba with
        the article, "الوطني", "الروماني"), the letters after ال are no word
        of the lexicon's (a title, a body, a source), and a bare word, then
        a preposition, أنّ, a colon or a comma, close the name."""
        toks = self.doc.toks
        n = self.n
        prev = toks[k - 1]
        if not (prev in _TITLE_LIKE or (prev[:2] == "ال" and prev[-1] == "ي" and len(prev) >= 5)):
            return False
        rest = toks[k][3:]  # (the letters after فال)
        if (
            rest in _TITLE_LIKE
            or rest in lx.ORGANIZATION_HEADS
            or rest in lx.DOCUMENT_HEADS
            or rest in lx.OUTLET_HEADS
        ):
            return False
        if k + 2 >= n:
            return False
        name2, end = toks[k + 1], toks[k + 2]
        return (
            self.is_word[k + 1]
            and name2[:2] != "ال"
            and name2[0] not in "وف"
            and _cue_of(name2) is None
            and (end in _THAT or end == ":" or end in _COMMAS or end in lx.NP_STOP)
        )

    def recalled_after_quote(self, i: int, sid: int) -> bool:
        """Token ``i`` is in a that-clause that follows a quotation of its
        sentence ("«…»، مذكرا بأن الاتحاد حذر في بيان …")."""
        first = self.sent_first[sid]
        toks = self.doc.toks
        in_quote = self.in_quote
        m = i - 1
        while m > first and toks[m] not in _THAT and not in_quote[m]:
            m -= 1
        return m > first and toks[m] in _THAT and any(in_quote[first:m])

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
        """ "كتب - أحمد سعيد:", "كتب محمد الفضلي:", "كتب: أحمد سمير" (and
        "متابعة: أحمد سمير" alone on its line) at the
        top of an article whose lines run together: the author, not a
        quotation (on its own line it is told by the line break)."""
        toks = self.doc.toks
        if j > _HEADLINE_WORDS * 2:
            return False
        if toks[j] == "متابعه":
            # "متابعة: X Y" opening its line at the top, a name of up to
            # four words after it ending the line: the reporter's label (the
            # verbal noun of تابع, read as its participle), not a speaker
            # going on with his words
            doc = self.doc
            if colon != j + 1 or (j and "\n" not in doc.folded[doc.ends[j - 1] : doc.starts[j]]):
                return False
            words = 0
            for k in range(colon + 1, self.n):
                if "\n" in doc.folded[doc.ends[k - 1] : doc.starts[k]]:
                    break
                if toks[k] in _SENTENCE_END:
                    return False
                words += self.is_word[k]
            return 1 <= words <= 4
        if toks[j] not in _WROTE:
            return False
        if colon == j + 1:
            return True
        names = 0
        for k in range(j + 1, colon):
            t = toks[k]
            if t in _CLAUSE_PUNCT:
                continue
            if t == "علي" and names:
                # "كتب- حسام الدين علي:": the name Ali after a first name,
                # not the preposition على (folded alike; rev34)
                names += 1
                continue
            if not self.is_word[k] or t in lx.NP_STOP or t in _TITLE_LIKE:
                return False
            names += 1
        return 1 <= names <= 4

    def aside_at(self, k: int) -> bool:
        """The narrator's aside "in reference to" opens at ``k``, set off by
        a dash, a bracket or a comma ("… فيما حدث - في إشارة إلى حادث
        الواحات -"), or his "وذلك" + the occasion after a comma: words said
        without closed marks end before it."""
        toks = self.doc.toks
        if (
            k + 3 < self.n
            and toks[k + 1] in _THAT_WAS
            and toks[k] in _COMMAS
            and toks[k + 2] in _AT_OCCASION_OF
            and toks[k + 3] in _OCCASIONS_TOLD
        ):
            # "وأضاف: انهيار الوزارة يعني انهيار البلاد، وذلك خلال مؤتمر
            # صحفي …، مساء الأربعاء": the narrator's occasion of the words
            return True
        if k + 3 < self.n and toks[k] in _COMMAS:
            nxt = toks[k + 1]
            if nxt == "ولعل" and toks[k + 2] in _THIS_THAT:
                # "…: الوضع خطير، ولعل هذا هو السبب الذي …": the narrator's
                # guess about the words he has just told (dev26d); not with
                # the speaker's "we" after it ("، ولعل هذا ما يدفعنا إلى …")
                return not self._we_before_stop(k + 3)
            if nxt == "كما" and toks[k + 2] in _CAME_IN and toks[k + 3] == "في":
                # "…: الوضع خطير، كما جاء في برقية أخرى": the narrator's
                # source of the words, after them (dev26d): a text that
                # reports words, not what the speaker acts on ("، كما جاء في
                # الدستور", "في برنامج الحكومة"), and no "we" after it
                return any(
                    _without_article(toks[j]) in _WORDS_REPORTED_IN
                    for j in range(k + 4, min(k + 6, self.n))
                ) and not self._we_before_stop(k + 4)
        return (
            k + 2 < self.n
            and toks[k + 2] == "اشاره"
            and toks[k + 1] == "في"
            and (toks[k] in _DASHES or toks[k] in _COMMAS or toks[k] == "(")
        )

    def _we_before_stop(self, k: int) -> bool:
        """The speaker's own "we" ("نحن", "لدينا", "يدفعنا") from ``k`` to
        the end of the sentence (bounded by it: asked only after the rare
        "، ولعل هذا" and "، كما جاء في")."""
        doc = self.doc
        toks = doc.toks
        for j in range(k, self.n):
            t = toks[j]
            if t in _SENTENCE_END or "\n" in doc.folded[doc.ends[j - 1] : doc.starts[j]]:
                return False
            if t in _FIRST_PERSON or (len(t) > 3 and t[-2:] == "نا"):
                return True
        return False

    def goes_on_after_cut(self, k: int) -> bool:
        """The speaker's words go on at ``k``, after a comma and an ellipsis
        (find_unmarked): a list that goes on with و and a noun ("…
        والمتقاعدين،... والطلاب"), a verb of "we" in the future ("،...
        وسنحاسب"), the speaker's "we" before the sentence ends, or another
        comma and ellipsis in it ("مدارس أفضل،... مستشفيات أفضل،... طرقات");
        not the narrator's turn ("،... وفي سياق آخر", "،... أما …"; mend27d)."""
        toks = self.doc.toks
        if k >= self.n:
            return False
        t = toks[k]
        if t[:3] == "وال" or (t.lstrip("وف")[:2] == "سن" and len(t.lstrip("وف")) >= 5):
            return True
        if self._we_before_stop(k):
            return True
        for j in range(k, min(self.n - 2, k + 30)):
            u = toks[j]
            if u in _SENTENCE_END and u != ".":
                break
            if u in _COMMAS and toks[j + 1] == "." and toks[j + 2] == ".":
                return True
            if u == "." and toks[j + 1] != ".":
                break
        # (the last of the list: "،... طرقات أفضل." after "مستشفيات أفضل،...")
        c = k - 1
        while c > 0 and toks[c] == ".":
            c -= 1
        for j in range(c - 1, max(c - 30, 1), -1):
            u = toks[j]
            if u == ":" or (u in _SENTENCE_END and not (u == "." and toks[j - 1] == ".")):
                break
            if u == "." and toks[j - 1] == "." and toks[j + 1] != "." and toks[j - 2] == ".":
                while toks[j - 1] == ".":
                    j -= 1
                return toks[j - 1] in _COMMAS
        return False

    def feminine_body_goes_on(self, i: int, j: int, k: int) -> bool:
        """Whether the present verb of saying in the feminine at token ``k``,
        glued to و or ف after a comma, goes on with the words a man's verb
        of saying at ``j`` and its colon at ``i`` opened on a feminine body
        ("وتابع X: إن الهيئة ترفض …، وتصر على أن …", "…، فتعتبر أن …": the
        body speaks on in his words), its subject that body: no subject of
        its own after it, only its that-clause or its preposition (dev30d;
        ف, "and so", goes on at least as surely as و, mend30c)."""
        toks = self.doc.toks
        t = toks[k]
        if len(t) < 4 or t[0] not in "وف" or t[1] != "ت" or t[1:] not in lx.PRESENT_SAYING:
            return False
        if toks[k - 1] not in _COMMAS or k + 1 >= self.n:
            return False
        said = _cue_of(toks[j])
        if said is None or said.gender != "m" or said.number != "sg":
            return False
        nxt = toks[k + 1]
        cue = _cue_of(t)
        if nxt not in _THAT_CLAUSE and (
            cue is None or nxt != _PARTICLE_FOLDED.get(cue.particle or "", "")
        ):
            return False
        first = toks[i + 2] if toks[i + 1] in _THAT and i + 2 < k else toks[i + 1]
        return first[:2] == "ال" and first[-1] == "ه" and len(first) > 4

    def narrative_verb(self, k: int) -> bool:
        """A reporting verb with و, in the third person, that the narrator's
        account resumes with after unmarked speech ("واعتبر في تصريح",
        "وأضاف:"; not "وقالوا لنا", which the speaker may say)."""
        toks = self.doc.toks
        t = toks[k]
        if (t[0] != "و" and t != "فدعي") or t in lx.CUES or self.second_of_between(k):
            return False  # (not "بينه وبين المواقف": the second party)
        if t in _WAS:
            # "وكانت الوزارة قد ذكرت": the pluperfect of the narrator
            for j in range(k + 2, min(self.n - 1, k + 7)):
                if toks[j] == "قد":
                    cue = _cue_of(toks[j + 1])
                    return cue is not None and cue.kind == lx.VERB
            return False
        cue = _cue_of(t)
        if cue is None and t == "ورد":
            # "… طوال العام ورد وزير المالية على النواب": "and replied"
            # with a title for its subject (not "ورد في", it was mentioned)
            return k + 1 < self.n and toks[k + 1] in _TITLE_LIKE
        if cue is None and (t == "ودعي" or t == "فدعي"):
            # "…: البلد يحتاجكم، ودعى التجار إلى …": دعا written with ى, a
            # common misspelling, "and he called on" (or the passive "and
            # … was invited"): the narrator's either way; glued to ف too
            # ("، فدعى التجار")
            return k + 1 < self.n and self.is_word[k + 1]
        return (
            cue is not None
            and (cue.kind == lx.VERB or cue.kind == lx.RELAY)  # ("ونقلت وكالة … عن")
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
        width = _wrap_width(folded) if c != -1 else 0
        while c != -1:
            if not _wraps_mid_sentence(folded, c) and not (
                width and _fills_wrapped_line(folded, c, width)
            ):
                breaks.add(bisect_left(starts, c))
            c = find("\n", c + 1)
        for ch in _SENTENCE_END_CHARS:
            c = find(ch)
            while c != -1:
                nxt = c + 1
                if (
                    nxt == size
                    or folded[nxt].isspace()
                    or folded[nxt] in _QUOTE_MARK_SET
                    # '… المحبة للسلام".وجددت السعودية': a stop after the
                    # closing mark, the next sentence glued to it
                    or (
                        c
                        and folded[c - 1] in _QUOTE_MARK_SET
                        and "\u0621" <= folded[nxt] <= "\u064a"
                    )
                    # "خفض الضرائب.وقال الوزير": a full stop glued to the
                    # word after it, between words of two letters or more
                    # (not initials, "م.س", "أ.ع.ن")
                    or (
                        ch == "."
                        and c >= 2
                        and nxt + 1 < size
                        and "\u0621" <= folded[nxt] <= "\u064a"
                        and "\u0621" <= folded[nxt + 1] <= "\u064a"
                        and "\u0621" <= folded[c - 1] <= "\u064a"
                        and "\u0621" <= folded[c - 2] <= "\u064a"
                    )
                ):
                    if (
                        # "د. سعاد المطيري", "م. سامي حداد" (engineer); (no
                        # whole-text test for "د." or " م." first: a stop
                        # that passes the test below has one of them before
                        # it, and the test costs less than the scans)
                        ch == "."
                        and c >= 1
                        and (
                            (folded[c - 1] == "د" and (c < 2 or folded[c - 2] == " "))
                            # "م." after a word, not after a year ("2024 م.": AD)
                            or (
                                folded[c - 1] == "م"
                                and c >= 3
                                and folded[c - 2] == " "
                                and folded[c - 3].isalpha()
                            )
                        )
                    ):
                        c = find(ch, nxt)
                        continue  # an abbreviated honorific
                    if (
                        ch == "."
                        and c >= 2
                        and folded[c - 1].isalpha()
                        and (folded[c - 2] == "(" or folded[c - 2] == " ")
                        and _in_short_brackets(folded, c)
                    ):
                        c = find(ch, nxt)
                        continue  # "المتهم الثاني (م. س)": initials in brackets
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
        self.glued_cues = {}
        # the quotes taken into words after a colon (by _quote_key: a
        # quote's fields, as == compares them), dropped after the loop
        dropped: set[tuple] = set()
        self._dropped_quotes = dropped
        c = folded.find(":")
        while c != -1:
            i = self.tok_at(c)
            colon, c = c, folded.find(":", c + 1)
            if i + 1 >= self.n or self.in_quote[i]:
                continue
            named_first = toks[i + 1] in QUOTE_MARKS
            if self.in_quote[i + 1] and not named_first:
                # "قال الوزير:\n- …صعب.وأضاف:\n- …": the line after this
                # colon is already an item of the list an earlier colon
                # opened (list_items), taken once
                continue
            if named_first and not self.name_opens_speech(i, quotes):
                continue
            if toks[i + 1].isdigit() and toks[i - 1].isdigit():
                continue  # "في الساعة 30 : 5 مساء": a clock time, spaced out
            if toks[i + 1] in _BI_THAT or (
                toks[i + 1] in _THAT and doc.orig(doc.starts[i + 1], doc.starts[i + 1] + 1) == "أ"
            ):
                # "وأضاف الوزير: بأن هذا شأن اللجنة": بأنّ opens a that-clause,
                # his words reported, not said (direct words open with إنّ);
                # so does أنّ with its hamza written above ("وقال X: أن
                # الوضع …"; a bare "ان" tells nothing)
                continue
            next_line = "\n" in folded[colon : doc.starts[i + 1]]
            has_cue = announced = relayed = False
            following = toks[i - 1] in _FOLLOWING
            # ": إن …" opens words said: the verb of saying may stand further
            # back, its subject a long title and an adverbial between
            inna = toks[i + 1] in _THAT
            abbreviated = 0
            glued = (
                None  # (a glued verb of saying and its subject: token, where the verb starts, cue)
            )
            named_to = self.n  # the opener of a name in marks passed over
            for j in range(i - 1, max(-1, i - (30 if inna else 24)), -1):
                if j >= named_to:
                    continue
                t = toks[j]
                if j == i - 1 and self.is_word[j] and t.endswith(_GLUED_SAID):
                    # "… مجاناوأضافت: …": the narrator's verb glued to the
                    # last word of a quote whose closing mark was lost
                    said = next(len(t) - len(v) for v in _GLUED_SAID if t.endswith(v))
                    cue = _cue_of(t[said:])
                    if said >= 2 and cue is not None:
                        has_cue = True
                        break
                if t in QUOTE_MARKS:
                    # "وقال “العامري” في تغريدة:", "وقال رئيس حركة “النهضة”
                    # X:", "في حوار مع صحيفة “الأيام”:": a name in marks of
                    # one to three words between the verb and the colon is
                    # passed over, its marks counting as no words
                    named_to = self.name_pair_opener(j, quotes, j == i - 1)
                    if named_to < j:
                        abbreviated += 2
                        continue
                    named_to = self.n
                if t in _SENTENCE_END or t in QUOTE_MARKS or t == ":":
                    if (
                        t == "."
                        and j > 1
                        and (
                            toks[j - 1] == "د"
                            or (
                                toks[j - 1] == "م"
                                and self.is_word[j - 2]
                                and not toks[j - 2].isdigit()
                            )
                        )
                        and j + 1 < i
                    ):
                        # "أكد أمين فرع الحزب د. X Y: إن …": the abbreviated
                        # honorific before the name, no sentence's end (as
                        # find_sentences reads it), one word
                        abbreviated = 1
                        continue
                    break
                if "\n" in folded[doc.ends[j] : doc.starts[j + 1]]:
                    # "… تنفي طلبها\n\nتاريخ النشر : 14:14": a verb on an
                    # earlier line (a headline) introduces no colon on a
                    # later one (a page stamp)
                    break
                cue = _cue_of(t)
                if cue is not None and cue.lemma == "واصل" and _going_on_present_idle(toks, j):
                    # "وتواصل القوات قصفها للمدينة: …": a deed continued, no
                    # words said (mend23b)
                    cue = None
                if cue is None and j == i - 1:
                    # "…، مدعية: …": a participle of ادعى right before the
                    # colon (elsewhere also "a prosecutor", no cue)
                    cue = _CLAIMING_FORMS.get(t)
                if cue is None and self.is_word[j] and t.endswith(_GLUED_SAID):
                    # "… مجاناوأضاف الوزير: …": the narrator's verb glued to
                    # the last word of a quote whose closing mark was lost,
                    # then its subject: the verb is the colon's cue (and the
                    # cue its phrase is read after: glued_cues)
                    said = next(len(t) - len(v) for v in _GLUED_SAID if t.endswith(v))
                    if said >= 2 and (cue := _cue_of(t[said:])) is not None:
                        glued = (j, said, cue)
                if following and cue is None and t in _IT_CAME:
                    # "وجاء في البيان ما يلي:": the statement's words follow
                    has_cue = announced = True
                    break
                if (
                    cue
                    and cue.kind == lx.RELAY
                    and j == i - 2
                    and toks[i - 1][:2] == "ال"
                    and toks[i - 1] in lx.DOCUMENT_HEADS
                ):
                    # "وتنقل البرقية: …": the document relays, its words
                    # (what it relays) after the colon, read as said
                    # (dev31d)
                    has_cue = relayed = True
                    break
                if cue and cue.kind in _VERB_KINDS:
                    if i - j - abbreviated < 10:
                        # (not past the verb's أنّ, its hamza written, or
                        # بأنّ: "موضحا أن الخطة تشمل ثلاثة محاور: …", the
                        # colon opens a list in his reported words; dev22d)
                        # (an adverbial أنْ is no that-clause: "وقال الوزير
                        # بعد أن التقى نظيره: …", "قبل أن يغادر: …"; the
                        # final read, read22)
                        has_cue = not any(
                            toks[m] in _THAT
                            and (
                                toks[m][0] == "ب"
                                or doc.orig(doc.starts[m], doc.starts[m] + 1) == "أ"
                            )
                            and toks[m - 1] not in _BEFORE_AN
                            for m in range(j + 1, i - 1)
                        )
                    elif (
                        toks[i - 1] in _THAT
                        and i - j < 16
                        and not any(w in _THAT for w in toks[j + 1 : i - 1])
                    ):
                        # "أشار رئيس الإقليم، خلال اجتماع، إلى أن: لدينا …":
                        # the colon right after the verb's أنّ opens its words,
                        # its subject and an occasion set off by commas between
                        has_cue = True
                    elif _lemma_key(cue) in _SAYING:
                        # "قال X، رئيس الاتحاد العام لنقابات …: …": further
                        # back only a verb of saying whose subject has an
                        # apposition set off by a comma, or whose words open
                        # with إنّ after the colon ("قال الشيخ X وزير الخدمة
                        # المدنية بمناسبة العيد الوطني: إن …"), no that-clause
                        between = toks[j + 1 : i]
                        has_cue = (
                            inna
                            or (i - j < 16 and any(w in _COMMAS for w in between))
                            # "وقال X في تصريحات للصحفيين في المركز الإعلامي
                            # في مونترو: …": the occasion of his words between
                            or any(
                                (
                                    (w in _SPEECH_OCCASIONS or w in _PRESS_MEETINGS)
                                    and between[m - 1] in _AT_OCCASION
                                )
                                or (
                                    # (within fifteen words or so: a colon
                                    # further on may open the writer's list)
                                    i - j < 18 and w in _SAID_AT and between[m - 1] in _AT_SAID_AT
                                )
                                for m, w in enumerate(between)
                                if m
                            )
                            or self.occasion_opens_clause(between, i)
                            or self.titled_subject_fills(between, i)
                        ) and not any(w in _THAT for w in between)
                    elif _lemma_key(cue) in _STATING:
                        # "وأكد المهندس X Y رئيس الهيئة العامة … بمحافظة …:
                        # …": a verb of stating whose titled subject alone
                        # fills the words up to the colon, as after قال
                        # (kw28b)
                        between = toks[j + 1 : i]
                        has_cue = (
                            self.titled_subject_fills(between, i)
                            and not any(w in _THAT for w in between)
                            and not _counted_things(between)
                        )
                    break
            if has_cue and glued is not None and glued[0] == j:
                self.glued_cues[glued[0]] = glued
            saying = has_cue and not announced and (relayed or _lemma_key(cue) in _SAYING)
            if named_first and not saying:
                continue
            if next_line and not (
                (saying or (has_cue and following))
                and (toks[j] not in _WROTE or following)
                and "\n" not in folded[doc.starts[j] : colon]
            ):
                # "كتب محمد الفضلي:" a byline, the article follows (but
                # "وقال الوزير:" at the end of its line: his words are the
                # next line, as are those after "صرح المصدر بما يلي:")
                continue
            if has_cue and self.byline(j, i):
                continue  # "كتب - أحمد سعيد: شهدت الجلسة" with no line break
            if has_cue and (
                (m := _RELATED_LABEL.match(folded, folded.rfind("\n", 0, colon) + 1)) is not None
                and m.end() > colon
            ):
                # "إقرأ ايضاً:رواتب عالية | شركة …": a page's pointer to other
                # articles, its headlines after the colon (not "read!" said)
                continue
            if has_cue and not _SOMETHING.isdisjoint(toks[j + 1 : i]):
                # "لكن الأرقام تقول شيئا آخر: …": the verb's indefinite object
                # before the colon, which the writer's own words then spell out
                continue
            head_end = -1
            if not has_cue:
                # a headline with no marks: "وزير الخارجية العراقي لـ«الشرق
                # الأوسط»: لا نريد …" (a titled speaker on the first line;
                # when the lines run together, within its first words)
                if folded.find("\n", 0, colon) != -1 or toks[0] not in _TITLE_LIKE:
                    continue
                if i > _HEADLINE_WORDS or any(ch in folded[:colon] for ch in _SENTENCE_END_CHARS):
                    continue
                if folded.find(":", 0, colon) != -1:
                    # "وزير النفط: … الكويت - كونا: أكد الوزير": the headline's
                    # speaker was before the first colon; a later one is the
                    # dateline's, the lead follows it, not a second headline
                    continue
                head_end = i
                for j in range(1, i):
                    if toks[j] == "ل" or not self.is_word[j]:
                        head_end = j
                        break
                if head_end < 2:
                    continue
                if toks[i + 1] in _ABOUT_TOPIC:
                    # "رئيس الرابطة: حول التضييقات والمسيرة (فيديو)": what
                    # the speaker spoke about, the story's topic, not words
                    continue
            end = i + 1
            cut = False
            inner: list[_Quote] = []
            # "قال X: افتحوا أبوابكم، ودعوا التجار …": words that open with
            # a plural imperative, said by one speaker (no plural verb or
            # subject before the colon), go on with the next imperative
            # glued to و after a comma, never the narrator's "and they …"
            imperative = (
                has_cue
                and i + 1 < self.n
                and _imperative_plural(toks[i + 1])
                and not toks[j].endswith("وا")
                and not any(w[:2] == "ال" and w[-2:] in ("ون", "ين") for w in toks[j + 1 : i])
            )
            # the text's first two words, when this colon is in its first
            # sentence (a headline): where they recur, the words said end
            head_again = self.opening_words(colon)
            while end < self.n:
                t = toks[end]
                if (
                    head_again is not None
                    and t == head_again[0]
                    and end > i + 2
                    and end + 1 < self.n
                    and _without_article(toks[end + 1]) == head_again[1]
                ):
                    # "وزير مالية X: الوضع صعب جدا وزير المالية في X، Y كتب
                    # : …", "المطران X: نشكر الجميع … المطران X الثالث …":
                    # the headline run into its photo's caption or the lead
                    # (paragraphs run together), which name the speaker again
                    break
                if self.in_quote[end] and t in QUOTE_MARKS:
                    if saying and (end > i + 1 or named_first):
                        q2 = self.quote_at(quotes, end, closing=False)
                        if (
                            q2 is not None
                            and "\n" in folded[doc.ends[end] : doc.starts[q2.close_tok]]
                        ):
                            # "أردف: لنا أن" نرضى؟\n"…"": marks paired over a
                            # line break hold no name inside the words; the
                            # words said end at their paragraph's end
                            break
                        if q2 is not None and sum(self.is_word[q2.open_tok : q2.close_tok]) <= 3:
                            # "قائلا: أحمد الله على الفوز بـ“كأس البطولة”،
                            # وأشكر …": a short name in marks inside the
                            # words after a verb of saying and its colon;
                            # the words go on through it
                            inner.append(q2)
                            end = q2.close_tok + 1
                            continue
                    # "كشفت لغتها المزدوجة: لغة تتحدث عن «السيادة» …": words
                    # that stop at a preposition before marks go on through
                    # them; the colon opened a description, not speech
                    # (not after a verb of saying: "قائلا: إن الحكومة ماضية في
                    # "الإصلاح" دون حوار" is speech up to the marks)
                    if toks[end - 1] in _NAME_PREPOSITIONS:
                        # (but "وقال X: إن رئيس البعثة على «تواصل دائم مع
                        # …»." after إنّ and its subject: the marks up to
                        # the sentence's end or a comma hold the rest of
                        # its predicate, the words said, as below)
                        cut = not saying or (
                            toks[i + 1] in _THAT
                            and self.marks_close_sentence(end, quotes, or_comma=True)
                        )
                    else:
                        # "وقال: إن الهيئة تؤكد «…»", "الوزير: المجلس الأعلى
                        # «…»": marks within the colon's first four words,
                        # not after a preposition, hold the words said; the
                        # words before them frame them, no speech of their own
                        cut = (
                            sum(self.is_word[i + 1 : end]) < 5
                            or (
                                # "ويقول: طلب صالح من السفير أن ينقل "رغبته …"": an
                                # account after the colon whose verb of saying or
                                # أنّ hands over to the marks: they hold the words
                                saying
                                and (
                                    toks[end - 1] in _THAT
                                    or (
                                        (pc := _cue_of(toks[end - 1])) is not None
                                        and pc.kind in _HANDING
                                    )
                                )
                            )
                            or (
                                # "وأضاف X: خلال المؤتمر الصحفي الذي عقده
                                # …، "…"", "وقال: في كلمته أمام المجلس "…"":
                                # the occasion of the words, told by the
                                # narrator after the colon; the marks hold
                                # the words said
                                has_cue
                                and toks[i + 1] in _AT_OCCASION_OF
                                and toks[i + 2] in _OCCASIONS_TOLD
                                and self.marks_close_sentence(end, quotes)
                            )
                            or (
                                # "وقال X: إن الضربات على الحزب «مثل الدواء،
                                # …»، ثم ضحك": إنّ opening the words and its
                                # subject, then its predicate in marks right
                                # after it, up to the sentence's end or a
                                # comma: the marks hold the words said, the
                                # subject before them frames them, however
                                # long (not "إن الوضع خطير، «ولن نسكت»": a
                                # clause of its own before the comma)
                                saying
                                and toks[i + 1] in _THAT
                                and self.is_word[end - 1]
                                and self.marks_close_sentence(end, quotes, or_comma=True)
                            )
                        )
                    break
                if (
                    t in QUOTE_MARKS
                    and end > i + 3
                    and end + 1 < self.n
                    and self.is_word[end - 1]
                    and (nxt_cue := _cue_of(toks[end + 1])) is not None
                    and nxt_cue.kind in _VERB_KINDS
                ):
                    # "قائلا: لماذا تبقى … الكبرى ’ متسائلا لماذا …": a mark
                    # that pairs with none, after the words and before the
                    # narrator's verb or participle of saying, closes the
                    # words said, their opener never typed (dev22d)
                    break
                if end > i + 1 and "\n" in folded[doc.ends[end - 1] : doc.starts[end]]:
                    nl = folded.find("\n", doc.ends[end - 1])
                    if not (
                        saying
                        and self.is_word[end - 1]
                        and nl == folded.rfind("\n", 0, doc.starts[end])
                        and _wraps_mid_sentence(folded, nl)
                        # (not into a line already read as words said, nor
                        # a list's next item: "وقال: مع\n- …", the item after
                        # a bullet is its own quote)
                        and not self.in_quote[end]
                        and t not in _BULLETS
                    ):
                        break
                    # "وتابع X: هدف الفريق غدا هو الفوز، وأنا\nسعيد …": a
                    # line that ends with a word no sentence can end with
                    # only wraps the words said; they go on on the next line
                if end > i + 2 and (
                    (end in soft and self.ends_speech(end))
                    or (
                        self.narrative_verb(end)
                        and not (imperative and t[-2:] == "وا" and toks[end - 1] in _COMMAS)
                        and not (has_cue and self.feminine_body_goes_on(i, j, end))
                    )
                    or self.aside_at(end)
                ):
                    break  # "قائلا: هذا يوم حزين للعمال واعتبر في تصريح …"
                if (
                    end > i + 2
                    and end + 1 < self.n
                    and toks[end + 1] == ":"
                    and (nxt_cue := _cue_of(t)) is not None
                    and nxt_cue.kind in _VERB_KINDS
                ):
                    # "قائلا: … الأسبوع المقبل، مضيفا: …": the next cue and
                    # its colon open speech of their own (the comma before
                    # the cue is no part of the words)
                    while toks[end - 1] in _COMMAS:
                        end -= 1
                    break
                if (
                    t in _COMMAS
                    and end > i + 3
                    and end + 2 < self.n
                    and toks[end + 2] in _THAT
                    and (nxt_cue := _cue_of(toks[end + 1])) is not None
                    and nxt_cue.kind in _VERB_KINDS
                    # (not a present verb after the subject إنّ opened the
                    # words with: "إن المدينة رغم ما مر بها، تؤكد أنها …",
                    # the predicate of that subject)
                    and not (inna and toks[end + 1] in lx.PRESENT_SAYING)
                    # (nor glued to و after a man's words on a feminine body:
                    # "إن النقابة لن تتراجع، وتعتبر أن …")
                    and not (has_cue and self.feminine_body_goes_on(i, j, end + 1))
                ):
                    # "قال X: نتحدث مع كل الأطراف، موضحا أن معاناتهم …": the
                    # narrator's next cue and its that-clause report the rest
                    # (but "…، معتبرا الضغوط ليست الحل" may be his words)
                    break
                if (
                    t in _COMMAS
                    and end > i + 3
                    and end + 2 < self.n
                    and (nxt_cue := _cue_of(toks[end + 1])) is not None
                    and nxt_cue.kind == lx.PARTICIPLE
                    and nxt_cue.particle is not None
                    and toks[end + 2] == _PARTICLE_FOLDED.get(nxt_cue.particle)
                ):
                    # "قال X: نتابع الملف يوميا، مشيرا إلى أن …", "…، مشددة
                    # على …": the narrator's participle with the preposition
                    # it takes reports the rest (not "…، مشيرا بيده …")
                    break
                if t in _COMMAS and end > i + 3 and self.resumed_with_that(end):
                    break  # "قال X: إنه قلق …، لكنه أوضح أن …"
                if t in _COMMAS and end > i + 3 and self.next_speech_after(end):
                    break  # "يقول X: …، وفي برقية أخرى يقول Y لـZ: …"
                if (
                    has_cue
                    and end > i + 3
                    and self.reported_again(i, end)
                    and (
                        t not in _COMMAS or "أ" in doc.orig(doc.starts[end + 1], doc.ends[end + 1])
                    )
                ):
                    # ("قائلا: … عن حقوقنا مؤكدا أن …"); after the colon, "،
                    # وأن" ends the words only with its hamza written above:
                    # direct words take no that-clause of the narrator's to
                    # coordinate with, and "، وإن أردتم …" (if), or a bare
                    # "وان", goes on with the speaker
                    break
                if head_end >= 0 and end > i + 2 and (t == ":" or self.lead_verb(end)):
                    # a headline run into the byline or the lead: "… لتصفية
                    # الحسابات بغداد: حمزة مصطفى قال وزير الخارجية …"
                    if t == ":":
                        end -= 1  # (the byline's place)
                        if end - 2 > i + 1 and toks[end - 1] in _DASHES and self.is_word[end - 2]:
                            end -= 2  # "… الكويت - كونا:": the place, a dash, the agency
                    elif (
                        end - 3 > i + 1
                        and toks[end - 2] in _DASHES
                        and self.is_word[end - 1]
                        and self.is_word[end - 3]
                    ):
                        end -= 3  # "… والهدف 55% الدوحة - الوطن قال": the dateline
                    break
                if (
                    t == "."
                    and toks[end - 1] == "."
                    and (end + 1 == self.n or toks[end + 1] != ".")
                ):
                    r = end - 1
                    while toks[r - 1] == ".":
                        r -= 1
                    if (
                        end - r >= 2
                        and toks[r - 1] in _COMMAS
                        and not self.goes_on_after_cut(end + 1)
                    ):
                        # "قال X: إن الحكومة … دعم الأسر،..... وفي سياق آخر …": a comma
                        # then an ellipsis, the writer's cut of the words
                        # ("and so on"); the words end before it (dev27d)
                        end = r
                        break
                if t in _SENTENCE_END and not (t == "." and toks[end - 1] == "."):
                    # (not "..", which goes on: "الوزير: نتابع الملف يوميا..
                    # ولن نتنازل", as in find_unclosed; but "؟!" and "!!"
                    # end the words as one stop does)
                    nxt = folded[doc.ends[end] : doc.ends[end] + 1]
                    if not nxt or nxt.isspace():
                        break
                end += 1
            while end > i + 2 and toks[end - 1] in _COMMAS:
                end -= 1  # ("…على العدل، وذكر الوزير أن": the narrator's comma)
            words = sum(self.is_word[i + 1 : end])
            if words < 3 or cut:
                continue
            if inner:
                # (dropped from quotes once, after the loop: a new list for
                # each colon was quadratic in texts of thousands of quotes;
                # till then quote_at passes over them)
                dropped.update(map(_quote_key, inner))
            a, b = doc.starts[i + 1], doc.ends[end - 1]
            bullet = toks[i + 1] if next_line and toks[i + 1] in _BULLETS else None
            if bullet is not None:
                a = doc.starts[i + 2]  # ("- …": the bullet is no word said)
            elif toks[i + 1] == "(":
                # "وتابع: ( نحن طلاب حوار … )." (Sudanese press): parentheses
                # for marks round all the words after the colon, which are
                # the words said, not the parentheses
                m = end - 1
                while m > i + 2 and toks[m] in _SENTENCE_END:
                    m -= 1
                if (
                    m > i + 3
                    and toks[m] == ")"
                    and all(t != "(" and t != ")" for t in toks[i + 2 : m])
                ):
                    a, b = doc.starts[i + 2], doc.ends[m - 1]
            extra.append(_Quote(a, b, i, end, marked=False, headline=head_end))
            self.in_quote[i:end] = b"\x01" * (end - i)
            if bullet is not None:
                self.list_items(bullet, end, extra)
            elif next_line and saying:
                self.statement_paragraphs(end, extra)
        if dropped:
            quotes = [q for q in quotes if _quote_key(q) not in dropped]
        self._dropped_quotes = None
        if quotes and "\n\n" in folded:
            self.marked_statement_paragraphs(quotes, extra)
        if _SAYING_PARTICIPLE.search(folded):
            self.find_saying_without_colon(extra)
        if _comma_then_we(folded):
            self.find_saying_after_comma(extra)
        if self.loose_marks:
            quotes = self.find_unclosed(quotes, extra)
        if "(" in folded:
            self.find_in_parentheses(extra)
        extra.extend(self.find_answers(quotes))
        if not extra:
            return quotes
        return sorted(quotes + extra, key=lambda q: q.start)

    def opening_words(self, colon: int) -> tuple[str, str] | None:
        """find_unmarked: the text's first two words (the second without
        its article) when the colon at ``colon`` stands in the text's first
        sentence and line, within its first 400 characters, and the first
        word may open the speaker's phrase (a title, an honorific or a given
        name); else None."""
        if self.n < 2 or colon > 400:
            return None
        doc = self.doc
        head = doc.folded[:colon]
        if "\n" in head.strip() or any(ch in head for ch in _SENTENCE_END_CHARS):
            return None
        first, second = doc.toks[0], doc.toks[1]
        if not (self.is_word[0] and self.is_word[1]) or len(first) < 3:
            return None
        if not (first in _TITLE_LIKE or first in lx.HONORIFICS or first in _GIVEN_NAMES):
            # ("عين X تعلن برنامج الربيع: عروض … عين X- وكالات- أعلنت …": a
            # place the dateline names again, no speaker; the words after
            # the colon are what it announced)
            return None
        return first, _without_article(second)

    def titled_subject_fills(self, between: list[str], i: int) -> bool:
        """find_unmarked: whether the words ``between`` a verb of saying and
        the colon at token ``i`` are its subject alone, a title or an
        honorific first, then plain words with no comma ("وقال الدكتور X Y
        نائب رئيس الحكومة ووزير الري في الحكومة الجديدة:", Egyptian press),
        within seventeen words, and five words or more follow the colon."""
        if not 2 <= len(between) < 17:
            return False
        first = between[0]
        if not (first in _TITLE_LIKE or first in lx.HONORIFICS) or between[-1] in _LIST_HEADS:
            return False
        for w in between:
            if w in _COMMAS or w in _SOMETHING or not w[:1].isalpha():
                return False
            if (hit := _cue_of(w)) is not None and hit.kind in _VERB_KINDS:
                return False
        return i + 5 < self.n and all(self.is_word[i + 1 : i + 6])

    def occasion_opens_clause(self, between: list[str], i: int) -> bool:
        """find_unmarked: whether the words ``between`` a verb of saying and
        the colon at token ``i`` open with the occasion of its words, its
        subject elided ("وقال على هامش فعاليات المؤتمر الذي عقد اليوم …
        للإعلان عن …:", "وقال خلال المؤتمر الصحفي الذي عقده …:"): the
        colon then opens the words said however long the occasion runs
        within the walk back, when five words or more follow it (a writer's
        list of a few nouns may follow an occasion too)."""
        if len(between) < 2:
            return False
        first, second = between[0], between[1]
        if not (
            (first == "علي" and second == "هامش")
            or (
                first in _AT_OCCASION
                and (second in _SAID_AT or second in _SPEECH_OCCASIONS or second in _PRESS_MEETINGS)
            )
        ):
            return False
        return i + 5 < self.n and all(self.is_word[i + 1 : i + 6])

    def marks_close_sentence(self, o: int, quotes: list[_Quote], or_comma: bool = False) -> bool:
        """Whether the marks opening at token ``o`` hold three words or more
        and close their sentence (a stop, the line's or the text's end after
        them): words said, not a name within the sentence ("سنناقش خطة
        «…» مع النقابات"). With ``or_comma``, a comma after them too: the
        rest of a that-clause in marks, its sentence going on with the
        narrator's words if at all ("إن الحكومة «لن تصمد طويلا»، مضيفا …")."""
        q = self.quote_at(quotes, o, closing=False)
        if q is None or sum(self.is_word[q.open_tok : q.close_tok]) < 3:
            return False
        k = q.close_tok + 1
        if k >= self.n:
            return True
        doc = self.doc
        t = doc.toks[k]
        return (
            t in _SENTENCE_END
            or (or_comma and t in _COMMAS)
            or "\n" in doc.folded[doc.ends[q.close_tok] : doc.starts[k]]
        )

    def statement_paragraphs(
        self, end: int, extra: list[_Quote], after_marks: bool = False
    ) -> None:
        """The paragraphs that go on with a statement told on its own lines
        after a verb of saying and its colon, the first ending at token
        ``end`` (statement_goes_on): each is words said of its own, up to its
        line's end."""
        doc = self.doc
        toks = doc.toks
        k = end
        if k < self.n and toks[k] in _SENTENCE_END:
            k += 1
        for _ in range(3):
            if k >= self.n or not self.statement_goes_on(k, after_marks):
                return
            after_marks = False
            e = doc.folded.find("\n", doc.starts[k])
            b = self.tok_at(e) if e >= 0 else self.n
            c = b
            while c > k and toks[c - 1] in _SENTENCE_END:
                c -= 1
            extra.append(_Quote(doc.starts[k], doc.ends[c - 1], k, c, marked=False))
            self.in_quote[k:b] = b"\x01" * (b - k)
            k = b

    def marked_statement_paragraphs(self, quotes: list[_Quote], extra: list[_Quote]) -> None:
        """ "وقال X: «… .»\n\nونحن ملتزمون …": words in marks right after a
        verb of saying, its subject and a colon, closing their paragraph,
        and the paragraphs after them that go on in the first person with
        no marks (statement_goes_on) are the same statement, as after a
        colon ending its line (statement_paragraphs)."""
        doc = self.doc
        toks = doc.toks
        folded = doc.folded
        for q in quotes:
            o, c = q.open_tok, q.close_tok
            if not q.marked or o < 2 or toks[o - 1] != ":" or c + 1 >= self.n:
                continue
            k = c + 1
            while k < self.n and toks[k] in _SENTENCE_END:
                k += 1
            if k >= self.n or folded.count("\n", doc.ends[k - 1], doc.starts[k]) < 2:
                continue
            if self.in_quote[k] or not (toks[c - 1] in _SENTENCE_END or k > c + 1):
                continue
            for j in range(o - 2, max(-1, o - 12), -1):
                t = toks[j]
                if t in _SENTENCE_END or t in QUOTE_MARKS or t == ":" or t in _THAT:
                    break
                cue = _cue_of(t)
                if cue is not None and cue.kind in _VERB_KINDS:
                    if _lemma_key(cue) in _SAYING:
                        self.statement_paragraphs(k, extra, after_marks=True)
                    break

    def statement_goes_on(self, k: int, after_marks: bool = False) -> bool:
        """Whether the paragraph opening at token ``k`` goes on with words
        said on their own lines after a verb of saying and its colon
        ("قائلا:\n\n… سلف.\n\nوبهذه المناسبة يسرنا أن نرفع …"): the
        paragraph before it ended a sentence, a blank line between, and
        this one speaks in the first person within its first eight words
        (نحن، يسرنا، بلادنا …), and holds no marks, no colon and no cue
        verb that opens a clause (in its first three words, with و or after
        a comma: the narrator's "وأضاف X"; "وأن يكتب لعمان …" is a wish)."""
        doc = self.doc
        toks = doc.toks
        if (toks[k - 1] not in _SENTENCE_END and not after_marks) or doc.folded.count(
            "\n", doc.ends[k - 1], doc.starts[k]
        ) < 2:
            return False
        e = doc.folded.find("\n", doc.starts[k])
        b = self.tok_at(e) if e >= 0 else self.n
        if b - k < 5 or not _speech_sign(toks[k : min(b, k + 8)]):
            return False
        if after_marks and _FIRST_PERSON.isdisjoint(toks[k : min(b, k + 8)]):
            return False  # (after marks, "نحن" or "أنا" itself: "وتعاني …" is no "ني")
        for j in range(k, b):
            t = toks[j]
            if t in QUOTE_MARKS or t == ":":
                return False
            cue = _cue_of(t)
            if (
                cue is not None
                and cue.kind == lx.VERB
                and (j < k + 3 or t[0] == "و" or toks[j - 1] in _COMMAS)
            ):
                return False
        return True

    def quote_at(self, quotes: list[_Quote], k: int, closing: bool = True) -> _Quote | None:
        """The first of ``quotes`` whose closer (``closing``) or opener is
        token ``k``, or None, past those find_unmarked has dropped since it
        took them into words after a colon (``_dropped_quotes``).  A list of
        many quotes is filed once in a table (the lists find_unmarked reads
        are replaced, never changed in place): a pass over every quote for
        each mark or colon was quadratic in texts of thousands of quotes."""
        dropped = self._dropped_quotes
        if len(quotes) <= 32:
            found = (q for q in quotes if (q.close_tok if closing else q.open_tok) == k)
        else:
            filed = self._quote_ends
            if filed is None or filed[0] is not quotes:
                closers: dict[int, list[_Quote]] = {}
                openers: dict[int, list[_Quote]] = {}
                for q in quotes:
                    closers.setdefault(q.close_tok, []).append(q)
                    openers.setdefault(q.open_tok, []).append(q)
                filed = self._quote_ends = (quotes, closers, openers)
            found = filed[1 if closing else 2].get(k, ())
        for q in found:
            if not dropped or _quote_key(q) not in dropped:
                return q
        return None

    def name_pair_opener(self, k: int, quotes: list[_Quote], at_colon: bool) -> int:
        """The opener's token of the closed pair of marks whose closer is
        token ``k``, when it holds one to three words and nothing else (a
        name: "“العامري”", "“الأيام”"), and, right before a colon
        (``at_colon``), no verb of saying stands right before it ("وقال
        “كفى”:": the marks hold what he said) unless the article named
        them before; ``k`` otherwise."""
        q = self.quote_at(quotes, k)
        if q is None:
            return k
        o = q.open_tok
        if not (q.marked and o > 0) or not (
            (1 <= k - o - 1 <= 3 and all(self.is_word[o + 1 : k]))
            # ("في حديث مع "العربية.نت" :": a site's name, its stop no end)
            or (k - o - 1 <= 5 and self.dotted_name(o + 1, k))
        ):
            return k
        cue = _cue_of(self.doc.toks[o - 1]) if at_colon else None
        if (
            cue is not None
            and cue.kind in _VERB_KINDS
            and not (self.name_in_marks_shape(o + 1, k) and self.marks_named_before(o + 1, k))
        ):
            # (but "وأضاف “الراشد”: …" after "خالد الراشد": a name the
            # article gave before, set in marks as some outlets set names)
            return k
        return o

    def dotted_name(self, a: int, b: int) -> bool:
        """Whether tokens ``[a, b)`` are a site's name, words joined by a
        stop glued on both sides ("العربية.نت", "الشرق.كوم"): no sentence
        ends inside, a name of two words or three."""
        doc = self.doc
        toks = doc.toks
        is_word = self.is_word
        if not (is_word[a] and is_word[b - 1]):
            return False
        dots = 0
        for m in range(a + 1, b - 1):
            if is_word[m]:
                continue
            if toks[m] != "." or doc.ends[m - 1] != doc.starts[m]:
                return False
            if doc.ends[m] != doc.starts[m + 1]:
                return False
            dots += 1
        return dots > 0 and b - a - dots <= 3

    def name_opens_speech(self, colon: int, quotes: list[_Quote]) -> bool:
        """ "وأضاف: “الاتحاد” كان وما زال شريكا …": a name of one or two
        words in marks right after the colon, the first with the article
        (a club, a party, a union), then the sentence goes on with a word
        (not one with و, "“لا” وغادر": the narrator's): the marks set off
        the name that opens the words said, no quotation of their own."""
        q = self.quote_at(quotes, colon + 1, closing=False)
        if q is None or q.close_tok + 1 >= self.n:
            return False
        toks = self.doc.toks
        k = q.close_tok + 1
        return (
            self.is_word[k]
            and not self.in_quote[k]
            and toks[k][0] != "و"
            and toks[k] != "هكذا"  # ("“الخيانة” هكذا وصف القرار": the narrator's)
            and toks[q.open_tok + 1][:2] == "ال"
            and 1 <= sum(self.is_word[q.open_tok : q.close_tok]) <= 2
        )

    def list_items(self, bullet: str, k: int, extra: list[_Quote]) -> None:
        """The items of a list whose first item a verb of saying and its
        colon at the end of their line introduce ("وفيما يلي أبرز ما قاله:\n-
        …\n- …"): each next line that opens with the same bullet is his
        words too, up to its line's end (without its final stop), until a
        line that opens otherwise or holds marks."""
        doc = self.doc
        toks = doc.toks
        folded = doc.folded
        n = self.n
        in_quote = self.in_quote
        while True:
            while k < n and "\n" not in folded[doc.ends[k - 1] : doc.starts[k]]:
                k += 1  # (to the next line)
            if k + 1 >= n or toks[k] != bullet:
                return
            e = k + 1
            while e < n and "\n" not in folded[doc.ends[e - 1] : doc.starts[e]]:
                e += 1
            last = e
            while last > k + 1 and toks[last - 1] in _SENTENCE_END:
                last -= 1
            if any(in_quote[k:e]) or sum(self.is_word[k + 1 : last]) < 3:
                return
            extra.append(_Quote(doc.starts[k + 1], doc.ends[last - 1], k, last, marked=False))
            in_quote[k:last] = b"\x01" * (last - k)
            k = e

    def find_saying_without_colon(self, extra: list[_Quote]) -> None:
        """Direct speech right after the participle "saying" with no colon
        and no mark ("وتابع حديثه قائلا نحن اليوم في حاجة …، مشددا على"):
        قائلا/قائلة/قائلين takes no object but the words said, so a word
        that is no أنّ, addressee, preposition or adverbial opens them; they
        run as unmarked speech does, up to a full stop, the line's end, the
        narrator resuming, a colon or marks, or a comma before the next cue."""
        doc = self.doc
        toks = doc.toks
        folded = doc.folded
        n = self.n
        in_quote = self.in_quote
        is_word = self.is_word
        # (the participle's places found by one regex scan: see
        # words._literal_search)
        for m in _SAYING_PARTICIPLE.finditer(folded):
            k = self.tok_at(m.start())
            if k + 3 >= n or toks[k] not in _SAYING_PARTICIPLES or in_quote[k] or in_quote[k + 1]:
                continue
            i = k + 1
            w = toks[i]
            if (
                not is_word[i]
                or w in _THAT
                or w in _ASIDE_OPENERS
                or w in _NAME_PREPOSITIONS
                or w in _TO_THEM
                or w.startswith("لل")
                or "\n" in folded[doc.ends[k] : doc.starts[i]]
            ):
                continue
            end = self.speech_run(i)
            if end < 0 or sum(is_word[i:end]) < 3:
                continue
            extra.append(_Quote(doc.starts[i], doc.ends[end - 1], k, end, marked=False))
            in_quote[k:end] = b"\x01" * (end - k)

    def speech_run(self, i: int) -> int:
        """Where unmarked words said that open at token ``i`` with no colon
        end (find_saying_without_colon, find_saying_after_comma): a full
        stop, the line's end, the narrator resuming, or a comma before the
        next cue; -1 when a colon or marks come first (the words are
        theirs)."""
        doc = self.doc
        toks = doc.toks
        folded = doc.folded
        n = self.n
        in_quote = self.in_quote
        soft = self.soft_breaks
        end = i
        while end < n:
            t = toks[end]
            if t == ":" or t in QUOTE_MARKS or in_quote[end]:
                return -1  # (a colon or marks ahead: the speech is theirs)
            if end > i and "\n" in folded[doc.ends[end - 1] : doc.starts[end]]:
                break
            if end > i + 1 and (
                (end in soft and self.ends_speech(end)) or self.narrative_verb(end)
            ):
                break
            if (
                t in _COMMAS
                and end + 1 < n
                and (c := _cue_of(toks[end + 1])) is not None
                and c.kind in _VERB_KINDS
            ):
                break  # "…، مشددا على": the narrator's next cue
            if t in _SENTENCE_END:
                nxt = folded[doc.ends[end] : doc.ends[end] + 1]
                if not nxt or nxt.isspace():
                    break
            end += 1
        return end

    def find_saying_after_comma(self, extra: list[_Quote]) -> None:
        """Direct speech after a verb of saying that opens its sentence, its
        subject and a comma where a colon belongs, with no mark ("وأضاف
        الوزير X، لن نتراجع عن …"): the words after the comma speak in the
        first person (a pronoun of "I" or "we", or a negation before a verb
        of "we", words._WE_NEGATIONS); they run as unmarked speech does. Not
        an aside after the comma ("وقال الوزير، في تصريح، إن"), nor a verb
        in the middle of its sentence."""
        doc = self.doc
        toks = doc.toks
        folded = doc.folded
        n = self.n
        in_quote = self.in_quote
        is_word = self.is_word
        for m in _commas_then_we(folded):
            c = self.tok_at(m.start())
            i = c + 1
            if c < 2 or i + 3 >= n or toks[c] not in _COMMAS or in_quote[c] or in_quote[i]:
                continue
            w = toks[i]
            if not (
                w in _FIRST_PERSON
                or (w in _WE_NEGATIONS and toks[i + 1][:1] == "ن" and len(toks[i + 1]) >= 4)
            ):
                continue
            j = c - 1
            while j >= 0 and c - j <= 9 and is_word[j] and not in_quote[j]:
                cue = _cue_of(toks[j])
                if cue is not None and cue.kind == lx.VERB:
                    break
                j -= 1
            else:
                continue
            # (the loop broke at the verb, a word within nine: it must open
            # its sentence or line)
            if not (
                j == 0
                or toks[j - 1] in _SENTENCE_END
                or "\n" in folded[doc.ends[j - 1] : doc.starts[j]]
            ):
                continue
            end = self.speech_run(i)
            if end < 0 or sum(is_word[i:end]) < 3:
                continue
            extra.append(_Quote(doc.starts[i], doc.ends[end - 1], c, end, marked=False))
            in_quote[c:end] = b"\x01" * (end - c)

    def find_unclosed(self, quotes: list[_Quote], extra: list[_Quote]) -> list[_Quote]:
        """Speech in marks that were never closed ("وقال: «… . وبحسب",
        "أن "…\n"): an opener right after a colon, أنّ or a verb of saying,
        in a sentence with such a verb, quotes up to where unmarked speech
        would end (a full stop, the line's end, the narrator resuming),
        through short names in marks on the way.  Adds to ``extra`` and
        returns ``quotes`` without the names it took in."""
        doc = self.doc
        toks = doc.toks
        folded = doc.folded
        n = self.n
        in_quote = self.in_quote
        soft = self.soft_breaks
        taken: set[int] = set()
        opened: dict[int, _Quote] | None = None
        closed: dict[int, _Quote] = {}  # (after_closed_speech, filled once when needed)
        for pos, kind in self.loose_marks:
            if kind != OPEN and not self.glued_opener(pos):
                self.closed_only(pos, quotes, extra)
                continue
            i = self.tok_at(pos)
            if i + 1 >= n or in_quote[i] or toks[i] not in QUOTE_MARKS:
                continue
            # an opener that opens its paragraph, never closed in it ("\n“في
            # تونس متسع للجميع. يجب أن …\n"): the paragraph is the words
            # said, whoever said them last
            paragraph = kind == OPEN and (i == 0 or "\n" in folded[doc.ends[i - 1] : doc.starts[i]])
            if not paragraph and (
                i < 1
                or not (
                    self.introduced_unclosed(i)
                    or (
                        # (a quote's mark within three tokens before: most
                        # openers follow none)
                        (
                            in_quote[i - 1]
                            or (i >= 2 and in_quote[i - 2])
                            or (i >= 3 and in_quote[i - 3])
                        )
                        and self.after_closed_speech(i, closed or (closed := _closed_at(quotes)))
                    )
                )
            ):
                continue
            end = i + 1
            inner: list[_Quote] = []
            cut = -1  # (where the words end inside a token the narrator's verb is glued to)
            while end < n:
                t = toks[end]
                if "\n" in folded[doc.ends[end - 1] : doc.starts[end]]:
                    break
                if end > i + 2 and t.endswith(_GLUED_SAID) and self.is_word[end]:
                    said = next(len(t) - len(v) for v in _GLUED_SAID if t.endswith(v))
                    if said >= 2:
                        cut = doc.starts[end] + said
                        break  # ("… عنهوأضاف أن …": the words end at "عنه")
                if in_quote[end]:
                    # a name in marks on the way ("والنواب “ملتهين” بحملاتهم")
                    if opened is None:
                        # (the first quote opened at each token, filed once:
                        # a pass over every quote for each name in marks was
                        # quadratic in texts of thousands of marks, fuzz25)
                        opened = {}
                        for q in quotes:
                            opened.setdefault(q.open_tok, q)
                    q2 = opened.get(end)
                    if q2 is None or sum(self.is_word[q2.open_tok : q2.close_tok]) > 3:
                        break
                    inner.append(q2)
                    end = q2.close_tok + 1
                    continue
                if end > i + 2 and (
                    (end in soft and self.ends_speech(end))
                    or self.narrative_verb(end)
                    or self.aside_at(end)
                ):
                    break
                if (
                    t in _COMMAS
                    and end > i + 3
                    and end + 1 < n
                    and (pc := _cue_of(toks[end + 1])) is not None
                    and pc.kind == lx.PARTICIPLE
                ):
                    # "أكدت الوكالة أنها “لم تبث أي خبر، مشددة على …": a
                    # participle of saying after a comma is the narrator's,
                    # of the speaker in the third person
                    break
                if end > i + 3 and self.reported_again(i, end):
                    break
                if t in _COMMAS and end > i + 3 and self.resumed_with_that(end):
                    break  # ("أكد أحدهم" لم أكن أعلم …، فيما أكد آخرون أنهم …")
                if paragraph and t in _COMMAS and end + 1 < n and self.lead_verb(end + 1):
                    break  # ("“… ، قال الوزير": the speaker after the words)
                if t in _SENTENCE_END and toks[end - 1] not in _SENTENCE_END:
                    # (not "..", which goes on: "مثلنا الأعلى.. ونتمنى")
                    nxt = folded[doc.ends[end] : doc.ends[end] + 1]
                    if (not nxt or nxt.isspace()) and not (paragraph and self.says_on(end)):
                        break
                end += 1
            said_after = (
                paragraph and end + 1 < n and toks[end] in _COMMAS and self.lead_verb(end + 1)
            )
            while end > i + 2 and (
                toks[end - 1] in _COMMAS or (paragraph and toks[end - 1] in _SENTENCE_END)
            ):
                end -= 1  # ("…، وأضاف": the comma before the narrator is his)
            if sum(self.is_word[i + 1 : end]) < (5 if paragraph else 3):
                continue
            if end < n and in_quote[end] and toks[end - 1] in _BARE_THAT_LAST:
                # 'في حوار مع موقع “X Y أن “…”': words up to a bare أنّ right
                # before the next quote opened a name whose closing mark was
                # lost, the that-clause's words quoted after it; no speech
                # ends on the particle (dev26d)
                continue
            if paragraph and not said_after and not _speech_sign(toks[i + 1 : end]):
                continue  # ("\n“حركة X حزب إسلامي تأسس في تونس عام 1981. شارك …")
            for q2 in inner:
                taken.add(q2.open_tok)
            last = cut if cut >= 0 else doc.ends[end - 1]
            extra.append(_Quote(doc.starts[i + 1], last, i, end, marked=False))
            in_quote[i:end] = b"\x01" * (end - i)
        if taken:
            quotes = [q for q in quotes if q.open_tok not in taken]
        return quotes

    def after_closed_speech(self, i: int, closed: dict[int, _Quote]) -> bool:
        """The opener at token ``i``, never closed, follows on its line the
        closing mark of words quoted as speech, with at most two stops or
        commas between (“…”.. “والحكومة … .\n): the same speaker's words
        go on in marks again (find_unclosed; dev33d)."""
        toks = self.doc.toks
        k = i - 1
        while k > i - 3 and k > 0 and (toks[k] in _SENTENCE_END or toks[k] in _COMMAS):
            k -= 1
        if k < 1 or toks[k] not in QUOTE_MARKS or not self.in_quote[k]:
            return False
        doc = self.doc
        if "\n" in doc.folded[doc.ends[k] : doc.starts[i]]:
            return False
        q = closed.get(k)
        if i + 1 < self.n:
            w = toks[i + 1]
            if w in _SOURCE_AFTER_OPENER or (
                w in _AS_BEFORE_REPORTING
                and i + 2 < self.n
                and (cue := _cue_of(toks[i + 2])) is not None
                and cue.kind in _VERB_KINDS
            ):
                # "«…»، “حسب ما نقلت صحيفة الأهرام …": the source, the
                # reporter's words (mend33c)
                return False
        return (
            q is not None
            and q.marked
            and sum(self.is_word[q.open_tok : q.close_tok]) > 3
            and q.open_tok > 0
            and self.introduced_unclosed(q.open_tok)
        )

    def introduced_unclosed(self, i: int) -> bool:
        """Whether the opener at token ``i``, never closed, is introduced as
        speech: right after a colon, أنّ or a verb of saying, or after a
        verb of saying and its subject, with or without a comma before the
        opener (find_unclosed)."""
        doc = self.doc
        toks = doc.toks
        folded = doc.folded
        before = toks[i - 1]
        if before in _NAMED_IT and i >= 2 and toks[i - 2] in _WHAT_NAMED:
            return True  # ("بما سماه «…": what he called it, his words; dev17d)
        if before in _THAT and i >= 2 and toks[i - 2] in _HIS_SAYING:
            # "ونقل السفير عن الوزير قوله إن “…": the noun of his saying,
            # after a verb of relaying, introduces his words as a verb of
            # saying does
            return True
        after_clause = False
        stance = (
            # "وأعلن X رفضه لـ"القرار …": the words of a stance the subject
            # voices, its verbal noun with his pronoun, glued to لـ or بـ
            (before == "ل" or before == "ب")
            and i >= 2
            and doc.ends[i - 1] == doc.starts[i]
            and toks[i - 2] in lx.STANCE_POSSESSED
        )
        if not (before == ":" or before in _THAT or before in _WE_THAT):
            cue = _cue_of(before)
            if cue is None or cue.kind not in _VERB_KINDS:
                after_clause = True
        # a verb of saying in the sentence, up to the opener (after a colon,
        # a verb of saying further back: "قال X – رئيس …، اليوم … لدى
        # مخاطبته … – المدينة: “…", its subject, post, day and occasion
        # before the colon, no that-clause nor marks between; dev22d)
        reach = 60 if before == ":" else 30
        for j in range(i - 1, max(-1, i - reach), -1):
            t = toks[j]
            if t in _SENTENCE_END or "\n" in folded[doc.ends[j] : doc.starts[j + 1]]:
                j = -1
                break
            cue = _cue_of(t)
            if cue is not None and cue.kind in _VERB_KINDS:
                break
        else:
            j = -1
        if j < 0:
            return False
        if (
            i - j >= 30
            and not (
                _lemma_key(cue) in _SAYING
                # (nor a connective of the narrator's: "قال الوزير في مؤتمر …،
                # ثم غادر القاعة وسط هتافات المحتجين: “ارحل", his next act
                # and the words of others; rev25)
                and not any(
                    w in _THAT or w in QUOTE_MARKS or w in _RESUMING for w in toks[j + 1 : i - 1]
                )
            )
        ):
            return False

        def bare(k: int) -> bool:
            """No that-clause, comma or other mark between the verb and ``k``."""
            return not any(w in _THAT or w in _COMMAS or w in QUOTE_MARKS for w in toks[j + 1 : k])

        told = self.outlet_told(i)
        if told > j:
            # "وقال X لـ"الأيام"" الحكومة …": the outlet told, its name in
            # marks glued to لـ (or after لصحيفة …), right before the opener
            # (a comma between or not): the verb's words open there
            return (
                (cue.kind == lx.VERB or _lemma_key(cue) in _SAYING)
                and told - j <= 10
                and bare(told)
            )
        if before in _COMMAS:
            # "وأضاف، "…" and "وقال الوزير، "…": a comma where a colon would
            # stand, after a verb of saying and its subject, and an
            # adverbial as with no comma ("وقال الوزير في كلمته أمام
            # البرلمان، "…"); after any verb of reporting with its subject
            # alone, at most four words ("وأكد الوزير X Y، "…")
            return (
                (
                    (_lemma_key(cue) in _SAYING and i - j <= 10)
                    or (cue.kind == lx.VERB and i - j <= 6 and toks[i - 2] not in lx.LABEL_NOUNS)
                )
                and bare(i - 1)
            ) or (
                # "وأضاف في كلمة له بافتتاح مؤتمر شباب “التجديد”، المنعقد
                # اليوم الأحد، “…": a verb of saying and the occasion of
                # its words (في/خلال كلمة …) within its first words, however
                # long, commas and short names in closed marks in it, then
                # the comma and the opener
                _lemma_key(cue) in _SAYING
                and i - j <= 25
                and any(
                    toks[m] in _AT_OCCASION_OF and toks[m + 1] in _OCCASIONS_TOLD
                    for m in range(j + 1, min(j + 5, i - 2))
                )
                and not any(
                    w in _THAT or (w in QUOTE_MARKS and not self.in_quote[m])
                    for m, w in enumerate(toks[j + 1 : i - 1], j + 1)
                )
            )
        if stance:
            # (any verb of reporting, its subject and the noun, "عن" before
            # it after أعرب: "وأعرب X عن رفضه لـ"…")
            return cue.kind == lx.VERB and i - j <= 10 and bare(i)
        return not after_clause or (
            # "وقال X في هذا الإطار ” سجلنا …": the verb of saying, its
            # subject and an adverbial, then the opener: the verb's
            # words (no that-clause, comma or other marks between); any
            # verb of reporting with its subject alone ("وذكرت البرقية
            # "أن …. وأضافت"; not after a noun the marks name: "وذكرت
            # صحيفة "المصري اليوم الصادرة …", its name never closed); a
            # verb of saying reaches past a long subject, two posts and the
            # name, as at a colon ("قال المتحدث باسم X ورئيس وفدها … Y Z ”
            # نحن …": dev16d)
            (
                _lemma_key(cue) in _SAYING
                or (cue.kind == lx.VERB and i - j <= 3 and before not in lx.LABEL_NOUNS)
            )
            and (i - j <= 10 or (i - j <= 17 and _lemma_key(cue) in _SAYING))
            and bare(i)
        )

    def outlet_told(self, i: int) -> int:
        """The token of لـ (or of لصحيفة, لوكالة …) before a name of one to
        three words in marks that closes right before the opener at token
        ``i`` (or before a comma there): "قال X لـ"الأيام""…", "قال X لصحيفة
        "الأيام"، "…"; -1 when there is none (introduced_unclosed)."""
        toks = self.doc.toks
        k = i - 1
        if k > 0 and toks[k] in _COMMAS:
            k -= 1
        if k < 3 or toks[k] not in QUOTE_MARKS:
            return -1
        for o in range(k - 2, max(0, k - 5), -1):
            if toks[o] in QUOTE_MARKS:
                break
        else:
            return -1
        if not all(self.is_word[o + 1 : k]) or o < 1:
            return -1
        lam = toks[o - 1]
        if lam == "ل" and self.doc.ends[o - 1] == self.doc.starts[o]:
            return o - 1
        if lam[:1] == "ل" and lam[1:] in lx.OUTLET_HEADS:
            return o - 1
        return -1

    def says_on(self, k: int) -> bool:
        """Whether the words said in a paragraph opened by a mark never
        closed go on past the stop at token ``k``: a sentence follows on the
        line with no cue in it (a verb of saying, a source), which would be
        the narrator's, but for the verb after a comma that names the
        speaker after the words."""
        doc = self.doc
        toks = doc.toks
        folded = doc.folded
        j = k + 1
        while j < self.n and toks[j] not in _SENTENCE_END:
            if "\n" in folded[doc.ends[j - 1] : doc.starts[j]]:
                break
            if toks[j] in _COMMAS and j + 1 < self.n and self.lead_verb(j + 1):
                return j > k + 1  # ("… المقبل، قال العمري": the words end there)
            if _cue_of(toks[j]) is not None or toks[j] in QUOTE_MARKS:
                return False
            j += 1
        return j > k + 1 and "\n" not in folded[doc.ends[k] : doc.starts[k + 1]]

    def ends_speech(self, k: int) -> bool:
        """Whether the soft break at token ``k`` ends words said that run
        on: not ف with a definite noun ("… جانبا فالقدس قد وحدتنا") where a
        full stop ends a sentence later on the line: the speaker's "for …"
        clause, which a text that keeps its stops opens with no sentence
        of the narrator's (the break is for text whose stops were dropped:
        "… اليوم فالمبعوث الأميركي يكرر")."""
        t = self.doc.toks[k]
        if t[:3] != "فال":
            return True
        folded = self.doc.folded
        at = self.doc.ends[k]
        end = folded.find("\n", at)
        end = len(folded) if end < 0 else end
        return not any(folded.find(ch, at, end) >= 0 for ch in _STOPS)

    def next_speech_after(self, k: int) -> bool:
        """Whether the comma at token ``k`` of words said after a colon
        ends them because a clause of the narrator's opens after it with
        speech of its own: up to four words of an adverbial, a verb of
        saying, its subject (not the speaker's "لي"/"لنا") and a colon,
        with no comma, stop or mark between ("…، وفي برقية أخرى يقول
        الوزير لزائر أمريكي: …", "…، ثم يقول رئيس الوزراء: …")."""
        toks = self.doc.toks
        folded = self.doc.folded
        starts, ends = self.doc.starts, self.doc.ends
        n = self.n
        verb = -1
        for m in range(k + 1, min(n, k + 16)):
            t = toks[m]
            if "\n" in folded[ends[m - 1] : starts[m]] or self.in_quote[m]:
                return False
            if t == ":":
                return verb > 0 and m > verb + 1
            if not self.is_word[m]:
                return False
            if verb < 0 and m <= k + 5 and (cue := _cue_of(t)) is not None:
                if cue.kind != lx.VERB or m + 1 >= n or toks[m + 1] in _FIRST_PERSON_TO:
                    return False
                verb = m
        return False

    def resumed_with_that(self, k: int) -> bool:
        """Whether the narrator's report resumes after the comma at token
        ``k`` of words said without closed marks: a connective that tells
        the speaker in the third person ("لكنه", "بينما", "غير أنه"), a verb
        of saying, up to four words of its subject, then its that-clause
        ("…، لكنه أوضح أنه لا خيار …", "…، فيما أكد آخرون أنهم …"): not
        the speaker's "لكننا نحترم …", nor "لكنه لن يكون …" (no verb)."""
        toks = self.doc.toks
        n = self.n
        m = k + 1
        if m + 2 >= n or toks[k] not in _COMMAS:
            return False
        t = toks[m]
        if t in _BUT_BEFORE_THAT:
            if toks[m + 1] not in _HIS_THAT:
                return False
            m += 1
        elif t not in _RESUMING:
            return False
        verb = toks[m + 1]
        cue = _cue_of(verb)
        if cue is None or cue.kind != lx.VERB:
            return False
        # (after "كما", "فيما": "أكدت"/"قلنا" with no subject after it may be
        # the speaker's "I"/"we": "كما أكدت أن …")
        first_person = t in _RESUMING and t[:3] != "لكن" and t[:4] != "ولكن"
        first_person = first_person and (verb[-1] == "ت" or verb[-2:] == "نا")
        for j in range(m + 2, min(n, m + 7)):
            w = toks[j]
            if w in _THAT_CLAUSE or (w in _TO_OR_ON and j + 1 < n and toks[j + 1] in _THAT_CLAUSE):
                return not (first_person and j == m + 2)
            if not self.is_word[j] or self.in_quote[j]:
                return False
        return False

    def reported_again(self, i: int, k: int) -> bool:
        """Whether the narrator's report resumes at token ``k`` of speech
        opened by the mark at ``i`` and never closed: a participle of saying
        and its that-clause with no comma before it ("… عن حقوقه مؤكدا أن
        شعبنا", "… مشيرا إلى أن"), or a comma and a second that-clause
        coordinated with the narrator's own ("إن “فرنسا لم تقبل … باستقلال
        الجزائر، وأن تاريخ فرنسا …": the words said hold no أنّ and no word
        that takes one, so "وأن" goes on with the verb before the mark; not
        "وإن كان", even if)."""
        toks = self.doc.toks
        n = self.n
        t = toks[k]
        if t in _COMMAS:
            if k + 2 >= n or toks[k + 1] not in _AND_THAT or toks[k + 2] in _EVEN_IF_NEXT:
                return False
            return not any(w in _THAT or w in _TAKES_THAT for w in toks[i + 1 : k])
        if k + 2 >= n or not self.is_word[k] or toks[k - 1] in _COMMAS:
            return False  # (after a comma: the rule before this one)
        nxt = toks[k + 1]
        if nxt not in _THAT_CLAUSE and not (nxt in _TO_OR_ON and toks[k + 2] in _THAT_CLAUSE):
            return False
        if t[-1] != "ا" and t[-1] != "ه" and t[-2:] != "ين" and t[-2:] != "ات":
            return False  # (an active participle's ending; not "بالقول إن")
        cue = _cue_of(t)
        if cue is None or cue.kind != lx.PARTICIPLE:
            return False
        # (not a plural one after the speakers' "we": "نحن باقون … مؤكدين أن")
        return t[-2:] not in ("ين", "ات") or not any(
            w in _WE or (len(w) > 3 and w[-2:] == "نا") for w in toks[i + 1 : k]
        )

    def glued_opener(self, pos: int) -> bool:
        """Whether the closing mark at ``pos``, never opened and the line's
        last mark, is an opener typed glued to the word before it ("وقالت
        X في تصريح لها" لم أكن أتوقع … المتصارعة."): words follow it after
        a space, not a preposition, an aside or the narrator's next cue;
        find_unclosed then reads them as an unclosed quote where a verb of
        saying and its subject stand right before the mark."""
        folded = self.doc.folded
        if pos + 2 >= len(folded) or folded[pos + 1] != " " or not folded[pos + 2].isalpha():
            return False
        end = folded.find("\n", pos)
        rest = folded[pos + 1 : end if end != -1 else len(folded)]
        if any(ch in rest for ch in QUOTE_MARKS):
            return False
        toks = self.doc.toks
        i = self.tok_at(pos)
        if i < 1 or i + 1 >= self.n:
            return False
        first = toks[i + 1]
        return not (
            first in _NAME_PREPOSITIONS
            or first in _ASIDE_OPENERS
            or _cue_of(first) is not None
            or toks[i - 1] in _SENTENCE_END
            or toks[i - 1] in _COMMAS
        )

    def find_in_parentheses(self, extra: list[_Quote]) -> None:
        """Parentheses for quote marks (Sudanese press): "وأضاف (…)." and
        "وذكر: (…)،", right after a verb of saying (or its colon), holding
        five words or more that open with no preposition or adverbial (an
        aside, "وقال (في إشارة إلى …) إن", opens with one and the verb's
        words follow it), and closed before a stop, a comma or the line's
        end."""
        doc = self.doc
        toks = doc.toks
        folded = doc.folded
        n = self.n
        p = folded.find("(")
        while p != -1:
            pos, p = p, folded.find("(", p + 1)
            i = self.tok_at(pos)
            if i < 1 or i + 1 >= n or self.in_quote[i]:
                continue
            k = i - 1
            if toks[k] == ":" and k > 0:
                k -= 1
            cue = _cue_of(toks[k])
            if cue is None or cue.kind not in _VERB_KINDS:
                continue
            close = folded.find(")", pos)
            if close < 0 or "\n" in folded[pos:close] or "(" in folded[pos + 1 : close]:
                continue
            c = self.tok_at(close)
            if c - i < 6 or toks[i + 1] in _ASIDE_OPENERS or not self.is_word[i + 1]:
                continue
            if sum(self.is_word[i + 1 : c]) < 5 or any(self.in_quote[i:c]):
                continue
            after = folded[close + 1 : close + 2]
            if after and not after.isspace() and after not in _SENTENCE_END_CHARS:
                if after not in "،,":
                    continue
            elif (
                after == " "
                and c + 1 < n
                and toks[c + 1] not in _SENTENCE_END
                and toks[c + 1] not in _COMMAS
                and "\n" not in folded[close : doc.starts[c + 1]]
            ):
                continue  # (the sentence goes on: an aside)
            extra.append(_Quote(doc.starts[i + 1], doc.ends[c - 1], i, c, marked=False))
            self.in_quote[i : c + 1] = b"\x01" * (c + 1 - i)

    def closed_only(self, pos: int, quotes: list[_Quote], extra: list[_Quote]) -> None:
        """Speech closed by a mark that was never opened ("وقال لقد كنت …”.",
        "قوله: أقسم …”"): it starts after the nearest colon, verb of saying
        (قال، أضاف …) or closed quote before the mark in its sentence (a name
        in marks after the verb: "وقال X على قناة «…» نحن …»"), when a verb
        of saying introduces it; after a nearest أنّ, none."""
        doc = self.doc
        toks = doc.toks
        folded = doc.folded
        c = self.tok_at(pos)
        if c < 4 or c >= self.n or self.in_quote[c]:
            return
        if toks[c - 1] in _OBJECT_NEEDED:
            # "ردا على سؤال يتعلق بتصريحه حول” إصلاح …”": words said end on
            # no bare preposition; the mark opens the words after it, typed
            # the wrong way round, and closes nothing before it
            return
        j = c - 1
        # the speech's own final stop before the mark ("… ربيع الخراب..”"):
        # past it, only words after a colon cut at an earlier stop or ؟ run
        # on to the mark ("قالت: لماذا تخاف؟ أنت تريد … ..”")
        while j > 0 and toks[j] in _SENTENCE_END:
            j -= 1
        final_stop = j < c - 1
        while j >= 0 and c - j < 60:
            t = toks[j]
            if (
                "\n" in folded[doc.ends[j] : doc.starts[j + 1]]
                and sum(self.is_word[j + 1 : c]) >= 3
                and self.open_through(j, extra)
            ):
                # "وقال الوزير في كلمته ” … .\n… .”": a paragraph closed by a
                # mark never opened, after a paragraph whose opener was
                # never closed, goes on with the same words said (a quote
                # of several paragraphs, one mark opening it, one closing)
                extra.append(_Quote(doc.starts[j + 1], doc.ends[c - 1], j + 1, c, marked=False))
                self.in_quote[j + 1 : c + 1] = b"\x01" * (c - j)
                return
            if self.in_quote[j] and t not in QUOTE_MARKS:
                # "وأضاف: السد استحق التأهل، وتعبر عن مستوى الكرة".": the
                # words after the colon, cut where a verb seemed to resume
                # the narrator, run on to the mark that closes them
                for k, q in enumerate(extra):
                    if not q.marked and q.open_tok <= j < q.close_tok and toks[q.open_tok] == ":":
                        extra[k] = _Quote(q.start, doc.ends[c - 1], q.open_tok, c, marked=False)
                        self.in_quote[q.open_tok : c + 1] = b"\x01" * (c + 1 - q.open_tok)
                        break
                return
            if t in _SENTENCE_END and self.in_quote[j - 1]:
                # "قال X: لا بد أن … صغيرة. لقد قدمنا … هجوميا».": the words
                # after the colon, cut at their first full stop, run on to
                # the mark that closes them in their paragraph
                for k, q in enumerate(extra):
                    if q.close_tok == j and not q.marked and toks[q.open_tok] == ":":
                        extra[k] = _Quote(q.start, doc.ends[c - 1], q.open_tok, c, marked=False)
                        self.in_quote[q.open_tok : c + 1] = b"\x01" * (c + 1 - q.open_tok)
                        break
                else:
                    if (
                        toks[j - 1] in QUOTE_MARKS
                        and any(q.marked and q.close_tok == j - 1 for q in quotes)
                        and sum(self.is_word[j + 1 : c]) >= 5
                        # (not a sentence of the narrator's, glued to و or
                        # ف with no sign of the speaker's: "وتأتي هذه
                        # التصريحات بعد …"")
                        and (
                            toks[j + 1][:1] not in "وف" or _speech_sign(toks[j + 1 : min(c, j + 9)])
                        )
                        and not any(
                            (cue := _cue_of(w)) is not None and cue.kind in _VERB_KINDS
                            for w in toks[j + 1 : c]
                        )
                    ):
                        # 'وشدد على "… واحد". الإيمان هو الطريق … الحياة".':
                        # words in marks closed at their stop, then a
                        # sentence with no verb of saying in it closed by a
                        # mark never opened, in the same paragraph: the
                        # same words going on, their second opener lost
                        # (dev15s)
                        extra.append(
                            _Quote(doc.starts[j + 1], doc.ends[c - 1], j + 1, c, marked=False)
                        )
                        self.in_quote[j + 1 : c + 1] = b"\x01" * (c - j)
                return
            if t in _SENTENCE_END or "\n" in folded[doc.ends[j] : doc.starts[j + 1]]:
                self.paragraph_closed_only(c, extra)
                return
            if t == ":" or t in QUOTE_MARKS:
                break
            if final_stop:
                # (run-on words after a colon are all that is looked for:
                # a أنّ or a verb on the way is theirs, "… لأن …")
                j -= 1
                continue
            if t in _THAT:
                break
            cue = _cue_of(t)
            if cue is not None and cue.kind in _VERB_KINDS and _lemma_key(cue) in _SAYING:
                break  # (a verb of saying: "جدد" may be "new" in the words)
            j -= 1
        else:
            return
        if final_stop:
            return  # (no words after a colon before the mark)
        if t in QUOTE_MARKS:
            before = self.quote_at(quotes, j)
            if before is None:
                return  # (an opening mark: the marks are a muddle)
            for k in range(before.open_tok - 1, max(-1, before.open_tok - 30), -1):
                w = toks[k]
                if w in _SENTENCE_END or w in QUOTE_MARKS:
                    break
                if w in _THAT:
                    # 'وأكد X أن التعميم "مزور وملفق" ولا يتمتع … بتاتا".': the
                    # quote before is words in the that-clause, the words
                    # after it reported speech with a stray mark
                    return
                if (cue := _cue_of(w)) is not None and cue.kind in _VERB_KINDS:
                    break
        if sum(self.is_word[j + 1 : c]) < 3:
            return
        if t in _THAT:
            # "وأشار X إلى أن واضعي الميثاق … طريقنا".": a closing mark with
            # no opener after أنّ is reported speech with a stray mark, not
            # a quote (so the real-news gold: nothing tells where words said
            # would start); after a colon or a verb of saying they are his
            # (but a whole paragraph in the speaker's voice: dev15s)
            self.paragraph_closed_only(c, extra)
            return
        if not (_cue_of(t) or self.cue_before(j)):
            return
        if t != ":" and t not in QUOTE_MARKS:
            k = c + 1
            if k < self.n and toks[k] in _COMMAS:
                k += 1
            if k < self.n and toks[k] in _THAT_AFTER_NAME:
                # 'وقال X لموقع الحزب الديمقراطي"، إنه «…»': the verb's
                # that-clause comes after the mark, which closes a name (an
                # outlet, a body) whose opener was lost, the verb's subject
                # or addressee: no words said before it
                return
        # (the quote opens at its anchor; after a verb, at its first word, so
        # that the verb stays before it as its cue)
        o = j + 1 if t not in QUOTE_MARKS and t != ":" else j
        extra.append(_Quote(doc.starts[j + 1], doc.ends[c - 1], o, c, marked=False))
        self.in_quote[o : c + 1] = b"\x01" * (c + 1 - o)

    def paragraph_closed_only(self, c: int, extra: list[_Quote]) -> None:
        """'وأضاف X أن …\nتعرفون أنه … أعتقد أنه … فقط".': a paragraph
        closed by a mark never opened at its end, after a paragraph with a
        verb of saying, is the words said going on when it speaks as the
        speaker (a first person, a verb of the present with its hamza
        written, أعتقد) and holds no marks, colon or verb of saying of the
        narrator's: its opener was lost (dev15s)."""
        doc = self.doc
        toks = doc.toks
        folded = doc.folded
        k = c + 1
        while k < self.n and toks[k] in _SENTENCE_END:
            k += 1
        if k < self.n and "\n" not in folded[doc.ends[k - 1] : doc.starts[k]]:
            return  # (the mark does not end its paragraph)
        p = c - 1
        while p > 0 and "\n" not in folded[doc.ends[p - 1] : doc.starts[p]]:
            p -= 1
        if p <= 0 or sum(self.is_word[p:c]) < 8 or c - p > 120:
            return
        first_person = False
        for m in range(p, c):
            t = toks[m]
            if t in QUOTE_MARKS or t == ":" or self.in_quote[m]:
                return
            if (cue := _cue_of(t)) is not None and cue.kind in _VERB_KINDS:
                if doc.orig(doc.starts[m], doc.starts[m] + 1) != "أ":
                    return  # (the narrator's verb; "أعتقد" is the speaker's)
                first_person = first_person or m - p < 12
            elif t in _SPEECH_SIGNS and m - p < 12:
                first_person = True  # (in its first words, as statement_goes_on)
        if not first_person:
            return
        # the paragraph before: a verb of saying in it
        b = p - 1
        while (cue := _cue_of(toks[b])) is None or cue.kind not in _VERB_KINDS:
            if b <= 0 or p - b > 60 or "\n" in folded[doc.ends[b - 1] : doc.starts[b]]:
                return
            b -= 1
        extra.append(_Quote(doc.starts[p], doc.ends[c - 1], p, c, marked=False))
        self.in_quote[p : c + 1] = b"\x01" * (c + 1 - p)

    def open_through(self, j: int, extra: list[_Quote]) -> bool:
        """Whether the line that ends at token ``j`` ends in words an opening
        mark never closed introduced (find_unclosed), nothing after them
        but their stop."""
        toks = self.doc.toks
        for q in reversed(extra):
            if q.open_tok > j:
                continue
            return (
                not q.marked
                and toks[q.open_tok] in QUOTE_MARKS
                and j <= q.close_tok + 1
                and all(t in _SENTENCE_END for t in toks[q.close_tok : j + 1])
            )
        return False

    def cue_before(self, k: int) -> bool:
        """Whether a cue stands in the sentence before token ``k``, within
        twenty tokens."""
        doc = self.doc
        toks = doc.toks
        for j in range(k - 1, max(-1, k - 20), -1):
            t = toks[j]
            if t in _SENTENCE_END or "\n" in doc.folded[doc.ends[j] : doc.starts[j + 1]]:
                return False
            if _cue_of(t) is not None:
                return True
        return False

    def find_answers(self, quotes: list[_Quote]) -> list[_Quote]:
        """Interview transcripts: an answer line ("ج: …", or "- …" after a
        question line) is the interviewee's direct speech."""
        doc = self.doc
        folded = doc.folded
        out: list[_Quote] = []
        asks = "؟" in folded
        run_in = _RUN_IN_ANSWER.search(folded) if asks else None
        if (
            run_in is None
            and (not asks or _QUESTION_LINE_IN(folded) is None)
            and _ANSWER_LINE_IN(folded) is None
        ):
            return out
        question = False
        opened_at: dict[int, _Quote] | None = None
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
                while b > a and (folded[b - 1] == "." or folded[b - 1].isspace()):
                    b -= 1  # (the stop, and a space before it: "… كاملا ."; fuzz28)
                i, j = self.tok_at(a), self.tok_at(b)
                if j - i >= 4 and not any(self.in_quote[i:j]):
                    out.append(_Quote(a, b, i - 1, j, marked=False, answer=True))
                    self.in_quote[i:j] = b"\x01" * (j - i)
                elif i < self.n and self.in_quote[i] and doc.toks[i] in QUOTE_MARKS:
                    # "- «هناك تراجع …»": a marked answer (the quotes filed
                    # by their opener once: fuzz22, a pass over every quote
                    # for each answer was quadratic in a long interview)
                    if opened_at is None:
                        opened_at = {}
                        for mq in quotes:
                            opened_at.setdefault(mq.open_tok, mq)
                    mq = opened_at.get(i)
                    if mq is not None:
                        mq.answer = True
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


def _closed_at(quotes: list[_Quote]) -> dict[int, _Quote]:
    """Each quote by the token of its closing mark (after_closed_speech)."""
    return {q.close_tok: q for q in quotes}
