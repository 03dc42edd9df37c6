"""Why two records of a built review scored as they did (for developers):

    python devtools/heldout/pair.py FOLDER 'text of one record' 'text of the other'

Reads the returns in FOLDER, finds the first record whose details contain each text, and prints
what the linker knows of each (kinds of event, second-hand or not, days named) and the parts of
their score. Uses the linker's internals, so it changes when they do.
"""

import sys
from pathlib import Path

from chron_merge import link
from chron_merge.read import find_returns, read_all

folder, text_a, text_b = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
events = [e for r in read_all(find_returns([folder]), None, True).returns for e in r.events]
table = link._build_table(events + link._discharge_copies(events), None, link.DEFAULT_WINDOW_DAYS)


def find(fragment: str) -> int:
    for position in range(len(table.day)):
        index = int(table.event[position])
        if index < len(events) and fragment in (events[index].details or ""):
            return position
    raise SystemExit(f"no record's details contain {fragment!r}")


a, b = find(text_a), find(text_b)
py = table.python
shared = sum(map(table.idf_list.__getitem__, table.tokens(a) & table.tokens(b)))
parts = link._pair_parts(table, a, b)
for position in (a, b):
    event = events[int(table.event[position])]
    kinds = [link.KINDS[k] for k in range(len(link.KINDS)) if py.kinds[position] >> k & 1]
    print(f"{event.agency} {event.date} {event.details[:80]!r}\n  kinds {kinds}, second-hand {py.secondhand[position]}, "
          f"news received {py.received[position]}, days named {py.mentioned[position]}, later day {py.upcoming[position]}")
print("words in common", sorted(table.vocabulary[w] for w in table.tokens(a) & table.tokens(b)), round(shared, 2))
for name, value in parts.items():
    print(f"  {name} {value}")
