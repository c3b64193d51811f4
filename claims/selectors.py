"""Reads that more than one interface needs: visibility, search, the queues."""

from __future__ import annotations

import math
from contextlib import contextmanager
from dataclasses import dataclass

from django.contrib.postgres.expressions import ArraySubquery
from django.db import connection
from django.db.models import (
    BigIntegerField,
    BooleanField,
    Exists,
    ExpressionWrapper,
    F,
    Func,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
)

from claims.extraction.normalize import normalize
from claims.models import Evidence, Quote, Speaker, SpeakerAlias, Verdict
from claims.search_stats import word_stats

# pg_trgm indexes three-character pieces; a shorter query cannot use the
# trigram index and would scan every row, so it relies on full-text search.
TRIGRAM_MIN_LENGTH = 3


def can_see_quotes(user) -> bool:
    return user.is_authenticated and user.has_perm("claims.view_quote")


def quotes_visible_to(user) -> QuerySet[Quote]:
    """Every interface starts from this: nothing for users outside the roles."""
    if not can_see_quotes(user):
        return Quote.objects.none()
    return Quote.objects.with_related()


class TextSearchMatch(Func):
    """``<quote>.search_<config> @@ websearch_to_tsquery(config, query)``.

    ``search_arabic`` (``to_tsvector('arabic', text)``) and ``search_simple``
    (``to_tsvector('simple', text_normalized)``) are stored columns that
    PostgreSQL generates and indexes (migration 0005); they are not model
    fields, so the column is written out here. ``websearch_to_tsquery``
    never fails on user input, whatever punctuation it holds.
    """

    output_field = BooleanField()
    configs = frozenset({"arabic", "simple"})

    def __init__(self, query: str, *, config: str) -> None:
        if config not in self.configs:
            raise ValueError(f"unknown text-search config {config!r}")
        self.config = config
        super().__init__(Value(query))

    def as_sql(self, compiler, connection, **extra):
        query, params = compiler.compile(self.source_expressions[0])
        table = compiler.quote_name_unless_alias(compiler.query.get_initial_alias())
        config = f"'{self.config}'::regconfig"
        sql = f"{table}.search_{self.config} @@ websearch_to_tsquery({config}, {query})"
        return sql, params


class HoldsWords(Func):
    """``<quote>.search_simple @@ plainto_tsquery('simple', words)``: the
    quote's normalised text holds every one of ``words`` as a whole word
    (the same parser reads both sides)."""

    output_field = BooleanField()

    def __init__(self, words: str) -> None:
        super().__init__(Value(words))

    def as_sql(self, compiler, connection, **extra):
        words, params = compiler.compile(self.source_expressions[0])
        table = compiler.quote_name_unless_alias(compiler.query.get_initial_alias())
        return f"{table}.search_simple @@ plainto_tsquery('simple'::regconfig, {words})", params


class HoldsText(Func):
    """``strpos(text_normalized, key) > 0``: the same test as ``LIKE '%key%'``
    (no wildcard to escape), written so that the trigram index does not take
    it: ``quote_search`` gives it a narrower index of its own."""

    output_field = BooleanField()

    def __init__(self, key: str) -> None:
        super().__init__(F("text_normalized"), Value(key))

    def as_sql(self, compiler, connection, **extra):
        text, text_params = compiler.compile(self.source_expressions[0])
        key, key_params = compiler.compile(self.source_expressions[1])
        return f"strpos({text}, {key}) > 0", (*text_params, *key_params)


class HoldsMarkup(Func):
    """``strpos(text_normalized, '<') > 0``, written out as the predicate of
    the partial index ``quote_textnorm_markup`` (migration 0007), so that
    PostgreSQL can use it."""

    output_field = BooleanField()

    def __init__(self) -> None:
        super().__init__(F("text_normalized"))

    def as_sql(self, compiler, connection, **extra):
        text, params = compiler.compile(self.source_expressions[0])
        return f"strpos({text}, '<') > 0", params


class EqualsAnyOf(Func):
    """``column = ANY(ARRAY(subquery))``: the subquery runs once, and the
    column's index serves the match (an ``IN (subquery)`` inside an OR would
    be checked row by row, and keep the OR off the indexes)."""

    output_field = BooleanField()

    def __init__(self, column: str, subquery: QuerySet) -> None:
        super().__init__(F(column), ArraySubquery(subquery))

    def as_sql(self, compiler, connection, **extra):
        column, column_params = compiler.compile(self.source_expressions[0])
        array, array_params = compiler.compile(self.source_expressions[1])
        return f"{column} = ANY({array})", (*column_params, *array_params)


def speakers_matching(key: str) -> QuerySet[Speaker]:
    """Speakers whose name or an alias contains the normalised ``key``."""
    aliases = SpeakerAlias.objects.filter(name_normalized__contains=key).values("speaker_id")
    return Speaker.objects.filter(Q(name_normalized__contains=key) | Q(pk__in=aliases))


def quote_search(
    queryset: QuerySet[Quote], q: str, *, resolve_speakers: bool = False
) -> QuerySet[Quote]:
    """Quotes whose text, speaker or alias matches ``q`` in any Arabic spelling.

    The query is normalised the same way as the stored text, so ``القاعده``
    finds ``القاعدة``, and a substring match finds clitic forms
    (``القاعدة`` finds ``والقاعدة``, ``بالقاعدة``).

    On PostgreSQL the match is an OR of index-backed conditions, so it stays
    fast on a large table (migrations 0004 and 0005 build the indexes):
    - the ``arabic`` text-search config on the original text (stems words);
    - the ``simple`` config on the normalised text (whole normalised words);
    - ``LIKE '%key%'`` on the normalised text, served by a trigram index
      (``contains``, not ``icontains``: Django writes ``icontains`` as
      ``UPPER(col) LIKE UPPER(...)``, which no index on the column serves;
      the normalised text is case-folded already);
    - the speaker, by name or alias.
    On SQLite: ``contains`` on the normalised text and speaker names.

    ``resolve_speakers=True`` (the API) looks the matching speakers up in a
    query of their own first (up to 500): one query more, but PostgreSQL then
    plans a rare word's search with the indexes (see below). The default keeps
    everything in one query.
    """
    key = normalize(q or "")
    if not key:
        return queryset
    if resolve_speakers:
        # The speakers are looked up first, in their own small query. As a
        # subquery inside the OR, PostgreSQL cannot estimate how many quotes
        # it matches, guesses 0.5 % of the table, and for a rare word walks
        # the whole table in id order hoping to stop early (1.4 s at a
        # million quotes); with the ids written out it knows, and reads the
        # indexes instead.
        ids = list(speakers_matching(key).order_by("pk").values_list("pk", flat=True)[:500])
        condition = Q(speaker_id__in=ids) if ids else Q()
    elif database_is_postgres():
        condition = Q(EqualsAnyOf("speaker_id", speakers_matching(key).order_by().values("pk")))
    else:
        condition = Q(speaker_id__in=speakers_matching(key).order_by().values("pk"))
    if not database_is_postgres():
        return queryset.filter(condition | Q(text_normalized__contains=key))
    # Cheapest first: PostgreSQL stops at the first true branch for each row.
    plan = phrase_plan(key)
    if plan is not None:
        # A phrase with rare inner words: those words' index finds the few
        # quotes holding them all, and the substring test checks those only.
        # (The trigram index reads a list for each of the phrase's ~25
        # trigrams, most of them common: 45-120 ms at a million quotes;
        # this, 7-12 ms.)
        # The parser leaves words inside markup (<b …>, <!-- … -->) out of
        # the vector: quotes holding a "<" are checked apart, their ids read
        # first from a partial index (migration 0007). As ``= ANY(ARRAY(…))``
        # rather than the bare condition, whose default estimate (a third
        # of the table) would make PostgreSQL plan for 300,000 rows.
        markup = Quote.objects.filter(HoldsMarkup()).order_by().values("pk")
        narrowed = Q(HoldsWords(" ".join(plan.words))) | Q(EqualsAnyOf("id", markup))
        condition |= narrowed & Q(HoldsText(key))
    elif len(key) >= TRIGRAM_MIN_LENGTH:
        condition |= Q(text_normalized__contains=key)
    condition |= Q(TextSearchMatch(key, config="simple")) | Q(TextSearchMatch(q, config="arabic"))
    return queryset.filter(condition)


# A phrase is looked up by its inner words when the quotes holding them all
# are estimated at no more than this share of the table (2,000 in a million
# to check for the whole phrase, ~5 ms); otherwise the trigram index serves it.
NARROW_MAX_SHARE = 0.002


def inner_words(key: str) -> list[str]:
    """The words of a normalised search ``key`` that any text containing it
    holds whole: those between its first and last space (the first and the
    last may be parts of longer words, as a clitic form is), made of letters
    and digits only, so that the text-search parser reads each as one word."""
    words = key.split(" ")
    return [word for word in words[1:-1] if word.isalnum()]


@dataclass(frozen=True)
class PhrasePlan:
    words: tuple[str, ...]  # inner words, each once
    share: float  # estimated share of quotes holding them all


def phrase_plan(key: str) -> PhrasePlan | None:
    """How to find the normalised ``key`` by its inner words, when they are
    rare enough (PostgreSQL's word statistics, ``claims.search_stats``), or
    None: a key of one or two words, common inner words, or SQLite."""
    if not database_is_postgres():
        return None
    words = tuple(dict.fromkeys(inner_words(key)))
    if not words:
        return None
    stats = word_stats()
    if not stats.words_indexed:
        return None
    # As PostgreSQL's planner does: words independent of each other.
    share = math.prod(stats.share(word) for word in words)
    return PhrasePlan(words, share) if share <= NARROW_MAX_SHARE else None


def expected_share(q: str) -> float | None:
    """The estimated share of quotes a search for ``q`` finds, when it is
    known to be small (a phrase with rare inner words), else None."""
    plan = phrase_plan(normalize(q or ""))
    return plan.share if plan is not None else None


# How many of the newest ids a search may walk before it asks the indexes
# instead. Walking costs ~1 µs a row; the indexes cost about the same per
# match, and below 51 matches in this many rows a word is rare enough (under
# 0.5 % of the table) for them: either way a page stays near 10-20 ms.
SEARCH_WINDOW = 10_000


def newest_first(
    queryset: QuerySet, *, limit: int, below: int | None = None, share: float | None = None
) -> list:
    """The ``limit`` newest rows of ``queryset`` (by id, descending), read
    without ever walking more than ``SEARCH_WINDOW`` ids of the id index.

    For "newest matches of a search" PostgreSQL walks the id index backwards
    and tests each row, hoping to find a page early: right for a common word
    (a few hundred rows), ruinous for a word found nowhere (all million rows,
    seconds), and its estimate cannot tell the two apart. So the plan is
    chosen here, by hand:
    1. the walk, bounded to the ``SEARCH_WINDOW`` ids below ``below`` (or
       below the newest row): if that window holds a full page, those are
       the newest matches;
    2. otherwise the match is rare, and the page comes from the indexes
       (the bitmap scan the planner takes when the order is not the id
       index's: ``ORDER BY id + 0``), then sorted: the same rows, the same
       order, one query more.
    ``queryset`` is already filtered (and cut at the cursor). ``share``, the
    search's estimated share of the table (``expected_share``), skips the
    walk when the window would hold fewer than half a page of matches.
    """
    walk = share is None or share * SEARCH_WINDOW >= limit / 2
    with planned_each_time():
        return _newest_first(queryset, limit=limit, below=below, walk=walk)


@contextmanager
def planned_each_time():
    """No prepared statements inside (PostgreSQL with
    DJANGO_DB_PREPARED_STATEMENTS): after five runs of a prepared statement
    PostgreSQL may keep a generic plan, made without the parameters' values,
    and a search's best plan depends on its words (measured: four words of
    one quote 60-90 -> 130-250 ms a request once prepared)."""
    raw = connection.connection if connection.vendor == "postgresql" else None
    if raw is None or not hasattr(raw, "prepare_threshold"):
        yield
        return
    saved = raw.prepare_threshold
    raw.prepare_threshold = None
    try:
        yield
    finally:
        raw.prepare_threshold = saved


def _newest_first(queryset: QuerySet, *, limit: int, below: int | None, walk: bool) -> list:
    if walk:
        if below is None:
            newest = Subquery(queryset.model.objects.order_by("-id").values("id")[:1])
            floor = ExpressionWrapper(newest - SEARCH_WINDOW, output_field=BigIntegerField())
        else:
            floor = below - SEARCH_WINDOW
        rows = list(queryset.filter(id__gt=floor).order_by("-id")[:limit])
        if len(rows) == limit or (below is not None and floor <= 0):
            return rows
    by_indexes = queryset.order_by((F("id") + 0).desc()).values("id")[:limit]
    return list(queryset.filter(id__in=Subquery(by_indexes)).order_by("-id")[:limit])


def with_evidence(queryset: QuerySet[Quote], present: bool = True) -> QuerySet[Quote]:
    """Quotes that have (or, with ``present=False``, lack) any evidence."""
    linked = Exists(Evidence.objects.filter(quote_id=OuterRef("pk")))
    return queryset.filter(linked if present else ~linked)


def review_queue(user) -> QuerySet[Quote]:
    """Quotes in review that ``user`` took."""
    return quotes_visible_to(user).filter(status=Verdict.IN_REVIEW, assignee=user)


def awaiting_approval(user) -> QuerySet[Quote]:
    """Final verdicts not yet approved and not set by ``user`` (editors only)."""
    if not user.has_perm("claims.approve_verdict"):
        return Quote.objects.none()
    return (
        quotes_visible_to(user)
        .filter(status__in=sorted(Verdict.final()), approved_by__isnull=True)
        .exclude(verdict_by=user)
    )


def database_is_postgres() -> bool:
    return connection.vendor == "postgresql"
