"""`modelterms scan`: walk a tree of models, identify each license, read each card, report terms.

discover (walk, by name) -> identify (LicenseDB match) + card/facts (release facts with spaCy)
-> variants (catalog size licenses) -> policy (use policies folded in) -> scanner (rows)
-> output (JSON/CSV/tables) -> command (Typer). Importing this package does no work.
"""
