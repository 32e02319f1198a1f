-- Complaint rulings (属实 / 部分属实 / 不属实): recorded after the answer by the department or a
-- supervisor; upheld and partly upheld ones are the evaluation's upheld complaints of the month
-- of the ruling, for the department and for the staff member the ruling holds responsible.
alter table complaint add column ruling varchar(16);
alter table complaint add column ruling_reason varchar(1000);
alter table complaint add column responsible_staff varchar(64);
alter table complaint add column ruled_by varchar(64);
alter table complaint add column ruled_at timestamp;
create index complaint_ruling_month_idx on complaint (department_id, ruled_at);

-- A complaint behind an evaluation score's indicator (drill-down evidence).
alter table evaluation_score_evidence add column complaint_id bigint references complaint (id);
create index evaluation_score_evidence_complaint_idx on evaluation_score_evidence (complaint_id);
