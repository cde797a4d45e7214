"""``base.records.Record`` behaves as ``typing.NamedTuple`` does where the app uses it."""

from __future__ import annotations

import typing

import pytest

from steuncirkel.base.records import Record


class Point(Record):
    """A point."""

    x: int
    y: int = 0
    label: str = "p"

    def moved(self, dx: int) -> Point:
        return self._replace(x=self.x + dx)

    @classmethod
    def origin(cls) -> Point:
        return cls(0)


class TypedPoint(typing.NamedTuple):
    x: int
    y: int = 0
    label: str = "p"


def test_a_record_is_the_named_tuple_typing_would_make() -> None:
    point = Point(1, label="q")
    assert point == (1, 0, "q") == TypedPoint(1, label="q")
    assert Point._fields == TypedPoint._fields
    assert Point._field_defaults == TypedPoint._field_defaults
    assert repr(point) == "Point(x=1, y=0, label='q')"
    assert point.moved(2) == Point(3, 0, "q") and isinstance(point.moved(2), Point)
    assert Point.origin() == Point(0)
    assert point._asdict() == {"x": 1, "y": 0, "label": "q"}
    assert Point.__doc__ == "A point." and Point.__module__ == __name__
    assert hash(point) == hash((1, 0, "q"))
    with pytest.raises(AttributeError):
        point.x = 5  # type: ignore[misc]
    with pytest.raises(TypeError):
        Point()  # type: ignore[call-arg]


def test_a_field_without_a_default_after_one_with_is_refused() -> None:
    with pytest.raises(TypeError, match="without a default follows"):

        class Bad(Record):  # type: ignore[misc]
            a: int = 0
            b: int
