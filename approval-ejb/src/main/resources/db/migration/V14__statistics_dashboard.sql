-- The statistics dashboard counts today's received and accepted cases live (StatisticsService.liveNumbers);
-- completions use approval_case_completed_idx (V7).
create index approval_case_received_idx on approval_case (received_on);
create index approval_case_accepted_idx on approval_case (accepted_on);
