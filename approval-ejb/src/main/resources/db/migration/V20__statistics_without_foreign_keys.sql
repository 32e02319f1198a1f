-- The nightly statistics are a read model the job derives from the case tables and rewrites in whole
-- runs of days (a full rebuild: about 2.3 million rows for a million cases). The foreign keys to
-- department and service_item checked and locked a department row and an item row for every inserted
-- row, which doubled the cost of writing them (measured on PostgreSQL: 100,000 rows in 7.8 s with the
-- keys, 3.9 s without), while the rows only ever name departments and items the cases name. The
-- table is rebuilt without them (portable: H2 names inline constraints differently), with its rows,
-- primary key and indexes as before.
create table case_daily_statistics_v20 (
    stat_day             date          not null,
    department_id        bigint        not null,
    item_id              bigint        not null,
    region_level         varchar(16)   not null,
    channel              varchar(8)    not null,
    received             integer       not null default 0,
    accepted             integer       not null default 0,
    refused              integer       not null default 0,
    corrected            integer       not null default 0,
    deficiency_accepted  integer       not null default 0,
    completed            integer       not null default 0,
    completed_on_time    integer       not null default 0,
    overdue              integer       not null default 0,
    handling_days_total  integer       not null default 0,
    handling_days_avg    numeric(9,2),
    handling_days_p90    integer,
    ratings              integer       not null default 0,
    complaints           integer       not null default 0,
    warnings             integer       not null default 0,
    computed_at          timestamp     not null
);
insert into case_daily_statistics_v20
    select stat_day, department_id, item_id, region_level, channel, received, accepted, refused, corrected,
           deficiency_accepted, completed, completed_on_time, overdue, handling_days_total, handling_days_avg,
           handling_days_p90, ratings, complaints, warnings, computed_at
      from case_daily_statistics;
drop table case_daily_statistics;
alter table case_daily_statistics_v20 rename to case_daily_statistics;
alter table case_daily_statistics add constraint case_daily_statistics_pk
    primary key (stat_day, department_id, item_id, region_level, channel);
-- Dashboards: a period for one department, one item or one region level.
create index case_daily_statistics_department_idx on case_daily_statistics (department_id, stat_day);
create index case_daily_statistics_item_idx on case_daily_statistics (item_id, stat_day);
create index case_daily_statistics_level_idx on case_daily_statistics (region_level, stat_day);
