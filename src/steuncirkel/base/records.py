"""``Record``: what the app uses of ``typing.NamedTuple``, without importing ``typing``.

Importing ``typing`` takes about 4 ms, as long as all the rest ``show`` imports of its
own, so the reading commands and the crisis view do not (a test holds them to it).
A ``Record`` class is written as a NamedTuple is: fields with their types, defaults
last, methods and class methods. It becomes a ``collections.namedtuple`` with those
methods, as ``typing.NamedTuple`` makes it; type checkers see the real NamedTuple.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import NamedTuple as Record
else:
    from collections import namedtuple

    # What a class body holds besides its fields and methods.
    _NOT_COPIED = frozenset({"__annotations__", "__module__", "__qualname__", "__dict__"})

    class _RecordType(type):
        def __new__(cls, name, bases, namespace):
            if not bases:  # Record itself
                return super().__new__(cls, name, bases, namespace)
            fields = tuple(namespace.get("__annotations__", {}))
            with_default = [field for field in fields if field in namespace]
            if fields[len(fields) - len(with_default) :] != tuple(with_default):
                msg = f"{name}: a field without a default follows one with a default"
                raise TypeError(msg)
            record = namedtuple(
                name,
                fields,
                defaults=[namespace[field] for field in with_default],
                module=namespace.get("__module__"),
            )
            record.__qualname__ = namespace.get("__qualname__", name)
            for key, value in namespace.items():
                if key not in _NOT_COPIED and key not in fields:
                    setattr(record, key, value)
            return record

    class Record(metaclass=_RecordType):
        """Base of a record class: ``class Point(Record): x: int; y: int = 0``."""


__all__ = ["Record"]
