"""The circle picture: every entry placed and labelled, no two labels or shapes overlapping."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import NOW
from steuncirkel.base.vocab import Kind, Role
from steuncirkel.models import Entry
from steuncirkel.render.circle import SIZE, layout_circle, short_name


def entry(n: int, roles: list[Role], name: str, kind: Kind) -> Entry:
    return Entry(id=str(n), name=name, kind=kind, roles=roles, created=NOW, updated=NOW)


names = st.text(alphabet="abcdefghijklmnopqrstuvwxyz ÄéŁж", min_size=1, max_size=80).filter(
    lambda s: s.strip()
)


@settings(max_examples=150, deadline=None)
@given(
    crisis=st.lists(names, max_size=5),
    listens=st.integers(min_value=0, max_value=20),
    practical_share=st.floats(min_value=0, max_value=1),
    kinds=st.lists(st.sampled_from(list(Kind)), min_size=25, max_size=25),
    long_name=names,
)
def test_no_overlaps_for_up_to_five_plus_twenty(
    crisis: list[str], listens: int, practical_share: float, kinds: list[Kind], long_name: str
) -> None:
    practical = round((20 - listens) * practical_share)
    inner = [entry(n, [Role.CRISIS], name, kinds[n]) for n, name in enumerate(crisis)]
    others = [
        entry(10 + n, [Role.LISTENS] if n < listens else [Role.PRACTICAL],
              f"{long_name} {n}", kinds[5 + n])
        for n in range(listens + practical)
    ]  # fmt: skip
    layout = layout_circle(inner, others)
    assert len(layout.markers) == len(layout.labels) == len(inner) + len(others)
    boxes = [label.box() for label in layout.labels] + [m.box() for m in layout.markers]
    for a, b in itertools.combinations(boxes, 2):
        assert not a.overlaps(b, margin=0)
    for box in boxes:
        assert 0 <= box.left and 0 <= box.top and box.right <= SIZE and box.bottom <= SIZE
    assert all(label.text for label in layout.labels)


def test_crisis_entries_are_inside_and_numbered() -> None:
    inner = [entry(n, [Role.CRISIS], f"C{n}", Kind.PERSON) for n in range(3)]
    outer = [entry(9, [Role.PRACTICAL], "Helper", Kind.PLACE)]
    layout = layout_circle(inner, outer)
    assert [m.number for m in layout.markers] == [1, 2, 3, None]
    assert {m.ring for m in layout.markers} == {"crisis", "practical"}


def test_short_names() -> None:
    assert short_name("Anna") == "Anna"
    assert short_name("Marieke de Vries") == "Marieke"
    assert short_name("Het bankje in het bos") == "Het bankje…"
    assert len(short_name("x" * 80)) == 12
