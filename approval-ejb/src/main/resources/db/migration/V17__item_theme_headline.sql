-- The public browse filter by theme (individual / enterprise) reads the item's own row, like the other headline
-- columns: whom the shown version serves, copied at every change of the item. Before, the filter matched the
-- published version's service objects with LIKE '%...%', which no index serves.
alter table service_item add column for_individuals boolean not null default false;
alter table service_item add column for_enterprises boolean not null default false;

update service_item set
    for_individuals = exists (
        select 1 from item_version v
        where v.id = coalesce(service_item.published_version_id, service_item.working_version_id)
          and v.service_objects like '%INDIVIDUAL%'),
    for_enterprises = exists (
        select 1 from item_version v
        where v.id = coalesce(service_item.published_version_id, service_item.working_version_id)
          and v.service_objects like '%ENTERPRISE%');

create index service_item_individuals_idx on service_item (for_individuals, status);
create index service_item_enterprises_idx on service_item (for_enterprises, status);
