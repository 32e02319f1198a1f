-- A window visit can also be rated on a hall kiosk by typing a six-digit code. The code is held only
-- while it can be used: spending the visit's rating clears it, and an expired one is cleared when the
-- same digits are drawn again, so the unique index covers exactly the live codes (NULLs never collide)
-- and doubles as the lookup index.
alter table evaluation_window_token add column code varchar(6);
create unique index evaluation_window_token_code_uk on evaluation_window_token (code);
