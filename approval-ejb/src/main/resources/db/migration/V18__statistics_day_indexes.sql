-- The nightly statistics count each day's ratings and warnings across all departments; the existing
-- indexes lead with the department, so every day scanned both tables whole.
create index evaluation_rating_rated_on_idx on evaluation_rating (rated_on);
create index case_warning_raised_at_idx on case_warning (raised_at);
