"""One screen per module: start, question (with its feedback), summary, help, too_small."""
