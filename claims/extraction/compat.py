"""What the engine takes from Python 3.10+, also on PyPy's Python 3.9.

The project runs on CPython 3.11, where these are the standard library's own
objects (nothing here runs per call).  PyPy 7.3 speaks Python 3.9, whose
``dataclass`` and ``make_dataclass`` have no ``slots=``: there the slots are
added as Python 3.10 adds them (the class made anew with ``__slots__``), so
that the classes have the same layout on both interpreters; and whose ``re``
has no possessive quantifiers.
"""

from __future__ import annotations

import dataclasses
import re

# A possessive one-or-more (Python 3.11's re), else a greedy one: the same
# matches wherever nothing after the run in the pattern can make it give back.
try:
    re.compile("a++")
    POSSESSIVE_PLUS = "++"
except re.error:  # Python 3.9
    POSSESSIVE_PLUS = "+"

try:
    dataclasses.dataclass(slots=True)
except TypeError:  # Python 3.9

    def _getstate(self):
        return [getattr(self, f.name) for f in dataclasses.fields(self)]

    def _setstate(self, state):
        for f, value in zip(dataclasses.fields(self), state):  # noqa: B905 (3.9)
            object.__setattr__(self, f.name, value)

    def _add_slots(cls: type, frozen: bool) -> type:
        # (dataclasses._add_slots of Python 3.10)
        cls_dict = dict(cls.__dict__)
        names = tuple(f.name for f in dataclasses.fields(cls))
        cls_dict["__slots__"] = names
        for name in names:
            cls_dict.pop(name, None)
        cls_dict.pop("__dict__", None)
        cls_dict.pop("__weakref__", None)
        qualname = getattr(cls, "__qualname__", None)
        cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
        if qualname is not None:
            cls.__qualname__ = qualname
        if frozen:
            cls.__getstate__ = _getstate
            cls.__setstate__ = _setstate
        return cls

    def dataclass(cls=None, /, *, slots=False, **kwargs):
        def wrap(cls):
            cls = dataclasses.dataclass(cls, **kwargs)
            return _add_slots(cls, kwargs.get("frozen", False)) if slots else cls

        return wrap if cls is None else wrap(cls)

    def make_dataclass(cls_name, fields, *, slots=False, **kwargs):
        cls = dataclasses.make_dataclass(cls_name, fields, **kwargs)
        return _add_slots(cls, kwargs.get("frozen", False)) if slots else cls

else:
    dataclass = dataclasses.dataclass
    make_dataclass = dataclasses.make_dataclass

__all__ = ["POSSESSIVE_PLUS", "dataclass", "make_dataclass"]
