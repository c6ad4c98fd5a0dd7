"""Chance-corrected agreement statistics: Cohen's kappa for two raters, Krippendorff's alpha for any number.

Pure functions over plain values, so they are tested on hand-worked cases with known results.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Sequence
from itertools import permutations


def cohen_kappa(pairs: Sequence[tuple[Hashable, Hashable]]) -> float | None:
    """Kappa of two raters over the same units; None when chance agreement is total (kappa is undefined)."""
    n = len(pairs)
    if n == 0:
        return None
    observed = sum(1 for a, b in pairs if a == b) / n
    first = Counter(a for a, _ in pairs)
    second = Counter(b for _, b in pairs)
    expected = sum(first[c] * second[c] for c in first) / (n * n)
    if expected == 1:
        return None
    return (observed - expected) / (1 - expected)


def krippendorff_alpha_nominal(units: Sequence[Sequence[Hashable | None]]) -> float | None:
    """Nominal alpha; each unit lists one value per rater, None where that rater gave none.

    Follows Krippendorff's coincidence-matrix computation: units with fewer than two values are not pairable
    and drop out; None when there is no variation at all (alpha is undefined).
    """
    coincidences: dict[tuple[object, object], float] = defaultdict(float)
    for unit in units:
        values = [v for v in unit if v is not None]
        m = len(values)
        if m < 2:
            continue
        for c, k in permutations(values, 2):
            coincidences[(c, k)] += 1 / (m - 1)
    totals: dict[object, float] = defaultdict(float)
    for (c, _k), weight in coincidences.items():
        totals[c] += weight
    n = sum(totals.values())
    if n <= 1:
        return None
    disagreeing = sum(w for (c, k), w in coincidences.items() if c != k)
    expected = sum(totals[c] * totals[k] for c in totals for k in totals if c != k)
    if expected == 0:
        return None
    return 1 - (n - 1) * disagreeing / expected
