"""spaCy Doc -> what an article states: mentions of people, quotes, roles, dates, numbers,
aircraft and places, and the clauses a question is cut from. Only this package and
trainer.questions (through it) touch spaCy objects; spaCy itself is imported by the caller."""
