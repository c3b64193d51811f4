"""speed28: a safety net for the gates (speed27).

A gate is one per-word table (``_CLASSIFY_SPECIAL``, ``_NAME_BREAKS``,
``_TITLE_WALK_SKIPS``, ``_TITLE_WALK_BREAKS``) or one test of the count
(is_quotation's ``if n > 6: return True``) in front of a block of checks:
the block runs only for the words the table lets in, or for six words or
fewer.  A check added inside the block that tests a word the table lacks
(or that holds of seven words or more) would never run, silently.

The tests below read the gated blocks from the source (``ast``), so that a
new check is covered the day it is written:

- every statement of a word gate's block is an ``if`` (no ``else``) whose
  condition, read as alternatives of conjunctions, has in each alternative
  one of the gate function's own alternatives (the same tests of the same
  word), or a test ``word in S`` / ``word == "…"`` every word of which the
  gate's table lets in;
- every statement after the count gate is an ``if`` (no ``else``) each of
  whose alternatives bounds the count below the gate's (or the gate's own
  ``return``);
- the net catches a check so added: a deliberately broken copy of each
  gated block (one more check, on a list the gate lacks, or none at all)
  is reported.
"""

from __future__ import annotations

import ast
import contextlib
import copy
import functools
import itertools
import operator
from pathlib import Path

import pytest

from claims.extraction import phrases as p
from claims.extraction import speakers as s

PACKAGE = Path(__file__).resolve().parents[2] / "claims" / "extraction"
W = "\N{BLACK STAR}word"  # the gated word's placeholder, no Python name

# (module, gate table)
WORD_GATES = [
    (p, "_CLASSIFY_SPECIAL"),
    (p, "_NAME_BREAKS"),
    (p, "_TITLE_WALK_SKIPS"),
    (p, "_TITLE_WALK_BREAKS"),
]
# (module, function, count variable)
COUNT_GATES = [(s, "is_quotation", "n")]


@functools.cache
def _tree(module) -> ast.Module:
    """The module's source read once (the net's tests below change the
    copy they read, and undo it)."""
    return ast.parse(Path(module.__file__).read_text(encoding="utf-8"))


def _dump(node: ast.AST) -> str:
    return ast.dump(node)


def _replace(node: ast.AST, old: str, new: ast.AST) -> ast.AST:
    """A copy of ``node`` with every subtree dumped as ``old`` replaced."""

    class Swap(ast.NodeTransformer):
        def visit(self, n):
            if _dump(n) == old:
                return copy.deepcopy(new)
            return self.generic_visit(n)

    return Swap().visit(copy.deepcopy(node))


def _dnf(expr: ast.AST, limit: int = 256) -> list[list[ast.AST]]:
    """``expr`` as alternatives of conjunctions of tests (or / and only;
    any other test, ``not (…)`` included, is one test)."""
    if isinstance(expr, ast.BoolOp) and isinstance(expr.op, ast.Or):
        return [c for v in expr.values for c in _dnf(v, limit)]
    if isinstance(expr, ast.BoolOp) and isinstance(expr.op, ast.And):
        out = [[]]
        for v in expr.values:
            out = [a + b for a, b in itertools.product(out, _dnf(v, limit))]
            assert len(out) <= limit, "a condition too tangled to read"
        return out
    return [[expr]]


def _resolve(module, node: ast.AST):
    """The object a name or a dotted name stands for in ``module``."""
    if isinstance(node, ast.Name):
        return getattr(module, node.id, None)
    if isinstance(node, ast.Attribute):
        base = _resolve(module, node.value)
        return None if base is None else getattr(base, node.attr, None)
    return None


def _gate_function(module, tree: ast.Module, gate: str) -> ast.FunctionDef:
    """The function a word gate's table is built from (``_WordTable(fn)``)."""
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and [_dump(t) for t in node.targets] == [_dump(ast.Name(gate, ast.Store()))]
            and isinstance(node.value, ast.Call)
        ):
            fn = node.value.args[0]
            assert isinstance(fn, ast.Name), gate
            (defn,) = [d for d in tree.body if isinstance(d, ast.FunctionDef) and d.name == fn.id]
            return defn
    raise AssertionError(f"{gate}: no _WordTable(fn) assignment")


def _gate_alternatives(defn: ast.FunctionDef) -> list[set[str]]:
    """The gate function's ``return`` as alternatives, each a set of the
    dumps of its tests, its parameter written as the placeholder."""
    (ret,) = [n for n in defn.body if isinstance(n, ast.Return)]
    expr = ret.value
    if isinstance(expr, ast.Call) and isinstance(expr.func, ast.Name) and expr.func.id == "bool":
        expr = expr.args[0]
    param = _dump(ast.Name(defn.args.args[0].arg, ast.Load()))
    expr = _replace(expr, param, ast.Name(W, ast.Load()))
    return [{_dump(t) for t in alt} for alt in _dnf(expr)]


def _gated_ifs(tree: ast.AST, gate: str) -> list[ast.If]:
    """The ifs whose test reads ``gate`` (the module's tree walked once)."""
    if id(tree) not in _IFS:
        _IFS[id(tree)] = [n for n in ast.walk(tree) if isinstance(n, ast.If)]
    return [
        n
        for n in _IFS[id(tree)]
        if any(
            isinstance(x, ast.Subscript) and isinstance(x.value, ast.Name) and x.value.id == gate
            for x in ast.walk(n.test)
        )
    ]


_IFS: dict[int, list[ast.If]] = {}


def _gated_word(gate_if: ast.If, gate: str) -> ast.AST:
    (word,) = [
        x.slice
        for x in ast.walk(gate_if.test)
        if isinstance(x, ast.Subscript) and isinstance(x.value, ast.Name) and x.value.id == gate
    ]
    return word


def _assigned_names(nodes: list[ast.stmt]) -> set[str]:
    names = set()
    for stmt in nodes:
        for n in ast.walk(stmt):
            if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store):
                names.add(n.id)
    return names


def _lets_in_all(module, table, test: ast.AST) -> bool:
    """``test`` is "word in S" (S a set of words the module names) or
    "word == '…'", and the gate's table lets in every such word."""
    if not (
        isinstance(test, ast.Compare)
        and len(test.ops) == 1
        and isinstance(test.left, ast.Name)
        and test.left.id == W
    ):
        return False
    op, right = test.ops[0], test.comparators[0]
    if isinstance(op, ast.Eq) and isinstance(right, ast.Constant):
        return bool(table[right.value])
    if isinstance(op, ast.In):
        try:
            words = ast.literal_eval(right)
        except ValueError:
            words = _resolve(module, right)
        # (a memoised table lists only the words met so far: not a list)
        if type(words) in (set, frozenset, tuple, list) and words:
            return all(table[x] for x in words)
    return False


def word_gate_gaps(module, tree: ast.Module, gate: str) -> list[str]:
    """What in ``gate``'s block may hold of a word the gate lacks: an
    empty list when every check is covered."""
    table = getattr(module, gate)
    alternatives = _gate_alternatives(_gate_function(module, tree, gate))
    ifs = _gated_ifs(tree, gate)
    if len(ifs) != 1:
        return [f"{gate}: read by {len(ifs)} ifs, one expected"]
    (gate_if,) = ifs
    word = _gated_word(gate_if, gate)
    word_dump = _dump(word)
    gaps = []
    touched = _assigned_names(gate_if.body) & {
        n.id for n in ast.walk(word) if isinstance(n, ast.Name)
    }
    if touched:
        gaps.append(f"{gate}: the gated word's names reassigned in the block: {sorted(touched)}")
    if gate_if.orelse:
        gaps.append(f"{gate}: an else after the gate (line {gate_if.orelse[0].lineno})")
    for stmt in gate_if.body:
        if not isinstance(stmt, ast.If) or stmt.orelse:
            gaps.append(f"{gate}: line {stmt.lineno}: not a lone if (an else, or no test)")
            continue
        test = _replace(stmt.test, word_dump, ast.Name(W, ast.Load()))
        for alt in _dnf(test):
            dumps = {_dump(t) for t in alt}
            if any(g <= dumps for g in alternatives):
                continue
            if any(_lets_in_all(module, table, t) for t in alt):
                continue
            said = ast.unparse(ast.BoolOp(ast.And(), alt) if len(alt) > 1 else alt[0])
            gaps.append(
                f"{gate}: line {stmt.lineno}: a check that may hold of a word the gate "
                f"lacks: {said}"
            )
    return gaps


@functools.cache
def _function(tree: ast.AST, name: str) -> ast.FunctionDef:
    (defn,) = [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name == name]
    return defn


def _count_gate_at(defn: ast.FunctionDef, var: str) -> tuple[int, int, ast.AST]:
    """(index in the body, K, its return) of the top-level ``if var > K:
    return …`` in ``defn``."""
    found = [
        (i, stmt.test.comparators[0].value, stmt.body[0].value)
        for i, stmt in enumerate(defn.body)
        if isinstance(stmt, ast.If)
        and isinstance(stmt.test, ast.Compare)
        and _dump(stmt.test.left) == _dump(ast.Name(var, ast.Load()))
        and isinstance(stmt.test.ops[0], ast.Gt)
        and isinstance(stmt.test.comparators[0], ast.Constant)
        and len(stmt.body) == 1
        and isinstance(stmt.body[0], ast.Return)
        and not stmt.orelse
    ]
    assert len(found) == 1, f"{defn.name}: {len(found)} count gates on {var}"
    return found[0]


_COMPARE = {
    ast.Lt: operator.lt,
    ast.LtE: operator.le,
    ast.Gt: operator.gt,
    ast.GtE: operator.ge,
    ast.Eq: operator.eq,
    ast.NotEq: operator.ne,
}


def _bounds(test: ast.AST, var: str, limit: int) -> bool:
    """``test`` compares the count with numbers alone ("n <= 3", "2 <= n
    <= 6", "n == 3") and is false for every count past ``limit`` (up to a
    hundred past it)."""
    if not isinstance(test, ast.Compare) or not all(type(o) in _COMPARE for o in test.ops):
        return False
    terms = [test.left, *test.comparators]
    if not all(
        (isinstance(x, ast.Name) and x.id == var)
        or (isinstance(x, ast.Constant) and type(x.value) is int)
        for x in terms
    ):
        return False

    def holds(k: int) -> bool:
        values = [k if isinstance(x, ast.Name) else x.value for x in terms]
        return all(
            _COMPARE[type(o)](x, y) for o, x, y in zip(test.ops, values, values[1:], strict=False)
        )

    return not any(map(holds, range(limit + 1, limit + 101)))


def count_gate_gaps(defn: ast.FunctionDef, var: str) -> list[str]:
    at, limit, answer = _count_gate_at(defn, var)
    after = defn.body[at + 1 :]
    gaps = []
    if var in _assigned_names(after):
        gaps.append(f"{defn.name}: {var} reassigned after its count gate")
    for stmt in after:
        if isinstance(stmt, ast.Return) and _dump(stmt.value) == _dump(answer):
            continue  # the gate's own answer
        if not isinstance(stmt, ast.If) or stmt.orelse:
            gaps.append(f"{defn.name}: line {stmt.lineno}: not a lone if (an else, or no test)")
            continue
        for alt in _dnf(stmt.test):
            if not any(_bounds(t, var, limit) for t in alt):
                gaps.append(
                    f"{defn.name}: line {stmt.lineno}: a check that may hold of more than "
                    f"{limit} words never runs for them"
                )
                break
    return gaps


# --- the gates as they are: every check covered


@pytest.mark.parametrize("module, gate", WORD_GATES, ids=[g for _m, g in WORD_GATES])
def test_every_check_behind_a_word_gate_is_one_the_gate_lets_in(module, gate):
    assert word_gate_gaps(module, _tree(module), gate) == []


@pytest.mark.parametrize("module, name, var", COUNT_GATES, ids=[n for _m, n, _v in COUNT_GATES])
def test_every_check_behind_a_count_gate_bounds_the_count(module, name, var):
    assert count_gate_gaps(_function(_tree(module), name), var) == []


def test_the_gates_are_where_the_net_looks():
    # (a gate renamed or moved: the net above would read nothing)
    for module, gate in WORD_GATES:
        (gate_if,) = _gated_ifs(_tree(module), gate)
        assert len(gate_if.body) >= 4, gate
    for module, name, var in COUNT_GATES:
        defn = _function(_tree(module), name)
        at, _limit, _answer = _count_gate_at(defn, var)
        assert len(defn.body) - at >= 5, name


# --- the net catches a broken copy


@contextlib.contextmanager
def _broken(module, gate: str, check: str):
    """The module's tree with ``check`` (``WORD`` standing for the gated
    word) added at the end of the gate's block, while in the block."""
    tree = _tree(module)
    (gate_if,) = _gated_ifs(tree, gate)
    word = ast.unparse(_gated_word(gate_if, gate))
    gate_if.body.append(ast.parse(check.replace("WORD", word)).body[0])
    try:
        yield tree
    finally:
        gate_if.body.pop()


@pytest.mark.parametrize("module, gate", WORD_GATES, ids=[g for _m, g in WORD_GATES])
@pytest.mark.parametrize(
    "check",
    [
        # a list of words the gate lacks (a name's words)
        'if WORD in {"سامي", "الحداد"}:\n    pass',
        # a list of the module's the gate does not read
        "if WORD in _GIVEN_NAMES and len(WORD) > 3:\n    pass",
        # an alternative that tests no gated list
        "if WORD in _STAR or WORD[-2:] == 'ات':\n    pass",
        # no test of the word at all
        "if len(WORD) > 20:\n    pass",
    ],
)
def test_a_check_the_gate_lacks_is_reported(module, gate, check):
    with _broken(module, gate, check) as tree:
        gaps = word_gate_gaps(module, tree, gate)
    assert gaps and all("the gate lacks" in g for g in gaps), gaps


@pytest.mark.parametrize("module, gate", WORD_GATES, ids=[g for _m, g in WORD_GATES])
def test_an_else_in_a_gated_block_is_reported(module, gate):
    with _broken(module, gate, "if len(WORD) > 20:\n    pass\nelse:\n    pass") as tree:
        assert word_gate_gaps(module, tree, gate) != []


def test_a_covered_check_added_is_not_reported():
    # (one of the gate's own alternatives, and a list all of whose words
    # pass: the net is no blanket refusal)
    check = "if k and WORD in _OUTLET_HEADS and WORD[:1] != 'ب':\n    pass"
    with _broken(p, "_NAME_BREAKS", check) as tree:
        assert word_gate_gaps(p, tree, "_NAME_BREAKS") == []
    check = 'if WORD in {"صحيفه"} and b - a >= 2:\n    pass'
    with _broken(p, "_CLASSIFY_SPECIAL", check) as tree:
        assert word_gate_gaps(p, tree, "_CLASSIFY_SPECIAL") == []


@pytest.mark.parametrize(
    "check, reported",
    [
        ("if words[0] in _THAT:\n    return False", True),
        ("if n >= 2 and words[0] in _THAT:\n    return False", True),
        ("if n <= 4 or words[0] in _THAT:\n    return False", True),
        ("x = 1", True),
        ("if n == 4 and words[0] in _THAT:\n    return False", False),
        ("if 2 <= n <= 6 and (words[0] in _THAT or n == 3):\n    return False", False),
    ],
)
def test_a_check_past_the_count_gate_is_reported(check, reported):
    defn = copy.copy(_function(_tree(s), "is_quotation"))
    at, _limit, _answer = _count_gate_at(defn, "n")
    defn.body = [*defn.body[: at + 1], ast.parse(check).body[0], *defn.body[at + 1 :]]
    assert bool(count_gate_gaps(defn, "n")) == reported
