"""Study progress: the review history (SQLite), FSRS scheduling, the due queue and stats.

Nothing here imports Textual; `fsrs` is imported only inside the functions that schedule.
"""
