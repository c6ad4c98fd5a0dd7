"""Korean helpers shared by the detectors: Hangul tests and particle stripping (KT와 → KT)."""

from __future__ import annotations

from functools import lru_cache

# Case particles, topic/focus particles and the quotative endings that attach to a noun without a space.
# Longest first so that 에서는 is stripped whole rather than as 는.
_PARTICLES = sorted(
    {
        "이라는",
        "라는",
        "이란",
        "란",
        "에서는",
        "에서도",
        "에서의",
        "에서",
        "에게서",
        "에게는",
        "에게",
        "한테",
        "으로부터",
        "로부터",
        "으로서",
        "로서",
        "으로써",
        "로써",
        "으로는",
        "로는",
        "으로도",
        "로도",
        "으로",
        "로",
        "이라고",
        "라고",
        "이라며",
        "라며",
        "이며",
        "까지",
        "부터",
        "보다",
        "처럼",
        "마저",
        "조차",
        "밖에",
        "과의",
        "와의",
        "과는",
        "와는",
        "과도",
        "와도",
        "이나",
        "나",
        "이랑",
        "랑",
        "하고",
        "에는",
        "에도",
        "에선",
        "에",
        "의",
        "은",
        "는",
        "이",
        "가",
        "을",
        "를",
        "와",
        "과",
        "도",
        "만",
        "께서",
        "께",
        "들",
        "측",
        "뿐",
        "이다",
        "이고",
        "인",
    },
    key=len,
    reverse=True,
)
_PARTICLE_SET = frozenset(_PARTICLES)


def is_hangul(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7a3" or "\u1100" <= ch <= "\u11ff" or "\u3130" <= ch <= "\u318f"


def is_word_char(ch: str) -> bool:
    """A character that continues a word: letters of any script and digits."""
    return ch.isalnum()


@lru_cache(maxsize=4096)
def is_particle_tail(tail: str, max_parts: int = 3) -> bool:
    """True when `tail` is empty or a run of particles (측은, 와의, 에서는, 들이 …)."""
    if not tail:
        return True
    if max_parts == 0:
        return False
    for particle in _PARTICLES:
        if tail.startswith(particle) and is_particle_tail(tail[len(particle) :], max_parts - 1):
            return True
    return False


def strip_particles(word: str) -> str:
    """The noun left when trailing particles are removed (관계자는 → 관계자, KT와의 → KT).

    The longest particle tail wins, but the noun keeps at least two characters so that nouns ending in a
    particle-like syllable (하나, 사이) are not cut.
    """
    for cut in range(2, len(word)):
        if is_hangul(word[cut]) and is_particle_tail(word[cut:]):
            return word[:cut]
    return word


def hangul_run_end(text: str, start: int) -> int:
    """End of the run of Hangul syllables beginning at `start`."""
    end = start
    while end < len(text) and is_hangul(text[end]):
        end += 1
    return end


def ends_with_particle(word: str, particles: tuple[str, ...]) -> str:
    """The particle among `particles` that `word` ends with (and is more than), or ''."""
    for particle in particles:
        if word.endswith(particle) and len(word) > len(particle):
            return particle
    return ""
