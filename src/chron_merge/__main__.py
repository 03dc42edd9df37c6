"""``python -m chron_merge`` runs the command line."""

from chron_merge.cli import main

main()
