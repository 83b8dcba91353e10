"""A team's workflow: hand out documents, merge annotators' files back, measure agreement,
prepare curation. Qt-free; uses core only (the GUI and the CLI call it)."""
