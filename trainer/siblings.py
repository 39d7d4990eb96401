"""Cards of one sentence spread apart: the quiz and the Anki export never ask two cards of
the same evidence back to back, as Anki buries siblings, since one gives the other away."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from typing import TypeVar

T = TypeVar("T")


def spread(items: Sequence[T], key: Callable[[T], Hashable]) -> list[T]:
    """`items` in their order, except that an item whose key equals the previous one's
    moves later, behind the first item of another key that can go there without leaving
    the rest impossible to spread. Only where one key holds more than half of what is left
    (the last cards of a long sentence) do siblings stay together."""
    waiting = list(items)
    keys = [key(item) for item in waiting]
    counts = Counter(keys)
    keys_with = Counter(counts.values())  # how many keys have n items left
    most = max(keys_with, default=0)
    out: list[T] = []
    last: Hashable | None = None
    while waiting:
        pick = first_other = None
        for i, k in enumerate(keys):
            if out and k == last:
                continue
            if first_other is None:
                first_other = i
            # once k is placed: no key may hold more than half of the rest, and k itself
            # (which may not come next) no more than the rest's other half
            left = len(keys) - 1
            n = counts[k]
            most_after = most - 1 if n == most and keys_with[most] == 1 else most
            if most_after <= (left + 1) // 2 and n - 1 <= left // 2:
                pick = i
                break
        if pick is None:
            pick = first_other if first_other is not None else 0
        last = keys.pop(pick)
        n = counts[last]
        counts[last] = n - 1
        keys_with[n] -= 1
        keys_with[n - 1] += 1
        while most and keys_with[most] == 0:
            most -= 1
        out.append(waiting.pop(pick))
    return out
