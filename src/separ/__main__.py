"""Allow ``python -m separ``."""

from separ.cli import main

raise SystemExit(main())
