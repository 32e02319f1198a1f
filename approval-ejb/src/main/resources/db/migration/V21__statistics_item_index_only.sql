-- The statistics dashboards keep one secondary index, by item. A day's rows are stored together (the job writes
-- them day by day) and every page of a day holds rows of every department and of both region levels, so the
-- indexes by department and by region level read the same pages as the primary key's day range and filter
-- less: on PostgreSQL with 2.5 million rows, one department's month took 12.7 ms with its index and 10.2 ms
-- without, its year 268 ms and 283 ms; a region level's year 253 ms and 267 ms. Each cost a sort of the whole
-- table (about 3 s) in every full rebuild and an index entry in every write. An item's rows are sparse (one
-- item in ten thousand), so its index stays.
drop index if exists case_daily_statistics_department_idx;
drop index if exists case_daily_statistics_level_idx;
