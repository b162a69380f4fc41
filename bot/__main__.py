"""Entry point: `python -m bot [run|console|ask|inspect]`."""

from bot.cli import main

raise SystemExit(main())
