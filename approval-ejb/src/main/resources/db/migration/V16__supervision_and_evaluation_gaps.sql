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

-- 受理与决定分离 per item version: whoever accepted a case must not decide it (the risk rule
-- ACCEPTOR_DECIDED fires only for such versions). Existing versions keep the rule as it applied to
-- every item before; editors may clear it on a new draft.
alter table item_version add column separate_acceptance_decision boolean default true not null;

-- Fees actually charged on a case (实收费用), in yuan with two decimals, recorded by staff at the
-- decision or completion; a fee on a case of a free item version is an integrity-risk event.
create table case_fee (
    case_id      bigint         not null references approval_case (id),
    sort_index   integer        not null,
    fee_name     varchar(128)   not null,
    amount       numeric(12,2)  not null,
    charged_at   timestamp      not null,
    charged_by   varchar(64)    not null,
    constraint case_fee_pk primary key (case_id, sort_index),
    constraint case_fee_amount_positive check (amount > 0)
);

-- The supervision scan reads only steps whose deadline is near (with cases by status and due date,
-- approval_case_status_due_idx).
create index case_step_due_idx on case_step (due_on, finished_at);
