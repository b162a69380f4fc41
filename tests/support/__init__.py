"""What the tests share that is not a fixture: files and settings (`helpers`), invented
news (`news`), hostile input (`hostile`), local servers (`webserver`, `feedsite`) and a
stand-in Discord gateway (`standin_discord`). Fixtures live in tests/conftest.py, which
builds on these; tests import from here, never from conftest."""
