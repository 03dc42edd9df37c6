"""Look for a gap in kinds.KIND_GUARDS: a text that a kind's pattern matches but that holds none
of the kind's guards (the reader would never search it for that kind, and the kind would be lost).

    python devtools/check_kind_guards.py [SEED] [RANDOM_TEXTS]

Tries every word of the patterns alone, every pair of them, then RANDOM_TEXTS (default 300,000)
random runs of 3-8 of them; prints each kind's first gap. Takes about a minute and a half. The
unit test (tests/test_link.py) draws a thousand texts; this is the wider search to run after
changing a pattern.
"""

from __future__ import annotations

import itertools
import random
import re
import sys

from chron_merge.kinds import INCIDENT_KINDS, KIND_GUARDS, KIND_PATTERNS, KINDS, SHARED_KINDS


def main() -> int:
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 0
    random_texts = int(sys.argv[2]) if len(sys.argv) > 2 else 300_000
    patterns = [*SHARED_KINDS.values(), *INCIDENT_KINDS.values()]
    vocabulary = sorted({w for p in patterns for w in re.findall(r"[a-z0-9]{2,}", p.replace(r"\b", " "))}
                        | {"arrested", "injured", "discharged", "referred", "resuscitated", "the", "home", "was"})
    gaps: dict[str, str] = {}

    def check(text: str) -> None:
        for kind, pattern in zip(KINDS, KIND_PATTERNS):
            if kind not in gaps and not any(g in text for g in KIND_GUARDS[kind]) and pattern.search(text):
                gaps[kind] = text
                print(f"{kind}: {text!r} matches but holds none of its guards", flush=True)

    texts = itertools.chain(vocabulary, (f"{a} {b}" for a, b in itertools.product(vocabulary, repeat=2)))
    for text in texts:
        check(text)
    draw = random.Random(seed)
    for _ in range(random_texts):
        check(" ".join(draw.choices(vocabulary, k=draw.randint(3, 8))))
    print(f"{len(vocabulary)} words: {len(gaps)} kinds with a gap")
    return 1 if gaps else 0


if __name__ == "__main__":
    sys.exit(main())
